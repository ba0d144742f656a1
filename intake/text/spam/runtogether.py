"""Round 19: the item's subject inside a name written as one word ("savethepool dot org").

A cause's site or handle is the campaign's words run together: "savethepool", "keepharmonsafe",
"friendsofoaklibrary". A resident's short call to give ("savethepool dot org has raised $2,000 so
far, please chip in") among an item's first comments shares no *word* with its title, so round
7's early-advert signal read it as an advert unrelated to the item. The title's word is in the
name all the same: such a comment names the item. A seller's address names its product
("readrocket-kids", "parkpalpro-app"), not the item's title word, and is still judged; a text
judged by the full relatedness signal (an item with enough comments) is unaffected. The name
must be one no English text uses (wordfreq): "Trustpilot" holds "pilot" but is a brand.
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.frequency import zipf
from intake.text.spam.evidence import word_tokens

#: A title word this short ("art", "bus") is inside too many unrelated names to tell anything.
MIN_TERM_CHARS = 4
#: A run-together name holds at least two words.
MIN_NAME_CHARS = 8


def names_title_in_a_run(prose: str, title: str) -> bool:
    """A word of ``prose`` written as several run together holds a content word of ``title``."""
    terms = [t for t in relatedness.content_terms(title) if len(t) >= MIN_TERM_CHARS]
    if not terms:
        return False
    names = {w.casefold() for w in word_tokens(prose) if len(w) >= MIN_NAME_CHARS}
    holding = (name for name in names if any(t in name and t != name for t in terms))
    return any(_no_word(name) for name in holding)


def _no_word(name: str) -> bool:
    """No English text uses it: a name run together, not a brand or a word that happens to hold
    the title's word ("Trustpilot" on a pilot program is a brand wordfreq knows)."""
    return zipf(name) == 0.0
