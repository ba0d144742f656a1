"""A fifth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 11 (December 2026) by a helper who had not seen the labelling
engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``, ``docs/spam.md``, nor the
text of the other generators. It read only issue 14, the real eComment export in
``../shared/seeds/`` (for what campaigns look like: a personal paragraph before the letter,
the letter pasted one sentence per line or as paragraphs, an organisation's letter beside its
members' notes), and, for the interface, the ``Record``/``Corpus`` dataclasses of
``labelling_quality.py``, how
``generated_fourth`` is wired there, and the signature and row shape of
``quality_corpus_fourth.generate``. Nobody tuned anything on it, and its author never ran the
labeller or the benchmark on it. Read it once, blind; never tune on it.

What it exercises (five items of an invented city, Fenwick Harbor; seed 1701):

* ``bike-corridor`` (150 copies, 20 of them heavy edits): an advocacy form letter with a fill-in
  sentence giving the sender's name and street address near the top, and personal paragraphs
  put before, after or in the middle of the letter;
* ``cannery-spun`` (60): a mail-merge campaign spun inside sentences: every sentence is assembled
  from slots of four phrasings each, and no two copies share a whole sentence, fill-in
  sentence included;
* ``cannery-trades`` (30, 4 heavy): a trade council's letter on the same item, on the same side
  and sharing phrases with the spun campaign, signed with a name, address and phone fill-in;
* ``library-sundays`` (45, 8 heavy): its first copy is a long letter (about 550 words), mostly
  the sender's own words, with the template inside it; its fill-in sits in the middle;
* ``library-es`` (6): the library letter's Spanish counterpart, a campaign of its own, three
  copies with a Spanish sentence of the sender's own;
* ``plate-petition`` (90): a petition line of 8 to 20 words, many senders anonymous;
* ``plate-coalition`` (24): a coalition's letter on the same item sharing phrases with the
  petition; the two are different campaigns and must not be merged;
* ``blower-trio`` (3): the smallest campaign, three copies on the leaf-blower item;
* 153 residents' own comments on the same five items (three in Spanish, Vietnamese, Chinese),
  written from shared topic vocabulary: clauses combined freely, each clause said by at most
  four to six senders, no sentence repeated anywhere in the corpus, and the same rule for the
  personal paragraphs senders add to letters;
* 8 resubmissions (``truth["duplicate"]``: same sender, same e-mail, the same words, some
  re-spaced), five of campaign copies and three of residents' comments;
* anonymous senders ("Anonymous", blank, "N/A", "Name withheld", ...; about ninety comments,
  none with an e-mail or postal code) who are all distinct people;
* 15 spam in several kinds (repetition, link-only, link-dense, SEO, pills, casino, prize, loan,
  crypto, essay writing, job offers, dating, gibberish) and languages (English, Russian, Spanish,
  German, Chinese, French).

Truth per row, as the other generators carry it: ``campaign`` (id or None), ``tier`` ("core" or
"heavy" for members, None otherwise), ``spam``, ``duplicate`` and ``personal``: the words the
sender added to the letter (their paragraphs, and the rewritten middle of a heavy edit), joined
by blank lines; a fill-in sentence ("I am <name> of <address> ...") is the template's slot, never
personal text. Names, streets and the city are invented; e-mails are example.com/.org/.net,
phone numbers 555-01xx.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

SEED = 1701
NAME = "generated-fifth"

BIKE = "2026-04411"
CANNERY = "2026-04418"
LIBRARY = "2026-04423"
PLATES = "2026-04430"
BLOWERS = "2026-04437"
ITEMS = (
    (
        BIKE,
        "Item 4: Larchmont Avenue protected bike corridor and removal of curbside parking "
        "between Ninth Street and the ferry terminal",
    ),
    (
        CANNERY,
        "Item 9: Rezoning of the former Ostrander cannery site for 340 homes, a riverfront "
        "path and ground-floor shops",
    ),
    (
        LIBRARY,
        "Item 12: Budget amendment closing the Eastgate and Pell Hill branch libraries on "
        "Sundays and Mondays",
    ),
    (
        PLATES,
        "Item 15: Three-year renewal of the automated license plate reader contract with "
        "Vantor Systems",
    ),
    (
        BLOWERS,
        "Item 18: Ordinance phasing out gas-powered leaf blowers and other small garden engines",
    ),
)

ANONYMOUS_NAMES = (
    "Anonymous",
    "",
    "N/A",
    "Name withheld",
    "anonymous",
    "Anonymous Anonymous",
    "n/a",
    "Name Withheld",
    "ANONYMOUS",
    " ",
)


# --------------------------------------------------------------------------- rows and senders


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    postal_code: str | None
    address: str

    @property
    def anonymous(self) -> bool:
        return self.name.strip().casefold() in {n.strip().casefold() for n in ANONYMOUS_NAMES}


def _names(prose: str) -> tuple[str, ...]:
    """A name list written as prose, so it stays short."""
    return tuple(prose.split())


FIRST = _names(
    "Aurelio Bettina Caspian Delphine Evander Florentyna Gideon Hesper Ignatius Juniper "
    "Kestrel Lavinia Marlowe Nerissa Osric Perpetua Quillon Rosamund Severin Tamsin Ulric "
    "Verity Wystan Xanthe Yestin Zinnia Anselm Briony Corwin Dulcie Emrys Fenella Godric "
    "Honora Isolde Jethro Kerensa Leopold Mireille Niall Odessa Peregrine Rhiannon Sorrel "
    "Thaddeus Undine Vashti Wendeline Yolande Zephyrine"
)
LAST = _names(
    "Abernathy-Cole Brackenridge Culpepper Dunmore Ellingsworth Fairweather Gallowglass "
    "Hartnell Ingleby Jessamy Kettleburn Lockwood-Pyne Marchbanks Nettlefold Oakhurst "
    "Penhaligon Quarrington Rookwood Saltonstall Thistlewood Underhill Vantongeren Winterbourne "
    "Yarborough Zeller-Moss Ashgrove Birchwhistle Copperfield Dovecote Emberley Foxcroft "
    "Greenhalgh Hollowell Ivybridge Juniperson Kingsmere Larkspur Millbank Northcott Orrington"
)
STREETS = (
    "Quillfeather Lane",
    "Marrowbone Court",
    "Tidewater Row",
    "Osprey Hollow Road",
    "Gannet Street",
    "Lantern Hill Drive",
    "Cordwainer Way",
    "Saltmarsh Terrace",
    "Brindle Avenue",
    "Heron Gate Place",
    "Kelpie Street",
    "Wherry Lane",
    "Sloop Court",
    "Barnacle Drive",
    "Anchorsmith Road",
    "Pell Hill Crescent",
)
DOMAINS = ("example.com", "example.org", "example.net")


class Senders:
    """Distinct people: every real name once in the corpus, anonymous ones with no contact."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        pairs = [(f, last) for f in FIRST for last in LAST]
        rng.shuffle(pairs)
        self._names = iter(pairs)
        self._addresses: set[str] = set()

    def address(self) -> str:
        while True:
            text = f"{self.rng.randint(11, 4980)} {self.rng.choice(STREETS)}"
            if text not in self._addresses:
                self._addresses.add(text)
                return text

    def named(self, contact: str = "email") -> Person:
        first, last = next(self._names)
        postal = f"97{self.rng.randint(301, 349)}"
        email = f"{first}.{last.replace('-', '')}@{self.rng.choice(DOMAINS)}".lower()
        if contact == "email":
            return Person(
                f"{first} {last}",
                email,
                postal if self.rng.random() < 0.5 else None,
                self.address(),
            )
        return Person(f"{first} {last}", None, postal, self.address())

    def anonymous(self) -> Person:
        return Person(self.rng.choice(ANONYMOUS_NAMES), None, None, self.address())

    def pick(self, anonymous_share: float) -> Person:
        roll = self.rng.random()
        if roll < anonymous_share:
            return self.anonymous()
        if roll < anonymous_share + 0.12:
            return self.named("postal")
        return self.named()


