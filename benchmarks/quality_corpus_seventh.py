"""A seventh synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 12 (4 December 2026, in about an hour) by a helper who did not
read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md``, nor the text banks of the other generators. It read issue 14, the real
eComment export in ``../shared/seeds/`` (personal paragraphs around a pasted letter, numbered
demands, an organisation's letter with its letterhead), the real dockets' README and a few dozen
of their rows ("My name is ... and I live in ..." glued to the sender's own sentence), and, for
the interface only, ``corpus_row.Row``, the ``Corpus``/``Record`` dataclasses and the
``generated_sixth`` wiring of ``labelling_quality.py``, the sixth generator's docstring and
public names, ``tests/corpus_shapes.py`` and the sixth generator's shape test. (Listing those
public names also printed the first lines of the sixth's letter constants, and a grep for the
registration printed a few table lines of ``docs/labelling.md``; nothing here was shaped by
them.) Its author never ran the labeller or the benchmark on it. Read it once, blind; never
tune on it.

Its emphasis is the personal text of campaign copies (what each sender added) and campaign
membership under edits, in shapes the earlier generators' docstrings do not list. Four items of
an invented city, Vessmoor (seed 1901):

* ``route12-riders`` (140 copies, 22 heavy): a riders' union letter against deleting a bus route,
  with a numbered list of demands. Copies interleave the sender's own sentences between template
  paragraphs, carry two or three personal paragraphs, reorder the template's paragraphs, merge
  two template sentences into one or split one in two, reword a sentence, add their own numbered
  demand, arrive as e-mail forwards ("---------- Forwarded message ---------" headers, "Sent from
  my iPhone", the letter quoted with "> " under "On ... wrote:"), sign with multi-line signature
  blocks (titles, organisations, street addresses), and fill in lines in new phrasings (ward,
  household size, years on a street, phone), sometimes glued to an own sentence in one paragraph.
  Its heavy copies either keep the opening, the closing and two or three sentences with the rest
  the sender's own, or quote only the first half of the letter;
* ``route12-pt`` (16): the same letter translated into Portuguese, a campaign of its own;
* ``route12-merchants`` (30): a merchants' association letter on the same item that shares a few
  phrases with the riders' letter (its copies carry the association's letterhead);
* ``library-spun`` (55): a mail-merge on branch library hours, spun inside sentences in its own
  scheme (each sentence from two slots of eight phrasings, the middle sentences in any order,
  a connective sometimes put in front; no two copies share a whole sentence);
* ``library-friends`` (70): a Friends of the Library letter on the same item whose demands are a
  bullet list; senders add their own bullet, reorder bullets or change the bullet mark;
* ``trees-petition`` (80): a two-sentence petition against felling street trees, many senders
  anonymous, some forwarded;
* ``trees-neighbours`` (36, 6 heavy): a neighbours' letter on the same item whose first copy is
  long (over 480 words) and mostly the sender's own;
* ``parking-four`` (4): a small campaign on a parking permit zone.

Plus 110 residents' own comments on the four items (they use the campaigns' vocabulary, "Route
12", "Tilley Road", "Corliss Avenue", but no template sentence, and no sentence of six words or
more is said twice), 8 resubmissions (same sender, same e-mail, same words), anonymous senders
("Anonymous", blank, "N/A", "Name withheld" and the like) who are distinct people, and 12 spam in
several kinds and languages. Own sentences, in comments and added paragraphs alike, are a
subject, a happening and a tail, each triple used once, so a clause recurs in the words of up to
about forty senders; an added demand is an ask, a thing and a when, each triple used once.

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` ("core"/"heavy"), ``spam``,
``duplicate`` and ``personal``: the sender's own paragraphs (an added bullet or numbered demand
counts as one, without its mark; the rewritten middle of a heavy edit too), joined by blank lines.
Never personal: salutations, sign-offs, signature names and blocks, fill-in lines, placeholders,
instruction lines, reworded, merged or split template sentences, and forward debris. An own
sentence glued to a fill-in line is personal without the fill-in. Names and streets are invented;
e-mails are example.com/.org/.net and phone numbers 555-01xx.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from corpus_row import Row

SEED = 1901
NAME = "generated-seventh"
TRANSIT = "2026-06204"
LIBRARY = "2026-06211"
TREES = "2026-06218"
PARKING = "2026-06225"
ITEMS = (
    (
        TRANSIT,
        "Item 4: Adopting the Vessmoor bus network redesign, which deletes Route 12 between "
        "Harbourgate and Eastgate and adds two frequent crosstown lines",
    ),
    (
        LIBRARY,
        "Item 9: Library budget for 2027, closing branch libraries on Sundays and at 6 p.m. on "
        "weekdays",
    ),
    (
        TREES,
        "Item 13: Widening Corliss Avenue to four lanes, including removal of 41 street trees "
        "on its east side",
    ),
    (PARKING, "Item 17: A residential parking permit zone for the streets around Fallow Park"),
)
COPIES = {
    "route12-riders": 140,
    "route12-pt": 16,
    "route12-merchants": 30,
    "library-spun": 55,
    "library-friends": 70,
    "trees-petition": 80,
    "trees-neighbours": 36,
    "parking-four": 4,
}
HEAVY = {"route12-riders": 22, "trees-neighbours": 6}
HALF_COPIES = 8  # of route12-riders' heavy copies, those that quote only the letter's first half
RESIDENTS = 110
RESUBMISSIONS = 8
ANONYMOUS_NAMES = ("Anonymous", "", "N/A", "Name withheld", "anonymous", "Not given", ".")

FIRST = tuple(
    "Oswin Perdita Lucan Ysolde Barnaby Celestine Dorian Eulalie Florian Gwendolyn Hartley Ines "  # noqa: SIM905
    "Jericho Katrien Lysander Maelle Nikolai Ottilie Piran Rozalind Severin Tamsin Ulrich Vesna "
    "Wendell Xanthe Yannick Zelda Abelard Brisa Cormac Dagny".split()
)
LAST = tuple(
    "Farthingale Osei-Mensah Kestrelford Vantongeren Mallowby Quenneville Ruskward Tiernan-Booth "  # noqa: SIM905
    "Ashcombe Bellweather Castellvi Drummondsey Eskelund Fairbairn-Oyo Grimsdottir Hollowell "
    "Iwuchukwu Jessamine Kovalenko-Ray Lockhart Morrowmere Nussbaumer Oakenshaw Penhaligon "
    "Quarterman Rainsford Sollazzo Thackeray-Ng Umberfield Vardanyan".split()
)
STREETS = (
    "Harbourgate Road",
    "Tilley Road",
    "Corliss Avenue",
    "Mill Street",
    "Fallow Park Crescent",
    "Northbank Parade",
    "Weaver's Yard",
    "Copperbeech Lane",
    "Sandling Walk",
    "Eastgate Rise",
)
DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    postal_code: str | None
    street: str
    number: int
    ward: int


@dataclass
class Build:
    """The seeded state every part draws from: the random stream, the names used, and the own
    sentences taken (nobody's own words repeat anyone else's)."""

    rng: random.Random
    names: list[tuple[str, str]] = field(default_factory=list)
    taken: dict[str, list[str]] = field(default_factory=dict)

    def person(self, anonymous_share: float = 0.0) -> Person:
        rng = self.rng
        street, number, ward = rng.choice(STREETS), rng.randint(2, 240), rng.randint(1, 9)
        if rng.random() < anonymous_share:
            return Person(rng.choice(ANONYMOUS_NAMES), None, None, street, number, ward)
        first, last = self.names.pop()
        email = None
        if rng.random() < 0.85:
            local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{number}"))
            email = f"{local.lower().replace(' ', '')}@{rng.choice(DOMAINS)}"
        postal = None
        if rng.random() < 0.5:
            letters = "".join(rng.choice("ABDEHJLNPRTWXY") for _ in range(2))
            postal = f"VM{ward} {rng.randint(1, 9)}{letters}"
        return Person(f"{first} {last}", email, postal, street, number, ward)

    def own(self, item: str, count: int = 1) -> str:
        """``count`` own sentences on ``item``, none said by anyone else."""
        return " ".join(self.taken[item].pop() for _ in range(count))


def phone(rng: random.Random) -> str:
    return f"555-01{rng.randint(0, 99):02d}"


def anonymous(who: Person) -> bool:
    return who.name in ANONYMOUS_NAMES


# ----------------------------------------------------------------- own words

# Own sentences are a subject, a happening and a tail, each triple used once: the words recur
# across senders (as people on one street do), the sentences never do.
OWN_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    TRANSIT: (
        (
            "My mother, who stopped driving at eighty,",
            "The night cleaner who rents our basement",
            "Half the people at my dialysis unit",
            "My son with his wheelchair",
            "Our neighbour on the third floor",
            "The choir I sing with in Harbourgate",
            "Every pharmacist at the Eastgate clinic I have spoken to",
            "My wife and I",
            "The kids from the Weaver's Yard estate",
            "A volunteer I drive with at the food bank",
            "My landlady, who is blind,",
            "The two carers who visit my father",
        ),
        (
            "rode the 12 to every appointment",
            "waited at the Mill Street shelter in the rain",
            "would need a taxi nobody here can afford",
            "walked twenty minutes to the nearest stop",
            "lost a job once because the bus never came",
            "counted on the last evening bus",
            "could not manage the hill up from the crosstown line",
            "had no other way to reach the clinics",
            "gave up the car when the fares were lowered",
            "planned the whole week around the timetable",
            "got stranded at the Harbourgate terminus",
            "missed a hospital appointment on the old 14",
            "met half the neighbourhood at the back of that bus",
            "used the 12 to get to night school",
        ),
        (
            "every Tuesday and Thursday.",
            "since the plant on Tilley Road closed.",
            "and nobody from the transit office ever asked us.",
            "even in the middle of winter.",
            "with two bags of shopping.",
            "as long as I can remember.",
            "and that is not a small thing at our age.",
            "while the new crosstown line runs half empty past our street.",
            "before dawn.",
            "last February.",
            "the week the lifts broke.",
            "because the tram never reached Eastgate.",
            "twice a day.",
            "after the surgery on her hip.",
            "on the late shift.",
            "when the snow came.",
            "on pension day.",
            "without complaining once.",
        ),
    ),
    LIBRARY: (
        (
            "My twins",
            "The retired teacher next door",
            "Our book club of eleven women",
            "A boy I tutor from Northbank",
            "My husband, who is learning English,",
            "The nurses on my ward",
            "Half of my daughter's class",
            "I",
            "My grandfather",
            "The refugee family we sponsor",
        ),
        (
            "did homework at the Tilley Road branch",
            "used the public computers for job applications",
            "borrowed large-print books there",
            "came for the Saturday story hour",
            "printed boarding passes and benefit forms",
            "sat in the reading room because it was warm",
            "could only get there after seven in the evening",
            "learned to read in that building",
        ),
        (
            "on Sunday afternoons.",
            "because we have no internet at home.",
            "after their shift ends.",
            "when the heating at home is off.",
            "more than any other place in this city.",
            "and the staff there know them by name.",
            "before the kiosks arrived.",
            "twice a week.",
            "all through the lockdown winters.",
            "in the school holidays.",
            "until the cuts last spring.",
            "with a library card from 1979.",
        ),
    ),
    TREES: (
        (
            "My neighbour across the landing",
            "Every family on our stretch of Corliss Avenue",
            "My allergist",
            "The baker on the corner",
            "My asthmatic son",
            "My late father, who planted two of them,",
            "The postman",
            "Our children",
            "The woman who runs the bike repair stall",
            "Our lodger from Lisbon",
        ),
        (
            "slept with the windows open only because of that shade",
            "could see nothing green from the third floor but those crowns",
            "would lose the last bit of shade on the walk home",
            "told me the avenue is hotter than anywhere else in town",
            "grew up with those branches overhead",
            "counted on the trees to keep down the dust from the lorries",
            "walked to school under those branches",
            "saw the heat island map from the university",
        ),
        (
            "in July and August.",
            "and no sapling will replace that for thirty years.",
            "when the lorries idle at the lights.",
            "which is why I am writing at all.",
            "and four lanes of traffic will not make anyone's trip shorter.",
            "during every heatwave we have had.",
            "for as long as we have lived here.",
            "last summer.",
            "every single morning.",
            "when the sirens go past at night.",
            "since the council planted the first row.",
            "before the consultation even opened.",
        ),
    ),
    PARKING: (
        (
            "My elderly aunt",
            "The physiotherapist who visits us",
            "Our two nurses on night shifts",
            "Weekend football parents",
            "I",
            "The church on Fallow Park Crescent",
        ),
        (
            "cannot find a space near the door",
            "would need a visitor permit every single time",
            "parked on the grass verge instead",
            "circled the block for half an hour",
            "gave up visiting on Saturdays",
        ),
        (
            "on match days.",
            "when the park hosts a festival.",
            "and the fines keep coming.",
            "which nobody on the council seems to notice.",
        ),
    ),
}
OWN_PT = (
    (
        "A minha mãe",
        "O meu vizinho do rés-do-chão",
        "O senhor da mercearia",
        "A minha filha",
        "A enfermeira do meu pai",
    ),
    (
        "apanha o 12 para ir ao centro de saúde",
        "espera no abrigo da Mill Street",
        "não tem carro nem dinheiro para táxis",
        "trabalha em Harbourgate",
        "usa cadeira de rodas",
    ),
    ("todas as semanas.", "há mais de dez anos.", "mesmo no inverno.", "e não há outra linha."),
)
# A sender's own demand, added to a list: an ask, a thing, and when, each triple used once.
OWN_DEMANDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    TRANSIT: (
        ("Put back", "Add", "Keep", "Pay for", "Light"),
        (
            "a shelter with a bench at the Mill Street stop",
            "the Sunday service to Eastgate",
            "a late bus after the hospital shift change",
            "step-free boarding at Harbourgate",
            "printed timetables at every stop",
        ),
        ("this winter", "before the redesign starts", "in the 2027 budget", "for good"),
    ),
    LIBRARY: (
        ("Bring back", "Fund", "Keep", "Staff", "Open"),
        (
            "the toddler rhyme time at Northbank",
            "the Tilley Road study room",
            "the free printing for job seekers",
            "the mobile library stop at Weaver's Yard",
            "the adult literacy evenings",
        ),
        ("on Saturdays", "all year round", "in the school holidays", "from next spring"),
    ),
}
HEAVY_WORDS = 20  # a heavy copy's rewritten middle holds at least this many of the sender's words


def own_bank(rng: random.Random) -> dict[str, list[str]]:
    """Every own sentence of an item, shuffled; Portuguese ones under ``"pt"``."""
    bank: dict[str, list[str]] = {}
    for item, (subjects, middles, tails) in (*OWN_PARTS.items(), ("pt", OWN_PT)):
        sentences = [f"{a} {b} {c}" for a, b, c in product(subjects, middles, tails)]
        rng.shuffle(sentences)
        bank[item] = sentences
    for item, (asks, things, whens) in OWN_DEMANDS.items():
        demands = [f"{a} {t} {w}." for a, t, w in product(asks, things, whens)]
        rng.shuffle(demands)
        bank[f"{item}-demand"] = demands
    return bank


# ----------------------------------------------------------------- letters


@dataclass(frozen=True)
class Letter:
    """A template: an opening, middle paragraphs of sentences, an optional list of demands,
    and a closing; with the rewordings, merges and splits its senders make of it."""

    opening: str
    middle: tuple[tuple[str, ...], ...]
    closing: str
    demands_intro: str = ""
    demands: tuple[str, ...] = ()
    reworded: dict[str, str] = field(default_factory=dict)
    merged: tuple[tuple[str, str, str], ...] = ()  # first, second, the two as one sentence
    split: dict[str, tuple[str, str]] = field(default_factory=dict)

    def sentences(self) -> tuple[str, ...]:
        return (self.opening, *[s for p in self.middle for s in p], *self.demands, self.closing)

    def variants(self) -> tuple[str, ...]:
        """Every sentence a copy may carry of the template, as written or as edited."""
        found = [*self.sentences(), *self.reworded.values(), *(m for _, _, m in self.merged)]
        for first, second in self.split.values():
            found += [first, second]
        return tuple(found)


RIDERS = Letter(
    opening="I am a Route 12 rider and I ask the Council to reject the bus network redesign in "
    "Item 4 as long as it deletes Route 12 between Harbourgate and Eastgate.",
    middle=(
        (
            "Route 12 is the only bus that stops at both the Eastgate clinics and the Mill Street "
            "food bank.",
            "Removing it would turn a twenty-minute ride into two transfers and a long walk "
            "uphill.",
        ),
        (
            "A network that looks efficient on a map can still leave older riders and people "
            "with disabilities stranded at home.",
            "The crosstown lines would be frequent, but they would be frequent for somebody else.",
        ),
    ),
    demands_intro="Before any vote, the riders of Vessmoor ask for four things:",
    demands=(
        "Keep Route 12 running at least every 20 minutes on weekdays.",
        "Hold a public hearing in Eastgate, in the evening, before the redesign is adopted.",
        "Publish the ridership counts behind the redesign, stop by stop.",
        "Guarantee a stop within 400 metres of every clinic on the current route.",
    ),
    closing="Please send the redesign back to staff until Route 12 is restored.",
    reworded={
        "Removing it would turn a twenty-minute ride into two transfers and a long walk "
        "uphill.": "Without it, a twenty-minute trip becomes two changes and a steep climb on "
        "foot.",
        "A network that looks efficient on a map can still leave older riders and people with "
        "disabilities stranded at home.": "A map can look efficient while older and disabled "
        "riders are left stuck at home.",
        "The crosstown lines would be frequent, but they would be frequent for somebody "
        "else.": "The new crosstown buses may come often, just not for the people who ride the 12.",
    },
    merged=(
        (
            "Route 12 is the only bus that stops at both the Eastgate clinics and the Mill Street "
            "food bank.",
            "Removing it would turn a twenty-minute ride into two transfers and a long walk "
            "uphill.",
            "Route 12 is the only bus that stops at both the Eastgate clinics and the Mill Street "
            "food bank, so removing it would turn a twenty-minute ride into two transfers and a "
            "long walk uphill.",
        ),
    ),
    split={
        "I am a Route 12 rider and I ask the Council to reject the bus network redesign in Item "
        "4 as long as it deletes Route 12 between Harbourgate and Eastgate.": (
            "I am a Route 12 rider.",
            "I ask the Council to reject the bus network redesign in Item 4 as long as it "
            "deletes Route 12 between Harbourgate and Eastgate.",
        ),
    },
)
RIDERS_PT = Letter(
    opening="Sou passageiro da linha 12 e peço à Câmara que rejeite a reorganização da rede de "
    "autocarros do ponto 4 enquanto ela suprimir a linha 12 entre Harbourgate e Eastgate.",
    middle=(
        (
            "A linha 12 é o único autocarro que pára nas clínicas de Eastgate e no banco "
            "alimentar da Mill Street.",
            "Sem ela, uma viagem de vinte minutos passa a ter dois transbordos e uma longa "
            "subida a pé.",
        ),
        (
            "Uma rede que parece eficiente no mapa pode deixar em casa os mais velhos e as "
            "pessoas com deficiência.",
        ),
    ),
    demands_intro="Antes de votarem, pedimos quatro coisas:",
    demands=(
        "Manter a linha 12 pelo menos de 20 em 20 minutos nos dias úteis.",
        "Realizar uma audiência pública em Eastgate, à noite, antes da aprovação.",
        "Publicar as contagens de passageiros de cada paragem.",
        "Garantir uma paragem a menos de 400 metros de cada clínica do percurso actual.",
    ),
    closing="Por favor, devolvam a proposta aos serviços até a linha 12 ser reposta.",
)
MERCHANTS = Letter(
    opening="The Eastgate Merchants' Association asks the Council to amend Item 4 so that the "
    "Eastgate market keeps a direct bus to Harbourgate.",
    middle=(
        (
            "Our forty member shops depend on customers who arrive by bus, many of them on Route "
            "12.",
            "We welcome the frequent crosstown lines, but not at the cost of the only direct link "
            "between the market and the harbour.",
        ),
        (
            "A public hearing in Eastgate would let traders and riders show staff where the "
            "customers actually come from.",
        ),
    ),
    closing="We ask you to adopt the redesign only with a direct Eastgate to Harbourgate service "
    "in it.",
)
FRIENDS = Letter(
    opening="The Friends of the Vessmoor Library ask the Council to restore branch hours in Item "
    "9 before the 2027 budget is adopted.",
    middle=(
        ("A library that is closed whenever people are off work is not open to working families.",),
    ),
    demands_intro="We ask you to:",
    demands=(
        "Reopen the Northbank and Tilley Road branches on Sundays.",
        "Keep every branch open until eight in the evening on at least two weekdays.",
        "Fund the homework help desk for the whole school year.",
        "Stop replacing branch staff with self-checkout kiosks.",
    ),
    closing="Restoring the hours costs less than one percent of the library budget and keeps the "
    "branches open to the people who need them most.",
)
NEIGHBOURS = Letter(
    opening="We live on the east side of Corliss Avenue and we ask the Council to vote against "
    "the widening in Item 13 as proposed.",
    middle=(
        (
            "The 41 plane trees on our side are the only shade on a road that is already the "
            "hottest in Vessmoor.",
            "Staff's own report says the widening saves drivers less than a minute at peak hour.",
            "Replacement saplings would take thirty years to give the shade we have today.",
        ),
        (
            "A design that keeps two lanes, adds a bus lane and keeps the trees was shown at the "
            "2025 workshop and never costed.",
        ),
    ),
    closing="Please cost the tree-saving design before you decide.",
)
PARKING_LETTER = Letter(
    opening="Please approve the Fallow Park permit zone in Item 17, with free visitor permits "
    "for carers.",
    middle=(
        (
            "On match days and festival weekends residents cannot park within three streets of "
            "their homes.",
        ),
    ),
    closing="Carers and nurses must not pay to visit the people they look after.",
)
PETITION = (
    "Save the Corliss Avenue plane trees. Widen the road, if you must, without cutting down the "
    "41 trees on its east side."
)
LETTERHEAD = (
    "Eastgate Merchants' Association\n14 Market Row, Eastgate, Vessmoor VM4 2EA\n"
    "info@eastgatemerchants.example.org"
)

# ----------------------------------------------------------------- what surrounds a copy

SALUTATIONS = (
    "Dear Mayor Ferreday and members of the Council,",
    "Dear Councillors,",
    "To the Vessmoor City Council,",
    "Hello Council,",
    "Good morning,",
    "Dear Chair and Committee,",
    "To whom it may concern:",
    "Councillors -",
)
SALUTATIONS_PT = ("Exmos. Senhores Vereadores,", "Bom dia,", "Caros membros da Câmara,")
SIGN_OFFS = (
    "Yours faithfully,\n{name}",
    "With thanks,\n{name}",
    "Kind regards\n{name}",
    "All the best, {name}",
    "Cheers,\n{name}",
    "Respectfully submitted,\n{name}",
    "{name}",
    "Thanks!\n-- \n{name}",
)
SIGN_OFFS_PT = (
    "Com os melhores cumprimentos,\n{name}",
    "Obrigado,\n{name}",
    "Atenciosamente, {name}",
)
SIGNATURE_BLOCKS = (
    "{name}\nChair, Eastgate Tenants' Council\n{number} {street}\nVessmoor",
    "{name}, RN\nCharge Nurse, Eastgate Community Clinic\nTel. {phone}",
    "{name}\nSecretary | Harbourgate Residents' Association\n{number} {street}, Vessmoor\n{phone}",
    "Dr {name}\nGeneral Practitioner\nMill Street Surgery, {number} {street}",
    "{name}\nVolunteer Coordinator\nVessmoor Community Food Bank\nmobile {phone}",
    "Rev. {name}\nSt Anselm's, {street}\n{phone}",
)
FILL_INS = (
    "Resident: {name} | Ward {ward} | {years} years on {street}",
    "{name}, {number} {street}, Ward {ward}",
    "Household of {household}, {number} {street}. Tel. {phone}",
    "Submitted by: {name}\nStreet: {number} {street}\nPhone: {phone}",
    "I'm {name} from Ward {ward}; my household is {household} people.",
    "Name / address / phone: {name} / {number} {street} / {phone}",
    "Ward {ward} voter, {street}, here for {years} years.",
    "{name} (Ward {ward}, {household} in household, tel {phone})",
)
GLUED_FILL_INS = (
    "My name is {name}, and I live on {street} in Ward {ward}.",
    "I am {name} of {number} {street}.",
    "This is {name}, Ward {ward}.",
)
FILL_INS_PT = ("Nome: {name}\nMorada: {number} {street}", "Chamo-me {name} e moro na {street}.")
PLACEHOLDERS = (
    "[Tell the Council which stop you use]",
    "<<YOUR STORY HERE>>",
    "[first name] [last name], [ward]",
    "(add your own demand here)",
)
INSTRUCTIONS = (
    "Edit the message below if you wish, then press Send:",
    "** Please personalise this letter, councillors read the personal ones first **",
    "Copy everything between the lines.",
)
FORWARD_HEADERS = (
    "---------- Forwarded message ---------\nFrom: {org} <{org_mail}>\n"
    "Date: Mon, 30 Nov 2026 at 18:02\nSubject: {subject}\nTo: {to}",
    "-----Original Message-----\nFrom: {org} <{org_mail}>\nSent: Tuesday, December 1, 2026 "
    "7:45 AM\nSubject: FW: {subject}",
    "Begin forwarded message:\n\nFrom: {org} <{org_mail}>\nSubject: {subject}",
)
QUOTE_HEADERS = ("On Mon, Nov 30, 2026 at 6:02 PM {org} <{org_mail}> wrote:",)
FOOTERS = (
    "Sent from my iPhone",
    "Get Outlook for Android",
    "Sent from my Galaxy",
    "Sent via mobile",
)


@dataclass
class Copy:
    """One sender's copy being assembled: its blocks, and which of them are their own."""

    blocks: list[str] = field(default_factory=list)
    own: list[str] = field(default_factory=list)

    def add(self, text: str, own: bool = False) -> None:
        self.blocks.append(text)
        if own:
            self.own.append(text)


