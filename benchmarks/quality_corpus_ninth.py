"""A ninth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 13 (4 December 2026, in about an hour) by a helper who did not
read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md`` nor the engine's unit tests. It read, for the interface and to avoid repeating
their shapes, ``labelling_quality.py`` (``Record``/``Corpus``, the registry, personal F1), the
seventh and eighth generators, ``corpus_row.Row``, ``tests/corpus_shapes.py`` and the eighth's
shape test. Its author never ran the labeller or the benchmark on it. Read it once, blind; never
tune on it.

One contested council night in an invented city, Kelderwick (seed 2101), four items, rows in
arrival order (each row gets an arrival time; the night is sorted by it):

* ``fenwright-cyclists`` (90 copies, 12 heavy) and ``fenwright-shops`` (50, 5 heavy): two
  OPPOSING campaigns on the Fenwright Avenue bike lanes, each letter quoting the other side's
  claim word for word inside its own sentence ("... warns that the lanes will \\"cut off our
  customers ...\\""), and the shops' letter quoting the cyclists' slogan. Truth: two campaigns;
  they must not merge.
* ``registry-tenants`` (100 copies, 8 heavy): a tenants' union letter REVISED halfway through the
  night. Copies arriving early carry version 1 (10 sentences), later ones version 2, which keeps 7
  of version 1's sentences (64% of its own 11), rewrites three and adds a fill-in contact block
  (``Name:``/``Street:``/``Email or phone:``). Truth: ONE campaign across both versions.
* ``registry-tenants-es`` (22): version 1 translated into Spanish. Truth: a campaign of its own
  (the words are not the same letter's words; the same choice as the fourth and seventh corpora).
* ``registry-landlords`` (70): a two-sentence letter from small landlords, beside residents' long
  comments on the registry that use the same vocabulary (registry, inspections, fee, landlord,
  small buildings) but none of its sentences.
* ``ostrey-friends`` (75 copies, 15 heavy): a seven-paragraph library letter. Shapes: the letter
  pasted twice in one comment (6); pasted inside an e-mail reply (8), the sender's note on top,
  then ``On Tue, ... wrote:`` and the letter re-wrapped at 68 columns under ``> ``; the sender's
  own paragraph between two template paragraphs (10); a ``P.S.`` after the sign-off (8); heavy
  copies that keep only two or three of its sentences (15), some with a short own line.
* ``cutler-dogs`` (6): a small two-sentence campaign for an off-leash area.

Plus 104 residents' own comments written one by one (one line to several paragraphs): 17 of them
reuse one or two campaigns' slogans ("Paint is not protection.", "Every renter deserves a safe
home.", ...) inside their own prose, and are unique comments, not members. 6 resubmissions (same
sender, same e-mail, same words), anonymous senders ("Anonymous", blank, "N/A", "name withheld",
...) who are distinct people, and 12 spam in several kinds and languages.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` ("core" = a clear copy, including
pasted-twice, quoted-reply and own-text-in-the-middle copies; "heavy" = only two or three of the
letter's sentences survive), ``spam``, ``duplicate`` and ``personal``: the sender's own words
joined by blank lines ("" when none). Personal: own paragraphs wherever they stand (top, middle,
end, the note above a quoted reply), the text of a P.S. without its ``P.S.`` mark, own sentences
that carry the sender's name, street, e-mail or phone, and, departing from the fifth to eighth
corpora on purpose, the VALUES a sender typed into the tenants' fill-in block (one per line,
without the template's ``Name:`` labels; an unfilled ``________`` line is not personal). Never
personal: salutations, sign-offs, a bare signature name, the ``On ... wrote:`` line, ``> ``
marks, template sentences (either version). Names and streets are invented; e-mails are
example.com/.org/.net and phone numbers 555-01xx.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

SEED = 2101
NAME = "generated-ninth"
BIKES = "2026-09312"
REGISTRY = "2026-09318"
LIBRARY = "2026-09325"
PARK = "2026-09331"
ITEMS = (
    (BIKES, "Fenwright Avenue complete street: protected bike lanes and removal of 140 parking "
     "spaces between Cask Street and the river bridge"),
    (REGISTRY, "Ordinance 26-41: rental housing registry and periodic inspection program"),
    (LIBRARY, "Consolidation of the Ostrey and Pike Hill branch libraries into a Harlan Road hub"),
    (PARK, "Fenced off-leash dog area on the east lawn of Cutler Park"),
)  # fmt: skip
COPIES = {
    "fenwright-cyclists": 90,
    "fenwright-shops": 50,
    "registry-tenants": 100,
    "registry-tenants-es": 22,
    "registry-landlords": 70,
    "ostrey-friends": 75,
    "cutler-dogs": 6,
}
HEAVY = {
    "fenwright-cyclists": 12,
    "fenwright-shops": 5,
    "registry-tenants": 8,
    "ostrey-friends": 15,
}
TENANTS_V1_COPIES = 52  # the rest of registry-tenants carry version 2
FRIENDS_SHAPES = {"reply": 8, "middle": 10, "postscript": 8, "twice": 6}  # own text first
RESUBMISSIONS = 6
ANONYMOUS_NAMES = (
    "Anonymous", "", "N/A", "name withheld", "Name Withheld", "anonymous", "-", "Not given",
)  # fmt: skip

FIRST = (
    "Abena", "Bartholomew", "Ciaran", "Dagny", "Efua", "Florian", "Greer", "Halvard", "Ilse",
    "Joaquin", "Kerensa", "Leopold", "Marisol", "Niamh", "Orrin", "Petra", "Radomir", "Solveig",
    "Tamsin", "Uriel", "Valentina", "Wilhelmina", "Yusuf", "Zofia", "Ambrose", "Beatrix",
    "Cyprian", "Desta", "Evander", "Faustina", "Gwilym", "Hyacinth", "Ignatius", "Juno",
)  # fmt: skip
LAST = (
    "Achterberg", "Bellweather", "Coldicott", "Drummond-Hale", "Eversleigh", "Fitzwarren",
    "Grimshaw", "Holloway", "Iredale", "Jellicoe", "Kilbride", "Lockhart", "Montague-Obi",
    "Northcote", "Ormerod", "Penhallow", "Quennell", "Radcliffe", "Swithin", "Tolliver",
    "Urquhart", "Vellacott", "Westerby", "Youngblood", "Zamoyski", "Ashdown", "Brackenbury",
)  # fmt: skip
STREETS = (
    "Gorse Row", "Marl Street", "Cask Street", "Harlan Road", "Pike Hill Road", "Tenter Lane",
    "Bellfounder Way", "Osier Close", "Fenwright Avenue", "Copperbeech Drive", "Lantern Yard",
)  # fmt: skip
POSTAL = ("KW1 3RB", "KW2 8DL", "KW3 5NF", "KW4 2TJ", "KW2 6PQ")
DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Person:
    """A sender: a name (maybe an anonymous one), an e-mail and a postal code, both optional."""

    name: str
    email: str | None
    postal_code: str | None


class People:
    """Hands out senders: each named one once, anonymous ones with no contact data."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pairs = [(f, last) for f in FIRST for last in LAST]
        rng.shuffle(self.pairs)

    def named(self) -> Person:
        first, last = self.pairs.pop()
        mail = None
        if self.rng.random() < 0.8:
            local = self.rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{first[0]}"))
            mail = f"{local.lower()}@{self.rng.choice(DOMAINS)}"
        postal = self.rng.choice(POSTAL) if self.rng.random() < 0.5 else None
        return Person(f"{first} {last}", mail, postal)

    def any(self, anonymous_share: float) -> Person:
        if self.rng.random() < anonymous_share:
            return Person(self.rng.choice(ANONYMOUS_NAMES), None, None)
        return self.named()


