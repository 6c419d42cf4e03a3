"""Figures of a pledge written without Arabic digits, rewritten in digits so the commitment rules read them.

English: "forty percent", "eighty to ninety percent", "two-thirds below 2005 levels", "a quarter of its power",
"by the end of the decade" in a sentence that names the decade ("its plan for the 2020s"). Chinese: years in Chinese
numerals ("二〇三〇年"), full-width digits ("２０３０年", "６５％"), "百分之六十五", "减少一半", "提高到三成" (成: tens of
percent). `spelled(sentence, entities)` returns the sentence with those figures in digits and the entities moved
with the text; a sentence with none of them comes back as it is (one cheap test decides). A figure that fixes nothing
stays as written: "by mid-century" names no year, "“十四五”期间" is a plan period, "the end of the decade" without
its decade named is no year.
"""
from __future__ import annotations

from dataclasses import replace

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity
from scrapers.zh_numerals import DIGITS, zh_digits, zh_number

# --- English -------------------------------------------------------------------------------------------------------
_EN_CUES = ("percent", "per cent", "half", "third", "quarter", "fifth", "decade")
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_WORD = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_UNITS)[:9])}))?|{'|'.join(_UNITS)}|"
         r"(?:one|a)\s+hundred)")
# "forty percent", "eighty to ninety percent", "Forty-five per cent"
_WORD_PCT = re.compile(rf"(?<![\w-])({_WORD})(?:(\s*(?:to|-|–)\s*)({_WORD}))?(?=\s+(?:percent|per\s+cent)\b)", re.I)
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5}  # each part's denominator
# "two-thirds below", "a quarter of its power", "one-fifth under": a fraction that is a share or a cut, told by what
# follows it
_FRACTION = re.compile(r"(?<![\w-])(a|one|two|three|four)[- ](half|thirds?|quarters?|fifths?)"
                       r"(?=\s+(?:of|below|from|under|compared|relative)\b)", re.I)
# a cut by a fraction, its year or base after it: "cut emissions by two-thirds by 2030", "reduce its emissions by one
# third from 2009 levels by the end of 2030", "by more than half by 2030 from 2005 levels" ("by half" alone is
# pledges_en's HALVE)
# "half of its power from renewables", "half its electricity": a share that is a half, told by what it is of
_HALF_OF = re.compile(r"(?<![\w-])(?:one[- ])?half\s+(?:of\s+)?(?=(?:its|their|the\s+(?:city|state|province|country)['’]s)"
                      r"\s+(?:[\w-]+\s+){0,2}?(?:electricity|power|energy)\b)", re.I)
_CUT_FRACTION = re.compile(r"\bemissions\s+by\s+(?:(?:at\s+least|more\s+than|over)\s+(half)|"
                           r"(?:(?:at\s+least|more\s+than|over)\s+)?(a|one|two|three)[- ](thirds?|quarters?|fifths?))"
                           r"(?=\s+(?:by|from|below|compared|relative)\b)", re.I)
# "by the end of the decade", "by the end of this decade", "by decade's end": its year where the sentence names the
# decade ("the 2020s")
_DECADE_END = re.compile(r"\bby\s+(?:the\s+end\s+of\s+(?:the|this)\s+decade|(?:the\s+)?decade['’]s\s+end)\b", re.I)
_DECADE = re.compile(r"\b((?:19|20)\d)0s\b")


def _number(word: str) -> int:
    """The value of a number word ("forty-five", "a hundred")."""
    parts = word.lower().replace("-", " ").split()
    if parts[-1] == "hundred":
        return 100
    return sum(_TENS.get(p, _UNITS.get(p, 0)) for p in parts)


def _fraction(count: str, part: str) -> str:
    """'two', 'thirds' -> '66.67%': two decimals, as pledges_en.FRACTIONS reads "cut emissions by two-thirds"."""
    n = 1 if count.lower() in ("a", "one") else _number(count)
    return f"{round(n * 100 / _FRACTIONS[part.lower().rstrip('s')], 2):g}%"


