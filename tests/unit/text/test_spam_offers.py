"""Spam signals added for issue 14 item 6, round 3: offers in any language, phone numbers in any
country's format, links to shorteners and domains spam favours, a citation is not a pitch, and
noise in scripts the letter model does not know. Each test fails on the engine before them."""

from __future__ import annotations

import json

from intake.text.spam import Behaviour, SpamSettings, score
from tests.paths import FIXTURES

from .test_spam_generalising import LIBRARY_CONTEXT

S = SpamSettings()
NONE = Behaviour()
ON_LIBRARY = Behaviour(item_context=LIBRARY_CONTEXT)


def reasons(body: str, behaviour: Behaviour = NONE) -> str:
    return " | ".join(score(body, behaviour, S).reasons)


def test_a_short_offer_with_a_contact_unrelated_to_the_item_is_spam_in_any_language() -> None:
    for body in (
        "Gana 500 dólares diarios desde casa, escríbeme al +52 55 1234 5678",
        "Crédit rapide sans justificatif jusqu'à 10 000 €, écrivez à credit.express@example.biz",
        "Кредит наличными за 15 минут, ставка от 3%. Пишите в Telegram @bystro_dengi",
    ):
        verdict = score(body, ON_LIBRARY, S)
        assert verdict.is_spam, verdict.reasons
        assert any(r.startswith("offer: ") for r in verdict.reasons)
        assert any(r.startswith("unrelated to the item") for r in verdict.reasons)


def test_numbers_without_a_way_to_reach_anyone_are_no_offer() -> None:
    assert "offer" not in reasons("Rents went up 30% in two years. Pass the tenant ordinance.")
    assert "offer" not in reasons("The branch needs $250 a week for its book sale volunteers.")


def test_a_budget_cited_with_a_document_link_is_no_offer() -> None:
    body = (
        "The budget memo (https://www.example.org/budget/2026/memo.pdf) puts the new parking "
        "garage at $3.4 million; spend it elsewhere."
    )
    verdict = score(body, ON_LIBRARY, S)
    assert "offer" not in " ".join(verdict.reasons)
    assert not verdict.is_spam
    pitch = "The new parking garage costs only $3.4 a day, book at https://park.example.org"
    assert "offer: '$3.4'" in reasons(pitch)


def test_a_long_letter_with_a_number_and_a_contact_is_no_offer() -> None:
    body = " ".join(["Please keep the Alder Street branch library open on weekends."] * 4)
    assert "offer" not in reasons(body + " It serves 400 families. Call me at 916-555-0142.")


def test_phone_numbers_in_another_countrys_format_count_but_reference_numbers_do_not() -> None:
    assert "1 phone number(s)" in reasons("Vay tiền nhanh, gọi ngay 0912 345 678")
    assert "1 phone number(s)" in reasons("Murang load, i-text 0917 555 1234")
    assert "phone" not in reasons("See Resolution 2026-00837 and case 2024-00412.")
    assert "phone" not in reasons("The fund holds 50 000 euros and 2,000,000 pesos.")


def test_links_to_shorteners_and_domains_spam_favours_weigh_more() -> None:
    assert "domain spam favours (date-near.example.love)" in reasons(
        "Meet lonely singles near you tonight http://date-near.example.love"
    )
    assert "domain spam favours (bit.ly)" in reasons(
        "Read this about the branch library http://bit.ly/3xYz"
    )
    assert "spam favours" not in reasons("See https://www.sacbee.com/news/local/a1.html")


def test_a_short_citation_is_not_judged_unrelated_but_a_short_pitch_is() -> None:
    citation = "Here is the story I mentioned: https://www.sacbee.com/news/local/article12345.html"
    assert "unrelated" not in reasons(citation, ON_LIBRARY)
    pitch = "Cheap followers tonight http://followers.example.top"
    assert "unrelated to the item: 0%" in reasons(pitch, ON_LIBRARY)


def test_noise_in_scripts_the_letter_model_does_not_know() -> None:
    assert score("ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ ᛇᛈᛉᛊᛏ ᛒᛖᛗᛚᛜ ᛞᛟ", NONE, S).is_spam
    assert score("ჯგფდს ქწერტ ზხცვბ ასდფგ ჰჯკლ ქწე ასდ ზხც", NONE, S).is_spam
    georgian = "გამარჯობა, გთხოვთ შეაკეთოთ გზა ჩვენს ქუჩაზე, ბავშვები სკოლაში ფეხით დადიან."
    assert reasons(georgian) == ""


def test_no_legitimate_row_of_the_spam_sets_is_spam_with_its_neighbours_as_context() -> None:
    """Every legitimate row of the tuning and held-apart sets, scored with the set's other
    legitimate rows as the item's context (harder than the benchmark's: all of them at once)."""
    for path in (FIXTURES / "spam_tune_mixed" / "tune.jsonl",
                 FIXTURES / "spam_heldout" / "heldout.jsonl"):  # fmt: skip
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        hams = [r["body"] for r in rows if r["truth"] == "ham"]
        for n, body in enumerate(hams):
            context = ("General public comment", *hams[:n], *hams[n + 1 :])
            verdict = score(body, Behaviour(item_context=context), S)
            assert not verdict.is_spam, (body, verdict.reasons)


def test_a_pitch_of_two_terms_or_sharing_one_word_with_the_item_is_still_unrelated() -> None:
    two_terms = "I make $320 every day on my laptop, ask me how: https://easy-income.example.xyz"
    verdict = score(two_terms, ON_LIBRARY, S)
    assert verdict.is_spam, verdict.reasons
    assert "unrelated to the item: 0% of its 2 content words" in " ".join(verdict.reasons)
    context = (*LIBRARY_CONTEXT, "The branch is near the bus stop on Alder Street.")
    near = "Meet beautiful women near you tonight http://date-near.example.love"
    assert "unrelated to the item: 25% of its 4" in reasons(near, Behaviour(item_context=context))
    resident = "Photos of the branch cleanup, near the bus stop: https://photos.example.com/day"
    assert "unrelated" not in reasons(resident, Behaviour(item_context=context))
