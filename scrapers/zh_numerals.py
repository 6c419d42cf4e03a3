"""Chinese numerals as numbers: a year written digit by digit ("二〇二五"), a number of up to two places with 十
("十二", "三十", "二十一", "六十五") and 一百. Shared by the date readers (extract/dates.py), a notice's sign-off date
(pagemeta_signoff.py) and pledge figures (extract/number_words.py)."""
from __future__ import annotations

DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}


def zh_digits(s: str) -> str:
    """A numeral written digit by digit as its Arabic digits ("二〇二五" -> "2025"); KeyError on any other character."""
    return "".join(str(DIGITS[c]) for c in s)


def zh_number(s: str) -> int | None:
    """一 to 一百 as a number ("六十五" -> 65, "十" -> 10, "七" -> 7); None for what is no such numeral ("十十", "一二")."""
    if s == "一百":
        return 100
    tens, ten, units = s.partition("十")
    if not ten:
        return DIGITS.get(s) if len(s) == 1 else None
    if tens and tens not in DIGITS or units and units not in DIGITS:
        return None
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)
