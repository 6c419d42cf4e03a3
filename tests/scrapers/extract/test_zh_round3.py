"""Chinese phrasings of round 3 (issue 17), each shown on sentences of our own in two phrasings: short names defined
by a bare bracket, English glosses, subjects named before a when-and-where clause, instruments as topic, signing
ceremonies, country pairs (中美), co-founded bodies, plans and their issuers, routine sittings."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.day_references import relative_day
from scrapers.extract.short_names import is_abbreviation, zh_short_names


def records(text: str, kind: str, day: date = date(2024, 5, 10)) -> list[dict]:
    a = Article(url="http://x/a", source="s", title=None, published_on=day, language="zh", text=text,
                fetched_at=datetime(2024, 5, 10))
    return [m.fields for m in extract_mentions(a) if m.record_type == kind]


def parties(text: str) -> list[list[str]]:
    return [f["parties"] for f in records(text, "agreement")]


def test_bare_bracket_defines_a_short_name_only_of_the_names_own_characters():
    assert zh_short_names("新加坡海事及港务管理局（海港局）与天津市交通运输委员会签署备忘录。") == {
        "海港局": "新加坡海事及港务管理局", "新加坡海事及港务管理局": "新加坡海事及港务管理局"}
    assert is_abbreviation("奥港局", "挪威奥斯陆港务管理局")
    assert not is_abbreviation("深圳", "深圳市交通运输局")  # a place inside the name, not its short form
    assert zh_short_names("成立于2015年的中国达峰先锋城市联盟（北京）召开会议。") == {}


def test_each_counterpart_goes_on_with_the_name_the_sentence_opens_with():
    assert parties("挪威奥斯陆港务管理局（奥港局）近日在上海和宁波，分别与上海国际港务集团、宁波舟山港集团签署绿色航运合作备忘录。") == [
        ["奥斯陆港务管理局", "上海国际港务集团"], ["奥斯陆港务管理局", "宁波舟山港集团"]]  # (Norway only says where Oslo lies)
    assert parties("【本报讯】荷兰基础设施与水管理部（荷水部）过去两天在北京，分别同中国船级社和交通运输部水运科学研究院签署合作备忘录。") == [
        ["荷兰基础设施与水管理部", "中国船级社"], ["荷兰基础设施与水管理部", "交通运输部水运科学研究院"]]


def test_an_english_gloss_names_a_chinese_name_no_table_renders():
    assert parties("深圳巴士集团与美国华盛顿州金县交通局（King County Metro）在西雅图签署零排放公交合作协议。") == [
        ["深圳巴士集团", "King County Metro"]]
    assert parties("广州市交通运输局与加拿大温哥华市捷运公司（TransLink）5月6日签署合作备忘录。") == [
        ["Guangzhou Municipal Transport Bureau", "TransLink"]]


def test_a_clause_of_when_and_where_takes_the_clause_before_as_subject():
    [ag] = records("上海市生态环境局与新加坡国家环境局、新加坡陆路交通管理局，昨日（5月9日）在上海签署合作备忘录。", "agreement")
    assert ag["parties"] == ["Shanghai Municipal Ecology and Environment Bureau", "新加坡国家环境局", "新加坡陆路交通管理局"]
    assert (ag["signed_on"], ag["city"]) == (date(2024, 5, 9), "Shanghai")
    [ag] = records("成都市与旧金山市的合作备忘录于5月3日在成都签署，双方将在电动交通领域开展合作。", "agreement")
    assert (ag["parties"], ag["signed_on"], ag["city"]) == (["Chengdu", "San Francisco"], date(2024, 5, 3), "Chengdu")


def test_a_signing_ceremony_concludes_the_instrument_its_name_holds():
    [ag] = records("《四川省与美国犹他州清洁能源合作备忘录》签约仪式在成都举行。", "agreement")
    assert (ag["agreement_type"], ag["parties"], ag["city"]) == ("mou", ["Sichuan Province", "Utah"], "Chengdu")
    [ag] = records("5月8日，浙江省—美国纽约州碳市场合作谅解备忘录签约仪式在杭州举行。", "agreement")
    assert (ag["parties"], ag["signed_on"], ag["city"]) == (["Zhejiang Province", "New York"], date(2024, 5, 8),
                                                            "Hangzhou")


def test_a_country_pair_names_china_and_the_other_country():
    assert records("中英两国发表《关于气候变化的联合声明》。", "agreement")[0]["parties"] == ["China", "United Kingdom"]
    [ag] = records("5月7日，中法双方签署《碳中和合作声明》。", "agreement")
    assert (ag["agreement_type"], ag["parties"]) == ("joint_statement", ["China", "France"])


def test_a_co_founded_body_is_a_partnership_of_its_founders():
    [ag] = records("北京大学与斯坦福大学共同发起成立中美碳中和联合研究中心。", "agreement")
    assert (ag["agreement_type"], ag["parties"]) == ("partnership", ["Peking University", "Stanford University"])
    assert parties("深圳市与洛杉矶市在洛杉矶联合成立中美城市气候创新联盟。") == [["Shenzhen", "Los Angeles"]]
    assert parties("深圳市成立碳中和研究中心。") == []  # one body founding its own unit


def test_a_plans_targets_belong_to_who_issued_it():
    [cm] = records("江苏省人民政府印发《江苏省碳达峰实施方案》。方案提出，到2025年，非化石能源消费比重达到18%。", "commitment")
    assert (cm["actor"], cm["commitment_type"], cm["target_year"], cm["share_pct"]) == (
        "Jiangsu Province", "renewable_share", 2025, 18.0)
    [cm] = records("国务院发布《能源发展规划》。规划提出，到2030年，单位国内生产总值二氧化碳排放比2005年下降65%以上。", "commitment")
    assert (cm["actor"], cm["commitment_type"], cm["base_year"], cm["reduction_pct_min"]) == (
        "China", "emissions_reduction", 2005, 65.0)


def test_the_day_after_with_its_day_of_the_month():
    assert relative_day("翌日（26日），海港局与天津市港航管理局签署备忘录", date(2023, 9, 27)) == date(2023, 9, 26)
    assert relative_day("次日（30日），双方签署协议", date(2023, 10, 2)) == date(2023, 9, 30)


def test_a_standing_bodys_routine_sitting_is_no_event():
    assert records("5月8日，中美低碳城市研讨会第六次会议在广州举行。与会代表交流了低碳发展经验。", "event") == []
    [ev] = records("5月8日，中美低碳城市研讨会在广州举行。与会代表交流了低碳发展经验。", "event")
    assert ev["city"] == "Guangzhou"


def test_sister_cities_and_plans_are_no_agreement():
    assert parties("两市市长签署了深化友好城市交流的联合声明。") == []
    assert parties("双方表示，拟于明年签署农业绿色发展合作备忘录。") == []


def test_a_citys_representative_office_is_itself_not_its_city():
    assert parties("奥克兰港与厦门港务控股集团及厦门市驻美国经贸代表处在奥克兰签署绿色港口备忘录。") == [
        ["Port of Oakland", "厦门港务控股集团", "厦门市驻美国经贸代表处"]]  # a city's port, named from its known parts
    assert parties("成都市驻欧洲代表处与德国汉堡港签署合作协议。")[0][0] == "成都市驻欧洲代表处"
