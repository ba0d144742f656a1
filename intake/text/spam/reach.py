"""How a comment lets its reader reach its writer: links, numbers, handles, messengers,
invitations, wallets and accounts, read once per text.

Nearly every other signal asks the same questions of a text (does it give a way to reach
someone? is that way a citation? is it hidden?), so they are answered here, once, and the
answers travel together as :class:`Reach`. The evidence the ways themselves give (a phone number
at 0.15, a link outside the allowed domains, ...) is gathered here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.text.spam.abroad import (
    foreign_number_evidence,
    international_number_evidence,
    international_numbers,
)
from intake.text.spam.channels import messenger_money, messenger_money_evidence
from intake.text.spam.contactblock import (
    EMAIL,
    HANDLE,
    INVITATION,
    MESSENGER,
    PHONE,
    one_contact_block,
)
from intake.text.spam.contacts import messenger_evidence, messenger_ids
from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.events import without_dial_ins
from intake.text.spam.evidence import Evidence
from intake.text.spam.homeland import written_at_home
from intake.text.spam.invites import priced_closing_invitation, self_promotion
from intake.text.spam.links import (
    HANDLE_RE,
    Link,
    body_email_evidence,
    contact_density_evidence,
    find_links,
    handle_evidence,
    host_allowed,
    is_citation,
    link_evidence,
    phone_count,
    phone_evidence,
    reading_list,
    strip_spans,
)
from intake.text.spam.linkshape import names_its_page
from intake.text.spam.lures import (
    account_number_evidence,
    messenger_group,
    wallet_evidence,
    wallets,
)
from intake.text.spam.payinto import pay_into_evidence
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import invitation_evidence, invitations
from intake.text.spam.sources import cites_the_item, speaks_of_its_pages
from intake.text.spam.spelled import (
    dictated_evidence,
    renamed_address_evidence,
    spelled_address_evidence,
)
from intake.text.spam.toldaccount import told_account_evidence
from intake.text.spam.verdict import names_a_side
from intake.text.spam.wordphone import spelled_phone_evidence


@dataclass(frozen=True)
class Reach:
    """The ways to reach a comment's writer, and the evidence they give (``contacts``)."""

    body: str
    #: The body without its links: what the writer says in words.
    prose: str
    links: list[Link]
    #: Links outside the allowed domains, and of those the ones that are no citation.
    outside: list[Link]
    uncited: list[Link]
    phones: int
    handles: int
    #: A messenger app named with an ID or number ("WhatsApp +1 ...").
    ids: list[str]
    #: Numbers written with a country code, unless a messenger's ID already holds them.
    abroad: list[str]
    #: Disguised words and links (leetspeak, spelled-out addresses): all of disguise_evidence.
    disguised: list[Evidence]
    #: Of those, the links hidden from link finders.
    hidden: list[Evidence]
    #: Phone numbers spelled with words for their digits, hidden from number finders.
    spoken: list[Evidence]
    #: A messenger named next to a sum (an offer and its channel).
    channel: str | None
    #: Invitations to write privately ("DM for prices"), a group to join, the writer's channel.
    invited: list[str]
    #: The writer's own channel offered for something ("link in bio").
    promoted: str | None
    #: Wallet addresses to send cryptocurrency to.
    wallet: int
    contacts: list[Evidence]
    #: Session 20: every link goes into a page the comment or its item names (sources.py).
    pages_spoken_of: bool = False
    #: Session 21 (res21a): the writer labels its links as sources (links.reading_list).
    sources_named: bool = False

    @property
    def direct(self) -> bool:
        """A way to reach the writer that is no link in plain sight (round 9: a hidden link is
        a link to a seller)."""
        return bool(self.phones or self.handles or self.ids or self.wallet or self.hidden)

    @property
    def reachable(self) -> bool:
        """A way to reach someone: a number, a handle, an address, or a link that is not a
        citation (the staff report's PDF next to its cost is a resident citing a budget)."""
        return self.direct or bool(self.uncited)

    @property
    def offered(self) -> bool:
        """Reachable by a way an offer could use: session 14, a link into a page the text names
        ("900 tenants signed our petition: .../harbor-tenants-5") is cited, not a seller's.
        Session 21 (res21a): so is every link of a list its writer labels as sources."""
        if self.sources_named:
            return self.direct
        return self.direct or any(not names_its_page(lk, self.prose) for lk in self.uncited)

    @property
    def pointed(self) -> bool:
        """A way to reach someone, citations included: notices and deadlines point anywhere."""
        return self.reachable or bool(self.outside)

    @property
    def invited_too(self) -> bool:
        """Reachable, or asking to be written to privately (round 9: a citation is no way to
        reach a seller for the advert-word signals either)."""
        return self.reachable or bool(self.invited)

    @property
    def emails(self) -> int:
        return sum(lk.is_email for lk in self.outside)

    @property
    def urls(self) -> int:
        return len(self.outside) - self.emails


