"""Session 19: adverts that ride on the item, the misses of `-36` and `-37`.

Every row here was written for this file. A business opens on the item's subject and gives, as
its way to be reached, a page or an account to look up by its name ("message Riverbend Fans &
Cooling on Facebook", "Facebook ឈ្មោះ ...", "在小红书搜索“...”"), or a number said in words
(Punjabi too, or with middle dots), and its terms: goods rented by the day, a flat price, a
first order at half price, a fee taken as a share, payment plans, German, Hmong, Punjabi and
Chinese terms. Residents on the same item name their groups' pages, rent their homes and give
their numbers: they stay clean.
"""

from __future__ import annotations

import pytest

from intake.text.spam.contacts import messenger_ids, named_pages
from intake.text.spam.selleroffer import terms_of_trade
from intake.text.spam.wordphone import spelled_phone
from tests.unit.text.spam_judging import judged

#: The item and its residents.
HEAT = (
    "Resolution 26-88: summer cooling centers and a heat alert plan for Marlow County",
    "The cooling center at the library closed at 5 pm last July, right when it was hottest.",
    "Please keep the senior center open late on heat alert days and run a shuttle.",
    "Many of the farmworkers in Dunmore have no air conditioning at home.",
    "Peb cov laus tsis muaj cua txias, thov lub nroog pab.",
    "Muitas famílias da vacaria precisam de um lugar fresco durante a onda de calor.",
    "ចាស់ៗនៅ Dunmore ត្រូវការកន្លែងត្រជាក់ពេលថ្ងៃក្តៅខ្លាំង។",
)

ADVERTS = {
    "Hmong shop, a Facebook page by its name": "Lub caij ntuj sov no kub heev. Peb muag kiv "
    "cua thiab tshuab cua txias pheej yig, xa txog tsev. Xa lus rau Facebook Riverbend Kiv Cua "
    "Hmoob.",
    "Khmer shop, a named Facebook page": "ថ្ងៃក្តៅនេះ ហាងយើងលក់ម៉ាស៊ីនត្រជាក់ ដឹកជញ្ជូនដល់ផ្ទះ។ "
    "ផ្ញើសារមក Facebook ឈ្មោះ Dunmore Cool Air Shop។",
    "Portuguese buyer, searched on WhatsApp": "Com este calor muitas vacarias vão sofrer. Nós "
    "compramos gado e terras a pronto pagamento e fazemos tudo com o banco. Procurem Gado do "
    "Vale Marlow no WhatsApp.",
    "English rental by the day, a page to look up": "Cooling centers are great but work crews "
    "need shade on site. We rent misting fans and shade trailers by the day or week with "
    "delivery to the field, and our team handles setup. Message the office on Facebook, "
    "Marlow Shade & Mist.",
    "English seller, first order half off, insta account spelled": "Stay cool this summer. We "
    "ship electrolyte powder in bulk to farms and crews, first order half off. Look us up on "
    "insta, coolcrew dot hydration dot supply.",
    "German rental with a quoted page": "Bei dieser Hitze brauchen viele Familien Kühlung. Wir "
    "vermieten mobile Klimageräte wochenweise, Lieferung im ganzen County. Anfragen über "
    "unsere Facebook-Seite „Kühl im Tal“.",
    "Chinese shop, searched on Xiaohongshu": "天气这么热，老人家里一定要有空调。我们是持牌的"
    "空调安装公司，批发价，包邮包安装。请在小红书搜索“马洛县空调小王”。",
    "Punjabi number in words": "ਗਰਮੀ ਵਿੱਚ ਏਸੀ ਜ਼ਰੂਰੀ ਹੈ। ਸਾਡੇ ਕੋਲ ਥੋਕ ਵਿੱਚ ਸਸਤੇ ਪੱਖੇ ਹਨ। "
    "ਫ਼ੋਨ: ਪੰਜ ਪੰਜ ਨੌਂ 555 ਜ਼ੀਰੋ ਦੋ ਤਿੰਨ ਚਾਰ",
    "English number with middle dots and a mention": "Every grower with a well pump should "
    "service it before the heat wave. Our crew has serviced hundreds of pumps in the county. "
    "Text Ray at five five nine · 555 · zero two one one and mention the heat plan for priority "
    "scheduling.",
    "English bail bonds, payment plans, number in words": "Whatever the county decides, families "
    "will need help when someone is held over a weekend. We have written bonds here for years, "
    "payment plans available, no collateral on most bonds. Call three oh four, five five five, "
    "oh two two two.",
    "Arabic installer, weekly instalments, a handle": "الحر شديد هذا الصيف على كبار السن. "
    "نركّب مكيفات بأقساط أسبوعية وبدون فحص ائتماني. تواصلوا معنا على تيليغرام @cool_marlow_ac",
    "Armenian builder, address spelled out": "Շնորհավորում եմ նախագծի կապակցությամբ։ Մեր "
    "ընտանեկան ընկերությունը պատրաստ է տեղադրել օդորակիչներ մրցակցային գնով։ Գրեք՝ aram [at] "
    "marlowcool-build [dot] com։",
    "web designer to the board": "Dear Board, your county heat alert page is hard to read on a "
    "phone. We build modern county websites at affordable prices with a 10-day turnaround. "
    "Portfolio: countysites-now.design. Regards, Tim",
    "SEO pitch with a free audit": "Hi, I noticed your heat alert pages are not ranking for "
    '"cooling center near me". We can bring your pages to Google\'s first page within 30 days. '
    "Reply YES for a free audit. - Jo, RankLift",
    "Chinese health tea with a WeChat ID": "天气热了老人血压容易高。我们的纯天然降压茶帮助很多"
    "长辈，欢迎加我微信咨询：cooltea_marlow",
    "English buyer, number with dots in words": "Heat waves are hard on old houses. We buy "
    "homes as-is, no obligation. Call or text Dale, 555 dot 555 dot 0199.",
}