def phone(rng: random.Random) -> str:
    return f"(541) 555-01{rng.randint(0, 99):02d}"


# --------------------------------------------------------------------------- a sender's own words

# What residents say in their own words, per item: things that happened to them ("facts") and what
# they think ("views"). Clauses are combined freely, so senders share vocabulary, not sentences.
OWN_FACTS = {
    BIKE: (
        "my daughter rides to Larchmont Middle School every morning",
        "I was doored twice last spring near the ferry terminal",
        "we sold our second car in {year} and have not missed it",
        "I run a flower stall two doors from the Ninth Street corner",
        "my husband uses a wheelchair and the curb cuts on Larchmont are broken",
        "I deliver prescriptions by cargo bike for the pharmacy on Ninth",
        "the bus I take to work crawls behind double-parked vans every evening",
        "I counted {n} parked cars on my block last Tuesday and half were empty by noon",
        "my neighbour was hit by a turning pickup at the Wherry Lane crossing",
        "I have lived above the bakery on Larchmont for {years} years",
        "my shop gets most of its customers on foot from the ferry",
        "I teach my kids to ride on the promenade because the avenue scares me",
        "our church on Larchmont needs drop-off space for older members",
        "I commute from Pell Hill and the hill itself is not the problem, the traffic is",
        "I coach under-twelve football and half my players arrive by bike",
        "the loading zone outside my restaurant is blocked most afternoons",
        "I tried the pop-up lane during the festival week and felt safe for once",
        "my father cannot walk far and relies on parking close to his clinic",
        "I lost a mirror to a speeding delivery truck outside my flat",
        "I moved here from a city that built lanes like these, and business grew",
        "the painted lane on Ninth fades within a few months every year",
        "I ride with a child seat and drivers pass within inches of us",
    ),
    CANNERY: (
        "my grandmother packed salmon at the Ostrander cannery for {years} years",
        "I rent a room with two roommates because nothing else is affordable",
        "I walk my dog past the cannery fence every evening",
        "the empty lot behind the cannery floods each winter",
        "my son and his wife moved to Corvallis because they could not find a flat here",
        "I work at the boatyard and would love to live within walking distance",
        "the traffic on River Road already backs up past my driveway",
        "I sat on the waterfront task force in {year}",
        "our block has lost three families to rent increases this year",
        "I have a small business that would rent one of the ground-floor shops",
        "I fish off the old cannery pier on weekends",
        "my landlord raised the rent by {n} dollars in January",
        "I nurse at the harbour clinic and half my coworkers commute an hour",
        "the riverbank near the cannery is where my kids learned to skip stones",
        "I remember when the cannery whistle set the time for the whole east side",
        "I have watched herons nest in the pilings for {years} years",
        "my street has no sidewalk, and three hundred new households would walk it",
        "I was on the waiting list for subsidised housing for {years} years",
        "the sewer on River Road backed up into my basement twice",
        "I teach at Eastgate Elementary and our classrooms are already full",
    ),
    LIBRARY: (
        "I take my twins to story time at Eastgate every Sunday",
        "I studied for my citizenship test at the Pell Hill branch",
        "I have no internet at home and file my job applications from the library",
        "my mother reads large-print mysteries and cannot get downtown",
        "I volunteer at the Saturday homework club at Eastgate",
        "Monday is my only day off, and it is the day the branch would close",
        "I printed my tax forms at Pell Hill last April",
        "my teenage son spends his afternoons in the library because it is quiet and safe",
        "I learned English in the conversation circle that meets at Eastgate",
        "I borrowed {n} books last year and bought none of them",
        "the Pell Hill branch is the only cool place my block has during heat waves",
        "I use the library computers to talk to my doctor by video",
        "my book club has met in the Eastgate community room for {years} years",
        "I am a retired teacher and tutor children at the branch for free",
        "the downtown library is two bus transfers away from my house",
        "my kids got their first library cards at Pell Hill",
        "I work two jobs and weekends are the only time I can visit",
        "the seed library at Eastgate started my whole vegetable garden",
        "I found my current job through a resume workshop at the branch",
        "I run a knitting group that donates blankets from the Pell Hill meeting room",
    ),
    PLATES: (
        "my car was flagged by mistake and I was stopped at gunpoint",
        "I drive my mother to her clinic appointments every week",
        "I read the audit the council received in {year}",
        "my catalytic converter was stolen and the cameras did nothing",
        "I work night shifts and drive past three of these cameras each way",
        "I am a software engineer and know how long such data tends to be kept",
        "my brother's stolen truck was found within a day thanks to a camera hit",
        "I asked the city for my own plate records and never got an answer",
        "I attend a mosque on Gannet Street where a camera faces the parking lot",
        "I served {years} years as a reserve officer",
        "my clinic sits across from one of the camera poles",
        "I drive for a delivery app and pass these readers {n} times a day",
        "the camera on Anchorsmith Road went up without any notice to neighbours",
        "I organise a union and worry about who can look up our meetings",
        "our neighbourhood watch reported several car break-ins last year",
        "I sat through the whole committee hearing on this contract",
        "my insurance went up after a theft the cameras never solved",
        "I visit a family planning clinic in another county",
        "I was a juror in a case built on plate reader data",
        "my street has two readers within a block of each other",
    ),
    BLOWERS: (
        "I work from home and the blowers start at seven every morning",
        "I run a two-person landscaping crew and battery gear costs a fortune",
        "my son has asthma and the exhaust drifts straight into his window",
        "I switched to a battery blower in {year} and it works fine",
        "our street has {n} houses and four different crews",
        "I am a night nurse and sleep during the day",
        "my gardener told me the rebate would not cover half of a new kit",
        "I rake my own leaves and it takes me about an hour",
        "the park crews use blowers on the paths right by the playground",
        "I have mowed lawns in this town for {years} years",
        "my dog hides under the bed whenever the crews arrive",
        "the dust from blowers settles on my patio furniture and car",
        "I teach piano lessons at home and cannot compete with the noise",
        "my neighbour's crew runs their machines for forty minutes on a tiny yard",
        "I bought a battery mower and the charger works from my solar panels",
        "I hire a crew because my back no longer lets me rake",
    ),
}
OWN_VIEWS = {
    BIKE: (
        "a curb and a bollard would do more than another round of paint",
        "the council should phase the parking removal block by block",
        "losing every space on my block would hurt the shops more than anyone admits",
        "separated lanes are the cheapest safety measure the city can buy",
        "the plan needs loading zones written into it from day one",
        "I would trade my parking space for a safe route to school without a second thought",
        "please keep disabled parking on every block",
        "the ferry terminal end is where the danger really is",
        "the corridor should connect to the promenade or it will go nowhere",
        "merchants deserve real numbers on parking turnover before the vote",
        "street trees would make the new layout a place people want to be",
        "the city should count riders before and after and publish it",
        "protected lanes are not a luxury, they are basic infrastructure",
        "delivery drivers will just stop in the bike lane unless enforcement is real",
        "I hope the council looks at the crash map before deciding",
        "drivers and riders both want predictability, and this gives it",
        "this is long overdue on a street this wide",
        "I would ask for a trial period with clear measures of success",
    ),
    CANNERY: (
        "homes near jobs are better than homes on the highway",
        "the riverfront path must be public and open at all hours",
        "340 homes is a reasonable number for a site that size",
        "the affordable share should be higher than fifteen percent",
        "the developer should pay for the River Road upgrades, not the taxpayers",
        "please keep the old brick smokestack as a landmark",
        "a grocery store on the ground floor would change the whole neighbourhood",
        "the flood plain deserves a proper study before anything is built",
        "the east side needs young families again",
        "I would like to see the heron pilings protected in the plan",
        "parking minimums will only make the homes more expensive",
        "local hiring should be a condition of the approval",
        "six storeys next to single-family homes is too abrupt a step",
        "the school district must be at the table before this goes forward",
        "this site has been a fenced eyesore long enough",
        "a cannery museum room in one of the buildings would honour the workers",
        "the sooner this is built, the sooner rents stop climbing",
        "stormwater should be handled on site, not dumped into the river",
    ),
    LIBRARY: (
        "libraries are the last free indoor public space we have",
        "cutting hours saves little and costs the people with the least the most",
        "closing on weekends shuts out everyone who works a weekday job",
        "the council found money for the parking garage and can find it here",
        "if hours must go, close on a weekday morning instead",
        "a branch library is worth more to a neighbourhood than any statue",
        "the savings in the staff report look small next to the harm",
        "please ask the Friends of the Library before cutting anything",
        "reduced hours tend to become permanent once they start",
        "children need somewhere to go on a Sunday afternoon",
        "our branches are full on Mondays and the numbers show it",
        "the city should look at sharing a branch with the school district",
        "volunteers could help keep the doors open if the city asked",
        "I would gladly pay a small parcel tax to keep the branches open",
        "the budget should not be balanced on the backs of readers",
        "the library is where new residents first meet the city",
    ),
    PLATES: (
        "data kept for a year is an invitation to misuse",
        "the contract should cap retention at a few days",
        "a camera network this size deserves a public vote, not a consent item",
        "the cameras have helped recover stolen cars and that matters",
        "outside agencies should never get our data without a warrant",
        "the council should publish an audit of every search made",
        "privacy and public safety are not opposites",
        "the vendor's promises are not the same as a law",
        "a three-year renewal is too long without a review",
        "the money would do more good in street lighting",
        "I want the police to have tools, but with rules attached",
        "the city should tell people where every camera is",
        "no one voted for a database of where we all drive",
        "at minimum the renewal should be for one year with a report",
        "the errors in the system fall hardest on people who look like me",
        "tracking whole neighbourhoods to catch a few thieves is out of proportion",
    ),
    BLOWERS: (
        "the noise alone justifies the ordinance",
        "small crews need a longer phase-in and real rebates",
        "two-stroke engines pollute more than most people realise",
        "battery tools have come a long way and the city should lead",
        "a ban without a trade-in program punishes the workers, not the owners",
        "quiet hours would be a fair first step",
        "the city's own crews should switch first",
        "fines should fall on property owners, not on the gardeners",
        "leaves can be left on beds as mulch, and nobody needs to blow them at all",
        "a two-year phase-in seems fair to everyone",
        "this ordinance is about health as much as noise",
        "please hold a session in Spanish for the crews this will affect",
        "the exemption for large properties makes no sense",
        "I hope the council hears from the people who do the work",
    ),
}
OPENERS = (
    "Honestly,",
    "For what it is worth,",
    "Put simply,",
    "As I see it,",
    "Frankly,",
    "To me,",
    "In short,",
    "Above all,",
)
JOINERS = (", and ", "; ", ". ", ", and honestly ")
FACT_USES, VIEW_USES = 4, 6  # few senders share a clause word for word

