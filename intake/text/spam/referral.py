"""Session 20 (adverts20): a promotion code or a referral given to the reader.

"Code TANNER20 gets you the first week free", "use code CITY26 for your first booking free",
"sign up with my referral link tapmint-pay.app/r/HWY29 and we both get $25": a code in capitals
with digits, or a referral path, is how a seller (or an affiliate paid per sign-up) tracks who
sent the buyer, and it reads the same in any language; so is a reader sent by name ("tell her
Danny sent you", "mention this comment for priority", "digam que foram indicados pelo
Manuel"). Residents of the spent corpora write "code" for the city's codes ("zoning code",
"code enforcement", "Water Code § 10730.2", "join by phone, code 4471"): a section, a number,
never a word in capitals with digits. The only resident who wrote such a code quoted it to
warn ("people are posting about a "SpotHop code TANNER20" ... Don't fall for it"): quoted
words and a text naming a scam are not read.

A code or a referral alone weighs ``REFERRAL_WEIGHT``; with what it gets the reader (something
free, a sum, a share off, a bonus, priority) ``REFERRAL_BENEFIT_WEIGHT``, enough alone: no
resident of the spent sets hands out a discount code. Session 20 (lead): but a neighbour who
states where they stand on the item, or a residents' group, may ("Tell them Maria sent you at
the bakery booth, they'll give you a free cookie. I support the fair!"): then the benefit does
not add. Session 21 (adverts21): nor does a referral count in a text asking the reader to
sign a petition or a letter or to come to the hearing ("call our tenants' council and say you
are from Brighton, to sign the letter"): a seller asks the reader to buy, not to sign.
Session 21 (res21a): nor a benefit for a code whose sales go partly to a cause ("use code
MARKET10 ..., they are donating 5% to the street fair": :func:`solicit.raises_money_for_a_cause`);
no spam of the spent sets with a code names one.
"""

from __future__ import annotations

import regex

from intake.text.spam.contacts import names_a_civic_group
from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam
from intake.text.spam.sentences import sentences
from intake.text.spam.solicit import raises_money_for_a_cause
from intake.text.spam.verdict import states_a_position

REFERRAL_WEIGHT = 0.55
REFERRAL_BENEFIT_WEIGHT = 0.7

