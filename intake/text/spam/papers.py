"""Session 24 (adverts24): a small fee asked up front for papers or a place: a visa, a green card,
a work permit, a sponsorship, a scholarship, a guaranteed job, a loan forgiven.

"Trebuie doar o taxă de înscriere de 1.500 $" (a sponsorship and a guaranteed job), "Tarifa e
përpunimit vetëm 75 dollarë" (a scholarship), "Totongi pē $450 ki he visa", "processing fee lang
na $250" (a placement), "for a one-time $399 fee" (a loan forgiven): the advance-fee fraud told
as an agency's offer, in a text of any length, in any language. :func:`windfalls.advance_fee`
reads the fee beside a wage or a prize in a short text; this reads it beside what an office or
an employer grants, which such agencies sell and no office sells. Its parts:

* **papers or a place** an office or an employer grants (:data:`_PAPERS`): a visa, a green card,
  a work permit, a sponsorship, a scholarship, a loan forgiveness, a job guaranteed, rent or
  housing assistance;
* a **fee with its sum** (:data:`windfalls.FEE_WORDS`, Tongan "totongi" among them since
  session 26, beside a sum, "1.500 $" written after the figure too), charged once: a fee
  billed by the month is a charge whoever pays it discusses;
* the fee **made small or the outcome made sure**: "only", "just", "one-time", "doar", "vetëm",
  "lang", "solo", "seulement", "केवल", "только", or a guarantee ("garantat", "पक्की",
  "guaranteed") anywhere in the text;
* a way to reach the seller, or a link outside the allowed domains.

A resident writing of a real visa fee or scholarship speaks in the first person ("I paid the
$250 fee for my visa"), warns ("don't pay anyone a fee for a scholarship"), names a scam, or
tells of money asked or sent: none of those is read, as for the advance fee.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.folding import fold
from intake.text.spam.notices import names_a_scam
from intake.text.spam.upfront import WARNS_RE
from intake.text.spam.windfalls import FEE_WORDS, SUM, fee_recurs, in_a_residents_voice


def _folded(*words: str) -> str:
    return "|".join(regex.escape(fold(w)) + r"\w*" for w in words)


#: Papers or a place an office or an employer grants (folded): English, Spanish, French,
#: Portuguese, Romanian, Albanian, Tagalog, Tongan and Samoan, Vietnamese, Russian, Arabic,
#: Persian, Hindi, Chinese, Korean, Japanese.
_PAPERS = (
    r"\b(?:visas?|viza|vize|vizen|visto\s+de\s+trabalho|green\s*card|tarjeta\s+verde"
    r"|carte\s+verte|work\s+permits?|permisos?\s+de\s+trabajo|permis\s+de\s+(?:travail|munca)"
    r"|autoriza[cç][aã]o\s+de\s+trabalho|sponsor\w*|patrocin\w*|parrain\w*"
    r"|scholarships?|becas?|bourses?\s+d'etudes?|bolsas?\s+de\s+estudo|bursa|burse|bursele"
    r"|iskolarship|loan\s+forgiveness|forgiveness\s+program|condonacion\s+de\s+\w+\s*prestamo\w*"
    r"|(?:job|work|trabajo|empleo|emploi|loc\s+de\s+munca|puna|trabaho)\s+(?:garant\w*)"
    r"|guaranteed\s+(?:job|work|placement|employment)|thi\s+thuc|виз\w*|візу|стипенди\w*"
    # A benefit an agency pays: rent or housing assistance.
    r"|(?:rent|rental|housing|utility)\s+assistance|asistencia\s+(?:de|para\s+la)\s+(?:renta"
    r"|vivienda|alquiler)|ayuda\s+(?:de|con|para)\s+(?:la\s+)?(?:renta|alquiler)"
    r"|aide\s+au\s+(?:loyer|logement))\b"
    r"|"
    + _folded("वीज़ा", "वीजा", "ग्रीन कार्ड", "स्पॉन्सर", "छात्रवृत्ति", "ویزا", "تأشيرة", "فيزا")
    + r"|签证|簽證|绿卡|綠卡|奖学金|獎學金|비자|영주권|장학금|ビザ|奨学金"
)
_PAPERS_RE = regex.compile(_PAPERS)

#: A sum written with the dollar sign after the figure ("1.500 $", "75 $"), as French and
#: Romanian write it, beside :data:`windfalls.SUM`.
_SUM_AFTER = r"(?<![\d,.])\d[\d,.]{0,14}+\s*\$"
_ANY_SUM = rf"(?:{SUM}|{_SUM_AFTER})"
#: The fee beside its sum, either way round, within a clause.
_FEE_SUM_RE = regex.compile(
    rf"{_ANY_SUM}[^.!?\n]{{0,30}}?\b(?:{FEE_WORDS})\b"
    rf"|\b(?:{FEE_WORDS})\b[^.!?\n]{{0,40}}?{_ANY_SUM}"
)
#: The fee made small: "only", "just", "one-time" and their forms in the languages above.
_ONLY_RE = regex.compile(
    r"\b(?:only|just|one[\s-]time|doar|numai|vetem|lang|lamang|solo|solamente|unicamente"
    r"|seulement|uniquement|apenas|somente|chi|pe|pē|tolko|только|всего|samo|sadece|faqat"
    r"|فقط)\b|" + _folded("केवल", "सिर्फ", "सिर्फ़", "मात्र") + r"|只需|只要|仅需|僅需"
)
#: The outcome made sure anywhere in the text: a job, a visa, an approval guaranteed.
_SURE_RE = regex.compile(
    r"\b(?:guarantee\w*|garant\w*|гарант\w*|dam\s+bao|bao\s+dam)\b|"
    + _folded("पक्की", "पक्का", "गारंटी")
    + r"|保证|保證|보장"
)

#: A guarantee denied just before it ("there is no guarantee of timing", "sin garantía").
_DENIED_RE = regex.compile(
    r"\b(?:no|not|never|without|sin|sans|fara|nuk|pa|bez|без|ни|нет|khong)\b[^.!?\n]{0,12}$"
    r"|(?:नहीं|कोई|बिना)\s*$"
)


def _made_sure(folded: str) -> bool:
    """The outcome is guaranteed somewhere in the (folded) text, not denied (:data:`_SURE_RE`)."""
    return any(
        _DENIED_RE.search(folded[max(0, m.start() - 20) : m.start()]) is None
        for m in _SURE_RE.finditer(folded)
    )


#: Weight of a small fee asked for papers or a place, with a way to reach the seller: with the
#: way to reach (a phone, 0.15; a link) it reaches the threshold.
PAPERS_FEE_WEIGHT = 0.65


def fee_for_papers(prose: str) -> str | None:
    """The papers and the fee asked for them (see the module), or None."""
    folded = fold(prose)
    papers = _PAPERS_RE.search(folded)
    if papers is None:
        return None
    for fee in _FEE_SUM_RE.finditer(folded):
        end = fee.end()
        if fee_recurs(folded, end):
            continue  # billed by the hour or the month: a charge that recurs
        near = folded[max(0, fee.start() - 25) : end + 10]
        if _ONLY_RE.search(near) or _made_sure(folded):
            break
    else:
        return None
    if in_a_residents_voice(prose) or names_a_scam(prose) or WARNS_RE.search(prose):
        return None
    return f"{papers.group().strip()} ... {fee.group().strip()}"


def papers_fee_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """A small fee asked for papers or a place, with a way to reach whoever asks it
    (``reachable``: a contact, or a link outside the allowed domains)."""
    if not reachable:
        return []
    found = fee_for_papers(prose)
    if found is None:
        return []
    shown = found if len(found) <= 70 else found[:67] + "..."
    detail = f"lure: a small fee asked for papers or a place ({shown!r})"
    return [Evidence(PAPERS_FEE_WEIGHT, detail)]
