"""The red team's third round on public text: shapes neither earlier round tried.

Same campaign, same surfaces, same check as ``test_red_team_public_text.py`` (whose
``run_attack`` runs each case): members send one letter with a line of personal data in it,
the same in every copy (only its shape can keep it out of the public text) or each their own
(the record and the report scrub it). This round tries names made of common words with no cue,
in hashtags, with initials, as a family; names with honorifics in Japanese, Korean, Chinese,
Arabic, Hindi and Vietnamese; a house number before a bare common street name; e-mails written
out with "at"; a child's grade and school, one person's job; plates, national IDs, IBANs and
bank codes, GPS coordinates, what3words; profile and fundraiser addresses; addresses written
in other countries' orders. And look-alikes that must stay public: officials, the item's own
street and names, years, bill numbers, sums. See docs/labelling.md, "Session 13: the red
team's third round".
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

import tests.api.test_red_team_public_text as round_one
from tests.api.test_red_team_public_text import KEEP, Attack, Member, _a, run_attack

pytestmark = pytest.mark.slow

COMMON_STREETS = ["Pine", "Oak", "Maple", "Cedar", "Elm", "Birch", "Walnut", "Chestnut"]
W3W = ["filled", "count", "soap", "index", "home", "raft", "lamp", "jazz", "crate", "tulip"]


def _same(key: str, line: str, secrets: list[tuple[str, str]], **kw: object) -> Attack:
    """Every copy carries ``line`` word for word (a mail-merge, the organiser's details)."""
    return Attack(f"shared_{key}", lambda _m: line, lambda _m: secrets, **{"sizes": (10,), **kw})  # type: ignore[arg-type]


def _stays(key: str, line: str, kept: str) -> Attack:
    """Every copy carries ``line``, which names nobody's private details: it must stay public."""
    return Attack(f"keep_{key}", lambda _m: line, lambda _m: [], keep=[*KEEP, kept])


def _first(m: Member) -> str:
    return m.name.split()[0]


SAME_IN_EVERY_COPY = [
    # names made of common words, with no cue (the leftovers of round two)
    _same(
        "name_common",
        "Maria Lopez asked us all to write to you.",
        [("name", "Maria Lopez")],
        sizes=(3, 10, 300),
    ),
    _same(
        "names_common_pair",
        "Rose Hill and June Park signed this letter first.",
        [("name", "Rose Hill"), ("name", "June Park")],
        sizes=(3, 10),
    ),
    _same("name_common_smith", "Joan Smith asked us to write.", [("name", "Joan Smith")]),
    _same("name_es", "Rosa Martínez firmó esta carta primero.", [("name", "Martínez")]),
    _same("name_fr", "Marie Dubois a écrit cette lettre.", [("name", "Dubois")]),
    _same("name_de", "Anna Schmidt hat diesen Brief geschrieben.", [("name", "Schmidt")]),
    _same("name_hashtag", "Share it with #JusticeForMariaLopez today.", [("name", "MariaLopez")]),
    _same("name_hashtag_rare", "Share it with #JusticeForJoanQuillby.", [("name", "Quillby")]),
    _same("name_initials", "This letter was drafted by J. R. Okafor.", [("name", "Okafor")]),
    _same(
        "name_possessive",
        "The crash happened right outside the Nguyens' house.",
        [("name", "Nguyens")],
    ),
    _same("name_family", "The Lopez family lost their car here.", [("name", "Lopez family")]),
    _same("name_ja_san", "田中さんがこの手紙を書きました。", [("name", "田中さん")]),
    _same("name_ko_ssi", "김민수 씨가 이 편지를 썼습니다.", [("name", "김민수")]),
    _same("name_zh_xiansheng", "王先生写了这封信。", [("name", "王先生")]),
    _same("name_ar_sayyid", "السيد أحمد كتب هذه الرسالة.", [("name", "السيد أحمد")]),
    _same("name_hi_shri", "श्री राम शर्मा ने यह पत्र लिखा।", [("name", "शर्मा")]),
    _same("name_vi_ong", "Ông Nguyễn Văn An đã viết thư này.", [("name", "Nguyễn Văn An")]),
    # who one person is, without their name
    _same(
        "child_school",
        "My son is in 3rd grade at Lincoln Elementary.",
        [("child", "3rd grade at Lincoln")],
    ),
    _same("one_job", "I am the head nurse at St. Mary's Hospital.", [("job", "head nurse")]),
    # addresses
    _same("addr_common_street", "4410 Pine is where we gather.", [("address", "4410")]),
    _same("addr_it", "Scrivete a Via Roma 12, Milano.", [("address", "Via Roma 12")]),
    _same("addr_pt", "Escreva para Rua Augusta, 100, Lisboa.", [("address", "Rua Augusta")]),
    _same("addr_nl", "Schrijf naar Kerkstraat 12, Amsterdam.", [("address", "Kerkstraat 12")]),
    _same("addr_ko", "서울특별시 중구 세종대로 110", [("address", "세종대로")]),
    _same("addr_pl", "Piszcie na ul. Marszałkowska 10.", [("address", "Marszałkowska")]),
    _same("gps_decimal", "We gather at 37.7749, -122.4194 weekly.", [("gps", "37.7749")]),
    _same("gps_dms", "We gather at 37°46′29″N 122°25′09″W weekly.", [("gps", "37°46")]),
    # e-mails written out, profile and fundraiser addresses
    _same("email_at_word", "Write to joan at quillby.net with questions.", [("email", "quillby")]),
    _same("email_at_dotted", "Email jane.doe at gmail.com for the flyer.", [("email", "jane.doe")]),
    _same("url_github", "See github.com/janedoe for the map.", [("url", "janedoe")]),
    _same(
        "url_fundraiser",
        "Donate at gofundme.com/f/help-maria-lopez today.",
        [("url", "maria-lopez")],
    ),
    _same("url_substack", "See janedoe.substack.com for more.", [("url", "janedoe")]),
    # plates, national IDs, bank numbers
    _same("plate_ca", "A silver Honda, 7ABC123, was towed twice.", [("plate", "7ABC123")]),
    _same("plate_in", "Our van KA01AB1234 was towed twice.", [("plate", "KA01AB1234")]),
    _same("plate_br", "Meu carro ABC1D23 foi guinchado.", [("plate", "ABC1D23")]),
    _same("id_sin", "My SIN is 046 454 286.", [("id", "046 454 286")]),
    _same("id_dni", "Mi DNI es 12345678Z.", [("id", "12345678Z")]),
    _same("id_nino", "My National Insurance number is QQ 12 34 56 C.", [("id", "QQ 12 34")]),
    _same("id_cn", "身份证号 11010519491231002X", [("id", "11010519491231002X")]),
    _same("iban_spaced", "Donate to IBAN DE89 3704 0044 0532 0130 00.", [("iban", "3704 0044")]),
    _same("iban_plain", "Donate to DE89370400440532013000 today.", [("iban", "DE8937")]),
    _same("bank_routing", "Routing 021000021 for donations.", [("bank", "021000021")]),
]

EACH_MEMBER = [
    # each member's own line: the record and the report without names scrub it
    _a(
        "own_common_street",
        lambda m: f"Write to me at {4400 + m.i} {COMMON_STREETS[m.i % 8]} any time.",
        lambda m: [("address", f"{4400 + m.i} {COMMON_STREETS[m.i % 8]}")],
        sizes=(10, 300),
    ),
    _a(
        "own_email_at_word",
        lambda m: f"Write to {_first(m).lower()} at {m.surname.lower()}.net any time.",
        lambda m: [("email", f"{m.surname.lower()}.net")],
    ),
    _a(
        "own_iban",
        lambda m: f"My IBAN is DE89 3704 0044 0532 {m.i:04d} 00.",
        lambda m: [("iban", f"0532 {m.i:04d}")],
    ),
    _a(
        "own_gps",
        lambda m: f"I live near {37 + m.i / 1000:.4f}, -122.4194.",
        lambda m: [("gps", f"{37 + m.i / 1000:.4f}")],
    ),
    _a(
        "own_plate_no_cue",
        lambda m: f"My car, {m.i % 9 + 1}ABC{100 + m.i:03d}, was towed.",
        lambda m: [("plate", f"{m.i % 9 + 1}ABC{100 + m.i:03d}")],
    ),
    _a(
        "own_dni",
        lambda m: f"Mi DNI es {12345600 + m.i}Z.",
        lambda m: [("id", f"{12345600 + m.i}Z")],
    ),
    _a(
        "own_what3words",
        lambda m: f"My door: ///{W3W[m.i % 10]}.{W3W[(m.i + 3) % 10]}.{W3W[(m.i + 7) % 10]}.",
        lambda m: [("w3w", f"{W3W[m.i % 10]}.{W3W[(m.i + 3) % 10]}.{W3W[(m.i + 7) % 10]}")],
    ),
    _a(
        "own_profile",
        lambda m: f"My page: github.com/{m.surname.lower()}{m.i}.",
        lambda m: [("url", f"{m.surname.lower()}{m.i}")],
    ),
    _a(
        "own_addr_nl",
        lambda m: f"Schrijf naar {m.street}straat {m.num}.",
        lambda m: [("address", f"{m.street}straat {m.num}")],
    ),
]

MUST_STAY = [
    # look-alikes a public text must keep: officials, the item's street, years, sums, bills
    _stays("mayor", "Mayor Maria Lopez promised this lane in 2026.", "Mayor Maria Lopez"),
    _stays(
        "councilmember",
        "Councilmember June Park supports the bike lane.",
        "Councilmember June Park",
    ),
    _stays("thank_mayor", "Thank you, Mayor Lopez, for your leadership.", "Mayor Lopez"),
    _stays(
        "street_homes",
        "The Pine Street bike lane will connect 1200 homes to 3 schools.",
        "Pine Street bike lane",
    ),
    _stays("ordinance", "Please pass Ordinance 2026-58 this year.", "Ordinance 2026-58"),
    _stays("sum", "The project costs $4,410,000 over five years.", "$4,410,000"),
    _stays("hashtag_street", "Share it with #SaveAlderStreet today.", "#SaveAlderStreet"),
    _stays("city_site", "See the plan at cityhall.gov before the vote.", "cityhall.gov"),
    _stays("grades", "Children from 3rd grade up ride to Alder Elementary.", "3rd grade"),
    _stays("mlk_way", "Martin Luther King Jr. Way needs safer crossings.", "Martin Luther King"),
    _stays("park", "The route passes Rose Hill Park and Lincoln Elementary.", "Rose Hill Park"),
    _stays("budget_year", "The 2026 Budget funds this lane.", "2026 Budget"),
    _stays("residents", "Over 1200 Residents signed our petition.", "1200 Residents"),
    _stays("ja_mayor", "市長さん、この計画に賛成してください。", "市長さん"),
]

HELD_ON_MAIN = {
    "shared_name_fr",  # "Dubois" is rare in every language read: round two's name rule
    "own_dni",
    "own_gps",
    "own_iban",
    "own_profile",
}
"""Shapes this round tried that the engine already kept out before it (guards)."""
ROUND3 = SAME_IN_EVERY_COPY + EACH_MEMBER
CASES = [(a, n) for a in ROUND3 if a.key not in HELD_ON_MAIN for n in a.sizes]
GUARDS = [
    (a, n) for a in ROUND3 + MUST_STAY if a.key in HELD_ON_MAIN or a in MUST_STAY for n in a.sizes
]
PRECISION_FIXED = {"keep_thank_mayor"}
"""A look-alike main left out of public text ("Thank you, Mayor Lopez," read as a signature)."""


@pytest.mark.parametrize(("attack", "size"), CASES, ids=[f"{a.key}-{n}" for a, n in CASES])
def test_no_public_page_carries_what_the_third_round_hides(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    attack: Attack,
    size: int,
) -> None:
    run_attack(client, staff, integration, caplog, attack, size)


@pytest.mark.parametrize(("attack", "size"), GUARDS, ids=[f"{a.key}-{n}" for a, n in GUARDS])
def test_look_alikes_stay_public_and_held_shapes_stay_out(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    attack: Attack,
    size: int,
) -> None:
    run_attack(client, staff, integration, caplog, attack, size)


def test_a_name_the_items_title_carries_stays_public(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The council member whose motion the item is, named in the template: public, because
    the item's own title names her (without that title the same line is left out, as
    ``shared_names_common_pair`` shows for a name no item carries)."""
    monkeypatch.setattr(
        round_one, "TITLE", "Councilmember Rose Hill's motion: the Alder Street bike lane"
    )
    line = "Rose Hill wrote this motion to make our streets safe."
    attack = Attack("keep_title_name", lambda _m: line, lambda _m: [], keep=[*KEEP, line])
    run_attack(client, staff, integration, caplog, attack, 10)


def test_the_same_name_without_the_title_stays_out(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The other half of the test above: the item's title is what made the name public."""
    line = "Rose Hill wrote this motion to make our streets safe."
    attack = Attack("title_name_absent", lambda _m: line, lambda _m: [("name", "Rose Hill")])
    run_attack(client, staff, integration, caplog, attack, 10)
