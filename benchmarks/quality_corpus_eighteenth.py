# ruff: noqa: E501, RUF001
"""An eighteenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 24 (7 December 2026, in about an hour) by the outsider helper
gen18, who did not read the labelling engine (``intake/text/``, ``intake/labelling/``),
``docs/labelling.md``, ``docs/spam.md``, the engine's unit tests, nor any other generator's code.
It read, for the interface and to avoid repeating their shapes, ``labelling_quality.py`` (how a
generator is loaded and registered, its truth fields, and the corpus list in its docstring),
``corpus_row.Row``, ``tests/corpus_shapes.py``, the docstrings of the fifteenth, sixteenth and
seventeenth generators (not their code), the seventeenth's shape test and the two real seeds in
``../shared/seeds/``. Once, early, a search listed the names and line numbers of the
seventeenth generator's top-level definitions (no bodies); nothing here follows from it. Its
author never ran the labeller or the benchmark on it. Read it once, blind (session 24, the
lead: docs/labelling.md); it is spent since.

One Wednesday evening (16 December 2026) of the invented City of Varrow Bend's council (seed
5813), four items, rows in arrival order (each row gets an arrival minute from noon to 21:30; the
evening is sorted by it, ties kept in generation order; each resubmission is placed one to three
rows after the comment it repeats):

* ``lot-ab`` (66 copies, 4 heavy), for selling the Ashgrove Street parking lot to Hearthline
  Housing for 140 affordable homes (item ``LOT``): the organiser A/B-TESTED its action e-mail, so
  the campaign has TWO OFFICIAL VARIANTS sent in similar numbers (34 and 32): variant A and
  variant B argue the same case with the same figures (140 homes, 60 percent of area median
  income, 1,900 homes short, $3.4 million) in DIFFERENT SENTENCES and share only the closing ask
  (two short sentences). Heavy copies keep their variant's opening,
  one middle sentence and the closing around the sender's own paragraphs.
* ``lot-counter`` (32, 3 heavy), against the sale, same item: the Ashgrove Street merchants'
  COUNTER-CAMPAIGN, written by REUSING lot-ab's PHRASES to argue the other side ("I am writing
  to urge you to reject Item 7 and keep ...", "the lot sits half empty only on evenings",
  "Homes for people matter, and so do ...", "140 homes for families earning under 60 percent of
  area median income" on another site). No sentence is shared whole with lot-ab, long stretches
  are: the two must not merge.
* ``cameras-staff`` (44, 3 heavy), against a five-year contract for 48 automated licence plate
  reader cameras (item ``CAMERAS``): a privacy group's letter that QUOTES THE CITY'S STAFF
  REPORT VERBATIM (two sentences, on data sharing and on 30-day retention; straight or curly
  quotes, or as ``>`` block quotes, some with "(staff report, p. 4)"). TWELVE RESIDENTS, for and
  against the contract, quote the SAME staff-report sentences in their own comments: they are no
  campaign, and the quoted sentences are neither theirs nor the campaign's.
* ``pool-stories`` (46, 3 heavy), against closing Ferncliff Pool for a splash pad (item
  ``POOL``): a PETITION-STYLE story wall: each copy is a title line, ONE LINE of statement and
  the sender's LONG PERSONAL STORY (three to seven sentences, often two paragraphs), with the
  wall's footer; some copies drop the title or the footer, some put the story first. Most of
  each copy is the sender's own text. Heavy copies keep the title, the statement's first
  sentence and the footer, the statement's ask rewritten.
* ``trees-reorder`` (54, 4 heavy), against removing 212 sycamores for the Delmont Avenue
  sidewalk rebuild (item ``TREES``): a six-paragraph letter whose four MIDDLE PARAGRAPHS
  copies carry IN ANY ORDER (the organiser's "put them in the order that matters to you"), some
  with the closing ask moved to the top, and a THIRD of the senders DELETE ONE WHOLE MIDDLE
  PARAGRAPH. Heavy copies keep the opening, one sentence of the design paragraph and the close.
* ``trees-coalition`` (16, 2 heavy), for the rebuild as proposed, same item: a disability and
  seniors' COALITION LETTER RE-SIGNED BY ORGANISATIONS: each row is ONE ORGANISATION, sent by
  its director, with the coalition's letter, the organisation's OWN PARAGRAPH on why it joins,
  and its signature block (name, title, organisation, street address, phone). Heavy rows keep
  the letter's first and last paragraphs and one sentence of the second.

In every campaign but the story wall some senders add nothing, and some own sentences REUSE the
template's words and figures (140 homes, $3.4 million, 48 cameras, 30 days, the sycamores, 212,
Ferncliff, the splash pad) without repeating a template sentence.

Plus 78 residents' own comments on the four items (one word to several paragraphs; English and
Spanish; many share the campaigns' vocabulary, figures and names, Ashgrove Street, Hearthline,
Tenney Street garage, Sentrylane, Ferncliff, splash pad, Delmont Avenue, sycamores, without
copying a sentence; twelve quote the staff report as the camera campaign does), 6 TRUE
RESUBMISSIONS (the same named sender, the same e-mail, the same body, one to three rows later;
``duplicate``), anonymous senders (``ANONYMOUS_NAMES``: "Anonymous", blank, "N/A", "Name
withheld") who are distinct people and carry no e-mail or postal code, and 12 spam in eleven
languages.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` (``core`` or ``heavy``), ``spam``,
``duplicate`` and ``personal``: the sender's own words, pieces joined by blank lines ("" when
none), in reading order, as they stand in the body. Personal: own sentences and paragraphs
wherever they stand, a story wall's story, a heavy copy's rewritten sentences, an organisation's
own paragraph. Never personal: greetings and sign-offs, names, addresses and phone numbers,
signature blocks, the story wall's title and footer, either A/B variant's sentences, quoted staff
report sentences, the coalition letter. Names, streets, organisations and the city are invented;
e-mails are example.com/.org/.net, phone numbers 555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from corpus_row import Row

SEED = 5813
NAME = "generated-eighteenth"

ITEMS = (
    ("LOT", "Item 7: Sale of the Ashgrove Street municipal parking lot to Hearthline Housing"),
    ("CAMERAS", "Item 9: Five-year contract with Sentrylane for automated licence plate readers"),
    ("POOL", "Item 11: Closure of Ferncliff Pool and construction of a splash pad"),
    ("TREES", "Item 12: Delmont Avenue sidewalk reconstruction and street tree removal"),
)
TITLES = dict(ITEMS)
ANONYMOUS_NAMES = ("Anonymous", "", "N/A", "Name withheld")
POSTAL_CODES = ("58401", "58403", "58404", "58406", "58409")
TLDS = ("example.com", "example.org", "example.net")

FIRST = (
    "Adaeze",
    "Bertil",
    "Calla",
    "Dmitri",
    "Eulalie",
    "Fintan",
    "Giselle",
    "Hollis",
    "Ines",
    "Jorah",
    "Kestrel",
    "Lionel",
    "Marisol",
    "Nikolai",
    "Odile",
    "Perrin",
    "Quinta",
    "Rosalind",
    "Soren",
    "Tamsin",
    "Ulrike",
    "Vesna",
    "Wendell",
    "Xiomara",
    "Yusuf",
    "Zelda",
    "Amaury",
    "Briony",
    "Cosmo",
    "Delphine",
    "Emeka",
    "Flavia",
    "Gunnar",
    "Hesper",
    "Ignatius",
    "Jolene",
    "Kaito",
    "Leocadia",
    "Mattias",
    "Nerys",
    "Osric",
    "Philippa",
    "Rafferty",
    "Saoirse",
    "Teodor",
    "Undine",
    "Valentin",
    "Winona",
    "Yara",
    "Zoltan",
    "Anouk",
    "Bastian",
    "Coralie",
    "Desmond",
    "Elspeth",
    "Florian",
    "Greer",
    "Horatio",
    "Isolde",
    "Jaspar",
)
LAST = (
    "Abernathy", "Bellweather", "Cardew", "Dunmore", "Eskridge", "Fairbrother", "Galloway",
    "Hartigan", "Ivers", "Jessop", "Kilbride", "Lockhart", "Marchbanks", "Nettleton", "Oakhurst",
    "Pendleford", "Quarrie", "Rushworth", "Stallard", "Thistlewood", "Underhill", "Vickery",
    "Wainscott", "Yelverton", "Ashdown", "Brackley", "Colquhoun", "Dimmock", "Ellery",
    "Fennimore", "Grisewood", "Hobday", "Inchbald", "Jolliffe", "Kettlewell", "Lavery",
    "Mossop", "Nuttall", "Orpwood", "Pettifer",
)  # fmt: skip
STREETS = (
    "Delmont Avenue", "Pruett Street", "Ashgrove Street", "Tenney Street", "Larch Row",
    "Quill Lane", "Bramwell Court", "Osier Street", "Kettering Way", "Hobb Street",
    "Vane Avenue", "Saltonstall Road", "Corwin Place", "Millbrook Drive",
)  # fmt: skip
KIN = (
    "my son", "my daughter", "my nephew", "my niece", "my granddaughter", "my youngest",
    "my stepdaughter", "my grandson", "my oldest",
)  # fmt: skip
GREETINGS = (
    "Dear Mayor Okafor and Councilmembers,",
    "Dear Council,",
    "Hello,",
    "To the Varrow Bend City Council:",
    "Dear Mayor and Council,",
    "Good evening,",
)


@dataclass(frozen=True)
class Sender:
    name: str
    email: str | None
    postal_code: str | None


class People:
    """Every named sender once; anonymous senders as many as asked, each a different person."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def named(self, *, tld: str | None = None) -> Sender:
        while True:
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            name = f"{first} {last}"
            if name not in self.used:
                self.used.add(name)
                break
        style = self.rng.randrange(4)
        local = (
            f"{first}.{last}"
            if style == 0
            else f"{first[0]}{last}"
            if style == 1
            else f"{first}{self.rng.randrange(10, 99)}"
            if style == 2
            else f"{last}.{first[0]}"
        ).lower()
        domain = tld or self.rng.choice(TLDS)
        zip_code = self.rng.choice(POSTAL_CODES) if self.rng.random() < 0.7 else None
        return Sender(name, f"{local}@{domain}", zip_code)

    def anonymous(self) -> Sender:
        return Sender(self.rng.choice(ANONYMOUS_NAMES), None, None)

    def someone(self, anonymous_share: float = 0.15) -> Sender:
        return self.anonymous() if self.rng.random() < anonymous_share else self.named()


