"""Round 17: the topics bulk spam is about, in the languages the sets use.

Whole kinds of plain bulk spam scored near zero because nothing in them is a shape: "repliki
najwyższej jakości 1:1 ... Sklep: <link>", "Hello dear, I am barrister Koffi and I have an
inheritance of $7.2M for a relative of yours", "Top rated essay writing service ... plagiarism
free! <link>", "Samotne kobiety z Twojej okolicy czekają na wiadomość <link>", "verify your bank
details at <link>". What they share is their **topic**, and a topic is the same in every
language: counterfeit goods, essays written for pay, an inheritance offered to a stranger, a
dating lure, a request for bank or identity details, a prize won by a phone number.

Each topic is a small multilingual lexicon of the **lure's own compounds**, never of a lone
word a resident uses: a replica *of a brand or 1:1* (a replica of the old courthouse is not),
an essay *writing service* (an essay a child wrote is not), an inheritance *for a beneficiary,
next of kin or a relative of yours* (an inheritance tax is not), singles *near you* or *I saw
your profile* (a dating-app safety meeting is not), *verify your bank details* (a city rebate
program and its link are not; a warning "never enter your bank details" is negated). A topic
counts only with a way to reach the sender (a link outside the allowed domains, an address, a
number, a handle): then it is selling outright.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import in_own_voice_cased, names_a_scam, names_the_city_or_a_scam
from intake.text.spam.pronouns import (
    READER_RE,
    WRITER_FURTHER_SINGULAR_RE,
    WRITER_OR_GROUP_RE,
    WRITER_RE,
)
from intake.text.spam.solicit import money
from intake.text.spam.upfront import refuses_or_warns, reports_a_scam

#: Weight of one topic with a way to reach the sender: with the contact's own weight it reaches
#: the threshold (0.15 + 0.65: 0.70), as a seller reached at an address is spam.
TOPIC_WEIGHT = 0.65
#: Weight of a WeChat ID given as the way to reach, as an address or a number (0.15).
WECHAT_WEIGHT = 0.15
#: Longest text read: the lures are short, and the cost must not grow with the comment.
MAX_CHARS = 3000
#: Session 18: weight of a wrong-number opener or a sugar daddy's allowance, alone (spam).
OPENER_WEIGHT = 0.7
#: Session 18: characters of a text's opening read for a wrong-number opener.
OPENER_CHARS = 400

_BRANDS = (
    r"rolex|omega|cartier|louis\s*vuitton|\blv\b|gucci|prada|chanel|herm[eè]s|dior|balenciaga|"
    r"nike|jordan|\baj\b|adidas|yeezy|ray-?ban|耐克|阿迪|椰子|莆田"
)
_GOODS = (
    r"watch(?:es)?|(?:hand)?bags?|sneakers|shoes|purses?|torebk\w*|zegark\w*|torb\w*|"
    r"час(?:ы|ов)|сумк\w*|кроссовк\w*|reloj(?:es)?|bolsos?|bolsas?|montres?|sacs?|"
    r"rel[oó]gios?|túi|đồng\s*hồ|giày|çanta|saat|가방|시계|신발|手表|包包|鞋|球鞋"
)
_REPLICA = (
    r"replicas?|réplicas?|répliques?|replik\w*|реплик\w*|копи[яи]\s*1\s*:\s*1|"
    r"fake|hàng\s*(?:fake|nhái|super\s*fake)|imitaci[oó]n|sahte|레플리카|레플|"
    r"复刻|高仿|一比一|纯原|a货"
)
_COUNTERFEIT = regex.compile(
    rf"(?:{_REPLICA}).{{0,60}}(?:{_BRANDS}|{_GOODS}|\b1\s*:\s*1\b)"
    rf"|(?:{_BRANDS}|{_GOODS}).{{0,60}}(?:{_REPLICA})"
    rf"|(?:{_BRANDS}|{_GOODS}).{{0,60}}\b1\s*:\s*1\b",
    regex.IGNORECASE | regex.DOTALL,
)
_ESSAY = regex.compile(
    r"essay\s*writing\s*service|write\s*(?:my|your)\s*(?:essay|paper|thesis|dissertation)|"
    r"essays?\s*for\s*sale|plagiarism[-\s]*free|ghost\s*-?writ\w*|"
    r"(?:essay|homework|dissertation|thesis|assignment)\s*help\s*(?:service|online)|"
    r"redacci[oó]n\s*de\s*(?:ensayos|tesis)|(?:ensayos|tesis)\s*por\s*encargo|sin\s*plagio|"
    r"r[ée]daction\s*de\s*(?:m[ée]moires?|th[eè]ses?|dissertations?)|sans\s*plagiat|"
    r"trabalhos?\s*acad[eê]micos?\s*(?:sob\s*encomenda|prontos?)|tcc\s*pronto|sem\s*pl[aá]gio|"
    r"pisanie\s*prac|prace?\s*(?:magistersk\w*|licencjack\w*|zaliczeniow\w*)\s*na\s*zam[oó]wienie|"
    r"bez\s*plagiatu|"
    r"написани[ея]\s*(?:курсов\w*|дипломн\w*|диссертац\w*|рефератов)|"
    r"(?:курсов\w*|дипломн\w*)\s*на\s*заказ|без\s*плагиата|"
    r"代写|论文代|viết\s*thuê|làm\s*(?:luận\s*văn|tiểu\s*luận)\s*thuê|"
    r"ödev\s*yaptır\w*|tez\s*yaz(?:dırma|ım\s*hizmeti)|과제\s*대행|논문\s*대필|대필",
    regex.IGNORECASE,
)
_INHERITANCE_WORD = (
    r"inheritance|herencia|h[ée]ritage|heran[cç]a|spadek|spadku|наследств\w*|спадщин\w*|"
    r"遗产|遺産|di\s*sản|ميراث|تركة|विरासत|유산|miras|dhaxal|erbschaft|nachlass|warisan"
)
_STRANGER_HEIR = (
    r"next\s*of\s*kin|beneficiar\w*|b[ée]n[ée]ficiaire|beneficjent\w*|бенефициар\w*|"
    r"barrister|late\s*client|deceased\s*client|unclaimed|relative\s*of\s*yours|"
    r"your\s*(?:late\s*)?relative|same\s*(?:sur|last\s*)name|"
    r"pariente\s*suyo|su\s*pariente|difunto\s*cliente|no\s*reclamad\w*|"
    r"parent\s*[àa]\s*vous|feu\s*(?:mon\s*)?client|non\s*r[ée]clam\w*|"
    r"seu\s*parente|falecido\s*cliente|n[aã]o\s*reclamad\w*|"
    r"tw[oó]j\s*krewny|zmarł\w*\s*klient\w*|"
    r"ваш\w*\s*родственник\w*|покойн\w*\s*клиент\w*|невостребованн\w*|"
    r"已故客户|无人认领|近亲|người\s*thân\s*của\s*bạn|قريب\s*لك|المستفيد|"
    r"आपके\s*रिश्तेदार|당신의\s*친척|akraban\w*|ehli\s*waaye|ahli\s*waris"
)
#: Session 19 (scams19): the estate named by its owner's death without heirs or by a lawyer's
#: late client, with no word for "inheritance" ("توفي عميل ... بدون وريث ... 8.5 مليون دولار",
#: "marehemu mteja wangu aliyefariki bila warithi. Ameacha dola milioni 7.5"), or the fortune
#: offered to be shared with the reader ("tugawane fedha hizi 50/50", "split it 50/50").
_NO_HEIR = (
    r"without\s*(?:any\s*)?(?:an\s*)?heirs?|no\s*(?:known\s*|living\s*)?heirs?|"
    r"sin\s*herederos?|sans\s*h[ée]ritiers?|sem\s*herdeiros?|bez\s*spadkobierc\w*|"
    r"без\s*(?:наследник\w*|спадко[єe]мц\w*)|(?:بدون|بلا|دون|من\s*غير)\s*(?:وريث|ورثة)|"
    r"bila\s*(?:m|wa)?rithi|hana\s*(?:m|wa)?rithi|hakuna\s*(?:m|wa)?rithi|"
    r"没有继承人|无继承人|無繼承人|không\s*có\s*người\s*thừa\s*kế|mirasçısız|"
    r"वारिस\s*(?:के\s*बिना|नहीं)|उत्तराधिकारी\s*(?:बिना|नभएको|नहीं)|san\s*eritye|"
    r"pa\s*gen\s*eritye|walang\s*tagapagmana|"
    r"late\s*client|deceased\s*client|marehemu\s*mteja|mteja\s*wangu\s*(?:marehemu|aliyefariki)|"
    r"(?:توفي|توفى|مات)\s*(?:\w+\s*){0,2}?(?:عميل|موكل)\w*|(?:عميل|موكل)\w*\s*(?:\w+\s*){0,2}?"
    r"(?:توفي|توفى|المتوفى|الراحل)|cliente\s*(?:fallecido|difunto)|feu\s*(?:mon\s*)?client|"
    r"falecido\s*cliente|покойн\w*\s*клиент\w*|померл\w*\s*клі[єe]нт\w*|已故客户|已故的客户"
)
_ESTATE_SUM = (
    r"million\w*|milion\w*|mill[oó]n\w*|milh[oõ]\w*|milioni|мил+ион\w*|міль[йя]он\w*|"
    r"مليون|ملايين|百万|萬|万|triệu|करोड|लाख"
)
_SHARE_WITH_READER = (
    r"(?:share|split|divide)\w*\s*(?:\w+\s*){0,4}?50\s*[/:-]\s*50|tugawane|"
    r"(?:نتقاسم|نقتسم|نتشارك)\w*|(?:repartir|compartir|dividir)\w*\s*(?:\w+\s*){0,4}?50\s*[/%]"
    r"|partager\s*(?:\w+\s*){0,4}?50\s*[/%]|50\s*/\s*50"
)
#: ... written by a lawyer, or offered to be shared: the stranger's windfall, not a resident's
#: lot whose owner died without heirs.
_LAWYER = regex.compile(
    r"barrister|attorney|lawyer|solicitor|المحامي|محام\w*|wakili|abogad[oa]|avocat|advogad[oa]"
    r"|адвокат\w*|юрист\w*|律师|律師|वकील|avoka|abogado|rechtsanwalt|" + _SHARE_WITH_READER,
    regex.IGNORECASE,
)
_INHERITANCE = regex.compile(
    rf"(?:{_INHERITANCE_WORD}).{{0,120}}(?:{_STRANGER_HEIR})"
    rf"|(?:{_STRANGER_HEIR}).{{0,120}}(?:{_INHERITANCE_WORD})",
    regex.IGNORECASE | regex.DOTALL,
)
_HEIRLESS = regex.compile(
    rf"(?:{_NO_HEIR}).{{0,160}}?(?:{_ESTATE_SUM}|{_SHARE_WITH_READER})"
    rf"|(?:{_ESTATE_SUM}).{{0,160}}?(?:{_NO_HEIR})",
    regex.IGNORECASE | regex.DOTALL,
)


#: Session 21 (scams21): the same letter with the fortune in figures and "no next of kin"
#: ("leaving deposit of USD $7,500,000 with no next of kin"), read only when the writer
#: introduces themselves as the lawyer ("I am Barrister ...", "personal attorney to the late
#: ..."): a resident may write that the county holds "$3,400,000 of estates with no next of
#: kin", and that "a lawyer told me".
_FORTUNE = r"(?:[$€£]\s*\d{1,3}(?:[,.]\d{3}){2,}|\d[\d.,]*\s*million)"
_NEXT_OF_KIN_SUM = regex.compile(
    rf"(?:no|without\s*(?:a|any)?)\s*next\s*of\s*kin.{{0,160}}?{_FORTUNE}"
    rf"|{_FORTUNE}.{{0,160}}?(?:no|without\s*(?:a|any)?)\s*next\s*of\s*kin",
    regex.IGNORECASE | regex.DOTALL,
)
_SELF_LAWYER = regex.compile(
    r"\bi\s*am\s*(?:a\s*|the\s*)?(?:barrister|attorney|lawyer|solicitor)|personal\s*(?:attorney"
    r"|lawyer)\s*to",
    regex.IGNORECASE,
)


def _heirless_estate(text: str) -> regex.Match[str] | None:
    """Session 19: a fortune in millions left without heirs or by a late client, in a text
    written by a lawyer or offering to share it (see :data:`_NO_HEIR`)."""
    found = _HEIRLESS.search(text)
    if found is not None and _LAWYER.search(text) is not None:
        return found
    found = _NEXT_OF_KIN_SUM.search(text)
    if found is None or _SELF_LAWYER.search(text) is None:
        return None
    return found


_DATING = regex.compile(
    # Session 18 (scams18b): "local singles", "singles near <town> want to meet".
    r"hot\s*singles|local\s*singles|singles\s*near\s*(?:\w+\s*){1,3}?(?:want|waiting|looking)|"
    r"(?:lonely|single|horny|sexy)\s*(?:women|girls|ladies|wives|moms|milfs)|"
    r"(?:women|girls|ladies|singles)\s*(?:in|near)\s*(?:your\s*(?:area|city|town)|you)|"
    r"i\s*saw\s*your\s*profile|j'ai\s*vu\s*votre\s*profil|"
    r"samotne\s*(?:kobiety|dziewczyny|panie)|(?:kobiety|dziewczyny)\s*z\s*twojej\s*okolicy|"
    r"(?:chicas|mujeres)\s*(?:solteras|solas|calientes)|vi\s*tu\s*perfil|"
    r"(?:femmes|filles)\s*(?:c[ée]libataires|seules|chaudes)|j'ai\s*vu\s*ton\s*profil|"
    r"(?:mulheres|garotas|meninas)\s*(?:solteiras|sozinhas)|vi\s*seu\s*perfil|"
    r"одинок\w*\s*(?:девушк\w*|женщин\w*)|девушки\s*(?:твоего|вашего)\s*города|"
    r"самотн\w*\s*(?:дівчат\w*|жінк\w*)|"
    r"寂寞(?:少妇|女)|同城(?:约|交友|美女)|约炮|"
    r"gái\s*xinh\s*(?:gần|cô\s*đơn)|(?:gái|em)\s*cô\s*đơn|"
    r"yalnız\s*(?:kadınlar|bayanlar)|외로운\s*(?:여성|여자)|"
    r"bagong\s*kakilala\s*na\s*babae|malungkot\s*na\s*(?:babae|dalaga)|"
    r"einsame\s*(?:frauen|damen)|singles\s*aus\s*deiner|"
    r"h[eẹ]n\s*h[oò]\s*nghi[eê]m\s*t[uú]c",
    regex.IGNORECASE,
)
#: Round 25: a romance opener addressed to another commenter: the reader's comment or profile
#: read, then the writer's heart or loneliness ("I read your comment about the harbor and you
#: sound like a caring person ... I lost my wife", "I came across your comment and your kindness
#: touched my heart ... a widower"). A resident answering a neighbour argues about the item.
_ROMANCE = regex.compile(
    r"(?:read|saw|seen|came\s*across|noticed|found)\s*your\s*(?:comment|post|profile|photo|"
    r"picture|message)s?\b.{0,240}?"
    r"(?:caring\s*(?:person|heart|woman|man|lady)|your\s*kindness|touched\s*my\s*heart|"
    r"widow(?:er)?\b|lost\s*my\s*(?:wife|husband)|know\s*you\s*better|get\s*to\s*know\s*you|"
    r"friends?\s*and\s*(?:maybe|perhaps)\s*more|someone\s*(?:honest|special|caring)|"
    r"lonely|soul\s*mate|soulmate)"
    # Session 18: the same opener in the languages of the seats ("J'ai vu votre commentaire et
    # mon cœur me dit ...", "Ua ou vaʻai i lou ata ma ua ou fiafia ia te oe", "Waxaan arkay
    # magacaaga ... isbarano"), and the writer seeking someone honest to marry.
    r"|(?:j'ai\s*(?:vu|lu)\s*(?:votre|ton)|vi\s*(?:tu|su)|le[ií]\s*(?:tu|su)|"
    r"arkay\s*(?:magacaaga|sawirkaaga|sawiradaada|faalladaada|qoraalkaaga)|"
    r"va\p{L}?ai\s*(?:i\s*)?lou\s*(?:ata|fa\p{L}?amatalaga|igoa)|nakita\s*ko\s*ang\s*(?:iyong|yong)|"
    r"nabasa\s*ko\s*ang\s*(?:comment|post|mensahe)\s*mo)"
    r".{0,240}?"
    r"(?:c(?:œ|oe)ur|personne\s*de\s*confiance|veuve?\b|seule?\b|mieux\s*vous\s*conna[iî]tre|"
    r"coraz[oó]n|persona\s*(?:sincera|honesta|especial)|viud[oa]|conocerte|"
    r"isbarano|jacayl|qof\s*wanaagsan|fiafia\s*ia\s*te\s*oe|alofa|puso|makilala\s*ka|"
    r"seryosong\s*relasyon|serious\s*relationship|relaci[oó]n\s*seria|relation\s*s[ée]rieuse)"
    # ... or lonely and asking the reader to be a friend or to talk ("寂しいのでお友達になって
    # ください", "একা লাগছে, কথা বলবে?", "je suis seule, parlons").
    r"|(?:(?:i'?m|i\s*am|i\s*feel|feeling)\s*(?:so\s*|very\s*)?lonely|寂しい|さびしい|একা\s*লাগছে|cô\s*đơn|외로워|одиноко|je\s*suis\s*seule|"
    r"me\s*siento\s*sola|estoy\s*sola).{0,60}?"
    r"(?:be\s*my\s*friend|talk\s*to\s*me|chat\s*with\s*me|友達になって|কথা\s*বলবে|"
    r"nói\s*chuyện|친구|поболтать|пообщаться|parler|parlons|hablar|hablemos)"
    r"|(?:looking\s*for|seeking|search(?:ing)?\s*for|busco|cherche|saili|naghahanap\s*ng)\s+"
    r"(?:\w+\s+){0,3}?(?:honest|sincer\w*|serious|faithful|honn[eê]te|s[ée]rieuse?|"
    r"faamaoni|tapat)\b.{0,60}?(?:marry|marriage|wife|husband|casar\w*|[ée]pous\w*|mariage|"
    r"fa\p{L}?aipoipo|mapangasawa|pakasalan)"
    r"|أبحث\s*عن\s*(?:رجل|امرأة|شريك\w*|زوج\w*)\s*(?:صادق\w*|جاد\w*|أمين\w*)"
    r"|(?:cherche|recherche)\s*(?:une\s*|un\s*)?relation\s*(?:durable|s[ée]rieuse)"
    # Session 18 (scams18b): the opener in Arabic ("رأيت تعليقك ... قلبك الطيب ... أتعرف عليك"),
    # Vietnamese ("Em thấy anh bình luận ... làm quen") and Tagalog without its article
    # ("Nakita ko comment mo ... mabait ka ... makilala").
    r"|(?:رأيت|قرأت|شاهدت|لاحظت)\s*(?:تعليقك|منشورك|صورتك|ملفك|رسالتك)"
    r".{0,240}?(?:قلب|طيب|صادق|أتعرف\s*عليك|التعرف\s*عليك|وحيد|أرمل)"
    r"|(?:th[aấ]y|đ[oọ]c)\s*(?:anh|ch[iị]|em|b[aạ]n)\s*(?:b[iì]nh\s*lu[aậ]n|comment|vi[eế]t)"
    r".{0,240}?(?:l[aà]m\s*quen|c[oô]\s*đ[oơ]n|t[oố]t\s*b[uụ]ng|d[eễ]\s*th[uư][oơ]ng)"
    r"|nakita\s*ko\s*(?:ang\s*)?(?:iyong\s*)?(?:comment|post|profile|picture|litrato)\s*mo"
    r".{0,240}?(?:mabait|makilala|puso|malungkot)"
    # Session 19 (scams19): the same opener in Armenian ("Տեսա քո գրառումը և ուզում եմ
    # ծանոթանալ"), Hmong ("Kuv pom koj cov lus thiab kuv xav paub koj"), Haitian Creole ("Mwen wè
    # foto w e kè m bat ... konnen w pi byen"), Russian and Ukrainian, German, Portuguese,
    # Swahili, Chinese, Hindi and Nepali: the reader's words or photo seen, then a wish to know
    # them, the writer's heart or loneliness.
    r"|(?:տեսա|կարդացի)\s*(?:քո|ձեր)\s*\w+.{0,240}?(?:ծանոթանալ|ծանոթ|սիրտ|սրտ|միայնակ|սիրելի)"
    r"|kuv\s*(?:tau\s*)?(?:pom|nyeem)\s*koj\s*(?:cov|tej|daim|lo|cov\s*lus|tus)?\s*\w+"
    r".{0,240}?(?:xav\s*paub\s*koj|sib\s*paub|hlub|kho\s*siab|poj\s*ntsuam|txiv\s*ntsuam)"
    r"|(?:mwen|m)\s*(?:te\s*)?(?:w[eè]|li)\s*(?:foto|p[oò]s|k[oò]mant[eè]|mesaj|pwofil|"
    r"pwof[iì]l|imaj)\s*(?:w|ou)\b.{0,240}?(?:k[eè]\s*m|konnen\s*(?:w|ou)|renmen|poukont|"
    r"s[eè]l\s*mwen|vèv|vev)"
    r"|(?:увидел\w*|прочитал\w*|побачи\w*|прочита\w*)\s*(?:ваш\w*|тво\w*)\s*"
    r"(?:коммент\w*|комент\w*|фото\w*|профил\w*|пост\w*|допис\w*|сообщени\w*)"
    r".{0,240}?(?:познаком\w*|познайом\w*|сердц\w*|серц\w*|одино\w*|самотн\w*|вдов\w*)"
    r"|(?:deinen?|ihren?)\s*(?:kommentar|beitrag|profil|foto|bild)\s*(?:gesehen|gelesen)"
    r".{0,240}?(?:kennenlernen|herz|einsam|witwe)"
    r"|vi\s*(?:o\s*|a\s*)?(?:seu|teu|sua|tua)\s*(?:coment[aá]rio|perfil|foto|post|mensagem)"
    r".{0,240}?(?:conhec[eê]-?l[oa]|te\s*conhecer|conhecer\s*voc[eê]|cora[cç][aã]o|sozinh|vi[uú]v)"
    r"|(?:nimeona|niliona|nimesoma|nilisoma)\s*(?:maoni|picha|chapisho|ujumbe)\s*(?:yako|lako|wako)"
    r".{0,240}?(?:kukufahamu|kukujua|moyo|mpweke|mjane|upendo)"
    r"|(?:看到|看了|读了|讀了)(?:你|您)的(?:评论|評論|留言|照片|帖子|主页)"
    r".{0,120}?(?:认识你|認識你|认识一下|交个朋友|交個朋友|心|寂寞|单身|單身)"
    r"|(?:आपकी|तुम्हारी|तपाईंको|तिम्रो)\s*(?:टिप्पणी|फोटो|पोस्ट|तस्वीर|कमेन्ट)\s*\S*\s*"
    r"(?:देखी|देखा|पढ़ी|देखें|देखेँ|हेरें|पढें)"
    r".{0,240}?(?:दोस्ती|जानना|दिल|अकेल|चिन्न|साथी|मन\s*पर्यो|एक्लो)",
    regex.IGNORECASE | regex.DOTALL,
)
#: Session 21 (scams21): the writer seeking a sincere partner, a serious relationship or a true
#: friend: the romance opener written without the reader's comment ("Ndashaka inshuti nyayo yo
#: kuganira nayo", I want a true friend to talk to; "kërkoj një mik serioz"; "шукаю щиру жінку
#: для серйозних стосунків"; "busco una relación seria"). A verb of seeking in the first person
#: and, within a few words, a partner, a friend or a relationship called serious, sincere, honest,
#: true or faithful, in the languages of the seats so far and of the common immigrant ones. A
#: resident seeks answers, volunteers, a partner for a project, not a sincere woman.
_SEEK = (
    r"(?:i'?m|i\s+am)\s+(?:\w+\s+)?(?:looking|searching)\s+for|i\s+(?:seek|want|need)\b|seeking"
    r"|busco|estoy\s+buscando|je\s+(?:re)?cherche|procuro|estou\s+procurando|ищу|шукаю"
    r"|tra[žz]im|тражим|k[eë]rkoj|ar[ıi]yorum|qidir(?:yapman|aman)|izla(?:yapman|yman)"
    r"|ndashak(?:a|isha)|(?:ni)?natafuta|raadinayaa|doonayaa|ich\s+suche"
    r"|دنبال|جستجوی|لټوم|ڈھونڈ|تلاش|מחפש(?:ת)?|זוך|ვეძებ|寻找|想找|找一个|找个|digerim"
)
_SINCERE_TIE = (
    r"(?:serious|sincere|honest|true|faithful|loving)\s+(?:relationship|woman|man|lady|gentleman"
    r"|friend(?!\s+(?:of|to|for)\b)|companion|wife|husband|love)\b|soul\s*mate|life\s*partner"
    r"|(?:relaci[oó]n|mujer|hombre|amig[oa]|pareja|compa[ñn]er[oa])\s+(?:seri[oa]|sincer[oa]"
    r"|honest[oa]|verdader[oa]|fiel)|(?:verdader[oa]|fiel)\s+(?:amig|amor|pareja)"
    r"|(?:relation|femme|homme|amie?|compagne|compagnon)\s+(?:s[ée]rieu(?:x|se)|sinc[eè]re"
    r"|honn[eê]te|fid[eè]le)|vraie?\s+(?:amie?|amour)|[âa]me\s+s[oœ]ur"
    r"|(?:серь[её]зн|искренн|честн|настоящ|верн)\w*\s+(?:отношени|женщин|мужчин|друг|подруг"
    r"|любов|спутни)\w*|(?:серйозн|щир|чесн|справжн|вірн)\w*\s+(?:стосунк|жінк|чоловік|друг"
    r"|подруг|кохан)\w*|(?:втору|другу)\s+половинку"
    r"|(?:ozbiljn|iskren|po[šs]ten|prav)\w*\s+(?:vez|[žz]en|mu[šs]kar|prijatelj|ljubav)\w*"
    r"|(?:mik|mike|shoqe|shok|grua|burr[eë]|lidhje)\s+(?:serioz\w*|t[eë]\s+sinqert\w*"
    r"|besnik\w*|t[eë]\s+v[eë]rtet\w*)"
    r"|ciddi\s+(?:bir\s+)?(?:ili[sş]ki|arkada[sş]|beraberlik|evlilik)\w*"
    r"|d[uü]r[uü]st\s+(?:bir\s+)?(?:kad[ıi]n|erkek|e[sş])\b|ger[cç]ek\s+(?:bir\s+)?(?:dost|a[sş]k)\b"
    r"|jiddiy\s+(?:munosabat|do.?st|turmush)\w*|samimiy\s+(?:do.?st\w*|ayol|erkak)"
    r"|inshuti\s+(?:nyayo|y.?ukuri)|urukundo\s+nyarwo"
    r"|(?:uhusiano|mpenzi|mwenzi)\s+(?:wa\s+)?(?:dhati|kweli|mzito|makini|mwaminifu)"
    r"|(?:xiriir|saaxiib\w*|lammaane)\s+(?:dhab\w*|daacad\w*)"
    r"|(?:رابطه|دوست|همسر)\S*\s+(?:جدی|صادق|واقعی|وفادار)|(?:ریښتینی|رښتینی)\s+(?:ملګر|مینه)\S*"
    r"|جدي\s+اړیک\S*|(?:سنجیدہ|سچا|سچی|مخلص)\s+(?:رشتہ|دوست|ساتھی|تعلق|محبت)"
    r"|(?:קשר|זוגיות|אישה|גבר|חבר|חברה)\s+(?:רציני\S*|כנה|אמית\S*|נאמנ\S*)"
    r"|ערנסט\S*\s+(?:שידוך|באציונג|פריינט)|სერიოზულ\S*\s+ურთიერთობ\S*"
    r"|ერთგულ\S*\s+(?:მეგობარ|ქალ|კაც)\S*"
    r"|认真(?:的)?(?:感情|交往|恋爱|关系)|真诚(?:的)?(?:朋友|交友|感情)|人生伴侣"
    r"|(?:hevalek|jinek|m[êe]rek|t[êe]kiliyek)\s+(?:cidd[îi]|rast[îi]n|dilsoz)"
    r"|ernsthafte\s+beziehung|ehrliche\w*\s+(?:frau|mann)"
)
_SEEKING_PARTNER = regex.compile(
    rf"(?<![\p{{L}}])(?:{_SEEK})(?![\p{{L}}]).{{0,80}}?(?:{_SINCERE_TIE})"
    # ... or the tie before the verb, in the languages that put the verb last ("jiddiy
    # munosabat qidiryapman", "ciddi bir ilişki arıyorum", "სერიოზულ ურთიერთობას ვეძებ").
    rf"|(?:{_SINCERE_TIE})[^.!?\n]{{0,40}}?(?<![\p{{L}}])(?:{_SEEK})(?![\p{{L}}])",
    regex.IGNORECASE | regex.DOTALL,
)
#: Session 18 (scams18b): the romance scammer's persona, introduced by the writer: a soldier, a
#: doctor with the United Nations, an engineer on an oil rig ("mwen se yon sòlda ameriken nan
#: Afganistan", "أنا طبيبة أعمل في الأمم المتحدة", "I am a US Army doctor on a peacekeeping
#: mission"), with an endearment to the reader or a messenger to move to. A resident who served
#: writes of the item, and calls no stranger "dear" or "chéri".
_PERSONA = (
    r"(?:soldier|sergeant|army|military|marine\s*corps|peace\s*keep\w*|united\s*nations|\bun\s+"
    r"(?:doctor|mission)|oil\s*(?:rig|platform)|offshore\s*(?:rig|platform)|s[oò]lda|soldad[oa]"
    r"|soldat|militair\w*|militar\w*|ej[ée]rcito|arm[ée]e|lame\s+ameriken|plataforma\s*petrol"
    r"|plate-?forme\s*p[ée]troli\w*|جندي|الجيش|الأمم\s*المتحدة|منصة\s*(?:نفط|بترول)"
    r"|qu[aâ]n\s*đ[oộ]i|binh\s*s[iĩ]|li[eê]n\s*h[iợ]p\s*qu[oố]c|giàn\s*khoan|sundalo)"
)
_ENDEARMENT = (
    r"(?:\b(?:hello|hi|my)\s+dear(?:est)?\b|\bdear(?:est)?\s*[,!]|\bdarling|\bhoney\b|sweetheart|\bch[eé]rie?\b|querid[oa]|cari[nñ]o"
    r"|mi\s*amor|mon\s*amour|\bmahal\b|عزيزي|عزيزتي|حبيبي|حبيبتي|anh\s*y[eê]u|em\s*y[eê]u"
    r"|whats\s*app|telegram|hangouts?)"
)
_PERSONA_RE = regex.compile(
    rf"(?:{_PERSONA}).{{0,120}}?{_ENDEARMENT}|{_ENDEARMENT}.{{0,100}}?(?:{_PERSONA})",
    regex.IGNORECASE | regex.DOTALL,
)
#: Session 18 (scams18b): the dying donor's letter: the writer ill with cancer and a fortune
#: left for a stranger to give to charity ("وأنا مريضة بالسرطان ... شخص أمين يستخدم المال في
#: أعمال الخير", "I have cancer and need an honest person to distribute my funds to charity").
_DYING_DONOR = regex.compile(
    r"(?:cancer|c[aá]ncer|cancro|krebs|рак\w*|سرطان|السرطان|ung\s*th[uư]|kanser|kans[eè])"
    r".{0,200}?(?:charit\w*|caridad|beneficencia|charit[ée]|caridade|أعمال\s*الخير|الخير"
    r"|orphan\w*|hu[eé]rfan\w*|orphelin\w*|honest\s*person|trustworthy|أمين|persona\s*honesta"
    r"|personne\s*honn[eê]te|t[uừ]\s*thi[eệ]n)",
    regex.IGNORECASE | regex.DOTALL,
)
#: Session 18: an allowance offered by a "sugar daddy", a sum by the week or the month ("Ngang
#: emon sugar daddy, upwe ngonuk $500 iteiten wiik", "مصروف أسبوعي 1000 دولار بدون لقاء"). A
#: resident calling a developer the town's "sugar daddy" names no allowance.
_ALLOWANCE = regex.compile(
    r"sugar\s*(?:daddy|dady|mommy|mummy|mama|momma|baby)\b.{0,80}?(?:[$€£]\s*\d|\d[\d,.]{0,14}+\s*"
    r"(?:dollars?|usd|euros?|dola))"
    r"|(?:weekly|monthly)\s*allowance|allowance\s*of\s*[$€£]\s*\d|"
    r"mesada\s*(?:semanal|mensual)|argent\s*de\s*poche\s*(?:hebdomadaire|mensuel)|"
    r"مصروف\s*(?:أسبوعي|اسبوعي|شهري)|تمويل\s*شهري",
    regex.IGNORECASE | regex.DOTALL,
)
#: Session 18: a wrong-number opener, the first message of a "pig-butchering" scam, left as a
#: comment: the reader asked whether they are a named person, and the writer's apology or the
#: number they were given ("Hi, is this Mr. Jensen? ... Sorry if I have the wrong person!",
#: "¿eres Carlos? Me dieron este número ... Si no eres tú, perdón"). A resident answering a
#: neighbour by name does not ask who the reader is nor apologise for writing to them.
_WHO_ARE_YOU = regex.compile(
    r"(?i:\bis\s*(?:this|that|it)|\bare\s*you|[¿]?\s*eres|[¿]?\s*es\s*usted|c'est\s*(?:bien\s*)?"
    r"|[eê]tes[-\s]vous|tu\s*es|voc[eê]\s*[eé]|ikaw\s*ba\s*si|bạn\s*(?:có\s*)?(?:phải\s*)?là)"
    r"\s*(?i:(?:mr|mrs|ms|miss|dr|señor|señora|sr|sra|monsieur|madame|mme|m)\.?\s*)?"
    r"\p{Lu}\p{L}+(?:\s*\p{Lu}\p{L}+)?\s*\?"
)
#: Session 24 (spend24): the same question in Japanese, Chinese and Korean, whose names have no
#: capitals: a name with its honorific asked about ("田中さんですか？", "请问是王先生吗？",
#: "김민수 씨 맞나요?").
_WHO_ARE_YOU_CJK = regex.compile(
    r"\p{Han}{1,4}\s*(?:さん|様|さま)\s*(?:ですか|でしょうか)\s*[？?]"
    r"|(?:请问|請問)?(?:你|您)?是\p{Han}{1,4}(?:先生|小姐|女士|老师|老師)?(?:吗|嗎)\s*[？?]"
    r"|\p{Hangul}{2,4}\s*(?:씨|님)\s*(?:맞나요|맞으세요|맞죠|이세요|인가요|세요)\s*[？?]"
    # Session 27 (spend27a): "am I speaking with NAME?" in Urdu and Hindi, whose names have no
    # capitals either.
    r"|کیا\s*میں\s*[^؟?.۔]{1,30}?\s*سے\s*بات\s*کر\s*(?:رہا|رہی)\s*ہوں\s*[؟?]"
    r"|क्या\s*मैं\s*[^?।.]{1,30}?\s*से\s*बात\s*कर\s*(?:रहा|रही)\s*हूँ\s*\?"
)
_WRONG_PERSON = regex.compile(
    # Session 24 (spend24): a number or a person mistaken, in Japanese, Chinese and Korean.
    r"番号を?間違|間違えて(?:い|た)|人違い|打错|打錯|发错|發錯|加错|加錯|认错人|認錯人"
    r"|번호를?\s*잘못|잘못\s*(?:보냈|연락)|"
    r"wrong\s*(?:person|number|contact)|if\s*(?:this\s*is|you\s*are|you're)\s*not\b|"
    r"(?:gave|given|got|have)\s*(?:me\s*)?(?:this|your)\s*(?:number|contact)|"
    r"si\s*no\s*(?:eres|es)\s*(?:t[uú]|usted)|me\s*(?:dieron|pasaron)\s*(?:este|tu|su)\s*n[uú]mero|"
    r"n[uú]mero\s*equivocad\w*|persona\s*equivocada|mauvais(?:e)?\s*(?:num[ée]ro|personne)|"
    r"tromp[ée]\w*\s*de\s*(?:num[ée]ro|personne)|si\s*ce\s*n'est\s*pas\s*(?:vous|toi)|"
    r"n[uú]mero\s*errado|pessoa\s*errada|nh[aầ]m\s*s[oố]|nh[aầ]m\s*ng[uư][oờ]i|"
    r"maling\s*(?:numero|tao)|"
    # Session 27 (spend27a): "you gave (me) your number" in Urdu, Hindi and Arabic.
    r"آپ\s*نے\s*[^.۔؟?]{0,40}?(?:اپنا|آپ\s*کا)\s*نمبر\s*دیا"
    r"|आपने\s*[^.।?]{0,40}?(?:अपना|आपका)\s*(?:नंबर|नम्बर)\s*दिया"
    r"|[اأ]عطيتني\s*رقمك"
    # Session 29 (spend29a): "I got the wrong one" and "I was given this number" in Russian and
    # Ukrainian.
    r"|ошиб(?:лась|ся|лись)|помилил(?:ася|ся|ись)|(?:мне|мені)\s*дали\s*(?:этот|ваш|твой|цей|твій)\s*номер",
    regex.IGNORECASE,
)
#: Round 25: a legal claim solicited from strangers by a firm's lead line ("Were you or a loved
#: one diagnosed with ... after living near a refinery? You may be entitled to significant
#: financial compensation. No fee unless we win. Call ..."). A resident who tells neighbours
#: FEMA may owe them something names no diagnosis and no fee.
_LEGAL_LEAD = regex.compile(
    r"no\s*fees?\s*unless\s*(?:we|you)\s*win|free\s*case\s*(?:review|evaluation)|"
    # Session 19 (scams19): the fee named ("No attorney fees unless you get paid"), and the
    # mass-tort lead line: "you or a loved one" prescribed or exposed, then money owed.
    r"no\s*(?:attorney|legal|lawyer|upfront)\s*fees?\s*unless|"
    r"you\s*or\s*a\s*loved\s*one\b.{0,80}?\b(?:prescribed|diagnosed|exposed|injured|harmed)"
    r"\b.{0,200}?\b(?:owed|entitled|compensation|settlement\s*(?:money|payment|payout))\b|"
    # Session 18: the same contingency for a claim or a sale ("No fees unless you close", "a
    # small fee taken only from what you receive").
    r"no\s*fees?\s*unless\s*(?:we|you)\s*(?:close|collect|recover|receive|get\s*paid)|"
    r"fee\s*(?:\w+\s+){0,2}?(?:only\s*)?from\s*what\s*you\s*(?:receive|recover|collect)|"
    r"(?:diagnosed|injured|exposed)\b.{0,160}?entitled\s*to\s*(?:\w+\s*){0,2}?compensation|"
    r"si\s*no\s*ganamos,?\s*no\s*cobra\w*|evaluaci[oó]n\s*gratuita\s*de\s*su\s*caso|"
    r"(?:diagnosticad\w*|lesionad\w*|expuest\w*)\b.{0,160}?derecho\s*a\s*(?:una\s*)?"
    r"compensaci[oó]n",
    regex.IGNORECASE | regex.DOTALL,
)
#: Session 21 (scams21): pay by the review, the like or the task in Chinese, where the task
#: scam's recruiting has its own words ("刷单", brushing orders; "写好评赚", earning by
#: writing good reviews: "帮餐厅写好评赚点零花钱"): the recruit is later asked to buy into
#: tasks; read with a word of pay beside it (part-time, paid daily, commission, earn), as a
#: resident who complains of landlords' "刷好评" names no pay. The same in other languages
#: ("paid per review", "оплата за каждый отзыв", "pagan por cada reseña") is what residents
#: write of landlords' fake reviews and gig work, and is not read.
_TASK_WORD = r"刷单|刷單|刷好评|刷好評|好评返现|好評返現|点赞|點讚|做任务|做任務|写好评|寫好評"
_TASK_PAY = r"兼职|兼職|日结|日結|佣金|赚|賺|招聘|一单|一單|每单|每單|结算|結算|一条|一條"
_PAID_TASKS = regex.compile(
    rf"(?:{_TASK_WORD}).{{0,20}}?(?:{_TASK_PAY})|(?:{_TASK_PAY}).{{0,20}}?(?:{_TASK_WORD})"
)
#: Round 25: money made at home or online, promised to the reader ("Fè lajan sou entènèt chak
#: jou ak bitcoin", "گھر بیٹھے آن لائن کمائیں", "kiếm tiền online tại nhà").
_EARNINGS = regex.compile(
    r"(?:earn|make)\s*(?:money|cash|\$\s*\d[\d,]*)\s*(?:\w+\s*){0,3}?"
    r"(?:online|from\s*(?:home|your\s*phone))\b|"
    r"f[eè]\s*lajan\s*sou\s*ent[eè]n[eè]t|"
    r"گھر\s*بیٹھے\s*(?:\S+\s*){0,3}?کما|آن\s*لائن\s*کما|घर\s*बैठे\s*(?:\S+\s*){0,3}?कमा|"
    r"ki[eế]m\s*ti[eề]n\s*(?:online|tr[uự]c\s*tuy[eế]n|t[aạ]i\s*nh[aà])|"
    r"gan[ae]\s*dinero\s*(?:desde\s*(?:casa|tu\s*celular)|en\s*l[ií]nea|online)|"
    r"ganhe\s*dinheiro\s*(?:em\s*casa|online|pela\s*internet)|"
    r"gagne[rz]?\s*de\s*l'argent\s*(?:en\s*ligne|depuis\s*chez\s*vous)|"
    r"заработ\w*\s*(?:в\s*интернете|онлайн|не\s*выходя\s*из\s*дома)|"
    # Session 18: profit guaranteed ("ربح مضمون يومياً من تداول العملات الرقمية"), and pay by the
    # day or the hour promised to whoever has no experience ("$400 kada aldaw, awan experience").
    r"guaranteed\s*(?:daily\s*|weekly\s*|monthly\s*)?(?:profits?|returns?|income|earnings)|"
    r"ربح\s*مضمون|أرباح\s*مضمونة|ganancias?\s*garantizadas?|profits?\s*garantis?|"
    r"lucros?\s*garantidos?|gwarantowan\w*\s*zysk\w*|гарантированн\w*\s*(?:доход|прибыл)\w*|"
    r"稳赚|保证收益|l[oợ]i\s*nhu[aậ]n\s*[dđ][aả]m\s*b[aả]o|"
    r"[$€£]\s*+\d[\d,.]{0,14}+\s*(?:\S+\s+){0,3}?[^.!?\n]{0,60}?"
    r"(?:no|awan|walang|sin|sans|bila|bez|без|kh[oô]ng\s*c[aầ]n|بدون|hakuna)\s*"
    r"(?:\w+\s*)?(?:experience|eksperyensya|karanasan|experiencia|exp[ée]rience|uzoefu|"
    r"do[sś]wiadczenia|опыта|kinh\s*nghi[eệ]m|خبرة|khibrad)",
    regex.IGNORECASE,
)
#: Session 18: pay by the hour, day, week or month promised to the reader ("Gagnez 3 000 € par
#: semaine depuis chez vous", "Kumita ng ₱50,000 sa isang linggo sa crypto", "touche 300 dola
#: chak jou", "Заработок ... 50 000 рублей в неделю"), or promised to whoever has no experience
#: ("Pa bezwen eksperyans", "Aucune expérience requise") beside a sum. Read only in a text not
#: in a resident's own voice: a resident writes of what they or the plant's workers make.
_EARN_VERB = (
    r"earn\w*|make|making|gagne[rz]?|gan[ae]s?|ganhe|kumita|touche[rz]?|ki[eế]m|"
    r"заработ\w*|зарабат\w*|verdien\w*|vedien\w*|gaji|totogi|sahod|mushahar\w*|salary|"
    r"salario|salaire|income|ingresos?|revenus?"
)
_PER_TIME = (
    r"(?:per|a|an|each|every|par|por|al|la|sa\s*isang|chak|kada|bawat|в|за|i\s*le|/)\s*"
    r"(?:hour|hr|day|week|month|heure|jour|semaine|mois|hora|d[ií]a|semana|mes|linggo|araw|"
    r"oras|jou|sem[eè]n|mwa|hari|minggu|bulan|день|неделю|месяц|час|itula|aso|vaiaso)\b"
)
_NO_EXPERIENCE = (
    r"(?:no|awan|walang|sin|sans|aucune|bila|bez|без|kh[oô]ng\s*c[aầ]n|بدون|hakuna|"
    r"pa\s*bezwen|le\s*mana.?omia\s*se)\s*(?:\w+\s+)?(?:experience|eksperyensya|karanasan|"
    r"experiencia|exp[ée]rience|eksperyans|uzoefu|do[sś]wiadczenia|опыта|kinh\s*nghi[eệ]m|خبرة|"
    r"khibrad|poto\s*masani)"
)
_PAID_BY_TIME = regex.compile(
    rf"(?<!\w)(?:{_EARN_VERB})(?!\w)[^.!?\n]{{0,40}}?\d[^.!?\n]{{0,30}}?(?<!\w){_PER_TIME}"
    rf"|{_NO_EXPERIENCE}",
    regex.IGNORECASE,
)
_DIGIT = regex.compile(r"\d")


def _paid_by_time(text: str) -> regex.Match[str] | None:
    """Pay by the time promised, or no experience asked beside a sum, in a text not in a
    resident's own voice (see :data:`_PAID_BY_TIME`). Session 27 (spend27b, res27): "no
    experience" needs pay named beside it (:func:`names_pay`: a sum of money, a word of pay,
    or a figure by the time, "200 dola chak jou"), not any figure: a club's class "every 2nd
    Tuesday, 7 pm ... no experience needed" names its hour, a job lure its pay."""
    found = _PAID_BY_TIME.search(text)
    if found is None or _DIGIT.search(text) is None or in_own_voice_cased(text):
        return None
    if _NO_EXPERIENCE_RE.fullmatch(found.group(0)) and not names_pay(text):
        return None  # no experience asked, and no pay named
    return found


