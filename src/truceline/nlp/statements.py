"""Attributed statements: who said what, to whom, when.

Three readings of a report, in this order, each claiming the text it explains:

1. direct quotes, paragraph by paragraph: a dialogue dash ("— Russia is open …
   will," he said.), quotation marks of any kind, and the unbalanced marks
   machine translation leaves (a dash closed by a quotation mark, a quote that
   runs to the end of the paragraph);
2. "according to X, …" and "…, according to X";
3. reported speech from the parse: a reporting verb whose subject names the
   speaker, with its content before ("…, Galuzin stressed.") or after
   ("Peskov reported that …").

Speakers are resolved as the report goes, so "the diplomat" and "he" find the
person named before (mentions.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..record import Actor, Speaker, Statement, TimeValue
from .actors import ActorBase, fold
from .components import LIST_MARK, sentence_at, sentences_in
from .mentions import (DocContext, Mentioned, cue_lexicon, looks_like_person_name, outlet_named, proper_name,
                       resolve_mention, resolve_person_name, role_gender)
from .timex import find_timexes

# Words inside a speaker's phrase that tell how or where the words were said ("for her part", "at the same time",
# "in Telegram", "on X")
_SPEAKER_ASIDE = re.compile(r"(?:for\s+(?:his|her|their|its)\s+part|at\s+the\s+same\s+time|in\s+(?:(?:his|her|their|its)\s+)?turn|"
                            r"(?:in|on|via)\s+(?:(?:his|her|their|its|a)\s+)?(?:Telegram|X|Facebook|Twitter|"
                            r"Instagram|social\s+media|(?:Telegram\s+)?channel|post|statement|interview|video|readout|"
                            r"communiqu[eé]|press\s+release|announcement|briefing)\b|"
                            r"with\s+(?:an?|its|a\s+written)\s+(?:announcement|statement|communiqu[eé]|press\s+release)\b)",
                            re.IGNORECASE)
_REACHED = {"reach", "contact", "quote", "cite", "interview", "approach", "question"}  # "… reached by telephone"
_DASH_OPEN = re.compile(r"^\s*[—–-]\s+")
# a comma whose clause opens with a verb of saying: "…, says Karin Lindqvist, analyst at …", "…, she added"
_COMMA_CUE = re.compile(r",\s+(?=(?:[\w.'’-]+\s+){0,3}?(?:says|said|adds|added|notes|noted|told|tells|explains|explained|"
                        r"stresses|stressed|insists|insisted|according|(?:has|have|had)\s+(?:declared|stated|affirmed|"
                        r"indicated|announced|specified|underlined|estimated|assured|warned))\b)")
# "Sikorski: It was.", "GUEST (Maksymenko): Less than …", "The Secretary of State for Foreign, Commonwealth and
# Development Affairs (Yvette Cooper): With permission …" (the name in brackets after the role), "Priti Patel (Witham)
# (Con): I thank …" (a member's seat and party after the name)
_TURN = re.compile(r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?"  # an automatic transcript's time: "[02:19] Speaker 2: …"
                   r"(?:(?:[A-Z]+|The\s[^():\n]{3,100}?)\s+\((?=[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]+){0,2}\):))?"
                   r"(?P<label>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]+){0,4}|Speaker\s\d{1,2})\)?(?:\s\([^()\n]{1,60}\)){0,2}:\s+(?P<body>\S)")
_INTERVIEW_INTRO = re.compile(r"\b(?:interview\w*|talked\s+(?:to|with)|spoke\s+(?:to|with)|speaking\s+(?:to|with)|"
                             r"conversation\s+with|(?:we|i)\s+asked|asked\s+(?:him|her)|sat\s+down\s+with|"
                             r"asked\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|"
                             r"(?:we|i)\s+(?:met|talked|spoke)\b)", re.IGNORECASE)


def _bare_question(text: str) -> bool:
    """A paragraph that is an interviewer's short question, unlabelled: "And the meeting of Zelensky and Putin?"."""
    t = text.strip()
    return t.endswith("?") and len(t) <= 300 and not _DASH_OPEN.match(t) and not _TURN.match(t) \
        and t[:1] not in "\"“«„'"


# a dash quote inside a paragraph: opened by a dash after a sentence's end, closed by a dash and who said it
_INLINE_DASH = re.compile(r"(?<=[.!?…»”\"]\s)(?:[–—]\s*|-\s+)(?P<body>[^–—\n]{8,700}?)\s+(?:[–—]\s*|-\s+)"
                          r"(?P<attr>[^–—.!?\n\"“”«»]{2,140}?)\s*(?:[.!?]|$)", re.MULTILINE)
# the line crediting a quote set above it: "— The Rt. Hon. Mark Carney, Prime Minister of Canada"
_CREDIT_LINE = re.compile(r"[—–-]\s*(?:The\s+)?(?:Rt\.?\s+Hon\.?\s+|Hon\.?\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
                          r"(?:,\s*[^\n]{2,120})?")
# a view credited by "For" and a full name ("For Elena Robles, researcher of …, the document …"), translated
_OPINION_OF = re.compile(r"\W*For\s+(?P<who>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,2})"
                         r"(?:,\s+(?P<role>[a-z][^,]{3,120}))?,\s+")
# a source that is a news outlet, which relays another's words: "according to the Russian agency Novosti Dnya"
_NEWS_SOURCE = re.compile(r"\b(?:agency|agencies|newspaper|paper|outlet|media|television|TV|radio|news|channel|daily)\b",
                          re.IGNORECASE)
_QUOTED_NAME = r'"[^"]{1,40}"|“[^”]{1,40}”|«[^»]{1,40}»|„[^“”]{1,40}[“”]'  # a paper's name in an attribution: "Horyzont"
_NUMBERED_SPEAKER = re.compile(r"Speaker\s\d{1,2}")  # an automatic transcript's label
_FULL_NAME = re.compile(r"\b((?-i:[A-Z][a-z]+))\s+(?-i:[A-Z][\w'’-]+)\b")
_SELF_NAMED = re.compile(r"\b(?:I'm|I’m|I am|my name is|this is)\s+$", re.IGNORECASE)
# A chair's words that only run a press conference: greetings, thanks, giving the floor, closing.
_PROCEDURAL = re.compile(
    r"(?:thank(?:s| you)\b[^.!?]{0,60}|good (?:morning|afternoon|evening)\b[^.!?]{0,60}|welcome\b[^.!?]{0,60}"
    r"|(?:the\s+)?(?:next|last|final|first) question\b[^.!?]{0,60}|[^.!?]{0,60}\b(?:please|go ahead)"
    r"|we(?:'ll|’ll| will) (?:now )?(?:start|begin|go|take|move|turn)\b[^.!?]{0,80}|this concludes\b[^.!?]{0,80}"
    r"|[^.!?]{0,80}\b(?:take|taking) (?:your |some |a few )?questions\b[^.!?]{0,40}"
    r"|[^.!?]{0,60}\bopening remarks\b[^.!?]{0,60}|over to you\b[^.!?]{0,40}|with that\b[^.!?]{0,60}"
    r"|(?:okay|ok|all right|right|so)|(?:any\s+)?questions|happy (?:monday|tuesday|wednesday|thursday|friday|weekend)"
    r"|i (?:will|'ll|’ll) (?:start|begin) with\b[^.!?]{0,40}|[A-Z][a-z]+(?:,\s*then\s+[A-Z][a-z]+)+)[.!?]*",
    re.IGNORECASE)
_QUESTIONERS = {"q", "question", "moderator", "interviewer", "host", "reporter", "anchor"}
_FIRST_PERSON = re.compile(r"\b(?:(?-i:I|us|Us)|we|our|me|my)\b", re.IGNORECASE)  # ("US President …" is no "us")
_QUOTE_LABEL = re.compile(r"\s*(?:quote|direct speech|цитата|пряма мова)(?:\s+from\s+[^:]{1,40})?\s*:\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-•*]\s+")
# "- May 16, 2025: First direct talks …", "— 23 July – Third round": an entry of a chronology, led by its date
_DATED_ENTRY = re.compile(r"\s*[-•*—–]\s+(?P<label>[^:–—\n]{3,40}?)\s*(?::|\s[–—-])\s")


_OCCASION_REACH = 1500  # characters: how far on a speaker's words are still taken to be from the same occasion


def _same_occasion_dates(found: list[Statement]) -> None:
    """Words of a speaker told on after their dated ones, with no date of their own, were said on the same
    occasion: "Zakharova said at Wednesday's briefing … "Whoever touches Russian property …," the diplomat said."""
    last: dict[str, Statement] = {}
    for s in found:
        key = s.speaker.actor
        if key is None:
            continue
        before = last.get(key)
        if s.date is None and before is not None and s.span[0] - before.span[1] <= _OCCASION_REACH:
            s.date = before.date
        if s.date is not None:
            last[key] = s


def _dated_entry(text: str) -> bool:
    m = _DATED_ENTRY.match(text)
    if not m:
        return False
    label = m.group("label")
    found = find_timexes(label, None)
    return bool(found) and found[0].start == 0 and found[-1].end >= len(label.rstrip(" ,.")) - 1
# (or led by a channel's emoji: "❗️Lubinets: «We demand …»", "📌 Coordination Headquarters: Russia received …")
_DIGEST = re.compile(r"(?:\d{1,2}[.)]\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F1E6-\U0001F1FF]*\s*)(?P<label>[A-Z][^:.!?\"“”«»\n]{1,110}?):\s+(?P<body>[^\n]*[^\s\n])")
_OPENERS = "“«„\""
_CLOSERS = "”»“\""
_PAIRS = {"“": "”", "«": "»", "„": "“", "\"": "\""}
_QUOTE_CHARS = "\"“”«»„"
_TRAIL_PUNCT = " ,;:.-—–"
_SUBJECTS = ("nsubj", "nsubjpass")
_REPORTED_THAT = re.compile(r"\b(?:said|says|told|stated|added|noted|stressed|claimed|announced|reported|explained|"
                            r"indicated|declared|affirmed|assured|underlined|warned|specified|confirmed|insisted|argued|"
                            r"emphasi[sz]ed|recalled|clarified|informed|communicated|answered|replied)\b"
                            r"[^.;:]*?\bthat\b", re.IGNORECASE)


@dataclass
class _Quote:
    start: int  # offset of the first character inside the marks
    end: int  # offset of the closing mark (or paragraph end when unclosed)
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        start = pos + (len(part) - len(part.lstrip()))
        end = pos + len(part.rstrip())
        if end > start:
            spans.append((start, end))
        pos += len(part) + 2
    return spans


def _called(first: str, text: str) -> bool:
    """Whether a text calls someone by their first name: "Tomasz, welcome back", "Thanks Ilse.", "…, Tomasz?"."""
    return re.search(rf"(?:^|[.?!]\s+|\b(?:[Tt]hanks|[Tt]hank you|[Ww]elcome|[Hh]i|[Hh]ello|[Ss]o|[Ww]ell),?\s+){first},"
                     rf"|\b(?:[Tt]hanks|[Tt]hank you|[Ww]elcome|[Hh]i|[Hh]ello),?\s+{first}\b|,\s+{first}[.?!]", text) is not None


_FOOTNOTES = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|who\?|when\?)\])+$")


def _is_headline(text: str) -> bool:
    s = _FOOTNOTES.sub("", text.strip())  # "… from combat zones.[4]": an encyclopedia's sentence, with its references
    quote, _, credit = s.rpartition("\n")
    if quote.rstrip().endswith(("”", "\"", "»")) and _CREDIT_LINE.fullmatch(credit.strip()):
        return False  # a quote with its credit line under it ("— The Rt. Hon. Mark Carney, Prime Minister …")
    # (a speaker cut off in a transcript ends with a dash: "…when there's something to sign, and –")
    return not s.endswith((".", "!", "?", "…", '"', "”", "»", ":", ")", "–", "—", "-")) or len(s.split()) < 4


def find_quotes(text: str, start: int, end: int) -> list[_Quote]:
    """Quoted stretches in text[start:end], pairing marks; a mark never closed runs to the end."""
    quotes: list[_Quote] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPENERS and (ch != "\"" or i == start or not text[i - 1].isalnum()):
            closer = _PAIRS[ch]
            j = text.find(closer, i + 1, end)
            if ch == "„" and j == -1:  # „…” and, in translations from Czech or Georgian, „…"
                j = min((k for k in (text.find("”", i + 1, end), text.find("\"", i + 1, end)) if k != -1), default=-1)
            if j == -1:
                quotes.append(_Quote(i + 1, end, False))
                break
            quotes.append(_Quote(i + 1, j, True))
            i = j + 1
            continue
        i += 1
    return quotes


