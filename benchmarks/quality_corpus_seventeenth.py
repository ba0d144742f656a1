# ruff: noqa: E501, RUF001
"""A seventeenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 23 (6-7 December 2026, in about an hour) by the outsider
helper gen17, who did not read the labelling engine (``intake/text/``, ``intake/labelling/``),
``docs/labelling.md``, ``docs/spam.md``, the engine's unit tests, nor any other generator's code.
It read, for the interface and to avoid repeating their shapes, ``labelling_quality.py`` (how a
generator is loaded and registered, its truth fields, and the corpus list in its docstring),
``corpus_row.Row``, ``tests/corpus_shapes.py``, the docstrings of the fourteenth, fifteenth and
sixteenth generators (not their code), the sixteenth's shape test and the two real seeds in
``../shared/seeds/``. Its author never ran the labeller or the benchmark on it. Read it once,
blind; never tune on it.

One Tuesday evening (15 December 2026) of the invented City of Tamsin Falls' council (seed
4421), four items, rows in arrival order (each row gets an arrival minute from noon to 21:30;
the evening is sorted by it, ties kept in generation order; each resubmission is placed one to
three rows after the comment it repeats):

* ``meadow-short`` (86 copies, 3 heavy), against selling the Larkin Meadow part of Hollis Park
  (item ``PARK``): a text-message alert's SHORT COPY, two sentences ("Vote NO on Item 4.
  Protect Larkin Meadow and keep Hollis Park whole."), sent through the city's web form, a
  third of the senders anonymous; MANY COPIES IDENTICAL, others with ONE WORD CHANGED ("Save" for
  "Protect", "public" for "whole", "#4", all capitals, no capitals), an optional third
  sentence; own sentences before, between or after. Heavy copies keep the two sentences around
  the sender's own paragraph.
* ``meadow-signers`` (30, 3 heavy), same side, same item: the Friends of Hollis Park's letter
  sent as MULTI-SIGNER SUBMISSIONS: each comment carries one letter SIGNED BY A HOUSEHOLD (two to
  five names over one address) or a BLOCK OF NEIGHBOURS (three to seven names, each with its own
  address, as a list, a numbered list or "name - address" lines), and asks that every name be
  counted: one row, several people. The submitter is the first signer. Own sentences in the
  households' "we" voice between paragraphs. Heavy copies keep the first paragraph, one sentence
  of the third and the closing around the signers' own paragraphs.
* ``transit-points`` (64, 4 heavy), for amending the Eastside bus network redesign (item
  ``TRANSIT``): a riders' union's TALKING-POINTS SHEET of EIGHT NUMBERED POINTS, of which each
  member pastes THREE OR FOUR, IN ANY ORDER, under THEIR OWN INTRODUCTION (or the sheet's
  suggested opener, or both), renumbered, with the sheet's numbers, as bullets or as plain
  paragraphs, and mostly the sheet's closing ask. Two copies may share no point at all. Some
  members add a remark after a point on its line. Heavy copies keep the suggested opener, two
  points and the closing ask around their own paragraphs.
* ``tenants-mt`` (56, 3 heavy), for the tenant relocation assistance ordinance (item
  ``HOUSING``): a tenants' union's letter sent IN ENGLISH (30 copies) and as MACHINE
  TRANSLATIONS of the same letter in SPANISH (16, from two translators, one of which renders
  the city's name "Cataratas Tamsin") and KOREAN (10, "탐신 폭포"), ONE CAMPAIGN: translator
  artefacts (a "Traducido del inglés" / "영어에서 번역됨" line, "Mostrar original", the
  "[Your name]" placeholder translated and left unfilled, "Artículo 11" for "Item 11"), a few
  copies with the English original pasted under the translation. Own sentences in the copy's
  language, written natively, not machine-translated.
* ``housing-ai`` (40, 3 heavy), against the ordinance as drafted, same item: small property
  owners' letter that each sender ran through an AI ASSISTANT ("rewrite this in my own
  words"): every copy keeps the letter's five-part structure and its figures (62 percent,
  $4,200, three months, four or fewer units, the $2.5 million housing trust fund) but REWORDS
  EVERY SENTENCE, with the assistant's tics (a "Sure! Here's ..." line, a "Subject:" line, "I
  hope this message finds you well", em dashes, an unfilled "[Your Name]", a "Let me know if
  ..." line left at the end). Own facts the sender gave the assistant come back as polished
  sentences. Heavy copies keep the opening ask, the trust-fund ask and the closing.
* ``water-html`` (50, 3 heavy), against the five-year water and sewer rates (item ``WATER``):
  a ratepayers' alliance's action e-mail FORWARDED to the council's inbox and CONVERTED FROM
  HTML by the clerk's system: ``View in browser`` headers, ``[image: ...]`` lines, the rate
  table's CELLS FLATTENED ONE PER LINE (or tab- or bar-joined), QUOTED-PRINTABLE LEFTOVERS
  (``=20``, ``=E2=80=99``, soft breaks ``=`` at line ends splitting words), links in angle
  brackets, ``*bold*``, social and UNSUBSCRIBE FOOTERS, under Gmail, Outlook or Apple forward
  headers; some senders pasted the letter alone. Own note on top, sometimes a line inside the
  letter. Heavy copies keep the wrapper, the first sentence, the table and the closing ask.

In every campaign some senders add nothing, and some own sentences REUSE the template's words
and figures (the meadow, Hollis Park, the 14, Fenwick Road, 68 percent, 2031) without repeating a
template sentence.

Plus 80 residents' own comments on the four items (one word to several paragraphs; English,
Spanish and Korean; many share the campaigns' vocabulary, figures and names, Larkin Meadow,
Hollis Park, Corbin Street, Route 9, Marlow Towers, Fenwick, relocation, Quarry Creek, without
copying a sentence), 6 TRUE RESUBMISSIONS (the same named sender, the same e-mail, the same body,
one to three rows later; ``duplicate``), anonymous senders (``ANONYMOUS_NAMES``) who are distinct
people and carry no e-mail or postal code, and 12 spam in seven languages.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` (``core`` or ``heavy``), ``spam``,
``duplicate`` and ``personal``: the sender's own words, pieces joined by blank lines ("" when
none), in reading order, as they stand in the body (with quoted-printable leftovers where the
sender's mail program left them). Personal: own sentences and paragraphs wherever they stand,
own introductions over talking points and remarks after them, own lines in a translated copy,
the polished sentences an assistant made of the sender's own facts, forward notes. Never
personal: greetings and sign-offs, signer lists and addresses, the sheet's points and suggested
opener, translator and assistant artefacts, e-mail headers, ``[image: ...]`` lines, tables and
footers. The sender's e-mail stands in the body only in a forwarded e-mail's ``To:`` line, the
name only in sign-offs and signer lists. Names, streets, organisations and the city are
invented; e-mails are
example.com/.org/.net, phone numbers 555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

SEED = 4421
NAME = "generated-seventeenth"

ITEMS = (
    (
        "PARK",
        "Item 4: Declaring the Larkin Meadow portion of Hollis Park surplus and authorizing its sale",
    ),
    ("TRANSIT", "Item 7: Adopting the Eastside Bus Network Redesign (Routes 9, 14 and 31)"),
    ("HOUSING", "Item 11: Tenant Relocation Assistance Ordinance (first reading)"),
    ("WATER", "Item 12: Water and sewer rates for fiscal years 2027 through 2031"),
)
TITLES = dict(ITEMS)
ANONYMOUS_NAMES = ("Anonymous", "", "anonymous", "Prefer not to say", "Anónimo")
POSTAL_CODES = ("39281", "39282", "39284", "39287", "39288")

OPEN, CLOSE = "⟦", "⟧"


def own(text: str) -> str:
    """``text`` marked as the sender's own words."""
    return f"{OPEN}{text}{CLOSE}"


def split_own(marked: str) -> tuple[str, str]:
    """The body with its marks taken off, and the marked pieces joined by blank lines."""
    pieces = [p.strip() for p in re.findall(f"{OPEN}(.*?){CLOSE}", marked, re.S)]
    body = marked.replace(OPEN, "").replace(CLOSE, "")
    return body, "\n\n".join(p for p in pieces if p)


# --------------------------------------------------------------------------- people

