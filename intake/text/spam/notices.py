"""Round 24: a notice addressed to the reader about the reader's own account, card or property.

"Eastside Public Library: Your library card will expire today ... verify your account: http://…",
"FINAL NOTICE ... to avoid impound of your vessel: https://…", "Su evaluación especial ... está
VENCIDA. Para evitar un gravamen sobre su propiedad pague hoy … en http://…", "un solde de 38,75 $
est remboursable sur votre carte. Réclamez-le avant le 15/12 : …", "您的税务档案存在异常 … 将被冻结
护照 … 请立即致电 1-888-…", "WARNING your computer has been blocked … Call … toll free …": phishing
dressed as a local office or a brand. Earlier rounds read its link (a sign-in page, a host that
asks to verify) or its hours to act, each one sign; a notice that names neither stays one sign
short. What every such notice has is the same three parts, in any language:

* the **reader's own thing**, in the second person: "your account / card / vessel / property /
  computer / website / tax file / benefit", "su cuenta", "votre carte", "seu FGTS", "您的 …",
  "ваш счёт";
* a **state that costs the reader** (or pays them): expired, blocked, suspended, past due,
  overdue, a fine, an impound, a lien, a reactivation fee, non-compliant, frozen; or money
  "refundable" to them;
* a **way to act** that is not the city's: a link outside the allowed domains, a number to call,
  an address to write to (read by the caller, as for round 15's deadline).

A resident does not write this. A resident who got such a text and warns neighbours writes in the
first person ("I got a text", "my card"), quotes it (the quotation is set aside before this is
read, quoted.py) and names it ("scam", "beware", "don't click", "estafa", "arnaque", "诈骗"); a
resident angry at a real fee or notice speaks of their own ("my water was shut off", "I was
fined"); a resident writing "your" to the council writes "your decision", "your budget", "your
staff", which are not a reader's account, card or property. So the signal is not read in a
text with a word of the first person singular, or a word that names a scam. It weighs as a lure
link (0.45): it is not enough alone, its way to act adds the rest.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.links import TEXT_CACHE, Link
from intake.text.spam.pronouns import WRITER_OR_GROUP_RE, WRITER_RE
from intake.text.spam.solicit import currency_sum, raises_money_for_a_cause

#: The reader's own account, card or property, in the second person (a word or two between:
#: "your library card", "su evaluación especial", "您的税务档案").
_READER_THING_RE = regex.compile(
    # Session 24 (adverts24): up to three words between ("your Building Permit Portal password").
    r"(?i)\b(?:your|ur)\s+(?:[\p{L}-]+\s+){0,3}?"
    r"(?:accounts?|cards?|vessel|boat|vehicle|car|property|home|computer|device|pc|laptop"
    r"|phone|website|site|package|parcel|tax(?:es)?|tax\s+(?:file|return|record)s?|benefits?"
    r"|payments?|refund|subscription|licen[cs]e|registration|passport|identity|password"
    r"|balance|moorage|invoice|bill|membership|mailbox|e-?mail|insurance|deposit|pension"
    r"|social\s+security|sin|ssn|ebt|wallet|credit|loan"
    # Session 25 (spend25b): the reader's access to a portal ("Your parent portal access will be
    # suspended on Friday").
    r"|portal|portal\s+access|log-?in"
    # Session 19 (scams19): the reader's health cover ("your Medicare number", "your health plan").
    r"|medicare|medicaid|health\s+plan)\b"
    r"|\b(?:su|sus|tu|tus)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:cuenta|tarjeta|propiedad|vivienda|veh[ií]culo|embarcaci[oó]n|computadora|ordenador"
    r"|paquete|identidad|pago|reembolso|licencia|beneficio|saldo|factura|contrase[nñ]a"
    r"|evaluaci[oó]n|impuestos?|placa|seguro|aseguranza|seguranza|p[oó]liza|cobertura)\b"
    r"|\b(?:votre|vos|ton|ta|tes)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:comptes?|cartes?|propri[eé]t[eé]|v[eé]hicule|bateau|ordinateur|colis|identit[eé]"
    r"|paiement|remboursement|permis|prestations?|solde|facture|dossier|abonnement|site"
    r"|imp[oô]ts?|passeport|assurance|mutuelle|couverture)\b"
    r"|\b(?:seu|sua|seus|suas)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:conta|cart[aã]o|fgts|propriedade|ve[ií]culo|computador|pacote|encomenda|cpf"
    r"|benef[ií]cio|saldo|fatura|restitui[cç][aã]o|im[oó]vel"
    # Session 19 (scams19): "o seu seguro de saúde será cancelado hoje", "seu cadastro".
    r"|seguro|plano|cadastro|assinatura|cobertura)\b"
    r"|\b(?:ihr|ihre|ihren|ihrem|dein|deine|deinen)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:konto|karte|paket|computer|fahrzeug|zahlung|rechnung|steuer\p{L}*)\b"
    r"|\b(?:ваш|ваша|ваше|ваши|вашего|вашей|вашу|твой|твоя|твою)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:сч[её]т\p{L}*|карт\p{L}*|аккаунт\p{L}*|посылк\p{L}*|компьютер\p{L}*|налог\p{L}*"
    r"|имуществ\p{L}*|паспорт\p{L}*|пособи\p{L}*"
    # Session 26 (spend26): Ukrainian's own words for the reader's account, parcel and benefits
    # ("ваш рахунок", "ваш акаунт", "ваша посилка", "ваша виплата").
    r"|рахун\p{L}*|акаунт\p{L}*|посилк\p{L}*|виплат\p{L}*|податк\p{L}*)"
    r"|(?:您的|你的|您|贵)\p{Han}{0,3}?(?:账户|帐户|账号|帳戶|卡|包裹|快递|税务|税|電腦|电脑|护照"
    r"|護照|签证|身份|医保|社保|车辆|房产|网站|档案|福利)"
    # Session 18: the reader's case or application ("Su solicitud de residencia tiene un pago
    # pendiente", "votre demande"), and the Korean and Japanese honorific "your" ("귀하의
    # 컴퓨터가 바이러스에 감염되었습니다", "お客様のアカウント").
    r"|\b(?:su|tu)\s+(?:[\p{L}-]+\s+){0,2}?(?:solicitud|caso|tr[aá]mite|expediente|servicio)\b"
    r"|\b(?:votre|ton)\s+(?:[\p{L}-]+\s+){0,2}?(?:demande|dossier)\b"
    r"|(?:귀하의|당신의|고객님의?)\s*(?:컴퓨터|계정|카드|계좌|휴대폰|택배|소포|진료비|요금|보험|주택)"
    r"|(?:お客様の|あなたの)(?:アカウント|カード|口座|パソコン|荷物)"
    r"|\b(?:t[aà]i\s+kho[aả]n|th[eẻ])\s+(?:c[uủ]a\s+)?(?:qu[yý]\s+kh[aá]ch|b[aạ]n)\b"
    # Session 24 (adverts24): Hindi's "your" before the thing, a word or two between ("आपका OCI
    # कार्ड", "आपका बैंक खाता", "आपकी पॉलिसी").
    r"|(?:आपका|आपकी|आपके|तुम्हारा|तुम्हारी)\s+(?:\S+\s+){0,2}?(?:कार्ड|खाता|खाते|पासपोर्ट|वीज़ा|वीजा"
    r"|पंजीकरण|रजिस्ट्रेशन|लाइसेंस|बीमा|पॉलिसी|पैकेज|पार्सल|पेंशन|परमिट)"
    # Session 18 (scams18b): Haitian and Louisiana Creole put "your" after the thing ("Konfime
    # enfòmasyon ou", "kont ou bloke", "to lakaz"): the thing, then "ou" or "vou".
    r"|\b(?:enf[oò]masyon|kont|kat|[eè]d|kay|lakaz|machin|dosye|pwopriyete|propriy[eé]t[eé]"
    r"|benefis|peman|bil|asirans)\s+(?:ou|vou)\b"
    r"|\bou\s+(?:kalifye|elijib)\b"
    # ... and the reader's own default ("you missed a jury duty summons", "you failed to pay").
    r"|\byou\s+(?:have\s+)?(?:missed|failed\s+to\s+(?:appear|pay|report|respond)|owe)\b"
    # Session 26 (spend26b): Nepali's "your" before the thing ("तपाईंको बिजुली र ग्यास बिल", "तपाईंको
    # खाता"), and Somali's, a suffix on the thing ("Faylkaaga" your file, "kaarkaaga" your card,
    # "koontadaada" your account, "biilkaaga" your bill).
    r"|(?:तपाईंको|तपाईँको|तपाइँको|तपाईको|तिम्रो)\s+(?:\S+\s+){0,3}?(?:बिल|खाता|कार्ड|राहदानी|पासपोर्ट"
    r"|भिसा|बीमा|पार्सल|प्याकेज|लाइसेन्स|दर्ता|फाइल|बिजुली|ग्यास|पेन्सन|भत्ता)"
    r"|\b(?:fayl|kaar|koonto|koont|biil|baasaboor|xisaab|dukumenti|ruqsad|sanduuq)\p{L}{0,3}?"
    r"(?:kaaga|gaaga|daada|taada|aaga)\b"
)

#: A state that costs the reader (or owes them money): expired, blocked, overdue, a fine, a lien.
_COSTS_RE = regex.compile(
    r"(?i)\b(?:expir(?:e|es|ed|ing|ation)|suspend(?:ed)?|suspension|block(?:ed)?|locked"
    r"|frozen|deactivat(?:ed|ion)|terminat(?:ed|ion)|past\s+due|overdue|outstanding"
    r"|unpaid|final\s+(?:notice|reminder|warning)|impound(?:ed)?|lien|seiz(?:ed|ure)"
    r"|fines?|penalt(?:y|ies)|late\s+fee|reactivation|non-?compliant|arrest|warrant"
    r"|refund(?:able)?|owed|eligible"
    # Round 25: a device said to be infected ("Your computer has been infected with a Trojan
    # virus ... Call ...").
    r"|infected|compromised|hacked|malware|trojan|spyware"
    # Session 18: a service cut off or the reader deported unless they pay ("Failure to pay by
    # 12/31 will result in disconnection", "su caso será cancelado y podría ser deportado").
    r"|disconnect(?:ed|ion)?|shut\s*off|deport(?:ed|ation)?"
    # Session 18 (scams18b): legal action threatened over the reader's site ("Copyright
    # Infringement Notice: images used on your website ... will result in legal action").
    r"|infringement|legal\s+action"
    # Session 19 (scams19): cover lost unless the reader acts ("must renew their Medicare card
    # to keep coverage", "para não perder a cobertura").
    r"|to\s+keep\s+(?:your\s+|their\s+)?(?:coverage|benefits)"
    r"|(?:or|will)\s+lose\s+(?:your\s+|their\s+)?(?:coverage|benefits))\b"
    r"|\bpara\s+n(?:[aã]o|o)\s+perder\s+(?:a|la|su|sua|seu|o)?\s*(?:cobertura|benef\p{L}*)"
    r"|\b(?:pendiente|deportad[oa]s?|desconect\p{L}*|corte\s+del\s+servicio)\b"
    r"|(?:감염|차단|정지|만료|연체|해킹|凍結|停止|失効|ウイルス)"
    # Session 18 (scams18b): a Korean fine or an unpaid bill ("과태료 ... 부과", "미납"), and
    # Creole's blocked, suspended, fined, or eligible and about to lose ("pou pa pèdi").
    r"|(?:과태료|미납|벌금|체납)"
    r"|\b(?:bloke|sispann|amand|penalite|ekspire|kalifye|elijib|p[eè]di)\b"
    r"|\bb[iị]\s+(?:t[aạ]m\s+)?kh[oó]a|\bđ[iì]nh\s+ch[iỉ]|\bh[eế]t\s+h[aạ]n"
    r"|\b(?:vencid[oa]s?|bloquead[oa]s?|suspendid[oa]s?|cancelad[oa]s?|multas?|recargos?"
    r"|gravamen|embargo|embargad[oa]s?|congelad[oa]s?|reembolso|atrasad[oa]s?)\b"
    r"|\b(?:expir\p{L}*|bloqu[eé]\p{L}*|suspendu\p{L}*|amendes?|p[eé]nalit[eé]s?|impay[eé]\p{L}*"
    r"|rembours\p{L}*|saisie)"
    r"|\b(?:bloqueio|suspens[oa]|vencid[oa]s?|atrasad[oa]s?|a\s+receber)\b"
    r"|\b(?:gesperrt|abgelaufen|mahnung|überfällig|strafe)\b"
    r"|(?:заблокирован\p{L}*|просроч\p{L}*|штраф\p{L}*|приостановлен\p{L}*|задолженност\p{L}*)"
    # Session 26 (spend26): the same states in Ukrainian ("заблоковано", "призупинено",
    # "прострочено", "заборгованість").
    r"|(?:заблокован\p{L}*|призупинен\p{L}*|простроч\p{L}*|заборгован\p{L}*)"
    r"|(?:冻结|凍結|异常|異常|逾期|罚款|罰款|暂停|停用|过期|過期|欠费|欠費|遣返|逮捕|调查名单)"
    # Session 24 (adverts24): the reader's thing said to be invalid, incomplete, withdrawn or to
    # be cancelled, and eligibility to check ("is INCOMPLETE", "will be withdrawn", "अमान्य हो
    # जाएगा", "se bi huy" written without its marks, "verifique su elegibilidad").
    r"|\b(?:invalid(?:ated)?|incomplete|will\s+be\s+(?:withdrawn|cancell?ed|closed|revoked)"
    r"|inv[aá]lid[oa]s?|incomplet[oa]s?|elegib\p{L}*|invalide\p{L}*|incompl[eè]te?s?"
    r"|b[iị]\s+h[uủ]y|h[eế]t\s+hi[eệ]u\s+l[uự]c)\b"
    r"|अमान्य|रद्द|निलंबित|ब्लॉक|समाप्त\s+हो"
    # Session 26 (spend26b): Nepali's final notice, a line to be cut, arrears, a fine, suspended
    # ("अन्तिम सूचना", "लाइन काटिनेछ", "बक्यौता", "जरिवाना", "निलम्बित"), and Somali's suspended or
    # stopped, to be taken away, a fine, closed ("waa la joojiyay", "waa laga qaadi karaa",
    # "ganaax", "la xiray").
    r"|अन्तिम\s+सूचना|काटिनेछ|काटिने|बक्यौता|जरिवाना|निलम्बित|रोकिनेछ|बन्द\s+हुनेछ|म्याद\s+सकि"
    r"|\b(?:la\s+joojiyay|la\s+joojin\p{L}*|laga\s+qaadi|ganaax\p{L}*|la\s+xiray)\b"
)

#: A word that names the text a scam: a resident warning neighbours.
_SCAM_WORD_RE = regex.compile(
    r"(?i)\b(?:scam\p{L}*|fraud\p{L}*|phish\p{L}*|beware|hoax|fake|don'?t\s+click|do\s+not\s+click"
    r"|estafa\p{L}*|fraude\p{L}*|arnaque\p{L}*|escroc\p{L}*|hame[cç]onn\p{L}*|golpe\p{L}*"
    r"|betrug\p{L}*|мошен\p{L}*|развод\p{L}*"
    # Session 18 (scams18b): Creole "vòlè" (a theft, a thief), "eskwokri"; "be careful", "heads
    # up": a resident warning neighbours of a post it repeats.
    r"|v[oò]l[eè]|eskw?[oò]k\p{L}*|be\s+careful|heads\s+up"
    # Session 21 (scams21): a scam, a fraud or a swindler named in the new seats' languages and
    # the common immigrant ones: Ukrainian, Turkish, Bosnian, Albanian, Uzbek, Swahili,
    # Kinyarwanda, Kurmanji, Vietnamese (Latin and Cyrillic), then Arabic, Dari and Persian,
    # Pashto, Urdu, Hindi, Hebrew, Yiddish, Georgian, Korean and Japanese; and (res21b) Polish,
    # Somali, Tagalog "modus", Haitian Creole "manti" (a lie), Punjabi, Bengali and Amharic.
    r"|шахра\p{L}*|ошук\p{L}*|dolandır\p{L}*|prevar\p{L}*|mashtr\p{L}*|firibgar\p{L}*|utapeli"
    r"|matapeli|tapeli|uburiganya|abatekamutwe|xapandin\p{L}*|lừa\s+đảo|l[uư]a\s+dao"
    r"|oszust\p{L}*|khiyaano|manti"
    # Session 26 (res26): a scam, a fraud or a lie named in Pacific and Horn of Africa languages:
    # Samoan "pepelo" (a lie), "fa'aseseina" / "taufa'asese" (deceit); Tongan "kākā" (fraud,
    # with its marks: "kaka" is a brother in Swahili); Marshallese "riab" (a lie, false); Hmong
    # "dag ntxias" (to deceive), "yog dag" (it is a lie: "dag" alone is Danish for "day");
    # Oromo "gowwoomsaa" (deceit), "sobaa" (a lie).
    r"|pepelo|fa\W?a\W?seseina|taufa\W?a\W?sese\p{L}*|kākā|riab|dag\s+ntxias|yog\s+dag"
    r"|gowwoomsa\p{L}*|sobaa)\b"
    r"|诈骗|詐騙|骗局|騙局|احتيال|محتال\p{L}*|نصاب\p{L}*|کلاهبردار\p{L}*|کلاه\s*برداری|درغل\p{L}*"
    r"|فراڈ|دھوکہ|دھوکا|धोखा|ठगी|फ्रॉड|ਧੋਖਾ|প্রতারণা|ማጭበርበር|ምትላል"
    r"|הונא\p{L}*|נוכל\p{L}*|עוקץ|שווינדל\p{L}*|თაღლით\p{L}*|사기|보이스피싱|詐欺"
)

#: A time to act given to the reader: today, now, immediately, before a date, within hours.
_NOW_RE = regex.compile(
    r"(?i)\b(?:today|tonight|now|immediately|urgent(?:ly)?|within\s+\d{1,2}\s*(?:h|days?)"
    r"|before\s+\d|by\s+\d|hoy|ahora|inmediatamente|de\s+inmediato|aujourd'hui|maintenant"
    r"|imm[eé]diatement|avant\s+le|hoje|agora|imediatamente|sofort|heute|немедленно|срочно"
    r"|сегодня|негайно|терміново|сьогодні"
    # Session 18 (scams18b): Creole "avan 24 è" (within 24 hours), "jodi a" (today).
    r"|avan\s+\d+|jodi\s+a"
    # Session 24 (adverts24): Vietnamese "within 24 hours" ("trong 24 giờ", or without marks).
    r"|trong\s+\d{1,2}\s*gi[oờ]"
    # Session 26 (spend26b): Somali "today", "now", "at once"; Nepali "immediately", "today".
    r"|maanta|hadda|isla\s+markiiba)\b|तुरुन्त|आज\s+राति|आजै|आज\s|तुरंत|तत्काल|立即|马上|馬上|立刻|尽快|盡快|今天|즉시|지금|오늘|今すぐ|至急|本日"
)

#: Money asked for in gift cards: bought, paid, donated or sent as codes or photos of the back.
_GIFT_CARD_PAYMENT_RE = regex.compile(
    r"(?i)\b(?:buy|purchase|pay(?:ment)?|paid|send|donat\p{L}*|only)\b[^.!?\n]{0,40}?"
    r"\bgift\s*cards?\b"
    r"|\bgift\s*cards?\b[^.!?\n]{0,60}?\b(?:codes?|photos?|pictures?|the\s+back)\b"
    r"|\b(?:pague|pagar|compre|comprar|done|donar|env[ií]e)\b[^.!?\n]{0,40}?"
    r"\btarjetas?\s+de\s+regalo\b"
    r"|\b(?:don|payez|payer|achetez|acheter|envoyez|par)\b[^.!?\n]{0,40}?\bcartes?[\s-]cadeaux?\b"
)

#: Session 18 (scams18b): money asked to a private payment handle: a payment app with the account
#: to pay ("Deposit Cash App $Name", "give via Zelle to relief@...", "Venmo @Name"), or a
#: "$cashtag" (a dollar sign and a name, Cash App's account).
PAYMENT_HANDLE_RE = regex.compile(
    r"(?i)\b(?:cash\s*app|venmo|zelle|paypal(?:\.me)?|chime)\b[^.!?\n]{0,30}?"
    r"(?:[$@][\p{L}][\w-]{2,}|[\w.+-]+@[\w-]+\.[\w.]+)"
    r"|(?<![\w$])\$(?=[\w-]*\p{L}[\w-]*\p{L})[\p{L}][\w-]{3,}"
)
#: Weight of money asked to a private payment handle: not spam alone. A neighbour's fundraiser
#: after a fire or a storm, a volunteer fire department's fish fry and a community fridge ask
#: for money so too ("Donations go straight to them: Cash App $BroussardRebuild"), on the very
#: items where fake relief funds do; the handle counts with other evidence (a deposit asked for
#: a loan, a notice to the reader, a text unrelated to the item), never alone.
PAYMENT_HANDLE_WEIGHT = 0.4

#: The council, its members, its staff, or the city's people named: a resident writing to the
#: council ("To council: your website ...") or of neighbours, not an office writing to a customer.
_THE_CITYS_PEOPLE_RE = regex.compile(
    r"(?i)\b(?:council\p{L}*|mayor|commissioners?|aldermen|alderpersons?|supervisors|selectmen"
    r"|selectboard|legislators?|staff|residents|neighbou?rs|concejo|concejal\p{L}*"
    r"|alcalde(?:sa)?|vecinos|conseil|conseill\p{L}*|maire|voisins|vereador\p{L}*|prefeit\p{L}*"
    r"|c[aâ]mara|vizinhos|gemeinderat|bürgermeister|nachbarn|депутат\p{L}*|мэр\p{L}*"
    r"|сосед\p{L}*)\b|议会|議會|市长|市長|议员|議員|邻居|鄰居"
    # session 19: Hindi, Nepali and Marathi (a council, a councillor, the mayor, neighbours)
    r"|परिषद|पार्षद|काउन्सिल|काउंसिल|मेयर|महापौर|छिमेकी|पड़ोसी|पडोसी|शेजारी"
)

#: A word of refusal before gift cards: "never pay with gift cards", "no gift cards".
_REFUSAL_RE = regex.compile(r"(?i)\b(?:never|not|no|don'?t|nunca|jamais|ne|nie)\b")

#: Session 18: a brand's support line the notice sends the reader to ("Call Microsoft Support",
#: "Microsoft 고객센터 ... 로 전화하십시오"): a tech-support scam, as no office writes.
_BRAND_LINE_RE = regex.compile(
    r"(?i)\b(?:microsoft|windows|apple|icloud|google|amazon|paypal|norton|mcafee|geek\s*squad)"
    r"\s*(?:technical\s+|tech\s+|customer\s+)?(?:support|service|care|help\s*desk|helpline"
    r"|soporte|assistance|고객\s*센터|고객센터|サポート|カスタマー|客服|支持|hỗ\s*trợ)"
)
#: Weight of a brand's support line beside a notice to the reader.
BRAND_LINE_WEIGHT = 0.3

#: Weight of a notice to the reader (a lure link's), and of one that also gives a time to act.
NOTICE_WEIGHT = 0.45
NOTICE_NOW_WEIGHT = 0.55
#: Session 26 (spend26b): a notice to act now that names a sum of money: with a phone (0.15) it
#: reaches the threshold (0.70).
NOTICE_SUM_WEIGHT = 0.65
#: Weight of money asked for in gift cards.
GIFT_CARD_WEIGHT = 0.45


@lru_cache(maxsize=TEXT_CACHE)
def names_a_scam(prose: str) -> bool:
    """Round 25: the text names a scam ("scam", "beware", "estafa", "мошенники"): a resident
    warning neighbours of an offer, whose terms it repeats."""
    return bool(_SCAM_WORD_RE.search(prose))


@lru_cache(maxsize=TEXT_CACHE)
def in_own_voice(prose: str) -> bool:
    """The writer speaks as a resident: in the first person singular, naming a scam, or naming
    the council, its staff or the city's people."""
    return any(
        pattern.search(prose) for pattern in (WRITER_RE, _SCAM_WORD_RE, _THE_CITYS_PEOPLE_RE)
    )


