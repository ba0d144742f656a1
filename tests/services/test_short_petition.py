"""A short petition with its senders' own stories forms one campaign through the service
(session 12).

Copies of a two-sentence petition, bare and followed by a story of the sender's own (no two
senders share a sentence of it; in English and in Spanish), go in through
``CommentService`` each from another person, the first story arriving before any bare copy,
among residents who quote one of its sentences in a letter of their own: every copy joins one
campaign, the residents stay unique, and a batch labels them as one-by-one posts do.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine

from intake import create_app
from tests.services.test_spun_campaign import create_item, labels, post
from tests.unit.text.test_short_petition import ONE_SENTENCE, PETITIONS, REWRITTEN

RESIDENT_STORIES = {  # a resident's own letter, sharing no sentence with the copies' stories
    "en": (
        "I have lived on Harwell Street for thirty years and I have watched the branch change. "
        "The new study tables are always full after school, and the printer is the only one "
        "many of my neighbours can use. I would rather the council sold the empty depot on "
        "Mill Lane than trimmed the staff again. Please publish the figures before the vote."
    ),
    "es": (
        "Vivo en la calle Harwell desde hace treinta años y he visto cambiar la sucursal. "
        "Las mesas de estudio nuevas están siempre llenas después del colegio, y la impresora "
        "es la única que muchos vecinos pueden usar. Prefiero que vendan el depósito vacío de "
        "la calle Mill antes que recortar otra vez el personal. Publiquen las cifras antes."
    ),
}


def resident(lang: str, n: int) -> str:
    """The n-th resident's own sentences: each resident writes another two."""
    sentences = [s.strip() for s in RESIDENT_STORIES[lang].split(". ")]
    return ". ".join(sentences[n : n + 2]).rstrip(".") + "."


OWN_STORIES = {  # each copy's sender tells their own, sharing no sentence with another's
    "en": (
        "My grandson did his homework at the big table by the window every Saturday last winter.",
        "The reading group for retired dockers meets there because our flats are too small.",
        "I learned English from the free conversation class the librarian ran on weekend mornings.",
        "When the heating failed in our building in February we spent whole days in that room.",
        "Our twins borrowed forty picture books each over the summer and read every single one.",
        "The job club on the first floor helped my husband write the letter that got him hired.",
        "Nobody on our estate owns a computer that works, so the branch is where forms get done.",
    ),
    "es": (
        "Mi nieto hacía los deberes en la mesa grande junto a la ventana cada sábado del invierno.",
        "El club de lectura de los estibadores jubilados se reúne allí porque los pisos son pequeños.",
        "Aprendí inglés en la clase gratuita de conversación que la bibliotecaria daba los sábados.",
        "Cuando se rompió la calefacción del edificio en febrero pasamos días enteros en esa sala.",
        "Mis gemelas sacaron cuarenta libros ilustrados cada una durante el verano y los leyeron.",
        "El club de empleo del primer piso ayudó a mi marido a escribir la carta que le dio trabajo.",
        "En nuestro barrio nadie tiene un ordenador que funcione, así que los trámites se hacen allí.",
    ),
}


def bodies(lang: str) -> list[tuple[str, bool]]:
    """(body, is a copy): a story copy first, then bare copies, copies with stories and
    residents quoting or rewriting one of the petition's sentences in letters of their own."""
    petition, stories = PETITIONS[lang], iter(OWN_STORIES[lang])
    out = [(f"{petition}\n\n{next(stories)}", True)]
    for n in range(12):
        out.append((petition if n % 3 else petition.upper(), True))
        if n % 2:
            out.append((f"{petition}\n\n{next(stories)}", True))
        if n % 4 == 3:
            quote = ONE_SENTENCE[lang] if n % 8 == 3 else REWRITTEN[lang]
            out.append((quote + resident(lang, n // 4), False))
    return out


@pytest.mark.parametrize("lang", sorted(PETITIONS))
def test_a_petitions_copies_with_stories_form_one_campaign(app: Flask, lang: str) -> None:
    create_item(app)
    texts = bodies(lang)
    ids = [i for n, (body, _copy) in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    copies = {label for (_b, copy), label in zip(texts, got, strict=True) if copy}
    assert len(copies) == 1 and next(iter(copies))[0] == "form_letter", got
    others = [label for (_b, copy), label in zip(texts, got, strict=True) if not copy]
    assert others and all(label == ("unique", None) for label in others), others


@pytest.mark.parametrize("lang", sorted(PETITIONS))
def test_a_batch_labels_the_petition_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None, lang: str
) -> None:
    create_item(app)
    texts = [body for body, _copy in bodies(lang)]
    batch = labels(app, post(app, texts, 0))
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_item(twin)
    one_by_one = labels(twin, [i for n, body in enumerate(texts) for i in post(twin, [body], n)])
    assert batch == one_by_one


UNION = (
    "As a member of the Municipal Workers Local, I urge the Council to approve the sanitation "
    "agreement as negotiated and to reject any plan to contract out residential collection."
)


def union_bodies() -> list[tuple[str, bool]]:
    """(body, is a copy): a one-sentence petition's copy with a member number, then a retyped
    copy, both before any three people had sent it word for word; a resident's letter on the
    same agreement; then bare copies (session 13: generated-eighth's early union copy)."""
    return [
        (f"{UNION}\n\nLocal member #2136", True),
        (UNION.replace("sanitation", "sanitaton"), True),
        ("I urge the Council to approve the sanitation agreement. Our pickup is late.", False),
        *[(UNION if n % 2 else UNION.upper(), True) for n in range(5)],
    ]


def test_founding_the_petition_pulls_in_its_earlier_copies(app: Flask) -> None:
    create_item(app)
    texts = union_bodies()
    ids = [i for n, (body, _copy) in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    copies = {label for (_b, copy), label in zip(texts, got, strict=True) if copy}
    assert len(copies) == 1 and next(iter(copies))[0] == "form_letter", got
    others = [label for (_b, copy), label in zip(texts, got, strict=True) if not copy]
    assert others == [("unique", None)], others


def test_a_batch_pulls_in_the_petitions_earlier_copies_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    texts = [body for body, _copy in union_bodies()]
    batch = labels(app, post(app, texts, 0))
    assert batch[0][0] == "form_letter" and batch[0] == batch[-1], batch
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_item(twin)
    one_by_one = labels(twin, [i for n, body in enumerate(texts) for i in post(twin, [body], n)])
    assert [kind for kind, _c in batch] == [kind for kind, _c in one_by_one]
    assert len({c for _k, c in batch if c}) == len({c for _k, c in one_by_one if c}) == 1
