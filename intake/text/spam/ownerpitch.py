"""Session 16 (round 24): a pitch written to the owner of the website or of a business.

Every seat's spam has it, in every language the sets hold: "Hi, I was checking your website and
noticed it is not ranking on Google ... Reply for a free audit", "I'm a freelance web designer.
I noticed your site looks outdated ... Can I send you a proposal?", "Dear Business Owner, we
help local companies get more customers ... quick 15-minute call? Reply YES", "Hello
Sir/Madam, we are a leading manufacturer of ... Please contact sales03@...", "Votre site
n'apparaît pas en première page de Google ... Répondez OUI pour un audit gratuit", "We have
verified email lists of 45,000 event organizers ... Reply for pricing and a free sample". Round
12's web pitch (:mod:`webpitch`) reads only a text with two web words and *no* term of the item;
these name one web word, or none ("your business"), and the SEO ones quote the item's own words
as the "keywords" the site does not rank for. They scored 0-0.4 on the rules, and 0.35-0.70
with the starter model.

The shape is three parts, each a short list of forms in several languages, and nothing of the
item:

* **an address to the owner** of a site or a business (:data:`ADDRESS`): "your website / site /
  business / company / rankings", "is your business", "you're not ranking", "Dear Business
  Owner", "Sir/Madam", "Hello Admin", "votre site / entreprise", "su sitio / negocio / empresa",
  "seu site / negócio", "Ihre Website / Firma", "il vostro sito" -- or the sale of goods only a
  business buys (:data:`WHOLESALE`: "email lists of", "verified contacts", "leading
  manufacturer", "factory price", "OEM", "listas de correo"), which speaks to a business by
  what it sells;
* **an offer of a service or product** by the writer (:data:`OFFER`): "we can / I can / we'll
  get ... ", "we help", "I'm a freelance / an SEO ...", "our clients / our agency", "a free
  audit / quote / sample", "pricing", "a proposal", "nous pouvons / je peux", "podemos",
  "auditoría gratuita", "wir können", ... (the wholesale goods are an offer too);
* **a request for a reply or a call** (:data:`ASK`): "reply", "let me know", "a quick call",
  "contact us", "can I send you", "would you be interested", "répondez", "responda",
  "contáctenos", "antworten Sie", ...

and **nothing of the item**: none of the comment's words but the formula's own (words in
quotation marks are named, not said: the "keywords" an SEO pitch copies from the page; nor do
the matched address, offer and ask count: "would you be *open*") names a word of the item's
title in any form (:func:`relatedness.title_terms_named`), no figure of the item appears, and
the text names no city, council or plan (:func:`solicit.speaks_of_the_city`). It is short
(``MAX_CHARS``): a pitch is a paragraph.

*Why general.* It is how a cold sales message is built in any language and to any site: it
speaks to whoever owns the page, sells them something, and asks them to answer; the seat's item
is what the pitch never mentions. *What residents write that looks like it:* a complaint about
the city's website ("your website is impossible on a phone, please fix it") addresses the site
but offers nothing and asks no reply; a local web designer who volunteers to help speaks of the
city ("I'd be glad to help the city redo its site for free, reply here") or of the item; a
business owner writes of *their* customers and business ("my customers can't park"), never
"your business"; a resident answering a neighbour's business ("your shop will do fine, let me
know if you need help") offers no service from a list above and names the item.
"""

from __future__ import annotations

import regex

from intake.text import relatedness
from intake.text.spam.evidence import Evidence
from intake.text.spam.folding import fold
from intake.text.spam.numbers import shared_figures
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import speaks_of_the_city

#: Longer texts are letters, not pitches.
MAX_CHARS = 600
#: Content terms the text needs: a short reply says too little to be judged.
MIN_TERMS = 5
#: Words in quotation marks: the "keywords" an SEO pitch says the site does not rank for,
#: which it copies from the page (the item's title). They are named, not said.
_QUOTED_RE = regex.compile(r'"[^"\n]{1,80}"|“[^”\n]{1,80}”|«[^»\n]{1,80}»|„[^“”\n]{1,80}[“”]')


def _alternation(*forms: str) -> regex.Pattern[str]:
    """One pattern of ``forms`` (regular expressions over folded text), each from a word's
    start and to a word's end."""
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(forms) + r")(?![\p{L}\p{M}\p{N}])")


