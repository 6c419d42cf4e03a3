"""A company's unit told by the company's possessive (English): "Toyota Motor Corp's China unit signed ... with Haima
Automobile", "Siemens' Chinese subsidiary", "BP's India arm". The entity reader glued the possessive to the next
capitalised word ("Toyota Motor Corp's China") or found no signer at all; a wire story names the parent for its unit
as the development webs' golds accept. The phrase is read as the company: the sentence is read with the company's
name in its place.

Precision first: the company must be one the alias data knows or one whose name ends in a company's head word
(Corp, Group, Co ...), and the unit one of unit, arm, subsidiary, affiliate, division, business after at most one
place or market word; otherwise the sentence is left as it is.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_UNIT = re.compile(r"\b(?P<co>(?:[A-Z][\w&.-]*\s){0,4}[A-Z][\w&.-]*)(?:['’]s|['’])\s+"
                   r"(?:(?:China|Chinese|Asia|Asian|Asia-Pacific|Japan|Japanese|India|Indian|Korean|European|US|U\.S\.|"
                   r"American|local|domestic|overseas|international|renewables?|hydrogen|energy|power)\s+)?"
                   r"(?:unit|arm|subsidiary|affiliate|division|business)\b")
_COMPANY_END = re.compile(r"\b(?:Corp|Corporation|Group|Co|Company|Inc|Ltd|Limited|Holdings|Motors?|Energy|Power|AG|SE|SA|plc)\.?$")


def with_parent_companies(sentence: str) -> str:
    """The sentence with each "<Company>'s <market> unit" read as the company (see the module)."""
    if "'" not in sentence and "’" not in sentence:
        return sentence
    from scrapers.extract.orgs import aliases

    def parent(m: re.Match) -> str:
        co = m.group("co")
        if co.split()[0] in {"The", "A", "An"}:
            co = co.split(" ", 1)[1] if " " in co else co
        if aliases().find_en(co) or _COMPANY_END.search(co):
            return m.group()[:m.start("co") - m.start()] + co
        return m.group()
    return _UNIT.sub(parent, sentence)
