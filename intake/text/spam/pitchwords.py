"""Words adverts are made of (round 6), in the languages comment spam comes in.

Round 5 left one shape unread: a short advert with one phone number or e-mail address and text
unrelated to the item ("Need a plumber? Licensed and insured, call Joe 555-0177", "Cho vay tiền
nhanh, lãi suất thấp, liên hệ 0977 …") scores 0.53 (the contact and relatedness), exactly what
a restaurant owner writing in Arabic with an e-mail address on an English item scores. Only the
words tell them apart, so this is a short list of advert vocabulary -- cheap, discount, loan,
credit, guaranteed, free, fast, services, earn, income, bonus -- in about twenty languages, read
**only** when the text also carries a way to reach someone and is unrelated to the item (it never
counts on a comment about the item, and never alone). A resident who mentions a loan, a price or
a service on the item's subject shares its words and is not judged.

Entries are case- and diacritic-folded. A single word matches a token that starts with it
(``"discount"`` matches "discounts"; entries of three letters or fewer, and those written
``=word``, match whole tokens only); ``a_b`` matches two tokens in a row (Vietnamese is written
in syllables: ``"gia_re"``, "giá rẻ", cheap); entries in Han, kana, Hangul, Arabic, Hebrew or
Devanagari or Ethiopic script match anywhere in a token.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from functools import cache

import regex

from intake.text import relatedness
from intake.text.spam.evidence import Evidence
from intake.text.spam.folding import fold
from intake.text.spam.numbers import shared_figures
from intake.text.spam.pronouns import WRITER_OR_GROUP_RE
from intake.text.spam.sentences import sentences_before_capitals
from intake.text.spam.settings import SpamSettings
from intake.text.spam.unrelated import (
    UNTOLD,
    cached_language,
    with_title_acronyms,
    written_apart,
)

_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_ANYWHERE_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Ethiopic}"
    r"\p{Thai}\p{Bengali}]"
)
#: Letters only Vietnamese uses (with its tone marks): such a text is read in syllable pairs.
_VIETNAMESE_RE = regex.compile(r"[ăđơưẠ-ỹ]", regex.IGNORECASE)

WORDS = {
    "en": "cheap affordab discount bargain wholesale guarant loan loans lender credit insured "
    "licensed earn income bonus promo free cash pickup professional service sale deals offer "
    "=order hire delivery shipping replica casino profit invest followers pills "
    "=sell sells likes cheapest hiring escort discreet",
    "es": "=vendo =venta =ventas barat descuent prestamo credito garantizad gratis rapido "
    "aprobacion servicio oferta ganar ingresos promocion envio pedido casino apuesta ganancia "
    "inversion seguidores pastillas entrega",
    "fr": "promo remise pret credit =garanti =garantie =garantis =garanties gratuit rapide "
    "resultats service offre gagn vente livraison commande casino investissement abonnes",
    "de": "billig gunstig rabatt kredit garantie gratis kostenlos schnell festpreis angebot "
    "verdien verkauf lieferung gewinn investition",
    "pt": "barato desconto emprestimo credito garantia garantid gratis rapido servico oferta "
    "ganhe renda venda vendas entrega investimento lucro seguidores",
    "it": "economic scont prestit =garantito =garantita =garantiti =garantite gratis veloc "
    "serviz offert guadagn",
    "ru": "дешев недорог скидк кредит займ гарант бесплатн быстр услуг заработ доход акция "
    "продажа продам купить доставк казино ставк инвестиц подписчик",
    "uk": "дешев недорог знижк кредит позик гарант безкоштовн швидк послуг заробіт",
    "pl": "tanio tanie rabat pozyczk kredyt gwarancj darmow szybk uslug zarob pozycjonowan",
    "tr": "ucuz indirim kredi =garanti garantili garantisi bedava ucretsiz hizli hizmet kazan "
    "bonus bahis satilik satis yatirim takipci begeni teslimat",
    "tl": "mura murang diskwento pautang garantisado libre mabilis serbisyo kumita",
    "id": "murah diskon pinjaman layanan penghasilan gacor maxwin dijamin",
    "vi": "gia_re giam_gia khuyen_mai cho_vay lai_suat uy_tin dich_vu mien_phi thu_nhap "
    "dat_hang tuyen_dung tuyen_cong gia_chi nhanh_chong cam_ket ban_hang vay_tien giao_hang "
    "goi_ngay tu_van tron_goi",
    "he": "הלוואות הלוואה אשראי זול הנחה חינם",
    "ar": "خدمات خدمة بأسعار أسعار اسعار رخيص خصم عروض قرض قروض مجانا مجاني ضمان للبيع توصيل "
    "استثمار أرباح",
    "fa": "ارزان تخفیف وام رایگان تضمین فالوور فروش کمترین تحویل",
    "zh": "便宜 优惠 折扣 贷款 免费 保证 代办 兼职 日赚 月入 出售 代购 赚钱 投资 博彩 特价 低价 "
    "减肥 減肥 包邮 包郵 下单 下單",
    "ko": "할인 대출 무료 보장 저렴 최저가 판매 카지노 수익 부업 재택",
    "ja": "格安 割引 無料 保証 ローン 激安 月収 在宅 副業",
    "hi": "सस्ता सस्ते छूट लोन मुफ्त गारंटी कमाई बिक्री निवेश मुनाफा कमाएं फॉलोअर्स लाइक्स डिलीवरी",
    "bn": "ঘরে_বসে আয়_করুন সস্তা ফ্রি লোন",
    "th": "ราคาถูก ไลค์ ฟอลโลว์ ฟรี โบนัส พนัน ฝากถอน",
    "am": "ቅናሽ ብድር ነጻ",
    "sw": "mkopo mikopo dhamana punguzo bure",
}


@cache
def _entries() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """(whole words, prefixes, word pairs, anywhere-substrings), folded."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    pairs: set[str] = set()
    anywhere: set[str] = set()
    for words in WORDS.values():
        for entry in words.split():
            word = fold(entry)
            if word.startswith("="):
                whole.add(word[1:])
            elif "_" in word:
                pairs.add(word)
            elif _ANYWHERE_RE.search(word):
                anywhere.add(word)
            elif len(word) <= 3:
                whole.add(word)
            else:
                prefixes.add(word)
    return frozenset(whole), tuple(sorted(prefixes)), frozenset(pairs), tuple(sorted(anywhere))