# Who the sender is, in words anyone in town might use: combined so no two senders say it alike.
ROLES = (
    "a retired welder",
    "a night-shift nurse",
    "a high school teacher",
    "a small business owner",
    "a graduate student",
    "a bus driver",
    "a grandmother of five",
    "a single father",
    "a first-time homeowner",
    "a renter",
    "a dental hygienist",
    "a boat mechanic",
    "a pastry cook",
    "a property manager",
    "a carpenter",
    "a home care aide",
    "a musician",
    "a bookkeeper",
    "a deckhand on the ferry",
    "a pharmacist",
    "a preschool teacher",
    "a veteran",
    "a hairdresser",
    "a civil engineer",
    "a dockworker",
)
TIES = (
    "a parent of {k}",
    "a homeowner",
    "a renter",
    "a volunteer with the food bank",
    "a member of the harbor cleanup crew",
    "a Little League coach",
    "a caregiver for my father",
    "a regular at the Saturday market",
    "a member of St. Brendan's parish",
    "a new grandparent",
)
PLACES = (
    "in Fenwick Harbor",
    "on the east side",
    "near Pell Hill",
    "off River Road",
    "in the Eastgate neighbourhood",
    "by the ferry terminal",
    "on {street}",
    "in the Flats",
)
STAYS = (
    "I have lived",
    "we have lived",
    "I have lived and worked",
    "my family has lived",
    "I have rented",
    "I have owned a home",
)
TAILS = (
    "",
    ", and I plan to stay",
    ", and we raised {k} kids here",
    ", and I vote in every election",
    ", and I walk almost everywhere",
    ", and I know most of my neighbours by name",
    ", and I care a great deal about this town",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


ASKS = (
    ("Please", "I hope you will", "I ask you to", "I would urge you to"),
    ("listen to", "think of", "weigh the views of", "remember"),
    (
        "the people who live here",
        "working families",
        "neighbours who cannot come to meetings",
        "the people this affects most",
    ),
    ("before you vote.", "when you decide.", "this time.", "on this one."),
)


class OwnWords:
    """Sentences in senders' own words: no sentence twice in the corpus, each clause said by few
    senders, at most one line about who the sender is per paragraph."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.uses: dict[str, int] = {}

    def _clause(self, bank: Sequence[str], cap: int, taken: list[str]) -> str | None:
        fresh = [c for c in bank if self.uses.get(c, 0) < cap and c not in taken]
        if not fresh:
            return None
        fewest = min(self.uses.get(c, 0) for c in fresh)
        choice = self.rng.choice([c for c in fresh if self.uses.get(c, 0) == fewest])
        taken.append(choice)
        return choice.format(
            year=self.rng.randint(2009, 2024),
            years=self.rng.randint(3, 41),
            n=self.rng.randint(5, 60),
        )

    def _background(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            text = (
                f"{_cap(rng.choice(STAYS))} {rng.choice(PLACES)} for {rng.randint(2, 58)} years"
                f"{rng.choice(TAILS)}."
            )
        else:
            text = f"I am {rng.choice(ROLES)} and {rng.choice(TIES)}."
        return text.format(street=rng.choice(STREETS), k=rng.choice(("two", "three", "four")))

    def _ask(self) -> str:
        return " ".join(self.rng.choice(slot) for slot in ASKS)

    def _topical(self, item: str, taken: list[str]) -> str | None:
        rng = self.rng
        form = rng.randrange(4)
        if form == 0:
            fact = self._clause(OWN_FACTS[item], FACT_USES, taken)
            return f"{_cap(fact)}." if fact else None
        view = self._clause(OWN_VIEWS[item], VIEW_USES, taken)
        if view is None:
            return None
        if form == 1:
            fact = self._clause(OWN_FACTS[item], FACT_USES, taken)
            if fact is None:
                return f"{_cap(view)}."
            joiner = rng.choice(JOINERS)
            return f"{_cap(fact)}{joiner}{_cap(view) if joiner == '. ' else view}."
        if form == 2 and not view.startswith(("please", "I ")):
            return f"{rng.choice(OPENERS)} {view}."
        return f"{_cap(view)}."

    def sentence(self, item: str, topical: float = 0.75, background: bool = True) -> str:
        """A new sentence, on the item with chance ``topical`` while its clauses last, else
        about the sender (if ``background``) or a plea anyone might make."""
        for _ in range(400):
            taken: list[str] = []
            text = self._topical(item, taken) if self.rng.random() < topical else None
            if text is None:
                text = self._background() if background else self._ask()
            pieces = [piece.rstrip(".") for piece in text.split(". ")]
            if not any(piece in self.used for piece in pieces):
                self.used.update(pieces)
                for clause in taken:
                    self.uses[clause] = self.uses.get(clause, 0) + 1
                return text
            background = False
        raise RuntimeError("the clause banks are exhausted")

    def paragraph(self, item: str, sentences: int, topical: float = 0.75) -> str:
        out: list[str] = []
        for _ in range(sentences):
            about_me = any(t.startswith(BACKGROUND_STARTS) for t in out)
            out.append(self.sentence(item, topical, background=not about_me))
        return " ".join(out)


BACKGROUND_STARTS = ("I am a", *(_cap(s) for s in STAYS))


# --------------------------------------------------------------------------- the campaigns' letters


@dataclass(frozen=True)
class Letter:
    """A campaign's template: a greeting, an opening, the middle sentences, a closing."""

    greeting: str
    opening: str
    middle: tuple[str, ...]
    closing: str
    signoff: str


BIKE_LETTER = Letter(
    greeting="Dear Mayor Okafor-Lind and members of the City Council,",
    opening="I am writing to urge you to approve the Larchmont Avenue protected bike corridor "
    "as proposed in Item 4.",
    middle=(
        "Larchmont is the only flat, direct route between the east side neighbourhoods and the "
        "ferry terminal, and right now it is also one of the most dangerous streets in Fenwick "
        "Harbor.",
        "Painted lanes have not stopped drivers from parking, idling or speeding in the space "
        "meant for people on bikes.",
        "A corridor separated by curbs and planters gives children, older riders and commuters "
        "a route they can actually trust.",
        "The loss of curbside parking is real, but the city's own counts show that most spaces "
        "along the avenue sit half empty at midday.",
        "Cities that have built similar corridors have seen shop sales hold steady or rise, "
        "because people on foot and on bikes stop more often and spend locally.",
        "The design keeps loading zones and accessible parking on every block, which answers "
        "the most serious concerns raised at the workshops.",
        "Every year of delay means more close calls, more injuries, and more families deciding "
        "that cycling is not for them.",
        "Please fund the crossing upgrades at Ninth Street and Wherry Lane in the same phase, "
        "so the corridor is safe from end to end.",
    ),
    closing="Thank you for your leadership, and please vote yes on Item 4.",
    signoff="Sincerely,",
)
BIKE_FILL = "I'm {name}, and my household is at {address}, a short walk from Larchmont Avenue."

TRADES_LETTER = Letter(
    greeting="Honorable Mayor and Councilmembers:",
    opening="On behalf of the members of the Fenwick Harbor Building and Construction Trades "
    "Council, I ask you to approve the rezoning of the Ostrander cannery site.",
    middle=(
        "The project would put hundreds of local electricians, carpenters, plumbers and "
        "laborers to work for three years.",
        "The developer has signed a project labor agreement that guarantees area-standard wages "
        "and apprenticeship slots for harbor residents.",
        "340 new homes near the harbor jobs mean our members can live in the town they build "
        "instead of commuting over the pass.",
        "The riverfront path and the ground-floor shops are public benefits this council has "
        "wanted on the east side for a decade.",
        "A smaller project could not carry the cost of cleaning up the site, and a stalled site "
        "helps no one.",
        "Apprentices from the Harbor High construction academy are ready to start on day one.",
    ),
    closing="We respectfully urge a yes vote on Item 9.",
    signoff="In solidarity,",
)
TRADES_FILL = "{name}\n{address}, Fenwick Harbor\n{phone}"

LIBRARY_LETTER = Letter(
    greeting="To the City Council,",
    opening="Please reject the proposal to close the Eastgate and Pell Hill branch libraries on "
    "Sundays and Mondays.",
    middle=(
        "These two branches serve the neighbourhoods with the fewest cars, the fewest home "
        "computers and the most children per household.",
        "Weekend hours are the only hours many working parents and shift workers can use.",
        "The projected savings amount to less than one tenth of one percent of the general fund.",
        "When hours were cut in 2011, circulation at both branches fell by a third and took six "
        "years to recover.",
        "Story time, English conversation circles, homework help and job search workshops all "
        "meet on the days that would be lost.",
        "We ask the council to find the savings elsewhere and to keep both branches open seven "
        "days a week.",
    ),
    closing="Our libraries are worth protecting. Thank you for listening.",
    signoff="Respectfully,",
)
LIBRARY_FILL = "As {name} of {address}, I have held a card at my branch since {year}."

LIBRARY_ES_LETTER = Letter(
    greeting="Estimado Concejo Municipal:",
    opening="Les pido que rechacen la propuesta de cerrar las bibliotecas de Eastgate y Pell Hill "
    "los domingos y los lunes.",
    middle=(
        "Estas dos sucursales atienden a los barrios con menos coches, menos computadoras en casa "
        "y más niños por familia.",
        "Los fines de semana son el único momento en que muchas familias trabajadoras pueden ir.",
        "Los círculos de conversación, la ayuda con las tareas y los talleres de empleo se "
        "reúnen justamente en esos días.",
        "El ahorro previsto es mínimo comparado con el daño a nuestra comunidad.",
    ),
    closing="Por favor, mantengan las dos bibliotecas abiertas los siete días. Gracias.",
    signoff="Atentamente,",
)
LIBRARY_ES_FILL = "Les escribe {name}, con domicilio en {address}."

COALITION_LETTER = Letter(
    greeting="Dear Councilmembers,",
    opening="We write on behalf of the Fenwick Harbor Privacy Coalition to ask the council not "
    "to renew the license plate reader contract with Vantor Systems in its current form.",
    middle=(
        "The readers on our streets record the movements of every driver, not only those "
        "suspected of a crime, and keep them for a full year.",
        "Under the current contract that data can be shared with outside agencies without a "
        "warrant or any report back to the council.",
        "Where people pray, seek medical care or organise is not the city's business unless a "
        "judge says otherwise.",
        "If the council does renew, we ask for a thirty-day retention limit, a warrant "
        "requirement for sharing, and a public audit every year.",
        "A one-year term rather than three would let the council judge whether those rules are "
        "followed.",
    ),
    closing="Please pull Item 15 from the consent calendar and give it the public hearing it "
    "deserves.",
    signoff="Thank you,",
)
COALITION_FILL = "This comment comes from {name}, {address}, a coalition member."

PETITION = (
    "Do not renew the license plate reader contract: our movements are not the city's business."
)

TRIO = (
    "I support the leaf blower phase-out, with a two-year transition and rebates for small "
    "landscaping businesses.",
    "The noise and exhaust are a daily burden for people who work from home, and battery "
    "equipment is now affordable.",
    "Please adopt the ordinance and fund the rebate program in the next budget.",
)

# The spun mail-merge letter: each sentence is its slots' choices joined; {name} and {address}
# are the fill-in. Every sentence has at least 64 combinations, drawn without replacement.
SPUN: tuple[tuple[tuple[str, ...], ...], ...] = (
    (
        ("Dear Council,", "To the City Council:", "Dear Mayor and Council,", "Hello Council,"),
        ("I am {name},", "my name is {name},", "this is {name},", "I'm {name},"),
        ("a neighbour at {address},", "writing from {address},", "of {address},", "at {address},"),
        ("and I support", "asking you to approve", "in favour of", "and I back"),
        (
            "the Ostrander cannery rezoning.",
            "rezoning the old cannery.",
            "Item 9.",
            "the cannery site plan.",
        ),
    ),
    (
        (
            "The cannery site has sat empty",
            "That riverfront lot has been fenced off",
            "The old cannery has stood vacant",
            "The Ostrander property has been idle",
        ),
        (
            "for nearly twenty years",
            "since before my kids were born",
            "for two decades",
            "for a generation",
        ),
        (
            "while rents on the east side kept climbing.",
            "as housing costs in town soared.",
            "while families were priced out of the east side.",
            "even as our neighbours were priced out.",
        ),
    ),
    (
        (
            "340 new homes",
            "Three hundred and forty homes",
            "Adding 340 households",
            "The proposed 340 units",
        ),
        (
            "near the harbor jobs",
            "close to the boatyards and the clinic",
            "within walking distance of work",
            "a short walk from the docks",
        ),
        ("would let", "mean", "will help", "could let"),
        (
            "nurses, deckhands and teachers live where they work.",
            "working people stay in town.",
            "young families put down roots here.",
            "people who work here afford to live here.",
        ),
    ),
    (
        (
            "The plan opens",
            "This project would open",
            "The rezoning finally opens",
            "Approval would open",
        ),
        ("the riverbank", "a stretch of river", "the waterfront", "the old pier and the bank"),
        ("to everyone", "to the public", "to walkers and cyclists", "to all of us"),
        (
            "for the first time in a century.",
            "after generations behind a fence.",
            "at last.",
            "for good.",
        ),
    ),
    (
        (
            "Ground-floor shops",
            "Small storefronts on the ground floor",
            "The planned retail spaces",
            "New shops at street level",
        ),
        ("would bring", "could bring", "will give us", "promise"),
        (
            "a grocery and daily errands",
            "everyday shopping",
            "the corner stores we lack",
            "a café and a pharmacy",
        ),
        (
            "within reach of the east side.",
            "to our part of town.",
            "back to the neighbourhood.",
            "without a drive across town.",
        ),
    ),
    (
        ("I urge you to", "Please", "I ask that you", "I hope you will"),
        ("approve", "vote yes on", "adopt", "pass"),
        ("the rezoning", "Item 9", "this rezoning", "the cannery plan"),
        (
            "without cutting the number of homes.",
            "at the full 340 units.",
            "and resist calls to shrink it.",
            "as staff recommend.",
        ),
    ),
    (
        ("Thank you", "Thanks", "With thanks", "Many thanks"),
        ("for your time", "for considering this", "for listening", "for your work on this"),
        (
            "and for your service.",
            "on behalf of my family.",
            "and I hope to see it built.",
            "as always.",
        ),
    ),
)


# --------------------------------------------------------------------------- building copies


@dataclass
class Parts:
    """A copy's paragraphs, each marked as the sender's own words (True) or the letter's."""

    chunks: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, text: str, own: bool = False) -> None:
        if text:
            self.chunks.append((text, own))

    def body(self, sep: str) -> str:
        return sep.join(text for text, _ in self.chunks)

    def personal(self) -> str:
        return "\n\n".join(text for text, own in self.chunks if own)


