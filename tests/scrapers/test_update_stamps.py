"""An update stamp printed before the first publication date (the thirtieth web's "Updated on … First published …"
and its Chinese forms): the page is dated by its first publication, on the two templates of test_unseen_dates."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_unseen_dates import TEMPLATES, dated  # noqa: E402


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("byline, lang", [
    ("更新时间：2024-10-15 09:00 首发时间：2024-09-24 10:26 来源：某某日报", "zh-CN"),
    ("<span>更新时间：2024-10-15 09:00</span> <span>发布时间：2024-09-24 10:26</span>", "zh-CN"),
    ("<span>最後更新：2024/10/15</span><span>發佈時間：2024/09/24</span>", "zh-TW"),
    ("<span>Updated on 15 October 2024, 6:02 p.m.</span> <span>First published 24 September 2024</span>", "en"),
])
def test_first_publication_after_an_update_stamp(template, byline, lang):
    assert dated(template(byline=byline, lang=lang)) == date(2024, 9, 24)
