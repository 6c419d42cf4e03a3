"""A member body's numbered sitting in Chinese ("黄淮低碳城市联盟第三次市长联席会议", "…协会第二次会员代表大会"): the ordinal "第三次" is
no unknown word of the gathering's name. events.event_names keeps a Chinese name before 会议/大会 only where most of its
words are known (a phrase like "两天会议" is no name); the ordinal is judged apart, so a named body's numbered sitting
is read as the words around it are (docs/collective-pledges.md).

Cheap: a literal "第" and "次" gate the one pattern.
"""
from __future__ import annotations

from typing import Callable

from scrapers import lazy_re as re

# "第三次", "第12次": a sitting's ordinal right after a member body's name (联盟, 协会 ...), the whole name before it in
# Chinese characters: not "第三次会议" alone, nor a government's routine sitting ("市政府第四十五次常务会议")
SESSION_ORDINAL = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:联盟|协会|学会|联合会|商会|网络|伙伴关系)(第[一二三四五六七八九十百\d]+次)"
                             r"(?=[\u4e00-\u9fff]{2,}$)")


def known_past_ordinal(raw: str, known: float, render: Callable[[str], tuple[str, float]]) -> float:
    """The share of `raw`'s words `render` knows, its sitting's ordinal ("第三次") set aside; `known` when it holds
    none."""
    if "第" not in raw or "次" not in raw or not (m := SESSION_ORDINAL.match(raw)):
        return known
    return max(known, render(raw[:m.start(1)] + raw[m.end(1):])[1])
