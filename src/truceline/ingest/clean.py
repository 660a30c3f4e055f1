"""Cleaning: page furniture out, the translation notice recorded, every paragraph of the body kept.

Scraped pages come as lines: menus, buttons, counters and photo credits sit
between the paragraphs of the report. We drop the lines that are furniture
(patterns in data/furniture.yaml), take the headline off the top, and keep
every other line as a paragraph, in order.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

import justext
import pycountry
import yaml

from spacy.language import Language

from ..nlp.timex import find_timexes, outside_timexes
from ..record import Translation
from ..settings import DATA_DIR
from .lines import furniture_scores, load_line_model

_SENTENCE_END = tuple('.!?:;"”»)…')
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class CleanText:
    text: str
    title: str | None = None
    translation: Translation | None = None
    removed: list[str] = field(default_factory=list)
    masthead: str | None = None  # the publication's name set in capitals above the headline
    header: list[str] = field(default_factory=list)  # lines above the body that may carry its date
    commented: list[str] = field(default_factory=list)  # the stamps of readers' comments: the page was up by then


@dataclass(frozen=True)
class _Notice:
    pattern: re.Pattern[str]
    service: str | None
    language: str | None = None  # the language the notice is written in: the page's own
    machine: bool = True  # False for a human translation ("Unofficial translation from Russian")
    usual_source: str | None = None  # the language a service mostly translates from, when nothing else tells


@dataclass(frozen=True)
class _Furniture:
    lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    notices: tuple[_Notice, ...]
    languages: dict[str, str]
    bar_words: frozenset[str]
    # (language, its words for translating, for "by machine", for both at once): notices in the source's language
    foreign_notices: tuple[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...]


def _iso_languages() -> dict[str, str]:
    """Every language ISO 639-1 codes, by its English name as a notice writes it ("translated from Lithuanian",
    "from Greek": ISO's "Modern Greek (1453-)"); the names in furniture.yaml add others' words for them."""
    out: dict[str, str] = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None)
        if code is None:
            continue
        for name in re.split(r"[;,]", lang.name):
            name = re.sub(r"\(.*?\)", "", name).strip().casefold()
            name = re.sub(r"^(?:modern|standard)\s+", "", name)
            if name and " " not in name:
                out.setdefault(name, code)
    return out


@lru_cache(maxsize=1)
def _furniture() -> _Furniture:
    data = yaml.safe_load((DATA_DIR / "furniture.yaml").read_text(encoding="utf-8"))
    return _Furniture(
        lines=frozenset(s.casefold() for s in data["lines"]),
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["patterns"]),
        notices=tuple(_Notice(re.compile(n["pattern"], re.IGNORECASE), n.get("service"), n.get("language"),
                              n.get("machine", True), n.get("usual_source"))
                      for n in data["translation_notices"]),
        languages={**_iso_languages(), **{k.casefold(): v for k, v in data["languages"].items()}},
        foreign_notices=tuple((code, re.compile(rf"\b(?:{cues['translated']})", re.IGNORECASE),
                               re.compile(rf"\b(?:{cues['machine']})", re.IGNORECASE),
                               re.compile(rf"\b(?:{cues['both']})", re.IGNORECASE) if cues.get("both") else None)
                              for code, cues in data["foreign_notices"].items()),
        bar_words=frozenset(w.casefold() for w in data["bar_words"]),
    )


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture rather than report text."""
    f = _furniture()
    s = line.strip()
    if not s:
        return False
    if s.casefold() in f.lines:
        return True
    words = re.findall(r"\w+", s.casefold())
    if len(words) >= 2 and all(w in f.bar_words for w in words) and not re.search(r"[.!?]$", s):
        return True  # "Share Tweet WhatsApp"
    if _SLASHED_DATE.search(s) and len(s) <= 60:
        return False  # "Aired 09/13/26" is a date line, not a breadcrumb's "a / b / c"
    return any(p.fullmatch(s) for p in f.patterns)


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # direction marks around right-to-left words


def _foreign_label(line: str) -> bool:
    """A short line in another script on a page in Latin letters: a menu item or button of the source's own
    language ("مشاركة", "Поделиться", "関連ニュース") left on a translated page."""
    letters = [c for c in line if c.isalpha()]
    return len(line) <= 80 and len(letters) >= 2 and sum(not ("a" <= c.casefold() <= "z" or "\u00c0" <= c <= "\u024f")
                                                       for c in letters) >= 0.7 * len(letters)


_SLASHED_DATE = re.compile(r"(?<![\w/])[0-3]?\d/[0-3]?\d/(?:\d\d){1,2}(?![\w/])")


def translation_notice(line: str, page: str) -> Translation | None:
    """The translation a notice line records, or None if the line is no such notice.

    The source language is what the notice says ("translated from Russian"),
    else the script the notice or the page's leftovers are written in.
    """
    s = line.strip()
    found = _notice_in(s, page)
    if found is None and len(s) <= 300:
        # "Ovaj članak je strojno preveden s hrvatskog jezika. This article was machine translated from Croatian
        # using Google Translate.": the notice in the page's language, then in English, on one line
        parts = [p for p in re.split(r"(?<=[.!?])\s+|\s+[/|·•]\s+", s) if p]
        found = next((n for p in parts[1:] if (n := _notice_in(p, page)) is not None), None) if len(parts) > 1 else None
        named = _named_language(s) if found is not None and found.source_language in (None, "en") else None
        if named:
            found.source_language = named  # "Original text: Finnish · Translated by Google"
    return found


def _notice_in(s: str, page: str) -> Translation | None:
    f = _furniture()
    for notice in f.notices:
        m = notice.pattern.fullmatch(s)
        if not m:
            continue
        named = (m.groupdict().get("from") or "").casefold()
        source = f.languages.get(named) or notice.language or (_script_language(s) if _CYRILLIC.search(s) else None)
        if source is None and _CYRILLIC.search(page):
            source = _script_language(page)
        source = source or _named_language(s) or _switcher_language(page) or _stoplist_language(page) \
            or notice.usual_source
        named_service = (m.groupdict().get("service") or "").casefold()
        service = notice.service or _service_in(named_service)
        return Translation(machine=notice.machine, service=service, source_language=source)
    return _worded_notice(s, page) or _own_language_notice(s, page) or _original_notice(s)


# A translation by hand that names the original: "The Japanese original of this article appeared in the Oct. 9 evening
# edition.", "Translated from the Japanese original."
_ORIGINAL = re.compile(r"^(?:\(|\*)?\s*(?:[Tt]he\s+|[Tt]ranslated\s+from\s+the\s+)([A-Z][a-z]+)(?:-language)?\s+original\b"
                       r"(?:\s+of\s+this\s+(?:article|report|story|interview|text|column|editorial))?")


def _original_notice(s: str) -> Translation | None:
    m = _ORIGINAL.match(s)
    code = _furniture().languages.get(m.group(1).casefold()) if m and len(s) <= 200 else None
    return Translation(machine=False, source_language=code) if code and code != "en" else None


_SERVICES = {"google": "Google Translate", "deepl": "DeepL", "yandex": "Yandex Translator", "яндекс": "Yandex Translator"}


def _service_in(words: str) -> str | None:
    """The translation service some words name ("by Google Translate", "DeepL"), if any."""
    return next((name for key, name in _SERVICES.items() if key in words.casefold()), None)
# A notice worded in a way no pattern knows: a short line that opens as a notice does and speaks of translating,
# by machine ("This material was translated automatically by the Google Translate service. … is not responsible
# …") or by hand ("(Unofficial translation of the German-language passages. …)")
_NOTICE_OPENING = re.compile(r"^[^\w]{0,4}\s*(?:note:\s*)?(?:this|the|translated|translation|machine|automatic\w*|"
                             r"auto-?translated|unofficial|informal|post|posts|page|text|texts)\b", re.IGNORECASE)
_TRANSLATING = re.compile(r"\btranslat\w+", re.IGNORECASE)
_BY_MACHINE = re.compile(r"\b(?:automatic\w*|auto-?translat\w*|machine|google|deepl|yandex|"
                         r"translation\s+(?:service|system|tool|engine))\b",
                         re.IGNORECASE)
_BY_HAND = re.compile(r"\b(?:unofficial|informal|own|editorial)\s+(?:translation|team)\b|\btranslated\s+by\s+(?:the\s+)?"
                      r"(?:editorial|editors?|newsroom|staff)\b", re.IGNORECASE)


def _worded_notice(s: str, page: str) -> Translation | None:
    if len(s) > 250 or not _NOTICE_OPENING.match(s) or not _TRANSLATING.search(s) or re.search(r"[\"“”«»]", s) \
            or re.search(r"\b(?:said|says|told|according)\b", s):
        return None  # (a report's own sentence about a translation is no notice)
    machine = bool(_BY_MACHINE.search(s))
    if not machine and not _BY_HAND.search(s):
        return None
    languages = _furniture().languages
    named = [languages[w] for w in re.findall(r"[A-Za-z]+", s.casefold()) if w in languages and languages[w] != "en"]
    service = _service_in(s)
    source = named[0] if named else _switcher_language(page) or (_script_language(page) if _CYRILLIC.search(page) else None)
    return Translation(machine=machine, service=service if machine else None, source_language=source)
def _own_language_notice(s: str, page: str) -> Translation | None:
    """A machine-translation notice in the source's own language ("Acest articol a fost tradus automat din limba
    română.", "Strojový překlad z češtiny"): the language it names, else its own."""
    if len(s) > 200 or re.search(r"[\"“”«»„]", s) or s.rstrip().endswith(("?", ":")):
        return None
    for code, translated, machine, both in _furniture().foreign_notices:
        # (the service named in the notice's own language tells a machine too: "Prevedeno s jezika: hrvatski · Google
        # Prevoditelj", "Переведено: русский → английский · Яндекс Переводчик")
        if (both is not None and both.search(s)) or (translated.search(s) and (machine.search(s) or _service_in(s))):
            return Translation(machine=True, service=_service_in(s), source_language=_named_language(s) or code)
    return None


def _named_language(s: str) -> str | None:
    """The language a notice names as the source ("from Romanian", "din limba română", "z češtiny"), not English."""
    languages = _furniture().languages
    folded = s.casefold()
    for words in (2, 1):
        for m in re.finditer(r"(?=(\b[^\W\d_]+" + r"(?:\s+[^\W\d_]+)" * (words - 1) + r"))", folded):
            code = languages.get(m.group(1))
            if code and code != "en":
                return code
    return None


_SWITCHER = re.compile(r"^\s*([A-Z]{2})(?:\s*[|/·]\s*[A-Z]{2})+\s*$", re.MULTILINE)


def _switcher_language(page: str) -> str | None:
    """The page's own language from its language switcher ("RU | EN" on a translated page: the first code
    that is not English), or None."""
    for m in _SWITCHER.finditer(page):
        codes = [c.casefold() for c in re.findall(r"[A-Z]{2}", m.group(0))]
        other = [{"ua": "uk"}.get(c, c) for c in codes if c != "en"]
        if other and len(codes) <= 6:
            return other[0]
    return None


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    """jusText's stop-word lists (a hundred languages), by ISO 639-1 code where pycountry knows the language."""
    out: dict[str, frozenset[str]] = {}
    for name in justext.get_stoplists():
        language = pycountry.languages.get(name=name.replace("_", " ").split()[0])
        code = getattr(language, "alpha_2", None) if language is not None else None
        if code is not None and code not in out:
            out[code] = frozenset(justext.get_stoplist(name))
    return out


_MIN_STOP_HITS = 8  # stop words of one language on a page (its menus, banners, comments) that tell its language


def _stoplist_language(page: str) -> str | None:
    """The language a translated page's own furniture is written in ("Ez a weboldal sütiket használ. Elfogadom"):
    the one whose stop words, not English ones, the page has most of, well ahead of the next; None if none is."""
    lists = _stoplists()
    english = lists.get("en", frozenset())
    words = [w for w in re.findall(r"[^\W\d_]+", page.casefold()) if w not in english]
    hits = sorted(((sum(w in stop for w in words), code) for code, stop in lists.items() if code != "en"),
                  reverse=True)
    if len(hits) < 2 or hits[0][0] < _MIN_STOP_HITS or hits[0][0] < 1.5 * hits[1][0]:
        return None
    return hits[0][1]


def _script_language(s: str) -> str:
    """'uk' for Cyrillic with the letters only Ukrainian has (і, ї, є, ґ), 'ru' for other Cyrillic, else 'en'."""
    if re.search(r"[іїєґІЇЄҐ]", s):
        return "uk"
    return "ru" if _CYRILLIC.search(s) else "en"


def language_of(text: str) -> str:
    """ISO 639-1 code of the text by its script: 'ru' for Cyrillic, otherwise 'en'."""
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    return "ru" if cyr > lat else "en"


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATED = re.compile(rf"\b(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})\b.*\b\d{{4}}(?:\b|(?=\d{{1,2}}:\d\d))"
                    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[./]\s?\d{{1,2}}[./]\s?\d{{4}}\b"
                    rf"|\b\d{{4}}\.\s+{_MONTHS}\s+\d{{1,2}}\.",  # "June 15, 20266:04 AM" (glued), "8. 7. 2026",
                    re.IGNORECASE)  # "2026. October 7." (year first)


# an HTML entity left in scraped text: "&#8217;", "&amp;"
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)
# A line that is only a numeric date and time: "2026/2/19 06:45 (JST)", "08/06/2026 09:47 GMT", "2026-03-05 08:41"
_STAMP_LINE = re.compile(r"\s*(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
                         r"(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?)?"
                         r"(?:\s*\(?[A-Z]{2,4}\)?)?\s*")
