"""Session 27 (spend27a): what a seller says of the price, beside a contact hidden from filters.

"My cousin runs a licensed van service and could do a Friday loop at a fair rate. Give him a
call: 708 555, then 01, then 78", "a lady at my church makes a cream, twenty dollars a jar. Her
number is eight four seven, 555, oh one nine nine", "ο ξάδερφός μου φτιάχνει φράχτες ... με καλή
τιμή. Τηλεφωνήστε του: επτά μηδέν οκτώ — 555 — ...", "મારા મિત્ર ... સસ્તો વીમો ... ખાસ ભાવ. ફોન
કરો આઠ ચાર સાત, 555, ...": adverts in a neighbour's voice, on the item's own subject, whose one
way to reach the seller is a number written so that no number finder reads it (in words, in
parts joined by "then"). Session 18 read a seller's terms of trade beside such a contact
(:func:`selleroffer.hidden_offer_evidence`) and round 26 a sum written in figures
(:func:`wordphone.spelled_phone_money_evidence`); what these texts say instead is the price in
the seller's words: a price or a rate said to be good, fair, special, cheap or for a group
("a group price", "precio especial", "καλή τιμή", "ખાસ ભાવ", "بسعر مناسب"), a seller who charges
little ("cobra poquito", "nie bierze nic"), no fees, buying for cash, or a sum written in words
("twenty dollars", "بمئة دولار", "ત્રીસ ડોલર").

Why a resident does not write this: no resident of the spent corpora (over 19,000) nor of the
invented residents' files hides a number from number finders at all; a resident who gives their
number means it to be read. A resident who both hides a number and praises a price is selling
something. Read only beside a hidden contact (the caller makes sure of it), and not in a text
that names a scam (:func:`selleroffer.seller_offer_evidence`): alone, a price said to be fair is
what residents write of the item ("a fair price for the land").
"""

from __future__ import annotations

from functools import cache

import regex

from intake.text.spam.folding import fold