#: The word "code" (promo, coupon, referral, discount code) in several languages.
_CODE_WORD = (
    r"(?:code|c[oó]digo|codice|kode?|kód|код|κωδικ\p{L}*|kodu|코드|コード|码|碼|mã"
    r"|gutschein(?:code)?|coupon|cupom|cup[oó]n|voucher)"
)
#: A code: letters in capitals, with digits or five letters or more ("TANNER20", "LANTERN").
_CODE_SHAPE = r"(?-i:(?=[A-Z0-9]*[A-Z])(?:[A-Z][A-Z0-9]*\d[A-Z0-9]*|\d+[A-Z][A-Z0-9]*|[A-Z]{5,}))"
_CODE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}]){_CODE_WORD}(?![\p{{L}}])\s*[:：=]?\s*[\"'“”«»‘’]?\s*"
    rf"(?P<token>{_CODE_SHAPE})(?![\p{{L}}\p{{N}}\-])"
)
#: A referral path or parameter in an address, or a referral named.
_REFERRAL_RE = regex.compile(
    r"(?i)(?<=\.[a-z]{2,12})/(?:r|ref|referral)/[a-z0-9_-]{3,}"
    r"|[?&](?:referral|refcode)=[a-z0-9_-]+"
    r"|\breferral\s+(?:link|code|bonus)|\bref(?:erral)?\s+link\b|\bwe\s+both\s+get\b"
    r"|\benlace\s+de\s+referid\p{L}*|\blien\s+de\s+parrainage|\bempfehlungslink"
    r"|\bc[oó]digo\s+de\s+(?:referid|indica[cç][aã]o|convite)\p{L}*|邀请码|推荐码|邀請碼"
    # Session 27 (spend27b): a sign-up bonus to be had through a referral, and the writer's
    # referral kept in their profile ("the new-driver bonus is up to $1,500 ... but only through
    # a referral. Mine is in my profile").
    r"|\bbonus\b[^.!?\n]{0,80}?\b(?:through|with|via)\s+(?:a\s+|my\s+)?referral\b"
    r"|\b(?:mine|my\s+(?:code|link|referral(?:\s+(?:code|link))?))\s+is\s+(?:in|on)\s+my"
    r"\s+(?:profile|bio)\b"
    # Word of mouth: the reader sent by name ("tell her Danny sent you", "mention this comment").
    r"|\b(?:tell|let)\s+(?:him|her|them)\s+(?:that\s+)?(?:[\p{L}\p{N}'’.-]+\s+){1,6}sent\s+you"
    r"|\bmention\s+(?:this|my)\s+(?:comment|post|name|ad)\b"
    r"|\b(?:dile|d[ií]ganle|digan|diga)\s+que\s+(?:vas|van|vienes?|vienen)\s+de\s+parte\s+de"
    r"|\b(?:diga|digam|fala|falem)\s+que\s+(?:foi|foram)\s+indicad[oa]s?\s+pel[oa]"
    r"|\bdites(?:-lui|-leur)?\s+que\s+vous\s+venez\s+de\s+la\s+part"
)
#: What the code gets the reader: something free, a sum, a share off, a bonus, a first order.
_BENEFIT_RE = regex.compile(
    r"(?i)\bfree\b|\bgratis\b|\bgratuit\p{L}*|\bgr[aá]tis\b|\bkostenlos|\bbonus\b|\bdiscount"
    r"|\bdescuento|\bdesconto|\br[ée]duction|\brabatt?|скидк|знижк|\bgiảm\b|\bmiễn\s+phí"
    r"|할인|무료|割引|無料|免费|免費|优惠|折|"
    r"\d\s*%|%\s*\d|[$€£¥₩]\s*\d|\d\s*[$€£¥₩]|\bfirst\s+(?:week|month|order|ride|booking|year)"
    r"|\bpremium\b|\boff\b|\bpriority\b|\bprioridad|\bhalf\s+(?:the\s+)?price"
)
#: Session 21 (adverts21): the reader told to say where they saw the seller ("say you saw it
#: on the council page"), or whom they come from, in more languages (Bosnian, Croatian,
#: Serbian, Russian, Ukrainian, Polish, Turkish, Persian, Arabic, Hebrew, Chinese,
#: Vietnamese, Korean, Swahili, Haitian Creole, German).
_TOLD_TO_SAY_RE = regex.compile(
    r"(?i)\b(?:say|tell\s+(?:him|her|them))\s+(?:that\s+)?you\s+(?:saw|found|read\s+about|heard"
    r"\s+about)\s+(?:it|this|him|her|them|us|me)\s+(?:on|here|in|at)\b"
    r"|\b(?:recite|reci|kažite|kazite|recite\s+mu|recite\s+joj)\s+da\s+(?:ste|si|dolazite|dolaziš)"
    r"\s+(?:od|iz\s+preporuke|preko)\b"
    r"|\bскажите,?\s+что\s+(?:вы\s+)?(?:от|по\s+рекомендации)\b|\bскажіть,?\s+що\s+(?:ви\s+)?від\b"
    r"|\bpowiedz(?:cie)?,?\s+że\s+(?:jesteś|jesteście|przychodzisz|przychodzicie)\s+od\b"
    r"|\b\p{L}+(?:dan|den|tan|ten)\s+geldiğ(?:inizi|ini)\s+söyle"
    r"|بگویید\s+(?:که\s+)?از\s+طرف|بګویاست|(?:قل|قولي|قولوا)\s+(?:له|لها|لهم)\s+(?:إنك|انك|أنك|إنكم|انكم)\s+من\s+طرف"
    r"|תגיד(?:ו|י)?\s+ש(?:באת(?:ם|ן|י)?\s+מ|\p{L}+\s+שלח)"
    r"|报我的名字|报我名字|说是\S{1,8}介绍的|說是\S{1,8}介紹的"
    r"|\bnói\s+là\s+(?:\p{L}+\s+){1,4}giới\s+thiệu|소개로\s+왔다고"
    r"|\bmwambie\s+(?:kuwa\s+|kwamba\s+)?(?:\p{L}+\s+){1,3}(?:amekutuma|alikutuma)"
    r"|\bdi(?:l|li)?\s+se\s+(?:\p{L}+\s+){1,3}ki\s+voye\s+w"
    r"|\bsag(?:en\s+Sie|t)?,?\s+dass\s+(?:Sie|du|ihr)\s+von\s+\p{L}+\s+(?:kommen|kommst|kommt)"
)
#: Session 21 (adverts21): the reader told to say a word to the seller, with what it gets them
#: in the same sentence ("first lesson half price if you say Route 6", "15% off if you mention
#: the board meeting", "mention Antelope Forks for the community rate", "ask for Marco and tell
#: him you are a rider, he knocks off the fee"): the seller counting where its buyers come from.
_SAID_TO_SELLER_RE = regex.compile(
    r"(?i)\b(?:if|when|once)\s+you\s+(?:mention|say|tell\s+(?:him|her|them))\b"
    r"|\b(?:just|and)\s+(?:mention|tell\s+(?:him|her|them)\s+(?:that\s+)?you(?:['’]re|\s+are))\b"
    r"|\bsi\s+(?:menciona[sn]?|dice[sn]?|le\s+dice[sn]?)\b|\bmencionando\b|\bse\s+mencionar\b"
    r"|\ben\s+mentionnant\b|\bsi\s+vous\s+(?:mentionnez|dites)\b|\bwenn\s+(?:Sie|du)\s+\p{L}+"
    r"\s+(?:erwähnen|erwähnst|sagen|sagst)|\bесли\s+(?:скажете|упомянете|назовёте|назовете)"
    r"|\bякщо\s+(?:скажете|згадаєте)|\bako\s+(?:kažete|spomenete|kažeš|spomeneš)\b"
    r"|\b\p{L}+\s+(?:derseniz|söylerseniz)\b|اگر\s+بگویید|\bukitaja\b|\bmkitaja\b"
)
#: What it gets the reader, for :data:`_SAID_TO_SELLER_RE`: :data:`_BENEFIT_RE`, or a rate or a
#: price named for the reader's group ("the community rate", "precio especial").
_MENTION_FOR_RE = regex.compile(
    r"(?i)\bmention\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}(?:for|to\s+get|and\s+get)\s+(?:the\s+|a\s+|an\s+|your\s+)?"
    r"(?:[\p{L}-]+\s+)?(?:rate|price|discount|deal|\d+\s*%)"
)
_QUOTED_RE = regex.compile(
    r"\"[^\"\n]{1,120}\"|“[^”\n]{1,120}”|«[^»\n]{1,120}»|„[^“”\n]{1,120}[“”]"
)


