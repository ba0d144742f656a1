"""A labelled comment corpus written apart from tests/fixtures/labelling (issue 14, item 7).

Why: an engine tuned on one corpus and checked on the same corpus proves little. This generator
shares no text, phrasing or structure with ``tests/fixtures/labelling/generate.py``: its three
items, templates, salutations and personal paragraphs were written for it, and it produces the
shapes the issue says the engine misses:

* fill-in lines ("My name is <name> and I live at <address> ...") at the start, middle or end;
* personal paragraphs before and after the template, each composed for its sender (their own
  story, relatives, places and numbers), with their text kept as the truth;
* what a campaign tool offers and many members keep, whose truth is template: an optional
  paragraph (``CAMPAIGN_OPTIONAL``), an unfilled "[ADD PERSONAL MESSAGE ...]" placeholder and a
  "Copy This Text" instruction line (``SCAFFOLDING``);
* a mail-merge campaign spun *within* sentences: every sentence is built from slots with four
  phrasings each, so two copies rarely share a whole sentence;
* two campaigns on one item that share phrases (a residents' short letter and an organisation's
  long one quoting it);
* heavy edits (opening, closing and two sentences kept, the middle rewritten as the sender's
  own story);
* unique comments that share the items' vocabulary but were each composed word by word;
* spam of several kinds and legitimate comments in several languages.

Two splits are drawn from one code path with different seeds: ``tune`` (seed 1401) is the only
one anyone may look at while tuning; ``report`` (seed 1402) is what docs report. Nothing is
written to disk: :func:`generate` returns the rows in arrival order.

    .venv/bin/python benchmarks/quality_corpus.py --split tune | head
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from typing import Any

SPLIT_SEEDS = {"tune": 1401, "report": 1402}

LIBRARY = ("2026-02210", "Closing the Alder Street branch library on weekends")
BIKES = ("2026-02245", "Protected bike lanes on Folsom Boulevard")
RENTALS = ("2026-02301", "Permits and caps for short-term rentals")
ITEMS = (LIBRARY, BIKES, RENTALS)

FIRST = (
    "Priya",
    "Tomasz",
    "Aiyana",
    "Kwame",
    "Mei",
    "Rafael",
    "Ingrid",
    "Dmitri",
    "Lucía",
    "Oluwaseun",
    "Hannah",
    "Tuan",
    "Beatriz",
    "Jonas",
    "Amara",
    "Yusuf",
    "Carmen",
    "Eitan",
)
LAST = (
    "Okafor",
    "Lindqvist",
    "Nakamura",
    "Castellanos",
    "Brennan",
    "Vu",
    "Haddad",
    "Kowalski",
    "Mensah",
    "Oyelaran",
    "Petrova",
    "Salazar",
    "Whitfield",
    "Zhou",
    "Ferreira",
    "Abernathy",
)
STREETS = (
    "Alder Court",
    "Quince Lane",
    "Marigold Way",
    "Sutter Row",
    "Bellweather Drive",
    "Ninth Avenue",
    "Cottonwood Place",
    "Harbor Loop",
)
OPENINGS = (
    "Honorable councilmembers,",
    "Good evening,",
    "To whom it may concern at City Hall,",
    "Councilmember Ortiz and colleagues,",
    "",
)
SIGNOFFS = ("Respectfully,", "With thanks,", "Warmly,", "-", "")

# ----------------------------------------------------------------------------- item 1: library

LIBRARY_SHORT = [
    "I am asking you to keep the Alder Street branch open on Saturdays and Sundays.",
    "Weekend hours are the only time many working parents can bring their children to story time.",
    "The branch is also where seniors without internet at home file forms and read the paper.",
    "Closing it on weekends saves very little compared with what the neighborhood loses.",
    "Please find the savings somewhere that does not take a public space away from families.",
]
LIBRARY_ORG = [
    "On behalf of the Friends of the Alder Street Library, a volunteer group of four hundred "
    "members, we write in opposition to the proposed weekend closure.",
    "Our volunteers staff the used book sale that returned eleven thousand dollars to the branch "
    "last year, and every one of those shifts happens on a Saturday.",
    "Weekend hours are the only time many working parents can bring their children to story time, "
    "and attendance figures from the branch's own counter confirm it.",
    "We have offered the library department a cost-sharing plan that would fund weekend staffing "
    "for two fiscal years while a permanent budget solution is found.",
    "The department has not yet responded to that offer, and we ask the council to direct staff "
    "to do so before any vote on this item.",
    "A decision of this size deserves a public hearing in the neighborhood it affects.",
    "We would be glad to present our proposal at such a hearing.",
]
LIBRARY_FILL = "My name is {name} and I live at {address}, a few blocks from the branch."

# ----------------------------------------------------------------------------- item 2: bikes

# Mail-merge: each sentence is slots; each slot has four phrasings (counts differ per sentence).
BIKE_SPUN: list[list[tuple[str, ...]]] = [
    [
        (
            "As someone who rides",
            "As a daily cyclist on",
            "Because I commute by bike along",
            "Having biked for years on",
        ),
        ("Folsom Boulevard,", "Folsom,", "the Folsom corridor,", "Folsom Boulevard every day,"),
        ("I strongly support", "I fully back", "I urge you to approve", "I ask you to adopt"),
        (
            "the protected lane design.",
            "the protected bike lanes.",
            "the separated lane plan.",
            "the proposed protected lanes.",
        ),
    ],
    [
        ("Painted lines", "Paint-only lanes", "Lanes marked only with paint", "Plain stripes"),
        (
            "do nothing to stop",
            "offer no protection from",
            "cannot keep riders safe from",
            "do not shield anyone from",
        ),
        (
            "drivers drifting into the lane.",
            "cars swerving toward the curb.",
            "trucks that cut the corner.",
            "vehicles parked in the lane.",
        ),
    ],
    [
        ("Last year", "In the past year alone", "Over the last twelve months", "Recently"),
        (
            "three cyclists were",
            "several riders were",
            "at least three people on bikes were",
            "three neighbors on bicycles were",
        ),
        (
            "hit near the Power Inn intersection.",
            "struck at the Power Inn crossing.",
            "injured where Folsom meets Power Inn.",
            "hurt close to Power Inn Road.",
        ),
    ],
    [
        (
            "Concrete curbs and flexible posts",
            "Physical barriers",
            "A raised buffer",
            "Curbs and bollards",
        ),
        (
            "would make the route",
            "would turn the corridor into",
            "could make Folsom",
            "would make this stretch",
        ),
        (
            "safe for children and older riders.",
            "a place kids and seniors can ride.",
            "comfortable for riders of every age.",
            "usable by families, not just racers.",
        ),
    ],
    [
        (
            "Please vote yes",
            "I ask you to vote in favor",
            "Kindly approve this item",
            "Vote for the plan",
        ),
        (
            "and fund the full design",
            "and keep the full buffer",
            "without cutting the barriers",
            "with the physical separation intact",
        ),
        ("this year.", "this budget cycle.", "in the coming budget.", "before winter."),
    ],
]

# ----------------------------------------------------------------------------- item 3: rentals

RENTALS_SHORT = [
    "Short-term rentals have taken dozens of homes off the long-term market in Midtown.",
    "I support a cap of one permit per host and a yearly limit of ninety nights.",
    "Enforcement must be funded, or the rules will exist only on paper.",
    "Please adopt the ordinance as written by the planning commission.",
]

# ----------------------------------------------------------------------------- personal text

# A sender's own paragraph is their own: it is composed per person from a story (who, what
# happened, where, when, what it means to them) whose slots are drawn independently, with that
# person's own numbers, places and relatives, so two senders rarely share a sentence and never by
# design. (An earlier version drew whole paragraphs from a pool of two to five per item, so one
# "personal" paragraph was sent word for word by a dozen people: no campaign engine should call
# that one person's words, and the figure measured the pool, not the engine.) What many members
# include because the campaign tool offered it is a separate case, ``CAMPAIGN_OPTIONAL`` below,
# whose truth is template.

RELATIVES = (
    "my daughter",
    "my son",
    "my grandmother",
    "my neighbor across the hall",
    "my husband",
    "my wife",
    "my partner",
    "my father",
    "my mother",
    "my niece",
    "my nephew",
    "my best friend",
    "the boy I coach",
    "my roommate",
    "my uncle",
    "my granddaughter",
)
JOBS = (
    "a night-shift nurse",
    "a bus mechanic",
    "a substitute teacher",
    "a line cook",
    "a home health aide",
    "an electrician",
    "a grocery clerk",
    "a retired postal carrier",
    "a graduate student",
    "a hairdresser",
    "a software tester",
    "a day-care worker",
    "a plumber",
    "a pharmacist",
    "a warehouse picker",
)
LANDMARKS = (
    "the Sixty-Fifth Street light rail stop",
    "McKinley Park",
    "the Oak Park farmers market",
    "Sutter's Fort",
    "the old cannery",
    "Tahoe Park",
    "the Broadway Safeway",
    "the county courthouse",
    "Curtis Park",
    "the Riverside pool",
    "Land Park",
    "the Stockton Boulevard clinic",
)
CLUBS = (
    "knitting circle",
    "chess club",
    "homework club",
    "book group",
    "English conversation table",
    "seed library swap",
    "coding club",
    "storytime for toddlers",
)
ROOMS = (
    "children's corner",
    "reading room",
    "community room",
    "computer lab",
    "teen loft",
    "periodicals nook",
)
MONTHS = (
    "January",
    "March",
    "April",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
)

WHEN = (
    "In {month} {year}",
    "Back in {year}",
    "{n} years ago",
    "Every {day} since {year}",
    "When {pron} was {age}",
    "Last {month}",
    "The week after {holiday}",
    "One {day} in {month}",
    "Ever since {year}",
    "Around {holiday} {year}",
)
HOLIDAYS = ("Thanksgiving", "Easter", "Labor Day", "New Year's", "Diwali", "Lunar New Year")
FEELINGS = (
    "I still think about it",
    "that stuck with me",
    "we talk about it often",
    "it changed how I see this",
    "I have not forgotten it",
    "it is why I am writing",
    "that is the part that worries me",
    "nobody at City Hall asked us",
    "it made the news on our street",
    "I would hate to see it again",
)

# Per item: what happened to the sender or their family (each with its own slots). A sentence
# is a time, a person, one of these and how the sender feels, so its fixed runs are short and
# two senders' sentences share a few words, not a sentence.
HAPPENED: dict[str, tuple[str, ...]] = {
    LIBRARY[0]: (
        "{rel} learned to read in the {room}",
        "{rel} studied for the citizenship test at a table by the {room}",
        "{rel} printed {n} pages of tax forms for free",
        "{rel} found {pron_pos} first job listing on a branch computer",
        "{rel} joined the {club} and met half of {street}",
        "a librarian named {first} helped {rel} with a housing application",
        "{rel} spent a heat wave in the {room} because our flat near {landmark} had no fan",
        "{rel} borrowed {n} cookbooks and fed the whole block on {holiday}",
        "I ran a {club} for {n} kids whose parents work as {jobs}",
        "I read every paper in the {room} after losing my job as {job}",
    ),
    BIKES[0]: (
        "a pickup clipped {rel} near {landmark}",
        "{rel} was doored {n} times on the way to work as {job}",
        "I sold my car and started riding {miles} miles a week",
        "{rel} began riding a cargo bike with {n} kids past {landmark}",
        "a delivery van blocked the lane by {landmark} for {n} minutes",
        "{rel} broke a wrist swerving around a truck on {street}",
        "I started coaching {n} kids who bike to practice near {landmark}",
        "{rel} quit riding after a near miss outside {landmark}",
        "my commute as {job} grew to {miles} miles because the bus was cut",
    ),
    RENTALS[0]: (
        "my rent near {landmark} rose {pct} percent",
        "{rel} was priced out of a one-bedroom on {street}",
        "{n} units in my building on {street} became nightly listings",
        "my landlord said tourists on {street} would pay him {pct} percent more",
        "{rel} moved {miles} miles away to find a lease as {job}",
        "the duplex beside {landmark} started hosting guests every weekend",
        "our block on {street} lost {n} families with kids",
        "{rel} slept on our couch for {n} months looking for an apartment",
        "a teacher at {landmark} told me she commutes {miles} miles",
    ),
}


def compose_personal(rng: random.Random, item: str) -> str:
    """One sender's own paragraph: one to three sentences of their story (a time, a person, what
    happened, how they feel), every slot drawn for them."""
    sentences = []
    for happened in rng.sample(HAPPENED[item], rng.choice((1, 2, 2, 3))):
        rel = rng.choice(RELATIVES)
        female = any(w in rel for w in ("daughter", "grandmother", "wife", "mother", "niece"))
        values = {
            "rel": rel,
            "pron": "she" if female else "he",
            "pron_pos": "her" if female else "his",
            "age": rng.randint(5, 16),
            "day": rng.choice(("Saturday", "Sunday")),
            "year": rng.randint(2009, 2025),
            "month": rng.choice(MONTHS),
            "holiday": rng.choice(HOLIDAYS),
            "landmark": rng.choice(LANDMARKS),
            "job": rng.choice(JOBS),
            "jobs": rng.choice(JOBS).split(" ", 1)[1] + "s",
            "first": rng.choice(FIRST),
            "n": rng.randint(2, 19),
            "miles": rng.randint(3, 40),
            "pct": rng.randint(12, 60),
            "street": rng.choice(STREETS),
            "club": rng.choice(CLUBS),
            "room": rng.choice(ROOMS),
        }
        when = rng.choice(WHEN).format(**values)
        what = happened.format(**values)
        feeling = rng.choice(FEELINGS)
        shape = rng.randrange(3)
        if shape == 0:
            text = f"{when}, {what}, and {feeling}."
        elif shape == 1:
            text = f"{what[0].upper()}{what[1:]} {when[0].lower()}{when[1:]}; {feeling}."
        else:
            text = f"{when} {what}."
        sentences.append(text)
    return " ".join(sentences)


CAMPAIGN_OPTIONAL = {
    "lib-short": "Optional: As a taxpayer, I would rather pay a small library fee than lose "
    "weekend hours at my branch.",
    "rentals": "If you want, add: Renters like me need the council to act before the summer "
    "tourist season begins.",
}
"""The campaign tool's optional paragraph, one per campaign, that many members keep (with its
"Optional:" / "If you want, add:" cue, as such tools print it). Many people send it word for word:
it is the campaign's text, not anyone's own, and its truth is template."""
OPTIONAL_SHARE = 0.35
SCAFFOLDING = (
    "[ADD PERSONAL MESSAGE about why the library matters to you]",
    "Copy This Text and send it to the council:",
)
"""The campaign tool's placeholder and instruction line, left in by some members of the
organisation's letter: the campaign's, never the sender's own words (truth: template)."""

