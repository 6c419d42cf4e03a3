"""Chrome inside the article body (scrapers/inline_chrome.py) and the toolbar / credit lines found with it: each rule
on small pages of two different templates written here (a newspaper and a portal, English and Chinese)."""
from __future__ import annotations

from scrapers.reader import read_page

EN_PARAS = [
    "The state and the province signed a memorandum of understanding on offshore wind and port electrification on "
    "Monday in the provincial capital, officials said.",
    "Under the memorandum, the two sides will share research on floating wind turbines and train technicians for "
    "two ports on either side of the Pacific.",
    "\"Offshore wind is where our two coasts meet,\" the state's energy director said at the ceremony held in the "
    "provincial government's guest house.",
    "The province aims to peak its carbon emissions before 2030, according to the provincial government, and the "
    "agreement runs for five years.",
]
ZH_PARAS = [
    "10月7日，省人民政府与美国某州在省会签署海上风电和港口电气化合作备忘录，双方有关负责人出席签约仪式并致辞。",
    "根据备忘录，双方将在漂浮式风机研究、港口技术人员培训等方面开展合作，合作期限为五年，到期后可续签。",
    "该省提出，力争2030年前实现碳达峰，并将海上风电作为能源转型的重点方向，持续扩大清洁能源装机规模。",
]


def _newspaper(inserts: dict[int, str], paras=EN_PARAS, lang="en", title="State and province sign wind memorandum"):
    """An English newspaper template: <article>, div.story-body, inserts after paragraph i."""
    body = "".join(f"<p>{p}</p>" + inserts.get(i, "") for i, p in enumerate(paras))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Gazette</title></head>
<body><header><a href="/">Gazette</a></header><main><article><h1>{title}</h1>
<p class="meta">By Staff, 8 October 2024</p><div class="story-body">{body}</div></article></main>
<footer>Gazette</footer></body></html>"""


def _portal(inserts: dict[int, str], paras=ZH_PARAS, lang="zh-CN", title="某省与美国某州签署海上风电合作备忘录"):
    """A Chinese portal template: h2.tit, div.TRS_Editor with full-width indents, inserts after paragraph i."""
    body = "".join(f"<p>　　{p}</p>" + inserts.get(i, "") for i, p in enumerate(paras))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}-某某网</title></head>
<body><div class="top"><a href="/">首页</a></div><div class="wrap"><h2 class="tit">{title}</h2>
<div class="xinxi">2024-10-08 10:26 来源：某某日报</div><div class="TRS_Editor">{body}</div></div>
<div class="foot">某某网</div></body></html>"""


# --- in-body link lines -----------------------------------------------------------------------------------------
def test_read_more_line_to_another_story_is_dropped_on_a_newspaper():
    page = read_page(_newspaper({0: '<p><strong>READ MORE:</strong> <a href="/n/1">Ohio and Henan sign clean-energy '
                                    'pact</a></p>',
                                 2: '<p>Related: <a href="/n/2">Texas city pledges net zero by 2040</a></p>'}))
    assert "Ohio and Henan" not in page.text and "Texas city" not in page.text
    assert "share research on floating wind turbines" in page.text


def test_related_reading_line_is_dropped_on_a_portal():
    page = read_page(_portal({0: '<p>　　相关阅读：<a href="/x/1.html">浙江省与美国某州签署清洁能源合作协议</a></p>',
                              1: '<p><b>延伸阅读：</b><a href="/x/2.html">某市承诺2027年实现碳中和</a></p>'}))
    assert "浙江省与美国某州" not in page.text and "2027年实现碳中和" not in page.text
    assert "漂浮式风机研究" in page.text


def test_a_labelled_sentence_with_a_link_in_it_is_kept():
    line = ('<p>Related: the city also signed <a href="/n/3">a memorandum</a> with a port authority last year, the '
            'director added.</p>')
    assert "the city also signed a memorandum" in read_page(_newspaper({1: line})).text