# a full date with the time of day on a line of furniture: "Source: Xinhua | 2026-04-14 21:06:43 | Editor: huaxia"
_STAMPED = re.compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?:[ T,]+|\s+at\s+)\d{1,2}:\d{2}\b")
# the page's own stamp, wherever it stands: "Published on 12/06/2026 at 19:14", "First published on: 15-09-2026 …"
_PUBLISHED_LABEL = re.compile(
    r"\s*(?:first\s+)?(?:published|posted|publié(?:e)?\s+le|mis\s+en\s+ligne|publicado|pubblicato|veröffentlicht|"
    r"publiziert|opublikowano|publikováno|publikované|publicat|gepubliceerd|julkaistu|publicerad|publisert|"
    r"publiceret|közzétéve|опубликовано|опубліковано|публикувано|објављено|objavljeno)(?!\w)", re.IGNORECASE)
# a by-line's stamp: "By the World Desk · Updated Sat, Nov 21, 2026 · 7:05 AM ET"
_STAMP_WORD = re.compile(r"\b(?:published|updated|posted)\b", re.IGNORECASE)
# a line that is only a date, perhaps with a time: "14 November, 10:25", "Nov. 3 · 09:40"
_DATE_LINE = re.compile(rf"(?:\w+,\s*)?(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})(?:,?\s*\d{{4}})?"
                        rf"(?:\s*[,·|•-]?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*\w{{2,4}})?)?",
                        re.IGNORECASE)