@dataclass(frozen=True)
class Plan:
    """How one sender treats the letter: where their own paragraph goes, whether they rewrite it."""

    own_at: str | None = None  # "before", "after", "middle", "both" or None
    heavy: bool = False
    own_sentences: int = 2


class Build:
    """The generator's state: one random stream, the senders, and the own-words bank."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.senders = Senders(self.rng)
        self.own = OwnWords(self.rng)

    def separator(self) -> str:
        return self.rng.choice(("\n\n", "\n\n", "\n\n", "\n", " "))

    def plan(self, shares: dict[str | None, float], heavy: bool = False) -> Plan:
        keys = list(shares)
        own_at = self.rng.choices(keys, weights=[shares[k] for k in keys])[0]
        return Plan(own_at, heavy, self.rng.randint(1, 3))

    def letter(
        self, letter: Letter, item: str, who: Person, fill: str, fill_at: str, plan: Plan
    ) -> Parts:
        """One copy of ``letter``: fill-in at "top", "middle" or "end", the sender's own words
        where the plan puts them, and for a heavy edit the middle mostly rewritten."""
        rng, parts = self.rng, Parts()
        one_per_line = rng.random() < 0.3
        joiner = "\n" if one_per_line else " "
        filled = (
            ""
            if who.anonymous
            else fill.format(
                name=who.name.strip(),
                address=who.address,
                phone=phone(rng),
                year=rng.randint(1979, 2021),
            )
        )
        if plan.own_at in ("before", "both"):
            parts.add(self.own.paragraph(item, plan.own_sentences), own=True)
        if rng.random() < 0.85:
            parts.add(letter.greeting)
        opening = [filled, letter.opening] if fill_at == "top" and filled else [letter.opening]
        parts.add(joiner.join(opening))
        middle = list(letter.middle)
        if plan.heavy:
            keep = sorted(rng.sample(range(len(middle)), rng.choice((2, 3))))
            middle = [middle[i] for i in keep]
        if fill_at == "middle" and filled:
            middle.insert(len(middle) // 2, filled)
        groups = _groups(rng, middle)
        own_slot = rng.randint(1, max(1, len(groups) - 1))
        for k, group in enumerate(groups):
            if plan.heavy and k == own_slot - 1:
                parts.add(joiner.join(group))
                parts.add(self.own.paragraph(item, 3), own=True)
                continue
            if plan.own_at == "middle" and k == own_slot:
                parts.add(self.own.paragraph(item, plan.own_sentences), own=True)
            parts.add(joiner.join(group))
        if plan.own_at in ("after", "both") and rng.random() < 0.5:
            parts.add(self.own.paragraph(item, plan.own_sentences), own=True)
            parts.add(letter.closing)
        else:
            parts.add(letter.closing)
            if plan.own_at in ("after", "both"):
                parts.add(self.own.paragraph(item, plan.own_sentences), own=True)
        if fill_at == "end":
            parts.add(f"{letter.signoff}\n{filled}" if filled else letter.signoff)
        elif not who.anonymous and rng.random() < 0.8:
            parts.add(f"{letter.signoff}\n{who.name.strip()}")
        return parts


def _groups(rng: random.Random, sentences: list[str]) -> list[list[str]]:
    """Sentences into paragraphs of one to three."""
    out: list[list[str]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        out.append(sentences[i : i + size])
        i += size
    return out


# --------------------------------------------------------------------------- the campaigns

COPIES = {
    "bike-corridor": 150,
    "cannery-spun": 60,
    "cannery-trades": 30,
    "library-sundays": 45,
    "library-es": 6,
    "plate-petition": 90,
    "plate-coalition": 24,
    "blower-trio": 3,
}
HEAVY = {"bike-corridor": 20, "cannery-trades": 4, "library-sundays": 8}
CAMPAIGN_ITEMS = {
    "bike-corridor": BIKE,
    "cannery-spun": CANNERY,
    "cannery-trades": CANNERY,
    "library-sundays": LIBRARY,
    "library-es": LIBRARY,
    "plate-petition": PLATES,
    "plate-coalition": PLATES,
    "blower-trio": BLOWERS,
}
SPANISH_OWN = (
    "Mis hijos hacen la tarea en la biblioteca de Eastgate todos los domingos.",
    "Trabajo de lunes a sábado y el domingo es mi único día para llevar a mi madre a leer.",
    "Aprendí inglés en el círculo de conversación de Pell Hill y ahora ayudo a otros vecinos.",
)


def _heavy_positions(rng: random.Random, campaign: str) -> set[int]:
    """Heavy edits arrive after the campaign has a few plain copies."""
    count = HEAVY.get(campaign, 0)
    return set(rng.sample(range(3, COPIES[campaign]), count)) if count else set()


def _row(b: Build, campaign: str, who: Person, parts: Parts, heavy: bool) -> Row:
    return Row(
        item=CAMPAIGN_ITEMS[campaign],
        body=parts.body(b.separator()),
        who=who,
        campaign=campaign,
        tier="heavy" if heavy else "core",
        personal=parts.personal(),
    )


def letter_campaign(
    b: Build,
    campaign: str,
    letter: Letter,
    fill: tuple[str, str],
    shares: dict[str | None, float],
    anonymous_share: float,
) -> list[Row]:
    heavy = _heavy_positions(b.rng, campaign)
    item = CAMPAIGN_ITEMS[campaign]
    rows = []
    for k in range(COPIES[campaign]):
        who = b.senders.pick(anonymous_share)
        plan = b.plan(shares, heavy=k in heavy)
        parts = b.letter(letter, item, who, fill[0], fill[1], plan)
        rows.append(_row(b, campaign, who, parts, k in heavy))
    return rows


def bike_corridor(b: Build) -> list[Row]:
    shares = {None: 0.55, "before": 0.16, "after": 0.15, "middle": 0.11, "both": 0.03}
    return letter_campaign(b, "bike-corridor", BIKE_LETTER, (BIKE_FILL, "top"), shares, 0.15)


def cannery_trades(b: Build) -> list[Row]:
    shares = {None: 0.55, "middle": 0.2, "after": 0.25}
    return letter_campaign(b, "cannery-trades", TRADES_LETTER, (TRADES_FILL, "end"), shares, 0.1)


def plate_coalition(b: Build) -> list[Row]:
    shares = {None: 0.45, "before": 0.4, "after": 0.15}
    fill = (COALITION_FILL, "top")
    return letter_campaign(b, "plate-coalition", COALITION_LETTER, fill, shares, 0.1)


def library_sundays(b: Build) -> list[Row]:
    """The first copy is a long letter of the sender's own with the template inside it."""
    shares = {None: 0.45, "before": 0.2, "after": 0.25, "middle": 0.1}
    rows = letter_campaign(
        b, "library-sundays", LIBRARY_LETTER, (LIBRARY_FILL, "middle"), shares, 0.2
    )
    first = rows[0]
    first.who = b.senders.named()
    template = b.letter(LIBRARY_LETTER, LIBRARY, first.who, LIBRARY_FILL, "middle", Plan())
    chunks = template.chunks
    cut = len(chunks) // 2
    parts = Parts()
    parts.add(b.own.paragraph(LIBRARY, 6), own=True)
    parts.add(b.own.paragraph(LIBRARY, 5), own=True)
    parts.chunks.extend(chunks[:cut])
    parts.add(b.own.paragraph(LIBRARY, 6, topical=0.9), own=True)
    parts.chunks.extend(chunks[cut:-1])
    parts.add(b.own.paragraph(LIBRARY, 7, topical=0.9), own=True)
    parts.chunks.append(chunks[-1])
    first.body, first.personal, first.tier = parts.body("\n\n"), parts.personal(), "core"
    return rows


