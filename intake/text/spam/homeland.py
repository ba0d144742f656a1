"""Session 29 (res29b): the country an item is in, read from the item itself.

The deployment's ``phone_region`` ("US") says how the neighbours dial, so a number in another
country's national format ("0116 555 0172", "07700 555 214") or with another country's code
("+44 7700 555 408") is read as written for readers elsewhere (:mod:`abroad`). A city council
in England that posts its items to the same service speaks of its own country: its title or
its residents count in pounds ("£650 per property"), give a postcode ("LE4 6AB"), pay council
tax and write to their councillor. There a number in the British national format is the
neighbours' number, as "(916) 555-0148" is in Sacramento, and a resident of a Midlands ward
giving the mosque's or the tenants' union's number was read as an advert from abroad.

The item's words are the deployment's, not the comment's: its title, and the earlier comments
on it that are not spam, never the comment read, so a British number in a pound-counting advert
on an American item is still read as written elsewhere. (A spammer who first posted a comment
not labelled spam that counts in pounds would win only this: British numbers read as the
neighbours' on that item; every other reading stands.) A deployment abroad says its own region
(``SpamSettings.phone_region``), which this does not override: only Britain is read so (no
other country's signs were met), and only where the deployment kept the shipped region.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from intake.text.spam.links import TEXT_CACHE
from intake.text.spam.settings import SpamSettings

#: Signs of an item in Britain: a sum in pounds, a postcode ("LE4 6AB", "B11 1AA", "BD3 9QT"),
#: council tax, a councillor (the British spelling; the American writes "councilor"), bins
#: collected fortnightly, a bank holiday, a car park, a lorry, Universal Credit, the NHS, GCSEs,
#: Ofsted: words an American item does not use.
_BRITISH_RE = regex.compile(
    r"£\s?\d"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b"
    r"|(?i:\bcouncil[ -]tax\b|\bcouncillors?\b|\bfortnightly\b|\bbin collections?\b"
    r"|\bbank holidays?\b|\bcar parks?\b|\bpostcodes?\b|\blorr(?:y|ies)\b|\buniversal credit\b)"
    r"|\bNHS\b|\bGCSEs?\b|\bOfsted\b"
)
BRITAIN = "GB"
#: The region a deployment that names none reads in; one that names its own keeps it.
SHIPPED_REGION = SpamSettings().phone_region
BRITISH_CODE = 44


def item_region(context: tuple[str, ...] | None, default: str) -> str:
    """The region whose numbers are the neighbours' on the item of ``context`` (its title and
    earlier comments): Britain where the item speaks of it and the deployment kept the shipped
    region, else ``default``."""
    if context and default == SHIPPED_REGION and any(_speaks_of_britain(t) for t in context):
        return BRITAIN
    return default


@lru_cache(maxsize=TEXT_CACHE)
def _speaks_of_britain(text: str) -> bool:
    """Whether one of the item's texts bears a sign of Britain. Kept per text: every comment
    read with its item's context searches the same title and earlier comments (up to two
    hundred), as :func:`linkshape.named_after_the_item` keeps their name words."""
    return _BRITISH_RE.search(text) is not None


def settings_for_item(s: SpamSettings, context: tuple[str, ...] | None) -> SpamSettings:
    """``s`` read in the item's own region (the same settings where it is the deployment's)."""
    region = item_region(context, s.phone_region)
    return s if region == s.phone_region else replace(s, phone_region=region)


def dialled_at_home(number: str, home: str) -> bool:
    """A number in Britain's national shape ("0116 555 0123", "07700 555 214") on a British
    item: libphonenumber knows no fictitious British range (not even Ofcom's drama numbers,
    "07700 900123"), so such a number, valid nowhere at home, was read as some other country's.
    A number of the right length for Britain is the neighbours' there. Other regions keep
    libphonenumber's validity."""
    if home != BRITAIN:
        return False
    import phonenumbers

    try:
        return bool(phonenumbers.is_possible_number(phonenumbers.parse(number, home)))
    except phonenumbers.NumberParseException:
        return False


def british_at_home(number: str, home: str) -> bool:
    """A number written with Britain's code ("+44 7700 555 408") on a British item: a British
    phone shows its owner's mobile so, and residents copy it as shown; it is written for the
    neighbours, not for callers abroad. (An American's "+1" stays read as the rule was
    measured.)"""
    if home != BRITAIN:
        return False
    from intake.text.spam.abroad import country_code

    return country_code(number) == BRITISH_CODE