_CAPS_WORD_RE = regex.compile(r"\s*[^\p{L}\s]?\s*\p{Lu}{2,}\b")


def _shouted(text: str, found: regex.Match[str]) -> bool:
    """A code of letters alone among words in capitals ("CODE ENFORCEMENT", "building code
    VIOLATIONS HERE"): a text shouting, not a code given."""
    token = found.group("token")
    if any(ch.isdigit() for ch in token):
        return False
    keyword = found.group(0)[: found.start("token") - found.start()].strip(" :=\"'“”«»‘’")
    return keyword.isupper() or bool(_CAPS_WORD_RE.match(text, found.end()))


def referral(prose: str) -> str | None:
    """The code or referral the text gives, or None (quoted words and a warning not read)."""
    if names_a_scam(prose):
        return None
    own = _QUOTED_RE.sub(" ", prose)
    for found in _CODE_RE.finditer(own):
        if _shouted(own, found):
            continue
        return str(found.group(0)).strip()
    found = _REFERRAL_RE.search(own)
    return str(found.group(0)).strip() if found is not None else told_to_say(own)


def told_to_say(own: str) -> str | None:
    """Session 21: the words telling the reader what to say to the seller (where they saw it,
    whom they come from, a word that gets them a price), or None. ``own``: the text without
    its quoted words."""
    found = _TOLD_TO_SAY_RE.search(own) or _MENTION_FOR_RE.search(own)
    if found is not None:
        return str(found.group(0)).strip()
    if _SAID_TO_SELLER_RE.search(own) is None:
        return None  # no sentence holds what the whole text does not: one search, not one each
    for sentence in sentences(own):
        said = _SAID_TO_SELLER_RE.search(sentence)
        if said is not None and _BENEFIT_RE.search(sentence):
            return str(said.group(0)).strip()
    return None


def referral_evidence(prose: str) -> list[Evidence]:
    """A promotion code or a referral, weighed more with what it gets the reader."""
    words = referral(prose)
    if words is None or asks_to_take_part(prose):
        return []
    own = _QUOTED_RE.sub(" ", prose)
    neighbourly = (
        states_a_position(own) or names_a_civic_group(own) or raises_money_for_a_cause(own)
    )
    # Session 21: what the reader is told to say is read with what it gets them already, or
    # in a language whose words for a benefit the list above does not hold; it weighs
    # REFERRAL_WEIGHT ("if you say you came by bus, the clinic gives a free flu shot", "报我的名字
    # ... 免费": a resident passing on a public service's perk is not flagged by it alone).
    told = words == told_to_say(own) and _REFERRAL_RE.search(own) is None
    if _BENEFIT_RE.search(own) and not neighbourly and not told:
        return [
            Evidence(
                REFERRAL_BENEFIT_WEIGHT,
                f"advertising: a promotion code or referral ({words[:40]!r}) with what it gets "
                "the reader",
            )
        ]
    return [
        Evidence(REFERRAL_WEIGHT, f"advertising: a promotion code or referral ({words[:40]!r})")
    ]


