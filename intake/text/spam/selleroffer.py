"""Round 25: a business's offer, closed by the way to reach it.

"We buy houses in ANY condition ... Cash offer in 24 hours ... Call or text Dale 832-555-0162",
"Compramos su casa en efectivo, en cualquier condición ... Mande WhatsApp al 713-...", "0%
financing for 18 months. Free estimates: https://... or call 956-...", "امتلك شقتك في دبي بمقدم
10٪ فقط وأقساط ... للاستفسار زوروا https://...": adverts that open on the item's own subject (a
flood, a buyout, mosquitoes), so relatedness finds the item's words in them, and that carry one
number or one link, which alone weighs 0.15. What they share in every language is a seller's
terms of trade -- cash paid, any condition, a free estimate or inspection, financing,
instalments, a guarantee or money back, low prices, from $0 a month, booking online -- and a
text that *ends* on the way to reach the seller.

A resident writes "we" for their association, names prices ("the $25 permit"), and closes with
their number so staff can call back; what a resident does not write is the seller's terms: no
one offering to be called back about drainage promises "free estimates" or "0% financing". So
the signal counts distinct terms of trade (:data:`TERMS`, case- and accent-folded, a handful per
language: English, Spanish, Vietnamese, Arabic), and reads only a text whose last sentence holds
a phone number, a messenger's ID or a link; two terms weigh :data:`WEIGHTS` [0], more weigh more.
A text that names a scam is a resident warning of such an offer, and is not read.

Session 18 (-32, -33): one term is enough beside a contact hidden from filters (a phone number
in words, an address spelled out: no resident of a spent set hides one); three terms closed by
a number reach the threshold; the closing sentence may be followed by a short sign-off
("Mahalo.") and may hold a social handle or the seller to ask for in person ("Pregunten por
Héctor en la gasolinera"); terms in Swahili, Hawaiian, Tagalog, Low German, Japanese and
Chinese.
"""

from __future__ import annotations

from functools import cache

import regex

from intake.text.spam.contacts import messenger_ids
from intake.text.spam.evidence import Evidence
from intake.text.spam.folding import fold
from intake.text.spam.hiddenpitch import off_the_books, price_in_a_sellers_words
from intake.text.spam.links import HANDLE_RE, Link, host_allowed, is_citation, phone_count
from intake.text.spam.notices import names_a_scam
from intake.text.spam.sentences import sentences_before_capitals
from intake.text.spam.settings import SpamSettings

