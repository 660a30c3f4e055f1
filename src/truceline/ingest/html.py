"""HTML pages: the article body with trafilatura, the publication date with htmldate."""

from __future__ import annotations

from dataclasses import dataclass

import htmldate
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..errors import SourceError


@dataclass(frozen=True)
class HtmlReport:
    text: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None


_LEAD_CLASSES = ("lead", "standfirst", "intro", "summary", "article-lead", "dek", "subtitle", "kicker-lead")


def _with_lead(html: str, text: str) -> str:
    """The body with its lead paragraph, which pages often set outside the article's main container
    (`<p class="lead">`) where the extractor does not look."""
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return text
    leads = []
    for p in tree.iter("p"):
        classes = set((p.get("class") or "").casefold().split())
        if classes & set(_LEAD_CLASSES):
            lead = " ".join(p.text_content().split())
            if len(lead.split()) >= 8 and lead not in " ".join(text.split()):
                leads.append(lead)
    return "\n".join([*leads, text]) if leads else text


def extract_html(source: str, html: str, url: str | None = None) -> HtmlReport:
    """The body text (paragraphs one per line) and metadata of a web page."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True, deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise SourceError(source, f"the HTML could not be parsed ({exc.__class__.__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise SourceError(source, "no article text was found in the HTML page")
    try:
        published = htmldate.find_date(html, original_date=True, extensive_search=False, url=url)
    except Exception:  # a page without a usable date is common; the text may still date it
        published = None
    text = _with_lead(html, doc.text).replace("\n", "\n\n")
    return HtmlReport(text=text, title=doc.title, outlet=doc.sitename, published=published or doc.date,
                      url=url or doc.url)
