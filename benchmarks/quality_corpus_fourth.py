"""A fourth labelled corpus for ``labelling_quality.py`` (issue 14 item 7): ``generated-fourth``.

Written on 2026-12-03 (session 10) by a helper acting as an outsider: it read neither the
labelling engine (``intake/text``, ``intake/labelling``, ``intake/services``), its docs, nor the
other generators' phrasings, only the row format ``labelling_quality.py`` reads. Nobody tunes on
it: the lead runs the engine on it once, to report. Seed 1601, deterministic
(``generate(SEED)`` always gives the same rows).

What it holds, in arrival order, on three invented agenda items of the invented city of Port
Alder (counts are for seed 1601; ``CAMPAIGNS`` has every campaign's item and size):

* ``park-no-short`` (item 7, Kessler Park meadow): a one-line action-page campaign, "I urge you to
  vote no on item 7. Protect our parks.", 170 copies: exact, light edits, ALL CAPS, a sentence or
  two of the sender's own before or after, a first-name sign-off. Beside it, residents' own short
  comments on the same item that share its words but were written independently: they are unique.
* ``park-league-yes`` (item 7, the opposite position): 60 copies of a youth leagues' letter
  sent through an e-mail tool that prepends "Dear Council Members," and appends a signature
  block (name, street address, city, postal code, phone). The block is a fill-in: neither
  template nor personal text.
  Some copies carry HTML remnants or smart quotes; a few are heavy edits; one member sends the
  same message twice (a true duplicate: ``truth["duplicate"]``).
* ``delmar-support`` (item 12, Delmar Avenue bike lanes): 70 copies of a letter whose action page
  shuffles its paragraphs for every sender, personal paragraphs slipped between them.
* ``delmar-oppose`` (item 12, the opposite position): 55 copies of a merchants' letter forwarded:
  "-----Original Message-----" headers, Gmail "On ... wrote:" with "> " quoted lines, forwarded
  message blocks, "Sent from my iPhone", the association's instruction line above the letter
  (template, not personal). It shares whole sentences and frames ("Please vote yes/no on item
  12.") with ``delmar-support``; the two must never merge.
* ``counsel-en`` and ``counsel-es`` (item 15, tenants' right to counsel): the same letter in
  English (58 copies) and in Spanish (36). Truth: **two campaigns, one per language** (staff read
  them apart). The first ``counsel-en`` copy is a long personal story with the template at its
  end; ``LONG_STORIES`` puts other long paragraphs of a sender's own before, in the middle of or
  after a copy.

Every campaign has copies from anonymous senders ("Anonymous", "N/A", "Name withheld", "anon",
"-" and "." where the form's name field was left blank, since the API refuses an empty name, ...;
some with a postal code): each is a separate person. 77 comments (14%) are residents' own
(``campaign`` None, a few in Spanish, Vietnamese or Chinese), one of them sent twice by its author
(a true duplicate), and 17 (3%) are spam in several languages: 545 rows in all, 85 of them from
anonymous senders, 32 heavy edits.

Truth per row (``row["truth"]``): ``campaign`` (None for residents' own comments and spam),
``tier`` ("core": the template whole, perhaps reordered, retyped, lightly edited, re-cased, with
HTML remnants or quotes changed, with the sender's own paragraphs added; "heavy": the opening and
closing kept and the middle rewritten by the sender), ``spam``, ``personal`` (a copy's words the
sender wrote, "" when none: never the salutation, signature block, sign-off, forward headers or
"Sent from my iPhone"; None outside campaigns) and ``duplicate`` (the second copy of a message the
same person already sent; ``labelling_quality.py`` leaves it out of the clustering figures).
Contact data is fictional: e-mail at example.com, phones 555-01xx, links to example.com.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from corpus_row import Row

SEED = 1601
NAME = "generated-fourth"

PARK = "2026-02207"
DELMAR = "2026-02219"
COUNSEL = "2026-02236"
ITEMS = (
    (PARK, "Item 7: a lighted synthetic-turf sports complex on the east meadow of Kessler Park"),
    (
        DELMAR,
        "Item 12: protected bike lanes on Delmar Avenue and removal of 140 curbside parking spaces",
    ),
    (
        COUNSEL,
        "Item 15: a right to counsel for tenants facing eviction, and its first-year funding",
    ),
)
CAMPAIGNS: dict[str, tuple[str, int]] = {
    "park-no-short": (PARK, 170),
    "park-league-yes": (PARK, 60),
    "delmar-support": (DELMAR, 70),
    "delmar-oppose": (DELMAR, 55),
    "counsel-en": (COUNSEL, 58),
    "counsel-es": (COUNSEL, 36),
}
ANONYMOUS = (
    "Anonymous",
    "anonymous",
    "N/A",
    "n/a",
    "Name withheld",
    "anon",
    "-",
    ".",
    "Anonymous Anonymous",
    "Withheld",
)
CITY = "Port Alder"
POSTAL_CODES = ("95471", "95472", "95473", "95475", "95478")

# --------------------------------------------------------------------------- templates

SHORT = "I urge you to vote no on item 7. Protect our parks."
SHORT_EDITS = (
    "I urge you to vote NO on item 7. Protect our parks!",
    "i urge you to vote no on item 7. protect our parks",
    "I urge you to vote no on Item #7. Protect our parks.",
    "I urge you to vote no on item 7 - protect our parks",
    "I urge you too vote no on item 7. Protect our parks.",
    "I urge you to vote no on item 7.  Protect our parks!!",
    "I urge you to vote no on item seven. Protect our parks.",
    "I urge you to vote no on item 7. Protect our park.",
    "I urge you to vote no on item 7, protect our parks.",
    "Urge you to vote no on item 7. Protect our parks.",
)

LEAGUE = (
    "I am writing in support of item 7, the lighted sports complex at Kessler Park.",
    "Our youth soccer, lacrosse and flag football leagues turn away more than 600 children every "
    "season because there are not enough fields in Port Alder. Grass fields close for weeks after "
    'every storm, while a "synthetic" field can be played on the same afternoon.',
    "The lights would add three hours of play on winter evenings, when most working parents can "
    "finally bring their kids to practice. The design keeps the walking loop and the oak grove, "
    "and the fields would stay open to the public whenever no game is scheduled.",
    "Please approve the complex so that every kid in Port Alder has a place to play. It's "
    "the best use of the meadow we've seen in twenty years.",
)

SHARED_OPENING = "I am writing about the Delmar Avenue project, item 12 on your agenda."
SHARED_HEART = (
    "Delmar Avenue is the heart of our neighborhood, and what you decide will shape it for decades."
)
SHARED_CLOSING = "Thank you for taking the time to read my comment."
SUPPORT_INTRO = SHARED_OPENING + " Please vote yes on item 12."
SUPPORT_BODY = (
    "Three people on bikes have been hit on Delmar since January, and one of them was a "
    "fourteen-year-old on her way to school. Paint is not protection; a curb is.",
    "The shops on Delmar will not lose their customers. In city after city, people who arrive on "
    "foot or by bike visit more often and spend more each month than people who drive.",
    "The parking that goes away can be found in the Fulton Street garage, which sits half empty "
    "on most days and is a two-minute walk from every block of the project.",
    SHARED_HEART + " Please vote yes on item 12 and build the protected lanes this spring.",
)

OPPOSE = (
    SHARED_OPENING + " As the owner of a small business on Delmar, I am asking you to vote no.",
    "Removing 140 parking spaces will cut off the customers who keep our doors open, many of them "
    "seniors and families who cannot ride a bike to buy groceries or pick up a prescription. "
    "Delivery trucks would have to double park in the travel lane, which is more dangerous for "
    "everyone, not less.",
    "We support safer streets. We ask for a plan made with the businesses on Delmar instead of "
    "for them, such as the Fulton Street route the merchants proposed last spring.",
    SHARED_HEART + " Please vote no on item 12.",
)
OPPOSE_INSTRUCTION = (
    "Neighbors, please copy the letter below and send it to the council before Tuesday's meeting. "
    "It only takes a minute!"
)
MERCHANTS = "Delmar Avenue Merchants Association <action@delmar-merchants.example.com>"

COUNSEL_EN = (
    "Dear Mayor Okafor and Council Members,",
    "I support item 15, a right to counsel for tenants facing eviction.",
    "Almost every landlord in eviction court has a lawyer, and almost no tenant does. When "
    "tenants have a lawyer, most of them stay in their homes, and families avoid the shelters and "
    "motel rooms the city ends up paying for.",
    "Today a family can lose its home over a paperwork mistake or a late fee, in a hearing that "
    "lasts less than ten minutes.",
    "The $3.2 million in the first-year budget is less than what the city spends every year on "
    "emergency housing for families who were evicted.",
    "Please pass item 15 and fund it fully. No one should lose their home because they couldn't "
    "afford a lawyer.",
)
COUNSEL_ES = (
    "Estimada alcaldesa Okafor y miembros del Concejo:",
    "Apoyo el punto 15, el derecho a un abogado para los inquilinos que enfrentan un desalojo.",
    "Casi todos los propietarios llegan a la corte de desalojos con un abogado, y casi ningún "
    "inquilino lo tiene. Cuando los inquilinos tienen abogado, la mayoría se queda en su casa, y "
    "las familias evitan los albergues y los cuartos de motel que al final paga la ciudad.",
    "Hoy una familia puede perder su hogar por un error en un formulario o un cargo por atraso, "
    "en una audiencia que dura menos de diez minutos.",
    "Los 3.2 millones de dólares del presupuesto del primer año son menos de lo que la ciudad "
    "gasta cada año en vivienda de emergencia para las familias desalojadas.",
    "Por favor aprueben el punto 15 y denle todos los fondos. Nadie debería perder su hogar por "
    "no poder pagar un abogado.",
)

FIRST_COUNSEL_STORY = (
    "I have put off writing this for a long time because it is still hard to talk about, but my "
    "neighbors convinced me that the council should hear it from someone it actually happened to. "
    "In the spring of 2024 my husband was laid off from the cannery on Wharf Road after nineteen "
    "years. We had never been late on rent in the eleven years we lived in our two-bedroom on "
    "Tamsin Street, not once. We fell behind by one month while his unemployment claim was stuck, "
    "and we paid it back with a loan from my sister three weeks later. The landlord took the money "
    "and filed for eviction anyway, because a new owner had bought the building and wanted every "
    "long-term tenant out so the units could be renovated and rented for twice as much.\n\n"
    "I went to the courthouse by myself. I had a folder with every receipt and every text message, "
    "and I thought that would be enough. The landlord's attorney talked to the judge about code "
    "sections I had never heard of, and when I tried to explain the loan from my sister, the judge "
    "told me that was not relevant to the notice. The hearing took maybe eight minutes. I did not "
    "understand that I could have asked for more time, or that the notice itself had been served "
    "wrong, which a lawyer at the legal aid clinic told me afterwards, when it was too late.\n\n"
    "We had fourteen days. My son had to change schools in the middle of fourth grade. We spent "
    "two months in a motel on the highway that the county paid for, and then five months on my "
    "sister's living room floor. My husband found work again, but with an eviction on our record "
    "we were turned down by nine apartments before an older couple on Birch Hollow agreed to rent "
    "to us. We pay four hundred dollars more than we used to for a smaller place. My son still "
    "asks if we are going to have to move again every time a letter comes.\n\n"
    "I know the council hears a lot of numbers about this ordinance. I wanted you to know what "
    "the numbers mean for one family. A lawyer for eight minutes would have kept us home. This is "
    "the letter the tenants' union asked us to send, and I agree with every word of it:"
)


LONG_STORIES: dict[str, tuple[tuple[int, str, str], ...]] = {
    # campaign: (copy number, where, a long paragraph of the sender's own)
    "delmar-support": (
        (
            9,
            "middle",
            "I want to tell you about the morning of March 14. I was riding north on Delmar with "
            "my daughter on the back of my cargo bike, the way we do every school day, when a man "
            "in a parked SUV swung his door open without looking. I had maybe half a second. I "
            "swerved into the traffic lane and a bus driver, thank God, was paying attention and "
            "stopped. My daughter was not hurt. I had a sprained wrist and a bent wheel, and the "
            "driver of the SUV told me I should not have been riding there with a child. Where "
            "else are we supposed to ride? There is no other street that goes to her school "
            "without a hill I cannot pull her up. I have been asking for a curb since then, and "
            "I am asking again now.",
        ),
        (
            31,
            "before",
            "I am a retired civil engineer and I spent thirty-one years designing roads in three "
            "counties, most of them for cars. I was skeptical of protected lanes for a long time. "
            "What changed my mind was the data from the cities that built them properly, with "
            "concrete and with the intersections redesigned, not just a line of plastic posts. "
            "Crashes of every kind went down, including crashes between cars, because the street "
            "got narrower and people slowed down. I have looked at the plans for Delmar carefully "
            "and they are good plans.",
        ),
    ),
    "park-league-yes": (
        (
            12,
            "before",
            "I have been the volunteer field coordinator for the girls' soccer program for six "
            "seasons, which mostly means I spend my Saturday mornings at 6 a.m. walking the "
            "fields at Harlow with a clipboard deciding which games to cancel. Last fall I "
            "cancelled 212 games. Every one of those is a text message to a parent who has "
            "already arranged their whole weekend around it, and a kid who does not get to play. "
            "The girls' program has grown faster than any other in the league, and we are the "
            "ones who lose field time first because we are the newest. I am tired of telling "
            "eleven-year-olds there is no room for them.",
        ),
    ),
    "counsel-es": (
        (
            7,
            "after",
            "Quiero contarles lo que nos pasó. En 2023 el dueño del edificio nos dijo que "
            "teníamos que salir porque iba a remodelar. Yo no sabía que tenía derechos. Firmé un "
            "papel que no entendía porque estaba en inglés, y después supe que con ese papel "
            "había aceptado irme. Una vecina nos ayudó a encontrar a una abogada de una "
            "organización, pero ya era tarde. Nos fuimos a vivir con mi cuñada, ocho personas en "
            "un departamento de dos recámaras, durante casi un año. Mis hijos bajaron sus "
            "calificaciones en la escuela. Si hubiéramos tenido una abogada desde el principio, "
            "creo que todavía estaríamos en nuestra casa.",
        ),
    ),
}


# --------------------------------------------------------------------------- personal words


FRAMES: dict[str, tuple[str, ...]] = {
    # "{a|b}" is one of the alternatives, "{3-30}" a number: few long spans recur between senders
    "park-no": (
        "I {have walked|walk|take} {my dog|our two dogs|my old beagle|the neighbor's lab} "
        "{on|across|around} the {east meadow|meadow|big field} {every morning|every evening|most "
        "mornings|on weekends} {and have for {2-30} years|since {2004-2024}|}.",
        "My {kids|grandkids|daughter|son|nephew|twins} learned to {fly a kite|ride a bike|throw "
        "a frisbee|do cartwheels|walk} {on that grass|in that meadow|out there}.",
        "{Owls|Hawks|Meadowlarks|Killdeer|Monarchs} {nest|hunt|feed|rest} there{ every spring| in "
        "the fall|}, and {plastic turf|stadium lights|bleachers} will {drive them off|end "
        "that|scare them away}.",
        "{Lights|Stadium lights|Field lights} {until|till} {9|10|10:30|11} {p.m.|pm|at night} "
        "would {shine|glare|pour} {into|straight into} {our|the} {bedrooms|windows|back yards} "
        "on {Alder Lane|Kessler Drive|Pell Street|Juniper Court|Orchard Way}.",
        "{It is|It's|That meadow is} the only {open grass|green space|field with no fence} "
        "{I can walk to|within {2-14} blocks of my house|I can reach with my walker|near us}.",
        "{Artificial|Synthetic|Plastic} turf {gets|can get} {hot enough to burn|too hot "
        "for|scorching for} {bare feet|a dog's paws|little hands} in {July|August|September}.",
        "{We already have|There are already|The city has} {2-9} fields at {Harlow Park|the high "
        "school|Bayside Commons|Westmont} that {sit|are} empty {most|many} {weekday mornings|"
        "afternoons|Sundays}.",
        "{Nobody|No one} {asked|checked with} the {neighbors|people on Kessler Drive|seniors at "
        "Alder Court} {before|about} {this plan|any of this|the bleachers}.",
        "{Traffic|Parking|Noise} on game days {will|would} {be a nightmare|swamp our "
        "street|never stop} {for|on} {Pell Street|Juniper Court|the whole north end}.",
        "{My wife|My husband|My partner|I} {painted|sketched|photographed|birded} {that "
        "meadow|the oaks by the meadow} {for|over} {2-40} years.",
    ),
    "park-yes": (
        "My {son|daughter|oldest|youngest} {plays|is on a} {U8|U10|U12|U14|U16} "
        "{soccer|lacrosse|flag football|rugby} {team |}and {lost|missed} {3-15} "
        "{practices|games} to {rain|mud|closed fields} last {fall|spring|winter}.",
        "I {have coached|coach|have refereed} {soccer|lacrosse|flag football|girls' rugby} "
        "{here|in Port Alder|in town} {for {2-25} years|since {1998-2022}}{ and we turn kids "
        "away every season| and we never have enough field time|}.",
        "We {drive|carpool} {20-55} minutes to {Harlow|Bayside|Westmont|Cordell} {for|just for} "
        "{games|practice|tournaments|night practice}.",
        "{Our league|Our club|The league I volunteer for} has {40-260} {kids|players|children} "
        "on {its|a} waitlist {right now|this season|for spring}.",
        "{Grass turns|The grass turns|Harlow's grass turns} to mud {by|every} "
        "{November|the first storm|Thanksgiving} and stays {closed|shut|unusable} "
        "{until|through} {March|April|spring}.",
        "{Working parents|Parents who work late|Families like mine} {can't|cannot} {get to|make} "
        "{a 4 p.m. practice|afternoon practice|practice before dark} {in winter|after "
        "November|}.",
        "{My kids|Both my kids|My daughter} would {rather|much rather} be {on a field|outside|at "
        "practice} than {on a screen|on their phones|at home on the couch}.",
        "{I grew up|I was raised|I played ball} {in Port Alder|here} and {there were more "
        "fields|the grass drained better|the leagues were half the size} back then.",
    ),
    "delmar-yes": (
        "I {ride|bike|commute} {on |along |}Delmar {to|for} {work|school|the farmers "
        "market|the train|my shifts} {2-7} days a week.",
        "{Last|This past|In} {month|spring|winter|October|summer} a {delivery van|rideshare "
        "driver|pickup|driver} {clipped my handlebar|opened a door into me|cut me off|"
        "nearly hit me} {near|at} {Ninth|Fulton|Greer|the post office}.",
        "My {daughter|son|oldest|youngest} is {9-15} and {I won't|we don't|I can't} let "
        "{them|my kid} ride to {Delmar Middle|Greer Elementary|the library|practice} "
        "{yet|alone|on Delmar}.",
        "I {shop at|go to|stop at} {Lupe's Bakery|the hardware store|Delmar Books|the co-op} "
        "{every week|twice a week|most Saturdays} {by bike|on foot|on my bike}.",
        "{The crossing|The light|The corner} at {Ninth|Fulton|Greer} {is|feels} "
        "{terrifying|dangerous|like a highway} {with a stroller|on a bike|at rush hour}.",
        "{I gave up my car|We sold our second car|We got rid of the car} {in|back in} "
        "{2019-2025} {and ride everywhere now|and walk everywhere now|and have biked ever "
        "since}.",
        "{Drivers speed|Cars race|People fly} {down|along} Delmar {at night|after "
        "ten|every evening}{ and the paint does nothing| and nobody stops them|}.",
        "{My neighbor|A coworker|My friend's son} {was hit|got hit|was knocked down} on "
        "Delmar {in|last} {2023|2024|2025|year|spring}.",
    ),
    "delmar-no": (
        "I have {run|owned} {a pharmacy|a shoe repair shop|a bakery|a small "
        "grocery|a flower shop} on Delmar {for {3-40} years|since {1985-2020}}.",
        "{About|Roughly|Maybe} {45-90} {percent|%} of my {customers|regulars} {drive in|come by "
        "car} from {the hills|Harlow|the east side|Cordell}.",
        "My {mother|father|husband|aunt} is {70-96} and {cannot|can't} walk {2-6} blocks "
        "{from a garage|with groceries|to the pharmacy}.",
        "{4-30} of my {regulars|customers} {stopped coming|went elsewhere|never came back} "
        "during the {water main work|repaving|sewer project} on {Ninth|Fulton|Delmar} in "
        "{2023|2024|2025}.",
        "{The produce truck comes|The bread van comes|My supplier comes} {6-9} {times a week|"
        "mornings a week|days a week} and {unloads|has to unload|stops} at the curb.",
        "{Nobody|No one} from {the city|Public Works|the transportation department} {came|ever "
        "came|bothered to come} {into my store|by the shop|to ask us}.",
    ),
    "counsel-en": (
        "I was {served|handed} an eviction notice in {2019-2025} {over|because of} {a late "
        "fee|a dog|a broken heater I reported|a rent dispute|a roommate}.",
        "I have rented {on|off} {Alder Lane|Pell Street|Tamsin Street|Greer Avenue|Coyle "
        "Street} {for {3-30} years|since {1995-2021}} and my rent {has gone up|went up} "
        "{2-12} times.",
        "I {volunteer|work} at {the food bank|the legal aid clinic|Saint Brendan's|the library} "
        "and {see|meet} {4-40} {families|tenants|people} a month who {face court "
        "alone|have no lawyer}.",
        "{My sister lost her|My neighbor lost her|My coworker lost his|My cousin lost his} "
        "{apartment|home|place} {after|in} a {4-12}-minute hearing.",
        "{We|My family|My kids and I} {moved|had to move} {2-5} times in {3-6} years{ and "
        "my son changed schools each time| because of rent increases|}.",
        "I work {two jobs|nights|as a home aide|in a warehouse} and {could never|can't} "
        "{afford|pay for} {a lawyer|an attorney|legal help}.",
        "{The notice|My landlord's notice|The summons} {was|came} {in legal words|in "
        "English only|taped to my door} and {I did not|I didn't} {understand|know} {it|what "
        "to do}.",
    ),
    "counsel-es": (
        "{Rento|Vivo} en la calle {Tamsin|Greer|Coyle|Pell|Mill|Birch} desde hace {2-25} "
        "años{ con mis hijos| con mi esposo|}.",
        "{Mi hermana perdió su|Mi vecina perdió su|Mi primo perdió su|Mi compadre perdió su} "
        "{departamento|casa|cuarto} {después de|tras} una audiencia de {4-12} minutos.",
        "Tengo {dos|tres|cuatro|cinco} hijos y no {sabría|sé} adónde {ir|irnos} si nos "
        "{desalojan|sacan}.",
        "Trabajo {30-70} horas a la semana {limpiando oficinas|en una cocina|en el campo|en una "
        "bodega} y casi todo {se va en|es para} la renta.",
        "{El aviso|La carta del dueño|La notificación} {llegó|vino} {solo en inglés|pegada en "
        "la puerta|con palabras legales} y {no la entendí|no supe qué hacer}.",
        "{Nos subieron|El dueño nos subió} la renta {2-6} veces {en|durante} {3-8} años.",
    ),
}

FORWARD_NOTES = (
    "Forwarding this because I agree with every word.",
    "My family has shopped on Delmar for three generations, please don't do this.",
    "Read the letter below. This is exactly how I feel.",
    "I don't usually write to the council but this one matters to me.",
    "Adding my name to this.",
    "Please listen to the people who actually work on Delmar.",
    "The merchants are right about this one.",
    "See the letter from the merchants below, I signed it too.",
    "Bike lanes are fine, just not by tearing out the parking on the busiest block.",
    "I agree 100% with the merchants.",
    "Please think about the older customers before you vote.",
    "Passing this along from our merchants association.",
)


ALTERNATIVES = re.compile(r"\{([^{}]*)\}")


def _fill(rng: random.Random, frame: str) -> str:
    """Resolve the innermost braces first, so alternatives may nest."""
    while True:
        match = ALTERNATIVES.search(frame)
        if match is None:
            return frame
        inner = match.group(1)
        span = re.fullmatch(r"(\d+)-(\d+)", inner)
        pick = (
            str(rng.randint(int(span[1]), int(span[2]))) if span else rng.choice(inner.split("|"))
        )
        frame = frame[: match.start()] + pick + frame[match.end() :]


class Sayer:
    """Sentences a sender writes in their own words, never the same one twice in the corpus."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.notes = list(FORWARD_NOTES)
        rng.shuffle(self.notes)

    def sentence(self, topic: str, frame: str | None = None) -> str:
        for _ in range(200):
            text = _fill(self.rng, frame or self.rng.choice(FRAMES[topic]))
            text = " ".join(text.split()).replace(" .", ".").replace(" ,", ",")
            if text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError(f"frames for {topic} exhausted")

    def paragraph(self, topic: str, lo: int = 1, hi: int = 3) -> str:
        """One to a few sentences, each on a different thought."""
        frames = self.rng.sample(FRAMES[topic], self.rng.randint(lo, hi))
        return " ".join(self.sentence(topic, frame) for frame in frames)

    def note(self) -> str | None:
        return self.notes.pop() if self.notes else None


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None = None
    postal_code: str | None = None
    street: str | None = None
    phone: str | None = None

    @property
    def first(self) -> str:
        return self.name.split()[0]


