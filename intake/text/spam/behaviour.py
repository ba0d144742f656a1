"""Signals about how a comment arrived rather than what it says."""

from __future__ import annotations

from functools import cache

from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import Behaviour, SpamSettings


@cache
def disposable_domains() -> frozenset[str]:
    """The maintained blocklist from the disposable-email-domains package (no fetching)."""
    from disposable_email_domains import blocklist

    return frozenset(blocklist)


def _email_domain(email: str | None) -> str | None:
    """Only the domain of the submitter's address is ever looked at."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower().rstrip(".")
    return domain or None


def _is_disposable(domain: str) -> bool:
    """True for a listed domain or any subdomain of one."""
    labels = domain.split(".")
    blocked = disposable_domains()
    return any(".".join(labels[i:]) in blocked for i in range(len(labels) - 1))


def behaviour_evidence(b: Behaviour, s: SpamSettings) -> list[Evidence]:
    """Signals about how the comment arrived rather than what it says."""
    found: list[Evidence] = []
    if b.honeypot_filled:
        found.append(Evidence(s.honeypot_weight, "honeypot: hidden form field was filled", True))
    if b.burst_near_identical >= s.burst_min:
        detail = f"burst: {b.burst_near_identical} near-identical texts from one source in seconds"
        found.append(Evidence(s.burst_weight, detail, True))
    if b.recent_from_source >= s.velocity_limit:
        detail = f"velocity: {b.recent_from_source} comments on this item from one source"
        found.append(Evidence(s.velocity_source_weight, detail, True))
    if b.recent_from_email >= s.velocity_limit:
        detail = f"velocity: {b.recent_from_email} comments on this item from one e-mail"
        found.append(Evidence(s.velocity_email_weight, detail, True))
    domain = _email_domain(b.email)
    if domain and _is_disposable(domain):
        detail = f"e-mail: {domain} is a disposable-mail domain"
        found.append(Evidence(s.disposable_email_weight, detail, True))
    return found
