"""Decoding real GBK, Big5, UTF-8 and cp1252 bytes, with right, wrong and missing labels."""
from __future__ import annotations

from scrapers.decode import decode_body, normalize_encoding, sniff_declared_charset

ZH_HANS = ("<html><head><title>新闻</title></head><body><p>中美两国在北京签署了关于加强气候合作的谅解备忘录，"
           "双方同意在可再生能源、甲烷减排和低碳城市建设等领域开展务实合作。</p></body></html>")
ZH_HANT = ("<html><head><title>新聞</title></head><body><p>臺灣與美國簽署氣候合作備忘錄，雙方同意在再生能源、"
           "減碳技術及城市調適等領域加強交流與合作。</p></body></html>")
EN = "<html><body><p>The ministers\u2019 \u201cagreement\u201d on caf\u00e9 emissions \u2013 signed in M\u00fcnchen.</p></body></html>"


def test_gbk_without_any_label_is_detected():
    text, enc = decode_body(ZH_HANS.encode("gbk"), "text/html")
    assert text == ZH_HANS and enc == "gb18030"


def test_big5_mislabelled_utf8_is_detected_from_bytes():
    text, enc = decode_body(ZH_HANT.encode("big5"), "text/html; charset=UTF-8")
    assert text == ZH_HANT and enc == "big5hkscs"


def test_gb2312_label_means_gb18030():
    body = ZH_HANS.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    text, enc = decode_body(body.encode("gb18030"), None)
    assert enc == "gb18030" and "谅解备忘录" in text
    assert normalize_encoding("GBK") == normalize_encoding("x-gbk") == "gb18030"


def test_utf8_labelled_and_unlabelled():
    assert decode_body(ZH_HANS.encode("utf-8"), "text/html; charset=utf-8") == (ZH_HANS, "utf-8")
    assert decode_body(ZH_HANS.encode("utf-8"), None) == (ZH_HANS, "utf-8")


def test_utf8_under_latin1_label_stays_utf8():
    assert decode_body(EN.encode("utf-8"), "text/html; charset=ISO-8859-1") == (EN, "utf-8")


def test_cp1252_labelled_and_unlabelled():
    assert decode_body(EN.encode("cp1252"), "text/html; charset=iso-8859-1") == (EN, "cp1252")
    assert decode_body(EN.encode("cp1252"), "text/html") == (EN, "cp1252")


def test_meta_charset_used_when_header_silent():
    body = ('<html><head><meta charset="big5"></head>' + ZH_HANT[12:]).encode("big5")
    text, enc = decode_body(body, "text/html")
    assert enc == "big5hkscs" and "備忘錄" in text


def test_meta_charset_ignored_when_bytes_disagree():
    body = ('<html><head><meta charset="utf-8"></head>' + ZH_HANS[12:]).encode("gbk")
    text, enc = decode_body(body, "text/html")
    assert enc == "gb18030" and "谅解备忘录" in text


def test_bom_wins():
    assert decode_body(b"\xef\xbb\xbf" + ZH_HANS.encode("utf-8"), "text/html; charset=gbk") == (ZH_HANS, "utf-8")
    assert decode_body(ZH_HANS.encode("utf-16"), None)[0] == ZH_HANS


def test_xml_declaration_sniffed():
    assert sniff_declared_charset(b'<?xml version="1.0" encoding="GB2312"?><rss/>') == "GB2312"
    xml = '<?xml version="1.0" encoding="gb2312"?><rss><title>气候合作新闻</title></rss>'
    assert decode_body(xml.encode("gbk"), "application/xml")[1] == "gb18030"


def test_undecodable_bytes_do_not_raise():
    text, enc = decode_body(b"\x00\x01\xff\xfe\x80" * 10, None)
    assert isinstance(text, str) and enc


def test_empty_body():
    assert decode_body(b"", None) == ("", "utf-8")
