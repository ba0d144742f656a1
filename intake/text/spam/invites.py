"""Round 24: the writer's own channel offered for something, and a blog comment's praise.

Two shapes comment spam shows on every seat, which the invitation list of round 7
(:mod:`solicit`, weak alone: 0.15) and the bot posts of round 6 (:mod:`botposts`, every word a
praise or common word) left under the threshold.

**Self-promotion** (:func:`self_promotion`): an invitation to reach the writer privately that
points at something the writer has to give -- a social profile to visit ("link in bio", "check
my profile", "follow me on IG", "follow my food page"), a teaser ("Ask me how 😉", "ask me where"
ending a sentence), comment bait ("Comment SKEETER below and I'll send you the info"), or a
private message asked for goods ("DM me for the link", "message me for rates", "msg me for free
samples", "hit me up for the good stuff"). A resident asks to be written to for taking part:
"message me if you want to join the petition", "DM me on Nextdoor for the carpool", "email me",
"feel free to contact me at ...": none points at a profile, ends on a teaser, or asks a message
for a price, a sample or a link. "Ask me how I know" goes on after "how" and is not a teaser.

**Blog-comment praise** (:func:`blog_praise`): praise for a "post", "article", "blog", "site" or
"information" shared, the words a bot leaves under any page ("Very informative post", "Nice
article, I bookmarked your site", "Keep posting", "Thanks for sharing this valuable
information", "Excelente artículo, gracias por compartir"). A resident does not call the agenda
item a blog post. Residents who write "thanks for sharing the staff report" praise nothing
called a post; "I read the post on the city's Facebook page" praises nothing; "Great article in
the Gazette" cites a paper (a web word followed by "in", "by", "from" or a platform is a citation,
not praise of the page). A strong phrase (a praise word next to a web word, "your blog",
"bookmarked", "keep posting") is needed, and a second one (strong or weak: "thanks for sharing",
"keep it up", "I learned a lot") -- "Great post about the new pool hours" alone may answer a
neighbour's post (round 6 keeps it a resident's); and the text is short (a
letter that thanks for information shared and then argues is a resident's). The item's own
words are not read as web words ("Great website" on an item about the city's website).
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence, word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import currency_sum

_F = regex.IGNORECASE | regex.VERBOSE

#: A profile or page of the writer's pointed at (folded text).
_PROFILE_RE = regex.compile(
    r"""\b(?:
        (?:link|links|info|details)\s+(?:is\s+|are\s+)?in\s+(?:my\s+|our\s+|the\s+)?bio
      | check\s+(?:out\s+)?my\s+(?:profile|bio|page|ig|insta|instagram|tiktok|channel)
      | (?:visit|see)\s+my\s+(?:profile|bio|page|ig|instagram|tiktok|channel)
      | follow\s+me\s+(?:on|at)\b | follow\s+my\s+(?:\w+\s+){0,2}?(?:page|account|channel|ig)
      | link\s+(?:en|na)\s+(?:mi\s+|minha\s+|la\s+|a\s+)?(?:bio|perfil)
      | lien\s+(?:en|dans\s+ma)\s+bio | sigueme\s+en | me\s+segue\s+no | suivez-moi\s+sur
    )\b""",
    _F,
)
#: "Ask me how." ending a sentence: a teaser (not "ask me how I know").
_TEASER_RE = regex.compile(
    r"\bask\s+me\s+(?:how|where)\b(?=\s*(?:$|[.!?…,;:👉]|[^\p{L}\p{N}\s]|(?:and\s+)?(?:dm|pm|msg|"
    r"inbox|message)\b))",
    _F,
)
#: "Comment WORD below": a keyword in capitals to comment for the offer (raw text).
_BAIT_RE = regex.compile(
    r"(?i:\b(?:comment|type|reply)\s+)[\"'“«]?\p{Lu}{3,}[\"'”»]?(?i:\s+(?:below|here|and\s+i))"
)
#: A private message asked for goods: a price, a sample, the link, the good stuff (folded).
_GOODS_RE = regex.compile(
    r"""\b(?:dm|pm|msg|message|inbox|text|hit\s+me\s+up|hmu)\s+(?:me\s+)?(?:privately\s+)?
        (?:for|4)\s+(?:the\s+|a\s+|my\s+|our\s+|free\s+|more\s+)*
        (?:rates?|prices?|pricing|samples?|the\s+good\s+stuff|good\s+stuff|orders?|deals?|
           discounts?|menu|catalog(?:ue)?|link\b(?=\s*(?:$|[^\p{L}\p{N}\s])))\b""",
    _F,
)


def self_promotion(prose: str) -> str | None:
    """The writer's own channel offered for something (see the module), or None."""
    folded = fold(prose)
    for pattern in (_PROFILE_RE, _TEASER_RE, _GOODS_RE):
        found = pattern.search(folded)
        if found:
            return " ".join(found.group().split())
    found = _BAIT_RE.search(prose)
    return " ".join(found.group().split()) if found else None


