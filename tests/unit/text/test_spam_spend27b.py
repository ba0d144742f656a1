"""Session 27 (spend27b): the shapes of `-47`'s misses and its two flagged residents, in other
words and other languages.

Every text here was written for this file. Residents: a business owner who states their side on
the item with its reason in one sentence ("Apoyo este programa porque ...") and offers free
advice with a phone, in a language nobody on the item wrote in; a union, a college or a food
bank inviting to an open house or a training, "no experience needed", with a phone and an
e-mail. Spam: a payment account told in pieces or searched for, a web address spelled letter by
letter, a bare address with a path, a private invitation to one named person, a free thing with
a fee to deliver it paid by card, an investment kept to referrals. Residents write the nearest
legitimate shape of each and are left alone.
"""

from __future__ import annotations

import pytest

from tests.unit.text.spam_judging import judged

#: An English item on a water rebate, with its residents.
REBATE = (
    "Item 7: Adding a city match to the regional turf-replacement rebate for front yards",
    "The rebate should cover the cost of removing the grass, not just the new plants.",
    "I replaced my lawn last year and my water bill dropped by a third.",
    "Please make sure renters can apply too, not only homeowners.",
    "How long does the inspection take before the city pays the rebate?",
    "Drip irrigation should be required, or the new plants will die in July.",
    "I oppose spending general fund money on private yards while the parks go brown.",
)

#: Business owners who state their side with its reason, then offer free advice and a phone.
OWNERS = {
    "Vietnamese bike shop": "Gia đình tôi có một tiệm sửa xe đạp nhỏ gần công viên Mesa. "
    "Chúng tôi ủng hộ chương trình này vì nó giúp các gia đình tiết kiệm nước và giúp các cửa "
    "hàng nhỏ như chúng tôi. Ai cần tư vấn chọn cây và tưới nhỏ giọt miễn phí cứ ghé qua hoặc "
    "gọi 555-0142.",
    "Spanish nursery": "Tengo un vivero pequeño en la calle Ocotillo, con plantas del desierto. "
    "Apoyo este programa porque ayuda a las familias a ahorrar agua y a negocios pequeños como "
    "el nuestro. Si alguien necesita consejos gratis para escoger plantas, pase o llame al "
    "555-0186.",
    "French nursery": "Je tiens une petite pépinière rue des Acacias, spécialisée en plantes "
    "qui résistent à la sécheresse. Je soutiens ce programme, car il aide les familles à "
    "économiser l'eau et les petits commerces comme le nôtre. Conseils gratuits pour choisir "
    "vos plantes : passez nous voir ou appelez le 555-0173.",
}


@pytest.mark.parametrize("name", sorted(OWNERS))
def test_an_owner_who_states_a_side_with_its_reason_is_left_alone(name: str) -> None:
    """Session 27: the side stated in the head of a sentence that goes on with its reason
    ("vì", "porque", "car") is a position, however long the sentence: the text takes part in
    the item, in whatever language it is written."""
    spam, reasons = judged(OWNERS[name], REBATE)
    assert not spam, reasons


#: An item on a solar project, for invitations to train for its jobs.
SOLAR = (
    "Item 3: Development agreement for the Sunmesa solar and battery project on BLM land",
    "The project will bring construction jobs, but will they go to local workers?",
    "I worry about the dust from grading the desert during the summer winds.",
    "Please require a project labor agreement so the jobs pay a living wage.",
    "Who pays to remove the panels when the lease ends?",
)

INVITATIONS = {
    "union apprenticeship": "Ironworkers Local 4471 backs a project labor agreement for this "
    "work. Our apprenticeship open house is on Saturday, March 14, 10 a.m. to 1 p.m., at 2200 "
    "Foundry Lane. Free, no experience needed, bring your questions. Info: (555) 014-2231, "
    "apprentice@example.org",
    "college training, Spanish": "El colegio comunitario ofrece un taller sobre instalación de "
    "paneles solares el sábado 21 de marzo a las 9 de la mañana, en el edificio B. Es gratis y "
    "sin experiencia previa. Informes: 555-0157, taller@example.edu",
    "food bank volunteers, Tagalog": "Ang food bank sa Mesa Road ay naghahanap ng volunteers "
    "para sa Sabado, Marso 28, alas-8 ng umaga. Libre ang tanghalian, walang experience na "
    "kailangan. Tumawag sa 555-0164 o mag-email sa volunteer@example.org",
}


@pytest.mark.parametrize("name", sorted(INVITATIONS))
def test_no_experience_needed_without_pay_is_not_a_job_lure(name: str) -> None:
    """Session 27: "no experience needed" beside a date, an hour, an address and a phone is a
    training's or an open house's; the job lure names the pay it promises."""
    spam, reasons = judged(INVITATIONS[name], SOLAR)
    assert "pay by the time promised" not in reasons
    assert not spam, reasons


