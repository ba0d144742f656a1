"""Shapes of personal data the third red team found in public text (session 13).

:mod:`intake.text.identifying` keeps what two earlier rounds found out of a campaign's public
text; it is also read by the labeller (:mod:`intake.text.frame` asks it whether a line is a
fill-in line), so this round's shapes live apart and are read **only** for public text
(:func:`intake.text.template.representative_text`) and the record's scrub
(:func:`intake.text.personal_data.scrub`): not one label can move because of them.

What they catch: names made of common words ("Maria Lopez asked us", "Rose Hill and June Park
signed"), known from a packaged list of given names (``gender-guesser``, 40,000 names of many
countries) rather than from rare words; initials and a surname ("J. R. Okafor"); a family named
by its surname ("the Nguyens' house", "the Lopez family"); names inside hashtags and in a
profile or fundraiser address; names with honorifics in Japanese, Korean, Chinese, Arabic,
Hindi and Vietnamese; a house number before a bare street name ("4410 Pine"); an e-mail written
out with "at" and a real dot ("joan at quillby.net"); a child's grade and school, one person's
job at a named workplace; plates, national identity numbers, IBANs and bank codes without a cue;
GPS coordinates, what3words addresses; addresses in other countries' orders ("Via Roma 12",
"Kerkstraat 12", "세종대로 110", "ul. Marszałkowska 10").

Names the agenda item's own text carries (its title, the body that hears it) stay: a template
that names the council member whose motion the item is, or the street it is about, is public.
It is one module split in two by who may read it, so it reads the word tests
:mod:`intake.text.identifying` exports for it beside its own entry points. Pure: no Flask, no
database.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from intake.text.frequency import zipf
from intake.text.identifying import (
    INITIAL,
    NAME_WORD,
    OFFICIAL_BEFORE,
    OFFICIAL_FIRST,
    as_read,
    names_a_body_or_place,
    rare_word,
    text_before,
    uncued_name,
)

__all__ = ["extra_identifying_spans", "identifies_in_public", "preload"]

# --------------------------------------------------------------------------- names

# Two or three capitalised words in a row, an initial allowed between: "Maria Lopez",
# "June Park", "Ana M. Ruiz".
# (A look-ahead, so "Justice For Maria Lopez" is read at every word, not in pairs from the left.)
_PAIR = re.compile(rf"(?<![\w'’.-])(?P<first>{NAME_WORD})(?=\s+(?:{INITIAL})(?P<last>{NAME_WORD}))")
# What only a person does, just after their name: "Maria Lopez asked", "June Park signed".
_PERSON_VERB = re.compile(
    r"(?i:\s*(?:,\s*)?(?:asked|asks|signed|signs|said|says|told|tells|wrote|writes|urged"
    r"|urges|testified|spoke|speaks|called|calls|drafted|organi[sz]ed|organi[sz]es|lives|lived"
    r"|died|invited|invites|emailed|texted|thinks|believes|wants|explained|shared|pleaded"
    r"|suggested|started|founded|helped|and\s+I|and\s+me|and\s+her|and\s+his|who\b))"
)
# A surname's common prose words are no names ("Will Power", "Hope Street"): a pair with no
# person's verb after it needs a last word rarer than this in English prose.
_SURNAME_COMMON = 4.6
_GIVEN_COMMON = 5.6


@lru_cache(maxsize=1)
def _given_names() -> Any:
    """gender-guesser's table of given names (~3 s to load: see :func:`preload`)."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


# Given names that open places' names far more often than people's ("San Francisco").
_PLACE_OPENERS = re.compile(
    r"(?i:^(?:san|santa|santo|são|saint|st|sainte|fort|port|mount|lake|new|north|south|east"
    r"|west|los|las|el|la|le|les|del|upper|lower|great|little|old|glen|grand)$)"
)


def _is_given_name(word: str) -> bool:
    if len(word) < 2 or zipf(word) >= _GIVEN_COMMON or _PLACE_OPENERS.match(word):
        return False
    return bool(_given_names().get_gender(word) != "unknown")


