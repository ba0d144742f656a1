"""A tenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 13 (4-5 December 2026, in under an hour) by a helper who did not
read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md`` nor the engine's unit tests. It read, for the interface and to avoid repeating
their shapes, ``labelling_quality.py``, ``corpus_row.Row``, ``tests/corpus_shapes.py``, the eighth
and ninth generators and the ninth's shape test. Its author never ran the labeller or the
benchmark on it. Read it once, blind; never tune on it.

One budget-and-permits night of an invented county's Board of Supervisors, Tamarack County (seed
2201), four items, rows in arrival order:

* ``route-merge`` (110 copies, 10 heavy), on the FY2027 budget: an advocacy tool's mail-merge to
  keep two bus routes. Every copy opens with a per-sender ``Subject:`` line the tool writes from
  the sender's name and town, then ``Dear Supervisor {name},`` rotating over the five
  supervisors, then the letter. Heavy copies: the sender DELETED the letter's first paragraph and
  wrote their own opening instead (six of the eight sentences survive; a copy whose own words
  replace the letter's ask is heavy here, a judgement call the lead may dispute).
* ``budget-bullets`` (70), on the budget: a residents' coalition's priority list. Fixed lead-in
  and closing lines, between them 3 to 5 of 8 bullets ("- Fund the buses ..."), picked by each
  sender, in the list's order or dragged about; some add a bullet of their own. Spun by
  selection only: ONE campaign.
* ``millrace-shuffle`` (90, 8 heavy), on a gravel-pit permit by a creek: an eight-sentence letter
  whose sending tool SHUFFLES the sentence order per copy (and breaks it into 1 to 3 paragraphs
  at random); the same sentences, another order. Heavy copies keep three of them.
* ``millrace-stories`` (18), same item: a story-first campaign: every copy is a long personal
  story (2 to 4 paragraphs, always longer than the template) and then a three-sentence template.
* ``care-not-cages`` (100, 6 heavy), on a jail expansion: a three-sentence action alert sent by
  members, many of them bare and anonymous, so the same words arrive from different people
  (campaign members, never duplicates). Some members reword one template sentence lightly (still
  core; the reworded sentence is not personal). Heavy copies keep one or two of its sentences
  beside their own. The ORGANISATION's long policy letter on the same item is sent once (by the
  organisation) and shares only the slogan "Build care, not cages." with the alert: truth, a
  unique comment, not a member of the alert campaign.

Plus 87 residents' own comments (one line to several paragraphs; the fourth item, a short-term
rental ordinance, has only residents and spam), 12 of which answer an earlier comment ("I agree
with the previous speaker about ..."); 6 resubmissions by the same named sender minutes apart
(same e-mail, same words; ``duplicate``); anonymous senders ("Anonymous", blank, "Concerned
Citizen", ...) who are distinct people; 15 spam of several kinds and languages, three of them
written to pass for a resident's comment with a link at the end.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier``, ``spam``, ``duplicate`` and
``personal``: the sender's own words, paragraphs joined by blank lines ("" when none). Personal:
own paragraphs wherever they stand (also when they carry the sender's name or street), the heavy
copies' own opening, the stories, and the words of a sender's own added bullet (without its
``- `` mark). Never personal: the tool's ``Subject:`` line (written by the tool from a pattern,
even though it carries the sender's name), salutations, sign-offs, a bare signature name,
template sentences, including one the sender reworded lightly, and template bullets. Names,
towns and streets are invented; e-mails are example.com/.org/.net, phone numbers 555-01xx.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

SEED = 2201
NAME = "generated-tenth"
BUDGET = "2026-11402"
MILLRACE = "2026-11409"
JAIL = "2026-11415"
RENTALS = "2026-11421"
ITEMS = (
    (BUDGET, "Public hearing: recommended FY2027 county budget, including the transit "
     "service reductions on Routes 9 and 14"),
    (MILLRACE, "Appeal of Planning Commission approval: conditional use permit for the "
     "Halvorsen sand and gravel pit, Quarry Hollow Road"),
    (JAIL, "Certification of the jail expansion project (Phase II, 240 beds) and related "
     "financing"),
    (RENTALS, "Ordinance 2026-18: short-term rental permits in the unincorporated county"),
)  # fmt: skip
COPIES = {
    "route-merge": 110,
    "budget-bullets": 70,
    "millrace-shuffle": 90,
    "millrace-stories": 18,
    "care-not-cages": 100,
}
HEAVY = {"route-merge": 10, "millrace-shuffle": 8, "care-not-cages": 6}
REWORDED = 12  # care-not-cages core copies with one template sentence lightly reworded
RESUBMISSIONS = 6
SUPERVISORS = ("Okonkwo", "Lindqvist", "Barraza-Hunt", "Whitcombe", "Nakashima")
TOWNS = ("Cobb's Landing", "Sallow Creek", "Merriweather", "Dunmore Springs", "Alder Flat")
ANONYMOUS_NAMES = (
    "Anonymous", "", "Concerned Citizen", "anon", "Resident", "Prefer not to say", "x",
    "County resident",
)  # fmt: skip

FIRST = (
    "Adaeze", "Bram", "Celestine", "Dariusz", "Eulalia", "Fergus", "Giedre", "Horatio", "Ines",
    "Jarrah", "Kasimir", "Lorelei", "Mathias", "Nerys", "Octavia", "Pascal", "Rosalind", "Soren",
    "Thandiwe", "Ulrich", "Verity", "Wendell", "Xiomara", "Yannick", "Zelda", "Anselm", "Briony",
    "Cosmo", "Delphine", "Emrys", "Fenella", "Gideon",
)  # fmt: skip
LAST = (
    "Abernethy", "Birkett", "Castellanos", "Delacroix", "Enwright", "Farquhar", "Gallowglass",
    "Hartigan", "Ingleby", "Jarvinen", "Kettering", "Larkspur", "Mbeki-Stone", "Nettleford",
    "Oyelaran", "Pendergast", "Quarrington", "Rasmussen", "Strachan", "Thistlewood", "Umbers",
    "Vasquez-Tate", "Wolstenholme", "Yardley", "Zabinski", "Ashcombe",
)  # fmt: skip
POSTAL = ("96031", "96034", "96038", "96042", "96047")
DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Person:
    """A sender: a name (maybe an anonymous one), an e-mail and a ZIP code, both optional, and the
    town the advocacy tool asks for."""

    name: str
    email: str | None
    postal_code: str | None
    town: str = ""


class People:
    """Hands out senders: each named one once, anonymous ones with no contact data."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pairs = [(f, last) for f in FIRST for last in LAST]
        rng.shuffle(self.pairs)

    def named(self) -> Person:
        first, last = self.pairs.pop()
        mail = None
        if self.rng.random() < 0.75:
            local = self.rng.choice((f"{first}.{last}", f"{first}{last[0]}", f"{first[0]}_{last}"))
            mail = f"{local.lower().replace('-', '')}@{self.rng.choice(DOMAINS)}"
        postal = self.rng.choice(POSTAL) if self.rng.random() < 0.6 else None
        return Person(f"{first} {last}", mail, postal, self.rng.choice(TOWNS))

    def any(self, anonymous_share: float) -> Person:
        if self.rng.random() < anonymous_share:
            return Person(self.rng.choice(ANONYMOUS_NAMES), None, None, self.rng.choice(TOWNS))
        return self.named()


