"""Session 29 (perf29): the labeller made faster without moving a label; these guard the gates.

Each change answers as before, sooner (docs/spam.md, "the labeller's cost ... (perf29)"), so
these tests pass on the code before it too: they are here so that a reading added later behind
one of the gates is not silently skipped (a mark of a name told in a script the gate does not
know, an hour that starts with a letter) and that the kept sentences and name words are not
shared with a caller that changes them. All texts are invented.
"""

from __future__ import annotations

import pytest

from intake.text.spam.contacts import named_pages
from intake.text.spam.events import names_a_time
from intake.text.spam.linkshape import named_after_the_item
from intake.text.spam.sentences import sentences, sentences_before_capitals


def test_a_callers_sentences_are_its_own() -> None:
    text = "We met on Tuesday. The pool opens at noon! Bring a towel."
    first = sentences(text)
    first.append("changed")
    assert sentences(text) == ["We met on Tuesday.", "The pool opens at noon!", "Bring a towel."]
    capitals = sentences_before_capitals(text)
    capitals.clear()
    assert len(sentences_before_capitals(text)) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Meet us at 7 p.m. by the pier",
        "Réunion à 18h30 devant la mairie",
        "The hearing starts at 19:00",
        "説明会は午後2時からです",
        "下午3点在社区中心见",
        "오후 2시에 시청에서 만나요",
    ],
)
def test_hours_in_every_form_are_still_read(text: str) -> None:
    assert names_a_time(text)


@pytest.mark.parametrize("text", ["24時間営業の店", "open 24/7 all year", "we need 3 more chairs"])
def test_no_hour_is_read_where_there_is_none(text: str) -> None:
    assert not names_a_time(text)


def test_a_han_name_after_a_search_word_is_still_read() -> None:
    assert named_pages("想买房的朋友，微信搜索：金莲地产，价格实惠") == ("金莲地产",)


def test_a_long_english_letter_names_no_page() -> None:
    letter = "I bring my big dog to the park every night and I think the lighting is fine. " * 5
    assert named_pages(letter) == ()


def test_a_site_named_after_the_item_is_read_from_each_call() -> None:
    title = "Mill Overlay District"
    comments = ("Marrowick residents watch the mill closely", "The overlay is too tall")
    host = "marrowickmillwatch.example.net"
    assert named_after_the_item(host, title, comments)
    assert named_after_the_item(host, title, comments)  # the second asks the kept words
    assert not named_after_the_item(host, title, ("Nothing of the name here",))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("카카오톡에서 블루하우스 인테리어를 검색하세요. 상담 무료", "블루하우스 인테리어"),
        ("تواصلوا معنا على واتساب باسم أبو خالد كندا.", "أبو خالد كندا"),
        ("Instagram లో vastu guru nova అని వెతకండి", "vastu guru nova"),
    ],
)
def test_a_name_told_in_a_script_without_capitals_is_still_read(text: str, name: str) -> None:
    assert named_pages(text) == (name,)
