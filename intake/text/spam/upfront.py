"""Session 20 (scams20): money asked up front, and a notice that threatens and asks to pay.

Two shapes of the scams that reach a docket dressed as a neighbour's tip or an office's notice.

**Money asked up front to a person's payment account.** "il faut envoyer 300 $ de dépôt par Cash
App $Name pour garder sa place", "mandar depósito de $600 por Zelle al 508-555-… para reservar",
"đặt cọc trước 50% qua Zelle 508-555-…", "tua $400 kɔ Cash App $Name ansa na wobɛba ahwɛ" (pay
before you come to see), "Venmo @Name to hold one": a place, a unit, a job, a repair held for
whoever pays first, to an account no office keeps. The parts that travel across languages are
the **payment app named with the account to pay** (a phone number, a ``$cashtag``, an
``@handle`` or an address within a few characters after the app's name), a **sum** (or the share
of one: "50%"), and a word saying the money comes **first**: a deposit, to hold or reserve a
place, before the thing is seen or begun, in advance (short lists in about fifteen languages).
No resident asks the readers of a docket for that, and the writer's "I support the project"
before it does not make it one: these scams open in a resident's voice. Residents write of
such asks to warn ("someone is asking for $600 by Zelle to reserve", "my aunt paid a deposit by
Zelle"): a text naming a scam, refusing ("don't send", "no manden", "n'envoyez pas") or telling
of money asked, sent or lost is not read. A group's dues, a bill paid, neighbours chipping in
for a lawyer name the app and a sum without a deposit or a place held, and are not read either.

**A notice that threatens and asks to pay at a link.** "all landlords must pre-register by Dec 15
or face a $500 fine. Pay the $75 registration fee now at …", "phải đăng ký trước 15/12 nếu
không sẽ bị phạt … Thanh toán lệ phí tại …", "you MUST register … or they won't be picked up.
Registration fee $25, pay here: …": what befalls the reader if they do not act (a fine, a
penalty, a service cut, "otherwise") and the imperative to pay, pointed at a link outside the
allowed domains. The city's own notice points to the city's site; a resident angry at a real
fee writes "I", names a scam, or tells where the fee "can be paid", not "pay here". It weighs
as a notice with its time to act (0.55): with the link and a front page it reaches the
threshold; with a link into a page alone (0.15) it stays under it.

**A grant guaranteed for a fee.** "the facade grant ... they guarantee approval or your money
back, $399", "se lo garantizamos por $650", "수수료 $450이면 ... 보조금 100% 보장", "$৩৫০ ...
১০০% গ্যারান্টি": a grant word, a guarantee made whole (100 %, the approval, the money back, for a
price) and a sum, with a way to reach the seller. A grant that "guarantees $10,000 to every
storefront" is explained, not sold, and is not read.

**An identity to enter at a page.** "Sign the OFFICIAL petition ... enter your full name, date
of birth and last 4 of SSN: …", "Ingrese su fecha de nacimiento y su cuenta bancaria en …": the
identity asked at a link outside the allowed domains. :mod:`idask` reads such asks unless the
text names the city's people; a fake petition or relief form addresses exactly them
("Residents of …"), so this reads it there too, and the page is its second sign.

**The reader's parcel said to be undelivered** (session 21, scams21): "your package could not be
delivered ... update your address: …" in any language, with an imperative to act and a link
outside the allowed domains (see the comment above :data:`_YOUR_PARCEL`).
"""

from __future__ import annotations

import regex

from intake.text.spam.contacts import names_a_civic_group
from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam
from intake.text.spam.pronouns import WRITER_RE
from intake.text.spam.solicit import money

#: A payment app that sends money to a person, in the spellings the sets use (brand names: the
#: same in every language; Amharic and Cyrillic transliterations of Zelle and Venmo).
_APP = r"(?:(?<![\p{L}])(?:zelle|cash\s*app|venmo|paypal|chime|apple\s+cash|зелл\p{L}*|венмо)|ዜል)"
#: The account to pay, a few characters after the app's name: a phone number, a cashtag, a
#: handle, an e-mail address.
_ACCOUNT = (
    r"(?:\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|[$@][\p{L}][\w.-]{2,}"
    r"|[\w.+-]+@[\w-]+\.[\w.]+)"
)
_PAY_TO_RE = regex.compile(rf"(?i){_APP}(?![\p{{L}}])[^.!?\n\d$@]{{0,24}}{_ACCOUNT}")

