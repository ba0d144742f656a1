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
