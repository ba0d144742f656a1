"""A sixth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 11 (4 December 2026, in about twenty-five minutes) by a helper
who did not read the labelling engine (``intake/text/``, ``intake/labelling/``),
``docs/labelling.md``, ``docs/spam.md``, nor the text banks of the other generators. It read
issue 14, the real eComment export in ``../shared/seeds/`` (a personal paragraph before a pasted
letter, numbered demands, an organisation's letter with its letterhead), and, for the interface
only, ``corpus_row.Row``, the ``Corpus``/``Record`` dataclasses and the ``generated_fifth``
wiring of ``labelling_quality.py``, the fifth generator's docstring and public names, and the
fifth generator's shape test. Its author never ran the labeller or the benchmark on it. Read it
once, blind; never tune on it.

Its emphasis is the personal text of campaign copies (what each sender added). Four items of an
invented city, Port Amsel (seed 1801):

* ``rental-cap`` (150 copies, 20 heavy): a tenants' letter on a short-term rental cap, with
  salutations and sign-offs in many shapes and languages, the greeting glued to the first
  sentence on one line, fill-in lines (name, street address, phone, years lived here) in several
  phrasings at the end or in the middle, personal paragraphs before, after or inside the letter,
  copies that reword one or two of its sentences, unfilled placeholders ("[YOUR NAME]",
  "<insert story>") and the campaign tool's instruction lines pasted in;
* ``rental-es`` (14): the same tenants' letter in Spanish, a campaign of its own;
* ``water-spun`` (60): a mail-merge against a water rate rise, spun inside sentences (every
  sentence from slots of four phrasings; no two copies share a whole sentence);
* ``water-petition`` (80): a one-line petition on the same item, many senders anonymous;
* ``shelter-neighbours`` (40, 6 heavy): a neighbourhood letter on a winter shelter site whose
  first copy is long (over 450 words) and mostly the sender's own; its fill-in sits mid-letter;
* ``shelter-faith`` (25): congregations' letter on the same item, on the other side;
* ``curfew-trio`` (3): the smallest campaign, on a music-venue curfew.

Plus 120 residents' own comments on the four items (no sentence of six words or more said twice;
own words, in comments and added paragraphs alike, are one lead clause and one detail clause per
sentence, each pair used once, so a clause recurs in the words of up to about twenty senders),
8 resubmissions (same sender, same e-mail, same words), anonymous senders who are distinct
people, and 12 spam in several kinds and languages.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` ("core"/"heavy"), ``spam``,
``duplicate`` and ``personal``: the sender's own paragraphs (and the rewritten middle of a heavy
edit), joined by blank lines. Never personal: salutations, sign-offs and signature names, fill-in
lines, placeholders, instruction lines, and reworded template sentences. A paragraph glued to a
greeting is personal without the greeting. Names and streets are invented; e-mails are
example.com/.org/.net and phone numbers 555-01xx.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corpus_row import Row

SEED = 1801
NAME = "generated-sixth"

RENTAL = "2026-05102"
WATER = "2026-05109"
SHELTER = "2026-05115"
CURFEW = "2026-05121"
ITEMS = (
    (
        RENTAL,
        "Item 3: Ordinance capping whole-home short-term rentals at 90 nights a year and "
        "requiring a host registration number on every listing",
    ),
    (
        WATER,
        "Item 7: Five-year water and sewer rate schedule, including an 18 percent increase "
        "in the first year",
    ),
    (
        SHELTER,
        "Item 11: Lease of the former Dunmore bus depot as a 60-bed winter shelter",
    ),
    (
        CURFEW,
        "Item 14: 11 p.m. amplified-music curfew for outdoor venues in the Saltmarket district",
    ),
)

COPIES = {
    "rental-cap": 150,
    "rental-es": 14,
    "water-spun": 60,
    "water-petition": 80,
    "shelter-neighbours": 40,
    "shelter-faith": 25,
    "curfew-trio": 3,
}
HEAVY = {"rental-cap": 20, "shelter-neighbours": 6}
RESIDENTS = 120
RESUBMISSIONS = 8
ANONYMOUS_NAMES = ("Anonymous", "", "N/A", "Name withheld", "anon", "A Resident", "-")

FIRST = [
    "Marisol",
    "Teodora",
    "Anselm",
    "Birgit",
    "Cassius",
    "Delphine",
    "Emeric",
    "Fenna",
    "Gideon",
    "Halina",
    "Ignatius",
    "Juno",
    "Kasimir",
    "Leocadia",
    "Mattias",
    "Noor",
    "Oriel",
    "Perpetua",
    "Quill",
    "Rosalind",
    "Soren",
    "Tamsin",
    "Ulric",
    "Vesna",
    "Wendeline",
    "Xavi",
    "Yolanda",
    "Zeno",
    "Amara",
    "Benedikt",
    "Carys",
    "Dorian",
    "Elspeth",
    "Florian",
    "Greer",
    "Hollis",
]
LAST = [
    "Quintavalle",
    "Brackenbury",
    "Oyelaran",
    "Strandquist",
    "Pemberton-Ruiz",
    "Haldane",
    "Vukovic",
    "Marchetti",
    "Thistlewood",
    "Abernathy",
    "Okonkwo-Lee",
    "Ferreira",
    "Lindqvist",
    "Castellanos",
    "Dunmore-Hale",
    "Ashgrove",
    "Nakashima",
    "Petrakis",
    "Wolcott",
    "Delacroix-Ng",
    "Szabo",
    "Ravensworth",
    "Mbeki",
    "Fairbanks",
]
STREETS = (
    "Tollgate Lane",
    "Cooper's Row",
    "Eelbrook Street",
    "Harrow Terrace",
    "Minnow Court",
    "Saltmarket Way",
    "Wicklow Avenue",
    "Juniper Steps",
    "Ferrier Road",
    "Lanternhill Drive",
)


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    postal_code: str | None
    street: str


class Build:
    """The seeded state every part draws from: the random stream, who has been used, and
    which of the own-words sentences are taken (so nobody's own words repeat anyone else's)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        names = [f"{f} {last}" for f in FIRST for last in LAST]
        self.rng.shuffle(names)
        self.names = names
        self.own: dict[str, list[str]] = {}
        for item, (leads, details) in OWN_WORDS.items():
            pairs = [f"{lead} {detail}" for lead in leads for detail in details]
            self.rng.shuffle(pairs)
            self.own[item] = pairs

    def person(self, anonymous: bool = False) -> Person:
        street = f"{self.rng.randint(2, 998)} {self.rng.choice(STREETS)}"
        if anonymous:
            return Person(self.rng.choice(ANONYMOUS_NAMES), None, None, street)
        name = self.names.pop()
        user = name.lower().replace(" ", ".").replace("'", "")
        domain = self.rng.choice(("example.com", "example.org", "example.net"))
        postal = self.rng.choice((None, f"9{self.rng.randint(4100, 4199)}"))
        return Person(name, f"{user}@{domain}", postal, street)

    def sentences(self, item: str, count: int) -> list[str]:
        return [self.own[item].pop() for _ in range(count)]

    def paragraph(self, item: str, low: int = 1, high: int = 2) -> str:
        return " ".join(self.sentences(item, self.rng.randint(low, high)))


