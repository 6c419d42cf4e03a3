"""Short forms under which Australian states and Canadian provinces name themselves and their federal partner in
their own releases: "NSW" (New South Wales), "Qld" (Queensland), "B.C." (British Columbia), "P.E.I." (Prince Edward
Island), and "the Commonwealth" / "the Commonwealth Government" for Australia's federal government in a story about
an Australian state.

The abbreviations are the states' and provinces' own standard ones (Australia Post, Canada Post); those that are also
words or other places' codes (WA for Washington, SA, ACT, NT, Vic, Tas; BC without its dots, ON, QC) are left out.
"The Commonwealth" is Australia only where the story names an Australian state or Australia: elsewhere it is the
Commonwealth of Nations or a US commonwealth ("the Commonwealth of Massachusetts" stays with regions_en).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a state's or province's own abbreviation -> its name
SHORT_FORMS = {"NSW": "New South Wales", "Qld": "Queensland", "QLD": "Queensland", "B.C.": "British Columbia",
               "P.E.I.": "Prince Edward Island"}
_SHORT = re.compile(r"(?<![\w.-])(NSW|Qld|QLD|B\.C\.|P\.E\.I\.)(?![\w-])")
# Australia's states and territories by name (a story about one of them calls the federal government "the
# Commonwealth")
_AUSTRALIAN = re.compile(r"\b(?:Australia|Australian|New South Wales|NSW|Queensland|Qld|Victoria|Tasmania|"
                         r"Northern Territory|Australian Capital Territory)\b")
# "the Commonwealth", "the Commonwealth Government": not the Commonwealth of <a state or Nations>, nor a Commonwealth
# body named by its field (Bank, Games, Secretariat, Scientific and Industrial Research Organisation)
_COMMONWEALTH = re.compile(r"(?<=\bthe\s)Commonwealth(?:\s+[Gg]overnment)?(?!\s+(?:of|[A-Z]))(?![\w-])")


def region_short_forms(text: str) -> dict[str, str]:
    """Surface -> canonical name for the short forms a state's or province's release uses: "NSW" -> "New South
    Wales", "the Commonwealth" -> "Australia" (only in a story that names Australia or one of its states), so the
    state and its federal partner are read as actors."""
    out = {m.group(1): SHORT_FORMS[m.group(1)] for m in _SHORT.finditer(text)}
    for surface, name in list(out.items()):
        for gov in (" Government", " government"):  # "the NSW Government": the state itself, as regions_en reads it
            if surface + gov in text:
                out[surface + gov] = name
    if "Commonwealth" in text and _AUSTRALIAN.search(text):
        out.update({m.group(): "Australia" for m in _COMMONWEALTH.finditer(text)})
    for surface, name in list(out.items()):
        for mark in "'’":  # "the NSW Government's objective", "the Commonwealth's share": the same actor
            if surface + mark + "s" in text:
                out[surface + mark + "s"] = name
    return out
