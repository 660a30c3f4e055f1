"""The learned event-trigger model: shipped with the package, on unless turned off, retrainable from gold."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from truceline.nlp.triggers import PIPE_NAME, SPANS_KEY
from truceline.settings import TRIGGERS_DIR

from conftest import ROOT

# An exchange told only by its outcome, in words no pattern of events.yaml reads
BACK = "On 4 May Ukraine got back 205 of its soldiers from Russian captivity."


@pytest.fixture(scope="module")
def learned():
    from truceline.nlp.analyze import Analyzer

    return Analyzer(triggers="on")


@pytest.fixture(scope="module")
def rules_alone():
    from truceline.nlp.analyze import Analyzer

    return Analyzer(triggers="off")


def test_the_package_ships_a_trained_model():
    assert (TRIGGERS_DIR / "cfg").is_file() and (TRIGGERS_DIR / "model").stat().st_size > 100_000


def test_the_model_scores_words_of_a_sentence(learned):
    doc = learned.nlp(learned._doc(BACK, dt.date(2026, 5, 8), "t"))
    assert PIPE_NAME in learned.nlp.pipe_names
    scored = sorted(zip(doc.spans[SPANS_KEY].attrs["scores"], doc.spans[SPANS_KEY]), key=lambda x: -x[0])
    assert scored and scored[0][1].label_ == "exchange", [(float(s), span.text, span.label_) for s, span in scored]


def test_the_model_adds_a_dated_event_the_rules_miss(learned, analyzer, rules_alone):
    found = learned.analyze(BACK, dt.date(2026, 5, 8), "t").events
    assert [(e.type, e.status, e.date.value) for e in found] == [("exchange", "occurred", "2026-05-04")]
    assert {"ukraine", "russia"} <= {a.actor for a in found[0].actors}

    assert PIPE_NAME in analyzer.nlp.pipe_names  # on by default
    assert PIPE_NAME not in rules_alone.nlp.pipe_names
    assert rules_alone.analyze(BACK, dt.date(2026, 5, 8), "t").events == []


def test_a_word_the_parse_negates_gets_no_learned_event(learned):
    text = "No new talks between Russia and Ukraine have been held since July, officials said."
    assert learned.analyze(text, dt.date(2026, 10, 8), "t").events == []


def test_an_undated_sentence_gets_a_learned_event_only_where_the_sentence_classifier_vouches_for_it(monkeypatch):
    from truceline.nlp.analyze import Analyzer

    undated = BACK.replace("On 4 May ", "")
    monkeypatch.setenv("TRUCELINE_SENTENCES", "off")  # the word alone: undated, mostly talk of events
    assert Analyzer(triggers="on").analyze(undated, dt.date(2026, 5, 8), "t").events == []
    monkeypatch.setenv("TRUCELINE_SENTENCES", "on")  # the whole sentence read: an exchange told
    found = Analyzer(triggers="on").analyze(undated, dt.date(2026, 5, 8), "t").events
    assert [(e.type, e.status) for e in found] == [("exchange", "occurred")]
    talk = "Ukraine hopes to get back more of its soldiers from Russian captivity."
    assert Analyzer(triggers="on").analyze(talk, dt.date(2026, 5, 8), "t").events == []


def test_the_training_script_writes_a_model_the_pipeline_loads(tmp_path, monkeypatch):
    out = tmp_path / "triggers"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_triggers.py"), str(ROOT / "eval" / "dev2.gold.json"),
                          "--out", str(out), "--epochs", "1"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "4 reports" in run.stderr and (out / "architecture.json").is_file()

    from truceline.nlp.analyze import Analyzer

    monkeypatch.setenv("TRUCELINE_TRIGGERS", str(out))
    nlp = Analyzer().nlp
    assert PIPE_NAME in nlp.pipe_names and nlp.get_pipe(PIPE_NAME).labels


def test_switching_the_model_off_recomputes_a_stored_report_and_a_bad_folder_is_refused(cli, tmp_path):
    report = ROOT / "examples" / "01_wire_istanbul_third_round.txt"
    assert cli("ingest", str(report)).exit_code == 0
    assert "1 unchanged" in cli("--triggers", "on", "ingest", str(report)).output  # "on" is the default
    off = cli("--triggers", "off", "ingest", str(report))
    assert off.exit_code == 0 and "1 updated" in off.output
    again = cli("--triggers", "off", "ingest", str(report))
    assert "1 unchanged" in again.output

    bad = cli("--triggers", str(tmp_path / "nowhere"), "ingest", str(report))
    assert bad.exit_code == 3 and "no trained event-trigger model" in bad.output and "Traceback" not in bad.output