_SITE = (
    r"(?:web ?site|site|webpage|business|company|store|shop|brand|rankings?|traffic|"
    r"online presence)"
)
#: Second-person address to the owner of a site or business, or a salutation to a stranger who
#: owns one, in several languages (folded: no accents, lower case).
ADDRESS = _alternation(
    rf"your {_SITE}",
    r"you(?:'re| are|r site is) not (?:ranking|showing|appearing)",
    r"is your (?:business|company|site|website)",
    r"dear (?:business|website|site|shop|store|company) owners?",
    r"(?:dear |hello |hi )?sir ?(?:/|or) ?madam",
    r"dear sir",
    r"(?:hello|hi|dear) (?:admin|webmaster|site owner|website owner)",
    r"votre (?:site|site web|entreprise|societe|commerce|boutique|referencement|visibilite)",
    r"(?:cher|chere) (?:proprietaire|entrepreneur)",
    r"(?:su|tu) (?:sitio|sitio web|pagina web|negocio|empresa|tienda|marca)",
    r"(?:estimado|estimada) (?:propietario|propietaria|empresario|empresaria)",
    r"(?:seu|teu) (?:site|negocio)|(?:sua|tua) (?:empresa|loja|marca)",
    r"(?:prezado|prezada) (?:proprietario|proprietaria|empresario|empresaria)",
    r"ihrer? (?:website|webseite|homepage|firma)|ihr (?:unternehmen|geschaft)",
    r"(?:il )?(?:vostro|tuo|suo) sito|(?:la )?(?:vostra|tua|sua) azienda",
    r"ваш (?:сайт|бизнес)|вашего (?:сайта|бизнеса)|вашу компанию",
    # Session 18 round 2 (-35): the owner addressed as one of a trade ("centers like yours").
    r"(?:businesses|companies|centers|centres|clinics|practices|facilities|shops|stores|firms|"
    r"agencies) like yours",
)
#: Goods only a business buys: contact lists and factory wares.
WHOLESALE = _alternation(
    r"(?:verified )?(?:email|e-mail|mailing|contact|b2b|business) (?:lists?|database|data ?base)",
    r"verified (?:contacts|emails|email addresses|leads)",
    r"(?:leading|professional) (?:manufacturer|supplier|factory|exporter)",
    r"factory (?:price|direct)|oem|odm|wholesale price",
    r"listas? de (?:correo|correos|emails|contactos)|base de datos de (?:contactos|empresas)",
    r"fichiers? (?:d'emails|emails|de prospects)|listes? (?:d'emails|de contacts)",
    r"(?:fabricante|fabricant|hersteller) (?:lider|leader|fuhrender)",
)
#: The writer offering a service or a product.
OFFER = _alternation(
    r"(?:we|i) (?:can|could|will|'ll|would love to) (?:help|get|bring|put|fix|redesign|build|"
    r"boost|increase|rank|improve|design|create|send|grow|take|make|share)",
    r"we(?:'ll| will) (?:get|bring|put|fix|rank|boost)",
    r"we (?:help|offer|provide|specialize|specialise|have verified|are a leading)",
    r"i(?:'m| am) an? (?:freelance|professional|certified|seo|web|digital|experienced|marketing)",
    r"(?:our|my) (?:agency|clients|customers see|services|portfolio|team of)",
    r"free (?:\w+ )?(?:audit|quote|consultation|sample|samples|trial|report|analysis|proposal|"
    r"demo|mockup)",
    r"pricing|price list|catalog|catalogue|samples of my work",
    r"nous (?:pouvons|aidons|proposons|offrons)|je (?:peux|vous propose)|audit gratuit|"
    r"devis gratuit",
    r"(?:podemos|ayudamos|ofrecemos|puedo)|auditoria gratuita|presupuesto gratis|"
    r"cotizacion gratis",
    r"(?:podemos|ajudamos|oferecemos|posso)|auditoria gratis|orcamento gratis",
    r"wir (?:konnen|helfen|bieten)|ich kann|kostenloses? (?:analyse|beratung|audit)",
    r"(?:possiamo|aiutiamo|offriamo|posso)|audit gratuito|preventivo gratuito",
    r"мы (?:можем|поможем|предлагаем)|бесплатный аудит",
    # Session 18 round 2 (-35): the writer's agency, a results guarantee, an SEO package.
    r"i (?:run|own) an? (?:[\p{L}-]+ )?(?:agency|studio|firm)",
    r"or you don'?t pay",
    r"seo-?paket|seo (?:package|services)",
    # Session 25 (spend25a): the writer buying a place on the owner's site -- an advert, a
    # sponsored or guest post, a link -- which is the same cold message the other way round.
    r"(?:place|publish|put|run|buy|post) (?:an? |my |our )?(?:ad|ads|advert|adverts|advertisement|"
    r"banner|sponsored \w+|guest \w+|link|links|backlinks?)",
    r"sponsored (?:post|posts|article|articles|content|link|links)|guest (?:post|posts|article|"
    r"articles|blog)|backlinks?|do-?follow links?|link (?:insertion|exchange|placement)",
    r"your (?:advertising |ad |sponsorship )?(?:rates|price list)",
    r"(?:articulo|publicacion|post) patrocinad[oa]|articulo invitado|(?:article|billet) "
    r"sponsorise|gastbeitrag|gastartikel|articolo sponsorizzato|(?:artigo|post) patrocinado",
    r"спонсорск\p{L}+ (?:стать\p{L}+|пост\p{L}*)|гостев\p{L}+ (?:стать\p{L}+|пост\p{L}*)",
)
#: A request for an answer or a call.
ASK = _alternation(
    r"reply|respond|let me know|get back to me|drop me a line",
    r"(?:quick|short|brief|\d+.?minute) (?:call|chat)|book a (?:call|demo)|schedule a call",
    r"(?:please )?contact (?:us|me)|call us|email us|text (?:us|me)|please contact",
    r"text '?[\p{L}\p{N}]+'? to",
    r"can i send you|shall i send|should i send|may i send",
    r"what (?:are|is) your (?:\w+ )?(?:rates?|prices?|pricing)|how much (?:do you charge|for)",
    r"would you (?:be (?:open|interested)|like)|are you interested|interested\?",
    r"repondez|repondre|contactez|ecrivez-(?:moi|nous)|appelez-(?:moi|nous)|interesse\s?\?",
    r"responda|responde|contactenos|contactame|escribanos|escribeme|llamenos|le interesa",
    r"entre em contato|fale conosco|me avise|tem interesse",
    r"antworten sie|kontaktieren sie|melden sie sich|rufen sie",
    r"rispondi|risponda|contattaci|contattami|mi faccia sapere",
    r"ответьте|напишите (?:мне|нам)|свяжитесь",
)


