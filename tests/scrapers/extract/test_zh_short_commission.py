"""A commission's name cut short at 委 (北京市交通委 for 北京市交通委员会) is the same body, built whole; never the
city it belongs to. Sentences of our own, two phrasings."""
from scrapers.extract.agreements import find_agreements
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities


def parties(s: str) -> list[list[str]]:
    return [a.parties for a in find_agreements(s, find_entities(s), DateContext(None))]


def test_short_commission_name_is_built_whole():
    assert parties("天津市交通委与国际能源署签署绿色交通合作谅解备忘录。") == [
        ["Tianjin Municipal Transportation Commission", "International Energy Agency"]]
    assert parties("重庆市交通运输委和世界资源研究所在重庆签署了低碳出行合作协议。") == [
        ["Chongqing Municipal Transportation Commission", "World Resources Institute"]]
