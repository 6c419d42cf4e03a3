"""English signing sentences that name the instrument's own sides in a "between A and B" phrase ("... signed a
memorandum on Wednesday that opens cooperation between Hawaii and the province", "the agreement between Oregon and
Fujian was signed by Governor X and ..."): a bare "Governor X" or "Mayor Y" in the subject signs for the side of
their kind the phrase already names, never for another place the story mentions elsewhere (a state the delegation
travels on to, a city of a later paragraph). Pure functions."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

# "between Hawaii and the province", "between the State of Oregon and Fujian Province": up to the clause's end
BETWEEN = re.compile(r"\bbetween\s+(?P<sides>(?:the\s+)?[A-Z][^,;.]{1,60}?\s+and\s+(?:the\s+)?[A-Za-z][^,;.]{1,60})")
_KINDS = {"governor": {"state", "province"}, "mayor": {"city"}}


def own_side_named(sentence: str, parties: list[str], title: str) -> bool:
    """Whether the sentence's own "between A and B" already names, among `parties`, a place of the kind a bare
    `title` ("governor", "mayor") governs: that party is the official's side, so no other place of the story is
    added for them (see the module's docstring)."""
    kinds = _KINDS.get(title)
    if not kinds or "between" not in sentence:
        return False
    sides = " ".join(m.group("sides") for m in BETWEEN.finditer(sentence))
    for name in parties:
        place = gazetteer().find_en(name)
        if place and place.kind in kinds and re.search(rf"\b{re.escape(name)}\b", sides):
            return True
    return False