class _Extractor:
    def __init__(self, doc: Doc, base: ActorBase):
        self.doc = doc
        self.text = doc.text
        self._paras = paragraphs(self.text)
        self.original = doc._.original_text or doc.text  # the report as written; self.text may mend dashes
        published = doc._.published
        self.ctx = DocContext(base, published.year if published else _year_of(doc))
        self.lex = cue_lexicon()
        self.found: list[Statement] = []
        self.claimed: list[tuple[int, int]] = []
        self.prefix = doc._.article_id
        self._person_ents = self._people(doc, base)
        self.ctx.genders = _genders(doc, self._person_ents)
        self._next_ent = 0
        self._answerer: Speaker | None = None  # who answers an interview's "A:" turns, once found
        self._turns: dict[str, Speaker] = {}  # a transcript's labels that named their speaker ("NATO Spokesperson Jane Doe")
        self._turn_speaker: Speaker | None = None  # who holds the floor in a transcript, until the next label
        self._numbered: dict[str, Span] | None = None  # an automatic transcript's "Speaker 1", "Speaker 2": who they are
        # paragraphs that open with a dialogue dash right after one that asks: two or more make an interview
        texts = [self.text[a:b] for a, b in self._paras]
        self._dashed_answers = sum(1 for asked, answer in zip(texts, texts[1:])
                                   if asked.rstrip().endswith("?") and _DASH_OPEN.match(answer))
        # a transcript: three paragraphs or more open with a speaker's label, one of them the questioner's
        # ("Moderator:", "Question (Reuters):", "Q:"), not a digest of who said what ("Peskov: …")
        turns = [(m.group("label").casefold(), self.text[a:b].rstrip().endswith("?"))
                 for m, a, b in ((_TURN.match(self.text[a:b]), a, b) for a, b in self._paras) if m]
        labels = {label for label, _ in turns}
        # who interviews: a label with two turns or more, at least half of them questions ("Evening Brief:", "MARA
        # LINDQVIST:"); a member who speaks once in a debate and ends with a question is no interviewer
        self._askers = {label for label in labels if sum(t == label for t, _ in turns) >= 2
                        and 2 * sum(t == label and asks for t, asks in turns) >= sum(t == label for t, _ in turns)}
        # who answers: a label with two turns or more, none of them a question ("Han Yuqing:" at a briefing, where
        # each reporter asks once): a speaker, whatever the parse takes the words of the label for
        self._answerers = {label for label in labels if sum(t == label for t, _ in turns) >= 2
                           and not any(t == label and asks for t, asks in turns)}
        # (or turns by two people or more, one of them asking: "MARA LINDQVIST: Who sat at the table?")
        self._transcript = len(turns) >= 3 and (bool({"q", "question", "moderator", "interviewer"} & labels)
                                                or len(labels) >= 2 and any(asks for _, asks in turns))
        self._quotes_here: list[tuple[int, int]] = []
        # an interview set as bare questions and answers ("How many people came home? / Roughly two thousand …"):
        # three answers or more after a short question, an introduction that says it is an interview, no labels
        asked = [i for i, t in enumerate(texts[:-1]) if _bare_question(t) and not _bare_question(texts[i + 1])
                 and len(texts[i + 1]) >= 40 and not _DASH_OPEN.match(texts[i + 1]) and not _TURN.match(texts[i + 1])]
        # the introduction ends at the first question, or at the second where the first is a crosshead above it
        # ("What changes after Geneva? / RRH News asked Triin Kallaste … / Is the memorandum a step …?")
        opened = next((k for k in (0, 1) if k < len(asked) and _INTERVIEW_INTRO.search(" ".join(texts[:asked[k]]))), None)
        asked = asked[opened:] if opened is not None else []
        self._bare_questions = set(asked) if len(asked) >= 3 and not self._transcript \
            and self._dashed_answers < 2 else set()
        self._bare_intro_end = self._paras[asked[0]][0] if self._bare_questions else 0

    # -- helpers -------------------------------------------------------------

    @staticmethod
    def _people(doc: Doc, base: ActorBase) -> list[Span]:
        """People named in the doc: spaCy's PERSON entities, and the people of the actor base it missed
        ("The same evening Trump posted …")."""
        ents = [e for e in doc.ents if e.label_ == "PERSON"]
        titles = cue_lexicon().title_words
        for e in doc.ents:  # "Federal Councillor Ignazio Cassis", tagged as a body: the person after the titles
            if e.label_ != "ORG" or e[0].lower_ not in titles:
                continue
            k = next((i for i, t in enumerate(e) if t.lower_ not in titles), len(e))
            name = e[k:]
            if 2 <= len(name) <= 3 and all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in titles for t in name):
                ents.append(name)
        lex = cue_lexicon()
        for e in doc.ents:  # "The security expert Friederike Lanz from the Berlin Institute", the name tagged as a body
            before = doc[e.start - 1] if e.start > 0 else None
            if e.label_ == "ORG" and before is not None and before.pos_ == "NOUN" \
                    and (before.lower_ in titles or lex.role_class(before.lower_) is not None) and 2 <= len(e) <= 3 \
                    and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in titles
                            and t.pos_ == "PROPN" for t in e) and base.lookup(e.text) is None:
                ents.append(e)
        taken = [(e.start_char, e.end_char) for e in ents]
        text = doc.text  # Doc.text joins every token each time it is read
        for start, end in base.name_spans(doc):
            actor = base.lookup(text[start:end])
            if actor is None or actor.kind != "person" or any(a < end and start < b for a, b in taken):
                continue
            span = doc.char_span(start, end)
            if span is not None:
                ents.append(span)
        return sorted(ents, key=lambda e: e.start_char)

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def _span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _is_claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in _TRAIL_PUNCT + _QUOTE_CHARS + " \n":
            start += 1
        while end > start and self.text[end - 1] in _TRAIL_PUNCT + _QUOTE_CHARS + " \n":
            end -= 1
        source = re.search(r",\s+according to\s+(?:a|an|the)\s+(?:readout|statement|transcript|report)\b[^,;\"“”]*$",
                           self.text[start:end], re.IGNORECASE)
        if source:  # "…, according to a readout from his ministry": where the words are recorded, not the words
            end = start + source.start()
        return start, end

    def _date_in(self, start: int, end: int, content: tuple[int, int]) -> TimeValue | None:
        for t in self.doc._.timexes or []:
            if start <= t.start and t.end <= end and not (content[0] <= t.start < content[1]):
                tv = t.to_time()
                if tv is not None and tv.granularity not in ("vague",):
                    return tv
        return None

    def _add(self, speaker: Speaker, cue: str, kind: str, start: int, end: int, *,
             co: list[Speaker] = (), addressee: str | None = None, claim: tuple[int, int] | None = None,
             date: TimeValue | None = None) -> None:
        start, end = self._trim(start, end)
        if end - start < 8 or self._is_claimed(start, end):
            return
        if kind != "direct" and _quotes_words(self.text[start:end]):
            kind = "mixed"
        statement = Statement(
            id=f"{self.prefix}-s{len(self.found) + 1}", speaker=speaker, cue=cue, kind=kind,  # type: ignore[arg-type]
            content=self.original[start:end], span=(start, end), co_speakers=list(co), addressee=addressee, date=date)
        self.found.append(statement)
        self.claimed.append(claim or (start, end))
        self.ctx.spoke(speaker, plural=speaker.actor is None, group=bool(co))

    # -- the three readings ---------------------------------------------------

    def run(self) -> list[Statement]:
        paras = self._paras
        bullet = False
        resolving: Speaker | None = None  # the body whose numbered points follow: "…, the Committee:"
        for i, (start, end) in enumerate(paras):
            if resolving is not None and self._resolution_point(start, end, resolving):
                continue
            resolving = self._resolver(start, end)
            # "Summary:" and the items under it ("- Zelensky says …"): a list, not dialogue
            bullet = bool(_BULLET.match(self.text[start:end])) and i > 0 and (
                bullet or self.text[paras[i - 1][0]:paras[i - 1][1]].rstrip().endswith(":"))
            bullet = bullet or _dated_entry(self.text[start:end])
            dash = bool(_DASH_OPEN.match(self.text[start:end])) and not bullet
            self._quotes_here = [(q.start, q.end) for q in find_quotes(self.text, start, end)]
            if dash:
                self._quotes_here.append((start, end))
            if _is_headline(self.text[start:end]):
                continue
            if self._bare_questions and (i in self._bare_questions or i - 1 in self._bare_questions) \
                    and self._bare_answer(i, start, end):
                continue
            if self._transcript and _TURN.match(self.text[start:end]):
                if self._transcript_turn(start, end):
                    continue
            elif self._digest_item(start, end):
                pass  # its first line is read; the lines under it are read below
            elif self._transcript_turn(start, end):
                continue
            elif self._turn_goes_on(start, end):
                continue
            inline = [] if dash else [m for m in _INLINE_DASH.finditer(self.text, start, end) if m.start() > start]
            sents = list(sentences_in(self.doc, start, end))
            # the sentences before the paragraph's first quote are read first, so that "A Downing Street spokesman
            # said …. "…," the spokesman said." knows who spoke before the quote
            first_quote = min((q[0] for q in self._quotes_here), default=end) if not dash else start
            before = [x for x in sents if x.end_char < first_quote]
            self._read_sentences(before, None)
            if dash:
                self._dash_paragraph(start, end, paras[i - 1] if i else None)
            else:
                self._quoted(start, self._quote_runs_on(start, end, paras[i + 1] if i + 1 < len(paras) else None))
            # the sentences a dash quote inside the paragraph spans are read as the quote, once the sentences before
            # it have named who "the expert" after it is
            in_dash = [x for x in sents[len(before):] if any(x.start_char < m.end() and m.start() < x.end_char
                                                               for m in inline)]
            self._read_sentences([x for x in sents[len(before):] if x not in in_dash], before[-1] if before else None)
            self._inline_dashes(inline)
            self._read_sentences(in_dash, None)
            self._note_until(end)
        self.found.sort(key=lambda s: s.span[0])
        for n, s in enumerate(self.found, 1):
            s.id = f"{self.prefix}-s{n}"
        _same_occasion_dates(self.found)
        return self.found

    def _resolver(self, start: int, end: int) -> Speaker | None:
        """The body a paragraph ends by naming before its points ("Proceeding from the above, the Committee:", "The
        Security Council,"): it says each of them."""
        m = _RESOLVER.search(self.text, start, end)
        if m is None or m.end() != end:
            return None
        span = self._span(m.start("who"), m.end("who"))
        if span is None or not any(t.lemma_.casefold() in _BODIES or t.ent_type_ == "ORG" for t in span):
            return None
        speaker = resolve_mention(span, list(span), self.ctx)
        if speaker is not None and speaker.actor is None:
            # "the Committee" after "the Committee on Foreign Policy and Inter-Parliamentary Cooperation": its name
            head = re.escape(span[-1].text)
            named = [f.group(1) for f in re.finditer(rf"\b({head}\s+(?:on|of|for)\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|"
                                                    rf"and|of|on|for|the))*)", self.text[:start])]
            if named:
                speaker = Speaker(max(named, key=len).removesuffix(" and").removesuffix(" the"), speaker.mention, None)
        return speaker

    def _resolution_point(self, start: int, end: int, body: Speaker) -> bool:
        """"1) strongly condemns yet another act of terror …;", "2. Calls upon all parties to …": the body's words."""
        m = _POINT.match(self.text, start, end)
        if m is None:
            return False
        verb = self._tokens(m.start("verb"), m.end("verb"))
        if not verb or verb[0].tag_ not in ("VBZ", "NNS"):  # ("4) appeals to the parliaments …" is read as a noun)
            return False
        content = m.end() + (5 if self.text.startswith("that ", m.end()) else 0)
        published = self.doc._.published  # a resolution's points are said the day it is issued
        date = TimeValue(published.isoformat(), "day", None, None, "published") if published else None
        self._add(body, verb[0].lemma_.casefold(), "indirect", content, end, claim=(start, end), date=date)
        return True

    def _read_sentences(self, sents: list[Span], previous: Span | None) -> None:
        """Reported speech, "according to" and credits, sentence by sentence."""
        for sent in sents:
            text = sent.text.strip()
            if not text or text.endswith("?") or self._is_claimed(sent.start_char, sent.end_char - 1):
                previous = sent
                continue
            self._credited(sent, previous) or self._opinion_of(sent) or self._according_to(sent) or self._reported(sent) \
                or self._inverted_tail(sent)
            previous = sent
            self._note_until(sent.end_char)
            self._note_surname_subject(sent)

    def _digest_item(self, start: int, end: int) -> bool:
        """A numbered digest item that opens with who said it ("4. The head of the Russian delegation Vladimir
        Medinsky: the next round … is postponed", "5. Zelensky in the evening address: Kiev is ready …", "7. Peskov
        about Orban's proposal: "The idea is not new …""): its first line is the first person named's words."""
        m = _DIGEST.match(self.text, start, end)
        if not m or _QUOTE_LABEL.fullmatch(m.group("label") + ":"):
            return False
        first = next((e for e in self.doc.ents if e.label_ == "PERSON"
                      and m.start("label") <= e.start_char < m.end("label")), None)
        who = re.split(r"\s+(?:about|on|in|at|to)\s+", m.group("label"))[0]  # "Peskov about Istanbul"
        actor = self._known_person(re.sub(r"['’]s$", "", first.text if first is not None else who))
        if actor is None:  # "📌 Coordination Headquarters: …": a body the base knows
            actor = self.ctx.base.lookup(m.group("label"))
            if actor is None or actor.kind == "person":
                return False
            self.ctx.note(actor)
        speaker = self.ctx.speaker_for(actor, first.text if first is not None else m.group("label"))
        body, stop = m.start("body"), m.end("body")
        kind = "direct" if self.text[body] in _OPENERS else "indirect"  # "mixed" when quoted words are inside
        if kind == "direct":
            closing = re.search(r"[\"”»“]", self.text[body + 1: stop])
            body, stop = body + 1, body + 1 + closing.start() if closing else stop  # the quote, not what follows
        self._add(speaker, "say", kind, body, stop, claim=(m.start(), stop))
        return True

    def _known_person(self, name: str) -> Actor | None:
        """The person a name stands for, by surname among those named before or in the actor base."""
        name = re.sub(r"^(?:[A-Z]\.\s?)+(?=[A-Z][a-z])", "", name)  # "V.Putin", "D. Peskov": a transcript's initials
        actor = self.ctx.by_surname(name.split()[-1]) or self.ctx.base.lookup(name)
        return actor if actor is not None and actor.kind == "person" else None

    def _transcript_turn(self, start: int, end: int) -> bool:
        """An interview set as a transcript: "Sikorski: It was. The package …" is the named person's answer, in
        their own words; the interviewer's questions ("Kowal: Was it worth the wait?") are no statements."""
        m = _TURN.match(self.text[start:end])
        if not m:
            return False
        label, body = m.group("label"), start + m.start("body")
        if self._transcript and label.casefold() in self._askers - _QUESTIONERS:
            self._turn_speaker = None  # the interviewer's turns are no statements
            return True
        if label.isupper() and len(label) > 2:
            label = label.title()  # "OKSANA HOLUB", "MS. LEAVITT": a name set in capitals
        asks = self.text[start:end].rstrip().endswith("?")
        if asks and (label.casefold() in _QUESTIONERS or not self._transcript):
            self._turn_speaker = None  # the floor passes to whoever asks; what the question reports is read as
            return False  # narration is ("The Kremlin said today that …. Will troops be on the agenda?")
        if label.casefold() in ("a", "answer"):
            speaker = self._answerer = self._answerer or self._interviewee(start, label) or self.ctx.person_pronoun(label)
        elif _NUMBERED_SPEAKER.fullmatch(label):
            speaker = self._numbered_speaker(label)
        else:
            actor = self._known_person(label)
            speaker = self.ctx.speaker_for(actor, label) if actor is not None \
                else self._named_turn(start + m.start("label"), label) or self._surname_turn(start, label) \
                or self._role_turn(start + m.start("label"), label)
        self._turn_speaker = None if asks else speaker
        if speaker is None:
            return False
        if asks:  # a member's question to the minister: what she states before asking is hers ("I thank the
            # Foreign Secretary …. The Government have dithered. Will she …?"); a bare question is no statement
            stop = next((max(body, s.start_char) for s in sentences_in(self.doc, start, end)
                         if s.text.rstrip().endswith("?")), end)
            if stop - body < 20:
                return True
            self._add(speaker, "say", "direct", body, stop, claim=(start, end))
            return True
        cut = re.sub(r"\([A-Z -]+\)|[–—-]+", " ", self.text[body:end])
        if self.text[start:end].rstrip().endswith(("–", "—", "-")) and len(cut.split()) < 8:
            return True  # "PRUITT: (CROSSTALK) -- that is not --": cut off before saying anything
        said = [self.text[max(body, sent.start_char):sent.end_char].strip() for sent in sentences_in(self.doc, start, end)
                if sent.end_char > body]
        if said and all(_PROCEDURAL.fullmatch(x) for x in said if x):
            return True  # the chair's "Thank you. We'll start with Reuters", "Last question, Deutsche Welle": no
            # statement, and the floor stays with whoever spoke
        self._turn_words(speaker, start, body, end)
        return True

    def _turn_words(self, speaker: Speaker, start: int, body: int, end: int) -> None:
        """A turn's words are its speaker's, except the sentences in which the speaker reports what another said
        ("Wang Yi said that China's stance …"): those are the other's, and the turn's own words are the rest."""
        found, claimed = len(self.found), len(self.claimed)
        sents = [s for s in sentences_in(self.doc, start, end) if s.end_char > body]
        self._read_sentences(sents, None)
        reported = []
        for s in self.found[found:]:
            # a person the turn names ("Wang Yi said that …"), or who goes on ("He stressed that …"); not "Moscow
            # claims they were Ukrainian drones. That is a lie" nor "he said it the day after …" out of the blue
            if s.speaker.name != speaker.name and s.speaker.actor != speaker.actor and self._is_person(s.speaker) and (
                    (s.speaker.mention or "").casefold() not in ("he", "she") or any(r.speaker.name == s.speaker.name
                                                                                   for r in reported)):
                reported.append(s)
        if len(reported) < len(self.found) - found:  # the speaker's own words, read as reported: the turn's
            self.found[found:] = reported
            self.claimed[claimed:] = [s.span for s in reported]
        taken = {sentence_at(self.doc, s.span[0]).start_char for s in reported}
        pieces, piece = [], None
        for sent in sents:
            if sent.start_char in taken:
                piece = None
                continue
            if piece is None:
                piece = [max(body, sent.start_char), sent.end_char]
                pieces.append(piece)
            piece[1] = sent.end_char
        for a, b in pieces:
            self._add(speaker, "say", "direct", a, b, claim=(a, b))
        self.claimed.append((start, end))

    def _numbered_speaker(self, label: str) -> Speaker | None:
        """Who an automatic transcript's "Speaker 2" is: the name the speaker gives in any turn ("I'm Ilse Varga"),
        or, for the one label left, the person of the introduction the others call by first name ("Tomasz,
        welcome back")."""
        if self._numbered is None:
            self._numbered = {}
            turns = [(m.group("label"), a + m.start("body"), b) for m, a, b in
                     ((_TURN.match(self.text[a:b]), a, b) for a, b in self._paras) if m]
            for name, body, end in turns:
                if not _NUMBERED_SPEAKER.fullmatch(name) or name in self._numbered:
                    continue
                said = next((e for e in self._person_ents if body <= e.start_char < end
                             and _SELF_NAMED.search(self.text, max(body, e.start_char - 14), e.start_char)), None)
                if said is not None:
                    self._numbered[name] = said
            first_turn = min((body for _, body, _ in turns), default=0)
            given = {e[0].text for e in self._numbered.values()}
            unnamed = {name for name, _, _ in turns if _NUMBERED_SPEAKER.fullmatch(name)} - set(self._numbered)
            if len(unnamed) == 1:
                left = unnamed.pop()
                others = " ".join(self.text[body:end] for name, body, end in turns if name != left)
                # the one of the introduction's full names the others call by its first ("Tomasz, welcome back")
                called = {m.group(1): m.span() for m in _FULL_NAME.finditer(self.text, 0, first_turn)
                          if m.group(1) not in given and _called(m.group(1), others)}
                if len(called) == 1:
                    span = self.doc.char_span(*next(iter(called.values())), alignment_mode="expand")
                    if span is not None:
                        self._numbered[left] = span
        ent = self._numbered.get(label)
        return resolve_mention(ent, list(ent), self.ctx) if ent is not None else None

    def _turn_goes_on(self, start: int, end: int) -> bool:
        """In a transcript, a paragraph with no label of its own goes on with the speaker who has the floor ("NATO
        Spokesperson Jane Doe: Good afternoon. …" / "Let me start with Ukraine. …")."""
        if not self._transcript or self._turn_speaker is None or self._quotes_here \
                or self.text[start:end].rstrip().endswith("?") or not _FIRST_PERSON.search(self.text, start, end):
            return False  # (a paragraph in the third person is the editor's note between turns)
        self._add(self._turn_speaker, "say", "direct", start, end, claim=(start, end))
        return True

    def _named_turn(self, start: int, label: str) -> Speaker | None:
        """A press conference's turn labelled with a role and a name ("NATO Spokesperson Jane Doe: Good afternoon"),
        and later the same role alone ("NATO Spokesperson: Let me be clear"): the person the label named."""
        if not self._transcript:
            return None  # "ABU DHABI: The UAE has mediated …": a dateline
        earlier = next((s for named, s in self._turns.items() if named.startswith(label + " ")), None)
        if earlier is not None:
            return earlier
        span = self.doc.char_span(start, start + len(label), alignment_mode="expand")
        name = [t for t in span[-2:] if t.pos_ == "PROPN"] if span is not None else []
        if span is not None and label.casefold() in self._answerers and _bare_name(span):
            speaker = resolve_person_name(span, self.ctx)  # "Han Yuqing", with "Yuqing" parsed as a noun
        elif len(name) < 2 or not looks_like_person_name(name):
            return None  # the label ends in no name ("Moderator", "HOST")
        else:
            speaker = resolve_mention(span, list(span), self.ctx)
        if speaker is not None:
            self._turns[label] = speaker
        return speaker

    def _role_turn(self, start: int, label: str) -> Speaker | None:
        """A briefing's turn labelled with a role alone ("Spokesperson: Good afternoon") after the page named who holds
        it ("the noon briefing by Marisol Quenneville, Spokesperson for the Secretary-General"): that person."""
        if self.lex.role_class(label.casefold()) is None:
            return None
        if label in self._turns:
            return self._turns[label]  # (the same holder all along, whoever else of that role a question names)
        span = self.doc.char_span(start, start + len(label), alignment_mode="expand")
        speaker = resolve_mention(span, list(span), self.ctx) if span is not None else None
        if speaker is None or speaker.actor is None or not self._is_person(speaker):
            return None
        self._turns[label] = speaker
        return speaker

    def _surname_turn(self, before: int, label: str) -> Speaker | None:
        """A transcript's turn labelled with a surname alone ("HOFMEISTER: …") whose full name its list of speakers
        gave ("Speakers: …; Anneliese Hofmeister (Federal Foreign Office)"), though the parse took it for no person."""
        if not self._transcript or " " in label:
            return None
        named = list(re.finditer(rf"\b(?-i:[A-Z][a-z]+)\s+{re.escape(label)}\b", self.text[:before]))
        if not named:
            return None
        span = self.doc.char_span(named[-1].start(), named[-1].end(), alignment_mode="expand")
        if span is None or len(span) != 2 or any(t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") for t in span):
            return None
        return resolve_person_name(span, self.ctx)

    def _interviewee(self, before: int, label: str) -> Speaker | None:
        """Whom an interview's "A:" turns are by: the person its introduction names most often ("Jonathan Powell,
        the national security adviser, … spoke to Powell"), not whoever was named last."""
        counts: dict[str, int] = {}
        for ent in self._person_ents:
            actor = self._known_person(ent.text) if ent.start_char < before else None
            if actor is not None:
                counts[actor.id] = counts.get(actor.id, 0) + 1
        top = max(counts.values(), default=0)
        if top < 2 or list(counts.values()).count(top) > 1:
            return None  # no one named twice, or two named as often
        best = max(counts, key=counts.get)
        return self.ctx.speaker_for(self.ctx.base.actors[best], label)

    def _bare_answer(self, i: int, start: int, end: int) -> bool:
        """A bare interview's question (no statement) or answer (the interviewee's, in their own words); False where
        it is not known whom the interview is with, and the paragraph is read as any other."""
        if self._answerer is None:
            self._answerer = self._asked_named() or self._interviewee(self._bare_intro_end, "—") \
                or self._first_introduced()
        if self._answerer is None:
            return False
        if i in self._bare_questions:
            return True
        while end > start and self.text[end - 1].isspace():
            end -= 1
        self._add(self._answerer, "say", "direct", start, end, claim=(start, end))
        self._note_until(end)
        return True

    def _asked_named(self) -> Speaker | None:
        """Whom a bare interview is with, where a paragraph just above its first question says so and names them
        ("RRH News asked Triin Kallaste, a research fellow …, what the memorandum means")."""
        above = [(a, b) for a, b in self._paras if b <= self._bare_intro_end][-3:]
        for a, b in reversed(above):
            if not _INTERVIEW_INTRO.search(self.text, a, b):
                continue
            named = [e for e in self._person_ents if a <= e.start_char < b and len(e) >= 2]
            return resolve_mention(named[0], list(named[0]), self.ctx) if len(named) == 1 else None
        return None

    def _first_introduced(self) -> Speaker | None:
        """Whom a bare interview is with: the first person its introduction names in full in a paragraph of its own
        ("Miroslav Hudec works at the Central European Institute … We talked with him …"), not a by-line's author."""
        for a, b in self._paras:
            if a >= self._bare_intro_end:
                break
            if b - a < 80:
                continue  # a by-line, a date line
            named = [e for e in self._person_ents if a <= e.start_char < b and len(e) >= 2
                     and all(t.is_alpha and t.text[:1].isupper() for t in e)]  # a full name, not "Istanbul" mistagged
            if named:
                return resolve_mention(named[0], list(named[0]), self.ctx)
        return None

    def _introduced(self, start: int) -> Speaker | None:
        """The person an interview's introduction names last, above its first question ("Dr. Oksana Verbytska-Maier,
        who tracks grid attacks … / — Is the moratorium holding? / — Mostly, yes.")."""
        k = next((i for i, (a, b) in enumerate(self._paras) if a <= start < b), None)
        if k is None:
            return None
        while k > 0 and (self.text[self._paras[k - 1][0]:self._paras[k - 1][1]].rstrip().endswith("?")
                         or _DASH_OPEN.match(self.text[self._paras[k - 1][0]:self._paras[k - 1][1]])):
            k -= 1  # back over the questions and answers before this one
        intro_end = self._paras[k][0]
        named = [e for e in self._person_ents if intro_end - 600 <= e.start_char < intro_end]
        if not named:
            return None
        last = named[-1]
        return resolve_mention(last, list(last), self.ctx)

    def _quote_runs_on(self, start: int, end: int, following: tuple[int, int] | None) -> int:
        """Where a paragraph's quotes end: with the next paragraph when a quote left open runs on into it,
        as it does when the next paragraph opens with a quotation mark again (one statement, not two)."""
        quotes = find_quotes(self.text, start, end)
        if quotes and not quotes[-1].closed and following and self.text[following[0]] in _OPENERS:
            return following[1]
        return end

    def _note_surname_subject(self, sent: Span) -> None:
        """A person named before and now the subject by surname alone, which the model may not tag as a name
        ("Feld is more optimistic. …, he says"): the one "he" means next."""
        root = sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON" \
                or any(a <= subject.idx < b for a, b in self._quotes_here):
            return
        actor = self.ctx.by_surname(subject.text)
        if actor is not None:
            self.ctx.note(actor, subject=True)

    def _note_until(self, offset: int) -> None:
        """Remember the people named before `offset` (outside quotes), in reading order, so that a later
        "he", surname or role noun can find the one named last."""
        ents = self._person_ents
        while self._next_ent < len(ents) and ents[self._next_ent].start_char < offset:
            ent = ents[self._next_ent]
            self._next_ent += 1
            if any(a <= ent.start_char < b for a, b in self._quotes_here):
                continue
            if ent.label_ == "ORG":  # a name the parse took for a body, after its role noun (see `_people`)
                role = " ".join(t.text for t in self.doc[max(ent.sent.start, ent.start - 3): ent.start]
                                if t.pos_ in ("NOUN", "ADJ", "PROPN"))
                resolve_person_name(ent, self.ctx, role or None, subject=_names_the_subject(ent.root)
                                    or ent.root.dep_ == "appos" and ent.root.head.dep_ in _SUBJECTS)
                continue
            tokens = list(ent.root.subtree) if ent.root.dep_ in _SUBJECTS + ("pobj", "dobj", "appos") else list(ent)
            tokens = [t for t in tokens if t.i <= ent.end - 1 and not t.is_punct]
            reported = any(st.span[0] <= ent.start_char < st.span[1] for st in self.found) or any(
                a.dep_ == "ccomp" and self._cue(a.head) for a in [ent.root, *ent.root.ancestors])
            if len(ent) >= 2 or self.ctx.base.lookup(ent.text) or self.ctx.by_surname(ent.text):
                # a subject inside what someone said ("he had urged Putin to end …") is not who "he" is next
                resolve_mention(ent, tokens, self.ctx, appos=_apposition(ent.root),
                                subject=_names_the_subject(ent.root) and not reported)

    def _attribution(self, start: int, end: int) -> tuple[Speaker, str, str | None, list[Speaker], Token] | None:
        """Speaker, cue lemma and addressee of an attribution clause such as "he said" or "the expert told Izvestia"."""
        span = self._span(start, end)
        if span is None:
            return None
        for token in span:
            cue = self._cue(token)
            if cue is None:
                continue
            subject = _subject(token)
            inverted = None
            first = next(t for t in span if not t.is_punct)
            if (subject is None or subject.idx < start) and (token.i == first.i or first.head.i == token.i and first.dep_
                                                             == "aux" and first.i + 1 == token.i):
                # "— …, — told the Ombudsman Dmytro Lubinets.": the verb first, the speaker after it; "«…», has declared
                # Thursday evening the spokeswoman …, Maria Zakharova" (translated): not the day it was said
                inverted = next((c for c in token.rights if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod")
                                 and c.ent_type_ not in ("DATE", "TIME")), None) or next(
                    (c for c in token.subtree if c.i > token.i and c.dep_ in ("dobj", "nsubj", "attr")
                     and c.ent_type_ not in ("DATE", "TIME") and c.head.ent_type_ in ("DATE", "TIME")), None)
                if inverted is None:  # "– says in conversation with "Horyzont" dr hab. Jarosław Mielczarek from …":
                    # the person named after the verb, wherever the parse hangs the name
                    named = next((e for e in self._person_ents if token.idx < e.start_char < end), None)
                    inverted = named.root if named is not None else None
            subject = inverted or subject
            if subject is None or not (start <= subject.idx < end):
                continue
            found = self._speaker(subject, after_verb=inverted is not None or subject.i > token.i)
            if found is None:
                return None
            speaker, co = found
            return speaker, cue, None if inverted is not None else self._addressee(token), co, token
        return None

    def _cue(self, token: Token) -> str | None:
        lemma = token.lemma_.casefold()
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
            return None
        if lemma == "call" and _calls_it(token):
            return "call"  # Zelensky called the swap "a very important result": naming it, in quotes
        if lemma in _NAMING and _calls_it(token):
            return lemma  # Ushakov described the call as "frank and businesslike"
        if _directive(token) is not None:
            return "call on" if lemma == "call" else lemma  # "called on Russia to accept …", "urged partners to …"
        if lemma not in self.lex.verbs:
            return None
        if lemma == "express" and token.tag_ != "VBN" and any(
                c.dep_ == "dobj" and c.lemma_ in _STANCES and any(g.dep_ in ("acl", "ccomp") for g in c.children)
                for c in token.children):
            return lemma  # "expressed hope that the dialogue would continue"
        if lemma == "accuse" and _accused(token) is not None:
            return lemma  # "Sybiha accused Moscow of "playing for time"": the charge is what was said
        if lemma in ("express", "inform") and _told_about(token) is not None:
            return lemma  # "expressed Ukraine's readiness to extend the pause", "informed his counterpart of the progress …"
        if lemma in ("accuse", "express") and not any(c.dep_ == "ccomp" for c in token.children) \
                or lemma == "express" and token.tag_ == "VBN":
            return None  # "Kyiv, accused of delays", "the views expressed are her own" say nothing
        particle = self.lex.particles.get(lemma)
        if particle:
            if not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
                return None
            return f"{lemma} {particle}"
        return lemma

    def _speaker(self, subject: Token, after_verb: bool = False) -> tuple[Speaker, list[Speaker]] | None:
        """`after_verb`: the speaker follows the cue ("…, said a senior European diplomat to our newspaper"), so a
        "to …" after it is whom the words were said to, not part of who said them."""
        tokens = [t for t in subject.subtree]
        if after_verb:  # "…, said the minister at a press conference in Moscow": where, not who
            # (but "says the state secretary in the Ministry of Foreign Affairs, Jeppe Kofoed Vinther, to DFR": the
            # ministry is where the role is, and the name after it in apposition is who speaks)
            named_after = [c.i for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            to = next((c for c in subject.children if c.dep_ == "prep" and c.i > subject.i and (c.lower_ in (
                "to", "at", "during", "in", "on", "after", "before", "while", "when") or c.lower_ == "for"
                and (self._outlet(c) or subject.ent_type_ == "PERSON")) and not (
                c.lower_ == "in" and any(i > c.i for i in named_after))),
                None)  # "…, said the expert for TerazInfo", "said Hudec for Správy Plus": whom for, not who
            if to is not None:
                tokens = [t for t in tokens if t.i < to.i]
        # "Director of the … Department Yuri Belyakov in a conversation with Kurs confirmed": where and with whom the
        # named person spoke, not part of who spoke; nor are when and how the words were said ("the Ukrainian foreign
        # minister on Saturday", "the Russian commissioner, for her part,", "Fedorov in Telegram")
        aside = next((t for t in tokens if t.i > tokens[0].i and (
            t.dep_ == "prep" and t.i > t.head.i and t.head.ent_type_ == "PERSON"
            and t.lower_ in ("in", "with", "to", "at", "during")
            or t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_ in _REACHED  # "a member … reached by telephone"
            or t.dep_ == "prep" and t.lower_ in ("in", "at") and self._body_at(tokens, t)
            or t.dep_ in ("prep", "npadvmod", "advmod") and (any(c.ent_type_ in ("DATE", "TIME") for c in t.subtree)
                                                             or _SPEAKER_ASIDE.match(self.text, t.idx)))), None)
        if aside is not None:
            tokens = [t for t in tokens if t.i < aside.i]
        self._note_until(tokens[0].idx)
        # The first conjunct speaks; the others are co-speakers of the same words.
        conjuncts = [c for c in subject.children if c.dep_ == "conj"]
        cut = min([c.left_edge.i for c in conjuncts] + [t.i for t in tokens if t.dep_ == "cc" and t.head == subject]
                  + [t.i for t in tokens if t.text == "," and t.i > subject.i] + [tokens[-1].i + 1])
        appos_tokens = [t for t in tokens if t.i >= cut and t.dep_ != "cc" and not any(
            t in c.subtree for c in conjuncts)]
        main = [t for t in tokens if t.i < cut and not t.is_punct]
        label = next((t for t in main if t.text.isupper() and len(t.text) > 1
                      and self.text.startswith(":", t.idx + len(t.text))), None)
        if label is not None and all(t.text.isupper() for t in main if t.i <= label.i):
            # "HOST: Donald Trump has said …": a transcript's label is no subject; the name after it is
            main = [t for t in main if t.i > label.i] or [t for t in appos_tokens if not t.is_punct]
            if main is not None and not [t for t in tokens if t.i < cut and t.i > label.i]:
                appos_tokens = []
        if not main:
            return None
        mention_span = self.doc[main[0].i: main[-1].i + 1]
        sides = self._sides_named(subject, main) or self._both_sides(subject, mention_span.text)
        if sides:
            speaker, *co = sides
            return Speaker(speaker.name, mention_span.text, speaker.id), [
                Speaker(c.name, mention_span.text, c.id) for c in co]
        appos = " ".join(t.text for t in appos_tokens).strip(" ,") or None
        named = [t for t in appos_tokens if t.ent_type_ == "PERSON"]
        run = [t for t in named if t.i - named[0].i == named.index(t)]  # the first name only, not one in a
        named = run  # relative clause after it ("Hakan Fidan, who spoke to Sergei Lavrov, said")
        # a person named in the main phrase ("Kyiv's mayor" read as a person is a place's possessive)
        main_person = any(t.ent_type_ == "PERSON" and t.dep_ != "poss" and self.ctx.base.state_of(t.text) is None
                          for t in main)
        if not named and appos_tokens and not main_person:
            # "…, head of the Russian Direct Investment Fund Kirill Dmitriev, told": a name the model missed
            trailing = proper_name([t for t in appos_tokens if not t.is_punct])
            known = self.ctx.base.lookup(" ".join(t.text for t in trailing)) if trailing else None
            named = trailing if trailing and (len(trailing) >= 2 and looks_like_person_name(trailing)
                                              or known is not None and known.kind == "person") else []
            # ("Ukraine's chief negotiator, Rustem Umerov, said", the name read as an organisation's)
        if named and not main_person and not looks_like_person_name([t for t in main if t.dep_ not in ("poss", "case")]):
            # "The EU's foreign policy chief, Kaja Kallas, said": the name stands in apposition to the role.
            name_tokens = [t for t in appos_tokens if named[0].i <= t.i <= named[-1].i]
            speaker = resolve_mention(self.doc[name_tokens[0].i: name_tokens[-1].i + 1], name_tokens, self.ctx,
                                      appos=mention_span.text)
            if speaker is not None:
                speaker.mention = self.doc[main[0].i: name_tokens[-1].i + 1].text
        else:
            speaker = resolve_mention(mention_span, main, self.ctx, appos=appos)
        if speaker is None:
            return None
        co = []
        for c in conjuncts:
            ctoks = [t for t in c.subtree if not t.is_punct and t.dep_ != "cc"]
            if ctoks:
                other = resolve_mention(self.doc[ctoks[0].i: ctoks[-1].i + 1], ctoks, self.ctx)
                if other is not None:
                    co.append(other)
        return speaker, co

    def _sides_named(self, subject: Token, main: list[Token]) -> list[Actor]:
        """"the American and Ukrainian delegations": a body of each named state speaking together; the first speaks,
        the others are co-speakers."""
        if subject.tag_ not in ("NNS", "NNPS"):
            return []
        adjectives = [t for t in main if t.i < subject.i and t.pos_ in ("ADJ", "PROPN") and t.dep_ in ("amod", "conj",
                                                                                                       "compound")]
        states = [self.ctx.base.state_of(t.text) for t in adjectives]
        if len(states) < 2 or None in states or len(set(states)) < len(states):
            return []
        return [self.ctx.base.actors[s] for s in states]

    def _both_sides(self, subject: Token, mention: str) -> list[Actor]:
        """"Russia and Ukraine exchanged …, both sides said": the two states the sentence names, in its order."""
        if not _BOTH_SIDES.fullmatch(mention.strip()):
            return []
        states: list[Actor] = []
        for ent in [e for e in subject.sent.ents if e.end <= subject.i]:  # named in what they said, before it
            actor = self.ctx.base.lookup(ent.text)
            state = self.ctx.base.actors.get(actor.country or actor.id) if actor is not None else None
            if state is not None and state.kind == "state" and state not in states:
                states.append(state)
        return states if len(states) == 2 else []

    def _addressee(self, verb: Token) -> str | None:
        for c in verb.children:
            if c.dep_ in ("dative", "dobj", "iobj") and verb.lemma_ in ("tell", "inform", "assure", "write"):
                return _phrase(c)
            if c.dep_ == "prep" and c.lower_ == "to":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs and verb.lemma_ in ("say", "tell", "explain", "write", "announce", "state", "report",
                                             "confirm", "declare", "reply", "respond", "complain"):
                    return _phrase(objs[0])
        return None

    def _dash_paragraph(self, start: int, end: int, previous: tuple[int, int] | None) -> None:
        """'— Words … will," he said.' — the dash opens, a quotation mark (or nothing) closes."""
        body_start = start + _DASH_OPEN.match(self.text[start:end]).end()
        para = self.text[body_start:end]
        tail = re.search(r'([,.!?…]?)\s*["”»]\s*,?\s+([^"“”«»]{2,200}?)\.?\s*$', para) \
            or re.search(r'([,.!?…])\s+([^,"“”«»]{2,120}?)\.?\s*$', para)  # '… been through it all, the diplomat said.'
        # The attribution is the last clause after a closing mark, or after the last comma before the end.
        close = max(para.rfind(c) for c in "\"”»")
        dash = re.search(r"([,.!?…]?)\s*(?<![\w])[—–]\s+((?:[^—–\"“”«»„]|" + _QUOTED_NAME + r"){2,160}?)\.?\s*$",
                         para)  # '…there, — the spokesman said.', '… – says in conversation with "Horyzont" dr …'
        if dash and close > dash.start():  # a quoted name in the attribution is not where the words close
            close = max(para.rfind(c, 0, dash.start()) for c in "\"”»")
        attribution = None
        if dash and close < dash.start() and (attribution := self._attribution(body_start + dash.start(2), end)):
            content_end = body_start + dash.start(1) if dash.group(1) in ("", ",") else body_start + dash.end(1)
        elif close > 0:
            attribution = self._attribution(body_start + close + 1, end) or self._told_in(body_start + close + 1, end)
            content_end = body_start + close
        elif tail:
            attribution = self._attribution(body_start + tail.start(2), end)
            content_end = body_start + tail.start(1) if attribution else end
            if attribution is None:  # "…, says Karin Lindqvist, analyst at the Defence Research Agency, FOI.": the
                # clause after an earlier comma, the speaker's titles after it
                for comma in [c for c in _COMMA_CUE.finditer(para) if c.start() < tail.start(1)][::-1][:3]:
                    attribution = self._attribution(body_start + comma.end(), end)
                    if attribution is not None:
                        content_end = body_start + comma.start()
                        break
        if attribution is None:
            content_end = body_start + close if close > 0 else end
            prior = self.ctx.last_speaker
            if para.rstrip().endswith("?"):
                return  # "— Is the moratorium holding?": the interviewer's question
            if previous is not None and self.text[previous[0]:previous[1]].rstrip().endswith("?") \
                    and self._dashed_answers >= 2:
                # "Did you meet your counterpart? / — Yes, we met …": an interview's answer, by the one it is with,
                # not by whoever the question named (a report's one question put to a witness is put to whoever
                # spoke last)
                prior = self._answerer = self._answerer or self._interviewee(start, "—") \
                    or self._introduced(start) or prior
            if prior is None:
                return
            self._add(prior, "say", "direct", body_start, content_end, claim=(start, end))
            return
        speaker, cue, addressee, co, _verb = attribution
        self._add(speaker, cue, "direct", body_start, content_end, co=co, addressee=addressee, claim=(start, end),
                  date=self._date_in(content_end, end, (body_start, content_end)))

    def _quoted(self, start: int, end: int) -> None:
        """Quotation marks: a quote with an attribution next to it ('"…," the diplomat concluded.')."""
        for q in find_quotes(self.text, start, end):
            words = len(self.text[q.start:q.end].split())
            after = self.text[q.end + 1: end] if q.closed else ""
            before_start = max(start, sentence_at(self.doc, q.start - 1).start_char)
            ended = list(re.finditer(r"[.!?]\s+", self.text[before_start: q.start - 1]))
            if ended:  # "… in Berlin. „We will not …“, said Merz": a sentence the parser ran into the quote
                before_start += ended[-1].end()
            before = self.text[before_start: q.start - 1]
            if _QUOTE_LABEL.fullmatch(before):
                before = ""  # "Quote: "…"": the label names no one; the speaker is the one just told of
            is_sentence = not before.strip(" :,") or before.rstrip().endswith((":", ","))
            opens = not before.strip() and q.closed  # '"Diplomacy is patience," the minister said.'
            if words < (2 if opens else 4) or not is_sentence:
                continue  # a fragment inside a sentence: the reported-speech reading handles it as mixed
            if before.rstrip().endswith(",") and _REPORTED_THAT.search(before):
                continue  # "Zakharova said that Kyiv had postponed the round, "under a far-fetched pretext"": mixed
            attribution = None
            m = None
            if not after.lstrip().startswith(("(", ".")):
                # '…," the diplomat said.', and '…," Rustem Umerov, then head of its delegation, said afterwards.'
                for tail in (r'\s*,?\s*([^"“”«»]{2,160}?)(?:[.;,]|$)', r'\s*,?\s*([^"“”«»]{2,220}?)(?:[.;]|$)'):
                    m = re.match(tail, after)
                    attribution = self._attribution(q.end + 1 + m.start(1), q.end + 1 + m.end(1)) if m else None
                    if attribution is not None:
                        break
            if words < 4 and attribution is None:
                continue
            if attribution is None and before.strip(" :,"):
                attribution = self._attribution(before_start, q.start - 1)
            if attribution is None and before.rstrip().endswith(":"):
                attribution = self._colon_intro(before_start, before_start + len(before.rstrip()) - 1)
            if attribution is None and not before.strip() and q.closed:
                attribution = self._credit_line(q.end + 1, end)
            last = self.found[-1] if self.found else None
            if last is not None and last.kind != "direct" and len(self.found) > 1 and self.found[-2].kind == "direct" \
                    and self.found[-2].speaker == last.speaker and last.span[0] > self.found[-2].span[1]:
                last = self.found[-2]  # '"…," he told journalists, adding that …. "This is unacceptable …"': his
            if attribution is None and last is not None and last.kind == "direct" and q.closed and not before.strip() \
                    and start <= self.claimed[-1][1] <= q.start and not self.text[self.claimed[-1][1]:q.start - 1].strip(" .,;"):
                # '"…," Guo said. "The Chinese side supports …"': the next quote, with no cue of its own, goes on
                attribution = (last.speaker, last.cue, None, list(last.co_speakers), None)
            if attribution is None:
                label_start = start
                if not self.text[start: q.start - 1].strip():  # the label on a line of its own, above the quote
                    above = self._paragraph_before(start)
                    if above is not None and _QUOTE_LABEL.fullmatch(self.text[above[0]: above[1]] + " "):
                        label_start = above[0]
                label = self.text[label_start: q.start - 1]
                labelled = _QUOTE_LABEL.fullmatch(label) is not None
                named = re.search(r"\bfrom\b", label, re.IGNORECASE)  # "Quote from a source:" names its speaker
                speaker = self._label_speaker(label_start) if labelled and q.closed and not named else None
                if speaker is None and (before.strip() or not q.closed or self.ctx.last_speaker is None):
                    continue
                prev_para_end = start - 2
                if not labelled and not self.text[:prev_para_end].rstrip().endswith((":", "\"", "”", "»")):
                    continue
                attribution = (speaker or self.ctx.last_speaker, "say", None, [], None)
            speaker, cue, addressee, co, verb = attribution
            claim_end = q.end + 1 + (m.end(1) if m else 0)
            self._add(speaker, cue, "direct", q.start, q.end, co=co, addressee=addressee,
                      claim=(min(before_start, q.start), max(claim_end, q.end)),
                      date=self._date_in(before_start, claim_end, (q.start, q.end)))
            adding = _adding_clause(verb, sentence_at(self.doc, verb.idx)) if verb is not None else None
            if adding is not None and adding[1].idx > q.end:
                sent_end = sentence_at(self.doc, verb.idx).end_char
                self._add(speaker, adding[0].lemma_, "indirect", adding[1].idx, sent_end, co=co,
                          claim=(adding[1].idx, sent_end))

    def _inline_dashes(self, found: list[re.Match]) -> None:
        """Dialogue dashes inside a paragraph, after a sentence of narration (translated from Polish, Spanish,
        Ukrainian): "… a counterproposal. – Humanitarian questions cannot be a hostage … – he said to journalists."
        The words between the dashes are the speaker's the closing clause names."""
        for m in found:
            if self._is_claimed(m.start(), m.end()):
                continue
            self._note_until(m.start())
            self._quotes_here.append((m.start(), m.end("body")))
            attribution = self._attribution(m.start("attr"), m.end("attr")) or self._told_in(m.start("attr"), m.end("attr"))
            if attribution is None:
                continue
            speaker, cue, addressee, co, _verb = attribution
            self._add(speaker, cue, "direct", m.start("body"), m.end("body"), co=co, addressee=addressee,
                      claim=(m.start(), m.end()))

    def _body_at(self, tokens: list[Token], prep: Token) -> bool:
        """Whether a preposition puts a body the actor base knows in a place ("The International Committee of the Red
        Cross in Geneva confirmed"): where it spoke from, not who spoke."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ != "GPE":
            return False
        words = " ".join(t.text for t in tokens if t.i < prep.i)
        known = self.ctx.base.lookup(re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE))
        return known is not None and known.kind in ("organization", "media")

    def _outlet(self, prep: Token) -> bool:
        """Whether a preposition's object names a news outlet ("for TerazInfo", "for Radio Hexagone")."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        words = " ".join(t.text for t in obj.subtree)
        actor = self.ctx.base.lookup(words)
        return actor is not None and actor.kind == "media" or outlet_named(words) \
            or self.ctx.last_outlet is not None and self.ctx.last_outlet.name == words

    def _credit_line(self, quote_end: int, end: int) -> tuple[Speaker, str, None, list[Speaker], None] | None:
        """A quote that fills its paragraph, credited on the line under it ("— The Rt. Hon. Mark Carney, Prime
        Minister of Canada"), as releases set it."""
        rest = self.text[quote_end:end]
        if rest.strip(" .") and "\n" not in rest:
            return None  # words after the quote on its own line: not a credit under it
        after = (quote_end, end) if rest.strip(" .\n") else next(((a, b) for a, b in self._paras if a > end), None)
        m = _CREDIT_LINE.fullmatch(self.text[after[0]:after[1]].strip()) if after is not None else None
        if m is None:
            return None
        at = after[0] + self.text[after[0]:after[1]].index(m.group("who"))
        tokens = self._tokens(at, at + len(m.group("who")))
        name = [t for t in tokens if t.text[:1].isupper() and t.lower_.rstrip(".") not in ("the", "rt", "hon")]
        if len(name) < 2 or not looks_like_person_name(name):
            return None
        speaker = resolve_mention(self.doc[name[0].i: name[-1].i + 1], name, self.ctx)
        if speaker is None:
            return None
        self.claimed.append(after)
        return speaker, "say", None, [], None

    def _told_in(self, start: int, end: int) -> tuple[Speaker, str, None, list[Speaker], None] | None:
        """'…," informed in the Ministry of Defense of the Russian Federation.' (translated from Russian, "сообщили
        в Минобороны"): the body the words came from."""
        m = re.match(r"[\s,]*(?:informed|reported|said|stated|told|announced|noted|specified)\s+(?:in|at)\s+"
                     r"(?P<who>(?:the\s+)?[A-Z][^,.;]{2,90}?)\s*\.?\s*$", self.text[start:end])
        if m is None:
            return None
        tokens = self._tokens(start + m.start("who"), start + m.end("who"))
        speaker = resolve_mention(self.doc[tokens[0].i: tokens[-1].i + 1], tokens, self.ctx) if tokens else None
        return (speaker, "inform", None, [], None) if speaker is not None else None

    def _colon_intro(self, start: int, colon: int) -> tuple[Speaker, str, None, list[Speaker], None] | None:
        """A quote a clause with no reporting verb introduces with a colon, whose subject is a person: "…, the
        minister, Hélène Darcourt, has shown herself firm: «If Russia …»" is hers."""
        span = self._span(start, colon)
        if span is None:
            return None
        head = _subject(span.root)
        found = self._speaker(head) if head is not None and head.i >= span.start else None
        if found is None or not self._is_person(found[0]):
            # "Questioned …, the minister …, Hélène Darcourt, has shown herself firm": the parse takes the participle
            # for the subject; the person named right before the verb is who
            root = span.root
            ent = next((e for e in reversed(self._person_ents) if start <= e.start_char and e.end <= root.i
                        and all(t.is_punct or t.dep_ in ("aux", "advmod", "neg") for t in self.doc[e.end:root.i])), None)
            speaker = resolve_mention(ent, list(ent), self.ctx) if ent is not None else None
            return (speaker, "say", None, [], None) if speaker is not None and self._is_person(speaker) else None
        return found[0], "say", None, found[1], None

    def _label_speaker(self, label_start: int) -> Speaker | None:
        """Who speaks in a "Quote:" block: the one a "Source: Zelensky in his evening address" line above it
        names, else the person the paragraph above opens with ("Umerov confirmed the trip on Telegram.")."""
        above = self._paragraph_before(label_start)
        if above is None:
            return None
        prev_start, prev_end = above
        source = re.match(r"\s*(?:source|джерело|источник)\s*:\s*", self.text[prev_start:prev_end], re.IGNORECASE)
        span = self._span(prev_start + (source.end() if source else 0), prev_end)
        if span is None:
            return None
        first = next(iter(span.sents), None)
        if first is None:
            return None
        if source:  # the name it opens with: "Zelensky in his evening video address"
            name = []
            for t in span:
                if t.pos_ != "PROPN":
                    break
                name.append(t)
            speaker = resolve_mention(self.doc[name[0].i: name[-1].i + 1], name, self.ctx) if name else None
        else:
            if any(prev_start <= st.span[0] < prev_end for st in self.found):
                return None  # the paragraph above reports someone's words: the quote is theirs (last speaker)
            head = _subject(first.root)
            found = self._speaker(head) if head is not None and head.pos_ == "PROPN" else None
            speaker = found[0] if found else None
        return speaker if speaker is not None and self._is_person(speaker) else None

    def _paragraph_before(self, start: int) -> tuple[int, int] | None:
        """The offsets of the paragraph before the one starting at `start`, or None for the first."""
        here = next((i for i, (a, b) in enumerate(self._paras) if a <= start <= b), 0)
        return self._paras[here - 1] if here > 0 else None

    def _is_person(self, speaker: Speaker) -> bool:
        actor = (self.ctx.base.actors.get(speaker.actor) or self.ctx.learned.get(speaker.actor)) if speaker.actor else None
        return actor is not None and actor.kind == "person"

    def _according_to(self, sent: Span) -> bool:
        """"According to X, …" and "…, according to X." """
        s = sent.text
        m = re.search(r"\b(?:according to|in (?:the )?(?:words|opinion|view) of)\s+([^,.;]+?)(,|\.\s*$)", s, re.IGNORECASE) \
            or re.search(r"^\W*(?:in|by)\s+(his|her|their)\s+(?:own\s+)?(?:words|opinion|view|estimate|assessment)(,)", s,
                         re.IGNORECASE) \
            or re.search(r"^\W*as\s+(?:said|reported|informed|noted|stated|announced|told)\s+(?:by\s+)?([^,.;]+?)(,)", s,
                         re.IGNORECASE) \
            or re.search(r"^\W*in\s+([^,.;]+?)['’]s?\s+(?:own\s+)?(?:words|opinion|view|estimate|assessment)(,)", s,
                         re.IGNORECASE) \
            or re.search(r"^\W*as\s+[^,.;]{0,60}?\s+(?:was|were|has\s+been|have\s+been)\s+(?:informed|told)\s+(?:in|at|by)\s+"
                         r"([^,.;]+?)(,)", s, re.IGNORECASE) \
            or re.search(r"^\W*as\s+([^,.;]+?)\s+(?:explained|said|noted|stated|stressed|put it|added|recalled|declared|"
                         r"pointed out|emphasi[sz]ed|reported|told \w+)(,)", s, re.IGNORECASE)
        # "In his words, …", "As informed the Headquarters, …" (translated), "In Petrova's view, …",
        # "As the head of the delegation explained, …"
        inside = None
        if not m:
            # "Turkish side, as Ryabkov noted, has confirmed …": the attribution set inside the sentence
            m = inside = re.search(r"(?<=\S),\s*as\s+(?P<verb>assures|assured|says|said|claims|claimed|informs|informed|"
                                   r"reports|reported|notes|noted|stresses|stressed|confirms|confirmed)\s+"
                                   r"((?:the|a)\s+[^,.;]+?|[A-Z][^,.;]+?)(\s*,)", s) \
                or re.search(r"(?<=\S),\s*as\s+([^,.;]+?)\s+(?:noted|said|stressed|explained|added|put it|recalled|"
                                   r"pointed out|emphasi[sz]ed|stated|reported|specified)(\s*,)", s, re.IGNORECASE) \
                or re.search(r"(?<=\S),\s*in\s+([^,.;]+?)['’]s?\s+(?:own\s+)?words(\s*,)", s)  # "…, in Peskov's words, …"
        trailing = None
        if not m:
            # "…, as the White House confirmed on Thursday evening.", "…, as reported by the Ministry of Defence, …"
            m = trailing = re.search(r"(?<=\S),\s*as\s+(?:said|reported|informed|noted|stated|announced|confirmed)\s+by\s+"
                                     r"([^,.;]+?)(\s*,|\.?\s*$)", s, re.IGNORECASE) \
                or re.search(rf"(?<=\S),\s*as\s+([^,.;]+?)\s+{_AS_VERBS}(?:\s+(?:on|in|at|late|early|this|last|earlier|"
                             r"yesterday|today|to)\b[^,.;]*)?(\.?\s*$)", s, re.IGNORECASE)
        if not m:
            return False
        who = (m.start(1), m.end(1))
        issued = _ISSUED_BY.match(m.group(1))
        if issued:  # "according to a statement from the Directorate of Communications": the body that issued it
            who = (m.start(1) + issued.start(1), m.end(1))
        elif _DOCUMENTS.match(m.group(1)):
            return False  # "according to a transcript": a document, not a speaker
        tokens = self._tokens(sent.start_char + who[0], sent.start_char + who[1])
        if not tokens:
            return False
        source_end = self._source_end(tokens) if m.group(0).lower().startswith("according to") else None
        if source_end is not None:  # "According to him the first twenty packages have cost …" (a translation that
            tokens = [t for t in tokens if t.idx < source_end]  # sets no comma after the source): the source is
            # the object of "to", and the words after it are what it says
        reached = next((t for t in tokens if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_ in _REACHED), None)
        tokens = [t for t in tokens if reached is None or t.i < reached.i]  # "a member … reached by telephone"
        if not tokens:
            return False
        speaker = resolve_mention(self.doc[tokens[0].i: tokens[-1].i + 1], tokens, self.ctx)
        if speaker is None:
            return False
        if source_end is not None:
            c_start, c_end = source_end, sent.end_char
        elif inside is not None:
            c_start, c_end = sent.start_char, sent.end_char
        elif trailing is not None and m.group(2).strip() == ",":  # "In return, as reported by …, 175 servicemen …"
            c_start, c_end = sent.start_char, sent.end_char
        elif m.group(2) == ",":
            c_start, c_end = sent.start_char + m.end(), sent.end_char
            relayed = self._attribution(c_start, c_end) if not inside and _NEWS_SOURCE.search(m.group(1)) else None
            if relayed is not None and self._is_person(relayed[0]) and relayed[0].actor != speaker.actor:
                return False  # "Then, according to the agency Novosti Dnya, Zorin has affirmed that …": Zorin's words,
                # relayed by the agency
            if len(s[: m.start()].strip(" ,").split()) > 6:  # "…, according to X, …" with content on both sides
                c_start = sent.start_char
                said = self._attribution(sent.start_char, sent.start_char + m.start())
                if said is not None and said[0].actor != speaker.actor:
                    return False  # "Jenča said that the attack, which involved 800 drones according to Ukrainian
                    # authorities, was the largest": the figure is sourced inside what Jenča said
        else:
            c_start, c_end = sent.start_char, sent.start_char + m.start()
            said = self._attribution(sent.start_char, c_end)
            if said is not None and self._is_person(said[0]) and said[0].actor != speaker.actor:
                return False  # "Fidan told the delegations that …, according to a readout from his ministry": Fidan's
        cue = "according to"
        if trailing is not None:  # the verb's own: "as the Kremlin confirmed", "as reported by …"
            said = re.search(_AS_VERBS, m.group(0), re.IGNORECASE)
            at = sent.start_char + m.start()
            verb = self.doc.char_span(at + said.start(), at + said.end(), alignment_mode="expand") if said else None
            cue = verb.root.lemma_.casefold() if verb is not None else cue
        if inside is not None and not m.group(0).rstrip(" ,").endswith("words"):  # the verb's own: "as Ryabkov noted"
            at = (m.start("verb"), m.end("verb")) if "verb" in m.groupdict() else (m.end(1) + 1, m.start(2))
            verb = self.doc.char_span(sent.start_char + at[0], sent.start_char + at[1], alignment_mode="expand")
            cue = verb.root.lemma_.casefold() if verb is not None else cue
        self._add(speaker, cue, "indirect", c_start, c_end, claim=(sent.start_char, sent.end_char))
        return True

    def _source_end(self, tokens: list[Token]) -> int | None:
        """Where the source of "according to" ends when a clause follows it before the comma ("According to
        Ukrainian sources Kyiv asked for new Patriot systems, …"): the end of the object of "to", where a verb
        with its own subject comes after it; None where the source runs to the comma."""
        before = self.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        to = before if before is not None and before.lower_ == "to" else None
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            return None
        last = max(t.i for t in obj.subtree)
        rest = [t for t in tokens if t.i > last]
        if not any(t.pos_ in ("VERB", "AUX") for t in rest) or not any(t.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                      for t in rest):
            return None
        return self.doc[last].idx + len(self.doc[last].text)

    def _opinion_of(self, sent: Span) -> bool:
        """"For Elena Robles, researcher of the Iberian Institute …, the European document «is born …»" (translated
        from Spanish "para"): the view of the person named, whose role follows the name."""
        m = _OPINION_OF.match(sent.text)
        if m is None:
            return False
        tokens = self._tokens(sent.start_char + m.start("who"), sent.start_char + m.end("who"))
        span = self.doc[tokens[0].i: tokens[-1].i + 1] if tokens else None
        if span is None or len(tokens) < 2 or any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in tokens):
            return False
        if looks_like_person_name(tokens) or any(t.ent_type_ == "PERSON" for t in tokens):
            speaker = resolve_mention(span, tokens, self.ctx, appos=m.group("role"))
        elif m.group("role") and any(self.lex.role_class(w) is not None or w in self.lex.title_words
                                     for w in m.group("role").casefold().split()[:3]):  # (a name taken for a body)
            speaker = resolve_person_name(span, self.ctx, m.group("role"))
        else:
            return False
        if speaker is None or not self._is_person(speaker):
            return False
        self._add(speaker, "believe", "indirect", sent.start_char + m.end(), sent.end_char,
                  claim=(sent.start_char, sent.end_char))
        return True

    def _credited(self, sent: Span, previous: Span | None) -> bool:
        """"This was reported by the Coordination Headquarters.": the sentence before is theirs."""
        m = re.match(r"^\W*(?:this|that|it)\s+(?:was|has been|is|had been)\s+(?P<verb>reported|announced|stated|said|"
                     r"confirmed|written|declared)\s+(?:(?:on|late on|early on|earlier on|this|last)\s+\w+\s+)?(?:by|in)\s+"
                     r"(?:the\s+press\s+service\s+of\s+)?(.+?)\.?\s*$", sent.text,
                     re.IGNORECASE)
        if not m or previous is None or self._is_claimed(previous.start_char, previous.end_char - 1):
            return False
        tokens = self._tokens(sent.start_char + m.start(2), sent.start_char + m.end(2))
        speaker = resolve_mention(self.doc[tokens[0].i: tokens[-1].i + 1], tokens, self.ctx) if tokens else None
        if speaker is None:
            return False
        verb = self._tokens(sent.start_char + m.start("verb"), sent.start_char + m.end("verb"))
        cue = verb[0].lemma_.casefold() if verb else "report"
        self._add(speaker, cue, "indirect", previous.start_char, previous.end_char,
                  claim=(previous.start_char, sent.end_char))
        return True

    def _inverted_tail(self, sent: Span) -> bool:
        """"…, underlined Lubinets." / "…, noted the Ombudsman.": a reporting verb, then its speaker, end the
        sentence (translated text; the parser often reads such a verb as an adjective)."""
        # "Only a state that does not take sides can mediate credibly, so Kickl." (a German "so" kept by a machine
        # translation: "says Kickl")
        german = re.search(r",\s+so\s+(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)"
                           r"(?:\s+(?:further|also|continued))?\s*\.?\s*$", sent.text)
        if german:
            return self._tail_said(sent, german, "say")
        m = re.search(r",\s+(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\s+(?:in\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|"
                      rf"the|on)){{0,8}}?|(?:a|an)\s+(?:[a-z]+\s+){{0,2}}source\b[^,.;\"“”«»]{{0,60}}?|(?:the|its|his|her|their)\s+(?:[A-Za-z][\w'’-]*\s+){{0,3}}?(?:{_BODY_NOUNS}|{_PERSON_NOUNS})"
                      r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:[\w'’-]+)){0,5}?)?(?:,?\s+[A-Z][\w'’-]*){0,3})"
                      r"(?:,\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|minister|head|chief|"
                      r"adviser|advisor|aide|president|secretary|director|ambassador)\b[^,.;]{0,60},?)?"
                      r"(?:,?\s+(?:during|at|after|without|while|citing|in\s+an?)\b[^.;]*)?\s*\.?\s*$",
                      sent.text)
        # "…, stated the President of Türkiye Recep Tayyip Erdogan during a call with …", "…, reported in the Air
        # Force." (translated); and "In the Coordination Headquarters informed that …" (the body first)
        body_first = re.match(r"^\W*In\s+(?P<who>(?:the\s+)?[A-Z][^,.;]{2,90}?)\s+(?P<verb>informed|reported|said|stated|"
                              r"noted|announced|told|explained|specified|stressed|repeat|repeated|assure|assured|"
                              r"consider|considered|believe|believed|claim|claimed|say)(?:\s+\w+)?\s*,?\s+that\s+",
                              sent.text)
        if body_first:
            m = body_first
        # "We are from the first minute on the side of peace … – he summed up." (translated): the speaker after a dash
        dashed = re.search(r"\s[–—-]\s*(?P<who>he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>[a-z]+)(?:\s+up)?"
                           r"(?:\s+to\s+(?:the\s+)?[a-z]+)?\s*\.?\s*$", sent.text) if not m else None
        dashed = dashed or (re.search(r"\s[–—-]\s*(?P<verb>[a-z]+)\s+(?P<who>he|she|the\s+(?:[A-Za-z]+\s+){0,2}?[a-z]+|"
                                      r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+(?:in|on|to)\s+[^.;–—]{2,40})?"
                                      r"\s*\.?\s*$", sent.text) if not m else None)
        if dashed:
            m = dashed

        if not m:
            return False
        verb = self._tokens(sent.start_char + m.start("verb"), sent.start_char + m.end("verb"))
        if not verb or verb[0].lemma_.casefold() not in self.lex.verbs and \
                re.sub(r"d$", "", verb[0].lower_) not in self.lex.verbs:
            return False
        cue = verb[0].lemma_.casefold() if verb[0].lemma_.casefold() in self.lex.verbs else re.sub(r"d$", "", verb[0].lower_)
        tokens = self._tokens(sent.start_char + m.start("who"), sent.start_char + m.end("who"))
        named = re.search(r",\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)+)\s*$", m.group("who"))
        speaker = None
        if named and tokens:  # "…, assured the Ukrainian ombudsman, Dmitró Lubinets.": the name, with its role
            at = sent.start_char + m.start("who")
            tokens = self._tokens(at + named.start(1), at + named.end(1))
            span = self.doc[tokens[0].i: tokens[-1].i + 1] if tokens else None
            speaker = resolve_mention(span, tokens, self.ctx, appos=m.group("who")[:named.start()]) if span else None
        if speaker is None:
            words = m.group("who").split()
            known = next((a for k in range(1, len(words) - 1) if (a := self.ctx.base.lookup(" ".join(words[k:])))
                          is not None and a.kind == "person"), None)  # "the President of Türkiye Recep Tayyip Erdogan"
            if known is not None:
                self.ctx.note(known)
                speaker = self.ctx.speaker_for(known, m.group("who"))
            else:
                speaker = resolve_mention(self.doc[tokens[0].i: tokens[-1].i + 1], tokens, self.ctx) if tokens else None
        if speaker is None:
            return False
        content = (sent.start_char + m.end(), sent.end_char) if body_first else (sent.start_char, sent.start_char + m.start())
        self._add(speaker, cue, "indirect", *content, claim=(sent.start_char, sent.end_char))
        return True

    def _tail_said(self, sent: Span, m: re.Match, cue: str) -> bool:
        """The words before a speaker named at the sentence's end (see `_inverted_tail`) are theirs."""
        tokens = self._tokens(sent.start_char + m.start("who"), sent.start_char + m.end("who"))
        speaker = resolve_mention(self.doc[tokens[0].i: tokens[-1].i + 1], tokens, self.ctx) if tokens else None
        if speaker is None:
            return False
        self._add(speaker, cue, "indirect", sent.start_char, sent.start_char + m.start(), claim=(sent.start_char, sent.end_char))
        return True

    def _reported(self, sent: Span) -> bool:
        """Reported speech: the reporting verb nearest the root of the sentence's parse speaks first."""
        cues = [(t, cue) for t in sent if (cue := self._cue(t)) is not None
                and not _inside_quote(self.text, t.idx, sent.start_char) and not _in_relative_clause(t, sent)
                and any(c.dep_ == "neg" for c in t.children) == (t.lemma_.casefold() in self.lex.negated_cues)]
        # "did not admit" attributes nothing; "did not exclude that …" does, and "excluded" alone does not
        for token, cue in sorted(cues, key=lambda tc: _depth(tc[0])):
            if self._reported_clause(sent, token, cue):
                return True
        return False

    def _reported_clause(self, sent: Span, verb: Token, cue: str) -> bool:
        subject = _subject(verb)
        if subject is None and verb.i > sent.start and self.doc[verb.i - 1].text == ",":
            # "…, underlined Lubinets." (translated): the speaker after the verb that ends the sentence
            subject = next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod")
                            and c.right_edge.i >= sent.end - 2), None)
        if subject is None:
            return False
        attribution_start = _extend_left(self.doc, min(subject.left_edge.i, verb.i), sent.start)
        before = self.doc[sent.start: attribution_start]
        attribution_end = _attribution_end(verb, subject)
        after = self.doc[attribution_end: sent.end]
        content: tuple[int, int] | None = None
        adding = _adding_clause(verb, sent)
        following = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                     and (adding is None or c.i < adding[0].i)]
        that = next((t for t in sent if t.i in (verb.i + 1, attribution_end) and t.lower_ == "that"), None)
        directive = _directive(verb)
        told = _accused(verb) if cue == "accuse" else _told_about(verb) if cue in ("express", "inform") else None
        if directive is not None and not following:
            # "Sybiha called on Russia to accept a full 30-day ceasefire": what is asked, and of whom, is what was said
            content = (_asked(verb, directive).idx, sent.end_char)
        elif told is not None and not following:
            # "Peskov accused Ukraine of violating the truce 14 times": whom the charge is against, and what it is;
            # "expressed its appreciation to …", "informed about the results of …": what was expressed or told
            content = (told.left_edge.idx, sent.end_char)
        elif cue == "call" or cue in _NAMING:
            # "Zelensky called the swap "a very important result"": what it was called, marks and all.
            closing = next((t for t in sent if t.i > verb.i + 1 and t.text in _QUOTE_CHARS
                            and t.i > next(q.i for q in sent if q.i > verb.i and q.text in _QUOTE_CHARS)), None)
            content = (self.doc[verb.i + 1].idx, closing.idx + 1 if closing is not None else sent.end_char)
        elif not following and before.text.rstrip().endswith(",") and (near := _that_near(self.doc, verb, sent)):
            # "Closing the works, Horbenko has said to the journalists that the Ukraine «has obtained …» (the parse
            # took the "that" for a relative pronoun): what follows it, not the words before the comma
            content = (near.idx + len(near.text), sent.end_char)
        elif following:
            # "Peskov reported that Russia had submitted …": the content follows the cue and its addressee.
            first = self.doc[that.i + 1] if that is not None else (
                self.doc[attribution_end] if attribution_end < sent.end else following[-1].left_edge)
            while first.i + 1 < sent.end and (first.lower_ in ("that", ",", ":") or first.dep_ == "mark"
                                              and first.lower_ in ("whether", "if") and that is None):
                first = self.doc[first.i + 1]
            content = (first.idx, sent.end_char)
        elif before.text.rstrip().endswith(",") and len(before) >= 2:
            if after.text.lstrip().startswith(",") and len(after) > 3 and (adding is None or adding[0].i > after.start + 2):
                # "An immediate ceasefire, the minister explained, would mean …": the cue stands inside.
                content = (sent.start_char, sent.end_char)
            else:
                rest = [t for t in after if not t.is_punct]
                said_what = next((c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ == "say"
                                  and c.left_edge.i == verb.i + 1 and len(list(c.subtree)) >= 5), None)
                if said_what is not None:  # "…, Lavrov said the force which … was unacceptable" (parsed as an object)
                    rest = [t for t in self.doc[said_what.left_edge.i: sent.end] if not t.is_punct]
                if len(rest) <= 3 or rest[0].pos_ in ("ADP", "ADV", "SCONJ") or rest[0].tag_ == "VBG" \
                        or after.text.lstrip().startswith((",", ";")):
                    # "Content, the diplomat said (on Tuesday, in an interview).": the attribution ends the sentence.
                    content = (sent.start_char, before.end_char)
                    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1
                                  and c.pos_ == "NOUN" and c.lower_ not in self.lex.audiences), None)
                    if thing is not None and verb.lemma_ not in ("tell", "inform", "assure", "remind", "brief"):
                        return False  # "In March, after a call …, the two sides announced a moratorium": no words
                elif any(t.pos_ in ("VERB", "AUX") for t in rest):
                    # "Speaking at a news conference …, Lavrov said the force … was unacceptable": the clause after
                    content = (rest[0].idx, sent.end_char)
                else:
                    return False  # "In March, after a call …, the two sides announced a moratorium": no words told
        else:
            colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
            # "told journalists after the session that …": a few words (no verb) between the cue and "that"
            that = _that_near(self.doc, verb, sent)
            if colon is not None and colon.i < sent.end - 2 and verb.lemma_ not in self.lex.needs_clause:
                content = (colon.idx + 1, sent.end_char)
            elif that is not None:
                content = (that.idx + len(that.text), sent.end_char)
            else:
                return False
        if adding is not None and content[1] > adding[0].idx:
            content = (content[0], _before_comma(self.doc, adding[0]))
        # "Trump said that …, and White House officials said that …": a second speaker with a clause of their own
        # "…, but he said no date had been set": the same speaker's second clause, told apart by "but"
        second = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and self._cue(c) is not None
                       and any(g.dep_ in _SUBJECTS and g.idx > content[0] and (g.pos_ != "PRON" or any(
                           b.dep_ == "cc" and b.lower_ == "but" for b in verb.children if verb.i < b.i < c.i)
                           and any(k.dep_ == "ccomp" for k in c.children)
                           and not any(k.dep_ == "mark" for k in c.children)) for g in c.children)),
                      None) \
            if adding is None else None
        claim_end = sent.end_char
        if second is not None:
            other = next(g for g in second.children if g.dep_ in _SUBJECTS)
            claim_end = _before_comma(self.doc, other.left_edge)
            content = (content[0], min(content[1], claim_end))
        if content[1] - content[0] < 12:
            return False
        found = self._speaker(subject, after_verb=subject.i > verb.i)
        if found is None:
            return False
        speaker, co = found
        date = self._date_in(sent.start_char, sent.end_char, content)
        self._add(speaker, cue, "indirect", content[0], content[1], co=co, addressee=self._addressee(verb),
                  claim=(sent.start_char, claim_end), date=date)
        if second is not None:
            self._reported_clause(sent, second, self._cue(second))
        if adding is not None:
            # "…, adding that forensic experts would …": a second statement by the same speaker.
            participle, first = adding
            self.claimed.pop()
            self._add(speaker, participle.lemma_, "indirect", first.idx, sent.end_char, co=co,
                      claim=(sent.start_char, sent.end_char))
        return True


