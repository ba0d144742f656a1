"""Session 29 (spend29a): a bulk text message's footer at the end of a comment.

"Verify here: nfip-fema-renewal.us/verify?z=AE Reply STOP to opt out", "Renew now:
fwc-vesselrenew.com/fl Reply HELP for help", "Reply STOP to opt out" after an AI receptionist's
price: the line a bulk texting service adds to every message (opt out, help, "Msg & data rates
may apply"), pasted into the comment form with the rest of the blast. Phishing notices in an
agency's name and sellers' blasts carry it; a resident writes to the council, not to a list of
subscribers, and never closes on it. In the spent corpora (19,568 residents) no resident's text
holds such a footer; four spam texts of -8, -21 and -50 close on one. A resident who
pastes a scam's text to warn neighbours puts it in quotation marks (then it is read as someone
else's words, :mod:`quoted`) or names the scam (then not read here).

Read only in the text's last ``TAIL_CHARS`` characters (the footer closes the message), in
English, Spanish, Portuguese and French.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam

#: Where the footer is read: the message's end.
TAIL_CHARS = 90
#: Weight: with an outside link's own (0.15) it reaches the threshold.
WEIGHT = 0.55

_FOOTER_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:reply|text|txt|send)\s+(?:STOP|HELP|END|QUIT|CANCEL|UNSUBSCRIBE)"
    r"\s+(?:to\s+(?:opt[-\s]?out|unsubscribe|cancel|stop|end|quit)|for\s+(?:help|info))"
    r"|msg\s*(?:&|and)\s*data\s+rates\s+may\s+apply"
    r"|(?:responde|responda|env[ií]a|envie)\s+(?:STOP|BAJA|PARE|SAIR|AYUDA|AJUDA)"
    r"|r[ée]pondez\s+(?:STOP|ARRET|AIDE))"
)


def footer(prose: str) -> str | None:
    """The footer's words at the text's end (see the module), or None."""
    m = _FOOTER_RE.search(prose[-TAIL_CHARS:])
    return None if m is None else " ".join(m.group().split())


def sms_footer_evidence(prose: str) -> list[Evidence]:
    """A bulk text's footer closing the comment, in a text that names no scam."""
    found = footer(prose)
    if found is None or names_a_scam(prose):
        return []
    return [Evidence(WEIGHT, f"a bulk text message's footer ({found!r})")]