# Own words: every sentence is one lead and one detail, each pair used once in the corpus.
OWN_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RENTAL: (
        (
            "Three of the flats on my landing",
            "Since the cruise terminal reopened, the building across from mine",
            "My sister, who works nights at the fish market,",
            "When my landlord sold up last spring, the new owner",
            "Half the doorbells on our block",
            "The corner house where I grew up",
            "Our tenants' association counted that one building on the hill",
            "A retired teacher downstairs from me",
            "Every summer weekend the stairwell next to my unit",
            "The couple who ran the bakery below us",
            "What used to be a four-family house near the ferry",
            "My son, a nurse at Saint Brigid's,",
            "The lockbox hanging on our railing",
            "A friend from my choir",
            "The flat my grandmother rented for forty years",
            "Our street's only family-sized apartment",
            "The duplex next to the primary school",
            "A coworker at the shipyard",
            "The studio above the hardware shop",
            "My neighbour's daughter, back from college,",
        ),
        (
            "now has suitcases rolling past at two in the morning.",
            "was turned into nightly lets within a month.",
            "had to move forty minutes inland to find a lease.",
            "sits empty from October until the tourists come back.",
            "cannot get a repair because the owner lives abroad.",
            "has changed hands twice and neither buyer lives here.",
            "lost a long-term tenant so a listing could go up.",
            "tells me the deposit alone is now two months' pay.",
            "is proof that the market has stopped housing people.",
            "makes the whole street feel like a hotel corridor.",
            "was listed for more per night than my weekly rent.",
            "has been on a waiting list for subsidised housing for years.",
            "turned my quiet landing into a check-in desk.",
            "no longer knows a single neighbour by name.",
            "was advertised with a hot tub and a 'no locals' rule.",
            "now books out every weekend from May to September.",
            "gave up looking and moved in with her parents.",
            "was turned down for eleven flats in one month.",
        ),
    ),
    WATER: (
        (
            "Our laundromat on the high street",
            "My mother, who is on a fixed pension,",
            "The community garden I volunteer at",
            "The plumbing firm I have worked at for twenty years",
            "The daycare my grandson attends",
            "Our small brewery",
            "My last quarterly bill",
            "The church hall we rent for meetings",
            "A widower on my street",
            "The dentist's office I manage",
            "Our family of six",
            "My neighbour who runs a car wash",
        ),
        (
            "already pays more for water than for electricity.",
            "had to stop watering the vegetable beds in August.",
            "would have to raise prices again if this passes.",
            "has seen pipes from the 1930s that nobody replaced.",
            "cannot absorb a jump like this in a single year.",
            "was estimated instead of read for three quarters running.",
            "asked me whether she should stop using the washing machine.",
            "got no notice of the hearing until a flyer appeared.",
            "uses less water than five years ago and still pays more.",
            "would welcome a phased schedule it could plan around.",
            "found a leak the utility took six weeks to fix.",
        ),
    ),
    SHELTER: (
        (
            "Last January I found a man asleep in the bus shelter on Ferrier Road, and he",
            "My wife volunteers at the soup kitchen and she",
            "The old depot behind our garden",
            "When the cold snap hit in February our street",
            "I walk my dog past the depot every evening and the lot",
            "Our kids' school is four blocks away and the principal",
            "A man I used to work with at the docks",
            "The pharmacy on the corner",
            "My late father slept rough for a winter in the eighties and he",
            "The neighbourhood watch meeting last week",
            "Our church's coat drive",
            "The empty depot yard",
            "My brother, who spent two winters in his car,",
            "The night bus driver I chat with",
            "The parents' group at Harrow Terrace school",
        ),
        (
            "has been dark and fenced off for six years.",
            "says the warming centre turned people away at midnight.",
            "has had more break-ins since it closed than before.",
            "told me a shelter saved his life after his divorce.",
            "would rather see lights and staff than an empty lot.",
            "asked the city twice for a plan and heard nothing.",
            "ran out of blankets by the second week of December.",
            "is closer to the clinic than any other site on the list.",
            "saw three ambulances in one night during the freeze.",
            "was promised a community meeting that never happened.",
            "needs a real management plan before the doors open.",
            "has watched the waiting list double in two years.",
            "saw people queuing in the sleet at six in the evening.",
        ),
    ),
    "es": (
        (
            "Mi vecina de enfrente",
            "El edificio donde vivo desde hace años",
            "Mi hermano, que trabaja en el puerto,",
            "La familia del segundo piso",
            "El dueño de mi apartamento",
            "Una amiga de la parroquia",
        ),
        (
            "tuvo que mudarse lejos porque subieron el alquiler.",
            "ahora solo recibe turistas los fines de semana.",
            "no encuentra un piso que pueda pagar.",
            "vendió la casa a una empresa de alquiler vacacional.",
            "paga casi la mitad de su sueldo en renta.",
        ),
    ),
    CURFEW: (
        (
            "I run the sound desk at the Pier Shed and I",
            "My bedroom window faces the Saltmarket stage and I",
            "Our jazz trio",
            "The summer concerts on the quay",
            "As a bartender on Saltmarket Way I",
            "My toddler",
            "The food stalls by the harbour wall",
            "Our residents' group",
            "A busker I know",
            "The festival my cousin organises",
        ),
        (
            "lose a third of my shifts if the music stops at eleven.",
            "have measured the bass at my window past one in the morning.",
            "started the only paid gigs we ever had on that stage.",
            "bring people into the district who would never come otherwise.",
            "wake up at midnight more nights than not in July.",
            "would close an hour after the music does anyway.",
            "asked the venues for a sound limiter three summers ago.",
            "plays acoustic sets that would be caught by this rule.",
            "would move to another town if the curfew passes.",
            "only wants the weeknight shows to end at a decent hour.",
        ),
    ),
}


