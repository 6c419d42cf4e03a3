"""Charset shapes a new web may serve (issue 17): a Chinese double-byte label on the other family's bytes, a
charset only in <meta> or only in the XML declaration, windows-1252 under iso-8859-1, gb18030 and big5 labels,
UTF-16 without a byte-order mark; over 127.0.0.1 and as pure decoding."""
from __future__ import annotations

import pytest

from pactwatch.config import Settings, Source
from scrapers.cjk_labels import common_share
from scrapers.decode import decode_body, utf16_without_bom
from scrapers.fetch import Fetcher

try:
    from loopback import Loopback, Reply
except ImportError:  # collected as a package
    from tests.scrapers.loopback import Loopback, Reply

SIMPLIFIED = ("<html><head><title>上海市与加州签署气候合作备忘录</title></head><body><p>2024年9月24日，上海市与美国加利福尼亚州"
              "在旧金山签署了应对气候变化合作谅解备忘录，双方将在清洁能源领域开展合作。</p></body></html>")
TRADITIONAL = ("<html><head><title>臺北市與加州簽署淨零合作備忘錄</title></head><body><p>中華民國113年9月24日，臺北市與"
               "加利福尼亞州在臺北簽署了淨零排放合作諒解備忘錄，雙方將交流電動公車經驗。</p></body></html>")


@pytest.mark.parametrize("text, codec, label", [
    (TRADITIONAL, "big5", "text/html; charset=gbk"),
    (TRADITIONAL, "big5hkscs", "text/html; charset=gb2312"),
    (SIMPLIFIED, "gbk", "text/html; charset=big5"),
    (SIMPLIFIED, "gb18030", "text/html; charset=big5-hkscs"),
])
def test_chinese_label_on_the_other_familys_bytes(text, codec, label):
    decoded, _ = decode_body(text.encode(codec), label)
    assert decoded == text


@pytest.mark.parametrize("text, codec, label", [
    (SIMPLIFIED, "gbk", "text/html; charset=gb2312"), (TRADITIONAL, "big5hkscs", "text/html; charset=big5"),
    (TRADITIONAL, "gbk", "text/html; charset=gbk"),  # traditional characters in GBK bytes stay GBK
    (SIMPLIFIED, "gb18030", "text/html; charset=gb18030"),
])
def test_right_labels_are_kept(text, codec, label):
    assert decode_body(text.encode(codec), label)[0] == text


def test_charset_only_in_meta_or_xml_declaration():
    meta = SIMPLIFIED.replace("<head>", '<head><meta charset="gbk">')
    assert decode_body(meta.encode("gbk"), "text/html") == (meta, "gb18030")
    xml = '<?xml version="1.0" encoding="Big5"?><rss><channel><title>臺北市新聞</title></channel></rss>'
    assert decode_body(xml.encode("big5"), "application/rss+xml")[0] == xml
    latin = "<p>caf\u00e9 \u201cquoted\u201d \u2014 dash \u20ac5</p>"
    assert decode_body(latin.encode("cp1252"), "text/html; charset=iso-8859-1") == (latin, "cp1252")


def test_common_share_and_utf16_sniffing():
    assert common_share(SIMPLIFIED)[0] > 0.95 and common_share(TRADITIONAL)[0] > 0.95
    assert common_share(TRADITIONAL.encode("big5").decode("gb18030"))[0] < 0.75
    assert utf16_without_bom(SIMPLIFIED.encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(TRADITIONAL.encode("utf-16-be")) == "utf-16-be"
    for codec in ("utf-8", "gbk", "big5", "cp1252"):
        assert utf16_without_bom(SIMPLIFIED.encode(codec, "replace")) is None


def test_big5_page_labelled_gbk_fetched_over_http():
    with Loopback() as site, Fetcher(Settings(rate_limit=0, retries=0, trust_env=False)) as fetcher:
        site.route("/a.html", Reply(body=TRADITIONAL.encode("big5"), content_type="text/html; charset=gbk"))
        page = fetcher.fetch(site.url("/a.html"), Source(name="t", start_urls=[site.url("/")], article_links="a"))
        assert page.ok and page.text == TRADITIONAL and page.encoding == "big5hkscs"
