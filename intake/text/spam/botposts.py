"""Bot posts (round 6): a greeting or a test with nothing else, and praise for a "post",
"article" or "site" the agenda item is not.

Comment-spam bots probe a form with "hello", "test" or "Привет всем", and post "Nice post,
thanks for sharing" to every page that takes text, to see whether it appears or to age an
account. Such a text has no argument and no relation to the item: it is noise, in any language.
Telling it from a resident's short reply ("Yes", "No!", "Против", "I agree", "Great idea,
thanks!", "Hi, I support this.") takes a few words, so this is the one signal built on a word
list: a short, documented list of greetings, test words and the web words bots praise ("post",
"article", "blog", "admin", "sharing", ...), in the languages comment spam comes in. A resident's
reply uses none of the web words, and a greeting followed by anything else is not a bot post.

Rules (tokens are case- and diacritic-folded words, or runs of Han/kana/Hangul split into the
listed words):

* **greeting or test**: at most ``bot_greeting_max_words`` tokens, at least one greeting or test
  word, and every other token a word for "everyone" ("всем", "todos", "mọi người"), "ok" or a
  number ("testing 123");
* **praise of a post**: at most ``bot_praise_max_words`` tokens, at least one web word the
  item's context does not use ("Great website" on an item about the city's website is a
  resident's praise), and every other token a greeting, a praise word or one of the commonest
  words of some language (:func:`intake.text.relatedness.common_words`): "Good job admin, I like
  this website very much", "Отличная статья, спасибо автору", "Bài viết rất hay, cảm ơn admin".
"""

from __future__ import annotations

from functools import cache

import regex

from intake.text import relatedness
from intake.text.spam.evidence import Evidence
from intake.text.spam.folding import fold
from intake.text.spam.settings import SpamSettings

_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_UNSPACED_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")

#: Greetings and test words. Multi-word entries are matched as a sequence of tokens.
GREETINGS = (
    "hello hi hey hiya helo hallo hola ola bonjour salut ciao merhaba selam privet "
    "привет приветствую здравствуйте привіт вітаю cześć czesc ahoj hej salam salaam "
    "مرحبا مرحباً سلام السلام شالوم שלום नमस्ते 你好 您好 大家好 こんにちは 안녕하세요 안녕 "
    "kumusta kamusta सत्श्रीअकाल สวัสดี γεια ሰላም oi nyob_zoo 哈喽 "
    "test testing tests тест тестирование проверка prueba probando teste testando essai 测试 "
    "テスト 테스트 "
    "xin_chao chao buenas good_morning good_evening good_afternoon buenos_dias buenas_tardes "
    "buenas_noches bonsoir guten_tag guten_morgen добрый_день доброе_утро добрый_вечер bom_dia "
    "boa_tarde boa_noite"
)
#: "Everyone" and fillers allowed beside a greeting ("Hola a todos", "Xin chào mọi người").
EVERYONE = (
    "all everyone everybody guys friends folks there world ok okay a à y e "
    "todos todas amigos tous tout le monde zusammen leute allerseits всем все друзья всім "
    "arkadaşlar arkadaslar herkese herkes الجميع بالجميع 大家 各位 moi_nguoi cac_ban mga "
    "kaibigan 여러분 皆さん みなさん عليكم ครับ ค่ะ this is just only again comment message "
    "how are you doing как дела que tal como estas ca va"
)
#: Words bots praise a page with. Never enough alone: a web word must be there too.
PRAISE = (
    "nice great good awesome amazing excellent cool wonderful fantastic useful helpful "
    "informative interesting superb perfect very really so much thanks thank you thx job "
    "work keep it up like love this information info for the and i your "
    "excelente buena buen gran muy util gracias interesante "
    "merci super tres bon bel interessant "
    "danke toll schone gut sehr vielen "
    "отличная отличный отлично хорошая хороший классная интересная полезная спасибо очень "
    "дякую чудова "
    "rat hay cam_on tot tuyet_voi ban da "
    "guzel tesekkurler tesekkur ederim "
    "obrigado obrigada otimo muito bom legal "
    "谢谢 感谢 好 很好 不错 非常 "
    "شكرا رائع جميل "
    "salamat maganda "
)
#: The web words: what a bot's praise is about, and what a city agenda item is not.
WEB = (
    "post posts posting article articles blog blogs website websites site webpage content "
    "admin administrator webmaster sharing share shared bookmarked bookmark "
    "publicacion articulo sitio pagina entrada aporte "
    "partage "
    "seite artikel beitrag "
    "статья статью статьи пост блог сайт автору автор "
    "bai_viet chia_se "
    "artigo postagem publicacao "
    "paylasim yazi makale "
    "文章 博客 分享 "
    "مقال المقال "
    "artikulo "
)