def anonymous(who: Person) -> bool:
    return who.name in ANONYMOUS_NAMES


@dataclass(frozen=True)
class Letter:
    """A template: paragraphs, each a tuple of sentences (so nothing re-splits them)."""

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
        """An own paragraph; ``shown`` is how it appears when a mark (``- ``) goes before it."""
        self.parts.append(shown or text)
        self.own.append(text)

    def text(self) -> str:
        return "\n\n".join(self.parts)

    def personal(self) -> str:
        return "\n\n".join(self.own)


# --------------------------------------------------------------------------- greetings

SALUTATIONS = (
    "Dear Supervisors,",
    "Chair Okonkwo and members of the Board,",
    "To the Tamarack County Board of Supervisors:",
    "Hello,",
    "Honorable Supervisors,",
    "Dear Board members,",
)
SIGN_OFFS = ("Respectfully,", "Thanks,", "Best regards,", "Regards,", "With thanks,")


def greet(b: Body, rng: random.Random, share: float) -> None:
    if rng.random() < share:
        b.add(rng.choice(SALUTATIONS))


def sign(b: Body, rng: random.Random, who: Person, share: float) -> None:
    if rng.random() >= share:
        return
    off = rng.choice(SIGN_OFFS)
    b.add(off if anonymous(who) or rng.random() < 0.2 else f"{off}\n{who.name}")


# --------------------------------------------------------------------------- letters

ROUTES = Letter(
    (
        (
            "I am asking the Board to restore full funding for Routes 9 and 14 in the fiscal "
            "year 2027 budget.",
            "The recommended cut would end weekday service to Cobb's Landing and Sallow Creek "
            "after 6 p.m. and drop Saturday service altogether.",
        ),
        (
            "These two routes carry about 1,900 riders a week, most of them evening-shift "
            "workers, students at Tamarack Community College and older residents who no longer "
            "drive.",
            "For many of them there is no other way to reach the regional hospital in "
            "Merriweather.",
            "A bus that stops running at six is no use to someone whose shift ends at eleven.",
        ),
        (
            "The savings in the draft come to roughly $640,000, less than a tenth of one percent "
            "of the general fund.",
            "Cutting a lifeline to save so little is the wrong trade.",
        ),
        ("Please amend the budget to keep both routes on their current schedules.",),
    )
)
SUBJECTS = (
    "Subject: {name} of {town} asks you to keep Routes 9 and 14",
    "Subject: Keep the buses running - a message from {name} ({town})",
    "Subject: {town} resident {name}: restore Routes 9 & 14",
)

BULLETS_LEAD = "As a Tamarack County resident, these are my priorities for the 2027 budget:"
BULLETS_CLOSE = "Thank you for weighing what matters to the people you represent."
BULLETS = (
    "Protect Millrace Creek and the springs our drinking water comes from.",
    "Fund the buses, including evening service on Routes 9 and 14.",
    "Keep the Sallow Creek and Dunmore Springs library branches open five days a week.",
    "Send crisis counselors, not deputies, to mental health calls.",
    "Fix the Old Ferry Road culvert before another winter of flooding.",
    "Restore the home weatherization grants for low-income seniors.",
    "Hire the two food inspectors Environmental Health has asked for.",
    "Keep the household hazardous waste drop-off open on Saturdays.",
)
BULLET_LETTER = Letter(((BULLETS_LEAD,), BULLETS, (BULLETS_CLOSE,)))

MILLRACE_SENTENCES = (
    "I oppose the conditional use permit for the Halvorsen gravel pit on Millrace Creek.",
    "The pit would sit less than four hundred feet from the creek, upstream of the Pell "
    "Springs wellfield that serves three towns.",
    "Gravel trucks would use Quarry Hollow Road from six in the morning until eight at night, "
    "six days a week.",
    "Millrace Creek is one of the last streams in the county where steelhead still spawn.",
    "The applicant's own hydrology report admits that dewatering the pit could lower nearby "
    "wells by several feet in a dry year.",
    "Once the gravel bar is dug out, the channel cannot be put back the way it was.",
    "The Planning Commission turned this same permit down in 2019, for the same reasons.",
    "Please grant the appeal and keep heavy industry out of the Millrace watershed.",
)
MILLRACE_LETTER = Letter((MILLRACE_SENTENCES,))

STORIES_TEMPLATE = Letter(
    (
        (
            "Stories like mine are why the Millrace Creek Alliance asks the Board to overturn "
            "the Halvorsen gravel permit.",
            "The creek is worth more to this county running clear than hauled away as aggregate.",
            "Please vote yes on the appeal tonight.",
        ),
    )
)

