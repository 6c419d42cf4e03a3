"""Page reading on unseen templates, round 6 (issue 17, the fifty-seventh web), each rule shown on two page templates
written here (neither is the web's own):

* an app-built page whose server HTML holds the story only in a JSON state script (`__NEXT_DATA__`, a Vite app's
  `<script type="application/json">`) beside an empty mount point is read from the script's body string; related
  headlines and labels in the same state are not; a page whose elements hold the story keeps trafilatura's text;
* a multi-page story's pager line ("共3页: 上一页 1 2 3 下一页", "Pages: 1 2 Next »", "Continue reading on page 2") is
  no text; a sentence that names a page stays.
"""
from __future__ import annotations

import html
import json

from scrapers.pager_lines import drop_pager_lines, is_pager_line
from scrapers.reader import read_page
from scrapers.script_body import script_body

P1 = ("The county transit board and the state energy office signed a memorandum on Thursday to build hydrogen "
      "fuelling stations at two bus depots, with the first station due to open within eighteen months.")
P2 = ("Under the memorandum the energy office will pay for the electrolysers, and the board will run the buses and "
      "report their fuel use every quarter.")
P3 = "Board members said a third depot could follow if the first two meet their targets."
RELATED = ["Harbor city signs a wind power accord", "Valley town pledges net zero by 2045"]


def next_page(body_html: str) -> str:
    """A Next.js story page: an empty #__next, the story in __NEXT_DATA__ beside related headlines."""
    data = {"props": {"pageProps": {"article": {"title": "Transit board signs hydrogen memorandum",
                                                "content_html": body_html},
                                    "related": [{"title": t, "text": t} for t in RELATED]}},
            "page": "/news/[id]", "buildId": "Zq81"}
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Transit board signs hydrogen memorandum - Metro '
            'Courier</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
            f'{json.dumps(data)}</script><script src="/_next/static/chunks/app.js"></script></body></html>')


def vite_app(paragraphs: list[str]) -> str:
    """A Vite/Vue app's story page: an empty #app, the story's paragraphs in an app-state script."""
    state = {"route": "/article/8812", "article": {"headline": "Transit board signs hydrogen memorandum",
                                                   "body": paragraphs}, "menu": ["Home", "Politics", "Climate"]}
    return ('<html><head><title>Transit board signs hydrogen memorandum</title></head><body><div id="app"></div>'
            f'<script type="application/json" id="app-state">{html.escape(json.dumps(state), quote=False)}</script>'
            '<script type="module" src="/assets/index.4f1.js"></script></body></html>')


def test_next_data_body_is_the_text():
    page = read_page(next_page(f"<p>{P1}</p><p>{P2}</p><figure><img src='a.jpg'></figure><p>{P3}</p>"))
    assert page.text.split("\n") == [P1, P2, P3]
    assert not any(t in page.text for t in RELATED)


def test_app_state_paragraph_list_is_the_text():
    page = read_page(vite_app([P1, P2, P3]))
    assert page.text.split("\n") == [P1, P2, P3]
    assert "Politics" not in page.text


def test_story_in_elements_keeps_trafilaturas_text():
    """The state holds a different string under a body key: the page's own paragraphs win."""
    data = json.dumps({"props": {"pageProps": {"promo": {"body": "A promotional blurb " * 20}}}})
    page = read_page(f'<html><body><article><h1>Transit board signs hydrogen memorandum</h1><p>{P1}</p><p>{P2}</p>'
                     f'</article><script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>')
    assert P1 in page.text and "promotional blurb" not in page.text


def test_state_without_a_body_gives_nothing():
    assert script_body([json.dumps({"props": {"related": [{"title": t} for t in RELATED]}})]) == ""
    assert script_body(["{not json"]) == ""
    assert script_body([json.dumps({"article": {"body": "Too short to be a story."}})]) == ""


ZH1 = "10月9日，甲市与乙市签署生态环境联防联治合作协议，双方将建立跨界河流水质联合监测机制。"
ZH2 = "根据协议，两市每季度召开一次联席会议，共享重点排污单位在线监测数据。"


def dede_page(pager: str) -> str:
    """A DedeCMS story page cut in two: its pager under the first part."""
    return (f'<html><head><meta charset="utf-8"><title>两市签署生态环境合作协议_城乡在线</title></head><body>'
            f'<div class="main"><h1>两市签署生态环境合作协议</h1><div class="info">2026-10-10 来源：城乡在线</div>'
            f'<div class="content"><p>{ZH1}</p><p>{ZH2}</p></div><div class="dede_pages">{pager}</div></div>'
            f'</body></html>')


def wp_page(pager: str) -> str:
    """A WordPress post split by <!--nextpage-->: wp_link_pages under the first part."""
    return (f'<html><head><title>Transit board signs hydrogen memorandum</title></head><body><article class="post">'
            f'<h1 class="entry-title">Transit board signs hydrogen memorandum</h1><div class="entry-content">'
            f'<p>{P1}</p><p>{P2}</p><p class="post-nav-links">{pager}</p></div></article></body></html>')


def test_chinese_pager_line_is_no_text():
    page = read_page(dede_page('共3页: <a href="#">上一页</a> <b>1</b> <a href="x_2.html">2</a> '
                               '<a href="x_3.html">3</a> <a href="x_2.html">下一页</a>'))
    assert page.text.split("\n") == [ZH1, ZH2]


def test_english_pager_line_is_no_text():
    page = read_page(wp_page('Pages: <span>1</span> <a href="?page=2">2</a> <a href="?page=2">Next »</a>'))
    assert page.text.split("\n") == [P1, P2]


def test_pager_lines_only():
    assert is_pager_line("共2页: 上一页 下一页") and is_pager_line("第1页 共5页")
    assert is_pager_line("Page 1 of 2 Next ›") and is_pager_line("Continue reading on page 2")
    assert is_pager_line("Keep reading on the next page")
    assert not is_pager_line("详见报告第12页。") and not is_pager_line("The plan's page 12 lists each depot.")
    assert not is_pager_line("首页")  # a lone nav label is chrome_lines' business, and names no page number
    text = "The plan's page 12 lists each depot.\n第3页列出了各项目。"
    assert drop_pager_lines(text) == text
