"""Session 18: a list of sources is about what its pages are named after.

A resident who cites documents names each page in its address ("/waiolu-sustainable-yield-2008
.pdf", "/apartment-district-tvr-count"): :func:`links.is_bibliography`. Such a list is most of
its text by nature ("Please read before voting:" and four links), so its prose alone has too
few words to tell what it is about, and the words of its pages were not read at all: it read
as a "link-only comment" and, with a line of its own, as "unrelated to the item". The pages'
names say what the comment is about, as quoted words do (round 18).
"""

from __future__ import annotations

import regex

from intake.text import relatedness
from intake.text.spam.links import (
    SPOKEN_PAGES_MIN,
    Link,
    is_bibliography,
    is_named_page,
    outside_pages,
    page_path,
)
from intake.text.spam.settings import SpamSettings

_EXTENSION_RE = regex.compile(r"\.[A-Za-z0-9]{2,5}$")
_SEPARATORS_RE = regex.compile(r"[-_.]+")


def page_words(link: Link) -> str:
    """The words a page's address names it by: its last path segment without its file
    extension, hyphens read as spaces ("fema-p-361-safe-rooms.pdf" -> "fema p 361 safe
    rooms")."""
    segments = [p for p in page_path(link).split("/") if p]
    if not segments:
        return ""
    return str(_SEPARATORS_RE.sub(" ", _EXTENSION_RE.sub("", segments[-1]))).strip()


def cited_words(links: list[Link]) -> str:
    """The page names of a list of sources (every link a named page), as words; "" for any
    other text: a front door's name is the site's, not what the comment says."""
    if not is_bibliography(links):
        return ""
    return " ".join(page_words(lk) for lk in links if not lk.is_email and is_named_page(lk))


def cites_the_item(links: list[Link], context: tuple[str, ...] | None, s: SpamSettings) -> bool:
    """A list of sources whose page names share at least ``unrelated_max_shared_terms`` terms
    with the item and its comments (a word of the title counting twice, as relatedness counts):
    the documents of the item's subject, not a run of links dropped on every form."""
    if not context:
        return False
    words = cited_words(links)
    if not words:
        return False
    terms = relatedness.content_terms(words)
    known = relatedness.context_terms(context)
    return relatedness.shared_with_item(terms, known, context) >= s.unrelated_max_shared_terms


def speaks_of_its_pages(
    links: list[Link], prose: str, context: tuple[str, ...] | None, s: SpamSettings
) -> bool:
    """Session 20 (lead): two or more links outside the deployment's domains, every one into a
    page of its site (a path: not a front page, a shortener, a domain spam favours nor a
    messenger's chat), and at least two of them, and at least half, with an address holding a
    content word the comment or its item (title and comments) speaks of ("Here are the crash
    data and the study: .../crash-data .../narrows-study"). A resident's list of the documents
    they cite: shorter page names than a bibliography's (:func:`links.is_bibliography` wants
    three words each), most of them named by the comment or the item. Session 21: half, not
    every one, as the rest are named by what documents are ("/PX00917/fact-sheet",
    "/2023-photos": the spent set -40's "read before the vote" list was flagged). Link spam
    sends readers to front doors, or to pages its text never names."""
    urls = outside_pages(links, s)
    if not urls:
        return False
    spoken = relatedness.content_terms(prose)
    if context:
        spoken |= relatedness.context_terms(context)
    named = sum(bool(relatedness.content_terms(_address_words(lk)) & spoken) for lk in urls)
    return named >= SPOKEN_PAGES_MIN and 2 * named >= len(urls)


def may_name_its_pages(links: list[Link], s: SpamSettings) -> bool:
    """Two or more links outside the deployment's domains, all into pages of sites spam does not
    favour: the caller loads the item's context, which may name them
    (:func:`speaks_of_its_pages`)."""
    return bool(outside_pages(links, s))


def _address_words(link: Link) -> str:
    """Every segment of the link's path as words ("docs/2650-emmons-eis.pdf" -> "docs 2650
    emmons eis")."""
    path = _EXTENSION_RE.sub("", page_path(link).replace("/", " "))
    return str(_SEPARATORS_RE.sub(" ", path))
