"""One pledge reported in English with the company's English name and in Chinese with its Chinese name is one row
(warehouse/pledge_languages.py); a city's pledge, another company's, another year's or an ambiguous pair stay apart.
Fresh names throughout."""
from __future__ import annotations

import pytest

from test_resolve import commitment
from warehouse.resolve import resolve


def rows(*ms):
    return [r for r in resolve(list(ms), {}) if r.record_type == "commitment"]


@pytest.mark.parametrize("zh, en", [
    ("柳州钢铁集团", "Liuzhou Iron and Steel Group"),
    ("上海电力股份有限公司", "Shanghai Electric Power Co., Ltd."),
])
def test_a_company_pledge_told_in_two_languages_is_one_row(zh, en):
    got = rows(commitment("http://en/1", en, "emissions_peak", 2028),
               commitment("http://zh/1", zh, "emissions_peak", 2028))
    assert len(got) == 1 and got[0].fields["actor"] == en
    assert sorted(got[0].source_urls) == ["http://en/1", "http://zh/1"]


@pytest.mark.parametrize("zh, en, year", [
    ("柳州钢铁集团", "Liuzhou", 2028),                      # the city's own pledge: a bare place is no company
    ("柳州钢铁集团", "Liuzhou Steel Pipe Company", 2028),   # another company of the city
    ("柳州钢铁集团", "Wuhan Iron and Steel Group", 2028),   # another city's steel group
    ("柳州钢铁集团", "Liuzhou Iron and Steel Group", 2030),  # another year
])
def test_other_actors_or_years_stay_apart(zh, en, year):
    assert len(rows(commitment("http://en/1", en, "emissions_peak", year),
                    commitment("http://zh/1", zh, "emissions_peak", 2028))) == 2


def test_other_figures_or_two_candidates_stay_apart():
    assert len(rows(commitment("http://en/1", "Liuzhou Iron and Steel Group", "emissions_reduction", 2030,
                               base_year=2020, reduction_pct_min=20, reduction_pct_max=20),
                    commitment("http://zh/1", "柳州钢铁集团", "emissions_reduction", 2030,
                               base_year=2020, reduction_pct_min=30, reduction_pct_max=30))) == 2
    assert len(rows(commitment("http://en/1", "Liuzhou Iron and Steel Group", "emissions_peak", 2028),
                    commitment("http://en/2", "Liuzhou Iron & Steel Group Co.", "emissions_peak", 2028),
                    commitment("http://zh/1", "柳州钢铁集团", "emissions_peak", 2028))) == 3
