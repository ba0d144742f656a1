"""Shapes of spam no earlier round read (round 8), most of them in no language at all.

* **Styled letters** -- "𝐄𝐚𝐫𝐧 $𝟓𝟎𝟎 𝐚 𝐝𝐚𝐲", "ＣＨＥＡＰ ＲＥＰＬＩＣＡ": letters taken from Unicode's
  mathematical alphanumerics or the fullwidth forms so that word filters do not read them. A
  resident may paste a styled heading from a social post ("𝗦𝗔𝗩𝗘 𝗢𝗨𝗥 𝗟𝗜𝗕𝗥𝗔𝗥𝗬 -- …"); a
  comment written in them whole is not typed, it is made.
* **Homoglyphs** -- "chеap Viаgrа" with Cyrillic е and а inside Latin words: no keyboard layout
  types two scripts inside one word, a spammer's tool does. A typo of one letter in one word
  happens (a Ukrainian "i" from the wrong layout); two or more words, a quarter of the words, do
  not. Only in a short text (an advert hiding its words from filters): campaign tools disguise
  the copies of a long letter the same way to slip past campaign matching (the fixture and the
  burst corpus hold such copies, truly sent by residents), and that is the campaign matcher's
  matter, not spam.
* **Hashtag stuffing** -- "#followforfollow #like4like #instagood …": a text that is mostly
  hashtags. A campaign's two tags in front of a sentence are not.
* **Keyword stuffing** -- "cheap car insurance, car insurance quotes, best car insurance, …",
  "купить диплом, купить диплом недорого, …": a list of short segments that repeat the same
  search terms, about something the item and its commenters never name (a resident's list "bike
  lanes on Main, bike lanes on Oak, …" on the bike-lane item names the item's subject).
* **A cryptocurrency wallet** -- "send 0.1 BTC to bc1q…": somewhere to send money, a way to be
  reached that no resident's comment on a city item needs.
* **A stranger's business probe** -- "Can I have your email? I have a business proposal",
  "pourriez-vous me communiquer votre adresse e-mail ? … partenariat", "ممكن بريدك؟ عندي عرض
  عمل": asks for the reader's address *and* offers business. A resident asking for "the email of
  whoever handles sidewalk repairs" asks for the city's, and offers nothing.
* **An affiliate link** -- a link whose query names an affiliate or partner ("?aff=", "partner=",
  "ref=4412", Amazon's "tag=…-20"), or a page of a "best of" or "top 10" list
  ("/best-espresso-machines", "/top-10-air-fryers-2026/"): someone is paid when the reader
  follows it. A news link shared with "?ref=twitter" is not. Weak alone; it makes the text
  *selling*, so the relatedness signal judges a short one.
* **A messenger group or channel** -- "Join our Telegram group", "grupo do WhatsApp", "nhóm Zalo",
  "Телеграм-канал": an invitation to carry on elsewhere (weak, like "DM me"); "Our volunteers
  have a WhatsApp group" on the item's subject is related to the item and counts for nothing
  more.

Each is found by a pre-check that costs one pass or less before any pattern runs (most comments
have no '#', no fullwidth or mathematical letter, no two scripts, no four commas).
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

import regex

from intake.text import relatedness
from intake.text.spam.evidence import WORD_RE, Evidence
from intake.text.spam.folding import fold
from intake.text.spam.links import TEXT_CACHE, Link
from intake.text.spam.notices import in_own_voice
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import speaks_of_the_city
from intake.text.spam.unrelated import written_apart
from intake.text.spam.upfront import reports_a_scam

# --------------------------------------------------------------------------- styled letters

#: Mathematical alphanumeric symbols (bold, italic, script, double-struck, …) and fullwidth
#: Latin letters and digits.
_STYLED_RE = regex.compile(r"[\U0001D400-\U0001D7FF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")
_LETTER_RE = regex.compile(r"[\p{L}\p{N}]")


def styled_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Most of the text's letters are styled look-alikes of Latin letters and digits."""
    if prose.isascii():
        return []
    styled = len(_STYLED_RE.findall(prose))
    if styled < s.styled_min_letters:
        return []
    letters = len(_LETTER_RE.findall(prose))
    if styled < s.styled_min_share * letters:
        return []
    detail = f"disguised words: {styled} of {letters} letters are styled look-alikes"
    return [Evidence(s.styled_weight, detail, noise=True)]