#: Session 27 (spend27b): no experience asked alone, which a job lure says beside the pay it
#: promises ("walang experience ... $1,200", "thu nhập 500k-1 triệu/ngày, không cần kinh
#: nghiệm") and a class, an apprenticeship's open house or a volunteer day says beside its
#: date, hour, address and number ("Free, no experience needed. Info: (702) 555-0131"): read
#: as a job's lure only in a text that names pay (:func:`names_pay`).
_NO_EXPERIENCE_RE = regex.compile(_NO_EXPERIENCE, regex.IGNORECASE)
#: Words of pay or income besides :data:`_EARN_VERB` ("thu nhập", "lương", "dinero", "sahod").
_PAY_WORD_RE = regex.compile(
    rf"(?<!\w)(?:{_EARN_VERB}|pay|paid|wages?|thu\s*nh[aậ]p|l[uư][oơ]ng|dinero|sueldo|"
    r"kita|sweldo|dinheiro|argent|verdienst|заработ\w*|зарплат\w*|收入|工资|工資|수입|월급)(?!\w)",
    regex.IGNORECASE,
)


def names_pay(text: str) -> bool:
    """The text names a sum of money, a word of pay or income, or a figure by the time."""
    return (
        money(text)
        or _PAY_WORD_RE.search(text) is not None
        or _PER_TIME_RE.search(text) is not None
    )


