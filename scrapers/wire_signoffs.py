"""A wire service's lines around its story, never the story: the sign-off ("Enditem/ls", "ENDITEM/AW", "Enditem"), the
reporter credit in brackets that precedes it ("(By Chen Yu-hsuan)", "(By Lin Chia-hui and Wu Kuan-ting)") and the
update stamp printed as its own line ("04/21/2026 05:21 PM", "2026/04/21 17:21"). Taiwan's English wires and the
desks that copy their style print them so. Pure functions over one text line (scrapers/chrome_lines.py drops them).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_SIGNOFF = re.compile(r"^\s*end\s?item\s*(?:/\s*[A-Za-z]{1,8}(?:\s*/\s*[A-Za-z]{1,8})?)?\s*\.?$", re.I)
# "(By Chen Yu-hsuan)", "(By Lin Chia-hui and Wu Kuan-ting)", "(By Chen Yu-hsuan, Wu Kuan-ting)": names only
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,3}"
_CREDIT = re.compile(rf"^\s*\(\s*By\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME}){{0,3}}\s*\)\s*$")
# a line of only a day and a time: "04/21/2026 05:21 PM", "2026/04/21 17:21", "2026-04-21 17:21:05"
_STAMP = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")


def wire_signoff(line: str) -> bool:
    """Whether a text line is a wire's sign-off, its bracketed reporter credit or a bare day-and-time stamp: the
    wire's furniture around the story, which no record may be read from (and a checker of the text must not see)."""
    if len(line) > 80:
        return False
    return bool(_SIGNOFF.match(line) or _CREDIT.match(line) or _STAMP.match(line))