@dataclass
class Draft:
    """A comment before arrival order: its row and its minute."""

    row: Row
    minute: int = 0
    resend: bool = False


@dataclass
class Own:
    """The sender's own text, written from frames whose slots make each sender's words theirs."""

    rng: random.Random
    said: set[str] = field(default_factory=set)
    kin: str = "my son"  # one child per paragraph or story, as one person writes

    def fill(self, frame: str) -> str:
        r = self.rng
        kin = self.kin
        values = {
            "street": r.choice(STREETS),
            "street2": r.choice(STREETS),
            "years": str(r.randrange(3, 41)),
            "year": str(r.randrange(1968, 2024)),
            "age": str(r.randrange(5, 13)),
            "old": str(r.randrange(58, 91)),
            "mins": str(r.randrange(35, 75)),
            "n": str(r.randrange(2, 9)),
            "price": str(r.choice((40, 45, 55, 60, 65, 75, 80))),
            "kin": kin,
            "Kin": kin[0].upper() + kin[1:],
            "hour": r.choice(("6:40", "7:15", "7:50", "8:10", "5:30", "9:20")),
            "job": r.choice(
                (
                    "a nurse at Tollbridge General",
                    "a school bus driver",
                    "a line cook",
                    "a home health aide",
                    "a pharmacy tech",
                    "a teacher's aide",
                    "a mail carrier",
                    "a daycare worker",
                )
            ),
        }
        return frame.format(**values)

    def paragraph(self, frames: Sequence[str], fewest: int = 1, most: int = 3) -> str:
        """One own paragraph of ``fewest`` to ``most`` sentences, never the same as another's."""
        while True:
            self.kin = self.rng.choice(KIN)
            chosen = self.rng.sample(list(frames), self.rng.randint(fewest, most))
            text = " ".join(self.fill(f) for f in chosen)
            if text not in self.said:
                self.said.add(text)
                return text


def tiers(rng: random.Random, count: int, heavy: int) -> list[str]:
    out = ["heavy"] * heavy + ["core"] * (count - heavy)
    rng.shuffle(out)
    return out


def greeting(rng: random.Random) -> list[str]:
    return [rng.choice(GREETINGS)] if rng.random() < 0.7 else []