#: A price, a rate, in the languages of the seats and their neighbours.
_PRICE = (
    r"price|prices|pricing|rate|rates|precio|precios|tarifa|tarifas|preco|precos|prix|tarif"
    r"|tarifs|preis|preise|prezzo|prezzi|cena|ceny|cene|cenie|stawk\w+|τιμη|τιμες|τιμην"
    r"|цен(?:а|ы|у|ой|е|ам|ами|ах)|цін(?:а|и|у|ою|ам|ами)|سعر|ب?اسعار|بسعر|قیمت|قیمتوں|کیمت|कीमत|दाम|भाव|दर|ભાવ\w*|કિંમત\w*|દામ"
    r"|দাম\w*|মূল্য\w*|fiyat\w*|gia(?!\s+dinh)|presyo|bei|qiimo|qiime|harga|prijs|prijzen|tarief|pret|preturi"
    r"|가격|գին\w*|ფას\w*"
    # Session 28 (spend28b): a fee, what a tutor, a fixer or an agent charges the reader.
    r"|fee|fees|فیس|فيس|رسوم|ఫీజు|ఫీజులు|फीस|ফি|phi|비용|费用|ክፍያ"
    # Session 29 (spend29a): Hebrew, with its prefixes ("ובמחיר טוב", "מחיר הוגן").
    r"|(?:ו?ב|ה)?מחיר|מחירים"
)
#: What a seller says of the price: good, fair, special, for a group, low, cheap, reasonable,
#: wholesale, as a friend or a neighbour gets it.
_GOOD = (
    r"good|fair|special|group|low|lower|cheap|reasonable|great|discounted|wholesale|neighbou?r"
    r"|friendly|family|affordable|unbeatable|buen|bueno|buenos|especial|especiales|justo|justos"
    r"|bajo|bajos|barato|baratos|economico|modico|accesible|razonable|de\s+mayoreo|familiar"
    r"|bom|baixo|camarada|acessivel|bon|special|juste|bas|imbattable|raisonnable|interessant"
    r"|gunstig\w*|sonder\w*|buon|speciale|onesto|conveniente|dobr\w+|specjaln\w+"
    r"|nisk\w+|atrakcyjn\w+|promocyjn\w+|hurtow\w+|okazyjn\w+|przystepn\w+|uczciw\w+|καλ\w+"
    r"|ειδικ\w+|χαμηλ\w+|φθην\w+|λογικ\w+|οικογενειακ\w+|хорош\w+|специальн\w+|низк\w+"
    r"|доступн\w+|выгодн\w+|оптов\w+|спеціальн\w+|низьк\w+|вигідн\w+|гарн\w+|خاص|خاصة|مناسب"
    r"|مناسبة|مخفض|مخفضة|رخيص|رخيصة|منافس|منافسة|معقول|معقولة|مميز|مميزة|الجملة|ارزان|ویژه"
    r"|عمده|سستا|سستی|सस्ता|सस्ते|थोक|विशेष|खास|ખાસ|સારો|સારા|સારી|સસ્તો|સસ્તા|સસ્તી|હોલસેલ"
    r"|વાજબી|বিশেষ|সস্তা|uygun|ozel|indirimli|toptan|ucuz|dac\s+biet|uu\s+dai|hop\s+ly"
    r"|mura|murang|espesyal|sulit|nafuu|maalum|jaban|raqiis|murah|khusus|spesial|terjangkau"
    r"|grosir|speciale|scherpe|eerlijke|avantajos|저렴한|특별|մատչելի|հատուկ"
    # Session 28 (spend28b): low and cheap in Telugu, Pashto, Urdu, Persian, Amharic, Chinese.
    r"|తక్కువ|చవక|کم|ارزانه|ارزان|ዝቅተኛ|ርካሽ|便宜|优惠|優惠|低"
    # Session 29 (spend29a): good, fair, cheap, special, low in Hebrew.
    r"|טוב|הוגן|זול|מיוחד|נמוך|משתלם"
)
#: Between the price and what is said of it: a few words ("a price that is fair", "precio muy
#: especial", "ખાસ ભાવ").
_NEAR = r"(?:\s+\w+){0,2}\s+"
#: A seller who charges little or nothing, no fees, a first consultation free, buying for cash.
_CHARGES = (
    r"charges?\s+(?:very\s+)?little|(?:does\s*n[o']t|doesn't)\s+charge\s+much"
    r"|no\s+(?:(?:realtor|agent|hidden|upfront|up-front|sign-?up|closing|broker|booking|service)\s+)?fees"
    r"|gia\s+(?:re|tot)|(?:buys?|pays?)\s+(?:\w+\s+){0,5}?(?:for|in)\s+cash"
    r"|cobra(?:n)?\s+(?:muy\s+)?(?:poco|poquito|barato)|cobra\s+pouco|cobra\s+barato"
    r"|nie\s+bierze\s+(?:nic|duzo|wiele)|bierze\s+niewiele|za\s+darmo"
    r"|χρεωνει\s+λιγα|δεν\s+χρεωνει|مبلغ\s+رمزي|بسعر\s+رمزي"
    r"|cheaper\s+than|(?:(?:about|only|just)\s+)?(?:half|a\s+(?:third|quarter|fourth|fifth|fraction))"
    r"\s+of\s+what\s+(?:\w+\s+){0,3}?(?:charges?|costs?|asks?)"
    r"|(?:they|he|she|we)(?:\s+are|\s+is|'re|'s)\s+(?:very\s+|really\s+|so\s+)?(?:cheap|affordable|inexpensive)"
    r"|no\s+(?:long(?:-term)?\s+|annual\s+)?contracts?"
    # Session 28 (spend28b): cash paid within days, a house bought as it stands.
    r"|(?:cash|paid)\s+in\s+(?:\w+\s+)?(?:days|hours)|as-is"
    r"|(?:first|primera|primeira|premiere|pierwsz\w+|πρωτη)\s+(?:\w+\s+)?"
    r"(?:consultation|consulta|konsultacj\w+|συμβουλ\w+)\s+(?:is\s+|es\s+|e\s+)?"
    r"(?:free|gratis|gratuit\w*|darmow\w+|bezplatn\w+|δωρεαν)"
    # Session 28 (spend28a): "no fees" said as "zero fees", a place or a permit passed on "for a
    # fee", a sum in slang ("a tenner a week"), a result guaranteed ("ਪਾਸ ਦੀ ਗਾਰੰਟੀ", "100%
    # guaranteed"). Not a thing done "for free" nor a free check: res27's tradesmen on the item
    # offer one beside a number spelled out for a blind neighbour
    # (``invented_residents_27.txt``).
    r"|zero\s+(?:\w+\s+)?fees|for\s+a\s+(?:small\s+|modest\s+)?fee|(?:a|one)\s+(?:tenner|fiver)"
    # Session 29 (spend29a): a fee said to be paid once or flat ("co-signs for a one-time fee");
    # half the price of the known one ("à la moitié du prix de la FEMA"; not "half-price
    # coffee", a shop's own offer that residents make: test_spam_adverts21); paid only
    # after the result ("Оплата только после результата"), as "成功才收费" below; a sum said to
    # hold everything ("por 450 dólares, todo incluido").
    r"|for\s+a\s+(?:one[-\s]time|flat|single)\s+fee"
    r"|(?:at\s+|for\s+)?half\s+the\s+price|(?:a\s+)?la\s+mitad\s+del\s+precio"
    r"|(?:a\s+)?la\s+moitie\s+du\s+prix|(?:pela\s+)?metade\s+do\s+preco"
    r"|вдвое\s+дешевле|вдвічі\s+дешевше"
    r"|(?:you\s+)?pay(?:ment)?\s+only\s+(?:after|when|once|if)\s+(?:\w+\s+){0,2}?(?:results?|it\s+works|you\s+win)"
    r"|оплата\s+только\s+(?:после|по)\s+результат\w*|оплата\s+(?:лише|тільки)\s+(?:після|за)\s+результат\w*"
    r"|solo\s+(?:pagas?|cobra\w*)\s+(?:si|cuando|despues\s+de)|so\s+(?:paga|cobra)\s+(?:se|quando|depois)"
    r"|todo\s+incluido|tudo\s+incluido|all[-\s]inclusive|tout\s+compris|вс[её]\s+включено"
    r"|(?<!no\s)(?<!not\s)(?:guarantee|guaranteed)|garantizad\w+|गारंटी|ਗਾਰੰਟੀ|گارنٹی|گارانتی"
)
#: Session 28: the price in a seller's words in Chinese, read without word boundaries: a fee said
#: to be low, fair or cheap ("收费很低", "价格实惠"), no fee unless it works ("成功才收费"), a price
#: "from" a sum ("收费五十块起"), a pass guaranteed ("包过"); not "free", as above.
_CHINESE_PITCH_RE = regex.compile(
    r"(?:收费|收費|价格|價格|价钱|價錢|费用|費用)(?:很|非常|超|特别|特別|也)?"
    r"(?:低|便宜|优惠|優惠|公道|合理|实惠|實惠)"
    r"|不成功不收[费費]|成功(?:后|後)?才?收[费費]"
    r"|[0-9一二三四五六七八九十百千两兩]+\s*(?:块|塊|元|刀)(?:钱|錢)?起"
    r"|包[过過]|便宜"
)
#: A sum written in words: a number's word, then a currency's ("twenty dollars", "بمئة دولار",
#: "ત્રીસ ડોલરથી").
_NUMBER_WORD = (
    r"ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|five"
    r"|diez|quince|veinte|treinta|cuarenta|cincuenta|cien|ciento|mil|vinte|trinta|cinquenta"
    r"|dix|vingt|trente|cinquante|cent|zehn|zwanzig|dreissig|funfzig|hundert|tausend"
    r"|dziesiec|dwadziescia|trzydziesci|piecdziesiat|sto|tysiac\w*|δεκα|εικοσι|τριαντα"
    r"|πενηντα|εκατο|χιλια|десять|двадцать|тридцать|пятьдесят|сто|тысяч\w*|двадцять"
    r"|тридцять|п'ятдесят|тисяч\w*|[بو]?(?:مئة|مائة|الف|عشرة|عشرين|ثلاثين|خمسين|مية)"
    r"|بیست|سی|پنجاه|صد|هزار|बीस|तीस|पचास|सौ|हजार|વીસ|ત્રીસ|પચાસ|સો|હજાર|દસ"
    r"|yirmi|otuz|elli|yuz|muoi|hai\s+muoi|tram|nghin|sampu|dalawampu|tatlumpu"
)
_CURRENCY = (
    r"dollars?|bucks|dolares|dolar\w*|euros?|pesos|reais|zl|zlotych|δολαρι\w*|ευρω|доллар\w*"
    r"|долар\w*|евро|دولار\w*|ب?الدولار|دلار|ڈالر|डॉलर|डालर|ડોલર\w*|ডলার|đo\s?la|do\s?la"
)