# ---------------------------------------------------------------------------------------------
# Session 21 (adverts21): a price kept for the reader's group, with a private way to reach.
#
# "he gave our whole block the neighbour price ... text three four seven ...", "precio especial
# para vecinas ... Búsquenme en Facebook", "mahalleye özel fiyat var. Instagram: ...", "פאר
# שכנים א ספעציעלע פרייז", "she gives council-page readers 20% off, on insta as ...": a seller
# in a neighbour's voice makes the reader one of the favoured (the block, the parish, the
# readers of this page, compatriots) and gives a private channel to claim it. A city's
# residents' rate (a pool, a permit) is claimed at a counter or on the city's site, not from a
# phone number, a handle, a messenger or a page to look up; session 20 left the discount alone
# for that reason, and this reads it only beside such a channel (``Reach.direct``: a number, a
# handle, a messenger's ID or a page named to look up, a hidden address).
#
# As the referral's benefit (session 20), it does not add for a writer who states where they
# stand on the item or names a residents' group: a business owner speaking on the item may keep
# its neighbours' discount and give its page ("We oppose losing the storefronts. Our page on
# Facebook is ...; families get the usual community rate"), and so may one who asks the reader
# to sign a petition or a letter or to come to the hearing: a seller asks the reader to buy, not
# to sign. It is one more sign, never enough with its channel alone: with a plain number 0.45,
# with a page to look up or a number in words 0.64-0.68 (a laundromat's "community rate" and its
# Instagram, a business owner speaking on the item, stays under the threshold); with a third
# (a referral, a seller's terms, a price) it reaches it.

NEIGHBOUR_PRICE_WEIGHT = 0.35

#: Who is favoured: neighbours, the block, the community, residents, parents, readers.
_GROUP_EN = (
    r"(?:neighbou?rs?|block|community|residents?|locals?|parents?|readers|members|families"
    r"|moms|mums|tenants|owners)"
)
_NEIGHBOUR_PRICE_RE = regex.compile(
    rf"""(?xi)
      \b(?:neighbou?r|community|resident|local|member|friends?\s+and\s+family|block)['’]?s?\s+
        (?:price|rate|discount|deal|special|pricing)\b
    | \b(?:special|discounted|reduced|half|cheaper|lower)\s+(?:price|rate|pricing)s?\s+for\s+
        (?:the\s+|our\s+|all\s+|any\s+)?(?:[\p{{L}}-]+\s+)?{_GROUP_EN}\b
    | \b(?:\d+\s*%|half|\p{{L}}+\s+percent)\s+off\s+(?:for|to)\s+(?:the\s+|our\s+|any\s+)?
        (?:[\p{{L}}-]+\s+){{0,2}}{_GROUP_EN}\b
    | \b(?:gives?|offers?|gave)\s+(?:[\p{{L}}-]+\s+){{0,3}}(?:neighbou?rs|readers|residents|parents
        |families)\s+(?:\d+\s*%|half|a\s+discount|a\s+special)
    | \bprecio(?:s)?\s+especial(?:es)?\s+para\s+(?:l[oa]s\s+|nuestr[oa]s\s+)?(?:\p{{L}}+\s+)?
        (?:vecin[oa]s|comunidad|residentes|padres|mam[aá]s|paisan[oa]s)
    | \bdescuento\s+(?:especial\s+)?(?:para|a)\s+(?:l[oa]s\s+)?(?:vecin[oa]s|residentes|paisan[oa]s)
    | \bpre[cç]o\s+especial\s+para\s+(?:[oa]s\s+)?(?:vizinh[oa]s|moradores|comunidade)
    | \bdesconto\s+para\s+(?:[oa]s\s+)?(?:vizinh[oa]s|moradores)
    | \bprix\s+(?:spécial|special|d'ami)\s+pour\s+(?:les\s+)?(?:voisins|habitants|résidents)
    | \bréduction\s+pour\s+les\s+(?:voisins|habitants)
    | (?:mahalleye|komşulara|hemşehrilere|topluluğa)\s+özel\s+(?:fiyat|indirim)
    | \bkomşu\s+(?:fiyatı|indirimi)
    | (?:скидк[аи]|особая\s+цена|спецц?ена)\s+(?:для\s+)?
        (?:соседей|соседям|жителей|земляков|своих)
    | соседям\s+скидк | знижк[аи]\s+для\s+(?:сусідів|мешканців|земляків)
    | פאר\s+שכנים\s+(?:א\s+)?ספעציעל | מחיר\s+מיוחד\s+ל(?:שכנים|תושבי|קהילה)
    | הנחה\s+ל(?:שכנים|תושבי)
    | თვის\s+ფასი\s+ნახევარია
    | (?:მეზობლებისთვის|ქართველებისთვის)\s+(?:ფასდაკლება|სპეციალური\s+ფასი)
    | (?:邻居|鄰居|街坊|老乡|老鄉|同胞)(?:价|價|优惠|優惠|特价|特價|打折)
    | 给(?:邻居|街坊)(?:们)?(?:优惠|打折)
    | \bgiá\s+(?:đặc\s+biệt|ưu\s+đãi)\s+cho\s+(?:bà\s+con|hàng\s+xóm|cộng\s+đồng)
    | 이웃\s*(?:할인|특가)
    | (?:خصم|تخفيض|سعر\s+خاص)\s+(?:للجيران|لأهل\s+الحي|للجالية)
    | تخفیف\s+(?:ویژه\s+)?(?:برای\s+)?(?:همسایه|هموطن|هم‌وطن)
    | (?:پڑوسیوں|کمیونٹی|ہم\s+وطنوں)\s+کے\s+لیے\s+(?:خاص\s+)?(?:رعایت|ڈسکاؤنٹ|قیمت)
    | \bbei\s+maalum\s+kwa\s+(?:majirani|wakazi|jamii)|\bpunguzo\s+kwa\s+(?:majirani|wakazi|jamii)
    | \bqiimo\s+gaar\s+ah\s+(?:deriska|bulshada)
    | \b(?:posebna\s+cijena|popust)\s+za\s+(?:komšije|komsije|susjede|naše\s+ljude|zemljake)
    | \b(?:çmim\s+(?:special|i\s+veçantë)|zbritje)\s+për\s+(?:fqinjët|komunitetin|bashkatdhetarët)
    | \b(?:zniżka|rabat|specjalna\s+cena)\s+dla\s+(?:sąsiadów|mieszkańców|rodaków)
    | \bpri\s+espesyal\s+pou\s+(?:vwazen|kominote)
    | \b(?:discount|espesyal\s+na\s+presyo)\s+(?:sa|para\s+sa)\s+mga\s+(?:kapitbahay|kababayan)
    | (?:पड़ोसियों|पडोसियों)\s+(?:के\s+लिए\s+)?(?:छूट|डिस्काउंट|विशेष\s+दाम)
    """
)


