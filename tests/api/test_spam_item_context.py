"""The relatedness spam signal through the service: the item's title and earlier comments are its
context, loaded only for comments with links or contacts, the same one by one and in a batch."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from tests.conftest import comment_payload

TITLE = "Prohibiting the use of city property for immigration enforcement"
ON_TOPIC = [
    "The city must not let immigration agents use municipal parking garages or property.",
    "Please pass an ordinance, not a resolution, banning enforcement on city property.",
    "Our police department should stay out of federal immigration raids in Sacramento.",
    "Immigrant families in my neighborhood are afraid to visit the public library.",
    "City data and staff time must never support deportations; protect our residents.",
    "Sanctuary policies in Oakland and Los Angeles show the council how to write this.",
    "Close the loophole that lets joint task forces use city facilities for enforcement.",
    "Teachers, nurses and farmworkers are our neighbors; the city should protect them.",
    "Contracts with detention companies should end, and investments should be reviewed.",
    "Enforcement on school grounds and in parks terrifies children and parents alike.",
]
SPAM = (
    "Cheapest insurance quotes, compare providers, discounts instantly "
    "http://quote.example.xyz/offer http://save.example.top/deal http://cars.example.click"
)
CITING = (
    "The Los Angeles ordinance on immigration enforcement and city property is here: "
    "https://news.example.com/la-sanctuary-ordinance"
)


def create_item(
    client: FlaskClient, staff: dict[str, str], item_id: str, title: str = TITLE
) -> str:
    response = client.post(
        "/api/v1/agenda-items", json={"id": item_id, "title": title}, headers=staff
    )
    assert response.status_code == 201, response.json
    return item_id


def entry(body: str, n: int) -> dict[str, Any]:
    return comment_payload(body, submitter={"name": f"Person {n}", "email": f"p{n}@example.org"})


def labels(client: FlaskClient, staff: dict[str, str], ids: list[int]) -> list[dict[str, Any]]:
    return [client.get(f"/api/v1/comments/{i}", headers=staff).json["label"] for i in ids]


def unrelated(label: dict[str, Any]) -> bool:
    return any(r.startswith("unrelated to the item") for r in label["reasons"])


def labels_alone_and_in_a_batch(
    client: FlaskClient,
    staff: dict[str, str],
    integration: dict[str, str],
    bodies: list[str],
    items: tuple[str, str],
    title: str = TITLE,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The labels of ``bodies`` posted one by one on the first item, and in one batch on the
    second (both titled ``title``), in the same order."""
    single, batch = (create_item(client, staff, item_id, title) for item_id in items)
    single_ids = []
    for n, body in enumerate(bodies):
        response = client.post(
            f"/api/v1/agenda-items/{single}/comments", json=entry(body, n), headers=integration
        )
        assert response.status_code == 201, response.json
        single_ids.append(response.json["id"])
    response = client.post(
        f"/api/v1/agenda-items/{batch}/comments/batch",
        json={"comments": [entry(b, n + 100) for n, b in enumerate(bodies)]},
        headers=integration,
    )
    assert response.status_code == 200, response.json
    batch_ids = [r["receipt"]["id"] for r in response.json["results"]]
    return labels(client, staff, single_ids), labels(client, staff, batch_ids)


