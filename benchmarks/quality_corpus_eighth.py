"""An eighth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 12 (4 December 2026, in about half an hour) by a helper who did
not read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md``, nor the text banks of the other generators (``benchmarks/quality_corpus*.py``).
It read issue 14, the opening of the real eComment export in ``../shared/seeds/`` (residents'
own comments beside a pasted organisation's letter with numbered demands), the real dockets'
README and, for the interface only, ``corpus_row.Row``, the ``Corpus``/``Record`` dataclasses and
the ``generated_seventh`` / ``_from_generator`` wiring of ``labelling_quality.py``, the seventh
generator's docstring and public names, ``tests/corpus_shapes.py`` and the seventh generator's
shape test. Its author never ran the labeller or the benchmark on it. Read it once, blind; never
tune on it.

It imitates one contested council night in an invented city, Brennock (seed 2001), four items:

* ``sanitation-union`` (200 copies): a union's one-line petition for the sanitation contract,
  pasted as is, in capitals, with a member number, or with the sender's own sentence; many
  senders anonymous or blank;
* ``pool-association`` (55, 7 heavy): a neighbourhood association's letter with four numbered
  demands against closing a pool; copies add own paragraphs before, after or between the
  paragraphs, drop a paragraph, reword a sentence, carry typos, shout the closing in capitals,
  add fill-in lines (name, address, phone) and signature blocks; heavy copies keep the opening,
  one demand and the closing and rewrite the rest;
* ``pool-otters`` (3): a swim club's parents' short note on the same item;
* ``housing-advocates`` (50, 8 heavy): an advocacy group's long letter for rezoning Quarry Lane
  with a personal-story prompt, which most senders replace with their story and some leave
  unfilled, sometimes with the toolkit's pasted instruction line still on top;
* ``quarry-spun`` (40): a business alliance's mail-merge against the same rezoning, every sentence
  built from three slots of four phrasings, no two copies with the same sentence combination;
* ``shelter-faith`` (30): a faith coalition's letter for a winter warming centre, in English and
  Spanish in one letter; senders send both languages, or only one.

Plus residents' own comments on the four items, written one by one as different people would
(one line to several paragraphs, some using a campaign's vocabulary but none of its sentences),
8 resubmissions (same sender, same e-mail, same words), anonymous senders ("Anonymous", blank,
"N/A", ...) who are distinct people, and 15 spam in several kinds and languages.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` ("core"/"heavy"), ``spam``,
``duplicate`` and ``personal``: the sender's own paragraphs joined by blank lines ("" when none).
Never personal: salutations, sign-offs, signature names and blocks, fill-in lines, placeholders,
instruction lines, reworded or misspelt template sentences. Names and streets are invented;
e-mails are example.com/.org/.net and phone numbers 555-01xx.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from corpus_row import Row

SEED = 2001
NAME = "generated-eighth"
SANITATION = "2026-07121"
POOL = "2026-07102"
HOUSING = "2026-07109"
SHELTER = "2026-07115"
ITEMS = (
    (
        SANITATION,
        "Approval of the collective agreement with Municipal Workers Local 618 for residential "
        "sanitation collection, 2027-2030",
    ),
    (POOL, "Closure of the Ashgrove Community Pool and sale of the Pellow Street site"),
    (
        HOUSING,
        "Rezoning of the Quarry Lane industrial lands to allow mid-rise housing (File Z-26-14)",
    ),
    (SHELTER, "Winter warming centre at the Old Drill Hall, December to March"),
)
COPIES = {
    "sanitation-union": 200,
    "pool-association": 55,
    "pool-otters": 3,
    "housing-advocates": 50,
    "quarry-spun": 40,
    "shelter-faith": 30,
}
HEAVY = {"pool-association": 7, "housing-advocates": 8}
RESUBMISSIONS = 8
SPAM_COUNT = 15
ANONYMOUS_NAMES = ("Anonymous", "", "N/A", "Name withheld", "anon", "None", "Resident")

FIRST = (
    "Aldo", "Bronagh", "Cosmin", "Delphine", "Eamon", "Fidelma", "Gaspard", "Hollis", "Ines",
    "Jarrah", "Kestrel", "Lorcan", "Maelle", "Nuno", "Odile", "Pascoe", "Quilla", "Rafferty",
    "Saoirse", "Tobiah", "Ulla", "Vesna", "Wendell", "Xiomara", "Yannick", "Zelda", "Anouk",
    "Birgit", "Caspian", "Dorcas", "Emrys", "Fenna", "Gideon", "Hester", "Isidro", "Jolene",
)  # fmt: skip
LAST = (
    "Abernathy", "Blackwood", "Carrow", "Dunleavy", "Esterhay", "Fairweather", "Gillow",
    "Hapgood", "Ingleby", "Jessop", "Kettering", "Lanyon", "Merriman", "Nettleship", "Oakhurst",
    "Pennock", "Quayle", "Rowntree", "Sallow", "Treadwell", "Underhill", "Vance-Oduya",
    "Wolstenholme", "Yarwood", "Zebrowski", "Amadi-Fenn", "Birtwhistle", "Cromarty",
)  # fmt: skip
STREETS = (
    "Pellow Street", "Ashgrove Road", "Tanner's Row", "Quarry Lane", "Hobb Crescent",
    "Linnet Way", "Drill Hall Lane", "Cobble Terrace", "Wethers Avenue", "Saltmarsh Road",
)  # fmt: skip
POSTAL = ("BR1 4KT", "BR2 7QA", "BR3 1LN", "BR4 9PD", "BR1 6HW", "BR2 2XE")
DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Person:
    """A sender: a name (maybe an anonymous one), an e-mail and a postal code, both optional."""

    name: str
    email: str | None
    postal_code: str | None


class People:
    """Hands out senders, each named one used once, anonymous ones with no contact data."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        pairs = [(f, last) for f in FIRST for last in LAST]
        rng.shuffle(pairs)
        self.pairs = pairs

    def named(self) -> Person:
        first, last = self.pairs.pop()
        mail = None
        if self.rng.random() < 0.85:
            handle = self.rng.choice(
                (f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.rng.randint(2, 99)}")
            )
            local = handle.lower().replace("'", "")
            mail = f"{local}@{self.rng.choice(DOMAINS)}"
        postal = self.rng.choice(POSTAL) if self.rng.random() < 0.6 else None
        return Person(f"{first} {last}", mail, postal)

    def anonymous(self) -> Person:
        return Person(self.rng.choice(ANONYMOUS_NAMES), None, None)

    def any(self, anonymous_share: float) -> Person:
        return self.anonymous() if self.rng.random() < anonymous_share else self.named()


def phone(rng: random.Random) -> str:
    return f"({rng.randint(200, 989)}) 555-01{rng.randint(0, 99):02d}"