def fill(template: str, who: Person, rng: random.Random) -> str:
    return template.format(
        name=who.name,
        street=who.street,
        number=who.number,
        ward=who.ward,
        years=rng.randint(2, 41),
        household=rng.randint(1, 7),
        phone=phone(rng),
    )


def sign(b: Build, who: Person, offs: tuple[str, ...] = SIGN_OFFS) -> str:
    if anonymous(who):
        return b.rng.choice(("Thank you.", "A Vessmoor resident", "Regards", ""))
    if b.rng.random() < 0.25:
        return b.rng.choice(("Best,\n", "Sincerely,\n")) + fill(
            b.rng.choice(SIGNATURE_BLOCKS), who, b.rng
        )
    return fill(b.rng.choice(offs), who, b.rng)


def demand_list(b: Build, letter: Letter, extra: list[str], numbered: bool) -> str:
    """The list of demands, maybe reordered or re-marked, with the sender's own items last."""
    items = list(letter.demands)
    if b.rng.random() < 0.25:
        b.rng.shuffle(items)
    items += extra
    mark = b.rng.choice(("- ", "* ", "• ")) if not numbered else ""
    lines = [
        f"{n}. {text}" if numbered else f"{mark}{text}" for n, text in enumerate(items, start=1)
    ]
    if numbered and b.rng.random() < 0.3:
        lines = [f"({n}) {text}" for n, text in enumerate(items, start=1)]
    return letter.demands_intro + "\n" + "\n".join(lines)


