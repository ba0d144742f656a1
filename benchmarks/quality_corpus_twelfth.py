"""A twelfth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 14 (5 December 2026, in under an hour) by a helper who did not
read the labelling engine (``intake/text/``, ``intake/labelling/``), ``docs/labelling.md``,
``docs/spam.md`` nor the engine's unit tests. It read, for the interface and to avoid repeating
their shapes, ``labelling_quality.py`` (how a generator is loaded), ``corpus_row.Row``,
``tests/corpus_shapes.py`` and the docstrings of the tenth and eleventh generators (not their
code). Its author never ran the labeller or the benchmark on it. Read it once, blind; never tune
on it.

One long Tuesday evening (8 December 2026) of the invented City of Alderbank's council (seed
2401), four items, rows in arrival order (each row gets an arrival minute; the evening is sorted
by it, ties kept in generation order):

* ``rent-gateway`` (56 copies, 6 heavy), for rent stabilization (item ``RENT``): the tenants'
  union's nine-sentence letter. The clerk takes comments by e-mail through a gateway that posts
  the whole message, so many copies arrive WRAPPED: a ``---------- Forwarded message ---------``
  block (From/Date/Subject/To) of the sender's own earlier e-mail to a council member, under an
  optional line of their own; or a REPLY to the union's action alert, the letter quoted in
  ``> `` lines wrapped at about 70 columns under ``On Mon, Dec 7, 2026 at ... wrote:``, with the
  sender's few words above (only senders who kept the letter whole replied; the quoted alert
  ends in the union's ``[Your name]`` placeholder). Others arrive plain. Twelve core copies
  DELETED one template sentence and REWROTE another one in their own words (same point, new
  wording; see the truth rule below). Heavy copies keep the opening sentence, the closing ask
  and two or three of the seven sentences between, and replace the rest by their own account.
* ``rent-bilingual`` (30), same item: a family resource center's short letter in ENGLISH FOLLOWED
  BY ITS SPANISH TRANSLATION in the same copy, under one of several separators. One campaign.
* ``rent-es`` (24, 2 heavy), same item: a SPANISH-ONLY letter of a tenants' committee, on the same
  point with the same vocabulary as the bilingual letter's Spanish half but not one shared
  sentence: a separate campaign. Some copies were typed without accents (core).
* ``corridor-list`` (40), on a street redesign (item ``CORRIDOR``): a lead-in line, a list of
  seven demands and a closing line. Each sender keeps four to seven of the demands, some in
  another order, under the marker their mail client gave the paste (``-``, ``*``, ``•``,
  renumbered ``1.``); some ADD a demand of their own (anywhere in the list) and some append a
  remark of their own in brackets to a template demand ("(I take the 22 every day.)").
* ``beach-mornings`` (200), on a dog ban for a beach (item ``BEACH``): a TWO-SENTENCE letter,
  most copies from anonymous or e-mail-less senders, some with one own sentence added. Beside
  it 20 residents write equally short comments on the same item with the same vocabulary
  (Larkin, dogs, mornings, 9 am, off-leash): unique comments, not members.
* ``armory-neighbors`` (30, 3 heavy), on a shelter lease (item ``ARMORY``): a neighbours' letter
  with a FILL-IN sentence ("My name is ... and I live at ..., a few blocks from the Wexford
  Armory.") that senders put at the START, in the MIDDLE or at the END of the letter; three left
  the placeholders unfilled. Heavy copies keep the opening, the first and last points and the
  closing line around sentences of their own.

CONTACT SIGNATURES: about a third of the named ``rent-gateway`` and ``armory-neighbors`` senders
sign with a full contact block (name, street, apartment, city, ZIP, phone, sometimes e-mail) in
one of five formats (stacked lines, one line with commas, ``Name:``/``Address:`` labels, a ``|``
separated e-mail signature under ``--``, a sign-off with the apartment on its own line).

Plus 50 residents' own comments (one word to two paragraphs, English and Spanish), 5
resubmissions by the same named sender minutes apart (same e-mail, same words; ``duplicate``),
anonymous senders ("Anonymous", "", "Resident", "Name withheld", "N/A", "Prefer not to say")
who are distinct people, and 15 spam in ten languages (and one line of gibberish).

Truth per row (``corpus_row.Row``): ``campaign``, ``tier``, ``spam``, ``duplicate`` and
``personal``: the sender's own words, paragraphs (or lines) joined by blank lines ("" when
none), in reading order. Personal: own paragraphs and lines wherever they stand (above a
forwarded block or a quoted reply, inside the letter, at the end), heavy copies' own sentences,
an own demand added to the list (without its marker or number), a bracketed remark appended to a
template demand (without the brackets), and the contact VALUES typed into the fill-in sentence,
the name and the address each its own paragraph (the ninth and eleventh corpora's choice; an
unfilled placeholder is not personal). Never personal: greetings, sign-offs, ``Sent from my
iPhone``, a first name signed under a reply's note, the forwarded-message header block, the
``On ... wrote:`` line and the ``> `` marks,
the bilingual separators, template sentences in either language, accent-less retyped template
sentences, a template sentence the sender REWROTE in their own words (it states the template's
point, so it is template: issue 14, item 2; a judgement call the lead may dispute), and a
CONTACT SIGNATURE BLOCK in any format, although it carries a name, street, apartment, ZIP and
phone: a signature is personal DATA that must never reach public text, not the sender's text.
Names, streets and businesses are invented; e-mails are example.com/.org/.net, phone numbers
555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from typing import Any

from corpus_row import Row, Sender

SEED = 2401
NAME = "generated-twelfth"
RENT = "ord-26-31"
CORRIDOR = "res-26-208"
BEACH = "ord-26-34"
ARMORY = "res-26-215"
ITEMS = (
    (RENT, "Ordinance 26-31: rent stabilization (five percent annual cap) and just-cause "
     "eviction protections"),
    (CORRIDOR, "Eastgate Road corridor redesign: protected bike lanes, bus boarding islands and "
     "removal of on-street parking"),
    (BEACH, "Ordinance 26-34 amending Parks Code section 9.14: dogs prohibited on Larkin Street "
     "Beach year-round"),
    (ARMORY, "Lease of the Wexford Armory to Harbor Light Services for a 90-bed low-barrier "
     "shelter"),
)  # fmt: skip

ANONYMOUS_NAMES = ("Anonymous", "", "Resident", "Name withheld", "N/A", "Prefer not to say")

FIRST = [
    "Maria",
    "Daniel",
    "Aisha",
    "Tomas",
    "Priya",
    "Gwen",
    "Omar",
    "Lucia",
    "Henry",
    "Nadia",
    "Felix",
    "Rosa",
    "Marcus",
    "Ines",
    "Jun",
    "Leah",
    "Curtis",
    "Yesenia",
    "Brendan",
    "Mei",
    "Alvaro",
    "Dolores",
    "Kwame",
    "Hana",
    "Silas",
    "Fatima",
    "Wesley",
    "Ingrid",
    "Rafael",
    "Tamsin",
    "Desmond",
    "Paloma",
    "Elliot",
    "Soo-jin",
    "Gerald",
    "Maribel",
    "Tobias",
    "Odette",
    "Ramon",
    "Beatriz",
    "Harlan",
    "Noor",
    "Vincent",
    "Consuelo",
    "Jasper",
    "Keiko",
    "Ignacio",
    "Winifred",
    "Luther",
    "Zainab",
    "Casper",
    "Graciela",
    "Dmitri",
    "Mabel",
    "Osvaldo",
    "Perpetua",
    "Quincy",
    "Renata",
    "Stellan",
    "Ulla",
    "Victor",
    "Xiomara",
    "Yusuf",
    "Zora",
    "Anselm",
    "Brigid",
    "Cyrus",
    "Delphine",
]
LAST = [
    "Ocampo",
    "Hargrove",
    "Whitlock",
    "Penhallow",
    "Aldana",
    "Marchetti",
    "Okonkwo",
    "Velasquez",
    "Thistlewood",
    "Brannigan",
    "Ferreira",
    "Lindqvist",
    "Castellanos",
    "Mbeki",
    "Ashdown",
    "Quiroga",
    "Holloway",
    "Nakashima",
    "Dunleavy",
    "Szabo",
    "Rutledge",
    "Ibarra",
    "Kettering",
    "Solberg",
    "Abernathy",
    "Trujillo",
    "Winslow",
    "Kowalczyk",
    "Echeverria",
    "Pembroke",
    "Fairweather",
    "Galindo",
    "Hollis",
    "Jaramillo",
    "Krantz",
    "Lofgren",
    "Montague",
    "Navarrete",
    "Oyelaran",
    "Pruett",
    "Quintanilla",
    "Rosenthal",
    "Sandoval",
    "Tremaine",
    "Urquhart",
    "Valdivia",
    "Wexley",
    "Yarborough",
    "Zamora",
    "Beaumont",
    "Cardenas",
    "Delacroix",
    "Esposito",
    "Fitzgerald",
    "Greenhalgh",
    "Halvorsen",
    "Inglewood",
    "Jablonski",
    "Kincaid",
]
STREETS = (
    "Tern Street", "Orchard Avenue", "Fenwick Way", "Dunmore Road", "Harlan Street",
    "Kestrel Lane", "Eastgate Road", "Wexford Place", "Larkin Street", "Salt Marsh Drive",
    "Cobble Hill Road", "Pilot Street", "Ninth Avenue", "Willet Court", "Quarry Row",
)  # fmt: skip
ZIPS = ("97391", "97392", "97394")
DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Person:
    """A sender as posted: name (possibly anonymous), e-mail and postal code (possibly none)."""

    name: str
    email: str | None
    postal_code: str | None
    street: str = ""
    apt: str = ""
    phone: str = ""


class People:
    """Hands out distinct senders: every named one is a new person, anonymous ones carry nothing
    that would tie two of them together."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def named(self, *, email: bool = True, postal: float = 0.6) -> Person:
        rng = self.rng
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in self.used:
                break
        self.used.add(name)
        first, last = name.lower().split(" ", 1)
        style = rng.randrange(4)
        local = (f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randrange(10, 99)}",
                 f"{last}.{first[0]}")[style].replace("-", "")  # fmt: skip
        return Person(
            name=name,
            email=f"{local}@{rng.choice(DOMAINS)}" if email else None,
            postal_code=rng.choice(ZIPS) if rng.random() < postal else None,
            street=f"{rng.randrange(12, 2900)} {rng.choice(STREETS)}",
            apt=rng.choice(("", "", f"Apt {rng.randrange(1, 9)}{rng.choice('ABCD')}",
                            f"Unit {rng.randrange(101, 420)}", f"#{rng.randrange(2, 40)}")),
            phone=f"555-01{rng.randrange(100):02d}",
        )  # fmt: skip

    def anonymous(self) -> Person:
        return Person(name=self.rng.choice(ANONYMOUS_NAMES), email=None, postal_code=None)

    def any(self, anonymous_share: float, *, email: float = 0.85) -> Person:
        if self.rng.random() < anonymous_share:
            return self.anonymous()
        return self.named(email=self.rng.random() < email)