def _public(words: str, public: str) -> bool:
    """Every word of ``words`` stands in the item's own text (its title, its body)."""
    found = re.findall(r"[^\W\d_]+", words)
    return bool(found) and all(re.search(rf"\b{re.escape(w)}\b", public, re.I) for w in found)


def _common_word_name(sentence: str, public: str) -> bool:
    """A given name and a surname, both maybe common words, that read as a person: followed by
    what a person does, or with a surname uncommon in English prose ("Maria Lopez")."""
    for match in _PAIR.finditer(sentence):
        first, last = match.group("first"), match.group("last")
        if not _is_given_name(first) or names_a_body_or_place(first):
            continue  # "Bay Watershed": a given name that is a place's word too
        if _public(f"{first} {last}", public):
            continue
        if OFFICIAL_BEFORE.search(text_before(sentence, match)) or OFFICIAL_FIRST.match(first):
            continue
        run_end = match.end("last")
        verb = _PERSON_VERB.match(sentence, run_end) or _PERSON_VERB.match(
            sentence, _coordinated_end(sentence, run_end)
        )
        if verb and not _STREET_AFTER.match(sentence, run_end):
            return True
        if names_a_body_or_place(last) or zipf(last) >= _SURNAME_COMMON:
            continue
        after = _NEXT_CAPITALISED.match(sentence, run_end)
        if after and names_a_body_or_place(after.group()):
            continue  # "Martin Luther King Jr. Way", "Maria Lopez Elementary"
        return True
    return False


# The capitalised words (and "Jr.") just after a name, where a place's or body's word stands.
_NEXT_CAPITALISED = re.compile(
    r"\.?(?:\s+(?:[A-Z][\w'’]*\.?|[a-z]+(?=\s+(?:school|center|centre)))){1,3}"
)
_STREET_AFTER = re.compile(
    r"\s+(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Lane|Drive|Boulevard|Blvd|Way|Park|Hill)"
)
_COORDINATED = re.compile(rf"\s+(?:and|&|y|et|und|e)\s+{NAME_WORD}\s+{NAME_WORD}")


def _coordinated_end(sentence: str, end: int) -> int:
    """Where "and June Park" ends after "Rose Hill": the verb may follow the second name."""
    more = _COORDINATED.match(sentence, end)
    return more.end() if more else end


# "J. R. Okafor", "A.B. Nwosu": initials and a surname that is no common word.
_INITIALS_NAME = re.compile(rf"(?<![\w.])(?:[A-Z]\.\s*){{2,3}}(?P<last>{NAME_WORD})")
# "the Nguyens' house", "the Okafors’ garden", "the Lopez family", "la familia López".
_FAMILY = re.compile(
    rf"(?i:\bthe\s+)(?P<a>{NAME_WORD})(?:s['’](?=\s)|es['’](?=\s))"
    rf"|(?i:\bthe\s+)(?P<b>{NAME_WORD})\s+(?i:family|household|kids|children)\b"
    rf"|(?i:\b(?:la\s+familia|la\s+famille|die\s+familie|a\s+fam[ií]lia|la\s+famiglia)\s+)"
    rf"(?P<c>{NAME_WORD})"
)


# Initials of places and bodies, not people: "U.S. Environmental Protection Agency".
_PLACE_INITIALS = re.compile(r"(?:U\.\s*S|U\.\s*K|E\.\s*U|D\.\s*C|N\.\s*Y|L\.\s*A|U\.\s*N)\.")


def _initials_or_family(sentence: str, public: str) -> bool:
    for match in _INITIALS_NAME.finditer(sentence):
        last = match.group("last")
        if _PLACE_INITIALS.match(match.group()) or _NEXT_CAPITALISED.match(sentence, match.end()):
            continue  # a body's name runs on: "U.S. Environmental Protection Agency"
        if _is_surname_like(last) and not names_a_body_or_place(last) and not _public(last, public):
            return True
    for match in _FAMILY.finditer(sentence):
        who = match.group("a") or match.group("b") or match.group("c")
        if names_a_body_or_place(who) or _public(who, public):
            continue
        if _is_surname_like(who):
            return True
    return False


def _is_surname_like(word: str) -> bool:
    """A family's name: rare, or a given name's list knows it not and prose rarely uses it."""
    return rare_word(word) or (zipf(word) < _SURNAME_COMMON and not _is_plural_noun(word))


