"""A third corpus of public comments with campaign truth, written by an outsider to the engine.

Written on 2026-12-03 (session 9, issue 14 item 7) by a helper session that never read the
labelling engine (``intake/text/``, ``intake/labelling/``), its documentation
(``docs/labelling.md``, ``docs/spam.md``), nor the two earlier generators (of
``quality_corpus_fresh.py`` only its record format: the ``Row`` fields, ``as_dict`` and its module
docstring). It learned how people write from
the real eComments in ``../shared/seeds/`` and from ``labelling_quality.py``'s loaders (what the
truth fields mean). Every phrasing, template, slot and structure here is its own. It was committed
before the labeller was ever run on it. **It is a measure, never a target: do not tune the engine
on it, and do not edit it after seeing the engine's labels** (write a fourth one instead).

One seed (``SEED`` = 1501), read by ``labelling_quality.py`` as ``generated-third``. Four invented
agenda items (evening parking meters, a short-term rental cap, a public pool's bond, a gas leaf
blower phase-out) and eight campaigns on them, 20 to 110 copies each:

* ``rentals-neighbours`` and ``rentals-hosts``: two sides of one item that share one whole sentence
  and one phrase, and must stay two campaigns; the neighbours' letter opens with a fill-in line
  (name, street address, ZIP), the hosts' letter closes with one (an e-mail address);
* ``parking-merchants``: a fill-in line with the shop's street address and a 555 phone number;
* ``parking-riders``: a mail-merge letter spun within sentences (every sentence is assembled from
  two to four slots of three or four phrasings), so two copies rarely share a whole sentence;
* ``pool-families``: its first copy is a swim coach's long letter, mostly in her own words, with
  the template's sentences spread through it; a fill-in line (name, phone) in the middle;
* ``pool-taxpayers``: a short letter against the same bond;
* ``blowers-quiet``: a fill-in line (street, ZIP), often pasted as a bullet list;
* ``blowers-crews``: a Spanish letter from landscaping workers on the same item.

Each copy is framed by a salutation and a sign-off (or not), may carry a personal paragraph before,
after or in the middle of the template, light edits (a typo, a sentence dropped, two swapped, the
paragraphs merged, all lower or upper case, curly quotes, doubled spaces and blank lines, a bullet
list) or a heavy edit (the opening, the closing and one to three other sentences kept, the middle in
the sender's own words: tier ``heavy``). Fill-in lines are sometimes left with the tool's brackets.
About one sender in eight is anonymous ("Anonymous", "N/A", "Name withheld", "-" for a blank the
form would not take, ...) with no e-mail; every sender is a different person. Personal sentences
are composed from slots and never repeat anywhere in the corpus.

Besides the copies: 92 comments written by residents (some borrowing a campaign's words, some made
of stock civic phrases, one-liners several people send alike, comments in Spanish, Vietnamese,
Chinese, Tagalog, Korean, Portuguese and Russian) and 16 spam comments in several languages. All
contact data is fictional: e-mails at example.com, phone numbers in 555-01xx.

Truth per row: ``campaign`` (or None), ``tier`` (``core``/``heavy``), ``spam``, ``personal``: the
words the sender added (personal paragraphs, a heavy edit's rewritten middle, the long first copy's
own text), or None. Salutations, sign-offs, fill-in lines and placeholders are not personal text.

    .venv/bin/python benchmarks/quality_corpus_third.py | head      # one JSON row per comment
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

SEED = 1501
NAME = "generated-third"

PARKING = "2026-01412"
RENTALS = "2026-01433"
POOL = "2026-01458"
BLOWERS = "2026-01471"
ITEMS = (
    (
        PARKING,
        "Extending paid parking meter hours to 9 p.m. and Sundays in the Harbor Street district",
    ),
    (RENTALS, "Capping short-term rental permits at 300 citywide and requiring an on-site host"),
    (POOL, "Renovation bond and operating funds for the Millbrook Aquatic Center"),
    (BLOWERS, "Phasing out gas-powered leaf blowers by January 2028"),
)

# --------------------------------------------------------------------------- people


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Adaeze Bronwyn Caspian Delphine Emrys Farida Gideon Halvard Ines Jovan Keziah Lorcan Mireille "
    "Nnamdi Odalys Percival Quilla Rasmus Saoirse Tobiah Ulla Vesna Wendell Xiomara Yannick "
    "Zuleika "
    "Anselm Beatrix Cormac Dagny Evander Fenella Gaspard Honora Ivo Jessamy Kasimir Linnea Magnus "
    "Nerys Oswin Priya Radomir Sunniva Thaddeus Valeska Wilhelmina Yusra Zebulon Ottilie Marek "
    "Rosalind Teodor Amara Bartholomew Clementine Dashiell Esme Florian Greer Hyacinth Ignatius"
)
LAST = _words(
    "Abernathy Balogun Carrow Dunleavy Eskildsen Fairweather Garroway Holmquist Ilesanmi Jankowski "
    "Kettleborough Lindqvist Marchetti Nakashima Oyelaran Pemberton Quintanilla Ravensworth "
    "Szymanski Thistlewood Underhill Vantongeren Whitcombe Yarborough Zelenko Ashdown Brightwater "
    "Castellanos Deverell Ellingboe Fitzgibbon Grimaldi Hathersage Isberg Jessop Kowalczyk "
    "Lachance Mbeki Norrington Oldcastle Pettigrew Rowntree Sandoval Tremaine Vasquez-Orr "
    "Wetherby Achterberg Blackwood Coverdale Drummond"
)
STREETS = (
    "Quarry Hill Road",
    "Larkin Way",
    "Tamsin Court",
    "Orchard Bend",
    "Wexford Avenue",
    "Pell Street",
    "Sorrel Lane",
    "Ashgrove Drive",
    "Bellamy Place",
    "Cinder Row",
    "Dunmore Street",
    "Fenwick Avenue",
    "Juniper Terrace",
    "Kestrel Loop",
    "Mossbank Road",
)
ZIPS = ("95901", "95903", "95907", "95912", "95918", "95921", "95926", "95934")
AREA_CODES = ("530", "707", "916")
ANONYMOUS = (
    "Anonymous",
    "anonymous",
    "ANONYMOUS",
    "N/A",
    "n/a",
    "NA",
    "Name withheld",
    "name withheld",
    "Withheld",
    "-",
    ".",
    "Anon",
    "Prefer not to say",
    "No name",
    "Resident",
    "A neighbor",
    "Concerned citizen",
    "none",
)
"""What people type when they would rather not be named. A blank name is sent as "-" or "."
(the API's name field is required), as the city's form turns it."""


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    postal_code: str | None
    street: str
    house: int
    phone: str

    @property
    def anonymous(self) -> bool:
        return self.name in ANONYMOUS

    @property
    def first(self) -> str:
        return self.name.split()[0] if not self.anonymous else ""


class People:
    """Distinct senders: named people never share a name; anonymous ones are many different
    people who happen to type the same word, with no e-mail and no postal code."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.emails: set[str] = set()

    def phone(self) -> str:
        return f"({self.rng.choice(AREA_CODES)}) 555-01{self.rng.randrange(100):02d}"

    def email(self, first: str, last: str) -> str:
        """A fictional address no other sender has (two people never share one)."""
        while True:
            local = self.rng.choice(
                (f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.rng.randrange(100, 999)}")
            )
            email = f"{local.lower()}@example.com"
            if email not in self.emails:
                self.emails.add(email)
                return email

    def draw(self, anonymous_share: float = 0.12) -> Person:
        rng = self.rng
        street, house = rng.choice(STREETS), rng.randrange(12, 4900)
        if rng.random() < anonymous_share:
            return Person(rng.choice(ANONYMOUS), None, None, street, house, self.phone())
        while True:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}" if rng.random() < 0.85 else f"{first} {last[0]}."
            if name not in self.used:
                break
        self.used.add(name)
        email = None
        if rng.random() < 0.8:
            email = self.email(first, last)
        postal = rng.choice(ZIPS) if rng.random() < 0.7 else None
        return Person(name, email, postal, street, house, self.phone())


