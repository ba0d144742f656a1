"""The verdict: every signal gathered, combined by noisy-OR, explained as reasons."""

from __future__ import annotations

from intake.text.normalize import as_displayed
from intake.text.spam.abroad import (
    elsewhere_evidence,
    foreign_number_evidence,
    international_number_evidence,
    international_numbers,
)
from intake.text.spam.asides import links_as_asides
from intake.text.spam.barepraise import bare_praise_evidence
from intake.text.spam.behaviour import behaviour_evidence
from intake.text.spam.botposts import bot_post_evidence
from intake.text.spam.channels import (
    hidden_money_evidence,
    messenger_money,
    messenger_money_evidence,
)
from intake.text.spam.chant import chants_the_item
from intake.text.spam.closing import closing_evidence
from intake.text.spam.contactblock import (
    EMAIL,
    HANDLE,
    INVITATION,
    MESSENGER,
    PHONE,
    one_contact_block,
)
from intake.text.spam.contacts import contact_only_evidence, messenger_evidence, messenger_ids
from intake.text.spam.context import wants_item_context
from intake.text.spam.corroborate import corroboration_evidence
from intake.text.spam.deadline import deadline_evidence
from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.events import names_a_day_or_time
from intake.text.spam.evidence import Evidence, noisy_or, safe_text
from intake.text.spam.invisible import invisible_evidence
from intake.text.spam.invites import (
    blog_praise_evidence,
    priced_closing_invitation,
    self_promotion,
    self_promotion_evidence,
)
from intake.text.spam.learned import LearnedModel
from intake.text.spam.links import (
    HANDLE_RE,
    body_email_evidence,
    contact_density_evidence,
    find_links,
    handle_evidence,
    host_allowed,
    is_citation,
    is_spammy_host,
    link_evidence,
    phone_count,
    phone_evidence,
    strip_spans,
)
from intake.text.spam.linkshape import (
    closing_call_evidence,
    front_door_evidence,
    names_its_page,
    pitch_link_evidence,
)
from intake.text.spam.lurehosts import lure_host_evidence
from intake.text.spam.lurelinks import lure_link_evidence
from intake.text.spam.lures import (
    account_number_evidence,
    affiliate_evidence,
    affiliate_links,
    hashtag_evidence,
    homoglyph_evidence,
    messenger_group,
    price_invitation_evidence,
    probe_evidence,
    stuffing_evidence,
    styled_evidence,
    wallet_evidence,
    wallets,
)
from intake.text.spam.markup import markdown_link_evidence, spin_set_evidence
from intake.text.spam.noise import gibberish_evidence
from intake.text.spam.notices import gift_card_evidence, notice_evidence
from intake.text.spam.offers import cta_evidence, offer_evidence, price_evidence
from intake.text.spam.ownerpitch import owner_pitch_evidence
from intake.text.spam.pitchwords import advert_evidence, many_words_evidence
from intake.text.spam.pivot import pivot_evidence, testimonial_evidence
from intake.text.spam.placenames import name_terms
from intake.text.spam.promises import promise_evidence, promise_terms
from intake.text.spam.promos import promo_evidence
from intake.text.spam.quoted import own_words, quoted_words
from intake.text.spam.repetition import (
    keyword_evidence,
    query_list_evidence,
    repeat_evidence,
    unit_repeat_evidence,
    word_run_evidence,
)
from intake.text.spam.scripts import script_mash_evidence
from intake.text.spam.selleroffer import seller_offer_evidence
from intake.text.spam.settings import Behaviour, SpamSettings, SpamVerdict
from intake.text.spam.signup import asks_to_be_served
from intake.text.spam.solicit import (
    early_advert_evidence,
    invitation_evidence,
    invitations,
    invited_offer_evidence,
    money,
    seo_evidence,
    speaks_of_the_city,
    unrelated_offer_evidence,
)
from intake.text.spam.spelled import renamed_address_evidence, spelled_address_evidence
from intake.text.spam.stacked import stacked_evidence
from intake.text.spam.takingpart import takes_part
from intake.text.spam.topics import topic_evidence
from intake.text.spam.unrelated import unrelated_evidence
from intake.text.spam.webpitch import web_pitch_evidence
from intake.text.spam.windfalls import windfall_evidence


