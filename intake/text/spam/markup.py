"""Round 13: templates and link markup that a person typing into a comment form does not write.

Two shapes of text pasted by a posting tool, read on the whole body:

* **A spin template left unexpanded with one set of three or more alternatives**
  ("{Great|Awesome|Nice} post"). Round 9 counts two or more sets of any size
  (:func:`intake.text.spam.disguise.spintax`); a tool that failed to expand a template with
  one set of three is as plain a sign. Two alternatives in braces are left alone ("{yes|no}"
  could be a coder's aside).
* **A Markdown link to a site's front page the comment does not name**
  ("[lawn mower parts](https://mowerparts.example)"). Round 5 reads HTML and forum markup
  (``<a href>``, ``[url=]``) at 0.7; Markdown is also what residents use when they paste from a
  chat or a notes app, so it is weaker and only for a link that sends the reader to a front
  door (not a citation of a report, an article or a petition page; not a site the text names;
  not an allowed domain): "[staff report](https://city.example.gov/…/report.pdf)" and "[our
  association](https://riverbendtenants.org)" from "Riverbend Tenants" are residents'.
"""

from __future__ import annotations

import regex

from intake.text.spam.disguise import SPINTAX_MIN, spintax
from intake.text.spam.evidence import Evidence
from intake.text.spam.links import find_links, host_allowed, is_citation
from intake.text.spam.linkshape import is_front_page, named_site
from intake.text.spam.settings import SpamSettings

#: One set of three or more alternatives in braces, each at most 60 characters.
_SPIN_SET_RE = regex.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{1,60}){2,}\}")
#: Weight of an unexpanded template: noise, as round 9's two sets (``placeholder_weight``).
SPIN_WEIGHT = 0.75
#: A Markdown link: anchor text in brackets, then the target in parentheses.
_MARKDOWN_RE = regex.compile(r"\[([^\[\]\n]{1,120})\]\(\s*<?([^\s()<>]{4,512})>?\s*\)")
#: Weight of a Markdown link to an unnamed front page: with the link's own and the unnamed
#: front page's (0.15, 0.25) 0.65, under the threshold; one more sign reaches it.
MARKDOWN_WEIGHT = 0.45


def spin_set_evidence(prose: str) -> list[Evidence]:
    """One unexpanded set of three or more alternatives (two sets are round 9's signal)."""
    if "|" not in prose or "{" not in prose or spintax(prose) >= SPINTAX_MIN:
        return []
    found = _SPIN_SET_RE.search(prose)
    if found is None:
        return []
    detail = f"placeholder: a spin template left unexpanded ({found.group()[:40]!r})"
    return [Evidence(SPIN_WEIGHT, detail, noise=True)]


def markdown_links(body: str, prose: str, s: SpamSettings) -> list[str]:
    """Hosts of Markdown links to a front page outside the allowed domains that the text
    (``prose``: the body without its links, which spell their own hosts) does not name."""
    if "](" not in body:
        return []
    hosts = []
    for match in _MARKDOWN_RE.finditer(body):
        for link in find_links(match.group(2)):
            if link.is_email or host_allowed(link.host, s.allowed_domains):
                continue
            if is_citation(link) or not is_front_page(link) or named_site(link.host, prose):
                continue
            hosts.append(link.host)
    return hosts


def markdown_link_evidence(body: str, prose: str, s: SpamSettings) -> list[Evidence]:
    """A Markdown link that sends the reader to a front door the comment never names."""
    hosts = markdown_links(body, prose, s)
    if not hosts:
        return []
    detail = f"links: {len(hosts)} in Markdown to a front page the text does not name ({hosts[0]})"
    return [Evidence(MARKDOWN_WEIGHT, detail)]