#: Session 15: a name of three or more capitalised words inside a sentence, ending in an advert
#: word ("... Rosa Tzul, Maya Community Services, rosa@...", "Servicios Legales Comunitarios"
#: does not end in one): an organisation's name says what kind it is, it does not offer it.
_NAME_RUN_RE = regex.compile(
    r"(?<=[\p{L}\p{N},;()\u2014\u2013-]\s{1,3})((?:\p{Lu}\p{Ll}+\s){2,})\p{Lu}\p{Ll}+(?!\p{L})"
)


#: Session 21 (res21b): a payment app whose brand holds an advert word ("Cash App", "CashApp")
#: followed by the account to send to ("Cash App $MamaNeema"): named as Zelle or Venmo are, it
#: says where money goes (a neighbour's fundraiser gives it), not that cash is offered. Without
#: an account the app may be what is sold ("kont Cash App ... ki deja verifye", -7).
_PAYMENT_APP_RE = regex.compile(r"(?i)(?<![\p{L}])cash\s?app(?=\s*[:\-]?\s*[$@]\w)")


#: Session 26 (spend26b): a sentence by which the writer refuses payment for what they give
#: ("No money, please don't offer.", "We don't take a dime", "No nos paguen nada", "Nous ne
#: prenons pas d'argent"): a volunteer group's free help to neighbours. Its "offer", "pay" or
#: "money" are the gift's refusal, not an advert's words, and its "free" elsewhere is a gift's
#: (:func:`refuses_payment`). Read as a concept in several languages: a negation, then within a
#: few words a word for paying or offering money; never "no money down", "no money upfront"
#: nor "no ... needed/required" (a lure's reassurance), which :data:`_REASSURANCE_RE` excludes.
_REFUSAL_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:"
    # English: "no money, ...", "don't / do not / please don't offer|pay|tip", "we won't take
    # money", "not charging a dime"
    r"no\s+(?:money|payment|pay|tips?)\s*(?:[,.;!]|$|please)"
    r"|(?:don'?t|do\s+not|never|won'?t|will\s+not|doesn'?t|does\s+not)\s+(?:\p{L}+\s+){0,2}?"
    r"(?:offer|pay|tip|charge|take|accept|want|ask\s+for)\s+(?:us\s+|them\s+|you\s+)?"
    r"(?:any\s+|a\s+)?(?:money|payment|cash|dime|cent|penny|anything|a\s+thing|$|[,.;!])"
    r"|(?:please\s+)?(?:don'?t|do\s+not)\s+(?:offer|pay|tip)(?:\s+(?:us|them|him|her|me))?\s*(?:[,.;!]|$)"
    r"|not\s+(?:charging|taking|accepting|asking)\s+(?:a\s+)?(?:dime|cent|penny|anything|money)"
    # Spanish / Portuguese
    r"|no\s+(?:cobramos|cobran|cobro|aceptamos|aceptan|queremos)\s+(?:nada|dinero|un\s+centavo)"
    r"|no\s+(?:nos|les|me)\s+(?:paguen|pague|ofrezcan)"
    r"|n[ãa]o\s+(?:cobramos|cobram|aceitamos)\s+(?:nada|dinheiro)"
    # French
    r"|ne\s+(?:prenons|demandons|acceptons|prennent|demandent)\s+(?:rien|pas\s+d['’]argent)"
    r"|ne\s+(?:nous|les|me)\s+(?:payez|offrez)\s+(?:rien|pas)"
    # German
    r"|(?:nehmen|wollen|verlangen)\s+(?:kein\s+geld|nichts\s+daf[üu]r)"
    r")"
)
#: What makes a "no money" sentence a lure's reassurance rather than a refusal.
_REASSURANCE_RE = regex.compile(
    r"(?i)(?:down|up\s*front|needed|required|necessary|until|unless|\btill\b|\bif\b|hasta|"
    r"sauf|\p{Sc}|\d|donat|donaci|\bdon\b(?!['’])|spende)"
)