# A paragraph that ends by naming the body whose numbered points follow: "Proceeding from the above, the Committee:"
_RESOLVER = re.compile(r"(?:^|[,;]\s+)(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the)){0,10})\s*[:,]\s*$")
def _bare_name(span: Span) -> bool:
    """Two or three capitalised words that name no body, place or office: "Han Yuqing" (though "Han" is parsed as a
    people), not "Russian Delegation" or "Foreign Ministry"."""
    titles = cue_lexicon().title_words
    return 2 <= len(span) <= 3 and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                                       and t.ent_type_ not in ("ORG", "GPE", "LOC", "FAC")
                                       and t.lower_ not in titles and t.lower_ not in _BODIES for t in span)


_BODIES = {"committee", "council", "assembly", "parliament", "government", "cabinet", "ministry", "commission",
           "conference", "summit", "rada", "duma", "senate", "congress", "board", "group", "coalition"}
# a point of a resolution: its number or mark, an adverb perhaps, then the verb ("1) strongly condemns", "2. Calls upon")
_POINT = re.compile(rf"\s*{LIST_MARK}\s+(?:[a-z]+ly\s+)?(?P<verb>[A-Za-z]+s)\s+(?:upon\s+|on\s+|to\s+)?")
_BOTH_SIDES = re.compile(r"(?:both|the two)\s+(?:sides|parties|countries)", re.IGNORECASE)
_ISSUED_BY = re.compile(r"(?:a|the|an)\s+(?:\w+\s+)?(?:statement|readout|report|release|communiqu\w+|post)\s+"
                        r"(?:from|by|of|issued by)\s+(.+)$", re.IGNORECASE)