#: The money comes first: a deposit, a place held or reserved, before the thing is seen or
#: begun, in advance (English, Spanish, French, Portuguese, Haitian Creole, Vietnamese, Twi,
#: Swahili, Tagalog, Russian, Arabic, Amharic, Chinese, Korean, Hindi and Nepali).
_FIRST_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:deposit|down\s+payment|upfront|up\s+front|in\s+advance|to\s+(?:hold"
    r"|reserve|secure)|hold\s+(?:your|a|the)\s+(?:spot|place|unit|seat|room|date)"
    r"|before\s+(?:you|we|they|viewing|moving|starting|the\s+(?:lottery|viewing|move))"
    r"|dep[oó]sito|reservar|apartar|separar\s+su|antes\s+de\s+(?:ver|empezar|la\s+loter)"
    r"|adelantad[oa]|por\s+adelantado|anticipo"
    r"|d[ée]p[oô]t|acompte|r[ée]server|garder\s+(?:sa|votre|ta)\s+place|avant\s+de\s+(?:voir"
    r"|commencer|visiter)|d'avance|[àa]\s+l'avance"
    r"|sinal|reserva|adiantad[oa]|antes\s+de\s+come[cç]ar"
    r"|depo|rez[eè]ve|kenbe\s+plas|anvan\s+ou"
    r"|đặt\s+cọc|giữ\s+chỗ|trả\s+trước|tiền\s+cọc"
    r"|ansa\s+na|kabla\s+ya|amana|paunang\s+bayad|reserba|bago\s+(?:ka|kayo)"
    r"|предоплат\p{L}*|задат\p{L}*|залог\p{L}*|заброни\p{L}*|бронь"
    r"|عربون|لحجز|مقدم(?:ًا|ا)?|قبل\s+(?:أن|ان|الزيارة|البدء)"
    r")(?![\p{L}])"
    r"|ቦታዎ|ቅድሚያ|定金|订金|訂金|押金|预付|預付|保留名额|선금|예약금|보증금|자리\s*확보"
    r"|अग्रिम|पेशगी|बुक\s+गर्न|सिट\s+पक्का"
)

#: Refusals written in languages other than English ("no manden", "n'envoyez pas", "pa voye",
#: "đừng", "không gửi") and warnings to the reader ("cuidado", "heads up"): what a scam never
#: writes, shared by :data:`WARNS_RE` and :data:`_REFUSES_RE`.
_REFUSALS = (
    r"no\s+(?:mand|env[ií]|pagu|den|d[eé]s)\p{L}*|n'envo\p{L}*|ne\s+(?:payez|envoyez)"
    r"|pa\s+voye|pa\s+peye|đừng|không\s+(?:gửi|chuyển)"
    # Session 21 (scams21): "don't pay" in the new seats' languages: Russian, Ukrainian,
    # Bosnian, Turkish, Albanian, Swahili, Somali, Persian and Dari, Urdu, Pashto, Hebrew.
    r"|не\s+плат\p{L}*|не\s+переводит\p{L}*|не\s+надсилайте|ne\s+pla[ćc]ajte|[öo]demeyin"
    r"|mos\s+paguani|msilipe|ha\s+bixin|پول\s+ندهید|پیسے\s+نہ\s+دیں|پیسې\s+مه|אל\s+תשלמו"
)
_WARNINGS = (
    r"warn\p{L}*|careful|ojo|cuidado|heads\s+up|psa"
    # Session 21 (scams21): "be careful", "beware", "warning" in the new seats' languages.
    r"|осторожно|обережно|oprez\p{L}*|pazite|upozoren\p{L}*|dikkat\s+edin|kujdes|ehtiyot"
    r"|tahadhari|jihadhari\p{L}*|digtoonow|iska\s+jir|mwitonde|muramenye|مواظب\p{L}*"
    r"|مراقب\s+باشید|هشدار|ہوشیار|خبردار|זהירות|היזהרו|ფრთხილად|გაფრთხილებ\p{L}*"
)

