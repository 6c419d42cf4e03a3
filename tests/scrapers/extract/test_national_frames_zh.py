"""A national goal a Chinese body says it implements or serves ("落实国家“…”的目标要求") is the nation's frame for its
work, not the body's own pledge; the body's own targets beside it are read as before (texts of our own)."""
from __future__ import annotations

import pytest

from scrapers.extract.national_frames_zh import national_frame
from story_records import records


def pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment")]


@pytest.mark.parametrize("text,want", [
    # a company's release: the national goals it implements are no pledge of its own
    ("中国华能集团有限公司负责人表示，集团将坚决落实国家“力争2030年前实现碳达峰、2060年前实现碳中和”的目标要求，加快绿色"
     "转型。", []),
    # a provincial grid company's wording: serving the nation's goals
    ("国网江苏省电力有限公司表示，将全力服务我国2030年前碳达峰、2060年前碳中和目标，加快建设新型电力系统。", []),
    # the body's own target after the national frame: its own
    ("为贯彻国家碳达峰碳中和目标，中国华能集团有限公司提出，力争2025年实现碳排放达峰。",
     [("China Huaneng Group", "emissions_peak", 2025)]),
    # a body pledging in its own name with no frame: its own
    ("国家能源投资集团有限责任公司提出，力争2025年实现二氧化碳排放达峰。",
     [("China Energy Investment Corporation", "emissions_peak", 2025)]),
])
def test_a_national_goal_implemented_is_no_pledge_of_the_body(text, want):
    assert pledges(text) == want


def test_the_frame_covers_only_the_goal_it_names():
    s = "集团将落实国家“双碳”目标，力争2025年实现碳达峰。"
    assert national_frame(s, s.index("双碳"))
    assert not national_frame(s, s.index("2025"))
    # 国家 opening a company's name is no nation
    s = "会议要求落实国家电投提出的2023年碳达峰目标。"
    assert not national_frame(s, s.index("2023"))
