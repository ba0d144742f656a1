"""The shape of a text's links: several sites' front doors with a few words between them.

A resident who cites sources links into them (a report, an article, a petition: a path or a file
name); an advert sends the reader to front doors ("http://fly.example.com cheap hotels
http://stay.example.com ...").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.relatedness import content_terms
from intake.text.spam.evidence import WORD_RE, Evidence
from intake.text.spam.folding import fold
from intake.text.spam.links import (
    TEXT_CACHE,
    Link,
    host_allowed,
    is_chat,
    is_citation,
    is_named_page,
    is_spammy_host,
    labelled_list,
    link_label,
    page_path,
)
from intake.text.spam.sentences import sentences_before_capitals
from intake.text.spam.settings import SpamSettings


def front_door_evidence(
    prose: str, links: list[Link], s: SpamSettings, pages_spoken_of: bool = False
) -> list[Evidence]:
    """At least ``front_door_min`` links to different outside sites' front doors (not
    citations), with at most ``front_door_max_words_per_link`` other words per link. Session
    20: none when every link goes into a page the comment or its item names
    (``pages_spoken_of``, :func:`sources.speaks_of_its_pages`): "/narrows" on an item about
    Ocean Narrows Avenue is the page of a source, however short its name."""
    if pages_spoken_of:
        return []
    doors = {
        lk.host
        for lk in links
        if not lk.is_email
        and not host_allowed(lk.host, s.allowed_domains)
        and not is_citation(lk)
        and not is_named_page(lk)  # session 17: "/ember-ignition-study" is no front door
    }
    if len(doors) < s.front_door_min:
        return []
    words = len(WORD_RE.findall(prose))
    if words > s.front_door_max_words_per_link * len(doors):
        return []
    detail = f"links: {len(doors)} sites' front pages with {words} words around them"
    return [Evidence(s.front_door_weight, detail)]


_NAME_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_COMMON_LABELS = frozenset({"www", "m", "en", "web", "shop", "store", "app"})


def _site_name(host: str) -> str:
    """The host's first meaningful label, hyphens dropped ("www.rosas-bakery.example" ->
    "rosasbakery")."""
    labels = [lb for lb in host.split(".") if lb and lb not in _COMMON_LABELS]
    return (labels[0] if labels else host).replace("-", "")


#: Share of a site's name that words of the text must spell from its start ("ACLU" names
#: aclunc.org) for the site to count as named.
NAMED_PREFIX_SHARE = 2 / 3
NAMED_PREFIX_MIN = 4


#: Session 15: the short words a group's name holds that its web address drops ("Les Voix de la
#: Rivière" is voixdelariviere, "club de kayak" clubkayak, "Friends of the Park" friendspark):
#: articles, prepositions and "and" in the languages residents write in.
_PARTICLE_WORDS = (
    "a an the of and for on in at to by "
    "de la le les l d du des et au aux a en pour sur "
    "el los las lo del y e da do das dos di dei della delle degli il lo gli i und der die das "
    "den dem des von vom zum zur van het een op voor och af pa og i w z na"
)
PARTICLES = frozenset(_PARTICLE_WORDS.split())


def _name_words(prose: str) -> list[str]:
    """The text's words, folded (case and accents: "Rivière" spells riviere), apostrophes
    dropped."""
    return [fold(w) for w in _NAME_WORD_RE.findall(prose.replace("'", "").replace("’", ""))]


def _named_in(name: str, prose: str) -> bool:
    """The comment names the site: one word of the text or several consecutive words run
    together spell its name ("Rosa's Bakery" names rosasbakery, "Blue Note Room" bluenoteroom),
    or at least two thirds of it from its start ("ACLU" names aclunc). Session 15: accents are
    folded and a name's articles and prepositions may be left out of its address ("club de
    kayak" names clubkayak)."""
    name = fold(name)
    words = _name_words(prose)
    enough = max(NAMED_PREFIX_MIN, NAMED_PREFIX_SHARE * len(name))
    for start in range(len(words)):
        if len(words[start]) < 2:
            continue  # a letter alone spells nothing ("p\u2060r\u2060é...", a disguise)
        if _spells(name, words[start + 1 : start + 6], words[start], enough):
            return True
    return False