def is_anonymous(who: Sender) -> bool:
    return who.name in ANONYMOUS_NAMES


def phone_of(who: Person) -> str:
    return who.phone


def signature(rng: random.Random, who: Person) -> str:
    """A full contact signature block in one of five formats (never personal text)."""
    zip_ = who.postal_code or rng.choice(ZIPS)
    apt = who.apt or f"Apt {rng.randrange(1, 6)}{rng.choice('AB')}"
    phone = phone_of(who)
    style = rng.randrange(5)
    if style == 0:
        return f"{who.name}\n{who.street}, {apt}\nAlderbank, OR {zip_}\n(555) {phone}"
    if style == 1:
        return f"{who.name}, {who.street} {apt}, Alderbank OR {zip_}, {phone}"
    if style == 2:
        return (f"Name: {who.name}\nAddress: {who.street} {apt}\nCity/ZIP: Alderbank {zip_}\n"
                f"Phone: {phone}")  # fmt: skip
    if style == 3:
        mail = f" | {who.email}" if who.email else ""
        return f"-- \n{who.name} | {who.street}, {apt} | Alderbank, OR {zip_} | tel. {phone}{mail}"
    return f"{who.name}\n{apt}\n{who.street}\nAlderbank {zip_}\nPh: {phone}"


@dataclass
class Copy:
    """A comment being written: its paragraphs and, apart, the sender's own words in order."""

    parts: list[str]
    own: list[str]

    def body(self) -> str:
        return "\n\n".join(p for p in self.parts if p)

    def personal(self) -> str:
        return "\n\n".join(self.own)


