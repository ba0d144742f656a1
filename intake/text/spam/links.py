"""Links and the ways to reach a seller: URLs, e-mail addresses, phone numbers, handles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex

from intake.text.spam.evidence import Evidence, visible_length, words_in
from intake.text.spam.settings import SpamSettings

_ABUSED_TLDS = (
    "xyz", "top", "click", "online", "site", "live", "icu", "buzz", "fun", "store", "club",
    "vip", "work", "link", "win", "bid", "loan", "life", "today", "world", "space", "website",
    "tech", "pro", "app", "dev", "io", "co", "me", "ly", "ru", "cn", "tk", "ml", "ga", "cf",
)  # fmt: skip


# Top-level domains and link shorteners that spam favours and residents' citations almost never
# use (news sites, agencies and organisations are .com, .org, .gov, country domains). A subset of
# _ABUSED_TLDS: .io, .co, .me, .app, .dev and the country domains are ordinary.
_SPAMMY_TLDS = frozenset(
    {
        "xyz", "top", "click", "online", "site", "live", "icu", "buzz", "fun", "store", "shop",
        "club", "vip", "win", "bid", "loan", "love", "date", "sexy", "porn", "xxx", "casino",
        "bet", "cam", "monster", "rest", "cfd", "sbs", "tk", "ml", "ga", "cf", "gq",
    }
)  # fmt: skip
_SHORTENERS = frozenset(
    {
        "bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "rb.gy", "shorturl.at",
        "ow.ly", "tiny.cc", "s.id", "v.gd", "rebrand.ly", "linktr.ee",
    }
)  # fmt: skip


_FILE_RE = regex.compile(r"\.[A-Za-z0-9]{2,5}$")


def is_citation(link: Link) -> bool:
    """A link into a site (a document, an article: two or more path segments or a file name)
    cites something; a pitch sends the reader to a front door ("https://shop.example", "/offer").
    """
    if link.is_email:
        return False
    # Round 10: a shortener or a domain spam favours is no citation wherever it points
    # ("annadates.love/u/anna26"): news, agencies and organisations do not publish there.
    if is_spammy_host(link.host):
        return False
    rest = link.raw.split("//", 1)[-1]
    path = regex.split(r"[?#]", rest, maxsplit=1)[0].partition("/")[2]
    segments = [p for p in path.split("/") if p]
    return len(segments) >= 2 or bool(segments and _FILE_RE.search(segments[-1]))


#: Session 17: words of a page's name in its address ("/ember-ignition-study").
NAMED_PAGE_MIN_WORDS = 3
_NAME_PART_RE = regex.compile(r"[-_]+")
_LETTERS_ONLY_RE = regex.compile(r"[A-Za-z]{3,}")


def page_path(link: Link) -> str:
    """The link's path, without its host, query and fragment ("a/b/c.pdf")."""
    rest = link.raw.split("//", 1)[-1]
    return str(regex.split(r"[?#]", rest, maxsplit=1)[0].partition("/")[2])


def into_a_page(link: Link) -> bool:
    """The link goes into a page of its site (it has a path), not to the site's front door."""
    return bool(page_path(link).strip("/"))


def is_named_page(link: Link) -> bool:
    """Session 17 (round 26): a link to a page whose address names it in words, at least
    ``NAMED_PAGE_MIN_WORDS`` of them joined by hyphens, two of three letters or more
    ("https://firelab.example.net/ember-ignition-study", ".../2025-ridge-fire-after-action"): a
    study, a summary, an article, what a resident cites; not a front door ("/", "/win")."""
    if link.is_email or is_spammy_host(link.host):
        return False
    segments = [p for p in page_path(link).split("/") if p]
    if not segments:
        return False
    words = [w for w in _NAME_PART_RE.split(segments[-1]) if w]
    named = [w for w in words if _LETTERS_ONLY_RE.fullmatch(w)]
    return len(words) >= NAMED_PAGE_MIN_WORDS and len(named) >= 2