def _spells(name: str, rest: list[str], joined: str, enough: float, skipped: bool = False) -> bool:
    """``joined``, then the words of ``rest`` in order (a particle perhaps left out), spells at
    least ``enough`` letters of ``name`` from its start. Session 16: or, one word of the
    name's middle left out (``skipped``), the whole of ``name``: "Fundación Cultural Venezuela"
    names fundacionvenezuela, a group's address shortening its name by a word."""
    if not name.startswith(joined):
        return False
    if len(joined) >= (len(name) if skipped else enough):
        return True
    if not rest:
        return False
    word, after = rest[0], rest[1:]
    if len(word) > 1 and _spells(name, after, joined + word, enough, skipped):
        return True
    if word in PARTICLES and _spells(name, after, joined, enough, skipped):
        return True
    # Session 16: one word left out between two that spell the name (never its first word).
    return (
        not skipped
        and bool(joined)
        and word not in PARTICLES
        and _spells(name, after, joined, enough, skipped=True)
    )


_SEGMENT_RE = regex.compile(r"[A-Za-z0-9]{1,10}")


def _path(link: Link) -> str:
    """The link's path without its slashes at either end ("a/b", "" for a front page)."""
    return page_path(link).strip("/")


def is_front_page(link: Link) -> bool:
    """A link to a site's front page or a short entry point ("/win", "/go", "?ref=12"), not to
    a page with a name ("/library-budget", "/our-work") or deeper."""
    path = _path(link)
    return not path or bool(_SEGMENT_RE.fullmatch(path))


#: Session 28 (spend28b): a group's name written in capitalised words, particles between them.
_CAPITALISED_RUN_RE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’]*(?:\s+(?:(?:of|the|and|for|de|del|la|los|des|du|et|y)\s+)*"
    r"\p{Lu}[\p{L}\p{M}'’]*)+"
)
#: Words of a run an acronym may use, and letters of a site's name it may spell.
_RUN_MAX_WORDS = 8
_ACRONYM_MAX_LETTERS = 24


def named_by_initials(name: str, prose: str) -> bool:
    """Session 28 (spend28b): the site's name is spelled by a group's name the text writes in
    capitalised words, as groups shorten their names for an address: the initials of two or
    more of its words, in order, perhaps ending on one of its words whole or cut ("Cedar Ford
    Council of PTAs" spells cfpta, "Friends of Mill Creek Park" fmcp, "Asociación de Vecinos
    del Norte Unido" avnu). A text that names the group names its site. A seller's address is
    named after the seller or the offer; a lure named after a body it mimics by initials names
    that body in the text, as a resident does, and is read by what it asks (the notices and
    fees)."""
    if not NAMED_PREFIX_MIN <= len(name) <= _ACRONYM_MAX_LETTERS or not name.isalnum():
        return False
    for m in _CAPITALISED_RUN_RE.finditer(prose):
        words = [
            fold(w) for w in _NAME_WORD_RE.findall(m.group().replace("'", "").replace("’", ""))
        ]
        words = [w for w in words if w not in PARTICLES][:_RUN_MAX_WORDS]
        if len(words) >= 2 and _initials_spell(name, words, 0):
            return True
    return False


def _initials_spell(name: str, words: list[str], initials: int) -> bool:
    """``name`` is spelled by ``words`` in order, each skipped or giving its first letter, the
    last one used perhaps giving itself whole or its first letters; at least two initials."""
    if not name:
        return initials >= 2
    if not words:
        return False
    word, rest = words[0], words[1:]
    if initials >= 2 and len(name) >= 2 and (word.startswith(name) or name == word):
        return True
    if word[:1] == name[:1] and _initials_spell(name[1:], rest, initials + 1):
        return True
    return _initials_spell(name, rest, initials)


