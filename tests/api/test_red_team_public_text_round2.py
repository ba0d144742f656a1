"""The red team's second round on public text: shapes the first round did not try.

Same campaign, same surfaces, same check as ``test_red_team_public_text.py`` (whose
``run_attack`` runs each case): members send one letter with a line of personal data in it,
each their own or the same in every copy, and no public page may carry it. This round tries
names with no cue word (in Latin, Cyrillic, Chinese and Arabic script), signature blocks
(a title, a dash, capitals, a particle, initials), kinship words before a first name, house
numbers before a street with no street word, intersections written with "&", PO boxes in other
languages, e-mails with a full-width or bracketed "@", social handles and profile addresses,
phone numbers in words or with a trunk prefix, postcodes of other countries and licence plates
with two digits. See docs/labelling.md, "Session 12: the red team's second round".
"""

from __future__ import annotations

import json

import pytest
from flask.testing import FlaskClient

from tests.api.test_red_team_public_text import (
    BASE,
    ITEM,
    ORD,
    TITLE,
    Attack,
    Member,
    _a,
    run_attack,
)
from tests.conftest import create_item

pytestmark = pytest.mark.slow

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AR = ["محمد الأحمد", "فاطمة الزهراء", "علي الحسن", "مريم الخطيب", "يوسف النجار"]
AR += ["ليلى العمري", "خالد السعدي", "نور الهاشمي", "سامي القاسم", "هدى الشامي"]

STREET_WORDS = ["Rise", "Steps", "Grove", "Heights", "View", "Gardens", "Wharf", "Quay"]


def _spelt(number: str) -> str:
    return " ".join(DIGIT_WORDS[int(d)] for d in number)


def _same(key: str, line: str, secrets: list[tuple[str, str]], **kw: object) -> Attack:
    """Every copy carries ``line`` word for word (a mail-merge, the organiser's details)."""
    return Attack(f"shared_{key}", lambda _m: line, lambda _m: secrets, **{"sizes": (10,), **kw})  # type: ignore[arg-type]


def _handle(m: Member) -> str:
    return f"{m.surname.lower()}_{m.i}"


