"""A signing "during the visit" a Chinese sentence before dated: "6月8日，…代表团访问我校。访问期间，A与B签署…".

The event anaphors (agreements.EVENT_ANAPHORA: 会议期间, 论坛期间 ...) give a signing the day of the gathering just
told; a visit is no gathering, so "访问期间" had left the signing undated though the sentence before gives the day
the delegation came. A visit's own anaphor opening the sentence does the same for that day.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "访问期间", "来访期间", "此次访问期间", "考察期间" at the head of the sentence (not "访问美国期间": a visit abroad,
# dated by its own sentence)
VISIT_ANAPHOR = re.compile(r"^(?:在|其)?(?:此次|本次|这次)?(?:访问|来访|到访|考察|访华|访美)(?:期间|中)[，,]")


# the sentence before tells the visit, on one day ("6月8日，…代表团访问我校"; not "6月11日至13日…访问辽宁": which of its days
# the signing was is not told)
VISIT_TOLD = re.compile(r"访问|来访|到访|考察|访华|访美|代表团")
DAY_SPAN = re.compile(r"\d\s*日?\s*(?:至|到|—|–|-|－|~)\s*\d")


def during_visit(sentence: str, before: str = "") -> bool:
    """Whether a Chinese sentence opens with "during the visit" and the sentence before tells that visit on one day
    (see the module docstring)."""
    return "期间" in sentence[:12] and bool(VISIT_ANAPHOR.match(sentence.lstrip())) and \
        bool(VISIT_TOLD.search(before)) and not DAY_SPAN.search(before)
