"""Matching form of comment text, and its split into roles.

Campaign copies differ from one another in ways a reader never notices: curly
versus straight quotes, an extra space, a zero-width joiner pasted from a web
form, a Cyrillic "С" in "City" slipped in to dodge filters, "Dear Council,"
on top and a name at the bottom. `normalize` erases all of those so that two
copies a person would call "the same letter" produce the same string, and
`segments` separates the letter body from its salutation and sign-off, which
carry the sender's identity rather than the campaign's words.

Bodies pasted from a web mailer carry HTML ("<div dir=\"ltr\">", "&nbsp;", "&#39;"), and
forwarded or replied-to copies carry the mail program's lines ("-----Original Message-----",
"From: ... Sent: ... To: ...", "On Mon, ... wrote:", "Sent from my iPhone"): the markup is
decoded for matching, and those lines get the `mail` role, so neither is ever a campaign's words
nor the sender's.

Advocacy platforms paste a web page's remnants into every copy they send ("Sincerely,<br>",
"</p>\n<p>", "I&#8217;m", "&rsquo;", and their curly quotes read in the wrong encoding: "Itâ€™s",
"cafÃ©"): `as_displayed` gives the text a reader of the page saw -- line and paragraph breaks for
``<br>`` and ``<p>``, formatting tags dropped, character references decoded, mojibake undone
(ftfy) -- and every reading of a body (`segments`, so fingerprints, sentences and personal text;
the spam scorer) starts from it. One letter in Traditional and in Simplified Chinese characters is
one text: `normalize` folds Traditional characters to Simplified (OpenCC's ``tw2s``).

Only the matching form is changed here; stored comment bodies are never altered.
Everything is built from `str.translate` tables, `unicodedata` and compiled
`regex` patterns, so the cost is linear in the input and never a Python loop
per character.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources

import ftfy
import regex

__all__ = [
    "Role",
    "Segment",
    "as_displayed",
    "homoglyph_table",
    "is_courtesy",
    "is_device_line",
    "is_mail_line",
    "is_valediction",
    "matching_text",
    "normalize",
    "segments",
    "words",
]

# Unicode's stream-safe limit: no real text needs more marks on one base letter.
_MAX_MARK_RUN = 30

_MARK_FLOOD = regex.compile(rf"(\p{{M}}{{{_MAX_MARK_RUN}}})\p{{M}}+")
_MARKS = regex.compile(r"\p{M}+")
_APOSTROPHES = "'\u2018\u2019\u201b\u02bc\u02bb\u2032\u0060\u00b4\uff07"
# Stdlib `re` is several times faster than `regex` for these plain classes;
# `[^\W_]` is exactly "letter or number" (str.isalnum).
_WORD = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}]|[^\s]+")


class Role(StrEnum):
    """What a segment is for: only `content` carries a campaign's words."""

    SALUTATION = "salutation"
    CONTENT = "content"
    CLOSING = "closing"
    SIGNATURE = "signature"
    MAIL = "mail"
    FORM = "form"