SAME_IN_EVERY_COPY = [
    # names with no cue word, in the middle or at the start of a sentence
    _same(
        "name_uncued_start",
        "Joan Quillby asked us all to write to you.",
        [("name", "Quillby")],
        sizes=(3, 10, 300),
    ),
    _same(
        "name_uncued_mid",
        "Last May a driver hit Joan Quillby on her bike here.",
        [("name", "Quillby")],
        sizes=(3, 10),
    ),
    _same("name_written_by", "This letter was drafted by Joan Quillby.", [("name", "Quillby")]),
    _same("name_kin", "My daughter Emma rides this street every day.", [("name", "Emma")]),
    _same(
        "name_kin_comma",
        "Our neighbour, Rosa Delgado, was hurt here last year.",
        [("name", "Delgado")],
        sizes=(3,),
    ),
    _same(
        "name_cyrillic_uncued",
        "Ирина Воробьёва поддерживает этот проект.",
        [("name", "Воробьёва")],
    ),
    # signature blocks: content (not a sign-off the labeller skips) when the letter has no
    # closing line or a P.S. follows them, so they stand in the middle here
    _same("sig_title_org", "Joan Quillby, Chair, Sunset Tenants Union", [("name", "Quillby")]),
    _same("sig_dash", "— Joan Quillby", [("name", "Quillby")]),
    _same("sig_particle", "Maria de la Cruz", [("name", "de la Cruz")]),
    _same("sig_capitals", "JOAN QUILLBY", [("name", "QUILLBY")]),
    _same("sig_initial", "J. Quillby", [("name", "Quillby")]),
    _same("sig_reverend", "Rev. Joan Quillby", [("name", "Quillby")]),
    _same("sig_pronouns", "Joan Quillby (she/her)", [("name", "Quillby")]),
    _same("sig_zh", "王秀英", [("name", "王秀英")]),
    _same("sig_zh_closing", "此致敬礼，王秀英", [("name", "王秀英")]),
    _same("sig_ar", "مع التحية، محمد الأحمد", [("name", "الأحمد")]),
    _same("sig_ar_alone", "محمد الأحمد", [("name", "الأحمد")]),
    _same("sig_cyrillic_alone", "Ирина Воробьёва", [("name", "Воробьёва")]),
    _same("name_ar_uncued", "محمد الأحمد يدعم هذا المشروع.", [("name", "الأحمد")]),
    _same(
        "sig_block",
        "Joan Quillby\nChair\n4410 Larkspur\n(555) 010-9999",
        [("name", "Quillby"), ("address", "4410"), ("phone", "010-9999")],
    ),
    # addresses
    _same("addr_no_suffix_mid", "We meet at 4410 Larkspur every Friday.", [("address", "4410")]),
    _same("addr_no_suffix_start", "4410 Larkspur is where we meet.", [("address", "4410")]),
    _same(
        "addr_ampersand", "Come see us at Larkspur & 5th, by the bakery.", [("address", "& 5th")]
    ),
    _same("addr_unit_dash", "Send mail to 5-4410 Larkspur.", [("address", "4410")]),
    _same(
        "corner_meet",
        "We meet at the corner of Larkspur and Moorhaven on Fridays.",
        [("address", "Larkspur and Moorhaven")],
    ),
    # an organisation's office on its letterhead: public for the organisation, but a small
    # group's office is often someone's home, so public text errs towards leaving it out
    _same(
        "org_office",
        "Sunset Tenants Union, 200 Market Street, Suite 4, Springfield.",
        [("address", "200 Market Street")],
    ),
    _same("po_box_words", "Write to Post Office Box 4410, Springfield.", [("address", "4410")]),
    _same("po_box_de", "Postfach 4410, 10115 Berlin.", [("address", "Postfach 4410")]),
    # e-mails, handles, profile addresses
    _same(
        "email_fullwidth_at", "Write organizer＠sunsettenants.org today.", [("email", "organizer")]
    ),
    _same("email_bracket_at", "Write joanq [@] gmail [.] com today.", [("email", "joanq")]),
    _same("handle_colon", "Find me on Instagram: joan_quillby.", [("handle", "joan_quillby")]),
    _same("profile_url", "See facebook.com/joan.quillby for photos.", [("handle", "joan.quillby")]),
    # phones
    _same(
        "phone_words",
        "Call five five five, zero one zero, nine nine nine nine.",
        [("phone", "nine nine nine nine")],
    ),
    _same("phone_trunk", "Ring +44 (0)20 7946 0000 for help.", [("phone", "7946 0000")]),
    _same("phone_00", "Ring 0044 20 7946 0000 for help.", [("phone", "7946 0000")]),
    # postcodes
    _same("postal_uk_short", "Our office is in M1 1AE.", [("postal", "M1 1AE")]),
    _same("postal_uk_lower", "Our postcode is sw1a 1aa.", [("postal", "sw1a 1aa")]),
    _same("postal_ca_dash", "Our postal code is K1A-0B1.", [("postal", "K1A-0B1")]),
    _same("postal_nl", "We zitten op 1012 AB Amsterdam.", [("postal", "1012 AB")]),
    _same("postal_br", "Nosso CEP é 01310-100.", [("postal", "01310-100")]),
    _same("postal_jp", "〒100-0001 東京都", [("postal", "100-0001")]),
    _same("postal_in", "Our PIN code is 110001.", [("postal", "110001")]),
    # licence plates
    _same("plate_uk", "Number plate AB12 CDE was towed.", [("plate", "AB12 CDE")]),
    _same("plate_registration", "Registration AB12 CDE, towed twice.", [("plate", "AB12 CDE")]),
    _same("plate_tag", "Our van, tag 7ABC123, was towed.", [("plate", "7ABC123")]),
]

