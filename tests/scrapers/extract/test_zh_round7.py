"""Chinese round 7 (issue 17): the instrument words in one place, and the rules of the thirteenth web's failures.
Each rule on two texts of its own."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract import agreements_zh as az
from test_zh_round4 import read, signed  # one reader for the Chinese rounds


def test_every_head_of_a_named_instrument_is_an_instrument_word():
    words = {w for ws in az.INSTRUMENT_WORDS.values() for w in ws}
    assert set(az.HELD_HEADS) <= words and set(az.CEREMONY_HEADS) <= set(az.HELD_HEADS)
    assert [kind for _, kind in az.ZH_INSTRUMENTS] == list(az.INSTRUMENT_WORDS)


def parties(text: str, page: date) -> list[list[str]]:
    return [p for _, p, _ in signed(read(text, page))]


@pytest.mark.parametrize("text, expected", [
    ("生态环境部部长黄润秋、江苏省省长许昆林、加利福尼亚州州长纽森共同签署了《应对气候变化合作谅解备忘录》。",
     ["Ministry of Ecology and Environment", "Jiangsu Province", "California"]),
    ("国家能源局局长章建华、广东省省长王伟中共同签署了《海上风电合作框架协议》。",
     ["National Energy Administration", "Guangdong Province"]),
])
def test_office_holders_each_with_a_name_sign_for_their_bodies(text, expected):
    """"A主任甲、B省长乙…共同签署": each post is followed by its holder's name, so they are several signatories (not
    one holding two posts, "A副总裁、B董事长与C签约"), each signing for the body before the post."""
    assert parties(text, date(2023, 10, 26)) == [expected]


@pytest.mark.parametrize("text, page, day", [
    ("广东省人民政府和澳门特别行政区政府1日在香港签署《粤澳清洁能源合作协议》。", date(2017, 7, 2), "2017-07-01"),
    ("会谈结束后，上海市与洛杉矶市于17日共同签署低碳城市合作备忘录。", date(2021, 4, 18), "2021-04-17"),
])
def test_a_bare_day_is_the_latest_such_day_up_to_the_page(text, page, day):
    (_, _, on), = signed(read(text, page))
    assert on == day


@pytest.mark.parametrize("text, page", [
    ("上海市与洛杉矶市于17日共同签署低碳城市合作备忘录。", date(2021, 4, 28)),  # more than a week before the page
    ("上海市与洛杉矶市第1日签署低碳城市合作备忘录。", date(2021, 4, 2)),  # an ordinal day, not a date
])
def test_a_bare_day_far_from_the_page_or_an_ordinal_gives_no_date(text, page):
    (_, _, on), = signed(read(text, page))
    assert on == "None"


@pytest.mark.parametrize("text, page", [
    ("会谈结束后，解振华与克里于17日共同发表《中美应对气候危机联合声明》。", date(2021, 4, 18)),
    ("会见后，两国外长王毅与布林肯共同发表《中美关于加强气候合作的联合声明》。", date(2023, 11, 16)),
])
def test_envoys_who_name_no_party_issue_the_statement_of_the_countries_the_title_pairs(text, page):
    assert parties(text, page) == [["China", "United States"]]


@pytest.mark.parametrize("text", [
    "生态环境部于17日发布《中美应对气候危机联合声明》全文。",  # one body publishes it
    "开幕式上，与会各方共同发布《中美绿色城市合作联合声明》。",  # all present: no signatory named
])
def test_a_pair_statement_published_by_one_body_or_all_present_names_no_parties(text):
    assert parties(text, date(2021, 4, 18)) == []


def events(text: str, page: date) -> list[str]:
    return [m.fields["name"] for m in read(text, page) if m.record_type == "event"]


@pytest.mark.parametrize("text, page", [
    ("美方期待4月22日至23日举办的领导人气候峰会。", date(2021, 4, 18)),
    ("双方围绕中美气候合作、第二十八届联合国气候变化大会等议题深入交换意见。", date(2023, 7, 20)),
    ("在第二十六届联合国气候变化大会召开前夕，两国特使举行视频会谈。", date(2021, 9, 2)),
])
def test_a_gathering_to_come_or_talked_about_is_no_event(text, page):
    assert events(text, page) == []


@pytest.mark.parametrize("text", [
    "1月20日，中国宝武钢铁集团有限公司在上海召开技术创新大会，发布碳达峰碳中和目标。",
    "1月8日，国家电网有限公司在北京召开年度工作会议，发布碳达峰碳中和行动方案。",
])
def test_a_body_own_meeting_named_by_its_fields_is_no_event(text):
    assert events(text, date(2021, 1, 21)) == []


def cuts(text: str) -> list[tuple]:
    return sorted((m.fields["commitment_type"], m.fields["target_year"], m.fields["reduction_pct_min"])
                  for m in read(text, date(2021, 1, 21)) if m.record_type == "commitment")


@pytest.mark.parametrize("text, expected", [
    ("中国宝武提出，力争2023年实现碳达峰，2025年具备减碳30%工艺技术能力，2035年力争减碳30%，2050年力争实现碳中和。",
     [("carbon_neutrality", 2050, None), ("emissions_peak", 2023, None), ("emissions_reduction", 2035, 30.0)]),
    ("鞍钢集团提出，2025年具备减碳20%的技术能力，2035年力争减碳30%。", [("emissions_reduction", 2035, 30.0)]),
])
def test_a_capability_to_cut_is_no_pledge(text, expected):
    assert cuts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("国家发展和改革委员会主任何立峰、香港特别行政区行政长官林郑月娥、澳门特别行政区行政长官崔世安共同签署了《区域绿色"
     "发展合作框架协议》。", ["National Development and Reform Commission",
                         "Government of the Hong Kong Special Administrative Region",
                         "Government of the Macao Special Administrative Region"]),
    ("香港特区行政长官李家超与广东省省长王伟中签署了清洁能源合作协议。",
     ["Government of the Hong Kong Special Administrative Region", "Guangdong Province"]),
])
def test_a_head_of_government_signs_for_the_government_as_the_tables_name_it(text, expected):
    """"香港特别行政区行政长官X": the SAR government is the party, the name its own report ("香港特别行政区政府…签署")
    gives, so two reports of one signing fold into one row; "广东省省长X、…": a post and its holder end a list item."""
    assert parties(text, date(2023, 10, 26)) == [expected]


@pytest.mark.parametrize("text, page, day, city", [
    ("新华社香港7月1日电 《粤港澳绿色发展合作框架协议》签署仪式1日上午在香港举行。\n广东省省长马兴瑞、香港特别行政区"
     "行政长官林郑月娥共同签署了《粤港澳绿色发展合作框架协议》。", date(2017, 7, 1), "2017-07-01", "Hong Kong"),
    ("10月16日，《中德城市低碳发展合作备忘录》签约仪式在北京举行。\n上海市市长龚正与汉堡市市长岑切尔签署了《中德城市"
     "低碳发展合作备忘录》。", date(2023, 10, 17), "2023-10-16", "Beijing"),
])
def test_the_signing_of_a_named_instrument_takes_the_day_and_place_of_its_ceremony(text, page, day, city):
    """"《X》签署仪式D在P举行。" + "A、B签署了《X》。": the sentence after the ceremony tells the same signing."""
    rows = [(str(m.fields["signed_on"]), m.fields["city"]) for m in read(text, page) if m.record_type == "agreement"]
    assert rows == [(day, city)]


def goals(text: str) -> list[tuple]:
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
            for m in read(text, date(2023, 11, 22)) if m.record_type == "commitment"]


@pytest.mark.parametrize("text, expected", [
    ("远景科技集团与Enel公司签署储能合作协议。\n该项目将助力Enel实现2040年碳中和目标。",
     [("Enel公司", "carbon_neutrality", 2040)]),
    ("阳光电源与Fortescue集团签署储能合作框架协议。\n双方将共同推进项目建设，助力Fortescue实现2030年净零排放目标。",
     [("Fortescue集团", "carbon_neutrality", 2030)]),
])
def test_the_helped_one_bare_latin_name_is_the_body_named_in_full_just_before(text, expected):
    assert goals(text) == expected


def test_a_helped_bare_name_no_body_named_before_owns_no_goal():
    assert goals("远景科技集团与Enel公司签署储能合作协议。\n该项目将助力Iberdrola实现2040年碳中和目标。") == []


@pytest.mark.parametrize("text", [
    "10月16日，上海市与汉堡市签署低碳合作备忘录，此前两市市长15日在汉堡举行会谈。",
    "南京市与莱比锡市10月16日签署低碳城市合作意向书，两市代表团15日在莱比锡举行了工作会谈。",
])
def test_a_month_and_day_the_sentence_states_win_over_a_bare_day(text):
    assert [on for _, _, on in signed(read(text, date(2023, 10, 18)))] == ["2023-10-16"]


@pytest.mark.parametrize("text, expected", [
    ("中国华能与沙特ACWA Power就光伏项目签署合作意向书。", ["China Huaneng Group", "ACWA Power"]),
    ("国家电投与德国RWE公司签署海上风电合作备忘录。", ["State Power Investment Corporation", "RWE公司"]),
])
def test_a_foreign_company_in_latin_script_is_the_party_not_its_country(text, expected):
    """"沙特ACWA Power": the company's own name as written (never its country, never pinyin); 就… says what about."""
    assert parties(text, date(2023, 5, 10)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("签约仪式上，广东省与澳大利亚新南威尔士州、加拿大不列颠哥伦比亚省分别签署了清洁能源合作协议。",
     [["Guangdong Province", "New South Wales"], ["Guangdong Province", "British Columbia"]]),
    ("论坛期间，深圳市与洛杉矶市、旧金山市和西雅图市分别签署了低碳城市合作备忘录。",
     [["Shenzhen", "Los Angeles"], ["Shenzhen", "San Francisco"], ["Shenzhen", "Seattle"]]),
])
def test_one_with_a_list_then_fenbie_signs_one_agreement_per_counterpart(text, expected):
    assert parties(text, date(2023, 5, 10)) == expected