def _is_plural_noun(word: str) -> bool:
    return word.lower().endswith("s") and zipf(word[:-1]) > zipf(word)


# A hashtag spelt in CamelCase: "#JusticeForMariaLopez" reads "Justice For Maria Lopez".
_HASHTAG = re.compile(r"(?<![\w#])#(?P<tag>[A-Za-z][A-Za-z0-9]{3,})")
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+")


def _hashtag_name(sentence: str, public: str) -> bool:
    for match in _HASHTAG.finditer(sentence):
        words = " ".join(_CAMEL.findall(match.group("tag")))
        if uncued_name(words) or _common_word_name(words, public):
            return True
    return False


# A profile's or fundraiser's address with a person's name in its path or host.
_PERSONAL_HOSTS = (
    r"github\.com|gitlab\.com|about\.me|linktr\.ee|paypal\.me|calendly\.com|medium\.com"
    r"|gofundme\.com(?:/f)?|venmo\.com|cash\.app|ko-fi\.com|patreon\.com|buymeacoffee\.com"
    r"|change\.org/p|flickr\.com/photos|vimeo\.com|soundcloud\.com|behance\.net|dribbble\.com"
)
_PERSONAL_URL = re.compile(
    rf"(?i:\b(?:https?://)?(?:www\.)?(?:{_PERSONAL_HOSTS})/@?[\w.~-]{{2,}})"
    r"|(?i:(?<![\w.-])[\w-]{3,}\.(?:substack\.com|wordpress\.com|blogspot\.com|github\.io|carrd\.co))"
)
# Any address whose path holds a given name and another word: "/team/jane-doe",
# "/help-maria-lopez".
_URL_PATH = re.compile(
    r"(?i:(?<![\w.-])(?:https?://)?[\w-]+(?:\.[\w-]+)+(?P<path>(?:/[\w.~%-]+)+))"
)


def _named_url(sentence: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PERSONAL_URL.finditer(sentence)]
    for match in _URL_PATH.finditer(sentence):
        words = re.split(r"[/._~%-]+", match.group("path"))
        for a, b in itertools.pairwise(words):
            if a.isalpha() and b.isalpha() and _is_given_name(a) and not _common_prose(b):
                spans.append(match.span())
                break
    return spans


def _common_prose(word: str) -> bool:
    return zipf(word) >= _SURNAME_COMMON


# Names with an honorific in scripts the name rules cannot split into words.
_HONORIFIC_OFFICES = r"市長|知事|議員|大臣|社長|部長|시장|의원|장관|위원|市长|议员|主席|委员|部长"
_HONORIFIC_NAMES = [
    # Japanese: 田中さん, 山田様, 佐藤氏, 鈴木くん (not 市長さん: an office)
    re.compile(
        rf"(?<![\u3040-\u30ff\u4e00-\u9fff])(?!{_HONORIFIC_OFFICES})"
        r"[\u4e00-\u9fff\u30a0-\u30ff]{1,4}(?:さん|様|さま|氏|くん|君|ちゃん)"
    ),
    # Korean: 김민수 씨, 이영희님 (not 시장님)
    re.compile(rf"(?<![가-힣])(?!{_HONORIFIC_OFFICES})[가-힣]{{2,4}}\s?(?:씨|님)(?![가-힣]{{2}})"),
    # Chinese: 王先生, 李女士, 张小姐
    re.compile(
        rf"(?<![\u4e00-\u9fff])(?!{_HONORIFIC_OFFICES})"
        r"[王李张張刘劉陈陳杨楊黄黃赵趙周吴吳徐孙孫朱马馬胡郭林何高梁郑鄭罗羅宋谢謝唐韩韓曹许許]"
        r"[\u4e00-\u9fff]{0,2}(?:先生|女士|小姐|太太|阿姨|大爷|老师)"
    ),
    # Arabic: السيد أحمد, السيدة فاطمة, الأستاذ خالد (not السيد الرئيس: the president)
    re.compile(
        r"(?<![\u0600-\u06ff])(?:السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|الحاج|الحاجة)"
        r"\s+(?!ال|رئيس|عمدة|وزير|محافظ)[\u0600-\u06ff]{2,}"
    ),
    # Hindi: श्री राम शर्मा, श्रीमती सीता देवी
    re.compile(r"(?:श्रीमती|श्री|सुश्री|कुमारी)\s+[\u0900-\u097f]{2,}"),
    # Vietnamese: Ông Nguyễn Văn An, Bà Trần Thị Bích, Chị Lan, Anh Minh
    re.compile(r"\b(?:Ông|Bà|Cô|Chú|Chị|Anh|Em)\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]+(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]+)*"),
]
_VIETNAMESE_OFFICE = re.compile(r"(?i:thị trưởng|chủ tịch|hội đồng|ủy viên)")


