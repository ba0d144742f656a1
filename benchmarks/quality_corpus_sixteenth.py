# ruff: noqa: E501, RUF001
"""A sixteenth synthetic corpus for issue 14's labelling evaluation, written by an outsider.

How and when: written in session 22 (6 December 2026, in about an hour) by the outsider helper
gen16, who did not read the labelling engine (``intake/text/``, ``intake/labelling/``),
``docs/labelling.md``, ``docs/spam.md``, the engine's unit tests, nor any other generator's code.
It read, for the interface and to avoid repeating their shapes, ``labelling_quality.py`` (how a
generator is loaded and registered, its truth fields, and the corpus list in its docstring),
``corpus_row.Row``, ``tests/corpus_shapes.py``, the docstrings of the fourteenth and fifteenth
generators (not their code), the fifteenth's shape test and the two real seeds in
``../shared/seeds/``. Its author never ran the labeller or the benchmark on it. Read it once,
blind; never tune on it.

One Monday evening (14 December 2026) of the invented City of Orrin Flats' council (seed 3307),
four items, rows in arrival order (each row gets an arrival minute from noon to 21:30; the
evening is sorted by it, ties kept in generation order; each resubmission is placed one to three
rows after the comment it repeats):

* ``depot-rotator`` (90 copies, 6 heavy), against siting the bus maintenance depot on the Oxbow
  Road parcel (item ``DEPOT``): Millrace Neighbors United's letter sent through an advocacy tool
  that ROTATES the letter's FRAME: each copy opens with one of THREE OPENING PARAGRAPHS and ends
  with one of THREE CLOSING PARAGRAPHS (nine combinations, all written by the organisers, none
  sharing a sentence) around a FIXED THREE-PARAGRAPH CORE. Two copies may share only the core.
  Own text where the tool puts its "add your own words" box (between opening and core), above
  the salutation, or as a ``P.S.``; a tool footer under the signature. Heavy copies keep one
  opening and the core's flood paragraph around the sender's own paragraphs.
* ``depot-asides`` (32, 3 heavy), for the depot, same item: a riders' and drivers' five-sentence
  letter into whose sentences senders put their own ASIDES MID-SENTENCE, in parentheses or
  between em dashes ("Our buses (I drive the 14 and the 22) are maintained ..."), one to three
  per copy at different places, so no copy's template sentence is whole unless it is bare.
* ``library-columns`` (36, 3 heavy), against consolidating the Fairhollow and Linden Street
  branches into a Civic Plaza hub (item ``LIBRARY``): a families' letter in SPANISH AND
  VIETNAMESE ONLY (no English), each copy carrying BOTH translations: as two blocks (either
  first) or as a TWO-COLUMN FLYER pasted as text, each line holding a stretch of the Spanish
  column, spaces, and a stretch of the Vietnamese column (column widths differ by copy), so a
  line mixes both languages. Own sentences in Spanish, Vietnamese or English after or before.
  Heavy copies keep one language's block and the sender's own paragraphs.
* ``library-chain`` (44, 4 heavy), same side, same item: the library workers' union's e-mail
  (instructions, the letter with its unfilled ``[Your name], [Your branch]`` line, the union's
  footer) FORWARDED BY ONE OF THREE BRANCH STEWARDS with the steward's own note, and sent on by
  members as a THREE-LEVEL REPLY CHAIN: the member's own lines on top, the steward's note quoted
  once, the union's e-mail quoted twice (Gmail ``>``/``>>``, Apple Mail, or Outlook header blocks
  unquoted). A steward's note is shared by that steward's members only: a sub-template that is
  neither the campaign's letter nor anyone's own text. Some members cut the steward's layer.
  Heavy copies keep only the letter's first paragraph under long own text.
* ``schools-slots`` (52, 4 heavy), for a school-street pilot closing a block of Greaves Street
  and of Tillman Avenue at drop-off and pickup (item ``SCHOOLS``): a parents' letter with
  SEVERAL FILL-IN SLOTS INLINE, MID-SENTENCE (grade, school, street, distance, years lived, each
  written the sender's way: "third", "5th", "Greaves Elem.", "the 400 block of Wick Avenue",
  "since 2015", "my whole life") and a story prompt; a few slots left unfilled as bracketed
  placeholders, a few prompts left in place. Heavy copies keep the pilot's description only.
* ``schools-markdown`` (30, 3 heavy), against the pilot, same item: Tillman Avenue merchants'
  letter drafted in MARKDOWN (a ``###`` heading, ``**bold**``, ``_italic_``, ``- `` bullets, a
  ``[staff report](https://...)`` link) and pasted raw, rendered to plain text (link as its
  text or "text (url)"), or through a form that ESCAPED the markup (``\\*\\*``, ``\\-``); some
  senders STRIKE a template sentence with ``~~...~~`` and type their own in its place.
* ``market-form`` (36, 3 heavy), against moving the Saturday night market from Dunlin Square to
  the Kessel Yards lot (item ``MARKET``): a vendors' letter pasted into the CITY'S OWN STRUCTURED
  eCOMMENT FORM, whose export puts the same field labels (agenda item title, ``Position:``,
  ``I am a:``, ``Comment:``, ``How does this item affect you? (optional):``, ``ZIP code:``)
  around EVERY comment on that item: the residents' own comments and two spam posts arrive in
  the same frame, which is the city's and belongs to no campaign. Own text in the second box or
  above the letter in the first.

In every campaign but the slots some senders add nothing, and some own sentences REUSE the
template's words and figures ("4:30 in the morning", "38 buses an hour", "Eleven positions",
"Dunlin Square", "Civic Plaza") without repeating a template sentence.

Plus 90 residents' own comments on the four items (one word to several paragraphs; English,
Spanish and Vietnamese; many share the campaigns' vocabulary, figures and names, Oxbow Road,
Hardesty Road, Cobb Creek, Fairhollow, Civic Plaza, Greaves, Tillman, Dunlin Square, Kessel
Yards, without copying a sentence; the market item's arrive in the city form's frame), 6 TRUE
RESUBMISSIONS (the same named sender, the same e-mail, the same body, one to three rows later;
``duplicate``), anonymous senders (``ANONYMOUS_NAMES``) who are distinct people and carry no
e-mail or postal code, and 12 spam (a roofing advert, an SEO pitch, a library-card phishing
notice, a Vietnamese loan advert, an essay mill, Spanish diet capsules, a food-truck rental and a
crypto doubler and a line of gibberish posted through the city's form, Russian and Chinese
adverts, and a link comment).

Truth per row (``corpus_row.Row``): ``campaign``, ``tier`` (``core`` or ``heavy``), ``spam``,
``duplicate`` and ``personal``: the sender's own words, pieces joined by blank lines ("" when
none), in reading order, as they stand in the body. Personal: own paragraphs and sentences
wherever they stand, each ASIDE's words (without its parentheses or dashes), each SLOT'S FILLED
VALUE (a slot filled is the sender's writing; the words around it are the template's), the
sentence a merchant typed in place of a struck one, the second box of the city form. Never
personal: greetings and sign-offs, the tool's and mail programs' headers and footers, ``>``
marks, the stewards' notes (a shared forwarder's text), the rotating openings and closings (the
organisers' text), either translation, unfilled placeholders and prompts, markdown markup, the
struck template sentence, the city form's labels and choices. The sender's name, e-mail, postal
code and phone stand in the body only in sign-offs and the form's ``ZIP code:`` line, never in
personal text. Names, streets, organisations and the city are invented; e-mails are
example.com/.org/.net, phone numbers 555-01xx, ZIP codes five digits.
"""

from __future__ import annotations

import dataclasses
import random
import re
import textwrap
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from corpus_row import Row

SEED = 3307
NAME = "generated-sixteenth"
CITY = "Orrin Flats"
ITEMS = (
    ("DEPOT", "4. Siting the bus maintenance depot on the Oxbow Road parcel"),
    ("LIBRARY", "5. Consolidating the Fairhollow and Linden Street branch libraries"),
    ("SCHOOLS", "6. School street pilot on Greaves Street and Tillman Avenue"),
    ("MARKET", "7. Relocating the Saturday night market to the Kessel Yards lot"),
)
TITLES = dict(ITEMS)
ANONYMOUS_NAMES = ("Anonymous", "", "anonymous", "Prefer not to say", "Anónimo", "Ẩn danh")
ZIPS = ("97431", "97432", "97433", "97436")
OWN_OPEN, OWN_CLOSE = "⟦", "⟧"


def own(text: str) -> str:
    """The sender's own words, marked so the body and its personal truth come from one string."""
    return f"{OWN_OPEN}{text}{OWN_CLOSE}" if text else ""


