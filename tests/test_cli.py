"""The pipeline end to end through the CLI, as a user runs it."""

import json

import pytest

from conftest import EXAMPLES, SEED_GOLD, needs_shared, score


def export(cli) -> dict:
    result = cli("export", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_seed_scores_cleaning_published_and_translation_right(cli, seed_path, tmp_path):
    needs_shared(SEED_GOLD)
    assert cli("ingest", str(seed_path)).exit_code == 0
    total = score(SEED_GOLD, export(cli), tmp_path)
    assert total["cleaning"]["accuracy"] == 1.0
    assert total["published"]["accuracy"] == 1.0
    assert total["translation"]["accuracy"] == 1.0


def test_seed_export_follows_the_spec(cli, seed_path):
    cli("ingest", str(seed_path))
    doc = export(cli)
    assert doc["format"] == "truceline/1"
    (article,) = doc["articles"]
    assert article["title"] == "Divert communications: Kiev avoids direct dialogue with Moscow"
    assert article["published"]["basis"] == "inferred"
    assert article["translation"] == {"machine": True, "service": "Yandex Translator", "from": "ru"}
    text = article["text"]
    for s in article["statements"]:
        assert text[s["span"][0]:s["span"][1]] == s["content"]
    for e in article["events"]:
        assert e["trigger"] in text[e["span"][0]:e["span"][1]]
    ids = {a["id"] for a in doc["actors"]}
    assert {"russia", "ukraine", "united-states", "mikhail-galuzin", "vadim-kozyulin"} <= ids


def test_ingesting_twice_changes_nothing(cli, seed_path):
    cli("ingest", str(seed_path))
    first = export(cli)
    again = cli("ingest", str(seed_path))
    assert again.exit_code == 0
    assert "0 added, 0 updated, 1 unchanged" in again.output
    assert export(cli) == first


def test_corrupt_file_is_reported_and_the_good_ones_stored(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russia and Ukraine held talks in Istanbul on July 23, 2025, the Turkish Foreign Ministry said.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 not a report")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"url": "https://example.org/x", "text": "Zelensky said on Monday that talks must resume."}\n{oops\n')
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("bad.txt" in e and "binary" in e for e in errors)
    assert any("feed.jsonl" in e and "line 2" in e for e in errors)
    assert "Traceback" not in result.output
    assert [a["source"] for a in export(cli)["articles"]] == [str(good)]


def test_a_report_that_trips_a_defect_in_cleaning_is_reported_and_the_others_stored(cli, tmp_path, monkeypatch):
    from truceline import pipeline

    real = pipeline.clean_text

    def fragile(text, **kwargs):
        if "Abu Dhabi" in text:
            raise TypeError("object of type 'NoneType' has no len()")
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "clean_text", fragile)
    (tmp_path / "a.txt").write_text("Russia and Ukraine held talks in Istanbul on July 23, 2025, the ministry said.")
    (tmp_path / "b.txt").write_text("Envoys met in Abu Dhabi on March 4, 2026, officials said.")
    (tmp_path / "c.txt").write_text("Putin and Trump spoke by phone on October 16, 2025, the Kremlin said.")
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "b.txt" in errors[0] and "NoneType" in errors[0]
    assert "Traceback" not in result.output
    assert sorted(a["source"] for a in export(cli)["articles"]) == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]


def test_stdin_with_given_metadata(cli):
    result = cli("ingest", "-", "--url", "https://example.org/r", "--outlet", "Wire", "--published", "2025-10-17",
                 input="Trump met Zelensky at the White House on Friday, officials said.")
    assert result.exit_code == 0, result.output
    (article,) = export(cli)["articles"]
    assert article["outlet"] == "Wire" and article["url"] == "https://example.org/r"
    assert article["published"]["value"] == "2025-10-17" and article["published"]["basis"] == "given"


def test_unknown_date_is_said_not_guessed(cli):
    cli("ingest", "-", input="Negotiators met again, officials said, but no progress was reported.")
    (article,) = export(cli)["articles"]
    assert article["published"]["basis"] == "unknown" and article["published"]["value"] is None


def test_bad_published_option_is_one_clear_error(cli):
    result = cli("ingest", "-", "--published", "someday", input="Talks resumed, officials said.")
    assert result.exit_code == 1
    assert "error: -: the publication date 'someday' is not a date" in result.output


