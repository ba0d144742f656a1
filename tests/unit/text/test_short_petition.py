"""Short petitions with long stories (session 12, issue 14 items 4-5).

A petition of one or two sentences (too long for the short route, too short for an exemplar or
the sentence routes) sent word for word by three people founds a campaign, and a copy that adds
a story of the sender's own, however long, joins it by carrying the whole petition. Look-alikes:
a resident who quotes one of its sentences in a letter of their own, a petition only two people
sent, a copy with a sentence rewritten, and stock phrases many people send.
"""

from __future__ import annotations

from intake.text.matching import (
    DEFAULT_THRESHOLDS,
    CampaignProfile,
    decide,
    new_profile,
    update_profile,
)
from tests.unit.text.short_rows import cand, fp

PETITIONS = {
    "en": (
        "Keep the Harwell Street library branch open on Saturdays. Cut the consultants' budget, "
        "if you must, before you cut the hours of the children's room."
    ),
    "es": (
        "Mantengan abierta la biblioteca de la calle Harwell los sábados. Recorten el presupuesto "
        "de consultores, si hace falta, antes que las horas de la sala infantil."
    ),
}
STORIES = {
    "en": (
        "My daughter learned to read in that children's room while I worked double shifts at the "
        "bakery on Fenwick Road. On Saturday mornings the librarian kept a corner for the kids "
        "whose parents could not afford tutors, and she stayed late every week without being "
        "paid for it. When the branch closed for repairs two winters ago, half of those children "
        "simply stopped reading. I am asking you to remember them when you vote on the budget. "
        "We have no other quiet place within walking distance, and the buses do not run early "
        "enough on weekends for us to reach the central library before noon."
    ),
    "es": (
        "Mi hijo aprendió a leer en esa sala mientras yo trabajaba los fines de semana en la "
        "panadería de la avenida Fenwick. Los sábados por la mañana la bibliotecaria guardaba un "
        "rincón para los niños cuyos padres no podían pagar clases particulares, y se quedaba "
        "hasta tarde sin cobrar. Cuando la sucursal cerró por obras hace dos inviernos, la mitad "
        "de esos niños dejó de leer. Les pido que piensen en ellos cuando voten el presupuesto. "
        "No tenemos otro lugar tranquilo cerca de casa y los autobuses no pasan temprano."
    ),
}
ONE_SENTENCE = {  # a resident quoting the petition's first sentence in a letter of their own
    "en": "Keep the Harwell Street library branch open on Saturdays. ",
    "es": "Mantengan abierta la biblioteca de la calle Harwell los sábados. ",
}
REWRITTEN = {  # the petition with its second sentence in the sender's own words
    "en": (
        "Keep the Harwell Street library branch open on Saturdays. Find the money somewhere "
        "else, the consultants cost more than the librarians ever did. "
    ),
    "es": (
        "Mantengan abierta la biblioteca de la calle Harwell los sábados. Busquen el dinero en "
        "otra parte, los consultores cuestan más que las bibliotecarias. "
    ),
}
STOCK = ("I support this.", "See attached file(s)", "Please keep the library open.")


def petition_campaign(lang: str) -> CampaignProfile:
    """The campaign three people founded by sending the petition word for word."""
    text = PETITIONS[lang]
    return new_profile(7, [fp(text), fp(text), fp(text)])


def test_the_petitions_are_too_long_for_the_short_route_and_too_short_for_the_others() -> None:
    th = DEFAULT_THRESHOLDS
    for text in PETITIONS.values():
        f = fp(text)
        assert th.min_shingles <= f.shingle_count < th.min_template_shingles, text
        assert len(f.segment_hashes) < th.min_shared_sentences, text


def test_three_people_sending_the_petition_found_a_campaign_two_do_not() -> None:
    for text in PETITIONS.values():
        three = decide(fp(text), [cand(1, text, "a"), cand(2, text.upper(), "b")], [], sender="c")
        assert three.kind == "form_letter" and three.found_with == 1, text
        assert three.also_members == (2,), text
        assert decide(fp(text), [cand(1, text, "a")], [], sender="b").kind == "unique", text
        resends = [cand(1, text, "a"), cand(2, text, "a")]
        assert decide(fp(text), resends, [], sender="a").kind == "unique", text


def test_copies_with_a_long_story_join_whatever_they_add() -> None:
    for lang, text in PETITIONS.items():
        profile = petition_campaign(lang)
        for body in (
            f"{text}\n\n{STORIES[lang]}",
            f"{STORIES[lang]}\n\n{text}",
            f"{text}\n\n{STORIES[lang]} {STORIES[lang]}",
        ):
            decision = decide(fp(body), [], [profile])
            assert decision.kind == "form_letter" and decision.campaign_id == 7, (lang, body)


def test_bare_copies_still_join_the_petition() -> None:
    for lang, text in PETITIONS.items():
        decision = decide(fp(text.lower()), [], [petition_campaign(lang)])
        assert decision.kind == "form_letter" and decision.campaign_id == 7, lang


def test_a_resident_quoting_one_sentence_or_rewriting_one_stays_unique() -> None:
    for lang, text in PETITIONS.items():
        profile = petition_campaign(lang)
        earlier = [cand(1, text, "a"), cand(2, text, "b"), cand(3, text, "c")]
        for body in (ONE_SENTENCE[lang] + STORIES[lang], REWRITTEN[lang] + STORIES[lang]):
            assert decide(fp(body), [], [profile]).kind == "unique", (lang, body)
            assert decide(fp(body), earlier, [], sender="d").kind == "unique", (lang, body)


def test_stock_phrases_many_send_found_nothing() -> None:
    for text in STOCK:
        earlier = [cand(n, text, f"p{n}") for n in range(1, 40)]
        decision = decide(fp(text + " " + STORIES["en"]), earlier, [], sender="z")
        assert decision.kind == "unique", text
        assert decide(fp(text), earlier, [], sender="z").found_with is None, text


def test_only_a_petition_sent_word_for_word_by_three_is_learned_whole() -> None:
    en, es = fp(PETITIONS["en"]), fp(PETITIONS["es"])
    assert len(petition_campaign("en").line_array)
    assert not len(new_profile(7, [en, en]).line_array), "two senders are no petition"
    assert not len(new_profile(7, [en, en, es]).line_array), "three texts are no one petition"
    letter = fp(f"{PETITIONS['en']} {STORIES['en']}")
    assert not len(new_profile(7, [letter, letter, letter]).line_array), "a letter is no line"
    grown = update_profile(petition_campaign("en"), letter)
    assert len(grown.line_array), "a member with a story keeps the petition's line"


def test_the_petitions_line_survives_its_bytes_and_a_stored_copy_joins_by_it() -> None:
    for lang, text in PETITIONS.items():
        profile = petition_campaign(lang)
        assert set(profile.line_array.tolist()) == fp(text).phrases
        stored = CampaignProfile.from_bytes(profile.to_bytes())
        assert stored.line_array.tolist() == profile.line_array.tolist()
        body = f"{text}\n\n{STORIES[lang]}"
        assert decide(fp(body), [], [stored]).campaign_id == 7, lang
