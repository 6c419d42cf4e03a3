"""The hints resolution joins a month recall of a signing to its day by (scrapers/extract/side_homes.py; the join is
tests/warehouse/test_resolve_recalled_sides.py): each English side's country and its name without it, and for a
public body named bare the countries its story names. The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.side_homes import qualified, side_homes


def hints(text: str, day: date) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text, datetime.combine(day, datetime.min.time()))
    return [(m.fields["parties"], m.fields["signed_on_precision"], m.hints.get("side_homes"), m.hints.get("bare_homes"))
            for m in extract_mentions(art) if m.record_type == "agreement"]


def test_a_month_recall_and_its_day_report_carry_the_hints():
    recall = ("NAIROBI, Oct. 3 (KNA) - South Korea's ambassador to Kenya on Friday visited a solar mini-grid in "
              "Kajiado. The panels are part of the equipment South Korea agreed to supply under the memorandum of "
              "understanding signed with the Ministry of Energy and Petroleum in August.")
    assert hints(recall, date(2025, 10, 3)) == [
        (["South Korea", "Ministry of Energy and Petroleum"], "month", {"South Korea": ["KR", None]},
         {"Ministry of Energy and Petroleum": ["KE", "KR"]})]
    day = ("NAIROBI, Aug. 12 (KNA) - Kenya's Ministry of Energy and Petroleum and the Korea Energy Agency on Tuesday "
           "signed a memorandum of understanding on solar mini-grids.")
    (parties, precision, homes, bare), = hints(day, date(2025, 8, 12))
    assert precision == "day" and bare is None
    assert homes["Kenya's Ministry of Energy and Petroleum"] == ["KE", "Ministry of Energy and Petroleum"]


@pytest.mark.parametrize("name, want", [
    ("Kenya's Ministry of Energy and Petroleum", ("KE", "Ministry of Energy and Petroleum")),
    ("Ministry of Energy and Petroleum of Kenya", ("KE", "Ministry of Energy and Petroleum")),
    ("Ministry of Environment of the Republic of Ghana", ("GH", "Ministry of Environment")),
    ("Kenyan Ministry of Energy and Petroleum", ("KE", "Ministry of Energy and Petroleum")),
    ("Ghana Environmental Protection Agency", ("GH", "Environmental Protection Agency")),
    # no country written in the name, or no body after it
    ("Ministry of Energy and Petroleum", None),
    ("Kenya Airways", None),
    ("Nairobi City County", None),
])
def test_a_country_written_in_a_bodys_name(name, want):
    assert qualified(name) == want


def test_no_hint_for_places_below_a_country_chinese_names_or_a_story_naming_no_country():
    story = "Officials of the ministry met the delegation in Kajiado on Friday."
    assert side_homes(["Nairobi", "Ministry of Energy and Petroleum"], story) == {}
    assert side_homes(["Nairobi City County Department of Energy", "乌干达水和环境部"], "Kenya, Uganda") == {}
    # a country named in the story: the bare ministry may be its
    assert side_homes(["Ministry of Energy and Petroleum"], "The envoy to Kenya said ...") == {
        "bare_homes": {"Ministry of Energy and Petroleum": ["KE"]}}