RESIDENTS = {
    "a group's Facebook page by its name": "Our volunteers from the Dunmore Tenants Union will "
    "check on seniors during heat alerts. Search Dunmore Tenants Union on Facebook for the "
    "sign-up sheet.",
    "a tenant who rents": "We rent a small apartment on 4th Street and the landlord will not "
    "fix the air conditioning. Please make the cooling center stay open until 9 pm.",
    "a church's free water, named page": "Our church gives away free water and ice on heat "
    "alert days, no charge. Look for St. Anne Dunmore on Facebook for the hours.",
    "a resident's number to call back": "I drive the senior shuttle on weekends and can help "
    "on heat days. Call me, Maria Lopez, 555-0182.",
    "a Hmong resident naming the Facebook group": "Peb cov Hmoob muaj ib pawg Facebook rau cov "
    "laus. Thov lub nroog qhib chav txias ntev dua.",
    "Punjabi resident asking for information in Punjabi": "ਕਿਰਪਾ ਕਰਕੇ ਗਰਮੀ ਦੀ ਜਾਣਕਾਰੀ "
    "ਪੰਜਾਬੀ ਵਿੱਚ ਵੀ ਦਿਓ। ਮੇਰੇ ਪਿਤਾ ਜੀ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ। ਫ਼ੋਨ 555-0147",
    "resident on the county's site": "The county website does not show the cooling center "
    "hours on my phone. Please fix it before July; my neighbors rely on it. Call 555-0165.",
    "Facebook Marketplace named": "Someone on Facebook Marketplace is selling the county's free "
    "fans for $40. Please tell people the fans are free at the library.",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_of_minus_36_and_37s_shapes_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], HEAT)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_naming_pages_renting_and_giving_numbers_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], HEAT)
    assert not is_spam, reasons


def test_a_page_named_on_a_network_is_a_way_to_reach() -> None:
    assert named_pages("xa lus rau Facebook Riverbend Kiv Cua Hmoob.") == (
        "Riverbend Kiv Cua Hmoob",
    )
    assert named_pages("Procurem Gado do Vale no WhatsApp.") == ("Gado do Vale",)
    assert named_pages("find us on Facebook as Valley Fair Appeals.") == ("Valley Fair Appeals",)
    assert named_pages("在小红书搜索“空调小王”。") == ("“空调小王”",)
    assert named_pages("मेसेन्जरमा खोज्नुस्: ram.kaam.usa") == ("ram.kaam.usa",)
    assert messenger_ids("ផ្ញើសារមក Facebook ឈ្មោះ Cool Air Shop។") == ["Cool Air Shop"]
    # a network's own products, a group, a handle and shouted capitals are no page's name
    assert named_pages("Someone on Facebook Marketplace Sales is selling fans.") == ()
    assert named_pages("Join our Facebook group for updates.") == ()
    assert named_pages("Follow @dunmoreyouth on Instagram.") == ()
    assert named_pages("NOT FOR INSTAGRAM INFLUENCERS AND TV CREWS.") == ()
    assert named_pages("We install new air conditioning units.") == ()


def test_a_residents_groups_page_weighs_nothing() -> None:
    """A group's page named to look up is how neighbours find it (lead's mend: at 0.50 it put a
    church pantry's or a garden club's notice halfway to the threshold on its own)."""
    assert named_pages("Search Friends of Elm Park on Facebook for details.") == ()
    assert named_pages("Find us on Facebook: Elm Park Tenants Union.") == ()
    assert named_pages("Message Grace Church Pantry on Facebook.") == ()
    assert named_pages("Búsquenos en Facebook como Vecinos de Elm Park.") == ()
    is_spam, reasons = judged(
        "On heat alert days our volunteers give free fans to seniors without air conditioning. "
        "Message us on Facebook, Dunmore Library Friends, to reserve one.",
        HEAT,
    )
    assert not is_spam and "page or account" not in reasons, reasons


def test_session_19_terms_of_trade() -> None:
    assert terms_of_trade("We rent shade trailers by the day or week.") == [
        "we rent shade trailers by the day"
    ]
    assert terms_of_trade("$120 flat, first order half off.") == ["$120 flat", "first order half"]
    assert terms_of_trade("Wir vermieten Trockner, Lieferung im County.") == [
        "wir vermieten",
        "lieferung im",
    ]
    assert terms_of_trade("Peb muag kiv cua pheej yig.") == ["peb muag", "pheej yig"]
    # a tenant renting, a family, a fee the city charges are no terms
    assert terms_of_trade("We rent a two-bedroom on 4th Street.") == []
    assert terms_of_trade("The county charges a flat tax on every well.") == []


def test_numbers_said_in_punjabi_or_with_middle_dots_are_spelled() -> None:
    assert spelled_phone("ਫ਼ੋਨ: ਪੰਜ ਪੰਜ ਨੌਂ 555 ਜ਼ੀਰੋ ਦੋ ਤਿੰਨ ਚਾਰ") is not None
    assert spelled_phone("text five five nine · 555 · zero two one one") is not None
    assert spelled_phone("ਦੋ ਜਾਂ ਤਿੰਨ ਦਿਨ") is None