def library_es(b: Build) -> list[Row]:
    rows = []
    spanish = list(SPANISH_OWN)
    for k in range(COPIES["library-es"]):
        who = b.senders.pick(0.2)
        letter = b.letter(LIBRARY_ES_LETTER, LIBRARY, who, LIBRARY_ES_FILL, "top", Plan())
        if k % 2 == 1 and spanish:
            letter.chunks.insert(len(letter.chunks) - 1, (spanish.pop(0), True))
        rows.append(_row(b, "library-es", who, letter, False))
    return rows


def cannery_spun(b: Build) -> list[Row]:
    """Every copy assembled sentence by sentence from slots; no combination used twice."""
    count = COPIES["cannery-spun"]
    columns = [_combinations(b.rng, slots, count) for slots in SPUN]
    rows = []
    for k in range(count):
        who = b.senders.named()
        sentences = [column[k].format(name=who.name, address=who.address) for column in columns]
        parts = Parts()
        groups = _groups(b.rng, sentences[:-1])
        for group in groups:
            parts.add(" ".join(group))
        if b.rng.random() < 0.12:
            parts.add(b.own.paragraph(CANNERY, 1), own=True)
        parts.add(f"{sentences[-1]}\n{who.name}" if b.rng.random() < 0.7 else sentences[-1])
        rows.append(_row(b, "cannery-spun", who, parts, False))
    return rows