def test_examples_ingest_and_show_a_timeline(cli):
    if not any(EXAMPLES.glob("*")):
        return
    result = cli("ingest", str(EXAMPLES))
    assert result.exit_code == 0, result.output
    timeline = cli("timeline")
    assert timeline.exit_code == 0
    from truceline.record import timeline_day

    dated = [line.split()[0] for line in timeline.output.splitlines() if line.strip()[:1].isdigit()]
    # in order: each date's period starts no later than the next one's ends ("2025-SU" among August's days)
    assert dated and all(timeline_day(a) <= timeline_day(b, "END") for a, b in zip(dated, dated[1:]))


def test_show_statements_and_csv(cli, seed_path, tmp_path):
    cli("ingest", str(seed_path))
    article_id = export(cli)["articles"][0]["id"]
    shown = cli("show", article_id[:6])
    assert shown.exit_code == 0 and "Statements (" in shown.output and "machine translated" in shown.output
    galuzin = cli("statements", "--speaker", "Galuzin")
    assert len([line for line in galuzin.output.splitlines() if line.startswith("  - ")]) == 9
    out = cli("export", "--format", "csv", "--output", str(tmp_path / "csv"))
    assert out.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["actors.csv", "articles.csv", "events.csv",
                                                                   "statements.csv"]
    lines = cli("export", "--format", "jsonl").output.splitlines()
    assert json.loads(lines[0])["id"] == article_id


def test_events_filters(cli, seed_path):
    cli("ingest", str(seed_path))
    calls = cli("events", "--type", "call")
    assert "2025-10-16" in calls.output and "telephone conversation" in calls.output
    since = cli("timeline", "--since", "2025-10")
    assert "2025-05" not in since.output and "2025-10-16" in since.output


def test_unusable_database_is_one_line_not_a_traceback(tmp_path):
    from click.testing import CliRunner

    from truceline.cli import main

    (tmp_path / "a-folder.db").mkdir()
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a-folder.db"), "info"])
    assert result.exit_code == 3
    assert result.output.startswith("Error: cannot open or migrate the database")


HTML_PAGE = """<!doctype html><html><head><title>Envoys meet in Geneva | The Test Ledger</title>
<meta property="og:site_name" content="The Test Ledger">
<meta property="article:published_time" content="2025-11-23T10:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Envoys meet in Geneva</h1>
<p>US and Ukrainian delegations held talks in Geneva on Sunday on the American peace plan, officials said.</p>
<p>“We made real progress today,” Secretary of State Marco Rubio told reporters after the talks.</p>
<p>The Kremlin said it had not received the revised plan, according to the Interfax news agency.</p>
</article><footer>© 2025 The Test Ledger. All rights reserved.</footer></body></html>"""