def new_copy() -> Copy:
    return Copy([], [])


# --------------------------------------------------------------------------------------------
# rent-gateway: the tenants' union's letter, often wrapped by the e-mail gateway
# --------------------------------------------------------------------------------------------

RENT_GREETINGS = (
    "Dear Mayor Okafor and members of the City Council,",
    "Dear Mayor Okafor and Councilmembers,",
    "Dear Council,",
    "To the City Council:",
)
RENT_OPEN = "I am writing to urge you to pass Ordinance 26-31 without weakening amendments."
RENT_MIDDLE = (
    "Rents in Alderbank have risen by more than forty percent in five years, while wages for most "
    "renters have barely moved.",
    "My neighbors and I have watched friends leave the city because they could not absorb another "
    "increase of three or four hundred dollars.",
    "A cap of five percent a year gives landlords a fair return and gives families the ability to "
    "plan.",
    "Just-cause protections matter just as much, because a cap means nothing if a tenant can be "
    "pushed out with a sixty-day notice.",
    "The council's own housing study found that most evictions in Alderbank last year were "
    "no-fault terminations.",
    "Families who have paid on time for years deserve to know they will not lose their home at "
    "the end of a lease for no reason.",
    "Please reject the proposed exemption for buildings built after 1995, which would leave out a "
    "third of the city's apartments.",
)
RENT_CLOSE = "Renters are half of this city, and we are asking you to stand with us on Tuesday."
RENT_PARAGRAPHS = ((0, 1), (2, 3, 4, 5), (6,))  # the middle sentences' paragraphs
# own-words rewrites of some template sentences (same point): template, not personal
RENT_REWRITES = {
    0: (
        "Since about 2021 the rents here have gone up more than 40%, and paychecks sure haven't.",
        "Rent in this town is up over forty percent in five years. Nobody's pay went up like that.",
    ),
    2: (
        "Five percent a year is plenty for any landlord and lets the rest of us plan ahead.",
        "Capping increases at 5% still lets owners make money, and tenants can actually budget.",
    ),
    3: (
        "Without just cause, the cap is useless - they just hand you a 60 day notice instead.",
        "A rent cap doesn't help anyone if the landlord can end your tenancy with 60 days notice "
        "and no reason.",
    ),
    6: (
        "Do not exempt the post-1995 buildings. That's a third of all apartments in town!",
        "The exemption for newer buildings (after 1995) would cut out roughly one in three "
        "apartments, please vote it down.",
    ),
}
RENT_NOTES = (
    "I sent this to Councilmember Trask last night and am forwarding it so it is in the record.",
    "Forwarding for the public comment file. Please make sure this gets counted.",
    "Count me in.",
    "+1",
    "Yes. Absolutely yes.",
    "Adding my name. I have lived on the east side for 14 years and I am tired of moving every "
    "time the lease is up.",
    "Please include this in the packet for item 7.",
    "I'm a landlord (one duplex) and I support this too.",
    "Sorry this is late, I only saw the alert tonight.",
    "Our rent went from 1,450 to 1,890 in two years. Please pass this.",
    "Agree with every word.",
    "My daughter is a nurse at St. Brendan's and can't afford to live in the city she works in.",
)
RENT_OWN_PARAGRAPHS = (
    "We got a notice in August that our building was sold, and the new owner raised every unit by "
    "$325 at once. Half the families on our floor are gone.",
    "I am 71 and on a fixed income. Every spring I wait for the letter about the new rent and I "
    "don't sleep for a week.",
    "My landlord is a decent person, honestly. But the company that manages the building next door "
    "has turned over almost every unit since the pandemic.",
    "I work at the library on Ninth and half my coworkers commute from Corvid Falls now because "
    "they got priced out.",
    "We have two kids at Dunmore Elementary. If we get pushed out again they will be on their "
    "third school in four years.",
    "Please also think about people with disabilities, it takes months to find an accessible unit "
    "and a no-cause notice can leave someone with nowhere to go.",
)
RENT_HEAVY_OWN = (
    "I rented the same one-bedroom on Pilot Street for nine years. Last spring the owner told me "
    'he wanted to "reposition" the building, gave me sixty days, and re-listed my unit for $600 '
    "more the week I left. I never missed a payment.",
    "Honestly I don't follow city politics much. But my sister just went through an eviction with "
    "no reason given and it nearly wrecked her, she lost her job over the move.",
    "I manage a small café on Eastgate and I can't keep staff. They can't live here on what a café "
    "can pay, and I can't pay more without closing.",
    "I was one of the people at the housing forum in October. The stories there were "
    "heartbreaking, people sleeping in cars with full-time jobs.",
    "The landlords' association says this will stop new construction. Portland-sized cities have "
    "caps with new-building exemptions of 15 years, not 30. Do that if you must, not 1995.",
    "Five years ago I paid $1,100. Now it's $1,740 for the same place, same broken dishwasher.",
)
RENT_SIGNOFFS = ("Sincerely,", "Thank you,", "Respectfully,", "Best,", "Thanks,")


