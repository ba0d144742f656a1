"""An eleventh synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 14 (5 December 2026, in under an hour) by a helper who did not
read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md`` nor the engine's unit tests. It read, for the interface and to avoid repeating
their shapes, ``labelling_quality.py``, ``corpus_row.Row``, ``tests/corpus_shapes.py``, the ninth
and tenth generators and the tenth's shape test. Its author never ran the labeller or the
benchmark on it. Read it once, blind; never tune on it.

One contested evening of an invented city council, Port Ellery (seed 2301), four items, rows in
arrival order (each row gets an arrival time; the evening is sorted by it):

* ``quillan-ai`` (100 copies, 10 heavy), against rezoning an old paper mill for a data center:
  written by an advocacy tool's AI "personalise my letter" button. Every copy PARAPHRASES every
  sentence (each of the letter's five points comes in one of six wordings, grouped into two to
  four paragraphs, under one of five greetings), keeps the five points in the same order and
  ends with the same fixed closing line. Some senders typed a line into the tool's "why does this
  matter to you?" box, which the tool inserts verbatim as a paragraph of its own (after the
  first paragraph or before the closing line). Truth: ONE campaign, all wordings. Heavy:
  the sender kept the opening point, the closing line and two or three points, and wrote the rest
  in their own words.
* ``quillan-jobs`` (48, 4 heavy), FOR the rezoning: a trades-and-chamber letter of seven
  sentences. Six copies paste it TWICE (core), eight paste only its SECOND HALF, its last four
  sentences, from the middle of a paragraph (core: nothing in them is rewritten, a judgement
  call the lead may dispute); heavy copies keep its first and last sentences and two others.
* ``haven-yes`` (60, 5 heavy) and ``haven-no`` (42, 4 heavy): two campaigns from OPPOSITE sides
  of a safe-parking pilot whose letters share, word for word, a long quoted passage of the draft
  ordinance (``SECTION``), each letter with its own words around it. Truth: two campaigns; the
  quotation is template text in both. Twelve core ``haven-yes`` copies were retyped on a phone
  and carry two to four AUTOCORRECT slips in template words (core; a slipped template word is not
  personal). Twenty ``haven-no`` copies were copied out of the association's PDF: a letterhead,
  hard line breaks mid-sentence at 56 to 68 columns, long words hyphenated across lines
  ("neigh-\\nborhood") and a footer; the rest arrive as the plain e-mail text.
* ``local-1187`` (18, 2 heavy): a sanitation workers' union letter, against contracting out trash
  collection: a fixed opening paragraph, then EACH member's own workplace story (two or three
  paragraphs, every one different) in the MIDDLE, then a fixed closing paragraph and the union
  sign-off. Heavy copies keep the first and last sentences and two others around the story,
  and add a line of the member's own before it.
* ``keep-it-public`` (30, 3 heavy), same item: a residents' letter ending in a fill-in table
  (``Name:`` / ``Address:`` / ``Ward:`` / ``Phone (optional):`` over ``______`` blanks), filled in
  variously: after the label, inside or beside the blanks, on one line, partly, ``N/A``, or not
  at all. Heavy copies keep its first and last sentences and one of the three between (the
  letter is short) beside two sentences of the sender's own.
* ``canopy-petition`` (110), on a heritage-tree ordinance: a two-sentence petition line with the
  signer's name and neighbourhood appended in six formats (the platform's exports and signers who
  pasted the line and signed by hand), some with the signer's reason for signing.

Plus 82 residents' own comments (one line to several paragraphs): nine quote a campaign's slogan
("Our water is not for sale.", "A parked car is not a crime.", ...) inside their own prose and are
unique comments, not members; five answer an earlier comment ("Agree with the builder ...").
6 resubmissions by the same named sender minutes apart (same e-mail, same words; ``duplicate``);
anonymous senders ("Anonymous", blank, "A concerned resident", "N/A", ...) who are distinct
people; 14 spam in ten languages.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier``, ``spam``, ``duplicate`` and
``personal``: the sender's own words, paragraphs (or lines) joined by blank lines ("" when none).
Personal: own paragraphs wherever they stand (top, middle, end), the text typed into the AI
tool's story box, the union members' stories, the heavy copies' own sentences, a petition signer's
reason (without the platform's ``Reason for signing:`` label), and the contact VALUES a sender
typed into the fill-in table (each its own paragraph, without the ``Name:`` labels or
underscores; a blank, ``N/A`` or ``not sure`` is not personal) - the ninth corpus's choice. Never
personal: greetings, the AI tool's courtesy line ("Thank you for your time and consideration."),
sign-offs, the union's ``Member, Local 1187`` line, a signature of name and neighbourhood in any
format (the petition's appended signer line: a signature, not the sender's text, even where it
carries a neighbourhood), the PDF's letterhead and footer, template sentences in any of the AI
tool's wordings, the shared ordinance quotation, and template words mangled by autocorrect.
Names, streets and neighbourhoods are invented; e-mails are example.com/.org/.net, phone numbers
555-01xx.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field
from typing import Any

from corpus_row import Row

SEED = 2301
NAME = "generated-eleventh"
DATA = "2026-12207"
PARKING = "2026-12214"
TRASH = "2026-12219"
TREES = "2026-12226"
ITEMS = (
    (DATA, "Rezoning of the former Quillan paper mill site (Parcel 14-220) to a data center "
     "overlay district, and development agreement with Northspan Compute LLC"),
    (PARKING, "Ordinance 2026-37: Safe Haven Parking pilot at the Larch Street, Pier 6 and Civic "
     "Center lots"),
    (TRASH, "Contract award: residential solid waste collection by Tidewater Waste Services "
     "(ending in-house city collection)"),
    (TREES, "Ordinance 2026-40: heritage tree protection and replacement requirements (amending "
     "Chapter 12.18)"),
)  # fmt: skip
COPIES = {
    "quillan-ai": 100,
    "quillan-jobs": 48,
    "haven-yes": 60,
    "haven-no": 42,
    "local-1187": 18,
    "keep-it-public": 30,
    "canopy-petition": 110,
}
HEAVY = {
    "quillan-ai": 10,
    "quillan-jobs": 4,
    "haven-yes": 5,
    "haven-no": 4,
    "local-1187": 2,
    "keep-it-public": 3,
}
PASTED_TWICE = 6
SECOND_HALF = 8
AUTOCORRECTED = 12
FROM_PDF = 20
RESUBMISSIONS = 6
HOODS = (
    "Eastbank", "Gullhaven", "Larch Hill", "Old Harbor", "Pier District", "Tanner's Flats",
    "Wickham Park", "Harbor Heights",
)  # fmt: skip
ANONYMOUS_NAMES = (
    "Anonymous", "", "A concerned resident", "N/A", "anon", "Port Ellery resident",
    "Rather not say",
)  # fmt: skip
FIRST = (
    "Amara", "Bastian", "Calloway", "Desta", "Elodie", "Fintan", "Grainne", "Hollis", "Ilse",
    "Joaquin", "Keziah", "Lachlan", "Marisol", "Niamh", "Oren", "Priya", "Quillon", "Renata",
    "Saoirse", "Teodor", "Umaima", "Valentin", "Wilhelmina", "Ximena", "Yusuf", "Zinnia",
    "Ambrose", "Beatrix", "Cyprian", "Dagny", "Evander", "Fable",
)  # fmt: skip
LAST = (
    "Achterberg", "Blackwood", "Cardenas-Reyes", "Dunleavy", "Eskildsen", "Fairweather",
    "Grimsby", "Holloway", "Iwasaki", "Jablonski", "Kilbride", "Lindgren", "Mattingly",
    "Nwachukwu", "Ostergaard", "Pellegrino", "Quist", "Rautenberg", "Sandoval", "Tregarthen",
    "Underhill", "Vukovic", "Westerlund", "Yoshida", "Zetterberg", "Abernathy-Cole",
)  # fmt: skip
POSTAL = ("98361", "98362", "98364", "98368", "98370")
DOMAINS = ("example.com", "example.org", "example.net")
STREETS = (
    "Cannery Row", "Larch Street", "Tolman Avenue", "Gull Point Road", "Harrow Street",
    "Quay Lane", "Ostrander Way", "Birchfield Court", "Mercer Terrace", "Wick Lane",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A sender: a name (maybe an anonymous one), an e-mail and a ZIP code, both optional, and the
    neighbourhood a petition or a fill-in table asks for."""

    name: str
    email: str | None
    postal_code: str | None
    hood: str = ""


