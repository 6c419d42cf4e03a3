"""Related-links blocks the reader drops (scrapers/chrome.py, scrapers/link_lists.py): a Traditional Chinese heading
(延伸閱讀, 相關新聞, 相關閱讀) opens one, and a list of other pages is pruned though its class/id also says
"article"/"post"/"story" (words that otherwise protect the article's own regions), only where the region is item after
item of links. Pages of two made-up sites each; the article's own prose stays, links in it included."""
from __future__ import annotations

import pytest

from scrapers.link_lists import is_link_list
from scrapers.reader import read_page
from lxml import html as lxml_html

ZH = "".join(f"<p>第{i}段：台北市政府與加州某市政府今天簽署減碳合作備忘錄，雙方將在再生能源、電動公車與建築節能領域交流。</p>"
             for i in range(4))
EN = "".join(f"<p>Paragraph {i}: the city council approved a memorandum of understanding with its sister city on "
             f"climate action, covering electric buses, rooftop solar and building efficiency.</p>" for i in range(5))
TEASERS = "".join(f"<li><a href='/news/{i}'>Council weighs parking rules, part {i}</a> <span>The council will vote on "
                  f"new downtown parking rules in March after hearing from residents.</span></li>" for i in range(3))


def _text(page: str) -> str:
    return read_page(page, "http://127.0.0.1/news/1").text


@pytest.mark.parametrize("page", [
    # a news agency: the heading in its own element after the story
    f"<html><body><h1>台北與加州某市簽署減碳備忘錄</h1><div class='story'>{ZH}<div><h4>延伸閱讀</h4>"
    "<p><a href='/a'>某市宣布淨零排放目標並提出具體路徑</a></p><p><a href='/b'>某縣與企業合作推動綠能發展計畫</a></p>"
    "</div></div></body></html>",
    # a portal: a bold heading and a list
    f"<html><body><h1>台北與加州某市簽署減碳備忘錄</h1><div class='cont'>{ZH}<p><b>相關閱讀</b></p><ul>"
    "<li><a href='/a'>某市宣布淨零排放目標並提出具體路徑</a></li><li><a href='/b'>某縣與企業合作推動綠能發展計畫</a></li>"
    "</ul></div></body></html>",
])
def test_a_traditional_related_heading_opens_a_block_to_drop(page):
    text = _text(page)
    assert "簽署減碳合作備忘錄" in text
    assert "淨零排放目標" not in text and "綠能發展計畫" not in text


@pytest.mark.parametrize("page", [
    # a newspaper: teasers in a list whose class also says "article"
    f"<html><body><article class='post'><h1>Council approves sister-city climate MOU</h1>{EN}"
    f"<ul class='article-recommend'>{TEASERS}</ul></article></body></html>",
    # a company newsroom: teasers under a heading, the region named "popular-stories"
    f"<html><body><div class='main'><h1>Council approves sister-city climate MOU</h1>{EN}"
    "<section class='popular-stories'><h3>Popular</h3><ul>"
    + "".join(f"<li><a href='/p/{i}'>Parking rules weighed again, part {i}</a> <span>The council will vote in March "
              f"after hearing from residents.</span></li>" for i in range(3))
    + "</ul></section></div></body></html>",
])
def test_a_list_of_other_pages_is_pruned_though_its_class_says_article(page):
    text = _text(page)
    assert "rooftop solar" in text
    assert "parking rules" not in text.lower()


def test_prose_in_a_region_with_a_list_word_is_no_link_list():
    # every paragraph of the article holds a link, but the links are a small part of the text: the article's prose
    doc = lxml_html.fromstring(
        "<div class='story-related'>" + "".join(
            f"<p>The council approved the memorandum with its sister city on Tuesday, the mayor said, after a "
            f"long debate about buses and <a href='/x/{i}'>solar</a> power.</p>" for i in range(3)) + "</div>")
    assert not is_link_list(doc)


def test_a_story_whose_class_names_a_list_keeps_its_text():
    page = (f"<html><body><h1>Council approves sister-city climate MOU</h1><div class='story-body related'>{EN}"
            "<p>The full text is on <a href='/mou'>the council's site</a>.</p></div></body></html>")
    text = _text(page)
    assert "rooftop solar" in text and "The full text is on" in text
