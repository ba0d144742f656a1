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

Weighed as a hidden contact (``spelled_link_weight``, :mod:`reach`): alone it stays under the
threshold; beside a sum of money it is the price and the shop
(:func:`channels.hidden_money_evidence`).
"""

from __future__ import annotations

import regex

from intake.text.spam.describedpitch import a_groups_page
from intake.text.spam.evidence import Evidence
from intake.text.spam.sentences import sentence_at
from intake.text.spam.settings import SpamSettings

#: Networks, messengers and payment apps an account is told on, in Latin and other scripts
#: (a stem: "Facebooku", "telegram-ka", "হোয়াটসঅ্যাপে").
_NETWORK = (
    r"insta(?:gram)?|facebook|fb|tik\s*tok|telegram|snap(?:chat)?|whats\s*app|viber|signal"
    r"|paypal|revolut|venmo|cash\s*app|imo|messenger"
    r"|হোয়াটসঅ্যাপ|ফেসবুক|টেলিগ্রাম|ইমো|વોટ્સએપ|ફેસબુક|ટેલિગ્રામ|ઇન્સ્ટાગ્રામ|વ્હોટ્સએપ"
    r"|واٹس\s?ایپ|فیس\s?بک|ٹیلی\s?گرام|انسٹاگرام|واتساب|واتس\s?اب|فيسبوك|فيس\s?بوك|تيليجرام|تلغرام"
    r"|انستغرام|व्हाट्सएप|फेसबुक|टेलीग्राम|வாட்ஸ்அப்|வாட்சப்|பேஸ்புக்|டெலிகிராம்"
)
#: A word of searching for the account ("search", "look up", "szukajcie", "খুঁজুন", "શોધો").
_SEARCH = (
    r"search|google|look\s+(?:up|for)|szukaj\w*|wyszukaj\w*|খুঁজুন|খুঁজে|શોધો|શોધી|ara(?:yın|yin)"
    r"|caut[aă]\w*|procur\w*|busc\w*|ابحث\w*|تلاش|raadi\w*|ieškok\w*|தேடு\w*|खोज\w*"
)
_NEEDED_RE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_NETWORK}|{_SEARCH})")

#: The account's name, in the languages of the seats: "name", "username", "handle", "ID".
_NAME = (
    r"name|username|user\s*name|handle|nombre|nome|nom|imi[eę]|nazw\w*|ad[ıi]m?|isim|nume\w*"
    r"|vard\w*|magac\w*|نام|نامم|اسم|اسمي|নাম|નામ|பெயர்\w*|नाम"
)
#: A word for "then" in a dictation ("then", "and then", "kadibna", "પછી", "potem", "apoi").
_THEN = (
    r"then|and\s+then|followed\s+by|after\s+that|kadib(?:na)?|ka\s+dib(?:na)?|પછી|তারপর|তারপরে"
    r"|potem|a\s+potem|apoi|după\s+care|sonra|ardından|depois|e\s+depois|luego|despu[eé]s"
    r"|ثم|بعدها|پھر|اس\s+کے\s+بعد|फिर|பிறகு|அப்புறம்|paskui|po\s+to"
)
#: What a dictation adds after "then": digits, a dot, a year, "the word", an underscore.
_ADDED = (
    r"\d|(?:a\s+|the\s+)?dot|(?:the\s+)?(?:year|word|number)|underscore|kropk\w*|punct\w*"
    r"|ponto|punto|nokta\w*|tašk\w*|dhibic"
)
#: A name dictated in parts: the name's word, a few words (the name itself), "then" and what it
#: adds; or the name's word, the name, "and" and a year ("mano vardas Rūta ir gimimo metai").
_PARTS_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_NAME})(?![\p{{L}}])[^.!?।\n]{{0,40}}?(?<![\p{{L}}])(?:{_THEN})"
    rf"(?![\p{{L}}])[\s,:]+(?:[\p{{L}}\p{{M}}]+[\s,]+){{0,2}}?(?:(?:and|und|y|e|i|ir|ve|și|si"
    rf"|અને|এবং|اور|و)\s+)?(?:{_ADDED})"
    r"|(?<![\p{L}])(?:my\s+name|mano\s+vardas|mój\s+nick)[^.!?\n]{0,30}?(?<![\p{L}])(?:and|ir|i)"
    r"\s+(?:(?:the\s+)?year\s+I\s+was\s+born|(?:mano\s+)?gimimo\s+met\w*|rok\s+urodzenia)"
    # A letter or a digit dictated as such: "with a y at the end", "and two fives".
    r"|(?<![\p{L}])with\s+an?\s+\p{L}\s+at\s+the\s+end|(?<![\p{L}])(?:and|then)\s+(?:two|three"
    r"|double)\s+(?:ones|twos|threes|fours|fives|sixes|sevens|eights|nines|zeros|noughts)"
)
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
    """The words telling an account in parts or by its picture (see the module), or None."""
    if _NEEDED_RE.search(prose) is None:
        return None
    found = _PARTS_RE.search(prose)
    if found is None:
        found = _PICTURED_RE.search(prose)
        if found is not None and a_groups_page(prose, sentence_at(prose, found.start())):
            return None  # a group's page with its heron photo is how neighbours find it
    return None if found is None else " ".join(found.group().split())


def told_account_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """An account told in parts or by its picture: a hidden way to reach (see the module)."""
    found = told_account(prose)
    if found is None:
        return []
    detail = f"contact: an account told in parts or by its picture ({found[:60]!r})"
    return [Evidence(s.spelled_link_weight, detail)]
