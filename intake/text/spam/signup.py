"""A resident asking to be served (session 14): "I would like to be on the list for the first
service area", "apúntenme para la primera zona", "inscrivez-moi pour le service".

Someone asking to be put on a list, signed up or told when something reaches them is the one
who would receive the service, not the one selling it: the service's words ("service",
"servicio", "livraison") are what the item offers, not an advert's. The phrases are first
person (me, us, I would like to be), so "Join our list for discounts" is not one.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.folding import fold
from intake.text.spam.links import TEXT_CACHE

# Folded (case and diacritics), in English, Spanish, French and Portuguese.
_ASKS_RE = regex.compile(
    r"""(?x)\b(?:
      # English
        (?:me|us)\s+(?:on|to)\s+(?:the|your)\s+(?:\w+\s+)?list
      | be\s+on\s+(?:the|your)\s+(?:\w+\s+)?list
      | sign\s+(?:me|us)\s+up | (?:add|put)\s+(?:me|us)\s+(?:on|to)\s+the
      | (?:would|'d)\s+like\s+to\s+be\s+(?:added|included|connected|signed\s+up|notified)
      | (?:notify|tell)\s+(?:me|us)\s+when | let\s+(?:me|us)\s+know\s+when
      # Spanish
      | (?:apuntar|anotar|inscribir|incluir)(?:me|nos)
      | (?:apunten|anoten|inscriban|incluyan|avisen)(?:me|nos)
      | (?:me|nos)\s+(?:gustaria|interesa)\s+(?:estar|ser|recibir)
      | en\s+la\s+lista
      # French
      | (?:m|nous)['\s]\s*inscrire | inscrivez[-\s](?:moi|nous) | prevenez[-\s](?:moi|nous)
      | (?:je\s+voudrais|j\s*'?\s*aimerais|nous\s+voudrions)\s+(?:etre|recevoir)
      | sur\s+la\s+liste
      # Portuguese
      | (?:me|nos)\s+inscrever | (?:inscrevam|avisem)[-\s]?(?:me|nos)
      | gostaria(?:mos)?\s+de\s+(?:estar|ser|receber)
      | na\s+lista
    )\b"""
)


@lru_cache(maxsize=TEXT_CACHE)
def asks_to_be_served(prose: str) -> bool:
    """Whether the writer asks to be put on a list, signed up or told (first person)."""
    return _ASKS_RE.search(fold(prose).replace("’", "'")) is not None
