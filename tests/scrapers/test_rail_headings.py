"""A release's "Print this release" tool bar and a portal's "<section>推荐" rail heading are chrome (issue 17, the
sixty-ninth web): the bar is a label line, the heading opens a trailing block of headlines that is no article text
(scrapers/chrome_lines.clean_lines, scrapers/chrome.BLOCK_MARKERS)."""
from __future__ import annotations

import pytest

from scrapers.chrome_lines import clean_lines

EN = ("The Memorandum of Understanding between the State of Maine and the City of Weifang was signed on May 20.\n"
      "The memorandum commits the two sides to share methods for capturing methane from landfills.\n")
ZH = ("6月12日，《潍坊市与美国缅因州关于加强气候变化合作的谅解备忘录》在潍坊签署。\n"
      "根据该备忘录，双方将在海上风电、森林碳汇和气候适应领域开展交流合作。\n代表团还参观了潍坊港码头岸电改造项目。\n")


@pytest.mark.parametrize("bar", ["Print this release | Email", "Print this press release"])
def test_a_release_print_bar_is_dropped(bar):
    out = clean_lines(EN + bar + "\n")
    assert "share methods" in out and bar not in out


@pytest.mark.parametrize("heading", ["外事动态推荐", "编辑推荐"])
def test_a_section_recommendation_heading_ends_the_text(heading):
    out = clean_lines(ZH + heading + "\n我市与友城签署新能源汽车合作备忘录\n沿海五市承诺2030年前港口全面电动化\n")
    assert "岸电改造项目" in out and heading not in out and "友城" not in out


def test_a_sentence_that_recommends_stays():
    line = "专家组一致推荐将该项目列入省级示范工程。"
    assert line in clean_lines(ZH + line + "\n")
