"""Session 16: a comment that closes by taking a side on the item is not an advert's closing.

Round 9 judges a comment by its closing sentences, where an advert puts its pitch and its way to
reach the seller; round 12 (:mod:`closing`) counts them only when they sell. A shop owner on a
sunscreen ban wrote of their own shop, then "Any shop owner who wants the names of our
wholesalers can call me at 808-555-0120. Support.": the closing names advert words
("wholesalers") and a number, and none of the item's words. What the advert never does is the
last sentence: an advert ends with its call (a number, a link, "Message me", "Limited seats!"),
a thanks or a sign-off; on every spent set no spam's last sentence takes a side on the item. A
resident's verdict ("Support.", "I oppose this.", "Apoyo.", "Dagegen.", "反对") closes a
comment that argued about the item, with its number as an aside.

So a closing judged by round 9 or 12 does not count when the last sentence is a verdict: at
most ``VERDICT_MAX_WORDS`` words, one of them a word of taking a side (:data:`SIDES`, in the
languages comments come in; folded, matched at the word's start so "supports" and
"opposed" count), no digit in it; and only when the text links nowhere, hides no address and
sells nothing outright (no price, sum, offer, call to action, wallet: the caller's test), so a
pitch with a price or a link that adds "Support." is still judged.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.pronouns import SUBJECTS, WRITER_ANY_RE
from intake.text.spam.sentences import sentences_before_capitals

#: Words of the closing verdict ("Support.", "I strongly support this", "Vote no on this").
VERDICT_MAX_WORDS = 5
#: Starts of the words that take a side, folded (accents dropped), in several languages.
SIDES = (
    # English
    "support",
    "oppos",
    # Spanish, Portuguese, Italian, French
    "apoy",
    "apoi",
    "opong",
    "oponem",
    "sostengo",
    "favorevol",
    "contrari",
    "soutien",
    "souten",
    "appuy",
    "approuv",
    # German, Dutch
    "dafur",
    "dagegen",
    "unterstutz",
    "steun",
    # Slavic, Turkish, Tagalog, Vietnamese
    "поддерж",
    "підтрим",
    "против",
    "popieram",
    "destekl",
    "tutol",
    # Somali (session 19)
    "taageer",
    # Session 29 (res29): Swedish ("stödjer", "stöder"), Norwegian and Danish ("støtter", which
    # folding keeps), Bosnian, Croatian and Serbian ("podržavam", "podrška")
    "stodj",
    "stoder",
    "støtt",
    "podrzav",
    "podrsk",
)
#: Session 29 (res29): words of taking a side read only whole and only beside a link
#: (:func:`names_a_side`): the Swedish noun "stöd" ("Stöd hyresgästerna!"). Folded it is also
#: "stod", the past of "stå" ("det stod i brevet"), so it is no verdict closing a text nor a
#: position stated; beside a link it still spares a two-word line the link-only weight, as
#: "Support." does, and leaves its link judged.
SIDE_WORDS = frozenset({"stod"})
#: Words of taking a side read in the folded sentence as they are: scripts written without
#: spaces (Chinese, Japanese, Korean), words of two syllables or halves (Vietnamese, Tagalog),
#: and Arabic and Hindi, whose prefixes and suffixes a word's start would not meet.
SIDES_WRITTEN = (
    "支持",
    "反对",
    "反對",
    "賛成",
    "反対",
    "찬성",
    "반대",
    "ung ho",
    "phan doi",
    "sang-ayon",
    "اؤيد",
    "أؤيد",
    "اعارض",
    "أعارض",
    "समर्थन",
    "विरोध",
    # Session 20: Persian and Urdu ("من از این طرح حمایت می‌کنم", "ہم اس کی مخالفت کرتے ہیں")
    "حمایت",
    "مخالف",
)
_DIGIT_RE = regex.compile(r"\p{N}")
#: :data:`SIDES_WRITTEN` folded as the text is (Devanagari's virama dropped: "समर्थन").
_SIDES_WRITTEN_FOLDED = tuple(fold(word) for word in SIDES_WRITTEN)


def closes_with_a_side(prose: str) -> bool:
    """True when the text's last sentence, after at least one other, takes a side on the item."""
    parts = sentences_before_capitals(prose.strip())
    if len(parts) < 2:
        return False
    last = fold(parts[-1])
    if _DIGIT_RE.search(last):
        return False
    if any(word in last for word in _SIDES_WRITTEN_FOLDED):  # session 19: folded, as ``last``
        return len(last) <= 6 * VERDICT_MAX_WORDS
    tokens = word_tokens(last)
    if not tokens or len(tokens) > VERDICT_MAX_WORDS:
        return False
    return any(token.startswith(SIDES) for token in tokens)


