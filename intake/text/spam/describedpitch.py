"""Session 27 (described27): a contact described rather than written, beside a seller's pitch.

"Email desertturfpros at mailbox dot cc", "Email ridgeleaf botanicals at leafpost mail dot
cc", "the lady who does it is on insta as odorfree dot plains", "search our name on Instagram,
it's the word commissary plus the city name with no spaces", "my Kakao ID is my name plus 77":
adverts in a neighbour's voice whose one way to reach the seller is told so that no address,
handle or link finder reads it. The finders of :mod:`spelled` and :mod:`disguise` read an
address spelled out when its domain looks made up; these are the shapes they leave: an e-mail
told as "name at provider dot ending" whose provider is a word or two words, an account on a
network told with a spelled mark in its name ("odorfree dot plains"), and an account told as a
name plus something ("the word commissary plus the city name", "mi nombre más 77").

Why a resident does not write this with a price: residents do give their page or their
account ("look us up on Facebook, Friends of Elm Park", "search @HarmonBikeBus on Telegram"),
and a few write their e-mail in words to keep it from robots; but none of the spent corpora's
residents (over 19,000) tells a contact in these shapes beside a seller's pitch: a term of trade
(:func:`selleroffer.terms_of_trade`: "20% off", "free measurements", "first order half off") or
the price in a seller's words (:func:`hiddenpitch.price_in_a_sellers_words`). Alone the
described contact counts nothing here, so a resident's club that spells its e-mail is not
touched; with the pitch it weighs as a hidden contact (``spelled_link_weight``) and a term
beside it (``hidden_offer_weight``), as :func:`selleroffer.hidden_offer_evidence` weighs them.
Not in a text that names a scam (a resident quoting one repeats its terms).

Session 28 (spend28a, the spent -48): two more descriptions. A messenger or a network named by
its look instead of its name, with the name to look for or to write to beside it: "Look for
Kanooka Mini Skips on the blue app and send us a message", "Message dashcamdave on the app with
the green speech bubble", "He runs a group on the paper plane app, look up corellaform", "on
the messenger with the blue paper plane", "DM me on the gram", "la app verde", "纸飞机". A
resident names the app ("on Facebook", "our WhatsApp group"); none of the spent corpora's
residents (19,340) describes one by its colour or its logo, so this reading also takes a sum
of money as the pitch (a hidden address or number does: :func:`channels.hidden_money_evidence`,
:func:`wordphone.spelled_phone_money_evidence`), and it needs a word of reaching in the same
sentence (message, look up, search, the handle, the number), so "I read it on the blue app"
is none. And an account told as a name plus something in Chinese ("微信号是 Ratehelp 后面加上今年
的年份", "huishou 加上 Brolga 的拼音"), beside the price in a seller's words, as the English.

Session 29 (spend29a, the spent -50): two more. A page, a site or an account told by its logo
or its picture ("look on Facebook for the page with the red food truck logo called ...",
"the site with the paw print logo", "העמוד עם הלוגו של גלים כחולים", "yung may larawan ng
bahay na kulay rosas"), as an app by its look: no resident of the spent corpora (19,568)
describes a page's logo, and spam of -46, -48, -49 and -50 does. And an account dictated in
pieces for the reader to put together: "the word marina, underscore, preventa, and the
letters fl", "фамилия X, потом нижнее подчёркивание и слово condo", "השם יוסי ואחריו המילה
רשתות באנגלית והמספר 954", in a sentence naming a network. No resident of the spent corpora
dictates an account so; spam of -40, -41, -47, -48 and -50 does. Both take a sum of money as
the pitch, as an app by its look does.
"""

from __future__ import annotations

import regex

from intake.text.spam.contacts import names_a_civic_group, public_words
from intake.text.spam.evidence import Evidence
from intake.text.spam.hiddenpitch import price_in_a_sellers_words
from intake.text.spam.notices import names_a_scam
from intake.text.spam.selleroffer import terms_of_trade
from intake.text.spam.sentences import sentence_at
from intake.text.spam.settings import SpamSettings
from intake.text.spam.wordphone import names_a_sum

