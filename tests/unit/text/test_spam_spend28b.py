"""Session 28 (spend28b): adverts in a neighbour's voice whose one way to reach the seller is a
page or an account told by its name, in scripts with no capitals, and a group's site named by
its initials.

* a page or account named to look up on a network, where the writer marks the name: after "by
  the name" or "search my name" (Arabic, Amharic, Persian, Pashto, Urdu), before a word that
  quotes it and asks to search (Telugu, Korean, Pashto, Urdu), after Vietnamese "tên"
  (:func:`contacts.named_pages`); an account joined by underscores after a network's name;
* a WeChat ID dictated in Chinese ("加", "拼音", "全部小写", "没有空格": :mod:`describedpitch`);
* a seller's page named to look up, beside the price in a seller's words
  (:func:`describedpitch.described_offer_evidence`), and more of those words: a fee said to be
  low, a sum said to be all it costs ("only $51", "٣٥٠ دولاراً فقط"), a price from a sum, a sum in
  Chinese numerals (:mod:`hiddenpitch`); the dollar as Persian, Dari, Urdu and Pashto write it
  beside a messenger (:mod:`channels`);
* a group's site named by its initials ("Maple Grove Parents Association" names mgpa):
  :func:`linkshape.named_by_initials`.

Residents who send neighbours to a group's, a mosque's or an association's page, who name the
item's fee beside their WhatsApp number, or who write their WeChat ID plainly stay ham.

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.contacts import named_pages
from intake.text.spam.describedpitch import described_contact
from intake.text.spam.hiddenpitch import price_in_a_sellers_words
from intake.text.spam.linkshape import named_by_initials
from tests.unit.text.spam_judging import judged

#: The item and its first comments (enough of them for relatedness to be judged).
PARK = (
    "Ordinance 2027-31: a $900-a-year permit for food stalls in Linden Park and a new "
    "playground by the creek",
    "The playground by the creek floods every spring, please raise it.",
    "Food stalls in the park would bring families on weekends.",
    "A $900 permit is too much for a small family stall.",
    "Where will the stalls get water and power in Linden Park?",
    "Please keep the stalls away from the creek and the nesting birds.",
    "The park needs more bins if food is sold there.",
    "I support the playground but the permit fee should be lower for seniors.",
)

SPAM = [
    # Vietnamese: a neighbour on the park who sells lawn care, a page named after "tên".
    "Tôi ở gần Linden Park và ủng hộ sân chơi mới. Anh em tôi cắt cỏ, dọn lá cho nhà trong khu, "
    "giá rẻ hơn công ty lớn nhiều. Ai cần thì tìm trên Facebook tên Cắt Cỏ Anh Tuấn Linden.",
    # Telugu: a tutor, an account quoted before "search", "only $40".
    "పిల్లల కోసం కొత్త playground కి నేను support చేస్తున్నాను. నేను weekend లో spelling bee "
    "coaching చేస్తాను, నెలకు $40 మాత్రమే. Instagram లో ramu spelling coach అని వెతకండి.",
    # Arabic: a car seller on WhatsApp "by the name", a sum said to be all it costs.
    "أنا من سكان الحي وأؤيد الملعب الجديد. أبيع إطارات مستعملة بحالة ممتازة، ٢٠٠ دولاراً فقط "
    "للمجموعة. راسلوني على واتساب باسم أبو سامي للإطارات.",
    # Amharic: "search my name on Telegram", a low fee.
    "ሰላም ጎረቤቶች። የመጫወቻ ስፍራው ጥሩ ነው። እኔ የልጆች የልደት ድግስ አዘጋጃለሁ፤ ዝቅተኛ ክፍያ ነው። በቴሌግራም ስሜን ፈልጉ፦ ሄለን ድግስ።",
    # Korean: an account quoted and searched for on KakaoTalk, a cheap price.
    "놀이터 찬성합니다. 저는 집에서 아이들 생일 케이크를 만드는데 저렴한 가격에 해 드려요. "
    "카카오톡에서 '린든 케이크 하우스'를 검색하세요.",
    # Chinese: a WeChat ID dictated ("plus", "all lowercase"), a sum in Chinese numerals.
    "我住在Linden Park旁边，支持建新的游乐场。我在家做中文补习，一学期两千美元，小班教学。"
    "有兴趣的家长加我微信，微信号是lp加2027，全部小写。",
    # Pashto: a fee in dollars beside a WhatsApp number.
    "زه هم د پارک سره اوسېږم او د لوبغالي ملاتړ کوم. زه د ماشومانو لپاره د قرآن درسونه ورکوم، "
    "میاشتنۍ یوازې ۵۰ ډالره فیس. په واټساپ پیغام راکړئ: 571 555 0187",
    # Urdu: an account joined by underscores after Instagram, "only 20 dollars".
    "لنڈن پارک کے پاس رہتی ہوں۔ ہاتھ سے سلے کپڑے، صرف 20 ڈالر، عید کلیکشن دستیاب۔ "
    "انسٹاگرام: rida_stitch_va",
]

RESIDENTS = [
    # Vietnamese: an association's page (public, "Hội"), affordable housing named as the item's.
    "Tôi ủng hộ sân chơi mới ở Linden Park. Người Việt trong khu cần nhà ở giá rẻ và chỗ cho "
    "trẻ em chơi. Mời bà con tìm trên Facebook tên Hội Người Việt Linden để đi họp cùng.",
    # Arabic: a mosque's page on WhatsApp "by the name", a fee the item names.
    "رسوم التصريح ٩٠٠ دولار كثيرة على العائلات الصغيرة. سنناقش ذلك بعد صلاة الجمعة، "
    "ابحثوا على واتساب باسم مسجد النور.",
    # Telugu: a residents' group searched on WhatsApp, no price.
    "Playground కి మా support ఉంది. Meeting వివరాలు కోసం WhatsApp లో Linden Telugu Association "
    "గ్రూప్ అని వెతకండి.",
    # Pashto: the item's own fee beside the writer's WhatsApp number.
    "د ۹۰۰ ډالره اجازې فیس د کوچنیو کورنیو لپاره ډېر دی. که پوښتنه لرئ په واټساپ راته ووایاست: "
    "571 555 0144",
    # Chinese: a WeChat ID written plainly, a sum in Chinese numerals the writer pays.
    "支持建新的游乐场。我们家每年夏天在公园的儿童营花两千美元，希望市里也考虑公园的设施。"
    "有问题可以问我，我的微信号是 lindenmom2027。",
    # English: a parish's page, a price in figures.
    "St. Mark's will sell pierogi at the first stall day, $6 a plate, for the food pantry. "
    "Find us on Facebook as St Mark Linden Parish.",
    # Groups' events with their sites named by their initials, links and an e-mail.
    "Maple Grove Parents Association: Budget Town Hall with the Superintendent and two board "
    "members, Thursday Jan 14, 6:30 pm, Maple Grove Middle library and livestream at "
    "https://mgpa.example.org/live. Send questions ahead at https://mgpa.example.org/ask or "
    "email forum@mgpa.example.org. Interpretation in Spanish and Somali.",
    "Linden Heights Civic Association: Candidates' Night with the two council members, "
    "Thursday Jan 14, 6:30 pm, Rec Center gym and livestream at https://lhca.example.org/live. "
    "Send questions ahead at https://lhca.example.org/ask or email night@lhca.example.org. "
    "Interpretation in Spanish and Somali.",
]


@pytest.mark.parametrize("body", SPAM)
def test_a_sellers_page_or_id_told_beside_its_pitch_is_spam(body: str) -> None:
    spam, reasons = judged(body, PARK)
    assert spam, reasons


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_naming_a_groups_page_or_the_items_fee_stay_ham(body: str) -> None:
    spam, reasons = judged(body, PARK)
    assert not spam, reasons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("راسلوني على واتساب باسم أبو سامي للإطارات.", "أبو سامي للإطارات"),
        ("በቴሌግራም ስሜን ፈልጉ፦ ሄለን ድግስ።", "ሄለን ድግስ"),
        ("Instagram లో ramu spelling coach అని వెతకండి.", "ramu spelling coach"),
        ("Ai cần thì tìm trên Facebook tên Cắt Cỏ Anh Tuấn.", "Cắt Cỏ Anh Tuấn"),
        ("انسٹاگرام: rida_stitch_va", "rida_stitch_va"),
    ],
)
def test_a_name_marked_by_the_writer_is_a_page_named(text: str, name: str) -> None:
    assert name in named_pages(text)


@pytest.mark.parametrize(
    "text",
    [
        "ابحثوا على واتساب باسم مسجد النور.",  # a mosque
        "WhatsApp లో Linden Telugu Association గ్రూప్ అని వెతకండి.",  # a group
        "我的微信: lin_2026_help",  # an ID a messenger gives, not a page besides
    ],
)
def test_a_groups_page_or_a_messengers_id_is_no_sellers_page(text: str) -> None:
    assert named_pages(text) == ()


def test_a_wechat_id_dictated_is_described_and_a_plain_one_is_not() -> None:
    assert described_contact("微信号是lp加2027，全部小写") is not None
    assert described_contact("微信号就是我的姓Wang加上88，中间没有空格") is not None
    assert described_contact("我的微信号是 lindenmom2027。") is None


@pytest.mark.parametrize(
    "text",
    ["$51 మాత్రమే", "٣٥٠ دولاراً فقط", "ماهانه فقط ۸۰ دالر", "giá từ 150 đô", "两千美元", "ډېر کم فیس"],
)
def test_more_of_a_sellers_words_for_the_price(text: str) -> None:
    assert price_in_a_sellers_words(text)


def test_only_a_figure_without_money_is_no_price() -> None:
    assert price_in_a_sellers_words("only 3 people came to the meeting") == []


def test_a_groups_site_by_its_initials() -> None:
    assert named_by_initials("mgpa", "Maple Grove Parents Association: Playground Forum")
    assert named_by_initials("fmcp", "the Friends of Mill Creek Park meet Monday")
    assert not named_by_initials("cheapdeals", "Cedar Heights Elm Avenue Parents")
    assert not named_by_initials("mg", "Maple Grove")  # too short to tell


#: Session 28 (spend28b): a seller's terms read in more words (:mod:`selleroffer`,
#: :mod:`hiddenpitch`): no contract, wholesale prices, shipped the same day, a test for free,
#: cash paid within days, a house bought as-is; a business's name signing an advert off.
TERMS_SPAM = [
    # A business's name after the number signs the advert off; no contract is a term.
    "STALL OWNERS IN LINDEN PARK: we supply ice and water to your stall every morning and "
    "take back the empties. No contract. 24/7 orders 571-555-0173. Linden Ice & Water Supply",
    # Wholesale prices and same-day shipping, on the item's subject, closed by the seller's site.
    "Food stalls in Linden Park will need trays: compostable trays for the park permit, $19.99 "
    "a case. Wholesale pricing for stall owners, ships same day from our warehouse. "
    "parktrays-va.com",
    # A test for free beside an address spelled out.
    "The creek flooded our yard last spring and the soil tested high for lead. The lab that did "
    "ours tests for free this month; write to soil at creeklabs dot com.",
    # Cash paid within days, as-is, beside a number in words.
    "We sold our house by the creek to an investor: cash in ten days, as-is, no repairs. He is "
    "still buying on Linden. Call Mike at seven zero three, 555, zero one four four.",
    # A name spelled because links are blocked, a share of the savings as the fee.
    "Stall owners, your permit is a business expense. My accountant got mine written off; they "
    "work on 20% of what you save. I'll spell it since links are blocked here: stall tax help, "
    "dot co.",
    # Words to search for, and a discount to ask for.
    "The playground noise kept us up until we got window film that cuts sound by half. The "
    "installer lives by the creek; search the words hush film linden and ask for the park "
    "discount.",
    # A name dictated "(one word)" beside a first month free.
    "Parents, the stall permits will bring crowds. We track our kids with KidBeacon (one word), "
    "and the first month is free with our code LINDEN.",
]

TERMS_RESIDENTS = [
    # A resident on the city's contract, with a number to call back, one term only.
    "The city should sign no contract for the stalls until the creek plan is done. I run the "
    "garden club's plant sale. Call me at 571-555-0129.",
    # A resident whose soil was tested for free by the county, number written plainly.
    "The county tests soil for free near the creek in Linden Park; we did ours after the flood. "
    "The playground should wait for the results. Call me at 571-555-0130 for the county's form.",
    # A resident signing off with a name and an ampersand after their number.
    "Please put the playground above the flood line. Our kids use it daily. 571-555-0131. "
    "Dana & Lee Okafor",
    # A resident sending neighbours to search for the county's flood map, no pitch.
    "Before you argue about the creek, search the words linden creek flood map on the county "
    "site and look at where the playground would sit.",
    # A resident who spells a group's address because links are blocked, no pitch.
    "Our petition against the $900 fee has 300 names. I'll spell it since links get removed "
    "here: friends of linden park dot org.",
]


@pytest.mark.parametrize("body", TERMS_SPAM)
def test_a_sellers_terms_in_more_words_are_spam(body: str) -> None:
    spam, reasons = judged(body, PARK)
    assert spam, reasons


@pytest.mark.parametrize("body", TERMS_RESIDENTS)
def test_residents_with_one_of_those_words_stay_ham(body: str) -> None:
    spam, reasons = judged(body, PARK)
    assert not spam, reasons
