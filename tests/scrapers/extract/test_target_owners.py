"""A Chinese list of targets whose first segment, ended by '；', opens with its subject: the next segment's unnamed
target is the same actor's (scrapers/extract/target_owners.list_subject)."""
from __future__ import annotations

import pytest

from story_records import records


def _pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment"))


@pytest.mark.parametrize("text,want", [
    ("苏州市到2025年单位GDP能耗比2020年下降14%；到2030年，力争实现碳达峰。", ("Suzhou", "emissions_peak", 2030)),
    ("根据方案，贵州省到2025年非化石能源消费比重达到20%以上；到2030年，二氧化碳排放量达到峰值。",
     ("Guizhou Province", "emissions_peak", 2030)),
    ("方案明确，洛阳市力争到2025年建成一批近零碳示范园区；到2030年，力争实现碳达峰。", ("Luoyang", "emissions_peak", 2030)),
])
def test_segment_subject_carries(text, want):
    assert want in _pledges(text)


@pytest.mark.parametrize("text", [
    # the first segment tells a signing, not a dated target: the next segment names no one
    "苏州市与德国杜伊斯堡市签署友好城市协议；到2030年，力争实现碳达峰。",
    # the segment ends at a full stop, not a semicolon: a new sentence says nothing of whose target it is
    "苏州市到2025年单位GDP能耗比2020年下降14%。会议指出，到2030年，力争实现碳达峰。",
])
def test_no_owner_carried(text):
    assert not any(a in {"Suzhou"} and k == "emissions_peak" for a, k, _ in _pledges(text))


@pytest.mark.parametrize("text,want", [
    ("到2030年，深圳市人均碳排放控制在5吨以内。", ("Shenzhen", "per_capita_limit", 2030)),
    ("到2025年，厦门市非化石能源消费比重达到30%。", ("Xiamen", "renewable_share", 2025)),
])
def test_target_statement_naming_its_subject(text, want):
    assert _pledges(text) == [want]


@pytest.mark.parametrize("text", [
    "到2022年底，深圳市非化石能源消费比重达到30%。",  # a year's end: a result
    "研究显示，到2030年，深圳市碳排放有望达到峰值。",  # a study's forecast
    "到2030年，全球可再生能源装机将达到110亿千瓦。",  # no actor of the tracker's
])
def test_no_target_statement(text):
    assert _pledges(text) == []