#: Terms of trade, by language (folded: "cualquier condicion" matches "cualquier condición").
#: Each is a regular expression read between word boundaries; a sum is written ``\$\d+``.
TERMS = {
    "en": (
        r"cash\s+(?:offer|paid|for\s+(?:your|houses|homes|cars|boats))",
        r"(?:pay|paid)\s+(?:you\s+)?cash",
        r"any\s+condition",
        r"free\s+(?:estimates?|quotes?|inspections?|consultations?|assessments?|trial)",
        r"free\s+\d+[-\s]minute",
        r"\d+\s?%\s+financing|financing\s+(?:available|for\s+\d+)",
        r"money\s+back",
        r"guaranteed\s+to",
        r"book\s+(?:online|now|today|a\s+free|your)",
        r"same[-\s](?:day|week)\s+(?:appointments?|service)",
        r"(?:we|I)\s+pay\s+all",
        r"closing\s+costs",
        r"first\s+(?:treatment|visit|month|session)\s+\$\d+",
        r"download\s+the\s+app",
        r"lower\s+fees",
        r"certified\s+pros",
        r"we\s+(?:buy|supply|build\s+websites)",
        r"we\s+(?:offer|provide|specialize|install|repair|remove|treat|clean)",
        r"call\s+or\s+text|call\s+(?:us\s+)?(?:today|now)",
        r"visit\s+our",
        r"licensed\s+(?:and|&)\s+insured",
        r"no\s+obligation",
        r"free\s+shipping",
        # Session 20 (adverts20): a classified ad's terms ("Serious only, text ...").
        r"serious\s+(?:buyers\s+|inquiries\s+)?only",
        r"or\s+best\s+offer",
        r"(?:price|permits?|licen[cs]es?)\s+(?:is\s+|are\s+)?negotiable",
        r"\d+\s?%\s+off",
        r"no\s+money\s+down|\$0\s+down",
        r"no\s+(?:fees?\s+unless|fees|commissions?|repairs\s+needed)",
        r"entitled\s+to\s+(?:\w+\s+){0,2}compensation",
        r"(?:competitive|affordable|lowest?|best)\s+(?:rates|prices)",
        r"(?:\d+\+?\s+)?years\s+of\s+experience",
        r"get\s+a\s+(?:free\s+)?quote|request\s+a\s+quote",
        r"(?:apply|enroll|sign\s+up)\s+today|open\s+enrollment",
        r"limited[-\s]time|special\s+offer",
        # Round 26 (-31): the seller's name to ask for at the number, trades vetted for the
        # reader, a product safe for the family, an advert addressed to a trade's owners.
        r"ask\s+for\s+(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?(?!(?:an?|the|more|it)\b)\p{L}{3,},?\s+"
        r"(?:at\s+)?\d",
        r"(?:vetted|pre-?qualified|pre-?screened)\s+(?:\w+\s+)?(?:contractors|builders|pros|"
        r"professionals|installers|providers)",
        r"safe\s+for\s+(?:kids|children|pets|the\s+family)",
        r"^(?:attention\s+)?(?:to\s+(?:all\s+|every\s+)?|for\s+(?:all\s+)?)?(?:[\w-]+\s+){0,3}"
        r"owners?\s*:",
        # Session 18 (-32, -33): the business as the subject of its service, the price said
        # small ("small fee", "zero down", Hawaii Pidgin "he charge small"), a sum said as the
        # only cost, a keyword to text to a number, round-the-clock service.
        r"our\s+(?:\w+\s+)?(?:team|crew|firm|office|company|shop|workshop|agency)\s+"
        r"(?:installs|helps|handles|offers|provides|repairs|builds|does|can)",
        r"free\s+(?:first\s+)?(?:session|guide|demo)",
        r"(?:small|low)\s+fee|charges?\s+small|(?:real|super)\s+cheap|zero\s+down",
        r"(?:only|just|solo|lang|lamang|laeng)\s+\$\s?\d|"
        r"\$\s?\d[\d,.]*\s+(?:only|lang|lamang|laeng|wot|chok|pekee)",
        r"text\s+(?!(?:me|us|him|her|them|it)\b)\w+\s+to\s+\d",
        r"24/7|24\s+hours\s+a\s+day",
        r"kall\s+ak\s+text",
        # Session 18 round 2 (-34, -35): a flat price, a free first step the seller names (a site
        # visit, a measurement, a valuation), a keyword to text to a number said in words,
        # financing and goods the business carries, a discount it gives, "no pressure".
        r"flat\s+(?:hourly\s+|monthly\s+)?(?:rate|fee)",
        r"free\s+(?:site\s+visits?|measurements?|valuations?|installation|delivery|pick-?up)",
        r"(?:site\s+visits?|quotes?|estimates?|measurements?|valuations?)\s+(?:are\s+)?free",
        r"text\s+(?!(?:me|us|him|her|them|it)\b)\w+\s+to\s+(?:\(|one|two|three|four|five|six|"
        r"seven|eight|nine|zero|oh)",
        r"we\s+(?:sell|carry|stock)",
        r"(?:do|offer)\s+(?:\w+\s+)?financing|financing\s+on\s+the\s+spot",
        r"at\s+cost",
        r"gives?\s+(?:a\s+)?(?:\w+\s+)?discount",
        r"no\s+pressure",
        r"(?:of\s+)?our\s+(?:\w+\s+)?(?:mechanics|staff|agents|technicians|installers)\s+speak",
        r"stop\s+by\s+(?:the|our)\s+(?:shop|store|office|showroom|lot|yard)",
        r"i(?:'ve|\s+have)\s+helped\s+\d+\s+(?:families|clients|homeowners|customers)",
        r"we(?:'re|\s+are)\s+an?\s+(?:[\w-]+\s+){0,5}(?:crew|company|contractor|outfit)",
        # Session 19 (-36, -37): goods rented, shipped or delivered by the business, a flat
        # price, a discount on the first order, a fee taken as a share, payment plans, a
        # review or a visit at no cost, an authorised dealer, a product free with installation.
        r"we\s+(?:also\s+|already\s+)?(?:rent|lease)\s+(?:out\s+)?(?:[\w,-]+\s+){1,8}?by\s+the\s+"
        r"(?:day|week|hour)|we\s+(?:also\s+|already\s+)?(?:rent|lease)\s+out|we\s+ship",
        r"\$\s?\d[\d,.]*\s+flat",
        r"(?:half|\w+\s+percent|\d+\s?%)\s+off",
        r"first\s+(?:order|ride|visit|month|session|class|lesson|rental)\s+(?:is\s+)?"
        r"(?:half|free|\d+\s?%)",
        r"(?:work|works|working)\s+on\s+(?:a\s+)?contingency",
        r"(?:we|I)\s+(?:only\s+)?charge\s+(?:only\s+)?\d+\s?%",
        r"payment\s+plans?",
        r"no\s+(?:collateral|credit\s+checks?)",
        r"toll[-\s]free",
        r"(?:review|reviews|evaluate|evaluates|inspect|inspects|tests?|checks?|measures?)"
        r"\s+(?:\w+\s+){0,2}(?:at\s+no\s+cost|for\s+free)",
        r"(?:we|I)(?:'ll|\s+will)\s+(?:\w+\s+){1,5}for\s+free",
        r"authori[sz]ed\s+(?:[\w-]+\s+){0,2}(?:dealer|installer|reseller|distributor)",
        r"free\s+with\s+(?:\w+\s+)?install\w*",
        r"our\s+clients",
        r"(?:products?|units?|services?|systems?)\s+like\s+ours",
        r"\d+[-\s]day\s+turnaround",
        r"we\s+build\s+(?:[\w-]+\s+){0,2}(?:websites|sites|apps)",
        r"mention\s+(?:[\w-]+\s+){1,4}for\s+(?:priority|a\s+discount|free|\d|\w+\s+percent)",
        r"our\s+(?:\w+\s+)?(?:team|crew|firm|office|company|shop|agency)\s+(?:prepares|files)",
        # Session 28 (spend28b): no contract to sign, wholesale prices, shipped the same day.
        r"no\s+(?:long[-\s]term\s+|annual\s+)?contracts?",
        r"wholesale\s+(?:pricing|prices?)",
        r"ships?\s+(?:the\s+)?same[-\s]day|same[-\s]day\s+(?:shipping|delivery)",
        # A seller's record in numbers, a share of the savings as its fee, a discount to ask for.
        r"(?:we|I)(?:'ve|\s+have)\s+(?:installed|served|fitted|cleaned|repaired|done)\s+"
        r"(?:[\w-]+\s+){0,3}(?:in|for|at)\s+\d+\s+(?:venues|homes|houses|families|clients"
        r"|customers|businesses|restaurants|bars|shops|stores)",
        r"(?:work|works|working)\s+(?:on|for)\s+\d+\s?%",
        r"ask\s+for\s+(?:the|a|our)\s+(?:[\w-]+\s+){0,2}discount",
    ),
    "es": (
        r"compramos",
        r"le\s+pagamos",
        r"en\s+efectivo",
        r"cualquier\s+condicion",
        r"desde\s+\$\s?\d+",
        r"al\s+mes",
        r"inscripcion\s+abierta",
        r"precios?\s+baj[oa]s?",
        r"(?:estimados?|cotizaci[oó]n(?:es)?|presupuestos?|inspecci[oó]n)\s+gratis",
        r"financiamiento",
        r"garantizad[oa]s?|garantizamos|le\s+aseguramos",
        r"arreglamos",
        r"sin\s+abogado",
        r"atendemos\s+en",
        r"agentes\s+que\s+hablan",
        r"llamenos|escribanos|contactenos",
        r"llame\s+(?:hoy|ya|ahora)|llame\s+o\s+mande",
        r"mande\s+(?:un\s+)?(?:whatsapp|mensaje|texto)",
        r"consulta\s+gratis|sin\s+compromiso",
        r"sin\s+enganche|pagos\s+(?:mensuales|comodos)",
        r"ofrecemos|instalamos|reparamos",
        r"anos\s+de\s+experiencia",
        r"promocion",
        # Round 26 (-31): the price, the first visit, the service as the seller says it.
        r"(?:a|con)\s+(?:muy\s+)?buen\s+precio|a\s+mitad\s+de\s+precio",
        r"con\s+garantia",
        r"(?:primera?|1a)\s+(?:visita|semana|clase|consulta)\s+(?:gratis|a\s+mitad)",
        r"precios\s+desde",
        r"(?:nosotros\s+)?(?:hacemos|le\s+preparamos|le\s+llamamos)",
        r"trabajamos\s+en",
        r"mandenos|llamar\s+o\s+mandar",
        r"horarios\s+flexibles",
        r"pregunten?\s+por|llame\s+a\s+(?:la\s+sra|el\s+sr|don|dona)\b",
        r"seguros?\s+para\s+(?:ninos|mascotas|la\s+familia)",
        r"^(?:para|a)\s+(?:todos\s+)?los\s+(?:duenos|propietarios)\s+de",
        r"hablamos\s+(?:espanol|ingles|portugues|su\s+idioma)",
        # Session 18 (-32): the firm as the subject, the low cost, the hours.
        r"nuestro\s+(?:despacho|taller|equipo|negocio|servicio|compania|empresa|oficina)",
        r"a\s+bajo\s+costo|las\s+24\s+horas",
        # Session 18 round 2 (-34, -35): wholesale, delivered home, orders by a messenger, "we
        # charge", "Spanish spoken here".
        r"al\s+(?:por\s+)?mayor(?:eo)?",
        r"(?:entrega|servicio)\s+a\s+domicilio",
        r"pedidos\s+(?:por|al)",
        r"cobramos",
        r"se\s+habla\s+(?:espanol|ingles)",
        # Session 19 (-36): a fee charged only when paid, "call or text" to many.
        r"cobro\s+(?:solo|solamente|nada)",
        r"llamen\s+o\s+manden",
    ),
    # Session 19 (-37): German: we rent, sell, deliver or offer, delivery across the area, a
    # quote without obligation, with a guarantee, leasing.
    "de": (
        r"wir\s+(?:vermieten|verkaufen|liefern|vermitteln|bieten)",
        r"lieferung\s+(?:im|in\s+(?:den|die|das|der))",
        r"unverbindlich\w*\s+angebot",
        r"mit\s+garantie",
        r"im\s+leasing|zum\s+festpreis|frei\s+haus",
    ),
    # Session 19 (-36): Armenian: at a competitive price, our (family, building) company.
    "hy": (
        r"մրցակցային\s+գն\w*",
        r"մեր\s+(?:\w+\s+){0,2}ընկերություն\w*",
    ),
    # Session 19 (-36): Hmong: we sell, cheap, delivered home.
    "hmn": (
        r"peb\s+muag",
        r"pheej\s+yig",
        r"xa\s+txog\s+tsev",
    ),
    # Session 18 round 2 (-34): French: we buy, cash payment, the best price or the day's price,
    # visit our site, no fees, a free quote, call us.
    "fr": (
        r"on\s+achete|nous\s+achetons",
        r"(?:paiement\s+)?comptant",
        r"meilleur\s+prix|prix\s+du\s+jour|prix\s+imbattables?",
        r"visitez\s+notre",
        r"pas\s+de\s+frais|sans\s+frais",
        r"devis\s+gratuits?|estimation\s+gratuite",
        r"appelez-nous|contactez-nous",
    ),
    # Session 18 round 2 (-34): Louisiana Creole (Kouri-Vini): we sell / install / repair, a good
    # price, fast work, licensed.
    "lou": (
        r"nou(?:zot)?\s+(?:vann|instale|repare|achte)",
        r"pri\s+bon|bon\s+pri",
        r"travay\s+vit",
        r"nou\s+gin\s+lisans",
    ),
    # Round 26 (-31): Portuguese and Cape Verdean Creole.
    "pt": (
        r"por\s+encomenda",
        r"entregamos|fazemos\s+entrega|entrega\s+(?:em|gratis)",
        r"(?:preco|precos)\s+de\s+atacado|no\s+atacado",
        r"importamos|fabricamos",
        r"(?:nos\s+)?fazemos",
        r"encomendas\s+com",
        r"chama\s+(?:o|a)\s+\w+\s+no\s+(?:zap|whats)",
        r"orcamento\s+gratis|sem\s+compromisso",
        r"\d+\s?%\s+de\s+desconto|desconto",
        r"vagas\s+(?:limitadas|com)",
        r"nu\s+ta\s+da|inskrison",
        r"^para\s+os\s+(?:donos|proprietarios)\s+de",
        r"falamos\s+(?:portugues|espanhol|ingles|crioulo)",
        r"manda(?:-l)?\s+mensaj[ei]",
    ),
    # Round 26 (-31): Polish.
    "pl": (
        r"jestesmy\s+(?:producentem|firma|dystrybutorem|hurtownia)",
        r"eksportujemy|importujemy|oferujemy|produkujemy",
        r"(?:oferte|ofert[ay]|cen[ay])\s+hurtow\w*",
        r"przygotujemy",
        r"darmow\w+\s+dostaw\w+|bezplatn\w+\s+(?:dostaw|wycen|konsultac)\w*",
        r"przy\s+pierwszym\s+zamowieniu",
        r"rabat\w*|znizk\w*|promocj\w+",
        r"z\s+nadrukiem",
    ),
    # Round 26 (-31): Haitian Creole.
    "ht": (
        r"nou\s+(?:voye|vann|ofri|bay\s+sevis|louvri)",
        r"selman\s+\d",
        r"pi\s+bon\s+(?:to|pri)",
        r"rele\s+oswa\s+ekri|rele\s+nou",
        r"konsiltasyon\s+gratis",
        r"pa\s+bezwen\s+(?:lisans|papye|eksperyans)",
        # Session 18 round 2 (-34): we fix, a reasonable price, call or visit.
        r"nou\s+ranje",
        r"pri\s+rezonab",
        r"rele\s+oswa\s+vizite",
    ),
    "vi": (
        r"tien\s+mat",
        r"mua\s+nha",
        r"bao\s+gia",
        r"mien\s+phi",
        r"tra\s+gop",
        r"bao\s+hanh",
        r"gia\s+re",
        r"uu\s+dai",
        r"goi\s+ngay",
        r"chung\s+toi\s+(?:mua|nhan|cung\s+cap)",
        r"lien\s+he\s+ngay",
        r"khuyen\s+mai|giam\s+gia",
        r"cam\s+ket",
        r"uy\s+tin",
        r"gia\s+tot",
        r"chuyen\s+(?:mua|ban|cung\s+cap|nhan)|thu\s+mua",
        r"tu\s+van\s+mien\s+phi",
        r"vay\s+tien|giai\s+ngan|khong\s+can\s+(?:the\s+chap|diem\s+tin\s+dung|giay\s+to)",
        # Session 18 (-32): "bên em" (our side), the seller's voice of a Vietnamese advert.
        r"ben\s+em\s+(?:ho\s+tro|nhan|chuyen|ban|cho\s+vay)|ho\s+tro\s+vay",
    ),
    "ar": (
        r"بمقدم|مقدم",
        r"ب?اقساط|بالتقسيط|تقسيط",
        # Session 19 (-36): no credit check, "we install".
        r"و?بدون\s+فحص\s+[اإأئ]?[يئ]?تماني",
        r"نركب",
        r"عائد",
        r"مضمون",
        r"للاستفسار",
        r"زوروا|زورونا",
        r"اتصل\s+بنا|اتصلوا",
        r"خصم|عروض",
        r"امتلك",
        r"احجز|سارع",
        r"خدماتنا",
        # Round 26 (-31): the company, its service and its free first step.
        r"نحن\s+شركة|شركتنا",
        r"نقدم\s+(?:خدمة|خدمات)",
        r"^(?:الى|إلى)\s+اصحاب",
        r"استشارة\s+مجانية",
        r"باسعار\s+(?:خاصة|منافسة|مخفضة|مميزة)",
        r"للتواصل|للحجز|راسلوني|راسلونا",
        r"متخصصة|متخصص\s+في",
        # Session 18 (-32, Sudanese and Egyptian): a fair price, our workshop, ask for NAME.
        r"و?ب?اسعار\s+(?:معقولة|مناسبة)|و?بسعر\s+(?:مناسب|معقول|خاص|منافس)",
        r"و?(?:ورشتنا|محلنا|مكتبنا)",
        r"و?اسال\s+عن|و?اسالوا\s+عن",
    ),
    # Session 18 (-32): Low German (Plautdietsch): cheaper than, not dear.
    "nds": (r"bellja\s+aus", r"nich\s+dia"),
    # Session 18 (-32): Swahili: we sell / send / offer, a cheap price, a small fee, wholesale,
    # call us, contact us, ask for.
    "sw": (
        r"tunauza|tunatuma|tunatoa\s+huduma",
        r"kwa\s+bei\s+(?:nafuu|poa|rahisi)",
        r"kwa\s+(?:ada|gharama)\s+ndogo",
        r"kwa\s+jumla",
        r"tupigie(?:\s+simu)?|wasiliana\s+nasi",
        r"ulizeni",
    ),
    # Session 18 (-33): Hawaiian (the ʻokina typed or not): we are selling, call (to) us, a
    # lowered price, we can help / build, house sales, loan money, no credit record needed.
    "haw": (
        r"ke\s+ku[ʻ'‘]?ai\s+(?:aku\s+)?nei\s+makou",
        r"e\s+kelepona\s+mai",
        r"emi\s+o\s+ke\s+kumuku[ʻ'‘]?ai",
        r"hiki\s+ia\s+makou\s+ke\s+(?:kokua|kukulu|ho[ʻ'‘]?oponopono)",
        r"ku[ʻ'‘]?ai\s+hale",
        r"kala\s+ho[ʻ'‘]?ai[ʻ'‘]?e",
        r"[ʻ'‘]?a[ʻ'‘]?ole\s+pono\s+ka\s+mo[ʻ'‘]?okaki",
    ),
    # Session 18 (-33): Tagalog: cheap and fast, call NAME.
    "tl": (
        r"mura\s+at\s+mabilis|murang\s+\w+|mura\s+lang",
        r"tawagan\s+(?:si|lang|niyo|ninyo|kami)",
    ),
    # Session 21 (adverts21): a low price said as a seller says it ("a price nobody beats",
    # "cheapest price", "very cheap", "the price is half"), a buyer who pays cash, a first
    # lesson or a consultation free, a job done in a set time, in English, Hebrew, Yiddish,
    # Georgian, Turkish, Russian, Ukrainian, Bosnian, Albanian, Persian, Urdu, Pashto, Uzbek,
    # Swahili, Somali and Spanish: the seller's terms of the seats' languages.
    "s21": (
        r"pays?\s+(?:all\s+)?cash",
        r"(?:prices?|rates?)\s+(?:nobody|no\s+one)\s+(?:can\s+)?beats?|unbeatable\s+(?:prices?|rates?)"
        r"|lowest\s+prices?\s+in\s+(?:town|the\s+city|the\s+state)",
        r"(?:usually\s+)?done\s+in\s+(?:a|one|\d+)\s+(?:day|week)s?",
        r"for\s+the\s+price\s+of\s+(?:a|one)\s+(?:\w+\s+)?(?:dinner|lunch|coffee|pizza)",
        r"ב?מחיר\s+ש?אף\s+אחד\s+לא\s+מתחרה|ב?מחיר\s+הכי\s+(?:זול|טוב)|מחירים\s+זולים",
        r"זייער\s+ביליג|ביליגסטע|ביליגע\s+פרייזן",
        r"ფასი\s+ნახევარია|საბითუმოდ",
        r"uygun\s+fiyat|en\s+ucuz|ilk\s+ders\s+ucretsiz|ucuz\s+bilet",
        r"низкие\s+цены|лучшие\s+цены|бесплатная\s+консультация|первое\s+занятие\s+бесплатно"
        r"|низькі\s+ціни|безкоштовна\s+консультація|перше\s+заняття\s+безкоштовно",
        r"najbolje\s+cijene|besplatna\s+konsultacija|prvi\s+cas\s+besplatan",
        r"cmime\s+te\s+lira|konsulte\s+falas",
        r"ارزانترین\s+قیمت|ارزان‌ترین\s+قیمت|مشاوره\s+رایگان|سستے\s+ترین|سب\s+سے\s+سستا"
        r"|مفت\s+مشورہ|پہلا\s+مہینہ\s+مفت",
        r"arzon\s+narx|eng\s+yaxshi\s+kurs|bepul\s+maslahat",
        r"bei\s+nafuu|bei\s+ya\s+jumla",
        r"qiimo\s+jaban|qiime\s+jaban",
        r"precios?\s+bajos|consulta\s+gratis|primera\s+clase\s+gratis",
        # Booking now, and places said to be few, as a seller presses the reader.
        r"ابھی\s+بک\s+کریں|همین\s+حالا\s+رزرو|احجز\s+الآن|reserve\s+(?:ya|ahora|ja)"
        r"|reservez\s+(?:des\s+)?maintenant|забронируйте\s+сейчас|hemen\s+rezervasyon"
        r"|rezervisite\s+odmah|rezervo\s+tani|dat\s+ngay|agiza\s+sasa|dalbo\s+hadda|hadda\s+dalbo",
        r"(?:spots|seats|places|slots)\s+(?:are\s+)?limited|limited\s+(?:spots|seats|places|slots)"
        r"|only\s+\d+\s+(?:spots|seats|places|slots|passes)\s+(?:left|remain)"
        r"|سیٹیں\s+محدود|ظرفیت\s+محدود|المقاعد\s+محدودة|(?:cupos|plazas)\s+limitad[oa]s"
        r"|vagas\s+limitadas|places\s+limitees|количество\s+мест\s+ограничено"
        r"|kontenjan\s+sinirli|sinirli\s+kontenjan|broj\s+mjesta\s+(?:je\s+)?ogranicen"
        r"|vende\s+te\s+kufizuara|so\s+luong\s+co\s+han|nafasi\s+(?:ni\s+)?chache",
    ),
    # Session 29 (spend29b, the spent -51): a lender's or a landlord's terms that skip the
    # checks, one term each in any language (Romanian, Polish, Urdu, Bengali, Gujarati, Turkish,
    # Lithuanian, Portuguese, Tamil, Arabic, English): no credit check; bad credit accepted; no
    # proof of income; no papers or no contract; approval within hours; a processing fee.
    "checks": (
        r"fara\s+verificari?\s+(?:de\s+)?credit|bez\s+(?:bik|sprawdzania\s+(?:zdolnosci|historii))"
        r"|کریڈٹ\s+چیک\s+(?:کے\s+)?بغیر|ক্রেডিট\s+চেক\s+(?:নেই|ছাড়া|লাগবে\s+না)"
        r"|ક્રેડિટ\s+ચેક\s+(?:નહીં|વગર)|kredi\s+notuna\s+bakilmaz|be\s+kredito\s+patikrinimo"
        r"|sem\s+consulta\s+(?:ao\s+)?(?:spc|serasa|credito)|கடன்\s+சரிபார்ப்பு\s+இல்லை",
        r"خراب\s+کریڈٹ\s+والے\s+بھی|bad\s+credit\s+(?:ok|accepted|welcome)"
        r"|be\s+kredito\s+istorijos|(?:cu\s+)?istoric\s+(?:de\s+credit\s+)?prost\s+acceptat",
        r"بغیر\s+آمدنی\s+کے\s+ثبوت|আয়ের\s+প্রমাণ\s+ছাড়া|આવકના\s+પુરાવા\s+વગર"
        r"|gelir\s+belgesi\w*\s+(?:gerekmez|istenmez)|be\s+pajamu\s+(?:irodymo|pazymos)"
        r"|sem\s+(?:comprovativo\s+de\s+rendimentos|comprovante\s+de\s+renda)"
        r"|بدون\s+(?:اثبات|إثبات)\s+دخل|no\s+proof\s+of\s+income",
        r"fara\s+acte|fara\s+contract|bez\s+zaswiadczen\w*|be\s+sutarties|kefilsiz",
        r"\d+\s+گھنٹے\s+میں\s+منظوری|approv\w+\s+(?:with)?in\s+\d+\s+hours",
        r"প্রসেসিং\s+ফি",
    ),
}
#: Terms in scripts written without spaces between words (Khmer, Lao, Thai), read anywhere in
#: the text rather than between word boundaries (round 26, -31).
UNSPACED_TERMS = (
    # Khmer: wholesale, delivery, discount, order now, free of charge, our company / shop,
    # the price is only, I am an agent, speaking Khmer.
    "លក់ដុំ",
    "ដឹកជញ្ជូន",
    "បញ្ចុះតម្លៃ",
    "បញ្ជាទិញ",
    "ឥតគិតថ្លៃ",
    "ក្រុមហ៊ុនយើង",
    "ហាងយើង",
    "តម្លៃតែ",
    "ខ្ញុំជាភ្នាក់ងារ",
    "និយាយភាសាខ្មែរ",
    # Lao: free trial, no collateral, approved within, only N a month.
    "ທົດລອງຟຣີ",
    "ບໍ່ຕ້ອງມີຫຼັກຊັບ",
    "ອະນຸມັດພາຍໃນ",
    "ພຽງ",
    # Thai: free, discount, order, contact.
    "ฟรี",
    "ส่วนลด",
    "สั่งซื้อ",
    "ติดต่อ",
    # Session 18 (-33): Japanese: free, right now, the customer's booking and application, first
    # come, inquiries, our company, leave it to us, to the owners, hotel pick-up.
    "無料",
    "今すぐ",
    "ご予約",
    "お申し込み",
    "お申込み",
    "先着",
    "お問い合わせ",
    "お問合せ",
    "当社",
    "お任せください",
    "オーナー様",
    "送迎",
    # Session 21 (adverts21): Chinese: book now, places few.
    "立即预订",
    "马上报名",
    "名额有限",
    "名額有限",
    # Chinese (and Cantonese): cash, buying up, same day, call, free, a discount, licensed,
    # cheaper than the market, "we are".
    "現金",
    "现金",
    "收購",
    "收购",
    "即日",
    "致電",
    "致电",
    "免費",
    "免费",
    "優惠",
    "优惠",
    "持牌",
    "平過市價",
    "我哋係",
    # Session 18 round 2 (-35): a discount, installation included, a quote, "we are agents for",
    # a family's secret recipe.
    "打折",
    "包安装",
    "包安裝",
    "报价",
    "報價",
    "我们代理",
    "祖传秘方",
    # Session 19 (-37): a wholesale price, free shipping, cheaper than, phone inquiries
    # welcome, one given with two bought.
    "批发价",
    "批發價",
    "包邮",
    "包郵",
    "便宜一半",
    "电话咨询",
    "電話諮詢",
    "欢迎咨询",
    "微信咨询",
    "纯天然",
    # Session 19 (-36): Punjabi: no down payment, wholesale, cheap, speaking Punjabi ("in
    # Punjabi" alone is what residents ask information in).
    "ਬਿਨਾਂ ਡਾਊਨ ਪੇਮੈਂਟ",
    "ਥੋਕ ਵਿੱਚ",
    "ਸਸਤੇ",
    "ਪੰਜਾਬੀ ਬੋਲਦ",
    # Session 28 (spend28a): Punjabi: cheap (feminine), prices starting from, book now, only a
    # sum, seats limited.
    "ਸਸਤੀ",
    "ਤੋਂ ਸ਼ੁਰੂ",
    "ਹੁਣੇ ਬੁੱਕ",
    "ਸਿਰਫ $",
    "ਸੀਟਾਂ ਸੀਮਤ",
)
#: A supplier's bulk mail introduces the company to whoever reads the address ("Dear Sir/Madam,
#: Good day! This is Lily from Shenzhen ... Co., Ltd, a leading manufacturer of ... Could you
#: please let me know if you have any demand?"): its terms say who sells, not what it costs,
#: and it closes on a question, not on a number (the reply is the way to reach).
SUPPLIER_TERMS = (
    r"dear\s+sir\s?(?:/|or|and)\s?madam",
    r"this\s+is\s+\w+\s+from",
    r"co\.?,?\s+ltd",
    r"leading\s+(?:manufacturer|supplier|provider|exporter)",
    r"we\s+(?:supply|export)",
    r"(?:if|whether)\s+you\s+have\s+any\s+(?:demands?|needs?|requirements?|inquir(?:y|ies))",
    r"send\s+you\s+our\s+(?:catalog(?:ue)?|price\s+list|quotation|latest)",
    r"factory\s+(?:price|direct)",
    r"moq",
)
#: Distinct supplier's terms that make bulk mail, and its weights for three and for four or
#: more: no resident of the spent sets writes even two of them.
SUPPLIER_MIN_TERMS = 3
SUPPLIER_WEIGHTS = (0.55, 0.7)
#: Weights for two, three, and four or more distinct terms: two terms and one number (0.15)
#: stay under the threshold; three such terms closed by a number are a seller's advert
#: (session 18: 0.6 kept three terms and a number at 0.66, under the threshold, on adverts in
#: Spanish and Hawaiian; no resident of a spent set holds three terms).
WEIGHTS = (0.45, 0.65, 0.7)
MIN_TERMS = 2


