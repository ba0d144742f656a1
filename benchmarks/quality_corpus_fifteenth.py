# ruff: noqa: E501, RUF001, SIM905
"""A fifteenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 21 (6 December 2026, in about an hour) by an outsider helper
who did not read the labelling engine (``intake/text/``, ``intake/labelling/``),
``docs/labelling.md``, ``docs/spam.md``, the engine's unit tests, nor any other generator's code.
It read, for the interface and to avoid repeating their shapes, ``labelling_quality.py`` (how a
generator is loaded and registered, its truth fields, and the corpus list in its docstring),
``corpus_row.Row``, ``tests/corpus_shapes.py``, the docstrings of the thirteenth and fourteenth
generators (not their code), the fourteenth's shape test and the two real seeds in
``../shared/seeds/``. Its author never ran the labeller or the benchmark on it. Read it once,
blind; never tune on it.

One Tuesday evening (15 December 2026) of the invented City of Calder Reach's council (seed
2701), four items, rows in arrival order (each row gets an arrival minute from noon to 21:30; the
evening is sorted by it, ties kept in generation order, so a petition tool's or a mailroom's
batch arrives as a run of rows at one minute; each resubmission is placed one to three rows after
the comment it repeats):

* ``ferry-voicemail`` (48 copies, 4 heavy), against ending the Saltmarsh foot ferry's subsidy
  (item ``FERRY``): a riders' coalition's CALL SCRIPT read aloud to the council's comment phone
  line and arriving as the phone system's AUTOMATIC VOICEMAIL TRANSCRIPTS (a header with the
  time, length and caller number or "Private number", a footer on accuracy): one block of text
  per call, either all lower case without punctuation or auto-punctuated, with SPEECH-TO-TEXT
  slips in the script's words that differ call by call ("salt marsh", "fairy", "sub city"),
  fillers ("um", "uh") where callers stumble over the script, ``[inaudible]`` gaps, the caller's
  name and "I'm a Calder Reach resident" at the start as the script asks; callers' own sentences
  inside the block, after the script or before its last sentence, in the transcript's style.
* ``ferry-postcards`` (40, 3 heavy), same side, same item: a union's PRE-PRINTED POSTCARD mailed
  to City Hall, SCANNED AND OCR'D by the clerk's mailroom in two batches: the printed text
  wrapped at the card's width (30 to 46 characters, per scan) with OCR CHARACTER ERRORS that
  differ card by card (``rn``/``m``, ``l``/``1``, ``O``/``0``, ``e``/``c``, a dropped letter),
  the sender's HANDWRITTEN NOTE transcribed by clerk staff in brackets (``[illegible]`` where
  they could not read it), the signature and the return address. Heavy cards have the printed
  paragraph crossed out and a long note.
* ``rentals-petition`` (100, 6 heavy), for a 300-permit cap on short-term rentals (item
  ``RENTALS``): a PETITION TOOL's delivered signatures, each opening with a
  ``[Petition signature #1,873]`` line (numbers ascending through the evening, with gaps), the
  petition's title, ``To:`` line and statement, the signer's optional ``Reason for signing:``,
  a ``Signed:`` line with city and ZIP, a per-signature ID and a tool FOOTER with the running
  signer count and a per-copy link; delivered in batches of up to 20 at one minute. Heavy copies
  used the tool's "customise" box: the statement's first and last sentences around their own.
* ``rentals-mythfact`` (36, 3 heavy), against the cap, same item: a hosts' alliance's
  COUNTER-CAMPAIGN written as a MYTH/FACT sheet that QUOTES three sentences of the petition's
  statement VERBATIM, each followed by its rebuttal, in the alliance's three label styles
  (``MYTH:``/``FACT:``, ``❌ Myth:``/``✅ Fact:``, ``They claim:``/``The record:``) with straight
  or curly quotes. The two campaigns share those three sentences and must not merge. Own lines
  after a rebuttal ("In my case ...") or before the sign-off.
* ``shelter-sms`` (44, 3 heavy), against a navigation center on Dunmore Street (item
  ``SHELTER``): a neighbours' alert asking people to TEXT the council's SMS comment line; each
  copy is the SMS GATEWAY's record (line number, sender's number, time) of a message SPLIT INTO
  153-CHARACTER PARTS by the carrier, often mid-word, with part markers in the carrier's style
  (``(1/3)``, ``1/3``, ``[1 of 3]``) or reassembled without them; some parts arrive OUT OF ORDER
  and a few never arrive (``[Part 2 of 3 not received]``). A sender's own words before or after
  the alert's text are cut by the same splits. The gateway knows no names: every sender is
  anonymous.
* ``shelter-thread`` (30, 2 heavy), for the center, same item: a faith table's five-post
  SOCIAL-MEDIA THREAD pasted as a comment: unrolled by a thread app (header, ``1/5`` numbering,
  link), copied with each post's ENGAGEMENT COUNTS (``💬 12  🔁 48  ❤️ 203``, different in every
  copy, as they grew through the day), stripped of its numbering, or run together as one
  paragraph; hashtags and the ``@CalderFaithTable`` handle kept. Own lines above the thread
  (a quote-post) and sometimes below.
* ``corridor-tagalog`` (20, 1 heavy), on upzoning Corliss Avenue (item ``CORRIDOR``): a Filipino
  community group's letter in TAGALOG only (the group's own translation; no English copy was
  sent), asking for anti-displacement protections; copies are the same translation, several
  senders changing only the greeting (``Magandang gabi po``) and the sign-off, others adding
  sentences in Tagalog or Taglish.

In every campaign some senders add nothing but a greeting and a one-line sign-off, and some own
sentences REUSE a few of the template's words and figures ("forty minutes in a car", "the
300-permit cap", "80 beds") without repeating a sentence.

Plus 90 residents' own comments on the four items (one word to several paragraphs; English,
Tagalog, Spanish, Vietnamese and Chinese; many share a campaign's vocabulary, figures and names,
the Saltmarsh ferry, Bayside Hospital, 1,100 listings, Pell Elementary, Harbor Road, without
copying a sentence), 6 TRUE RESUBMISSIONS (the same named sender, the same e-mail, the same body,
one to three rows later; ``duplicate``), anonymous senders (``ANONYMOUS_NAMES``) who are distinct
people and carry no e-mail or postal code, and 12 spam in eight languages (a petition-tool
"verify your signature" phishing notice, a boat-charter advert on the ferry item, a
vacation-rental management pitch, Vietnamese, Chinese, Russian, Spanish, Tagalog, German and
Portuguese adverts, one line of gibberish).

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` (``core`` or ``heavy``), ``spam``,
``duplicate`` and ``personal``: the sender's own words, pieces joined by blank lines ("" when
none), in reading order, AS THEY STAND IN THE BODY (lower-cased and unpunctuated in a raw
transcript; cut into fragments by SMS part boundaries, each fragment its own piece, a fragment
in a part that never arrived absent; ``[illegible]`` kept inside a handwritten note). Personal:
callers' own sentences, handwritten notes, a petition signer's reason and customised paragraph,
hosts' own lines, texters' own words, quote-post lines, Tagalog or Taglish own sentences, heavy
copies' own paragraphs. Never personal: transcript, scan, gateway and thread-app headers and
footers, the caller's "my name is ... I'm a Calder Reach resident" opening and "thank you bye",
fillers and ``[inaudible]`` inside script sentences, OCR-garbled printed text, ``[Handwritten
...]``/``[Signature:]``/``[Return address:]`` labels and their names and addresses, petition
numbers, titles, ``Reason for signing:`` labels, ``Signed:`` lines, IDs and footers, quoted
petition sentences and their rebuttals, part markers, engagement counts, hashtags, greetings and
sign-offs. Names, streets, organisations and the city are invented; e-mails are
example.com/.org/.net, phone numbers 555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corpus_row import Row

SEED = 2701
NAME = "generated-fifteenth"
ITEMS = [
    ("FERRY", "Mid-year budget amendment: ending the Saltmarsh foot ferry operating subsidy"),
    ("RENTALS", "Ordinance capping whole-home short-term rental permits at 300"),
    ("SHELTER", "Siting a navigation center at 410 Dunmore Street"),
    ("CORRIDOR", "Corliss Avenue corridor rezoning (up to seven stories)"),
]
ANONYMOUS_NAMES = (
    "Anonymous",
    "",
    "anonymous",
    "N/A",
    "Unknown caller",
    "SMS comment",
    "Text message",
    "Name hidden by signer",
    "Unsigned postcard",
    "Concerned neighbor",
    "Walang pangalan",
)
RESUBMISSIONS = 6
ZIPS = ("97341", "97342", "97344", "97347", "97349")
OUTSIDE_ZIPS = ("97310", "97402")
COMMENT_LINE = "555-0142"
PETITION_FIRST_NUMBER = 1873


@dataclass(frozen=True)
class Sender:
    name: str
    email: str | None
    postal_code: str | None


FIRST = """Aaliyah Abel Ada Adrian Agnes Aiko Alma Amara Anders Ansel Arturo Astrid Aurelio Bea
Benedict Bettina Bram Calla Cato Cedric Celeste Chidi Clement Corin Dalia Damon Delphine Desmond
Dita Dorian Edda Efrain Elio Elspeth Emeka Enid Esme Ewan Fabian Fenna Flora Gale Gideon Greta
Hal Halima Hollis Ines Ivo Jada Jasper Joss Juno Kai Kalinda Keir Kenji Lark Leona Linus Lior
Lucan Mabel Malik Marisol Mateo Maxine Milo Mireille Nadia Nell Niamh Nico Odile Oren Osei Paz
Perpetua Quill Rafe Rania Reuben Rosalind Ruth Sabine Santino Selma Silas Soraya Tamsin Teodor
Thea Tobias Ulla Uma Vance Vera Wendell Willa Xavi Yara Yusuf Zelda Zora Marlon Ligaya Rowena
Danilo Maricel Jericho Teresita Rommel Lourdes Arnel Corazon Hien Minh Thu Wei Lan Jun""".split()
LAST = """Abara Ackroyd Albright Ambrose Arkwright Ashdown Balogun Barrow Beaumont Birch Blackwood
Brennan Calloway Carmody Castellan Chen Corbett Crane Dahl Delacroix Dunmore Ellery Ekwueme
Falkner Farrow Fenwick Galloway Garrity Goh Greaves Halvorsen Harrow Hollis Iyer Jablonski
Kavanagh Kessler Kowal Lachance Larkin Lindqvist Lowry Maddox Marsh Mbeki Merriweather Moreau
Nakamura Novak Oduya Okonkwo Ormsby Pellegrino Pryce Quinlan Radcliffe Rasku Renwick Rios
Rowntree Salazar Sato Selby Stroud Tanaka Thorne Tremblay Ulloa Vasquez Voss Wainwright Whitlock
Wexley Yoon Zamora Dela Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Nguyen Tran Pham
Lam Huang Ocampo Soriano""".split()


class People:
    """Unique named senders and anonymous ones, drawn from one random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.mailboxes: set[str] = set()

    def name(self) -> tuple[str, str]:
        while True:
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            if f"{first} {last}" not in self.used:
                self.used.add(f"{first} {last}")
                return first, last

    def named(self, *, email: bool = True, postal: bool = True) -> Sender:
        first, last = self.name()
        address = None
        if email:
            n = 0
            while True:
                local = self.rng.choice(
                    [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}", f"{first}_{last}"]
                ).lower()
                local = local.replace(" ", "") + (str(n) if n else "")
                domain = self.rng.choice(("example.com", "example.org", "example.net"))
                if f"{local}@{domain}" not in self.mailboxes:
                    address = f"{local}@{domain}"
                    self.mailboxes.add(address)
                    break
                n += 1
        code = None
        if postal:
            code = (
                self.rng.choice(ZIPS) if self.rng.random() < 0.93 else self.rng.choice(OUTSIDE_ZIPS)
            )
        return Sender(f"{first} {last}", address, code)

    def anonymous(self, names: tuple[str, ...]) -> Sender:
        return Sender(self.rng.choice(names), None, None)