class People:
    """Hands out senders: each named one once, anonymous ones with no contact data."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pairs = [(f, last) for f in FIRST for last in LAST]
        rng.shuffle(self.pairs)

    def named(self) -> Person:
        first, last = self.pairs.pop()
        mail = None
        if self.rng.random() < 0.7:
            local = self.rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}"))
            mail = f"{local.lower().replace('-', '')}@{self.rng.choice(DOMAINS)}"
        postal = self.rng.choice(POSTAL) if self.rng.random() < 0.55 else None
        return Person(f"{first} {last}", mail, postal, self.rng.choice(HOODS))

    def any(self, anonymous_share: float) -> Person:
        if self.rng.random() < anonymous_share:
            return Person(self.rng.choice(ANONYMOUS_NAMES), None, None, self.rng.choice(HOODS))
        return self.named()


def anonymous(who: Person) -> bool:
    return who.name in ANONYMOUS_NAMES


@dataclass
class Body:
    """A comment being assembled: its paragraphs and the sender's own words among them."""

    parts: list[str] = field(default_factory=list)
    own: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)

    def mine(self, text: str) -> None:
        self.parts.append(text)
        self.own.append(text)

    def text(self) -> str:
        return "\n\n".join(self.parts)

    def personal(self) -> str:
        return "\n\n".join(self.own)


class Deck:
    """Own texts shuffled, each dealt to one sender until the deck runs out (then reshuffled:
    only the longest campaigns ever see a text twice)."""

    def __init__(self, rng: random.Random, texts: tuple[str, ...]) -> None:
        self.rng = rng
        self.texts = texts
        self.left: list[str] = []

    def deal(self) -> str:
        if not self.left:
            self.left = list(self.texts)
            self.rng.shuffle(self.left)
        return self.left.pop()


def signed_own(deck: Deck, who: Person, people: People) -> str:
    """The next own text; ``{name}`` in it becomes the sender's name (an anonymous sender may
    still give a name inside their words)."""
    text = deck.deal()
    if "{" not in text:
        return text
    return text.format(name=people.named().name if anonymous(who) else who.name)


def row(item: str, b: Body, who: Person, campaign: str, heavy: bool = False) -> Row:
    return Row(item, b.text(), who, campaign, "heavy" if heavy else "core", False, b.personal())


def heavy_slots(rng: random.Random, copies: int, heavy: int) -> set[int]:
    return set(rng.sample(range(copies), heavy))


GREETINGS = (
    "Dear Mayor Ashdown and Councilmembers,",
    "Dear Members of the Port Ellery City Council,",
    "Dear Council Members,",
    "To the Honorable Mayor and City Council,",
    "Dear Mayor and Council,",
    "Hello Council,",
)
SIGN_OFFS = ("Sincerely,", "Respectfully,", "Best regards,", "Thank you,", "Warm regards,")


def greet(b: Body, rng: random.Random, share: float) -> None:
    if rng.random() < share:
        b.add(rng.choice(GREETINGS))


def sign(b: Body, rng: random.Random, who: Person, share: float) -> None:
    if rng.random() >= share:
        return
    off = rng.choice(SIGN_OFFS)
    b.add(off if anonymous(who) or rng.random() < 0.2 else f"{off}\n{who.name}")


# --------------------------------------------------------------------------- quillan-ai

AI_POINTS: tuple[tuple[str, ...], ...] = (
    (
        "I am writing to urge you to vote against rezoning the old Quillan mill site for a data "
        "center.",
        "I respectfully ask the Council to reject the proposed data center rezoning of the "
        "Quillan mill property.",
        "Please oppose the rezoning that would allow Northspan Compute to build a data center on "
        "the former Quillan mill site.",
        "I'm reaching out to ask that you say no to the Quillan site rezoning for the Northspan "
        "data center.",
        "As the Council weighs the Quillan mill rezoning, I ask you to turn down the data center "
        "proposal.",
        "I strongly oppose changing the zoning of the Quillan paper mill site so that a data "
        "center can be built there.",
    ),
    (
        "The facility could use as much as 1.2 million gallons of city water every day to keep "
        "its servers cool, even in a drought year.",
        "Cooling the servers would draw up to 1.2 million gallons a day from our municipal water "
        "supply, and nothing in the agreement limits that during droughts.",
        "Northspan's own filing says the plant may consume up to 1.2 million gallons of city "
        "water daily for cooling. That is water we may not have in a dry summer.",
        "A data center of this size can go through up to 1.2 million gallons of our water each "
        "day just for cooling, with no cap in a drought.",
        "Up to 1.2 million gallons per day of Port Ellery's drinking water would be used to cool "
        "computer equipment, with no drought restrictions in the agreement.",
        "My biggest worry is water: the project could take 1.2 million gallons a day from the "
        "city system, and the agreement sets no limit during dry years.",
    ),
    (
        "Its 90-megawatt electricity demand is about equal to every home in Port Ellery combined, "
        "and Harbor Light & Power says the grid upgrades would be paid for by ratepayers.",
        "The center would need 90 megawatts of power, roughly what all of the city's households "
        "use together, and the utility has said residential customers would cover the cost of "
        "new substations.",
        "Electricity is another concern. At 90 megawatts, the site would draw as much power as "
        "all Port Ellery homes put together, and local ratepayers would foot the bill for grid "
        "upgrades.",
        "Ninety megawatts is roughly the power used by every household in the city, and "
        "according to Harbor Light & Power, the cost of upgrading the grid would fall on "
        "ratepayers like me.",
        "The plant's 90 MW load matches the entire residential demand of Port Ellery, and we "
        "would all pay for the transmission upgrades through our utility bills.",
        "It would consume around 90 megawatts, as much as every house in town, while the "
        "upgrades to the grid would be charged to ordinary customers.",
    ),
    (
        "For all of that, the project promises only about 35 permanent jobs on a 40-acre site.",
        "In return, the site would provide roughly 35 permanent jobs across 40 acres of prime "
        "waterfront land.",
        "Yet the developer expects only around 35 long-term jobs, which is very few for 40 acres.",
        "Despite its size, the data center would employ only about 35 people once construction "
        "ends.",
        "All of this would create just 35 or so permanent positions on forty acres that could "
        "hold hundreds of jobs.",
        "The payoff in employment is small: about 35 permanent jobs on a 40-acre parcel.",
    ),
    (
        "On top of that, the development agreement gives Northspan a 15-year property tax "
        "abatement worth an estimated $22 million.",
        "The agreement also includes a fifteen-year tax break valued at about $22 million, money "
        "our schools and streets will not see.",
        "Northspan would also receive a 15-year property tax abatement, roughly $22 million in "
        "revenue the city gives up.",
        "Finally, the deal hands the company about $22 million in property tax abatements over "
        "fifteen years.",
        "And the city would forgo an estimated $22 million through a 15-year tax abatement for "
        "the developer.",
        "I also object to the 15-year, $22 million property tax abatement written into the "
        "development agreement.",
    ),
)
AI_CLOSING = "Please vote no on the Quillan rezoning. Our water is not for sale."
AI_SIGN_OFFS = (
    "Thank you for your time and consideration.",
    "I appreciate your attention to this matter.",
    "Thank you for considering my views.",
)
AI_STORY_BOX = (
    "We had to stop watering our community garden plot in Gullhaven two summers ago because of "
    "the restrictions.",
    "My electric bill went up 18 percent this year already.",
    "I grew up two blocks from the mill and watched it close. I want something there that "
    "employs people.",
    "I'm a retired water treatment operator for the city. Our reservoir was at 41 percent in "
    "September 2024.",
    "I have three kids and I want them to have water in the summers they grow up in.",
    "my well in tanners flats went dry in aug",
    "The waterfront should be for people, not for a warehouse of computers.",
    "I work at the hospital and we had two brownouts last winter.",
    "We run a small brewery on Quay Lane and water is our first ingredient.",
    "I'm a renter and I can't afford another rate increase.",
    "I voted for every one of you because you promised to protect the harbor.",
    "I fish off the Quillan pier every weekend. What happens to the outflow?",
    "As a teacher I know what $22 million would mean for our schools.",
    "We were told to cut our water use by 20 percent in 2024. Why should a data center get a pass?",
    "I run a landscaping business and my crews lost weeks of work in the last drought.",
    "Please listen to the people who live here.",
    "My grandmother worked at the Quillan mill for 31 years.",
    "Why is the agreement's water section still blank in the packet?",
    "I support new industry, just not this one.",
    "Our street already floods when the substation on Mercer Terrace trips.",
    "I'm {name} and I have lived on Tolman Avenue since 1987.",
    "I'm a nurse. Clean water is public health.",
)
AI_HEAVY_OWN = (
    "Honestly the water is what keeps me up at night. We were rationing in 2024 and now they "
    "want to hand out a million gallons a day.",
    "I don't understand the power numbers but I understand my bill, and it only goes one way.",
    "Thirty-five jobs is a joke. The mill had 900 when my dad worked there.",
    "Nobody asked the people on Cannery Row what we want on that land.",
    "Give the site to something that hires people who live here.",
    "I read the whole development agreement and the water clause is basically blank.",
    "Our schools are closing classrooms and the city wants to give away tax money to a tech "
    "company.",
    "This deal was negotiated behind closed doors and it shows.",
    "A data center is a building full of machines. It doesn't buy lunch downtown.",
    "If they want to come here, let them pay full taxes like the rest of us.",
    "They will use the water in August, exactly when we have the least of it.",
    "I called Harbor Light & Power and they could not tell me who pays for the new substation.",
    "Other towns have said no to these. We can too.",
    "I'm not against technology. I'm against bad deals.",
    "The waterfront trail was supposed to go through that site. What happened to that plan?",
    "Put solar panels on it and a park, anything but this.",
    "My neighbors and I talked about this at the block party and not one person was for it.",
    "The noise from the cooling fans alone would ruin Old Harbor at night.",
    "Where is the environmental review? I couldn't find one.",
    "Twenty-two million dollars could fix every pothole in this city twice.",
    "I remember when the mill closed. We deserve better than this for the site.",
    "Please stop treating our water like it's free.",
    "A developer's promises are not a contract. Get it in writing or say no.",
    "The whole thing feels rushed, and rushed deals are bad deals.",
    "Let's see real numbers from an independent engineer, not Northspan's consultants.",
)