#: A lone lower-case "i": Igbo's "you" ("ka i debanye aha gị"), Italian's "the", Samoan's "at";
#: English writes its "I" in capitals.
_LOWER_I_RE = regex.compile(r"(?<![\p{L}\p{N}'’])i(?![\p{L}\p{N}'’])")


def in_own_voice_cased(prose: str) -> bool:
    """The text speaks as a resident (:func:`in_own_voice`), a lone lower-case "i" set aside
    (round 25, abroad.py; session 18, windfalls.py)."""
    return in_own_voice(_LOWER_I_RE.sub(" ", prose))


def names_the_city_or_a_scam(prose: str) -> bool:
    """Session 18: the text names a scam, or the council, its staff or the city's people: a
    resident's voice, read where the first person is the scam's own ("I am Barrister ...")."""
    # Session 29 (perf29): the scam's words through :func:`names_a_scam`, read once per text.
    return names_a_scam(prose) or bool(_THE_CITYS_PEOPLE_RE.search(prose))


#: Session 18 (scams18b): a sender's tag opening the text, as a text message is signed by the
#: office or the firm that sends it ("[소방청] ... 과태료 $75 부과", "【XX银行】", "[USPS] Your
#: package ..."). Korean and Chinese notices name no "your": the tag says whom they come from. A
#: comment on a docket does not open with a bracketed sender (none of the spent residents does);
#: one opening with "[Edit]", "[Update]" or a translation's tag is set aside.
_SENDER_TAG_RE = regex.compile(
    r"^\s*[\[【](?!\s*(?:edit|update|correction|translat|english|espa|fran|sic|quote|repost)"
    r")([^\]】\n\d]{2,24})[\]】]",
    regex.IGNORECASE,
)