def split_own(marked: str) -> tuple[str, str]:
    """The body (marks removed) and the personal truth (marked pieces, in order)."""
    pieces = [p.strip() for p in re.findall(f"{OWN_OPEN}(.*?){OWN_CLOSE}", marked, re.S)]
    body = marked.replace(OWN_OPEN, "").replace(OWN_CLOSE, "")
    return body, "\n\n".join(p for p in pieces if p)


@dataclass(frozen=True)
class Sender:
    name: str
    email: str | None
    postal_code: str | None


# --------------------------------------------------------------------------- depot-rotator

OPENINGS = (
    "I am writing to ask you to vote no on placing the city's bus maintenance depot on the Oxbow Road parcel. Millrace is already boxed in by the freight line and the county yard, and this would add one more round-the-clock industrial neighbour.",
    "Please oppose the staff recommendation to build the new transit yard at Oxbow Road. I live in or near Millrace, a neighbourhood that has taken more than its share of the city's heavy uses over the last thirty years.",
    "As someone who cares about Millrace, I urge the council to reject the Oxbow Road site. Our part of town should not be the default answer every time the city needs somewhere to park trucks and buses.",
)
CORE = (
    "The depot would house up to 140 buses, with the first pull-outs at 4:30 in the morning and the last returns after midnight. Staff's own noise study counts 38 heavy vehicle movements an hour at peak, on a street where children walk to Cobb Creek Elementary.",
    "The site sits in the Cobb Creek floodplain. The environmental report admits that diesel and solvent storage would be within 200 feet of the creek, and that the parcel flooded in 2019 and again in 2023. A maintenance yard is exactly the wrong use for land that goes under water.",
    "There are better options. The Hardesty Road site is already zoned industrial, sits beside the freeway, and has no homes within a quarter mile. The extra cost staff cites, about 6 percent of the project, is small next to the cost of putting a diesel yard beside a school and a creek.",
)
CLOSINGS = (
    "Please send this back to staff and ask for a full comparison with Hardesty Road. Thank you for listening to the people who live here.",
    "I am asking you to vote no tonight and direct staff to bring back the alternative on the industrial side of the freeway. Our neighbourhood is counting on you.",
    "Do not approve this site. Study the other parcel properly, and give Millrace the same consideration any other neighbourhood in this city would get.",
)
ROTATOR_SALUTATION = "Dear Mayor Brannock and Councilmembers,"
ROTATOR_FOOTER = "Sent with Speakwell on behalf of Millrace Neighbors United"
MILLRACE_STREETS = (
    "Tanager Street",
    "Mill Lane",
    "Cobb Court",
    "Weir Avenue",
    "Sluice Road",
    "Fuller Street",
    "Osier Way",
    "Spillway Drive",
    "Dace Street",
    "Tenter Lane",
)
DEPOT_AGAINST = (
    "My bedroom window faces Oxbow Road, and I already hear the freight line at night.",
    "I watched the water come up over that parcel in 2023 from my back porch.",
    "Buses pulling out at 4:30 in the morning would wake my twins every single day.",
    "We bought here because the Cobb Creek trail runs behind our house.",
    "My mother has asthma and lives two doors from the site.",
    "I walk my son to Cobb Creek Elementary along that exact stretch of road.",
    "The county yard already runs trucks past us all night.",
    "I work nights and sleep during the day, so a yard that never closes is not a small thing for me.",
    "The creek is where my kids learned to catch crawdads.",
    "Our block flooded in 2019 and the city told us it was a once-in-a-century storm.",
    "I am not against buses; I ride the 12 every day.",
    "Hardesty Road makes sense to anyone who has driven past it.",
    "Nobody knocked on our doors about this until the orange notice went up on the fence.",
    "Putting solvents next to the creek feels like we have learned nothing.",
    "There are already two diesel generators humming behind the county yard.",
    "Our street has no sidewalk on the Oxbow side, and 38 buses an hour would make it impossible to walk.",
    "Four households on my block have kids under five.",
    "I counted the trucks one morning last month: 61 before seven o'clock.",
    "When the creek came up in 2019 the sandbags were ours, not the city's.",
    "My grandfather worked at the old cannery on that parcel, and even then it flooded.",
)


def years_line(rng: random.Random) -> str:
    street = rng.choice(MILLRACE_STREETS)
    return rng.choice(
        (
            f"I have lived on {street} for {rng.randint(3, 41)} years.",
            f"We have been on {street} since {rng.randint(1978, 2023)}.",
            f"I rent a place on {street}.",
            f"Our family has owned the house on {street} for {rng.choice(('two', 'three', 'four'))} generations.",
        )
    )


# --------------------------------------------------------------------------- depot-asides

ASIDE_LETTER = (
    "I support building the new bus maintenance depot{0} on the Oxbow Road parcel this year{1}.",
    "Our buses{2} are maintained today in a yard built for half the fleet{3}, and riders pay for it in missed trips and late buses{4}.",
    "Every year the decision slips{5}, the move to electric buses slips with it, because the old yard cannot take the chargers{6}.",
    "The Oxbow Road site is ready now{7}, the grant money is committed now, and the riders who depend on these buses{8} cannot wait for another study.",
    "Please approve the site tonight{9}.",
)
ASIDES = (
    "I drive the 14 and the 22",
    "my daughter takes the 7 to Greaves every morning",
    "last winter I waited 50 minutes at Fenwick and Third",
    "I have been a mechanic at the Alder Street yard for eleven years",
    "and I say this as someone who lives a mile from Oxbow Road",
    "the 9 skipped my stop three times last week",
    "yes, even with the flood maps",
    "I was at the 2021 meeting where this was promised",
    "most of us do not own cars",
    "we park buses on the street at Alder because there is no room",
    "the chargers alone are a two-year job",
    "my shift starts at 5:10",
    "I ride to dialysis three times a week",
    "the old yard was built in 1964",
    "including the night owl routes",
    "not a single electric bus yet",
    "that money expires in 2028",
    "seniors, students, nurses on the early shift",
    "my son missed his first job interview because the 22 never came",
    "the federal share, not ours",
    "I know the neighbours are worried, and I hear them",
    "we lost three mechanics this year to the county",
)
RIDER_OWN = (
    "I drive the 14 and the 22, and half my pull-outs from Alder Street are late because buses are parked three deep.",
    "My daughter takes the 7 to Greaves every morning, and twice this month it never came.",
    "I have been a mechanic at the Alder Street yard for eleven years.",
    "We park buses on the street at Alder because there is no room inside the fence.",
    "I ride to dialysis three times a week and I cannot afford a missed trip.",
    "The old yard was built in 1964 for a fleet half this size.",
    "The grant is federal money that expires in 2028 if we do not break ground.",
    "I live a mile from Oxbow Road and I would still rather have the depot than another decade of late buses.",
    "Most of the riders I know do not own cars.",
    "We lost three mechanics this year to the county because our shop is a tent.",
)
RIDER_SIGNOFFS = ("Thank you,", "Thanks,", "Respectfully,", "—")


# --------------------------------------------------------------------------- library-columns

SPANISH = (
    "Estimados miembros del Concejo:",
    "Les pedimos que no cierren la biblioteca de Fairhollow. Para nuestras familias es el único lugar del barrio con internet gratis, tareas en grupo después de clases y libros en español y en vietnamita.",
    "La nueva biblioteca central en Civic Plaza queda a dos autobuses de distancia. Muchos de nuestros padres trabajan de noche y los niños no pueden llegar solos.",
    "Mantengan abiertas las dos sucursales, Fairhollow y Linden Street, y consulten a las familias antes de votar.",
    "Atentamente, Familias de Fairhollow",
)
VIETNAMESE = (
    "Kính gửi Hội đồng Thành phố,",
    "Chúng tôi xin Hội đồng đừng đóng cửa thư viện Fairhollow. Đối với các gia đình chúng tôi, đây là nơi duy nhất trong khu phố có internet miễn phí, giờ học nhóm sau giờ tan trường và sách tiếng Tây Ban Nha và tiếng Việt.",
    "Thư viện trung tâm mới ở Civic Plaza cách đây hai chuyến xe buýt. Nhiều phụ huynh làm ca đêm và các em nhỏ không thể tự đi đến đó.",
    "Xin hãy giữ cả hai chi nhánh Fairhollow và Linden Street, và hỏi ý kiến các gia đình trước khi bỏ phiếu.",
    "Trân trọng, Gia đình Fairhollow",
)
OWN_SPANISH = (
    "Mi hijo aprendió a leer en Fairhollow.",
    "Voy con mis nietos todos los sábados.",
    "No tengo carro y el autobús a Civic Plaza tarda casi una hora.",
    "En mi casa no hay internet; ahí llené mi solicitud de trabajo.",
    "La clase de ciudadanía ayudó a mi esposo a aprobar el examen.",
    "Las bibliotecarias nos conocen por nombre.",
    "Mis tres hijas hacen la tarea ahí todas las tardes.",
    "Es el único lugar seguro para los niños después de la escuela.",
    "Trabajo de noche y mis hijos van solos porque está a dos cuadras.",
    "Ahí aprendí inglés, en el círculo de conversación de los martes.",
    "Dos autobuses con tres niños no es posible para mí.",
    "Mi mamá lee los periódicos en español ahí cada mañana.",
)
OWN_VIETNAMESE = (
    "Con tôi học đọc ở thư viện Fairhollow.",
    "Tôi đưa cháu đến thư viện mỗi thứ Bảy.",
    "Nhà tôi không có internet, nên tôi làm hồ sơ xin việc ở đó.",
    "Lớp học quốc tịch ở đó đã giúp mẹ tôi thi đậu.",
    "Tôi không biết lái xe.",
    "Đi xe buýt đến Civic Plaza mất gần một tiếng.",
    "Các cô thủ thư ở đây nói được tiếng Việt.",
    "Ba đứa con tôi làm bài tập ở đó mỗi chiều.",
    "Xin đừng lấy đi nơi an toàn duy nhất cho trẻ em sau giờ học.",
    "Ông tôi đọc báo tiếng Việt ở đó mỗi sáng.",
    "Tôi làm ca đêm ở tiệm nail, các con tôi đi bộ đến thư viện.",
)
OWN_ENGLISH_LIBRARY = (
    "Writing in English too: Fairhollow is the only library my kids can walk to.",
    "Our family uses the Fairhollow computers every week.",
    "Please listen to the families who signed this, most of them will not come to a meeting.",
    "My English is not good but this library is very important for us.",
)

