"""What a comment quotes: a public source's words, which anyone citing the source shares.

A letter that quotes the staff report ("The staff report itself says: “Data collected by the
system will be retained for 30 days ...”") shares those sentences with every resident who
quotes the same report in their own comment. They are the source's words, not the campaign's,
so they are no way into the campaign (issue 14 item 2: a comment joins a campaign only by text
it shares with the campaign's own template words). :func:`without_quotes` gives the body with
them set aside, so the matcher can ask whether a comment still joins without them.

Quoted here means a passage that stands as sentences of its own: :data:`QUOTE_MIN_WORDS` words
or more between double quotation marks (straight, curly, low-high, guillemets) on one line,
opening the line or a new sentence, with a citation in brackets right after it ("(staff report,
p. 4)"); or a ``>`` block-quote line of a comment that is no mail reply. What stays:

* words quoted inside the writer's own sentence ("Supporters like to say "paint is not
  protection," but ..."): the sentence around them is the writer's, and a letter's such
  sentence is its own (generated-ninth's shop owners quote the cyclists' slogans that way);
* a word or two in quotation marks (a scare quote, a name);
* the ``>`` lines of a reply or a forward (a mail attribution, header or separator above them):
  that is the message replied to, which may be the campaign's letter itself (generated-fourth's
  forwarded merchants' letter);
* single quotes, which are apostrophes as often as quotation marks.
"""

from __future__ import annotations

import regex

from intake.text.normalize import as_displayed, is_mail_line, normalize, words

__all__ = ["QUOTE_MIN_WORDS", "without_quotes"]

QUOTE_MIN_WORDS = 4
"""Words a passage in quotation marks needs to be read as quoted (a sentence's key needs as
many, ``FingerprintScheme.min_segment_words``): "safe" or "progress" in quotes stays."""

_QUOTED = regex.compile(
    r"""(?:(?<=^[ \t]*)|(?<=[.!?][ \t]+))"""
    r"""(?:"(?P<q>[^"\n]+)"|“(?P<q>[^“”\n]+)”|„(?P<q>[^„“”\n]+)[“”]|«(?P<q>[^«»\n]+)»)"""
    r"""(?:[ \t]*\([^()\n]{1,60}\))?""",
    regex.MULTILINE,
)
_BLOCK_QUOTE = regex.compile(r"^[ \t]*>[^\n]*$", regex.MULTILINE)
_MARKS = frozenset('"“”„«>')


def without_quotes(body: str) -> str | None:
    """``body`` (as displayed) with its quoted passages and block-quote lines removed, or None
    when it quotes nothing (most comments: a scan for a quotation mark)."""
    text = as_displayed(body)
    if not _MARKS.intersection(text):
        return None
    stripped = text if _replies(text) else _BLOCK_QUOTE.sub("", text)
    stripped = _QUOTED.sub(_drop_long, stripped)
    return stripped if stripped != text else None


def _replies(text: str) -> bool:
    """Does ``text`` carry a mail program's lines (an attribution, a header, a separator)?"""
    return ">" in text and any(is_mail_line(line) for line in text.splitlines())


def _drop_long(match: regex.Match[str]) -> str:
    quoted = match.group("q")
    return " " if len(words(normalize(quoted))) >= QUOTE_MIN_WORDS else match.group(0)