@lru_cache(maxsize=TEXT_CACHE)
def reader_notice(prose: str) -> str | None:
    """The reader's thing a notice speaks of, when the text reads as one, or None; a sender's
    tag opening the text stands for it (session 18)."""
    thing = _READER_THING_RE.search(prose) or _SENDER_TAG_RE.search(prose)
    if thing is None or _COSTS_RE.search(prose) is None:
        return None
    if in_own_voice(prose):
        return None
    return str(thing.group())


def notice_evidence(prose: str, reachable: bool, hours_counted: bool = False) -> list[Evidence]:
    """A notice to the reader about their own account, card or property, with a way to act;
    ``hours_counted``: round 15 counted its hours to act already, they are not read twice."""
    if not reachable:
        return []
    found = reader_notice(prose)
    if found is None:
        return []
    now = None if hours_counted else _NOW_RE.search(prose)
    line = _BRAND_LINE_RE.search(prose)
    brand = (
        []
        if line is None
        else [
            Evidence(BRAND_LINE_WEIGHT, f"lure: a brand's support line to call ({line.group()!r})")
        ]
    )
    if now is None:
        detail = f"lure: a notice to the reader about {found!r}, with a way to act"
        return [Evidence(NOTICE_WEIGHT, detail), *brand]
    detail = f"lure: a notice to the reader about {found!r}, to act {now.group()!r}"
    if currency_sum(prose):
        # Session 26 (spend26b): all its parts and the sum it asks ("तुरुन्त $१९८ तिर्न फोन
        # गर्नुहोस्", "bixi $85 maanta"): with a number to call alone, it is spam.
        return [Evidence(NOTICE_SUM_WEIGHT, f"{detail}, naming a sum"), *brand]
    return [Evidence(NOTICE_NOW_WEIGHT, detail), *brand]


