"""A fresh corpus of public comments with campaign truth, written apart from the engine's tuning.

Issue 14 asks for labels staff can trust on text nobody here wrote. ``quality_corpus.py`` was
written for that, and the engine has since been tuned against it, so its figures flatter the
engine as the fixture's do. This generator was written in session 8 without reading that one's
phrasings or templates (only the record format ``labelling_quality.py`` reads) nor the engine's
text internals, as an outsider who has seen real advocacy campaigns would write it. Nothing here
was changed after seeing the engine's labels: it is the measure, not a target.

Four agenda items of 2026 (a civilian police oversight board, a stormwater fee, the crossing guard
budget, a tree ordinance) and seven campaigns on them, 20 to 150 copies each:

* ``oversight-coalition``: a coalition's long letter; ``oversight-eastside``: a neighbourhood
  group's short letter on the same item, which copied one line of the coalition's toolkit and one
  of its phrases (two campaigns that must stay two);
* ``stormwater-homeowners``: a fill-in line ("I'm <name>, and my family owns the home at <house
  street> in <postal code>.") each member completes, a few leaving the tool's brackets unfilled;
* ``stormwater-creeks``: a mail-merge campaign spun within sentences (each sentence built from
  two to four slots of three to five phrasings each; copies rarely share a whole sentence);
* ``crossing-guards``: a PTA letter of 150 copies whose first copy is a 500-word letter mostly in
  its sender's own words;
* ``trees-canopy`` and ``trees-builders``: for and against the tree ordinance, sharing a phrase.

Copies are exact, framed by salutations and signatures of many styles ("Dear Council,", "To whom
it may concern:", "Hi all,", "Sincerely, J.", "— Maria (District 4)", "Sent from my iPhone"), with
a personal paragraph before, after or in the middle, lightly edited (typos, a sentence dropped,
two sentences swapped, pasted as one paragraph, all lower case), or heavily edited (opening,
closing and one or two sentences kept, the middle in the sender's own words: tier ``heavy``).
About one copy in ten comes from an anonymous sender ("Anonymous", "N/A", "Name withheld", "-"
where the form would not take a blank, ...) with no e-mail. Every personal sentence is composed
for its sender from slots and never recurs word for word anywhere in the corpus.

Besides the copies: comments residents wrote on the same items (some using the campaigns'
words), a few identical one-line comments ("Support." is the public agreeing, not a campaign),
comments in Spanish, Chinese and Vietnamese, and spam of several kinds.

Truth per row: ``campaign`` (or None), ``tier`` (``core``/``heavy``), ``spam``, and ``personal``:
the sender's own words (personal paragraphs, a heavy edit's rewritten middle, a long first copy's
story) as one text, or None when they added nothing. Salutations, signatures, the fill-in line and
an unfilled placeholder are not personal text (the docs' definition).

    .venv/bin/python benchmarks/quality_corpus_fresh.py | head      # one JSON row per comment
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from corpus_row import Row

SEED = 1403

POLICE = ("2026-03112", "Establishing a Community Police Oversight Board")
STORMWATER = ("2026-03140", "Stormwater utility fee on impervious surfaces")
CROSSING = ("2026-03187", "Fiscal year 2027 budget: school crossing guard program")
TREES = ("2026-03215", "Tree protection ordinance and heritage tree permits")
ITEMS = (POLICE, STORMWATER, CROSSING, TREES)

# ----------------------------------------------------------------------------- people

FIRST = (
    "Maria", "James", "Linh", "Darnell", "Priya", "Tomás", "Grace", "Kevin", "Aisha", "Robert",
    "Mei", "Carlos", "Hannah", "DeShawn", "Fatima", "Peter", "Yolanda", "Minh", "Sarah", "Luis",
    "Nadia", "Brian", "Esperanza", "Hiroshi", "Tanya", "Omar", "Rachel", "Andre", "Ngoc", "Diane",
    "Samuel", "Lucia", "Jamal", "Ingrid", "Rafael", "Keiko", "Marcus", "Beatriz", "Ethan", "Rosa",
    "Vikram", "Alicia", "Terrence", "Huong", "Gloria", "Patrick", "Amara", "Jorge", "Elena",
    "Wei", "Denise", "Francisco", "Olivia", "Tuan", "Shanice", "Michael", "Carmen", "Raj", "Joy",
    "Dmitri",
)  # fmt: skip
LAST = (
    "Gonzalez", "Nguyen", "Washington", "Patel", "Okafor", "Kim", "Hernandez", "Johnson", "Tran",
    "Rahman", "Murphy", "Chen", "Alvarez", "Brooks", "Singh", "O'Brien", "Le", "Ramirez", "Wong",
    "Jackson", "Kowalski", "Moreno", "Haddad", "Fischer", "Pham", "Castillo", "Yamamoto", "Green",
    "Delgado", "Ibrahim", "Sullivan", "Vargas", "Lin", "Coleman", "Reyes", "Andersen", "Mendoza",
    "Hoang", "Bailey", "Suarez", "Ortiz", "Huang", "Thompson", "Flores", "Abebe", "Russo",
    "Navarro", "Lopez", "Carter", "Dang",
)  # fmt: skip
DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com", "post.example.org")
POSTAL = tuple(f"958{n:02d}" for n in range(11, 39))
STREETS = (
    "Alhambra Boulevard", "Broadway", "Carlson Drive", "Del Paso Road", "Elvas Avenue",
    "Freeport Boulevard", "Garfield Avenue", "Howe Avenue", "J Street", "Kenwood Street",
    "Land Park Drive", "Marconi Avenue", "Northgate Boulevard", "Oak Park Way", "Pocket Road",
    "Riverside Boulevard", "Stockton Boulevard", "T Street", "Utah Avenue", "Valley Hi Drive",
    "Walnut Avenue", "Fruitridge Road", "Cottonwood Lane", "Magnolia Court", "Laurel Way",
)  # fmt: skip
ANONYMOUS = (
    "Anonymous", "Anonymous", "anonymous", "N/A", "n/a", "Name withheld", "Name Withheld", "-",
    "Anonymous Anonymous", "None", "anon", "Prefer not to say",
)  # fmt: skip
"""What people type when they would rather not be named ("-": the API refuses a blank name, so a
blank reaches it as what a required field was given)."""


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    postal_code: str | None
    first: str
    last: str
    district: int


class People:
    """Distinct senders: no two named people share a name, so every repeat is a new person."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def named(self) -> Person:
        rng = self.rng
        while True:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            if rng.random() < 0.08:
                name = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
            if name not in self.used:
                break
        self.used.add(name)
        email = None
        if rng.random() < 0.85:
            local = rng.choice(
                (f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}")
            )
            clean = "".join(c for c in local.lower() if c.isalnum() or c == ".")
            email = f"{clean}{len(self.used)}@{rng.choice(DOMAINS)}"
        postal = rng.choice(POSTAL) if rng.random() < 0.6 else None
        return Person(name, email, postal, first, last, rng.randint(1, 8))

    def anonymous(self) -> Person:
        return Person(self.rng.choice(ANONYMOUS), None, None, "", "", self.rng.randint(1, 8))