# --------------------------------------------------------------------------- homoglyphs

_LATIN_RE = regex.compile(r"\p{Latin}")
_OTHER_RE = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_MIXED_WORD_RE = regex.compile(
    r"(?=[\p{L}]*\p{Latin})(?=[\p{L}]*[\p{Cyrillic}\p{Greek}])[\p{L}]{3,}"
)
_LONG_WORD_RE = regex.compile(r"[\p{L}]{3,}")


def homoglyph_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Two or more words (a quarter of the words) mixing Latin with Cyrillic or Greek letters."""
    if prose.isascii() or not (_LATIN_RE.search(prose) and _OTHER_RE.search(prose)):
        return []
    if len(WORD_RE.findall(prose)) > s.homoglyph_max_words:
        return []  # a letter's copy disguised against campaign matching: the campaign's matter
    mixed = [w for w in _LONG_WORD_RE.findall(prose) if _MIXED_WORD_RE.fullmatch(w)]
    if len(mixed) < s.homoglyph_min_words:
        return []
    words = len(_LONG_WORD_RE.findall(prose))
    if len(mixed) * 4 < words:
        return []
    detail = f"disguised words: {len(mixed)} words mix Latin with Cyrillic or Greek letters"
    return [Evidence(s.homoglyph_weight, detail, noise=True)]


# --------------------------------------------------------------------------- hashtags

_HASHTAG_RE = regex.compile(r"(?<![\p{L}\p{N}&])#[\p{L}\p{M}\p{N}_]+")


def hashtag_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """A text that is mostly hashtags (at least hashtag_min of them)."""
    if prose.count("#") < s.hashtag_min:
        return []
    tags = len(_HASHTAG_RE.findall(prose))
    if tags < s.hashtag_min or tags * 2 < len(WORD_RE.findall(prose)):
        return []
    return [Evidence(s.hashtag_weight, f"repetition: {tags} hashtags make up the text", noise=True)]


# --------------------------------------------------------------------------- keyword stuffing

#: Stuffed terms are counted by their first four letters: "essay", "essays"; "write", "writer",
#: "writing" are one search term each.
_STUFF_STEM = 4
_SEGMENT_SPLIT_RE = regex.compile(r"[,;|\n•·/،、，；]+")


# Round 9: punctuation that ends or splits a sentence, in several scripts. Session 21 (res21b):
# and in Burmese (။ ၊), Khmer (។ ៕ ៖), Ethiopic (። ፣ ፤ ፥), Urdu (۔), Armenian (։) and Tibetan (།):
# a Burmese shop owner's paragraph, cut into runs of four "words" (phrases between spaces),
# repeated its polite particle "ပါ" as a stuffed term.
_SENTENCE_MARK_RE = regex.compile(r"[.,;:!?¿¡。，、！？؟،؛।။၊។៕៖።፣፤፥۔։།]")
#: Words per segment when a stuffed list comes without separators.
UNPUNCTUATED_SEGMENT_WORDS = 4


def _unpunctuated_segments(prose: str, s: SpamSettings) -> list[str]:
    """Round 9: search terms strung together with no separator at all ("best roof repair
    millbrook roof repair near me cheap roof repair millbrook roofing contractor ..."), cut into
    runs of four words and judged as a list. Only a text of no sentence punctuation at all and
    of 3 * ``stuffing_min_segments`` words or more: prose has its commas and full stops."""
    if _SENTENCE_MARK_RE.search(prose) is not None:
        return []
    words = WORD_RE.findall(prose)
    if len(words) < 3 * s.stuffing_min_segments:
        return []
    step = UNPUNCTUATED_SEGMENT_WORDS
    return [" ".join(words[i : i + step]) for i in range(0, len(words), step)]


def stuffed_terms(prose: str, s: SpamSettings) -> list[str]:
    """The search terms a keyword-stuffed list repeats, or [] when the text is not one.

    A list of ``stuffing_min_segments`` or more short segments (at most ``stuffing_max_words``
    words each, at least four of them different), one content term in ``stuffing_min_share`` of
    them and a second in two or more: the shape of "cheap car insurance, car insurance quotes,
    best car insurance, …". A slogan repeated ("save our library, save our parks, …") repeats
    one term only.
    """
    separators = sum(prose.count(c) for c in ",\n;،、，")
    if separators < s.stuffing_min_segments - 1:
        segments = _unpunctuated_segments(prose, s)
    elif prose.count(" ") > s.stuffing_max_words * (separators + 1):
        return []  # segments of more than stuffing_max_words words: prose, not a list
    else:
        segments = [seg.strip() for seg in _SEGMENT_SPLIT_RE.split(prose) if seg.strip()]
    if len(segments) < s.stuffing_min_segments or len(set(segments)) < 4:
        return []
    if any(len(WORD_RE.findall(seg)) > s.stuffing_max_words for seg in segments):
        return []
    counts: Counter[str] = Counter()
    for seg in segments:
        # Sorted, so that terms tied in count rank the same in every process: a set's order
        # follows the string hash, which each Python process seeds at random.
        counts.update(sorted({t[:_STUFF_STEM] for t in relatedness.content_terms(seg)}))
    ranked = counts.most_common(2)
    if len(ranked) < 2 or ranked[0][1] < s.stuffing_min_share * len(segments) or ranked[1][1] < 2:
        return []
    return [term for term, n in ranked]


def stuffing_evidence(
    prose: str, context: tuple[str, ...] | None, s: SpamSettings
) -> list[Evidence]:
    """Keyword stuffing whose main term the item and its comments never name (a resident's
    "bike lanes on Main, bike lanes on Oak, …" names the bike-lane item's subject)."""
    if context is None:
        return []
    terms = stuffed_terms(prose, s)
    if not terms:
        return []
    known = {t[:_STUFF_STEM] for t in relatedness.context_terms(context)}
    if not known or terms[0] in known:
        return []
    shown = ", ".join(repr(t) for t in terms)
    detail = f"repetition: a list stuffed with search terms ({shown}) the item does not use"
    return [Evidence(s.stuffing_weight, detail, noise=True)]


# --------------------------------------------------------------------------- wallets

_WALLET_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:bc1[02-9ac-hj-np-z]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"
    r"|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![\p{L}\p{N}])"
)


#: Round 25: a wallet-like string written short or out of the alphabet ("send $1,450 in Bitcoin
#: to this address: bc1q9x55501fz8k7w0yq3rm8p2tjd6", whose "1" no Bech32 address holds) after a
#: word for a cryptocurrency or its address, within a few words: letters and digits mixed, 20
#: characters or more.
_CRYPTO_WORD_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:bitcoins?|btc|ethereum|eth|usdt|tether|crypto"
    # Session 25 (res25): a phone's wallet ("in Apple Wallet, code K7Q2M9P4...") holds tickets,
    # passes and boarding cards, whose codes look random too: no coin's wallet.
    r"|(?<!(?:apple|google|samsung|phone|mobile)\s*)wallet|"
    r"биткоин\w*|кошел[её]к\w*|billetera|carteira|portefeuille)(?![\p{L}])"
    # Session 25 (spend25b): the word in scripts whose prepositions join the word before it
    # (Hebrew "בביטקוין לארנק", in bitcoin to the wallet; Arabic "إلى محفظة"), or that write no
    # spaces (Chinese, Japanese), and Persian, Hindi, Korean, Turkish and Greek: read anywhere.
    r"|בי?טקוי?ן|ארנק|بيتكوين|بیت\s?کوین|محفظ\p{L}*|کیف\s+پول|बिटकॉइन|बिटकॉइन|वॉलेट"
    r"|比特币|比特幣|钱包|錢包|加密货币|ビットコイン|ウォレット|비트코인|지갑|kripto|cüzdan\w*"
    r"|μπιτκόιν|πορτοφόλι\w*"
)
#: Session 25 (spend25b): the Bech32 and hexadecimal prefixes ("bc1q...", "0x...") followed by
#: 20 or more letters and digits, out of their alphabets too: a scammer's address need not be
#: valid (a placeholder, a typo, letters Bech32 leaves out), its prefix says what it is.
_PREFIXED_WALLET_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:bc1|0x)[A-Za-z0-9]{20,62}(?![\p{L}\p{N}])"
)
_LOOSE_WALLET_RE = regex.compile(r"(?<![\p{L}\p{N}])[A-Za-z0-9]{20,64}(?![\p{L}\p{N}])")
#: Characters after a word for a cryptocurrency within which its address is looked for.
WALLET_WINDOW = 80


