"""Shapes of personal data that only public text must fear.

:mod:`intake.text.personal_data` recognises the personal data the labeller also reads (its
fill-in cues decide which lines of a letter are the campaign's fill-in line). A red team, writing
as a stranger would, found shapes it let into a campaign's public text when many members sent
them word for word (a mail-merge that put the organiser's details in every copy): fictional and
foreign phone numbers ("555-010-9999", "01 23 45 67 89"), a name after "Me llamo", "我叫",
"Меня зовут", "I'm", "Sincerely," or "Dr.", a name alone on its line, addresses written in
Chinese or Russian, with the house number spelt out, or given as a corner ("we live at Oak and
3rd"), an e-mail with spaces round its "@", a date of birth, an account, licence plate or social
security number. A second round (session 12) found names with no cue at all, signatures with
a role, in capitals or in Chinese and Arabic, a house number before a street with no street
word, crossings, post boxes, handles, phone numbers in words, other countries' postcodes and
plates. These shapes are kept apart so that public text can err towards privacy (a
template line that merely looks like one is left out) without changing a single label. Pure: no
Flask, no database.
"""

from __future__ import annotations

import re

from intake.text.frequency import zipf
from intake.text.normalize import homoglyph_table

__all__ = ["identifies_someone", "identifying_spans"]

# --------------------------------------------------------------------------- phone numbers

# A number written as a phone number is: an optional country code, an optional area code in
# brackets, then groups of digits apart by a space, dot or dash. Seven to fifteen digits in all.
_PHONE_SHAPE = re.compile(
    r"(?<![\w/.,+$€£-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,15}(?:[\s.-]\d{1,8}){0,5}"
    r"(?![\w/-]|[.,]\d)"
)
_MIN_PHONE_DIGITS = 7
# One group of digits alone is a phone only when long ("5550109999"), not a sum ("1500000").
_MIN_UNGROUPED_DIGITS = 10
_MAX_PHONE_DIGITS = 15
# Numbers of that shape that are not phones: a year and a file number ("2026-00837"), an ISO
# date (left to the date-of-birth cue), thousands apart by spaces ("1 250 000"), years in a row.
_NOT_A_PHONE = re.compile(
    r"(?:19|20)\d\d-\d+|\d{4}-\d\d-\d\d|\d{1,3}(?: \d{3})+|(?:(?:19|20)\d\d[\s.-]?)+", re.ASCII
)


def _phone_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _PHONE_SHAPE.finditer(text):
        number = match.group().strip()
        digits = sum(ch.isdigit() for ch in number)
        if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
            continue
        if _NOT_A_PHONE.fullmatch(number):
            continue
        if number.isdigit() and digits < _MIN_UNGROUPED_DIGITS:
            continue
        spans.append(match.span())
    return spans


# --------------------------------------------------------------------------- names

