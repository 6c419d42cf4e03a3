"""A signing told as a noun with its signers after "by", as Hong Kong and Singapore government releases write a
ceremony: "Mr Tse and Ms Zhang witnessed the signing of the Agreement on ... by the Environment and Ecology Bureau and
the Shenzhen Municipal Bureau of Ecology and Environment". The signers after "by" are the parties (as after "was
signed by"); the witnesses in the subject are not. A witnessing still to come ("will witness the signing of") tells
no signing.
"""
from __future__ import annotations

from scrapers import lazy_re as re


# the signing told as a noun with its signers after "by": "witnessed the signing of the Agreement on X by A and B"
_NOMINAL_BY = re.compile(r"[^.;]{0,160}?\s(?:by|between)\s", re.S)
# a witnessing yet to happen: "will witness the signing of", "are to witness", "plans to attend the signing of"
_TO_COME = re.compile(r"\b(?:will|would|shall|to|may|might)\s+(?:\w+\s+){1,2}$", re.I)


def witnessed_by(sentence: str, nominal: re.Match | None, inst_end: int) -> bool:
    """Whether a signing told as a noun ("the signing of the Agreement on ...") names its signers after "by" (as "was
    signed by" does): "Mr Tse and Ms Zhang witnessed the signing of the Agreement ... by the Bureau and the Shenzhen
    bureau" - the signers are the parties, the witnesses in the subject are not."""
    if nominal is None or _TO_COME.search(sentence[max(0, nominal.start() - 40):nominal.start()]):
        return False  # "will witness the signing of ... by A and B": still to come
    m = _NOMINAL_BY.match(sentence, inst_end)
    return bool(m and m.group().rstrip().endswith("by"))
