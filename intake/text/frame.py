"""The lines that frame a sender's letter without saying anything: who they are, how they greet
and sign off, what their mail program wrote above it.

A campaign's copies reach a clerk wrapped in many ways no campaign's template holds, each sender
their own: a contact block ("Juno Mbeki / 69 Ferrier Road / (823) 555-0160") above or below the
sign-off, a form's fields ("Name: ... | Street: ... | Years in the city: 19"), a fill-in line in
a phrasing only they chose ("I am ..., a resident of ... for 15 years."), a greeting or a
valediction in their own language ("Buenas tardes,", "Met vriendelijke groet,"), a subject line
on top ("RE: Item 7"). None of it is what they added to the campaign's words (issue 14 item 2),
and most of it carries their name. What tells it is its shape, in any language: a line made of
names, numbers and a few words around them; a label and a colon before such words; a short line
that ends with a comma, which no sentence does. :class:`LetterFrame` reads those shapes on the
segments of one body. Pure: no Flask, no database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

import regex

from intake.text.identifying import identifies_someone
from intake.text.mail_footer import is_footer_sentence, is_sign_off
from intake.text.normalize import (
    Role,
    Segment,
    is_courtesy,
    is_device_line,
    is_valediction,
    words,
)
from intake.text.personal_data import carries_personal_data
from intake.text.scaffolding import is_scaffolding

__all__ = ["LetterFrame", "is_field_line", "is_identity_line", "is_signer_line"]

_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")

IDENTITY_MAX_WORDS = 8
"""Words outside its names and numbers an identity line may hold: "I am ..., a resident of ...
for ... years" holds seven. A story that gives an address ("We live at 12 Elm Street, right
where the new lane would go, and our kids bike to school.") holds more, and stays the sender's."""
_IDENTITY_RUN = 2
_IDENTITY_ONE_SLOT_WORDS = 4
"""...and with a single name or number in it: "My phone is ...", "We live at ...",
"Contact: ..."."""


def _has_digit(token: str) -> bool:
    return not token.isalpha() and any(ch.isdigit() for ch in token)


def _filled(token: str) -> bool:
    """A word a sender fills in: capitalised (a name, a street) or holding a digit."""
    return token[:1].isupper() or _has_digit(token)


def _slot_shape(sentence: str) -> tuple[int, int, int]:
    """(words outside the filled-in slots, runs of slots, words of the longest run), the slots
    read as a fill-in line's skeleton reads them: a capitalised word past the first, or a word
    holding a digit. Stops counting once more than ``IDENTITY_MAX_WORDS`` words are outside (most
    sentences are read no further)."""
    outside = runs = longest = run = 0
    for index, token in enumerate(_TOKEN.finditer(sentence)):
        word = token.group()
        if (index > 0 and word[:1].isupper()) or _has_digit(word):
            runs += not run
            run += 1
            longest = max(longest, run)
        else:
            outside += 1
            if outside > IDENTITY_MAX_WORDS:
                break
            run = 0
    return outside, runs, longest


def is_identity_line(sentence: str) -> bool:
    """Does this sentence only say who the sender is ("I am Emeric Haldane, a resident of 246
    Ferrier Road for 15 years.", "Me llamo Yolanda Ashgrove y vivo en 440 Ferrier Road.",
    "From Halina Vukovic at 157 Lanternhill Drive", "My phone is (853) 555-0139.")? It carries
    personal data, and besides its names and numbers holds a few words only: a campaign's fill-in
    line in whatever phrasing the sender chose, never a sentence of their own."""
    outside, runs, longest = _slot_shape(sentence)
    # A name, a house and street, a phone number: two words or more in a row. "Vivo en la calle
    # Tamsin desde hace 20 años." names a street and a span of years, and is the sender's story.
    if longest < _IDENTITY_RUN or outside > IDENTITY_MAX_WORDS:
        return False
    if runs < 2 and outside > _IDENTITY_ONE_SLOT_WORDS:
        return False
    return carries_personal_data(sentence) or identifies_someone(sentence, names_after_places=False)