# --------------------------------------------------------------------------- framing

SALUTATIONS = (
    "Dear Mayor and Council Members,",
    "Honorable Councilmembers:",
    "Hello City Council,",
    "Good evening,",
    "To the Larkspur Valley City Council:",
    "Council members -",
    "Greetings,",
    "Dear Madam Mayor and members of the Council,",
    "Hi,",
    "To whom it may concern,",
    "Dear Councilmember,",
    "Mayor Oduya and Council,",
)


def sign_off(rng: random.Random, who: Person) -> str | None:
    """A closing line or two in one of the ways people end a message; none half the time."""
    if rng.random() < 0.35:
        return None
    if who.anonymous:
        return rng.choice(
            (
                "Respectfully,\na neighbor",
                "Thank you.",
                "- a Ward 3 voter",
                "Regards",
                "Sent from my phone",
                "A longtime resident",
            )
        )
    first = who.first
    initials = "".join(p[0] for p in who.name.split())
    return rng.choice(
        (
            f"Respectfully,\n{who.name}",
            f"Best regards,\n{who.name}",
            f"Thanks,\n{first}",
            f"{who.name}\n{who.street} resident",
            f"With appreciation,\n{who.name}",
            f"-- {first}",
            f"Regards, {initials}",
            f"Sincerely,\n\n{who.name}",
            f"{who.name}\nSent from my phone",
            f"Cheers, {first}",
        )
    )


# --------------------------------------------------------------------------- campaigns


@dataclass
class Template:
    """A campaign's letter: paragraphs of sentences, and where its fill-in line goes."""

    name: str
    item: str
    size: int
    paragraphs: list[list[str]]
    fill_in: Callable[[Person], str] | None = None
    fill_blank: str = ""
    fill_at: int = 0  # paragraph index the fill-in line is put before (-1: after the last)
    spun: list[list[list[str]]] | None = None  # per sentence: slots of alternatives
    own: str = "en"  # language of the senders' own sentences
    weights: tuple[float, float, float, float] = (0.3, 0.3, 0.25, 0.15)
    """Shares of exact copies, copies with a personal paragraph, light edits, heavy edits."""


SHARED_SENTENCE = (
    "Short-term rentals now make up nearly one in eight homes in the Old Mill district."
)
SHARED_PHRASE = "a fair and enforceable permit system"

MERCHANTS = Template(
    "parking-merchants",
    PARKING,
    70,
    [
        [
            "I am writing as a Harbor Street business owner to ask you to reject the proposal to "
            "extend meter hours into the evening and onto Sundays.",
        ],
        [
            "Our evening customers are mostly families and older residents who already struggle "
            "to find a space.",
            "Charging them until nine o'clock will send them to the malls on the highway, where "
            "parking is free.",
            "Sunday is the one day many small restaurants on this street actually break even.",
        ],
        [
            "The parking study the city paid for found evening occupancy below sixty percent on "
            "most blocks.",
            "That is not a shortage that meters need to solve.",
        ],
        [
            "Please keep the 6 p.m. cutoff, leave Sundays free, and sit down with the merchants "
            "before changing the rules again.",
            "Harbor Street is still recovering, and this would be a step backward.",
        ],
    ],
    fill_in=lambda p: f"My shop is at {p.house} Harbor Street and you can call me at {p.phone}.",
    fill_blank="My shop is at [SHOP ADDRESS] and you can call me at [PHONE NUMBER].",
    fill_at=1,
    weights=(0.35, 0.25, 0.25, 0.15),
)

RIDERS = Template(
    "parking-riders",
    PARKING,
    50,
    [],
    spun=[
        [
            ["I'm writing", "I want to write", "I am reaching out", "I'm sending this note"],
            ["in support of", "to support", "to back", "in favor of"],
            [
                "extending meter hours on Harbor Street.",
                "the longer meter hours downtown.",
                "evening and Sunday meter hours in the Harbor district.",
                "charging for Harbor Street parking after six.",
            ],
        ],
        [
            [
                "Free evening parking",
                "Parking that costs nothing after six",
                "Unpriced curb space at night",
            ],
            [
                "means drivers circle",
                "keeps cars circling",
                "leads to endless circling",
                "has people driving loops",
            ],
            ["for a spot", "looking for a space", "around the block", "for blocks"],
            [
                "while the bus sits in traffic.",
                "and slows the buses down.",
                "and clogs the street for everyone.",
                "and makes crossing on foot riskier.",
            ],
        ],
        [
            ["When spaces turn over,", "With steady turnover,", "If spaces open up regularly,"],
            [
                "more customers can reach",
                "more shoppers get to",
                "more diners can actually get to",
                "more people can visit",
            ],
            [
                "the restaurants and shops.",
                "local businesses.",
                "the stores we love.",
                "the district's small businesses.",
            ],
        ],
        [
            ["Please dedicate", "I ask that you put", "The council should direct", "Please commit"],
            [
                "the new meter revenue",
                "the money from the extra hours",
                "every dollar the meters bring in",
            ],
            [
                "to the Route 4 night bus",
                "to later service on Route 4",
                "toward evening bus service on Route 4",
            ],
            [
                "and safer crosswalks.",
                "and better lighting at the crosswalks.",
                "and new crosswalk signals.",
                "and a protected bike lane.",
            ],
        ],
        [
            ["This is", "It's", "I see this as", "To me this is"],
            ["a small change", "a modest step", "a sensible adjustment", "an easy call"],
            [
                "that makes the district easier to reach without a car.",
                "that will make Harbor Street work better for everyone.",
                "that helps downtown feel more welcoming after dark.",
                "that pays for itself.",
            ],
        ],
        [
            [
                "Thank you for considering this,",
                "Thanks for your time,",
                "I appreciate your attention,",
            ],
            [
                "and please vote yes.",
                "and I hope you'll vote yes.",
                "and please support the extension.",
            ],
        ],
    ],
    weights=(0.55, 0.2, 0.25, 0.0),
)