def address(rng: random.Random) -> str:
    return f"{rng.randint(3, 188)} {rng.choice(STREETS)}"


def typo(rng: random.Random, sentence: str) -> str:
    """One slip of the keyboard: two letters of a longer word swapped."""
    words = sentence.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return sentence
    i = rng.choice(long)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


@dataclass
class Body:
    """A comment being assembled: its paragraphs and which of them are the sender's own."""

    parts: list[tuple[str, bool]]

    def add(self, text: str, own: bool = False) -> None:
        self.parts.append((text, own))

    def text(self) -> str:
        return "\n\n".join(t for t, _ in self.parts)

    def personal(self) -> str:
        return "\n\n".join(t for t, own in self.parts if own)


def copy_row(item: str, body: Body, who: Person, campaign: str, heavy: bool = False) -> Row:
    return Row(
        item, body.text(), who, campaign, "heavy" if heavy else "core", False, body.personal()
    )


# --------------------------------------------------------------------------- salutations


SALUTATIONS = (
    "Dear Mayor and Council,",
    "Dear Councillors,",
    "To the Brennock City Council:",
    "Hello,",
    "Good evening Council members,",
    "Dear Mayor Tregarth and members of Council,",
    "To whom it may concern,",
    "Hi all,",
)
SIGN_OFFS = (
    "Sincerely,",
    "Thank you,",
    "Regards,",
    "Best,",
    "Thanks for your time,",
    "Respectfully,",
    "Cheers,",
    "With thanks,",
)


def greet(b: Body, rng: random.Random, share: float = 0.6) -> None:
    if rng.random() < share:
        b.add(rng.choice(SALUTATIONS))


def sign(b: Body, rng: random.Random, who: Person, share: float = 0.7) -> None:
    if rng.random() >= share:
        return
    off = rng.choice(SIGN_OFFS)
    if who.name in ANONYMOUS_NAMES or rng.random() < 0.2:
        b.add(off)
    else:
        b.add(f"{off}\n{who.name}")


# --------------------------------------------------------------------------- union petition

PETITION = (
    "As a member of Municipal Workers Local 618, I urge the Brennock City Council to approve "
    "the sanitation agreement as negotiated and to reject any plan to contract out residential "
    "collection."
)
PETITION_TAILS = (
    "Local 618 member #{n}",
    "- Local 618, Eastside yard",
    "In solidarity,",
    "Solidarity forever",
)
UNION_OWN = (
    "I have driven the number 9 route for fourteen years and I know every alley on it.",
    "My dad worked the trucks before me. Private haulers cut corners and the city pays later.",
    "We worked straight through the flood last spring. Please remember that.",
    "Contracting out did not save money in Rellport, it just moved the complaints to a call "
    "centre.",
    "I'm a resident too, not just a worker. I want my own bins picked up by people who live here.",
    "Please vote yes tonight.",
    "Keep it public!!",
    "Our crews have the lowest missed-pickup rate in the region, check the staff report page 6.",
    "I lift about four tonnes a shift. A fair contract is the least we're owed.",
    "My wife and I both work for the city. This agreement lets us stay in Brennock.",
    "Please don't let this go to a private company that answers to shareholders in another "
    "country.",
    "New hire here, two years in. The training we got was excellent and I want to stay.",
    "The recycling crews especially need the new safety provisions in article 12.",
    "Vote YES. We negotiated in good faith for nine months.",
    "I am retired from sanitation after 31 years and I still support my brothers and sisters.",
    "Thank you Councillor Abiodun for meeting with our stewards last week.",
    "It's a hard job. Pay us like it.",
    "Approve it and let us get back to work.",
)