ALERT = Letter(
    (
        (
            "I urge the Board to reject the $48 million jail expansion and fund the crisis "
            "stabilization center instead.",
            "More than a third of the people booked into the county jail last year had a "
            "diagnosed mental illness, and a cell is the costliest and least effective place "
            "to treat them.",
            "Build care, not cages.",
        ),
    )
)
SLOGAN = "Build care, not cages."
ALERT_REWORDS = (
    (
        0,
        "I'm urging the Board to reject the $48 million jail expansion and to fund the crisis "
        "stabilization center in its place.",
    ),
    (
        1,
        "Over a third of the people booked into the county jail last year had a diagnosed "
        "mental illness, and a jail cell is the costliest and least effective place to treat "
        "them.",
    ),
    (0, "I urge the Board to vote down the $48 million jail expansion and fund the crisis "
     "stabilization center instead."),
)  # fmt: skip
POLICY_LETTER = (
    "To the Board of Supervisors, on behalf of the Tamarack Justice Coalition:",
    "The Coalition submits these comments on the certification of the Phase II jail expansion "
    "and its financing plan. We have reviewed the needs assessment prepared by the Sheriff's "
    "Office in 2024, the jail population reports for the last six years, and the county's "
    "behavioral health plan adopted in March.",
    "First, the needs assessment projects bed demand from the 2019 peak population. Since then "
    "the average daily population has fallen by about 14 percent, pretrial releases have grown, "
    "and the state's sentencing changes have moved most low-level cases out of county custody. "
    "A projection anchored to the peak year overstates the need for 240 new beds.",
    "Second, the financing plan relies on certificates of participation repaid from the general "
    "fund over thirty years. Debt service would average $3.1 million a year, which is more than "
    "the county now spends on all outpatient mental health services combined.",
    "Third, a large share of the people held in the existing jail are there because no other "
    "place will take them during a psychiatric crisis. A 16-bed crisis stabilization unit, "
    "which the behavioral health plan already calls for, would serve them at lower cost and "
    "with better results, and could be built with state grant money the county has not yet "
    "applied for.",
    "We ask the Board to decline certification tonight, to direct staff to update the needs "
    "assessment with current population data, and to return within ninety days with a plan "
    "and budget for the crisis stabilization unit. Build care, not cages.",
    "Tamarack Justice Coalition\nPolicy Committee",
)

LETTERS = {
    "route-merge": ROUTES,
    "budget-bullets": BULLET_LETTER,
    "millrace-shuffle": MILLRACE_LETTER,
    "millrace-stories": STORIES_TEMPLATE,
    "care-not-cages": ALERT,
}

# --------------------------------------------------------------------------- senders' own words

OWN = {
    "route-merge": [
        "I ride the 9 home from the cannery at 10:40 every weeknight. Without it I would have "
        "to quit.",
        "My daughter takes Route 14 to her dialysis appointments three times a week.",
        "I'm seventy-eight and gave up my license last spring. The bus is how I buy groceries.",
        "Cobb's Landing has no taxi, no rideshare after dark and no sidewalk to the highway. "
        "The bus is it.",
        "I'm {name} and I drive Route 14 for the county. I see who rides it after six, and "
        "they are nurses, cooks and janitors.",
        "Please look at who is actually on these buses before you decide.",
        "I teach night classes at the college and half my students come in on the 9.",
        "We moved to Sallow Creek because the bus went there. Don't strand us.",
        "My son works the late shift at the Merriweather hospital laundry. He has no car.",
        "Saturday is the only day I can get to the food bank in town.",
        "Find the money somewhere else. There is a new fleet of SUVs in the sheriff's budget.",
        "I live at 212 Tallow Street and I can see the stop from my porch. It is never empty at "
        "night.",
        "Cutting evening service will push more people onto the highway shoulder on foot.",
        "I used to drive. Then my eyes went. Routes 9 and 14 gave me my independence back.",
        "Thank you, Supervisor, for the town hall last month. Please remember what you heard.",
        "Students at the college already skip evening labs when the bus runs late.",
        "My husband and I both work at the packing plant and we share one car that is usually "
        "broken.",
        "I volunteer at the senior center and at least ten of our regulars depend on the 14.",
    ],
    "route-intro": [
        "I'm writing because I was told the buses I rely on are on the chopping block.",
        "I have lived in Sallow Creek for thirty years and have never written to the Board "
        "before, but this matters.",
        "My name is {name}, I'm a home health aide, and I get to my clients by bus.",
        "Please don't balance the budget on the backs of people who can't drive.",
        "I heard at church that the evening buses will stop. I hope that isn't true.",
        "Routes 9 and 14 are how I get to work and back, every day, and I'm asking you to "
        "save them.",
        "I want to keep my job, and to keep my job I need the bus after six.",
        "I don't own a car. I'm not alone in that out here.",
        "I am a nursing student and I was shocked to read about this cut in the paper.",
        "As someone who takes the last bus home most nights, I'm asking you to think again.",
    ],
    "budget-bullets": [
        "Plow the county roads in the north end as often as the south end.",
        "Put a crosswalk at Fairground Road and Elm by the middle school.",
        "Open the animal shelter one evening a week so working people can adopt.",
        "Repave the Dunmore Springs park-and-ride, it's all potholes.",
        "Keep the fire lookout on Badger Peak staffed in August.",
        "Give the library a budget for Spanish-language books.",
        "Post the budget in plain language before the next hearing.",
        "Add a second eligibility worker at the Alder Flat office.",
    ],
    "budget-notes": [
        "I put the buses first because my mother rides the 14 to her doctor.",
        "My kids use the Sallow Creek library every afternoon, so that one matters most to me.",
        "I'm {name}, a retired county nurse, and the food inspectors are overdue.",
        "Our street floods at the Old Ferry culvert every January.",
        "We lost our weatherization appointment when the grants ran out. The house is 58 "
        "degrees in the morning.",
        "The hazardous waste site is the only place I can take my late father's old paint cans.",
        "I left off the jail item on purpose. Those calls need a counselor.",
    ],
    "millrace-shuffle": [
        "My well on Quarry Hollow Road went dry in 2021. I can't imagine what a pit next door "
        "would do.",
        "I fish that creek with my grandson every fall.",
        "The trucks would pass the Alder Flat school bus stop twice an hour.",
        "I'm {name}, and my family has farmed below the Pell Springs wellfield since 1952.",
        "Please listen to the people who actually live on Quarry Hollow Road.",
        "We already have two pits in this county. We don't need one in a salmon creek.",
        "The dust from the last pit coated our orchard for three summers.",
        "I'm a hydrologist by training and the applicant's drawdown numbers look optimistic to me.",
        "There are kids who learned to swim in the Millrace. Keep it that way.",
        "I live at 47 Quarry Hollow Road. Trucks every four minutes would shake my house apart.",
        "The Commission got it right in 2019 and this Board should say so.",
        "I counted eleven steelhead redds below the footbridge last winter.",
        "Our road has no shoulder and my kids walk it to the bus.",
        "Gravel can come from somewhere that isn't a spawning stream.",
        "Please come out and walk the creek before you vote.",
        "I run the fishing guide business in Pell Springs. No fish, no business.",
    ],
    "care-not-cages": [
        "My brother spent nine days in that jail during a psychotic episode. Nobody treated him.",
        "I'm a nurse at Merriweather General and we see the people the jail sends back to us.",
        "As a former corrections officer I can tell you the jail is not a hospital.",
        "$48 million could staff a crisis center for a generation.",
        "I'm {name}, a social worker in Alder Flat, and I would gladly refer clients to a "
        "crisis center.",
        "My son has schizophrenia. When he's in crisis the only option right now is a deputy.",
        "Please put the money where it actually helps people.",
        "The jail already can't hire enough staff for the beds it has.",
        "I sat on the behavioral health advisory board for six years. We asked for this center "
        "every single year.",
        "Thirty years of debt for beds we may not need is a bad deal for taxpayers too.",
        "I live in Dunmore Springs and crisis calls out here take an hour for anyone to reach.",
        "Please read the Coalition's full letter before voting.",
        "My church runs a re-entry program and every man we serve needed treatment, not a cell.",
        "I'm a taxpayer and a mother. Treat the illness.",
        "Supervisor Nakashima, you promised a crisis center when you ran. Keep that promise.",
        "My neighbor called for help for her husband and he ended up booked for trespassing.",
    ],
}