#: The "at" and the "dot" of an address told in words, in the languages comments come in.
_AT = r"(?:at|arroba|собака|\(at\)|\[at\])"
_DOT = r"(?:dot|punto|ponto|point|punkt|точка|\(dot\)|\[dot\])"
#: A lowercase word of a name ("ridgeleaf", "rentready-mass", "harold.b").
_PART = r"(?<![\p{L}\p{N}._-])[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*+"
#: An e-mail told as "name at provider dot ending": one or two lowercase words on each side of
#: the "at", an ending of two to six letters after the "dot". Lowercase, so that "Mass at St
#: Anne's" or "meet at Elm Park" is no address; not a public body's ending ("clerk at harbor city
#: dot gov": a resident sending neighbours to the city, no seller's address).
_EMAIL_TOLD_RE = regex.compile(
    rf"{_PART}(?:\s+{_PART})?\s+{_AT}\s+{_PART}(?:\s+{_PART})?"
    rf"\s+{_DOT}\s+(?!(?:gov|edu|mil)(?![\p{{L}}\p{{N}}]))\p{{Ll}}{{2,6}}(?![\p{{L}}\p{{N}}])"
)
#: Networks and messengers an account is told on.
_NETWORK = (
    r"(?i:insta(?:gram)?|ig|facebook|fb|tik\s*tok|telegram|signal|snap(?:chat)?|kakao(?:talk)?"
    r"|line|we\s*chat|whats\s*app|viber|threads|x\.com|twitter)"
)
#: An account on a network with a spelled mark in its name ("on insta as odorfree dot plains").
_HANDLE_DOT_RE = regex.compile(
    rf"(?<![\p{{L}}]){_NETWORK}(?![\p{{L}}])[^.!?\n]{{0,40}}?(?<![\p{{L}}\p{{N}}])"
    rf"[\p{{Ll}}\p{{N}}]{{2,}}\s+{_DOT}\s+[\p{{Ll}}\p{{N}}]{{2,}}(?![\p{{L}}\p{{N}}])"
)
#: An account told as the writer's or the shop's name, or a word, plus something: "the word
#: commissary plus the city name", "my name plus 77", "mi nombre más 77", "o nosso nome mais
#: o ano", "notre nom suivi de 33".
_NAME_PLUS_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:the\s+word\s+\p{L}+|(?:my|our|his|her)\s+(?:first\s+|last\s+|shop['’]?s?\s+)?"
    r"name|the\s+(?:shop|store|business|company|salon|kitchen)['’]?s?\s+name"
    r"|la\s+palabra\s+\p{L}+|(?:mi|nuestro|su)\s+nombre|a\s+palavra\s+\p{L}+"
    r"|(?:meu|nosso)\s+nome|le\s+mot\s+\p{L}+|(?:mon|notre)\s+nom)"
    r"\s+(?:plus|followed\s+by|and\s+then|m[aá]s|seguido\s+de|mais|suivi\s+de)\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+|le\s+)?(?:\p{N}+|\p{L}+))"
)

#: Session 28: a messenger or a network named by its look. The colours and the things its
#: logo shows; an app or a messenger "with the" logo, "the blue app", "the paper plane app",
#: "on the gram"; in Spanish, Portuguese, French; Telegram's "paper plane" and a coloured app
#: in Chinese.
_COLOUR = r"blue|green|purple|violet|yellow|orange|pink|black"
_LOGO_THING = r"paper\s+plane|plane|speech\s+bubble|bubble|bird|ghost|padlock|lock"
_APP = r"(?:messaging\s+|chat\s+)?(?:app|messenger)"
_APP_BY_LOOK_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:"
    rf"the\s+(?:(?:{_COLOUR})\s+(?:(?:{_LOGO_THING})\s+)?|(?:{_LOGO_THING})\s+){_APP}"
    rf"|{_APP}\s+with\s+(?:the|a)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:logo|icon|{_LOGO_THING})"
    r"|(?:on|via|through)\s+the\s+['’]?gram"
    r"|la\s+(?:app|aplicaci[oó]n)\s+(?:verde|azul|morada|del\s+(?:avioncito|pajarito|fantasma))"
    r"|o\s+(?:app|aplicativo)\s+(?:verde|azul|roxo|do\s+(?:avi[aã]ozinho|passarinho))"
    r"|l['’]appli(?:cation)?\s+(?:verte|bleue|violette|à\s+l['’]avion|au\s+logo)"
    r")(?![\p{L}]))"
    r"|纸飞机|紙飛機|(?:绿色|蓝色|綠色|藍色)的?(?:软件|軟件|(?i:app))"
)
#: Session 29 (spend29a): a page, a site, an account told by its logo or its picture.
_PAGE_BY_LOOK_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:page|site|website|account|profile|channel|group|one)\s+with\s+(?:the|a)\s+"
    r"(?:[\p{L}-]+\s+){0,4}?(?:logo|icon|picture|photo|profile\s+pic\w*)(?![\p{L}])"
    r"|(?:p[aá]gina|perfil|cuenta|conta|page|compte)\s+(?:con|com|avec|del?|do|da|du)\s+"
    r"(?:el\s+|la\s+|o\s+|a\s+|le\s+|la\s+)?(?:logo|logotipo|foto|imagen|imagem|dibujo)(?![\p{L}])"
    r"|(?<![\p{L}])(?:yung|iyong|ang)\s+may\s+(?:logo|larawan|litrato)(?![\p{L}])"
    r"|(?:с|з)\s+(?:логотипом|аватарк\p{L}*)|עם\s+(?:ה)?לוגו|עם\s+התמונה\s+של)"
    r"|头像是|頭像是"
)
#: A word of reaching someone, in the sentence that describes the app: the name to look for or
#: to write to is there.
_REACHING_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:message|msg|dm|pm|inbox|search|look\s+(?:up|for)|find|add|text|contact"
    r"|write|handle|username|user\s*name|under\s+the\s+name|number|id|join"
    r"|b[uú]s[cq]\p{L}*|escrib\p{L}*|manda\p{L}*|agrega\p{L}*|procur\p{L}*"
    r"|cherche\p{L}*|[ée]cri\p{L}*"
    # Session 29 (spend29a): Tagalog, Russian, Ukrainian.
    r"|hanapin|i-?message|mag-?message|i-?text|i-?search|найд\p{L}*|ищ\p{L}*|напиш\p{L}*"
    r"|знайд\p{L}*|шука\p{L}*)(?![\p{L}]))"
    r"|搜|加|联系|聯繫|私信"
    # Hebrew, its verbs with their prefixes: search, write, send.
    r"|(?:ת|ל)?חפש\p{L}*|מחפשים|(?:ת|ל)?כתוב\p{L}*|כתבו|שלחו"
)