def _words(text: str) -> list[str]:
    """A name list written as prose, so it stays short."""
    return text.split()


FIRST = _words(
    "Maria Jamal Aiko Dmitri Priya Tomas Keisha Oluwaseun Hannah Luis Mei Farid Grace Ravi "
    "Colette Andre Yesenia Bao Ingrid Marcus Noor Teodoro Shanice Ewan Lucia Kwame Rosa "
    "Felix Anika Desmond Thuy Rafael Helen Omar Beatriz Caleb Sunita Gideon Paloma Wes Minh "
    "Dolores Idris Ruth Hector Naomi Stellan Guadalupe Arjun Tess Ngozi Bernard Camila Joon "
    "Lorraine Mateo Fatima Declan Xochitl Ivan Esperanza Quinn Lamar Siobhan Viktor Adaeze "
    "Pablo"
)
LAST = _words(
    "Abernathy Quintero Nakashima Volkov Raghunathan Echeverria Whitfield Adeyemi Lindqvist "
    "Barragan Zhou Karimi Holloway Venkatesan Marchand Duchamp Pacheco Tran Sorensen "
    "Bellweather Haddad Ocampo Rutledge MacAllister Ferreira Mensah Villalobos Strand "
    "Kowalczyk Ashby Pham Montoya Greaves Saleh Amaral Whitcombe Iyer Lachance Orozco "
    "Penhallow Nguyen Castellanos Obi Fairbanks Salcedo Underhill Baptiste Yoon Carrow "
    "Delacroix Medina Okonkwo Thorne Galvan Sato Ellery Brandt Mireles Kaur Hollis"
)
STREET_NAMES = ("Larkin", "Tamsin", "Greer", "Coyle", "Ninth", "Wharf", "Birch", "Fulton")
STREET_KINDS = ("Street", "Avenue", "Lane", "Court", "Way")