#: The text warns, refuses, or tells of money asked, sent or lost: a resident's report.
WARNS_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}'])(?:don'?t|do\s+not|never|{_REFUSALS}|nunca|jam[aá]is"
    r"|asking|asked|asks|pidiendo|pide|pidi[oó]|demande\p{L}*|got\s+(?:a|an|this|the)\s+(?:call|text|message|e-?mail|letter)"
    r"|lost|paid|sent|perdió|pagué|pagó|envié|envió|payé|envoyé|claim\p{L}*"
    rf"|{_WARNINGS}|attention|atansyon|atención)(?![\p{{L}}])"
)

#: Session 20: the part of :data:`WARNS_RE` a scam never writes: a refusal or a warning to the
#: reader ("do not send money", "cuidado"); not "claim", "attention" nor a sum "sent", which
#: prize notices write too.
_REFUSES_RE = regex.compile(
    r"(?i)(?<![\p{L}'])(?:don'?t\s+(?:send|pay)|do\s+not\s+(?:send|pay)|never\s+(?:send|pay)"
    rf"|{_REFUSALS}|{_WARNINGS})(?![\p{{L}}])"
)


def refuses_or_warns(text: str) -> bool:
    """The text tells the reader not to send or pay, or warns them (:data:`_REFUSES_RE`): a
    resident reporting a scam, not the scam."""
    return _REFUSES_RE.search(text) is not None


def reports_a_scam(text: str) -> bool:
    """The text names a scam (:func:`notices.names_a_scam`) or tells the reader not to send or
    pay (:func:`refuses_or_warns`): a resident quoting a lure to warn, whose words are not
    read as the lure's."""
    return names_a_scam(text) or refuses_or_warns(text)


#: Weight of money asked up front to a person's payment account: spam alone.
UPFRONT_WEIGHT = 0.7
#: Session 20 (lead): the same asked in a text naming a residents' group ("Our PTA collects a
#: $25 deposit by Zelle to hold a spot on the bus", a merchants' association's booth fee): a
#: group collecting from its members, which a way to reach it does not make spam.
UPFRONT_GROUP_WEIGHT = 0.55


def money_up_front(body: str) -> str | None:
    """The payment app and account money is asked up front to (see the module), or None."""
    found = _PAY_TO_RE.search(body)
    if found is None or not money(body):
        return None
    if _FIRST_RE.search(body) is None:
        return None
    if names_a_scam(body) or WARNS_RE.search(body):
        return None
    return str(found.group())


def upfront_evidence(body: str) -> list[Evidence]:
    """Money asked up front to a person's payment account (read in the ``body`` as written: the
    prose has its addresses taken out, and an account to pay may be one)."""
    found = money_up_front(body)
    if found is None:
        return []
    detail = f"lure: money asked up front to a person's payment account ({found[:50]!r})"
    weight = UPFRONT_GROUP_WEIGHT if names_a_civic_group(body) else UPFRONT_WEIGHT
    return [Evidence(weight, detail)]