# ----------------------------------------------------------------------------- framing

SALUTATIONS = (
    "Dear Council,", "Dear Councilmembers,", "To whom it may concern,", "To whom it may concern:",
    "Hi all,", "Hello,", "Dear Mayor Whitfield and City Council,", "Good evening,",
    "Council members -", "Dear Chair Okonkwo and members of the committee,", "Hi,",
    "Dear Honorable Mayor and Councilmembers:",
)  # fmt: skip


def signoff(rng: random.Random, who: Person) -> str:
    """A signature in one of the styles people use; anonymous senders sign without a name."""
    if not who.first:
        return rng.choice(("", "", "A concerned resident", "Thank you.", "- a neighbor"))
    initial = who.first[0]
    styles: list[Callable[[], str]] = [
        lambda: f"Sincerely,\n{initial}.",
        lambda: f"\u2014 {who.first} (District {who.district})",
        lambda: f"Thanks,\n{who.first}",
        lambda: f"Best,\n{who.name}\n{who.postal_code or ''}".rstrip(),
        lambda: who.name,
        lambda: f"Regards,\n{who.first} {who.last[0]}.",
        lambda: "Sent from my iPhone",
        lambda: f"Thank you,\n{who.name}\nDistrict {who.district}",
        lambda: f"-{who.first}",
        lambda: f"Respectfully,\n{who.name}",
        lambda: "",
    ]
    return rng.choice(styles)()


# ----------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class Campaign:
    key: str
    item: str
    sentences: tuple[str, ...]
    paragraphs: tuple[int, ...]  # sentences per paragraph, as the campaign tool lays them out
    copies: int
    topic: str


OVERSIGHT_SHARED = (
    "Residents deserve a board that is independent, has subpoena power, and reports its findings "
    "in public."
)
"""The line the neighbourhood group copied from the coalition's toolkit."""

CAMPAIGNS = (
    Campaign(
        "oversight-coalition",
        POLICE[0],
        (
            "I am writing to urge you to vote yes on the ordinance creating a Community Police "
            "Oversight Board.",
            "For too long, complaints about officer conduct in our city have been investigated by "
            "the same department they are filed against.",
            OVERSIGHT_SHARED,
            "The board must be able to review body-worn camera footage within 30 days of any "
            "use-of-force incident.",
            "Its members should be chosen by the Council from nominations made by neighborhood "
            "associations, not appointed by the Chief of Police.",
            "Cities like Oakland, Denver and Minneapolis have shown that civilian oversight builds "
            "trust when it is given real authority and a real budget.",
            "Please fund the board with at least two full-time investigators in the 2027 budget, "
            "because an oversight board without investigators is a board in name only.",
            "Thank you for taking this step toward a police department that answers to the "
            "people it serves.",
        ),
        (2, 3, 2, 1),
        120,
        "police",
    ),
    Campaign(
        "oversight-eastside",
        POLICE[0],
        (
            "As members of Eastside Neighbors United, we support civilian oversight of the Police "
            "Department.",
            OVERSIGHT_SHARED,
            "We also ask that at least two seats on the board be reserved for residents of the "
            "Eastside and Riverside districts, where most traffic stops happen.",
            "Meetings of the board should be held in the evening and in our neighborhoods, with "
            "Spanish and Vietnamese interpretation.",
            "We want a police department that answers to the people it serves, starting with "
            "the blocks where we live.",
        ),
        (2, 2, 1),
        35,
        "police",
    ),
    Campaign(
        "stormwater-homeowners",
        STORMWATER[0],
        (
            "I am writing about the proposed stormwater utility fee.",
            "{fill}",
            "Under the staff proposal, a household like mine would pay the same rate per square "
            "foot of roof and driveway as a shopping center parking lot.",
            "That is not fair to people on fixed incomes who have lived here for decades.",
            "Please add credits for rain barrels, rain gardens and permeable driveways, as "
            "Portland and Philadelphia do.",
            "Please also cap the fee for seniors and low-income households at $8 a month.",
            "Clean creeks matter to all of us, and a fair fee will have far more support than "
            "this one.",
        ),
        (2, 2, 2, 1),
        80,
        "stormwater",
    ),
    Campaign(
        "stormwater-creeks",
        STORMWATER[0],
        (),  # spun: see SPUN
        (2, 2, 2),
        60,
        "stormwater",
    ),
    Campaign(
        "crossing-guards",
        CROSSING[0],
        (
            "I am a parent writing to ask you to restore full funding for school crossing guards "
            "in the 2027 budget.",
            "The proposed budget cuts eleven of the city's thirty-four crossing guard posts, "
            "including the corners at Lincoln, Jefferson and Harriet Tubman elementary schools.",
            "These are intersections where children cross four lanes of traffic with no signal.",
            "A crossing guard costs the city about $14,000 a post each year, less than the cost "
            "of one patrol car.",
            "When a guard is gone, parents stop letting their children walk, and even more cars "
            "crowd the drop-off lines.",
            "Please keep every crossing guard post funded and look for savings elsewhere.",
            "Our kids' safety on the way to school should never be the first thing cut.",
        ),
        (1, 2, 2, 2),
        150,
        "crossing",
    ),
    Campaign(
        "trees-canopy",
        TREES[0],
        (
            "I support the tree protection ordinance and ask you to pass it without weakening "
            "amendments.",
            "Our city has lost about 12 percent of its tree canopy since 2010, most of it on "
            "private lots during redevelopment.",
            "Mature oaks and sycamores take fifty years to replace, and they cool our streets by "
            "as much as ten degrees on summer afternoons.",
            "The ordinance should require a permit to remove any tree with a trunk over 12 inches "
            "across, with replanting or an in-lieu fee.",
            "Heritage trees should only come down when a certified arborist finds them dead, "
            "dying or hazardous.",
            "Please protect the shade our neighborhoods depend on as our summers get hotter.",
        ),
        (1, 2, 2, 1),
        50,
        "trees",
    ),
    Campaign(
        "trees-builders",
        TREES[0],
        (
            "I am writing on behalf of local homebuilders about the proposed tree protection "
            "ordinance.",
            "We all value the urban canopy, but requiring a permit to remove any tree with a "
            "trunk over 12 inches will add months and thousands of dollars to every infill "
            "project.",
            "That pushes new housing out of the city at a time when we need more homes near jobs "
            "and transit.",
            "Please exempt lots under one acre that are zoned for housing, and let a certified "
            "arborist's report replace the permit hearing.",
            "Builders are ready to plant and pay for replacement trees, but the process has to be "
            "predictable.",
        ),
        (1, 3, 1),
        20,
        "trees",
    ),
)

