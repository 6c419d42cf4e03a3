"""Chinese round 5 (issue 17): signings between Chinese cities, companies, institutes and partners in Europe, Japan,
Korea and Southeast Asia. Each rule on two sentences of its own (tests/flows/test_ninthweb_crawl.py shows them on the
pages of two sites)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities import find_entities
from test_zh_round4 import read, signed  # one reader for both rounds


@pytest.mark.parametrize("text, parties", [
    ("深圳、休斯敦两市政府6月19日共同签署了低碳城市合作备忘录。", ["Shenzhen", "Houston"]),
    ("广州、洛杉矶两市人民政府在广州签署了友好城市绿色发展合作备忘录。", ["Guangzhou", "Los Angeles"]),
])
def test_the_governments_of_places_listed_and_counted_are_those_places(text, parties):
    assert [p for _, p, _ in signed(read(text, date(2023, 6, 20)))] == [parties]
    assert not any("两市" in e.name for e in find_entities(text))


def commitments(text: str) -> list[tuple]:
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
            for m in read(text, date(2023, 6, 20)) if m.record_type == "commitment"]


@pytest.mark.parametrize("text, name", [
    ("生态环境部与老挝自然资源与环境部以视频连线方式签署谅解备忘录。", "老挝自然资源与环境部"),
    ("蒙古国自然资源与环境部与生态环境部签署应对气候变化合作谅解备忘录。", "蒙古国自然资源与环境部"),
])
def test_a_foreign_ministry_of_two_topics_joined_by_yu_is_one_name(text, name):
    (_, parties, _), = signed(read(text, date(2023, 9, 12)))
    assert name in parties and "Ministry of Ecology and Environment" in parties


@pytest.mark.parametrize("text", [
    "此前，生态环境部已与40余个发展中国家签署应对气候变化南南合作谅解备忘录。",
    "此前，生态环境部已与发展中国家签署应对气候变化南南合作谅解备忘录。",
    "中方已与30多个国家签署应对气候变化合作文件。",
])
def test_developing_countries_or_a_count_of_countries_are_no_party(text):
    assert signed(read(text, date(2023, 9, 12))) == []


@pytest.mark.parametrize("text", [
    "生态环境部副部长与老挝自然资源与环境部副部长代表双方签署并互换协议文本。",
    "双方代表签署并互换了协议文本。",
])
def test_texts_exchanged_after_a_signing_name_no_instrument(text):
    assert signed(read(text, date(2023, 9, 12))) == []


@pytest.mark.parametrize("text, parties", [
    ("11月21日，宁德时代与Stellantis集团宣布，双方就在欧洲本地供应磷酸铁锂电池电芯和模组达成一致并签署谅解备忘录。",
     ["Contemporary Amperex Technology Co., Limited", "Stellantis集团"]),
    ("比亚迪与丰田汽车日前宣布，双方已签署纯电动车合作协议。", ["BYD", "Toyota Motor Corporation"]),
])
def test_shuangfang_after_an_announcement_are_those_who_announced(text, parties):
    assert [p for _, p, _ in signed(read(text, date(2023, 11, 22)))] == [parties]


@pytest.mark.parametrize("text", ["双方还将探讨在欧洲成立合资公司的可能性。", "比亚迪将在匈牙利设立全资子公司。"])
def test_a_company_described_is_no_company_named(text):
    assert not any(e.kind == "org" and "公司" in e.surface for e in find_entities(text))


@pytest.mark.parametrize("text, owner", [
    ("宁德时代与宝马集团表示，宁德时代将助力宝马集团实现2050年碳中和目标。", "BMW Group"),
    ("国家电网公司将支持上海市实现2025年碳达峰目标。", "Shanghai"),
])
def test_a_goal_helped_towards_is_the_goal_of_the_one_helped(text, owner):
    assert [a for a, _, _ in commitments(text)] == [owner]


@pytest.mark.parametrize("text, region", [
    ("江苏省与日本爱知县签署环境保护合作框架协议。", "Aichi Prefecture"),  # places.yaml regions_zh (round 8)
    ("广东省与韩国京畿道签署低碳发展合作谅解备忘录。", "Gyeonggi Province"),
])
def test_a_japanese_prefecture_or_korean_province_not_its_country(text, region):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert region in parties and "Japan" not in parties and "South Korea" not in parties


@pytest.mark.parametrize("text, company", [
    ("宁德时代与Stellantis集团签署谅解备忘录。", "Contemporary Amperex Technology Co., Limited"),
    ("远景科技集团与日产汽车签署协议。", "Nissan Motor"),
])
def test_a_clean_energy_or_vehicle_maker_by_its_own_name_not_a_place(text, company):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert company in parties and "Ningde" not in parties


@pytest.mark.parametrize("text", [
    "上海市与新加坡共同见证了绿色金融合作协议的签约。",
    "李强与朔尔茨共同见证了中德气候合作谅解备忘录的签署。",
])
def test_who_witnessed_a_signing_signed_nothing(text):
    assert signed(read(text, date(2023, 6, 20))) == []


@pytest.mark.parametrize("text, party", [
    ("生态环境部部长黄润秋与埃塞俄比亚环境、森林与气候变化委员会专员共同签署《关于应对气候变化南南合作物资援助的谅解备忘录》。",
     "埃塞俄比亚环境、森林与气候变化委员会"),
    ("国家能源局局长与老挝能源与矿产部部长共同签署合作谅解备忘录。", "老挝能源与矿产部"),
])
def test_a_body_named_before_its_officer_is_the_party_whole(text, party):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert len(parties) == 2 and party in parties


@pytest.mark.parametrize("text, last", [
    ("上海与汉堡、南京与莱比锡、武汉与杜伊斯堡等城市签署合作协议。", ["Wuhan", "Duisburg"]),
    ("江苏省与加州、俄勒冈州等地区签署合作协议。", ["Jiangsu Province", "California", "Oregon"]),
])
def test_what_kind_the_names_were_is_no_part_of_the_last(text, last):
    assert [p for _, p, _ in signed(read(text, date(2023, 6, 20)))][-1] == last


@pytest.mark.parametrize("text, party", [
    ("香港特區政府環境及生態局與日本環境省簽署環境合作備忘錄。", "Ministry of the Environment of Japan"),
    ("生态环境部与韩国环境部签署环境合作谅解备忘录。", "Ministry of Environment of Korea"),
    ("中国华能与新加坡胜科工业签署合作协议。", "Sembcorp Industries"),
    ("澳門特區政府與新加坡政府簽署綠色金融合作備忘錄。", "Government of the Macao Special Administrative Region"),
])
def test_a_foreign_ministry_or_company_by_its_own_name_not_its_country(text, party):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert party in parties and "Japan" not in parties and "South Korea" not in parties


@pytest.mark.parametrize("text, parties", [
    ("生态环境部分别与柬埔寨环境部、孟加拉国环境、森林和气候变化部签署应对气候变化南南合作谅解备忘录。",
     [["Ministry of Ecology and Environment", "Ministry of Environment of Cambodia"],  # built whole (foreign_bodies_zh)
      ["Ministry of Ecology and Environment", "孟加拉国环境、森林和气候变化部"]]),
    ("生态环境部与格林纳达签署应对气候变化南南合作物资赠送谅解备忘录。", [["Ministry of Ecology and Environment", "Grenada"]]),
])
def test_south_south_partners_by_their_chinese_names(text, parties):
    assert [p for _, p, _ in signed(read(text, date(2023, 6, 20)))] == parties


@pytest.mark.parametrize("text, region", [
    # the regions by their English names (places.yaml), not the city or the country inside their Chinese names
    ("会上北京市与巴黎大区签署了气候合作谅解备忘录。", "Île-de-France"),
    ("四川省与意大利伦巴第大区签署环境合作备忘录。", "Lombardy"),
])
def test_a_european_region_is_neither_its_city_nor_its_country(text, region):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert region in parties and not {"Paris", "Italy"} & set(parties)


@pytest.mark.parametrize("text, name", [
    ("中国科学院与马克斯·普朗克学会签署合作协议。", "马克斯·普朗克学会"),
    ("清华大学与弗劳恩霍夫·太阳能系统研究所签署合作备忘录。", "弗劳恩霍夫·太阳能系统研究所"),
])
def test_a_foreign_name_is_not_cut_at_its_middle_dot(text, name):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert name in parties


@pytest.mark.parametrize("text, actor", [
    ("隆基绿能承诺，到2028年实现100%使用可再生能源电力。", "LONGi Green Energy Technology"),
    ("远景科技集团承诺，2025年前实现100%绿色电力供应。", "Envision Group"),
])
def test_a_share_of_renewable_power_stated_before_it(text, actor):
    (got,) = [m.fields for m in read(text, date(2023, 6, 20)) if m.record_type == "commitment"]
    assert (got["actor"], got["commitment_type"], got["share_pct"]) == (actor, "renewable_share", 100.0)


@pytest.mark.parametrize("text, actor", [
    ("苏州工业园区管委会宣布，园区力争2028年前率先实现碳达峰。", "苏州工业园区管委会"),
    ("上海化学工业区管委会与巴斯夫公司签署低碳合作备忘录。", "上海化学工业区管委会"),
])
def test_a_zones_administrative_committee_is_the_actor_not_its_city(text, actor):
    ms = read(text, date(2023, 6, 20))
    named = [m.fields.get("actor") for m in ms] + [p for m in ms for p in m.fields.get("parties") or []]
    assert actor in named and "Suzhou" not in named and "Shanghai" not in named


@pytest.mark.parametrize("text, parties", [
    ("11月21日，宁德时代董事长曾毓群与Stellantis首席执行官唐唯实签署谅解备忘录。",
     ["Contemporary Amperex Technology Co., Limited", "Stellantis"]),
    ("生态环境部部长与欧盟委员会执行副主席在北京签署了碳市场合作谅解备忘录。",
     ["Ministry of Ecology and Environment", "European Commission"]),
])
def test_officers_sign_for_their_bodies_and_zhixing_in_a_post_is_no_verb(text, parties):
    assert [p for _, p, _ in signed(read(text, date(2023, 11, 22)))] == [parties]


@pytest.mark.parametrize("text", ["双方将执行2019年签署的合作备忘录。", "根据2019年签署的合作备忘录，双方开展了多项交流。"])
def test_carrying_out_an_agreement_signed_before_is_no_signing(text):
    assert signed(read(text, date(2023, 11, 22))) == []


@pytest.mark.parametrize("text, party", [
    ("國家電網與新加坡能源市場管理局簽署合作備忘錄。", "Energy Market Authority"),
    ("重庆市人民政府与新加坡贸工部签署合作意向书。", "Ministry of Trade and Industry (Singapore)"),
])
def test_singapore_bodies_by_their_chinese_names(text, party):
    (_, parties, _), = signed(read(text, date(2023, 6, 20)))
    assert party in parties and "Singapore" not in parties


@pytest.mark.parametrize("text, kinds", [
    ("《湖北省碳达峰实施方案》提出，到2025年，全省单位地区生产总值二氧化碳排放比2020年下降19.5%，非化石能源消费比重达到20%以上。",
     ["emissions_reduction", "renewable_share"]),
    ("《上海市碳达峰实施方案》提出，到2025年，非化石能源占能源消费总量比重力争达到20%。", ["renewable_share"]),
])
def test_a_plans_name_pledges_no_peak(text, kinds):
    assert sorted(k for _, k, _ in commitments(text)) == kinds