#: What befalls the reader who does not act: a fine, a penalty, a service cut, "or else".
_THREAT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:or\s+(?:face|be|get|risk|pay|lose|they\s+won'?t|you\s+won'?t|your)"
    r"|to\s+avoid\s+(?:a\s+)?(?:penalt|fine|late|shut|disconnect|suspension)\p{L}*"
    r"|otherwise|or\s+else|will\s+be\s+(?:fined|cut|shut|disconnected|towed|evicted|cancell?ed)"
    r"|nếu\s+không|bị\s+phạt|sẽ\s+bị\s+cắt"
    r"|de\s+lo\s+contrario|si\s+no\s+(?:paga|se\s+registra)|o\s+(?:ser[aá]n?|perder[aá]n?)"
    r"\s+(?:multad|cortad|cancelad|desconectad|sancionad)\p{L}*"
    r"|sinon|sous\s+peine|ou\s+(?:sera|serez)\s+(?:factur|sanctionn|coup)\p{L}*"
    r"|sen[aã]o|sob\s+pena|oswa\s+(?:w|ou)\s+ap\s+(?:peye|p[eè]di)"
    r"|иначе|в\s+противном\s+случае)(?![\p{L}])"
    r"|မဟုတ်ရင်|否则|否則|不然|그렇지\s*않으면|अन्यथा|नत्र|وإلا|والا"
)
#: The reader told to pay, pointed where: "pay (the fee) now/here/at/online", "thanh toán ... tại".
_PAY_AT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:pay(?:\s+(?:the|your|a))?(?:\s+[\p{L}$\d-]+){0,3}?\s+(?:here|now|at"
    r"|online|today|via|through)|thanh\s+toán|nộp\s+(?:phí|tiền)|pague|paga\s+(?:aqu[ií]|en)"
    r"|payez|pagar\s+en|peye|pagamento\s+em|оплатите|оплата\s+на)(?![\p{L}])"
    r"|ပေးချေပါ|请缴纳|請繳納|立即缴费|납부하세요|결제하세요|भुक्तानी\s+गर्नुहोस्|भुगतान\s+करें|ادفع"
)

#: Session 21 (scams21): the reader told to look at the "evidence" against them at a link ("View
#: the evidence here: …", "vea las pruebas aquí", "consultez les preuves", "доказательства по
#: ссылке"): the copyright or violation notice's lure, which opens a page that installs or asks
#: to sign in. Read as the threat's ask, as paying is.
_EVIDENCE_AT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:view|see|download|review|check|open)\s+(?:the\s+|your\s+)?(?:evidence"
    r"|proof|infring\p{L}*|violation\s+(?:report|details|photos?)|complaint)\p{L}*"
    r"|(?:vea|revise|descargue)\s+(?:las\s+)?(?:pruebas|evidencias)|consultez\s+(?:les\s+)?preuves"
    r"|доказательств\p{L}*\s+(?:по\s+ссылке|здесь)|докази\s+(?:за\s+посиланням|тут)"
    r"|kan[ıi]tlar[ıi]\s+(?:g[öo]r[üu]n|inceleyin)|pogledajte\s+dokaz\p{L}*|shihni\s+provat"
)
#: ... in a notice of rights infringed on the reader's own page or picture ("copyright ... your
#: page", "DMCA", "derechos de autor ... su sitio"): residents who send the council to look at
#: evidence of a problem ("or face complaints. View the evidence at ...") write of the city's
#: site, a zoning violation, a crossing, not of the reader's copyright.
_RIGHTS_ON_YOURS_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:copyright|dmca|infring\p{L}*|trademark|derechos\s+de\s+autor"
    r"|droits?\s+d'auteur|авторск\p{L}*|telif|autorsk\p{L}*|זכויות\s+יוצרים|حق\s+(?:نشر|التأليف)"
    r"|کاپی\s*رائٹ|hakimiliki)(?![\p{L}])[^\n]{0,200}?(?<![\p{L}])(?:your|su|votre|ваш\p{L}*"
    r"|sizin|va[šs]\p{L}*|juaj|yako|שלך|شما|آپ)(?![\p{L}])"
)
#: Weight of a notice that threatens the reader and points them to pay at an outside link.
THREAT_PAY_WEIGHT = 0.55


def threat_to_pay(prose: str) -> str | None:
    """The threat and the ask to pay of a notice (see the module), or None."""
    threat = _THREAT_RE.search(prose)
    if threat is None:
        return None
    pay = _PAY_AT_RE.search(prose)
    if pay is None and _RIGHTS_ON_YOURS_RE.search(prose):
        pay = _EVIDENCE_AT_RE.search(prose)
    if pay is None or names_a_scam(prose) or WRITER_RE.search(prose):
        return None
    if WARNS_RE.search(prose):
        return None
    return f"{threat.group()} ... {pay.group()}"


def threat_to_pay_evidence(prose: str, linked: bool) -> list[Evidence]:
    """A notice that threatens the reader and asks them to pay, with a link outside the allowed
    domains (``linked``) to pay at."""
    if not linked:
        return []
    found = threat_to_pay(prose)
    if found is None:
        return []
    detail = f"lure: a notice threatening the reader, to pay at a link ({found[:60]!r})"
    return [Evidence(THREAT_PAY_WEIGHT, detail)]


