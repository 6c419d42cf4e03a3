"""A newsletter's own chrome lines, printed above or below an e-mailed issue kept in an archive: "View this issue in
your browser", "View this email in your browser", "Forward to a colleague", "Forward this email to a friend",
"Unsubscribe from <list>", "You are receiving this because you ...". The text stage (scrapers/chrome_lines.py) drops
such a line when it is short (a whole line of them, parted by "·" or "|").

Cheap: a literal check for one of the few words these lines hold gates the one pattern.
"""
from __future__ import annotations

import re

_GATE = ("browser", "forward", "unsubscribe", "receiving this")
_PART = (r"(?:view|read|open)\s+(?:this|the|our)\s+(?:issue|e-?mail|newsletter|message)\s+(?:in|on)\s+(?:your|a|the)\s+"
         r"(?:web\s+)?browser|forward\s+(?:this\s+(?:issue|e-?mail|newsletter)\s+)?to\s+a\s+(?:friend|colleague)|"
         r"unsubscribe(?:\s+from\s+[^·|]{1,40})?|you\s+are\s+receiving\s+this\s+(?:e-?mail\s+)?because\s+[^·|]{1,80}")
_LINE = re.compile(rf"^\s*(?:{_PART})\.?\s*(?:[·|•]\s*(?:{_PART})\.?\s*)*$", re.I)


def is_newsletter_line(line: str) -> bool:
    """Whether a short line is a newsletter's own chrome (a web-view link, a forward link, an unsubscribe line)."""
    low = line.lower()
    return len(line) < 160 and any(g in low for g in _GATE) and bool(_LINE.match(line))
