"""A Chinese headline of two clauses set apart by a space, the way portals title a report ("中国—东盟红树林保护合作研讨会
在湛江举行 我局与马来西亚沙巴州林业局签署合作谅解备忘录"): the space ends a clause as a comma does. Read as one run, the
second clause's signing took its first party from the first clause (the "中国" of an event's name, when the party
before 与 was "我局", which names no one), a party the story never gave.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a space (ASCII or ideographic) between two Chinese clauses: a character or closing mark before, one or an opening
# mark after
_CLAUSE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”》）])[ \u3000]+(?=[\u4e00-\u9fff“《])")


def headline_clauses(title: str | None) -> str | None:
    """The headline with each space between two Chinese clauses read as a comma ("…举行 我局与…签署…" ->
    "…举行，我局与…签署…"); an English headline or one without such a space as it is."""
    if not title or " " not in title and "\u3000" not in title:
        return title
    return _CLAUSE_SPACE.sub("，", title)