def is_bibliography(links: list[Link]) -> bool:
    """Session 17 (round 26): two or more links, each to a page named in words
    (:func:`is_named_page`): a list of sources ("Research the council should read:\n-
    https://.../ember-ignition-study\n- https://.../wui-mitigation-discounts ..."), whose links
    are most of its text by nature; the link count still weighs, capped so that it alone does
    not reach the threshold."""
    urls = [lk for lk in links if not lk.is_email]
    return len(urls) >= 2 and all(is_named_page(lk) for lk in urls)


# Session 18 (residents18b), moved here in session 19: a list of links, each introduced by its
# own label (read by the link density and by :mod:`linkshape`).

#: The label that introduces a link: the words on the link's line before it, after a bullet
#: ("-", "*", "1." or "2)") and up to a colon ("- Photos of the road at school drop-off: ").
_LABEL_RE = regex.compile(
    r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*([^\n]*?\S)[ \t]*:[ \t]*$"
)
#: Links a text must hold, each on its own line after its label, to be a list of them.
LABELLED_LIST_MIN = 2


def link_label(body: str, link: Link) -> str | None:
    """The label that introduces ``link`` on its own line ("Photos of the road: <link>"), or
    None when the link follows other words without a colon or shares its line with another."""
    at = body.find(link.raw)
    if at < 0:
        return None
    found = _LABEL_RE.search(body[:at])
    return found.group(1) if found else None


def labelled_list(body: str, links: list[Link]) -> bool:
    """Session 18 (residents18b): two or more links, every one on its own line after a label
    of its own ("- Traffic impact study: ...\n- Our petition with 312 signatures: ...\n- Photos
    of the road at school drop-off: ..."): a list of sources, each named by the words that
    introduce it. An advert or a lure gives one link after its call ("Apply: .../apply", "Pay
    now: .../pay"); none of the spam of the spent sets labels two links line by line."""
    urls = [lk for lk in links if not lk.is_email]
    if len(urls) < LABELLED_LIST_MIN or not body:
        return False
    return all(link_label(body, lk) is not None for lk in urls)


def outside_links(links: list[Link], s: SpamSettings) -> list[Link]:
    """The web links (no e-mail address) to sites the deployment does not list."""
    return [lk for lk in links if not lk.is_email and not host_allowed(lk.host, s.allowed_domains)]


def links_into_pages(links: list[Link], s: SpamSettings) -> bool:
    """Session 19 (margin19): every link to a site the deployment does not list goes into a
    page of that site (a path: "/library-budget", "/p/save-maple-street-library",
    "/2026/11/30/water-utility-leaks-audit"), none to a front page, a shortener, a domain spam
    favours or a messenger's chat. A resident whose few words share little with the item
    (a short comment on a set of mixed topics) cites a page: a report, a petition, photos; an
    advert sends readers to its shop's front door, which :mod:`linkshape` reads on its own.
    The text's being about nothing of the item still weighs, as contact details do."""
    outside = outside_links(links, s)
    return bool(outside) and all(
        into_a_page(lk) and not is_spammy_host(lk.host) and not is_chat(lk.host) for lk in outside
    )


#: Session 20: the links a list of sources holds, at least (:func:`outside_pages`).
SPOKEN_PAGES_MIN = 2


def outside_pages(links: list[Link], s: SpamSettings) -> list[Link]:
    """The links outside the deployment's domains when there are ``SPOKEN_PAGES_MIN`` or more
    and each goes into a page (:func:`links_into_pages`); else none. (Session 20, moved here
    from :mod:`sources` in session 23.)"""
    urls = outside_links(links, s)
    if len(urls) < SPOKEN_PAGES_MIN or not links_into_pages(links, s):
        return []
    return urls