def gift_card_payment(prose: str) -> str | None:
    """Money asked for in gift cards, in a text not in a resident's own voice, or None."""
    found = _GIFT_CARD_PAYMENT_RE.search(prose)
    if found is None or in_own_voice(prose):
        return None
    start = max(prose.rfind(mark, 0, found.start()) for mark in ".!?\n")
    if _REFUSAL_RE.search(prose[start + 1 : found.end()]):
        return None
    return str(found.group())


def gift_card_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """Money asked for in gift cards, with a way to reach whoever asks."""
    if not reachable:
        return []
    found = gift_card_payment(prose)
    if found is None:
        return []
    return [Evidence(GIFT_CARD_WEIGHT, f"lure: money asked for in gift cards ({found!r})")]


def payment_handle(prose: str) -> str | None:
    """Session 18 (scams18b): the payment app and account money is asked to, in a text not in a
    resident's own voice nor speaking for a group ("we", "our": residents raise money for a
    neighbour with these apps, round 25), or None (see :data:`PAYMENT_HANDLE_RE`). Session 21
    (res21a): nor in a text saying where the money goes ("Yard sale for the playground fund ...
    Venmo ok @...": :func:`solicit.raises_money_for_a_cause`)."""
    found = PAYMENT_HANDLE_RE.search(prose)
    if found is None or in_own_voice(prose) or WRITER_OR_GROUP_RE.search(prose):
        return None
    if raises_money_for_a_cause(prose):
        return None
    return str(found.group())