def content_evidence(body: str, context: tuple[str, ...] | None, s: SpamSettings) -> list[Evidence]:
    """All signals read from the text itself (and, for relatedness, the item's context); a
    comment quoting someone at length is read by its own words (:mod:`quoted`)."""
    own = own_words(body)
    if own is None:
        return own_evidence(body, context, s)
    note = Evidence(0.0, "quoted: the words in quotation marks are someone else's, not counted")
    # Round 18: words quoted are someone else's, but they still say what the comment is about
    # (a resident warning of a scam that names the item quotes the scam).
    return [*own_evidence(own, context, s, reported=quoted_words(body)), note]


def own_evidence(
    body: str, context: tuple[str, ...] | None, s: SpamSettings, reported: str = ""
) -> list[Evidence]:
    """All signals read from words the comment says itself; ``reported`` (the words it quotes)
    counts only towards what the comment is about."""
    links = find_links(body)
    prose = strip_spans(body, (lk.raw for lk in links))
    phones = phone_count(prose, s)
    handles = len(HANDLE_RE.findall(prose))
    contacts = [*link_evidence(body, links, s)]
    contacts += contact_density_evidence(prose, links, phones + handles, s)
    # Round 5: a messenger app named with an ID or number is a way to reach someone too, and a
    # web address spelled out or wrapped in markup is a link that hides.
    ids = messenger_ids(prose)
    disguised = disguise_evidence(prose, body, s)
    # Round 19: a number written with its country code is written for callers anywhere. Next to
    # a messenger's ID it is that ID's number, already counted ("WhatsApp al +1 916 ...").
    abroad = [] if ids else international_numbers(prose)
    contacts += international_number_evidence(abroad, s.abroad_phone_weight)
    # Session 16: a short text whose number rings another country than the city's.
    contacts += foreign_number_evidence(abroad, prose, s.phone_region)
    # Round 15: a messenger named (even without an ID) next to a sum: an offer and its channel.
    channel = messenger_money(prose, body, context)
    contacts += messenger_money_evidence(channel, s)
    hidden = [e for e in disguised if e.detail.startswith("links: ")]
    hidden = hidden or spelled_address_evidence(body, s)  # round 13: "dot co slash start"
    hidden = hidden or renamed_address_evidence(body, s)  # round 16: "rightscourse dot co"
    contacts += hidden
    # Round 7: "DM for prices", "inbox ngay", "search us on Google": a way to reach someone
    # that gives no address.
    invited = invitations(prose)
    group = messenger_group(prose)  # round 8: "Join our Telegram group" (no ID)
    if group and not invited:
        invited = [group]
    # Round 24: the writer's own channel offered ("Comment GLOW below and I'll send you") is
    # an invitation to write off the form, whatever the list of round 7 holds.
    promoted = self_promotion(prose)
    if promoted and not invited:
        invited = [promoted]
    promoted = promoted or priced_closing_invitation(prose, invited)
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
    contacts += account_number_evidence(prose)  # round 25: an account to pay into
    # A way to reach someone: a number, a handle, an address, or a link that is not a citation
    # (the staff report's PDF next to its cost is a resident citing a budget, not an offer).
    outside = [lk for lk in links if not host_allowed(lk.host, s.allowed_domains)]
    uncited = [lk for lk in outside if not is_citation(lk)]
    # Round 9: a link hidden from link finders (spelled out, defanged, in markup) is a link to
    # a seller: a way to reach someone, and selling outright (nobody hides a citation).
    direct = bool(phones or handles or ids or wallet or hidden)
    reachable = direct or bool(uncited)
    # Session 14: a link into a page the text names ("900 tenants signed our petition:
    # .../harbor-tenants-5") is cited, not a way to reach a seller of the number before it.
    offered = direct or any(not names_its_page(lk, prose) for lk in uncited)
    offer = offer_evidence(prose, offered, s, context)
    advert = price_evidence(prose, s) + cta_evidence(prose, s)
    title, others = (context[0], context[1:]) if context else ("", ())
    pitch = pitch_link_evidence(prose, links, s, title, others)
    spammy = any(is_spammy_host(lk.host) for lk in links if not lk.is_email)
    affiliate = affiliate_links(outside)
    sum_named = money(prose)
    # Session 12: a prize told to the reader, money sent back multiplied, a result promised by a
    # deadline, with a way to reach someone: selling outright, in any language.
    promise = promise_evidence(prose, reachable)
    bulk = windfall_evidence(prose, reachable) + promise
    bulk += topic_evidence(prose, reachable)  # round 17: a bulk-spam topic, any language
    sold = bool(offer or advert or affiliate or wallet or hidden or bulk or channel) or spammy
    # Round 15: an invitation to write privately next to a sum ("Link na bio ... R$500 por
    # dia") is an offer with its channel, as a named messenger is.
    sold = sold or bool(invited and sum_named)
    outright = sold or bool(ids)
    selling = outright or bool(pitch)
    emails = sum(lk.is_email for lk in outside)
    urls = len(outside) - emails
    # A way to reach someone, citations included: notices and deadlines point anywhere.
    pointed = reachable or bool(outside)
    # Round 15: hours to act; a duration already read as a promise is not read twice.
    hours = [] if promise else deadline_evidence(prose, pointed, s)
    shape = [
        *contact_only_evidence(prose, phones + handles + emails + len(ids), urls, ids, s),
        *unit_repeat_evidence(prose, bool(phones or handles or ids or outside), s),
        *script_mash_evidence(prose, s),
        *front_door_evidence(prose, links, s),
        *pitch,
        *[e for e in disguised if not e.detail.startswith("links: ")],
        *bot_post_evidence(prose, context, s),
        *blog_praise_evidence(prose, context, bool(links), s),  # round 24
        *self_promotion_evidence(promoted, prose, s),  # round 24
        *styled_evidence(prose, s),
        *homoglyph_evidence(prose, s),
        *hashtag_evidence(prose, s),
        *stuffing_evidence(prose, context, s),
        *affiliate_evidence(affiliate, s),
        *web_pitch_evidence(prose, context, s),  # round 12
        *owner_pitch_evidence(prose, context, s),  # session 16, round 24
        *invisible_evidence(prose),  # round 12
        *stacked_evidence(prose),  # round 16
        *lure_link_evidence(links, s),  # round 12
        *word_run_evidence(prose),  # round 13
        *spin_set_evidence(prose),  # round 13
        *markdown_link_evidence(body, prose, s),  # round 13
        *pivot_evidence(body, prose, links, s),  # round 13
        *testimonial_evidence(body, links, s),  # round 25
        *closing_call_evidence(body, prose, links, context, s),  # session 16
        *seller_offer_evidence(body, prose, links, s),  # round 25
        *lure_host_evidence(links, s),  # round 14
        *query_list_evidence(prose),  # round 14
        *keyword_evidence(prose),  # round 17
        *promo_evidence(prose, urls),  # round 17
        *bulk,  # session 12
        *bare_praise_evidence(prose, s.bare_praise_weight),  # session 12
        *hidden_money_evidence(hidden, prose, s),  # round 15
        *hours,
        # Round 24: a notice to the reader about their own account, card or property, and
        # money asked for in gift cards, with a way to act.
        *notice_evidence(prose, pointed, hours_counted=bool(hours)),
        *gift_card_evidence(prose, pointed),
        # Round 25: a number in another country's national format, and money of another
        # country with a way to reach: a short text written for readers elsewhere.
        *elsewhere_evidence(prose, s.phone_region, reachable, abroad),
    ]
    # Session 12: a place name or a duration's words do not make a text that sells related.
    hosts = [lk.host for lk in links if not lk.is_email]
    unshared = promise_terms(prose) | (name_terms(prose, hosts) if selling and context else set())
    # Session 12: a call to volunteer whose link names the item, or a meeting on the city's
    # decision, selling nothing, is not judged by the words it shares with the item.
    sells = bool(offer or advert or affiliate or wallet or hidden or bulk or channel or pitch)
    sells = sells or spammy or sum_named
    judged_context = None if takes_part(prose, links, context, sells) else context
    # Round 18: a link given in parentheses glosses the words before it; it is not a call.
    if not outright and links_as_asides(body, links):
        judged_context = None
    unrelated = unrelated_evidence(
        prose,
        contacts,
        links,
        judged_context,
        s,
        selling,
        # Session 14: a messenger's ID is how a resident writing in their own language asks
        # to be called back; it alone does not get a text written apart judged by relatedness.
        sold,
        hidden=bool(hidden),
        unshared=unshared,
        reported=reported,
    )
    # Round 12: closing sentences count when they sell (a resident closes with how to reach them).
    unrelated = closing_evidence(
        prose, unrelated, contacts, links, judged_context, s, sold, hidden=bool(hidden)
    )
    # Round 9: a citation (a link into a site's document or article) is not a way to reach a
    # seller for the advert-word signals either, as for the offer: "Vale ler esta reportagem
    # ...: https://news.example/opiniao/2026/10/..." cites a story that mentions "vendas".
    reach = reachable or bool(invited)
    # Round 14: an event written apart (it names a time of day) is not judged a short advert
    # unless it sells outright.
    judge_apart = outright or not reach or not names_a_day_or_time(prose)
    adverts = advert_evidence(prose, reach, unrelated, judged_context, s, judge_apart)
    if not reach and not adverts and judged_context is not None:
        signs = bool(advert) + sum_named
        adverts = many_words_evidence(prose, signs, judged_context, s)
    if not unrelated and not adverts:
        signs = bool(offer or sum_named) + bool(invited) + bool(advert) + bool(pitch) + spammy
        signs += bool(hidden)  # round 9: a link hidden from filters is a sign of selling
        adverts = early_advert_evidence(prose, reach, signs, judged_context, s)
    # Round 7: a tradesman asking "Will the city hire local contractors?" takes part. Session
    # 14: a resident asking to be put on the list for the service is its customer (signup.py).
    if adverts and (speaks_of_the_city(prose) or asks_to_be_served(prose)):
        adverts = [e for e in adverts if not e.detail.startswith("offer words:")]
    if not offer:
        judged = bool(unrelated) or any(e.noise for e in adverts)
        offer = invited_offer_evidence(prose, invited, judged, s)
    if not offer:
        direct = bool(phones or handles or ids or wallet or hidden or emails)
        offer = unrelated_offer_evidence(prose, direct, bool(unrelated), s)
    # Session 16: a phrase of the item's own title chanted, with no way to reach anyone and
    # nothing sold, takes a side on the item ("no tolls no tolls ..."): not noise.
    chant = not (reach or sells) and chants_the_item(prose, context)
    return [
        *contacts,
        *offer,
        *advert,
        *gibberish_evidence(prose, s),
        *([] if chant else repeat_evidence(prose, s)),
        *shape,
        *unrelated,
        *adverts,
        *seo_evidence(prose, s),
        *probe_evidence(prose, s, context),
        *price_invitation_evidence(prose, invited, s),
    ]