#: Session 28 (spend28b): a sum said to be all it costs: "only" before or after a sum in dollars
#: or a percentage ("$51 మాత్రమే", "٣٥٠ دولاراً فقط", "صرف 3 فیصد", "ماهانه فقط ۸۰ دالر", "chỉ tốn
#: 800 đô", "یوازې ۱۰۰ ډالره"), in the languages that write "only" as a word of its own.
_ONLY = r"only|just|solo|sólo|صرف|فقط|یوازې|chi|chỉ|మాత్రమే|ብቻ|सिर्फ|केवल|sirf|仅|只要|只需"
_SUM_CURRENCY = (
    _CURRENCY + r"|دالر|ډالر\w*|دولارا\w*|ዶላር|달러|డాలర్\w*|đô|美元|美金|فیصد|درصد|ፐርሰንት|percent"
)
_SUM = rf"(?:\$\s?\d[\d,.]*|\d[\d,.٫]*\s*(?:%|٪|(?:{_SUM_CURRENCY})(?![\w])))"
#: A sum in Chinese numerals and a currency ("两万美元", "四万多美元").
_HAN_SUM = r"[一二两三四五六七八九十百千万萬]+多?(?:美元|美金|块钱|塊錢)"


@cache
def _pitch_re() -> regex.Pattern[str]:
    said = (
        rf"(?:{_GOOD}){_NEAR}(?:{_PRICE})|(?:{_PRICE}){_NEAR}(?:{_GOOD})"
        rf"|{_CHARGES}|(?:{_NUMBER_WORD})\s+(?:{_CURRENCY})"
    )
    return regex.compile(
        rf"(?<![\w])(?:{fold(said)})(?![\w])"
        rf"|(?<![\w])(?:{fold(_ONLY)})\s+(?:\w+\s+)?{fold(_SUM)}"
        rf"|{fold(_SUM)}\s*(?:{fold(_ONLY)})(?![\w])|{_HAN_SUM}"
        # A price from a sum ("giá từ 150 đô một đêm", "precios desde $20", "prices from $9").
        rf"|(?<![\w])(?:{fold(_PRICE)})\s+(?:from|starting\s+at|desde|a\s+partir\s+de|tu|từ)"
        rf"\s+{fold(_SUM)}"
    )