def _refusals(prose: str) -> list[str]:
    """Session 26 (spend26b): the sentences of ``prose`` that refuse payment
    (:data:`_REFUSAL_RE`) and carry no sum, figure, "down/upfront/needed" nor donation."""
    return [
        part
        for part in _sentences(prose)
        if _REFUSAL_RE.search(part) and not _REASSURANCE_RE.search(part)
    ]


def refuses_payment(prose: str) -> bool:
    """Session 26 (spend26b): the text refuses payment for what its writer gives and names no
    sum of money anywhere (a currency sign): a volunteer group's free help to neighbours ("The
    Key Club will shovel for free for any senior ... No money, please don't offer.")."""
    return not _CURRENCY_RE.search(prose) and bool(_refusals(prose))


def _without_names(prose: str) -> str:
    """``prose`` without the last word of each name of three or more capitalised words that
    does not start a sentence (see :data:`_NAME_RUN_RE`), nor a payment app's brand
    (:data:`_PAYMENT_APP_RE`, session 21)."""
    prose = _PAYMENT_APP_RE.sub(" ", prose)
    if not _NAME_RUN_RE.search(prose):
        return prose
    without: str = _NAME_RUN_RE.sub(r"\1", prose)
    return without


@cache
def _lists_of() -> dict[str, frozenset[str]]:
    """The languages whose list holds each entry (folded, without its ``=``)."""
    found: dict[str, set[str]] = {}
    for language, words in WORDS.items():
        for entry in words.split():
            found.setdefault(fold(entry).lstrip("=").replace("_", " "), set()).add(language)
    return {entry: frozenset(langs) for entry, langs in found.items()}


#: Scripts written without spaces between words: a token there is a run of words, not one.
_UNSPACED_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
#: Session 15: a word at least this common (wordfreq's Zipf scale: 4.5 is about once in 30,000
#: words) in the language a text is written in is a word of that language.
ORDINARY_ZIPF = 4.5