#: A grant, a subsidy, an approval: what an agency gives (English, Spanish, French, Portuguese,
#: Creole, Vietnamese, Swahili, Amharic, Korean, Chinese, Bengali, Hindi and Nepali).
_GRANT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:grants?|approval|approved|subvenci[oó]n\p{L}*|subsidio\p{L}*"
    r"|subvention\p{L}*|subs[ií]dio\p{L}*|sibvansyon|trợ\s+cấp|ruzuku)(?![\p{L}])"
    r"|እርዳታ|보조금|지원금|补助|補助|补贴|補貼|গ্রান্ট|অনুদান|अनुदान|ग्रान्ट"
)
#: The outcome guaranteed: "guarantee approval", "100% garantizado", "100% 보장", "১০০% গ্যারান্টি".
_GUARANTEED_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:guarantee\p{L}*|garanti\p{L}*|bảo\s+đảm|đảm\s+bảo|гарант\p{L}*"
    r"|dhamana)(?![\p{L}])|보장|保证|保證|গ্যারান্টি|गारंटी|ग्यारेन्टी"
)
#: The guarantee made whole: "100%", the approval itself, "or your money back", "for $650".
_WHOLLY_RE = regex.compile(
    r"(?i)[1١১१][0০०٠]{2}\s*%|approv\p{L}*|aprob\p{L}*|approuv\p{L}*|money\s+back"
    r"|(?<![\p{L}])(?:por|for|pour|pou)\s+[$€]\s*\d"
)

#: Weight of a grant guaranteed wholly (100 %, the approval, the money back, for a price) in a
#: text naming a sum, with a way to reach whoever sells it: with a number (0.15) it reaches the
#: threshold. A grant that "guarantees $10,000 to every storefront" is a resident explaining it,
#: and is not read.
GUARANTEED_GRANT_WEIGHT = 0.65


def guaranteed_grant(prose: str) -> str | None:
    """A grant or an approval guaranteed wholly, in a text naming a sum (a fee for it), or
    None."""
    guaranteed = _GUARANTEED_RE.search(prose)
    if guaranteed is None or _GRANT_RE.search(prose) is None or not money(prose):
        return None
    start, end = guaranteed.span()
    if _WHOLLY_RE.search(prose[max(0, start - 30) : end + 30]) is None:
        return None
    if names_a_scam(prose) or WARNS_RE.search(prose):
        return None
    return str(guaranteed.group())


def guaranteed_grant_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """A grant guaranteed for a sum, with a way to reach the seller (``reachable``)."""
    if not reachable:
        return []
    found = guaranteed_grant(prose)
    if found is None:
        return []
    detail = f"lure: a grant or an approval wholly guaranteed for a sum ({found!r})"
    return [Evidence(GUARANTEED_GRANT_WEIGHT, detail)]


#: Session 20: the reader told to enter or give an identity at a page (a fake petition, a fake
#: relief form): a verb and, within a sentence, a number or date that opens the reader's identity
#: or money.
_ENTER_ID_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:enter|provide|submit|verify|confirm|type|fill\s+in|input|upload|give"
    # Session 21 (scams21): "add your name and the last four of your SSN at ...", and the same
    # verb in Spanish, French, Russian, Ukrainian, Turkish, Bosnian and Albanian.
    r"|add|agregue|a[ñn]ada|ajoutez|добавьте|вкажіть|додайте|ekleyin|dodajte|shtoni"
    r"|ingres[ae]|introduzca|proporcione|verifique|confirme|escriba|entrez|saisissez|indiquez"
    r"|fournissez|confirmez|antre|mete|bay|voye|informe|digite|preencha|nhập|cung\s+cấp"
    r"|введите|укажите"
    # Session 27 (spend27a): "fill in the form with your SSN" in more languages.
    r"|fill\s+out|заповніть|заполните|llene|rellene|remplissez|wype[łl]nij\p{L}*|doldurun"
    r"|điền)(?![\p{L}])[^.!?\n]{0,70}?(?<![\p{L}])(?:ssn|social\s+security"
    r"|last\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:your\s+)?(?:ssn|social)|date\s+of\s+birth|dob"
    r"|bank\s+account|routing\s+number|fecha\s+de\s+nacimiento|seguro\s+social|cuenta\s+bancaria"
    r"|date\s+de\s+naissance|s[ée]curit[ée]\s+sociale|compte\s+bancaire|dat\s+(?:ou\s+)?f[eè]t"
    r"|nim[eè]wo\s+sosyal|kont\s+bank\p{L}*|data\s+de\s+nascimento|conta\s+banc[aá]ria"
    r"|ngày\s+sinh|số\s+an\s+sinh|tài\s+khoản\s+ngân\s+hàng|дат\p{L}*\s+рождения"
    r"|номер\s+сч[её]та)(?![\p{L}])"
)
#: Weight of an identity asked at a page outside the allowed domains: with the link (0.15) and
#: a front page the text does not name (0.25) it reaches the threshold.
IDENTITY_AT_LINK_WEIGHT = 0.55