#: Session 29 (spend29a): an account dictated in pieces. The underscore said in words, which
#: alone marks one ("lettermill underscore bk", "guion bajo", "нижнее подчёркивание", "קו
#: תחתון"); or two of the other pieces: "then the word", "the letters", "in Latin letters", "and
#: the digits", in a sentence that names a network or a messenger.
_UNDERSCORE_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:underscore|under\s+score|gui[oó]n\s+bajo|sublinhado|underline|tiret\s+bas"
    r"|(?:нижн\p{L}*\s+)?подч[её]ркивани\p{L}*|(?:нижн\p{L}*\s+)?підкреслен\p{L}*)(?![\p{L}]))"
    r"|קו\s+תחתון|下划线|下劃線"
)
_PIECE_RE = regex.compile(
    r"(?i:(?<![\p{L}])(?:(?:then|followed\s+by|and)\s+the\s+(?:word|letters|digits|numbers?)"
    r"|the\s+letters|(?:luego|despu[eé]s|y)\s+(?:la\s+palabra|las\s+letras|los\s+n[uú]meros)"
    r"|las\s+letras|(?:depois|e)\s+(?:a\s+palavra|as\s+letras|os\s+n[uú]meros)|as\s+letras"
    r"|(?:puis|et)\s+(?:le\s+mot|les\s+lettres|les\s+chiffres)|les\s+lettres"
    r"|(?:потом|затем|и|після|потім|і)\s+(?:слово|буквы|цифры|літери|цифри)|буквы|літери"
    r"|латиниц\p{L}*|латинк\p{L}*)(?![\p{L}]))"
    r"|ו?אחרי(?:ו|ה|\s+זה)\s+(?:ה)?מילה|(?:ו|ואז\s+)?(?:ה)?אותיות|באנגלית|(?:ו|ואז\s+)המספר"
)
#: The networks and messengers in the scripts an account is dictated in (Hebrew with its
#: prefixes, read without word boundaries).
_NETWORK_ANY_RE = regex.compile(
    rf"(?<![\p{{L}}]){_NETWORK}(?![\p{{L}}])"
    r"|(?i:телеграм\p{L}*|телег\p{L}*|инстаграм\p{L}*|інстаграм\p{L}*|инст\p{L}*|фейсбук\p{L}*"
    r"|вайбер\p{L}*|ватсап\p{L}*|вотсап\p{L}*)"
    r"|טלגרם|אינסטגרם|פייסבוק|וואטסאפ|ווטסאפ|טיקטוק"
)


