"""Round 14: a time of day names an event, and an event is not a short advert.

Round 7's "short advert" judges a text with advert words and a way to reach someone by the words
it shares with the item, even when it is written in a language nobody on the item used: then it
shares none, which is how most short adverts in another language are caught ("Szybka pożyczka
bez BIK ... Zadzwoń 555 123 456"). A resident's invitation written apart shares none either:
"Invitamos a todos a la reunión informativa sobre las licencias de venta ambulante el jueves a
las 6pm en el centro comunitario ... Más información: vendedores.example.org" has an advert word
("venta": the item's own "vending") and its group's site. What tells it apart without a word
list is a **time of day** ("6pm", "7 p.m.", "7:30", "18h"): a meeting, a walk, a fundraiser, a
class is held at an hour. An advert gives durations ("in 24 hours", "24/7", "w 15 minut"), not
the hour it is held. On every corpus of the quality benchmark this keeps every short advert the
rule caught (leaving every text written apart unjudged instead lost 40 of them); a text that
sells outright (a price, a call to action, a messenger ID, ...) is judged as before. A spammer
can name an hour; then the other signals judge the text, as they do any text with a contact.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.folding import fold
from intake.text.spam.links import TEXT_CACHE

#: "6pm", "7 p.m.", "11am", "18h", "18h30", "7:30", "19:00" (not "24/7", "3x", "10 kg").
#: Session 29 (perf29): every hour below starts with a digit or with the word before it in
#: Chinese, Japanese or Korean; the lookahead on those characters lets the search skip to them
#: (a long letter without one is read thirty times faster, the same hours found).
_TIME_OF_DAY_RE = regex.compile(
    r"(?i)(?=[\d午上下晚早오저아])(?:"
    r"(?<![\d/:.])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:[ap]\.?m\.?)(?!\w)"
    r"|(?:[01]?\d|2[0-3])h(?:[0-5]\d)?(?!\w)|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))"
    # Session 26 (res26): an hour in Japanese, Chinese and Korean ("午後2時", "16時", "下午3点",
    # "오후 2시"); "24時間" (a duration: 24 hours) and "3点" alone (three points) are none.
    r"|(?:午前|午後)?(?<!\d)(?:[01]?\d|2[0-3])時(?!間)|(?:上午|下午|晚上|早上)\s?\d{1,2}\s?[点點]"
    r"|(?:오전|오후|저녁|아침)\s?\d{1,2}\s?시)"
)


#: Round 15: the days of the week, by language (folded; whole words in spaced scripts, stems
#: where the word is inflected: "щонеділі", "у неділю", "w niedzielę").
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|"
    "thursdays|fridays|saturdays|sundays|lunes|martes|miercoles|jueves|viernes|sabado|sabados|"
    "domingo|domingos|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
    "freitag|samstag|sonntag|miyerkules|huwebes|biyernes|lendi|madi|mekredi|jedi|"
    "vandredi|samdi|dimanch|thu hai|thu ba|thu tu|thu nam|thu sau|thu bay|chu nhat|"
    "poniedzialek|poniedzialki|wtorek|wtorki|sroda|sredy|czwartek|czwartki|piatek|piatki|"
    "sobota|soboty|niedziela|niedziele|niedziele"
)
_WEEKDAY_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_WEEKDAYS})(?![\p{{L}}])"
    r"|понедельник|вторник|сред[уаы]|четверг|пятниц|суббот|воскресень"
    r"|понеділ|вівтор|середу|четвер|п.ятниц|субот|неділ"
    r"|星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]|[월화수목금토일]요일"
    r"|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"
    # Session 15: "كل يوم جمعة" (every Friday): a weekday after "يوم" (day) needs no article
    # ("أحد", "اثنين" alone are "one", "two"); Persian and Urdu weekdays ("پیر" and "ہفتہ" are
    # also "saint" and "week": left out).
    r"|يوم\s+(?:ال)?(?:اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت|أحد|احد)(?!\p{L})"
    r"|(?:یک|دو|سه|چهار|پنج)[\s\u200c]?شنبه|جمعه(?!\p{L})|جمعرات|جمعہ|اتوار|منگل|بدھ(?!\p{L})"
    r"|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार"
    # Session 26 (res26): the weekdays of languages the list lacked, as the calendar names them
    # (folded): Japanese (月曜日 .. 日曜日, or 月曜 .. 日曜), Amharic and Tigrinya (Ethiopic),
    # Tongan, Samoan ("Aso Tofi", "Aso To'ona'i"; not "Aso Sā": "aso sa" is Tagalog's "dog
    # in"), Marshallese (not "Mande": Portuguese's "send"), Oromo, and Hmong's numbered days
    # ("hnub ib" .. "hnub xya"; "ib hnub" is "one day" and is not one).
    r"|[月火水木金土日]曜(?:日)?"
    r"|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ሓሙስ|ዓርብ|ዓርቢ|ቅዳሜ|እሑድ|እሁድ|ሰኑይ|ሰሉስ|ቀዳም|ሰንበት"
    r"|(?<![\p{L}])(?:monite|tusite|pulelulu|tu.?apulelulu|falaite|tokonaki|sapate"
    r"|aso\s+(?:gafua|lua|lulu|tofi|faraile|to.?ona.?i)|juje|wonje|taije|boraide"
    r"|jadede|jabot|wiixata|kibxata|roobii|kamisa|jimaata|sanbata|dilbata"
    r"|hnub\s+(?:ib|ob|peb|plaub|tsib|rau|xya))(?![\p{L}])"
    # Session 29 (res29): Swedish, Norwegian and Danish ("på lördagar", "søndag"; folding keeps
    # "ø"), Somali with its article ("Axadda", "Jimcaha", "Sabtida"), Turkish (not "pazar", also
    # a market, nor "salı"), Bosnian, Croatian and Serbian ("subotom", "nedjeljom"), and
    # Sorani Kurdish, whose "شەممە" is Saturday
    r"|(?<![\p{L}])(?:(?:mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lordag|lørdag|sondag"
    r"|søndag)(?:ar|arna|en|er|s)?|(?:isniin|talaado|talaada|arbaco|khamiis|sabti|axad)"
    r"(?:ta|da|dii|dda)?|jimce|jimco|jimcaha|pazartesi|carsamba|persembe|cumartesi|cuma"
    r"|ponedjeljak|ponedeljak|utorak|utorkom|srijed[aue]|srijedom|sredom|cetvrt(?:ak|kom)"
    r"|pet(?:ak|kom)|subot[aeu]|subotom|nedjelj[aeu]|nedjeljom|nedelj[aeu]|nedeljom)(?![\p{L}])"
    + "|"
    + "|".join(
        regex.escape(fold(w))
        for w in ("یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە")
    )
)


@lru_cache(maxsize=TEXT_CACHE)
def names_a_time(prose: str) -> bool:
    """True when the text names a time of day: an event is held at an hour."""
    return _TIME_OF_DAY_RE.search(prose) is not None


@lru_cache(maxsize=TEXT_CACHE)
def names_a_day_or_time(prose: str) -> bool:
    """Round 15: True when the text names a time of day or a day of the week ("every Sunday",
    "щонеділі"): an event is held at an hour, on a day. ("Linggo", Tagalog's Sunday, is also
    its "week": "kada linggo" is a rate of pay, so it is left out.)"""
    return names_a_time(prose) or _WEEKDAY_RE.search(fold(prose)) is not None


#: Session 19 (residents19): a group holding an event, folded ("is hosting", "holds",
#: "organizes", "organiza", "organise", "veranstaltet", "tổ chức", "organizuje").
_HOSTS_RE = regex.compile(
    r"(?<![\p{L}])(?:host(?:s|ing|ed)?|hold(?:s|ing)?|organi[sz](?:e|es|ing|ed)|organiza(?:mos|n)?|"
    r"organisons|organisent|accueill\w*|veranstalt\w*|organizuj\w*|to chuc"
    # Session 29 (spend29b): a group that runs its drop-in or its workshop on a day, at an hour
    # ("Renters Union runs a free drop-in every Tuesday, 6 to 8pm", "We're running a FREE
    # workshop ... Saturday 23 January, 10am").
    r"|(?:runs|running)\s+(?:an?\s+|our\s+|the\s+|its\s+|their\s+)?(?:(?:free|weekly|monthly)\s+)*"
    r"(?:drop-?ins?|workshops?|clinics?|sessions?|surgery|surgeries|class(?:es)?|tours?"
    r"|coffee\s+mornings?)"
    # Session 30 (spend30a, the spent -52): a resident who gives a talk on a day, at an hour
    # ("I'll give a free talk at the library on December 12 at 6 p.m.", "Daré una charla
    # gratuita el sábado"): its "free" is the entry, as a group's workshop's is. A seminar sold
    # with its terms sells outright and is judged as before (the callers' test).
    r"|(?:give|gives|giving|dar|dare|doy|damos|daremos|darei|dou|donne\w*)\s+"
    r"(?:a|an|una|uma|une)\s+(?:(?:free|short|public|gratuita|gratis|gratuite|publica)\s+)?"
    r"(?:talk|presentation|lecture|charla|platica|conferencia|palestra|conference|expose))"
    r"(?![\p{L}])"
)


#: Session 27 (res27): a congregation's house or a food pantry, folded ("church", "parroquia",
#: "legliz", "chua", "masjid", "mandir", "food pantry", "despensa"): one that names a day or an
#: hour names its services' or its pantry's, an event a group holds as one it says it hosts.
#: What is free there is groceries or the entry; a shop's hours are a shop's, named as such.
_HOUSE_RE = regex.compile(
    r"(?<![\p{L}])(?:church|parish|chapel|mosque|masjid|temple|synagogue|gurdwara|mandir"
    r"|iglesia|parroquia|capilla|igreja|paroquia|eglise|paroisse|legliz|simbahan|chua|nha\s+tho"
    r"|food\s+(?:pantry|bank)|despensa|banco\s+de\s+alimentos"
    # Session 28 (res28): a congregation named by its denomination ("First Baptist will run a
    # free van ... at 5:15 pm"), and the house of worship in Somali, Hmong and Oromo
    r"|baptist|lutheran|methodist|presbyterian|episcopal|pentecostal|adventist|mennonite"
    r"|masjidka|kaniisad(?:da)?|koom\s+txoos|waldaa\s+kiristaanaa"
    # Session 29 (res29): a residents' association named by its noun, which holds its lessons,
    # suppers and meetings on its days as a congregation does ("Föreningen ... på söndagar",
    # "Ururka Haweenka ... Axadda", "Udruženje ... subotom", "Stowarzyszenie", "Derneği",
    # "Verein", "association", "asociación", "громада"; Arabic, Persian and Kurdish below)
    r"|association|asociacion|associacao|verein|udruzenje|udruzenja|stowarzyszeni\w*"
    r"|derne[kg]\w*|ururka|громад\w*|спілк\w*)(?![\p{L}])"
    # the Scandinavian noun ends its compounds ("Kvinnoföreningen", "Hyresgästföreningen")
    r"|forening(?:en|ar|arna|er|erne)?(?![\p{L}])"
    + "|"
    + "|".join(
        regex.escape(fold(w))
        for w in (
            "教会", "教會", "교회", "성당", "مسجد", "मंदिर", "गुरुद्वारा", "ቤተክርስቲያን",
            "ဘုန်းကြီးကျောင်း", "ဘုရားကျောင်း", "جمعية", "انجمن", "کۆمەڵەی",
        )
    )
)  # fmt: skip


#: Session 21 (res21b): a meeting named by its noun ("community meeting", "reunión comunitaria",
#: "town hall", "собрание", "cuộc họp", "会议", "타운홀", "اجتماع", "shir bulsho", "mkutano",
#: "reyinyon", "बैठक", "ስብሰባ"), folded: a meeting on a day or at an hour is an event as one
#: a group says it hosts.
_MEETING_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:community|neighbou?rhood|public|town\s*hall)\s+meeting|town\s*hall"
    r"|reunion(?:es)?\s+(?:comunitaria|vecinal|publica|informativa)|junta\s+vecinal|asamblea"
    r"|reuniao\s+(?:comunitaria|publica)|reunion\s+(?:publique|communautaire|d'information)"
    r"|собрани\w*|зустріч\w*|zebrani\w*|spotkani\w*|cuoc\s+hop|buoi\s+hop|pulong"
    r"|shir\s+bulsho|shir(?=\s)|mkutano|reyinyon|rooj\s+sib\s+tham"
    # Session 27 (spend27b): an open house or an information session ("Our apprenticeship open
    # house is on Saturday", "jornada de puertas abiertas", "portes ouvertes").
    r"|open\s+house|open\s+day|info(?:rmation)?\s+session|puertas\s+abiertas"
    r"|portes\s+ouvertes)(?![\p{L}])"
    + "|"
    + "|".join(
        regex.escape(fold(w))
        for w in (
            "会议", "會議", "说明会", "說明會", "説明会", "타운홀", "미팅", "회의", "اجتماع",
            "جلسه", "बैठक", "সভা", "ਮੀਟਿੰਗ", "ስብሰባ", "ኣኼባ", "အစည်းအဝေး", "ប្រជុំ",
        )
    )
)  # fmt: skip


#: Session 21 (res21a), one reading with :data:`_MEETING_RE` since session 23: the words of a
#: meeting one joins by calling or from a screen, bare ("meeting", "Zoom", "webinar", "dial-in",
#: "reunión"), folded. Read only with ``by_call`` (:func:`names_a_meeting`).
_CALLED_MEETING_RE = regex.compile(
    r"(?<![\p{L}\p{N}_])(?:meeting|zoom|webex|teams|google\s+meet|webinar|conference|call[- ]in"
    r"|dial[- ]in|town\s+hall|reunion|videoconferencia)(?![\p{L}\p{N}_])"
)


def names_a_meeting(prose: str, by_call: bool = False) -> bool:
    """Session 23 (twins): the one reader of a meeting named in a text. Session 21 wrote it
    twice: for an event a group holds (:data:`_MEETING_RE`: a meeting named as one held for
    the public, "community meeting", "town hall", "reunión vecinal", "собрание", "会议", in
    twenty languages) and for a meeting's dial-in (:func:`without_dial_ins`: "meeting",
    "Zoom", "webinar", "conference", "reunión", in English and Spanish, bare).

    ``by_call`` also reads the bare words (:data:`_CALLED_MEETING_RE`), for the dial-in: there
    the number and its ID beside the word make it a meeting's, and a call-in to a "會議" or a
    "reyinyon" is one too (the dial-in reader did not know them). An event is told by the word
    alone, beside a day or an hour, and what it gives free is read as its entry, so it keeps to
    meetings held for the public: a bare "meeting" is also the board meeting a seller's
    discount is for ("15% off if you mention the board meeting", a spam text of the spent sets,
    beside "2 a.m."), and "webinar", "Zoom" and "conference" are a seller's words too ("free
    webinar Tuesday at 7pm on Zoom"). On the spent corpora the bare words alone are in 563
    texts (20 of them spam; 76 beside a day or an hour and no host's word, 1 of them that
    spam), the public meetings' alone in 41 (2 spam); no text of either holds a dial-in, so the
    dial-in reads the same texts as before. Read by the event too, the bare words changed no
    label and no score of the spent corpora: the option is kept for the sets not yet seen."""
    folded = fold(prose)
    if _MEETING_RE.search(folded) is not None:
        return True
    return by_call and _CALLED_MEETING_RE.search(folded) is not None


def hosts_an_event(prose: str) -> bool:
    """Session 19 (residents19): the text says a group holds an event on a day or at an hour
    (:func:`names_a_day_or_time`): "Desert Bloom Garden Club is hosting free workshops every
    Saturday", "Organizamos una clínica gratuita el sábado". What is free there is the entry to
    it: the word "free" is not an advert's. An advert sells a thing or a service; a webinar
    advert with a price, a call to action or a messenger ID is judged as before (the caller's
    test)."""
    if not names_a_day_or_time(prose):
        return False
    # Session 21 (res21b): or names a meeting (:func:`names_a_meeting`: "REUNIÓN COMUNITARIA
    # ... Jueves 14 de marzo, 6:30 pm ... comida gratis").
    # Session 27 (res27): or names a congregation or a food pantry (:data:`_HOUSE_RE`).
    folded = fold(prose)
    return (
        _HOSTS_RE.search(folded) is not None
        or _HOUSE_RE.search(folded) is not None
        or names_a_meeting(prose)
    )


# Session 21 (res21a): a meeting's dial-in number and ID are the meeting's, not the writer's.
#
# An organiser inviting neighbours to a meeting gives its link and, for those without a computer,
# the number to call in and the meeting's ID: "Or call in +1 312 626 6799, ID 987 6543 2101",
# "Dial-in: 646-558-8656, meeting ID 845 1234 5678, passcode 2027". The conferencing service's
# number is written with its country code (as it publishes it), the ID is long and grouped like a
# number abroad, and together they read as two numbers of a seller written for callers anywhere
# in a few words. What makes them a meeting's is the pair: a number followed at once by a meeting
# ID, code, passcode or PIN, in a text that names a meeting. No spam of the spent corpora names a
# meeting ID, a passcode or a dial-in; 20 residents invite to meetings on Zoom.
#
# The number and its ID are taken out of the text the reach signals read, so they count as
# neither a phone number nor a sum; the meeting's link is read as any link is.

_NUMBER = r"\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d{2,4}){1,4}"
#: A number at once followed by the meeting's ID, code, passcode or PIN and its digits.
_DIAL_IN_RE = regex.compile(
    rf"(?i)(?<![\w+]){_NUMBER}[\s,;/]*(?:\(|-|–|or)?\s*"
    r"(?:(?:meeting|webinar|conference|access|participant)\s+)?(?:id|code|passcode|pin|c[oó]digo)"
    r"\s*(?:#|no\.?|number)?\s*[:=]?\s*\d[\d\s-]{2,16}\d\)?#?"
)


def without_dial_ins(prose: str) -> str:
    """``prose`` with each meeting's dial-in number and ID blanked out (same length), when the
    text names a meeting one may call into (:func:`names_a_meeting` with ``by_call``); unchanged
    otherwise."""
    if not names_a_meeting(prose, by_call=True):
        return prose
    return str(_DIAL_IN_RE.sub(lambda m: " " * len(m.group()), prose))
