"""A listed company's forward-looking-statement boilerplate under its release: never the article.

Company press rooms close each release with a legal notice ("Cautionary Note on Forward-Looking Statements" /
"Statements included herein may constitute forward-looking statements. Actual results may differ ..."; "Forward-
Looking Statements: This press release contains forward-looking statements ..."; "Safe Harbor Statement"). Its
sentences speak of plans and targets in general ("results may differ materially"), and the notice runs on to the end
of the page. `forward_looking` tells the notice by its heading (a line of its own, or a label before a colon) or by
its fixed opening wording; scrapers/chrome_lines.py cuts the text there when met past the article's opening, as it
does at "Notes to editors", and drops the line alone before that. A story's own sentence about forward-looking
statements ("Kestrel said the 2045 target and other forward-looking statements are subject to risks") stays: it opens
with neither the heading nor the notice's wording.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_FL = r"forward[-\s]looking\s+(?:statements?|information)"
_HEADING = re.compile(
    rf"^\s*(?:cautionary\s+(?:note|statements?|language)\s+(?:regarding|concerning|on|about|relating\s+to|"
    rf"with\s+respect\s+to|for)\s+{_FL}|(?:note|disclaimer|notice)\s+(?:regarding|concerning|on|about)\s+{_FL}|"
    rf"{_FL}(?:\s+disclaimer)?|safe\s+harbou?r\s+statements?)\s*(?:[:：]|\.?\s*$)",
    re.I,
)
_WORDING = re.compile(
    rf"^\s*(?:(?:certain\s+)?statements\s+(?:included|contained|made)\s+(?:herein|in\s+this\s+[\w\s]{{3,30}}?)\s+"
    rf"(?:may\s+)?(?:constitute|are|be|include)\s+(?:considered\s+)?[\"“]?{_FL}"
    rf"|this\s+(?:press\s+|news\s+)?(?:release|document|announcement|communication|presentation)\s+(?:contains|includes|"
    rf"may\s+contain|may\s+include)\s+(?:certain\s+)?(?:statements\s+that\s+(?:are|constitute|may\s+constitute)\s+)?"
    rf"[\"“]?{_FL})"
    r"|forward[-\s]looking\s+statements\s+within\s+the\s+meaning\s+of|private\s+securities\s+litigation\s+reform\s+act",
    re.I,
)


def forward_looking(line: str) -> bool:
    """Whether a text line opens (or is) a forward-looking-statement notice: its heading or its fixed wording."""
    low = line.lower()
    if "looking" not in low and "securities" not in low and "harbo" not in low:
        return False
    return bool(_HEADING.match(line) or _WORDING.search(line))
