"""Round 19 (issue 14 item 6): a phone number written for callers abroad (:mod:`abroad`).

Every row here was written for this file; none is copied from a fixture. The adverts are in
scripts and languages the signal has no word of (Gurmukhi, Bengali, English); the
residents give their number for a call back, in local and in international form, forward a scam
text, announce a meeting with a link, or run a shop and give its site.
"""

from __future__ import annotations

from intake.text.spam.abroad import international_numbers
from tests.unit.text.spam_judging import judged

METERS = (
    "Ordinance 2026-12: Raising downtown parking-meter rates and enforcing until 9 p.m.",
    "Evening enforcement will hurt the restaurants on Main Street.",
    "The meters downtown already cost more than the garage does.",
    "Please keep the first fifteen minutes free for quick pickups.",
    "Raising meter rates without better transit is unfair to workers.",
    "Enforcing until nine means diners will park in the neighborhoods instead.",
    # Residents of a multilingual city write in their languages: relatedness judges a text
    # only in a language somebody on the item wrote (round 8's ``written_apart``).
    "ਰਾਤ ਨੌਂ ਵਜੇ ਤੱਕ ਮੀਟਰ ਲਾਉਣ ਨਾਲ ਸਾਡੀ ਦੁਕਾਨ ਦੇ ਗਾਹਕ ਘਟ ਜਾਣਗੇ।",
    # Session 15: relatedness needs enough words in the language to share (``written_apart``).
    "ਮੇਨ ਸਟ੍ਰੀਟ ਉੱਤੇ ਪਾਰਕਿੰਗ ਪਹਿਲਾਂ ਹੀ ਮਹਿੰਗੀ ਹੈ, ਕਾਮੇ ਰੋਜ਼ ਇੰਨੇ ਪੈਸੇ ਨਹੀਂ ਦੇ ਸਕਦੇ।",
    "ਸ਼ਾਮ ਨੂੰ ਮੀਟਰ ਲਾਗੂ ਕਰਨ ਨਾਲ ਰੈਸਟੋਰੈਂਟਾਂ ਦੇ ਗਾਹਕ ਨੇੜਲੇ ਮੁਹੱਲਿਆਂ ਵਿੱਚ ਗੱਡੀਆਂ ਖੜ੍ਹੀਆਂ ਕਰਨਗੇ।",
    "মিটারের ভাড়া বাড়লে দোকানের কর্মীরা কোথায় গাড়ি রাখবে?",
    "রাত নয়টা পর্যন্ত মিটার চালু থাকলে রেস্তোরাঁর খদ্দেররা পাশের পাড়ায় গাড়ি রাখবে।",
    "মেইন স্ট্রিটের দোকানদাররা এমনিতেই কম বিক্রি করছে, পার্কিং আরও দামি হলে ক্ষতি হবে।",
)

STORM = (
    "Item 2026-77: Emergency storm cleanup and debris pickup after the November flooding",
    "The debris on Alder Street has been there for two weeks now.",
    "Please prioritise pickup near the school, the branches block the sidewalk.",
    "The flooding damaged half the basements on our block.",
    "Thank you to the crews working overtime after the storm.",
    "Debris pickup should start with the streets that flooded first.",
)


def test_numbers_written_with_a_country_code_are_found() -> None:
    assert international_numbers("ਵਟਸਐਪ ਕਰੋ +91 555 420 1187") == ["+91 555 420 1187"]
    assert international_numbers("call +1 (555) 014-2200 now") == ["+1 (555) 014-2200"]
    assert international_numbers("\u200e+971 50 765 4321") == ["+971 50 765 4321"]
    for text in (
        "call me at 916-555-0134",
        "+20 000 chaînes",  # a count, too few digits
        "rates up +15% and +2,000 cars",
        "grade A+1 555 0175",  # after a letter
        "1-800-555-0110",
    ):
        assert international_numbers(text) == [], text


def test_adverts_with_a_number_for_callers_abroad_are_caught_in_any_script() -> None:
    for body in (
        # Gurmukhi: a betting ID, paid out at once, by WhatsApp.
        "ਕ੍ਰਿਕਟ ਮੈਚ ਲਈ ਨਵੀਂ ਆਈਡੀ ਬਣਾਓ, ਤੁਰੰਤ ਭੁਗਤਾਨ। ਵਟਸਐਪ ਕਰੋ +91 555 420 1187",
        # Bengali: a work visa for Canada, written for anyone.
        "কানাডার ওয়ার্ক ভিসা সহজেই পাবেন, কোনো পরীক্ষা লাগবে না। যোগাযোগ করুন +880 1555 013377",
        # English: a locked-account lure.
        "Your bank card has been suspended for unusual activity. Call the security desk now "
        "at +1 (555) 014-2200 to restore access.",
    ):
        spam, why = judged(body, METERS)
        assert spam, (body, why)
        assert "written for callers abroad" in why, why


