"""Round 12: text written to the owner of a website, blog or post, about nothing of the item.

Round 6 caught short praise of a "post" or "site" the agenda item is not ("Nice post, thanks").
The blind sets showed the long forms of the same thing, in no way specific to English: bot praise
of twenty words and more ("This is a really insightful and well-written post. I have learned so
much from your content ..."), and cold pitches to a site owner ("I came across your website and
noticed it isn't ranking ...", "Dear Site Owner, your website has 37 technical errors ...", "I
noticed your site is outdated ... I can redesign it for just $299"). None carries a link or a
number: they ask for a reply. What they share is their shape: they speak of a web thing (round
6's short multilingual list of web words, without the verbs "share"/"bookmark" a resident uses)
and share **not one** content term or figure with the item's title and its other comments.
(Round 16: none with the title, no figure, and at most two common words with the comments,
``WEB_PITCH_MAX_SHARED``: "Reply for a free audit report" shares "report" by chance.)

A resident who mentions a website ("the city's website lists the wrong hours", "the article in
the Bee") is writing about the item, and shares its words; a web word the item's own context
uses ("Great website" on an item about the city's website) is not counted, as in round 6. The
rule waits for a context of ``unrelated_min_context_terms`` terms, like the relatedness signal,
so the first comments on an item, judged against its title alone, are never flagged by it.
"""

from __future__ import annotations

import regex

from intake.text import relatedness
from intake.text.spam.botposts import folded_tokens
from intake.text.spam.evidence import Evidence
from intake.text.spam.folding import fold
from intake.text.spam.numbers import shared_figures
from intake.text.spam.pitchwords import pitch_words
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import money
from intake.text.spam.unrelated import written_apart

_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
#: Words for a web page, a post or its owner, in the languages comment spam comes in: round 6's
#: web words (:data:`intake.text.spam.botposts.WEB`) without those that also name a place or a
#: part of anything ("site", "sitio", "página", "entrada", "Seite": "help at the new site") or
#: are verbs a resident uses ("share", "bookmark"). Folded as round 6 folds them.
PAGE_WORDS = frozenset(
    fold(w)
    for words in (
        "post posts article articles blog blogs website websites webpage webmaster admin content",
        "publicacion articulo artigo postagem publicacao webseite artikel beitrag artikulo",
        "статья статью статьи пост блог сайт автору bai_viet makale yazi",
        "文章 博客 网站 مقال المقال",
    )
    for w in words.split()
)
#: "Site", "page": a web page, or a building site and a page of a report. They count beside a
#: word of :data:`PAGE_WORDS` ("Dear Site Owner, your website ..."), never alone.
SITE_WORDS = frozenset(fold(w) for w in ("site", "sites", "page", "sitio", "pagina", "seite"))
#: Praise, from round 6's list (:data:`intake.text.spam.botposts.PRAISE`) without its fillers:
#: one of them beside one page word is bot praise ("a very well written article with lots of
#: useful insights"); a resident's "I copied this from our Facebook post: please ..." has none.
PRAISE_WORDS = frozenset(
    fold(w)
    for words in (
        "nice great good awesome amazing excellent wonderful fantastic useful helpful "
        "informative interesting insightful superb perfect valuable",
        "excelente buena buen util interesante valiosa merci super interessant toll",
        "отличная отличный отлично хорошая хороший интересная полезная",
        "hay tuyet_voi guzel otimo 很好 不错 رائع maganda",
    )
    for w in words.split()
)
#: Content terms the text needs (a short praise is round 6's; a short reply says too little).
WEB_PITCH_MIN_TERMS = 8
#: Longer texts are letters, not pitches; they are let go before their words are read.
WEB_PITCH_MAX_CHARS = 600
#: Weight: reaches the threshold alone, as round 6's short praise does.
WEB_PITCH_WEIGHT = 0.75
#: Round 16: terms of the item's other comments (not its title) a pitch that sells may
#: share, and their largest share of its terms: a cold pitch shares a common word or two by
#: chance ("fix", "report", "yes": "... found 37 errors ... I can fix them all. Reply for a
#: free audit report"), never the item's subject.
WEB_PITCH_MAX_SHARED = 2
WEB_PITCH_MAX_SHARE = 0.15