_DOCUMENTS = re.compile(r"(?:a|the|an)\s+(?:\w+\s+)?(?:transcript|statement|readout|report|video|document|"
                        r"data|figures|estimates?|survey|poll|decree|summary|formula|format|scheme|principle|plan|"
                        r"schedule|agreement|memorandum|terms)\b", re.IGNORECASE)


# Bodies a translated report names in lower case after the verb ("…, informed the regional military administration.")
# people a translated report names by role after the verb ("…, assured the Ukrainian ombudsman, Dmitró Lubinets.")
_PERSON_NOUNS = r"(?:ombudsman|commissioner|president|minister|diplomat|expert|analyst|side|envoy|negotiator|leader)"
_BODY_NOUNS = (r"(?:administration|ministry|headquarters|command|office|service|staff|force|forces|agency|committee|"
               r"council|governor|mayor|police|prosecutor's\s+office|spokesman|spokeswoman|spokesperson)")

# The reporting verbs of an attribution set as an "as" clause after what was said ("…, as the Kremlin confirmed.")
_AS_VERBS = (r"(?:explained|said|noted|stated|stressed|added|recalled|pointed\s+out|emphasi[sz]ed|reported|announced|"
             r"confirmed|informed|specified|wrote|told\s+\w+)")

_DIRECTIVE_VERBS = {"call": "on", "urge": None, "appeal": "to", "press": None, "ask": None}