_CLAUSE_RE = regex.compile(r"[.!?;,:…\n]+")
_CLOSING_WORDS = 4


def priced_closing_invitation(prose: str, invited: list[str]) -> str | None:
    """A sum of money, and a bare invitation to write privately as the text's last clause
    ("Only $120 one hour. Message me", "3 for ₱500, chat nyo lang ako"): a seller's price and
    channel. A resident's invitation goes on ("message me if you want my copy of the form")."""
    if not invited or not currency_sum(prose):
        return None
    clauses = [c for c in _CLAUSE_RE.split(fold(prose)) if word_tokens(c)]
    if not clauses:
        return None
    last = " ".join(word_tokens(clauses[-1]))
    if len(last.split()) > _CLOSING_WORDS:
        return None
    found = [w for w in invited if regex.search(rf"(?<!\w){regex.escape(w)}(?!\w)", last)]
    return last if found else None


def self_promotion_evidence(found: str | None, prose: str, s: SpamSettings) -> list[Evidence]:
    """:func:`self_promotion`'s finding as evidence: with its invitation (0.15) it reaches the
    threshold. Only in a short text: a long letter arguing the item that signs off "Follow me
    on Instagram" promotes its writer, and is still a resident's comment."""
    if found is None or len(word_tokens(prose)) > s.self_promotion_max_words:
        return []
    detail = f"contact: the writer's own channel offered for something ({found!r})"
    return [Evidence(s.self_promotion_weight, detail)]