@cache
def _terms_re(supplier: bool) -> regex.Pattern[str]:
    terms = SUPPLIER_TERMS if supplier else tuple(t for ts in TERMS.values() for t in ts)
    spaced = "|".join(f"(?P<t{n}>{fold(term)})" for n, term in enumerate(terms))
    alternatives = rf"(?<![\p{{L}}\p{{N}}])(?:{spaced})(?![\p{{L}}])"
    if not supplier:
        unspaced = "|".join(
            f"(?P<u{n}>{regex.escape(fold(term))})" for n, term in enumerate(UNSPACED_TERMS)
        )
        alternatives += f"|{unspaced}"
    return regex.compile(alternatives)


def terms_of_trade(prose: str, supplier: bool = False) -> list[str]:
    """The distinct terms of trade (or, ``supplier``, a supplier's terms) the text holds,
    folded, in order of first appearance."""
    found: dict[str, str] = {}
    for m in _terms_re(supplier).finditer(fold(prose)):
        key = m.lastgroup or ""
        found.setdefault(key, " ".join(m.group().split()))
    return list(found.values())


#: Session 18: a closing word or two after the contact ("Mahalo.", "¡Dios los bendiga!",
#: "Thanks!") signs the advert off; the sentence before it is the one that closes it.
SIGN_OFF_MAX_WORDS = 4