#: What a program wrote around the sender's words, a mail program or a web form: passed over
#: when the letter's opening and its sign-off are looked for.
_PROGRAMS = frozenset({Role.MAIL, Role.FORM})


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or line of the original body, with where it came from."""

    start: int
    end: int
    text: str
    norm: str
    role: Role
    paragraph: int

    @property
    def is_content(self) -> bool:
        return self.role is Role.CONTENT and bool(self.norm)


# --------------------------------------------------------------------------- normalize


def _ascii_target(key: str, targets: list[str]) -> str | None:
    """The Latin letter a non-Latin look-alike stands for, lower-cased."""
    letters = sorted(
        {_MARKS.sub("", t) for t in targets}
        & set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    )
    if not letters:
        return None
    if key.isupper():
        upper = [c for c in letters if c.isupper()]
        # Unicode lists capital-I look-alikes as confusable with lower-case "l".
        chosen = upper[0] if upper else ("I" if letters == ["l"] else letters[0])
    else:
        lower = [c for c in letters if c.islower()]
        chosen = lower[0] if lower else letters[0]
    return chosen.lower()


@lru_cache(maxsize=1)
def homoglyph_table() -> dict[int, str]:
    """`str.translate` table folding Cyrillic, Greek, ... look-alikes to Latin.

    Built once from confusable_homoglyphs' data file; calling the library per
    character would cost microseconds per letter.
    """
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(raw)
    table: dict[int, str] = {}
    for key, entries in data.items():
        if len(key) != 1 or key.isascii() or not key.isalpha():
            continue
        if "LATIN" in unicodedata.name(key, "LATIN"):
            continue
        target = _ascii_target(key, [e["c"] for e in entries])
        if target is not None:
            table[ord(key)] = target
    return table


_TABLE = homoglyph_table()
# Cheap gate: only text with a non-Latin letter can hold a look-alike.
_NON_LATIN_LETTER = regex.compile(r"[^\p{Latin}\P{L}]")
_INVISIBLE = regex.compile(r"[\p{Cs}\p{Cf}]+")
_CONTROL = regex.compile(r"\p{Cc}+")
_MARKS_AND_APOSTROPHES = regex.compile(r"[\p{M}" + _APOSTROPHES + "]+")
# Typography that would otherwise push ordinary English off the ASCII fast
# path; each maps to exactly what the full path would make of it.
_TYPOGRAPHY = (
    *((c, "") for c in "\u2018\u2019\u201b\u02bc\u00b4"),
    *((c, " ") for c in "\u201c\u201d\u201e\u2013\u2014\u2026\u00a0\u2022"),
)


# Tags a web mailer leaves in a pasted body. Named ones only: "<your name>" is a campaign's
# placeholder (intake.text.template.is_scaffolding), not markup, and must stay visible to it.
_HTML_TAG = re.compile(
    r"</?(?:a|b|big|blockquote|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li"
    r"|meta|o:p|ol|p|pre|s|small|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|tr"
    r"|tt|u|ul)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def _decode_html(text: str) -> str:
    """Text as a web mailer's reader saw it: tags gone, character references ("&#39;", "&nbsp;",
    "&quot;") decoded by the standard library, so "It&#39;s" and "It's" match."""
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    return html.unescape(text) if "&" in text else text


# --------------------------------------------------------------------------- as_displayed

# A page's line and paragraph breaks ("<br>", "<br />", "</p>\n<p>"), read as the breaks they
# draw; a break tag's own newline after it is the same break.
_BR = re.compile(r"<br\s*/?>[ \t]*(?:\r?\n)?", re.IGNORECASE)
_PARAGRAPH = re.compile(
    r"(?:</p>[ \t]*(?:\r?\n[ \t]*)*)?<p(?:\s[^<>]*)?>|</p>[ \t]*(?:\r?\n)?", re.IGNORECASE
)
# Block tags end a line; formatting tags vanish ("<b>vote</b> no"). A link ("<a href=...>") and
# an image stay: the spam scorer reads them, and staff see them in what the sender wrote.
_BLOCK_TAG = re.compile(
    r"</?(?:blockquote|body|center|div|h[1-6]|head|hr|html|li|ol|pre|table|tbody|td|th|thead|tr"
    r"|ul)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_INLINE_TAG = re.compile(
    r"</?(?:b|big|code|em|font|i|meta|o:p|s|small|span|strike|strong|style|sub|sup|tt|u)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# UTF-8 read as Windows-1252 or Latin-1: a lead byte's letter ("Ã", "â", "Â") followed by a
# continuation byte's ("€", "©", "™", a C1 control). Only such text goes to ftfy.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac"
    "\u2122]"
)
# Only mojibake is undone: ftfy's other fixes (straightening quotes, full-width letters, NFC)
# would change clean text, and its own HTML decoding is done above, tags first.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def as_displayed(body: str) -> str:
    """The body as the reader of the page it was pasted from saw it: ``<br>`` a line break,
    ``<p>`` a paragraph, formatting and block tags gone, character references ("&#8217;",
    "&rsquo;", "&amp;", "&nbsp;") decoded, mojibake ("Itâ€™s", "cafÃ©") undone. A body without
    "<", "&" or a mojibake pair is returned as it is (the same object), so clean text costs a
    scan; the stored body is never changed, only what the engine reads. Idempotent."""
    if "<" in body or "&" in body or (not body.isascii() and _MOJIBAKE.search(body)):
        return _as_displayed(body)
    return body


@lru_cache(maxsize=1024)
def _as_displayed(body: str) -> str:
    text = body
    if "<" in text:
        text = _BR.sub("\n", text)
        text = _PARAGRAPH.sub("\n\n", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _INLINE_TAG.sub("", text)
        if text != body:
            text = _BLANK_LINES.sub("\n\n", text).strip()
    if "&" in text:
        text = html.unescape(text)
    if _MOJIBAKE.search(text):
        text = ftfy.fix_text(text, _FTFY)
    return text


# --------------------------------------------------------------------------- normalize


def _fold(text: str) -> str:
    return text.translate(_TABLE) if _NON_LATIN_LETTER.search(text) else text


_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _converter() -> Callable[[str], str]:
    """OpenCC's Taiwan-Traditional-to-Simplified conversion (phrases first, then characters;
    Taiwan's variant forms such as 裡 and 著 as a particle too), loaded at the first Han text
    (its dictionaries ship in the wheel; ~30 ms)."""
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("tw2s").convert
    return convert


def _simplified(text: str) -> str:
    """Han characters folded to Simplified, so a letter passed round in both scripts is one
    text; Simplified text and every other script are left as they are."""
    return _converter()(text)


def _normalize_once(text: str) -> str:
    if not text.isascii():
        for old, new in _TYPOGRAPHY:
            if old in text:
                text = text.replace(old, new)
    if text.isascii():
        return " ".join(_ASCII_WORD.findall(text.lower().replace("'", "").replace("`", "")))
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    text = _MARK_FLOOD.sub(r"\1", text)
    text = _fold(unicodedata.normalize("NFKD", text)).casefold()
    text = _fold(unicodedata.normalize("NFKD", text))
    if _HAN.search(text):
        text = _simplified(text)
    return " ".join(_WORD.findall(_MARKS_AND_APOSTROPHES.sub("", text)))


def normalize(text: str) -> str:
    """Matching form: NFKD, Latin-folded look-alikes, case-folded, no marks or punctuation.

    Accents are dropped along with every other combining mark, so "acción" and
    "accion" match; apostrophes vanish ("it's" -> "its"), all other punctuation
    becomes a single space; HTML tags and character references are decoded first. Idempotent and
    linear.
    """
    out = _normalize_once(_decode_html(text) if "<" in text or "&" in text else text)
    # ASCII output is a fixed point; rare scripts may need one more pass
    # (e.g. a compatibility character that decomposes to a capital).
    for _ in range(3):
        if out.isascii():
            return out
        again = _normalize_once(out)
        if again == out:
            return out
        out = again
    return out


def words(norm: str) -> list[str]:
    """Tokens of a normalized string; ideographs and Thai-like scripts count per character."""
    return norm.split() if norm.isascii() else _TOKEN.findall(norm)


# --------------------------------------------------------------------------- segments

_LINE = regex.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
_SENTENCE_END = regex.compile(
    r"[.!?]+[\p{Cf}\p{Pf}\p{Pe}\"']*(?=(?:[\s\p{Cf}]|&nbsp;|&#160;)+\S)|[\u3002\uff01\uff1f]+"
)
_ABBREVIATION = regex.compile(
    r"(?:\b\p{L}|\b(?:mr|mrs|ms|dr|st|no|vs|etc|jr|sr|prof|sec|inc|ave|blvd|e\.g|i\.e|u\.s))\.$",
    regex.IGNORECASE,
)
# How a letter greets its reader in the languages senders write in ("Estimado Concejo Municipal:",
# "Chère Madame,", "Sehr geehrte Damen und Herren,"), read on the original text and on the
# matching form (which drops accents).
_GREETING_WORDS = (
    r"dear|hello|hi|greetings|to whom it may concern|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?"
    r"|distinguid[oa]s?|prezad[oa]s?|ch[eè]re?s?|bonjour|sehr geehrte[rn]?"
)
_INLINE_SALUTATION = regex.compile(
    rf"\s*(?:{_GREETING_WORDS})\b[^,:;.!?\n]{{0,80}}[,:]\s+(?=\S)",
    regex.IGNORECASE,
)
_GREETING_ONLY = regex.compile(
    rf"\s*(?:{_GREETING_WORDS})\b[^,:;.!?\n]{{0,80}}[,:]\s*", regex.IGNORECASE
)
_SALUTATION = regex.compile(
    r"^(?:dear|hello|hi|hey|greetings|good (?:morning|afternoon|evening|day)"
    r"|to whom it may concern|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|distinguid[oa]s?"
    r"|prezad[oa]s?|cheres?|chers?|bonjour|sehr geehrte[rn]?)\b"
)
# Weaker openers count only when the line ends like a greeting ("Mayor Smith,").
_ADDRESS = regex.compile(
    r"^(?:to the|honorable|esteemed|attention|attn|re|subject|mayor|chair|council|members"
    r"|council ?members?|council(?:l)?ors?|commissioners?|supervisors?|vice mayor)\b"
)
_VALEDICTION = regex.compile(
    r"^(?:sincerely|regards|best|kind regards|warm regards|warmly|respectfully|cordially"
    r"|cheers|thanks|thank you|many thanks|yours|with (?:gratitude|appreciation|care|respect"
    r"|love|thanks)|in solidarity|peace|take care|god bless|signed|signature"
    r"|atentamente|cordialmente|saludos|un saludo|cordialement|bien cordialement|salutations"
    r"|mit freundlichen grussen|atenciosamente|distinti saluti)\b"
)
_NAME_WORD = regex.compile(
    r"^(?:[-\u2013\u2014~]+|\p{Lu}[\p{L}'\u2019.\-]*|\p{Lu}\.?|[\p{N}\-]+|\S+@\S+"
    r"|de|la|del|da|van|von|der|le|y|and|&)[,;]?$"
)
# A sign-off signed with a dash: "-Marcus", "— Joy (District 1)", "~ J. Smith, Ward 3". The dash
# is the signature's mark, so what follows must still look like a name: name words, then at most
# one short aside in brackets ("(District 1)", "(Elm St. neighbors)") -- "- we need buses" stays.
_DASH_SIGN = regex.compile(r"^[-\u2013\u2014~]+\s*(?=\S)")
_ASIDE = regex.compile(r"\s*\([^()]{1,40}\)$")
# How a sender who signs without a name says who they are: "A concerned resident", "- a
# neighbor", "Your constituent", "A proud parent of District 4".
_SELF_DESCRIPTION = regex.compile(
    r"^(?:a|an|your|one|just a)(?: (?:concerned|worried|local|longtime|long time|lifelong|proud"
    r"|frustrated|fellow|tax paying|taxpaying|voting))*"
    r" (?:resident|citizen|neighbou?r|parent|mother|father|mom|dad|voter|taxpayer|constituent"
    r"|homeowner|renter|tenant|member of the public)s?(?: (?:of|in|from) [\p{L}\p{N} ]{1,30})?$"
)
# What a mail program appends to every message: "Sent from my iPhone", "Sent from Mail for
# Windows", "Get Outlook for iOS", "Enviado desde mi iPhone", "Envoyé de mon iPhone".
_DEVICE = (
    r"(?:iphone|ipad|android|galaxy|samsung|pixel|phone|smartphone|mobile|cell|tablet|blackberry"
    r"|outlook|mail|gmail|yahoo|aol|windows|ios|device|verizon|t mobile)"
)
_DEVICE_LINE = regex.compile(
    r"^(?:sent (?:from|via|with|using|on) (?:my )?|get outlook for |enviado (?:desde|de|do|con) "
    r"(?:mi |meu |o )?|envoye (?:de|depuis) (?:mon )?|inviato da(?:l mio| il mio)? "
    r"|von meinem |verzonden (?:vanaf|met) (?:mijn )?)(?:[\p{L}\p{N}]+ ){0,3}"
    + _DEVICE
    + r"\b(?: [\p{L}\p{N}]+){0,4}$"
)
_DEVICE_MAX_WORDS = 10
# A forwarded or replied-to copy carries its mail program's lines, in the reader's language:
# the separator ("-----Original Message-----", "---------- Forwarded message ---------",
# "Begin forwarded message:", "Mensaje reenviado", "Message transféré"), read on the matching form;
_MAIL_SEPARATOR = regex.compile(
    r"^(?:begin |inicio del |debut du |anfang der |inizio messaggio )?(?:original message"
    r"|forwarded message|mensaje original|mensaje reenviado|message dorigine|message original"
    r"|message transfere|message reexpedie|ursprungliche nachricht|weitergeleitete n? ?nachricht"
    r"|mensagem original|mensagem encaminhada|messaggio originale|messaggio inoltrato"
    r"|oorspronkelijk bericht|doorgestuurd bericht|thu goc|tin nhan (?:[dđ]a )?chuyen tiep"
    r"|tin nhan goc)$"
)
# the header block ("From: ...", "Sent: ...", "De: ...", "Enviado: ...", "Objet : ...", "Từ: ..."),
# two such lines in a row or one beside a separator or an attribution, so that a resident's
# "To: the Council" alone stays a greeting;
_MAIL_HEADER = re.compile(
    r"^[>\s]*\*?(?:from|sent|to|cc|bcc|subject|date|reply-to|de|enviado|enviada|para|asunto"
    r"|assunto|fecha|data|envoy[eé]|[aà]|objet|von|gesendet|an|betreff|datum|van|verzonden|aan"
    r"|onderwerp|da|inviato|oggetto|từ|đã gửi|gửi|đến|ngày|chủ đề|tiêu đề)\*?\s*:(?:\s|$)",
    re.IGNORECASE,
)
_HEADER_KEY_CHARS = 24
# and the reply's attribution ("On Mon, Nov 30, 2026 at 10:31 AM, X <x@example.com> wrote:",
# "El lun, 30 nov 2026, X escribió:", "Le 30 nov. 2026, X a écrit :", "Am 30.11.2026 schrieb X:").
_MAIL_ATTRIBUTION = regex.compile(
    r"^[>\s]*(?:on|el|le|am|il|em|vào|op|w dniu)\b(?=.*\d).*\b(?:wrote|escribi[oó]|a [eé]crit"
    r"|schrieb|ha scritto|escreveu|đã viết|viết|schreef|napisał)\b[^:]{0,120}:$",
    regex.IGNORECASE,
)
_ATTRIBUTION_MAX_WORDS = 40
# Longer than any thanks or device line (their patterns allow about fifteen words).
_SHORT_LINE_CHARS = 160
# Thanks for being read, wherever the sender put it: a sign-off line, not the sender's words.
_COURTESY = regex.compile(
    r"^(?:thank you|thanks|many thanks|gracias|merci|cam on)(?: (?:so much|very much|again|all"
    r"|in advance|de antemano|beaucoup))?(?: (?:for|por|de|pour) (?:taking the time|your"
    r" (?:time|attention|consideration|service)|reading|considering|listening|su (?:tiempo"
    r"|atencion|consideracion)|votre (?:temps|attention))\b(?: \S+){0,8})?$"
)
_GREETING_ENDS = (",", ":", "-", "\u2013", "\u2014")
_SALUTATION_MAX_WORDS = 20
_CLOSING_MAX_WORDS = 12
_SIGNATURE_MAX_WORDS = 8
_SIGNATURE_MAX_CHARS = 80


def is_mail_line(line: str) -> bool:
    """A mail program's line of a reply or a forward: an attribution ("On ... wrote:"), a header
    ("From: ..."), or a separator ("-----Original Message-----")."""
    stripped = line.strip()
    if _MAIL_ATTRIBUTION.match(stripped) or _MAIL_HEADER.match(stripped):
        return True
    return bool(stripped) and _MAIL_SEPARATOR.match(normalize(stripped)) is not None


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, cursor, end):
        if _ABBREVIATION.search(text, max(cursor, match.start() - 8), match.end()):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    stripped = [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if s < e]
    return [piece for s, e in stripped for piece in _greeting_apart(text, s, e)]


def _greeting_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence that opens with a greeting ("Dear Council, I'm Ana Ruiz of 12 Elm Street."),
    as two: the greeting and the sentence it opened. Senders paste a letter's greeting on the
    line of its first sentence, or after a paragraph of their own on one line; either way the
    greeting is the letter's. Only a sentence that ends as one is split ("Hi council, vote
    no."): a greeting line ("Dear Mayor, Council Members,") stays whole."""
    greeting = _INLINE_SALUTATION.match(text, start, end)
    if greeting is None or text[end - 1] not in ".!?\u3002\uff01\uff1f":
        return [(start, end)]
    return [_strip(text, start, greeting.end()), (greeting.end(), end)]