class Pool:
    """Own sentences drawn without replacement, so no two senders type the same words."""

    def __init__(self, rng: random.Random, texts: list[str]) -> None:
        self.texts = list(texts)
        rng.shuffle(self.texts)

    def take(self) -> str:
        return self.texts.pop()

    def __len__(self) -> int:
        return len(self.texts)


def clock(minute: int) -> str:
    hour, mins = divmod(720 + minute, 60)
    return f"{(hour - 1) % 12 + 1}:{mins:02d} {'PM' if hour >= 12 else 'AM'}"


# --- ferry-voicemail -------------------------------------------------------------------------

SCRIPT = [
    "I'm calling about item two, the Saltmarsh foot ferry.",
    "Please do not end the ferry subsidy in the mid-year budget.",
    "The ferry is the only way across the inlet that doesn't add forty minutes in a car.",
    "Nine hundred people ride it on a weekday, and many of them are going to work at Bayside Hospital.",
    "Keep the ferry running through 2027 and bring back a real plan for its future.",
]
ASR_SLIPS = {
    "Saltmarsh": ("salt marsh", "Salt Marsh", "salt march", "Saltmarch"),
    "ferry running": ("fairy running", "fury running"),
    "ferry subsidy": ("fairy subsidy", "ferry sub city", "ferry subsidie"),
    "inlet": ("in let", "inland"),
    "Bayside": ("bay side", "Bayside's"),
    "2027": ("twenty twenty seven", "2020 7"),
    "forty": ("40", "for tea"),
    "Nine hundred": ("900", "nine 100"),
    "mid-year": ("mid year", "midyear", "mid your"),
    "item two": ("item 2", "item to", "item too"),
}
FILLERS = ("um", "uh", "uh", "um um")
VOICE_OWN = [
    "I work nights at Bayside and the ferry is how I get home at six in the morning",
    "My daughter takes it to the community college every single day",
    "I don't have a car and the bus around the inlet takes me an hour and ten minutes",
    "I've ridden that boat since nineteen ninety eight and it has never once left me stranded",
    "I use a wheelchair and the ferry is the one trip across town I can do by myself",
    "If the ferry goes I'm looking at two buses and a transfer at the mall",
    "The bridge is already backed up to Cannery Road by seven thirty",
    "My husband is a deckhand on it so yes I'm biased but he sees who rides it",
    "Half the regulars at my bakery come over on the boat",
    "We moved to the north shore because of the ferry and nothing else",
    "I'm a nurse on the cardiac floor and at least six of us ride it",
    "The mid year budget found money for the golf course irrigation so it can find this",
    "I'm seventy four and I gave up driving last spring",
    "My kids take it to Harbor Middle School and I honestly don't know how they'd get there otherwise",
    "Please don't decide this in December when nobody is riding it for fun",
    "It's the only thing in this city that runs on time",
    "The shuttle they're proposing only comes every forty minutes",
    "I bike to the landing and bike off the other side because there's no safe bike lane on the bridge",
    "We took the ferry to my mom's chemo appointments all last year",
    "I teach on the north shore and some of my students' parents come across on it for conferences",
    "I run the coffee cart at the south landing so this is my job too",
    "Last winter when the bridge closed after that crash the boat was the only way across",
    "I'm calling from my break at the hospital so I'll keep it short",
    "Every morning there are people in scrubs lined up on that dock",
    "The fare went up to three dollars last year and we still ride it",
    "I'd rather pay a dollar more than lose it",
    "My neighbor is blind and she takes it to her job at the county office",
    "Forty minutes in a car each way is a lot of gas money for people who are already stretched",
    "I sat on the ferry advisory group in 2019 and we had a plan back then too",
    "I called about this in June and I'm calling again",
    "The deck crew knows my name and asks about my knee",
    "My son has autism and the ferry is the one ride that doesn't overwhelm him",
]
VOICE_HEAVY = [
    "so I'm supposed to read the rest but honestly I just want to say the ferry is my whole commute. I leave the house at five forty and I'm on the six ten boat and I'm at the hospital by six thirty. If you cut it I'm driving around the inlet and paying for parking at Bayside which is twelve dollars a day. That's a third of what I make in a shift after taxes",
    "I wrote down what I wanted to say so bear with me. My wife and I are both retired and neither of us drives after dark anymore. The ferry is how we get to church, to the pharmacy on the south side and to our granddaughter's games. The council keeps saying ridership is down but it's down because you cut the evening runs in 2024",
    "I'm a charge nurse and I schedule the night shift. Eleven of the people on my schedule live on the north shore and take the boat. If they're driving forty minutes around the inlet some of them will quit and go to the clinic in Westbluff instead and we're already short staffed. Please think about the hospital when you vote",
    "I'm the owner of the hardware store by the north landing. On a Saturday a third of my customers walk off that boat. I've looked at the budget numbers and the subsidy is less than what the city spent repaving the marina lot. I'm asking you to find it somewhere else",
]


