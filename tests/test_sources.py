"""Reading sources: files, folders, JSON lines, stdin; clear errors naming the file."""

import io
import json

import pytest

from truceline.errors import SourceError
from truceline.ingest.sources import expand_inputs, read_source


def test_folders_are_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.")
    (tmp_path / "one.html").write_text("<html></html>")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [p.rsplit("/", 1)[-1] for p in expand_inputs([str(tmp_path)])] == ["two.txt", "one.html"]


def test_jsonl_feed_gives_one_report_per_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x) for x in [
        {"url": "https://example.org/a", "title": "A", "outlet": "Wire", "published": "2025-10-30", "text": "A."},
        {"url": "https://example.org/b", "html": "<html><body><p>B.</p></body></html>"},
    ]))
    a, b = read_source(str(feed))
    assert (a.format, a.outlet, a.published, a.url) == ("text", "Wire", "2025-10-30", "https://example.org/a")
    assert b.format == "html"


def test_bad_json_line_names_file_and_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "ok"}\n{"text": broken}\n')
    with pytest.raises(SourceError, match=r"feed.jsonl: line 2 is not valid JSON"):
        read_source(str(feed))


@pytest.mark.parametrize("content,problem", [
    (b"", "is empty"),
    (b"\x00\x01PK\x03\x04binary", "binary file"),
    (b"caf\xe9 au lait, said the envoy", "not UTF-8"),
])
def test_unreadable_files_get_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=problem) as err:
        read_source(str(path))
    assert "bad.txt" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))


def test_stdin_is_sniffed_for_html():
    (raw,) = read_source("-", io.BytesIO(b"<!doctype html><html><body><p>Hi</p></body></html>"))
    assert raw.format == "html"


def test_a_lead_paragraph_outside_the_article_body_is_kept():
    from truceline.ingest.html import extract_html
    page = ("<html><head><title>Ministers back a force</title></head><body><nav>Home</nav><article>"
            "<h1>Ministers back a force</h1><p class=\"lead\">Ministers from 31 countries backed a blueprint for a "
            "reassurance force in Ukraine at a meeting in Tallinn on Wednesday.</p><div class=\"article-body\">"
            + "".join(f"<p>Paragraph {i} of the report goes on about the plan and its critics, officials said.</p>"
                      for i in range(8)) + "</div></article><footer>Contact</footer></body></html>")
    text = extract_html("page.html", page).text
    assert text.index("Ministers from 31 countries backed a blueprint") < text.index("Paragraph 0 of the report")
