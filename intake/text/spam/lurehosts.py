"""Round 14: a link whose host name asks to sign in, verify, pay a bill or claim a prize.

Round 12 read the sign-in page in a link's path (``/login``, ``/verify``). Phishing as often puts
it in the host: ``city-stormwater-billing.pay-portal-secure.com``, ``rewards-claim-center.site``,
``porthalden-gov.account-verify.help``, or a host that carries another domain's ending to look
like it (``citylink-fiber-signup.com-verify.info``, ``xacminh-taikhoan.com-secure.live``). Host
names are written in the web's English whatever the text's language. The shape read is a host
label made of words joined by hyphens, one of which is such a word or a top-level domain
(``com``, ``gov``, ...): a whole word of a hyphenated label, so "accountable-now.org",
"securetheparks.org" or a city's "portal.example.gov" do not count. Words that name causes
residents link to ("support", "update", "alert", "recovery", "security", "refund", "pay") are
left out: "flood-recovery-fund.org", "fair-pay-now.org", "food-security-coalition.org".

Read on every corpus of the quality benchmark (spam sets, generated sets, the fixture, the burst
and the real dockets' hundreds of residents' links), the signal fires on 16 spam comments of 10
sets and on no legitimate comment. Weighs as round 12's path (0.45; not enough alone), and a
comment whose link already asks it in its path is not counted twice.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.links import Link, outside_links
from intake.text.spam.lurelinks import LURE_LINK_WEIGHT, lure_path
from intake.text.spam.notices import names_a_scam
from intake.text.spam.settings import SpamSettings

#: A whole word of a hyphenated host label that asks the visitor to sign in, pay or claim, or a
#: top-level domain inside a label ("com-verify").
_LURE_HOST_WORD_RE = regex.compile(
    r"(?i)(?:^|-)(secure|verify|verification|validate|login|signin|logon|auth|account|billing"
    r"|portal|wallet|claims?|rewards?|prize|unlock|unblock|com|net|org|gov)"
    # Session 26 (spend26): the word may carry a number, as phishing hosts' labels do
    # ("bank-unblock24", "secure365-login"): the word is the same.
    r"(?:\d{1,4})?(?=-|$)"
)


def lure_host_word(host: str) -> str | None:
    """The lure word of a hyphenated label of ``host`` (its public suffix left out), or None."""
    labels = host.casefold().split(".")[:-1]
    for label in labels:
        if "-" not in label:
            continue
        found = _LURE_HOST_WORD_RE.search(label)
        if found:
            return str(found.group(1))
    return None


def lure_host_evidence(links: list[Link], s: SpamSettings) -> list[Evidence]:
    """A web link outside the allowed domains whose host asks to sign in, pay or claim."""
    outside = outside_links(links, s)
    if any(lure_path(lk) is not None for lk in outside):
        return []  # round 12 counted the page already
    for link in outside:
        word = lure_host_word(link.host)
        if word is not None:
            detail = f"links: a host named to ask visitors for {word!r} ({link.host})"
            return [Evidence(LURE_LINK_WEIGHT, detail, noise=True)]
    return []


#: Session 30 (spend30b): a government's or a country's second-level ending worn inside a host:
#: the country code joined by a hyphen to the next word ("objections.co.nz-pay.info",
#: "petition.org.nz-sign.site"), or a government's own word joined by a hyphen in a label
#: ("refunds.govt-nz.online", "avoir.gouv-fr.info", "uranio-gob.info"). The host reads as a
#: government's or a ".co.nz" one to an eye that stops there. Hosts that really end so
#: ("transport.co.nz", "www.service-public.gouv.fr") have nothing joined to the ending.
_WORN_ENDING_RE = regex.compile(
    r"(?i)(?:^|\.)((?:co|com|org|net|gov|govt|gouv|gob|ac|edu)\.[a-z]{2})-[a-z0-9]"
    r"|(?:^|[.-])(govt|gouv|gob)-[a-z0-9]|-(govt|gouv|gob)\.[^.]+$"
)


def worn_ending(host: str) -> str | None:
    """The government's or country's ending ``host`` wears inside it (see above), or None."""
    found = _WORN_ENDING_RE.search(host)
    if found is None:
        return None
    return str(found.group(1) or found.group(2) or found.group(3)).casefold()


def worn_ending_evidence(links: list[Link], prose: str, s: SpamSettings) -> list[Evidence]:
    """A web link outside the allowed domains whose host wears a government's or a country's
    ending (session 30), weighed as a host that asks to sign in; counted once with that (the
    path's or the host's lure word already read), and not in a text that names a scam: a
    resident repeating the scam's link to warn neighbours ("Heads up: my nan got this text")."""
    outside = outside_links(links, s)
    if any(lure_path(lk) is not None or lure_host_word(lk.host) for lk in outside):
        return []
    for link in outside:
        word = worn_ending(link.host)
        if word is not None and not names_a_scam(prose):
            detail = f"links: a host wearing a government's or a country's ending {word!r}"
            detail += f" ({link.host})"
            return [Evidence(LURE_LINK_WEIGHT, detail, noise=True)]
    return []