@dataclass(frozen=True)
class Letter:
    opening: str
    middle: tuple[str, ...]
    closing: str
    reworded: dict[str, str]  # a middle sentence and how some senders reword it: still template


RENTAL_LETTER = Letter(
    opening="I am writing as a renter in Port Amsel to ask you to adopt the short-term rental "
    "cap in Item 3 without weakening amendments.",
    middle=(
        "Every whole home rented by the night is a home taken off the long-term market.",
        "Rents in the harbour wards have risen faster than wages for five years in a row.",
        "A cap of 90 nights a year still lets residents rent a spare room or their home "
        "while they travel.",
        "The registration number on every listing is the only way the city can enforce the "
        "rules it already has.",
        "Please reject any exemption for owners of more than one property.",
    ),
    closing="Keep Port Amsel a place where the people who work here can afford to live.",
    reworded={
        "Every whole home rented by the night is a home taken off the long-term market.": (
            "Each entire house let out nightly means one fewer home for people who live here."
        ),
        "Please reject any exemption for owners of more than one property.": (
            "I urge you not to exempt people who own several properties."
        ),
        "Rents in the harbour wards have risen faster than wages for five years in a row.": (
            "For five straight years rents near the harbour have outpaced what people earn."
        ),
    },
)
RENTAL_ES = Letter(
    opening="Les escribo como inquilino de Port Amsel para pedirles que aprueben el límite a "
    "los alquileres de corta estancia del punto 3.",
    middle=(
        "Cada vivienda alquilada por noches es una vivienda menos para quienes viven aquí.",
        "Los alquileres en los barrios del puerto suben más rápido que los sueldos.",
        "El número de registro en cada anuncio es la única forma de hacer cumplir las normas.",
    ),
    closing="Queremos seguir viviendo en la ciudad donde trabajamos.",
    reworded={},
)
SHELTER_LETTER = Letter(
    opening="As neighbours of the Dunmore depot we ask the Council to postpone the lease in "
    "Item 11 until a good neighbour agreement is signed.",
    middle=(
        "We do not oppose a winter shelter in our part of town.",
        "We do oppose a sixty-bed site opening with no operator named and no budget for staff "
        "at night.",
        "The depot sits between a primary school and the only pharmacy in the area.",
        "A good neighbour agreement should set out security, a contact line that is answered, "
        "and a monthly meeting with residents.",
        "Other cities opened smaller sites in several neighbourhoods instead of one large one.",
    ),
    closing="Give us a plan we can support and we will help make it work.",
    reworded={
        "We do not oppose a winter shelter in our part of town.": (
            "Let me be clear that we are not against a winter shelter near us."
        ),
        "Other cities opened smaller sites in several neighbourhoods instead of one large one.": (
            "Elsewhere, cities spread smaller shelters across many neighbourhoods rather than "
            "one big site."
        ),
    },
)
FAITH_LETTER = Letter(
    opening="On behalf of the congregations of the Port Amsel Interfaith Table, we urge you to "
    "approve the Dunmore depot lease tonight.",
    middle=(
        "Last winter our halls sheltered people on the coldest nights with volunteers and "
        "folding cots.",
        "That is not enough, and it was never meant to last.",
        "A staffed shelter with sixty beds would keep people alive from November to March.",
        "Our members are ready to cook, drive and sit with guests as they did before.",
    ),
    closing="Every night of delay is a night someone spends outside.",
    reworded={},
)
CURFEW_LETTER = Letter(
    opening="Please do not pass the 11 p.m. curfew for outdoor music in the Saltmarket.",
    middle=(
        "Live music is the reason visitors come to the district in the first place.",
        "A decibel limit measured at the nearest homes would protect sleep without closing stages.",
    ),
    closing="Talk with the venues before you vote.",
    reworded={},
)