def test_no_experience_beside_pay_is_still_a_job_lure() -> None:
    """The lure that names its pay is read as before."""
    text = "Cần người làm tại nhà, thu nhập 300-800 USD/tuần, không cần kinh nghiệm. Zalo 555-0190"
    spam, reasons = judged(text, SOLAR)
    assert spam and "pay by the time promised" in reasons, reasons


#: An item on a homeless navigation center, where fundraisers are residents' shape too.
CENTER = (
    "Item 9: Siting a homeless navigation center on Desert Inn Road",
    "People are sleeping in the wash behind my street, we need the center.",
    "The center should not be next to the elementary school.",
    "Outreach workers from the county already come on Tuesdays; the center gives them a door.",
    "Who will run it, and how many beds will it have?",
)

PIECES = {
    "English, dollar sign in words": "Whatever the council votes, it will freeze this weekend "
    "and people are out by the wash. A few of us bring coats and hot soup every Sunday. We "
    "are just neighbors, no website. Every bit helps: Cash App, dollar sign, DesertWarmth88.",
    "Spanish, word then number": "Pase lo que pase con el centro, esta semana va a helar. "
    "Nuestro grupo de la iglesia reparte cobijas los sábados. Si quiere ayudar, nuestro Cash "
    "App es la palabra cobijas seguida de LV y el número 12. Dios les bendiga.",
}


@pytest.mark.parametrize("name", sorted(PIECES))
def test_a_payment_account_told_in_pieces_is_spam(name: str) -> None:
    spam, reasons = judged(PIECES[name], CENTER)
    assert spam and "told in pieces" in reasons, reasons


ONE_WORD_BESIDE_AN_APP = {
    "PTA raffle": "Tickets for the PTA raffle are $5. Pay by Venmo to @OakPTA followed by your "
    "child's name in the note, so we know whose ticket it is.",
    "club dues": "You can pay the garden club dues with Zelle, then the number of your plot in "
    "the memo. The center's garden beds would be a good place for a second club.",
    "market talk": "Cash App is the word I hear at every booth, nobody carries cash at the "
    "market anymore. The center should take cards at its snack window.",
    "bake sale": "Venmo or Zelle accepted at the bake sale for the center, the word is out, "
    "come early!",
}


@pytest.mark.parametrize("name", sorted(ONE_WORD_BESIDE_AN_APP))
def test_one_word_of_a_description_beside_an_app_tells_no_account(name: str) -> None:
    """The lead, session 27: "followed by", "then the number" or "the word" once beside a
    payment app is what residents write; an account told in pieces names its "$" or tells two
    pieces."""
    spam, reasons = judged(ONE_WORD_BESIDE_AN_APP[name], CENTER)
    assert "told in pieces" not in reasons and not spam, reasons


NEIGHBOURS_FUNDRAISING = {
    "written cashtag": "Our church hands out blankets on Sundays behind the casino. If you want "
    "to help, donations go straight to the pantry fund: Cash App $DesertPantry.",
    "Venmo searched for the PTA": "The PTA is collecting winter coats for kids at Sunrise "
    "Elementary. Drop them at the office, or search 'Sunrise PTA' on Venmo to chip in.",
    "warning": "Beware: someone is posting 'send to Cash App dollar sign HelpTheCenter' on the "
    "neighborhood page. It is a scam, the county never asks for that.",
}


@pytest.mark.parametrize("name", sorted(NEIGHBOURS_FUNDRAISING))
def test_neighbours_raising_money_by_app_are_left_alone(name: str) -> None:
    """A handle written as the app shows it, an account searched for alone, and a warning
    quoting the ask are residents' shapes."""
    spam, reasons = judged(NEIGHBOURS_FUNDRAISING[name], CENTER)
    assert not spam, reasons


def test_an_account_searched_for_counts_with_other_evidence() -> None:
    text = "Send what you can on Zelle to 'Hope Kitchen Vegas', we have no website. Text 555-0133."
    _, reasons = judged(text, CENTER)
    assert "payment account to search for" in reasons, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Cheap pills, no doctor: r.x-p.h.a.r.m.a . n.e.t",
        "W3IGHT L0SS P1LLS 70% off at s.l.i.m-f.a.s.t . c.o.m",
    ],
)
def test_an_address_spelled_letter_by_letter_counts(text: str) -> None:
    _, reasons = judged(text, CENTER)
    assert "spelled letter by letter" in reasons, reasons


@pytest.mark.parametrize("text", ["qk.lnk/7Hd2Lq", "go.vgs/Ab3x9"])
def test_a_bare_address_with_a_path_is_spam(text: str) -> None:
    spam, reasons = judged(text, CENTER)
    assert spam, reasons


