# ruff: noqa: E501, RUF001
"""A fourteenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 20 (6 December 2026, in about an hour) by an outsider helper
who did not read the labelling engine (``intake/text/``, ``intake/labelling/``),
``docs/labelling.md``, ``docs/spam.md``, the engine's unit tests, nor any other generator's code.
It read, for the interface and to avoid repeating their shapes, ``labelling_quality.py`` (how a
generator is loaded and registered, and its truth fields), ``corpus_row.Row``,
``tests/corpus_shapes.py``, the docstrings of the twelfth and thirteenth generators (not their
code), the thirteenth's shape test and the two real seeds in ``../shared/seeds/``. Its author
never ran the labeller or the benchmark on it. Read it once, blind; never tune on it.

One Thursday evening (10 December 2026) of the invented City of Marrowick's council (seed 2601),
four items, rows in arrival order (each row gets an arrival minute from noon to 21:30; the
evening is sorted by it, ties kept in generation order; each resubmission is placed one to three
rows after the comment it repeats):

* ``pool-email`` (80 copies, 8 heavy), against closing the Quarry Lane municipal pool (item
  ``POOL``): the Friends of Quarry Lane Pool's letter, which the clerk receives BY E-MAIL, as
  each sender's mail program shaped it: pasted plain; TOP-POSTED above the Friends' message
  quoted in ``> `` lines under ``On Wed, Dec 9, 2026 at ... wrote:``; above an OUTLOOK block (a
  ``____`` rule, then ``From:``/``Sent:``/``To:``/``Subject:`` with the sender's own address in
  ``To:``) and the letter unquoted; answered INLINE (the sender's own lines BETWEEN the quoted
  paragraphs, bottom-posted, as people answer a neighbour's e-mail point by point); and quoted
  TWICE (``>> `` under a second ``> On ... wrote:`` line: a forward of a forward). Mail
  signatures follow (``-- `` and a name, ``Sent from Outlook for Android``). Heavy copies keep
  the first and last paragraphs around the sender's own paragraphs.
* ``blowers-quiet`` (70, 5 heavy), for phasing out gas leaf blowers (item ``BLOWERS``): a
  coalition letter with TWO OFFICIAL VARIANTS, a five-paragraph LONG letter (30 copies) and a
  three-sentence SHORT one for phones (40), one campaign; they share only the closing ask and a
  near-identical opening. About a fifth of the copies carry the sender's own sentence INSERTED
  MID-PARAGRAPH (between two template sentences of one paragraph, no line break around it).
* ``blowers-crews`` (36, 3 heavy), against the same ban, same item: a landscapers'
  association's letter in which EACH COPY HOLDS BOTH LANGUAGES, English and Spanish,
  INTERLEAVED PARAGRAPH BY PARAGRAPH (English first or Spanish first, or each paragraph followed
  by its translation on the same line after `` / ``); a few as two blocks. Own sentences in either
  language; signed with the crew's business name.
* ``trees-ranked`` (56, 4 heavy), against the Halloway Road widening (item ``TREES``): a letter
  whose five alternatives each sender RANKS: copies that DIFFER ONLY BY THE ORDER of a numbered
  list, renumbered (``1.`` or ``1)``), most of them with no other change.
* ``trees-chat`` (40, 2 heavy), same item: a neighbourhood group's TEXT-MESSAGE ALERT
  FORWARDED with the chat's TIMESTAMPS (WhatsApp on iPhone ``[12/9/26, 8:41:07 PM] Halloway Tree
  Watch: ...``, on Android ``12/9/26, 20:41 - ...``, a messages app's name-and-time header, a
  ``(Dec 9, 8:41 PM):`` prefix, a ``Forwarded`` marker), in one to three bubbles each with its
  own time, or with the timestamps removed; the alert asks senders to add a line of their own.
* ``cameras-leaders`` (28, 2 heavy), against renewing a licence-plate-reader contract (item
  ``CAMERAS``): a faith and community coalition's letter, each copy ending in the signer's
  SIGNATURE BLOCK with TITLE and ORGANISATION (stacked, one line with ``|``, "for identification
  purposes only", a scripture or motto line, phone and e-mail).
* ``cameras-merchants`` (18, 1 heavy), for renewing it, same item: a merchants' short letter
  signed ``Owner, <shop>``.

Plus 90 residents' own comments on the four items (one word to several paragraphs, English and
Spanish; many share a campaign's vocabulary, figures and names, Quarry Lane, 2028, the 41 plane
trees, SentryPlate, without copying a sentence; some are e-mails with a quoted neighbour), 6 TRUE
RESUBMISSIONS (the same named sender, the same e-mail, the same body, one to three rows later;
``duplicate``), anonymous senders (``ANONYMOUS_NAMES``: "Anonymous", "", "N/A", "anonymous",
"Prefer not to say", "-", "No name given") who are distinct people and carry no e-mail or postal
code, and 12 spam (a gas-blower sale on the blowers item, a stump-grinding advert on the trees
item, a dash-cam shop, a pool-cleaning advert, an eComment phishing notice, Russian, Chinese,
Indonesian and Portuguese adverts, an essay mill, a loan offer, one line of gibberish).

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` (``core`` or ``heavy``), ``spam``,
``duplicate`` and ``personal``: the sender's own words, pieces joined by blank lines ("" when
none), in reading order, as they stand in the body. Personal: own paragraphs wherever they stand
(above a quoted message or an Outlook block, between inline-quoted paragraphs, after the letter),
an own sentence inserted in the middle of a template paragraph (that sentence alone), own
sentences in either language of the bilingual letter, lines typed above or below a forwarded
chat alert, heavy copies' own paragraphs. Never personal: greetings and sign-offs (a name or
first name under a note included), the ``On ... wrote:`` lines, ``> `` and ``>> `` marks, the
Outlook header block, mail signatures and ``Sent from ...`` lines, template sentences in either language and either variant, the ORDER of a ranked
list (reordering is not writing), chat timestamps, the chat sender's label and ``Forwarded``
markers, and SIGNATURE BLOCKS with names, titles, organisations, mottos, phones and e-mails (a
signature is personal DATA, not the sender's text). The sender's name, e-mail, postal code and
phone stand in the body only in sign-offs, signature blocks and mail headers, never in personal
text. Names, streets, organisations and the city are invented; e-mails are example.com/.org/.net,
phone numbers 555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from typing import Any

from corpus_row import Row

SEED = 2601
NAME = "generated-fourteenth"
ITEMS = [
    ("POOL", "Item 4: Closure of the Quarry Lane municipal pool after the 2027 season"),
    ("BLOWERS", "Item 6: Ordinance phasing out gas-powered leaf blowers by January 2028"),
    ("TREES", "Item 7: Halloway Road widening, Ninth Street to Corliss Avenue (tree removals)"),
    ("CAMERAS", "Item 9: Renewal of the SentryPlate automated license plate reader contract"),
]
ANONYMOUS_NAMES = ("Anonymous", "", "N/A", "anonymous", "Prefer not to say", "-", "No name given")
RESUBMISSIONS = 6
ZIPS = ("58301", "58302", "58303", "58305", "58306", "58309")
OUTSIDE_ZIPS = ("58114", "58420", "58711")


@dataclass(frozen=True)
class Sender:
    name: str
    email: str | None
    postal_code: str | None
    first: str = ""
    last: str = ""

    @property
    def anonymous(self) -> bool:
        return self.name in ANONYMOUS_NAMES


FIRST = [
    "Rosa",
    "Daniel",
    "Priya",
    "Tomasz",
    "Aisha",
    "Graham",
    "Lena",
    "Marcus",
    "Ingrid",
    "Kwame",
    "Sofia",
    "Desmond",
    "Hannah",
    "Oren",
    "Mireille",
    "Tobias",
    "Keiko",
    "Leon",
    "Anneliese",
    "Rashid",
    "Colette",
    "Bram",
    "Nadia",
    "Felix",
    "Yusuf",
    "Greta",
    "Ibrahim",
    "Maren",
    "Callum",
    "Dolores",
    "Ezra",
    "Fatima",
    "Rupert",
    "Lucia",
    "Wendell",
    "Amara",
    "Silas",
    "Beatriz",
    "Theo",
    "Noor",
    "Calvin",
    "Ruth",
    "Milo",
    "Esther",
    "Jonah",
    "Talia",
    "Ambrose",
    "Vera",
    "Declan",
    "Odette",
    "Simone",
    "Hugo",
    "Linnea",
    "Cyrus",
    "Maeve",
    "Percy",
    "Iris",
    "Anders",
    "Pilar",
    "Bernard",
    "Yvette",
    "Otis",
    "Helena",
    "Quentin",
    "Sunita",
    "Gideon",
    "Clara",
    "Reuben",
    "Josefina",
]
LAST = [
    "Delgado",
    "Whitcombe",
    "Raman",
    "Nowak",
    "Bello",
    "Ashby",
    "Lindqvist",
    "Okonkwo",
    "Farrow",
    "Mensah",
    "Castellano",
    "Pryce",
    "Halvorsen",
    "Tanaka",
    "Beaumont",
    "Qureshi",
    "Doyle",
    "Marchetti",
    "Ferreira",
    "Kowalczyk",
    "Abernathy",
    "Osei",
    "Vance",
    "Lautner",
    "Haddad",
    "Strand",
    "Calloway",
    "Moreau",
    "Iyer",
    "Pennington",
    "Szabo",
    "Rourke",
    "Adeyemi",
    "Holloway",
    "Brandt",
    "Voss",
    "Kiely",
    "Amadi",
    "Sorensen",
    "Whitlock",
    "Nakamura",
    "Petrov",
    "Galloway",
    "Ochoa",
    "Fairbanks",
    "Lindgren",
    "Baptiste",
    "Crowley",
    "Hashemi",
    "Dunmore",
    "Rasmussen",
    "Teague",
    "Mbeki",
    "Carrow",
    "Ellery",
    "Vasquez",
    "Greer",
    "Hollis",
    "Abara",
    "Stroud",
    "Kessler",
    "Underwood",
    "Rademacher",
    "Nguyen",
    "Lowell",
    "Bianchi",
    "Tremblay",
    "Fitch",
    "Oyelaran",
]
SPANISH_FIRST = [
    "José",
    "María",
    "Guadalupe",
    "Juan",
    "Carmen",
    "Luis",
    "Ana",
    "Jesús",
    "Rosa",
    "Miguel",
    "Alejandra",
    "Ramón",
    "Verónica",
    "Francisco",
    "Isabel",
    "Arturo",
    "Leticia",
    "Ernesto",
    "Yesenia",
    "Rogelio",
    "Maribel",
    "Héctor",
    "Araceli",
    "Efraín",
    "Norma",
    "Saúl",
    "Gabriela",
    "Tomás",
]
SPANISH_LAST = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "Ramírez",
    "Flores",
    "Gómez",
    "Cruz",
    "Morales",
    "Reyes",
    "Jiménez",
    "Ruiz",
    "Mendoza",
    "Aguilar",
    "Ortiz",
    "Castillo",
    "Vargas",
    "Romero",
    "Salazar",
    "Chávez",
    "Guzmán",
    "Medina",
    "Herrera",
    "Ríos",
    "Núñez",
    "Cervantes",
    "Estrada",
    "Ibarra",
]
ASCII = str.maketrans("áéíóúñÁÉÍÓÚÑü", "aeiounAEIOUNu")


class People:
    """Draws senders: every name used once (a resubmission reuses its sender), every e-mail
    unique, anonymous senders with no e-mail or postal code."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.emails: set[str] = set()
        self.anon_turn = 0

    def anonymous(self) -> Sender:
        self.anon_turn += 1
        name = ANONYMOUS_NAMES[self.rng.randrange(len(ANONYMOUS_NAMES))]
        return Sender(name, None, None)

    def named(self, *, spanish: bool = False, email_rate: float = 0.85) -> Sender:
        rng = self.rng
        firsts, lasts = (SPANISH_FIRST, SPANISH_LAST) if spanish else (FIRST, LAST)
        while True:
            first, last = rng.choice(firsts), rng.choice(lasts)
            style = rng.random()
            if style < 0.75:
                name = f"{first} {last}"
            elif style < 0.85:
                name = f"{first[0]}. {last}"
            elif style < 0.93:
                name = f"{first} {last}".lower()
            else:
                name = f"{first} {last[0]}."
            if name not in self.names and f"{first} {last}" not in self.names:
                break
        self.names.add(name)
        self.names.add(f"{first} {last}")
        email = None
        if rng.random() < email_rate:
            f, la = first.translate(ASCII).lower(), last.translate(ASCII).lower()
            local = rng.choice(
                [
                    f"{f}.{la}",
                    f"{f[0]}{la}",
                    f"{f}{la}{rng.randint(2, 99)}",
                    f"{la}.{f}",
                    f"{f}_{la}",
                ]
            )
            domain = rng.choice(("example.com", "example.org", "example.net"))
            email = f"{local}@{domain}"
            while email in self.emails:
                email = f"{local}{rng.randint(100, 999)}@{domain}"
            self.emails.add(email)
        roll = rng.random()
        postal = (
            rng.choice(ZIPS) if roll < 0.75 else rng.choice(OUTSIDE_ZIPS) if roll < 0.82 else None
        )
        return Sender(name, email, postal, first, last)

    def sender(self, anon_rate: float, **kwargs: Any) -> Sender:
        if self.rng.random() < anon_rate:
            return self.anonymous()
        return self.named(**kwargs)


