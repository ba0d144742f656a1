"""Relatedness to the item: text about nothing the item or its commenters talk about, carrying
a way to reach a seller."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from intake.text import relatedness
from intake.text.spam.evidence import Evidence, safe_text
from intake.text.spam.learned import known_share, language_of, script_of
from intake.text.spam.links import (
    HANDLE_RE,
    Link,
    find_links,
    host_allowed,
    links_into_pages,
    outside_links,
    phone_count,
    strip_spans,
)
from intake.text.spam.numbers import shared_figures
from intake.text.spam.sentences import sentences_before_capitals
from intake.text.spam.settings import SpamSettings


def wants_item_context(body: str, s: SpamSettings) -> bool:
    """True when the relatedness signal could count, so the caller loads the item's context.

    It counts only with an outside link, an e-mail address, a phone number or a handle, and only
    for a comment with enough content words, so most comments cost the service nothing more.
    """
    body = safe_text(body)
    links = find_links(body)
    prose = strip_spans(body, (lk.raw for lk in links))
    reachable = (
        any(not host_allowed(lk.host, s.allowed_domains) for lk in links)
        or bool(HANDLE_RE.search(prose))
        or phone_count(prose, s) > 0
    )
    floor = min(s.unrelated_min_terms, s.unrelated_selling_min_terms)
    return reachable and len(relatedness.content_terms(prose)) >= floor


LANGUAGE_CACHE = 4096
UNTOLD = frozenset({"", "LATIN"})
"""What :func:`language_of` answers for text it cannot place: a run of Latin-letter keywords
with none of any language's commonest words (an advert's usual shape) is judged as before."""


@lru_cache(maxsize=LANGUAGE_CACHE)
def cached_language(text: str) -> str:
    """:func:`language_of`, kept per text: an item's comments are asked again for each new one."""
    return language_of(text)


def written_apart(prose: str, context: tuple[str, ...]) -> bool:
    """Nobody wrote about the item in the comment's language: words cannot be shared across
    languages, so a resident writing in Portuguese on an item whose comments are in English
    would read as "unrelated to the item". Then relatedness is not judged unless the comment
    sells outright (see :func:`unrelated_evidence`). (Titles are
    too short to tell their language; an item's comments tell it.) A language is a wordfreq
    language or, for text without its commonest words, a script other than Latin.

    Session 15: "nobody" became "too few words": the comments in the text's language must
    hold ``SAME_LANGUAGE_MIN_TERMS`` content terms unless it is the title's language or the one
    most of the item's comments are in; and Latin-letter prose in a language wordfreq has no
    list for (Somali, Hmong) is written apart from an item whose comments' languages do not
    write most of its words."""
    language = cached_language(prose)
    if language == "LATIN":
        return _unknown_to_the_item(prose, context)
    if language in UNTOLD:
        return False
    if not context:
        return True
    if cached_language(context[0]) == language:
        return False  # the title is written in it (a title names two of its commonest words)
    comments = context[1:]
    spoken = [cached_language(text) for text in comments]
    script = _script(prose)
    same = [
        text
        for text, lang in zip(comments, spoken, strict=True)
        if lang == language or _told_apart_poorly(language, lang, script, text)
    ]
    if not same:
        return True
    # Session 15: relatedness counts shared words, and words are shared only with text in the
    # same language. The language most of the item's comments are written in is the item's;
    # another one needs its comments to hold enough words to share (a Spanish resident on an
    # item with one short Spanish comment shares none of its words, about the item or not).
    told = Counter(lang for lang in spoken if lang not in UNTOLD)
    if told and told[language] == max(told.values()):
        return False
    return len(relatedness.context_terms(same)) < SAME_LANGUAGE_MIN_TERMS


def _told_apart_poorly(language: str, other: str, script: str, text: str) -> bool:
    """Two texts in one script other than Latin whose languages the guess may confuse: one of
    them read only by its script ("CYRILLIC"), or both languages of a family that shares most of
    its words (Russian read as Bulgarian). Arabic and Persian share a script, not their words: a
    Syrian family's Arabic was compared with an item's Persian comments and read as unrelated
    (session 15)."""
    if script == "LATIN" or _script(text) != script:
        return False
    if language.isupper() or other.isupper():
        return True
    return any({language, other} <= family for family in CLOSE_FAMILIES)


#: Languages a short text's guess confuses and that share most of their words.
CLOSE_FAMILIES = (
    frozenset({"ru", "uk", "bg", "mk", "sr", "be"}),
    frozenset({"hi", "mr", "ne"}),
    frozenset({"zh", "ja"}),
)