#: A figure by the hour, day, week or month ("₱1,500 kada araw", "500k/ngày").
_PER_TIME_RE = regex.compile(
    rf"\d[^.!?\n]{{0,20}}?(?<!\w){_PER_TIME}|\d\s*/\s*ng[aà]y", regex.IGNORECASE
)


#: Session 18: lost money recovered for a fee: the fraud that follows a fraud ("Lost money to a
#: crypto scam? Our recovery agents got back $2.3M", "umepoteza pesa kwa matapeli wa crypto? ...
#: kurudisha pesa zako"). A resident whose money was lost writes of a police report, not of
#: agents who recover it.
_RECOVERY = regex.compile(
    r"\b(?:lost|scammed)\s+(?:\w+\s+){0,4}?(?:to|in|on)\s+(?:\w+\s+){0,3}?"
    r"(?:crypto|bitcoin|scam|fraud|investment|forex)|"
    r"recover\w*\s*(?:your\s*|all\s*)?(?:lost\s*|stolen\s*)?(?:funds|crypto|bitcoin|money|"
    r"assets)|(?:funds?|asset|crypto)\s*recovery|recovery\s*(?:agents?|experts?|specialists?)|"
    r"recuperar?\s*(?:su|tu|sus|tus)\s*(?:dinero|fondos|criptomonedas)|"
    r"r[ée]cup[ée]rer?\s*(?:votre|vos)\s*(?:argent|fonds|cryptos?)|"
    r"umepoteza\s*pesa|kurudisha\s*pesa\s*zako|"
    r"lacagtaada\s*(?:lumay|la\s*xaday)|nawalan\s*ka\s*ng\s*pera|"
    r"вернуть\s*(?:ваши|свои)\s*(?:деньги|средства)|追回(?:损失|资金)|lấy\s*lại\s*tiền",
    regex.IGNORECASE,
)
#: Session 18: sextortion, the reader's recording threatened to be sent to their friends and
#: family unless they pay in Bitcoin ("Adda video-k kenka ... ibaon ti $900 a Bitcoin ...
#: ipatulodko kadagiti gagayyem ken pamiliam"), in any language: a recording, the reader's
#: friends or family, and a coin.
_RECORDING = (
    r"video|vid[eé]o|recording|webcam|camera|grabaci[oó]n|enregistrement|grava[cç][aã]o|"
    r"видео|записи|视频|錄影|動画|동영상|bidyo|ဗီဒီယို|fiidiyow|muuqaal"
    # Session 21 (scams21): the recording in the new seats' languages: Ukrainian, Dari and
    # Persian, Pashto, Urdu, Bosnian, Georgian, Hebrew, Yiddish, Kinyarwanda, Kurmanji.
    r"|відео|запис\w*|ویدیو|ویدئو|ویډیو|ویڈیو|فیلم|snim\w*|ვიდეო|სათვალთვალო|סרטון|וידאו"
    r"|ווידעא|amashusho|v[iî]dyo"
    # Session 25 (spend25b): Hebrew's recording and camera ("הקלטה שלך מהמצלמה"), Arabic's.
    r"|הקלט\p{L}*|מצלמ\p{L}*|تسجيل\p{L}*|فيديو|كاميرا\p{L}*"
)
_FRIENDS = (
    r"friends|contacts|family|relatives|amigos|contactos|familia|amis|famille|gagayyem|"
    r"pamilia\w*|kaibigan|marafiki|familia|asxaab\w*|qoys\w*|друзь\w*|знакомы\w*|родны\w*|"
    r"朋友|家人|友達|家族|친구|가족|မိတ်ဆွေ|bạn\s*bè|gia\s*đình"
    # Session 21 (scams21): the reader's contacts, friends or family in the new seats' languages:
    # Russian and Ukrainian "контакты", "контакти", "друзі", "рідні"; Dari and Persian, Pashto,
    # Urdu; Turkish, Bosnian, Albanian, Uzbek; Georgian, Hebrew, Yiddish; Kinyarwanda, Kurmanji.
    r"|контакт\w*|друз\w*|рідн\w*|сім.?ї|مخاطبین|دوستان|خانواده|ملګر\w*|کورن\w*"
    r"|دوستوں|رشتہ\s*دار\w*|خاندان|ki[sş]iler\w*|arkada[sş]\w*|ailen\w*|kontakt\w*"
    r"|prijatelj\w*|porodic\w*|miq\w*|familj\w*|do[ʻ'‘’]?st(?:lar|ingiz)\w*|oila\w*|კონტაქტ\w*|მეგობრ\w*"
    r"|ოჯახ\w*|אנשי\s*(?:ה)?קשר|חברים|משפחה|פריינט\w*|משפחה|inshuti|umuryango|hevalên\w*"
)
_RECORDING_RE = regex.compile(_RECORDING, regex.IGNORECASE)
_FRIENDS_RE = regex.compile(_FRIENDS, regex.IGNORECASE)
#: Session 21 (scams21): the coin written in Cyrillic, Arabic script, Hebrew, Georgian and the
#: Latin spellings of the Balkans and Central Asia ("біткоїн", "بیت‌کوین", "بٹ کوائن", "ביטקוין",
#: "ბიტკოინ", "bitkoin").
_COIN_RE = regex.compile(
    r"bitcoin|btc|crypto|₿|bitkoin|битко\w*|біткої\w*|біткоі\w*|криптовалют\w*"
    r"|بیت\W?کوین|بيتكوين|بټ\s*کوین|بٹ\s*کوائن|ביטקוין|ბიტკოინ",
    regex.IGNORECASE,
)
#: Characters after the recording's first mention read for the coin and the friends.
SEXTORTION_SPAN = 480