#: Session 19: words of a sentence stating the writer's position anywhere in the text ("We
#: support the proposal.", "Nous appuyons le projet.", "हम इस प्रस्ताव का समर्थन करते हैं।").
POSITION_MAX_WORDS = 10
#: Session 19: words that may stand between the writer's pronoun and a word of :data:`SIDES`
#: ("We strongly support", "I also oppose", "we are opposed"); any other ("Our team offers
#: support", "We provide support") names a service, not a side. Adverbs ending in "-ly" or
#: "-ment" count too.
POSITION_BETWEEN = frozenset(
    {"also", "do", "all", "still", "are", "am", "aussi", "tambien", "auch", "anche", "tambem"}
)


def states_a_position(prose: str) -> bool:
    """Session 19 (residents19): a short sentence anywhere in the text (at most
    :data:`POSITION_MAX_WORDS` words, no digit) in which the writer, or a group of theirs, takes
    a side: a subject pronoun of the writer (:data:`pronouns.SUBJECTS`) followed by a word of
    :data:`SIDES` (perhaps after one of :data:`POSITION_BETWEEN`) ("We support the proposal.", "Nous
    appuyons le projet.", "Waan taageeraa"), or a pronoun of the writer in a sentence with a
    word of :data:`SIDES_WRITTEN` (verb-final languages: "हम इस प्रस्ताव का समर्थन करते हैं।").
    The writer is taking part in the item, whatever else they say of their own: an advert
    tells the reader what it offers; on the spent sets none says where its writer stands. A
    business owner writing in Hindi or French on an item whose title is English shares none of
    its words, and closes with how to reach them, not with the verdict
    :func:`closes_with_a_side` reads."""
    for part, reasoned in _position_clauses(prose):
        if _DIGIT_RE.search(part):
            continue
        folded = fold(part)
        tokens = word_tokens(folded)
        if not tokens or len(tokens) > POSITION_MAX_WORDS:
            continue
        if any(word in folded for word in _SIDES_WRITTEN_FOLDED):
            if WRITER_ANY_RE.search(part) is not None:
                return True
            continue
        if reasoned and _FIRST_PERSON_SIDE_RE.match(folded):
            return True  # a side with its reason given: not an advert's cover ("Apoio a garagem.")
        for i, token in enumerate(tokens[:-1]):
            if token not in SUBJECTS:
                continue
            after = tokens[i + 1]
            if after.startswith(SIDES):
                return True
            between = after in POSITION_BETWEEN or after.endswith(("ly", "ment"))
            if between and i + 2 < len(tokens) and tokens[i + 2].startswith(SIDES):
                return True
    return False