def owner_pitch_shape(prose: str) -> tuple[str, str, str, set[str], str] | None:
    """The (address, offer, ask) of a pitch to a site's or a business's owner that does not
    speak of the city, with its content terms outside the formula and its words outside
    quotation marks; ``None`` otherwise. Needs no item: the caller asks for the item's context
    only when this finds a pitch."""
    if len(prose) > MAX_CHARS:
        return None
    folded = fold(prose)
    if (ask := ASK.search(folded)) is None:
        return None
    wholesale = WHOLESALE.search(folded)
    address = ADDRESS.search(folded) or wholesale
    offer = OFFER.search(folded) or wholesale
    if address is None or offer is None:
        return None
    said = _QUOTED_RE.sub(" ", prose)
    # the formula's own words ("would you be open", "your business") say nothing of a subject
    terms = relatedness.content_terms(said)
    if len(terms) < MIN_TERMS:
        return None
    terms -= relatedness.content_terms(" ".join((address.group(), offer.group(), ask.group())))
    if speaks_of_the_city(said):
        return None
    return address.group(), offer.group(), ask.group(), terms, said


def owner_pitch(prose: str, context: tuple[str, ...] | None) -> tuple[str, str, str] | None:
    """The (address, offer, ask) a pitch to a site's or a business's owner is made of, when it
    says nothing of the item (its title, a figure of it, the city); ``None`` otherwise."""
    if not context or (shape := owner_pitch_shape(prose)) is None:
        return None
    address, offer, ask, terms, said = shape
    if relatedness.title_terms_named(terms, context[0]):
        return None
    _count, same = shared_figures(said, context)
    if same:
        return None
    return address, offer, ask


#: Session 18 round 2 (-35): what a web marketer promises the owner: to be found on Google, to
#: rank, traffic, visibility, the first page, a site that loads on a phone. Folded.
WEB_REACH = _alternation(
    r"google|seo|rankings?|ranking|traffic|visibility|visibilidad|visibilite|sichtbarkeit",
    r"first page|page one|page 1|seite 1|erste seite|premiere page|primera pagina",
    r"loads? slowly|on mobile|mobile-friendly",
)