def edited_paragraphs(b: Build, letter: Letter) -> list[str]:
    """The template's middle paragraphs as one copy carries them: maybe reworded, merged, split,
    or in another order."""
    rng = b.rng
    paragraphs = [list(p) for p in letter.middle]
    if letter.reworded and rng.random() < 0.25:
        target = rng.choice(list(letter.reworded))
        paragraphs = [
            [letter.reworded.get(s, s) if s == target else s for s in p] for p in paragraphs
        ]
    if letter.merged and rng.random() < 0.2:
        first, second, merged = rng.choice(letter.merged)
        for p in paragraphs:
            if first in p and second in p:
                at = p.index(first)
                p[at : at + 2] = [merged]
    if len(paragraphs) > 1 and rng.random() < 0.4:
        rng.shuffle(paragraphs)
    return [" ".join(p) for p in paragraphs]


def opening(b: Build, letter: Letter) -> str:
    if letter.opening in letter.split and b.rng.random() < 0.2:
        return " ".join(letter.split[letter.opening])
    return letter.opening


def letter_copy(
    b: Build, letter: Letter, item: str, who: Person, heavy: bool = False, language: str = ""
) -> Copy:
    """A member's copy: a greeting, the template with the sender's own paragraphs wherever they
    put them, fill-ins, and a sign-off."""
    rng, bank = b.rng, language or item
    copy = Copy()
    if rng.random() < 0.08 and not language:
        copy.add(rng.choice(INSTRUCTIONS))
    if rng.random() < 0.75:
        copy.add(rng.choice(SALUTATIONS_PT if language else SALUTATIONS))
    if rng.random() < 0.15 and not anonymous(who) and not language:
        glued = fill(rng.choice(GLUED_FILL_INS), who, rng)
        own = b.own(bank, rng.randint(1, 2))
        copy.blocks.append(f"{glued} {own}")
        copy.own.append(own)
    elif rng.random() < 0.3:
        copy.add(b.own(bank, rng.randint(1, 3)), own=True)
    copy.add(opening(b, letter))
    middle = edited_paragraphs(b, letter)
    if heavy:
        kept = [s for p in letter.middle for s in p]
        keep = rng.sample(kept, min(len(kept) - 2, rng.randint(2, 3)))
        rewritten = b.own(bank, 3)
        copy.add(" ".join(keep))
        copy.add(rewritten, own=True)
        middle = []
    extra = []
    if letter.demands and not heavy and not language and rng.random() < 0.25:
        extra = [b.own(f"{item}-demand") for _ in range(rng.randint(1, 2))]
    for paragraph in middle:
        copy.add(paragraph)
        if rng.random() < 0.18:
            copy.add(b.own(bank, rng.randint(1, 2)), own=True)
    if letter.demands and not heavy:
        copy.blocks.append(demand_list(b, letter, extra, numbered=letter is not FRIENDS))
        copy.own.extend(extra)
        if rng.random() < 0.1 and not language:
            copy.add(rng.choice(PLACEHOLDERS))
    if rng.random() < 0.15:
        copy.add(b.own(bank, rng.randint(2, 4)), own=True)
        if rng.random() < 0.5:
            copy.add(b.own(bank, rng.randint(1, 3)), own=True)
    copy.add(letter.closing)
    if rng.random() < 0.35 and not anonymous(who):
        copy.add(fill(rng.choice(FILL_INS_PT if language else FILL_INS), who, rng))
    copy.add(sign(b, who, SIGN_OFFS_PT if language else SIGN_OFFS))
    return copy


