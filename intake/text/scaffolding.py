"""A campaign tool's scaffolding left in a copy: placeholders, merge fields, instruction lines.

Senders paste what the campaign's page gave them, and not all of it is the letter: "[ADD
PERSONAL MESSAGE about why this matters to you]", "{{first_name}}", "Copy and paste the text
below". It is neither the campaign's words (it is never shown publicly) nor the sender's.
"""

from __future__ import annotations

import re

__all__ = ["is_scaffolding"]

_PLACEHOLDER = re.compile(r"^\W*[\[{<][^\]}>]*[\]}>]?\W*$")
_BRACKETED = re.compile(r"[\[{<]\s*[^\]}>]*[\]}>]")
_PLACEHOLDER_WORDS = re.compile(
    r"\b(?:add|insert|enter|write|include|your|personal|name|address|message|story|here)\b", re.I
)
_INSTRUCTION = re.compile(
    r"^\W*(?:please\s+)?(?:copy\s+(?:and\s+paste\s+)?(?:this|the\s+following|the\s+text|below)"
    r"|paste\s+(?:this|the\s+following)|(?:personali[sz]e|edit|customi[sz]e)\s+(?:this|the)"
    r"|(?:add|insert)\s+your\s+(?:own\s+)?(?:name|story|message|comments?|address)"
    r"|sample\s+(?:letter|comment|text)|suggested\s+(?:letter|comment|text)"
    r"|(?:start|end)\s+of\s+(?:letter|text|comment))\b",
    re.I,
)


# An instruction anywhere in a short line: "Click 'Comment' on Item 3 and paste this:", "---
# Paste the letter below, add your story, then submit ---", "TEMPLATE (edit the bracketed parts
# before sending)". Telling someone to paste a letter, or to edit its brackets, is the tool's.
_INSTRUCTION_INSIDE = re.compile(
    r"\b(?:copy\s+and\s+paste|paste\s+(?:this|it|the\s+(?:letter|text|message|comment|following))"
    r"|(?:edit|fill\s+in|replace|complete)\s+the\s+bracketed)\b",
    re.I,
)
_INSTRUCTION_MAX_WORDS = 14


# A mail-merge field the campaign's tool never filled: "{{first_name}}", "*|FNAME|*" (Mailchimp),
# "%%LastName%%", "<<Address>>", "${city}", "[[zip]]". No sender types one.
_MERGE_FIELD = re.compile(
    r"\{\{\s*[\w .-]{1,40}\}\}|\*\|[\w:-]{1,40}\|\*|%%?[A-Za-z][\w-]{1,40}%%?"
    r"|<<\s*\w[\w .-]{0,40}>>|\$\{\w{1,40}\}|\[\[\s*\w[\w .-]{0,40}\]\]"
)


def is_scaffolding(sentence: str) -> bool:
    """A campaign tool's placeholder or instruction line, left in by a sender who did not edit it.

    "[ADD PERSONAL MESSAGE about why this matters to you]", "<your name>", "Copy This Text",
    "Please personalize the letter below", "Click 'Comment' and paste this:": the campaign's
    scaffolding, never the sender's words.
    """
    text = sentence.strip()
    if _PLACEHOLDER.match(text) or _MERGE_FIELD.search(text):
        return True
    bracketed = _BRACKETED.findall(text)
    if any(_PLACEHOLDER_WORDS.search(b) or b.isupper() for b in bracketed):
        return True
    if _INSTRUCTION.match(text):
        return True
    return len(text.split()) <= _INSTRUCTION_MAX_WORDS and bool(_INSTRUCTION_INSIDE.search(text))
