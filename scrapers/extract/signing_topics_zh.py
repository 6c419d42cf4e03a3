"""A signing a Chinese clause talks about rather than reports: "是次签署谅解备忘录标志着双方合作的新里程", "此次签署合作
备忘录意味着两市合作进入新阶段", "这次签约是…".

The signing is the topic of the clause, named by a deictic (是次, 此次, 这次, 本次, 今次, 该次, 此番) and followed by
what it means (标志着, 意味着, 是, 为, 将, 体现, 表明, 有助于, 开启, 具有 …). It is the agreement the story told before,
so the clause reports none; read as a report, its missing subject was taken from the clause before ("香港与新西兰都致力
推动…，是次签署…": two who both strive for something, no parties to anything).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the deictic just before the verb ("是次签署", "此次的签约")
_THIS = re.compile(r"(?:是次|此次|这次|本次|今次|该次|此番|这一次)(?:的)?\s*$")
# what the signing is said to mean, after its instrument: a predicate on the signing, not its object
_MEANS = re.compile(r"^[^，。；]{0,16}?(?:标志着|意味着|表明|体现了?|彰显|有助于|有利于|开启|翻开|具有|是|为|将为|将进一步|"
                    r"对于|对)")


def signing_as_topic(before: str, after: str) -> bool:
    """Whether the signing verb between `before` and `after` (its clause split at the verb) is the topic of a remark
    on an agreement already told ("是次签署谅解备忘录标志着…"), not a signing reported."""
    return bool(_THIS.search(before) and _MEANS.match(after))