SALUTATIONS = (
    "Dear Mayor Ibsen and Councilmembers,",
    "Dear Council,",
    "To the Port Amsel City Council:",
    "Hello,",
    "Hi all -",
    "Good evening Councilmembers",
    "Dear Honorable Members of the Council,",
    "Greetings,",
    "Bonjour,",
    "Dear Sir or Madam,",
)
SALUTATIONS_ES = (
    "Estimados miembros del Concejo:",
    "Buenas tardes,",
    "Hola,",
    "A quien corresponda:",
)
SIGN_OFFS = (
    "Sincerely,\n{name}",
    "Thank you,\n{name}",
    "Best regards, {name}",
    "Respectfully,\n{name}\n{street}",
    "- {name}",
    "Thanks for your time. {name}",
    "Cordialement,\n{name}",
    "Warmly,\n{name}\nSent from my phone",
    "{name}",
    "Regards\n\n{name}",
)
SIGN_OFFS_ES = ("Atentamente,\n{name}", "Saludos,\n{name}", "Gracias,\n{name}", "Un saludo, {name}")
ANONYMOUS_SIGN_OFFS = ("Sincerely,\nA concerned renter", "Thank you.", "Regards", "")
FILL_INS = (
    "My name is {name} and I live at {street}.",
    "Name: {name}\nAddress: {street}, Port Amsel\nPhone: {phone}",
    "I am {name}, a resident of {street} for {years} years.",
    "{name}\n{street}\n{phone}",
    "Signed, {name} ({street}), living in Port Amsel for {years} years",
    "Full name: {name} | Street: {street} | Years in the city: {years}",
    "I have lived at {street} for {years} years. My phone is {phone}.",
    "Resident: {name}, {street}. Contact: {phone}",
)
FILL_INS_ES = ("Me llamo {name} y vivo en {street}.", "Nombre: {name}\nDirección: {street}")
PLACEHOLDERS = (
    "[YOUR NAME]",
    "[YOUR ADDRESS]",
    "<insert story>",
    "[ADD A SENTENCE ABOUT WHY THIS MATTERS TO YOU]",
    "{{first_name}} {{last_name}}",
    "[Name, street, years lived in Port Amsel]",
)
INSTRUCTIONS = (
    "Copy and paste the text below into the eComment box:",
    "--- Paste the letter below, add your story, then submit ---",
    "TEMPLATE (edit the bracketed parts before sending)",
    "Click 'Comment' on Item 3 and paste this:",
    "Suggested comment:",
)