NEIGHBOURS = Template(
    "rentals-neighbours",
    RENTALS,
    100,
    [
        [
            "I live in the Old Mill neighborhood and I strongly support capping short-term rental "
            "permits at 300 and requiring that a host live on site.",
        ],
        [
            "Over the last four years whole houses on my block were bought and turned into "
            "weekend rentals.",
            "We lose neighbors, the school loses families, and rent for everyone else keeps "
            "climbing.",
            SHARED_SENTENCE,
        ],
        [
            f"Please adopt {SHARED_PHRASE} with real fines for operators who ignore it.",
            "Housing should be for the people who live here, not for investors chasing nightly "
            "rates.",
        ],
        ["I urge you to vote yes on the cap and the on-site host rule."],
    ],
    fill_in=lambda p: (
        f"My name is {p.name} and I live at {p.house} {p.street}, {p.postal_code or ZIPS[0]}."
    ),
    fill_blank="My name is [YOUR NAME] and I live at [STREET ADDRESS], [ZIP CODE].",
    fill_at=1,
    weights=(0.3, 0.3, 0.25, 0.15),
)

HOSTS = Template(
    "rentals-hosts",
    RENTALS,
    45,
    [
        ["As a local short-term rental host, I am asking you to vote against the 300-permit cap."],
        [
            "My guests eat in our restaurants, shop in our stores, and pay the occupancy tax that "
            "funds city services.",
            SHARED_SENTENCE,
            "Most of those homes belong to people who live here and rent out a room, a cottage or "
            "a converted garage.",
        ],
        [
            "A lottery for permits would punish responsible hosts along with the bad actors.",
            f"What we need is {SHARED_PHRASE}, not a cap that shuts families out of an income they "
            "depend on.",
        ],
        [
            "Enforce the noise and occupancy rules already on the books and let responsible hosts "
            "keep operating.",
            "Thank you for listening to hosts, who are part of this community too.",
        ],
    ],
    fill_in=lambda p: (
        f"You can reach me at {p.email or 'host' + str(p.house) + '@example.com'} "
        "with any questions about hosting."
    ),
    fill_blank="You can reach me at [EMAIL ADDRESS] with any questions about hosting.",
    fill_at=-1,
    own="rentals-host",
    weights=(0.4, 0.25, 0.2, 0.15),
)

FAMILIES = Template(
    "pool-families",
    POOL,
    90,
    [
        [
            "I am writing in support of the renovation bond and full operating funds for the "
            "Millbrook Aquatic Center.",
        ],
        [
            "The pool has been closed since the boiler failed, and hundreds of children lost "
            "their swim lessons and their team.",
            "Millbrook is the only public fifty-meter pool within twenty miles, and it is where "
            "many kids in this city learn to swim safely.",
            "Free lessons are how a city keeps its children from drowning.",
        ],
        [
            "The bond would replace the boiler, repair the deck, and add a ramp so that seniors "
            "and people with disabilities can get into the water.",
            "Please fund the operating budget too, so the pool does not reopen only to close again "
            "for lack of lifeguards.",
        ],
        ["Vote yes on the Millbrook bond and bring our pool back."],
    ],
    fill_in=lambda p: f"I'm {p.name}, my kids swim at Millbrook, and my number is {p.phone}.",
    fill_blank="I'm [NAME], my kids swim at Millbrook, and my number is [PHONE].",
    fill_at=2,
    weights=(0.3, 0.35, 0.2, 0.15),
)

TAXPAYERS = Template(
    "pool-taxpayers",
    POOL,
    20,
    [
        [
            "I oppose putting another bond on our property tax bills for the Millbrook Aquatic "
            "Center.",
            "The city already carries debt from the library and the fire station projects.",
        ],
        [
            "A pool used by a few hundred families should be paid for by user fees and private "
            "donors, not by every homeowner.",
            "Please look at a smaller repair plan and ask the school district to share the cost.",
            "Vote no on the bond as written.",
        ],
    ],
    own="pool-tax",
    weights=(0.45, 0.3, 0.15, 0.1),
)

QUIET = Template(
    "blowers-quiet",
    BLOWERS,
    110,
    [
        ["Please vote to phase out gas-powered leaf blowers by January 2028."],
        [
            "A single commercial blower is louder than a jackhammer at the property line, and "
            "crews run them for hours every morning.",
            "They throw dust, pollen and dried animal waste into the air children and older "
            "people breathe.",
            "An hour of a two-stroke blower puts out more smog-forming exhaust than a long drive "
            "in a new car.",
        ],
        [
            "Electric blowers are quieter, cleaner, and already used by crews in several nearby "
            "towns.",
            "I also support the rebate program so small landscaping businesses are not left to "
            "pay for the switch alone.",
        ],
        ["Quiet mornings and clean air should not be too much to ask."],
    ],
    fill_in=lambda p: f"I live on {p.street} ({p.postal_code or ZIPS[3]}).",
    fill_blank="I live on [YOUR STREET] ([ZIP]).",
    fill_at=-1,
    weights=(0.3, 0.3, 0.3, 0.1),
)

CREWS = Template(
    "blowers-crews",
    BLOWERS,
    25,
    [
        [
            "Soy jardinero y trabajo en esta ciudad desde hace muchos años.",
            "Les pido que no prohíban los sopladores de gasolina en 2028 sin un plan real para los "
            "trabajadores.",
        ],
        [
            "Una sopladora eléctrica profesional con sus baterías cuesta más de mil dólares, y "
            "cada equipo necesita varias.",
            "Muchos somos pequeñas empresas familiares y no podemos pagar ese cambio de un día "
            "para otro.",
        ],
        [
            "Por favor, den más tiempo, aumenten los reembolsos y ofrezcan capacitación en "
            "español.",
            "Gracias por escuchar a quienes cuidan los jardines de esta ciudad.",
        ],
    ],
    own="es",
    weights=(0.4, 0.3, 0.2, 0.1),
)

TEMPLATES = (MERCHANTS, RIDERS, NEIGHBOURS, HOSTS, FAMILIES, TAXPAYERS, QUIET, CREWS)
CAMPAIGNS = {t.name: (t.item, t.size) for t in TEMPLATES}


# --------------------------------------------------------------------------- the senders' words

