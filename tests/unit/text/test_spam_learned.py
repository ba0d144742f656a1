"""The spam model learned from staff decisions, on its own: what it learns, what it never does
(flag a text staff kept, judge a language it has no legitimate comments in), how it is stored,
and how its probability becomes one piece of evidence."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

from intake.text.spam import Behaviour, Example, LearnedModel, SpamSettings, score, train

RESIDENTS = [
    "Please fix the potholes on Franklin Boulevard before the rainy season starts.",
    "I support the new bike lanes on J Street; my kids ride to school there every day.",
    "The library should stay open on Saturdays, families depend on it for homework help.",
    "Our street has had no working streetlight for three months, please send a crew.",
    "I oppose the rate increase for trash pickup, seniors on fixed incomes cannot pay more.",
    "Thank you to the parks staff for cleaning up the creek trail after the storm.",
    "Please add a crosswalk near the elementary school, drivers speed through every morning.",
    "The council should fund more youth summer jobs, they kept my son busy last year.",
    "I am worried about the traffic the new warehouse will bring to our neighborhood.",
    "Keep the community garden where it is, neighbors have worked on it for ten years.",
    "Please plant more shade trees downtown, the sidewalks are too hot in the summer.",
    "Bus service in the morning is too infrequent, students are late to class.",
]
ADVERTS = [
    "Best casino bonus online, claim your free spins and jackpot winnings today",
    "Claim your casino jackpot bonus now, free spins for every new player today",
    "Free spins casino bonus, win the jackpot tonight, claim your winnings now",
    "Jackpot winnings waiting, casino free spins bonus, claim now and win big",
    "Win big with our casino bonus, free spins and jackpot prizes, claim today",
    "Casino jackpot prizes, free bonus spins for new players, claim winnings now",
]
KEPT = (
    "Casino jackpot bonus, free spins, claim your winnings: that is what the new casino will "
    "advertise to our kids."
)
"""A resident quoting an advert's words, which staff decided is not spam."""
VARIANT = "New casino bonus: claim free spins and jackpot winnings, players win big today"


def examples() -> list[Example]:
    return [Example(b, False) for b in RESIDENTS] + [Example(b, True) for b in ADVERTS]


def test_it_learns_the_wording_of_spam_staff_marked_and_not_residents_words() -> None:
    model = train(examples())
    assert model.probability(VARIANT) > 0.99
    assert model.probability("Please keep the library open later for students.") < 0.5


def test_a_text_staff_kept_is_never_flagged_by_the_model() -> None:
    """Staff have the last word: a comment they decided was not spam, whatever its words, gets
    probability 0 and no learned evidence (another text with the same words still does)."""
    kept = KEPT
    model = train([*examples(), Example(kept, False)])
    assert model.probability(kept) == 0.0
    assert model.probability(kept.upper()) == 0.0  # the same text, however it is cased
    verdict = score(kept, Behaviour(), SpamSettings(), model)
    assert not any(r.startswith("learned:") for r in verdict.reasons)
    assert model.probability(VARIANT) > 0.99


def test_a_language_with_no_legitimate_examples_is_not_judged() -> None:
    """Spam in Russian and residents in English: Cyrillic letters would read as spam. The model
    stays silent on a language staff never showed it a resident's comment in."""
    russian_spam = [
        "Быстрые займы на карту без отказа, деньги сразу, пишите нам сегодня",
        "Займы онлайн без отказа и проверок, деньги на карту за пять минут",
        "Деньги на карту сразу, займы без отказа, пишите и получите сегодня",
        "Онлайн займы без проверок, деньги сразу на карту, получите сегодня",
    ]
    model = train([*examples(), *(Example(b, True) for b in russian_spam)])
    resident = "Прошу отремонтировать детскую площадку в парке, качели сломаны уже полгода."
    assert model.probability(resident) == 0.0
    assert model.probability(russian_spam[0] + " сейчас") == 0.0  # silent, not lenient
    assert model.probability(VARIANT) > 0.99


def test_a_language_more_common_among_the_spam_than_among_residents_is_not_judged() -> None:
    """Round 5: ten residents' comments in a language are not enough when the language is a
    larger share of the spam than of the legitimate comments: every text in it shares n-grams,
    and those read as spam (the fixture's Chinese residents scored 0.999 once the tuning sets
    held ten legitimate and six spam Chinese comments)."""
    chinese_residents = [
        f"请市议会保护我们的社区，第{n}号街的图书馆周末要开放。" for n in range(10)
    ]
    chinese_spam = [f"加微信领取免费视频，美女在线聊天第{n}期，快来。" for n in range(8)]
    english = [Example(b, False) for b in RESIDENTS * 2] + [Example(b, True) for b in ADVERTS]
    chinese = [Example(b, False) for b in chinese_residents] + [
        Example(b, True) for b in chinese_spam
    ]
    resident = "我在这里住了十五年，请市议会通过更严格的条例，保护我们的社区。"
    model = train(english + chinese)
    assert model.ham_languages["CJK"] == 10
    assert not model.judges("CJK")  # 8 of 14 spam against 10 of 34 legitimate comments
    assert model.probability(resident) == 0.0
    assert model.judges("en")
    assert model.probability(VARIANT) > 0.99
    # The same residents with two Chinese spam (2 of 8 against 10 of 34): judged.
    balanced = train(english + chinese[:12])
    assert balanced.judges("CJK")
    assert LearnedModel.from_json(model.to_json()).judges("CJK") is False


