"""Ways to carry on elsewhere: a messenger app named next to an ID or number, and a comment that
is nothing but a contact detail.

Messenger names are brand names, written the same way (or in a few fixed spellings) in every
language; they are not phrases of a language. A resident mentioning "our WhatsApp group" names
no ID; an advert names the app and the number or ID to write to.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.links import HANDLE_RE, TEXT_CACHE, phone_count
from intake.text.spam.settings import SpamSettings

# Round 25: Hangouts, and the mobile-money wallets of other countries (MonCash, M-Pesa, GCash,
# JazzCash, Easypaisa, bKash): a wallet named with its number is a way to reach and pay the
# writer, as a messenger's ID is ("voye frè 3,000 goud sou MonCash nan 4055-5019"). An ID may be
# a dotted name ("Hangouts? daniel.offshore.eng").
# Messenger apps in their usual spellings (Latin, Cyrillic, Arabic, Persian, Hebrew, Devanagari,
# Thai, Han, kana, Hangul). "LINE" and "QQ" only in capitals: "line" is an English word. Round 9:
# WeChat's disguises for filters that block its name ("VX", "V信", "WX"; capitals only).
# Session 21 (scams21): WhatsApp and Telegram as Urdu and Pashto write them ("واٹس ایپ",
# "واټس اپ", "ټیلیګرام"), which the Arabic and Persian spellings did not read.
_MESSENGER_RE = regex.compile(
    r"""(?x)
    (?i:
        whats\s?app | wh?atsap+ | wassap | viber | telegram+ | wechat | weixin | kakao\s?talk
      | kakao | zalo | skype | snapchat | wickr | kik\s?messenger
      | hangouts | google\s?chat
      | moncash | m-?pesa | gcash | jazz\s?cash | easy\s?paisa | bkash
      | ват+сап | вотсап | вацап | вайбер | телеграм+[аиі]? | телега | скайп
      | واتس\s?اب | واتساب | واتس | تلگرام | تلغرام | تيليجرام | تليجرام | تلجرام | وایبر | فايبر
      | واٹس\s?(?:ایپ|اپ) | واٹس | واټس\s?(?:اپ|ایپ) | واټس | ٹیلی\s?گرام | ټیلیګرام | تلګرام
      | וואטסאפ | ווטסאפ | טלגרם
      | व्हाट्सएप | व्हाट्सऐप | वॉट्सऐप | टेलीग्राम
      | ไลน์ | วอทส์แอพ | เทเลแกรม
      | 微信 | 薇信 | 威信 | 扣扣 | 飞机号 | 电报
      | 카톡 | 카카오톡 | 카카오 | 텔레그램 | 라인
      | ライン | テレグラム | ワッツアップ
    )
    | (?<![A-Za-z])LINE(?![A-Za-z]) | (?<![A-Za-z])QQ(?![A-Za-z])
    | (?<![A-Za-z])(?:VX|V信|v信|WX)(?![A-Za-z])
    """
)
# A cheap first look: the casefolded text holds one of these pieces of a messenger's name.
_NAME_PIECES = (
    "whats", "watsa", "wassap", "viber", "telegr", "wechat", "weixin", "kakao", "zalo", "skype",
    "snapchat", "wickr", "kik", "hangouts", "google chat", "googlechat", "moncash", "pesa",
    "gcash", "jazz", "paisa", "bkash", "ват", "вот", "вац", "вайбер", "телег", "скайп", "واتس",
    "تلگرام", "تلغرام", "تيليجرام", "تليجرام", "تلجرام", "وایبر", "فايبر", "וואטסאפ", "ווטסאפ",
    "واٹس", "واټس", "ٹیلی", "ټیلیګرام", "تلګرام",
    "טלגרם", "व्हाट्स", "वॉट्स", "टेलीग्राम", "ไลน์", "วอทส์", "เทเลแกรม", "微信", "薇信",
    "威信", "扣扣", "飞机号", "电报", "카톡", "카카오", "텔레그램", "라인", "ライン",
    "テレグラム", "ワッツ", "vx", "v信", "wx",
)  # fmt: skip
# What follows (or precedes) the app's name: a number of five digits or more (spaces, dashes,
# a "+" allowed), an @handle, or an ID: letters with digits or an underscore ("vip777",
# "sexy_girl99", "kasegu777").
_ID_RE = regex.compile(
    r"""(?x)
      \+?\d[\d\s().-]{3,}\d
    # Session 26 (spend26): a LINE or Telegram ID may join its parts with hyphens ("@ai-kabu-2");
    # after a messenger's name it is the ID all the same.
    | @[\p{L}\p{N}_.]+(?:-[\p{L}\p{N}_.]+)+
    | @[\p{L}\p{N}_.]{3,}
    | (?<![\p{L}\p{N}_])[A-Za-z][A-Za-z0-9_.]*[0-9_][A-Za-z0-9_.]*
    | (?<![\p{L}\p{N}_.])(?=[a-z0-9_.]{8,})[a-z][a-z0-9_]*(?:\.[a-z0-9_]{2,})+
    | (?<![\p{L}\p{N}_])[\p{L}\p{M}]+(?:_[\p{L}\p{M}\p{N}]+)+
    """
)
#: Characters after (and before) the app's name within which its ID must appear.
ID_WINDOW = 30
_LETTER_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def messenger_ids(prose: str) -> list[str]:
    """Each messenger ID, number or handle written next to a messenger app's name, and (session
    19) each page or account named to look up on a social network or messenger
    (:func:`named_pages`)."""
    return [*_messenger_ids(prose), *named_pages(prose)]


# Session 19: a page or account given by its name, to look up on a social network or a messenger
# ("xa lus rau Facebook Tub Ntxhais Cooling", "Facebook ឈ្មោះ Olvera Ice & Water", "Procurem Biogás
# Açoriano no WhatsApp", "find us on Facebook as Mountain Fair Value Appeals", "在小红书搜索“老李”",
# "मेसेन्जरमा खोज्नुस्: dipak.kaam.usa"). The networks are brands, written the same way (or in a few
# fixed spellings) in every language; the name is a run of two or more capitalised words, a name
# in quotation marks, or a dotted account name. A way to reach the writer as an ID is: a resident
# names a group ("our Facebook group", "the Redbud Hollow Facebook groups") or a handle
# ("@mapleavegardens", read as a handle), not a page by its name to search for.
_NETWORK = r"""(?:
        facebook | fb | messenger | instagram | insta | tiktok | linkedin | nextdoor | marketplace
      | whats\s?app | telegram | wechat | 小红书 | 小紅書 | 抖音 | 脸书 | 臉書 | 微信 | 微博
      | फेसबुक | फ़ेसबुक | मेसेन्जर | मैसेंजर | इन्स्टाग्राम | इंस्टाग्राम | टिकटक | टिकटोक
      | ਫੇਸਬੁੱਕ | ਫ਼ੇਸਬੁੱਕ | ਇੰਸਟਾਗ੍ਰਾਮ | ফেসবুক | ហ្វេសប៊ុក | ເຟສບຸກ | فيسبوك | فيس\s?بوك | فیسبوک
      | фейсбук\w* | інстаграм\w* | инстаграм\w*
      # Session 21 (adverts21): Snapchat and Instagram by their nicknames, and the networks in
      # Georgian, Hebrew, Persian, Urdu, Turkish and Armenian script.
      | snap(?:chat)? | (?-i:IG) | the\s+gram
      | ფეისბუქ\w* | ინსტაგრამ\w* | פייסבוק | פיסבוק | אינסטגרם | اینستاگرام | انسٹاگرام | فیس\s?بک
      | ინსტა | ֆեյսբուք\w* | ինստագրամ\w*
      # Session 25 (contacts25): the messengers an account is searched on by its name as well
      # ("find us on LINE: 'Sakura Tutoring'", "tìm Zalo Minh Anh Nails"); "LINE" in capitals.
      | zalo | viber | kakao\s?talk | kakao | 카카오톡 | 카톡 | skype | (?-i:LINE) | ライン | ไลน์
      # Session 28 (spend28b): the messengers in Arabic, Urdu, Persian and Pashto script, and
      # the networks in Ethiopic script (Amharic, Tigrinya).
      | واتس\s?اب | واتساب | واتساپ | واٹس\s?(?:ایپ|اپ) | واټس\s?(?:اپ|ایپ) | واټساپ
      | تلگرام | تلغرام | تيليجرام | ټیلیګرام | ٹیلی\s?گرام
      | ፌስቡክ | ቴሌግራም | ዋትስአፕ | ዋትሳፕ | ኢንስታግራም | ቲክቶክ
    )(?:u|a|om|e|ta|'ta|’ta|da|de|te|ie|에서|에)?"""
#: A page's name: capitalised words (two or more; "&", "do", "da", "de", "of" may join them), a
#: name in quotation marks, or a dotted account name (spelled "dot" too).
_CAP = r"\p{Lu}[\p{L}\p{M}'’]*"
_PAGE_NAME = rf"""(?:
        {_CAP}(?:\s+(?:&|and|of|do|da|de|dos|das|del|la|at|na|ya|wa)\s+{_CAP}|\s+{_CAP})+
      | (?<![\p{{L}}\p{{N}}])\p{{Lu}}\p{{Ll}}+(?:\p{{Lu}}[\p{{Ll}}\p{{N}}]*){{2,}}\p{{Lu}}*
        (?![\p{{L}}\p{{N}}])
      | [“"„«「『][^”"“»」』\n]{{2,40}}[”"“»」』]
      | (?<![\p{{L}}\p{{N}}])['‘][^'‘’\n]{{2,40}}['’](?![\p{{L}}\p{{N}}])
      | (?<![\p{{L}}\p{{N}}_.@/])(?=[a-z0-9_.\s]{{8,}})
        [a-z][a-z0-9_]*(?:(?:\.|\s+dot\s+)[a-z0-9_]{{2,}})+
      # Session 28 (spend28b): an account's name joined by underscores ("Instagram:
      # lawnsuits_va"), as a handle is written without its "@".
      | (?<![\p{{L}}\p{{N}}_.@/])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{{L}}\p{{N}}_])
    )"""
#: What may sit between the network and the name: the network's own suffix ("मेसेन्जरमा"), a
#: word for a page, a name or an account, a verb for searching, "as" / "for", and punctuation.
_JOINER = r"""(?:
        [\p{Devanagari}\p{Gurmukhi}\p{Bengali}\p{Khmer}\p{Arabic}]{0,3}
        (?:\s*[-:,៖：]?\s*
            (?:page|pagina|página|seite|-seite|paj|naam|name|ឈ្មោះ|ស្វែងរក|as|for|under|look
              |is|called|named|como|kao|yitwa|nitwa|witwa|adıyla|adı|как|под\s+именем|به\s+نام
              |ما\s+را\s+به\s+نام|מתחת\s+לשם|בשם|მომძებნეთ|მოძებნეთ
              |search|find|procure|procurem|pesquise|busque|busca|cherchez|suchen
              |tìm|tìm\s+kiếm|kết\s+bạn|(?-i:tim|tim\s+kiem|ket\s+ban)|búscanos|buscanos|buscar
              # Session 28 (spend28b): Vietnamese "tên" (a name), Telugu "లో" (on).
              |tên|tên\s+là|trang|(?-i:ten)|లో
              # Session 30 (spend30a, the spent -52): Vietnamese "là" (is: "Zalo là Hằng Dịch
              # Thuật Norhaven", as "is" above), Tagalog "hanapin ang" (search for).
              |là|hanapin(?:\s+ang)?|hanapin\s+ninyo(?:\s+ang)?
              |खोज्नुस्|खोजें|खोजिए|ਖੋਜੋ|ਲੱਭੋ|搜索|搜|主页|账号|名字|ឈ្មោះ)
        )*
        \s*[-:,៖：]?\s*
    )"""
_NAMED_AFTER_RE = regex.compile(
    rf"(?<![\p{{Latin}}\p{{Cyrillic}}\p{{N}}])(?xi:{_NETWORK})(?xi:{_JOINER})"
    rf"(?P<name>(?x:{_PAGE_NAME}))",
    regex.VERSION1,
)
#: A verb for searching or writing, the name, then the network ("Procurem Terras do Vale no
#: Facebook", "message Lupe Taxes Alamar on Facebook").
_NAMED_BEFORE_RE = regex.compile(
    rf"""(?x)(?i:\b(?:search|look\s+(?:us\s+)?up|look\s+for|find|message|procurem|procure
        |pesquisem|pesquise|busquen|busque|buscan|buscanos|cherchez|suchen|sucht|hanapin
        |goes\s+by|go\s+by|known\s+as|tìm|tìm\s+kiếm|busca|búscanos|buscanos))\s+
        (?:(?:us|me|him|her)\s*,?\s+)?(?P<name>{_PAGE_NAME})\s*,?\s+(?:[^,\n]{{1,24}},\s+)?
        (?i:on|no|na|en|sa|auf|in|at|trên)\s+(?i:{_NETWORK})""",
    regex.VERSION1,
)
#: Session 25 (contacts25): a name in Han characters, unquoted, after a word for searching next
#: to the network ("加微信 搜 金莲地产", "微信搜索：金莲地产"): Han has no capitals to mark it.
_NAMED_HAN_RE = regex.compile(
    rf"(?xi:{_NETWORK})\s*(?:上|里|裡)?\s*[:：]?\s*(?:搜索|搜尋|搜一搜|搜|查找|查)\s*[:：]?\s*"
    r"(?P<name>\p{Han}{2,12})",
    regex.VERSION1,
)
#: Session 28 (spend28b): a page or an account told by its name in a script with no capitals
#: to mark where a name starts (Arabic, Ethiopic, Hangul, Telugu, ...), where the writer says
#: which words are the name: after a word for "by the name" or "search my name" ("على واتساب
#: باسم أبو خالد كندا", "በቴሌግራም ስሜን ፈልጉ፦ ዳዊት ጥበቃ"), or before a word that quotes it and
#: asks to search ("Instagram లో vastu guru nova అని వెతకండి", "카카오톡에서 '...'를 검색하세요",
#: "په واټساپ کې ... په نوم ولټوئ", "واٹس ایپ پر یہی نام تلاش کریں"). The name is the words
#: between, up to a sentence's or a clause's end.
_NAME_MARK = r"""(?:
        باسم | بإسم | بأسم | باسمي | بنام | به\s+نام | کے\s+نام\s+سے | په\s+نوم
      | ስሜን\s+ፈልጉ | ስማችንን\s+ፈልጉ | በስም | በስሜ
      | 이름은 | 이름으로 | 아이디는
    )"""
_SEARCH_AFTER = r"""(?:
        అని\s*(?:వెతకండి|సెర్చ్\s*చేయండి|search) | అనే\s+పేరుతో
      | (?:을|를|로|으로|이라고|라고)?\s*(?:검색|찾아)
      | په\s+نوم\s+(?:ولټوئ|ولټوه|وپلټئ|ولټئ) | ولټوئ | وپلټئ
      | نام\s+(?:سے\s+)?(?:تلاش|سرچ)\s+کریں | (?:را\s+)?(?:جستجو|سرچ)\s+کنید
      | ብለው\s+ይፈልጉ | ብላችሁ\s+ፈልጉ
    )"""
_CLAUSE = r"[^.!?\n।۔،,:;؛።፣፤]"
_NAMED_TOLD_RE = regex.compile(
    rf"""(?xi)(?<![\p{{Latin}}\p{{Cyrillic}}\p{{N}}]){_NETWORK}
        (?:
            {_CLAUSE}{{0,24}}?{_NAME_MARK}\s*[:：፦-]?\s*(?P<name>{_CLAUSE}{{2,40}}?)
            (?=\s*(?:[.!?\n।۔،,:;؛።፣፤]|$))
          | \s*(?:[\p{{Telugu}}\p{{Hangul}}\p{{Arabic}}\p{{Ethiopic}}]{{1,3}}\s+){{0,3}}[:：-]?\s*
            (?P<name>{_CLAUSE}{{2,50}}?)\s*{_SEARCH_AFTER}
        )""",
    regex.VERSION1,
)
#: Session 29 (perf29): the scripts of every mark above (:data:`_NAME_MARK`,
#: :data:`_SEARCH_AFTER`): a text without a letter of one of them holds no name told so.
_TOLD_SCRIPTS_RE = regex.compile(r"[\p{Arabic}\p{Ethiopic}\p{Hangul}\p{Telugu}]")
#: Words of a group's or a public body's name in these scripts: a group or a channel, a mosque,
#: a church, a council, a city, a school, an association (residents send neighbours to them).
_CASELESS_CIVIC_RE = regex.compile(
    r"گروپ|ګروپ|گروه|مجموعة|قناة|کانال|چینل|مسجد|جامع|کلیسا|كنيسة|بلدية|مجلس|شورا|انجمن|جمعية"
    r"|مدرسة|مدرسه|سکول|ښوونځ|ښار|شہر|کمیٹی|ግሩፕ|ቻናል|ማህበር|መስጊድ|ቤተክርስቲያን|ከተማ|ትምህርት"
    r"|그룹|단톡|채널|교회|성당|한인회|협회|시청|학교|గ్రూప్|సంఘం|ఆలయం|గుడి|చానెల్|ఛానల్"
)
_PAGE_PIECES = (
    "snap", "ig", "gram", "ფეისბუქ", "ინსტა", "פייסבוק", "פיסבוק", "אינסטגרם", "اینستاگرام",
    "انسٹاگرام", "فیس", "ֆեյսբուք", "ինստագրամ",
    "facebook", "fb", "messenger", "insta", "tiktok", "linkedin", "nextdoor", "marketplace",
    "whats", "telegram", "wechat", "小红书", "小紅書", "抖音", "脸书", "臉書", "微信", "微博",
    "फेसबुक", "फ़ेसबुक", "मेसेन्जर", "मैसेंजर", "इन्स्टाग्राम", "इंस्टाग्राम", "टिकट", "ਫੇਸਬੁੱਕ",
    "ਫ਼ੇਸਬੁੱਕ", "ਇੰਸਟਾਗ੍ਰਾਮ", "ফেসবুক", "ហ្វេសប៊ុក", "ເຟສບຸກ", "فيس", "فیسبوک", "фейсбук", "інстаграм",
    "инстаграм", "zalo", "viber", "kakao", "카카오톡", "카톡", "skype", "ライン", "ไลน์",
    "واتس", "واتساپ", "واٹس", "واټس", "تلگرام", "تلغرام", "تيليجرام", "ټیلیګرام", "ٹیلی",
    "ፌስቡክ", "ቴሌግራም", "ዋትስ", "ዋትሳ", "ኢንስታ", "ቲክቶክ",
)  # fmt: skip
#: Words a network's own products are named with ("Facebook Marketplace", "WhatsApp Business").
_PRODUCTS = frozenset(
    {"marketplace", "live", "messenger", "business", "group", "groups", "page", "pages", "reels",
     "stories", "story", "web", "watch", "post", "posts", "events", "event"}
)  # fmt: skip

#: Words a residents' group is named with: its page is how neighbours find the group, as an
#: address on a flyer is, and weighs nothing, as before pages were read at all.
_CIVIC_RE = regex.compile(
    r"""(?xi)\b(?:friends | neighbou?rs | neighbou?rhood | residents | tenants | association
      | union | club | church | parish | mosque | temple | gurdwara | synagogue | congregation
      | coalition | alliance | committee | council | league | society | collective | network
      | pta | pto | parents | library | pantry | mutual\s+aid | watch | scouts | volunteers
      | amigos | amis | vecinos | vizinhos | voisins | inquilinos | locataires | asociaci[oó]n
      | associa[cç][aã]o | sindicato | iglesia | igreja | [eé]glise | comit[eé] | coalici[oó]n)\b"""
)


#: Session 25 (contacts25): words a public page is named with: a public body (the city, its
#: departments, a school, the police, a library), a place or a route (a street, a park, a bus
#: line), the news, a meeting, or a cause (:data:`_CAUSE_RE`). Residents send each other
#: to such pages ("search 'Springfield Parks' on LINE", "tìm Zalo UBND Phường 5", "在微信搜
#: 社区服务中心"); an advert names the seller's own ("Golden Lotus Realty", "Minh Anh Nails").
_PUBLIC_RE = regex.compile(
    r"""(?xi)
      (?<![\p{L}\p{N}])(?:
        city | county | town | township | village | borough | department | dept
      | agency | police | sheriff | fire | school | schools | district | board
      | commission | authority | government | gov | ministry | municipal | municipality | public
      | park | parks | recreation | transit | metro | route | bus | youth
      | street | avenue | boulevard | blvd
      | news | herald | gazette | tribune | meeting | hearing
      | town\s+hall | forum | rally | petition | campaign | cleanup
      | ciudad | municipio | ayuntamiento | alcald[ií]a | condado | distrito | departamento
      | gobierno | biblioteca | escuela | polic[ií]a | bomberos | parque | calle | salvemos
      | prefeitura | c[aâ]mara | escola | bairro | ville | mairie | commune | [ée]cole
      | biblioth[eè]que | parc | pompiers | quartier | rue
      | ubnd | [uủ]y\s+ban | ph[uư][oờ]ng | qu[aậ]n | x[aã] | h[oộ]i | nh[oó]m
      | c[oộ]ng\s+[dđ][oồ]ng
      | th[uư]\s+vi[eệ]n | tr[uư][oờ]ng | c[oô]ng\s+an | ch[uù]a | nh[aà]\s+th[oờ]
      )(?![\p{L}\p{N}])
    | 社区 | 社區 | 政府 | 委员会 | 委員會 | 居委 | 街道 | 协会 | 協會 | 同乡会 | 同鄉會
    | 教会 | 教會
    | 学校 | 學校 | 图书馆 | 圖書館 | 警察 | 公所 | 议会 | 議會 | 市政 | 公园 | 公園 | 新闻 | 新聞
    """
)
#: A cause's page opens on its call ("Save Elm Park", "Stop the Tower", "No on 5").
_CAUSE_RE = regex.compile(
    r"(?i)^\W*(?:save|stop|protect|salvemos|salven|sauvons|salvem|vote"
    r"|(?:yes|no|s[ií])\s+(?:on|to|en|a|al))(?![\p{L}\p{N}])"
)


def _public_page(name: str) -> bool:
    """Session 25: the page named is a public one (:data:`_PUBLIC_RE`) or a residents' group's
    (:data:`_CIVIC_RE`), not a seller's."""
    spaced = regex.sub(r"(?<=\p{Ll})(?=\p{Lu})", " ", name)
    return bool(_CIVIC_RE.search(spaced) or _PUBLIC_RE.search(spaced) or _CAUSE_RE.search(name))


def public_words(text: str) -> bool:
    """Session 29 (spend29a): the text holds a word a public page is named with
    (:data:`_PUBLIC_RE`: a public body, a place, the news, a meeting)."""
    return _PUBLIC_RE.search(text) is not None


def names_a_civic_group(text: str) -> bool:
    """Session 20: the text names a residents' group (:data:`_CIVIC_RE`: a PTA, an
    association, a club, a congregation), which collects money and gives perks to its members
    as openly as a seller does."""
    return _CIVIC_RE.search(text) is not None


@lru_cache(maxsize=TEXT_CACHE)
def named_pages(prose: str) -> tuple[str, ...]:
    """Each page or account named to look up on a social network or a messenger (session 19)."""
    folded = prose.casefold()
    if "LINE" not in prose and not any(piece in folded for piece in _PAGE_PIECES):
        return ()
    found = [m.group("name") for m in _NAMED_BEFORE_RE.finditer(prose)]
    found += [m.group("name") for m in _NAMED_AFTER_RE.finditer(prose)]
    # Session 29 (perf29): the next two readings, the dearest of this function, are asked only
    # of a text holding what each needs (a Han word for searching; a letter of a script whose
    # marks :data:`_NAMED_TOLD_RE` reads): most texts hold neither.
    if "搜" in prose or "查" in prose:
        found += [m.group("name") for m in _NAMED_HAN_RE.finditer(prose)]
    # Session 28 (spend28b): a name told in a script with no capitals, between the writer's marks.
    if _TOLD_SCRIPTS_RE.search(prose) is not None:
        found += [
            m.group("name")
            for m in _NAMED_TOLD_RE.finditer(prose)
            if _CASELESS_CIVIC_RE.search(m.group("name")) is None
        ]
    kept = []
    for name in found:
        words = name.strip("“\"„«「『”»」』'‘’").split()
        if words and words[0].casefold() in _PRODUCTS:
            continue
        titled = any(w[0].isupper() and not w.isupper() for w in words)
        if len(words) > 1 and not titled and any(w.isupper() for w in words):
            continue  # capitals shouted ("INFLUENCERS AND TV CREWS"), not a page's name
        if _public_page(name):
            continue  # a residents' group's page ("Friends of Elm Park") or a public one
        if "_" in name and name.strip() in _messenger_ids(prose):
            continue  # session 28: an ID a messenger's name already gave, not a page besides
        kept.append(name.strip())
    return tuple(dict.fromkeys(kept))


@lru_cache(maxsize=TEXT_CACHE)
def _messenger_ids(prose: str) -> tuple[str, ...]:
    """:func:`messenger_ids`, kept per text (asked of each comment twice, as its links are)."""
    found: list[str] = []
    folded = prose.casefold()
    named = "LINE" in prose or "QQ" in prose or any(piece in folded for piece in _NAME_PIECES)
    if not named:
        return ()
    for m in _MESSENGER_RE.finditer(prose):
        after = prose[m.end() : m.end() + ID_WINDOW]
        before = prose[max(0, m.start() - ID_WINDOW) : m.start()]
        ids = [i for i in _ID_RE.findall(after) if _digits(i) >= 5 or not i[0].isdigit()]
        if not ids:
            ids = [i for i in _ID_RE.findall(before) if not i[0].isdigit()][-1:]
        found.extend(i.strip() for i in ids[:1])
    return tuple(found)


_CAPITALS_ONLY = frozenset({"LINE", "QQ", "VX", "V信", "v信", "WX"})


def names_a_messenger(prose: str) -> str | None:
    """The first messenger app named in the text, in any spelling but the capitals-only ones
    ("LINE", "QQ", "VX", "WX": "the LINE 5 bus"), or None. Round 15."""
    folded = prose.casefold()
    if not any(piece in folded for piece in _NAME_PIECES):
        return None  # the common case
    for m in _MESSENGER_RE.finditer(prose):
        name: str = m.group()
        if name not in _CAPITALS_ONLY:
            return name
    return None


def messenger_evidence(ids: list[str], s: SpamSettings) -> list[Evidence]:
    """A messenger app named with the ID or number to write to: an invitation to carry on
    elsewhere, in any language ("WhatsApp +1 555 ...", "加微信 meinv8888", "카톡 vip777")."""
    if not ids:
        return []
    if _is_a_name(ids[0]):
        detail = f"contact: a page or account named to look up on a network ({ids[0][:30]!r})"
    elif all(is_local_number(found, s) for found in ids):
        detail = f"contact: a messenger app named with a local phone number ({ids[0][:30]!r})"
        return [Evidence(s.messenger_local_number_weight, detail)]
    else:
        detail = f"contact: a messenger app named with an ID or number ({ids[0][:30]!r})"
    return [Evidence(s.messenger_weight, detail)]


def is_local_number(found: str, s: SpamSettings) -> bool:
    """Session 19 (margin19): a messenger's ID that is a phone number written as neighbours
    dial it ("555-0142", "(916) 555-0142", "0917 555 0124"): read as a phone number and written
    without a country code ("+", "00"). An ID of digits alone ("QQ 12345678") is an account's
    number, not one to call."""
    digits = found.strip()
    if digits.startswith(("+", "00")) or digits[:1] not in "0123456789(":
        return False
    return phone_count(digits, s) > 0


def _is_a_name(found: str) -> bool:
    """A page's name (words, or a name in quotation marks), not an ID or a number."""
    if found[:1] in _OPENING_QUOTES or _HAN_NAME_RE.fullmatch(found):
        return True
    return found[:1].isalpha() and " " in found


_OPENING_QUOTES = "“\"„«「『'‘"
_HAN_NAME_RE = regex.compile(r"\p{Han}{2,12}")


def contact_only_evidence(
    prose: str, contacts: int, outside_urls: int, ids: list[str], s: SpamSettings
) -> list[Evidence]:
    """A comment that is nothing but a phone number, an address, a handle or a messenger ID
    ("+44 7700 900123", "contact me: lucky@example.com"): like a bare link, it carries no
    argument to count. ``prose`` has its links removed; ``contacts`` counts phone numbers,
    e-mail addresses, handles and messenger IDs. Comments with outside links are judged by
    the link-only signal instead."""
    if not contacts or outside_urls:
        return []
    rest = HANDLE_RE.sub(" ", prose)
    for found in ids:
        rest = rest.replace(found, " ")
    words = _LETTER_WORD_RE.findall(rest)
    letters = sum(len(w) for w in words)
    if len(words) > s.contact_only_max_words or letters > s.contact_only_max_letters:
        return []
    detail = f"contact-only comment: {len(words)} words besides the contact details"
    return [Evidence(s.contact_only_weight, detail, noise=True)]