def _page_named(link: Link, prose: str, title: str) -> bool:
    """The comment names the page its short path spells with two or more of its words run
    together (session 14: "our family New Year's Eve night ... https://stpaulsamoan.example.org/
    newyear"): the page of an event the comment speaks of, not an entry point. One word ("/confirm",
    "/reserve", "/catalogue") is an advert's entry point as often as not, and so are the item's
    own words ("Oak Hill Cemetery" ... "/oakhill"): an advert names its page after the item."""
    path = _path(link).casefold()
    if len(path) < NAMED_PREFIX_MIN:
        return False
    own = {w.casefold() for w in _NAME_WORD_RE.findall(title)}
    return any(not set(run) <= own for run in _runs_spelling(path, prose))


def _runs_spelling(name: str, prose: str) -> list[list[str]]:
    """The runs of two or more consecutive words of the text that spell ``name`` whole, the
    last word perhaps running on ("New Year's" spells "newyear")."""
    words = [w.casefold() for w in _NAME_WORD_RE.findall(prose.replace("'", "").replace("’", ""))]
    runs = []
    for start in range(len(words)):
        joined = ""
        for end in range(start, min(start + 6, len(words))):
            joined += words[end]
            if joined.startswith(name):
                if end > start:
                    runs.append(words[start : end + 1])
                break
            if not name.startswith(joined):
                break
    return runs


def names_its_page(link: Link, prose: str) -> bool:
    """A link into a page with a name (one path segment, words joined by hyphens) that the text
    speaks of: a word of four letters or more of the page's name is a word of the text
    ("Over 900 tenants have signed our petition: .../harbor-tenants-5")."""
    path = _path(link)
    if "/" in path or "-" not in path:
        return False
    named = {w.casefold() for w in _NAME_WORD_RE.findall(path) if len(w) >= NAMED_PREFIX_MIN}
    said = {w.casefold() for w in _NAME_WORD_RE.findall(prose)}
    return bool(named & said)


def names_site_by_name(host: str, prose: str) -> bool:
    """Round 25: the comment names the site of ``host`` by a name (see :func:`_names_of`), not
    by running its lowercase words together."""
    return _named_in(_site_name(host).casefold(), _names_of(prose))


def named_site(host: str, prose: str) -> bool:
    """The comment names the site of ``host`` (see :func:`_named_in`)."""
    return _named_in(_site_name(host).casefold(), prose)


#: Session 17: letters a word of the item needs to count in a site's compound name.
ITEM_NAME_WORD_MIN = 3


def named_after_the_item(
    host: str, title: str, comments: tuple[str, ...], kept: bool = False
) -> bool:
    """Session 17 (round 26): the site's name runs together two or more words of the item (its
    title and comments: the town's name is in them), one of them a word of the title, spelling
    at least ``NAMED_PREFIX_SHARE`` of it from its start. A resident who keeps the item's papers
    on a site of their own names it after the town and the item ("I've been collecting all the
    Planning Board documents ... https://marrowickmillwatch.example.net - it's just me, no ads"
    on the Mill Overlay District); the comment speaks of that site's subject, the item. Not a
    name written as a phrase with hyphens nor on a domain spam favours: a lure's address is
    named after the item for search ("marrowick-harbor-permits.org", "city-parking-payment
    .online", on the spent sets), a resident's own site runs its words together.

    Session 18: a name written with hyphens counts when the site is ``kept`` by the writer (the
    text speaks as "I" or "we", sells nothing and is no notice to the reader: see
    :func:`scoring.read_sale`) and its first part is the place the item is about
    (:func:`_named_after_the_place`). The lures came with a sum to pay ("$47.50", "$35") or a
    notice ("your monthly permit has expired. Renew today ..."); a resident who keeps records
    of the place writes the site's name as a phrase too ("I run haloa-tides...", "I've
    photographed ... All the photos are at kahaleula-reef-watch...") and asks nothing of the
    reader.
    """
    if not title or is_spammy_host(host):
        return False
    label = _site_name_label(host)
    if "-" in label:
        if not kept:
            return False  # "city-parking-payment", "marrowick-harbor-permits": a phrase for search
        return _named_after_the_place(fold(label).split("-")[0], title)
    name = fold(label)
    own = {w for w in _name_words(title) if len(w) >= ITEM_NAME_WORD_MIN and w.isalpha()}
    said = set().union(*(_long_name_words(t) for t in comments))
    return _compounds(name, 0, own, own | said, 0, False) >= NAMED_PREFIX_SHARE * len(name)