# --- pull quotes ------------------------------------------------------------------------------------------------
def test_pull_quote_repeating_a_body_sentence_is_dropped_on_a_newspaper():
    page = read_page(_newspaper({2: '<blockquote class="pull-quote"><p>"Offshore wind is where our two coasts '
                                    'meet."</p></blockquote>'}))
    assert page.text.count("where our two coasts meet") == 1


def test_pull_quote_box_without_a_quote_class_is_dropped_on_a_portal():
    page = read_page(_portal({1: "<blockquote><p>“双方将在漂浮式风机研究、港口技术人员培训等方面开展合作”</p></blockquote>"}))
    assert page.text.count("漂浮式风机研究") == 1


def test_a_quote_the_body_does_not_repeat_is_kept():
    quote = '<blockquote><p>"We will build the first floating turbine together by 2028," the governor wrote.</p></blockquote>'
    assert "first floating turbine together" in read_page(_newspaper({1: quote})).text


# --- summary boxes in the other language ------------------------------------------------------------------------
def test_chinese_summary_box_on_an_english_page_is_dropped():
    box = ('<div class="summary-box"><h4>中文摘要</h4><p>美国某州与中国某省10月7日签署海上风电合作备忘录，双方将研究漂浮式'
           '风机并培训港口技术人员。</p></div>')
    page = read_page(_newspaper({0: box}))
    assert "中文摘要" not in page.text and "漂浮式" not in page.text and page.language == "en"


def test_english_summary_box_on_a_chinese_page_is_dropped():
    box = ('<div class="abstract"><p><strong>English summary:</strong></p><p>The province and a US state signed an '
           'offshore wind memorandum on October 7.</p></div>')
    page = read_page(_portal({2: box}))
    assert "English summary" not in page.text and "offshore wind memorandum" not in page.text
    assert "力争2030年前实现碳达峰" in page.text


# --- live-blog entry labels -------------------------------------------------------------------------------------
def test_pinned_and_key_event_labels_are_dropped_from_live_blogs():
    entries = ('<div class="entry"><b>Pinned</b> Follow our coverage of the forum here as it happens.</div>'
               '<div class="entry"><span class="time">11:20</span><p>' + EN_PARAS[0] + '</p></div>')
    one = read_page(_newspaper({0: entries}))
    wire = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live: forum day two - Wire</title>'
            '</head><body><nav><a href="/">Wire</a></nav><h1>Live: forum day two</h1><section class="liveblog">'
            + "".join(f'<div class="update"><time>1{i}:00</time><p>' + ('<span class="badge">Key event</span> '
                      if i == 1 else "") + f"{p}</p></div>" for i, p in enumerate(EN_PARAS)) + "</section></body></html>")
    two = read_page(wire)
    assert "Pinned" not in one.text and "Follow our coverage of the forum here" in one.text
    assert "Key event" not in two.text and "Under the memorandum, the two sides" in two.text


# --- toolbars and credits ---------------------------------------------------------------------------------------
def test_font_size_toolbar_is_dropped_on_two_templates():
    tool = '<p>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>'
    one = read_page(_portal({0: tool}))
    two = read_page(_portal({}).replace('<div class="xinxi">', '<div class="info"><span>【字体：大 中 小】</span></div>'
                                                               '<div class="xinxi">'))
    assert "字体" not in one.text and "字体" not in two.text and "漂浮式风机研究" in one.text


def test_share_row_by_pinyin_class_is_dropped():
    row = '<div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
    page = read_page(_portal({2: row}))
    assert "QQ空间" not in page.text and "微博" not in page.text


def test_a_file_photo_caption_is_dropped_on_two_templates():
    """A file photo shows an earlier occasion: its caption ("... sign a memorandum in October") is not this news."""
    fig = ('<figure><img src="/a.jpg" alt=""><figcaption>Officials sign a wind memorandum in the provincial capital '
           'in October. File photo: Lin Wei / Gazette</figcaption></figure>')
    wp = ('<div class="wp-caption"><img src="/b.jpg" alt=""><p class="wp-caption-text">两地官员去年在省会签署合作备忘录。'
          '（资料图）</p></div>')
    one, two = read_page(_newspaper({0: fig})), read_page(_portal({0: wp}))
    assert "wind memorandum in the provincial capital" not in one.text and "去年在省会签署" not in two.text
    assert "share research on floating wind turbines" in one.text and "漂浮式风机研究" in two.text


