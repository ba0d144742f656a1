"""The writer speaking of themselves: first-person pronouns in the languages of the spam sets.

Several signals ask whether a text speaks as its writer: a question about the writer's own case
is a resident's (:mod:`closing`), a notice about "your account" written by someone who says "I"
or "my" is a resident reporting it (:mod:`notices`), a request for "my bank details" names its
victim (:mod:`topics`). One list serves them all, so that a language added for one is read by
every one. Words are matched whole, case-insensitively, in the text as written (accents kept:
Vietnamese "tôi" is "I", French "toi" is "you"). The reader addressed, "you" and "your"
(:data:`READER_RE`), is here for the same reason.
"""

from __future__ import annotations

import regex

#: "I", "me", "my" and their forms: English, Spanish, French, Portuguese, German, Italian, Polish,
#: Russian, Vietnamese, Turkish, Chinese.
SINGULAR = (
    "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself",
    "yo", "mi", "mis",
    "je", "j", "moi", "mon", "ma", "mes",
    "eu", "meu", "minha",
    "ich", "mich", "mir", "mein", "meine",
    "io", "mio", "mia",
    "mój", "moj", "moje", "mnie",
    "я", "меня", "мне", "мой", "моя", "моё", "мои",
    "tôi", "benim", "我",
)  # fmt: skip
#: "We", "us", "our" and their forms in the same languages.
PLURAL = (
    "we", "us", "our",
    "nosotros", "nosotras", "nuestro", "nuestra",
    "nous", "notre", "nos",
    "nós", "nosso", "nossa",
    "wir", "uns", "unser",
    "noi",
)  # fmt: skip


#: Session 18 (scams18b): words that are a pronoun in one language and another word in the next,
#: with what stands before them when they are not the pronoun: Spanish "mes" is a month ("$2,800
#: por mes", "cada mes", "al mes"), French "mes" is "my".
_NOT_AFTER = {
    "mes": r"(?:por|al|cada|un|el|este|ese|del|pr[oó]ximo|pasado|primer|[uú]ltimo)\s+",
}


#: Session 25 (contacts25): French words of the first person that other languages write as
#: their own words: Vietnamese typed without its marks writes "moi" (mời, "please"; mọi,
#: "every"; mới, "new"), "ma" (mà, "but") and "mon" (món, "dish"); Polish "ma" is "has", English
#: "Mon" is Monday. They are the writer only in a text that reads French (:func:`reads_french`),
#: or joined to a verb by a hyphen ("appelez-moi").
_FRENCH_ONLY = frozenset({"moi", "ma", "mon"})
#: French words of nearly every text in French that unmarked Vietnamese, Italian, Polish and
#: English do not write ("de", "la", "le", "que", "du", "il" they do: "để", "là", "lễ", "quê").
_FRENCH = (
    r"je|j['’]|est|les|des|pour|avec|dans|pas|une|vous|nous|suis|cette|sont|sur|aux|et"
    r"|c['’]|qu['’]|l['’]|d['’]|n['’]|m['’]|s['’]|très|tres|mais|ça|elle|aussi|selon|merci|oui|au"
)
#: Letters only Vietnamese writes (ơ, ư, ă, đ and the letters of Latin Extended Additional).
_VIETNAMESE_RE = regex.compile("[ơưăđ\u1ea0-\u1ef9]", regex.IGNORECASE)
_FRENCH_WORD_RE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_FRENCH})(?![\p{{L}}\p{{N}}])")
#: Letters French marks; Vietnamese marks "é", "è", "ê" and "â" too.
_FRENCH_LETTER_RE = regex.compile("[çœéèêëîïôûâ]", regex.IGNORECASE)


def reads_french(text: str) -> bool:
    """Session 25: the text reads French: it holds a word of :data:`_FRENCH`, or a letter French
    marks ("é", "ç", "û") and no letter only Vietnamese writes."""
    if _FRENCH_WORD_RE.search(text):
        return True
    return bool(_FRENCH_LETTER_RE.search(text)) and not _VIETNAMESE_RE.search(text)