def sextortion(prose: str) -> str | None:
    """Session 18: the words of a threat to send the reader's recording to their friends unless
    they pay in a coin (see :data:`_RECORDING`), within ``SEXTORTION_SPAN`` characters of the
    recording's first mention, or None. Three searches, each linear in the text."""
    recording = _RECORDING_RE.search(prose, 0, MAX_CHARS)
    if recording is None:
        return None
    window = prose[recording.start() : recording.start() + SEXTORTION_SPAN]
    coin, friends = _COIN_RE.search(window), _FRIENDS_RE.search(window)
    if coin is None or friends is None:
        return None
    # Session 21 (scams21): the threat is made to the reader: a word of the second person
    # before or in the window; a resident warning neighbours of it names the scam or says not
    # to pay ("Это мошенники, не платите", "To je prevara, ne plaćajte"), and one telling of
    # a police video shared with families and a crypto ATM speaks to no one.
    before = prose[max(0, recording.start() - SEXTORTION_SPAN) : recording.start()]
    if READER_RE.search(before + " " + window) is None:
        return None
    if reports_a_scam(prose):
        return None
    return f"{recording.group()} ... {coin.group()} ... {friends.group()}"


_BANK_DATA = (
    r"bank\s*(?:details|account(?:\s*(?:number|details|info\w*))?|info\w*|card)|"
    r"account\s*number|card\s*(?:number|details)|routing\s*number|\bssn\b|"
    r"social\s*security\s*number|\bpin\b|"
    r"datos\s*bancarios|n[uú]mero\s*de\s*(?:cuenta|tarjeta)|coordonn[ée]es\s*bancaires|\brib\b|"
    r"dados\s*banc[aá]rios|n[uú]mero\s*do\s*cart[aã]o|dane\s*(?:bankowe|karty)|numer\s*(?:konta|karty)|"
    r"банковск\w*\s*(?:данны\w*|реквизит\w*|карт\w*)|номер\s*(?:карты|счета|счёта)|"
    r"банківськ\w*\s*(?:дан\w*|реквізит\w*|картк\w*)|номер\s*(?:картки|рахунку)|"
    r"银行卡|银行账户|银行账号|卡号|"
    r"حساب\w*\s*البنكي|رقم\s*حساب\w*|بيانات\w*\s*البنكية|"
    r"số\s*tài\s*khoản|thông\s*tin\s*(?:ngân\s*hàng|thẻ)|banka\s*(?:bilgi\w*|hesab\w*)|"
    r"hesap\s*numara\w*|kart\s*bilgi\w*|बैंक\s*(?:खाता|विवरण|डिटेल)|계좌\s*번호|카드\s*번호|"
    r"akoon\w*\s*bangiga|bankverbindung|kontodaten|iban|"
    # Round 25: identity documents asked for with the bank details ("Upload a photo of your
    # driver's license and your bank routing number here: <link>", "cung cấp số An Sinh Xã Hội
    # để xác minh").
    r"driver'?s\s*licen[cs]e|passport\s*(?:photo|number|scan|copy)|photo\s*id|"
    r"licencia\s*de\s*conducir|n[uú]mero\s*de\s*seguro\s*social|permis\s*de\s*conduire|"
    r"s[oố]\s*an\s*sinh\s*x[aã]\s*h[oộ]i|c[aă]n\s*c[uư][oớ]c|cccd"
)
_ASK = (
    r"verify|confirm|enter|update|send|provide|submit|text|share|upload|"
    r"verifi\w*|confirm\w*|ingres\w*|env[ií]\w*|actualic\w*|proporcion\w*|"
    r"v[ée]rifi\w*|saisi\w*|envoy\w*|entr\w*|"
    r"informe\w*|atualiz\w*|"
    r"zweryfikuj|potwierd[zź]\w*|podaj|wpisz|prze[sś]lij|wy[sś]lij|"
    r"подтверд\w*|введ\w*|отправ\w*|укаж\w*|надішл\w*|вкаж\w*|"
    r"验证|确认|输入|提供|发送|填写|"
    r"أرسل|أدخل|تأكيد|أكد|"
    r"xác\s*(?:minh|nhận)|nhập|gửi|cung\s*cấp|doğrula\w*|gönder\w*|gir\w*|"
    r"भेजें|दर्ज|सत्यापित|입력|확인|보내|soo\s*dir|ku\s*qor|"
    r"bestätig\w*|eingeb\w*|senden"
)
_NEGATION = regex.compile(
    r"\b(?:never|not|don'?t|do\s*not|no|nunca|no\s*env[ií]e|jamais|ne\s*pas|nie|никогда|не|"
    r"nunca|nie\s*podawaj|ĐỪNG|không|asla|절대)\b\W*(?:\w+\W+){0,2}$",
    regex.IGNORECASE,
)
_CREDENTIALS = regex.compile(
    rf"(?P<ask>{_ASK})\W+(?:\w+\W+){{0,4}}?(?:{_BANK_DATA})",
    regex.IGNORECASE,
)
_PRIZE = regex.compile(
    r"(?:your\s*(?:phone\s*|mobile\s*|whatsapp\s*|e-?mail\s*)?(?:number|address|e-?mail)|"
    r"su\s*(?:n[uú]mero|correo)|votre\s*(?:num[ée]ro|adresse)|seu\s*(?:n[uú]mero|e-?mail)|"
    r"tw[oó]j\s*numer|ваш\s*номер|твій\s*номер|您的(?:号码|手机号)|رقم\s*هاتفك|"
    r"số\s*điện\s*thoại\s*của\s*bạn|numaranız|당신의\s*번호|आपका\s*नंबर|"
    r"nimewo\s*(?:telef[oò]n\s*)?ou)"
    r".{0,60}?(?:has\s*(?:been\s*selected|won)|won|(?:was|has\s*been)\s*(?:randomly\s*)?"
    r"(?:selected|chosen|picked)|genyen|ha\s*(?:sido\s*seleccionad\w*|ganado)|"
    r"a\s*(?:gagn[ée]|[ée]t[ée]\s*s[ée]lectionn[ée])|ganhou|foi\s*sorteado|wygrał|"
    r"выиграл|виграв|中奖|获奖|للفوز|فاز|trúng\s*thưởng|kazandı|당첨|जीत)",
    regex.IGNORECASE | regex.DOTALL,
)
_PRIZE_REVERSED = regex.compile(
    r"(?:تم\s*اختيار|selected|seleccionad\w*|sélectionn\w*|选中|被抽中)\s*.{0,30}"
    r"(?:رقم\s*هاتفك|your\s*(?:number|e-?mail)|su\s*n[uú]mero|votre\s*num[ée]ro|您的号码)",
    regex.IGNORECASE | regex.DOTALL,
)


