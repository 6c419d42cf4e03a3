"""A Chinese notice page that shows no publication date of its own is dated by its 落款 (scrapers/pagemeta_signoff.py):
the issuing body's line and the date line after it at the end, in Chinese numerals or digits; never a day its body
cites ("已经2024年12月30日…审议通过"). A page with a 发布时间 keeps it; a page with no 落款 is not dated by one."""
from __future__ import annotations

from datetime import date

from scrapers.html_tree import load_tree
from scrapers.pagemeta_signoff import signoff_date
from scrapers.reader import read_page

NOTICE_P = """<html><head><meta charset="utf-8"><title>关于印发某市碳达峰实施方案的通知</title></head><body>
<div class="top">某市政务网 | 政务公开</div>
<div class="detail"><h1>某市人民政府关于印发碳达峰实施方案的通知</h1>
<div class="body"><p>各区、县人民政府，市政府各部门：</p>
<p>《碳达峰实施方案》已经2024年12月30日市政府常务会议审议通过，现印发给你们，请认真贯彻执行。</p>
<p>方案提出，全市力争2029年前实现碳达峰，并在交通、建筑和工业领域分别制定专项行动。</p>
<p>附件：碳达峰实施方案</p><p>宣城市人民政府</p><p>二〇二五年一月十五日</p><p>（此件公开发布）</p></div></div>
</body></html>"""

NOTICE_BR = """<html><head><meta charset="utf-8"><title>关于举办生态论坛的通知</title></head><body>
<div class="nav">首页 &gt; 通知公告</div>
<div class="main"><h2>关于举办2025年湖州生态保护论坛的通知</h2>
<div class="con">各有关单位：<br>经研究，定于2025年6月20日至21日在湖州市举办生态保护论坛，请于6月12日前报送参会回执。<br>
附件：1.论坛日程 2.参会回执<br>湖州市生态环境局<br>2025年5月30日</div></div>
</body></html>"""


def test_the_signoff_dates_a_notice_page_that_shows_no_date():
    assert read_page(NOTICE_P, "http://127.0.0.1/a.html", "zh").published_on == date(2025, 1, 15)
    assert read_page(NOTICE_BR, "http://127.0.0.1/b.html", "zh").published_on == date(2025, 5, 30)


def test_a_published_time_line_wins_over_the_signoff():
    page = NOTICE_P.replace('<div class="body">', '<div class="info">发布时间：2025-01-17 09:30</div><div class="body">')
    assert read_page(page, "http://127.0.0.1/a.html", "zh").published_on == date(2025, 1, 17)


def test_no_signoff_without_an_issuer_line_before_the_date():
    page = NOTICE_P.replace("<p>宣城市人民政府</p>", "<p>特此通知。</p>")
    assert signoff_date(load_tree(page), page) is None
    assert signoff_date(load_tree("<html><body><p>No Chinese here.</p></body></html>"), "No Chinese") is None