FILL_IN = "I'm {name}, and my family owns the home at {house} {street} in {postal}."
FILL_IN_UNFILLED = "I'm [YOUR NAME], and my family owns the home at [YOUR ADDRESS] in [ZIP CODE]."

SPUN: tuple[tuple[tuple[str, ...], ...], ...] = (
    (
        ("I am writing", "I'm writing", "I write today", "I want to write"),
        ("in support of", "to support", "to voice my support for", "in favor of"),
        ("the stormwater utility fee", "the stormwater fee", "the proposed stormwater charge"),
        ("on your agenda.", "before you this month.", "the Council is considering.", "."),
    ),
    (
        ("Every heavy rain", "Each big storm", "Every winter storm", "Each downpour"),
        ("sends", "washes", "flushes", "carries"),
        (
            "oil, trash and fertilizer",
            "motor oil and litter",
            "pollution from our streets",
            "trash and chemicals",
        ),
        (
            "straight into Willow Creek.",
            "directly into our creeks.",
            "right into Willow Creek and the river.",
            "into the creeks our kids play in.",
        ),
    ),
    (
        (
            "Our storm drains",
            "The city's storm pipes",
            "Many of our culverts",
            "Our drainage pipes",
        ),
        (
            "are more than 70 years old",
            "date back to the 1950s",
            "were built before 1960",
            "are decades past their design life",
        ),
        (
            "and flood intersections every winter.",
            "and back up onto streets several times a year.",
            "and overflow into basements in big storms.",
            "and fail almost every rainy season.",
        ),
    ),
    (
        ("A dedicated fee", "A stable funding source", "Dedicated funding", "A fee set aside"),
        ("is the only way", "is the fairest way", "is the responsible way"),
        ("to repair them", "to fix this infrastructure", "to keep up with repairs"),
        (
            "without raiding the general fund.",
            "without cutting parks and libraries.",
            "without borrowing even more.",
            "before something fails for good.",
        ),
    ),
    (
        ("Please", "I urge you to", "I ask you to", "I hope you will"),
        ("approve", "adopt", "pass", "vote for"),
        ("the fee and", "this fee and", "the proposal and"),
        (
            "keep the credits for green roofs and rain gardens.",
            "include credits for owners who manage their own runoff.",
            "offer credits for rain gardens and permeable paving.",
            "keep the low-income discount in it.",
            "make the credits easy to apply for.",
        ),
    ),
    (
        ("Thank you", "Thanks", "Thank you very much", "Many thanks"),
        (
            "for protecting our creeks.",
            "for investing in clean water.",
            "for your leadership on clean water.",
            "for taking this on.",
        ),
    ),
)
"""The spun campaign: each sentence is its slots' phrasings joined, one drawn per slot."""


# ----------------------------------------------------------------------------- own words

WHEN = (
    "Two years ago", "In 2023", "Last spring", "A few months ago", "In the summer of 2024",
    "Back in 2021", "Last October", "Over the holidays", "Earlier this year", "In 2019",
)  # fmt: skip
RELATIVE = (
    "son", "daughter", "nephew", "neighbor", "younger brother", "husband", "coworker",
    "best friend", "grandson", "roommate", "niece", "wife",
)  # fmt: skip
SCHOOL = (
    "Lincoln Elementary", "Jefferson Elementary", "Harriet Tubman Elementary",
    "Cesar Chavez Middle School", "Oak Ridge Elementary", "Sutter Middle School",
    "Bret Harte Elementary", "Pacific Elementary",
)  # fmt: skip
PLACE = (
    "the light rail station", "the Safeway on Broadway", "McKinley Park", "the 24th Street bridge",
    "Southside Park", "the library on J Street", "the taqueria on Franklin",
    "the community garden", "the high school", "the Target parking lot",
)  # fmt: skip