def anonymous(who: Person) -> bool:
    return who.name in ANONYMOUS_NAMES


def phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 979)}) 555-01{rng.randint(0, 99):02d}"


@dataclass(frozen=True)
class Letter:
    """A campaign's template: paragraphs, each a tuple of sentences (so nothing re-splits them)."""

    paragraphs: tuple[tuple[str, ...], ...]

    def texts(self) -> list[str]:
        return [" ".join(p) for p in self.paragraphs]

    def sentences(self) -> list[str]:
        return [s for p in self.paragraphs for s in p]

    def text(self) -> str:
        return "\n\n".join(self.texts())


@dataclass
class Body:
    """A comment being assembled: its paragraphs and the sender's own words among them."""

    parts: list[str] = field(default_factory=list)
    own: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)

    def mine(self, text: str, shown: str | None = None) -> None:
        """An own paragraph; ``shown`` is how it appears when a mark (``P.S.``) goes before it."""
        self.parts.append(shown or text)
        self.own.append(text)

    def text(self) -> str:
        return "\n\n".join(self.parts)

    def personal(self) -> str:
        return "\n\n".join(self.own)


# --------------------------------------------------------------------------- greetings

SALUTATIONS = (
    "Dear Mayor Okonjo-Reyes and Council,",
    "Councillors,",
    "To the members of Kelderwick City Council,",
    "Good evening,",
    "Dear Council Members,",
    "Hello Mayor and Council,",
    "To the Clerk, for the record:",
)
SIGN_OFFS = ("Sincerely,", "Many thanks,", "Kind regards,", "Yours,", "Thank you for listening,")


def greet(b: Body, rng: random.Random, share: float) -> None:
    if rng.random() < share:
        b.add(rng.choice(SALUTATIONS))


def sign(b: Body, rng: random.Random, who: Person, share: float) -> None:
    if rng.random() >= share:
        return
    off = rng.choice(SIGN_OFFS)
    b.add(off if anonymous(who) or rng.random() < 0.25 else f"{off}\n{who.name}")


# --------------------------------------------------------------------------- letters

CLAIM_SHOPS = "The lanes will cut off our customers and empty the storefronts on Fenwright."
CLAIM_CYCLISTS = "Protected lanes will cut serious crashes on Fenwright by half."
CYCLISTS = Letter(
    (
        (
            "I am writing in support of the protected bike lanes proposed for Fenwright Avenue "
            "between Cask Street and the river bridge.",
        ),
        (
            "Fenwright is the most direct route across the east side, and it is also the street "
            "where most of Kelderwick's cycling injuries happen.",
            "Eleven people on bikes were hit there in the last three years, two of them children "
            "riding to Brightwater Middle School.",
            CLAIM_CYCLISTS,
        ),
        (
            'The Fenwright Business Association warns that the lanes will "cut off our customers '
            'and empty the storefronts on Fenwright."',
            "The city's own parking study found that fewer than one in five shoppers on the Avenue "
            "arrives by car, and that the busiest block has empty spaces at every hour of the day.",
        ),
        (
            "Paint is not protection.",
            "A painted line did nothing for the riders who were hit last year, and a curb with a "
            "row of planters would have.",
        ),
        (
            "Please approve the lanes as designed, with full curb separation, and do not water "
            "them down into another painted stripe.",
        ),
    )
)
SHOPS = Letter(
    (
        (
            "As a business owner or customer on Fenwright Avenue, I ask Council to reject the "
            "plan to remove 140 parking spaces for a protected bike lane.",
        ),
        (
            'Cycling groups claim that "protected lanes will cut serious crashes on Fenwright by '
            'half."',
            "That figure comes from big-city corridors with ten times our traffic, not from a "
            "two-lane avenue in a city of our size.",
        ),
        (
            CLAIM_SHOPS,
            "Our members depend on short stops: the pharmacy, the bakery, the dry cleaner and the "
            "hardware store.",
        ),
        (
            'Supporters like to say "paint is not protection," but a lower speed limit and '
            "better crossings would protect everyone without taking a single space.",
            "Fenwright works for everyone, not just for bikes.",
        ),
        (
            "Please vote no on the parking removal and send the plan back for a design that keeps "
            "the Avenue open for business.",
        ),
    )
)