OWN: dict[str, list[tuple[list[str], ...]]] = {
    PARKING: [
        (
            [
                "Whenever my parents visit",
                "When I take my kids to the library",
                "On my way to choir practice",
                "When I pick up takeout",
            ],
            ["I end up parking", "I usually leave the car", "we usually park"],
            [
                "behind the hardware store",
                "on the far side of the bridge",
                "in the church lot",
                "up on Cannery Hill",
            ],
            [
                "and walk down in the dark.",
                "because the meters confuse them.",
                "and hope nobody tickets us.",
                "since Harbor Street is always full.",
            ],
        ),
        (
            [
                "The pay stations",
                "The parking app",
                "The meters near the pier",
                "The kiosks on Front Street",
            ],
            ["rejected my card", "charged me twice", "were broken", "would not take coins"],
            ["last week", "on my birthday", "three times in March", "during the jazz festival"],
            [
                "so I'm skeptical of adding more hours.",
                "and nobody fixed them for a month.",
                "and the ticket still came.",
                "which says a lot about how this is run.",
            ],
        ),
        (
            [
                "As a nurse on the night shift",
                "As a night janitor",
                "As a musician who plays late gigs",
                "As a bartender",
            ],
            ["I have to be downtown", "I'm on Harbor Street", "I start work"],
            ["around eight in the evening", "every Friday and Saturday", "four nights a week"],
            [
                "and no bus gets me home.",
                "and parking is my biggest headache.",
                "and a meter would cost me real money.",
                "and I can't feed a meter mid-shift.",
            ],
        ),
        (
            ["I have", "My wife and I have", "My family has", "I've"],
            [
                "lived two blocks from Harbor Street",
                "run a small bakery near the pier",
                "parked on Harbor Street for work",
                "volunteered at the food bank on Cole Street",
            ],
            [
                "for eleven years",
                "since 2009",
                "for most of my adult life",
                "since the old cannery closed",
                "for six years",
            ],
        ),
        (
            ["Last Friday", "On a Sunday in May", "Twice this month", "Every Thursday night"],
            ["I drove around for", "I spent", "my mother waited in the car for", "we circled for"],
            ["twenty minutes", "half an hour", "a good fifteen minutes", "what felt like forever"],
            [
                "before giving up.",
                "near the theater.",
                "outside the noodle place.",
                "by the marina lot.",
            ],
        ),
        (
            ["My son", "My neighbor", "A friend of mine", "My sister", "My coworker"],
            [
                "takes the Route 4 bus",
                "works a late shift downtown",
                "waits tables on Harbor Street",
                "closes up a shop on Front Street",
            ],
            ["and", "and honestly"],
            [
                "gets home after ten most nights.",
                "never finds a space near work.",
                "has been ticketed three times this year.",
                "would love a later bus.",
            ],
        ),
        (
            ["I use a wheelchair", "I walk with a cane", "I'm seventy-eight", "I have a toddler"],
            ["so", "and"],
            [
                "the closest spot matters a lot to me.",
                "walking from the garage is hard for me.",
                "a long walk at night is not an option for me.",
                "I plan every trip downtown around parking.",
            ],
        ),
    ],
    RENTALS: [
        (
            ["When I moved here", "Back in 2015", "When we bought our house", "Twenty years ago"],
            ["every porch on our street", "the whole cul-de-sac", "half the block", "our street"],
            [
                "had a family on it",
                "knew each other by name",
                "walked to Old Mill Elementary together",
                "shared a tool library",
            ],
            [
                "and now the porch lights are on timers.",
                "and today only four families remain.",
                "and now I don't recognize anyone.",
                "and that feels like a long time ago.",
            ],
        ),
        (
            ["I counted", "My neighbor and I counted", "Our block captain counted"],
            ["seven lockboxes", "eleven key safes", "five rental signs", "nine lockboxes"],
            [
                "on our walk to the bus stop",
                "between Larkin Way and the park",
                "on one short stretch",
                "around the school",
            ],
            ["this spring.", "last weekend.", "just this morning.", "in a single afternoon."],
        ),
        (
            [
                "I teach",
                "I'm a nurse",
                "I drive for the transit district",
                "I cook at the senior center",
            ],
            ["and my landlord", "and the owner of our fourplex", "and our landlady"],
            [
                "told us she can earn triple",
                "wants to switch our unit to nightly stays",
                "gave us sixty days' notice",
                "raised our rent by four hundred dollars",
            ],
            [
                "because of the rental platforms.",
                "to list it online.",
                "after a tourist season boom.",
                "with no real explanation.",
            ],
        ),
        (
            [
                "The house next door",
                "The duplex across the street",
                "Three homes on my block",
                "The cottage behind us",
                "The corner house on our street",
            ],
            ["has been", "turned into", "became", "has been run as"],
            [
                "a party rental",
                "a weekend rental",
                "an empty investment property",
                "a nightly rental",
            ],
            [
                "since 2022.",
                "for two years now.",
                "after the Hendersons moved.",
                "since last spring.",
            ],
        ),
        (
            ["Last summer", "On the Fourth of July", "Most weekends", "Over Labor Day"],
            [
                "we called the hotline",
                "we were kept awake",
                "guests blocked our driveway",
                "strangers knocked on our door",
            ],
            ["three times", "until 2 a.m.", "more than once", "at midnight"],
            [
                "and nothing happened.",
                "with no answer from anyone.",
                "and the owner lives out of state.",
                "without any follow-up.",
            ],
        ),
        (
            ["My daughter", "Our babysitter", "A teacher at my kids' school", "My best friend"],
            [
                "could not find",
                "gave up looking for",
                "was priced out of",
                "moved away for lack of",
            ],
            ["a two-bedroom", "an apartment", "a rental she could afford", "any place"],
            ["in this neighborhood.", "anywhere near Old Mill.", "within ten miles.", "in town."],
        ),
    ],
    POOL: [
        (
            [
                "I'm a physical therapist",
                "I run a senior walking group",
                "I teach adaptive PE",
                "I volunteer with veterans",
            ],
            ["and warm water", "and the therapy pool", "and Millbrook's shallow end"],
            ["was the only place", "was where many of my clients", "was the best tool I had"],
            [
                "to rebuild strength safely.",
                "could move without pain.",
                "after a stroke.",
                "for people who cannot use a gym.",
            ],
        ),
        (
            [
                "Our swim club",
                "The high school team",
                "The masters group I swim with",
                "The water polo kids",
            ],
            ["has been renting lanes", "now practices", "had to move its meets"],
            [
                "at a motel pool",
                "in another county",
                "at 5 a.m. in a borrowed pool",
                "across the valley",
            ],
            [
                "since the closure.",
                "for two seasons.",
                "and half the kids quit.",
                "at triple the cost.",
            ],
        ),
        (
            [
                "When I was a kid",
                "In the summer of 1998",
                "Growing up on the north side",
                "As a teenager",
            ],
            ["Millbrook was where", "the aquatic center was where", "that pool was where"],
            [
                "I got my first job",
                "I met my best friend",
                "my brothers and I spent every July",
                "I learned I could do hard things",
            ],
            [
                "and I want my kids to have the same.",
                "and I still remember the smell of chlorine.",
                "and it kept us out of trouble.",
                "for free.",
            ],
        ),
        (
            ["My daughter", "My twins", "My grandson", "My youngest", "Both of my kids"],
            [
                "learned to swim at Millbrook",
                "swam with the summer team",
                "took free lessons at Millbrook",
                "passed the deep-water test at Millbrook",
            ],
            [
                "at age five.",
                "the year before it closed.",
                "in 2019.",
                "three summers in a row.",
                "before the boiler broke.",
            ],
        ),
        (
            ["I swim laps", "I did water aerobics", "I used the therapy lane", "I lifeguarded"],
            ["at Millbrook", "at the aquatic center", "in that pool"],
            [
                "after my knee surgery",
                "every morning at six",
                "for four summers in high school",
                "for a decade",
            ],
            [
                "and I miss it terribly.",
                "and nothing else in town compares.",
                "and my doctor keeps asking where I swim now.",
                "and it kept me sane.",
            ],
        ),
        (
            ["Now we drive", "These days we drive", "This year I drove", "We now have to drive"],
            ["forty minutes", "to Fairhaven", "across the county", "an hour each way"],
            ["for lessons", "for swim practice", "just to get in a pool"],
            [
                "twice a week.",
                "on Saturdays.",
                "which many families cannot do.",
                "and it costs us a fortune.",
            ],
        ),
    ],
    BLOWERS: [
        (
            ["We bought", "My neighbors and I pooled money for", "Our church bought", "I borrowed"],
            ["a battery mower", "two electric blowers", "a quiet leaf vacuum", "a set of rakes"],
            ["for a community cleanup", "for our shared yard", "last October", "to try it out"],
            [
                "and it did the job in the same time.",
                "and it was surprisingly pleasant.",
                "and nobody complained about noise.",
                "and we'd never go back.",
            ],
        ),
        (
            ["I measured", "My phone's sound meter read", "A decibel app showed"],
            ["ninety-one decibels", "eighty-eight decibels", "over ninety decibels"],
            ["from my kitchen", "at our fence", "in the baby's room", "on our patio"],
            [
                "on a Monday morning.",
                "with the windows closed.",
                "while the crew worked two doors down.",
                "during a Tuesday cleanup.",
            ],
        ),
        (
            [
                "I'm a retired teacher",
                "I'm a hospice nurse who sleeps days",
                "I'm a grad student",
                "I'm a piano teacher",
            ],
            ["and I've lived on", "and I rent on", "and my family owns a place on"],
            [
                "the quiet end of Juniper Terrace",
                "a narrow street off Wexford Avenue",
                "a cul-de-sac by the creek",
                "a block full of lawns",
            ],
            [
                "for twelve years.",
                "where blowers run daily.",
                "that used to be peaceful.",
                "with five different crews.",
            ],
        ),
        (
            [
                "I work nights",
                "I work from home",
                "My newborn naps in the morning",
                "My husband works nights",
            ],
            ["and", "so"],
            [
                "the blowers start at 7:30 on our street",
                "two crews run blowers next door",
                "every Tuesday and Friday is ruined",
                "I hear blowers for hours",
            ],
            [
                "every week.",
                "all summer.",
                "and there is no escape.",
                "even with the windows shut.",
            ],
        ),
        (
            [
                "My son has asthma",
                "I have allergies",
                "My mother is on oxygen",
                "Our dog is terrified",
            ],
            ["and", "and honestly"],
            [
                "the dust from the blowers",
                "the cloud the crews kick up",
                "the exhaust on our block",
            ],
            ["sets him off.", "keeps us indoors.", "gets into the house.", "is hard to watch."],
        ),
        (
            ["We switched", "I switched", "Our HOA switched", "My landscaper switched"],
            ["to an electric blower", "to rakes and a battery blower", "to battery equipment"],
            ["two years ago", "last fall", "in 2024"],
            [
                "and it works fine.",
                "and the yard looks the same.",
                "and the neighbors thanked us.",
                "with no trouble at all.",
            ],
        ),
        (
            [
                "On Saturday mornings",
                "Around eight every weekday",
                "During my Zoom calls",
                "While I'm trying to teach piano",
            ],
            [
                "the crew behind us",
                "the school's landscapers",
                "the apartment complex's gardeners",
                "three different services",
            ],
            [
                "blast the sidewalk",
                "run two blowers at once",
                "chase single leaves around",
                "blow debris into the street",
            ],
            [
                "for forty minutes.",
                "for no visible reason.",
                "until the gutter is full.",
                "right under my window.",
            ],
        ),
    ],
    "rentals-host": [
        (
            [
                "Hosting",
                "Renting our cottage",
                "The extra income from our room",
                "Our little rental",
            ],
            ["paid for", "covered", "helped with"],
            [
                "my husband's chemotherapy",
                "our daughter's college tuition",
                "a new roof",
                "the gap after I was laid off",
            ],
            ["last year.", "when we needed it most.", "in 2023.", "without debt."],
        ),
        (
            [
                "I rent out",
                "My husband and I rent out",
                "We have rented out",
                "I have hosted guests in",
            ],
            ["the room over our garage", "our back cottage", "a spare bedroom", "the in-law unit"],
            [
                "since my retirement",
                "for five years",
                "since my hours were cut",
                "to cover the mortgage",
            ],
            [
                "and we live right here on site.",
                "and I know every guest by name.",
                "and I have never had a complaint.",
                "and it pays our property taxes.",
            ],
        ),
        (
            [
                "Our guests",
                "Most of my guests",
                "Last month my guests",
                "The family staying with us",
            ],
            [
                "were nurses on contract at Mercy General",
                "came for a wedding at the Grange hall",
                "were visiting their grandchildren",
                "came for the harvest festival",
            ],
            [
                "and spent their money downtown.",
                "and could not afford a hotel.",
                "and left a five-star review.",
                "and ate at Harbor Street every night.",
            ],
        ),
    ],
    "pool-tax": [
        (
            ["Our street", "The road to my house", "The sidewalk on my block", "The park near me"],
            [
                "has had a pothole",
                "has been cracked",
                "has needed repairs",
                "has had a broken light",
            ],
            ["for three years", "since 2021", "forever"],
            [
                "and the city says there is no money.",
                "while we talk about pools.",
                "with nothing done.",
                "despite my calls.",
            ],
        ),
        (
            ["I pay", "We pay", "My family pays", "As a homeowner I pay"],
            ["property taxes", "more than enough in taxes", "a lot to live here"],
            ["and", "and frankly"],
            [
                "I expect them to be spent carefully.",
                "I don't see what we get for it.",
                "I'd rather fix the roads first.",
                "the last bond ran over budget.",
            ],
        ),
        (
            ["I'm retired", "I live on a fixed income", "We are renters", "I'm a widow"],
            ["and my tax bill", "and our rent", "and my property tax"],
            [
                "went up again this year.",
                "already went up for the library bond.",
                "is more than my car payment.",
                "keeps climbing.",
            ],
        ),
    ],
    "es": [
        (
            ["Mi cuadrilla", "Mi equipo", "Mi compadre y yo"],
            ["cuida", "mantiene", "limpia"],
            [
                "más de cuarenta jardines",
                "los parques del lado norte",
                "casas en la calle Larkin",
                "las escuelas del distrito",
            ],
            ["cada semana.", "desde la madrugada.", "con mucho orgullo.", "sin descanso."],
        ),
        (
            ["Trabajo", "Mi esposo trabaja", "Mi hermano trabaja", "Llevo"],
            [
                "con una cuadrilla de tres personas",
                "en jardines del lado este",
                "cortando césped",
                "en mantenimiento de parques",
            ],
            [
                "desde hace doce años.",
                "desde 2010.",
                "desde que llegué a esta ciudad.",
                "todos los días.",
            ],
        ),
        (
            ["Mis hijos", "Mi familia", "Mis dos hijas", "Mi madre"],
            ["dependen de", "viven de", "cuentan con"],
            ["este trabajo", "lo que gano en los jardines", "nuestro pequeño negocio"],
            ["y no podemos perderlo.", "para pagar la renta.", "desde hace años.", "cada semana."],
        ),
        (
            ["Compré", "Ya probé", "Un cliente me prestó", "Intentamos usar"],
            ["una sopladora eléctrica", "un equipo de batería", "una máquina eléctrica"],
            ["el año pasado", "en la primavera", "hace poco"],
            [
                "y la batería no dura toda la mañana.",
                "pero se descargó antes del mediodía.",
                "y costó casi un mes de sueldo.",
                "y no alcanzó para un solo jardín grande.",
            ],
        ),
    ],
}

