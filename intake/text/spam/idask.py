"""Round 26: the reader asked to send an identity or a card number.

"Reply with your full name, address and the last four of your Social and a case worker will
pre-qualify you", "mandar mensaje al 555 0144 con nombre y número de seguro social", "Responda
con su dirección y número de tarjeta para procesarlo": a grant, a job or a prize, and the
number that opens the reader's identity or money to be sent in reply. A resident does not ask
the readers of a public docket for their social security or card numbers. A resident writes of
such numbers to object ("the form should not require a Social Security number"), or tells of
one asked of them: in the first person, naming a scam, or naming the council, its staff or the
city's people (``notices.in_own_voice``), none of which this is read in.

The shape, in any language: in one sentence, a verb that asks for something to be sent
(reply, send, text, provide, include; responda, mande, envíe; envoyez; senden; пришлите;
发送, 提供) and the name of a number that is the reader's identity or card (social security,
"the last four", card number, bank account, PIN, passport number, seguro social, número de
tarjeta, numéro de carte, Sozialversicherungsnummer, номер карты, 身份证号, 卡号). It weighs as a
notice with its time to act (0.55); with a sum of money named (the grant, the wage, the prize)
it is the bait and the hook together and weighs 0.7: no resident writes that.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import in_own_voice, names_the_city_or_a_scam
from intake.text.spam.wordphone import names_a_sum

#: A verb asking for something to be sent, said to the reader.
_ASK = (
    r"reply|respond|send|text|email|e-mail|provide|include|submit|dm|message|upload"
    r"|responda\p{L}*|respond\p{L}*|mand\p{L}*|env[ií]\p{L}*|proporcion\p{L}*|incluy\p{L}*"
    r"|escrib\p{L}*"
    r"|envoy\p{L}*|r[ée]pond\p{L}*|indiqu\p{L}*|fourni\p{L}*"
    r"|send\p{L}*|schick\p{L}*|senden|angeben"
    r"|пришли\p{L}*|отправ\p{L}*|напиши\p{L}*|укаж\p{L}*|сообщи\p{L}*"
    # Session 18: Somali "geli" (enter) and "soo dir" (send).
    r"|geli\p{L}*|soo\s+dir"
    # Session 18 (scams18b): Haitian and Louisiana Creole "bay" (give) and "voye" (send).
    r"|bay|ba|voye|voy[eé]"
)
#: The number of the reader's identity, account or card.
_IDENTITY_NUMBER = (
    r"social\s+security(?:\s+number)?|ssn|last\s+(?:four|4)\s+(?:digits\s+)?of\s+your\s+social"
    r"|(?:credit\s+|debit\s+|bank\s+)?card\s+number|(?:bank\s+)?account\s+(?:and\s+)?routing"
    r"|routing\s+number|bank\s+account\s+number|pin\s+(?:number|code)|passport\s+number"
    r"|seguro\s+social|n[uú]mero\s+de\s+(?:tarjeta|cuenta|pasaporte)|datos\s+bancarios"
    r"|s[ée]curit[ée]\s+sociale|num[ée]ro\s+de\s+carte|coordonn[ée]es\s+bancaires"
    r"|sozialversicherungsnummer|kartennummer|kontonummer|bankdaten"
    r"|номер\p{L}*\s+карт\p{L}*|паспортн\p{L}*\s+данн\p{L}*|снилс"
    # Session 18 (scams18b): Creole "nimewo sekirite sosyal", "nimewo kat".
    r"|nim[eè]wo\s+(?:s[eé]kirit[eé]\s+sosyal|kat(?:\s+kredi)?|kont)"
    # Session 20 (scams20): Creole "nimewo sosyal" (the social's number) and "kont bank" (a bank
    # account), as the FEMA windfall asks them.
    r"|nim[eè]wo\s+sosyal|kont\s+bank(?:[eè])?"
    # Session 19 (scams19): the reader's Medicare or Medicaid number.
    r"|medicare\s+(?:card\s+)?number|medicaid\s+(?:card\s+)?number|n[uú]mero\s+de\s+medicare"
    # Session 28 (spend28a): a photo or a copy of the reader's licence, passport or identity
    # card, asked to "verify" them ("send a photo of your driver licence ... to the group admin",
    # "upload a photo of your driver's license").
    r"|(?:photo|picture|pic|copy|scan)s?\s+of\s+your\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:licen[cs]e|passport|id|id\s+card|identity\s+card|medicare\s+card)"
)
_ASK_FOR_SECRET_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_ASK})(?![\p{{L}}])[^.!?\n]{{0,90}}?(?<![\p{{L}}])(?:{_IDENTITY_NUMBER})"
    r"(?![\p{L}])"
    r"|(?:发送|提供|发给|告知)[^。！？\n]{0,30}?(?:身份证号?|银行卡号?|卡号|社会安全号)"
    # Session 19 (scams19): the numbers to have ready for a call ("Call the Renewal Line at ...
    # with your Medicare number and bank routing number ready", "tenga a mano su número de
    # cuenta").
    rf"|(?i:\bwith\s+your\s+[^.!?\n]{{0,60}}?(?:{_IDENTITY_NUMBER})[^.!?\n]{{0,30}}?"
    r"\b(?:ready|handy|at\s+hand|on\s+hand)\b"
    rf"|\btenga\s+(?:a\s+mano|list[oa]s?)\s+su\s+(?:{_IDENTITY_NUMBER}))"
)

#: Session 18: the reader's full name (with their address and phone) asked for by whoever
#: announces a sum: the 419 letter's and the lottery's first reply ("Envoyez votre nom complet,
#: adresse et numéro de téléphone", "soo dir magacaaga buuxa iyo $49", "Tuʻuina mai lou igoa
#: atoa, lou tuatusi"). Only with a sum named: a petition also asks for names.
_FULL_NAME = (
    r"full\s+(?:legal\s+)?name|nom\s+complet|nombre\s+complet[oa]|nome\s+complet[oa]"
    r"|vollst[äa]ndigen\s+namen|полное\s+имя|фио|magacaaga\s+(?:oo\s+)?buuxa|igoa\s+atoa"
    r"|jina\s+(?:lako\s+)?kamili|buong\s+pangalan|h[oọ]\s+(?:v[aà]\s+)?t[eê]n\s+đ[aầ]y\s+đ[uủ]"
    r"|اسمك\s+الكامل|اسمك\s+ورقم"
)
#: Verbs of sending in the languages such letters come in, beside :data:`_ASK`'s.
_SEND_MORE = r"soo\s+dir|tu\p{L}?uina|tuma|ipadala|ibaon\p{L}*|g[uử]i|أرسل\p{L}*|ارسل\p{L}*"
_ASK_FOR_NAME_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_ASK}|{_SEND_MORE})(?![\p{{L}}])[^.!?\n]{{0,60}}?"
    rf"(?<![\p{{L}}])(?:{_FULL_NAME})(?![\p{{L}}])"
)

#: Weight of the ask alone (a notice's with its time to act), and with a sum of money named.
ASK_WEIGHT = 0.55
ASK_WITH_SUM_WEIGHT = 0.7


@lru_cache(maxsize=4096)
def asks_for_secret(prose: str) -> str | None:
    """The words asking the reader for an identity or card number, or None (see the module)."""
    found = _ASK_FOR_SECRET_RE.search(prose)
    if found is None or in_own_voice(prose):
        return None
    return str(found.group())


#: A sum in millions written in words ("4,5 millions de dollars", "$8.7 million").
_MILLIONS_RE = regex.compile(r"(?i)\d\s*(?:million\p{L}*|milli[oó]n\p{L}*|milh\p{L}*)")


def _names_sum(prose: str) -> bool:
    """A sum of money (:func:`names_a_sum`), or millions of anything, named."""
    return names_a_sum(prose) or _MILLIONS_RE.search(prose) is not None


@lru_cache(maxsize=4096)
def asks_for_name(prose: str) -> str | None:
    """Session 18: the words asking the reader for their full name, in a text naming a sum of
    money, naming no scam and none of the city's people, or None (a 419 letter writes "I")."""
    found = _ASK_FOR_NAME_RE.search(prose)
    if found is None or not _names_sum(prose) or names_the_city_or_a_scam(prose):
        return None
    return str(found.group())


def secret_ask_evidence(prose: str) -> list[Evidence]:
    """The reader asked to send an identity or card number (see the module)."""
    found = asks_for_secret(prose)
    if found is None:
        named = asks_for_name(prose)
        if named is None:
            return []
        detail = f"lure: asks the reader for their full name, with a sum ({named[-60:]!r})"
        return [Evidence(ASK_WITH_SUM_WEIGHT, detail)]
    shown = found if len(found) <= 60 else "..." + found[-57:]
    if names_a_sum(prose):
        detail = f"lure: asks the reader for an identity or card number, with a sum ({shown!r})"
        return [Evidence(ASK_WITH_SUM_WEIGHT, detail)]
    detail = f"lure: asks the reader for an identity or card number ({shown!r})"
    return [Evidence(ASK_WEIGHT, detail)]
