"""Adverts that give no address (round 7): "DM for prices", "inbox ngay", "search us on Google".

Round 6 read advert words only with a way to reach someone written in the text (a link, an
address, a number, a handle, a messenger ID). Much comment spam gives none: it asks to be
written to *elsewhere* -- "DM for prices", "PM mo lang ako", "Ai quan tâm inbox ngay", "пишіть в
особисті", "تواصل معنا على الخاص", "私信我下單", "chame no direct", "link in bio", "Search
EssayPilot on Google", "Tapez « SondagePay » sur Google". This module reads that **invitation to
write off the form**; it is then a way to reach someone like an address (weak alone: 0.15), so
the offer, relatedness and advert-word signals read the text as they read one with a number.
Residents invite each other too ("contact me if you want to join the clean-up"), on the item's
subject: the invitation alone never labels anything.

A short list (kept here, documented in docs/spam.md): words for a private or direct message in
about twenty languages, and a search engine named after a verb for searching. Entries match
case- and diacritic-folded text; Latin and Cyrillic entries match whole words.

Two more shapes:

* **SEO pitches** -- "publish a guest post on your website with a do-follow backlink", "Hello
  webmaster, your site is not ranking on the first page of Google": the trade's own jargon, which
  a resident commenting on a city item does not string together. Two distinct terms weigh
  ``seo_weight``; three or more ``seo_many_weight`` (a pitch whole).
* **An advert among an item's first comments** (:func:`early_advert_evidence`): relatedness is
  judged once the item's context holds ``unrelated_min_context_terms`` terms (20), so the first
  comments on an item are never judged -- a resident's first comment must not be called
  unrelated to a title of six words. An advert is judged there only on stronger evidence: a way
  to reach someone, advert words, **and** a second sign of selling (a sum, an invitation to write
  privately, or two distinct advert words), with **no** content term in common with the title and
  the comments before it. It then weighs what relatedness weighs with contact details.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from intake.text import relatedness
from intake.text.spam.evidence import Evidence, word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.links import TEXT_CACHE
from intake.text.spam.numbers import shared_figures, sums
from intake.text.spam.pitchwords import offer_words, syllable_pairs
from intake.text.spam.runtogether import names_title_in_a_run
from intake.text.spam.sentences import sentences
from intake.text.spam.settings import SpamSettings

#: Words for writing to someone privately / directly, folded, by language. Words a resident
#: uses to ask a question or to be contacted ("문의" alone, "联系") are left out. Latin and Cyrillic
#: entries match whole words (several words: in a row); other scripts match anywhere.
INVITATIONS = {
    "en": "dm|dms|pm me|pm us|pm for|inbox|message us|message me|hit me up|link in bio|"
    "in my bio|in our bio|call us|call now|call today|"
    "reply to this comment|contact us|contact me|text me|referral code|invite code|"
    "check my profile|on my profile|"
    # round 24: shorthand, a teaser, a private message
    "msg me|ask me how|ask me where|private message|hmu",
    "es": "mensaje privado|por privado|al privado|escribenos|escribeme|por md|al md|"
    "mandame mensaje|llamanos|llame ya|link en mi perfil|enlace en mi perfil|link en la bio",
    "pt": "no direct|chame no|chama no|no privado|no pv|fale com|me chama|link na bio|na minha bio",
    "fr": "en mp|en prive|ecrivez-nous|contactez-nous|contactez-moi|appelez-nous|appelez|"
    "lien en bio|lien dans ma bio",
    "de": "privatnachricht|per pn|schreib mir|schreibt uns|schreiben sie uns|rufen sie an",
    "it": "in privato|scrivici|scrivimi|contattaci",
    "ru": "в личку|в лс|в директ|пишите|напишите|в профиле|в профиль|в личные|звоните|позвоните",
    "uk": "в особисті|пишіть|напишіть|в директ|у профілі",
    "pl": "do kontaktu|napisz|piszcie|na priv",
    "tr": "dm atin|dm at|mesaj atin|ozelden",
    "tl": "pm mo|pm lang|message lang|i-message|sa page namin|pm nyo|chat nyo|message nyo",
    "so": "soo xiriir|la soo xiriir",
    "id": "hubungi|japri|wa kami|di bio",
    # Session 21 (res21b): Vietnamese "ib" (inbox) before whom to write or "now" ("Ib mình
    # nhé"), not alone: Hmong's "ib" is "one, a" ("ib tug neeg", "ib lub vaj").
    "vi": "inbox|ib minh|ib em|ib shop|ib ad|ib page|ib nhe|ib ngay|nhan tin|lien he|goi ngay",
    "zh": "私信|私聊|加我|主页|主頁",
    "ja": "プロフィール|ＤＭ|詳しくは",
    "ko": "문의 주세요|문의하세요|상담 신청|연락 주세요|카톡",
    "ar": "على الخاص|راسلنا|تواصل معنا|اتصل الآن|اتصل بنا",
    "fa": "دایرکت|پیام دهید|تماس بگیرید",
    "hi": "संपर्क करें|मैसेज करें",
    "bn": "ইনবক্স করুন|যোগাযোগ করুন",
}
#: A verb for searching, then a search engine within 40 characters ("Search EssayPilot on
#: Google", "Ищите нас в Google", "Tapez « SondagePay » sur Google").
_SEARCH_RE = regex.compile(
    r"\b(?:search|google|look\s+us\s+up|find\s+us|tapez|cherchez|recherchez|busca|buscanos|"
    r"pesquise|procure|suchen\s+sie|sucht|ищите|найдите|шукайте|знайдіть|ara|aratin|hanapin|cari|"
    r"tim|szukaj|wyszukaj|cerca|cercate)\b.{0,40}?\b(?:on|in|sur|en|auf|в|на|su|w|sa|di|tren)\s+"
    r"(?:google|yandex|bing|baidu|naver|яндекс|гугл[а-я]*)\b",
    regex.IGNORECASE,
)
#: "Text HOUSE to 55123": a keyword to send to a short code.
_SHORT_CODE_RE = regex.compile(
    r"\b(?:text|send|sms|envia|envie|manda|envoyez|envoie|tuma|kirim|ketik|sende|invia|"
    r"отправьте|отправь|надішліть|gui|soan)\s+(?:\S+\s+){0,2}?\S{2,20}\s+"
    r"(?:to|al|a|au|an|kwenda|ke|на|đen|den|toi)\s+\d{4,6}\b",
    regex.IGNORECASE,
)
_SHORT_CODE_VERBS = frozenset(
    {
        "text", "send", "sms", "envia", "envie", "manda", "envoyez", "envoie", "tuma", "kirim",
        "ketik", "sende", "invia", "отправьте", "отправь", "надішліть", "gui", "soan",
    }
)  # fmt: skip
#: The SEO trade's jargon (folded); round 8 adds the guest-post pitch's words in several
#: languages and the ways it addresses a site's owner ("your readers", "votre site").
SEO_TERMS = (
    "backlink",
    "guest post",
    "do-follow",
    "dofollow",
    "seo",
    "webmaster",
    "sponsored post",
    "sponsored article",
    "domain authority",
    "first page of google",
    "ranking on google",
    "outreach agency",
    "link building",
    "seo audit",
    # round 8: the guest-post pitch, in several languages, and how it addresses a site's owner
    "guest article",
    "guest blog",
    "accept guest",
    "accept contributors",
    "your readers",
    "our blog",
    "article invite",
    "articles invites",
    "vos lecteurs",
    "votre site",
    "lien vers le notre",
    "lien vers notre",
    "articulo invitado",
    "articulos invitados",
    "enlace a nuestr",
    "colaboraciones patrocinadas",
    "articulo patrocinado",
    "artigo convidado",
    "post patrocinado",
    "seus leitores",
    "gastbeitrag",
    "gastartikel",
    "ihre leser",
    "articolo ospite",
    "гостевой пост",
    "гостевую статью",
    "гостевая статья",
    "misafir yazar",
    # session 12: the first page of a search engine promised, in several languages
    "page 1 of google",
    "page one of google",
    "top of google",
    "primera pagina de google",
    "primeira pagina do google",
    "premiere page de google",
    "erste seite bei google",
    "первую страницу google",
    "топ яндекса",
    # session 19: the first page promised in the possessive, a free audit offered
    "google s first page",
    "first page on google",
    "free audit",
    "not ranking",
    # session 21 (adverts21): broken-link building, the outreach that asks the owner to swap a
    # dead link for the writer's page
    "broken link",
    "dead link",
    "link swap",
    "link exchange",
    "link insertion",
    "swapping the link",
    "swap the link",
    "swap out the link",
    "replacement link",
    "perfect replacement",
)
_SEO_KEYS = tuple(" ".join(t.replace("-", "").split()) for t in SEO_TERMS)
_SPACED = regex.compile(r"[\p{Latin}\p{Cyrillic}]")
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _has_words(text: str, key: str) -> bool:
    """``key`` in ``text`` starting at a word's start (a plural or suffix may follow)."""
    at = text.find(key)
    while at >= 0:
        if at == 0 or text[at - 1] == " ":
            return True
        at = text.find(key, at + 1)
    return False