FIRST = (
    "Marisol",
    "Teodor",
    "Priya",
    "Chidi",
    "Ngozi",
    "Ada",
    "Ruth",
    "Desmond",
    "Keiko",
    "Haruto",
    "Lucia",
    "Ignacio",
    "Bethany",
    "Owen",
    "Farah",
    "Samir",
    "Greta",
    "Lionel",
    "Yesenia",
    "Arturo",
    "Minji",
    "Jiwoo",
    "Seo-yeon",
    "Dong-hyun",
    "Wren",
    "Cormac",
    "Tamsin",
    "Ezra",
    "Noor",
    "Halima",
    "Rosalind",
    "Vikram",
    "Beatriz",
    "Eamon",
    "Colette",
    "Dmitri",
    "Ingrid",
    "Thaddeus",
    "Juniper",
    "Mateo",
    "Camila",
    "Rafael",
    "Soledad",
    "Hyun-woo",
    "Eun-ji",
    "Sunny",
    "Abel",
    "Margit",
    "Orla",
    "Percival",
    "Delphine",
    "Kwame",
    "Esi",
    "Lorenzo",
    "Fiona",
    "Gideon",
    "Hollis",
    "Imani",
    "Jasper",
    "Kalani",
    "Leticia",
    "Mordecai",
    "Nadia",
    "Osric",
    "Pilar",
    "Quentin",
    "Rhea",
    "Silas",
    "Tova",
    "Ulla",
    "Vance",
    "Winifred",
    "Xiomara",
    "Yusuf",
    "Zelda",
    "Bram",
    "Cleo",
    "Dorian",
    "Elspeth",
    "Florian",
    "Gwen",
    "Hamza",
    "Ines",
    "Jonah",
    "Kirsten",
)
LAST = (
    "Ferreira-Quinn",
    "Okafor",
    "Lal",
    "Brannigan",
    "Sato",
    "Villalobos",
    "Pruitt",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Castellanos",
    "Oyelaran",
    "Park",
    "Choi",
    "Yoon",
    "Han",
    "Ashdown",
    "Kerrigan",
    "Demir",
    "Fairweather",
    "Galloway",
    "Hennessey",
    "Iwu",
    "Jablonski",
    "Kowal",
    "Marchetti",
    "Nakagawa",
    "Osei",
    "Petrakis",
    "Quiroga",
    "Rasmussen",
    "Szabo",
    "Thornbury",
    "Ueda",
    "Vasquez",
    "Whitlock",
    "Yilmaz",
    "Zamora",
    "Abernathy",
    "Bellweather",
    "Cardenas",
    "Dunleavy",
    "Eskildsen",
    "Fontaine",
    "Gutierrez",
    "Holloway",
    "Ibarra",
    "Jorgensen",
    "Kastner",
    "Lachance",
    "Mbeki",
    "Novak",
    "Ortega",
    "Pemberton",
    "Rinaldi",
    "Salcedo",
    "Trevino",
    "Umarov",
    "Varga",
    "Wexler",
    "Ybarra",
    "Zielinski",
    "Acosta",
    "Birch",
    "Crane",
)
STREETS = (
    "Corbin Street",
    "Wendt Court",
    "Alder Court",
    "Dorrance Avenue",
    "Hollis Avenue",
    "Larkin Way",
    "Pruett Lane",
    "Marlow Street",
    "Fenwick Road",
    "Grange Street",
    "Ostler Place",
    "Brackett Drive",
    "Quarry Creek Road",
    "Tilden Street",
    "Sorrel Lane",
)
KOREAN_FIRST = (
    "Minji",
    "Jiwoo",
    "Seo-yeon",
    "Dong-hyun",
    "Hyun-woo",
    "Eun-ji",
    "Sunny",
    "Jae-won",
    "Hana",
)
KOREAN_LAST = ("Park", "Choi", "Yoon", "Han", "Kang", "Seo", "Jung")
TLDS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Sender:
    name: str
    email: str | None
    postal_code: str | None


@dataclass
class People:
    rng: random.Random
    used_names: set[str] = field(default_factory=set)
    used_emails: set[str] = field(default_factory=set)
    phones: list[str] = field(default_factory=list)

    def fresh_name(self, last: str | None = None, firsts: Sequence[str] = FIRST) -> str:
        for _ in range(1000):
            name = f"{self.rng.choice(firsts)} {last or self.rng.choice(LAST)}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("out of names")

    def named(self, name: str | None = None, postal: bool = True) -> Sender:
        name = name or self.fresh_name()
        first, last = name.split(" ", 1)
        local = self.rng.choice(
            (
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{self.rng.randint(2, 98)}",
                f"{last}.{first[0]}",
                f"{first}_{last[:3]}",
            )
        ).lower()
        local = re.sub(r"[^a-z0-9._]", "", local)
        email = f"{local}@{self.rng.choice(TLDS)}"
        while email in self.used_emails:
            email = f"{local}{self.rng.randint(100, 999)}@{self.rng.choice(TLDS)}"
        self.used_emails.add(email)
        return Sender(name, email, self.rng.choice(POSTAL_CODES) if postal else None)

    def anonymous(self) -> Sender:
        name = self.rng.choice(ANONYMOUS_NAMES[:4] if self.rng.random() < 0.92 else ANONYMOUS_NAMES)
        return Sender(name, None, None)

    def phone(self) -> str:
        for _ in range(1000):
            number = f"555-01{self.rng.randint(0, 99):02d}"
            if number not in self.phones:
                self.phones.append(number)
                return number
        raise RuntimeError("out of phone numbers")


def address(rng: random.Random, street: str | None = None) -> str:
    return f"{rng.randint(12, 2890)} {street or rng.choice(STREETS)}"


# --------------------------------------------------------------------------- own words


SLOTS: dict[str, tuple[str, ...]] = {
    "street": STREETS,
    "year": ("1998", "2004", "2009", "2011", "2013", "2016", "2019", "2021", "2023"),
    "kid": ("daughter", "son", "twins", "grandkids", "nephew", "two boys", "youngest"),
    "dog": ("dog", "old beagle", "two dogs", "rescue mutt", "neighbor's dog"),
    "n": ("three", "four", "five", "six", "seven", "eight", "eleven", "twelve"),
    "job": (
        "home health aide",
        "line cook",
        "nursing student",
        "warehouse picker",
        "retired teacher",
        "janitor at the hospital",
        "barista",
        "bookkeeper",
        "dialysis patient",
        "hotel housekeeper",
        "security guard",
        "community college student",
        "night-shift nurse",
        "cashier",
    ),
    "route": ("Route 9", "Route 14", "Route 31", "the 9", "the 14", "the 31"),
    "place": (
        "Fenwick Industrial Park",
        "St. Brigid's Hospital",
        "the community college",
        "downtown",
        "Marlow Towers",
        "the Dorrance Avenue clinic",
        "my mom's place on Alder Court",
    ),
    "work": (
        "Fenwick Industrial Park",
        "St. Brigid's Hospital",
        "the distribution center on Fenwick Road",
        "the Dorrance Avenue clinic",
        "the Marlow Towers front desk",
        "the community college",
    ),
    "freq": ("every weekday", "six days a week", "most mornings", "twice a day", "every night"),
    "rent": ("$1,650", "$1,840", "$2,100", "$1,475", "$2,380", "$1,920"),
    "units": ("a duplex", "a triplex", "a fourplex", "one rental house", "two small cottages"),
    "bill": ("$71", "$88", "$93", "$66", "$104", "$79"),
}


def fill(rng: random.Random, frame: str, fixed: dict[str, str] | None = None) -> str:
    """``frame`` with its slots filled; ``fixed`` keeps one value per slot across a sender's
    sentences (one sender has one street, one building)."""
    chosen = {} if fixed is None else fixed

    def value(m: re.Match[str]) -> str:
        return chosen.setdefault(m.group(1), rng.choice(SLOTS[m.group(1)]))

    return re.sub(r"\{(\w+)\}", value, frame)


def spin(rng: random.Random, text: str) -> str:
    """``{a|b|c}`` choices resolved, innermost first."""
    pattern = re.compile(r"\{([^{}]*\|[^{}]*)\}")
    while True:
        found = pattern.search(text)
        if not found:
            return text
        text = text[: found.start()] + rng.choice(found.group(1).split("|")) + text[found.end() :]


@dataclass
class Pool:
    """Own sentences for one campaign: each frame drawn once before any is drawn again, slots
    filled anew, and no filled sentence given to two senders."""

    rng: random.Random
    frames: Sequence[str]
    queue: list[str] = field(default_factory=list)
    given: set[str] = field(default_factory=set)

    def draw(self, fixed: dict[str, str] | None = None) -> str:
        for attempt in range(500):
            if not self.queue:
                self.queue = list(self.frames)
                self.rng.shuffle(self.queue)
            keep = None if fixed is None or attempt > 40 else dict(fixed)
            text = fill(self.rng, self.queue.pop(), keep)
            if text not in self.given:
                self.given.add(text)
                return text
        raise RuntimeError("pool exhausted")

    def some(self, low: int, high: int) -> str:
        fixed = {k: self.rng.choice(v) for k, v in SLOTS.items()}
        return " ".join(self.draw(fixed) for _ in range(self.rng.randint(low, high)))


@dataclass
class Draft:
    item: str
    marked: str
    who: Sender
    campaign: str | None = None
    tier: str | None = None
    spam: bool = False
    minute: int = 0


def tiers(rng: random.Random, count: int, heavy: int) -> list[str]:
    out = ["heavy"] * heavy + ["core"] * (count - heavy)
    rng.shuffle(out)
    return out


def minute(rng: random.Random, low: int = 0, high: int = 570) -> int:
    return rng.randint(low, high)


# --------------------------------------------------------------------------- meadow-short

SHORT_FIRST = (
    ("Vote NO on Item 4.", 40),
    ("Please vote NO on Item 4.", 3),
    ("Vote no on Item 4.", 2),
    ("Vote NO on Item #4.", 2),
    ("VOTE NO ON ITEM 4.", 1),
    ("vote no on item 4.", 1),
)
SHORT_SECOND = (
    ("Protect Larkin Meadow and keep Hollis Park whole.", 50),
    ("Save Larkin Meadow and keep Hollis Park whole.", 3),
    ("Protect Larkin Meadow and keep Hollis Park public.", 3),
    ("Protect Larkin Meadow and keep Hollis Park intact.", 2),
    ("Protect Larkin Meadow and keep all of Hollis Park whole.", 1),
    ("Protect Larkin Meadow and keep Hollis Park whole!!", 2),
    ("PROTECT LARKIN MEADOW AND KEEP HOLLIS PARK WHOLE.", 1),
    ("protect larkin meadow and keep hollis park whole", 1),
)
SHORT_THIRD = (
    "Do not sell our parkland.",
    "Don't sell our parkland.",
    "Do not sell our park land.",
)

