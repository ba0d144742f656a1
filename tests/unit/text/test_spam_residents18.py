"""Session 18: residents the spent sets `spam-heldout-32` and `-33` showed flagged.

* a name written with the ʻokina or another spacing modifier letter is folded without it, so
  "Kaʻaluʻu" meets "kaaluu" in an address or a neighbour's spelling;
* a list of sources whose pages are named after the item's words is no bare link, and the
  pages' names count towards what the comment is about;
* a resident's own site named as a phrase with hyphens after the item's place, in a text that
  sells nothing, is no unnamed front page (a lure so named still is: it asks for money);
* something offered to the county or city (a hall put at its disposal) is no advert to the
  reader.

Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam.folding import fold
from intake.text.spam.links import find_links
from intake.text.spam.linkshape import named_after_the_item
from intake.text.spam.solicit import offers_to_the_government
from intake.text.spam.sources import cited_words, page_words
from tests.unit.text.spam_judging import judged

SPRING = (
    "Bill 2027-8: Protecting the Kaʻaluʻu Spring recharge zone from new quarry permits",
    "The spring at Kaʻaluʻu fed our taro patches for four generations, protect it.",
    "Quarry blasting cracked the lava tubes near the recharge zone in 2019, ask the hydrologists.",
    "Who monitors the chloride in the spring water once the new quarry permits are issued?",
    "Please require a recharge study before any permit is issued near the spring.",
)
LAGOON = (
    "Resolution 2027-31: Mooring limits and a boat ramp fee at Mokuleia Lagoon",
    "The lagoon moorings are full of derelict boats nobody has moved in years.",
    "A ramp fee is fine if the money goes to dredging the channel at the lagoon mouth.",
    "Fishermen launch before dawn, please keep the ramp open at five in the morning.",
    "The sandbar at the channel grows every winter and boats ground on it at low tide.",
)
PANTRY = (
    "Resolution 2027-44: a county plan to recruit paid interpreters for court and clinics",
    "Court hearings in Spanish wait weeks for an interpreter, the plan is overdue.",
    "Please pay interpreters a fair rate, clinic volunteers cannot do medical terms.",
    "Will the county train interpreters in Somali and Karen, or only in Spanish?",
    "Clinics need interpreters on weekends too, not only during court hours.",
)


def test_spacing_modifier_letters_are_folded_out() -> None:
    assert fold("Kaʻaluʻu") == "kaaluu"
    assert fold("Kaʼaluʼu") == "kaaluu"
    assert "kaaluu" in relatedness.content_terms("the Kaʻaluʻu Spring")
    # Letters of the modifier class outside the block stay: Japanese ー and 々 are part of words.
    assert fold("ラーメン") == "ラーメン"
    assert fold("人々") == "人々"


def test_a_list_of_sources_named_after_the_item_is_no_bare_link() -> None:
    body = (
        "Read these first: https://example.org/kaaluu-spring-recharge-2011.pdf "
        "https://example.net/quarry-blasting-lava-tubes "
        "https://example.com/news/2026-kaaluu-chloride-readings"
    )
    assert "kaaluu spring recharge 2011" in cited_words(find_links(body))
    spam, reasons = judged(body, SPRING)
    assert not spam, reasons
    assert "link-only" not in reasons


def test_a_list_of_pages_about_something_else_is_still_a_bare_link() -> None:
    body = (
        "Look here: https://a.example.com/best-online-casino-bonus "
        "https://b.example.net/free-spins-no-deposit-2026 "
        "https://c.example.org/top-slot-sites-ranked"
    )
    spam, reasons = judged(body, SPRING)
    assert spam, reasons
    assert "link-only" in reasons


def test_the_pages_a_short_comment_cites_say_what_it_is_about() -> None:
    # The pages are named after what the item's commenters wrote (taro patches, lava tubes,
    # chloride), not after its title; the comment's own two lines name none of it.
    body = (
        "Make them build it to the real standard, not a promise:\n"
        "https://example.org/taro-patch-water-records.pdf\n"
        "https://example.org/lava-tube-blasting-damage-2019\n"
        "https://example.net/hydrologist-chloride-monitoring-guidance\n"
        "Our old school shelter was a hallway with windows at both ends."
    )
    spam, reasons = judged(body, SPRING)
    assert not spam, reasons
    assert "unrelated" not in reasons


def test_page_names_never_make_a_short_text_judged() -> None:
    # The text's own words are too few to tell what it is about; the pages' names (about
    # something else) only help a text already judged, they do not get this one judged.
    body = (
        "Worth a read tonight, friends:\n"
        "https://example.org/banana-bread-family-recipe\n"
        "https://example.net/volcano-hike-trail-notes\n"
        "https://example.com/ukulele-chord-practice-sheet"
    )
    spam, reasons = judged(body, SPRING)
    assert not spam, reasons
    assert "unrelated" not in reasons


def test_page_words_drop_the_extension() -> None:
    link = find_links("https://example.org/fire-risk-safe-rooms.pdf")[0]
    assert page_words(link) == "fire risk safe rooms"


def test_a_residents_site_named_after_the_place_with_hyphens() -> None:
    body = (
        "I run mokuleia-sandbar.example.com, where fishermen log the depth at the lagoon "
        "mouth every week. We have 600 soundings since 2021, free for staff to use."
    )
    spam, reasons = judged(body, LAGOON)
    assert not spam, reasons
    assert "front page" not in reasons
    assert named_after_the_item("mokuleia-sandbar.example.com", LAGOON[0], LAGOON[1:], True)


def test_a_lure_named_after_the_place_still_asks_for_money() -> None:
    # Selling (a sum to pay): a name written as a phrase is a lure's, as in session 17.
    assert not named_after_the_item("mokuleia-ramp-pay.com", LAGOON[0], LAGOON[1:], False)
    body = (
        "MOKULEIA LAGOON NOTICE: your mooring permit fee of $45.00 is overdue and your boat "
        "will be towed. Pay now at mokuleia-ramp-pay.com"
    )
    spam, reasons = judged(body, LAGOON)
    assert spam, reasons
    assert "front page" in reasons


def test_a_notice_named_after_the_place_is_no_keepers_site() -> None:
    # No sum, but a notice to the reader about their own boat: the writer keeps no site.
    body = (
        "Mokuleia Harbor Office: your mooring permit has expired. Renew today to avoid removal "
        "of your boat: mokuleia-moorings.com"
    )
    spam, reasons = judged(body, LAGOON)
    assert spam, reasons
    assert "front page" in reasons


def test_a_hyphenated_site_named_after_a_common_word_is_not_the_place() -> None:
    # "Lagoon" is a word of the title, not its place's name: no site is about it by its name.
    assert not named_after_the_item("lagoon-tips.example.com", LAGOON[0], LAGOON[1:], True)


def test_an_offer_to_the_county_is_no_advert() -> None:
    assert offers_to_the_government("Le temple met sa salle à disposition du comté le samedi.")
    assert offers_to_the_government("We would make our hall available to the county for free.")
    assert not offers_to_the_government("Free hall rental for your party, call us today.")
    body = (
        "La mosquée Al-Nour, 22 rue Elm, met gratuitement sa salle à disposition du comté pour "
        "des séances de formation en somali et en arabe. Les samedis matin sont libres. "
        "Appelez l'imam au 555-0177."
    )
    spam, reasons = judged(body, PANTRY)
    assert not spam, reasons
    assert "offer words" not in reasons
