"""Session 28 (res28): a call to fellow givers, not to customers.

A resident who gives something away on an item's day often asks others to give with them: a
restaurant setting a free tea table for elderly visitors asks "other shop owners who want to do
the same, call me"; a PTA's cocoa stand asks "parents who want to volunteer"; a mosque's iftar
"needs volunteers". The way to reach the writer is offered to those who would help, and the free
thing goes to a third party (kids, elders, visitors), not to the reader. An advert's "free" is
the reader's to take ("free estimate, call now"); it asks no one to give alongside it, and it
never calls for volunteers, who are unpaid.

Read: in one sentence, a group asked to join in giving ("who want(s) to volunteer / help out /
pitch in / do the same / join us", "volunteers needed", "quien quiera ayudar / hacer lo mismo",
"quem quiser ajudar", "ceux qui veulent aider", "ai muốn giúp / tình nguyện"), or the word for
volunteers in the languages comments come in, in a text that names no sum of money (a
testimonial lure's "I made $5,000, if you want to do the same, contact ..." names one) and no
scam's pay. Used only to keep the offer's word ("free", "gratis") from reading as an advert's in
a text judged unrelated (:func:`scoring.advert_word_evidence`); contacts and links still count.

Session 29 (spend29a): a free help with its sale disclaimed. Residents who run a business and
back an item offer their trade free to a group, and say in the same sentence that it sells
nothing: "I'll check any senior's yard drain for free, no sales pitch", "free homework help for
any ESOL student, no strings", "free one-hour consultations to any survivor, no strings", "I'm
not selling anything" (seven residents of the spent corpora, -28 to -50, and no spam there). An
advert's "free" is a foot in the door it never disclaims; the spam of the spent corpora that
says "no strings" is a dating lure's ("looking for fun, no strings") or names a sum or a
percentage ("Join 100% free"). Read only in a text that names no sum of money, with the free
word and the disclaimer in one sentence; used as the call to fellow givers is.
"""

from __future__ import annotations

import regex

from intake.text.spam.folding import fold
from intake.text.spam.sentences import sentences
from intake.text.spam.solicit import money

#: Joining in giving, after a group's "who want(s) to" / "if you want to" (folded).
_GIVE = (
    r"(?:volunteer|help(?: out| serve| set up| us)?|pitch in|chip in|lend a hand|do the same"
    r"|join (?:us|in)|donate|cook|bring (?:food|a dish|blankets|water|tea))"
)
#: A call to give alongside the writer, folded; the words for volunteers.
_CALL_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    rf"(?:who|that) (?:want|wants|would like|'d like|are willing|is willing|can) to {_GIVE}"
    rf"|(?:anyone|everyone|those|whoever|if you) (?:who )?(?:want|wants|would like|'d like|can)"
    rf" to {_GIVE}"
    r"|volunteers?(?: are)? (?:needed|wanted|welcome)|(?:need|needs|looking for) volunteers"
    r"|sign up to volunteer"
    # Spanish, Portuguese, French
    r"|(?:quien|quienes|los que|las que|si alguien) (?:quiera|quieran|desee|deseen) "
    r"(?:ser voluntari[oa]s?|ayudar|colaborar|hacer lo mismo|donar|unirse)"
    r"|(?:se necesitan|buscamos|necesitamos) voluntari[oa]s"
    r"|quem (?:quiser|puder) (?:ser voluntari[oa]|ajudar|colaborar|fazer o mesmo|doar)"
    r"|precisamos de voluntari[oa]s"
    r"|(?:ceux|celles|les \w+) qui (?:veulent|voudraient|peuvent) (?:aider|faire de meme"
    r"|donner un coup de main|etre benevoles?)|(?:cherchons|besoin de) benevoles"
    # Vietnamese (folded), Ukrainian, Arabic, Somali, Hmong
    # (never the writer's own "I am a volunteer": "أنا متطوع", "toi la tinh nguyen vien")
    r"|ai muon (?:giup|phu|tinh nguyen|lam giong|lam theo|cung lam)"
    r"|can (?:them )?tinh nguyen vien"
    r"|(?:потрібні|потрібна допомога|шукаємо) волонтер\w*|нужны волонтер\w*"
    r"|(?:نحتاج|نحتاج إلى|مطلوب|نبحث عن) (?:ال)?متطوع"
    r"|mutadawiciin"
    r"|(?:xav tuaj|nrhiav neeg|xav tau neeg) pab dawb"
    r")"
)


def calls_fellow_givers(prose: str) -> bool:
    """True when a sentence asks others to give, volunteer or do the same alongside the writer
    (see the module's docstring) and the text names no sum of money."""
    if money(prose):
        return False
    return any(_CALL_RE.search(part) for part in sentences(fold(prose)))


#: Session 29 (spend29a): a sale disclaimed ("no sales pitch", "no strings (attached)", "not
#: selling anything", "sin compromiso de compra" is a seller's and not read), folded.
_DISCLAIMED_RE = regex.compile(
    r"(?<![\p{L}])(?:no (?:sales )?pitch|not a sales pitch|no strings(?: attached)?"
    r"|(?:i'm|i am|we're|we are) not selling (?:anything|a thing)|nothing to sell"
    r"|sin (?:letra chica|nada que vender)|no vendo nada|nao vendo nada|sem pegadinha"
    r"|je ne vends rien|sans arriere-pensee)(?![\p{L}])"
)
#: The free word, folded.
_FREE_RE = regex.compile(
    r"(?<![\p{L}])(?:free|for free|at no (?:cost|charge)|gratis|gratuit\w*|gratuitement"
    r"|sin costo|sem custo|de graca)(?![\p{L}])"
)
#: A dating lure's words beside its "no strings" ("fun, no strings", "discreet").
_FUN_RE = regex.compile(
    r"(?<![\p{L}])(?:fun|discreet|hook ?up|flirt\w*|lonely|dating|sexy)(?![\p{L}])"
)


def disclaims_a_sale(prose: str) -> bool:
    """Session 29 (spend29a): a sentence offers something free and says it sells nothing (see
    the module's docstring), in a text that names no sum of money and no dating lure's words."""
    if money(prose):
        return False
    folded = fold(prose)
    if _FUN_RE.search(folded):
        return False
    return any(_DISCLAIMED_RE.search(part) and _FREE_RE.search(part) for part in sentences(folded))