def payment_handle_evidence(body: str) -> list[Evidence]:
    """Money asked to a private payment handle: counted with other evidence. Read in
    the ``body`` as written: the prose has its addresses taken out, and Zelle's is one."""
    found = payment_handle(body)
    if found is None:
        return []
    detail = f"lure: money asked to a private payment handle ({found[:50]!r})"
    return [Evidence(PAYMENT_HANDLE_WEIGHT, detail)]


#: Session 25 (spend25b): an authority named as the text's heading, its first words before a colon,
#: a dash or the word "notice" ("HARWELL TOWNSHIP NOTICE OF ASSESSMENT:", "Oakdale Unified School
#: District:", "CIUDAD DE RIVERTON - AVISO", "Département des Eaux de Villeneuve :"): the text
#: speaks as the town, its board, its school district or an agency, as a text message is signed
#: by its sender. A council, a committee or a mayor in the heading is whom a resident writes to
#: ("Township Committee: please vote no"), not a sender, and is not read. Session 28 (spend28a):
#: unless the heading names the text a notice right after it ("CITY COUNCIL - OVERDUE NOTICE",
#: :data:`_NAMED_NOTICE_RE`): a resident writing to the council does not call their comment an
#: overdue notice. And a planning panel, a commission or a tribunal speaks as an authority too
#: ("PLANNING PANELS VICTORIA - ...").
_AUTHORITY_WORD = (
    r"township|city|county|village|borough|town|municipal\w*|municipality|school\s+district"
    r"|public\s+schools|schools|unified|board\s+of\s+\w+|\w+\s+board|department|dept\.?"
    r"|agency|authority|office|bureau|tax\s+collector|treasurer|assessor|utilit\w+"
    r"|water\s+\w+|sewer\s+\w+|ciudad|municipio|condado|distrito\s+escolar|junta|departamento"
    r"|oficina|ayuntamiento|ville|commune|mairie|d[ée]partement|office|service\s+des\s+\w+"
    r"|prefeitura|munic[ií]pio|secretaria|stadt|gemeinde|landkreis|schulbezirk|amt|beh[öo]rde"
    r"|市政府|市政|县政府|教育局|学区|學區|税务局|稅務局|水务局"
    r"|planning\s+panels?|commission|tribunal|shire"
    # Session 28 (spend28a): a national agency by its name ("Centrelink thông báo:", "USCIS
    # NOTICE:"), as :data:`AGENCIES` names them.
    r"|centrelink|medicare|medicaid|uscis|irs|dmv|usps|fema|hmrc|dvla|ircc|mygov|ameli"
    # Session 29 (spend29a): a registry, a clerk of courts, a court, a state's wildlife or
    # licensing agency by its initials ("RENTAL REGISTRY:", "Broward Clerk of Courts:").
    r"|registry|register|clerk\s+of\s+(?:the\s+)?(?:circuit\s+)?courts?|courts?|fwc|dbpr|dhsmv"
)
_NOTICE_WORD = (
    r"notice|notification|alert|aviso|notificaci[oó]n|avis|notification|comunicado"
    r"|bekanntmachung|mitteilung|通知|公告"
    # Session 28 (spend28a): Vietnamese, Arabic, Hindi, Somali.
    r"|thông\s+báo|thong\s+bao|إشعار|اشعار|सूचना|ogeysiis"
)
_AUTHORITY_HEADING_RE = regex.compile(
    rf"(?i)^\W{{0,3}}(?P<h>(?:[\p{{L}}\p{{N}}&'’.-]+\s+){{0,6}}?[\p{{L}}\p{{N}}&'’.-]*"
    rf"(?<![\p{{L}}])(?:{_AUTHORITY_WORD})(?![\p{{L}}])(?:\s+[\p{{L}}\p{{N}}&'’.-]+){{0,5}}?)"
    rf"\s*(?:[:：|]|\s[-–—]\s|\s+(?:{_NOTICE_WORD})(?![\p{{L}}]))"
)
#: Whom a resident writes to: a council, a committee, a mayor, commissioners, "dear".
_ADDRESSEE_RE = regex.compile(
    r"(?i)\b(?:council\w*|committee|mayor|commissioners?|dear|re|to|attn|aldermen|selectboard"
    r"|concejo|alcalde\w*|conseil|maire|gemeinderat|bürgermeister)\b|议会|議會|市长|市長"
)
#: What the authority tells the reader to do at its link: register, pay, verify, confirm,
#: update, renew, sign in, in the languages of the notices above (infinitives and imperatives).
_ACT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:re-?register\w*|register\w*|pay|paid|payment|verify|re-?verify"
    r"|confirm|update|renew|sign\s+in|log\s*in|enrol+\w*|submit"
    # Session 27 (spend27a): a refund or a payment to claim ("Claim securely: <link>").
    r"|claim|reclam[ae]\w*|r[ée]clame[rz]|beantrag\w*|reivindi\w+"
    # Session 29 (spend29a): a case to answer ("View documents and respond within 5 days").
    r"|respond|view\s+(?:the\s+)?(?:documents?|case|complaint|notice)"
    r"|registr\w+|inscri\w+|pag(?:ar|ue|uen|o)|verifi\w+|confirm\w+|actualic\w+|actualiz\w+"
    r"|renov\w+|pay(?:er|ez)|r[ée]gl(?:er|ez)|v[ée]rifi\w+|mett(?:re|ez)\s+[àa]\s+jour"
    r"|renouvel\w+|cadastr\w+|atualiz\w+|registrier\w+|bezahl\w+|zahl(?:en|ung)"
    r"|best[äa]tig\w+|aktualisier\w+|anmeld\w+)(?![\p{L}])"
    r"|登记|登記|注册|註冊|缴费|繳費|支付|付款|验证|驗證|确认|確認|更新"
    # Session 28 (spend28a): Vietnamese: register, verify, pay, update.
    r"|(?i:đăng\s+ký|dang\s+ky|xác\s+minh|xac\s+minh|thanh\s+toán|thanh\s+toan|cập\s+nhật)"
)
#: What presses the reader: a refusal threatened ("Unregistered objections will not be heard",
#: "no serán aceptadas", "ne seront pas traitées"), read with a fee, a cost
#: (:data:`_COSTS_RE`) or a time to act (:data:`_NOW_RE`).
_REFUSED_RE = regex.compile(
    r"(?i)\bwill\s+not\s+be\s+(?:heard|accepted|processed|considered|counted|reviewed)"
    r"|\bno\s+(?:ser[aá]n?|se)\s+(?:escuchad|aceptad|procesad|considerad)\p{L}*"
    r"|\bne\s+seront\s+pas\s+(?:entendu|accept|trait|pris)\p{L}*"
)
#: Session 25 (res25): the writer saying they pass the notice on, the subject left out as a
#: resident writes it ("Posting this here because the road closes that week", "Forwarding it
#: since the cameras start then", "Sharing this for the parents", "Comparto esto", "Repassando",
#: "Je partage"): a relay, which a notice in the authority's own voice never says of itself.
_RELAYED_RE = regex.compile(
    r"(?i)(?:^|[.!?]\s+|\n)(?:posting|sharing|forwarding|passing|reposting)\s+(?:this|it)\b"
    r"|(?:^|[.!?]\s+|\n)(?:comparto|reenv[ií]o|les\s+paso|compartilho|repassando|repasso"
    r"|je\s+partage|je\s+transmets)\b"
)
#: Session 28 (spend28a): the text named a notice right after its heading: "- OVERDUE NOTICE.",
#: ": FINAL NOTICE", "NOTICE OF DISCONNECTION" (a word or two, then the notice word, ending the
#: phrase: "notice how the bins overflow" is a verb).
_NAMED_NOTICE_RE = regex.compile(
    rf"(?i)\s*(?:[\p{{L}}-]+\s+){{0,2}}(?:{_NOTICE_WORD})(?:\s*[.:!|—–-]|\s*$|\s+of\s)"
)
#: Weight of an authority's heading telling the reader to register, pay or verify at a link
#: outside the allowed domains: not spam alone, a notice with a time to act's weight.
AUTHORITY_NOTICE_WEIGHT = 0.55


