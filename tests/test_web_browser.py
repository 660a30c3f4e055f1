"""The reader's pages in a real headless Chromium (Debian's `chromium`, driven by Playwright), against uvicorn.

Set TRUCELINE_SCREENSHOTS=1 to write the screenshots of the main pages to docs/
(otherwise they go to a temporary folder and are only checked to exist).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium package (scripts/setup.sh does, as root)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the Python package) is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra (uvicorn) is not installed")

from test_web import GALUZIN, build_record  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyzer):
    """The reader on 127.0.0.1 in a background thread, for the module's tests; stopped after them."""
    from truceline.web import create_app
    from truceline.web.app import LOOPBACK_HOSTS

    app = create_app(build_record(tmp_path_factory.mktemp("browser"), analyzer), allowed_hosts=LOOPBACK_HOSTS)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the reader's server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.problems = []  # console errors (a CSP violation shows here) and uncaught exceptions
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    yield pg
    context.close()


def report_id(server: str, page, title_start: str) -> str:
    reports = page.request.get(f"{server}/api/reports").json()["reports"]
    return next(r["id"] for r in reports if (r["title"] or "").startswith(title_start))


def test_reader_shows_the_seed_with_galuzins_statements_marked(server, page):
    seed = report_id(server, page, "Divert communications")
    page.goto(f"{server}/reports/{seed}")
    marks = page.locator('#report-text .st[data-speaker="Mikhail Galuzin"]')
    assert marks.count() >= 5
    first = marks.first
    assert first.is_visible()
    assert first.get_attribute("title").startswith("Mikhail Galuzin")
    first.hover()
    statement = first.get_attribute("data-st")
    assert "hover" in page.locator(f'[data-st="{statement}"].st').first.get_attribute("class")
    assert page.locator(".margin .st-note .who", has_text="Mikhail Galuzin").first.is_visible()
    assert page.locator(".badge.translation").inner_text().startswith("Machine translation")
    assert page.problems == []


def test_select_important_toggles_highlights(server, page):
    seed = report_id(server, page, "Divert communications")
    page.goto(f"{server}/reports/{seed}")
    toggle = page.locator("#toggle-important")
    key = page.locator('#report-text .sent[data-tier="1"]').first
    plain = key.evaluate("el => getComputedStyle(el).backgroundColor")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    assert "important" in page.locator("#report-text").get_attribute("class")
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.url.endswith("important=1")  # in place, with a URL that can be shared
    lit = key.evaluate("el => getComputedStyle(el).backgroundColor")
    minor = page.locator('#report-text .sent[data-tier="3"]').first.evaluate(
        "el => getComputedStyle(el).backgroundColor")
    assert lit != plain and lit != minor
    toggle.focus()
    page.keyboard.press("Space")  # keyboard works too
    assert "important" not in page.locator("#report-text").get_attribute("class")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert page.problems == []


def test_select_important_works_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    try:
        pg.goto(f"{server}/reports")
        pg.get_by_role("link", name="Divert communications: Kiev avoids direct dialogue with Moscow").click()
        assert pg.locator('.st[data-speaker="Mikhail Galuzin"]').count() >= 5
        pg.locator("#toggle-important").click()
        assert "important" in pg.locator("#report-text").get_attribute("class")
    finally:
        context.close()


def test_timeline_shows_the_october_16_call_and_links_to_its_sentence(server, page):
    page.goto(f"{server}/timeline")
    item = page.locator(".tl-event", has=page.locator(".chip", has_text="call")).filter(has_text="16 Oct 2025")
    assert item.count() >= 1
    call = item.filter(has_text="On October 16, the leaders of Russia").first
    assert call.is_visible()
    event_id = call.get_attribute("data-event")
    assert page.locator(f'.timeline-chart a[data-event="{event_id}"]').count() == 1
    call.locator(".tl-summary").click()
    page.wait_for_url(f"**/reports/*#ev-{event_id}")
    target = page.locator(f"#ev-{event_id}")
    assert target.is_visible() and target.evaluate("el => el.matches(':target')")
    assert "On October 16" in target.locator("xpath=..").inner_text()
    assert page.problems == []


def test_timeline_filters_by_type(server, page):
    page.goto(f"{server}/timeline")
    page.select_option("#f-type", "call")
    page.wait_for_url("**/timeline?type=call")
    chips = page.locator(".tl-event .chip").all_inner_texts()
    assert chips and set(chips) == {"call"}


def test_actor_page_lists_what_they_said(server, page):
    page.goto(f"{server}/actors")
    page.get_by_role("link", name="Mikhail Galuzin").click()
    page.wait_for_url(f"**/actors/{GALUZIN}")
    assert page.locator("h1").inner_text() == "Mikhail Galuzin"
    assert page.locator(".said li").count() >= 5
    assert page.problems == []


def test_a_report_with_script_renders_it_as_text(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil = report_id(server, page, "Talks resume")
    page.goto(f"{server}/reports/{evil}")
    body = page.locator("#report-text").inner_text()
    assert '<script>alert("pwned")</script>' in body and '<img src=x onerror="alert(2)">' in body
    assert 'Talks resume <script>alert("title")</script> in Istanbul' in page.locator("h1").inner_text()
    assert page.locator("#report-text script, #report-text img, h1 script").count() == 0
    page.goto(f"{server}/reports")
    assert dialogs == []


def test_read_aloud_fetches_speech_or_says_why_not(server, page):
    from truceline.web import speech

    seed = report_id(server, page, "Divert communications")
    page.goto(f"{server}/reports/{seed}")
    if not speech.available():
        assert "Read aloud needs espeak-ng" in page.locator("#speech-missing").inner_text()
        return
    page.locator("#report-text .st").first.select_text()  # reads the selection
    with page.expect_response("**/api/speech") as answer:
        page.locator("#read-aloud").click()
    response = answer.value
    assert response.status == 200 and response.headers["content-type"] == "audio/wav"
    assert "Russia's proposals" in response.request.post_data_json["text"]
    status = page.locator("#speech-status")
    status.filter(has_text="Read").or_(status.filter(has_text="could not play")).wait_for()


def test_screenshots_of_the_main_pages(server, page, tmp_path):
    folder = ROOT / "docs" if os.environ.get("TRUCELINE_SCREENSHOTS") else tmp_path
    seed = report_id(server, page, "Divert communications")
    shots = {
        "web-reports.png": "/reports",
        "web-reader.png": f"/reports/{seed}?important=1",
        "web-timeline.png": "/timeline",
        "web-actor.png": f"/actors/{GALUZIN}",
    }
    page.set_viewport_size({"width": 1360, "height": 1100})
    for name, path in shots.items():
        page.goto(server + path)
        page.screenshot(path=str(folder / name))
        assert (folder / name).stat().st_size > 10_000
    assert page.problems == []