def _take(rng: random.Random, pool: list[str], used: set[str]) -> str:
    """One of ``pool`` not yet used when any is left (own words rarely repeat across copies)."""
    fresh = [p for p in pool if p not in used]
    choice = rng.choice(fresh or pool)
    used.add(choice)
    return choice


def _signed(who: Sender, rng: random.Random, closings: tuple[str, ...]) -> str:
    """A sign-off with the sender's name, or without one for an anonymous sender."""
    closing = rng.choice(closings)
    if who.anonymous or rng.random() < 0.15:
        return closing
    name = who.name if who.name != who.name.lower() else who.name.title()
    return f"{closing}\n{name}"


# --------------------------------------------------------------------------- pool (POOL)

POOL_GREETING = "Dear Mayor Vance and members of the Council,"
POOL_LETTER = [
    "I am asking you to reject the staff recommendation to close Quarry Lane Pool at the end of the 2027 season. The pool is the only public place to swim on the east side of Marrowick, and for many families it is the only place their children will ever learn.",
    "The staff report puts the repair bill at $3.1 million, but it compares that figure against the cost of a brand-new aquatic center that has no site, no design and no funding. Repairing the filtration system and the deck now would keep the pool open for another twenty years at a fraction of that cost.",
    "Last summer Quarry Lane hosted more than 600 free swim lessons, the Marrowick Marlins youth team, senior water aerobics five mornings a week, and the only lap hours within walking distance of the Eastgate apartments. None of that moves to a pool that does not exist.",
    "Please direct staff to fund the repairs from the parks bond and to keep Quarry Lane open while any new facility is planned.",
]
POOL_OWN = [
    "My son learned to swim at Quarry Lane when he was four and now he lifeguards there.",
    "I swim laps at Quarry Lane three mornings a week before work. There is nowhere else I can get to on foot.",
    "We moved to Eastgate in 2019 partly because the pool was a ten-minute walk away.",
    "I am 71 and the water aerobics class is the only exercise my knees allow.",
    "Both of my daughters swam for the Marlins. The team is half the reason they got through middle school.",
    "Please do not make east side kids take two buses to get to a pool.",
    "I was on the pool's volunteer cleanup crew last spring and the building is in better shape than the report suggests.",
    "Our summer camp brings forty kids a week to Quarry Lane. We have no other option for swimming.",
    "My husband had a stroke in 2024 and the warm-water therapy hours at Quarry Lane got him walking again.",
    "The west side has two pools. The east side has one. Closing it is not fair.",
    "I grew up swimming here in the 1980s and now I bring my grandkids.",
    "I teach at Corliss Elementary and most of my students have never been to any other pool.",
    "Drowning rates are highest among kids who never had lessons. Free lessons at Quarry Lane are a safety program.",
    "Why was the repair option never put to a public meeting before tonight?",
    "I would gladly pay a higher season pass to keep it open.",
    "My family cannot afford the YMCA and Quarry Lane is what we have in the summer.",
    "I coach the Marlins 10-and-under group. We have 58 kids registered and a waiting list.",
    "Please come to the pool on a July afternoon before you vote. You will see who uses it.",
    "I am a nurse and I see heat illness every summer in kids from the Eastgate apartments. The pool keeps them cool and safe.",
    "The bond voters approved in 2022 was sold to us with parks repairs in it.",
    "The pool is the one place in Eastgate where kids from every building mix.",
    "I learned to swim as an adult at Quarry Lane, at 45, in the evening classes.",
    "We can walk there. We cannot drive anywhere else.",
    "My granddaughter takes the free lessons every July.",
    "The lifeguards there are local teenagers and it is their first job.",
    "A new aquatic center is at least ten years away. Kids grow up in ten years.",
    "The pool is packed every hot afternoon I have been there.",
    "I am a pediatric physical therapist and I refer patients to Quarry Lane every summer.",
    "Please fund the repairs. That is all we are asking.",
    "My twins were on the Marlins for six years and it kept them out of trouble.",
    "The east side always loses these decisions. Not this time, please.",
    "Closing the pool would save money on paper and cost the neighborhood much more.",
    "I still remember the day the pool reopened after the 1998 repairs. The whole neighborhood came.",
    "We host our block party at the park every August because of the pool.",
    "There is no bus from Eastgate to the west side pools on Sundays.",
    "My wife and I do the 6 am lap swim together. It is the best hour of our day.",
    "The deck is cracked, yes. Fix the deck.",
    "I pay property taxes on Quarry Lane itself and I want my pool.",
    "Twenty years of use for a fraction of the cost is simply good budgeting.",
    "Please think about the seniors who cannot drive.",
    "Thank you to the lifeguards who keep it running with so little.",
    "If it closes, it will never reopen. That is what happened to the Ninth Street rec center.",
    "I got my first job as a lifeguard at Quarry Lane in 2003.",
    "Our neighborhood has no splash pad, no lake and no beach. Just this pool.",
    "Please don't balance the parks budget on the east side again.",
    "The repair estimate in 2021 was half of what the report says now. What changed?",
    "My kids count down the days until the pool opens every June.",
    "My doctor told me to swim for my back. Quarry Lane is where I do it.",
    "The pool staff know every kid by name.",
    "I help run the Saturday family swim and we see 150 people most weeks.",
]
POOL_INLINE = [
    "Agreed, every word.",
    "Yes! This is exactly right.",
    "This is the part that upsets me most.",
    "Exactly. No site, no design, no money.",
    "My kids were two of those 600.",
    "True. I checked the report myself.",
    "I can confirm the aerobics class is full every morning.",
    "Absolutely, fix the filters.",
    "The staff report skips this entirely.",
    "Where would the Marlins even go?",
    "Agree. Twenty years for a fraction of the price is a bargain.",
    "I'm sending this to the council too.",
    "Count me in on this one.",
    "This matches what the lifeguards told me.",
    "Right.",
    "So true.",
    "100% agree.",
    "Yes, and the lifeguards deserve better too.",
    "This is the key point.",
    "I didn't know that. Thank you for sharing.",
    "Well said.",
    "My neighbors all agree with this.",
    "This is what I told the parks board in October.",
    "Yes. And the pool has been underfunded for years.",
    "Correct, and nobody has asked the Marlins' parents.",
    "My mother is in that aerobics class!",
    "The lessons filled up in two hours this year.",
    "I hadn't seen that figure before.",
    "Good point about the bond.",
    "That's the heart of it.",
    "Please read this part twice.",
    "I walk there with my kids every day in July.",
    "Very true.",
    "Strongly agree with this paragraph.",
    "Yes, fund it from the bond.",
    "And the locker rooms too, please.",
]
POOL_HEAVY = [
    "I manage the Eastgate Commons apartments, 212 units. In July and August the pool is where our residents' children spend their afternoons, supervised, instead of in the parking lot. We ran a survey last fall and 64 families said they use it weekly.",
    "The filtration system was patched in 2021 by the same contractor the staff report cites, and the invoice was under $90,000. A phased repair is possible and the report does not consider it.",
    "When my mother was in rehab after her hip replacement, the physical therapist sent her to Quarry Lane because it is the only pool in town with a ramp entry. There is no replacement for that.",
    "I have volunteered at the front desk for six summers. On hot days we turn people away at capacity by two in the afternoon. This is not a facility people are abandoning; it is one that is too small for the demand.",
    "I understand the budget is tight. But closing the pool and promising a new center someday is how the east side lost its library branch in 2011, and that promise was never kept either.",
    "The Marlins swim team has produced three state qualifiers in five years from a neighborhood where most families cannot pay for club swimming. That happened because the pool is here.",
    "Teaching a child to swim costs the city about $40 a lesson series. A drowning costs a family everything. Please keep the lessons where the children are.",
    "I have reviewed the consultant's condition report. It rates the pool shell as fair, not poor, and recommends repair. The staff summary leaves that out.",
    "My kids and I walk to the pool. We do not have a car. If it closes, summer swimming is over for us.",
    "Our church runs a free lunch at the picnic tables next to the pool every Saturday in summer. Families come for the pool and stay for lunch. Closing it cuts off more than swimming.",
    "The deck and locker rooms need work, yes. Fund them. People in Eastgate have been patient for a long time.",
    "I was a lifeguard at Quarry Lane from 2015 to 2019. The equipment was old then, but the staff kept it safe, and with modest repairs it can stay safe.",
]
POOL_SIGS = (
    "Sent from Outlook for Android",
    "Sent from my iPhone",
    "Sent from Mail for Windows",
    "Get Outlook for iOS",
)
POOL_DAYS = (
    "Wed, Dec 9, 2026 at 6:02 PM",
    "Wed, Dec 9, 2026 at 6:02\u202fPM",
    "Wednesday, December 9, 2026 6:02 PM",
    "12/9/2026 6:02 PM",
)
FRIENDS = "Friends of Quarry Lane Pool <savethepool@quarrylane.example.org>"


