"""Session 30 (spend30b): a sum to be paid into a person's own bank account, written in a
bank's format.

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

Nobody commenting on an item needs the reader's money sent to their own or their relative's
account: the council takes its fees through its own channels, a group takes money into the
group's account. Of the spent sets' residents none writes an account number in a bank's format;
an invented one (a mosque's food parcels, "Elm Lane Islamic Centre, sort code 20-00-00, account
...") gives its organisation's, which is not read; a resident quoting the scam to warn
neighbours names it ("scam", "heads up": ``notices.names_a_scam``) and is left alone too.
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
#: A person's own account: the writer's ("my", "personal", "private") or a relative's named
#: after "my" ("our treasurer's personal account", "la cuenta de mi hermana", Tongan "'akauni
#: 'o hoku uaifi", Māori "pūkete pēke o tōku tungāne", Samoan "lo'u tuagane", "제 계좌"), in
#: the words just before the account. An organisation's account ("Elm Lane Islamic Centre, sort
#: code ...") is named by the organisation, and a food bank or a mosque taking transfers for
#: its parcels is a neighbour's, not read.
_OWN_RE = regex.compile(
    r"(?i)(?<![\p{L}'ʻ’])(?:my|personal|private|mi|mis|mon|ma|mes|personnel\p{L}*|meu|minha"
    r"|pessoal|mein\p{L}*|privat\p{L}*|moj\p{L}*|mój|мо[йяюе]\p{L}*|личн\p{L}*|tōku|toku|taku|tāku"
    r"|hoku|['ʻ’]eku|lo['ʻ’]u|la['ʻ’]u|mera|meri|mere|aking|mijn|min|mitt)(?![\p{L}'ʻ’])"
    r"|제\s|내\s|개인|本人|我的|個人|个人|私の"
)
#: How far before the account its owner is named.
OWNER_WINDOW = 60


def bank_account(prose: str) -> str | None:
    """The first bank account written in a bank's format (see the module), or None."""
    found = _bank_accounts(prose)
    return str(found[0].group()) if found else None


def _bank_accounts(prose: str) -> list[regex.Match[str]]:
    """Every bank account written in a bank's format, of eight digits or more."""
    if not any(c.isdigit() for c in prose):
        return []
    return [m for m in _BANK_ACCOUNT_RE.finditer(prose) if sum(c.isdigit() for c in m.group()) >= 8]


def own_account(prose: str) -> str | None:
    """The first bank account in a bank's format said to be a person's own (see
    :data:`_OWN_RE`), or None."""
    for m in _bank_accounts(prose):
        before = prose[max(0, m.start() - OWNER_WINDOW) : m.start()]
        if _OWN_RE.search(before):
            return str(m.group())
    return None


def pay_into_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """A sum asked of the reader and a person's own bank account in a bank's format to pay it
    into, in a text that names no scam (see the module)."""
    found = own_account(prose)
    if found is None or not names_a_sum(prose, asked=True) or names_a_scam(prose):
        return []
    detail = f"lure: a sum to pay into a bank account written out ({found!r})"
    return [Evidence(s.pay_into_weight, detail)]