def test_html_page_metadata_and_body(cli, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    assert cli("ingest", str(page)).exit_code == 0
    (article,) = export(cli)["articles"]
    assert article["outlet"] == "The Test Ledger"
    assert article["published"]["value"] == "2025-11-23" and article["published"]["basis"] == "metadata"
    assert "held talks in Geneva" in article["text"] and "All rights reserved" not in article["text"]
    rubio = [s for s in article["statements"] if s["speaker"]["actor"] == "marco-rubio"]
    assert rubio and rubio[0]["kind"] == "direct" and rubio[0]["content"] == "We made real progress today"


def test_url_is_fetched(cli, tmp_path):
    import http.server
    import threading

    (tmp_path / "report.html").write_text(HTML_PAGE, encoding="utf-8")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/report.html"
        assert cli("ingest", url).exit_code == 0
        missing = cli("ingest", url.replace("report", "nothing"))
    finally:
        server.shutdown()
    (article,) = export(cli)["articles"]
    assert article["url"] == url and article["source"] == url
    assert missing.exit_code == 1 and "the server answered 404" in missing.output


def test_plover_export(cli, seed_path):
    cli("ingest", str(seed_path))
    records = [json.loads(line) for line in cli("export", "--format", "plover").output.splitlines()]
    call = next(r for r in records if r["mode"] == "phone")
    assert call["event_type"] == "CONSULT" and call["date"] == "2025-10-16"
    assert {"Russia", "United States"} <= set(call["actor_country"]) | set(call["recipient_country"])
    assert "telephone conversation" in call["source_text"]


def ingest_one(cli, tmp_path, text: str) -> dict:
    """Ingest one report written for the test and return its article in the export."""
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    assert cli("ingest", str(report)).exit_code == 0
    (article,) = export(cli)["articles"]
    return article


def test_a_dateline_without_a_year_is_dated_by_the_officials_it_names(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "ABU DHABI, Nov 25 (Agency) - U.S. Army Secretary Dan Driscoll held talks "
                         "with a Russian delegation in the Emirati capital on Monday, a U.S. official said.\n\n"
                         "Kremlin spokesman Dmitry Peskov declined to comment on the contacts.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2025-11-25", "inferred")
    talks = next(e for e in article["events"] if e["type"] == "talks")
    assert talks["date"]["value"] == "2025-11-24"


def test_officials_long_in_office_date_a_report_to_their_present_not_their_first_year(cli, tmp_path):
    """Peskov alone (in office since 2012) dates a channel's "October 17" to his latest year in office, not to 2012."""
    article = ingest_one(cli, tmp_path, "Channel digest\n\nOctober 17\n\nKremlin spokesman Dmitry Peskov said "
                         "the exchange of prisoners had been completed and that no new round was planned.\n")
    assert article["published"]["value"][:4] != "2012"
    assert int(article["published"]["value"][:4]) >= 2025


def test_a_wire_naming_its_leaders_by_surname_alone_is_dated_by_them(cli, tmp_path):
    """No year and no full name: "Zelensky" and "Trump" share 2019-2021 and 2025 on, so the present of that span."""
    article = ingest_one(cli, tmp_path, "Dec 4 (Wire) - Zelensky met Trump at the White House on Thursday to discuss "
                         "air defence, officials on both sides said.\n\nThe talks lasted two hours.\n")
    assert article["published"]["basis"] == "inferred"
    assert article["published"]["value"][5:] == "12-04" and int(article["published"]["value"][:4]) >= 2025


def test_a_date_line_under_a_menu_is_the_reports_date(cli, tmp_path):
    """A menu's "More", the headline, a by-line and a date line scraped with the year glued to the time."""
    article = ingest_one(cli, tmp_path, "World\nBusiness\nMore\nSign In\nEurope\nEnvoys to meet in Geneva as "
                         "gaps remain on territory\nBy Staff Writers\nJune 15, 20266:04 AM GMT+2Updated 3 hours ago\n"
                         "\nJune 15 (Wire) - Delegations from Russia, Ukraine and the United States will meet in Geneva "
                         "on Tuesday, officials said on Monday, with the talks expected to last two days.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2026-06-15", "text")


def test_a_dateline_without_a_year_or_known_officials_stays_unknown(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "GENEVA, Nov 25 (Agency) - Delegations held talks on Monday, "
                                        "an official said.\n")
    assert article["published"]["basis"] == "unknown"


def test_a_report_without_year_or_dateline_dates_its_events_in_the_year_of_its_bound(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Translated by Google\n\nRecall that on October 16, Vladimir Putin and "
                         "Donald Trump held a telephone conversation, the Kremlin said. On November 5, Secretary of "
                         "State Marco Rubio and Dmitry Peskov said that Moscow had received no signals from Kiev.\n")
    assert article["published"] == {**article["published"], "value": "2025-11-05", "mod": "ON_OR_AFTER",
                                     "basis": "inferred"}
    call = next(e for e in article["events"] if e["type"] == "call")
    assert call["date"]["value"] == "2025-10-16"


def test_a_report_bounded_by_its_latest_day_counts_from_that_day(cli, tmp_path):
    """With no dateline, the latest day a report names is the earliest it was written, and the day its
    dates without a year are near: not in a year it names only for what is still to come."""
    article = ingest_one(cli, tmp_path, "Statement to Parliament\n\nThe Foreign Secretary told the House on 14 October "
                         "2026 that the Government will ban the shipping of Russian LNG from 1 January 2027. On the night of 10 to 11 October, "
                         "Russia launched a large attack on Ukraine's power grid.\n")
    assert (article["published"]["value"], article["published"]["mod"]) == ("2026-10-14", "ON_OR_AFTER")
    attack = next(e for e in article["events"] if e["type"] == "attack")
    assert attack["date"]["value"].startswith("2026-10")


def test_a_report_bounded_by_a_month_alone_is_bounded_to_the_month(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "The long wait\n\nIn September 2026 the families of the missing gathered "
                         "again in Kyiv. They say they have heard nothing since the last exchange.\n")
    assert article["published"] == {**article["published"], "value": "2026-09", "granularity": "month",
                                    "mod": "ON_OR_AFTER", "basis": "inferred"}


def test_a_dateline_year_is_not_a_year_still_to_come(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "BRUSSELS, Oct 23 (Agency) - EU leaders approved a sanctions package that "
                         "bans Russian gas imports from January 2027, officials said. It is the first since the "
                         "new administration took office in January 2025.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2025-10-23", "text")


def test_a_compiled_on_line_dates_a_digest_not_the_span_its_headline_covers(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Russian state TV talk shows, 19-21 March: prisoner swap and the strike\n\n"
                         "Compiled on 22 March 2026\n\nPresenter Roman Belyshev said on 19 March that the exchange was "
                         "a gesture of goodwill by Moscow.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2026-03-22", "text")


def test_an_updated_stamp_does_not_date_a_wire_report(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Ukraine gets back 1,000 bodies\n\nBy Jane Roe\n\nKYIV, Nov 19 (TCP) -\n\n"
                         "Updated at 16:42 GMT, November 20, 2025\n\nUkraine "
                         "received the bodies of 1,000 people on Wednesday, officials said.\n")
    assert article["published"]["value"] == "2025-11-19"


def test_a_date_line_under_the_byline_dates_the_report_and_its_weekdays(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "CAPITAL WIRE\n\nEnvoys to meet in Vienna\n\nA second round is planned.\n\n"
                         "By Jane Roe and John Doe\n\nMarch 6, 2026 at 4:10 p.m. EST\n\n"
                         "Steve Witkoff will meet Kirill Dmitriev in Vienna next Friday, the White House said.\n")
    assert (article["published"]["value"], article["published"]["mod"]) == ("2026-03-06", None)
    talks = next(e for e in article["events"] if e["trigger"] == "meet")
    assert (talks["type"], talks["status"], talks["date"]["value"]) == ("talks", "planned", "2026-03-13")


def test_a_dateline_without_a_year_takes_the_year_its_weekday_fits(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "BRUSSELS, Feb 20 (Agency) – EU envoys failed on Friday to agree a new "
                         "sanctions package, diplomats said. Kaja Kallas, the EU's foreign policy chief since December "
                         "2024, said the talks would resume next week.\n")
    assert article["published"]["value"] == "2026-02-20"  # a Friday; 20 February 2025 was a Thursday


@pytest.mark.parametrize("line,day", [("Tuesday, March 10, 2026 | Issue No. 287", "2026-03-10"),
                                      ("Sun 5 Apr 2026 06.00 BST", "2026-04-05")])
def test_a_date_line_that_opens_with_its_weekday_dates_the_report(cli, tmp_path, line, day):
    article = ingest_one(cli, tmp_path, f"THE DAILY BRIEF\n\nTalks tracker\n\nAn analysis\n\nJane Roe\n\n{line}\n\n"
                         "Delegations held talks in Geneva on Monday, officials said.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == (day, "text")


def test_a_dateline_without_a_year_comes_after_what_it_says_was_a_year_ago(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "MOSCOW, November 3. /Agency/. Putin and Trump held a telephone conversation on "
                         "Saturday, the Kremlin said. The understandings reached in Anchorage in August 2025, more than "
                         "a year ago, remain the basis, Lavrov said.\n")
    assert article["published"]["value"] == "2026-11-03"


@pytest.mark.parametrize("told,year", [("In 2025 trade between the two countries fell to about $3 billion", "2026"),
                                        ("Trade is expected to grow in 2025", "2025")])  # a year ahead is no floor
def test_a_dateline_without_a_year_comes_after_a_whole_year_told_in_the_past(cli, tmp_path, told, year):
    article = ingest_one(cli, tmp_path, "Fund chief sees business returning\n\nFebruary 20, 11:42\n\nEnvoys met in "
                         f"Geneva this week, officials said. {told}, the fund's head said.\n")
    assert article["published"]["value"] == f"{year}-02-20"


def test_a_wire_dateline_under_a_header_dates_the_report_by_its_officials_not_a_year_looked_back_to(cli, tmp_path):
    header = "World\n\nEurope\n\nWar in Ukraine\n\nSwap brings 300 home\n\nBy Wire Staff\n\n4 minute read\n\n"
    article = ingest_one(cli, tmp_path, header + "KYIV, March 4 (Wire) - Steve Witkoff met Rustem Umerov in Miami, "
                         "officials said.\n\nMost of those freed had been captured in Mariupol in 2022.\n")
    assert (article["published"]["value"], article["published"]["mod"]) == ("2025-03-04", None)


def test_a_year_less_day_with_its_weekday_bounds_the_report_in_the_year_it_fell_on_that_weekday(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Talks live\n\nUpdated 3 hours ago\n\nWelcome to our live coverage. Today, "
                         "Tuesday 19 May, Steve Witkoff meets the Ukrainian delegation in Istanbul.\n\nThe talks "
                         "began at 11am, officials said.\n")
    assert article["published"]["value"] == "2026-05-19"  # a Tuesday in 2026; in 2025 it was a Monday


@pytest.mark.parametrize("told", ["as the full-scale war entered its fifth year",
                                  "after four years of fighting",
                                  "on the fourth anniversary of the invasion"])
def test_a_dateline_without_a_year_comes_after_the_years_of_war_its_report_counts(cli, tmp_path, told):
    article = ingest_one(cli, tmp_path, "KYIV, March 4 (Wire) - Steve Witkoff met Rustem Umerov in Miami, officials "
                         f"said, {told}.\n\nMost of those freed had been captured in Mariupol in 2022.\n")
    assert article["published"]["value"] == "2026-03-04"


def test_a_report_that_counts_years_on_from_one_it_names_is_bounded_in_that_later_year(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "A pause is not peace\n\nBy Jane Roe\n\nPosted 5 days ago\n\nIn September "
                         "2014 I sat in Minsk while the first protocol was signed. Twelve years later, I hear the same "
                         "word. On Tuesday, June 9, negotiators agreed in Geneva on a moratorium on strikes. Zelensky "
                         "said on June 10 that Ukraine will observe it.\n")
    # the day reported on June 10 is past though the words reported look ahead
    assert (article["published"]["value"], article["published"]["mod"]) == ("2026-06-10", "ON_OR_AFTER")


def test_a_day_named_as_tomorrow_dates_the_report_the_day_before(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Channel digest\n\nToday at 22:14\n\n1. Round moved\n\nThe delegations of "
                         "Ukraine and Russia will hold talks in Abu Dhabi tomorrow, 4 February, Rustem Umerov said. "
                         "The round was agreed in January 2026.\n")
    assert (article["published"]["value"], article["published"]["mod"]) == ("2026-02-03", None)
    talks = next(e for e in article["events"] if e["type"] == "talks")
    assert talks["date"]["value"] == "2026-02-04"


def test_a_transcripts_air_date_with_a_two_digit_year_dates_it(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Transcripts\n\nSUNDAY BRIEFING\n\nTalks head to Geneva. Aired 10-11a ET\n\n"
                         "Aired 09/13/26\n\nHOST: Negotiators meet in Geneva on Tuesday. The talks in Istanbul broke "
                         "down in July 2025.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2026-09-13", "text")


def test_a_time_stamp_taken_off_as_furniture_still_dates_the_page(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "EASTERN DAILY ONLINE\nNews | Politics | World\n\n"
                         "Foreign ministers meet in Tokyo, sanctions widened\n\n2026/2/19 06:45 (JST)\n\n"
                         "The foreign ministers of Japan and Ukraine held talks in Tokyo on the 18th, and Japan "
                         "added 38 organisations to its list of frozen assets on the same day.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2026-02-19", "text")
    assert "2026/2/19" not in article["text"]


def test_a_day_first_stamp_is_read_as_the_dateline_names_it(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "URGENT\n08/06/2026 09:47 GMT\n\nANKARA, June 8 (Agency) - Talks between "
                         "Russian and Ukrainian delegations due in Istanbul on Wednesday have been postponed, "
                         "Turkey's foreign ministry said on Monday.\n")
    assert article["published"]["value"] == "2026-06-08"


def test_a_dashed_day_month_year_stamp_is_one_day_not_a_span(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "AGENCY\nThu 05-11-2026 15:42\n\nABU DHABI, 5th November, 2026 (Agency) -- "
                         "The United Arab Emirates mediated the release of 480 captives, the ministry said.\n")
    assert article["published"]["value"] == "2026-11-05"


def test_a_weekly_digest_is_dated_at_the_end_of_its_week(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "THE WEEK IN TALKS\n\n9–15 March 2026 | Issue No. 12\n\n"
                         "Seven days of diplomacy, and one exchange of prisoners.\n")
    assert article["published"]["value"] == "2026-03-15"


def test_a_published_line_under_a_long_header_dates_the_report(cli, tmp_path):
    header = ("Fact Desk Europe\nIndependent. Non-partisan. Verified.\nChecks   Explainers   Method   About   Donate\n"
              "Search the checks...\nUkraine   Russia   Europe   World\nOur readers fund this desk.\n"
              "Did Moscow reject the truce? What we know\n"
              "Claims that the Kremlin said no are spreading fast. The record is more complicated.\n"
              "By Anna Keller and Petro Savchuk\n")
    article = ingest_one(cli, tmp_path, header + "Published 14/05/2026 - Updated 14/05/2026 at 17:20\n\n"
                         "The Kremlin said on Tuesday that it had not rejected the truce proposed on May 5.\n\n"
                         "Kyiv said the same day that Moscow had never answered the proposal.\n\n"
                         "A screenshot claiming otherwise was shared on May 10 and May 11.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2026-05-14", "text")


def test_a_report_with_no_year_takes_the_year_its_weekdays_fit(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "President Volodymyr Zelensky said in his evening address that a delegation led "
                         "by Rustem Umerov would hold talks in Washington on Wednesday, March 25. The exchange of "
                         "March 19 had shown that agreements could be kept, he said.\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2026-03-19", "inferred")


def test_a_headline_looking_ahead_to_a_day_is_no_page_stamp(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "EL HERALDO\n\nKazakhstan will host in Astana on 3 July the first summit "
                         "between the two presidents\n\nMaria Ruiz | Madrid\n\n19 jun 2026 - 07:45 CEST\n\n"
                         "The president of Kazakhstan announced the summit on Thursday, his press secretary said.\n")
    assert article["published"]["value"] == "2026-06-19", article["published"]


def test_a_stamp_with_an_abbreviated_month_in_lower_case_dates_the_report(cli, tmp_path):
    # a Dutch page's "15 apr, 21:14", saved by a machine whose clock is behind the year its copyright line shows
    article = ingest_one(cli, tmp_path, "NLPO Nieuws\n\nBestand een dag oud\n\n15 apr, 21:14\n\nThe ceasefire "
                         "agreed in Geneva in March 2089 entered into force on Wednesday, the ministry said.\n\n"
                         "© 2089 NLPO\n")
    assert article["published"]["value"] == "2089-04-15", article["published"]


def test_a_stamp_with_its_weekday_takes_the_year_it_fell_on_up_to_the_pages_copyright(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "THE DECCAN LEDGER\n\nSunday, 28 March\n\nGeneva summit: what happened\n\n"
                         "After the Istanbul rounds of 2025, Donald Trump and Vladimir Putin met in Geneva on Friday, "
                         "officials said.\n\nCopyright © 2027 The Deccan Ledger. All rights reserved.\n")
    assert article["published"]["value"] == "2027-03-28", article["published"]  # a Sunday; 2025's 28 March was not


def test_a_foreign_published_line_without_a_year_takes_the_pages_copyright_year(cli, tmp_path):
    # "Publié le" is taken off as furniture; the report names no year, and its officials would allow any since 2025
    article = ingest_one(cli, tmp_path, "Accueil\nMonde\n\nPublié le 07/05 à 18h20 · Mis à jour le 08/05 à 07h10\n\n"
                         "Geneva (ACP) - Donald Trump and Vladimir Putin will meet in Geneva on 21 May, the Kremlin "
                         "announced on Wednesday.\n\nThe date had been agreed during a telephone call, an aide said."
                         "\n\n© ACP 2089 — Tous droits réservés\n")
    assert (article["published"]["value"], article["published"]["basis"]) == ("2089-05-07", "text"), article["published"]


def test_tomorrow_with_its_day_dates_a_report_of_the_year_its_copyright_shows(cli, tmp_path):
    # a page saved by a machine whose clock is behind: "tomorrow, June 4" in 2089 is still the report's own day
    article = ingest_one(cli, tmp_path, "преди 2 часа\n\nMoscow called off the round of talks that was to be held "
                         "tomorrow, June 4, in Istanbul, the head of the delegation said.\n\n"
                         "© 2010–2089 Novini. Всички права запазени.\n")
    assert article["published"]["value"] == "2089-06-03", article["published"]


def test_a_page_with_no_date_of_its_own_is_dated_by_its_first_readers_comment(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "acum 3 ore\n\nRussia and Ukraine exchanged 205 prisoners each on "
                         "Thursday on the border with Belarus, the coordination headquarters for prisoners of war said.\n\n"
                         "The exchange was mediated by the United Arab Emirates, officials added.\n\n"
                         "It was the third exchange since the talks in Istanbul, where both delegations agreed to "
                         "return all wounded prisoners.\n\nThe ombudsman said the next stage was being prepared.\n\n"
                         "Comentarii (2)\nMihai | 11.12.2089 21:40\n"
                         "In sfarsit o veste buna.\nAna | 11.12.2089 22:05\nSa vina toti acasa.\n")
    assert (article["published"]["value"], article["published"]["mod"]) == ("2089-12-11", "ON_OR_BEFORE"), \
        article["published"]
    assert "Mihai | 11.12.2089 21:40" not in article["text"]
    # and the day the comments bound it by anchors the report's own days: that Thursday was 8 December
    assert ("exchange", "2089-12-08") in [(e["type"], (e["date"] or {}).get("value")) for e in article["events"]]


def test_a_dutch_stamp_with_a_short_month_and_no_year_dates_the_report(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Het Westerlicht\n\ndo 19 mrt · 05:00\n\nThe American president gave Russia "
                         "on Tuesday an ultimatum, and the Kremlin reacted coolly on Wednesday, its spokesman said.\n\n"
                         "© 2089 Het Westerlicht B.V. – Alle rechten voorbehouden\n")
    assert article["published"]["value"] == "2089-03-19", article["published"]


@pytest.mark.parametrize("page, published", [
    # leaders in office for years would date the page to their present; the page's own "© 2017–2025" says which year
    ("Kremenchuk Tower\n\n10:42, 5 June\n\nPresident Volodymyr Zelensky said that Vladimir Putin had not answered "
     "the proposal to meet, and Rustem Umerov said the delegation was ready for a new round.\n\n© 2017–2025 "
     "Kremenchuk Tower. All rights reserved.\n", "2025-06-05"),
    # a year looked ahead to ("the budget for 2026") does not date a report whose weekdays fall the year before:
    # 31 August was a Sunday in 2025
    ("Published 10 sep. 06:12\n\nIn the night to Sunday 31 August, Russia fired more than 600 drones at Ukraine, the "
     "air force said.\n\nThe opposition demands that the government shows how the package is to be financed in the "
     "budget for 2026.\n", "2025-09-10"),
    # a slashed stamp on a page translated from Spanish is day first
    ("La Crónica\nInicio > Internacional\nEsta nota fue traducida automáticamente del español. Ver texto original\n"
     "Fidan between Moscow and Kiev\nPor Ana Ruiz | 08/11/2026 | 06:15 hrs\n\nThe Turkish chancellor met with Putin "
     "in Moscow on Tuesday and traveled to Kiev on Thursday, the ministry said.\n", "2026-11-08"),
])
def test_a_stamps_year_or_order_comes_from_what_the_page_tells(cli, tmp_path, page, published):
    article = ingest_one(cli, tmp_path, page)
    assert article["published"]["value"] == published, article["published"]


def test_a_web_archives_capture_day_is_not_the_pages_date(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "PAGEKEEP · web archive\nCaptured 20 Jul 2025 06:12:44 UTC\n3 captures · 19 "
                         "Jul 2025 – 2 Aug 2025\nAbout this capture\nTHE LONG TABLE\nRound three, maybe\nDana Smith\n"
                         "Jul 19\n\nYesterday, Moscow and Kyiv both confirmed that a third round of direct talks is "
                         "being prepared in Istanbul, Dmitry Peskov said.\n\nThe 2022 talks ended without a deal, a "
                         "former official said.\n\n© 2025 Dana Smith\n")
    assert article["published"]["value"] == "2025-07-19", article["published"]
    assert "Captured" not in article["text"] and "captures" not in article["text"]


def test_a_stamp_with_a_weekday_alone_is_that_weekday_from_the_last_day_the_report_tells_of(cli, tmp_path):
    article = ingest_one(cli, tmp_path, "Updated: Thursday 16:05\n\nTrump announced on 13 September 2089 that the "
                         "summit in Budapest would be postponed, and the day after the Lithuanian president held a "
                         "phone call with Zelensky, his office said.\n\nThe leaders discussed the air defence of "
                         "the Baltic states and the next round of talks between the delegations, the office added "
                         "in a statement.\n\n© Vartai, 2011–2089. All rights reserved.\n")
    assert article["published"]["value"] == "2089-09-15", article["published"]  # the Thursday after the 13th


@pytest.mark.parametrize("header, published", [
    # a wire's source line taken off as furniture, over a dateline without a year in a report naming older years
    ("Source: Newswire | 2026-04-14 21:06:43 | Editor: desk\nShare\n\n"
     "BEIJING, April 14 (Newswire) -- The envoy will travel again, a spokesman said on Tuesday.\n\n", "2026-04-14"),
    # a podcast's episode date with its length
    ("Ep. 12: What came out of Geneva?\n12 June 2026 · 48 min\nSubscribe: Apple Podcasts · Spotify · RSS\n\n"
     "The envoys spent two days in Geneva last week, the host said.\n\n", "2026-06-12"),
    # a ministry's numbered press release
    ("Press Releases\n\nNo: 214, 21 August 2026, Press Release Regarding the Fourth Round of Negotiations Held in "
     "Istanbul\n\nThe fourth round of negotiations between the delegations was held today in Istanbul.\n\n",
     "2026-08-21"),
])
def test_a_page_stamp_in_its_header_dates_the_report(cli, tmp_path, header, published):
    body = ("The position paper of February 2023 was recalled, and the initiative launched in September 2024 was "
            "praised by all who spoke after the meeting.\n\nThe talks will go on, officials said after the session.\n")
    article = ingest_one(cli, tmp_path, header + body)
    assert article["published"]["value"] == published, article["published"]


@pytest.mark.parametrize("date_line", [
    "6 октября 2026, 12:30",  # a Russian page's stamp, in Cyrillic on a page in English
    "6 жовтня 2026 року, 12:30",
    "Kedd, 2026. október 6. 12:30",  # the Hungarian order, year first
    "6. listopada 2026. u 12:30",  # Croatian October (the same word after a bare day is Polish November)
    "2026年10月6日 12時30分",
    "Publicat: 6 octombrie 2026, ora 12:30",
    "6. Oktober 2026, 12:30 Uhr",  # above the headline, where a line of words would be the headline
    "6 Οκτωβρίου 2026, 12:30",
    "Last updated 7 October 2026 | Published 6 October 2026",  # the day it was put out, not the update's
])
def test_a_date_line_in_the_pages_own_language_dates_the_report(cli, tmp_path, date_line):
    page = (f"Home | World | Europe\n\n{date_line}\n\nUkraine and Russia swap 300 prisoners in third exchange\n\n"
            "Russia and Ukraine exchanged 300 prisoners each on Monday, the Ukrainian coordination headquarters "
            "said.\n\nThe next round of talks could take place later this month, a Kremlin spokesman said.\n")
    article = ingest_one(cli, tmp_path, page)
    assert article["published"]["value"] == "2026-10-06", article["published"]
    assert article["title"] == "Ukraine and Russia swap 300 prisoners in third exchange"