def voicemail_copy(
    rng: random.Random,
    who: Sender,
    anonymous: bool,
    phone: str | None,
    minute: int,
    pool: Pool,
    heavy: str | None,
    own: bool,
) -> Row:
    raw = rng.random() < 0.5

    def style(text: str) -> str:
        if not raw:
            return text
        text = re.sub(r"[.,!?;:]", "", text).replace("-", " ")
        return text.lower()

    def scripted(sentence: str) -> str:
        for word, slips in ASR_SLIPS.items():
            if word in sentence and rng.random() < 0.3:
                sentence = sentence.replace(word, rng.choice(slips), 1)
        words = sentence.split()
        if rng.random() < 0.3 and len(words) > 4:
            at = rng.randrange(1, len(words) - 1)
            words.insert(at, rng.choice(FILLERS) + ("" if raw else ","))
        if rng.random() < 0.12 and len(words) > 5:
            at = rng.randrange(2, len(words) - 1)
            words[at] = "[inaudible]"
        return style(" ".join(words))

    if anonymous:
        opening = rng.choice(
            [
                "Hi, I'm a Calder Reach resident.",
                "Hello, I live in Calder Reach and I'd rather not give my name.",
            ]
        )
    else:
        opening = rng.choice(
            [
                f"Hi, my name is {who.name} and I'm a Calder Reach resident.",
                f"Hello, this is {who.name}. I live in Calder Reach.",
                f"Hi, it's {who.name} calling, I'm a resident of Calder Reach.",
            ]
        )
    closing = rng.choice(
        ["Thank you.", "Thanks, bye.", "Thank you for listening. Bye.", "OK, thank you."]
    )
    pieces: list[str] = []
    parts = [style(opening)]
    if heavy:
        parts.append(scripted(SCRIPT[0]))
        said = style(heavy + ".")
        parts.append(said)
        pieces.append(said)
        parts.append(scripted(SCRIPT[4]))
    else:
        where = rng.choice(("end", "end", "before-ask", "both")) if own else None
        if len(pool) < (2 if where == "both" else 1):
            where = None
        for i, sentence in enumerate(SCRIPT):
            if i == 4 and where in ("before-ask", "both"):
                said = style(pool.take() + ".")
                parts.append(said)
                pieces.append(said)
            parts.append(scripted(sentence))
        if where in ("end", "both"):
            said = style(pool.take() + ".")
            parts.append(said)
            pieces.append(said)
    parts.append(style(closing))
    seconds = 28 + len(" ".join(parts)) // 14
    caller = phone if phone else rng.choice(["Private number", "Unknown"])
    header = (
        "Voicemail transcription - Council public comment line\n"
        f"Received: Tue 12/15/2026 {clock(minute)} | Length {seconds // 60}:{seconds % 60:02d}\n"
        f"Caller: {caller}"
    )
    footer = "(This message was transcribed automatically. Accuracy may vary.)"
    body = f"{header}\n\n{' '.join(parts)}\n\n{footer}"
    return Row(
        "FERRY",
        body,
        who,
        "ferry-voicemail",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- ferry-postcards -------------------------------------------------------------------------

CARD_TITLE = "KEEP THE SALTMARSH FERRY AFLOAT"
CARD = [
    "Dear Mayor Okafor and Councilmembers,",
    "The Saltmarsh foot ferry connects the two halves of our city. Ending its subsidy would strand riders who cannot drive and push hundreds more cars onto the Inlet Bridge every morning.",
    "I ask you to fund the ferry in the mid-year budget and to study a year-round schedule before any cut is made.",
    "Add a message of your own:",
]
CARD_FOOT = "Printed by the Inlet Riders Union, Local 9. Please mail to City Hall, 1 Harbor Square."
OCR_SLIPS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("I", "l"),
    ("O", "0"),
    ("e", "c"),
    ("h", "b"),
    ("ri", "n"),
    ("cl", "d"),
    (",", "."),
    ("t", "f"),
]
CARD_NOTES = [
    "I am 81 and the ferry is my only way to my doctor.",
    "My grandson works at the cannery and cannot afford a car yet.",
    "Please! We used it every day for 30 years.",
    "The bridge is no place for a bicycle. I tried it once.",
    "I ride at 6:10 every morning with the same dozen people. We all vote.",
    "Find the money. You found it for the new parking garage.",
    "My late husband built the north landing in 1979. Keep it going.",
    "Without it I would have to quit my job at the library.",
    "Half my church comes across on that boat on Sundays.",
    "A year-round schedule would help me more than anything.",
    "I can't drive because of my eyes. The ferry is freedom.",
    "We need it more now than when it started.",
    "Please think of the nurses and the kids going to school.",
    "I walk on with my groceries every Saturday. Don't take it away.",
    "My family sells fish at the south landing market. [illegible] customers come by ferry.",
    "The winter schedule is already too thin. Don't cut it to zero.",
    "Do not balance the budget on the backs of people with no car.",
    "I moved here for the ferry. I will move away without it.",
    "Cars on the Inlet Bridge are backed up every morning already.",
    "My two girls take it to Harbor Middle. Thank you for [illegible].",
    "It is the nicest ten minutes of my day.",
    "I volunteer at the food bank on the north shore and take the 8:40 boat.",
    "Keep it. Raise the fare a little if you must.",
    "I use a walker and the deck crew always helps me on.",
    "Ferry riders are working people. Please listen to us.",
    "Twenty-two years of riding and I have never written to the council before.",
]
CARD_HEAVY = [
    "I crossed out the printed part because I want to say it myself. I have ridden the ferry since I was a girl and my mother rode it before me. When the bridge was closed in the storm of 2021 the ferry carried the whole north shore for a week. You cannot call that a luxury. Please vote to keep it.",
    "I am a retired engineer. The subsidy works out to about two dollars a ride. The city pays more than that per car in bridge maintenance. Do the arithmetic before you cut the one service that takes cars off the bridge. I would be glad to walk anyone on the council through the figures.",
    "Dear all, I am writing this by hand because I have no computer. I live on Tern Street and I am 88. My daughter takes me to the ferry and a neighbor meets me on the other side. That is how I see my doctor and my sister. If the boat stops I will not see either one. Please [illegible] the old people.",
]
STREETS = [
    "Gull Street",
    "Tern Street",
    "Cannery Road",
    "Pilot Lane",
    "Harbor Road",
    "Wick Avenue",
    "Osprey Court",
    "Landing Way",
    "Kelp Street",
    "Mariner Drive",
    "Dunmore Street",
    "Corliss Avenue",
    "Selkie Lane",
    "Bluff Road",
]


def ocr(rng: random.Random, text: str, slips: int) -> str:
    for _ in range(slips):
        kind = rng.random()
        if kind < 0.15:
            spots = [i for i, c in enumerate(text) if c.isalpha()]
            at = rng.choice(spots)
            text = text[:at] + text[at + 1 :]
            continue
        wrong, right = rng.choice(OCR_SLIPS)
        spots = [m.start() for m in re.finditer(re.escape(wrong), text)]
        if spots:
            at = rng.choice(spots)
            text = text[:at] + right + text[at + len(wrong) :]
    return text