#: Session 30 (spend30a, the spent -52 and -50): a name's separator said in words twice, between
#: its pieces ("Norhaven dash SafeKids dash Mom", "planos guion adu guion alderbrook",
#: "repelente ponto brasil ponto fl"): an account dictated so that no finder reads it, as an
#: underscore said in words is. Twice, between words: "a dash of salt" is none.
_SAID_SEPARATOR = (
    r"dash|hyphen|gui[oó]n|h[ií]fen|tiret|тире|дефис|дефіс|g[aạ]ch\s+ngang|gitling"
    r"|ponto|punto|point|точка|ch[aấ]m"
)
_SAID_TWICE_RE = regex.compile(
    rf"(?i:(?<![\p{{L}}])[\p{{L}}\p{{N}}]+\s+({_SAID_SEPARATOR})\s+[\p{{L}}\p{{N}}]+\s+"
    rf"(?:{_SAID_SEPARATOR})\s+[\p{{L}}\p{{N}}]+(?![\p{{L}}]))"
)
#: Session 30: the payment apps an account is dictated for as well ("Venmo me, the handle is
#: ...", "Mándenme Zelle, el usuario es ...").
_PAYMENT_APP_RE = regex.compile(r"(?i:(?<![\p{L}])(?:venmo|cash\s?app|zelle|paypal)(?![\p{L}]))")


def dictated_in_pieces(prose: str) -> str | None:
    """Session 29 (spend29a): an account dictated in pieces in a sentence naming a network
    (see the module), the pieces' words found, or None."""
    apps = [*_NETWORK_ANY_RE.finditer(prose), *_PAYMENT_APP_RE.finditer(prose)]
    read_to = -1  # session 30: each sentence read once, however many networks it names
    for m in sorted(apps, key=lambda found: found.start()):
        if m.start() < read_to:
            continue
        sentence = sentence_at(prose, m.start())
        at = prose.find(sentence, max(0, m.start() - len(sentence)))
        read_to = at + len(sentence) if at >= 0 else m.end()
        under = _UNDERSCORE_RE.search(sentence)
        if under is not None:
            return " ".join(under.group().split())
        said = _SAID_TWICE_RE.search(sentence)
        if said is not None:
            return " ".join(said.group().split())
        pieces = {" ".join(p.group().split()).lower() for p in _PIECE_RE.finditer(sentence)}
        if len(pieces) >= 2:
            return ", ".join(sorted(pieces))
    return None


def app_by_look(prose: str) -> str | None:
    """Session 28: a messenger or a network named by its look, in a sentence with a word of
    reaching someone (see the module), or None. Session 29 (spend29a): or a page told by its
    logo or its picture (:func:`page_by_look`)."""
    for m in _APP_BY_LOOK_RE.finditer(prose):
        if _REACHING_RE.search(sentence_at(prose, m.start())):
            return " ".join(m.group().split())
    return page_by_look(prose)