class People:
    """Distinct named senders (one name, one e-mail each) and anonymous ones."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        pairs = [f"{f} {last}" for f in FIRST for last in LAST]
        rng.shuffle(pairs)
        self.names = pairs
        self.phones = [f"(707) 555-01{i:02d}" for i in range(100)]
        rng.shuffle(self.phones)
        self.phone_index = 0

    def named(self, email: float = 0.85) -> Person:
        name = self.names.pop()
        mail = None
        if self.rng.random() < email:
            user = name.lower().replace(" ", self.rng.choice((".", "_", "")))
            mail = f"{user}{self.rng.choice(('', '', '7', '22', '1984'))}@example.com"
        street = (
            f"{self.rng.randint(12, 4890)} {self.rng.choice(STREET_NAMES)} "
            f"{self.rng.choice(STREET_KINDS)}"
        )
        phone = self.phones[self.phone_index % len(self.phones)]
        self.phone_index += 1
        return Person(name, mail, self.rng.choice(POSTAL_CODES), street, phone)

    def anonymous(self) -> Person:
        postal = self.rng.choice(POSTAL_CODES) if self.rng.random() < 0.4 else None
        return Person(self.rng.choice(ANONYMOUS), None, postal)

    def pick(self, anonymous_share: float) -> Person:
        return self.anonymous() if self.rng.random() < anonymous_share else self.named()


# --------------------------------------------------------------------------- surface changes


def light_edit(rng: random.Random, text: str) -> str:
    """One or two slips of a person retyping: a typo, two words swapped, a dropped comma."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        kind = rng.randrange(4)
        i = rng.randrange(len(words))
        word = words[i]
        if kind == 0 and len(word) >= 5 and word.isalpha():
            j = rng.randrange(1, len(word) - 2)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        elif kind == 1 and len(word) >= 4 and word.isalpha():
            j = rng.randrange(1, len(word) - 1)
            words[i] = word[:j] + word[j + 1 :]
        elif kind == 2 and i + 1 < len(words) and word.isalpha() and words[i + 1].isalpha():
            words[i], words[i + 1] = words[i + 1], word
        else:
            words[i] = word.replace(",", "")
    return " ".join(words)