def _honorific_name(sentence: str) -> bool:
    for pattern in _HONORIFIC_NAMES:
        for match in pattern.finditer(sentence):
            if not _VIETNAMESE_OFFICE.search(match.group()):
                return True
    return False


# A child's grade and school: "my son is in 3rd grade at Lincoln Elementary".
_CHILD_SCHOOL = re.compile(
    r"(?i:\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl|grandson|granddaughter)s?\b)"
    r"[^.\n]{0,40}?(?:\b\d{1,2}(?:st|nd|rd|th)?\s+grade|\bgrade\s+\d{1,2}|\byear\s+\d{1,2}"
    r"|\b(?:kindergarten|pre-?k|first|second|third|fourth|fifth|sixth|seventh|eighth)\s+grade)"
    r"[^.\n]{0,30}?\b(?:at|in)\s+[A-Z]"
)
# One person's job at a named place: "I am the head nurse at St. Mary's Hospital", "I'm the
# principal of Alder Elementary", "I own Lupe's Bakery".
_ONE_JOB = re.compile(
    r"(?i:\b(?:i\s+am|i['’]m|i\s+work\s+as|i\s+serve\s+as|as)\s+the\s+(?:only\s+|head\s+|chief"
    r"\s+|lead\s+|senior\s+|night\s+|new\s+|founding\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:at|of|for)"
    r"\s+)(?:the\s+)?[A-Z][\w'’.-]+"
    r"|(?i:\bi\s+(?:own|run|manage)\s+)[A-Z][\w'’]+(?:['’]s)?\s+[A-Z]?[\w]+"
)
# Words that make "the X of Y" a public role, not one resident's job.
_PUBLIC_ROLE = re.compile(r"(?i:\b(?:members?|residents?|voters?|people|parents|owners of a)\b)")


def _one_persons_place(sentence: str) -> bool:
    if _CHILD_SCHOOL.search(sentence):
        return True
    return any(not _PUBLIC_ROLE.search(m.group()) for m in _ONE_JOB.finditer(sentence))


# --------------------------------------------------------------------------- addresses

# A house number before a bare street name made of a common word: "4410 Pine is where we meet".
# Three to five digits (not "5 Americans"), no year, one capitalised word that is no plural
# ("1200 Residents"), no term ("2026 Budget" is a year) and no body or place word.
_BARE_COMMON_ADDRESS = re.compile(
    r"(?<![\w$€£.,/#:-])(?P<number>\d{3,5})[A-Za-z]?[ \t]+(?P<street>[A-Z][a-z]{2,})\b"
    r"(?![ \t]+[A-Z])"
)
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
_NOT_A_STREET = re.compile(
    r"(?i:^(?:residents|people|homes|signatures|members|votes|dollars|euros|pounds|miles|feet"
    r"|meters|metres|acres|units|children|kids|cars|trees|pages|copies|letters|comments"
    r"|budget|block|hours|days|years|percent|euro|dollar|pound|yen|peso|real|reais|rupee"
    r"|franc|yuan|won|rand|krona|krone|zloty|lira)$)"
)


def _bare_common_address_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _BARE_COMMON_ADDRESS.finditer(text):
        number, street = match.group("number"), match.group("street")
        if _YEARISH.fullmatch(number) or _NOT_A_STREET.match(street):
            continue
        if street.endswith("s") or names_a_body_or_place(street) or zipf(street) >= 5.0:
            continue
        spans.append(match.span())
    return spans


