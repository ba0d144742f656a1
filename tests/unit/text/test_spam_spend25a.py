"""Session 25 (spend25a): bot posts and shapes the spent sets -24 and -27 showed.

Every text here was written for this file (none copied from a set). Five families: a blog
comment's praise in more languages and with the phrases a bot goes on with; words written one
letter at a time with a mark between them; a stranger's opener asking whose number this is or
saying where the reader was met; a message to a site's admin buying an advert or a post on it,
and a list of people's contacts sold; a text of runs of one symbol or digit, with no letter. Each
with the residents' texts nearest it, which stay residents.
"""

from __future__ import annotations

import pytest

from intake.text.spam.disguise import separated_words
from intake.text.spam.noise import symbol_runs_evidence
from intake.text.spam.ownerpitch import list_sale
from intake.text.spam.settings import SpamSettings
from intake.text.spam.topics import wrong_number
from tests.unit.text.spam_judging import judged

S = SpamSettings()

#: An item and its first comments, so that the rules reading the item have one.
DEPOT = (
    "Ordinance 2026-88: Leasing the former bus depot on Carver Avenue to the county food bank",
    "The food bank has needed a bigger warehouse for years, I support the lease.",
    "Will the trucks use Carver Avenue at night? Our street is already loud.",
    "Please make sure the lease keeps the depot's parking lot open for the farmers market.",
    "I volunteer at the food bank and the current building floods every spring.",
)

SPAM = {
    # blog praise: a praise of a post and a phrase a bot goes on with
    "praise, such content": "Keep posting such content, waiting for your next one.",
    "praise, next one": "Very useful post, can't wait for your next article.",
    "praise, this site": "Nice post, I learn something new every day on this site.",
    "praise, Yiddish": "א גוטער ארטיקל, א דאנק פאר טיילן",
    "praise, Hebrew": "מאמר מעולה, תודה רבה על השיתוף!",
    "praise, Arabic": "مقالة رائعة، شكرا على المشاركة",
    "praise, Polish": "Świetny artykuł, dzięki za udostępnienie!",
    "praise, Indonesian": "Artikel yang bagus, terima kasih sudah berbagi",
    "praise, Hindi": "बहुत अच्छा लेख, शेयर करने के लिए धन्यवाद",
    # letters one at a time
    "dotted loan": "L.o.w  r.a.t.e  p.e.r.s.o.n.a.l  l.o.a.n.s today, w.h.a.t.s.a.p.p us",
    "hyphened cash": "Get f-r-e-e c-a-s-h today, no questions asked",
    "underscored casino": "Best c_a_s_i_n_o b_o_n_u_s in town, sign up now",
    "dotted Cyrillic": "б.ы.с.т.р.ы.е д.е.н.ь.г.и без проверки",
    "starred Spanish": "p*r*é*s*t*a*m*o r*á*p*i*d*o sin buró",
    # a stranger's opener
    "met, told to message": "Hello, is this Mr. Okafor? We met at the wine tasting on Saturday "
    "and you told me to text you about the apartment.",
    "whose number, from the class": "Hey, is this Priya's number? This is Tom from the yoga "
    "class, message me back!",
    "still your number": "Do you still use this number? Text me back, it's Kevin from the gym.",
    "met, Spanish": "¿Eres Marta? Nos conocimos en la boda de Ana, me dijiste que te escribiera.",
    "still your number, French": "Bonjour, c'est toujours ton numéro ? Écris-moi quand tu "
    "peux, c'est Julie.",
    # the site's admin: buying on it, a contact list sold
    "advert bought": "Hi admin, we want to place a sponsored article on your site next month. "
    "What are your rates? Please reply.",
    "backlinks bought": "Dear webmaster, we would like to buy a few backlinks on your website. "
    "Kindly reply.",
    "sponsored post, Spanish": "Hola admin, quiero publicar un artículo patrocinado en su sitio "
    "web. ¿Cuál es su precio? Responda por favor.",
    "contact list sold": "We have a verified contact database of 12,000 food bank directors and "
    "warehouse managers. Reply for pricing and a free sample.",
    # the item's words named: the list's people are the item's ("food bank directors")
    "mailing list sold": "Hello, our updated 2027 mailing list of 9,500 food bank directors is "
    "ready. Let me know and I will send samples and pricing.",
    # symbols
    "symbol runs": "########## $$$$$$$ ++++++",
    "symbol runs 2": "@@@@@@@ &&&&&&& ~~~~~~",
}

