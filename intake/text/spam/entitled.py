"""Session 26 (spend26): money the reader is told they can receive -- "you could get up to $3,000
back", "puedes recibir hasta $7,000", "vous pouvez toucher jusqu'à 900 €", "вы можете получить
до 50 000 ₽" -- in a short text with a way to reach the writer.

A tax refund, a grant, a settlement or a benefit sold as the reader's for the asking: the
sentence has one shape in every language, the reader in the second person, a verb of being able
to, a verb of receiving, perhaps "up to", then a sum. Residents write of what the city, a program
or their family may receive ("the city can receive up to $5 million", "we could get $200 back"),
in the third or the first person; a resident passing on a real program names who runs it (the
city, the county, the state: :func:`solicit.speaks_of_the_city`) or speaks in their own voice
(:func:`windfalls.in_a_residents_voice`, which also reads warnings). Weak alone (an offer's
weight): it makes the text *selling*, so a text written apart from its item is judged by
relatedness, and with a way to reach and a text unrelated to the item it reaches the threshold.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence, word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.notices import names_a_scam
from intake.text.spam.solicit import speaks_of_the_city
from intake.text.spam.windfalls import SUM, in_a_residents_voice

#: Words at most: the promise is an advert's opening, not a letter's aside.
MAX_WORDS = 60
#: Weight: an offer's (0.4); with a phone (0.15) and a text unrelated to the item (0.45), 0.72.
ENTITLED_WEIGHT = 0.4

#: The reader able to receive a sum, in the second person (folded text): English, Spanish,
#: French, Portuguese, Italian, German, Russian, Ukrainian, Vietnamese, Tagalog.
_ENTITLED_RE = regex.compile(
    r"""(?x)
    (?:
      \byou(?:'ll|\s+will|\s+can|\s+could|\s+may|\s+might)\s+(?:be\s+able\s+to\s+)?
        (?:get|receive|claim|collect|qualify\s+for)
    | \byou(?:'re|\s+are)\s+(?:entitled|eligible)\s+(?:to|for)(?:\s+receive)?
    | \b(?:puedes|podrias|podes|usted\s+puede|usted\s+podria)\s+(?:recibir|obtener|cobrar
        |reclamar|solicitar)
    | \b(?:vous\s+pouvez|vous\s+pourriez|tu\s+peux|tu\s+pourrais)\s+(?:recevoir|obtenir
        |toucher|reclamer|percevoir)
    | \b(?:voce|vc|tu)\s+(?:pode|poderia)\s+(?:receber|obter|resgatar|sacar)
    | \b(?:puoi|potresti|lei\s+puo)\s+(?:ricevere|ottenere|richiedere)
    | \b(?:sie\s+konnen|du\s+kannst)\s+(?:bis\s+zu\s+)?(?=\S*\d)
    | \b(?:вы\s+можете|ты\s+можешь)\s+получить | \b(?:ви\s+можете|ти\s+можеш)\s+отримати
    | \bban\s+co\s+the\s+(?:nhan|lay\s+lai|duoc\s+nhan)
    | \b(?:maaari|pwede|puwede)\s+(?:kang|po\s+kayong|kayong)\s+(?:makatanggap|makakuha)
    )
    (?:\s+(?:back|back\s+up\s+to|up\s+to|hasta|jusqu'?a|ate|fino\s+a|bis\s+zu|до|len\s+den
        |toi\s+da|ng|ng\s+hanggang|hanggang)){0,2}
    \s+(?:"""
    + SUM
    # a sum with its currency's sign after the figure ("900 €", "50 000 ₽")
    + r"|\d[\d.,\s]{0,12}?\s?\p{Sc})"
)


#: Who pays a real benefit, named by a resident who passes it on (folded): a state, a federal
#: or county program, a tax credit, the tax office ("from the state rebate program", "el crédito
#: por ingreso del trabajo", "the IRS").
_PUBLIC_PAYER_RE = regex.compile(
    r"\b(?:state|federal|county|program(?:me)?s?|credits?|irs|medicaid|medicare|snap|wic|fema"
    r"|estado|estatal|federal|condado|programas?|credito|programmes?|etat|prefecture|caf"
    r"|governo|programa|estado|governement|gobierno)\b"
)


def entitled(prose: str) -> str | None:
    """The sum the reader is told they can receive (see the module), or None."""
    if not any(c.isdigit() for c in prose):
        return None
    found = _ENTITLED_RE.search(fold(prose))
    if found is None:
        return None
    if in_a_residents_voice(prose) or names_a_scam(prose) or speaks_of_the_city(prose):
        return None
    if _PUBLIC_PAYER_RE.search(fold(prose)) is not None:
        return None  # a public program relayed: whoever pays it is named
    return str(found.group())


def entitled_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """Money the reader is told they can receive, in a short text with a way to reach."""
    if not reachable or len(word_tokens(prose)) > MAX_WORDS:
        return []
    found = entitled(prose)
    if found is None:
        return []
    shown = " ".join(found.split())[:60]
    return [
        Evidence(ENTITLED_WEIGHT, f"offer: money the reader is told they can receive ({shown!r})")
    ]
