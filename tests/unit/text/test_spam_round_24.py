"""Round 24: the writer's own channel offered for something ("link in bio", "DM me for the
link", "Ask me how 😉", "Comment WORD below"), and a blog comment's praise for a "post",
"article" or "site" shared ("Very informative post", "Excelente artículo, gracias por
compartir"). Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.invites import blog_praise, self_promotion
from intake.text.spam.settings import SpamSettings
from tests.unit.text.spam_judging import judged

POOL = (
    "Item 2026-311: Extending summer hours at the Eastlake municipal pool",
    "The pool closes at six, before most parents are home from work.",
    "Lifeguard staffing was the problem last year, not the budget.",
    "Please open the pool until eight on weekdays in July and August.",
    "Swim lessons for kids should stay free for residents of the district.",
    "The parking lot by the pool floods every time it rains, fix that first.",
)


@pytest.mark.parametrize(
    "body",
    [
        "evening swim yes!! 🙌 msg me for free samples of my protein shakes",
        "Pool hours don't matter when you feel this good 💪 link in bio",
        "Wow love this!!! check my profile 😘",
        "Lost 15 lbs this summer without dieting. Ask me how 😉",
        "chlorine ruins your skin, I found something natural that fixed mine. Comment GLOW "
        "below and I'll send you the details",
        "Summer body season ☀️ DM me for the link",
        "swim gear 50% off this week, hit me up for prices",
        "pool party vibes 🎉 follow me on IG @eastlake.summer.fun",
    ],
)
def test_the_writers_own_channel_offered_for_something_is_spam(body: str) -> None:
    spam, why = judged(body, POOL)
    assert spam, (body, why)
    assert "own channel" in why, why


@pytest.mark.parametrize(
    "body",
    [
        "Message me if you want to join the petition for longer pool hours.",
        "DM me on Nextdoor for the carpool to the council meeting on Tuesday.",
        "I organised the swim team parents last year; email me at k.ortiz@example.org or "
        "feel free to contact me at 555-201-7788 if you want to help.",
        "The lot floods every time, ask me how I know: my car was in it twice.",
        "Please follow the staff recommendation and open until eight.",
        "I posted photos of the flooded lot on my Nextdoor profile if anyone wants to see.",
        "Text me if you need a ride to the hearing, I have room for three.",
    ],
)
def test_residents_inviting_a_message_to_take_part_are_not_spam(body: str) -> None:
    spam, why = judged(body, POOL)
    assert not spam, (body, why)
    assert self_promotion(body) is None or "profile" in body


@pytest.mark.parametrize(
    "body",
    [
        "Nice post about the pool hours, I learned a lot.",
        "Very informative post. Thank you for sharing this valuable information, keep it up!",
        "Great article, I bookmarked your site for later.",
        "I really like your blog. Please keep posting more like this.",
        "Excelente artículo sobre la piscina. Gracias por compartir.",
        "Ótimo artigo, obrigado por compartilhar!",
        "Helpful information about summer hours and lifeguards. Thanks for sharing!",
    ],
)
def test_praise_for_a_post_the_item_is_not_is_spam(body: str) -> None:
    spam, why = judged(body, POOL)
    assert spam, (body, why)
    assert "post or article shared" in why, why


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for sharing the staff report, it shows lifeguard pay is the real issue.",
        "I read the post on the city's Facebook page and I still think eight is too late.",
        "Great article in the Eastlake Gazette on lifeguard shortages; the council should read "
        "it before voting.",
        "Thank you for sharing this valuable information with us. I swim every morning and the "
        "early hours matter more to seniors than the evening, so please keep the 6am lanes and "
        "do not trade them for late hours.",
        "The information session last week was great, thanks for sharing the schedule.",
        "Good information from the parks director tonight, keep it up.",
        "Please post more information about the hearing on the city website. Thanks for "
        "sharing the agenda early.",
    ],
)
def test_residents_thanking_for_what_was_shared_are_not_spam(body: str) -> None:
    spam, why = judged(body, POOL)
    assert not spam, (body, why)


def test_praise_of_the_items_own_website_is_not_a_bot_post() -> None:
    context = ("Item 2026-312: Redesigning the city website", "The new site is hard to use.")
    assert (
        blog_praise(
            "Nice website, much easier now. Thanks for sharing!", context, False, SpamSettings()
        )
        is None
    )


@pytest.mark.parametrize(
    "body",
    [
        "Goggles and swim caps, only $12 each, I deliver on weekends. Message me",
        "Baon ng bata sa pool, 3 for ₱200 lang po, chat nyo lang ako",
    ],
)
def test_a_price_closed_by_a_bare_invitation_is_spam(body: str) -> None:
    spam, why = judged(body, POOL)
    assert spam, (body, why)
    assert "own channel" in why, why


@pytest.mark.parametrize(
    "body",
    [
        "Lifeguard pay at the pool was $15 an hour last summer; message me if you want the staffing "
        "report.",
        "Lessons went from $40 to $90 since 2022. Families cannot keep up, please keep them free.",
    ],
)
def test_a_resident_naming_a_sum_and_inviting_a_message_is_not_spam(body: str) -> None:
    spam, why = judged(body, POOL)
    assert not spam, (body, why)


def test_a_long_letter_signed_off_with_a_profile_is_not_spam() -> None:
    """A letter that argues the item and signs off "Follow me on Instagram" promotes its writer
    and is still a resident's comment (found by the red-team test of a campaign whose members
    each add their own handle); the same sign-off under a one-line pitch is spam."""
    letter = (
        "I support the ordinance to extend library hours on Sundays. Working parents like me "
        "cannot reach the branch during the week, and the Saturday crowd is already too large "
        "for the reading room. The extra staff cost is small next to what the neighbourhood "
        "gets back, and the study rooms would finally be free for students before exams. "
        "Please vote yes. Follow me on Instagram: @maple.reads.kids."
    )
    spam, why = judged(letter, POOL)
    assert not spam, why
    pitch = "Cheap study guides, 5 for $10. Follow me on Instagram: @guides4less."
    assert judged(pitch, POOL)[0]
