"""Chinese sentences that forecast rather than pledge: "环保局预计，2025年全市太阳光电装置容量将达1.5GW，再生能源发电占比
可望提高至15%", "运输署预计，到2027年全港电动巴士数目可增至约七百辆". What someone expects to happen is no one's target,
unless the sentence also pledges in a word of its own (承诺, 目标, 力争, 确保, 宣布…).
"""
from __future__ import annotations

from scrapers import lazy_re as re

FORECAST = re.compile(r"预计|预估|预期|可望|有望")
FIRM = re.compile(r"承诺|目标|力争|力拚|争取|确保|宣布|宣示|致力|提出")


def forecast_only(sentence: str) -> bool:
    """Whether a Chinese sentence forecasts a figure and pledges none (cheap: most sentences hold no 预/望)."""
    if "预" not in sentence and "望" not in sentence:
        return False
    return bool(FORECAST.search(sentence)) and not FIRM.search(sentence)
