"""Session 21: the adverts the engine missed on `-40` and `-41`, written as shapes for seats
nobody has read.

Every row here was written for this file, on an invented item in another state. A seller in a
neighbour's voice who tells the reader what to say when they call (in English and Bosnian), a
number written with the words of more languages (Bosnian, Hebrew, Georgian) or given in parts
(Turkish), a handle or an address dictated ("all one word", "no spaces"), a page to look up named
after "goes by", "is", "como", a messenger name with an underscore in Persian letters, a price
kept for the reader's group, a seller's terms in more languages (a price nobody beats, the
cheapest, the first lesson free, seats few, book now), query soup around a three-letter term,
a broken-link pitch, vendors' pitches to the city, generated praise baiting with "valuable
resources", a hidden shop address with its deal in words. Residents on the same item (business
owners speaking on the item with their contact, organisers, residents recommending a public
service or a source in passing) stay under the threshold.
"""

from __future__ import annotations

import pytest

from intake.text.spam.linkshape import resource_bait
from intake.text.spam.ownerpitch import government_pitch_evidence
from intake.text.spam.repetition import query_soup
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import seo_evidence
from tests.unit.text.spam_judging import judged

#: The item and its residents.
TRAIL = (
    "Resolution 27-08: a new riverfront trail and boat launch on Willow Bend Road, Cedar Falls",
    "The trail should connect to the high school, kids walk on the shoulder now.",
    "Parking at the boat launch fills up by 7 am on weekends.",
    "Please keep the trail lit at night, it gets dark by five in winter.",
    "Will the boat launch charge a fee for residents?",
    "The river floods every spring, the trail needs to be raised.",
)

ADVERTS = {
    "referral: say where you saw it, number in words": "I back the trail, my kids ride the shoulder now. The guy who tuned our bikes does free safety checks for Willow Bend families this month, just text Gus at five five five, zero one four two and say you saw it on the council page.",
    "referral: a reader sent by a long name, page to look up": "Whatever you think of the trail, lots by the river are going to jump in value. I sold mine to a local buyer in ten days, no repairs. He goes by Willow Bend Cash Homes on Facebook, tell him the neighbour from Cedar and 5th sent you.",
    "referral: half price if you say a word, page": "The trail is the push my son needed to get his license and stop riding the shoulder. His instructor guarantees the road test and does the first lesson half price if you say Willow Bend. She's on Instagram as Road Ready Cedar.",
    "Bosnian: number in words, said whom you come from": "Podržavam stazu, radim na rijeci deset godina. Ko želi kupiti čamac, moj rođak prodaje polovne čamce i sve sredi za sedmicu. Njegov Viber je pet pet pet, nula jedan šest tri, recite da ste od Edina.",
    "Hebrew: number in words, a price nobody competes with": "אני גר ליד הנהר ותומך בשביל. מי שצריך סירה, אנחנו משכירים סירות במחיר שאף אחד לא מתחרה בו. להתקשר: חמש חמש חמש, אפס אחת שש ארבע.",
    "a handle dictated all one word": "Whatever you decide about the launch, somebody should film the river before it changes. I fly my drone over Willow Bend every week and sell prints to neighbours for forty dollars. I'm on the gram as willowbendfromabove, all one word.",
    "a spelled address with no spaces, cash terms": "Long-time owner on Willow Bend here. Prices along the trail will move either way. A few of us sold to a family group that pays cash and closes in two weeks. Write to the woman who handled ours: dana dot willow at fastclosemail dot com, no spaces.",
    "a page named after 'goes by', number in words": "I'm a dad of three near the launch and worried about strangers at night. A local guy installs cameras for free if you buy the camera, and he gave our street the neighbour price. He goes by SafeHome Sergio on Facebook, or text five five five, zero one nine one.",
    "Turkish: a number given in parts, first lesson free": "Patika çok güzel olur, ben de destekliyorum. Matematik dersi arayan varsa oğlum ders veriyor; ilk ders ücretsiz. Numaranın son dört hanesi 0155, başı 319 555.",
    "Georgian shop: price half for compatriots, number": "ძალიან კარგი იდეაა. ვისაც ნავის შეკეთება სჭირდება, ჩემთან მოდით, ქართველებისთვის ფასი ნახევარია. დამირეკეთ WhatsApp-ზე: ხუთი ხუთი ხუთი, ნული ერთი ექვსი რვა.",
    "Urdu: cheapest package, seats few, book now": "سستے ترین حج پیکج شکاگو سے! صرف $4,999 میں ہوٹل اور ٹکٹ۔ سیٹیں محدود ہیں۔ ابھی بک کریں: hajj-deals-usa.com یا کال کریں 319-555-0177",
    "query soup around a short term": "spa cedar falls day spa hours spa pass cheap massage online spa times iowa best spa app download free yoga class willow bend sunday brunch spa near river trail",
    "broken-link pitch to the webmaster": "Hi webmaster, your page on the riverfront trail links to a state trail guide that now returns a 404. We just published a 2027 River Trail Safety Guide that would be a perfect replacement for your readers. Would you consider swapping the link? trailsafe-hub.info/guide",
    "vendor: widget to become compliant in minutes": "Your city website fails 9 accessibility checks and towns are being sued every week. Install our one-line ClearAccess widget today and become compliant in 10 minutes: clearaccess-pro.net/scan",
    "vendor: book a 20-minute demo, a price a month": "Dear Parks Director, why pay staff to count trail users? TrailCount AI counts walkers and boats from one camera for $300/month. Book a 20-minute demo: trailcount-ai.io/demo",
    "generated praise baiting with resources": "I strongly support this trail, which thoughtfully balances recreation and river stewardship for Iowa's growing communities. Riverfront trails foster healthier lifestyles and economic vitality. Residents interested in learning more about sustainable trail design can find valuable resources at trailfuture-hub.org.",
    "a hidden address with a deal in words": "best kayaks for kids half price >> paddlezone outlet [dot] store << free ship today only",
    "Persian: translation office on Telegram by a name": "از این طرح حمایت می کنم. برای ترجمه رسمی اسناد به دفتر ما مراجعه کنید. ارزانترین قیمت در آیووا. در تلگرام ما را به نام ترجمه_رسمی_رضایی پیدا کنید.",
}