def web_reach_pitch(prose: str) -> tuple[str, str, str, str] | None:
    """Session 18 round 2: the (address, reach, offer, ask) of a pitch that sells the owner of a
    site or a business their reach on the web -- "I came across your website while reading
    about the rail project ... loads slowly on mobile ... could double your traffic ... a free
    redesign mockup ... reply 'yes'", "bei einer Analyse Ihrer Website ... kaum bei Google ...
    SEO-Paket ... kostenloses Audit ... antworten Sie", "Centers like yours lose admissions to
    poor Google visibility ... Book a 15-minute call". The owner pitch above is read only when
    it names nothing of the item; these name it (the page the writer says they "came across",
    the keywords they copy), because the item is the page being sold to. What a resident who
    names the city's website does not write: to the site's owner ("your website"), its reach
    on Google, an offer of a service and an ask for a reply, together. ``None`` otherwise."""
    if len(prose) > MAX_CHARS:
        return None
    folded = fold(prose)
    if (reach := WEB_REACH.search(folded)) is None or (ask := ASK.search(folded)) is None:
        return None
    if (address := ADDRESS.search(folded)) is None or (offer := OFFER.search(folded)) is None:
        return None
    return address.group(), reach.group(), offer.group(), ask.group()


#: Session 25 (spend25a): lists of people's contacts, the goods a list seller sells ...
CONTACT_LIST = _alternation(
    r"(?:verified |updated |targeted |opt-?in )?(?:email|e-mail|mailing|contact|b2b|leads?) "
    r"(?:lists?|database|data ?base|data)",
    r"verified (?:contacts|emails|email addresses|leads|decision.?makers)",
    r"listas? de (?:correo|correos|emails|contactos)",
    r"base de datos de (?:contactos|empresas|correos)",
    r"fichiers? (?:d'emails|emails|de prospects)|listes? (?:d'emails|de contacts)",
    r"(?:e-?mail|adress|kontakt)-?(?:listen?|datenbank)|базы? (?:email|e-mail|контактов|адресов)",
)
#: ... with a sample or its price offered to the reader: what a seller sends a buyer.
LIST_TERMS = _alternation(
    r"(?:share|send|provide|offer|get) (?:you )?(?:the |a |our |free |some )*"
    r"(?:samples?(?! ballots?)|pricing|prices?|quote|counts?)",
    r"(?:samples?|counts?) (?:and|&) (?:pricing|prices?|costs?)|pricing (?:and|&) samples?",
    r"(?:reply|respond) for (?:\w+ )?(?:pricing|samples?|counts?)",
    r"(?:muestra|echantillon|amostra|muster) (?:gratis|gratuit\w*|kostenlos)",
)


#: Session 25 (res25): the terms sent to those who decide the item, a third party the text
#: names ("send the counts of who got a notice to the task force staff", "provide the counts to
#: the case officer"), not to the reader: a residents' group offering its figures, where a seller
#: sends "you" a sample. Folded.
_TO_THOSE_WHO_DECIDE = regex.compile(
    r"\b(?:to|with) (?:the|its|our) (?:[\w-]+ ){0,3}?(?:staff|officers?|commission(?:ers?)?"
    r"|committee|task force|clerk|board|planners?|scrutiny|councillors?)\b"
)


def list_sale(prose: str) -> tuple[str, str, str] | None:
    """Session 25 (spend25a): the (list, terms, ask) of a message selling a list of people's
    contacts -- "an updated email list of 48,000 church pastors with verified contacts ... I
    will share a sample and pricing, let me know" -- whatever it names: the list's people are
    named to sell it, and may be the item's ("church" on a church's variance), so the owner
    pitch, which wants nothing of the item, lets it go. A resident who offers the city their
    association's mailing list offers no sample and no price; ``None`` otherwise."""
    if len(prose) > MAX_CHARS:
        return None
    folded = fold(prose)
    if (goods := CONTACT_LIST.search(folded)) is None or (ask := ASK.search(folded)) is None:
        return None
    if (terms := LIST_TERMS.search(folded)) is None or speaks_of_the_city(prose):
        return None
    if _TO_THOSE_WHO_DECIDE.search(folded, terms.end(), terms.end() + 120):
        return None  # "we can send the counts ... to the task force staff" (session 25)
    return goods.group(), terms.group(), ask.group()


def owner_pitch_evidence(
    prose: str, context: tuple[str, ...] | None, s: SpamSettings
) -> list[Evidence]:
    """A pitch written to a site's or a business's owner that says nothing of the item, or
    that sells the owner their reach on the web (:func:`web_reach_pitch`)."""
    found = owner_pitch(prose, context)
    if found is None:
        if (web := web_reach_pitch(prose)) is None:
            if (sold := list_sale(prose)) is None:
                return []
            detail = (
                f"advertising: a list of people's contacts sold "
                f"({', '.join(repr(w) for w in sold)})"
            )
            return [Evidence(s.owner_pitch_weight, detail, noise=True)]
        detail = (
            f"advertising: a pitch selling the owner of a site their reach on the web "
            f"({', '.join(repr(w) for w in web)})"
        )
        return [Evidence(s.owner_pitch_weight, detail, noise=True)]
    address, offer, ask = found
    detail = (
        f"advertising: a pitch to the owner of a site or business ({address!r}, {offer!r}, "
        f"{ask!r}) that names nothing of the item"
    )
    return [Evidence(s.owner_pitch_weight, detail, noise=True)]