def phone(rng: random.Random) -> str:
    return f"({rng.randint(200, 989)}) 555-01{rng.randint(0, 99):02d}"


@dataclass
class Copy:
    """One sender's copy being assembled: its lines, and the paragraphs that are their own."""

    lines: list[str]
    own: list[str]


def _template_lines(
    b: Build, letter: Letter, heavy: bool, item: str
) -> tuple[list[str], list[str]]:
    """The letter's sentences as this sender sent them, and any rewritten middle (their own)."""
    rng = b.rng
    if heavy:
        kept = sorted(rng.sample(range(len(letter.middle)), rng.choice((2, 3))))
        rewritten = b.paragraph(item, 3, 3)
        middle = [letter.middle[i] for i in kept]
        middle.insert(rng.randint(1, len(middle)), rewritten)
        return [letter.opening, *middle, letter.closing], [rewritten]
    middle = list(letter.middle)
    if letter.reworded and rng.random() < 0.25:
        for original in rng.sample(sorted(letter.reworded), rng.choice((1, 2))):
            middle[middle.index(original)] = letter.reworded[original]
    return [letter.opening, *middle, letter.closing], []


def _fill_in(b: Build, who: Person, spanish: bool) -> str:
    shape = b.rng.choice(FILL_INS_ES if spanish else FILL_INS)
    return shape.format(
        name=who.name, street=who.street, phone=phone(b.rng), years=b.rng.randint(2, 41)
    )


