"""Session 16, round 24: a pitch written to the owner of the website or of a business ("I
noticed your site is not ranking ... Reply for a free audit", "Dear Business Owner, we help ...
quick call?", "we have verified email lists ... Reply for pricing"), in several languages, and
the residents who write of a website, a business or an offer of help, kept apart. Every row
here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.ownerpitch import owner_pitch
from tests.unit.text.spam_judging import judged

LIBRARY = (
    "Item 2026-418: Sunday opening hours at the Westbrook branch library",
    "Please keep the branch open on Sundays, it is the only quiet place to study.",
    "Sunday staffing costs overtime; the budget memo says about forty thousand a year.",
    "Families with young kids use the Sunday story time more than any other day.",
    "Could volunteers help shelve books so staff are freed for the desk?",
    "The bus does not run early on Sundays so noon opening makes more sense.",
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi, I had a look at your website and it does not show up on Google for the searches "
        'that matter, like "westbrook branch library". We can get your site to page one in 45 '
        "days. Reply for a free audit. Cheers, Tom | TopRank Media",
        "Hello, I'm a freelance web designer. Your site looks dated and loads slowly on phones. "
        "I can rebuild it at a low price. Can I send you a few examples? Reply to this message.",
        "Dear Business Owner, we help small companies win more customers with Facebook and "
        "Google campaigns. Our clients double their leads in 90 days. Would you be open to a "
        "short call on Thursday? Reply YES.",
        "Hello Sir/Madam, we are a leading manufacturer of LED street lamps in Shenzhen. "
        "Factory price, OEM welcome. Please contact export7@lamps-example.cn for the catalogue.",
        "We have verified email lists of 30,000 school principals and 80,000 dentists. 97% "
        "deliverability. Reply for pricing and a free sample of 300 contacts.",
        "Bonjour, votre site n'apparaît pas dans les premiers résultats de Google. Je peux "
        "vous placer en tête en 60 jours. Répondez OUI pour un audit gratuit.",
        "Hola, revisé su sitio web y no aparece en Google para búsquedas importantes. Podemos "
        "ponerlo en la primera página en 30 días. Responda a este mensaje para una auditoría "
        "gratuita.",
        "Olá, vi o seu site e ele não aparece no Google para as buscas principais. Podemos "
        "colocar sua empresa na primeira página em 30 dias. Responda SIM para uma auditoria "
        "gratis.",
        "Hallo, Ihre Website erscheint nicht auf der ersten Seite bei Google. Wir können das "
        "in 30 Tagen ändern. Antworten Sie einfach für eine kostenlose Analyse.",
    ],
)
def test_a_pitch_to_the_owner_of_a_site_or_business_is_spam(body: str) -> None:
    spam, why = judged(body, LIBRARY)
    assert spam, (body, why)
    assert "pitch to the owner" in why, why


@pytest.mark.parametrize(
    "body",
    [
        # a resident complaining about the city's website
        "Your website is impossible on a phone, I could not find the Sunday hours anywhere. "
        "Please fix it before the vote.",
        "I tried to reply on your website but the form kept failing. Let me know where to send "
        "comments about the library hours.",
        # a local web designer volunteering to help the city
        "I'm a web designer who lives two blocks from the branch. I can help the city redo the "
        "library site for free, the Sunday hours are buried. Contact me through the clerk.",
        # a business owner speaking of their own customers
        "I run the cafe across from the branch. My customers come in after story time on "
        "Sundays; closing the library would hurt my business. Let me know if I can help.",
        # a resident answering a neighbour who owns a shop
        "Maria, your shop will do fine either way, but we can help staff the Sunday desk. "
        "Let me know if you want to join the volunteers.",
    ],
)
def test_residents_speaking_of_a_website_or_a_business_are_not_spam(body: str) -> None:
    spam, why = judged(body, LIBRARY)
    assert not spam, (body, why)


def test_the_pitch_needs_an_address_an_offer_and_an_ask() -> None:
    full = (
        "Hi, I noticed your website is not ranking on Google. We can fix that in 30 days. "
        "Reply for a free audit."
    )
    assert owner_pitch(full, LIBRARY) is not None
    no_ask = "Hi, I noticed your website is not ranking on Google. We can fix that in 30 days."
    assert owner_pitch(no_ask, LIBRARY) is None
    no_offer = "Hi, I noticed your website is not ranking on Google. Reply when you read this."
    assert owner_pitch(no_offer, LIBRARY) is None


def test_a_pitch_that_speaks_of_the_item_is_left_to_the_other_signals() -> None:
    body = (
        "Hi, I noticed your website says nothing about the Sunday library hours. We can fix "
        "that in a week. Reply for a free audit."
    )
    assert owner_pitch(body, LIBRARY) is None
