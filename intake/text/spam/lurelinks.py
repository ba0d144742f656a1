"""Round 12: a link to a page where a visitor signs in, verifies or claims something.

Phishing is written for every form and in every language ("Your account will be suspended ...",
"Ваш приз ждёт ...", "Su paquete no pudo ser entregado ..."), but the page it sends people to
has the same shape everywhere: a path that asks the visitor to sign in, verify, validate or
claim (``/login``, ``/verify``, ``/claim?id=...``, ``/account``), on a host that is not the
city's (``allowed_domains``). URL paths are written in the web's English whatever the text's
language, so these few words are not a phrase list of one language. Read on every corpus of
the quality benchmark, such a link appears in 13 spam comments of 8 sets and in no legitimate
comment (the real dockets hold hundreds of residents' links: reports, petitions, news). A
resident citing a document links to the document, not to a sign-in page.

It is not enough alone (a link and this make 0.53): the city's own billing page linked from a
host the deployment did not list would not be flagged for it. With the text unrelated to the
item, or a front page the comment does not name, it is.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.links import Link, host_allowed
from intake.text.spam.settings import SpamSettings

#: A whole path segment (a page's extension allowed) that asks the visitor to sign in, verify
#: or claim: "/login", "/claim?id=5", "/verify.php"; not an article's slug ("/how-to-verify-
#: your-registration") nor a report's file name ("/accounting-report.pdf").
_LURE_PATH_RE = regex.compile(
    r"(?i)/(login|log-in|signin|sign-in|logon|verify|verification|validate|account|claim|redeem"
    r"|unlock)(?:\.(?:php|aspx?|html?|jsp))?(?=$|[/?#])"
)
#: Weight: below the threshold with the link's own, above it with any second sign.
LURE_LINK_WEIGHT = 0.45


def lure_path(link: Link) -> str | None:
    """The lure word of a web link's path, or None (an e-mail address has no path)."""
    found = _LURE_PATH_RE.search(link.path)
    return found.group(1).casefold() if found else None


def lure_link_evidence(links: list[Link], s: SpamSettings) -> list[Evidence]:
    """A link outside the allowed domains to a sign-in, verify or claim page."""
    for link in links:
        if host_allowed(link.host, s.allowed_domains):
            continue
        word = lure_path(link)
        if word is not None:
            detail = f"links: a page that asks visitors to {word!r} ({link.host})"
            return [Evidence(LURE_LINK_WEIGHT, detail, noise=True)]
    return []
