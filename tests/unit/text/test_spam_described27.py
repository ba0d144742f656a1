"""Session 27 (described27): a contact described, not written, beside a seller's pitch.

An e-mail told as "name at provider dot ending", an account on a network told with a spelled
mark in its name, an account told as a name plus something, each beside a term of trade or the
price in a seller's words (:mod:`describedpitch`), and more of a seller's words for the price
beside a hidden contact ("cheaper than", "they are cheap", "a fifth of what a firm charges",
"no long contract": :mod:`hiddenpitch`). Residents who give their club's page, spell their own
e-mail or name a price stay ham: the rule needs both the described contact and the pitch.

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.describedpitch import described_contact
from intake.text.spam.hiddenpitch import price_in_a_sellers_words
from tests.unit.text.spam_judging import judged

#: The item and its first comments (enough of them for relatedness to be judged).
HARBOR = (
    "Resolution 2027-14: a winter market in the harbor lot and new rules for food trucks",
    "A winter market would bring people downtown when the shops need it most.",
    "Food trucks should pay the same fees as the restaurants on Front Street.",
    "Where will the vendors plug in? The harbor lot has no power in winter.",
    "Please keep the lot open for parking on weekdays, the ferry riders need it.",
    "I would sell my quilts at a winter market if the stall fee is low.",
    "Will there be a shared kitchen for vendors who cook on site?",
    "The market should close by nine, the apartments over the lot are close.",
)

SPAM = [
    # An e-mail told in words, two words on its provider's side, a first order half off.
    "Vendors will need warm gloves for the harbor lot. We knit wool liners in bulk, first "
    "order half off. Email northwool knits at harbor post dot cc with your sizes.",
    # An e-mail told in words beside a term: free samples.
    "The winter market needs heaters. Our company leases patio heaters to vendors with free "
    "delivery. Write to heatlease at mailbox dot co for the list.",
    # Spanish: an e-mail with "arroba" and "punto", a special price.
    "Para los vendedores del mercado de invierno, rentamos carpas con calefacción a precio "
    "especial. Escriban a carpasnorte arroba correo punto cc.",
    # An account on Instagram with a spelled dot, a fair price.
    "My sister bakes hand pies for the winter market crowd at a fair price. She is on insta "
    "as pielady dot harbor, just message her.",
    # An account told as a name plus a number, on KakaoTalk, a group price.
    "Vendors who need a shared kitchen: we rent prep stations by the hour at a group price. "
    "My Kakao ID is my name plus 77, Minji.",
    # An account told as the word and the town, no contract.
    "Food trucks need a commissary for the permit. We rent cold storage and prep space, no "
    "long contract. Search the word prepdock plus the town name on Instagram and DM us.",
    # A hidden address beside a price said to be cheaper than others'.
    "Vendors, the fire code will ask for extinguisher tags. A friend inspects them for a third "
    "of what the big firms charge: tagcheck at fireready-harbor dot com.",
]

RESIDENTS = [
    # A church giving its Facebook page for a dinner, a price in figures.
    "St. Brendan's will run a soup stall at the winter market, $5 a bowl for the food pantry. "
    "Look us up on Facebook, St Brendan Harbor Parish, for the schedule.",
    # A club's page with a fee named, in Spanish.
    "El club de jubilados quiere un puesto en el mercado. La cuota es de $10. Búsquennos en "
    "Facebook como Club Jubilados del Puerto.",
    # A resident spelling her own e-mail against robots, no pitch.
    "I can help translate the vendor rules into Vietnamese. Email me at lan nguyen at gmail "
    "dot com, I volunteer on weekends.",
    # A quilter (a seller) who writes her account plainly and a price.
    "I would rent a stall if the fee is fair. My quilts are on Instagram @harborquilts, "
    "$80 each, all made on Birch Lane.",
    # A resident who says a stall fee should be a fair price, and spells the city's e-mail.
    "A fair price for a stall is under $40 a day. Send comments to clerk at harbor city dot "
    "gov before Friday.",
    # A Polish parish's page, the event free.
    "Parafia św. Jana zaprasza na wigilię przy targu, wstęp wolny. Szukajcie nas na Facebooku: "
    "Parafia Jana Harbor.",
    # A PTA: my name plus the school, to find the group.
    "Parents who want to volunteer at the PTA's cocoa stall at the winter market: the "
    "WhatsApp group is my name plus Lincoln, ask Dana. Cocoa at the market is $1 a cup.",
    # A resident warning of a scam that used a described e-mail and a discount.
    "Beware: a scam asked vendors to pay a deposit for 50% off stalls, writing to stalls at "
    "harbor market dot cc. The city never e-mails like that.",
]


@pytest.mark.parametrize("body", SPAM)
def test_a_contact_described_beside_a_pitch_is_spam(body: str) -> None:
    spam, why = judged(body, HARBOR)
    assert spam, why


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_who_give_a_page_or_spell_an_email_stay_ham(body: str) -> None:
    spam, why = judged(body, HARBOR)
    assert not spam, why


def test_the_described_contacts_read() -> None:
    assert described_contact("email northwool knits at harbor post dot cc") is not None
    assert described_contact("on insta as pielady dot harbor") is not None
    assert described_contact("my Kakao ID is my name plus 77") is not None
    assert described_contact("mi usuario es mi nombre más 77") is not None
    assert described_contact("meet at Elm Park dot 5") is None
    assert described_contact("Mass at St Anne's, then coffee") is None
    assert described_contact("send us your name plus your address") is None
    assert described_contact("write to clerk at harbor city dot gov") is None


def test_more_of_a_sellers_words_for_the_price() -> None:
    assert price_in_a_sellers_words("cheaper than new vents") == ["cheaper than"]
    assert price_in_a_sellers_words("they are cheap") == ["they are cheap"]
    assert price_in_a_sellers_words("for a fifth of what a firm charges") != []
    assert price_in_a_sellers_words("no long contract") == ["no long contract"]
    assert price_in_a_sellers_words("the cheap seats were full") == []