def _asked(verb: Token, to: Token) -> Token:
    """Where the words of a request start: at whom it is made of ("on Russia to accept …", "urged Kyiv to …"), or at
    its "to" where the parse shows no one."""
    asked = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < to.i), None)
    if asked is None:
        on = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
                   and verb.i < c.i < to.i), None)
        asked = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if asked is None or asked.left_edge.i >= to.i:
        return to
    return asked.left_edge


# What a speaker expresses that is words of theirs: "expressed its appreciation to …", "expressed Ukraine's readiness to …"
_EXPRESSED = {"support", "appreciation", "gratitude", "readiness", "willingness", "concern", "solidarity", "condolence",
              "satisfaction", "regret", "hope", "confidence", "commitment", "determination", "disappointment",
              "outrage", "indignation", "sympathy", "thanks", "opposition", "interest"}


def _said_of_subject(verb: Token) -> bool:
    """A passive or a modifier ("was accused by Kyiv of …", "Kyiv, accused of …"): words said of its subject, not by it."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "amod"


def _told_about(verb: Token) -> Token | None:
    """The words a speaker expresses or informs of, where no clause follows: "expressed deep concern over the
    strikes", "informed his counterpart about the situation along the line of contact" (not "the views expressed")."""
    if _said_of_subject(verb):
        return None
    if verb.lemma_.casefold() == "express":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.casefold() in _EXPRESSED
                     and not any(g.dep_ == "ccomp" or g.dep_ == "acl" and g.pos_ == "VERB" and any(
                         m.dep_ == "mark" and m.lower_ == "that" for m in g.children) for g in c.children)),
                    None)  # ("expressed hope that …": the clause is what was said)
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None  # ("…, informed the press service of the Emergency Service": who, not what, after the verb)
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "of") and c.i > verb.i]
    preps += [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" and p.lower_ in ("about", "of")]
    prep = min(preps, key=lambda t: t.i, default=None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _accused(verb: Token) -> Token | None:
    """Whom a speaker accuses, where the charge follows: "accused Moscow of dragging its feet" (not "stands accused
    of", nor "was accused by Kyiv of": words said of the subject, not by it)."""
    if _said_of_subject(verb):
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if target is None or not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > target.i for c in verb.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in target.children):
        return None
    return target


def _directive(verb: Token) -> Token | None:
    """The "to" of what a speaker asks others to do: "called on the partners to introduce …", "urged Kyiv to …"."""
    lemma = verb.lemma_.casefold()
    if lemma not in _DIRECTIVE_VERBS:
        return None
    if any(c.lower_ in cue_lexicon().habitual for c in verb.children if c.dep_ == "advmod"):
        return None  # "often calls on Russia to make concessions": a habit, not words said once
    prep = _DIRECTIVE_VERBS[lemma]
    if prep and not any(c.dep_ in ("prep", "prt") and c.lower_ == prep for c in verb.children):
        return None
    if not prep and not any(c.dep_ in ("dobj", "nsubj") and c.i > verb.i for c in verb.subtree):
        return None
    for c in verb.subtree:
        if c.i > verb.i and c.dep_ in ("xcomp", "advcl", "ccomp", "relcl") and c.pos_ == "VERB":
            to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
            if to is not None and c.i - verb.i <= 12:
                return to
    return None


def _calls_it(token: Token) -> bool:
    """"X called Y 'Z'" (an opinion in quotes), not "called on", "called for" or "called off"."""
    following = token.doc[token.i + 1: min(len(token.doc), token.i + 12)]
    if following and following[0].lower_ in ("on", "for", "off", "up", "in", "back"):
        return False
    return any(t.text in _QUOTE_CHARS for t in following)


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _in_relative_clause(token: Token, sent: Span) -> bool:
    if _relative_report(token):
        return False
    return token.dep_ in ("relcl", "acl") or any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _relative_report(token: Token) -> bool:
    """"…, which Umerov said would be carried out "within ten days"": a reporting verb in a relative clause whose
    reported clause has the relative pronoun for its subject tells what its speaker said."""
    return token.dep_ == "relcl" and any(
        c.dep_ == "ccomp" and c.i > token.i and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that", "who")
                                                   for w in c.children) for c in token.children)