_WORDS_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*")


def _last_sentence(body: str) -> str:
    """The text's closing sentence; a short sign-off after it is read with the sentence before
    (:data:`SIGN_OFF_MAX_WORDS`)."""
    text = body.strip()
    parts = sentences_before_capitals(text)
    # Session 28 (spend28b): words with letters ("Pike Patrol Towing & Recovery" is four).
    if len(parts) >= 2 and len(_WORDS_RE.findall(parts[-1])) <= SIGN_OFF_MAX_WORDS:
        return text[text.rfind(parts[-2]) :]
    return parts[-1] if parts else ""


def closes_on_a_way_to_reach(body: str, links: list[Link], s: SpamSettings) -> bool:
    """The text's last sentence holds a phone number, a messenger's ID or a link that is not a
    citation (a link into a document or an article) nor to an allowed domain."""
    last = _last_sentence(body)
    if not last:
        return False
    if any(
        link.raw in last
        and not host_allowed(link.host, s.allowed_domains)
        and (link.is_email or not is_citation(link))
        for link in links
    ):
        return True
    # Session 18: a social handle ("PM me on IG @puulehua.solar.deals") is a way to reach too.
    return phone_count(last, s) > 0 or bool(messenger_ids(last) or HANDLE_RE.search(last))


#: Round 26 (-31): a number written so the phone matcher does not read it -- digit groups of one
#: or a few digits ("555 0 1 2 9", "555 - 0 1 7 2", "555 01 89"), in parentheses after the
#: number spelled out ("(555-0175)"), or in the digits of another script ("៥៥៥-០១៦៩"). Seven to
#: eleven digits joined only by spaces, dashes, dots or parentheses, not after a currency sign.
GROUPED_NUMBER_RE = regex.compile(
    r"(?<![\p{N}\p{L}\p{Sc},.])\(?\p{Nd}(?:(?:[ \t.\-()]{0,3}|\s+(?:dot|dash)\s+)\p{Nd}){6,10}"
    r"(?![\p{N}\p{L}])"
)

