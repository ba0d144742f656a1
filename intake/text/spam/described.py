"""Session 27 (spend27b): a way to pay or to reach the writer described instead of written.

A comment that wants money sent to an account or a visit to a site, and that fears the city's
filter, does not write the account or the address: it tells the reader how to rebuild it.

- A payment app's account told in pieces ("Cash App dollar sign SilverSageCares2026", "o le matou
  Cash App o le upu malumalu, sosoo ai ma LV ma le numera 26": the word malumalu, then LV and
  the number 26). A resident who asks neighbours to chip in for a family after a fire writes the
  handle as the app shows it ("Cash App $BroussardRebuild", :data:`notices.PAYMENT_HANDLE_RE`);
  nobody spells a "$" as "dollar sign" but to get past a filter. Spam alone when the "$" is
  named or two pieces are told ("the word ..., followed by ..."); one such word alone is what
  residents write too ("Venmo to @OakPTA followed by your child's name", "Cash App is the word
  at every booth", the lead, session 27), so it counts only with money asked, as an account
  searched for does.
- A payment app's account named to be searched for or quoted, with money asked ("Zelle पर
  'ट्रीज़ फ़ॉर वेगास सेवा' खोजें और ... भेजें", "በዜል ለ'ሰላም ቬጋስ ኬር' ላኩ"): a fundraiser's
  shape too, so it counts with other evidence, as a written handle does (``PAYMENT_HANDLE_WEIGHT``).
- A web address spelled with a mark between its letters ("h.e.r.b.a.l-m.e.d.s . c.o.m"): the
  site's name cut so no link matcher reads it. No resident writes a site's name letter by letter.
- A comment that is nothing but an address with a path, whatever its ending ("vgs.lnk/3xR9qT"):
  a short link the link matcher cannot read, as its suffix is no top-level domain it knows. A
  resident's comment that is only a link is read already when the link is one
  (:mod:`links`: "link-only comment"); this reads the shape, not the list of endings.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.upfront import reports_a_scam

#: Payment apps, in Latin letters and as other scripts spell them (Amharic "ዜል" for Zelle,
#: Hindi "ज़ेल", Korean "캐시앱", "벤모"). Not Hindi "जेल" (a jail) nor Korean "젤" (a gel).
_PAY_APP = (
    r"(?i:(?<![\p{L}])(?:cash\s*app|venmo|zelle|pay\s*pal|gcash|chime|apple\s*pay)(?![\p{L}]))"
    r"|ዜል|ዘል|ካሽ\s*አፕ|ቬንሞ|ज़ेल|ज़ैल|कैश\s*ऐप|캐시\s*앱|벤모|페이팔"
)
#: Words that tell an account in pieces: a "$" named, "the word", "followed by", "then the
#: number", in the languages comments come in (Samoan "o le upu", "sosoo ai ma"; Spanish "signo
#: de dólar", "seguido de"; Tagalog "sinusundan ng"; Chinese "后面加"; Korean "뒤에").
_PIECES = (
    r"(?i:dollar\s*sign|\$\s*sign|signo\s*de\s*(?:d[oó]lar|pesos?)|the\s*word|la\s*palabra"
    r"|followed\s*by|then\s*the\s*(?:number|letters?|digits?)|seguid[oa]\s*de|suivi\s*de"
    r"|sinusundan\s*ng|o\s*le\s*upu|sosoo\s*ai\s*ma|le\s*numera)"
    r"|后面加|後面加|后面是|後面是|뒤에|다음에"
)
#: A payment app and a description of its account within a sentence.
_PAY_IN_PIECES_RE = regex.compile(rf"(?:{_PAY_APP})[^.!?।።\n]{{0,60}}?(?:{_PIECES})")
#: The words of a description after the app, up to the sentence's end.
_PIECE_RE = regex.compile(_PIECES)
_TOLD_WINDOW = 90
#: The "$" of a cashtag named: the account's own first character, told.
_DOLLAR_NAMED_RE = regex.compile(r"(?i:dollar\s*sign|\$\s*sign|signo\s*de\s*(?:d[oó]lar|pesos?))")
_SENTENCE_CUT_RE = regex.compile(r"[.!?।።\n]")
#: A payment app and an account searched for or quoted, the quote within a few words of it.
_SEARCHED = (
    r"(?i:(?<![\p{L}])(?:search|look\s*up|find|busque\w*|busca\w*|cherche[zr]?|hanapin|su['’]e)"
    r"(?![\p{L}]))|खोज\p{L}*|(?<!\p{L})ፈልጉ|검색|搜索|搜"
)
_QUOTED_NAME = r"['‘’\"“”«][^'‘’\"“”»\n]{3,40}['‘’\"“”»]"
_PAY_SEARCHED_RE = regex.compile(
    rf"(?:{_PAY_APP})(?:[^.!?।።\n]{{0,40}}?(?:{_SEARCHED})|\s*\S{{0,4}}\s*\S{{0,3}}{_QUOTED_NAME})"
    rf"|(?:{_SEARCHED})[^.!?।።\n]{{0,40}}?(?:{_PAY_APP})"
)
#: Money asked: give, send, donate, help, in the languages above ("ላኩ": send; "भेजें": send;
#: "fesoasoani": help), or a small sum named as enough ("anything helps", "even $5").
_ASKED_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:send|donat\w*|give|giving|chip\s*in|contribut\w*|support\s*us|help\s*us"
    r"|anything\s*helps|every\s*(?:dollar|bit)\s*helps|env[ií]\w*|don[ae]\w*|ipadala|magpadala"
    r"|fesoasoani|tuuina)(?![\p{L}]))|ላኩ|ላኩልን|ልገሳ|भेज\p{L}*|दान|보내|후원|寄|捐|汇款|匯款"
)
#: Weight of an account told in pieces: spam alone.
PIECES_WEIGHT = 0.7
#: Weight of an account searched for or quoted with money asked: with other evidence.
SEARCHED_WEIGHT = 0.4

#: A run of single letters with a mark (".", "-", " . ") between each ("h.e.r.b.a.l-m.e.d.s .
#: c.o.m"): matched at every letter and never failing once started, so a run is read once (linear on
#: hostile input: "a . " repeated). :func:`spelled_address` reads its ending.
_LETTER_RUN_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?:\s?[.\-]\s?\p{L}(?![\p{L}\p{N}]))*+")
#: A run's ending, once its spaces are taken out: a top-level domain spelled letter by letter.
_SPELLED_ENDINGS = (".c.o.m", ".n.e.t", ".o.r.g")
#: Letters at least in the run: the site's name and its ending.
SPELLED_MIN_LETTERS = 7
#: Weight of an address spelled letter by letter: the weight of an address spelled out
#: ("links: an address spelled out").
DOTTED_WEIGHT = 0.45

#: The whole comment an address with a path: a name, a dot, a suffix of letters, a slash and a
#: code of letters and digits ("vgs.lnk/3xR9qT", "go2.win/Ab7").
_BARE_ADDRESS_RE = regex.compile(
    r"\s*(?:https?://)?(?:[a-z0-9-]{1,30}\.){1,3}[a-z]{2,8}/"
    r"(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{3,20}/?\s*",
    regex.IGNORECASE,
)
#: Weight of a comment that is nothing but an address with a path: the link-only comment's.
BARE_ADDRESS_WEIGHT = 0.7


def described_payment_evidence(body: str) -> list[Evidence]:
    """A payment app's account told in pieces (spam alone), or searched for or quoted beside
    money asked (with other evidence); never in a text that warns of a scam or tells the reader
    not to pay (a resident quoting the ask)."""
    pieces = _PAY_IN_PIECES_RE.search(body)
    told = pieces is not None and _told_in_pieces(body, pieces)
    searched = None if told else (pieces or _PAY_SEARCHED_RE.search(body))
    if not told and (searched is None or _ASKED_RE.search(body) is None):
        return []
    if reports_a_scam(body):
        return []
    if told:
        assert pieces is not None
        detail = f"lure: a payment account told in pieces ({pieces.group()[:50]!r})"
        return [Evidence(PIECES_WEIGHT, detail)]
    assert searched is not None
    detail = f"lure: money asked to a payment account to search for ({searched.group()[:50]!r})"
    return [Evidence(SEARCHED_WEIGHT, detail)]


def _told_in_pieces(body: str, found: regex.Match[str]) -> bool:
    """The account after the app is told piece by piece: its "$" named, or two words of a
    description (:data:`_PIECES`) in the rest of its sentence."""
    rest = body[found.start() : found.start() + len(found.group()) + _TOLD_WINDOW]
    cut = _SENTENCE_CUT_RE.search(rest, len(found.group()))
    rest = rest[: cut.start()] if cut else rest
    if _DOLLAR_NAMED_RE.search(rest):
        return True
    return len({m.group().casefold() for m in _PIECE_RE.finditer(rest)}) >= 2


def dotted_address_evidence(prose: str) -> list[Evidence]:
    """A web address spelled letter by letter (see the module)."""
    found = spelled_address(prose)
    if found is None:
        return []
    detail = f"links: an address spelled letter by letter ({found[:40]!r})"
    return [Evidence(DOTTED_WEIGHT, detail)]


def spelled_address(prose: str) -> str | None:
    """The first web address spelled letter by letter in ``prose``, or None."""
    if "." not in prose:
        return None
    for run in _LETTER_RUN_RE.finditer(prose):
        found = str(run.group())
        compact = "".join(found.split())
        # Session 29 (perf29): the ending first; letters are counted only of a run that has one.
        if not compact.endswith(_SPELLED_ENDINGS):
            continue
        if sum(c.isalpha() for c in compact) >= SPELLED_MIN_LETTERS:
            return found
    return None


def bare_address_evidence(body: str, links_found: int) -> list[Evidence]:
    """A comment that is nothing but an address with a path the link matcher did not read
    (``links_found``: the links it read)."""
    if links_found or _BARE_ADDRESS_RE.fullmatch(body) is None:
        return []
    detail = f"link-only comment: an address with a path and nothing else ({body.strip()[:40]!r})"
    return [Evidence(BARE_ADDRESS_WEIGHT, detail)]