TENANTS_V1 = Letter(
    (
        (
            "I support the rental housing registry and the inspection program in the ordinance "
            "before you tonight.",
            "Every renter deserves a safe home.",
        ),
        (
            "Right now the city only inspects a rental unit after a tenant files a complaint, and "
            "many tenants never complain because they fear losing their lease.",
            "A registry with regular inspections puts the burden where it belongs, on the "
            "condition of the building and not on the courage of the tenant.",
        ),
        (
            "The registration fee in the draft is $45 per unit per year, less than four dollars a "
            "month.",
            "Landlords who already keep their buildings in good repair have nothing to fear from "
            "an inspector.",
        ),
        (
            "Mould, broken heat and missing smoke alarms are not rare in Kelderwick.",
            "The city's own complaint log shows more than 600 heating complaints last winter "
            "alone.",
        ),
        (
            "Please pass the registry ordinance without the amendment that would exempt buildings "
            "of four units or fewer.",
            "Most renters in this city live in exactly those buildings.",
        ),
    )
)
TENANTS_V2 = Letter(
    (
        TENANTS_V1.paragraphs[0],
        TENANTS_V1.paragraphs[1],
        (
            "Staff have now paired the $45 fee with a hardship waiver for owners of one or two "
            "units, so the cost argument no longer holds.",
            TENANTS_V1.paragraphs[2][1],
        ),
        (
            TENANTS_V1.paragraphs[3][0],
            "Last winter the city logged more than 600 calls about heat, and that counts only the "
            "tenants who dared to pick up the phone.",
        ),
        (
            "Please pass the ordinance tonight as amended by staff, with an inspection every three "
            "years and no exemption for small buildings.",
            TENANTS_V1.paragraphs[4][1],
        ),
        ("If you would like to hear from me directly, my details are below.",),
    )
)
FILL_LABELS = ("Name: ", "Street: ", "Email or phone: ")
BLANK = "________________"
TENANTS_ES = Letter(
    (
        (
            "Apoyo el registro de viviendas de alquiler y el programa de inspecciones de la "
            "ordenanza que ustedes consideran esta noche.",
            "Toda persona que alquila merece un hogar seguro.",
        ),
        (
            "Hoy la ciudad solo inspecciona una vivienda de alquiler después de que el inquilino "
            "presenta una queja, y muchos inquilinos nunca se quejan por miedo a perder su "
            "contrato.",
            "Un registro con inspecciones periódicas pone la responsabilidad donde corresponde: "
            "en el estado del edificio y no en el valor del inquilino.",
        ),
        (
            "La cuota de registro del borrador es de 45 dólares por unidad al año, menos de cuatro "
            "dólares al mes.",
            "Los propietarios que ya mantienen sus edificios en buen estado no tienen nada que "
            "temer de un inspector.",
        ),
        (
            "El moho, la calefacción averiada y la falta de detectores de humo no son raros en "
            "Kelderwick.",
            "El propio registro de quejas de la ciudad muestra más de 600 quejas por calefacción "
            "solo el invierno pasado.",
        ),
        (
            "Les pido que aprueben la ordenanza sin la enmienda que excluiría a los edificios de "
            "cuatro unidades o menos.",
            "La mayoría de los inquilinos de esta ciudad vive precisamente en esos edificios.",
        ),
    )
)
LANDLORDS = Letter(
    (
        (
            "I own a small rental property in Kelderwick and I oppose the registry fee and the "
            "mandatory inspections in this ordinance.",
            "Good landlords should not pay for bad ones, so please vote no.",
        ),
    )
)
FRIENDS = Letter(
    (
        (
            "I am writing to ask Council not to close the Ostrey Branch Library as part of the "
            "proposed consolidation with Pike Hill.",
        ),
        (
            "Ostrey has served the north end since 1961.",
            "It is open six days a week, it lends more children's books per resident than any "
            "other branch, and its meeting room is booked almost every evening by tutoring "
            "groups, a seniors' knitting circle and two English conversation classes.",
        ),
        (
            "The consolidation plan would replace both branches with one hub on the Harlan Road "
            "bypass.",
            "That site has no sidewalk on its north side and is served by a single bus route that "
            "runs every forty minutes.",
            "For the families who walk to Ostrey today, the new hub might as well be in another "
            "town.",
        ),
        (
            "A library you can walk to is a library you use.",
            "Where branches have closed in other cities, visits by children and seniors fell by "
            "half or more once the nearest branch moved beyond walking distance, and they did not "
            "come back.",
        ),
        (
            "The staff report estimates annual savings of $310,000 from consolidation.",
            "That is about three dollars per resident per year.",
            "We think the north end is worth three dollars.",
        ),
        (
            "We ask Council to keep Ostrey open at its current hours, to fund the roof repair in "
            "the 2027 capital budget, and to study a smaller hub at Pike Hill that adds to the "
            "system rather than replacing its branches.",
        ),
        ("Please vote no on the consolidation.",),
    )
)
DOGS = Letter(
    (
        (
            "We support a fenced off-leash area on the east lawn of Cutler Park, well away from "
            "the playground.",
            "Please approve it with the double gates and the water station shown in the plan.",
        ),
    )
)
LETTERS = {
    "fenwright-cyclists": (CYCLISTS,),
    "fenwright-shops": (SHOPS,),
    "registry-tenants": (TENANTS_V1, TENANTS_V2),
    "registry-tenants-es": (TENANTS_ES,),
    "registry-landlords": (LANDLORDS,),
    "ostrey-friends": (FRIENDS,),
    "cutler-dogs": (DOGS,),
}
SLOGANS = (
    "Paint is not protection.",
    "Fenwright works for everyone, not just for bikes.",
    "Every renter deserves a safe home.",
    "A library you can walk to is a library you use.",
    "Good landlords should not pay for bad ones",
)

# --------------------------------------------------------------------------- senders' own words