LIBRARY_POOLS: dict[str, list[tuple[str, ...]]] = {
    "es": [OWN_SPANISH],
    "vi": [OWN_VIETNAMESE],
    "both": [OWN_SPANISH, OWN_VIETNAMESE],
    "en": [OWN_ENGLISH_LIBRARY],
}


def years_es(rng: random.Random) -> str:
    return f"Vivo en Fairhollow desde hace {rng.choice(('tres', 'cinco', 'siete', 'once', 'quince', 'veinte'))} años."


def years_vi(rng: random.Random) -> str:
    return (
        f"Tôi sống ở Fairhollow {rng.choice(('ba', 'năm', 'bảy', 'mười hai', 'hai mươi'))} năm rồi."
    )


# --------------------------------------------------------------------------- library-chain

UNION = "Library Workers Local 2290"
UNION_EMAIL = "local2290@example.org"
UNION_LETTER = (
    "Library staff at Linden Street and Fairhollow are asking the council to vote no on the branch consolidation plan.",
    "The plan cuts 11 positions and replaces two neighbourhood branches with one hub that most of our patrons cannot reach on foot. Story time, homework help and the citizenship classes would all move across town, and the county's own figures from the 2024 pilot show attendance fell by half when programmes moved.",
    "Keep both branches open, fund the 11 positions in the mid-year budget, and bring the staff who run these programmes into the planning before any vote.",
)
UNION_INSTRUCTIONS = "The council votes Monday on closing Fairhollow and folding Linden Street into the Civic Plaza hub. Please send the letter below to the clerk's comment address before 5 p.m. on Monday, and add a line or two at the top about what your branch means to you."
UNION_FOOTER = (
    "In solidarity,",
    UNION,
    "418 Canal Street, Orrin Flats",
    "You are receiving this because you are a member of Local 2290. Unsubscribe: https://local2290.example.org/u",
)
STEWARDS = (
    (
        "Rosa Quintero",
        "rquintero.steward@example.org",
        "Linden Street Staff <linden-staff@example.org>",
        "Linden crew, this is the letter we talked about at Thursday's huddle. Please send it tonight if you can, and put your own line at the top. Rosa",
    ),
    (
        "Minh Dao",
        "minh.dao.steward@example.net",
        "Fairhollow Branch <fairhollow-all@example.org>",
        "Forwarding from the Local. Fairhollow folks, the council reads the first few lines, so make them yours. Thanks, Minh",
    ),
    (
        "Gregor Alvey",
        "galvey@example.com",
        "Bookmobile and Tech Services <bmts@example.org>",
        "For everyone on the bookmobile and tech services list: the vote is Monday. Two minutes, that's all it takes. G.",
    ),
)
OWN_CHAIN = (
    "I have run Saturday story time at Fairhollow for six years.",
    "Half my regulars at Linden Street walk in with a stroller or a cane.",
    "I teach the Tuesday citizenship class, and three of my students were sworn in this fall.",
    "Every afternoon at 3:15 the Fairhollow homework room fills up in ten minutes.",
    "I drive the bookmobile, and we cannot cover two closed branches from one truck.",
    "The hub is a long way from the people we actually serve.",
    "Eleven positions means eleven of my coworkers.",
    "Linden Street is the only branch with a Vietnamese collection bigger than one shelf.",
    "I started as a page at Linden Street when I was sixteen.",
    "Our patrons fill out job applications, benefits forms and court papers on our computers.",
    "We already cut Sunday hours in 2023 and nobody came back.",
    "I fix the public computers at both branches, and they are used from opening to closing.",
    "Please come and visit Fairhollow on a weekday afternoon before you vote.",
    "A hub across town is not the same thing as a library down the street.",
    "I answered 140 reference questions last Wednesday alone.",
    "Most of our teen volunteers would not be able to get to Civic Plaza.",
)
MEMBER_GREETINGS = ("", "Council members,", "Hello,", "Dear Council,", "Hi all,")


# --------------------------------------------------------------------------- schools-slots

SLOT_PROMPTS = {
    "grade": "[GRADE]",
    "school": "[YOUR SCHOOL]",
    "street": "[YOUR STREET]",
    "distance": "[HOW FAR]",
    "years": "[NUMBER]",
    "story": "[Tell the council about a close call or a problem you have seen at drop-off.]",
}
PARENT_LETTER = (
    "I am the parent of a {grade} grader at {school}, and we live on {street}, {distance} from the school.",
    "We have lived in Orrin Flats {years}, and in that time the drop-off traffic on Greaves Street has gotten worse every year.",
    "{story}",
    "The school street pilot would close one block of Greaves Street and one block of Tillman Avenue to through traffic for 30 minutes at drop-off and pickup. Cities that have tried it report fewer cars idling at the gate and more children walking and biking to school.",
    "Please approve the pilot for the spring semester so families like mine can see what a calmer street looks like.",
)
SCHOOLS = (
    "Greaves Elementary",
    "Greaves",
    "Tillman Middle School",
    "Tillman",
    "Greaves Elem.",
    "GREAVES ELEMENTARY",
    "Tillman Middle",
    "Greaves and Tillman",
)
# which grades go with which school, as a parent would fill both slots
GRADES_AT = {
    "Greaves": ("third", "5th", "first", "2nd", "fourth", "first and a fourth", "kindergarten"),
    "Tillman": ("sixth", "7th", "8th", "seventh"),
    "Greaves and Tillman": ("second and a seventh", "fourth and an 8th"),
}
SCHOOL_STREETS = (
    "Plover Street",
    "the 400 block of Wick Avenue",
    "Cardle Lane near the park",
    "Fifth Street",
    "Sandpiper Court",
    "Wick Ave",
    "the corner of Plover and Sixth",
    "Hollins Street",
    "Greaves Street itself",
    "Tillman Avenue, above the pharmacy",
    "Marten Way",
    "Loop Road",
)
DISTANCES = (
    "four blocks",
    "about half a mile",
    "right across",
    "two streets over",
    "a 10 minute walk",
    "less than a mile",
    "three blocks",
    "a short bike ride",
)
YEARS = (
    ("for ", "six", " years"),
    ("for ", "12", " years"),
    ("", "since 2015", ""),
    ("for ", "almost two decades", ""),
    ("", "my whole life", ""),
    ("for ", "nine", " years"),
    ("for ", "three", " years"),
    ("", "since 2008", ""),
    ("for ", "twenty-two", " years"),
    ("for ", "about a year and a half", ""),
)
STORIES = (
    "Last month a pickup truck backed out of a driveway on Greaves while my son was on his scooter behind it.",
    "Every morning cars double-park in the bike lane and the kids ride out into traffic to get around them.",
    "A driver honked at my daughter for taking too long in the crosswalk, and she still talks about it.",
    "I have seen three near misses at the Tillman gate since September.",
    "The crossing guard at Greaves and Fifth told me she has been clipped by a mirror twice.",
    "We stopped walking to school after a car ran the stop sign right in front of us.",
    "At 8:10 the line of idling cars stretches past our house and the fumes come in the windows.",
    "My kid's friend was knocked off his bike by a car door on Tillman last spring.",
    "Drivers use our street as a shortcut and go well over 25 while kids are walking.",
    "I walk four kids to school, mine and the neighbours', and I hold my breath at every corner.",
    "Parents in a hurry make U-turns in the middle of Greaves Street right where kids cross.",
    "Last week a delivery van drove up onto the sidewalk to get around the drop-off line.",
)
PARENT_EXTRA = (
    "If the pilot works, please make it permanent.",
    "I am happy to volunteer as a street monitor during the pilot.",
    "The merchants on Tillman are our neighbours too, and a 30 minute closure is not much to ask.",
    "Please add a crossing guard at Plover and Sixth as well.",
    "My kids would bike every day if the street felt safe.",
    "Thank you to the PTA volunteers who counted cars for the staff report.",
)