@lru_cache(maxsize=TEXT_CACHE)
def _fold(text: str) -> str:
    """:func:`~intake.text.spam.folding.fold`, kept per text: the invitations and the SEO signal
    fold the same prose, and the service asks of a text whether it wants the item's context
    (which reads its invitations) and then scores it."""
    return fold(text)


@cache
def _entries() -> tuple[frozenset[tuple[str, ...]], regex.Pattern[str]]:
    """(entries in Latin or Cyrillic as word tuples, one pattern of the other entries)."""
    spaced: set[tuple[str, ...]] = set()
    anywhere: list[str] = []
    for entries in INVITATIONS.values():
        for entry in entries.split("|"):
            word = _fold(entry)
            if _SPACED.search(word):
                spaced.add(tuple(_WORD_RE.findall(word)))
            else:
                anywhere.append(regex.escape(word))
    return frozenset(spaced), regex.compile("|".join(anywhere))


@cache
def _first_words() -> frozenset[str]:
    return frozenset(entry[0] for entry in _entries()[0])


_LONGEST = 4  # words in the longest entry ("reply to this comment")
_ENGINES = ("google", "yandex", "bing", "baidu", "naver", "яндекс", "гугл")


def invitations(prose: str) -> list[str]:
    """The invitations to write off the form in the text (folded, each once). Linear: each run
    of one to four words is looked up in a set."""
    return list(_invitations(prose))