OWN = {
    "fenwright-cyclists": [
        "I was doored outside the laundromat at Fenwright and Tenter in August and spent two "
        "nights in hospital. The driver never saw me.",
        "My twelve-year-old wants to ride to Brightwater on her own. On Fenwright as it is now, "
        "I can't let her.",
        "I run a bike courier business and half my deliveries go to shops on the Avenue. Bikes "
        "are customers too.",
        "I'm at 27 Gorse Row and you can reach me at (612) 555-0143 if staff want a resident to "
        "ride the route with them at rush hour.",
        "I don't ride, I drive. I still want the lanes, because I'm terrified of hitting "
        "someone on that stretch by the bridge.",
        "Please don't let the planters become an afterthought. They are what makes the curb "
        "visible at night.",
        "I counted the cars parked between Cask and Osier on a Saturday: 31 of 80 spaces were "
        "used at noon.",
        "We sold our second car last year. The lanes are what would make that work long term.",
        "As a physiotherapist I see the injuries. Crashes on arterial roads are the worst ones.",
        "Ride it yourself one morning. Just once.",
        "My father is 81 and rides an adult tricycle to the market on Fenwright. He needs space "
        "that isn't the sidewalk.",
        "Write to me at velo.marl@example.net, I've kept a log of near misses since March.",
        "Winter maintenance matters too. Clear the lanes when you clear the road, please.",
        "I teach at Brightwater. Eleven of my students ride in, and every one of them uses the "
        "sidewalk on Fenwright because the road is too scary.",
        "Thank you to the staff who ran the pop-up lane in June. It worked.",
        "I moved here from a city that built lanes like this and the shops did fine. Better than "
        "fine.",
        "Please build it this year and not in phases over five years.",
        "I'm {first}, I live at 9 Lantern Yard, I ride this every day and I'm asking you to "
        "finish the job.",
        "Bus riders need the crossings fixed too, don't forget the stop by the bridge.",
        "Yes to the lanes. Yes to the curb.",
        "My partner uses a wheelchair and the curb-protected design keeps scooters and bikes off "
        "the sidewalk, which helps her as much as anyone.",
        "I'd rather my tax money go to this than to another parking study.",
        "The delivery loading zones in the plan are a good compromise, keep them.",
        "Last month a truck clipped my handlebar at the river bridge. I was lucky.",
    ],
    "fenwright-shops": [
        "I've run the hardware store on Fenwright for 22 years. My customers carry lumber and "
        "paint, they do not carry it on a bicycle.",
        "Half my clients at the salon are over seventy. They park out front because they can't "
        "walk far.",
        "We lost a third of our sales during the water main work two summers ago. We cannot "
        "survive another year like that.",
        "Call me at (414) 555-0161 and I'll show you the delivery schedule we work around every "
        "morning.",
        "I'm not against cyclists. I'm against losing every space on my block.",
        "The parking study was done in February. Come count in December.",
        "Our bakery opens at six. Suppliers need to stop somewhere.",
        "The city never asked the businesses before drawing this plan.",
        "Put the lanes on Osier Close, one block over, where nobody parks anyway.",
        "I'm a customer, not an owner, and I drive in from Pike Hill to shop on the Avenue. I'll "
        "go to the mall instead.",
        "Please listen to the people who actually pay rent on this street.",
        "My pharmacy delivers prescriptions from the curb to patients who cannot come in.",
        "Fourteen storefronts have signed our letter. That should count for something.",
    ],
    "registry-tenants": [
        "My bedroom ceiling has had black mould since 2024 and the landlord paints over it every "
        "spring.",
        "We went eleven days without heat in January. I have a newborn.",
        "I complained once about the wiring and my lease was not renewed. I never complained "
        "again.",
        "I'm a retired building inspector. A three-year cycle is the minimum that catches "
        "problems before they become fires.",
        "Our building on Marl Street has six units and no working smoke alarm in the stairwell.",
        "The landlord lives out of province and the property manager doesn't answer.",
        "Renting for nineteen years in this city and I've had exactly one good landlord.",
        "I'm a landlord myself, two units, and I support this. It's forty-five dollars.",
        "Please don't let the small-building exemption back in through a later amendment.",
        "My neighbour's kid has asthma and their unit floods every spring.",
        "Inspections protect the good landlords too, they stop being undercut by slumlords.",
        "Thank you Councillor Adeyemi-Park for holding the tenant forum.",
        "I'm 23 and my rent is half my pay. The least I can expect is heat.",
        "Our superintendent disabled the smoke alarm because it kept going off. It's still off.",
        "My name is {name}, I've lived at 14 Tenter Lane for six years, unit 3, and I'd "
        "welcome an inspector tomorrow.",
        "When I asked for repairs I was told there are plenty of people who want my apartment.",
        "Make the registry public so we can look up a building before we sign.",
        "I work nights and can't come to the meeting, so please count this as me standing at the "
        "microphone.",
        "Passing this tonight would be the best thing this council has done for renters.",
        "Our windows don't close. In winter we tape plastic over them.",
        "We have two kids in one bedroom and a broken stove. Still paying full rent.",
        "I support this, and the hardship waiver makes sense to me.",
        "Inspect the basements. That's where the worst units are.",
        "Text me at (503) 555-0127 if anyone on council wants to see our building.",
        "I've written to the landlord four times this year. Nothing.",
    ],
    "registry-tenants-es": [
        "Vivo con mis tres hijos en un apartamento sin calefacción desde noviembre.",
        "El dueño no contesta el teléfono y el techo del baño se está cayendo.",
        "Trabajo en dos empleos y no puedo venir a la reunión. Por favor aprueben esto.",
        "Mi vecina tiene miedo de quejarse porque no quiere perder su casa.",
        "En nuestro edificio de la calle Marl hay ratas y humedad en todas las paredes.",
        "Gracias por escucharnos a los inquilinos.",
    ],
    "registry-landlords": [
        "I rent out the basement of my own house. Inspectors in my home every three years is too "
        "much.",
        "Forty-five dollars is not the problem. The paperwork and the inspection scheduling are.",
        "My one rental unit pays for my retirement. Margins are already thin.",
        "We already have a complaint system. Enforce it.",
        "I've had the same tenant for eleven years and she's never had a complaint.",
        "This will push small owners to sell to the big companies, and then see what tenants get.",
        "The fee will be passed on to tenants, as every fee is.",
        "I keep my duplex in good shape and I resent being treated as a suspect.",
        "Who pays for the inspectors? The fees won't cover it and then the fee goes up.",
        "Exempt owner-occupied buildings at least.",
        "Please talk to the Small Landlords Circle before voting. We were not consulted.",
        "Vote no.",
    ],
    "ostrey-friends": [
        "My son learned to read at Ostrey's Saturday story time. He's fourteen now and "
        "volunteers there.",
        "I'm 79 and I don't drive. The bus to Harlan Road would take me an hour each way.",
        "The English conversation class at Ostrey is how I made my first friends in Kelderwick.",
        "I walked the route to the proposed hub with a stroller last Sunday. Half of it has no "
        "sidewalk at all.",
        "We use the branch computers to do our taxes every spring. There is no other free place "
        "to print in the north end.",
        "I'm on the library board's volunteer list and I'd happily help with a fundraiser for "
        "the roof.",
        "Three dollars a resident. I'll pay mine twice.",
        "Ostrey is where kids go after school when their parents are still at work. Where will "
        "they go instead?",
        "Please come and visit on a Tuesday evening before you vote. The place is full.",
        "I'm {name} from 5 Osier Close; my email is northend.reader@example.org if you'd like "
        "to hear about the homework club.",
        "The knitting circle meets there because half of us can walk to it. That's the point.",
        "I grew up in Pike Hill and I love that branch too, but closing two to open one far "
        "away is a loss, not a saving.",
        "Our book club has met at Ostrey for twenty-two years.",
        "I'm a teacher at North End Elementary and we walk our classes to Ostrey every month.",
        "Fix the roof. It was flagged in 2019.",
        "My daughter used the quiet room to study for her nursing exams. She passed.",
        "A hub on a bypass is a library for cars.",
        "Please keep Ostrey. That's all.",
        "I can be reached at (718) 555-0119 if the Friends need another speaker at the hearing.",
        "The seed library at Ostrey supplies half the community gardens in the north end.",
        "When the power went out in the ice storm, Ostrey was the warming spot for our street.",
        "I moved here for the walkable neighbourhood. The branch is part of that.",
        "The hub plan has no parking budget either, so it isn't even good for drivers.",
        "Keep both branches and add the hub later if the money appears.",
        "The staff at Ostrey know every kid by name.",
        "If the savings are the point, cut the consultant budget for the hub study instead.",
        "Libraries are the last indoor place where nobody expects you to buy anything.",
        "I'd volunteer on Sundays if it meant longer hours.",
        "We collected 1,400 signatures at the farmers' market in two weekends.",
        "My husband has dementia and the Ostrey staff help him find the large-print westerns he "
        "loves. A new building across town would confuse him completely.",
    ],
    "cutler-dogs": [
        "Our dog walking group has twenty regulars who already use the east lawn every morning.",
    ],
}
PS_MARKS = ("P.S. ", "PS: ", "P.S.: ", "ps - ")