def union(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    own = list(UNION_OWN)
    rng.shuffle(own)
    for _ in range(COPIES["sanitation-union"]):
        who = people.any(0.3)
        b = Body([])
        roll = rng.random()
        line = PETITION.upper() if roll < 0.1 else PETITION
        if 0.1 <= roll < 0.15:
            line = typo(rng, PETITION)
        if rng.random() < 0.1:
            greet(b, rng, 1.0)
        b.add(line)
        if own and rng.random() < 0.12:
            b.add(own.pop(), own=True)
        if rng.random() < 0.2:
            b.add(rng.choice(PETITION_TAILS).format(n=rng.randint(1000, 4999)))
        elif rng.random() < 0.15:
            sign(b, rng, who, 1.0)
        rows.append(copy_row(SANITATION, b, who, "sanitation-union"))
    return rows


# --------------------------------------------------------------------------- pool association

POOL_OPENING = (
    "We, the members of the Ashgrove Neighbourhood Association, oppose the proposed closure of "
    "the Ashgrove Community Pool and the sale of its site on Pellow Street."
)
POOL_CASE = (
    "The pool is the only public place to swim within walking distance of four schools. Last "
    "summer it recorded more than 31,000 visits, and its swim lessons were full by the second "
    "week of registration."
)
POOL_CASE_REWORDED = (
    "The pool is the only public pool that children from four schools can walk to. Last summer "
    "it recorded more than 31,000 visits, and its swim lessons were full by the second week of "
    "registration."
)
POOL_REPAIRS = (
    "The staff report puts the cost of the boiler and roof repairs at $2.4 million. That is less "
    "than the city spent on the Saltmarsh Road parking structure, and the pool serves far more "
    "people."
)
POOL_DEMANDS = (
    "Remove the Pellow Street site from the surplus property list.",
    "Fund the boiler and roof repairs from the 2027 capital reserve.",
    "Keep the pool open during the repairs wherever it is safe to do so.",
    "Hold a public meeting in Ashgrove before any future decision on the site.",
)
POOL_CLOSING = (
    "A neighbourhood that loses its pool does not get it back. Please vote no on the closure."
)
POOL_FILL_INS = (
    "Name: {name}\nAddress: {address}\nPhone: {phone}",
    "{name}\n{address}, Brennock",
    "Resident of {address}",
    "{name} | {phone}",
)
POOL_SIGNATURE_BLOCKS = (
    "{name}\nBlock captain, Ashgrove Neighbourhood Association\n{address}",
    "{name}\nAshgrove Neighbourhood Association, Membership Secretary",
    "--\n{name}\nSent from my phone",
)
POOL_OWN = (
    "I learned to swim at Ashgrove in 1987 and both of my kids did too. My youngest is on the "
    "waitlist for lessons right now.",
    "I am 74 and the aquafit class on Tuesday and Thursday mornings is the only exercise my knees "
    "will let me do. There is nowhere else I can get to on the bus.",
    "We moved to Ashgrove Road specifically because the pool was a five minute walk. Selling it "
    "for townhouses would change what this neighbourhood is.",
    "Last July when it hit 38 degrees the pool was the only cool place a lot of families on our "
    "block had. The library closes at 5.",
    "I was a lifeguard there for three summers in college. The building is old but the staff "
    "keep it going with almost nothing.",
    "My son has autism and the quiet swim hour on Sundays is one of the few public activities "
    "that works for him. Please don't take it away.",
    "Honestly I don't even swim, but I walk past every evening and see how many kids are in "
    "there. That's worth $2 million.",
    "Where exactly are the 200 kids in the lesson program supposed to go? The Westbrook pool is "
    "two buses away.",
    "The city let the boiler go for a decade and now says it is too expensive to fix. That is a "
    "choice the council made, not bad luck.",
    "I coach the masters swim group. Thirty adults, six mornings a week, most of us over fifty.",
    "Our daughter got her first job as a swim instructor at Ashgrove. It is a pipeline for local "
    "teenagers that nobody counts.",
    "Please, please, please keep it open.",
    "If the site is sold it should at least be for affordable housing, not luxury units. But "
    "really it should stay a pool.",
    "I grew up on Hobb Crescent. Half my childhood happened in that building.",
    "We've already lost the skating rink and the branch post office. Every year there is less "
    "here for people who don't drive.",
    "Is there a reason the repair money can't come from the development charges on the Quarry "
    "Lane project?",
    "My grandmother took the seniors' swim until she was 91.",
    "The swim lessons are the cheapest in the region and that matters for families like ours.",
    "As a physiotherapist I send patients to Ashgrove for water therapy weekly. There is no "
    "other warm-water option in the east end.",
    "I'm new to the neighbourhood (moved here in March) and the pool was one of the first places "
    "I met my neighbours.",
    "I signed up for this association letter but want to add that the changerooms really do need "
    "work, so please fund that too.",
    "Kids drown when they never learn to swim. This is a safety issue.",
    "The council promised in 2019 that Ashgrove would be kept. What changed?",
    "We pay some of the highest property taxes in the east end. Spend some of it here.",
    "I would volunteer to help fundraise for the repairs if the city matched it.",
    "Swimming saved my mental health during a very bad year. I'm not exaggerating.",
    "There's a real lack of things for teenagers to do in Ashgrove and this is one of them.",
    "My neighbours who don't speak much English use the family swim a lot. It's where their kids "
    "made friends.",
)
POOL_HEAVY = (
    "I want to add my own reasons rather than repeat the whole association letter. I have lived "
    "two streets from the pool for twenty years. The building needs work, everyone knows that, but "
    "the staff report makes it sound like the choice is repair or close, when there was never a "
    "real look at phasing the work over two budgets.",
    "The association's letter says it well but I'd put it differently. This isn't nostalgia. On a "
    "summer weekday I count sixty or seventy bikes outside. Those kids are not going to cross the "
    "highway to get to Westbrook, they're going to go without, or go to the quarry pond, which is "
    "exactly what happened before the pool was built.",
    "I'll keep it short. My family has used the pool for three generations and I am tired of the "
    "east end being where the city saves money. Sell the old works yard if you need cash, not the "
    "one place everybody in Ashgrove actually uses.",
    "I read the consultant's report in full. It assumes attendance will fall 3% a year, but it "
    "has gone up every year since 2021. If you correct that one number the business case for "
    "closing falls apart.",
    "We run a home daycare on Linnet Way and take the kids to the shallow end twice a week in "
    "summer. For most of them it is the only swimming they do all year. Nobody else in this "
    "neighbourhood offers anything like it at that price.",
    "The repair cost sounds big until you split it over thirty years of use. I worked it out at "
    "roughly two dollars a visit. We spend more than that subsidising parking downtown.",
    "Closing the pool during repairs I can accept. Closing it for good and selling the land is a "
    "different thing, and most people I talk to on my street didn't know that was on the table "
    "until this week.",
    "I'm a teacher at Ashgrove Public. Our grade 3 swim unit happens at this pool every spring. "
    "Without it we would have to bus the class, and the school board has already said there's no "
    "money for buses.",
)


def pool_letter(rng: random.Random, who: Person, own: list[str], heavy_own: list[str]) -> Body:
    b = Body([])
    greet(b, rng)
    heavy = bool(heavy_own)
    if heavy:
        if rng.random() < 0.5 and own:
            b.add(own.pop(), own=True)
        b.add(POOL_OPENING)
        b.add(heavy_own.pop(), own=True)
        b.add(f"Most of all, I ask the Council to:\n1. {rng.choice(POOL_DEMANDS)}")
        b.add(POOL_CLOSING)
        sign(b, rng, who)
        return b
    if own and rng.random() < 0.35:
        b.add(own.pop(), own=True)
    b.add(POOL_OPENING)
    if rng.random() < 0.85:
        case = POOL_CASE_REWORDED if rng.random() < 0.2 else POOL_CASE
        b.add(typo(rng, case) if rng.random() < 0.15 else case)
    if rng.random() < 0.7:
        b.add(POOL_REPAIRS)
    if own and rng.random() < 0.2:
        b.add(own.pop(), own=True)
    demands = "\n".join(f"{n}. {d}" for n, d in enumerate(POOL_DEMANDS, 1))
    b.add("We ask the Council to:\n" + demands)
    closing = POOL_CLOSING.upper() if rng.random() < 0.12 else POOL_CLOSING
    b.add(closing)
    if own and rng.random() < 0.4:
        b.add(own.pop(), own=True)
    if rng.random() < 0.45:
        b.add(
            rng.choice(POOL_FILL_INS).format(
                name=who.name or "(name)", address=address(rng), phone=phone(rng)
            )
        )
    elif rng.random() < 0.3 and who.name not in ANONYMOUS_NAMES:
        b.add(rng.choice(SIGN_OFFS))
        b.add(rng.choice(POOL_SIGNATURE_BLOCKS).format(name=who.name, address=address(rng)))
    else:
        sign(b, rng, who)
    return b


def pool(rng: random.Random, people: People) -> list[Row]:
    own = list(POOL_OWN)
    rng.shuffle(own)
    heavy_at = set(rng.sample(range(COPIES["pool-association"]), HEAVY["pool-association"]))
    heavy_own = list(POOL_HEAVY)
    rows = []
    for n in range(COPIES["pool-association"]):
        who = people.any(0.1)
        body = pool_letter(rng, who, own, [heavy_own.pop()] if n in heavy_at else [])
        rows.append(copy_row(POOL, body, who, "pool-association", n in heavy_at))
    return rows


OTTERS = (
    "Our children swim with the Ashgrove Otters club, which has trained at this pool since 1996.",
    "The club has 140 swimmers aged six to seventeen and no other pool in Brennock has lane time "
    "to take us.",
    "If Ashgrove closes, the Otters close with it. We ask you to keep the pool open.",
)
OTTERS_OWN = (
    "Our twins qualified for regionals this year, both of them for the first time.",
    "I'm on the club's parent committee and we'd be glad to present to council.",
)


def otters(rng: random.Random, people: People) -> list[Row]:
    rows = []
    own = list(OTTERS_OWN)
    for n in range(COPIES["pool-otters"]):
        who = people.named()
        b = Body([])
        b.add("Dear Council,")
        b.add(" ".join(OTTERS))
        if n < len(own):
            b.add(own[n], own=True)
        b.add(f"{who.name}, Otters parent")
        rows.append(copy_row(POOL, b, who, "pool-otters"))
    return rows


# --------------------------------------------------------------------------- housing advocates

HOUSING_INSTRUCTION = (
    "COPY THE LETTER BELOW into the city's eComment form. Replace the bracketed part with your "
    "own story, then hit submit!"
)
HOUSING_PROMPT = (
    "[YOUR STORY HERE: in two or three sentences, tell Council why more homes near Quarry Lane "
    "matter to you. Are you renting? Has a friend or relative had to leave Brennock?]"
)
HOUSING_PARAS = (
    "I am writing in strong support of File Z-26-14, the rezoning of the Quarry Lane industrial "
    "lands to allow mid-rise housing.",
    "Brennock's vacancy rate has been below one percent for six years. Rents have risen faster "
    "here than anywhere else in the province, and the people who keep this city running can no "
    "longer afford to live in it.",
    "The Quarry Lane lands are twelve hectares of mostly empty lots beside a frequent bus line, "
    "a grocery store and an elementary school with room to grow. There is no better place in the "
    "city to add homes without displacing anyone.",
    "The proposal would allow about 1,400 homes, with at least 20 percent of them below market "
    "rent. That is more affordable housing than Brennock has built in the last fifteen years "
    "combined.",
    "Some will say the site should stay industrial. The last industrial tenant left in 2011, and "
    "the city's own employment lands study found no demand for the site at current prices.",
    "Please approve the rezoning without reducing the height limits or the affordable share. "
    "Brennock needs homes, and it needs them where people can walk to a bus.",
)
HOUSING_REWORDED = {
    1: "Brennock's vacancy rate has sat under one percent for six years now. Rents have gone up "
    "faster here than anywhere else in the province, and the people who keep this city running "
    "can no longer afford to live in it.",
    5: "Please approve this rezoning as written, without cutting the heights or the affordable "
    "share. Brennock needs homes, and it needs them where people can walk to a bus.",
}
HOUSING_FILL_INS = (
    "I live in the {hood} neighbourhood and I have rented in Brennock for {years} years.",
    "Name: {name}\nNeighbourhood: {hood}",
    "I live in the ________ neighbourhood and I have rented in Brennock for ___ years.",
)
HOODS = ("Ashgrove", "Tannery Flats", "Cobble Hill", "Saltmarsh", "Old Town", "Westbrook")
HOUSING_FOOTER = "Sent via Brennock Homes For All's action page"
HOUSING_STORIES = (
    "I'm a nurse at Brennock General. Three of the people I trained with have moved to Rellport "
    "because they couldn't find a one-bedroom under $1,900 here.",
    "My landlord sold our building last year and we were given two months. It took us five to "
    "find something, and we spent six weeks on my sister's couch with two kids.",
    "I'm 29, I have a decent job, and I still live with my parents because there is nothing to "
    "rent. I'd love to live in an apartment on Quarry Lane and take the 4 to work.",
    "My mother is on a pension and her rent went up 14% this year. She may have to leave the "
    "town she has lived in for forty years.",
    "I own my house, and I support this. My kids will never be able to afford to live near me "
    "unless we build something besides detached houses.",
    "We run a small bakery on Tanner's Row and we can't keep staff. Every one of them commutes "
    "over an hour.",
    "I moved here for university and wanted to stay after graduating, but I've been looking for a "
    "year and every viewing has thirty people at it.",
    "As a pastor I see families doubling up in apartments meant for two. This is the only "
    "proposal I've seen that's big enough to make a dent.",
    "Our son is a bus driver for the city and he lives in a basement suite with no windows "
    "that opens. He deserves better and so do his coworkers.",
    "I was homeless for eight months in 2023 while working full time. I'm housed now, barely.",
    "My partner and I both teach in Brennock and we're looking at jobs elsewhere because we'll "
    "never get out of renting a single room.",
    "I'm a wheelchair user and I have found exactly two accessible rentals in this city in three "
    "years. New mid-rise buildings have elevators. Old walk-ups do not.",
    "Every friend I had from high school has left Brennock. I don't want my kids to say the same.",
    "I grew up near Quarry Lane when it was still the brickworks. It's been empty lots and "
    "chain-link for as long as I can remember. Put homes on it.",
    "I work at the grocery store next to the site. Half my coworkers would move there tomorrow.",
    "We're a family of five in a two-bedroom. We've been on the co-op waitlist since 2020.",
    "I'm a retired planner. This is a textbook location for density: transit, school, groceries, "
    "no one displaced.",
    "I rent in Old Town and pay 62% of my income in rent.",
    "My daughter just had her first baby and they can't find a bigger place anywhere in Brennock.",
    "I'm a newcomer to Canada and Brennock was supposed to be the affordable option. It isn't.",
    "I don't have a personal story, I just think it's the right thing to do.",
    "As someone who lives right by Quarry Lane, I'd much rather have neighbours than another "
    "fenced-off lot where people dump mattresses.",
    "I've had three landlords sell in five years. I'm exhausted.",
    "The homes in this proposal are the kind I could actually afford on a carpenter's wage.",
    "Our church runs a meal program and more of the people who come are working. That's new.",
    "I'm a student at Brennock College and I commute ninety minutes each way because there's "
    "nothing closer.",
    "My elderly father needs to downsize and there's nowhere for him to go in his own "
    "neighbourhood.",
    "We lost our rental after the owner moved his son in. We found a place only because a "
    "friend's aunt was moving out.",
    "I've lived here 35 years and I'm embarrassed by how hard we've made it for young people.",
    "Build it. Please.",
)
HOUSING_HEAVY = (
    "I'm not going to paste the whole form letter, but the gist of it is right. I've rented on "
    "Cobble Terrace for eleven years and watched rent go from $900 to $1,850 for the same unit "
    "with the same leaky windows. What I'd add is that the council keeps approving these projects "
    "and then shaving them down at the last minute. Twenty percent affordable should be the "
    "floor, not the ceiling.",
    "I want to say this in my own words. The brickworks site has been fenced off for my whole "
    "adult life. The bus already runs every ten minutes right past it, the school has empty "
    "classrooms, the grocery store is right there. I cannot think of an argument against putting "
    "homes on it that isn't really an argument against the kind of people who rent.",
    "The employment lands argument comes up every time. Nobody has wanted that land for industry "
    "in fifteen years and the city's own study says so. Meanwhile my two adult kids are paying "
    "more than half their income to live in other people's basements. I know which problem I "
    "would rather solve.",
    "I'd like to add something the template leaves out: construction jobs. My crew has been "
    "driving to Rellport for work for two years. A project of this size would keep a lot of local "
    "trades working here for most of a decade.",
    "My street is right beside the site and I have heard every objection at the community "
    "meetings: traffic, shadows, parking. I live here too and I'd take all of those over watching "
    "my neighbours' kids move away one after another.",
    "I work in a shelter. Most of the people we see now have jobs. They aren't on the street "
    "because of addiction, they're there because a one-bedroom costs more than they earn. This "
    "rezoning won't fix that alone but it's the largest step I've seen the city consider.",
    "Speaking as a small landlord, I support more supply even if it lowers what I can charge. "
    "Rents in Brennock have become absurd and the council can do something about it tonight.",
    "I sat on the neighbourhood working group for this site. We spent a year on it. The plan in "
    "front of you already reflects a lot of compromise, including lower heights on the Hobb "
    "Crescent edge. Please don't cut it further.",
)


def housing_letter(
    rng: random.Random, who: Person, story: str | None, heavy: str | None
) -> tuple[Body, bool]:
    b = Body([])
    if rng.random() < 0.1:
        b.add(HOUSING_INSTRUCTION)
    greet(b, rng, 0.7)
    if heavy is not None:
        b.add(HOUSING_PARAS[0])
        b.add(heavy, own=True)
        b.add(HOUSING_PARAS[3])
        b.add(HOUSING_PARAS[5])
        sign(b, rng, who)
        return b, True
    b.add(HOUSING_PARAS[0])
    if story is not None:
        b.add(story, own=True)
    else:
        b.add(HOUSING_PROMPT)
    if rng.random() < 0.35:
        hood, years = rng.choice(HOODS), rng.randint(2, 30)
        b.add(rng.choice(HOUSING_FILL_INS).format(name=who.name, hood=hood, years=years))
    for n in range(1, 6):
        if n in (2, 4) and rng.random() < 0.15:
            continue
        para = HOUSING_PARAS[n]
        if n in HOUSING_REWORDED and rng.random() < 0.2:
            para = HOUSING_REWORDED[n]
        b.add(para)
    sign(b, rng, who, 0.8)
    if rng.random() < 0.3:
        b.add(HOUSING_FOOTER)
    return b, False


def housing(rng: random.Random, people: People) -> list[Row]:
    stories = list(HOUSING_STORIES)
    rng.shuffle(stories)
    heavy = list(HOUSING_HEAVY)
    heavy_at = set(rng.sample(range(COPIES["housing-advocates"]), HEAVY["housing-advocates"]))
    rows = []
    for n in range(COPIES["housing-advocates"]):
        who = people.any(0.1)
        story = stories.pop() if stories and rng.random() < 0.8 else None
        body, is_heavy = housing_letter(rng, who, story, heavy.pop() if n in heavy_at else None)
        rows.append(copy_row(HOUSING, body, who, "housing-advocates", is_heavy))
    return rows


# --------------------------------------------------------------------------- spun mail-merge

SPUN = (
    (
        "{0} the Quarry Lane lands {1} for {2}.",
        ("I'm asking you to keep", "Please keep", "I urge Council to keep",
         "I request that you keep"),
        ("zoned", "designated", "protected", "reserved"),
        ("employment uses", "industry and jobs", "light industrial work", "businesses that hire"),
    ),
    (
        "{0} {1} would {2}.",
        ("Rezoning the site", "Changing the zoning", "Turning this land over to housing",
         "The proposed rezoning"),
        ("at this point", "right now", "in this economy", "without a real plan"),
        ("wipe out the last large job site in the east end",
         "remove Brennock's best remaining industrial parcel",
         "end any chance of new employers locating here",
         "shrink the city's tax base for decades"),
    ),
    (
        "{0} {1} {2}.",
        ("Fourteen hundred units", "A development this size", "So many new apartments",
         "Mid-rise towers on this scale"),
        ("will flood", "are going to overwhelm", "would swamp", "will jam"),
        ("Hobb Crescent and Quarry Lane with traffic",
         "the local roads with cars", "the east end's streets at rush hour",
         "an already busy corridor"),
    ),
    (
        "{0} {1}, {2}.",
        ("Brennock needs housing", "Nobody disputes the housing shortage",
         "Yes, we need homes", "Housing matters"),
        ("but not here", "just not on this site", "though this is the wrong location",
         "but this is the wrong land"),
        ("build it on the old mall lands instead", "look at the downtown parking lots first",
         "there are better sites along the river", "use the surplus school sites"),
    ),
    (
        "{0} {1} {2}.",
        ("Please", "I ask you to", "Kindly", "I'm urging you to"),
        ("vote against", "reject", "turn down", "say no to"),
        ("File Z-26-14", "the Quarry Lane rezoning", "this rezoning application",
         "Z-26-14 tonight"),
    ),
)  # fmt: skip
SPUN_CLOSINGS = ("Thank you.", "Thanks,", "Sincerely,", "")


def spun(rng: random.Random, people: People) -> list[Row]:
    combos = []
    for _, *slots in SPUN:
        triples = [(a, b, c) for a in slots[0] for b in slots[1] for c in slots[2]]
        combos.append(rng.sample(triples, COPIES["quarry-spun"]))
    rows = []
    for n in range(COPIES["quarry-spun"]):
        who = people.named()
        sentences = [frame.format(*combos[i][n]) for i, (frame, *_) in enumerate(SPUN)]
        middle = sentences[1:4]
        rng.shuffle(middle)
        b = Body([])
        greet(b, rng, 0.8)
        b.add(" ".join([sentences[0], *middle[:2]]))
        b.add(" ".join([middle[2], sentences[4]]))
        closing = rng.choice(SPUN_CLOSINGS)
        b.add(f"{closing}\n{who.name}".strip() if closing else who.name)
        b.add(f"{address(rng)}, Brennock {who.postal_code or ''}".strip())
        rows.append(copy_row(HOUSING, b, who, "quarry-spun"))
    return rows


# --------------------------------------------------------------------------- faith coalition

FAITH_EN = (
    "We write as members of the Brennock Interfaith Council, a coalition of eleven congregations "
    "in the city.",
    "Last winter four people died of exposure within a mile of City Hall. Our congregations opened "
    "their basements on the coldest nights, but we cannot do it every night, and we are not "
    "equipped to do it safely.",
    "We ask Council to fund the warming centre at the Old Drill Hall from December to March, open "
    "every night from 7 p.m. to 8 a.m., with trained staff and no requirement to show "
    "identification.",
    "Every faith we hold asks us to shelter the stranger. We ask the city to do the same.",
)
FAITH_ES = (
    "Escribimos como miembros del Consejo Interreligioso de Brennock, una coalición de once "
    "congregaciones de la ciudad.",
    "El invierno pasado cuatro personas murieron de frío a menos de una milla del Ayuntamiento. "
    "Nuestras congregaciones abrieron sus sótanos en las noches más frías, pero no podemos hacerlo "
    "todas las noches.",
    "Pedimos al Concejo que financie el centro de calor en el Old Drill Hall de diciembre a marzo, "
    "abierto todas las noches de 7 p.m. a 8 a.m., con personal capacitado y sin exigir "
    "identificación.",
    "Toda fe que profesamos nos pide dar refugio al forastero. Pedimos a la ciudad que haga lo "
    "mismo.",
)
FAITH_HEADS = ("English:", "(English below / Español abajo)", "")
FAITH_SIGN = (
    ("In faith,\n{name}\n{parish}", "Con fe,\n{name}\n{parish}"),
    ("Peace,\n{name}", "Paz,\n{name}"),
    ("{name}, {parish}", "{name}, {parish}"),
)
PARISHES = (
    "St. Brendan's Parish",
    "Temple Beth Shalom of Brennock",
    "Ashgrove United Church",
    "Masjid al-Noor",
    "Iglesia Cristo Vive",
    "Tannery Flats Friends Meeting",
)
FAITH_OWN = (
    "I volunteer at our church's overnight program. Last January we turned away nine people on "
    "one night because we had no more cots.",
    "Una de las personas que murió el invierno pasado venía a nuestra misa los domingos. Se "
    "llamaba Rubén y tenía 58 años.",
    "As a rabbi I have sat with families after these deaths. They were preventable.",
    "Please do not make people show ID. Many of the people we serve have lost everything, "
    "including their papers.",
    "Mi familia llegó a Brennock sin nada y una parroquia nos ayudó. Ahora nos toca ayudar a "
    "otros.",
    "Our mosque can provide hot meals three nights a week if the city provides the space.",
    "The Drill Hall is on the bus line and has showers. It is the right building.",
    "Estoy muy agradecida por el trabajo del Concejo y espero que voten que sí.",
)


def faith(rng: random.Random, people: People) -> list[Row]:
    own = list(FAITH_OWN)
    rng.shuffle(own)
    rows = []
    for _ in range(COPIES["shelter-faith"]):
        who = people.any(0.1)
        name = who.name if who.name not in ANONYMOUS_NAMES else "A member"
        parish = rng.choice(PARISHES)
        sign_en, sign_es = rng.choice(FAITH_SIGN)
        languages = rng.choices(("both", "en", "es"), weights=(5, 3, 2))[0]
        b = Body([])
        if languages in ("both", "en"):
            head = rng.choice(FAITH_HEADS) if languages == "both" else ""
            if head:
                b.add(head)
            greet(b, rng, 0.5)
            paras = list(FAITH_EN)
            if rng.random() < 0.2:
                paras.pop(1)
            for p in paras:
                b.add(p)
            if own and rng.random() < 0.3 and not own[-1].startswith(("Una", "Mi", "Estoy")):
                b.add(own.pop(), own=True)
            if languages == "en":
                b.add(sign_en.format(name=name, parish=parish))
        if languages in ("both", "es"):
            if languages == "both":
                b.add("Español:")
            else:
                b.add("Estimados miembros del Concejo:")
            for p in FAITH_ES:
                b.add(p)
            if own and rng.random() < 0.3:
                b.add(own.pop(), own=True)
            b.add(sign_es.format(name=name, parish=parish))
        rows.append(copy_row(SHELTER, b, who, "shelter-faith"))
    return rows


# --------------------------------------------------------------------------- residents

RESIDENTS_TEXT: dict[str, tuple[str, ...]] = {
    SANITATION: (
        "I want to put on record some history that I don't think newer councillors know. In 2009 "
        "the city contracted out collection in the north wards as a pilot. Within a year the "
        "complaint line was getting four times the calls, the contractor's drivers were turning "
        "over every few months, and nobody on the route knew which houses had elderly people who "
        "needed their bins brought to the curb. When the contract ended the city took the routes "
        "back and the complaints dropped within a season. I was the ward councillor's assistant "
        "at the time and I answered a lot of those calls myself. I'm not against looking at "
        "costs. But the experiment has been run here already, and the answer was clear. Please "
        "approve the agreement.",
        "Just want to say thank you to the crew who came back for our bin the day after the "
        "snowstorm.",
        "I read the whole agreement. Article 9 on shift scheduling looks fine, but the language "
        "on heat breaks is vague. In July the crews are out in 35 degrees. Please ask staff to "
        "tighten that before signing, it costs almost nothing.",
        "Private haulers are cheaper on paper. Our condo board switched to one and it was a mess.",
        "Is the Eastside yard going to be rebuilt as part of this? The trucks idle on Saltmarsh "
        "Road every morning at 5:30 and the whole street smells of diesel.",
        "approve the sanitation deal pls",
        "I'm a retired city accountant. The cost figures in the report look solid to me; "
        "outsourcing savings estimates are usually overstated by a third.",
        "Keep sanitation in-house, it's one of the few city services that just works.",
        "Approve it.",
        "I don't have a strong view on the contract terms but my pickup has been reliable for "
        "twenty years and I'd hate to gamble on that.",
        "Can someone explain why the agreement includes a 4.5% raise in year one when the "
        "library just had its hours cut? I'm not against workers getting paid, I just want to "
        "see the trade-off laid out honestly in the staff report.",
        "The guys on our street are great. They always put the bins back neatly. Pay them.",
        "Outsourcing garbage went badly in my old city. Missed pickups for months, rats, the "
        "company went bankrupt after three years and the city had to buy trucks back at twice "
        "the price. Don't do it.",
        "Please consider adding weekly organics pickup in the new agreement, every two weeks "
        "is not enough in summer.",
        "I support the workers but council should also ask for the yard waste schedule to be "
        "posted properly online. I never know which week it is.",
        "As a taxpayer I'd like to see a comparison with what private bids would cost before "
        "anyone votes. That's just due diligence.",
        "Support! Public services should stay public.",
        "The collector on Wethers Avenue saved my neighbour's life last year when he noticed "
        "she hadn't put her bin out and called for a wellness check. You don't get that from "
        "a contractor.",
        "no contracting out",
        "I'm a small business owner and I pay commercial rates for private pickup. Honestly "
        "the city service is better and cheaper. Keep it.",
        "Why is this on the agenda so late at night? Working people can't stay up to speak.",
        "Local 618 has been reasonable in these talks from what I've read in the Courier. Sign "
        "the deal.",
        "My only concern is the overtime budget. It's gone up three years in a row.",
        "Please approve. My brother-in-law is on the trucks and the hours are brutal.",
    ),
    POOL: (
        "I've been going back and forth on this for weeks so forgive the long comment. On one "
        "hand the numbers in the consultant report are real. The building is old, the mechanical "
        "systems are failing and the city has a long list of other repairs it can't afford. On "
        "the other hand this is the only place in the east end where kids can swim without a car "
        "ride, and I watched what happened to Westbrook when the rink closed: the kids didn't go "
        "to the other rink, they just stopped skating. My compromise would be this. Close for one "
        "season, do the boiler and the roof, and take the sale of the land off the table for at "
        "least ten years. If attendance drops after reopening, revisit it then. But selling the "
        "Pellow Street land now closes every door at once, and I don't think most people in "
        "Ashgrove understood that until this week.",
        "I'm writing as a swim instructor who has worked at four of the city's pools over the "
        "past twelve years. Ashgrove is the one where the most kids arrive not knowing how to "
        "float. A lot of them are from newcomer families, and for many of the parents it's the "
        "first time anyone in the family has had lessons. We run an adult beginner class on "
        "Wednesday nights that is almost entirely parents who signed up after watching their kids "
        "learn. None of that shows up in a cost-per-visit figure. If the building has to close "
        "for repairs, please at least keep the lesson program running somewhere nearby with bus "
        "tickets for families, and bring it back to Ashgrove afterward.",
        "I would donate to a fund to keep the pool. Put a link on the city website.",
        "Ashgrove pool is where my family spends every August afternoon. We can't afford cottage "
        "country, this is our cottage.",
        "I'm on the fence. The repairs are expensive and the pool is only open 10 weeks outdoors. "
        "Wait, is it indoor? The staff report wasn't clear to me. If it's year-round, that "
        "changes my view entirely.",
        "Don't let developers have Pellow Street.",
        "The pool staff were incredible when my daughter had a seizure in the water two summers "
        "ago. They knew exactly what to do. You can't replace that kind of experience by sending "
        "people to a pool across town.",
        "No to selling the site. Fine with a temporary closure for repairs.",
        "I'd like to know how many of the visits counted are unique people versus the same swim "
        "club members coming every day.",
        "Save our pool",
        "Keep Ashgrove pool open!!!",
        "I understand the budget pressure. But the city found money for the new arena "
        "scoreboard. Find it for the pool.",
        "I'm going to be the unpopular voice here. The pool is 58 years old, the boiler fails "
        "every winter and the repair estimate will go up, not down. I would rather the city "
        "build one good new aquatic centre that serves everyone than keep patching this one. "
        "But if you sell the Pellow Street land, put the money into that new centre, with a "
        "written commitment, not the general fund.",
        "My kids learned to swim there. So did I.",
        "Has anyone looked at partnering with the school board? They need pool time for "
        "lessons and might share the cost of repairs.",
        "Please don't sell public land. Once it's gone it's gone.",
        "I live on Pellow Street, right across from the pool, and I want to say that the "
        "summer noise is not a problem for me at all, despite what some letters to the "
        "Courier have claimed. It's the happiest sound on the street.",
        "What happens to the lifeguards and instructors if it closes? Are they moved to "
        "Westbrook or let go?",
        "Sell it. We can't afford everything.",
        "I swim laps at 6 a.m. three times a week. The early swim crowd is small but loyal. "
        "We've been asking for years to get the hot tub fixed, and now we hear the whole "
        "building is done. It feels like it was left to fail on purpose.",
        "The accessibility lift has been broken since March. Fix that at least while you decide.",
        "Vote NO on closure",
        "I think the council should put this to a neighbourhood vote.",
        "Ashgrove has been ignored for too long. First the rink, now this.",
        "My mum does the seniors aquafit and it's the highlight of her week, she'd be lost "
        "without it. Please keep it open at least until a new pool exists.",
        "Could the site be used for both, housing above and a pool below? Other cities have "
        "done that.",
    ),
    HOUSING: (
        "I have lived on Hobb Crescent for twenty-six years and I want to give a view from right "
        "next door. I am not against people living on the old brickworks land. What worries me is "
        "the construction period. The last big project on Saltmarsh Road took five years and the "
        "trucks used our street as a shortcut the entire time, at six in the morning, and the "
        "city never enforced the route agreement. If this goes ahead I would ask for three things "
        "in writing: a truck route that stays on Quarry Lane, fixed working hours, and a contact "
        "at the city who actually answers when residents call. With those I would support it. "
        "Without them I think the neighbours will fight every phase of it, and honestly I "
        "wouldn't blame them.",
        "Two points the staff report skips. First, the bus line. Route 4 is advertised as "
        "frequent but it drops to every thirty minutes after seven and on Sundays, which is "
        "exactly when shift workers need it. If the city is going to justify density with "
        "transit, the transit has to be there. Second, the school. The board says there's "
        "capacity, but the school has four portables behind it right now. Approve the rezoning, "
        "by all means, but tie the later phases to real service improvements so the people moving "
        "in aren't stranded.",
        "Quarry Lane has been empty since I was a kid. Houses, please.",
        "I'm a homeowner on Linnet Way. I was against this at first, honestly, but after going to "
        "two of the open houses I changed my mind. The design is better than I expected and my "
        "own kids are the ones who need the apartments.",
        "Please require ground floor shops. Otherwise it'll be a dormitory with nothing to walk "
        "to.",
        "Does the 20% affordable have to stay affordable forever, or does it expire after 15 "
        "years like the last project? That matters a lot.",
        "I oppose this. We were promised a park on part of that land in the 2015 plan.",
        "more homes = good",
        "Worried about water pressure. Our street already has problems in summer.",
        "Support the rezoning, but the city should buy part of the land for a co-op.",
        "Yes to Quarry Lane housing.",
        "I live on Hobb Crescent and I'm worried about the six-storey buildings right behind "
        "our backyards. I'm not against housing but please step down the heights at the edge "
        "and keep the tree buffer.",
        "Rezone it. It's been an eyesore for fifteen years.",
        "Traffic on Quarry Lane is already bad at school drop-off. Where is the traffic "
        "study? I couldn't find it in the agenda package.",
        "I'm a renter and frankly the affordability target should be higher than 20 percent. "
        "But something is better than the nothing we have now, so I support it.",
        "Oppose. The east end takes all the density and none of the amenities.",
        "The soil on that site had contamination from the brickworks. Has the remediation "
        "been done? I'd want that confirmed before people live there.",
        "Please approve this. My daughter has been looking for an apartment for a year.",
        "I run a metal shop on the edge of Quarry Lane and I'm worried that new residents "
        "will complain about noise and push us out. There needs to be some protection for "
        "existing businesses in the bylaw.",
        "The bus line is every 10 minutes in theory. In practice it's every 25 after 7pm. Fix "
        "transit too.",
        "In favour. Homes near transit and schools just makes sense.",
        "I've lived in Brennock my whole life and I've never seen anything get built there. "
        "Go for it.",
        "Where will the kids go to school? Quarry Lane Elementary is already using portables, "
        "whatever the staff report says about spare capacity.",
        "Why not both, housing and some light industrial units at ground level? Mixed use.",
        "Against. Too tall, too many units, not enough parking.",
        "Please make sure some of the units are three bedrooms. Families need space, not "
        "just studios.",
        "I'm neutral, just here to ask that the public hearing be held at a time people can "
        "actually attend.",
    ),
    SHELTER: (
        "I run the overnight program at a church downtown and I want to give Council some numbers "
        "from last winter. We opened on 41 nights. The average was 23 guests a night, the highest "
        "was 47 on the night of the ice storm. We had two volunteers trained in first aid and no "
        "one trained in de-escalation. We were lucky that nothing went seriously wrong. We cannot "
        "keep doing this as a patchwork of basements, with guests walking across town at ten at "
        "night to find out which church is open. A single site, with paid staff and the same "
        "hours every night, is what is needed, and the Drill Hall is close to where people "
        "actually are. I hope Council will fund it for the whole season this time.",
        "Thank you to the churches who have been doing this without the city for years.",
        "How much does it cost per night? I'd like to see the number.",
        "Please keep it open during the day on the coldest days too, not just overnight.",
        "As a neighbour of the Drill Hall I'm nervous but willing to give it a chance. Please "
        "publish a phone number we can call if there's a problem at night.",
        "Yes. Obviously yes.",
        "I was one of the people who used the church basements last winter. The volunteers were "
        "kind but it was a different church every night and I never knew where to go. One place, "
        "every night, would make a huge difference.",
        "Would like to see a harm reduction worker on site.",
        "Open the warming centre. People are dying.",
        "I live on Drill Hall Lane. I support the centre but we need a plan for the morning, "
        "when everyone leaves at 8 and there's nowhere to go. Last year there were people "
        "sleeping in our stairwells by 9.",
        "Good idea, about time.",
        "Please fund it for the full season, not month to month like last year. Nobody can "
        "plan around that.",
        "I'm a nurse in the ER. Every winter we see frostbite amputations that didn't need to "
        "happen.",
        "Will there be space for pets? A lot of people won't go in without their dog.",
        "I support this, but please also put a public washroom nearby that's open at night.",
        "Not in the Drill Hall. It's right next to a daycare.",
        "As a business owner on Cobble Terrace I've had my doorway used as a bed every winter. "
        "A proper warming centre is better for everyone, including the people sleeping there. "
        "Yes to this.",
        "Why does this keep coming back every year as an emergency? Make it permanent.",
        "Sí al centro de calor. Gracias.",
        "My late brother was unhoused for a few years. A warm room at night would have mattered.",
        "I'd like to volunteer. Who do I contact?",
        "Support, with the condition that there is security on site.",
        "Brennock can afford this.",
    ),
}

RESIDENTS = sum(len(texts) for texts in RESIDENTS_TEXT.values())


def residents(rng: random.Random, people: People) -> list[Row]:
    rows = []
    for item, texts in RESIDENTS_TEXT.items():
        for text in texts:
            who = people.any(0.25)
            b = Body([])
            if len(text) > 120:
                greet(b, rng, 0.3)
            b.add(text)
            if len(text) > 120:
                sign(b, rng, who, 0.4)
            rows.append(Row(item, b.text(), who))
    return rows


# --------------------------------------------------------------------------- spam

SPAM = (
    "wow wow wow wow wow wow wow wow wow wow wow wow wow wow wow wow",
    "Best SEO services for your council website!! Rank #1 on Google in 14 days. "
    "https://rank-fast.example.com/offer",
    "Поздравляем! Вы выиграли iPhone 17. Заберите приз: http://priz-win.example.net/claim",
    "低价代开发票，联系微信 fapiao888，http://fapiao.example.org",  # noqa: RUF001
    "Günstige Medikamente ohne Rezept!!! 70% Rabatt heute: http://pillen.example.net",
    "Rencontres coquines près de chez vous ce soir 😘 http://rencontre.example.com",
    "Préstamos rápidos sin aval, aprobados en 1 hora. WhatsApp (555) 555-0142",
    "asdkjh qwpoeiru zmxncbv lkjhasd poiuqwer mnbvzx",
    "http://click.example.net/a http://click.example.net/b http://click.example.net/c",
    "Make $4,800 a week from home!! Email cash.now@example.net for details",
    "Vay tiền nhanh không cần thế chấp, giải ngân trong ngày. Liên hệ: http://vay.example.org",
    "Ganhe dinheiro com apostas esportivas! Bônus de 300%: http://aposta.example.com",
    "CRYPTO SIGNALS 1000x GUARANTEED join t.me/moonpump now https://pump.example.org",
    "Jual followers Instagram murah, 10rb followers cuma 50rb! http://follow.example.com",
    "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁ ᛃᛇᛈᛉ ᛊᛏᛒᛖ ᛗᛚᛜᛞ ᛟᚠᚢᚦ ᚨᚱᚲᚷ",
)


def spam(rng: random.Random, people: People) -> list[Row]:
    items = [key for key, _ in ITEMS]
    rows = []
    for text in SPAM:
        who = people.any(0.3)
        rows.append(Row(rng.choice(items), text, who, spam=True))
    return rows


# --------------------------------------------------------------------------- assembly


def resubmit(rng: random.Random, rows: list[Row]) -> list[Row]:
    """``RESUBMISSIONS`` rows sent again later by the same sender, same words."""
    candidates = [i for i, r in enumerate(rows) if r.who.email and not r.spam]
    out = list(rows)
    for at in sorted(rng.sample(candidates, RESUBMISSIONS), reverse=True):
        row = rows[at]
        again = Row(row.item, row.body, row.who, row.campaign, row.tier, False, row.personal, True)
        out.insert(rng.randint(at + 1, len(rows)), again)
    return out


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus's rows for ``seed``, in arrival order."""
    rng = random.Random(seed)
    people = People(rng)
    rows: list[Row] = []
    for build in (union, pool, otters, housing, spun, faith, residents, spam):
        rows.extend(build(rng, people))
    rng.shuffle(rows)
    return [row.as_dict() for row in resubmit(rng, rows)]