# A capitalised word, not one in capitals throughout ("I AM WRITING ABOUT ..." names nobody).
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-zß-öø-ÿā-žа-яё'’][\w'’-]*"
INITIAL = r"(?:[A-Z]\.\s+)?"
# Words that say who someone is in many languages: what follows is their name whatever its case.
_NAME_CUES = (
    r"me llamo|mi nombre es|je m['’]appelle|mon nom est|ich hei(?:ß|ss)e|mein name ist"
    r"|mi chiamo|il mio nome è|me chamo|meu nome é|tôi tên là|tên tôi là|ako si|ako po si"
    r"|ang pangalan ko(?: ay)?|pangalan ko ay|меня зовут|мо[её] имя|my name['’]s|name:"
    r"|signed by|firmado por|signé par|mijn naam is|ik heet|nazywam się|mam na imię"
    r"|benim adım|اسمي|मेरा नाम"
)
_NAME_CUE = re.compile(
    rf"(?i:\b(?:{_NAME_CUES}))|我叫|我的名字|本人叫|私の名前は|と申します|제 이름은"
    r"|저는\s*\S+입니다"
)
# "I'm Joan Quillby", "Soy Ana Ruiz", "Je suis Paul Martin": a self-introduction is a name only
# when two capitalised words follow ("I am Very concerned" is no name).
_INTRODUCED = re.compile(
    rf"(?i:\b(?:i['’]m|i am|soy|je suis|ich bin|tôi là|ako ay|я)\s+)"
    rf"{NAME_WORD}\s+{INITIAL}{NAME_WORD}"
)
# "Dr. Quillby", "Mrs Aardvark", "Sra. Ruiz": a personal title before a name. Official titles
# (Councilmember, Mayor, Senator) are public offices and stay.
_TITLED = re.compile(
    rf"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sra|Srta|Mme|Mlle|Herr|Frau|Señor|Señora)\.?\s+{NAME_WORD}"
)
_CLOSINGS = (
    r"sincerely|regards|best regards|kind regards|warm regards|respectfully|yours truly"
    r"|yours sincerely|yours faithfully|signed|best|cheers|thank you|thanks|atentamente"
    r"|cordialmente|saludos|cordialement|bien à vous|mit freundlichen grüßen|с уважением"
    r"|trân trọng|lubos na gumagalang|sumasainyo"
)
_SIGNED = re.compile(
    rf"(?i:^\W*(?:{_CLOSINGS})\s*[,:;—–-]\s*)(?P<who>{NAME_WORD}(?:\s+{INITIAL}{NAME_WORD}){{0,3}})"
)
# A line that is nothing but two to four capitalised words ("Joan Quillby", "Ana M. Ruiz").
_BARE_NAME = re.compile(rf"^\W*{NAME_WORD}(?:\s+{INITIAL}{NAME_WORD}){{1,3}}\W*$")
# Words that make capitalised words a body, a place or a slogan, not a person.
_NOT_A_PERSON = re.compile(
    r"(?i:\b(?:union|association|coalition|committee|council|alliance|network|club|society"
    r"|league|group|foundation|center|centre|inc|llc|ltd|co|neighbou?rs|residents|tenants"
    r"|friends|members|team|campaign|project|church|school|party|federation|institute|city"
    r"|county|state|department|board|street|avenue|road|lane|park|bike|vote|yes|no|save|stop"
    r"|support|oppose|please|thank|thanks|dear|hello|sincerely|regards|now|today|together"
    r"|everyone|all|people|justice|safety|streets|housing|climate|action)\b)"
)

# --------------------------------------------------------------------------- addresses

_CONTACT_CUES = re.compile(
    r"(?i:\b(?:(?:i|we)\s+(?:live|reside|rent|stay)\s+(?:at|on|near|by)\b"
    r"|(?:my|our)\s+(?:home|house|flat|apartment|office)\s+is\s+(?:at|on|in)\b"
    r"|(?:our|my)\s+office\s*:|find us at|visit us at|mail us at|write to us at|drop by"
    r"|(?:we|i)\s+meet\s+at|meet\s+(?:us|me)\s+at|come\s+see\s+(?:us|me)|find\s+me\s+at"
    r"|reuni[oó]n(?:es)?\s+en|nos\s+reunimos\s+en|on\s+se\s+retrouve|wir\s+treffen\s+uns"
    r"|vivo en la calle|vivimos en la calle|mi direcci[oó]n|nuestra direcci[oó]n"
    r"|j['’]habite|nous habitons|mon adresse|notre adresse|ich wohne|wir wohnen|meine adresse"
    r"|я живу|мы живём|мы живем|мой адрес|наш адрес|sống tại|địa chỉ|nakatira sa|tirahan"
    r"|ik woon|mijn adres|mieszkam|mój adres|adresim|عنواني|मेरा पता))"
    r"|住在|住址|地址|に住んで|주소|에 살고"
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)"
)
_STREET_WORD = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Court|Ct|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl"
    r"|Circle|Terrace|Parkway|Highway|Square|Trail|Alley|Row|Loop|Crescent|Close|Plaza)"
)
# "twelve Alder Court", "one hundred Main St": a house number spelt out.
_SPELT_ADDRESS = re.compile(
    rf"(?i:\b{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,3}})\s+(?:[A-Z][\w'.-]*\s+){{1,3}}"
    rf"{_STREET_WORD}\b"
)
# "幸福路12号", "长安街 8 號": a Chinese street, its number and 号.
_CHINESE_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:路|街|道|巷|弄|大道|胡同)\s*\d+\s*(?:号|號)?|\d+\s*(?:号|號)(?:楼|樓|室)?"
)
# "ул. Ленина, д. 5, кв. 12": a Russian street word and a house or flat number.
_RUSSIAN_ADDRESS = re.compile(
    r"(?i:(?<!\w)(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|бульвар|шоссе)\s*[\w.-]+"
    r"(?:\s+[\w.-]+)?,?\s*(?:д\.|дом)\s*\d+|(?<!\w)(?:д\.|дом|кв\.|квартира)\s*\d+)"
)
_SPACED_EMAIL = re.compile(
    r"(?i:(?<![\w.+-])[\w.+-]+\s*@\s*[\w-]+(?:\s*(?:\.|\bdot\b)\s*[\w-]+)*\s*(?:\.|\bdot\b)\s*"
    r"(?:com|org|net|edu|gov|io|info|[a-z]{2})\b)"
)