#: The reader asked to take part in the item's process: a petition, a letter to sign, a meeting
#: or hearing to come to. A seller asks the reader to buy, not to sign.
_CIVIC_ASK_RE = regex.compile(
    r"(?i)\bpetition|\bsign\s+(?:our|the|a)\s+(?:letter|petition)|\bletter\s+of\s+support"
    r"|\b(?:come|join\s+us)\s+(?:to|at)\s+the\s+(?:meeting|hearing)|\btestify|\btoplantıya"
    r"|\ba\s+la\s+(?:reunión|audiencia)\b|\bна\s+собрание|\bna\s+sastanak"
    r"|\bpetici[oó]n|\bfirm(?:ar|en)\s+la\s+carta|\babaixo-assinado|\bp[ée]tition"
    r"|\bпетици|\bподписать\s+письмо|\bпідписати\s+лист|\bdilekçe|\bimza\s+kampanya"
    r"|עצומה|פעטיציע|请愿|請願|联名信|聯名信|\bpeticij|\bpeticion|\bpetycj|\bkiến\s+nghị"
    r"|\bdarkhaast|عريضة|طومار|دادخواست"
)


def asks_to_take_part(prose: str) -> bool:
    """The reader is asked to sign a petition or a letter, or to come to the hearing."""
    return _CIVIC_ASK_RE.search(prose) is not None


def neighbour_price(prose: str) -> str | None:
    """The words keeping a price for the reader's group, or None."""
    found = _NEIGHBOUR_PRICE_RE.search(prose)
    return None if found is None else str(found.group(0)).strip()


def neighbour_price_evidence(prose: str, direct: bool) -> list[Evidence]:
    """A price kept for the reader's group, with a private way to reach the seller (see the
    module)."""
    if not direct or states_a_position(prose) or names_a_civic_group(prose):
        return []
    if asks_to_take_part(prose):
        return []
    found = neighbour_price(prose)
    if found is None:
        return []
    detail = (
        f"advertising: a price kept for the reader's group ({found[:40]!r}) with a private way "
        "to reach the seller"
    )
    return [Evidence(NEIGHBOUR_PRICE_WEIGHT, detail)]