def is_greeting(sentence: str) -> bool:
    """Is this sentence nothing but a greeting ("Dear Councilmembers,"), as :func:`segments`
    splits one off the sentence it opened ("Dear Councilmembers, This comment comes from ...")?
    Past the top of the body such a piece stays content: it belongs with the sentence it opened
    (the letter's, when a sender pasted the letter after a paragraph of their own on one line;
    the sender's, in "Dear neighbours, the council must hear from us.")."""
    return _GREETING_ONLY.fullmatch(sentence) is not None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    return start + lead, end - trail


def _looks_like_signature(seg: Segment) -> bool:
    raw = seg.text.strip()
    tokens = raw.split()
    if not tokens or len(tokens) > _SIGNATURE_MAX_WORDS or len(raw) > _SIGNATURE_MAX_CHARS:
        return False
    if _SELF_DESCRIPTION.match(seg.norm):
        return True
    if raw[-1] in "!?" or (raw[-1] == "." and not regex.search(r"\b\p{Lu}\.$", raw)):
        return False
    dash = _DASH_SIGN.match(raw)
    if dash is not None:
        # "-Marcus", "— Joy (District 1)": the name after the dash, its aside set apart.
        raw = _ASIDE.sub("", raw[dash.end() :])
        tokens = raw.split()
        if not tokens or tokens[0][:1].islower():
            return False
    return all(_NAME_WORD.match(t) for t in tokens)