# --------------------------------------------------------------------------- schools-markdown

MD_HEADING = "Re: Greaves and Tillman school street pilot"
MD_LETTER = (
    "We are the {b}small businesses on Tillman Avenue{b} between Third and Sixth, and we ask you to {i}reject{i} the school street pilot as proposed.",
    "Closing our block twice a day will:",
)
MD_BULLETS = (
    "cut off the only loading zone our deliveries use before 9 a.m.;",
    "push drop-off traffic onto Wick Avenue and Plover Street, which have no crossing guards;",
    "cost the cafés and the pharmacy the morning trade they depend on.",
)
MD_LINK = "https://orrinflats.example.org/agenda/2026/schools-pilot"
MD_AFTER = (
    "Nobody asked us. The {link} lists two outreach meetings, both held at 10 a.m. on weekdays, when every one of us was behind a counter.",
    "{b}Please send the pilot back{b} and work with the merchants on a design that keeps the school safe without closing Tillman Avenue.",
)
MD_REPLACEMENTS = (
    (
        "cost the cafés and the pharmacy the morning trade they depend on.",
        "My shop opens at 10, so the mornings are not my problem, but the deliveries are.",
    ),
    (
        "push drop-off traffic onto Wick Avenue and Plover Street, which have no crossing guards;",
        "I honestly don't know where the traffic goes, and neither does the staff report.",
    ),
    (
        "cut off the only loading zone our deliveries use before 9 a.m.;",
        "My supplier already comes at noon, so loading is not my issue.",
    ),
    (
        "Nobody asked us.",
        "Staff did come by my shop once, to be fair, but only to drop off a flyer.",
    ),
    (
        "cost the cafés and the pharmacy the morning trade they depend on.",
        "The café next door would be hit hardest, not my bike shop.",
    ),
    (
        "push drop-off traffic onto Wick Avenue and Plover Street, which have no crossing guards;",
        "Plover Street already backs up to Fifth at 8:15, I watch it from my counter.",
    ),
)
MD_OWN = (
    "I have run the hardware store at Tillman and Fourth for 23 years.",
    "Half my morning customers are parents buying coffee after drop-off.",
    "We support the school, we sponsor the Greaves fun run every year.",
    "The pharmacy delivers prescriptions to seniors before 9, and the driver needs that curb.",
    "My bakery's flour truck comes at 7:40 and has nowhere else to stop.",
    "Try a crossing guard and painted bulb-outs first.",
    "I am a Greaves parent and a Tillman business owner, and I do not think those have to be opposites.",
    "A pilot that starts in January gives us no time to change delivery contracts.",
    "Thirty minutes twice a day is an hour a day our door is effectively closed.",
    "Please meet us after 6 p.m. on a weekday, we will all come.",
)
MD_SIGNOFFS = ("Thank you,", "Regards,", "Sincerely,", "— ")


# --------------------------------------------------------------------------- market-form

FORM_ROLES = ("Resident", "Business owner", "Vendor", "Visitor", "Other")
VENDOR_LETTER = (
    "The Saturday night market belongs in Dunlin Square.",
    "For nine years the market has brought families downtown after dark, filled the restaurants around the square and given 64 small vendors their first shop window.",
    "The Kessel Yards lot has no bus service after 8 p.m., no lighting along Fenner Road, and no foot traffic; vendors who tried the lot during the 2025 repaving weeks lost more than half their sales.",
    "Keep the market in Dunlin Square and work with us on the noise and cleanup complaints instead of moving us out of sight.",
)
VENDOR_OWN = (
    "I sell tamales at stall 12 and this market paid for my daughter's first year of college.",
    "During the repaving weeks at Kessel Yards I made 140 dollars in four hours, after paying 60 for the stall.",
    "My customers are families who walk over from the apartments around the square.",
    "I started with a folding table in 2018 and now I have a storefront on Main because of the market.",
    "We already pay for our own cleanup crew, two people every Saturday until 1 a.m.",
    "Kessel Yards is dark and my wife does not feel safe packing up there at midnight.",
    "I make pho for the market and half my regulars come by bus.",
    "We agreed to end amplified music at 10 p.m. last summer and kept that promise.",
    "The lot at Kessel Yards floods when it rains, we stood in water in 2025.",
    "I am a vendor and I live on Dunlin Square, so I hear both sides every weekend.",
    "Tourists find us because we are in the middle of downtown, nobody will find a parking lot on Fenner Road.",
    "My kids help at the stall, it is the only time all week we work together.",
    "The restaurants around the square tell us Saturday is their best night because of us.",
    "Please come walk the market this Saturday before you vote.",
    "I sell handmade soap and candles, and Saturday is half my income for the month.",
    "My stall is run by my mother, who does not drive, and she takes the 9 bus home at eleven.",
    "We tried the Thursday farmers' lot once and nobody came after dark.",
    "I grill elote at stall 40 and the line goes around the fountain by nine o'clock.",
    "Our vendors' association hires the off-duty officers every week with our own fees.",
    "Most of us could not afford a storefront; the market is our storefront.",
    "The noise complaints are about two speakers, not 64 vendors.",
    "I met my business partner at the market in 2021.",
)


# --------------------------------------------------------------------------- residents

