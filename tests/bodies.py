"""Comment bodies shared by the concurrency tests: a template with varied framing, and unique ones."""

from __future__ import annotations

import random

TEMPLATE = (
    "I urge the council to fund the new branch library on Franklin Boulevard this year. "
    "The south area has waited more than a decade for a library within walking distance, and "
    "children there travel across two freeways to reach a quiet place to study. The branch was "
    "promised in the 2015 facilities plan and the site has already been bought. Please keep that "
    "promise in the budget you adopt in June and do not defer it again."
)


WORDS = [
    "river",
    "bridge",
    "parking",
    "lot",
    "traffic",
    "signal",
    "crosswalk",
    "tree",
    "canopy",
    "sidewalk",
    "budget",
    "housing",
    "rent",
    "noise",
    "zoning",
    "permit",
    "garden",
    "bus",
    "route",
    "curfew",
    "storm",
    "drain",
    "pothole",
    "bike",
    "lane",
    "school",
    "clinic",
    "pool",
    "library",
    "park",
    "bench",
    "lighting",
    "graffiti",
    "heat",
    "shelter",
    "water",
    "rates",
    "trash",
    "pickup",
    "recycling",
    "compost",
    "fire",
    "station",
    "ambulance",
    "police",
    "staffing",
    "overtime",
    "audit",
    "pension",
    "bond",
    "measure",
    "ballot",
    "district",
    "boundary",
    "census",
    "parcel",
    "easement",
    "setback",
    "height",
    "limit",
    "shadow",
    "view",
]


def unique_body(rng: random.Random) -> str:
    """A comment written from scratch: random words, so no two share a sentence."""
    return " ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + "."


def template_body(rng: random.Random, who: str) -> str:
    """The template with a varied salutation, personal sentence and signature."""
    personal = f"As a parent on {rng.choice(WORDS)} street I see this every day."
    return f"Dear Council,\n\n{personal}\n\n{TEMPLATE}\n\nSincerely,\n{who}"