@lru_cache(maxsize=TEXT_CACHE)
def _long_name_words(text: str) -> frozenset[str]:
    """The words of one of the item's texts that may join a site's name (at least
    ``ITEM_NAME_WORD_MIN`` letters, folded). Session 29 (perf29): kept per text, because every
    comment naming a site reads the same earlier comments of its item (up to two hundred, each
    word folded), which was the labeller's dearest reading on the burst benchmark."""
    return frozenset(w for w in _name_words(text) if len(w) >= ITEM_NAME_WORD_MIN)


#: Session 18: letters of a place's name at the start of a site's name written with hyphens.
PLACE_NAME_MIN = 4
#: Session 18: a word of a title is a name, not a word, when English (the language a web
#: address is written in) uses it less often than this (Zipf scale: "lehua" 1.5, "prairie" 3.7,
#: "city" 5.6).
PLACE_NAME_MAX_ZIPF = 3.0


def _named_after_the_place(first: str, title: str) -> bool:
    """The first part of a site's name written with hyphens is a name of the item's title: one
    or more consecutive words it writes with capitals after its first word and that are no
    English words ("Hāloa Small Boat Harbor" names "haloa", "Puʻu Lehua" "puulehua"). The site
    is about the place, not a phrase of the item's subject for search ("city-parking-...")."""
    if len(first) < PLACE_NAME_MIN:
        return False
    words = _NAME_WORD_RE.findall(title)
    names = [
        fold(w) if i > 0 and w[0].isupper() and _not_a_word(fold(w)) else ""
        for i, w in enumerate(words)
    ]
    for start, word in enumerate(names):
        joined = word
        for after in names[start + 1 :]:
            if not joined or not first.startswith(joined) or joined == first:
                break
            joined += after
        if joined and joined == first:
            return True
    return False


def _not_a_word(word: str) -> bool:
    """``word`` is rare as an English word (a name: see :data:`PLACE_NAME_MAX_ZIPF`)."""
    import wordfreq  # loaded only for a site named as a phrase in a text that sells nothing

    return bool(wordfreq.zipf_frequency(word, "en") < PLACE_NAME_MAX_ZIPF)


def _site_name_label(host: str) -> str:
    """The host's first meaningful label as written, hyphens kept (see :func:`_site_name`)."""
    labels = [lb for lb in host.split(".") if lb and lb not in _COMMON_LABELS]
    return labels[0] if labels else host


def _compounds(
    name: str, start: int, own: set[str], words: set[str], count: int, titled: bool
) -> int:
    """The longest start of ``name`` (from ``start``) that words of ``words`` spell, two or
    more of them and one of ``own``; 0 when none does."""
    best = start if count >= 2 and titled else 0
    for word in words:
        if name.startswith(word, start):
            found = _compounds(
                name, start + len(word), own, words, count + 1, titled or word in own
            )
            best = max(best, found)
    return best