STORIES = (
    (
        "My grandfather built a cabin on the Millrace in 1948 with lumber he milled himself. He "
        "used to say the creek was the only neighbor who never asked him for anything.",
        "When I was nine he took me down to the riffle below the cabin in November and we "
        "watched a pair of steelhead dig their nest in the gravel. I didn't understand then "
        "that I was seeing something rare. I understand it now.",
        "The cabin is mine now. I drink the water from the spring behind it, the same water my "
        "grandfather drank, and I would like my own grandchildren to be able to say that.",
    ),
    (
        "I am a fourth-grade teacher at Alder Flat Elementary. Every spring for eleven years I "
        "have taken my class to the Millrace for our watershed unit.",
        "We count insects under the rocks, we test the water, and every year at least one child "
        "who has never been outside town sees a crayfish for the first time and screams with "
        "joy. Some of those children are in high school now and still talk about it.",
        "That field trip site is across the road from where the pit would go. I don't know how "
        "I would explain to my students why the county let this happen.",
    ),
    (
        "Our family moved to Quarry Hollow Road in 2016 because we wanted quiet and clean air "
        "for our son, who has severe asthma.",
        "In 2019, while the first permit was being considered, the applicant ran test trucks "
        "for two weeks. Our son was on his nebulizer every night of those two weeks. We kept a "
        "log and sent it to the Planning Commission.",
        "We can't afford to move. If this pit opens we will be living with that dust for the "
        "next twenty-five years.",
    ),
    (
        "I have guided fishing trips on the Millrace for nineteen years. I know every pool by "
        "name, and most of my clients come back year after year from three states away.",
        "They eat in our diner, they sleep in the motel in Pell Springs, they buy their licenses "
        "at the hardware store. When the creek clouded up after the 2017 fire, bookings dropped "
        "by half for two seasons.",
        "A gravel operation upstream would cloud it for good. I'm asking you to think about the "
        "businesses that depend on clear water, not only the one that depends on gravel.",
        "I'd be glad to take any supervisor out on the water before the vote.",
    ),
    (
        "My late husband and I bought our land below Pell Springs in 1979. We raised three "
        "children on well water and never once had it tested, because we never had to.",
        "Last summer a neighbor's well went dry in August, and the county told her it was the "
        "drought. She had to haul water in jugs for two months at the age of eighty-one.",
        "If the pit lowers the water table the way their own report says it could, there will "
        "be a lot more of us hauling jugs.",
    ),
    (
        "I'm a member of the Sallow Creek band and my family has fished the Millrace for as long "
        "as anyone remembers. My great-aunt dried fish on racks at the mouth of the creek.",
        "The fish are fewer every decade. We have worked with the county and the state on "
        "restoration projects, planting willows and pulling out old culverts with our own "
        "hands.",
        "It feels like a betrayal to spend years bringing the creek back and then watch the "
        "county approve a pit that undoes it all in one season.",
    ),
    (
        "Twelve years ago I was a volunteer on the creek cleanup crew. We hauled out forty-one "
        "tires, two shopping carts and an entire car door in a single weekend.",
        "Since then the creek has come back more than any of us expected. There are otters "
        "below the footbridge now. I have photographs of them with their pups.",
    ),
    (
        "I'm a long-haul truck driver, so I'm not against trucks. But I've driven Quarry Hollow "
        "Road in a loaded rig once, on a detour, and I never want to do it again.",
        "It's narrow, it's got three blind curves and a school bus stop at the bottom of the "
        "grade. There is no room to pull over if something goes wrong with your brakes.",
        "Sixty loaded trucks a day on that road is an accident waiting to happen, and it will "
        "happen to somebody's kid.",
    ),
    (
        "When my wife was dying, the only place she wanted to go was the bench by the Millrace "
        "where we got engaged. I carried her down there twice that last summer.",
        "I still go every Sunday. It's the quietest place I know. You can hear the water over "
        "the stones and nothing else.",
        "I'm not an expert on permits. I just know what that place means, and I know it won't "
        "be quiet with a pit across the road.",
    ),
    (
        "My family has run cattle on the bottomland along the Millrace for four generations. "
        "We fenced the creek off from the herd twenty years ago at our own cost, because it "
        "was the right thing to do.",
        "Our stock water comes from two shallow wells near the creek. In 2021 one of them came "
        "within a foot of going dry.",
        "If the gravel company drops the water table, our ranch is done. It's that simple.",
    ),
    (
        "I was a county planner for twenty-two years before I retired. I worked on the 2019 "
        "staff report for this same pit.",
        "Nothing about the site has changed since then. The creek is in the same place, the "
        "wellfield is in the same place, and the road is the same road. What changed is the "
        "applicant hired a new consultant.",
        "The Commission's 2019 findings are still in the record. I would encourage each of you "
        "to read them.",
    ),
    (
        "My kids learned to swim in the hole below the old mill dam. So did I, and so did my "
        "mother.",
        "Every July the whole neighborhood ends up down there on hot evenings. It is the only "
        "place within twenty miles where kids can swim for free.",
        "I don't want my grandchildren to know it only from our stories.",
    ),
    (
        "I'm a wildlife biologist and I've surveyed the Millrace for the state for six years. "
        "The spawning gravels between the footbridge and the old mill are the best left in the "
        "basin.",
        "Pits near streams tend to capture them sooner or later. A big flood breaches the berm, "
        "the creek jumps into the pit, and the channel downstream is starved of gravel for "
        "decades. I've seen it on two other rivers in this state.",
        "This is not a risk that can be mitigated with a buffer strip. Please take it seriously.",
    ),
    (
        "I'm sixteen. I'm writing this for my environmental science class but also because I "
        "care about it.",
        "Our class did water tests at the Millrace in October and the results were really good, "
        "better than any other creek we tested. Our teacher said it's one of the cleanest in "
        "the region.",
        "It would be sad to lose that for gravel.",
    ),
    (
        "We run a small bed and breakfast in Pell Springs. Almost every guest asks us the same "
        "question at breakfast: where can we walk along the creek?",
        "We send them up the Millrace trail. They come back muddy and happy and they tell their "
        "friends, and their friends book with us the next year.",
        "A gravel pit isn't something anyone drives three hours to see.",
    ),
    (
        "My father drowned in the Millrace when I was twelve, in the spring flood of 1986. For "
        "years I couldn't go near it.",
        "When I finally went back, as an adult, I found that the creek had become a place of "
        "peace for me rather than grief. I've walked it almost every week since.",
        "I know that's a personal reason and not a legal one. But you asked for public comment, "
        "and this is mine.",
    ),
    (
        "I'm a volunteer firefighter in Alder Flat. In the 2017 fire we drafted water out of the "
        "Millrace pools to protect homes on the ridge.",
        "If the pit draws the creek down in late summer, those pools won't be there when the "
        "next fire comes. And the next fire will come.",
    ),
    (
        "I moved here from the city four years ago and I'll admit I didn't know what a "
        "watershed was. I volunteered with the Alliance's planting crew to meet people.",
        "We planted two thousand willow stakes along the lower creek that first winter. This "
        "year I went back and the stakes are taller than me and full of birds.",
        "It's the most useful thing I have ever done with my hands. Please don't let it be for "
        "nothing.",
    ),
)