@lru_cache(maxsize=LANGUAGE_CACHE)
def _script(text: str) -> str:
    """The script of a text's first letter. Short texts in a script several languages write
    are told apart unreliably (a Russian sentence reads "bg", "mk" or "CYRILLIC"), and those
    languages share many words: for the words a text can share, comments in its script other
    than Latin count as written in its language (session 15)."""
    return script_of(text)


#: Session 15: the content terms the comments in a text's language need between them for the
#: words it shares with them to tell whether it is about the item (as
#: ``unrelated_min_context_terms`` for the whole context).
SAME_LANGUAGE_MIN_TERMS = 20
#: Session 15: a text whose language has no wordfreq list (Somali, Hmong, Marshallese, Oromo)
#: is written apart when fewer than this share of its words are words of a language the item's
#: comments are written in; an advert's run of English keywords has nearly all of them.
KNOWN_SHARE_MIN = 0.5


def _unknown_to_the_item(prose: str, context: tuple[str, ...]) -> bool:
    """Latin-letter text with none of any listed language's commonest words, most of whose words
    no language of the item's comments writes: prose in a language wordfreq has no list for."""
    told = {cached_language(text) for text in context[1:]} - UNTOLD
    return bool(told) and known_share(prose, told) < KNOWN_SHARE_MIN


def unrelated_evidence(
    prose: str,
    contacts: list[Evidence],
    links: list[Link],
    context: tuple[str, ...] | None,
    s: SpamSettings,
    selling: bool = False,
    outright: bool = False,
    hidden: bool = False,
    unshared: frozenset[str] = frozenset(),
    reported: str = "",
    cited: str = "",
) -> list[Evidence]:
    """Text about nothing the item or its commenters talk about, carrying a way to reach a seller.

    Either alone is ordinary (residents cite links, leave numbers, stray off topic); together
    they are what spam written for every form looks like, in any language. ``selling`` (an offer
    or a link to a shortener or a domain spam favours was found) lets a shorter text be judged:
    a pitch is short, while a resident's short comment with a link ("Here is the news story I
    mentioned: ...") has too few words to tell what it is about. ``outright`` (an offer, a price
    or call to action, an affiliate link, a wallet, a domain spam favours; not a link to a front
    page, which a shop owner's comment carries too, nor, since session 14, a messenger's ID
    alone, which a resident asking to be called back gives too) keeps a comment written in a
    language nobody on the item wrote in judged (:func:`written_apart`). ``hidden`` (round 9: a
    web address spelled out, defanged or in markup) weighs as a link, which it is.
    ``unshared`` (session 12: place names in a text that sells, the words of a duration) are
    terms of the text that do not count as shared with the item. ``reported`` (round 18: the
    words the comment quotes) counts towards what the comment is about. ``cited`` (session 18:
    the names of the pages a list of sources links to, :mod:`sources`) too, once the text's own
    words (and quoted ones) are enough to judge it: a page's name never makes a short text
    judged.
    """
    if not contacts or context is None:
        return []
    linked = links_away(links, hidden, s)
    about = f"{prose} {reported}" if reported else prose
    terms = relatedness.content_terms(about)
    if len(terms) < (s.unrelated_selling_min_terms if selling else s.unrelated_min_terms):
        return []
    if cited:
        about = f"{about} {cited}"
        terms = relatedness.content_terms(about)
    if not outright and written_apart(prose, context):
        return []
    known = relatedness.context_terms(context)
    if len(known) < s.unrelated_min_context_terms:
        return []
    count, same = shared_figures(about, context)  # round 9: "$450" is the item's fee
    count, same = with_title_acronyms(about, context, count, same)
    topic = terms - unshared
    # Session 19 (margin19): a page cited by a text that sells nothing (no offer, no pitch).
    paged = linked and not (hidden or selling or outright) and links_into_pages(links, s)
    if _related(len(topic & known) + same, len(terms) + count, selling, s):
        return _tail_evidence(prose, known, context, linked, s, paged=paged)
    shared = relatedness.shared_with_item(topic, known, context) + same
    share = shared / (len(terms) + count)
    if _related(shared, len(terms) + count, selling, s):
        # Round 11: related only by naming the title's words; an advert opening with the
        # item's subject ("... the market will bring life to the plaza. By the way, carpet
        # cleaning at www...") closes with its pitch in one sentence, not two.
        return _tail_evidence(prose, known, context, linked, s, closing=1, paged=paged)
    weight, shown = _what_it_carries(linked, paged, s)
    detail = (
        f"unrelated to the item: {share:.0%} of its {len(terms)} content words appear in the "
        f"item or its other comments, with {shown}"
    )
    return [Evidence(weight, detail, noise=True)]