def _en_edits(s: str) -> list[tuple[int, int, str]]:
    edits = []
    if "percent" in s or "per cent" in s:
        edits += [(m.start(), m.end(), f"{_number(m.group(1))}" + (f"{m.group(2)}{_number(m.group(3))}"
                                                                   if m.group(3) else ""))
                  for m in _WORD_PCT.finditer(s)]
    if any(w in s for w in _EN_CUES[2:6]):
        edits += [(m.start(), m.end(), _fraction(m.group(1), m.group(2))) for m in _FRACTION.finditer(s)]
        edits += [(m.start(), m.end(), "50% of ") for m in _HALF_OF.finditer(s)]
        edits += [(m.start(1), m.end(1), "50%") if m.group(1) else
                  (m.start(2), m.end(3), _fraction(m.group(2), m.group(3))) for m in _CUT_FRACTION.finditer(s)]
    if "decade" in s and len(decades := set(_DECADE.findall(s))) == 1 and (m := _DECADE_END.search(s)):
        edits.append((m.start(), m.end(), f"by {int(decades.pop()) * 10 + 10}"))
    return edits


# --- Chinese -------------------------------------------------------------------------------------------------------
_ZH_CUE = re.compile(r"[〇百半成\uff10-\uff19\uff05]")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
_ZH_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})(?=年)")
_ZH_NUM = r"一百|[一二三四五六七八九十]{1,3}"
# "百分之六十五", "百分之四十点五"
_ZH_PCT = re.compile(rf"百分之({_ZH_NUM})(?:点([〇零一二三四五六七八九]+))?")
# "减少一半", "下降一半": a cut by half
_ZH_HALF = re.compile(r"[减下降削][少降低减]一半")
# "提高到三成", "下降两成": tens of percent after a verb of reaching or falling (not 成为, 完成, 建成)
_ZH_TENTHS = re.compile(r"[到至达降少低]([一二两三四五六七八九])成(?![为立功果员本效交型])")


def _zh_edits(s: str) -> list[tuple[int, int, str]]:
    edits = [(m.start(), m.end(), zh_digits(m.group(1))) for m in _ZH_YEAR.finditer(s)]
    for m in _ZH_PCT.finditer(s):
        if (n := zh_number(m.group(1))) is not None:
            frac = "." + zh_digits(m.group(2)) if m.group(2) else ""
            edits.append((m.start(), m.end(), f"{n}{frac}%"))
    edits += [(m.start() + 2, m.end(), "50%") for m in _ZH_HALF.finditer(s)]
    edits += [(m.start(1), m.end(), f"{DIGITS[m.group(1)] * 10}%") for m in _ZH_TENTHS.finditer(s)]
    return edits


def spelled(sentence: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """The sentence with its pledge figures in digits (see the module), and its entities at their new places; an
    entity overlapping a rewritten figure is dropped. Unchanged (same objects) where the sentence has no such figure."""
    if _ZH_CUE.search(sentence):
        text = sentence.translate(_FULL_WIDTH)  # one character for one: no entity moves
        edits = _zh_edits(text)
    elif any(w in sentence for w in _EN_CUES):
        text, edits = sentence, _en_edits(sentence)
    else:
        return sentence, entities
    if not edits:
        return text, entities
    edits.sort()
    out, at, moves = [], 0, []  # moves: (end of the original span, shift after it)
    shift = 0
    for start, end, new in edits:
        if start < at:
            continue  # overlapping readings: the first wins
        out += [text[at:start], new]
        shift += len(new) - (end - start)
        moves.append((start, end, shift))
        at = end
    out.append(text[at:])

    def moved(e: Entity) -> Entity | None:
        d = 0
        for start, end, after in moves:
            if e.start < end and start < e.end:
                return None
            if end <= e.start:
                d = after
        return replace(e, start=e.start + d, end=e.end + d) if d else e

    return "".join(out), [m for e in entities if (m := moved(e)) is not None]