def learned_evidence(body: str, model: LearnedModel | None, s: SpamSettings) -> list[Evidence]:
    """The deployment's learned model (or the starter model, until staff trained one), as one
    more signal (none without a model)."""
    if model is None:
        return []
    p = model.probability(body)
    if p >= s.learned_sure_probability:
        weight = s.starter_sure_weight if model.starter else s.learned_sure_weight
    elif p >= s.learned_min_probability:
        weight = s.learned_weight
    else:
        return []
    if model.starter:
        return [Evidence(weight, f"learned: reads like the spam of the starter model (p={p:.3f})")]
    return [Evidence(weight, f"learned: reads like comments staff marked spam (p={p:.3f})")]


class TextMemo:
    """What a text alone says, worked out once per distinct text for a batch of comments.

    In a campaign burst many comments are the same text word for word (a third of the burst
    benchmark's), and the signals read from the text (:func:`content_evidence`, with the item's
    context when it is asked for, and :func:`wants_item_context`) are pure functions of it and of
    the settings, as the learned model's reading is of the text and the batch's one model: a
    repeat gets the first one's answer instead of reading the text again. One memo per batch and
    settings; it grows with the batch's distinct texts.
    """

    def __init__(self, settings: SpamSettings) -> None:
        self.settings = settings
        self._content: dict[tuple[str, tuple[str, ...] | None], tuple[Evidence, ...]] = {}
        self._wants: dict[str, bool] = {}
        self._learned: dict[tuple[str, int], tuple[Evidence, ...]] = {}

    def wants_item_context(self, body: str) -> bool:
        wants = self._wants.get(body)
        if wants is None:
            wants = self._wants[body] = wants_item_context(body, self.settings)
        return wants

    def learned(self, text: str, model: LearnedModel | None) -> list[Evidence]:
        """:func:`learned_evidence` of a text, once per text and model."""
        key = (text, id(model))
        found = self._learned.get(key)
        if found is None:
            found = self._learned[key] = tuple(learned_evidence(text, model, self.settings))
        return list(found)

    def content(self, text: str, context: tuple[str, ...] | None) -> list[Evidence]:
        found = self._content.get((text, context))
        if found is None:
            found = self._content[(text, context)] = tuple(
                content_evidence(text, context, self.settings)
            )
        return list(found)