def test_a_number_for_callers_abroad_does_not_make_a_text_written_apart_judged() -> None:
    """An advert in a language nobody on the item wrote, with such a number, is not judged by
    relatedness: the resident below has the same shape. (Session 16: a short text whose number
    rings another country than the city's is caught by that, not by relatedness; with the
    city's own code it stays under the threshold.)"""
    spam, why = judged("ਕ੍ਰਿਕਟ ਮੈਚ ਲਈ ਨਵੀਂ ਆਈਡੀ ਬਣਾਓ, ਤੁਰੰਤ ਭੁਗਤਾਨ। ਵਟਸਐਪ ਕਰੋ +91 555 420 1187", STORM)
    assert spam, why
    assert "unrelated to the item" not in why, why
    assert "rings another country (+91)" in why, why
    spam, why = judged("ਕ੍ਰਿਕਟ ਮੈਚ ਲਈ ਨਵੀਂ ਆਈਡੀ ਬਣਾਓ, ਤੁਰੰਤ ਭੁਗਤਾਨ। ਵਟਸਐਪ ਕਰੋ +1 555 420 1187", STORM)
    assert not spam, why
    assert "unrelated to the item" not in why, why


def test_residents_giving_a_number_for_a_call_back_are_not_spam() -> None:
    for body in (
        "I live on Alder and the debris pickup skipped us twice. Please call me back at "
        "+1 916 555 0134, I can show the crew where the branches are.",
        "Please have someone from public works call me back about the flooded basement on "
        "Alder Street: 916-555-0134.",
        "Vivo en la calle Alder y no recogieron los escombros. Llámenme al +1 916 555 0134 "
        "para enseñarles dónde están las ramas después de la tormenta.",
    ):
        spam, why = judged(body, STORM)
        assert not spam, (body, why)


def test_a_number_for_callers_abroad_is_not_counted_twice_next_to_a_messenger() -> None:
    """A resident giving her WhatsApp number in international form: the messenger's ID and the
    number's form describe one contact (flagged by the first version of this round)."""
    for body, context in (
        # (No context: with one, a messenger's ID makes a text nobody on the item wrote in
        # judged by relatedness, since round 5; not this round's.)
        ("Pueden escribirme por WhatsApp al +1 916 555 0177, vivo en Alder y perdí todo.", None),
        ("Call or WhatsApp me at +1 916 555 0177 about the debris on Alder Street.", STORM),
    ):
        spam, why = judged(body, context)
        assert not spam, (body, why)
        assert "written for callers abroad" not in why, why


def test_residents_forwarding_a_scam_text_are_not_spam() -> None:
    for body in (
        "I got this text today: Your storm relief payment is on hold. Call +44 7700 900123 to "
        "release it. Is this real? The city should warn people about the flooding scams.",
        'Warning to neighbours: I got a text saying "FEMA storm relief: you qualify for $3,000, '
        'call +1 202 555 0199 today to claim" - the city says it is a scam, do not call.',
    ):
        spam, why = judged(body, STORM)
        assert not spam, (body, why)


def test_look_alike_residents_of_the_brief_are_not_spam() -> None:
    for body in (
        "Neighbors: we meet Thursday at 7pm at the library to plan for the storm cleanup vote. "
        "Details and Zoom link: https://alderneighbors.example.org/meeting",
        "Soy dueño de la ferretería en Alder. Después de la tormenta tenemos lonas con 20% de "
        "descuento para los vecinos afectados: www.ferreteriaalder.example.com. Ojalá la ciudad "
        "recoja los escombros pronto.",
    ):
        spam, why = judged(body, STORM)
        assert not spam, (body, why)


POOL = (
    "Resolution 2026-31: Closing the Eastside public pool for repairs through 2027",
    "The Eastside pool is the only place my kids can swim in summer.",
    "Closing it for two years is too long, phase the repairs.",
)


def test_a_cause_site_naming_the_item_among_the_first_comments_is_not_spam() -> None:
    """Round 19 (:mod:`runtogether`): "savethepool" holds the title's "pool"; flagged before."""
    for body in (
        "savethepool dot org has raised $2,000 so far, please chip in",
        "keepthepoolopen dot org raised $1,500 this week, every bit helps",
    ):
        spam, why = judged(body, POOL)
        assert not spam, (body, why)
        assert "unrelated to the item" not in why, why


def test_an_advert_among_the_first_comments_is_still_read_as_unrelated() -> None:
    """A seller's run-together name names its product, not the item."""
    _spam, why = judged("gutterguardpros dot com: gutters cleaned for $99, call now", POOL)
    assert "an advert among the first comments" in why, why


def test_a_bracketed_dot_before_a_word_that_is_no_domain_is_no_address() -> None:
    """Round 19 (:mod:`spelled`): "Prices (dot) points" is a pun; flagged before."""
    spam, why = judged(
        "Prices (dot) points to the real problem: the pool fee went from $3 to $8.", POOL
    )
    assert not spam, why
    assert "spelled out" not in why, why
    spam, why = judged("Cheap pool toys at 50% off: funtoys (dot) shop, order today", POOL)
    assert "spelled out" in why, why


def test_a_known_brand_holding_the_title_word_does_not_name_the_item() -> None:
    """ "Trustpilot" holds "pilot" but is a brand wordfreq knows; "savethepilot" names the item."""
    from intake.text.spam.runtogether import names_title_in_a_run

    title = "Curbside food scrap collection pilot"
    assert not names_title_in_a_run("Buy Trustpilot reviews, cheap", title)
    assert names_title_in_a_run("savethepilot dot org needs you", title)