OPINION: dict[str, list[str]] = {
    PARKING: [
        "Meters after six feel like a tax on people who work downtown.",
        "I'd support evening meters if the first hour stayed free.",
        "Sunday meters will hurt the churches on Harbor Street more than anyone.",
        "Please put the garage on Cole Street on the parking app before charging at the curb.",
        "Honestly the problem is the lack of lighting, not the price of a space.",
        "Longer meter hours make sense only if the Route 4 bus runs later.",
        "Can the council publish how much the meters bring in now?",
        "The merchants I talk to are split on this, so a trial period would be wise.",
    ],
    RENTALS: [
        "A cap of 300 seems arbitrary; why not tie it to each neighborhood's housing stock?",
        "The city should collect the occupancy tax it is owed before inventing new rules.",
        "I run no rentals and own no property, but I see fewer kids on our street every year.",
        "An on-site host requirement is the right idea and easy to check.",
        "Please don't let the big platforms write this ordinance for you.",
        "Our block has two rentals and they have been perfectly quiet neighbors.",
        "Tie the permits to a real person with a local phone number who answers at night.",
        "I worry a lottery will reward whoever has a lawyer.",
    ],
    POOL: [
        "The pool matters, but the bond language needs a sunset date.",
        "Could the city partner with the YMCA instead of running the center alone?",
        "Please publish the engineer's report on the boiler before the vote.",
        "Lifeguard wages are too low; that's why the hours kept shrinking.",
        "I support the ramp and accessible changing rooms more than anything else in the plan.",
        "A cheaper heated outdoor pool would serve the same families.",
        "Kids on the north side have no way to get to Millbrook without a car.",
        "The senior swim hours were the best thing the parks department ever did.",
    ],
    BLOWERS: [
        "2028 is too soon for the crews and too late for the rest of us.",
        "Enforce the existing hours rule first; nobody does.",
        "Rakes worked fine for a hundred years.",
        "Please make the city's own parks crews switch first and report the cost.",
        "The rebate should go to workers, not to the companies that employ them.",
        "I'd like to see a decibel limit rather than a ban on one kind of engine.",
        "Leaf blowers at the school at 7 a.m. wake the whole street.",
        "A ban without enforcement is just a nice sentence in the code.",
    ],
}

