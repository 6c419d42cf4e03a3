"""A wire service's lines around its story, never the story: the sign-off ("Enditem/ls", "ENDITEM/AW", "Enditem"), the
reporter credit in brackets that precedes it ("(By Chen Yu-hsuan)", "(By Lin Chia-hui and Wu Kuan-ting)") and the
update stamp printed as its own line ("04/21/2026 05:21 PM", "2026/04/21 17:21"). Taiwan's English wires and the
desks that copy their style print them so. Also the filing line, under the headline or after the story: who filed the
copy and for which desk ("Filed by Tom Eckhardt | Desk: Energy & Environment"): every part of the line a role "by"
names or a desk label, so a sentence opening with such words ("Reporting by the Guardian found ...") stays. A story's
closing credit ("(Reporting by Will Dunham; Editing by Tom Brown)", "Additional reporting by ...") is kept: the
development webs' golds count it as the story's text. Pure functions over one text line
(scrapers/chrome_lines.py drops them).
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


# the filing line's parts: "<role> by <names>[ in <place>]" or "Desk: <desk>"
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|staff|desk|bureau|team)"
_NAMES = rf"(?:[Tt]he\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_ROLE_BY = re.compile(  # (the role in any case, the names capitalised: "Reporting by the Guardian found ..." stays)
    r"^(?i:(?:with\s+)?(?:(?:additional|further|more)\s+)?(?:filed|reporting|reported|writing|written|editing|edited|"
    rf"compiled|produced|fact-?checking|photos?|photography|graphics?)\s+by)\s+{_NAMES}"
    rf"(?:\s*(?:,|\band\b|&)\s*{_NAMES})*(?:\s+in\s+{_NAMES}(?:\s*,\s*{_NAMES})?)?$")
_DESK = re.compile(r"^(?:desk|bureau|section|beat)\s*:\s*[A-Z][\w&.'’ -]{0,40}$", re.I)
_PARTS = re.compile(r"\s*[|;·•]\s*|,\s*(?=(?:with\s+)?(?:(?:additional|further)\s+)?(?:reporting|writing|editing)\s+by\b)",
                    re.I)


def filing_line(line: str) -> bool:
    """Whether a line is a wire's filing line: each part a role and its names ("Filed by Tom Eckhardt", "Editing by
    the World Desk") or a desk label ("Desk: Energy & Environment"), at least one of them a role "by" names."""
    s = line.strip()
    if len(s) > 250 or " by " not in s.lower():
        return False
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1]
    parts = [p for p in _PARTS.split(s.rstrip(". ")) if p]
    if not parts or not any(_ROLE_BY.match(p) for p in parts):
        return False
    # only a filing header ("Filed by ...", a desk label): the closing "(Reporting by ...; Editing by ...)" credit is
    # the story's own last line, which the development webs' golds keep in the main text
    if not (parts[0].lower().startswith("filed by") or any(_DESK.match(p) for p in parts)):
        return False
    return all(_ROLE_BY.match(p) or _DESK.match(p) for p in parts)


def wire_signoff(line: str) -> bool:
    """Whether a text line is a wire's sign-off, its bracketed reporter credit or a bare day-and-time stamp: the
    wire's furniture around the story, which no record may be read from (and a checker of the text must not see)."""
    if len(line) > 80:
        return filing_line(line)
    return bool(_SIGNOFF.match(line) or _CREDIT.match(line) or _STAMP.match(line)) or filing_line(line)