def authority_notice(prose: str) -> str | None:
    """Session 25 (spend25b): the heading of a text that speaks as an authority (the town, its
    board, its school district, an agency: :data:`_AUTHORITY_HEADING_RE`), telling the reader to
    register, pay or verify (:data:`_ACT_RE`) and pressing them (a fee, a cost, a refusal
    threatened or a time to act: a resident relaying a real notice passes on what to do, not a
    threat), in a text that neither speaks in the first person singular nor names a scam, or
    None. Read only with a link outside the allowed
    domains (:func:`authority_notice_evidence`): the town's own notice links to its own site."""
    head = _AUTHORITY_HEADING_RE.search(prose)
    if head is None:
        return None
    if _ADDRESSEE_RE.search(head.group("h")) and not _NAMED_NOTICE_RE.match(prose, head.end()):
        return None
    if _ACT_RE.search(prose, head.end()) is None:
        return None
    if WRITER_RE.search(prose) or names_a_scam(prose) or _RELAYED_RE.search(prose, head.end()):
        return None
    pressed = currency_sum(prose) or _REFUSED_RE.search(prose) or _COSTS_RE.search(prose)
    if not (pressed or _NOW_RE.search(prose)):
        return None
    return str(head.group("h"))


#: Session 29 (spend29a): "Our records show ..." of the reader's property, account or vehicle:
#: the sender speaks from its files about the reader. Seventeen spam notices of the spent
#: corpora open so (-9 to -51: licences, tolls, warranties, jury duty); the one resident who
#: writes it quotes an e-mail to warn, in the first person ("I got an email ...").
_RECORDS_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:our|the)\s+records\s+(?:show|indicate)"
    r"|nuestros\s+registros\s+(?:muestran|indican)|nos\s+(?:dossiers|registres)\s+indiquent"
    r"|nossos\s+registros\s+(?:mostram|indicam)|по\s+нашим\s+(?:данным|записям))(?![\p{L}])"
)
_YOUR_RE = regex.compile(r"(?i)(?<![\p{L}])(?:your|su|sus|votre|vos|seu|sua|ваш\p{L}*)(?![\p{L}])")
#: Weight of the sender's records read to the reader, with the notice's: a notice that speaks
#: as an authority and from its files reaches the threshold with its outside link.
RECORDS_WEIGHT = 0.45