def _loose_wallets(prose: str) -> int:
    """Wallet-like strings after a word for a cryptocurrency or a wallet (round 25)."""
    found = 0
    for word in _CRYPTO_WORD_RE.finditer(prose):
        after = prose[word.end() : word.end() + WALLET_WINDOW]
        found += any(_looks_random(m.group()) for m in _LOOSE_WALLET_RE.finditer(after))
    return min(found, 1)


@lru_cache(maxsize=TEXT_CACHE)
def wallets(prose: str) -> int:
    """How many cryptocurrency wallet addresses (Bitcoin, Ethereum, Tron) the text holds (kept
    per text: both the service's questions of a comment, does it want the item's context and
    its score, ask it)."""
    if "bc1" not in prose and "0x" not in prose and max(map(len, prose.split()), default=0) < 20:
        return 0  # no word is long enough to be an address
    strict = sum(1 for m in _WALLET_RE.finditer(prose) if _looks_random(m.group()))
    return strict or _loose_wallets(prose) or _prefixed_wallets(prose)


def _prefixed_wallets(prose: str) -> int:
    """Session 25 (spend25b): a loosely shaped address with a wallet's prefix (see
    :data:`_PREFIXED_WALLET_RE`), in a text that neither names a scam nor warns: a resident
    warning of such a demand may repeat its address."""
    if not any(_looks_random(m.group()) for m in _PREFIXED_WALLET_RE.finditer(prose)):
        return 0
    return 0 if reports_a_scam(prose) else 1


