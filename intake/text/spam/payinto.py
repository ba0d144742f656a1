"""Session 30 (spend30b): a sum to be paid into a bank account written in a bank's format.

"Pay a 50% deposit to my account 06-0555-0321456-00", "please transfer to our treasurer's
personal account 38-9055-0555119-02", Tongan "'oatu ha $50 ki he 'akauni 'o hoku uaifi
12-3055-0555812-00", Māori "tukuna ki te pūkete pēke o tōku tungāne 12-3555-0012345-00", "donen
20 € a la cuenta ES91 2100 ...": a fundraiser, a deposit or a koha routed to someone's own
account. Round 25 (``lures.account_number``) reads the word for an account before its digits,
and not in a resident's voice; these texts speak as neighbours, a parent, a youth committee,
and name the account in their own language or after its owner. The account's written format
says what it is whatever the language: New Zealand's bank-branch-account-suffix
("12-3456-0123456-00"), an IBAN, a British sort code with its account, an Australian BSB with
its account.

Nobody commenting on an item needs the reader's money sent to an account: the council takes
its fees through its own channels, and a neighbour's fundraiser links its page. Of the spent
sets' residents none writes an account number in a bank's format; a resident quoting the scam
to warn neighbours names it ("scam", "heads up": ``notices.names_a_scam``) and is left alone.
With a sum asked of the reader (not the writer's own bill: ``solicit.money_asked``) it weighs
``pay_into_weight``, the threshold: the request is the whole of such a text.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam
from intake.text.spam.settings import SpamSettings
from intake.text.spam.wordphone import names_a_sum

_SEP = r"[ \-]"
#: New Zealand: bank (2), branch (4), account (7), suffix (2 or 3), dashed or spaced.
_NZ = rf"(?<![\d\-])\d{{2}}{_SEP}\d{{4}}{_SEP}\d{{7}}{_SEP}\d{{2,3}}(?![\d\-])"
#: An IBAN: country, check digits, then four-character groups (15 to 34 characters in all).
_IBAN = r"(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])"
#: A British sort code, or an Australian BSB, followed by its account number.
_SORT_CODE = (
    r"(?i)(?:sort\s*code|bsb)\W{0,3}\d{2,3}[ \-]?\d{2,3}(?:[ \-]?\d{2})?"
    r"[^\d]{0,30}\d{6,10}(?!\d)"
)
_BANK_ACCOUNT_RE = regex.compile(rf"{_NZ}|{_IBAN}|{_SORT_CODE}")


def bank_account(prose: str) -> str | None:
    """The first bank account written in a bank's format (see the module), or None."""
    if not any(c.isdigit() for c in prose):
        return None
    for m in _BANK_ACCOUNT_RE.finditer(prose):
        found = m.group()
        if sum(c.isdigit() for c in found) >= 8:
            return str(found)
    return None


def pay_into_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """A sum asked of the reader and a bank account in a bank's format to pay it into, in a text
    that names no scam (see the module)."""
    found = bank_account(prose)
    if found is None or not names_a_sum(prose, asked=True) or names_a_scam(prose):
        return []
    detail = f"lure: a sum to pay into a bank account written out ({found!r})"
    return [Evidence(s.pay_into_weight, detail)]