#: A cause a residents' group names its page after ("Save Hatherley Brook", "Stop the Tower").
_CAUSE_NAME_RE = regex.compile(
    r"(?<![\p{L}])(?:Save|Stop|Protect|Salvemos|Salven|Sauvons|Salvem)\s+\p{Lu}"
)


def page_by_look(prose: str) -> str | None:
    """Session 29 (spend29a): a page, a site or an account told by its logo or its picture, in a
    sentence with a word of reaching someone, or None. Not in a text that names a residents'
    group (friends of, a congregation, a pantry: :func:`contacts.names_a_civic_group`), nor in
    a sentence naming a public body, a place or a cause ("Save the Brook"): a group's page with
    its heron photo, beside the sum it has raised, is how neighbours find the group."""
    for m in _PAGE_BY_LOOK_RE.finditer(prose):
        sentence = sentence_at(prose, m.start())
        if not _REACHING_RE.search(sentence):
            continue
        if a_groups_page(prose, sentence):
            return None
        return " ".join(m.group().split())
    return None


def a_groups_page(prose: str, sentence: str) -> bool:
    """Whether a page told by its picture in ``sentence`` is a residents' group's: the text names
    such a group, or the sentence a public body, a place or a cause. Read by :func:`page_by_look`
    and by :mod:`toldaccount` (the same pages, told in other words)."""
    return bool(
        names_a_civic_group(prose) or _CAUSE_NAME_RE.search(sentence) or public_words(sentence)
    )


#: Session 28 (spend28b): a messenger's ID dictated in Chinese: "我的微信号是hd加2027再加pre，全部
#: 小写", "微信号就是律师的姓Liu加上flood，中间没有空格", "微信号是“数学老师”的拼音，后面加703"; and
#: (spend28a) "微信号 huishou 加上 Brolga 的拼音". The ID's parts joined by "plus" (加, 加上, 再加,
#: 后面加), or the ID given in pinyin, in small letters or without spaces: a writer spelling an
#: account for a reader to type, as "my name plus 77" is in English.
_ID_TOLD_HAN_RE = regex.compile(
    r"(?:微信号?|微信號|微信ID|wechat\s*id|vx号|QQ号|ID)\s*(?:是|就是|為|为|[:：])?[^。！？!?\n]{0,30}?"
    r"(?:加上|再加|后面加|後面加|[\p{Latin}\p{N}”\"]\s*加\s*[\p{Latin}\p{N}“\"]|拼音|全部小写|全部小寫"
    r"|全小写|没有空格|沒有空格|不带空格|不帶空格|中间没有)",
    regex.IGNORECASE,
)

#: Session 28 (spend28b): a name dictated for the reader to type or search: "DeedGuard (one
#: word)", "(no spaces)", "(all lowercase)"; "search the words quiet pane northern virginia";
#: and a writer who says they spell their address because links are blocked ("I'll spell the
#: name since links get blocked here: ..."). Each tells a contact so that no finder reads it.
_DICTATED_RE = regex.compile(
    r"(?i:\p{Lu}[\p{L}\p{N}]+\s*\((?:all\s+)?(?:one\s+word|no\s+spaces|lower\s*case)\)"
    r"|(?<![\p{L}])(?:search|google|look\s+up)\s+(?:for\s+)?the\s+words?\s+\p{L}+"
    r"|(?<![\p{L}])(?:since|because|as|cause)\s+(?:\w+\s+){0,2}(?:links?|urls?|websites?|numbers?"
    r"|e-?mails?)\s+(?:\w+\s+)?(?:get|gets|are|is|keep\s+getting)\s+(?:blocked|removed|filtered"
    r"|deleted|censored|not\s+allowed))"
)