def sign_off(rng: random.Random, who: Sender) -> list[str]:
    if who.name in ANONYMOUS_NAMES:
        return (
            [rng.choice(("Thank you.", "A Varrow Bend resident", "Thanks"))]
            if rng.random() < 0.5
            else []
        )
    style = rng.randrange(5)
    if style == 0:
        return [f"Thank you,\n{who.name}"]
    if style == 1:
        return [f"Sincerely,\n{who.name}\n{rng.randrange(12, 2900)} {rng.choice(STREETS)}"]
    if style == 2:
        return [f"- {who.name}" + (f", {who.postal_code}" if who.postal_code else "")]
    if style == 3:
        return [f"Best,\n{who.name}\n555-01{rng.randrange(10, 100)}"]
    return [f"{who.name}"]


def assemble(
    rng: random.Random,
    who: Sender,
    template: list[str],
    own: list[str],
    *,
    places: str = "any",
    frame: bool = True,
) -> tuple[str, str]:
    """The body (greeting, template paragraphs with own paragraphs placed, sign-off) and the
    personal truth, own paragraphs in reading order."""
    paragraphs: list[tuple[str, bool]] = [(p, False) for p in template]
    for text in own:
        if places == "top":
            at = 0
        elif places == "end":
            at = len(paragraphs)
        else:
            at = rng.choice(
                (0, len(paragraphs), len(paragraphs), rng.randrange(len(paragraphs) + 1))
            )
        paragraphs.insert(at, (text, True))
    head = greeting(rng) if frame else []
    tail = sign_off(rng, who) if frame else []
    body = "\n\n".join([*head, *(p for p, _ in paragraphs), *tail])
    personal = "\n\n".join(p for p, mine in paragraphs if mine)
    return body, personal


def minute(rng: random.Random) -> int:
    return rng.randrange(0, 571)


# --------------------------------------------------------------------------------------------
# lot-ab: one campaign, two official variants

LOT_A = (
    "I am writing to urge you to approve Item 7 and sell the Ashgrove Street parking lot to Hearthline Housing. The lot sits half empty on most evenings, and it could hold 140 homes for families earning under 60 percent of area median income.",
    "Our city's own housing element says we are 1,900 affordable homes short of our target. Every year we wait, rents in Varrow Bend climb further out of reach for nurses, bus drivers and retail workers.",
    "Hearthline has built four buildings in the county and manages all of them itself. Its offer of $3.4 million is above the appraised value of the land.",
    "Please vote yes on Item 7. Homes for people matter more than parking for cars.",
)
LOT_B = (
    "Homes or parking? On Item 7 the choice is that simple, and I am asking you to choose homes.",
    "Selling the Ashgrove Street lot to Hearthline Housing would give 140 families a place they can afford, with rents set for households below 60 percent of the area median income.",
    "A parking count by city staff found the lot never more than 45 percent full. The Tenney Street garage, two blocks away, has 300 empty spaces after 5 p.m.",
    "Varrow Bend is short 1,900 affordable homes, and this sale is one of the few ways to build them without a new tax. Hearthline is paying $3.4 million for a lot that earns the city almost nothing.",
    "Please vote yes on Item 7. Homes for people matter more than parking for cars.",
)
LOT_A_HEAVY = (
    "I am writing to urge you to approve Item 7 and sell the Ashgrove Street parking lot to Hearthline Housing.",
    "Its offer of $3.4 million is above the appraised value of the land.",
    LOT_A[3],
)
LOT_B_HEAVY = (
    LOT_B[0],
    "A parking count by city staff found the lot never more than 45 percent full.",
    LOT_B[4],
)
LOT_OWN = (
    "I work as {job} and pay more than half of what I earn in rent.",
    "My building on {street} went up 14 percent this year.",
    "I park on Ashgrove Street twice a week and have never once seen the lot full.",
    "{Kin} moved back in with me because nothing in town is affordable.",
    "I have lived in Varrow Bend for {years} years and I would like my kids to be able to stay.",
    "The Tenney Street garage is always half empty when I walk past at {hour}.",
    "We were on the Hearthline waiting list for {n} years before we got our apartment on {street}.",
    "Please do not let a few parking spaces decide where {n} hundred people get to live.",
    "I own a small shop near {street} and I would welcome 140 new neighbours as customers.",
    "My rent is due on the first and I am already counting the days until I am priced out.",
)
LOT_HEAVY_OWN = (
    "I am {job} and I commute {mins} minutes each way because I cannot afford to live here.",
    "When I drive past that lot at {hour} in the evening there are maybe a dozen cars in it.",
    "The people who would live there are the people who already work on Ashgrove Street.",
    "A lot that earns the city almost nothing should become homes for people who keep this town running.",
    "I grew up on {street} and none of my classmates can afford to rent here now.",
)


def lot_ab(rng: random.Random, people: People, own: Own) -> list[Draft]:
    drafts = []
    variants = ["A"] * 34 + ["B"] * 32
    rng.shuffle(variants)
    heavy_at = set(rng.sample([i for i, v in enumerate(variants) if v == "A"], 2))
    heavy_at |= set(rng.sample([i for i, v in enumerate(variants) if v == "B"], 2))
    for i, variant in enumerate(variants):
        who = people.someone(0.18)
        tier = "heavy" if i in heavy_at else "core"
        if tier == "heavy":
            kept = LOT_A_HEAVY if variant == "A" else LOT_B_HEAVY
            first = own.paragraph(LOT_HEAVY_OWN, 2, 3)
            second = own.paragraph(LOT_OWN, 2, 3)
            template = [kept[0], first, kept[1] + " " + second, kept[2]]
            body, _ = assemble(rng, who, template, [])
            personal = "\n\n".join((first, second))
        else:
            template = list(LOT_A if variant == "A" else LOT_B)
            mine = [own.paragraph(LOT_OWN)] if rng.random() < 0.6 else []
            body, personal = assemble(rng, who, template, mine)
        drafts.append(Draft(Row("LOT", body, who, "lot-ab", tier, False, personal), minute(rng)))
    return drafts


# --------------------------------------------------------------------------------------------
# lot-counter: the other side, in lot-ab's phrases

