"""The time module as a user meets it: what it finds in short sentences, and what values it gives."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from truceline.ingest.metadata import relative_published
from truceline.nlp.timex import find_timexes, format_timexes, run_jsonl, timexes_to_json

SHARED = Path(__file__).resolve().parents[2] / "shared"
NOV_1 = dt.date(2025, 11, 1)


def one(text: str, anchor: dt.date | None = NOV_1, **kw):
    found = find_timexes(text, anchor, **kw)
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: dt.date | None = NOV_1) -> list[str | None]:
    return [t.value for t in find_timexes(text, anchor)]


def test_absolute_date_with_offsets():
    text = "On October 16, the leaders had a telephone conversation."
    t = one(text)
    assert (t.type, t.value, t.start, t.end) == ("DATE", "2025-10-16", 3, 13)
    assert text[t.start:t.end] == t.text == "October 16"
    assert t.anchor == "published" and t.granularity == "day"


@pytest.mark.parametrize("text, value", [
    ("They met on July 23, 2025.", "2025-07-23"),
    ("They met on 23 July 2025.", "2025-07-23"),
    ("They met on 2025-07-23.", "2025-07-23"),
    ("They met on 23.07.2025.", "2025-07-23"),
    ("Kardos Eszter | 2025. 09. 10. szerda", "2025-09-10"),  # a Hungarian page's stamp, year first in figures
    ("Published 2025.09.10.", "2025-09-10"),
    ("Talks resumed in May 2025.", "2025-05"),
    ("Talks resumed in 2025.", "2025"),
    ("The talks resumed in the third quarter of 2025.", "2025-Q3"),
    ("The delegations negotiated on 1.–2. September 2025 in Istanbul.", "2025-09-01"),  # a translation's day dots
])
def test_absolute_forms(text, value):
    t = one(text, None)
    assert t.value == value and t.anchor == "absolute"


def test_end_of_month():
    t = one("By the end of October, Ukraine had received about 10,000 bodies.")
    assert (t.text, t.value, t.mod, t.granularity) == ("the end of October", "2025-10", "END", "month")


@pytest.mark.parametrize("text, value, mod", [
    ("Talks stalled early this year.", "2025", "START"),
    ("A summit will be held in mid-June.", "2026-06", "MID"),
    ("It was agreed in late September.", "2025-09", "END"),
])
def test_parts_of_periods(text, value, mod):
    t = one(text)
    assert (t.value, t.mod) == (value, mod)


def test_year_from_the_reports_own_context_without_anchor():
    found = find_timexes("Talks resumed in May 2025. The last took place on July 23.")
    assert [t.value for t in found] == ["2025-05", "2025-07-23"]
    assert found[1].anchor == "previous"


def test_a_month_ahead_without_anchor_is_in_the_reports_own_year_not_the_last_year_told():
    text = ("The March 2026 round in Abu Dhabi set the framework. A marine was captured at Mariupol in 2022. "
            "Officials say the next exchange could come as early as October.")
    assert values(text, None) == ["2026-03", "2022", "2026-10"]
    assert values("Marines were captured at Mariupol in 2022. In October the sides met again.", None)[-1] == "2022-10"


def test_year_from_a_later_year_when_none_precedes():
    assert values("On October 28 officials met. Talks had resumed in May 2025.", None) == ["2025-10-28", "2025-05"]


def test_relative_to_the_anchor():
    t = one("The exchange happened three months ago.", dt.date(2025, 11, 5))
    assert (t.type, t.value, t.granularity, t.anchor) == ("DATE", "2025-08", "month", "published")
    assert values("He spoke yesterday, last week and this year.", dt.date(2025, 11, 5)) == [
        "2025-11-04", "2025-W44", "2025"]


def test_a_few_days_later_counts_from_the_previous_date():
    found = find_timexes("On October 16, the leaders spoke. However, a few days later, Trump put it on hold.", NOV_1)
    later = found[1]
    assert later.text == "a few days later"
    assert (later.type, later.value, later.anchor, later.granularity) == ("DATE", "2025-10", "previous", "month")


def test_the_next_day():
    found = find_timexes("The delegations met on June 2. The next day, they exchanged bodies.", NOV_1)
    assert (found[1].value, found[1].anchor) == ("2025-06-03", "previous")


def test_future_date_is_not_moved_back():
    t = one("The summit will be held on December 20.", dt.date(2025, 2, 1))
    assert t.value == "2025-12-20"


def test_past_date_after_the_anchor_is_moved_back():
    t = one("The summit was held on December 20.", dt.date(2025, 2, 1))
    assert t.value == "2024-12-20"


def test_past_tense_from_the_parser_decides():
    text = "Summit in Budapest: December 20."
    assert one(text, dt.date(2025, 2, 1), past_tense=lambda offset: True).value == "2024-12-20"
    assert one(text, dt.date(2025, 2, 1), past_tense=lambda offset: False).value == "2025-12-20"


def test_weekdays_follow_the_tense():
    wednesday = dt.date(2025, 11, 5)
    assert one("Peskov said on Monday that talks were frozen.", wednesday).value == "2025-11-03"
    assert one("The envoys will meet on Friday.", wednesday).value == "2025-11-07"


@pytest.mark.parametrize("text, value", [
    ("The talks took place in Istanbul on Tuesday of last week.", "2025-10-28"),
    ("The advisers met in Geneva on Tuesday last week.", "2025-10-28"),
    ("The envoys will meet on Friday next week.", "2025-11-14"),
    ("Trump spoke to Putin on Monday this week.", "2025-11-03"),
    ("Last week Monday, the advisers gathered at Losby.", "2025-10-27"),
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(text, value):
    wednesday = dt.date(2025, 11, 5)
    assert one(text, wednesday).value == value


def test_a_weekday_joined_to_one_of_a_named_week_is_of_that_week_too():
    assert values("Last week Monday and Tuesday, the advisers met at Losby.", dt.date(2025, 11, 5)) == [
        "2025-10-27", "2025-10-28"]


@pytest.mark.parametrize("text, value", [
    ("The exchange, which was planned for Monday, was postponed at the request of the Russian side.", "2026-10-05"),
    ("A round pencilled in for Thursday in Istanbul was postponed at Moscow's request.", "2026-10-08"),
    ("The meeting planned earlier for Friday in Geneva will not take place.", "2026-10-09"),
    ("The talks are scheduled for Monday.", "2026-10-12"),  # no postponement: ahead
])
def test_a_weekday_an_event_was_set_for_before_it_was_called_off_is_the_nearest(text, value):
    wednesday = dt.date(2026, 10, 7)
    assert one(text, wednesday).value == value


def test_a_day_something_was_put_off_to_lies_ahead():
    wednesday = dt.date(2025, 11, 5)
    assert one("The round was postponed until Tuesday morning.", wednesday).value == "2025-11-11TMO"
    assert one("The vote was moved to Monday.", wednesday).value == "2025-11-10"


def test_a_year_looked_back_to_from_afar_is_not_the_narratives_year():
    text = ("The two leaders have not met since the Normandy format summit in Paris in December 2019. "
            "A second round is scheduled for February 1.")
    assert values(text, None)[-1] == "XXXX-02-01"
    assert values(text + " The first took place on January 23, 2026.", None)[1] == "2026-02-01"


def test_a_future_date_does_not_take_a_past_year_named_in_its_sentence():
    text = "Poland, a candidate since July 1997, will join NATO on March 12."
    assert values(text, dt.date(1999, 2, 27)) == ["1997-07", "1999-03-12"]


@pytest.mark.parametrize("text", [
    "The trickle of money soon became a flood.",
    "He stayed in Sudan until shortly after the bombings.",
])
def test_soon_in_the_past_and_shortly_after_are_no_time(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Contacts have recently been resumed.", "PAST_REF"),
    ("Now the West is talking about a truce.", "PRESENT_REF"),
    ("Moscow is currently ready to talk.", "PRESENT_REF"),
    ("In the past, Russia proposed talks.", "PAST_REF"),
    ("Talks may resume in the future.", "FUTURE_REF"),
])
def test_vague_references(text, value):
    t = one(text)
    assert (t.type, t.value, t.granularity) == ("DATE", value, "vague")


def test_durations():
    t = one("More than three months have passed since the last talks.")
    assert (t.text, t.type, t.value, t.mod) == ("More than three months", "DURATION", "P3M", "MORE_THAN")
    t = one("The parties planned to organise it within two weeks.")
    assert (t.text, t.type, t.value, t.mod) == ("two weeks", "DURATION", "P2W", "EQUAL_OR_LESS")
    assert one("The talks lasted two and a half hours.").value == "PT2H30M"
    t = one("The meeting lasted about 4,5 hours, the ministry said.")  # a decimal comma, as translations write it
    assert (t.text, t.value, t.mod) == ("about 4,5 hours", "PT4H30M", "APPROX")


def test_clock_time_joined_to_its_day():
    t = one("The call began at 10 p.m. Wednesday.", dt.date(2025, 11, 6))
    assert (t.text, t.type, t.value) == ("10 p.m. Wednesday", "TIME", "2025-11-05T22:00")


def test_without_anchor_relative_expressions_have_no_value():
    t = one("He said so yesterday.", None)
    assert (t.text, t.value) == ("yesterday", None)
    assert one("The talks were held on July 23.", None).value == "XXXX-07-23"


def test_numbers_that_are_not_years():
    assert find_timexes("About 2000 troops and 1,200 vehicles were moved.", NOV_1) == []


def test_run_jsonl_round_trip():
    lines = [
        json.dumps({"id": "a", "text": "On October 16, they spoke.", "anchor": "2025-11-01"}),
        "",
        json.dumps({"id": "b", "text": "He left yesterday.", "anchor": None}),
    ]
    out = io.StringIO()
    assert run_jsonl(io.StringIO("\n".join(lines) + "\n"), out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    first = records[0]["timexes"][0]
    assert {k: first[k] for k in ("start", "end", "text", "type", "value", "mod")} == {
        "start": 3, "end": 13, "text": "October 16", "type": "DATE", "value": "2025-10-16", "mod": None}
    assert records[1]["timexes"][0]["value"] is None
    assert records[0]["timexes"] == timexes_to_json(find_timexes("On October 16, they spoke.", NOV_1))


def test_run_jsonl_names_the_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        run_jsonl(io.StringIO('{"id": 1, "text": ""}\nnot json\n'), io.StringIO())


def test_format_timexes_shows_values():
    text = "On October 16, the leaders spoke."
    table = format_timexes(find_timexes(text, NOV_1), text)
    assert "2025-10-16" in table and "[October 16]" in table
    assert format_timexes([], text) == "no time expressions found"


SEED = SHARED / "seeds" / "000_925826b84bfb16ce.txt"


@pytest.mark.skipif(not SEED.exists(), reason=f"seed report not found at {SEED}")
def test_seed_report_without_anchor():
    text = SEED.read_text(encoding="utf-8")
    found = find_timexes(text)

    def at(phrase: str, occurrence: int = 0):
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(phrase, start + 1)
        hits = [t for t in found if t.start < start + len(phrase) and start < t.end]
        assert hits, phrase
        return hits[0]

    expected = {
        "in May 2025": ("2025-05", None), "July 23": ("2025-07-23", None), "on June 2": ("2025-06-02", None),
        "by the end of October": ("2025-10", "END"), "On October 28": ("2025-10-28", None),
        "On October 16": ("2025-10-16", None), "on October 17": ("2025-10-17", None),
        "In August": ("2025-08", None), "back in May": ("2025-05", None), "in 2025": ("2025", None),
    }
    for phrase, (value, mod) in expected.items():
        t = at(phrase)
        assert (t.value, t.mod) == (value, mod), phrase
    more = at("More than three months")
    assert (more.type, more.value, more.mod) == ("DURATION", "P3M", "MORE_THAN")
    assert at("within two weeks").value == "P2W"
    assert at("a few days later").anchor == "previous"



# ---- conventions added for TimeML value F1 (see docs/timex.md, "Conventions")

def test_year_less_date_without_tense_cue_takes_the_nearer_side():
    assert values("Her properties, worth $130 million in October, are worth half that now.",
                  dt.date(1998, 1, 8)) == ["1997-10", "PRESENT_REF"]
    assert one("Bridge loans extend through January.", dt.date(1989, 11, 2)).value == "1990-01"
    # closer than half a year: the anchor's year, as before
    assert one("Prices hold steady into April.", dt.date(1998, 2, 13)).value == "1998-04"


@pytest.mark.parametrize("text, anchor, value", [
    ("Elian was found off Florida on Thanksgiving Day.", dt.date(2000, 4, 6), "1999-11-25"),
    ("He will spend Christmas in Havana.", dt.date(2000, 4, 6), "2000-12-25"),
    ("They met last Christmas.", dt.date(2000, 4, 6), "1999-12-25"),
    ("Shops closed over Christmas.", dt.date(1998, 12, 28), "1998-12-25"),
    ("Talks resume after New Year's Day.", dt.date(1998, 12, 28), "1999-01-01"),
    ("The parade was held on Easter Sunday.", dt.date(1998, 4, 20), "1998-04-12"),
    ("On Christmas Day 1999, he sang.", None, "1999-12-25"),
    ("He sang on Christmas Eve.", None, "XXXX-12-24"),
    ("On New Year's night 47 drones hit Odesa.", dt.date(2026, 1, 9), "2026-01-01"),
    ("Moscow will hold its fire on Orthodox Christmas.", dt.date(2025, 12, 20), "2026-01-07"),
])
def test_holidays(text, anchor, value):
    t = one(text, anchor)
    assert (t.type, t.value) == ("DATE", value)


def test_holiday_names_are_not_dates():
    assert find_timexes("The Good Friday agreement holds.", dt.date(1998, 8, 1)) == []
    assert find_timexes("Christmas Island is far away.", dt.date(1998, 8, 1)) == []
    # Orthodox Christmas is the seventh of January, not the twenty-fifth of December
    assert [t.value[5:] for t in find_timexes("Orthodox Christmas is celebrated.", dt.date(1998, 8, 1))] == ["01-07"]
    assert find_timexes("They said a prayer of thanksgiving.", dt.date(1998, 8, 1)) == []


def test_seasons():
    august = dt.date(1998, 8, 12)
    assert one("Last summer the talks failed.", august).value == "1997-SU"
    assert one("The talks failed last spring.", august).value == "1998-SP"
    assert one("In summer, the talks will resume.", august).value == "1998-SU"
    assert find_timexes("He went to summer camp.", august) == []


def test_last_month_name_just_gone_is_a_year_back():
    march = dt.date(1998, 3, 1)
    assert one("Two helicopters crashed last February.", march).value == "1997-02"
    assert one("They met last January.", march).value == "1998-01"


def test_recent_months_is_a_duration_and_future_alone_is_not_a_timex():
    t = one("In recent months, the talks stalled.")
    assert (t.type, t.value) == ("DURATION", "PXM")
    assert one("in recent weeks").value == "PXW"
    assert find_timexes("They discussed future talks.", NOV_1) == []
    assert one("Talks may resume in the future.").value == "FUTURE_REF"


def test_one_day_after_a_modal_is_future_ref():
    assert one("Islam will one day be the second religion.").value == "FUTURE_REF"
    assert one("Some day he will return.").value == "FUTURE_REF"
    t = one("The trip took one day.")
    assert (t.type, t.value) == ("DURATION", "P1D")


def test_scheduling_cues_point_weekdays_forward():
    wednesday = dt.date(1998, 8, 12)
    assert one("A memorial service is planned for Thursday.", wednesday).value == "1998-08-13"
    assert one("Parliament convenes Monday.", wednesday).value == "1998-08-17"
    assert one("The bombing on Friday killed 247 people, officials said.", wednesday).value == "1998-08-07"


def test_spelled_out_day_ordinals():
    thursday = dt.date(1998, 3, 5)
    assert one("Voters go to the polls on March eighth.", thursday).value == "1998-03-08"
    assert one("On the eighth of March they voted.", thursday).text == "the eighth of March"
    assert one("They met on March twenty-first, 1998.", None).value == "1998-03-21"
    # a day told by its ordinal alone, in the month named before
    text = "Strikes went on through February. The depot in Dnipro was hit on the twelfth, and again on the night of the fourteenth."
    assert values(text, dt.date(2026, 3, 2)) == ["2026-02", "2026-02-12", "2026-02-14"]
    assert values("They talked on the third round of the Geneva format.", dt.date(2026, 3, 2)) == []


def test_a_numbered_list_entry_is_not_a_day_written_with_a_dot():
    anchor = dt.date(2026, 2, 20)
    assert values("3. Feb. 9 - Envoys meet in Abu Dhabi.", anchor) == ["2026-02-09"]
    assert values("Die Gespräche begannen am 3. Feb. 2026 in Genf.", None) == ["2026-02-03"]
    assert values("Am 3. Februar trafen sich die Delegationen.", anchor) == ["2026-02-03"]
    # other languages' orders: Czech "8. 7. 2026", Hungarian "2026. október 7." machine-translated
    assert values("8. 7. 2026 11:24", None)[0] == "2026-07-08"
    assert values("2026. October 7., Wednesday 06:15", None)[0] == "2026-10-07"
    # "listopada" is October after a Croatian ordinal day, November after a Polish bare one
    assert values("Objavljeno 14. listopada 2026. u 10:15", None)[0] == "2026-10-14"
    assert values("Warszawa, 14 listopada 2026 r.", None)[0] == "2026-11-14"
    # a scraped by-line that glued the year to the time
    assert values("June 15, 20266:04 AM GMT+2", None)[0] == "2026-06-15"
    # a chronology set in capitals: "OCT 6 - …", "SEPT 22-23 - …"
    assert values("FEB 9 - Envoys meet in Abu Dhabi.\n\nFEB. 12 - The round ends.", anchor) == ["2026-02-09", "2026-02-12"]


def test_short_decades():
    assert one("In the 90s, the economy grew.").value == "199"
    assert one("in the mid-80s").value == "198"
    assert find_timexes("Temperatures were in the 90s.", NOV_1) == []


def test_clock_times_in_another_zone_and_military_hours():
    saturday = dt.date(1998, 8, 8)
    found = find_timexes("The bomb exploded at 10:30 a.m. (0730 GMT) Friday.", saturday)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("10:30 a.m.", "TIME", "1998-08-07T10:30"), ("0730 GMT", "TIME", "1998-08-07T07:30"),
        ("Friday", "DATE", "1998-08-07")]
    t = one("The deadline is 1800 hours.", saturday)
    assert (t.type, t.value) == ("TIME", "1998-08-08T18:00")
    assert one("It took 1,800 hours.", saturday).value == "PT1800H"


TIMEML = SHARED / "data" / "timeml" / "TimeBank"


@pytest.mark.skipif(not TIMEML.is_dir(), reason=f"TimeML corpora not found at {TIMEML} (../shared beside the checkout)")
def test_timeml_scoring_on_three_timebank_documents():
    spec = importlib.util.spec_from_file_location("timeml_bench", Path(__file__).parents[1] / "bench" / "timeml_bench.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    docs = [bench.parse_tml(p) for p in sorted(TIMEML.glob("*.tml"))[:3]]
    for d in docs:
        assert all(d.text[g.start:g.end] == g.text for g in d.gold)
    outputs = [[bench.Span(t.start, t.end, t.type, t.value) for t in find_timexes(d.text, d.anchor)] for d in docs]
    figures, _ = bench.score(docs, outputs)
    assert figures["gold"] > 0
    assert figures["relaxed"]["f1"] >= 0.7
    assert figures["strict"]["f1"] <= figures["relaxed"]["f1"]


def test_the_quarter_in_view_is_the_latest_one_over_by_the_anchor():
    text = ("Net rose 20% in the third quarter from a year ago. After a flat second quarter, results improved. "
            "The earthquake will result in a fourth-quarter charge. Profit fell in the latest quarter, "
            "compared with a gain a year ago.")
    found = [(t.text, t.value) for t in find_timexes(text, dt.date(1989, 11, 2))]
    assert found == [("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3"), ("second quarter", "1989-Q2"),
                     ("fourth-quarter", "1989-Q4"), ("the latest quarter", "1989-Q3"), ("a year ago", "1988-Q3")]


def test_last_year_in_a_quarterly_comparison_and_after_a_longer_span():
    anchor = dt.date(1989, 11, 2)
    text = ("Earnings fell in the third quarter, compared with a loss of $3 million last year. "
            "Last year the company was sold.")
    assert values(text, anchor) == ["1989-Q3", "1988-Q3", "1988"]
    text = "Net rose in the third quarter. In the first nine months, net rose 10% from a year earlier."
    assert values(text, anchor) == ["1989-Q3", "P9M", "1988"]


def test_adjectival_participles_and_other_clauses_do_not_decide_the_tense():
    feb = dt.date(1998, 2, 13)
    assert one("Qantas will double its flights by August in the search for markets untouched by the crisis.",
               feb).value == "1998-08"
    oct_ = dt.date(1989, 10, 26)
    assert values("The split would be paid on a still unspecified date in January to holders of record Dec. 21.",
                  oct_) == ["1990-01", "1989-12-21"]
    mar = dt.date(1998, 3, 22)
    assert one("The governments, which cosponsor the talks that are supposed to conclude by May, invited Sinn Fein "
               "to rejoin.", mar).value == "1998-05"
    assert one("He and Arafat meet separately Monday with Albright.", dt.date(1998, 5, 1)).value == "1998-05-04"
    # "next to" is a place, not the future: the blast told on a Saturday was the day before
    sat = dt.date(2026, 8, 8)
    assert one("Dozens died when a bomb ripped through a building next to the embassy on Friday.", sat).value \
        == "2026-08-07"
    # a clock time on a weekday takes the tense of its whole clause, not of the words around the weekday alone
    assert one("The father will leave at 4 a.m. local time Thursday, Castro said.",
               dt.date(2026, 4, 1)).value == "2026-04-02T04:00"


def test_the_week_of_a_day_is_its_iso_week():
    assert one("A court hearing is set for the week of March 6.", dt.date(2026, 2, 24)).value == "2026-W10"
    assert one("Talks were held the week of 12 October 2026.", None).value == "2026-W42"


def test_adverbs_of_frequency_after_a_figure_are_rates():
    assert find_timexes("Revenue should increase by 20% annually.", NOV_1) == []
    assert find_timexes("The plant would produce about 10,000 units annually.", NOV_1) == []
    t = one("The report is published annually.")
    assert (t.type, t.value) == ("SET", "P1Y")


def test_adjectival_frequency_is_a_set():
    t = one("The president said so in his weekly address.")
    assert (t.text, t.type, t.value) == ("weekly", "SET", "P1W")
    t = one("Officials brief the monitors on a daily basis.")
    assert (t.text, t.type, t.value) == ("daily", "SET", "P1D")


def test_spans_of_unknown_length_and_counts_with_more():
    t = one("Over the years many patients died.")
    assert (t.text, t.type, t.value) == ("the years", "DURATION", "PXY")
    t = one("They will have to live without it for a while.")
    assert (t.text, t.type, t.value) == ("a while", "DURATION", "PXX")
    t = one("The fleet may stay for at least 20 more years.")
    assert (t.text, t.value, t.mod) == ("at least 20 more years", "P20Y", "EQUAL_OR_MORE")
    assert values("Prices may fall in the weeks ahead and in coming weeks.") == ["PXW", "PXW"]
    assert values("Prices may fall in the coming months.") == ["FUTURE_REF"]


def test_a_live_blog_stamp_is_on_the_report_day_not_on_a_date_the_entry_before_named():
    text = ("20:45\n\nThe plan was handed to Kyiv on 20 November, officials recalled.\n\n"
            "19:05\n\nTalks resumed at 18:30 after a break.")
    values = {t.text: t.value for t in find_timexes(text, dt.date(2025, 11, 23))}
    assert values["20:45"] == "2025-11-23T20:45"
    assert values["19:05"] == "2025-11-23T19:05"


def test_a_clock_time_in_the_sentence_of_a_date_is_on_that_date():
    (day, clock) = find_timexes("On 20 November at 18:30 the envoys arrived.", dt.date(2025, 11, 23))
    assert clock.value == "2025-11-20T18:30"


def test_a_given_year_dates_a_text_that_names_none():
    values = [t.value for t in find_timexes("On October 16 the leaders spoke; on November 5 the talks stalled.",
                                            None, year=2025)]
    assert values == ["2025-10-16", "2025-11-05"]
    named = find_timexes("In May 2024 they met, and on October 16 they spoke.", None, year=2025)
    assert named[-1].value == "2024-10-16"  # the text's own year wins


def test_a_timeline_entry_in_the_present_tense_is_in_the_past():
    text = "Timeline:\n15 August – Trump and Putin meet in Anchorage.\n"
    past = lambda offset: False  # noqa: E731  (the parser reads "meet" as present)
    assert one(text, dt.date(2026, 1, 20), past_tense=past).value == "2025-08-15"


def test_last_and_next_with_a_month_and_day():
    anchor = dt.date(2000, 3, 29)
    assert one("He was shot to death last Oct. 23 at his home.", anchor).value == "1999-10-23"
    assert one("They met last March 3 in Istanbul.", anchor).value == "2000-03-03"
    assert one("The vote is due next March 3.", anchor).value == "2001-03-03"


def test_a_week_of_a_month():
    anchor = dt.date(2026, 5, 14)
    assert one("The meeting was slated for the last week of May.", anchor).value == "2026-W22"
    assert one("It moved to the first week of June 2026.", anchor).value == "2026-W23"


def test_a_weekday_after_until_lies_ahead_unless_told_in_the_past():
    monday = dt.date(2000, 4, 3)
    assert one("The relatives have until Tuesday to sign the paper.", monday).value == "2000-04-04"
    assert one("The talks lasted until Saturday, officials said.", monday).value == "2000-04-01"


@pytest.mark.parametrize("text,value", [
    ("Trump said on Sunday, October 26, that he had spoken with Putin the day before.", "2025-10-25"),
    ("The round was set for October 28. Ankara postponed it the evening before.", "2025-10-27TEV"),
    ("The envoys met on October 6 and again the week after.", "2025-W42"),
])
def test_the_day_before_counts_from_the_date_just_named(text, value):
    assert values(text)[-1] == value


def test_the_day_before_an_event_named_is_not_a_date_of_its_own():
    assert values("He arrived the day before the summit opened.") == []


def test_the_next_day_counts_from_the_last_day_named_past_a_coarser_date():
    text = ("On Wednesday, October 29, the first group came home, among them a man detained in 2022. "
            "The next day, Ukraine received the bodies of 1,000 soldiers.")
    assert values(text)[-1] == "2025-10-30"


def test_a_weekday_named_with_a_date_settles_its_year():
    # the only year the text names is 2022, but 29 October was a Wednesday in 2025, not in 2022
    assert values("On Wednesday, October 29, the group came home, among them a man detained in 2022.")[0] == "2025-10-29"


def test_without_anchor_an_undated_opening_takes_the_latest_year_named_after_it():
    text = ("The memorandum was handed over on March 3. In October 2025 the summit was cancelled, and in February "
            "2026 the talks moved to Geneva.")
    assert values(text, None)[0] == "2026-03-03"


def test_a_report_without_a_dateline_is_bounded_by_its_latest_past_day():
    from truceline.ingest.metadata import inferred_published
    text = ("Moscow handed over the memorandum in Geneva on March 3. In October 2025 the summit was cancelled and in "
            "February 2026 the talks moved to Geneva. On April 21 the presidents spoke by phone. Trump wants a result "
            "before the elections in November.")
    published = inferred_published(text)
    assert (published.value, published.mod) == ("2026-04-21", "ON_OR_AFTER")


def test_a_list_of_dates_takes_the_year_it_ends_with_and_that_year_the_one_before():
    text = ("They met in Istanbul on May 16, June 2 and July 23, 2025, for the first time since 2022. The Anchorage "
            "summit on August 15 of that year raised expectations.")
    assert values(text, dt.date(2026, 9, 22))[:3] == ["2025-05-16", "2025-06-02", "2025-07-23"]
    assert "2025-08-15" in values(text, dt.date(2026, 9, 22))


def test_overnight_is_the_night_before_the_report():
    (t,) = find_timexes("Drones struck Kharkiv overnight.", dt.date(2025, 12, 3))
    assert (t.type, t.value) == ("TIME", "2025-12-02TNI")


def test_the_nth_of_a_month_in_the_past_is_a_day_already_told_of():
    text = ("The sides met in Abu Dhabi on March 19, 2026. Two days later, 84 soldiers came home. A new round is "
            "scheduled for April 2. The exchange on the 21st was the fifth this year.")
    assert "2026-03-21" in [t.value for t in find_timexes(text, None) if t.text == "the 21st"]


def test_a_year_looked_back_to_is_not_the_year_of_the_dates_after_it():
    text = ("When the delegations sat down in Istanbul on May 16, 2025, it was the first time they had met since the "
            "spring of 2022. The second round, on June 2, was shorter. On August 15, Trump met Putin in Anchorage, the "
            "first summit since Geneva in 2021.")
    values = {t.text: t.value for t in find_timexes(text, None)}
    assert (values["June 2"], values["August 15"]) == ("2025-06-02", "2025-08-15")


def test_a_papers_name_is_no_frequency():
    assert values("diplomatic sources told Bosphorus Daily.") == []
    assert values("The ministers meet daily.") == ["P1D"]


def test_a_range_of_days_takes_its_year_and_is_dated_by_its_first_day():
    (t,) = find_timexes("- January 23-24, 2026: First trilateral round in Abu Dhabi.", dt.date(2026, 2, 10))
    assert (t.text, t.value) == ("January 23-24, 2026", "2026-01-23")


def test_that_year_is_the_year_of_the_date_just_named_whatever_its_grain():
    text = "The talks resumed on Tuesday. A summit was shelved in October 2025. They met in August of that year."
    assert values(text, dt.date(2026, 4, 8))[2:] == ["2025-08", "2025"]


def test_the_nth_told_in_the_past_after_the_anchor_is_last_months():
    text = "By Olena Hrytsenko\nFebruary 3, 2026\n\nThe latest round began on the 21st, when Umerov met Witkoff."
    assert values(text, dt.date(2026, 2, 3))[-1] == "2026-01-21"
    assert values("The envoys will meet again on the 21st.", dt.date(2026, 2, 3)) == ["2026-02-21"]


def test_a_day_something_was_planned_for_is_still_ahead_when_it_is_put_off():
    # (told on a Sunday and on a Wednesday: the planned day is the nearest one, here still ahead; see
    # test_a_weekday_an_event_was_set_for_before_it_was_called_off_is_the_nearest)
    sunday = dt.date(2026, 3, 8)
    assert one("The meeting, which was planned for Tuesday in Abu Dhabi, has been postponed.", sunday).value \
        == "2026-03-10"
    assert one("A second session planned for Thursday was cancelled.", dt.date(2026, 5, 20)).value == "2026-05-21"
    assert one("The delegations met on Tuesday in Abu Dhabi.", sunday).value == "2026-03-03"


def test_the_evening_of_a_named_day_is_that_day_not_the_anchors_evening():
    found = [(t.text, t.value) for t in find_timexes("They spoke on the evening of 19 January. Aides met in the "
                                                     "evening.", dt.date(2026, 3, 11))]
    assert found[0] == ("19 January", "2026-01-19")
    assert ("the evening", "2026-01-19TEV") in found  # a bare evening after it is still read, on the day just named


@pytest.mark.parametrize("text, value", [("on June 2 of last year", "2025-06-02"), ("on 3 March of this year", "2026-03-03"),
                                         ("by 1 May of next year", "2027-05-01")])
def test_a_day_of_last_this_or_next_year_is_one_expression(text, value):
    t = one(text, dt.date(2026, 11, 3))
    assert (t.text, t.value) == (text.split(" ", 1)[1], value)


def test_a_day_weeks_after_the_anchor_told_in_the_past_of_the_year_the_story_is_in_is_that_years():
    text = "That is how the diplomacy of 2025 began. On 12 February, Trump and Putin spoke for ninety minutes."
    found = {t.text: t.value for t in find_timexes(text, dt.date(2026, 1, 14))}
    assert found["12 February"] == "2025-02-12"
    ahead = {t.text: t.value for t in find_timexes("Talks resume on 12 February, officials said.", dt.date(2026, 1, 14))}
    assert ahead["12 February"] == "2026-02-12"


def test_a_day_months_after_the_anchor_in_a_story_of_the_year_before_is_that_years():
    text = "So began the diplomacy of 2025. Then the call with Trump on 18 March: a moratorium on energy strikes."
    found = {t.text: t.value for t in find_timexes(text, dt.date(2026, 1, 14))}
    assert found["18 March"] == "2025-03-18"


@pytest.mark.parametrize("text,value", [("Aired 09/13/26", "2026-09-13"), ("filed 3/4/98", "1998-03-04"),
                                        ("12 Nov, 09:41", "2026-11-12")])
def test_short_forms_of_a_day(text, value):
    assert find_timexes(text, dt.date(2026, 11, 26))[0].value == value


TIMELINE = """May 16, 2025 — The first direct talks take place in Istanbul.

