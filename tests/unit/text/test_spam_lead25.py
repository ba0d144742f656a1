"""Session 25 (lead): a text's length read in words where its script writes none apart."""

from intake.text.spam.evidence import words_in
from intake.text.spam.offers import offer_evidence
from intake.text.spam.settings import SpamSettings

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