_STANCES = {"hope", "confidence", "concern", "belief", "conviction", "regret", "fear", "doubt", "expectation", "certainty"}
_NAMING = {"describe", "characterise", "characterize", "term", "dub", "label", "brand", "qualify", "define"}


def _attribution_end(verb: Token, subject: Token) -> int:
    """The token after the attribution clause: the verb, its subject, addressee and particles (all before
    the reported clause, when there is one)."""
    end = max(verb.i, subject.right_edge.i if subject.i > verb.i else verb.i) + 1
    clause = min((c.left_edge.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), default=None)
    for c in verb.children:
        if clause is not None and c.i >= clause:
            continue
        if c.i > verb.i and c.dep_ in ("dative", "dobj", "iobj", "prt", "advmod", "npadvmod") or (
                c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("to", "in", "on", "at", "during", "after")
                and c.i == end):
            end = max(end, c.right_edge.i + 1)
    return end


def _that_near(doc: Doc, verb: Token, sent: Span) -> Token | None:
    """A "that" a few words after a reporting verb, with no verb between ("told journalists after the session that
    …"), however the parse attached it."""
    return next((t for t in sent if verb.i < t.i <= verb.i + 7 and t.lower_ == "that"
                 and t.dep_ in ("mark", "nsubj", "dobj", "advmod")
                 and not any(w.pos_ in ("VERB", "AUX") for w in doc[verb.i + 1: t.i])), None)


