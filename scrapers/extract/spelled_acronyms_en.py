"""A body's long name holding commas, told with the acronym its initials spell: "the Philippine Atmospheric,
Geophysical and Astronomical Services Administration (PAGASA)", "the Department of Science, Technology and Innovation
(DSTI)". The reader ends a name at its first comma, so such a body was read as pieces ("Geophysical", "Astronomical
Services Administration") and each piece became a party. Where the initials of the name's capitalised words, commas
and all, spell the bracketed acronym right after it, the whole run is one name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# capitalised words joined by spaces, commas and small words, then the acronym in brackets
_SPELLED = re.compile(r"[A-Z][\w’'-]*(?:,?\s+(?:(?:and|of|for|the|on|&)\s+)*[A-Z][\w’'-]*){2,11}\s*\(([A-Z]{3,8})\)")
_WORD = re.compile(r"[A-Z][\w’'-]*")


def spelled_name_end(s: str, start: int) -> int | None:
    """Where the name opening at `start` ends (before its bracketed acronym) when it holds a comma and its capitalised
    words' initials spell that acronym, else None."""
    m = _SPELLED.match(s, start)
    if not m:
        return None
    name = s[start:m.start(1) - 1].rstrip(" (")
    if "," not in name:
        return None  # a name without a comma is read whole already
    if "".join(w[0] for w in _WORD.findall(name)) != m.group(1):
        return None  # "Manila, Cebu and Davao Water Districts (MWD)": places listed, not one name
    return start + len(name)
