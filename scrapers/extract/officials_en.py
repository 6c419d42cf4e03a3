"""A governor or mayor the story first names with the place they govern ("California Governor Edmund G. Brown Jr.",
"Houston Mayor Sylvester Turner") and later by title and surname alone ("Governor Brown", "Mayor Turner"): the later
mention stands for that place, as the text itself said.

Only the place written right before the title counts (the official's own), only a state or province for a governor
and a city for a mayor, and a surname two such officials share settles nothing.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

_TITLES = {"Governor": {"state", "province"}, "Mayor": {"city"}}
# "<Place> Governor <Given> [<Initial>.] <Surname> [Jr.]": up to three capitalised words for the place
OWN_OFFICIAL = re.compile(r"\b((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(Governor|Gov\.|Mayor)\s+"
                          r"((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){0,3})(?:,?\s+(?:Jr|Sr)\.?)?")


def named_officials(text: str) -> dict[str, str]:
    """"Governor Brown" -> "California" where the story named "California Governor Edmund G. Brown Jr." (see the
    module's docstring): title and surname -> the place's canonical name."""
    if "Governor" not in text and "Mayor" not in text and "Gov." not in text:
        return {}
    found: dict[str, set[str]] = {}
    for m in OWN_OFFICIAL.finditer(text):
        words = m.group(1).split()
        place = next((p for k in range(len(words)) if (p := gazetteer().find_en(" ".join(words[k:])))), None)
        names = [w for w in m.group(3).split() if w not in ("Jr", "Sr")]
        title = "Mayor" if m.group(2) == "Mayor" else "Governor"  # "California Gov. Gavin Newsom": a governor
        if place is None or place.kind not in _TITLES[title] or len(names) < 2 or len(names[-1]) < 3:
            continue
        found.setdefault(f"{title} {names[-1]}", set()).add(place.name)
    return {key: next(iter(places)) for key, places in found.items() if len(places) == 1}