def _combinations(rng: random.Random, slots: tuple[tuple[str, ...], ...], count: int) -> list[str]:
    seen: set[tuple[int, ...]] = set()
    out: list[str] = []
    while len(out) < count:
        pick = tuple(rng.randrange(len(slot)) for slot in slots)
        if pick not in seen:
            seen.add(pick)
            out.append(" ".join(slot[i] for slot, i in zip(slots, pick, strict=True)))
    return out


def plate_petition(b: Build) -> list[Row]:
    """One line, as senders paste it: case, punctuation and spacing drift, a first name added."""
    variants: tuple[Callable[[str], str], ...] = (
        lambda s: s,
        lambda s: s,
        lambda s: s,
        str.lower,
        lambda s: s.rstrip("."),
        lambda s: s.replace(".", "!"),
        lambda s: s.replace(": ", " - "),
        lambda s: f"  {s}  ",
        str.upper,
    )
    rows = []
    for _ in range(COPIES["plate-petition"]):
        who = b.senders.pick(0.4)
        line = b.rng.choice(variants)(PETITION)
        parts = Parts()
        parts.add(line)
        roll = b.rng.random()
        if roll < 0.15:
            parts.add(b.own.sentence(PLATES), own=True)
        elif roll < 0.25 and not who.anonymous:
            parts.add(f"- {who.name.split()[0]}")
        rows.append(_row(b, "plate-petition", who, parts, False))
    return rows


