"""A realistic item for the browser tests and screenshots: two campaigns, unique comments, a
duplicate, spread over a working day. Posted through the JSON API with an integration token
(as a campaign tool would), so the real labeller labels everything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

LETTER = (
    "The City council must stand up to ICE by taking the following actions: pass an ordinance, "
    "not just a resolution, banning the use of any city property, facilities, data, staff time, "
    "or resources for any immigration enforcement activities. Close the loophole of Sacramento "
    "Police Department participation in joint task forces, joining cities like Portland, San "
    "Francisco, and Oakland. Moving forwards, support a comprehensive Community Action Plan."
)
OPPOSE_LETTER = (
    "I urge the council to vote no on this item. Our police department needs every tool to keep "
    "neighbourhoods safe, and cooperation with federal partners on serious crimes should stay "
    "a local decision for the chief, not a blanket ban written by the council."
)
ADDITIONS = [
    "My grandparents came to Sacramento in 1962 and this city took them in.",
    "I teach at a school in Oak Park; my students are afraid to come to class.",
    "As a nurse I see families skip care because they fear enforcement at clinics.",
    "Please keep the library and the parks safe places for everyone.",
    "",
    "",
    "",
    "I volunteer at the food bank on Stockton Blvd and see the fear every week.",
    "",
    "",
    "",
    "",
    "",
    "",
]
UNIQUE = [
    "The resolution is a good start but the city should publish a yearly report of every "
    "request it gets from federal agencies, so residents can see the policy is followed.",
    "I run a small business on Broadway. Half of my staff are worried about being stopped on "
    "their way to work. Please pass this ordinance.",
    "How will the city make sure the data-sharing ban covers license-plate readers? The draft "
    "does not mention them at all.",
    "I oppose this. The council should focus on fixing potholes and the homelessness crisis, "
    "not on federal immigration policy it cannot change.",
    "Neutral on the ordinance, but please add a sunset clause so the council must review it "
    "in three years.",
]
NAMES = [
    "Maria Lopez", "Tom Becker", "Aisha Khan", "Daniel Nguyen", "Rosa Martinez", "Lee Park",
    "Priya Shah", "Omar Haddad", "Grace Kim", "Jonas Weber", "Fatima Ali", "Carlos Ruiz",
    "Hannah Cole", "Yusuf Demir", "Emma Brown", "Kenji Sato", "Lucia Rossi", "Noah Evans",
    "Sofia Costa", "Ivan Petrov", "Chloe Martin", "Ben Ortiz", "Nadia Haddad", "Sam Taylor",
]  # fmt: skip

Post = Callable[[str, dict[str, Any]], dict[str, Any]]


def seed_item(
    post: Post, set_clock: Callable[[datetime], None], item_id: str, start: datetime
) -> None:
    """Create ``item_id`` and post its comments between ``start`` and about eight hours later."""
    post(
        "/api/v1/agenda-items",
        {
            "id": item_id,
            "title": "Prohibiting the use of city property for immigration enforcement",
            "body_name": "City Council",
            "comments_close_at": (start + timedelta(days=30)).isoformat(),
        },
    )
    people = iter(NAMES)
    moment = start

    def send(body: str, position: str | None, minutes: int, name: str | None = None) -> None:
        nonlocal moment
        moment += timedelta(minutes=minutes)
        set_clock(moment)
        person = name or next(people)
        email = person.lower().replace(" ", ".") + "@example.org"
        payload: dict[str, Any] = {
            "body": body,
            "submitter": {"name": person, "email": email, "postal_code": "95818"},
        }
        if position:
            payload["position"] = position
        post(f"/api/v1/agenda-items/{item_id}/comments", payload)

    send(UNIQUE[0], "support", 5, "Elena Fischer")
    for index, addition in enumerate(ADDITIONS):
        body = f"{addition}\n\n{LETTER}" if addition else LETTER
        send(body, "support", [12, 9, 25, 18, 40, 7, 33][index % 7])
        if index == 5:
            send(UNIQUE[1], "support", 20, "Elena Fischer's neighbour")
        if index == 9:
            send(UNIQUE[2], None, 30, "Marcus Webb")
    for index in range(5):
        send(OPPOSE_LETTER, "oppose", [15, 22, 8, 30, 11][index])
    send(UNIQUE[3], "oppose", 25, "Gary Hollis")
    send(UNIQUE[3], "oppose", 2, "Gary Hollis")  # sent twice: a duplicate
    send(UNIQUE[4], "neutral", 35, "Ruth Osei")