LOT_COUNTER = (
    "I am writing to urge you to reject Item 7 and keep the Ashgrove Street parking lot in public hands.",
    "The lot sits half empty only on evenings; on weekdays and market Saturdays it is full by ten, and the shops on Ashgrove Street depend on those customers.",
    "Homes for people matter, and so do the 38 small businesses that employ them. Hearthline's offer of $3.4 million is a one-time sale of land the city can never buy back.",
    "Build the 140 homes for families earning under 60 percent of area median income on the Corwin Yard site the city already owns, and leave the lot alone.",
    "Please vote no on Item 7. Parking is not the enemy of housing, but this sale is the wrong deal.",
)
LOT_COUNTER_HEAVY = (
    LOT_COUNTER[0],
    "Hearthline's offer of $3.4 million is a one-time sale of land the city can never buy back.",
    LOT_COUNTER[4],
)
COUNTER_OWN = (
    "I have run a shop on Ashgrove Street for {years} years and most of my customers drive in.",
    "My customers are mostly over {old} and cannot walk two blocks from the Tenney Street garage.",
    "On a Saturday at {hour} I cannot find a space in that lot.",
    "I am not against housing, I am against losing the only parking near {street}.",
    "The Corwin Yard site has been sitting empty since {year}.",
    "My deliveries come through that lot {n} times a week.",
    "I rent my storefront and my landlord already told me sales this year decide my lease.",
    "The farmers market vendors unload in that lot every week.",
    "When the lot was closed for repaving in {year} my sales fell by a third.",
)
COUNTER_HEAVY_OWN = (
    "We are not against affordable homes, and {n} of my employees need one.",
    "The weekday count in the staff report was taken in the slowest week of the year.",
    "Put the homes where the city already owns empty land and keep the street alive.",
    "I have signed every housing petition that came through my shop since {year}.",
)


def lot_counter(rng: random.Random, people: People, own: Own) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 32, 3):
        who = people.someone(0.12)
        if tier == "heavy":
            first = own.paragraph(COUNTER_HEAVY_OWN, 2, 3)
            second = own.paragraph(COUNTER_OWN, 2, 3)
            kept = LOT_COUNTER_HEAVY
            template = [kept[0], first, kept[1] + " " + second, kept[2]]
            body, _ = assemble(rng, who, template, [])
            personal = "\n\n".join((first, second))
        else:
            mine = [own.paragraph(COUNTER_OWN)] if rng.random() < 0.55 else []
            body, personal = assemble(rng, who, list(LOT_COUNTER), mine)
        drafts.append(
            Draft(Row("LOT", body, who, "lot-counter", tier, False, personal), minute(rng))
        )
    return drafts


# --------------------------------------------------------------------------------------------
# cameras-staff: a letter quoting the staff report, which residents quote too

STAFF_SHARING = "Staff anticipate that data may be shared with other law enforcement agencies through the vendor's network, subject to the Department's policy."
STAFF_RETENTION = "Data collected by the ALPR system will be retained for 30 days unless it is associated with an active investigation."
STAFF_COST = "The total cost over the five-year term is $1,236,000, funded from the General Fund."
STAFF_SENTENCES = (STAFF_SHARING, STAFF_RETENTION, STAFF_COST)


def quoted(rng: random.Random, sentence: str) -> str:
    style = rng.randrange(4)
    cite = " (staff report, p. 4)" if rng.random() < 0.3 else ""
    if style == 0:
        return f'"{sentence}"{cite}'
    if style == 1:
        return f"“{sentence}”{cite}"
    if style == 2:
        return f"> {sentence}"
    return f'"{sentence}"'


CAMERAS_LETTER = (
    "I oppose Item 9, the five-year contract with Sentrylane for 48 licence plate reader cameras.",
    "The staff report itself says:",
    "That means a record of where every resident drives could leave the city's control on the day the cameras go up. Nothing in the contract stops a federal agency or another state from asking for it.",
    "The report also admits:",
    "Thirty days is long enough to map anyone's life, and the exception for an active investigation has no limit at all.",
    "Please vote no, or at least send the contract back until a ban on data sharing is written into it.",
)
CAMERAS_OWN = (
    "I drive {kin} to a clinic across the county line every month and I do not want that logged.",
    "I was a juror in {year} and saw how a plate record can be read any way a lawyer likes.",
    "Forty-eight cameras is one for every {n} hundred residents.",
    "I have lived on {street} for {years} years and never felt we needed cameras to be safe.",
    "I would rather the money went to fixing the lights on {street}.",
    "I asked at the last town hall who else would see the data and nobody could answer.",
    "My car is parked on {street} every night and I do not want a vendor knowing that.",
    "I am {job} and I work nights, so the cameras would log me more than most.",
    "Please ask Sentrylane in public who they already share with.",
)
CAMERAS_HEAVY_OWN = (
    "A contract that lets a vendor decide who sees our movements is not one this council should sign.",
    "I looked up Sentrylane and it already works with {n} agencies in other states.",
    "If the cameras are about stolen cars, keep the data for a day, not a month.",
    "I support the police, and I still do not want my trips to {street} sitting on a server.",
)


def cameras_staff(rng: random.Random, people: People, own: Own) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 44, 3):
        who = people.someone(0.2)
        share = quoted(rng, STAFF_SHARING)
        keep = quoted(rng, STAFF_RETENTION)
        if tier == "heavy":
            first = own.paragraph(CAMERAS_HEAVY_OWN, 2, 3)
            second = own.paragraph(CAMERAS_OWN, 2, 3)
            template = [
                CAMERAS_LETTER[0],
                CAMERAS_LETTER[1],
                share,
                first,
                second,
                CAMERAS_LETTER[5],
            ]
            body, _ = assemble(rng, who, template, [])
            personal = "\n\n".join((first, second))
        else:
            letter = CAMERAS_LETTER
            template = [
                letter[0],
                letter[1],
                share,
                letter[2],
                letter[3],
                keep,
                letter[4],
                letter[5],
            ]
            mine = [own.paragraph(CAMERAS_OWN)] if rng.random() < 0.55 else []
            paragraphs: list[tuple[str, bool]] = [(p, False) for p in template]
            for text in mine:  # never between a lead-in and its quote
                at = rng.choice((0, 4, 7, 8))
                paragraphs.insert(at, (text, True))
            parts = [*greeting(rng), *(p for p, _ in paragraphs), *sign_off(rng, who)]
            body = "\n\n".join(parts)
            personal = "\n\n".join(p for p, m in paragraphs if m)
        drafts.append(
            Draft(Row("CAMERAS", body, who, "cameras-staff", tier, False, personal), minute(rng))
        )
    return drafts


# --------------------------------------------------------------------------------------------
# pool-stories: one line of statement, a long story

