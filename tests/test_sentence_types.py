"""The learned sentence classifier: shipped with the package, on unless turned off, retrainable from gold."""

from __future__ import annotations

import subprocess
import sys

import pytest

from truceline.errors import ModelError
from truceline.nlp.sentence_types import THRESHOLD, load_sentence_types
from truceline.record import EVENT_TYPES
from truceline.settings import SENTENCES_DIR

from conftest import ROOT


@pytest.fixture(scope="module")
def classifier():
    return load_sentence_types(SENTENCES_DIR)


def test_the_package_ships_a_classifier_of_every_event_type(classifier):
    assert classifier is not None and classifier.types == set(EVENT_TYPES)


def test_it_reads_the_type_a_sentence_tells_and_none_in_page_furniture(classifier):
    told, furniture = classifier.scores([
        "On 4 May Ukraine got back 205 of its soldiers from Russian captivity in an exchange mediated by the Emirates.",
        "Subscribe to our newsletter for the latest news, analysis and opinion, delivered every morning.",
    ])
    assert max(told, key=told.get) == "exchange" and told["exchange"] > 0.9
    assert max(furniture.values()) < 0.5
    assert classifier.keeps(told, "exchange") and not classifier.keeps({"attack": THRESHOLD / 2}, "attack")
    assert classifier.keeps({}, "attack")  # a type the model was not trained on stands


def test_a_missing_classifier_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="no trained sentence classifier"):
        load_sentence_types(tmp_path)


def test_switching_it_off_recomputes_a_stored_report_and_a_bad_folder_is_refused(cli, monkeypatch, tmp_path):
    report = ROOT / "examples" / "01_wire_istanbul_third_round.txt"
    assert cli("ingest", str(report)).exit_code == 0
    monkeypatch.setenv("TRUCELINE_SENTENCES", "off")
    off = cli("ingest", str(report))
    assert off.exit_code == 0 and "1 updated" in off.output
    assert "1 unchanged" in cli("ingest", str(report)).output

    monkeypatch.setenv("TRUCELINE_SENTENCES", str(tmp_path / "nowhere"))
    bad = cli("ingest", str(report))
    assert bad.exit_code == 3 and "no trained sentence classifier" in bad.output and "Traceback" not in bad.output


def test_the_training_script_writes_a_classifier_the_pipeline_loads(tmp_path):
    out = tmp_path / "sentence_types"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_sentences.py"),
                          str(ROOT / "eval" / "dev2.gold.json"), "--out", str(out), "--epochs", "1"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "of them telling events" in run.stderr
    trained = load_sentence_types(out)
    assert trained is not None and trained.types == set(EVENT_TYPES)