def identity_at_link(prose: str) -> str | None:
    """The words telling the reader to enter an identity (see :data:`_ENTER_ID_RE`), in a text
    that neither speaks in the first person singular, names a scam, nor warns, or None. Unlike
    :func:`intake.text.spam.idask.asks_for_secret`, read in a text that names the city's people
    ("Residents of …: sign the petition … enter your date of birth"): the page is the sign."""
    found = _ENTER_ID_RE.search(prose)
    if found is None or names_a_scam(prose) or WRITER_RE.search(prose):
        return None
    if WARNS_RE.search(prose):
        return None
    return str(found.group())


def identity_at_link_evidence(prose: str, linked: bool, asked: bool) -> list[Evidence]:
    """An identity asked to be entered, with a link outside the allowed domains (``linked``) to
    enter it at; not when the ask was read already (``asked``: :mod:`idask`)."""
    if not linked or asked:
        return []
    found = identity_at_link(prose)
    if found is None:
        return []
    shown = found if len(found) <= 60 else "..." + found[-57:]
    detail = f"lure: the reader told to enter an identity at a link ({shown!r})"
    return [Evidence(IDENTITY_AT_LINK_WEIGHT, detail)]


# --------------------------------------------------------------------------- parcels

# Session 21 (scams21): the reader's parcel said to be undelivered, with a link to act at.
#
# "آپ کا پیکج ڈیلیور نہیں ہو سکا۔ پتہ اپ ڈیٹ کرنے کے لیے یہاں کلک کریں: …", "Your package could not
# be delivered due to an incomplete address: …", "Ваша посылка не может быть доставлена …",
# "Kargonuz teslim edilemedi …": the delivery phishing that every seat's residents receive by text
# and some paste into a comment form. Its parts are the same in any language: the **reader's
# parcel** (in the second person: "your package", "آپ کا پیکج", "بسته شما", "ваша посилка",
# "paketiniz", "החבילה שלך") and a **delivery that failed** ("could not be delivered", "ڈیلیور نہیں
# ہو سکا", "не удалось доставить", "teslim edilemedi", "לא נמסרה"), within a sentence or two. A
# notice to the reader about their own account (:mod:`notices`) reads the same shape for a card
# or a bill; a parcel that failed costs nothing there, so it was not read.
#
# A resident does not write to a docket that the reader's parcel failed. One who complains that
# packages are not delivered on their street writes of "packages", "our mail", "my package", not
# "your package"; one who warns quotes the text (set aside, quoted.py), says "I got", names a scam
# or tells neighbours not to click. It counts only with a link outside the allowed domains (the
# place to "update the address"), as a lure's notice does: 0.55, with the link (0.15) and a front
# page the text does not name (0.25) it reaches the threshold; with a link into a page alone it
# stays under.

