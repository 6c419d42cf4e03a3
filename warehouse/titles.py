"""Do two reports' instrument titles name two instruments? 《中欧气候变化联合声明》 (2015) and 《中欧领导人气候变化和
清洁能源联合声明》 (2018), or 《中美应对气候危机联合声明》 and 《关于加强合作应对气候危机的阳光之乡声明》, are two
statements of the same sides, however alike their sides, kinds and (missing) dates; 《阳光之乡声明》 and the full
title, 《碳排放交易合作谅解备忘录》 and 《关于加强碳排放交易合作的谅解备忘录》, or 美中… and 中美…, are one.

Only Chinese titles are compared: a Chinese report quotes an instrument's title in 《》 as issued, while an English
one often names it by a nickname ("the Under2 MOU" is the Subnational Global Climate Leadership MOU), and a Chinese
and an English title say nothing of each other. What one title has beyond the two titles' longest common
subsequence, less filler (关于, 加强, 合作, 的, 备忘录 ...) and less what the other has out of order (中美 / 美中), is
its own part: two titles differ when both have one, or one has a long one (four characters: 领导人 … 清洁能源 of the
2018 statement); never when one holds the other. A short extra (元首 of 中美元首气候变化联合声明) is taken as one
title written more or less fully.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from pactwatch.gazetteer import CJK

# words a title may carry or drop without naming another instrument
ZH_FILLER = ("关于", "加强", "深化", "推进", "进一步", "共同", "合作", "框架", "领域", "方面", "双方", "两国", "之间",
             "谅解", "备忘录", "协议", "协定", "意向书", "联合", "的", "和", "与", "及", "在")
EN_FILLER = {"on", "the", "of", "and", "to", "for", "in", "a", "an", "joint", "enhancing", "enhance", "cooperation",
             "between", "framework", "further", "strengthening", "strengthen", "mou", "memorandum", "understanding",
             "agreement", "letter", "intent", "accord", "pact"}


def _norm(title: str) -> str:
    t = unicodedata.normalize("NFKC", title).casefold()
    return re.sub(r"[\s《》〈〉<>\"'“”‘’\-–—·・:：,，、.()（）]+", " " if not CJK.search(t) else "", t).strip()


def _lcs_rest(a: list[str], b: list[str]) -> tuple[list[list[str]], list[list[str]]]:
    """The runs of `a` and of `b` outside one longest common subsequence of the two."""
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    ra: list[list[str]] = [[]]
    rb: list[list[str]] = [[]]
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and a[i] == b[j]:
            ra.append([])
            rb.append([])
            i, j = i + 1, j + 1
        elif j >= m or (i < n and dp[i + 1][j] >= dp[i][j + 1]):
            ra[-1].append(a[i])
            i += 1
        else:
            rb[-1].append(b[j])
            j += 1
    return [r for r in ra if r], [r for r in rb if r]


def _rest(runs: list[list[str]], zh: bool) -> Counter:
    """What of the runs is no filler: characters (Chinese) or words (English), counted."""
    if zh:
        text = "|".join("".join(r) for r in runs)
        for w in ZH_FILLER:
            text = text.replace(w, "|")
        return Counter(text.replace("|", ""))
    return Counter(w for r in runs for w in r if w not in EN_FILLER)


@lru_cache(maxsize=1 << 14)
def titles_differ(a: str | None, b: str | None) -> bool:
    """Two Chinese titles that name two instruments (see the module's docstring); False where either is missing or
    not Chinese, or one holds the other."""
    if not a or not b:
        return False
    na, nb = _norm(a), _norm(b)
    zh = bool(CJK.search(na))
    if not zh or not CJK.search(nb) or na in nb or nb in na:
        return False  # English titles are often nicknames: never compared
    ta, tb = (list(na), list(nb)) if zh else (na.split(), nb.split())
    ra, rb = _lcs_rest(ta, tb)
    rest_a, rest_b = _rest(ra, zh), _rest(rb, zh)
    # what both have out of order (中美 / 美中, "U.S.-China" / "China-U.S.") is no own part
    own_a, own_b = sum((rest_a - rest_b).values()), sum((rest_b - rest_a).values())
    long_one = 4 if zh else 2
    return bool(own_a and own_b) or max(own_a, own_b) >= long_one