@pytest.mark.parametrize("text, page, day", [
    ("9日，清华大学与加州大学伯克利分校在北京签署气候变化研究合作备忘录。", date(2023, 5, 10), "2023-05-09"),
    ("28日上午，江苏省与加利福尼亚州在南京签署应对气候变化合作谅解备忘录。", date(2023, 10, 30), "2023-10-28"),
])
def test_a_bare_day_opening_the_sentence_is_the_latest_such_day(text, page, day):
    (_, _, on), = signed(read(text, page))
    assert on == day


@pytest.mark.parametrize("text, expected", [
    ("隆基绿能与德国能源公司E.ON签署光伏组件购电协议。", ["LONGi Green Energy Technology", "E.ON"]),
    ("宁德时代与法国能源巨头TotalEnergies签署储能合作协议。",
     ["Contemporary Amperex Technology Co., Limited", "TotalEnergies"]),
])
def test_what_kind_of_body_said_before_a_latin_name_is_no_name(text, expected):
    assert parties(text, date(2023, 5, 10)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("两国元首共同见证了中国电建与塞尔维亚政府签署光伏电站合作协议。",
     ["Power Construction Corporation of China", "Serbia"]),
    ("许勤和布朗共同见证了深圳市与加利福尼亚州签署低碳发展合作备忘录。", ["Shenzhen", "California"]),
])
def test_the_signers_after_the_witnesses_are_the_parties(text, expected):
    assert parties(text, date(2023, 5, 10)) == [expected]


