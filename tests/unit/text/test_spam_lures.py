"""Spam signals of round 8 (issue 14 item 6): styled letters, homoglyphs, hashtag and keyword
stuffing, wallet addresses, business probes, affiliate links, messenger groups, "DM for the
price", an advert made of advert words with no contact. Each signal is tested with the
legitimate look-alikes that must stay unflagged (residents inviting neighbours while naming a
business, quoting prices, organisations with a site and a phone, advert words on a general item);
each spam assertion in ``test_round_8_spam`` fails on the engine before round 8.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from intake.text.spam import Behaviour, SpamSettings, score, wants_item_context
from intake.text.spam.links import find_links
from intake.text.spam.lures import affiliate_links, messenger_group, stuffed_terms, wallets
from tests.unit.text.hostile import WORST_CPU_SECONDS

S = SpamSettings()
NONE = Behaviour()

GENERAL = (
    "General public comment",
    "The streetlights on Pine Street have been out for three weeks; please repair them.",
    "Garbage pickup skipped our block twice this month, the bins are overflowing.",
    "Please fix the potholes on Central Avenue before someone breaks an axle.",
    "The bus shelter at Fifth and Grant has no roof and no bench for seniors.",
    "Thank you to the parks crew for cleaning up the playground after the storm.",
    "Noise from the construction site starts before seven in the morning.",
)
ON_GENERAL = Behaviour(item_context=GENERAL)
BIKES = (
    "Protected bike lanes on Main Street and Oak Avenue",
    "I ride to work every day and the painted lanes are not enough.",
    "Parking will be lost in front of the shops, please count it first.",
    "Protected lanes made my daughter feel safe riding to school.",
    "Delivery trucks already block the lanes every morning.",
)
ON_BIKES = Behaviour(item_context=BIKES)


def spam(body: str, behaviour: Behaviour = ON_GENERAL) -> bool:
    return score(body, behaviour, S).is_spam


def reasons(body: str, behaviour: Behaviour = ON_GENERAL) -> str:
    return " | ".join(score(body, behaviour, S).reasons)


@pytest.mark.parametrize(
    "body",
    [
        "𝐄𝐚𝐫𝐧 $𝟓𝟎𝟎 𝐚 𝐝𝐚𝐲 𝐟𝐫𝐨𝐦 𝐡𝐨𝐦𝐞 𝐰𝐢𝐭𝐡 𝐣𝐮𝐬𝐭 𝐲𝐨𝐮𝐫 𝐩𝐡𝐨𝐧𝐞",
        "ＣＨＥＡＰ ＲＥＰＬＩＣＡ ＷＡＴＣＨＥＳ ＦＲＥＥ ＳＨＩＰＰＩＮＧ",
        "Gеt rich quick, sеcret mеthod, wоrks fоr everyone",  # Cyrillic е, о
        "#followforfollow #like4like #instagood #f4f #likeforlikes #followme",
        "cheap car insurance, car insurance quotes, best car insurance, car insurance online, "
        "cheap auto insurance near me",
        "купить диплом, купить диплом недорого, купить диплом москва, диплом купить цена, "
        "купить аттестат",
        "OFFICIAL GIVEAWAY: send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh and "
        "receive 0.2 BTC back instantly!",
        "Hello, can I have your email? I have a business proposal that could interest you.",
        "Bonjour, pourriez-vous me communiquer votre adresse e-mail ? J'ai une proposition de "
        "partenariat pour vous.",
        "مرحبا، ممكن ترسل لي بريدك الإلكتروني؟ عندي عرض عمل مربح جدا لك.",
        "This guide changed my life: https://money-tips.example.net/blog/paid-off-debt?ref=4412",
        "Join our Telegram group for daily crypto signals, 300% profit every month guaranteed!",
        "DM me for the price 💰🔥",
        "PM for price po, legit seller, COD available",
        "Get 10k real Instagram followers and likes in 24 hours, cheapest price guaranteed!",
        "Ucuz Instagram takipçi ve beğeni, anında teslimat, %100 gerçek hesaplar!",
        "We are hiring! Work 2 hours a day from your phone and earn $300 daily. No experience "
        "needed, apply now.",
        "ปั๊มไลค์ ปั๊มฟอลโลว์ ราคาถูก ได้จริง 100% ส่งไวภายใน 1 ชั่วโมง",
        "Mkopo wa haraka bila dhamana! Pata hadi Tsh 500,000 ndani ya dakika 5. Tuma neno MKOPO "
        "kwenda 15555.",
    ],
)
def test_round_8_spam(body: str) -> None:
    assert wants_item_context(body, S) or spam(body, NONE), body
    assert spam(body), reasons(body)


@pytest.mark.parametrize(
    ("body", "behaviour"),
    [
        # residents inviting neighbours while naming a business or a product
        (
            "Neighbours: we're meeting Thursday 7 pm at Luigi's Pizza on Elm to talk about the "
            "streetlights. Pizza is on me!",
            ON_GENERAL,
        ),
        (
            "Join us at the free concert in Riverside Park this Saturday, sponsored by local "
            "businesses: the food trucks will have $5 tacos.",
            ON_GENERAL,
        ),
        ("Anyone going to the council meeting Tuesday? DM me, I have three seats.", ON_GENERAL),
        ("How much will the permit cost? DM me the price if the city told you.", ON_GENERAL),
        # residents quoting prices, organisations with a site and a phone
        (
            "At the market a dozen eggs is $7.99 against $4.49 at the supermarket; keep the "
            "vendor fee at $350.",
            ON_GENERAL,
        ),
        (
            "Bay Tenants Law Center offers free eviction defence: 1-800-555-0110 or "
            "tenantslaw.example.org. Please fund us again.",
            ON_GENERAL,
        ),
        # advert words on a general item
        (
            "Free parking downtown on Sundays was the best deal this city ever offered. It's "
            "cheap to do and great for small businesses.",
            ON_GENERAL,
        ),
        (
            "We need cheap, fast internet on the east side and a discount for low-income families.",
            ON_GENERAL,
        ),
        # look-alikes of the new shapes
        (
            "𝗦𝗔𝗩𝗘 𝗢𝗨𝗥 𝗟𝗜𝗕𝗥𝗔𝗥𝗬 -- I copied this from our Facebook post: please keep the branch "
            "open on Sundays, it's where my kids do their homework after school.",
            ON_GENERAL,
        ),
        ("Я живу на Pine Street уже 20 лет, почините освещение.", ON_GENERAL),
        ("#SaveOakLibrary #SundaysMatter Please keep it open on Sundays.", ON_GENERAL),
        (
            "bike lanes on Main, bike lanes on Oak, bike lanes near schools, bike lanes by the "
            "park, bike lanes downtown",
            ON_BIKES,
        ),
        (
            "What I buy there every week: tomatoes, peppers, sweet corn, eggs, honey, bread, "
            "flowers, goat cheese.",
            ON_GENERAL,
        ),
        (
            "Save our library, save our pool, save our parks, save our buses, save our jobs",
            ON_GENERAL,
        ),
        (
            "Can I have the email of whoever handles sidewalk repairs? Nobody answers 311.",
            ON_GENERAL,
        ),
        (
            "Could you share your email? Our tenants' association proposes a partnership with the "
            "council.",
            ON_GENERAL,
        ),
        (
            "Our volunteers have a WhatsApp group for the clean-up; ask at the info booth if you "
            "want to join.",
            ON_GENERAL,
        ),
        (
            "The Chronicle reported that a fifth of the treated water leaks away before it reaches "
            "a tap: https://news.example.com/2026/11/30/leaks?ref=twitter",
            ON_GENERAL,
        ),
        (
            "We need cheap, fast internet on the east side, free wifi in the parks and a "
            "discount for low-income families.",
            ON_GENERAL,
        ),
    ],
)
def test_round_8_look_alikes_stay_legitimate(body: str, behaviour: Behaviour) -> None:
    assert not spam(body, behaviour), reasons(body, behaviour)


def test_wallets_are_read_and_words_are_not() -> None:
    assert wallets("send to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F now") == 1
    assert wallets("1BoatSLRHtKNngkdXEeobR76b53LETtpyT") == 1
    assert wallets("Resolution 2026-00837 and TransportationInfrastructureImprovementAct") == 0


def test_keyword_stuffing_needs_two_repeated_terms_in_short_segments() -> None:
    assert stuffed_terms("a b, c d, e f, g h, i j", S) == []
    assert stuffed_terms("No rezoning, no rezoning, no rezoning, no rezoning, no rezoning", S) == []
    long = "I support bike lanes on Main because my children ride to school every single day, "
    assert stuffed_terms(long * 5, S) == []


def test_affiliate_parameters_are_read_and_share_parameters_are_not() -> None:
    def count(text: str) -> int:
        return affiliate_links(find_links(text))

    assert count("https://shop.example.com/item?aff=city1") == 1
    assert count("https://shop.example.com/p/x?tag=cityx-20") == 1
    assert count("https://news.example.com/story?ref=twitter") == 0
    assert count("https://news.example.com/story?utm_source=share") == 0


def test_messenger_groups_are_read_in_several_languages() -> None:
    for body in (
        "Join our Telegram group today",
        "Entre no nosso grupo do WhatsApp",
        "Вступайте в наш Телеграм-канал",
        "Tham gia nhóm Zalo để nhận mã",
    ):
        assert messenger_group(body), body
    assert messenger_group("The bus line group meeting is on Tuesday.") is None


def test_round_8_signals_stay_fast_on_hostile_input() -> None:
    score("warm up", ON_GENERAL, S)
    for body in (
        "a, " * 7_000,
        "#a " * 7_000,
        "𝐚" * 20_000,
        "chеap " * 3_500,
        "bc1" * 7_000,
        "1" * 20_000,
        "0x" * 10_000,
        "your email partnership " * 900,
        "telegram group " * 1_400,
        "dm price " * 2_300,
        "https://x.example.com/?aff=1 " * 700,
    ):
        body = body[:20_000]
        started = time.process_time()
        score(body, ON_GENERAL, S)
        score(body, NONE, S)
        wants_item_context(body, S)
        assert time.process_time() - started < WORST_CPU_SECONDS, body[:40]


def test_a_sum_is_read_from_its_run_of_digits_once() -> None:
    from intake.text.spam.solicit import money

    for text in ("save .5%", "1,000.00$", "$ 5", "50 %", "R$ 399", "100,000₫", "x1.2.3%"):
        assert money(text), text
    for text in ("200 members", "Resolution 2026-00837", "1" * 20_000):
        assert not money(text), text[:30]
    started = time.process_time()
    money("1" * 20_000 + " 1.1" * 5_000)
    assert time.process_time() - started < 0.1


def test_a_long_letter_disguised_with_homoglyphs_is_not_spam() -> None:
    letter = (
        "Тhe Сity сouncil must stand up tо ІСE by taking the following aсtions: pаss an "
        "оrdinanсе, not just а resolution, that bars city staff from sharing data with federal "
        "immigration agents, and fund legal help for every family that needs it. "
    ) * 2
    assert not spam(letter), reasons(letter)


def test_best_of_lists_are_affiliate_pages_and_news_stories_are_not() -> None:
    def count(text: str) -> int:
        return affiliate_links(find_links(text))

    assert count("https://chairs.example.com/best-gaming-chairs-2026") == 1
    assert count("https://x.example.com/reviews/top-10-air-fryers-2026/") == 1
    assert count("https://news.example.com/2026/11/30/best-restaurants-downtown") == 0
    assert count("https://trees.example.org/best-practices-for-street-trees") == 0
    assert count("https://news.example.com/2026/11/30/water-utility-leaks-audit") == 0
    assert count("https://city.example.org/budget/best") == 0


@pytest.mark.parametrize(
    "body",
    [
        "Really useful discussion! I write for a home savings blog and would love to contribute a "
        "guest article for your readers. Do you accept contributors?",
        "Bonjour, je gère un blog et je souhaiterais publier un article invité sur votre site, "
        "avec un lien vers le nôtre.",
        "The history of the espresso machine begins in 1884 in Turin, where Angelo Moriondo "
        "patented a steam-driven device. Read more about the best espresso machines of the year "
        "at https://coffeegearhub.example.com/best-espresso-machines",
        "Write my essay cheap, essay writer free, essay help online, buy essay, custom essays",
    ],
)
def test_round_8_guest_posts_lists_and_stuffing(body: str) -> None:
    assert spam(body), reasons(body)


def test_one_guest_post_word_is_a_resident_s() -> None:
    for body in (
        "I wrote a guest post for the neighbourhood newsletter about the pool hours.",
        "Our blog has the survey results: most of us want the pool open later.",
    ):
        assert not spam(body), reasons(body)


@pytest.mark.slow  # three Python processes, each importing the engine
def test_stuffed_terms_tied_in_count_rank_alike_in_every_process() -> None:
    """Two terms a list repeats equally often ("cash", "loan") are ranked the same way whatever
    string-hash seed a worker process drew, so every worker gives one text one label."""
    program = (
        "from intake.text.spam.lures import stuffed_terms\n"
        "from intake.text.spam.settings import SpamSettings\n"
        "print(stuffed_terms('cash loans today, loans fast cash, cheap loans online, quick cash "
        "advance, payday cash loans, loans and cash now', SpamSettings()))\n"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(3)
    }
    assert answers == {"['cash', 'loan']\n"}
