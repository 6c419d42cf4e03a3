"""A representative office (代表处) is a body of its own: the place before it only says whose office it is, and its
代表 is not "on behalf of". Sentences of our own, written as two sites would (Simplified and Traditional)."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions


def read(text: str) -> list[Mention]:
    return extract_mentions(Article(url="https://zh.example/news/2", source="zh", title=None,
                                    published_on=date(2023, 6, 1), language="zh", text=text,
                                    fetched_at=datetime(2024, 1, 1)))


def parties(ms: list[Mention]) -> list[list[str]]:
    return [m.fields["parties"] for m in ms if m.record_type == "agreement"]


def test_an_office_in_a_list_is_the_party_not_its_city():
    ms = read("今年3月，汉堡港务局与宁波舟山港集团及宁波市驻欧洲经贸代表处在汉堡签署绿色港口合作备忘录。")
    assert parties(ms) == [["Hamburg Port Authority", "宁波舟山港集团", "宁波市驻欧洲经贸代表处"]]


def test_an_office_opening_the_clause_signs_for_itself():
    ms = read("廣州市駐歐洲代表處與漢堡港務局簽署了綠色航運合作備忘錄。")
    assert parties(ms) == [["广州市驻欧洲代表处", "Hamburg Port Authority"]]


def test_on_behalf_of_is_still_read():
    ms = read("大使钱波代表生态环境部与斐济总理办公室签署谅解备忘录。")
    assert parties(ms) == [["Ministry of Ecology and Environment", "斐济总理办公室"]]