class OwnBank:
    """A campaign's own texts, shuffled, each taken by one sender; ``{name}``/``{first}`` in a
    text become the sender's name (a sender who posts anonymously may still sign their words)."""

    def __init__(self, rng: random.Random, people: People, texts: list[str]) -> None:
        self.people = people
        self.texts = list(texts)
        rng.shuffle(self.texts)

    def __bool__(self) -> bool:
        return bool(self.texts)

    def take(self, who: Person) -> str:
        text = self.texts.pop()
        if "{" not in text:
            return text
        name = self.people.named().name if anonymous(who) else who.name
        return text.format(name=name, first=name.split()[0])


def own_texts(rng: random.Random, people: People) -> dict[str, OwnBank]:
    return {key: OwnBank(rng, people, texts) for key, texts in OWN.items()}


# --------------------------------------------------------------------------- copies


def trimmed(rng: random.Random, letter: Letter) -> str:
    """Two or three of ``letter``'s sentences in their order: a heavy copy's remnant."""
    picked = sorted(rng.sample(range(len(letter.sentences())), rng.choice((2, 3))))
    return " ".join(letter.sentences()[i] for i in picked)


def heavy_copy(
    rng: random.Random, who: Person, letter: Letter, own: OwnBank, own_share: float
) -> Body:
    b = Body()
    greet(b, rng, 0.5)
    b.add(trimmed(rng, letter))
    if own and rng.random() < own_share:
        b.mine(own.take(who))
    sign(b, rng, who, 0.6)
    return b


def plain_copy(
    rng: random.Random, who: Person, letter: Letter, own: OwnBank, own_share: float
) -> Body:
    """The letter as is, the sender's own paragraph before or after it (or none)."""
    b = Body()
    greet(b, rng, 0.55)
    texts = letter.texts()
    mine = own.take(who) if own and rng.random() < own_share else None
    before = rng.random() < 0.45
    if mine and before:
        b.mine(mine)
    for text in texts:
        b.add(text)
    if mine and not before:
        b.mine(mine)
    sign(b, rng, who, 0.65)
    return b


def side_copies(
    rng: random.Random, people: People, own: dict[str, OwnBank], campaign: str, item: str
) -> list[tuple[Row, float]]:
    """One side of the bike lanes: clear copies, the heavy ones cut to two or three sentences."""
    (letter,) = LETTERS[campaign]
    rows = []
    for n in range(COPIES[campaign]):
        who = people.any(0.25)
        heavy = n < HEAVY[campaign]
        if heavy:
            b = heavy_copy(rng, who, letter, own[campaign], 0.4)
        else:
            b = plain_copy(rng, who, letter, own[campaign], 0.25)
        rows.append((row(item, b, who, campaign, heavy), rng.random()))
    return rows


def row(item: str, b: Body, who: Person, campaign: str, heavy: bool = False) -> Row:
    return Row(item, b.text(), who, campaign, "heavy" if heavy else "core", False, b.personal())


def fill_in(rng: random.Random, who: Person, b: Body) -> None:
    """Version 2's contact block: filled in (values personal), left blank, or partly filled."""
    roll = rng.random()
    if roll < 0.12 or anonymous(who):
        b.add("\n".join(label + BLANK for label in FILL_LABELS))
        return
    street = f"{rng.randint(2, 140)} {rng.choice(STREETS)}"
    contact = who.email or phone(rng)
    values = [who.name, street, contact]
    if roll < 0.27:
        values[2] = ""
    lines = [label + (value or BLANK) for label, value in zip(FILL_LABELS, values, strict=True)]
    b.add("\n".join(lines))
    b.own.append("\n".join(v for v in values if v))


def tenants(rng: random.Random, people: People, own: dict[str, OwnBank]) -> list[tuple[Row, float]]:
    """Version 1 early in the night, version 2 (with its fill-in block) from about halfway."""
    rows = []
    bank = own["registry-tenants"]
    for n in range(COPIES["registry-tenants"]):
        who = people.any(0.2)
        v1 = n < TENANTS_V1_COPIES
        at = rng.uniform(0.0, 0.6) if v1 else rng.uniform(0.45, 1.0)
        letter = TENANTS_V1 if v1 else TENANTS_V2
        heavy = n % 13 == 0 and n // 13 < HEAVY["registry-tenants"]
        if heavy:
            b = heavy_copy(rng, who, letter, bank, 0.5)
        else:
            b = plain_copy(rng, who, letter, bank, 0.25)
            if not v1:
                b = with_fill_in(rng, who, b)
        rows.append((row(REGISTRY, b, who, "registry-tenants", heavy), at))
    return rows


def with_fill_in(rng: random.Random, who: Person, b: Body) -> Body:
    """``b`` with version 2's fill-in block after its last template paragraph (before any own
    paragraph that closes it, or the sign-off); some senders delete the block."""
    if rng.random() < 0.15:
        return b
    last = max(i for i, p in enumerate(b.parts) if p == TENANTS_V2.texts()[-1])
    out = Body(b.parts[: last + 1], [])
    block = Body()
    fill_in(rng, who, block)
    own_before = [p for p in b.parts[: last + 1] if p in b.own]
    out.parts += block.parts
    out.own = own_before + block.own
    for p in b.parts[last + 1 :]:
        out.parts.append(p)
        if p in b.own:
            out.own.append(p)
    return out


def spanish(rng: random.Random, people: People, own: dict[str, OwnBank]) -> list[tuple[Row, float]]:
    rows = []
    for _ in range(COPIES["registry-tenants-es"]):
        who = people.any(0.35)
        b = Body()
        if rng.random() < 0.6:
            b.add(rng.choice(("Estimados miembros del Concejo:", "Señora alcaldesa y concejales:")))
        bank = own["registry-tenants-es"]
        mine = bank.take(who) if bank and rng.random() < 0.3 else None
        for text in TENANTS_ES.texts():
            b.add(text)
        if mine:
            b.mine(mine)
        if rng.random() < 0.6:
            b.add("Atentamente," if anonymous(who) else f"Atentamente,\n{who.name}")
        rows.append((row(REGISTRY, b, who, "registry-tenants-es"), rng.uniform(0.2, 1.0)))
    return rows