# --------------------------------------------------------------------------- other identifiers

_BIRTH = re.compile(
    r"(?i:\b(?:born|date of birth|d\.?o\.?b\b|birthday|birth date|birthdate|fecha de nacimiento"
    r"|nac[ií]|n[ée]e? le|date de naissance|geboren|дата рождения|родил(?:ся|ась)|ngày sinh"
    r"|sinh ngày|ipinanganak|kaarawan)\b)|出生|生日"
)
_ID_CUES = (
    r"account|acct|licen[cs]e|plate|ssn|social security|passport|tax id|cuenta|compte|сч[её]т"
)
# A cue and, within a few words, a code with three digits or more ("plate 7ABC123",
# "account #4401-2231-88"); a year alone is no code. Not "ID", "case" or "permit": a docket's,
# a case's or a permit's number is public ("Docket ID ED-2022-OCR-0143").
_ID_NUMBER = re.compile(
    rf"(?i:\b(?:{_ID_CUES})\b)[^.\n]{{0,24}}?"
    r"(?<![\w-])(?=(?:[A-Za-z-]*\d){3})(?![12]\d{3}\b)[A-Za-z0-9][A-Za-z0-9-]{3,}\b"
)
# An "@" between words, however spaced: a sentence split at "organizer @ tenants . org" keeps
# only its first half.
_AT_SIGN = re.compile(r"\w\s*[\[({<]?\s*[@＠﹫]\s*[\])}>]?\s*\w")
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


# --------------------------------------------------------------------------- round two

# Session 12's red team: names with no cue word, signatures in other forms and scripts, a house
# number before a street with no street word, intersections, post boxes, handles, phone numbers
# in words, postcodes and plates of other countries.