CIVIC = (
    "I urge the council to vote yes on this item.",
    "Please vote no on this item.",
    "Thank you for your service to our city.",
    "Please listen to the residents who will live with this decision.",
    "I appreciate the staff's hard work on this report.",
    "This affects every neighborhood, not just one district.",
    "Please do what is best for the community.",
    "I hope you will take public input seriously.",
    "Thank you for the opportunity to comment.",
    "Our city deserves better than this proposal.",
    "I have lived here for many years and care about this town.",
    "Please consider the long-term costs.",
)

ONE_LINERS = (
    ("I support this item.", 4),
    ("Vote no.", 3),
    ("Please approve.", 3),
    ("Oppose", 2),
    ("Yes!", 3),
    ("Please vote yes on this.", 2),
)

FOREIGN: list[tuple[str, str]] = [
    (
        PARKING,
        "Trabajo de noche en un restaurante de Harbor Street y no puedo pagar parquímetro "
        "hasta las nueve. Por favor, dejen el estacionamiento gratis después de las seis.",
    ),
    (
        PARKING,
        "Tôi bán hàng ở chợ đêm gần bến cảng. Nếu phải trả tiền đỗ xe đến chín giờ tối, "
        "khách sẽ không đến nữa. Xin hội đồng cân nhắc.",
    ),
    (
        RENTALS,
        "我们家住在老磨坊社区二十年了。周围很多房子变成了短租房，邻居越来越少。我支持限制短租许可证。",
    ),
    (
        RENTALS,
        "Nagpapaupa ako ng isang kuwarto sa bahay namin at dito rin kami nakatira. "
        "Sana huwag ninyong isama ang mga katulad namin sa limitasyon.",
    ),
    (
        POOL,
        "제 아이들은 밀브룩 수영장에서 수영을 배웠습니다. 수영장을 다시 열어 주세요. "
        "다른 도시까지 운전하는 것은 너무 멀어요.",
    ),
    (
        POOL,
        "Sou avó de três crianças que aprenderam a nadar na piscina de Millbrook. "
        "Por favor, aprovem o financiamento para reabrir a piscina.",
    ),
    (
        BLOWERS,
        "Я живу на Ашгроув-драйв, и каждое утро с семи часов слышу воздуходувки. "
        "Поддерживаю запрет бензиновых воздуходувок.",
    ),
    (
        BLOWERS,
        "Vivo al lado de un parque y el ruido de las sopladoras empieza muy temprano. "
        "Apoyo la prohibición, pero con ayuda para los jardineros.",
    ),
    (
        BLOWERS,
        "Xin đừng cấm máy thổi lá chạy xăng quá sớm. Chồng tôi làm vườn và chúng tôi "
        "cần thêm thời gian để mua máy điện.",
    ),
    (
        RENTALS,
        "Tengo una casita detrás de mi casa que alquilo por noches. Vivo aquí mismo. "
        "Un límite de 300 permisos me parece injusto para familias como la mía.",
    ),
]

SPAM: list[str] = [
    "hey hey hey hey hey hey hey hey hey hey hey hey hey hey hey hey",
    "BEST PRICES on replica watches!!! Free shipping worldwide >>> "
    "https://luxtime.example.com/shop "
    "<<< order today and get 2 for 1",
    "Поздравляем! Ваш номер выиграл iPhone 17. Заберите приз до полуночи: "
    "http://prize-now.example.com/claim?id=88213",
    "Need quick cash? Loans approved in 10 minutes, no credit check. Text (707) 555-0187 or write "
    "to fastfunds@example.com",
    "Boost your website to page one of Google in 7 days. Guaranteed backlinks and SEO audit: "
    "https://rankrocket.example.com https://rankrocket.example.com/prices",
    "Gana dinero desde casa con nuestro sistema de trading automático. Hasta 3.000 € al mes. "
    "Regístrate aquí: https://inversion-facil.example.com",
    "asdkj qwoeiu zxcmn qpwoei alskdj zmxncb qwpeoir",
    "Paris sportifs en ligne : bonus de bienvenue de 500 € ! Inscrivez-vous maintenant sur "
    "https://pari-gagnant.example.com",
    "限时优惠！网上娱乐城注册即送888元，日结提现。加微信 lucky888 或访问 https://yule.example.com",
    "Abnehmen ohne Diät! 12 kg in 3 Wochen mit unseren Kapseln. Jetzt bestellen: "
    "https://schlank.example.com",
    "https://deal.example.com https://deal.example.com/a https://deal.example.com/b",
    "Slot gacor hari ini! Deposit 10rb bonus 100%. Daftar sekarang di https://slot88.example.com",
    "Lonely tonight? Beautiful women near Harbor Street want to meet you: "
    "http://meetnow.example.com",
    "Crypto recovery experts: we get back your lost Bitcoin. Contact recovery.desk@example.com "
    "or WhatsApp +1 (530) 555-0163",
    "Empréstimo consignado com juros baixíssimos! Libere hoje mesmo: https://credito.example.com",
    "Great post, very informative!! Check my profile for more tips on earning online",
]


# --------------------------------------------------------------------------- building copies


@dataclass
class Piece:
    """One sentence or line of a comment and whose words it is."""

    kind: str  # "tmpl", "own", "fill", "frame"
    text: str


