"""A result told in an aside of an English pledge sentence ("Denver, which has cut emissions 20 percent since 2005,
aims to reach carbon neutrality by 2040"): the aside reports what was done, the main clause pledges. The aside is
blanked (same length, so positions stay) before the sentence is read, so its result neither blocks the pledge as a
sentence of results nor reads as a pledge itself. Pure function over one sentence.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# ", which has cut emissions 20 percent since 2005,", ", who have already reduced ...,": a relative clause closed by
# its comma, its verb in the perfect or the past
RESULT_ASIDE = re.compile(r",\s+(?:which|who)\s+(?:has|have|had)?\s*(?:already\s+)?(?:cut|reduced|lowered|achieved|met|"
                          r"halved|peaked|reached)\b[^,;]{0,120},")


def without_result_asides(sentence: str) -> str:
    """The sentence with each relative clause that reports a result blanked (see the module's docstring)."""
    if ", wh" not in sentence:
        return sentence
    return RESULT_ASIDE.sub(lambda m: "," + " " * (len(m.group()) - 2) + ",", sentence)