def _looks_random(address: str) -> bool:
    """A wallet address mixes digits and letters; a long word of letters only is not one."""
    body = address[3:] if address.startswith("bc1") else address[2:]
    return any(c.isdigit() for c in body) and any(c.isalpha() for c in body)


#: Session 26 (spend26): a cryptocurrency named by its brand, which every language writes the same
#: (or in a few fixed spellings): the coins of :data:`_CRYPTO_WORD_RE`, without its words for a
#: wallet (a payment app's wallet is a way to pay a neighbour too).
_COIN_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}_@])(?:bitcoins?|btc|ethereum|usdt|tether|crypto\p{L}*|криптовалют\p{L}*"
    r"|биткоин\p{L}*|біткоїн\p{L}*|bitkoin\p{L}*|kripto\p{L}*)(?![\p{L}])"
    r"|בי?טקוי?ן|بيتكوين|بیت\s?کوین|बिटकॉइन|比特币|比特幣|加密货币|ビットコイン|仮想通貨|비트코인|코인"
)


def coin_beside_an_id(prose: str, ids: list[str]) -> str | None:
    """Session 26 (spend26): a cryptocurrency named in a text that gives a messenger's ID or a
    page to write to ("... bitcoin ... Telegram @helper"): crypto offered to be talked over
    privately, which sells outright in any language, as a sum beside an invitation to write
    privately does (round 15). A resident asking to be called back on WhatsApp does not name a
    coin; one warning of a crypto scam names the scam or warns (not read). The coin is looked for
    outside the IDs themselves ("@crypto_helper" is the ID's name, not the text's)."""
    if not ids:
        return None
    rest = prose
    for found in ids:
        rest = rest.replace(found, " ")
    coin = _COIN_RE.search(rest)
    if coin is None or reports_a_scam(prose):
        return None
    return str(coin.group())