def _ordinary(token: str, hit: str, language: str) -> bool:
    """Session 15: ``token``, matched by the advert word ``hit`` of other languages' lists, is an
    ordinary word of ``language``, the text's, which has a list of its own that does not hold
    it: a common word of that language (Tagalog "libre", free of charge, is French and Spanish
    for free as in open: "Entrée libre"), or, in a script written with spaces, a longer word that
    holds the entry (Persian "وام", loan, inside Arabic "وأمي", and my mother)."""
    if language not in WORDS or language in _lists_of().get(hit, frozenset()):
        return False
    if token != hit and _ANYWHERE_RE.search(hit) and not _UNSPACED_RE.search(hit):
        return True
    return _frequencies(language).get(token, 0.0) >= 10 ** (ORDINARY_ZIPF - 9)


@cache
def _frequencies(language: str) -> Mapping[str, float]:
    """wordfreq's frequency of each word of ``language`` (looked up whole: tokenising Japanese
    or Chinese would need a segmenter). wordfreq keeps one table per language for the process,
    the one :func:`intake.text.frequency.zipf` reads too; a copy here would double a worker's
    memory for each language it meets (about 40 MB for English), so the table is returned as it
    is and only read."""
    import wordfreq

    try:
        return wordfreq.get_frequency_dict(language, "best")
    except LookupError:
        return {}


def _entry_of(token: str, hit: str) -> str:
    """The list entry that matched ``token`` (the longest prefix of the lists it starts with)."""
    _, prefixes, _, _ = _entries()
    if hit != token:
        return hit
    starts = [p for p in prefixes if token.startswith(p)]
    return max(starts, key=len) if starts else token


#: Session 19 (residents19): French "prêt", "prête", "prêts" before "à" is "ready to" ("On est
#: prêts à les offrir aux voisins"), not a loan; "prêt à taux zéro" is one.
_READY_FORMS = frozenset({"pret", "prete", "prets", "pretes"})
_LOAN_AFTER = frozenset({"taux", "tasso"})


def _ready_to(tokens: list[str], i: int) -> bool:
    """Session 19: the folded token ``tokens[i]`` is French "ready" before "à" and a word that
    is neither a rate ("taux") nor a figure."""
    if tokens[i] not in _READY_FORMS or i + 2 >= len(tokens) or tokens[i + 1] != "a":
        return False
    after = tokens[i + 2]
    return after not in _LOAN_AFTER and not after[:1].isdigit()


def _accented_english(written: str, entry: str, language: str) -> bool:
    """Session 25 (res25b): in a text of another language, a word written with a mark no
    English word carries is not the English list's word it folds to: Haitian Creole "salè"
    (wages) is no "sale", which only the English list holds. In English, or a text whose
    language is not told (:data:`unrelated.UNTOLD`), "frée cásh" is an advert disguised."""
    if written.isascii() or language == "en" or language in UNTOLD:
        return False
    return _lists_of().get(entry, frozenset()) == {"en"}


def pitch_words(prose: str) -> list[str]:
    """The advert words in the text (folded, each once, in order of appearance); the last word
    of a capitalised name inside a sentence is a name's (session 15), and so is an ordinary word
    of the text's own language that another language's list holds (session 15,
    :func:`_ordinary`)."""
    whole, prefixes, pairs, anywhere = _entries()
    if refuses_payment(prose):
        # Session 26 (spend26b): a refusal of payment's words are no advert's, nor is the
        # gift's "free" (see :func:`refuses_payment`).
        return []
    source = _without_names(prose)
    tokens = _WORD_RE.findall(fold(source))
    written = _WORD_RE.findall(source)
    if len(written) != len(tokens):
        written = tokens  # folding split or joined a token (a ligature): read it folded
    found: list[str] = []
    language: str | None = None
    for i, token in enumerate(tokens):
        hit = None
        if i + 1 < len(tokens) and f"{token}_{tokens[i + 1]}" in pairs:
            hit = f"{token} {tokens[i + 1]}"
        elif token in whole or token.startswith(prefixes):
            hit = token
        elif _ANYWHERE_RE.search(token):
            hit = next((w for w in anywhere if w in token), None)
        if hit and _ready_to(tokens, i):
            continue
        if hit and hit not in found:
            if language is None:
                language = cached_language(prose)
            if " " not in hit and _accented_english(written[i], _entry_of(token, hit), language):
                continue
            if " " not in hit and _ordinary(token, _entry_of(token, hit), language):
                continue
            found.append(hit)
    return found