def half_copy(b: Build, letter: Letter, item: str, who: Person) -> Copy:
    """A heavy copy that quotes only the letter's first half, after the sender's own words."""
    copy = Copy()
    copy.add(b.own(item, b.rng.randint(2, 3)), own=True)
    copy.add(letter.opening)
    copy.add(" ".join(letter.middle[0]))
    copy.add(b.own(item, b.rng.randint(1, 2)), own=True)
    copy.add(sign(b, who))
    return copy


def forwarded(
    b: Build, item: str, copy: Copy, who: Person, org: str, org_mail: str, subject: str
) -> str:
    """The copy as an e-mail forward: a forward header, or the letter quoted under "wrote:"
    (the sender's own words above it), or a phone footer."""
    rng = b.rng
    to = who.email or "me@example.net"
    kind = rng.choice(("forward", "quote", "quote", "footer"))
    if kind == "quote" and all(text in copy.blocks for text in copy.own):
        template = [t for t in copy.blocks if t not in copy.own]
        if not copy.own:
            copy.own.append(b.own(item, rng.randint(1, 2)))
        quoted = "\n>\n".join("\n".join("> " + line for line in t.split("\n")) for t in template)
        header = rng.choice(QUOTE_HEADERS).format(org=org, org_mail=org_mail)
        return "\n\n".join([*copy.own, header, quoted])
    body = "\n\n".join(copy.blocks)
    if kind == "forward":
        header = rng.choice(FORWARD_HEADERS).format(
            org=org, org_mail=org_mail, subject=subject, to=to
        )
        return f"{header}\n\n{body}"
    return f"{body}\n\n{rng.choice(FOOTERS)}"


