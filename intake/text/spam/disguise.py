"""Text dressed to slip past filters, in any language: digits or symbols for letters ("V1agra"),
letters spaced out ("b u y  c h e a p"), a web address spelled out ("pharm dot example dot com"),
forum or HTML link markup pasted into a plain-text form, and placeholder filler ("lorem ipsum").
None of these is how a resident writes a comment."""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.evidence import WORD_RE, Evidence
from intake.text.spam.links import TEXT_CACHE
from intake.text.spam.settings import SpamSettings

# A word with a digit or "@" or "$" between letters ("V1agra", "ch3ap", "m33t", "w@nt"): a letter
# first and a letter last, so "5th", "10pm", "CO2", "COVID-19", "B12" and "H2O"-like codes of
# three characters do not count.
_ALPHABETIC_LETTER = r"[\p{Latin}\p{Cyrillic}\p{Greek}]"
# Session 20 (adverts20): "!" for an "i" between letters ("V!agra", "C!al!s"), before a letter
# in lower case ("Yes!I" and "Thanks!See" are a space left out).
_FOR_A_LETTER = r"(?:[0-9@$]|!(?=\p{Ll}))"
#: Session 20: the groups after the first a disguised word may hold. Unbounded, a run of
#: thousands ("ó7@ó7@ó7@...", found by the fuzz test) was tried from each of its letters to its
#: end and back, seconds per comment; a word has a few.
DISGUISED_MAX_GROUPS = 8
_DISGUISED_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_ALPHABETIC_LETTER}+{_FOR_A_LETTER}+{_ALPHABETIC_LETTER}+"
    rf"(?:{_FOR_A_LETTER}+{_ALPHABETIC_LETTER}+){{0,{DISGUISED_MAX_GROUPS}}}(?![\p{{L}}\p{{N}}])"
)
_DIGIT_IN_WORD_RE = regex.compile(rf"{_ALPHABETIC_LETTER}{_FOR_A_LETTER}")
# Three single letters with whitespace between ("b u y"): what ``(?<![\p{L}\p{N}])\p{L}\s+\p{L}
# \s+\p{L}(?![\p{L}\p{N}])`` finds, asked from the whitespace after the first letter (a
# look-behind then checks that letter), where the regex engine skips ahead faster than it tries
# a letter at every character. (Only whether there is one counts, not where it starts.)
_THREE_SINGLE_RE = regex.compile(r"(?<=(?<![\p{L}\p{N}])\p{L})\s+\p{L}\s+\p{L}(?![\p{L}\p{N}])")
_ANY_LETTER_RE = regex.compile(r"\p{L}")
#: Shortest disguised word counted ("H2O", "B2B" are codes).
DISGUISED_MIN_CHARS = 4
# Single letters of an alphabet, each followed by whitespace ("b u y  c h e a p"). Session 18
# (-32): a lone digit standing for a letter inside the run ("F R E E  S P 1 N S", "c a s 1 n o")
# does not end it; only the letters are counted, so a number in lone digits ("555 0 1 8 8")
# counts none.
_SPACED_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_ALPHABETIC_LETTER}"
    rf"(?:[ \t]{{1,3}}(?:[.][ \t]{{1,3}})?(?:{_ALPHABETIC_LETTER}|[0-9])(?![\p{{L}}\p{{N}}]))+"
)
# A host written with "dot" (in a few languages) or with spaces around its dots, ending in a
# top-level domain.
# Only top-level domains that are not words ("point de vue", "punto es", "dot co" are prose).
# Session 20 (adverts20): "c0m", "n3t", "0rg": a domain with a digit for a letter.
_TLD = r"(?:com|net|org|info|biz|ru|xyz|online|io|cn|uk|club|shop|vip|c0m|n3t|0rg)"
_DOT_WORDS = ("dot", "punto", "ponto", "point", "punkt", "точка", "نقطة", "点")
_DOT_WORD = rf"(?:{'|'.join(_DOT_WORDS)})"
_TLD_RE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}]){_TLD}(?![\p{{L}}\p{{N}}])")
_LABEL = r"[\p{L}\p{N}-]{2,}"
# What precedes the domain: a label and " dot " ("(dot)", "[dot]"): "pharm-4-u dot com"; or two
# labels and a dot with a space beside it: "shop . example . com" ("the third time. Com on" is
# prose). Matched on a bounded window before each domain found, so the cost stays linear in
# the text's length whatever it holds.
_SPELLED_BEFORE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}-]){_LABEL}\s*[\(\[]?\s*{_DOT_WORD}\s*[\)\]]?\s*$"
)
_SPACED_BEFORE_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}-]){_LABEL}(?:\s+\.\s*|\s*\.\s+|\.)[\p{{L}}\p{{N}}-]+"
    r"(?:\s+\.\s*|\.\s+)$"
)
# Round 9: one label that is not a word (a digit or a hyphen in it) and a dot with a space
# beside it: "w88vn-khuyenmai . com" ("the third time. Com on" has a word before the dot).
_CODED_BEFORE_RE = regex.compile(
    r"(?<![\p{L}\p{N}-])[\p{L}\p{N}]*[\p{N}-][\p{L}\p{N}-]*(?:\s+\.\s*|\.\s+)$"
)
SPELLED_WINDOW = 60
# Round 10: a top-level domain that is a word ("site", "top", "bet", "love", among those spam
# favours) is prose after "dot" ("the dot site", "on top") unless the label before it is not a
# word either (a digit or a hyphen in it: "easyincome2026 dot site", "win-big (dot) top").
_WORD_TLD = (
    r"(?:site|top|online|live|click|store|shop|fun|space|website|life|today|world|bet|love|win|"
    r"club|vip|xyz)"
)
_DOT_WORD_TLD_RE = regex.compile(
    rf"[\(\[]?\s*{_DOT_WORD}\s*[\)\]]?\s*{_WORD_TLD}(?![\p{{L}}\p{{N}}])"
)
_CODED_LABEL_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}-])[\p{L}\p{N}]*[\p{N}-][\p{L}\p{N}-]*\s*$")
# Round 9: single letters spaced out, three or more ("w w w", "c o m"): joined before looking
# for a spelled address, so "w w w . example . c o m" reads as "www . example . com".
_SPACED_RUN_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}])){2,}")


