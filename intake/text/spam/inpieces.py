"""Session 30 (twin30): an account dictated in pieces, for the reader to put together.

"Find them on Telegram: the word canal, underscore, lots, and the letters mb", "найдите его в
Телеграме: слово ocenka, потом нижнее подчёркивание и буквы mb", "מחפשים אותו באינסטגרם: השם
דני ואחריו המילה משאבות באנגלית והמספר 305", "I'm on Instagram, the name is elevenplus then a
dot then with dot amina", "send it to my PayPal, it's my name Joanne, a dot, Ellis and then the
year the library opened", "Instagram-ka iga raadi, magacayga Hodan kadibna 77", "ગ્રુપ શોધો: નામ
શેરગુરુ, પછી ગુજ્જુ અને 555": the writer tells an account's name piece by piece, so that no
handle or address finder reads it. No resident of the spent corpora dictates an account so;
spam of -40, -41, -46, -47, -50, -51 and -52 does.

Why one module. Session 29 wrote this reading twice, apart: spend29a's
``describedpitch.dictated_in_pieces`` (the underscore said in words, or two pieces such as "then
the word", "the letters", "in Latin letters", in a sentence naming a network) and spend29b's
``toldaccount._PARTS_RE`` (a name's word, then "then" and a dot, a year or digits; "my name and
the year I was born"; "with a y at the end"), each with its own list of networks, its own
words for "then" and its own notion of where the network must be. Each caller read only its
own half: a fix to one (a language's "then", a network's spelling) missed the other. They are
one reader here, read by both callers: :func:`toldaccount.told_account` (in :mod:`reach`, a
hidden contact where the text has no link and no handle) and
:func:`describedpitch.described_offer_evidence` (a contact described beside a seller's pitch,
where reach found none hidden: a text with a link or a handle besides). One list of networks,
messengers and payment apps, one of words of searching, one of words for "then", and one place:
the sentence that names the network or the search (every dictation of the spent corpora is
there; "my name is Ali, then in 2019 we moved", with no network in its sentence, is none).
"""

from __future__ import annotations

import regex

from intake.text.spam.sentences import sentences

#: Networks, messengers and payment apps an account is told on, in Latin and other scripts. A
#: stem where the name is long enough to be no other word ("Facebooku", "telegram-ka",
#: "Телеграме", "באינסטגרם" with its prefix); a whole word where it is short ("ig", "line").
_NETWORK_STEM = (
    r"insta(?:gram)?|facebook|tik\s*tok|telegram|snapchat|whats\s*app|viber|kakao(?:talk)?"
    r"|we\s*chat|twitter|paypal|revolut|venmo|cash\s*app|zelle|messenger"
)
_NETWORK_WORD = r"ig|fb|imo|snap|signal|line|threads|x\.com"
_NETWORK_CYRILLIC = (
    r"телеграм|телег|инстаграм|інстаграм|инст(?:а|у|е|ой)?(?![\p{L}])|фейсбук|вайбер|ватсап|вотсап"
)
#: Hebrew, read without a word's boundary: its prefixes ("באינסטגרם": on Instagram).
_NETWORK_HEBREW = r"טלגרם|אינסטגרם|פייסבוק|וואטסאפ|ווטסאפ|טיקטוק"
_NETWORK_OTHER = (
    r"হোয়াটসঅ্যাপ|ফেসবুক|টেলিগ্রাম|ইমো|વોટ્સએપ|ફેસબુક|ટેલિગ્રામ|ઇન્સ્ટાગ્રામ|વ્હોટ્સએપ"
    r"|واٹس\s?ایپ|فیس\s?بک|ٹیلی\s?گرام|انسٹاگرام|واتساب|واتس\s?اب|فيسبوك|فيس\s?بوك|تيليجرام|تلغرام"
    r"|انستغرام|व्हाट्सएप|फेसबुक|टेलीग्राम|வாட்ஸ்அப்|வாட்சப்|பேஸ்புக்|டெலிகிராம்"
)
#: A word of searching for the account ("search", "look up", "szukajcie", "খুঁজুন", "શોધો").
_SEARCH = (
    r"search|google|look\s+(?:up|for)|szukaj\w*|wyszukaj\w*|খুঁজুন|খুঁজে|શોધો|શોધી|ara(?:yın|yin)"
    r"|caut[aă]\w*|procur\w*|busc\w*|ابحث\w*|تلاش|raadi\w*|ieškok\w*|தேடு\w*|खोज\w*"
)
#: Where an account is told: a network, a messenger, a payment app or a word of searching.
WHERE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_NETWORK_STEM}|{_SEARCH}|{_NETWORK_CYRILLIC}|{_NETWORK_OTHER}"
    rf"|(?:{_NETWORK_WORD})(?![\p{{L}}]))|{_NETWORK_HEBREW}"
)

#: A word for "then" in a dictation, in the languages of the seats ("then", "kadibna", "પછી",
#: "potem", "потом", "ואחריו").
_THEN = (
    r"then|and\s+then|followed\s+by|after\s+that|kadib(?:na)?|ka\s+dib(?:na)?|પછી|তারপর|তারপরে"
    r"|potem|a\s+potem|apoi|după\s+care|sonra|ardından|depois|e\s+depois|luego|despu[eé]s|puis"
    r"|ثم|بعدها|پھر|اس\s+کے\s+بعد|फिर|பிறகு|அப்புறம்|paskui|po\s+to|потом|затем|після|потім"
    r"|ו?אחרי(?:ו|ה|\s+זה)|ואז"
)