def pitch_link_evidence(
    prose: str,
    links: list[Link],
    s: SpamSettings,
    title: str = "",
    comments: tuple[str, ...] = (),
    kept: bool = False,
    body: str = "",
    pages_spoken_of: bool = False,
) -> list[Evidence]:
    """A link to a site's front page (not a citation of a document or an article) that the
    comment does not name: a resident who gives a website names it ("I own Rosa's Bakery
    (rosasbakery.example.com)"); a pitch sends the reader to a site the text never mentions
    ("Réclamez votre cadeau ici: http://cadeau-gratuit.example.fr/win"). Session 17: nor one
    named after the item (:func:`named_after_the_item`, ``comments`` the item's others; session
    18: ``kept``, the writer speaks as the site's keeper, as there). Session 18 (residents18b):
    nor one a list of labelled links names by its label (:func:`named_by_its_label`; ``body``
    the text with its links). Session 20: nor one of a list of pages the comment or its item
    names (``pages_spoken_of``, :func:`sources.speaks_of_its_pages`): one page of a list
    named after the item is a source among others, not an advert's page."""
    if pages_spoken_of:
        return []
    listed = labelled_list(body, links)
    unnamed = sorted(
        {
            lk.host
            for lk in links
            if not lk.is_email
            and not host_allowed(lk.host, s.allowed_domains)
            and is_front_page(lk)
            and not _named_in(_site_name(lk.host).casefold(), prose)
            and not named_by_initials(_site_name(lk.host).casefold(), prose)
            and not _page_named(lk, prose, title)
            and not named_after_the_item(lk.host, title, comments, kept)
            and not (listed and named_by_its_label(lk, body))
        }
    )
    if not unnamed:
        return []
    detail = f"links: a front page the comment does not name ({unnamed[0]})"
    return [Evidence(s.pitch_link_weight, detail)]


# --------------------------------------------------------------------------- session 18
# Session 18 (residents18b): a list of links, each introduced by its own label.

#: A one-word path its label may name: three letters or more, perhaps a year or a number after
#: them ("/map", "/photos", "/survey2024").
_LABELLED_PATH_RE = regex.compile(r"([a-z]{3,})\d*")


def named_by_its_label(link: Link, body: str) -> bool:
    """The link's one-word path ("/photos", "/map"; a year or number after the word, as in
    "/survey2024") is a word of the label that introduces it ("Photos of the road at school
    drop-off:", "Our subdivision's 2025 hazard map:", "2024 harbor needs survey:"): the comment
    names the page as it names the list's other documents. Read only in a
    :func:`labelled_list`: alone, "Claim your reward: .../claim" is a lure's call."""
    label = link_label(body, link)
    found = _LABELLED_PATH_RE.fullmatch(fold(_path(link)))
    if label is None or found is None:
        return False
    return found.group(1) in _name_words(label)


# --------------------------------------------------------------------------- session 16
# Session 16 (round 24): a closing call to visit a site after words that say nothing of the
# sender's own (:func:`closing_call_evidence`).

#: A number with the letters written onto it: "18h", "6pm" and "10am" are a time of the
#: sender's, not the title's "2026-18".
_DIGITS_RE = regex.compile(r"\d+[\p{L}\p{M}]*")
_CASED_WORD_RE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’]*")
_LETTERS_RE = regex.compile(r"[\p{L}\p{M}]+")
#: Words after the link a closing call may still hold ("Keep up the great work!").
CLOSING_CALL_MAX_AFTER = 6
#: Content terms the words before the call need: fluent praise, not a bare "More info:".
CLOSING_CALL_MIN_TERMS = 16
#: Sentences the text needs (praise, then the call).
CLOSING_CALL_MIN_SENTENCES = 2
#: Weight: with the link's own (0.15) it reaches the threshold.
CLOSING_CALL_WEIGHT = 0.65


#: Session 16: a page named as what residents put before a council ("/letter", "/petition",
#: "/testimony"), in the languages of the spent sets: a document cited, however it is spelled.
#: (Not "guide" or "checklist": a vendor's content pages are named so.)
_CIVIC_DOCUMENT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:letters?|petitions?|reports?|study|studies|testimony|minutes|agenda|"
    r"survey|statement|signatures?|sign|comments?|findings|resolution|ordinance|"
    r"carta|lettre|peticion|petition|informe|rapport|estudio|etude|abaixo-assinado|"
    r"relatorio|ata|acta|proces-verbal)(?![\p{L}])"
)