# A top-level domain right after a dot and any whitespace (the group is ``_TLD_RE``'s match).
_DOT_THEN_TLD_RE = regex.compile(rf"(?i)\.\s*((?<![\p{{L}}\p{{N}}]){_TLD}(?![\p{{L}}\p{{N}}]))")


def _domain_candidates(text: str) -> list[tuple[int, str]]:
    """Where ``_TLD_RE`` finds a top-level domain that a spelled address may end in (start,
    match), in order. What precedes such a domain ends in a word for "dot" (the spelled form)
    or in a dot and whitespace (the spaced and coded forms): without a word for "dot" in the
    text, only the domains right after a dot can end one, and a search from the dot finds
    them without trying every character. (The words are looked for in the case-folded text:
    each character the pattern's case-insensitive match takes for one of their letters folds
    to it, but "İ", kept apart.)"""
    folded = text.casefold()
    if "\u0130" in text or any(word in folded for word in _DOT_WORDS):
        return [(m.start(), m.group()) for m in _TLD_RE.finditer(text)]
    return [(m.start(1), m.group(1)) for m in _DOT_THEN_TLD_RE.finditer(text)]


def _spelled_link(text: str) -> str | None:
    """The first web address spelled out to slip past link finders, if any."""
    for start, domain in _domain_candidates(text):
        before = text[max(0, start - SPELLED_WINDOW) : start]
        found = _SPELLED_BEFORE_RE.search(before) or _SPACED_BEFORE_RE.search(before)
        if found is None and domain.islower():  # "COVID-19 . Com" starts a sentence
            found = _CODED_BEFORE_RE.search(before)
        if found is not None and found.group().strip():
            return str(before[found.start() :] + domain)
    # The pattern (case-sensitive) holds one of the words for "dot": without one, it finds
    # nothing, and a text seldom has one (the pattern would read the whole text to tell).
    dotted = any(word in text for word in _DOT_WORDS)
    for m in _DOT_WORD_TLD_RE.finditer(text) if dotted else ():
        before = text[max(0, m.start() - SPELLED_WINDOW) : m.start()]
        coded = _CODED_LABEL_BEFORE_RE.search(before)
        if coded is not None and regex.search(r"\p{L}", coded.group()):
            return str(before[coded.start() :] + m.group()).strip()
    if _spells_spaced(text):
        joined = _SPACED_RUN_RE.sub(lambda run: run.group().replace(" ", ""), text)
        if joined != text:
            return _spelled_link(joined)
    return None