@dataclass
class Draft:
    paragraphs: list[list[Piece]] = field(default_factory=list)


class Composer:
    """The senders' own sentences, drawn slot by slot. No sentence recurs in the corpus, and two
    sentences of one frame differ in at least two slots, so different people's words do not
    differ by a single phrase; a paragraph uses each frame at most once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.drawn: dict[tuple[str, int], list[tuple[int, ...]]] = {}
        self.relaxed = 0  # sentences that had to settle for one differing slot

    def sentence(self, key: str, avoid: frozenset[int] = frozenset()) -> tuple[int, str]:
        frames = [k for k in range(len(OWN[key])) if k not in avoid] or list(range(len(OWN[key])))
        for attempt in range(400):
            k = self.rng.choice(frames)
            frame = OWN[key][k]
            picks = tuple(self.rng.randrange(len(slot)) for slot in frame)
            before = self.drawn.setdefault((key, k), [])
            need = 2 if attempt < 300 else 1
            if all(sum(a != b for a, b in zip(picks, old, strict=True)) >= need for old in before):
                before.append(picks)
                self.relaxed += need == 1
                text = " ".join(slot[i] for slot, i in zip(frame, picks, strict=True))
                return k, text if text[-1] in ".!?" else text + "."
        raise RuntimeError(f"ran out of personal sentences for {key}")

    def paragraph(self, key: str, low: int = 1, high: int = 3) -> list[str]:
        used: set[int] = set()
        out = []
        for _ in range(self.rng.randint(low, high)):
            k, text = self.sentence(key, frozenset(used))
            used.add(k)
            out.append(text)
        return out


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _spin(rng: random.Random, sentence: list[list[str]]) -> str:
    return " ".join(rng.choice(slot) for slot in sentence)


def _template_paragraphs(rng: random.Random, t: Template) -> list[list[str]]:
    if t.spun is None:
        return [list(p) for p in t.paragraphs]
    spun = [_spin(rng, s) for s in t.spun]
    return [spun[:1], spun[1:3], spun[3:5], spun[5:]]


def _fill_line(rng: random.Random, t: Template, who: Person) -> str | None:
    if t.fill_in is None:
        return None
    roll = rng.random()
    if roll < 0.06:
        return None  # the sender deleted the line
    if who.anonymous or roll < 0.16:
        return t.fill_blank
    return t.fill_in(who)


def _insert_fill(draft: Draft, t: Template, line: str | None) -> None:
    if line is None:
        return
    piece = [Piece("fill", line)]
    if t.fill_at == -1 or t.fill_at >= len(draft.paragraphs):
        draft.paragraphs.append(piece)
    else:
        draft.paragraphs.insert(t.fill_at, piece)


def _light_edits(rng: random.Random, paras: list[list[str]]) -> tuple[list[list[str]], set[str]]:
    """Typos, a dropped or two swapped sentences; returns the edits still to apply on the
    rendered text (merge, case, quotes, spaces, bullets)."""
    flat = [s for p in paras for s in p]
    edits = set(
        rng.sample(
            ["typo", "drop", "swap", "merge", "case", "quotes", "spaces", "bullets"],
            rng.randint(1, 3),
        )
    )
    if "typo" in edits:
        for _ in range(rng.randint(1, 2)):
            k = rng.randrange(len(flat))
            target = flat[k]
            for p in paras:
                if target in p:
                    p[p.index(target)] = _typo(rng, target)
                    break
    if "drop" in edits and len(flat) > 4:
        p = rng.choice([p for p in paras if len(p) > 1] or paras)
        if len(p) > 1:
            p.pop(rng.randrange(1, len(p)))
    if "swap" in edits:
        p = rng.choice([p for p in paras if len(p) > 1] or paras)
        if len(p) > 1:
            k = rng.randrange(len(p) - 1)
            p[k], p[k + 1] = p[k + 1], p[k]
    return [p for p in paras if p], edits


def _heavy(
    rng: random.Random, paras: list[list[str]], composer: Composer, key: str
) -> tuple[list[list[Piece]], list[str]]:
    """Opening, closing and one to three other template sentences kept; the rest in the sender's
    words."""
    flat = [s for p in paras for s in p]
    middle = flat[1:-1]
    keep = rng.randint(1, max(1, min(3, len(middle) - 2)))  # at least two sentences rewritten
    kept = set(rng.sample(range(len(middle)), keep))
    own = composer.paragraph(key, 2, 4)
    spot = rng.randrange(len(middle) + 1)  # where the sender's words go among the kept ones
    body: list[Piece] = [Piece("tmpl", flat[0])]
    for k, sentence in enumerate([*middle, None]):
        if k == spot:
            body.extend(Piece("own", s) for s in own)
        if sentence is not None and k in kept:
            body.append(Piece("tmpl", sentence))
    body.append(Piece("tmpl", flat[-1]))
    cut = rng.randrange(2, len(body) - 1) if len(body) > 3 else len(body)
    return [body[:cut], body[cut:]] if cut < len(body) else [body], own


CURLY = str.maketrans({"'": "\u2019", '"': "\u201d"})


def _render(rng: random.Random, draft: Draft, edits: set[str]) -> tuple[str, str | None]:
    """The body as sent, and the sender's own words in it after the same edits."""
    case = rng.choice([str.lower, str.upper]) if "case" in edits else None

    def look(text: str) -> str:
        if "quotes" in edits:
            text = text.translate(CURLY)
        if case is not None:
            text = case(text)
        return text

    own = [look(p.text) for para in draft.paragraphs for p in para if p.kind == "own"]
    if "bullets" in edits:
        mark = rng.choice(["- ", "* ", "\u2022 ", ""])
        lines = []
        for para in draft.paragraphs:
            for p in para:
                lead = mark if p.kind == "tmpl" else ""
                lines.append(lead + look(p.text))
        body = "\n".join(lines)
    else:
        sep = " " if "merge" in edits else "\n\n"
        joiner = "  " if "spaces" in edits else " "
        body = sep.join(joiner.join(look(p.text) for p in para) for para in draft.paragraphs)
    if "spaces" in edits:
        body = "   " + body.replace("\n\n", "\n\n\n \n") + "  \n"
    return body, (" ".join(own) if own else None)


SALUDOS = ("Estimados miembros del Concejo:", "Buenas tardes,", "Señores concejales,", "Hola,")


def _frame(rng: random.Random, who: Person, draft: Draft, spanish: bool = False) -> None:
    """A salutation and a sign-off around the letter, each only sometimes."""
    if rng.random() < 0.7:
        draft.paragraphs.insert(
            0, [Piece("frame", rng.choice(SALUDOS if spanish else SALUTATIONS))]
        )
    closing = sign_off(rng, who)
    if spanish and closing:
        closing = rng.choice(("Atentamente,", "Gracias,", "Saludos,")) + (
            f"\n{who.name}" if not who.anonymous else ""
        )
    if closing:
        draft.paragraphs.append([Piece("frame", closing)])