def postcard_copy(
    rng: random.Random, who: Sender, street: str | None, batch: int, note: str | None, heavy: bool
) -> Row:
    width = rng.randint(30, 46)
    printed = [CARD_TITLE, CARD[0]] + ([] if heavy else [CARD[1]]) + [CARD[2], CARD[3]]
    wrapped = "\n".join(textwrap.fill(p, width) for p in printed)
    scanned = ocr(rng, wrapped, rng.randint(2, 6))
    lines = [
        f"[Scanned mail: postcard, received 12/14/2026, mailroom batch {batch} of 2]",
        "[OCR text]",
        scanned,
    ]
    if heavy:
        lines.insert(3, "[Printed paragraph crossed out by sender]")
    pieces = []
    if note:
        lines += ["[Handwritten, transcribed by clerk staff:]", note]
        pieces.append(note)
    else:
        lines.append("[No handwritten message]")
    if street and who.postal_code:
        lines += [
            f"[Signature:] {who.name}",
            f"[Return address:] {rng.randint(12, 980)} {street}, Calder Reach {who.postal_code}",
        ]
    else:
        lines.append("[Signature illegible; no return address]")
    lines.append(ocr(rng, CARD_FOOT, 1))
    return Row(
        "FERRY",
        "\n".join(lines),
        who,
        "ferry-postcards",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- rentals-petition ------------------------------------------------------------------------

PETITION_TITLE = "Cap short-term rentals and bring homes back to Calder Reach"
PETITION = [
    "We, the undersigned residents, ask the Council to adopt the short-term rental ordinance with a cap of 300 whole-home permits citywide.",
    "More than 1,100 homes in our city are now listed as vacation rentals while our vacancy rate sits under two percent.",
    "Whole-home rentals in residential zones have turned apartments into hotel rooms and pushed families out of the neighborhoods they grew up in.",
    "Every whole-home permit the city issues is a home that a local family will never get to rent.",
    "Adopt the 300-permit cap, require a primary-residence rule for new permits, and fund enforcement from the permit fees.",
]
PETITION_REASONS = [
    "My landlord turned our building into four vacation rentals and gave us 60 days.",
    "I'm a teacher and I commute 50 minutes because I can't find anything here.",
    "Three houses on my block are empty nine months of the year.",
    "The 300-permit cap is the least you can do.",
    "I grew up in the Westbluff neighborhood and none of my friends can afford to live there now.",
    "We have a lockbox on every other porch on Pilot Lane.",
    "Primary residence rule, please. Hosting a room is fine, buying up houses is not.",
    "Our school lost eleven families last year.",
    "I've been searching for a two-bedroom since March.",
    "Rentals are for residents.",
    "My daughter is a nurse at Bayside and lives in her car two nights a week.",
    "The party house next door has had the police out six times since summer.",
    "I rent a room in my own house and I support a cap on whole-home rentals.",
    "Enforcement matters more than the number. Please fund it.",
    "I'm a realtor and even I think it has gone too far.",
    "We were outbid on a duplex by an investor who listed both units within a month.",
    "Housing first, tourism second.",
    "My rent went from $1,650 to $2,300 in two years.",
    "I clean vacation rentals for a living and I still signed this.",
    "Keep neighborhoods for neighbors.",
    "There are more listings on my street than kids.",
    "My church's food pantry serves families who used to rent in the harbor flats.",
    "I am a small landlord with two long-term tenants. Stop the investors.",
    "Because my son and his wife moved to Westbluff to afford a place.",
    "The vacancy rate is the whole story.",
    "Every unit counts.",
    "I work at the cannery and half my crew commutes from out of county.",
    "I'd like my kids to be able to live here someday.",
    "Yes to the cap and yes to real fines for unpermitted listings.",
    "My building had 12 families in 2019. It has 5 now.",
    "The permit fees should pay for inspectors, not the general fund.",
    "We host guests in our garden cottage and we'd still be fine under this rule.",
    "I have been on the affordable housing waitlist for three years.",
    "This is about whether working people can stay.",
    "Not against tourism. Against empty houses.",
    "300 is generous.",
    "Calder Reach is a town, not a hotel.",
    "My elderly mother's neighbors are all strangers every weekend now.",
    "I moved back after college and I'm sleeping on my parents' couch.",
    "The investors are mostly not even from here.",
    "As a firefighter I can tell you those rentals are not inspected like hotels are.",
    "Please vote yes before more buildings are converted.",
    "Whole blocks near the marina are dark in winter.",
    "A cap is fair. A ban would not be.",
    "Our rental was sold to an LLC and relisted at $310 a night.",
    "For my neighbors on Kelp Street.",
    "I coach Little League and we lost half a team to rent increases.",
    "Signing for my grandkids.",
    "Tenants deserve stability.",
    "I'm a nurse and I signed on my break.",
    "Housing is for living in.",
    "My best friend just left for Idaho because of rent.",
    "We need the primary-residence rule more than the cap.",
    "I've watched the harbor flats empty out one apartment at a time.",
    "More than 1,100 listings is a scandal for a city this size.",
    "No one I know can buy here anymore.",
    "The two percent vacancy rate is why I'm paying half my income in rent.",
    "Good policy, overdue.",
]
PETITION_HEAVY = [
    "I want to tell you what this looks like from the inside. I manage a twelve-unit building on Wick Avenue. In 2021 the owners sold it and the new owners asked me to turn over units for short stays as tenants left. Today seven of the twelve are vacation rentals. The four families who remain share a laundry room with a stream of strangers, and the owner tells me the rest will convert when the leases end.",
    "I was born at Bayside Hospital and I've lived in four apartments in this city, each one sold out from under me. The last one is now listed at $289 a night. I earn a decent wage as an electrician. I am not asking for a handout. I am asking you to stop letting homes be taken off the market faster than anyone can build them.",
    "I run a small bed and breakfast in the home where I live, and I support this. Hosts like me are not the problem. The problem is companies buying whole houses, furnishing them from a catalogue and never setting foot in them. A primary-residence rule separates the two, and the cap keeps the numbers honest while the city catches up on enforcement.",
    "My kids go to Pell Elementary and this year the school lost a kindergarten class. The principal told us enrollment dropped because families cannot find rentals. When I walk my daughter to school we pass six houses with lockboxes. Those used to be classmates.",
    "I'm a volunteer with the tenant hotline. Last month we took 41 calls from people who got notices to vacate, and in at least nine of them the landlord told the tenant the unit would become a short-term rental. Those are the ones we know about. Please pass the cap and fund the enforcement so that someone actually checks.",
    "My husband and I tried to buy our first home this year. Every house we could afford in the harbor flats was bought for cash within days, and three of them showed up as vacation rentals by summer. We both work for the city. We would like to keep living in it.",
]


def petition_copy(
    rng: random.Random,
    who: Sender,
    number: int,
    signers: int,
    reason: str | None,
    heavy: str | None,
) -> Row:
    token = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    link = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(10))
    lines = [
        f"[Petition signature #{number:,}]",
        f"Petition: {PETITION_TITLE}",
        "To: Calder Reach City Council",
        "",
    ]
    pieces = []
    if heavy:
        lines += [PETITION[0], "", heavy, "", PETITION[4]]
        pieces.append(heavy)
    else:
        lines.append(" ".join(PETITION))
    if reason:
        lines += ["", f"Reason for signing: {reason}"]
        pieces.append(reason)
    if who.postal_code:
        lines += ["", f"Signed: {who.name}, Calder Reach {who.postal_code}"]
    else:
        lines += ["", f"Signed: {who.name}"]
    lines += [
        f"Signature ID PP-{token} | email verified",
        "--",
        f"Delivered by PetitionPress on behalf of {signers:,} signers. Manage delivery: https://petitionpress.example.org/d/{link}",
    ]
    return Row(
        "RENTALS",
        "\n".join(lines),
        who,
        "rentals-petition",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- rentals-mythfact ------------------------------------------------------------------------

MYTH_INTRO = "The petition going around this week gets the facts wrong. Before you vote on a cap, please read its claims next to the record."
MYTHS = [
    (
        PETITION[1],
        "Fewer than 420 of those listings are whole homes with a city permit; the rest are rooms, ADUs and the same unit listed on several sites.",
    ),
    (
        PETITION[2],
        "Permitted hosts pay the 12 percent lodging tax, which brought $3.4 million into the general fund last year, and most live within a mile of their rental.",
    ),
    (
        PETITION[3],
        "A hard cap rewards whoever got a permit first and punishes local families who rent out a home while they work away for a season.",
    ),
]
MYTH_CLOSE = "Enforce the rules already on the books, fund the two inspectors hosts have asked for since 2024, and vote no on the 300-permit cap."
LABELS = [("MYTH: ", "FACT: "), ("❌ Myth: ", "✅ Fact: "), ("They claim: ", "The record: ")]
MYTH_OWN = [
    "In my case, the cottage behind our house pays for my mother's care.",
    "In my case, we rent our home for the summer while my husband fishes in Alaska.",
    "I've hosted for six years without a single complaint from the neighbors.",
    "My listing is a room with its own door. I am not the problem you are looking for.",
    "We clean, we pay the tax, we answer the phone at 2 a.m. if a guest is loud.",
    "The cap would put my permit in a lottery with people who don't even live here.",
    "I am a host and a tenant's daughter. I want both to work.",
    "I employ two cleaners and a handyman, all locals.",
    "Our ADU was built for guests; it was never on the long-term market.",
    "Fining unpermitted operators would do more than any cap.",
    "In my case, hosting is how we kept the house after my layoff.",
    "Half the 1,100 number is duplicates. Ask staff to check.",
    "My guests eat at the harbor restaurants every night they are here.",
    "I agree some investors abuse the system. Go after them.",
    "In my case, the unit is my late father's house and we use it ourselves in winter.",
    "I've lived in Calder Reach for 31 years and I host two weekends a month.",
    "The lodging tax pays for the lifeguards at Selkie Beach. Look it up.",
    "Please come talk to hosts before you vote.",
    "I'd support a primary-residence rule with exceptions for seasonal workers.",
    "My neighbors asked me to host their relatives at the wedding. That's who stays with us.",
]
MYTH_HEAVY = [
    "I want to add my own story. We bought our house in 2009 and rent the lower floor to visitors from June to September. The rest of the year my son lives there. The petition makes it sound as if every host is an out-of-town company. Most of us are your neighbors, and we have followed every rule the city wrote.",
    "I host in the harbor flats and I've read the ordinance twice. It does not say how the 300 permits would be handed out, and staff could not tell me at the workshop. A lottery would take permits from people who live here and give them to whoever files the most applications. That is not fair to anyone.",
    "Since the hotel on Pilot Lane closed, families coming for graduations and funerals have stayed in homes like mine. Last spring I hosted a family whose grandmother was dying at Bayside. They needed a kitchen and a quiet place for three weeks. A hotel room would not have done it.",
]


def mythfact_copy(
    rng: random.Random, who: Sender, own: list[str], heavy: str | None, greeting_only: bool
) -> Row:
    mark, fact = rng.choice(LABELS)
    curly = rng.random() < 0.4
    opened, closed = ("“", "”") if curly else ('"', '"')
    greeting = (
        rng.choice(["Dear Council,", "Dear Mayor Okafor and Council,", "Hello Councilmembers,"])
        if greeting_only
        else "Dear Council,"
    )
    blocks = [greeting, MYTH_INTRO]
    pieces: list[str] = []
    after = rng.randrange(3) if own and not heavy and rng.random() < 0.5 else None
    myths = MYTHS[:1] if heavy else MYTHS
    for i, (claim, answer) in enumerate(myths):
        block = f"{mark}{opened}{claim}{closed}\n{fact}{answer}"
        if after == i and own:
            said = own.pop(0)
            block += f"\n{said}"
            pieces.append(said)
        blocks.append(block)
    if heavy:
        blocks.append(heavy)
        pieces.append(heavy)
    for said in own:
        blocks.append(said)
        pieces.append(said)
    blocks.append(MYTH_CLOSE)
    first = who.name.split(" ")[0]
    sign = rng.choice(
        [
            f"Thank you,\n{who.name}",
            f"Sincerely,\n{who.name}",
            f"{who.name}\nCalder Reach Hosts Alliance member",
        ]
    )
    if greeting_only:
        sign = rng.choice([f"Thanks so much for reading, {first}", f"With respect,\n{who.name}"])
    blocks.append(sign)
    return Row(
        "RENTALS",
        "\n\n".join(blocks),
        who,
        "rentals-mythfact",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- shelter-sms -----------------------------------------------------------------------------

SMS_TEXT = "Council: vote NO on item 3, the Dunmore St navigation center. 80 beds across from Pell Elementary is the wrong site. Neighbors got 11 days notice before the vote. Pause the siting, hold a real community meeting, and look at the Harbor Rd warehouse instead. -Dunmore St Neighbors"
SMS_FIRST = "Council: vote NO on item 3, the Dunmore St navigation center."
SMS_ASK = (
    "Pause the siting, hold a real community meeting, and look at the Harbor Rd warehouse instead."
)
SMS_OWN = [
    "homeowner on dunmore 20 yrs.",
    "my kids walk past that building every day",
    "I'm not against shelters, I'm against this site",
    "nobody knocked on my door, I found out on facebook",
    "pls listen to us for once",
    "We already have the methadone clinic 2 blocks away",
    "I run the daycare on Osprey Ct, 40 kids",
    "11 days is not notice thats an ambush",
    "harbor rd makes way more sense, its next to the bus depot",
    "Renter on Dunmore. Also a no.",
    "my mom is 79 and lives alone across the street",
    "Where was the outreach??",
    "80 beds is too many for one block",
    "I voted for u. Dont make me regret it",
    "We need a plan for homelessness but not this plan",
    "pell parents group is 300 ppl and we all oppose",
    "i work at the elementary. please no",
    "Crossing guard here. Theres already enough going on at that corner",
    "smaller sites spread out would work better",
    "Sent from the Pell pickup line lol",
    "the county building has asbestos, has anyone checked",
    "What happened to the Harbor Rd study from last year",
    "Please table it until january",
    "I have lived here since 1988",
    "too fast, too big, wrong block",
    "sorry for the all caps earlier, this is the right text",
    "Dunmore business owner, 3 employees, all worried",
    "A real meeting means evenings not 2pm on a weekday",
]
SMS_HEAVY = [
    "I want to be clear I support helping people off the street. My brother was homeless for two years. But the county building is next to the school gate and the plan has no fence, no curfew and no one on site at night. Fix the plan or find another building.",
    "I went to the only meeting and it was a slideshow. Staff could not say how many case managers there would be or who runs it after the grant ends. Our block has asked three times for answers. Nobody has given us any.",
    "im a bus driver on the 14 and I see the folks who need this every day. I also pick up kids at Pell. Both things are true. Put it on Harbor Rd where theres room for the services they promised.",
]
SMS_SEG = 153


def sms_copy(
    rng: random.Random, who: Sender, phone: str, minute: int, own: str | None, heavy: str | None
) -> Row:
    if heavy:
        text, start = f"{SMS_FIRST} {heavy} {SMS_ASK}", len(SMS_FIRST) + 1
        span = (start, start + len(heavy))
    elif own and rng.random() < 0.35:
        text, span = f"{own} {SMS_TEXT}", (0, len(own))
    elif own:
        text = f"{SMS_TEXT} {own}"
        span = (len(SMS_TEXT) + 1, len(text))
    else:
        text, span = SMS_TEXT, (0, 0)
    segs = [(i, text[a : a + SMS_SEG]) for i, a in enumerate(range(0, len(text), SMS_SEG))]
    total = len(segs)
    style = rng.choice(["paren", "paren", "slash", "bracket", "joined"])
    shown: list[tuple[int, str | None]] = [(i, s) for i, s in segs]
    if style != "joined" and total >= 2 and rng.random() < 0.2:
        a = rng.randrange(total - 1)
        shown[a], shown[a + 1] = shown[a + 1], shown[a]
    if style != "joined" and total >= 3 and rng.random() < 0.15:
        gone = rng.randrange(1, total - 1)
        shown = [(i, s if i != gone else None) for i, s in shown]

    def mark(i: int) -> str:
        return {
            "paren": f"({i + 1}/{total}) ",
            "slash": f"{i + 1}/{total} ",
            "bracket": f"[{i + 1} of {total}] ",
        }[style]

    pieces: list[str] = []
    for i, seg in shown:
        if seg is None or style == "joined":
            continue
        a = i * SMS_SEG
        lo, hi = max(a, span[0]), min(a + len(seg), span[1])
        if lo < hi and text[lo:hi].strip():
            pieces.append(text[lo:hi].strip())
    if style == "joined":
        message = text
        if text[span[0] : span[1]].strip():
            pieces = [text[span[0] : span[1]].strip()]
    else:
        message = "\n".join(
            mark(i) + seg if seg is not None else f"[Part {i + 1} of {total} not received]"
            for i, seg in shown
        )
    received = f"12/15/26 {clock(minute)}"
    header = f"Text message to the Council comment line ({COMMENT_LINE})\nFrom: {phone}\nReceived: {received}"
    if style != "joined":
        header += f" | {total} part{'s' if total > 1 else ''}"
    return Row(
        "SHELTER",
        f"{header}\n\n{message}",
        who,
        "shelter-sms",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- shelter-thread --------------------------------------------------------------------------

THREAD = [
    "🧵 Tonight the Council votes on the Dunmore Street navigation center (item 3). Here is why we support it.",
    "Last winter 14 people died outside in Calder Reach. A navigation center is a door: 80 beds, case managers on site, and a path to housing.",
    "The site is a vacant county building on a bus line. It is 0.4 miles from Pell Elementary, farther than the liquor store already on that block.",
    "Centers like this one have cut calls for service around them after their first year when they run with a good-neighbor agreement.",
    "Vote YES on item 3 and adopt the good-neighbor agreement with it. @CalderCouncil #CalderReachCares #HomesNotHallways",
]
THREAD_OWN = [
    "Sharing this because I volunteer at the Grace Street meal and I know some of those 14 names.",
    "Adding my voice.",
    "I live four blocks from Dunmore and I want this built.",
    "My cousin slept in his truck for a year. A door would have changed everything for him.",
    "Retired social worker here. Case managers on site is the whole ballgame.",
    "Yes from a Pell Elementary parent. Our kids will be fine; the people freezing on the benches are not.",
    "I was skeptical at first, then I toured the center in Westbluff. Do it.",
    "This is what our faith asks of us.",
    "Please don't let the loudest texts decide this one.",
    "Nurse at Bayside ER. We see the winter deaths first.",
    "The good-neighbor agreement answers most of what my neighbors are worried about.",
    "Small business owner on Dunmore, and I support it.",
    "Posting as a formerly homeless person who got housed through a center like this.",
    "Please vote yes tonight.",
    "Our congregation has already signed up to cook once a month.",
    "Forty years in this town and I've never been prouder of a proposal.",
    "I teach at the high school and two of my students were unhoused last year.",
    "80 beds is a start, not an invasion.",
]
THREAD_HEAVY = [
    "I want to say this in my own words. My sister lived in her car behind the Harbor Road warehouse for most of 2024. What got her inside was a caseworker who kept showing up, not a shelter bed alone. A center with people on site is the first thing this city has proposed that matches what actually worked for her.",
    "I'm a neighbor on Dunmore and I've read the county's lease. It requires staff around the clock, a community liaison and a quarterly public report. Those were the things my block asked for at the meeting, and they're in it. I'd rather hold the operator to those terms than send the whole thing back to square one.",
]


def thread_copy(
    rng: random.Random,
    who: Sender,
    minute: int,
    top: str | None,
    bottom: str | None,
    heavy: str | None,
) -> Row:
    style = rng.choice(["unrolled", "counts", "counts", "stripped", "one"])
    posts = [THREAD[0], heavy, THREAD[4]] if heavy else list(THREAD)
    n = len(THREAD)
    numbers = [1, None, 5] if heavy else [1, 2, 3, 4, 5]
    pieces: list[str] = []
    blocks: list[str] = []
    if top:
        blocks.append(top)
        pieces.append(top)
    if heavy:
        pieces.append(heavy)
    if style == "unrolled":
        token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        blocks.append("Thread by @CalderFaithTable · Dec 15\nUnrolled with Spooler")
        blocks += [p if k is None else f"{p} {k}/{n}" for p, k in zip(posts, numbers, strict=True)]
        blocks.append(f"spooler.example.net/t/{token}")
    elif style == "counts":
        growth = max(1, minute - 130)
        for p, k in zip(posts, numbers, strict=True):
            if k is None:
                blocks.append(p)
                continue
            replies, shares, likes = (
                rng.randint(1, 6) * growth // 40 + k,
                rng.randint(3, 9) * growth // 30 + 2,
                rng.randint(9, 25) * growth // 20 + 11,
            )
            blocks.append(
                f"Calder Faith Table @CalderFaithTable\n{p} {k}/{n}\n💬 {replies}  🔁 {shares}  ❤️ {likes}"
            )
    elif style == "stripped":
        blocks += [p.removeprefix("🧵 ") for p in posts]
    else:
        blocks.append(
            " ".join(
                p if k is None else f"{p} {k}/{n}" for p, k in zip(posts, numbers, strict=True)
            )
        )
    if bottom:
        blocks.append(bottom)
        pieces.append(bottom)
    blocks.append(
        rng.choice([f"- {who.name}", who.name, f"{who.name}, Calder Reach", ""])
        if who.email
        else ""
    )
    body = "\n\n".join(b for b in blocks if b)
    return Row(
        "SHELTER",
        body,
        who,
        "shelter-thread",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- corridor-tagalog ------------------------------------------------------------------------

TAGALOG = [
    "Kami po ay mga pamilyang Pilipino na nakatira at nagtatrabaho sa kahabaan ng Corliss Avenue.",
    "Hindi po kami tutol sa mas maraming pabahay, pero natatakot kami na mapaalis ang mga umuupa at ang maliliit na negosyo kapag pinayagan ang pitong palapag na gusali.",
    "Hinihiling po namin na isama sa ordinansa ang karapatang bumalik ng mga umuupa, tulong pinansyal sa paglipat, at proteksyon para sa mga tindahan sa Corliss.",
    "Pakinggan po ninyo ang aming komunidad bago kayo bumoto.",
]
TAGALOG_CREDIT = "(Liham ng Samahang Pilipino ng Corliss, isinalin ng samahan.)"
TAGALOG_OWN = [
    "Dalawampung taon na po ang aming tindahan ng bakery sa Corliss.",
    "Umuupa po kami sa apartment sa tabi ng simbahan mula pa noong 2006.",
    "Yung landlord po namin, nagbebenta na raw ng building. Natatakot po kami.",
    "Nurse po ako sa Bayside at dito lang ako kayang umupa malapit sa trabaho.",
    "Sana po may translation sa meeting, marami sa amin hindi fluent sa English.",
    "My lola has lived on Corliss since 1983, hindi po siya kayang lumipat.",
    "Ang remittance center po namin ay may 3 empleyado, lahat taga-rito.",
    "Suportado ko po ang bagong pabahay kung may proteksyon sa amin.",
    "Please po, right to return talaga ang kailangan.",
    "Nagtuturo po ako sa Pell Elementary at karamihan ng estudyante ko ay taga-Corliss.",
    "Yung carinderia po namin ang tambayan ng buong komunidad.",
    "Sana po hindi matulad sa nangyari sa harbor flats.",
]
TAGALOG_HEAVY = "Ako po ay caregiver at tatlong trabaho ang pinagsasabay ko. Kapag itinaas ang renta dahil sa bagong gusali, wala na po kaming mapupuntahan na malapit sa mga alaga ko. Hindi po kami kontra sa pag-unlad. Ang hiling lang po namin ay may lugar pa rin kami sa Corliss pagkatapos nito."


def tagalog_copy(rng: random.Random, who: Sender, own: str | None, heavy: bool) -> Row:
    greeting = rng.choice(
        [
            "Magandang araw po sa mga miyembro ng Konseho,",
            "Magandang gabi po sa mga miyembro ng Konseho,",
            "Magandang araw po, Mayor Okafor at mga Konsehal,",
            "Mahal na Konseho,",
        ]
    )
    paragraphs = [greeting, TAGALOG[0]]
    pieces: list[str] = []
    if heavy:
        paragraphs += [TAGALOG_HEAVY, TAGALOG[3]]
        pieces.append(TAGALOG_HEAVY)
    else:
        paragraphs += [TAGALOG[1], TAGALOG[2]]
        if own:
            paragraphs.append(own)
            pieces.append(own)
        paragraphs.append(TAGALOG[3])
    first = who.name.split(" ")[0]
    paragraphs.append(
        rng.choice(
            [
                f"Maraming salamat po,\n{who.name}",
                f"Salamat po!\n{first}",
                f"Lubos na gumagalang,\n{who.name}",
                f"Salamat po. - {first}",
            ]
        )
    )
    if rng.random() < 0.4:
        paragraphs.append(TAGALOG_CREDIT)
    return Row(
        "CORRIDOR",
        "\n\n".join(paragraphs),
        who,
        "corridor-tagalog",
        "heavy" if heavy else "core",
        personal="\n\n".join(pieces),
    )


# --- residents and spam ----------------------------------------------------------------------

RESIDENTS: list[tuple[str, str]] = [
    ("FERRY", "Keep the ferry."),
    ("FERRY", "Yes"),
    (
        "FERRY",
        "I ride the Saltmarsh boat twice a week and I'd pay more to keep it. Has anyone asked riders what fare they would accept?",
    ),
    (
        "FERRY",
        "Honestly the ferry has been losing money for a decade. I'd rather see that subsidy go to the bus route that actually serves the north shore all day.",
    ),
    (
        "FERRY",
        "The staff report says weekday ridership averages 640, not 900. Somebody should reconcile those numbers before the vote.",
    ),
    (
        "FERRY",
        "As a Bayside Hospital employee I want to say the hospital itself should chip in. They benefit from it as much as anyone.",
    ),
    (
        "FERRY",
        "Please consider a reduced winter schedule instead of ending it outright. Two boats in the morning and two in the evening would cover most commuters.",
    ),
    (
        "FERRY",
        "The landing on the south side floods every king tide. If you keep the ferry, fix the landing too.",
    ),
    (
        "FERRY",
        "I don't use the ferry but my neighbor does and I'd hate to see her stuck. Count me in favor of keeping it.",
    ),
    (
        "FERRY",
        "Sell advertising on the boat. Name it after a sponsor. Anything but shutting it down.",
    ),
    (
        "FERRY",
        "Why is this in a mid-year amendment at all? Big changes like this belong in the regular budget with hearings.",
    ),
    (
        "FERRY",
        "End it. The money is better spent on road repair on Cannery Road, which everyone uses.",
    ),
    (
        "FERRY",
        "My father worked the first crossing in 1972. There were forty riders that day and they thought it was a failure. Fifty years later it is how half the north shore gets to work. Don't judge it by one bad year after the pandemic.",
    ),
    (
        "FERRY",
        "Could the county transit district take it over? It seems odd for a city our size to run a boat alone.\n\nI looked at the transit district's last capital plan and it already lists 'water connections' as a study item for 2027. If the city keeps the Saltmarsh run going for one more year, there is a real chance the district picks it up with regional money instead of our general fund.\n\nEnding it now would throw that chance away. Once the crew is laid off and the boat is sold, nobody restarts a ferry. Please ask staff to contact the district before the vote and report back.",
    ),
    (
        "FERRY",
        "Voicemail line was full when I tried to call, so writing instead: keep the ferry, please.",
    ),
    ("FERRY", "Ferry = lifeline. Simple as that."),
    ("FERRY", "Sí al ferry. Mi esposo trabaja en la cocina del hospital y no tenemos carro."),
    ("FERRY", "Giữ lại phà Saltmarsh. Mẹ tôi đi phà mỗi tuần để khám bệnh."),
    (
        "FERRY",
        "I've read the union's postcard. I agree with the goal but the numbers on it are a bit rosy. Publish the real ridership by hour and let us judge.",
    ),
    (
        "FERRY",
        "Please look at an electric replacement boat with state grant money rather than ending service. Other harbor towns have done it.",
    ),
    (
        "FERRY",
        "I live on the south side and the inlet bridge traffic is already terrible at 7:30. Without the ferry it will be worse for all of us, drivers included.",
    ),
    ("FERRY", "Against the cut."),
    ("RENTALS", "Support the cap."),
    ("RENTALS", "Oppose."),
    (
        "RENTALS",
        "I host one room in my house. I support limits on whole-home rentals but please make sure room hosts are not swept into the same permit count.",
    ),
    (
        "RENTALS",
        "The city says 1,100 listings; the hosts say 420 permitted whole homes. Both can be true. What matters is how many of the unpermitted ones are whole homes, and nobody seems to know.",
    ),
    (
        "RENTALS",
        "I'm a property manager. A cap of 300 will cut our business in half and cost local jobs. Regulate noise and parking instead.",
    ),
    (
        "RENTALS",
        "We lost our lease on Kelp Street last year when the owner switched to nightly rentals. We now live in Westbluff and my commute is an hour. I'd like to move back.",
    ),
    (
        "RENTALS",
        "Has staff estimated how many units would actually return to long-term rental under a cap? Without that, it is a guess.\n\nI've lived next to a vacation rental on Kelp Street for four years. Some weeks it is loud, most weeks it is fine, and the owner answers the phone. The house two doors down, on the other hand, was bought by a company in another state and nobody can reach anyone there when the garbage piles up.\n\nSo my view is that the cap is the blunt part of this and the primary-residence rule is the sharp part. If the council can only pass one, pass the residence rule and the enforcement money, and come back to the number next year with real data on how many listings are whole homes.",
    ),
    ("RENTALS", "Primary residence rule yes, hard cap no."),
    (
        "RENTALS",
        "I am tired of the party houses. The one behind us on Mariner Drive had a fight in the driveway at 3 a.m. last Saturday.",
    ),
    (
        "RENTALS",
        "Both the petition and the hosts' flyer were left on my door this week. Neither one mentions the enforcement budget, which is the part that decides whether any of this works.",
    ),
    (
        "RENTALS",
        "Short-term rentals brought my restaurant through the winter. Please don't cap what you can't measure.",
    ),
    ("RENTALS", "支持限制短租。我们这栋楼有一半变成了民宿，房租涨得太快了。"),
    ("RENTALS", "Ang hirap maghanap ng paupahan dito. Sana may gawin ang Konseho."),
    (
        "RENTALS",
        "The ordinance should grandfather existing permits for two years so nobody loses their livelihood overnight.",
    ),
    (
        "RENTALS",
        "Fund the inspectors. Every other part of this debate is noise until someone checks the listings against the permit list.",
    ),
    ("RENTALS", "I support the cap. The lodging tax is nice but it doesn't house anyone."),
    (
        "RENTALS",
        "Please vote no. I rent my home out in August when we visit family and it pays our property tax.",
    ),
    (
        "RENTALS",
        "My daughter and her husband, both teachers, left Calder Reach in June because they could not find a two-bedroom under $2,500. The district is short eleven teachers this year. Connect the dots.",
    ),
    ("RENTALS", "Seriously, 300?"),
    (
        "RENTALS",
        "Question for staff: would the 300 permits be allocated by lottery, by date of application, or by neighborhood? The draft doesn't say and it makes a big difference.",
    ),
    ("SHELTER", "Yes on item 3."),
    ("SHELTER", "No on Dunmore."),
    (
        "SHELTER",
        "I live two doors down from the county building. I'm not opposed, but I want a phone number that someone answers at night if there's a problem.",
    ),
    (
        "SHELTER",
        "The Harbor Road warehouse has no sidewalks and is a mile from the nearest bus stop. It's a worse site for the people who'd live there.",
    ),
    (
        "SHELTER",
        "I got the text alert from the neighbors group. I didn't send it because I don't agree with it. I think the center belongs on Dunmore.",
    ),
    (
        "SHELTER",
        "As a Pell Elementary parent I'm honestly torn. I want people housed and I want our kids' walk to school to feel safe. Please make the good-neighbor agreement binding and public.",
    ),
    (
        "SHELTER",
        "Eleven days of notice really was too short. Whatever you decide, please don't run the next siting this way.\n\nI say that as someone who supports the center. I've been at two of the neighbor meetings and the anger in the room was mostly about being surprised, not about the people who would live there. Several neighbors told me they'd have been fine with it if someone had knocked on doors in October.\n\nIf you approve it tonight, please attach a condition that the operator holds a monthly evening meeting for the first year, and that the city posts the call logs for the block every quarter. That's how trust gets built after a bad start.",
    ),
    ("SHELTER", "We need shelter beds before the next cold snap. Every week of delay is a risk."),
    (
        "SHELTER",
        "My church already feeds people at the park on Sundays. A center would let them get out of the rain.",
    ),
    ("SHELTER", "Vote no, wrong location."),
    (
        "SHELTER",
        "Is the operator the same nonprofit that ran the Westbluff center? If so, I'd like to see their last three annual reports before you vote.",
    ),
    (
        "SHELTER",
        "Please stop letting text campaigns and social media threads drown out the people who live on the block. I live on the block. I'd like a meeting in the evening.",
    ),
    ("SHELTER", "Support. People are dying outside."),
    ("SHELTER", "Tôi sống ở đường Dunmore. Tôi đồng ý có trung tâm nhưng cần có bảo vệ ban đêm."),
    (
        "SHELTER",
        "Estoy a favor del centro. Mi hermano estuvo en la calle y un lugar así le habría ayudado.",
    ),
    (
        "SHELTER",
        "Eighty beds in a building that used to hold the county assessor's office sounds fine to me. It's been empty for six years and attracting break-ins.",
    ),
    (
        "SHELTER",
        "I'd support it with a cap of 50 beds and a review after a year.\n\nI work in outreach for the county, though I'm writing as a resident and not for my employer. The smaller programs I've seen work best when the staff know every person by name, and that gets harder past about fifty. Starting smaller also gives the neighbors a chance to see that the worst predictions don't come true.\n\nThe building can hold more later. It's much harder to shrink a program that has already lost the neighborhood's trust.",
    ),
    ("SHELTER", "Whatever happens, publish the contract. We can all read."),
    (
        "SHELTER",
        "I run the liquor store the thread keeps mentioning. For the record, I'm not against the center. I'd just like the city to fix the streetlight on the corner that's been out since August.",
    ),
    (
        "SHELTER",
        "Thank you to staff for the FAQ. It answered most of my questions. Remaining one: who pays after the state grant ends in 2029?",
    ),
    ("SHELTER", "no"),
    ("CORRIDOR", "Support the upzoning. We need more homes near the bus line."),
    ("CORRIDOR", "Seven stories is too tall for Corliss. Five, maybe."),
    (
        "CORRIDOR",
        "Please add a right to return for tenants, like the Filipino community group asked. It's the fair thing.",
    ),
    (
        "CORRIDOR",
        "I own a small building on Corliss and I'd like to redevelop it. The current zoning makes anything but a two-story box impossible.",
    ),
    (
        "CORRIDOR",
        "Where will everyone park? Corliss is already full at dinner time.\n\nI'm not against the buildings. I'm against pretending that everyone who moves into them will ride the bus. The 7 runs every twenty minutes until eight at night and then once an hour. Nobody who works a late shift is giving up their car for that.\n\nEither improve the evening bus service at the same time as the rezoning, or require some parking in the new buildings. Otherwise the side streets off Corliss will become one big parking lot and the shops will lose the customers who drive in from elsewhere.",
    ),
    (
        "CORRIDOR",
        "Corliss has the best food in town because the rents were cheap. If the rents go up the restaurants go. Protect the small shops.",
    ),
    ("CORRIDOR", "Sana po ay may libreng tulong legal para sa mga umuupa sa Corliss."),
    ("CORRIDOR", "支持在Corliss大道建更多住房，但请保护现有的小商店。"),
    ("CORRIDOR", "Yes!"),
    ("CORRIDOR", "Let the corridor grow. Young people in this city have nowhere to go but away."),
    (
        "CORRIDOR",
        "The shadow study shows the park on Selkie Lane in shade by 3 p.m. in winter. Step the buildings back on that block.",
    ),
    (
        "CORRIDOR",
        "I'm a renter on Corliss. I want new buildings and I want to not be priced out of the old one. Both, please.",
    ),
    ("CORRIDOR", "Oppose. Traffic."),
    (
        "CORRIDOR",
        "Could the ordinance require ground-floor retail at rents the current tenants can afford? Otherwise the bakeries and remittance shops will be replaced by chain coffee.",
    ),
    (
        "CORRIDOR",
        "My family came to Corliss in 1979. My parents' sari-sari store was the first Filipino shop on the avenue. I'm for new housing, but I'd like my kids to be able to see where their grandparents started.",
    ),
    ("CORRIDOR", "Good plan, long overdue."),
    (
        "CORRIDOR",
        "Please translate the notices. My neighbors found out about tonight's hearing from a church bulletin.",
    ),
    (
        "FERRY",
        "I'm a deckhand on the ferry. I'll just say the boat is full at 6:10 and 5:20 every weekday and nearly empty at noon. Cut the middle of the day if you must, not the whole thing.",
    ),
    (
        "FERRY",
        "Does the city have a plan for the landings if service ends? Two empty piers are a liability.",
    ),
    (
        "RENTALS",
        "Honestly both campaigns' numbers look cherry-picked to me. Please get staff to publish one table we can all argue about.",
    ),
    (
        "SHELTER",
        "I live on Osprey Court. Please make the operator meet with the daycare and the school before opening.",
    ),
    (
        "CORRIDOR",
        "Support, with anti-displacement protections written into the ordinance, not left to a future policy.",
    ),
    ("RENTALS", "N/A"),
    ("SHELTER", "Build it."),
    (
        "FERRY",
        "I support the ferry. I commute on it to the county offices and it saves me a parking fee every day.",
    ),
    ("CORRIDOR", "Mixed feelings. More housing is good; losing Corliss's character isn't."),
    ("RENTALS", "Cap them at 200, not 300."),
]
SPAM: list[tuple[str, str, str]] = [
    (
        "RENTALS",
        "PetitionPress Support",
        "Your signature on 'Cap short-term rentals' could not be verified. Confirm your identity within 24 hours to keep it counted: https://petitionpress-verify.example.com/confirm?id=77812 . Failure to confirm will remove your name.",
    ),
    (
        "FERRY",
        "Inlet Charters",
        "Skip the ferry line! Private boat charters across the inlet from $49, sunset cruises, fishing trips. Book now at inletcharters.example.net or call 555-0188.",
    ),
    (
        "RENTALS",
        "HostMax Pro",
        "Own a vacation rental? Earn 40% more with HostMax dynamic pricing. Free onboarding this week only. www.hostmax.example.org",
    ),
    (
        "SHELTER",
        "Vay Nhanh 24h",
        "Vay tiền nhanh trong 15 phút, không cần thế chấp, lãi suất thấp. Liên hệ Zalo 555-0177 để được duyệt ngay hôm nay!",
    ),
    (
        "CORRIDOR",
        "房产投资",
        "海外房产投资，年回报率高达18%！名额有限，立即添加微信咨询，专人一对一服务。",
    ),
    (
        "FERRY",
        "Ирина",
        "Лучшие курсы английского онлайн! Первое занятие бесплатно, скидка 50% до конца недели. Пишите в личные сообщения.",
    ),
    (
        "RENTALS",
        "Casino Dorado",
        "¡Gana hasta $5,000 hoy! Registrate en Casino Dorado y recibe 200 giros gratis. Bono exclusivo solo por tiempo limitado.",
    ),
    (
        "SHELTER",
        "Sabong Online PH",
        "Manood at tumaya sa live na sabong online! Mag-register ngayon at makakuha ng libreng 500 pesos na bonus. Cash out agad-agad!",
    ),
    (
        "CORRIDOR",
        "Gartenprofi",
        "Professionelle Gartenpflege und Heckenschnitt zu Top-Preisen! Jetzt Termin vereinbaren und 20% sparen.",
    ),
    (
        "FERRY",
        "Renda Extra",
        "Ganhe dinheiro trabalhando de casa! Mais de R$ 3.000 por mês com apenas 2 horas por dia. Clique no link da bio.",
    ),
    ("SHELTER", "qwzx", "asdkj qwe zxmcn lkjqw ppoe zxnmcb qwpeoiru zzz xx"),
    (
        "CORRIDOR",
        "SEO Rankers",
        "Is your business on Corliss Avenue invisible on Google? We guarantee first-page rankings in 30 days or your money back. Reply for a free audit.",
    ),
]


# --- the evening -----------------------------------------------------------------------------


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    people = People(rng)
    phones = [
        f"555-01{n:02d}"
        for n in range(100)
        if f"555-01{n:02d}" not in (COMMENT_LINE, "555-0188", "555-0177")
    ]
    rng.shuffle(phones)
    timed: list[tuple[int, int, Row]] = []

    def add(minute: int, row: Row) -> None:
        timed.append((minute, len(timed), row))

    def between(lo: int, hi: int) -> int:
        return rng.randint(lo, hi)

    def chance(p: float) -> bool:
        return rng.random() < p

    # ferry-voicemail: 48 calls through the afternoon and evening, 4 heavy
    pool = Pool(rng, VOICE_OWN)
    heavy_calls = list(VOICE_HEAVY)
    heavy_at = set(rng.sample(range(48), 4))
    for i in range(48):
        anonymous = chance(0.18)
        who = (
            people.anonymous(("Unknown caller", "Anonymous"))
            if anonymous
            else people.named(email=False, postal=False)
        )
        phone = phones.pop() if chance(0.7) else None
        minute = between(0, 560) if chance(0.5) else between(300, 430)
        heavy_call = heavy_calls.pop() if i in heavy_at else None
        add(
            minute,
            voicemail_copy(rng, who, anonymous, phone, minute, pool, heavy_call, chance(0.55)),
        )

    # ferry-postcards: 40 cards in two mailroom batches, 3 heavy
    notes = Pool(rng, CARD_NOTES)
    heavy_cards = list(CARD_HEAVY)
    heavy_at = set(rng.sample(range(40), 3))
    for i in range(40):
        batch, minute = (1, 65) if i < 22 else (2, 220)
        unsigned = chance(0.06)
        who = people.anonymous(("Unsigned postcard",)) if unsigned else people.named(email=False)
        crossed = i in heavy_at
        note = heavy_cards.pop() if crossed else (notes.take() if chance(0.6) else None)
        add(
            minute,
            postcard_copy(
                rng, who, None if unsigned else rng.choice(STREETS), batch, note, crossed
            ),
        )

    # rentals-petition: 100 signatures delivered in batches of up to 20, 6 heavy
    reasons = Pool(rng, PETITION_REASONS)
    heavy_petitions = list(PETITION_HEAVY)
    rng.shuffle(heavy_petitions)
    heavy_at = set(rng.sample(range(100), 6))
    sizes: list[int] = []
    while sum(sizes) < 100:
        sizes.append(min(rng.randint(6, 20), 100 - sum(sizes)))
    moments = sorted(rng.sample(range(30, 560, 7), len(sizes)))
    number, signers, i = PETITION_FIRST_NUMBER, 1610, 0
    for size, minute in zip(sizes, moments, strict=True):
        signers += rng.randint(40, 160)
        for _ in range(size):
            hidden = chance(0.04)
            who = (
                people.anonymous(("Name hidden by signer",))
                if hidden
                else people.named(postal=chance(0.9))
            )
            heavy = heavy_petitions.pop() if i in heavy_at else None
            reason = reasons.take() if chance(0.5) and len(reasons) else None
            add(minute, petition_copy(rng, who, number, signers, reason, heavy))
            number += rng.randint(1, 9)
            signers += rng.randint(0, 3)
            i += 1

    # rentals-mythfact: 36 from the hosts' newsletter at 14:30 on, 3 heavy
    own = Pool(rng, MYTH_OWN)
    heavy_myths = list(MYTH_HEAVY)
    heavy_at = set(rng.sample(range(36), 3))
    for i in range(36):
        who = people.named(postal=chance(0.7))
        heavy = heavy_myths.pop() if i in heavy_at else None
        said: list[str] = []
        greeting_only = False
        if not heavy:
            roll = rng.random()
            if roll < 0.45 and len(own):
                said = [own.take()]
                if chance(0.3) and len(own):
                    said.append(own.take())
            elif roll < 0.62:
                greeting_only = True
        add(between(150, 570), mythfact_copy(rng, who, said, heavy, greeting_only))

    # shelter-sms: 44 texts after the 16:15 alert, every sender anonymous, 3 heavy
    texts = Pool(rng, SMS_OWN)
    heavy_texts = list(SMS_HEAVY)
    heavy_at = set(rng.sample(range(44), 3))
    for i in range(44):
        who = people.anonymous(("SMS comment", "Text message", ""))
        minute = 255 + int(rng.expovariate(1 / 50)) % 300
        heavy = heavy_texts.pop() if i in heavy_at else None
        said_sms = texts.take() if not heavy and chance(0.55) else None
        add(minute, sms_copy(rng, who, phones.pop(), minute, said_sms, heavy))

    # shelter-thread: 30 pastes after the 14:14 post, 2 heavy
    lines = Pool(rng, THREAD_OWN)
    heavy_threads = list(THREAD_HEAVY)
    heavy_at = set(rng.sample(range(30), 2))
    for i in range(30):
        anonymous = chance(0.1)
        who = (
            people.anonymous(("Anonymous", "anonymous"))
            if anonymous
            else people.named(postal=False)
        )
        minute = between(140, 560)
        heavy = heavy_threads.pop() if i in heavy_at else None
        top = lines.take() if chance(0.55) and len(lines) else None
        bottom = lines.take() if not heavy and chance(0.15) and len(lines) else None
        add(minute, thread_copy(rng, who, minute, top, bottom, heavy))

    # corridor-tagalog: 20 after the community group's 18:00 meeting, 1 heavy
    tagalog_own = Pool(rng, TAGALOG_OWN)
    heavy_one = rng.randrange(20)
    for i in range(20):
        anonymous = chance(0.08)
        who = (
            people.anonymous(("Walang pangalan",))
            if anonymous
            else people.named(postal=chance(0.6))
        )
        said_tl = (
            tagalog_own.take() if i != heavy_one and chance(0.5) and len(tagalog_own) else None
        )
        add(between(360, 560), tagalog_copy(rng, who, said_tl, i == heavy_one))

    # residents, spam
    for item, text in RESIDENTS:
        if chance(0.22):
            who = people.anonymous(("Anonymous", "", "N/A", "anonymous", "Concerned neighbor"))
        else:
            who = people.named(email=chance(0.92), postal=chance(0.8))
        add(between(0, 570), Row(item, text, who))
    for item, name, text in SPAM:
        local = re.sub(r"[^a-z]", "", name.lower()) or f"x{rng.randint(100, 999)}"
        who = Sender(name, f"{local}{rng.randint(1, 99)}@example.com", None)
        add(between(0, 570), Row(item, text, who, spam=True))

    timed.sort(key=lambda t: (t[0], t[1]))
    rows = [row for _, _, row in timed]
    return [r.as_dict() for r in _resubmit(rng, rows)]


def _resubmit(rng: random.Random, rows: list[Row]) -> list[Row]:
    """Six named senders send the same comment again one to three rows later."""
    wanted: list[Callable[[Row], bool]] = [
        lambda r: r.campaign == "rentals-petition",
        lambda r: r.campaign == "rentals-petition",
        lambda r: r.campaign == "rentals-mythfact",
        lambda r: r.campaign == "shelter-thread",
        lambda r: r.campaign is None and not r.spam,
        lambda r: r.campaign is None and not r.spam,
    ]
    chosen: list[int] = []
    for want in wanted:
        options = [
            i
            for i, r in enumerate(rows)
            if want(r) and r.who.email and i < len(rows) - 5 and all(abs(i - c) > 6 for c in chosen)
        ]
        chosen.append(rng.choice(options))
    out = list(rows)
    for at in sorted(chosen, reverse=True):
        first = rows[at]
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
        out.insert(at + 1 + rng.randint(0, 2), again)
    return out