def test_unrelated_spam_is_caught_and_a_citation_is_not(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    item = create_item(client, staff, "2026-07001")
    url = f"/api/v1/agenda-items/{item}/comments"
    ids = []
    for n, body in enumerate([*ON_TOPIC, SPAM, CITING]):
        response = client.post(
            url, json=entry(body, n), environ_base={"REMOTE_ADDR": f"10.9.0.{n + 1}"}
        )
        assert response.status_code == 201, response.json
        ids.append(response.json["id"])
    spam, citing = labels(client, staff, ids[-2:])
    assert spam["kind"] == "spam" and unrelated(spam), spam
    assert citing["kind"] != "spam" and not unrelated(citing), citing


def test_without_context_the_signal_is_not_judged(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    item = create_item(client, staff, "2026-07002")
    response = client.post(f"/api/v1/agenda-items/{item}/comments", json=entry(SPAM, 1))
    (label,) = labels(client, staff, [response.json["id"]])
    # The relatedness signal needs a context of 20 terms; since round 7 an advert among an
    # item's first comments is judged against its title on stronger evidence instead.
    assert not any("% of its" in r for r in label["reasons"]), label
    assert any("among the first comments" in r for r in label["reasons"]), label


def test_batch_and_one_by_one_see_the_same_context(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    other_spam = (
        "Replica watches and designer handbags wholesale, free shipping worldwide "
        "http://replica.example.xyz http://bags.example.top http://watch.example.click"
    )
    bodies = [*ON_TOPIC[:8], SPAM, *ON_TOPIC[8:], other_spam, CITING]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-07003", "2026-07004")
    )
    assert [(x["kind"], unrelated(x)) for x in one] == [(x["kind"], unrelated(x)) for x in together]
    assert [unrelated(x) for x in one].count(True) == 2, one


def test_round_8_adverts_without_contact_load_the_context_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 8's signals that judge a text with no contact against the item (an advert made
    of advert words, keyword stuffing) ask for the item's context, and give the same labels one
    by one and in a batch."""
    followers = "Get 10k real Instagram followers and likes in 24 hours, cheapest price guaranteed!"
    stuffing = (
        "cheap car insurance, car insurance quotes, best car insurance, car insurance online, "
        "cheap auto insurance near me"
    )
    resident = "We need cheap, fast internet and a discount for low-income families."
    bodies = [*ON_TOPIC, followers, stuffing, resident]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-07005", "2026-07006")
    )
    assert [(x["kind"], x["reasons"]) for x in one] == [(x["kind"], x["reasons"]) for x in together]
    assert [x["kind"] == "spam" for x in one[-3:]] == [True, True, False], one[-3:]


def test_round_9_hidden_links_harvesting_and_closing_adverts_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 9's signals that read the item's context (a defanged link, a stranger asking for
    the reader's address, keyword stuffing with no separator, an advert in a comment's closing
    sentences) ask for it, and give the same labels one by one and in a batch; a resident
    asking for a neighbour's address about the item is kept."""
    defanged = (
        "Lonely tonight? Meet mature women near you, no card needed: hxxps://meet-now[.]date/x"
    )
    harvest = "Hi dear, I liked what you wrote. Can I have your email so we can chat privately?"
    stuffing = (
        "cheap car insurance quotes car insurance near me best car insurance online car "
        "insurance deals cheap auto insurance affordable car insurance today"
    )
    closing = (
        "The city must keep immigration enforcement off city property. Keep our families safe. "
        "Also I quit my office job after making $640 a week trading from my phone, message me "
        "for the secret. Details at w w w . quick-profit-now . c o m"
    )
    resident = (
        "Can I have your email? I want to gather neighbors against enforcement on city property."
    )
    bodies = [*ON_TOPIC, defanged, harvest, stuffing, closing, resident]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-09001", "2026-09002")
    )
    assert [(x["kind"], x["reasons"]) for x in one] == [(x["kind"], x["reasons"]) for x in together]
    assert [x["kind"] == "spam" for x in one[-5:]] == [True, True, True, True, False], one[-5:]


def test_round_10_addresses_on_any_tld_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 10: a bare address on a top-level domain linkify-it does not know by default
    (``.bet``, ``.casino``) and a coded label spelled with "dot" before a word TLD are links;
    they ask for the item's context and give the same labels and reasons one by one and in a
    batch; a resident's missed space ("Park.City") is no link."""
    link_only = "Apuesta ahora: cuotas-altas.bet"
    spelled = "Gana dinero desde casa sin experiencia, visita mi página: ganafacil2026 dot site"
    resident = "The council met at the old Park.City property; enforcement there must stop."
    bodies = [*ON_TOPIC, link_only, spelled, resident]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-10001", "2026-10002")
    )
    assert [(x["kind"], x["reasons"]) for x in one] == [(x["kind"], x["reasons"]) for x in together]
    assert [x["kind"] == "spam" for x in one[-3:]] == [True, True, False], one[-3:]