# ----------------------------------------------------------------------------- unique comments

UNIQUE_WORDS = {
    LIBRARY[0]: {
        "subject": [
            "the branch",
            "our library",
            "weekend service",
            "the reading room",
            "the children's section",
            "the computer lab",
            "this closure",
            "the library budget",
            "the department",
        ],
        "verb": [
            "matters to",
            "is wasted on",
            "has failed",
            "barely serves",
            "could help",
            "should be judged by",
            "costs less than",
            "was never promised to",
            "competes with",
        ],
        "object": [
            "retirees on fixed incomes",
            "students cramming for finals",
            "new immigrants",
            "the city's tax base",
            "people who own laptops",
            "weekday visitors",
            "a neighborhood full of apartments",
            "volunteers",
            "the teen program",
        ],
        "tail": [
            "in my opinion",
            "as far as I can tell",
            "according to the staff memo",
            "if the numbers are right",
            "frankly",
            "and everyone knows it",
            "this year",
            "on weekends especially",
            "more than the council admits",
        ],
    },
    BIKES[0]: {
        "subject": [
            "the bike plan",
            "Folsom traffic",
            "the lane project",
            "parking removal",
            "the corridor study",
            "bus riders",
            "delivery trucks",
            "merchants",
            "the traffic engineers",
        ],
        "verb": [
            "will hurt",
            "ignores",
            "was designed for",
            "has been tested on",
            "could slow",
            "should consult",
            "depends on",
            "overlooks",
            "may frustrate",
        ],
        "object": [
            "the businesses near Sixty-Fifth",
            "commuters from Rosemont",
            "people with disabilities",
            "evening shoppers",
            "the fire department",
            "weekend cyclists",
            "drivers turning right",
            "pedestrians at night",
            "the transit schedule",
        ],
        "tail": [
            "as proposed",
            "in its current form",
            "based on the last survey",
            "unless it is phased",
            "without more data",
            "honestly",
            "during rush hour",
            "at least at first",
            "from what I have seen",
        ],
    },
    RENTALS[0]: {
        "subject": [
            "the rental cap",
            "this ordinance",
            "the permit fee",
            "enforcement",
            "the ninety-night limit",
            "hosts like me",
            "the hotel lobby",
            "platform companies",
            "the planning staff",
        ],
        "verb": [
            "punishes",
            "protects",
            "was written by",
            "will never reach",
            "creates a loophole for",
            "makes sense for",
            "shifts costs onto",
            "has no effect on",
            "ignores",
        ],
        "object": [
            "retired homeowners",
            "investors from out of state",
            "renters in Midtown",
            "families hosting relatives",
            "small landlords",
            "the tourism office",
            "people renting a spare room",
            "the housing element",
            "tenant groups",
        ],
        "tail": [
            "plain and simple",
            "as drafted",
            "by design",
            "in practice",
            "after the amendments",
            "whatever staff says",
            "within a year",
            "in my view",
            "on balance",
        ],
    },
}