def _alternative(word: str) -> str:
    """One word of :func:`pronoun_pattern`, kept from the words it is not after."""
    before = _NOT_AFTER.get(word)
    escaped = str(regex.escape(word))
    if word.casefold() == "i":
        # Session 27 (spend27a): "I" joined by a hyphen to a name or a number is no pronoun:
        # Tagalog's verb prefix ("I-click", "I-message"), a highway ("I-294"), a brand
        # ("I-PASS"), letters spelled out ("P-O-I-N-T").
        escaped += r"(?!-[\p{L}\p{N}])"
    if before is None:
        return escaped
    return rf"(?<!(?<![\p{{L}}]){before}){escaped}"


class WriterPattern:
    """Session 25 (contacts25): :func:`pronoun_pattern` of ``words``, whose French-only words
    (:data:`_FRENCH_ONLY`) are found only in a text that reads French (:func:`reads_french`) or
    joined to a verb by a hyphen ("appelez-moi"): unmarked Vietnamese "Kinh moi quy khach" (mời,
    "please") does not speak as its writer."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.compiled = pronoun_pattern(words)
        self.pattern: str = self.compiled.pattern

    def search(self, text: str) -> regex.Match[str] | None:
        """The first pronoun of the writer in ``text`` (see the class), or None."""
        french: bool | None = None
        for found in self.compiled.finditer(text):
            if found.group().casefold() not in _FRENCH_ONLY:
                return found
            start = found.start()
            if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
                return found
            if french is None:
                french = reads_french(text)
            if french:
                return found
        return None


def pronoun_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern finding any of ``words`` as a whole word ("j" in "j'ai", not in "jeudi")."""
    alternatives = "|".join(_alternative(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")


#: Session 19 (residents19): "I", "we" and their forms in languages the lists above do not
#: read, for the writer stating a position (:func:`intake.text.spam.verdict.states_a_position`):
#: Hindi, Nepali and Marathi; Arabic; Persian; Somali; Tagalog; Spanish and Italian verbs' own
#: pronouns are in the lists above. Kept apart from them so the signals that read "I" and "we"
#: read as before.
#: Session 19: "I", "my", "me" in Hindi and Nepali (:data:`FURTHER`, :data:`DEVANAGARI_SINGULAR`).
_HINDI_NEPALI_SINGULAR = ("मैं", "मेरा", "मेरी", "मेरे", "मुझे", "मेरो")
FURTHER = (
    *_HINDI_NEPALI_SINGULAR, "हम", "हमारा", "हमारी", "हमारे", "हमें",
    "म", "हामी", "हाम्रो", "मी", "आम्ही", "आमचा",
    "أنا", "انا", "نحن", "إننا", "اننا",
    "من", "ما",
    "aniga", "anigu", "annaga", "anaga", "waan", "waxaan",
    "ako", "kami", "tayo",
)  # fmt: skip


#: Session 19: the writer alone in Hindi, Nepali and Marathi ("my", "me"), which
#: :data:`SINGULAR` does not read: a resident of the Nepali community writing that their son's
#: training costs $150 beside a wage speaks of a real fee (``windfalls.advance_fee``).
DEVANAGARI_SINGULAR = (*_HINDI_NEPALI_SINGULAR, "मलाई", "माझा", "माझी", "मला")

#: Session 21 (scams21): "I", "me", "my" in the languages of the new seats that :data:`SINGULAR`
#: does not read: Ukrainian, Bosnian, Albanian, Turkish, Uzbek, Persian and Dari, Pashto, Urdu,
#: Hebrew, Yiddish, Georgian, Swahili, Kinyarwanda, Kurmanji. Kept apart, as the Devanagari list
#: is, for the readers a resident's own fee or warning must not trip (``windfalls.advance_fee``).
#: Words that are another language's common word are left out: Urdu "میں" ("in"), Turkish
#: "ben" and Uzbek "men" (English "Ben", "men"), Albanian "im" (German "im Monat"), Kurmanji
#: "min" (minutes). "من" is Persian "I" (Arabic "from": Arabic has its own pronouns above).
FURTHER_SINGULAR = (
    "мені", "мій", "моя", "моє", "мої", "моєї", "ja", "moj", "moja", "meni", "mene",
    "unë", "une", "ime", "mua", "bana", "benim", "meni", "menga", "mening",
    "من", "مرا", "زه", "زما", "میرا", "میری", "میرے", "مجھے", "אני", "שלי", "איך", "מיין",
    "მე", "ჩემი", "ჩემს", "mimi", "yangu", "njye", "nanjye", "jyewe", "ez",
    # Session 26 (spend26): Tongan "hoku", "ʻeku" (my) and Marshallese "ij" (I), "eō" (me),
    # "aō" (my); Tongan "I" only after its tense ("ʻoku ou", "naʻa ku", "kuo u", "te u"): alone
    # "au", "ou", "ku" are French "au", "ou" and Kinyarwanda's "ku kwezi" (a month).
    "hoku", "ʻeku", "'eku", "’eku", "ij", "eō", "aō",
    *(f"{mark}oku ou" for mark in ("ʻ", "'", "’", "")),
    *(f"na{mark}a ku" for mark in ("ʻ", "'", "’", "")),
    "kuo u", "te u",
)  # fmt: skip
#: Turkish "ben" (I) before a word only Turkish writes after it ("Ben de başvurdum", "ben bu
#: işte çalışıyorum"): the English name "Ben" is followed by anything else.
_TURKISH_BEN = (
    r"(?<![\p{L}])ben\s+(?:de|da|bu|bir|çok|hep|her|artık|şahsen|zaten|burada|orada|hala"
    r"|hâlâ|sadece|yıllardır|\p{L}+(?:[ıiuü]m|yorum|[dt][ıiuü]m))(?![\p{L}])"
)
WRITER_FURTHER_SINGULAR_RE = regex.compile(
    pronoun_pattern(FURTHER_SINGULAR).pattern + "|" + _TURKISH_BEN
)

#: The writer alone ("I", "my"), and the writer with others ("we", "our") as well.
WRITER_RE = WriterPattern(SINGULAR)
WRITER_DEVANAGARI_RE = pronoun_pattern(DEVANAGARI_SINGULAR)
WRITER_OR_GROUP_RE = WriterPattern(SINGULAR + PLURAL)
#: Session 19: the writer or a group of theirs, in the languages of :data:`FURTHER` too.
WRITER_ANY_RE = WriterPattern(SINGULAR + PLURAL + FURTHER)
#: Session 19: the writer as the subject of a verb ("I", "we"), folded, in the languages of
#: :data:`SINGULAR`, :data:`PLURAL` and :data:`FURTHER` that write them apart from the verb.
SUBJECTS = frozenset(
    {
        "i", "we", "je", "nous", "yo", "nosotros", "nosotras", "ich", "wir", "io", "noi",
        "eu", "nos", "ja", "my", "я", "мы", "ben", "biz", "toi", "chung", "wij", "ik",
        "waan", "waxaan", "aniga", "anigu", "annaga", "ako", "kami", "tayo",
    }
)  # fmt: skip


#: The reader addressed, "you" and "your" in the languages of the seats, for the signals that ask
#: whether a text speaks to its reader: a sextortion is told to them ("вашої камери", "your
#: webcam", "kameranızdan", "شما"; session 21, scams21), and so is a promise of a result ("you
#: will grow 3 inches in 30 days"; session 26, resfix26), where a rate measured is told to nobody.
READER_RE = regex.compile(
    r"(?<![\p{L}])(?:you|your|yours|tu|tus|su|sus|usted|vous|votre|vos|ton|tes|voc[eê]|seu|sua"
    r"|dein\p{L}*|ihr\p{L}*|ваш\p{L}*|вас|вам|ты|тебя|тебе|тво\p{L}*|ви|вами|sizin|seni|senin"
    r"|sana|size|siz|va[šs]\p{L}*|tvoj\p{L}*|tebe|ti|juaj|jote|sizning|sizni|sizga|شما|تاسو"
    r"|ستاسو|آپ|تم|تمہار\p{L}*|אתה|את|אותך|שלך|לך|אייער|איר|თქვენ\p{L}*|შენ\p{L}*|wewe|yako"
    r"|wako|lako|chako|adiga|kaaga|yawe|ikaw|mo|anh|bạn|kamu|anda)(?![\p{L}])"
    r"|你|您|あなた|당신|너|kameran[ıi]z\p{L}*|videonuz|သင့်|သင်|နၤ|คุณ|អ្នក|ເຈົ້າ|आप|तुम|तपाई"
    r"|আপনা|তোমা|أنت|انت|لديك|عندك|جهازك|كاميرتك|քո|ձեր|ያንተ|ያንቺ",
    regex.IGNORECASE,
)