def wallet_evidence(count: int, s: SpamSettings) -> list[Evidence]:
    """Somewhere to send cryptocurrency: a way to be paid, and a way to reach someone."""
    if not count:
        return []
    return [Evidence(s.wallet_weight, f"contact: {count} cryptocurrency wallet address(es)")]


#: Round 25: a bank account number given to pay into ("حوّلوا تبرعاتكم إلى الحساب رقم 5550192837",
#: "deposit to acct no. 0012 3345 6789"): the word for an account, perhaps a word for its
#: number, then 8 to 18 digits.
_ACCOUNT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:account|acct|a/c|iban|cuenta|compte|conta|konto|rekening"
    r"|t[aà]i\s*kho[aả]n|сч[её]т\p{L}*|الحساب|حساب\p{L}*)"
    r"\W{0,3}(?:(?:number|no|num|n[º°]|n[uú]mero|num[ée]ro|s[oố]|номер|رقم)\W{0,3})?"
    r"(\d[\d \-]{6,22}\d)(?!\p{N})"
)
#: Weight of an account number to pay into: with a link (0.15) it stays well under the
#: threshold; it adds to a charity nobody can look up or a fee asked for.
ACCOUNT_WEIGHT = 0.3


def account_number(prose: str) -> str | None:
    """A bank account number written to pay into (8 to 18 digits), in a text not in a resident's
    own voice ("my account number ... was charged twice" names the writer's own), or None."""
    for m in _ACCOUNT_RE.finditer(prose):
        digits = sum(c.isdigit() for c in m.group(1))
        if 8 <= digits <= 18 and not in_own_voice(prose):
            return str(m.group(1))
    return None


def account_number_evidence(prose: str) -> list[Evidence]:
    """A bank account number to pay into: a way to be paid, as a wallet is, but weaker (a
    resident's fundraiser for a neighbour may give one)."""
    if not any(c.isdigit() for c in prose):
        return []
    found = account_number(prose)
    if found is None:
        return []
    return [Evidence(ACCOUNT_WEIGHT, f"contact: a bank account number to pay into ({found!r})")]


# --------------------------------------------------------------------------- business probes

#: Asking for the reader's own address or number, folded, by language.
ASKS = (
    "your email|your e-mail|your contact|your whatsapp|your number|"
    "votre e-mail|votre email|votre adresse e-mail|votre adresse mail|votre mail|ton mail|"
    "tu correo|su correo|tu email|tu e-mail|su email|tu whatsapp|tu numero|"
    "seu email|seu e-mail|seu contato|seu whatsapp|"
    "ihre e-mail|deine e-mail|ihre email|deine email|ihre kontakt|"
    "tua email|tua e-mail|sua email|il tuo contatto|"
    "ваш email|вашу почту|ваш емейл|ваш e-mail|ваш контакт|ваш номер|вашу электронн|"
    "вашу пошту|ваш номер|свой номер|твой номер|твою почту|свою почту|свой email|"
    "e-posta adresiniz|mail adresiniz|numaraniz|"
    "email anda|emailmu|nomor anda|email cua ban|so dien thoai cua ban|"
    "بريدك|ايميلك|إيميلك|رقمك|ایمیل شما|ایمیلتان|شماره شما|"
    "你的邮箱|您的邮箱|你的联系方式|您的联系方式|你的電郵|メールアドレスを教え|연락처를 알려|"
    "이메일 주소를|आपका ईमेल|अपना ईमेल|"
    # Round 25: the site's owner sought to talk business with ("Who is the admin of this page?
    # I need to talk to you urgently about a business proposal").
    "the admin of this|the administrator of this|the owner of this|the webmaster|"
    "el administrador de esta|el administrador de este|l'administrateur de ce|"
    "o administrador desta|o administrador deste"
)
#: A business offer, folded, by language.
BUSINESS = (
    "business proposal|business partnership|partnership|business opportunity|business offer|"
    "propuesta de negocio|propuesta comercial|oportunidad de negocio|negocio|"
    "partenariat|proposition commerciale|opportunite d'affaires|"
    "proposta de negocio|parceria|oportunidade de negocio|"
    "geschaftsvorschlag|geschaftsangebot|kooperation|partnerschaft|"
    "proposta commerciale|collaborazione|opportunita di business|"
    "деловое предложение|сотрудничеств|партнерств|ділова пропозиція|співпрац|"
    "is teklifi|ortaklik|is birligi|penawaran bisnis|kerjasama|kerja sama|hop tac|"
    "عرض عمل|فرصة عمل|شراكة|عرض تجاري|پیشنهاد کاری|همکاری|"
    "商业合作|商务合作|合作机会|ビジネス|사업 제안|제휴|व्यापार प्रस्ताव|व्यावसायिक"
)