BIKE_LANES = "Resolution 88: Protected bike lanes on Alder Avenue, removing 140 parking spaces"
ON_ALDER = [
    "Parking on Alder is already scarce for the dentist and the pharmacy customers.",
    "My kids cannot cross Alder to school safely; the lanes would slow traffic down.",
    "Delivery vans double park all day; where will they load if the spaces go?",
    "Painted lines are not protection. Concrete curbs or nothing.",
    "Seniors at the co-op need the curbside spots near the entrance.",
]


def test_round_11_a_shop_owner_naming_the_title_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 11: a bike shop owner who names the item's "bike" as "bikes" and leaves a number
    speaks of the item (spam on round 10), and an advert that names the item's subject only
    in its opening sentence is still spam, with the same labels and reasons one by one and in
    a batch."""
    owner = (
        "I own Kettle Cycles at 310 Alder. Yes I sell bikes, so weigh that, but my customers "
        "tell me they would ride more if Alder did not feel like a freeway. Call me: 555-0177."
    )
    advert = (
        "Love the bike lanes idea. By the way, anyone who needs cheap car insurance, roadside "
        "assistance or towing quotes within minutes should visit www.quote-saver-deals.com for "
        "instant discounts."
    )
    bodies = [*ON_ALDER, owner, advert]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-11001", "2026-11002"), BIKE_LANES
    )
    # The owner's body posted on the batch's item is a copy of the one posted first on the other
    # item, so the two meet as a form letter; the first copy shows the verdict it would have had
    # arriving as a member (intake.labelling.member_spam), so the weights agree too.
    assert [(x["kind"], x["reasons"]) for x in one] == [(x["kind"], x["reasons"]) for x in together]
    assert evidence(one[-2]) == ["contact: 1 phone number(s) in text"], one[-2]
    assert [x["kind"] == "spam" for x in one[-2:]] == [False, True], one[-2:]
    assert together[-1]["kind"] == "spam", together[-1]


def evidence(label: dict[str, Any]) -> list[str]:
    """A label's reasons without the weight each counted for."""
    return [reason.rsplit(" (+", 1)[0] for reason in label["reasons"]]


def test_round_12_closing_sentences_and_pitches_to_a_site_owner_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 12: a shop owner who closes with how to reach him is not spam (his closing sells
    nothing; spam on round 11), an advert whose short closing sells is, and so is long praise
    of a "post" that shares nothing with the item (it asks for the item's context without any
    way to reach anyone), with the same labels and reasons one by one and in a batch."""
    owner = (
        "I run Alder Bike Repair (fixmyride.example.com) next to the bike lanes project. I "
        "would ask the council to phase the construction so small businesses can keep their "
        "doors open through the summer. Happy to talk: 555-0126."
    )
    advert = (
        "Parking on Alder is a mess, agreed. Bored tonight? Lonely girls nearby want to meet "
        "you. No credit card needed. Chat now: meetlocal-girls.fun"
    )
    praise = (
        "This is a truly wonderful article with so many useful insights. I appreciate the "
        "effort you put into explaining everything so clearly. Looking forward to reading more "
        "of your posts!"
    )
    bodies = [*ON_ALDER, owner, advert, praise]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-12001", "2026-12002"), BIKE_LANES
    )
    # As in round 11, each body posted on the batch's item meets its copy on the first item as
    # a form letter (order of arrival): the evidence is compared without its weights.
    assert [(x["kind"], evidence(x)) for x in one] == [(x["kind"], evidence(x)) for x in together]
    assert [x["kind"] == "spam" for x in one[-3:]] == [False, True, True], one[-3:]
    assert any(r.startswith("written to a 'article'") for r in one[-1]["reasons"]), one[-1]


def test_round_13_a_selling_end_and_spelled_addresses_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 13: an advert that opens on the item's subject and ends by selling through a link
    whose closing names the item too, and an address spelled with a path, are spam (neither was
    on round 12); a resident quoting a phishing text to warn others and a resident's Markdown
    link to a report are not, with the same labels and evidence one by one and in a batch."""
    advert = (
        "Protected lanes on Alder are overdue, my kids ride there. And for Alder riders: bike "
        "locks and lights 50% off this week at alder-cycle-deals.example.com"
    )
    spelled = "Lower your car insurance by 40% today: quotesnap dot co slash start"
    warning = (
        'Neighbours, I got this text today and it is a scam, do not click. It said: "Your '
        "Alder parking permit will be cancelled. Pay the $4.99 renewal now at "
        'alder-permit-pay.example.com" The city never texts about permits.'
    )
    markdown = (
        "The counts are in the city's traffic study: 41% of trips on Alder are under two miles "
        "([traffic study](https://www.altraffic.example.org/studies/2026/alder-counts.pdf))."
    )
    bodies = [*ON_ALDER, advert, spelled, warning, markdown]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-13001", "2026-13002"), BIKE_LANES
    )
    assert [(x["kind"], evidence(x)) for x in one] == [(x["kind"], evidence(x)) for x in together]
    assert [x["kind"] == "spam" for x in one[-4:]] == [True, True, False, False], one[-4:]
    assert any("ends by selling through a link" in r for r in one[-4]["reasons"]), one[-4]
    assert any("spelled out with a path" in r for r in one[-3]["reasons"]), one[-3]