RESIDENTS = {
    "thanks for posting": "Thanks for posting the agenda and the staff report so early.",
    "great presentation": "Great presentation by staff last night. I learned a lot about the "
    "lease.",
    "amazing work": "Amazing work, council! Keep it up.",
    "survey link": "Thank you for sharing the survey link, I filled it out.",
    "neighbour's post": "Good post on Nextdoor about this, I learned a lot from the neighbours "
    "there.",
    "learn at meetings": "I always learn something new at these meetings. Please approve the "
    "lease.",
    "next meeting": "Looking forward to the next meeting on this. Thanks for sharing the slides.",
    "gazette": "The article in the Gazette was good. Thanks for sharing it.",
    "turnout": "Such a great turnout last night. Waiting for the next hearing.",
    "Hebrew thanks": "תודה על השיתוף של הדוח. אני תומך בחוזה.",
    "Yiddish thanks": "א דאנק פארן טיילן די אינפארמאציע וועגן דעם באס.",
    "on your website": "Thanks for posting this on your website, it's easier to find than the "
    "old site.",
    "acronyms": "The N.A.A.C.P. and the U.S.A. chapters will R.S.V.P. by 7 p.m., e.g. before "
    "the vote.",
    "spelled name": "My name is Kowalski, that's K-O-W-A-L-S-K-I, and I live on Carver Avenue.",
    "initials": "J.R.R. Tolkien and C.S. Lewis would have opposed this lease. I.e. vote no.",
    "slow down": "Please S-L-O-W D-O-W-N on Carver Avenue, kids cross there at 3 p.m.",
    "lots": "Lots A-B-C-D on the map should be set aside, see Exhibit A.",
    "hi Maria": "Hi Maria, thanks for the meeting last week. We met at the library about the "
    "lease and I still support it.",
    "councilmember": "Is this Councilmember Diaz? We met at the block party last week, you said "
    "to email you about the potholes.",
    "a place asked": "Is this Carver Avenue? The map says so. We met at the corner with the "
    "neighbours last week and we oppose it.",
    "right number": "Is the number on the notice still the right number for the clerk? I called "
    "and nobody answered.",
    "you said": "Mr. Chen, you said to email you about the sidewalk at the last meeting. Here it "
    "is: please fix it.",
    "it's Jessica": "Hi Linda, it's Jessica from the church picnic. I support the lease.",
    "post a comment": "How do I post a comment on your website? The form kept timing out, "
    "please reply.",
    "clerk post": "Hello, could the clerk post the staff report on your website? Let me know "
    "when it's up.",
    "ad in the paper": "Can you put an ad in the paper about the hearing? Your website is hard "
    "to find. Please reply.",
    "mailing list offered": "Our association has a mailing list of 300 neighbors near the depot; "
    "let me know if the county wants us to share the notice.",
    "sample ballot": "The food bank keeps a mailing list of 300 volunteers; let me know if you "
    "want me to send a sample ballot to them.",
    "thumbs": "👍👍👍",
    "astonished": "??????? !!!!!!!",
    "no": "NO!!!!!!",
    "money": "$$$ wasted",
    "many marks": "!!!!!!!!!!!!",
}


@pytest.mark.parametrize("text", SPAM.values(), ids=SPAM.keys())
def test_the_shapes_are_spam(text: str) -> None:
    is_spam, reasons = judged(text, DEPOT)
    assert is_spam, reasons


@pytest.mark.parametrize("text", RESIDENTS.values(), ids=RESIDENTS.keys())
def test_residents_nearest_them_are_not(text: str) -> None:
    is_spam, reasons = judged(text, DEPOT)
    assert not is_spam, reasons


def test_separated_words_leave_acronyms_and_initials() -> None:
    assert separated_words("R.S.V.P. to the N.A.A.C.P. by 5 p.m., e.g. today") == []
    assert separated_words("t.e.x.t me for f-r-e-e l.o.a.n.s") == [
        "t.e.x.t",
        "f-r-e-e",
        "l.o.a.n.s",
    ]


def test_wrong_number_reads_whose_number_and_where_met() -> None:
    assert wrong_number("Hi Sam, is this still your number? Text me back!") is not None
    assert wrong_number("Is this Ana? We met at the gym and you said to call you.") is not None
    assert wrong_number("Is this Ana? We met at the gym.") is None  # one pretext after a name


def test_a_list_sale_needs_a_sample_or_a_price() -> None:
    sold = "Verified email list of 5,000 pastors. I can send you a sample, let me know."
    assert list_sale(sold) is not None
    assert list_sale("We keep an email list of 5,000 members, let me know if useful.") is None


def test_symbol_runs_need_two_runs_and_no_letter() -> None:
    assert symbol_runs_evidence("####### $$$$$$$", S)
    assert not symbol_runs_evidence("#######", S)
    assert not symbol_runs_evidence("####### $$$$$$$ no", S)
