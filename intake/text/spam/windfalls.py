"""Session 12: a windfall offered to a stranger -- "you won" a prize, or money sent that comes
back multiplied ("Send 0.1 BTC, get 1 BTC back").

Two shapes bulk spam takes in every language, and that the outsiders' corpora wrote in Russian,
English and more ("Поздравляем! Вы выиграли iPhone 17 ...: http://.../claim", "BTC doubling
program, send 0.1 and receive 0.2 in 24 hours"):

* **a prize won**: the reader is told *they* won (second person: "you won", "вы выиграли",
  "has ganado", "vous avez gagné", "Sie haben gewonnen", ...; "your number has won", "su correo
  ha ganado"), or asked to claim their prize. Residents write of what the city, a team or a
  school won ("la ciudad ha ganado"), not of what the reader won;
* **money multiplied**: a verb for sending or paying, a sum, then a verb for getting back and a
  larger sum, in one sentence ("send 0.1 and receive 0.2", "envía 100 y recibe 200",
  "отправьте 0.1 BTC и получите 0.2 BTC"). A resident weighing a grant writes of what the city
  pays and gets, not to the reader in the imperative, and does not leave a way to reach them.

Either counts only in a short text (``MAX_WORDS``) with a way to reach someone (a link that is
not a citation, an address, a number, a handle, a wallet): the bait and where to take it. The
lists are short, folded (case and diacritics), and documented in docs/spam.md.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence, word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.notices import PAYMENT_HANDLE_RE, in_own_voice_cased, names_a_scam
from intake.text.spam.pronouns import WRITER_DEVANAGARI_RE, WRITER_FURTHER_SINGULAR_RE
from intake.text.spam.solicit import speaks_of_the_city
from intake.text.spam.upfront import refuses_or_warns

#: Words at most: a windfall is announced in a sentence or two.
MAX_WORDS = 45
#: Weight of a prize won, told to the reader: with a link (0.15) and a front page the text does
#: not name (0.25) it reaches the threshold (0.71); with a link that is a citation alone, not.
PRIZE_WEIGHT = 0.55
#: Weight of money that comes back multiplied: with one address or number (0.15) it reaches the
#: threshold (0.70); nobody but a fraudster promises a stranger their money doubled.
MULTIPLIED_WEIGHT = 0.65
#: Session 19: weight of a payment app's account given as where to send money ("Cash App:
#: $Name"), beside a windfall only: an address's (0.15).
HANDLE_WEIGHT = 0.15
#: Session 18: weight of a fee asked for a prize or a post: spam alone.
FEE_WEIGHT = 0.7
#: Session 18: words beyond :data:`MAX_WORDS` a fee's text may run (a job's terms are longer).
FEE_EXTRA_WORDS = 15

#: "You won", said to the reader, in the languages bulk spam comes in (folded text).
_PRIZE_RE = regex.compile(
    r"""(?x)
      \byou(?:'ve|\s+have)?\s+(?:just\s+)?won\b(?!'t)
    | \byou\s+are\s+(?:a|the|our)\s+(?:lucky\s+)?winner\b
    | \bclaim\s+your\s+(?:prize|reward|gift|winnings)\b
    | \bhas\s+ganado\b | \bganaste\b | \breclam[ae]\s+tu\s+premio\b
    | \b(?:usted|su\s+\w+(?:\s+\w+)?)\s+ha\s+(?:sido\s+)?ganad[oa]\b
    | \bvoce\s+(?:foi\s+sorteado|ganhou)\b | \bresgate\s+seu\s+premio\b
    | \b(?:vous\s+avez|tu\s+as)\s+gagne\b | \breclamez\s+votre\s+(?:prix|lot|cadeau)\b
    | \b(?:sie\s+haben|du\s+hast)\s+(?:\w+\s+){0,3}?gewonnen\b
    | \bihre?\s+(?:e-?mail(?:-?adresse)?|(?:handy|telefon|los)?nummer)\s+wurde\b
      [^!?\n]{0,80}?\b(?:ausgezeichnet|gezogen|ausgelost)\b
    | \bhai\s+vinto\b | \b(?:lei|il\s+suo\s+\w+)\s+ha\s+vinto\b
    | \byour\s+(?:e-?mail|number|phone|ticket)\s+(?:\w+\s+)?(?:has\s+)?won\b
    | \bwygra[lł](?:es|as|iscie)\b
    | \bkazand[ıi]n(?:[ıi]z)?\b
    | \b(?:anda|kamu)\s+(?:telah\s+)?(?:menang|memenangkan)\b
    | \bnanalo\s+ka\b
    | \bban\s+da\s+trung\b
    | \bвы\s+(?:\w+\s+)?выиграли\b | \bваш\w*\s+\w+\s+выиграл\w*\b
    | \bзаберите\s+(?:сво[йи]\s+|ваш\s+)?приз\b
    | \bви\s+(?:\w+\s+)?виграли\b
    | आपने\s+(?:\S+\s+){0,3}?जीत | आप\s+(?:\S+\s+){0,3}?विजेता
    | तपाई\S{0,2}(?:ले|को)[^।!?\n]{0,80}?जित(?:यो|नुभयो|नुभएको)
    | 恭喜.{0,8}?(?:获得|獲得|中奖|中獎|赢得|贏得) | 您已中奖
    | لقد\s+(?:ربحت|فزت)
    | \bfelisitasyon\b[^\n]{0,60}?\bou\s+(?:te\s+)?genyen\b
    | \b(?:ati|ai)\s+(?:\w+\s+)?castigat\b
    | شما\s+(?:\S+\s+){0,2}?برنده | تاسو\s+(?:\S+\s+){0,3}?ګټل
    | (?:آ|ا)پ\s+(?:نے\s+)?(?:\S+\s+){0,3}?جیت
    | \bosvojili\s+ste\b | \b(?:keni\s+fituar|fituat)\b | \byutdingiz\b | \byutib\s+oldingiz\b
    | זכית(?:ם|ן)? | איר\s+האט\s+(?:\S+\s+){0,3}?געוואונען | მოიგეთ
    | \b(?:wa|mwa)tsindiye\b | \b(?:u|m)meshinda\b | \bwaad\s+(?:ku\s+)?guuleysat\w*
    | \b(?:te|we)\s+(?:\w+\s+){0,2}?qezenc\s+kir
    """
    # Session 21 (scams21): "you won" in the new seats' languages: Dari and Persian ("شما برنده
    # ... شده اید"), Pashto, Urdu, Bosnian, Albanian, Uzbek, Hebrew, Yiddish, Georgian,
    # Kinyarwanda, Swahili, Somali and Kurmanji.
    # Session 18: Haitian Creole after its congratulations ("Felisitasyon!! Ou genyen ...": "ou
    # genyen" alone is also "you have"), and Romanian ("Ați câștigat").
    # Round 26 (-31): Lao, Thai and Khmer, written without spaces and read folded as the text
    # is ("ທ່ານໄດ້ຮັບລາງວັນ", you have received a prize; "คุณถูกรางวัล"; "អ្នកបានឈ្នះ").
    + "|"
    + "|".join(regex.escape(fold(w)) for w in ("ທ່ານໄດ້ຮັບລາງວັນ", "ທ່ານຖືກລາງວັນ", "ເຈົ້າໄດ້ຮັບລາງວັນ"))
    + "|"
    + "|".join(regex.escape(fold(w)) for w in ("คุณได้รับรางวัล", "คุณถูกรางวัล", "អ្នកបានឈ្នះ"))
)

_SEND = (
    r"send|transfer|deposit|invest|pay|envia|envie|deposita|invierte|invista|envoyez|envoie|"
    r"investissez|deposez|senden\s+sie|sende|uberweisen\s+sie|investieren\s+sie|invia|investi|"
    r"wyslij|zainwestuj|gonder|yatir|kirim|transfer|gui|nap|отправьте|отправь|переведите|"
    r"вложите|инвестируйте|надішліть|переказуйте"
    # Session 19 (scams19): Haitian Creole "voye" (send), "peye" (pay), "depoze"; Swahili
    # "tuma" (send), "weka" (put in); Tagalog "magpadala"; Portuguese "mande".
    r"|voye|peye|depoze|tuma|weka|magpadala|ipadala|mande|manda"
)
_GET = (
    r"get|receive|earn|recibe|recibiras|recibir|obten|gana|receba|recebe|ganhe|recevez|recevoir|"
    r"gagnez|obtenez|erhalten\s+sie|erhalte|bekommen\s+sie|ricevi|ricevere|ottieni|otrzymaj|"
    r"kazan|dapatkan|terima|nhan|получите|получи|получаете|заработайте|отримайте"
    # Session 19 (scams19): the writer sending the money back: "send back", "m ap retounen"
    # (Creole: I will return), "resevwa" (receive), "pokea" (Swahili: receive), "devolvemos".
    r"|send\s+(?:you\s+)?back|return\s+you|give\s+you\s+back|retounen|resevwa|jwenn|pokea"
    r"|utapata|devolvemos|te\s+devuelvo"
)
#: A verb for sending money, a sum, then within a few words a verb for getting and a sum.
_MULTIPLIED_RE = regex.compile(
    rf"\b(?:{_SEND})\b\W+(?:\w+\W+){{0,2}}?(?P<a>\d+(?:[.,]\d+){{0,3}})"
    rf"\W+(?:\w+\W+){{0,6}}?(?:{_GET})\b\W+(?:\w+\W+){{0,2}}?(?P<b>\d+(?:[.,]\d+){{0,3}})(?![\d.,]|\s?%)"
)


#: A word each of :data:`_PRIZE_RE`'s forms holds: most texts hold none and are let go
#: before the pattern is tried.
_PRIZE_KEYS = (
    "won", "winner", "claim", "ganad", "ganaste", "premio", "ganhou", "sorteado", "gagne",
    "reclamez", "gewonnen", "vinto", "wygra", "kazand", "menang", "nanalo", "trung", "выиграл",
    "приз", "виграли", "जीत", "विजेता", "जित", "ausgezeichnet", "gezogen", "ausgelost", "恭喜",
    "中奖", "ربحت", "فزت", "genyen", "castigat",
    "برنده", "ګټل", "جیت", "osvojili", "fitu", "yut", "זכית", "געוואונען", "მოიგეთ", "tsindiye",
    "meshinda", "guuleysat", "qezenc",
    *(fold(w) for w in ("ລາງວັນ", "รางวัล", "ឈ្នះ")),
)  # fmt: skip
_DIGIT_RE = regex.compile(r"\d")


def prize_told(prose: str) -> str | None:
    """The words telling the reader they won, or None."""
    folded = fold(prose)
    if not any(key in folded for key in _PRIZE_KEYS):
        return None
    found = _PRIZE_RE.search(folded)
    return found.group().strip() if found else None


#: Session 19 (scams19): a separator before exactly three digits groups thousands ("$1,000",
#: "1.000"); before one or two it marks the decimals ("0,5 BTC").
_THOUSANDS_RE = regex.compile(r"[.,](?=\d{3}(?:[.,]|$))")


def _amount(figure: str) -> float:
    """A figure read as a number: "1,000" is a thousand (session 19: it was read as 1.0, and
    "$100 ... $1,000" was no multiplication), "0,5" a half."""
    return float(_THOUSANDS_RE.sub("", figure).replace(",", "."))


def multiplied(prose: str) -> str | None:
    """The words promising money sent back multiplied (the second sum larger), or None."""
    if _DIGIT_RE.search(prose) is None:
        return None
    for found in _MULTIPLIED_RE.finditer(fold(prose)):
        a, b = (_amount(found.group(k)) for k in ("a", "b"))
        if 0 < a < b:
            return str(found.group())
    return None


#: Session 18: a sum of money (folded text): a sign then digits, or digits then a currency word.
#: Its figures are read possessively, from a run's start and at most 15 characters long: the
#: cost stays linear on a run of thousands of digits.
#: Session 19 (scams19): the dollar in the scripts of the sets, folded as the text is ("डलर",
#: "डॉलर", "ਡਾਲਰ", "ডলার", "долар", "доллар", "美元", "달러", "ドル", "դոլար").
_DOLLAR_WORDS = "|".join(
    regex.escape(fold(w))
    for w in (
        "डलर",
        "डॉलर",
        "ڈالر",
        "ਡਾਲਰ",
        "ডলার",
        "долар",
        "доллар",
        "美元",
        "달러",
        "ドル",
        "դոլար",
        # Session 21 (scams21): the dollar as the new seats write it: Dari and Persian
        # ("۲۸۵ دالر"), Pashto, Hebrew, Yiddish, Georgian; Bosnian, Turkish and Albanian "dolar",
        # "dolara", "dollarë" are read by the Latin forms below.
        "دالر",
        "دلار",
        "ډالر",
        "דולר",
        "דאלאר",
        "დოლარ",
    )
)
#: A sum of money: a currency sign or code before the figure, or a currency word after it
#: (read by :mod:`papers` too).
SUM = (
    # Session 21 (scams21): a currency's code before the figure ("CAD 3,200", "USD 500").
    r"(?:(?:[$€£₱₺₴₽]|(?<![\p{L}])(?:usd|cad|eur|gbp|aud|us\$|c\$))\s*+\d[\d,.]{0,14}+"
    r"|(?<![\d,.])\d[\d,.]{0,14}+\s*(?:dollars?|usd|dola|doolar|dolar\p{L}*|euros?|pesos?"
    r"|دولار\w*|" + _DOLLAR_WORDS + r"))"
)
#: A fee, a course or a kit the reader pays before the prize or the post is theirs.
FEE_WORDS = (
    r"fees?|processing|registration|deposit|course|starter\s+kit|kit|kharash\w*|diiwaangelin\w*"
    r"|koorsa\w*|ada\s+ya|usindikaji|totogi|bayad\w*|kurso|curso|cuota|tarifa|tramite|frais"
    r"|cours|formation|taxa|taxe|gebuhr|رسوم|phi|biaya"
    # Session 19 (scams19): Nepali and Hindi "शुल्क" (fee), "दस्तुर", "फी"/"फिस", "तालिम" and
    # "प्रशिक्षण" (training), "जम्मा"/"जमा" (a deposit), with the postposition they take
    # ("तालिमको"); Ukrainian and Russian "внесок"/"взнос" (a payment in), "збір"/"сбор";
    # Chinese "手续费", "押金", "报名费".
    r"|"
    + "|".join(
        regex.escape(fold(w)) + r"\w*"
        for w in ("शुल्क", "दस्तुर", "फिस", "फीस", "तालिम", "प्रशिक्षण", "जम्मा", "जमा", "ਫੀਸ")
    )
    + r"|внес\w*|взнос\w*|збір|сбор\w*|手续费|押金|报名费|培训费"
    # Session 21 (scams21): a registration, a processing or an agency's fee in the new seats'
    # languages (folded): Russian and Ukrainian "регистрация", "реєстрація"; Bosnian "naknada",
    # "taksa", "kotizacija", "registracija"; Albanian "tarifë", "regjistrim"; Turkish "ücret",
    # "kayıt ücreti"; Dari, Persian, Pashto and Urdu "فیس", "هزینه", "کارمزد", "پروسس",
    # "رجسٹریشن"; Uzbek "to'lov"; Hebrew "דמי רישום", "עמלה", "אגרה"; Georgian "საფასური";
    # Kurmanji "xerc".
    r"|регистрац\w*|ре[еє]страц\w*|naknad\w*|taks[aeiu]|kotizacij\w*|registracij\w*"
    r"|tarif[ae]\w*|regjistrim\w*|ucret\w*|kayıt|فیس|فيس|هزینه|کارمزد|پروسس|پروسیس|رجسٹریشن"
    r"|to.?lov\w*|דמי\s+(?:רישום|טיפול|הרשמה)|עמלה|אגרה|საფასურ\w*|xerc\w*"
    # Session 26 (spend26): Tongan "totongi" (a fee, a payment), which session 24 read beside
    # papers only (papers.py); Samoan "totogi" is above.
    r"|totongi"
    # ... and Marshallese "kōļļā" (to pay), folded.
    r"|kolla"
)
_FEE_RE = regex.compile(
    rf"{SUM}[^.!?\n]{{0,40}}?\b(?:{FEE_WORDS})\b|\b(?:{FEE_WORDS})\b[^.!?\n]{{0,50}}?{SUM}"
)
#: A wage by the hour, day, week or month: the post's bait.
_PER_TIME = (
    r"hours?|hr|day|daily|week|month|hora|dia|semana|mes|heure|jour|mois|saac\w*|maalin\w*"
    r"|bishii|todobaad\w*|saa|siku|wiki|mwezi|aldaw|bulan|oras|araw|linggo|buwan|vaiaso|masina"
    # Session 18 (scams18b): Arabic "monthly", "a month" ("9,000 دولار شهريًا").
    r"|شهري\w*|الشهر|بالشهر|في\s+الشهر|أسبوعي\w*|يومي\w*"
    # Session 21 (scams21): by the hour, day, week or month in the new seats' languages
    # (folded): Russian and Ukrainian "в час", "$25/час", "в месяц", "на місяць"; Bosnian
    # "mjesečno", "na sat"; Albanian "/orë", "në muaj"; Turkish "aylık", "saatlik"; Dari,
    # Persian, Pashto and Urdu "ماهانه", "روزانه", "ماہانہ", "هره ورځ"; Uzbek "oyiga";
    # Kinyarwanda "ku kwezi"; Hebrew "לשעה", "לחודש"; Georgian "საათში", "თვეში".
    r"|час|часа|часов|день|дня|сутки|недел\w*|месяц\w*|ежеднев\w*|ежемесяч\w*|годин\w*|тижден\w*"
    r"|тиждень|місяц\w*|щодн\w*|щомісяч\w*|(?<=/)sat|na\s+sat|po\s+satu|dnevno|mjesecno"
    r"|mesecno|mjesec\w*|sedmic\w*|(?<=/)ore|ne\s+(?:ore|dite|muaj|jave)|ayl[iı]k|ayda|gunluk"
    r"|gunde|saatlik|haftal[iı]k"
    r"|ماهانه|ماهوار|روزانه|ساعتی|ماہانہ|روزانہ|گھنٹ\w*|میاشت\w*|ورځ\w*"
    r"|oyiga|kuniga|soatiga|oylik|kwezi|munsi|isaha|לשעה|לחודש|ליום|לשבוע|בחודש"
    r"|საათში|თვეში|დღეში|mehane|rojane"
    # Session 26 (spend26): the hour, the day, the week and the month in Tongan ("houa", "ʻaho",
    # "uike", "māhina") and Marshallese ("awa", "raan", "wiik", "allōñ"), folded; Samoan's are
    # above.
    r"|houa|aho|uike|mahina|awa|raan|wiik|allon"
)
#: Session 19 (scams19): the hour, day or month written before the sum ("घण्टाको २६ डलर": of
#: an hour, 26 dollars; "प्रति घंटा", "每小时", "시급", "за годину").
_PER_TIME_BEFORE = (
    "|".join(
        regex.escape(fold(w)) + r"\w*"
        for w in ("घण्टा", "घंटा", "घंटे", "प्रतिघण्टा", "दैनिक", "मासिक", "महिनाको", "ਘੰਟੇ", "ঘণ্টা")
    )
    + r"|每小时|每小時|每天|每月|时薪|時薪|시급|일당|월급|за\s+годину|в\s+час|за\s+час"
    # Session 21 (scams21): "aylık 2.800 dolar", "ماہانہ 1,800 ڈالر", "oylik $900", "mjesečno
    # 3.000 dolara": the month or the day before the sum in Turkish, Urdu, Persian, Pashto, Uzbek,
    # Bosnian, Albanian and Swahili (folded).
    r"|ayl[iı]k|gunluk|saatlik|maas[iı]?|ماہانہ|ماهانه|روزانه|میاشتنی|oylik|kunlik|mjesecno"
    r"|mesecno|dnevno|mujore|ditore|kila\s+mwezi|kila\s+siku"
)
_WAGE_RE = regex.compile(
    rf"{SUM}\s*(?:[/-]|\w+\s+){{0,3}}?(?:{_PER_TIME})\b"
    rf"|(?:{_PER_TIME_BEFORE})\s*(?:\w+\s+){{0,2}}?{SUM}"
)
#: Session 21 (res21b): after a fee and its sum, a word for "to" or "becomes" and a second sum
#: by the hour, day or month: the fee's new amount ("fee, from $48 naging $55.20 per month",
#: "de $42 a $48 al mes", "с $40 до $46 в месяц"), folded.
_BECOMES = (
    r"to|a|al|hasta|pra|para|naging|hanggang|ay|vin|a|au|ilaa|ilaa\s+iyo|hadi|mpaka|den|thanh"
    r"|len|den|do|до|на|→|->"
)
_FEE_RISES_RE = regex.compile(
    rf"\s*(?:{_BECOMES})\s+{SUM}\s*(?:[/-]|\w+\s+){{0,3}}?(?:{_PER_TIME})\b"
)
#: Session 24 (spend24): after a fee and its sum, the hour, day, week or month it is billed by
#: ("The old fee was $5 a month", "la cuota es $12 al mes"): a charge that recurs, which whoever
#: pays it discusses. The advance-fee fraud asks one payment before the prize or the post.
_FEE_RECURS_RE = regex.compile(rf"\s*(?:[/-]|\w+\s+){{0,2}}?(?:{_PER_TIME})\b")
#: A prize, a draw or a selection the reader is told of (beside :data:`_PRIZE_RE`'s forms).
_WON_RE = regex.compile(
    r"\b(?:lottery|lotto|draw|jackpot|sweepstakes?|congratulations|selected|chosen|millionaire"
    r"|loteria|sorteo|premio|felicidades|seleccionad[oa]|millonario|milionario|loterie|tirage"
    r"|felicitations|selectionne\w*|millionnaire|bahati\s+nasibu|hongera|umechaguliwa|tuzo"
    r"|abaalmarin\w*|guuleyst\w*|hambalyo|manumalo|fa\W?amalo|nanalo|napili|binabati"
    # Session 21 (scams21): a draw, a lottery or a winner in the new seats' languages (folded):
    # Russian and Ukrainian, Bosnian, Albanian, Turkish, Uzbek, Dari and Persian, Pashto, Urdu,
    # Hebrew, Yiddish, Georgian, Kinyarwanda. Not their congratulations: residents open with
    # them to the council ("Tebrikler belediyeye!", "Urime këshillit!").
    r"|лотере\w*|розыгрыш\w*|розіграш\w*|dobitnik\w*|lutrij\w*|izvlacenj\w*|fitues\w*|lotari\w*"
    r"|cekilis\w*|piyango\w*|lotereya\w*|برنده|لاتری|لاتاری|قرعه\s*کشی|قرعہ\s*اندازی|لاټر\w*"
    r"|ګټونک\w*|זכית\w*|הגרלה|לוטו|געוואונען|לאטעריע|ლატარე\w*|გათამაშებ\w*|tombola)\b"
)


#: Session 21 (res21a): the writer, or their group, pays the sum by the hour or the month
#: ("We pay $60/hr for gym space", "I pay $1,420 a month", "pagamos $45 la hora"): a cost the
#: writer bears, not a wage offered to the reader. Read just before the sum (folded text).
_WRITER_PAYS_RE = regex.compile(
    r"\b(?:we|i)\s+(?:\w+\s+)?(?:pay|paid|spend|spent)\s+(?:\w+\s+)?$"
    r"|\b(?:pagamos|pagabamos|payons|pagavamos)\s+(?:\w+\s+)?$"
)


def _writer_pays(folded: str, wage: regex.Match[str]) -> bool:
    """The wage found is a sum the writer or their group pays (:data:`_WRITER_PAYS_RE`)."""
    return _WRITER_PAYS_RE.search(folded[max(0, wage.start() - 30) : wage.start()]) is not None


def fee_recurs(folded: str, end: int) -> bool:
    """The fee's sum that ends at ``end`` is billed by the hour, the day, the week or the month
    (:data:`_FEE_RECURS_RE`): a charge that recurs, which whoever pays it discusses, not the one
    payment an advance-fee fraud asks (shared with :mod:`papers`)."""
    return folded[:end].rstrip()[-1:].isdigit() and _FEE_RECURS_RE.match(folded, end) is not None


def in_a_residents_voice(prose: str) -> bool:
    """The text speaks in a resident's own voice or warns of a fee: a resident may write of a
    real fee beside a wage or a prize ("I paid $90 for the course and earn $30 an hour",
    "unë fitoj", "मला"), or quote one to warn ("Do not send money"). Neither fee reader
    (:func:`advance_fee`, :func:`papers.fee_for_papers`) fires on such a text."""
    return (
        in_own_voice_cased(prose)
        or WRITER_DEVANAGARI_RE.search(prose) is not None
        or WRITER_FURTHER_SINGULAR_RE.search(prose) is not None
        or refuses_or_warns(prose)
    )


def advance_fee(prose: str) -> str | None:
    """Session 18: a fee asked of the reader for a prize, a selection or a post that pays by
    the hour or the month ("Umechaguliwa ... Green Card 2027. Lipa ada ya usindikaji $250",
    "$3,500 kada bulan. Ibaonmo ti $250 processing fee", "$38 saacaddii ... koorsada ... $120"):
    the advance-fee fraud's hook, in any language. Not in a resident's own voice: a resident
    may write of a real fee beside a wage ("I paid $90 for the course and earn $30 an hour").
    Session 20: nor in a warning ("Someone is asking families to send a $300 deposit ... to get
    into the lottery early. Do not send money.": :func:`upfront.refuses_or_warns`). Session 21
    (res21a): nor a sum by the hour that the writer's group pays ("We pay $60/hr for gym space.
    Registration is $75 but nobody is turned away": a youth league's costs and its fee).
    Session 24 (spend24): nor a fee billed by the hour or the month ("The old fee was $5 a
    month"), a charge that recurs (:data:`_FEE_RECURS_RE`)."""
    if _DIGIT_RE.search(prose) is None:
        return None
    folded = fold(prose)
    fee = _FEE_RE.search(folded)
    if fee is None:
        return None
    end = fee.end()
    # Session 21 (res21b): the fee's sum followed at once by a second sum by the month ("garbage
    # fee, from $48 naging $55.20 per month", "la cuota de $42 a $48 al mes") is the fee going
    # up, said by whoever pays it: its new amount is no wage offered.
    ends_on_sum = folded[:end].rstrip()[-1:].isdigit()
    rises = _FEE_RISES_RE.match(folded, end) if ends_on_sum else None
    if rises is not None:
        end = rises.end()
    elif fee_recurs(folded, end):
        return None  # session 24: a charge by the month ("the old fee was $5 a month") recurs
    rest = folded[: fee.start()] + " " + folded[end:]
    wage = _WAGE_RE.search(rest)
    if wage is not None and _writer_pays(rest, wage):
        wage = None  # session 21 (res21a): the writer's own cost, no post offered
    bait = wage or _WON_RE.search(folded) or _PRIZE_RE.search(folded)
    if bait is None or in_a_residents_voice(prose):
        return None
    return f"{bait.group().strip()} ... {fee.group().strip()}"


def advance_fee_evidence(prose: str, max_words: int = MAX_WORDS) -> list[Evidence]:
    """Session 18: a fee asked for a prize or a post (:func:`advance_fee`), in a short text:
    spam with or without a way to reach (the fee is paid where the text says)."""
    if len(word_tokens(prose)) > max_words + FEE_EXTRA_WORDS:
        return []
    found = advance_fee(prose)
    if found is None:
        return []
    return [Evidence(FEE_WEIGHT, f"windfall: a fee asked for a prize or a post ({found[:70]!r})")]


def windfall_evidence(prose: str, reachable: bool, max_words: int = MAX_WORDS) -> list[Evidence]:
    """A prize told to the reader, or money sent back multiplied, in a short text with a way to
    reach someone. Both are selling outright (the caller judges relatedness on them). Session 19:
    a payment app's account ("Cash App: $Name") is where to send the money, a way to reach."""
    if len(word_tokens(prose)) > max_words:
        return []
    handle = None if reachable else PAYMENT_HANDLE_RE.search(prose)
    if not reachable and handle is None:
        return []
    found: list[Evidence] = []
    told = prize_told(prose)
    if told is not None:
        found.append(Evidence(PRIZE_WEIGHT, f"windfall: tells the reader they won ({told!r})"))
    promise = multiplied(prose)
    if promise is not None:
        detail = f"windfall: money sent comes back multiplied ({promise!r})"
        found.append(Evidence(MULTIPLIED_WEIGHT, detail))
    if found and handle is not None:
        # The account to pay is the address the contact signals did not read.
        where = f"contact: a payment app's account to send to ({handle.group()[:40]!r})"
        found.append(Evidence(HANDLE_WEIGHT, where))
    return found


# Session 26 (spend26): money the reader is told they can receive -- "you could get up to $3,000
# back", "puedes recibir hasta $7,000", "vous pouvez toucher jusqu'à 900 €", "вы можете получить
# до 50 000 ₽" -- in a short text with a way to reach the writer.
#
# A tax refund, a grant, a settlement or a benefit sold as the reader's for the asking: the
# sentence has one shape in every language, the reader in the second person, a verb of being able
# to, a verb of receiving, perhaps "up to", then a sum. Residents write of what the city, a program
# or their family may receive ("the city can receive up to $5 million", "we could get $200 back"),
# in the third or the first person; a resident passing on a real program names who runs it (the
# city, the county, the state: :func:`solicit.speaks_of_the_city`) or speaks in their own voice
# (:func:`in_a_residents_voice`, which also reads warnings). Weak alone (an offer's
# weight): it makes the text *selling*, so a text written apart from its item is judged by
# relatedness, and with a way to reach and a text unrelated to the item it reaches the threshold.

#: Session 26 (spend26): words at most: the promise is an advert's opening, not a letter's aside.
ENTITLED_MAX_WORDS = 60
#: Weight: an offer's (0.4); with a phone (0.15) and a text unrelated to the item (0.45), 0.72.
ENTITLED_WEIGHT = 0.4

#: The reader able to receive a sum, in the second person (folded text): English, Spanish,
#: French, Portuguese, Italian, German, Russian, Ukrainian, Vietnamese, Tagalog.
_ENTITLED_RE = regex.compile(
    r"""(?x)
    (?:
      \byou(?:'ll|\s+will|\s+can|\s+could|\s+may|\s+might)\s+(?:be\s+able\s+to\s+)?
        (?:get|receive|claim|collect|qualify\s+for)
    | \byou(?:'re|\s+are)\s+(?:entitled|eligible)\s+(?:to|for)(?:\s+receive)?
    | \b(?:puedes|podrias|podes|usted\s+puede|usted\s+podria)\s+(?:recibir|obtener|cobrar
        |reclamar|solicitar)
    | \b(?:vous\s+pouvez|vous\s+pourriez|tu\s+peux|tu\s+pourrais)\s+(?:recevoir|obtenir
        |toucher|reclamer|percevoir)
    | \b(?:voce|vc|tu)\s+(?:pode|poderia)\s+(?:receber|obter|resgatar|sacar)
    | \b(?:puoi|potresti|lei\s+puo)\s+(?:ricevere|ottenere|richiedere)
    | \b(?:sie\s+konnen|du\s+kannst)\s+(?:bis\s+zu\s+)?(?=\S*\d)
    | \b(?:вы\s+можете|ты\s+можешь)\s+получить | \b(?:ви\s+можете|ти\s+можеш)\s+отримати
    | \bban\s+co\s+the\s+(?:nhan|lay\s+lai|duoc\s+nhan)
    | \b(?:maaari|pwede|puwede)\s+(?:kang|po\s+kayong|kayong)\s+(?:makatanggap|makakuha)
    )
    (?:\s+(?:back|back\s+up\s+to|up\s+to|hasta|jusqu'?a|ate|fino\s+a|bis\s+zu|до|len\s+den
        |toi\s+da|ng|ng\s+hanggang|hanggang)){0,2}
    \s+(?:"""
    + SUM
    # a sum with its currency's sign after the figure ("900 €", "50 000 ₽")
    + r"|\d[\d.,\s]{0,12}?\s?\p{Sc})"
)


#: Who pays a real benefit, named by a resident who passes it on (folded): a state, a federal
#: or county program, a tax credit, the tax office ("from the state rebate program", "el crédito
#: por ingreso del trabajo", "the IRS").
_PUBLIC_PAYER_RE = regex.compile(
    r"\b(?:state|federal|county|program(?:me)?s?|credits?|irs|medicaid|medicare|snap|wic|fema"
    r"|estado|estatal|federal|condado|programas?|credito|programmes?|etat|prefecture|caf"
    r"|governo|programa|estado|governement|gobierno)\b"
)


def entitled(prose: str) -> str | None:
    """The sum the reader is told they can receive (see the module), or None."""
    if not any(c.isdigit() for c in prose):
        return None
    found = _ENTITLED_RE.search(fold(prose))
    if found is None:
        return None
    if in_a_residents_voice(prose) or names_a_scam(prose) or speaks_of_the_city(prose):
        return None
    if _PUBLIC_PAYER_RE.search(fold(prose)) is not None:
        return None  # a public program relayed: whoever pays it is named
    return str(found.group())


def entitled_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """Money the reader is told they can receive, in a short text with a way to reach."""
    if not reachable or len(word_tokens(prose)) > ENTITLED_MAX_WORDS:
        return []
    found = entitled(prose)
    if found is None:
        return []
    shown = " ".join(found.split())[:60]
    return [
        Evidence(ENTITLED_WEIGHT, f"offer: money the reader is told they can receive ({shown!r})")
    ]