POOL_TITLE = "KEEP FERNCLIFF SWIMMING"
POOL_STATEMENT = (
    "I oppose closing Ferncliff Pool under Item 11.",
    "Please fund its repair in the 2027 budget instead of building a splash pad.",
)
POOL_FOOTER = "Shared through the Keep Ferncliff Swimming story wall. Each story is delivered to the council as its own comment."
POOL_HEAVY_ASK = (
    "Find the money for the pool in next year's budget; a splash pad is no place to learn to swim.",
    "Fix the pool instead of pouring a slab of concrete with sprinklers on it.",
    "Put the repair in the 2027 budget and let the kids keep their deep end.",
)
STORY_INTRO = (
    "I learned to swim at Ferncliff in {year}, the summer my family moved to {street}.",
    "{Kin} took {n} summers of lessons at Ferncliff, starting at age {age}.",
    "I have swum laps at Ferncliff at {hour} every weekday morning for {years} years.",
    "My first job was lifeguarding at Ferncliff in {year}.",
    "I am {old} and the Ferncliff pool is the only exercise my knees still allow.",
    "We walk to Ferncliff from {street} almost every afternoon in July.",
    "Ferncliff is where I taught {kin} to float, in the shallow end by the snack window.",
    "I moved to Varrow Bend in {year} and the pool was the first place I felt at home.",
)
STORY_MIDDLE = (
    "The nearest other public pool is in Harlow, {mins} minutes away on two buses.",
    "A splash pad is fine for toddlers, but {kin} is {age} and needs deep water to learn.",
    "Lessons cost {price} dollars for the whole summer, which was the only way we could afford them.",
    "Half the kids on {street} cannot swim, and the Millbrook runs right behind the school.",
    "The lifeguards there taught me more about showing up on time than any teacher did.",
    "On the hottest days of {year} the pool was the only cool place within walking distance.",
    "My doctor told me to swim after my hip surgery in {year}, and Ferncliff made that possible.",
    "I met most of my neighbours on that pool deck, waiting for the {hour} session.",
    "The staff report puts the repairs at $2.8 million, and I would pay my share of that gladly.",
    "When the pool closed for {n} weeks in {year}, the kids on {street} had nowhere to go.",
    "My father taught me the butterfly there, and I taught {kin} the same stroke {n} summers ago.",
    "The Saturday family swim is the one thing {kin} and I never miss.",
    "We cannot afford the club pool in Harlow, which charges {price} dollars a month.",
    "I volunteered at the swim meets there for {n} summers and saw kids from every part of town.",
)
STORY_CLOSE = (
    "Please do not take this away from the next kid on {street}.",
    "Fix the pool and we will fill it.",
    "I will be at the meeting with {kin}, who insists on wearing a swim cap.",
    "Keep it open for at least the next {n} summers while you find the money.",
    "A city that cannot teach its children to swim has its priorities backwards.",
    "I am asking you to remember the people who use it, not just the cost of the pipes.",
)


def story(rng: random.Random, own: Own) -> str:
    while True:
        own.kin = rng.choice(KIN)
        intro = own.fill(rng.choice(STORY_INTRO))
        middle = [own.fill(f) for f in rng.sample(STORY_MIDDLE, rng.randint(2, 4))]
        close = own.fill(rng.choice(STORY_CLOSE))
        sentences = [intro, *middle, close]
        if len(set(sentences)) < len(sentences):
            continue
        if rng.random() < 0.5:
            cut = rng.randint(2, len(sentences) - 1)
            text = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
        else:
            text = " ".join(sentences)
        if text not in own.said:
            own.said.add(text)
            return text


def pool_stories(rng: random.Random, people: People, own: Own) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 46, 3):
        who = people.someone(0.15)
        mine = story(rng, own)
        if tier == "heavy":
            ask = rng.choice(POOL_HEAVY_ASK)
            line = f"{POOL_STATEMENT[0]} {ask}"
            parts = [POOL_TITLE, line, mine, POOL_FOOTER]
            personal = f"{ask}\n\n{mine}"
        else:
            line = " ".join(POOL_STATEMENT)
            title = [POOL_TITLE] if rng.random() < 0.8 else []
            footer = [POOL_FOOTER] if rng.random() < 0.75 else []
            middle = [line, mine] if rng.random() < 0.8 else [mine, line]
            parts = [*title, *middle, *footer]
            personal = mine
        tail = sign_off(rng, who) if rng.random() < 0.5 else []
        body = "\n\n".join([*parts, *tail])
        drafts.append(
            Draft(Row("POOL", body, who, "pool-stories", tier, False, personal), minute(rng))
        )
    return drafts


# --------------------------------------------------------------------------------------------
# trees-reorder: middle paragraphs in any order, a third drop one

TREES_OPEN = "I am asking you to amend Item 12 so that the Delmont Avenue sidewalk rebuild saves the street's sycamores."
TREES_MIDDLE = (
    "The plan removes 212 sycamores planted in the 1930s, more than half of the mature canopy in the Delmont neighbourhood. Replacement saplings would take forty years to give the same shade.",
    "City crews measured summer pavement on Delmont Avenue at 14 degrees cooler than on treeless Pruett Street last July. Those trees are the neighbourhood's air conditioning.",
    "Other cities have rebuilt sidewalks around old trees with ramped slabs, curving walks and rubber pavers. Staff's own consultant listed these options and priced them at $410,000 more, about 9 percent of the project.",
    "The trees also soak up stormwater that would otherwise run into the Millbrook culvert, which flooded twice last spring.",
)
TREES_CLOSE = "Please direct staff to bring back a design that keeps every healthy tree. Fix the sidewalks, save the sycamores."
TREES_HEAVY_KEPT = "Staff's own consultant listed these options and priced them at $410,000 more, about 9 percent of the project."
TREES_OWN = (
    "The sycamore in front of my house on {street} is older than anyone on the block.",
    "I trip on the Delmont sidewalk every week, and I still want the trees kept.",
    "In {year} a sycamore shaded my whole porch through the heat wave.",
    "{Kin} counts the sycamores on the walk to school; there are {n}0 on our stretch.",
    "I have lived on Delmont for {years} years and the trees are why I bought here.",
    "The shade on {street} is the only reason I can still walk in August at {old}.",
    "My basement flooded in {year} when the culvert backed up.",
    "$410,000 is a small price for a street that looks like this.",
)
TREES_HEAVY_OWN = (
    "Nobody on my block is against fixing the sidewalks, we just want it done around the trees.",
    "When the city cut down the maples on {street} in {year}, the new trees died within {n} years.",
    "I walk Delmont with a cane and I would still rather have the trees and a ramped slab.",
    "Ask the consultant to come walk the street with us before you vote.",
)