RESIDENTS: dict[str, tuple[str, ...]] = {
    "DEPOT": (
        "No depot at Oxbow.",
        "Build it.",
        "Support.",
        "I live on Tanager Street and I honestly can't decide. The buses need somewhere to go, but the creek floods every few years and nobody has explained what happens to the fuel tanks when it does.",
        "Hardesty Road is right next to the freeway. Why is this even a question?",
        "As a bus driver for 19 years I can tell you the Alder Street yard is a disaster. We park buses on the street because there is no room. Whatever site you pick, pick one this year.",
        "The 4:30 am pull-outs are the part that worries me. Could the depot use the back entrance off Quarry Spur instead of Oxbow Road?",
        "Electric buses are much quieter than diesel ones. If the depot is all-electric from day one, a lot of the noise argument goes away.",
        "Millrace has the freight line, the county yard and the recycling transfer station. Enough.",
        "Please put conditions on any approval: no idling before 6 a.m., and a sound wall on the Cobb Court side.",
        "I walk the Cobb Creek trail every morning. Herons nest downstream of the parcel. Has anyone from Fish and Wildlife looked at this?",
        "I have read the whole environmental report, all 412 pages, and the flood section is thinner than the parking section. The 2019 and 2023 floods get one paragraph. The fuel storage gets a diagram with no elevations on it. I am not saying the depot can never go there, but I am saying this report does not show that it can. Please ask for a real hydrology study before you vote on anything.",
        "Vivo en Millrace. Los camiones ya pasan toda la noche. No queremos más ruido, por favor.",
        "The floodplain maps in the report are from 2011. They are out of date.",
        "What does the 6 percent extra for Hardesty actually come to in dollars? I could not find it anywhere in the packet.",
        "Thank you to staff for the community meeting at Cobb Creek Elementary last month. It was genuinely helpful, even if I still have questions.",
        "Transit riders deserve reliable service. I ride the 12 and the 22 and they are late constantly.",
        "Why not split it: a small electric yard at Oxbow and the heavy repair shop out at Hardesty?",
        "Oppose. Oxbow Road is a residential street, not a truck route.",
        "I'm a mechanic, not a politician, but a yard that floods twice in five years is a yard you will be rebuilding.",
        "😡",
        "Agree with my neighbours on Weir Avenue.",
        "Everyone says Hardesty Road like it is free land. The county owns half of it and they have said no twice. Read the 2022 letter from the county in the appendix. If Oxbow fails, we are back to square one and the buses stay at Alder Street for another decade.",
        "Nhà tôi ở đường Sluice Road. Xe buýt chạy cả đêm thì chúng tôi ngủ sao được?",
    ),
    "LIBRARY": (
        "Keep Fairhollow open!",
        "Consolidate.",
        "The Civic Plaza hub would have a makerspace and longer hours. I think people will come around to it once it opens.",
        "Linden Street's roof leaks onto the children's section every winter. According to the facilities report, fixing it costs more than its share of the hub.",
        "Tôi là người cao tuổi, không lái xe. Thư viện Fairhollow gần nhà tôi. Xin giữ lại.",
        "Por favor no cierren Fairhollow. Mis hijos van todos los días.",
        "I volunteer at the Linden Street book sale. Where would the Friends of the Library store their books?",
        "Could the bookmobile stop at Fairhollow twice a week if the branch closes?",
        "Eleven jobs is not a rounding error.",
        "I support the hub. Two half-staffed branches are worse than one good one.",
        "My father learned English at the Fairhollow conversation circle when he was 62. He takes the bus nowhere; he walks. If you move the circle to Civic Plaza, he will stop going, and so will most of the people in it. Please think about who actually uses a neighbourhood library before you trade it for a nicer building across town.",
        "What happens to the Fairhollow building? If it is sold, where does the money go?",
        "No.",
        "Yes",
        "The citizenship classes should stay in the neighbourhood no matter what you decide about the buildings.",
        "I'm a teacher at Greaves. Half my class does homework at Fairhollow because they have no internet at home.",
        "Hub sounds like an airport. A library should be a place you can walk to.",
        "Has anyone asked the teenagers? They are the ones who use Linden Street after school.",
        "Thư viện là nơi con tôi làm bài tập mỗi ngày. Civic Plaza quá xa.",
        "I appreciate that the hub would be open on Sundays, which neither branch is now.",
        "Hold a meeting at Fairhollow, in the evening, with interpreters, before you vote.",
        "La biblioteca de Linden Street también es importante. No solo Fairhollow.",
    ),
    "SCHOOLS": (
        "Yes to the school street!",
        "No.",
        "I live on Wick Avenue and the cars already cut through at 8 a.m. Closing Greaves will send all of them past my house.",
        "Put a crossing guard at Plover and Fifth first. It is cheaper than a pilot.",
        "My kids bike to Tillman Middle. Anything that slows cars down gets my vote.",
        "Try it for a semester. If it fails, reopen the street. What is there to lose?",
        "The pharmacy on Tillman is how my mother gets her prescriptions. Please don't make it harder to reach in the morning.",
        "Support",
        "Thirty minutes twice a day is nothing. We close streets for parades all summer.",
        "I drive my son to Greaves because I start work at 8:30 across town. Where am I supposed to drop him off if the block is closed?",
        "Speed bumps on Greaves Street would do more than any pilot.",
        "The drop-off line at Tillman is chaos, I agree, but the answer is staggered start times, not closing a commercial street.",
        "As a retired crossing guard (Greaves, 1998 to 2019), I have seen every kind of driver at that gate. The worst hour of my day was always 8:05 to 8:20. Closing the block for those minutes is the single best thing you could do for those children, and I wish someone had tried it twenty years ago.",
        "Please publish the traffic counts for Wick Avenue and Plover Street before and after the pilot.",
        "Mis hijos caminan a Greaves. Apoyo el programa piloto.",
        "Oppose the pilot. Tillman Avenue businesses are struggling enough.",
        "Will emergency vehicles still be able to get through during the closure?",
        "I am a Tillman merchant and I actually support the pilot. Happy parents buy coffee.",
        "👍",
        "Could the pilot start with Greaves only, and leave Tillman open until you see the results?",
        "Con tôi học ở Greaves. Buổi sáng xe cộ rất đông, tôi ủng hộ thử nghiệm này.",
        "Every spring the council talks about safe routes to school and every fall nothing has changed.",
        "Who will staff the barricades? The PTA cannot do it every day.",
        "The kids at Tillman deserve a safe walk as much as anyone. Approve it.",
    ),
    "MARKET": (
        "The noise on Saturday nights goes past midnight. I support moving the market.",
        "Keep it in Dunlin Square!",
        "I live above the square. I love the market but the trash in the morning is unbelievable.",
        "Kessel Yards has plenty of parking. That is a plus for families who drive in.",
        "Moving the market to a parking lot on the edge of town will kill it. Just say so if that is the goal.",
        "Can the market end at 10 p.m. instead of 11? That would solve most of the complaints.",
        "Support relocation",
        "Oppose",
        "I run a restaurant on the square. Saturday is our best night and the market is why.",
        "Me encanta el mercado en Dunlin Square. Por favor déjenlo ahí.",
        "Chợ đêm ở Dunlin Square rất vui. Xin đừng dời đi.",
        "The police calls around the square on market nights went up last year. Has anyone looked at that?",
        "Why not alternate: Dunlin Square in summer, Kessel Yards in winter?",
        "My teenagers go to the night market with their friends. It is the one safe thing to do downtown on a Saturday.",
        "Neutral. I just want the street sweepers on Sunday morning to be paid for by someone.",
        "The lot at Kessel Yards needs lights, restrooms and a bus before anyone should be sent there.",
        "We moved to a condo on Dunlin Square in 2024 knowing the market was there. No complaints from us.",
        "Go to Kessel Yards.",
        "I have run a stall for three years. The market is fine where it is, the complaints come from a handful of people.",
        "As someone who has lived on the square since before the market started, I have watched it grow from eleven tables to sixty-something. The music used to stop at nine. Now the generators run until one. I am not asking you to end it. I am asking you to enforce the hours the permit already sets, and then see whether moving it is needed at all.",
    ),
}


# --------------------------------------------------------------------------- spam

SPAM = (
    (
        "DEPOT",
        "Commercial roofing & gutter cleaning, fleet and depot discounts this month only! Call 555-0147 or visit roofpro.example.com for a free quote.",
    ),
    (
        "DEPOT",
        "Is your agency invisible on Google? We get city departments to page one in 30 days. Write to growth@rankmasters.example.net today.",
    ),
    (
        "LIBRARY",
        "NOTICE: Your Orrin Flats library card will expire in 24 hours. Verify your account now at http://orrin-library-card.example.net/verify to keep borrowing.",
    ),
    (
        "LIBRARY",
        "Vay tiền nhanh không cần thế chấp, giải ngân trong 24h. Lãi suất thấp nhất! Liên hệ Zalo 555-0162.",
    ),
    (
        "SCHOOLS",
        "Essay writing service for students: homework, dissertations, 100% original, delivered overnight. Order at essaypros.example.com",
    ),
    (
        "SCHOOLS",
        "Pierde 10 kilos en 2 semanas con nuestras cápsulas naturales. ¡Sin dieta! WhatsApp 555-0188",
    ),
    (
        "MARKET",
        "FOOD TRUCK FOR RENT! Fully equipped, weekend and event rates. Call 555-0133 or email rentals@trucksnow.example.com",
    ),
    (
        "MARKET",
        "Double your Bitcoin in 24 hours, guaranteed 2x return. Send any amount to our wallet and receive double back. Details: cryptodouble.example.org",
    ),
    (
        "DEPOT",
        "Лучшее онлайн-казино 2026! Бонус 500% на первый депозит. Переходите: casino-luxe.example.net",
    ),
    ("SCHOOLS", "代写论文，保证原创，价格优惠，24小时服务。联系：paper-help.example.com"),
    ("LIBRARY", "Great post, very informative!! Check out my site best-cbd-gummies.example.org"),
    ("MARKET", "fjdk lqweo pzzx mmmm vbnrtt qqq"),
)
SPAM_ON_FORM = {"MARKET"}

# --------------------------------------------------------------------------- senders

FIRST = (
    "Aaron",
    "Abena",
    "Adriana",
    "Alma",
    "Amira",
    "Andrea",
    "Anh",
    "Arturo",
    "Bao",
    "Beatriz",
    "Bernard",
    "Bich",
    "Brenda",
    "Camila",
    "Carlos",
    "Carmen",
    "Cecile",
    "Chau",
    "Chloe",
    "Colm",
    "Cuong",
    "Dalia",
    "Darnell",
    "Delia",
    "Dennis",
    "Dung",
    "Eamon",
    "Elena",
    "Emeka",
    "Esther",
    "Farah",
    "Felipe",
    "Fiona",
    "Gabriel",
    "Gloria",
    "Hai",
    "Hannah",
    "Hector",
    "Hoa",
    "Hugo",
    "Ines",
    "Isaac",
    "Ivy",
    "Jada",
    "Jamal",
    "Joaquin",
    "Joyce",
    "Julian",
    "Kendra",
    "Khanh",
    "Kiran",
    "Lan",
    "Leticia",
    "Linh",
    "Lorenzo",
    "Lucia",
    "Malik",
    "Marisol",
    "Mateo",
    "Maureen",
    "Mei",
    "Nadia",
    "Nam",
    "Nestor",
    "Nga",
    "Noor",
    "Omar",
    "Owen",
    "Paloma",
    "Patrice",
    "Phuong",
    "Priya",
    "Quang",
    "Rafael",
    "Ramona",
    "Reggie",
    "Rocio",
    "Ruth",
    "Samuel",
    "Sandra",
    "Sofia",
    "Tamsin",
    "Thao",
    "Theo",
    "Tuan",
    "Ursula",
    "Valeria",
    "Vikram",
    "Walter",
    "Xochitl",
    "Yesenia",
    "Yusuf",
    "Zora",
)
LAST = (
    "Abernathy",
    "Acosta",
    "Bach",
    "Banerjee",
    "Barrios",
    "Bui",
    "Castellanos",
    "Cho",
    "Corrigan",
    "Dang",
    "Delgado",
    "Doan",
    "Duarte",
    "Eberly",
    "Escobar",
    "Fairweather",
    "Flores",
    "Gallo",
    "Gutierrez",
    "Ha",
    "Halvorsen",
    "Hoang",
    "Ibarra",
    "Jimenez",
    "Kaplan",
    "Kowalczyk",
    "Lam",
    "Le",
    "Lindqvist",
    "Luong",
    "Macias",
    "Mahoney",
    "Mendoza",
    "Ngo",
    "Nguyen",
    "Novak",
    "Obi",
    "Okafor",
    "Ortega",
    "Pham",
    "Pineda",
    "Quach",
    "Ramos",
    "Reinholt",
    "Rios",
    "Salazar",
    "Sandoval",
    "Stroud",
    "Ta",
    "Tran",
    "Truong",
    "Ueda",
    "Valdez",
    "Vo",
    "Vu",
    "Whitlock",
    "Yilmaz",
    "Zamora",
)