def ai_paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    """The tool's paraphrases grouped into two to four paragraphs, in order."""
    cuts = sorted(rng.sample(range(1, len(sentences)), rng.randint(1, 3)))
    bounds = [0, *cuts, len(sentences)]
    return [" ".join(sentences[a:b]) for a, b in itertools.pairwise(bounds)]


def quillan_ai(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """Each copy a fresh paraphrase of the five points in order, then the fixed closing line;
    the story-box text stands as its own paragraph after the first point or before the close."""
    rows = []
    story, rewrites = Deck(rng, AI_STORY_BOX), Deck(rng, AI_HEAVY_OWN)
    heavy = heavy_slots(rng, COPIES["quillan-ai"], HEAVY["quillan-ai"])
    for n in range(COPIES["quillan-ai"]):
        who = people.any(0.2)
        b = Body()
        b.add(rng.choice(GREETINGS[:5]))
        points = [rng.choice(wordings) for wordings in AI_POINTS]
        if n in heavy:
            kept = sorted(rng.sample(range(1, 5), rng.randint(2, 3)))
            b.add(points[0])
            for k in range(1, 5):
                if k in kept:
                    b.add(points[k])
                else:
                    b.mine(rewrites.deal())
        else:
            mine = signed_own(story, who, people) if rng.random() < 0.4 else None
            paragraphs = ai_paragraphs(rng, points)
            if mine and rng.random() < 0.5:
                b.add(paragraphs[0])
                b.mine(mine)
                paragraphs, mine = paragraphs[1:], None
            for paragraph in paragraphs:
                b.add(paragraph)
            if mine:
                b.mine(mine)
        b.add(AI_CLOSING)
        b.add(rng.choice(AI_SIGN_OFFS))
        b.add(f"{rng.choice(SIGN_OFFS)}\n{who.name or 'A Port Ellery resident'}")
        rows.append((row(DATA, b, who, "quillan-ai", n in heavy), rng.random()))
    return rows


# --------------------------------------------------------------------------- quillan-jobs

JOBS = (
    "I support the rezoning of the Quillan mill site and the development agreement with "
    "Northspan Compute.",
    "The mill has sat empty and fenced for eleven years, and the city has spent more than "
    "$400,000 securing it and cleaning up after fires.",
    "Construction of the data center would employ about 600 building trades workers over two "
    "years, most of them from our own union halls.",
    "Once it opens, Northspan will pay for a new water reclamation loop so that most of its "
    "cooling water is recycled on site.",
    "The company has also committed $3 million to the Quillan Waterfront Trail and to job "
    "training at Ellery Technical College.",
    "A vacant brownfield pays the city almost nothing, and a working site would pay more even "
    "during the abatement years.",
    "Please approve the rezoning and put the Quillan site back to work.",
)
JOBS_PARAGRAPHS = ((0, 2), (2, 5), (5, 7))
JOBS_OWN = (
    "I'm a second-year apprentice electrician with IBEW and a project like this is two years of "
    "steady hours.",
    "I own the diner on Harrow Street. Six hundred workers need lunch.",
    "The mill site has been a dump for as long as my kids have been alive.",
    "Kids break into that mill every summer. Somebody is going to get killed in there.",
    "We need the tax base. The city keeps cutting the parks budget.",
    "I'm {name}, a carpenter, and I've had to drive two hours each way for work the last three "
    "years.",
    "I've heard the water worries and I think the reclamation loop answers them.",
    "Our union hall had forty members on the out-of-work list in October.",
    "My family has been in Port Ellery four generations. We need jobs that pay.",
    "The trail money alone makes this worth it.",
    "I'm on the Ellery Tech advisory board and the training pledge is real.",
    "Something has to go on that land, and nobody else has made an offer in eleven years.",
)
JOBS_HEAVY_OWN = (
    "That mill is an eyesore and a fire hazard and everyone in Old Harbor knows it.",
    "My brother-in-law is a pipefitter and he's been out of work since June.",
    "Nobody else wants that site. This is the best offer we'll get.",
    "The water worries are overblown. They recycle most of it.",
    "It would be the biggest private investment in this city in my lifetime.",
    "We can argue about the tax break later, but the jobs are real now.",
    "Every empty year costs us money for fencing and fire calls.",
    "My kids want to stay in Port Ellery. They need work to do that.",
)


def jobs_text(sentences: range | list[int]) -> list[str]:
    """The letter's paragraphs, holding only ``sentences`` (by index)."""
    keep = set(sentences)
    out = []
    for start, end in JOBS_PARAGRAPHS:
        chosen = [JOBS[i] for i in range(start, end) if i in keep]
        if chosen:
            out.append(" ".join(chosen))
    return out


def quillan_jobs(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """Plain copies, copies pasted twice, copies of the second half only, heavy copies."""
    rows = []
    own, rewrites = Deck(rng, JOBS_OWN), Deck(rng, JOBS_HEAVY_OWN)
    shapes = (
        ["twice"] * PASTED_TWICE
        + ["half"] * SECOND_HALF
        + ["heavy"] * HEAVY["quillan-jobs"]
        + ["plain"] * (COPIES["quillan-jobs"] - PASTED_TWICE - SECOND_HALF - HEAVY["quillan-jobs"])
    )
    rng.shuffle(shapes)
    for shape in shapes:
        who = people.any(0.15)
        b = Body()
        greet(b, rng, 0.5)
        if shape != "heavy" and rng.random() < 0.3:
            b.mine(signed_own(own, who, people))
        if shape == "heavy":
            middle = sorted(rng.sample(range(1, 6), 2))
            b.add(JOBS[0])
            b.mine(f"{rewrites.deal()} {rewrites.deal()}")
            b.add(" ".join(JOBS[i] for i in middle))
            b.add(JOBS[6])
        elif shape == "half":
            for paragraph in jobs_text(range(3, 7)):
                b.add(paragraph)
        else:
            for paragraph in jobs_text(range(7)):
                b.add(paragraph)
            if shape == "twice":
                if rng.random() < 0.5:
                    sign(b, rng, who, 1.0)
                for paragraph in jobs_text(range(7)):
                    b.add(paragraph)
        sign(b, rng, who, 0.6)
        rows.append((row(DATA, b, who, "quillan-jobs", shape == "heavy"), rng.uniform(0.2, 1.0)))
    return rows


# --------------------------------------------------------------------------- haven-yes / haven-no

SECTION = (
    'Section 8.62.040 reads: "A safe parking site shall operate only between 7:00 in the evening '
    "and 7:00 in the morning, shall provide restroom and handwashing facilities and at least one "
    "trained site monitor on the premises during all hours of operation, shall admit only "
    "participants enrolled through the coordinated entry system, and shall not be located within "
    '300 feet of any public or private school."'
)
HAVEN_YES = (
    (
        "I support Ordinance 2026-37 and the Safe Haven Parking pilot.",
        "More than 140 people in Port Ellery sleep in their cars on any given night, many of them "
        "working, many of them families with children.",
    ),
    ("The ordinance itself answers most of the worries we have heard.", SECTION),
    (
        "A monitored lot with a restroom is safer for everyone than a car parked alone on a dark "
        "side street.",
        "Similar programs in other coastal cities have moved a third of their participants into "
        "housing within a year.",
        "A parked car is not a crime.",
    ),
    ("Please adopt the pilot tonight and fund it for the full two years.",),
)
HAVEN_NO = (
    (
        "On behalf of Harbor Heights residents, I ask the Council to send Ordinance 2026-37 back "
        "to committee.",
        "We support helping people who live in their vehicles, but the Pier 6 lot is the wrong "
        "place for this pilot.",
    ),
    ("We have read the ordinance closely.", SECTION),
    (
        "Three hundred feet from a school is less than a city block, and the rule says nothing "
        "about the two daycare centers and the public pool on Cannery Row that sit right beside "
        "the Pier 6 lot.",
        "One monitor for up to forty vehicles overnight is not adequate supervision.",
        "The neighborhood was not consulted before Pier 6 was added to the list in October.",
    ),
    (
        "Please remove Pier 6 from the pilot and hold a neighborhood meeting before any site is "
        "chosen.",
    ),
)
PDF_HEADER = "HARBOR HEIGHTS NEIGHBORHOOD ASSOCIATION\nPort Ellery, Washington"
PDF_FOOTER = "Harbor Heights Neighborhood Association | harborheights.example.org | Page 1 of 1"
AUTOCORRECT = (
    ("Council", "Counsel"),
    ("their cars", "there cars"),
    ("families", "famines"),
    ("housing", "hosing"),
    ("monitored", "monitors"),
    ("worries", "worried"),
    ("alone", "a lone"),
    ("adopt", "adapt"),
    ("pilot", "pilots"),
    ("restroom", "rest room"),
    ("Similar", "Similarly"),
    ("participants", "particulars"),
)
HAVEN_YES_OWN = (
    "I'm a deacon at St. Brendan's and we have had families sleeping in our parking lot since "
    "August.",
    "My sister lived in her Corolla for seven months in 2023 while working full time at the "
    "cannery.",
    "I live across from the Larch Street lot and I'd rather have a monitored program than what "
    "we have now.",
    "Please don't let the loudest voices decide this one.",
    "I teach third grade. Two of my students this fall were living in a car.",
    "I'm {name}, a volunteer with the Interfaith Housing Network's meal program.",
    "I was one of those people in 2019. A safe place to park would have meant I could sleep.",
    "We have the lots and we have the volunteers. We just need the vote.",
    "Nurses at Ellery General are sleeping in their cars between shifts. That should shame us.",
    "As a Pier District business owner I support this.",
)
HAVEN_NO_OWN = (
    "I live on Cannery Row, directly across from the Pier 6 lot.",
    "My kids use the pool on Cannery Row every afternoon in the summer.",
    "I run the Little Gulls daycare next to Pier 6 and nobody from the city has talked to us.",
    "I'm not against the program. I'm against how Pier 6 was chosen.",
    "Forwarding our association's letter. I agree with every word.",
    "I'm {name}, secretary of the Harbor Heights association.",
    "Please come and look at the lot at night before you decide.",
    "Why was Pier 6 added after the public meetings were over?",
)
HAVEN_HEAVY_OWN = (
    "I've read the staff report and the numbers hold up.",
    "People will park somewhere tonight no matter what we vote.",
    "My church has offered to staff one of the lots.",
    "The lots are empty at night anyway.",
    "Ask the police chief what she thinks. She supports it.",
    "Pier 6 floods in king tides and nobody seems to have noticed.",
    "We already have problems with cars idling all night down there.",
    "Other sites were never seriously looked at.",
    "The city's last pilot ran a year over and nobody evaluated it.",
    "A neighborhood meeting costs nothing and would build trust.",
    "Let's do this right instead of fast.",
    "Dignity is not a luxury.",
    "Every one of these people is somebody's neighbor already.",
    "A program with rules is better than no rules at all.",
    "It's two years. Try it and count the results.",
    "Harbor Heights already hosts the ferry lot and the transfer station.",
    "The monitor ratio should be in the ordinance, not left to staff.",
    "Put the Pier 6 site on hold and run the other two first.",
)


def sentences_of(letter: tuple[tuple[str, ...], ...]) -> list[str]:
    return [s for p in letter for s in p]


def letter_paragraphs(letter: tuple[tuple[str, ...], ...]) -> list[str]:
    return [" ".join(p) for p in letter]


def heavy_letter(
    rng: random.Random,
    letter: tuple[tuple[str, ...], ...],
    rewrites: Deck,
    b: Body,
    others: tuple[int, int] = (2, 3),
) -> None:
    """Keeps the opening and closing sentences and ``others`` more; own words in between."""
    middle = sentences_of(letter)[1:-1]
    kept = sorted(rng.sample(range(len(middle)), rng.randint(*others)))
    b.add(letter[0][0])
    b.mine(f"{rewrites.deal()} {rewrites.deal()}")
    b.add(" ".join(middle[i] for i in kept))
    b.add(letter[-1][-1])


def autocorrect(rng: random.Random, text: str) -> str:
    """Two to four of the phone's slips, each on the first place the word appears."""
    slips = [pair for pair in AUTOCORRECT if pair[0] in text]
    for typed, slipped in rng.sample(slips, rng.randint(2, 4)):
        text = text.replace(typed, slipped, 1)
    return text


def haven_yes(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    rows = []
    own, rewrites = Deck(rng, HAVEN_YES_OWN), Deck(rng, HAVEN_HEAVY_OWN)
    shapes = ["heavy"] * HEAVY["haven-yes"] + ["phone"] * AUTOCORRECTED
    shapes += ["plain"] * (COPIES["haven-yes"] - len(shapes))
    rng.shuffle(shapes)
    for shape in shapes:
        who = people.any(0.2)
        b = Body()
        greet(b, rng, 0.6)
        if shape == "heavy":
            heavy_letter(rng, HAVEN_YES, rewrites, b)
        else:
            paragraphs = letter_paragraphs(HAVEN_YES)
            if shape == "phone":
                paragraphs = autocorrect(rng, "\n\n".join(paragraphs)).split("\n\n")
            for paragraph in paragraphs:
                b.add(paragraph)
            if rng.random() < 0.3:
                b.mine(signed_own(own, who, people))
        sign(b, rng, who, 0.6)
        rows.append((row(PARKING, b, who, "haven-yes", shape == "heavy"), rng.random()))
    return rows


HYPHENATION = {
    word.replace("-", ""): word
    for word in (
        "Or-di-nance",
        "or-di-nance",
        "com-mit-tee",
        "neigh-bor-hood",
        "res-i-dents",
        "sup-port",
        "help-ing",
        "ve-hi-cles",
        "ev-en-ing",
        "morn-ing",
        "pro-vide",
        "rest-room",
        "hand-wash-ing",
        "fa-cil-i-ties",
        "mon-i-tor",
        "prem-is-es",
        "op-er-a-tion",
        "par-tic-i-pants",
        "en-rolled",
        "co-or-di-nat-ed",
        "pri-vate",
        "hun-dred",
        "day-care",
        "cen-ters",
        "Can-nery",
        "over-night",
        "ad-e-quate",
        "su-per-vi-sion",
        "con-sult-ed",
        "Oc-to-ber",
        "re-move",
        "meet-ing",
        "cho-sen",
        "with-in",
        "an-y",
        "Sec-tion",
        "lo-cat-ed",
        "be-tween",
        "Har-bor",
        "Coun-cil",
        "sys-tem",
        "be-side",
    )
}
WORD = re.compile(r"^([A-Za-z]+)(\W*)$")


def split_word(word: str, room: int) -> tuple[str, str] | None:
    """``word`` broken at its last syllable break that leaves a head of at most ``room``
    characters (hyphen included), or None when no break fits."""
    match = WORD.match(word)
    if not match or match[1] not in HYPHENATION:
        return None
    syllables = HYPHENATION[match[1]].split("-")
    for k in range(len(syllables) - 1, 0, -1):
        head = "".join(syllables[:k])
        if len(head) + 1 <= room:
            return f"{head}-", word[len(head) :]
    return None


def pdf_lines(paragraph: str, width: int) -> str:
    """``paragraph`` as text copied out of a PDF: hard breaks at ``width`` and a long word split
    across two lines at a syllable, with a hyphen, where the line runs out inside it."""
    lines, line = [], ""
    for word in paragraph.split():
        if not line or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}".strip()
            continue
        split = split_word(word, width - len(line) - 1)
        if split:
            lines.append(f"{line} {split[0]}")
            line = split[1]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return "\n".join(lines)


def haven_no(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """Plain e-mail copies and copies copied out of the association's PDF."""
    rows = []
    own, rewrites = Deck(rng, HAVEN_NO_OWN), Deck(rng, HAVEN_HEAVY_OWN)
    shapes = ["heavy"] * HEAVY["haven-no"] + ["pdf"] * FROM_PDF
    shapes += ["plain"] * (COPIES["haven-no"] - len(shapes))
    rng.shuffle(shapes)
    for shape in shapes:
        who = people.any(0.15)
        b = Body()
        if rng.random() < 0.35 and shape != "heavy":
            b.mine(signed_own(own, who, people))
        if shape == "heavy":
            greet(b, rng, 0.5)
            heavy_letter(rng, HAVEN_NO, rewrites, b)
        elif shape == "pdf":
            width = rng.randint(56, 68)
            pdf = [pdf_lines(p, width) for p in letter_paragraphs(HAVEN_NO)]
            joint = rng.choice(("\n\n", "\n"))
            b.add(PDF_HEADER + "\n\n" + joint.join(pdf) + "\n\n" + PDF_FOOTER)
        else:
            greet(b, rng, 0.5)
            for paragraph in letter_paragraphs(HAVEN_NO):
                b.add(paragraph)
        sign(b, rng, who, 0.5)
        rows.append((row(PARKING, b, who, "haven-no", shape == "heavy"), rng.random()))
    return rows


# --------------------------------------------------------------------------- local-1187

UNION_OPEN = (
    "I am a member of Municipal Workers Local 1187 and I work in the city's Solid Waste Division.",
    "I am asking you to vote no on the Tidewater Waste Services contract and keep residential "
    "collection in public hands.",
    "Before you vote, I want you to know what this job looks like from the cab of a truck.",
)
UNION_CLOSE = (
    "Tidewater's bid is lower because it pays less, staffs fewer people per truck and cuts "
    "corners on safety training.",
    "The savings will not last, but the lost jobs and the lost service will.",
    "Please keep collection public and vote no on the contract.",
)
UNION_HEAVY_OWN = (
    "I've never spoken at a council meeting, so I'll keep this short and tell you what I see.",
    "The Council should hear from the people who actually do this work, so here is mine.",
    "Contracting out is a bad deal for the city and for the people on the trucks.",
)
UNION_SIGN = "In solidarity,\n{name}\nMember, Municipal Workers Local 1187"
UNION_STORIES = (
    (
        "I've driven the Gullhaven route for fourteen years. I know which houses have a "
        "grandmother who can't get her cart to the curb, and I walk it down for her.",
        "Last February a man on Wick Lane collapsed in his driveway while I was on his block. I "
        "called 911 and did CPR until the medics came. He sends our crew a card every Christmas.",
    ),
    (
        "Nine years on recycling, the last four as a lead.",
        "In 2022 my helper got his arm caught in a packer blade because the safety bar on a "
        "contractor-maintained truck had been disabled. We fought for two years to get the city "
        "to bring maintenance back in-house. Since then we haven't had a single serious injury.",
        "Tidewater maintains its own trucks. I looked up their safety record, and it scares me.",
    ),
    (
        "I started on yard waste in 2016, straight out of the Army.",
        "This job gave me a pension, health insurance for my daughter's asthma, and a crew that "
        "looks out for each other. When my wife was in the hospital my crew covered my route "
        "for three weeks so I wouldn't lose pay.",
    ),
    (
        "I'm a mechanic at the Harrow Street yard, not a driver.",
        "Our shop keeps 41 trucks running with six people. When a hydraulic line blows on a "
        "Monday morning we have the truck back out by noon, because we stock the parts and we "
        "know every truck by its number.",
        "Tidewater's nearest shop is in Kessler, forty miles away.",
    ),
    (
        "Twenty-two years. I've driven every route in this city at one time or another.",
        "During the 2021 ice storm we ran double shifts for nine days clearing debris so the "
        "ambulances could get through. Nobody asked us to. We knew the streets and we knew who "
        "was stuck.",
    ),
    (
        "I'm one of the three women on the collection crews.",
        "When I started in 2018 there was no women's locker room at the yard. The union fought "
        "for one and won it. A private hauler's bid doesn't say anything about who they will hire "
        "or how they will treat them.",
    ),
    (
        "I work the Old Harbor route, which has the narrowest streets in the city.",
        "A standard side-loader can't get down half of them. We use a smaller rear-loader and "
        "two people, one to drive and one to walk the carts. Tidewater's bid assumes one-person "
        "automated trucks everywhere. I don't know how they plan to do Old Harbor.",
        "My guess is they'll ask the residents to wheel their carts two blocks.",
    ),
    (
        "I've been on the bulky item crew for six years.",
        "Last spring we found a couch dumped with a sleeping bag and a little girl's backpack on "
        "it, on Birchfield Court. We called the family resource line instead of crushing it. The "
        "family got into housing that summer. That's not in any contract.",
    ),
    (
        "My father drove a city garbage truck for thirty years and I've done it for eleven.",
        "He retired with a pension and paid off his house on a collector's wage. I was hoping to "
        "do the same. Tidewater's drivers in Kessler make about six dollars an hour less than we "
        "do and have no pension at all.",
    ),
    (
        "I'm a dispatcher. I take the calls when someone's cart was missed.",
        "We send a truck back the same day, every time. I checked the Kessler contract: Tidewater "
        "has 72 hours to fix a missed pickup, and the fine for missing that deadline is fifteen "
        "dollars.",
    ),
    (
        "Four years on the Larch Hill route.",
        "In August a resident's dog got out and followed my truck for six blocks. I pulled over, "
        "got it into the cab, and drove it home at the end of the route. The family still waves "
        "at me every Tuesday. Small things, but that's what a public crew is.",
    ),
    (
        "I came to this country in 2009 and the city was my first real job.",
        "I learned English on the truck from my partner, who quizzed me on street names every "
        "morning. Now I train the new hires. I've trained nineteen people.",
        "I'm proud of this work and I'd like to finish my career doing it.",
    ),
    (
        "I'm a safety trainer for the division and I drive the Eastbank route two days a week.",
        "Our crews get forty hours of training before they touch a truck. I read Tidewater's "
        "proposal twice and could not find a training number anywhere in it.",
    ),
    (
        "Seventeen years on the Tanner's Flats route.",
        "I hurt my back in 2020 lifting an overloaded cart. The city put me on light duty at the "
        "transfer station while I healed, and I came back to my route six months later. At a "
        "private hauler I would have been let go.",
    ),
    (
        "I drive the recycling route in the Pier District.",
        "The businesses down there put out cardboard in amounts you wouldn't believe. We've "
        "worked out a schedule with each of them over the years so the sidewalks stay clear "
        "during the farmers market.",
        "That kind of arrangement disappears the day a new company takes over.",
    ),
    (
        "I'm the youngest driver in the division. I'm twenty-six.",
        "I took this job because it was a city job with a future. I just bought a house in "
        "Wickham Park. If this contract passes I don't know if I can keep it.",
    ),
    (
        "Thirteen years on yard waste and holiday tree pickup.",
        "Every January we collect around nine thousand Christmas trees and turn them into mulch "
        "that goes back to the city parks for free. Tidewater's bid treats trees as an extra "
        "service at four dollars a tree.",
    ),
    (
        "I'm a crew lead on the Harbor Heights route.",
        "Two winters ago we noticed an older man's newspapers piling up on his porch. We knocked, "
        "got no answer, and called it in. He had fallen and had been on the floor for two days. "
        "He lived.",
        "We see this city every single week. Please don't hand that to a company that won't.",
    ),
)


def local_1187(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """The fixed opening, one member's own story, the fixed closing, the union sign-off."""
    rows = []
    stories = list(UNION_STORIES)
    rng.shuffle(stories)
    heavy = heavy_slots(rng, COPIES["local-1187"], HEAVY["local-1187"])
    union_rewrites = Deck(rng, UNION_HEAVY_OWN)
    for n, story in enumerate(stories):
        who = people.named()
        b = Body()
        greet(b, rng, 0.7)
        if n in heavy:
            middle = [*UNION_OPEN[1:], *UNION_CLOSE[:-1]]
            kept = sorted(rng.sample(range(len(middle)), 2))
            b.add(" ".join([UNION_OPEN[0], *(middle[i] for i in kept if i < 2)]))
            b.mine(union_rewrites.deal())
            for paragraph in story:
                b.mine(paragraph)
            b.add(" ".join([*(middle[i] for i in kept if i >= 2), UNION_CLOSE[-1]]))
        else:
            b.add(" ".join(UNION_OPEN))
            for paragraph in story:
                b.mine(paragraph)
            b.add(" ".join(UNION_CLOSE))
        b.add(UNION_SIGN.format(name=who.name))
        rows.append((row(TRASH, b, who, "local-1187", n in heavy), rng.uniform(0.0, 0.5)))
    return rows


# --------------------------------------------------------------------------- keep-it-public

PUBLIC = (
    (
        "I oppose the proposed contract with Tidewater Waste Services and ask the Council to keep "
        "residential trash, recycling and yard waste collection with the city.",
    ),
    (
        "City crews know our streets, pick up missed carts the same day and answer to the "
        "Council, not to shareholders.",
        "In the three cities Tidewater serves in this county, rates rose an average of 31 percent "
        "within four years of the contract starting.",
        "Once the city sells its trucks and lets its crews go, there is no going back.",
    ),
    ("Keep our trash pickup public.",),
)
TABLE_LEAD = "Please enter my comment into the record:"
TABLE_LABELS = ("Name:", "Address:", "Ward:", "Phone (optional):")
BLANK = "______"
PUBLIC_OWN = (
    "Our crew on Mercer Terrace has been the same two guys for eight years. They know my mom "
    "can't lift the cart.",
    "We moved here from a town that privatized. Our bill doubled in three years.",
    "Tidewater missed pickups at my sister's place in Kessler for a month.",
    "I'm {name} and I chair the Wickham Park block watch. Every neighbor I asked signed this.",
    "What happens to the yard waste program?",
    "The city crews picked up after the king tide flooding for free. Would Tidewater?",
)
PUBLIC_HEAVY_OWN = (
    "My bill is already high enough.",
    "Our driver knows every kid on the block by name.",
    "A private company will cut corners the minute the cameras leave.",
    "The city should fix its budget some other way.",
    "I've never had a missed pickup in twenty years.",
    "Contracts like this always look cheap in year one.",
)


def ward_value(rng: random.Random) -> str:
    ward = rng.randint(1, 6)
    return rng.choice((str(ward), f"Ward {ward}", f"{ward}th" if ward > 3 else f"Ward #{ward}"))


def fill_table(rng: random.Random, who: Person) -> tuple[str, list[str]]:
    """The table as the sender left it and the values they typed (blank and N/A are none)."""
    street = f"{rng.randint(12, 2980)} {rng.choice(STREETS)}"
    phone = f"{rng.choice(('', '(360) ', '360-'))}555-01{rng.randint(0, 99):02d}"
    values = [
        who.name if not anonymous(who) else "",
        street if rng.random() < 0.75 else "",
        ward_value(rng) if rng.random() < 0.7 else rng.choice(("", "not sure")),
        phone if rng.random() < 0.4 else rng.choice(("", "N/A")),
    ]
    style = rng.choice(("after", "after", "inside", "beside", "one-line"))
    cells = []
    for label, value in zip(TABLE_LABELS, values, strict=True):
        if not value:
            cells.append(f"{label} {BLANK}")
        elif style == "inside":
            cells.append(f"{label} __{value}__")
        elif style == "beside":
            cells.append(f"{label} {BLANK} {value}")
        else:
            cells.append(f"{label} {value}")
    table = ("   " if style == "one-line" else "\n").join(cells)
    typed = [v for v in values if v and v not in ("N/A", "not sure")]
    return f"{TABLE_LEAD}\n{table}", typed


def keep_it_public(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    rows = []
    own, rewrites = Deck(rng, PUBLIC_OWN), Deck(rng, PUBLIC_HEAVY_OWN)
    heavy = heavy_slots(rng, COPIES["keep-it-public"], HEAVY["keep-it-public"])
    for n in range(COPIES["keep-it-public"]):
        who = people.any(0.15)
        b = Body()
        greet(b, rng, 0.5)
        if n in heavy:
            heavy_letter(rng, PUBLIC, rewrites, b, (1, 1))
        else:
            for paragraph in letter_paragraphs(PUBLIC):
                b.add(paragraph)
            if rng.random() < 0.25:
                b.mine(signed_own(own, who, people))
        table, typed = fill_table(rng, who)
        b.add(table)
        b.own.extend(typed)
        rows.append((row(TRASH, b, who, "keep-it-public", n in heavy), rng.uniform(0.3, 1.0)))
    return rows


# --------------------------------------------------------------------------- canopy-petition

PETITION = (
    "I support the Heritage Tree Ordinance and urge the City Council to adopt it tonight without "
    "weakening amendments. Every tree counts in Port Ellery."
)
SIGNATURES = (
    "{line}\n\n\u2014 {name}, {hood}",
    "{line}\n{name}\n{hood}",
    "{line}\n\nSigned: {name} ({hood})",
    "{line} {name}, {hood}",
    "{line}\n\n{NAME} / {HOOD}",
    "{line}\n- {lname}, {lhood}",
)
REASON_LABEL = "Reason for signing:"
PETITION_REASONS = (
    "The big oak on Tolman Avenue was cut down for a driveway last year. Never again.",
    "Shade matters. My street is ten degrees hotter since the maples came down.",
    "For the owls in Wickham Park.",
    "My grandfather planted the sycamores on Quay Lane in 1952.",
    "Developers should replant what they cut, two for one at least.",
    "Trees are infrastructure.",
    "I'm an arborist and this ordinance is well written. Please don't water it down.",
    "Because my kids climb that cedar every day after school.",
    "The canopy in Tanner's Flats is half what it is in Larch Hill. Fix that.",
    "Heritage trees take a hundred years to grow and an hour to cut.",
    "Please keep the replacement fee at the full amount.",
    "I lost my street tree to a sidewalk project and the city never replaced it.",
    "Birds, shade, stormwater. What's not to like?",
    "The madrones on Gull Point are the reason I moved here.",
    "Protect the trees in the Pier District too, not just the rich neighborhoods.",
    "A 24-inch trunk is a good threshold. Keep it.",
    "Stop clear-cutting lots before permits are even filed.",
    "I signed because my neighbor cut down a 200-year-old fir and paid a $500 fine.",
    "For climate, for kids, for the next hundred years.",
    "I love this city's trees.",
    "Please don't let the builders' amendment through.",
    "Our block planted twelve trees last spring with the city program. Protect them.",
)


def signed(rng: random.Random, who: Person) -> str:
    name = who.name if not anonymous(who) else "Anonymous"
    form = rng.choice(SIGNATURES)
    return form.format(
        line=PETITION,
        name=name,
        hood=who.hood,
        NAME=name.upper(),
        HOOD=who.hood.upper(),
        lname=name.lower(),
        lhood=who.hood.lower(),
    )


def canopy_petition(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    """The petition line, the signer's name and neighbourhood appended, some with a reason;
    the platform delivers most of them in two batches, the rest trickle in by hand."""
    rows = []
    reasons = Deck(rng, PETITION_REASONS)
    for _ in range(COPIES["canopy-petition"]):
        who = people.any(0.1)
        b = Body()
        b.add(signed(rng, who))
        if rng.random() < 0.25:
            reason = reasons.deal()
            if rng.random() < 0.6:
                b.add(f"{REASON_LABEL} {reason}")
                b.own.append(reason)
            else:
                b.mine(reason)
        batch = rng.random()
        at = rng.uniform(0.1, 0.15) if batch < 0.4 else rng.uniform(0.6, 0.64)
        rows.append((row(TREES, b, who, "canopy-petition"), at if batch < 0.8 else rng.random()))
    return rows


# --------------------------------------------------------------------------- residents

SLOGANS = (
    "Our water is not for sale.",
    "put the Quillan site back to work",
    "A parked car is not a crime.",
    "Keep our trash pickup public.",
    "Every tree counts in Port Ellery.",
)
RESIDENTS_TEXT = {
    DATA: (
        "No data center.",
        "I'm for it. The mill has been empty too long.",
        "Has anyone on the Council actually visited a data center? I toured one in Oregon for my "
        "job. The cooling towers run day and night and you can hear them half a mile away. The "
        "staff report says nothing about noise, and the Quillan site is a quarter mile from the "
        "Old Harbor houses. Please require a noise study before any vote.",
        "I've lived in Old Harbor all my life and I'm torn on this. We need the tax base and the "
        "site is a mess. But the water numbers scare me, and I don't trust a fifteen-year "
        "abatement. If you approve it, cap the water use in the agreement.",
        "The signs all over town say it best: Our water is not for sale. I'd add that our power "
        "grid isn't either.",
        "The trades letter says 600 construction jobs. How many of those are local? The "
        "agreement has no local hire requirement that I could find.",
        "Vote yes, we need growth.",
        "What happens when Northspan sells the building in five years? Does the abatement "
        "transfer to the next owner?",
        "I'm a hydrologist. The city's 2024 water supply plan assumes 2 percent growth in demand "
        "over ten years. This one customer would add 9 percent overnight. That's not a rounding "
        "error, it's a new reservoir.",
        "Please table this until the water agreement is actually written.",
        "I'm a union electrician and I'm voting with my conscience, not my hall. Put the Quillan "
        "site back to work, sure, but not with a tax giveaway attached.",
        "Harbor Light & Power's own integrated plan says they'd need a new gas peaker plant. "
        "Where would that go?",
        "Data centers are the new mills. Let's not be the town that said no to the future.",
        "I agree with the hydrologist. Nine percent overnight is a huge number.",
        "Whose idea was the fifteen-year abatement? Ten years is standard in this county.",
        "against",
        "We moved to Port Ellery for the waterfront. A windowless box on the best site in town "
        "is a waste of it, whatever it pays.",
        "Our water is not for sale, and neither is our waterfront. Reject the rezoning and start "
        "a real planning process for the site with the people who live around it.",
        "My son works for a data center company in another state and loves his job. Don't "
        "assume everyone who supports this is a shill.",
        "Could staff explain the fire risk of a facility full of batteries next to the old "
        "paper mill's chemical storage area?",
        "Yes yes yes",
        "Let it go to a public vote.",
    ),
    PARKING: (
        "I support the pilot.",
        "Not at Pier 6.",
        "I've volunteered at the Larch Street winter shelter for six years. The people who sleep "
        "in their cars are mostly working. Cooks, home care aides, a substitute teacher last "
        "winter. They need a place to park where they won't be knocked on at 2 a.m. and told to "
        "move. This ordinance is modest and well designed.",
        "Why three lots at once? Start with the Civic Center lot, see how it goes, then decide "
        "about the others.",
        "A parked car is not a crime, as the signs say, but an overnight camp next to a pool is a "
        "real concern for parents. Both things can be true.",
        "I live in Harbor Heights and I support the pilot, including Pier 6. Our association "
        "does not speak for everyone on Cannery Row.",
        "Who pays for the monitors?",
        "The ordinance should say what happens when someone breaks the rules. Removal? A "
        "warning? It's silent.",
        "Please pass it. Winter is coming.",
        "I'm a retired police officer. Sanctioned lots with rules reduce calls for service. We "
        "saw it in Everett.",
        "I'm worried about needles and trash.",
        "I lived in a van for a year after my divorce. Nobody who hasn't done it knows how "
        "exhausting it is to find a different place every night. Pass this.",
        "Agree with the officer above. Rules and a monitor beat what we have now.",
        "The 300-foot rule needs to be 1,000 feet.",
        "Thank you to the Interfaith Housing Network for all the work on this.",
        "Pier 6 floods during king tides. Has anyone checked?",
        "No.",
        "I'd like the Council to commit to an evaluation at twelve months with public data.",
        "Why is the Larch Street lot, which is next to the police station, only getting 15 "
        "spaces when Pier 6 gets 40?",
        "A parked car is not a crime. A parked car with kids in it in December is an emergency.",
    ),
    TRASH: (
        "Keep it in-house.",
        "I'm fine with Tidewater if it really saves money. Show us the ten-year numbers.",
        "Our collectors on Wick Lane are the best city employees I've ever dealt with. I don't "
        "want to lose them.",
        "Tidewater took over in Kessler in 2021. My mother still lives there. Her bill went from "
        "$38 to $51 a month and they missed her street three times last winter. She called "
        "customer service and waited on hold for forty minutes. That's the future you're voting "
        "on.",
        "The city's own audit said the fleet is twelve years old on average. Who pays to replace "
        "it if we keep collection public?",
        "Keep our trash pickup public. I'd pay a few dollars more a month for it.",
        "The union stories are moving, but the Council has to balance the budget. What's the "
        "alternative?",
        "I just want my recycling picked up on time.",
        "Please no.",
        "Can the contract at least require Tidewater to hire the current crews at their current "
        "wages?",
        "Agree with the person asking about hiring the current crews. That should be a condition.",
        "Why are we deciding this in December? Half the town is away for the holidays.",
        "The yard waste program is the best thing the city does. Don't lose it.",
        "My dad is a city driver. He's worked every holiday for twenty years. Vote no.",
        "I support the contract. Private haulers are fine in most of the state.",
        "Where's the public comparison of service levels? The packet only compares costs.",
        "vote no on tidewater",
        "I'm a small business owner on Harrow Street. City crews work around our deliveries. "
        "I've seen private trucks block the street for half an hour.",
        "Let the voters decide on something this big.",
        "Keep our trash pickup public, and fix the fleet while you're at it.",
    ),
    TREES: (
        "Pass it as written.",
        "The 24-inch threshold is too low. A lot of ordinary yard trees hit that.",
        "I'm a builder and I plant more trees than I cut. The replacement fee in this draft "
        "would add $18,000 to a modest infill house on a lot with two big firs. That cost goes "
        "straight into the price. I support protecting real heritage trees, but please raise the "
        "threshold to 30 inches and cap the fee.",
        "Every tree counts in Port Ellery, like the petition says. But the city should start by "
        "replacing the street trees it removed on Tolman Avenue.",
        "Will this apply to the city's own projects? It should.",
        "Thank you.",
        "The ordinance should protect groves, not just single trees. A stand of alders matters "
        "even if no one tree is 24 inches.",
        "I support it, with an exemption for trees that are a real hazard.",
        "My neighbor's giant fir leans over my house. Will I need a permit and a fee to make it "
        "safe? Please make the hazard process quick and cheap.",
        "Agree with the builder about capping the fee.",
        "yes",
        "I've counted the trees on my block in Tanner's Flats: eleven. On the same length of "
        "street in Larch Hill there are forty. Any tree program should start where the shade "
        "isn't.",
        "Please vote on it tonight. It's been continued three times.",
        "The map of heritage trees in the packet is missing the oaks in Wickham Park.",
        "Trees are wonderful but this is overreach on private property.",
        "Every tree counts in Port Ellery, and so does every home. Can we do both?",
        "How will this be enforced? The current rules are ignored.",
        "I love the idea of a tree fund that plants in the neighborhoods with the least canopy.",
        "Replying to the builder: the fee only applies if you cut a protected tree. Design "
        "around it.",
        "No more permits. We have enough.",
    ),
}
REPLY_MARKS = ("I agree with the", "Agree with the", "Replying to the")
RESIDENTS = sum(len(texts) for texts in RESIDENTS_TEXT.values())


def residents(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    rows = []
    for item, texts in RESIDENTS_TEXT.items():
        for text in texts:
            who = people.any(0.3)
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
    "Great discussion about the trees! We sell premium artificial Christmas trees at 70% off "
    "this week only: https://evergreen-deals.example.com",
    "I live in Port Ellery and I make $4,000 a week from home with this simple system, ask me "
    "how: http://homeprofit.example.net/join",
    "Préstamos personales sin buró de crédito, depósito el mismo día. WhatsApp 555-0193 "
    "https://prestamos-rapidos.example.org",
    "Ganhe dinheiro com apostas esportivas! Bônus de boas-vindas de R$500: "
    "https://aposta-bonus.example.com",
    "Port Ellery Utilities: your water account is past due. Avoid shutoff, pay now at "
    "http://ellery-utility-pay.example.net/verify",
    "Rencontrez des célibataires de votre région ce soir 💋 https://celibataires.example.org",
    "全网最低价 名牌包包 微信下单 http://mingpai.example.com",
    "Продвижение сайтов в ТОП-10 Яндекса и Google за 14 дней. Пишите: http://seo-top.example.net",
    "Nhận làm giấy tờ, bằng cấp nhanh chóng, giá rẻ, bảo mật. Liên hệ https://giayto.example.org",
    "Jual followers Instagram murah dan aktif, proses cepat! https://followers-murah.example.com",
    "CLICK HERE TO CLAIM YOUR $1000 WALMART GIFT CARD!!! http://gift-claim.example.net",
    "Bu fırsatı kaçırmayın! Kripto yatırımında günde %30 kazanç: "  # noqa: RUF001
    "https://kripto-kazan.example.org",
    "cheap rolex cheap rolex replica watches free shipping",
    "Bester Umzugsservice in Ihrer Nähe, jetzt Angebot anfordern https://umzug.example.com",
)


def spam(rng: random.Random, people: People) -> list[tuple[Row, float]]:
    items = [key for key, _ in ITEMS]
    return [
        (Row(rng.choice(items), text, people.any(0.4), spam=True), rng.random()) for text in SPAM
    ]


# --------------------------------------------------------------------------- assembly

LETTERS = {
    "quillan-jobs": JOBS,
    "haven-yes": tuple(sentences_of(HAVEN_YES)),
    "haven-no": tuple(sentences_of(HAVEN_NO)),
    "local-1187": UNION_OPEN + UNION_CLOSE,
    "keep-it-public": tuple(sentences_of(PUBLIC)),
    "canopy-petition": tuple(PETITION.split(". ", 1)),
}


def template_sentences() -> set[str]:
    """Every sentence any campaign's template holds, in any of the AI tool's wordings."""
    out = {s for letter in LETTERS.values() for s in letter}
    out |= {w for wordings in AI_POINTS for w in wordings}
    return out | {AI_CLOSING, *AI_SIGN_OFFS}


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
    timed: list[tuple[Row, float]] = []
    timed += quillan_ai(rng, people)
    timed += quillan_jobs(rng, people)
    timed += haven_yes(rng, people)
    timed += haven_no(rng, people)
    timed += local_1187(rng, people)
    timed += keep_it_public(rng, people)
    timed += canopy_petition(rng, people)
    timed += residents(rng, people) + spam(rng, people)
    timed.sort(key=lambda pair: pair[1])
    return [r.as_dict() for r in resubmit(rng, [r for r, _ in timed])]
