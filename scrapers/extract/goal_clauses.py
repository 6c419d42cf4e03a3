"""Peak and neutrality named together as a field of work ("推进碳达峰碳中和各项工作", "efforts to peak carbon emissions
and achieve carbon neutrality"), then ONE of them given a year in a clause of its own ("，力争2030年前实现碳达峰",
", and strives to hit its carbon peak before 2030"): the year is that goal's, not the other's.

The readers of a peak or neutrality (figures_zh.zh_pledges, pledge_forms_read_en.en_pledges) take a year found after a
mention; a year in a later clause that names only the other goal is not this mention's.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_PEAK = re.compile(r"碳达峰|达峰|排放峰值|\bpeak", re.I)
_NEUTRAL = re.compile(r"碳中和|净零|碳净零|气候中和|\bcarbon[- ]neutral|\bclimate[- ]neutral|\bnet[- ]zero", re.I)
_BREAK = re.compile(r"[，,；;]")
_CLAUSE_END = re.compile(r"[，,；;。]|\.(?:\s|$)")


def other_goals_year(s: str, mention_end: int, year_at: int, kind: str) -> bool:
    """Whether the year at `year_at` lies in a later clause (after a comma or semicolon following the mention that
    ends at `mention_end`) which names the other goal and not this one (`kind`: "emissions_peak" or
    "carbon_neutrality"): then the year is the other goal's, and this mention has none of its own there."""
    if year_at < mention_end:
        return False
    breaks = [m.end() for m in _BREAK.finditer(s, mention_end, year_at)]
    if not breaks:
        return False
    end = _CLAUSE_END.search(s, year_at)
    clause = s[breaks[-1]:end.start() if end else len(s)]
    own, other = (_NEUTRAL, _PEAK) if kind == "carbon_neutrality" else (_PEAK, _NEUTRAL)
    return bool(other.search(clause)) and not own.search(clause)


def year_position(s: str, year: int, after: int) -> int:
    """Where `year` is written first at or after `after` (-1 if not): the place of a year a reader returned."""
    return s.find(str(year), after)
