"""English signings told by a signer inside a quotation: "'Today we signed an agreement with X that ...,' Governor Y
of Z said at the ceremony on Sept. 12." The first-person "we" stands for the body the speaker speaks for, named in the
attribution after the quote (the place of a governor's or mayor's title, the organisation of "president of ..."), and
the day is the attribution's: the quote's "today" is the day it was said, which a feature may tell long after."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

# the quotation opens on the signer's "we": '"Today we signed', '“We have signed', '"This morning, we inked'
FIRST_PERSON = re.compile(r"\s*[“\"‘']\s*(?:(?:Today|Tonight|This\s+(?:morning|afternoon|evening|week)|Now|Yesterday|"
                          r"Finally)\s*,?\s+)?[Ww]e\s+(?:have\s+|just\s+|also\s+|finally\s+)*|"
                          r"\s*[“\"‘']\s*[Ww]e[’']ve\s+(?:just\s+|also\s+)*")
# the quotation's close and who said it: ',” Governor Ruth Calloway of New Jersey said ...', ',” said Li Wei, ...'
ATTRIBUTION = re.compile(r"[,!?]\s*[”\"’']\s+(?:(?P<before>[^”\"“]{3,160}?)\s+(?:said|says|told|added|announced)\b|"
                         r"(?:said|says|added)\s+(?P<after>[^”\"“;]{3,160}))")
_TODAY = re.compile(r"\b(?:Today|Tonight|This)\b")
_SAID = re.compile(r"\b(?:said|says|told|added|announced)\b")
_WHERE = re.compile(r"\b(?:in|at|near|during|outside|inside|to|on)\s+(?:the\s+)?$")
_OF = re.compile(r"\bof\s+(?:the\s+)?$")
_TITLES = {"Governor": "governor", "Gov.": "governor", "Mayor": "mayor"}


def quoted_speaker(sentence: str, verb_start: int, verb_end: int, entities: list[Entity],
                   principals: dict, parties: list[str]) -> tuple[str, str] | None:
    """The body a quoted "we signed ..." stands for and the attribution's text to read the signing's day from (where
    the quote says "today", the day it was said on is that day), or None when the signing is not told in the first
    person inside a quotation with its speaker named after it."""
    opening = FIRST_PERSON.fullmatch(sentence[:verb_start])
    if not opening:
        return None
    said = ATTRIBUTION.search(sentence, verb_end)
    if not said:
        return None
    when = sentence[said.start():]
    if _TODAY.search(opening.group()):  # "said on Tuesday" is the signing's day, not only the report's
        when = _SAID.sub(" ", when)
    group = "before" if said.group("before") else "after"
    lo, hi = said.span(group)
    # the body of the speaker's title: "Governor Y of Z", "president of Z", "Z Governor Y", not where it was said
    bodies = [e for e in entities if lo <= e.start < hi and e.kind != "person" and
              not _WHERE.search(sentence[lo:e.start])]
    if bodies:
        return next((e for e in bodies if _OF.search(sentence[lo:e.start])), bodies[0]).name, when
    title = re.search(r"\b(Governor|Gov\.|Mayor)\s", sentence[lo:hi])
    if title:  # '..., Mayor Ortiz said': the story's own city, as a signing mayor's is
        who = next((n for n in principals.get(_TITLES[title.group(1)], []) if n not in parties), None)
        if who:
            return who, when
    return None