class OwnBank:
    """A bank of own texts, shuffled, each taken by one sender; ``{name}`` in a text becomes the
    sender's name (an anonymous sender may still sign their words)."""

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
        return text.format(name=name)


def own_texts(rng: random.Random, people: People) -> dict[str, OwnBank]:
    return {key: OwnBank(rng, people, texts) for key, texts in OWN.items()}


def row(item: str, b: Body, who: Person, campaign: str, heavy: bool = False) -> Row:
    return Row(item, b.text(), who, campaign, "heavy" if heavy else "core", False, b.personal())


# --------------------------------------------------------------------------- campaigns


def route_merge(
    rng: random.Random, people: People, own: dict[str, OwnBank]
) -> list[tuple[Row, float]]:
    """The tool's subject line and rotating salutation on every copy; heavy copies swap the
    first paragraph for the sender's own opening."""
    rows = []
    texts = ROUTES.texts()
    for n in range(COPIES["route-merge"]):
        who = people.any(0.15)
        heavy = n % 11 == 3 and n // 11 < HEAVY["route-merge"]
        shown = "a Tamarack County resident" if anonymous(who) or not who.name else who.name
        b = Body()
        b.add(rng.choice(SUBJECTS).format(name=shown, town=who.town))
        b.add(f"Dear Supervisor {SUPERVISORS[n % len(SUPERVISORS)]},")
        if heavy:
            b.mine(own["route-intro"].take(who))
            body = texts[1:]
        else:
            body = texts
        mine = own["route-merge"].take(who) if own["route-merge"] and rng.random() < 0.17 else None
        for text in body:
            b.add(text)
        if mine:
            b.mine(mine)
        b.add("Sincerely," if anonymous(who) else f"Sincerely,\n{who.name}\n{who.town}")
        rows.append((row(BUDGET, b, who, "route-merge", heavy), rng.random()))
    return rows


def bullet_lines(rng: random.Random) -> list[str]:
    picked = sorted(rng.sample(range(len(BULLETS)), rng.randint(3, 5)))
    if rng.random() < 0.35:
        rng.shuffle(picked)
    return [f"- {BULLETS[i]}" for i in picked]