def _layout(rng: random.Random, sentences: list[str]) -> str:
    """One sentence a line, or paragraphs of two or three, as people paste letters."""
    if rng.random() < 0.5:
        return "\n".join(sentences)
    groups, at = [], 0
    while at < len(sentences):
        step = rng.choice((2, 3))
        groups.append(" ".join(sentences[at : at + step]))
        at += step
    return "\n\n".join(groups)


def letter_copy(
    b: Build, letter: Letter, item: str, who: Person, heavy: bool, spanish: bool = False
) -> tuple[str, list[str]]:
    """A member's body and their own paragraphs, in the order they appear."""
    rng = b.rng
    anonymous = who.email is None
    sentences, own = _template_lines(b, letter, heavy, item)
    before = b.paragraph(item) if rng.random() < 0.3 else None
    inside = b.paragraph(item) if rng.random() < 0.15 else None
    after = b.paragraph(item) if rng.random() < 0.35 else None
    if inside:
        sentences.insert(rng.randint(2, len(sentences) - 1), inside)
    fill = None if anonymous or rng.random() < 0.15 else _fill_in(b, who, spanish)
    if fill and rng.random() < 0.35:
        sentences.insert(rng.randint(1, len(sentences) - 1), fill)
        fill = None
    if rng.random() < 0.12:
        sentences.insert(rng.randint(1, len(sentences)), rng.choice(PLACEHOLDERS))
    body = _layout(rng, sentences)
    salutation = rng.choice(SALUTATIONS_ES if spanish else SALUTATIONS)
    if rng.random() < 0.3:
        body = f"{salutation} {body}"  # the greeting glued to the first sentence
    elif rng.random() < 0.7:
        body = f"{salutation}\n\n{body}"
    parts = [body]
    if before:
        parts.insert(0, before)
    if rng.random() < 0.08 and not spanish:
        parts.insert(0, rng.choice(INSTRUCTIONS))
    if after:
        parts.append(after)
    if fill:
        parts.append(fill)
    if anonymous:
        parts.append(rng.choice(ANONYMOUS_SIGN_OFFS))
    elif rng.random() < 0.8:
        sign = rng.choice(SIGN_OFFS_ES if spanish else SIGN_OFFS)
        parts.append(sign.format(name=who.name, street=who.street))
    ordered = [p for p in (before, *own, inside, after) if p]
    return "\n\n".join(p for p in parts if p), ordered


def letter_campaign(
    b: Build,
    campaign: str,
    letter: Letter,
    item: str,
    anonymous_share: float = 0.1,
    own_words: str | None = None,
) -> list[Row]:
    count = COPIES[campaign]
    heavy = set(b.rng.sample(range(1, count), HEAVY.get(campaign, 0)))
    rows = []
    for n in range(count):
        who = b.person(anonymous=b.rng.random() < anonymous_share)
        spanish = own_words == "es"
        body, own = letter_copy(b, letter, own_words or item, who, n in heavy, spanish)
        tier = "heavy" if n in heavy else "core"
        rows.append(Row(item, body, who, campaign, tier, personal="\n\n".join(own)))
    return rows


