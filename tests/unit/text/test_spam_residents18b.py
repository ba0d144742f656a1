"""Session 18 (residents18b): residents the spent set `spam-heldout-34` showed flagged.

* a list of links, each on its own line after its label, names a front page whose one-word
  path is a word of its label ("- Videos of the trucks at the bus stop: .../videos");
* a plea that whoever gets the contract hire local firms is an ask of the decision-maker, not
  an offer to the reader: "hire" there is no advert word, and a closing that holds it does not
  sell.

Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

from intake.text.spam import SpamSettings
from intake.text.spam.closing import tail_sells
from intake.text.spam.links import Link, find_links, labelled_list, link_label, strip_spans
from intake.text.spam.linkshape import named_by_its_label, pitch_link_evidence
from intake.text.spam.solicit import asks_to_hire_local
from tests.unit.text.spam_judging import judged

S = SpamSettings()


def front_pages(body: str, links: list[Link]) -> list[str]:
    """The front-page evidence of ``body``, read as the engine reads it (prose without links)."""
    prose = strip_spans(body, (lk.raw for lk in links))
    return [e.detail for e in pitch_link_evidence(prose, links, S, body=body)]


GRAVEL = (
    "Ordinance 2027-31: rezoning 40 acres on Mill Creek Road from rural to heavy industrial for "
    "a gravel pit and crushing plant",
    "The trucks would pass the elementary school twice an hour, that is not safe.",
    "Mill Creek Road has no shoulder and the bridge is posted for 10 tons.",
    "Please ask the applicant for a dust control plan before voting on the rezoning.",
    "My well is 300 feet from the proposed pit, who pays if it goes dry?",
)
HARBOR = (
    "Resolution 2027-H-9: $12 million in harbor bonds for the north breakwater and the fuel "
    "dock rebuild",
    "The breakwater took a beating in the last two storms, it needs the work.",
    "Will the bonds be paid from slip fees or from the general tax rate?",
    "The fuel dock has been closed since August and the boats go to Port Allen.",
    "Please keep the public ramp open during the breakwater construction.",
)

SOURCES = (
    "Please read these before the vote:\n"
    "- Noise study (applicant's): millcreek.example.org/p/27-31/noise.pdf\n"
    "- State air permit summary: example.org/deq/air-permit-summary\n"
    "- Our petition with 240 signatures: change.example.com/save-mill-creek-road\n"
    "- Videos of the trucks at the school bus stop: creekfriends.example.net/videos"
)
WELDER = (
    "I own Bayside Machine & Weld on Route 9. We've repaired the harbor cranes twice before. "
    "Whoever wins the bid, please hire local shops for the fabrication, plenty of us need the "
    "work since the cannery closed. Dana Okafor, 555-0182, baysideweld.example.com"
)


def test_a_list_of_labelled_links_names_its_front_page_by_its_label() -> None:
    links = find_links(SOURCES)
    assert labelled_list(SOURCES, links)
    videos = next(lk for lk in links if "creekfriends" in lk.host)
    assert link_label(SOURCES, videos) == "Videos of the trucks at the school bus stop"
    assert named_by_its_label(videos, SOURCES)
    assert not front_pages(SOURCES, links)
    spam, reasons = judged(SOURCES, GRAVEL)
    assert not spam, reasons
    assert "front page" not in reasons


def test_a_labelled_list_still_counts_a_front_page_its_label_does_not_name() -> None:
    body = (
        "Sources:\n- Noise study: millcreek.example.org/p/27-31/noise.pdf\n"
        "- Our petition: change.example.com/save-mill-creek-road\n"
        "- Great deals: cheap-gravel.example.net/win"
    )
    links = find_links(body)
    assert labelled_list(body, links)
    assert front_pages(body, links)


def test_one_labelled_link_is_a_call_not_a_list() -> None:
    lure = "Your reward is waiting for you. Claim your reward: prizevault.example.click/claim"
    links = find_links(lure)
    assert not labelled_list(lure, links)
    assert front_pages(lure, links)
    # Two links on one line are no list of labelled links either.
    inline = "Photos: a.example.net/photos and more photos at b.example.net/photos"
    assert not labelled_list(inline, find_links(inline))


def test_a_plea_to_hire_local_firms_is_no_offer() -> None:
    assert asks_to_hire_local("Whoever gets the contract, please hire local shops for the steel.")
    assert asks_to_hire_local("The county should use local contractors for the paving.")
    assert asks_to_hire_local("Pedimos que el contratista contrate talleres locales.")
    assert not tail_sells("Whoever wins the bid, please hire local shops. Dana, 555-0182", S)
    spam, reasons = judged(WELDER, HARBOR)
    assert not spam, reasons
    assert "offer words" not in reasons


def test_hire_said_to_the_reader_is_still_an_offer() -> None:
    # No one who decides is named: the reader is asked to hire.
    assert not asks_to_hire_local("Hire local pros today! Call 555-0101 for a free quote.")
    assert not asks_to_hire_local("Please hire local: our crew does roofs and gutters.")
    # The writer hires, and sells: no plea to the decision-maker.
    assert not asks_to_hire_local("We hire local workers for every contract, call us now.")
    assert tail_sells("Need a welder? Hire our crew today. Call 555-0199.", S)
    advert = (
        "Breakwaters are tough work. Need a welder or a crane repair? Hire our certified crew, "
        "free estimates and cheap rates this month. Call 555-0199 or visit fastweld.example.com"
    )
    spam, reasons = judged(advert, HARBOR)
    assert spam, reasons


def test_a_label_names_a_page_with_a_year_after_its_word() -> None:
    body = (
        "Background for the board:\n- Grant award letter: town.example.org/docs/grant-letter.pdf\n"
        "- 2025 boaters survey by the harbor association: harborboaters.example.org/survey2025"
    )
    links = find_links(body)
    assert labelled_list(body, links)
    assert named_by_its_label(links[1], body)
    assert not front_pages(body, links)