def row_of(item: str, body: str, who: Person, campaign: str, copy: Copy, heavy: bool) -> Row:
    return Row(
        item=item,
        body=body,
        who=who,
        campaign=campaign,
        tier="heavy" if heavy else "core",
        personal="\n\n".join(copy.own),
    )


def join(b: Build, copy: Copy) -> str:
    """Blocks joined by blank lines, now and then by single line breaks."""
    sep = "\n" if b.rng.random() < 0.15 else "\n\n"
    return sep.join(block for block in copy.blocks if block)


def riders(b: Build) -> list[Row]:
    rng, rows = b.rng, []
    count, heavy_total = COPIES["route12-riders"], HEAVY["route12-riders"]
    heavy_at = set(rng.sample(range(1, count), heavy_total))
    half_at = set(rng.sample(sorted(heavy_at), HALF_COPIES))
    for n in range(count):
        who = b.person(anonymous_share=0.08)
        heavy = n in heavy_at
        if n in half_at:
            copy = half_copy(b, RIDERS, TRANSIT, who)
        else:
            copy = letter_copy(b, RIDERS, TRANSIT, who, heavy=heavy)
        body = join(b, copy)
        if not heavy and rng.random() < 0.22:
            body = forwarded(
                b, TRANSIT, copy, who, "Vessmoor Riders Union", "action@ridersunion.example.org",
                "Save Route 12 - send your letter today",
            )  # fmt: skip
        rows.append(row_of(TRANSIT, body, who, "route12-riders", copy, heavy))
    return rows


