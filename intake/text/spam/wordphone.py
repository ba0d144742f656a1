"""Round 26: a phone number written with words for its digits.

"Reach me on WhatsApp: 555, oh one six six", "text Marcus at 555, zero one four seven",
"звоните Андрею: 555, ноль-один-пять-три", "شماره‌ام: 555 - صفر یک هشت چهار",
"ደውሉ፡ 555፡ ዜሮ ሓደ ሸውዓተ ሰለስተ", "电话555，零一五一". Round 5
reads a web address spelled out ("firegel-supply dot com"); a number spelled out is the same
move: written so that no number finder (libphonenumber, a filter) reads it. A resident who
leaves a number to be called back writes it as a number ("555-0123"); a text that spells its
digits is hiding its number from filters, in any language. One written in lone digits only
("Text your name to 555 0 1 8 8") is not read here: residents write numbers so too.

The shape, whatever the language: a run of seven to fifteen digits, given as digit groups,
lone digits and the words for digits, with at least three of them spelled (words or lone
digits) and either three digit words or a group of three digits before the spelled part. A
sum ("$1,500,000 one-time") has one word; a list of options ("1, 2 or 3") is too short; prose
("one or two") has words between that are no digits. Weighed as a spelled address
(``spelled_link_weight``), and, like it, a way to reach the writer.

With a sum of money it is an offer, as round 15 reads a hidden address beside a sum
(``hidden_money_weight``): "clears about $1,900 a
week ... text Marcus at 555, zero one four seven", "ብሰሙን 120 ዶላር ... 555፡ ዜሮ ሓደ ...". A sum is
read by its sign (``solicit.money``) or by the word for a currency after its figure ("120
ዶላር", "20 دلار", "300 euros"), which texts spelling their number out write as often.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import money, money_asked

#: The words for the digits 0-9 in the languages of the fixtures and their neighbours. A word
#: counts only inside a run of digits, so words that are prose too ("one", "نه") are harmless.
_DIGIT_WORDS = (
    # English
    "zero oh one two three four five six seven eight nine "
    # Spanish, Portuguese, French, German, Tagalog
    "cero uno dos tres cuatro cinco seis siete ocho nueve um dois três quatro sete oito nove "
    "zéro deux trois quatre cinq sept huit neuf null eins zwei drei vier fünf sechs sieben "
    "acht neun sero isa dalawa tatlo apat lima anim pito walo siyam "
    # Russian, Ukrainian
    "ноль нуль один два три четыре пять шесть семь восемь девять чотири п'ять шість сім вісім "
    "дев'ять "
    # Farsi, Arabic
    "صفر یک دو سه چهار پنج شش هفت هشت نه واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة "
    # Tigrinya, Amharic
    "ዜሮ ሓደ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ አንድ ሁለት ሶስት ሦስት አራት አምስት "
    "ስድስት ሰባት ስምንት ዘጠኝ "
    # Nepali, Hindi
    "शून्य एक दुई तीन चार पाँच छ सात आठ नौ दो पांच छह "
    # Session 18 (-32, -33): Swahili, Somali, Vietnamese, Hawaiian
    "sifuri moja mbili tatu nne tano sita saba nane tisa "
    "eber kow laba saddex afar shan lix toddoba siddeed sagaal "
    "không một hai ba bốn năm sáu bảy tám chín "
    "ʻole ʻekahi ʻelua ʻekolu ʻehā ʻelima ʻeono ʻehiku ʻewalu ʻeiwa "
    # Session 19 (-36): Punjabi (Gurmukhi), "zero" borrowed as in Hindi
    "ਸਿਫ਼ਰ ਸਿਫਰ ਜ਼ੀਰੋ ਜੀਰੋ ਇੱਕ ਇਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਨੌ ज़ीरो जीरो "
    # Session 21 (adverts21): the digits of more languages, so that the shape travels to seats
    # nobody has read. Bosnian, Croatian, Serbian (Latin and Cyrillic), Polish, Czech, Italian,
    # Haitian Creole, Albanian, Turkish, Uzbek, Kinyarwanda, Georgian, Greek, Hebrew, Yiddish,
    # Urdu, Pashto, Korean (Sino-Korean), Thai, Armenian.
    "nula jedan jedna dva dvije tri četiri cetiri pet šest sest sedam osam devet "
    "нула један два три четири пет шест седам осам девет "
    "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć jedna dvě tři čtyři šest "
    "uno due tre quattro cinque sei sette otto nove zewo youn de twa kat senk sis sèt uit nèf "
    "një nje dy tre katër kater pesë pese gjashtë gjashte shtatë shtate tetë tete nëntë nente "
    "sıfır sifir bir iki üç uc dört dort beş bes altı alti yedi sekiz dokuz "
    "nol ikki uch to'rt to‘rt besh olti yetti sakkiz to'qqiz to‘qqiz "
    "zeru rimwe kabiri gatatu kane gatanu gatandatu karindwi umunani icyenda "
    "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა "
    "μηδέν μηδεν ένα ενα δύο δυο τρία τρια τέσσερα τεσσερα πέντε πεντε έξι εξι επτά εφτά "
    "οκτώ οχτώ εννέα εννια "
    "אפס אחת אחד שתיים שתים שניים שלוש שלש ארבע חמש שש שבע שמונה תשע "
    "נול נאל איינס אײנס צוויי צװײ דריי דרײ פיר פינף זעקס זיבן אכט ניין נײן "
    "ایک تین پانچ چھ چھے سات آٹھ نو "
    "یو دوه درې دری څلور پنځه شپږ اووه اته نهه "
    "공 영 일 이 삼 사 오 육 칠 팔 구 "
    "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า "
    "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը "
    # Session 27 (spend27a): the digits of more languages written with spaces between words,
    # so that the shape travels further: Gujarati, Bengali, Marathi, Tamil, Telugu, Kannada,
    # Malayalam, Syriac (read with its vowel points taken off: :func:`_unpointed`), more Arabic
    # and Greek forms, Indonesian and Malay, Dutch, Romanian, Hungarian, Finnish, Lithuanian,
    # Azerbaijani, Kazakh, Mongolian, Hausa, Samoan, Tongan, Hmong. Words that are common
    # English words inside a list of figures ("to", "en", "sex", "fire", "ni") are left out.
    "શૂન્ય એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ "
    "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় "
    "दोन पाच सहा नऊ "
    "பூஜ்ஜியம் பூஜ்யம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது "
    "సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది "
    "ಸೊನ್ನೆ ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು "
    "പൂജ്യം ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത് "
    "ܨܦܪ ܚܕ ܚܕܐ ܬܪܝܢ ܬܪܬܝܢ ܬܠܬܐ ܬܠܬ ܐܪܒܥܐ ܐܪܒܥ ܚܡܫܐ ܚܡܫ ܫܬܐ ܫܬ ܫܒܥܐ ܫܒܥ ܬܡܢܝܐ ܬܡܢܐ "
    "ܬܫܥܐ ܬܫܥ "
    "اثنين إثنين اثنان ثلاث اربعة أربع اربع خمس ست سبع ثمان تسع "
    "εννιά εννεα τέσσερις τρεις μία μια "
    "nol kosong satu dua tiga empat lima enam tujuh delapan lapan sembilan "
    "nul een twee drie vier vijf zes zeven acht negen "
    "unu doi trei patru cinci șase şase sase șapte şapte opt nouă noua "
    "nulla egy kettő három négy öt hét nyolc kilenc "
    "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän "
    "nulis vienas trys keturi penki šeši septyni aštuoni devyni "
    "dörd yeddi səkkiz doqquz "
    "нөл бір екі үш төрт бес алты жеті сегіз тоғыз тэг нэг хоёр гурав дөрөв тав зургаа долоо "
    "найм ес "
    "sifiri daya biyu uku hudu biyar shida bakwai takwas tara "
    "selo tasi lua tolu fa ono fitu valu iva noa taha ua fā hiva "
    "xoom ib ob peb plaub tsib rau xya yim cuaj "
    # Session 29 (spend29b, the spent -51): English digits as Urdu script writes them ("زیرو
    # سیون سیون زیرو زیرو 555 چار دو چھ"), a digit doubled or tripled as dictated ("seven seven
    # double oh"), and Turkish "yüz" (hundred: "sıfır yedi yedi yüz 555", 07700 said as
    # "seven hundred"); each counts one digit inside a run, as a digit word does.
    "زیرو ون ٹو تھری فور فائیو فائیو سکس سیون ایٹ نائن double triple yüz "
    # Session 30 (spend30b, the spent -53): Māori; Hindi, Fiji Hindi and Urdu digits written in
    # Latin letters, as a chat writes them ("shunya do do, 555, aath ek ek saat"). "do" counts
    # only inside a run of digits, as every word here; "char", "tin" and "sat" are left out.
    "kore tahi rua toru whā wha rima whitu waru iwa "
    "shunya shuniya sunya sifar ek do dui teen chaar paanch panch chhe chhah saat aath nau"
)
_WORDS = sorted(set(_DIGIT_WORDS.split()), key=len, reverse=True)


_Node = dict[str, "_Node"]
"""A letter tree: each letter to the tree of what may follow it; "" marks a word's end."""


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by their common beginnings ("s(?:e(?:is|ven)|ix)"):
    the same words matched, longest first as in a plain alternation, but each position of a
    text is tried once per letter and not once per word. Session 27: the digit words of 60
    languages as a plain alternation were the labeller's dearest search by half again."""
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alternatives = [str(regex.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        if "" in node:
            return "(?:" + "|".join(alternatives) + ")?"
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"

    return emit(tree)


_WORD = r"(?<![\p{L}\p{M}'])" + _trie(_WORDS) + r"(?![\p{L}\p{M}])"
#: Chinese digits are one character each and follow one another without spaces ("零一五一").
_HAN_DIGIT = r"[零〇一二三四五六七八九幺]"
#: Session 30 (spend30b): Korean (Sino-Korean) digits written joined as one word, as a number
#: is said ("공이일 555 구구공일"), perhaps with the particle "to" or "number" after it
#: ("구구공일로"). A word of two or more digit syllables only: "사이" (between) or "이사" (a move)
#: count as digits too, but only inside a run of a phone's length with three spelled digits.
_HANGUL_DIGITS = r"(?<![가-힣])[공영일이삼사오육칠팔구]{2,8}(?=(?:으로|로|번|에|요)?(?![가-힣]))"
_TOKEN = rf"(?:\d{{1,4}}|{_HANGUL_DIGITS}|{_WORD}|{_HAN_DIGIT})"
#: Between digits: spaces, commas, dashes, dots, middle dots, the Ethiopic and Chinese
#: separators. Session 30 (spend30a, the spent -52): slashes ("two-oh-six / 555 / zero-one-five-
#: two") and the Ethiopic comma, semicolon and colons ("ሁለት አምስት ሶስት፣ 555፣ ዜሮ ..."), which
#: dictate a number in parts as a comma does. A date or a fraction ("12/31/2027", "1/2") is no
#: run: it has no three spelled digits, or no phone's length.
_SEP = r"[\s,.\-\u2013\u2014\u060c\u1361-\u1366\uff0c\u3001:\u00b7/]{0,4}"
#: Session 27 (spend27a): the word for "then" between the parts of a number ("708 then 555 then
#: 0 1 1 5", "773 555, y luego 01 22", "سبعة سبعة ثلاثة ثم 555 ثم ..."): dictation, written so
#: that no number finder joins the parts. Nobody writes "then" inside a number they mean to be
#: read; a list of figures in turn ("in 2019, then 2021") is no phone's length or carries a year.
_THEN = (
    r"(?:and\s+then|then|followed\s+by|y\s+luego|luego|y\s+despu[eé]s|despu[eé]s|e\s+depois"
    r"|depois|et\s+puis|puis|ensuite|und\s+dann|dann|e\s+poi|poi|a\s+potem|potem|następnie"
    r"|а\s+потом|потом|затем|потім|далі|و?ثم|وبعدين|بعدها|سپس|بعد|پھر|फिर|પછી|pagkatapos"
    r"|tapos|sau\s+đó|rồi|然后|然後|再|sonra|ardından|και\s+μετά|μετά|kisha|halafu|kadib"
    r"|dan\s+kemudian|kemudian|lalu|daarna|apoi|aztán|sitten|paskui"
    # Session 29 (spend29b): Polish "and further" ("07700 555 i dalej 6 0 8").
    r"|i\s+dalej|a\s+dalej|dalej"
    # Session 30 (spend30b): Hindi and Fiji Hindi "after" in Latin letters ("027 555 ke baad 40
    # 61", "oh-two-seven 555 ke baad teen-do-nau-ek").
    r"|uske\s+baad|ke\s+baad|phir)"
)
_THEN_RE = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_THEN}(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
_GAP = rf"{_SEP}(?:(?<![\p{{L}}\p{{M}}]){_THEN}(?![\p{{L}}\p{{M}}]){_SEP})?"
_RUN_RE = regex.compile(rf"{_TOKEN}(?:{_SEP}{_TOKEN})+", regex.IGNORECASE)
#: The same run read in a lowered text: the digit words are lower case, and a search without
#: IGNORECASE takes half the time (this search is the labeller's single dearest, session 22).
_LOWER_RUN_RE = regex.compile(rf"{_TOKEN}(?:{_SEP}{_TOKEN})+")
#: The runs that may hold "then", asked only of a text that holds the word (a fraction of them:
#: reading "then" between every two tokens of every text cost a third more).
_THEN_RUN_RE = regex.compile(rf"{_TOKEN}(?:{_GAP}{_TOKEN})+", regex.IGNORECASE)
_LOWER_THEN_RUN_RE = regex.compile(rf"{_TOKEN}(?:{_GAP}{_TOKEN})+")
#: A number read with "then" is a phone's length (nine to twelve digits), holds no figure with a
#: thousands separator ("1,200 then 1,500") and no year ("2019, then 2021").
THEN_DIGITS = (9, 12)
_THOUSANDS_RE = regex.compile(r"\d[,.]\d{3}(?!\d)")
_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Syriac's vowel points and marks, taken off before its digit words are read (session 27).
_SYRIAC_RE = regex.compile(r"[\u0710-\u072f]")
_SYRIAC_MARKS_RE = regex.compile(r"[\u0730-\u074a\u0303\u0308\u0323\u0330\u0331]")
_GROUP_RE = regex.compile(r"\d+")
MIN_DIGITS = 7
MAX_DIGITS = 15
MIN_SPELLED = 3


def _read(run: str) -> tuple[int, int, int, bool]:
    """Digits in all, spelled digits (words and lone digits), words, and whether a group of
    three or more digits stands before the first spelled digit."""
    tokens = regex.findall(_TOKEN, _THEN_RE.sub(" ", run), flags=regex.IGNORECASE)
    total = spelled = words = 0
    group_first = False
    for token in tokens:
        if _GROUP_RE.fullmatch(token):
            total += len(token)
            if len(token) == 1:
                spelled += 1
            elif len(token) >= 3 and spelled == 0:
                group_first = True
        else:
            # A joined Korean word counts each of its digits (session 30); a word, one.
            count = len(token) if regex.fullmatch(_HANGUL_DIGITS, token) else 1
            total += count
            spelled += count
            words += count
    return total, spelled, words, group_first


def _said_in_turn(run: str, total: int) -> bool:
    """Session 27: the run's parts are joined by "then" (:data:`_THEN`), a phone's length, with
    no thousands separator and no year."""
    if _THEN_RE.search(run) is None or not THEN_DIGITS[0] <= total <= THEN_DIGITS[1]:
        return False
    return _THOUSANDS_RE.search(run) is None and _YEAR_RE.search(run) is None


def _unpointed(prose: str) -> str:
    """Session 27: a text in Syriac script without its vowel points ("ܫܲܒܥܵܐ" reads "ܫܒܥܐ"),
    so its digit words are read however fully they are pointed; any other text as it is."""
    if _SYRIAC_RE.search(prose) is None:
        return prose
    return str(_SYRIAC_MARKS_RE.sub("", prose))


@lru_cache(maxsize=4096)
def _spelled_run(prose: str) -> tuple[str, int] | None:
    """The first run of digits written with words or lone digits, with its count of words (a
    run said in turn, with "then", counts one word more). Read in the lowered text where
    lowering keeps every character in its place (nearly always); the run returned is the
    text's own."""
    prose = _unpointed(prose)
    lowered = prose.lower()
    kept = len(lowered) == len(prose)
    if _THEN_RE.search(lowered if kept else prose) is None:
        runs = _LOWER_RUN_RE if kept else _RUN_RE
    else:
        runs = _LOWER_THEN_RUN_RE if kept else _THEN_RUN_RE
    for m in runs.finditer(lowered if kept else prose):
        total, spelled, words, group_first = _read(m.group())
        if _said_in_turn(m.group(), total):
            return str(prose[m.start() : m.end()]).strip(" ,.-"), words + 1
        if not MIN_DIGITS <= total <= MAX_DIGITS or spelled < MIN_SPELLED:
            continue
        if words >= MIN_SPELLED or group_first:
            return prose[m.start() : m.end()].strip(" ,.-"), words
    return None


#: Session 21 (adverts21): a number given in parts, out of order or around words ("the last
#: four digits are 0139, the first 929 555", "my number in two parts: ۴۰۲۵۵۵ and ۰۱۷۲"): the
#: word for a number, then two or three groups of three digits or more, nine to eleven digits
#: in all, with words between them. Split so that no number finder reads it, as a number in
#: words is.
_NUMBER_WORD_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:numbers?|phone|cell|numara\p{L}*|номер\p{L}*|n[uú]mero|num[eé]ro|nummer"
    r"|broj\p{L}*|numer\p{L}*|nambari|lambar\p{L}*|شمیره|شماره|نمبر|رقم|מספר|ნომერ\p{L}*|raqam\p{L}*)"
)
_PART_RE = regex.compile(
    r"(?<!\p{Nd}|\p{Nd}[.\-/])\p{Nd}{3,}(?: \p{Nd}{3,})*(?!\p{Nd}|[.\-/]\p{Nd})"
)
_BETWEEN_WORDS_RE = regex.compile(r"[\p{L}\p{M}]+")
SPLIT_WINDOW = 80


def split_phone(prose: str) -> str | None:
    """A phone number given in parts with words between them (see above), or None."""
    for word in _NUMBER_WORD_RE.finditer(prose):
        window = prose[word.end() : word.end() + SPLIT_WINDOW]
        parts = list(_PART_RE.finditer(window))
        for first in range(len(parts) - 1):
            chosen = parts[first : first + 3]
            for n in (2, 3):
                group = chosen[:n]
                if len(group) < n:
                    continue
                digits = sum(sum(c.isdigit() for c in m.group()) for m in group)
                gaps = [window[a.end() : b.start()] for a, b in pairwise(group)]
                worded = all(
                    1 <= len(_BETWEEN_WORDS_RE.findall(g)) <= 3 and not regex.search(r"\p{Nd}", g)
                    for g in gaps
                )
                if 9 <= digits <= 11 and worded:
                    return window[group[0].start() : group[-1].end()]
    return None


def spelled_phone(prose: str) -> str | None:
    """The first phone number written with words for some of its digits, or None. One written
    in lone digits after a group ("555 0 1 2 2") is not hidden: residents write numbers so too
    (the spacing of a keypad, a language read digit by digit); round 26 reads it only beside a
    seller's terms (``selleroffer.grouped_number``)."""
    run = _spelled_run(prose)
    if run is not None and run[1] > 0:
        return run[0]
    return split_phone(prose)


def spelled_phone_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """A phone number spelled out so that no number finder reads it (see the module)."""
    found = spelled_phone(prose)
    if found is None:
        return []
    detail = f"contact: a phone number written with words for its digits ({found!r})"
    return [Evidence(s.spelled_link_weight, detail)]


#: The word for a currency after a figure, where no sign is written.
_CURRENCY_WORD_RE = regex.compile(
    r"\d[\d.,]*\s?(?:dollars?|dólares|dolares|euros?|pesos|rupees?|ዶላር|ብር|دلار|دولار|تومان|"
    r"доллар\w*|евро|рубл\w*|डलर|डॉलर|रुपैयाँ|美元|欧元"
    # Session 30 (spend30b): the Korean dollar ("건당 30불", "40달러").
    r"|불|달러)(?![\p{L}])",
    regex.IGNORECASE,
)


def names_a_sum(prose: str, asked: bool = False) -> bool:
    """A sum of money: a currency sign, a percentage, or a currency's word after a figure.
    ``asked`` (session 28, res28): not a sum signed that the writer says they pay or is their
    own bill (:func:`solicit.money_asked`: "My rent is $1,050" is the writer's cost)."""
    signed = money_asked(prose) if asked else money(prose)
    return signed or _CURRENCY_WORD_RE.search(prose) is not None


def sums_of_the_item(prose: str, context: tuple[str, ...] | None) -> bool:
    """Session 27 (spend27a): every sum the text names is one its item's title names too ("the
    jump from $2.00 to $3.50" on an item raising a fee from $2.00 to $3.50), and no sum is
    written with a currency's word. Such sums are the item's, argued about, not a price offered
    to the reader. False without a context. The title only: an earlier comment may name any sum
    (a seller's "$25 a storm" on -45 matched a neighbour's $25)."""
    if not context or not money(prose) or _CURRENCY_WORD_RE.search(prose) is not None:
        return False
    own = _sums(prose)
    return bool(own) and own <= _sums(context[0])


#: A sum with its currency's sign, before or after its figure ("$3.50", "3,50 €").
_SIGNED_SUM_RE = regex.compile(r"\p{Sc}\s?(\d[\d.,]*\d|\d)|(\d[\d.,]*\d|\d)\s?\p{Sc}")


def _sums(text: str) -> set[str]:
    """The sums a text writes with a currency's sign, as figures without separators or zero
    cents ("$2.00" and "$2" are "2", "$1,140" is "1140")."""
    found = set()
    for m in _SIGNED_SUM_RE.finditer(text):
        figure = (m.group(1) or m.group(2)).replace(",", "")
        found.add(figure.removesuffix(".00"))
    return found


def spelled_phone_money_evidence(
    spoken: list[Evidence],
    prose: str,
    s: SpamSettings,
    context: tuple[str, ...] | None = None,
) -> list[Evidence]:
    """A phone number spelled out (``spoken``: :func:`spelled_phone_evidence`) in a text naming
    a sum of money: the price and the number to call, an offer (see the module). Session 27:
    not when every sum is the item's own (:func:`sums_of_the_item`): a resident who writes
    their number in words while arguing about the fee the item sets sells nothing."""
    if not spoken or not names_a_sum(prose, asked=True) or sums_of_the_item(prose, context):
        return []
    detail = "offer: a sum of money with a phone number hidden from number finders"
    return [Evidence(s.hidden_money_weight, detail)]