def test_witnesses_of_a_signing_named_as_a_noun_are_no_parties():
    assert parties("江苏省省长与加州州长共同见证了江苏与加州合作协议的签约。", date(2023, 5, 10)) == []


@pytest.mark.parametrize("text, expected", [
    ("北京大学与加州大学洛杉矶分校当日签署了碳中和研究合作协议。", ["Peking University", "University of California, Los Angeles"]),
    ("清华大学与劳伦斯伯克利国家实验室日前签署了建筑节能合作备忘录。",
     ["Tsinghua University", "Lawrence Berkeley National Laboratory"]),
])
def test_a_time_word_after_a_name_is_no_part_of_it(text, expected):
    assert parties(text, date(2023, 5, 10)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("三峡集团与德国莱茵集团举行会谈，双方就海上风电合作进行了交流，并签署了合作备忘录。",
     ["China Three Gorges Corporation", "德国莱茵集团"]),
    ("江苏省与加利福尼亚州举行视频会谈，双方就清洁能源合作深入交换意见，并签署了合作备忘录。",
     ["Jiangsu Province", "California"]),
])
def test_shuangfang_are_the_two_who_met_in_the_clause_before(text, expected):
    assert parties(text, date(2023, 5, 10)) == [expected]


def test_shuangfang_with_no_two_named_before_names_no_parties():
    assert parties("会谈后，双方就清洁能源合作深入交换意见，并签署了合作备忘录。", date(2023, 5, 10)) == []