# A form's field: a label of at most four words and a colon ("Name:", "Full name:", "Dirección:",
# "Years in the city:", "Tel.:"), fields apart by "|", ";", "/" or a tab.
_FIELD = regex.compile(r"^\s*(\p{L}[\p{L}\p{M}'’. -]{0,30}?)\s*:\s*(\S.*?)\s*$")
_FIELD_SEPARATOR = regex.compile(r"\s[|;/]\s|\t|\s{3,}")
_FIELD_LABEL_WORDS = 4
_FIELD_VALUE_WORDS = 8


def is_field_line(line: str) -> bool:
    """A form's fields as the sender filled them: "Name: Teodora Castellanos", "Full name: ... |
    Street: 231 Lanternhill Drive | Years in the city: 19", "Contact: (234) 555-0113",
    "Nombre: Birgit Petrakis". Every value is names, numbers or an e-mail, so "Note: we need
    this." and "Subject: support for the lanes" are not."""
    fields = _FIELD_SEPARATOR.split(line.strip())
    if not fields or not fields[0]:
        return False
    for field in fields:
        match = _FIELD.match(field)
        if match is None or len(match.group(1).split()) > _FIELD_LABEL_WORDS:
            return False
        value = match.group(2)
        tokens = _TOKEN.findall(value)
        if not tokens or len(tokens) > _FIELD_VALUE_WORDS:
            return False
        if not ("@" in value or all(_filled(t) for t in tokens)):
            return False
    return True


_NAME_LINE_WORDS = 4
_COMMA_LINE_WORDS = 8
_COLON_LINE_WORDS = 6
# A list's marker opens a line ("- ", "* ", "1.", "a)"): a list item may end with a comma.
_LIST_MARKER = regex.compile(r"^\s*(?:[-*\u2022\u2013\u2014>]|\(?\w{1,3}[.)])\s")
# "- Gideon Ashgrove", "— Ana Ruiz": a dash and a name after the sender's last sentence on a line.
_DASH_NAME = regex.compile(
    r"^[-\u2013\u2014~]+\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$"
)
# What a mail program or a sender puts above a letter as its subject: "RE: Item 7", "Fwd: Take
# action", "Subject: ...", "Asunto: ..."; and a header that gives who sent it, "From: Ana Ruiz,
# 12 Elm Street" (a resident's "From: a shop owner who has been here since 1998." is theirs).
_SUBJECT = regex.compile(
    r"^\s*(?:re|fwd?|fw|aw|wg|tr|rv|enc|subject|subj|asunto|objet|betreff|oggetto|assunto"
    r"|onderwerp)\s*:",
    regex.IGNORECASE,
)
_HEADER = regex.compile(r"^\s*(?:from|de|von|da|van|to|para|an|date|sent)\s*:", regex.IGNORECASE)


def _is_name(text: str) -> bool:
    """A few capitalised words that read as someone's name ("Juno Mbeki", "Ana M. Ruiz")."""
    text = text.strip()
    if len(text.split()) > _NAME_LINE_WORDS or text[-1:] in "!?":
        return False
    return all(_filled(t) for t in _TOKEN.findall(text)) and identifies_someone(text)


def _subject(line: str) -> bool:
    if _SUBJECT.match(line):
        return True
    return bool(_HEADER.match(line)) and (is_field_line(line) or carries_personal_data(line))


# A petition signer's line: a name (or "Anonymous") and a neighbourhood or town, as a petition
# platform exports it or a signer types it under the petition's words: "QUILLON LINDGREN /
# EASTBANK", "- saoirse underhill, eastbank", "— Anonymous, Tanner's Flats". Two parts of one to
# three words apart by " / " or a comma, nothing ending a sentence. A word after a part's first
# may be a number: a union member signs "- Local 618, Eastside yard".
_SIGNER_PART = r"\p{L}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,2}"
_SIGNER = regex.compile(
    rf"^\s*(?P<dash>[-\u2013\u2014~]+\s*)?{_SIGNER_PART}\s*(?:\s/\s|,\s*){_SIGNER_PART}\s*$"
)
_PLACE_LINE_WORDS = 3


