"""A company's or city's own power told as renewables raised to a share of it (issue 17, the ninety-seventh web): "aims
to raise renewables to 50 percent of its power use by 2030", "plans to bring renewable energy to 60% of its
electricity consumption by 2030", "will increase green power to 40 percent of the electricity it uses by 2028". The
renewables are the object of the verb and the whole they are a share of follows the figure ("of its power use");
pledges_en.RAISE_SHARE reads the same pledge told with "the share of renewables ... to 50 percent".

A verb of raising in its present, infinitive or -ing form only (never "raised renewables to 20 percent ... in 2023", a
result) and a target year after "by". Cheap: the literal "renew"/"green"/"clean" gates the pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR

_VERB = r"(?:raise|raises|raising|increase|increases|increasing|lift|lifts|lifting|boost|boosts|boosting|bring|brings|bringing)"
_SOURCES = r"(?:renewables|(?:renewable|green|clean|carbon-free)\s+(?:energy|power|electricity))"
# "of its power use", "of its electricity consumption", "of the electricity it uses", "of all the power it buys"
_WHOLE = (r"of\s+(?:all\s+)?(?:its|their|the|the\s+company['’]s|the\s+city['’]s)\s+(?:(?:own|total|overall|global)\s+)?"
          r"(?:electricity|power|energy)(?:\s+(?:use|usage|consumption|needs|demand|supply|purchases)|\s+(?:it|they)\s+"
          r"(?:uses|use|consumes|consume|buys|buy))?")
RAISE_RENEWABLES = re.compile(rf"\b{_VERB}\s+(?:its\s+|their\s+)?{_SOURCES}\s+to\s+{PCT}\s+{_WHOLE}\s+by\s+"
                              rf"(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)


def renewable_raises(s: str) -> list[tuple[int, str, dict]]:
    """The renewable shares of its own power the sentence pledges by raising renewables to a figure (start,
    "renewable_share", fields)."""
    if not re.search(r"renew|green|clean|carbon-free", s, re.I):
        return []
    return [(m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                            "share_pct": float(m.group(2) or m.group(1))})
            for m in RAISE_RENEWABLES.finditer(s)]
