"""A local body named by its tier alone: "省发改委", "市生态环境局", "区发改委" after the story has named it in full
("福建省发展和改革委员会 … 省发改委负责同志…"; a headline "省发改委与…签署…" over such a body).

The tier word (省, 市, 区, 县) says whose commission or bureau it is: the one of the province or city the story names
with that tier, never a national body whose short name it holds (发改委, the alias of the National Development and
Reform Commission). `tier_names_zh.tier_short_names` maps each such short form a text uses to the body it names in full, where the
text names exactly one body of that tier and kind; `tier_prefixed` tells the entity reader not to read the national
alias inside one (a short form with no full name in the story is then no actor, not the national body).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the kinds of local body a short form names, each with its full and short spellings (the full first)
KINDS = {
    "发改委": "发展和改革委员会|发展改革委员会|发展改革委|发改委",
    "发展改革委": "发展和改革委员会|发展改革委员会|发展改革委|发改委",
    "生态环境厅": "生态环境厅",
    "生态环境局": "生态环境局",
    "能源局": "能源局",
    "商务厅": "商务厅",
    "商务局": "商务局",
}
_TIERS = "省市区县"
# a tier word opening a short form: at the start, after punctuation or a connective (not inside 福建省发改委)
SHORT = re.compile(rf"(?:^|(?<=[，。；：、“”《》（）\s与和及同跟由在对向将]))([{_TIERS}])({'|'.join(KINDS)})")


def tier_prefixed(s: str, i: int) -> bool:
    """Whether the name found at `i` of `s` follows a bare tier word ("省发改委": the province's, not the nation's)."""
    return i > 0 and s[i - 1] in _TIERS and (i == 1 or not re.match(r"[\u4e00-\u9fff]", s[i - 2]) or
                                             s[i - 2] in "与和及同跟由在对向将")