def rent_letter(rng: random.Random, who: Person, *, heavy: bool, edit: bool) -> Copy:
    """The letter as the sender wrote it (before any gateway wrapping)."""
    c = new_copy()
    top_own = rng.random() < 0.12 and not heavy
    if top_own:
        own = rng.choice(RENT_OWN_PARAGRAPHS)
        c.parts.append(rng.choice(RENT_GREETINGS))
        c.parts.append(own)
        c.own.append(own)
    else:
        c.parts.append(rng.choice(RENT_GREETINGS))
    middle = {i: s for i, s in enumerate(RENT_MIDDLE)}
    if heavy:
        keep = set(rng.sample(range(7), rng.choice((2, 3))))
        kept = [RENT_MIDDLE[i] for i in sorted(keep)]
        owns = rng.sample(RENT_HEAVY_OWN, rng.choice((1, 2)))
        c.parts.append(RENT_OPEN + " " + owns[0])
        c.own.append(owns[0])
        c.parts.append(" ".join(kept))
        if len(owns) > 1:
            c.parts.append(owns[1])
            c.own.append(owns[1])
        c.parts.append(RENT_CLOSE)
    else:
        if edit:
            drop = rng.randrange(7)
            middle.pop(drop)
            target = rng.choice([i for i in RENT_REWRITES if i != drop])
            middle[target] = rng.choice(RENT_REWRITES[target])
        paragraphs = []
        for group in RENT_PARAGRAPHS:
            text = " ".join(middle[i] for i in group if i in middle)
            if text:
                paragraphs.append(text)
        paragraphs[0] = RENT_OPEN + " " + paragraphs[0]
        paragraphs[-1] = paragraphs[-1] + " " + RENT_CLOSE
        c.parts.extend(paragraphs)
        if not top_own and rng.random() < 0.2:
            own = rng.choice(RENT_OWN_PARAGRAPHS)
            c.parts.insert(len(c.parts) - 1, own)
            c.own.append(own)
    return c


def rent_sign(rng: random.Random, who: Person, c: Copy, contact: bool) -> None:
    if contact:
        c.parts.append(rng.choice(RENT_SIGNOFFS) + "\n\n" + signature(rng, who)
                       if rng.random() < 0.7 else signature(rng, who))  # fmt: skip
    elif is_anonymous(who):
        c.parts.append(rng.choice(("Thank you.", "A renter", "")))
    else:
        c.parts.append(rng.choice(RENT_SIGNOFFS) + "\n" + who.name)


def quoted(text: str) -> str:
    lines: list[str] = []
    for para in text.split("\n\n"):
        for raw in para.split("\n"):
            wrapped = textwrap.wrap(raw, 70) or [""]
            lines.extend("> " + w if w else ">" for w in wrapped)
        lines.append(">")
    return "\n".join(lines[:-1])


def rent_gateway(
    rng: random.Random, people: People, count: int, heavy: int, edits: int
) -> list[Row]:
    rows = []
    kinds = ["heavy"] * heavy + ["edit"] * edits + ["core"] * (count - heavy - edits)
    rng.shuffle(kinds)
    for kind in kinds:
        who = people.any(0.12)
        c = rent_letter(rng, who, heavy=kind == "heavy", edit=kind == "edit")
        wraps = ("plain", "forward", "reply", "reply") if kind == "core" else ("plain", "forward")
        wrap = "plain" if is_anonymous(who) or not who.email else rng.choice(wraps)
        contact = not is_anonymous(who) and rng.random() < 0.33 and wrap != "reply"
        if wrap == "reply":
            # the sender replies to the union's alert (only senders who kept the letter whole):
            # the quoted text is the template alone, the sender's own letter is not sent
            alert = new_copy()
            alert.parts = ["Dear Mayor Okafor and members of the City Council,",
                           RENT_OPEN + " " + RENT_MIDDLE[0] + " " + RENT_MIDDLE[1],
                           " ".join(RENT_MIDDLE[2:6]), RENT_MIDDLE[6] + " " + RENT_CLOSE,
                           "Sincerely,\n[Your name]"]  # fmt: skip
            day = rng.choice(("Mon, Dec 7, 2026 at 6:30 PM", "Mon, Dec 7, 2026 at 6:31 PM"))
            header = f"On {day} Alderbank Tenants Union <alerts@tenants.example.org> wrote:"
            note = rng.choice(RENT_NOTES) if rng.random() < 0.75 else ""
            parts = ([note] if note else []) + [who.name.split()[0]] * (rng.random() < 0.4)
            own = [note] if note else []
            tail = "\n\nSent from my iPhone" if rng.random() < 0.3 else ""
            body = "\n\n".join(parts) + tail + "\n\n" + header + "\n" + quoted(alert.body())
            body = body.strip()
            rows.append(Row(RENT, body, who, "rent-gateway", "core", personal="\n\n".join(own)))
            continue
        rent_sign(rng, who, c, contact)
        tier = "heavy" if kind == "heavy" else "core"
        if wrap == "forward":
            council = rng.choice(("district2", "district3", "district5", "mayor.okafor"))
            note = rng.choice(RENT_NOTES[:2] + RENT_NOTES[5:8]) if rng.random() < 0.6 else ""
            day = rng.choice(("Sun, Dec 6", "Mon, Dec 7"))
            subject = rng.choice(
                (
                    "Pass Ordinance 26-31",
                    "Rent stabilization",
                    "Please vote yes on rent stabilization",
                    "Ordinance 26-31",
                )
            )
            header = ("---------- Forwarded message ---------\n"
                      f"From: {who.name} <{who.email}>\n"
                      f"Date: {day}, 2026 at {rng.randrange(7, 11)}:{rng.randrange(10, 59)} PM\n"
                      f"Subject: {subject}\n"
                      f"To: <{council}@example.org>")  # fmt: skip
            body = ((note + "\n\n") if note else "") + header + "\n\n\n" + c.body()
            own = ([note] if note else []) + c.own
            rows.append(Row(RENT, body, who, "rent-gateway", tier, personal="\n\n".join(own)))
        else:
            rows.append(Row(RENT, c.body(), who, "rent-gateway", tier, personal=c.personal()))
    return rows


# --------------------------------------------------------------------------------------------
# rent-bilingual and rent-es
# --------------------------------------------------------------------------------------------

BI_EN = (
    "To the Alderbank City Council:",
    "Our families need rent stabilization now. Many of us work two jobs and still spend more than "
    "half of what we earn on rent.",
    "When the rent goes up, our children change schools and lose their friends and their teachers. "
    "Please vote yes on Ordinance 26-31 and protect tenants from evictions without a cause.",
    "Thank you.\nFamilies of the Eastgate Family Resource Center",
)
BI_ES = (
    "Al Concejo Municipal de Alderbank:",
    "Nuestras familias necesitan la estabilización de rentas ahora. Muchos de nosotros tenemos dos "
    "trabajos y aun así gastamos más de la mitad de lo que ganamos en la renta.",
    "Cuando sube la renta, nuestros hijos cambian de escuela y pierden a sus amigos y a sus "
    "maestros. Por favor voten sí a la Ordenanza 26-31 y protejan a los inquilinos de los "
    "desalojos sin causa.",
    "Gracias.\nFamilias del Centro de Recursos Familiares de Eastgate",
)
BI_SEPARATORS = ("--- En español ---", "ESPAÑOL:", "(Traducción al español)", "* * *",
                 "[Spanish translation below / Traducción abajo]", "")  # fmt: skip
