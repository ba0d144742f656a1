"""Session 16, round 24: fluent words with no detail of the sender's own, closed by a call to
visit a site the text does not name, on a page that is no document.

Every row here was written for this file. Comment bots write two or three sentences of generic
praise of any item ("a thoughtful step", "a deep commitment to ...") and close with a link to a
site of their own ("For more insights on X, visit ...", "Learn more: ..."). A resident who links
cites a document or an article (a file, a dated path), names the site's owner (their shop, their
group), or says something of their own around the link: a figure, a date, a time, a name the
item does not hold.
"""

from __future__ import annotations

import pytest

from tests.unit.text.spam_judging import judged

LIBRARY = (
    "Ordinance 2026-70: Opening the Westbrook branch library on Sundays from noon to 5 pm",
    "My kids can only get to the library on weekends, please open on Sundays.",
    "Sunday hours would cost more in staff overtime than the branch budget allows.",
    "The branch is the only quiet place to study in our neighbourhood.",
    "I support the Sunday hours, working parents need them.",
    "Please keep the library open longer, the computers are always full.",
)

BOT_CALLS = {
    "front page": "Public libraries are pillars of a healthy democracy, and extending access "
    "reflects a deep commitment to lifelong learning and civic engagement. This ordinance is a "
    "thoughtful and forward-looking step that balances cost with community needs. For more insights on family literacy, visit "
    "www.brightreaders-hub.example.com",
    "topic page": "Investing in shared community spaces is always a wise decision that "
    "benefits residents of every age and background. This proposal strikes a careful balance "
    "between fiscal responsibility and equitable access to essential public resources. Learn more about modern reading spaces: "
    "https://shelfwise-insights.example.net/blog/reading-spaces",
    "sign-off after the link": "Access to knowledge is a cornerstone of thriving communities, "
    "and this measure shows real vision for the future of public learning. Thoughtful policies "
    "like this one deserve strong support from every resident who values education. Discover "
    "more about lifelong learning at www.learnmore-today.example.org. Keep up the great work!",
    "Spanish": "Las bibliotecas públicas son el corazón de una comunidad sana, y este proyecto "
    "demuestra un compromiso admirable con la educación y la cultura de todas las familias. Es "
    "una decisión muy acertada que merece el apoyo de todos los vecinos. Descubra más sobre "
    "lectura infantil en www.lectoresfelices.example.com",
}

RESIDENTS = {
    "a news article": "The Ledger ran a piece on how Oakfield's Sunday hours doubled teen "
    "visits: https://news.example.com/2026/10/oakfield-sunday-hours. Worth reading before "
    "the vote.",
    "the state's report": "Please read the state library report before voting, it explains "
    "what weekend staffing really costs a small branch: "
    "https://library.example.org/reports/weekend-staffing.pdf",
    "a petition": "Please open the branch on Sundays. Over 600 neighbours signed our "
    "petition: https://petitions.example.org/westbrook-sundays",
    "their group's meeting": "Friends of the Westbrook Library meets Tuesday at 7 pm in the "
    "community room to plan volunteers for Sunday story time. Everyone is welcome. Details: "
    "https://friends.example.org/westbrook",
    "their own site": "I run Page Turner Books across the street from the branch. Sunday hours "
    "would bring families downtown and help every shop on the block. pageturnerbooks.example.com",
    "their own business, in Arabic": "أنا صاحب مخبز صغير قرب المكتبة ونبيع الخبز والحلويات "
    "أيام السبت والأحد للعائلات التي تأتي مع أطفالها للقراءة، وفتح المكتبة يوم الأحد سيساعد "
    "كل المحلات في الشارع. موقعنا: https://makhbaz-alnour.example.com",
    "a meeting at a time": "Convidamos todos para a reunião sobre o horário da biblioteca aos "
    "domingos na quinta às 18h no centro comunitário, com tradução e lanche para as famílias "
    "que trabalham durante a semana. Mais informações: leitores.example.org",
    "a study, then their own figure": "There is good research on weekend library use: "
    "https://research.example.org/weekend-use . On our street 9 of 12 families have a card.",
    "their group's letter": "Please open the Westbrook branch library on Sundays to every "
    "resident of the city.\n\nThe library teaches our children to read and gives working "
    "parents a quiet place to study.\n\nKeeping it closed on weekends would cost the "
    "neighbourhood far more than the overtime would save.\n\nRead our neighbours' letter at "
    "https://friendsofwestbrook.example.org/letter before you vote.",
    "their community's chat": "Our reading circle meets at the branch and would love Sunday "
    "hours for families who work all week. Everyone is welcome to join our chat: "
    "t.me/westbrookreaders",
}


@pytest.mark.parametrize("kind", sorted(BOT_CALLS))
def test_generic_words_closed_by_a_call_to_a_site_are_spam(kind: str) -> None:
    spam, why = judged(BOT_CALLS[kind], LIBRARY)
    assert spam, (kind, why)
    assert "a closing call to" in why, (kind, why)


@pytest.mark.parametrize("kind", sorted(RESIDENTS))
def test_a_resident_who_links_is_not_spam(kind: str) -> None:
    spam, why = judged(RESIDENTS[kind], LIBRARY)
    assert not spam, (kind, why)
    assert "a closing call to" not in why, (kind, why)


def test_the_same_call_without_the_item_context_is_not_read() -> None:
    # The figures and names of the item are what the text may repeat without saying anything
    # of its own; with no context to read them in, the rule says nothing.
    _spam, why = judged(BOT_CALLS["front page"], None)
    assert "a closing call to" not in why, why