# Lower-case words inside a name: "Maria de la Cruz", "Ludwig van Beethoven", "Juan dela Cruz".
_PARTICLE = r"(?:de|del|dela|della|da|das|do|dos|du|van|von|der|den|ter|le|la|bin|ibn|al|el)"
_NAME_RUN = re.compile(
    rf"(?<![\w'’.-]){INITIAL}{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{INITIAL}{NAME_WORD}){{1,3}}"
)
# Words that make a run of capitalised words a body, an office, a place or a law, beside
# ``_NOT_A_PERSON``'s.
_NOT_A_PERSON_RUN = re.compile(
    r"(?i:\b(?:lake|river|mount|mt|bay|valley|hills?|beach|creek|island|bridge|station|market"
    r"|hall|library|hospital|university|college|commons|act|agency|administration|rule|plan"
    r"|program|programme|office|court|district|village|town|township|borough|ward|heights"
    r"|gardens?|square|plaza|center|centre|building|tower|airport|port|harbou?r|county"
    r"|ayuntamiento|concejo|consejo|municipal|ciudad|conseil|ville|stadt|gemeinde|comune"
    r"|câmara|prefeitura|assembly|senate|congress|house|government|ministry|commission"
    r"|department|services?|authority|corporation|company|bank|fund|trust|partners?|systems?"
    r"|technolog(?:y|ies)|labs?|solutions|group|holdings|industries|elementary|academy"
    rf"|{_STREET_WORD[3:-1]})(?:s|es|ys|['’]s)?\b)"
)
# An official addressed by their office is public: "The Honorable Andrew Wheeler",
# "Secretary Betsy DeVos", "Mayor London Breed".
_OFFICIALS = (
    r"honou?rable|hon\.|councilmember|council member|councilwoman|councilman|mayor"
    r"|senator|sen\.|representative|rep\.|congressman|congresswoman|congressmember|governor"
    r"|gov\.|secretary|administrator|commissioner|judge|justice|president|chairman|chairwoman"
    r"|chair|supervisor|director|minister|ambassador|attorney general|speaker|alcalde|alcaldesa"
    r"|maire|bürgermeister(?:in)?|regidor|concejal"
)
OFFICIAL_BEFORE = re.compile(rf"(?i:\b(?:{_OFFICIALS})\s+$)")
OFFICIAL_FIRST = re.compile(rf"(?i:(?:{_OFFICIALS})\b)")
# "my daughter Emma", "our neighbour, Rosa Delgado", "mi hija Ana": a relative, neighbour or
# friend and their first name.
_KIN = re.compile(
    r"(?i:\b(?:my|our|mi|mis|nuestra|nuestro|ma|mon|mes|notre|nos|meine?|unsere?|minha|meu"
    r"|nossa|nosso|mia|mio)\s+(?:late\s+)?(?:daughter|son|wife|husband|partner|spouse|child|kid"
    r"|mother|father|mom|mum|dad|brother|sister|grandson|granddaughter|grandmother|grandfather"
    r"|grandma|grandpa|aunt|uncle|niece|nephew|cousin|neighbou?r|friend|roommate|tenant"
    r"|landlord|hija|hijo|esposa|esposo|madre|padre|hermana|hermano|vecina|vecino|amiga|amigo"
    r"|fille|fils|femme|mari|mère|père|sœur|frère|voisine?|amie?|tochter|sohn|frau|mann"
    r"|mutter|vater|schwester|bruder|nachbarin|nachbar|freundin|freund|filha|filho|esposa"
    r"|marido|irmã|irmão|vizinha|vizinho|figlia|figlio|moglie|marito|vicina|vicino)s?)"
    rf"\s*,?\s+(?P<who>{NAME_WORD})"
)
# A signature after its closing in Chinese or Arabic ("此致敬礼，王秀英", "مع التحية، محمد"), a
# line of two to four Chinese characters that starts with a common surname, and a line of two to
# four Arabic words that starts with a common given name.
_CJK_CLOSING = re.compile(
    r"(?:此致|敬礼|敬禮|敬上|谨上|謹上|顺颂|順頌)[\s，,、:：]*[\u4e00-\u9fff]{2,4}\W*$"
)
_CJK_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙周吴吳徐孙孫朱马馬胡郭林何高梁郑鄭罗羅宋谢謝唐韩韓曹许許邓鄧"
    "萧蕭冯馮曾程蔡彭潘袁于董余苏蘇叶葉吕呂魏蒋蔣田杜丁沈姜范江傅钟鍾卢盧汪戴崔任陆陸廖姚方金邱"
    "夏谭譚韦韋贾賈邹鄒石熊孟秦阎閻薛侯雷白龙龍段郝孔邵史毛常万萬顾顧赖賴武康贺賀严嚴尹钱錢施牛洪龚龔"
)
_CJK_BARE_NAME = re.compile(rf"^\W*[{_CJK_SURNAMES}][\u4e00-\u9fff]{{1,3}}\W*$")
_ARABIC_CLOSING = re.compile(
    r"(?:مع\s+(?:خالص\s+|فائق\s+)?(?:التحية|التحيات|الشكر|الاحترام|التقدير)|تحياتي|وتفضلوا)"
    r"\s*[،,:]\s*[\u0600-\u06ff]+"
)
_ARABIC_GIVEN = (
    r"محمد|أحمد|احمد|علي|عمر|خالد|يوسف|حسن|حسين|إبراهيم|ابراهيم|عبد\s*\S+|سامي|سمير|كريم|طارق|مصطفى"
    r"|فاطمة|مريم|عائشة|خديجة|زينب|ليلى|نور|هدى|سارة|رانيا|ياسمين|سلمى|آمنة|أمينة|منى|هند"
)
_ARABIC_BARE_NAME = re.compile(rf"^\W*(?:{_ARABIC_GIVEN})(?:\s+[\u0600-\u06ff]+){{1,3}}\W*$")
# In a sentence, a given name that is no other word, then a family name ("محمد الأحمد يدعم").
_ARABIC_NAME = re.compile(
    r"(?<![\u0600-\u06ff])(?:محمد|أحمد|فاطمة|مريم|يوسف|خالد|إبراهيم|مصطفى|عائشة|خديجة|زينب"
    r"|ياسمين)\s+(?:ال[\u0600-\u06ff]{2,}|بن|بنت|ابن|أبو)"
)
# "(she/her)" after a name in a signature.
_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe|ella|él|elle|il)/\w+(?:/\w+)?\)", re.I)
# A name that opens a line and is followed by a role: "Joan Quillby, Chair, Sunset Tenants Union".
_LEADING_NAME = re.compile(
    rf"^\W*(?P<who>{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{INITIAL}{NAME_WORD}){{1,3}})\s*(?:,|—|–|\()"
)
# A house number and a street's name with no street word: "4410 Larkspur", "88 Moorhaven #5".
# Not a year after a word that dates ("in 2018 Pruitt proposed"), and only a name, not a common
# word ("5 Americans").
_BARE_ADDRESS = re.compile(
    rf"(?<![\w$€£.,/#:])(?P<number>\d{{1,5}})[A-Za-z]?[ \t]+(?P<street>{NAME_WORD})"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATING_WORD = re.compile(
    r"(?i:\b(?:in|since|by|from|of|until|till|to|before|after|during|circa|year|early|late|mid"
    r"|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\W*$)"
)
# A house number and a street named with a word the labeller's street words lack ("186 Juniper
# Steps", "12 Oak Rise", "4 Harbour Quay").
_OTHER_STREET = re.compile(
    r"(?<![\w$€£.,/#:])\d{1,6}[A-Za-z]?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}"
    r"(?:Steps|Rise|Grove|Gardens|Heights|View|Hill|Green|Wharf|Quay|Gate|Yard|Vale|Parade"
    r"|Esplanade|Promenade|Embankment|Hollow|Ridge|Bend|Crossing|Landing|Commons|Causeway"
    r"|Chase|Croft|Dale|Fold|Garth|Glen|Meadows?|Mount|Orchard|Passage|Point|Reach|Spur|Wynd)\b"
)
# Two streets meeting, one of them numbered: "Larkspur & 5th", "5th and Elm", "Oak y 3rd".
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)\b"
_INTERSECTION = re.compile(
    rf"\b{NAME_WORD}\s*(?:&|\+|/|\band\b|\by\b|\bet\b)\s*{_ORDINAL}"
    rf"|\b{_ORDINAL}\s*(?:&|\+|/|\band\b)\s*{NAME_WORD}"
)
_POST_BOX = re.compile(
    r"(?i:\b(?:post\s+office\s+box|postal\s+box|mail\s*box|p\.?\s?o\.?\s?b\.?|apartado(?:\s+postal)?"
    r"|casilla(?:\s+postal)?|caixa\s+postal|bo[iî]te\s+postale|b\.?p\.?|postfach|casella\s+postale"
    r"|postbus|skrytka\s+pocztowa|а/я|абонентский\s+ящик|ص\.?\s?ب\.?)\s*(?:no\.?\s*|#\s*)?\d+)"
)
# A handle after a network's name, an "@handle", a profile's address.
_NETWORKS = (
    r"instagram|insta|ig|twitter|tiktok|facebook|fb|snapchat|telegram|mastodon|bluesky|bsky"
    r"|linkedin|youtube|whatsapp|venmo|cash\s?app|wechat|weibo"
)
_HANDLE = re.compile(
    rf"(?i:\b(?:{_NETWORKS})\b\s*(?:handle|account|user(?:name)?|id)?\s*[:：]\s*@?[\w.]{{3,}})"
    r"|(?<![\w.@])@[A-Za-z0-9_][\w.]{2,}\w"
)
_PROFILE_URL = re.compile(
    rf"(?i:\b(?:www\.)?(?:{_NETWORKS}|tiktok|t\.me|wa\.me)\.(?:com|net|me|app|social)/@?[\w.-]{{2,}})"
    r"|(?i:\b(?:t\.me|wa\.me)/@?[\w.-]{2,})"
)
# "joanq [@] gmail [.] com": an @ in brackets.
_BRACKETED_AT_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*[\[({<]\s*[@＠]\s*[\])}>]\s*[\w-]+(?:\s*[\[({<]?\s*(?:\.|dot)\s*[\])}>]?\s*[\w-]+)+",
    re.I,
)
# Seven or more digits in words: "five five five, zero one zero, nine nine nine nine".
_DIGIT_WORDS = {
    "en": r"zero|oh|one|two|three|four|five|six|seven|eight|nine",
    "es": r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve",
    "fr": r"z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf",
    "de": r"null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun",
}
_SPELT_PHONES = [
    re.compile(rf"(?i:\b(?:{words})(?:[\s,.;-]+(?:{words})){{6,}}\b)")
    for words in _DIGIT_WORDS.values()
]
# A postcode after a word that names one, in many languages ("PIN code 110001", "CEP
# 01310-100", "PLZ 10115", "〒100-0001", "邮编 100000"), and the Dutch shape before a town.
_POSTAL_CUE_CODE = re.compile(
    r"(?:(?i:\b(?:zip(?:\s+code)?|postal\s+code|post\s?code|pin\s?code|pincode|cep"
    r"|c[óo]digo\s+postal|code\s+postal|plz|postleitzahl|почтовый\s+индекс)\b)|〒|邮编|郵便番号"
    r"|우편번호)[^.\n\d]{0,6}?(?!(?:19|20)\d\d\b)(?=(?:[A-Za-z -]*\d){3})"
    r"[A-Za-z0-9][A-Za-z0-9 -]{2,9}[A-Za-z0-9]"
)
_DUTCH_POSTCODE = re.compile(
    r"\b(?!(?:19|20)\d\d)[1-9]\d{3}(?:\s?[A-Z]{2}\s+[A-Z][a-z]+|[A-Z]{2}\b)"
)
# A licence plate after its cue: letters and digits mixed ("AB12 CDE", "tag 7ABC123").
_PLATE = re.compile(
    r"(?i:\b(?:plates?|number\s+plate|registration|reg\.|tags?|matr[ií]cula|placa|plaque"
    r"|immatriculation|kennzeichen|targa|номер)\b)[^.\n]{0,16}?"
    r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}(?:[\s-][A-Z0-9]{1,4})?\b"
)
_ROUND_TWO = (
    _OTHER_STREET,
    _INTERSECTION,
    _POST_BOX,
    _HANDLE,
    _PROFILE_URL,
    _BRACKETED_AT_EMAIL,
    _POSTAL_CUE_CODE,
    _DUTCH_POSTCODE,
    _PLATE,
    _CJK_CLOSING,
    _CJK_BARE_NAME,
    _ARABIC_CLOSING,
    _ARABIC_BARE_NAME,
    _ARABIC_NAME,
)