@pytest.mark.parametrize(
    "text",
    [
        "See Section 4.b/2a of the staff report.",
        "Version 2.1/beta of the map is wrong.",
        "U.S.A. and N.A.A.C.P. co-signed the letter.",
    ],
)
def test_a_resident_citing_a_section_is_left_alone(text: str) -> None:
    spam, reasons = judged(text, CENTER)
    assert not spam, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Hi Marcus, it's Dana from the cleanup on Saturday, are we still on for drinks Friday? 🙂",
        "Hola Marta, soy Lucía del taller de jardinería, ¿todavía quieres tomar un café esta "
        "semana?",
    ],
)
def test_a_private_invitation_to_a_named_stranger_is_spam(text: str) -> None:
    spam, reasons = judged(text, CENTER)
    assert spam and "invitation to one named person" in reasons, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Hi Karen, it's Jessica from the tree planting day. I agree with you about the oaks, "
        "will you speak at Tuesday's hearing?",
        "Hi Sam, this is Priya from the PTA, can the council hold the coffee hour at the library?",
    ],
)
def test_a_neighbour_answering_another_by_name_is_left_alone(text: str) -> None:
    spam, reasons = judged(text, CENTER)
    assert not spam, reasons


def test_a_free_thing_with_a_delivery_fee_paid_by_card_is_spam() -> None:
    text = (
        "DESERT SPRINGS WATER SMART PROGRAM: every household qualifies for a FREE smart "
        "sprinkler controller! Just $7.99 shipping. Claim yours with your card today: "
        "ds-watersmart.org"
    )
    spam, reasons = judged(text, REBATE)
    assert spam and "fee to deliver it" in reasons, reasons


def test_a_neighbour_telling_of_free_mulch_with_a_delivery_fee_is_left_alone() -> None:
    text = (
        "The county gives free mulch at the landfill on Saturdays. Delivery is $25 if you "
        "can't haul it, call 311 to set it up."
    )
    spam, reasons = judged(text, REBATE)
    assert not spam, reasons


SECRETS = {
    "English fund": "Everyone asks what Sunmesa does for us. My wife and I joined a community "
    "fund that owns a slice of the battery site, paying 12% a year. The manager only takes "
    "people by referral, so if you're interested, send a note to mesa fund at proton.",
    "Spanish stocks": "Mientras se discute el proyecto, yo invierto en las acciones de la "
    "empresa con un grupo de paisanos y el rendimiento ha sido del 15% al mes. Solo por "
    "recomendación, cupos limitados. Escríbanme y les paso el contacto.",
    "Vietnamese group": "Tôi đầu tư theo một nhóm người Việt ở Las Vegas, lợi nhuận mỗi tháng "
    "rất tốt. Nhóm không quảng cáo, chỉ nhận qua giới thiệu. Ai muốn tham gia liên hệ tôi.",
}


@pytest.mark.parametrize("name", sorted(SECRETS))
def test_an_investment_kept_to_referrals_is_spam(name: str) -> None:
    spam, reasons = judged(SECRETS[name], SOLAR)
    assert spam and "kept to referrals" in reasons, reasons


RESIDENTS_ON_RETURNS = {
    "warning": "A man at the library said the Sunmesa fund only takes people by referral and "
    "pays 14% a year. That is a scam, the developer sells no shares to residents.",
    "plumber": "Our plumber doesn't advertise, he works by word of mouth, and he did our "
    "drip lines for a fair price. Ask me at the hearing if you want his name.",
    "argument": "The developer will earn a 9% return on the lease while the county gets "
    "nothing. The meeting with investors was not advertised either.",
}


@pytest.mark.parametrize("name", sorted(RESIDENTS_ON_RETURNS))
def test_residents_who_write_of_returns_or_referrals_are_left_alone(name: str) -> None:
    spam, reasons = judged(RESIDENTS_ON_RETURNS[name], SOLAR)
    assert not spam, reasons


def test_a_sign_up_bonus_through_the_writers_referral_is_spam() -> None:
    text = (
        "The shuttle lot is a good idea, I deliver food every game day and parking is a mess. "
        "If you want to deliver too, the sign-up bonus is $800 after 50 orders, but only with a "
        "referral. Mine is in my profile."
    )
    spam, reasons = judged(text, SOLAR)
    assert spam and "referral" in reasons, reasons


def test_a_resident_writing_of_a_referral_for_a_program_is_left_alone() -> None:
    text = (
        "Rent help from the county is only given through a referral from a caseworker, and the "
        "wait is six weeks. The council should fund more caseworkers before the project starts."
    )
    spam, reasons = judged(text, SOLAR)
    assert not spam, reasons
