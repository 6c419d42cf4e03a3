"""A Chinese portal's "<section>动态" rail of links beside a short article is no article text (scrapers/section_rails.py,
the seventy-second web); a "<section>动态" heading that opens the article's own paragraphs stays. Pages written for
these tests (two layouts), read with scrapers.reader.read_page."""
from __future__ import annotations

import pytest

from scrapers.reader import read_page

ARTICLE = ("<p>3月9日，德阳、绵竹两市在联盟工作会上承诺，到2030年新能源公交车占比达到80%。</p>"
           "<p>绵竹市还将新建一批公交充电站。</p>")
RAIL_LINKS = '<li><a href="/x/1.html">某县承诺2029年前实现碳达峰</a></li><li><a href="/x/2.html">某市新能源汽车占比2032年达到九成</a></li>'

PAGES = {
    "side_div": f"""<html><head><meta charset="utf-8"><title>德阳绵竹承诺</title></head><body>
<div class="crumb">首页 &gt; 工作动态</div><div class="detail"><h1>德阳绵竹承诺新能源公交</h1><div class="content">{ARTICLE}</div></div>
<div class="side"><h3>成员城市动态</h3><ul>{RAIL_LINKS}</ul></div><div class="footer">版权所有</div></body></html>""",
    "table_cell": f"""<html><head><meta charset="utf-8"><title>德阳绵竹承诺</title></head><body>
<table><tr><td class="main"><h1>德阳绵竹承诺新能源公交</h1>{ARTICLE}</td>
<td class="right"><div class="box"><h4>【区县动态】</h4><ul>{RAIL_LINKS}</ul></div></td></tr></table></body></html>""",
}


@pytest.mark.parametrize("layout", sorted(PAGES))
def test_a_section_rail_of_links_is_dropped(layout):
    text = read_page(PAGES[layout], "http://127.0.0.1/a.html", "zh").text
    assert "新能源公交车占比达到80%" in text and "充电站" in text
    assert "某县承诺" not in text and "九成" not in text and "动态" not in text


def test_a_section_heading_over_the_articles_own_paragraphs_stays():
    page = """<html><head><meta charset="utf-8"><title>周报</title></head><body><div class="content"><h1>气候合作周报</h1>
<h3>国际动态</h3><p>7月2日，某省与美国一州签署清洁能源合作备忘录，双方将在储能和氢能领域开展交流。</p>
<p>根据备忘录，双方每年轮流举办一次清洁能源合作对话会，并互派技术人员。</p></div></body></html>"""
    text = read_page(page, "http://127.0.0.1/b.html", "zh").text
    assert "清洁能源合作备忘录" in text and "互派技术人员" in text