def is_signer_line(line: str) -> bool:
    """A petition signer's name and place on a line of its own: a signature, not words the
    signer wrote, wherever it stands (their reason for signing may follow it). Capitalised
    throughout ("Ana Ruiz / Old Harbor", "ANA RUIZ / OLD HARBOR"), or, typed by hand in lower case,
    set off by a dash as a signature is ("- ana ruiz, old harbor"); "- shade, birds and quiet
    streets" holds too many words, "Parks, not parking." and "PROTECT THE ENVIRONMENT, PLEASE." end
    as a sentence."""
    match = _SIGNER.match(line)
    if match is None or line.rstrip()[-1:] in ".!?":
        return False
    return bool(match.group("dash")) or all(_filled(t) for t in _TOKEN.findall(line))


def _is_place(text: str) -> bool:
    """A line of one to three capitalised words that ends as no sentence does: "Gullhaven",
    "Pier District", the place under a signer's name."""
    tokens = _TOKEN.findall(text)
    stripped = text.strip()
    return (
        0 < len(tokens) <= _PLACE_LINE_WORDS
        and len(stripped.split()) == len(tokens)
        and all(_filled(t) for t in tokens)
    )


_SUBJECT_WORDS = 15
_BLOCK_LINE_WORDS = 8
# A line of a signature block may end with an abbreviation's full stop: "12 Elm St.", "Ana Ruiz,
# Jr.", "Harbor Tenants, Inc.", "M.D."
_ABBREVIATED = regex.compile(r"(?:\b\p{Lu}\p{L}{0,3}|\b\p{Lu})\.$")


