"""Round 13: a web address spelled out with a path, or with its dot in brackets.

Round 5 reads "pharm-4-u dot com" and round 10 "easyincome2026 dot site", but only for
top-level domains that are not words, or after a label that is not one: "dot co", "dot win"
and "point fr" are prose often enough ("le point de vue"). Two shapes make such an address
plain whatever its domain:

* **a path after it**, with a slash or the word for one: "quotesnap dot co slash start",
  "luxestays dot win / cancun" (a sentence does not go on "... dot co slash ...");
* **the word for "dot" in brackets** before a top-level domain (round 19: a country's two
  letters or one linkify-it lists): "netlink-express [point] fr", "shop (dot) de": the
  brackets are there to keep a link finder from reading it, as "[at]" in an address; round 16
  reads the domain in digits for letters too ("rx-m3ds [dot] c0m"), when it is one once read;
* (round 16) **a name that is no word, "dot", a top-level domain**: "rightscourse dot co",
  "readrocket-kids dot app". Round 5 left "dot co" and "dot app" alone because a sentence may
  say "dot" before such a word; it does not say it after a run of letters that no English
  text uses (wordfreq knows no "rightscourse") or that holds a digit or a hyphen.

Either is a link hidden from filters, weighed as round 5's spelled address
(``spelled_link_weight``) and, like it, a way to reach someone.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.frequency import zipf
from intake.text.spam.evidence import Evidence
from intake.text.spam.links import TEXT_CACHE, host_allowed
from intake.text.spam.settings import SpamSettings

_DOT_WORD = r"(?:dot|punto|ponto|point|punkt|точка|نقطة|点)"
#: Before a path only "dot" (and the non-Latin words): "the point is / was" is prose.
_DOT_BEFORE_PATH = r"(?:[Dd]ot|DOT|点|نقطة)"
_SLASH_WORD = r"(?:/|slash|barra|barre|schrägstrich|слэш|слеш)"
_LABEL = r"(?<![\p{L}\p{N}-])[\p{L}\p{N}][\p{L}\p{N}-]{1,62}"
#: A domain typed as an address is lower case ("dot co", not "Dot Com Era").
_TLD = r"\p{Ll}{2,6}(?![\p{L}\p{N}])"
#: "quotesnap dot co slash start", "luxestays dot win / cancun".
_WITH_PATH_RE = regex.compile(
    rf"{_LABEL}\s+{_DOT_BEFORE_PATH}\s+{_TLD}\s*{_SLASH_WORD}\s*[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}_-]*"
)
#: "netlink-express [point] fr", "shop (dot) de", "site {dot} ru".
_BRACKETED_RE = regex.compile(
    rf"{_LABEL}\s*[\[\(\{{]\s*(?i:{_DOT_WORD})\s*[\]\)\}}]\s*(?P<tld>{_TLD})"
)
#: Round 20: any one short token in brackets, the word for "dot" in a language the list above
#: does not hold ("(kropka)", "[nokta]", "(крапка)") or the dot itself ("[.]").
_BRACKETED_ANY_RE = regex.compile(
    r"(?P<label>(?<![\p{L}\p{N}-])[\p{Ll}\p{N}][\p{Ll}\p{N}-]{1,62})\s*"
    rf"[\[\(\{{]\s*[^\s\[\]\(\)\{{\}}]{{1,10}}\s*[\]\)\}}]\s*(?P<tld>{_TLD})"
)
#: Round 16: "rx-m3ds [dot] c0m": the domain in digits for letters after a bracketed dot.
_BRACKETED_CODED_RE = regex.compile(
    rf"{_LABEL}\s*[\[\(\{{]\s*(?i:{_DOT_WORD})\s*[\]\)\}}]\s*"
    r"([\p{Ll}\p{N}]{2,6})(?![\p{L}\p{N}])"
)
#: Round 16: "rightscourse dot co", "readrocket-kids dot app": the English word, lower case.
_NAME_DOT_RE = regex.compile(
    r"(?<![\p{L}\p{N}-])([\p{Ll}\p{N}][\p{Ll}\p{N}-]{1,62})\s+(?:dot|DOT)\s+(\p{Ll}{2,6})"
    r"(?![\p{L}\p{N}-])"
)
#: Digits typed for letters in a domain ("c0m", "n3t").
_DIGIT_LETTERS = str.maketrans("0134579", "oleastg")
#: A name this long that no English text uses is no word ("rightscourse"); shorter ones may be
#: a word wordfreq does not list.
UNWORD_MIN_CHARS = 6
#: Round 20: a two-letter domain this common in English prose is read as the word ("in", "is",
#: "me", "us", "am"), not as a country ("de", "co", "uk", "tv" stay domains).
COMMON_WORD_ZIPF = 5.5
_DOT_WORDS = ("dot", "punto", "ponto", "point", "punkt", "точка", "نقطة", "点")


def spelled_address(body: str) -> str | None:
    """The first address spelled out with a path or a bracketed dot, if any."""
    folded = body.casefold()
    found = None
    if any(word in folded for word in _DOT_WORDS):
        found = _WITH_PATH_RE.search(body) or _bracketed(body)
    found = found or _bracketed_unworded(body)
    return " ".join(found.group().split())[:40] if found else None


def _bracketed(body: str) -> regex.Match[str] | None:
    """Round 19: a bracketed dot before a top-level domain ("shop (dot) de"), not before any
    short word: "Prices (dot) points to ..." is a resident's pun, and no address ends in
    ".points"."""
    for m in _BRACKETED_RE.finditer(body):
        if _is_tld(m.group("tld")):
            return m
    return None


def _bracketed_unworded(body: str) -> regex.Match[str] | None:
    """Round 20: a name that is no word (a hyphen or a digit in it, or letters no English text
    uses), one short token in brackets, and a top-level domain: "wynajem-zysk (kropka) com",
    "kazanc-evden [nokta] com", "treelaw-help [.] xyz". The brackets keep a link finder from
    reading the dot, whatever word stands for it; the name that is no word keeps a sentence's
    aside out ("the fee (sadly) is high": "fee" is a word), and so does a country's two
    letters that are a common English word ("covid-19 (again) is ...": "is" is Iceland's)."""
    if not any(bracket in body for bracket in "[({"):
        return None
    for m in _BRACKETED_ANY_RE.finditer(body):
        tld = m.group("tld")
        if len(tld) == 2 and zipf(tld) >= COMMON_WORD_ZIPF:
            continue
        if _is_tld(tld) and _not_a_word(m.group("label")):
            return m
    return None


def renamed_address(body: str) -> str | None:
    """Round 16: the first address spelled with its domain in digits for letters after a
    bracketed dot, or after a name that is no word and "dot", if any."""
    return _coded_domain(body) or _unworded_name(body)


def _coded_domain(body: str) -> str | None:
    """Round 16: a bracketed dot before a domain typed with digits for letters ("[dot] c0m")."""
    if not any(bracket in body for bracket in "[({"):
        return None  # the pattern tries its name at every word before failing on the bracket
    for m in _BRACKETED_CODED_RE.finditer(body):
        domain = m.group(1)
        if regex.search(r"\p{N}", domain) and _is_tld(domain.translate(_DIGIT_LETTERS)):
            return " ".join(m.group().split())[:40]
    return None


def _unworded_name(body: str) -> str | None:
    """Round 16: a name that is no word, "dot", and a top-level domain ("rightscourse dot co")."""
    if "dot" not in body and "DOT" not in body:
        return None
    for m in _NAME_DOT_RE.finditer(body):
        name, domain = m.group(1), m.group(2)
        if _is_tld(domain) and _not_a_word(name):
            return " ".join(m.group().split())[:40]
    return None


def _not_a_word(name: str) -> bool:
    """A digit or a hyphen in it, or a run of letters no English text uses."""
    if regex.search(r"[\p{N}-]", name):
        return bool(regex.search(r"\p{L}", name))
    return len(name) >= UNWORD_MIN_CHARS and zipf(name) == 0.0


@lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    from linkify_it.tlds import TLDS

    return frozenset(t.casefold() for t in TLDS)


def _is_tld(domain: str) -> bool:
    """A top-level domain: a country's two letters or one linkify-it lists."""
    return (len(domain) == 2 and domain.isalpha()) or domain.casefold() in _tlds()


def spelled_address_evidence(body: str, s: SpamSettings) -> list[Evidence]:
    """A web address spelled out so that no link finder reads it (see the module)."""
    found = spelled_address(body)
    if found is None:
        return []
    detail = f"links: an address spelled out with a path or a bracketed dot ({found!r})"
    return [Evidence(s.spelled_link_weight, detail)]


def _names_allowed_host(found: str, s: SpamSettings) -> bool:
    """The address is on a domain the deployment allows ("riversideparks dot gov")."""
    words = regex.findall(r"[\p{L}\p{N}-]+", found)
    host = f"{words[0]}.{words[-1].translate(_DIGIT_LETTERS)}".casefold()
    return host_allowed(host, s.allowed_domains)


def renamed_address_evidence(body: str, s: SpamSettings) -> list[Evidence]:
    """Round 16: a web address spelled out after a name that is no word, or with its domain
    coded (see the module); weighed as any spelled address."""
    found = renamed_address(body)
    if found is None or _names_allowed_host(found, s):
        return []
    detail = f"links: an address spelled out, its name no word or its domain coded ({found!r})"
    return [Evidence(s.spelled_link_weight, detail)]


# ---------------------------------------------------------------------------------------------
# Session 21 (adverts21): a name or an address dictated, so that no filter reads it.
#
# "he goes by cashforplainshomes, all one word, on Facebook", "lingua bridge pros, all one word,
# dot com", "stella dot kingsmarsh at quickclosemail dot com, no spaces", "username lettermill
# underscore bk", "búscame como rosycuida, todo junto", "ищите salon_nika, слитно": the writer
# spells out how to type a handle or an address that they did not write as one, which is what a
# text does when it keeps its way to be reached from link and handle finders (round 5's "dot
# com", round 26's digits in words). A resident who wants to be reached writes the address as it
# is ("jane.doe@example.org", "@elmparkfriends"); nobody tells a neighbour how to type it.
#
# The shapes, in many languages: a typing instruction set off as an aside (a comma, a bracket or
# a dash before it; a comma, a stop, a bracket, "on", "at" or the end after it: "there are no
# spaces on Elm" is about parking), or the word for the underscore between two lowercase words.
# Weighed as a spelled address (``spelled_link_weight``), and, like it, a hidden way to reach
# the writer: alone it stays under the threshold (an organiser may dictate a hashtag: "#savetheelms,
# all one word"), and it counts with what else the text does (a seller's terms, a referral).

#: The typing instruction, in English, Spanish, Portuguese, French, German, Italian, Russian,
#: Ukrainian, Bosnian/Croatian/Serbian, Polish, Turkish, Persian, Arabic, Hebrew, Yiddish,
#: Chinese, Vietnamese, Korean, Somali, Swahili, Tagalog.
_INSTRUCTION = r"""(?:
        all\s+(?:in\s+)?one\s+word | (?:written\s+)?as\s+one\s+word | no\s+spaces?
      | without\s+(?:any\s+)?spaces? | all\s+(?:lower\s*case|small\s+letters|one\s+string)
      | spelled\s+(?:exactly\s+)?like\s+that
      | todo\s+(?:junto|pegado|en\s+una\s+palabra) | sin\s+espacios? | tudo\s+junto
      | sem\s+espa[cç]os? | tout\s+attach[ée]s? | sans\s+espaces? | en\s+un\s+seul\s+mot
      | zusammengeschrieben | ohne\s+Leerzeichen | tutto\s+attaccato | senza\s+spazi
      | слитно | без\s+пробел(?:ов|а) | без\s+пробілів | spojeno | bez\s+razmaka
      | bez\s+spacji | bitişik | boşluksuz | بدون\s+فاصله | بدون\s+مسافات?
      | ללא\s+רווחים | בלי\s+רווחים | אן\s+א\s+שפאציע | 连在一起 | 連在一起 | 不带空格
      | 不帶空格 | 没有空格 | viết\s+liền | không\s+dấu\s+cách | 붙여서 | 띄어쓰기\s+없이
      | isku\s+xiran | bila\s+nafasi | walang\s+space
    )"""
_ASIDE_RE = regex.compile(
    rf"(?:[,(\[—–]|\s-)\s*(?xi:{_INSTRUCTION})\s*(?:[,.;:)\]!—–]|\s+(?:on|at|en|no|na|auf|в|на)\b|$)",
    regex.MULTILINE,
)
#: "lettermill underscore bk", "salon guion bajo nika", "nika нижнее подчёркивание 77".
_UNDERSCORE_RE = regex.compile(
    r"(?<![\p{L}\p{N}])[\p{Ll}\p{N}]{2,}\s+(?:underscore|under\s+score|guion\s+bajo|gui[oó]n\s+bajo"
    r"|sublinhado|tiret\s+bas|unterstrich|нижнее\s+подч[её]ркивание|нижнє\s+підкреслення"
    r"|donja\s+crta|alt\s+çizgi|زیرخط|شرطة\s+سفلية)\s+[\p{Ll}\p{N}]{2,}(?![\p{L}\p{N}])"
)


@lru_cache(maxsize=TEXT_CACHE)
def dictated(prose: str) -> str | None:
    """The typing instruction the text gives for a name or an address, or None."""
    found = _ASIDE_RE.search(prose) or _UNDERSCORE_RE.search(prose)
    return None if found is None else str(found.group(0)).strip(" ,.;:()[]-—–")


def dictated_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """A name or an address dictated to be typed (see the module): a hidden way to reach."""
    found = dictated(prose)
    if found is None:
        return []
    detail = f"contact: a name or an address dictated so that no filter reads it ({found!r})"
    return [Evidence(s.spelled_link_weight, detail)]
