"""Sources: turn what the user named (files, folders, stdin, URLs) into raw reports.

A raw report is still unparsed: the text of a scraped page or the HTML of a
web page, with whatever the source says about it (URL, outlet, title, date).
Every problem is a `SourceError` naming the source, so one bad file never
stops the others.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Iterator, Literal

from ..errors import SourceError
from ..settings import FETCH_TIMEOUT_S

REPORT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass(frozen=True)
class RawReport:
    source: str
    format: Literal["text", "html"]
    content: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_given: bool = False  # the user gave the date, rather than the source's metadata


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def expand_inputs(names: list[str]) -> Iterator[str]:
    """Every report source behind the names: folders are walked recursively, in sorted order."""
    for name in names:
        if name == "-" or is_url(name):
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in REPORT_SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        else:
            yield name


def read_source(name: str, stdin: IO[bytes] | None = None) -> list[RawReport]:
    """The raw reports in one source (a JSON-lines file holds many)."""
    if is_url(name):
        return [RawReport(name, "html", fetch_url(name), url=name)]
    if name == "-":
        data = (stdin or sys.stdin.buffer).read()
        return _parse(name, _decode(name, data), suffix="")
    path = Path(name)
    if not path.exists():
        raise SourceError(name, "no such file or folder")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(name, f"cannot be read ({exc.strerror or exc})") from None
    return _parse(name, _decode(name, data), suffix=path.suffix.lower())


def fetch_url(url: str) -> str:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "truceline/0.1 (+news record builder)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            charset = response.headers.get_content_charset() or "utf-8"
            return response.read().decode(charset, errors="replace")
    except urllib.error.HTTPError as exc:
        raise SourceError(url, f"the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SourceError(url, f"could not be fetched ({reason}); is the network reachable?") from None


def _decode(name: str, data: bytes) -> str:
    if not data.strip():
        raise SourceError(name, "is empty")
    if b"\x00" in data[:4096]:
        raise SourceError(name, "is a binary file, not a text or HTML report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(name, f"is not UTF-8 text (bad byte at offset {exc.start})") from None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)


def _looks_like_jsonl(text: str) -> bool:
    return text.lstrip().startswith(("{", "["))


def _parse(name: str, text: str, suffix: str) -> list[RawReport]:
    if suffix in _JSONL_SUFFIXES or (not suffix and _looks_like_jsonl(text)):
        return _parse_feed(name, text)
    if suffix in _HTML_SUFFIXES or _looks_like_html(text):
        return [RawReport(name, "html", text)]
    return [RawReport(name, "text", text)]


def _parse_feed(name: str, text: str) -> list[RawReport]:
    """JSON lines of {url, title, outlet, published, text|html}; a .json file may hold one object or a list."""
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise SourceError(name, f"is not valid JSON ({exc.msg} at line {exc.lineno})") from None
        numbered = list(enumerate(items, 1))
    else:
        numbered = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                numbered.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise SourceError(name, f"line {lineno} is not valid JSON ({exc.msg})") from None
    reports = []
    for lineno, item in numbered:
        where = f"{name}:{lineno}"
        if not isinstance(item, dict):
            raise SourceError(where, "a feed item must be a JSON object")
        body_html, body_text = item.get("html"), item.get("text")
        if not (isinstance(body_html, str) and body_html.strip()) and not (isinstance(body_text, str) and body_text.strip()):
            raise SourceError(where, "the item has neither 'text' nor 'html'")
        raw = RawReport(
            source=item.get("url") or where,
            format="html" if body_html else "text",
            content=body_html or body_text,
            url=item.get("url"),
            outlet=item.get("outlet"),
            title=item.get("title"),
            published=item.get("published"),
        )
        reports.append(raw)
    return reports


def with_overrides(raw: RawReport, *, url: str | None, outlet: str | None, published: str | None) -> RawReport:
    """The user's --url/--outlet/--published win over what the source says."""
    return replace(raw, url=url or raw.url, outlet=outlet or raw.outlet,
                   published=published or raw.published, published_given=bool(published) or raw.published_given)
