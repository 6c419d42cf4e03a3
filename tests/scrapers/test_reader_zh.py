"""Chinese pages read as a person reads them: each chrome rule shown on pages of two sites, plus pages we wrote.

Real pages come from the shared zh-news benchmark (other people's text, not kept here); those tests skip, saying
why, when it is absent. The two pages under tests/data/pages/ (a WeChat-shaped article, a government layout-table
page) are the project's own.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from scrapers.reader import read_page

DATA = Path(__file__).resolve().parents[1] / "data" / "pages"
ZH_PAGES = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "zh-news" / "pages"
needs_zh_pages = pytest.mark.skipif(not ZH_PAGES.is_dir(), reason=f"shared zh-news benchmark absent ({ZH_PAGES})")
_SPACE = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return _SPACE.sub("", text or "")


@lru_cache(maxsize=None)
def shared(name: str):
    return read_page((ZH_PAGES / f"{name}.html").read_text(encoding="utf-8"))


def own(name: str):
    return read_page((DATA / name).read_text(encoding="utf-8"))


def _absent(page, *strings):
    text = _norm(page.text)
    return [s for s in strings if _norm(s) in text]


def _present(page, *strings):
    text = _norm(page.text)
    return [s for s in strings if _norm(s) not in text]


# --- rules on real pages, two sites each ------------------------------------------------------------------

CASES = {
    # tails of related / recommended / hot headline lists with dated teasers
    "tail lists": [("guancha_3", ["美国农民警告白宫", "察话会回顾"], ["截至发稿时，尚未收到回应"]),
                   ("xinhuanet_1", ["学校只剩一名学生", "2018-03-02 08:58:39"], ["法国总统马克龙此前提出"]),
                   ("stcn_1", ["赴港上市真的冷了吗", "时报观察"], ["当升科技"])],
    # publisher notices and disclaimers, editor and source lines after the body
    "notices and credits": [("stcn_1", ["力求信息真实、准确"], ["伊戈尔"]),
                            ("guancha_guancha", ["本文仅代表作者个人观点", "请支持独立网站", "责任编辑"],
                             ["中美贸易战正在变成一场持久战"]),
                            ("163_7", ["校对 李铭", "编辑 刘晓阳"], ["新京报记者登录拼多多全球购页面"]),
                            ("thepaper_2", ["责编|陈梦莹", "校对|黄慧敏"], ["开始搓搓手了"])],
    # page furniture: bookmark, print, close window, breadcrumbs, mini-program and QR prompts, 返回…查看更多
    "furniture": [("zsnews_1", ["打印本页", "关闭窗口", "现在位置"], ["众创金融街"]),
                  ("sxmu_1", ["添加收藏夹", "设为首页", "浏览次数"], ["监察法"]),
                  ("sina_4", ["查看所有收藏", "已收藏"], ["A13仿生芯片"]),
                  ("wechat_1", ["长按识别前往小程序", "看一看入口已关闭", "goback"], ["LPDDR5"]),
                  ("njxfhn_1", ["查看更多", "香港警方"], ["冒充公检法诈骗多挑女性"]),
                  ("thepaper_2", ["回复【社保】", "点击菜单栏"], ["南沙国际邮轮母港"])],
    # an institution's footer under the article
    "footer": [("gsc_1", ["大屯路甲11号"], ["中国人文地理学术年会创办于2011年"]),
               ("zyyfy_1", ["版权所有", "位置：首页"], ["本次竞赛内容分为中药"])],
    # the page top (nav, breadcrumbs) printed before the headline
    "page top": [("stcn_1", ["您所在的位置", "舆情", "路演"], []),
                 ("toutiao_2", ["侵权投诉", "头条产品"], ["世界第二大内陆国的蒙古国"])],
    # every body paragraph kept, also one that ends with a reposting note
    "body kept": [("thepaper_5", [], ["此前，症状不那么明显的人可能无意中成为新冠病毒的沉默传播者"]),
                  ("ifeng_1", [], ["“往我眼里塞，就塞三十片，看塞进去是啥情况。”"])],
}


@needs_zh_pages
@pytest.mark.parametrize("rule,name,chrome,body",
                         [(rule, n, c, b) for rule, cases in CASES.items() for n, c, b in cases])
def test_chrome_rule_on_real_page(rule, name, chrome, body):
    page = shared(name)
    assert not _absent(page, *chrome), (rule, name)
    assert not _present(page, *body), (rule, name)


def test_every_rule_is_shown_on_two_sites():
    for rule, cases in CASES.items():
        assert len({n.split("_")[0] for n, _, _ in cases}) >= 2, rule


@needs_zh_pages
@pytest.mark.parametrize("name,title", [
    ("gsc_1", "2019年中国人文地理学术年会在重庆•西南大学成功举行！"),  # <title> "新闻动态--中国地理学会官网"
    ("sxmu_1", "中华人民共和国监察法"),  # <title> "中华人民共和国监察法-纪检"
    ("mingridapan_1", "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"),
    ("toutiao_2", "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"),  # heading "原创" badge dropped
])
def test_page_heading_preferred_over_site_title(name, title):
    assert shared(name).title == title


@needs_zh_pages
@pytest.mark.parametrize("name,day,author", [
    ("wechat_1", date(2020, 2, 12), "爱否科技"),  # var ct = "1581517074", the page prints "昨天"
    ("wechat_2", date(2020, 2, 11), "未闻Code"),
    ("zyyfy_1", date(2019, 10, 31), None),  # byline "时间：2019年10月31日" under a class="title" heading
    ("zsnews_1", date(2019, 3, 6), None),  # 发布日期, not the date the body's first sentence opens with
])
def test_dates_a_reader_sees(name, day, author):
    page = shared(name)
    assert page.published_on == day
    if author:
        assert page.author == author
        assert not page.text.startswith(author)


@needs_zh_pages
@pytest.mark.parametrize("name", ["wechat_1", "gzggw_1", "stcn_1"])
def test_text_is_body_only_without_the_headline(name):
    page = shared(name)
    assert _norm(page.title) not in [_norm(ln) for ln in page.text.splitlines()]


# --- pages the project wrote ------------------------------------------------------------------------------


def test_wechat_shaped_page():
    page = own("wechat-shaped_city-pact.html")
    assert page.title == "两市签署低碳城市合作备忘录"
    assert page.published_on == date(2020, 2, 12)
    assert page.author == "气候合作观察"
    assert page.language == "zh"
    lines = page.text.splitlines()
    assert lines[0].startswith("本周，两座沿海城市在线上会议中签署了低碳城市合作备忘录")
    assert lines[-1].startswith("两市有关部门负责人表示")
    for chrome in ("昨天", "气候合作观察", "阅读", "在看", "看一看入口已关闭", "长按识别", "goback", "信息来源于网络"):
        assert chrome not in page.text, chrome


def test_government_layout_table_page():
    page = own("gov-table_cooperation-notice.html")
    assert page.title == "某市与友好城市召开气候合作工作会议"
    assert page.published_on == date(2021, 4, 8)
    lines = page.text.splitlines()
    assert len(lines) == 3 and lines[0].startswith("4月7日上午") and lines[2].startswith("双方还同意")
    for chrome in ("|", "添加收藏夹", "现在位置", "发布日期", "浏览次数", "编辑 王小明", "声明", "打印本页", "关闭窗口",
                   "中心大道", "010-12345678", "主办单位"):
        assert chrome not in page.text, chrome


# --- the line rules do not take sentences ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "作者认为，这项合作将在三年内完成。", "用户可以通过微信小程序预约公交车。", "图片显示，两市代表在会上签署了协议。",
    "来源于两市的代表共同出席了签约仪式，并发表讲话。", "关注气候合作的市民越来越多。",
])
def test_sentences_are_not_chrome(line):
    from scrapers import furniture

    assert not (furniture.is_furniture(line) or furniture.is_credit(line) or furniture.is_notice(line))
    assert furniture.strip_glued("双方签署了备忘录。" + line) == "双方签署了备忘录。" + line


@pytest.mark.parametrize("line", ["【我要打印】【关闭】", "【我要打印】 【关闭窗口】", "[打印此页] [关闭窗口]", "【打印】【关闭】",
                                  "打印本页 关闭窗口"])
def test_print_and_close_buttons_are_furniture(line):
    # a government portal's closing buttons (gov.cn writes 【我要打印】【关闭】, provincial sites [打印此页] [关闭窗口])
    from scrapers import furniture

    assert furniture.is_furniture(line)


@pytest.mark.parametrize("line", ["编辑 刘晓阳 校对 李铭", "责编：Demi Xia", "新京报记者 陆一夫", "摄影/张艳 编辑/苏芳",
                                  "(综合整理自澎湃新闻、智东西、雷锋网等)"])
def test_credit_lines(line):
    from scrapers import furniture

    assert furniture.is_credit(line)


def test_wechat_page_as_served_with_its_body_still_hidden():
    # WeChat serves the body hidden (a script shows it): a short article must still be read
    html = (DATA / "wechat-shaped_city-pact.html").read_text(encoding="utf-8")
    html = html.replace('id="js_content">', 'id="js_content" style="visibility: hidden;">')
    page = read_page(html)
    assert page.text.startswith("本周，两座沿海城市在线上会议中签署了低碳城市合作备忘录")
    assert "看一看入口已关闭" not in page.text


@pytest.mark.parametrize("script,day", [
    ('var ct = "1581517074";', date(2020, 2, 12)),  # 22:17 in China, 14:17 UTC
    ('var ct = "1581440000";', date(2020, 2, 12)),  # 00:53 in China on the 12th, still the 11th in UTC
    ('d.publish_time = "2020-02-11";', date(2020, 2, 11)),
    ("var ct = 1581517074;", None),  # an unquoted `ct` is some other counter, not WeChat's time
])
def test_script_variable_dates(script, day):
    from lxml.html import fromstring

    from scrapers.scriptmeta import script_date

    assert script_date(fromstring(f"<html><head><script>{script}</script></head><body><p>x</p></body></html>")) == day