def portuguese(b: Build) -> list[Row]:
    rows = []
    for _ in range(COPIES["route12-pt"]):
        who = b.person(anonymous_share=0.1)
        copy = letter_copy(b, RIDERS_PT, TRANSIT, who, language="pt")
        rows.append(row_of(TRANSIT, join(b, copy), who, "route12-pt", copy, False))
    return rows


def merchants(b: Build) -> list[Row]:
    rows = []
    for _ in range(COPIES["route12-merchants"]):
        who = b.person()
        copy = letter_copy(b, MERCHANTS, TRANSIT, who)
        if b.rng.random() < 0.6:
            copy.blocks.insert(0, LETTERHEAD)
        shop = b.rng.choice(("Owner", "Manager", "Co-owner", "Proprietor"))
        trade = b.rng.choice(("Hardware", "Bakery", "Florist", "Tailoring", "Books", "Deli"))
        copy.blocks[-1] = f"{copy.blocks[-1]}\n{shop}, {who.street.split()[0]} {trade}"
        rows.append(row_of(TRANSIT, join(b, copy), who, "route12-merchants", copy, False))
    return rows


def friends(b: Build) -> list[Row]:
    rows = []
    for _ in range(COPIES["library-friends"]):
        who = b.person(anonymous_share=0.06)
        copy = letter_copy(b, FRIENDS, LIBRARY, who)
        rows.append(row_of(LIBRARY, join(b, copy), who, "library-friends", copy, False))
    return rows


