"""Does a sentence carry someone's personal data?

A campaign's representative text is public. Even a sentence several members sent word for word
may be a fill-in line ("My name is ... and I live at ...") or carry a member's name, street
address, e-mail, phone number or postal code, and such a sentence must never reach a public page.
This module answers the question for one sentence, from two kinds of evidence:

* what the members themselves gave (their names, e-mails, addresses, postal codes), which is
  matched in the sentence whatever its shape, and
* what personal data looks like in any text: an e-mail address, a phone number (Google's
  ``phonenumbers``), a street address ("12 Alder Court"), a ZIP or Canadian postal code, and the
  phrases that introduce a fill-in ("my name is", "I live at", "my phone number").

It errs on the side of privacy: a template sentence that merely looks like personal data is left
out of the public text, which costs a line of a letter, never a person's details. Pure: no Flask,
no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from intake.text.identifying import identifying_spans
from intake.text.identifying_extra import extra_identifying_spans
from intake.text.placeholder_names import _NAME_TOKEN, is_placeholder_name, name_tokens
from intake.text.placeholder_names import PLACEHOLDER_WORDS as _PLACEHOLDER_WORDS

__all__ = [
    "REMOVED",
    "Identifiers",
    "carries_personal_data",
    "is_placeholder_name",
    "names_member",
    "scrub",
]

# The look-behind starts a local part only where its run starts: "a.a.a..." is then read once,
# not from every letter (which took seconds on 10,000 characters).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Court|Ct|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl"
    r"|Circle|Cir|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Alley|Row|Loop"
    r"|Crescent|Cres|Close|Plaza|Walk|Path|Pike|Run|Mews)"
)
# A house number, one to four capitalised words, and a street suffix: "12 Alder Court",
# "1600 Pennsylvania Ave", "4B Old Mill Rd". Case matters: "12 people in the way" is no address.
_STREET_ADDRESS = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?\s+(?:[A-Z0-9][\w'.-]*\s+){{1,4}}{_STREET_SUFFIX}\b\.?"
)
# The same in any case, for text a public page shows (``scrub``): people type their own line of
# a letter in lower case ("i'm raj huang ... at 9745 riverside boulevard"). Without capitals to
# tell a street from prose, the words between the number and the street word must not be
# function words ("3 kids cross the road", "30 days in a row" stay), and only words that name a
# street end it.
_FUNCTION_WORDS = (
    r"(?:the|a|an|in|on|of|at|to|by|for|from|with|and|or|our|my|your|their|his|her|its|this|that"
    r"|these|those|every|each|per|more|less|than|into|onto|across|along|down|up|over|under|near"
    r"|off|we|you|they|i|is|are|was|were|be)"
)
_STREET_ADDRESS_ANY_CASE = re.compile(
    rf"\b\d{{1,6}}[a-z]?\s+(?:(?!{_FUNCTION_WORDS}\b)[a-z][\w'.-]*\s+){{1,3}}"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|court|ct|drive|dr|parkway|pkwy"
    r"|highway|hwy|terrace|circle|place|way)\b\.?",
    re.IGNORECASE,
)
_UNIT_OR_BOX = re.compile(
    r"\b(?:Apt|Apartment|Unit|Suite|Flat|Apto|Depto|Departamento|P\.?\s?O\.?\s+Box)\.?"
    r"\s*(?:(?:is|number|no\.?)\s*)?#?\s*\d+",
    re.I,
)
# "jane at example dot com", "jane[at]example[dot]com", "jane (at) example.com": an e-mail
# written so that a harvester misses it, which a reader (and a harvester that knows) does not.
_BRACKETED_AT = r"\s*[\[({<]\s*at\s*[\])}>]\s*"
_SPELT_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+(?:dot|punto)\s+)"
_ANY_DOT = rf"(?:{_SPELT_DOT}|\.)"
# "at" as a word with a real dot is a web address ("read the plan at cityhall.gov"), so the word
# "at" counts only with a dot spelt out. A local part starts where a run of its characters starts
# (the look-behind), and a domain has at most three labels before its ending: both keep the search
# linear in the text's length.
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]+(?:{_BRACKETED_AT}[\w-]+(?:{_ANY_DOT}[\w-]+){{0,2}}{_ANY_DOT}"
    rf"|\s+(?:at|arroba)\s+[\w-]+(?:{_SPELT_DOT}[\w-]+){{0,2}}{_SPELT_DOT})"
    r"(?:com|org|net|edu|gov|[a-z]{2})\b",
    re.I,
)
# Streets named before their number, as in Spanish, Portuguese, Italian, French, German and
# Vietnamese addresses: "Calle de Alcalá 45", "Avenida Reforma 222", "Rue de la Paix 4" or
# "4 rue de la Paix", "Hauptstraße 5", "số 12 đường Lê Lợi". Words that are English words too
# (Av, Place, Boulevard) count only capitalised or not at all: English streets are
# ``_STREET_ADDRESS``'s.
# Words that name nothing but a street in any case; "carrera", "camino" and "paseo" are also a
# career, a way and a walk ("mi carrera de 10 años"), so they count capitalised only.
_FOREIGN_STREET = r"(?:calle|avenida|avda|carretera|rua|rue|đường|phố|ngõ|hẻm)"
_STREET_WORD_FIRST = (
    rf"(?:(?i:{_FOREIGN_STREET})|C/|Av|Paseo|Camino|Carrera|Viale|Piazza|Chemin|Allée)"
)
_STREET_ADDRESS_ABROAD = re.compile(
    rf"(?<![\w/]){_STREET_WORD_FIRST}\.?\s+(?:[\w'’.-]+\s+){{0,4}}?\d{{1,5}}[A-Za-z]?\b"
    rf"|\b\d{{1,5}}[A-Za-z]?,?\s+(?i:{_FOREIGN_STREET})\b\.?"
    r"(?:\s+(?i:de|del|des|du|la|le|los|las|d['’]))*\s*[\w'’-]+"
    r"|(?i:\b\w+(?:straße|strasse|gasse|weg|platz|allee)\s+\d{1,5}[a-z]?\b)"
    r"|(?i:\bsố\s+\d{1,5}[a-z]?(?:\s+(?:đường|phố|ngõ|hẻm)(?:\s+[^\W\d_]+){1,3})?)",
)
# A US ZIP (or ZIP+4) standing alone, not part of a longer number or an id like 2026-00837.
_ZIP = re.compile(r"(?<![\w$€£.,/-])\d{5}(?:-\d{4})?(?![\w-])")
_CANADIAN_POSTAL = re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# A British postcode ("SW1A 1AA", "M1 1AE"): an outward code, a space, a digit and two letters.
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
_FILL_IN_CUES = re.compile(
    r"\b(?:my (?:full |first |last )?name is|my names? (?:are|is)|i am called|call me"
    r"|i live at|i reside at|i live on|my (?:home |street |mailing )?address|my zip"
    r"|my (?:postal|post) code|my (?:phone|telephone|cell|mobile)|my e-?mail"
    # a family's, a building's or an office's line says "our": "Our home postal code is ..."
    r"|our (?:home |street |mailing |office )?address|our (?:home )?(?:postal |post |zip )code"
    r"|our (?:home |office )?(?:phone|telephone) number|our e-?mail address|our postcode"
    r"|contact me at|reach me at|text me at)\b",
    re.I,
)
_MIN_NAME_TOKEN = 3


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _fold_name(word: str) -> str:
    """A name word folded and without accents: a member who typed "José García" is named by a
    letter's "Jose Garcia", and the other way round."""
    folded = _fold(word)
    if folded.isascii():
        return folded
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", folded))