def _is_device_line(seg: Segment) -> bool:
    """A mail program's line ("Sent from my iPhone"): never the sender's words, wherever it is."""
    return is_device_line(seg.norm)


def is_device_line(norm: str) -> bool:
    """Is this normalised line a mail program's device line ("sent from my iphone")? Unlike a
    forward's separator or headers, nothing below it was written by someone else."""
    return len(norm.split()) <= _DEVICE_MAX_WORDS and bool(_DEVICE_LINE.match(norm))


def _paragraphs(segs: list[Segment]) -> list[tuple[int, int]]:
    """Index ranges of the segments of each line, in order."""
    ranges: list[tuple[int, int]] = []
    for i, seg in enumerate(segs):
        if ranges and segs[ranges[-1][0]].paragraph == seg.paragraph:
            ranges[-1] = (ranges[-1][0], i + 1)
        else:
            ranges.append((i, i + 1))
    return ranges


def _mail_lines(segs: list[Segment], roles: list[Role]) -> None:
    """Give the `mail` role to every line a mail program wrote: separators, attributions and
    header blocks, wherever they stand (a forward puts them above the letter, a reply between the
    sender's words and the quoted letter). Device lines are the sign-off's, or `mail` past it."""
    lines = _paragraphs(segs)
    kinds: list[str] = []
    for first, last in lines:
        # Cheap tests first: a separator is one short segment, a header line starts with its
        # key, an attribution ends with a colon.
        if last - first == 1 and segs[first].norm and _MAIL_SEPARATOR.match(segs[first].norm):
            kinds.append("separator")
        elif ":" in segs[first].text[:_HEADER_KEY_CHARS] and _MAIL_HEADER.match(segs[first].text):
            kinds.append("header")
        elif segs[last - 1].text.endswith(":") and _is_attribution(segs[first:last]):
            kinds.append("mail")
        else:
            kinds.append("")
    for n, (first, last) in enumerate(lines):
        kind = kinds[n]
        if kind == "header":
            beside = {kinds[m] for m in (n - 1, n + 1) if 0 <= m < len(kinds)}
            kind = "mail" if beside & {"header", "separator", "mail"} else ""
        if kind:
            roles[first:last] = [Role.MAIL] * (last - first)


