"""A target someone advises another to set is no pledge of either (commitments, round 5): "The Climate Change
Committee, the government's independent adviser, recommended that Wales cut emissions 73% by 2035", "The association
urges producers to cut emissions 25% by 2030", "Analysts called on the city to reach net zero by 2040". The adviser
pledges nothing and the one advised has not pledged it; a pledge told before the advice ("Wales will cut ..., as the
committee recommended") or "as recommended by" is left alone.

Cheap: a literal verb stem gates the pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the advising verb, then the advised one and the target ("recommended that Wales cut", "urged the city to")
ADVICE = re.compile(r"\b(?<!as\s)(?:recommend(?:s|ed)?|urg(?:es|ed)|advis(?:es|ed)|suggest(?:s|ed)|call(?:s|ed)\s+on|"
                    r"ask(?:s|ed))\b(?!\s+by\b)", re.I)
# a pledge of the advised one's own between the advice and the target: "urged Wales, which has pledged to ..., to"
OWN_PLEDGE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?:pledged|committed|vowed|promised)\b", re.I)
_STEMS = ("ecommend", "urge", "dvise", "uggest", "called on", "calls on", "asked", "asks")


def advised(sentence: str, at: int) -> bool:
    """True when the target at `at` is what an advising verb before it asks of someone (see the module's
    docstring)."""
    if not any(stem in sentence for stem in _STEMS):
        return False
    verbs = [m for m in ADVICE.finditer(sentence, 0, at)]
    if not verbs:
        return False
    between = sentence[verbs[-1].end():at]
    return not OWN_PLEDGE.search(between) and not re.search(r"[.;]", between)