def identifies_someone(sentence: str, *, names_after_places: bool = True) -> bool:
    """True when ``sentence`` carries a shape of personal data that only public text must fear
    (see the module's docstring); it errs towards privacy, at the cost of a template line.

    ``names_after_places=False`` leaves out capitalised words with no cue that stand where a
    place does ("my rent near Sutter's Fort rose", "I stop at Lupe's Bakery"): for asking
    whether a sentence *is* a fill-in line (:func:`intake.text.frame.is_identity_line`), where
    a place in a sender's story must not make the story a line about who they are."""
    sentence = as_read(sentence)
    if _phone_spans(sentence):
        return True
    if _birth_date(sentence):
        return True
    if _NAME_CUE.search(sentence) or _INTRODUCED.search(sentence) or _TITLED.search(sentence):
        return True
    if _signed_by_person(sentence) or _bare_name(sentence):
        return True
    if _CONTACT_CUES.search(sentence):
        return True
    if uncued_name(sentence, names_after_places) or _signature_elsewhere(sentence):
        return True
    if _bare_address_spans(sentence) or _spelt_phone_spans(sentence):
        return True
    return any(
        pattern.search(sentence)
        for pattern in (
            _SPELT_ADDRESS,
            _CHINESE_ADDRESS,
            _RUSSIAN_ADDRESS,
            _SPACED_EMAIL,
            _AT_SIGN,
            _ID_NUMBER,
            _SSN,
            *_ROUND_TWO,
        )
    )


