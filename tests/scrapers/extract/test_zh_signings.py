"""Chinese signing clauses: 分别与 distributes, pairs split, witnesses and signatories are not parties."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions


def read(text: str, page: date = date(2023, 6, 1), title: str | None = None) -> list[Mention]:
    return extract_mentions(Article(url="https://zh.example/news/1", source="zh", title=title, published_on=page,
                                    language="zh", text=text, fetched_at=datetime(2024, 1, 1)))


def agreements(ms: list[Mention]) -> list[tuple[str, list[str]]]:
    return [(m.fields["agreement_type"], m.fields["parties"]) for m in ms if m.record_type == "agreement"]


def test_fenbie_yu_gives_one_agreement_per_counterpart_with_its_instrument():
    ms = read("5月20日，江苏省生态环境厅分别与加州空气资源委员会和俄勒冈州签署了清洁交通合作备忘录和低碳发展合作协议。")
    assert agreements(ms) == [("mou", ["Jiangsu Provincial Department of Ecology and Environment",
                                       "California Air Resources Board"]),
                              ("agreement", ["Jiangsu Provincial Department of Ecology and Environment", "Oregon"])]


def test_fenbie_yu_on_another_site_with_three_counterparts_and_one_instrument():
    ms = read("会后，深圳市分别与西雅图市、波特兰市、休斯敦市签署了绿色港口合作协议。")
    assert agreements(ms) == [("agreement", ["Shenzhen", "Seattle"]), ("agreement", ["Shenzhen", "Portland"]),
                              ("agreement", ["Shenzhen", "Houston"])]


def test_a_list_of_pairs_is_one_agreement_per_pair():
    ms = read("论坛期间，江苏省与加州、四川省与华盛顿州、武汉市与匹兹堡市等多对省州和城市签署了低碳合作备忘录。")
    assert [p for _, p in agreements(ms)] == [["Jiangsu Province", "California"], ["Sichuan Province", "Washington"],
                                              ["Wuhan", "Pittsburgh"]]


def test_witnesses_are_not_parties():
    ms = read("在两国领导人见证下，生态环境部与加州空气资源委员会签署了应对气候变化合作谅解备忘录。")
    assert agreements(ms) == [("mou", ["Ministry of Ecology and Environment", "California Air Resources Board"])]
    ms = read("6月2日，在国家能源局局长和加州州长共同见证下，国家电网与加州能源委员会签订了智能电网合作协议。")
    assert agreements(ms) == [("agreement", ["State Grid Corporation of China", "California Energy Commission"])]


def test_who_signs_for_a_body_is_not_a_party_the_body_is():
    ms = read("中国驻美国大使代表生态环境部与加州环保局在萨克拉门托共同签署了气候合作谅解备忘录。")
    assert agreements(ms) == [("mou", ["Ministry of Ecology and Environment", "California Environmental Protection Agency"])]


def test_the_unit_after_qixia_is_the_party_not_its_parent():
    ms = read("中国能建旗下的东岳新能源有限公司与加州能源委员会签署了储能合作协议。")
    assert agreements(ms) == [("agreement", ["东岳新能源有限公司", "California Energy Commission"])]


def test_unknown_foreign_bodies_are_kept_as_written():
    ms = read("山东省与南非西开普省签署了绿色发展合作备忘录，济南市与俄罗斯伏尔加河畔新城市签署了低碳城市合作协议。")
    assert [p for _, p in agreements(ms)] == [["Shandong Province", "Western Cape"], ["Jinan", "伏尔加河畔新城市"]]


def test_counted_companies_are_no_party():
    assert agreements(read("该经济区近期与多家中国企业签署了绿氢合作协议。")) == []
    assert agreements(read("某集团与两家埃及企业签署了新能源合作文件。")) == []


def test_a_short_name_the_article_defines_stands_for_the_body():
    ms = read("东岳清洁能源研究院（以下简称“东岳院”）成立于2010年。\n东岳院与加州能源委员会签署了清洁能源合作备忘录。")
    assert agreements(ms) == [("mou", ["东岳清洁能源研究院", "California Energy Commission"])]


def test_a_headline_short_form_of_a_body_party_is_the_same_agreement():
    ms = read("5月9日，生态环境部与乌拉圭合作共和国环境部在北京签署了《气候变化南南合作谅解备忘录》。",
              title="生态环境部与乌拉圭环境部签署气候变化南南合作谅解备忘录")
    assert [p for _, p in agreements(ms)] == [["Ministry of Ecology and Environment", "乌拉圭合作共和国环境部"]]


def test_one_signatory_with_two_posts_signs_for_the_first_body():
    ms = read("东岳集团副总裁、华南绿能科技股份有限公司董事长与加州能源委员会代表代表双方签约。根据协议，双方将开发风电项目。")
    assert [p for _, p in agreements(ms)] == [["东岳集团", "California Energy Commission"]]


def test_a_list_item_does_not_join_a_known_name_after_it():
    ms = read("清华大学分别与美国加州大学伯克利分校、劳伦斯伯克利国家实验室签署了建筑节能合作备忘录。")
    parties = [p for _, p in agreements(ms)]
    assert ["Tsinghua University", "Lawrence Berkeley National Laboratory"] in parties
    assert not any("、" in name for p in parties for name in p)


def test_ports_are_the_parties_not_their_cities():
    ms = read("论坛上，青岛港分别与荷兰鹿特丹港、安特卫普港签署了绿色航运走廊合作协议。")
    assert [p for _, p in agreements(ms)] == [["Port of Qingdao", "Port of Rotterdam"], ["Port of Qingdao", "Port of Antwerp"]]


def test_a_clause_opening_on_yu_goes_on_with_the_subject_before():
    ms = read("广州港集团与法国马赛港签订低碳合作谅解备忘录；与远洋航运、中国石化签订三方绿色燃料加注协议。")
    assert [p for _, p in agreements(ms)] == [["广州港集团", "Port of Marseille"],
                                              ["广州港集团", "远洋航运", "China Petrochemical Corporation"]]


def test_an_agreement_only_explored_is_not_concluded():
    assert agreements(read("各方亦会探讨奥克兰港与青岛港缔结姊妹港协议的可能性。")) == []
    assert agreements(read("双方将研究签署清洁能源合作备忘录。")) == []


def test_a_headline_naming_a_foreign_body_by_its_country_restates_the_body():
    ms = read("12月6日，厦门市交通运输委员会与挪威海事管理局签署了《绿色航运走廊合作备忘录》。",
              title="厦门与挪威签署合作备忘录 共建绿色航运走廊")
    assert [p for _, p in agreements(ms)] == [["Xiamen Municipal Transportation Commission", "挪威海事管理局"]]
