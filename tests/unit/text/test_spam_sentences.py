"""Session 27: one sentence splitter for every signal that reads sentence by sentence."""

from __future__ import annotations

import pytest

from intake.text.spam.sentences import sentence_at, sentences, sentences_before_capitals


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # Chinese writes no space after its full stop; a sentence ends there all the same.
        ("我支持这个项目。请尽快通过！谢谢", ["我支持这个项目。", "请尽快通过！", "谢谢"]),
        # Burmese and Khmer marks, likewise.
        ("ကျွန်တော်ထောက်ခံပါတယ်။ကျေးဇူးပါ", ["ကျွန်တော်ထောက်ခံပါတယ်။", "ကျေးဇူးပါ"]),
        # Ethiopic, Devanagari, Arabic and Urdu marks end a sentence before a space.
        ("ይህንን እደግፋለሁ። እናመሰግናለን", ["ይህንን እደግፋለሁ።", "እናመሰግናለን"]),
        ("मैं समर्थन करता हूँ। धन्यवाद", ["मैं समर्थन करता हूँ।", "धन्यवाद"]),
        ("هل هذا صحيح؟ شكرا", ["هل هذا صحيح؟", "شكرا"]),
        ("ہم مخالف ہیں۔ شکریہ", ["ہم مخالف ہیں۔", "شکریہ"]),
        # A dot in an address or a figure is followed by no space: no sentence ends there.
        (
            "Write to ana.ruiz@example.org about the 9.5% rise. Thanks",
            [
                "Write to ana.ruiz@example.org about the 9.5% rise.",
                "Thanks",
            ],
        ),
        # A line break ends a sentence; empty lines give no sentence.
        ("Support\n\nAna Ruiz", ["Support", "Ana Ruiz"]),
    ],
)
def test_sentences_end_at_the_marks_of_every_script(prose: str, expected: list[str]) -> None:
    assert sentences(prose) == expected


def test_before_capitals_a_latin_mark_ends_a_sentence_only_before_a_capital() -> None:
    spaced = "Visit w w w . example . c o m today. Thanks"
    assert sentences_before_capitals(spaced) == ["Visit w w w . example . c o m today.", "Thanks"]
    assert len(sentences(spaced)) == 4
    # Scripts without spaces have no capitals: their marks end a sentence all the same.
    assert sentences_before_capitals("我支持。谢谢") == ["我支持。", "谢谢"]


def test_the_sentence_at_a_figure_is_cut_where_sentences_is() -> None:
    text = "Our bill: 4,000 gal x $6.45 = $25.80. Call 228-555-0142 today. 我付了。$5 = $5"
    assert sentence_at(text, text.index("6.45")) == "Our bill: 4,000 gal x $6.45 = $25.80."
    assert sentence_at(text, text.index("228")) == "Call 228-555-0142 today."
    assert sentence_at(text, text.index("付")) == "我付了。"
    assert sentence_at(text, text.index("$5 =")) == "$5 = $5"
