"""Session 29 (res29b): 174 invented residents of two invented English Midlands wards stay
residents.

``invented_residents_29b.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) for Caddington Vale and Elmsfield, two invented wards of
Brackenford, an invented Midlands city, on six invented items (selective licensing of private
landlords at £650 a property; fortnightly bins and a £45 garden-waste charge; a warning about
council-tax-refund and parking-fine scam texts; Upper Mill Road's shopfronts, takeaway hours and
loading bays; the Tanner Street community centre's hire charges, youth club and ward forum; road
closures for Diwali lights, Eid in the Park and the Vaisakhi procession). Landlords, tenants,
corner-shop and takeaway owners, a gas engineer, a solicitor, an electrician, mosque, gurdwara,
mandir and church volunteers, the council's own job adverts, in the shapes nearest spam: British
numbers ("0116 555 0172", "07700 555 214", "+44 7700 555 408", "oh seven seven double oh ...");
£ sums, prices and fees; free services offered to neighbours with a phone; petitions with links;
scam texts quoted to warn; bin rants in capitals. In English (88), Urdu (9), Polish (8), Bengali
with one Sylheti (8), Gujarati (7), Romanian (7), Slovak (7), Somali (7), Punjabi in Gurmukhi
(6) and in Shahmukhi (3), Arabic (6), Tamil (6), Hindi (6) and Kurmanji Kurdish (6); 5 among
the item's first comments. Blocks as in ``invented_residents_21.txt``.

Before the session's mend 7 were spam by the engine alone (7 with the starter model, 7 with the
starter and the encoder); after it 6 (6, 6), and 5 (5, 5) once merged with spend29b. The engine, deployed in the United States, read a
British number as another country's ("a number written in another country's national format",
0.45; "written for callers abroad", 0.40), where every resident of these wards leaves one. The
mend (:mod:`intake.text.spam.homeland`, tests in ``test_spam_res29b.py``) reads numbers in the
item's own region where the item speaks of Britain (£ sums, a postcode, council tax, a
councillor, fortnightly bins ...): the toddler group is cleared, and the gas engineer and the
scam warning drop from 0.83 to 0.72 (their other readings below keep them).
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.text.invented_residents import InventedResidentsFile

ROWS = Path(__file__).with_name("invented_residents_29b.txt")

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # A gas engineer's free safety advice with his number, in a text sharing 7% of its words
    # with the licensing item: "free" with a way to reach in an unrelated text (0.40), unrelated
    # with contact details (0.45). His +44 number no longer counts.
    "As a gas engineer I see the worst of it.",
    # A warning quoting the scammer's number, then "7726 (free, spells SPAM)": its closing
    # sentence shares no word with the item (0.45) and "free" stands beside a number (0.40).
    "The number that texted me was",
    # The festival item names no sign of Britain (no £, postcode, council tax, councillor), so
    # its British numbers are still read as another country's (0.45), each in a text sharing no
    # word with the item's (0.45): the church's Christmas lunch (with "Free"), the mandir's free
    # food in Hindi. (The gurdwara's procession, an event, was cleared on the merge with
    # spend29b: an event's number is no other country's, ``abroad.elsewhere_evidence``.)
    "St Mark's Church is doing",
    "दीवाली की रोशनी",
    # A henna seller's prices (£5 a hand), "sell" and "cheap" beside her number, in a closing
    # sentence sharing no word with the item: the advert's shape; her plea ("Please keep a cheap
    # rate for small stalls") is no plea the plea reading knows.
    "I sell henna at the Eid",
)


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 170
    still_flagged = STILL_FLAGGED