@lru_cache(maxsize=TEXT_CACHE)
def _invitations(prose: str) -> tuple[str, ...]:
    """:func:`invitations`, kept per text (asked twice of each comment: does it want the item's
    context, and its score)."""
    folded = _fold(prose)
    spaced, anywhere = _entries()
    tokens = word_tokens(folded)
    firsts = _first_words()
    found = [
        " ".join(tokens[i : i + n])
        for i, token in enumerate(tokens)
        if token in firsts
        for n in range(1, _LONGEST + 1)
        if tuple(tokens[i : i + n]) in spaced
    ]
    if not folded.isascii():
        found += [m.group() for m in anywhere.finditer(folded)]
    if any(engine in folded for engine in _ENGINES) and _SEARCH_RE.search(folded):
        found.append("search us")
    if not _SHORT_CODE_VERBS.isdisjoint(tokens) and _SHORT_CODE_RE.search(folded):
        found.append("text a short code")
    return tuple(dict.fromkeys(found))


def invitation_evidence(found: list[str], s: SpamSettings) -> list[Evidence]:
    """An invitation to write elsewhere, as a way to reach someone (weak alone)."""
    if not found:
        return []
    shown = ", ".join(repr(w) for w in found[:3])
    return [Evidence(s.invitation_weight, f"contact: an invitation to write privately ({shown})")]


def seo_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """The SEO trade's jargon: two distinct terms, or three and more (a pitch whole)."""
    folded = _fold(prose).replace("-", "")
    if not any(key in folded for key in _SEO_KEYS):
        return []
    folded = " ".join(word_tokens(folded))
    found = [t for t, key in zip(SEO_TERMS, _SEO_KEYS, strict=True) if _has_words(folded, key)]
    if len(found) < 2:
        return []
    weight = s.seo_many_weight if len(found) >= 3 else s.seo_weight
    shown = ", ".join(repr(w) for w in found[:4])
    return [Evidence(weight, f"advertising: search-engine marketing jargon ({shown})")]


#: A sum of money or a percentage: a currency sign next to digits, or digits and "%".
#: Round 8: a run of digits, dots and commas is tried once, from its start, and consumed
#: possessively (it was tried from every digit in it: quadratic on "1" * 20,000).
#: Round 9: the percent sign of every script (Arabic "٪", fullwidth "％"), and a currency
#: written as a unit after the number where no sign is used ("3만원", "500元", "1万円", "50块";
#: as in ``offers._MONEY_RE``).
_PERCENT = "%٪％﹪"
_UNIT = r"(?:[万萬만億억千천]\s?)?[元円원块塊圓]"
_MONEY_RE = regex.compile(
    rf"\p{{Sc}}\s?\d|(?<![\d.,])[.,]*+\d[\d.,]*+\s?(?:\p{{Sc}}|[{_PERCENT}]|{_UNIT})"
)


_CURRENCY_SUM_RE = regex.compile(rf"\p{{Sc}}\s?\d|\d[\d.,]*+\s?(?:\p{{Sc}}|{_UNIT})")
_CURRENCY_RE = regex.compile(rf"[\p{{Sc}}{_PERCENT}元円원块塊圓]")


#: Session 21: a percentage a word of rising or falling comes before ("business fell 30%",
#: "生意下降30%", "las ventas bajaron un 20%", "выручка упала на 40%") or after ("매출이 30%
#: 감소", "30%減少", "um 30% gesunken"): a figure of how something changed, not a sum asked.
_CHANGED_BEFORE_RE = regex.compile(
    r"""(?ix)(?:
      \b(?:fell|dropped|declined|decreased|rose|grew|increased|jumped|plunged|shrank|went\s+(?:up|down)
         |(?:is|are|was|were)\s+(?:up|down)
         |bajó|bajaron|cayó|cayeron|subió|subieron|aumentó|aumentaron|disminuyó|disminuyeron
         |creció|crecieron|caiu|caíram|subiu|subiram|aumentou|aumentaram|diminuiu|diminuíram
         |a\s+baissé|ont\s+baissé|a\s+augmenté|ont\s+augmenté|a\s+chuté|ont\s+chuté
         |упал[аио]?|снизил(?:ся|ась|ось|ись)|вырос(?:л[аио]?)?|сократил(?:ся|ась|ось|ись)
         |впал[аио]?|знизил(?:ся|ася|ося|ися)|зріс|зросл[аио]
         |bumaba|tumaas|bumagsak)
         (?:\s+(?:by|un|el|en|em|de|на|nang|ng))?(?:\s+(?:about|almost|nearly|over|casi|cerca\s+de|quase|почти|около))?\s*
    | (?:下降|下跌|下滑|减少|減少|增加|上升|增长|增長|跌|降)了?(?:约|近|大约|大約)?
    )$"""
)
_CHANGED_AFTER_RE = regex.compile(
    r"(?i)\s*(?:감소|증가|하락|減|増|低下|下落|上昇|gesunken|gestiegen|zurückgegangen"
    # Session 27 (res27): a noun of change after it ("the 18% rate hike", "a 9% increase",
    # "un 18% de aumento", "18% na pagtaas", "tăng 18%" is the before form): how much a rate
    # or a bill moves, not a sum asked.
    r"|(?:(?:rate|fare|fee|price|rent|tax)\s+)?(?:hike|increase|raise|rise|cut|decrease|jump)s?\b"
    r"|(?:de\s+)?(?:aumento|subida|alza|incremento|reducci[oó]n)\b"
    r"|(?:na\s+)?(?:pagtaas|dagdag)\b)"
)


