"""A release's header block printed as lines of its own at the top of the text: never the article.

Government media notes and press releases print, under the headline, who issues them, where and when, each on a line
of its own ("Office of the Spokesperson" / "Washington, DC" / "July 10, 2014"; "FOR IMMEDIATE RELEASE – March 4,
2026"; "Press release" / "November 4, 2021"). `drop_header_block` removes the run of such lines that opens the text:
- an issuing office alone: "Office of the Spokesperson", "Office of the Governor", "Press Office", "Public Affairs
  Office";
- a release label, with or without its date: "For immediate release", "Media note", "Press release", "News release";
- a date alone (a weekday and a time may go with it): "July 10, 2014", "Friday, 2 September 2022", "2014-07-10",
  or a place and a date: "Washington, DC, July 10, 2014";
- a place alone ("Washington, DC", "Beijing, China"), only beside one of the lines above: a place line on its own is a
  dateline printed apart ("BAAR, SWITZERLAND" over the first paragraph), which the reader keeps as it keeps datelines.
Only whole lines are dropped and only at the top, before the first sentence: a dateline opening a sentence ("WASHINGTON,
DC - The Department ...") and an office named inside one ("please contact the Office of the Spokesperson") stay.
Pure functions over the extracted lines (scrapers/chrome_lines.py calls them).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DAY = (rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
        r"(?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2})")
_TIME = r"(?:\s*(?:[|,–—-]|at)?\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?"
# a place: capitalised words, a comma, a region or country ("Washington, DC", "Washington, D.C.", "ST. PAUL, Minn.")
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3},\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}"  # "WASHINGTON", "NEW YORK"
_DATE_LINE = re.compile(rf"^\s*(?:(?:{_PLACE}|{_CAPS_PLACE})\s*[,|–—-]\s*)?(?i:{_DAY}){_TIME}\s*$")
_PLACE_LINE = re.compile(rf"^\s*(?:{_PLACE}|{_CAPS_PLACE})\s*$")
_OFFICE_LINE = re.compile(
    r"^\s*(?:The\s+)?Office\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w.'’-]*)){0,6}\s*$"
    r"|^\s*(?:[A-Z][\w.'’-]*\s+){0,4}(?:Press|Media|News|Communications?|Public\s+Affairs|Public\s+Information)\s+"
    r"(?:Office|Bureau|Desk|Service|Section|Unit|Centre|Center)\s*$"
    r"|^\s*(?:Bureau|Department|Division)\s+of\s+Public\s+Affairs\s*$"
)
_LABEL_LINE = re.compile(
    rf"^\s*(?:for\s+immediate\s+release|immediate\s+release|media\s+(?:note|release|advisory)|press\s+release|"
    rf"news\s+release)\s*(?:[:|,–—-]?\s*{_DAY}{_TIME})?\s*$",
    re.I,
)
_PROSE_END = (".", "!", "?", "。", "！", "？", "”", '"')


def _kind(line: str) -> str | None:
    """'head' for an office, release label or date line, 'place' for a place line, None for anything else."""
    if len(line) > 80:
        return None
    if _DATE_LINE.match(line) or _LABEL_LINE.match(line) or _OFFICE_LINE.match(line):
        return "head"
    if len(line) <= 40 and _PLACE_LINE.match(line):
        return "place"
    return None


def drop_header_block(lines: list[str]) -> list[str]:
    """The lines without the header block that opens them (issuing office, release label, place, date lines: see the
    module docstring); unchanged where the block holds only places or no sentence follows it."""
    kinds: list[str] = []
    for ln in lines[:6]:
        kind = _kind(ln)
        if kind is None:
            break
        kinds.append(kind)
    if "head" not in kinds:
        return lines
    rest = lines[len(kinds):]
    if not any(len(ln) >= 40 and ln.rstrip().endswith(_PROSE_END) for ln in rest[:3]):
        return lines  # no sentence under it: the lines may be all the page holds (a listing, a stub)
    return rest
