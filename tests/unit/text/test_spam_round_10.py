"""Round 10 (issue 14 item 6): a web address is a link whatever top-level domain it uses. Every row
here was written for this file; none is copied from a fixture. Each spam assertion fails on round
9's engine (33d12d9); each legitimate look-alike is kept.
"""

from __future__ import annotations

from intake.text.spam import SpamSettings
from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.links import Link, find_links, is_citation
from tests.unit.text.spam_judging import judged

S = SpamSettings()
LIBRARY = (
    "Resolution 77: weekend hours at the Hillcrest branch library",
    "Please keep the Hillcrest branch open on Saturdays; the children's story time matters.",
    "The branch library is where seniors read the newspaper and use the computers.",
    "Weekend hours at the library are the only time working parents can bring their kids.",
    "Closing the branch saves little; the library budget should be found elsewhere.",
    "Our reading room and computer lab are full every Sunday afternoon at the branch.",
    "Cutting library hours hurts students who study there before exams.",
    "The librarians at Hillcrest helped my father with his pension forms.",
    "Volunteers run the used book sale every Saturday to raise money for the branch.",
)


def hosts(text: str) -> list[str]:
    return [lk.host for lk in find_links(text)]


# --------------------------------------------------------------------------- every TLD


def test_a_bare_address_on_any_top_level_domain_is_a_link() -> None:
    assert hosts("Jetzt spielen: gluecks-spin.casino") == ["gluecks-spin.casino"]
    assert hosts("apuesta ya en cuotas-altas.bet y cobra") == ["cuotas-altas.bet"]
    assert hosts("claim at free-token-drop.claims now") == ["free-token-drop.claims"]
    assert hosts("ofertas em casa-barata.deals/hoje") == ["casa-barata.deals"]
    assert hosts("мой блог: sadovod-sovety.blog") == ["sadovod-sovety.blog"]


def test_prose_that_touches_a_word_tld_is_not_a_link() -> None:
    # A missed space after a full stop capitalises the next word; an address is lower case.
    for prose in (
        "We met at the Park.City council never answered.",
        "My uncle served in the U.S.Army for twenty years.",
        "The branch is open late.Love the new hours.",
        "Books.Music.Films all in one building.",
    ):
        assert find_links(prose) == [], prose
    # Known TLDs keep being read whatever their case, as before round 10.
    assert hosts("see Example.COM") == ["example.com"]


def test_link_only_adverts_on_new_tlds_are_spam() -> None:
    for body in (
        "👉 gana-hoy.bet",
        "Hier klicken: gluecks-spin.casino",
        "登録はこちら kasegu-ima.money",
    ):
        spam, why = judged(body, LIBRARY)
        assert spam, (body, why)
        assert "link-only comment" in why


def test_a_resident_naming_a_site_on_a_new_tld_with_an_argument_is_kept() -> None:
    body = (
        "Our book club keeps its reading list at hillcrest-readers.club; please keep the branch "
        "open on Saturdays, it is the only day working parents can come to the library."
    )
    spam, why = judged(body, LIBRARY)
    assert not spam, why
    assert "hillcrest-readers.club" in hosts(body)


# --------------------------------------------------------------------------- spammy hosts


def test_a_domain_spam_favours_is_no_citation_wherever_it_points() -> None:
    cited = Link(raw="https://news.example.com/2026/11/library-hours", host="news.example.com",
                 is_email=False)  # fmt: skip
    dating = Link(raw="sweet-meet.love/u/lina22", host="sweet-meet.love", is_email=False)
    short = Link(raw="bit.ly/a/b", host="bit.ly", is_email=False)
    assert is_citation(cited)
    assert not is_citation(dating)
    assert not is_citation(short)


def test_an_offer_with_a_deep_link_on_a_spammy_domain_is_read_as_an_offer() -> None:
    _spam, why = judged("Giảm giá 70% hôm nay: sale-sieu-re.shop/vn/khuyen-mai", None)
    assert "offer:" in why, why


# --------------------------------------------------------------------------- spelled addresses


def spelled(prose: str) -> bool:
    return any(e.detail.startswith("links: an address spelled out") for e in disguise_evidence(
        prose, prose, S))  # fmt: skip


def test_a_coded_label_spelled_with_dot_before_a_word_tld_is_a_hidden_link() -> None:
    assert spelled("Make money at home, my page: easyincome2026 dot site /join")
    assert spelled("Thu nhập cao, làm tại nhà: viecnhanh247 dot top")
    assert spelled("Apuestas con bono: gana-facil (dot) bet")
    for prose in (
        "I read it on the dot site the clerk mentioned.",
        "Our team came out on top dot top of the league.",
        "In 2026 dot top priorities were set by the council.",
        "The new dot love campaign was a city art project.",
    ):
        assert not spelled(prose), prose


def test_spelled_coded_adverts_unrelated_to_the_item_are_spam_in_several_languages() -> None:
    for body in (
        "Make money online from home, no experience needed, visit my page: easyincome2026 dot site",
        "Gana dinero desde casa sin experiencia, visita mi página: ganafacil2026 dot site",
        "Làm việc tại nhà, thu nhập cao mỗi ngày, đăng ký ngay: viecnhanh247 dot top",
    ):
        spam, why = judged(body, LIBRARY)
        assert spam, (body, why)
        assert "spelled out" in why
