"""Ways to carry on elsewhere: a messenger app named next to an ID or number, and a comment that
is nothing but a contact detail.

Messenger names are brand names, written the same way (or in a few fixed spellings) in every
language; they are not phrases of a language. A resident mentioning "our WhatsApp group" names
no ID; an advert names the app and the number or ID to write to.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.links import HANDLE_RE, TEXT_CACHE
from intake.text.spam.settings import SpamSettings

# Round 25: Hangouts, and the mobile-money wallets of other countries (MonCash, M-Pesa, GCash,
# JazzCash, Easypaisa, bKash): a wallet named with its number is a way to reach and pay the
# writer, as a messenger's ID is ("voye frè 3,000 goud sou MonCash nan 4055-5019"). An ID may be
# a dotted name ("Hangouts? daniel.offshore.eng").
# Messenger apps in their usual spellings (Latin, Cyrillic, Arabic, Persian, Hebrew, Devanagari,
# Thai, Han, kana, Hangul). "LINE" and "QQ" only in capitals: "line" is an English word. Round 9:
# WeChat's disguises for filters that block its name ("VX", "V信", "WX"; capitals only).
_MESSENGER_RE = regex.compile(
    r"""(?x)
    (?i:
        whats\s?app | wh?atsap+ | wassap | viber | telegram+ | wechat | weixin | kakao\s?talk
      | kakao | zalo | skype | snapchat | wickr | kik\s?messenger
      | hangouts | google\s?chat
      | moncash | m-?pesa | gcash | jazz\s?cash | easy\s?paisa | bkash
      | ват+сап | вотсап | вацап | вайбер | телеграм+[аиі]? | телега | скайп
      | واتس\s?اب | واتساب | واتس | تلگرام | تلغرام | تيليجرام | تليجرام | تلجرام | وایبر | فايبر
      | וואטסאפ | ווטסאפ | טלגרם
      | व्हाट्सएप | व्हाट्सऐप | वॉट्सऐप | टेलीग्राम
      | ไลน์ | วอทส์แอพ | เทเลแกรม
      | 微信 | 薇信 | 威信 | 扣扣 | 飞机号 | 电报
      | 카톡 | 카카오톡 | 카카오 | 텔레그램 | 라인
      | ライン | テレグラム | ワッツアップ
    )
    | (?<![A-Za-z])LINE(?![A-Za-z]) | (?<![A-Za-z])QQ(?![A-Za-z])
    | (?<![A-Za-z])(?:VX|V信|v信|WX)(?![A-Za-z])
    """
)
# A cheap first look: the casefolded text holds one of these pieces of a messenger's name.
_NAME_PIECES = (
    "whats", "watsa", "wassap", "viber", "telegr", "wechat", "weixin", "kakao", "zalo", "skype",
    "snapchat", "wickr", "kik", "hangouts", "google chat", "googlechat", "moncash", "pesa",
    "gcash", "jazz", "paisa", "bkash", "ват", "вот", "вац", "вайбер", "телег", "скайп", "واتس",
    "تلگرام", "تلغرام", "تيليجرام", "تليجرام", "تلجرام", "وایبر", "فايبر", "וואטסאפ", "ווטסאפ",
    "טלגרם", "व्हाट्स", "वॉट्स", "टेलीग्राम", "ไลน์", "วอทส์", "เทเลแกรม", "微信", "薇信",
    "威信", "扣扣", "飞机号", "电报", "카톡", "카카오", "텔레그램", "라인", "ライン",
    "テレグラム", "ワッツ", "vx", "v信", "wx",
)  # fmt: skip
# What follows (or precedes) the app's name: a number of five digits or more (spaces, dashes,
# a "+" allowed), an @handle, or an ID: letters with digits or an underscore ("vip777",
# "sexy_girl99", "kasegu777").
_ID_RE = regex.compile(
    r"""(?x)
      \+?\d[\d\s().-]{3,}\d
    | @[\p{L}\p{N}_.]{3,}
    | (?<![\p{L}\p{N}_])[A-Za-z][A-Za-z0-9_.]*[0-9_][A-Za-z0-9_.]*
    | (?<![\p{L}\p{N}_.])(?=[a-z0-9_.]{8,})[a-z][a-z0-9_]*(?:\.[a-z0-9_]{2,})+
    """
)
#: Characters after (and before) the app's name within which its ID must appear.
ID_WINDOW = 30
_LETTER_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def messenger_ids(prose: str) -> list[str]:
    """Each messenger ID, number or handle written next to a messenger app's name."""
    return list(_messenger_ids(prose))


@lru_cache(maxsize=TEXT_CACHE)
def _messenger_ids(prose: str) -> tuple[str, ...]:
    """:func:`messenger_ids`, kept per text (asked of each comment twice, as its links are)."""
    found: list[str] = []
    folded = prose.casefold()
    named = "LINE" in prose or "QQ" in prose or any(piece in folded for piece in _NAME_PIECES)
    if not named:
        return ()
    for m in _MESSENGER_RE.finditer(prose):
        after = prose[m.end() : m.end() + ID_WINDOW]
        before = prose[max(0, m.start() - ID_WINDOW) : m.start()]
        ids = [i for i in _ID_RE.findall(after) if _digits(i) >= 5 or not i[0].isdigit()]
        if not ids:
            ids = [i for i in _ID_RE.findall(before) if not i[0].isdigit()][-1:]
        found.extend(i.strip() for i in ids[:1])
    return tuple(found)


_CAPITALS_ONLY = frozenset({"LINE", "QQ", "VX", "V信", "v信", "WX"})


def names_a_messenger(prose: str) -> str | None:
    """The first messenger app named in the text, in any spelling but the capitals-only ones
    ("LINE", "QQ", "VX", "WX": "the LINE 5 bus"), or None. Round 15."""
    folded = prose.casefold()
    if not any(piece in folded for piece in _NAME_PIECES):
        return None  # the common case
    for m in _MESSENGER_RE.finditer(prose):
        name: str = m.group()
        if name not in _CAPITALS_ONLY:
            return name
    return None


def messenger_evidence(ids: list[str], s: SpamSettings) -> list[Evidence]:
    """A messenger app named with the ID or number to write to: an invitation to carry on
    elsewhere, in any language ("WhatsApp +1 555 ...", "加微信 meinv8888", "카톡 vip777")."""
    if not ids:
        return []
    detail = f"contact: a messenger app named with an ID or number ({ids[0][:30]!r})"
    return [Evidence(s.messenger_weight, detail)]


def contact_only_evidence(
    prose: str, contacts: int, outside_urls: int, ids: list[str], s: SpamSettings
) -> list[Evidence]:
    """A comment that is nothing but a phone number, an address, a handle or a messenger ID
    ("+44 7700 900123", "contact me: lucky@example.com"): like a bare link, it carries no
    argument to count. ``prose`` has its links removed; ``contacts`` counts phone numbers,
    e-mail addresses, handles and messenger IDs. Comments with outside links are judged by
    the link-only signal instead."""
    if not contacts or outside_urls:
        return []
    rest = HANDLE_RE.sub(" ", prose)
    for found in ids:
        rest = rest.replace(found, " ")
    words = _LETTER_WORD_RE.findall(rest)
    letters = sum(len(w) for w in words)
    if len(words) > s.contact_only_max_words or letters > s.contact_only_max_letters:
        return []
    detail = f"contact-only comment: {len(words)} words besides the contact details"
    return [Evidence(s.contact_only_weight, detail, noise=True)]