def trees_reorder(rng: random.Random, people: People, own: Own) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 54, 4):
        who = people.someone(0.15)
        if tier == "heavy":
            first = own.paragraph(TREES_HEAVY_OWN, 2, 3)
            second = own.paragraph(TREES_OWN, 2, 3)
            template = [TREES_OPEN, first, f"{TREES_HEAVY_KEPT} {second}", TREES_CLOSE]
            body, _ = assemble(rng, who, template, [])
            personal = "\n\n".join((first, second))
        else:
            middle = list(TREES_MIDDLE)
            rng.shuffle(middle)
            if rng.random() < 1 / 3:
                middle.pop(rng.randrange(len(middle)))
            template = (
                [TREES_CLOSE, TREES_OPEN, *middle]
                if rng.random() < 0.2
                else [TREES_OPEN, *middle, TREES_CLOSE]
            )
            mine = [own.paragraph(TREES_OWN)] if rng.random() < 0.55 else []
            body, personal = assemble(rng, who, template, mine)
        drafts.append(
            Draft(Row("TREES", body, who, "trees-reorder", tier, False, personal), minute(rng))
        )
    return drafts


# --------------------------------------------------------------------------------------------
# trees-coalition: one letter, one organisation per row

COALITION = (
    "On behalf of the organisation named below, we join the Delmont Access Coalition in supporting Item 12 as proposed.",
    "Delmont Avenue's sidewalks have been heaved and broken by tree roots for more than a decade. People who use wheelchairs, walkers and strollers now travel in the street between parked cars and traffic.",
    "The rebuild brings 2.3 miles of sidewalk up to the accessibility standard and adds 46 curb ramps. Any redesign would push construction back at least two years.",
    "We support replanting every removed tree, two for one, as the plan provides. Please approve Item 12 without further delay.",
)
COALITION_HEAVY_KEPT = "The rebuild brings 2.3 miles of sidewalk up to the accessibility standard and adds 46 curb ramps."
ORGS = (
    (
        "Varrow Bend Independent Living Center",
        "Executive Director",
        "Our members who use power chairs have stopped going to the Delmont library branch altogether; two of them were clipped by side mirrors last year.",
    ),
    (
        "Delmont Senior Lunch Club",
        "Coordinator",
        "Eleven of the people who eat with us on Tuesdays live within four blocks of Delmont Avenue, and most of them now take a taxi for a trip they could walk.",
    ),
    (
        "Tollbridge Low Vision Society",
        "Board Chair",
        "A cane finds a heaved slab too late, and the roots on Delmont have lifted some slabs by several inches.",
    ),
    (
        "Parents of Pruett Elementary",
        "President",
        "Families pushing strollers to Pruett Elementary cross to the street side because the sidewalk is impassable in places.",
    ),
    (
        "Millbrook Deaf Community Association",
        "Director",
        "Walking in the roadway is dangerous for anyone who cannot hear a car coming up behind them.",
    ),
    (
        "Varrow Bend Stroke Survivors Group",
        "Facilitator",
        "Our members relearn walking outdoors, and Delmont is the route their physical therapists avoid.",
    ),
    (
        "Ashgrove Home Care Cooperative",
        "General Manager",
        "Our aides visit clients on Delmont daily and have filed three injury reports from falls on the broken walk.",
    ),
    (
        "Kessel Valley Wheelchair Sports",
        "Program Director",
        "Athletes who train at the Delmont gym roll in the bike lane for the last half mile because the curb ramps are missing.",
    ),
    (
        "Friends of the Delmont Branch Library",
        "Secretary",
        "Story time attendance from the senior apartments dropped after the city put warning cones on the worst stretches.",
    ),
    (
        "Varrow Bend Parkinson's Support Circle",
        "Co-founder",
        "A shuffle step and an uneven slab are a fall waiting to happen, and several of our members have already had one.",
    ),
    (
        "Osier Street Tenants Association",
        "Chair",
        "Our building has forty residents over seventy, and the walk to the Delmont bus stop is the one they dread most.",
    ),
    (
        "Regional Council of the Blind, Varrow Bend Chapter",
        "Chapter President",
        "Guide dog handlers tell us the Delmont route is the one they reroute around, adding blocks to every trip.",
    ),
    (
        "Varrow Bend Veterans Mobility Project",
        "Outreach Lead",
        "Veterans who came home with prosthetics should not have to choose between a tree and a safe walk to the clinic.",
    ),
    (
        "St. Anselm Adult Day Program",
        "Program Manager",
        "Our van cannot drop clients at the door on Delmont, and the walk from the corner is too rough for them.",
    ),
    (
        "Cardew Street Cerebral Palsy Family Network",
        "Coordinator",
        "Our kids' walkers catch on every crack, and Delmont has more cracks than any street on the school route.",
    ),
    (
        "Varrow Bend Hospice Volunteers",
        "Volunteer Director",
        "Volunteers who push patients out for fresh air have told us Delmont is simply not usable.",
    ),
)
COALITION_HEAVY_EXTRA = (
    "We love the sycamores too, and the two-for-one replanting answers that; a sidewalk people cannot use answers nothing.",
    "Delay is not neutral: each year the roots lift the slabs further and more of our people stay home.",
)


def trees_coalition(rng: random.Random, people: People) -> list[Draft]:
    drafts = []
    heavy_at = set(rng.sample(range(len(ORGS)), 2))
    for i, (org, title, paragraph) in enumerate(ORGS):
        who = people.named(tld="example.org")
        block = (
            f"{who.name}\n{title}, {org}\n{rng.randrange(100, 2400)} {rng.choice(STREETS)}, "
            f"Varrow Bend\n555-01{rng.randrange(10, 100)}"
        )
        if i in heavy_at:
            extra = COALITION_HEAVY_EXTRA[len([h for h in heavy_at if h < i])]
            parts = [COALITION[0], paragraph, f"{COALITION_HEAVY_KEPT} {extra}", COALITION[3]]
            personal = f"{paragraph}\n\n{extra}"
            tier = "heavy"
        else:
            at = rng.choice((1, 3, 4))
            parts = [*COALITION]
            parts.insert(at, paragraph)
            personal = paragraph
            tier = "core"
        body = "\n\n".join([rng.choice(GREETINGS), *parts, "Signed,", block])
        drafts.append(
            Draft(Row("TREES", body, who, "trees-coalition", tier, False, personal), minute(rng))
        )
    return drafts