#: Session 27 (spend27b): a side taken in the first person by a language that drops its
#: pronouns, opening the clause, its object's article or demonstrative after it ("Apoyo este
#: programa porque ...", "Estamos en contra del plan", "Apoio o projeto", "Sono favorevole al
#: piano"), folded, read only in the head of a sentence that goes on with its reason: an advert
#: puts a bare "Apoio a garagem." before its offer (test_spam_adverts20). Not "Apoyo técnico
#: gratis" (support as a service): no article follows.
_FIRST_PERSON_SIDE_RE = regex.compile(
    r"\W*(?:apoyo|apoyamos|me\s+opongo|nos\s+oponemos|(?:estoy|estamos)\s+(?:a\s+favor|en\s+contra)"
    r"|apoio|apoiamos|(?:sou|somos)\s+(?:a\s+favor|contra)|sostengo|appoggio|appoggiamo"
    r"|(?:sono|siamo)\s+(?:favorevol\w|contrari\w))\s+(?:este|esta|estos|estas|esto|el|la|los"
    r"|las|al|del|de|a|o|os|as|ao|esse|essa|questo|questa|il|lo|al|alla)(?!\w)"
)


#: Session 27 (spend27b): where a position's reason begins, a word saying "because" ("Tôi ủng
#: hộ chương trình này vì nó giúp dân tiết kiệm nước", "I support this because it saves water",
#: "Apoyo el plan porque ...", "Je soutiens ce programme, car ...").
_REASON_START_RE = regex.compile(
    r"(?<!\p{L})(?:because|porque|parce\s+que|weil|perch[eé]|poich[eé]|b[oở]i\s+v[iì]"
    r"|t[aạ]i\s+v[iì]|v[iì]|kasi|dahil|sapagkat|kwa\s+sababu|ponieważ|omdat|[cç][uü]nk[uü]"
    r"|потому\s+что|так\s+как|ибо)(?!\p{L})|,\s*(?:car|pois|denn|бо)(?!\p{L})"
    r"|因为|因為|왜냐하면|क्योंकि|لأن|زیرا",
    regex.IGNORECASE,
)


def _position_clauses(prose: str) -> list[tuple[str, bool]]:
    """The sentences of ``prose``, each followed by its head, the words before the "because"
    that gives its reason when it has one; with each, whether it is such a head. Session 27
    (spend27b): a resident states a side and gives its reason in one sentence ("Tôi ủng hộ
    chương trình này vì nó giúp dân tiết kiệm nước và giúp các cơ sở nhỏ như chúng tôi."), too
    long to read whole as a position (:data:`POSITION_MAX_WORDS`; Vietnamese writes a word as
    syllables apart, which count as words); its head is the position, as short as one written
    alone."""
    clauses: list[tuple[str, bool]] = []
    for part in sentences_before_capitals(prose.strip()):
        clauses.append((part, False))
        if _DIGIT_RE.search(part):
            continue  # read whole, and not a position: a sentence with a number or a sum
        head = _REASON_START_RE.split(part, maxsplit=1)[0]
        if head.strip() and head != part:
            clauses.append((head, True))
    return clauses


#: Session 20: a vote called for on the item ("Vote YES", "vota sí", "votez non").
_VOTE_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:vote|vota|votez|votem)\s+(?:yes|no|s[ií]|oui|non|n[aã]o)(?![\p{L}])"
)


def calls_for_a_vote(prose: str) -> bool:
    """Session 21 (res21a): the text calls for a vote on the item ("Vote yes.", "vota sí",
    "votez non": :data:`_VOTE_RE`)."""
    return _VOTE_RE.search(prose) is not None


def names_a_side(prose: str) -> bool:
    """Session 20 (lead): the words of a text take a side on the item, with or without a
    pronoun: a vote called for ("Vote YES!!! #FieldsForAll" and the team's page) or a word of
    :data:`SIDES` or :data:`SIDES_WRITTEN` ("Support!", "Taageera!"). A bare link carries no
    side; a resident's short verdict beside a link is the resident's."""
    if _VOTE_RE.search(prose):
        return True
    folded = fold(prose)
    if any(word in folded for word in _SIDES_WRITTEN_FOLDED):
        return True
    return any(token.startswith(SIDES) or token in SIDE_WORDS for token in word_tokens(folded))