@pytest.mark.parametrize("text, expected", [
    ("中国石化与沙特阿美签署了低碳合作协议。", [["China Petrochemical Corporation", "Saudi Aramco"]]),
    ("中国电建与阿联酋马斯达尔签署光伏合作协议。", [["Power Construction Corporation of China", "Masdar"]]),
    ("中国华能与德国企业签署风电合作协议。", []),  # a German company, unnamed: no party, never Germany
    ("中国华能与德国有关公司签署风电合作协议。", []),
])
def test_a_body_named_after_its_country_is_no_country(text, expected):
    assert parties(text, date(2023, 5, 10)) == expected


def test_the_government_of_a_country_is_the_country():
    assert parties("中国与美国政府签署了气候合作协议。", date(2023, 5, 10)) == [["China", "United States"]]


@pytest.mark.parametrize("text", [
    "广东省与加州签署了经贸合作备忘录，涵盖贸易、投资和清洁能源等领域。",
    "浙江省与新泽西州签署经贸合作协议，推动新能源汽车产业合作。",
])
def test_an_economic_and_trade_instrument_is_off_topic(text):
    assert parties(text, date(2023, 5, 10)) == []


def held(text: str, page: date) -> list[tuple]:
    return [(m.fields["name"], str(m.fields["start_on"]), str(m.fields["end_on"]), m.fields["city"])
            for m in read(text, page) if m.record_type == "event"]


@pytest.mark.parametrize("text, page, expected", [
    ("首届中美气候智慧型/低碳城市峰会15日至16日在洛杉矶举行。", date(2015, 9, 17),
     ("U.S.-China Climate-Smart/Low-Carbon City Summit", "2015-09-15", "2015-09-16", "Los Angeles")),
    ("第二届中国—中东欧国家绿色发展论坛8日在宁波举行。", date(2023, 5, 10),
     ("中国—中东欧国家绿色发展论坛", "2023-05-08", "None", "Ningbo")),
    ("8日上午，第二届中国—东盟清洁能源合作论坛在南宁开幕。", date(2023, 5, 10),
     ("China-ASEAN Clean Energy Cooperation Forum", "2023-05-08", "None", "Nanning")),
])
def test_an_event_held_on_bare_days_takes_the_latest_such_days(text, page, expected):
    """"…峰会15日至16日在洛杉矶举行": the days of the page's month (within a week); 中国—X keeps its dash."""
    assert held(text, page) == [expected]


@pytest.mark.parametrize("text", [
    "中国—东盟清洁能源合作论坛将于18日在南宁开幕。",
    "第三届中美绿色低碳城市峰会即将在西雅图举行。",
])
def test_an_event_announced_to_come_is_no_event(text):
    assert held(text, date(2023, 5, 10)) == []


@pytest.mark.parametrize("text, expected", [
    # firms the alias book does not know (上海电气, 深圳能源 are known and named in English now)
    ("宁波电气与迪拜水电局签署光热电站合作协议。", ["宁波电气", "迪拜水电局"]),
    ("厦门能源与洛杉矶港签署绿色航运合作备忘录。", ["厦门能源", "Port of Los Angeles"]),
])
def test_a_company_named_after_its_city_by_its_trade_is_no_city(text, expected):
    assert parties(text, date(2023, 5, 10)) == [expected]


def test_a_city_alone_is_still_the_city():
    assert parties("上海与洛杉矶签署低碳合作备忘录。", date(2023, 5, 10)) == [["Shanghai", "Los Angeles"]]


@pytest.mark.parametrize("text, expected", [
    ("浙江大学与加州大学伯克利分校签署碳中和研究合作协议。", ["Zhejiang University", "University of California, Berkeley"]),
    ("四川大学与美国能源部签署清洁能源研究合作备忘录。", ["Sichuan University", "U.S. Department of Energy"]),
])
def test_a_university_named_after_a_province_takes_its_bare_name(text, expected):
    """浙江大学 is Zhejiang University: never "Zhejiang Province University", a name nobody uses."""
    assert parties(text, date(2023, 5, 10)) == [expected]


@pytest.mark.parametrize("text", [
    "解振华与John Kerry共同签署了合作备忘录。",
    "陈菊与Gino Van Begin签署合作协议。",
])
def test_a_person_named_in_latin_script_is_no_party(text):
    assert parties(text, date(2023, 5, 10)) == []