# --------------------------------------------------------------------------------------------
# residents: their own words, the campaigns' vocabulary

RESIDENTS: dict[str, tuple[str, ...]] = {
    "LOT": (
        "Yes on 7.",
        "Sell it.",
        "Keep the lot.",
        "Build the homes!",
        "I live two doors down from the Ashgrove Street lot. It is empty most nights and people use it to do donuts at 2 a.m. Housing would be a relief.",
        "Hearthline's building on Osier Street is well run and I have never had a complaint about it as a neighbour.",
        "I am torn on this. We need housing badly, but the merchants on Ashgrove have had a hard three years and losing the lot will hurt them.",
        "Why not both? Put a ground-floor public parking level under the Hearthline building and keep forty spaces.",
        "The 1,900 figure gets repeated a lot. Where does it come from, and how many of those homes would these 140 actually cover?",
        "Sixty percent of median is still more than a lot of people in my building make. I would like to see some units set lower.",
        "The Tenney Street garage is not safe at night for a woman walking alone. If you sell the lot, fix the garage lighting first.",
        "$3.4 million sounds like a lot until you compare it with what the land will be worth in ten years.",
        "Vendo tamales los sábados en el mercado y descargo en ese estacionamiento. Si lo venden, ¿dónde vamos a estacionar?",
        "Necesitamos vivienda asequible en Varrow Bend. Mis hijos ya no pueden pagar la renta aquí.",
        "I support the sale, with a condition: Hearthline should sign a local hiring agreement for the construction.",
        "Ashgrove Street businesses survived the pandemic without the council's help; the least you can do is not take their parking.",
        "Please put this off until the Corwin Yard study is done. It would be a shame to sell the lot and then learn the other site was better.",
        "My grandmother has been on the waiting list for senior housing since 2019. Every new affordable unit matters.",
    ),
    "CAMERAS": (
        "No cameras.",
        "Approve item 9",
        "Support.",
        "Someone broke into three cars on Kettering Way last month and the police had nothing to go on. I would welcome the cameras.",
        "Forty-eight cameras for a city this size seems like far more than we need. Start with six at the freeway exits and see.",
        "Who is Sentrylane and where are they based? I could not find their privacy policy anywhere on the city's site.",
        "I want the police to catch car thieves, but I do not want a list of every trip I take. There must be a middle ground.",
        "My catalytic converter was stolen twice. I am for anything that helps, including plate readers.",
        "Las cámaras no nos hacen más seguros. Mi familia tiene miedo de manejar al trabajo.",
        "The contract should say in plain words that no data goes to immigration authorities. If it can't say that, vote no.",
        "Can the council publish the list of agencies already on the vendor's network before voting? That seems basic.",
        "I'm a retired detective. Plate readers solved cases for us, but we deleted the reads after 48 hours and never missed them.",
        "Over a million dollars for cameras while the library is closed on Sundays. Priorities.",
        "I support the cameras if there is an annual public audit of every search run on the system.",
    ),
    "POOL": (
        "Save the pool!",
        "Splash pad, please.",
        "Keep Ferncliff open.",
        "I use Ferncliff every summer. Please keep it.",
        "As a parent of two toddlers, a splash pad would actually serve my family better than a pool we never use. I know I'm in the minority on this item.",
        "$2.8 million for a sixty-year-old pool that will need more repairs in five years does not add up. Build the splash pad and a new pool when we can afford one.",
        "Ferncliff's locker rooms are in awful shape and nobody has fixed the broken showers since 2023. If you keep it, actually maintain it.",
        "The swim team I coach practices at Ferncliff four mornings a week. There is no other pool in town with lanes we can book.",
        "Mis hijos aprendieron a nadar en Ferncliff. Por favor no lo cierren.",
        "Could the city partner with the school district on a new pool instead? The high school has land behind the gym.",
        "A splash pad runs six months a year at most and needs no lifeguards. That is the real reason for this item, and the council should say so.",
        "The pool's deep end is the only place in Varrow Bend to hold a lifeguard certification class. Without it, where will the next guards train?",
        "My neighbour drowned in the Millbrook when we were kids in 1979. He never learned to swim. Please keep the pool.",
        "I would like to see the repair estimate broken down. Is the $2.8 million for the pool shell, the pumps, or both?",
        "Keep it open one more summer while a fundraising committee tries to close the gap.",
        "Our church youth group holds its end-of-year party at Ferncliff every June, and every kid on Hobb Street looks forward to it.",
        "Ferncliff is beautiful at dusk in August. It is one of the few places where the whole town mixes.",
        "The splash pad plan includes shade structures and benches, which the pool deck badly lacks. I'd support the pad if the pool money really isn't there.",
    ),
    "TREES": (
        "Save the sycamores.",
        "Fix the sidewalks.",
        "Amend item 12",
        "Approve 12 as is.",
        "I use a walker and I have fallen twice on Delmont Avenue. I love the trees but I need a sidewalk I can use.",
        "Surely there is a design that keeps most of the sycamores and still meets the accessibility rules. Please ask for one.",
        "Those sycamores drop sap and seed balls all over every car on the street. I would not miss them.",
        "212 trees is the entire character of Delmont. Please do not turn it into another Pruett Street.",
        "The two-for-one replanting sounds good on paper, but the saplings the city planted on Vane Avenue in 2018 are mostly dead.",
        "I walk my kids to Pruett Elementary along Delmont. We walk in the street because the sidewalk is broken. Something has to change.",
        "Los árboles de Delmont dan sombra a toda la cuadra. En verano sin ellos no se puede caminar.",
        "Do the rebuild in phases and have an arborist look at each tree before it comes down. Some are surely sick, some are surely fine.",
        "My basement on Millbrook Drive flooded in the spring storms. I'd like to know what losing the trees means for runoff before you vote.",
        "I have waited eleven years for a usable sidewalk on my block. Please do not delay it another two.",
        "Ramped slabs and rubber pavers are used all over the county. Why was this never offered at the neighbourhood meeting?",
        "I support item 12 as written. The canopy will grow back; people who cannot leave their homes do not get those years back.",
    ),
}
RESIDENT_QUOTERS = (
    (
        "The staff report says",
        STAFF_SHARING,
        "So other police departments could search our plates without the council ever knowing. Add a list of allowed agencies to the contract and I might support it.",
    ),
    (
        "From the report:",
        STAFF_RETENTION,
        "Thirty days seems reasonable to me. Stolen car reports often come in a week late, and a shorter window would make the system useless.",
    ),
    (
        "Page 4 of the report:",
        STAFF_COST,
        "For that price we could hire two more officers for the five years. I'd rather have people than cameras.",
    ),
    (
        "I read the staff report, and this line worries me most:",
        STAFF_SHARING,
        "Subject to the Department's policy means subject to whatever the chief decides next year.",
    ),
    (
        "Quoting the staff report,",
        STAFF_RETENTION,
        "What counts as an active investigation, and who decides? I support cameras, but that phrase needs a definition.",
    ),
    (
        "The report is clear:",
        STAFF_COST,
        "The General Fund is already short for street repair. Put this to the voters or find a grant.",
    ),
    (
        "According to staff,",
        STAFF_RETENTION,
        "That is shorter than the 90 days I expected. I am reassured and support the contract.",
    ),
    (
        "Everyone should read this sentence in the report:",
        STAFF_SHARING,
        "That's a yes from staff that the data leaves the city. I can't support that.",
    ),
    (
        "Staff wrote:",
        STAFF_COST,
        "I support it. A little over $240,000 a year is a fair price if it stops the car break-ins on Kettering Way.",
    ),
    (
        "The staff report on item 9 says this:",
        STAFF_SHARING,
        "I run a small towing business and we already deal with plate data under state rules. The city should hold Sentrylane to the same rules we follow.",
    ),
    (
        "Please note,",
        STAFF_RETENTION,
        "My cousin's town used the same kind of system and kept the reads for a year by accident. Ask for an audit clause.",
    ),
    (
        "In the report:",
        STAFF_COST,
        "Is that the whole cost, or does it leave out the officer time to review the hits?",
    ),
)