def _what_it_carries(linked: bool, paged: bool, s: SpamSettings) -> tuple[float, str]:
    """The weight of an unrelated text and how its reason names what it carries: a link into a
    page (margin19), a link, or contact details."""
    if paged:
        return s.unrelated_page_weight, "a link into a page"
    if linked:
        return s.unrelated_weight, "a link"
    return s.unrelated_contact_weight, "contact details"


def with_title_acronyms(
    text: str, context: tuple[str, ...], count: int, same: int
) -> tuple[int, int]:
    """``count`` (the text's figures) and ``same`` (those the item shares) with the acronyms of
    the item's title the text writes (session 16: "TRA", which content terms drop as Italian's
    "tra"): each is one more term of the text and shared as a word of the title is,
    ``relatedness.TITLE_TERM_WEIGHT`` times."""
    named = relatedness.title_acronyms_named(text, context[0]) if context else 0
    return count + named, same + relatedness.TITLE_TERM_WEIGHT * named


#: The closing sentences judged apart from the rest of the comment.
TAIL_SENTENCES = 2


def links_away(links: list[Link], hidden: bool, s: SpamSettings) -> bool:
    """A link to a site the deployment does not list, or an address ``hidden`` in the text
    (round 9: spelled out, defanged or in markup), which weighs as a link."""
    return hidden or bool(outside_links(links, s))


def closing_sentences(prose: str, fewest: int) -> str | None:
    """The closing sentences judged apart from the rest: the last one of two, the last
    ``TAIL_SENTENCES`` of more; None when ``prose`` has fewer than ``fewest`` sentences."""
    parts = sentences_before_capitals(prose)
    if len(parts) < fewest:
        return None
    return " ".join(parts[-min(TAIL_SENTENCES, len(parts) - 1) :])


def unrelated_tail(
    tail: str,
    terms: set[str],
    known: set[str],
    context: tuple[str, ...],
    linked: bool,
    s: SpamSettings,
    what: str,
    paged: bool = False,
) -> list[Evidence]:
    """Evidence when the closing ``tail`` (its content ``terms``) shares at most one content term
    or figure with the item and its comments, and at most ``unrelated_max_share`` of its own;
    ``what`` names the tail in the reason."""
    count, same = shared_figures(tail, context)
    count, same = with_title_acronyms(tail, context, count, same)  # session 16: "TRA"
    shared = relatedness.shared_with_item(terms, known, context) + same
    if shared > 1 or shared / (len(terms) + count) > s.unrelated_max_share:
        return []
    weight, shown = _what_it_carries(linked, paged, s)
    detail = (
        f"unrelated to the item: {shared} of the {len(terms)} content words of its {what} "
        f"appear in the item or its other comments, with {shown}"
    )
    return [Evidence(weight, detail, noise=True)]


def _related(shared: int, terms: int, selling: bool, s: SpamSettings) -> bool:
    """Enough of ``terms`` terms (with figures) are in the item's context."""
    share = shared / terms
    return shared >= s.unrelated_max_shared_terms or (
        share > s.unrelated_max_share and not (selling and shared <= 1)
    )


def _tail_evidence(
    prose: str,
    known: set[str],
    context: tuple[str, ...],
    linked: bool,
    s: SpamSettings,
    closing: int = 0,
    paged: bool = False,
) -> list[Evidence]:
    """Round 9: a comment that opens like a resident's and closes with an advert ("I ride Alder
    every day and the bike lanes are overdue. ... I made $8,240 last month. Check this site
    ..."): its closing two sentences, where an advert puts its way to reach the seller, share
    at most one content term or figure with the item and its comments (and at most
    ``unrelated_max_share`` of theirs), and hold enough terms to tell (``unrelated_min_terms``).
    A resident's closing lines with a number to call back name the item's subject, or are too
    short to judge ("Thank you. Jane, 555-0142"). ``closing`` (round 11) judges a text of two
    sentences by its last one, when only the title's words made the whole text related.
    ``paged`` (session 19): the text sells nothing and its links go into pages (see
    :func:`links_into_pages`), weighed as contact details."""
    tail = closing_sentences(prose, 2 if closing else TAIL_SENTENCES + 1)
    if tail is None:
        return []
    terms = relatedness.content_terms(tail)
    if len(terms) < s.unrelated_min_terms:
        return []
    return unrelated_tail(tail, terms, known, context, linked, s, "closing sentences", paged)
