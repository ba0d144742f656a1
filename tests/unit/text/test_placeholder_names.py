"""An anonymous name is not an identity, in any language, nor is a description (issue 14 item 3)."""

from __future__ import annotations

import pytest

from intake.text.personal_data import Identifiers, is_placeholder_name

# "anonymous", "no name" or "unknown" as people of the languages a city receives type it
ANONYMOUS_ABROAD = [
    "Anónimo", "anonimo", "Anónima", "Anônimo", "anônima", "Anonyme", "Anonym", "Anonim",
    "Аноним", "анонимно", "Анонім", "匿名", "匿名希望", "无名氏", "익명", "익명의 시민",
    "Ẩn danh", "vô danh", "Xin giấu tên", "Walang pangalan", "مجهول", "بدون اسم", "ناشناس",
    "بی‌نام", "गुमनाम", "Qarsoodi", "San non", "Sin nombre", "Sem nome", "Sans nom",
    "Kein Name", "Senza nome", "Без имени", "Bez imienia", "Ανώνυμος", "ללא שם", "ไม่ระบุชื่อ",
    "Anónimo (vecino)",
]  # fmt: skip
# a description instead of a name
DESCRIPTIONS = [
    "A Tessaly Point resident", "Resident of Ward 3", "Ward 3 resident", "Eastmere neighbor",
    "Vecina de Calle Palma", "vecina de X", "Ashgrove homeowner", "Tessaly Point renter",
    "A parent", "Parent", "Parent of two", "Mom of 3", "Voter 12", "Un vecino",
    "Una vecina preocupada", "Résidente d'Eastmere", "Longtime renter", "Tenants of Pellam Court",
    "Anonymous (Eastmere resident)", "一市民", "东区居民", "Tessaly Point 居民",
    "Cư dân Tessaly Point", "Anwohnerin der Lindenstraße", "Житель Восточного района",
]  # fmt: skip
# real names, some holding a role word or a placeholder's word as a family or given name
NAMES = [
    "Maria Lopez", "Marie Parent", "Jean Tenant", "Bob Voter", "John Citizen", "Matías Vecino",
    "Ajit Pai", "Minnie Driver", "Pierre Le Voisin", "Les Parent", "Parent Marie",
    "Marie Parent of Eastmere", "Marie Parent 95818", "marie parent", "MARIE PARENT",
    "Maria Lopez, Eastmere resident", "Võ Danh", "Danh", "Nguyễn Văn Danh", "An", "Du",
    "김주민", "유시민", "李明", "王秀英", "Person 17", "Anna N/A Smith", "Padre Pio",
]  # fmt: skip


@pytest.mark.parametrize("name", ANONYMOUS_ABROAD)
def test_anonymous_in_other_languages_is_a_placeholder(name: str) -> None:
    assert is_placeholder_name(name)


@pytest.mark.parametrize("name", DESCRIPTIONS)
def test_a_description_instead_of_a_name_is_a_placeholder(name: str) -> None:
    assert is_placeholder_name(name)


@pytest.mark.parametrize("name", NAMES)
def test_names_holding_role_or_placeholder_words_stay_names(name: str) -> None:
    assert not is_placeholder_name(name)


def test_a_surname_that_is_a_role_word_still_names_its_member_in_a_letter() -> None:
    """Role words are no placeholder words: a member named "Marie Parent" keeps "Parent" as a
    word of her name, so a letter signed "M. Parent" still carries it."""
    known = Identifiers.of(names=["Marie Parent", "Jean Tenant"])
    assert {"parent", "tenant"} <= known.name_tokens
