"""Session 15: the last residents of the nineteenth set, by cause.

Every row here was written for this file (not copied from a set). Each resident row was flagged,
or each word read, before this session; each guard is caught (or read) on both sides.

* A group's site named with its articles, prepositions and accents: "Les Amis de la Rivière"
  names amisdelariviere, "club de canoë" clubcanoe (the address drops "de", "Rivière" folds).
* An advert word of one language's list that is an ordinary word of the text's own language:
  Tagalog "libre" (free of charge) is French and Spanish for open ("Entrée libre"); Persian
  "وام" (loan) is the start of Arabic "وأمي" (and my mother). And the Romance verb "to
  guarantee" ("que le bail garantisse l'accès") is "to ensure": only the participle
  ("garanti", "garantizado", "garantito") is an advert's.
"""

from __future__ import annotations

import pytest

from intake.text.spam.linkshape import named_site
from intake.text.spam.pitchwords import pitch_words
from tests.unit.text.spam_judging import judged

NAMED_SITES = {
    "French, accents": ("amisdelariviere.example.org", "Les Amis de la Rivière organisent"),
    "French, particle left out": ("clubcanoe.example.org", "Le club de canoë de Val-Bleu"),
    "Spanish": (
        "asociacionvecinosbarrio.example.org",
        "La Asociación de Vecinos del Barrio Norte pide",
    ),
    "Portuguese": ("associacaomoradores.example.org", "A Associação dos Moradores pede"),
    "Italian": ("corovalle.example.org", "Il Coro della Valle canterà"),
    "German": ("freundestadtpark.example.org", "Die Freunde des Stadtpark laden ein"),
    "English": ("friendsriversidepark.example.org", "Friends of the Riverside Park meet"),
}


@pytest.mark.parametrize("language", sorted(NAMED_SITES))
def test_a_groups_site_named_with_its_particles_and_accents(language: str) -> None:
    host, prose = NAMED_SITES[language]
    assert named_site(host, prose), language


@pytest.mark.parametrize(
    ("host", "prose"),
    [
        ("canoeclub.example.org", "Le club de canoë de Val-Bleu"),  # not in the text's order
        ("gagnez-vite.example.com", "Le club de canoë de Val-Bleu"),
        ("prestamosrapidos.example.mx", "Préstamos para todos, de la manera más fácil"),
    ],
)
def test_a_site_the_text_does_not_spell_is_still_unnamed(host: str, prose: str) -> None:
    assert not named_site(host, prose)


ORDINARY = {
    "French, open entry": "Nous donnerons notre concert de Noël dimanche avant les travaux. Entrée "
    "libre, contribution volontaire, et vous êtes tous les bienvenus.",
    "Spanish, open entry": "El coro del barrio canta el domingo en la iglesia y la entrada es libre "
    "para todos los vecinos que quieran venir.",
    "French, to ensure": "Nous demandons que le bail garantisse l'accès à la rivière.",
    "French, infinitive": "Il faut garantir l'accès au parc pour les familles.",
    "Spanish, to ensure": "Pedimos garantizar el acceso al río para las familias.",
    "Portuguese, to ensure": "Pedimos que a prefeitura garanta e possa garantir o acesso.",
    "Italian, to ensure": "Chiediamo di garantire l'accesso al fiume per tutti.",
    "Arabic, my mother": "الرصيف أمام عمارتنا لا يتم تنظيفه من الثلج وأمي كبيرة في السن وسقطت مرتين.",
}


@pytest.mark.parametrize("language", sorted(ORDINARY))
def test_an_ordinary_word_of_the_texts_language_is_not_an_advert_word(language: str) -> None:
    assert pitch_words(ORDINARY[language]) == [], language


ADVERTS = {
    "Tagalog": ("Libre ang delivery, tawag lang po sa 0917 555 0123", "libre"),
    "French participle": ("Prêt rapide, résultat garanti, appelez-nous", "garanti"),
    "Spanish participle": ("Préstamo garantizado en 24 horas, escríbenos", "garantizado"),
    "Italian participle": ("Prestito garantito in 24 ore, scrivici", "garantito"),
    "Turkish": ("Garantili kredi, hemen arayın", "garantili"),
    "Persian": ("وام فوری با تحویل سریع، تماس بگیرید", "وام"),
    "English service": ("Reliable carpet cleaning service, call today", "service"),
}


@pytest.mark.parametrize("language", sorted(ADVERTS))
def test_an_advert_word_of_the_texts_language_is_still_read(language: str) -> None:
    prose, word = ADVERTS[language]
    assert word in pitch_words(prose), language


CHURCH = (
    "Resolution 2031-77: converting the former Sainte-Anne church into a library and hall",
    "The library branch on Elm Street is too small for the neighbourhood now.",
    "Please keep the stained glass windows and the organ in the new hall.",
    "How much will the conversion cost, and who will pay for the parking?",
    "A library with a community hall is exactly what the east end needs.",
    "Will there be space for after-school programs and a quiet study room?",
    "I hope the bell tower stays; it is part of the skyline of the old town.",
    "The hall should be available to community groups at low cost.",
)

CHOIR = (
    "La chorale Les Amis de la Rivière chantera son dernier concert de Noël à Sainte-Anne le "
    "samedi 19 décembre à 16 h, avant les travaux. Entrée libre, contribution volontaire. "
    "Programme : amisdelariviere.example.org/noel — Venez nombreux!"
)
CANOE = (
    "Le club de canoë de Val-Bleu demande que la nouvelle salle garantisse un local pour ranger "
    "nos bateaux l'hiver. Nous sommes 90 membres. Info : clubcanoe.example.org"
)


@pytest.mark.parametrize("body", [CHOIR, CANOE], ids=["choir", "canoe club"])
def test_a_french_group_linking_its_own_site_is_not_spam(body: str) -> None:
    spam, why = judged(body, CHURCH)
    assert not spam, why
    assert "does not name" not in why, why
    assert "offer words" not in why, why


def test_a_french_advert_with_a_front_page_is_still_spam() -> None:
    spam, why = judged(
        "Crédit rapide garanti sans justificatif, réponse en 24 h, taux imbattable. "
        "Demande gratuite : credit-express-facile.example.com",
        CHURCH,
    )
    assert spam, why