RESIDENTS = {
    "a shop owner on the item, a neighbours' discount, a plain number": "As the owner of the bait shop on Willow Bend for 22 years, I support the trail, but please phase the work. Neighbours get 10% off during the construction, as always. Call me at 319-555-0143 if you want to sign the merchants' letter.",
    "a block association's page, a member sent by name": "Our block association supports the trail. Find us on Facebook as Friends of Willow Bend Park and come to the meeting Tuesday; tell them Maria sent you and they'll save you a seat.",
    "an organiser's hashtag, all one word": "I oppose the boat launch fee. We started a hashtag so neighbours can share photos of the river: #WillowBendRiver, all one word. Please post yours before the hearing.",
    "no spaces left to park": "There are no spaces, none, at the launch after 7 am. If you build a trail with 40 parking spots, where do people go? I oppose the plan as drawn.",
    "the city's residents' rate, the city's number": "The city pool already gives a resident rate, and the rec center has a community rate for seniors. The boat launch should do the same. Call the parks office at 319-555-0100 to ask about it.",
    "a tenant told what to say to a legal clinic": "Tenants near the river: if you get a notice, call Legal Aid at 319-555-0199 and tell them you are a tenant on Willow Bend, they will get you a free consultation. I support the trail with protections.",
    "a church's page in quotation marks": 'Apoyo el sendero. Nuestra iglesia organiza una reunión el sábado; búsquenos en Facebook como "Iglesia San José Cedar Falls" o llamen al 319-555-0121. Habrá comida para las familias.',
    "a bakery's special price, the merchants' letter": "Tengo una panadería en Willow Bend y apoyo el sendero, pero la obra no puede cerrar la calle seis meses. Precio especial para vecinos como siempre durante la obra. Mi teléfono es 319-555-0166 por si quieren firmar la carta de los comerciantes.",
    "Turkish numbers in prose, a plain phone": "Bu projeyi destekliyorum. Mahallemize iki üç yıl içinde çok aile taşındı. Derneğimizin toplantısı perşembe, bilgi için 319-555-0177 numarasını arayın.",
    "Hebrew numbers in prose, a plain phone": "אני תומך בשביל. גרתי ליד הנהר שלוש או ארבע שנים. אפשר להתקשר לוועד השכונה במספר 319-555-0188 כדי להצטרף.",
    "Russian committee e-mail, written out and 'слитно'": "Я против сбора за спуск лодок. Наш домовой комитет собирает подписи, пишите на почту willowcommittee@example.org, слитно. Собрание в четверг.",
    "a tutoring center's page, a petition, its usual rate": "We run a small tutoring center by the river and we oppose losing the storefronts. Our page on Facebook is Willow Bend Learning Center if you want to sign our petition; students' families get the usual community rate either way.",
    "a mutual-aid crew's Instagram": "I volunteer with the Cedar Falls Mutual Aid crew. We are on Instagram as cedarfalls.mutualaid, and our Friday coat drive is at the library. I support the trail.",
    "a free meal card if you say where you live": "I support it. The Salvation Army desk gives residents a free meal card if you say you are from Willow Bend, they told me so at the front desk. Their number is 319-555-0112.",
    "a nurse's volunteer program on LinkedIn": "I'm a nurse at St. Luke's and I support this. If anyone wants to volunteer at the trail first-aid station, look up St Lukes Volunteer Program on LinkedIn or call the volunteer office at 319-555-0138.",
    "a diner owner's half-price coffee, a plain number": "I own the diner on Willow Bend. I support the trail and we will keep giving neighbours coffee at half price in the mornings like we always have. Call me at the diner, 319-555-0190, if the opening needs catering at cost.",
    "a running club's 5K and page": "Our running club supports the trail. We're raising money with a 5K on Saturday, $20 entry, everything goes to the trail fund. Sign up at the rec center or find us on Facebook as Cedar Falls Runners Club.",
    "a PTA's page, an e-mail written out, all lowercase": "I support it. Our PTA has a Facebook page, Lincoln Elementary Parents Association, and we're collecting letters. Email me at pta212@example.org, all lowercase.",
    "a neighbour cites a report's useful insights": "I support the trail. Iowa's river towns are losing young families and my daughter drives 40 minutes to a park. The DNR report has useful insights on this: https://iowadnr.example.gov/trails/2026-report.pdf",
    "an association's study, for more insights": "I oppose the launch. For more insights on flooding, our block association made a short study with photos from every spring: https://willowbendblock.example.org/flood-study",
    "a run-on resident without punctuation": "housing housing housing we need affordable housing near the trail not luxury condos the best thing is housing people can pay for free up the land for housing now",
    "seats limited at the hearing, the council's number": "Seats are limited at the council hearing on Thursday, so please come early. If you can't make it, call the clerk at 319-555-0190 and ask how to submit testimony.",
    "a dead link reported to staff": "The link on the city's page to the flood study is a dead link and returns an error. Could staff please replace the link so we can read it before the hearing? The broken link is on the agenda page.",
    "a resident web designer offering help": "I'm a web designer who lives on Willow Bend. The city's website is hard to use on a phone; I'd be glad to help for free, just reply here. I support the trail.",
    "a tenants' association reporting the developer's cash terms": "Our tenants' association met with the developer about the trail. They say they pay cash relocation of $5,000 per unit for the trail's right of way and the work will be done in a week per building. Call our office at 319-555-0104 if you're a tenant on Willow Bend Road.",
    "ordinance numbers in parts": "The ordinance number is 2026 117 and the amendment 2026 118, please read both before voting. I oppose the fee.",
    "a deli owner's Instagram and half-price coffee": "As owner of the deli on the corner, I oppose the launch fee. Construction closed our sidewalk for a year last time. Neighbours who come in during the work get coffee at half price, like always. We're on Instagram as willowbend.deli if you want updates on the sidewalk.",
    "a laundromat's community rate and its Instagram": "We run the laundromat on Willow Bend and support the trail. Community rate on Tuesdays as always. Find us on Instagram as willowbend.laundry.",
    "a clinic's perk passed on, if you say": "Yes to the trail. The clinic's front desk gives a free flu shot if you say you came on the trail, they told me last week.",
    "a mosque's WhatsApp, mention the trail": "Our mosque supports the trail. Families who need help with the boat launch permit can message the imam on WhatsApp +1 319 555 0166; the help is free, mention the trail so he knows why you write.",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_of_minus_40_and_41s_shapes_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], TRAIL)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_who_give_their_pages_numbers_and_rates_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], TRAIL)
    assert not is_spam, reasons


