"""Relatedness to the item: text about nothing the item or its commenters talk about, carrying
a way to reach a seller."""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam.evidence import Evidence, safe_text
from intake.text.spam.links import (
    HANDLE_RE,
    Link,
    find_links,
    host_allowed,
    phone_count,
    strip_spans,
)
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


def unrelated_evidence(
    prose: str,
    contacts: list[Evidence],
    links: list[Link],
    context: tuple[str, ...] | None,
    s: SpamSettings,
    selling: bool = False,
) -> list[Evidence]:
    """Text about nothing the item or its commenters talk about, carrying a way to reach a seller.

    Either alone is ordinary (residents cite links, leave numbers, stray off topic); together
    they are what spam written for every form looks like, in any language. ``selling`` (an offer
    or a link to a shortener or a domain spam favours was found) lets a shorter text be judged:
    a pitch is short, while a resident's short comment with a link ("Here is the news story I
    mentioned: ...") has too few words to tell what it is about.
    """
    if not contacts or context is None:
        return []
    linked = any(not lk.is_email and not host_allowed(lk.host, s.allowed_domains) for lk in links)
    terms = relatedness.content_terms(prose)
    if len(terms) < (s.unrelated_selling_min_terms if selling else s.unrelated_min_terms):
        return []
    known = relatedness.context_terms(context)
    if len(known) < s.unrelated_min_context_terms:
        return []
    shared = len(terms & known)
    share = shared / len(terms)
    if shared >= s.unrelated_max_shared_terms:
        return []
    if share > s.unrelated_max_share and not (selling and shared <= 1):
        return []
    detail = (
        f"unrelated to the item: {share:.0%} of its {len(terms)} content words appear in the "
        f"item or its other comments, with {'a link' if linked else 'contact details'}"
    )
    weight = s.unrelated_weight if linked else s.unrelated_contact_weight
    return [Evidence(weight, detail, noise=True)]