def blower_trio(b: Build) -> list[Row]:
    rows = []
    for k in range(COPIES["blower-trio"]):
        who = b.senders.named()
        parts = Parts()
        parts.add(" ".join(TRIO))
        if k == 1:
            parts.add(b.own.paragraph(BLOWERS, 2), own=True)
        rows.append(_row(b, "blower-trio", who, parts, False))
    return rows


# --------------------------------------------------------------------------- residents

UNIQUES = {BIKE: 38, CANNERY: 30, LIBRARY: 30, PLATES: 30, BLOWERS: 22}
GREETINGS = ("Dear Council,", "Hello,", "Councilmembers,", "To whom it may concern,", "Hi all,")
OTHER_LANGUAGES = (
    (
        BLOWERS,
        "Soy jardinero desde hace veinte años y no puedo pagar de golpe las máquinas de batería. "
        "Pido al Concejo un plazo de tres años y un reembolso real para las cuadrillas pequeñas.",
    ),
    (
        LIBRARY,
        "Tôi đưa các con đến thư viện Eastgate mỗi Chủ nhật. Xin Hội đồng đừng đóng cửa thư viện "
        "vào cuối tuần, vì đó là ngày duy nhất gia đình tôi có thể đến.",
    ),
    (
        CANNERY,
        "我在罐头厂旧址附近住了二十年。我支持建新住房，但希望河边步道全天对公众开放，"
        "也希望先解决交通问题。",
    ),
)