def read_reach(body: str, context: tuple[str, ...] | None, s: SpamSettings) -> Reach:
    """Every way ``body`` gives to reach its writer, with the evidence each gives."""
    links = find_links(body)
    # Session 21 (res21a): a meeting's dial-in number and ID are not the writer's (events.py).
    prose = without_dial_ins(strip_spans(body, (lk.raw for lk in links)))
    # Round 26: a number spelled with words for its digits ("555, oh one six six") is a number
    # hidden from number finders: a way to reach the writer, and selling, as a spelled address.
    spoken = spelled_phone_evidence(prose, s)
    phones = phone_count(prose, s) + len(spoken)
    handles = len(HANDLE_RE.findall(prose))
    # Session 18: a list of sources named after the item's words is no bare link (sources.py).
    # Session 20: so is a list of pages each named by the comment or its item.
    cites = cites_the_item(links, context, s)
    pages_spoken_of = speaks_of_its_pages(links, prose, context, s)
    # Session 21 (res21a): and a list its writer labels as sources ("Sources:", "Studies:":
    # links.reading_list, which alone, without its caller's options, reads only that label).
    sources_named = reading_list(body, links, s) is not None
    if sources_named:
        cites = pages_spoken_of = True
    sided = names_a_side(prose)  # session 20: "Vote YES!!!" beside a link
    contacts = [*link_evidence(body, links, s, cites, pages_spoken_of, sided), *spoken]
    contacts += contact_density_evidence(prose, links, phones + handles, s)
    # Round 5: a messenger app named with an ID or number is a way to reach someone too, and a
    # web address spelled out or wrapped in markup is a link that hides.
    ids = messenger_ids(prose)
    disguised = disguise_evidence(prose, body, s)
    # Round 19: a number written with its country code is written for callers anywhere. Next to
    # a messenger's ID it is that ID's number, already counted ("WhatsApp al +1 916 ...").
    abroad = [] if ids else international_numbers(prose)
    abroad = [n for n in abroad if not written_at_home(n, s.phone_region)]  # session 29, 30
    contacts += international_number_evidence(abroad, s.abroad_phone_weight)
    # Session 16: a short text whose number rings another country than the city's.
    contacts += foreign_number_evidence(abroad, prose, s.phone_region)
    # Round 15: a messenger named (even without an ID) next to a sum: an offer and its channel.
    channel = messenger_money(prose, body, context)
    contacts += messenger_money_evidence(channel, s)
    hidden = [e for e in disguised if e.detail.startswith("links: ")]
    hidden = hidden or spelled_address_evidence(body, s)  # round 13: "dot co slash start"
    hidden = hidden or renamed_address_evidence(body, s)  # round 16: "rightscourse dot co"
    # Session 21: "cashforhomes, all one word"; an address written out is no dictated one.
    if not links and not HANDLE_RE.search(prose):
        hidden = hidden or dictated_evidence(prose, s)
        # Session 29 (spend29b): "the name is elevenplus then a dot ...", "the page with the
        # heron photo": an account told in parts or by its picture (toldaccount.py).
        hidden = hidden or told_account_evidence(prose, s)
    contacts += hidden
    invited, promoted = _invitations(prose)
    # Session 14: a number, an address, a handle, an invitation and a messenger's ID given
    # together are one way to reach the writer, counted once (contactblock.py).
    parts = {
        PHONE: phone_evidence(phones, s),
        EMAIL: body_email_evidence(links, s),
        HANDLE: handle_evidence(handles, s),
        INVITATION: invitation_evidence(invited, s),
        MESSENGER: messenger_evidence(ids, s),
    }
    contacts += one_contact_block(body, parts, s)
    # Round 8: somewhere to send cryptocurrency is a way to reach (and pay) someone.
    wallet = wallets(prose)
    contacts += wallet_evidence(wallet, s)
    # Round 25: an account to pay into; session 30: a sum to pay into one in a bank's format,
    # whoever speaks (payinto.py), counted once with it.
    contacts += pay_into_evidence(prose, s) or account_number_evidence(prose)
    outside = [lk for lk in links if not host_allowed(lk.host, s.allowed_domains)]
    return Reach(
        body=body,
        prose=prose,
        links=links,
        outside=outside,
        uncited=[lk for lk in outside if not is_citation(lk)],
        phones=phones,
        handles=handles,
        ids=ids,
        abroad=abroad,
        disguised=disguised,
        hidden=hidden,
        spoken=spoken,
        channel=channel,
        invited=invited,
        promoted=promoted or priced_closing_invitation(prose, invited),
        wallet=wallet,
        contacts=contacts,
        pages_spoken_of=pages_spoken_of,
        sources_named=sources_named,
    )


def _invitations(prose: str) -> tuple[list[str], str | None]:
    """Invitations to write off the form, and the writer's own channel offered among them.

    Round 7: "DM for prices", "inbox ngay", "search us on Google" give no address; round 8: a
    group to join ("Join our Telegram group", no ID); round 24: the writer's own channel offered
    ("Comment GLOW below and I'll send you"), whatever the list of round 7 holds."""
    invited = invitations(prose)
    group = messenger_group(prose)
    if group and not invited:
        invited = [group]
    promoted = self_promotion(prose)
    if promoted and not invited:
        invited = [promoted]
    return invited, promoted