class People:
    """Senders, each named one at most once; anonymous ones with no e-mail or postal code."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.emails: set[str] = set()

    def anonymous(self, names: tuple[str, ...] = ANONYMOUS_NAMES[:4]) -> Sender:
        return Sender(self.rng.choice(names), None, None)

    def named(self, *, zip_share: float = 0.7) -> Sender:
        rng = self.rng
        while True:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            if name not in self.names:
                break
        self.names.add(name)
        while True:
            f, la = first.lower(), last.lower()
            local = rng.choice(
                (
                    f"{f}.{la}",
                    f"{f[0]}{la}",
                    f"{f}{la}{rng.randint(2, 99)}",
                    f"{la}.{f}",
                    f"{f}_{la[:3]}{rng.randint(10, 90)}",
                )
            )
            email = f"{local}@{rng.choice(('example.com', 'example.net', 'example.org'))}"
            if email not in self.emails:
                break
        self.emails.add(email)
        postal = rng.choice(ZIPS) if rng.random() < zip_share else None
        return Sender(name, email, postal)

    def sender(
        self, anonymous_share: float, names: tuple[str, ...] = ANONYMOUS_NAMES[:4]
    ) -> Sender:
        return self.anonymous(names) if self.rng.random() < anonymous_share else self.named()


def first_name(who: Sender) -> str:
    return who.name.split()[0] if who.email else ""


def signature(who: Sender) -> str:
    """The sender's name under a letter, or nothing for an anonymous sender."""
    return who.name if who.email else ""


class OwnWords:
    """Own texts composed from a pool, never the same twice in the corpus."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def compose(
        self,
        pools: list[tuple[str, ...]],
        lo: int = 1,
        hi: int = 2,
        lead: str = "",
        *,
        unique: bool = True,
    ) -> str:
        """``lo`` to ``hi`` sentences of ``pools`` after ``lead``; with ``unique``, words no
        other sender in the corpus typed (without, for a line beside other own words)."""
        rng = self.rng
        for _ in range(200):
            pool = [s for p in pools for s in p]
            picked = rng.sample(pool, rng.randint(lo, hi))
            text = " ".join(([lead] if lead else []) + picked)
            if not unique or text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError("own words exhausted")

    def paragraphs(
        self,
        pools: list[tuple[str, ...]],
        count: int,
        lead: str = "",
        sizes: list[int] | None = None,
    ) -> list[str]:
        """``count`` own paragraphs of two or three sentences (or ``sizes``), no sentence said
        twice by one sender, and never all the same words another sender typed."""
        rng = self.rng
        pool = [s for p in pools for s in p]
        wanted = sizes
        for _ in range(200):
            sizes = wanted or [rng.randint(2, 3) for _ in range(count)]
            picked = rng.sample(pool, sum(sizes))
            out, at = [], 0
            for size in sizes:
                out.append(" ".join(picked[at : at + size]))
                at += size
            if lead:
                out[0] = f"{lead} {out[0]}"
            key = "\n\n".join(p for p in out if p)
            if key not in self.used:
                self.used.add(key)
                return out
        raise RuntimeError("own words exhausted")


# --------------------------------------------------------------------------- campaigns


@dataclass
class Draft:
    item: str
    marked: str
    who: Sender
    campaign: str | None = None
    tier: str | None = None
    spam: bool = False
    window: tuple[int, int] = (0, 570)

    def row(self) -> Row:
        body, personal = split_own(self.marked)
        return Row(
            item=self.item,
            body=body.strip("\n"),
            who=self.who,
            campaign=self.campaign,
            tier=self.tier,
            spam=self.spam,
            personal=personal if self.campaign else None,
        )


def tiers(rng: random.Random, count: int, heavy: int) -> list[str]:
    out = ["heavy"] * heavy + ["core"] * (count - heavy)
    rng.shuffle(out)
    return out


def depot_rotator(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 90, 6):
        who = people.sender(0.09)
        opening, closing = rng.randrange(3), rng.randrange(3)
        parts: list[str] = []
        if tier == "heavy":
            paras = words.paragraphs([DEPOT_AGAINST], rng.randint(2, 3), lead=years_line(rng))
            parts = [
                ROTATOR_SALUTATION,
                OPENINGS[opening],
                own(paras[0]),
                CORE[1],
                *map(own, paras[1:]),
            ]
        else:
            where = rng.choices(("slot", "above", "ps", "none"), (45, 8, 7, 40))[0]
            mine = ""
            if where != "none":
                lead = years_line(rng) if rng.random() < 0.4 else ""
                mine = words.compose([DEPOT_AGAINST], 1, 2, lead)
            if where == "above":
                parts.append(own(mine))
            parts += [ROTATOR_SALUTATION, OPENINGS[opening]]
            if where == "slot":
                parts.append(own(mine))
            parts += [*CORE, CLOSINGS[closing]]
            if where == "ps":
                parts.append("P.S. " + own(mine))
        sign = signature(who)
        parts.append("Sincerely,\n" + sign if sign else "Sincerely,\nA Millrace neighbour")
        parts.append(ROTATOR_FOOTER)
        drafts.append(
            Draft("DEPOT", "\n\n".join(parts), who, "depot-rotator", tier, window=(30, 540))
        )
    return drafts


def with_asides(rng: random.Random, words: OwnWords, count: int) -> str:
    """The riders' letter with ``count`` own asides put inside its sentences."""
    for _ in range(200):
        slots = sorted(rng.sample(range(10), count))
        chosen = rng.sample(ASIDES, count)  # the n-th aside goes in the n-th slot
        key = "\n\n".join(chosen)  # the personal truth: the asides in reading order
        if key not in words.used:
            words.used.add(key)
            break
    fills = [""] * 10
    for slot, aside in zip(slots, chosen, strict=True):
        style = rng.choice(("paren", "paren", "dash", "hyphens"))
        at_end = slot in (1, 3, 4, 5, 6, 7, 9)  # a full stop or comma follows the aside
        if style == "paren":
            fills[slot] = f" ({own(aside)})"
        elif style == "dash":
            fills[slot] = f" — {own(aside)}" + ("" if at_end else " —")
        else:
            fills[slot] = f" -- {own(aside)}" + ("" if at_end else " --")
    return " ".join(s.format(*fills) for s in ASIDE_LETTER)


def depot_asides(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 32, 3):
        who = people.sender(0.1)
        greeting = rng.choice(
            ("Dear Council,", "To the Orrin Flats City Council,", "Councilmembers,", "")
        )
        if tier == "heavy":
            paras = words.paragraphs([RIDER_OWN], 2)
            empty = [""] * 10
            text = "\n\n".join(
                [
                    ASIDE_LETTER[0].format(*empty),
                    own(paras[0]),
                    ASIDE_LETTER[3].format(*empty),
                    own(paras[1]),
                    ASIDE_LETTER[4].format(*empty),
                ]
            )
        else:
            count = rng.choices((0, 1, 2, 3), (25, 35, 25, 15))[0]
            if count:
                text = with_asides(rng, words, count)
            else:
                text = " ".join(s.format(*[""] * 10) for s in ASIDE_LETTER)
            if rng.random() < 0.35:  # one sentence to a line, as typed on a phone
                text = re.sub(r"(?<=[.])\s+(?=[A-Z])", "\n", text)
        sign = signature(who) or "a rider"
        signoff = rng.choice(RIDER_SIGNOFFS)
        tail = f"— {sign}" if signoff == "—" else f"{signoff}\n{sign}"
        marked = "\n\n".join(p for p in (greeting, text, tail) if p)
        drafts.append(Draft("DEPOT", marked, who, "depot-asides", tier, window=(200, 570)))
    return drafts