def price_in_a_sellers_words(prose: str) -> list[str]:
    """The price in a seller's words (see the module): each distinct phrase, folded, in order."""
    found: dict[str, None] = {}
    for m in _pitch_re().finditer(fold(prose)):
        found.setdefault(" ".join(m.group().split()), None)
    for m in _CHINESE_PITCH_RE.finditer(prose):
        found.setdefault(m.group(), None)
    return list(found)


#: Session 30 (spend30a, the spent -52 and -51): a trade kept off the books, in the seats'
#: languages. The tax, the VAT or the invoice left out ("no tax", "bez VAT", "sin factura",
#: "KDV'siz", "без налогов", "không cần hóa đơn"); the buyer's ID or questions skipped ("no ID
#: hassle", "no questions asked", "bez pytań"); cash only ("gotówka", "solo efectivo", "только
#: наличными"); the authority kept unaware ("the council never had to know", "the city won't
#: know"); goods at half price ("at half price", "yarı fiyatına", "za pół ceny", "nửa giá").
#: A tax argued is not read: "no tax increase", "no new taxes" (the word after "tax" must close
#: the phrase), nor a fee paid in cash, nor what the council should know. "No questions asked"
#: counts only in a sentence paying or asking cash ("I pay ... in cash, no questions"): a pantry
#: or a library amnesty gives free, "no questions asked", as residents of -8, res27 and res28
#: announce.
_OFF_THE_BOOKS = (
    r"no\s+(?:sales\s+)?tax(?:es)?(?=\s*(?:[,.;:!)]|$|and\s|or\s|hassle))"
    r"|(?:no|without)\s+vat|bez\s+vat\w*|sin\s+iva|sem\s+iva|ohne\s+(?:mwst|rechnung)"
    r"|kdv'?\s*siz|kdv'?den\s+kurtul\w*|faturas[ıi]z|без\s+ндс|без\s+налог\w*|без\s+податк\w*"
    r"|без\s+чек\w*|без\s+квитанц\w*|bez\s+podatk\w*|bez\s+faktur\w*|bez\s+rachunk\w*"
    r"|sin\s+impuestos(?!\s+(?:nuevos|adicionales|extra))|sem\s+impostos?|sin\s+factura"
    r"|sem\s+nota(?:\s+fiscal)?|sans\s+facture|kh[oô]ng\s+(?:c[aầ]n\s+)?h[oó]a\s+đ[oơ]n"
    r"|kh[oô]ng\s+(?:t[ií]nh\s+)?thu[eế]|walang\s+(?:resibo|tax|buwis)"
    r"|no\s+(?:photo\s+)?id(?:\s+(?:hassle|needed|required|checks?))?(?=\s*(?:[,.;:!)]|$|and\s|or\s|hassle|needed|required|check))"
    r"|sin\s+identificaci[oó]n"
    r"|cash\s+only|only\s+cash|s[oó]lo\s+(?:en\s+)?efectivo|got[oó]wk[aąeę]|za\s+got[oó]wk[eę]"
    r"|только\s+наличн\w*|лише\s+готівк\w*|ch[iỉ]\s+(?:nh[aậ]n\s+)?ti[eề]n\s+m[aặ]t|sadece\s+nakit"
    r"|the\s+(?:council|city|county|town|borough|inspectors?|irs|hoa|landlord|government|state)"
    r"\s+(?:will\s+)?(?:never|won'?t|wont|doesn'?t|does\s+not|don'?t|will\s+not)\s+(?:ever\s+)?"
    r"(?:(?:have|has|had|need|needs)\s+to\s+)?know"
    r"|without\s+(?:the\s+)?(?:council|city|county|inspectors?|landlord)s?\s+knowing"
    r"|sin\s+que\s+(?:\w+\s+){0,3}(?:se\s+enter\w+|sepa\w*)"
    r"|half[-\s]price|(?:at|for)\s+half\s+(?:off|what)|yar[ıi]\s+fiyat\w*|p[oó][łl]\s+ceny"
    r"|за\s+пол\s*цены|за\s+півціни|n[uử]a\s+gi[aá]|kalahat(?:ing|i\s+ng)\s+presyo"
    r"|(?:a\s+)?mitad\s+de\s+precio|medio\s+precio|moiti[eé]\s+prix|halbe[nr]?\s+preis"
)