def test_a_photo_caption_is_kept_without_its_credit():
    fig = ('<figure><img src="/a.jpg" alt=""><figcaption>Officials tour the wind port in the provincial capital on '
           'Monday. Photo: Lin Wei / Gazette</figcaption></figure>')
    line = next(ln for ln in read_page(_newspaper({0: fig})).text.splitlines() if "Officials tour" in ln)
    assert line == "Officials tour the wind port in the provincial capital on Monday."


def test_a_read_more_label_on_its_own_line_is_dropped():
    links = ('<ul><li><a href="/a">Ohio and Henan sign clean-energy pact</a></li><li><a href="/b">Texas city pledges '
             'net zero by 2040</a></li></ul>')
    one = read_page(_newspaper({1: "<p><strong>Read more</strong></p>" + links}))
    two = read_page(_newspaper({2: '<h4>See also</h4>' + links}).replace("<article>", '<article class="post">'))
    for page in (one, two):
        assert not [x for x in ("Read more", "See also", "Ohio and Henan", "Texas city") if x in page.text]
        assert "share research on floating wind turbines" in page.text


def test_a_linked_headline_alone_in_the_body_is_a_teaser():
    one = read_page(_newspaper({1: '<p><a href="/n/9"><strong>Ohio and Henan sign clean-energy pact</strong></a></p>'}))
    two = read_page(_portal({0: '<p><a href="/x/9.html">浙江省与美国某州签署清洁能源合作协议</a></p>'}))
    assert "Ohio and Henan" not in one.text and "浙江省与美国某州" not in two.text
    kept = read_page(_newspaper({1: '<p><a href="/doc.pdf">Read the full text of the memorandum here.</a></p>'}))
    assert "Read the full text of the memorandum here." in kept.text  # a sentence, not a headline


def test_the_author_bio_box_is_dropped():
    bio = "Dana Whitfield covers energy and trade for the Gazette. She previously reported from Shanghai."
    one = read_page(_newspaper({3: f'<p class="bio"><em>{bio}</em></p>'}))
    two = read_page(_newspaper({3: f'<div class="author__bio"><img src="/d.jpg" alt=""><p>{bio}</p></div>'}))
    assert "covers energy and trade" not in one.text and "covers energy and trade" not in two.text


def test_a_key_facts_box_restating_the_story_gives_no_second_record():
    """"Key facts" / "At a glance" boxes stay text (a release's "Quick Facts" hold facts the body lacks); one that
    restates the story's signing and pledge adds mentions that resolve into the same two records."""
    from datetime import datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions
    from warehouse.resolve import resolve

    paras = ["Oregon and China's Fujian province on Monday signed a memorandum of understanding on offshore wind in "
             "Fuzhou.", "Under the memorandum, the two sides will share research on floating wind turbines and train "
             "technicians for the ports.", "Fujian aims to peak its carbon emissions before 2030, according to the "
             "provincial government.", "The agreement runs for five years and can be renewed by either side."]
    boxes = ['<div class="key-facts"><h3>Key facts</h3><ul><li>Fujian pledged to peak carbon emissions by 2030.</li>'
             '<li>Signed on Monday in Fuzhou.</li></ul></div>',
             '<div class="glance"><p><b>At a glance:</b> Oregon and Fujian signed a memorandum of understanding. '
             'Fujian will peak emissions by 2030.</p></div>']
    for box in boxes:
        page = read_page(_newspaper({2: box}, paras=paras, title="Oregon and Fujian sign offshore wind memorandum"))
        article = Article(url="http://gazette.test/a", source="gazette", title=page.title,
                          published_on=page.published_on, language=page.language, text=page.text,
                          fetched_at=datetime(2024, 10, 9))
        mentions = extract_mentions(article)
        assert len(mentions) > 2  # the box is read
        assert sorted(r.record_type for r in resolve(mentions, {})) == ["agreement", "commitment"]