class LetterFrame:
    """One body's segments by line, each line's shape read once when first asked."""

    def __init__(self, segs: Sequence[Segment]) -> None:
        self.segs = segs
        lines: list[list[int]] = []
        for index, seg in enumerate(segs):
            if lines and segs[lines[-1][0]].paragraph == seg.paragraph:
                lines[-1].append(index)
            else:
                lines.append([index])
        self.lines = lines
        self.line_of = {i: n for n, line in enumerate(lines) for i in line}

    @cached_property
    def first_content_line(self) -> int | None:
        return next(
            (n for n, line in enumerate(self.lines) if any(self.segs[i].is_content for i in line)),
            None,
        )

    def text(self, n: int) -> str:
        line = self.lines[n]
        return " ".join(self.segs[i].text for i in line)

    def contact(self, n: int) -> bool:
        """A line that is the letter's frame whatever stands beside it: a sign-off, a mail
        program's line, an identity line, a form's fields, an unfilled placeholder."""
        return all(
            not self.segs[i].is_content
            or is_identity_line(self.segs[i].text)
            or is_scaffolding(self.segs[i].text)
            for i in self.lines[n]
        ) or is_field_line(self.text(n))

    def comma_line(self, n: int) -> bool:
        """A short line that ends with a comma (or, opening the letter, a colon): a greeting or a
        valediction in any language ("Buenas tardes,", "Mesdames et Messieurs,", "Kính gửi Hội
        đồng Thành phố,", "Met vriendelijke groet,"), never a sentence; a list item is not one."""
        text = self.text(n).rstrip()
        if _LIST_MARKER.match(text):
            return False
        size = len(words(" ".join(self.segs[i].norm for i in self.lines[n])))
        if text.endswith(",") and size <= _COMMA_LINE_WORDS:
            return True
        return text.endswith(":") and size <= _COLON_LINE_WORDS and n == self.first_content_line

    def name_shape(self, n: int) -> bool:
        """A line of a name alone: a few capitalised words that read as someone's name."""
        return len(self.lines[n]) == 1 and _is_name(self.text(n))

    def name_line(self, n: int) -> bool:
        """A line of a name alone ("Juno Mbeki") beside the letter's frame: a contact block, a
        sign-off, a greeting or the body's first or last line, or a place's line under it (a
        petition signer's "Marisol Kilbride" over "Gullhaven")."""
        if not self.name_shape(n):
            return False
        if n in (0, len(self.lines) - 1) or self.place_under_name(n + 1):
            return True
        return any(
            self.contact(m) or self.comma_line(m) or self.sign_off_line(m) for m in (n - 1, n + 1)
        )

    def loose(self, n: int) -> bool:
        """A short line that does not end as a sentence does: a signature block's title,
        organisation, street or town ("Director of Community Programs", "Fenwick Avenue
        resident", "Springfield, IL 62701", "12 Elm St."), or a line no content is on."""
        line = self.lines[n]
        if not any(self.segs[i].is_content for i in line):
            return True
        if self.sign_off_line(n) or self.footer_line(n):
            return True
        text = self.text(n).rstrip()
        if len(line) != 1 or len(text.split()) > _BLOCK_LINE_WORDS or text[-1:] in "!?":
            return False
        return text[-1:] != "." or _ABBREVIATED.search(text) is not None

    def place_under_name(self, n: int) -> bool:
        """A place's line ("Pier District") right under a line of a name alone: the second line
        of a signature ("Marisol Kilbride" / "Gullhaven"), not a sentence of the sender's."""
        return (
            0 < n < len(self.lines)
            and len(self.lines[n]) == 1
            and _is_place(self.text(n))
            and self.name_shape(n - 1)
        )

    def signs_the_note(self, n: int) -> bool:
        """One to three capitalised words alone on the line right above a forward's or reply's
        header, under the sender's note: how they signed the note ("... so it is in the record."
        / "Zainab" / "On Mon, Dec 7, ... wrote:"), not a sentence of theirs."""
        return (
            n + 1 == self.forwarded_from < len(self.lines)
            and n != self.first_content_line
            and len(self.lines[n]) == 1
            and _is_place(self.text(n))
        )

    @cached_property
    def tail(self) -> int:
        """The first of the lines that end the body without a sentence of the sender's: short
        lines that end as no sentence does, sign-offs, footers (past the last line when none);
        a forward or quoted reply below them is someone else's message, so the tail ends there."""
        end = self.forwarded_from
        start = end
        while start > 0 and self.loose(start - 1):
            start -= 1
        return start

    @cached_property
    def signature_block(self) -> int:
        """The first line of the signature block that ends the body (past the last line when it
        has none): the short lines after its last sentence, from the first that is a name or a
        contact line, and the valediction above its name when it carries no mark ("Sincerely")."""
        end = self.forwarded_from
        start = self.tail
        first = next(
            (n for n in range(start, end) if self.contact(n) or self.name_shape(n)),
            end,
        )
        # After a sign-off in the sender's language, what is short is its signature, a name in a
        # script without capitals too ("此致 / 敬礼 / 王小明").
        first = min(first, next((n for n in range(start, end) if self.sign_off_line(n)), end))
        if start < first < end and self.name_shape(first):
            before = " ".join(self.segs[i].norm for i in self.lines[first - 1])
            first -= is_valediction(before)
        return first

    def subject_line(self, n: int) -> bool:
        """A subject or header line above the letter: only lines like it stand before it."""
        return all(
            len(self.text(m).split()) <= _SUBJECT_WORDS and _subject(self.text(m))
            for m in range(n + 1)
        )

    def holds(self, i: int) -> bool:
        """Does segment ``i`` (a content segment) frame the letter?"""
        seg = self.segs[i]
        n = self.line_of[i]
        line = self.lines[n]
        if is_courtesy(seg.norm) or is_identity_line(seg.text):
            return True
        if i == line[-1] and i != line[0]:
            # A name after the line's last sentence: "... six weeks to fix. - Wendeline Marchetti",
            # "... heed their concerns. Thank you. Pat Cavanaugh", "... as they did before.
            # Tamsin Nakashima" above the rest of a contact block.
            if _DASH_NAME.match(seg.text.strip()):
                return True
            if _is_name(seg.text) and (
                is_valediction(self.segs[i - 1].norm)
                or (n + 1 < len(self.lines) and self.contact(n + 1))
            ):
                return True
        return (
            n >= self.signature_block
            or n >= self.forwarded_from
            or self.quoted(n)
            or self.attribution(n)
            or self.sign_off_line(n)
            or (n >= self.tail and self.footer_line(n))
            or is_field_line(self.text(n))
            or self.comma_line(n)
            or self.name_line(n)
            or self.place_under_name(n)
            or self.signs_the_note(n)
            # A signer's line, alone or after the petition's last sentence on its line.
            or (i == line[-1] and is_signer_line(seg.text))
            or self.subject_line(n)
        )

    def _content_norms(self, n: int) -> list[str]:
        return [self.segs[i].norm for i in self.lines[n] if self.segs[i].is_content]

    def sign_off_line(self, n: int) -> bool:
        """A line that is only a sign-off in the sender's language ("Mit freundlichen Grüßen",
        "Le saluda atentamente.", "Veuillez agréer, Madame, Monsieur, l'expression de mes
        salutations distinguées.", "此致 敬礼"), wherever it stands."""
        norms = self._content_norms(n)
        return bool(norms) and (
            all(is_sign_off(norm) for norm in norms) or is_sign_off(" ".join(norms))
        )

    def footer_line(self, n: int) -> bool:
        """A disclaimer or footer paragraph: its first sentence is one ("This email and any
        attachments are confidential ...", "You received this email because ...
        Unsubscribe")."""
        norms = self._content_norms(n)
        return bool(norms) and is_footer_sentence(norms[0])

    def _raw(self, n: int) -> str:
        return self.text(n).lstrip()

    @cached_property
    def forwarded_from(self) -> int:
        """The first line of a forward's or reply's header block ("-----Original Message-----",
        "From: ... / Sent: ...", "On Mon, ... wrote:") below words of the sender's (past the last
        line when none): what follows is the message they forwarded or replied to, someone
        else's, whatever it says (an organiser's "please send the letter below")."""
        seen_content = False
        for n, line in enumerate(self.lines):
            segs = [self.segs[i] for i in line]
            if seen_content and any(
                s.role is Role.MAIL and not is_device_line(s.norm) for s in segs
            ):
                return n
            seen_content = seen_content or any(s.is_content for s in segs)
        return len(self.lines)

    def _quote_below(self, n: int) -> bool:
        return n + 1 < len(self.lines) and self._raw(n + 1).startswith(">")

    def attribution(self, n: int) -> bool:
        """A reply's attribution in any language, read by its shape: a line ending with a colon
        that holds an address or a date, above quoted lines ("Jane Doe <jane@example.com>
        schrieb am Di., 1. Dez. 2026, 21:14:"); and its first half when the mail program broke
        it after "<"."""
        text = self.text(n).rstrip()
        if text.endswith("<") and n + 1 < len(self.lines) and self.attribution(n + 1):
            return True
        return (
            text.endswith(":")
            and not text.startswith(">")
            and ("@" in text or any(ch.isdigit() for ch in text))
            and self._quote_below(n)
        )

    def quoted(self, n: int) -> bool:
        """A quoted line ("> ...") below a reply's attribution or a mail program's line: the
        message the sender replied to, not their words."""
        return self._raw(n).startswith(">") and n > self._first_reply_line

    @cached_property
    def _first_reply_line(self) -> int:
        """The first attribution or mail program's line (past the last line when none)."""
        return next(
            (
                m
                for m in range(len(self.lines))
                if self.attribution(m) or any(self.segs[i].role is Role.MAIL for i in self.lines[m])
            ),
            len(self.lines),
        )