MEADOW_OWN = (
    "My {kid} learned to ride a bike on the meadow path.",
    "I walk my {dog} there every morning before work.",
    "We picnic under the big oaks every Fourth of July.",
    "There is no other open grass east of Corbin Street.",
    "I have lived on {street} since {year} and that meadow is why we stayed.",
    "The city already sold the Tilden lot and we got nothing for it.",
    "The owls nest in the cottonwoods at the north end.",
    "Where are the kids supposed to play soccer?",
    "A medical office building can go anywhere. A meadow can't.",
    "My {kid} and I count the monarchs there every September.",
    "$6 million is nothing compared to losing it forever.",
    "I'm 81 and it is the only flat place I can still walk.",
    "Our scout troop plants milkweed there every spring.",
    "Shame on whoever put this on the consent calendar.",
    "It floods every winter anyway, who would build on it?",
    "I grew up on {street} and played there as a kid.",
    "Parking lots are not a public benefit.",
    "Please listen to the neighborhood this time.",
    "My late husband proposed to me in that meadow.",
    "We moved here from an apartment with no yard; the meadow is our yard.",
    "The staff report doesn't even mention the drainage swale.",
    "I run the loop around the meadow {freq}.",
    "It's the only place my {dog} can run off leash legally.",
    "Keep your promises from the 2019 parks bond.",
    "Kids from Alder Court have nowhere else to go after school.",
    "I will remember this vote in November.",
    "Selling parkland to balance one budget year is short-sighted.",
    "The Hollis Park farmers market uses the meadow for overflow parking already.",
    "I teach at Corbin Elementary and we take field trips there.",
    "My family has gone sledding on that slope for three generations.",
    "Find another site for the clinic.",
    "Once it's paved it's gone for good.",
    "Thank you to the Friends of Hollis Park for the heads up.",
    "We need more green space on the east side, not less.",
    "I just signed up to volunteer for the cleanup day on Saturday.",
    "The meadow is where the whole block meets on summer nights.",
    "I live across from it on {street}.",
    "Sold parkland never comes back.",
)
MEADOW_HEAVY = (
    "I have walked through Larkin Meadow almost every day for {n} years, first with a stroller, then with a bike trailer, now on my own. It is the one piece of Hollis Park that still feels wild. The staff report calls it underused, but nobody from the city ever came at 7 in the morning to count us.\n\nIf the city needs money, look at the empty lot behind the old library before you sell a park.",
    "I'm a nurse at St. Brigid's and I know how much the east side needs the new clinic. But it does not have to go on the meadow. There are two vacant parcels on Fenwick Road that the hospital could buy tomorrow.\n\nPutting a clinic where people go to stay healthy makes no sense to me.",
    "My kids are grown but I still remember the summer the whole neighborhood rebuilt the meadow trail after the flood. Forty people showed up with shovels. That is what this place means to us, and no appraisal captures it.",
)