_SPELLS = regex.compile(
    r"vashikaran|black\s*magic|love\s*(?:spells?|marriage\s*(?:problem|specialist|solution))|"
    r"get\s*(?:your\s*)?(?:ex|lover)\s*back|spell\s*caster|"
    r"प्रेम\s*विवाह|वशीकरण|गृह\s*क्लेश|काला\s*जादू|"
    r"amarres?\s*de\s*amor|hechizos?\s*de\s*amor|retour\s*(?:de\s*l'|d')?(?:affection|[eê]tre\s*aim[ée])|"
    r"marabout|amarra[çc][aã]o|trabalhos?\s*espirituais|приворот\w*|привороту|"
    r"büyü\s*(?:yapılır|hocası)|aşk\s*büyüsü|سحر\s*(?:المحبة|الحب)|جلب\s*الحبيب|"
    # Round 25: Urdu and its romanisation ("کالا جادو ... عامل بابا", "amil baba").
    r"کالا\s*جادو|کالا\s*علم|عامل\s*بابا|amil\s*baba|kala\s*jadu|"
    # Session 20 (adverts20): an astrologer who solves love, marriage and business problems.
    r"ज्योतिषी|ज्योतिष\s*आचार्य|জ্যোতিষী|ஜோதிடர்|jyotishi|astrologer|منجم\s*روحاني"
    # Session 28 (spend28a): black magic and the charm that binds, in Punjabi, Bengali, Gujarati
    # and Tamil (not Tamil's "வசியம்", inside "அவசியம்", necessary).
    r"|ਕਾਲਾ\s*ਜਾਦੂ|ਵਸ਼ੀਕਰਨ|ਜੋਤਸ਼ੀ|কালো\s*জাদু|বশীকরণ|કાળો\s*જાદુ|વશીકરણ|பில்லி\s*சூனியம்",
    regex.IGNORECASE,
)
_VISA = regex.compile(
    r"(?:visas?|fiis\w*|визы?|віз[аиу]?|签证|thị\s*thực|تأشير\w*|वीज़ा|비자|vize"
    # Session 28 (spend28a): a visa or permanent residency ("PR") in Punjabi, Urdu, Persian,
    # Bengali, Gujarati and Tamil, guaranteed in theirs ("ਪੱਕੀ PR ਦੀ ਗਾਰੰਟੀ").
    r"|ਵੀਜ਼ਾ|ਵੀਜ਼ੇ|ویزا|ویزہ|ভিসা|વિઝા|விசா|(?-i:PR))"
    r"\W+(?:\w+\W+){0,6}?"
    r"(?:guaranteed|garantizad\w*|garantie|garantid\w*|gwarantowan\w*|гарантир\w*|包过|"
    r"ਗਾਰੰਟੀ|گارنٹی|گارانتی|গ্যারান্টি|ગેરંટી|உத்தரவாத\w*|"
    r"(?:in|within|en|dans|em|w\s*ciągu|za|за|протягом|trong(?:\s*vòng)?|خلال)\s*\d+\s*"
    r"(?:days|días|jours|dias|dni|дней|днів|ngày|يوم?ا?)|"
    r"\d+\s*(?:maalmood\s*gudahood|天内|天之内|gün\s*içinde|दिन\s*में|일\s*이내))"
    # Session 19 (scams19): a green card or papers with a guarantee of 100 per cent ("ग्रिन
    # कार्ड ... १०० प्रतिशत ग्यारेन्टी", "green card, 100% guaranteed"): no lawyer can promise it.
    r"|(?:green\s*card|ग्रिन\s*कार्ड|ग्रीन\s*कार्ड|грин[-\s]*карт\w*|绿卡|綠卡|영주권"
    r"|tarjeta\s*verde|carte\s*verte|residen(?:cy|cia)|work\s*permit|permiso\s*de\s*trabajo"
    r"|immigration\s*case|caso\s*de\s*inmigraci[oó]n)"
    r"\W+(?:\w+\W+){0,8}?(?:100|१००)\s*(?:%|percent|por\s*ciento|प्रतिशत|प्रतिशत)\W*"
    r"(?:\w+\W+){0,1}?(?:guarantee\w*|garant\w*|ग्यारेन्टी\w*|गारंटी\w*|गारन्टी\w*|ग्यारेंटी\w*)",
    regex.IGNORECASE,
)


def _writes_as_self(text: str) -> bool:
    """Session 21 (scams21): the writer speaks in the first person singular, in the languages of
    :data:`WRITER_RE` or of the new seats (``pronouns.WRITER_FURTHER_SINGULAR_RE``: "Мій адвокат
    допоміг", "Ben memnunum")."""
    return bool(WRITER_RE.search(text) or WRITER_FURTHER_SINGULAR_RE.search(text))


#: Session 21 (scams21): immigration papers promised for a fee, by a guarantee or a time ("arregla
#: papeles de inmigración, permisos de trabajo y asilo. Resultados en 30 días. Consulta $500",
#: "گرین کارت ... تضمینی", "рабочее разрешение за 10 дней"): the notario's and the visa agent's
#: pitch. No lawyer guarantees asylum, a work permit or a green card, nor its date; a resident
#: who names their own lawyer speaks in the first person, and one explaining the law names no
#: fee. Read with a sum of money (:func:`immigration_fixer`).
_IMMIGRATION_THING = (
    r"asylum|asilo|asile|убежищ\w*|притул\w*|پناهندگی|پناهنده\S*|پناه|iltica|s[ıi][ğg][ıi]nma"
    r"|azil\w*|hifadhi|magangalyo|מקלט|庇护|work\s*permits?|permisos?\s*de\s*trabajo"
    r"|permis\s*de\s*travail|разрешени\w*\s*на\s*работу|дозв[іо]л\w*\s*на\s*роботу"
    r"|اجازه\s*کار|ورک\s*پرمٹ|[çc]al[ıi][şs]ma\s*izn\w*|radn\w*\s*dozvol\w*|leje\s*pune"
    r"|kibali\s*cha\s*kazi|工卡|papeles|papiers|immigration\s*papers|green\s*card|грин.?карт\w*"
    r"|گرین\s*کار(?:ت|ڈ)|citizenship|ciudadan[ií]a|naturali[sz]\w*|гражданств\w*|громадянств\w*"
    r"|تابعیت|شہریت|vatanda[şs]l[ıi]k|dr[žz]avljanstv\w*|shtet[eë]si\w*|uraia|אזרחות"
    r"|მოქალაქეობ\S*|入籍|绿卡|residency|residencia|вид\s*на\s*жительство|посвідк\w*|اقامت"
    r"|ikamet\w*|boravi\w*|leje\s*q[eë]ndrimi|tps|daca"
)
_PROMISED = (
    # The guarantee given of the result, not of a right named after it ("guaranteed a hearing",
    # "a guaranteed fee waiver": a resident explaining the process).
    r"(?:guarantee\w*+|garant\w*+|гарант\w*+)(?!\s+(?:a|an|the|that|to|of|for|fee|hearing|waiver)\b)"
    r"|ضمانت|تضمین\S*|گارنٹی|zajam\w*|dhamana|הבטח\S*|מובטח\S*"
    r"|გარანტ\S*|保证|包过|100\s*%|results?\s+in|resultados?\s+en|r[ée]sultats?\s+en"
    r"|(?:in|within|en|dans|em|за|протягом|i[çc]inde|brenda|ndani\s*ya|ichida|תוך)\s*\d+\s*"
    r"(?:days|d[ií]as|jours|dias|дней|днів|g[üu]n|dana|dit[eë]|siku|kun|ימים)"
    r"|\d+\s*(?:g[üu]n\s*i[çc]inde|kun\s*ichida|روز|ورځو|دن\s*میں|დღეში)"
)
_IMMIGRATION_PROMISE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_IMMIGRATION_THING})(?![\p{{L}}])[^\n]{{0,80}}?(?:{_PROMISED})"
    rf"|(?:{_PROMISED})[^\n]{{0,60}}?(?<![\p{{L}}])(?:{_IMMIGRATION_THING})(?![\p{{L}}])",
    regex.IGNORECASE,
)
#: A promise denied: "there is no guarantee", "sin garantía", "никаких гарантий", "nema
#: garancije", "garanti yok": a resident explaining the process.
_NO_PROMISE = regex.compile(
    r"(?i)(?<![\p{L}])(?:no|not|never|without|sin|sans|sem|без|никак\p{L}*|нема\p{L}*|nema|bez"
    r"|hakuna|bila|هیچ|کوئی|אין|ללא)\s+(?:\p{L}+\s+){0,2}?(?:guarantee\p{L}*|garant\p{L}*"
    r"|гарант\p{L}*|ضمانت|تضمین\p{L}*|گارنٹی|dhamana|הבטח\p{L}*)"
    r"|garanti\s+yok|guarantee[ds]?\s+(?:is|are)\s+not"
)
_SUM_NAMED = regex.compile(
    r"[$€£₺]\s*\d|\d[\d.,]*\s*(?:dollars?|usd|dolar\w*|ډالر|ڈالر|دالر|دلار|долар\w*|доллар\w*"
    r"|דולר|euros?)",
    regex.IGNORECASE,
)


