"""Does a sender's name say who they are?

Many people file under "Anonymous", "N/A" or "Name withheld", in every language a city receives
("Anónimo", "匿名", "ẩn danh", "مجهول"), or describe themselves instead of naming themselves ("A
Tessaly Point resident", "Resident of Ward 3", "Eastmere neighbor", "Vecina de Calle Palma").
Such a name identifies no one: two comments under it are two people (issue 14 item 3). Pure: no
Flask, no database.

Migrations that re-key stored senders when this rule widens keep a frozen copy of it (0006, 0017,
0018): change the rule here, then add a migration with a copy of the new one.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["PLACEHOLDER_WORDS", "is_placeholder_name", "name_tokens"]

# A word of a name: letters, joined by an apostrophe or hyphen ("O'Neil", "Jean-Pierre").
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def name_tokens(name: str) -> list[str]:
    """The words of ``name`` (NFKC), as written."""
    return _NAME_TOKEN.findall(unicodedata.normalize("NFKC", name))


def _folded(words: str) -> tuple[str, ...]:
    return tuple(t.casefold() for t in name_tokens(words))


PLACEHOLDER_WORDS = frozenset(
    {
        "anonymous",
        "anon",
        "anonymus",
        "anonymously",
        "name",
        "names",
        "withheld",
        "na",
        "n",
        "a",
        "none",
        "no",
        "not",
        "given",
        "provided",
        "unknown",
        "private",
        "redacted",
        "concerned",
        "citizen",
        "resident",
        # where or what a sender says they are instead of a name: "County resident", "City
        # resident", "Local taxpayer", "Concerned neighbor", "A constituent"
        "residents",
        "citizens",
        "county",
        "city",
        "town",
        "local",
        "taxpayer",
        "voter",
        "neighbor",
        "neighbour",
        "constituent",
        "homeowner",
        "public",
        "member",
        "of",
        "the",
        "user",
        "x",
        "xx",
        "xxx",
        "test",
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "miss",
        "prof",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
        # what a form's "name" gets from someone declining it: "Prefer not to say", "Decline to
        # state", "I'd rather not say", "Would rather not disclose"
        "prefer",
        "decline",
        "declined",
        "to",
        "say",
        "state",
        "answer",
        "i",
        "i'd",
        "i\u2019d",
        "rather",
        "would",
        "disclose",
        # "anonymous" and "unknown" in the languages a city's comments come in, with and without
        # their accents (people type both); none is anyone's given or family name.
        *_folded(
            "anónimo anonimo anónima anonima anônimo anônima anonyme anonym anonymer anonyma"
            " anonim anonimowy anonimowa anonimi anonymní anonimă anónimos"
            " desconocido desconocida desconhecido desconhecida inconnu inconnue sconosciuto"
            " sconosciuta unbekannt isimsiz adsız qarsoodi asiyejulikana"
            " аноним анонимно анонимный анонимная анонимен анонім анонімно анонімний анонімна"
            " неизвестно неизвестный неизвестная невідомо невідомий невідома"
            " ανώνυμος ανώνυμη ανώνυμο אנונימי אנונימית"
            " مجهول مجهولة ناشناس ناشناخته گمنام نامعلوم"
            " 무명 名無し 名無しさん ななし"
        ),
    }
)
# Placeholders of several words, some of whose words are names on their own ("Danh", "Tên",
# "Nama", "San") and so no placeholder words: "ẩn danh", "walang pangalan", "sin nombre". Words
# of scripts whose vowel signs split a word for ``name_tokens`` (Devanagari, Bengali, Thai)
# are listed here too, as the pieces it reads.
_PLACEHOLDER_PHRASES = frozenset(
    _folded(p)
    for p in (
        "ẩn danh",
        "vô danh",
        "người vô danh",
        "giấu tên",
        "xin giấu tên",
        "không tên",
        "không có tên",
        "không rõ",
        "walang pangalan",
        "hindi nagpakilala",
        "hindi kilala",
        "sin nombre",
        "nombre reservado",
        "prefiero no decir",
        "prefiero no decirlo",
        "sem nome",
        "prefiro não dizer",
        "não informado",
        "nome não informado",
        "sans nom",
        "nom masqué",
        "non communiqué",
        "ohne namen",
        "kein name",
        "keine angabe",
        "nicht angegeben",
        "senza nome",
        "preferisco non dirlo",
        "без имени",
        "не указано",
        "не указан",
        "без імені",
        "не вказано",
        "bez imienia",
        "bez nazwiska",
        "nie podano",
        "tanpa nama",
        "bila jina",
        "san non",
        "magac la'aan",
        "بدون اسم",
        "بلا اسم",
        "مجهول الهوية",
        "غير معروف",
        "بی نام",
        "بدون نام",
        "ללא שם",
        "בעילום שם",
        "गुमनाम",
        "अज्ञात",
        "बेनाम",
        "বেনামী",
        "অজ্ঞাত",
        "ไม่ระบุชื่อ",
        "นิรนาม",
        "անանուն",
    )
)
# In scripts written without spaces a placeholder is part of a longer word ("匿名希望", "匿名市民"):
# a word holding one of these says no name. Korean's 익명 starts its word ("익명의", "익명으로").
_UNSPACED_PLACEHOLDERS = ("匿名", "无名氏", "無名氏", "佚名", "不具名")
_WORD_START_PLACEHOLDERS = ("익명",)

# Who a sender says they are instead of a name. These are no one's surname: with any other
# words ("A Tessaly Point resident", "Resident of Ward 3", "Ashgrove homeowner") they describe.
_ROLE_WORDS = frozenset(
    _folded(
        "resident residents homeowner homeowners householder taxpayer taxpayers ratepayer"
        " ratepayers constituent constituents inhabitant inhabitants"
        " residente residentes contribuyente contribuyentes vecinos ciudadano ciudadana"
        " ciudadanos inquilino inquilina inquilinos propietario propietaria"
        " morador moradora moradores vizinho vizinha vizinhos cidadão cidadã contribuinte"
        " résident résidente résidents résidentes habitant habitante habitants locataire"
        " propriétaire contribuable anwohner anwohnerin bewohner bewohnerin einwohner"
        " einwohnerin steuerzahler steuerzahlerin abitante abitanti cittadina"
        " житель жительница жители горожанин горожанка мешканець мешканка мешканці жителька"
        " mieszkaniec mieszkanka mieszkańcy podatnik mamamayan kapitbahay rezidan sitwayen"
        " مواطن مواطنة شهروند 주민 시민 구민 세입자"
    )
)
_ROLE_PHRASES = frozenset(_folded(p) for p in ("cư dân", "người dân", "công dân", "निवासी"))
# Chinese and Japanese write "Eastmere resident" as one word: "东区居民", "一市民".
_UNSPACED_ROLE_ENDINGS = (
    "居民",
    "市民",
    "住民",
    "区民",
    "町民",
    "村民",
    "邻居",
    "鄰居",
    "街坊",
    "纳税人",
    "納稅人",
    "納税者",
    "业主",
    "業主",
    "租户",
    "租戶",
)
# Roles that are also family names ("Marie Parent", "Jean Tenant", "Ajit Pai", "Matías Vecino",
# "Minnie Driver") describe someone only when written as a description: after an article or a
# describing word with nothing else before them ("A parent", "Una vecina", "Longtime renter"),
# first and followed by a preposition or a number ("Parent of two", "Vecina de Calle Palma",
# "Voter 12"), or in lower case beside a capitalised word ("Eastmere neighbor").
_SURNAME_ROLE_WORDS = frozenset(
    _folded(
        "parent parents tenant tenants renter renters voter voters citizen citizens neighbor"
        " neighbors neighbour neighbours owner owners landlord mother father mom mum dad"
        " grandmother grandfather grandparent grandma grandpa student teacher nurse veteran"
        " retiree commuter cyclist driver rider worker employee customer patron"
        " vecino vecina voisin voisine citoyen citoyenne cittadino bürger bürgerin mieter"
        " mieterin sąsiad sąsiadka obywatel obywatelka madre padre mãe pai mère père mutter"
        " vater estudiante abuela abuelo"
    )
)
_BEFORE_ROLE = frozenset(
    _folded(
        "a an the one another your concerned local longtime long-time lifelong proud worried"
        " fellow just un una une um uma ein eine einer el la los las il lo uno một isang"
        " preocupado preocupada inquiet inquiète besorgter besorgte"
    )
)
_AFTER_ROLE = frozenset(
    _folded(
        "of in from on at near for since de del en desde em do da dos das no na du des à au"
        " aux aus von vom im am di della dal nel w z ze из в с з у із ở tại sa ng"
    )
)
_ELIDED_PREPOSITION = re.compile(r"^(?:d|dell|dall|nell)['\u2019]")
# What splits a name into parts that each may or may not name someone: "Maria Lopez, Eastmere
# resident" names Maria Lopez; "Anonymous (Eastmere resident)" names nobody.
_PARTS = re.compile(r"[,;:()\[\]{}/|\n\u2013\u2014]|\s-\s")

# A word's kind: says no name; a role no one is named; a role someone may be named; any other.
_NONE, _ROLE, _SURNAME_ROLE, _OTHER = range(4)


def is_placeholder_name(name: str | None) -> bool:
    """True when a name says nothing about who sent the comment.

    "Anonymous", "Anonymous Anonymous", "N/A", "Name withheld", "anon", "none", "no name", a
    blank, "-" or "???", "Anónimo", "匿名", "ẩn danh": every word is a placeholder word (or there
    are no words at all). "A Tessaly Point resident", "Resident of Ward 3", "Eastmere neighbor":
    a description instead of a name. Many different people file under such a name, so it never
    identifies anyone. A name with a part that names someone ("Maria Lopez, Eastmere resident")
    is a name, and so are names that hold a role word as a family name ("Marie Parent").
    """
    if name is None:
        return True
    return all(_names_nobody(part) for part in _PARTS.split(unicodedata.normalize("NFKC", name)))


def _names_nobody(part: str) -> bool:
    words = name_tokens(part)
    folded = [w.casefold() for w in words]
    kinds = _kinds(folded)
    if all(k != _OTHER for k in kinds):
        return True
    if _ROLE in kinds:
        return True
    number = any(ch.isdigit() for ch in part)
    return any(
        _describes(words, folded, kinds, i, number)
        for i, k in enumerate(kinds)
        if k == _SURNAME_ROLE
    )


def _kinds(folded: list[str]) -> list[int]:
    kinds = [_kind(w) for w in folded]
    for phrases, kind in ((_PLACEHOLDER_PHRASES, _NONE), (_ROLE_PHRASES, _ROLE)):
        for phrase in phrases:
            n = len(phrase)
            for at in range(len(folded) - n + 1):
                if tuple(folded[at : at + n]) == phrase:
                    kinds[at : at + n] = [kind] * n
    return kinds


def _kind(word: str) -> int:
    if word in _ROLE_WORDS or word.endswith(_UNSPACED_ROLE_ENDINGS):
        return _ROLE
    if word in _SURNAME_ROLE_WORDS:
        return _SURNAME_ROLE
    if (
        word in PLACEHOLDER_WORDS
        or any(p in word for p in _UNSPACED_PLACEHOLDERS)
        or word.startswith(_WORD_START_PLACEHOLDERS)
    ):
        return _NONE
    return _OTHER


def _describes(
    words: list[str], folded: list[str], kinds: list[int], at: int, number: bool
) -> bool:
    """Whether the role word ``words[at]``, which may be a family name, describes the sender
    (``number``: the part holds a digit)."""
    before = folded[:at]
    if all(w in _BEFORE_ROLE or kinds[i] == _NONE for i, w in enumerate(before)):
        after = folded[at + 1] if at + 1 < len(folded) else ""
        if (
            number
            or any(w in _BEFORE_ROLE for w in before)
            or after in _AFTER_ROLE
            or _ELIDED_PREPOSITION.match(after)
        ):
            return True
    # "Eastmere neighbor", "Ward 3 parent": the role in lower case beside a capitalised word.
    return words[at][:1].islower() and any(w[:1].isupper() for i, w in enumerate(words) if i != at)
