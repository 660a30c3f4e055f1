"""Ingest: sources → cleaned, dated article → statements and events → store, one report at a time.

Data flows one way through ingest/, nlp/ and store/; this module is the only
place that knows all three.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO

from .errors import SourceError
from .ingest.clean import clean_text, language_of
from .ingest.html import extract_html
from .ingest.metadata import (commented_published, copyright_year, dateline_published, day_first_stamp, given_published,
                               inferred_published, named_year, relative_published, this_year, unknown_published,
                               weekday_stamped)
from .ingest.sources import RawReport, expand_inputs, read_source, with_overrides
from .nlp.actors import ActorBase, load_actor_base
from .nlp.analyze import Analyzer
from .nlp.timex import find_timexes
from .record import Article, Published
from .settings import sentence_types_dir, triggers_dir
from .store.db import SaveResult, Store



@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of the extraction code and data: a report stored by another version is recomputed on re-ingest."""
    root = Path(__file__).parent
    return _digest([*root.glob("nlp/*.py"), *root.glob("ingest/*.py"), *root.glob("data/*.yaml"), root / "record.py",
                    *(p for p in root.glob("data/lines/**/*") if p.is_file())])


@lru_cache(maxsize=4)
def triggers_version(triggers: str | None) -> str:
    """The learned trigger model in use (see Analyzer), as a digest of its files; "off" for the rules alone."""
    folder = triggers_dir(triggers)
    return "off" if folder is None else _digest(list(folder.glob("*")))


@lru_cache(maxsize=4)
def sentences_version(folder: Path | None) -> str:
    """The learned sentence classifier in use, as a digest of its files; "off" for none."""
    return "off" if folder is None else _digest([p for p in folder.rglob("*") if p.is_file()])


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class IngestOutcome:
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0, "failed": 0})
    errors: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class Prepared:
    """A report cleaned and dated, before the NLP stage."""

    article: Article
    fingerprint: str


def prepare(raw: RawReport, model: str | None = None, triggers: str | None = None) -> Prepared:
    """Clean a raw report and find its publication date; no NLP yet."""
    title, outlet, url, meta_published = raw.title, raw.outlet, raw.url, None
    text = raw.content
    if raw.format == "html":
        page = extract_html(raw.source, raw.content, raw.url)
        text = page.text
        title = title or page.title
        outlet = outlet or page.outlet
        url = url or page.url
        meta_published = page.published
    cleaned = clean_text(text, title=title, find_title=title is None)
    if outlet is None and cleaned.masthead:
        outlet = cleaned.masthead.title()
    if not cleaned.text.strip():
        raise SourceError(raw.source, "nothing of a report is left once page furniture is removed")
    published = _published(raw, meta_published, cleaned.text, cleaned.header, cleaned.commented)
    if cleaned.translation is not None and published.basis in ("text", "inferred"):
        published = day_first_stamp(published, cleaned.translation.source_language)
    key = url or cleaned.text
    article_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    article = Article(
        id=article_id, source=raw.source, text=cleaned.text, url=url, outlet=outlet, title=cleaned.title or title,
        published=published, language=language_of(cleaned.text), translation=cleaned.translation,
    )
    head = article.to_dict()
    fingerprint = hashlib.sha256(
        (pipeline_version() + (model or "default") + triggers_version(triggers)
         + sentences_version(sentence_types_dir())
         + json.dumps(head, sort_keys=True, ensure_ascii=False)).encode("utf-8")).hexdigest()
    return Prepared(article, fingerprint)


