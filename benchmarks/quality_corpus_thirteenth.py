# ruff: noqa: RUF001, RUF002
"""A thirteenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 16 (6 December 2026, in under an hour) by an outsider helper who
did not read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md``, the engine's unit tests, nor any other generator's code. It read, for the
interface and to avoid repeating their shapes, ``labelling_quality.py`` (how a generator is loaded
and registered), ``corpus_row.Row``, ``tests/corpus_shapes.py``, the docstrings of the eleventh and
twelfth generators (not their code) and the twelfth's shape test. Its author never ran the
labeller or the benchmark on it. Read it once, blind; never tune on it.

One Wednesday evening (9 December 2026) of the invented City of Tessaly Point's council (seed
2501), four items, rows in arrival order (each row gets an arrival minute from noon to 21:30; the
evening is sorted by it, ties kept in generation order; each resubmission is placed one to four
rows after the comment it repeats):

* ``parklets-civicloop`` (150 copies, 12 heavy), on parklet permit fees (item ``PARKLETS``): a
  small-business alliance's letter sent through an ADVOCACY PLATFORM, CivicLoop, which wraps every
  copy: a ``Subject:`` line (one of three the platform offers), ``Dear Council Member <name>,``
  with the member of the sender's district FILLED IN from the sender's ZIP code (last name or full
  name; ``Dear Mayor ... and Council Members,`` for senders outside the city; three copies where
  the platform's merge tag ``{{ target.last_name }}`` was left unrendered), a ``Sincerely,``
  block and a footer ``This message was sent via CivicLoop ... on behalf of <name>, <ZIP>``. The
  platform's "add a personal message" box puts the sender's words right after the salutation;
  others edited the letter and put their words between the second and third paragraphs or before
  the closing line. About a third of the copies arrive with HTML REMNANTS of the web tool's
  plain-text fallback (``<br>`` or ``</p>\\n<p>`` for paragraph breaks, ``&amp;``, ``&#8217;`` or
  ``&rsquo;``, ``&#39;``, ``&ldquo;``, ``&eacute;``, ``.&nbsp; ``), ten per cent as MOJIBAKE of
  its curly quotes (``â€™``, ``â€œ``, ``Ã©``). Heavy copies keep the first sentence of each
  paragraph and the closing line around the sender's own paragraphs (business owners' figures and
  addresses, servers', landlords', customers' and disabled diners' stories, questions about the
  draft).
* ``library-sundays`` (64, 6 heavy), against ending Sunday hours at two branch libraries (item
  ``LIBRARY``): a Friends of the Library letter pasted into the city's WEB FORM, which CUTS every
  comment at 1,000 characters: copies whose senders added enough of their own are cut off
  MID-SENTENCE (sometimes mid-word), losing the closing ask or the sender's own last paragraph.
  Senders put their own paragraphs at the top, BETWEEN the first and second template paragraphs,
  at the end, or one between AND one at the end. About half arrive with Windows line endings
  (``\\r\\n``), half with the letter's curly apostrophes straightened, some with two spaces after
  every full stop. Two households send two copies from ONE shared e-mail under two names: four
  people, not resubmissions.
* ``vendors-en`` (40, 3 heavy), ``vendors-zh`` (24) and ``vendors-vi`` (5), on sidewalk vending
  permits and a night market (item ``VENDORS``): a vendors' association's short letter in ENGLISH,
  its CHINESE translation and its VIETNAMESE translation, each a campaign of its own (three
  campaigns; no copy carries two languages). Seven Chinese copies arrive in SIMPLIFIED characters
  (passed around a messaging group) beside the association's Traditional text: one campaign, core;
  some Chinese copies paste the letter as one block. Some English copies are signed with a stall
  number; Chinese ones with ``此致 敬禮``, ``謝謝！`` or the association's name.
* ``ashgrove-neighbors`` (26, 2 heavy), against selling a city parking lot for housing (item
  ``GROVE``): a neighbours' letter whose first sentence offers a CHOICE, ``I am a [homeowner /
  renter / business owner] near Ashgrove Yard``, which senders cut down to their option (or two),
  or left as printed. Ten copies carry a PETITION-STYLE LIST of co-signers (several neighbours'
  names, with units or addresses, in five formats: "Also signed by the residents of ...", a
  numbered ``Co-signers:`` list, "We, the undersigned", a ``Signed,`` column, and one inline "also
  on behalf of A, B, C and D").
* ``ashgrove-homes`` (30, 3 heavy), FOR the sale, same item: a housing group's LINK-IN-BIO letter
  tool with a fill-in sentence ("I have lived in Tessaly Point for ___ years and I live in the ___
  neighborhood.") filled, half filled, left blank or deleted; the tool appends hashtags and a
  "Sent with ..." line to some copies.

Plus 62 residents' own comments (one word to a long story, English, Chinese and Vietnamese; one
cut at the web form's 1,000 characters, one with HTML remnants, one with a business's contact
block, one by a building's tenants with their names listed under it, one saying its sender got the
platform's e-mail but writes their own; residents on both sides of every item), 5 resubmissions by
the same named sender minutes apart (same e-mail, same body; ``duplicate``), anonymous senders
(``ANONYMOUS_NAMES``: "Anonymous", "", "N/A", "Name withheld", "Resident", "匿名", ...) who are
distinct people and carry no e-mail or postal code, and 15 spam in eleven languages and one line of
gibberish (a licence-agent advert on the vendors' item, a review seller on the parklets item, a
"your comment was flagged" phishing notice).

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` (``core`` or ``heavy``), ``spam``,
``duplicate`` and ``personal``: the sender's own words, paragraphs joined by blank lines ("" when
none), in reading order, AS THEY STAND IN THE BODY (HTML entities, mojibake, ``\\r\\n`` and double
spaces included). Personal: own paragraphs wherever they stand (after the salutation, between
template paragraphs, at the end), heavy copies' own paragraphs, own sentences in Chinese or
Vietnamese, the part of an own paragraph that survived the form's cut (a paragraph cut away
entirely is not in the body and not in the truth), and the VALUES typed into the fill-in sentence
(the years and the neighbourhood, each its own paragraph; a blank ``___`` is not personal). Never
personal: the ``Subject:`` line, greetings (with a member's name filled in or a merge tag left
unrendered), the letters' sentences in any language or script and their cut-off fragments, the
option a sender kept of ``[homeowner / renter / business owner]`` (choosing a printed option is
not writing; a judgement call the lead may dispute), sign-offs, stall-number and name signatures,
the platform's footer, the link-in-bio tool's hashtags and line, and a CO-SIGNER LIST in any
format, inline one included (names and units are signatures, not the sender's text). A copy cut
by the form is still ``core``: the sender edited nothing. Names, streets, businesses and the city
are invented; e-mails are example.com/.org/.net, phone numbers 555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

NAME = "generated-thirteenth"
SEED = 2501
ITEMS = (
    (
        "PARKLETS",
        "Ordinance 26-41: permanent curbside dining (parklet) program, annual permit fees and "
        "design standards",
    ),
    (
        "LIBRARY",
        "FY2027 mid-year budget amendment: ending Sunday hours at the Eastmere and Coldharbour "
        "branch libraries",
    ),
    ("VENDORS", "Sidewalk vending permit program and the Harlan Street night market"),
    (
        "GROVE",
        "Sale of the city-owned Ashgrove Yard parking lot (Lot 7) to Meridale Partners for a "
        "nine-story mixed-use building",
    ),
)
ANONYMOUS_NAMES = (
    "Anonymous",
    "",
    "N/A",
    "Name withheld",
    "Resident",
    "anonymous",
    "A Tessaly Point resident",
    "Prefer not to say",
    "-",
    "匿名",
)
LATIN_ANONYMOUS = ANONYMOUS_NAMES[:-1]
FORM_LIMIT = 1000
TEMPLATE, OWN, OTHER = "template", "own", "other"

# ---------------------------------------------------------------------------------------------
# People


@dataclass(frozen=True)
class Sender:
    name: str
    email: str | None = None
    postal_code: str | None = None


FIRST = [
    "Adele",
    "Bashir",
    "Camille",
    "Dmitri",
    "Esperanza",
    "Farid",
    "Gwen",
    "Hollis",
    "Ines",
    "Jonah",
    "Keiko",
    "Lamar",
    "Marisol",
    "Nadia",
    "Oren",
    "Priyanka",
    "Quentin",
    "Rosalind",
    "Soren",
    "Talia",
    "Umberto",
    "Vera",
    "Wendell",
    "Ximena",
    "Yusuf",
    "Zora",
    "Abel",
    "Bridget",
    "Cormac",
    "Delphine",
    "Emeka",
    "Fiona",
    "Gideon",
    "Harriet",
    "Isidro",
    "Juniper",
    "Kofi",
    "Leontyne",
    "Mateo",
    "Noor",
    "Ottilie",
    "Percival",
    "Rhea",
    "Silas",
    "Thandiwe",
    "Ulrich",
    "Vivian",
    "Winston",
    "Yara",
    "Anselm",
    "Beatrix",
    "Cyrus",
    "Dorothea",
    "Elias",
    "Florence",
    "Gus",
    "Hana",
    "Idris",
    "Josephine",
    "Kwame",
    "Lorna",
    "Mirela",
    "Nikhil",
    "Odette",
    "Pilar",
    "Ravi",
    "Sunniva",
    "Tobias",
]
LAST = [
    "Abernethy",
    "Baptiste",
    "Castellanos",
    "Dunleavy",
    "Ekwueme",
    "Fairbrother",
    "Galloway",
    "Halvorsen",
    "Iwasaki",
    "Jankowski",
    "Kettering",
    "Lindgren",
    "Mbatha",
    "Novak",
    "Oyelaran",
    "Prentiss",
    "Quarles",
    "Rasmussen",
    "Szabo",
    "Thorne",
    "Underhill",
    "Vasquez-Moll",
    "Whitaker",
    "Yamamura",
    "Zeller",
    "Ashdown",
    "Bellamy",
    "Corrigan",
    "Delacroix",
    "Ellery",
    "Fontaine",
    "Grummond",
    "Haddad",
    "Ilves",
    "Jessup",
    "Kowalczyk",
    "Larkspur",
    "Maddox",
    "Nakashima",
    "Osei",
    "Pemberton",
    "Quimby",
    "Rutledge",
    "Saltonstall",
    "Tremaine",
    "Uribe",
    "Vance",
    "Wojcik",
    "Yeboah",
    "Ackerly",
    "Brannigan",
    "Cardenas",
    "Devereux",
    "Esterhazy",
    "Feeney",
    "Gallardo",
    "Hargreave",
    "Ibsen",
    "Jovanovic",
    "Kincaid",
    "Lowery",
    "Marchbanks",
    "Nguyen",
    "Tran",
    "Pham",
    "Okonjo",
    "Petrakis",
    "Sorensen",
    "Tamsin-Hale",
    "Vidal",
]
HAN_TRADITIONAL = (
    ("陳美玲", "Meiling Chan"),
    ("黃志明", "Chiming Wong"),
    ("李淑芬", "Shufen Lee"),
    ("張偉強", "Waikeung Cheung"),
    ("林秀英", "Sauying Lam"),
    ("吳家豪", "Kaho Ng"),
    ("梁詠詩", "Wingsze Leung"),
    ("何國華", "Kwokwah Ho"),
    ("鄭麗華", "Laiwah Cheng"),
    ("劉建國", "Kinkwok Lau"),
    ("周嘉欣", "Kayan Chow"),
    ("馮志偉", "Chiwai Fung"),
    ("謝婉婷", "Yuenting Tse"),
    ("羅德明", "Takming Law"),
    ("葉小燕", "Siuyin Yip"),
    ("蔡文傑", "Mankit Choi"),
)
HAN_SIMPLIFIED = (
    ("王丽娟", "Lijuan Wang"),
    ("赵建华", "Jianhua Zhao"),
    ("孙海燕", "Haiyan Sun"),
    ("杨帆", "Fan Yang"),
    ("徐明", "Ming Xu"),
    ("高静", "Jing Gao"),
    ("朱伟", "Wei Zhu"),
)
VIETNAMESE = (
    "Nguyễn Thị Lan",
    "Trần Văn Hùng",
    "Lê Thị Mai",
    "Phạm Minh Tuấn",
    "Võ Thị Hồng",
    "Đặng Quốc Bảo",
)
MEMBERS = (
    ("Adaeze", "Okafor"),
    ("Rupert", "Vandermolen"),
    ("Hsiao-Lin", "Teague"),
    ("Darnell", "Whitcombe"),
    ("Priya", "Ramaswell"),
    ("Tomasz", "Ebberly"),
    ("Celeste", "Marchetti"),
)
CITY_ZIPS = ("97341", "97342", "97343", "97344", "97345", "97346", "97347")
OUTSIDE_ZIPS = ("97402", "97355", "97390")
MAYOR = "Mayor Lindqvist"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", text.encode("ascii", "ignore").decode().lower())


class People:
    """Invented senders, every named one different (a name is never reused)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.addresses: set[str] = set()

    def _fresh(self) -> tuple[str, str]:
        while True:
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            if f"{first} {last}".lower() not in self.used:
                self.used.add(f"{first} {last}".lower())
                return first, last

    def email_for(self, first: str, last: str) -> str:
        while True:
            address = self._address(slug(first), slug(last))
            if address not in self.addresses:
                self.addresses.add(address)
                return address

    def _address(self, f: str, surname: str) -> str:
        form = self.rng.randrange(6)
        local = (
            f"{f}.{surname}",
            f"{f[0]}{surname}{self.rng.randint(2, 98)}",
            f"{f}{surname[0]}",
            f"{surname}.{f}",
            f"{f}_{surname}{self.rng.choice(('', '.home', '.tp'))}",
            f"{f}{self.rng.randint(1960, 2004)}",
        )[form]
        return f"{local}@{self.rng.choice(('example.com', 'example.org', 'example.net'))}"

    def named(
        self, *, email: float = 0.9, postal: float = 0.6, zip_code: str | None = None
    ) -> Sender:
        first, last = self._fresh()
        shown = f"{first} {last}"
        style = self.rng.random()
        if style < 0.06:
            shown = shown.lower()
        elif style < 0.1:
            shown = f"{first[0]}. {last}"
        elif style < 0.13:
            shown = shown.upper()
        address = self.email_for(first, last) if self.rng.random() < email else None
        code = zip_code or (self.rng.choice(CITY_ZIPS) if self.rng.random() < postal else None)
        return Sender(shown, address, code)

    def han(self, names: Sequence[tuple[str, str]]) -> Sender:
        free = [n for n in names if n[0] not in self.used]
        if not free:
            return self.anonymous(("匿名",))
        han, roman = self.rng.choice(free)
        self.used.add(han)
        self.used.add(roman.lower())
        first, last = roman.split()
        shown = han if self.rng.random() < 0.7 else roman
        address = self.email_for(first, last) if self.rng.random() < 0.7 else None
        return Sender(shown, address, self.rng.choice(CITY_ZIPS) if address else None)

    def vietnamese(self) -> Sender:
        name = self.rng.choice([n for n in VIETNAMESE if n not in self.used])
        self.used.add(name)
        parts = name.split()
        address = self.email_for(parts[-1], parts[0]) if self.rng.random() < 0.6 else None
        return Sender(name, address, None)

    def anonymous(self, names: Sequence[str] = LATIN_ANONYMOUS) -> Sender:
        return Sender(self.rng.choice(names), None, None)

    def listed(self, count: int) -> list[str]:
        """Co-signers' names: people who never send a comment of their own."""
        return [" ".join(self._fresh()) for _ in range(count)]


