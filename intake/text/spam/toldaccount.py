"""Session 29 (spend29b, the spent -51): an account told in parts, or by its picture.

"I'm on Instagram, the name is elevenplus then a dot then with dot amina", "send it to my
PayPal, it's my name Joanne, a dot, Ellis and then the year the library opened", "telegram-ka,
magacayga Abdi kadibna 555" (my name Abdi, then 555), "per Revolut, mano vardas Rūta ir gimimo
metai 1990" (my name Rūta and the year I was born), "ગ્રુપ શોધો: નામ શેરગુરુ, પછી ગુજ્જુ અને 555"
(search the group: the name ShareGuru, then Gujju and 555): the writer dictates an account's
name piece by piece, joined by "then" (then a dot, then a year, then digits), so that no handle
finder reads it. And "Message me on Facebook, search Save Hatherley Brook Official, it's the
page with the heron photo", "szukajcie Darek Budowa na Facebooku, zdjęcie z żółtym kaskiem"
(the photo with the yellow helmet), "হোয়াটসঅ্যাপে খুঁজুন: রুবি আপা, ছবিতে লাল শাড়ি" (search on
WhatsApp: Ruby Apa, in the photo a red sari), "pick the one with the green tick": an account
told by its picture, so the reader finds the seller's among namesakes.

Session 21 read a name dictated with a typing instruction ("all one word", "tudo junto",
:func:`spelled.dictated`), session 27 "my name plus 77" and session 28 an app named by its look
(:mod:`describedpitch`). These are the same hiding in other words, in any language: a name's
word, then a word for "then" and what a dictation adds (a dot, a year, digits, "the word"); or
an account's word and a picture's. Residents give a page by its name ("Friends of Elm Park on
Facebook") or their number as it is; none of the spent corpora's residents tells an account
in these shapes. Each needs a network, a payment app or a word of searching in the text, so
"my name is Ali, then in 2019 we moved" (no network) is none; and a page told by its picture is
no seller's where it is a residents' group's (:func:`describedpitch.a_groups_page`, as
spend29a reads it).

Session 30 (twin30): the account told in parts is read by :func:`inpieces.account_in_pieces`,
the one reader of an account dictated in pieces, which :mod:`describedpitch` reads too (they
were twins, each with its own networks and its own words for "then"); the picture stays here.

Weighed as a hidden contact (``spelled_link_weight``, :mod:`reach`): alone it stays under the
threshold; beside a sum of money it is the price and the shop
(:func:`channels.hidden_money_evidence`).
"""

from __future__ import annotations

import regex

from intake.text.spam.describedpitch import a_groups_page
from intake.text.spam.evidence import Evidence
from intake.text.spam.inpieces import WHERE_RE, account_in_pieces
from intake.text.spam.sentences import sentence_at
from intake.text.spam.settings import SpamSettings

#: An account told by its picture: "the page / profile / account / one with the heron photo",
#: "the profile with the Millwall badge", "profile picture of ...", "zdjęcie z żółtym kaskiem",
#: "ছবিতে লাল শাড়ি", and the same in the seats' other languages.
_PICTURE = r"photo|picture|pic|badge|logo|avatar|tick|icon|pfp"
_PICTURED_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:profile|page|account|one|group|channel)\s+with\s+(?:the|a|an)\s+"
    rf"(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,3}}?(?:{_PICTURE})s?(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])profile\s+(?:{_PICTURE})\s+(?:is|of|shows|has)(?![\p{{L}}])"
    r"|(?<![\p{L}])(?:zdjęci\w*\s+(?:z|ze)|na\s+zdjęciu|ze\s+zdjęciem|profilow\w+\s+z)(?![\p{L}])"
    r"|(?<![\p{L}])(?:profil\s+fotoğraf\w*|fotoğrafında|fotoğrafı\s+\p{L}+\s+olan)(?![\p{L}])"
    r"|(?<![\p{L}])(?:poza\s+de\s+profil|cu\s+poza|foto\s+de\s+perfil|com\s+a\s+foto|con\s+la\s+foto"
    r"|sawirka\s+\p{L}+|profilio\s+nuotrauk\w*|nuotraukoje)(?![\p{L}])"
    r"|ছবিতে|প্রোফাইল\s+ছবি|પ્રોફાઇલ\s+ફોટો|ફોટામાં|ફોટોમાં|پروفائل\s+(?:تصویر|فوٹو)|تصویر\s+میں"
    r"|صورة\s+(?:ال)?(?:بروفايل|الملف)|في\s+الصورة|புகைப்படத்தில்|படத்தில்|प्रोफाइल\s+फोटो"
)


def told_account(prose: str) -> str | None:
    """The words telling an account in parts (:func:`inpieces.account_in_pieces`, the one
    reader :mod:`describedpitch` reads too) or by its picture (see the module), or None."""
    if WHERE_RE.search(prose) is None:
        return None
    parts = account_in_pieces(prose)
    if parts is not None:
        return parts
    found = _PICTURED_RE.search(prose)
    if found is None or a_groups_page(prose, sentence_at(prose, found.start())):
        return None  # a group's page with its heron photo is how neighbours find it
    return " ".join(found.group().split())


def told_account_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """An account told in parts or by its picture: a hidden way to reach (see the module)."""
    found = told_account(prose)
    if found is None:
        return []
    detail = f"contact: an account told in parts or by its picture ({found[:60]!r})"
    return [Evidence(s.spelled_link_weight, detail)]