LEGIT_OTHER_LANGUAGES = [
    "Apoyo las ciclovías protegidas. Mi esposo fue atropellado en Folsom el año pasado.",
    "No estoy de acuerdo con cerrar la biblioteca los fines de semana; es el único lugar "
    "tranquilo para mis hijos.",
    "Я против ограничения краткосрочной аренды: я сдаю комнату, чтобы платить за дом.",
    "我支持在Folsom大道修建受保护的自行车道，我每天骑车上班。",  # noqa: RUF001 (Chinese comma)
    "Tôi đề nghị hội đồng giữ thư viện mở cửa vào cuối tuần cho học sinh.",
    "Sang-ayon ako sa limitasyon sa mga panandaliang paupahan. Wala nang mauupahan ang mga "
    "pamilya dito.",
]

SPAM_BANK = [
    "Tired of your job? Make $400 a day from home, message me at fastcash{n}@example.net",
    "Cheapest car insurance quotes in minutes http://quote{n}.example.xyz http://save{n}.example.top",
    "{w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w} {w}",
    "qzvx kjhr wptl fmxz bnqv rrtk zlqp wxvn {n}",
    "https://promo{n}.example.click",
    "Скидки до 90% на брендовую одежду только сегодня https://sale{n}.example.ru",
    "Gana dinero con criptomonedas, escríbeme por Telegram @ganancias{n} o llama +52 55 8765 {n4}",
    "Professional essay writing, any subject, 24 hours, contact essays{n}@example.com or "
    "+44 20 7946 {n4}",
]


