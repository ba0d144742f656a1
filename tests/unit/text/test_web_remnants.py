"""What web tools leave in a pasted copy (session 16): an advocacy platform's HTML remnants
("<br>", "</p>\\n<p>", "&#8217;", "&rsquo;", "&amp;", "&nbsp;") and mojibake ("Itâ€™s", "cafÃ©"),
and one letter passed round in Traditional and in Simplified Chinese characters. The engine reads
a copy as its reader saw it; the stored body is never changed (tests/api/test_pasted_markup.py)."""

from __future__ import annotations

import pytest

from intake.text.fingerprint import Fingerprinter
from intake.text.normalize import Role, as_displayed, matching_text, normalize, segments
from intake.text.template import personal_text
from tests.unit.text.spam_judging import judged

LETTER = (
    "I'm writing to ask you to lower the permit fee for sidewalk café seating on Orchard Row.",
    "The draft's fee of $14 per square foot is more than most family restaurants can pay.",
    "Please cap it at $5 and keep our streets open to everyone.",
)
TEMPLATE = frozenset(seg.norm for seg in segments("\n\n".join(LETTER)))
OWN = "My bakery at 212 Orchard Row has had two tables outside since 2019."


def _copy(own: str, *, close: str = "Sincerely,\nMarta Quill\n90412") -> str:
    return "\n\n".join(("Dear Council Member Ames,", LETTER[0], own, *LETTER[1:], close))


def _entities(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("'", "&#8217;")
        .replace("é", "&eacute;")
        .replace(". ", ".&nbsp; ")
    )


PLAIN = _copy(OWN)
AS_SENT = {
    "br": _entities(PLAIN).replace("\n\n", "<br><br>").replace("\n", "<br>\n"),
    "br-newlines": _entities(PLAIN).replace("\n\n", "<br />\n<br />\n").replace("\n", "<br>\n"),
    "p": "<p>"
    + _entities(PLAIN).replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n").replace("'", "&#39;")
    + "</p>",
    "rsquo": _entities(PLAIN).replace("&#8217;", "&rsquo;").replace("\n", "<br>\n"),
    "mojibake": PLAIN.replace("'", "’").encode("utf-8").decode("cp1252"),
}


@pytest.mark.parametrize("shape", sorted(AS_SENT))
def test_a_pasted_copy_is_read_as_its_reader_saw_it(shape: str) -> None:
    body = AS_SENT[shape]
    assert personal_text(body, TEMPLATE) in (OWN, OWN.replace("'", "’"))
    signature = [s.text for s in segments(body) if s.role is Role.SIGNATURE]
    assert signature == ["Marta Quill", "90412"]
    assert matching_text(body) == matching_text(PLAIN)
    fingerprints = Fingerprinter()
    assert fingerprints.fingerprint(body).exact_hash == fingerprints.fingerprint(PLAIN).exact_hash


def test_a_signature_after_a_break_tag_is_no_personal_text() -> None:
    body = f"{LETTER[0]}<br><br>{LETTER[1]}<br><br>{LETTER[2]}<br><br>Thanks,<br>Tobias Baptiste"
    assert personal_text(body, TEMPLATE) is None


def test_character_references_do_not_split_the_senders_words() -> None:
    own = "I&#39;m a server at Lupe&#39;s and I&rsquo;d lose half my shifts&#8230;"
    body = "<br><br>".join((LETTER[0], own, *LETTER[1:]))
    assert personal_text(body, TEMPLATE) == "I'm a server at Lupe's and I’d lose half my shifts…"


def test_as_displayed_breaks_lines_and_decodes() -> None:
    assert (
        as_displayed("<p>One.</p>\n<p>Two &amp; three.<br>Four</p>") == "One.\n\nTwo & three.\nFour"
    )
    assert as_displayed("<b>Vote</b> <i>no</i>.<div>Next</div>") == "Vote no.\nNext"
    assert as_displayed("Itâ€™s the cafÃ© on â€œMainâ€\x9d") == "It’s the café on “Main”"
    # A link stays for the spam scorer and for staff; a placeholder is no tag.
    assert as_displayed('See <a href="https://x.example">this</a>') == (
        'See <a href="https://x.example">this</a>'
    )
    assert as_displayed("Signed, <your name>") == "Signed, <your name>"


CLEAN = (
    "Please vote no on item 12. It's a bad deal for renters.",
    "Señor alcalde: ¿qué pasará con la biblioteca? Niños y ancianos la usan.",
    "Chère Madame, je m’oppose à la fermeture — c’est « inacceptable ».",
    "Sehr geehrte Damen und Herren, die Gebühr ist zu hoch. Grüße aus Köln",
    "Kính gửi Hội đồng: chúng tôi ủng hộ chợ đêm đường Harlan.",
    "我們支持夜市。我们支持夜市。",
    "東京都の議会は来週、駅前の再開発計画を審議します。",
    "Уважаемый совет, пожалуйста, сохраните парк.",
    "نرجو من المجلس الحفاظ على الحديقة.",
    "Fees of 5 < 10 and a naïve plan. À bientôt. Ça va? © 2026",
    "résumé, café, São Paulo, Zürich, Åse, Øster, ½ price, 10°C, ±3",
)


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_in_any_language_is_left_as_it_is(text: str) -> None:
    assert as_displayed(text) is text or as_displayed(text) == text


def test_as_displayed_is_idempotent() -> None:
    for body in (*AS_SENT.values(), *CLEAN):
        once = as_displayed(body)
        assert as_displayed(once) == once


TRADITIONAL = (
    "我們反對取消東區圖書館的週日開放時間。",
    "這裡的圖書館是許多學生和長者唯一可以免費學習的地方。",
    "請議會保留預算，讓圖書館繼續為社區服務。",
)
SIMPLIFIED = (
    "我们反对取消东区图书馆的周日开放时间。",
    "这里的图书馆是许多学生和长者唯一可以免费学习的地方。",
    "请议会保留预算，让图书馆继续为社区服务。",
)


def test_traditional_and_simplified_characters_are_one_text() -> None:
    for trad, simp in zip(TRADITIONAL, SIMPLIFIED, strict=True):
        assert normalize(trad) == normalize(simp)
    fingerprints = Fingerprinter()
    trad_fp = fingerprints.fingerprint("\n".join(TRADITIONAL) + "\n謝謝！\n陳美玲")
    simp_fp = fingerprints.fingerprint("\n".join(SIMPLIFIED) + "\n谢谢！\n陈美玲")
    assert trad_fp.exact_hash == simp_fp.exact_hash
    assert trad_fp.segment_hashes == simp_fp.segment_hashes
    # A Simplified copy's own sentence is told from the Traditional template's sentences.
    template = frozenset(seg.norm for seg in segments("\n".join(TRADITIONAL)))
    own = "我的孩子每个星期天都去那里做功课。"
    assert personal_text("\n".join((*SIMPLIFIED, own)), template) == own


def test_normalize_stays_idempotent_on_han_text() -> None:
    for text in (*TRADITIONAL, *SIMPLIFIED, "乾隆年間的著名作家看著窗外。", "台灣 臺灣 裏面"):
        once = normalize(text)
        assert normalize(once) == once


def test_character_references_are_no_repeated_word_for_the_spam_scorer() -> None:
    # "Fix Elm Road……… please……" as a web form escaped it: no word said five times.
    is_spam, reasons = judged("Fix Elm Road&#8230;&#8230;&#8230; please&#8230;&#8230;", None)
    assert "8230" not in reasons
    assert not is_spam