def budget_bullets(
    rng: random.Random, people: People, own: dict[str, OwnBank]
) -> list[tuple[Row, float]]:
    """3 to 5 of the 8 bullets between the fixed lead-in and closing; some add their own bullet
    (its words personal) or a paragraph of their own."""
    rows = []
    bullets, notes = own["budget-bullets"], own["budget-notes"]
    for _ in range(COPIES["budget-bullets"]):
        who = people.any(0.25)
        b = Body()
        greet(b, rng, 0.4)
        lines = bullet_lines(rng)
        extra = bullets.take(who) if bullets and rng.random() < 0.12 else None
        b.add(BULLETS_LEAD + "\n" + "\n".join([*lines, f"- {extra}"] if extra else lines))
        if extra:
            b.own.append(extra)
        if notes and rng.random() < 0.1:
            b.mine(notes.take(who))
        if rng.random() < 0.85:
            b.add(BULLETS_CLOSE)
        sign(b, rng, who, 0.5)
        rows.append((row(BUDGET, b, who, "budget-bullets"), rng.random()))
    return rows


def shuffled_paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    """``sentences`` in a random order, cut into one to three paragraphs."""
    order = list(sentences)
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, len(order)), rng.choice((0, 1, 2))))
    bounds = [0, *cuts, len(order)]
    return [" ".join(order[a:b]) for a, b in itertools.pairwise(bounds)]


def millrace_shuffle(
    rng: random.Random, people: People, own: dict[str, OwnBank]
) -> list[tuple[Row, float]]:
    rows = []
    bank = own["millrace-shuffle"]
    for n in range(COPIES["millrace-shuffle"]):
        who = people.any(0.2)
        heavy = n < HEAVY["millrace-shuffle"]
        b = Body()
        greet(b, rng, 0.5)
        if heavy:
            kept = rng.sample(list(MILLRACE_SENTENCES), 3)
            b.add(" ".join(kept))
            b.mine(bank.take(who))
        else:
            mine = bank.take(who) if bank and rng.random() < 0.12 else None
            if mine and rng.random() < 0.5:
                b.mine(mine)
                mine = None
            for text in shuffled_paragraphs(rng, list(MILLRACE_SENTENCES)):
                b.add(text)
            if mine:
                b.mine(mine)
        sign(b, rng, who, 0.6)
        rows.append((row(MILLRACE, b, who, "millrace-shuffle", heavy), rng.random()))
    return rows