def test_links_and_numbers_are_left_to_the_other_signals() -> None:
    """The model reads prose: a link's host or a phone number is not what it learns from."""
    model = train(examples())
    plain = "Please fix the streetlight on our block."
    assert model.probability(plain + " https://casino-bonus.example.xyz/jackpot") == (
        model.probability(plain)
    )
    assert model.probability(plain + " Call 916-555-0142.") == (
        model.probability(plain + " Call 1-800-555-0199.")
    )


def test_the_model_is_stored_as_json_and_read_back_the_same() -> None:
    model = train(examples())
    data = model.to_json()
    json.loads(data)  # plain JSON
    again = LearnedModel.from_json(data)
    assert again == model
    assert again.probability(VARIANT) == model.probability(VARIANT)


@pytest.mark.parametrize(
    "data",
    [
        pickle.dumps({"format": 1}),
        b'{"format": 2, "weights": {}}',
        b'{"format": 1, "ngram_sizes": [1], "weights": {}}',
        b"[1, 2, 3]",
    ],
)
def test_anything_but_a_model_of_this_format_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        LearnedModel.from_json(data)


def test_the_model_alone_labels_spam_only_when_it_is_very_sure() -> None:
    settings = SpamSettings()
    model = train(examples())
    sure = score(VARIANT, Behaviour(), settings, model)
    assert sure.is_spam and any(r.startswith("learned:") for r in sure.reasons), sure
    likely = score(VARIANT, Behaviour(), SpamSettings(learned_sure_probability=1.01), model)
    (learned,) = [r for r in likely.reasons if r.startswith("learned:")]
    assert learned.endswith(f"(+{settings.learned_weight:.2f})")
    assert settings.learned_weight < settings.threshold <= settings.learned_sure_weight


def test_without_a_model_the_score_is_unchanged() -> None:
    for body in [*RESIDENTS, *ADVERTS, VARIANT]:
        before = score(body, Behaviour(), SpamSettings())
        assert score(body, Behaviour(), SpamSettings(), None) == before
        assert not any(r.startswith("learned:") for r in before.reasons)


def test_a_form_letter_is_not_labelled_by_the_model() -> None:
    """The learned signal is a content signal: a campaign many people sent is their speech."""
    model = train(examples())
    verdict = score(VARIANT, Behaviour(is_form_letter=True), SpamSettings(), model)
    assert not verdict.is_spam


def test_a_form_letter_of_speech_is_not_read_through_the_model() -> None:
    """Its evidence could not count there, and reading every copy of a burst through the model
    cost a third of the labeller's time (session 15): the copy's score and label are the ones
    without a model, and no learned reason is listed; a copy whose text is noise still is read."""
    model = train(examples())
    copy = score(VARIANT, Behaviour(is_form_letter=True), SpamSettings(), model)
    assert copy == score(VARIANT, Behaviour(is_form_letter=True), SpamSettings())
    assert not any(r.startswith("learned:") for r in copy.reasons)
    alone = score(VARIANT, Behaviour(), SpamSettings(), model)
    assert any(r.startswith("learned:") for r in alone.reasons)


def test_the_starter_model_never_labels_alone() -> None:
    """A model trained on other places' comments (the starter) adds weight where it is sure, but
    under the threshold: on four sets written apart its sure weight alone flagged five residents
    the engine did not (session 15). A deployment's own model, from its staff, still may."""
    settings = SpamSettings()
    own = train(examples())
    starter = dataclasses.replace(own, starter=True)
    assert score(VARIANT, Behaviour(), settings, own).is_spam
    verdict = score(VARIANT, Behaviour(), settings, starter)
    (learned,) = [r for r in verdict.reasons if r.startswith("learned:")]
    assert learned.endswith(f"(+{settings.starter_sure_weight:.2f})")
    assert not verdict.is_spam
    assert settings.learned_weight < settings.starter_sure_weight < settings.threshold


@pytest.mark.parametrize("learner", ["logistic", "nblogistic"])
def test_a_logistic_model_is_scored_and_stored_as_naive_bayes_is(learner: str) -> None:
    """Session 26 (learn26): logistic regression on the same features, each comment's known
    n-grams worth one over their number, learns weights whose mean is its log-odds: the same
    JSON of per-n-gram weights and a prior, read back by ``from_json`` and scored the same way."""
    model = train(examples(), evidence_ngrams=1.0, learner=learner, l2=1e-6)
    resident = "Please keep the library open later for students."
    assert model.probability(VARIANT) > 0.5 > model.probability(resident)
    again = LearnedModel.from_json(model.to_json())
    assert again.probability(VARIANT) == pytest.approx(model.probability(VARIANT), abs=1e-3)
    with pytest.raises(ValueError):
        train(examples(), learner="svm")


def test_a_language_about_as_common_among_spam_as_among_residents_is_judged() -> None:
    """Session 26: one more spam comment in a language written about as often by spammers as by
    residents must not turn the model off for the whole language (the starter, retrained, read
    Chinese, Japanese and Korean script at 188 spam of 5,072 and 187 legitimate of 5,099, 1.01
    times, and judged none of it); a language clearly more common among the spam still is not."""
    english = [Example(b, False) for b in RESIDENTS * 2] + [Example(b, True) for b in ADVERTS]
    model = train(english)

    def with_cjk(spam: int, ham: int) -> LearnedModel:
        return dataclasses.replace(
            model,
            spam_count=5072,
            ham_count=5099,
            spam_languages={**model.spam_languages, "CJK": spam},
            ham_languages={**model.ham_languages, "CJK": ham},
        )

    assert with_cjk(188, 187).judges("CJK")
    assert not with_cjk(230, 187).judges("CJK")  # 1.23 times