# Streets named before their number as other countries write them.
_ADDRESSES_ABROAD = [
    # Italian, Spanish, Portuguese, Polish: "Via Roma 12", "Rua Augusta, 100",
    # "ul. Marszałkowska 10"
    re.compile(
        r"\b(?:Via|Viale|Piazza|Corso|Vicolo|Largo|Calle|Avenida|Av\.|Rua|Travessa|Praça|Ul\.|ul\."
        r"|ulica|aleja|al\.|Carrer|Rambla|Paseo|Plaza)[ \t]+(?:[A-ZÀ-ÿĄ-ż][\wÀ-ÿĄ-ż'’.-]*[ \t]+)"
        r"{0,3}?[A-ZÀ-ÿĄ-ż][\wÀ-ÿĄ-ż'’.-]*,?[ \t]+(?:n\.?º?[ \t]*)?\d{1,5}[A-Za-z]?\b"
    ),
    # Dutch, Scandinavian, German street words at a name's end: "Kerkstraat 12", "Storgatan 4"
    re.compile(
        r"(?<![\w'’-])[A-ZÀ-ÿ][\wÀ-ÿ'’-]*(?:straat|gracht|plein|laan|kade|weg|steeg|gatan|gata|gade|vej"
        r"|veien|vägen|stra(?:ß|ss)e|str\.|gasse|platz|allee|damm|ufer)[ \t]+\d{1,5}[a-z]?\b"
    ),
    # Japanese block numbers after a ward, town or chōme: "千代田区千代田1-1", "三丁目4-5"
    re.compile(
        r"[\u4e00-\u9fff]{1,8}(?:区|市|町|村|丁目)[\u4e00-\u9fff]{0,6}\d{1,4}(?:[-－−ー]\d{1,4}){1,2}"
    ),
    # Korean road addresses: "세종대로 110", "테헤란로 152", "압구정로10길 5"
    re.compile(r"[가-힣0-9]{1,10}(?:대로|로|길)\s?\d{1,4}(?:-\d{1,4})?(?![\d가-힣])"),
]


# A line that is a street's rare name and a house number, nothing else: "Marszałkowska 10."
# (the sentence splitter cuts "ul. Marszałkowska 10" after its "ul.").
_NAME_AND_NUMBER_LINE = re.compile(
    rf"^[^\w\n]*(?P<street>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}),?[ \t]+"
    r"\d{1,5}[a-z]?[^\w\n]*$"
)


def _name_and_number_line(text: str) -> list[tuple[int, int]]:
    match = _NAME_AND_NUMBER_LINE.match(text.strip())
    if match is None:
        return []
    last = match.group("street").split()[-1]
    if not rare_word(last) or names_a_body_or_place(match.group("street")):
        return []
    return [(0, len(text))]


# --------------------------------------------------------------------------- contacts and codes

# "joan at quillby.net", "jane.doe at gmail.com": a word that is no common prose word, "at",
# and a domain; "see the plan at cityhall.gov" stays (its word before "at" is common).
_AT_WORD_EMAIL = re.compile(
    r"(?i:(?<![\w.+-])(?P<local>[\w.+-]{2,})\s+(?:at|arroba)\s+[\w-]+(?:\.[\w-]+)*"
    r"\.(?:com|org|net|edu|io|info|me|co|[a-z]{2})\b)"
)
# "maria dot lopez at gmail dot com": the local part with a spelt dot, whole.
_SPELT_LOCAL_EMAIL = re.compile(
    r"(?i:(?<![\w+-])[\w+-]+(?:\s+dot\s+[\w+-]+)+\s+(?:at|arroba|\(at\)|\[at\])\s+[\w-]+"
    r"(?:\s+(?:dot|\(dot\)|\[dot\])\s+[\w-]+)+)"
)


def _at_word_email_spans(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _AT_WORD_EMAIL.finditer(text)
        if not m.group("local").isdigit()
        and ("." in m.group("local") or "_" in m.group("local") or zipf(m.group("local")) < 5.0)
        and not m.group("local").lower().endswith((".gov", ".org", ".com"))
    ]