# Characters nobody sees (zero-width spaces and joiners), and a word that mixes Latin letters
# with Cyrillic or Greek look-alikes ("Sаcrаmento"): an obfuscated copy of a template sentence
# is read as a reader reads it, or its odd words look like rare names.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
_LOOK_ALIKE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def as_read(sentence: str) -> str:
    text = _INVISIBLE.sub("", sentence)
    if not _LOOK_ALIKE.search(text):
        return text
    return _WORD.sub(_latin_if_mixed, text)


def _latin_if_mixed(word: re.Match[str]) -> str:
    text = word.group()
    if _LATIN.search(text) and _LOOK_ALIKE.search(text):
        return text.translate(homoglyph_table())
    return text


def identifying_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a phone number, an address or e-mail of those shapes, or an account
    number, for :func:`intake.text.personal_data.scrub` (a person's own words keep the rest)."""
    spans = _phone_spans(text) + _bare_address_spans(text) + _spelt_phone_spans(text)
    for pattern in (
        _SPELT_ADDRESS,
        _CHINESE_ADDRESS,
        _RUSSIAN_ADDRESS,
        _SPACED_EMAIL,
        _SSN,
        _OTHER_STREET,
        _INTERSECTION,
        _POST_BOX,
        _HANDLE,
        _PROFILE_URL,
        _BRACKETED_AT_EMAIL,
    ):
        spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def uncued_name(sentence: str, after_places: bool = True) -> bool:
    """Capitalised words that read as a person's name wherever they stand, with no cue before
    them ("Last May a driver hit Joan Quillby", "Ирина Воробьёва поддерживает ..."): two to four
    name words (particles and initials between), none common in prose, one rare in every
    language we read, none naming a body, office or place, and no official title before them
    (an official is public: "The Honorable Andrew Wheeler"). Unless ``after_places``, words
    after a preposition of place ("near", "at", "cerca de") are a place, not a person."""
    for match in _NAME_RUN.finditer(sentence):
        run = match.group()
        if names_a_body_or_place(run):
            continue
        if not after_places and _PLACE_BEFORE.search(text_before(sentence, match)):
            continue
        if OFFICIAL_BEFORE.search(text_before(sentence, match)) or OFFICIAL_FIRST.match(run):
            continue
        after = _NEXT_WORD.match(sentence, match.end())
        if after and names_a_body_or_place(after.group(1)):
            continue  # a place or body named for someone: "Harriet Tubman elementary schools"
        names = _name_words(run)
        if names and max(map(_zipf_any, names)) < _COMMON_WORD and any(map(rare_word, names)):
            return True
    return _kin_name(sentence)


def text_before(text: str, match: re.Match[str]) -> str:
    """The few words before a match, where a title or a dating word stands (the whole text
    before every match would make a long body quadratic)."""
    return text[max(0, match.start() - _LOOK_BACK) : match.start()]


_LOOK_BACK = 40
#: A preposition of place just before a run of capitalised words: "near (the) Broadway Safeway".
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:near|at|on|in|outside|behind|opposite|past|around|across|along|beside"
    r"|cerca\s+de|junto\s+a|en|perto\s+de|près\s+de|à|bei|neben|возле|около|у)"
    r"\s+(?:the\s+|la\s+|el\s+|le\s+|a\s+|o\s+|der\s+|dem\s+)?$"
)