# The combining marks NFKD splits off Latin letters (Spanish, French, Vietnamese accents).
_ACCENTS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]")


def _name_tokens(name: str) -> list[str]:
    return name_tokens(name)


@dataclass(frozen=True)
class Identifiers:
    """What members gave about themselves, prepared for matching in sentences."""

    name_tokens: frozenset[str] = frozenset()
    """Name words (casefolded, accents off) of at least three letters, not placeholder words."""
    literals: frozenset[str] = frozenset()
    """E-mails, postal codes and street parts of addresses, folded and without spaces."""
    short_name_tokens: frozenset[str] = frozenset()
    """Two-letter name words ("An Vo", "Li Na"): they count only beside another name word."""

    @classmethod
    def of(
        cls,
        *,
        names: Iterable[str | None] = (),
        emails: Iterable[str | None] = (),
        postal_codes: Iterable[str | None] = (),
        addresses: Iterable[str | None] = (),
    ) -> Identifiers:
        tokens: set[str] = set()
        short: set[str] = set()
        for name in names:
            for token in _name_tokens(name or ""):
                folded = _fold_name(token)
                if folded in _PLACEHOLDER_WORDS:
                    continue
                if len(folded) >= _MIN_NAME_TOKEN:
                    tokens.add(folded)
                elif len(folded) == _MIN_NAME_TOKEN - 1:
                    short.add(folded)
        literals: set[str] = set()
        for value in [*emails, *postal_codes]:
            squeezed = _squeeze(value or "")
            if len(squeezed) >= _MIN_NAME_TOKEN:
                literals.add(squeezed)
        for email in emails:
            literals.update(_email_handle(email or ""))
        for address in addresses:
            literals.update(_address_parts(address or ""))
        return cls(frozenset(tokens), frozenset(literals), frozenset(short))


