"""The web reader through FastAPI's TestClient: the JSON API, the pages' HTML, and their safety."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, jinja2, httpx) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from conftest import EXAMPLES, SEED, needs_shared  # noqa: E402

GALUZIN = "mikhail-galuzin"
EVIL_REPORT = """Talks resume <script>alert("title")</script> in Istanbul

Russia and Ukraine held talks in Istanbul on July 23, 2025, the Turkish Foreign Ministry said.

"We want peace <script>alert("pwned")</script> and <img src=x onerror="alert(2)"> nothing else," Zelensky said.
"""


def build_record(folder: Path, analyzer) -> str:
    """A database holding the seed, the examples and a report with markup in it; returns its URL."""
    from truceline.pipeline import ingest
    from truceline.store.db import Store

    needs_shared(SEED)
    evil = folder / "evil.txt"
    evil.write_text(EVIL_REPORT, encoding="utf-8")
    url = f"sqlite:///{folder / 'web.db'}"
    with Store(url) as store:
        outcome = ingest([str(SEED), str(EXAMPLES), str(evil)], store, lambda: analyzer)
    assert outcome.ok, outcome.errors
    return url


def reports_in_record() -> int:
    """The seed, the evil report, and every example: one per file, one per line of a JSON-lines feed."""
    files = [p for p in EXAMPLES.rglob("*") if p.is_file()]
    feeds = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in files if p.suffix == ".jsonl")
    return 2 + feeds + sum(1 for p in files if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module")
def record(tmp_path_factory, analyzer) -> str:
    return build_record(tmp_path_factory.mktemp("web"), analyzer)


@pytest.fixture(scope="module")
def client(record):
    from truceline.web import create_app

    with TestClient(create_app(record, token="s3cret")) as c:
        yield c


@pytest.fixture(scope="module")
def seed_id(client) -> str:
    reports = client.get("/api/reports", params={"q": "Divert communications"}).json()["reports"]
    (seed,) = [r for r in reports if r["title"].startswith("Divert communications")]
    return seed["id"]


@pytest.fixture(scope="module")
def evil_id(client) -> str:
    (r,) = [r for r in client.get("/api/reports").json()["reports"] if r["source"].endswith("evil.txt")]
    return r["id"]


def visible_text(fragment: str) -> str:
    """The text a reader sees in a paragraph's HTML, without the event tags added beside sentences."""
    fragment = re.sub(r'<a class="ev-tag[^"]*"[^>]*>.*?</a>', "", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


class NestingChecker(HTMLParser):
    VOID = {"meta", "link", "input", "br", "img", "hr", "line", "circle", "rect"}

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def well_nested(page: str) -> list[str]:
    checker = NestingChecker()
    checker.feed(page)
    return checker.errors + ([f"unclosed {checker.stack}"] if checker.stack else [])


# -- reports -----------------------------------------------------------------

def test_reports_list_has_outlet_date_basis_title_and_counts(client, seed_id):
    data = client.get("/api/reports").json()
    assert len(data["reports"]) == data["total"]["articles"] == reports_in_record()
    seed = next(r for r in data["reports"] if r["id"] == seed_id)
    assert seed["published"]["basis"] == "inferred"
    assert seed["statements"] > 20 and seed["events"] > 10
    assert seed["translation"]["service"] == "Yandex Translator"
    page = client.get("/reports").text
    assert "Divert communications: Kiev avoids direct dialogue with Moscow" in page
    assert "Machine translation · Yandex Translator · from ru" in page
    assert ">inferred<" in page and "The Northbridge Times" in page


def test_reports_filter_by_outlet_and_date(client):
    by_outlet = client.get("/api/reports", params={"outlet": "The Northbridge Times"}).json()["reports"]
    assert [r["outlet"] for r in by_outlet] == ["The Northbridge Times"]
    october = client.get("/api/reports", params={"since": "2025-10", "until": "2025-10-31"}).json()["reports"]
    assert october and all(r["published"]["value"].startswith("2025-10") for r in october)
    assert client.get("/reports", params={"outlet": "The Northbridge Times"}).text.count('class="title"') == 1


def test_search_finds_report_text_and_statements(client, seed_id):
    data = client.get("/api/reports", params={"q": "political will"}).json()
    assert seed_id in {r["id"] for r in data["reports"]}
    assert any(s["speaker"]["actor"] == GALUZIN and "political will" in s["content"] for s in data["statements"])
    assert all(s["link"].startswith(f"/reports/{s['article_id']}#st-") for s in data["statements"])
    page = client.get("/reports", params={"q": "political will"}).text
    assert "<mark>political will</mark>" in page


def test_bad_date_filter_is_one_sentence(client):
    r = client.get("/api/reports", params={"since": "last week"})
    assert r.status_code == 400
    assert r.json() == {"error": "since 'last week' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"}
    assert client.get("/reports", params={"since": "last week"}).status_code == 400


# -- the reader ----------------------------------------------------------------

def test_reader_marks_galuzins_statements_with_speaker(client, seed_id):
    page = client.get(f"/reports/{seed_id}").text
    article = client.get(f"/api/reports/{seed_id}").json()["article"]
    galuzin = [s for s in article["statements"] if s["speaker"]["actor"] == GALUZIN]
    assert len(galuzin) >= 5
    for s in galuzin:
        mark = re.search(rf'<span id="st-{re.escape(s["id"])}" class="st st-{s["kind"]}"[^>]*>', page)
        assert mark, s["id"]
        assert 'data-speaker="Mikhail Galuzin"' in mark.group() and 'title="Mikhail Galuzin' in mark.group()
        assert f'href="#st-{s["id"]}"' in page  # the margin note
    assert '<span class="who">Mikhail Galuzin</span>' in page


def test_reader_keeps_every_character_of_the_text_and_nests_cleanly(client, seed_id):
    page = client.get(f"/reports/{seed_id}").text
    text = client.get(f"/api/reports/{seed_id}").json()["article"]["text"]
    paragraphs = re.findall(r'<div class="para">\s*<(?:p|h2 class="crosshead")>(.*?)</(?:p|h2)>', page, re.S)
    expected = [line.strip() for line in text.split("\n") if line.strip()]
    assert [visible_text(p) for p in paragraphs] == expected
    assert well_nested(page) == []


def test_reader_marks_events_with_type_date_and_anchor(client, seed_id):
    page = client.get(f"/reports/{seed_id}").text
    events = client.get(f"/api/reports/{seed_id}").json()["article"]["events"]
    for e in events:
        tag = re.search(rf'<a class="ev-tag ev-{e["type"]} status-{e["status"]}" id="ev-{re.escape(e["id"])}"'
                        rf'.*?</a>', page, re.S)
        assert tag, e["id"]
        assert (e["date"]["value"] if e["date"] else "undated") in tag.group()


def test_translation_notice_is_a_badge(client, seed_id):
    page = client.get(f"/reports/{seed_id}").text
    assert re.search(r'<span class="badge translation"[^>]*>Machine translation · Yandex Translator · from ru',
                     page)


def test_select_important_ranks_sentences_in_tiers(client, seed_id):
    sentences = client.get(f"/api/reports/{seed_id}").json()["sentences"]
    tiers = {t: [s["score"] for s in sentences if s["tier"] == t] for t in (0, 1, 2, 3)}
    assert tiers[1] and tiers[2] and tiers[0]
    assert min(tiers[1]) > max(tiers[2]) and (not tiers[3] or min(tiers[2]) > max(tiers[3]))
    assert set(tiers[0]) == {0}
    call = next(s for s in sentences if s["text"].startswith("On October 16, the leaders of Russia"))
    assert call["tier"] == 1 and call["events"]
    page = client.get(f"/reports/{seed_id}").text
    assert 'id="report-text" class="report-text"' in page and 'aria-pressed="false"' in page
    on = client.get(f"/reports/{seed_id}", params={"important": "1"}).text
    assert 'class="report-text important"' in on and 'aria-pressed="true"' in on
    assert on.count('data-tier="1"') >= len(tiers[1])


def test_unknown_report_is_404_in_one_sentence(client):
    assert client.get("/api/reports/ffffffffffffffff").json() == {
        "error": "there is no report 'ffffffffffffffff' in the record"}
    r = client.get("/reports/ffffffffffffffff")
    assert r.status_code == 404 and "There is no report" in r.text


def test_report_id_prefix_is_enough(client, seed_id):
    assert client.get(f"/api/reports/{seed_id[:6]}").json()["article"]["id"] == seed_id


# -- timeline and actors ---------------------------------------------------------

def test_timeline_has_the_october_16_call_linking_to_its_sentence(client, seed_id):
    data = client.get("/api/timeline", params={"type": "call"}).json()
    calls = [e for e in data["dated"] if e["date"]["value"] == "2025-10-16" and e["article_id"] == seed_id]
    assert calls
    call = calls[0]
    assert call["link"] == f"/reports/{seed_id}#ev-{call['id']}"
    assert call["sentence"].startswith("On October 16, the leaders of Russia and the United States")
    page = client.get("/timeline").text
    assert f'href="{call["link"]}"' in page and "16 Oct 2025" in page
    assert f'id="ev-{call["id"]}"' in client.get(f"/reports/{seed_id}").text


def test_timeline_lists_undated_events_apart_and_filters(client):
    from truceline.web.timeline import interval

    data = client.get("/api/timeline").json()
    assert data["undated"] and all(e["date"] is None or interval(e["date"]["value"]) is None
                                   for e in data["undated"])
    dates = [e["interval"][0] for e in data["dated"]]
    assert dates == sorted(dates)
    russia = client.get("/api/timeline", params={"actor": "russia", "status": "occurred"}).json()
    assert russia["dated"] and all(any(a["actor"] == "russia" for a in e["actors"]) and e["status"] == "occurred"
                                   for e in russia["dated"] + russia["undated"])
    assert 'id="undated-h"' in client.get("/timeline").text
    assert client.get("/api/timeline", params={"type": "picnic"}).status_code == 422
    assert client.get("/timeline", params={"type": "picnic"}).status_code == 400


def test_actor_page_has_statements_in_order_and_events(client):
    data = client.get(f"/api/actors/{GALUZIN}").json()
    assert data["actor"]["name"] == "Mikhail Galuzin"
    assert len(data["statements"]) >= 5 and all(s["speaker"]["actor"] == GALUZIN for s in data["statements"])
    starts = [s["span"][0] for s in data["statements"]]
    assert starts == sorted(starts)  # one report here: in the order of its text
    page = client.get(f"/actors/{GALUZIN}").text
    assert "What Mikhail Galuzin said" in page and "political will" in page
    trump = client.get("/api/actors/donald-trump").json()
    assert trump["events"] and all("donald-trump" in e["actor_names"] for e in trump["events"])
    index = client.get("/api/actors").json()["actors"]
    assert any(a["id"] == GALUZIN and a["statements"] >= 5 for a in index)
    assert client.get("/api/actors/nobody-at-all").status_code == 404


# -- export, openapi, speech ------------------------------------------------------------

def test_export_returns_the_spec_document_of_the_selection(client, record, seed_id):
    from truceline.export.document import export_document
    from truceline.store.db import Store

    doc = client.get("/api/export", params={"article": seed_id}).json()
    with Store(record) as store:
        assert doc == json.loads(json.dumps(export_document(store, [seed_id])))
    assert doc["format"] == "truceline/1" and len(doc["articles"]) == 1
    outlet = client.get("/api/export", params={"outlet": "The Northbridge Times"}).json()
    assert [a["outlet"] for a in outlet["articles"]] == ["The Northbridge Times"]
    assert len(client.get("/api/export").json()["articles"]) == reports_in_record()


def test_openapi_describes_every_api_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/reports", "/api/reports/{article_id}", "/api/timeline", "/api/actors",
                 "/api/actors/{actor_id}", "/api/export", "/api/speech", "/api/ingest", "/api/statements",
                 "/api/outlets", "/api/status"):
        assert path in paths, path
    assert not any(p.startswith(("/reports", "/timeline", "/actors")) for p in paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "cdn.jsdelivr.net" in docs.headers["content-security-policy"]


def test_speech_without_espeak_is_a_clear_503(client, seed_id, monkeypatch):
    from truceline.web import speech

    monkeypatch.setattr(speech, "espeak_path", lambda: None)
    r = client.post("/api/speech", json={"text": "Talks resumed."})
    assert r.status_code == 503
    assert r.json()["error"].startswith("Read aloud needs espeak-ng, which is not installed")
    page = client.get(f"/reports/{seed_id}").text
    assert "Read aloud needs espeak-ng" in page and 'id="read-aloud"' not in page


def test_speech_of_text_and_of_a_report_span_is_wav(client, seed_id):
    from truceline.web import speech

    if not speech.available():
        pytest.skip("espeak-ng is not installed (scripts/setup.sh installs it when run as root)")
    r = client.post("/api/speech", json={"text": "Russia and Ukraine held talks in Istanbul."})
    assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
    assert r.content[:4] == b"RIFF" and r.content[8:12] == b"WAVE"
    assert int.from_bytes(r.content[4:8], "little") == len(r.content) - 8
    part = client.post("/api/speech", json={"article_id": seed_id, "span": [0, 60]})
    assert part.status_code == 200 and part.content[:4] == b"RIFF"
    assert client.post("/api/speech", json={}).status_code == 422
    assert client.post("/api/speech", json={"text": "   "}).status_code == 422


# -- safety ----------------------------------------------------------------------------

def test_report_markup_is_escaped_never_run(client, evil_id):
    page = client.get(f"/reports/{evil_id}").text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert re.findall(r"<script\b[^>]*>", page) == ['<script src="/static/reader.js" defer>']
    listing = client.get("/reports").text
    assert "<script>alert" not in listing and "&lt;script&gt;alert(&#34;title&#34;)" in listing
    article = client.get(f"/api/reports/{evil_id}").json()["article"]
    assert '<script>alert("pwned")</script>' in article["text"]  # the record keeps the text as it is


def test_pages_send_a_strict_content_security_policy(client, seed_id):
    for path in ("/reports", f"/reports/{seed_id}", "/timeline", f"/actors/{GALUZIN}", "/actors", "/api/reports"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        if path.startswith("/api/"):
            continue
        assert not re.search(r"<script(?![^>]*\bsrc=)", r.text), path
        assert not re.search(r"<[^>]+\sstyle=", r.text), path
        assert not re.search(r"<[^>]+\son[a-z]+=", r.text), path


def test_source_links_only_for_http_urls(client, tmp_path, analyzer):
    from truceline.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'u.db'}", token="t")) as c:
        r = c.post("/api/ingest", headers={"Authorization": "Bearer t"},
                   json={"text": "Russia and Ukraine held talks in Istanbul on July 23, 2025, officials said.",
                         "url": "javascript:alert(1)", "published": "2025-07-24"})
        assert r.status_code == 200, r.text
        page = c.get(r.json()["link"]).text
        assert 'href="javascript:' not in page and "javascript:alert(1)" in page


def test_host_header_is_checked_when_asked(record):
    from truceline.web import create_app
    from truceline.web.app import LOOPBACK_HOSTS

    with TestClient(create_app(record, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8765") as c:
        assert c.get("/api/status").status_code == 200
        assert c.get("/api/status", headers={"Host": "evil.example"}).status_code == 400


# -- ingest through the API ---------------------------------------------------------------

def test_ingest_needs_a_token(client, record):
    from truceline.web import create_app

    body = {"text": "Russia and Ukraine held talks in Istanbul on July 23, 2025, officials said."}
    assert client.post("/api/ingest", json=body).status_code == 401
    wrong = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    with TestClient(create_app(record)) as no_token:
        r = no_token.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 403 and "disabled" in r.json()["error"]
        assert no_token.get("/api/status").json()["ingest"] is False


def test_ingest_with_the_token_adds_a_report(tmp_path, analyzer):
    from truceline.web import create_app

    app = create_app(f"sqlite:///{tmp_path / 'i.db'}", token="s3cret")
    app.state.analyzer = analyzer  # the session's loaded model, to spare loading another
    body = {"text": "Kremlin talks\n\nRussia and Ukraine held talks in Istanbul on July 23, 2025, "
                    "Russian Deputy Foreign Minister Mikhail Galuzin told Izvestia.",
            "outlet": "Izvestia", "title": "Kremlin talks", "published": "2025-07-24",
            "url": "https://example.org/talks"}
    auth = {"Authorization": "Bearer s3cret"}
    with TestClient(app) as c:
        r = c.post("/api/ingest", json=body, headers=auth)
        assert r.status_code == 200, r.text
        out = r.json()
        assert out["result"] == "added" and out["events"] >= 1
        assert c.post("/api/ingest", json=body, headers=auth).json()["result"] == "unchanged"
        (report,) = c.get("/api/reports").json()["reports"]
        assert report["outlet"] == "Izvestia" and report["published"]["basis"] == "given"
        assert c.post("/api/ingest", json={"outlet": "x"}, headers=auth).status_code == 422
        bad_date = c.post("/api/ingest", json={**body, "published": "soon"}, headers=auth)
        assert bad_date.status_code == 422 and "error" in bad_date.json()


# -- the pieces ---------------------------------------------------------------------------

def test_crossing_spans_are_split_and_reopened_and_escaped():
    from truceline.record import Article, Event, Speaker, Statement
    from truceline.web import markup

    text = 'Kiev said <b>no</b>. Talks "will resume soon," Peskov said, "in May."'
    a = text.index("Talks")
    st1 = Statement("x-s1", Speaker("Peskov", "Peskov", "dmitry-peskov"), "say", "mixed", "", (a, len(text) - 2))
    st2 = Statement("x-s2", Speaker("Kiev", "Kiev", "ukraine"), "say", "indirect", "", (10, a + 11))
    ev = Event("x-e1", "talks", "planned", "Talks", (a, len(text)), "talks resume")
    article = Article("x", "test", text, statements=[st1, st2], events=[ev])
    sentences = markup.sentences_of(article)
    (para,) = markup.render(article, sentences)
    out = str(para.html)
    assert "&lt;b&gt;no&lt;/b&gt;" in out and "<b>no" not in out
    assert visible_text(out) == text
    assert well_nested(out) == []
    assert out.count('data-st="x-s2"') == 2  # cut by the sentence end, so opened twice
    assert out.count('id="st-x-s2"') == 1
    assert '<b class="trigger" data-ev="x-e1"' in out


def test_timeline_intervals_and_labels():
    from truceline.record import TimeValue
    from truceline.web.timeline import date_label, interval

    assert interval("2025-10-16") == (interval("2025-10-16")[0],) * 2
    assert [d.isoformat() for d in interval("2025-02")] == ["2025-02-01", "2025-02-28"]
    assert [d.isoformat() for d in interval("2025-Q4")] == ["2025-10-01", "2025-12-31"]
    assert [d.isoformat() for d in interval("2025-W43")] == ["2025-10-20", "2025-10-26"]
    assert interval("PAST_REF") is None and interval("2025-13") is None
    assert date_label(TimeValue("2025-10-16")) == "16 Oct 2025"
    assert date_label(TimeValue("2025-10", "month", "END")) == "late Oct 2025"


def test_serve_command_binds_to_localhost_by_default(cli, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.delenv("TRUCELINE_TOKEN", raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: seen.update(app=app, host=host, port=port))
    result = cli("serve")
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8765)
    assert seen["app"].state.token is None
    assert "ingest through the API disabled" in result.output
