"""Round 16 (issue 14 item 6): letters buried under stacked combining marks, a web address
spelled out after a name that is no word or with its domain in digits, and a cold pitch to a
site owner that sells and shares a common word or two with the item by chance. Every row here
was written for this file; none is copied from a fixture. Each spam row was judged not spam
by the branch's start (816e45c); each resident look-alike is judged alike by both.
"""

from __future__ import annotations

import unicodedata

from intake.text.spam.spelled import renamed_address
from intake.text.spam.stacked import stacked_evidence
from tests.unit.text.spam_judging import judged

POOL = (
    "Resolution 2026-40: Renovating the Riverside public pool and bathhouse",
    "The pool needs a ramp with handrails for seniors.",
    "Kids need swim lessons at the pool every summer.",
    "The bond is too expensive for what we get.",
    "Fix the bathhouse showers first.",
    "Open the pool earlier in June please.",
    "Lifeguards should be paid more, the pool closes for lack of staff.",
)

#: Marks a Zalgo generator draws from (strokes, overlays, accents above and below).
_MARKS = "\u0337\u0338\u0336\u0335\u0334\u0321\u0322\u0327\u0328\u0353\u0325\u031f\u0330\u031e"


def _buried(text: str) -> str:
    """``text`` with one to three generic combining marks after every character."""
    out = []
    for n, char in enumerate(text):
        marks = "".join(_MARKS[(n * 5 + k) % len(_MARKS)] for k in range(1 + n % 3))
        out.append(char + marks)
    return "".join(out)


def test_letters_buried_under_stacked_marks_are_noise_in_any_script() -> None:
    """Latin and Cyrillic text under stacked marks is noise, with no other sign at all."""
    for plain in ("the winner is you, claim it", "ты выиграл приз сегодня"):
        spam, reasons = judged(_buried(plain), POOL)
        assert spam, reasons
        assert "stacked combining marks" in reasons


def test_languages_that_write_accents_as_marks_are_not_buried() -> None:
    """Vietnamese and French typed decomposed (NFD, as some keyboards send them), Yoruba with
    its tone marks, Hindi, Arabic with its vowel points and Hebrew with niqqud: real speech."""
    for body in (
        unicodedata.normalize(
            "NFD", "Tôi dạy bơi miễn phí ở hồ bơi Riverside mỗi thứ Bảy, xin đừng đóng cửa."
        ),
        unicodedata.normalize("NFD", "Le bassin est très apprécié des élèves de l'école."),
        "Ẹ̀kọ́ ìwẹ̀ fún àwọn ọmọdé ṣe pàtàkì, ẹ jọ̀wọ́ ẹ má ṣe ti adágún omi náà.",
        "स्विमिंग पूल हमारे बच्चों के लिए बहुत ज़रूरी है, कृपया इसे बंद न करें।",
        "نَحْنُ نُحِبُّ المَسْبَحَ، أَرْجُو أَنْ يَبْقَى مَفْتُوحًا لِلأَطْفَالِ.",
        "אֲנַחְנוּ אוֹהֲבִים אֶת הַבְּרֵכָה, בְּבַקָּשָׁה אַל תִּסְגְּרוּ אוֹתָהּ.",
    ):
        assert not stacked_evidence(body), body
        spam, reasons = judged(body, POOL)
        assert not spam, reasons


def test_a_name_that_is_no_word_before_dot_and_a_domain_is_a_hidden_address() -> None:
    """Sums next to an address spelled after a name no English text uses, or with a hyphen,
    or with its domain in digits for letters after a bracketed dot."""
    for body in (
        "Swim goggles and caps at half price, only $12 each this week at goggleshack dot co",
        "Get certified as a lifeguard online in one weekend for just $89 at lifeguard-fastpass "
        "dot app",
    ):
        spam, reasons = judged(body, POOL)
        assert spam, reasons
        assert "its name no word or its domain coded" in reasons
    assert renamed_address("Cheap meds, no prescription: pharma-d1rect [dot] c0m") is not None
    assert renamed_address("Order at swimgear4u (dot) n3t today") is not None


def test_dot_in_prose_and_the_citys_own_domain_are_not_hidden_addresses() -> None:
    """ "dot" after a word in prose, and the city's .gov spelled out
    next to the price of a swim are a resident's words."""
    for body in (
        "I wore my polka dot co-op shirt to the last pool meeting, which cost $5 to attend.",
        "Connect the dot in the middle of the map: the pool is $2 million over budget.",
    ):
        assert renamed_address(body) is None, body
        spam, reasons = judged(body, POOL)
        assert not spam, reasons
    body = "The schedule is on riversideparks dot gov and says a swim costs $4."
    spam, reasons = judged(body, POOL)
    assert not spam, reasons
    assert "spelled out" not in reasons


def test_a_cold_pitch_to_a_site_owner_that_shares_a_common_word_is_caught() -> None:
    """A pitch that sells (a fee, "free") to the owner of a site, sharing "fix" with the item's
    comments by chance and nothing with its title."""
    body = (
        "Hello, I looked at your website and your site loads slowly on phones, which costs you "
        "visitors every day. I can fix it this week for a small one-time fee. Reply and I will "
        "send a free speed report."
    )
    spam, reasons = judged(body, POOL)
    assert spam, reasons
    assert "written to a 'website': 1 of its" in reasons


def test_a_residents_complaint_about_a_website_is_not_a_pitch() -> None:
    """A resident asking the city to fix its website (sharing "fix", selling nothing), and one
    naming the item's pool on the city's site next to a sum, are kept."""
    for body in (
        "Your website is hard to use on a phone and the site search never finds anything. "
        "Please fix the website menus, the report is hidden.",
        "The website still lists the old $3 fee for the pool on its page, and the site map "
        "is broken. Please fix it.",
    ):
        spam, reasons = judged(body, POOL)
        assert not spam, reasons