def a_change(prose: str, start: int, end: int) -> bool:
    """The percentage at ``prose[start:end]`` is a figure of change
    (:data:`_CHANGED_BEFORE_RE`)."""
    if not any(sign in prose[start:end] for sign in _PERCENT):
        return False
    before = prose[max(0, start - 40) : start]
    return bool(_CHANGED_BEFORE_RE.search(before) or _CHANGED_AFTER_RE.match(prose, end))


def money(prose: str) -> bool:
    """True when the text names a sum of money or a percentage (session 21: not a percentage of
    change, :func:`a_change`)."""
    if _CURRENCY_RE.search(prose) is None:
        return False  # the common case, found without trying every number
    return any(not a_change(prose, *m.span()) for m in _MONEY_RE.finditer(prose))


#: Session 27 (res27): the writer, in the first person singular, says they pay the sum that
#: follows ("I pay $45 a day to park", "Hoy pago $50 al día", "Hoje pago $35 por dia", "toi tra
#: $40", "mwen peye $60"), folded, read just before it: a cost the writer bears, not a price
#: asked of the reader. Never "we": "we pay $5 per like" is the paid-task lure's pay. The
#: Spanish and Portuguese verb only after a word that is no article or preposition: at a
#: sentence's start "Pago $800 semanales" is the noun, a job lure's pay (the lead, session 27).
_WRITER_PAYS_RE = regex.compile(
    r"(?:\bi\s+(?:already\s+|now\s+|still\s+)?(?:pay|paid|am\s+paying|spend|spent)"
    r"|(?<=\p{L}\s)(?<!\b(?:el|un|o|um|de|del|al|su|tu|seu|no)\s)"
    r"(?:pago|pague|pagaba|paguei|pagava)"
    r"|\btoi\s+(?:da\s+|dang\s+|phai\s+)?tra|\b(?:mwen|m)\s+(?:te\s+|ap\s+)?peye"
    r"|\bje\s+(?:paie|paye)|\bj.ai\s+paye|\bnagbabayad\s+ako(?:\s+ng)?"
    # Session 28 (res28): the writer's own bill named as theirs ("my rent is", "mi renta es")
    r"|\bmy\s+(?:monthly\s+)?(?:rent|(?:electric\s+|water\s+|gas\s+|heating\s+)?bill|mortgage"
    r"|property\s+tax)\s+(?:is|was|went\s+up\s+to|is\s+now|came\s+to)"
    r"|\bmi\s+(?:renta|alquiler|factura|hipoteca)\s+(?:es|era|fue|subio\s+a)"
    r"|\bmeu\s+aluguel\s+(?:e|era)|\bmon\s+loyer\s+(?:est|etait))"
    r"\s+(?:about\s+|around\s+|unos\s+|cerca\s+de\s+|uns\s+|mais\s+de\s+)?$"
)


def paid_by_the_writer(prose: str, start: int) -> bool:
    """Session 27 (res27): the sum starting at ``start`` is one the writer says they pay
    (:data:`_WRITER_PAYS_RE`)."""
    return _WRITER_PAYS_RE.search(fold(prose[max(0, start - 40) : start])) is not None


def money_asked(prose: str) -> bool:
    """Session 27 (res27): :func:`money`, less the sums the writer says they pay
    (:func:`paid_by_the_writer`): a vendor's "I pay $45 a day for a lot" before their truck's
    hours and link, or their messenger, prices nothing for the reader."""
    if _CURRENCY_RE.search(prose) is None:
        return False
    return any(
        not a_change(prose, *m.span()) and not paid_by_the_writer(prose, m.start())
        for m in _MONEY_RE.finditer(prose)
    )


def currency_sum(prose: str) -> bool:
    """True when the text names a sum of money with its currency (not a percentage)."""
    return _CURRENCY_SUM_RE.search(prose) is not None


def money_spans(prose: str) -> list[tuple[int, int]]:
    """Where each sum of money or percentage the text names starts and ends (session 15)."""
    if _CURRENCY_RE.search(prose) is None:
        return []
    return [m.span() for m in _MONEY_RE.finditer(prose)]


def invited_offer_evidence(
    prose: str, invited: list[str], unrelated: bool, s: SpamSettings
) -> list[Evidence]:
    """A short text unrelated to the item naming a sum of money and inviting a private message
    ("50 reviews for $99. Message us", "R$ 399 … fale com um consultor"): the offer signal's
    shape, with the invitation for its way to reach someone. Only on a text already judged
    unrelated, and only a sum of money or a percentage (not "200 members")."""
    if not invited or not unrelated or not money(prose):
        return []
    words = len(word_tokens(prose))
    if words > s.offer_max_words:
        return []
    detail = f"offer: a sum of money in {words} words with an invitation to write privately"
    return [Evidence(s.offer_weight, detail)]