def landlords(
    rng: random.Random, people: People, own: dict[str, OwnBank]
) -> list[tuple[Row, float]]:
    """The two-sentence letter: bare, with a name under it, or with one own line."""
    rows = []
    for _ in range(COPIES["registry-landlords"]):
        who = people.any(0.3)
        b = Body()
        greet(b, rng, 0.2)
        b.add(LANDLORDS.text())
        if own["registry-landlords"] and rng.random() < 0.2:
            b.mine(own["registry-landlords"].take(who))
        sign(b, rng, who, 0.35)
        rows.append((row(REGISTRY, b, who, "registry-landlords"), rng.random()))
    return rows


def quoted(text: str) -> str:
    """``text`` as an e-mail client quotes it: re-wrapped at 68 columns, each line under ``> ``."""
    lines = []
    for paragraph in text.split("\n\n"):
        lines += ["> " + line for line in textwrap.wrap(paragraph, 68)]
        lines.append(">")
    return "\n".join(lines[:-1])


REPLY_HEADERS = (
    "On Tue, Dec 1, 2026 at 7:48 PM Friends of Ostrey Library <friends.ostrey@example.org> wrote:",
    "On Wed, 2 Dec 2026, 09:15 Friends of Ostrey Library, <friends.ostrey@example.org> wrote:",
    "On Dec 3, 2026, at 10:02 PM, Ostrey Friends <friends.ostrey@example.org> wrote:",
)


def friends_copy(rng: random.Random, who: Person, shape: str, own: OwnBank) -> Body:
    texts = FRIENDS.texts()
    b = Body()
    if shape == "reply":
        b.mine(own.take(who))
        if not anonymous(who) and rng.random() < 0.6:
            b.add(who.name.split()[0])
        b.add(rng.choice(REPLY_HEADERS) + "\n" + quoted(FRIENDS.text()))
        return b
    greet(b, rng, 0.6)
    if shape == "middle":
        cut = rng.randint(2, len(texts) - 2)
        for text in texts[:cut]:
            b.add(text)
        b.mine(own.take(who))
        for text in texts[cut:]:
            b.add(text)
        sign(b, rng, who, 0.7)
        return b
    for text in texts:
        b.add(text)
    if shape == "twice":
        if rng.random() < 0.5:
            b.add(rng.choice(SALUTATIONS))
        for text in texts:
            b.add(text)
        if own and rng.random() < 0.4:
            b.mine(own.take(who))
    sign(b, rng, who, 0.8 if shape == "postscript" else 0.6)
    if shape == "postscript":
        text = own.take(who)
        b.mine(text, rng.choice(PS_MARKS) + text)
    return b


def friends(rng: random.Random, people: People, own: dict[str, OwnBank]) -> list[tuple[Row, float]]:
    """The shapes that need an own text come first (arrival times are drawn at random)."""
    shapes = []
    for shape, count in FRIENDS_SHAPES.items():
        shapes += [shape] * count
    shapes += ["heavy"] * HEAVY["ostrey-friends"]
    shapes += ["plain"] * (COPIES["ostrey-friends"] - len(shapes))
    rows = []
    bank = own["ostrey-friends"]
    for shape in shapes:
        who = people.any(0.2)
        if shape == "heavy":
            b = heavy_copy(rng, who, FRIENDS, bank, 0.3)
        elif shape == "plain":
            b = plain_copy(rng, who, FRIENDS, bank, 0.2)
        else:
            b = friends_copy(rng, who, shape, bank)
        rows.append((row(LIBRARY, b, who, "ostrey-friends", shape == "heavy"), rng.random()))
    return rows


def dogs(rng: random.Random, people: People, own: dict[str, OwnBank]) -> list[tuple[Row, float]]:
    rows = []
    for n in range(COPIES["cutler-dogs"]):
        who = people.named()
        b = Body()
        b.add(DOGS.text())
        if n == 0:
            b.mine(own["cutler-dogs"].take(who))
        sign(b, rng, who, 0.8)
        rows.append((row(PARK, b, who, "cutler-dogs"), rng.uniform(0.6, 0.9)))
    return rows


# --------------------------------------------------------------------------- residents