May 23–25 — The agreed swap is carried out in three stages.

October 16: Trump and Putin agree to meet. On Oct. 22 the Treasury imposes sanctions.

Dec. 28: Zelensky meets Trump in Florida.

Jan. 6 — Leaders sign a declaration in Paris.
"""


def test_a_timelines_entries_run_on_from_the_year_before_them_whatever_their_tense():
    values = [t.value for t in find_timexes(TIMELINE, dt.date(2026, 2, 13)) if t.type == "DATE"]
    assert values == ["2025-05-16", "2025-05-23", "2025-10-16", "2025-10-22", "2025-12-28", "2026-01-06"]



def test_years_counted_on_from_a_year_named_move_the_narrative_to_that_year():
    text = "In September 2014 I sat in Minsk. Twelve years later, I hear the same word. On Tuesday, June 9, they agreed."
    assert [t.value for t in find_timexes(text)] == ["2014-09", "2026-09", "2026-06-09"]


def test_that_same_evening_is_the_day_before_it():
    text = "On 26 November Russia handed over a draft. Kyiv turned it down that same evening; the very same day, it left."
    found = find_timexes(text, dt.date(2026, 12, 2))
    assert [(t.text, t.value) for t in found] == [("26 November", "2026-11-26"), ("that same evening", "2026-11-26TEV"),
                                                 ("the very same day", "2026-11-26")]


@pytest.mark.parametrize("text,value", [
    ("Published on 15 avr. 2026 at 06h45", "2026-04-15"),
    ("their last call, on 1er juillet 2025", "2025-07-01"),
    ("la cumbre del 14 de abril de 2026", "2026-04-14"),
])
def test_a_date_line_left_in_french_or_spanish(text, value):
    assert [t.value for t in find_timexes(text, dt.date(2026, 4, 20))] == [value]


def test_a_foreign_month_name_without_a_day_is_a_word():
    assert find_timexes("The Mars rover and the mai tai.", dt.date(2026, 4, 20)) == []


@pytest.mark.parametrize("text,value", [
    ("2026/2/19 06:45 (JST)", "2026-02-19T06:45"),          # year first, as East Asian pages write it
    ("Bruselas - 20 mar 2026 - 07:15 CET", "2026-03-20"),    # a short month of any case before a year
    ("Posted 08/06/2026.", "2026-08-06"),                    # both could be months: the US order
    ("Posted 20/03/2026; amended 08/06/2026.", "2026-06-08"),  # the text writes its dates day first
])
def test_numeric_and_abbreviated_date_lines(text, value):
    assert value in [t.value for t in find_timexes(text, dt.date(2026, 9, 1))]


def test_a_short_month_without_a_year_after_it_is_a_word():
    assert [t.text for t in find_timexes("Of the 27, 5 may abstain.", dt.date(2026, 9, 1))] == []


def test_the_page_stamp_at_the_very_bottom_dates_it_before_a_dated_reference_above_it():
    from truceline.ingest.metadata import dateline_published
    entries = "\n\n".join(f"On {day} August envoys of the coalition met in Berlin to discuss air defence for Ukraine "
                           "and the next round of talks, officials said after the meeting." for day in range(3, 11))
    text = (f"Timeline entries\n\n{entries}\n\n^ Envoys meet in Ankara. Wire service. 7 July 2026.\n\n"
            "This page was last edited on 3 October 2026, at 18:22 (UTC).")
    assert dateline_published(text).value == "2026-10-03"


def test_a_chronologys_dated_entries_are_no_dateline():
    from truceline.ingest.metadata import dateline_published
    entries = "\n\n".join(f"{day} July – Envoys of the coalition met in Berlin to discuss air defence for Ukraine "
                          "and the next round of talks, officials said after the meeting." for day in (1, 7, 15))
    text = f"{entries}\n\nThis page was last edited on 3 October 2026, at 18:22 (UTC)."
    assert dateline_published(text).value == "2026-10-03"


def test_a_deadline_in_the_headline_is_no_dateline():
    from truceline.ingest.metadata import dateline_published
    text = ("Premier after the call: guarantees for the pipeline until 20 February, otherwise no electricity\n\n"
            "12. 2. 2026 09:10 | Author: Jana Kováčová\n\n"
            "The premier telephoned on Wednesday with the Ukrainian president, the government office said.")
    assert dateline_published(text).value == "2026-02-12"


def test_a_commentarys_notes_at_its_foot_are_no_stamp():
    from truceline.ingest.metadata import dateline_published
    body = "\n\n".join(f"Paragraph {n}: Europe should start using its money now, the institute's fellow writes, "
                         "because the talks have stalled." for n in range(1, 8))
    text = ("Three plans and no summit: what the collapse of the track means for Europe\n\n" + body + "\n\n"
            "Notes\n[1] State Department background briefing, 28 April 2026.\n"
            "[2] Finnish Ministry of Defence, 15 May 2026.\n\nAbout the author\nAnnika Rautio is a Senior Fellow.")
    assert dateline_published(text) is None


def test_a_day_first_numeric_date_past_the_twelfth_is_read():
    assert [t.value for t in find_timexes("Press release 312/26 of 20/04/2026, 15:10", dt.date(2026, 4, 20))][:1] == [
        "2026-04-20"]


def test_dashed_dates_are_day_first():
    assert values("First published on: 15-09-2026 at 14:05 IST", None)[0] == "2026-09-15"
    assert values("Signed in Minsk on 03-10-2026.", None) == ["2026-10-03"]


def test_a_slashed_date_that_would_still_be_ahead_read_month_first_is_day_first(monkeypatch):
    import truceline.nlp.timex_grammar as grammar

    class Today(dt.date):
        @classmethod
        def today(cls):
            return dt.date(2026, 11, 26)

    monkeypatch.setattr(grammar.dt, "date", Today)
    assert values("Published on 12/06/2026 at 19:14", None)[0] == "2026-06-12"  # not 6 December, still to come
    assert values("Published on 11/06/2026 at 19:14", None)[0] == "2026-11-06"  # US order while both are past


def test_a_slashed_date_on_a_page_stamped_in_a_day_first_language_is_day_first():
    assert values("09/07/2026 19h42 - Atualizado há 2 horas", None)[0] == "2026-07-09"
    assert values("Publicado em 09/07/2026", None)[0] == "2026-07-09"
    assert values("Posted 09/07/2026 7:42 PM", None)[0] == "2026-09-07"  # an American stamp stays month first


def test_this_weekend_told_midweek_in_the_present_is_the_one_ahead():
    wednesday = dt.date(2026, 6, 24)
    assert values("The second stage of the swap happens this weekend.", wednesday) == ["2026-W26-WE"]
    assert values("The envoys met this weekend in Miami.", wednesday) == ["2026-W25-WE"]


def test_a_day_of_the_month_told_after_other_words_than_on():
    march_25 = dt.date(2026, 3, 25)
    text = "From the night of the 18th to the morning of the 19th of this month, Russia launched 140 drones."
    assert values(text, march_25) == ["2026-03-18", "2026-03-19"]
    assert values("The exchange was completed by the 21st, officials said.", march_25) == ["2026-03-21"]
    assert values("They will stop the strikes from the 1st of next month.", march_25) == ["2026-04-01"]
    assert values("The team rose to the 5th place in the table.", march_25) == []  # a rank, no day


def test_a_clock_time_on_a_weekday_named_with_its_date_is_on_that_date():
    t = one("Beginning at midnight Kyiv time this Thursday, October 1, both sides stop strikes.", dt.date(2026, 9, 24))
    assert (t.text, t.value[:10]) == ("midnight Kyiv time this Thursday, October 1", "2026-10-01")


def test_a_month_something_was_set_for_or_an_unreal_condition_supposes_lies_ahead():
    anchor = dt.date(2026, 3, 19)
    assert one("Consultations planned for early April in Istanbul had been called off.", anchor).value == "2026-04"
    assert one("If a summit were held in Istanbul in July, Moscow would ask for more.", anchor).value == "2026-07"
    assert one("A summit was held in Istanbul in July.", anchor).value == "2025-07"  # told as past: last year's


@pytest.mark.parametrize("text, value", [
    ("6 октября 2026, 12:30", "2026-10-06"),
    ("6 жовтня 2026 року", "2026-10-06"),
    ("6 października 2026 r.", "2026-10-06"),
    ("Dnes, 6. října 2026", "2026-10-06"),
    ("Publicat: 6 octombrie 2026", "2026-10-06"),
    ("Kedd, 2026. október 6. 12:30", "2026-10-06"),
    ("6 Ekim 2026, Salı", "2026-10-06"),
    ("6 oktober 2026 om 12:30", "2026-10-06"),
    ("6. lokakuuta 2026", "2026-10-06"),
    ("6 Οκτωβρίου 2026", "2026-10-06"),
    ("2026年10月6日 12時30分", "2026-10-06"),
    ("06.10. 12:30", "2026-10-06"),  # day and month in figures, the year the anchor's
    ("The previous exchange took place on 15.05, the ombudsman said.", "2026-05-15"),
])
def test_date_lines_in_other_languages_and_figures(text, value):
    assert values(text, dt.date(2026, 10, 6))[0] == value


@pytest.mark.parametrize("text", ["Shares closed at 12.05.", "Version 2.1. was released.", "It fell by 12.10 points."])
def test_figures_with_points_are_not_dates(text):
    assert values(text, dt.date(2026, 10, 6)) == []


@pytest.mark.parametrize("text, value", [
    ("Riyadh, Sun 9 Jumada Al-Akhirah 1447 H - The Crown Prince received a call.", "2025-11-30"),
    ("The decision was taken on 1 Ramadan 1447 AH.", "2026-02-18"),
    ("Riyadh, Jumada Al-Awwal 16, 1448, SGPA -- The minister chaired the session.", "2026-10-27"),  # month first
])
def test_a_day_of_the_hijri_calendar_is_its_gregorian_day(text, value):
    assert values(text, None)[0] == value


def test_a_night_told_from_one_day_to_the_next_is_on_the_day_it_ends():
    assert values("Russia struck the grid in the night of Friday to Saturday.", dt.date(2026, 3, 9)) == ["2026-03-07"]
    assert values("The drones came in the night from Monday into Tuesday.", dt.date(2026, 3, 12)) == ["2026-03-10"]


def test_a_wire_dateline_with_the_month_in_capitals():
    assert values("(ANP) - WARSAW, 14 OCT - The foreign minister said on Tuesday ...", None)[0] == "XXXX-10-14"


@pytest.mark.parametrize("text, anchor, value", [
    ("Nine children returned yesterday, Friday (27/2), to their families.", dt.date(2026, 2, 28), "2026-02-27"),
    ("The ministry announced it on Saturday (26), and Kiev accepted on Sunday (27).", dt.date(2026, 9, 29),
     "2026-09-26"),
])
def test_a_weekday_with_its_day_in_figures_in_brackets_is_that_day(text, anchor, value):
    assert find_timexes(text, anchor)[0].value == value


def test_a_weekday_with_its_day_in_brackets_dates_a_report_told_the_day_after():
    # "yesterday, Friday (27/2)": the report is of the 28th
    published = relative_published("Nine Ukrainian children returned yesterday, Friday (27/2), to their families, "
                                   "the ombudsman Dmytro Lubinets announced.", office_year=2026, latest=2026)
    assert published is not None and published.value == "2026-02-28"


def test_a_live_pages_time_of_day_with_its_zone_is_no_day_of_the_month():
    assert [t.value for t in find_timexes("15.10 GMT\nThe US Treasury imposed sanctions on four banks.",
                                          dt.date(2026, 6, 16))] == []


@pytest.mark.parametrize("text, value", [
    ("The delegations agreed in Istanbul on the past day 9, the ministry said.", "2025-06-09"),
    ("The second group of wounded came home on the day 14.", "2025-06-14"),
])
def test_a_day_of_the_month_told_as_a_translated_past_day_is_that_day(text, value):
    assert [t.value for t in find_timexes(text, dt.date(2025, 6, 17))] == [value]


def test_a_numbered_day_of_talks_is_no_day_of_the_month():
    assert find_timexes("On day 3 of the talks the delegations swapped drafts.", dt.date(2025, 6, 17)) == []
