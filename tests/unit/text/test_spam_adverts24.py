"""Session 24 (adverts24): a small fee asked up front for papers or a place (papers.py), and a
notice telling the reader their card, account or registration is invalid, incomplete or expires
(notices.py, widened). Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.notices import reader_notice
from intake.text.spam.papers import fee_for_papers, papers_fee_evidence
from tests.unit.text.spam_judging import judged

DEPOT = (
    "Item 9: Lease of the former bus depot on Harlan Street to a logistics company",
    "The depot should stay public land.",
    "Trucks on Harlan at night keep the whole block awake.",
    "Please require a community benefits agreement.",
)


@pytest.mark.parametrize(
    "body",
    [
        # A visa sold for a fee made small, in several languages.
        "Workers wanted for orchards in Canada, $22 an hour, housing included. Visa processing "
        "fee only $380, we do the paperwork. WhatsApp Joel 555-201-4478.",
        "Căutăm 30 de muncitori pentru depozite în Germania, cu viză de muncă. Taxa de dosar "
        "doar 600 $, restul plătește angajatorul. Sunați la 555-311-0987.",
        "Se buscan cocineros para cruceros, visa de trabajo incluida. Cuota de registro de solo "
        "$150. Escriba a reclutamiento@cruceros-empleo.net",
        # A scholarship with its processing fee.
        "Students of Harlan High: the Horizon Foundation awards scholarships of $4,000 to 20 "
        "seniors this spring. Application processing fee just $45: horizon-awards-fund.org",
        # A guaranteed job behind a registration fee, said in Hindi.
        "डिपो में नई लॉजिस्टिक कंपनी को ड्राइवर चाहिए। स्पॉन्सरशिप वाली नौकरी पक्की, "
        "रजिस्ट्रेशन फीस 300 डॉलर। संपर्क करें 555-208-7713",
        # A benefit filed for, for a fee made small.
        "Tenants behind on rent: the state rental assistance fund covers up to four months. We "
        "file your application for you, only a $75 filing fee. Text 555-201-6650.",
        # Student debt forgiven for a one-time fee.
        "You may qualify to have your federal student loans erased under the new loan "
        "forgiveness program. Our team files for you for a one-time $299 fee. Call 555-990-1244.",
    ],
)
def test_a_small_fee_for_papers_or_a_place_is_spam(body: str) -> None:
    spam, why = judged(body, DEPOT)
    assert spam, (body, why)
    assert "a small fee asked for papers or a place" in why, why


@pytest.mark.parametrize(
    "body",
    [
        # A resident who paid a real fee, in the first person.
        "I paid the $205 visa fee for my mother's visit and waited four months. The depot lease "
        "won't change that. Call me at 555-201-3390 if you want the consulate's advice.",
        # A warning.
        "Heads up: people on Facebook are offering guaranteed jobs at the new depot with a visa "
        "sponsorship for a registration fee of only $300. Do not pay anyone. 555-201-0000 is "
        "the city's hotline.",
        # A fee billed by the month.
        "The depot's scholarship fund charges members only $10 a month and gave out $12,000 "
        "last year. Details at harlan-fund.org",
        # A real scholarship, with no fee asked of the reader.
        "The Harlan Rotary scholarship gives $2,000 to a senior each year, no fee to apply. "
        "Ask at the library desk, 555-201-4400.",
    ],
)
def test_a_fee_spoken_of_by_residents_is_not_read(body: str) -> None:
    assert fee_for_papers(body) is None, body


def test_a_fee_for_papers_needs_a_way_to_reach() -> None:
    body = (
        "Workers wanted for orchards in Canada, $22 an hour. Visa processing fee only $380, "
        "we do the paperwork."
    )
    assert fee_for_papers(body) is not None
    assert papers_fee_evidence(body, reachable=False) == []


@pytest.mark.parametrize(
    "body",
    [
        # The thing three words after "your".
        "Harlan County eServices: your Vehicle Registration Renewal record is incomplete and "
        "will be cancelled. Confirm today: harlan-eservices-renew.info",
        # Hindi "your" before the thing, and the card said to become invalid.
        "पासपोर्ट सेवा सूचना: आपका पासपोर्ट 15 जनवरी के बाद अमान्य हो जाएगा। तुरंत नवीनीकरण करें: "
        "passport-seva-renew.info/apply",
        # The reader's card declared invalid, in Spanish.
        "Aviso del DMV: su licencia de conducir es inválida desde hoy. Actualice sus datos en "
        "dmv-actualizacion.info",
    ],
)
def test_a_notice_that_the_readers_thing_is_invalid_or_incomplete_is_read(body: str) -> None:
    assert reader_notice(body) is not None, body
    _, why = judged(body, DEPOT)
    assert "a notice to the reader" in why, why


@pytest.mark.parametrize(
    "body",
    [
        "I got a text saying my registration is incomplete and will be cancelled. Fake, the "
        "county never texts. See https://example.org/alerts",
        "Your staff said the depot permit application was incomplete. Residents deserve the "
        "full file: https://example.org/depot",
        "मेरा कार्ड अमान्य हो गया था, पर दफ़्तर ने तुरंत ठीक किया। https://example.org",
    ],
)
def test_residents_speaking_of_an_invalid_or_incomplete_thing_are_not_read(body: str) -> None:
    assert reader_notice(body) is None, body


def test_a_guarantee_denied_makes_nothing_sure() -> None:
    body = (
        "The work permit fee is $520 and there is no guarantee it comes in time for the depot "
        "jobs. Legal aid can help with forms: 555-201-7781."
    )
    assert fee_for_papers(body) is None
