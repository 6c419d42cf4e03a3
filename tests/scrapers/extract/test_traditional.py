"""Traditional Chinese text (Big5 portals, Taiwan, Hong Kong) is read with the same rules as Simplified."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def read(text: str, page_date: date) -> list:
    a = Article(url="https://example.tw/1", source="t", title=None, published_on=page_date, language="zh", text=text,
                fetched_at=datetime(2017, 5, 6))
    return extract_mentions(a)


def test_traditional_agreement_is_read_and_quoted_as_written():
    [ag] = [m for m in read("西雅圖市與重慶市於2017年5月3日簽署了綠色港口合作備忘錄。", date(2017, 5, 5))
            if m.record_type == "agreement"]
    assert (ag.fields["agreement_type"], ag.fields["parties"], ag.fields["signed_on"]) == \
        ("mou", ["Seattle", "Chongqing"], date(2017, 5, 3))
    assert ag.quote == "西雅圖市與重慶市於2017年5月3日簽署了綠色港口合作備忘錄。"  # the page's own script


def test_traditional_pledge_and_a_plan_that_is_not_a_signing():
    ms = read("台北市承諾在2030年前達到碳排放峰值。高雄市擬於明年與波特蘭市簽署合作協議。", date(2017, 5, 5))
    assert [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"]) for m in ms
            if m.record_type == "commitment"] == [("Taipei", "emissions_peak", 2030)]
    assert not [m for m in ms if m.record_type == "agreement"]