def test_round_14_emphasis_an_event_written_apart_and_two_shapes_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 14: "No no no no no." before a sentence and a community meeting in Spanish (a
    time of day, the group's site, written in a language nobody on the item used) are not
    spam (both were on c2004a4); search queries strung together and phishing whose host asks
    for a bill are, with the same labels and evidence one by one and in a batch."""
    emphatic = "No no no no no. Not on Alder."
    meeting = (
        "Invitamos a todos a la reunión sobre los carriles de bicicleta y el estacionamiento en "
        "la avenida Alder el jueves a las 6pm en el centro comunitario. Habrá traducción y venta "
        "de tamales. Más información: vecinosalder.example.org"
    )
    queries = (
        "bike lanes near me protected bike lanes cost bike lanes pros and cons parking near "
        "bike lanes cheap parking near me parking permit cost"
    )
    phishing = (
        "FINAL NOTICE: Your Alder Avenue parking permit account has an unpaid balance of "
        "$61.20. To avoid a tow and late penalties on your parking permit, pay online now at "
        "https://alder-parking-billing.pay-portal-secure.com Reference No. PK-40213."
    )
    bodies = [*ON_ALDER, emphatic, meeting, queries, phishing]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-14001", "2026-14002"), BIKE_LANES
    )
    assert [(x["kind"], evidence(x)) for x in one] == [(x["kind"], evidence(x)) for x in together]
    assert [x["kind"] == "spam" for x in one[-4:]] == [False, False, True, True], one[-4:]
    assert any("search queries strung together" in r for r in one[-2]["reasons"]), one[-2]
    assert any("a host named to ask visitors" in r for r in one[-1]["reasons"]), one[-1]


def test_session_12_bulk_kinds_and_their_look_alikes_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Session 12: an advert naming the item's street, a prize told to the reader, money sent
    back multiplied and a result promised by a deadline are spam (none was on 079ef8c); a
    resident naming the street with a news story and "Nice work, council!" are not, with the
    same labels and evidence one by one and in a batch."""
    resident = (
        "I cycle on Alder Avenue daily. The Ledger covered the crashes: "
        "https://www.ledger.example.com/2026/10/12/alder-avenue-crashes"
    )
    praise = "Nice work, council!"
    singles = (
        "Lonely tonight? Sweet girls near Alder Avenue want to chat: http://lovedates.example.net"
    )
    prize = "Поздравляем! Вы выиграли iPhone 17. Перейдите по ссылке http://win-now.example.com"
    doubled = "Crypto giveaway! Send 0.2 ETH, get 0.4 ETH back. Contact eth@example.com now"
    promise = "Lose 10 kg in 2 weeks with our drops! Order: https://slim-drops.example.com"
    bodies = [*ON_ALDER, resident, praise, singles, prize, doubled, promise]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-12001", "2026-12002"), BIKE_LANES
    )
    assert [(x["kind"], evidence(x)) for x in one] == [(x["kind"], evidence(x)) for x in together]
    assert [x["kind"] == "spam" for x in one[-6:]] == [False, False, True, True, True, True], one
    assert any("tells the reader they won" in r for r in one[-3]["reasons"]), one[-3]
    assert any("comes back multiplied" in r for r in one[-2]["reasons"]), one[-2]


