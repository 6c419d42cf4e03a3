"""An update stamp printed before the first publication date (the thirtieth web's "Updated on … First published …"
and its Chinese forms): the page is dated by its first publication, on the two templates of test_unseen_dates."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_unseen_dates import TEMPLATES, dated  # noqa: E402

from scrapers.reader import read_page  # noqa: E402


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("byline, lang", [
    ("更新时间：2024-10-15 09:00 首发时间：2024-09-24 10:26 来源：某某日报", "zh-CN"),
    ("<span>更新时间：2024-10-15 09:00</span> <span>发布时间：2024-09-24 10:26</span>", "zh-CN"),
    ("<span>最後更新：2024/10/15</span><span>發佈時間：2024/09/24</span>", "zh-TW"),
    ("<span>Updated on 15 October 2024, 6:02 p.m.</span> <span>First published 24 September 2024</span>", "en"),
])
def test_first_publication_after_an_update_stamp(template, byline, lang):
    assert dated(template(byline=byline, lang=lang)) == date(2024, 9, 24)


# --- dates printed away from the byline (scrapers/loose_dates.py) ------------------------------------------------
BODY_EN = ("The state and the province signed a memorandum of understanding on offshore wind on Monday, and agreed "
           "to share research on floating turbines and to train port technicians every year. ") * 2
BODY_ZH = "根据备忘录，双方将在漂浮式风机研究、港口技术人员培训等方面开展合作，合作期限为五年，到期后可续签。" * 2


def _story(top: str = "", foot: str = "") -> str:
    """An English story with no byline, no meta date and no date in its URL."""
    return (f'<html lang="en"><head><meta charset="utf-8"><title>Wind pact signed | Ridge</title></head><body>'
            f'<nav>Home News</nav>{top}<h1>Wind pact signed</h1><div class="post-content"><p>{BODY_EN}</p>'
            f'<p>{BODY_EN}</p></div>{foot}<footer>Ridge</footer></body></html>')


def _zh(top: str = "", foot: str = "") -> str:
    """A Chinese portal story with no byline under the title, no meta date, no date in its URL."""
    return (f'<html><head><meta charset="utf-8"><title>某省与美国某州签署合作备忘录</title></head><body>'
            f'<div class="nav">首页 要闻</div>{top}<h2 class="tit">某省与美国某州签署合作备忘录</h2>'
            f'<div class="con"><p>{BODY_ZH}</p><p>{BODY_ZH}</p></div>{foot}<div class="foot">某某网</div></body></html>')


URL = "http://news.test/story/wind-pact"


@pytest.mark.parametrize("page", [
    _story(foot='<p class="posted">Posted on November 14, 2024 by Ridge Report staff</p>'),
    _story(foot="<p><em>This article was first published on 14 November 2024.</em></p>"),
    _zh(foot='<div class="info">发布时间：2024-11-14 来源：某某网</div>'),
    _zh(foot="<div><span>更新于 2024-11-20</span> <span>发布于 2024-11-14</span></div>"),
])
def test_a_labelled_stamp_after_the_body_dates_the_page(page):
    assert dated(page) == date(2024, 11, 14)


@pytest.mark.parametrize("page", [
    _zh(top='<div class="time">2024年11月14日 10:26 来源：某某日报</div>'),
    _story(top='<div class="meta">Nov. 14, 2024 09:30 | Source: Ridge Report</div>'),
])
def test_a_byline_above_the_headline_dates_the_page(page):
    assert read_page(page, URL).published_on == date(2024, 11, 14)


@pytest.mark.parametrize("page", [
    _zh(top="<div>今天是2026年12月7日 星期一</div>"),  # the header's today
    _story(top="<div>Monday, December 7, 2026</div>"),  # a bare date above the headline
    _story(top="<div>Updated Nov. 20, 2024 10:00</div>"),
])
def test_no_date_from_a_header_or_an_update_stamp_above_the_headline(page):
    assert read_page(page, URL).published_on is None


@pytest.mark.parametrize("page", [
    _story(top="", foot='<p class="posted">Posted on November 14, 2024</p>').replace(
        "<h1>Wind pact signed</h1>", '<h1>Wind pact signed</h1><aside class="most-read"><h3>Most read</h3><ul>'
        '<li><a href="/a">Ports sign green corridor pact</a> <span>2023-05-01</span></li></ul></aside>'),
    _zh(foot="<div>发布时间：2024-11-14</div>").replace(
        "</h2>", '</h2><div class="hot_list"><ul><li><a href="/a">某市承诺2027年实现碳中和</a> 2023-05-01</li></ul></div>'),
])
def test_a_ranking_between_headline_and_body_does_not_date_the_page(page):
    """The byline search skips regions named as chrome ("most-read", "hot_list": the words joined name them)."""
    assert read_page(page, URL).published_on == date(2024, 11, 14)