def records_of_the_reader(prose: str) -> str | None:
    """Session 29 (spend29a): the sender's records read to the reader (see
    :data:`_RECORDS_RE`), in a text that neither speaks in the first person singular nor names
    a scam, or None."""
    found = _RECORDS_RE.search(prose)
    if found is None or _YOUR_RE.search(prose) is None:
        return None
    if WRITER_RE.search(prose) or names_a_scam(prose):
        return None
    return str(found.group())


def authority_notice_evidence(prose: str, linked_outside: bool) -> list[Evidence]:
    """Session 25 (spend25b): a text speaking as an authority that tells the reader to register,
    pay or verify, with a link outside the allowed domains (``linked_outside``). Session 29
    (spend29a): and, beside it, the sender's records read to the reader."""
    if not linked_outside:
        return []
    found = authority_notice(prose)
    if found is None:
        return []
    detail = f"lure: a notice in the name of {found[:40]!r}, acted on outside the allowed domains"
    evidence = [Evidence(AUTHORITY_NOTICE_WEIGHT, detail)]
    records = records_of_the_reader(prose)
    if records is not None:
        detail = f"lure: the sender's records read to the reader ({records!r})"
        evidence.append(Evidence(RECORDS_WEIGHT, detail))
    return evidence


#: Session 26 (spend26b): a link whose host wears the name of a government agency the text names,
#: on a domain that is no government's.
#:
#: "OGEYSIIS: Faylkaaga socdaalka ee USCIS waa la joojiyay ... bixi $85 maanta ... Riix:
#: uscis-somali-update.com": a notice in the name of an agency, written in a language the engine's
#: word lists read poorly, whose one readable part is its link. The agency's own site is on a
#: government domain (``uscis.gov``, ``irs.gov``, ``gov.uk``, ``canada.ca``), which the allowed
#: domains already let through; a host that takes the agency's name as one of its words
#: (``uscis-somali-update.com``, ``irs-refund-center.net``, ``ssa.gov-verify.com``) while the text
#: names that agency is the impersonator's, in any language the text is written in. A resident
#: names the agency and links to its real site, or to a newspaper or a legal clinic whose host is
#: its own name, not the agency's.
#:
#: The agencies are a resource, not a fit: the national agencies whose names such notices wear
#: (immigration, tax, social security, health cover, motor vehicles, post, disaster aid, housing)
#: in the countries whose residents comment here, as their acronyms or one-word names. A host is
#: read word by word (split at dots and hyphens), so "nassau" is not "ssa" nor "price" "irs".
#: It is read only in a text naming a sum of money (the fee the notice asks), and alone it is not
#: spam (0.55 with the link's 0.15 stays under the threshold); with the link's front page, it is.
#
#: National agencies whose names notices put in their hosts, as one host word each (lower case).
AGENCIES = frozenset(
    {
        # United States
        "uscis",
        "irs",
        "ssa",
        "socialsecurity",
        "medicare",
        "medicaid",
        "dmv",
        "usps",
        "fema",
        "hud",
        "cbp",
        "ebt",
        # United Kingdom, Canada, Australia, France, Germany, Spain
        "hmrc",
        "dvla",
        "ircc",
        "servicecanada",
        "mygov",
        "centrelink",
        "ameli",
        "impots",
        "bundesagentur",
        "aeat",
        # (Not "sat", "ants" nor "dgt": English words and a test's name a resident may link.)
    }
)
#: Agencies whose own site is on a domain that is no government suffix: the host ending so is
#: the agency's.
OFFICIAL_HOSTS = ("usps.com", "ameli.fr", "canada.ca")
_AGENCY_HOST_WORD_RE = regex.compile(r"[.\-_]+")
AGENCY_HOST_WEIGHT = 0.55