#: The underscore said in words, which alone marks a dictation ("lettermill underscore bk",
#: "guion bajo", "нижнее подчёркивание", "קו תחתון").
_UNDERSCORE = (
    r"(?i:(?<![\p{L}])(?:underscore|under\s+score|gui[oó]n\s+bajo|sublinhado|underline|tiret\s+bas"
    r"|(?:нижн\p{L}*\s+)?подч[её]ркивани\p{L}*|(?:нижн\p{L}*\s+)?підкреслен\p{L}*)(?![\p{L}]))"
    r"|קו\s+תחתון|下划线|下劃線"
)

#: Session 30 (spend30a, the spent -52 and -50): a name's separator said in words twice, between
#: its pieces ("Norhaven dash SafeKids dash Mom", "planos guion adu guion alderbrook",
#: "repelente ponto brasil ponto fl"): dictated so that no finder reads it, as an underscore said
#: in words is. Twice, between words: "a dash of salt" is none.
_SAID_SEPARATOR = (
    r"dash|hyphen|gui[oó]n|h[ií]fen|tiret|тире|дефис|дефіс|g[aạ]ch\s+ngang|gitling"
    r"|ponto|punto|point|точка|ch[aấ]m"
)
_SAID_TWICE = (
    rf"(?i:(?<![\p{{L}}])[\p{{L}}\p{{N}}]+\s+(?:{_SAID_SEPARATOR})\s+[\p{{L}}\p{{N}}]+\s+"
    rf"(?:{_SAID_SEPARATOR})\s+[\p{{L}}\p{{N}}]+(?![\p{{L}}]))"
)

#: The account's name, in the languages of the seats: "name", "username", "handle", "ID".
_NAME = (
    r"name|username|user\s*name|handle|nombre|nome|nom|imi[eę]|nazw\w*|ad[ıi]m?|isim|nume\w*"
    r"|vard\w*|magac\w*|نام|نامم|اسم|اسمي|নাম|નામ|பெயர்\w*|नाम"
)
#: What a dictation adds after "then": digits, a dot, a year, "the word", an underscore.
_ADDED = (
    r"\d|(?:a\s+|the\s+)?dot|(?:the\s+)?(?:year|word|number)|underscore|kropk\w*|punct\w*"
    r"|ponto|punto|nokta\w*|tašk\w*|dhibic"
)
#: A dictation alone: the underscore said; a separator said twice; a name's word, a few words
#: (the name itself), "then" and what it adds; the name and "the year I was born"; a letter or
#: a digit dictated as such ("with a y at the end", "and two fives").
_DICTATION_RE = regex.compile(
    rf"{_UNDERSCORE}|{_SAID_TWICE}"
    rf"|(?i:(?<![\p{{L}}])(?:{_NAME})(?![\p{{L}}])[^.!?।\n]{{0,40}}?(?<![\p{{L}}])(?:{_THEN})"
    rf"(?![\p{{L}}])[\s,:]+(?:[\p{{L}}\p{{M}}]+[\s,]+){{0,2}}?(?:(?:and|und|y|e|i|ir|ve|și|si"
    rf"|અને|এবং|اور|و)\s+)?(?:{_ADDED}))"
    r"|(?i:(?<![\p{L}])(?:my\s+name|mano\s+vardas|mój\s+nick)[^.!?\n]{0,30}?(?<![\p{L}])"
    r"(?:and|ir|i)\s+(?:(?:the\s+)?year\s+I\s+was\s+born|(?:mano\s+)?gimimo\s+met\w*"
    r"|rok\s+urodzenia)"
    r"|(?<![\p{L}])with\s+an?\s+\p{L}\s+at\s+the\s+end|(?<![\p{L}])(?:and|then)\s+(?:two|three"
    r"|double)\s+(?:ones|twos|threes|fours|fives|sixes|sevens|eights|nines|zeros|noughts))"
)

#: A piece of a dictation, two of which in one sentence make one: "then the word", "and the
#: digits", "the letters", "in Latin letters" (латиницей, באנגלית), in English, Spanish,
#: Portuguese, French, Russian, Ukrainian and Hebrew.
_PIECE_RE = regex.compile(
    rf"(?i:(?<![\p{{L}}])(?:(?:(?:{_THEN})|and|y|e|et)\s+(?:the|la|las|los|a|as|os|le|les)\s+"
    r"(?:word|letters|digits|numbers?|palabra|letras|n[uú]meros|palavra|mot|lettres|chiffres)"
    r"|(?:the|las|as|les)\s+(?:letters|letras|lettres)"
    rf"|(?:(?:{_THEN})|и|і)\s+(?:слово|буквы|цифры|літери|цифри)|буквы|літери"
    r"|латиниц\p{L}*|латинк\p{L}*)(?![\p{L}]))"
    r"|ו?אחרי(?:ו|ה|\s+זה)\s+(?:ה)?מילה|(?:ו|ואז\s+)?(?:ה)?אותיות|באנגלית|(?:ו|ואז\s+)המספר"
)


def account_in_pieces(prose: str) -> str | None:
    """The words of an account dictated in pieces (see the module), in a sentence naming a
    network, a messenger, a payment app or a search; or None. Read by
    :func:`toldaccount.told_account` and :func:`describedpitch.described_offer_evidence`.
    Sentence by sentence, each read once (a text of many pieces or networks stays linear)."""
    if WHERE_RE.search(prose) is None:
        return None  # the common case: no network and no search, no long reading
    for sentence in sentences(prose):
        if WHERE_RE.search(sentence) is None:
            continue
        found = _DICTATION_RE.search(sentence)
        if found is not None:
            return " ".join(found.group().split())
        pieces = {" ".join(p.group().split()).lower() for p in _PIECE_RE.finditer(sentence)}
        if len(pieces) >= 2:
            return ", ".join(sorted(pieces))
    return None