def score(
    body: str,
    behaviour: Behaviour,
    settings: SpamSettings,
    model: LearnedModel | None = None,
    memo: TextMemo | None = None,
) -> SpamVerdict:
    """Score one comment and explain the score.

    A form letter sent by many people is speech by each of them: for such a
    comment the content signals are still listed but not counted, so only bot
    behaviour (honeypot, bursts, velocity, throwaway addresses) can label it --
    unless its text is noise (a bare link, one word over and over, mashing, an
    advert unrelated to the item): a spam run posted under many names is not a
    campaign, and then every content signal counts.

    ``model`` is the deployment's spam model learned from staff decisions
    (:mod:`intake.text.spam.learned`); without one the score is what it always was. ``memo``
    (made with these ``settings``) answers for a text met before in the batch.
    """
    texts = behaviour.item_context
    context = tuple(safe_text(as_displayed(t)) for t in texts) if texts is not None else None
    text = safe_text(as_displayed(body))
    if memo is not None:
        assert memo.settings is settings
        content = memo.content(text, context)
    else:
        content = content_evidence(text, context, settings)
    bot = behaviour_evidence(behaviour, settings)
    count_content = not behaviour.is_form_letter or any(e.noise for e in content)
    if count_content:
        # A model's evidence is no noise: on a form letter whose text is speech it could not
        # count, and reading every copy of a burst through the model was a third of the
        # labeller's time (session 15), so it is asked only where it can count.
        learned = (
            memo.learned(text, model)
            if memo is not None
            else learned_evidence(text, model, settings)
        )
        # Round 25: kinds of evidence that agree count once more (corroborate.py).
        content += [*learned, *corroboration_evidence(content, learned, settings)]
    counted = bot + (content if count_content else [])
    value = noisy_or(e.weight for e in counted)
    reasons = tuple(e.reason(count_content) for e in content) + tuple(e.reason() for e in bot)
    return SpamVerdict(score=value, reasons=reasons, is_spam=value >= settings.threshold)