def residents(rng: random.Random, people: People) -> list[Draft]:
    drafts = []
    for item, texts in RESIDENTS.items():
        for text in texts:
            who = people.someone(0.2)
            parts = [text]
            if len(text.split()) > 12 and rng.random() < 0.5:
                parts = [*greeting(rng), text, *sign_off(rng, who)]
            body = "\n\n".join(parts)
            drafts.append(Draft(Row(item, body, who), minute(rng)))
    for lead, sentence, reaction in RESIDENT_QUOTERS:
        who = people.someone(0.2)
        quote = quoted(rng, sentence)
        text = (
            f"{lead}\n\n{quote}\n\n{reaction}"
            if rng.random() < 0.6
            else f"{lead} {quote} {reaction}"
        )
        body = "\n\n".join([text, *sign_off(rng, who)])
        drafts.append(Draft(Row("CAMERAS", body, who), minute(rng)))
    return drafts


# --------------------------------------------------------------------------------------------
# spam

SPAM = (
    (
        "LOT",
        "Roof leaking before winter? Free inspection this week only, seniors 15% off. Call Summit Peak Roofing at 555-0142 or write to roofs@example.com today",
    ),
    (
        "CAMERAS",
        "Boost your website to page one of Google in 30 days! Guaranteed SEO results or your money back. Reply for a free audit: rank@example.net",
    ),
    (
        "POOL",
        "Préstamos rápidos sin aval, aprobación en 24 horas. Escríbanos por WhatsApp al 555-0177 y reciba su dinero hoy mismo.",
    ),
    (
        "TREES",
        "Ganhe R$ 5.000 por semana trabalhando de casa! Vagas limitadas, clique no link e cadastre-se: http://renda.example.com",
    ),
    ("LOT", "Лучшие кредиты для бизнеса без проверки. Звоните 555-0163, одобрение за один день!"),
    ("CAMERAS", "专业代写论文，保证原创，价格优惠。加微信咨询，快速交稿。邮箱 essay@example.org"),
    (
        "POOL",
        "Vay tiền nhanh không cần thế chấp, giải ngân trong ngày. Liên hệ 555-0188 để được tư vấn miễn phí.",
    ),
    (
        "TREES",
        "Gagnez de l'argent avec les crypto-monnaies ! Doublez votre investissement en 7 jours. Inscription: http://crypto.example.net",
    ),
    (
        "LOT",
        "Günstige Medikamente ohne Rezept, diskreter Versand in 48 Stunden. Jetzt bestellen: pharma@example.com",
    ),
    ("CAMERAS", "احصل على قرض شخصي فوري بدون ضمانات. اتصل الآن 555-0119"),
    (
        "POOL",
        "Kazançlı yatırım fırsatı! Günde 500 TL kazanın, hemen kayıt olun: http://kazanc.example.org",
    ),
    (
        "TREES",
        "ダイエットサプリ今だけ半額！飲むだけで1ヶ月マイナス10キロ。ご注文はこちら http://diet.example.com",
    ),
)


def spam(rng: random.Random, people: People) -> list[Draft]:
    return [
        Draft(Row(item, text, people.someone(0.3), spam=True), minute(rng)) for item, text in SPAM
    ]


# --------------------------------------------------------------------------------------------


def generate(seed: int) -> list[dict[str, Any]]:
    """The evening's rows in arrival order, each as ``Row.as_dict``."""
    rng = random.Random(seed)
    people = People(rng)
    own = Own(rng)
    drafts = [
        *lot_ab(rng, people, own),
        *lot_counter(rng, people, own),
        *cameras_staff(rng, people, own),
        *pool_stories(rng, people, own),
        *trees_reorder(rng, people, own),
        *trees_coalition(rng, people),
        *residents(rng, people),
        *spam(rng, people),
    ]
    drafts.sort(key=lambda d: d.minute)
    named = [
        i
        for i, d in enumerate(drafts)
        if d.row.who.email and not d.row.spam and d.row.campaign != "trees-coalition"
    ]
    while True:  # far enough apart that no resubmission lands between another and its first
        resent = sorted(rng.sample(named, 6), reverse=True)
        if all(a - b > 4 for a, b in pairwise(resent)):
            break
    for at in resent:
        first = drafts[at].row
        again = Row(
            first.item,
            first.body,
            first.who,
            first.campaign,
            first.tier,
            first.spam,
            first.personal,
            duplicate=True,
        )
        drafts.insert(at + rng.randint(1, 3), Draft(again, drafts[at].minute, resend=True))
    return [d.row.as_dict() for d in drafts]