RESIDENTS_TEXT = {
    BIKES: (
        "I cycle Fenwright twice a day and I have been saying for years that paint is not "
        "protection. Last spring a van drifted into the painted lane right in front of me at the "
        "Tenter Lane lights. I would like to see the curb version built, but I also think the "
        "merchants have a point about loading, and I hope the final design gives each block one "
        "short-stop space for deliveries and pickups.",
        "I own the shoe repair on Fenwright. Honestly I'm split. Most of my regulars walk in, but "
        "the ones who bring in six pairs of boots at a time come by car. Can the side streets "
        "take some of the parking?",
        "Build the lanes.",
        "No bike lanes. Fix the potholes first.",
        "My sister-in-law keeps telling me Fenwright works for everyone, not just for bikes, and "
        "I keep telling her that right now it works for nobody. It takes me twenty minutes to "
        "drive four blocks at five o'clock. Maybe fewer cars would help everybody.",
        "What happened to the traffic calming promised in 2022? Speed bumps on the side streets "
        "would do more than anything.",
        "Please consider the seniors' residence at Cask Street. Residents there use the "
        "accessible parking right outside the building and the drop-off for HandyBus.",
        "I'm a cyclist and I still think removing all 140 spaces at once is too much. Do it in "
        "two phases and measure what happens to the shops.",
        "Kids bike to school on the sidewalk on Fenwright because the road is too dangerous. "
        "That's not safe for anyone walking either.",
        "Support.",
        "Against the plan as drawn.",
        "I sat on the Active Transportation committee for three years and I want to add some "
        "context. The crash numbers on Fenwright are not unusual for a four-lane arterial, but "
        "the severity is: people here are hit at speed, because the road is wide and straight. "
        "The design in front of you narrows the travel lanes, which slows drivers down whether "
        "or not anyone rides a bike. That benefit alone is worth the change. On parking, the "
        "study shows spare capacity on the side streets within a two-minute walk. I'd urge "
        "Council to pass it and to fund an honest before-and-after count of shop sales.",
        "Paint is not protection. I learned that the hard way on the bridge.",
        "There are more important things in this city than bike lanes.",
        "I'd like the council to publish the collision data block by block so we can all see "
        "where the danger actually is.",
        "Our family car-shares and bikes. We shop on Fenwright more since the pop-up lane, "
        "because we can actually stop and lock up.",
        "Too many changes too fast. The Avenue just recovered from the water main project.",
        "Please plant trees in the buffer. Shade makes a difference in July.",
        "Both letters going around have a point. I've read the one saying Fenwright works for "
        "everyone, not just for bikes, and the one saying the opposite. What I want is a street "
        "where my mother can cross without running.",
        "I'm a bus driver on route 6. The bus stops in the plan look fine to me, as long as the "
        "lane goes behind the stop and not through it.",
        "Who is going to clear snow from the protected lane? Last winter the painted one was a "
        "pile of slush until March.",
        "Yes to safe streets on Fenwright.",
        "I have lived above a shop on Fenwright for nine years. The noise from traffic is "
        "constant, and anything that slows it down is welcome to me. The parking spaces out "
        "front are taken by the same three cars all day, they belong to the people who work in "
        "the shops.",
        "Where do the contractors park when they work on the old houses on the Avenue?",
        "I would support the lanes if the speed limit dropped to 30 too. Paint is not "
        "protection, but neither is a curb if cars are doing 60.",
        "Leave Fenwright alone.",
        "My son was hit on his bike at Fenwright and Marl in 2024. He's fine now. Please do "
        "something.",
        "I'm the owner of the café by the bridge and I'm in favour, which I know makes me unusual "
        "on this street. Half my morning customers arrive by bike already.",
        "Can staff explain why the lane stops before the bridge? That's the worst part.",
        "The loading zones should be enforced, otherwise delivery trucks will just park in the "
        "bike lane.",
        'I keep seeing "Fenwright works for everyone, not just for bikes" on lawn signs, and '
        '"paint is not protection" on the ones across the street. Neither sign tells me where '
        "my kids are supposed to cross.",
    ),
    REGISTRY: (
        "I've been a tenant in Kelderwick for thirty years and I've been a landlord for the last "
        "six, since I inherited my parents' duplex. So I see both sides. The registry fee is "
        "small. What worries landlords like me is the inspection itself: who does it, how much "
        "notice we get, and whether a forty-year-old house will be held to today's building "
        "code. If staff can put in writing that inspections check health and safety items, heat, "
        "smoke alarms, wiring, mould, and not every detail of current code, I think most small "
        "owners would accept it. Tenants deserve that much and so do we.",
        "Every renter deserves a safe home, and that includes the people renting basement units "
        "that nobody at the city knows exist. I live in one. There is one window and no second "
        "exit. A registry is the only way the city will ever find units like mine, and I am "
        "asking you to pass it even though I know it may mean my landlord has to fix things and "
        "raise the rent.",
        "Support the registry.",
        "Oppose. Another fee, another form.",
        "I am a property manager for about forty units in the east end, most of them in small "
        "buildings owned by families. I'm not against inspections in principle, but the draft "
        "gives the city ninety days to schedule and no deadline to report, and in the meantime a "
        "unit can't be re-rented if the registration has lapsed. That's lost income for the "
        "owner and an empty apartment in a housing crisis. Please tighten the timelines before "
        "you pass it, or at least let a unit be leased while an inspection is pending.",
        "Our landlord is great. I still think the registry is a good idea, because not everyone "
        "is so lucky.",
        "How many inspectors will the city hire? Without staff this is a list with no teeth.",
        "I grew up in a building with no heat for two winters in a row. My mother was too "
        "scared to call anyone. Please pass this.",
        "The small building exemption would cover most of the city. Don't include it.",
        "People say good landlords should not pay for bad ones, and I understand the feeling, "
        "but forty-five dollars a year is less than one late fee. I own four units and I'll pay "
        "it gladly if it drives the worst operators out of the market.",
        "I'm a nurse at St. Brigid's and I see children with asthma from mouldy apartments every "
        "week. Inspections would help.",
        "The city can barely keep up with the complaints it gets now. Fix the complaint system "
        "before building a new one.",
        "Please make the inspection reports public.",
        "I rent, and I'm worried my landlord will just pass the fee to me. Can the ordinance "
        "forbid that?",
        "As a landlord with a single unit, I think the registry is fine and the inspections "
        "every three years are fine. What I'd like is a checklist published in advance so I "
        "know what will be looked at. I don't want surprises, I want to fix things.",
        "My building was sold last year and the new owner stopped all repairs. There is nobody "
        "to call. A registry would at least tell us who owns the place.",
        "I'm a student renting with four others in a house on Pike Hill Road. The fire escape is "
        "a ladder that doesn't reach the ground. We've sent photos to the landlord twice.",
        "Every renter deserves a safe home. Simple as that. My grandmother rented her whole "
        "life and never once had a landlord who fixed anything without being begged.",
        "The registry should cover short-term rentals too. There are whole buildings on Lantern "
        "Yard that are hotels in disguise.",
        "Vote yes on 26-41.",
        "Vote no on the registry.",
        "I've read both the tenants' letter and the landlords' letter. I think the honest answer "
        "is that most landlords in this town are decent, and a handful are terrible, and the "
        "terrible ones are very hard to catch with the system we have now, because their "
        "tenants are the least likely to complain: newcomers, people without papers, people "
        "with bad credit who can't move. Inspections on a schedule catch those buildings. I "
        "would support a lower fee for owner-occupied duplexes, but I'd pass the rest as "
        "written.",
        "Will inspectors need to enter occupied units? Tenants should get notice too.",
        "I'm a housing lawyer at the legal clinic. Roughly a third of our eviction files start "
        "with a tenant asking for a repair. The registry doesn't solve that, but regular "
        "inspections take the request out of the tenant's hands, which matters more than "
        "people realise.",
        "Good landlords should not pay for bad ones, my friends keep saying. Fine. Then fine "
        "the bad ones heavily and refund the good ones after a clean inspection.",
        "Thank you council for finally taking renters seriously.",
        "Please delay the vote until the landlord consultation is complete.",
        "Mould is a health issue, not a landlord-tenant dispute. Treat it that way.",
        "I support the ordinance but the three-year cycle is too long for buildings with past "
        "violations. Inspect those every year.",
        "My landlord slid a flyer under every door saying good landlords should not pay for bad "
        "ones. Our intercom has been broken for a year, so I'm not sure which kind he thinks he "
        "is. Every renter deserves a safe home, and I'd add a front door that locks.",
        "As a tenant organiser I'm glad to hear people repeat that every renter deserves a safe "
        "home, but a slogan won't fix our boiler. Hire the inspectors before you print the "
        "forms.",
    ),
    LIBRARY: (
        "I grew up two streets from Ostrey. A library you can walk to is a library you use, as "
        "the Friends keep saying, and it was true for me: I went every day after school because "
        "it was on the way home. I'm now a librarian myself in another city, and I'd ask "
        "Council to look hard at what happened to branch use where systems moved to a single "
        "hub. It is rarely what the consultants promised.",
        "Close Ostrey. The building is falling apart and the hub will have better hours.",
        "Keep Ostrey open.",
        "I support the hub. I drive, the parking at Ostrey is impossible, and I'd go to a new "
        "building with a proper makerspace far more often.",
        "Is there any plan for a bookmobile for the north end if the branch closes?",
        "A library you can walk to is a library you use. I'd add: a library you have to take "
        "two buses to is a library you give up on.",
        "I'm a Pike Hill resident and I don't want our branch closed either. Why is this being "
        "framed as Ostrey against Pike Hill?",
        "The roof repair has been deferred for six years. That was a choice.",
        "Please publish the full consultant report, not the summary.",
        "We home-school our three kids and we're at Ostrey four times a week. The staff have "
        "helped us plan whole science units. A hub on the bypass would be a car trip every time, "
        "and we only have one car, which my husband takes to work.",
        "$310,000 sounds like a lot but it's a rounding error in the capital budget.",
        "Libraries matter. Don't close it.",
        "I'm not sure how I feel about this. The hub design is beautiful and Ostrey is cramped. "
        "But I walk there, and I won't be walking to Harlan Road.",
        "Why not renovate Ostrey and make it the north end's hub instead?",
        "My daughter says a library you can walk to is a library you use. She's nine and she "
        "came up with a sign that says it for the farmers' market table. I'd say listen to her.",
        "Could the city keep Ostrey as a smaller branch with reduced hours rather than closing "
        "it entirely? Something is better than nothing.",
        "Harlan Road has no sidewalk. Has anyone on Council walked it?",
        "I volunteer with the English conversation group. Most of our learners come on foot "
        "from the apartments on Tenter Lane, and several are women who don't drive. If the "
        "branch moves, the group will likely end.",
        "Consolidation makes sense financially. Sentimentality isn't a budget line.",
        "I'm a retired city planner. The Harlan Road site was chosen because the city already "
        "owns the land, not because it's the right place for a library. Those are different "
        "questions and the staff report blurs them.",
        "Please keep the north end's only public computers where people can reach them.",
        "Ostrey saved my sanity during my first year as a new mum.",
        "I support closing Ostrey if, and only if, the hub has a free shuttle.",
        "Where does the Ostrey collection go? Some of the local history material is unique.",
        "The library is the one place my teenage son goes that isn't a screen at home.",
        "More hours at fewer branches is a reasonable trade. I'm in favour.",
        "A library you can walk to is a library you use. Our whole street signed the petition "
        "at the corner store.",
        "Someone at the farmers' market told me a library you can walk to is a library you use, "
        "and I thought of my own kids, who have never once been out to Harlan Road.",
    ),
    PARK: (
        "Please approve the dog park. The east lawn is already used by dogs off leash at 6 a.m., "
        "better that it's fenced.",
        "Not near the picnic shelters, please. Families eat there.",
        "I'm afraid of dogs after being bitten as a child. Please make sure the fence is high "
        "and the gates close on their own.",
        "Yes to the off-leash area.",
        "Who cleans up after the dogs? The bins at Cutler are already overflowing by Sunday.",
        "I walk through Cutler Park every day with my grandkids. A fenced area is fine by me as "
        "long as the path along the east lawn stays open.",
        "A fenced area would stop the loose dogs chasing the geese at the pond.",
        "No. Parks are for people.",
        "Put it on the north field instead, nobody uses it since the soccer league moved.",
        "Will there be a separate small-dog area? My terrier gets trampled at the other parks.",
        "Support, with lighting for winter evenings.",
        "The east lawn floods every spring. Check the drainage before fencing it in.",
        "Great idea. Thank you parks department.",
        "We need more benches in Cutler Park before we need a dog run.",
    ),
}
RESIDENTS = sum(len(texts) for texts in RESIDENTS_TEXT.values())


