"""What a mail server, a campaign tool or a letter's custom adds after the sender's last word:
disclaimers, unsubscribe footers, "printed on recycled electrons" lines, and sign-offs that are a
whole sentence in the sender's language.

None of it is what the sender added to the campaign's words (issue 14 item 2), yet none of it is
the template either, so it used to fill the report's "What senders added". It is told by what it
speaks of, not by one phrasing: a footer speaks of the message itself ("this e-mail", "ce
message", "diese Nachricht", "este correo") together with what only a footer says of it (it is
confidential, meant for its addressee, sent in error, sent through a tool, not to be printed);
or it is an unsubscribe or "consider the environment" line. A resident's "Please consider the
bus riders" or "My medical file is confidential" speaks of no message, and stays theirs.
:class:`intake.text.frame.LetterFrame` asks these only of the lines that end a body.

Libraries weighed (session 13): ``mail-parser-reply`` 1.36 reads reply headers in 13 languages,
but its disclaimer rule needs a "Disclaimer:"/"CAUTION:" head and misses "This email and any
attachments are confidential ...", it missed Gmail's German and Polish attributions, took a
resident's "On my block I wrote:" for a reply header, and cuts everything after "Thanks," (a
P.S. included); ``email-reply-parser`` reads English only. Neither fitted; these rules are
ours. Pure: no Flask, no database.
"""

from __future__ import annotations

import regex

from intake.text.normalize import normalize

__all__ = ["is_footer_sentence", "is_sign_off"]

# The message speaking of itself, on the matching form (accents dropped, lower case).
_THIS_MESSAGE = regex.compile(
    r"\b(?:(?:this|the|that) (?:e ?mail|message|communication|transmission|electronic mail)s?"
    r"|(?:ce|cet) (?:message|courriel|e ?mail|mail)|(?:diese|dieser) (?:e ?mail|nachricht|mail)"
    r"|(?:este|esta) (?:correo(?: electronico)?|mensaje|mensagem|comunicacion|e ?mail)"
    r"|quest[oa] (?:messaggio|e ?mail|comunicazione|posta)|(?:dit|deze) (?:bericht|e ?mail)"
    r"|you (?:are )?receiv(?:ed|ing) this)\b"
)
# What only a footer says of a message.
_FOOTER_TOPIC = regex.compile(
    r"\b(?:confidential\w*|privileged|intended (?:solely |only )?(?:for|recipient)|recipients?"
    r"|addressee\w*|in error|signed up|subscribed|mailing list|newsletter|virus\w*|disclaim\w*"
    r"|unsubscribe|opt out|printing|print it"
    r"|confidentiel\w*|destinataires?|par erreur|vertraulich\w*|adressat\w*|empfanger\w*"
    r"|irrtumlich\w*|confidencial\w*|destinatari[oa]s?|por error|riservat\w*|per errore"
    r"|vertrouwelijk\w*|geadresseerde\w*|ontvanger\w*|abusievelijk|sent (?:via|through|using)"
    r"|(?:was|is) (?:sent|delivered|generated|submitted) (?:via|through|using|by|on behalf of))\b"
)
# Lines that are a footer on their own, whatever else they say.
_FOOTER_LINE = regex.compile(
    r"^(?:to |click here to |you (?:can|may) )?unsubscribe\b|\bunsubscribe(?: here| now)?$"
    r"|\bmanage (?:your )?(?:email |subscription )?preferences\b"
    r"|\b(?:darse|darte) de baja\b|\bse desabonner\b|\bse desinscrire\b|\babmelden\b"
    r"|\bdisiscriviti\b|\bafmelden\b"
    r"|\bbefore printing\b|\bavant d ?imprimer\b|\bantes de imprimir\b|\bprima di stampare\b"
    r"|\bbevor sie (?:diese \w+ )?(?:aus)?drucken\b"
    r"|^(?:confidentiality|legal|privacy|important|email) (?:notice|note|statement|disclaimer)\b"
    r"|^(?:this (?:message|comment|email|e mail) (?:was|is) )?(?:sent|submitted|delivered)"
    r" (?:via|through|using) (?:the |an? )?(?:\w+ ){0,6}?(?:form|portal|tool|platform|app"
    r"|website|site|network|everyaction|action network|ecomment|civicplus|granicus)\b"
)
_FOOTER_MAX_WORDS = 80