# Each topic's frames: a sentence is a frame with every slot drawn for its sender. The slots
# are many so that no sentence recurs word for word (checked: ``Composer`` redraws a repeat).
FRAMES: dict[str, tuple[tuple[str, dict[str, tuple[str, ...]]], ...]] = {
    "police": (
        (
            "{when} my {rel} was {what} near {place}, and {outcome}.",
            {
                "what": (
                    "stopped and searched",
                    "handcuffed during a traffic stop",
                    "questioned for almost an hour",
                    "pulled out of his car",
                    "detained by mistake",
                    "followed home by a patrol car",
                    "pushed to the ground",
                    "ticketed for jaywalking",
                ),
                "outcome": (
                    "the complaint we filed was never answered",
                    "nobody could tell us who reviewed it",
                    "the department closed the case in a week without calling us",
                    "we were told the camera had not been turned on",
                    "we never heard back at all",
                    "the officer's sergeant told us to let it go",
                    "it took eight months to get a one-line letter",
                ),
            },
        ),
        (
            "I {job}, and {view}.",
            {
                "job": (
                    "teach eighth grade at Sutter Middle School",
                    "drive for a delivery company all over the south side",
                    "work nights as a nurse at Mercy General",
                    "run a small bakery on Stockton Boulevard",
                    "am a retired firefighter",
                    "coach youth soccer in Southside Park",
                    "volunteer at the food bank on Del Paso Road",
                    "manage an apartment building near Florin Road",
                    "am a public defender",
                    "work the front desk at a hotel downtown",
                    "drive a city bus on the 51 line",
                    "own a barbershop on Broadway",
                    "work in IT for the state",
                    "am a pastor in Oak Park",
                    "clean offices downtown at night",
                    "am a social worker for the county",
                ),
                "view": (
                    "I see every week how little trust my neighbors have in the police",
                    "most people I know would never file a complaint with the department itself",
                    "I want the officers who do their jobs well to be cleared quickly and fairly",
                    "good officers have nothing to fear from a public review",
                    "the kids I work with already assume nobody will listen to them",
                    "I have watched people give up on reporting crimes because of bad stops",
                    "I have had to explain to kids why nothing happened after a complaint",
                    "my customers talk about it more than about anything else",
                    "the current process protects nobody, officers included",
                    "a public board is the only process people here would believe",
                ),
            },
        ),
        (
            "After {years} years in {hood}, I {belief}.",
            {
                "years": ("six", "eleven", "twenty", "thirty-two", "nine", "fourteen", "three"),
                "hood": (
                    "Oak Park",
                    "Del Paso Heights",
                    "Meadowview",
                    "Midtown",
                    "South Land Park",
                    "North Sacramento",
                    "the Pocket",
                    "Tahoe Park",
                    "Curtis Park",
                ),
                "belief": (
                    "know that trust has to be earned back block by block",
                    "have seen three police chiefs promise reform and leave",
                    "think this board is the least we can do",
                    "want my grandchildren to grow up less afraid than mine did",
                    "believe most officers would welcome a fair referee",
                ),
            },
        ),
    ),
    "stormwater": (
        (
            "{when} {flood} on our block of {street}, and {cost}.",
            {
                "flood": (
                    "the storm drain backed up",
                    "water came over the curb",
                    "our garage flooded",
                    "the whole intersection turned into a lake",
                    "our crawl space filled with water",
                    "the gutter overflowed into our yard",
                ),
                "cost": (
                    "the repairs cost us more than $4,000",
                    "it took the city three days to clear the drain",
                    "we lost a freezer and most of our tools",
                    "we had to replace the water heater",
                    "my insurance would not cover any of it",
                    "our neighbor's car was totaled",
                ),
            },
        ),
        (
            "Our lot is {size} square feet with {surface}, so {bill}.",
            {
                "size": ("4,800", "5,200", "6,000", "3,900", "7,500", "5,650", "4,350"),
                "surface": (
                    "a long concrete driveway",
                    "a detached garage and a patio",
                    "a gravel drive we put in ourselves",
                    "mostly lawn and a small roof",
                    "a carport and a shed",
                    "a flat roof and a paved backyard",
                ),
                "bill": (
                    "I expect the fee to land somewhere near $180 a year",
                    "I honestly cannot tell from the staff report what we would owe",
                    "we would pay more than the duplex next door",
                    "the calculator on the city website gave us three different answers",
                    "it would be our third new utility charge since 2024",
                ),
            },
        ),
        (
            "I {who} and {plan}.",
            {
                "who": (
                    "am a retired schoolteacher on a pension",
                    "rent out the back unit to my sister",
                    "work for the county parks department",
                    "have two rain barrels and a small rain garden already",
                    "grew up swimming in Willow Creek",
                    "volunteer with the creek cleanup every April",
                    "am a landscape contractor",
                    "just bought our first house last year",
                    "am a single mom working two jobs",
                    "manage a small apartment complex",
                    "care for my mother in our home",
                    "sit on my neighborhood association's board",
                    "have lived on Cottonwood Lane since 1987",
                ),
                "plan": (
                    "would gladly put in more if the city met us halfway",
                    "pulled four shopping carts out of the creek last year",
                    "want to know exactly where the money will go",
                    "would like to see the project list before the vote",
                    "have asked the utility twice about the outfall behind our street",
                    "have never once seen the city clean the drain out front",
                    "would rather pay a fair fee now than a failed pipe later",
                    "need to know whether renters will see this in their rent",
                    "think the credit program should start on day one",
                    "cannot afford another surprise bill this year",
                ),
            },
        ),
    ),
    "crossing": (
        (
            "My {kid} is in {grade} at {school}, and {walk}.",
            {
                "kid": (
                    "son",
                    "daughter",
                    "youngest",
                    "stepson",
                    "granddaughter",
                    "twins",
                    "foster son",
                    "oldest",
                ),
                "grade": (
                    "kindergarten",
                    "first grade",
                    "second grade",
                    "third grade",
                    "fourth grade",
                    "fifth grade",
                    "sixth grade",
                ),
                "walk": (
                    "walks the six blocks to school with her friends",
                    "crosses Freeport Boulevard every morning",
                    "rides his bike there when the weather is good",
                    "walks with our neighbor's kids while I get to work",
                    "has crossed at the same corner for three years",
                    "just started walking on his own this fall",
                ),
            },
        ),
        (
            "{when} I watched {car} {danger} at the corner of {street}.",
            {
                "car": (
                    "a pickup truck",
                    "a delivery van",
                    "a driver on her phone",
                    "a city bus",
                    "an SUV",
                    "a speeding sedan",
                    "a garbage truck",
                ),
                "danger": (
                    "run the red light while kids were in the crosswalk",
                    "swing around the guard's stop sign",
                    "miss a first grader by a couple of feet",
                    "roll through the crosswalk without even slowing down",
                    "pass a stopped car that was letting children cross",
                ),
            },
        ),
        (
            "{guard} has {done} for {years} years, and {knows}.",
            {
                "guard": (
                    "Mr. Alvarez",
                    "Ms. Pearl",
                    "Our guard Doris",
                    "Mr. Tanaka",
                    "Ms. Henderson",
                    "Our crossing guard, Mr. Ray",
                ),
                "done": (
                    "worked the corner by our school",
                    "stood at that crosswalk in every weather",
                    "walked our kids across",
                    "kept that intersection safe",
                ),
                "years": ("nine", "twelve", "seventeen", "five", "twenty-two", "eight"),
                "knows": (
                    "she knows every child by name",
                    "drivers slow down the moment they see him",
                    "he once pulled a boy back from a car that never stopped",
                    "the kids wave to her on weekends",
                    "nobody could replace what he knows about that street",
                ),
            },
        ),
    ),
    "trees": (
        (
            "{when} the {tree} {what} on {street} {gone}.",
            {
                "tree": (
                    "big valley oak",
                    "old sycamore",
                    "pair of elms",
                    "deodar cedar",
                    "London plane",
                    "row of magnolias",
                    "black walnut",
                ),
                "what": (
                    "that shaded our whole block",
                    "in front of the corner duplex",
                    "behind the old church",
                    "next to the bus stop",
                    "across from our house",
                ),
                "gone": (
                    "was cut down in one afternoon for a driveway",
                    "came down with no notice to anyone",
                    "was removed for a lot split and never replaced",
                    "was taken out even though an arborist said it was healthy",
                    "disappeared the week after the house sold",
                ),
            },
        ),
        (
            "Our {room} {heat} since {loss}.",
            {
                "room": (
                    "upstairs bedroom",
                    "front room",
                    "apartment",
                    "back porch",
                    "kitchen",
                    "house",
                    "bedroom on the west side",
                    "classroom",
                    "little yard",
                ),
                "heat": (
                    "runs eight degrees hotter in August",
                    "has needed the air conditioner all summer",
                    "gets direct sun from noon until sunset",
                    "is unbearable on July afternoons",
                    "bakes like an oven by three o'clock",
                    "is too hot for my kids to play in",
                ),
                "loss": (
                    "the neighbor's oak came down",
                    "the city removed the street trees for the sidewalk work",
                    "the apartments went up next door",
                    "the old sycamore was cut",
                    "the landlord took out the elm by our window",
                    "PG&E trimmed the oak down to a stump",
                ),
            },
        ),
        (
            "I {who}, and {view}.",
            {
                "who": (
                    "have planted eleven street trees with the Tree Foundation",
                    "am a nurse and see heat-related illness every summer",
                    "walk my dog through Land Park every morning",
                    "restore old houses for a living",
                    "teach biology at Hiram Johnson",
                    "am raising two kids in an apartment with no yard",
                    "grew up under the oaks in Curtis Park",
                    "am a retired forester",
                    "run a small landscaping business",
                    "bike to work on streets with no shade at all",
                    "am seventy-eight and cannot go outside in the afternoon heat",
                ),
                "view": (
                    "shade is the cheapest air conditioning this city has",
                    "a replanted sapling is no match for a hundred-year-old oak",
                    "permits should not take so long that owners give up",
                    "the in-lieu fee should go to the neighborhoods with the fewest trees",
                    "I have seen too many healthy trees lost to save a few weeks",
                    "heritage trees are part of what makes a neighborhood a neighborhood",
                    "the city should lead by protecting its own street trees first",
                    "replacement trees need to be watered for three years or they die",
                    "homeowners need help paying for arborists, not just more rules",
                ),
            },
        ),
    ),
}