def _agency_named(prose: str, agency: str) -> bool:
    """The text names the agency as a word of its own ("USCIS", "Social Security" as one)."""
    spaced = regex.escape(agency)
    if agency == "socialsecurity":
        spaced = r"social\s*security"
    return (
        regex.search(rf"(?i)(?<![\p{{L}}\p{{N}}]){spaced}(?![\p{{L}}\p{{N}}])", prose) is not None
    )


def agency_host(prose: str, outside: list[Link]) -> tuple[str, str] | None:
    """The (agency, host) of a link outside the allowed domains whose host holds, as one of its
    words, the name of an agency (:data:`AGENCIES`) the text names too, on no official host of
    it (:data:`OFFICIAL_HOSTS`); or None."""
    for link in outside:
        host = link.host.lower()
        if any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS):
            continue
        words = [w for w in _AGENCY_HOST_WORD_RE.split(host) if w]
        for word in words[:-1]:  # the last word is the top-level domain
            if word in AGENCIES and _agency_named(prose, word):
                return word, host
    return None


def agency_host_evidence(prose: str, outside: list[Link]) -> list[Evidence]:
    """Session 26 (spend26b): a link wearing the name of an agency the text names, on a host no
    government's, in a text that names a sum of money (the fee such a notice asks; a resident
    naming the agency and a clinic's look-alike site asks for none)."""
    found = agency_host(prose, [lk for lk in outside if not lk.is_email])
    if found is None or not currency_sum(prose):
        return []
    agency, host = found
    detail = f"lure: a link wearing the name of the agency it names ({agency!r} in {host!r})"
    return [Evidence(AGENCY_HOST_WEIGHT, detail)]