#: A date written in digits ("2026-12-06", "12.06.2026") is no number to call.
_DATE_RE = regex.compile(
    r"\p{Nd}{4}-\p{Nd}{1,2}-\p{Nd}{1,2}|\p{Nd}{1,2}[./-]\p{Nd}{1,2}[./-]\p{Nd}{2,4}"
)


def grouped_number(text: str, ending_after: int = 0) -> str | None:
    """The first number of seven to eleven digits written in groups (see
    :data:`GROUPED_NUMBER_RE`) in ``text`` that ends after offset ``ending_after``, or
    ``None``."""
    for m in GROUPED_NUMBER_RE.finditer(text):
        number = " ".join(m.group().strip("()").split())
        if m.end() > ending_after and not _DATE_RE.fullmatch(number):
            return number
    return None


def _closing_number(body: str, s: SpamSettings) -> list[Evidence] | None:
    """The closing number in digit groups, ``None`` if there is none; with it, when the phone
    matcher counted no number in the text, the contact it is (the weight of one phone number):
    the seller's terms are read, and the number they close on is one way to reach the seller
    whatever its spacing. The number may begin before the last sentence ("555 . 0 1 7 7" is
    split after its dot). The matcher is asked about the whole text, as the contact signal
    asks it: alone, "(555-0175)" is read; after "cinco cinco cinco, cero uno", not."""
    text = body.strip()
    last = _last_sentence(text)
    number = grouped_number(text, ending_after=text.rfind(last)) if last else None
    if number is None:
        return None
    if phone_count(text, s) > 0:
        return []
    detail = f"contact: a closing number written in digit groups ({number!r})"
    return [Evidence(s.phone_weight, detail)]


