"""Form-letter campaigns whose every copy carries a fill-in line with the sender's own details.

"My name is Abigail Aardvarkpii and I live at 12 Alder Court in this city and I have rented here
for eleven years." Every member fills in a different name and address; the rest of the letter is
the campaign's. Used to prove that no public text ever carries a member's details.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Where = Literal["start", "middle", "end"]

TEMPLATE = [
    "Rents in our neighbourhood have risen faster than wages for five straight years.",
    "Please adopt the tenant protection ordinance without the amendments proposed by staff.",
    "A cap on annual increases gives families the stability they need to stay in their homes.",
    "Relocation assistance must be paid before a tenant is asked to leave, not after.",
    "The council should also fund legal help for tenants facing eviction in this city.",
    "Thank you for protecting the people who make this city work every single day.",
]
FIRST = [
    "Abigail", "Bartholomew", "Cordelia", "Desmond", "Evangeline", "Fitzgerald", "Gwendolyn",
    "Horatio", "Isadora", "Jebediah", "Katarina", "Leopold", "Marigold", "Nathaniel", "Ophelia",
    "Percival", "Rosalind", "Sebastian", "Theodora", "Ulysses",
]  # fmt: skip
LAST = [
    "Aardvarkpii", "Brambleton", "Cuthbertson", "Dunsworthy", "Eddingfield", "Fairweather",
    "Gallowglass", "Hartwright", "Ingleby", "Jessamyn", "Kettleburn", "Lockhartson", "Merriweather",
    "Nettlefold", "Oakenshield",
]  # fmt: skip
STREETS = ["Alder Court", "Birch Lane", "Cedar Avenue", "Dogwood Drive", "Elm Street", "Fir Way"]


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    postal_code: str
    address: str
    body: str

    @property
    def details(self) -> tuple[str, ...]:
        """Everything personal about this member, and the parts a leak would show."""
        first, last = self.name.split()
        house = self.address.split(",")[0]
        return (first, last, self.email, self.postal_code, house)

    def payload(self, position: str = "support") -> dict[str, object]:
        submitter = {
            "name": self.name,
            "email": self.email,
            "postal_code": self.postal_code,
            "address": self.address,
        }
        return {"body": self.body, "position": position, "submitter": submitter}


def fill_in_line(name: str, house: str) -> str:
    return (
        f"My name is {name} and I live at {house} in this city and I have rented here for "
        "eleven years."
    )


def campaign(size: int, where: Where) -> list[Member]:
    """``size`` members (up to 300) of one letter, each with a fill-in line at ``where``."""
    members = []
    for i in range(size):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
        house = f"{i + 12} {STREETS[i % len(STREETS)]}"
        line = fill_in_line(name, house)
        sentences = list(TEMPLATE)
        at = {"start": 0, "middle": len(TEMPLATE) // 2, "end": len(TEMPLATE)}[where]
        sentences.insert(at, line)
        members.append(
            Member(
                name=name,
                email=f"{name.replace(' ', '.').lower()}@example.org",
                postal_code=f"958{i % 100:02d}",
                address=f"{house}, Sacramento CA",
                body="Dear Council,\n\n" + " ".join(sentences) + f"\n\nSincerely,\n{name}",
            )
        )
    return members
