"""When the caller should load the item's context: :func:`unrelated.wants_item_context`, widened
to the ways to reach someone round 5 reads (a messenger ID, an address spelled out or in markup).
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.normalize import as_displayed
from intake.text.spam import unrelated
from intake.text.spam.botposts import bot_post_evidence
from intake.text.spam.channels import messenger_money
from intake.text.spam.chant import chanted_phrase
from intake.text.spam.contacts import messenger_ids
from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.evidence import WORD_RE, safe_text
from intake.text.spam.links import (
    HANDLE_RE,
    find_links,
    is_bibliography,
    phone_count,
    strip_spans,
)
from intake.text.spam.lures import asks_for_address, messenger_group, stuffed_terms, wallets
from intake.text.spam.offers import cta_evidence, price_evidence
from intake.text.spam.ownerpitch import owner_pitch_shape
from intake.text.spam.pitchwords import pitch_words, syllable_pairs
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import invitations, money
from intake.text.spam.sources import may_name_its_pages
from intake.text.spam.spelled import spelled_address
from intake.text.spam.webpitch import web_words
from intake.text.spam.wordphone import spelled_phone


def wants_item_context(body: str, s: SpamSettings) -> bool:
    """True when the relatedness signal could count, so the caller loads the item's context."""
    body = as_displayed(body)
    if unrelated.wants_item_context(body, s):
        return True
    body = safe_text(body)
    links = find_links(body)
    if is_bibliography(links) or may_name_its_pages(links, s):
        # Session 18: are the pages of a list of sources the item's (sources.py)? Session 20:
        # does the item's title name the pages of a list of links?
        return True
    prose = strip_spans(body, (lk.raw for lk in links))
    if any("praise" in e.detail for e in bot_post_evidence(prose, None, s)):
        return True  # round 6: is the praised "website" the item's own subject?
    hidden = any(e.detail.startswith("links: ") for e in disguise_evidence(prose, body, s))
    hidden = hidden or spelled_address(body) is not None  # round 13
    if asks_for_address(prose, s):
        return True  # round 9: does a stranger asking for an address speak of the item?
    if stuffed_terms(prose, s):
        return True  # round 8: is the stuffed keyword the item's subject?
    if chanted_phrase(prose):
        return True  # session 16: is the chanted phrase the item's own words?
    if web_words(prose):
        return True  # round 12: is the "website" or "post" written to the item's subject?
    if owner_pitch_shape(prose) is not None:
        return True  # session 16: does a pitch to a site's owner name anything of the item?
    if money(prose) and spelled_phone(prose) is not None:
        return True  # session 27: are the sums beside a number in words the item's own?
    invited = invitations(prose)
    if not invited and messenger_group(prose):
        invited = ["group"]  # round 8: "Join our Telegram group"
    if _many_advert_words(prose, s):
        return True  # round 8: an advert with no contact, judged against the item
    channel = messenger_money(prose, body) is not None  # round 15: "$300 a day ... on WhatsApp"
    if not (messenger_ids(prose) or hidden or invited or wallets(prose) or channel):
        reachable = bool(phone_count(prose, s) or HANDLE_RE.search(prose) or find_links(body))
        # round 7: a short advert in Vietnamese has its content terms in syllable pairs
        return reachable and bool(syllable_pairs(prose)) and bool(pitch_words(prose))
    floor = min(s.unrelated_min_terms, s.unrelated_selling_min_terms)
    terms = relatedness.content_terms(prose)
    if invited:
        terms |= syllable_pairs(prose)
    return len(terms) >= floor


def _many_advert_words(prose: str, s: SpamSettings) -> bool:
    """A short text with many advert words (round 8's ``many_words_evidence`` could count)."""
    if prose.count(" ") > 2 * s.many_words_max_words:
        return False  # a long text is let go before its words are counted
    if len(WORD_RE.findall(prose)) > s.many_words_max_words:
        return False
    found = len(pitch_words(prose))
    if found + 2 < s.many_words_min:
        return False  # a price and a sum count two at most
    signs = bool(price_evidence(prose, s) + cta_evidence(prose, s)) + bool(money(prose))
    return found + signs >= s.many_words_min