#: Each reading, with a cheap test of the word it cannot do without.
_READINGS = (
    (_EMAIL_TOLD_RE, regex.compile(rf"(?<![\p{{L}}]){_AT}(?![\p{{L}}])")),
    (_HANDLE_DOT_RE, regex.compile(rf"(?<![\p{{L}}]){_DOT}(?![\p{{L}}])")),
    (_NAME_PLUS_RE, regex.compile(r"(?i:name|nombre|nome|nom|word|palabra|palavra|mot)")),
    (_ID_TOLD_HAN_RE, regex.compile(r"(?i:微信|vx|qq|id)")),
    (
        _DICTATED_RE,
        regex.compile(r"(?i:word|spaces|lower|blocked|removed|filtered|deleted|censored|allowed)"),
    ),
)
#: The cheap test of :func:`app_by_look`.
_APP_NEEDED_RE = regex.compile(
    r"(?i:app|messenger|gram|aplicati|飞机|飛機|软件|軟件"
    # Session 29 (spend29a): a page told by its logo or picture.
    r"|logo|icon|picture|photo|profile|foto|imag|dibujo|larawan|litrato|логотип|аватар)"
    r"|לוגו|התמונה|头像|頭像"
)
#: The cheap test of :func:`dictated_in_pieces`.
_PIECES_NEEDED_RE = regex.compile(
    r"(?i:score|gui[oó]n|sublinhado|underline|tiret|подч|підкр|word|letter|palabra|letra|palavra"
    r"|mot|lettre|слово|букв|літер|латин"
    # Session 30 (spend30a): a separator said in words (:data:`_SAID_TWICE_RE`).
    r"|dash|hyphen|gui[oó]n|h[ií]fen|tiret|тире|дефис|дефіс|ngang|gitling|ponto|punto|point"
    r"|точка|ch[aấ]m)|תחתון|מילה|אותיות|באנגלית|下划线|下劃線"
)


def described_contact(prose: str) -> str | None:
    """The contact the text describes instead of writing (see the module), or None."""
    for pattern, needed in _READINGS:
        if not needed.search(prose):
            continue  # the common case: no word the reading needs, and no long search
        m = pattern.search(prose)
        if m is not None:
            return " ".join(m.group().split())
    return None


def described_offer_evidence(
    prose: str, s: SpamSettings, hidden: bool, pages: tuple[str, ...] = ()
) -> list[Evidence]:
    """A described contact beside a seller's pitch (see the module). ``hidden``: the text's
    contact is already read as hidden from filters, and its terms weighed beside it
    (:func:`selleroffer.seller_offer_evidence`), so nothing is added here.

    Session 28 (spend28b): ``pages``, the pages or accounts the text names to look up on a
    network (:func:`contacts.named_pages`: a seller's, not a public body's nor a residents'
    group's), are a contact told instead of written too: "ai cần thì tìm trên Facebook tên Tiệm
    Nail Cô Ba", "WhatsApp లో Sai Datacenter అని వెతకండి", "على واتساب باسم أبو خالد كندا". The
    page already weighs as a contact (:func:`contacts.messenger_evidence`); beside a seller's
    pitch the pitch is added as a term beside it. A resident who sends neighbours to a page
    names a group's, a congregation's or the city's (not read), or names no price in a seller's
    words ("Look us up on Facebook, St Brendan Harbor Parish, $5 a bowl")."""
    if hidden:
        return []
    contact = described_contact(prose)
    app = False  # the contact is an app named by its look: then any sum is the pitch
    if contact is None and _APP_NEEDED_RE.search(prose) is not None:
        contact = app_by_look(prose)
        app = contact is not None
    if contact is None and _PIECES_NEEDED_RE.search(prose) is not None:
        contact = dictated_in_pieces(prose)
        app = contact is not None  # no resident dictates an account so: any sum is the pitch
    if (contact is None and not pages) or names_a_scam(prose):
        return []
    terms = terms_of_trade(prose) or price_in_a_sellers_words(prose)
    if not terms and app:
        terms = ["a sum of money"] if names_a_sum(prose) else []
    if not terms:
        return []
    shown = ", ".join(repr(t) for t in terms[:3])
    if contact is None:
        detail = f"advertising: a seller's terms ({shown}) beside a page named to look up"
        return [Evidence(s.hidden_offer_weight, detail)]
    return [
        Evidence(s.spelled_link_weight, f"contact: a contact described, not written ({contact!r})"),
        Evidence(
            s.hidden_offer_weight,
            f"advertising: a seller's terms ({shown}) beside a contact described, not written",
        ),
    ]