def unrelated_offer_evidence(
    prose: str, direct: bool, unrelated: bool, s: SpamSettings
) -> list[Evidence]:
    """Round 9: the offer's shape in a text of any length that is about nothing the item is: a
    sum of money (a currency sign or unit; not a percentage: "a 10pm cutoff would cost us 40 %
    of revenue", a venue naming its site, is a resident's arithmetic), a way to write to the
    writer directly (``direct``: an e-mail address, a number, a handle, a messenger ID, a
    wallet, a hidden link; not a plain link, which a shop owner quoting a price gives for
    their shop), and a text already judged unrelated to the item. Commercial intent with no
    reference to the item: "... SEO local desde $99 al mes. Escríbeme: ...@gmail.com", "I lost
    $86,000 ... Email ... or text +1 ...". A resident quoting a sum with a number to call
    back writes about the item, and one whose comment is judged unrelated (a general item, a
    topic nobody raised) stays under the threshold with a number or an address: 0.3, 0.45 and
    0.15 make 0.67. A second way to reach the writer, or an invitation to write, is needed."""
    if not direct or not unrelated or _CURRENCY_SUM_RE.search(prose) is None:
        return []
    detail = "offer: a sum of money with a way to reach someone, in a text unrelated to the item"
    return [Evidence(s.unrelated_offer_weight, detail)]


def early_advert_evidence(
    prose: str,
    reachable: bool,
    selling_signs: int,
    context: tuple[str, ...] | None,
    s: SpamSettings,
    free_entry: bool = False,
    sites: str = "",
) -> list[Evidence]:
    """An advert among an item's first comments: judged against the title and the few comments
    before it, when the context is still too small for the relatedness signal, on stronger
    evidence -- a way to reach someone and two signs of selling (``selling_signs`` counts a sum,
    an invitation to write privately, an advert's price or call to action, a front page the text
    does not name, a domain spam favours; advert words count one, two distinct ones two) -- and
    with no content term at all in common. Session 21 (res21b): ``free_entry``, the text is an
    event on a day or at an hour (:func:`events.hosts_an_event`), whose advert words ("free",
    "gratis") are its entry's and no sign of selling. Session 22 (res22): ``sites``, the names
    of the sites it links to (not shorteners nor domains spam favours), count as its words for
    naming the title in a run (a festival's shuttle at "harvestfest-maple.org" on "Harvest
    Fest"), and a figure it shares with the title or the first comments counts as a word shared
    (:func:`numbers.shared_figures`)."""
    if not reachable or context is None:
        return []
    found = [] if free_entry else offer_words(prose, context[0])
    if selling_signs + min(len(found), 2) < 2:
        return []
    known = relatedness.context_terms(context)
    if len(known) >= s.unrelated_min_context_terms or not known:
        return []  # the relatedness and advert-word signals judge it
    terms = relatedness.content_terms(prose) | syllable_pairs(prose)
    if len(terms) < s.unrelated_selling_min_terms:
        return []
    known |= {pair for text in context for pair in syllable_pairs(text)}
    if relatedness.shared_with_item(terms, known, context):
        return []
    # Session 22 (res22): a figure shared counts as a word shared, as relatedness reads it
    # (numbers.py): "$600" of a comment's "the permit fee of $600"; and so does a sum the title
    # sets, however small ("$18 won't make me rich" on "Minimum wage increase to $18"): among
    # the first comments the title is most of what the text can share.
    if shared_figures(prose, context)[1] or sums(prose) & sums(context[0]):
        return []
    if names_title_in_a_run(f"{prose} {sites}" if sites else prose, context[0]):
        return []  # round 19: "savethepool dot org" names the item's pool
    if relatedness.title_acronyms_named(prose, context[0]):
        return []  # session 23 (res23): "the PLA" of "project labor agreement", the title's "TRA"
    unrelated = Evidence(
        s.unrelated_contact_weight,
        f"unrelated to the item: none of its {len(terms)} content words appear in the item's "
        "title or first comments (an advert among the first comments)",
        noise=True,
    )
    if not found:
        return [unrelated]
    shown = ", ".join(repr(w) for w in found[:3])
    words = f"offer words: {shown} in a text unrelated to the item, with a way to reach someone"
    return [unrelated, Evidence(s.pitch_words_weight, words)]


#: Words by which a comment speaks to or of the city and its plan ("Will the city hire local
#: contractors?", "this program", round 8: "please fund us", "low-income"), stems folded: a
#: tradesman offering to work on the item is a resident taking part, so his trade's words are
#: not read as an advert's.
CIVIC = (
    "city|council|mayor|this program|this plan|this proposal|this project|the pilot|ordinance|"
    "ciudad|concejo|alcald|ayuntamiento|municipio|ville|mairie|conseil municipal|stadtrat|"
    "gemeinderat|stadtverwaltung|cidade|prefeitura|comune|citta|городск|горсовет|мэри|міськ|"
    "miasto|miejsk|belediye|lungsod|konseho|pemkot|pemerintah kota|thanh pho|hoi dong|"
    "市政府|市议会|市議会|市役所|시청|시의회|البلدية|المدينة|شهرداری|नगर निगम|"
    # round 8: an organisation asking to be funded speaks to the city ("Please fund us again")
    "fund us|please fund|keep funding|financiennos|financez-nous|finanziert uns|financiem-nos|"
    # and a resident asking for help for those with little speaks of public policy
    "low-income|low income|bajos ingresos|faibles revenus|baixa renda|geringem einkommen|"
    "малоимущ|малозабезпеч"
)


