"""Session 25 (res25): 201 invented residents of two new seats stay residents.

``invented_residents_25.txt`` holds comments written for this session (none copied from any
set) for a South Florida city (Spanish, Haitian Creole, Portuguese, Russian and Hebrew speakers)
and a London borough (Polish, Romanian, Bengali, Urdu, Somali, Turkish and Lithuanian speakers),
plus French speakers' "moi" and Vietnamese written without its accents, aimed at the edges of
the rules session 25 added: a resident relaying a real notice of the city, the county or a
school with its link and deadline; a PTA's or a mosque's payment handle for a bake sale or
food parcels; a street name spelled letter by letter; "is this the right number for the
clerk?" and "we met at the forum"; savings "5% a year" beside a "2% per day" late fee; a wallet
scam quoted to warn, and a ticket code in a phone's wallet; churches' and tenants' WhatsApp,
Telegram and Facebook groups to search for; a shop's number in comma groups and lists of rents,
years and flats that are no numbers; a residents' group offering its mailing list's counts to
staff; "great post by the city on Facebook, thanks for sharing" in six languages; all-symbol
angry posts. Blocks as in ``invented_residents_21.txt``: the item's title, its earlier
comments (lines starting ``~``), then the comment, separated by a line ``===``.

Before the session's mends 17 of them were spam by the engine alone, with the starter model and
with the starter and the sentence encoder alike; after them 5. The mends (tests below):

- praise of a post the text names as a public body's ("post by the city", "the council's
  blog", "post da prefeitura", "wpis rady", "của thành phố", "של העירייה") is a resident
  thanking the city, not a bot's blog praise (``invites._by_a_public_body``);
- one word spelled out twice (or thrice: "m-o-u-l-d in the kitchen, m-o-u-l-d in the bedroom")
  is one word spelled out (``disguise._distinct_words``);
- runs of a currency sign with "?" and "!" ("$$$$$$$ ??????? !!!!!!!", "£££££ £££££") are a
  resident's outrage at a fee, not a bot's test fill (``noise.symbol_runs_evidence``);
- a phone's wallet ("in Apple Wallet, code K7Q2...") holds tickets, not coins
  (``lures._CRYPTO_WORD_RE``);
- a contact list's counts sent "to the task force staff" are a group's figures for those who
  decide, not a seller's sample (``ownerpitch._TO_THOSE_WHO_DECIDE``);
- a notice the writer says they pass on ("Posting this here because ...") is relayed, not
  sent in the authority's name (``notices._RELAYED_RE``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.text.spam import SpamSettings
from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.invites import blog_praise
from intake.text.spam.lures import wallets
from intake.text.spam.noise import symbol_runs_evidence
from intake.text.spam.notices import authority_notice
from intake.text.spam.ownerpitch import list_sale
from tests.unit.text.invented_residents import InventedResidentsFile

ROWS = Path(__file__).with_name("invented_residents_25.txt")
S = SpamSettings()

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # A bot's two phrases ("güzel yazı", "paylaşım için teşekkürler") in a short text that names
    # no one's post; what it asks ("anketi", the survey) is no word of the title ("consultation")
    "Güzel yazı, paylaşım için teşekkürler.",
    # The same two phrases, English and Portuguese ("great article, thanks for sharing"), before
    # a word on the item: a resident answering an article nobody among the first comments named
    # says what the bot says
    "Great article, thanks for sharing!",
    "Ótimo artigo, obrigado por compartilhar.",
    # Two words written one letter at a time in lower case ("s-l-o-w d-o-w-n"), the shape of "f-r-e-e
    # c-a-s-h": a resident's stress and an evasion are written alike
    "please s-l-o-w d-o-w-n the bin lorries",
    # A group named to search for on Facebook, in a text with none of the title's words (the sofas
    # a freecycle group takes, not "bulky item collection"): a page and an unrelated text, as a
    # spammer's "search 'X' on Facebook"
    "Search 'Wexbridge Freecycle' on Facebook",
)
#: Still spam with the starter model (and the encoder) besides those: none.
STILL_FLAGGED_WITH_STARTER: tuple[str, ...] = ()


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 150
    still_flagged = STILL_FLAGGED
    still_flagged_with_starter = STILL_FLAGGED_WITH_STARTER


@pytest.mark.parametrize(
    "body",
    [
        "Lovely post on the council's blog about the library, thanks for sharing the photos.",
        "Ótimo post da prefeitura no Instagram, obrigado por compartilhar.",
        "Świetny wpis rady na Facebooku, dzięki za udostępnienie.",
        "Bài viết rất hay của thành phố, cảm ơn đã chia sẻ.",
        "פוסט מעולה של העירייה, תודה על השיתוף.",
    ],
)
def test_praise_of_a_public_bodys_post_is_no_bot_post(body: str) -> None:
    """As English "great post by the city" was already (``invites._CITED``), in any language."""
    assert blog_praise(body, None, False, S) is None


@pytest.mark.parametrize(
    "body",
    [
        "Great post, thanks for sharing! Waiting for the next one.",
        "Great post about the best pizza in town, thanks for sharing.",
        "Świetny wpis, dzięki za udostępnienie.",
    ],
)
def test_praise_naming_no_public_body_is_still_read(body: str) -> None:
    assert blog_praise(body, None, False, S) is not None


def test_one_word_spelled_out_twice_is_one_word() -> None:
    twice = "It is spelled P-O-I-N-C-I-A-N-A, not Poinsiana. P-O-I-N-C-I-A-N-A Drive."
    assert not disguise_evidence(twice, twice, S)
    two = "t.e.x.t me for f-r-e-e l.o.a.n.s"
    assert disguise_evidence(two, two, S)


def test_currency_runs_with_marks_are_outrage() -> None:
    assert not symbol_runs_evidence("$$$$$$$ ??????? !!!!!!!", S)
    assert not symbol_runs_evidence("£££££ £££££ £££££", S)
    assert symbol_runs_evidence("########## $$$$$$$ 888888", S)


def test_a_phones_wallet_holds_tickets() -> None:
    assert wallets("Tickets are in Apple Wallet, code K7Q2M9P4LX8R3TZ5WN6B, see you there") == 0
    assert wallets("Send to my wallet K7Q2M9P4LX8R3TZ5WN6BQ2XR8 today") == 1


def test_counts_sent_to_those_who_decide_are_no_list_sale() -> None:
    group = (
        "Tenants of Sabal Gardens have a contact list of 340 households. We can send the counts "
        "of who got a notice to the task force staff. Reply to tenants@example.org."
    )
    assert list_sale(group) is None
    sold = group.replace("to the task force staff", "to you")
    assert list_sale(sold) is not None


def test_a_notice_the_writer_passes_on_is_relayed() -> None:
    notice = (
        "Broward County Public Schools: register for the magnet lottery at "
        "https://www.example.com/magnet by January 20. Applications after the deadline will not "
        "be considered."
    )
    assert authority_notice(notice) is not None
    assert authority_notice(notice + " Posting this here because the road closes.") is None