def columns(rng: random.Random) -> str:
    """The families' bilingual flyer pasted as text: Spanish column left, Vietnamese right."""
    width = rng.randint(30, 42)
    gap = " " * rng.randint(3, 8)
    left_first = rng.random() < 0.8
    lines: list[str] = []
    for es, vi in zip(SPANISH, VIETNAMESE, strict=True):
        a, b = (es, vi) if left_first else (vi, es)
        wa, wb = textwrap.wrap(a, width), textwrap.wrap(b, width)
        for la, lb in zip_longest(wa, wb, fillvalue=""):
            lines.append((la.ljust(width) + gap + lb).rstrip())
        lines.append("")
    return "\n".join(lines).strip("\n")


def blocks(rng: random.Random, spanish_first: bool) -> str:
    first, second = (SPANISH, VIETNAMESE) if spanish_first else (VIETNAMESE, SPANISH)
    rule = rng.choice(("\n\n* * *\n\n", "\n\n---\n\n", "\n\n\n", "\n\n~~~~~~~~~~\n\n"))
    return "\n\n".join(first) + rule + "\n\n".join(second)


def library_columns(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 36, 3):
        who = people.sender(0.16, ("Anónimo", "Ẩn danh", "Anonymous", ""))
        if tier == "heavy":
            spanish = rng.random() < 0.5
            pool: list[tuple[str, ...]] = [OWN_SPANISH] if spanish else [OWN_VIETNAMESE]
            lead = years_es(rng) if spanish else years_vi(rng)
            paras = words.paragraphs(pool, 2, lead=lead)
            letter = "\n\n".join(SPANISH if spanish else VIETNAMESE)
            marked = "\n\n".join([own(paras[0]), letter, own(paras[1])])
        else:
            layout = rng.choices(("columns", "es-first", "vi-first"), (50, 30, 20))[0]
            letter = columns(rng) if layout == "columns" else blocks(rng, layout == "es-first")
            where = rng.choices(("after", "before", "none"), (45, 15, 40))[0]
            mine = ""
            if where != "none":
                lang = rng.choices(("es", "vi", "both", "en"), (40, 35, 15, 10))[0]
                pools = LIBRARY_POOLS[lang]
                lead = ""
                if lang in ("es", "vi") and rng.random() < 0.3:
                    lead = years_es(rng) if lang == "es" else years_vi(rng)
                mine = words.compose(pools, 1, 2, lead)
            parts = [own(mine), letter] if where == "before" else [letter, own(mine)]
            marked = "\n\n".join(p for p in parts if p)
        sign = signature(who)
        if sign:
            marked += "\n\n" + sign
        drafts.append(Draft("LIBRARY", marked, who, "library-columns", tier, window=(60, 500)))
    return drafts


def union_email(letter: tuple[str, ...], *, footer: bool = True) -> list[str]:
    lines = [
        "Dear members,",
        "",
        UNION_INSTRUCTIONS,
        "",
        "---",
        "",
        "Dear Mayor Brannock and Councilmembers,",
        "",
    ]
    for paragraph in letter:
        lines += [paragraph, ""]
    lines += ["Respectfully,", "[Your name], [Your branch]"]
    if footer:
        lines += ["", "---", "", *UNION_FOOTER]
    return lines


def quote(lines: list[str], mark: str, wrap: int | None, *, tight: bool = False) -> list[str]:
    """``lines`` quoted once more: wrapped at ``wrap`` (quoted lines are not rewrapped), and
    a quoted line's mark doubled as ``>>`` when ``tight`` (Apple Mail) or ``> >`` (Gmail)."""
    out = []
    for line in lines:
        if line.startswith(">"):
            out.append(f"{mark}{line}" if tight else f"{mark} {line}")
            continue
        pieces = textwrap.wrap(line, wrap) if wrap and line else [line]
        out += [f"{mark} {p}".rstrip() if p else mark for p in pieces]
    return out


