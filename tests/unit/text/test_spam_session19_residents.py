"""Session 19 (residents19): residents the spent sets showed flagged or close to it.

* a writer who states their position on the item in a sentence of its own ("We support the
  proposal.", "Nous appuyons le projet.", "हम इस प्रस्ताव का समर्थन करते हैं।") takes part in it,
  whatever language they write in and whatever the title's words are;
* a list of links, each on its own line after its label and each into a page of its site, is a
  list of sources: its links are most of its text by nature (no link density);
* something offered to the neighbours is not an advert to the reader, and French "prêts à"
  ("ready to") is no loan;
* what a group's event on a day gives free is its entry.

Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

from intake.text.spam import SpamSettings
from intake.text.spam.events import hosts_an_event
from intake.text.spam.links import find_links, link_evidence
from intake.text.spam.pitchwords import pitch_words
from intake.text.spam.solicit import offers_to_the_neighbours
from intake.text.spam.takingpart import takes_a_side
from intake.text.spam.verdict import closes_with_a_side, states_a_position
from tests.unit.text.spam_judging import judged

S = SpamSettings()

FAIRGROUND = (
    "Resolution 2027-12: a county fairground campground with 40 RV sites and a shower building "
    "on Old Mill Road",
    "The campground would bring visitors to the fair every August, that is good for the town.",
    "Old Mill Road is narrow and the RV traffic will back up at the bridge.",
    "Please put the shower building away from the houses on the east side of the fairground.",
    "Who will run the campground, the county or a private operator under a lease?",
    "The 4-H families camp there already during fair week, keep some sites for them.",
)
SNOW = (
    "By-law 2027-40: Winter overnight street parking ban from 2 a.m. to 6 a.m., December to March",
    "Where are we supposed to park when the driveway is shared with two other units?",
    "The plows cannot clear the street when cars stay out all night, I support the ban.",
    "Please add signs at every corner so visitors know about the overnight rule.",
    "Can the city open the school lots at night for residents with no driveway?",
)
WATER = (
    "Ordinance 2027-88: Stage 3 drought rules, lawn watering two days a week and rebates for "
    "replacing turf",
    "Two days a week will kill the trees on our street, trees need deep watering.",
    "The rebate for replacing turf should cover the cost of removing it, not just the plants.",
    "How will the utility check which houses water on the wrong days?",
    "Apartment owners use most of the water for common lawns, start with them.",
)

MOTEL_HI = (
    "हमारा गेस्टहाउस मेले के मैदान से पाँच मिनट की दूरी पर है। मेले के दिनों में आने वाले परिवारों के "
    "लिए हम छूट देंगे। हम इस प्रस्ताव का समर्थन करते हैं। संपर्क: सुनील शर्मा, (555) 555-0163।"
)
STORE_FR = (
    "L'épicerie Tremblay (rue des Érables) a six places libres la nuit. Nous sommes prêts à les "
    "offrir aux voisins tout l'hiver, gratuitement pour les aînés. Appelez-moi : Josée, "
    "819-555-0170."
)
SOURCES = (
    "For the record, please add these to the file:\n"
    "- Drought plan 2025: waterdistrict.example.org/plans/2025-drought.pdf\n"
    "- watering map: waterdistrict.example.org/maps/watering\n"
    "- rebate claims by street: example.org/rebates/claims\n"
    "- study on street trees in drought: example.org/studies/trees"
)
WORKSHOP = (
    "Sunnyside Native Plant Society is hosting free drip-irrigation workshops every Sunday in "
    "April at the Hillcrest community hall. Seed swap too! Register: "
    "https://www.example.org/sunnyside/workshops or call Rosa 555-0144."
)


def test_a_position_stated_in_a_sentence_of_its_own() -> None:
    assert states_a_position("Our shop is on Main. We support the proposal. Call 555-0100.")
    assert states_a_position("Nous appuyons le projet.")
    assert states_a_position("Ich unterstütze den Plan.")
    assert states_a_position("हम इस प्रस्ताव का समर्थन करते हैं।")
    assert states_a_position("I strongly oppose this.")
    # A service named "support" is no side; nor is a sentence with a figure.
    assert not states_a_position("Our team offers support for all your needs.")
    assert not states_a_position("We provide support to small businesses.")
    assert not states_a_position("We support 24/7 customers.")
    assert not states_a_position("Support our shop today!")


def test_a_business_owner_writing_in_hindi_who_supports_the_item_takes_part() -> None:
    spam, reasons = judged(MOTEL_HI, FAIRGROUND)
    assert not spam, reasons
    assert "unrelated to the item" not in reasons


def test_a_position_does_not_cover_an_advert_behind_a_link_it_does_not_name() -> None:
    advert = (
        "Every winter my car gets buried by the plow. I fully support the ban. Found some great "
        "snow covers that really helped:"
    )
    assert states_a_position(advert)
    # Written in Latin letters, the text could name the site it links to: a front page it does
    # not name keeps it judged; a text in another script cannot spell the name.
    assert not takes_a_side(advert, SNOW, sold=False, pitched=True)
    assert takes_a_side(MOTEL_HI, SNOW, sold=False, pitched=True)
    # Selling (a price, an offer, a sum) keeps any text judged.
    assert not takes_a_side(MOTEL_HI, SNOW, sold=True)
    assert not takes_a_side(advert, None, sold=False)


def test_a_labelled_list_into_pages_has_no_link_density() -> None:
    details = [e.detail for e in link_evidence(SOURCES, find_links(SOURCES), S)]
    assert not any(d.startswith("link density") for d in details), details
    spam, reasons = judged(SOURCES, WATER)
    assert not spam, reasons


def test_a_list_of_front_doors_still_has_its_density() -> None:
    body = (
        "Best deals:\n- Loans: quickloan.example.com\n- Casino: luckyspin.example.net\n"
        "- Pills: cheapmeds.example.org"
    )
    details = [e.detail for e in link_evidence(body, find_links(body), S)]
    assert any(d.startswith("link density") for d in details), details


def test_an_offer_to_the_neighbours_is_no_advert() -> None:
    assert offers_to_the_neighbours("On est prêts à les offrir aux voisins pendant l'hiver.")
    assert offers_to_the_neighbours("We would open our lot to the neighbours on game days.")
    assert offers_to_the_neighbours("Podemos ofrecer el salón a los vecinos los domingos.")
    assert not offers_to_the_neighbours("Neighbours! Cheap moving, call 555-0100 today.")
    assert not offers_to_the_neighbours("Hello neighbors, free quote today!")
    assert "pret" not in pitch_words("Nous sommes prêts à les offrir, gratuitement")
    assert "pret" in pitch_words("Prêt à taux zéro, appelez vite")
    assert "pret" in pitch_words("Prêt rapide entre particuliers")
    spam, reasons = judged(STORE_FR, SNOW)
    assert not spam, reasons
    assert "offer words" not in reasons


def test_a_groups_free_event_on_a_day_is_no_advert() -> None:
    assert hosts_an_event(WORKSHOP)
    assert not hosts_an_event("Free quotes Monday to Friday, call 555-0100.")
    assert not hosts_an_event("We are hosting a party, come along!")
    spam, reasons = judged(WORKSHOP, WATER)
    assert not spam, reasons
    assert "offer words" not in reasons


def test_a_loan_advert_in_french_stays_spam() -> None:
    advert = (
        "Prêt rapide entre particuliers sans frais, argent en 24 heures, taux bas garanti. "
        "Appelez-moi au 819-555-0199 ou écrivez sur WhatsApp."
    )
    spam, reasons = judged(advert, SNOW)
    assert spam, reasons


def test_a_closing_verdict_in_devanagari_is_read_folded() -> None:
    # The closing verdict's words in scripts with marks are compared folded, as the sentence is
    # (Devanagari's virama is dropped by folding: "समर्थन" was never found before).
    assert closes_with_a_side("हमारी दुकान बाज़ार के पास है। हम समर्थन करते हैं।")
    assert not closes_with_a_side("हमारी दुकान बाज़ार के पास है। सस्ते दाम पर सामान।")