#: Session 21 (res21a), moved here from :mod:`sources` in session 23: a line that names the
#: links after it as sources ("Sources:", "Studies:", "Read these before you vote:", "Documents
#: everyone should read before the vote:", "For the board file:", "Fuentes:", "Quellen:"): a
#: word of citing at the start of the text or of a line, perhaps after a few words ("Research
#: the council should read:"), then a colon within the line.
_SOURCES_LABEL_RE = regex.compile(
    r"(?im)^[ \t]*[-*•]?[ \t]*(?:[\w'’]+[ \t]+){0,4}?"
    r"(?:sources?|studies|study|references|citations|research|further[ \t]+reading"
    r"|documents?|worth[ \t]+reading|background|for[ \t]+the[ \t]+(?:\w+[ \t]+)?(?:file|record)"
    r"|read[ \t]+(?:these|this|them)|fuentes|estudios|referencias|lean[ \t]+(?:estos|esto)"
    r"|r[ée]f[ée]rences|[ée]tudes|lisez|quellen|studien|fontes|estudos|leiam)\b[^\n:]{0,40}:"
)

#: What makes links a reading list (:func:`reading_list`), by the reading that found it.
LABELLED_AS_SOURCES = "labelled as sources"
EACH_LABELLED = "each link after its own label"
WITH_A_GOVERNMENT_LINK = "with a government's link"


def reading_list(
    body: str,
    links: list[Link],
    s: SpamSettings,
    each_labelled: bool = False,
    government_link: bool = False,
) -> str | None:
    """Session 23 (twins): the one reader of a text's links as a reading list, the sources its
    writer cites, not link spam: which reading holds (a constant above), or None.

    Three sessions read it in three places: ``sources.names_its_sources`` (session 21, for
    :mod:`reach`), ``_labelled_pages`` (session 19) and ``cites_a_government`` (session 22,
    both in :func:`link_evidence`). They read three different marks, so they stay three
    readings; what each caller may rely on is its option. Each asks what it must of the links,
    as its caller weighs the answer: :mod:`reach` stops relatedness and the front-door and
    link-only signals on the first, :func:`link_evidence` only caps the count of links and
    drops their density on any of them (and the link-only weight on the third).

    - Always: two or more outside links, every one into a page of a site spam does not favour
      (:func:`outside_pages`: no front door, shortener, spam's domain or messenger's chat),
      after a line that names them as sources (:data:`_SOURCES_LABEL_RE`: "Sources:", "Read
      these before you vote:"). On the spent corpora 20 residents' lists, no spam: link spam
      calls its links offers, sites or help, never sources.
    - ``each_labelled``: or two or more links, each on its own line after a label of its own
      (:func:`labelled_list`: "- Traffic study: ...\n- Photos of the road: ..."), every one
      into a page of its site: 22 residents' lists, no spam. The shape of a list, not the
      writer's word for it (an advert could give two links after two calls), so :mod:`reach`
      does not read it. A shortener is let in (a resident's petition is often behind one, and
      it weighs on its own): read with :func:`outside_pages`, "Petition: bit.ly/... \nPhotos:
      .../our-street" gains the link density's 0.30 and reaches 0.85.
    - ``government_link``: or a link on an allowed domain (a government's: "https://www.
      chattanooga.gov/epb") among links none of which outside goes to a shortener, a domain
      spam favours or a chat: link spam sends the reader only to its own sites. Read first, as
      it alone also spares a short text the link-only weight. A government's address written
      in the text is such a link ("I came across <city>.gov while researching ...": three
      spam texts of the spent sets, all caught by other signals); reading only a government's
      page would add no evidence to them, so it is left as it was.

    Read by :mod:`reach` too, the two options changed no label of the spent corpora, but took
    0.20 off the phishing notice above (0.97 to 0.77: its government's address) and the
    front-door signal off an SEO pitch, and changed no resident's score.
    """
    urls = [lk for lk in links if not lk.is_email]
    outside = [lk for lk in urls if not host_allowed(lk.host, s.allowed_domains)]
    if not outside:
        return None
    if (
        government_link
        and len(outside) < len(urls)
        and not any(is_spammy_host(lk.host) or is_chat(lk.host) for lk in outside)
    ):
        return WITH_A_GOVERNMENT_LINK
    if outside_pages(urls, s) and _SOURCES_LABEL_RE.search(
        strip_spans(body, (lk.raw for lk in links))
    ):
        return LABELLED_AS_SOURCES
    if each_labelled and labelled_list(body, urls) and all(into_a_page(lk) for lk in urls):
        return EACH_LABELLED
    return None