def millrace_stories(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """Each copy: a long story of the sender's own, then the short template."""
    rows = []
    stories = list(STORIES)
    rng.shuffle(stories)
    for story in stories[: COPIES["millrace-stories"]]:
        who = people.any(0.1)
        b = Body()
        greet(b, rng, 0.6)
        for paragraph in story:
            b.mine(paragraph)
        b.add(STORIES_TEMPLATE.text())
        sign(b, rng, who, 0.8)
        rows.append((row(MILLRACE, b, who, "millrace-stories"), rng.random()))
    return rows


def reworded_alert(rng: random.Random) -> str:
    sentences = list(ALERT.sentences())
    at, text = rng.choice(ALERT_REWORDS)
    sentences[at] = text
    return " ".join(sentences)


def care_not_cages(
    rng: random.Random, people: People, own: dict[str, OwnBank]
) -> list[tuple[Row, float]]:
    """Bare copies (many anonymous: the same words from different people), lightly reworded
    copies, copies with an own line, and heavy ones keeping one or two sentences."""
    rows = []
    bank = own["care-not-cages"]
    for n in range(COPIES["care-not-cages"]):
        who = people.any(0.4)
        heavy = n < HEAVY["care-not-cages"]
        b = Body()
        if heavy:
            kept = [ALERT.sentences()[0], SLOGAN] if n % 2 else [SLOGAN]
            b.mine(bank.take(who))
            b.add(" ".join(kept))
        else:
            greet(b, rng, 0.15)
            b.add(reworded_alert(rng) if n < HEAVY["care-not-cages"] + REWORDED else ALERT.text())
            if bank and rng.random() < 0.12:
                b.mine(bank.take(who))
            sign(b, rng, who, 0.3)
        rows.append((row(JAIL, b, who, "care-not-cages", heavy), rng.random()))
    return rows


def policy_letter(rng: random.Random) -> list[tuple[Row, float]]:
    who = Person("Tamarack Justice Coalition", "policy.tjc@example.org", "96034")
    return [(Row(JAIL, "\n\n".join(POLICY_LETTER), who), rng.uniform(0.0, 0.1))]


# --------------------------------------------------------------------------- residents

RESIDENTS_TEXT = {
    BUDGET: (
        "Please fund the sheriff's dispatch upgrade. Calls from the north end drop constantly.",
        "No new taxes.",
        "The parks department has been cut three years running. The restrooms at Lone Pine "
        "park have been locked since June.",
        "I support the budget as recommended. Staff did a careful job under a hard deficit.",
        "I'm a bus driver's wife and I'll say what he can't: the evening runs are full, not "
        "empty like the staff report implies. Count the riders on a Thursday at nine.",
        "Why is the county paying a consultant $210,000 to redesign its logo when the library "
        "in Dunmore Springs is only open three days a week? I'd like someone on the Board to "
        "answer that in public.",
        "Cut the travel budget before you cut anything people use.",
        "The road fund is a mess. Fairground Road has had the same orange barrels on it since "
        "last winter and nobody can tell me when the repair is scheduled.",
        "thank u for keeping the senior lunch program",
        "I read all 412 pages of the recommended budget. The contingency reserve is above "
        "policy by almost two million dollars. Use some of it for the one-time costs instead of "
        "cutting ongoing services people rely on, and rebuild the reserve next year when the "
        "sales tax numbers come in.",
        "Please keep the 4-H extension office funded. My kids have learned more there than "
        "anywhere.",
        "I'm fine with trimming the buses if ridership is really that low, but show us the data "
        "by stop, not just totals.",
        "Fund the libraries.",
        "As a small business owner in Merriweather I want to see the permit counter staffed "
        "full time again. It takes six weeks to get a simple sign permit.",
        "Ambulance response times in Alder Flat are over 25 minutes. That should be the first "
        "line in this budget, not the last.",
        "I agree with the earlier comment about the contingency reserve. Two million above "
        "policy is real money, and nobody on staff has explained why it has to sit there.",
        "Responding to the bus driver's wife above: I ride the 9 on Thursdays and she is right, "
        "there were twenty-two of us on the 9:15 last week.",
        "Same as the person who wrote about the libraries. Three days a week is not a library, "
        "it's a closet.",
    ),
    MILLRACE: (
        "I support the gravel pit. We need local aggregate or every road project in this county "
        "costs more because rock gets trucked in from two counties away.",
        "Deny it.",
        "I have read the hydrology appendix twice. The drawdown model assumes the gravel layer "
        "is continuous and uniform, but the county's own well logs from the 1990s show clay "
        "lenses at three of the test holes. If the model is wrong about that, the effect on the "
        "wells along Quarry Hollow could be larger or smaller than predicted, and nobody can say "
        "which. Please require a monitoring network before any digging starts. You can reach me "
        "at (530) 555-0147 if staff wants the old logs.",
        "I work for Halvorsen and this job feeds my family. The company has a good safety "
        "record and has promised to pave the first mile of Quarry Hollow Road.",
        "Is there any plan to monitor wells during operation, and who pays if one goes dry? "
        "I haven't seen that answered anywhere in the staff report.",
        "Protect the creek!!",
        "I live two miles away and honestly I'm torn. We need the jobs. We also need the water.",
        "The 2019 denial was political. The new reclamation plan is much better and the "
        "berm is designed for a hundred-year flood.",
        "Please require a bond large enough to actually restore the site. Other counties have "
        "been stuck with abandoned pits.",
        "I agree with the previous speaker about the reclamation bond. If it is approved, make "
        "the bond big enough to cover the worst case, not the average case.",
        "The road is the problem for me. Quarry Hollow is one lane wide at the bridge.",
        "no pit on the millrace",
        "I've been fishing this creek for 40 years. The fish are already in trouble. A pit "
        "upstream would finish them.",
        "To the man who works for Halvorsen: nobody wants you to lose your job. But there are "
        "other sites the company could mine, and the creek can't move.",
        "I'm a contractor. Local gravel would save my customers money. I still think this site "
        "is the wrong one, too close to the water.",
        "What are the hours of operation? The notice I got doesn't say.",
        "Agree with the contractor above. Right product, wrong place.",
    ),
    JAIL: (
        "The current jail is falling apart and unsafe for staff and inmates. Vote yes on the "
        "expansion.",
        "We need both: a safe jail and a crisis center. Why is this being framed as one or the "
        "other?",
        "I'm a deputy's spouse. He has been assaulted twice in the old housing unit. Please "
        "certify the project.",
        "Too expensive. Find a cheaper option.",
        "The Coalition's letter makes the point about the 2019 peak better than I can. Please "
        "ask staff to rerun the projection before committing thirty years of debt.",
        "I'd like to know how many of the current beds are empty on an average night.",
        "My nephew was held for four months waiting for a competency evaluation. That's the "
        "real scandal here.",
        "Vote no.",
        "My husband has bipolar disorder and has been stable for years, but in 2022 he had a "
        "bad week and a neighbor called 911. The deputies who came were kind, honestly, but "
        "they had nowhere to take him except the jail or an emergency room two hours away. He "
        "spent the night in a holding cell. I don't blame the deputies. I blame a county that "
        "gave them no other place to go.",
        "As someone who was incarcerated in this jail in 2015, I can tell you what would have "
        "helped me: a counselor, a bed in a treatment program and a ride to my appointments. "
        "Not a newer cell.",
        "Yes to the jail. Public safety comes first.",
        "Replying to the man who asked why it's one or the other: because the county can only "
        "borrow so much. The debt capacity for the next decade would be gone.",
        "I agree with the deputy's spouse that the old unit is dangerous. Renovate that unit "
        "first; you don't need 240 new beds to do it.",
        "Please post the financing documents online. I couldn't find the debt schedule anywhere.",
    ),
    RENTALS: (
        "Short-term rentals have taken over Sallow Creek. Half my street is empty on weekdays.",
        "I rent out my guest cottage on weekends and it pays my property taxes. Please keep the "
        "permit affordable.",
        "Cap the number of permits per parcel at one.",
        "Who will enforce the noise rules at 2 a.m.? The sheriff won't come out for a party.",
        "I support the ordinance.",
        "The $900 permit fee is too high for someone renting one room in their own house.",
        "Require a local contact who can be reached within an hour. The owner of the place next "
        "to us lives in another state and never answers.",
        "Vacation rentals bring visitors who spend money in our shops. Don't kill the goose.",
        "Parking is the real problem: eight cars for a three-bedroom house on a road with no "
        "shoulder.",
        "Please exempt owner-occupied homes.",
        "I agree with the previous comment about a local contact. Make it a condition of the "
        "permit and revoke permits when nobody answers.",
        "In Dunmore Springs the school enrollment fell by sixty kids in four years. Families "
        "can't find anything to rent long term.",
        "Grandfather existing rentals or you'll bankrupt people who followed the old rules.",
        "Our well can't handle a full house every weekend next door. Septic and water limits "
        "should be part of the permit.",
        "To the cottage owner who wrote earlier: one room in your own home is not the problem. "
        "Whole houses bought by investors are.",
        "This ordinance is long overdue. Thank you, Supervisor Lindqvist, for pushing it.",
        "Why does the ordinance only apply to the unincorporated area? The towns should adopt "
        "the same rules.",
        "No more rules. Let property owners decide.",
        "A lottery for permits is a terrible idea. It rewards luck, not good operators.",
        "Please add an annual report on how many complaints each permit gets.",
        "The draft says 'up to 30 nights' in one place and 'no more than 30 days' in another. "
        "Fix it before adoption.",
        "I've run a licensed rental for twelve years with zero complaints. Don't punish us for "
        "the bad ones.",
        "+1 to the person who said the towns should adopt the same rules.",
        "Fire safety inspections should be required every year, not only at the first permit.",
        "Limit whole-house rentals in residential zones. Owner-occupied is fine.",
        "I'm worried about wildfire evacuation with so many visitors who don't know the roads.",
        "ok",
        "The permit fee should go to enforcement, not the general fund.",
        "I support the ordinance but ask that the 18-month phase-in be shortened to 12.",
        "Seasonal farm workers can't find housing because every cabin is a rental now.",
        "We bought our house on Juniper Lane in 2009. Since then four of the seven houses on our "
        "road have become vacation rentals. On summer weekends there are strangers everywhere "
        "and on winter weekdays it's a ghost town. The school bus used to pick up nine kids at "
        "the corner. Now it picks up two, and one of them is mine. Please pass this.",
        "I agree with the comment about seasonal workers. Our orchard couldn't house its crew "
        "this year.",
        "Please don't forget that some of us rent rooms to travel nurses at the hospital. That "
        "is a public service.",
        "Short-term rental income keeps old farmhouses from falling down.",
        "Enforcement, enforcement, enforcement.",
        "Can the Board explain how the 200-permit cap was chosen?",
        "Please vote on this tonight rather than continuing it again.",
        "Thank you to planning staff for the community meetings.",
    ),
}
RESIDENTS = sum(len(texts) for texts in RESIDENTS_TEXT.values())
REPLY_MARKS = (
    "I agree with the",
    "Responding to",
    "Replying to",
    "Same as the person",
    "Agree with the",
    "To the man",
    "To the cottage",
    "+1 to",
)


def residents(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """Residents' own comments; replies to an earlier comment arrive after it (later half)."""
    rows = []
    for item, texts in RESIDENTS_TEXT.items():
        for text in texts:
            who = people.any(0.25)
            b = Body()
            long = len(text.split()) > 35
            greet(b, rng, 0.4 if long else 0.1)
            b.add(text)
            sign(b, rng, who, 0.5 if long else 0.15)
            reply = text.startswith(REPLY_MARKS)
            at = rng.uniform(0.75, 1.0) if reply else rng.uniform(0.0, 0.7)
            rows.append((Row(item, b.text(), who), at))
    return rows


# --------------------------------------------------------------------------- spam

SPAM = (
    "I live near Cobb's Landing and I think the buses are important for everyone. By the way, "
    "I lost 22 pounds in a month with this one trick, doctors hate it: "
    "http://slimfast-trick.example.com",
    "Great points everyone on the creek. For anyone else worried about their well, we offer "
    "FREE water testing kits, order today: https://purewell-offers.example.net/kit?ref=tmk",
    "As a longtime county resident I support whatever keeps our community safe. Check out the "
    "best home security deals of the year at http://secure-deals.example.org",
    "WIN A FREE iPhone 17!!! Click now: http://prize-center.example.com/claim",
    "Préstamos rápidos sin aval, aprobación en 10 minutos. Escríbenos: "
    "https://prestamos-ya.example.net",
    "Tamarack County Treasurer: your property tax refund of $412.60 is pending. Confirm your "
    "card at http://tamarack-refund.example.org/confirm",
    "Rencontres discrètes près de chez vous 💋 https://rencontres.example.com",
    "加微信 领取免费投资课程 日赚5000 http://licai.example.net",
    "Mua bán tài khoản quảng cáo giá rẻ, uy tín, liên hệ ngay https://taikhoan.example.org",
    "asdf jkl; qwerty uiop zxcv bnm,. asdf",
    "SEO services to rank your county website on page 1 of Google in 7 days guaranteed!!! "
    "Contact seo.rocket@example.com",
    "cheap cialis cheap cialis cheap cialis no prescription",
    "Дешёвые авиабилеты по всему миру! Бронируйте сейчас: http://avia.example.com",
    "Earn $500/day from home trading crypto signals, join our Telegram t.me/example_signals "
    "https://cryptosignals.example.net",
    "Gute Arbeit! Besuchen Sie meine Seite für mehr Tipps https://garten-tipps.example.org",
)
MIMICS = 3  # the first SPAM rows open like a resident's comment and end with a link


def spam(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    items = [key for key, _ in ITEMS]
    rows = []
    for n, text in enumerate(SPAM):
        item = (BUDGET, MILLRACE, JAIL)[n] if n < MIMICS else rng.choice(items)
        rows.append((Row(item, text, people.any(0.4), spam=True), rng.random()))
    return rows


# --------------------------------------------------------------------------- assembly


def resubmit(rng: random.Random, rows: list[Row]) -> list[Row]:
    """``RESUBMISSIONS`` rows sent again by the same named sender minutes later (one to three
    comments after the first), the same words."""
    candidates = [i for i, r in enumerate(rows) if r.who.email and not r.spam and i < len(rows) - 4]
    out = list(rows)
    for at in sorted(rng.sample(candidates, RESUBMISSIONS), reverse=True):
        r = rows[at]
        again = Row(r.item, r.body, r.who, r.campaign, r.tier, False, r.personal, True)
        out.insert(at + rng.randint(1, 3), again)
    return out


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus's rows for ``seed``, in arrival order."""
    rng = random.Random(seed)
    people = People(rng)
    own = own_texts(rng, people)
    timed: list[tuple[Row, float]] = []
    timed += route_merge(rng, people, own)
    timed += budget_bullets(rng, people, own)
    timed += millrace_shuffle(rng, people, own)
    timed += millrace_stories(rng, people)
    timed += care_not_cages(rng, people, own)
    timed += policy_letter(rng) + residents(rng, people) + spam(rng, people)
    timed.sort(key=lambda pair: pair[1])
    return [r.as_dict() for r in resubmit(rng, [r for r, _ in timed])]