# --- label lines between paragraphs, on a second template of each language ------------------------------------
def _wire(inserts: dict[int, str]) -> str:
    """An English wire template: no <article>, a dateline, div.article-body, a trending box."""
    body = "".join(f"<p>{p}</p>" + inserts.get(i, "") for i, p in enumerate(EN_PARAS))
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Wind pact signed - Wire</title>
<meta property="article:published_time" content="2024-10-08T07:15:00Z"></head><body><div id="top">Wire</div>
<section class="main"><h1 class="story-title">Wind pact signed</h1><div class="article-body">{body}</div></section>
<div class="trending"><h3>Trending</h3></div></body></html>"""


def _gov(inserts: dict[int, str]) -> str:
    """A Chinese government portal in table layout: title cell, info cell, text cell with 【打印】【关闭】."""
    body = "".join(f"<p>{p}</p>" + inserts.get(i, "") for i, p in enumerate(ZH_PARAS))
    return f"""<html><head><meta charset="utf-8"><title>某省与美国某州签署合作备忘录_某某省人民政府</title></head><body>
<table><tr><td class="biaoti"><h3>某省与美国某州签署合作备忘录</h3></td></tr><tr><td>发布日期：2024-10-08</td></tr>
<tr><td class="zhengwen">{body}</td></tr><tr><td>【打印】【关闭】</td></tr></table></body></html>"""


EN_LINES = ["<p>Story continues below advertisement</p>", '<p class="rt">Reading time: 3 minutes</p>',
            "<p>Sign up for our climate newsletter and get the week's news every Friday.</p>",
            '<p>Topics: <a href="/t/climate">Climate</a>, <a href="/t/energy">Energy</a></p>']
ZH_LINES = ["<p>【纠错】</p>", "<p>【我要纠错】 责任编辑：李明</p>", "<p>图片来源：新华社</p>", "<p>视频加载中，请稍候...</p>",
            '<p><a href="#">收藏本页</a> <a href="#">打印</a></p>']


def test_english_label_lines_between_paragraphs_are_dropped_on_two_templates():
    for template in (_newspaper, _wire):
        text = read_page(template({i % 3: line for i, line in enumerate(EN_LINES)})).text
        assert not [w for w in ("advertisement", "Reading time", "newsletter", "Topics") if w in text], text
        assert "share research on floating wind turbines" in text


def test_chinese_label_lines_between_paragraphs_are_dropped_on_two_templates():
    for template in (_portal, _gov):
        for line in ZH_LINES:
            text = read_page(template({1: line})).text
            assert not [w for w in ("纠错", "图片来源", "视频加载", "收藏本页") if w in text], text
            assert "漂浮式风机研究" in text


GOV_TOOLS = ['<p>文章来源：某某日报</p>', '<p>稿源：某某网 作者：张三</p>', '<p>字号：<a>T</a>|<a>T</a></p>',
             '<p>视力保护色：<a>□</a><a>□</a><a>□</a></p>', '<p>字号：默认 大 超大</p>', '<p>网站纠错 | 无障碍浏览</p>',
             '<p>A+ A- 默认</p>', '<p>时间：2024-10-08 来源：某某网</p>',
             '<table class="xxgk"><tr><td>索引号：</td><td>11440100/2024-00123</td><td>主题分类：</td><td>环境保护</td></tr>'
             '<tr><td>发文机关：</td><td>某某市人民政府</td><td>成文日期：</td><td>2024-10-08</td></tr></table>']


def test_reading_tools_source_lines_and_document_metadata_are_dropped_on_two_templates():
    """Font-size and eye-care toolbars, accessibility links, source lines and a government notice's metadata rows
    (索引号 / 发文机关 / 成文日期) between paragraphs."""
    for template in (_portal, _gov):
        for tool in GOV_TOOLS:
            lines = read_page(template({1: tool})).text.splitlines()
            assert len(lines) == 3 and "漂浮式风机研究" in lines[1], (tool, lines)
