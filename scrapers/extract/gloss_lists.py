"""English glosses holding a comma: "加州大学尔湾分校（University of California, Irvine）" (a campus named after its
system, the comma inside the name) and "能源与环境研究中心（Energy & Environmental Research Center，EERC）" (the name,
then its abbreviation).

The plain gloss (scrapers/extract/glosses.py) holds no comma, so such a bracket glossed nothing and its pieces were
read as parties of their own ("University of California", "Irvine"). After the comma, a capitalised place word or two
in lower case otherwise ("Irvine", "San Diego") finishes the name; an abbreviation in capitals ("EERC") only repeats
it: the gloss is the name before the comma.
"""
from __future__ import annotations

from dataclasses import dataclass

from scrapers import lazy_re as re

_NAME = r"[A-Z][A-Za-z0-9&.'’\- ]{1,60}?"
COMMA_GLOSS = re.compile(rf"[（(]\s*(?P<name>{_NAME})(?:,\s*(?P<campus>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|"
                         r"\s*[，,]\s*(?:以下简称)?[“\"]?(?P<abbr>[A-Z][A-Z&\-]{1,9})[”\"]?)\s*[）)]")


@dataclass(frozen=True)
class Gloss:
    """A bracketed gloss found at a position: its span and the English name it gives (the match interface of
    glosses.GLOSS that glosses() reads)."""

    span: tuple[int, int]
    name: str

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]

    def group(self, _: str) -> str:
        return self.name


def comma_gloss(sentence: str, pos: int) -> Gloss | None:
    """The gloss holding a comma that opens at `pos` (see the module docstring), or None."""
    if sentence[pos:pos + 1] not in "（(" or ("," not in sentence and "，" not in sentence):
        return None
    m = COMMA_GLOSS.match(sentence, pos)
    if m is None:
        return None
    name = f"{m.group('name')}, {m.group('campus')}" if m.group("campus") else m.group("name")
    return Gloss((m.start(), m.end()), name)