def _squeeze(text: str) -> str:
    return "".join(_fold(text).split())


def _email_handle(email: str) -> set[str]:
    """The part before the @ when it names one person and no word of prose could hold it
    ("wq1977", "jane.doe"): an e-mail spelt out ("wq1977 at gmail dot com") or a handle alone
    still carries it. A plain word ("tenants", "info") is left to the whole address."""
    handle = _squeeze(email.partition("@")[0]) if "@" in email else ""
    if len(handle) >= 4 and re.search(r"\d|[._+-]\w", handle):
        return {handle}
    return set()


def _address_parts(address: str) -> set[str]:
    """The first line and its first two words ("12alder"), and of every part that holds a number
    ("Apt 4B, 1200 Riverside Blvd", "C/ Alcalá 45, Madrid") the part and the number with the
    word before and after it ("1200riverside", "alcalá45"), squeezed. Not a later part's first
    two words: "Sacramento CA 95818" would take "Sacramento California" out of every letter."""
    parts: set[str] = set()
    lines = [line for line in re.split(r"[,\n]", address) if line.strip()]
    for index, line in enumerate(lines):
        words = line.split()
        if index > 0 and not any(ch.isdigit() for ch in line):
            continue
        parts.add(_squeeze(line))
        if index == 0 and len(words) >= 2:
            parts.add(_squeeze(" ".join(words[:2])))
        for at, word in enumerate(words):
            if any(ch.isdigit() for ch in word):
                parts.add(_squeeze(" ".join(words[max(0, at - 1) : at + 1])))
                parts.add(_squeeze(" ".join(words[at : at + 2])))
    return {p for p in parts if len(p) >= 4 and not p.isdigit()}


def carries_personal_data(sentence: str, identifiers: Identifiers | None = None) -> bool:
    """True when ``sentence`` (as written) carries or asks for someone's personal data.

    A member's name counts when one of its words appears capitalised ("Abigail", "Aardvarkpii";
    any word of a script without case), so a member called Hope does not remove every sentence
    that hopes for something.
    """
    if _looks_personal(sentence):
        return True
    return identifiers is not None and names_member(sentence, identifiers)


def names_member(sentence: str, identifiers: Identifiers) -> bool:
    """True when ``sentence`` carries what one of the members gave about themselves (the second
    half of :func:`carries_personal_data`, alone): asked of a campaign's public text each time
    members join, so a text none of whose words could be theirs is let through at once."""
    if not _could_name(sentence, identifiers):
        return False
    squeezed = _squeeze(sentence)
    if any(literal in squeezed for literal in identifiers.literals):
        return True
    written = [_fold_name(t) for t in _name_tokens(sentence) if not t[:1].islower()]
    if set(written) & identifiers.name_tokens:
        return True
    if any(token in sentence for token in _unspaced_name_tokens(identifiers)):
        return True
    return _short_name_pair(sentence, identifiers)