def shelter_neighbours(b: Build) -> list[Row]:
    """Its first copy is a long letter, mostly the sender's own, with the template inside."""
    rows = letter_campaign(b, "shelter-neighbours", SHELTER_LETTER, SHELTER)
    first = rows[0]
    own = [b.paragraph(SHELTER, 5, 5) for _ in range(5)]
    letter = SHELTER_LETTER
    body = "\n\n".join(
        [
            "Dear Council,",
            own[0],
            own[1],
            letter.opening,
            " ".join(letter.middle[:3]),
            own[2],
            " ".join(letter.middle[3:]),
            own[3],
            letter.closing,
            own[4],
            f"Sincerely,\n{first.who.name}",
        ]
    )
    rows[0] = Row(SHELTER, body, first.who, first.campaign, "core", personal="\n\n".join(own))
    return rows


SPUN: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (
        "{0} the {1} water rate {2}.",
        (
            ("I oppose", "I am against", "I cannot support", "Please vote down"),
            ("proposed", "planned", "new", "recommended"),
            ("increase in Item 7", "hike on tonight's agenda", "schedule", "jump of 18 percent"),
        ),
    ),
    (
        "{0} households {1} {2}.",
        (
            ("Working", "Retired", "Ordinary", "Renting"),
            ("in Port Amsel", "across the city", "like mine", "on every block"),
            (
                "are already stretched thin",
                "cannot take another bill going up",
                "have had enough increases",
                "are paying more each month",
            ),
        ),
    ),
    (
        "{0} the utility {1} {2} before asking for more.",
        (
            ("First", "At the very least", "I ask that", "It is only fair that"),
            ("should", "must", "needs to", "ought to"),
            (
                "publish an audit",
                "fix its billing errors",
                "show where the last increase went",
                "cut its own overhead",
            ),
        ),
    ),
    (
        "{0} a {1} increase {2}.",
        (
            ("Please consider", "I would accept", "Council should adopt", "Why not"),
            ("phased", "smaller", "gradual", "capped"),
            ("over five years", "tied to inflation", "with a low-income discount", "instead"),
        ),
    ),
)


def _spun_copy(combo: Sequence[tuple[int, ...]], who: Person, rng: random.Random) -> str:
    sentences = []
    for (shape, slots), pick in zip(SPUN, combo, strict=True):
        text = shape.format(*(slots[s][i] for s, i in enumerate(pick)))
        sentences.append(text[0].upper() + text[1:])
    greeting = rng.choice(("Dear Council,", "Councilmembers,", "To the Council:"))
    signature = rng.choice(("{name}, {street}", "Signed: {name}", "From {name} at {street}"))
    return "\n".join([greeting, *sentences, signature.format(name=who.name, street=who.street)])


def water_spun(b: Build) -> list[Row]:
    """Every copy takes a different phrasing of every sentence: no whole sentence is shared."""
    count = COPIES["water-spun"]
    picks = []
    for _, slots in SPUN:
        options = list(itertools.product(*(range(len(s)) for s in slots)))
        picks.append(b.rng.sample(options, count))
    rows = []
    for n in range(count):
        who = b.person()
        body = _spun_copy([p[n] for p in picks], who, b.rng)
        rows.append(Row(WATER, body, who, "water-spun", "core", personal=""))
    return rows


PETITION = "No 18 percent water hike: phase any increase in over five years."


def water_petition(b: Build) -> list[Row]:
    rows = []
    for _ in range(COPIES["water-petition"]):
        who = b.person(anonymous=b.rng.random() < 0.4)
        line = PETITION if b.rng.random() < 0.7 else PETITION.upper()
        own = b.sentences(WATER, 1)[0] if b.rng.random() < 0.2 else ""
        body = f"{line} {own}".strip() if own else line
        if who.email and b.rng.random() < 0.5:
            body += f" - {who.name}"
        rows.append(Row(WATER, body, who, "water-petition", "core", personal=own))
    return rows