@cache
def _vocab() -> dict[str, str]:
    """Each listed word (folded; "_" joins a multi-word entry) and its kind."""
    kinds: dict[str, str] = {}
    for kind, words in (("praise", PRAISE), ("everyone", EVERYONE), ("web", WEB)):
        for word in words.split():
            kinds[fold(word)] = kind
    for word in GREETINGS.split():
        kinds[fold(word)] = "greeting"
    return kinds


def _split_unspaced(token: str, vocab: dict[str, str]) -> list[str] | None:
    """A run of Han, kana or Hangul as listed words (longest first), or None."""
    parts: list[str] = []
    i = 0
    while i < len(token):
        for j in range(len(token), i, -1):
            if token[i:j] in vocab:
                parts.append(token[i:j])
                i = j
                break
        else:
            return None
    return parts


def folded_tokens(text: str) -> list[str]:
    """Folded tokens, multi-word entries joined ("xin chao" -> "xin_chao"), runs of unspaced
    scripts split into listed words where they can be."""
    vocab = _vocab()
    raw = _WORD_RE.findall(fold(text))
    out: list[str] = []
    i = 0
    while i < len(raw):
        pair = f"{raw[i]}_{raw[i + 1]}" if i + 1 < len(raw) else ""
        if pair in vocab:
            out.append(pair)
            i += 2
            continue
        token = raw[i]
        if _UNSPACED_RE.search(token) and token not in vocab:
            out.extend(_split_unspaced(token, vocab) or [token])
        else:
            out.append(token)
        i += 1
    return out


def bot_post_evidence(
    prose: str, context: tuple[str, ...] | None, s: SpamSettings
) -> list[Evidence]:
    """A greeting or a test with nothing else, or praise for a post the item is not."""
    if len(prose) > 200:
        return []  # a bot post is short: no need to read a letter
    tokens = folded_tokens(prose)
    if not tokens or len(tokens) > max(s.bot_greeting_max_words, s.bot_praise_max_words):
        return []
    vocab = _vocab()
    kinds = [vocab.get(t, "number" if t.isdigit() else "") for t in tokens]
    greeting_only = set(kinds) <= {"greeting", "everyone", "number"}
    if "greeting" in kinds and greeting_only and len(tokens) <= s.bot_greeting_max_words:
        shown = next(t for t, k in zip(tokens, kinds, strict=True) if k == "greeting")
        detail = f"bot post: a greeting or a test with nothing else ({shown.replace('_', ' ')!r})"
        return [Evidence(s.bot_post_weight, detail, noise=True)]
    if len(tokens) > s.bot_praise_max_words:
        return []
    web = [t for t, k in zip(tokens, kinds, strict=True) if k == "web"]
    if not web:
        return []
    common = relatedness.common_words()
    if any(not k and t not in common for t, k in zip(tokens, kinds, strict=True)):
        return []
    if context:
        # Every word of the context, common or not ("website" is among some language's
        # commonest words, so the relatedness terms drop it).
        stems = {part[: relatedness.STEM_CHARS] for w in web for part in w.split("_")}
        for text in context:
            if stems & {t[: relatedness.STEM_CHARS] for t in _WORD_RE.findall(fold(text))}:
                return []  # "Great website" on an item about the city's website
    detail = f"bot post: praise for a {web[0].replace('_', ' ')!r} the item is not"
    return [Evidence(s.bot_post_weight, detail, noise=True)]