def library_chain(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    for n, tier in enumerate(tiers(rng, 44, 4)):
        who = people.sender(0.04)
        steward = STEWARDS[n % 3]
        keep_steward = rng.random() < 0.8
        client = rng.choices(("gmail", "apple", "outlook"), (50, 25, 25))[0]
        wrap = rng.choice((None, None, 76, 70))
        letter = UNION_LETTER[:1] if tier == "heavy" else UNION_LETTER
        union = union_email(letter, footer=tier != "heavy" and rng.random() < 0.75)
        s_name, s_email, s_list, s_note = steward
        if tier == "heavy":
            top = words.paragraphs([OWN_CHAIN], rng.randint(2, 3))
            mine = "\n\n".join(own(p) for p in top)
        else:
            text = words.compose([OWN_CHAIN], 1, 3) if rng.random() < 0.85 else ""
            mine = own(text)
        greeting = rng.choice(MEMBER_GREETINGS)
        sign = first_name(who) if rng.random() < 0.5 else signature(who)
        head = "\n\n".join(p for p in (greeting, mine, sign) if p)
        if client == "gmail":
            chain = [
                f"On Mon, Dec 7, 2026 at 4:05 PM {UNION} <{UNION_EMAIL}> wrote:",
                *quote(union, ">", wrap),
            ]
            if keep_steward:
                chain = [
                    f"On Tue, Dec 8, 2026 at {rng.choice(('7:12', '7:40', '8:03'))} PM {s_name} <{s_email}> wrote:",
                    *quote([s_note, "", *chain], ">", wrap),
                ]
        elif client == "apple":
            chain = [
                f"On Dec 7, 2026, at 4:05 PM, {UNION} <{UNION_EMAIL}> wrote:",
                "",
                *quote(union, ">", wrap),
            ]
            if keep_steward:
                chain = [
                    f"On Dec 8, 2026, at {rng.choice(('7:12', '7:40', '8:03'))} PM, {s_name} <{s_email}> wrote:",
                    "",
                    *quote([s_note, "", *chain], ">", wrap, tight=True),
                ]
            head += "\n\nSent from my iPhone"
        else:
            rule = "_" * 32
            chain = [
                rule,
                f"From: {UNION} <{UNION_EMAIL}>",
                "Sent: Monday, December 7, 2026 4:05 PM",
                "To: Members <members@example.org>",
                "Subject: Vote no on branch consolidation - send by Monday",
                "",
                *union,
            ]
            if keep_steward:
                chain = [
                    rule,
                    f"From: {s_name} <{s_email}>",
                    "Sent: Tuesday, December 8, 2026 7:12 PM",
                    f"To: {s_list}",
                    "Subject: FW: Vote no on branch consolidation - send by Monday",
                    "",
                    s_note,
                    "",
                    *chain,
                ]
        marked = head + "\n\n" + "\n".join(chain)
        drafts.append(Draft("LIBRARY", marked, who, "library-chain", tier, window=(0, 560)))
    return drafts


def fill(rng: random.Random, slot: str, values: tuple[str, ...], blank: float) -> str:
    if rng.random() < blank:
        return SLOT_PROMPTS[slot]
    return own(rng.choice(values))


def schools_slots(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 52, 4):
        who = people.sender(0.08)
        greeting = rng.choice(
            (
                "Dear Mayor Brannock and Councilmembers,",
                "Dear Council,",
                "Hello,",
                "To the City Council:",
            )
        )
        if tier == "heavy":
            told = words.paragraphs([STORIES, PARENT_EXTRA], 2)
            body = [own(told[0]), PARENT_LETTER[3], own(told[1])]
        else:
            for _ in range(200):
                values = {
                    "school": fill(rng, "school", SCHOOLS, 0.04),
                    "street": fill(rng, "street", SCHOOL_STREETS, 0.1),
                    "distance": fill(rng, "distance", DISTANCES, 0.1),
                }
                school = values["school"].strip(OWN_OPEN + OWN_CLOSE).casefold()
                kind = next(
                    (
                        k
                        for k in ("Greaves and Tillman", "Greaves", "Tillman")
                        if k.casefold() in school
                    ),
                    "Greaves",
                )
                values["grade"] = fill(rng, "grade", GRADES_AT[kind], 0.06)
                key = "|".join(values.values())
                if key not in words.used:
                    words.used.add(key)
                    break
            grade = values["grade"]
            if grade == own("kindergarten"):
                first = PARENT_LETTER[0].replace("a {grade} grader", "a {grade}er")
            elif grade == own("8th"):
                first = PARENT_LETTER[0].replace("a {grade} grader", "an {grade} grader")
            else:
                first = PARENT_LETTER[0]
            if rng.random() < 0.08:
                years = "for " + SLOT_PROMPTS["years"] + " years"
            else:
                pre, mine, post = rng.choice(YEARS)
                years = pre + own(mine) + post
            roll = rng.random()
            if roll < 0.08:
                story = SLOT_PROMPTS["story"]
            elif roll < 0.12:  # the prompt left in place and answered under it
                story = (
                    SLOT_PROMPTS["story"] + "\n" + own(words.compose([STORIES], 1, 1, unique=False))
                )
            else:
                story = own(words.compose([STORIES], 1, 2))
            paragraph = " ".join([first.format(**values), PARENT_LETTER[1].format(years=years)])
            body = [paragraph, story, PARENT_LETTER[3], PARENT_LETTER[4]]
            if rng.random() < 0.15:
                body.append(own(words.compose([PARENT_EXTRA], 1, 1, unique=False)))
        sign = signature(who)
        closing = rng.choice(("Thank you,", "Sincerely,", "Thanks,")) + (
            "\n" + sign if sign else ""
        )
        marked = "\n\n".join([greeting, *body, closing])
        drafts.append(Draft("SCHOOLS", marked, who, "schools-slots", tier, window=(120, 570)))
    return drafts


def markdown_letter(
    rng: random.Random,
    style: str,
    strike: tuple[str, str] | None,
    extra: str,
    heavy: list[str] | None,
) -> str:
    """The merchants' letter as pasted: ``raw`` markdown, ``plain`` (rendered), ``escaped``."""
    b, i = {"raw": ("**", "_"), "escaped": ("\\*\\*", "\\_"), "plain": ("", "")}[style]
    bullet = {"raw": "- ", "escaped": "\\- ", "plain": rng.choice(("• ", "  • ", "- "))}[style]
    if style == "plain":
        link = rng.choice(("staff report", f"staff report ({MD_LINK})"))
    elif style == "escaped":
        link = f"\\[staff report\\]({MD_LINK})"
    else:
        link = f"[staff report]({MD_LINK})"
    heading = {
        "raw": "### " + MD_HEADING,
        "escaped": "\\#\\#\\# " + MD_HEADING,
        "plain": MD_HEADING,
    }[style]

    def struck(sentence: str) -> str:
        if strike and strike[0] == sentence and style == "raw":
            return f"~~{sentence}~~ {own(strike[1])}"
        return sentence

    first = MD_LETTER[0].format(b=b, i=i)
    if heavy is not None:
        return "\n\n".join([heading, first, *map(own, heavy), MD_AFTER[1].format(b=b)])
    bullets = "\n".join(bullet + struck(x) for x in MD_BULLETS)
    after0 = MD_AFTER[0].format(link=link)
    if strike and strike[0] == "Nobody asked us." and style == "raw":
        after0 = after0.replace("Nobody asked us.", struck("Nobody asked us."))
    parts = [heading, first, MD_LETTER[1] + "\n\n" + bullets, after0, MD_AFTER[1].format(b=b)]
    if extra:
        parts.append(own(extra))
    return "\n\n".join(parts)


def schools_markdown(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    strikes = list(MD_REPLACEMENTS)
    for tier in tiers(rng, 30, 3):
        who = people.sender(0.07)
        style = rng.choices(("raw", "plain", "escaped"), (45, 35, 20))[0]
        strike = None
        if tier == "heavy":
            text = markdown_letter(rng, style, None, "", words.paragraphs([MD_OWN], 2))
        else:
            if style == "raw" and strikes and rng.random() < 0.45:
                strike = strikes.pop(0)
            extra = words.compose([MD_OWN], 1, 2) if rng.random() < 0.45 else ""
            text = markdown_letter(rng, style, strike, extra, None)
        sign = signature(who)
        signoff = rng.choice(MD_SIGNOFFS)
        tail = (
            (signoff + sign if signoff == "— " else signoff + "\n" + sign)
            if sign
            else "Tillman Avenue Merchants"
        )
        drafts.append(
            Draft("SCHOOLS", text + "\n\n" + tail, who, "schools-markdown", tier, window=(0, 420))
        )
    return drafts


def form(item: str, position: str, role: str, comment: str, affect: str, who: Sender) -> str:
    """The city's eComment form export: the same frame around every comment on the item."""
    lines = [
        f"Agenda item: {TITLES[item]}",
        f"Position: {position}",
        f"I am a: {role}",
        "Comment:",
        comment,
        "",
        "How does this item affect you? (optional):",
        affect,
    ]
    if who.postal_code:
        lines += ["", f"ZIP code: {who.postal_code}"]
    return "\n".join(lines).rstrip("\n")


def market_form(rng: random.Random, people: People, words: OwnWords) -> list[Draft]:
    drafts = []
    for tier in tiers(rng, 36, 3):
        who = people.sender(0.14)
        role = rng.choices(FORM_ROLES, (25, 15, 50, 5, 5))[0]
        position = "Oppose" if rng.random() < 0.92 else "Other"
        if tier == "heavy":
            paras = words.paragraphs([VENDOR_OWN], 2)
            comment = "\n\n".join([own(paras[0]), VENDOR_LETTER[0] + " " + VENDOR_LETTER[3]])
            affect = own(paras[1])
        else:
            letter = " ".join(VENDOR_LETTER) if rng.random() < 0.6 else "\n\n".join(VENDOR_LETTER)
            sizes = [
                1 if rng.random() < 0.15 else 0,
                rng.randint(1, 2) if rng.random() < 0.65 else 0,
            ]
            above, mine = words.paragraphs([VENDOR_OWN], 2, sizes=sizes) if any(sizes) else ("", "")
            comment = "\n\n".join(p for p in (own(above), letter) if p)
            affect = own(mine)
        drafts.append(
            Draft(
                "MARKET",
                form("MARKET", position, role, comment, affect, who),
                who,
                "market-form",
                tier,
                window=(100, 570),
            )
        )
    return drafts


def residents(rng: random.Random, people: People) -> list[Draft]:
    drafts = []
    for item, comments in RESIDENTS.items():
        for text in comments:
            who = people.sender(0.17)
            if item == "MARKET":
                lower = text.lower()
                position = (
                    "Oppose"
                    if ("keep" in lower or "kill" in lower or "déjenlo" in lower or "đừng" in lower)
                    else rng.choice(("Support", "Neutral", "Oppose"))
                )
                if text.startswith(("Support", "Go to")) or "support moving" in lower:
                    position = "Support"
                role = rng.choices(FORM_ROLES, (70, 10, 8, 7, 5))[0]
                affect = ""
                marked = form(item, position, role, text, affect, who)
            else:
                marked = text
            drafts.append(Draft(item, marked, who))
    return drafts


def spam(rng: random.Random, people: People) -> list[Draft]:
    drafts = []
    for item, text in SPAM:
        who = people.sender(0.25)
        marked = (
            form(item, rng.choice(("Support", "Neutral")), "Other", text, "", who)
            if item in SPAM_ON_FORM
            else text
        )
        drafts.append(Draft(item, marked, who, spam=True))
    return drafts


# --------------------------------------------------------------------------- the evening

RESUBMISSIONS = 6


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """The evening's comments in arrival order, as ``corpus_row.Row`` dictionaries."""
    rng = random.Random(seed)
    people = People(rng)
    words = OwnWords(rng)
    drafts = [
        *depot_rotator(rng, people, words),
        *depot_asides(rng, people, words),
        *library_columns(rng, people, words),
        *library_chain(rng, people, words),
        *schools_slots(rng, people, words),
        *schools_markdown(rng, people, words),
        *market_form(rng, people, words),
        *residents(rng, people),
        *spam(rng, people),
    ]
    timed = []
    for n, draft in enumerate(drafts):
        lo, hi = draft.window
        timed.append((rng.randint(lo, hi), n, draft.row()))
    timed.sort(key=lambda t: (t[0], t[1]))
    ordered = [row for _, _, row in timed]
    # resubmissions: named, non-spam senders spread through the evening, each sending again
    candidates = [
        i
        for i, r in enumerate(ordered)
        if r.who.email and not r.spam and 10 < i < len(ordered) - 10
    ]
    chosen: list[int] = []
    for i in rng.sample(candidates, len(candidates)):
        if all(abs(i - j) > 8 for j in chosen):
            chosen.append(i)
        if len(chosen) == RESUBMISSIONS:
            break
    later = {i: rng.randint(0, 2) for i in chosen}  # rows between
    out: list[Row] = []
    pending: list[tuple[int, Row]] = []  # (rows still to wait, the resubmission)
    for i, row in enumerate(ordered):
        out.append(row)
        waiting = []
        for gap, again in pending:
            if gap == 0:
                out.append(again)
            else:
                waiting.append((gap - 1, again))
        pending = waiting
        if i in later:
            again = dataclasses.replace(row, duplicate=True)
            if later[i] == 0:
                out.append(again)
            else:
                pending.append((later[i] - 1, again))
    out += [again for _, again in pending]
    return [r.as_dict() for r in out]


if __name__ == "__main__":
    import json
    import sys

    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else SEED):
        print(json.dumps(record, ensure_ascii=False))