#: The reader's parcel, in the second person (English, Spanish, French, Portuguese, Russian,
#: Ukrainian, Urdu, Dari and Persian, Pashto, Arabic, Turkish, Bosnian, Albanian, Uzbek,
#: Hebrew, Georgian, Swahili, Somali, Kinyarwanda, Vietnamese, Chinese).
_YOUR_PARCEL = (
    r"(?:your|ur)\s+(?:\w+\s+)?(?:package|parcel|shipment|delivery|order)"
    r"|(?:su|tu)\s+(?:paquete|env[ií]o|pedido)|(?:votre|ton)\s+(?:colis|envoi|commande)"
    r"|(?:seu|sua)\s+(?:pacote|encomenda|entrega)|ваш\w*\s+(?:посылк|отправлени|заказ)\w*"
    r"|ваш\w*\s+(?:посилк|відправленн|замовленн)\w*|(?:آ|ا)پ\s*(?:کا|کی|کے)\s*(?:پیکج|پارسل|آرڈر)"
    r"|(?:بسته|مرسوله|سفارش)\S*\s*(?:شما|تاسو)|ستاسو\s*(?:بسته|پارسل)\S*|(?:طردك|شحنتك)"
    r"|kargonuz|paketiniz|sipari[şs]iniz|va[šs]\w*\s+(?:paket|po[šs]iljk)\w*"
    r"|(?:pako|d[eë]rges)\w*\s+(?:juaj|jote)|sizning\s+(?:posilka|jo.?natma|buyurtma)\w*"
    r"|(?:החבילה|המשלוח)\s+(?:שלך|שלכם)|თქვენი\s+(?:ამანათ|შეკვეთ)\S*"
    r"|kifurushi\s+chako|(?:xirmadaada|alaabtaada)|ipaki\s+yawe|b[uư]u\s+ki[eệ]n\s+c[uủ]a\s+b[aạ]n"
    r"|(?:您|你)的(?:包裹|快递|快遞|订单)"
)
#: Session 26 (res26): the reader's parcel in Japanese and Korean, written without a space before
#: it (so read without the word boundary): the honorific "お荷物" a carrier writes to its customer
#: ("お客様宛にお荷物", "あなたのお荷物"), "고객님의 택배" (the customer's parcel). A resident
#: writes of "荷物" or "私の荷物", "제 택배".
_YOUR_PARCEL_UNSPACED = (
    r"お荷物|あなたの(?:荷物|配送物|小包)|お客様の(?:荷物|配送物|小包)"
    r"|(?:고객님|귀하)의?\s*(?:택배|소포|물품|배송)"
)
#: A delivery that failed, is held, or waits for the address to be put right.
_FAILED = (
    r"(?:could|can)\s*not\s+be\s+delivered|undeliver\w*|delivery\s+(?:failed|attempt\s+failed"
    r"|unsuccessful)|(?:is|was|being)\s+held|on\s+hold|incomplete\s+address|redeliver\w*"
    r"|no\s+(?:se\s+)?(?:pudo|puede)\s+(?:ser\s+)?entrega\w*|retenid[oa]|direcci[oó]n\s+incompleta"
    r"|n'a\s+pas\s+pu\s+[êe]tre\s+livr[ée]\w*|adresse\s+incompl[eè]te|en\s+attente"
    r"|n[aã]o\s+(?:p[oô]de|foi\s+poss[ií]vel)\s+(?:ser\s+)?entreg\w*"
    r"|не\s+(?:может\s+быть|удалось|была|было)\s+(?:\w+\s+)?достав\w*|задержан\w*"
    r"|не\s+(?:може\s+бути|вдалося|було)\s+(?:\w+\s+)?достав\w*|затриман\w*"
    r"|ڈیلیور\s*نہیں|ڈلیور\s*نہیں|تحویل\s*(?:داده\s*)?نشد|ارسال\s*نشد|تحویل\s*نشو|تعذر\s*توصيل"
    r"|teslim\s+edile(?:medi|miyor)|bekletiliyor|nije\s+(?:mogu[ćc]e\s+)?(?:isporu[čc]|dostav)\w*"
    r"|nuk\s+(?:mund\s+t[eë]\s+)?(?:u\s+)?(?:dor[eë]zua|d[eë]rgua)\w*|yetkazib\s+bo.?lmadi"
    r"|(?:לא\s+(?:נמסרה|נמסר|ניתן\s+למסור))|ვერ\s+(?:ჩაბარდა|მოხერხდა|მიეწოდა)"
    r"|haki(?:ku)?weza\s+kuwasilishwa|lama\s+gaarsiin|ntiyashoboye|ntibyashobotse"
    r"|kh[oô]ng\s+th[eể]\s+giao|无法(?:投递|派送|配送)|派送失败|地址不(?:详|全)"
    # Session 26 (res26): Japanese taken back for the reader's absence, to be redelivered, not
    # deliverable, address unknown; Korean delivery failed or impossible, to be redelivered.
    r"|不在(?:の為|のため)|持ち帰り|再配達|(?:お届け|配達)(?:でき|出来)(?:ません|ず|な)"
    r"|(?:宛先|住所)(?:不明|不備)|(?:배송|배달)\s*(?:실패|불가)|미배송|재배송|주소\s*(?:불일치|오류)"
)
#: The reader told to act: update the address, click, confirm, pay, reschedule (the languages
#: above). A resident who writes that parcels failed asks for longer hours or a second carrier.
_ACT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:update|click|tap|confirm|verify|pay|reschedule|schedule|track|actualic\p{L}*"
    r"|actualiz\p{L}*|haga\s+clic|confirm[ea]|pague|mettez\s+[àa]\s+jour|cliquez|confirmez|payez"
    r"|r[ée]glez|r[ée]gler|veuillez|atualiz\p{L}*|clique|pague|обновит\p{L}*|нажмит\p{L}*"
    r"|подтверд\p{L}*|оплатит\p{L}*|перейдит\p{L}*|оновіт\p{L}*|натисніт\p{L}*|підтвердіт\p{L}*"
    r"|оплатіт\p{L}*|g[üu]ncelle\p{L}*|t[ıi]klay\p{L}*|[öo]deyin|a[žz]urirajte|kliknite|platite"
    r"|p[eë]rdit[eë]soni|klikoni|paguani|yangilang|bosing|sasisha|bofya|lipa|guji|kanda"
    r"|cập\s+nhật|nhấp|bấm|thanh\s+toán)(?![\p{L}])"
    r"|اپ\s*ڈیٹ|کلک|کلیک|به\s*روز|به‌روز|עדכנו|לחצו|שלמו|განაახლეთ|დააჭირეთ|点击|點擊|更新|支付|缴纳"
    # Session 26 (res26): Japanese and Korean (confirm, click, tap, pay).
    r"|ご確認|確認して|クリック|タップ|お支払|확인\s*(?:하세요|해\s*주세요|바랍니다)|클릭|결제"
)
_PARCEL_RE = regex.compile(
    rf"(?i)(?:(?<![\p{{L}}])(?:{_YOUR_PARCEL})|{_YOUR_PARCEL_UNSPACED})[^\n]{{0,80}}?(?:{_FAILED})"
    rf"|(?:{_FAILED})[^\n]{{0,40}}?(?:(?<![\p{{L}}])(?:{_YOUR_PARCEL})|{_YOUR_PARCEL_UNSPACED})"
)

#: Weight of the reader's parcel said to be undelivered, with a link outside the allowed
#: domains: a lure's notice with its time to act (notices.NOTICE_NOW_WEIGHT).
PARCEL_WEIGHT = 0.55


def undelivered_parcel(prose: str) -> str | None:
    """The words saying the reader's parcel failed (see the module), in a text that neither
    speaks in the first person singular, names a scam, nor warns, or None."""
    found = _PARCEL_RE.search(prose)
    if found is None or WRITER_RE.search(prose) or names_a_scam(prose):
        return None
    if _ACT_RE.search(prose) is None:
        return None
    if refuses_or_warns(prose):
        return None
    return str(found.group())


def parcel_evidence(prose: str, linked: bool) -> list[Evidence]:
    """The reader's parcel said to be undelivered, with a link outside the allowed domains
    (``linked``) to act at."""
    if not linked:
        return []
    found = undelivered_parcel(prose)
    if found is None:
        return []
    shown = found if len(found) <= 60 else found[:57] + "..."
    return [
        Evidence(PARCEL_WEIGHT, f"lure: the reader's parcel said to be undelivered ({shown!r})")
    ]
