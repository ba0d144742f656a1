"""The labelling decision: unique, duplicate, or form letter of which campaign.

The database layer fetches candidates (comments and campaign profiles whose
keys collide with the new comment's) and writes results; everything that
decides is here, pure, so it can be tested on a fixture without a database.

How a comment becomes a form letter:

* it carries most of a campaign exemplar (MinHash containment of the
  exemplar in the comment -- a personal paragraph before or after does not
  lower it), or
* several whole sentences of it are sentences the campaign is known to use,
  and they make up a good share of the comment (this is what catches
  mail-merge campaigns where every copy is spun from alternative phrasings:
  the profile collects the phrasings as members arrive).

Quoting one sentence, or using the campaign's vocabulary, meets neither.
A passage the comment quotes (in quotation marks, or a ``>`` block quote: a staff report, a
statute) is its source's words, which anyone citing the source shares with a letter that quotes
it: a comment joins, or founds, only if it still does with its quotes set aside
(:attr:`~intake.text.fingerprint.Fingerprint.unquoted`, :mod:`intake.text.quotes`).
Comments are compared with campaign *profiles* -- a bounded set of exemplars
and known sentences -- never with members through other members, so two
campaigns that share a sentence or two are never chained together, and a
campaign of 500,000 copies costs the same to match as one of ten.

Very short comments ("Support.", "I oppose this.") never found or join a
campaign, however many people send them: identical two-word comments are
the public agreeing, not a campaign, and counting them as one would hide
them behind a single campaign label. They stay `unique` by design. The one
exception is an action page's one-line letter of eight words or more sent
alike by three people or more (:mod:`~intake.text.matching.short`). A petition
a little longer (one or two sentences, too short to found a campaign by the
other routes) sent word for word by three people founds one the same way, and
a copy that carries it whole joins whatever story it adds.

The package is split by role, so each part is found where its name says:

* :mod:`~intake.text.matching.thresholds` -- every tunable (:class:`MatchThresholds`);
* :mod:`~intake.text.matching.candidates` -- what the database passes in on earlier comments;
* :mod:`~intake.text.matching.profile` -- a campaign's bounded profile and its blob encoding;
* :mod:`~intake.text.matching.learning` -- how a profile learns from new members;
* :mod:`~intake.text.matching.measures` -- shared measures (carry, known sentences, quoting);
* the routes: :mod:`~intake.text.matching.duplicate`, :mod:`~intake.text.matching.joining`
  (exemplar, sentences, heavy edit), :mod:`~intake.text.matching.phrases`,
  :mod:`~intake.text.matching.founding`, :mod:`~intake.text.matching.first_copies`,
  :mod:`~intake.text.matching.skeleton` (founding a spun mail-merge campaign),
  :mod:`~intake.text.matching.short` (a one-line letter under ``min_shingles``);
* :mod:`~intake.text.matching.decision` -- the order the routes are tried in (:func:`decide`);
* :mod:`~intake.text.matching.outcome` -- what it returns (:class:`Decision`).
"""

from __future__ import annotations

from intake.text.matching.candidates import Candidate, framing_of
from intake.text.matching.decision import decide
from intake.text.matching.learning import exemplars_after, new_profile, update_profile
from intake.text.matching.outcome import Decision
from intake.text.matching.phrases import phrase_pull_in
from intake.text.matching.profile import CampaignProfile, stored_profile
from intake.text.matching.short import line_pull_in
from intake.text.matching.skeleton import skeleton_found
from intake.text.matching.thresholds import DEFAULT_THRESHOLDS, MatchThresholds

__all__ = [
    "DEFAULT_THRESHOLDS",
    "CampaignProfile",
    "Candidate",
    "Decision",
    "MatchThresholds",
    "decide",
    "exemplars_after",
    "framing_of",
    "line_pull_in",
    "new_profile",
    "phrase_pull_in",
    "skeleton_found",
    "stored_profile",
    "update_profile",
]