def smart_quotes(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def html_remnants(rng: random.Random, paragraphs: list[str]) -> str:
    """What a rich-text editor leaves when its output is pasted as plain text."""
    style = rng.randrange(3)
    if style == 0:
        return "\n".join(f"<p>{p}</p>" for p in paragraphs)
    if style == 1:
        return "<br><br>".join(paragraphs)
    text = "\n\n".join(paragraphs).replace("'", "&#39;").replace('"', "&quot;")
    return f'<div dir="ltr">{text.replace(". ", ".&nbsp; ")}</div>'


# --------------------------------------------------------------------------- rows


@dataclass
class Parts:
    """A copy's paragraphs, each marked as the sender's own words or not."""

    chunks: list[tuple[str, bool]]

    def body(self, sep: str = "\n\n") -> str:
        return sep.join(text for text, _ in self.chunks if text)

    def personal(self) -> str:
        return "\n\n".join(text for text, own in self.chunks if own and text)


def _long_story(rng: random.Random, name: str, k: int, chunks: list[tuple[str, bool]]) -> None:
    """Some senders write a great deal of their own around the letter."""
    for copy, where, story in LONG_STORIES.get(name, ()):
        if copy == k:
            _insert(rng, chunks, story, where)


def _insert(rng: random.Random, chunks: list[tuple[str, bool]], own: str, where: str) -> None:
    if where == "before":
        chunks.insert(0, (own, True))
    elif where == "after":
        chunks.append((own, True))
    else:
        chunks.insert(rng.randint(1, max(1, len(chunks) - 1)), (own, True))


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = People(self.rng)
        self.say = Sayer(self.rng)

    # -- item 7 ---------------------------------------------------------------------------

    def park_no_short(self, size: int) -> list[Row]:
        rng, rows = self.rng, []
        for _ in range(size):
            who = self.people.pick(0.28)
            roll = rng.random()
            tier, own = "core", ""
            if roll < 0.45:
                body = SHORT
            elif roll < 0.62:
                body = rng.choice(SHORT_EDITS) if rng.random() < 0.6 else light_edit(rng, SHORT)
            elif roll < 0.70:
                body = SHORT.upper().replace(".", rng.choice((".", "!", "!!")))
            else:
                own = self.say.paragraph("park-no", 1, 2)
                body = f"{own} {SHORT}" if rng.random() < 0.4 else f"{SHORT} {own}"
                if rng.random() < 0.15:
                    body = body.replace(SHORT, light_edit(rng, SHORT))
            if who.name not in ANONYMOUS and rng.random() < 0.12:
                body += rng.choice((f"\n\n- {who.first}", f"\n\nThanks,\n{who.name}"))
            rows.append(Row(PARK, body, who, "park-no-short", tier, personal=own))
        return rows

    def park_league(self, size: int) -> list[Row]:
        rng, rows = self.rng, []
        heavy = set(rng.sample(range(1, size), 6))
        for k in range(size):
            who = self.people.named(email=1.0) if rng.random() < 0.94 else self.people.anonymous()
            paras = list(LEAGUE)
            tier = "core"
            chunks: list[tuple[str, bool]]
            if k in heavy:
                tier = "heavy"
                middle = self.say.paragraph("park-yes", 2, 3)
                chunks = [(paras[0], False), (middle, True), (paras[-1], False)]
            else:
                if rng.random() < 0.2:
                    i = rng.randrange(len(paras))
                    paras[i] = light_edit(rng, paras[i])
                if rng.random() < 0.3:
                    paras = [smart_quotes(p) for p in paras]
                if rng.random() < 0.15:
                    paras = [html_remnants(rng, paras)]
                chunks = [(p, False) for p in paras]
                if rng.random() < 0.4:
                    where = rng.choice(("before", "before", "after", "middle"))
                    _insert(rng, chunks, self.say.paragraph("park-yes", 1, 3), where)
                _long_story(rng, "park-league-yes", k, chunks)
            parts = Parts(chunks)
            body = "Dear Council Members,\n\n" + parts.body() + "\n\n" + _signature(rng, who)
            row = Row(PARK, body, who, "park-league-yes", tier, personal=parts.personal())
            rows.append(row)
            if k == 17:  # the same member presses send again the next morning
                rows.append(Row(PARK, body, who, row.campaign, tier, row.spam, row.personal, True))
        return rows

    # -- item 12 --------------------------------------------------------------------------

    def delmar_support(self, size: int) -> list[Row]:
        rng, rows = self.rng, []
        heavy = set(rng.sample(range(1, size), 8))
        for k in range(size):
            who = self.people.pick(0.1)
            tier = "core"
            chunks: list[tuple[str, bool]]
            if k in heavy:
                tier = "heavy"
                middle = self.say.paragraph("delmar-yes", 2, 3)
                chunks = [(SUPPORT_INTRO, False), (middle, True), (SUPPORT_BODY[-1], False)]
            else:
                body_paras = list(SUPPORT_BODY)
                if k:  # the action page shuffles the letter's paragraphs for every sender
                    rng.shuffle(body_paras)
                paras = [SUPPORT_INTRO, *body_paras]
                if k and rng.random() < 0.3:
                    paras.insert(rng.randrange(1, len(paras) + 1), paras.pop(0))
                if rng.random() < 0.15:
                    i = rng.randrange(len(paras))
                    paras[i] = light_edit(rng, paras[i])
                chunks = [(p, False) for p in paras]
                if rng.random() < 0.35:
                    where = rng.choice(("before", "after", "middle", "middle"))
                    _insert(rng, chunks, self.say.paragraph("delmar-yes", 1, 3), where)
                _long_story(rng, "delmar-support", k, chunks)
            chunks.append((SHARED_CLOSING, False))
            parts = Parts(chunks)
            body = parts.body()
            if who.name not in ANONYMOUS and rng.random() < 0.3:
                body += f"\n\n{who.name}"
            rows.append(Row(DELMAR, body, who, "delmar-support", tier, personal=parts.personal()))
        return rows

    def delmar_oppose(self, size: int) -> list[Row]:
        rng, rows = self.rng, []
        heavy = set(rng.sample(range(1, size), 6))
        for k in range(size):
            who = self.people.pick(0.08)
            tier = "core"
            paras = list(OPPOSE)
            own = ""
            if k in heavy:
                tier = "heavy"
                own = self.say.paragraph("delmar-no", 2, 3)
                paras = [paras[0], own, paras[-1]]
            elif rng.random() < 0.12:
                i = rng.randrange(len(paras))
                paras[i] = light_edit(rng, paras[i])
            letter = [*paras, SHARED_CLOSING]
            note = ""
            if k and rng.random() < 0.65:
                note = self.say.note() or ""
                if rng.random() < 0.6:
                    note = (note + " " + self.say.paragraph("delmar-no", 1, 2)).strip()
            style = 0 if k == 0 else rng.randrange(5)
            if tier == "heavy":  # a rewritten letter is pasted, not forwarded
                style = rng.choice((0, 4))
            personal = "\n\n".join(t for t in (note, own) if t)
            if style in (0, 4) and rng.random() < 0.2:  # typed with caps lock, then sent
                letter, note, personal = [p.upper() for p in letter], note.upper(), personal.upper()
            body = _forwarded(rng, who, note, letter, style)
            rows.append(Row(DELMAR, body, who, "delmar-oppose", tier, personal=personal))
        return rows

    # -- item 15 --------------------------------------------------------------------------

    def counsel(self, campaign: str, template: Sequence[str], size: int) -> list[Row]:
        rng, rows = self.rng, []
        topic = campaign
        spanish = campaign == "counsel-es"
        heavy = set(rng.sample(range(1, size), 4 if spanish else 8))
        for k in range(size):
            who = self.people.pick(0.2 if spanish else 0.1) if k else self.people.named()
            tier = "core"
            paras = list(template)
            chunks: list[tuple[str, bool]]
            if k == 0 and not spanish:
                chunks = [(FIRST_COUNSEL_STORY, True), *((p, False) for p in paras)]
            elif k in heavy:
                tier = "heavy"
                middle = self.say.paragraph(topic, 2, 3)
                chunks = [(paras[0], False), (paras[1], False), (middle, True), (paras[-1], False)]
            else:
                if rng.random() < 0.15:
                    i = rng.randrange(1, len(paras))
                    paras[i] = light_edit(rng, paras[i])
                if rng.random() < 0.3:
                    paras = [smart_quotes(p) for p in paras]
                if not spanish and rng.random() < 0.12:
                    paras = [html_remnants(rng, paras)]
                chunks = [(p, False) for p in paras]
                if rng.random() < 0.4:
                    where = rng.choice(("before", "after", "middle"))
                    _insert(rng, chunks, self.say.paragraph(topic, 1, 4), where)
                _long_story(rng, campaign, k, chunks)
            parts = Parts(chunks)
            body = parts.body()
            if who.name not in ANONYMOUS and rng.random() < 0.5:
                sign = "Atentamente" if spanish else rng.choice(("Sincerely", "Thank you"))
                body += f"\n\n{sign},\n{who.name}"
            rows.append(Row(COUNSEL, body, who, campaign, tier, personal=parts.personal()))
        return rows

    # -- the rest -------------------------------------------------------------------------

    def residents(self) -> list[list[Row]]:
        """One stream per item, in the order residents happened to write."""
        streams = []
        for item, texts in RESIDENTS.items():
            rows = [Row(item, text, self.people.pick(0.15)) for text in texts]
            self.rng.shuffle(rows)
            streams.append(rows)
        # one resident on item 12 sends the same comment twice, a little later
        delmar = streams[1]
        original = delmar[3]
        again = Row(original.item, original.body, original.who, duplicate=True)
        delmar.insert(6, again)
        return streams

    def spam(self) -> list[Row]:
        rows = []
        for k, text in enumerate(SPAM):
            item = ITEMS[k % len(ITEMS)][0]
            who = Person(self.rng.choice(SPAM_NAMES), f"promo{k}@example.com")
            rows.append(Row(item, text, who, spam=True))
        return rows


def _signature(rng: random.Random, who: Person) -> str:
    """The e-mail tool's block: the sender's details, never their own words."""
    if who.name in ANONYMOUS or who.street is None:
        return f"Sincerely,\n{who.name}"
    lines = ["Sincerely,", who.name, who.street, f"{CITY}, CA {who.postal_code}"]
    if rng.random() < 0.85:
        lines.append(str(who.phone))
    if rng.random() < 0.3 and who.email:
        lines.append(who.email)
    return "\n".join(lines)


def _forwarded(rng: random.Random, who: Person, note: str, letter: list[str], style: int) -> str:
    """The merchants' letter as members' mail clients pass it on."""
    date = f"Mon, Nov {rng.randint(23, 30)}, 2026 at {rng.randint(7, 11)}:{rng.randint(10, 59)} AM"
    to = who.email or "undisclosed-recipients:;"
    iphone = "\n\nSent from my iPhone" if rng.random() < 0.35 else ""
    text = "\n\n".join(letter)
    head = f"{note}{iphone}\n\n" if note else ""
    if style == 0:  # pasted straight in
        return (f"{note}\n\n{text}" if note else text) + iphone
    if style == 1:  # Outlook
        return (
            f"{head}-----Original Message-----\nFrom: {MERCHANTS}\nSent: {date}\nTo: {to}\n"
            f"Subject: ACTION NEEDED: Save Delmar parking (item 12)\n\n"
            f"{OPPOSE_INSTRUCTION}\n\n{text}"
        )
    if style == 2:  # Gmail reply with the letter quoted
        quoted = "\n".join(
            f"> {line}" if line else ">" for line in f"{OPPOSE_INSTRUCTION}\n\n{text}".split("\n")
        )
        return f"{head}On {date}, {MERCHANTS} wrote:\n\n{quoted}"
    if style == 3:  # Gmail forward
        return (
            f"{head}---------- Forwarded message ---------\nFrom: {MERCHANTS}\nDate: {date}\n"
            f"Subject: Save Delmar parking (item 12)\nTo: <{to}>\n\n{OPPOSE_INSTRUCTION}\n\n{text}"
        )
    # letter first, the member's words under it, then the phone's footer
    return f"{text}\n\n{note}{iphone}" if note else f"{text}{iphone}"


# --------------------------------------------------------------------------- residents, spam

RESIDENTS: dict[str, list[str]] = {
    PARK: [
        "Vote no on item 7. The meadow is the last open grass in the north end.",
        "Please protect Kessler Park. We don't need stadium lights next to houses.",
        "No on 7!!",
        "Item 7 is a bad idea. Keep the meadow a meadow.",
        "I'm against the turf fields. Our parks are for everyone, not just leagues.",
        "Protect our parks, and protect the owls in the oak grove too.",
        "I would vote no on item 7 if I were you. Nobody asked the neighbors.",
        "Why pave a meadow with plastic? Vote no.",
        "Please vote no. The drainage from artificial turf goes straight into Kessler Creek.",
        "Keep Kessler Park natural. Lights till 10 pm are not a park.",
        "Opposed to item 7. Where will all the cars park on game days?",
        "Parks are for quiet. Please do not approve this complex.",
        "We need more fields for kids, but not on the meadow. Look at the old Fulton rail yard.",
        "I support more youth sports but item 7 is the wrong place. Please vote no and find "
        "another site.",
        "As a pediatrician I have concerns about crumb rubber infill. Please study this more.",
        "Vote NO on the Kessler turf project. Protect wildlife, protect neighbors.",
        "Please don't put bleachers and lights in our park. It will change the whole neighborhood.",
        "I am a soccer mom and even I think this is too much. A grass field would be fine.",
        "Yes on item 7. My kids need somewhere to play after school.",
        "I support the sports complex. The meadow is mostly mud from November to March.",
        "The fields are needed. Please make sure the lights are shielded and off by 9.",
        "Kessler Park belongs to all of us. Don't hand it to the leagues.",
        "Hay que proteger el parque Kessler. Voten que no al punto 7.",
        "Xin hội đồng bỏ phiếu chống mục 7. Công viên là nơi gia đình tôi đi dạo mỗi tối.",
        "How much will the turf cost to replace in ten years? Nobody has said.",
        "I walk there with my grandkids. Please vote no on 7.",
        "Protect the meadow! Vote no!",
        "I live across from the park and I'm for it. Kids playing is a good sound.",
        "Please postpone item 7 until there is a real traffic study.",
        "The synthetic turf plan is a gift to the leagues paid for by everyone else. No.",
    ],
    DELMAR: [
        "Please build the bike lanes. I was doored on Delmar in August.",
        "I'm a nurse at Mercy and I bike to my shift. Protected lanes would save lives.",
        "Vote no on item 12. Delmar businesses are barely hanging on.",
        "Can we have the lanes and keep the loading zones? Both matter.",
        "I drive Delmar every day and I'm fine losing parking if it makes the street safer.",
        "The Fulton garage is never open when I need it. Fix that first.",
        "Please support item 12. My son rides to Delmar Middle and I worry every morning.",
        "Bus riders need attention too. Please keep the 14 stop at Ninth.",
        "I own a building on Delmar and I support the project. Foot traffic is good for business.",
        "The last road project on Delmar took two years. Please plan the construction better.",
        "Yes on 12. Curbs, not paint.",
        "No on 12. There was no real outreach to the Vietnamese shop owners on the east end.",
        "Xin đừng bỏ chỗ đậu xe trên đường Delmar. Khách hàng lớn tuổi của tiệm tôi cần chỗ đậu.",
        "请支持第12项。我每天骑车送孩子上学，德尔马大道太危险了。",  # noqa: RUF001
        "I support bike lanes in general but 140 spaces is too many. Find a compromise.",
        "Please add more bike parking if you approve this.",
        "Delmar needs slower cars more than it needs anything else.",
        "I'm a delivery driver. Where am I supposed to stop? Please think about us.",
        "Support. I walk Delmar with a stroller and the crossings are terrifying.",
        "Put it to a vote of the neighborhood.",
        "As a wheelchair user I need accessible parking near the pharmacy. Keep those spaces.",
        "Finally! Please approve item 12 without watering it down.",
        "My shop's sales dropped 30% during the last construction. We can't survive another.",
        "Please make sure emergency vehicles can still get through.",
        "Bikes belong on Delmar. So do customers. Let's find a design that works for both.",
    ],
    COUNSEL: [
        "I'm a landlord with two units and I support this. Good tenants deserve a fair hearing.",
        "Who pays for this in year two? The ordinance should say.",
        "Yes on item 15. Housing is a human right.",
        "Please vote no. Small landlords will be buried in legal costs.",
        "I was evicted in 2022 and had no idea I had any rights. Please pass this.",
        "Right to counsel saved my mother's apartment in New York. It works.",
        "Please fund legal aid directly instead of creating a new city office.",
        "Apoyo el derecho a abogado. Mi familia casi pierde la casa el año pasado.",
        "Xin hãy thông qua mục 15. Người thuê nhà cần luật sư.",
        "I support item 15 but please include tenants in mobile home parks.",
        "As an attorney I volunteer at eviction court. Most tenants I meet have valid defenses "
        "they never raise.",
        "Item 15 is government overreach. Vote no.",
        "Please make the program available in Spanish, Vietnamese and Tagalog from day one.",
        "My building changed owners and half of us got notices. We need this now.",
        "Support item 15. Evictions cost the city far more than lawyers do.",
        "How will tenants find out they have this right? Put it on the notice itself.",
        "Vote yes. I have watched neighbors lose their homes in ten-minute hearings.",
        "I'm concerned about the $3.2 million. What is being cut to pay for it?",
        "Please pass right to counsel. Kids shouldn't have to change schools because of a "
        "paperwork error.",
        "I rent and I work two jobs. I could never afford a lawyer. Please vote yes.",
        "Landlords already follow the law. This is a solution looking for a problem.",
        "Thank you for bringing this forward. I hope it passes unanimously.",
    ],
}

SPAM = (
    "hello hello hello hello hello hello hello hello hello hello hello hello",
    "Congratulations! You have been selected for a $1000 gift card. Claim now at "
    "http://prize.example.com/claim?id=77812",
    "Best SEO services for your city website, rank #1 on Google in 30 days. "
    "Visit https://rankfast.example.com or call (707) 555-0199",
    "Cheap meds online!!! Viagra Cialis 80% off, no prescription needed "
    "http://pharma.example.com http://pharma2.example.com",
    "Earn $5000 a week working from home. Contact jobs@example.com today, limited spots!!",
    "Поздравляем! Вы выиграли iPhone 17. Перейдите по ссылке http://win.example.com/ru",
    "Hot singles in Port Alder are waiting to meet you http://date.example.com",
    "Préstamos rápidos sin buró de crédito, aprobación en 10 minutos. WhatsApp (707) 555-0188",
    "Dịch vụ làm đẹp giá rẻ, giảm 50% hôm nay. Liên hệ https://spa.example.com",
    "BTC doubling program, send 0.1 and receive 0.2 in 24 hours, guaranteed. "
    "https://btc2x.example.com",
    "asdkjh qwpoeiru zmxncb asdkjh qwpoeiru zmxncb lkjhg",
    "Great post! Very informative. Check out my blog at http://blog.example.com/best-vpn",
    "Your account has been suspended. Verify your identity at http://secure-login.example.com",
    "点击领取免费礼品 http://gift.example.com/cn 限时优惠",
    "Buy Instagram followers 10k for $9.99 http://followers.example.com",
    "Nice",
    "Roof repair, gutters, solar panels, best price guaranteed!!! Free quote (707) 555-0177 "
    "https://roof.example.com",
)
SPAM_NAMES = ("Best Deals", "admin", "John Smith", "Promo Team", "xXx", "Support Center")


# --------------------------------------------------------------------------- order


def _interleave(rng: random.Random, streams: Sequence[list[Row]]) -> list[Row]:
    """Every stream keeps its own order; streams mix as mail arrives over a week."""
    queues = [list(s) for s in streams if s]
    out: list[Row] = []
    while queues:
        weights = [len(q) for q in queues]
        q = rng.choices(queues, weights)[0]
        out.append(q.pop(0))
        queues = [q for q in queues if q]
    return out


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The corpus in arrival order, one dict per comment (``Row.as_dict``)."""
    build = Builder(seed)
    sizes = {name: size for name, (_, size) in CAMPAIGNS.items()}
    makers: list[Callable[[], list[Row]]] = [
        lambda: build.park_no_short(sizes["park-no-short"]),
        lambda: build.park_league(sizes["park-league-yes"]),
        lambda: build.delmar_support(sizes["delmar-support"]),
        lambda: build.delmar_oppose(sizes["delmar-oppose"]),
        lambda: build.counsel("counsel-en", COUNSEL_EN, sizes["counsel-en"]),
        lambda: build.counsel("counsel-es", COUNSEL_ES, sizes["counsel-es"]),
    ]
    streams = [make() for make in makers]
    spam = build.spam()
    build.rng.shuffle(spam)
    streams += [*build.residents(), spam]
    return [row.as_dict() for row in _interleave(build.rng, streams)]