def is_shortener(host: str) -> bool:
    """A link shortener: the destination is hidden (a resident's petition is often behind one)."""
    return ".".join(host.split(".")[-2:]) in _SHORTENERS


#: Round 15: a messenger's chat ("t.me/name", "wa.me/15550147"): a way to reach someone, not a
#: hidden destination. Residents give their community's chat this way; an advert's chat next
#: to a sum is read by :mod:`intake.text.spam.channels`.
CHAT_HOSTS = frozenset({"t.me", "wa.me", "telegram.me", "chat.whatsapp.com"})


def is_chat(host: str) -> bool:
    """A messenger's chat link (round 15: no longer counted as a shortener)."""
    return host in CHAT_HOSTS or ".".join(host.split(".")[-2:]) in CHAT_HOSTS


def is_spammy_host(host: str) -> bool:
    """A link shortener (the destination is hidden) or a top-level domain spam favours."""
    labels = host.split(".")
    return labels[-1] in _SPAMMY_TLDS or ".".join(labels[-2:]) in _SHORTENERS


@cache
def linkifier() -> Any:
    """Build the link matcher once; linkify-it ships its TLD list and never fetches one.

    Links with a scheme are found whatever their TLD; bare domains need a known
    TLD, so the gTLDs most used by spam are added to linkify-it's defaults.
    """
    from linkify_it import LinkifyIt

    return _compiled(LinkifyIt().tlds(list(_ABUSED_TLDS), True))


@cache
def full_linkifier() -> Any:
    """Round 10: a matcher that knows every top-level domain of IANA's list that linkify-it
    ships (``linkify_it.tlds``, about 1,500), asked only about a word :func:`linkifier` found
    nothing in. An advert's bare address on a TLD nobody listed (``apuestas-x.bet``,
    ``x-airdrop.claims``, ``x.deals``, ``x.blog``) is a link like any other; :func:`_known_tld`
    keeps prose out. (Its pattern is much longer: asking it second keeps the cost of words the
    first matcher reads as it was.)"""
    from linkify_it import LinkifyIt
    from linkify_it.tlds import TLDS

    return _compiled(LinkifyIt().tlds([*_ABUSED_TLDS, *(t.lower() for t in TLDS)], True))


#: A text with a link of each scheme linkify-it validates with a pattern of its own.
_EVERY_SCHEME = "http://example.com //example.com mailto:a@example.com"


def _compiled(matcher: Any) -> Any:
    """``matcher`` with its patterns compiled: linkify-it compiles its validators of links with a
    scheme (``http:``, ``//``, ``mailto:``) when it first meets such a link, some tens of ms
    (the host pattern holds every TLD) that the first comment with a link would pay; built
    here, they are paid where the other tables are, when :func:`intake.text.spam.preload` runs."""
    matcher.match(_EVERY_SCHEME)
    return matcher


@cache
def _base_tlds() -> frozenset[str]:
    """The TLDs bare domains were read with before round 10: linkify-it's defaults and
    :data:`_ABUSED_TLDS` (and every two-letter country domain, see :func:`_known_tld`)."""
    from linkify_it import LinkifyIt

    return frozenset([*LinkifyIt().tlds_default, *_ABUSED_TLDS])


_TWO_LETTERS_RE = regex.compile(r"[a-z]{2}")


