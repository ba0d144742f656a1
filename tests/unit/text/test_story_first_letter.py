"""A short letter sent after a long story of the sender's own (issue 14, session 13).

Every copy of a three-sentence letter opens with its sender's story, three or four times the
letter's length: the letter is a quarter of the copy, under the sentence route's share, and the
exemplars carry other members' stories. A copy that carries the letter's whole fixed part joins;
a resident quoting part of it, or a long letter quoting it whole inside a page of its own, does not.
"""

from __future__ import annotations

from intake.text.fingerprint import Fingerprinter
from intake.text.matching import CampaignProfile, decide, new_profile

FP = Fingerprinter()
LETTER = (
    "Stories like mine are why the Creek Alliance asks the Board to overturn the gravel permit. "
    "The creek is worth more to this county running clear than hauled away as aggregate. "
    "Please vote yes on the appeal tonight."
)
STORIES = [
    "My grandfather built a cabin on the creek in 1948 with lumber he milled himself. He said the "
    "creek was the only neighbor who never asked him for anything. I drink from the spring behind "
    "it now, the same water he drank, and I would like my grandchildren to say the same one day.",
    "Our family moved to the hollow in 2016 because our son has severe asthma and needed clean "
    "air. When the applicant ran test trucks for two weeks he was on his nebulizer every night. "
    "We kept a log and sent it to the commission, and we cannot afford to move anywhere else.",
    "I teach fourth grade at the elementary school and every spring I take my class to the creek "
    "for our watershed unit. We count insects under the rocks and test the water, and every year "
    "one child who has never left town sees a crayfish for the first time and screams with joy.",
    "My father drowned in the creek when I was twelve, in the spring flood of 1986, and for years "
    "I could not go near it. When I finally went back as an adult the creek had become a place of "
    "peace rather than grief, and I have walked it almost every week since then.",
    "I have guided fishing trips on this water for nineteen years and my whole living depends on "
    "the steelhead that spawn below the footbridge. Last winter I counted eleven nests in one "
    "riffle, more than I have seen in a decade, and the pit would sit right above them.",
    "We run a small berry farm downstream and irrigate from a shallow well beside the creek. The "
    "hydrology report admits the pit could lower nearby wells by several feet in a dry year, and "
    "a dry year is exactly when our plants need that water the most to survive the heat.",
]
NEW_STORY = (
    "When my wife was dying, the only place she still wanted to go was the bench by the riffle. "
    "I pushed her chair down the gravel path every evening that last summer, and we watched the "
    "herons fish and the light go orange on the water. She made me promise I would keep going "
    "after she was gone, and I have, nearly every evening for three years now, rain or shine. "
    "The neighbors know to look for me there, and some of them sit with me for a while and talk."
)


def _campaign() -> CampaignProfile:
    copies = [f"Dear Supervisors,\n\n{story}\n\n{LETTER}\n\nThank you." for story in STORIES]
    return new_profile(5, [FP.fingerprint(copy) for copy in copies])


def test_a_copy_with_a_long_story_before_the_whole_letter_joins() -> None:
    copy = FP.fingerprint(f"Honorable Supervisors,\n\n{NEW_STORY}\n\n{LETTER}\n\nRegards,\nAl Ng")
    decision = decide(copy, [], [_campaign()])
    assert decision.kind == "form_letter" and decision.campaign_id == 5


def test_a_resident_quoting_two_of_the_letters_sentences_does_not_join() -> None:
    first, second, _ = LETTER.split(". ", 2)
    quoting = FP.fingerprint(f"{NEW_STORY} {first}. {second}.")
    assert decide(quoting, [], [_campaign()]).kind == "unique"


POLICY = (
    "The district submits these comments on the permit and the environmental review behind it. "
    "We have read the hydrology report, the traffic study and the reclamation plan, and each of "
    "them rests on assumptions the record does not support. The traffic study counts trucks on "
    "weekdays only, though the permit allows hauling six days a week. The reclamation plan "
    "promises a restored channel without naming who will pay for it if the operator walks away. "
    "The hydrology report models an average year and says nothing of a drought like the last one, "
    "when three private wells on the hollow road went dry in August. We also note that the "
    "commission denied the same permit in 2019 for the same reasons, and nothing in the "
    "application has changed since then except the name of the company that filed it. "
    "Finally, the county has no bond on file that would cover a failure of the settling ponds, "
    "which sit within the hundred-year floodplain according to its own maps."
)


def test_a_long_letter_quoting_the_whole_letter_inside_its_own_page_does_not_join() -> None:
    page = f"{POLICY}\n\n{LETTER}\n\nThe Millrace Watershed District, Policy Committee"
    assert decide(FP.fingerprint(page), [], [_campaign()]).kind == "unique"
