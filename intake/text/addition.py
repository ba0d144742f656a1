"""What one member of a campaign added to it: the one rule, wherever a member's words are shown.

A form letter's ``personal_text`` (the staff view and exports), the public record's "member's own
additions" and a staff relabel all ask the same question of the same campaign, so they ask it
here: the sentences of the body that are neither the campaign's template (word for word, a light
edit, a fill-in line's skeleton), nor its scaffolding, nor, in a copy spun from the campaign's
phrasings, a sentence assembled from those phrasings (:func:`campaign_phrasing`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

import xxhash

from intake.text.fingerprint import Fingerprinter, segment_key
from intake.text.matching.profile import CampaignProfile, stored_profile
from intake.text.normalize import words
from intake.text.run_on import PHRASE_WORDS, PhraseTest
from intake.text.template import MIN_PEOPLE, PhrasingTest, personal_text

__all__ = [
    "PHRASING_SHARE",
    "TEMPLATE_PHRASING_SHARE",
    "CampaignWords",
    "campaign_phrases",
    "campaign_phrasing",
]

PHRASING_SHARE = 0.75
"""Share of a sentence's word shingles that must be the campaign's common phrases for the
sentence to count as the campaign's, not the member's own (see :func:`campaign_phrasing`)."""

RECURRING_SENDERS = MIN_PEOPLE
"""Members who must send a sentence word for word, as the campaign's profile counted them, for it
to be a spun campaign's however few of its phrases the template shares. A campaign's tool may
offer each point of its letter in several wordings (an AI tool's paraphrase, one wording of six);
the template learns a wording that ``MIN_PEOPLE`` members send word for word (``recurring_norms``),
but only from a sample of the members (the first and the newest), which can miss a wording its
first members happened not to pick (generated-eleventh: a wording sent by 3 of the first 64
members, 1 of them in the sample, came back as personal text in all its 10 copies), and the phrase
test cannot tell it either (a wording of six is no template phrase). The profile counts every
member while the campaign is young, so it is asked too. Only in a spun campaign, whose sentences
are all the tool's anyway: in a letter of whole sentences a sentence repeated beside the letter is
a shared paragraph, left to the template's rules. Two members' shared sentence stays personal."""

TEMPLATE_PHRASING_SHARE = 0.5
"""Share of a sentence's word shingles that must moreover be the campaign's template phrases
(sent by a real share of its members, :attr:`CampaignProfile.template_phrases`)."""


def campaign_phrasing(
    profile: CampaignProfile | None, fingerprinter: Fingerprinter
) -> PhrasingTest | None:
    """Is a sentence of a member the campaign's phrasing? True when at least ``PHRASING_SHARE``
    of its word shingles are phrases two or more members sent (the per-sentence test of the
    phrase route, on sentences of ``min_segment_words`` or more) and at least
    ``TEMPLATE_PHRASING_SHARE`` are phrases a real share of them sent (the template's). A spun
    copy's sentences are (a phrasing of a slot of three to five is sent by a fifth of the members
    or more; a 3-word shingle across two slots by fewer, hence the two tests); a member's own
    paragraph, its phrases sent once, is not, and neither is a story that shares its phrases with
    two or three other members' stories (issue 14 item 2: never through another member's personal
    paragraph), so it stays personal text. A sentence
    that members sent word for word is left to the template's sentence rules: spinning makes each
    sentence anew, so a whole sentence repeated is a shared paragraph, not a spun one. In a letter
    of whole sentences (not :attr:`CampaignProfile.spun`) the template phrases are those half the
    members send, so a reworded template sentence is the campaign's while a story a fifth of the
    members told in one frame ("Our lot is 4,800 square feet with a carport, so ...") is not."""
    if profile is None or not profile.common_phrases:
        return None
    common, template, known = profile.common_phrases, profile.template_phrases, profile.known()
    least = fingerprinter.scheme.min_segment_words
    # In a campaign spun within sentences no sentence is carried by most members, and with a
    # few dozen members some spun sentences recur word for word by chance: the phrase test
    # decides them like any other (elsewhere a repeated whole sentence is a shared paragraph).
    spun = profile.spun
    repeats = profile.member_count + 1 if spun else 2

    size = fingerprinter.scheme.shingle_size

    def test(sentence: str | tuple[str, ...]) -> bool:
        if isinstance(sentence, str):
            if len(words(sentence)) < least:
                return False
            senders = known.get(segment_key(sentence), (0, 0))[0]
            if spun and senders >= RECURRING_SENDERS:
                return True
            if senders >= repeats:
                return False
            pieces: Sequence[str] = (sentence,)
        else:
            # A fill-in line's pieces between its slots: only whole shingles of the campaign's
            # words count, none across a slot (the sender's name is no phrase of the campaign).
            if sum(len(words(piece)) for piece in sentence) < least:
                return False
            pieces = [piece for piece in sentence if len(words(piece)) >= size]
        grams = {
            xxhash.xxh32_intdigest(s) for piece in pieces for s in fingerprinter.shingles(piece)
        }
        return (
            bool(grams)
            and len(grams & common) / len(grams) >= PHRASING_SHARE
            and len(grams & template) / len(grams) >= TEMPLATE_PHRASING_SHARE
        )

    return test


def campaign_phrases(
    profile: CampaignProfile | None, fingerprinter: Fingerprinter
) -> PhraseTest | None:
    """Is a run of three normalised words one of the campaign's template phrases (sent by a real
    share of its members, :attr:`CampaignProfile.template_phrases`)? What a run-on sentence is
    read word by word against (:mod:`intake.text.run_on`): a phrase of one member's own sentence,
    even one that two or three members happen to share, stays theirs. None unless the scheme's
    phrases are word 3-shingles (the run-on reading counts its runs in words)."""
    scheme = fingerprinter.scheme
    if profile is None or scheme.shingle_kind != "word" or scheme.shingle_size != PHRASE_WORDS:
        return None
    common = profile.template_phrases
    if not common:
        return None

    def test(run: Sequence[str]) -> bool:
        return xxhash.xxh32_intdigest(" ".join(run).encode("utf-8")) in common

    return test


#: Stored profiles whose phrase test is kept: a campaign's profile changes only now and then while
#: every new member's text is measured against it.
PHRASING_CACHE = 64


@lru_cache(maxsize=PHRASING_CACHE)
def _stored_phrasing(profile: bytes, fingerprinter: Fingerprinter) -> PhrasingTest | None:
    """:func:`campaign_phrasing` of a stored profile (a pure function of its bytes)."""
    return campaign_phrasing(stored_profile(profile), fingerprinter)


@lru_cache(maxsize=PHRASING_CACHE)
def _stored_phrases(profile: bytes, fingerprinter: Fingerprinter) -> PhraseTest | None:
    """:func:`campaign_phrases` of a stored profile (a pure function of its bytes)."""
    return campaign_phrases(stored_profile(profile), fingerprinter)


class CampaignWords:
    """A campaign's words as one member's text is measured against them: its template sentences
    and, through its profile, its common phrases. Build it once per campaign and ask it of as
    many members as needed (the profile is decoded once)."""

    def __init__(
        self,
        template_norms: Collection[str] | None,
        profile: bytes | CampaignProfile | None,
        fingerprinter: Fingerprinter,
    ) -> None:
        self.template = frozenset(template_norms or ())
        self.phrases: PhraseTest | None
        if isinstance(profile, bytes):
            self.phrasing = _stored_phrasing(profile, fingerprinter) if profile else None
            self.phrases = _stored_phrases(profile, fingerprinter) if profile else None
        else:
            self.phrasing = campaign_phrasing(profile, fingerprinter)
            self.phrases = campaign_phrases(profile, fingerprinter)

    def addition(self, body: str) -> str | None:
        """What the member wrote themselves (as written), or None."""
        return personal_text(body, self.template, self.phrasing, self.phrases)