def weighted(rng: random.Random, options: Sequence[tuple[str, int]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def meadow_short(rng: random.Random, people: People) -> list[Draft]:
    pool = Pool(rng, MEADOW_OWN)
    heavy_paras = list(MEADOW_HEAVY)
    drafts = []
    for tier in tiers(rng, 86, 3):
        who = people.anonymous() if rng.random() < 0.3 else people.named(postal=rng.random() < 0.7)
        first, second = weighted(rng, SHORT_FIRST), weighted(rng, SHORT_SECOND)
        sep = rng.choices((" ", "\n", "\n\n"), weights=(7, 2, 1))[0]
        if tier == "heavy":
            marked = f"{first}\n\n{own(fill(rng, heavy_paras.pop()))}\n\n{second}"
        else:
            parts = [first, second]
            if rng.random() < 0.2:
                parts.append(rng.choice(SHORT_THIRD))
            roll = rng.random()
            if roll < 0.5:
                pass
            elif roll < 0.6:
                parts.insert(0, own(pool.draw()))
            elif roll < 0.7:
                parts.insert(1, own(pool.draw()))
            else:
                parts.append(own(pool.some(1, 2)))
            marked = sep.join(parts)
        if who.name and who.name not in ANONYMOUS_NAMES and rng.random() < 0.15:
            marked += rng.choice(("\n- ", "\n\n", " -")) + who.name.split(" ")[0]
        drafts.append(
            Draft("PARK", marked, who, "meadow-short", tier, minute=minute(rng, 270, 570))
        )
    return drafts


# --------------------------------------------------------------------------- meadow-signers

SIGNERS_GREETINGS = (
    "Dear Mayor Ostrander and Members of the City Council,",
    "Dear Mayor Ostrander and Councilmembers,",
    "To the Tamsin Falls City Council:",
)
SIGNERS_LETTER = (
    "We, the undersigned residents of Tamsin Falls, ask you to reject Item 4 and keep the Larkin Meadow portion of Hollis Park in public hands.",
    "The meadow's 2.3 acres are the only open grass within a ten-minute walk for more than 3,000 households east of Corbin Street. The staff report values the parcel at $6.1 million, a one-time payment that would not replace what the neighborhood loses for good.",
    "Once parkland is sold it does not come back. We ask the Council to direct staff to study a conservation easement or a land trust partnership before any sale is considered.",
    "We sign this letter together as neighbors and ask that each of our names be counted.",
)
SIGNERS_OWN = (
    "All {n} households on {street} signed this in one evening.",
    "Between us we have lived next to the meadow for more than sixty years.",
    "Our children learned to walk on that grass, and now our grandchildren do.",
    "We pass the meadow on the way to the bus stop {freq}.",
    "Three of us are over 75 and the meadow is the only level walk we have left.",
    "We went door to door on {street} and did not find one neighbor in favor.",
    "Our block organizes a cleanup there every April.",
    "We were never mailed a notice about this sale.",
    "The Wendt Court potluck has been held in the meadow since {year}.",
    "Our family moved to {street} because of the park across the road.",
    "We would gladly pay a small parcel tax to keep it.",
    "Two of us sit on the Hollis Park advisory group and were never consulted.",
    "We have photographs of the meadow going back to 1962.",
    "We see foxes at dusk from our back windows.",
    "None of us can afford a house with a yard; the meadow is our shared yard.",
    "Please put the land trust option on the January agenda.",
    "We have asked the hospital to look at the Fenwick Road parcels instead.",
    "Our grandmother's memorial bench is at the north edge of the meadow.",
    "We count ourselves lucky to live here and want the next family to be as lucky.",
)
SIGNERS_HEAVY = (
    "We are five generations of one family living in two houses on {street}. Our great-grandfather helped fence the meadow when the city bought it in 1948, and the deed said it was for the enjoyment of the east side forever.\n\nWe would rather see the city keep that promise than cash it in for one year's budget.",
    "Our block has fourteen children under ten. On any summer evening at least half of them are in the meadow, and the parents take turns watching from the fence. There is no other place like that within walking distance for us.\n\nWe are not against a clinic. We are against losing our only open space to get one.",
    "Our street floods whenever the meadow's swale is blocked, and it has been the city's own crews who told us the meadow soaks up the runoff from Corbin Street. Paving it would send that water into our basements.\n\nWe ask the Council to read the 2022 drainage study before voting.",
)


def signer_block(rng: random.Random, people: People) -> tuple[str, str]:
    """A signature block and its first signer's name (the submitter)."""
    style = rng.choice(("household", "block", "numbered", "dashes", "family"))
    if style in ("household", "family"):
        last = rng.choice(LAST)
        names = [people.fresh_name(last) for _ in range(rng.randint(2, 5))]
        home = address(rng)
        if style == "family":
            firsts = [n.split(" ")[0] for n in names]
            listed = ", ".join(firsts[:-1]) + f" and {firsts[-1]}"
            return f"The {last} family ({listed} {last})\n{home}", names[0]
        return "Signed,\n" + "\n".join(names) + f"\n{home}", names[0]
    names = [people.fresh_name() for _ in range(rng.randint(3, 7))]
    street = rng.choice(STREETS)
    homes = [address(rng, street if rng.random() < 0.7 else None) for _ in names]
    if style == "block":
        lines = [f"{n}, {h}" for n, h in zip(names, homes, strict=True)]
        head = f"Signed by the neighbors of {street}:"
    elif style == "numbered":
        lines = [f"{i}. {n} - {h}" for i, (n, h) in enumerate(zip(names, homes, strict=True), 1)]
        head = "Signatures:"
    else:
        lines = [f"{n} -- {h}" for n, h in zip(names, homes, strict=True)]
        head = "Neighbors signing:"
    block = head + "\n" + "\n".join(lines)
    if rng.random() < 0.4:
        block += f"\nContact for this letter: {names[0]}, {people.phone()}"
    return block, names[0]


def meadow_signers(rng: random.Random, people: People) -> list[Draft]:
    pool = Pool(rng, SIGNERS_OWN)
    heavy_paras = list(SIGNERS_HEAVY)
    drafts = []
    for tier in tiers(rng, 30, 3):
        block, submitter = signer_block(rng, people)
        who = people.named(submitter)
        greeting = rng.choice(SIGNERS_GREETINGS)
        p1, p2, p3, p4 = SIGNERS_LETTER
        if tier == "heavy":
            paras = [greeting, p1, own(fill(rng, heavy_paras.pop())), p3.split(". ")[0] + ".", p4]
        else:
            paras = [greeting, p1, p2, p3, p4]
            roll = rng.random()
            if roll < 0.3:
                pass
            elif roll < 0.6:
                paras.insert(2, own(pool.draw()))
            elif roll < 0.8:
                paras.insert(4, own(pool.some(1, 2)))
            else:
                paras[1] = p1 + " " + own(pool.draw())
        marked = "\n\n".join(paras) + "\n\n" + block
        drafts.append(Draft("PARK", marked, who, "meadow-signers", tier, minute=minute(rng)))
    return drafts


# --------------------------------------------------------------------------- transit-points

POINTS_OPENER = (
    "I ride the Eastside buses and I am writing about Item 7, the Eastside Bus Network Redesign."
)
POINTS = (
    "Keep Route 9 running every 15 minutes on weekdays; the redesign cuts it to every 30 minutes after 7 p.m.",
    "Do not drop the Route 14 loop through Alder Court, where 400 seniors live in the Marlow Towers.",
    "Put a shelter and a bench at every stop that has more than 50 boardings a day.",
    "Route 31 should reach the Fenwick Industrial Park before the 6 a.m. shift change, not after it.",
    "The 1.2-mile walk from Dorrance Avenue to the new Route 9 stop is too far for wheelchair users and parents with strollers.",
    "Hold at least two evening listening sessions on the Eastside before the final vote.",
    "Publish the ridership counts behind the redesign so riders can check the numbers.",
    "Any savings from the redesign should stay on Eastside routes, not move to the downtown circulator.",
)
POINTS_CLOSING = "Please amend Item 7 before you adopt it. Riders are counting on you."
TRANSIT_INTROS = (
    "I'm a {job} and I take {route} to {place} {freq}.",
    "Hello, my name is on the form. I have ridden {route} since {year}.",
    "I don't own a car. {route} is how I get to {place}.",
    "Good evening. I am a {job} from {street} and the bus is my only way to work.",
    "I'm writing as a mom who rides {route} with a stroller {freq}.",
    "I've used a wheelchair since {year} and I depend on {route}.",
    "Councilmembers, I am a {job} and I can't afford to lose my bus.",
    "As someone who lives on {street}, I'd be stranded by these changes.",
    "I am a {job}. My shift starts at 6 and the bus is already late half the time.",
    "I'm 73, I gave up driving in {year}, and {route} is my lifeline.",
    "Our family of {n} shares one car, so I take {route} {freq}.",
    "Hi, I commute from {street} to {work} and want my bus kept.",
    "I've been a bus rider in Tamsin Falls for {n} years.",
    "I'm a student and {route} gets me to the community college for 8 a.m. classes.",
    "I take care of my dad near Alder Court and ride the bus there {freq}.",
    "My job at {work} depends on a bus that shows up on time.",
    "I'm on the Riders Union's list but these are my own reasons too.",
    "I ride {route} with my {kid} to school {freq}.",
    "I'm blind and ride {route} to {place}; I know every stop by count.",
    "I moved to {street} in {year} specifically because it was on a good bus line.",
    "I drive for a living but my {kid} rides {route} {freq}.",
    "Evening classes at the community college end at 9:40 and the bus is how I get home.",
)
TRANSIT_REMARKS = (
    "(This is me every single night.)",
    "My mom lives there.",
    "I stood in the rain for 25 minutes on Tuesday.",
    "This one matters most to me.",
    "I have missed my shift twice because of this.",
    "The stop by the pharmacy has nothing at all.",
    "I counted 60 people at my stop last Monday.",
    "Nobody I know was told about the last meeting.",
    "I push a double stroller, I would know.",
    "Why should downtown get our money?",
    "The numbers in the slides don't add up.",
    "Twenty of my coworkers ride that bus.",
    "My neighbor in 4B can't walk that far.",
    "I asked for the counts in October and never heard back.",
    "The 31 gets me there at 6:10 now, which is too late.",
    "Ask anyone at the Dorrance stop.",
    "Last winter they took our bench and never brought it back.",
    "This is the one I care about.",
    "My whole building signed a letter about this in the spring.",
    "I'd add Sundays too.",
    "It's a hill, not a flat walk.",
    "I'm not against change, just this part.",
    "That loop is the only reason my aunt still goes out.",
    "They promised this in 2022 too.",
    "Half the stops on Fenwick Road are just a pole in the dirt.",
)
TRANSIT_HEAVY = (
    "I want to explain what the redesign means for one rider. I leave Dorrance Avenue at 5:20 a.m. to clean offices downtown, and on the new map my stop moves up the hill past the freeway ramp. In winter that walk is dark and there is no sidewalk for the last stretch.\n\nI understand the city wants faster lines, but a fast bus I cannot reach safely does not help me.",
    "My husband had a stroke in {year} and we get to his therapy on the 14. The loop through Alder Court lets us get on right outside the Marlow Towers. Without it we would need a paratransit ride booked two days ahead, and those run late more often than not.\n\nPlease look at who actually rides the loop before cutting it.",
    "I work the night shift at Fenwick and I am one of about forty people who get off the 31 together at 5:55. If the first bus arrives after six, all of us are late or have to pay for rides we cannot afford. Our supervisors have already said they will not move the shift for the bus.\n\nThe schedule has to match the jobs out there.",
    "I have been to three transit meetings this year and each time the slides changed. Riders deserve to see the same numbers the consultant used. I am not against change, I am against being asked to trust a map without the data behind it.",
)


def point_lines(rng: random.Random, chosen: list[int], remarks: Pool, style: str) -> list[str]:
    lines = []
    remarked = rng.randrange(len(chosen)) if rng.random() < 0.2 else -1
    for at, index in enumerate(chosen, 1):
        text = POINTS[index]
        if at - 1 == remarked:
            text += " " + own(remarks.draw())
        if style == "renumbered":
            lines.append(f"{at}. {text}")
        elif style == "sheet":
            lines.append(f"{index + 1}) {text}")
        elif style == "hash":
            lines.append(f"#{index + 1}: {text}")
        elif style == "dash":
            lines.append(f"- {text}")
        elif style == "bullet":
            lines.append(f"• {text}")
        else:
            lines.append(text)
    return lines


def transit_points(rng: random.Random, people: People) -> list[Draft]:
    intros, remarks = Pool(rng, TRANSIT_INTROS), Pool(rng, TRANSIT_REMARKS)
    heavy_paras = list(TRANSIT_HEAVY)
    drafts = []
    for tier in tiers(rng, 64, 4):
        who = people.anonymous() if rng.random() < 0.08 else people.named()
        style = rng.choice(("renumbered", "renumbered", "sheet", "hash", "dash", "bullet", "plain"))
        joiner = "\n\n" if style == "plain" or rng.random() < 0.3 else "\n"
        greeting = rng.choice(("Dear Council,", "Dear Mayor and Council,", "Hello,", "", ""))
        sign = rng.choice(("", "Thank you,\n{}", "{}", "- {}", "Thanks\n{}")).format(
            who.name if who.name not in ANONYMOUS_NAMES else "An Eastside rider"
        )
        if tier == "heavy":
            chosen = rng.sample(range(8), 2)
            body = [
                POINTS_OPENER,
                own(fill(rng, heavy_paras.pop())),
                joiner.join(point_lines(rng, chosen, remarks, style)),
                POINTS_CLOSING,
            ]
        else:
            chosen = rng.sample(range(8), rng.choice((3, 3, 4)))
            roll = rng.random()
            if roll < 0.55:
                intro = [own(intros.draw())]
            elif roll < 0.85:
                intro = [POINTS_OPENER]
            else:
                intro = [POINTS_OPENER + " " + own(intros.draw())]
            body = [*intro, joiner.join(point_lines(rng, chosen, remarks, style))]
            if rng.random() < 0.8:
                body.append(POINTS_CLOSING)
        marked = "\n\n".join(p for p in (greeting, *body, sign) if p)
        drafts.append(Draft("TRANSIT", marked, who, "transit-points", tier, minute=minute(rng)))
    return drafts


# --------------------------------------------------------------------------- tenants-mt

TENANTS_EN = (
    "I am a renter in Tamsin Falls and I urge you to pass Item 11, the Tenant Relocation Assistance Ordinance, without weakening amendments.",
    "When a landlord ends a tenancy through no fault of the tenant, three months of rent is the least it takes to move: first month, deposit and moving costs.",
    "In the last two years more than 1,300 households in our city received no-fault notices, and most of them had less than 60 days to find a new home.",
    "The ordinance's exemption for owners with four or fewer units would leave out nearly half of the renters it is meant to protect, so please remove it.",
    "Please vote yes on Item 11 and make relocation assistance the rule, not the exception.",
)
TENANTS_ES_GOOGLE = (
    "Soy inquilino en Cataratas Tamsin y les insto a aprobar el Artículo 11, la Ordenanza de Asistencia para la Reubicación de Inquilinos, sin enmiendas debilitantes.",
    "Cuando un propietario pone fin a una tenencia sin culpa del inquilino, tres meses de alquiler es lo mínimo que se necesita para mudarse: primer mes, depósito y costos de mudanza.",
    "En los últimos dos años, más de 1.300 hogares en nuestra ciudad recibieron avisos sin culpa, y la mayoría de ellos tenía menos de 60 días para encontrar un nuevo hogar.",
    "La exención de la ordenanza para propietarios con cuatro o menos unidades dejaría fuera a casi la mitad de los inquilinos que pretende proteger, así que por favor elimínela.",
    "Por favor voten sí en el Artículo 11 y hagan de la asistencia de reubicación la regla, no la excepción.",
)
TENANTS_ES_DEEPL = (
    "Soy inquilino en Tamsin Falls y les insto a que aprueben el punto 11, la Ordenanza de Ayuda a la Reubicación de Inquilinos, sin enmiendas que la debiliten.",
    "Cuando un arrendador pone fin a un arrendamiento sin que el inquilino tenga la culpa, tres meses de alquiler es lo mínimo que cuesta mudarse: el primer mes, la fianza y los gastos de mudanza.",
    "En los dos últimos años, más de 1.300 hogares de nuestra ciudad recibieron notificaciones sin culpa, y la mayoría dispuso de menos de 60 días para encontrar una nueva vivienda.",
    "La exención de la ordenanza para los propietarios de cuatro o menos unidades dejaría fuera a casi la mitad de los inquilinos a los que pretende proteger, por lo que les rogamos que la eliminen.",
    "Por favor, voten a favor del punto 11 y hagan que la ayuda a la reubicación sea la norma, no la excepción.",
)
TENANTS_KO = (
    "저는 탐신 폭포의 세입자이며, 약화시키는 수정안 없이 항목 11, 세입자 이전 지원 조례를 통과시킬 것을 촉구합니다.",
    "집주인이 세입자의 잘못 없이 임대차를 종료할 때, 3개월치 임대료는 이사하는 데 필요한 최소한입니다: 첫 달, 보증금 및 이사 비용.",
    "지난 2년 동안 우리 도시의 1,300 가구 이상이 무과실 통지를 받았으며, 그들 중 대부분은 새 집을 찾는 데 60일 미만이 있었습니다.",
    "4개 이하의 유닛을 가진 소유자에 대한 조례의 면제는 보호하려는 세입자의 거의 절반을 제외할 것이므로, 그것을 제거하십시오.",
    "항목 11에 찬성 투표하고 이전 지원을 예외가 아닌 규칙으로 만들어 주십시오.",
)
TENANTS_GREETING = {
    "en": "Dear Councilmembers,",
    "es-g": "Estimados miembros del Consejo,",
    "es-d": "Estimados concejales:",
    "ko": "친애하는 의원 여러분,",
}
TENANTS_SIGNOFF = {
    "en": "Sincerely,",
    "es-g": "Atentamente,",
    "es-d": "Atentamente,",
    "ko": "감사합니다,",
}
TENANTS_PLACEHOLDER = {
    "en": "[Your name]",
    "es-g": "[Su nombre]",
    "es-d": "[Su nombre]",
    "ko": "[귀하의 이름]",
}
TENANTS_OWN = {
    "en": (
        "My building on {street} was sold in {year} and all {n} units got notices the same week.",
        "I pay {rent} a month and have nothing saved for a deposit on a new place.",
        "My kids have changed schools twice because of no-fault evictions.",
        "My landlord owns three units and would be exempt under the current draft.",
        "I work two jobs and there is no way to move in 60 days on my own.",
        "We were lucky: our old landlord paid us two months when he sold. Most people get nothing.",
        "I'm a union member and a renter and I'm asking you to stand with us.",
        "I am disabled and moving costs me more than most people.",
        "Half my neighbors on {street} are in fourplexes or smaller.",
        "Three of my coworkers are living in their cars after no-fault notices this year.",
        "My rent went from {rent} to over $2,500 when the new owner took over.",
        "Please don't let the exemption swallow the rule.",
        "I've rented the same apartment on {street} since {year}.",
        "My grandmother got a 30-day notice at 84.",
    ),
    "es": (
        "Yo vivo en la calle {street} desde {year} y ya nos avisaron que venden el edificio.",
        "Pago {rent} al mes y no tengo ahorros para otro depósito.",
        "Mis hijos ya cambiaron de escuela dos veces por esto.",
        "Trabajo limpiando casas y no puedo faltar para buscar departamento.",
        "Mi dueño tiene solo tres unidades y con esa excepción no nos tocaría nada.",
        "Somos {n} personas en un departamento de dos recámaras, no hay a dónde ir.",
        "Por favor escuchen a las familias trabajadoras.",
        "A mi vecina le dieron 30 días y se fue a vivir con su hija a otra ciudad.",
        "Lo traduje con el teléfono porque mi inglés no es muy bueno, perdón por los errores.",
        "Gracias a la unión de inquilinos por explicarnos esta ley.",
    ),
    "ko": (
        "저는 {year}년부터 {street}에 살고 있습니다.",
        "우리 건물은 작년에 팔렸고 모든 세입자가 통지를 받았습니다.",
        "아이들 학교 때문에 이 동네를 떠날 수 없습니다.",
        "영어가 서툴러서 번역기를 사용했습니다. 양해 부탁드립니다.",
        "월세가 {rent}인데 이사 비용까지 감당할 수 없습니다.",
        "노인 세입자들에게는 더욱 어려운 일입니다.",
        "세입자 연합에 감사드립니다.",
    ),
}
TENANTS_HEAVY = {
    "en": (
        "I want you to know what a no-fault notice looked like for my family. We got ours on a Friday in {year}. The owner wanted to move his son into our unit, which was legal. We had 60 days, two kids in middle school, and {rent} a month in rent we had always paid on time.\n\nWe spent the deposit from the old place on the new one three weeks too late and slept at my sister's in between. Three months of help would have covered every bit of that.",
        "I manage a small food pantry on {street}, and every month we see families who are in the middle of a move they did not choose. They stop buying food so they can save for a deposit. They skip medicine. Some of them are my neighbors of twenty years.\n\nThe exemption would cover the landlords of most of the families I see.",
    ),
    "es": (
        "Quiero contarles lo que nos pasó. En {year} el nuevo dueño nos dio 60 días para salir. Somos cinco en la familia y mi esposo trabaja de noche. Buscamos por semanas y todo costaba más de lo que ganamos.\n\nTerminamos en un cuarto rentado en otra ciudad y mis hijos perdieron su escuela. Con tres meses de ayuda nos habríamos podido quedar cerca.",
    ),
}


def tenants_mt(rng: random.Random, people: People) -> list[Draft]:
    pools = {lang: Pool(rng, frames) for lang, frames in TENANTS_OWN.items()}
    heavy = {lang: list(paras) for lang, paras in TENANTS_HEAVY.items()}
    plan = (
        [("en", "heavy")] * 2
        + [("en", "core")] * 28
        + [("es", "heavy")]
        + [("es", "core")] * 15
        + [("ko", "core")] * 10
    )
    rng.shuffle(plan)
    drafts = []
    for lang, tier in plan:
        variant = lang if lang != "es" else rng.choice(("es-g", "es-g", "es-d"))
        letter = {
            "en": TENANTS_EN,
            "es-g": TENANTS_ES_GOOGLE,
            "es-d": TENANTS_ES_DEEPL,
            "ko": TENANTS_KO,
        }[variant]
        pool = pools[lang]
        who = people.anonymous() if rng.random() < 0.09 else people.named()
        if lang == "ko" and who.name not in ANONYMOUS_NAMES:
            korean = people.fresh_name(rng.choice(KOREAN_LAST), KOREAN_FIRST)
            who = people.named(korean)
        paras = list(letter)
        if tier == "heavy":
            paras = [paras[0], own(fill(rng, heavy[lang].pop())), paras[3], paras[4]]
        else:
            roll = rng.random()
            if roll < 0.4:
                pass
            elif roll < 0.6:
                paras.insert(2, own(pool.draw()))
            elif roll < 0.75:
                paras[2] += " " + own(pool.draw())
            else:
                paras.insert(4, own(pool.some(1, 2)))
        name = who.name if who.name not in ANONYMOUS_NAMES else ""
        if lang != "en" and rng.random() < 0.35:
            name = TENANTS_PLACEHOLDER[variant]  # the translated placeholder, left unfilled
        elif lang == "en" and rng.random() < 0.08:
            name = TENANTS_PLACEHOLDER["en"]
        signoff = TENANTS_SIGNOFF[variant] + (f"\n{name}" if name else "")
        text = "\n\n".join([TENANTS_GREETING[variant], *paras, signoff])
        if lang == "es":
            header = rng.choice(
                (
                    "",
                    "",
                    "Traducido del inglés",
                    "Traducido del inglés · Mostrar original",
                    "Traducido por Google",
                )
            )
            if header:
                text = header + "\n\n" + text
            if tier == "core" and rng.random() < 0.2:
                text += "\n\n---------- Texto original ----------\n" + "\n\n".join(
                    [TENANTS_GREETING["en"], *TENANTS_EN]
                )
        elif lang == "ko":
            header = rng.choice(("", "영어에서 번역됨", "번역: 영어 → 한국어", ""))
            if header:
                text = header + "\n\n" + text
        drafts.append(Draft("HOUSING", text, who, "tenants-mt", tier, minute=minute(rng)))
    return drafts


# --------------------------------------------------------------------------- housing-ai

AI_SENTENCES = (
    (
        "{I am writing to|I'm reaching out to|I wanted to write to} {respectfully ask|urge|ask} the Council to {reject|vote against|not adopt} Item 11{ as it is currently written| in its current form| as drafted}.",
        "{Please|I respectfully ask that you} {do not pass|hold off on|reconsider} the Tenant Relocation Assistance Ordinance (Item 11) {as it stands|in its present form|until it is revised}.",
        "I {strongly oppose|have serious concerns about|cannot support} Item 11{, the Tenant Relocation Assistance Ordinance,|} {as currently drafted|in its current version|as written}.",
    ),
    (
        "Small {property owners|landlords|housing providers} {like me|such as myself|}{ — those with four or fewer units —|, those with four or fewer units,} {own|provide|account for} 62 percent of the rental homes in Tamsin Falls.",
        "{It's worth noting|Keep in mind|It's important to remember} that {owners of four or fewer units|small owners with four units or fewer} {hold|provide} 62 percent of our city's rental {housing|homes|units}.",
        "62 percent of {Tamsin Falls' rental homes|the rentals in our city|local rental units} {belong to|are owned by} {people|families|mom-and-pop owners} with four or fewer units{, not large corporations| — not big corporate landlords|}.",
    ),
    (
        "{Under the ordinance|As drafted}, {we would owe|owners would have to pay} three months of rent{ — about $4,200 for an average two-bedroom —|, or about $4,200 for an average two-bedroom,} {even when we sell to retire or move a family member in|even if an owner sells in order to retire or needs the unit for a relative}.",
        "The {required|proposed} payment of three months' rent{, roughly $4,200 for a typical two-bedroom,| — around $4,200 on an average two-bedroom —} would {apply|be due} {even in cases where|even when} {an owner is retiring and selling|someone sells to fund their retirement} or {moves in a family member|houses a relative}.",
        "{Paying|Having to pay} three months of rent{ — about $4,200 for a two-bedroom —|, which is about $4,200 for an average two-bedroom,} {when I sell to retire|when selling for retirement} or {move my own family in|house a family member} {is simply not feasible|would be a real hardship|isn't realistic} for {small owners|people like me}.",
    ),
    (
        "{I ask that you|Please} {keep|preserve|retain} the exemption for {owners with four or fewer units|properties of four units or fewer}, or {fund the assistance|pay for relocation help} {from|through} the city's $2.5 million housing trust fund{ instead|}.",
        "{A fairer approach would be to|I would suggest that you} {keep the four-unit exemption|maintain the exemption for four or fewer units} or {draw on|use} the $2.5 million housing trust fund {to cover relocation costs|for this assistance}.",
        "{Either|Please either} {keep|leave in place} the {four-or-fewer-unit|small-owner} exemption or {let|have} the city's $2.5 million housing trust fund {carry|cover} {the cost|these payments}.",
    ),
    (
        "{We want|I want|Small owners want} tenants to be treated fairly{, but|— but} {the cost should not fall|this burden shouldn't fall} {on the people least able to carry it|on small owners alone|entirely on families like mine}.",
        "{Fair treatment of tenants is something I fully support|I fully support fair treatment of tenants|Fair treatment of tenants is a goal we share}{, but|; however,} {it shouldn't come at the expense of small owners|the cost needs to be shared more fairly}.",
        "{Thank you for considering|I appreciate you considering} {a version of this ordinance that|an approach that} {is fair to|works for} {both tenants and small owners|renters and small housing providers alike}.",
    ),
)
AI_PREAMBLES = (
    "Sure! Here's a rewritten version in your own words:",
    "Certainly! Here's a more personal version of your letter:",
    "Here's a revised version of the letter:",
    "Of course — here's a version that sounds more like you:",
)
AI_SUBJECTS = (
    "Subject: Concerns Regarding Item 11 – Tenant Relocation Assistance Ordinance",
    "Subject: Request to Revise Item 11",
    "Subject: Opposition to Item 11 as Drafted",
    "**Subject:** Item 11 – Tenant Relocation Assistance",
)
AI_GREETINGS = (
    "Dear Honorable Members of the City Council,",
    "Dear Mayor Ostrander and Councilmembers,",
    "Dear Members of the Tamsin Falls City Council,",
    "Dear Council Members,",
)
AI_WARMUPS = ("I hope this message finds you well.", "I hope you're all doing well.", "")
AI_CLOSINGS = (
    "Thank you for your time and consideration.",
    "Thank you for your attention to this matter.",
    "I appreciate your time.",
)
AI_SIGNOFFS = ("Warm regards,", "Sincerely,", "Best regards,", "Respectfully,")
AI_TRAILERS = (
    "Let me know if you'd like it to sound more formal or more personal!",
    "Feel free to adjust any details to better reflect your situation.",
    "Would you like a shorter version for email?",
)
AI_OWN = (
    "As the owner of {units} on {street}, I see this firsthand.",
    "I've owned {units} on {street} since {year}, and it's my main retirement plan.",
    "My late father built {units} on {street}, and my sister and I still rent it out at below-market rates.",
    "I live in one half of {units} and rent the other to a family I've known for years.",
    "As a retired schoolteacher, the rent from {units} makes up most of my income.",
    "I've never raised the rent on my current tenants in {n} years.",
    "My plan has always been to move my daughter into our rental unit once she finishes nursing school.",
    "I manage {units} myself — I do the repairs, mow the lawn, and answer the late-night calls.",
    "When I sold my other unit in {year}, I helped the tenants move at my own expense.",
    "With a mortgage, insurance, and rising water rates, my margin on {units} is already very thin.",
    "I'm a first-generation immigrant, and {units} on {street} is how my family built stability here.",
    "I'm 68, and selling {units} is how I planned to pay for assisted living.",
    "My husband and I bought {units} in {year} with everything we had saved.",
    "Last year my only rental ran at a loss after a $9,000 sewer lateral repair.",
)
AI_HEAVY = (
    "Let me share my situation. I'm 71 and I own a triplex on {street} that my late wife and I bought in 1994. I live in one unit and rent the other two to families who have been with me for over a decade. The rent covers the property taxes, insurance, and repairs — there's very little left over.\n\nMy doctor has told me I'll need to move closer to my daughter within the next couple of years. When I do, I'll have to sell. Under the current draft, I'd owe both families a relocation payment I simply don't have.",
    "I want to explain why this matters so much to me. My parents came to Tamsin Falls in the 1980s and saved for twenty years to buy a small fourplex on {street}. Today my brother and I manage it together, and we keep the rents well below what the big complexes charge.\n\nWe have never evicted anyone. But if one of us ever needs a unit for our aging mother, this ordinance would treat us the same as a corporate landlord with hundreds of apartments.",
    "I'm a single mom who owns one rental house — the home I lived in before I remarried. I kept it as security for my kids. The rent barely covers the mortgage, and last year I had to replace the roof.\n\nIf I ever need to sell, a payment of that size would wipe out whatever I'd gain from the sale.",
)


def housing_ai(rng: random.Random, people: People) -> list[Draft]:
    pool = Pool(rng, AI_OWN)
    heavy_paras = list(AI_HEAVY)
    drafts = []
    for tier in tiers(rng, 40, 3):
        who = people.anonymous() if rng.random() < 0.06 else people.named()
        said = [spin(rng, rng.choice(frames)) for frames in AI_SENTENCES]
        said = [re.sub(r"  +", " ", s).replace(" ,", ",") for s in said]
        if tier == "heavy":
            body = [said[0], own(fill(rng, heavy_paras.pop())), said[3] + " " + said[4]]
        else:
            if rng.random() < 0.45:
                body = [said[0] + " " + said[1], said[2], said[3] + " " + said[4]]
            elif rng.random() < 0.5:
                body = [" ".join(said)]
            else:
                body = [said[0], said[1] + " " + said[2], said[3], said[4]]
            roll = rng.random()
            if roll < 0.35:
                pass
            elif roll < 0.7:
                body[0] += " " + own(pool.draw())
            else:
                body.insert(1, own(pool.some(1, 2)))
        head = []
        if rng.random() < 0.15:
            head.append(rng.choice(AI_PREAMBLES))
        if rng.random() < 0.4:
            head.append(rng.choice(AI_SUBJECTS))
        head.append(rng.choice(AI_GREETINGS))
        warm = rng.choice(AI_WARMUPS)
        if warm:
            body[0] = warm + " " + body[0]
        name = (
            who.name if who.name not in ANONYMOUS_NAMES and rng.random() < 0.85 else "[Your Name]"
        )
        tail = [rng.choice(AI_CLOSINGS), f"{rng.choice(AI_SIGNOFFS)}\n{name}"]
        if said[4].startswith(("Thank you", "I appreciate")):
            tail.pop(0)
        if rng.random() < 0.1:
            tail.append(rng.choice(AI_TRAILERS))
        marked = "\n\n".join([*head, *body, *tail])
        drafts.append(Draft("HOUSING", marked, who, "housing-ai", tier, minute=minute(rng)))
    return drafts


# --------------------------------------------------------------------------- water-html

WATER_LETTER = (
    "Dear Mayor Ostrander and Members of the Council,",
    "Please send the five-year water and sewer rate plan in Item 12 back to staff.",
    "Under the plan the average household bill rises from $64.10 a month today to $107.80 in 2031, an increase of 68 percent in five years.",
    "Ratepayers were never shown the alternative of financing the Quarry Creek treatment plant upgrade over 30 years instead of 20, which staff’s own consultant said would cut the increase roughly in half.",
    "We also ask for a lifeline rate for households on CARE or fixed incomes, as Dunmore and Vell County already offer.",
    "Please do not approve these rates until residents have seen both options side by side.",
)
WATER_TABLE = (
    ("Year", "Average monthly bill"),
    ("2026", "$64.10"),
    ("2027", "$74.90"),
    ("2028", "$84.20"),
    ("2029", "$92.60"),
    ("2030", "$100.40"),
    ("2031", "$107.80"),
)
WATER_SUBJECT = "ACTION: Tell the Council to send the water rate plan back"
WATER_ALLIANCE = "Tamsin Falls Ratepayers Alliance"
WATER_OWN = (
    "Forwarding this because I agree with every word of it.",
    "My bill is already {bill} a month and I live alone.",
    "I'm on a fixed income and this would cost me more than my phone and internet combined.",
    "Please read the table below. That is real money for us.",
    "I was at the Quarry Creek open house and nobody mentioned a 30-year option.",
    "We have {n} people in our house and we already skip watering the garden all summer.",
    "I own a laundromat on {street}; this doubles my biggest bill.",
    "Passing this along from the Alliance, but I wanted to say I'm a retired plumber and the plant does need the upgrade. Just pay for it over 30 years.",
    "My neighbor on {street} just got a shutoff notice. Imagine 2031.",
    "I signed up for CARE for electricity. Why can't water do the same?",
    "I don't usually write to the council but this one matters.",
    "Sent from my phone, sorry for the formatting.",
    "I run a daycare out of my home on {street}, and water is a big part of what I spend.",
    "Why is this on the agenda two weeks before Christmas?",
    "68 percent in five years while my pension goes up 2 percent a year.",
    "Please don't balance the plant on the backs of seniors.",
    "I moved here in {year} and my water bill has already gone up every single year.",
    "Dunmore figured out a lifeline rate. We can too.",
    "Our bill last month was {bill} for two people, and we have a low-flow everything.",
    "I'm a renter on {street}; my landlord already passes every increase straight to us.",
    "See below. I'd add that the shutoff policy needs a look too.",
    "Our church on {street} pays the water for a community garden. This would end it.",
    "I've lived in Tamsin Falls since {year} and never written to the council before.",
    "Fix the plant, yes. But not on a 20-year schedule that doubles our bills.",
    "My mother is 86 and would have to choose between water and medicine.",
    "Our family of {n} already budgets {bill} a month for water and sewer.",
    "The Alliance asked us to forward this. I am adding my name because our bill has doubled since {year}.",
    "I'm a small business owner on {street} and water is my second biggest utility.",
)
WATER_INLINE = (
    "I asked about this at the open house and got no answer.",
    "That is exactly what the consultant told us in October.",
    "Half would still be hard, but we could manage it.",
    "Why was that page left out of the final report?",
    "Thirty years is how long anyone pays off a house, too.",
    "I would like that answer in writing.",
    "The plant will last longer than 20 years anyway.",
    "My neighbors on {street} had no idea this option existed.",
)
WATER_HEAVY = (
    "I'm a retired civil engineer and I read all 212 pages of the rate study. The consultant's own appendix shows that a 30-year bond at current rates lowers the peak bill by about $19 a month. That option was dropped between the draft and the final report, and no one has explained why.\n\nAsk staff to bring both scenarios back before you vote.",
    "My husband and I are both on Social Security. Between water, sewer and garbage we already pay more to the city each month than we do for groceries in a slow week. We have cut our water use by a third since {year} and the bill still went up.\n\nA lifeline rate would let us stay in the house we paid off.",
    "I run the food bank pantry at St. Brigid's and I see the shutoff notices people bring in with them. Every rate increase means more of them. The city could pair any increase with a real assistance program, and that is all we are asking for.",
)


def qp(rng: random.Random, text: str) -> str:
    """``text`` as a mail program that half-decoded quoted-printable leaves it: non-ASCII as
    ``=XX`` bytes, ``=20`` before some line ends, soft breaks ``=`` at 76 characters."""
    encoded = "".join(
        "".join(f"={b:02X}" for b in ch.encode())
        if ord(ch) > 127 and ch not in OPEN + CLOSE
        else ch
        for ch in text
    )
    lines = []
    for line in encoded.split("\n"):
        while len(line) > 76:
            cut = 75
            while line[cut - 3 : cut].count("=") and cut > 70:  # never split an =XX
                cut -= 1
            lines.append(line[:cut] + "=")
            line = line[cut:]
        if line.endswith(" ") or (line and rng.random() < 0.25):
            line = line.rstrip(" ") + "=20"
        lines.append(line)
    return "\n".join(lines)


def water_table(rng: random.Random, style: str) -> str:
    if style == "cells":
        return "\n".join(cell for row in WATER_TABLE for cell in row)
    if style == "tabs":
        return "\n".join("\t".join(row) for row in WATER_TABLE)
    return "\n".join(" | ".join(row) for row in WATER_TABLE)


def water_html(rng: random.Random, people: People) -> list[Draft]:
    pool, inlines = Pool(rng, WATER_OWN), Pool(rng, WATER_INLINE)
    heavy_paras = list(WATER_HEAVY)
    drafts = []
    for tier in tiers(rng, 50, 3):
        who = people.named()
        client = rng.choice(("gmail", "gmail", "outlook", "apple", "letter"))
        if tier == "heavy" and client == "letter":
            client = "gmail"
        g, w1, w2, w3, w4, w5 = WATER_LETTER
        table = water_table(rng, rng.choice(("cells", "cells", "tabs", "bars")))
        inline = ""
        if tier == "heavy":
            letter = [g, w1, own(fill(rng, heavy_paras.pop())), table, w5]
        else:
            letter = [g, w1 + " " + w2, table, w3, w4 + " " + w5]
            if rng.random() < 0.15:
                inline = own(inlines.draw())
                letter[3] = w3 + " " + inline
        bold = client != "letter" and rng.random() < 0.5
        if bold:
            letter[1] = letter[1].replace(w1, f"*{w1}*")
        letter_text = "\n\n".join(letter)
        note = ""
        if tier == "core" and rng.random() < 0.62:
            note = own(pool.some(1, 2))
        elif tier == "heavy" and rng.random() < 0.5:
            note = own(pool.draw())
        sig = who.name if rng.random() < 0.6 else who.name.split(" ")[0]
        if client == "letter":
            marked = "\n\n".join(
                p for p in (note, letter_text, f"{WATER_ALLIANCE} member\n{who.name}") if p
            )
        else:
            first = who.name.split(" ")[0]
            newsletter = [
                f"View in browser <https://ratepayers.example.org/v/{rng.randint(10000, 99999)}>"
                if rng.random() < 0.7
                else "Having trouble viewing this email? View it in your browser.",
                f"[image: {WATER_ALLIANCE}]",
                f"Hi {first},",
                "Tuesday the Council votes on a 68% water and sewer increase. Forward the letter below to council@tamsinfalls.example.org before 5 p.m. (it takes one minute).",
                letter_text,
                "[image: Facebook] [image: Instagram] [image: Nextdoor]",
                "You are receiving this email because you signed up at a Ratepayers Alliance event.\nUnsubscribe <https://ratepayers.example.org/u/x7Rk2> | Update your preferences",
                f"{WATER_ALLIANCE} · PO Box 4410 · Tamsin Falls 39281",
            ]
            inner = "\n\n".join(newsletter)
            if client == "outlook":
                inner = qp(rng, inner)
                header = (
                    "________________________________\n"
                    f"From: {WATER_ALLIANCE} <alerts@ratepayers.example.org>\n"
                    "Sent: Saturday, December 12, 2026 9:02 AM\n"
                    f"To: {who.email}\n"
                    f"Subject: {WATER_SUBJECT}"
                )
                if note:  # the whole message went out quoted-printable, the note too
                    note = qp(rng, note)
            elif client == "gmail":
                header = (
                    "---------- Forwarded message ---------\n"
                    f"From: {WATER_ALLIANCE} <alerts@ratepayers.example.org>\n"
                    "Date: Sat, Dec 12, 2026 at 9:02 AM\n"
                    f"Subject: {WATER_SUBJECT}\n"
                    f"To: <{who.email}>"
                )
            else:
                header = (
                    "Begin forwarded message:\n\n"
                    f"From: {WATER_ALLIANCE} <alerts@ratepayers.example.org>\n"
                    f"Subject: {WATER_SUBJECT}\n"
                    "Date: December 12, 2026 at 9:02:14 AM PST\n"
                    f"To: {who.email}"
                )
            top = "\n\n".join(p for p in (note, sig if note else "") if p)
            marked = "\n\n".join(p for p in (top, header, inner) if p)
        drafts.append(Draft("WATER", marked, who, "water-html", tier, minute=minute(rng)))
    return drafts


# --------------------------------------------------------------------------- residents

RESIDENTS: dict[str, tuple[str, ...]] = {
    "PARK": (
        "No.",
        "NO on 4",
        "Keep the meadow!",
        "I support the sale. The east side needs a clinic far more than another field of foxtails, and the hospital is paying fair market value.",
        "Has anyone on staff actually walked Larkin Meadow after a rain? The north end is a pond for four months a year. Building there would be a drainage mess for the houses on Corbin Street.",
        "I'm torn. I use Hollis Park all the time but I also waited nine weeks for a primary care appointment last spring. Could the clinic go on the tennis court side instead?",
        "The appraisal of $6.1 million seems low to me. The Tilden lot went for more per acre in 2022 and it had no road frontage.",
        "Please consider a long-term ground lease instead of an outright sale. The city keeps the land and still gets revenue.",
        "Sell it. We have three other parks within a mile and Larkin Meadow is full of goose droppings.",
        "My question for staff: what happens to the community garden plots along the meadow's east fence? Nobody has told the gardeners anything.",
        "Esta es la única área verde cerca de nuestra casa. Mis hijos juegan fútbol ahí todos los sábados. Por favor no la vendan.",
        "I'd like the Council to explain why this is a consent item. Selling parkland deserves a full hearing, with the appraisal, the buyer's plans and the deed history all on the table. I only found out about it from a flyer on a telephone pole on Hollis Avenue.",
        "Hollis Park was given to the city by the Hollis family with deed restrictions. Has the city attorney reviewed them?",
        "As a physician at St. Brigid's, I want to say the clinic is badly needed, but the site selection process was rushed and I'd support a delay to look at alternatives.",
        "Stop selling public land.",
        "I live on Wendt Court and I have never seen more than a handful of people in that meadow at once. I think the neighbors who are loudest are the ones who treat it like their private backyard.",
        "Put it to a vote of the people.",
        "Larkin Meadow is where I saw my first bald eagle. That is all I want to say.",
        "Could part of the proceeds go to improving the rest of Hollis Park? The restrooms have been closed since summer.",
        "오늘 회의에서 공원 매각 건을 신중하게 검토해 주시기 바랍니다. 주민들과 충분히 상의해 주세요.",
    ),
    "TRANSIT": (
        "Yes on 7",
        "Thank you",
        "I support the redesign as proposed. Faster, straighter lines will help more people than the current routes that wander through every cul-de-sac.",
        "The 14 takes 48 minutes to go four miles. Anything is better than that.",
        "I drive a paratransit van and I can tell you the Alder Court loop generates a lot of our trips. If you cut it, make sure paratransit gets more hours.",
        "Where will the new Route 9 stop on Dorrance actually be? The map in the packet is too blurry to read.",
        "Please add a crosswalk at the Fenwick Road stop before you move buses there. People already run across four lanes.",
        "I've been riding Tamsin Falls buses for 30 years and this is the first plan that looks like someone thought about evening service at all.",
        "The downtown circulator is empty every time I see it. Why is it still running?",
        "Mi esposo trabaja en el parque industrial y sale a las cinco de la mañana. Necesitamos que el autobús llegue temprano.",
        "As a bike commuter I'd ask that any new stops not block the Dorrance Avenue bike lane.",
        "I'm a driver for the transit agency. Our schedules on the 31 are impossible to keep at rush hour, so the redesign's timing changes are welcome, but we need more relief breaks too.",
        "Bus shelters! We have been asking for shelters on Route 14 for ten years.",
        "I appreciate the staff's outreach. I went to the library session in November and they answered every question.",
        "This redesign was drawn up by consultants who have never ridden the bus here.",
        "Please don't forget the riders with dementia at Marlow Towers. Changing their stop is not a small thing for them.",
        "Can the Council ask for a six-month review after the changes start? If the new Route 31 times or the Alder Court changes turn out badly, riders should not have to wait for the next full redesign in five years to get them fixed. Put the review date in the motion.",
        "Support",
        "I use a walker. Every extra block matters.",
        "Eastside 노선 변경에 반대합니다. 어르신들이 정류장까지 너무 멀리 걸어야 합니다.",
    ),
    "HOUSING": (
        "Pass it.",
        "Vote yes on 11",
        "I am a small landlord and I actually support this ordinance. If I end someone's tenancy for my own reasons, I should help them move. That's just decent.",
        "I oppose Item 11. Government keeps adding costs to housing and then wonders why rents go up.",
        "Relocation assistance works in other cities. Dunmore passed theirs in 2021 and I haven't seen any evidence that small owners left the market.",
        "How will the city enforce this? The rent registry is still not finished and the housing office has two staff.",
        "I got a no-fault notice in October. I'm writing this from my car in a church parking lot. Please pass something, anything.",
        "Could the Council consider a sliding scale, so that a retiree selling one duplex pays less than a company with forty units?",
        "I'm a real estate agent and several of my clients are small owners who are now afraid to sell. Please clarify who pays when a building changes hands.",
        "Somos inquilinos desde hace doce años en el mismo edificio. Apoyamos la ordenanza.",
        "My tenant of eight years told me about this hearing, and I came to say I'd pay the assistance without complaint.",
        "Three months is not enough in this market. It should be four.",
        "Where does the $4,200 number come from? Please publish what a two-bedroom actually rents for on the east side so we can all argue from the same facts.",
        "Please add language protecting tenants who are disabled or over 62, who have the hardest time finding a new place.",
        "I'm a landlord with one unit. Exempt me or don't, but stop making it sound like we're all villains.",
        "Renters are half this city. Act like it.",
        "Why does this have a first reading two weeks before the holidays when so many tenants can't come to the meeting?",
        "세입자 보호 조례를 지지합니다. 우리 아파트도 작년에 팔려서 많은 가족들이 이사해야 했습니다.",
        "Keep the small owner exemption. It was the compromise you promised last year.",
        "I'd like to see the 1,300 notices figure broken down by building size before you decide the exemption.",
    ),
    "WATER": (
        "no",
        "Too much!",
        "I support the rate plan. The Quarry Creek plant is older than I am and I would rather pay now than deal with a failure later.",
        "A 68 percent increase over five years is outrageous. What are staff doing to cut costs first?",
        "Please publish the 30-year financing scenario. Just put it online so we can all look at it.",
        "I'm on a well and septic outside city limits, but my business is in town. Commercial rates are going up even faster than residential and nobody is talking about it.",
        "The lifeline rate should be paid for by a surcharge on the biggest users, not the general fund.",
        "Our HOA pays the water for 60 townhomes. These rates would raise our dues by about $40 a month per home.",
        "I appreciate that the city is finally investing in the treatment plant. The sewage smell on Quarry Creek Road every August is unbearable.",
        "Por favor tengan consideración con las familias grandes. Somos siete en la casa y el agua ya es muy cara.",
        "Has the city applied for state revolving fund loans? Those have lower rates than a bond. I looked at the state's list for this year and Tamsin Falls isn't on it, while two smaller towns in the county are. It seems like free money is being left on the table before we ask ratepayers for more.",
        "Approve it, but phase it in more slowly in the first two years.",
        "Water is a human right. Don't price people out of it.",
        "Why is my sewer charge based on winter water use when I don't water anything in winter? This system needs a look before you raise it.",
        "I'm a member of the Ratepayers Alliance but I disagree with them on this one. Stretching the debt to 30 years just means our kids pay more interest.",
        "How much of the increase is for the plant and how much is for the new administration building?",
        "I read the rate study. It assumes 1 percent population growth a year, which we haven't had since 2015.",
        "Seniors on fixed incomes need relief, and a lifeline rate is the obvious way to give it.",
        "Thank you to the utility staff who answered my questions on the phone last week. Very helpful.",
        "수도 요금 인상이 너무 큽니다. 저소득 가정을 위한 할인 제도를 꼭 만들어 주세요.",
    ),
}


# --------------------------------------------------------------------------- spam

SPAM: tuple[tuple[str, str, str], ...] = (
    (
        "PARK",
        "Kevin Marsh",
        "Is your business invisible on Google? We get local companies to page one in 30 days or your money back. Reply for a free audit: growth@rankfast.example.com",
    ),
    (
        "WATER",
        "Water Quality Alerts",
        "NOTICE: Your water account will be disconnected within 24 hours due to an unpaid balance. Pay now to avoid service interruption: http://tamsin-water-billing.example.net/pay",
    ),
    (
        "WATER",
        "PureFlow",
        "Worried about what is in your tap water? The PureFlow 7-stage filter removes 99% of contaminants. Order today and get 40% off + free shipping!! pureflow.example.com",
    ),
    (
        "HOUSING",
        "Swift Movers",
        "Moving soon? Swift Movers LLC - local and long distance, lowest prices guaranteed. Call 555-0187 for a free quote today!",
    ),
    (
        "HOUSING",
        "Préstamos Rápidos",
        "¿Necesita dinero rápido? Préstamos personales sin revisión de crédito, aprobación en 10 minutos. Escríbanos por WhatsApp al 555-0163.",
    ),
    (
        "TRANSIT",
        "",
        "카지노 신규 가입 시 100% 보너스 지급! 지금 바로 접속하세요 >>> casino-win.example.org",
    ),
    (
        "PARK",
        "Anonymous",
        "Заработок в интернете от 5000 рублей в день без вложений. Подробности на нашем сайте earn-now.example.net",
    ),
    ("TRANSIT", "陈先生", "专业代写论文，价格优惠，保证原创，三天交稿。加微信了解详情。"),
    (
        "WATER",
        "Investir Agora",
        "Ganhe dinheiro com criptomoedas! Invista apenas R$200 e receba até R$5.000 por semana. Vagas limitadas, cadastre-se já: cripto-lucro.example.com",
    ),
    ("HOUSING", "", "asdkjh qwpeoi zmxncb lkjasd poiuqwe"),
    (
        "PARK",
        "Tran Thi Mai",
        "Dịch vụ vay tiền nhanh không cần thế chấp, giải ngân trong ngày. Liên hệ ngay hôm nay để được tư vấn miễn phí!",
    ),
    (
        "TRANSIT",
        "Brenda Lyle",
        "Great post!!! I learned so much from this website. Check out my blog about weight loss tips at slimfast-secrets.example.org",
    ),
)


# --------------------------------------------------------------------------- the evening


def residents(rng: random.Random, people: People) -> list[Draft]:
    drafts = []
    for item, bodies in RESIDENTS.items():
        for body in bodies:
            who = (
                people.anonymous()
                if rng.random() < 0.14
                else people.named(postal=rng.random() < 0.8)
            )
            drafts.append(Draft(item, body, who, minute=minute(rng)))
    return drafts


def spam(rng: random.Random) -> list[Draft]:
    drafts = []
    for item, name, body in SPAM:
        email = (
            None if name in ANONYMOUS_NAMES else f"contact{rng.randint(10, 99)}@{rng.choice(TLDS)}"
        )
        drafts.append(Draft(item, body, Sender(name, email, None), spam=True, minute=minute(rng)))
    return drafts


CAMPAIGNS: tuple[Callable[[random.Random, People], list[Draft]], ...] = (
    meadow_short,
    meadow_signers,
    transit_points,
    tenants_mt,
    housing_ai,
    water_html,
)


def to_row(draft: Draft, duplicate: bool = False) -> dict[str, Any]:
    body, personal = split_own(draft.marked)
    return Row(
        item=draft.item,
        body=body,
        who=draft.who,
        campaign=draft.campaign,
        tier=draft.tier,
        spam=draft.spam,
        personal=personal if draft.campaign else None,
        duplicate=duplicate,
    ).as_dict()


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    people = People(rng)
    drafts: list[Draft] = []
    for campaign in CAMPAIGNS:
        drafts += campaign(rng, people)
    drafts += residents(rng, people)
    drafts += spam(rng)
    drafts.sort(key=lambda d: d.minute)
    rows = [to_row(d) for d in drafts]
    resendable = [
        i
        for i, d in enumerate(drafts)
        if d.who.email and not d.spam and d.who.name not in ANONYMOUS_NAMES
    ]
    rng.shuffle(resendable)
    chosen: list[int] = []
    for at in resendable:  # far enough apart that no resubmission lands between another pair
        if len(chosen) < 6 and all(abs(at - c) > 6 for c in chosen):
            chosen.append(at)
    chosen.sort(reverse=True)
    for at in chosen:
        rows.insert(at + 1 + rng.randint(0, 2), to_row(drafts[at], duplicate=True))
    return rows