# Scripts written without spaces between words (Chinese, Japanese, Thai): a name there is a run
# of letters inside a longer run ("我叫王秀英"), never a word of its own.
_UNSPACED_SCRIPT = re.compile(
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


def _unspaced_name_tokens(identifiers: Identifiers) -> list[str]:
    return [t for t in identifiers.name_tokens if _UNSPACED_SCRIPT.search(t)]


def _could_name(text: str, identifiers: Identifiers) -> bool:
    """A quick test that lets most texts through: does any of the members' name words or details
    occur in ``text`` at all (folded, accents off, spaces out)? False means :func:`names_member`
    is False; True means it must look closer."""
    folded = _fold_name(text)
    squeezed = "".join(folded.split())
    return (
        any(token in folded for token in identifiers.name_tokens)
        or any(token in folded for token in identifiers.short_name_tokens)
        or any(_fold_name(literal) in squeezed for literal in identifiers.literals)
    )


def _short_name_pair(sentence: str, identifiers: Identifiers) -> bool:
    """A two-letter name word ("Vo") counts capitalised beside another word of a name ("An Vo",
    "Minh Vo"): alone it is too often a word ("An", "Do", "Ha")."""
    if not identifiers.short_name_tokens:
        return False
    known = identifiers.name_tokens | identifiers.short_name_tokens
    for left, right in pairwise(_name_tokens(sentence)):
        if left[:1].islower() or right[:1].islower():
            continue
        pair = (_fold_name(left), _fold_name(right))
        if all(w in known for w in pair) and any(w in identifiers.short_name_tokens for w in pair):
            return True
    return False


def _looks_personal(sentence: str) -> bool:
    return bool(
        _EMAIL.search(sentence)
        or _FILL_IN_CUES.search(sentence)
        or _STREET_ADDRESS.search(sentence)
        or _UNIT_OR_BOX.search(sentence)
        or _ZIP.search(sentence)
        or _CANADIAN_POSTAL.search(sentence)
        or _UK_POSTCODE.search(sentence)
        or _OBFUSCATED_EMAIL.search(sentence)
        or _STREET_ADDRESS_ABROAD.search(sentence)
        or _has_phone_number(sentence)
    )


def _has_phone_number(sentence: str) -> bool:
    if sum(ch.isdigit() for ch in sentence) < 7:
        return False
    return _phone_matches(sentence)


@lru_cache(maxsize=4096)
def _phone_matches(sentence: str) -> bool:
    import phonenumbers

    for region in ("US", "CA", "GB"):
        matcher = phonenumbers.PhoneNumberMatcher(
            sentence, region, leniency=phonenumbers.Leniency.VALID, max_tries=50
        )
        if matcher.has_next():
            return True
    return False


REMOVED = "[removed]"
"""What :func:`scrub` puts where personal data was."""


def scrub(text: str, identifiers: Identifiers | None = None) -> str:
    """``text`` with every e-mail, phone number, street address, unit or PO box, postal code, and
    what the sender gave about themselves (``identifiers``: their e-mail, postal code, address
    and name words, capitalised as in :func:`carries_personal_data`), replaced by ``[removed]``.

    For text a public page shows in full (the public record): where :func:`carries_personal_data`
    drops a whole sentence from a campaign's template, a person's own words keep everything but
    the details. Errs the same way: a number that looks like a ZIP code goes too.
    """
    spans: list[tuple[int, int]] = []
    for pattern in (
        _EMAIL,
        _OBFUSCATED_EMAIL,
        _UNIT_OR_BOX,
        _ZIP,
        _CANADIAN_POSTAL,
        _UK_POSTCODE,
        _STREET_ADDRESS_ABROAD,
    ):
        spans.extend(m.span() for m in pattern.finditer(text))
    # "12 Alder Ct." keeps its full stop: it may end the sentence, and the street is gone anyway.
    for pattern in (_STREET_ADDRESS, _STREET_ADDRESS_ANY_CASE):
        spans.extend((m.start(), m.end() - m.group().endswith(".")) for m in pattern.finditer(text))
    spans.extend(_phone_spans(text))
    spans.extend(identifying_spans(text))
    spans.extend(extra_identifying_spans(text))
    if identifiers is not None:
        spans.extend(_identifier_spans(text, identifiers))
    return _replace(text, spans)


def _phone_spans(text: str) -> list[tuple[int, int]]:
    if sum(ch.isdigit() for ch in text) < 7:
        return []
    import phonenumbers

    spans: list[tuple[int, int]] = []
    for region in ("US", "CA", "GB"):
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
        ):
            spans.append((match.start, match.end))
    return spans


def _identifier_spans(text: str, identifiers: Identifiers) -> list[tuple[int, int]]:
    """Where the sender's own literals (spaces anywhere) and name words occur: a name word
    capitalised anywhere, and in lower case next to another word of the name, initials between
    them aside ("raj huang", "elena h. murphy": the name typed in lower case; "I hope" and "hope
    the smith family" from Hope Smith stay)."""
    spans: list[tuple[int, int]] = []
    for literal in identifiers.literals:
        flexible = r"\s*".join(re.escape(ch) for ch in literal)
        spans.extend(m.span() for m in re.finditer(flexible, text, re.IGNORECASE))
    for token in _unspaced_name_tokens(identifiers):
        spans.extend(m.span() for m in re.finditer(re.escape(token), text))
    words = [(m.span(), m.group()) for m in _NAME_TOKEN.finditer(text) if len(m.group()) > 1]
    folded = [_fold_name(word) for _, word in words]
    for i, (span, word) in enumerate(words):
        if folded[i] in identifiers.short_name_tokens:
            beside = folded[max(0, i - 1) : i] + folded[i + 1 : i + 2]
            known = identifiers.name_tokens | identifiers.short_name_tokens
            if not word[:1].islower() and any(w in known for w in beside):
                spans.append(span)
            continue
        if folded[i] not in identifiers.name_tokens:
            continue
        near = folded[max(0, i - 1) : i + 2]
        paired = any(w != folded[i] and w in identifiers.name_tokens for w in near)
        if not word[:1].islower() or paired:
            spans.append(span)
    return spans


def _replace(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the union of ``spans`` by ``REMOVED``; spans apart only by spaces ("Maria
    Lopez") become one."""
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[str] = []
    cursor = 0
    for start, end in merged:
        parts.append(text[cursor:start])
        parts.append(REMOVED)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)
