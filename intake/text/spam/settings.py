"""What a city can tune (:class:`SpamSettings`), what the service knows about a submission
apart from its text (:class:`Behaviour`), and the verdict (:class:`SpamVerdict`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpamSettings:
    """Every threshold and weight, so a city can tune without a code change.

    The service maps each field to an ``INTAKE_SPAM_<FIELD_UPPER>`` environment
    variable; docs/spam.md explains each one. Weights are probabilities in
    [0, 1] fed to the noisy-OR.
    """

    #: Score at or above which a comment is labelled spam (moved aside, never rejected).
    threshold: float = 0.7
    #: Domains or suffixes whose links never count against a comment: a host
    #: matches an entry when it equals it or ends with "." + entry; "*" stands
    #: for exactly one label ("gov.*" matches "gov.uk"). Add the city's own domain.
    allowed_domains: tuple[str, ...] = ("gov", "mil", "edu", "gov.*", "ca.gov")
    #: Weight per link outside the allowed domains.
    link_weight: float = 0.15
    #: Ceiling for the per-link weight, so a long bibliography cannot alone reach the threshold.
    link_max_weight: float = 0.6
    #: Session 19 (margin19): the ceiling when the links are a list of sources (every page named
    #: in words, or every link labelled on its own line and into a page): each link announced by
    #: its own name is a citation, and four of them weighed as much as a bare link list (0.60).
    source_links_max_weight: float = 0.4
    #: Weight when the comment is nothing but outside links (fewer than link_only_max_words words);
    #: with the link's own weight it reaches the threshold: a bare link carries no argument.
    link_only_weight: float = 0.65
    link_only_max_words: int = 5
    #: Weight when URLs make up at least link_density_min of the visible characters.
    link_density_weight: float = 0.3
    link_density_min: float = 0.5
    #: Weight for advertising prices ("$49.99", "50% off", "only $20").
    price_weight: float = 0.3
    #: Weight for one phone number in the body; phone_many_weight for two or more.
    phone_weight: float = 0.15
    phone_many_weight: float = 0.25
    #: Region used to read national-format phone numbers.
    phone_region: str = "US"
    #: Weight for e-mail addresses written in the body (outside the allowed domains).
    body_email_weight: float = 0.15
    #: Weight when at least contact_dense_min outside links, e-mail addresses and phone numbers,
    #: one of them an address or a number, come at contact_dense_per_word or more per word of
    #: the rest of the text.
    contact_dense_weight: float = 0.3
    #: Weight for "@name" handles outside e-mail addresses (Telegram, Instagram, ...).
    handle_weight: float = 0.15
    contact_dense_min: int = 2
    contact_dense_per_word: float = 0.12
    #: Weight per distinct marketing call to action ("click here", "buy now"), capped.
    cta_weight: float = 0.3
    cta_max_weight: float = 0.6
    #: Weight when the letters form no words in any language (keyboard mashing).
    gibberish_weight: float = 0.75
    #: Mean bigram log-probability at or below which letters are implausible on their own.
    gibberish_max_logprob: float = -4.5
    #: Looser mean log-probability that counts when the words also stay on one keyboard row.
    gibberish_row_logprob: float = -3.6
    #: Share of letters in single-keyboard-row words needed for the looser test.
    gibberish_row_share: float = 0.5
    #: Fewer letter bigrams than this are too little text to judge.
    gibberish_min_bigrams: int = 15
    #: Weight when one token makes up repeat_min_share of at least repeat_min_tokens tokens, or
    #: when at most repeat_max_distinct_share of the tokens are distinct (a phrase over and over;
    #: judged up to repeat_distinct_max_tokens tokens, since long prose repeats its words too).
    repeat_weight: float = 0.75
    repeat_min_tokens: int = 8
    repeat_min_share: float = 0.5
    repeat_max_distinct_share: float = 0.25
    repeat_distinct_max_tokens: int = 200
    #: Weight when the comment shares almost none of its content words with its item (title and
    #: earlier comments) *and* carries an outside link, an e-mail address or a phone number: spam
    #: is written for every form at once. "Almost none" is at most unrelated_max_share of its
    #: content terms and fewer than unrelated_max_shared_terms of them (a long letter shares many
    #: terms even when they are a small share). Judged only when the item's context holds at
    #: least unrelated_min_context_terms content terms and the comment unrelated_min_terms.
    unrelated_weight: float = 0.55
    #: The same with only an e-mail address or phone number (residents leave those): weaker.
    unrelated_contact_weight: float = 0.45
    #: Session 19 (margin19): the same when every outside link goes into a page of its site (a
    #: path: an article, a petition, a folder of photos), not its front page: a resident cites
    #: a page; an advert sends readers to its shop's front door. As contact details weigh.
    unrelated_page_weight: float = 0.45
    unrelated_max_share: float = 0.2
    unrelated_max_shared_terms: int = 3
    unrelated_min_context_terms: int = 20  # 40 before round 5
    unrelated_min_terms: int = 6
    #: The same floor for a comment that also shows an offer, an advert's price or call to action,
    #: or a link to a shortener or a domain spam favours: a pitch is short ("I make $320 every
    #: day on my laptop, ask me how: ..." has two terms). Such a comment sharing one term with
    #: the item ("near") is still unrelated, whatever share of its few terms that is.
    unrelated_selling_min_terms: int = 2
    #: Weight per link to a link shortener or a top-level domain spam favours (.xyz, .top, ...);
    #: residents cite news sites, agencies and organisations, not these.
    spammy_host_weight: float = 0.25
    #: Round 6 (botposts.py): a greeting or a test with nothing else ("hello", "test", "Привет
    #: всем"; at most bot_greeting_max_words words), or praise for a post, article or site the
    #: item is not ("Nice post", "Отличная статья"; at most bot_praise_max_words words).
    bot_post_weight: float = 0.75
    bot_greeting_max_words: int = 6
    #: Session 12 (barepraise.py): one or two words of praise with nothing praised ("Nice",
    #: "Super!"). Bots post it, but so may a resident who likes the item: alone it puts the
    #: comment in the staff review queue (within 0.15 of the threshold), it does not label it;
    #: with any other sign (a link, a burst, a honeypot) it is spam.
    bare_praise_weight: float = 0.6
    bot_praise_max_words: int = 12
    #: Round 24 (invites.py): the writer's own channel offered for something ("link in bio",
    #: "check my profile", "Ask me how 😉", "DM me for the link", "Comment WORD below"); with the
    #: invitation it carries (0.15) it reaches the threshold.
    self_promotion_weight: float = 0.65
    #: ... read only in a text of at most self_promotion_max_words words: a promotion is short
    #: (the longest on the spent sets, 50 words); a letter that argues the item and signs off
    #: with "Follow me on Instagram" is a resident's, whatever its sign-off.
    self_promotion_max_words: int = 60
    #: Session 16, round 24 (ownerpitch.py): a pitch to the owner of a site or a business (an
    #: address to them, an offer, a request for a reply) that names nothing of the item; it
    #: reaches the threshold alone.
    owner_pitch_weight: float = 0.7
    #: Round 24 (invites.py): praise for a post, article, blog or site shared ("Very informative
    #: post", "Nice article, I bookmarked your site") in at most blog_praise_max_words words
    #: (blog_praise_max_linked_words with a link), with a second phrase ("thanks for sharing").
    blog_praise_weight: float = 0.75
    blog_praise_max_words: int = 30
    blog_praise_max_linked_words: int = 60
    #: Round 6 (pitchwords.py): advert words ("cheap", "loan", "gratis", "cho vay") in a text
    #: with a way to reach someone that is unrelated to the item.
    pitch_words_weight: float = 0.4
    #: Round 7: weight for an invitation to write privately with no address given ("DM for
    #: prices", "inbox ngay", "search us on Google"); a way to reach someone for the offer,
    #: relatedness and advert-word signals.
    invitation_weight: float = 0.15
    #: Session 14 (contactblock.py): a phone number, an e-mail address, a handle, an invitation
    #: to write and a messenger's ID given together are one way to reach the writer: counted
    #: as the strongest part's weight and this step more.
    contact_block_step: float = 0.05
    #: Round 7: weight for two distinct terms of SEO jargon ("guest post", "backlink",
    #: "webmaster"); seo_many_weight for three or more.
    seo_weight: float = 0.4
    seo_many_weight: float = 0.75
    #: Weight when a short comment (offer_max_words words at most, links left out) names a sum
    #: of money, a percentage or a number of 100 or more *and* carries a way to reach someone
    #: (an outside link, an e-mail address, a phone number, a handle): an offer's shape in any
    #: language ("500 dólares diarios ... +52 ...", "50 000 рублей ... http://...").
    offer_weight: float = 0.4
    offer_max_words: int = 20
    #: Round 9: weight when a text of any length judged unrelated to the item names a sum of
    #: money (a currency sign or unit) and gives an e-mail address, a number, a handle, a
    #: messenger ID or a hidden link: commercial intent that does not refer to the item. Less
    #: than a short offer's: with one contact and the relatedness signal it stays under the
    #: threshold (0.67); a second way to reach the writer, or an invitation, makes 0.72.
    unrelated_offer_weight: float = 0.3
    #: Weight when the deployment's learned model (``intake spam train``, from staff decisions)
    #: gives the comment's prose a spam probability of at least learned_min_probability: one
    #: more piece of evidence, like a price. Only at learned_sure_probability does it weigh
    #: learned_sure_weight, which reaches the threshold alone.
    learned_weight: float = 0.35
    learned_min_probability: float = 0.9
    learned_sure_weight: float = 0.7
    learned_sure_probability: float = 0.99
    #: Session 15: the starter model (trained on other places' comments, not this deployment's
    #: staff decisions) never decides alone: where sure, it weighs this much, under the
    #: threshold, so other evidence must agree. Weighing learned_sure_weight, it flagged 5 of
    #: 458 residents on four sets written apart that the engine alone did not (and caught 29
    #: more spam); at 0.5 it flagged none of them (13 more spam).
    starter_sure_weight: float = 0.5
    #: Round 25 (corroborate.py): when the learned model's evidence comes with evidence of two
    #: other kinds (a way to reach someone, an offer, a text unrelated to the item), one more
    #: piece of evidence with this weight. Chosen on the odd-numbered spent spam sets, the model
    #: trained without the set it reads: 0.3 is the least that caught all it could there and
    #: brought no resident of any spent corpus nearer the threshold than the nearest already was.
    corroborated_learned_weight: float = 0.3
    #: Session 19 (learned19): where the starter model is all but certain (p at least this),
    #: a way to reach someone alone corroborates it (one kind, not two): the starter's 0.5 and
    #: corroborated_learned_weight make 0.65, under the threshold, so the way to reach must be
    #: counted evidence too. Leave-one-set-out on 37 spent sets, no resident of any corpus is
    #: read at 0.999 (the highest, an EPA slogan, 0.997; none with a way to reach them above
    #: 0.79), and 22 more spam of 3,831 are caught.
    starter_certain_probability: float = 0.999
    #: Session 22 (e5gate, encoder.py): the sentence encoder's reading, where its head's p is at
    #: least encoder_probability, weighs encoder_weight, under the threshold: it never decides
    #: alone, and it is asked only where it would decide (the engine's rules alone, without the
    #: starter model, score 0.333 or more, so that with it they reach the threshold). Chosen
    #: leave-one-set-out on the 23 odd-numbered spent spam sets (benchmarks/spam_e5_gate.py): the
    #: most spam caught there with no resident flagged; on the 21 even sets 1,785 -> 1,824 of
    #: 2,061 with the starter (1,730 -> 1,809 without it), and no resident flagged on them or on
    #: the 21 other corpora. At 0.6 a resident of an even set is flagged; 0 turns it off.
    #: Session 24: with -42, -43 and -44 spent the cut read on the odd sets fell to 0.9895, where
    #: a resident of -34 (p=0.9906, its head trained without -34) is flagged; 0.991 is the least
    #: cut that flags no resident of any spent corpus, leave-one-set-out (one spam of 4,972 less
    #: than at 0.9905). Session 25: with -24 and -27 spent and the new rules, a Brazilian
    #: artisan's question on -15 reads p=0.99354, its head trained without -15; 0.9936 is the
    #: least cut that flags no resident of any spent corpus (9 spam of 5,209 fewer than 0.991).
    #: Session 25 also asks it where the score with the starter model reaches 0.333 and some rule
    #: reads the text (scoring.encoder_evidence). Session 28: with -48 and -49 spent, the same
    #: artisan reads p=0.99361 leave-one-set-out; 0.9937 flags no resident of any spent corpus
    #: and catches as many spam as 0.9936 there (5,225 of 5,885).
    encoder_weight: float = 0.55
    encoder_probability: float = 0.9937
    #: Round 5 (issue 14 item 6): signals that read the text's shape, not its language.
    #: Weight when the whole text (letters, digits and symbols, spaces and punctuation dropped)
    #: is one short unit over and over ("你好你好你好...", "🔥🔥🔥...", "مرحبا مرحبا ..."): at
    #: least repeat_unit_min_times times, or repeat_unit_contact_times with a link or a contact.
    repeat_unit_weight: float = 0.75
    repeat_unit_min_times: int = 7
    repeat_unit_contact_times: int = 4
    repeat_unit_min_chars: int = 6
    #: Weight when a comment is nothing but a phone number, an e-mail address, a handle or a
    #: messenger ID (fewer than contact_only_max_words words and contact_only_max_letters letters
    #: besides it): like a bare link, no argument to count.
    contact_only_weight: float = 0.65
    contact_only_max_words: int = 3
    contact_only_max_letters: int = 12
    #: Weight when a messenger app (WhatsApp, Telegram, Viber, WeChat, LINE, KakaoTalk, Zalo, QQ,
    #: ... in their usual spellings and scripts) is named next to a number, a handle or an ID:
    #: an invitation to carry on elsewhere. Also a way to reach someone for the offer and
    #: relatedness signals.
    messenger_weight: float = 0.5
    #: Session 19 (margin19): the same when the ID is a phone number written as neighbours dial
    #: it (no country code: "WhatsApp me at 555-0142", "Viber ko 0917 555 0124"): the number is
    #: counted as a phone number already, and the app named beside it says how the writer likes
    #: to be called back. Less than an ID (an account made to be found) or a number written for
    #: callers anywhere ("WhatsApp +44 ..."); with the number, one way to reach the writer at
    #: 0.45 (contactblock.py), under the band 0.55-0.70 a resident's call-back note reached.
    messenger_local_number_weight: float = 0.4
    #: Round 19 (abroad.py): weight when a phone number is written with its country code
    #: ("+91 555 390 4471"): a number written for callers anywhere, as bulk adverts give it;
    #: residents write the number as neighbours dial it. Selling outright; alone (with the
    #: phone's own weight) under the threshold.
    abroad_phone_weight: float = 0.4
    #: Round 15 (channels.py): weight when a messenger app is named (with or without an ID)
    #: in a text naming a sum of money or a percentage and no time of day: an offer with a
    #: channel to buy through. A way to reach someone and selling outright; alone under the
    #: threshold.
    messenger_money_weight: float = 0.55
    #: Round 15: weight when a web address hidden from link finders (spelled out, defanged,
    #: in markup) stands in a text naming a sum of money or a percentage; with the hidden
    #: address's own weight it reaches the threshold.
    hidden_money_weight: float = 0.5
    #: Session 18 (selleroffer.py): weight when a contact hidden from filters (a phone number
    #: in words, an address spelled out) stands beside one of a seller's terms of trade: a
    #: seller's term is read as round 15 reads a sum beside a hidden address. With the hidden
    #: contact's own weight it reaches the threshold.
    hidden_offer_weight: float = 0.5
    #: Session 30 (spend30b, payinto.py): weight when a sum is asked of the reader beside a bank
    #: account written in a bank's format ("12-3456-0123456-00", an IBAN), in a text naming no
    #: scam: the threshold, since the request is the whole of such a text.
    pay_into_weight: float = 0.7
    #: Round 15 (deadline.py): weight when a text with a way to reach someone gives the reader
    #: a number of hours to act ("within 48 hours"): one more sign, never enough alone.
    deadline_weight: float = 0.25
    #: Weight when words are disguised: digits or symbols for letters in several words ("V1agra
    #: ch3ap"), at least disguise_min_words of them.
    disguise_weight: float = 0.5
    disguise_min_words: int = 2
    #: Round 25: weight when a short text (at most homoglyph_max_words words) is written in
    #: digits for letters throughout: disguise_heavy_min_words disguised words or more, a quarter
    #: of its words ("Fr33 $pins n0w!!! Cl@im y0ur 300% w3lc0me b0nus ..."), as homoglyphs are.
    disguise_heavy_weight: float = 0.75
    disguise_heavy_min_words: int = 5
    #: Weight when letters are spaced out ("b u y  c h e a p"): spaced_min_letters single letters
    #: in a row.
    spaced_letters_weight: float = 0.75
    spaced_min_letters: int = 8
    #: Weight when a web address is spelled out to slip past link finders ("pharm dot example
    #: dot com", "example . net").
    spelled_link_weight: float = 0.45
    #: Round 9: weight when a web address is defanged so that nothing opens or finds it
    #: ("hxxps://", "example[.]site", "shop(.)ru"). Security reports write links so; a comment
    #: form gets them from spam that hides its link from filters. Also a link for the offer and
    #: relatedness signals, and selling outright.
    defanged_link_weight: float = 0.5
    #: Weight when the text carries forum or HTML link markup ("[url=...]", "<a href=...>"): a
    #: comment form takes plain text; markup is pasted by link-posting bots.
    markup_link_weight: float = 0.7
    #: Weight for placeholder filler text ("lorem ipsum") and, round 9, unfilled spintax
    #: ("{Hello|Hi} {great|nice} post"): a template's alternatives posted as they are.
    placeholder_weight: float = 0.75
    #: Weight when several links to different sites' front doors (not citations of a document or
    #: an article) make up most of a short text: front_door_min links, at most
    #: front_door_max_words_per_link other words per link.
    front_door_weight: float = 0.35
    front_door_min: int = 2
    front_door_max_words_per_link: float = 6.0
    #: Weight when a link goes to a site's front page (not a citation) that the comment never
    #: names ("I own Rosa's Bakery (rosasbakery.example)" names its site; "claim your gift here:
    #: http://gift-free.example/win" does not). Weak: a link and text unrelated to the item, or
    #: an offer, are needed with it.
    pitch_link_weight: float = 0.25
    #: Weight for mashing in scripts the letter model does not judge (Hangul jamo typed without
    #: syllables, words on one row of the Arabic, Persian or Hebrew keyboard, letters typed in
    #: alphabet order): same as gibberish_weight by default.
    script_mash_weight: float = 0.75
    #: Round 8 (lures.py): weight when at least styled_min_share of the letters (and
    #: styled_min_letters) are mathematical or fullwidth look-alikes of Latin letters ("𝐄𝐚𝐫𝐧").
    styled_weight: float = 0.75
    styled_min_letters: int = 10
    styled_min_share: float = 0.6
    #: Round 8: weight when homoglyph_min_words words (and a quarter of the words) of a text of
    #: at most homoglyph_max_words words mix Latin with Cyrillic or Greek letters ("chеap
    #: Viаgrа"); long letters disguised so are campaign copies, judged by the matcher.
    homoglyph_weight: float = 0.75
    homoglyph_min_words: int = 2
    homoglyph_max_words: int = 40
    #: Round 8: weight when a text is mostly hashtags, at least hashtag_min of them.
    hashtag_weight: float = 0.75
    hashtag_min: int = 5
    #: Round 8: weight for keyword stuffing (stuffing_min_segments short segments of at most
    #: stuffing_max_words words, one content term in stuffing_min_share of them) about
    #: something the item's context never names.
    stuffing_weight: float = 0.75
    stuffing_min_segments: int = 5
    stuffing_max_words: int = 6
    stuffing_min_share: float = 0.6
    #: Round 8: weight for a cryptocurrency wallet address (Bitcoin, Ethereum, Tron); also a
    #: way to reach someone for the relatedness signal.
    wallet_weight: float = 0.6
    #: Round 8: weight when a short text (probe_max_words) asks for the reader's e-mail
    #: address or number and offers business ("Can I have your email? … business proposal").
    probe_weight: float = 0.7
    probe_max_words: int = 40
    #: Round 8: weight for each link with an affiliate or referral parameter ("?aff=",
    #: "partner=", "ref=4412"); makes the text selling.
    affiliate_weight: float = 0.25
    #: Round 8: weight when a short text (many_words_max_words) unrelated to the item (at most
    #: many_words_max_share of its terms in the item's context) holds many_words_min distinct
    #: advert words (a price, a call to action, a sum count one each), with no way to reach
    #: anyone ("Get 10k real Instagram followers and likes, cheapest price guaranteed!").
    many_words_weight: float = 0.5
    many_words_min: int = 4
    many_words_max_words: int = 30
    many_words_max_share: float = 0.25
    #: Round 8: weight when a text of at most price_invitation_max_words words invites a
    #: private message and names a price ("DM me for the price", "PM for price po").
    price_invitation_weight: float = 0.65
    price_invitation_max_words: int = 12
    #: Weight when the hidden honeypot field was filled (people cannot see it; bots fill it).
    honeypot_weight: float = 0.9
    #: Weight when the submitter's e-mail domain is a known disposable-mail service.
    disposable_email_weight: float = 0.35
    #: Comments on this item within the velocity window at which velocity counts.
    velocity_limit: int = 5
    velocity_source_weight: float = 0.4
    velocity_email_weight: float = 0.4
    #: Near-identical texts from one source within seconds at which a burst counts.
    burst_min: int = 3
    burst_weight: float = 0.85


@dataclass(frozen=True)
class Behaviour:
    """What the service knows about the submission apart from its text.

    Gathered by the caller from the request and the database and passed in as
    plain values so that scoring stays pure and testable.
    """

    honeypot_filled: bool = False
    email: str | None = None
    recent_from_source: int = 0
    recent_from_email: int = 0
    burst_near_identical: int = 0
    is_form_letter: bool = False
    #: The item's title and earlier comments, when the caller loaded them (see
    #: :func:`wants_item_context`); None leaves the relatedness signal unjudged.
    item_context: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SpamVerdict:
    """The score, the reasons that produced it, and the label staff see."""

    score: float
    reasons: tuple[str, ...]
    is_spam: bool