def neighbours(b: Build) -> list[Row]:
    """Its first copy is a long letter, mostly the sender's own, with the template inside."""
    rng, rows = b.rng, []
    count = COPIES["trees-neighbours"]
    heavy_at = set(rng.sample(range(1, count), HEAVY["trees-neighbours"]))
    for n in range(count):
        who = b.person(anonymous_share=0.05 if n else 0.0)
        if n == 0:
            copy = Copy()
            copy.add("Dear Councillors,")
            for _ in range(4):
                copy.add(b.own(TREES, 4), own=True)
            copy.add(NEIGHBOURS.opening)
            copy.add(" ".join(NEIGHBOURS.middle[0]))
            for _ in range(3):
                copy.add(b.own(TREES, 4), own=True)
            copy.add(" ".join(NEIGHBOURS.middle[1]))
            copy.add(NEIGHBOURS.closing)
            copy.add(fill(SIGNATURE_BLOCKS[2], who, rng))
        else:
            copy = letter_copy(b, NEIGHBOURS, TREES, who, heavy=n in heavy_at)
        rows.append(row_of(TREES, join(b, copy), who, "trees-neighbours", copy, n in heavy_at))
    return rows


def petition(b: Build) -> list[Row]:
    rng, rows = b.rng, []
    for _ in range(COPIES["trees-petition"]):
        who = b.person(anonymous_share=0.4)
        copy = Copy()
        text = PETITION if rng.random() < 0.85 else PETITION.upper()
        copy.add(text)
        if rng.random() < 0.2:
            copy.add(b.own(TREES), own=True)
        if not anonymous(who) and rng.random() < 0.5:
            copy.add(rng.choice(("- " + who.name, who.name, f"{who.name}, {who.street}")))
        body = join(b, copy)
        if rng.random() < 0.12:
            body = forwarded(
                b, TREES, copy, who, "Trees for Corliss", "petition@treesforcorliss.example.net",
                "Sign: save the Corliss Avenue plane trees",
            )  # fmt: skip
        rows.append(row_of(TREES, body, who, "trees-petition", copy, False))
    return rows


def parking(b: Build) -> list[Row]:
    rows = []
    for _ in range(COPIES["parking-four"]):
        who = b.person()
        copy = letter_copy(b, PARKING_LETTER, PARKING, who)
        rows.append(row_of(PARKING, join(b, copy), who, "parking-four", copy, False))
    return rows


# ----------------------------------------------------------------- spun mail-merge

# Each sentence: a frame with two slots, eight phrasings for each. The first sentence leads, the
# last ends, the three between come in any order; a copy takes a pair no other copy took.
SPUN: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "{0} the Sunday closures {1}.",
        (
            "I am asking you to drop",
            "Please strike out",
            "I urge the Council to reverse",
            "Do not go ahead with",
            "I want you to scrap",
            "Kindly withdraw",
            "I strongly object to",
            "Vote no on",
        ),
        (
            "in the library budget",
            "proposed for our branch libraries",
            "in Item 9",
            "in next year's library plan",
            "that staff have recommended",
            "written into the 2027 budget",
            "for Northbank and Tilley Road",
            "buried in the budget papers",
        ),
    ),
    (
        "{0} {1} when the branches shut at six.",
        (
            "Working parents lose",
            "Shift workers are cut off from",
            "Students lose",
            "People with two jobs lose",
            "Families on late shifts miss",
            "Commuters miss",
            "Adult learners lose",
            "Anyone working nine to five loses",
        ),
        (
            "their only quiet place to study",
            "the free computers and printers",
            "the evening homework club",
            "access to the reading rooms",
            "the chance to borrow anything at all",
            "a warm room with free wifi",
            "the evening language classes",
            "the help of trained staff",
        ),
    ),
    (
        "{0} costs {1} than a single road resurfacing contract.",
        (
            "Keeping the current hours",
            "A full year of Sunday opening",
            "Staying open until eight",
            "Keeping the branches staffed",
            "The whole savings target",
            "Opening on Sundays",
            "Funding the evening hours",
            "Restoring the old timetable",
        ),
        (
            "less",
            "far less",
            "a good deal less",
            "much less",
            "a fraction less",
            "noticeably less",
            "considerably less",
            "rather less",
        ),
    ),
    (
        "{0} are not a substitute for {1}.",
        (
            "Self-service kiosks",
            "Automated return machines",
            "Online catalogues",
            "E-book apps",
            "Unstaffed opening hours",
            "Digital lending",
            "Touch screens in the lobby",
            "Drop boxes",
        ),
        (
            "a librarian who knows the neighbourhood",
            "real staff on the floor",
            "people who can help you fill in a form",
            "someone who can find the right book",
            "the help desk",
            "trained library workers",
            "a person at the counter",
            "staff who run the children's sessions",
        ),
    ),
    (
        "{0} and {1}.",
        (
            "Restore the hours",
            "Keep our libraries open in the evenings",
            "Put the Sunday hours back",
            "Fund the branches properly",
            "Protect the library timetable",
            "Keep the doors open",
            "Save the evening and Sunday hours",
            "Reverse the cuts to opening hours",
        ),
        (
            "find the money elsewhere in the budget",
            "look again at the road budget",
            "let the branches serve everyone",
            "listen to the people who use them",
            "make the libraries a priority",
            "show that this city values reading",
            "keep faith with our children",
            "do not balance the budget on the libraries",
        ),
    ),
)
CONNECTIVES = ("", "", "", "Also, ", "And ", "Frankly, ", "Remember: ")