def _topic_page(link: Link) -> bool:
    """A site's front page or a page named by words only ("/blog", "/fluoride-facts",
    "/blog/sustainable-ports"): no digit (an article's date, a document's number, a meeting's
    id), no file name (a report's PDF) and no name of a civic document ("/letter": a group's
    letter that its members send, "Read our neighbours' letter at ... before you vote")."""
    path = _path(link)
    if any(c.isdigit() for c in path):
        return False
    if _CIVIC_DOCUMENT_RE.search(fold(path)):
        return False
    segments = [p for p in path.split("/") if p]
    return not (segments and regex.search(r"\.[A-Za-z0-9]{2,5}$", segments[-1]))


def _cased(prose: str) -> bool:
    """Most of the text's letters are of a script with capitals (Latin, Cyrillic, Greek, ...),
    where a name of the sender's own can be read by its capital; in Arabic or Korean it cannot
    ("I own a small bakery ... موقعنا: makhbaz.example.com" names the bakery in other letters)."""
    letters = _LETTERS_RE.findall(prose)
    total = sum(len(w) for w in letters)
    cased = sum(1 for w in letters for c in w if c.lower() != c.upper())
    return total > 0 and cased * 2 >= total


#: Round 25: the bodies a comment addresses, capitalised in any comment to any item ("Thank you
#: to the Commissioners for their leadership"): how one speaks to the body, not a detail of the
#: sender's own.
ADDRESSED_BODIES = frozenset(
    {
        "commissioners",
        "commissioner",
        "council",
        "councilmembers",
        "councillors",
        "mayor",
        "supervisors",
        "board",
        "trustees",
        "aldermen",
        "selectmen",
        "court",
    }
)
#: Session 18 round 2 (-34, -35): capitalised words that are no name of the sender's own: the
#: kind of jurisdiction every item sits in ("St. Ovide Parish", "the County", "the City"), the
#: abbreviations a place's name opens with ("St.", "Mt.", "Ft."), and the words for peoples in
#: general ("Native American", "Hispanic"). Generated praise writes them from the title's
#: place and subject; a resident's own detail is a name of a street, a shop, a paper, a day.
GENERAL_CAPITALS = frozenset(
    {
        "parish",
        "county",
        "city",
        "town",
        "township",
        "borough",
        "village",
        "st",
        "mt",
        "ft",
        "american",
        "americans",
        "native",
        "indigenous",
        "hispanic",
        "latino",
        "latina",
    }
)


def _own_details(prose: str, context: tuple[str, ...]) -> list[str]:
    """The figures and names of the text the item's context does not hold: a number ("8
    degrees", "Dec 12", "10am") or a capitalised word not opening a sentence ("the Gazette",
    "Mesquite Hollow", "on our block on Linden"), in any cased script."""
    known_digits = set(_DIGITS_RE.findall(context[0]))
    known_words = {fold(w) for text in context for w in _LETTERS_RE.findall(text)}
    found = [d for d in _DIGITS_RE.findall(prose) if d not in known_digits]
    for sentence in sentences_before_capitals(prose):
        words = _LETTERS_RE.findall(sentence)
        for word in words[1:]:
            if len(word) < 2 or not _CASED_WORD_RE.fullmatch(word):
                continue
            if fold(word).rstrip("'’s") in known_words or fold(word) in known_words:
                continue
            if fold(word) in ADDRESSED_BODIES:
                continue  # round 25: "Thank you to the Commissioners": whom every comment thanks
            if fold(word) in GENERAL_CAPITALS:
                continue  # session 18: "in St. Ovide Parish", "Native American art"
            found.append(word)
    return found


_WORD_OR_GAP_RE = regex.compile(r"[\p{L}\p{M}\p{N}'’]+")


def _names_of(prose: str) -> str:
    """Round 25: the text with only its names left to spell a site's: words with a capital or
    a digit, and the particles between them; any other word is a gap. A site whose address runs
    the text's own lowercase words together ("For more insights on industrial emissions
    compliance, visit emissions-compliance-hub.net") is a keyword domain, not one the text
    names, as "Rosa's Bakery" names rosasbakery."""

    def keep(m: regex.Match[str]) -> str:
        word = m.group()
        named = word[0].isupper() or word[0].isdigit() or fold(word) in PARTICLES
        return word if named else "x"

    return str(_WORD_OR_GAP_RE.sub(keep, prose))


