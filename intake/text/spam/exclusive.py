"""Session 27 (spend27b): an investment offered as a secret, by referral only.

The investment lure in a neighbour's voice tells how the writer or a relative made money (a
solar fund paying "a fixed 14% a year", a stock group whose "收益已经把短租的缺口补上了", "20%
kada buwan ang balik"), then why the reader has not heard of it: the manager "only takes people
by referral", "Hindi sila nag-a-advertise, referral lang", "名额有限". The secret is the hook:
it makes the reader act before asking anyone. A resident who argues about a project's returns
names no door kept shut; one who recommends a trade they trust does not invest the reader's
money; one who reports such a pitch names it a scam or warns (not read).

Read: a word of investing or of returns, and access kept to referrals, to slots that are
limited, or to a manager who does not advertise, in the languages comments come in; with a sum
or a percentage, or an invitation to ask for it.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.solicit import money
from intake.text.spam.upfront import reports_a_scam

#: Access kept shut: referrals only, slots limited, no advertising (present tense: "the meeting
#: was not advertised" is a resident's complaint, not a door).
_SECRET_RE = regex.compile(
    r"(?i:(?:only|just)\s+(?:takes?|accepts?|works?\s+with|lets?\s+in)\s+(?:\w+\s+){0,2}?"
    r"(?:by|through|via|on)\s+(?:a\s+)?referrals?|referrals?\s+only|by\s+referral\s+only"
    r"|only\s+(?:by|through|via)\s+(?:a\s+)?referral|(?:does\s*n[o']t|do\s*n[o']t|never)\s+advertise"
    r"|limited\s+(?:spots|slots|seats|places|spaces)|(?:spots|slots|places)\s+are\s+limited"
    r"|referral\s+lang|hindi\s+(?:sila|siya)\s+nag-?a?-?advertise|limitado\s+ang\s+(?:slot|slots)"
    r"|solo\s+(?:por|con)\s+(?:referencia|recomendaci[oó]n)|cupos\s+limitados|plazas\s+limitadas"
    r"|no\s+(?:se\s+)?anuncia[n]?|uniquement\s+sur\s+recommandation|places\s+limit[ée]es"
    r"|s[oó]\s+por\s+indica[cç][aã]o|vagas\s+limitadas|ch[iỉ]\s+nh[aậ]n\s+(?:qua\s+)?gi[oớ]i\s+thi[eệ]u"
    r"|kh[oô]ng\s+qu[aả]ng\s+c[aá]o|s[oố]\s+l[uư][oợ]ng\s+c[oó]\s+h[aạ]n|su[aấ]t\s+c[oó]\s+h[aạ]n)"
    r"|不做广告|不做廣告|不打广告|不打廣告|只接熟人|熟人介绍|熟人介紹|名额有限|名額有限"
    r"|소개로만|지인\s*소개로만|광고를?\s*(?:안|하지\s*않)|인원\s*제한|선착순"
)
#: Investing or its returns.
_INVEST_RE = regex.compile(
    r"(?i:(?<!\p{L})(?:invest\w*|returns?|profits?|dividends?|fund|stocks?|crypto\w*|bitcoin"
    r"|nag-?i-?invest|kumita|balik|tubo|inversi\w*|invert\w*|rendimiento\w*|ganancias?"
    r"|investiss\w*|rendement\w*|investimento\w*|lucro\w*|đ[aầ]u\s+t[uư]|l[oợ]i\s+nhu[aậ]n)"
    r"(?!\p{L}))|理财|理財|美股|股票|收益|投资|投資|基金|투자|수익|주식|코인"
)
#: An invitation to ask for it (to write, to be added, to look the writer or the manager up).
_ASK_RE = regex.compile(
    r"(?i:(?<!\p{L})(?:send\s+a\s+(?:note|message)|message\s+me|dm\s+me|contact|reach\s+out"
    r"|if\s+you(?:['’]re|\s+are)\s+interested|hanapin|search|look\s+(?:him|her|them)\s+up"
    r"|escr[ií]b\w*|cont[aá]ct\w*|li[eê]n\s+h[eệ])(?!\p{L}))|加我|加微信|想进群|想進群|연락|카톡"
)
#: Weight of the secret investment: spam alone.
SECRET_WEIGHT = 0.7


def secret_investment_evidence(prose: str) -> list[Evidence]:
    """An investment whose access is kept secret, with a sum, a percentage or an invitation to
    ask; not in a text that names a scam or warns (see the module)."""
    secret = _SECRET_RE.search(prose)
    if secret is None or _INVEST_RE.search(prose) is None:
        return []
    if not money(prose) and _ASK_RE.search(prose) is None:
        return []
    if reports_a_scam(prose):
        return []
    detail = f"lure: an investment kept to referrals ({secret.group()[:40]!r})"
    return [Evidence(SECRET_WEIGHT, detail)]