def test_query_soup_and_resource_bait() -> None:
    soup = (
        "spa cedar falls day spa hours spa pass cheap massage online spa times iowa best spa "
        "app download free yoga class willow bend sunday brunch spa near river trail"
    )
    assert query_soup(soup) == (
        "spa",
        ["app", "best", "cheap", "download", "free", "near", "online"],
    )
    assert (
        query_soup("we need the bus the bus is the best and free bus for kids bus bus now ok yes")
        is None
    )
    assert resource_bait("can find valuable resources at")
    assert not resource_bait("the county's report has the figures at")


def test_vendors_pitches_and_a_broken_link_swap() -> None:
    widget = (
        "Your town's website fails 9 accessibility checks. Install our one-line widget today "
        "and become compliant in 10 minutes."
    )
    assert [e.weight for e in government_pitch_evidence(widget)] == [0.7]
    demo = "TrailCount AI counts walkers for $300/month. Book a 20-minute demo."
    assert [e.weight for e in government_pitch_evidence(demo)] == [0.7]
    swap = "Hi webmaster, your page has a broken link; would you consider swapping the link?"
    assert [e.weight for e in seo_evidence(swap, SpamSettings())] == [0.75]
    # a resident asking staff to fix a link names no offer, no price
    assert government_pitch_evidence("Please fix the broken link on the agenda page.") == []