_PRAISE = (
    r"nice|great|good|awesome|amazing|excellent|wonderful|fantastic|useful|helpful|informative|"
    r"interesting|valuable|superb|insightful|brilliant|lovely|beautiful|outstanding|"
    r"excelente|buen|buena|buenisimo|interesante|util|otimo|otima|bom|boa|belo|"
    r"super|tres\s+bon|bon|bel|superbe|toller|guter|interessanter|schoner|ottimo|bellissimo|"
    r"отличная|хорошая|полезная|интересная|классная|magandang"
)
_WEB = (
    r"post|posts|article|articles|blog|blogs|write-?up|information|info|content|site|website|"
    r"articulo|aporte|informacion|artigo|conteudo|informacao|billet|artikel|beitrag|articolo|"
    r"статья|информация|artikulo"
)
#: A web word that is cited, not praised ("Great article in the Gazette", "post by the mayor",
#: "information session").
_CITED = (
    r"in|by|from|at|session|sessions|meeting|meetings|night|desk|booth|center|centre|line|sheet|"
    r"packet|request|requests|officer|technology|systems?|on\s+(?:facebook|nextdoor|twitter|x|"
    r"instagram|reddit|the\s+city|the\s+county)"
)
_STRONG_RE = regex.compile(
    rf"""\b(?:(?:{_PRAISE})\s+(?:blog\s+)?(?P<web>{_WEB})\b(?!\s+(?:{_CITED})\b)
      | (?P<web>articulo|artigo|post|article|aporte)\s+(?:muy\s+|muito\s+)?(?:excelente|
        interesante|bueno|util|otimo|bom)\b
      | your\s+(?P<web>blog|blogs)\b
      | appreciate\s+(?:this|your)\s+(?P<web>post|article|blog)\b
      | (?P<web>bookmarked)\b | keep\s+(?P<web>posting|blogging|writing\s+posts?)\b
      | (?P<web>post)\s+more\s+(?:\w+\s+)?like\s+this\b
      | parabens\s+pelo\s+(?P<web>post|artigo|blog|conteudo)
      | спасибо\s+(?:за\s+)?(?P<web>автору|статью)
    )""",
    _F,
)
_WEAK_RE = regex.compile(
    r"""\b(?:thanks?\s+(?:you\s+)?for\s+(?:sharing|posting|the\s+post|this\s+post)
      | keep\s+(?:it\s+up|sharing) | i\s+(?:have\s+)?learned\s+a\s+lot
      | (?:will|gonna)\s+share\s+(?:it\s+|this\s+)?with\s+my\s+friends
      | your\s+(?:site|website|article|post|posts|articles)
      | gracias\s+por\s+(?:compartir|la\s+informacion) | sigue(?:n)?\s+asi
      | obrigad[oa]\s+(?:por|pelas?)\s+(?:compartilhar|informac\w*)
      | merci\s+(?:pour\s+le|du)\s+partage | danke\s+furs\s+teilen
      | grazie\s+per\s+(?:la\s+condivisione|aver\s+condiviso)
      | been\s+looking\s+all\s+over\s+for\s+this | (?:you\s+)?made\s+my\s+day
      | salamat\s+sa\s+pag-?share | спасибо\s+за\s+информацию
    )\b""",
    _F,
)
_STEM = 5

#: Session 25 (spend25a): the same two phrases in more languages, and the English weak phrases
#: a bot's praise goes on with ("keep posting such content, waiting for the next one", "Nice
#: post. I learn something new every day on this site"). Each language's words of praise and
#: for a post or an article, in the order the language puts them ("שיינע ארטיקל", "מאמר מעולה",
#: "bài viết hay"), and its "thanks for sharing". Written plain and folded as the text is.
_MORE_STRONG = (
    # adjective first: Yiddish, Polish, Turkish, Ukrainian, Hindi
    (
        "שיינע שיינער גוטע גוטער אינטערעסאנטע וואונדערליכע פרעכטיקע",
        "ארטיקל ארטיקעל בלאג פאסט אינהאלט",
        False,
    ),
    ("swietny świetny ciekawy dobry fajny super", "artykuł artykul wpis post blog", False),
    (
        "güzel guzel harika faydalı faydali süper",
        "yazı yazi makale paylaşım paylasim içerik",
        False,
    ),
    ("чудова корисна цікава класна", "стаття статтю публікація", False),
    ("अच्छा अच्छी बढ़िया शानदार", "लेख पोस्ट ब्लॉग", False),
    # noun first: Hebrew, Arabic, Vietnamese, Indonesian/Malay
    ("מאמר כתבה פוסט", "מעולה מצוין נהדר מעניין מעניינת יפה", True),
    ("مقال مقالة موضوع", "رائع رائعة جميل جميلة مفيد مفيدة ممتاز ممتازة", True),
    ("bài_viết", "hay tốt bổ_ích", True),
    ("artikel artikelnya postingan tulisan", "bagus menarik bermanfaat keren mantap", True),
)
_MORE_WEAK = (
    "א_דאנק_פארן_טיילן א_דאנק_פאר_טיילן א_דאנק_פארן_שרייבן תודה_על_השיתוף תודה_רבה_על_השיתוף "
    "شكرا_على_المشاركة شكرا_للمشاركة شكرا_على_الموضوع dzięki_za_udostępnienie "
    "dziękuję_za_udostępnienie paylaşım_için_teşekkürler paylaştığınız_için_teşekkürler "
    "дякую_за_статтю дякую_за_інформацію शेयर_करने_के_लिए_धन्यवाद cảm_ơn_đã_chia_sẻ "
    "cảm_ơn_bạn_đã_chia_sẻ terima_kasih_sudah_berbagi terima_kasih_telah_berbagi "
    "terima_kasih_atas_informasinya 谢谢分享 感谢分享 謝謝分享 感謝分享"
)
_EDGE_L = r"(?<![\p{L}\p{M}\p{N}])"
_EDGE_R = r"(?![\p{L}\p{M}\p{N}])"