def immigration_fixer(text: str) -> str | None:
    """Session 21 (scams21): immigration papers promised by a guarantee or a time (see
    :data:`_IMMIGRATION_THING`), for a sum, in a text that neither speaks in the first person
    singular, names the city's people or a scam, nor warns, or None."""
    found = _IMMIGRATION_PROMISE.search(text)
    if found is None or _SUM_NAMED.search(text) is None or _NO_PROMISE.search(text):
        return None
    if names_the_city_or_a_scam(text) or _writes_as_self(text) or refuses_or_warns(text):
        return None
    return str(found.group())


_FREE_GRANT = regex.compile(
    r"grant\W+(?:\w+\W+){0,4}?(?:never|don'?t|do\s*not)\s*(?:have\s*to\s*)?(?:re)?pay\s*(?:it\s*)?back|"
    r"free\s*(?:government|federal)\s*grants?|"
    r"subvenci[oó]n\W+(?:\w+\W+){0,4}?no\s*(?:tiene|tendr[aá])\s*que\s*devolver|"
    r"subvention\W+(?:\w+\W+){0,4}?(?:non\s*)?remboursable|dotacj\w*\s*bezzwrotn\w*|"
    r"безвозмездн\w*\s*(?:грант|субсиди\w*)",
    regex.IGNORECASE,
)
#: Session 18 (scams18b): a loan offered by its range of sums ("loan maqani, $500 – $5,000,
#: credit check qa'e", "préstamos de $1,000 a $10,000"): a lender's terms. Read only in a short
#: text (:data:`LOAN_MAX_WORDS`): a resident describing a city's loan programme writes more.
_LOAN_RANGE = regex.compile(
    r"(?:loan|pr[eé]stamo|pr[eê]t|empr[eé]stimo|kredit|قرض|kho[aả]n\s*vay|utang)\w*.{0,40}?"
    r"[$€£]\s*\d[\d,.]*\s*(?:[-–]|to|a|à)\s*[$€£]?\s*\d",
    regex.IGNORECASE,
)
LOAN_MAX_WORDS = 40

#: Session 19 (scams19): a rental whose keys are sent once a deposit is paid, the owner away
#: ("ключі надішлю поштою після оплати депозиту", "I'll mail you the keys after the deposit",
#: "le envío las llaves por correo después del depósito"): the fake rental's hook in any
#: language. A landlord who lives here shows the home and hands the keys over.
_KEYS = (
    r"keys?|llaves?|cl[ée]s|clefs?|chaves?|schl[üu]ssel|ключ\w*|klucz\w*|المفاتيح|مفاتيح|钥匙|鑰匙"
    r"|kle\s*(?:yo|a)|funguo|susi|chìa\s*khóa"
    # Session 25 (spend25b): Oromo, Somali and Amharic ("furtuu ni ergina", we send the key).
    r"|furtuu|furtuuwwan|furayaasha|furaha|ቁልፍ\w*"
)
_SENT = (
    r"mail\w*|send|sent|ship\w*|post|courier|fedex|ups|env[ií]\w*|mand\w*|envo\w*|correo"
    r"|schick\w*|send\w*|надішл\w*|вишл\w*|пошт\w*|отправ\w*|вышл\w*|почт\w*|wyśl\w*|"
    r"prześl\w*|poczt\w*|أرسل\w*|سأرسل\w*|بالبريد|寄|快递|voye|tuma|nitakutumia|ipapadala"
    r"|erg(?:aa|ina|a|uu|ama|ra|adhaa)|u\s+dir\w*|diri\w*|እልካለሁ|እንልካለን|ይላካል|ላክ\w*"
)
_PAID_FIRST = (
    r"deposit\w*|payment|paid|pay|dep[oó]sito|pago|caution|d[ée]p[oô]t|paiement|cau[cç][aã]o|"
    r"pagamento|kaution|anzahlung|zahlung|депозит\w*|оплат\w*|застав\w*|залог\w*|kaucj\w*|"
    r"wpłat\w*|zaliczk\w*|العربون|الدفع|التأمين|الإيداع|押金|定金|付款|depo|peman|amana|malipo"
    r"|kaffaltii|kaffal\w*|lacag\w*|bixi\w*|ክፍያ\w*|ቅድሚያ"
)
_KEYS_FOR_DEPOSIT = regex.compile(
    rf"(?:{_KEYS})\b[^.!?\n]{{0,60}}?(?:{_SENT})[^.!?\n]{{0,60}}?(?:{_PAID_FIRST})"
    rf"|(?:{_PAID_FIRST})[^.!?\n]{{0,60}}?(?:{_SENT})[^.!?\n]{{0,40}}?(?:{_KEYS})\b"
    rf"|(?:{_SENT})[^.!?\n]{{0,30}}?(?:{_KEYS})\b[^.!?\n]{{0,60}}?(?:{_PAID_FIRST})",
    regex.IGNORECASE,
)
#: Keys given back for a deposit returned: a hall's rules, not a rental's hook.
_RETURNED = regex.compile(
    r"\b(?:back|return\w*|refund\w*|devol\w*|reembols\w*|rembours\w*|zur[üu]ck\w*)\b"
    r"|поверн\w*|возвра\w*",
    regex.IGNORECASE,
)
#: Session 19 (scams19): a stake in a pool of money offered to the readers ("A few of us are
#: pooling funds ... the minimum stake is modest", "نجمع حصصاً صغيرة قبل التصويت", "Եթե
#: ցանկանում եք միանալ փոքր գումարով": if you want to join with a small sum). A resident's
#: association collecting dues names no stake and no investment.
_POOL = regex.compile(
    r"minimum\s*(?:stake|buy-?in)|small\s*stakes?|"
    r"(?:join|participate|get\s*in)\s*(?:us\s*|in\s*)?with\s*(?:a\s*)?(?:small|modest|little)\s*"
    r"(?:amount|sum|stake|investment)|"
    r"(?:نجمع|جمع)\s*(?:حصص\w*|مساهمات|أموال\w*|اشتراكات)|حصص\w*\s*صغيرة|"
    r"(?:participar|unirse|entrar)\s*con\s*(?:una\s*)?(?:peque[ñn]a|poca)\s*"
    r"(?:cantidad|inversi[oó]n|aportaci[oó]n|suma)|"
    r"participer\s*avec\s*une\s*petite\s*(?:somme|mise)|"
    r"participar\s*com\s*(?:uma\s*)?pequen[ao]\s*(?:quantia|valor|investimento)|"
    r"участвовать\s*с\s*небольш\w*\s*сумм\w*|долучит\w*\s*з\s*невелик\w*\s*сум\w*|"
    r"最低投资|起投|միանալ\s*փոքր\s*գումար\w*|փոքր\s*գումար\w*\s*միանալ|"
    r"kujiunga\s*na\s*kiasi\s*kidogo|sumali\s*sa\s*maliit\s*na\s*halaga|"
    r"antre\s*ak\s*yon\s*ti\s*k[oò]b",
    regex.IGNORECASE,
)

#: A stake named as such ("minimum stake", "buy-in", "حصص"): a pool's share, whatever the text.
_STAKE = regex.compile(r"stake|buy-?in|حصص|最低投资|起投", regex.IGNORECASE)
#: Words of investing: a small sum joined to a pool is a stake only beside them. Neighbours
#: chipping in "a small amount" for a land trust's legal fees are not investors.
_INVESTING = regex.compile(
    r"invest\w*|inversi\w*|invert\w*|invirt\w*|profit\w*|\broi\b|"
    r"returns?\b|ganancia\w*|lucro\w*|rendimiento\w*|ներդր\w*|եկամուտ\w*|استثمار\w*|"
    r"مستثمر\w*|أرباح|ربح|投资|投資|收益|инвест\w*|інвест\w*|прибут\w*|прибыл\w*|uwekezaji|"
    r"faida|pamumuhunan|tubo|envestis\w*|benefis",
    regex.IGNORECASE,
)


def invested_pool(text: str) -> str | None:
    """A stake in a pool of money offered to the readers (:data:`_POOL`): a stake named as such,
    or a small sum to join with in a text about investing (session 19, scams19; the lead's mend
    kept a land trust's neighbours chipping in out)."""
    match = _POOL.search(text)
    if match is None or _RETURNED.search(match.group(0)):
        return None
    if not _STAKE.search(match.group(0)) and not _INVESTING.search(text):
        return None
    return str(match.group(0))


#: Session 21 (scams21): a return promised by the day, the week or the month on money put in
#: ("یوازې ۱۰۰ ډالر پانګونه وکړئ او هره ورځ ۵ ډالر ګټه", invest only $100 and earn $5 every day;
#: "سرمایہ کاری کریں اور ہر ماہ 10% منافع", invest and earn 10% every month; "Invest $200, get
#: 3% daily"): cloud mining, a "property fund", a trading group, in any language. Three parts,
#: near one another: a word of investing, a word of profit or return, and a **rate by the day,
#: week or month** (a percentage by any of them, a sum by the day). Real
#: investments, and residents who speak of a developer's returns, count by the year ("the bonds
#: pay 4% a year", "investors make 8% annually"); a sum "a month" or "a week" is a rent, a wage
#: or a stand's takings ("the league earns $300 per week from concessions"), not read.
_INVEST_WORD = (
    r"invest\w*|inversi[oó]n\w*|invierta|invertir|investiss\w*|investir|инвест\w*|інвест\w*"
    r"|вложи\w*|вкладен\w*|yat[ıi]r[ıi]m\w*|yat[ıi]r[ıi]n|ulo[žz]\w*|investicij\w*|investo\w*"
    r"|investim\w*|investitsiya\w*|sarmoya\w*|سرمایه|سرمایہ|پانګ\S*|استثمار\S*|wekeza\w*"
    r"|uwekezaji|maalgashi\w*|ishoramari|shora\w*|השקע\S*|השקיע\S*|ინვესტ\S*|投资|投資"
    r"|veberh[êe]n\w*|mining|майнинг\w*|ماینینګ|ماینینگ|مائننگ"
)
_PROFIT_WORD = (
    r"profit\w*|returns?|roi|earn\w*|ganancia\w*|rendimiento\w*|b[ée]n[ée]fice\w*|доход\w*"
    r"|прибыл\w*|прибут\w*|k[âa]r\w*|kazan\w*|zarad\w*|dobit\w*|fitim\w*|foyda\w*|سود\S*"
    r"|منافع|منافع\S*|ګټ\S*|کما\S*|أرباح|ربح\S*|faida|faa.?iido|inyungu|רווח\S*|תשוא\S*"
    r"|მოგებ\S*|收益|利润|回报|qazanc\w*"
)
_PERCENT = r"\d[\d.,]*\s*(?:%|٪|درصد|فیصد|процент\w*|per\s*cent|por\s*ciento|pour\s*cent)"
_MONEY_FIGURE = (
    r"(?:[$€£₺₴₽]\s*\d[\d.,]*|\d[\d.,]*\s*(?:[$€£]|usd|usdt|dollars?|dolar\w*|ډالر|ڈالر|دالر"
    r"|دلار|دولار|долар\w*|доллар\w*|דולר|დოლარ\S*|美元|lira|tl\b))"
)
_BY_DAY = (
    r"daily|every\s+day|per\s+day|a\s+day|each\s+day|diari[oa]s?"
    r"|al\s+d[ií]a|cada\s+d[ií]a|par\s+jour|chaque\s+jour|quotidien\w*|ежеднев\w*|в\s+день"
    r"|каждый\s+день|щодня|щоденн\w*|на\s+день|her\s+g[üu]n|g[üu]nl[üu]k|g[üu]nde|dnevno"
    r"|svaki\s+dan|[çc]do\s+dit[eë]|n[eë]\s+dit[eë]|har\s+kuni|kunlik|kuniga|روزانه|هر\s+روز"
    r"|هره\s+ورځ|روزانہ|ہر\s+روز|يومي\S*|kila\s+siku|kwa\s+siku|maalin\s+kasta|maalintii"
    r"|buri\s+munsi|ku\s+munsi|כל\s+יום|ליום|יומי\S*|ყოველდღ\S*|დღეში|每天|每日|日收益|rojane"
    r"|her\s+roj"
)
_BY_WEEK_OR_MONTH = (
    r"weekly|per\s+week|a\s+week|every\s+week|semanal\w*|hebdomadaire|еженедел\w*|щотижн\w*"
    r"|haftal[ıi]k|sedmi[čc]no|javore|haftalik|kila\s+wiki|buri\s+cyumweru|כל\s+שבוע|每周"
    r"|monthly|every\s+month|per\s+month|a\s+month|each\s+month|mensual\w*|al\s+mes|cada\s+mes"
    r"|par\s+mois|chaque\s+mois|mensuel\w*|ежемесяч\w*|в\s+месяц|каждый\s+месяц|щомісяч\w*"
    r"|на\s+місяць|her\s+ay|ayl[ıi]k|ayda|mjese[čc]no|mese[čc]no|svakog\s+mjeseca|[çc]do\s+muaj"
    r"|n[eë]\s+muaj|har\s+oy|oylik|oyiga|ماهانه|هر\s+ماه|هره\s+میاشت|ماہانہ|ہر\s+ماہ|شهري\S*"
    r"|kila\s+mwezi|kwa\s+mwezi|bil\s+kasta|bishii|buri\s+kwezi|ku\s+kwezi|כל\s+חודש|לחודש"
    r"|חודשי\S*|ყოველთვ\S*|თვეში|每月|月收益|mehane|her\s+meh"
)
_RATE = regex.compile(
    rf"(?:{_PERCENT}|{_MONEY_FIGURE})[^.!?\n]{{0,12}}?(?<![\p{{L}}])(?:{_BY_DAY})"
    rf"|(?<![\p{{L}}])(?:{_BY_DAY})[^.!?\n]{{0,12}}?(?:{_PERCENT}|{_MONEY_FIGURE})"
    rf"|{_PERCENT}[^.!?\n]{{0,12}}?(?<![\p{{L}}])(?:{_BY_WEEK_OR_MONTH})"
    rf"|(?<![\p{{L}}])(?:{_BY_WEEK_OR_MONTH})[^.!?\n]{{0,12}}?{_PERCENT}",
    regex.IGNORECASE,
)
_INVEST_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_INVEST_WORD})", regex.IGNORECASE)
_PROFIT_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_PROFIT_WORD})", regex.IGNORECASE)
#: Characters around the rate read for the words of investing and of profit.
RETURN_SPAN = 200
#: Words at most: the promise is an advert's, a resident's argument about returns runs longer.
RETURN_MAX_WORDS = 70