# A web form's field as an export prints it: a short label, a colon, then nothing ("Comment:",
# "How does this item affect you? (optional):") or the sender's choice in a word or three
# ("Position: Oppose", "I am a: Business owner", "ZIP code: 97433"). A longer value is text: an
# item's or a petition's title ("Petition: Cap short-term rentals ..."), what a campaign's own
# tool stamps on its copies alone, stays content and may tie a heavy copy to its campaign.
_FORM_FIELD = regex.compile(r"^\s*(?P<label>\p{L}[^:\n]{0,59}?)\s*:(?:\s+(?P<value>.*?))?\s*$")
_FORM_LABEL_WORDS = 8
_FORM_VALUE_WORDS = 3
FORM_MIN_FIELDS = 3
"""Field lines a body must hold to be a form's printout: one or two ("Re: Item 7", "Name: Ana")
are a letter's own lines, read by :mod:`intake.text.frame`."""


#: Fields printed side by side on one line: "Name: Ana Ruiz   Ward: 5 | Phone: N/A".
_FIELDS_APART = regex.compile(r"\s{2,}|\s*\|\s*|\t")


def _is_form_field(text: str) -> bool:
    """One field of a form (see :data:`_FORM_FIELD`): the label at most eight words, the value
    at most three."""
    found = _FORM_FIELD.match(text)
    if found is None or "//" in text or len(found.group("label").split()) > _FORM_LABEL_WORDS:
        return False
    return len((found.group("value") or "").split()) <= _FORM_VALUE_WORDS


