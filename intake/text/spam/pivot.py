"""Round 13: a comment that ends by selling through a link, after an opening about anything.

"Totally agree, the gas ones are unbearable. I switched to a battery blower ... If anyone wants
the one I got it's 40% off this week only: https://…shop/ref=…", "Speed cameras are a CASH GRAB
... Download free today: ticketshield-app.io/halden", "Property rights are under attack ...
Normally $297, today $97: capproof-course.com": adverts that open like a resident, on the
item's own subject, so relatedness (round 4) finds the item's words and the closing-sentence
rules (rounds 9, 12) find them in the closing too. The shape they share, in any language, is
the *end*: the text stops on a link, and the sentences leading into it sell (a price, a sum
of money or a percentage, a call to action), while the opening carries no link at all.

A resident who ends on a link cites something: a report, an article, a petition page (two path
segments or a file: :func:`links.is_citation`), a site the text names ("I own Rosa's Bakery
... rosasbakery.example.com"), an allowed domain, or a petition or a group chat behind a
shortener ("bit.ly/SundayLibraries", "t.me/our-group"), none of which count here. What is
left is a link to a front door the text does not name, a domain spam favours, or a link that
pays its poster (an affiliate code), with a price or a sum just before it.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import WORD_RE, Evidence
from intake.text.spam.folding import fold
from intake.text.spam.links import (
    Link,
    is_chat,
    is_citation,
    is_shortener,
    is_spammy_host,
    outside_links,
)
from intake.text.spam.linkshape import is_front_page, named_site, names_site_by_name
from intake.text.spam.lures import affiliate_links
from intake.text.spam.offers import cta_evidence, price_evidence
from intake.text.spam.pitchwords import pitch_words
from intake.text.spam.sentences import sentences_before_capitals
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import money_asked, raises_money_for_a_cause
from intake.text.spam.unrelated import TAIL_SENTENCES

#: Words allowed after the last link (a sign-off such as "thanks!" or an emoji's name).
AFTER_LINK_MAX_WORDS = 3
#: Weight: as round 4's "unrelated to the item, with a link" (0.55): the selling end is the
#: part written apart from the item. With the link's own 0.15 it is 0.62, under the threshold;
#: with the unnamed front page (0.25), a price or a domain spam favours it reaches it.
PIVOT_WEIGHT = 0.55
#: Distinct advert words that make the lead-in sell without a price or a sum ("free" alone is
#: a community event's word too).
PITCH_WORDS_MIN = 2


def _pays_or_hides(link: Link, prose: str) -> bool:
    """A link that sends the reader to a seller: a domain spam favours (not a shortener), a
    code that pays the poster, or a front door the text does not name."""
    if is_shortener(link.host) or is_chat(link.host) or is_citation(link):
        return False  # round 15: a chat link is a way to reach, as before
    if is_spammy_host(link.host) or affiliate_links([link]):
        return True
    return is_front_page(link) and not named_site(link.host, prose)


def closing_link(
    body: str, links: list[Link], s: SpamSettings, max_after: int = AFTER_LINK_MAX_WORDS
) -> tuple[list[Link], int, list[str]] | None:
    """The links outside the allowed domains (web addresses only), where the last of them
    starts in ``body``, and the sentences before it, when the comment ends on that link (at most
    :data:`AFTER_LINK_MAX_WORDS` words after it); None otherwise."""
    outside = outside_links(links, s)
    if not outside:
        return None
    last = outside[-1]
    at = body.rfind(last.raw)
    if at < 0 or len(WORD_RE.findall(body[at + len(last.raw) :])) > max_after:
        return None
    return outside, at, sentences_before_capitals(body[:at])


#: Session 22 (res22): those who give their time unpaid, asked for in the sentence that leads
#: into the link ("Volunteer drivers needed: <link>", "Volunteers sign up at <link>",
#: "Buscamos voluntarios: <link>"), folded: the reader is asked to give, not to buy.
_VOLUNTEERS_RE = regex.compile(
    r"(?<![\p{L}])(?:volunteer|volunteers|volunteering|voluntari[oa]s?|benevoles?|"
    r"freiwillige[n]?|ehrenamtliche[n]?|wolontariusz[ey]?|wolontariuszy|"
    r"tinh nguyen|boluntaryo|mga boluntaryo|mutawa\w*)(?![\p{L}])|志愿者|志願者|자원봉사|متطوع"
)


def asks_for_volunteers(sentence: str) -> bool:
    """Session 22 (res22): the sentence asks for volunteers (:data:`_VOLUNTEERS_RE`)."""
    return _VOLUNTEERS_RE.search(fold(sentence)) is not None


def selling_end(body: str, prose: str, links: list[Link], s: SpamSettings) -> str | None:
    """The host of the link the comment ends on, when the sentences leading into it sell and
    the opening holds no link; None otherwise. Session 22 (res22): not when the text says where
    its money goes (:func:`solicit.raises_money_for_a_cause`: a fundraiser's calendar, "money
    goes to spay/neuter vouchers"), nor when the sentence the link closes asks for volunteers
    (:func:`asks_for_volunteers`): what the link asks of the reader is a gift, of money to a
    cause or of time, and no advert names a beneficiary besides its seller."""
    closing = closing_link(body, links, s)
    if closing is None:
        return None
    outside, _, parts = closing
    if (parts and asks_for_volunteers(parts[-1])) or raises_money_for_a_cause(prose):
        return None
    last = outside[-1]
    if len(parts) < 2:
        return None  # no opening before the lead-in: a one-line advert is read by others
    cut = len(parts) - min(TAIL_SENTENCES, len(parts) - 1)
    lead_in, opening = " ".join(parts[cut:]), " ".join(parts[:cut])
    if any(lk.raw in opening for lk in outside):
        return None  # a text with links throughout is read by the link signals
    if not _pays_or_hides(last, prose):
        return None
    # Session 27 (res27): not a sum the writer pays (a vendor's lot rent), :func:`money_asked`.
    sells = price_evidence(lead_in, s) or cta_evidence(lead_in, s) or money_asked(lead_in)
    sells = sells or len(set(pitch_words(lead_in))) >= PITCH_WORDS_MIN
    return last.host if sells else None


def pivot_evidence(body: str, prose: str, links: list[Link], s: SpamSettings) -> list[Evidence]:
    """A comment that ends on a seller's link after sentences that sell (see the module)."""
    host = selling_end(body, prose, links, s)
    if host is None:
        return []
    detail = f"advertising: ends by selling through a link after an opening without one ({host})"
    return [Evidence(PIVOT_WEIGHT, detail)]


#: Round 25: a buyer's word for a product ("these CO2 mosquito traps worked great for my
#: family", "les recomiendo estas trampas"), folded, in the languages adverts come in.
_TESTIMONIAL_RE = regex.compile(
    r"""(?x)(?<![\p{L}])(?:
      (?:worked|works|work)\s+(?:great|wonders|perfectly|really\s+well|so\s+well
        |like\s+a\s+charm)\s+for\s+(?:me|us|my|our)
    | i\s+(?:highly\s+)?recommend\s+(?:these|this|the\s+ones?|them)
    | (?:me|nos)\s+(?:funcionaron|funciono|sirvieron|sirvio)\s+(?:muy\s+bien|de\s+maravilla)
    | les\s+recomiendo\s+(?:estos|estas|este|esta)
    | dung\s+rat\s+tot | minh\s+dung\s+thay
    | (?:was|is|were|are)\s+worth\s+every\s+(?:penny|cent|dollar)
    | valio\s+cada\s+(?:centavo|peso|dolar)
    )(?![\p{L}])"""
)
#: Session 18: words that may follow the closing link of a testimonial, where the vouching
#: itself may stand ("... from <link> and it was worth every penny").
TESTIMONIAL_MAX_AFTER = 6
#: Weight: as :data:`PIVOT_WEIGHT`; the praise before it relates the text to the item, the
#: product's link closes it.
TESTIMONIAL_WEIGHT = 0.55


def testimonial_end(body: str, links: list[Link], s: SpamSettings) -> str | None:
    """The host of the link the comment ends on, when its last sentence vouches for a product
    and the link goes to a site the text does not name (no citation, no chat, no shortener, no
    allowed domain); None otherwise."""
    closing = closing_link(body, links, s, TESTIMONIAL_MAX_AFTER)
    if closing is None:
        return None
    outside, at, parts = closing
    last = outside[-1]
    if is_shortener(last.host) or is_chat(last.host) or is_citation(last):
        return None
    # Session 18: the vouching may follow the link in its sentence ("we used the kit from
    # <link> and it was worth every penny"), within the few words a closing link allows.
    closing_words = parts[-1] + " " + body[at + len(last.raw) :] if parts else ""
    if len(parts) < 2 or not _TESTIMONIAL_RE.search(fold(closing_words)):
        return None  # the vouching is the closing, after an opening on anything
    if names_site_by_name(last.host, body[:at]):
        return None  # "Rosa's Bakery's tamales worked great for us: rosasbakery.example"
    return last.host


def testimonial_evidence(body: str, links: list[Link], s: SpamSettings) -> list[Evidence]:
    """A comment that closes by vouching for a product and linking to its seller."""
    host = testimonial_end(body, links, s)
    if host is None:
        return []
    detail = f"advertising: ends by vouching for a product and linking to its seller ({host})"
    return [Evidence(TESTIMONIAL_WEIGHT, detail)]