class Composer:
    """A sender's own sentences, each drawn slot by slot and never repeated in the corpus."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def sentence(self, topic: str, frame_at: int | None = None) -> str:
        rng = self.rng
        for _ in range(200):
            at = rng.randrange(len(FRAMES[topic])) if frame_at is None else frame_at
            frame, slots = FRAMES[topic][at]
            values = {k: rng.choice(v) for k, v in slots.items()}
            values.setdefault("when", rng.choice(WHEN))
            values.setdefault("rel", rng.choice(RELATIVE))
            values.setdefault("place", rng.choice(PLACE))
            values.setdefault("street", rng.choice(STREETS))
            values.setdefault("school", rng.choice(SCHOOL))
            text = frame.format(**values)
            if text not in self.seen:
                self.seen.add(text)
                return text
        raise RuntimeError(f"the {topic} frames ran out of new sentences")

    def paragraph(self, topic: str, low: int = 1, high: int = 3) -> str:
        """One to three sentences, each from a different frame (nobody tells two flood stories
        in one breath)."""
        frames = self.rng.sample(range(len(FRAMES[topic])), self.rng.randint(low, high))
        return " ".join(self.sentence(topic, at) for at in frames)


# ----------------------------------------------------------------------------- copies


def _typo(rng: random.Random, sentence: str) -> str:
    """One slip of the keyboard in a word of five letters or more: two letters swapped or one
    dropped."""
    words = sentence.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return sentence
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _paragraphs(sentences: Sequence[str], layout: Sequence[int]) -> list[str]:
    """The sentences laid out as the campaign tool does, ``layout`` sentences per paragraph
    (the last takes whatever is left when a copy has more or fewer)."""
    out, at = [], 0
    for n, size in enumerate(layout):
        part = sentences[at:] if n == len(layout) - 1 else sentences[at : at + size]
        at += size
        if part:
            out.append(" ".join(part))
    return out


class Generator:
    """One corpus, seeded: campaigns' copies, residents' own comments, other languages, spam."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.people = People(self.rng)
        self.words = Composer(self.rng)

    # -- one copy ------------------------------------------------------------------------

    def template(self, campaign: Campaign, who: Person) -> list[str]:
        """The campaign's sentences as this member's tool sends them (fill-in completed, spun
        slots drawn)."""
        if campaign.key == "stormwater-creeks":
            return [self.spun_sentence(slots) for slots in SPUN]
        lines = list(campaign.sentences)
        if "{fill}" in lines:
            lines[lines.index("{fill}")] = self.fill_in(who)
        return lines

    def spun_sentence(self, slots: Sequence[Sequence[str]]) -> str:
        text = " ".join(self.rng.choice(slot) for slot in slots)
        return text.replace(" .", ".")

    def fill_in(self, who: Person) -> str:
        """The fill-in line, completed; a few members leave the tool's brackets as they were."""
        if not who.first or self.rng.random() < 0.04:
            return FILL_IN_UNFILLED
        house = self.rng.randint(100, 9899)
        street = self.rng.choice(STREETS)
        postal = who.postal_code or self.rng.choice(POSTAL)
        return FILL_IN.format(name=who.name, house=house, street=street, postal=postal)

    def copy(self, campaign: Campaign) -> Row:
        """One member's copy: its variant drawn, its truth recorded."""
        rng = self.rng
        who = self.people.anonymous() if rng.random() < 0.1 else self.people.named()
        lines = self.template(campaign, who)
        personal: list[str] = []
        tier = "core"
        kind = rng.random()
        layout = campaign.paragraphs
        heavy_ok = len(lines) >= 6 and campaign.key != "stormwater-creeks"
        if kind < 0.22:  # exact: what the tool sends
            pass
        elif kind < 0.34:  # own words before the letter
            own = self.words.paragraph(campaign.topic)
            personal.append(own)
            lines, layout = [own, *lines], (1, *layout)
        elif kind < 0.50:  # own words after it
            own = self.words.paragraph(campaign.topic)
            personal.append(own)
            lines, layout = [*lines, own], (*layout, 1)
        elif kind < 0.56:  # own words in the middle
            own = self.words.paragraph(campaign.topic, 1, 2)
            personal.append(own)
            at = sum(layout[:2])
            lines = [*lines[:at], own, *lines[at:]]
            layout = (*layout[:2], 1, *layout[2:])
        elif kind < 0.72:  # a light edit
            lines = self.light_edit(lines)
        elif kind < 0.80 and heavy_ok:  # a heavy edit
            lines, own_lines = self.heavy_edit(lines, campaign.topic)
            personal.extend(own_lines)
            tier = "heavy"
            layout = (1, len(lines) - 2, 1)
        paragraphs = _paragraphs(lines, layout)
        if rng.random() < 0.12:  # pasted as one block
            paragraphs = [" ".join(paragraphs)]
        body = self.frame(paragraphs, who)
        text = " ".join(personal) or None
        return Row(campaign.item, body, who, campaign.key, tier, personal=text)

    def light_edit(self, lines: list[str]) -> list[str]:
        """Typos, a middle sentence dropped, two neighbouring sentences swapped, or the whole
        letter typed in lower case: one or two of them."""
        rng = self.rng
        lines = list(lines)
        for edit in rng.sample(("typo", "drop", "swap", "typo2", "lower"), rng.randint(1, 2)):
            if edit in ("typo", "typo2"):
                i = rng.randrange(len(lines))
                lines[i] = _typo(rng, lines[i])
            elif edit == "drop" and len(lines) >= 5:
                del lines[rng.randrange(1, len(lines) - 1)]
            elif edit == "swap" and len(lines) >= 4:
                i = rng.randrange(1, len(lines) - 2)
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            elif edit == "lower":
                lines = [line.lower() for line in lines]
        return lines

    def heavy_edit(self, lines: list[str], topic: str) -> tuple[list[str], list[str]]:
        """Opening and closing kept, one or two middle sentences kept in place, the rest of the
        middle in the sender's own words."""
        rng = self.rng
        middle = list(range(1, len(lines) - 1))
        kept = sorted(rng.sample(middle, rng.randint(1, 2)))
        frames = rng.sample(range(len(FRAMES[topic])), rng.randint(2, 3))
        own = [self.words.sentence(topic, at) for at in frames]
        body = [lines[0], *(lines[i] for i in kept), *own, lines[-1]]
        if rng.random() < 0.5:  # own words first, kept sentences after
            body = [lines[0], *own, *(lines[i] for i in kept), lines[-1]]
        return body, own

    def frame(self, paragraphs: list[str], who: Person) -> str:
        rng = self.rng
        parts = list(paragraphs)
        if rng.random() < 0.6:
            parts.insert(0, rng.choice(SALUTATIONS))
        if rng.random() < 0.7:
            sign = signoff(rng, who)
            if sign:
                parts.append(sign)
        return "\n\n".join(parts)

    def long_first_copy(self, campaign: Campaign) -> Row:
        """The campaign's first copy: a parent's 500-word letter, most of it their own, with
        the PTA's letter pasted at the end."""
        who = self.people.named()
        own = [LONG_STORY, self.words.paragraph(campaign.topic, 3, 3)]
        body = self.frame([*own, *_paragraphs(list(campaign.sentences), campaign.paragraphs)], who)
        return Row(campaign.item, body, who, campaign.key, "core", personal=" ".join(own))

    # -- the corpus ----------------------------------------------------------------------

    def rows(self) -> list[Row]:
        """Every comment in arrival order: campaigns arrive in waves over the comment period,
        mixed with residents' own comments, other languages and spam."""
        rng = self.rng
        streams: list[list[Row]] = []
        for campaign in CAMPAIGNS:
            copies = [self.copy(campaign) for _ in range(campaign.copies)]
            if campaign.key == "crossing-guards":
                copies[0] = self.long_first_copy(campaign)
            streams.append(copies)
        streams.append(self.residents())
        rows: list[Row] = []
        while any(streams):
            live = [s for s in streams if s]
            stream = rng.choices(live, weights=[len(s) for s in live])[0]
            rows.append(stream.pop(0))
        return rows

    def residents(self) -> list[Row]:
        """Comments nobody copied: written ones, composed ones, one-liners, other languages and
        spam, shuffled together."""
        rng = self.rng
        out = [Row(item, body, self.people.named()) for item, body in OWN_COMMENTS]
        topics = {"police": POLICE[0], "stormwater": STORMWATER[0]}
        topics |= {"crossing": CROSSING[0], "trees": TREES[0]}
        for topic, item in topics.items():
            for _ in range(9):
                opener = rng.choice(OPENERS[topic])
                body = f"{opener} {self.words.paragraph(topic, 1, 3)}"
                who = self.people.anonymous() if rng.random() < 0.15 else self.people.named()
                out.append(Row(item, body, who))
        for item, body in ONE_LINERS:
            out.append(Row(item, body, self.people.named()))
        for item, body in OTHER_LANGUAGES:
            out.append(Row(item, body, self.people.named()))
        for body in SPAM:
            item = rng.choice(ITEMS)[0]
            out.append(Row(item, body, self.people.named(), spam=True))
        rng.shuffle(out)
        return out