def _folded_words(words: str) -> str:
    """An alternation of space-separated entries, folded, "_" read as a run of spaces."""
    entries = sorted({fold(w) for w in words.split()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(regex.escape, e.split("_"))) for e in entries)


#: "Very" or "that is" between a noun and its praise ("artikel yang bagus", "מאמר מאוד מעניין").
_BETWEEN = _folded_words("yang sangat sgt rất quá מאוד ממש جدا")


def _more_strong() -> regex.Pattern[str]:
    forms = []
    for first, second, noun_first in _MORE_STRONG:
        first_re, second_re = _folded_words(first), _folded_words(second)
        if noun_first:
            forms.append(rf"(?P<web>{first_re})\s+(?:(?:{_BETWEEN})\s+)?(?:{second_re})")
        else:
            forms.append(rf"(?:{first_re})\s+(?:bir\s+)?(?P<web>{second_re})")
    return regex.compile(rf"{_EDGE_L}(?:{'|'.join(forms)}){_EDGE_R}")


_MORE_STRONG_RE = _more_strong()
_MORE_WEAK_RE = regex.compile(
    rf"{_EDGE_L}(?:{_folded_words(_MORE_WEAK)})"
    # English: the bot waits for the next post, learns on "this site", praises "such content"
    r"|\b(?:such\s+(?:a\s+)?(?:\w+\s+)?(?:content|posts?|articles?|blogs?)"
    r"|(?:waiting|wait|looking\s+forward|can'?t\s+wait)\s+(?:for|to)\s+(?:the|your)\s+next\s+"
    r"(?:one|post|article|blog|update)"
    r"|i\s+(?:always\s+)?(?:learn|learned|learnt)\s+(?:something\s+new|so\s+much|a\s+lot)"
    r"|(?:on|from)\s+(?:this|your)\s+(?:site|website|blog))\b",
    _F & ~regex.VERBOSE,
)


#: Session 25 (res25): a public body a post is by, as a resident names it ("great post by the
#: city", "the council's blog", "post da prefeitura", "wpis rady", "bài viết ... của thành phố",
#: "פוסט ... של העירייה"), folded: the city, the council, the county or borough, a school, the
#: library, the police, the mayor, in the languages of the bot posts read here.
_PUBLIC_BODY = (
    r"city|council\w*|county|borough|town\s+hall|village|schools?|school\s+district|library"
    r"|police|mayor\w*|government|ciudad|ayuntamiento|alcaldia|condado|municipio\w*"
    r"|municipalidad|prefeitura|camara\s+municipal|cidade|ville|mairie|conseil|thanh\s+pho"
    r"|hoi\s+dong|uy\s+ban|rad[ayę]|miast[ao]|gmin[ay]|urzed[ua]|belediye\w*|konsey\w*"
    r"|primari\w+|consiliul\w*|savivaldyb\w+|taryb\w+|pourashava|পৌরসভা|কাউন্সিল\S*|کونسل"
    r"|golaha|dowladda|мэри\w*|горсовет\w*|городск\w*|администраци\w*"
    r"|\S*עירי\S*|\S*מועצ\S*"
)
#: The body just after the praised post (within four words: "post by the city", "bài viết rất
#: hay của thành phố", "wpis rady"), or before it as its owner ("the council's blog").
_BY_A_PUBLIC_BODY_AFTER = regex.compile(
    rf"^\W*(?:[\p{{L}}\p{{M}}'’]+\W+){{0,4}}?(?:{_PUBLIC_BODY})(?![\p{{L}}\p{{M}}])", regex.I
)
_BY_A_PUBLIC_BODY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_PUBLIC_BODY})['’]s\s+(?:[\p{{L}}\p{{M}}]+\s+){{0,2}}$", regex.I
)