@cache
def _civic_re() -> regex.Pattern[str]:
    spaced = [regex.escape(_fold(w)) for w in CIVIC.split("|") if _SPACED.search(w)]
    other = [regex.escape(w) for w in CIVIC.split("|") if not _SPACED.search(w)]
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(spaced) + ")|" + "|".join(other))


def speaks_of_the_city(prose: str) -> bool:
    """True when the text names the city, its council or "this plan" (see :data:`CIVIC`)."""
    return _civic_re().search(_fold(prose)) is not None


#: Session 18: a local government, as an offer's beneficiary names it (folded).
_GOVERNMENT = (
    r"(?:county|city|town|village|district|township|comte|ville|commune|mairie|municipalite|"
    r"condado|ciudad|municipio|ayuntamiento|cidade|prefeitura|camara municipal|stadt|gemeinde|"
    r"landkreis|kaunti|degmada)"
)
#: Session 18: something put at the government's disposal or offered to it ("met gratuitement
#: sa salle à disposition du comté", "available to the county at no cost", "a disposición del
#: municipio", "der Gemeinde zur Verfügung"), folded.
_TO_THE_GOVERNMENT_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"a (?:la )?disposi(?:tion|cion|cao) (?:du |de la |de l'|del |de |da |do |dos |des )?"
    rf"{_GOVERNMENT}"
    rf"|(?:available|offer(?:ed|ing|s)?|donat(?:e|es|ed|ing)|lend(?:s|ing)?|give(?:s|n)?) "
    rf"(?:it |them |this |our \w+ )?to the {_GOVERNMENT}"
    rf"|(?:offer(?:ed|ing|s)?|give(?:s|n)?|lend(?:s|ing)?) the {_GOVERNMENT}"
    rf"|(?:der|dem|des) {_GOVERNMENT} (?:\w+ )?zur verfugung"
    r")(?![\p{L}])"
)


#: Session 18 (residents18b): an ask that the work go to local firms or workers ("please hire
#: local shops", "should use local contractors", "que contraten talleres locales", "embauchez
#: des entreprises locales"), folded.
_HIRE_LOCAL_RE = regex.compile(
    r"(?<![\p{L}])(?:please|should|must|need to|ought to|urge|ask|make sure|require|"
    r"por favor|deben|debe|pedimos|que|s'il vous plait|doit|doivent|demandons)"
    r"(?: \w+){0,3} (?:hire|hires|use|employ|buy from|source from|contract with|subcontract to|"
    r"contraten|contrate|empleen|emplee|embauche[rz]?|engage[rz]?)"
    r"(?: \w+){0,2} (?:local|locally|locales|locaux|locales|d'ici|de aqui)(?![\p{L}])"
)
#: Session 18 (residents18b): who decides who does the work: the one awarded the contract and
#: the government that awards it (folded).
_DECIDER_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:contract|contracts|contractor|contractors|bidder|bid|whoever|"
    rf"contrato|contratista|contrat|entrepreneur|parish|council|state|government|{_GOVERNMENT[3:-1]})"
    r"(?![\p{L}])"
)


def asks_to_hire_local(prose: str) -> bool:
    """Session 18 (residents18b): a sentence asks the one who decides (whoever gets the
    contract, the contractor, the parish or county) to give the work to local firms ("Whoever
    gets the contract, please hire local shops for the steel"): a tradesman's plea to the
    decision-maker, as round 7's "Will the city hire local contractors?", not an offer to the
    reader. An advert's "hire" is the reader's to do ("Hire us today", "We're hiring, apply
    at ..."), and does not name a contract or a government."""
    return any(
        _HIRE_LOCAL_RE.search(part) and _DECIDER_RE.search(part) for part in sentences(_fold(prose))
    )


def without_asks_to_hire_local(text: str) -> str:
    """``text`` without its sentences that ask the decision-maker to hire local firms (see
    :func:`asks_to_hire_local`): what is left is what the text itself may sell."""
    parts = sentences(text)
    kept = [p for p in parts if not asks_to_hire_local(p)]
    return text if len(kept) == len(parts) else " ".join(kept)


def offers_to_the_government(prose: str) -> bool:
    """Session 18: the text puts something at a local government's disposal (a church offering
    its hall to the county for training interpreters): the government is the beneficiary, not
    the reader, so the offer's words ("free", "libres") are no advert to the reader."""
    return _TO_THE_GOVERNMENT_RE.search(_fold(prose)) is not None