# ----------------------------------------------------------------------------- residents

LONG_STORY = (
    "I have been putting off writing this letter for weeks because every time I start it I end "
    "up angry, so please forgive me if it runs long. I sign this letter as a parent, but "
    "I am also a former crossing guard myself. I worked the corner of Freeport and Fruitridge for "
    "two school years while my own kids were small, from 7:15 to 8:30 in the morning and again "
    "from 2:30 to 3:45, in the heat in September and in the dark and the rain in December. The "
    "pay was barely above minimum wage and there were no benefits, and I did it anyway because I "
    "could see what happened on the days the post was empty. On those days drivers treated the "
    "crosswalk like a suggestion. I once stood in the middle of four lanes holding my sign while "
    "a man in a landscaping truck leaned on his horn and yelled that he was late, with a "
    "second grader frozen on the curb behind me. I have had side mirrors brush my coat. I have "
    "written down more license plates than I can count and handed them to the school resource "
    "officer, who did what he could. The families at our school do not all have cars, and many "
    "of the parents leave for work before the bell, so the children walk, often in groups, "
    "often with an older sibling who is ten or eleven years old and in charge of three little "
    "ones. Those kids are the ones who lose when a post is cut. I read the budget document, all "
    "of the public works and police sections, and I understand that the city has a deficit and "
    "that something has to give. But the line item for these eleven posts is smaller than the "
    "overtime the city spent on a single weekend of events downtown last summer, according to "
    "the same document. I would rather see my own taxes go up a little than explain to a "
    "neighbor why nobody was standing at that corner."
)

