"""Session 17 (round 26): residents the spent sets `spam-heldout-30` and `-31` showed flagged.

* a list of sources whose links name their pages in words is a bibliography, not front doors;
* an advert word said in a sentence about the item's subject ("or stores will sell anything as
  ember-proof") is not the writer's offer;
* the item named by its identifier: a short verdict on it ("We support 9C.") and a meeting on it
  at a day or time take part in it, selling nothing;
* a site named after the town and the item is what the comment is about.

Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

from intake.text.spam.itemname import item_identifiers, names_the_item, sides_with_the_item
from intake.text.spam.links import find_links, is_bibliography, is_named_page
from intake.text.spam.linkshape import named_after_the_item
from intake.text.spam.pitchwords import offer_words
from tests.unit.text.spam_judging import judged

LEAD = (
    "Ordinance 2027-12: Replacing lead service lines and testing water in older school buildings",
    "My kids drink from the fountains at Lincoln Elementary, please test those first.",
    "Who pays for the part of the pipe on private property? Renters cannot decide that.",
    "The water department should publish the test results for every school online.",
    "We replaced our own line in 2019 and it cost almost nine thousand dollars.",
)
CAFES = (
    "Select Board Agenda Item 9C: Sidewalk cafe licences and a $75 seasonal permit fee",
    "The tables on Elm Street block wheelchairs half the summer, please enforce the width.",
    "Seventy-five dollars is fair, the season is short and the sidewalks belong to everyone.",
    "Please make the permits end at ten at night, the upstairs apartments hear everything.",
    "Will the town check that ramps stay clear when the tables are out on the sidewalk?",
)
DOCK = (
    "Article 9: $1,800,000 to rebuild the Ferry Landing seawall and the public launch ramp",
    "The seawall has been crumbling since the storm and the launch ramp floods every spring.",
    "Please make sure the public launch stays open to kayaks during the construction work.",
    "Is the town getting state harbor grants for this, or is it all on the tax rate?",
    "The ferry landing is how half the island gets to work, do not close it in summer.",
)
QUARRY = (
    "Article 5: Quarry Park rezoning allowing housing on the old Granite Works site",
    "Granbury needs housing, but the quarry pond is where every kid in town learns to swim.",
    "The traffic on Quarry Road is already bad at school pickup, add a light first.",
    "Please keep the walking trail around the pond open to the public after the rezoning.",
    "Granbury residents deserve to see the developer's drainage plans before the vote.",
)


def test_a_list_of_sources_named_in_words_is_not_front_doors() -> None:
    body = (
        "Sources the board should read first:\n"
        "- https://waterlab.example.net/lead-pipe-corrosion-study\n"
        "- https://example.org/school-fountain-testing-2025\n"
        "- https://health.example.com/childhood-lead-exposure-summary\n"
        "- https://news.example.com/2024-flint-lessons-learned\n"
        "Test the schools first."
    )
    assert is_bibliography(find_links(body))
    spam, reasons = judged(body, LEAD)
    assert not spam, reasons
    assert "front pages" not in reasons and "link density" not in reasons


def test_a_page_is_named_by_three_words_of_its_address() -> None:
    assert is_named_page(find_links("https://lab.example.net/ember-ignition-study")[0])
    assert not is_named_page(find_links("https://shop.example.net/win")[0])
    assert not is_named_page(find_links("https://shop.example.net/buy-now")[0])
    assert not is_named_page(find_links("https://shop.example.net/")[0])
    # One link to a named page alone is no list of sources.
    assert not is_bibliography(find_links("https://lab.example.net/ember-ignition-study"))


def test_front_doors_are_still_front_doors() -> None:
    body = (
        "Great plan https://cheap-flights.example.com and hotels https://stay-cheap.example.net "
        "and cars https://car-deals.example.org rentals https://rent-now.example.com"
    )
    spam, reasons = judged(body, LEAD)
    assert "front pages" in reasons and spam, reasons


def test_an_advert_word_said_of_the_item_subject_is_not_an_offer() -> None:
    title = "Resolution 2027-40: Ember-resistant vents and defensible space in the hill district"
    prose = (
        "As a builder in the old town: please name a real standard for vents in section 3, or "
        "stores will sell anything as 'ember-proof'. I am happy to share details by e-mail."
    )
    assert offer_words(prose, title) == []
    # Said in a sentence of its own, or where the number to call is, the word is an offer.
    assert offer_words("Vents are overdue. We sell vents cheap. Call 555-201-4471.", title)
    assert offer_words("New vents coming. We sell vents, call 555-201-4471 today.", title)
    assert offer_words("Vents are hard. Install vents and earn $300 a day! Apply now.", title)
    # A text of one sentence is read as before.
    assert offer_words("We sell vents to every builder in the valley", title)


def test_the_item_identifier_is_read_from_the_title_label() -> None:
    assert item_identifiers("Select Board Agenda Item 9C: Sidewalk cafes") == ("9c",)
    assert item_identifiers("Article 9: $1,800,000 for the seawall") == (r"article\s+9",)
    assert item_identifiers("Sidewalk cafes and a $75 fee") == ()
    assert names_the_item("We support 9C!", CAFES[0])
    assert not names_the_item("I support 9 of them", CAFES[0])
    assert names_the_item("a night on Article 9 on Thursday", DOCK[0])
    assert not names_the_item("page 9 of the report", DOCK[0])


def test_a_short_verdict_naming_the_item_is_a_residents() -> None:
    assert sides_with_the_item("I have run it since 2012. We support 9C. Call me.", CAFES[0])
    assert not sides_with_the_item("Don't let 9C ruin your summer. Call me.", CAFES[0])
    body = (
        "I run the Teapot Corner B&B on Main Street - licensed, inspected, and paid for since "
        "2012. We support 9C. Anyone who wants to know what the yearly visit really involves "
        "can call me at 508-555-0144. It is not scary."
    )
    spam, reasons = judged(body, CAFES)
    assert not spam, reasons


def test_a_meeting_on_the_item_by_its_identifier_takes_part() -> None:
    body = (
        "The Ferry Landing Rowing Club is holding a question night on Article 9 on Tuesday the "
        "4th at 6 pm in the boathouse, 12 Dock Lane. The harbor master will explain the plans. "
        "Free, open to everyone, members or not - tea and biscuits provided. RSVP to "
        "captain@example.org so we have enough chairs."
    )
    spam, reasons = judged(body, DOCK)
    assert not spam, reasons


def test_a_site_named_after_the_town_and_the_item_is_about_the_item() -> None:
    assert named_after_the_item("granburyquarrywatch.example.net", QUARRY[0], QUARRY[1:])
    # One word of the item is not a compound, and the town alone is no word of the title.
    assert not named_after_the_item("quarrydeals-now.example.net", QUARRY[0], QUARRY[1:])
    assert not named_after_the_item("granburyhomesforsale.example.net", QUARRY[0], QUARRY[1:])
    # A name written as a phrase for search, or on a domain spam favours, is a lure's.
    assert not named_after_the_item("granbury-quarry-permits.example.org", QUARRY[0], QUARRY[1:])
    assert not named_after_the_item("granburyquarrypay.top", QUARRY[0], QUARRY[1:])
    body = (
        "I have been putting every Planning Board document, the renderings and the drainage "
        "report in one place since nobody else did: https://granburyquarrywatch.example.net - "
        "it is just me, no ads, no affiliation. The drainage report is on the third tab."
    )
    spam, reasons = judged(body, QUARRY)
    assert "front page the comment does not name" not in reasons, reasons
    assert not spam, reasons