def names_a_body_or_place(words: str) -> bool:
    return bool(_NOT_A_PERSON.search(words) or _NOT_A_PERSON_RUN.search(words))


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _kin_name(sentence: str) -> bool:
    """A relative, neighbour or friend and their first name ("my daughter Emma")."""
    for match in _KIN.finditer(sentence):
        who = match.group("who")
        if _zipf_any(who) < _COMMON_WORD and not names_a_body_or_place(who):
            return True
    return False


def _signature_elsewhere(sentence: str) -> bool:
    """A signature line in the shapes the first round missed: a name before a role ("Joan
    Quillby, Chair, ..."), in capitals ("JOAN QUILLBY"), with particles, an initial or pronouns
    ("Maria de la Cruz", "J. Quillby", "Joan Quillby (she/her)"), or in Chinese or Arabic."""
    line = _PRONOUNS.sub("", sentence).strip()
    lead = _LEADING_NAME.match(line)
    if lead and _reads_as_name(lead.group("who")):
        return True
    if _BARE_RUN.match(line) and _reads_as_name(line):
        return True
    if _CAPITALS_LINE.match(line) and _reads_as_name(line.title()):
        return True
    return bool(_INITIAL_AND_NAME.match(line)) and _reads_as_name(line)


# A line of name words with particles or a first initial ("Maria de la Cruz", "J. Quillby"),
# and a line of two to four words in capitals ("JOAN QUILLBY").
_BARE_RUN = re.compile(rf"^\W*{_NAME_RUN.pattern}\W*$")
_INITIAL_AND_NAME = re.compile(rf"^\W*[A-Z]\.\s*{NAME_WORD}\W*$")
_CAPITALS_LINE = re.compile(r"^\W*[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}(?:[ '’-]+[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}){1,3}\W*$")