def return_by_period(text: str) -> str | None:
    """Session 21 (scams21): a return promised by the day, week or month on money invested
    (see :data:`_RATE`), in a short text that neither speaks in the first person singular,
    names the city's people or a scam, nor warns, or None."""
    if len(text.split()) > RETURN_MAX_WORDS:
        return None
    rate = _RATE.search(text)
    if rate is None:
        return None
    window = text[max(0, rate.start() - RETURN_SPAN) : rate.end() + RETURN_SPAN]
    invest = _INVEST_RE.search(window)
    if invest is None or _PROFIT_RE.search(window) is None:
        return None
    if names_the_city_or_a_scam(text) or _writes_as_self(text) or refuses_or_warns(text):
        return None
    return f"{invest.group()} ... {rate.group()}"


#: Session 25 (spend25b): a percentage written before or after its figure ("8%", "%8" as Turkish
#: and Oromo write it, "٪۵", "২%"), in any digits.
_ANY_PERCENT = (
    r"(?:(?<![\p{N}.,])\p{N}[\p{N}.,]*\s*(?:%|٪|％|percent|per\s*cent|por\s*ciento|pour\s*cent"
    r"|prozent|procent\w*|процент\w*|درصد|فیصد|प्रतिशत|শতাংশ)|(?:%|٪|％)\s*\p{N}[\p{N}.,]*)"
)
#: Session 25 (spend25b): "by the day" in further languages: Oromo ("guyyaa guyyaan", day by day;
#: "guyyaatti"), Amharic, Bengali, Hindi and Nepali, Vietnamese, Tagalog, Indonesian and Malay,
#: Hausa, Haitian Creole, Portuguese, Italian, German, Polish, Dutch, Korean, Japanese, Hmong.
_BY_DAY_FURTHER = (
    r"guyyaa\s+guyyaan|guyyaatti|guyyaa\s+hunda|በየቀኑ|በቀን|প্রতিদিন|দৈনিক|प्रतिदिन|रोज़ाना"
    r"|रोजाना|हर\s+दिन|दैनिक|m[oỗ]i\s+ng[aà]y|h[aà]ng\s+ng[aà]y|araw-araw|kada\s+araw"
    r"|bawat\s+araw|per\s+hari|setiap\s+hari|sehari|kowace\s+rana|chak\s+jou|por\s+dia"
    r"|ao\s+dia|diariamente|al\s+giorno|ogni\s+giorno|giornalier\w*|t[äa]glich\w*|pro\s+tag"
    r"|dziennie|per\s+dag|dagelijks|매일|하루에?|일일|毎日|日利|txhua\s+hnub|ib\s+hnub"
)
#: Money made, or the thing traded, beside a percentage by the day: profit, earnings, a return,
#: a bonus, trading, a currency or a coin (a resident's "rising 5% daily" names none of them).
_GAIN_WORD = (
    rf"{_PROFIT_WORD}|{_INVEST_WORD}|trad\w*|forex|bitcoin\w*|btc|crypto\w*|usdt|bonus\w*"
    r"|yield\w*|dividend\w*|bu.?aa|daldal\w*|biashara|kripto\w*|kazan\w*"
    r"|交易|量化|比特币|比特幣|加密|分红|ビットコイン|利益|配当|수익|코인|লাভ|আয়|মুনাফা"
    r"|मुनाफ़?ा|लाभ|कमाई|ትርፍ|l[oợ]i\s+nhu[aậ]n|l[aã]i|kita|tubo|untung|keuntungan|lucro\w*"
    r"|rendiment\w*|guadagn\w*|gewinn\w*|zysk\w*|winst"
)
_PERCENT_BY_DAY = regex.compile(
    rf"{_ANY_PERCENT}[^.!?\n]{{0,12}}?(?<![\p{{L}}])(?:{_BY_DAY}|{_BY_DAY_FURTHER})"
    rf"|(?<![\p{{L}}])(?:{_BY_DAY}|{_BY_DAY_FURTHER})[^.!?\n]{{0,12}}?{_ANY_PERCENT}",
    regex.IGNORECASE,
)
_GAIN_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_GAIN_WORD})", regex.IGNORECASE)
#: Words at most around a percentage by the day: an advert's line, not a resident's argument.
PERCENT_BY_DAY_MAX_WORDS = 40


def percent_by_day(text: str) -> str | None:
    """Session 25 (spend25b): a percentage promised by the day ("8% daily profit", "Guyyaa
    guyyaan %8 bu'aa", "2%每天"), with a word of gain, trading or a coin, in a short text that
    neither speaks in the first person singular, names the city's people or a scam, nor warns,
    or None. A ponzi's shape in any language: nothing a resident invests in pays by the day
    (rents, raises and bonds count by the year; "40% of days", "cases rising 5% daily" name no
    gain)."""
    if len(text.split()) > PERCENT_BY_DAY_MAX_WORDS:
        return None
    rate = _PERCENT_BY_DAY.search(text)
    if rate is None:
        return None
    gain = _GAIN_RE.search(text)
    if gain is None:
        return None
    if names_the_city_or_a_scam(text) or _writes_as_self(text) or refuses_or_warns(text):
        return None
    return f"{rate.group()} ... {gain.group()}"


#: A WeChat ID given as "加V: name", "加微信 name", "+vx name": a way to reach in Chinese spam.
_WECHAT_ID = regex.compile(
    r"(?:加|\+)\s*(?:v|vx|微信|微|薇|威信)\s*(?:看图)?\s*[:：]?\s*[a-z][\w-]{4,}", regex.I
)


def _credentials(text: str) -> str | None:
    """A request for bank or identity details, unless a negation stands just before it or the
    request is reported ("a text asking for my bank details": the first person is the victim)."""
    for found in _CREDENTIALS.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()]
        if _NEGATION.search(before) or WRITER_OR_GROUP_RE.search(found.group(0)):
            continue
        return str(found.group(0))
    return None


def spam_topics(prose: str) -> list[tuple[str, str]]:
    """The bulk-spam topics the text is about, each with the words that show it."""
    text = prose[:MAX_CHARS]
    found: list[tuple[str, str]] = []
    for topic, pattern in (
        ("counterfeit goods", _COUNTERFEIT),
        ("essays written for pay", _ESSAY),
        ("an inheritance offered to a stranger", _INHERITANCE),
        ("a dating lure", _DATING),
        ("a romance opener to another commenter", _ROMANCE),  # round 25
        ("a romance scammer's persona", _PERSONA_RE),  # session 18 (scams18b)
        ("a stranger seeking a sincere partner", _SEEKING_PARTNER),  # session 21 (scams21)
        ("a dying donor's fortune for a stranger", _DYING_DONOR),  # session 18 (scams18b)
        ("money made at home or online", _EARNINGS),  # round 25
        ("pay by the review, the like or the task", _PAID_TASKS),  # session 21 (scams21)
        ("a legal claim solicited", _LEGAL_LEAD),  # round 25
        ("lost money recovered", _RECOVERY),  # session 18
        ("a prize won by a number", _PRIZE),
        ("a prize won by a number", _PRIZE_REVERSED),
        ("spells and love problems solved", _SPELLS),
        ("a visa promised", _VISA),
        ("a grant never paid back", _FREE_GRANT),
    ):
        match = pattern.search(text)
        if match and all(t != topic for t, _ in found):
            found.append((topic, str(match.group(0))))
    heirless = _heirless_estate(text)
    if heirless and all(t != "an inheritance offered to a stranger" for t, _ in found):
        found.append(("an inheritance offered to a stranger", str(heirless.group(0))))
    keys = _KEYS_FOR_DEPOSIT.search(text)
    if keys and not _RETURNED.search(keys.group(0)):
        found.append(("a rental's keys sent for a deposit", str(keys.group(0))))  # session 19
    fixer = immigration_fixer(text)
    if fixer and all(t != "a visa promised" for t, _ in found):
        found.append(("immigration papers promised for a fee", fixer))  # session 21
    returned = return_by_period(text) or percent_by_day(text)
    if returned:
        found.append(("a return promised by the day or the month", returned))  # session 21
    pool = invested_pool(text)
    if pool:
        found.append(("a stake in a pool of money", pool))  # session 19
    loan = _LOAN_RANGE.search(text)
    if loan and len(text.split()) <= LOAN_MAX_WORDS:
        found.append(("a loan offered by its range", str(loan.group(0))))
    paid = _paid_by_time(text)
    if paid and all(t != "pay by the time promised" for t, _ in found):
        found.append(("pay by the time promised", str(paid.group(0))))
    asked = _credentials(text)
    if asked:
        found.append(("a request for bank or identity details", asked))
    return found


#: Session 19 (scams19): a value said to double or triple ("land within a half mile tends to
#: double", "ستتضاعف قيمتها", "la plusvalía se duplicará"): the sure return a pool is sold on.
_VALUE_MULTIPLIED = regex.compile(
    r"(?:value|price|land|worth|parcels?|lots?|acres?|property|properties)\w*\b[^.!?\n]{0,50}?"
    r"\b(?:double|triple|doubles|triples|doubling|tripling)\b|"
    r"\b(?:double|triple)\s*(?:in\s*value|its\s*value|their\s*value|your\s*money)|"
    r"(?:تتضاعف|ستتضاعف|سيتضاعف|يتضاعف)\s*(?:قيمت\w*|سعر\w*|ثمن\w*)|"
    r"(?:valor|precio|plusval[ií]a)\w*[^.!?\n]{0,40}?(?:se\s*)?(?:duplica\w*|triplica\w*)|"
    r"(?:valeur|prix)[^.!?\n]{0,40}?(?:doubler\w*|tripler\w*)|"
    r"(?:valor|pre[cç]o)[^.!?\n]{0,40}?(?:dobra\w*|triplica\w*)|"
    r"(?:стоимост\w*|цен\w*|вартіст\w*|ціна|ціни)[^.!?\n]{0,40}?(?:удво\w*|утро\w*|подво\w*|потро\w*)|"
    r"翻倍|翻一番|կկրկնապատկ\w*|կրկնապատկվ\w*",
    regex.IGNORECASE,
)
#: Weight of a pool's stake sold on a value multiplied: spam alone (see :func:`pool_evidence`).
POOL_DOUBLED_WEIGHT = 0.7


def pool_evidence(prose: str, reachable: bool, invited: bool) -> list[Evidence]:
    """Session 19 (scams19): a stake in a pool of money (:data:`_POOL`) sold on a value said to
    double: spam alone (the writer takes e-mail addresses "here"); a stake asked with only an
    invitation to write privately ("DM me on Facebook"): the topic's weight, as with an address
    (:func:`topic_evidence` reads it when the text is reachable)."""
    text = prose[:MAX_CHARS]
    pool = invested_pool(text)
    if pool is None or names_a_scam(text):
        return []
    doubled = _VALUE_MULTIPLIED.search(text)
    if doubled is not None and not names_the_city_or_a_scam(text):
        detail = f"windfall: a stake in a pool sold on a value multiplied ({pool[:30]!r}"
        detail += f" ... {doubled.group()[-30:]!r})"
        return [Evidence(POOL_DOUBLED_WEIGHT, detail)]
    if reachable or not invited:
        return []
    detail = f"topic: a stake in a pool of money ({pool[:40]!r}) with an invitation to write"
    return [Evidence(TOPIC_WEIGHT, detail)]