def _adding_clause(verb: Token, sent: Span) -> tuple[Token, Token] | None:
    """", adding that …" after a reporting verb, or "…, but cautioned that …": the second reporting verb and the
    first word of what it adds. "said the exchange could take place …, while stressing that …" (the participle
    parsed under the reported clause) adds too."""
    under = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children
             if g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in g.children)]
    for c in [*verb.children, *under]:
        finite = c.dep_ == "conj" and (c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VBN" and any(
            k.dep_ == "aux" for k in c.children)) and not any(k.dep_ in _SUBJECTS for k in c.children)
        # the same speaker goes on ("…, and has repeated that …", translated)
        if (c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" or finite) and c.lemma_ in (
                "add", "say", "note", "stress", "emphasize", "warn", "insist", "explain", "claim", "caution",
                "argue", "admit", "acknowledge", "suggest", "underline", "point", "repeat", "reiterate", "affirm",
                "specify", "recall", "declare", "confirm"):
            clause = next((t for t in c.rights if t.dep_ == "ccomp"), None)
            if clause is None:
                continue
            first = clause.left_edge
            while first.i + 1 < sent.end and (first.lower_ == "that" or first.is_punct):
                first = sent.doc[first.i + 1]
            if first.i < sent.end - 1:
                return c, first
    return None