#: Session 16: "post" as a verb, not a page: followed by what is posted ("Please post a
#: warning on the homepage", "post it") or after a word a verb follows ("to post", "we can post").
#: Bot praise names a post ("Nice post", "this post is", "your post on ..."), never posts one.
_POST_VERB_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])post(?=\s+(?:a|an|the|it|this|that|these|those|them|your|my|our|"
    r"their|his|her|something|some|more)(?![\p{L}\p{N}]))"
    r"|(?<=(?<![\p{L}\p{N}])(?:to|please|will|can|could|should|would|must|i|we|they)\s+)"
    r"post(?![\p{L}\p{N}])"
)
#: Session 16: a web word after an address's ending ("pay at a .site website", "a .online
#: site"): a site the text describes by its address (a scam's, warned of), not one it writes
#: to; the ending and the word are both left out.
_DESCRIBED_SITE_RE = regex.compile(r"(?<![\p{L}\p{N}])\.\p{L}{2,12}\s+\p{L}+")


def web_words(prose: str) -> list[str]:
    """The web words (a page, a post, a site, an article, a blog, in several languages) of a
    text that speaks of one as a web page: two different ones, or one beside a word of praise;
    [] otherwise. (Session 16: not "post" as a verb, nor a site named by its address's ending.)"""
    if len(prose) > WEB_PITCH_MAX_CHARS:
        return []
    tokens = folded_tokens(_DESCRIBED_SITE_RE.sub(" ", _POST_VERB_RE.sub(" ", prose)))
    web = [t for t in tokens if t in PAGE_WORDS]
    if not web:
        return []
    if len(set(web) | {t for t in tokens if t in SITE_WORDS}) >= 2:
        return web
    return web if any(t in PRAISE_WORDS for t in tokens) else []


def _sells(prose: str) -> bool:
    """Round 16: the text names a sum of money or uses an advert word (round 6's multilingual
    list: "free", "cheap", "discount", ...): a pitch, where a resident's complaint about a
    website asks for a fix."""
    return money(prose) or bool(pitch_words(prose))


def _apart_from_item(
    terms: set[str], known: set[str], context: tuple[str, ...], sells: bool
) -> bool:
    """The text shares no term with the item and its comments; or (round 16) when it ``sells``,
    names no word of the item's title (in any form) and shares at most
    ``WEB_PITCH_MAX_SHARED`` terms, a small share of its own, with the item's comments."""
    if not sells:
        return not relatedness.shared_with_item(terms, known, context)
    if relatedness.title_terms_named(terms, context[0]):
        return False
    shared = len(terms & known)
    return shared <= WEB_PITCH_MAX_SHARED and shared / len(terms) <= WEB_PITCH_MAX_SHARE


def web_pitch_evidence(
    prose: str, context: tuple[str, ...] | None, s: SpamSettings
) -> list[Evidence]:
    """A text about a website, blog or post that shares nothing with the item."""
    if not context:
        return []
    web = web_words(prose)
    if not web:
        return []
    terms = relatedness.content_terms(prose)
    if len(terms) < WEB_PITCH_MIN_TERMS:
        return []
    if written_apart(prose, context):
        return []
    known = relatedness.context_terms(context)
    if len(known) < s.unrelated_min_context_terms:
        return []
    _count, same = shared_figures(prose, context)
    if same or not _apart_from_item(terms, known, context, _sells(prose)):
        return []
    stems = {part[: relatedness.STEM_CHARS] for w in web for part in w.split("_")}
    for text in context:
        if stems & {t[: relatedness.STEM_CHARS] for t in _WORD_RE.findall(fold(text))}:
            return []  # the item's own context speaks of a site or a post
    shared = len(terms & known)
    told = f"{shared} of its" if shared else "none of its"
    detail = (
        f"written to a {web[0].replace('_', ' ')!r}: {told} {len(terms)} content words "
        f"appear in the item or its other comments"
    )
    return [Evidence(WEB_PITCH_WEIGHT, detail, noise=True)]