@cache
def _phrase_re(phrases: str) -> regex.Pattern[str]:
    alternatives = sorted({fold(p) for p in phrases.split("|")}, key=len, reverse=True)
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(p) for p in alternatives) + ")"
    )


def asks_for_address(prose: str, s: SpamSettings) -> str | None:
    """The phrase by which a short text asks for the reader's own address or number, if any."""
    if prose.count(" ") > 2 * s.probe_max_words or len(WORD_RE.findall(prose)) > s.probe_max_words:
        return None  # (a long letter is let go before its words are counted)
    ask = _phrase_re(ASKS).search(fold(prose))
    return None if ask is None else ask.group()


def probe_evidence(
    prose: str, s: SpamSettings, context: tuple[str, ...] | None = None
) -> list[Evidence]:
    """A stranger asking for the reader's address and offering business, in a short text that
    does not speak of the city (a tenants' group proposing a partnership *with the council* is
    taking part). Round 9: or asking for it in a text that shares no content term at all with
    the item's title and comments (``context``, once it holds enough to judge): a stranger
    harvesting addresses ("I am interested in what you wrote here. Can I have your email?")
    writes to every form the same words; a resident asking a neighbour to get in touch about
    the item speaks of it."""
    ask = asks_for_address(prose, s)
    if ask is None:
        return []
    offer = _phrase_re(BUSINESS).search(fold(prose))
    if speaks_of_the_city(prose):
        return []
    if offer is not None:
        detail = (
            f"contact: asks for the reader's address ({ask!r}) with a business offer "
            f"({offer.group()!r})"
        )
        return [Evidence(s.probe_weight, detail)]
    if context is None or not _shares_nothing(prose, context, s):
        return []
    detail = f"contact: asks for the reader's address ({ask!r}) in a text about nothing the item is"
    return [Evidence(s.probe_weight, detail)]


def _shares_nothing(prose: str, context: tuple[str, ...], s: SpamSettings) -> bool:
    """No content term of the text is in the item's context, which holds enough to judge, and
    someone on the item wrote in the text's language (words are not shared across languages:
    a resident asking neighbours for their address in Spanish on an English item is not
    judged)."""
    terms = relatedness.content_terms(prose)
    if len(terms) < s.unrelated_min_terms or written_apart(prose, context):
        return False
    known = relatedness.context_terms(context)
    if len(known) < s.unrelated_min_context_terms:
        return False
    return relatedness.shared_with_item(terms, known, context) == 0


# --------------------------------------------------------------------------- affiliate links

_AFFILIATE_RE = regex.compile(
    r"[?&](?:aff|affid|aff_id|affiliate|affiliate_id|partner|partner_id|partnerid|"
    r"(?:ref|refid|ref_id|referral)=[^&#]*\d|tag=[\w-]+-2\d)(?:[=&#]|$)",
    regex.IGNORECASE,
)


#: A page of a "best of" or "top 10" list, or a comparison: what affiliate sites are made of
#: ("/best-espresso-machines", "/reviews/top-10-air-fryers-2026/", "/x-vs-y").
_LISTICLE_RE = regex.compile(r"/(?:best|top-?\d+)-[\w-]+/?(?:[?#]|$)|/[\w-]+-vs-[\w-]+/?(?:[?#]|$)")