RESIDENT_OPENERS = {
    RENTAL: ("On the rental cap:", "About Item 3.", "", "Short-term rentals.", ""),
    WATER: ("Re water rates:", "Item 7 comment.", "", "", "About the water bill."),
    SHELTER: ("Re: Dunmore depot.", "", "About the shelter.", "", "Item 11."),
    CURFEW: ("Saltmarket curfew:", "", "About Item 14.", ""),
}
RESIDENT_SHARE = {RENTAL: 40, WATER: 30, SHELTER: 30, CURFEW: 20}


def residents(b: Build) -> list[Row]:
    """Residents' own comments: own-words sentences nobody else sent."""
    rows = []
    for item, count in RESIDENT_SHARE.items():
        for _ in range(count):
            who = b.person(anonymous=b.rng.random() < 0.15)
            opener = b.rng.choice(RESIDENT_OPENERS[item])
            text = b.paragraph(item, 1, 3)
            body = f"{opener} {text}".strip()
            rows.append(Row(item, body, who))
    return rows


SPAM = (
    "Cheap flights to anywhere!!! http://fly-cheap.example.net/deal?id=77 book now",
    "hello hello hello hello hello hello hello hello hello hello hello hello",
    "http://x7.example.org http://x8.example.org http://x9.example.org",
    "Поздравляем! Вы выиграли 50 000 рублей. Заберите приз: http://priz.example.net",
    "Gana dinero desde casa, 3000€ al mes. Escríbenos: ganar@example.net",
    "最好的减肥药 立即购买 http://pill.example.com 八折优惠",
    "Boost your site ranking with our SEO backlinks package http://seo.example.com",
    "asdkj qweoiu zxmcnb lkjasd poiqwe mnbzxc",
    "Verdienen Sie 5000 € pro Woche! Jetzt klicken: http://geld.example.org",
    "Hot singles near the Saltmarket want to meet you http://date.example.net",
    "Crypto giveaway! Send 0.1 BTC, get 1 BTC back. Contact win@example.com now",
    "Casino bonus 200% sur votre premier dépôt http://casino.example.org",
)


def spam(b: Build) -> list[Row]:
    items = [key for key, _ in ITEMS]
    return [Row(b.rng.choice(items), text, b.person(), spam=True) for text in SPAM]


def resubmit(b: Build, stream: list[Row], count: int) -> None:
    """Some named senders post again: same e-mail, same words (sometimes re-spaced)."""
    named = [i for i, row in enumerate(stream) if row.who.email]
    for at in sorted(b.rng.sample(named, count), reverse=True):
        row = stream[at]
        body = row.body if b.rng.random() < 0.5 else row.body.replace("\n\n", "\n") + "\n"
        again = Row(row.item, body, row.who, row.campaign, row.tier, row.spam, row.personal, True)
        stream.insert(b.rng.randint(at + 1, len(stream)), again)


def interleave(rng: random.Random, streams: Sequence[list[Row]]) -> list[Row]:
    """Merge the streams in a random order that keeps each stream's own order."""
    queues = [list(s) for s in streams if s]
    out: list[Row] = []
    while queues:
        weights = [len(q) for q in queues]
        queue = rng.choices(queues, weights)[0]
        out.append(queue.pop(0))
        queues = [q for q in queues if q]
    return out


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus in arrival order, one dict per comment (``Row.as_dict``)."""
    b = Build(seed)
    shelter = shelter_neighbours(b)  # its long first copy takes own words first
    campaigns = [
        letter_campaign(b, "rental-cap", RENTAL_LETTER, RENTAL),
        letter_campaign(b, "rental-es", RENTAL_ES, RENTAL, own_words="es"),
        water_spun(b),
        water_petition(b),
        shelter,
        letter_campaign(b, "shelter-faith", FAITH_LETTER, SHELTER),
        letter_campaign(b, "curfew-trio", CURFEW_LETTER, CURFEW, anonymous_share=0.0),
    ]
    stream = interleave(b.rng, [*campaigns, residents(b)])
    resubmit(b, stream, RESUBMISSIONS)
    rows = interleave(b.rng, [stream, spam(b)])
    return [row.as_dict() for row in rows]