def _reads_as_name(words: str) -> bool:
    """No word common in prose or naming a body or place, one of them uncommon (the bare-name
    test of :func:`_bare_name`)."""
    if names_a_body_or_place(words):
        return False
    names = _name_words(words)
    if not names:
        return False
    frequencies = [_zipf_any(word) for word in names]
    return max(frequencies) < _COMMON_WORD and min(frequencies) < _NAME_LIKE_WORD


def _name_words(run: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", run) if len(w) > 1 and not w.islower()]


def _bare_address_spans(text: str) -> list[tuple[int, int]]:
    """A house number before a street's name with no street word ("4410 Larkspur"): the name
    must be rare in every language we read, so "5 Americans" and "12 Angry Men" stay."""
    return [
        match.span()
        for match in _BARE_ADDRESS.finditer(text)
        if rare_word(match.group("street"))
        and not _NOT_A_PERSON_RUN.search(match.group("street"))
        and not (
            _YEAR.fullmatch(match.group("number")) and _DATING_WORD.search(text_before(text, match))
        )
    ]


def _spelt_phone_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for pattern in _SPELT_PHONES for match in pattern.finditer(text)]


def _birth_date(sentence: str) -> bool:
    return bool(_BIRTH.search(sentence)) and any(ch.isdigit() for ch in sentence)


def _signed_by_person(sentence: str) -> bool:
    match = _SIGNED.search(sentence)
    if match is None or OFFICIAL_FIRST.match(match.group("who")):
        return False  # "Thank you, Mayor Lopez, for ...": an office thanked, not a signature
    return not _NOT_A_PERSON.search(match.group("who"))


def _bare_name(sentence: str) -> bool:
    """A line of capitalised words that reads as a name, not a slogan: no word common in English
    prose and one of them uncommon ("Marcus Kim", "John Smith"; not "Let Kids Play")."""
    if not _BARE_NAME.match(sentence) or _NOT_A_PERSON.search(sentence):
        return False
    frequencies = [zipf(word) for word in re.findall(r"[^\W\d_]+", sentence) if len(word) > 1]
    return max(frequencies) < _COMMON_WORD and min(frequencies) < _NAME_LIKE_WORD


# wordfreq's Zipf scale: "the" is 7.7, "play" 5.6, "John" 5.4, "Smith" 4.9, "Quillby" 0.
_COMMON_WORD = 5.45
_NAME_LIKE_WORD = 5.05


# A word rarer than this in English and than ``_RARE_ELSEWHERE`` in every other language we read
# is a name's ("Quillby" 0, "Delgado" 3.0, "Larkspur" 2.1; not "Joan" 4.0, "Pine" 4.1).
_RARE_WORD = 3.5
_RARE_ELSEWHERE = 4.5
_OTHER_LANGUAGES = ("es", "fr", "de", "pt", "it", "nl", "ru")


# Endings of English words derived from others ("Rulemaking", "Supplemental"): a rare word with
# one is a term in a title, not a name.
_DERIVED = re.compile(
    r"(?i:(?:ing|tion|sion|ment|ness|ity|ency|ancy|ance|ence|ism|ive|ous|able|ible|al|ary|ory"
    r"|ys)$)"
)


def rare_word(word: str) -> bool:
    if zipf(word) >= _RARE_WORD or (word.isascii() and _DERIVED.search(word)):
        return False
    return all(zipf(word, language) < _RARE_ELSEWHERE for language in _OTHER_LANGUAGES)


def _zipf_any(word: str) -> float:
    """The word's frequency in the language it is most common in ("El" is Spanish prose)."""
    return max(zipf(word), *(zipf(word, language) for language in _OTHER_LANGUAGES))


def preload() -> None:
    """Load the word-frequency tables of every language the name rules read (about a second
    of CPU, once per process) at start, not inside the first batch that asks for a name."""
    _zipf_any("preload")
