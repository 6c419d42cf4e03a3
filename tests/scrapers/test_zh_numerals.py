"""Chinese numerals read once for every reader (scrapers/zh_numerals.py): a year digit by digit, a number with 十."""
from __future__ import annotations

import pytest

from scrapers.zh_numerals import zh_digits, zh_number


def test_a_year_written_digit_by_digit():
    assert zh_digits("二〇二五") == "2025" and zh_digits("二○三○") == "2030"


@pytest.mark.parametrize("s, n", [("七", 7), ("十", 10), ("十二", 12), ("三十", 30), ("二十一", 21), ("六十五", 65),
                                  ("一百", 100), ("两", 2)])
def test_numbers_with_ten(s, n):
    assert zh_number(s) == n


@pytest.mark.parametrize("s", ["十十", "一二", "十一二", "百"])
def test_what_is_no_such_numeral(s):
    assert zh_number(s) is None