BI_OWN = (
    "Yo limpio oficinas en el centro de noche y mi esposo trabaja en la construcción. Pagamos "
    "$1,600 por un apartamento de una recámara.",
    "My son is in 3rd grade at Dunmore and this is his third school.",
    "Vivimos en la calle Tern desde 2015. El dueño nos subió la renta dos veces este año.",
    "Please listen to the mothers who came to the meeting in October.",
    "Por favor, no nos olviden.",
    "I translated this letter for my parents, they agree with every word and so do I.",
)

ES_GREETINGS = ("Estimados miembros del Concejo:", "Estimado Concejo Municipal:",
                "Señora alcaldesa Okafor y miembros del Concejo:")  # fmt: skip
ES_BODY = (
    "Soy inquilino en Alderbank y le pido que apruebe la Ordenanza 26-31 tal como está escrita.",
    "El límite de cinco por ciento al año es justo para todos y nos permite planear el futuro de "
    "nuestras familias.",
    "No acepten la excepción para edificios nuevos, porque deja afuera a miles de inquilinos del "
    "lado este.",
    "Tampoco es justo que un dueño pueda sacarnos con un aviso de sesenta días sin ninguna razón.",
    "Muchas familias de este barrio llevan veinte años aquí y queremos quedarnos.",
    "Gracias por escucharnos.",
)
ES_OWN = (
    "Yo trabajo en la panadería de la calle Orchard desde hace doce años y ya no me alcanza para "
    "la renta y la comida.",
    "A mi vecina le dieron el aviso de sesenta días en octubre y tuvo que irse a vivir con su hija "
    "en Corvid Falls.",
    "Tengo tres hijos y el más chico tiene asma. Nos cambiamos tres veces en cinco años.",
    "El dueño no arregla nada, la calefacción no sirve desde noviembre, y cada año sube la renta.",
    "Mi esposo y yo limpiamos casas. Ganamos poco pero siempre pagamos a tiempo.",
)