def _side_by_side(line: list[Segment]) -> int:
    """The fields of a line whose sentences the splitter cut apart, each sentence fields alone."""
    counts = [_form_fields(seg.text) for seg in line]
    return sum(counts) if all(counts) else 0


def _form_fields(line: str) -> int:
    """How many of a form's fields a line holds, side by side; 0 when any part is no field."""
    parts = [part for part in _FIELDS_APART.split(line.strip()) if part]
    return len(parts) if parts and all(_is_form_field(part) for part in parts) else 0


def _form_lines(segs: list[Segment], roles: list[Role]) -> None:
    """Session 22: give the `form` role to a web form's field lines when a body holds at least
    :data:`FORM_MIN_FIELDS` of them. A city's comment form, or a campaign tool, prints its
    labels and the sender's choices around every comment on an item ("Agenda item: ...",
    "Position: Support", "Comment:", "ZIP code: ..."), a campaign's copies and residents' own
    alike: they are the form's words, neither a campaign's template nor the sender's own, and a
    resident's two-line comment inside them must not read as a copy of a campaign's letter
    that came through the same form."""
    fields: dict[tuple[int, int], int] = {}
    for first, last in _paragraphs(segs):
        if roles[first] is Role.CONTENT and any(":" in seg.text for seg in segs[first:last]):
            count = _form_fields(" ".join(seg.text for seg in segs[first:last])) or (
                _side_by_side(segs[first:last])
            )
            if count:
                fields[first, last] = count
    if sum(fields.values()) < FORM_MIN_FIELDS:
        return
    for first, last in fields:
        roles[first:last] = [Role.FORM] * (last - first)


