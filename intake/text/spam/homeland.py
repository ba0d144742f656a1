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
(``SpamSettings.phone_region``), which this does not override: an item is read elsewhere only
where the deployment kept the shipped region.

Session 30 (res30): a Dutch, German or French council posting to such a deployment was read as
American too (``invented_residents_30.txt``): the tenant giving the lift's out-of-order line
("0345-555129"), the neighbour quoting the "hallo mam" text's "+31 6 ..." to warn. An item shows
its country by its language (its title's; CLDR's likely subtags, in ``langcodes``, say which
regions speak it) and by a sign of one of those regions in its texts: its money ("€ 61", "48 €":
the euro area's members; "CHF", "zł", "kr", "Kč", "Ft", "₺"), its council's names
("Gemeenteraad", "wethouder", "Bürgermeister", "Mairie", "conseil municipal"; in the title,
their language is the item's before the title's own reading), its postcode's shape ("3512 AB
Utrecht"). Between the regions of one language ("nl" is spoken in the Netherlands and Belgium)
the residents' numbers choose: "+32 ..." or a national number valid in one of them ("0470 55
51 23"), else the language's own region (CLDR's). An item whose title is in the shipped
region's language (English) is never read elsewhere by these signs: "Paris, Texas", or an
American item pricing a trip in euros, stays American (Britain keeps its own signs, above).
Nor do its comments' languages or a resident's "Bürgermeister" make an American item German:
on the spent sets, four-digit "postcodes" were street addresses ("1400 Mill Street") and
Spanish or French comments no sign of the item's country. In the region read, a number of its
length with its trunk "0" (:func:`dialled_at_home`) or its country code
(:func:`written_at_home`) is the neighbours'.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

import regex
from langcodes import Language

from intake.text.spam.learned import language_of
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


def item_region(context: tuple[str, ...] | None, default: str) -> str:
    """The region whose numbers are the neighbours' on the item of ``context`` (its title and
    earlier comments): where the deployment kept the shipped region, Britain where the item
    speaks of it, else the region of its language it bears signs of (:func:`region_shown`),
    else ``default``."""
    if not context or default != SHIPPED_REGION:
        return default
    if any(_speaks_of_britain(t) for t in context):
        return BRITAIN
    return region_shown(context) or default


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
    A number of the right length for Britain is the neighbours' there. Session 30: so in every
    region whose national numbers open with a trunk "0" (France's fiction range "06 39 98 ..."
    is unknown to libphonenumber too); the United States and the other regions dialling no
    trunk "0" keep libphonenumber's validity (a "0" opens no number of theirs)."""
    if not _trunk_zero(home):
        return False
    import phonenumbers

    try:
        return bool(phonenumbers.is_possible_number(phonenumbers.parse(number, home)))
    except phonenumbers.NumberParseException:
        return False


def written_at_home(number: str, home: str) -> bool:
    """A number written with Britain's code ("+44 7700 555 408") on a British item: a British
    phone shows its owner's mobile so, and residents copy it as shown; it is written for the
    neighbours, not for callers abroad. Session 30: so with the code of any region dialling a
    trunk "0" ("+31 6 ...", "+49 170 ...", "+33 6 ..." on a Dutch, German, French item). (An
    American's "+1" stays read as the rule was measured.)"""
    if not _trunk_zero(home):
        return False
    import phonenumbers

    from intake.text.spam.abroad import country_code

    return country_code(number) == phonenumbers.country_code_for_region(home)


@cache
def _trunk_zero(region: str) -> bool:
    """Whether ``region``'s national numbers open with a trunk "0" (libphonenumber's metadata)."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and meta.national_prefix == "0"


# --------------------------------------------------------------------------- session 30

#: Money and the regions counting in it, each beside a sum: the euro (its members and the
#: French overseas regions libphonenumber names apart), the Swiss franc, the złoty, the crowns
#: of Sweden, Norway, Denmark and the Czech Republic, the forint, the Turkish lira.
EURO_AREA = frozenset(
    [
        "AT",
        "BE",
        "CY",
        "DE",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PT",
        "SI",
        "SK",
        "AD",
        "MC",
        "SM",
        "VA",
        "ME",
        "XK",
        "GF",
        "GP",
        "MQ",
        "RE",
        "YT",
        "PM",
        "BL",
        "MF",
    ]
)
_MONEY = (
    (r"€\s?\d|\d\s?€|\d\s?(?i:euros?|EUR)\b|\b(?i:euros?|EUR)\s?\d", EURO_AREA),
    (r"\bCHF\s?\d|\d\s?CHF\b", frozenset({"CH", "LI"})),
    (r"\d\s?(?:zł|PLN)\b|\bPLN\s?\d", frozenset({"PL"})),
    (r"\d\s?(?:kr|SEK|NOK|DKK)\b|\b(?:SEK|NOK|DKK)\s?\d", frozenset({"SE", "NO", "DK"})),
    (r"\d\s?(?:Kč|CZK)\b", frozenset({"CZ"})),
    (r"\d\s?(?:Ft|HUF)\b", frozenset({"HU"})),
    (r"₺\s?\d|\d\s?(?:₺|TL)\b", frozenset({"TR"})),
)
#: A council's names in the languages of the regions they name: words an item of a council of
#: another language's country does not use ("gemeenteraad" in an American item is a translation
#: nobody makes).
_COUNCILS = (
    ("nl", r"gemeente(?:raad|huis)?|burgemeester", frozenset({"NL", "BE"})),
    ("nl", r"wethouders?|college van B(?:&|en)W", frozenset({"NL"})),
    ("nl", r"schepen(?:en|college)?|OCMW", frozenset({"BE"})),
    (
        "de",
        r"gemeinderat|stadtrat|(?:ober)?bürgermeister(?:in)?|rathaus|bezirks(?:beirat|amt)"
        r"|ortsbeirat|bürgeramt",
        frozenset({"DE", "AT", "CH", "LI"}),
    ),
    ("de", r"landkreis|landratsamt", frozenset({"DE"})),
    ("de", r"marktgemeinde|gemeindeamt|bezirkshauptmannschaft", frozenset({"AT"})),
    ("fr", r"mairie|conseil municipal|hôtel de ville", frozenset({"FR", "BE", "LU", "CH", "MC"})),
    ("fr", r"préfecture|conseil départemental", frozenset({"FR"})),
)
#: The Dutch postcode's shape before its place ("3512 AB Utrecht"). (Four or five digits before
#: a place, the Belgian, Austrian, German and French shapes, are an American street address's
#: too: "1400 Mill Street", on the spent sets' items.)
_POSTCODES = ((r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\s+\p{Lu}\p{Ll}+", frozenset({"NL"})),)
#: Each sign: its pattern, the regions it points to, and the language its words are of (a
#: council's name; money and postcodes are of none).
_SIGNS = (
    *((regex.compile(p), regions, "") for p, regions in (*_MONEY, *_POSTCODES)),
    *((regex.compile(rf"(?i:\b(?:{p})\b)"), regions, lang) for lang, p, regions in _COUNCILS),
)
#: A number as residents write it: a "+" and a country code, or a trunk "0", then digits in
#: groups (nine to thirteen digits in all).
_NUMBER_RE = regex.compile(r"(?<![\p{L}\p{N}+])(?:\+|0)\d(?:[ .\-/]?\(?\d\)?){7,12}(?!\d)")


@lru_cache(maxsize=TEXT_CACHE)
def _signs(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """The regions each sign of ``text`` (money, a council's name, a postcode) points to, with
    the language of its words."""
    return tuple((regions, lang) for pattern, regions, lang in _SIGNS if pattern.search(text))


@lru_cache(maxsize=TEXT_CACHE)
def _language(text: str) -> str:
    return language_of(text)


@cache
def regions_speaking(language: str) -> frozenset[str]:
    """The regions whose likeliest language is ``language`` (CLDR's likely subtags: "und-BE" is
    "nl-Latn-BE"), of those libphonenumber dials and outside the North American plan."""
    import phonenumbers

    found = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        spoken = _likely(f"und-{region}").language == language
        if spoken and phonenumbers.country_code_for_region(region) != 1:
            found.add(region)
    return frozenset(found)


def _likely(tag: str) -> Language:
    """CLDR's likeliest full tag for ``tag`` ("und-BE" is "nl-Latn-BE", "und-US" "en-Latn-US")."""
    return Language.get(tag).maximize()


@cache
def _own_region(language: str) -> str:
    """The region CLDR names likeliest for ``language`` ("nl" is "nl-Latn-NL")."""
    return str(_likely(language).territory or "") if language else ""


def _item_languages(context: tuple[str, ...], named: list[str]) -> list[str]:
    """The languages the item may be in, likeliest first: those of the council's names its title
    bears (words of one language; a resident's "Bürgermeister" on an American item is no
    council's name), then its title's (a short title is easily misread: "Conseil
    municipal de Montclar : fermeture de la piscine" has Catalan's commonest words). Not its
    comments': an American item's residents write Spanish, French or Polish too."""
    return [*named, _language(context[0])]


@cache
def _shipped_language() -> str:
    return str(_likely(f"und-{SHIPPED_REGION}").language)


def region_shown(context: tuple[str, ...]) -> str | None:
    """Session 30: the region an item in another language than the shipped region's shows by
    its signs (money, its council's names, its postcodes): among the regions of the first of
    its languages (:func:`_item_languages`) that any sign points to, the one most of its signs
    point to, its residents' numbers counted with them; ties go to the language's own region.
    None when it shows none."""
    signs = [sign for text in context for sign in _signs(text)]
    if not signs or _language(context[0]) == _shipped_language():
        return None
    named = sorted({lang for _, lang in _signs(context[0]) if lang})
    for language in _item_languages(context, named):
        speaking = regions_speaking(language)
        votes: Counter[str] = Counter()
        for regions, _ in signs:
            votes.update(regions & speaking)
        if votes:
            for text in context:
                votes.update(_numbers_regions(text, speaking))
            own = _own_region(language)
            return max(sorted(votes), key=lambda r: (votes[r], r == own))
    return None


@lru_cache(maxsize=TEXT_CACHE)
def _numbers_regions(text: str, speaking: frozenset[str]) -> tuple[str, ...]:
    """The regions of ``speaking`` the residents' numbers in ``text`` ring: by the country code
    written, or (a national number) where it is valid."""
    if not _DIGIT_RE.search(text):
        return ()
    import phonenumbers

    found: list[str] = []
    for m in _NUMBER_RE.finditer(text):
        number = m.group()
        for region in sorted(speaking):
            try:
                parsed = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed) and (
                phonenumbers.region_code_for_number(parsed) == region
            ):
                found.append(region)
    return tuple(found)


_DIGIT_RE = regex.compile(r"\d")
