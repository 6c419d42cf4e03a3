"""Who pledges in a quote: a company's own words with "we" as the subject, attributed after the quote to the person who
leads it ("“We will be carbon neutral by 2040,” said Jane Roe, chief executive of the shipping company Nordwave.",
"“Our group will reach net zero by 2035,” Nordwave chairman John Doe said."). The pledge is the company's, never the
speaker's, and never a place's: a quote attributed to a mayor or a minister is left to the other rules.

Cheap: tried only on a sentence that opens with a quotation mark.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

_TITLE = (r"(?:chief\s+executive(?:\s+officer)?|CEO|chairman|chairwoman|chair|president|managing\s+director|"
          r"executive\s+chair(?:man)?|founder|head)")
# a company's name, which ends the attribution or a clause of it ("..., which is building ...": never "Texas Oil" of
# "Texas Oil and Gas Association")
_NAME = r"([A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*\.?(?:[\s-]+[A-Z][\w&'’-]*(?:\.[A-Z]\.?)*){0,3}?)"
_ORG = _NAME + r"(?=[,;]|\.?\s*$|\.\s|\s+(?:which|who|said|says|added)\b)"
_TRADE = (r"(?:(?:[A-Z][a-z]+\s+)?(?:[\w-]+\s+){0,2}?(?:company|group|firm|utility|bank|lender|carmaker|airline|"
          r"insurer|conglomerate|operator|producer|maker|major|giant|line)\s+)")
# "“We will ...": the quote opens with "we" or "our <company word>" as its subject
WE = re.compile(r"^[“\"‘']\s*(?:We|Our\s+(?:company|group|firm|business|bank|operations))\b")
# "...,” said Jane Roe, chief executive of the shipping company Nordwave."
SAID_HEAD_OF = re.compile(rf"[”\"’']\s*,?\s*(?:said|says|added|told\s+\w+)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}},\s+"
                          rf"(?:the\s+)?(?:[\w-]+\s+)?{_TITLE}\s+(?:of|at)\s+(?:the\s+)?{_TRADE}?{_ORG}")
# "...,” said Nordwave chief executive Jane Roe." / "...,” Nordwave chairman John Doe said."
ORG_HEAD_SAID = re.compile(rf"[”\"’']\s*,?\s*(?:said\s+)?{_NAME}\s+{_TITLE}\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}"
                           rf"(?:\s+(?:said|says|added)\b|[.,]|$)")

# "...,” said Chief Executive Officer Daniel Ortega." / "...,” said Jane Roe, the company's chief executive." / "...,”
# CEO Jane Roe said.": a company's head with no company named, who speaks for the company the story is about
_PERSON = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}"
# (titles only a company's officers carry: a president or a chair may speak for a country or a party)
_CORP_TITLE = r"(?:chief\s+(?:executive|sustainability|financial|operating)(?:\s+officer)?|CEO|managing\s+director)"
_HEAD = rf"(?i:(?:the\s+(?:company['’]s|group['’]s|bank['’]s|firm['’]s)\s+)?{_CORP_TITLE})"
HEAD_ONLY = re.compile(rf"[”\"’']\s*,?\s*(?:(?:said|says|added)\s+{_HEAD}\s+{_PERSON}|(?:said|says|added)\s+{_PERSON},\s+"
                       rf"{_HEAD}|{_HEAD}\s+{_PERSON}\s+(?:said|says|added))\s*\.?\s*$")


def quoted_body(sentence: str, at: int, last_actor: str | None = None) -> list[str]:
    """The company whose head speaks a "we" pledge (at `at`, inside the opening quote), or [] when the speaker leads no
    company the sentence names (or a place). A head named by title alone speaks for `last_actor`, the company that
    pledged just before (never a place)."""
    if not WE.match(sentence):
        return []
    m = SAID_HEAD_OF.search(sentence) or ORG_HEAD_SAID.search(sentence)
    if not m and last_actor and (h := HEAD_ONLY.search(sentence)) and h.start() > at and \
            not gazetteer().find_en(last_actor):
        return [last_actor]
    if not m or m.start() < at:
        return []
    name = m.group(1).rstrip(".").strip()
    if not name or gazetteer().find_en(name) or name.split()[0] in {"The", "A", "An"}:
        return []
    return [name]