def _is_attribution(line: list[Segment]) -> bool:
    norm = " ".join(seg.norm for seg in line)
    return len(norm.split()) <= _ATTRIBUTION_MAX_WORDS and bool(
        _MAIL_ATTRIBUTION.match(" ".join(seg.text for seg in line))
    )


def _line_role(seg: Segment) -> Role:
    """The role of a whole line past the top of the body. A line that only greets ("Dear Mayor
    Okafor and Council Members,") still opens the letter after a sender's own paragraph or a
    forward's headers; thanks for being read ("Thank you for taking the time to read my
    comment.") still signs it off before a paragraph the sender added below; a mail program's
    "Sent from my iPhone" above a forwarded letter is the program's. Anything else is content."""
    text = seg.text.rstrip()
    if text[-1:] == ">":
        text = _decode_html(text).rstrip()
    if text[-1:] in _GREETING_ENDS and _is_salutation(seg):
        return Role.SALUTATION
    if _bare_greeting(seg, text):
        return Role.SALUTATION
    if len(seg.norm) > _SHORT_LINE_CHARS:
        return Role.CONTENT
    if _COURTESY.match(seg.norm):
        return Role.CLOSING
    return Role.MAIL if _is_device_line(seg) else Role.CONTENT


_BARE_GREETING_MAX_WORDS = 4


def _bare_greeting(seg: Segment, text: str) -> bool:
    """A greeting line with no mark at its end ("Good evening Councilmembers"), as a sender pastes
    the letter's greeting under a paragraph of their own: a few words that open with a greeting
    and stop without a full stop, so "Hi, I live on Elm." stays the sender's."""
    return (
        text[-1:].isalnum()
        and len(seg.norm.split()) <= _BARE_GREETING_MAX_WORDS
        and bool(_SALUTATION.match(seg.norm))
    )


def _is_valediction(seg: Segment) -> bool:
    return is_valediction(seg.norm)


def is_courtesy(norm: str) -> bool:
    """Is this normalised sentence only thanks for being read ("thank you", "thanks for your
    time", "gracias por su atencion")?"""
    return bool(_COURTESY.match(norm))


def is_valediction(norm: str) -> bool:
    """Does this normalised line sign a letter off ("sincerely", "kind regards", "atentamente")?"""
    return bool(_VALEDICTION.match(norm)) and len(norm.split()) <= _CLOSING_MAX_WORDS


def _is_salutation(seg: Segment) -> bool:
    if len(seg.norm.split()) > _SALUTATION_MAX_WORDS:
        return False
    if _SALUTATION.match(seg.norm):
        return True
    # "Council members -": a dash ends a greeting line as a comma does.
    return bool(_ADDRESS.match(seg.norm)) and seg.text.rstrip()[-1:] in _GREETING_ENDS


def is_salutation(text: str) -> bool:
    """Is this line, standing alone, a salutation ("Dear Council,", "To the Eastfield City
    Council:")? The rules :func:`segments` reads a letter's first line by."""
    norm = normalize(text)
    return bool(norm) and _is_salutation(Segment(0, len(text), text, norm, Role.CONTENT, 0))


def _is_short_line(segs: list[Segment], i: int) -> bool:
    seg = segs[i]
    return (
        _whole_paragraph(segs, i)
        and len(seg.norm.split()) <= _SIGNATURE_MAX_WORDS
        and len(seg.text) <= _SIGNATURE_MAX_CHARS
    )


