"""Every tunable of the matcher in one place: the decision's thresholds and the profile bounds.

Kept apart from the rules that read them so the service (``intake.config``, review) can build
and override a :class:`MatchThresholds` without importing the decision itself.
"""

from __future__ import annotations

from dataclasses import dataclass

NOISY_RATIO = 2.0
"""Beyond this many times an exemplar's size, a comment's MinHash carry of it is too noisy to
trust unless one of its sentences is also a known campaign sentence."""


@dataclass(frozen=True)
class MatchThresholds:
    """Every tunable of the decision; the service may override any of them."""

    duplicate_jaccard: float = 0.90
    """Same person, same item, estimated Jaccard at least this: a duplicate."""
    form_containment: float = 0.70
    """Share of a campaign exemplar a comment must carry (MinHash route)."""
    min_shingles: int = 20
    """Comments with fewer distinct shingles (about 22 words) never found or join a campaign."""
    short_min_words: int = 8
    """Short route: content words a comment under ``min_shingles`` needs to found or join a
    short campaign. Every short text three or more people sent alike on the measured corpora
    ("Support.", "I oppose this", "end secret science now", "I support this item", "See
    attached file(s)") has four words or fewer and is the public agreeing, not a campaign; an
    action page's one-line letter ("I urge you to vote no on item 7. Protect our parks.") has
    twelve (session 10, docs/labelling.md)."""
    short_min_people: int = 3
    """Short route: distinct people who must have sent the same text (after normalisation) on
    the item before it founds a short campaign: two neighbours agreeing alike is not a campaign,
    and three is the bar item 1 sets for a sentence to be a campaign's."""
    short_join_jaccard: float = 0.45
    """Short route: estimated Jaccard with a short campaign's exemplar a short comment needs to
    join it. A one-word slip in a twelve-word line leaves about 0.54; a resident's own line
    sharing a phrase with it stays under 0.2."""
    short_line_containment: float = 0.7
    """Short campaigns, longer copies: share of the line's shingles (its first and last among
    them) a comment of ``min_shingles`` or more must carry to join (a copy retyped with two
    words swapped keeps 0.7 of a twelve-word line; see :func:`.short.line_match`)."""
    short_line_share: float = 0.2
    """...and the share of the comment's shingles the line must make up: a line of 8 to 20
    words and a sentence or two of the sender's own, not a page-long letter opening with it."""
    petition_line_containment: float = 0.8
    """Short petitions (a line of ``min_shingles`` shingles or more): the share of the line's
    shingles, its first and last among them, a copy must carry to join whatever it adds. A
    typo costs a 25-shingle line three shingles (0.88); a resident rewriting one of its two
    sentences keeps about half."""
    min_template_shingles: int = 40
    """Shingles a comment must share with an exemplar or a founding partner (MinHash route)."""
    min_shared_sentences: int = 3
    """Whole known sentences needed by the sentence route (quoting one or two is not enough)."""
    sentence_share: float = 0.35
    """Sentence route: share of the comment's words that must be known campaign sentences."""
    heavy_min_template_sentences: int = 2
    """Heavy-edit route: whole template sentences (sent by two or more members) a comment keeps."""
    heavy_template_share: float = 0.15
    """Heavy-edit route: share of the comment's words those template sentences must make up."""
    heavy_fixed_share: float = 0.5
    """Heavy copy without the framing: share of its words that two or more of the campaign's
    fixed sentences (:attr:`~intake.text.matching.profile.CampaignProfile.fixed_sentences`) must
    make up. A copy keeping two or three of a letter's sentences and a line of its own has
    0.55 to 0.8; a resident quoting a slogan or two in their own prose has far less."""
    heavy_fixed_min_words: int = 12
    """...and the words those fixed sentences must hold at least: two slogans of four words
    ("Paint is not protection.") are not a letter."""
    whole_letter_share: float = 0.2
    """Whole short letter after a story: share of the comment's words that every one of the
    campaign's fixed sentences together must make up (as ``short_line_share`` asks of a short
    campaign's line; see :func:`~intake.text.matching.joining.keeps_whole_short_letter`)."""
    found_min_shared_sentences: int = 2
    """Founding a campaign needs at least this many identical sentences with the partner."""
    found_min_share: float = 0.35
    """Founding, MinHash route: shared part over the larger of the two comments."""
    exemplar_novelty: float = 0.85
    """A member becomes an exemplar only if its Jaccard with every exemplar is below this."""
    exemplar_max_growth: float = 1.5
    """...and it is at most this many times the size of the smallest exemplar."""
    max_exemplars: int = 8
    max_sentences: int = 256
    """Bound on the known-sentence catalogue of a profile."""
    max_profile_sentence_keys: int = 64
    """Known sentences (most used first) under which a campaign is findable."""
    phrase_containment: float = 0.25
    """Phrase route: share of a comment's word shingles that must be among the campaign's learned
    phrases (the union of its members' shingles) for a comment no other route placed."""
    phrase_sentence_share: float = 0.6
    """Phrase route: share of the comment's sentences that must each have at least
    ``phrase_containment`` of their own shingles among the campaign's phrases: a spun copy's
    shared phrases run through every sentence, another campaign's shared lines sit in one or two."""
    phrase_common_containment: float = 0.1
    """Phrase route: share of its shingles that must be phrases two or more members sent, so that
    quoting one member's own paragraph (its phrases sent once) is no way in."""
    phrase_template_containment: float = 0.2
    """Phrase route: share of its shingles that must be the campaign's template phrases (sent by
    a real share of its members: ``CampaignProfile.template_phrases``), once the campaign has
    ``phrase_template_members``: phrases two or three members' own stories share are no way in."""
    phrase_template_carry: float = 0.5
    """Phrase route, spun campaign: share of the template phrases a member sends on average that
    a comment must carry (a spun copy carries a phrasing of every slot)."""
    phrase_young_fixed_carry: float = 0.1
    """Phrase route, a young campaign read as spun that has a fixed part: share of the fixed
    phrases a member sends that a comment must carry (session 13: residents carry none)."""
    phrase_template_members: int = 10
    """Phrase route: members a campaign needs before ``phrase_template_containment`` is asked."""
    phrase_min_members: int = 2
    """Phrase route: members a campaign needs before its phrases are trusted as its vocabulary."""
    max_phrases: int = 2048
    """Bound on a profile's learned phrases (hashes of word shingles)."""


DEFAULT_THRESHOLDS = MatchThresholds()

QUOTE_CONTAINMENT = 0.8
"""A comment this much inside one exemplar, carrying only a small part of it, is quoting it."""