#: Session 19 (residents19): neighbours, as an offer's beneficiary names them (folded).
_NEIGHBOURS = (
    r"(?:neighbou?rs|neighbou?rhood|voisins|voisines|voisinage|vecinos|vecinas|vecindario|"
    r"vizinhos|vizinhas|vizinhanca|nachbarn|nachbarschaft|vicini|соседям|соседей|сусідам|"
    r"sasiadom|komsulara|kapitbahay)"
)
#: Session 19: something offered or given to the neighbours ("we'd open our lot to the
#: neighbours", "prêts à les offrir aux voisins", "ofrecerlo a los vecinos", "free to
#: neighbours", "den Nachbarn anbieten"), folded, in one sentence.
_TO_THE_NEIGHBOURS_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"(?:offer|give|lend|open|share|donat|offr|donn|prete|ouvr|ofrec|regal|prest|abri|"
    r"compart|oferec|empresta|anbiet|schenk|verleih|offri|предлож|отда)[^.!?\n]{0,40}?"
    r"(?:to |for |with |a |aux |a los |a las |para los |para las |pour les |aos |as |"
    r"para os |den |fur die |ai |alle |per i )(?:the |our |all |nos |nuestros |nossos |"
    r"unsere |nostri |\w+ )?"
    rf"{_NEIGHBOURS}"
    r"|(?:der|den) nachbarn (?:\w+ )?(?:anbieten|schenken|zur verfugung)"
    r")(?![\p{L}])"
)


def offers_to_the_neighbours(prose: str) -> bool:
    """Session 19 (residents19): the text offers or gives something to the neighbours (a corner
    store lending its parking to the neighbours in winter, a church opening its lot to the
    neighbourhood): the neighbours are the beneficiary, named as a group, not the reader an
    advert speaks to, so the offer's words ("free", "gratuitement") are no advert's, as with
    :func:`offers_to_the_government`. An advert addresses the reader ("Neighbours! Cheap
    moving, call ..."): it does not give its thing to the neighbours."""
    return _TO_THE_NEIGHBOURS_RE.search(_fold(prose)) is not None


# --------------------------------------------------------------------------- session 21 (res21a)
# Session 21 (res21a): a fundraiser says where its money goes.
#
# Residents raise money on the items they speak to: a youth team sells sambusa after prayers for
# its cleats, a PTA sells engraved bricks for the playground, a church sells plates for the
# seniors' lunch, a neighbour passes on a food truck's code that gives part of its sales to the
# street fair. Each names a sum, often a payment app or a messenger to order through, sometimes a
# code: what a seller's advert names too. What the advert never names is a **beneficiary other
# than the seller**: the money of a fundraiser goes somewhere ("all proceeds to the robotics
# team", "all money goes to cleats", "every dollar pays field rental", "donating 5% to the street
# fair", "todo lo recaudado", "au profit du club"), or the sale is "for the girls' team trip".
#
# On the spent corpora the words below are in 8 residents' texts (a PTO supper, a domino club's
# tournament, a dog park fundraiser, a spaghetti supper "au profit du club") and in 2 spam texts,
# neither of them read by the rules this stops (a grant notice, a snorkel operator's pitch that
# the engine does not catch). The spam that opens in a resident's voice takes a side on the item
# ("I support the stadium 100%") and then sells for itself; it names no one its money goes to.
#
# Used only to keep a sale for a cause from being read as a seller's (:mod:`channels`' sum beside
# a messenger, :mod:`upfront`'s money asked to a private handle, :mod:`referral`'s benefit): the
# sums, contacts and links themselves still count.

#: Who a fundraiser's money is for, named after "for the/our ..." ("for the girls volleyball
#: team trip", "for our team's tournament fees", "para el equipo juvenil"): a group of
#: residents or what they need, not the reader.
_BENEFICIARY = (
    r"(?:team|teams|league|club|school|tournament|trip|uniforms?|cleats|jerseys?|band|choir|"
    r"pantry|library|playground|parish|church|mosque|masjid|temple|scouts|troop|booster|"
    r"boosters|pta|pto|plaque|"
    r"equipo|escuela|liga|iglesia|beca|becas|viaje|torneo|uniformes|ninos|jovenes|"
    r"equipe|ecole|eglise|time|escola|igreja|"
    # Session 22 (res22): the same beneficiaries in Spanish, French and Portuguese
    r"biblioteca|bibliotheque|parroquia|paroisse|refugio|refuge|comedor|cocina|despensa|banda|"
    r"coro|chorale|mezquita|mosquee|templo|mesquita|paroquia|cantine)"
)
#: Where the money goes, in the words fundraisers use (folded); not to the reader ("proceeds go
#: to you fast" is a loan's).
_CAUSE_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"(?:all |the )?proceeds (?:go |will go |goes |benefit |to |for |support )"
    r"(?:to )?+(?!you)"
    r"|(?:all|every|each)(?: of)?(?: the)? (?:money|dollar|penny|cent|cents|dollars)"
    r"(?: raised| we raise)? (?:goes|go|will go|pays|is for|are for|to|for)(?![\p{L}])"
    r"(?: to)?+(?! you)"
    r"|fund-?rais(?:er|ers|ing)"
    r"|benefits? (?:the|our) "
    r"|(?:donat(?:e|es|ed|ing)|giv(?:e|es|ing)) \d+ ?% (?:of|to) "
    r"|(?<!\d)\d+ ?% of (?:sales|proceeds|the sales) (?:go|goes|will go|to)(?![\p{L}])"
    r"(?: to)?+(?! you)"
    rf"|(?:all )?for (?:the|our|my|their) (?:[\w'-]+ ){{0,2}}{_BENEFICIARY}(?![\p{{L}}])"
    # Spanish, French, Portuguese
    r"|todo lo (?:recaudado|que se recaude)|recaudar fondos|recaudacion|a beneficio de"
    r"|fondos para|au profit d|collecte de fonds|tout va au fonds|arrecadacao|em prol d"
    r"|(?:todo )?para (?:el|la|los|las|nuestro|nuestra|nuestros) "
    rf"(?:[\w'-]+ ){{0,2}}{_BENEFICIARY}(?![\p{{L}}])"
    rf"|pour (?:l'|le |la |les |notre |nos ){_BENEFICIARY}(?![\p{{L}}])"
    r")"
)