@cache
def _off_the_books_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w])(?:{fold(_OFF_THE_BOOKS)})(?![\w])")


_NO_QUESTIONS = (
    r"no\s+questions(?:\s+asked)?|sin\s+preguntas|sem\s+perguntas|bez\s+pyta[nń]"
    r"|без\s+(?:лишних\s+)?вопросов|без\s+зайвих\s+питань|sorusuz|walang\s+tanong"
)
_CASH = r"cash|efectivo|dinheiro|got[oó]wk\w*|наличн\w*|готівк\w*|nakit|ti[eề]n\s+m[aặ]t|pera"


@cache
def _no_questions_re() -> regex.Pattern[str]:
    nq, cash = fold(_NO_QUESTIONS), fold(_CASH)
    return regex.compile(
        rf"(?<![\w])(?:(?:{cash})[^.!?\n]{{0,60}}?(?:{nq})|(?:{nq})[^.!?\n]{{0,60}}?(?:{cash}))(?![\w])"
    )


def off_the_books(prose: str) -> list[str]:
    """A trade kept off the books (see :data:`_OFF_THE_BOOKS`): each distinct phrase, folded.
    Read only beside a contact hidden from filters (:func:`selleroffer.hidden_offer_evidence`):
    a resident who hides their number and offers to skip the tax, the ID or the council is
    selling; alone, "half price" is a shop's own sale that residents announce."""
    found: dict[str, None] = {}
    folded = fold(prose)
    for m in _off_the_books_re().finditer(folded):
        found.setdefault(" ".join(m.group().split()), None)
    for m in _no_questions_re().finditer(folded):
        found.setdefault(" ".join(m.group().split()), None)
    return list(found)