# Session 18 (-32, -33): a vendor's pitch to the council or its staff as a customer. "Counties
# like yours are switching to AI voice agents ... for a flat monthly fee. I'd be glad to show
# the commission a 10-minute demo ... reply here with a good time and the best number to reach
# your clerk", "Packages start at $499 a month ... Could you share the email of whoever handles
# the county's communications? Happy to send three case studies", "Our firm has completed 14
# Pacific harbor projects ... We would welcome a call with Public Works ... Ask us for the
# capability statement". The owner pitch above leaves a text that speaks of the city alone (a
# resident's complaint about the city's site does); these speak of it because the city is the
# buyer. What they hold that a resident offering help does not: a **vendor's deliverable** (a
# demo, case studies, a capability statement, samples, a proposal, packages), an **ask for the
# buyer's contact or a sales call**, and **a price for the service** (a rate per month or hour,
# a flat fee) or **the firm's record as a seller** ("our firm has completed", "we help local
# governments", "we build websites for"). A resident expert who offers to walk a commissioner
# through a project names no price, no package and no demo.

#: A vendor's deliverable, offered to the buyer.
DELIVERABLE = _alternation(
    r"(?:\d+.?minute )?demo",
    r"case stud(?:y|ies)",
    r"capability statement",
    r"samples|portfolio",
    r"packages? (?:start|from)",
    r"(?:one.?line |free )?(?:widget|plugin|plug-in)",
)
#: An ask for the buyer's contact or for a sales call.
VENDOR_ASK = _alternation(
    r"reply (?:here )?with",
    r"share the (?:e-?mail|contact|name|number)",
    r"best (?:number|e-?mail|person) to (?:reach|contact)",
    r"(?:would|'d) welcome a (?:call|meeting)",
    r"(?:can|may|shall) i send you",
    r"happy to send",
    r"(?:schedule|set up|book) a (?:\d+.?minute |free |quick |short )?(?:call|demo|meeting)",
    # Session 21 (adverts21): a product the buyer installs ("install our one-line widget").
    r"install our",
    r"show (?:the \w+|you|your \w+) a (?:\d+.?minute )?demo",
    r"ask us for",
)
#: A price for the service, or the firm's record as a seller.
VENDOR_TERMS = _alternation(
    r"\$ ?\d[\d,]*(?:\.\d+)? ?(?:a|per|/) ?(?:month|mo|year|yr)",
    r"flat (?:monthly |annual )?(?:fee|rate)|for a flat \$ ?\d[\d,]*",
    r"(?:our (?:firm|company|agency)|we) (?:has|have) (?:completed|delivered|served)",
    r"we (?:help|serve) (?:local governments|counties|cities|municipalities|agencies|nonprofits)",
    r"we build (?:\w+ )?(?:websites|apps|sites|platforms)",
    # Session 21 (adverts21): compliance sold in minutes, against the fear of a lawsuit.
    r"(?:become|be|get|stay) (?:fully )?compliant (?:in|within) (?:\d+|one|five|ten) "
    r"(?:minutes?|hours?|days?)",
    # Session 26 (spend26): the service given free for a first period, a vendor's trial terms
    # ("get 3 months free", "free for the first 90 days", "first year free").
    r"(?:\d+|one|two|three|six|twelve) (?:full )?(?:weeks?|months?|years?) (?:free|at no cost)",
    r"free for (?:the first )?(?:\d+|one|two|three|six|twelve) (?:weeks?|months?|days?|years?)",
    r"(?:first|1st) (?:month|year|quarter) (?:is )?free",
)
#: Weight: the three parts are a sales message; alone it reaches the threshold.
GOVERNMENT_PITCH_WEIGHT = 0.7


def government_pitch_evidence(prose: str) -> list[Evidence]:
    """A vendor's pitch to the council or its staff as a customer (see above); short, as
    :data:`MAX_CHARS` reads a pitch."""
    if len(prose) > MAX_CHARS:
        return []
    folded = fold(prose)
    found = [
        m.group()
        for m in (p.search(folded) for p in (DELIVERABLE, VENDOR_ASK, VENDOR_TERMS))
        if m is not None
    ]
    if len(found) < 3:
        return []
    shown = ", ".join(repr(f) for f in found)
    detail = f"advertising: a vendor's pitch to the council as a customer ({shown})"
    return [Evidence(GOVERNMENT_PITCH_WEIGHT, detail)]
