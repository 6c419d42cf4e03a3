"""Years a Chinese pledge sentence states twice or frames as a goal: a year glossed in another calendar, and a target
year led by 以 ("以…为目标").

* Taiwanese texts gloss a year with its ROC (民国) year in brackets, or the other way round: "较2005年（民国94年）减少
  30%", "于民国139年（2050年）达成净零排放". The bracket sits between the base year and the cut, where the figure
  readers (figures_zh) expect the cut to follow the year. The gloss is read away, the Western year kept, and the
  readers' offsets mapped back to the sentence.
* "以2030年温室气体排放量较2005年减少30%作为中期目标", "以2060年实现碳中和为目标": the year after 以 is the target
  the sentence sets (以 X 为/作为 目标), not a base (以2005年为基准, which figures_zh reads as one).
"""
from __future__ import annotations

from typing import Callable

from scrapers import lazy_re as re

# "2005年（民国94年）", "2050年(民國139年)": the Western year, then its ROC gloss; "民国139年（2050年）": the other way
_ROC_AFTER = re.compile(r"(?<=年)\s*[（(]\s*民[国國]\s*\d{2,3}\s*年\s*[）)]")
_ROC_BEFORE = re.compile(r"民[国國]\s*\d{2,3}\s*年\s*[（(]\s*((?:19|20)\d\d)\s*年\s*[）)]")
# a goal 以 frames: "以…作为中期目标", "以…为目标", "以…为努力方向"
_GOAL_AFTER = re.compile(r"(?:作为|为)[^，。；]{0,6}?(?:目标|方向)")


def without_calendar_glosses(s: str) -> tuple[str, Callable[[int], int]]:
    """The sentence with each ROC gloss of a year read away (the Western year kept), and a map from an offset in it
    back to the sentence."""
    if "民" not in s:
        return s, lambda i: i
    kept: list[tuple[int, int]] = []  # (start in s, end in s) of each piece kept
    pos, out = 0, []
    found = [(m, False) for m in _ROC_AFTER.finditer(s)] + [(m, True) for m in _ROC_BEFORE.finditer(s)]
    for m, western_inside in sorted(found, key=lambda f: f[0].start()):
        if m.start() < pos:
            continue
        kept.append((pos, m.start()))
        out.append(s[pos:m.start()])
        if western_inside:  # keep the Western year of "民国139年（2050年）" where the ROC year stood
            year = m.group(1) + "年"
            kept.append((m.start(), -len(year)))
            out.append(year)
        pos = m.end()
    kept.append((pos, len(s)))
    out.append(s[pos:])
    starts: list[tuple[int, int]] = []  # (offset in the new text, offset in s)
    at = 0
    for start, end in kept:
        starts.append((at, start))
        at += -end if end < 0 else end - start

    def back(i: int) -> int:
        """The sentence's offset of the read text's offset i."""
        new, old = max((p for p in starts if p[0] <= i), default=(0, 0))
        return old + (i - new)
    return "".join(out), back


def goal_year_after_yi(s: str, year_start: int, year_end: int) -> bool:
    """Whether the year at s[year_start:year_end] ("2030年") is the target of a goal 以 opens ("以2030年…减少30%作为中期
    目标"): 以 just before it and 为/作为…目标 later in its sentence."""
    return s[max(0, year_start - 1):year_start] == "以" and bool(_GOAL_AFTER.search(s, year_end))
