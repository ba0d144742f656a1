"""Session 14: the shapes of the residents the fifteenth blind set flagged (issue 14).

Every row here was written for this file, in other words and other languages than the set's:

* a Hindi resident volunteering, with a WhatsApp number, on an item where the only other
  Devanagari comment is Marathi or Nepali (no wordfreq list): read as Hindi, the resident was
  judged by the words it shared with that one comment, and shared none;
* a resident quoting the item's own fee in their language with a number for a call back: the
  fee read as an offer;
* a count of the item's people next to a link into the petition page the comment names: the
  count read as an offer;
* an event's page whose short path the comment spells ("Diwali night" -> /diwalinight): read as
  an entry point the comment does not name.
"""

from __future__ import annotations

import pytest

from intake.text.spam.learned import language_of
from intake.text.spam.unrelated import written_apart
from tests.unit.text.spam_judging import judged

LIBRARY = (
    "Item 2026-88: Opening the Riverside branch library on Sundays and hiring two more staff",
    "Sunday hours would let working parents bring their kids to story time.",
    "Two more staff is the least the branch needs; the lines at the desk are long already.",
    "Please keep the computer room open on Sundays for job seekers without internet at home.",
    "The branch is the only quiet place in the neighbourhood for students to study on weekends.",
)

MARATHI = "माझी मुलगी दर आठवड्याला ग्रंथालयात जाते, रविवारी उघडे ठेवा अशी विनंती आहे."
NEPALI = "म हरेक हप्ता छोरीलाई पुस्तकालय लैजान्छु, आइतबार पनि खोलिदिनुहोस्।"

HINDI_VOLUNTEER = (
    "मैं रविवार को बच्चों को कहानियाँ पढ़कर सुनाने के लिए स्वयंसेवक बनना चाहता हूँ। कृपया "
    "मुझसे संपर्क करें, व्हाट्सएप 555-0124. — राजेश वर्मा"
)


@pytest.mark.parametrize(("language", "other"), [("Marathi", MARATHI), ("Nepali", NEPALI)])
def test_a_hindi_resident_is_not_judged_against_a_marathi_or_nepali_comment(
    language: str, other: str
) -> None:
    """Devanagari without Hindi's commonest words is not known to be Hindi."""
    assert language_of(other) == "DEVANAGARI", language
    assert language_of(HINDI_VOLUNTEER) == "hi"
    assert written_apart(HINDI_VOLUNTEER, (*LIBRARY, other))
    spam, why = judged(HINDI_VOLUNTEER, (*LIBRARY, other))
    assert not spam, (language, why)
    assert "unrelated to the item" not in why, (language, why)


GARDEN = (
    "Ordinance 2026-140: a $40 yearly fee for a plot in the city's community gardens",
    "The gardens have been free for twenty years; a fee will push out the retirees.",
    "I support the fee if it pays for water and a new tool shed.",
    "Waive the fee for households on food assistance, please.",
    "Community gardens feed neighbours who cannot afford fresh vegetables at the store.",
    "Charging rent for soil that volunteers cleared and composted themselves seems unfair.",
)

FEE_RESIDENTS = {
    "Vietnamese": "Tôi trồng rau mỗi mùa hè. $40 là quá nhiều. Xin gọi lại 555-0183.",
    "Spanish": "Cultivo chiles en mi parcela; $40 es mucho para mi pensión. Llámeme al 555-0161.",
    "Tigrinya": "ኣብዚ ኣታኽልቲ ቤት ኣትክልቲ ንተክል ኢና። $40 ንስድራና ብዙሕ እዩ። በጃኹም ብ 555-0145 ደውሉለይ።",
}


@pytest.mark.parametrize("language", sorted(FEE_RESIDENTS))
def test_the_items_own_fee_in_a_residents_language_is_not_an_offer(language: str) -> None:
    spam, why = judged(FEE_RESIDENTS[language], GARDEN)
    assert not spam, (language, why)
    assert "offer:" not in why, (language, why)


def test_a_price_the_item_does_not_name_is_still_an_offer() -> None:
    spam, why = judged("Rau sạch giao tận nhà chỉ $19, gọi ngay 000-000-0000", GARDEN)
    assert spam, why
    assert "offer: '$19" in why, why


POOL = ("Item 2026-61: Closing the Northside public pool for the summer",)


def test_a_count_of_signers_next_to_the_petition_page_it_names_is_not_an_offer() -> None:
    body = (
        "More than 1,300 parents signed the letter to keep the pool open: "
        "https://letters.example.org/northside-parents-letter. Read what they wrote."
    )
    spam, why = judged(body, POOL)
    assert not spam, why
    assert "offer:" not in why, why


def test_a_sum_next_to_a_front_page_is_still_an_offer() -> None:
    _spam, why = judged("Earn 5000 weekly from your phone: https://quickcash.example.com", POOL)
    assert "offer:" in why, why


FIREWORKS = (
    "Ordinance 2026-99: banning the sale and use of aerial fireworks in the city",
    "Every July the rockets keep my toddler awake until two in the morning.",
    "A dry summer and aerial fireworks are how brush fires start on the hills.",
    "Veterans on our street dread the explosions; please pass the ban.",
    "Sales stands bring money to youth sports leagues, so exempt them.",
)


@pytest.mark.parametrize(
    "body",
    [
        "Our mosque holds an Eid night every year with a small permitted display by the river, "
        "open to all: https://alnoor.example.org/eidnight. Let permitted displays go on.",
        "Ang aming simbahan ay may maliit na palabas na may permiso tuwing Bagong Taon sa tabi "
        "ng dagat. Welcome ang lahat: https://sanroque.example.org/bagongtaon. Sana ituloy pa.",
    ],
)
def test_an_events_page_the_comment_spells_is_not_an_unnamed_front_page(body: str) -> None:
    spam, why = judged(body, FIREWORKS)
    assert not spam, why
    assert "a front page the comment does not name" not in why, why


@pytest.mark.parametrize(
    "body",
    [
        "Stop the ban! Best deals on fireworks: https://boomdeals.example.com/win",
        # One word of the text is an advert's entry point as often as a resident's page.
        "Stop the ban! Reserve your fireworks today: https://boomdeals.example.com/reserve",
        # The item's own words name an advert's page after the item.
        "Buy aerial fireworks before the ban: https://boomdeals.example.com/aerialfire",
    ],
)
def test_an_entry_point_the_comment_does_not_name_as_its_event_is_still_unnamed(
    body: str,
) -> None:
    _spam, why = judged(body, FIREWORKS)
    assert "a front page the comment does not name" in why, why
