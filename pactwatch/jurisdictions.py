"""The place an actor stands for, read from its name: the jurisdiction resolution folds actors by (a body of a city
is the city's side) and the extractor uses to tell a body's home apart. Split from the gazetteer, which it reads."""
from __future__ import annotations

import re

from pactwatch.gazetteer import CJK, gazetteer


def jurisdiction(name: str) -> str:
    """The place an actor stands for: the place itself, or the one its name opens with or ends on ("Beijing
    Municipal Commission of Development and Reform", "Port of Los Angeles"); else the name."""
    gaz = gazetteer()
    if CJK.search(name):
        # 深圳巴士集团, 美国休斯敦大都会交通局: a Chinese name kept as written stands for the place it opens with
        # (after the country it may name first), so it folds with the English report of the same body
        i = 0
        for k in range(min(8, len(name)), 1, -1):
            p = gaz.find_zh(name[:k])
            if p and p.kind == "country":
                i = k
                break
        for k in range(min(len(name), i + 8), i + 1, -1):
            p = gaz.find_zh(name[i:k])
            if p and p.kind != "country":
                return p.name
        return name
    words = name.split()
    for k in range(min(4, len(words)), 0, -1):
        p = gaz.find_en(" ".join(words[:k]))
        if p and p.kind != "country":
            return p.name
    m = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w.'-]*\s?){1,4})$", name)
    if m and (p := gaz.find_en(m.group(1).strip())) and p.kind != "country":
        return p.name
    return name
