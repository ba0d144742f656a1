"""Shapes of personal data that only public text must fear.

:mod:`intake.text.personal_data` recognises the personal data the labeller also reads (its
fill-in cues decide which lines of a letter are the campaign's fill-in line). A red team, writing
as a stranger would, found shapes it let into a campaign's public text when many members sent
them word for word (a mail-merge that put the organiser's details in every copy): fictional and
foreign phone numbers ("555-010-9999", "01 23 45 67 89"), a name after "Me llamo", "我叫",
"Меня зовут", "I'm", "Sincerely," or "Dr.", a name alone on its line, addresses written in
Chinese or Russian, with the house number spelt out, or given as a corner ("we live at Oak and
3rd"), an e-mail with spaces round its "@", a date of birth, an account, licence plate or social
security number. These shapes are kept apart so that public text can err towards privacy (a
template line that merely looks like one is left out) without changing a single label. Pure: no
Flask, no database.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["identifies_someone", "identifying_spans"]

# --------------------------------------------------------------------------- phone numbers

# A number written as a phone number is: an optional country code, an optional area code in
# brackets, then groups of digits apart by a space, dot or dash. Seven to fifteen digits in all.
_PHONE_SHAPE = re.compile(
    r"(?<![\w/.,+$€£-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,15}(?:[\s.-]\d{1,8}){0,5}"
    r"(?![\w/-]|[.,]\d)"
)
_MIN_PHONE_DIGITS = 7
# One group of digits alone is a phone only when long ("5550109999"), not a sum ("1500000").
_MIN_UNGROUPED_DIGITS = 10
_MAX_PHONE_DIGITS = 15
# Numbers of that shape that are not phones: a year and a file number ("2026-00837"), an ISO
# date (left to the date-of-birth cue), thousands apart by spaces ("1 250 000"), years in a row.
_NOT_A_PHONE = re.compile(
    r"(?:19|20)\d\d-\d+|\d{4}-\d\d-\d\d|\d{1,3}(?: \d{3})+|(?:(?:19|20)\d\d[\s.-]?)+", re.ASCII
)


def _phone_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _PHONE_SHAPE.finditer(text):
        number = match.group().strip()
        digits = sum(ch.isdigit() for ch in number)
        if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
            continue
        if _NOT_A_PHONE.fullmatch(number):
            continue
        if number.isdigit() and digits < _MIN_UNGROUPED_DIGITS:
            continue
        spans.append(match.span())
    return spans


# --------------------------------------------------------------------------- names

# A capitalised word, not one in capitals throughout ("I AM WRITING ABOUT ..." names nobody).
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-zß-öø-ÿā-žа-яё'’][\w'’-]*"
_INITIAL = r"(?:[A-Z]\.\s+)?"
# Words that say who someone is in many languages: what follows is their name whatever its case.
_NAME_CUES = (
    r"me llamo|mi nombre es|je m['’]appelle|mon nom est|ich hei(?:ß|ss)e|mein name ist"
    r"|mi chiamo|il mio nome è|me chamo|meu nome é|tôi tên là|tên tôi là|ako si|ako po si"
    r"|ang pangalan ko(?: ay)?|pangalan ko ay|меня зовут|мо[её] имя|my name['’]s|name:"
    r"|signed by|firmado por|signé par|mijn naam is|ik heet|nazywam się|mam na imię"
    r"|benim adım|اسمي|मेरा नाम"
)
_NAME_CUE = re.compile(
    rf"(?i:\b(?:{_NAME_CUES}))|我叫|我的名字|本人叫|私の名前は|と申します|제 이름은"
    r"|저는\s*\S+입니다"
)
# "I'm Joan Quillby", "Soy Ana Ruiz", "Je suis Paul Martin": a self-introduction is a name only
# when two capitalised words follow ("I am Very concerned" is no name).
_INTRODUCED = re.compile(
    rf"(?i:\b(?:i['’]m|i am|soy|je suis|ich bin|tôi là|ako ay|я)\s+)"
    rf"{_NAME_WORD}\s+{_INITIAL}{_NAME_WORD}"
)
# "Dr. Quillby", "Mrs Aardvark", "Sra. Ruiz": a personal title before a name. Official titles
# (Councilmember, Mayor, Senator) are public offices and stay.
_TITLED = re.compile(
    rf"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sra|Srta|Mme|Mlle|Herr|Frau|Señor|Señora)\.?\s+{_NAME_WORD}"
)
_CLOSINGS = (
    r"sincerely|regards|best regards|kind regards|warm regards|respectfully|yours truly"
    r"|yours sincerely|yours faithfully|signed|best|cheers|thank you|thanks|atentamente"
    r"|cordialmente|saludos|cordialement|bien à vous|mit freundlichen grüßen|с уважением"
    r"|trân trọng|lubos na gumagalang|sumasainyo"
)
_SIGNED = re.compile(
    rf"(?i:^\W*(?:{_CLOSINGS})\s*[,:;—–-]\s*)(?P<who>{_NAME_WORD}(?:\s+{_INITIAL}{_NAME_WORD}){{0,3}})"
)
# A line that is nothing but two to four capitalised words ("Joan Quillby", "Ana M. Ruiz").
_BARE_NAME = re.compile(rf"^\W*{_NAME_WORD}(?:\s+{_INITIAL}{_NAME_WORD}){{1,3}}\W*$")
# Words that make capitalised words a body, a place or a slogan, not a person.
_NOT_A_PERSON = re.compile(
    r"(?i:\b(?:union|association|coalition|committee|council|alliance|network|club|society"
    r"|league|group|foundation|center|centre|inc|llc|ltd|co|neighbou?rs|residents|tenants"
    r"|friends|members|team|campaign|project|church|school|party|federation|institute|city"
    r"|county|state|department|board|street|avenue|road|lane|park|bike|vote|yes|no|save|stop"
    r"|support|oppose|please|thank|thanks|dear|hello|sincerely|regards|now|today|together"
    r"|everyone|all|people|justice|safety|streets|housing|climate|action)\b)"
)

# --------------------------------------------------------------------------- addresses

_CONTACT_CUES = re.compile(
    r"(?i:\b(?:(?:i|we)\s+(?:live|reside|rent|stay)\s+(?:at|on|near|by)\b"
    r"|(?:my|our)\s+(?:home|house|flat|apartment|office)\s+is\s+(?:at|on|in)\b"
    r"|(?:our|my)\s+office\s*:|find us at|visit us at|mail us at|write to us at|drop by"
    r"|vivo en la calle|vivimos en la calle|mi direcci[oó]n|nuestra direcci[oó]n"
    r"|j['’]habite|nous habitons|mon adresse|notre adresse|ich wohne|wir wohnen|meine adresse"
    r"|я живу|мы живём|мы живем|мой адрес|наш адрес|sống tại|địa chỉ|nakatira sa|tirahan"
    r"|ik woon|mijn adres|mieszkam|mój adres|adresim|عنواني|मेरा पता))"
    r"|住在|住址|地址|に住んで|주소|에 살고"
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)"
)
_STREET_WORD = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Court|Ct|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl"
    r"|Circle|Terrace|Parkway|Highway|Square|Trail|Alley|Row|Loop|Crescent|Close|Plaza)"
)
# "twelve Alder Court", "one hundred Main St": a house number spelt out.
_SPELT_ADDRESS = re.compile(
    rf"(?i:\b{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,3}})\s+(?:[A-Z][\w'.-]*\s+){{1,3}}"
    rf"{_STREET_WORD}\b"
)
# "幸福路12号", "长安街 8 號": a Chinese street, its number and 号.
_CHINESE_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:路|街|道|巷|弄|大道|胡同)\s*\d+\s*(?:号|號)?|\d+\s*(?:号|號)(?:楼|樓|室)?"
)
# "ул. Ленина, д. 5, кв. 12": a Russian street word and a house or flat number.
_RUSSIAN_ADDRESS = re.compile(
    r"(?i:(?<!\w)(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|бульвар|шоссе)\s*[\w.-]+"
    r"(?:\s+[\w.-]+)?,?\s*(?:д\.|дом)\s*\d+|(?<!\w)(?:д\.|дом|кв\.|квартира)\s*\d+)"
)
_SPACED_EMAIL = re.compile(
    r"(?i:(?<![\w.+-])[\w.+-]+\s*@\s*[\w-]+(?:\s*(?:\.|\bdot\b)\s*[\w-]+)*\s*(?:\.|\bdot\b)\s*"
    r"(?:com|org|net|edu|gov|io|info|[a-z]{2})\b)"
)

# --------------------------------------------------------------------------- other identifiers

_BIRTH = re.compile(
    r"(?i:\b(?:born|date of birth|d\.?o\.?b\b|birthday|birth date|birthdate|fecha de nacimiento"
    r"|nac[ií]|n[ée]e? le|date de naissance|geboren|дата рождения|родил(?:ся|ась)|ngày sinh"
    r"|sinh ngày|ipinanganak|kaarawan)\b)|出生|生日"
)
_ID_CUES = (
    r"account|acct|licen[cs]e|plate|ssn|social security|passport|tax id|cuenta|compte|сч[её]т"
)
# A cue and, within a few words, a code with three digits or more ("plate 7ABC123",
# "account #4401-2231-88"); a year alone is no code. Not "ID", "case" or "permit": a docket's,
# a case's or a permit's number is public ("Docket ID ED-2022-OCR-0143").
_ID_NUMBER = re.compile(
    rf"(?i:\b(?:{_ID_CUES})\b)[^.\n]{{0,24}}?"
    r"(?<![\w-])(?=(?:[A-Za-z-]*\d){3})(?![12]\d{3}\b)[A-Za-z0-9][A-Za-z0-9-]{3,}\b"
)
# An "@" between words, however spaced: a sentence split at "organizer @ tenants . org" keeps
# only its first half.
_AT_SIGN = re.compile(r"\w\s*@\s*\w")
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def identifies_someone(sentence: str) -> bool:
    """True when ``sentence`` carries a shape of personal data that only public text must fear
    (see the module's docstring); it errs towards privacy, at the cost of a template line."""
    if _phone_spans(sentence):
        return True
    if _birth_date(sentence):
        return True
    if _NAME_CUE.search(sentence) or _INTRODUCED.search(sentence) or _TITLED.search(sentence):
        return True
    if _signed_by_person(sentence) or _bare_name(sentence):
        return True
    if _CONTACT_CUES.search(sentence):
        return True
    return any(
        pattern.search(sentence)
        for pattern in (
            _SPELT_ADDRESS,
            _CHINESE_ADDRESS,
            _RUSSIAN_ADDRESS,
            _SPACED_EMAIL,
            _AT_SIGN,
            _ID_NUMBER,
            _SSN,
        )
    )


def identifying_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a phone number, an address or e-mail of those shapes, or an account
    number, for :func:`intake.text.personal_data.scrub` (a person's own words keep the rest)."""
    spans = _phone_spans(text)
    for pattern in (_SPELT_ADDRESS, _CHINESE_ADDRESS, _RUSSIAN_ADDRESS, _SPACED_EMAIL, _SSN):
        spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def _birth_date(sentence: str) -> bool:
    return bool(_BIRTH.search(sentence)) and any(ch.isdigit() for ch in sentence)


def _signed_by_person(sentence: str) -> bool:
    match = _SIGNED.search(sentence)
    return match is not None and not _NOT_A_PERSON.search(match.group("who"))


def _bare_name(sentence: str) -> bool:
    """A line of capitalised words that reads as a name, not a slogan: no word common in English
    prose and one of them uncommon ("Marcus Kim", "John Smith"; not "Let Kids Play")."""
    if not _BARE_NAME.match(sentence) or _NOT_A_PERSON.search(sentence):
        return False
    frequencies = [_zipf(word) for word in re.findall(r"[^\W\d_]+", sentence) if len(word) > 1]
    return max(frequencies) < _COMMON_WORD and min(frequencies) < _NAME_LIKE_WORD


# wordfreq's Zipf scale: "the" is 7.7, "play" 5.6, "John" 5.4, "Smith" 4.9, "Quillby" 0.
_COMMON_WORD = 5.45
_NAME_LIKE_WORD = 5.05


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))