def _known_tld(raw: str, schema: str, host: str) -> bool:
    """Whether a match is a link: always with a scheme or an ``@``; a bare domain on a TLD of
    the full list only when its host is written in lower case.

    Words of every language are TLDs now (``.city``, ``.park``, ``.love``, ``.army``); a missed
    space after a full stop ("Park.City council", "U.S.Army") capitalises the next word, an
    address typed or pasted is lower case. Bare domains on the TLDs read before round 10 are
    kept whatever their case, as they were.
    """
    if schema:
        return True
    tld = host.rsplit(".", 1)[-1]
    if tld in _base_tlds() or _TWO_LETTERS_RE.fullmatch(tld):
        return True
    start = raw.lower().find(host)
    return start >= 0 and raw[start : start + len(host)] == host


@dataclass(frozen=True)
class Link:
    """A URL or e-mail address found in the body, with its host."""

    raw: str
    host: str
    is_email: bool

    @property
    def path(self) -> str:
        """What follows the host ("/lantern-volunteers?ref=flyer"); empty for an e-mail address
        or a bare host."""
        if self.is_email:
            return ""
        rest = self.raw.split("://", 1)[-1]
        found = _AFTER_HOST_RE.search(rest)
        return rest[found.start() :] if found else ""


_AFTER_HOST_RE = regex.compile(r"[/?#]")

# A word can hold a link only if it has a scheme, "www.", an "@" or a dot
# followed by letters; other words are never handed to the link matcher.
_LINK_CANDIDATE_RE = regex.compile(r"(?i)://|www\.|@|[\p{L}\p{N}]\.\p{L}{2}")
# The same question asked in parts (:func:`_may_hold_link`): the two literals by ``in``, and the
# other two alternatives each from a literal the regex engine finds by a fast string search
# (the dot's letter before it as a look-behind). The pattern above tries four alternatives at
# every character of a text; in most texts none is there, and it read the whole text that way.
_WWW_RE = regex.compile(r"(?i)www\.")
_DOT_LETTERS_RE = regex.compile(r"(?i)\.(?<=[\p{L}\p{N}]\.)\p{L}{2}")
#: Longest word handed to linkify-it: its matching is quadratic on long runs of
#: dots, and a URL's host (all that is judged) sits in its first characters.
_MAX_LINK_WORD = 512


#: Texts whose links (and phone counts) are kept between calls: the service asks of the same
#: text whether it wants the item's context and then scores it, and a campaign's copies repeat.
TEXT_CACHE = 1024


def find_links(body: str) -> list[Link]:
    """Find URLs and e-mail addresses with linkify-it, a library made for exactly this.

    Links never contain whitespace, so each candidate word is matched on its
    own and cut at _MAX_LINK_WORD characters: that keeps hostile input (a
    20,000-character word of dots) linear in time.
    """
    return list(_links_of(body))


@lru_cache(maxsize=TEXT_CACHE)
def _links_of(body: str) -> tuple[Link, ...]:
    # No character of a candidate match is whitespace, so a body with no match anywhere has no
    # candidate word: one search of the whole body spares one search per word.
    if not _may_hold_link(body):
        return ()
    links = []
    for word in body.split():
        if not _may_hold_link(word):
            continue
        cut = word[:_MAX_LINK_WORD]
        found = linkifier().match(cut) or full_linkifier().match(cut) or []
        for m in found:
            is_email = m.schema == "mailto:"
            host = _host_of(m.url, is_email)
            if _known_tld(m.raw, m.schema, host):
                links.append(Link(raw=m.raw, host=host, is_email=is_email))
    return tuple(links)


def _may_hold_link(text: str) -> bool:
    """Whether ``_LINK_CANDIDATE_RE`` finds a match in ``text``."""
    return (
        "://" in text
        or "@" in text
        or _WWW_RE.search(text) is not None
        or _DOT_LETTERS_RE.search(text) is not None
    )