def residents(b: Build) -> list[Row]:
    """People writing in their own words on the same items, with the campaigns' vocabulary."""
    rows = []
    for item, count in UNIQUES.items():
        for _ in range(count):
            who = b.senders.pick(0.2)
            parts = Parts()
            if b.rng.random() < 0.35:
                parts.add(b.rng.choice(GREETINGS))
            sentences = b.rng.choices((1, 2, 3, 4, 5), weights=(2, 3, 3, 2, 1))[0]
            first = b.own.sentence(item, topical=1.0)  # every resident speaks to the item
            if sentences >= 4 and b.rng.random() < 0.5:
                parts.add(f"{first} {b.own.paragraph(item, 1)}")
                parts.add(b.own.paragraph(item, sentences - 2))
            else:
                parts.add(" ".join([first, b.own.paragraph(item, sentences - 1)]).strip())
            if not who.anonymous and b.rng.random() < 0.4:
                parts.add(b.rng.choice((f"- {who.name.split()[0]}", f"Thanks, {who.name}")))
            rows.append(Row(item=item, body=parts.body(b.separator()), who=who))
    for item, body in OTHER_LANGUAGES:
        rows.append(Row(item=item, body=body, who=b.senders.pick(0.0)))
    b.rng.shuffle(rows)
    return rows


# --------------------------------------------------------------------------- spam

SPAM = (
    ("Best Deals", " ".join(["hello"] * 16)),
    ("", "http://bit-deals.example.net/r/88412"),
    (
        "promo",
        "http://a.example.net/go http://b.example.org/offer?id=4 http://c.example.net/x "
        "http://d.example.org/win",
    ),
    (
        "Rank Fast Team",
        "We noticed your website is not on the first page of Google. Our SEO experts can grow "
        "your traffic 300% in 30 days. Reply for a free audit: http://rankfast.example.net",
    ),
    (
        "Pharma Direct",
        "Buy generic pills online without prescription!!! Lowest prices, discreet shipping "
        "worldwide. Order now: http://pharma-direct.example.org",
    ),
    (
        "Lucky Spin",
        "Claim 200 free spins today! Best online casino bonus, instant withdrawal. Sign up: "
        "http://spinwin.example.net/bonus",
    ),
    (
        "Приз",
        "Поздравляем! Вы выиграли iPhone 15. Чтобы получить приз, перейдите по ссылке "
        "http://priz-online.example.net и введите код 4471.",
    ),
    (
        "Créditos Ya",
        "¡Préstamos rápidos sin aval! Dinero en tu cuenta en 24 horas. Escríbenos por WhatsApp "
        "al (541) 555-0187.",
    ),
    (
        "Anonymous",
        "Verdienen Sie 3000 Euro pro Woche mit Bitcoin-Trading! Keine Erfahrung nötig. Jetzt "
        "registrieren: http://krypto-gewinn.example.org",
    ),
    (
        "论文",
        "专业代写论文，价格优惠，保证原创。加微信 xz55501 咨询，网址 http://daixie.example.net",
    ),
    (
        "Emploi Rapide",
        "Gagnez de l'argent depuis chez vous ! Travail facile, 500 € par jour. Contactez-nous : "
        "emploi.rapide@example.net",
    ),
    (
        "Hiring Now",
        "Work from home and earn $4,800 a month stuffing envelopes. No experience needed. Text "
        "JOBS to (541) 555-0163 now.",
    ),
    ("N/A", "asdkjh qwpeoiru zmxncbv lkjhgf poiuyt asdf qwer zxcv mnbv lkjh"),
    ("", "ывапр олдж фыва ячсм йцук енгш щзхъ фывапролдж"),
    (
        "Jenna",
        "Hot singles near Fenwick Harbor are waiting to meet you tonight ❤ "
        "http://meet-now.example.org",
    ),
)


def spam(b: Build) -> list[Row]:
    rows = []
    items = [key for key, _ in ITEMS]
    for k, (name, body) in enumerate(SPAM):
        email = f"offers{k}@example.net" if k % 3 == 0 else None
        who = Person(name, email, None, "")
        rows.append(Row(item=b.rng.choice(items), body=body, who=who, spam=True))
    return rows


# --------------------------------------------------------------------------- resubmissions, order

RESUBMITTED_CAMPAIGN_COPIES, RESUBMITTED_COMMENTS = 5, 3


def resubmit(b: Build, stream: list[Row], count: int) -> None:
    """Some senders send the same comment again (same e-mail), a few with its layout changed."""
    senders = [row for row in stream if row.who.email and not row.duplicate]
    for row in b.rng.sample(senders, count):
        body = row.body if b.rng.random() < 0.6 else " ".join(row.body.split())
        copy = Row(row.item, body, row.who, row.campaign, row.tier, False, row.personal, True)
        at = b.rng.randint(stream.index(row) + 1, len(stream))
        stream.insert(at, copy)


def interleave(rng: random.Random, streams: Sequence[list[Row]]) -> list[Row]:
    """Each stream keeps its own order; streams mix as comments arrive."""
    queues = [list(s) for s in streams if s]
    out: list[Row] = []
    while queues:
        queue = rng.choices(queues, weights=[len(q) for q in queues])[0]
        out.append(queue.pop(0))
        queues = [q for q in queues if q]
    return out


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus in arrival order, one dict per comment (``Row.as_dict``)."""
    b = Build(seed)
    library = library_sundays(b)  # its long first copy takes fresh clauses
    everyone = residents(b)
    campaigns = [
        bike_corridor(b),
        cannery_spun(b),
        cannery_trades(b),
        library,
        library_es(b),
        plate_petition(b),
        plate_coalition(b),
        blower_trio(b),
    ]
    campaign_stream = interleave(b.rng, campaigns)
    resubmit(b, campaign_stream, RESUBMITTED_CAMPAIGN_COPIES)
    resubmit(b, everyone, RESUBMITTED_COMMENTS)
    rows = interleave(b.rng, [campaign_stream, everyone, spam(b)])
    return [row.as_dict() for row in rows]