def test_round_15_a_messenger_next_to_a_sum_and_a_communitys_chat_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Round 15: a community's free lessons written apart, ending on its Telegram chat, is not
    spam (it was on 079ef8c: ``t.me`` read as a shortener); a riders' WhatsApp group with a
    sum on the item is not spam either; an earnings offer naming WhatsApp without an ID, written
    apart, is (it asks for the item's context without any address), and so is a hidden shop
    address next to a percentage; with the same labels and evidence one by one and in a batch."""
    chat = (
        "Наша українська громада щонеділі проводить безкоштовні уроки їзди на велосипеді для "
        "дітей. Просимо безпечні смуги на Alder. Наш чат: t.me/ukr_bike_example"
    )
    riders = (
        "Our riders' WhatsApp group raised $600 for bike lights on Alder Avenue; protected "
        "lanes would do far more for the kids who ride to school."
    )
    offer = (
        "Gana $300 al día desde tu celular calificando hoteles. Sin experiencia. Escríbenos por "
        "WhatsApp y empieza hoy mismo."
    )
    shop = (
        "Cyclists on Alder will need lights: LED bike lights 40% off this week at "
        "brightspoke dot com"
    )
    bodies = [*ON_ALDER, chat, riders, offer, shop]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-15001", "2026-15002"), BIKE_LANES
    )
    assert [(x["kind"], evidence(x)) for x in one] == [(x["kind"], evidence(x)) for x in together]
    assert [x["kind"] == "spam" for x in one[-4:]] == [False, False, True, True], one[-4:]
    assert any("messenger app named as the way to reach" in r for r in one[-2]["reasons"])
    assert any("hidden from link finders" in r for r in one[-1]["reasons"]), one[-1]


def test_session_12_quoted_scams_and_calls_to_take_part_alone_and_in_a_batch(
    client: FlaskClient, staff: dict[str, str], integration: dict[str, str]
) -> None:
    """Session 12 (lead): a resident quoting a scam text to warn neighbours, a call for
    volunteers whose link names the item and a group's meeting on the council's vote are not
    spam; an advert quoting a customer still is; with the same labels and evidence one by one
    and in a batch."""
    warning = (
        "Heads up, my mother got a text: «Your parking permit expires today, pay now at "
        "http://permit-pay.example.top». The city never texts like that, please tell your parents."
    )
    volunteers = (
        "We need 20 marshals for the opening ride of the new lanes. Sign up at "
        "https://forms.example.org/alder-bike-lanes-marshals or text Ana at 555-0131. "
        "Free breakfast for helpers!"
    )
    meeting = (
        "Alder Riders posts every council update in our Telegram channel (search "
        "@AlderRidersGroup). Meeting before the vote: Saturday 6pm at the co-op. All welcome."
    )
    advert = (
        'We buy houses for CASH, any condition! "Fast closing, no fees, no repairs needed" Call '
        "555-0188 today for your free offer, investors ready."
    )
    bodies = [*ON_ALDER, warning, volunteers, meeting, advert]
    one, together = labels_alone_and_in_a_batch(
        client, staff, integration, bodies, ("2026-12101", "2026-12102"), BIKE_LANES
    )
    assert [(x["kind"], evidence(x)) for x in one] == [(x["kind"], evidence(x)) for x in together]
    assert [x["kind"] == "spam" for x in one[-4:]] == [False, False, False, True], one[-4:]
    assert any("someone else's" in r for r in one[-4]["reasons"]), one[-4]