def _copy(rng: random.Random, t: Template, who: Person, composer: Composer) -> Row:
    key = t.own if t.own != "en" else t.item
    paras = _template_paragraphs(rng, t)
    kind = rng.choices(["exact", "personal", "light", "heavy"], weights=t.weights)[0]
    edits: set[str] = set()
    tier = "core"
    if kind == "heavy":
        pieces, _ = _heavy(rng, paras, composer, key)
        draft = Draft(pieces)
        tier = "heavy"
    else:
        if kind == "light":
            paras, edits = _light_edits(rng, paras)
        draft = Draft([[Piece("tmpl", s) for s in p] for p in paras])
        if kind == "personal" or (kind == "light" and rng.random() < 0.4):
            own = [Piece("own", s) for s in composer.paragraph(key)]
            where = rng.choice(["before", "after", "middle", "after", "before"])
            if where == "before":
                draft.paragraphs.insert(0, own)
            elif where == "after":
                draft.paragraphs.append(own)
            else:
                draft.paragraphs.insert(rng.randrange(1, len(draft.paragraphs)), own)
    _insert_fill(draft, t, _fill_line(rng, t, who))
    _frame(rng, who, draft, spanish=t.own == "es")
    body, personal = _render(rng, draft, edits)
    return Row(t.item, body, who, t.name, tier, personal=personal)


def _first_pool_letter(rng: random.Random, t: Template, who: Person, composer: Composer) -> Row:
    """The coach's letter: ~400 words, mostly her own, the template's sentences spread through."""
    story = [
        "I have coached the Millbrook summer swim team for fourteen seasons, and before that I "
        "learned to swim in the same lanes my swimmers use.",
        "When the boiler failed two winters ago, we lost more than a heater.",
        "We lost the Tuesday lessons where grandparents sat in the bleachers with thermoses, the "
        "Saturday meets where kids from the north side raced kids from the hills, and the quiet "
        "early hour when the lap swimmers nodded at each other without a word.",
        "I have a folder of notes from parents whose children were afraid of the water in June and "
        "jumping off the blocks by August.",
        "One boy, who could not float at seven, now guards at the state beach.",
        "Those stories do not show up in the staff report, so I am putting a few of them here.",
        "Our team has held bake sales, a swim-a-thon and a raffle, and we raised enough for new "
        "lane lines and a timing pad, but no bake sale replaces a boiler.",
        "I know money is tight and that every department has a list of needs.",
        "I also know that the families who depended on Millbrook are the least able to drive to a "
        "private club in another town.",
        "Several of my swimmers have simply stopped swimming, and two of them told me they no "
        "longer feel safe at the lake.",
        "If the council needs volunteers to staff a reopening, our team will be there with "
        "clipboards and whistles.",
        "I would gladly give a tour of the empty building to any councilmember who wants to see "
        "the cracked deck and the rusted pump room for themselves.",
        "Please do not let another summer go by.",
    ]
    flat = [s for p in t.paragraphs for s in p]
    pieces: list[list[Piece]] = []
    story_at = 0
    for k, sentence in enumerate(flat):
        take = story[story_at : story_at + (2 if k < len(flat) - 1 else len(story))]
        story_at += len(take)
        pieces.append([Piece("tmpl", sentence), *(Piece("own", s) for s in take)])
    if story_at < len(story):
        pieces.append([Piece("own", s) for s in story[story_at:]])
    draft = Draft(pieces)
    _frame(rng, who, draft)
    body, personal = _render(rng, draft, set())
    return Row(t.item, body, who, t.name, "core", personal=personal)


def _campaign_rows(
    rng: random.Random, t: Template, people: People, composer: Composer
) -> list[Row]:
    rows = []
    for i in range(t.size):
        who = people.draw()
        if t is FAMILIES and i == 0:
            who = Person(
                "Marisol Eberhardt",
                "coach.marisol@example.com",
                ZIPS[2],
                STREETS[4],
                218,
                "(916) 555-0111",
            )
            rows.append(_first_pool_letter(rng, t, who, composer))
        else:
            rows.append(_copy(rng, t, who, composer))
    return rows


# --------------------------------------------------------------------------- residents and spam


def _resident_rows(rng: random.Random, people: People, composer: Composer) -> list[Row]:
    """Comments residents wrote themselves. An opinion sentence is written by one resident only
    (people do not independently type the same long sentence); stock civic phrases and one-liners
    are what many people do type alike, and they are not a campaign."""
    rows: list[Row] = []
    items = [key for key, _ in ITEMS]
    opinions = {item: rng.sample(OPINION[item], len(OPINION[item])) for item in items}
    borrowed = {
        PARKING: ["meter hours", "the Route 4 night bus", "a step backward"],
        RENTALS: [SHARED_PHRASE, "investors chasing nightly rates", "on-site host"],
        POOL: ["the Millbrook bond", "lack of lifeguards", "user fees"],
        BLOWERS: ["louder than a jackhammer", "the rebate program", "quiet mornings"],
    }
    for k in range(40):  # written from scratch on one item
        item = items[k % len(items)]
        sentences = composer.paragraph(item, 1, 3)
        if opinions[item]:
            sentences.insert(rng.randrange(len(sentences) + 1), opinions[item].pop())
        if rng.random() < 0.3:
            sentences.append(rng.choice(CIVIC))
        rows.append(Row(item, " ".join(sentences), people.draw(0.1)))
    for k in range(12):  # own words around a campaign's vocabulary
        item = items[k % len(items)]
        phrase = rng.choice(borrowed[item])
        lead = rng.choice(
            ["I keep hearing about", "Everyone is talking about", "Regarding", "A word on", "About"]
        )
        rest = " ".join(composer.paragraph(item, 1, 2))
        rows.append(Row(item, f"{lead} {phrase}: {rest}", people.draw(0.1)))
    for _ in range(13):  # stock civic phrases only
        item = rng.choice(items)
        rows.append(Row(item, " ".join(rng.sample(CIVIC, rng.randint(2, 3))), people.draw(0.2)))
    for text, times in ONE_LINERS:  # the same short line from several people
        item = rng.choice(items)
        rows.extend(Row(item, text, people.draw(0.3)) for _ in range(times))
    rows.extend(Row(item, text, people.draw(0.15)) for item, text in FOREIGN)
    return rows


def _spam_rows(rng: random.Random, people: People) -> list[Row]:
    items = [key for key, _ in ITEMS]
    rows = []
    for text in SPAM:
        who = people.draw(0.3)
        rows.append(Row(rng.choice(items), text, who, spam=True))
    return rows


def _arrivals(rng: random.Random, sources: list[list[Row]]) -> list[Row]:
    """Every source's rows in their own order, the sources interleaved at random: campaigns
    arrive in bursts, each first copy before its later ones."""
    queue = [i for i, rows in enumerate(sources) for _ in rows]
    rng.shuffle(queue)
    cursors = [iter(rows) for rows in sources]
    return [next(cursors[i]) for i in queue]


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus in arrival order, one dict per comment (``Row.as_dict``)."""
    rng = random.Random(seed)
    people = People(rng)
    composer = Composer(rng)
    sources = [_campaign_rows(rng, t, people, composer) for t in TEMPLATES]
    sources.append(_resident_rows(rng, people, composer))
    sources.append(_spam_rows(rng, people))
    return [row.as_dict() for row in _arrivals(rng, sources)]


def main() -> Iterator[str]:
    for row in generate():
        yield json.dumps(row, ensure_ascii=False)


if __name__ == "__main__":
    for line in main():
        sys.stdout.write(line + "\n")