LEARNED_THRESHOLD = 0.8  # the furniture model's probability at which a line the rules keep goes
LABEL_THRESHOLD = 0.7  # the same for a line that does not end as a sentence (measured by scripts/train_lines.py --folds)
_SENTENCE_LIKE_END = (".", "!", "?", "…", "”", '"', "»", ")")


def _threshold(line: str) -> float:
    """The furniture model's probability at which a line goes: lower for a line that does not end as a sentence
    does (a label, a button, a headline of another story) than for one that does, where a wrong call loses text."""
    return LEARNED_THRESHOLD if line.rstrip().endswith(_SENTENCE_LIKE_END) else LABEL_THRESHOLD


# a web archive's banner: the day it saved the page, not the day the page was published ("Captured 20 Jul 2025 06:12:44
# UTC", "3 captures · 19 Jul 2025 – 2 Aug 2025")
_CAPTURED = re.compile(r"\s*(?:(?:captured|saved|archived)\s+(?:on\s+)?(?:\d|[A-Za-z]{3,9}\.?\s+\d)|[\d,]+\s+captures?\b)",
                       re.IGNORECASE)


def _dated_line(line: str) -> bool:
    """A short line with a day's date or a time on it ("Publié le 16 mai 2026 à 07h00"): kept for the publication
    date, whatever the model says."""
    return len(line) < 100 and bool(
        _DATED.search(line) or _DATE_LINE.fullmatch(line) or _STAMP_LINE.fullmatch(line) or _STAMP.search(line)
        or any(t.type == "DATE" and re.match(r"\d{4}-\d\d-\d\d", t.value or "") for t in find_timexes(line, None))
        and (re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[:.]\d\d\b", line) or _date_only(line)))
    # (a day with no year nor time in a promo's words is no stamp: "LIVE | Parliamentary elections of 28 September:
    # follow our live blog")


def _is_headline(line: str) -> bool:
    s = line.strip()
    return (0 < len(s) <= 200 and not s.endswith((".", "…", ",", ";")) and len(s.split()) >= 2
            and not _DATED.search(s) and not _DATE_LINE.fullmatch(s) and not _is_masthead(s) and not _only_time(s)
            and not _date_only(s))


def _date_only(line: str) -> bool:
    """A date line in any language the time module reads, with at most a few words beside the date: "6. Oktober
    2026, 12:30 Uhr", "Kedd, 2026. október 6. 12:30", "Publicat: 6 octombrie 2026, ora 12:30"."""
    if len(line) > 80:
        return False
    found = [t for t in find_timexes(line, None) if t.type in ("DATE", "TIME") and t.granularity in ("day", "time")]
    if not found:
        return False
    return len(re.findall(r"[^\W\d_]+", outside_timexes(line, found))) <= 3


_SEGMENT = re.compile(r"\s+[|/·•]\s+")


def _byline_day(line: str) -> bool:
    """A by-line of parts set apart by bars or slashes, one of them a day with its year: "Jakarta / Sat, October 3,
    2026 / 02:14 pm"."""
    parts = _SEGMENT.split(line)
    return len(line) <= 140 and len(parts) >= 2 and any(
        re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", part) and _date_only(part) for part in parts)


def _only_time(line: str) -> bool:
    """A post's stamp and nothing else: "16 March at 09:14 · 🌐", "Yesterday at 21:05"."""
    if len(line) > 60:
        return False
    rest = outside_timexes(line, find_timexes(line, None))
    return rest != line and len(re.sub(r"\b(?:at|on|\w)\b|[^\w]", "", rest.casefold())) == 0


_FLAG = re.compile(r"(?:LIVE|BREAKING|BREAKING NEWS|WATCH|VIDEO|UPDATE|UPDATED|EXCLUSIVE|OPINION|ANALYSIS|PHOTOS|LISTEN|"
                   r"PODCAST|SPONSORED|ADVERTISEMENT|AD|NEW|JUST IN|DEVELOPING)")


def _is_masthead(line: str) -> bool:
    """A publication's name set in capitals: "VESTNIK NEWS AGENCY", "THE EASTERN DISPATCH"."""
    line = re.split(r"\s[·|•]\s", line)[0]
    if _FLAG.fullmatch(line.strip()):
        return False  # "LIVE | Parliamentary elections of 28 September: follow our live blog" is a promo's flag
    letters = [c for c in line if c.isalpha()]
    return (1 <= len(line.split()) <= 6 and len(letters) >= 4 and all(c.isupper() for c in letters)
            and not any(c.isdigit() for c in line))


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines of one paragraph (a line that stops mid-sentence, the next going on in lower case)."""
    out: list[str] = []
    for line in lines:
        if out and not out[-1].endswith(_SENTENCE_END) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def page_lines(raw: str) -> list[str]:
    """A scraped page's lines as cleaning reads them: one line ending, no-break spaces as spaces, HTML entities
    left by a feed decoded ("&#8217;", "&amp;")."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if _ENTITY.search(raw):
        raw = html.unescape(raw).replace("\u00a0", " ")
    return raw.split("\n")


def clean_text(raw: str, *, title: str | None = None, find_title: bool = True,
               line_model: Language | None | bool = True) -> CleanText:
    """The report body of a scraped page's text, with its headline and translation notice apart.

    `title` is the headline when already known (HTML metadata, a feed): the
    first line equal to it is dropped. With `find_title`, the first line that
    reads as a headline becomes the title. `line_model` is the learned furniture
    model (ingest/lines.py) that removes furniture no rule knows: True for the
    one in the package, a loaded one, or None for the rules alone.
    """
    lines = page_lines(raw)
    raw = "\n".join(lines)
    if line_model is True:
        line_model = load_line_model()
    learned = furniture_scores(lines, line_model) if line_model else [0.0] * len(lines)
    headline = None  # the headline the rules find is kept whatever the model says
    if any(score >= _threshold(line) for score, line in zip(learned, lines)):
        headline = title or clean_text(raw, find_title=find_title, line_model=None).title
    translation: Translation | None = None
    removed: list[str] = []
    stamps: list[str] = []  # the page's own time stamps, taken off as furniture above the body
    commented: list[str] = []
    blocks: list[list[str]] = [[]]
    # (block, position) -> menu items the model took off right before that line: the rest of their menu is one too
    menu_before: dict[tuple[int, int], int] = {}
    related = False  # under a "Related" heading: the headlines listed there
    comments = False  # under a page's reader comments: every short line after them
    credited = False  # the line before was a picture's credit: the caption may come under it
    sponsored = False  # the line before was a "SPONSORED" label: the sponsor's line comes under it
    latin_page = language_of(raw) == "en"
    contents = _contents_lines(lines)  # a numbered table of contents: "2 February 2026" there is a section, no date
    for n, line in enumerate(lines):
        s = re.sub(r"[ \t\u200b]+", " ", _BIDI.sub("", line)).strip()
        if not s:
            blocks.append([])
            related = credited = sponsored = False
            continue
        if sponsored and len(s) <= 200 and (n + 1 == len(lines) or not lines[n + 1].strip()):
            removed.append(s)  # "SPONSORED" / "Meridian Briefings Live — join our analysts on 3 December"
            sponsored = False
            continue
        sponsored = False
        notice = translation_notice(s, raw)
        if notice:
            translation = translation or notice
            removed.append(s)
            continue
        if _RELATED.fullmatch(s):
            related = True
            removed.append(s)
            continue
        if related and _COMMENTS.fullmatch(s) and n > len(lines) * 0.6 and _body_begun(blocks):
            related = False  # "Komentari (23)" right under a tag list: the comments begin
        if related and len(s) <= 140 and not re.search(r"[.!…][»”\"]?$", s):
            removed.append(s)
            if _dated_line(s) and not _body_begun(blocks) and n not in contents:
                stamps.append(s)  # a menu's "More" above the date line: "June 15, 2026 6:04 AM GMT+2"
            continue
        related = False
        if _COMMENTS.fullmatch(s) and n > len(lines) * 0.6 and _body_begun(blocks):
            comments = True  # "47 comments", "Sort by: Best | Newest"
        if comments and len(s) <= 400:
            removed.append(s)
            if _dated_line(s):
                commented.append(s)  # "Ivan_P | 09.03.2027 17:41"
            continue
        comments = False
        if is_furniture(s) or latin_page and _foreign_label(s):
            removed.append(s)
            if n in contents:
                pass  # a table of contents' "2 February 2026" is a section of the page, not its stamp
            elif _byline_day(s) and _running_lines(blocks) < 2:
                stamps.append(s)  # the by-line's place, day and time under a standfirst: "Jakarta / Sat, October 3,
                # 2026 / 02:14 pm", "Mariana Cruz | Mexico City | Friday, October 9, 2026 | 06:30 hrs"
            elif not _CAPTURED.match(s) and (_STAMP_LINE.fullmatch(s) or _STAMPED.search(s) or len(s) <= 60 and _DATED.search(s)
                    or len(s) <= 140 and _DATED.search(s) and _STAMP_WORD.search(s) or _date_only(s)
                    or len(s) <= 140 and _PUBLISHED_LABEL.match(s) and any(  # "Publié le 03/03 à 21h47 · Mis à jour …"
                        t.type == "DATE" and t.granularity == "day" for t in find_timexes(s, None))) and (
                    _PUBLISHED_LABEL.match(s) or not any(len(kept) > 100 and kept.endswith(".")
                                                         for block in blocks for kept in block)):
                stamps.append(s)  # above the first paragraph of running text: "Source: Xinhua | 2026-04-14 21:06:43",
                # "12 June 2026 · 48 min"
            if _CREDIT.match(s) and blocks[-1] and _is_caption(blocks[-1][-1]) and (
                    _body_begun(blocks) or _header_read(blocks)):
                removed.append(blocks[-1].pop())  # the caption the credit is for: "Umerov in Abu Dhabi" / "Image: AFP"
            credited = bool(_CREDIT.match(s))
            sponsored = bool(_SPONSOR_LABEL.fullmatch(s))
            continue
        if credited and _is_caption(s) and not s.endswith(_SENTENCE_END) and (
                n + 1 == len(lines) or not lines[n + 1].strip()):
            removed.append(s)  # "Photo: PAP/Leszek Szymański" / "Prime Minister Donald Tusk in Paris"
            credited = False
            continue
        credited = False
        if learned[n] >= _threshold(s) and s != headline and not (_dated_line(s) and not (
                n < len(lines) / 2 and _running_lines(blocks) < 2)) and not (  # (above the body: a standfirst is
                # one line of running text above the date line)
                _is_masthead(s) and not _body_begun(blocks)):  # (a masthead above the body names the outlet)
            removed.append(s)  # furniture of a kind no rule knows: "Trending Now", "Recibe cada mañana las claves …"
            if _dated_line(s) and n not in contents:
                stamps.append(s)  # a date line above the body that the rules do not know: "22.02.2026 | 13:05 horas"
                # (below the body, one stays in the text, where it may be the page's last-edited line)
            if _menu_item(s):
                at = (len(blocks) - 1, len(blocks[-1]))
                menu_before[at] = menu_before.get(at, 0) + 1
            continue
        blocks[-1].append(s)
    blocks = _drop_menus(blocks, removed, menu_before)
    paragraphs = [p for block in blocks for p in _join_wrapped(block)]
    paragraphs = _drop_trailing_repeats(paragraphs, removed)
    paragraphs = _drop_pull_quotes(paragraphs, removed)
    masthead = masthead_line = None
    if paragraphs and _is_masthead(paragraphs[0]) and len(paragraphs) > 1:
        masthead_line = paragraphs.pop(0)
        removed.append(masthead_line)
        masthead = re.split(r"\s[·|•]\s", masthead_line)[0]
    if title:
        norm = title.strip().casefold()
        for i, p in enumerate(paragraphs[:5]):
            if p.casefold() == norm:
                removed.append(paragraphs.pop(i))
                break
    elif find_title:
        paragraphs = _drop_section_labels(paragraphs, removed)
        while len(paragraphs) > 2 and _is_label(paragraphs[0]) and (
                _is_label(paragraphs[1]) or _is_headline(paragraphs[1]) or _DATED.search(paragraphs[1])
                and len(paragraphs[1]) < 40):
            removed.append(paragraphs.pop(0))  # "Obrii TV", "Russian Politics & Diplomacy", "Politics" above the
            # headline or its date line
        if len(paragraphs) > 3 and _is_headline(paragraphs[0]) and _is_label(paragraphs[1]) \
                and _is_headline(paragraphs[2]) and len(paragraphs[2]) > len(paragraphs[0]):
            # "Centre for Eastern Security Studies" / "Commentary" / the headline: the site's name and section
            removed.extend([paragraphs.pop(0), paragraphs.pop(0)])
        for i, p in enumerate(paragraphs[:3]):
            if _is_headline(p) and len(paragraphs) > i + 1:
                title = paragraphs.pop(i)
                for j in reversed(range(i)):  # a section label between the dateline and the headline
                    if _is_label(paragraphs[j]) and not _DATE_LINE.fullmatch(paragraphs[j]):
                        removed.append(paragraphs.pop(j))
                break
            if not (_DATED.search(p) or _DATE_LINE.fullmatch(p) or _is_label(p)
                    or _date_only(p) and re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", p)):
                break  # the headline comes first, or after a dateline (in any language, with its year: a post's
                # "16 March at 09:14" is no page's date line) or a section label only
    for i in range(1, min(len(paragraphs), 5)):
        if (_DATE_LINE.fullmatch(paragraphs[i - 1]) or _DATED.search(paragraphs[i - 1]) and len(paragraphs[i - 1]) < 60) \
                and _is_label(paragraphs[i]) and not _BYLINE.match(paragraphs[i]) and i + 1 < len(paragraphs):
            removed.append(paragraphs.pop(i))  # the outlet's name under the date line: "Updated 27 February 2026" / "Arab News"
            break
    header = [line for line in (masthead_line, *stamps) if line]  # a headline's date is its story's, not the page's
    return CleanText("\n\n".join(paragraphs), title, translation, removed, masthead, header, commented)


_RELATED = re.compile(r"(?:(?:related|more|recommended|popular|trending|latest|suggested|also read|see also|read more"
                      r"|read also|read next|what to read next|most read|most viewed|most popular|you may (?:also )?like"
                      r"|don't miss)"
                      r"(?:\s+(?:news|articles|stories|reading|analysis|commentary|coverage|content|reports|posts|videos"
                      r"|episodes|podcasts|transcripts|items|publications|materials|documents|topics|links|on (?:this|the) topic|on this"
                      r"|from\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}|in \w+))?"
                      r"|also in \w+|table of contents|contents|in this (?:article|story)|on this page|further information"
                      r"|(?:à )?lire aussi|la rédaction vous conseille|leggi anche|lesen sie auch|mehr zum thema"
                      r"|te puede interesar|noticias relacionadas|articoli correlati|zobacz (?:też|także)|czytaj (?:też|także)"
                      r"|читайте также|читайте також|citește și|vezi și"
                      # other languages' "read also", "related", "more news" over a list of headlines
                      r"|lees ook|meer nieuws|gerelateerde? (?:artikelen|berichten)|pročitajte (?:i|još|također)"
                      r"|(?:přečtěte si|čtěte) (?:také|též)|čítajte (?:aj|tiež)|další zprávy|související(?: články| zprávy)?|prečítajte si (?:aj|tiež)"
                      r"|súvisiace(?: články| správy)?|ďalšie správy|kapcsolódó(?: cikkek| hírek)?|ezt is olvassa el"
                      r"|ilgili haberler|bunlar da ilginizi çekebilir|czytaj więcej|powiązane(?: artykuły)?"
                      r"|najnowsze|διαβάστε (?:επίσης|ακόμη)|σχετικά άρθρα|lue myös|läs också|les også|læs også"
                      r"|loe ka|skaitykite taip pat|lasiet arī|прочетете още|вижте още|прочитајте још|по темі|по теме"
                      r"|leia também|veja também|lee también|ver también|leer más|weitere artikel|auch interessant"
                      r"|das könnte sie auch interessieren|potrebbe interessarti|ti potrebbe interessare|leggi anche"
                      r"|articole similare|știri similare|citește mai mult)\s*:?", re.IGNORECASE)


# A picture's credit on a line of its own, which the caption above it goes with.
_CREDIT = re.compile(r"(?:photo|photograph|image|picture|фото|foto)\s*:|(?:source|credit)\s*:\s*[\w .'’-]{2,40}/|(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*/\s*"
                     r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$", re.IGNORECASE)  # "Meridian Wire/Olena Harbar"
_BYLINE = re.compile(r"by\s", re.IGNORECASE)
# A label over a sponsor's own line (an advertisement's label stands over an ad slot, and the body goes on under it).
_SPONSOR_LABEL = re.compile(r"(?:sponsored|promoted|partner content|paid (?:content|post))(?:\s+content)?", re.IGNORECASE)


# The head of a page's reader comments, all of whose short lines after it are the readers' own (not a monitor's or
# an analyst's "Comment" heading over its own paragraph).
_COMMENTS = re.compile(r"(?:\d[\d,]*\s+comments?|comments(?:\s*\(\d[\d,]*\))?|comment\s*\(\d[\d,]*\)|reader comments|sort by\s*:.*"
                       r"|join the (?:discussion|conversation)|show \d+ (?:more )?comments?"
                       r"|discussion\s*\(\d[\d,]*\s+(?:contributions|comments|posts|replies)\)"  # "Discussion (14 contributions)"
                       # other languages' comment headings: "Komentáře (12)", "Komentarze", "Коментарі (4)"
                       r"|(?:komentáře|komentáre|komentarze|komentari|kommentare|kommentarer|kommentit|commentaires"
                       r"|commenti|comentarii|comentarios|comentários|hozzászólások|yorumlar|σχόλια|коментарі"
                       r"|комментарии|коментари|reacties|komentarji|komentāri|komentarai|kommentaarid|kommentarer"
                       r"|diskusia|diskuse|diskusija|dyskusja|обсуждение|обговорення"
                       r"|(?:article|reader|readers'?|user)\s+(?:reactions|responses))(?:\s*\(\d[\d,]*\))?)", re.IGNORECASE)


def _contents_lines(lines: list[str]) -> set[int]:
    """The lines of a numbered table of contents: three or more short lines numbered 1, 2, 3 … in a row ("1 Background",
    "2 February 2026", "3 March 2026"), blank lines between them allowed."""
    found: set[int] = set()
    run: list[int] = []
    for n, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        m = _CONTENTS_ITEM.fullmatch(s) if len(s) <= 80 else None
        number = int(m.group(1)) if m else None
        if number == len(run) + 1:
            run.append(n)
            continue
        if len(run) >= 3:
            found.update(run)
        run = [n] if number == 1 else []
    if len(run) >= 3:
        found.update(run)
    return found


_CONTENTS_ITEM = re.compile(r"(\d{1,2})\.?\s+\S.*")


def _is_caption(line: str) -> bool:
    """A line that can be a picture's caption: short, one sentence at most ("Peskov in Moscow (archive).")."""
    return (len(line) <= 220 and not re.search(r"[.!?][»”\"]?\s+[A-Z«“\"]", line)
            and not (len(line) < 80 and (_DATED.search(line) or _STAMP.search(line) or _DATE_LINE.fullmatch(line))))


def _header_read(blocks: list[list[str]]) -> bool:
    """Whether a date line has been read: under the headline and its date, a line that is no headline."""
    return any(len(line) < 80 and (_DATED.search(line) or _STAMP.search(line)) for block in blocks for line in block)


_STAMP = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|^(?:updated|published|posted)\b", re.IGNORECASE)


def _drop_section_labels(paragraphs: list[str], removed: list[str]) -> list[str]:
    """A site's tagline and section path set one item a line above the headline ("World" / "Europe" / "Ukraine and
    Russia at war" / the headline): labels well shorter than the headline under them, and nothing above them that
    is a sentence or has a figure (a date line is kept)."""
    for i in range(min(len(paragraphs), 6)):
        if any(c.isdigit() for c in paragraphs[i]) or paragraphs[i].endswith(_SENTENCE_END):
            return paragraphs
        j = i
        while j < len(paragraphs) and _section_label(paragraphs[j]):
            j += 1
        if j > i and j + 1 < len(paragraphs) and _is_headline(paragraphs[j]) \
                and len(paragraphs[j]) > max(len(p) for p in paragraphs[i:j]) + (10 if j - i >= 2 else 15):
            removed.extend(paragraphs[:j])
            return paragraphs[j:]
    return paragraphs


def _section_label(line: str) -> bool:
    return _is_label(line, words=5) and len(line) <= 40  # "Ukraine and Russia at war"


def _body_begun(blocks: list[list[str]]) -> bool:
    """Whether a line of running text (one that ends a sentence) has been read: a caption comes after the lede,
    a headline before it."""
    return _running_lines(blocks) > 0


def _running_lines(blocks: list[list[str]]) -> int:
    """How many lines of running text (lines that end a sentence) have been read."""
    return sum(len(line) > 60 and line.endswith(_SENTENCE_END) for block in blocks for line in block)


def _is_label(line: str, words: int = 4) -> bool:
    """An outlet's name or a section label set above a headline: a few words, no sentence, no figures."""
    return len(line.split()) <= words and not any(c.isdigit() for c in line) and not line.endswith(_SENTENCE_END)


_MENU_RUN = 3  # consecutive menu items that make a menu
_MENU_REACH = 25  # lines from the top or bottom of the page where menus are


def _menu_item(line: str) -> bool:
    """A navigation or share-bar item set on a line of its own: "Politics", "In the world", "Telegram"."""
    return _is_label(line) and len(line) <= 30 and len(line.split()) <= 3 and not line.startswith(("-", "•", "*", "—", "–"))


def _drop_menus(blocks: list[list[str]], removed: list[str],
                menu_before: dict[tuple[int, int], int] | None = None) -> list[list[str]]:
    """Menus and share bars laid out one item a line (three or more in a row, near the top or bottom of the
    page): furniture, though no item alone is. `menu_before` counts the items of a run the model already took off
    (a menu's "Home", "General Assembly" gone, its "SECURITY COUNCIL", "MEETINGS COVERAGE" left)."""
    menu_before = menu_before or {}
    total = sum(len(b) for b in blocks)
    seen = 0
    out = []
    for b, block in enumerate(blocks):
        keep = [True] * len(block)
        i = 0
        while i < len(block):
            j = i
            gone = 0
            while j < len(block) and _menu_item(block[j]):
                gone += menu_before.get((b, j), 0)
                j += 1
            near = seen + i < _MENU_REACH or seen + j > total - _MENU_REACH
            if (j - i >= _MENU_RUN or j - i >= 2 and j - i + gone >= _MENU_RUN) and near:
                for k in range(i, j):
                    keep[k] = False
                    removed.append(block[k])
            i = max(j, i + 1)
        seen += len(block)
        out.append([line for line, k in zip(block, keep) if k])
    return out


def _drop_pull_quotes(paragraphs: list[str], removed: list[str]) -> list[str]:
    """A magazine's pull quote: a paragraph that is nothing but a quotation whose words stand in another paragraph
    ("“Nobody in that room believes the war ends on paper first.”" set apart from the quote it repeats)."""
    def repeated(p: str) -> bool:
        if len(p) > 240 or not (p[:1] in "“\"«" and p.rstrip()[-1:] in "”\"»"):
            return False
        words = p.strip("“”\"«» .,").casefold()
        return len(words.split()) >= 4 and any(words in q.casefold() for q in paragraphs if q is not p)

    kept = [p for p in paragraphs if not repeated(p)]
    removed.extend(p for p in paragraphs if repeated(p))
    return kept


def _drop_trailing_repeats(paragraphs: list[str], removed: list[str]) -> list[str]:
    """A short line that repeats one from the top at the very end is navigation, not body."""
    while len(paragraphs) > 2 and len(paragraphs[-1]) < 60 and paragraphs[-1] in paragraphs[:-1][:3]:
        removed.append(paragraphs.pop())
    return paragraphs
