"""Session 29 (res29b): numbers read in the item's own country, where the item is in Britain.

The engine's ``phone_region`` is the United States': a British number ("0116 555 0123",
"07700 555 214") was read as written in another country's national format (0.45) and one with
Britain's code ("+44 7700 555 408") as written for callers abroad (0.40). Residents of an
English Midlands ward leave such numbers for the mosque's clean-up, the tenants' drop-in or
the toddler group, and were flagged (``invented_residents_29b.txt``). :mod:`homeland` reads the
item (its title and earlier comments, which the commenter does not write) for signs of Britain
(£ sums, a postcode, council tax, a councillor, fortnightly bins ...) and reads the comment's
numbers there; libphonenumber knows no fictitious British range, so a number of Britain's shape
is the neighbours' there. On an American item the same numbers are read as before.
"""

from __future__ import annotations

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.abroad import national_numbers_abroad
from intake.text.spam.homeland import item_region, settings_for_item
from intake.text.spam.scoring import content_evidence

S = SpamSettings()

#: An invented British item: its title and residents count in pounds and name the councillor.
HALL = (
    "Wexbridge Borough Council: Hire charges at Ferncliffe Road community hall",
    "The hire went from £16 to £28 an hour, groups like ours will fold.",
    "Councillor Shah promised a discount for charities last year.",
    "Please keep the hall open on Sunday evenings.",
)
#: The same item, as an American city would post it.
HALL_US = (
    "City Council: Hire charges at the Ferncliffe Road community hall",
    "The hire went from $16 to $28 an hour, groups like ours will fold.",
    "Council member Shah promised a discount for charities last year.",
    "Please keep the hall open on Sunday evenings.",
)
SCHOOL = (
    "Toddler mornings upstairs on Fridays, £1 a family, fruit and toast for the little ones. "
    "Come and see us! Rukhsana, 07700 555 641."
)


def test_a_british_residents_number_on_a_british_item_is_a_resident() -> None:
    assert not score(SCHOOL, Behaviour(item_context=HALL), S).is_spam


def test_the_same_number_on_an_american_item_is_still_read_as_another_countrys() -> None:
    assert score(SCHOOL, Behaviour(item_context=HALL_US), S).is_spam


@pytest.mark.parametrize("number", ["0116 555 0123", "07700 555 214", "07700 900123"])
def test_a_number_of_britains_shape_is_the_neighbours_in_britain(number: str) -> None:
    text = f"Ring the office on {number} before Friday."
    assert national_numbers_abroad(text, "GB") == []
    assert national_numbers_abroad(text, "US") == [number]


def test_britains_code_on_a_british_item_is_written_for_the_neighbours() -> None:
    body = "Tenants' drop-in at the hall on Thursdays, 6 to 8pm. Ring Sam on +44 7700 555 391."
    abroad = "written for callers abroad"
    british = [e.detail for e in content_evidence(body, HALL, S)]
    american = [e.detail for e in content_evidence(body, HALL_US, S)]
    assert not any(abroad in d for d in british)
    assert any(abroad in d for d in american)


@pytest.mark.parametrize(
    "context",
    [
        ("Licensing of private landlords, £650 per property",),
        ("Parking outside the surgery", "Write to your councillor about it."),
        ("Bins in LE4 6AB are missed every week",),
        ("Council tax reminders in other languages",),
        ("Fortnightly collections start in March",),
        ("The car park behind the NHS walk-in centre",),
    ],
)
def test_an_item_speaking_of_britain_is_read_in_britain(context: tuple[str, ...]) -> None:
    assert item_region(context, "US") == "GB"
    assert settings_for_item(S, context).phone_region == "GB"


@pytest.mark.parametrize(
    "context",
    [
        None,
        ("Bus routes for newcomer students",),
        ("Rent is $900 and the council member will not answer.",),
        ("The community centre's hours", "My neighbour's colour TV was stolen."),
    ],
)
def test_an_item_not_speaking_of_britain_keeps_the_deployments_region(
    context: tuple[str, ...] | None,
) -> None:
    assert item_region(context, "US") == "US"
    assert settings_for_item(S, context) is S


@pytest.mark.parametrize(
    "body",
    [
        # Bulk adverts written on a British item keep their own readings.
        "Earn £500 a day from home, no experience needed! WhatsApp +44 7700 555 999 now, "
        "limited places.",
        "Cheap loans £1,000 to £25,000, bad credit OK, same day. Call 07700 555 998 today.",
    ],
)
def test_an_advert_with_a_british_number_on_a_british_item_is_still_spam(body: str) -> None:
    assert score(body, Behaviour(item_context=HALL), S).is_spam


def test_a_deployment_that_names_its_region_keeps_it_on_a_british_item() -> None:
    """The item's signs stand in only for a deployment that kept the shipped region: a Swedish
    deployment (``phone_region="SE"``) reads its own numbers as its own, whatever an item says."""
    context = ("Licensing of private rented homes at £640 per property",)
    assert item_region(context, "SE") == "SE"
    settings = SpamSettings(phone_region="SE")
    assert settings_for_item(settings, context) is settings