# "w w w" or a top-level domain spelled letter by letter ("c o m"): only then are spaced letters
# joined (a cheap look first; most texts have none).
_SPACED_PIECES = ("w w w", *(" ".join(tld) for tld in _TLD[3:-1].split("|") if len(tld) > 2))


#: Session 25 (spend25a): a word written one letter at a time with a mark between the letters
#: ("G.U.A.R.A.N.T.E.E.D", "l.o.a.n.s", "f-r-e-e", "к_р_е_д_и_т"), the same mark throughout the
#: word, at least ``SEPARATED_MIN_LETTERS`` letters. An acronym is written so too ("U.S.A.",
#: "N.A.A.C.P.", "R.S.V.P.", "p.m.", "e.g.", initials "J.R.R."): capitals up to
#: ``SEPARATED_ACRONYM_MAX`` letters, or a lower-case one under four letters, are not counted.
_SEPARATED_RE = regex.compile(
    r"(?<![\p{L}\p{N}.\-_*·•/|+~])\p{L}(?P<mark>[.\-_*·•/|+~])\p{L}(?:(?P=mark)\p{L}){2,}"
    r"(?P=mark)?(?![\p{L}\p{N}])"
)
SEPARATED_MIN_LETTERS = 4
SEPARATED_ACRONYM_MAX = 6
#: Words so written for a text to be evasion ("f-r-e-e c-a-s-h"): one is a resident spelling a
#: name out or stressing a word.
SEPARATED_MIN_WORDS = 2


def separated_words(prose: str) -> list[str]:
    """The words of ``prose`` written one letter at a time with a mark between (see
    :data:`_SEPARATED_RE`), acronyms left out."""
    found = []
    for m in _SEPARATED_RE.finditer(prose):
        letters = "".join(_ANY_LETTER_RE.findall(m.group()))
        if len(letters) < SEPARATED_MIN_LETTERS:
            continue
        if letters.isupper() and len(letters) <= SEPARATED_ACRONYM_MAX:
            continue  # "N.A.A.C.P.", "R.S.V.P.", "U.S.S.R."
        found.append(m.group())
    return found


def _distinct_words(separated: list[str]) -> set[str]:
    """Session 25 (res25): the different words among ``separated``, their letters folded to lower
    case: a resident who spells one street name out twice ("P-O-I-N-C-I-A-N-A, not Poinsiana ...
    P-O-I-N-C-I-A-N-A Drive") spells one word, as :data:`SEPARATED_MIN_WORDS` lets pass."""
    return {"".join(_ANY_LETTER_RE.findall(w)).casefold() for w in separated}


def _spells_spaced(text: str) -> bool:
    if " " not in text or (". " not in text and " ." not in text):
        return False
    folded = text.lower()
    return any(piece in folded for piece in _SPACED_PIECES)


# Round 9: a link "defanged" as security reports write one, so that nothing opens or finds it:
# the scheme's "tt" as "xx" or "**" ("hxxps://"), or a dot in brackets between two labels
# ("example[.]site", "shop(.)ru", "a{.}b"). Nobody types these for a link they want opened by
# a city clerk; spam does, to pass link filters, in any language.
_DEFANGED_SCHEME_RE = regex.compile(r"(?i)(?<![\p{L}\p{N}])h(?:xx|\*\*)ps?\s*(?:\[:\]|:)//")
_DEFANGED_DOT_RE = regex.compile(
    r"(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\[\.\]|\(\.\)|\{\.\})\p{L}{2,24}"
    r"(?![\p{L}\p{N}])"
)


_DEFANG_MARKS = ("xx", "**", ".]", ".)", ".}")


def defanged_link(text: str) -> str | None:
    """The first defanged web address in ``text``, if any (its scheme or its host)."""
    folded = text.lower()
    if not any(mark in folded for mark in _DEFANG_MARKS):
        return None  # the common case, found without a pattern
    found = _DEFANGED_SCHEME_RE.search(text) or _DEFANGED_DOT_RE.search(text)
    if found is None:
        return None
    end = text.find(" ", found.end())
    return text[found.start() : end if end >= 0 else len(text)][:40]