#: Session 19 (scams19): money asked onto the writer's own commissary or inmate account ("ki ka
#: mete yon ti kòb sou kont komisè m", "put a few dollars on my books", "dinero en mi cuenta de
#: la comisaría"): a prisoner's pen-pal letter to strangers. A resident writes of what families
#: pay into a relative's account, not of money on "my" commissary.
_COMMISSARY = regex.compile(
    r"(?:money|funds|dollars|\$\s*\d+|bucks)\s*(?:\w+\s+){0,3}?(?:on|in|into|to)\s*my\s*"
    r"(?:commissary|books|inmate\s*account|trust\s*account|jpay|canteen)|"
    r"(?:k[oò]b|lajan)\s*(?:\w+\s+){0,3}?sou\s*(?:kont\s*)?komis[eè]\s*(?:m|mwen)\b|"
    r"(?:dinero|plata|d[oó]lares)\s*(?:\w+\s+){0,3}?en\s*mi\s*cuenta\s*(?:de\s*(?:la\s*)?)?"
    r"(?:comisar[ií]a|economato|tienda|comisariato)|"
    r"argent\s*(?:\w+\s+){0,3}?sur\s*mon\s*compte\s*(?:de\s*)?(?:cantine|p[ée]cule)",
    regex.IGNORECASE,
)


#: Session 21 (scams21): the opener that names where the reader was met ("Hi, is this Amina from
#: the interpreter training at the library last Saturday?", "¿eres Carlos del gimnasio?"): the
#: name, then "from", "at" or "of" and a place before the question mark.
_WHO_FROM = regex.compile(
    r"(?i:\bis\s*(?:this|that|it)|\bare\s*you|[¿]?\s*eres|[¿]?\s*es\s*usted|c'est\s*(?:bien\s*)?"
    r"|[eê]tes[-\s]vous|tu\s*es|это|ти|ты|вы)"
    r"\s*(?i:(?:mr|mrs|ms|miss|dr)\.?\s*)?\p{Lu}\p{L}+(?:\s*\p{Lu}\p{L}+)?\s+"
    r"(?i:from|at|of|with|de|del|du|из|з|с)\s[^.!?\n]{0,80}?\?"
)
#: ... an apology for the wrong place or a number changed ("Sorry if this is the wrong place",
#: "my number changed", "cambié de número", "у меня новый номер") ...
_WRONG_PLACE = regex.compile(
    r"wrong\s*(?:place|chat|group|thread|page|person|number)|(?:my\s*)?number\s*(?:has\s*)?"
    r"changed|(?:my|this\s*is\s*my)\s*new\s*number|cambi[eé]\s*(?:de|mi)\s*n[uú]mero"
    r"|mi\s*(?:nuevo\s*n[uú]mero|n[uú]mero\s*nuevo)|lugar\s*equivocado|новый\s*номер"
    r"|сменил\w*\s*номер|не\s*туда|новий\s*номер|змінив\w*\s*номер|yanl[ıi][şs]\s*(?:numara|ki[şs]i|yer)"
    r"|pogre[šs]\w*\s*(?:broj|osob\w*|mjest\w*)|numri\s*i\s*ri|(?:num[eë]r|vend)\s*(?:i|t[eë])?\s*gabuar",
    regex.IGNORECASE,
)
#: ... not an office: "Is this the Office of New Americans at City Hall?", "Это Анна из совета?"
#: ask an office or its staff, whom residents do reach through the comment form.
_CIVIC_PLACE = regex.compile(
    r"(?i)(?<![\p{L}])(?:office|city|hall|council|department|ward|district|county|mayor|clerk"
    r"|oficina|concejo|ayuntamiento|bureau|mairie|conseil|совет\p{L}*|мэри\p{L}*|управ\p{L}*"
    r"|офіс\p{L}*|рад\p{L}*|belediye\p{L}*|opštin\p{L}*|op[šs]tin\p{L}*|bashki\p{L}*)(?![\p{L}])"
)
#: ... and the reader asked to text or write back.
_WRITE_BACK = regex.compile(
    r"text\s*me|message\s*me|write\s*(?:to\s*)?me|call\s*me\s*back|reply\s*(?:here|to\s*me)"
    r"|escr[ií]beme|m[aá]ndame\s*(?:un\s*)?mensaje|[ée]cris[-\s]moi|напиши\w*|пиши\w*"
    r"|mesaj\s*at|më\s*shkruaj|javi\s*mi\s*se|piši\s*mi"
    # Session 24 (spend24): the chat kept going with a question about the reader ("Nice to meet
    # you anyway, may I know where you are from?"), the pig-butchering opener's next line.
    r"|nice\s*to\s*meet\s*you|may\s*i\s*know\s*(?:your|where|who)|where\s*are\s*you\s*from"
    # Session 29 (spend29a): "shall we get acquainted?" in Russian and Ukrainian, "are you on
    # WhatsApp?".
    r"|познаком\w*|познайом\w*|are\s*you\s*on\s*(?:whats\s*app|telegram|signal|line)",
    regex.IGNORECASE,
)


#: Session 25 (spend25a): the reader asked whether the number is theirs or a named person's
#: ("is this still your number?", "is this Linda's number?", "do you still use this number?",
#: "¿sigue siendo tu número?", "c'est toujours ton numéro ?", "это ваш номер?"): no comment to a
#: council asks its reader who owns a phone.
_WHOSE_NUMBER = regex.compile(
    r"(?i:\bis\s*this\s*(?:still\s*)?(?:your|the\s*(?:right|correct)|)\s*)"
    r"(?:(?i:number|phone|cell|line)\b|\p{Lu}\p{L}+['’]s\s*(?i:number|phone|cell))"
    r"|(?i:\b(?:do|are)\s*you\s*still\s*(?:have|use|using|own)\s*(?:this|that)\s*(?:number|phone)"
    r"|(?:sigue\s*siendo|es\s*(?:este|todav[ií]a))\s*(?:tu|su|el)\s*(?:n[uú]mero|tel[eé]fono)"
    r"|c'est\s*(?:toujours|bien)\s*(?:ton|votre|le)\s*num[ée]ro"
    r"|(?:ainda\s*[ée]|este\s*[ée])\s*(?:o\s*)?(?:seu|teu)\s*n[uú]mero"
    r"|(?:это|це)\s*(?:ваш|твой|твій|ваш)\s*номер)"
)
#: ... or where the writer says the reader met them, or told them to write ("we met at the
#: conference", "you said to message you", "it's Jessica from the picnic", "nos conocimos en",
#: "tu m'as dit de t'écrire", "мы познакомились на"): a stranger's pretext for a chat.
_MET_BEFORE = regex.compile(
    r"(?i:\bwe\s*(?:met|talked|spoke|chatted)\s*(?:at|in|on|during|last|yesterday)\b"
    r"|\b(?:you|u)\s*(?:said|told\s*me)\s*(?:to|i\s*(?:could|should))\s*(?:message|text|call|"
    r"contact|write|reach|email|dm)"
    r"|nos\s*conocimos\s*en|me\s*dijiste\s*que\s*te\s*(?:escribiera|llamara|mandara)"
    r"|on\s*s'est\s*rencontr[ée]s|tu\s*m'as\s*dit\s*de\s*t'(?:[ée]crire|appeler)"
    r"|nos\s*conhecemos\s*(?:em|no|na)|voc[eê]\s*(?:me\s*)?disse\s*para\s*(?:te\s*)?"
    r"(?:mandar|ligar|escrever)"
    r"|мы\s*познакомились|ты\s*сказал\w*\s*(?:тебе\s*)?написать)"
    r"|\b(?i:it['’]?s|this\s*is)\s*\p{Lu}\p{L}+\s*(?i:from\s*the)\s"
)


#: ... a name asked about with an office's title ("is this Councilmember Diaz?", "Alderwoman
#: Ruiz", "Commissioner Lee"): a resident writing to the city's people.
_OFFICE_TITLE = regex.compile(
    r"(?i)(?<![\p{L}])(?:council\p{L}*|alder\p{L}*|commissioner|supervisor|mayor|trustee|clerk"
    r"|director|chief|senator|rep|representative|assembly\p{L}*|judge|officer|manager|chair\p{L}*"
    r"|concejal\p{L}*|alcalde\p{L}*|regidor\p{L}*|maire|conseill\p{L}*)(?![\p{L}])"
)


def _stranger_opener(head: str) -> str | None:
    """Session 25 (spend25a): the reader asked whose the number is, with the writer's pretext
    for writing (where they met, what the reader told them to do) or an ask to write back; or
    asked who they are, with two such pretexts; in an opening naming no office of the city.
    The words found, or None. A resident writing to a councilmember ("Hi Maria, thanks for the
    meeting last week") asks neither who the reader is nor whose the number is; one asking a
    councilmember's office "is this Councilmember Diaz?" names the office."""
    whose = _WHOSE_NUMBER.search(head)
    who = whose or _WHO_ARE_YOU.search(head)
    if who is None or _CIVIC_PLACE.search(head) or _OFFICE_TITLE.search(who.group()):
        return None
    pretexts = [m.group().strip() for m in _MET_BEFORE.finditer(head)]
    if whose is not None:
        pretexts += [m.group().strip() for m in _WRITE_BACK.finditer(head)]
    # "Is this Pelham Road? ... we met at the corner": a name asked about may be a place, so
    # after one the writer's pretext is needed twice (where they met and what they were told)
    if len(pretexts) < (1 if whose is not None else 2):
        return None
    return f"{who.group().strip()[:40]} ... {pretexts[0]}"


#: Session 29 (spend29a): where the chat is to go on, after a wrong number owned: a messenger or
#: the writer's profile ("Are you on WhatsApp?", "Мой WhatsApp в профиле").
_PRIVATE_CHAT = regex.compile(
    r"(?i)(?<![\p{L}])(?:whats\s*app|telegram|signal|line|we\s*chat|viber|kakao\w*|profile"
    r"|профил\w*|телеграм\w*|ватсап\w*|perfil|profil)(?![\p{L}])"
)


def wrong_number(prose: str) -> str | None:
    """Session 18: the words of a wrong-number opener (see :data:`_WHO_ARE_YOU`), both parts
    in the text's first ``OPENER_CHARS`` characters, or None. Session 21 (scams21): also the
    opener that names where the reader was met (:data:`_WHO_FROM`) with an apology for the
    wrong place or a number changed and an ask to write back, in a text naming neither the
    city's people nor a scam (a resident asking a councillor's office "is this Ms. Diaz of Ward
    3? sorry if this is the wrong place" names the council)."""
    head = prose[:OPENER_CHARS]
    who = _WHO_ARE_YOU.search(head) or _WHO_ARE_YOU_CJK.search(head)
    if who is not None:
        wrong = _WRONG_PERSON.search(head)
        if wrong:
            return f"{who.group().strip()} ... {wrong.group()}"
    stranger = _stranger_opener(head)
    if stranger is not None:
        return stranger
    # Session 29 (spend29a): the writer owns that the message went to the wrong number, and
    # keeps the chat going all the same ("Oh sorry, wrong number! Anyway, nice to meet you ...
    # Are you on WhatsApp?", "Ой, извините, кажется, ошиблась ... Может, познакомимся?"): the
    # pig-butchering opener without the question of who the reader is. A resident who wrote
    # to the wrong place names the city's people or stops there.
    wrong = _WRONG_PERSON.search(head)
    if wrong is not None and not names_the_city_or_a_scam(prose):
        going = _WRITE_BACK.search(prose, wrong.end())
        if going is not None and _PRIVATE_CHAT.search(prose, wrong.end()) is not None:
            return f"{wrong.group()} ... {going.group()}"
    met = _WHO_FROM.search(head)
    if met is None or names_the_city_or_a_scam(prose) or _CIVIC_PLACE.search(met.group()):
        return None
    wrong = _WRONG_PLACE.search(prose)
    if wrong is None or _WRITE_BACK.search(prose) is None:
        return None
    return f"{met.group().strip()[:40]} ... {wrong.group()}"


def opener_evidence(prose: str) -> list[Evidence]:
    """Session 18: a wrong-number opener, sextortion or a sugar daddy's allowance, spam with or
    without a way to reach (the writer asks the reader to answer, to pay, or to send a wallet's
    name)."""
    found: list[Evidence] = []
    opener = wrong_number(prose)
    if opener is not None:
        found.append(Evidence(OPENER_WEIGHT, f"lure: a wrong-number opener ({opener[:60]!r})"))
    threat = sextortion(prose)
    if threat is not None:
        detail = f"lure: the reader's recording held for a coin ({threat[:60]!r})"
        found.append(Evidence(OPENER_WEIGHT, detail))
    commissary = _COMMISSARY.search(prose[:MAX_CHARS])
    if commissary is not None:
        detail = f"lure: money asked onto the writer's inmate account ({commissary.group()[:40]!r})"
        found.append(Evidence(OPENER_WEIGHT, detail))
    allowance = _ALLOWANCE.search(prose[:MAX_CHARS])
    if allowance is not None:
        detail = f"lure: an allowance offered by a stranger ({allowance.group()[:40]!r})"
        found.append(Evidence(OPENER_WEIGHT, detail))
    return found


def topic_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """A bulk-spam topic with a way to reach the sender: one piece of evidence (the strongest
    topic; two topics are no more a seller than one)."""
    if not reachable and not _WECHAT_ID.search(prose):
        return []
    topics = spam_topics(prose)
    if not topics:
        return []
    topic, words = topics[0]
    detail = f"topic: {topic} ({words[:40]!r}) with a way to reach the sender"
    found = [Evidence(TOPIC_WEIGHT, detail)]
    if not reachable:  # the way to reach is a WeChat ID, which the contact signals do not read
        found.append(Evidence(WECHAT_WEIGHT, "contact: a WeChat ID ('加V', '加微信')"))
    return found
