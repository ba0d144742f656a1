"""Session 12: a call to take part in the item is not judged by the words it shares with it.

Every row was written for this file. The residents below were judged spam by main before the
change (relatedness found none of their words in the item's other comments, and their link,
number or channel made that count); the adverts keep their label.
"""

from __future__ import annotations

import pytest

from intake.text.spam.links import find_links
from intake.text.spam.takingpart import link_names_the_item, path_words
from tests.unit.text.spam_judging import judged

FESTIVAL = (
    "Permit 2026-F-12: Lantern Festival in the harbour park, two evenings of street closures "
    "and amplified sound",
    "The noise last year went on past eleven, please set an earlier end to the amplified music.",
    "Street closures hurt our shop on Quay Road, but the crowds make up for it.",
    "Please keep the festival. It is the one event where the whole harbour comes together.",
    "Parking was impossible last year. Run shuttle buses from the stadium lots.",
    "I live above the park and the speakers rattled my windows until midnight. Limit the sound.",
    "Support the permit, but require portable toilets and more bins along the promenade.",
    "The festival brings business to the harbour restaurants; approve it.",
    "Who pays for police overtime and the cleanup? The organisers should.",
)
OVERSIGHT = (
    "Ordinance 2026-91: Creating a civilian police oversight board with subpoena power",
    "An oversight board without subpoena power is toothless. Vote yes.",
    "I worry the board will be political; who appoints its members?",
    "Civilian review works in other cities. The subpoena power is what matters.",
    "Officers deserve due process. Oppose the ordinance as written.",
    "Please make sure the board has an independent budget and its own investigators.",
    "My son was stopped three times last year for nothing. We need oversight.",
    "The police union contract already has a review process; this duplicates it.",
)


@pytest.mark.parametrize(
    ("body", "context"),
    [
        (
            "We need 30 volunteers for the litter crews after dark. Sign up at "
            "https://forms.example.org/lantern-festival-helpers or text Ana at 555-0131. "
            "Free supper for helpers!",
            FESTIVAL,
        ),
        (
            "Se necesitan 30 voluntarios para limpiar cada noche. Inscríbete en "
            "https://forms.example.org/lantern-festival-voluntarios o escribe a Ana al 555-0131. "
            "¡Cena gratis!",
            FESTIVAL,
        ),
        (
            "Harbour Watch posts every council update in our Telegram channel (search "
            "@HarbourWatchGroup). Meeting before the vote: Saturday 6pm, 40 Quay Road. All welcome.",
            OVERSIGHT,
        ),
    ],
)
def test_a_call_to_take_part_is_not_spam(body: str, context: tuple[str, ...]) -> None:
    spam, why = judged(body, context)
    assert not spam, why
    assert "unrelated" not in why


@pytest.mark.parametrize(
    ("body", "context"),
    [
        # A price and a link whose path names the item: it sells.
        (
            "Cheap lanterns and festival costumes 50% off at "
            "https://lanterns-shop.example.com/lantern-sale call 555-0199",
            FESTIVAL,
        ),
        # A meeting with the council's name and a sum to pay: it sells.
        (
            "Join our Telegram channel @cryptosignalsvip for 300% gains! Meeting Saturday 6pm, "
            "council of traders, send $50 to join.",
            OVERSIGHT,
        ),
    ],
)
def test_an_advert_dressed_as_taking_part_is_still_spam(
    body: str, context: tuple[str, ...]
) -> None:
    spam, why = judged(body, context)
    assert spam, why


def test_a_links_path_is_read_as_words_and_its_host_is_not() -> None:
    [link] = find_links("Sign up: https://forms.example.org/lantern-festival_helpers?ref=flyer")
    assert path_words(link) == "lantern festival helpers ref flyer"
    title = FESTIVAL[0]
    assert link_names_the_item([link], title)
    [elsewhere] = find_links("See https://lantern.example.com/volunteer")
    assert not link_names_the_item([elsewhere], title)
    [mail] = find_links("Write to lantern@example.org")
    assert path_words(mail) == ""