#: Session 21 (adverts21): the closing sentence baits the reader with the site's "valuable
#: resources" ("Residents interested in learning more about sustainable density can find
#: valuable resources at ...", "For more in-depth insights on ..., explore ..."). Generated
#: praise names the city and its region from the item ("New York City's housing crisis"),
#: which :func:`_own_details` reads as the sender's own detail; a resident citing a page names
#: what it holds ("the county's report", "the study"), not its value to the reader.
_RESOURCE_BAIT_RE = regex.compile(
    r"(?i)\b(?:valuable|helpful|useful|great|excellent|comprehensive|in-depth|practical|expert)\s+"
    r"(?:resources|insights|tips|guides|information\s+and\s+resources|tools)\b"
    r"|\bfor\s+more\s+(?:in-depth\s+)?(?:insights|resources|tips)\b"
)


def resource_bait(sentence: str) -> bool:
    """The sentence offers the site's resources as a value to the reader (see above)."""
    return _RESOURCE_BAIT_RE.search(sentence) is not None


def closing_call_evidence(
    body: str, prose: str, links: list[Link], context: tuple[str, ...] | None, s: SpamSettings
) -> list[Evidence]:
    """Fluent words with no figure or name of the sender's own, closed by one link to a site the
    text does not name, on a page that is no document.

    Comment bots write two or three sentences of generic praise of any item and close with a
    call to their site ("For more insights on smart-city infrastructure, visit ...", "Learn
    more: ...", "Modern marina management software can also reduce costs: ..."); the link
    alone and its unnamed front page make 0.36. What they never hold is a detail of their own:
    every figure is the title's ("18%", "SH-130"), every capitalised name the item's or its
    comments' ("Halcyon", "Hawaii"). A resident who links cites a document or an article (a
    file, a path with a date or a number: not read), names the site's owner (their shop, their
    group: :func:`_named_in`), or says something of their own around the link: a figure, a
    time, a date, a name the item does not hold ("The Ledger ran a piece ...", "on our block
    it's 8 degrees cooler", "Tuesday at 7 pm"). Read only where names have capitals (most
    letters of a cased script), after ``CLOSING_CALL_MIN_TERMS`` content terms in two
    sentences or more, with the link last (``CLOSING_CALL_MAX_AFTER`` words may follow).
    Session 21: a closing sentence that baits with the site's resources
    (:func:`resource_bait`) is read whatever names the praise holds."""
    if not context:
        return []
    web = [lk for lk in links if not host_allowed(lk.host, s.allowed_domains)]
    if len(web) != 1 or web[0].is_email or is_chat(web[0].host):
        return []
    link = web[0]
    if not _topic_page(link) or names_site_by_name(link.host, prose):
        return []
    # Session 29 (spend29a): the last of a list of sources ("Draft lease: <the city's page>,
    # Seagrass survey: <a university's>, Ramp counts we collected: <our group's>"): a resident
    # citing documents. A comment bot's praise closes on its one link.
    if any(lk is not link and not lk.is_email for lk in links):
        return []
    at = body.rfind(link.raw)
    after = body[at + len(link.raw) :]
    if len(WORD_RE.findall(after)) > CLOSING_CALL_MAX_AFTER:
        return []
    before = body[:at]
    sentences = sentences_before_capitals(before)
    if len(sentences) < CLOSING_CALL_MIN_SENTENCES:
        return []
    if len(content_terms(before)) < CLOSING_CALL_MIN_TERMS:
        return []
    if not _cased(prose):
        return []
    if not resource_bait(before.rsplit(".", 1)[-1]) and _own_details(prose, context):
        return []
    detail = f"links: a closing call to {link.host} after words with no detail of the sender's own"
    return [Evidence(CLOSING_CALL_WEIGHT, detail)]
