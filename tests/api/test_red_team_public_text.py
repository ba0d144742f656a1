"""The red team on public text: personal data in shapes nobody here wrote, on every public page.

Each case is a campaign whose members send one letter with a line of personal data in it: each
member's own (a fill-in line in another language, an address or phone number in another format,
a signature) or the same in every copy (a mail-merge that put the organiser's details in each).
The public summary, the public record (API and pages), the item's public pages, the printable
report without names and the logs must hold none of it, and the letter's shared public sentences
(the vote asked for, the organisation, the street the item is about) must stay. See
docs/labelling.md, "Session 11: the red team on public text".
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import create_item, json_body

pytestmark = pytest.mark.slow

ITEM = "2026-00900"
TITLE = "Installing the Alder Street bike lane"
BASE = f"/api/v1/agenda-items/{ITEM}"
TEMPLATE = [
    "Dear Members of the City Council,",
    "I am writing to ask you to support the Alder Street bike lane.",
    "Please vote yes on item 5.",
    "Safe streets protect our children and our elders.",
    "We, the members of the Sunset Tenants Union, ask for this.",
    "The Alder Street bike lane will connect our schools to the library.",
    "Thank you for your time and service.",
    "On behalf of the Sunset Tenants Union.",
]
KEEP = ["Please vote yes on item 5.", "Alder Street bike lane", "Sunset Tenants Union"]
"""What must stay public: the vote asked for, the street the item is about, the organisation."""
FIRST = [
    "Abigail",
    "Bartholomew",
    "Cordelia",
    "Desmond",
    "Ermintrude",
    "Florentin",
    "Griselda",
    "Horatio",
    "Isolde",
    "Jeremiah",
    "Kunigunde",
    "Leopold",
    "Mirabel",
    "Nikodem",
    "Ottoline",
    "Peregrine",
    "Quintessa",
    "Rosamund",
]
LAST = [
    "Aardvarkpii",
    "Brightwater",
    "Cholmondeley",
    "Dunsinane",
    "Eddowes",
    "Fairweather",
    "Gallowglass",
    "Hathersage",
    "Inglethorpe",
    "Jessamine",
    "Kettlewell",
    "Lockwood",
    "Merriweather",
    "Nettlefold",
    "Ormerod",
    "Pennyfeather",
    "Quarrington",
]
ZH = [
    "王秀英",
    "李建国",
    "张丽华",
    "刘德明",
    "陈美玲",
    "杨志强",
    "黄晓燕",
    "赵国庆",
    "周海涛",
    "吴文静",
]
RU = [
    "Ирина Воробьёва",
    "Пётр Снегирёв",
    "Ольга Журавлёва",
    "Денис Соколов",
    "Анна Лебедева",
    "Игорь Голубев",
    "Мария Синицына",
    "Павел Дроздов",
    "Елена Грачёва",
    "Олег Чижов",
]
SPELLED = [
    "twelve",
    "fourteen",
    "twenty-one",
    "thirty-three",
    "forty",
    "fifty-five",
    "sixty-two",
    "seventy",
    "eighty-eight",
    "ninety-nine",
    "one hundred",
]
STREETS = [
    "Wexcombe",
    "Yarrowdale",
    "Quillfeather",
    "Brackenridge",
    "Thistlewood",
    "Marrowbone",
    "Saffronhill",
    "Cobblestone",
    "Juniperwick",
    "Larkspur",
    "Moorhaven",
]
ORD = ["3rd", "5th", "7th", "9th", "11th", "14th", "22nd", "31st", "41st", "52nd"]
PLATES = [
    "7ABC123",
    "8XYZ456",
    "4KLM789",
    "6QRS012",
    "5TUV345",
    "3WXY678",
    "2DEF901",
    "9GHJ234",
    "1JKL567",
    "7MNP890",
]


@dataclass
class Member:
    i: int
    name: str
    email: str
    zip: str
    num: int
    street: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def member(i: int) -> Member:
    name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"
    if i >= len(FIRST):
        name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}{'x' * (i // len(FIRST))}"
    return Member(
        i,
        name,
        f"m{i}.{name.split()[-1].lower()}@example.org",
        f"{94100 + i:05d}",
        100 + 7 * i,
        STREETS[i % len(STREETS)],
    )


@dataclass
class Attack:
    key: str
    fill: Callable[[Member], str]
    secrets: Callable[[Member], list[tuple[str, str]]]
    where: str = "middle"  # start | middle | end
    sizes: tuple[int, ...] = (10,)
    carriers: int | None = None  # how many members carry the fill-in (default all)
    submitter_name: Callable[[Member], str] | None = None
    keep: list[str] = field(default_factory=lambda: list(KEEP))


def _a(
    key: str,
    fill: Callable[[Member], str],
    secrets: Callable[[Member], list[tuple[str, str]]],
    **kw: Any,
) -> Attack:
    return Attack(key, fill, secrets, **kw)


ATTACKS = [
    _a(
        "es_me_llamo",
        lambda m: f"Me llamo {m.name} y vivo en la calle {m.street} {m.num}.",
        lambda m: [("own_name", m.surname), ("address", f"{m.street} {m.num}")],
        where="start",
    ),
    _a(
        "fr_je_mappelle",
        lambda m: f"Je m'appelle {m.name} et j'habite au {m.num} rue {m.street}.",
        lambda m: [("own_name", m.surname), ("address", f"{m.num} rue {m.street}")],
    ),
    _a(
        "vi_toi_ten_la",
        lambda m: f"Tôi tên là {m.name}, sống tại {m.num} đường {m.street}.",
        lambda m: [("own_name", m.surname), ("address", f"{m.num} đường {m.street}")],
        where="end",
    ),
    _a(
        "zh_wo_jiao",
        lambda m: f"我叫{ZH[m.i % len(ZH)]}，住在{m.street}路{m.num}号。",
        lambda m: [("own_name", ZH[m.i % len(ZH)]), ("address", f"{m.street}路{m.num}号")],
        where="start",
        submitter_name=lambda m: ZH[m.i % len(ZH)],
    ),
    _a(
        "ru_menya_zovut",
        lambda m: f"Меня зовут {RU[m.i % len(RU)]}, я живу по адресу ул. {m.street}, д. {m.num}.",
        lambda m: [("own_name", RU[m.i % len(RU)].split()[-1]), ("address", f"д. {m.num}")],
        submitter_name=lambda m: RU[m.i % len(RU)],
    ),
    _a(
        "tl_ako_si",
        lambda m: f"Ako si {m.name}, nakatira sa {m.num} {m.street} Street.",
        lambda m: [("own_name", m.surname), ("address", f"{m.num} {m.street} Street")],
        where="end",
    ),
    _a(
        "apt_w_3rd",
        lambda m: f"I live at Apt {m.i + 1}B, {m.num} W. {ORD[m.i % 10]} St. with my kids.",
        lambda m: [("address", f"{m.num} W. {ORD[m.i % 10]}")],
    ),
    _a(
        "po_box",
        lambda m: f"Write to me at PO Box {m.num}, Springfield.",
        lambda m: [("address", f"PO Box {m.num}")],
        where="end",
    ),
    _a(
        "unit_slash",
        lambda m: f"My flat is unit {m.i + 1}/{m.num} {m.street} Rd.",
        lambda m: [("address", f"{m.num} {m.street} Rd")],
    ),
    _a(
        "spelled_house_number",
        lambda m: f"I live at {SPELLED[m.i % len(SPELLED)]} {m.street} Lane.",
        lambda m: [("address", f"{SPELLED[m.i % len(SPELLED)]} {m.street} Lane")],
        where="start",
    ),
    _a(
        "corner_of",
        lambda m: f"I live on the corner of {m.street} and {ORD[m.i % 10]}.",
        lambda m: [("address", f"corner of {m.street}")],
    ),
    _a(
        "phone_plus1_parens",
        lambda m: f"Call me at +1 (555) 010-{1000 + m.i:04d}.",
        lambda m: [("phone", f"010-{1000 + m.i:04d}")],
        where="end",
    ),
    _a(
        "phone_dots",
        lambda m: f"My number is 555.010.{2000 + m.i:04d} if you need me.",
        lambda m: [("phone", f"555.010.{2000 + m.i:04d}")],
    ),
    _a(
        "phone_international",
        lambda m: f"From abroad, ring +44 20 7946 {m.i:04d} please.",
        lambda m: [("phone", f"7946 {m.i:04d}")],
    ),
    _a(
        "email_at_dot",
        lambda m: f"Email me: {m.surname.lower()} at example dot com.",
        lambda m: [("email", f"{m.surname.lower()} at example dot com")],
        where="end",
    ),
    _a(
        "email_brackets",
        lambda m: f"Reach me at {m.surname.lower()}[at]example.com.",
        lambda m: [("email", f"{m.surname.lower()}[at]example.com")],
    ),
    _a(
        "email_plain_mid",
        lambda m: f"Reply to {m.email} anytime, I read it daily.",
        lambda m: [("email", m.email)],
    ),
    _a(
        "signature_distinct",
        lambda m: f"Sincerely, {m.name}",
        lambda m: [("own_name", m.surname)],
        where="end",
    ),
    _a(
        "name_mid_sentence",
        lambda m: f"As Dr. {m.surname} said to me, cycling saves lives.",
        lambda m: [("other_name", m.surname)],
    ),
    _a(
        "postal_alone",
        lambda m: f"I live in {m.zip}.",
        lambda m: [("postal", m.zip)],
        where="start",
    ),
    _a(
        "zip_plus4",
        lambda m: f"My ZIP is {m.zip}-{m.i + 1000:04d}.",
        lambda m: [("postal", f"{m.zip}-{m.i + 1000:04d}")],
    ),
    _a(
        "ca_postcode",
        lambda m: f"My postal code is K{m.i % 10}A {m.i % 10}B{(m.i + 1) % 10}.",
        lambda m: [("postal", f"K{m.i % 10}A {m.i % 10}B{(m.i + 1) % 10}")],
    ),
    _a(
        "uk_postcode",
        lambda m: f"I'm at SW{m.i % 9 + 1}A {m.i % 9 + 1}AA these days.",
        lambda m: [("postal", f"SW{m.i % 9 + 1}A {m.i % 9 + 1}AA")],
        where="end",
    ),
    _a(
        "date_of_birth",
        lambda m: f"I was born on March {m.i % 28 + 1}, 19{50 + m.i % 40}.",
        lambda m: [("dob", f"March {m.i % 28 + 1}, 19{50 + m.i % 40}")],
    ),
    _a(
        "license_plate",
        lambda m: f"My car, plate {PLATES[m.i % 10]}, was towed from Alder Street.",
        lambda m: [("plate", PLATES[m.i % 10])],
    ),
    _a(
        "account_number",
        lambda m: f"My utility account number is 4401-{m.i:04d}-88.",
        lambda m: [("account", f"4401-{m.i:04d}-88")],
    ),
    _a(
        "from_header",
        lambda m: f"From: {m.name}",
        lambda m: [("own_name", m.surname)],
        where="start",
    ),
    _a(
        "lowercase_fill",
        lambda m: f"my name is {m.name.lower()} and i live at {m.num} {m.street.lower()} ct.",
        lambda m: [("own_name", m.surname.lower()), ("address", f"{m.num} {m.street.lower()}")],
    ),
    _a(
        "accented_name",
        lambda m: f"My name is José {m.surname}-Núñez and I vote.",
        lambda m: [("own_name", f"{m.surname}-Núñez")],
        where="start",
    ),
    _a(
        "mlk_blvd",
        lambda m: f"I live at {m.num} Martin Luther King Jr. Blvd #{m.i + 2}.",
        lambda m: [("address", f"{m.num} Martin Luther King")],
    ),
    # the same value in every copy: shared, so only a personal-data detector can stop it
    _a(
        "mailmerge_organiser",
        lambda m: "My name is Joan Quillby and I live at 55 Pine Street.",
        lambda m: [("name", "Quillby"), ("address", "55 Pine Street")],
        sizes=(3, 10),
    ),
    _a(
        "shared_signature_same_name",
        lambda m: "Sincerely, Maria Lopez",
        lambda m: [("own_name", "Maria Lopez")],
        where="end",
        sizes=(10,),
        submitter_name=lambda m: "Maria Lopez",
    ),
    _a(
        "shared_postal",
        lambda m: "I live in 94110.",
        lambda m: [("postal", "94110")],
        sizes=(3, 10),
    ),
    _a(
        "shared_phone",
        lambda m: "Questions? Call the campaign at (555) 010-9999.",
        lambda m: [("phone", "010-9999")],
        sizes=(10,),
    ),
    _a(
        "shared_email",
        lambda m: "Questions: organizer@sunsettenants.org",
        lambda m: [("email", "organizer@sunsettenants.org")],
        where="end",
        sizes=(10,),
    ),
    _a(
        "shared_email_obfuscated",
        lambda m: "Write to organizer at sunsettenants dot org.",
        lambda m: [("email", "organizer at sunsettenants dot org")],
        sizes=(10,),
    ),
    _a(
        "shared_phone_dots",
        lambda m: "Text 555.010.7777 to join us.",
        lambda m: [("phone", "555.010.7777")],
        sizes=(10,),
    ),
    _a(
        "shared_po_box",
        lambda m: "Mail: PO Box 4410, Springfield.",
        lambda m: [("address", "PO Box 4410")],
        sizes=(10,),
    ),
    _a(
        "shared_zip_plus4",
        lambda m: "We meet in 94110-1234.",
        lambda m: [("postal", "94110-1234")],
        sizes=(10,),
    ),
    _a(
        "shared_uk_postcode",
        lambda m: "Our office is in SW1A 1AA.",
        lambda m: [("postal", "SW1A 1AA")],
        sizes=(10,),
    ),
    _a(
        "shared_es_address",
        lambda m: "Vivimos en la calle Olmo 123, apartamento 4.",
        lambda m: [("address", "Olmo 123")],
        sizes=(10,),
    ),
    _a(
        "shared_corner",
        lambda m: "Our office is at the corner of Elm and 5th.",
        lambda m: [("address", "corner of Elm and 5th")],
        sizes=(10,),
    ),
    _a(
        "shared_friend_sentence",
        lambda m: "My neighbour Rosa Delgado at 14 Birch Lane was hit by a car last year.",
        lambda m: [("other_name", "Delgado"), ("address", "14 Birch Lane")],
        sizes=(50,),
        carriers=3,
    ),
    _a(
        "shared_friend_no_pii",
        lambda m: "My neighbour was hit by a car on this very street last year.",
        lambda m: [("share", "hit by a car on this very street")],
        sizes=(50,),
        carriers=3,
    ),
    _a("shared_dob", lambda m: "Born 03/04/1961.", lambda m: [("dob", "03/04/1961")], sizes=(10,)),
    _a(
        "shared_intl_phone",
        lambda m: "Call +33 1 23 45 67 89 for help.",
        lambda m: [("phone", "45 67 89")],
        sizes=(10,),
    ),
    _a(
        "placeholder",
        lambda m: "My name is [Name] and I live at [Address].",
        lambda m: [],
        sizes=(10,),
    ),
    _a(
        "scale_fill_in",
        lambda m: f"My name is {m.name} and I live at {m.num} {m.street} Court.",
        lambda m: [("own_name", m.surname), ("address", f"{m.num} {m.street} Court")],
        sizes=(3, 50, 300),
    ),
]


def _same_in_every_copy(key: str, line: str, secrets: list[tuple[str, str]]) -> Attack:
    """Every member's copy carries ``line`` word for word (a mail-merge, an organiser's line):
    shared by all, so only its shape can keep it out of public text."""
    return Attack(f"shared_{key}", lambda _m: line, lambda _m: secrets, sizes=(10,))


SAME_IN_EVERY_COPY = [
    ("phone_dashes", "Call 555-010-9999 to help.", [("phone", "555-010-9999")]),
    ("phone_run", "Call 5550109999 to help.", [("phone", "5550109999")]),
    ("phone_spaces_plus1", "Call +1 555 010 9999 to help.", [("phone", "010 9999")]),
    ("phone_parens_nospace", "Call (555)010-9999 to help.", [("phone", "010-9999")]),
    ("phone_word", "Phone: 555 0109 999.", [("phone", "0109 999")]),
    ("phone_fr", "Appelez le 01 23 45 67 89.", [("phone", "45 67 89")]),
    ("phone_de", "Tel. 030 1234567.", [("phone", "1234567")]),
    (
        "email_paren",
        "Write organizer (at) sunsettenants (dot) org.",
        [("email", "sunsettenants (dot) org")],
    ),
    (
        "email_spaces",
        "Write organizer @ sunsettenants . org today.",
        [("email", "organizer @ sunsettenants")],
    ),
    ("addr_apt", "Our office: Apt 4B, 1200 W. 3rd St.", [("address", "1200 W. 3rd")]),
    ("addr_unit_slash", "Our office: unit 7/12 Harbour Rd.", [("address", "12 Harbour Rd")]),
    ("addr_spelled", "We meet at twelve Alder Court.", [("address", "twelve Alder Court")]),
    ("addr_fr", "Nous sommes au 12 rue de la Paix.", [("address", "12 rue de la Paix")]),
    ("addr_zh", "我们住在幸福路12号。", [("address", "幸福路12号")]),
    ("addr_ru", "Мы живём на ул. Ленина, д. 5.", [("address", "д. 5")]),
    ("addr_vi", "Chúng tôi ở số 12 đường Lê Lợi.", [("address", "12 đường Lê Lợi")]),
    ("addr_no_suffix", "Drop by 4410 Larkspur any evening.", [("address", "4410 Larkspur")]),
    (
        "addr_hash",
        "Office at 1234 Martin Luther King Jr. Blvd #5.",
        [("address", "1234 Martin Luther King")],
    ),
    ("addr_corner2", "We live at Oak and 3rd, by the school.", [("address", "Oak and 3rd")]),
    ("postal_ca", "Our postal code is K1A 0B1.", [("postal", "K1A 0B1")]),
    ("postal_ca_nospace", "Our postal code is K1A0B1.", [("postal", "K1A0B1")]),
    ("postal_in_words", "We all live in ZIP code 94110.", [("postal", "94110")]),
    ("dob_words", "Born March 3, 1961, in this city.", [("dob", "March 3, 1961")]),
    ("dob_iso", "DOB 1961-03-04.", [("dob", "1961-03-04")]),
    ("plate", "Plate 7ABC123 was towed.", [("plate", "7ABC123")]),
    ("account", "Account #4401-2231-88 is mine.", [("account", "4401-2231-88")]),
    ("ssn", "SSN 123-45-6789.", [("account", "123-45-6789")]),
    ("name_es", "Me llamo Joan Quillby y apoyo esto.", [("name", "Quillby")]),
    ("name_fr", "Je m'appelle Joan Quillby et je soutiens ceci.", [("name", "Quillby")]),
    ("name_zh", "我叫王秀英，我支持这个。", [("name", "王秀英")]),
    ("name_ru", "Меня зовут Ирина Воробьёва, я за.", [("name", "Воробьёва")]),
    ("name_vi", "Tôi tên là Nguyễn Văn An và tôi ủng hộ.", [("name", "Nguyễn Văn An")]),
    ("name_tl", "Ako si Juan dela Cruz at sumusuporta ako.", [("name", "dela Cruz")]),
    ("name_de", "Ich heiße Joan Quillby und bin dafür.", [("name", "Quillby")]),
    ("name_mid_dr", "As Dr. Quillby said to me, cycling saves lives.", [("name", "Quillby")]),
    ("name_alone_line", "Joan Quillby", [("name", "Quillby")]),
    ("name_signed", "Signed, Joan Quillby, resident", [("name", "Quillby")]),
    ("name_im", "I'm Joan Quillby, a nurse on this street.", [("name", "Quillby")]),
]
ATTACKS += [_same_in_every_copy(*attack) for attack in SAME_IN_EVERY_COPY]
ATTACKS += [
    _a(
        "shared_member_surname",
        lambda m: "Ask Mrs. Aardvarkpii about the crash.",
        lambda m: [("member_name", "Aardvarkpii")],
        sizes=(10,),
    ),
    _a(
        "shared_name_half",
        lambda m: "Sincerely, Maria Lopez",
        lambda m: [("name", "Maria Lopez")],
        where="end",
        sizes=(10,),
        carriers=5,
        submitter_name=lambda m: "Maria Lopez" if m.i < 5 else m.name,
    ),
    _a(
        "keep_official",
        lambda m: "Councilmember Rivera promised this in 2024.",
        lambda m: [],
        sizes=(10,),
        keep=[*KEEP, "Councilmember Rivera"],
    ),
    _a(
        "keep_agenda_street",
        lambda m: "The 1200 block of Alder Street needs it most.",
        lambda m: [],
        sizes=(10,),
        keep=[*KEEP, "1200 block of Alder Street"],
    ),
]
CASES = [(a, n) for a in ATTACKS for n in a.sizes]


def _body(attack: Attack, m: Member, carries: bool) -> str:
    lines = list(TEMPLATE)
    if carries:
        at = {"start": 1, "middle": 3, "end": len(lines)}[attack.where]
        lines.insert(at, attack.fill(m))
    return "\n".join(lines)


def _mentions(text: str, detail: str) -> bool:
    if re.fullmatch(r"[\d-]+", detail):
        return re.search(rf"(?<![\d.]){re.escape(detail)}(?![\d])", text) is not None
    return detail.lower() in text.lower()


def _texts(client: FlaskClient, staff: dict[str, str]) -> dict[str, str]:
    def js(path: str, **kw: Any) -> str:
        r = client.get(path, **kw)
        return json.dumps(r.json, ensure_ascii=False) if r.is_json else r.get_data(as_text=True)

    out = {"summary": js(f"{BASE}/summary"), "listing": js("/api/v1/agenda-items") + js(BASE)}
    out["report"] = html.unescape(
        client.get(f"{BASE}/report", headers=staff).get_data(as_text=True)
    )
    out["form"] = html.unescape(client.get(f"/items/{ITEM}/comment").get_data(as_text=True))
    put = client.put(f"{BASE}/publication", json={"published": True}, headers=staff)
    assert put.status_code == 200, put.json
    record: list[str] = []
    cursor = ""
    while True:
        page = json_body(client.get(f"{BASE}/record?limit=100{cursor}"))
        for e in page["items"]:
            record.append(json.dumps(e, ensure_ascii=False))
            if e.get("additions_url"):
                record.append(js(e["additions_url"] + "?limit=100"))
                cid = e["additions_url"].rstrip("/").split("/")[-1]
                record.append(
                    html.unescape(
                        client.get(f"/items/{ITEM}/record/campaigns/{cid}").get_data(as_text=True)
                    )
                )
        if not page.get("next_cursor"):
            break
        cursor = f"&cursor={page['next_cursor']}"
    out["record"] = "\n".join(record) + html.unescape(
        client.get(f"/items/{ITEM}/record").get_data(as_text=True)
    )
    return out


@pytest.mark.parametrize(("attack", "size"), CASES, ids=[f"{a.key}-{n}" for a, n in CASES])
def test_no_public_page_carries_what_the_attack_hides(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    attack: Attack,
    size: int,
) -> None:
    run_attack(client, staff, integration, caplog, attack, size)


def run_attack(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    attack: Attack,
    size: int,
) -> None:
    """Send the attack's campaign through the API, then read every public surface for what it
    hides (and the letter's public sentences for what must stay)."""
    caplog.set_level(logging.DEBUG)
    create_item(client, staff, ITEM, TITLE)
    now = datetime.now(UTC)
    client.application.extensions["intake.clock"] = lambda: now
    members = [member(i) for i in range(size)]
    carriers = attack.carriers if attack.carriers is not None else size
    payloads = []
    for m in members:
        name = attack.submitter_name(m) if attack.submitter_name else m.name
        payloads.append(
            {
                "body": _body(attack, m, m.i < carriers),
                "position": "support",
                "submitter": {"name": name, "email": m.email, "postal_code": m.zip},
            }
        )
    for start in range(0, len(payloads), 100):
        r = client.post(
            f"{BASE}/comments/batch",
            json={"comments": payloads[start : start + 100]},
            headers=integration,
        )
        assert r.status_code == 200 and r.json["failed"] == 0, r.json
    later = now + timedelta(days=1)
    client.application.extensions["intake.clock"] = lambda: later
    texts = _texts(client, staff)
    texts["logs"] = "\n".join(r.getMessage() for r in caplog.records)
    summary = json_body(client.get(f"{BASE}/summary"))
    assert [c["size"] for c in summary["campaigns"]] == [size]
    representative = summary["campaigns"][0]["representative_text"]
    leaks = {
        f"{surface} shows {kind} {secret!r}"
        for m in members[:carriers]
        for kind, secret in attack.secrets(m)
        for surface, text in texts.items()
        if _mentions(text, secret)
    }
    assert sorted(leaks) == []
    assert [k for k in attack.keep if k not in representative] == []
