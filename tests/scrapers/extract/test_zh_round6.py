"""Chinese round 6 (issue 17): a numbered list of signings under a dated forum sentence, and a plan's targets stated
with no pledge verb. Each rule on two texts of its own."""
from __future__ import annotations

from datetime import date

import pytest

from test_zh_round4 import read, signed  # one reader for the Chinese rounds

FORUM = ("10月16日，第二届中德城市可持续发展论坛在南京举行。\n论坛期间，三对中德友好城市签署合作文件：\n"
         "一、上海市与汉堡市签署《关于港口绿色低碳发展的合作备忘录》；\n二、南京市与莱比锡市签署《低碳城市合作意向书》。")
EXPO = ("6月5日，第三届中国国际进口博览会在上海开幕。\n会上，中外企业签署了以下协议：\n"
        "1. 天津市与美国加利福尼亚州签署低碳合作谅解备忘录；\n2. 广州市与洛杉矶市签署绿色港口合作协议。")


@pytest.mark.parametrize("text, page, day, n", [
    (FORUM, date(2019, 10, 17), "2019-10-16", 2),
    (EXPO, date(2020, 6, 6), "2020-06-05", 2),
])
def test_numbered_signings_take_the_day_of_the_opening_sentence(text, page, day, n):
    rows = signed(read(text, page))
    assert len(rows) == n and all(on == day for _, _, on in rows)


@pytest.mark.parametrize("text", [
    "10月16日，论坛在南京举行。\n方案明确了以下重点任务：\n一、推动能源结构调整；\n二、推进城市低碳发展。",
    "6月5日，会议在上海举行。\n会议指出：\n1. 要签署更多合作协议的前提是互信；\n2. 要加强合作。",
])
def test_a_numbered_list_without_an_opening_signing_is_no_signing(text):
    assert signed(read(text, date(2020, 6, 6))) == []