# Round 9: unfilled spintax, a spam tool's template posted as it is: two or more sets of
# alternatives in braces ("{Hello|Hi there|Hey}! {Great|Nice} {post|article}").
_SPINTAX_RE = regex.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{0,60})+\}")
SPINTAX_MIN = 2


def spintax(prose: str) -> int:
    """How many sets of spintax alternatives the text carries."""
    if "|" not in prose or "{" not in prose:
        return 0
    return len(_SPINTAX_RE.findall(prose))


_MARKUP_RE = regex.compile(r"(?i)\[url\s*=|\[url\]|\[link\s*=|<a\s[^>]*href\s*=")
_PLACEHOLDER_RE = regex.compile(r"(?i)\blorem\s+ipsum\b")


def disguise_evidence(prose: str, body: str, s: SpamSettings) -> list[Evidence]:
    """Every disguise found; ``prose`` is the text without its found links, ``body`` the whole
    text (markup is judged on it: a link inside markup may or may not be found as a link)."""
    return list(_disguises(prose, body, s))


def _disguised_words_evidence(prose: str, words: list[str], s: SpamSettings) -> Evidence:
    """Words with digits or symbols for letters. Round 25: a short text written so throughout
    (a quarter of its words, ``disguise_heavy_min_words`` or more) is made to pass filters, as
    one of homoglyphs is, and weighs as much: nobody types "n0 d3p0sit n33ded" to a council."""
    shown = ", ".join(repr(w) for w in words[:3])
    detail = f"disguised words: {len(words)} like {shown}"
    total = len(WORD_RE.findall(prose))
    heavy = len(words) >= s.disguise_heavy_min_words and len(words) * 4 >= total
    if heavy and total <= s.homoglyph_max_words:
        return Evidence(s.disguise_heavy_weight, f"{detail}, most of a short text", noise=True)
    return Evidence(s.disguise_weight, detail)


@lru_cache(maxsize=TEXT_CACHE)
def _disguises(prose: str, body: str, s: SpamSettings) -> tuple[Evidence, ...]:
    """:func:`disguise_evidence`, kept per text and settings: the service asks of each comment
    whether it wants the item's context (which looks for hidden links) and then scores it."""
    found: list[Evidence] = []
    words = []
    if _DIGIT_IN_WORD_RE.search(prose):
        words = [w for w in _DISGUISED_RE.findall(prose) if len(w) >= DISGUISED_MIN_CHARS]
    if len(words) >= s.disguise_min_words:
        found.append(_disguised_words_evidence(prose, words, s))
    spaced = 0
    if _THREE_SINGLE_RE.search(prose):
        spaced = max((len(_ANY_LETTER_RE.findall(m)) for m in _SPACED_RE.findall(prose)), default=0)
    if spaced >= s.spaced_min_letters:
        detail = f"disguised words: {spaced} letters spaced out one by one"
        found.append(Evidence(s.spaced_letters_weight, detail, noise=True))
    if spaced < s.spaced_min_letters:
        separated = separated_words(prose)
        if len(_distinct_words(separated)) >= SEPARATED_MIN_WORDS:
            shown = ", ".join(repr(w) for w in separated[:3])
            detail = f"disguised words: {len(separated)} written one letter at a time, like {shown}"
            found.append(Evidence(s.spaced_letters_weight, detail, noise=True))
    spelled = _spelled_link(body)
    if spelled is not None:
        shown = " ".join(spelled.split())[:40]
        found.append(Evidence(s.spelled_link_weight, f"links: an address spelled out ({shown!r})"))
    defanged = defanged_link(body)
    if defanged is not None:
        detail = f"links: an address defanged so that no filter finds it ({defanged!r})"
        found.append(Evidence(s.defanged_link_weight, detail))
    markup = _MARKUP_RE.findall(body)
    if markup:
        detail = f"links: {len(markup)} in forum or HTML markup"
        found.append(Evidence(s.markup_link_weight, detail, noise=True))
    if _PLACEHOLDER_RE.search(prose):
        found.append(Evidence(s.placeholder_weight, "placeholder: filler text", noise=True))
    sets = spintax(prose)
    if sets >= SPINTAX_MIN:
        detail = f"placeholder: {sets} sets of spintax alternatives left unfilled"
        found.append(Evidence(s.placeholder_weight, detail, noise=True))
    return tuple(found)