def _host_of(url: str, is_email: bool) -> str:
    """Lower-cased host of a URL or e-mail address, without port or credentials."""
    if is_email:
        return url.rsplit("@", 1)[-1].lower().rstrip(".")
    rest = url.split("//", 1)[-1]
    authority: str = regex.split(r"[/?#]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1]
    return host.split(":", 1)[0].lower().rstrip(".")


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """True when the host is, or is under, an allowed domain or suffix pattern."""
    labels = host.split(".")
    for entry in allowed:
        pattern = entry.strip().lower().strip(".").split(".")
        if pattern and len(labels) >= len(pattern):
            tail = labels[-len(pattern) :]
            if all(p in ("*", t) for p, t in zip(pattern, tail, strict=True)):
                return True
    return False


def strip_spans(body: str, raws: Iterable[str]) -> str:
    """Remove found links from the text so word-level signals judge only the prose."""
    for raw in raws:
        body = body.replace(raw, " ")
    return body


def link_evidence(
    body: str,
    links: list[Link],
    s: SpamSettings,
    cites_the_item: bool = False,
    pages_spoken_of: bool = False,
    sided: bool = False,
) -> list[Evidence]:
    """Links count only when they point outside the allowed domains.

    Citing an ordinance or a news story is ordinary civic speech, so each link
    is weak and capped; link-only comments and link-dense comments are what
    link spam looks like. Session 18: not a list of sources whose pages are named after the
    item's words (``cites_the_item``, :func:`sources.cites_the_item`): "Please read before
    voting:" and four documents is no bare link. Session 20: nor a link beside words that take
    a side on the item (``sided``, :func:`verdict.names_a_side`): "Vote YES!!! #FieldsForAll"
    and the team's page; and links into pages the comment or its item names
    (``pages_spoken_of``, :func:`sources.speaks_of_its_pages`) are listed sources too.
    """
    urls = [lk for lk in links if not lk.is_email]
    outside = [lk for lk in urls if not host_allowed(lk.host, s.allowed_domains)]
    if not outside:
        return []
    # Session 19 (margin19): links each named as a source weigh less together (see settings):
    # a list of pages each named in words, or a reading list (:func:`reading_list`: labelled
    # as sources, each link after its label, or with a government's link among them).
    # Session 22 (res22): a government's link also spares a short text the link-only weight:
    # no spent spam's bare links, nor its link-dense ones, hold one.
    listed_as = reading_list(body, links, s, each_labelled=True, government_link=True)
    cites_a_government = listed_as == WITH_A_GOVERNMENT_LINK
    listed = is_bibliography(urls) or listed_as is not None or pages_spoken_of
    ceiling = s.source_links_max_weight if listed else s.link_max_weight
    weight = min(ceiling, s.link_weight * len(outside))
    found = [Evidence(weight, f"links: {len(urls)} links, {len(outside)} outside allowed domains")]
    prose = strip_spans(body, (lk.raw for lk in links))
    # Session 26 (res26): words counted in every script (:func:`evidence.words_in`): a Japanese
    # sentence around a link is a sentence, not the two "words" its clauses make.
    words = words_in(prose)
    if words < s.link_only_max_words and not (cites_the_item or sided or cites_a_government):
        found.append(
            Evidence(
                s.link_only_weight, f"link-only comment: {words} words besides links", noise=True
            )
        )
        return found
    spammy = sorted({lk.host for lk in outside if is_spammy_host(lk.host)})
    if spammy:
        found.append(
            Evidence(
                min(s.link_max_weight, s.spammy_host_weight * len(spammy)),
                f"links: {len(spammy)} to a shortener or a domain spam favours ({spammy[0]})",
            )
        )
    # Session 26 (res26): a letter of Japanese or Chinese counted as the three Latin ones it
    # stands for in length (:func:`evidence.visible_length`).
    density = sum(len(lk.raw) for lk in urls) / max(1, visible_length(body))
    if density >= s.link_density_min and not listed:
        found.append(
            Evidence(s.link_density_weight, f"link density: {density:.0%} of text is URLs")
        )
    return found


def body_email_evidence(links: list[Link], s: SpamSettings) -> list[Evidence]:
    """Contact addresses in the body are how advertisers get replies; weak on their own."""
    emails = [lk for lk in links if lk.is_email and not host_allowed(lk.host, s.allowed_domains)]
    if not emails:
        return []
    return [Evidence(s.body_email_weight, f"contact: {len(emails)} e-mail address(es) in text")]


MIN_PHONE_DIGITS = 7


# Groups of digits written the way phone numbers are in most countries ("0912 345 678",
# "0917-555-1234", "+52 55 1234 5678"): 9 to 13 digits in three or more groups joined by spaces,
# dashes, dots or brackets, or in two after a "+". Sums ("2,000", "50 000") have too few digits
# or use commas; a reference number ("Resolution 2026-00837") has two groups.
PHONE_LIKE_RE = regex.compile(r"(?<![\d.,])\+?\(?\d{2,5}\)?(?:[ .-]\(?\d{2,5}\)?){1,4}(?![\d.,]\d)")


# Round 6: a local number without its area code, three digits and four ("555-0177",
# "555.0177"), as numbers are written on flyers in North America.
LOCAL_PHONE_RE = regex.compile(r"\d{3}[-.]\d{4}")
# Round 7: a national number with its trunk prefix and the subscriber's digits in one block, as
# Germans and others write mobiles ("0176 12345678", "030/1234567"): 9 to 12 digits.
TRUNK_PHONE_RE = regex.compile(r"(?<![\d.,])0\d{2,4}[ /-]\d{6,8}(?![\d.,]?\d)")
_DIGITS_RE = regex.compile(r"\d+")


def _phone_like(prose: str) -> list[str]:
    found = []
    for m in PHONE_LIKE_RE.finditer(prose):
        text = m.group()
        digits = digit_count(text)
        groups = len(_DIGITS_RE.findall(text))
        national = 9 <= digits <= 13 and (groups >= 3 or text.startswith("+"))
        if national or LOCAL_PHONE_RE.fullmatch(text):
            found.append(m.group())
    found += [m.group() for m in TRUNK_PHONE_RE.finditer(prose) if digit_count(m.group()) <= 12]
    return found


def phone_count(prose: str, s: SpamSettings) -> int:
    """Phone numbers in the text, by Google's libphonenumber matcher (leniency VALID) read in
    ``phone_region``; numbers in another country's national format ("0912 345 678") that the
    matcher does not know there are counted by their digit groups."""
    return len(_phone_spans(prose, s.phone_region))


_ASCII_DIGITS = "0123456789"


def digit_count(text: str) -> int:
    """How many characters of ``text`` are digits (``str.isdigit``), without a Python loop."""
    if text.isascii():  # the only ASCII characters isdigit() accepts are 0-9
        return sum(map(text.count, _ASCII_DIGITS))
    return sum(map(str.isdigit, text))


@lru_cache(maxsize=TEXT_CACHE)
def _phone_spans(prose: str, region: str) -> tuple[str, ...]:
    """The phone numbers of the text as written: those the matcher finds, then those
    :func:`_phone_like` finds in the rest (kept per text: asked up to four times of each
    comment)."""
    if digit_count(prose) < MIN_PHONE_DIGITS:
        return ()  # no phone number is this short; skip the (costly) matcher
    import phonenumbers

    matcher = phonenumbers.PhoneNumberMatcher(
        prose, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
    )
    found = [m.raw_string for m in matcher]
    rest = strip_spans(prose, found)
    like = _phone_like(rest)
    return (*found, *like, *_punctuated_phones(strip_spans(rest, like), region))


#: Session 25 (contacts25): a number written in digit groups with commas, or with spaces around
#: its dots and dashes, between them ("714, 555, 0168", "(714) 555 - 0168"), which neither the
#: matcher nor :data:`PHONE_LIKE_RE` reads as one number. Two to four groups of two to five
#: digits; no currency sign, digit, comma, dot or "#" before the first, and no digit, comma, dot
#: or "and" with a further number after the last (the list goes on: "301, 302, 303 and 304").
_PUNCTUATED_PHONE_RE = regex.compile(
    r"(?<![\p{Sc}\d.,#№]\s*)\(?\d{2,5}\)?(?:(?:\s*[,;/.-]\s*|\s+)\(?\d{2,5}\)?){1,3}"
    r"(?!\d|[.,]\d|\s*%|\s*[,;]\s*\d|\s+(?:and|or|y|e|et|und|&)\s+\d)"
)
#: A year of this or the last century ("2019, 2020, 2021" is a list of years, not a number).
_YEAR_RE = regex.compile(r"(?:19|20)\d\d")


def _punctuated_phones(prose: str, region: str) -> list[str]:
    """Session 25: the numbers of :data:`_PUNCTUATED_PHONE_RE` whose digits, read together, make a
    valid number in ``region`` (libphonenumber), with a comma or a spaced dot or dash between
    its groups (plain spaces and unspaced dashes are read already). A list of years is none (two
    groups or more read as years), nor a list of sums (a currency sign before one) or of item
    numbers ("items 12, 555, 1034": nine digits, no valid number in the United States)."""
    if digit_count(prose) < MIN_PHONE_DIGITS:
        return []
    import phonenumbers

    found = []
    for m in _PUNCTUATED_PHONE_RE.finditer(prose):
        text = m.group()
        groups = _DIGITS_RE.findall(text)
        digits = "".join(groups)
        if "," not in text and not regex.search(r"\s[.-]|[.-]\s", text):
            continue
        if not 7 <= len(digits) <= 13 or sum(bool(_YEAR_RE.fullmatch(g)) for g in groups) >= 2:
            continue
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            found.append(text)
    return found


def strip_phone_like(prose: str, region: str) -> str:
    """The text without anything that looks like a phone number (for the offer signal).
    Session 20: nor the numbers the matcher finds in ``region``: "تلفن ۴۰۲۵۵۵۰۱۳۳", ten
    Persian digits in one group, was read as a sum of money."""
    return strip_spans(prose, [*_phone_spans(prose, region), *_phone_like(prose)])


def phone_evidence(count: int, s: SpamSettings) -> list[Evidence]:
    """Phone numbers via Google's libphonenumber matcher; one is a weak signal.

    Residents often leave a number to be called back, so a single number stays
    far below the threshold; several numbers look more like an advert.
    """
    if count == 0:
        return []
    weight = s.phone_weight if count == 1 else s.phone_many_weight
    return [Evidence(weight, f"contact: {count} phone number(s) in text")]


# "@name" outside an e-mail address: a messenger or social handle (Telegram, Instagram, ...).
HANDLE_RE = regex.compile(r"(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]{3,}")


def handle_evidence(handles: int, s: SpamSettings) -> list[Evidence]:
    """A handle to write to elsewhere is a contact detail like an address; weak on its own."""
    if not handles:
        return []
    return [Evidence(s.handle_weight, f"contact: {handles} messenger or social handle(s)")]


def contact_density_evidence(
    prose: str, links: list[Link], numbers: int, s: SpamSettings
) -> list[Evidence]:
    """Several ways to reach someone in a few words is an advert's shape, in any language.

    ``numbers`` counts phone numbers and handles.

    A letterhead with two addresses and two numbers above a long letter is not dense; "Contact
    a@x.com or b@y.com, call 1-800-... or 1-888-..." is.
    """
    outside = [lk for lk in links if not host_allowed(lk.host, s.allowed_domains)]
    count = len(outside) + numbers
    if count < s.contact_dense_min or numbers + sum(lk.is_email for lk in outside) == 0:
        return []  # links alone are judged by link density
    # Session 21 (res21b): words counted in scripts written without spaces too (words_in).
    words = max(1, words_in(prose))
    if count / words < s.contact_dense_per_word:
        return []
    detail = f"contact density: {count} links, addresses, numbers or handles in {words} words"
    return [Evidence(s.contact_dense_weight, detail)]