@dataclass
class Row:
    item: str
    body: str
    name: str
    email: str | None
    postal_code: str | None
    campaign: str | None = None
    tier: str | None = None
    spam: bool = False
    personal: str | None = None
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "body": self.body,
            "name": self.name,
            "email": self.email,
            "postal_code": self.postal_code,
            "truth": {
                "campaign": self.campaign,
                "tier": self.tier,
                "spam": self.spam,
                "personal": self.personal,
            },
        }


class Generator:
    """Draws one split's comments; every random choice comes from one seeded RNG."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = 0

    # ------------------------------------------------------------------ people and framing

    def person(self) -> tuple[str, str | None, str | None]:
        self.people += 1
        name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
        email = None
        if self.rng.random() < 0.6:
            email = f"{name.lower().replace(' ', '.')}.{self.people}@example.com"
        postal = self.rng.choice(("95816", "95819", "95820", "95826", None))
        return name, email, postal

    def address(self) -> str:
        return f"{self.rng.randint(10, 4999)} {self.rng.choice(STREETS)}"

    def frame(self, lines: list[str], name: str) -> str:
        """Opening and sign-off around the letter; the signature is the sender's name."""
        opening = self.rng.choice(OPENINGS)
        signoff = self.rng.choice(SIGNOFFS)
        parts = [opening, *lines, signoff, name if signoff else ""]
        return "\n\n".join(p for p in parts if p)

    def personalise(self, lines: list[str], item: str) -> tuple[list[str], str | None]:
        """The sender's own paragraph before or after the template in about half the copies."""
        if self.rng.random() >= 0.5:
            return lines, None
        text = compose_personal(self.rng, item)
        if self.rng.random() < 0.5:
            return [text, *lines], text
        return [*lines, text], text

    def optional(self, lines: list[str], campaign: str) -> list[str]:
        """The campaign tool's optional paragraph, kept by some members before the closing."""
        if self.rng.random() >= OPTIONAL_SHARE:
            return lines
        return [*lines[:-1], CAMPAIGN_OPTIONAL[campaign], lines[-1]]

    def copy(
        self,
        item: str,
        lines: list[str],
        person: tuple[str, str | None, str | None],
        campaign: str,
        tier: str,
        personal: str | None,
    ) -> Row:
        """A campaign's copy: ``lines`` framed and signed by ``person``, with its truth."""
        name, email, postal = person
        framed = self.frame(lines, name)
        return Row(item, framed, name, email, postal, campaign, tier, personal=personal)

    # ------------------------------------------------------------------ campaigns

    def library_short(self) -> Row:
        person = self.person()
        lines = list(LIBRARY_SHORT)
        if self.rng.random() < 0.15:
            lines.pop(self.rng.randrange(1, len(lines) - 1))
        fill = LIBRARY_FILL.format(name=person[0], address=self.address())
        lines.insert(self.rng.choice((0, len(lines) // 2, len(lines))), fill)
        lines = self.optional(lines, "lib-short")
        lines, personal = self.personalise(lines, LIBRARY[0])
        return self.copy(LIBRARY[0], lines, person, "lib-short", "core", personal)

    def library_org(self) -> Row:
        person = self.person()
        lines = list(LIBRARY_ORG)
        if self.rng.random() < 0.2:
            lines = lines[:-1]
        if self.rng.random() < 0.15:
            lines = [SCAFFOLDING[1], *lines]
        lines, personal = self.personalise(lines, LIBRARY[0])
        if personal is None and self.rng.random() < 0.2:
            lines = [*lines, SCAFFOLDING[0]]
        return self.copy(LIBRARY[0], lines, person, "lib-org", "core", personal)

    def bikes_spun(self) -> Row:
        person = self.person()
        sentences = [" ".join(self.rng.choice(slot) for slot in s) for s in BIKE_SPUN]
        if self.rng.random() < 0.2:
            sentences.pop(self.rng.randrange(1, len(sentences) - 1))
        body_lines = [" ".join(sentences)] if self.rng.random() < 0.5 else sentences
        lines, personal = self.personalise(body_lines, BIKES[0])
        return self.copy(BIKES[0], lines, person, "bikes-spun", "core", personal)

    def rentals(self, heavy: bool) -> Row:
        person = self.person()
        if heavy:
            # The middle rewritten in the sender's own words: their story, not a pooled line.
            middle = [compose_personal(self.rng, RENTALS[0])]
            lines = [RENTALS_SHORT[0], *middle, RENTALS_SHORT[1], RENTALS_SHORT[3]]
            return self.copy(RENTALS[0], lines, person, "rentals", "heavy", " ".join(middle))
        lines = self.optional(list(RENTALS_SHORT), "rentals")
        lines, personal = self.personalise(lines, RENTALS[0])
        return self.copy(RENTALS[0], lines, person, "rentals", "core", personal)

    # ------------------------------------------------------------------ the rest

    def unique(self, item: str) -> Row:
        name, email, postal = self.person()
        words = UNIQUE_WORDS[item]
        sentences = []
        for _ in range(self.rng.randint(2, 5)):
            s = " ".join(self.rng.choice(words[k]) for k in ("subject", "verb", "object", "tail"))
            sentences.append(s[0].upper() + s[1:] + self.rng.choice((".", ".", "!", "?")))
        return Row(item, " ".join(sentences), name, email, postal)

    def other_language(self, item: str, body: str) -> Row:
        name, email, postal = self.person()
        return Row(item, body, name, email, postal)

    def spam(self, item: str) -> Row:
        name, email, postal = self.person()
        body = self.rng.choice(SPAM_BANK).format(
            n=self.rng.randint(10, 9999),
            n4=self.rng.randint(1000, 9999),
            w=self.rng.choice(("deal", "win", "free", "yes", "click")),
        )
        return Row(item, body, name, email, postal, spam=True)

    def rows(self) -> list[Row]:
        rng = self.rng
        drawn: list[Row] = []
        drawn += [self.library_short() for _ in range(rng.randint(40, 60))]
        drawn += [self.library_org() for _ in range(rng.randint(10, 16))]
        drawn += [self.bikes_spun() for _ in range(50)]
        drawn += [self.rentals(heavy=False) for _ in range(rng.randint(20, 30))]
        drawn += [self.rentals(heavy=True) for _ in range(rng.randint(8, 12))]
        languages = rng.sample(LEGIT_OTHER_LANGUAGES, len(LEGIT_OTHER_LANGUAGES))
        for index, (item, _title) in enumerate(ITEMS):
            drawn += [self.unique(item) for _ in range(rng.randint(18, 26))]
            drawn += [self.other_language(item, body) for body in languages[index::3]]
            drawn += [self.spam(item) for _ in range(rng.randint(3, 5))]
        rng.shuffle(drawn)
        return drawn


def generate(split: str) -> list[dict[str, Any]]:
    """The split's rows in arrival order (``tune`` or ``report``)."""
    return [row.as_dict() for row in Generator(SPLIT_SEEDS[split]).rows()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLIT_SEEDS), default="tune")
    args = parser.parse_args()
    for row in generate(args.split):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
