"""English non-fossil and renewable shares told with the kind before "share" and their later steps (issue 17, the
hundred-second web): "aims to lift the non-fossil share of its energy consumption to 21% by 2025", "will raise its
renewable share of power generation to around 40 percent by 2030", "aims for a non-fossil share of energy consumption
of about 15% by 2025", "targets a clean share of its electricity supply of 60% by 2035"; and the step a plan adds in
the same clause, "... to 13.7% by 2025 and to around 20% by 2030", "... of about 15% by 2025 and about 20% by 2030":
another renewable_share of the same actor, its own year and figure. pledges_en.RAISE_SHARE reads "the share of
renewables in ... to 40 percent by 2030" (the kind after "share of"). And renewables raised to a share of the
actor's own power, the whole after the figure (the ninety-seventh web): "aims to raise renewables to 50 percent of
its power use by 2030", "will increase green power to 40 percent of the electricity it uses by 2028"
(`renewable_raises`).

A verb of raising in its present, infinitive or -ing form, or a verb of aiming (never "raised ... to 20 percent by
2022" nor "reached a non-fossil share of 15%", results), and a target year after "by". Cheap: the literal "share"
gates every pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR

_KIND = r"(?:renewable|renewables|non-fossil|clean|green|carbon-free|zero-carbon)(?:\s+(?:energy|power|fuels?))?\s+share"
_WHOLE = (r"(?:\s+(?:of|in)\s+(?:[\w’'-]+\s+){0,4}?(?:generation|mix|supply|consumption|use|electricity|energy|power|"
          r"demand))?")
_ABOUT = r"(?:(?:about|around|roughly|some|nearly|approximately|more\s+than|over|at\s+least)\s+)?"
# the verbs of raising, present, infinitive or -ing only ("raised ... to 20 percent by 2022" is a result)
_RAISE_CORE = (r"raise|raises|raising|increase|increases|increasing|lift|lifts|lifting|boost|boosts|boosting|bring|brings|"
               r"bringing")
_RAISE = rf"(?:{_RAISE_CORE}|push|pushes|pushing|expand|expands|expanding)"
# "lift the non-fossil share of its energy consumption to 21% by 2025"
RAISE_KIND_SHARE = re.compile(rf"\b{_RAISE}\s+(?:the\s+|its\s+|their\s+)?{_KIND}{_WHOLE}\s+to\s+{_ABOUT}{PCT}\s+by\s+"
                              rf"(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)
# "aims for a non-fossil share of energy consumption of about 15% by 2025", "targets a renewable share of 40% by 2030"
AIM_KIND_SHARE = re.compile(rf"\b(?:aims?\s+for|aiming\s+for|targets?|targeting|seeks?|seeking|plans?\s+for)\s+"
                            rf"(?:a|an)\s+{_KIND}{_WHOLE}\s+of\s+{_ABOUT}{PCT}\s+by\s+(?:the\s+end\s+of\s+)?({YEAR})\b",
                            re.I)
# the later step after a share's "by <year>": "and to around 20% by 2030", "and about 20% by 2030"
STEP = re.compile(rf"\s+by\s+(?:the\s+end\s+of\s+)?({YEAR})\s*,?\s+and\s+(?:to\s+)?{_ABOUT}{PCT}\s+by\s+"
                  rf"(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)


def kind_shares(s: str) -> list[tuple[int, str, dict]]:
    """The renewable shares the sentence pledges with the kind before "share" (start, "renewable_share", fields)."""
    if "share" not in s.lower():
        return []
    return [(m.start(), "renewable_share", {"target_year": int(m.group(3)), "share_pct": float(m.group(2) or m.group(1))})
            for rx in (RAISE_KIND_SHARE, AIM_KIND_SHARE) for m in rx.finditer(s)]


def share_steps(s: str, shares: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """The later steps ("... by 2025 and to around 20% by 2030") of the renewable shares read from the sentence: one
    renewable_share each, its own year and figure, where no share of that year was read already."""
    out: list[tuple[int, str, dict]] = []
    years = {f.get("target_year") for _, k, f in shares if k == "renewable_share"}
    for start, kind, fields in shares:
        if kind != "renewable_share" or not fields.get("target_year"):
            continue
        m = STEP.search(s[start:start + 240])  # (a slice, not pos/endpos: a pattern run often is compiled anew)
        if not m or int(m.group(1)) != fields["target_year"] or int(m.group(4)) in years:
            continue
        later = int(m.group(4))
        years.add(later)
        out.append((start + m.start(2), "renewable_share", {"target_year": later,
                                                            "share_pct": float(m.group(3) or m.group(2))}))
    return out


# renewables raised to a share of the actor's own power: "raise renewables to 50 percent of its power use by 2030"
_SOURCES = r"(?:renewables|(?:renewable|green|clean|carbon-free)\s+(?:energy|power|electricity))"
# "of its power use", "of its electricity consumption", "of the electricity it uses", "of all the power it buys"
_OWN_WHOLE = (r"of\s+(?:all\s+)?(?:its|their|the|the\s+company['’]s|the\s+city['’]s)\s+(?:(?:own|total|overall|global)\s+)?"
          r"(?:electricity|power|energy)(?:\s+(?:use|usage|consumption|needs|demand|supply|purchases)|\s+(?:it|they)\s+"
          r"(?:uses|use|consumes|consume|buys|buy))?")
RAISE_RENEWABLES = re.compile(rf"\b(?:{_RAISE_CORE})\s+(?:its\s+|their\s+)?{_SOURCES}\s+to\s+{PCT}\s+{_OWN_WHOLE}\s+by\s+"
                              rf"(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)


def renewable_raises(s: str) -> list[tuple[int, str, dict]]:
    """The renewable shares of its own power the sentence pledges by raising renewables to a figure (start,
    "renewable_share", fields)."""
    if not re.search(r"renew|green|clean|carbon-free", s, re.I):
        return []
    return [(m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                            "share_pct": float(m.group(2) or m.group(1))})
            for m in RAISE_RENEWABLES.finditer(s)]