OPENERS = {
    "police": (
        "I'm not part of any group, just a resident.",
        "Writing as a retired deputy from another county.",
        "I have mixed feelings about this board.",
        "Quick comment on the oversight board proposal.",
        "I do not support the board as drafted.",
        "Our neighborhood association has not taken a position, so this is just me.",
    ),
    "stormwater": (
        "I oppose this new fee.",
        "I'm a civil engineer and I read the rate study.",
        "Another fee on homeowners?",
        "I support clean water but have questions about the fee.",
        "Please explain how the fee was calculated.",
        "My comment is about the creek, not the money.",
    ),
    "crossing": (
        "I'm a grandparent, not a parent, but this matters to me.",
        "I drive through two of these school zones every day.",
        "Please don't cut the crossing guards.",
        "I am a teacher at one of the affected schools.",
        "I understand the budget is tight.",
        "Speaking for myself and not my employer.",
    ),
    "trees": (
        "Mixed feelings on the tree ordinance.",
        "I am an arborist and have worked in this city for twenty years.",
        "Please do not make it harder to remove dangerous trees.",
        "Trees matter, but so does housing.",
        "I love our trees.",
        "I own a small rental and have a question about the ordinance.",
    ),
}

OWN_COMMENTS: tuple[tuple[str, str], ...] = (
    (
        POLICE[0],
        "I have been a police officer in this city for 14 years. I am not against oversight, but "
        "the board as written gives subpoena power to people with no training in use-of-force "
        "law. Please require training for board members and keep the investigations "
        "confidential until they are finished.",
    ),
    (
        POLICE[0],
        "We already have an Office of Public Safety Accountability. Why not give it the staff it "
        "asked for three years ago instead of starting a whole new board? Fund what exists.",
    ),
    (
        POLICE[0],
        "Dear Council, my brother was killed in a shooting in 2022 and the detectives who worked "
        "his case were kind to our family and worked hard. I worry this board will make it harder "
        "to hire officers, and we are already short. Please think about the families waiting on "
        "cases. — Yolanda",
    ),
    (
        POLICE[0],
        "Independent oversight is long overdue. Body camera footage should be public within days, "
        "not months, and the board should be able to recommend discipline that the chief has to "
        "answer in writing. Denver's model is a good one to study.",
    ),
    (
        POLICE[0],
        "The ordinance says the board 'may' review use of force cases. It should say 'shall'. "
        "Otherwise this is a board that meets once a quarter and reviews nothing. Also, who staffs "
        "it? The fiscal note is blank.",
    ),
    (
        POLICE[0],
        "Hi all, I live in District 6 and attended the community meeting at the library. Most "
        "people there wanted the board, but nobody explained how complaints would be filed. "
        "Please add an online form in several languages and a phone line.",
    ),
    (
        STORMWATER[0],
        "I own a small warehouse on Power Inn Road with a large paved yard. Under this fee my "
        "annual bill would be around $11,000. I am willing to pay my share but I need two years "
        "to phase it in and a credit for the bioswale we already built in 2020.",
    ),
    (
        STORMWATER[0],
        "Churches should be exempt. Our parking lot is used by the whole neighborhood for "
        "funerals, food distribution and voting. Charging a congregation of 80 people for its "
        "pavement will close us.",
    ),
    (
        STORMWATER[0],
        "The creeks in this city are a disgrace. I walk the Willow Creek trail every weekend and "
        "there are tires, shopping carts and an oily sheen after every rain. I'll pay the fee if "
        "it actually cleans them up. Publish a list of projects and a map.",
    ),
    (
        STORMWATER[0],
        "Why is the fee based on impervious area instead of the assessed value? Renters will pay "
        "this through their rent increases and landlords will keep the credits. Please have the "
        "housing department look at who really pays.",
    ),
    (
        STORMWATER[0],
        "To whom it may concern: the storm drain at 21st and Broadway has been clogged for two "
        "winters now. Before you charge anyone a new fee, fix what you already own. Thank you.",
    ),
    (
        CROSSING[0],
        "I am the principal's assistant at Jefferson Elementary. Of our 410 students, about 260 "
        "walk. Our crossing guard Ms. Pearl is the reason parents feel safe letting them. Please "
        "fund her post and the others.",
    ),
    (
        CROSSING[0],
        "Instead of crossing guards, put in a signal or a raised crosswalk at the worst corners. "
        "That is a one-time cost and it works all day, not just at 8 am. I'd support using the "
        "guard money for that.",
    ),
    (
        CROSSING[0],
        "Cutting crossing guards to save $150,000 while the city pays consultants millions is "
        "insulting. My daughter walks to Tubman every morning across Stockton Blvd. Find the "
        "money.",
    ),
    (
        CROSSING[0],
        "Good evening. I run the after-school program at Sutter Middle. Our kids leave at 5:30 "
        "when there are no guards at all and it is already dark in winter. Any crossing guard "
        "plan should cover the late dismissal too.",
    ),
    (
        CROSSING[0],
        "Please consider asking the school district to share the cost of the crossing guard "
        "program. Other cities split it 50/50 with their districts.",
    ),
    (
        TREES[0],
        "The tree ordinance is a good idea but the 12-inch threshold is too low. A lot of those "
        "are volunteer trees like Chinese elms and tree of heaven that nobody planted. Exempt "
        "invasive species.",
    ),
    (
        TREES[0],
        "My neighbor's eucalyptus drops limbs on my roof every windstorm. Under this ordinance "
        "would I need to pay for a permit and an arborist just to have a dangerous tree removed? "
        "That seems backwards.",
    ),
    (
        TREES[0],
        "Shade equity matters. North Sacramento and Meadowview have half the canopy of Land Park. "
        "The in-lieu fees should be spent planting trees in the neighborhoods that have the "
        "fewest, and the city should water them for the first three years.",
    ),
    (
        TREES[0],
        "I'm a residential contractor. Most of my clients want to keep their big trees. The "
        "problem is the permit timeline: if it takes 90 days, people will just cut the tree "
        "before they apply for anything. Make it fast and cheap and people will follow it.",
    ),
    (
        TREES[0],
        "Please protect the heritage valley oaks along the American River Parkway edge. Several "
        "have been lost to new houses on Arden Way in the last two years.",
    ),
)