#: Session 21 (res21b), moved here from :mod:`channels` in session 23: words of raising money
#: for a cause ("we're raising money for the youth team", "juntar fondos", "募捐", "모금",
#: "تبرعات", "збираємо кошти", "zbiórka", "चंदा", "lacag u ururinaynaa", "tunachangisha",
#: "ranmase lajan", "vaquinha", "cagnotte", "naipon"), folded. They say that money is raised,
#: not where it goes: read only with ``or_raising`` (:func:`raises_money_for_a_cause`).
FUNDRAISING = (
    "fundrais", "raise money", "raising money", "raise funds", "raising funds", "juntar fondos",
    "recaudar fondos", "recaudando", "juntando dinero", "vaquinha", "arrecadar", "arrecadamos",
    "cagnotte", "collecte de fonds", "quyen gop", "gay quy", "nalikom", "nakalikom",
    "募捐", "筹款", "籌款", "모금", "تبرعات", "сбор средств", "собираем деньги", "збираємо кошти",
    "збір коштів", "zbiorka", "zbieramy", "चंदा", "lacag u ururin", "ururinaynaa", "ururinay",
    "tunachangisha", "kuchangisha", "ranmase lajan",
)  # fmt: skip
_FUNDRAISING_RE = regex.compile("|".join(regex.escape(fold(w)) for w in FUNDRAISING))

#: Session 21 (res21b), moved here from :mod:`channels` in session 23: a family named by its
#: name ("la familia Ramírez", "pamilya Santos", "fanmi Jean-Baptiste", "familia ya Mama
#: Neema", "семьи Ковалёвых"; "the Nguyen family" is not read): neighbours helped by name. An
#: advert speaks of the reader's family ("tu familia", "your family"), never of one by its name.
#: Read only with ``or_raising``: alone it holds in 25 residents' texts of the spent corpora,
#: most of them a business ("Family Pharmacy", "Family Clinic"), a signature ("Famille ...")
#: or an event ("Family Bible Story Morning"), and in 2 spam texts.
_NAMED_FAMILY_RE = regex.compile(
    r"(?i:family|familia|fam[ií]lia|famille|fanmi|pamilya|семь[яиеюё]|родин[аиі]|rodzin[aąyie]"
    r"|familie)\s+(?i:(?:de|do|da|dos|of|the|ng|ni|ya|la)\s+)?(?i:(?:seu|dona|don|mama|baba"
    r"|hooyo|aabo)\s+)?\p{Lu}\p{Ll}+"
)


@lru_cache(maxsize=TEXT_CACHE)
def raises_money_for_a_cause(prose: str, or_raising: bool = False) -> bool:
    """True when the text says where the money it asks for goes, to someone other than its
    writer (:data:`_CAUSE_RE`): a fundraiser's sale, not a seller's.

    Session 23 (twins): the one reader of a fundraiser. Session 21 wrote it twice: here, for
    where the money goes, and in :mod:`channels` (``raises_money``), for a text that says it
    raises money (:data:`FUNDRAISING`) or names the family it helps (:data:`_NAMED_FAMILY_RE`);
    :func:`channels.messenger_money` asked both. ``or_raising`` asks the second reading too,
    for that caller only: a sum beside a messenger in a text that says it raises money is what
    was raised, and the messenger is how to give. The other callers (a payment handle, a
    closing link, a referral, relatedness and the offer words) keep to where the money goes:
    the words of raising alone are also a false charity's ("تبرعات ... حوّلوا تبرعاتكم إلى
    الحساب", "waxaan u ururinaynaa sakada ... Zelle": two spam texts of the spent sets), and the
    family reading also reads "Family Pharmacy" and "Family Fund", one of them a false charity's.
    On the spent corpora the second reading alone holds in 30 texts (26 residents, 4 spam),
    the first alone in 106 (105 residents, 1 spam). Read by every caller, the second lost two
    spam texts of the spent sets (a false fire fund's "Family Fund ... Venmo @...", 0.72 to
    0.15, and a seller's "somos uma família da Terceira", 0.84 to 0.50) and flagged nothing."""
    folded = fold(prose)
    if _CAUSE_RE.search(folded) is not None:
        return True
    if not or_raising:
        return False
    return _FUNDRAISING_RE.search(folded) is not None or bool(_NAMED_FAMILY_RE.search(prose))
