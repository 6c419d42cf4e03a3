"""A photo credit inside a caption (an element of its own, or a credit after the caption's last sentence, in English
or Chinese) is cut; the caption's own words stay (scrapers/caption_credits.py, called by chrome.rescue_captions)."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scrapers.caption_credits import cut_credit_tail, drop_credit_parts
from scrapers.reader import read_page

LEAD = "Dayton and Zibo signed a memorandum of understanding on district heating at City Hall on Tuesday."
MORE = "The memorandum runs for three years and covers heat pumps in public schools."
LEAD_ZH = "3月12日，泰安市与美国斯波坎市在泰安签署低碳城市合作备忘录，双方将在建筑节能和公共交通领域开展交流。"
MORE_ZH = "根据备忘录，两市将每年互派技术人员，并联合开展社区光伏试点。"


def _caption(inner: str):
    return lxml_html.fragment_fromstring(f"<figcaption>{inner}</figcaption>")


@pytest.mark.parametrize("inner,kept", [
    ("<span class='caption'>The mayor speaks at the council meeting.</span> <span class='credit'>Courier staff photo"
     "</span>", "The mayor speaks at the council meeting."),
    ("The harbour at dawn. <small class='photo-credit'>Jane Roe / Tribune</small>", "The harbour at dawn."),
    ("Workers install panels. <cite>Photo courtesy of the city</cite>", "Workers install panels."),
    ("Solar farm near Golmud. <em>Staff photo by Ann Lee</em>", "Solar farm near Golmud."),
    ("Officials sign the agreement. <span itemprop='copyrightHolder'>Reuters</span>", "Officials sign the agreement."),
    ("市民在新建的公园里散步。<span>张晓明 摄</span>", "市民在新建的公园里散步。"),
    ("签约仪式现场。<span class='zz'>摄影：李明</span>", "签约仪式现场。"),
    ("光伏电站全景。<span>市生态环境局供图</span>", "光伏电站全景。"),
    ("Officials at the port.<dl><dt>Photo</dt><dd itemprop='copyrightHolder'>@janeroe</dd></dl>", "Officials at the port."),
    # a wrapper whose class names both: the caption inside it stays, the credit goes
    ("<div class='caption-credit'>Wind turbines near Golmud. <span class='credit'>Jane Roe</span></div>",
     "Wind turbines near Golmud."),
    ("<div class='image-meta'><div class='caption'><p>Wind turbines near Golmud.</p></div>"
     "<div class='image-credit'>Photo: Jane Roe</div></div>", "Wind turbines near Golmud."),
])
def test_credit_elements_inside_a_caption_go(inner, kept):
    cap = _caption(inner)
    drop_credit_parts(cap)
    assert " ".join("".join(cap.itertext()).split()) == kept


@pytest.mark.parametrize("inner", [
    "Mayor <span class='name'>Carla Benton</span> speaks during the council meeting.",  # a name in the caption's words
    "Buses at a <span>rapid-transit station</span> in Curitiba.",
    "<span class='caption-text'>摄影爱好者在湿地公园拍摄候鸟。</span>",  # a caption about photographers
    # a credit with the caption's words after it is left as it was (only a closing credit is cut)
    "<span class='copyright'>© Jane Roe</span> Martin Lee of Aberdeen, Scotland",
])
def test_the_captions_own_words_stay(inner):
    cap = _caption(inner)
    before = " ".join("".join(cap.itertext()).split())
    drop_credit_parts(cap)
    assert " ".join("".join(cap.itertext()).split()) == before


@pytest.mark.parametrize("text,kept", [
    ("Buses at a Curitiba rapid-transit station. Courier staff photo", "Buses at a Curitiba rapid-transit station."),
    ("The plant at night. Contributed photo", "The plant at night."),
    ("雨中的黄鹤楼。城市摄影队 周斌 摄", "雨中的黄鹤楼。"),
    ("论坛开幕式现场。主办方供图", "论坛开幕式现场。"),
    ("A staff photo exhibition opened at the library.", "A staff photo exhibition opened at the library."),
    ("摄影师在湿地公园拍摄候鸟。", "摄影师在湿地公园拍摄候鸟。"),
])
def test_a_credit_after_the_last_sentence_goes(text, kept):
    assert cut_credit_tail(text) == kept


def test_two_sites_captions_keep_their_words_and_lose_their_credits():
    en = ("<html lang='en'><head><title>Dayton and Zibo sign heating memorandum</title></head><body><article>"
          "<h1>Dayton and Zibo sign heating memorandum</h1><div class='story-body'>"
          f"<p>{LEAD}</p><figure class='story-photo'><img src='/a.jpg' alt=''><figcaption><span class='caption'>"
          "Mayor Jeff Mims signs the memorandum at City Hall.</span> <span class='credit'>Daily News staff photo</span>"
          f"</figcaption></figure><p>{MORE}</p></div></article></body></html>")
    text = read_page(en).text
    assert "Mayor Jeff Mims signs the memorandum at City Hall." in text and "staff photo" not in text, text
    zh = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>泰安与斯波坎签署低碳合作备忘录</title></head><body>"
          "<div class='article'><h1>泰安与斯波坎签署低碳合作备忘录</h1><div class='TRS_Editor'>"
          f"<p>{LEAD_ZH}</p><div class='pic'><img src='/b.jpg'><p class='pic-caption'>泰安市与斯波坎市代表在签约仪式现场交换合作备忘录文本。"
          f"<span class='photo-credit'>记者 王磊 摄</span></p></div><p>{MORE_ZH}</p></div></div></body></html>")
    text = read_page(zh).text
    assert "王磊" not in text and "交换合作备忘录文本。" in text and LEAD_ZH in text and MORE_ZH in text, text


def test_a_file_photo_told_in_the_credit_element_still_drops_the_caption():
    # "File photo" in the credit span says the picture shows an earlier occasion: the caption goes whole (chrome.py)
    page = ("<html lang='en'><head><title>Oregon port officials tour a wind port</title></head><body><article>"
            f"<h1>Oregon port officials tour a wind port</h1><div class='entry-content'><p>{LEAD}</p>"
            "<figure class='wp-caption'><img src='/c.jpg' alt=''><figcaption>Dayton and Zibo officials sign a "
            "memorandum in Zibo in October. <span class='credit'>File photo: Lin Wei / Gazette</span></figcaption>"
            f"</figure><p>{MORE}</p></div></article></body></html>")
    text = read_page(page).text
    assert "in October" not in text and "Lin Wei" not in text and LEAD in text, text