# Sign-offs that are a whole sentence or a line without a comma, in the languages a city's
# residents write in; read on the matching form, so written here as a sender types them.
_SIGN_OFF_PHRASES = (
    # French
    "Cordialement",
    "Bien cordialement",
    "Bien à vous",
    "Salutations distinguées",
    "Sincères salutations",
    "Respectueusement",
    # German
    "Mit freundlichen Grüßen",
    "Mit freundlichem Gruß",
    "Freundliche Grüße",
    "Viele Grüße",
    "Beste Grüße",
    "Liebe Grüße",
    "Herzliche Grüße",
    "Hochachtungsvoll",
    # Spanish, Portuguese, Italian
    "Atentamente",
    "Le saluda atentamente",
    "Les saluda atentamente",
    "Reciba un cordial saludo",
    "Saludos cordiales",
    "Un cordial saludo",
    "Un saludo",
    "Saludos",
    "Atenciosamente",
    "Cordialmente",
    "Com os melhores cumprimentos",
    "Cumprimentos",
    "Con cordiali saluti",
    "Cordiali saluti",
    "Distinti saluti",
    "Saluti",
    # Dutch, Scandinavian, Polish, Czech, Russian, Turkish
    "Met vriendelijke groet",
    "Met vriendelijke groeten",
    "Vriendelijke groeten",
    "Hoogachtend",
    "Med vänliga hälsningar",
    "Vänliga hälsningar",
    "Med venlig hilsen",
    "Med vennlig hilsen",
    "Z poważaniem",
    "Pozdrawiam",
    "S pozdravem",
    "С уважением",
    "Saygılarımla",
    # Vietnamese, Chinese, Japanese, Korean
    "Trân trọng",
    "Trân trọng cảm ơn",
    "Xin chân thành cảm ơn",
    "此致",
    "敬礼",
    "此致 敬礼",
    "此致敬礼",
    "顺颂商祺",
    "谢谢",
    "よろしくお願いいたします",
    "よろしくお願いします",
    "宜しくお願い致します",
    "敬具",
    "감사합니다",
    # Thanks on a line of its own
    "Danke",
    "Vielen Dank",
    "Grazie",
    "Obrigado",
    "Obrigada",
    "Dank u",
    "Hartelijk dank",
    "Dziękuję",
    "Спасибо",
    "Cảm ơn",
    "ありがとうございます",
)
_SIGN_OFFS = frozenset(normalize(phrase) for phrase in _SIGN_OFF_PHRASES)
# The French letter's closing formula, a whole sentence: "Veuillez agréer, Madame, Monsieur,
# l'expression de mes salutations distinguées.", "Je vous prie d'agréer ... mes sentiments
# respectueux."
_FORMULA = regex.compile(
    r"^(?:veuillez|je vous prie d ?|nous vous prions d ?|recevez|daignez)\s?(?:agreer|recevoir"
    r"|croire)\b.{0,120}\b(?:salutations|sentiments|consideration|respect|hommages)\b"
)


def is_sign_off(norm: str) -> bool:
    """Is this normalised line only a sign-off ("mit freundlichen grussen", "le saluda
    atentamente", "veuillez agreer ... salutations distinguees", "此致 敬礼")?"""
    return norm in _SIGN_OFFS or bool(_FORMULA.match(norm))


def is_footer_sentence(norm: str) -> bool:
    """Is this normalised sentence what a mail server or campaign tool appends ("this email and
    any attachments are confidential ...", "if you received this message in error ...", "please
    consider the environment before printing this email", "unsubscribe | manage preferences")?"""
    if not norm or len(norm.split()) > _FOOTER_MAX_WORDS:
        return False
    if _FOOTER_LINE.search(norm):
        return True
    return bool(_THIS_MESSAGE.search(norm)) and bool(_FOOTER_TOPIC.search(norm))