#: Session 16: letters an advert word and a word of the item's title must share from their
#: start for the one to be a form of the other (and all but the advert word's last letter:
#: "freeze" and "freezing" share "freez"; "limited" and "limiting" share "limit", one letter
#: short of "limite").
TITLE_FORM_CHARS = 5


def _title_form(word: str, title_words: frozenset[str]) -> bool:
    """``word`` (folded, whole) is a form of a word of the title: the two share their first
    :data:`TITLE_FORM_CHARS` letters and all of ``word`` but perhaps its last letter."""
    if len(word) < TITLE_FORM_CHARS or not relatedness.content_terms(word):
        return False  # a short or common word ("free", "sale") says nothing of the item
    shared = len(word) - 1
    return any(len(own) >= shared and own[:shared] == word[:shared] for own in title_words)


def offer_words(prose: str, title: str) -> list[str]:
    """Session 16: :func:`pitch_words` without the item's own words: an advert word that is a
    form of a word of the item's ``title`` is the item's subject, not an offer ("A freeze helps
    my customers" on "Freezing bus fares": "freeze" starts with the list's "free")."""
    found = pitch_words(prose)
    if not found or not title:
        return found
    title_words = frozenset(_WORD_RE.findall(fold(title)))
    found = [w for w in found if " " in w or not _title_form(w, title_words)]
    return _said_apart_from_the_item(prose, title, found)


#: Session 17: digits a way to call (a phone number) runs to, separators between them allowed.
_PHONE_LIKE_RE = regex.compile(r"\d(?:[\s().-]*\d){6,}")
#: Session 17: a currency sign names a sum ("earn $300 daily"): the sentence offers it.
_CURRENCY_RE = regex.compile(r"\p{Sc}")


#: A sentence's end that is an abbreviation's or an initial's ("z. B.", "J. Smith"): one letter.
_INITIAL_END_RE = regex.compile(r"(?:^|[^\p{L}])\p{L}\.$")


def _sentences(prose: str) -> list[str]:
    """The text's sentences, not split after one letter and its full stop ("z. B. 1/8 Zoll")."""
    parts: list[str] = []
    for part in sentences_before_capitals(prose):
        if parts and _INITIAL_END_RE.search(parts[-1].rstrip()):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def _said_apart_from_the_item(prose: str, title: str, found: list[str]) -> list[str]:
    """Session 17 (round 26): ``found`` without the advert words said only in a sentence about
    the item's subject (it names a word of the title) that gives no number to call. A German
    architect asked the council for a norm for "ember-resistente Lüftungsgitter", "sonst
    verkaufen Baumärkte alles Mögliche als 'feuerfest'": hardware stores sell, not she; the
    sentence is about the item's vents. A seller of the item's subject says who sells ("We sell
    vents"), names its sum ("Work 2 hours a day and earn $300" on "Sunday hours at the
    library", spam-tune-6), says the offer where it says how to reach the seller, or in a
    sentence of its own; a text of one sentence is read as it was."""
    if not found:
        return found
    parts = _sentences(prose)
    if len(parts) < 2:
        return found
    apart: set[str] = set()
    for part in parts:
        about = relatedness.title_terms_named(relatedness.content_terms(part), title)
        sells = _PHONE_LIKE_RE.search(part) or _CURRENCY_RE.search(part)
        if not about or sells or WRITER_OR_GROUP_RE.search(part):
            apart.update(pitch_words(part))
    return [w for w in found if w in apart]


def syllable_pairs(text: str) -> set[str]:
    """Two syllables in a row, folded ("giá rẻ" -> "gia re"): the content terms of Vietnamese,
    whose one-syllable words are mostly too short or too common for
    :func:`intake.text.relatedness.content_terms`."""
    if not _VIETNAMESE_RE.search(text):
        return set()
    tokens = [t for t in _WORD_RE.findall(fold(text)) if not t.isdigit()]
    return {f"{a} {b}" for a, b in itertools.pairwise(tokens)}