def _quote(paragraphs: list[str], mark: str = "> ", width: int = 72) -> str:
    lines: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        if n:
            lines.append(mark.rstrip())
        lines.extend(mark + line for line in textwrap.wrap(paragraph, width - len(mark)))
    return "\n".join(lines)


def pool_email(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    heavy_pool = list(POOL_HEAVY)
    rng.shuffle(heavy_pool)
    shapes = ["plain"] * 22 + ["top"] * 16 + ["outlook"] * 12 + ["inline"] * 14 + ["nested"] * 8
    shapes += ["heavy"] * 8
    rng.shuffle(shapes)
    heavy_left = 8
    for shape in shapes:
        who = people.sender(0.1)
        if shape in ("outlook", "inline", "nested", "top") and who.anonymous:
            who = people.named(email_rate=1.0)
        if shape in ("outlook", "top", "nested") and who.email is None:
            who = people.named(email_rate=1.0)
        own: list[str] = []
        signoff = _signed(who, rng, ("Thank you,", "Thanks,", "Sincerely,", "Best,"))
        letter = [POOL_GREETING, *POOL_LETTER]
        if shape == "heavy":
            heavy_left -= 1
            mine = [heavy_pool.pop()]
            if len(heavy_pool) > heavy_left:
                mine.append(heavy_pool.pop())
            own = list(mine)
            body = "\n\n".join([POOL_GREETING, POOL_LETTER[0], *mine, POOL_LETTER[3], signoff])
            rows.append(Row("POOL", body, who, "pool-email", "heavy", personal="\n\n".join(own)))
            continue
        if shape == "plain":
            paragraphs = list(letter)
            if rng.random() < 0.35:
                extra = _take(rng, POOL_OWN, used)
                own.append(extra)
                paragraphs.insert(rng.choice((4, 5)), extra)
            body = "\n\n".join([*paragraphs, signoff])
        elif shape == "top":
            note = [_take(rng, POOL_OWN, used)] if rng.random() < 0.6 else []
            if note and rng.random() < 0.15:
                note.append(_take(rng, POOL_OWN, used))
            own.extend(note)
            header = f"On {rng.choice(POOL_DAYS)} {FRIENDS} wrote:"
            quoted = _quote([*letter, "Thank you,"])
            top = "\n\n".join(note) if note else ""
            sig = f"\n\n{rng.choice(POOL_SIGS)}" if rng.random() < 0.4 else ""
            name_line = (
                "" if who.anonymous or rng.random() < 0.4 else f"\n\n{who.first or who.name}"
            )
            body = f"{top}{name_line}{sig}\n\n{header}\n{quoted}".lstrip()
            if not note:
                body = f"{header}\n{quoted}"
        elif shape == "outlook":
            note = [_take(rng, POOL_OWN, used)] if rng.random() < 0.6 else []
            own.extend(note)
            rule = "_" * 32
            head = (
                f"{rule}\nFrom: {FRIENDS}\nSent: Wednesday, December 9, 2026 6:02 PM\n"
                f"To: {who.email}\nSubject: Keep Quarry Lane Pool open - Council item 4, Dec 10"
            )
            top = ("\n\n".join(note) + "\n\n") if note else ""
            body = f"{top}{head}\n\n" + "\n\n".join([*letter, "Thank you,"])
            if rng.random() < 0.5:
                body = f"{top}{rng.choice(POOL_SIGS)}\n\n{head}\n\n" + "\n\n".join(
                    [*letter, "Thank you,"]
                )
        elif shape == "inline":
            neighbour = people.named(email_rate=1.0)
            header = (
                f"On Wed, Dec 9, 2026 at {rng.randint(7, 10)}:{rng.randint(10, 59)} PM "
                f"{neighbour.name} <{neighbour.email}> wrote:"
            )
            parts = [header, _quote([POOL_GREETING])]
            answered = rng.sample(range(4), rng.choice((2, 2, 3)))
            for n, paragraph in enumerate(POOL_LETTER):
                parts.append(_quote([paragraph]))
                if n in answered:
                    reply = _take(rng, POOL_INLINE, used)
                    if rng.random() < 0.15:
                        reply = f"{reply} {_take(rng, POOL_OWN, used)}"
                    own.append(reply)
                    parts.append(reply)
            parts.append(_quote(["Thank you,", neighbour.first]))
            if rng.random() < 0.3:
                closing = _take(rng, POOL_OWN, used)
                own.append(closing)
                parts.append(closing)
            sig = "" if who.anonymous else f"-- \n{who.name}"
            body = "\n\n".join(p for p in [*parts, sig] if p)
        else:  # nested
            note = [_take(rng, POOL_OWN, used)]
            own.extend(note)
            inner = f"On {rng.choice(POOL_DAYS)} {FRIENDS} wrote:"
            middle = people.named(email_rate=1.0)
            outer = (
                f"On Thu, Dec 10, 2026 at {rng.randint(8, 11)}:{rng.randint(10, 59)} AM "
                f"{middle.name} <{middle.email}> wrote:"
            )
            quoted = "> " + inner + "\n" + _quote([*letter, "Thank you,"], ">> ")
            body = "\n\n".join([*note, signoff]) + f"\n\n{outer}\n{quoted}"
        rows.append(Row("POOL", body, who, "pool-email", "core", personal="\n\n".join(own)))
    return rows


# --------------------------------------------------------------------------- blowers (BLOWERS)

QUIET_LONG = [
    [
        "I am writing in support of the ordinance phasing out gas-powered leaf blowers in Marrowick by January 2028."
    ],
    [
        "A commercial gas blower produces more smog-forming pollution in one hour than driving a car from here to Denver.",
        "The two-stroke engines in most blowers burn a mix of oil and gasoline and leave a haze of benzene and fine particles at exactly the height where children and gardeners breathe.",
    ],
    [
        "The noise is not a matter of taste.",
        "Gas blowers run at 95 to 105 decibels at the operator's ear, and their low-frequency drone carries through walls for blocks.",
        "Workers who use them all day suffer the worst of it, and many already show hearing loss.",
    ],
    [
        "Battery equipment has caught up.",
        "Several neighboring cities have made the switch, and the proposed rebate of up to $400 per tool for small landscaping businesses will help crews replace their equipment without losing income.",
    ],
    ["Please adopt the ordinance as written, keep the 2028 date, and fund the rebate in full."],
]
QUIET_SHORT = [
    "I support the ordinance phasing out gas-powered leaf blowers in Marrowick by January 2028.",
    "Gas blowers pollute the air our kids breathe, and their noise harms workers and neighbors alike.",
    "Please adopt the ordinance as written, keep the 2028 date, and fund the rebate in full.",
]
QUIET_OWN = [
    "I work nights and the blowers start at 7:30 every morning on my block.",
    "My daughter has asthma and we keep her inside on blower days.",
    "Our HOA switched to battery tools last year and nobody noticed a difference in the lawns.",
    "I have tinnitus and the drone is unbearable.",
    "I work from home and I have had to mute client calls four times this week because of it.",
    "A rake works fine, by the way.",
    "Three different crews come through our street on three different days.",
    "I bought a battery blower for $180 and it does my whole yard on one charge.",
    "The dust they kick up ends up on my windowsills and in my lungs.",
    "My father ran a landscaping crew for thirty years and lost most of his hearing to it.",
    "Our dog shakes and hides under the bed every time one starts up.",
    "The smell of the exhaust comes straight in through our windows.",
    "I teach at Wren Park Elementary and the crews blow the playground during recess.",
    "Please do not let them push the date back again.",
    "I am a landscaper myself and I switched to battery two years ago.",
    "Our street has no trees to speak of and still gets blown every week.",
    "I am a pediatrician and fine particle exposure is a real health issue for small children.",
    "My neighbor runs his for an hour to move twelve leaves.",
    "Quiet mornings should not be a luxury.",
    "The rebate is what makes this fair to the small crews.",
    "My baby naps at ten and the blowers start at ten.",
    "I measured 92 decibels at my front door last week.",
    "The exhaust smell lingers on our porch for an hour.",
    "I have asked my neighbor's crew to stop at 7 am and they just shrug.",
    "Electric tools are quieter and cheaper to run.",
    "We keep the windows shut all October.",
    "My cat hides for the whole morning.",
    "The crews deserve safer tools as much as we deserve quiet.",
    "I grew up in a city that banned them and it was fine.",
    "Battery mowers are already common on our block.",
    "Please protect the workers' hearing.",
    "I sleep during the day because I drive a night bus.",
    "I can hear three blowers at once from my kitchen right now.",
    "Our block is mostly renters and nobody asked us.",
    "The leaves can stay on the lawn; they are good for it.",
    "Please think of the people who work nights.",
    "My son's preschool nap time is wrecked every Tuesday.",
]
BLOWERS_GREETINGS = (
    "Dear Councilmembers,",
    "Dear Mayor Vance and Council,",
    "Hello,",
    "To the City Council:",
)
QUIET_HEAVY = [
    "I have lived on Tamsin Court for twenty-two years. The blowers now run from spring to Thanksgiving, not just in the fall, and our crew sends three men with three blowers to a yard the size of a tennis court.",
    "I chair the parent group at Wren Park Elementary. We measured 88 decibels on the playground last October while a crew worked the school lawn during lunch recess.",
    "I run a two-person landscaping business and I switched to battery equipment in 2025. It cost me about $2,600 up front and I have made it back in fuel. The rebate would have helped a lot.",
    "I am an audiologist. Most of the landscape workers I see in my clinic have measurable hearing loss before age forty, and none of them were given hearing protection.",
    "My wife is recovering from chemotherapy and the exhaust sets off her nausea. We have asked the crews next door to give us notice, and they cannot.",
    "I work a night shift at Marrowick General and sleep from eight to three. There is not a single weekday in October when I get that sleep without being woken up.",
]


def _insert_mid(paragraph: list[str], sentence: str, rng: random.Random) -> list[str]:
    at = rng.randrange(1, len(paragraph))
    return [*paragraph[:at], sentence, *paragraph[at:]]


def blowers_quiet(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    heavy_pool = list(QUIET_HEAVY)
    rng.shuffle(heavy_pool)
    shapes = ["short"] * 40 + ["long"] * 25 + ["heavy"] * 5
    rng.shuffle(shapes)
    mid_left = 14
    for shape in shapes:
        who = people.sender(0.15)
        own: list[str] = []
        greeting = rng.choice(BLOWERS_GREETINGS) if rng.random() < 0.7 else None
        signoff = _signed(who, rng, ("Thank you,", "Sincerely,", "Thanks,", "Regards,"))
        if rng.random() < 0.2:
            signoff = "" if who.anonymous else who.name
        if shape == "short":
            sentences = list(QUIET_SHORT)
            if mid_left and rng.random() < 0.4:
                mine = _take(rng, QUIET_OWN, used)
                sentences = _insert_mid(sentences, mine, rng)
                own.append(mine)
                mid_left -= 1
            paragraphs = [" ".join(sentences)]
            if rng.random() < 0.3:
                mine = _take(rng, QUIET_OWN, used)
                own.append(mine)
                paragraphs.append(mine)
        elif shape == "long":
            paragraphs = []
            inserted = False
            for n, paragraph in enumerate(QUIET_LONG):
                if len(paragraph) > 1 and mid_left and not inserted and rng.random() < 0.25:
                    mine = _take(rng, QUIET_OWN, used)
                    paragraph = _insert_mid(paragraph, mine, rng)
                    own.append(mine)
                    inserted = True
                    mid_left -= 1
                paragraphs.append(" ".join(paragraph))
                if n == 3 and rng.random() < 0.2:
                    mine = _take(rng, QUIET_OWN, used)
                    own.append(mine)
                    paragraphs.append(mine)
        else:
            stories = [heavy_pool.pop()]
            if rng.random() < 0.3:
                stories.append(_take(rng, QUIET_OWN, used))
            own = list(stories)
            paragraphs = [
                " ".join(QUIET_LONG[0]),
                *stories,
                " ".join(QUIET_LONG[3]),
                " ".join(QUIET_LONG[4]),
            ]
        body = "\n\n".join(p for p in [greeting, *paragraphs, signoff] if p)
        tier = "heavy" if shape == "heavy" else "core"
        rows.append(Row("BLOWERS", body, who, "blowers-quiet", tier, personal="\n\n".join(own)))
    return rows


CREWS = [
    (
        "I am a landscaper in Marrowick and I ask the council to delay the gas leaf blower ban.",
        "Soy jardinero en Marrowick y le pido al concejo que aplace la prohibición de sopladoras de gasolina.",
    ),
    (
        "A battery blower that can do a full day of commercial work costs more than $900, and each crew needs several batteries and chargers in the truck. A $400 rebate does not cover that.",
        "Una sopladora de batería que aguante un día completo de trabajo comercial cuesta más de $900, y cada cuadrilla necesita varias baterías y cargadores en la camioneta. Un reembolso de $400 no alcanza.",
    ),
    (
        "Most of us are small family businesses. Our clients will not pay more, and we cannot stop working while we wait for equipment.",
        "La mayoría somos pequeños negocios familiares. Nuestros clientes no van a pagar más, y no podemos dejar de trabajar mientras esperamos el equipo.",
    ),
    (
        "Please move the date to 2030 and raise the rebate to cover a full set of tools.",
        "Por favor cambien la fecha a 2030 y aumenten el reembolso para cubrir un equipo completo.",
    ),
]
CREWS_OWN = [
    "Tengo tres hijos y este trabajo es lo único que tenemos.",
    "I have worked in this city for nineteen years.",
    "Las baterías no duran ni medio día en el calor de agosto.",
    "We have two trucks and six workers, all family.",
    "Nadie del concejo vino a hablar con nosotros antes de escribir esta ley.",
    "I already bought one battery blower and it died after two hours on a big property.",
    "Mis clientes son casas grandes en Wren Park, no jardines pequeños.",
    "We are not against the change, we just need time.",
    "El año pasado compré una camioneta nueva y todavía la estoy pagando.",
    "The charging alone needs a generator in the truck, which also runs on gas.",
    "Trabajo con mi hermano y mi sobrino desde 2012.",
    "Please talk to the crews before you vote.",
    "Si nos multan, perdemos la ganancia de toda la semana.",
    "We also pay taxes here and most of us live in Eastgate.",
    "Cada batería cuesta casi $300.",
    "My crew works twelve hours a day in the fall.",
    "Queremos cumplir con la ley, pero necesitamos ayuda real.",
    "We were never invited to the meetings about this.",
    "La multa de $250 es más de lo que gano en un día.",
    "Our clients want the leaves gone, they do not care how.",
]
CREWS_HEAVY = [
    "Mi compañía tiene cuatro empleados. Para cambiar todo el equipo necesito unos $11,000 entre sopladoras, baterías, cargadores y un inversor para la camioneta. El reembolso de la ciudad cubre menos de la quinta parte.",
    "I maintain the grounds of three apartment complexes on Halloway Road. The property managers have already told me they will not pay a higher contract price, so the cost of new equipment comes straight out of my workers' wages.",
    "Yo sí probé el equipo de batería en 2025. En propiedades comerciales las baterías se acaban antes del mediodía y tenemos que regresar a cargar. Perdemos dos horas por día.",
]
CREWS_BUSINESSES = [
    "Jardinería Hernández",
    "Green Valley Lawn & Garden",
    "Ríos Landscaping",
    "Martínez Tree & Yard",
    "Eastgate Gardens LLC",
    "Servicios de Jardín López",
    "Cruz Brothers Landscaping",
    "Paisajismo Medina",
    "Flores Yard Care",
    "Sunrise Landscape Maintenance",
    "Jardines Reyes",
    "Castillo Lawn Service",
]


def blowers_crews(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    heavy_pool = list(CREWS_HEAVY)
    rng.shuffle(heavy_pool)
    layouts = ["en-es"] * 14 + ["es-en"] * 9 + ["slash"] * 6 + ["blocks"] * 4 + ["heavy"] * 3
    rng.shuffle(layouts)
    for layout in layouts:
        who = people.sender(0.08, spanish=True, email_rate=0.5)
        own: list[str] = []
        template = list(CREWS)
        heavy = layout == "heavy"
        if heavy:
            layout = rng.choice(("en-es", "es-en"))
        pairs: list[tuple[str, str] | str] = list(template)
        if heavy:
            mine = heavy_pool.pop()
            pairs = [template[0], mine, template[3]]
            own.append(mine)
        elif rng.random() < 0.45:
            mine = _take(rng, CREWS_OWN, used)
            pairs.insert(rng.choice((1, 3, 4)), mine)
            own.append(mine)
        if layout == "blocks":
            english = [p if isinstance(p, str) else p[0] for p in pairs]
            spanish = [p[1] for p in pairs if not isinstance(p, str)]
            paragraphs = [*english, rng.choice(("---", "* * *", "En español:")), *spanish]
        else:
            paragraphs = []
            for pair in pairs:
                if isinstance(pair, str):
                    paragraphs.append(pair)
                elif layout == "en-es":
                    paragraphs.extend(pair)
                elif layout == "es-en":
                    paragraphs.extend((pair[1], pair[0]))
                else:
                    paragraphs.append(f"{pair[0]} / {pair[1]}")
        greeting = rng.choice(
            (
                "Dear City Council / Estimado Concejo Municipal,",
                "Estimados miembros del Concejo:",
                "Dear Council,",
                None,
            )
        )
        business = rng.choice(CREWS_BUSINESSES)
        if who.anonymous:
            sig = rng.choice((business, "Gracias / Thank you"))
        else:
            sig = rng.choice(
                (
                    f"{who.name}\n{business}",
                    f"{who.name} - {business}",
                    f"Atentamente,\n{who.name}\n{business}",
                )
            )
        body = "\n\n".join(p for p in [greeting, *paragraphs, sig] if p)
        tier = "heavy" if heavy else "core"
        rows.append(Row("BLOWERS", body, who, "blowers-crews", tier, personal="\n\n".join(own)))
    return rows


# --------------------------------------------------------------------------- trees (TREES)

RANKED_INTRO = [
    "Dear Mayor Vance and Councilmembers,",
    "I ask you not to approve the Halloway Road widening as drawn, which removes 41 mature London plane trees between Ninth Street and Corliss Avenue. The same safety goals can be met without cutting them down.",
    "Before any vote, please direct staff to study these alternatives, listed in the order that matters most to me:",
]
RANKED_LIST = [
    "Narrow the travel lanes to ten feet and keep the existing curb line.",
    "Move the bus stops to the far side of each intersection instead of adding turn pockets.",
    "Route the new water main under the roadway rather than the planting strip.",
    "Have an independent arborist assess each tree and publish the report.",
    "Replace any tree that must come down with two trees of at least three-inch caliper on the same block.",
]
RANKED_CLOSE = "These trees shade the only walking route to Corliss Elementary and cool a stretch of road that has no other canopy. Please send the project back for a design that keeps them."
RANKED_OWN = [
    "I have walked my kids to Corliss under those trees for nine years.",
    "The arborist question matters most to me because the city's own survey was done from a car.",
    "In August the sidewalk under the planes is ten degrees cooler than the block without them.",
    "I live on Halloway and I would rather have slower traffic than no trees.",
    "I am not against fixing the road. I am against doing it this way.",
    "Please also ask how many of the replacement trees from the 2019 Ninth Street project survived.",
    "My grandfather planted some of these trees with the parks crew in 1958.",
    "The turn pockets will only make drivers go faster.",
    "The arborist report should come first, before anything else is decided.",
    "My street floods when it rains and the trees soak up much of it.",
    "I ride the bus on Halloway and the far-side stops would help me more than turn pockets.",
    "I care most about the replacement trees, because the last ones were too small.",
]
RANKED_HEAVY = [
    "I am a certified arborist and I walked the corridor last Sunday. Of the 41 trees, I found two with visible decay and none that are a hazard. Root pruning and a narrower trench would save almost all of them.",
    "I drive the 14 bus on Halloway. The delays are at the Ninth Street signal, not along the block. Moving the stops would fix most of it without touching the planting strip.",
    "My house faces the 600 block. Our summer electric bill doubled the year the city took down the two trees in front of our neighbors, and that was two trees, not forty-one.",
    "Our PTA surveyed Corliss families last month: 212 of them walk to school along Halloway. They asked us to send one message: keep the shade.",
]


def trees_ranked(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    heavy_pool = list(RANKED_HEAVY)
    rng.shuffle(heavy_pool)
    kinds = ["plain"] * 42 + ["own"] * 10 + ["heavy"] * 4
    rng.shuffle(kinds)
    for kind in kinds:
        who = people.sender(0.12)
        order = list(RANKED_LIST)
        rng.shuffle(order)
        style = rng.choice(("{n}. ", "{n}. ", "{n}. ", "{n}) "))
        own: list[str] = []
        if kind == "heavy":
            order = order[:2]
        numbered = "\n".join(style.format(n=n) + item for n, item in enumerate(order, 1))
        paragraphs = [*RANKED_INTRO, numbered]
        if kind == "heavy":
            story = heavy_pool.pop()
            own.append(story)
            paragraphs = [RANKED_INTRO[0], RANKED_INTRO[1], story, RANKED_INTRO[2], numbered]
            paragraphs.append("Please send the project back for a design that keeps them.")
        else:
            paragraphs.append(RANKED_CLOSE)
            if kind == "own":
                mine = _take(rng, RANKED_OWN, used)
                own.append(mine)
                paragraphs.insert(rng.choice((4, 5)), mine)
        signoff = _signed(who, rng, ("Thank you,", "Sincerely,", "Respectfully,"))
        body = "\n\n".join([*paragraphs, signoff])
        tier = "heavy" if kind == "heavy" else "core"
        rows.append(Row("TREES", body, who, "trees-ranked", tier, personal="\n\n".join(own)))
    return rows


CHAT = [
    "The council votes Thursday night on the Halloway Road widening, which cuts down all 41 plane trees between Ninth and Corliss.",
    "Please tell them to send it back for a design that keeps the trees. Copy this message into the eComment form for item 7 and add a line about what the trees mean to you.",
    "Halloway has the only shade on the walk to Corliss Elementary. Once the trees are gone it takes forty years to get them back.",
]
CHAT_FROM = "Halloway Tree Watch"
CHAT_OWN = [
    "Those trees are why I bought my house.",
    "I run under them every morning.",
    "My kids call the big one by the bus stop the elephant tree.",
    "We had our wedding photos taken under them.",
    "Keep the trees!!",
    "Please listen to the neighborhood on this one.",
    "The birds in those trees wake me up every spring and I love it.",
    "I sit on the bench under them on my lunch break.",
    "Without them the walk to school is a parking lot in August.",
    "I pushed a stroller under those trees for three years.",
    "They are the best thing about living on Halloway.",
    "Fix the road, keep the trees.",
    "I am 80 and I need the shade to walk to the pharmacy.",
    "There are owls in the one at Ninth and Halloway.",
    "My mom planted the one in front of 712.",
    "It's the only green on the whole road.",
    "Please vote no on the widening.",
    "I walk my dog under them twice a day.",
    "Those trees were here before any of us.",
    "The shade saves me on my walk home from the bus.",
    "My son climbs the low one by the library.",
    "Keep Halloway green.",
    "I moved here from a street with no trees. Never again.",
    "The plane trees turn gold in November and the whole street glows.",
    "We picnic under them every Sunday in summer.",
    "Cutting all 41 at once is too much.",
    "They block the noise of the traffic for our apartment.",
    "I am a bus driver and I wait under them at the layover.",
    "My daughter did her science project on those trees.",
    "Please save them for the kids walking to Corliss.",
    "There is no other shade for blocks.",
    "They keep my second floor cool without the AC.",
    "Every spring they fill with finches.",
    "Please, not the trees.",
    "I have lived on Halloway for 30 years. Keep the trees.",
    "My late husband loved those trees.",
    "The road can be fixed without this.",
    "Shade is infrastructure too.",
    "There is a hummingbird nest in one every spring.",
    "They are older than the houses.",
    "We need more shade, not less.",
    "I teach at Corliss and the kids love those trees.",
    "I'm asking you to keep them.",
    "Those trees are our neighborhood's front porch.",
    "The street would be unbearable without them.",
    "I park under them so my car doesn't bake.",
    "Halloway is my walk to work and I love it because of the trees.",
    "Please protect what took 60 years to grow.",
]
CHAT_HEAVY = [
    "I'm a member of this group and I want to add that the city's own 2023 canopy plan calls Halloway a priority shade corridor. Tearing it out contradicts the plan the council adopted.",
    "My son has a heart condition and cannot be in direct sun for long. The shaded walk on Halloway is how he gets to school on his own.",
]
CHAT_TIMES = [(8, 41), (8, 43), (9, 2), (7, 58), (10, 15), (8, 12), (9, 37)]


def _chat_lines(fmt: str, bubbles: list[str], rng: random.Random) -> str:
    hour, minute = rng.choice(CHAT_TIMES)
    out: list[str] = []
    for n, bubble in enumerate(bubbles):
        hour, m = (hour + 1, 0) if minute + n > 59 else (hour, minute + n)
        sec = rng.randint(0, 59)
        if fmt == "ios":
            out.append(f"[12/9/26, {hour}:{m:02d}:{sec:02d} PM] {CHAT_FROM}: {bubble}")
        elif fmt == "android":
            out.append(f"12/9/26, {hour + 12}:{m:02d} - {CHAT_FROM}: {bubble}")
        elif fmt == "messages":
            out.append(f"{CHAT_FROM}\nWed, Dec 9 at {hour}:{m:02d} PM\n{bubble}")
        elif fmt == "paren":
            out.append(f"{CHAT_FROM} (Dec 9, {hour}:{m:02d} PM): {bubble}")
        else:
            out.append(bubble)
    joiner = "\n\n" if fmt in ("messages", "plain") else "\n"
    return joiner.join(out)


def trees_chat(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    fmts = ["ios"] * 11 + ["android"] * 8 + ["messages"] * 7 + ["paren"] * 6 + ["plain"] * 6
    fmts += ["heavy"] * 2
    rng.shuffle(fmts)
    heavy_pool = list(CHAT_HEAVY)
    for fmt in fmts:
        who = people.sender(0.2, email_rate=0.6)
        own: list[str] = []
        heavy = fmt == "heavy"
        if heavy:
            fmt = rng.choice(("ios", "android"))
        split = rng.random()
        if heavy:
            bubbles = [CHAT[0], CHAT[1]]
        elif split < 0.4:
            bubbles = list(CHAT)
        elif split < 0.7:
            bubbles = [f"{CHAT[0]} {CHAT[1]}", CHAT[2]]
        else:
            bubbles = [" ".join(CHAT)]
        chat = _chat_lines(fmt, bubbles, rng)
        if fmt != "plain" and rng.random() < 0.3:
            chat = rng.choice(("Forwarded\n", "⤻ Forwarded\n", "Forwarded message:\n")) + chat
        parts: list[str] = []
        if heavy:
            mine = heavy_pool.pop()
            own.append(mine)
            parts = [chat, mine]
        else:
            where = rng.random()
            mine = "" if where < 0.15 else _take(rng, CHAT_OWN, used)
            if where < 0.15:
                parts = [chat]
            elif where < 0.45:
                own.append(mine)
                parts = [mine, chat]
            else:
                own.append(mine)
                parts = [chat, mine]
                if rng.random() < 0.25:
                    second = _take(rng, CHAT_OWN, used)
                    own.append(second)
                    parts.append(second)
        if not who.anonymous and rng.random() < 0.3:
            parts.append(f"- {who.first or who.name}")
        body = "\n\n".join(parts)
        tier = "heavy" if heavy else "core"
        rows.append(Row("TREES", body, who, "trees-chat", tier, personal="\n\n".join(own)))
    return rows


# --------------------------------------------------------------------------- cameras (CAMERAS)

LEADERS = [
    "We are writing as leaders of congregations, clinics and community organizations in Marrowick to urge you not to renew the city's contract with SentryPlate for automated license plate readers.",
    "The 38 cameras installed in 2024 record every passing car, not only vehicles linked to a crime, and the data is kept for a year on a server the city does not control. SentryPlate's own audit shows that outside agencies searched Marrowick's data more than 11,000 times last year.",
    "The people we serve include patients driving to the Hollis Street clinic, families coming to worship, and workers on their way to early shifts. They should not have to wonder who is tracking where they go.",
    "At a minimum, any renewal must cut retention to 30 days, end sharing with outside agencies, and publish a yearly report on every search.",
    "We ask that you let the contract expire on March 31.",
]
LEADER_TITLES = [
    ("Rev.", "Pastor", "Eastgate Community Church"),
    ("", "Executive Director", "Hollis Street Family Clinic"),
    ("Imam", "Imam", "Masjid al-Noor of Marrowick"),
    ("Rabbi", "Rabbi", "Congregation Beth Shalom"),
    ("", "Board Chair", "Marrowick Tenants Council"),
    ("", "Coordinator", "Eastgate Food Pantry"),
    ("Dr.", "Medical Director", "Hollis Street Family Clinic"),
    ("Rev.", "Associate Minister", "First Unitarian Society of Marrowick"),
    ("", "Program Manager", "Marrowick Immigrant Legal Services"),
    ("Sister", "Director of Outreach", "St. Brigid Parish"),
    ("", "President", "Wren Park Neighborhood Association"),
    ("", "Organizer", "Marrowick Day Laborer Center"),
    ("Pastor", "Senior Pastor", "New Hope AME Church"),
    ("", "Youth Director", "Boys & Girls Club of Eastgate"),
    ("", "Co-Director", "Marrowick Reentry Project"),
    ("Deacon", "Deacon", "Iglesia Cristo Vive"),
]
LEADER_MOTTOS = [
    '"Justice, justice shall you pursue." - Deuteronomy 16:20',
    '"Injustice anywhere is a threat to justice everywhere."',
    "Serving Eastgate since 1987",
    "Pronouns: she/her",
    "Pronouns: he/him",
]
LEADER_OWN = [
    "Several of our members have asked me whether it is safe to drive to Friday prayers. I could not honestly tell them yes.",
    "Our clinic sees many patients who already avoid care out of fear. Cameras on the roads to our door make that worse.",
    "Our volunteers drive to the pantry at five in the morning. None of them should end up in a database for it.",
    "I have served this parish for eleven years and I have never seen our families as afraid as they are this year.",
    "The youth we serve are stopped often enough already.",
    "We raised this with the police chief in September and have not had an answer.",
    "Our board voted unanimously to sign this letter.",
    "I have lived in Marrowick my whole life and I do not recognize a city that tracks its residents this way.",
    "Our food pantry clients have told us they now take longer routes to avoid the cameras.",
    "We hear from parents who are afraid to drive their children to school.",
    "The immigrant families we serve have every reason to fear how this data could be used.",
]
LEADER_HEAVY = [
    "In March a member of our congregation was stopped on Hollis Street after a camera misread her plate as a stolen car's. She was held at gunpoint with her two children in the back seat. The city has never apologized to her.",
    "Our legal services program has reviewed the contract. Nothing in it stops SentryPlate from selling access to the data to private companies, and the audit clause has never been used.",
]


def _signature(
    who: Sender, title: tuple[str, str, str], rng: random.Random, phone: str, style: int
) -> str:
    honorific, role, org = title
    name = who.name if who.name != who.name.lower() else who.name.title()
    full = f"{honorific} {name}".strip() if honorific and rng.random() < 0.7 else name
    if style == 0:
        lines = [full, role, org]
    elif style == 1:
        lines = [f"{full} | {role} | {org}"]
    elif style == 2:
        lines = [full, f"{role}, {org}*", "*Organization listed for identification purposes only"]
    elif style == 3:
        lines = [full, role, org, f"{phone} | {who.email or ''}".rstrip(" |")]
    else:
        lines = [full, f"{role}, {org}", rng.choice(LEADER_MOTTOS)]
    if style in (0, 4) and rng.random() < 0.4:
        lines.append(f"Office: {phone}")
    if who.postal_code and rng.random() < 0.3:
        lines.append(f"Marrowick, {who.postal_code}")
    return "\n".join(lines)


def cameras_leaders(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    kinds = ["plain"] * 17 + ["own"] * 9 + ["heavy"] * 2
    rng.shuffle(kinds)
    heavy_pool = list(LEADER_HEAVY)
    phones = [f"555-01{n:02d}" for n in range(10, 90)]
    rng.shuffle(phones)
    titles = LEADER_TITLES * 2
    rng.shuffle(titles)
    for kind in kinds:
        who = people.named(email_rate=0.9)
        own: list[str] = []
        paragraphs = list(LEADERS)
        if kind == "heavy":
            mine = heavy_pool.pop()
            own.append(mine)
            paragraphs = [LEADERS[0], mine, LEADERS[3], LEADERS[4]]
        elif kind == "own":
            mine = _take(rng, LEADER_OWN, used)
            own.append(mine)
            paragraphs.insert(rng.choice((3, 4, 5)), mine)
        greeting = rng.choice(
            ("Dear Mayor Vance and Members of the City Council,", "Dear Councilmembers,")
        )
        closing = rng.choice(("Respectfully,", "In faith,", "With gratitude,", "Sincerely,"))
        sig = _signature(who, titles.pop(), rng, phones.pop(), len(rows) % 5)
        body = "\n\n".join([greeting, *paragraphs, f"{closing}\n\n{sig}"])
        tier = "heavy" if kind == "heavy" else "core"
        rows.append(Row("CAMERAS", body, who, "cameras-leaders", tier, personal="\n\n".join(own)))
    return rows


MERCHANTS = [
    "As a business owner in downtown Marrowick, I support renewing the license plate reader contract.",
    "Since the cameras went up, police have recovered stolen vehicles and identified the driver in two hit-and-run crashes on Ferrand Street.",
    "Our customers and employees feel safer, and I ask the council to renew the contract for three more years.",
]
SHOPS = [
    "Quill & Dram Books",
    "Ferrand Street Hardware",
    "Lucky Noodle House",
    "Marrowick Cycle Works",
    "Bella Cuts Salon",
    "Northside Pharmacy",
    "The Copper Kettle",
    "Halvorsen Jewelers",
    "Pryce Family Dental",
    "Corner Market on Ferrand",
    "Second Act Thrift",
    "Stroud Insurance Agency",
    "Tanaka Florist",
    "Eastgate Tire & Lube",
    "Brightside Bakery",
    "Vance Street Laundromat",
    "Osei Tailoring",
    "Gallery 417",
]
MERCHANT_OWN = [
    "Our back lot had three break-ins in 2023 and none since.",
    "A customer's car was stolen from in front of my shop in May and found within a day.",
    "I close at ten at night and my staff walk to their cars alone.",
    "Privacy concerns can be handled with rules, not by pulling the cameras.",
    "We pay a lot in taxes downtown and we deserve this protection.",
]
MERCHANT_HEAVY = "My store was hit twice by a driver who smashed the front window and took the register. The second time, the plate reader caught the car on Ferrand two minutes later and he was arrested that night. I have owned this shop for 26 years and that was the first time anyone was ever caught."


def cameras_merchants(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    used: set[str] = set()
    kinds = ["plain"] * 12 + ["own"] * 5 + ["heavy"]
    rng.shuffle(kinds)
    shops = list(SHOPS)
    rng.shuffle(shops)
    for kind in kinds:
        who = people.sender(0.1)
        own: list[str] = []
        sentences = list(MERCHANTS)
        if kind == "heavy":
            own.append(MERCHANT_HEAVY)
            paragraphs = [MERCHANTS[0], MERCHANT_HEAVY, MERCHANTS[2]]
        else:
            paragraphs = [" ".join(sentences)]
            if kind == "own":
                mine = _take(rng, MERCHANT_OWN, used)
                own.append(mine)
                paragraphs.append(mine)
        shop = shops.pop()
        if who.anonymous:
            sig = f"Owner, {shop}" if rng.random() < 0.5 else "A downtown business owner"
        else:
            sig = f"{who.name}\nOwner, {shop}"
        body = "\n\n".join([*paragraphs, sig])
        tier = "heavy" if kind == "heavy" else "core"
        rows.append(Row("CAMERAS", body, who, "cameras-merchants", tier, personal="\n\n".join(own)))
    return rows


# --------------------------------------------------------------------------- residents

RESIDENTS: dict[str, list[str]] = {
    "POOL": [
        "Keep the pool open.",
        "Fix it. Don't close it.",
        "Quarry Lane pool must stay!!!",
        "I support the staff recommendation. The pool loses money every year and the city should put that money into the new aquatic center instead of patching a 1962 building.",
        "Honestly I love Quarry Lane but the locker rooms are disgusting and have been for ten years. If you keep it, actually fix them this time.",
        "How much of the parks bond is already committed? The staff report does not say, and I would like to know before anyone promises it to the pool.",
        "I have been a lifeguard at Quarry Lane for three summers. The pump room floods every June. Whatever you decide, please do not ask staff to keep working around it.",
        "We need a pool on the east side. Whether that is Quarry Lane or a new one I don't care, but don't leave us with nothing for five years.",
        "Please consider a partnership with the school district. Corliss has land next to the field that could host a new pool.",
        "Mantengan abierta la piscina, por favor. Mis hijos no tienen otro lugar para nadar en el verano.",
        "The Marlins can practice at the high school pool. That is what the swim team did during the 2018 repairs. Closing Quarry Lane is not the end of the world.",
        "I counted: there were eleven people in the pool at 3 pm on a weekday last August. It is not as busy as people say.",
        "Re the comment above about eleven people: that was the week of the smoke advisory. Come on a normal day.",
        "Three million dollars for a pool that serves a few hundred families is a lot when we can't fill potholes on Ninth Street.",
        "My kids learned to swim at the Y because the Quarry Lane lesson list was full every year. Expand the lessons, wherever they happen.",
        "Can the council explain why the filtration system was not maintained in the first place? This is a maintenance failure being sold as an inevitable closure.",
        "Support closing. Build the new center.",
        "I'm writing to ask for a splash pad at Quarry Lane Park if the pool does close. Little kids need somewhere to cool off.",
        "The pool is a lifeline for seniors. I go to aerobics there and I see the same faces every morning. Some of them don't talk to anyone else all day.",
        "Please keep it open at least until the new center is funded. A closed pool with no replacement is the worst outcome.",
        "Does the $3.1 million include the ADA upgrades? If not, the real figure is higher and the council should see it.",
        "I am a water polo coach and our program would travel to Quarry Lane if the lanes were reconfigured. There is more demand than the report assumes.",
    ],
    "BLOWERS": [
        "Ban them tomorrow.",
        "Yes to the ban. 2028 is already generous.",
        "This ordinance is government overreach. What equipment I use on my own yard is my business.",
        "Please consider the landscapers. Many of them are immigrants running small businesses and this will cost them a lot.",
        "I would support this if the rebate were bigger. $400 doesn't buy a commercial battery blower.",
        "Leaf blowers are the loudest thing in my neighborhood, louder than the freeway. Thank you for finally doing something.",
        "Exempt the city's own crews? The parks department runs more gas blowers than anyone. If you pass this, it applies to you first.",
        "Could the council limit the hours instead of banning outright? No blowers before 9 am or after 5 pm would solve most of the problem.",
        "Apoyo la prohibición, pero necesitan ayudar a los trabajadores a comprar el equipo nuevo.",
        "I have COPD. The dust from blowers puts me in the hospital every fall. Please pass this.",
        "Battery blowers are fine for a small yard. For a church parking lot or a school they are not there yet. Give commercial users longer.",
        "Enforcement? Who is going to answer a blower complaint at 8 am on a Tuesday? The code enforcement office already can't keep up.",
        "I run a small landscaping business and I support the ban. I switched in 2024 and my crew's hearing is better for it.",
        "Good idea but 2028 is too soon for the crews. 2029 with a real rebate program.",
        "What about snow? Some of us use gas blowers to clear driveways in January.",
        "Please pass it. Quiet is a public good.",
        "Los sopladores de gasolina hacen mucho ruido pero es nuestro trabajo. Denos más tiempo.",
        "The decibel numbers in the staff report are measured at 50 feet. At my window it is much worse.",
        "Leaf blowers just move the dust to my yard. I'm for the ban.",
        "Tie the rebate to proof of purchase from local stores so the money stays in Marrowick.",
        "I don't like the noise either, but fines on workers are the wrong way to do this. Fine the property owners who hire them.",
        "Neutral on the ban. Strongly against any fines on individual workers.",
    ],
    "TREES": [
        "Save the trees on Halloway.",
        "I support the widening. I drive Halloway every day and the backups at Ninth Street add ten minutes to my commute.",
        "The plane trees are beautiful but their roots have broken the sidewalk in front of my house in four places. Something has to be done.",
        "Please keep the canopy. Replant if you must, but do not clear the whole road.",
        "Why does a road project need 41 trees removed when the water main could go under the street? Has engineering looked at that?",
        "As a cyclist I want the protected bike lane in the plan. If that means losing some trees, I'd still support it.",
        "Los árboles de Halloway dan sombra a todo el barrio. No los corten.",
        "I sat through the design workshop in June and none of the residents' alternatives made it into the staff report. That is not community input.",
        "Trees or no trees, please fix the crosswalk at Corliss. Someone is going to get killed there.",
        "Forty years for new trees to grow. Think about that before you vote.",
        "I'm a Corliss parent and I want both: a safer crossing AND the shade. Please don't make us choose.",
        "London planes are tough trees. They survive construction better than almost any species if the roots are protected. Hire someone who knows how.",
        "Widen it. The trees can be replaced.",
        "The staff report says the replacement trees will be 2-inch caliper. Those take decades to give any shade at all.",
        "Replying to the cyclist above: a bike lane under shade is the only kind anyone will ride in July.",
        "I own a business on Halloway and I'm worried about two years of construction more than the trees. Please phase the work.",
        "Plant more trees, not fewer.",
        "I counted the trees myself: there are 43, not 41, between Ninth and Corliss. Two are missing from the survey.",
        "Our block lost its trees in 2019 for the Ninth Street project and only half of the replacements are alive today.",
        "Bus riders wait under those trees. There are no shelters at three of the stops.",
        "Support the project as designed. Safety first.",
        "Please delay the vote until the arborist report is public.",
    ],
    "CAMERAS": [
        "Renew the contract.",
        "End the SentryPlate contract.",
        "License plate readers help catch stolen cars. I don't understand the objection.",
        "A year of data on every car in town, shared with any agency that asks? No. Let it expire.",
        "I would support renewal only with a 30-day retention limit and no sharing outside Marrowick. That seems reasonable to everyone.",
        "Who audits the audits? The police department reviews its own searches. That is not oversight.",
        "My car was stolen last year and the cameras found it in two days. Keep them.",
        "Please publish how many arrests the cameras actually led to. The 11,000 searches figure means nothing without it.",
        "No más cámaras. La gente del barrio tiene miedo de salir a trabajar.",
        "The cameras are on Hollis, Ferrand, and Halloway but not on the west side. Why are they only in our neighborhoods?",
        "I'm a retired police officer. ALPR is a useful tool when it's used with a warrant standard and short retention. Fix the policy, keep the tool.",
        "Let it expire March 31 and start over with a public process.",
        "If the contract is renewed, put the data on city servers, not the vendor's.",
        "The merchants are right that break-ins went down, but they went down citywide, including where there are no cameras.",
        "I'm tired of being recorded every time I go to the grocery store.",
        "Renew for one year only while the council writes a real surveillance ordinance.",
        "Safety matters. My daughter works late downtown. I support the cameras.",
        "How much does the contract cost per year? It is not in the agenda packet.",
        "The misread plate incident in March should be enough reason to pause everything until there's an investigation.",
        "Support renewal with strict limits.",
        "Oppose. Privacy is not a luxury.",
        "I run the Eastgate neighborhood watch. We asked for cameras for years and finally got them. Please don't take them away.",
    ],
}
RESIDENT_EMAIL = {
    "POOL": "Sending this to the council since I can't make it tonight.\n\nOn Wed, Dec 9, 2026 at 9:40 PM {n} <{e}> wrote:\n> Are you going to the meeting about the pool? I heard they might close it.\n\nNo, I have a shift. But please keep the pool open. It is the only thing in Eastgate open to kids in the summer that doesn't cost money.",
    "CAMERAS": "My neighbor asked me to weigh in.\n\n> Do you think the cameras should stay?\n\nI do, with rules. Thirty days is plenty for any real investigation, and nothing should go to outside agencies without a warrant.",
}
SPAM = [
    (
        "BLOWERS",
        "HUGE SALE on gas leaf blowers!!! 60% off all backpack blowers this week only, free shipping. Order now at blowerdeals.example.com before the ban!",
    ),
    (
        "TREES",
        "Stump grinding & tree removal - licensed & insured, FREE estimates, same-day service. Call 555-0177 or visit treepros.example.net",
    ),
    (
        "CAMERAS",
        "Best 4K dash cams 2026 - never miss a plate again! Limited offer, use code SAFE20 at dashcamhub.example.com",
    ),
    (
        "POOL",
        "Pool cleaning & opening service, weekly plans from $49. Text 555-0163 for a quote. Serving all of the county!",
    ),
    (
        "POOL",
        "NOTICE: Your eComment submission could not be delivered. Verify your account within 24 hours to avoid suspension: http://ecomment-verify.example.org/login",
    ),
    (
        "BLOWERS",
        "Кредит без отказа за 5 минут! Без справок и поручителей. Пишите в телеграм @bystrykredit",
    ),
    ("CAMERAS", "澳门最大线上娱乐城，注册即送888元，每日返水，点击进入 www.yule888.example.net"),
    (
        "TREES",
        "Jual followers Instagram murah, 1000 followers cuma 20rb, proses cepat & aman! WA 0812-555-0190",
    ),
    (
        "POOL",
        "Ganhe dinheiro em casa trabalhando apenas 2 horas por dia! Clique e descubra o método: rendaextra.example.com",
    ),
    (
        "CAMERAS",
        "Need help with your essay? Professional writers, 100% plagiarism free, any subject, deadlines from 3 hours. essayrush.example.org",
    ),
    (
        "BLOWERS",
        "Fast personal loans up to $50,000, bad credit OK, approval in minutes. Apply at quickfund.example.com",
    ),
    ("TREES", "sdfkj sdkfj wqeoiru zxmcnv lkjsadf qwpoeiru"),
]


def residents(rng: random.Random, people: People) -> list[Row]:
    rows: list[Row] = []
    for item, texts in RESIDENTS.items():
        for text in texts:
            who = people.sender(
                0.2, spanish=any(c in text for c in "ñáéíóú") and rng.random() < 0.8
            )
            rows.append(Row(item, text, who))
        if item in RESIDENT_EMAIL:
            who = people.named(email_rate=1.0)
            friend = people.named(email_rate=1.0)
            body = RESIDENT_EMAIL[item].format(n=friend.name, e=friend.email)
            rows.append(Row(item, body, who))
    return rows


def spam(rng: random.Random, people: People) -> list[Row]:
    rows = []
    for item, text in SPAM:
        who = people.sender(0.3, email_rate=0.9)
        rows.append(Row(item, text, who, spam=True))
    return rows


# --------------------------------------------------------------------------- the evening

REPLY_MARKS = ("Re the comment above", "Replying to the cyclist above")


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    people = People(rng)
    rows: list[Row] = []
    for make in (
        pool_email,
        blowers_quiet,
        blowers_crews,
        trees_ranked,
        trees_chat,
        cameras_leaders,
        cameras_merchants,
        residents,
        spam,
    ):
        rows.extend(make(rng, people))
    timed = [(rng.randint(0, 570), n, row) for n, row in enumerate(rows)]
    # a resident answering an earlier comment arrives after everything else on its item's list
    timed = [
        (571 + n, n, row) if row.body.startswith(REPLY_MARKS) else (t, n, row)
        for t, n, row in timed
    ]
    timed.sort(key=lambda t: (t[0], t[1]))
    ordered = [row for _, _, row in timed]
    candidates = [
        n
        for n, row in enumerate(ordered)
        if not row.spam
        and row.who.name not in ANONYMOUS_NAMES
        and row.who.email
        and not row.body.startswith(REPLY_MARKS)
    ]
    chosen = sorted(rng.sample(candidates, RESUBMISSIONS), reverse=True)
    for at in chosen:
        first = ordered[at]
        again = Row(
            first.item,
            first.body,
            first.who,
            first.campaign,
            first.tier,
            first.spam,
            first.personal,
            duplicate=True,
        )
        ordered.insert(min(at + rng.randint(1, 3), len(ordered)), again)
    return [row.as_dict() for row in ordered]


if __name__ == "__main__":
    import json

    for row in generate(SEED):
        print(json.dumps(row, ensure_ascii=False))