def strip_accents(text: str) -> str:
    return text.translate(str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN"))


def rent_bilingual(rng: random.Random, people: People, count: int) -> list[Row]:
    rows = []
    for _ in range(count):
        who = people.any(0.25, email=0.6)
        c = new_copy()
        en = list(BI_EN)
        es = list(BI_ES)
        c.parts.extend(en[:3])
        sep = rng.choice(BI_SEPARATORS)
        if sep:
            c.parts.append(sep)
        c.parts.extend(es[:3])
        if rng.random() < 0.3:
            own = rng.choice(BI_OWN)
            c.parts.append(own)
            c.own.append(own)
        if rng.random() < 0.7:
            c.parts.append(en[3] if rng.random() < 0.5 else es[3])
        if not is_anonymous(who):
            c.parts.append(who.name)
        rows.append(Row(RENT, c.body(), who, "rent-bilingual", "core", personal=c.personal()))
    return rows


def rent_es(rng: random.Random, people: People, count: int, heavy: int) -> list[Row]:
    rows = []
    kinds = ["heavy"] * heavy + ["core"] * (count - heavy)
    rng.shuffle(kinds)
    for kind in kinds:
        who = people.any(0.3, email=0.5)
        c = new_copy()
        c.parts.append(rng.choice(ES_GREETINGS))
        plain = rng.random() < 0.3  # typed on a phone without accents
        if kind == "heavy":
            own = rng.sample(ES_OWN, 2)
            c.parts.append(ES_BODY[0] + " " + own[0])
            c.parts.append(ES_BODY[rng.choice((1, 2, 3))] + " " + own[1] + " " + ES_BODY[4])
            c.own.extend(own)
            c.parts.append(ES_BODY[5])
        else:
            c.parts.append(" ".join(ES_BODY[0:2]))
            if rng.random() < 0.3:
                line = rng.choice(ES_OWN)
                c.parts.append(line)
                c.own.append(line)
            c.parts.append(" ".join(ES_BODY[2:5]))
            c.parts.append(ES_BODY[5])
        if not is_anonymous(who):
            c.parts.append("Atentamente,\n" + who.name if rng.random() < 0.6 else who.name)
        body = c.body()
        personal = c.personal()
        if plain:
            body, personal = strip_accents(body), strip_accents(personal)
        rows.append(Row(RENT, body, who, "rent-es", "heavy" if kind == "heavy" else "core",
                        personal=personal))  # fmt: skip
    return rows


# --------------------------------------------------------------------------------------------
# corridor-list: demands as a list, subsets, reordering, own demands and remarks
# --------------------------------------------------------------------------------------------

CORRIDOR_LEAD = ("As a member of Eastgate Safe Streets, I support the corridor redesign and ask "
                 "the Council to adopt it with these commitments:")  # fmt: skip
CORRIDOR_DEMANDS = (
    "Build the protected bike lanes with concrete curbs, not plastic posts that get knocked down "
    "in a month.",
    "Keep the bus boarding islands at Fenwick Way, Orchard Avenue and 14th Avenue in the final "
    "design.",
    "Lower the speed limit on Eastgate Road to 25 mph from Harlan Street to the river.",
    "Give the small businesses between Orchard and Fenwick loading zones before a single parking "
    "space is removed.",
    "Put a signalized crossing at Dunmore Elementary before school starts next fall.",
    "Publish collision numbers for the corridor every year so residents can see whether the "
    "redesign works.",
    "Do not send the project back for another year of study.",
)
CORRIDOR_CLOSE = "Eastgate has waited long enough for a safe street. Please vote yes."
CORRIDOR_OWN_DEMANDS = (
    "Plow the bike lanes in winter, the old painted lane on Harlan is a snowbank until March.",
    "Fix the drainage at Orchard, the whole corner floods when it rains.",
    "Add benches at the bus islands, lots of older riders on the 22.",
    "Keep the mural wall at Fenwick, don't paint over it during construction.",
    "Time the lights for 25 mph so people aren't racing between them.",
    "Hold construction to daytime hours, there are apartments right on the road.",
    "Include a bike rack outside the Eastgate branch library.",
    "Please make sure the islands are wheelchair accessible from both sides.",
)
CORRIDOR_REMARKS = {
    0: (
        "The posts on Salt Marsh Drive lasted three weeks.",
        "I've seen the posts flattened myself.",
    ),
    1: ("I take the 22 every day.", "The stop at Fenwick is where my kid waits."),
    2: ("Cars do 45 past my house.", "My cat was hit there in June."),
    3: ("Our shop is at Orchard and Eastgate, we need this.",),
    4: ("My daughter crosses there twice a day.", "Two near misses this year that I saw."),
}
CORRIDOR_PERSONAL_END = (
    "I ride this road to work at the hospital every day, and I've been doored twice near "
    "Fenwick. I'd like to get to 60 in one piece.",
    "I own a car and I still support this. Parking is not more important than kids.",
    "I was skeptical at first but the pop-up demo in September convinced me.",
)


def corridor_list(rng: random.Random, people: People, count: int) -> list[Row]:
    rows = []
    for _ in range(count):
        who = people.any(0.1)
        own: list[str] = []
        keep = sorted(rng.sample(range(7), rng.randint(4, 7)))
        if rng.random() < 0.4:  # dragged a few about
            i, j = rng.sample(range(len(keep)), 2)
            keep[i], keep[j] = keep[j], keep[i]
        items: list[tuple[str, str | None]] = []
        for k in keep:
            text = CORRIDOR_DEMANDS[k]
            if k in CORRIDOR_REMARKS and rng.random() < 0.15:
                remark = rng.choice(CORRIDOR_REMARKS[k])
                items.append((f"{text} ({remark})", remark))
            else:
                items.append((text, None))
        if rng.random() < 0.45:
            demand = rng.choice(CORRIDOR_OWN_DEMANDS)
            items.insert(rng.randint(0, len(items)), (demand, demand))
        style = rng.choice(("- ", "* ", "• ", "num", "num", "o  "))
        lines: list[str] = []
        for n, (text, mine) in enumerate(items, 1):
            mark = f"{n}. " if style == "num" else style
            lines.append(mark + text)
            if mine:
                own.append(mine)
        parts = [rng.choice(("Dear Councilmembers,", "Hello,", "To the City Council,", ""))]
        parts.append(CORRIDOR_LEAD)
        parts.append("\n".join(lines) if rng.random() < 0.7 else "\n\n".join(lines))
        parts.append(CORRIDOR_CLOSE)
        if rng.random() < 0.15:
            end = rng.choice(CORRIDOR_PERSONAL_END)
            parts.append(end)
            own.append(end)
        if not is_anonymous(who):
            parts.append(rng.choice(("", "Thanks,\n", "- ")) + who.name)
        body = "\n\n".join(p for p in parts if p)
        rows.append(Row(CORRIDOR, body, who, "corridor-list", "core", personal="\n\n".join(own)))
    return rows


# --------------------------------------------------------------------------------------------
# beach-mornings: a two-sentence letter, 200 copies
# --------------------------------------------------------------------------------------------

BEACH_LETTER = ("Please keep Larkin Street Beach open to dogs before 9 am.",
                "The morning off-leash hours have worked for twenty years and a year-round ban "
                "is not needed.")  # fmt: skip
BEACH_OWN = (
    "I walk there every morning with my lab.",
    "We moved to this neighborhood for that beach.",
    "Enforce the rules we have instead.",
    "My dog is 13 and it's the only place she can still run.",
    "It's a community, we pick up after everyone.",
    "Leave Larkin alone!!",
    "The 6 am crowd is the nicest people in this city.",
    "Ticket the people who break the hours, don't punish everyone.",
)


def beach_mornings(rng: random.Random, people: People, count: int) -> list[Row]:
    rows = []
    for _ in range(count):
        who = people.any(0.4, email=0.55)
        first, second = BEACH_LETTER
        if rng.random() < 0.15:
            first = first.replace("Please keep", "Keep")
        text = first + " " + second
        if rng.random() < 0.1:
            text = text.lower()
        if rng.random() < 0.1:
            text = text.rstrip(".")
        own = ""
        if rng.random() < 0.22:
            own = rng.choice(BEACH_OWN)
            text = text + (" " if rng.random() < 0.5 else "\n\n") + own
        if not is_anonymous(who) and rng.random() < 0.3:
            text += "\n" + rng.choice(("", "- ", "Thanks, ")) + who.name.split()[0]
        rows.append(Row(BEACH, text, who, "beach-mornings", "core", personal=own))
    return rows


# --------------------------------------------------------------------------------------------
# armory-neighbors: fill-in sentence at the start, middle or end; contact signatures
# --------------------------------------------------------------------------------------------

ARMORY_OPEN = "Dear Council Members,"
ARMORY_POINTS = (
    "I support more shelter beds in Alderbank, but the Armory lease is the wrong decision made the "
    "wrong way.",
    "The lease was added to the agenda eleven days before the vote, and no meeting was held in the "
    "neighborhood.",
    "The building sits between an elementary school and a senior apartment complex, and the plan "
    "has no security or outreach budget for the block.",
    "Harbor Light's own proposal says the site needs two million dollars in repairs before anyone "
    "can sleep there.",
    "Please delay the vote by sixty days and hold a public meeting at the Wexford branch library.",
)
ARMORY_CLOSE = "Thank you for listening to the people who live here."
ARMORY_HEAVY_OWN = (
    "I've lived on this block for 22 years. When the warming center was open last winter nobody "
    "from the city ever came by, and the alley behind our building was where people ended up.",
    "I volunteer at the food pantry and I know how badly we need beds. I also know this building, "
    "it has no working heat on the second floor and the roof leaks.",
    "Nobody on our street got a notice. I found out from a flyer on a telephone pole.",
    "My mother lives in the senior apartments next door and she is frightened, mostly because "
    "nobody has explained anything to her.",
)
ARMORY_OWN = (
    "I am not against a shelter. I am against being told after it's decided.",
    "We have a 7 year old and a 4 year old and walk past the Armory to school every day.",
    "Please come walk the block with us before you vote.",
)


def fill_in(who: Person, unfilled: bool) -> tuple[str, list[str]]:
    if unfilled:
        return ("My name is [YOUR NAME] and I live at [YOUR ADDRESS], a few blocks from the "
                "Wexford Armory."), []  # fmt: skip
    address = who.street + (f", {who.apt}" if who.apt else "")
    return (f"My name is {who.name} and I live at {address}, a few blocks from the Wexford "
            "Armory."), [who.name, address]  # fmt: skip


def armory_neighbors(rng: random.Random, people: People, count: int, heavy: int) -> list[Row]:
    rows = []
    kinds = ["heavy"] * heavy + ["unfilled"] * 3 + ["core"] * (count - heavy - 3)
    rng.shuffle(kinds)
    for kind in kinds:
        who = people.named(email=rng.random() < 0.8, postal=0.8)
        sentence, values = fill_in(who, kind == "unfilled")
        where = rng.choice(("start", "middle", "end"))
        if kind == "heavy":
            own = rng.sample(ARMORY_HEAVY_OWN, 2)
            paras = [ARMORY_POINTS[0] + " " + own[0], own[1] + " " + ARMORY_POINTS[4]]
            own_order = [(0, own[0]), (1, own[1])]
        else:
            paras = [ARMORY_POINTS[0], " ".join(ARMORY_POINTS[1:4]), ARMORY_POINTS[4]]
            own_order = []
            if rng.random() < 0.25:
                extra = rng.choice(ARMORY_OWN)
                paras.insert(2, extra)
                own_order = [(2, extra)]
        # place the fill-in sentence: its own paragraph at the start, in the middle or at the end
        at = {"start": 0, "middle": len(paras) // 2, "end": len(paras)}[where]
        paras.insert(at, sentence)
        personal: list[str] = []
        for p in paras:
            if p == sentence:
                personal.extend(values)
            for _, o in own_order:
                if o in p:
                    personal.append(o)
        contact = rng.random() < 0.4
        sign = (rng.choice(("Sincerely,", "Respectfully,", "Thank you,")) + "\n\n"
                + signature(rng, who)) if contact else ("Sincerely,\n" + who.name)  # fmt: skip
        body = "\n\n".join([ARMORY_OPEN, *paras, ARMORY_CLOSE, sign])
        tier = "heavy" if kind == "heavy" else "core"
        own_text = "\n\n".join(personal)
        rows.append(Row(ARMORY, body, who, "armory-neighbors", tier, personal=own_text))
    return rows


# --------------------------------------------------------------------------------------------
# residents and spam
# --------------------------------------------------------------------------------------------

RESIDENTS = {
    BEACH: (
        "Dogs at Larkin before 9 am are not the problem. The problem is the people who let them "
        "run at noon in July.",
        "I'm at Larkin Street Beach most mornings with my dog and I've never seen an issue.",
        "Ban dogs at Larkin. I was knocked over by two off-leash dogs in October, at 8:30 in the "
        "morning.",
        "keep the morning hours, ticket the afternoon people",
        "As a parent I'd like the beach dog-free in summer afternoons but mornings are fine.",
        "The off-leash mornings are why I got a dog in the first place. Don't take Larkin away.",
        "Support the ban. Dog waste on the sand near the creek mouth is constant.",
        "Mornings before 9 with dogs = fine. After 9 = enforce the leash law.",
        "Twenty years of off-leash mornings at Larkin and now a ban because of a few complaints?",
        "Could we compromise on 7 to 9 am only, and weekdays?",
        "The snowy plovers nest at the north end of Larkin in spring. Dogs off-leash there in "
        "April and May is a real problem, whatever the hour.",
        "Larkin beach + dogs in the morning is the best part of living here.",
        "No year-round ban please. Seasonal, maybe.",
        "I swim at Larkin at 7 every morning and the dogs are always friendly. Keep it as is.",
        "I'm a dog owner and I still think the creek end should be closed to dogs.",
        "Please don't ban dogs from Larkin Street Beach, the morning hours work for everyone.",
        "Why does the ordinance not mention enforcement at all? The current rules would work if "
        "anyone enforced them.",
        "Ban them. Kids should be able to dig in the sand without stepping in it.",
        "Off-leash before 9 am has been fine for my family for years.",
        "I walk Larkin at dawn. Dogs, surfers, old guys with metal detectors. Leave it alone.",
    ),
    RENT: (
        "I own four units on Cobble Hill Road. My taxes and insurance went up 19% this year. A 5% "
        "cap with no pass-through for those costs will push small owners like me to sell to the "
        "big companies, which is the opposite of what you want.\n\nPlease add a hardship petition "
        "process before you vote on this.",
        "Support. Renter, 11 years, Eastgate.",
        "The 1995 cutoff makes no sense to me. Use a rolling 15-year exemption like other cities "
        "do.",
        "I am a property manager and I oppose Ordinance 26-31. Just-cause rules make it nearly "
        "impossible to remove a tenant who is a danger to their neighbors.",
        "Por favor aprueben la ordenanza. Mi familia ya se mudó dos veces por aumentos de renta.",
        "Why is this on the same night as the shelter lease? Half the people who care about both "
        "can't be in two places. Please move one of them to January.",
        "I agree with the landlords on one point: the city should fund the rental registry before "
        "the cap starts, or nobody will know which buildings are covered.",
        "We need this. My rent is 61% of my take-home pay.",
    ),
    CORRIDOR: (
        "Removing 140 parking spaces will kill the businesses on Eastgate. Where are our customers "
        "supposed to park? Nobody bikes to buy a mattress.",
        "I support the bike lanes but the bus islands at Fenwick are too narrow in the drawings, "
        "a wheelchair can't turn on them.",
        "Yes to the redesign!",
        "I run the hardware store at Eastgate and Orchard. Loading is our number one issue. If you "
        "do this without loading zones we'll have trucks double-parked in the new bike lane every "
        "morning, I guarantee it.",
        "Please do a traffic study of the side streets first. When you narrowed Harlan the cut-"
        "through traffic went straight onto Kestrel Lane.",
        "Concrete curbs, yes. Plastic posts are a waste of money.",
        "I'm 78 and I don't bike. I take the 22. Anything that makes the bus faster I'm for.",
        "Opposed. This corridor is a truck route and always will be.",
        "My kids bike to Dunmore. Please build it.",
        'Is the 14th Avenue island funded or not? The staff report says "subject to grant '
        "availability\" and I'd like a straight answer.",
    ),
    ARMORY: (
        "I live two doors from the Armory and I support the shelter. People are already sleeping "
        "in the doorway of that building. Beds inside are better than tents outside.",
        "Harbor Light ran the winter shelter at St. Brendan's for three years and it was fine. I "
        "lived across the street.",
        "Vote yes on the lease. We can't keep waiting for a perfect site that every neighborhood "
        "agrees on, because there isn't one.",
        "Who pays for the repairs? The staff report says the city, Harbor Light's proposal says "
        "the lease covers it. Which is it?",
        "I'm opposed. The school is 200 feet away.",
        "As a social worker I can say low-barrier shelters reduce calls to police, not increase "
        "them. Please approve.",
        "I would support this if there was a good neighbor agreement with a phone number that "
        "someone actually answers at night.",
        "no",
        "Estoy a favor del albergue. Muchas personas duermen en la calle en el invierno.",
        "Please postpone. Not because of the shelter, because nobody in Wexford was told.",
        "I used to be homeless. A bed and a locker changed my life. Please approve the lease.",
        "Why not the old DMV building on Quarry Row? It's empty and it's not next to a school.",
    ),
}

SPAM = (
    (
        BEACH,
        "CHEAP DOG SUPPLIES!!! 70% OFF all leashes, collars, beds. Free shipping today only "
        "https://pawmart-deals.shop/sale https://pawmart-deals.shop/sale",
    ),
    (
        RENT,
        "Earn $4,800 every week from home, no experience needed. Message our recruiter on "
        "WhatsApp or write to jobs.hr.team@example.net NOW",
    ),
    (
        RENT,
        "Поздравляем! Ваш номер выбран победителем ежемесячного розыгрыша. Получите приз здесь: "
        "http://priz-vyigrysh.club/get",
    ),
    (
        CORRIDOR,
        "Wir bieten SEO-Optimierung für Ihre Website. Platz 1 bei Google garantiert! "
        "Kontakt: seo.agentur@example.org",
    ),
    (ARMORY, "恭喜您获得免费iPhone 17! 点击链接领取 http://iphone-lingqu.top/free 名额有限"),
    (BEACH, "hello hello hello hello hello hello hello hello hello hello hello hello"),
    (
        CORRIDOR,
        "Empréstimo rápido sem consulta ao SPC/Serasa, aprovação em 5 minutos! Acesse "
        "https://credito-facil-ja.online",
    ),
    (
        RENT,
        "Great article on rent policy! I learned so much. Also check out my crypto signals "
        "group, 300% returns last month: https://t-signals.vip/join",
    ),
    (
        ARMORY,
        "Vay tiền nhanh online, giải ngân trong 15 phút, không cần thế chấp. Liên hệ "
        "https://vaynhanh247.xyz",
    ),
    (
        CORRIDOR,
        "Casino en ligne: 200 tours gratuits et bonus de bienvenue de 500€! "
        "https://grand-bonus-casino.bet",
    ),
    (BEACH, "asdkj qwpoe zmxnvb qwpoeiru asldkfj zxmcnv poiuqwe"),
    (
        RENT,
        "Ucuz ilaç, reçetesiz, %80 indirim. Hemen sipariş verin: https://eczane-ucuz.site "
        "https://eczane-ucuz.site/viagra",
    ),
    (ARMORY, "Hot singles in Alderbank want to meet you tonight 💋 https://meet-local-now.date"),
    (
        CORRIDOR,
        "Jasa backlink berkualitas tinggi, DA 50+, harga murah. WA +62 812 0000 0000 "
        "https://backlinkmurah.id",
    ),
    (
        BEACH,
        "Somos una agencia de marketing. Le conseguimos 10.000 seguidores reales en "
        "Instagram por $19. Escríbanos: ventas.seguidores@example.com",
    ),
)


def residents(rng: random.Random, people: People) -> list[Row]:
    rows = []
    for item, texts in RESIDENTS.items():
        for text in texts:
            who = people.any(0.25, email=0.8)
            rows.append(Row(item, text, who))
    return rows


def spam(rng: random.Random, people: People) -> list[Row]:
    rows = []
    for item, text in SPAM:
        who = people.named(email=rng.random() < 0.7, postal=0.1)
        rows.append(Row(item, text, who, spam=True))
    return rows


# --------------------------------------------------------------------------------------------
# the evening
# --------------------------------------------------------------------------------------------

# arrival windows (minutes after 08:00 on the day of the meeting): campaigns come in waves
WINDOWS = {
    "rent-gateway": (600, 700), "rent-bilingual": (560, 690), "rent-es": (590, 700),
    "corridor-list": (120, 640), "beach-mornings": (0, 680), "armory-neighbors": (400, 690),
}  # fmt: skip


def generate(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    people = People(rng)
    made: list[Row] = []
    made += rent_gateway(rng, people, 56, heavy=6, edits=12)
    made += rent_bilingual(rng, people, 30)
    made += rent_es(rng, people, 24, heavy=2)
    made += corridor_list(rng, people, 40)
    made += beach_mornings(rng, people, 200)
    made += armory_neighbors(rng, people, 30, heavy=3)
    made += residents(rng, people)
    made += spam(rng, people)
    timed: list[tuple[float, int, Row]] = []
    for n, row in enumerate(made):
        lo, hi = WINDOWS.get(row.campaign or "", (0, 700))
        # a wave: most copies soon after the alert went out
        at = lo + (hi - lo) * (rng.random() ** 1.6 if row.campaign else rng.random())
        timed.append((at, n, row))
    # five resubmissions: the same named sender, same e-mail, same words, minutes later
    candidates = [
        (at, n, r) for at, n, r in timed
        if r.who.email and not is_anonymous(r.who) and not r.spam and at < 690
    ]  # fmt: skip
    chosen = rng.sample(candidates, 5)
    for k, (at, _n, r) in enumerate(chosen):
        again = Row(r.item, r.body, r.who, r.campaign, r.tier, False, r.personal, duplicate=True)
        timed.append((at + rng.uniform(1.0, 6.0), len(made) + k, again))
    timed.sort(key=lambda t: (t[0], t[1]))
    return [row.as_dict() for _, _, row in timed]