def residents(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    rows = []
    for item, texts in RESIDENTS_TEXT.items():
        for text in texts:
            who = people.any(0.25)
            b = Body()
            long = len(text.split()) > 40
            greet(b, rng, 0.4 if long else 0.1)
            b.add(text)
            sign(b, rng, who, 0.5 if long else 0.15)
            rows.append((Row(item, b.text(), who), rng.random()))
    return rows


# --------------------------------------------------------------------------- spam

SPAM = (
    "Top rated essay writing service, any subject, 3 hour delivery, plagiarism free! "
    "http://essays-now.example.com",
    "CASINO EN LÍNEA 🎰 Bono de bienvenida 500% + 200 giros gratis: https://giros.example.net",
    "Claim your Kelderwick resident energy rebate before Friday: verify your bank details at "
    "http://kelderwick-rebate.example.org/verify",
    "buy cheap watches buy cheap watches buy cheap watches replica replica replica",
    "Samotne kobiety z Twojej okolicy czekają na wiadomość 💋 http://randki.example.com",
    "副業で月収100万円!!今すぐ登録 https://fukugyo.example.net",
    "Hello dear, I am barrister Koffi and I have an inheritance of $7.2M for a relative of yours. "
    "Reply urgently to koffi.chambers@example.org",
    "qzx vbn poiuy lkjh mnbv trewq asdfg zxcvb plmokn",
    "https://t.example.com/x1 https://t.example.com/x2 https://t.example.com/x3 "
    "https://t.example.com/x4",
    "BTC doubling program — send 0.1 get 0.2 back in 24h!!! wallet in bio https://x2.example.net",
    "Kredit ohne Schufa, Auszahlung in 24 Stunden, jetzt anfragen: http://kredit.example.org",
    "Nice post, very informative!!! Visit my blog for more great content "
    "https://best-garden-tips.example.com",
)


def spam(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    items = [key for key, _ in ITEMS]
    return [
        (Row(rng.choice(items), text, people.any(0.4), spam=True), rng.random()) for text in SPAM
    ]


# --------------------------------------------------------------------------- assembly


def resubmit(rng: random.Random, rows: list[Row]) -> list[Row]:
    """``RESUBMISSIONS`` rows sent again later by the same sender, same words."""
    candidates = [i for i, r in enumerate(rows) if r.who.email and not r.spam]
    out = list(rows)
    for at in sorted(rng.sample(candidates, RESUBMISSIONS), reverse=True):
        r = rows[at]
        again = Row(r.item, r.body, r.who, r.campaign, r.tier, False, r.personal, True)
        out.insert(rng.randint(at + 1, len(rows)), again)
    return out


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus's rows for ``seed``, in arrival order."""
    rng = random.Random(seed)
    people = People(rng)
    own = own_texts(rng, people)
    timed: list[tuple[Row, float]] = []
    timed += side_copies(rng, people, own, "fenwright-cyclists", BIKES)
    timed += side_copies(rng, people, own, "fenwright-shops", BIKES)
    for build in (tenants, spanish, landlords, friends, dogs):
        timed += build(rng, people, own)
    timed += residents(rng, people) + spam(rng, people)
    timed.sort(key=lambda pair: pair[1])
    return [r.as_dict() for r in resubmit(rng, [r for r, _ in timed])]