def hidden_offer_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Session 18: one term of trade beside a contact hidden from filters (a phone number in
    words, an address spelled out or defanged). "Our certified team installs private units ...
    Reach Dale at 555 zero one four two", "Nuestro despacho revisa contratos gratis: cinco
    cinco cinco, cero uno tres tres", "free consultation. Write to us at claims desk (at)
    example (dot) net": a resident who leaves a number or an address to be reached writes it
    so that it can be read (no resident of a spent set hides one), and a seller who hides it
    is hiding it from the filter that would read the advert. One term is enough here, as a
    sum is beside a hidden address (round 15); the caller has made sure the contact is
    hidden. Session 27 (spend27a): or the price in a seller's words (a fair rate, a special
    price, a sum in words: :mod:`hiddenpitch`). Session 30 (spend30a): or a trade kept off the
    books (no tax, no ID, cash only, the council never to know, half price:
    :func:`hiddenpitch.off_the_books`)."""
    terms = terms_of_trade(prose) or price_in_a_sellers_words(prose) or off_the_books(prose)
    if not terms:
        return []
    shown = ", ".join(repr(t) for t in terms[:3])
    detail = f"advertising: a seller's terms ({shown}) beside a contact hidden from filters"
    return [Evidence(s.hidden_offer_weight, detail)]


#: Session 18 (-32): the seller met in person, by name, as a shop or a workshop is reached:
#: "Pregunten por Héctor en la gasolinera", "Ulizeni Baraka sokoni", "اسأل عن حامد", "Froagt
#: no Isaak Friesen", "ask for Marcy at the feed store". Read in the closing sentence, on the
#: text as written (the name's capital).
IN_PERSON_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"[Aa]sk\s+for\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?\p{Lu}\p{Ll}+"
    r"|[Pp]regunte[ns]?\s+por\s+(?:(?:el|la)\s+)?(?:(?:se[ñn]ora?|licenciad[oa]|don|doña)\s+)?"
    r"\p{Lu}\p{Ll}+"
    r"|[Uu]liz(?:eni|a)\s+\p{Lu}\p{Ll}+"
    r"|[Ff]roagt\s+no\s+\p{Lu}\p{Ll}+"
    r"|[Hh]anapin\s+(?:ninyo\s+)?si\s+\p{Lu}\p{Ll}+"
    r"|[اإ]سأل(?:وا)?\s+عن\s+\p{L}+"
    r")"
)


def _in_person(body: str, s: SpamSettings) -> list[Evidence] | None:
    """The seller to ask for by name in the closing sentence (:data:`IN_PERSON_RE`), read as
    the way to reach the seller (the weight of one phone number); ``None`` if there is none."""
    m = IN_PERSON_RE.search(_last_sentence(body))
    if m is None:
        return None
    detail = f"contact: the seller to ask for in person ({' '.join(m.group().split())!r})"
    return [Evidence(s.phone_weight, detail)]


def seller_offer_evidence(
    body: str, prose: str, links: list[Link], s: SpamSettings, hidden: bool = False
) -> list[Evidence]:
    """At least :data:`MIN_TERMS` distinct terms of trade in a text that ends on a way to reach
    its writer (see the module); or, ``hidden`` (a contact hidden from filters), one term
    anywhere (:func:`hidden_offer_evidence`)."""
    if names_a_scam(prose):
        return []  # a resident warning of a seller repeats the seller's terms
    closed = _closed_offer_evidence(body, prose, links, s)
    if hidden and (not closed or closed[0].weight < s.hidden_offer_weight):
        return hidden_offer_evidence(prose, s) or closed
    return closed


def _closed_offer_evidence(
    body: str, prose: str, links: list[Link], s: SpamSettings
) -> list[Evidence]:
    """A supplier's bulk mail, or the seller's terms closed by a way to reach the seller."""
    supplier = terms_of_trade(prose, supplier=True)
    if len(supplier) >= SUPPLIER_MIN_TERMS:
        shown = ", ".join(repr(t) for t in supplier[:4])
        detail = f"advertising: a supplier introducing its company to whoever reads ({shown})"
        weight = SUPPLIER_WEIGHTS[min(len(supplier) - SUPPLIER_MIN_TERMS, 1)]
        return [Evidence(weight, detail)]
    # The closing is asked first: most texts close on no way to reach anyone, and reading the
    # terms of every language is the costlier question.
    number = [] if closes_on_a_way_to_reach(body, links, s) else _closing_number(body, s)
    if number is None:
        number = _in_person(body, s)
    if number is None:
        return []
    terms = terms_of_trade(prose)
    if len(terms) < MIN_TERMS:
        return []
    weight = WEIGHTS[min(len(terms), MIN_TERMS + len(WEIGHTS) - 1) - MIN_TERMS]
    shown = ", ".join(repr(t) for t in terms[:4])
    detail = f"advertising: a seller's terms ({shown}) closed by a way to reach the seller"
    return [Evidence(weight, detail), *number]
