"""A coalition, alliance, network or consortium founded by several bodies, in English: how a university's or an NGO's
news tells the founding of a body of which they are members, and who its founders are.

* "A and B on Tuesday announced the formation of the X Coalition": read as "A and B on Tuesday launched the X
  Coalition" (a founding announced is a partnership launched; "announced plans for" is not).
* "A and 12 other universities from the United States, Canada and Mexico on Tuesday announced the formation of the X
  Coalition" + "The founding members of the coalition are A, B, ... and M.": the founders are the ones the second
  sentence names, read as "A, B, ... and M on Tuesday launched the X Coalition"; the first sentence names one of them
  and the countries the others come from, no parties (it is left as it was: no signing).
* "the X Research Network", "the X Consortium" named after "the": an instrument of partnership, as an Alliance is.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_BODY_HEAD = r"(?:Coalition|Alliance|Network|Consortium)"
_BODY = rf"(?:[A-Z][\w'’.-]*\s+){{1,6}}{_BODY_HEAD}"
# "the Zero-Emission Freight Research Network", "the Midwest Carbon Consortium": a partnership the page names
NAMED_BODY = re.compile(rf"(?-i:(?<=\bthe\s)(?:[A-Z][\w'’.-]*\s+){{1,6}}(?:Network|Consortium))\b")
FORMATION = re.compile(rf"\bannounced\s+the\s+(?:formation|creation|founding|establishment|launch)\s+of\s+"
                       rf"(?:the\s+|a\s+new\s+)(?P<body>{_BODY})\b")
# "A and 12 other leading research universities ...": the rest of the founders are not named here
OTHERS = re.compile(r"\band\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several)\s+"
                    r"other\s+(?:[\w-]+\s+){0,3}?(?:universities|colleges|institutions|institutes|organi[sz]ations|"
                    r"cities|groups|think\s+tanks|NGOs|foundations|members)\b")
# "The founding members of the coalition, known as UC3, are A, B and C."
MEMBERS = re.compile(r"^The\s+(?:founding|charter|inaugural|first)\s+members\s+(?:of\s+the\s+(?:new\s+)?"
                     r"(?:coalition|alliance|network|consortium|group)\s*(?:,\s+(?:known|dubbed|called)\s+(?:as\s+)?"
                     r"[^,]{1,40},\s+)?)?(?:are|were|include|included)\s+(?P<list>.+?)\.?$")
WHEN = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]+\s+\d{1,2})\b")
LAUNCHED = re.compile(rf"\blaunched\s+the\s+(?P<body>{_BODY})\b")


def formed_body_sentence(sentence: str, before: str) -> str:
    """The sentence as the signing rules read it: a founding announced by its named founders as a launch, a list of
    founding members after a founding as those members launching the body (with the day the founding sentence
    gives); else the sentence itself."""
    if "formation" in sentence or "creation" in sentence or "founding" in sentence or "establishment" in sentence \
            or "announced the launch" in sentence:
        m = FORMATION.search(sentence)
        if m and not OTHERS.search(sentence, 0, m.start()):
            return f"{sentence[:m.start()]}launched the {m.group('body')}{sentence[m.end():]}"
    if "members" in sentence and (m := MEMBERS.match(sentence)):
        told = FORMATION.search(before) or LAUNCHED.search(before)
        if told:
            when = WHEN.search(before)
            return f"{m.group('list')}{' ' + when.group() if when else ''} launched the {told.group('body')}."
    return sentence