def _by_a_public_body(folded: str, praise: regex.Match[str]) -> bool:
    """Session 25 (res25): the praised post is named as a public body's (see
    :data:`_PUBLIC_BODY`): a resident thanking the city for what it posted, where a bot praises
    "your post" or "this article" and names no one (the engine is the post's reader, not its
    owner)."""
    after = folded[praise.end() : praise.end() + 60]
    before = folded[max(0, praise.start() - 40) : praise.end()]
    return bool(_BY_A_PUBLIC_BODY_AFTER.search(after) or _BY_A_PUBLIC_BODY_BEFORE.search(before))


def blog_praise(
    prose: str, context: tuple[str, ...] | None, linked: bool, s: SpamSettings
) -> str | None:
    """Praise for a post, article, blog or site the item is not (see the module), or None."""
    folded = fold(prose)
    strong = [*_STRONG_RE.finditer(folded), *_MORE_STRONG_RE.finditer(folded)]
    if not strong:
        return None
    words = len(word_tokens(folded))
    if words > (s.blog_praise_max_linked_words if linked else s.blog_praise_max_words):
        return None
    found = {" ".join(m.group().split()) for m in strong}
    found |= {" ".join(m.group().split()) for m in _WEAK_RE.finditer(folded)}
    found |= {" ".join(m.group().split()) for m in _MORE_WEAK_RE.finditer(folded)}
    if len(found) < 2:
        return None  # "Great post about the new pool hours": a reply to a neighbour's post
    if any(_by_a_public_body(folded, m) for m in strong):
        return None  # "Great post by the city on Facebook, thanks for sharing" (session 25)
    if context:
        webs = {m.group("web")[:_STEM] for m in strong}
        if webs & {t[:_STEM] for t in word_tokens(fold(context[0]))}:
            return None  # "Great website" on an item about the city's website
        if any(webs & _named_webs(fold(text)) for text in context[1:]):
            return None  # "Great post" on an item whose comments speak of someone's post
    return sorted(found)[0]


#: Round 25: a web word its comments name as a thing ("the county's post", "your article", "a
#: post on Nextdoor"), with a determiner or a possessive just before it; "the company should
#: post flare events" and "could the county post a warning" use the word as a verb.
_NAMED_WEB_RE = regex.compile(
    r"\b(?:(?:the|this|that|these|your|my|our|his|her|their|its|a|an)\s+|\w+['’]s\s+)(\w+)",
    _F,
)


def _named_webs(folded: str) -> set[str]:
    """The stems of the words a comment names as things (see :data:`_NAMED_WEB_RE`)."""
    return {m.group(1)[:_STEM] for m in _NAMED_WEB_RE.finditer(folded, overlapped=True)}


def blog_praise_evidence(
    prose: str, context: tuple[str, ...] | None, linked: bool, s: SpamSettings
) -> list[Evidence]:
    """:func:`blog_praise` as evidence (a bot's post, as :mod:`botposts` reads it)."""
    found = blog_praise(prose, context, linked, s)
    if found is None:
        return []
    detail = f"bot post: praise for a post or article shared, which the item is not ({found!r})"
    return [Evidence(s.blog_praise_weight, detail, noise=True)]
