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
from intake.text.spam.corroborate import CERTAIN
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
