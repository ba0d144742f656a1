"""Session 23 (twins): three pairs of readers that read the same thing two ways, each made one.

A fundraiser (:func:`solicit.raises_money_for_a_cause`), a meeting (:func:`events.names_a_meeting`)
and a reading list (:func:`links.reading_list`): one reader each, what a caller needs beyond the
shared reading asked by a named option.
"""

from __future__ import annotations

from intake.text.spam.events import hosts_an_event, names_a_meeting, without_dial_ins
from intake.text.spam.links import (
    EACH_LABELLED,
    LABELLED_AS_SOURCES,
    WITH_A_GOVERNMENT_LINK,
    find_links,
    link_evidence,
    reading_list,
)
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import raises_money_for_a_cause

S = SpamSettings()


# ------------------------------------------------------------------ fundraisers


def test_the_words_of_raising_money_are_read_only_when_asked() -> None:
    raising = "Estamos recaudando para la familia Ortega. $300 hasta ahora. WhatsApp 555-0100."
    assert not raises_money_for_a_cause(raising)
    assert raises_money_for_a_cause(raising, or_raising=True)
    # Where the money goes is read either way.
    sale = "Tamales $3 each, all proceeds go to the youth soccer team. Text 555-0100."
    assert raises_money_for_a_cause(sale)
    assert raises_money_for_a_cause(sale, or_raising=True)


# ------------------------------------------------------------------ meetings


def test_a_bare_meeting_word_is_read_only_by_call() -> None:
    assert names_a_meeting("Come to the community meeting on Tuesday.")
    assert not names_a_meeting("Mention the board meeting for 15% off.")
    assert names_a_meeting("Mention the board meeting for 15% off.", by_call=True)
    # An event keeps to meetings held for the public.
    assert not hosts_an_event("Free estimate at 6pm, mention the board meeting.")


def test_a_dial_in_to_a_meeting_named_in_another_language_is_the_meeting_s() -> None:
    # The dial-in reader read English and Spanish words only; it reads the public meetings'
    # words of every language now.
    for word in ("社區會議", "reyinyon kominotè a"):
        prose = f"{word}: rele +1 312 626 6799, ID 987 6543 2101"
        blanked = without_dial_ins(prose)
        assert "6799" not in blanked and "2101" not in blanked, blanked
    other = "Rele +1 312 626 6799, ID 987 6543 2101"
    assert without_dial_ins(other) == other


# ------------------------------------------------------------------ reading lists

LABELLED = (
    "Sources:\nhttps://research.example.org/ridership-2026 "
    "https://survey.example.net/rider-survey https://petition.example.com/route-6"
)
EACH = "Traffic study:\nhttps://city.example.org/studies/elm\nOur petition:\nhttps://bit.ly/3xYz12"
GOVERNMENT = (
    "See the state guidance at https://www.hcd.ca.gov/planning and the county's plan at "
    "https://plan.example.org/housing"
)


def test_one_reader_reads_a_reading_list_three_ways() -> None:
    assert reading_list(LABELLED, find_links(LABELLED), S) == LABELLED_AS_SOURCES
    # Each link after its own label: only when the caller asks, and a shortener is let in.
    assert reading_list(EACH, find_links(EACH), S) is None
    assert reading_list(EACH, find_links(EACH), S, each_labelled=True) == EACH_LABELLED
    # A government's link among pages: only when the caller asks.
    assert reading_list(GOVERNMENT, find_links(GOVERNMENT), S) is None
    found = reading_list(GOVERNMENT, find_links(GOVERNMENT), S, government_link=True)
    assert found == WITH_A_GOVERNMENT_LINK


def test_the_label_needs_pages_on_sites_spam_does_not_favour() -> None:
    body = "Sources:\nhttps://bit.ly/3xYz12\nhttps://deals.example.net/go"
    assert reading_list(body, find_links(body), S) is None


def test_a_list_labelled_as_sources_is_a_list_for_the_link_count_too() -> None:
    # The link count read the label only through its caller (reach); it reads it itself now.
    details = [e.detail for e in link_evidence(LABELLED, find_links(LABELLED), S)]
    weights = [e.weight for e in link_evidence(LABELLED, find_links(LABELLED), S)]
    assert not any("density" in d for d in details), details
    assert weights[0] <= S.source_links_max_weight