def _published(raw: RawReport, meta_published: str | None, text: str, header: list[str],
               commented: list[str] = ()) -> Published:
    if raw.published:
        return given_published(raw.source, raw.published, "given" if raw.published_given else "metadata")
    if meta_published:
        return given_published(raw.source, meta_published, "metadata")
    timexes = find_timexes(text, None)  # once, for the dateline and for the bounds
    latest = this_year(raw.content)  # (the page's copyright line, which cleaning drops, may show a later year)
    office_year = _office_base().office_year(text, latest)
    shown = copyright_year(raw.content)
    named = named_year(text, latest)
    if shown and named is None and shown >= (office_year or 0) \
            or shown and (named is None or named <= shown) and shown in _office_base().office_years(text, latest):
        office_year = shown  # a report that names no year is of its page's year: one served later than its
        # officials allow ("© ACP 2027" under "Publié le 03/03"), or one of the years they held office in ("© 2017–2025"
        # under "5 June", with leaders in office since 2019)
    found = (dateline_published(text, header, timexes, office_year, latest)
             or relative_published(text, timexes, office_year, latest))
    if found:
        return found
    inferred = inferred_published(text, timexes, office_year, latest)
    floor = dt.date.fromisoformat(inferred.value[:10]) if inferred and len(inferred.value or "") >= 10 else None
    return (commented_published(commented, floor)
            or (weekday_stamped(raw.content, inferred) if inferred else None) or unknown_published())


@lru_cache(maxsize=1)
def _office_base() -> ActorBase:
    return load_actor_base()


def context_year(article: Article) -> int | None:
    """For a report with no anchor but a bounded publication date: the year its year-less dates are in."""
    published = article.published
    if published and published.value and published.mod is not None:
        return int(published.value[:4])
    return None


def anchor_date(article: Article) -> dt.date | None:
    """The date relative expressions resolve against: a publication day we know or inferred (a dateline
    whose year its officials give, a first reader comment's day), or else the latest past day the report names,
    which it was written on or soon after."""
    published = article.published
    if published and published.value and published.mod in (None, "ON_OR_AFTER", "ON_OR_BEFORE") \
            and len(published.value) >= 10:
        return dt.date.fromisoformat(published.value[:10])
    return None


BATCH = 16  # reports parsed together: spaCy's batching pays for itself, memory stays bounded


def ingest(names: Iterable[str], store: Store, analyzer_factory: Callable[[], Analyzer], *, model: str | None = None,
           triggers: str | None = None, url: str | None = None, outlet: str | None = None, published: str | None = None,
           stdin: IO[bytes] | None = None, progress: Callable[[Iterable[str]], Iterable[str]] = lambda x: x,
           ) -> IngestOutcome:
    """Ingest every report behind `names`; a bad one is reported and skipped, the rest go in.

    The analyzer is made only when a report needs it, so re-ingesting
    unchanged reports does not even load the model. Each report is stored in
    its own transaction as soon as its batch is analysed.
    """
    outcome = IngestOutcome()
    analyzer: Analyzer | None = None
    pending: list[Prepared] = []

    def fail(message: str) -> None:
        outcome.errors.append(message)
        outcome.counts["failed"] += 1

    def flush() -> None:
        nonlocal analyzer
        if not pending:
            return
        if analyzer is None:
            analyzer = analyzer_factory()
            analyzer.remember(store.learned_actors())
        items = [(p.article.text, anchor_date(p.article), p.article.id, context_year(p.article)) for p in pending]
        for prepared, analysis in zip(pending, analyzer.analyze_many(items)):
            article = prepared.article
            if analysis.error:
                fail(f"{article.source}: could not be analysed ({analysis.error})")
                continue
            article.statements, article.events = analysis.statements, analysis.events
            result: SaveResult = store.save(article, prepared.fingerprint, analysis.learned)
            outcome.counts[result] += 1
        pending.clear()

    for name in progress(list(expand_inputs(list(names)))):
        try:
            raws = read_source(name, stdin)
        except SourceError as exc:
            fail(str(exc))
            continue
        for raw in raws:
            try:
                prepared = prepare(with_overrides(raw, url=url, outlet=outlet, published=published), model, triggers)
            except SourceError as exc:
                fail(str(exc))
                continue
            except Exception as exc:  # a defect met by one odd report must not stop the rest or lose their batch
                fail(f"{raw.source}: could not be cleaned and dated ({exc.__class__.__name__}: {exc})")
                continue
            outcome.article_ids.append(prepared.article.id)
            if store.fingerprint(prepared.article.id) == prepared.fingerprint or any(
                    p.article.id == prepared.article.id for p in pending):
                outcome.counts["unchanged"] += 1
                continue
            pending.append(prepared)
            if len(pending) >= BATCH:
                flush()
    flush()
    return outcome