class Pool:
    """Draw texts without repeating one until the pool is spent."""

    def __init__(self, rng: random.Random, texts: Sequence[str]) -> None:
        self.rng, self.texts, self.left = rng, list(texts), list[str]()

    def draw(self) -> str:
        if not self.left:
            self.left = self.texts[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


# ---------------------------------------------------------------------------------------------
# Rendering a comment from pieces, and its personal truth


@dataclass
class Piece:
    text: str
    kind: str = TEMPLATE
    sep: str = "\n\n"  # what stands before it


def render(
    pieces: Sequence[Piece],
    *,
    fx: Callable[[str], str] | None = None,
    sep_fx: Callable[[int, str], str] | None = None,
    limit: int | None = None,
    crlf: bool = False,
) -> tuple[str, str]:
    """The body the pieces make (each text through ``fx``, each separator through ``sep_fx``,
    cut at ``limit`` characters, line endings ``\\r\\n`` if ``crlf``) and its own paragraphs."""
    body, spans = "", []
    for at, piece in enumerate(pieces):
        if at:
            body += sep_fx(at, piece.sep) if sep_fx else piece.sep
        text = fx(piece.text) if fx else piece.text
        spans.append((len(body), len(body) + len(text), piece.kind))
        body += text
    if limit is not None:
        body = body[:limit]
    own = [body[start:end].strip() for start, end, kind in spans if kind == OWN]
    own = [o for o in own if o]
    if crlf:
        body = body.replace("\n", "\r\n")
        own = [o.replace("\n", "\r\n") for o in own]
    return body, "\n\n".join(own)


def straighten(text: str) -> str:
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


def double_spaced(text: str) -> str:
    return re.sub(r"([.?!]) (?=\S)", r"\1  ", text)


def chain(*steps: Callable[[str], str]) -> Callable[[str], str]:
    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


MOJIBAKE = {"’": "â€™", "“": "â€œ", "”": "â€\u009d", "—": "â€”", "é": "Ã©", "–": "â€“"}


def mojibake(text: str) -> str:
    return "".join(MOJIBAKE.get(c, c) for c in text)


def html_entities(rsquo: str, nbsp: bool) -> Callable[[str], str]:
    def fx(text: str) -> str:
        text = text.replace("&", "&amp;").replace("’", rsquo).replace("'", "&#39;")
        text = text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("é", "&eacute;")
        if nbsp:
            text = text.replace(". ", ".&nbsp; ")
        return text.replace("\n", "<br>\n")

    return fx


# ---------------------------------------------------------------------------------------------
# The evening


@dataclass
class Evening:
    rng: random.Random
    people: People
    rows: list[tuple[int, int, Row]] = field(default_factory=list)
    family: set[str] = field(default_factory=set)

    def add(self, minute: int, row: Row) -> None:
        self.rows.append((max(0, min(570, minute)), len(self.rows), row))

    def own_fx(self, straight: float, doubled: float) -> Callable[[str], str]:
        steps = []
        if self.rng.random() < straight:
            steps.append(straighten)
        if self.rng.random() < doubled:
            steps.append(double_spaced)
        return chain(*steps)


def sentences_of(paragraph: Sequence[str], sep: str = " ") -> str:
    return sep.join(paragraph)


# ---------------------------------------------------------------------------------------------
# parklets-civicloop

PARK_SUBJECTS = (
    "Keep Tessaly Point’s parklets affordable",
    "Please amend the parklet fees in Ordinance 26-41",
    "Support our sidewalk cafés: fix the parklet fees",
)
PARK_1 = (
    "I’m writing as a customer and neighbor of Tessaly Point’s small restaurants to ask you to "
    "amend Ordinance 26-41 before it passes.",
    "Parklets kept dozens of our local businesses alive during the pandemic, and they have become "
    "some of the most loved public spaces in the city.",
)
PARK_2 = (
    "The draft sets an annual permit fee of $18 per square foot plus a $2,400 design review "
    "charge.",
    "For a typical two-space parklet that is more than $8,000 in the first year, which most "
    "family-owned restaurants simply cannot pay.",
    "Large chains can absorb that cost; the corner café and the neighborhood noodle shop cannot.",
)
PARK_3 = (
    "Please cap the annual fee at $6 per square foot, waive design review for parklets built "
    "under the 2021 pilot that meet today’s safety standards, and give businesses eighteen months "
    "to comply.",
    "Keep Tessaly Point’s streets lively, local and open to everyone.",
)
PARK_CLOSE = (
    "Thank you for your time, and for standing with the Small Business & Restaurant Alliance’s "
    "“Keep Parklets Local” campaign."
)
PARK_FOOTER = (
    "--\nThis message was sent via CivicLoop (civicloop.example.org) on behalf of {name}, {zip}."
    "\nReplies to this e-mail go directly to the sender."
)
PARK_OWN = (
    "We own Brisa Coffee at 412 Calloway Street. Our parklet has 14 seats and on a Saturday it is "
    "half of our sales. At $18 a square foot we would pay $5,760 a year before the design review "
    "charge, which is more than we cleared in profit in 2025.",
    "My husband and I met at the parklet outside Osteria Vanni. That sounds silly but it's true.",
    "Who decided on $18 a square foot? The Harbor District next door charges sidewalk cafes $4. "
    "I'd like to see the staff math.",
    "I use a wheelchair, and the parklets on Wren Avenue are the only outdoor seating downtown I "
    "can actually get into. The sidewalk cafes block the sidewalk; the parklets don't.",
    "I am the manager at Little Saigon Pho House, 88 Harlan Street. We built our parklet in 2021 "
    "for $11,300 with our own money. Now you want to charge us design review for something the "
    "city already approved?",
    "The parklet in front of Dunmore Books is where toddler story hour spills out on Thursdays. "
    "It isn't just restaurants.",
    "Please don't let this become another thing only the big chains can afford.",
    "I'm a server at The Copper Kettle. Parklet shifts are where I make my rent in the summer, "
    "about 40% of my tips come from those six tables.",
    "Honestly I was skeptical about parklets in 2020. I was wrong. Calloway Street is alive at "
    "night now.",
    "We closed our parklet in March because the city told us new rules were coming. Eight months "
    "later we still don't know what they are. Just set a fee we can plan around.",
    "Our bakery, Half Moon Bakehouse at 1907 Ostrow Ave, shares a parklet with the florist next "
    "door. How would the fee work for a shared parklet? The ordinance doesn't say.",
    "I live above the parklets on Wren Ave. Yes, it's noisy sometimes. I still want them to stay.",
    "Also, the rule in the draft that all furniture must be taken in by 1 a.m. is unworkable for "
    "a place that closes at midnight with one person on staff.",
    "Eighteen months to comply is the minimum. Every contractor I called is booked until next "
    "fall.",
    "The fee should depend on the block. A parklet on Calloway earns far more than one on Fennick "
    "Road.",
    "My daughter works at Taqueria Los Cerros and the owners are already talking about removing "
    "theirs.",
    "Parklets bring in more sales tax than the two parking meters they replaced ever did. Do the "
    "numbers.",
    "I've lived in District 3 for 31 years and I can't remember downtown ever feeling this "
    "friendly.",
    "Is the $2,400 charge per application or every year? If it's every year this is even worse "
    "than the Alliance says.",
    "Thank you for voting for the pilot in 2021. Please don't undo it with fees.",
    "I run the coffee truck that parks at Lot 7 on Tuesdays, so I have no parklet, but my friends "
    "do and I've watched them pour their savings into them.",
    "We pay $1,900 a month in rent at 67 Lanyard Street. There is no room in that for $8,000 more.",
    "my kids love eating outside at Poppy's. please keep it",
    "Sidewalk dining should be for every business, not only the ones that can pay an architect.",
    "We put in planters, a ramp and reflective posts when the city asked us to in 2022, all at our "
    "own cost. The design review charge feels like paying twice.",
    "I'm on the board of the Wren Avenue Merchants Association, writing for myself here. Eleven "
    "of our nineteen members have parklets; at least six told me they would take them out at the "
    "proposed fee.",
    "If safety is the worry, pay for inspections from the general fund. Don't put it all on the "
    "restaurants.",
    "One more thing: the ordinance treats a bike corral like a dining parklet. Why would a bike "
    "corral pay $18 a square foot?",
    "Think of the musicians too. The parklet at Sable & Co. is the only place the Thursday jazz "
    "trio can play.",
    "As a landlord on Calloway I'd much rather have busy tenants than empty storefronts. Amend the "
    "fees.",
    "The Alliance's numbers are right. Ours came to $9,340 for the first year.",
    "I was born in this city and have never written to the council before. This matters.",
    "We are a worker-owned cafe, Commons Coffee Cooperative at 300 Pellam Avenue. Five owners, no "
    "investors. We voted unanimously to write to you.",
    "The parklets also slowed traffic on Wren. Since they went in I feel safer crossing there "
    "with my dog.",
    "What happens to a parklet when a business is sold? Does the new owner pay design review "
    "again?",
    "Our parklet seats 12 and we have 18 seats inside. You can do the math on losing it.",
    "Keep them! From a very happy regular at Marigold Noodle Bar.",
    "Please add a hardship waiver for businesses with fewer than ten employees.",
    "I work for the county health department and the outdoor seating made a real difference for "
    "people who still don't feel safe eating indoors.",
    "Why is the fee per square foot and not per seat? A parklet with a planter box and a bench "
    "would pay the same as one with twenty chairs.",
)
BUSINESSES = (
    "Blue Heron Diner",
    "Kettle & Crumb",
    "Pasha Grill",
    "Nonna Ida's",
    "Golden Lotus Dim Sum",
    "The Salt Cellar",
    "Hollow Oak Tavern",
    "Tamarind House",
    "Lucky Bao",
    "Café Ostrander",
    "Bramble Wine Bar",
    "Birchwood Pizza Co.",
    "Seoul Food Kitchen",
    "The Gilded Pear",
    "Anchor & Rye",
    "Mama Adjoa's",
    "Nightjar Ramen",
    "Fig & Thistle",
    "Halvard's Smokehouse",
    "Little Tbilisi",
    "The Crooked Spoon",
    "Cedar Mezze",
    "Plum Blossom Tea House",
    "Larder on Wren",
    "Ember Taqueria",
    "Saffron Lane",
    "The Patient Hound",
    "Oxbow Creamery",
    "Tin Cup Espresso",
    "Parlor 9",
)
STREETS = (
    "Calloway Street",
    "Wren Avenue",
    "Ostrow Avenue",
    "Harlan Street",
    "Lanyard Street",
    "Pellam Avenue",
    "Fennick Road",
    "Marlow Place",
)
OWNER_CLOSERS = (
    "We can't absorb that.",
    "If it passes as written we will take the parklet out in the spring.",
    "Please visit before you vote.",
    "We will pay a fair fee. This isn't one.",
    "What am I supposed to tell my staff?",
    "Cap the fee and give us time to plan.",
    "I'd be glad to show anyone from your office our books.",
    "",
    "",
    "",
)


def owner_story(rng: random.Random, business: str) -> str:
    number, street = rng.randint(12, 2400), rng.choice(STREETS)
    opener = rng.choice(
        (
            f"I own {business} at {number} {street}.",
            f"My wife and I run {business}, {number} {street}.",
            f"I'm the chef and co-owner of {business} on {street}.",
            f"I manage {business} at {number} {street}.",
            f"My family has run {business} at {number} {street} since {rng.randint(1988, 2016)}.",
            f"I'm one of two owners of {business} ({number} {street}).",
        )
    )
    seats, sqft = rng.randint(6, 24), rng.choice((160, 180, 200, 240, 280, 320, 360))
    facts = [
        f"Our parklet has {seats} seats and brings in about {rng.randint(18, 45)}% of our summer "
        "sales.",
        f"We spent ${rng.randint(42, 160) * 100:,} building it in {rng.choice((2020, 2021, 2022))}"
        ", with no help from the city.",
        f"It is {sqft} square feet, so the new fee would be ${sqft * 18:,} a year for us before "
        "design review.",
        f"We have {rng.randint(5, 28)} employees and at least {rng.randint(2, 4)} of those jobs "
        "exist because of the parklet.",
        f"Our rent is ${rng.randint(28, 95) * 100:,} a month and our margin last year was "
        f"{rng.randint(2, 7)}%.",
    ]
    rng.shuffle(facts)
    text = " ".join([opener, *facts[: rng.randint(1, 2)], rng.choice(OWNER_CLOSERS)])
    return text.strip()


def paragraph_breaks(mark: str) -> Callable[[int, str], str]:
    """A web tool's paragraph break, except between the subject line and the salutation."""

    def join(at: int, sep: str) -> str:
        return sep if at == 1 else mark

    return join


def salutation(rng: random.Random, zip_code: str) -> str:
    if zip_code in OUTSIDE_ZIPS:
        return f"Dear {MAYOR} and Council Members,"
    first, last = MEMBERS[CITY_ZIPS.index(zip_code)]
    return (
        f"Dear Council Member {last},"
        if rng.random() < 0.85
        else f"Dear Council Member {first} {last},"
    )


def parklets(ev: Evening) -> None:
    rng, count = ev.rng, 150
    heavy = set(rng.sample(range(count), 12))
    merge_tag = set(rng.sample(sorted(set(range(count)) - heavy), 3))
    own_pool = Pool(rng, PARK_OWN)
    businesses = Pool(rng, BUSINESSES)

    def own_text() -> str:
        return owner_story(rng, businesses.draw()) if rng.random() < 0.4 else own_pool.draw()

    for n in range(count):
        zip_code = rng.choice(OUTSIDE_ZIPS) if rng.random() < 0.08 else rng.choice(CITY_ZIPS)
        sender = ev.people.named(email=1.0, zip_code=zip_code)
        greeting = (
            "Dear Council Member {{ target.last_name }},"
            if n in merge_tag
            else salutation(rng, zip_code)
        )
        pieces = [Piece(f"Subject: {rng.choice(PARK_SUBJECTS)}", OTHER), Piece(greeting, OTHER)]
        if n in heavy:
            pieces += [
                Piece(PARK_1[0]),
                Piece(own_text(), OWN),
                Piece(PARK_2[0]),
                Piece(own_text(), OWN),
            ]
            if rng.random() < 0.5:
                pieces.append(Piece(own_text(), OWN))
            pieces.append(Piece(PARK_3[0]))
        else:
            where = rng.choices(("none", "top", "middle", "end", "top+end"), (45, 30, 12, 8, 5))[0]
            if where in ("top", "top+end"):
                pieces.append(Piece(own_text(), OWN))
            pieces += [Piece(sentences_of(PARK_1)), Piece(sentences_of(PARK_2))]
            if where == "middle":
                pieces.append(Piece(own_text(), OWN))
            pieces.append(Piece(sentences_of(PARK_3)))
            if where in ("end", "top+end"):
                pieces.append(Piece(own_text(), OWN))
        pieces.append(Piece(PARK_CLOSE))
        pieces.append(Piece(f"Sincerely,\n{sender.name}\n{zip_code}", OTHER))
        footer = PARK_FOOTER.format(name=sender.name, zip=zip_code)
        variant = rng.choices(("plain", "br", "p", "mojibake"), (56, 22, 12, 10))[0]
        fx: Callable[[str], str] | None = None
        sep_fx: Callable[[int, str], str] | None = None
        if variant == "mojibake":
            fx = mojibake
        elif variant in ("br", "p"):
            fx = html_entities(rng.choice(("&#8217;", "&rsquo;")), rng.random() < 0.5)
            if variant == "br":
                sep_fx = paragraph_breaks(
                    rng.choice(("<br><br>\n", "<br />\n<br />\n", "<br><br>"))
                )
            else:
                pieces[1].text = "<p>" + pieces[1].text
                footer += "</p>"
                sep_fx = paragraph_breaks("</p>\n<p>")

        pieces.append(Piece(footer, OTHER))
        body, own = render(pieces, fx=fx, sep_fx=sep_fx)
        minute = rng.randint(0, 230) if rng.random() < 0.15 else 240 + int(rng.expovariate(1 / 45))
        tier = "heavy" if n in heavy else "core"
        ev.add(minute, Row("PARKLETS", body, sender, "parklets-civicloop", tier, False, own))


# ---------------------------------------------------------------------------------------------
# library-sundays

LIB_1 = (
    "I oppose the proposal in the mid-year budget amendment to end Sunday hours at the Eastmere "
    "and Coldharbour branch libraries.",
    "Sunday is the only day many working families, students and seniors can get to a library, and "
    "these two branches serve the neighborhoods with the fewest other free indoor places.",
)
LIB_2 = (
    "The savings in the amendment, about $212,000 a year, are less than half of one percent of the "
    "library’s budget.",
    "If the city’s budget has room for a new parking garage at Civic Plaza, it has room for Sunday "
    "library hours.",
)
LIB_3 = (
    "Please restore Sunday hours at both branches in the final budget, and ask staff to report on "
    "how the branches are used on weekends before proposing any future cuts.",
    "The library is the one place in Tessaly Point where nobody has to buy anything to stay.",
)
LIB_GREETINGS = ("Dear Mayor and Council Members,", "To the City Council:", "Hello,", "Council,")
LIB_OWN = (
    "I am a single dad and I work Monday through Saturday at the distribution center on Quarry "
    "Road. Sunday afternoon at Eastmere is the only time my two boys and I can go to the library "
    "together. They each check out a stack of graphic novels and I finally get to read the paper.",
    "Coldharbour is where I learned English, in the conversation circle on Sunday mornings from "
    "2019 to 2021. The volunteers there got me through my citizenship test.",
    "How was the $212,000 figure calculated? Does it include the security contract, which I "
    "understand the city signed for three years no matter what the hours are?",
    "I'm a nurse on twelve-hour shifts. Weekdays are impossible for me.",
    "My mother is 84 and takes the 14 bus to Eastmere every Sunday because her neighbor can drive "
    "her back.",
    "The Coldharbour branch had about 1,400 visits on Sundays last spring, according to the "
    "library's own dashboard. That is not a branch nobody uses.",
    "Our homeschool co-op of nine families meets in the Eastmere community room on Sunday "
    "afternoons because it is booked the rest of the week.",
    "Please don't balance the budget on the neighborhoods that always get cut first.",
    "I teach at Fennick Middle School. When a project is due on Monday, half my students do the "
    "research on Sunday at Coldharbour because they don't have internet at home.",
    "I volunteer at the free tax help table at Eastmere on Sundays in February and March. Where "
    "would those 300 families go?",
    "When it was 104 degrees in August, the Coldharbour branch was the cooling center on Sunday. "
    "Is the city going to open a different one?",
    "I have lived on Tamsin Court for eleven years and the library is the one public building I "
    "can walk to.",
    "Cut the consultant contract for the Civic Plaza rebranding instead. That alone is $180,000 in "
    "the same amendment.",
    "As a retired librarian I can tell you that once hours are cut they almost never come back.",
    "My son has autism and the quiet room at Eastmere on Sunday mornings, when it's calm, is one "
    "of the few public places he is comfortable.",
    "Sunday is the day the computers are free for job applications without a wait.",
    "I'm writing this from the Coldharbour branch right now, on a Sunday, on one of its computers.",
    "Why Eastmere and Coldharbour, and not the Central Library, which is open seven days a week "
    "and two blocks from City Hall?",
    "I want to tell you about Sundays at Eastmere. I started going in 2016, when I was sleeping in "
    "my car behind the grocery store on Bristow Road. The library was warm, the bathroom was "
    "clean, and nobody asked me to leave. A librarian named Ruth helped me fill out a housing "
    "application on a Sunday, because on weekdays I was standing in the day labor line. I have "
    "had an apartment for five years now and I work for the parks department.",
    "The budget memo says Sunday service costs $106 an hour per branch. If that is right, both "
    "branches together cost about $35,000 a quarter. There has to be room for that in a $640 "
    "million budget.",
    "Also, the library staff were never asked. I know three of them personally.",
    "im 16. me and my friends study at coldharbour on sundays because our apartments are loud. "
    "please keep it open",
    "We moved to Eastmere partly because of the library. Realtors literally list it.",
    "I also want to say the branch staff are wonderful, especially the children's librarian at "
    "Eastmere who knows every kid by name.",
    "My wife and I are both on weekend shifts at St. Brendan's, Saturday and Sunday nights. Sunday "
    "noon is the only time we can take our daughter anywhere.",
    "I counted 61 people in the Coldharbour reading room at 2 pm last Sunday. Sixty-one.",
    "Is there any chance the branches could stay open Sunday with volunteers at the desk? Many of "
    "us would sign up.",
    "The bus to Central from Coldharbour takes 48 minutes on Sundays, with a transfer.",
    "I'm a grad student and I don't have a desk anywhere else. The branch is my office.",
    "Last winter the Eastmere branch was where my neighbors charged their phones during the "
    "three-day outage.",
)


def library(ev: Evening) -> None:
    rng, count = ev.rng, 64
    heavy = set(rng.sample(range(count), 6))
    pool = Pool(rng, LIB_OWN)
    four = rng.sample(sorted(set(range(count)) - heavy), 4)
    surnames = rng.sample(("Whitlock", "Arroyo-Finch", "Belvedere", "Okwuosa"), 2)
    shared: dict[int, Sender] = {}
    for pair, surname in zip((four[:2], four[2:]), surnames, strict=True):
        address = f"{surname.lower().replace('-', '')}family@example.net"
        for at in pair:
            first = rng.choice([f for f in FIRST if f"{f} {surname}".lower() not in ev.people.used])
            ev.people.used.add(f"{first} {surname}".lower())
            shared[at] = Sender(f"{first} {surname}", address, "97343")
        ev.people.addresses.add(address)
        ev.family.add(address)
    for n in range(count):
        if n in shared:
            sender = shared[n]
        elif rng.random() < 0.42:
            sender = ev.people.anonymous()
        else:
            sender = ev.people.named(email=0.8, postal=0.5)
        pieces: list[Piece] = []
        if rng.random() < 0.55:
            pieces.append(Piece(rng.choice(LIB_GREETINGS), OTHER))
        if n in heavy:
            pieces += [
                Piece(LIB_1[0]),
                Piece(pool.draw(), OWN),
                Piece(LIB_2[0]),
                Piece(pool.draw(), OWN),
                Piece(LIB_3[0]),
            ]
        else:
            where = rng.choices(
                ("none", "top", "middle", "end", "middle+end"), (38, 14, 20, 10, 18)
            )[0]
            if where == "top":
                pieces.append(Piece(pool.draw(), OWN))
            pieces.append(Piece(sentences_of(LIB_1)))
            if where.startswith("middle"):
                pieces.append(Piece(pool.draw(), OWN))
            pieces += [Piece(sentences_of(LIB_2)), Piece(sentences_of(LIB_3))]
            if where.endswith("end"):
                pieces.append(Piece(pool.draw(), OWN))
        named = sender.name not in ANONYMOUS_NAMES
        if named and rng.random() < 0.5:
            first = sender.name.split()[0]
            pieces.append(
                Piece(rng.choice((f"Thank you,\n{first}", f"Sincerely,\n{sender.name}")), OTHER)
            )
        elif not named and rng.random() < 0.2:
            pieces.append(Piece(rng.choice(("- an Eastmere neighbor", "Thank you.")), OTHER))
        fx = ev.own_fx(straight=0.5, doubled=0.15)
        body, own = render(pieces, fx=fx, limit=FORM_LIMIT, crlf=rng.random() < 0.5)
        tier = "heavy" if n in heavy else "core"
        ev.add(
            rng.randint(0, 420), Row("LIBRARY", body, sender, "library-sundays", tier, False, own)
        )


# ---------------------------------------------------------------------------------------------
# vendors-en, vendors-zh, vendors-vi

VEN_EN = (
    (
        "We are vendors and customers of the Harlan Street Night Market, and we support making the "
        "sidewalk vending permit program permanent.",
        "For six years we have sold food, produce and crafts on Harlan Street every Friday and "
        "Saturday night, and the pilot finally let us do it legally.",
    ),
    (
        "But the proposed permit fee of $1,150 a year, plus a separate health permit, is more than "
        "many of us earn in a month.",
        "Please set the permit fee at no more than $300, allow monthly payments, and provide the "
        "application in Chinese, Vietnamese and Spanish.",
    ),
    ("The night market is part of what makes Tessaly Point home, and we’re proud of it.",),
)
VEN_ZH = (
    (
        "我們是夏蘭街夜市的攤販和顧客，我們支持將人行道攤販許可計劃永久化。",
        "六年來，我們每個星期五和星期六晚上在夏蘭街販賣食物、蔬果和手工藝品，試行計劃終於讓我們可以合法經營。",
    ),
    (
        "但是擬議的許可費每年1,150元，還要另外申請衛生許可證，這比我們很多人一個月的收入還要多。",
        "請將許可費定在不超過300元，允許按月付款，並提供中文、越南文和西班牙文的申請表。",
    ),
    ("夜市讓泰瑟利角成為我們的家。",),
)
VEN_ZH_SIMPLIFIED = (
    (
        "我们是夏兰街夜市的摊贩和顾客，我们支持将人行道摊贩许可计划永久化。",
        "六年来，我们每个星期五和星期六晚上在夏兰街贩卖食物、蔬果和手工艺品，试行计划终于让我们可以合法经营。",
    ),
    (
        "但是拟议的许可费每年1,150元，还要另外申请卫生许可证，这比我们很多人一个月的收入还要多。",
        "请将许可费定在不超过300元，允许按月付款，并提供中文、越南文和西班牙文的申请表。",
    ),
    ("夜市让泰瑟利角成为我们的家。",),
)
VEN_VI = (
    (
        "Chúng tôi là những người bán hàng và khách hàng của Chợ Đêm đường Harlan, và chúng "
        "tôi ủng "
        "hộ việc biến chương trình giấy phép bán hàng trên vỉa hè thành chương trình lâu dài.",
        "Trong sáu năm, chúng tôi đã bán đồ ăn, rau quả và hàng thủ công trên đường Harlan mỗi tối "
        "thứ Sáu và thứ Bảy, và chương trình thử nghiệm cuối cùng đã cho phép chúng tôi làm việc "
        "đó một cách hợp pháp.",
    ),
    (
        "Nhưng lệ phí giấy phép đề xuất là 1.150 đô-la mỗi năm, cộng thêm giấy phép y tế riêng, "
        "nhiều hơn số tiền mà nhiều người trong chúng tôi kiếm được trong một tháng.",
        "Xin hãy đặt lệ phí giấy phép không quá 300 đô-la, cho phép trả góp hàng tháng, và "
        "cung cấp "
        "đơn xin bằng tiếng Hoa, tiếng Việt và tiếng Tây Ban Nha.",
    ),
    ("Chợ đêm là một phần làm cho Tessaly Point trở thành nhà của chúng tôi.",),
)
VEN_EN_OWN = (
    "I sell tamales from a cart at Harlan and 9th. The health permit alone was $640 last year, and "
    "the county inspected me twice.",
    "My family has run the kite and lantern stall since 2019. On a good night we make about $200, "
    "and with the rain there are maybe forty good nights a year.",
    "I am not a vendor. I'm a customer who walks to Harlan Street every Friday with my two kids, "
    "and the dumplings there beat anything downtown.",
    "When the pilot started the application was only in English and my mother needed me to "
    "translate every page. Please don't make the next family go through that.",
    "Monthly payments would change everything for me. I can pay $100 a month. I cannot pay $1,150 "
    "in January.",
    "I make silver jewelry at home and sell it at the market. Do craft vendors really need the "
    "same health permit as food vendors? The staff report doesn't say.",
    "Before the pilot I got two citations, $250 each, for selling cut flowers at the corner of "
    "Harlan and Dove.",
    "The shops on Harlan like the night market too. Ask the owner of Kwan's Hardware how his "
    "Friday sales changed.",
    "I have stall 31, next to the fire hydrant. I sell banh mi and iced coffee. Last year I paid "
    "$1,380 in fees and $900 for the generator.",
    "We are a family of five and the market is our second income. My husband drives deliveries "
    "during the day.",
    "Is the $1,150 fee per vendor or per stall? Two of us share one stall and split the cost.",
    "Council Member Teague came to the market in August and said the fee would be reasonable. "
    "This is not reasonable.",
    "I'm a student at Tessaly Community College and I work my aunt's stall on weekends to pay my "
    "tuition.",
    "I run the only vegan stall at the market. My customers come from all over the county.",
    "Please also fix the lighting on Harlan between 8th and 10th. It is very dark for vendors "
    "packing up at 11.",
)
VEN_ZH_OWN = (
    "我在夜市賣腸粉已經五年了，好的晚上也只賺一百多元。",
    "我媽媽不會說英文，申請表一定要有中文版本。",
    "請不要讓我們又回到以前被罰款的日子。",
    "我的女兒每個週末都來幫忙，這個攤位是我們一家人的生計。",
    "我是顧客，每個星期五都帶孩子去夜市吃東西。",
    "一千多元的許可費對我們小本生意來說實在太高了。",
)
VEN_ZH_OWN_SIMPLIFIED = (
    "我是卖水果的，一年一千多的费用真的付不起。",
    "希望议员们有空来夜市看看，了解我们的情况。",
    "我在夜市卖手工饺子三年了，客人都很喜欢。",
)
VEN_VI_OWN = (
    "Tôi bán bánh mì ở chợ đêm từ năm 2020.",
    "Mẹ tôi không đọc được tiếng Anh, nên đơn xin bằng tiếng Việt rất cần thiết.",
)


def vendors_en(ev: Evening) -> None:
    rng, count = ev.rng, 40
    heavy = set(rng.sample(range(count), 3))
    pool = Pool(rng, VEN_EN_OWN)
    for n in range(count):
        sender = ev.people.anonymous() if rng.random() < 0.3 else ev.people.named(postal=0.4)
        named = sender.name not in ANONYMOUS_NAMES
        pieces: list[Piece] = []
        if rng.random() < 0.6:
            pieces.append(
                Piece(
                    rng.choice(
                        ("Dear Mayor Lindqvist and Council Members,", "Dear Council,", "Hi,")
                    ),
                    OTHER,
                )
            )
        if n in heavy:
            pieces += [
                Piece(VEN_EN[0][0]),
                Piece(pool.draw(), OWN),
                Piece(pool.draw(), OWN),
                Piece(VEN_EN[1][1]),
                Piece(VEN_EN[2][0]),
            ]
        else:
            where = rng.choices(("none", "end", "top", "middle"), (45, 30, 15, 10))[0]
            if where == "top":
                pieces.append(Piece(pool.draw(), OWN))
            pieces += [Piece(sentences_of(VEN_EN[0])), Piece(sentences_of(VEN_EN[1]))]
            if where == "middle":
                pieces.append(Piece(pool.draw(), OWN))
            pieces.append(Piece(VEN_EN[2][0]))
            if where == "end":
                pieces.append(Piece(pool.draw(), OWN))
        if named and rng.random() < 0.7:
            sign = rng.choice(
                (
                    f"Thank you,\n{sender.name}",
                    f"{sender.name}\nStall {rng.randint(1, 48)}, Harlan Street Night Market",
                    f"- {sender.name} (stall #{rng.randint(1, 48)})",
                )
            )
            pieces.append(Piece(sign, OTHER))
        body, own = render(pieces, fx=ev.own_fx(0.5, 0.1), crlf=rng.random() < 0.2)
        tier = "heavy" if n in heavy else "core"
        minute = rng.randint(60, 400)
        ev.add(minute, Row("VENDORS", body, sender, "vendors-en", tier, False, own))


def vendors_zh(ev: Evening) -> None:
    rng, count = ev.rng, 24
    simplified = set(rng.sample(range(count), 7))
    trad, simp = Pool(rng, VEN_ZH_OWN), Pool(rng, VEN_ZH_OWN_SIMPLIFIED)
    for n in range(count):
        simple = n in simplified
        letter = VEN_ZH_SIMPLIFIED if simple else VEN_ZH
        if rng.random() < 0.45:
            sender = ev.people.anonymous(("匿名", "匿名", "Anonymous", ""))
        else:
            sender = ev.people.han(HAN_SIMPLIFIED if simple else HAN_TRADITIONAL)
        named = sender.name not in ANONYMOUS_NAMES
        pieces: list[Piece] = []
        if rng.random() < 0.6:
            greeting = (
                ("尊敬的市议会议员：", "各位议员好：")
                if simple
                else ("尊敬的市議會議員：", "各位議員您好：")
            )
            pieces.append(Piece(rng.choice(greeting), OTHER))
        if rng.random() < 0.3:  # one block, as pasted from a chat message
            pieces.append(Piece("".join(s for para in letter for s in para)))
        else:
            pieces += [Piece("".join(para)) for para in letter]
        if rng.random() < 0.4:
            pieces.append(Piece((simp if simple else trad).draw(), OWN))
        sign_offs = ("谢谢！",) if simple else ("此致\n敬禮", "謝謝！", "夏蘭街夜市攤販 敬上")
        sign = rng.choice(sign_offs)
        if named:
            sign += f"\n{sender.name}"
        pieces.append(Piece(sign, OTHER))
        body, own = render(pieces)
        minute = 300 + int(rng.expovariate(1 / 25))
        ev.add(minute, Row("VENDORS", body, sender, "vendors-zh", "core", False, own))


def vendors_vi(ev: Evening) -> None:
    rng = ev.rng
    own_at = set(rng.sample(range(5), 2))
    for n in range(5):
        sender = ev.people.anonymous() if n == 0 else ev.people.vietnamese()
        pieces = [Piece("Kính gửi Hội đồng Thành phố,", OTHER)]
        pieces += [Piece(" ".join(para)) for para in VEN_VI]
        if n in own_at:
            pieces.append(Piece(VEN_VI_OWN[len([m for m in own_at if m < n])], OWN))
        sign = "Trân trọng,"
        if sender.name not in ANONYMOUS_NAMES:
            sign += f"\n{sender.name}"
        pieces.append(Piece(sign, OTHER))
        body, own = render(pieces)
        ev.add(
            rng.randint(330, 390), Row("VENDORS", body, sender, "vendors-vi", "core", False, own)
        )


# ---------------------------------------------------------------------------------------------
# ashgrove-neighbors and ashgrove-homes

GROVE_OPTIONS = (
    "homeowner",
    "renter",
    "business owner",
    "homeowner and business owner",
    "renter and business owner",
)
GROVE_NO = (
    (
        "I am a {option} near Ashgrove Yard, and I urge you to vote no on the sale of Lot 7 to "
        "Meridale Partners.",
        "The lot is the only public parking for the Tuesday farmers market, the Ashgrove clinic "
        "and the small shops on Pellam Avenue.",
    ),
    (
        "The staff report admits the project would remove 142 public parking spaces and replace "
        "them with 40 spaces reserved for the building’s tenants.",
        "Selling public land for $3.1 million, well below its 2024 appraisal, is not a good deal "
        "for the city.",
    ),
    (
        "If the city wants housing on this site, it should issue a new request for proposals that "
        "keeps public parking and includes deeply affordable homes.",
    ),
)
GROVE_NO_OWN = (
    "I'm 71 and I can't walk up the hill from the Dwyer Street garage. I park in Lot 7 every "
    "Thursday for my appointments at the clinic.",
    "I run Pellam Avenue Shoe Repair at 1210 Pellam Avenue. Half of my customers drive in from the "
    "hills and park in the lot for ten minutes.",
    "The 2024 appraisal said $4.6 million. Who decided $3.1 million was fair, and when?",
    "I'm not against housing. I'm against this deal.",
    "The farmers market has been in that lot every Tuesday for nineteen years. It will not survive "
    "a move to a side street.",
    "My kids learned to ride their bikes in Lot 7 on Sunday mornings when it's empty. A small "
    "thing, but it's ours.",
    "Meridale's last project here, the Quarry Road lofts, came in two years late. What happens if "
    "they stall on this one?",
    "We bought our house on Tamsin Court in 1998. The lot was public then and it should stay "
    "public.",
    "Has the fire department weighed in? Engine 4 uses the lot for training.",
    "Put the housing on the old DMV site on Bristow Road instead. It has been empty for six years.",
)
GROVE_YES_1 = (
    "I support the sale of Ashgrove Yard to Meridale Partners and the 186 homes it will bring "
    "downtown."
)
GROVE_YES_2 = (
    "A surface parking lot two blocks from the Ashgrove Line station is the wrong use of public "
    "land in a housing shortage.",
    "The project includes 38 affordable homes, ground-floor shops and a public plaza, and the "
    "staff report finds that the Dwyer Street garage has more than 300 empty spaces on an average "
    "weekday.",
)
GROVE_YES_3 = (
    "Every year we wait, more of the teachers, nurses and kids who grew up here move away.",
    "Please vote yes.",
)
GROVE_YES_OWN = (
    "I'm a nurse at the Ashgrove clinic and I commute 50 minutes each way because I can't afford "
    "to live near my job.",
    "My rent went up 14% this year. I'm 29 and I've already moved three times in this city.",
    "I grew up on Pellam Avenue. None of my high school friends can afford to live here now.",
    "I take the Ashgrove Line every day and walk past that lot. It's never full except on "
    "Tuesdays.",
    "My parents are retiring and want to downsize without leaving town. There is nothing for them.",
    "I own a small shop on Pellam, and more neighbors means more customers. I'm for it.",
    "The farmers market can move to the new plaza. Meridale has already offered it.",
    "I teach third grade at Ashgrove Elementary. Our enrollment dropped 18% in five years because "
    "families can't afford to stay.",
    "38 affordable homes isn't enough, but it's 38 more than a parking lot has.",
    "Please don't let a parking lot win again.",
)
YEARS = ("7", "23", "two", "almost 40", "3 1/2", "12+", "15", "9", "over 30", "5", "18", "1")
HOODS = (
    "Eastmere",
    "the Flats",
    "Coldharbour",
    "Old Mill",
    "Harlan Heights",
    "downtown",
    "Bristow",
    "Tamsin Park",
)


def cosigners(rng: random.Random, people: People) -> Piece:
    names = people.listed(rng.randint(3, 7))
    form = rng.randrange(5)
    if form == 0:
        building = f"{rng.randint(10, 40)} Tamsin Court"
        lines = [f"{n}, Apt {rng.randint(1, 12)}" for n in names]
        return Piece(f"Also signed by the residents of {building}:\n" + "\n".join(lines), OTHER)
    if form == 1:
        return Piece(
            "Co-signers:\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(names, 1)), OTHER
        )
    if form == 2:
        lines = [f"{n} - {rng.randint(100, 1500)} {rng.choice(STREETS)}" for n in names]
        return Piece("We, the undersigned neighbors, agree:\n" + "\n".join(lines), OTHER)
    if form == 3:
        return Piece("Signed,\n" + "\n".join(names), OTHER)
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return Piece(f"(Also on behalf of {listed}, who do not use e-mail.)", OTHER)


def ashgrove_neighbors(ev: Evening) -> None:
    rng, count = ev.rng, 26
    heavy = set(rng.sample(range(count), 2))
    signed = set(rng.sample(sorted(set(range(count)) - heavy), 10))
    printed = set(rng.sample(sorted(set(range(count)) - signed), 3))
    pool = Pool(rng, GROVE_NO_OWN)
    for n in range(count):
        sender = ev.people.anonymous() if rng.random() < 0.2 else ev.people.named(postal=0.7)
        named = sender.name not in ANONYMOUS_NAMES
        option = (
            "[homeowner / renter / business owner]" if n in printed else rng.choice(GROVE_OPTIONS)
        )
        first = GROVE_NO[0][0].format(option=option)
        pieces = [Piece(rng.choice(("To the Mayor and City Council:", "Dear Council,")), OTHER)]
        if n in heavy:
            pieces += [Piece(first), Piece(pool.draw(), OWN), Piece(pool.draw(), OWN)]
            pieces.append(Piece(GROVE_NO[2][0]))
        else:
            where = rng.choices(("none", "middle", "end"), (50, 30, 20))[0]
            pieces += [
                Piece(f"{first} {GROVE_NO[0][1]}"),
                Piece(sentences_of(GROVE_NO[1])),
            ]
            if where == "middle":
                pieces.append(Piece(pool.draw(), OWN))
            pieces.append(Piece(GROVE_NO[2][0]))
            if where == "end":
                pieces.append(Piece(pool.draw(), OWN))
        if named:
            pieces.append(Piece(f"Respectfully,\n{sender.name}", OTHER))
        if n in signed:
            pieces.append(cosigners(rng, ev.people))
        body, own = render(pieces, fx=ev.own_fx(0.4, 0.15), crlf=rng.random() < 0.25)
        tier = "heavy" if n in heavy else "core"
        ev.add(
            rng.randint(0, 500), Row("GROVE", body, sender, "ashgrove-neighbors", tier, False, own)
        )


def ashgrove_homes(ev: Evening) -> None:
    rng, count = ev.rng, 30
    heavy = set(rng.sample(range(count), 3))
    pool = Pool(rng, GROVE_YES_OWN)
    for n in range(count):
        sender = ev.people.anonymous() if rng.random() < 0.2 else ev.people.named(postal=0.3)
        pieces = [Piece(GROVE_YES_1, TEMPLATE, "")]
        if n in heavy:
            pieces += [Piece(pool.draw(), OWN), Piece(pool.draw(), OWN)]
            pieces += [Piece(GROVE_YES_2[0]), Piece(" ".join(GROVE_YES_3))]
        else:
            fill = rng.choices(("both", "years", "blank", "deleted"), (64, 12, 12, 12))[0]
            if fill != "deleted":
                years = rng.choice(YEARS) if fill in ("both", "years") else "___"
                hood = rng.choice(HOODS) if fill == "both" else "___"
                pieces += [
                    Piece("I have lived in Tessaly Point for", TEMPLATE, " "),
                    Piece(years, OWN if years != "___" else TEMPLATE, " "),
                    Piece("years and I live in the", TEMPLATE, " "),
                    Piece(hood, OWN if hood != "___" else TEMPLATE, " "),
                    Piece("neighborhood.", TEMPLATE, " "),
                ]
            if rng.random() < 0.35:
                pieces.append(Piece(pool.draw(), OWN))
            pieces += [Piece(" ".join(GROVE_YES_2)), Piece(" ".join(GROVE_YES_3))]
        if sender.name not in ANONYMOUS_NAMES:
            pieces.append(Piece(sender.name, OTHER))
        if rng.random() < 0.4:
            pieces.append(Piece("#HomesForTessaly #YesOnAshgrove", OTHER))
        if rng.random() < 0.5:
            pieces.append(Piece("Sent with the Tessaly Homes Now letter tool", OTHER))
        body, own = render(pieces)
        tier = "heavy" if n in heavy else "core"
        minute = 420 + int(rng.expovariate(1 / 30))
        ev.add(minute, Row("GROVE", body, sender, "ashgrove-homes", tier, False, own))


# ---------------------------------------------------------------------------------------------
# Residents' own comments: (item, text, who) with who "named", "anon" or "either"

RESIDENTS: tuple[tuple[str, str, str], ...] = (
    ("PARKLETS", "Oppose any fee increase for parklets.", "either"),
    (
        "PARKLETS",
        "I support the ordinance as written. The city gave away curb space for free for four "
        "years, and $18 a square foot is still cheaper than what a metered space earns. "
        "Restaurants that can't cover it are using public land for private profit.",
        "named",
    ),
    (
        "PARKLETS",
        "Parklets are fine, but the one in front of 540 Calloway blocks the sightline at the bus "
        "stop. Whatever you pass, please enforce the corner clearances. I've nearly been hit "
        "twice stepping out from behind it.",
        "named",
    ),
    (
        "PARKLETS",
        "I own Fennick Road Hardware. I don't have a parklet and don't want one, but the "
        "restaurant next to me does and it has doubled the people walking past my door. Keep the "
        "fee low.\n\nDon Abernathy\nFennick Road Hardware\n1120 Fennick Rd, Tessaly Point 97344\n"
        "(555) 555-0143",
        "don",
    ),
    (
        "PARKLETS",
        "Why is the council voting on this at 10 pm on a Wednesday? Most restaurant owners are "
        "working right now.",
        "either",
    ),
    (
        "PARKLETS",
        "Parking! Nobody is talking about parking. Wren Avenue lost 31 spaces to parklets and my "
        "customers with disabilities can't find anywhere to stop. Charge the full fee.",
        "named",
    ),
    ("PARKLETS", "yes to parklets, no to $18/sq ft", "anon"),
    (
        "PARKLETS",
        "As a musician who plays the Calloway parklets on weekend nights, I'd ask that the design "
        "standards allow a small performance corner. The draft bans all amplified sound; an "
        "exception for acoustic music would be reasonable.",
        "named",
    ),
    (
        "PARKLETS",
        "I got the CivicLoop e-mail from the Alliance but I'd rather write my own. The fee should "
        "follow sales, not square feet. A parklet outside a bar doing $3 million a year is not "
        "the same as two tables outside a dumpling counter.",
        "named",
    ),
    (
        "PARKLETS",
        "The noise after 10 pm from the parklets on Lanyard Street never stops. I live at Lanyard "
        "and 4th. Whatever fee you set, please close outdoor seating next to homes at 10.",
        "named",
    ),
    (
        "PARKLETS",
        "Section 6(b) of the ordinance requires parklets to be cleared on street sweeping days. "
        "Who pays for that labor every week? Please fix this before adoption.",
        "either",
    ),
    ("PARKLETS", "Please keep parklets. They made this town feel like a town again.", "anon"),
    (
        "PARKLETS",
        "I agree with the small business owners.&nbsp; Parklets are good for the city and the fee "
        "is too high.<br><br>Also please publish the design standards in plain language, the "
        "current draft is 46 pages.<br>",
        "named",
    ),
    ("PARKLETS", "Support. Thanks", "anon"),
    (
        "PARKLETS",
        "I've eaten at the Wren parklets every week since 2021 and I'd gladly pay 50 cents more on "
        "my bill so the restaurant can cover a fair fee. Split the difference: $10 a square foot, "
        "and no design review for the ones already built.",
        "either",
    ),
    (
        "PARKLETS",
        "I'm a CPA and I keep the books for four restaurants downtown. Without naming them: their "
        "parklets add between $38,000 and $112,000 a year in gross sales each. At the fee in the "
        "draft the two smaller ones would go from profitable to roughly break-even on the parklet "
        "once you count furniture, the insurance rider (about $1,200 a year) and the sweeping-day "
        "labor. The two larger ones will be fine. So the ordinance as written keeps parklets at "
        "the places that need them least. I'd suggest a lower rate for the first 200 square "
        "feet.",
        "named",
    ),
    (
        "PARKLETS",
        "Please consider a grandfather clause for parklets built under the 2021 pilot permits. We "
        "followed every rule you gave us.",
        "named",
    ),
    ("PARKLETS", "no parklets in front of residences. thank you", "anon"),
    ("LIBRARY", "Keep Sunday hours!!!", "anon"),
    (
        "LIBRARY",
        "I'm a library employee writing on my own time. Sunday staffing is already thin; four of "
        "us cover Eastmere. If you cut Sunday hours, please don't cut the hours of the part-time "
        "staff too, most of whom count on that shift.",
        "named",
    ),
    (
        "LIBRARY",
        "I understand the budget is tight. I would rather lose Sunday hours than the children's "
        "programs on weekday afternoons. If something has to go, let it be Sunday.",
        "named",
    ),
    (
        "LIBRARY",
        "I want to explain what the Coldharbour branch means to my family, because I don't think "
        "the budget memo captures it.\n\nMy husband and I both work six days a week. He drives for "
        "the county transit district and I clean offices downtown in the evenings. Our three "
        "children are 7, 11 and 15. On Sunday afternoons the five of us walk to Coldharbour. The "
        "little one goes to the reading corner, the middle one uses the computers for his "
        "homework, and our oldest is in the teen robotics club that meets there at 2 pm. That "
        "club is how she decided she wants to study engineering. It is the only family outing we "
        "can afford every week and the only one we never miss.\n\nWhen the branch closed for "
        "repairs in 2023 for two months, we tried going to Central. It took us an hour each way "
        "on two buses with a transfer at Civic Plaza, and after the second week we gave up. I "
        "know the council has hard choices. But $212,000 spread across the whole city budget is "
        "not a hard choice compared with what my children would lose. Please keep Sunday hours at "
        "Coldharbour and Eastmere, and please come and visit on a Sunday to see how full the "
        "building is.",
        "named",
    ),
    (
        "LIBRARY",
        "How many people use these branches on Sundays? I couldn't find a single number in the "
        "amendment. Please post the figures before you vote.",
        "either",
    ),
    (
        "LIBRARY",
        "Close Central on Sundays instead, it's always empty then and it's the most expensive "
        "building to run.",
        "anon",
    ),
    (
        "LIBRARY",
        "The Eastmere branch is open 1 to 5 on Sundays. Four hours a week. The savings must be "
        "tiny.",
        "either",
    ),
    (
        "LIBRARY",
        "星期天是我唯一可以帶孫子去圖書館的日子。請保留東米爾分館的星期天開放時間。",
        "han",
    ),
    (
        "LIBRARY",
        "Yes to the amendment. We have a structural deficit and everybody wants to be the "
        "exception.",
        "named",
    ),
    ("LIBRARY", "Please restore Sunday hours.\n- Eastmere parent", "anon"),
    (
        "LIBRARY",
        "I volunteer teaching ESL at Coldharbour on Sunday afternoons. We have 22 adult learners "
        "enrolled this term. For most of them Central is two buses away.",
        "named",
    ),
    (
        "LIBRARY",
        "Could the city partner with the school district to keep Eastmere open on Sundays with "
        "school staff? The middle school is right next door.",
        "named",
    ),
    (
        "LIBRARY",
        "Xin đừng cắt giờ mở cửa ngày Chủ nhật của thư viện Coldharbour. Con tôi học bài ở đó mỗi "
        "tuần.",
        "anon",
    ),
    (
        "LIBRARY",
        "What about Saturdays instead? Or close Mondays. Sunday is the busiest family day.",
        "either",
    ),
    (
        "LIBRARY",
        "Libraries are a lifeline for people who work weekdays. I'm one of them. Keep Sundays.",
        "either",
    ),
    (
        "VENDORS",
        "I own a restaurant on Harlan Street. The night market vendors pay no rent and no property "
        "tax and they set up in front of my door. I support a permit program, but $1,150 is not "
        "too "
        "much. Enforce it.",
        "named",
    ),
    ("VENDORS", "Support making the pilot permanent. Lower the fee.", "either"),
    (
        "VENDORS",
        "The night market is the best thing in Tessaly Point. My kids and I go every Friday.",
        "either",
    ),
    (
        "VENDORS",
        "Please require vendors to clean up. The morning after the market, Harlan between 8th and "
        "10th is covered in napkins and skewers.",
        "named",
    ),
    ("VENDORS", "我支持夜市。", "han-anon"),
    (
        "VENDORS",
        "I speak Cantonese and I help my aunt with her stall. The permit office told us they have "
        "no interpreter on Fridays. Please fix language access before you raise any fee.",
        "named",
    ),
    (
        "VENDORS",
        "What health permit does a vendor need who sells only whole uncut fruit? I was told I need "
        "the same $640 permit as a hot food vendor.",
        "named",
    ),
    (
        "VENDORS",
        "I live in Harlan Heights. Generator noise goes until midnight. I'd support the market "
        "with a 10:30 pm end time.",
        "named",
    ),
    ("VENDORS", "Đề nghị hội đồng giảm lệ phí giấy phép. Cảm ơn.", "anon"),
    (
        "VENDORS",
        "As a public health nurse I'd point out that the pilot had no reported foodborne illness "
        "in two years, according to the county's own report. The health permit fee could be cut "
        "for vendors with a clean inspection record.",
        "named",
    ),
    (
        "VENDORS",
        "Let the vendors pay in installments. Every other city fee can be paid monthly, why not "
        "this one?",
        "either",
    ),
    (
        "VENDORS",
        "My grandmother sold che on Harlan Street in the 1990s, before there was any permit, and "
        "she was ticketed constantly. I'm glad this council is making it legal. Please don't price "
        "people back into the shadows.",
        "named",
    ),
    ("VENDORS", "oppose", "anon"),
    ("GROVE", "Build the housing. Sell the lot.", "either"),
    (
        "GROVE",
        "I'm a physician at the Ashgrove clinic. Many of our patients are elderly and come by car. "
        "If Lot 7 is sold, where do they park? The Dwyer Street garage is 0.4 miles away, uphill.",
        "named",
    ),
    (
        "GROVE",
        "The 2024 appraisal of Lot 7 was $4.6 million and the sale price is $3.1 million. Can "
        "staff explain the $1.5 million difference in plain words before the vote?",
        "named",
    ),
    ("GROVE", "TAMSIN", "tamsin"),
    (
        "GROVE",
        "Supporting the project. 186 homes on a parking lot by the train is a no-brainer.",
        "either",
    ),
    (
        "GROVE",
        "The farmers market has used that lot on Tuesdays for 19 years. Has anybody asked the "
        "market where it will go? Meridale's plaza is 6,000 square feet; the market uses 22,000.",
        "named",
    ),
    (
        "GROVE",
        "I'm a renter in the Flats paying $2,450 for a one-bedroom. I support anything that adds "
        "homes.",
        "either",
    ),
    ("GROVE", "Why does it need nine stories? Six would fit the neighborhood.", "either"),
    (
        "GROVE",
        "Meridale built the Quarry Road lofts, where the elevator has been broken for two years. "
        "Check their record before handing them public land.",
        "named",
    ),
    ("GROVE", "Yes on Ashgrove.", "anon"),
    ("GROVE", "Please vote NO.", "anon"),
    (
        "GROVE",
        "I don't have a strong view on the sale, but I want the council to commit that the Tuesday "
        "farmers market has a new home before the lot closes.",
        "named",
    ),
    (
        "GROVE",
        "Housing yes, but 38 affordable units out of 186 is 20%. The city's own policy asks for "
        "25% on public land. Why the exception?",
        "named",
    ),
    (
        "GROVE",
        "I live in Eastmere and walk past Lot 7 every day. It's never more than half full except "
        "on Tuesdays. Build homes.",
        "either",
    ),
    (
        "GROVE",
        "Is the council aware the lot is also the staging area for Engine 4's training days? "
        "Where would that go?",
        "named",
    ),
    (
        "GROVE",
        "I've had my flower shop on Pellam for 26 years. I'm torn. I want my grandkids to be able "
        "to live here, and I also know that if my older customers can't park they will stop "
        "coming. Could the building include even 40 public spaces for the first two hours?",
        "named",
    ),
)
TAMSIN = (
    "We are the tenants of 22 Tamsin Court, a twelve-unit building right behind Lot 7. We support "
    "housing on the lot, but we ask the council to require that construction trucks stay off "
    "Tamsin Court, a dead end where our children play."
)


def residents(ev: Evening) -> None:
    rng = ev.rng
    for item, text, who in RESIDENTS:
        form = rng.random() < 0.6 or len(text) > FORM_LIMIT
        if who == "tamsin":
            names = ev.people.listed(6)
            sender = ev.people.named(email=1.0, postal=1.0)
            lines = [f"{sender.name} (Unit 4)"] + [
                f"{n} (Unit {u})" for n, u in zip(names, (1, 2, 5, 7, 9, 11), strict=True)
            ]
            text = TAMSIN + "\n\nSigned,\n" + "\n".join(lines)
        elif who == "don":
            sender = Sender("Don Abernathy", "fennickhardware@example.com", "97344")
            ev.people.used.add("don abernathy")
        elif who == "han":
            sender = ev.people.han(HAN_TRADITIONAL)
        elif who == "han-anon":
            sender = ev.people.anonymous(("匿名",))
        elif who == "anon" or (who == "either" and rng.random() < 0.35):
            sender = ev.people.anonymous()
        else:
            sender = ev.people.named(email=0.85, postal=0.5)
        if form and rng.random() < 0.15:
            text = double_spaced(text)
        body, _ = render(
            [Piece(text)],
            limit=FORM_LIMIT if form else None,
            crlf=form and rng.random() < 0.4,
        )
        ev.add(rng.randint(0, 560), Row(item, body, sender))


# ---------------------------------------------------------------------------------------------
# Spam

SPAM: tuple[tuple[str, str, str], ...] = (
    (
        "GROVE",
        "Hello, I checked your city website and found 37 SEO errors. We can get you to page 1 of "
        "Google in 30 days. Reply for a free audit: rankrocket-seo.biz/audit",
        "Mark Stevens",
    ),
    (
        "PARKLETS",
        "Restaurant owners!! Get 200+ five star Google reviews for your cafe or parklet in one "
        "week. Real accounts, no bans. Text 555-0188 or visit starboost-reviews.shop",
        "Review Boost Team",
    ),
    (
        "VENDORS",
        "代辦攤販執照、衛生許可證，三天出證，保證通過！不用排隊，不用考試。微信：permit_fast88",
        "",
    ),
    (
        "LIBRARY",
        "Vay tiền nhanh không cần thế chấp, giải ngân trong 15 phút, lãi suất 0% tháng đầu. Liên "
        "hệ Zalo 090 555 7731 hoặc truy cập vaynhanh247.vip",
        "Linh",
    ),
    (
        "PARKLETS",
        "Лучшее онлайн-казино 2026! Бонус 200% на первый депозит и 100 фриспинов. Регистрация: "
        "zolotoy-spin.win",
        "Anonymous",
    ),
    (
        "GROVE",
        "Ganhe dinheiro apostando no futebol! Cadastre-se agora e receba R$ 50 de bônus grátis: "
        "apostacerta-vip.bet",
        "Carla",
    ),
    (
        "LIBRARY",
        "Verdienen Sie bis zu 3.000 € pro Woche mit unserer KI-Krypto-Plattform. Keine Erfahrung "
        "nötig. Jetzt starten: kryptokigewinn.online",
        "Thomas Weber",
    ),
    (
        "VENDORS",
        "Situs slot gacor hari ini, gampang maxwin! Daftar sekarang di gacor88-maxwin.xyz bonus "
        "new member 100%",
        "",
    ),
    (
        "PARKLETS",
        "고수익 부업 모집! 하루 30분 투자로 월 500만원 가능. 오픈채팅 링크: bueopking.site",
        "부업왕",
    ),
    (
        "LIBRARY",
        "Perdez 10 kg en 2 semaines sans régime ! Commandez nos gélules minceur naturelles sur "
        "minceur-express.shop, livraison gratuite.",
        "N/A",
    ),
    (
        "GROVE",
        "NOTICE: Your public comment submission has been flagged and will be deleted. Verify your "
        "identity within 24 hours at tessaly-clerk-verify.com/login to keep your comment on "
        "record.",
        "City Clerk Notification",
    ),
    (
        "LIBRARY",
        "Need help with your assignments? Professional essay writers available 24/7. Plagiarism "
        "free, cheap prices. Order now at essaywizardpro.net",
        "Essay Wizard",
    ),
    (
        "VENDORS",
        "¡Felicidades! Usted ha sido seleccionado para recibir un iPhone 17 gratis. Reclame su "
        "premio aquí: premios-hoy.click",
        "Premios",
    ),
    (
        "PARKLETS",
        "在宅ワークで月収50万円！スマホ1台で簡単に稼げます。詳しくはLINE ID kasegu2026 または "
        "kasegu-navi.site へ",
        "",
    ),
    ("LIBRARY", "asdkjh qwpeoi zzxmn lkjh 8877 ppoiu mnbv", "qwe"),
)


def spam(ev: Evening) -> None:
    rng = ev.rng
    for item, text, name in SPAM:
        email = None
        if name not in ANONYMOUS_NAMES:
            domain = rng.choice(("example.com", "example.net"))
            email = f"{slug(name) or 'user'}{rng.randint(10, 9999)}@{domain}"
        ev.add(rng.randint(0, 570), Row(item, text, Sender(name, email, None), spam=True))


# ---------------------------------------------------------------------------------------------


def resubmit(ev: Evening, ordered: list[Row]) -> list[Row]:
    """Five named senders send a comment again, one to four rows later: one of each campaign
    kind with a form or a platform, and one resident."""
    rng = ev.rng

    def candidates(test: Callable[[Row], bool]) -> list[int]:
        return [
            i
            for i, r in enumerate(ordered)
            if r.who.email and r.who.email not in ev.family and not r.spam and test(r)
        ]

    picks = []
    library = candidates(lambda r: r.campaign == "library-sundays")
    for test in (
        lambda r: r.campaign == "parklets-civicloop" and r.tier == "core",
        lambda r: r.campaign == "library-sundays" and len(r.body.replace("\r\n", "\n")) == 1000,
        lambda r: r.campaign == "vendors-en",
        lambda r: r.campaign == "ashgrove-homes",
        lambda r: r.campaign is None,
    ):
        picks.append(rng.choice(candidates(test) or library))
    for at in sorted(picks, reverse=True):
        first = ordered[at]
        again = Row(
            first.item,
            first.body,
            first.who,
            first.campaign,
            first.tier,
            first.spam,
            first.personal,
            True,
        )
        ordered.insert(at + rng.randint(1, 4), again)
    return ordered


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The evening's rows, in arrival order, as ``Row.as_dict`` gives them."""
    rng = random.Random(seed)
    ev = Evening(rng, People(rng))
    ev.people.used.add("don abernathy")
    for build in (
        parklets,
        library,
        vendors_en,
        vendors_zh,
        vendors_vi,
        ashgrove_neighbors,
        ashgrove_homes,
        residents,
        spam,
    ):
        build(ev)
    ordered = [row for _, _, row in sorted(ev.rows, key=lambda r: (r[0], r[1]))]
    return [row.as_dict() for row in resubmit(ev, ordered)]