def advert_evidence(
    prose: str,
    reachable: bool,
    unrelated: list[Evidence],
    context: tuple[str, ...] | None,
    s: SpamSettings,
    judge_apart: bool = True,
) -> list[Evidence]:
    """Advert words in a text that carries a way to reach someone and shares (almost) nothing
    with the item. When the relatedness signal already judged the text unrelated, the words add
    ``pitch_words_weight``. Otherwise a short advert with too few content terms for it (at least
    ``unrelated_selling_min_terms``; Vietnamese read in syllable pairs, whose single syllables
    the relatedness terms mostly drop) is judged here by the same rule -- at most
    ``unrelated_max_share`` of its terms, and fewer than ``unrelated_max_shared_terms``, in the
    item's context -- and gets the relatedness weight too. Round 14: a text written in a
    language nobody on the item used is judged so only when ``judge_apart`` (the caller's word:
    it sells outright, or it is not an event; see :mod:`intake.text.spam.events`)."""
    if not reachable or context is None:
        return []
    found = offer_words(prose, context[0])
    if not found:
        return []
    shown = ", ".join(repr(w) for w in found[:3])
    words = Evidence(
        s.pitch_words_weight,
        f"offer words: {shown} in a text unrelated to the item, with a way to reach someone",
    )
    if unrelated:
        return [words]
    if not judge_apart and written_apart(prose, context):
        return []
    vietnamese = len(_VIETNAMESE_RE.findall(prose)) >= 2
    terms = relatedness.content_terms(prose)
    known = relatedness.context_terms(context)
    if vietnamese:
        terms |= syllable_pairs(prose)
        known |= {pair for text in context for pair in syllable_pairs(text)}
    if len(terms) < s.unrelated_selling_min_terms or len(known) < s.unrelated_min_context_terms:
        return []
    count, same = shared_figures(prose, context)  # round 9: a figure of the item is shared
    count, same = with_title_acronyms(prose, context, count, same)  # session 16: "TRA"
    shared = relatedness.shared_with_item(terms, known, context) + same
    if (
        shared >= s.unrelated_max_shared_terms
        or shared / (len(terms) + count) > s.unrelated_max_share
    ):
        return []
    detail = (
        f"unrelated to the item: {shared} of its {len(terms)} content words appear in the item "
        "or its other comments (a short advert)"
    )
    return [Evidence(s.unrelated_contact_weight, detail, noise=True), words]


def many_words_evidence(
    prose: str, signs: int, context: tuple[str, ...] | None, s: SpamSettings
) -> list[Evidence]:
    """Round 8: a short text made of advert words with no way to reach anyone ("Get 10k real
    Instagram followers and likes in 24 hours, cheapest price guaranteed!", "ปั๊มไลค์ ปั๊มฟอลโลว์
    ราคาถูก"): ``many_words_min`` distinct advert words (``signs`` adds an advert's price or
    call to action and a sum of money) in at most ``many_words_max_words`` words, judged
    unrelated to the item (the item's context holds 20 terms; at most ``many_words_max_share``
    of the text's terms, and fewer than three, in it: a short text on a general item shares a
    common word such as "price" or "hours" more easily than a long one), and not speaking
    of the city ("Free parking downtown was the best deal this city ever offered ... cheap").
    Weighs the relatedness weight for contact details and ``many_words_weight``."""
    if context is None or prose.count(" ") > 2 * s.many_words_max_words:
        return []
    if len(_WORD_RE.findall(prose)) > s.many_words_max_words:
        return []
    found = offer_words(prose, context[0])
    if len(found) + signs < s.many_words_min:
        return []
    from intake.text.spam.solicit import speaks_of_the_city  # solicit imports this module

    if speaks_of_the_city(prose):
        return []
    terms = relatedness.content_terms(prose) | syllable_pairs(prose)
    known = relatedness.context_terms(context)
    if len(terms) < s.unrelated_selling_min_terms or len(known) < s.unrelated_min_context_terms:
        return []
    shared = relatedness.shared_with_item(terms, known, context)
    if shared >= s.unrelated_max_shared_terms or shared / len(terms) > s.many_words_max_share:
        return []
    shown = ", ".join(repr(w) for w in found[:4])
    return [
        Evidence(
            s.unrelated_contact_weight,
            f"unrelated to the item: {shared} of its {len(terms)} content words appear in the "
            "item or its other comments (an advert with no contact)",
            noise=True,
        ),
        Evidence(s.many_words_weight, f"offer words: {shown} in a short text with no contact"),
    ]