# Plates with no cue, in shapes few other codes take: California "7ABC123", India "KA01AB1234",
# Mercosur "ABC1D23".
_PLATE_SHAPES = re.compile(
    r"(?<![\w-])(?:\d[A-Z]{3}\d{3}|[A-Z]{2}\s?\d{2}\s?[A-Z]{1,2}\s?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![\w-])"
)
# National identity numbers with no cue: Spain's DNI/NIE, the UK's National Insurance number,
# China's resident ID, Mexico's CURP; and Canada's SIN, bank codes after their cue.
_NATIONAL_IDS = re.compile(
    r"(?<![\w-])(?:\d{8}[A-HJ-NP-TV-Z]|[XYZ]\d{7}[A-Z]"
    r"|[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]"
    r"|\d{17}[\dXx]|[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d)(?![\w-])"
)
_ID_CUE_CODE = re.compile(
    r"(?i:\b(?:sin|nin|ni\s+number|national\s+insurance(?:\s+number)?|dni|nie|cpf|cnpj|curp|rfc"
    r"|aadhaar|aadhar|pan|nhs\s+number|medicare|personnummer|bsn|pesel|steuer-?id|iban|bic"
    r"|swift|sort\s+code|routing(?:\s+number)?|aba|bsb|clabe|pix|my\s+number|ssn|itin|nif|nir)\b"
    r"|身份证号?|身分證|マイナンバー|주민등록번호|رقم\s+الهوية|आधार)"
    r"[^.\n\d]{0,20}?(?=(?:[A-Za-z -]*\d){3})[A-Za-z0-9][A-Za-z0-9 .-]{2,30}[A-Za-z0-9]"
)
# An IBAN with or without its spaces: "DE89 3704 0044 0532 0130 00".
_IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![\w-])")
# GPS coordinates: "37.7749, -122.4194", "37°46′29″N 122°25′09″W", "geo:37.77,-122.41".
_COORDINATES = re.compile(
    r"(?<![\w.])-?\d{1,2}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}(?!\d|\.\d)"
    r"|\d{1,3}\s*°\s*\d{1,2}\s*['′’]\s*(?:\d{1,2}(?:\.\d+)?\s*[\"″”]\s*)?[NSns]"
    r"[\s,]*\d{1,3}\s*°\s*\d{1,2}\s*['′’]\s*(?:\d{1,2}(?:\.\d+)?\s*[\"″”]\s*)?[EWOew]"
    r"|-?\d{1,2}\.\d{3,}\s*°?\s*[NS]\s*,?\s*-?\d{1,3}\.\d{3,}\s*°?\s*[EW]\b"
)
# what3words: "///filled.count.soap", "w3w: filled.count.soap".
_WHAT3WORDS = re.compile(
    r"(?:///|(?i:\bw3w\b|\bwhat3words\b(?:\.com/)?)[\s:/]*)\p{L}+\.\p{L}+\.\p{L}+".replace(
        r"\p{L}", r"[^\W\d_]"
    )
)
_TEMPLATE_IDS = (_PLATE_SHAPES, _NATIONAL_IDS, _ID_CUE_CODE, _IBAN, _COORDINATES, _WHAT3WORDS)


# --------------------------------------------------------------------------- entry points


def identifies_in_public(sentence: str, public: str = "") -> bool:
    """True when ``sentence`` carries one of this round's shapes (the module's docstring), so a
    campaign's public text must leave it out even when many members sent it word for word.
    ``public`` is the agenda item's own text: a name every word of which it carries stays."""
    sentence = as_read(sentence)
    if _common_word_name(sentence, public) or _initials_or_family(sentence, public):
        return True
    if _hashtag_name(sentence, public) or _honorific_name(sentence):
        return True
    if _one_persons_place(sentence):
        return True
    return bool(extra_identifying_spans(sentence))


def extra_identifying_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds this round's contact details, addresses and codes (not names: the
    record keeps other people's names inside a person's own words), for :func:`scrub`."""
    spans = _bare_common_address_spans(text) + _at_word_email_spans(text) + _named_url(text)
    spans += _name_and_number_line(text)
    for pattern in (*_ADDRESSES_ABROAD, _SPELT_LOCAL_EMAIL, *_TEMPLATE_IDS):
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


def preload() -> None:
    """Load the given-name table (about 3 s of CPU, once per process) at start."""
    _given_names()
