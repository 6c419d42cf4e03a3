"""Publication dates in shapes a new web may print (issue 17), each read on two different page templates:
民國 years, all-numeric days settled by a part over 12 or the page's locale (else no date: never a guess),
'Updated … Published …' lines, a weekday in brackets, Unix times in script data, JSON-LD graphs, relative
ages ('3 days ago': no date)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.bylines import day_order, minguo_date, numeric_date
from scrapers.reader import read_page
from trafilatura.utils import load_html

BODY = ("The two cities signed a memorandum on clean energy cooperation on the day and agreed to share data "
        "on grid storage and electric buses every year. ") * 3


def blog(byline: str = "", head: str = "", lang: str = "en", script: str = "") -> str:
    """A WordPress-like post: header, entry title, meta line, entry content, sidebar."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Cities sign clean energy memorandum | The Post</title>'
            f'{head}</head><body><header><a href="/">The Post</a></header><article><h1 class="entry-title">'
            f'Cities sign clean energy memorandum</h1><div class="entry-meta">{byline}</div><div class="entry-content">'
            f'<p>{BODY}</p><p>{BODY}</p></div></article><aside><h3>Recent posts</h3><ul><li>Other</li></ul></aside>'
            f"{script}</body></html>")


def portal(byline: str = "", head: str = "", lang: str = "en", script: str = "") -> str:
    """A table-layout government portal: title cell, info row, text cell, footer."""
    return (f'<html{" lang=" + chr(34) + lang + chr(34) if lang else ""}><head><meta charset="utf-8">'
            f'<title>Cities sign clean energy memorandum</title>{head}</head><body><table><tr><td class="title">'
            f'<h2>Cities sign clean energy memorandum</h2></td></tr><tr><td class="info">{byline}</td></tr>'
            f'<tr><td class="text"><p>{BODY}</p><p>{BODY}</p></td></tr></table>'
            f'<div class="footer">Copyright Office of Information</div>{script}</body></html>')


TEMPLATES = [blog, portal]


def dated(html: str) -> date | None:
    return read_page(html, "http://news.test/story/1").published_on


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("byline, lang, expected", [
    ("發布日期：中華民國113年9月24日", "zh-Hant-TW", date(2024, 9, 24)),
    ("民國 113 年 9 月 24 日　來源：環境部", "zh-TW", date(2024, 9, 24)),
    ("發布日期：113-09-24", "zh-TW", date(2024, 9, 24)),
    ("日期：113/09/24", "zh-TW", date(2024, 9, 24)),
    ("Published 24/09/2024", "en", date(2024, 9, 24)),  # 24 cannot be a month
    ("Published 09/24/2024", "en", date(2024, 9, 24)),
    ("Published 05/09/2024", "en", None),  # 5 Sept or May 9: no locale says which
    ("Published 05/09/2024", "", None),
    ("Published 05/09/2024", "en-US", date(2024, 5, 9)),
    ("Published 05/09/2024", "en-GB", date(2024, 9, 5)),
    ("Publié le 05/09/2024", "fr", date(2024, 9, 5)),
    ("24.09.2024 | 08:15", "de", date(2024, 9, 24)),
    ("05.09.2024", "en", date(2024, 9, 5)),  # a dotted day is day first wherever written
    ("Updated: 2024-10-02 | Published: 2024-09-24", "en", date(2024, 9, 24)),
    ("Published: 2024-09-24 | Updated: 2024-10-02", "en", date(2024, 9, 24)),
    ("2024年9月24日（星期二）", "zh-HK", date(2024, 9, 24)),
    ("Posted 3 days ago", "en", None),
])
def test_byline_dates(template, byline, lang, expected):
    assert dated(template(byline=byline, lang=lang)) == expected


@pytest.mark.parametrize("template", TEMPLATES)
def test_locale_from_og_locale_or_content_language(template):
    us = '<meta property="og:locale" content="en_US">'
    au = '<meta http-equiv="content-language" content="en-AU">'
    assert dated(template(byline="Posted 05/09/2024", head=us, lang="")) == date(2024, 5, 9)
    assert dated(template(byline="Posted 05/09/2024", head=au, lang="")) == date(2024, 9, 5)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("script, expected", [
    ('<script>window.__DATA__={"article":{"id":7,"publishedAt":1727172000000}}</script>', date(2024, 9, 24)),
    ('<script>var data = {"publish_time": 1727172000, "id": 5};</script>', date(2024, 9, 24)),
    # midnight UTC: the 23rd in America, the 24th in Asia; no zone says which, so no date
    ('<script>window.__DATA__={"publishedAt":1727136000}</script>', None),
    ('<script>var stats = {"views": 1727172000};</script>', None),  # not a publication key
])
def test_unix_time_in_script_data(template, script, expected):
    assert dated(template(script=script)) == expected


@pytest.mark.parametrize("template", TEMPLATES)
def test_json_ld_graph_and_meta_tags(template):
    graph = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite",'
             '"name":"x"},{"@type":"NewsArticle","datePublished":"2024-09-24T08:00:00+08:00",'
             '"dateModified":"2024-10-01"}]}</script>')
    og = ('<meta property="article:published_time" content="2024-09-24T10:00:00Z">'
          '<meta property="article:modified_time" content="2024-10-05">')
    assert dated(template(head=graph)) == date(2024, 9, 24)
    assert dated(template(head=og)) == date(2024, 9, 24)


def test_pure_readers():
    assert minguo_date("中華民國99年1月5日") == date(2010, 1, 5)
    assert minguo_date("時間：113.09.24") == date(2024, 9, 24)
    assert minguo_date("編號：113-09-24") is None  # a three-digit year only under a date label
    assert minguo_date("更新日期：113-10-02") is None  # an update stamp is no publication date
    assert numeric_date("on 13/12/2023", None) == (date(2023, 12, 13), False)
    assert numeric_date("on 07/07/2023", None) == (date(2023, 7, 7), False)
    assert numeric_date("on 03/04/2023", None) == (None, True)
    assert numeric_date("ref 2023/04/03", None) == (None, False)
    assert day_order(load_html('<html lang="en-us"><p>x</p></html>')) == "mdy"
    assert day_order(load_html('<html lang="zh-CN"><p>x</p></html>')) is None
    assert day_order(load_html('<html lang="en-CA"><p>x</p></html>')) is None
