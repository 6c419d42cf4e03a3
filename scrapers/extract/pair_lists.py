"""Pairs of partners a page lists under a sentence that announces how many were signed, each pair one agreement with
the announcing sentence's day and place (docs/signing-lists.md, "Pairs told as a list").

English: "The United States and China today welcomed four new EcoPartnerships, signed in Beijing ..." + "The new
EcoPartnerships are:" + items "A and B signed a memorandum of understanding on ...;". The opening names no
instrument, only the noun the sentence before it counted as signed; it opens a list (`listed_en`, `signing_tables`)
whose time phrase is that sentence's day and "in <place>" where it says where they were signed, so each item, read as
the clause it is, gets the day and the place. A clause item that the sentence splitter kept with the next one ("...;
and C and D signed ...") is read as both.

Chinese: "此次签约的绿色合作伙伴共4对，分别是：A与B，C与D，E与F。": a count of pairs after a word of signing, then the pairs
with no verb of their own; read as "A与B、C与D、E与F签约" (each pair one agreement, `agreements_zh`), under the story's
signing day as any Chinese signing is.

Not read so: a plan ("will sign four agreements. The agreements are:", "将签约的…共3对"), an opening whose noun the
sentence before did not count as signed (a list of attendees or topics), a list whose items are not all pairs.
Pure functions.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.listed_en import day_phrase
from scrapers.extract.listing import Listing

# "The new EcoPartnerships are:", "The four pairs were:", "These partnerships are as follows:"
OPENING_EN = re.compile(r"^(?:The|These|Those)\s+(?:(?:new|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|[A-Z][\w.-]*)\s+){0,2}(?P<noun>[A-Za-z-]{4,}s)\s+(?:are|were|include|included)"
                        r"(?:\s+as\s+follows)?\s*:\s*$")
_SIGNED_EN = re.compile(r"\b(?:signed|inked|concluded|sealed)\b")
_PLAN_EN = re.compile(r"\b(?:will|would|shall|plans?\s+to|expected\s+to|to\s+be)\s+(?:\w+\s+){0,2}?"
                      r"(?:sign|ink|conclude|seal|signed|inked)\b", re.I)
_COUNT_EN = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|new)"
# where the announcing sentence says they were signed: "signed in Beijing", "inked on Tuesday in Kunming"
_PLACE_EN = re.compile(r"\b(?:signed|inked|concluded|sealed)\s+(?:[^.;,]{0,40}?\s)?in\s+"
                       r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")


def counted_opening(sentence: str, earlier: list[str]) -> Listing | None:
    """A sentence "The new <noun>s are:" after one that counts <noun>s as signed ("welcomed four new EcoPartnerships,
    signed in Beijing"; the nearest of the `earlier` sentences that counts them): a list whose items take that
    sentence's day and place; None for any other sentence."""
    if not sentence.endswith(":") or not (m := OPENING_EN.match(sentence)):
        return None
    counted = re.compile(rf"\b{_COUNT_EN}\s+(?:[\w-]+\s+){{0,2}}{re.escape(m.group('noun'))}\b", re.I)
    previous = next((e for e in reversed(earlier) if counted.search(e)), None)
    if previous is None or not _SIGNED_EN.search(previous) or _PLAN_EN.search(previous):
        return None
    when = day_phrase(previous)
    place = _PLACE_EN.search(previous)
    parts = [p for p in (when, f"in {place.group('place')}" if place else None) if p]
    return Listing(" ".join(parts) if parts else None)


# "此次签约的绿色合作伙伴共4对，分别是：", "当天签署协议的友好单位共三对，分别为", "本次签约的合作伙伴包括："
SIGNED_PAIRS_ZH = re.compile(r"(?<![将拟要])(?:签约|签署|签订|缔结)(?:了|协议|合作协议)?的[^，,。；：:]{1,20}?"
                             r"(?:共(?:有|计)?\s*(?:\d+|[两一二三四五六七八九十]+)\s*对[，,]?\s*)?"
                             r"(?:分别(?:是|为)|包括)[：:]?")
# a pair: "A与B" (each side two characters at least, no list mark inside)
_PAIR_ZH = re.compile(r"[^、，,。；：:]{2,30}?[与和同][^、，,。；：:]{2,30}")


def signed_pairs_zh(sentence: str) -> str:
    """`sentence` with the pairs listed after "签约的…共N对，分别是：" told as their signing ("A与B、C与D签约", the words
    before the list blanked so every name keeps its place); unchanged where the list is not wholly pairs."""
    m = SIGNED_PAIRS_ZH.search(sentence)
    if not m or re.search(r"将|拟|计划|有望", sentence[max(0, m.start() - 8):m.start()]):
        return sentence
    end = next((i for i in range(m.end(), len(sentence)) if sentence[i] in "。；;"), len(sentence))
    items = sentence[m.end():end].rstrip("，, ")
    pieces = re.split(r"[、，,]", items)
    if len(pieces) < 2 or not all(_PAIR_ZH.fullmatch(p.strip()) for p in pieces):
        return sentence
    listed = re.sub(r"[，,]", "、", items)  # (same length: the names keep their offsets)
    return " " * m.end() + listed + "签约" + sentence[m.end() + len(items):]


def clause_items(sentence: str, item: re.Pattern) -> list[str] | None:
    """A sentence that holds two clause items or more the splitter kept together ("A and B signed ...; and C and D
    signed ..."), as its items, each a match of `item`; None where any piece is no item."""
    if ";" not in sentence:
        return None
    pieces = [p for p in re.split(r";\s*(?:and\s+)?", sentence) if p.strip()]
    if len(pieces) < 2:
        return None
    found = [item.match(p.strip()) for p in pieces]
    return [f.group("clause") for f in found] if all(found) else None