def spun_sentence(frame: str, first: str, second: str, connective: str) -> str:
    text = frame.format(first, second)
    if connective:
        text = connective + text[0].lower() + text[1:]
    return text


def library_spun(b: Build) -> list[Row]:
    """Every copy takes its own pair of phrasings in every sentence: no whole sentence is shared."""
    rng, rows = b.rng, []
    count = COPIES["library-spun"]
    pairs = []
    for _, firsts, seconds in SPUN:
        combos = list(product(range(len(firsts)), range(len(seconds))))
        rng.shuffle(combos)
        pairs.append(combos[:count])
    for n in range(count):
        who = b.person(anonymous_share=0.1)
        said = []
        for s, (frame, firsts, seconds) in enumerate(SPUN):
            i, j = pairs[s][n]
            connective = rng.choice(CONNECTIVES) if 0 < s < len(SPUN) - 1 else ""
            said.append(spun_sentence(frame, firsts[i], seconds[j], connective))
        middle = said[1:-1]
        rng.shuffle(middle)
        said = [said[0], *middle, said[-1]]
        copy = Copy()
        if rng.random() < 0.5:
            copy.add(rng.choice(SALUTATIONS))
        copy.add(" ".join(said) if rng.random() < 0.6 else "\n".join(said))
        if rng.random() < 0.35:
            copy.add(b.own(LIBRARY, rng.randint(1, 2)), own=True)
        copy.add(sign(b, who))
        rows.append(row_of(LIBRARY, join(b, copy), who, "library-spun", copy, False))
    return rows


# ----------------------------------------------------------------- residents, spam, repeats

RESIDENT_OPENERS = {
    TRANSIT: ("Route 12.", "On the bus redesign:", "", "Re item 4", "", "About the buses."),
    LIBRARY: ("Library hours.", "", "On Item 9 -", "Sunday hours:", ""),
    TREES: ("Corliss Avenue.", "", "Re the plane trees:", "Item 13", ""),
    PARKING: ("Permit zone.", "", "Fallow Park parking:"),
}
RESIDENT_SHARE = {TRANSIT: 40, LIBRARY: 30, TREES: 28, PARKING: 12}


def residents(b: Build) -> list[Row]:
    """Residents' own comments: own sentences nobody else sent, in the campaigns' vocabulary."""
    rng, rows = b.rng, []
    for item, count in RESIDENT_SHARE.items():
        for _ in range(count):
            who = b.person(anonymous_share=0.12)
            parts = [rng.choice(RESIDENT_OPENERS[item]), b.own(item, rng.randint(1, 4))]
            if rng.random() < 0.3:
                parts.append(b.own(item, rng.randint(1, 2)))
            if not anonymous(who) and rng.random() < 0.5:
                parts.append(who.name)
            body = "\n\n".join(p for p in parts if p)
            rows.append(Row(item=item, body=body, who=who))
    return rows


SPAM = (
    "win win win win win win win win win win win win win win win win",
    "https://promo.example.net/a https://promo.example.net/b https://promo.example.net/c",
    "Rank #1 on Google in 7 days! Our SEO team builds 5000 backlinks for your website. "
    "https://seo-rocket.example.com/offer",
    "Jetzt Bitcoin kaufen und in einer Woche verdoppeln! Nur heute: https://krypto.example.org",
    "澳门线上娱乐城，注册即送888元，24小时在线 http://yule.example.net",  # noqa: RUF001
    "Empréstimo aprovado na hora, sem consulta ao SPC! Ligue 555-0142 ou escreva para "
    "credito@example.com",
    "xqzv blorp wtrnk plzmq vvkrt zzqpl mnbvx qwrtz lkjhg",
    "Pharmacie en ligne sans ordonnance, -70% sur tout le catalogue: http://pharma.example.org",
    "今すぐ登録して無料ボーナスを受け取ろう！ http://bonus.example.com/jp",  # noqa: RUF001
    "Canlı bahis ve casino, %200 hoş geldin bonusu! https://bahis.example.net",  # noqa: RUF001
    "Need a date tonight? Lonely girls near Vessmoor are waiting >>> http://meet.example.com",
    "Work from home and earn $4,000 weekly!!! WhatsApp 555-0177 or mail jobs@example.org now",
)


def spam(b: Build) -> list[Row]:
    items = [key for key, _ in ITEMS]
    return [Row(item=b.rng.choice(items), body=text, who=b.person(), spam=True) for text in SPAM]


def resubmit(b: Build, stream: list[Row], count: int) -> None:
    """Some named senders post again: same e-mail, same words (sometimes re-spaced)."""
    candidates = [n for n, r in enumerate(stream) if r.who.email and not r.spam]
    for at in sorted(b.rng.sample(candidates, count), reverse=True):
        row = stream[at]
        body = row.body if b.rng.random() < 0.6 else row.body.replace("\n\n", "\n\n\n")
        again = Row(
            item=row.item,
            body=body,
            who=row.who,
            campaign=row.campaign,
            tier=row.tier,
            personal=row.personal,
            duplicate=True,
        )
        stream.insert(b.rng.randint(at + 1, len(stream)), again)


def interleave(rng: random.Random, streams: list[list[Row]]) -> list[Row]:
    """Merge the streams in a random order that keeps each stream's own order."""
    order = [n for n, s in enumerate(streams) for _ in s]
    rng.shuffle(order)
    iterators = [iter(s) for s in streams]
    return [next(iterators[n]) for n in order]


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus in arrival order, one dict per comment (``Row.as_dict``)."""
    rng = random.Random(seed)
    names = list(product(FIRST, LAST))
    rng.shuffle(names)
    b = Build(rng=rng, names=names, taken=own_bank(rng))
    streams = [
        neighbours(b),
        riders(b),
        portuguese(b),
        merchants(b),
        friends(b),
        library_spun(b),
        petition(b),
        parking(b),
        residents(b),
        spam(b),
    ]
    stream = interleave(rng, streams)
    resubmit(b, stream, RESUBMISSIONS)
    return [row.as_dict() for row in stream]