ONE_LINERS: tuple[tuple[str, str], ...] = (
    (POLICE[0], "Support."),
    (POLICE[0], "Support."),
    (POLICE[0], "Vote no on the oversight board."),
    (STORMWATER[0], "No new fees!"),
    (STORMWATER[0], "No new fees!"),
    (STORMWATER[0], "No new fees!"),
    (CROSSING[0], "Keep the crossing guards."),
    (CROSSING[0], "Keep the crossing guards."),
    (TREES[0], "I support the tree ordinance."),
    (TREES[0], "Oppose."),
)
"""Short comments several people send alike: the public agreeing, counted one by one."""

OTHER_LANGUAGES: tuple[tuple[str, str], ...] = (
    (
        POLICE[0],
        "Apoyo la creación de la junta de supervisión policial. En mi barrio muchas familias "
        "tienen miedo de presentar una queja. Por favor, que las reuniones tengan interpretación "
        "al español.",
    ),
    (
        CROSSING[0],
        "Mis dos hijos caminan a la escuela Jefferson todos los días. Sin el guardia de cruce, "
        "no sé cómo van a cruzar la avenida. Por favor no eliminen ese puesto.",
    ),
    (
        STORMWATER[0],
        "Soy jubilada y vivo sola. Otra tarifa más es difícil para mí. Pido un descuento para "
        "personas mayores.",
    ),
    (
        STORMWATER[0],
        "我支持保护河流，但是这个雨水费对老年人和低收入家庭太高了。请给安装雨水桶的家庭减免费用。",  # noqa: RUF001
    ),
    (
        TREES[0],
        "我家门前的老橡树夏天给整条街遮阴。请通过保护树木的条例，不要让开发商随便砍树。",  # noqa: RUF001
    ),
    (
        CROSSING[0],
        "我的孙子在林肯小学上学，每天早上过马路很危险。请保留过街安全员。",  # noqa: RUF001
    ),
    (
        CROSSING[0],
        "Con tôi học lớp hai ở trường Lincoln. Xin hội đồng thành phố giữ lại người hướng dẫn "
        "qua đường, vì xe chạy rất nhanh trên đường Freeport.",
    ),
    (
        POLICE[0],
        "Tôi ủng hộ việc thành lập hội đồng giám sát cảnh sát. Cần có thông dịch tiếng Việt tại "
        "các buổi họp để người lớn tuổi có thể tham gia.",
    ),
    (
        TREES[0],
        "Cây xanh giúp khu phố mát hơn vào mùa hè. Tôi đồng ý với quy định bảo vệ cây, nhưng "
        "thủ tục xin phép cần đơn giản hơn.",
    ),
)

SPAM: tuple[str, ...] = (
    "hello hello hello hello hello hello hello hello hello hello hello hello hello",
    "Поздравляем! Вы выиграли новый iPhone 16 Pro. Заберите свой приз сегодня: "
    "https://priz-bonus.example.ru/claim?id=55120",
    "Boost your website to page 1 of Google in 30 days! Affordable SEO packages for local "
    "businesses and contractors: https://rankfast.example.com/offer",
    "Crypto signals group with 300% returns guaranteed. Join us on Telegram @moonsignals2026 "
    "before spots run out!!!",
    "Ray-Ban sunglasses 85% OFF today only http://rb-outlet.example.shop "
    "http://rb-outlet.example.shop/sale",
    "代开各类发票，正规可查，联系微信 fp8866 或电话 13800138000",  # noqa: RUF001
    "Need a loan? Bad credit OK. Instant approval up to $50,000. Call +1 (916) 555-0147 or "
    "email fastcash@example.net",
    "asdkjh qweoiu zxcmnb lkjhgf poiuyt mnbvcx asdfgh qwerty",
    "Nhà cái uy tín số 1, tặng 100k khi đăng ký tài khoản mới, truy cập ngay "
    "https://bet88.example.vn",
    "Great post, very informative! Check out my blog for more tips on home decor and gardening "
    "https://decor-tips.example.com",
    "Gana dinero desde casa, hasta 500 dólares diarios sin experiencia. Escríbenos al "
    "WhatsApp +52 55 1234 5678",
    "Looking for a reliable essay writer? Plagiarism-free papers, 24h delivery, all subjects. "
    "WhatsApp +44 7700 900123",
)


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus's rows in arrival order."""
    return [row.as_dict() for row in Generator(seed).rows()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    for row in generate(args.seed):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
