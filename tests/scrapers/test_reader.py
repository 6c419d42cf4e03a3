"""Page reader: main text without chrome, captions kept, headline, date and language, on stored pages."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from scrapers.reader import detect_language, read_page

DATA = Path(__file__).resolve().parents[1] / "data"
PAGES = DATA / "pages"
# real Chinese pages are other people's text: read from the shared benchmark beside the clone, never copied here
ZH_PAGES = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "zh-news" / "pages"
ZH_NOTES = DATA / "zh_news_annotations.json"
needs_zh_pages = pytest.mark.skipif(not ZH_PAGES.is_dir(), reason=f"shared zh-news benchmark absent ({ZH_PAGES})")
_SPACE = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def _page(name: str):
    return read_page((PAGES / name).read_text(encoding="utf-8"), url=f"https://example.org/{name}")


# --- partner-site page (WordPress layout) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def iclei():
    return _page("iclei-usa_ccucc-launch.html")


def test_wordpress_body_and_headline(iclei):
    assert iclei.title == "ICLEI USA Launches California-China Urban Climate Collaborative"
    assert iclei.published_on == date(2015, 9, 15)
    assert iclei.language == "en"
    assert "ICLEI USA today launched the California-China Urban Climate Collaborative" in iclei.text
    assert "builds on the joint statement of the two countries" in iclei.text


def test_captions_kept_in_reading_order(iclei):
    lines = iclei.text.splitlines()
    cap = next(i for i, ln in enumerate(lines) if "shake hands during the signing of their four-party agreement" in ln)
    assert "US-China Climate Leaders Summit in Los Angeles, CA." in lines[cap]
    assert "ICLEI USA today launched" in lines[cap - 1]
    assert "clean technology companies" in lines[cap + 1]
    assert any("Panelists discuss low-carbon city planning" in ln for ln in lines)


@pytest.mark.parametrize(
    "chrome",
    ["Skip to Main Content", "Close this search box", "Search", "angie.fyfe@iclei.org", "303-908-3250",
     "Related Posts", "Cities commit to peak emissions early", "Copyright", "Wynkoop", "Share this"],
)
def test_wordpress_chrome_absent(iclei, chrome):
    assert chrome not in iclei.text.splitlines() if chrome == "Search" else chrome not in iclei.text


# --- Chinese portal repost ----------------------------------------------------------------------------------


def test_portal_repost_reads_byline_date_and_drops_chrome():
    page = _page("energy-portal_us-china-cities.html")
    assert page.title == "中美两国主要城市共同承诺应对气候变化"
    assert page.published_on == date(2021, 4, 8)  # the byline, not the related list or the footer
    assert page.language == "zh"
    assert "北京和广州，均承诺在2020年左右碳排放达到峰值" in page.text
    assert "比亚迪与洛杉矶市就电动公交车达成协议" in page.text
    for chrome in ("打印", "关闭", "上一篇", "下一篇", "相关文章", "碳市场建设方案", "热门排行", "氢能产业发展报告",
                   "京ICP备", "邮编", "010-12345678", "返回顶部", "当前位置", "分享到", "搜索"):
        assert chrome not in page.text, chrome


# --- hand-annotated real Chinese pages ---------------------------------------------------------------------

_NOTES = json.loads(ZH_NOTES.read_text(encoding="utf-8"))
# pages whose chrome the reader does not fully remove yet (measured in bench/zh_news.py)
_KNOWN_LEAKS: set[str] = set()


@needs_zh_pages
@pytest.mark.parametrize("name", sorted(_NOTES))
def test_zh_annotated_page(name):
    note = _NOTES[name]
    page = read_page((ZH_PAGES / f"{name}.html").read_text(encoding="utf-8"))
    text = _norm(page.text)
    assert page.language == "zh"
    for sentence in note["body"]:
        assert _norm(sentence) in text, sentence
    assert _norm(page.title) == _norm(note["title"])
    if note["date"]:
        assert page.published_on == date.fromisoformat(note["date"])
    leaked = [c for c in note["chrome"] if _norm(c) in text]
    if name in _KNOWN_LEAKS:
        assert len(leaked) < len(note["chrome"])
    else:
        assert not leaked


def test_zh_annotations_cover_enough_pages():
    assert len(_NOTES) >= 30
    for note in _NOTES.values():
        assert len(note["body"]) >= 3 and 1 <= len(note["chrome"]) <= 5


# --- robustness -------------------------------------------------------------------------------------------


def test_hostile_title_comes_back_as_plain_text():
    html = (
        "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Budget deal</title></head><body>"
        '<h1><img src=x onerror="alert(1)">Budget <script>alert(2)</script>deal</h1>'
        "<p>" + "The two cities agreed on a shared budget for clean buses. " * 8 + "</p></body></html>"
    )
    page = read_page(html)
    assert page.title is not None
    assert "<" not in page.title and "onerror" not in page.title and "alert(2)" not in page.title
    assert "Budget" in page.title
    assert "<script" not in page.text and "onerror" not in page.text


def test_input_is_already_decoded_text():
    html = (PAGES / "energy-portal_us-china-cities.html").read_text(encoding="utf-8")
    # the page declares gb2312 but arrives as str: the declaration must not garble it
    assert "gb2312" in html
    assert "洛杉矶" in read_page(html).text


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "not html at all"])
def test_empty_or_junk_input(html):
    page = read_page(html)
    assert page.text == "" or isinstance(page.text, str)
    assert page.language in ("en", "zh")


def test_language_detection():
    assert detect_language("中美两国主要城市共同承诺应对气候变化, with a few English words") == "zh"
    assert detect_language("The cities signed a memorandum of understanding in Paris.") == "en"
    assert detect_language("", hint="zh") == "zh"
