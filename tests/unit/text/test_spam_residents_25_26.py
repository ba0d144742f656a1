"""Session 16 (round 24): residents the spent sets `spam-heldout-25` and `-26` showed flagged.

* a group's web address drops a word of its name ("Asociación Cultural Boliviana" at
  asociacionboliviana...): the comment names the site, and its link's path names the item;
* "post" as a verb ("please post a warning") and a site named by its address's ending ("a .xyz
  website") are not a text written to a blog's owner;
* the item's own words are never offer words, in another form of the word ("freeze" on
  "Freezing ... fares"), and the title's acronym ("TRA") relates a comment although content
  terms drop it as a common word of another language ("tra" is Italian for "between").

Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam.closing import asks_in_first_person
from intake.text.spam.linkshape import _named_in
from intake.text.spam.pitchwords import offer_words
from intake.text.spam.webpitch import web_words
from tests.unit.text.spam_judging import judged

FESTIVAL = (
    "Resolution 88: closing Harbor Street between 3rd and 9th on the first Sunday of each "
    "month for the Harbor Lantern Festival",
    "Gosto muito do festival, mas faltam banheiros perto da escola e o barulho vai até tarde.",
    "Mwen ta renmen vann manje nan festival la. Kijan pou m aplike pou yon espas?",
    "Please make sure the buses are rerouted early, my mother waits at the stop on Harbor.",
)
FARES = (
    "Resolution 2027-31: Freezing Lakeshore Regional Transit (LRT) bus and paratransit fares at "
    "2027 levels",
    "My daughter rides the paratransit van to dialysis three times a week, keep it cheap.",
    "The routes need more drivers before anything else, the 14 is always late.",
    "Students already struggle with tuition and rent, I support the resolution.",
    "Service got worse on the east side while the council argued about budgets.",
)
SHUTTERS = (
    "Resolution 61: a $140 flat permit and inspection fee for installing hurricane shutters",
    "The fee is fair if the inspections actually happen within a week of the request.",
    "Contractors will pass the $140 to homeowners, seniors on fixed incomes will feel it.",
    "Please publish the inspection checklist in Spanish and Creole as well as English.",
    "I installed accordion shutters in 2019 and no one told me a permit was needed.",
)


def test_a_group_address_may_drop_a_word_of_its_name() -> None:
    assert _named_in("asociacionboliviana", "La Asociación Cultural Boliviana de Puerto Claro")
    assert _named_in("rosasbakery", "I own Rosa's Bakery")  # as before
    # The first word is never the one left out, and the rest must spell the whole name.
    assert not _named_in("asociacionboliviana", "Cultural Boliviana de Puerto Claro")
    assert not _named_in("asociacionboliviana", "La Asociación Cultural de Bolivia")


def test_a_festival_group_linking_its_festival_page_is_not_an_advert() -> None:
    body = (
        "La Asociación Cultural Boliviana de Puerto Claro estará con danzas de caporales y "
        "venta de salteñas y api. Los esperamos a todos. Más detalles: "
        "asociacionboliviana.example.org/festival"
    )
    spam, why = judged(body, FESTIVAL)
    assert not spam, why


def test_a_tent_rental_advert_on_the_festival_is_still_caught() -> None:
    body = (
        "Alquiler de carpas, sillas y luces para su puesto, precios bajos y envío gratis a "
        "domicilio. WhatsApp +1 305 555 0199 o visite carpasfiesta.example.com"
    )
    spam, why = judged(body, FESTIVAL)
    assert spam, why


def test_post_as_a_verb_and_a_site_named_by_its_ending_are_no_web_words() -> None:
    assert web_words("Please post a warning on the homepage. The link goes to a .xyz site.") == []
    assert web_words("She was told to pay at a .shop website, not the city's site.") == []
    # Bot praise names a post, a website: still read.
    assert web_words("Great post, I will bookmark your website") == ["post", "website"]
    assert web_words("This post is a really well written article") == ["post", "article"]


def test_residents_warning_of_scams_are_not_written_to_a_blog() -> None:
    for body in (
        "Heads up: my neighbour who sells tamales got a text saying her 'stall was APPROVED' "
        "and she had to pay $60 at a .shop website. The real form is on the county's site and "
        "you pay at the clerk's window. Tell everyone.",
        "Careful: I got a message reading 'Final notice: your account is LOCKED, pay $95 today'. "
        "I never opened any account. The link goes to a .xyz site, the real one ends in .gov. "
        "Please post a warning on the homepage.",
    ):
        spam, why = judged(body, SHUTTERS)
        assert not spam, why


def test_a_pitch_to_the_site_owner_is_still_caught() -> None:
    body = (
        "Hello, I came across your website and noticed your blog pages load slowly and rank "
        "nowhere on Google. I can rebuild the site for just $299 with a free audit first."
    )
    spam, why = judged(body, SHUTTERS)
    assert spam, why


def test_the_item_s_own_word_is_no_offer_word() -> None:
    title = FARES[0]
    assert offer_words("A freeze helps my customers, free coffee for riders", title) == ["free"]
    assert relatedness.title_acronyms_named("call if the LRT wants", title) == 1
    assert relatedness.title_acronyms_named("lrt, 2027", title) == 0  # neither caps nor figures


def test_a_shop_owner_supporting_the_fare_freeze_is_not_an_advert() -> None:
    body = (
        "I run Kettle & Crumb by the Dockside LRT station. Most of my breakfast crowd comes off "
        "the bus. A freeze helps them and it helps me. If it passes we'll give a free muffin "
        "with an LRT monthly pass in March, call 555-0148 if the LRT wants to co-promote. "
        "kettlecrumb.example.com"
    )
    spam, why = judged(body, FARES)
    assert not spam, why


def test_an_advert_on_the_fare_item_is_still_caught() -> None:
    body = (
        "Cheap car insurance, no credit check, instant approval and free quotes in 5 minutes. "
        "Call 555-0177 or visit insurefast-now.example.net"
    )
    spam, why = judged(body, FARES)
    assert spam, why


SIGNS = (
    "By-law 2027-12 / Règlement 2027-12: Commercial signs in Port-Aubin, French text to be "
    "predominant, other languages permitted",
    "Mon affiche est déjà bilingue, je ne vois pas pourquoi changer la taille des lettres.",
    "Les petits commerces n'ont pas les moyens de refaire leurs enseignes cette année.",
    "Le français doit être visible, mais laissez les autres langues sur les vitrines.",
    "Combien de temps aurons-nous pour nous conformer au nouveau règlement ?",
    "Je suis d'accord avec le règlement, les enseignes en anglais seulement me dérangent.",
)


def test_a_question_in_the_first_person_is_asked_not_sold() -> None:
    assert asks_in_first_person("Est-ce que je devrai la franciser ? Merci.")
    assert asks_in_first_person("Will I have to change the sign? Thanks.")
    assert not asks_in_first_person("Got a ticket? Don't pay it! Call us.")
    assert not asks_in_first_person("Worried about your basement? We fix it.")


def test_a_shop_owner_asking_about_her_trademark_is_not_an_advert() -> None:
    body = (
        "Mon salon de thé s'appelle « Honey Bee Tea Room » depuis 2011, c'est une marque "
        "déposée. Est-ce que je devrai la traduire ? Le règlement ne parle pas des marques de "
        "commerce. J'ai besoin d'une réponse claire avant d'investir. — Louise Gagnon, "
        "louise.gagnon@example.com"
    )
    spam, why = judged(body, SIGNS)
    assert not spam, why