_DATED_RE = regex.compile(r"/(?:19|20)\d\d/")


def _listicle(url: str) -> bool:
    """A "best of" list: not a dated news story ("/2026/11/30/best-…"), not "best practices"."""
    return (
        _LISTICLE_RE.search(url) is not None
        and "best-practice" not in url
        and _DATED_RE.search(url) is None
    )


def affiliate_links(links: list[Link]) -> int:
    """How many links carry an affiliate or partner parameter (someone is paid per visit) or
    lead to a "best of" list."""
    return sum(
        1
        for lk in links
        if not lk.is_email
        and (("?" in lk.raw and _AFFILIATE_RE.search(lk.raw)) or _listicle(lk.raw.lower()))
    )


def affiliate_evidence(count: int, s: SpamSettings) -> list[Evidence]:
    """Links that pay their poster: weak alone, and it makes the text *selling*."""
    if not count:
        return []
    detail = f"links: {count} with an affiliate or referral code, or to a 'best of' list"
    return [Evidence(s.affiliate_weight, detail)]


# --------------------------------------------------------------------------- messenger groups

_MESSENGERS = (
    r"telegram|телеграм\w*|телеграмм\w*|whatsapp|ватсап\w*|вотсап\w*|zalo|viber|вайбер\w*|"
    r"discord|wechat|微信|电报|kakao|카톡|텔레그램|واتساب|تلگرام|تيليجرام"
)
_GROUPS = (
    r"group|groups|channel|community|grupo|grupos|canal|groupe|gruppe|kanal|канал\w*|"
    r"групп\w*|груп\w*|nhom|kenh|群|グループ|그룹|گروه|کانال|مجموعة|قناة"
)
_GROUP_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{_MESSENGERS})[\s\-]*(?:\S+\s+)?(?:{_GROUPS})"
    rf"|(?:{_GROUPS})\s+(?:\S+\s+){{0,2}}(?:{_MESSENGERS}))(?![\p{{L}}])",
    regex.IGNORECASE,
)


_MESSENGER_NAMES = (
    "telegram", "телеграм", "whatsapp", "ватсап", "вотсап", "zalo", "viber", "вайбер",
    "discord", "wechat", "微信", "电报", "kakao", "카톡", "텔레그램", "واتساب", "تلگرام",
    "تيليجرام",
)  # fmt: skip


@lru_cache(maxsize=TEXT_CACHE)
def messenger_group(prose: str) -> str | None:
    """A messenger group or channel named without an ID ("Join our Telegram group"); kept per
    text, as :func:`wallets`."""
    low = prose.casefold()
    if not any(name in low for name in _MESSENGER_NAMES):
        return None  # the common case: no messenger named, nothing folded
    folded = fold(prose)
    m = _GROUP_RE.search(folded)
    return m.group() if m else None


# --------------------------------------------------------------------------- "DM for the price"

#: Words for a price, folded, by language (whole words; other scripts anywhere).
PRICES = (
    "price|prices|pricing|precio|precios|preco|precos|valor|prix|tarif|preis|preise|prezzo|"
    "cena|ceny|цена|цены|цену|ціна|ціни|fiyat|fiyati|gia|presyo|harga|bei|"
    "价格|价钱|價格|値段|価格|가격|سعر|الأسعار|قیمت|कीमत|दाम|ราคา"
)


def price_invitation_evidence(prose: str, invited: list[str], s: SpamSettings) -> list[Evidence]:
    """A very short text that only invites a private message about a price ("DM me for the
    price", "PM for price po", "Harga? DM aja", "precio por privado"): a seller's whole advert.
    A resident inviting a message ("DM me, I have three seats in my van") names no price; one
    asking the city a price speaks of the city or writes more."""
    if not invited or len(WORD_RE.findall(prose)) > s.price_invitation_max_words:
        return []
    found = _phrase_re(PRICES).search(fold(prose))
    if found is None or speaks_of_the_city(prose):
        return []
    detail = f"offer: an invitation to ask the price privately ({found.group()!r})"
    return [Evidence(s.price_invitation_weight, detail)]