EACH_MEMBER = [
    # each member's own line, which the report without names scrubs (or should)
    _a(
        "own_no_suffix",
        lambda m: f"Write to me at {m.num} {m.street} any time.",
        lambda m: [("address", f"{m.num} {m.street}")],
        sizes=(10, 300),
    ),
    _a(
        "own_other_street_word",
        lambda m: f"Write to me at {m.num} Oak {STREET_WORDS[m.i % len(STREET_WORDS)]} any time.",
        lambda m: [("address", f"{m.num} Oak")],
    ),
    _a(
        "own_ampersand",
        lambda m: f"I am on {m.street} & {ORD[m.i % 10]}, by the school.",
        lambda m: [("address", f"{m.street} & {ORD[m.i % 10]}")],
    ),
    _a(
        "own_phone_words",
        lambda m: f"Call me on {_spelt(f'555010{m.i:04d}')}.",
        lambda m: [("phone", _spelt(f"{m.i:04d}"))],
    ),
    _a(
        "own_handle",
        lambda m: f"Follow me on Instagram: {_handle(m)}.",
        lambda m: [("handle", _handle(m))],
    ),
    _a(
        "own_ar_name",
        lambda m: f"اسمي {AR[m.i % len(AR)]} وأنا أؤيد هذا.",
        lambda m: [("own_name", AR[m.i % len(AR)].split()[-1])],
        submitter_name=lambda m: AR[m.i % len(AR)],
        sizes=(3, 10),
    ),
    _a(
        "own_sig_title",
        lambda m: f"{m.name}, Chair, Sunset Tenants Union",
        lambda m: [("own_name", m.surname)],
    ),
    _a(
        "own_plate_uk",
        lambda m: f"My number plate AB{m.i % 90 + 10} CDE was towed.",
        lambda m: [("plate", f"AB{m.i % 90 + 10} CDE")],
    ),
]

HELD_ON_MAIN = {
    "shared_sig_dash",
    "shared_sig_reverend",
    "shared_sig_cyrillic_alone",
    "shared_org_office",
    "shared_po_box_de",
    "shared_phone_trunk",
    "shared_phone_00",
    "shared_postal_uk_short",
    "shared_postal_uk_lower",
    "shared_postal_ca_dash",
    "shared_postal_br",
    "shared_postal_jp",
    "own_phone_words",
    "own_ar_name",
    "own_sig_title",
    "own_plate_uk",
}
"""Shapes this round tried that the engine already kept out before it (guards, so they stay out)."""
ROUND2 = SAME_IN_EVERY_COPY + EACH_MEMBER
CASES = [(a, n) for a in ROUND2 if a.key not in HELD_ON_MAIN for n in a.sizes]
GUARDS = [(a, n) for a in ROUND2 if a.key in HELD_ON_MAIN for n in a.sizes]


@pytest.mark.parametrize(("attack", "size"), CASES, ids=[f"{a.key}-{n}" for a, n in CASES])
def test_no_public_page_carries_what_the_second_round_hides(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    attack: Attack,
    size: int,
) -> None:
    run_attack(client, staff, integration, caplog, attack, size)


@pytest.mark.parametrize(("attack", "size"), GUARDS, ids=[f"{a.key}-{n}" for a, n in GUARDS])
def test_what_the_engine_already_kept_out_stays_out(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    attack: Attack,
    size: int,
) -> None:
    run_attack(client, staff, integration, caplog, attack, size)


def test_an_error_body_or_header_never_echoes_what_a_sender_typed(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    """A refused comment's problem body names the field, never the value: a 422 that quoted a
    name or an address back would put it in every proxy's and client's error log (held on main;
    a guard)."""
    create_item(client, staff, ITEM, TITLE)
    secrets = ["Quillbyzz", "4410 Larkspur", "joan.quillbyzz@example", "555 010 9999"]
    refused = [
        {"body": "", "submitter": {"name": "Joan Quillbyzz", "email": "joan.quillbyzz@example"}},
        {"body": "x", "position": "4410 Larkspur", "submitter": {"name": "Joan Quillbyzz"}},
        {"body": "x", "submitter": {"name": "Joan Quillbyzz" * 40, "phone": "555 010 9999"}},
        {"body": "x", "submitter": {"name": "Joan Quillbyzz", "postal_code": "4410 Larkspur" * 9}},
    ]
    for payload in refused:
        r = client.post(f"{BASE}/comments", json=payload)
        assert r.status_code == 422
        seen = r.get_data(as_text=True) + json.dumps(dict(r.headers))
        assert [s for s in secrets if s.lower() in seen.lower()] == []