def _closing_start(segs: list[Segment], head: int, roles: list[Role]) -> None:
    """Mark the sign-off: a valediction followed only by short lines, then names."""
    tail = len(segs)
    i = tail - 1
    while (
        i > head
        and not _is_valediction(segs[i])
        and (roles[i] in _PROGRAMS or _is_short_line(segs, i))
    ):
        i -= 1
    if i > head and _is_valediction(segs[i]):
        roles[i + 1 :] = [Role.SIGNATURE] * (tail - i - 1)
        tail = i + 1
    while tail - 1 > head:
        seg = segs[tail - 1]
        if roles[tail - 1] in _PROGRAMS:
            pass
        elif _is_valediction(seg):
            roles[tail - 1] = Role.CLOSING
        elif _is_device_line(seg) or (
            (_whole_paragraph(segs, tail - 1) or _signs_its_line(segs, tail - 1))
            and (_looks_like_signature(seg) or not seg.norm)
        ):
            roles[tail - 1] = Role.SIGNATURE
        else:
            break
        tail -= 1


def _signs_its_line(segs: list[Segment], i: int) -> bool:
    """Does segment ``i`` end a line that a valediction opened ("Thanks for your time. Ana
    Ruiz")? The full stop makes the name a sentence of its own, on the valediction's line."""
    seg = segs[i]
    ends_line = i + 1 == len(segs) or segs[i + 1].paragraph != seg.paragraph
    before = segs[i - 1] if i > 0 else None
    return (
        ends_line
        and before is not None
        and before.paragraph == seg.paragraph
        and _is_valediction(before)
    )


def _with_role(seg: Segment, role: Role) -> Segment:
    return Segment(seg.start, seg.end, seg.text, seg.norm, role, seg.paragraph)


def _assign_roles(segs: list[Segment], mail: bool) -> list[Segment]:
    """Each segment's role; ``mail`` says the body may hold a mail program's lines (they all
    come with a colon: a separator with the header block under it, an attribution)."""
    roles = [Role.CONTENT] * len(segs)
    if mail:
        _mail_lines(segs, roles)
        _form_lines(segs, roles)
    head = 0
    while head < len(segs) and (
        roles[head] in _PROGRAMS or _is_salutation(segs[head]) or not segs[head].norm
    ):
        if roles[head] not in _PROGRAMS:
            roles[head] = Role.SALUTATION
        head += 1
    if head == len(segs):
        # A comment that is nothing but "Hello!" keeps it as its content.
        roles = [Role.CONTENT] * len(segs)
    else:
        _closing_start(segs, head, roles)
        for i in range(head, len(segs)):
            if roles[i] is Role.CONTENT and _whole_paragraph(segs, i):
                roles[i] = _line_role(segs[i])
    # Only the segments whose role changed are made anew.
    return [
        seg if role is seg.role else _with_role(seg, role)
        for seg, role in zip(segs, roles, strict=True)
    ]


def _whole_paragraph(segs: list[Segment], i: int) -> bool:
    para = segs[i].paragraph
    return (i == 0 or segs[i - 1].paragraph != para) and (
        i + 1 == len(segs) or segs[i + 1].paragraph != para
    )


#: Bodies whose segments are kept: a comment is split when it is fingerprinted, when its matching
#: text is taken and when its personal text is found, and a campaign's copies repeat.
SEGMENTS_CACHE = 512


# A list's bullet that a mail program wrote as a letter: Outlook's plain text turns "•" into "o"
# and "▪" into "§", set apart by two spaces or a tab ("o  Build the lanes ..."). Punctuation
# bullets ("-", "*", "•") vanish in normalising anyway; a letter would be a word of the sentence,
# so one copy's "o  Build ..." and another's "- Build ..." would be two sentences.
LETTER_BULLET = regex.compile(r"\s*[o§](?:[ \t]{2,}|\t)(?=\S)")


def segments(body: str) -> list[Segment]:
    """Split the original body into lines, then sentences, each with its role.

    Spans index into ``as_displayed(body)`` (the body itself when it carries no markup or mojibake),
    so callers can quote a person's own words.
    """
    return list(_segments(as_displayed(body)))


@lru_cache(maxsize=SEGMENTS_CACHE)
def _segments(body: str) -> tuple[Segment, ...]:  # Segment is frozen: shared safely
    raw: list[Segment] = []
    for para, line in enumerate(_LINE.finditer(body)):
        for start, end in _sentence_spans(body, line.start(), line.end()):
            text = body[start:end]
            bullet = LETTER_BULLET.match(text) if start == line.start() else None
            norm = normalize(text[bullet.end() :] if bullet else text)
            raw.append(Segment(start, end, text, norm, Role.CONTENT, para))
    return tuple(_assign_roles(raw, ":" in body))


def matching_text(body: str) -> str:
    """The normalized content segments joined by single spaces."""
    return " ".join(seg.norm for seg in segments(body) if seg.is_content)
