"""One way to reach a writer, counted once (session 14).

A resident who wants to be called back writes one contact block: "Please contact me: 555-0117,
tomas.reyes@example.com", "कृपया मुझसे संपर्क करें, व्हाट्सएप 555-0131". Each part of it is weak
evidence of its own -- a phone number, an e-mail address, a handle, an invitation to write, a
messenger's ID -- and counted apart they made one act (giving how to reach them) three pieces
of evidence. Where the parts sit together (within two consecutive sentences), they are one
piece: the strongest part's weight and ``contact_block_step`` more, never the sum of them all.
Parts spread over the text (a number at the top, an address in the middle, "DM me" at the end)
stay separate pieces: that is an advert repeating its channel.
"""

from __future__ import annotations

import itertools

from intake.text.spam.contacts import messenger_ids
from intake.text.spam.evidence import Evidence
from intake.text.spam.links import HANDLE_RE, find_links, phone_count, strip_spans
from intake.text.spam.sentences import sentences
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import invitations

#: The kinds of contact part, as this module names them.
PHONE, EMAIL, HANDLE, INVITATION, MESSENGER = "phone", "e-mail", "handle", "invitation", "id"


def _kinds(sentence: str, s: SpamSettings) -> set[str]:
    """The kinds of contact part a sentence holds."""
    links = find_links(sentence)
    prose = strip_spans(sentence, (lk.raw for lk in links))
    kinds = set()
    if phone_count(prose, s):
        kinds.add(PHONE)
    if any(lk.is_email for lk in links):
        kinds.add(EMAIL)
    if HANDLE_RE.search(prose):
        kinds.add(HANDLE)
    if invitations(prose):
        kinds.add(INVITATION)
    if messenger_ids(prose):
        kinds.add(MESSENGER)
    return kinds


def sit_together(body: str, parts: set[str], s: SpamSettings) -> bool:
    """Whether every kind in ``parts`` is found within two consecutive sentences of ``body``."""
    kinds = [_kinds(piece, s) for piece in sentences(body)]
    if len(kinds) == 1:
        return parts <= kinds[0]
    return any(parts <= a | b for a, b in itertools.pairwise(kinds))


def one_contact_block(
    body: str, parts: dict[str, list[Evidence]], s: SpamSettings
) -> list[Evidence]:
    """The contact parts found (``parts``: kind -> its evidence, empty when absent) as the
    evidence to count: one piece when two or more kinds sit together, else each apart."""
    found = {kind: ev for kind, ev in parts.items() if ev}
    pieces = [e for ev in found.values() for e in ev]
    if len(found) < 2 or not sit_together(body, set(found), s):
        return pieces
    strongest = max(e.weight for e in pieces)
    weight = min(strongest + s.contact_block_step, sum(e.weight for e in pieces))
    shown = "; ".join(e.detail.removeprefix("contact: ") for e in pieces)
    detail = f"contact: one way to reach the writer, given in one place ({shown})"
    return [Evidence(weight, detail)]
