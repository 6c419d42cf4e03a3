"""A pledge told after a colon with its own subject: "It also moves up the City's municipal target: Pittsburgh will now
power its own operations with 100% renewable electricity by 2030", "The report restates the county's goals: Dane
County will cut ...". The owner of "the City's target" before the colon is no name the reader can resolve ("City"),
and the clause after the colon names who pledges; that subject is read, not the goal's owner. A colon followed by the
target alone ("Chicago's goal: 100% renewable power by 2035") keeps the owner.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a clause after the colon that opens on its own subject and a modal or pledge verb
_SUBJECT_VERB = re.compile(r":\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:also\s+|now\s+)?"
                           r"(?:will|would|shall|aims?|plans?|intends?|pledged|pledges|committed|commits|vowed|"
                           r"promised|has\s+(?:pledged|committed|promised))\b")


def new_subject_after_colon(sentence: str, goal_end: int, at: int) -> bool:
    """Whether a colon between a goal's owner (ending at `goal_end`) and the pledge at `at` opens a clause with its
    own subject and verb: the pledge is that subject's, not the owner's."""
    if ":" not in sentence[goal_end:at]:
        return False
    return any(m.end() <= at + 1 for m in _SUBJECT_VERB.finditer(sentence, goal_end, at + 1))