def _before_comma(doc: Doc, token: Token) -> int:
    """Where the text before a participle clause ends: at the comma (or "but", "and") that opens it."""
    i = token.i
    while i > 0 and (doc[i - 1].dep_ == "cc" or doc[i - 1].text == ","):
        i -= 1
    if i < token.i:
        return doc[i - 1].idx + len(doc[i - 1].text) if i > 0 else token.idx
    while i > 0 and doc[i - 1].text != ",":
        i -= 1
    return doc[i - 1].idx if i > 0 else token.idx


def _quotes_words(text: str) -> bool:
    """Whether a text quotes someone's words: a mark left open, or a quoted stretch that is more than a name in
    quotation marks ("the restrictions against "Rosneft" and "Lukoil"" quotes no one)."""
    marks = [c for c in text if c in _QUOTE_CHARS]
    if not marks:
        return False
    stretches = re.findall(r"[\"“«„]([^\"“”«»„]{1,200})(?:[\"”»“]|$)", text)  # (the last mark may be trimmed off)
    if len(stretches) * 2 not in (len(marks), len(marks) + 1):
        return True
    return any(len(q.split()) > 3 or any(w[:1].islower() for w in q.split()) for q in stretches)


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "nsubjpass" for c in subjects) \
            and verb.lemma_ != "quote":
        return None  # "a summit in Budapest was announced": what was announced, not who announced it
    if not subjects and (verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
            and verb.head.pos_ in ("VERB", "AUX"):
        # "…, saying that …", "…, writing that …": the participle's speaker is its clause's subject
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    if not subjects and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "itself", "themselves") for c in verb.head.head.children):
        # "Medinsky limited himself to saying that …", "confined itself to stating that …"
        subjects = [c for c in verb.head.head.children if c.dep_ in _SUBJECTS]
    if not subjects:
        subjects = _misparsed_subject(verb)
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subjects = _misparsed_subject(verb.head)  # "… accused Moscow of … and said that …": the first verb's
    if not subjects:
        # "President of Belarus Alexander Lukashenko, being on Saturday with the working trip …, declared that …"
        # (translated): the parse gives the name to the participle set between commas
        subjects = [g for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG" for g in c.lefts
                    if g.dep_ == "nsubj" and g.i < c.i - 1 and verb.doc[c.i - 1].text == ","
                    and (g.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in g.subtree))]
    if not subjects:
        return None
    # "The private energy company DTEK reported …", parsed as two subjects: the name is the speaker
    named = [t for t in subjects if t.pos_ == "PROPN" or t.text[:1].isupper() and t.i > t.sent.start]
    subject = named[0] if len(subjects) > 1 and named else subjects[0]
    impersonal = subject.lower_ == "it" and (verb.lemma_ == "be" or any(c.dep_ == "auxpass" for c in verb.children))
    if impersonal or subject.lower_ in ("which", "that", "this", "there", "what", "who"):
        return None  # "it is believed that …"; but "It said …" after a ministry spoke is the ministry
    return subject


def _names_the_subject(token: Token) -> bool:
    """A name that is the subject, or set beside a role noun that is ("Official representative of the Foreign
    Ministry Maria Zakharova accused …")."""
    start = token
    for _ in range(5):
        if token.dep_ in _SUBJECTS:
            return token is start or token.ent_type_ == "PERSON" or _is_role(token)
        if token.dep_ not in ("appos", "compound", "pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _is_role(token: Token) -> bool:
    """A noun that names a person's office ("representative", "spokeswoman"), not an event ("meeting")."""
    lex = cue_lexicon()
    return lex.role_class(token.lower_) is not None or token.lower_ in lex.title_words


def _misparsed_subject(verb: Token) -> list[Token]:
    """A name the parser hung elsewhere, just before the verb: "…, after a call with Putin, Donald Trump announced"
    (read as Putin's apposition), "President Trump, asked whether …, told reporters" (read as the subject of
    "asked")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i >= 0 and doc[i].ent_type_ == "PERSON" and doc[i].dep_ in ("appos", "conj", "pobj", "compound"):
        return [doc[i]]
    if i > verb.sent.start and doc[i].text == ")":  # "Andrii Melnyk (Ukraine) accused …", the name read as an auxiliary
        opening = next((j for j in range(i - 1, verb.sent.start - 1, -1) if doc[j].text == "("), None)
        name = doc[opening - 1] if opening is not None and opening > verb.sent.start else None
        if name is not None and name.ent_type_ == "PERSON" and not any(
                t.ent_type_ != "PERSON" for t in doc[verb.sent.start: name.i + 1]):
            return [name]
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("ccomp", "advcl") and c.tag_ in ("VBN", "VBD"):
            names = [g for g in c.children if g.dep_ in _SUBJECTS and g.ent_type_ == "PERSON" and g.i < c.i]
            if names:
                return names
    if i >= 0 and doc[i].text == ",":
        # "…, the regional governor, Oleh Kiper, said." read as a conjunct of the object before it: the
        # comma-set noun phrases just before the verb are its subject, the name among them first.
        chunks, end = [], i
        while len(chunks) < 2 and end > verb.sent.start:
            start = end - 1
            while start > verb.sent.start and doc[start].text != ",":
                start -= 1
            chunk = [t for t in doc[start + 1: end] if not t.is_punct]
            if not chunk or any(t.pos_ in ("VERB", "AUX") for t in chunk) or len(chunk) > 12:
                break
            chunks.append(chunk)
            end = start
        for chunk in chunks:
            names = [t for t in chunk if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "")]
            if names and looks_like_person_name([t for t in chunk if t.pos_ == "PROPN"]):
                return [names[-1]]
        if chunks and any(_is_role(t) or t.ent_type_ == "ORG" for t in chunks[0]):
            return [max(chunks[0], key=lambda t: t.pos_ in ("NOUN", "PROPN") and t.i)]
    elif i >= 0 and verb.i + 1 < len(doc) and doc[verb.i + 1].is_punct and doc[verb.i + 1].text in ".!":
        # "…, with the UAE acting as mediator, the Coordination Headquarters for the Treatment of Prisoners of War
        # said." read as the mediator's apposition: the phrase after the last comma, ending the sentence, speaks.
        start = i
        while start > verb.sent.start and doc[start - 1].text != ",":
            start -= 1
        chunk = list(doc[start: verb.i])
        if start > verb.sent.start and chunk and len(chunk) <= 14 and not any(t.pos_ in ("VERB", "AUX") for t in chunk):
            roots = [t for t in chunk if not (start <= t.head.i < verb.i) or t.head.i == t.i]
            if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN") and (
                    roots[0].ent_type_ in ("ORG", "PERSON") or _is_role(roots[0])):
                return roots
    # "In Kyiv, Mr Zelensky, who spoke by phone with …, said …": the name read as the place's apposition
    for c in verb.children:
        if c.dep_ == "prep" and c.i < verb.i:
            for g in c.children:
                names = [a for a in g.children if g.dep_ == "pobj" and a.dep_ == "appos" and a.ent_type_ == "PERSON"]
                if names:
                    return names[:1]
    return []


def _extend_left(doc: Doc, i: int, floor: int) -> int:
    """Take adverbs that lead into an attribution ("…, Russian Presidential aide Yuri Ushakov even frankly said")."""
    while i > floor and doc[i - 1].pos_ == "ADV" and doc[i - 1].text != ",":
        i -= 1
    return i


def _apposition(token: Token) -> str | None:
    """The role set beside a name: "X, the head of …", or before it: "The head of the delegation, X, …"."""
    for c in token.children:
        if c.dep_ == "appos":
            return " ".join(t.text for t in c.subtree)
    if token.dep_ == "appos" and (token.head.pos_ == "NOUN" or token.head.lower_ in cue_lexicon().title_words
                                  and token.head.i < token.i):  # "the Prime Minister, Mark Carney, …"
        return " ".join(t.text for t in token.head.subtree
                        if not token.left_edge.i <= t.i <= token.right_edge.i and not t.is_punct)
    for c in token.children:  # "Marta Lindqvist, who was Sweden's ambassador in Moscow until 2020, …"
        if c.dep_ == "relcl" and c.lemma_ == "be" and any(w.lower_ == "who" for w in c.children):
            attr = next((w for w in c.children if w.dep_ == "attr"), None)
            if attr is not None:
                return " ".join(t.text for t in attr.subtree if not t.is_punct)
    return None


def _phrase(token: Token) -> str:
    tokens = [t for t in token.subtree if not t.is_punct]
    return " ".join(t.text for t in tokens)


def _inside_quote(text: str, offset: int, floor: int) -> bool:
    before = text[floor:offset]
    straight = before.count("\"") % 2 == 1
    german = before.count("„")  # „…“ (or „…" translated): the pair closes with a mark English opens with
    if german:
        return german > before.count("“") + before.count("”") + before.count("\"") or before.count("«") > before.count("»")
    curly = before.count("“") > before.count("”") or before.count("«") > before.count("»")
    return straight or curly


_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f",
                     "madam": "f", "mme": "f", "mme.": "f", "miss": "f"}


def _genders(doc: Doc, people: list[Span]) -> dict[str, str]:
    """Whom the text shows to be a man or a woman, by surname: "Ms Darcourt", "Kremlin spokesman Peskov", "Hélène
    Darcourt … has shown herself firm" (the one person a sentence names, and a reflexive in it). A surname shown both
    ways is left out."""
    seen: dict[str, set[str]] = {}

    def shown(ent: Span, gender: str) -> None:
        seen.setdefault(fold(re.sub(r"['’]s$", "", ent[-1].text)), set()).add(gender)

    by_sentence: dict[int, list[Span]] = {}
    for ent in people:
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in _HONORIFIC_GENDER:
            shown(ent, _HONORIFIC_GENDER[before])
        role = role_gender(doc[max(0, ent.start - 3): ent.start].text)
        if role:
            shown(ent, role)
        by_sentence.setdefault(ent.sent.start, []).append(ent)
    for start, ents in by_sentence.items():
        if len({e[-1].text for e in ents}) != 1:
            continue
        sent = doc[start].sent
        reflexive = {t.lower_ for t in sent} & {"himself", "herself"}
        if len(reflexive) == 1:
            shown(ents[0], "m" if reflexive == {"himself"} else "f")
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def _year_of(doc: Doc) -> int | None:
    years = [int(t.value[:4]) for t in doc._.timexes or [] if t.value and t.value[:4].isdigit()]
    return max(years) if years else None


def extract_statements(doc: Doc, base: ActorBase) -> tuple[list[Statement], list[Actor], DocContext]:
    """Statements of a parsed report, the actors it taught us, and the context for later components."""
    extractor = _Extractor(doc, base)
    statements = extractor.run()
    return statements, list(extractor.ctx.learned.values()), extractor.ctx


__all__ = ["extract_statements", "find_quotes", "paragraphs", "Mentioned"]
