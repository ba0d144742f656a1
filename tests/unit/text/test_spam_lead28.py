"""Session 28 (lead): the starter model's certainty is not corroborated by an event's contact.

The starter model, retrained on the spent sets with -48 and -49, reads an invented church's
invitation to a hurricane meeting in Chinese at p=0.9997, past ``starter_certain_probability``;
its contact person's number then corroborated it (+0.30) and the resident was spam at 0.703.
A text that hosts an event on a day or at an hour gives the event's contact, so the starter's
certainty is not said there; an advert the starter is as sure of, with a number, still is.
"""

from __future__ import annotations

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.contacts import named_pages
from intake.text.spam.corroborate import CERTAIN
from intake.text.spam.describedpitch import described_offer_evidence
from intake.text.spam.learned import LearnedModel
from intake.text.spam.scoring import learned_evidence
from intake.text.spam.starter import starter_model

S = SpamSettings()
CHURCH = (
    "华人教会本周六下午两点在教会大厅举办防飓风说明会，免费，欢迎带朋友来。"
    "联系人：王弟兄 228-555-0172。"
)
INVOICES = "代开各类发票，增值税票据当天出，价格最低，电话 139-5550-0188 李经理"


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    found = starter_model()
    assert found is not None, "the starter model ships with the package"
    return found


def test_a_church_meeting_with_its_contact_is_no_starter_certainty(model: LearnedModel) -> None:
    (evidence,) = learned_evidence(CHURCH, model, S)
    assert CERTAIN not in evidence.detail
    assert not score(CHURCH, Behaviour(), S, model).is_spam


def test_an_advert_the_starter_is_sure_of_is_still_corroborated_by_its_number(
    model: LearnedModel,
) -> None:
    (evidence,) = learned_evidence(INVOICES, model, S)
    assert CERTAIN in evidence.detail
    verdict = score(INVOICES, Behaviour(), S, model)
    assert verdict.is_spam
    assert any(r.startswith("corroborated: the starter model") for r in verdict.reasons)


def test_a_sum_beside_a_page_named_on_whatsapp_is_no_sellers_terms() -> None:
    """An app named by its look takes any sum as the pitch (spend28a); a page named to look up
    does not (spend28b: the price in a seller's words). "WhatsApp" holds "app", which once let
    the first reading's sum stand for the second's pitch."""
    text = "Tamales for the festival, $3 each. Search Rosa Tamales Linden on WhatsApp."
    pages = named_pages(text)
    assert pages
    assert described_offer_evidence(text, S, False, pages) == []


def test_a_sum_beside_an_app_named_by_its_look_is_still_the_pitch() -> None:
    text = "Skip bins from $180 a week. Look for Kanooka Mini Skips on the blue app and message us."
    assert described_offer_evidence(text, S, False, named_pages(text)) != []
