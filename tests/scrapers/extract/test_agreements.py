"""Agreements one sentence reports as concluded: type, parties (canonical), date, place; plans and references not."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.agreements import find_agreements
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities


def agreements(sentence: str, ctx: DateContext, line=(None, None, None)):
    return find_agreements(sentence, find_entities(sentence), ctx, line)


def only(sentence: str, ctx: DateContext, line=(None, None, None)):
    found = agreements(sentence, ctx, line)
    assert len(found) == 1, found
    return found[0]


PAGE_2016 = DateContext(date(2016, 6, 15))

# --- the seeds -------------------------------------------------------------------------------------------------

S000_MOU = ("A memorandum of understanding between the China Beijing Environment Exchange, iCET, the Climate Registry, "
            "and the Climate Action Reserve, was signed on September 15 in LA as part of the \"Alliance of Peaking "
            "Pioneer Cities\" (APPC) meeting amid Xi's visit to the US.")
S000_UNDER2 = ("Los Angeles City Mayor Eric Garcetti (left) and California Governor Jerry Brown (third from left) look on "
               "as the City of Los Angeles, California and the City of Zhenjiang, Jiangsu Province become the first "
               "cities to endorse the Subnational Global Climate Leadership Memorandum of Understanding – an effort "
               "led by California Governor Jerry Brown.")


def test_seed000_four_party_mou_year_from_page_date():
    ag = only(S000_MOU, DateContext(date(2015, 9, 22)))
    assert ag.agreement_type == "mou"
    assert ag.parties == ["China Beijing Environment Exchange", "Innovation Center for Energy and Transportation",
                          "The Climate Registry", "Climate Action Reserve"]
    assert (ag.signed_on, ag.signed_on_precision) == (date(2015, 9, 15), "day")
    assert (ag.city, ag.country) == ("Los Angeles", "US")


def test_seed000_four_party_mou_on_a_much_later_page_has_no_date():
    ag = only(S000_MOU, DateContext(date(2017, 6, 1)))
    assert ag.signed_on is None and ag.signed_on_precision is None


def test_seed000_cities_endorse_under2_mou_state_is_a_qualifier():
    ag = only(S000_UNDER2, DateContext(date(2015, 9, 22)))
    assert ag.agreement_type == "mou"
    assert ag.parties == ["Los Angeles", "Zhenjiang"]
    assert "California" not in ag.parties and "Jiangsu Province" not in ag.parties
    assert ag.title == "Subnational Global Climate Leadership Memorandum of Understanding"


def test_seed001_mou_at_cop21():
    s = ("ICLEI Local Governments for Sustainability and Shenzhen Low-Carbon Development Foundation (hereon referred "
         "to as the Parties) signed a Memorandum of Understanding (MOU) at the 21st annual meeting of Conference of "
         "Parties (COP) in Paris.")
    ag = only(s, DateContext(date(2015, 12, 8)))
    assert ag.agreement_type == "mou"
    assert ag.parties == ["ICLEI – Local Governments for Sustainability", "Shenzhen Low-Carbon Development Foundation"]


def test_seed001_builds_on_is_not_a_new_agreement():
    s = ("This agreement builds on the Parties earlier meeting during the first U.S.-China Climate Leaders Summit "
         "back in September, where a delegation from Shenzhen including former deputy mayor Mr. Tang and Ms. Liu, "
         "Secretary General of Shenzhen Low-Carbon Development Foundation participated in the launch event of "
         "ICLEI’s newest watershed initiative – California-China Urban Climate Collaborative (CCUCC).")
    assert agreements(s, DateContext(date(2015, 12, 8))) == []


S002_LAUNCH = ("Oakland, CA — ICLEI – Local Governments for Sustainability announced today the launch of the "
               "California-China Urban Climate Collaborative (CCUCC), a new partnership with Lawrence Berkeley National "
               "Laboratory, the California-China Office of Trade and Investment, the Bay Area Council, and the Asia "
               "Society.")


def test_seed002_partnership_launched_today_at_the_dateline():
    ag = only(S002_LAUNCH, DateContext(date(2015, 9, 15)), ("Oakland", "US", date(2015, 9, 15)))
    assert ag.agreement_type == "partnership"
    assert ag.parties == ["ICLEI – Local Governments for Sustainability", "Lawrence Berkeley National Laboratory",
                          "California-China Office of Trade and Investment", "Bay Area Council", "Asia Society"]
    assert (ag.signed_on, ag.signed_on_precision) == (date(2015, 9, 15), "day")
    assert (ag.city, ag.country) == ("Oakland", "US")
    assert ag.title == "California-China Urban Climate Collaborative"


@pytest.mark.parametrize("sentence", [
    "The CCUCC was conceived in close coordination with the State of California led by CalEPA, the California Energy "
    "Commission, and the office of Governor Jerry Brown as a strategy to implement a series of Memoranda of "
    "Understanding between California, provincial leaders, and China’s National Development and Reform Commission.",
    "The program components were developed in partnership with Lawrence Berkeley National Laboratory (Berkeley Lab), "
    "the California-China Office of Trade and Investment, the Bay Area Council and the Asia Society.",
])
def test_seed002_implementing_and_developed_in_partnership_are_not_signings(sentence):
    assert agreements(sentence, DateContext(date(2015, 9, 15)), ("Oakland", "US", date(2015, 9, 15))) == []


PAGE_003 = DateContext(date(2021, 4, 8), 2015)


def test_seed003_energy_foundation_mou_with_wuhan():
    ag = only("此次,能源基金会也与武汉市政府签订了谅解备忘录,支持其在低碳愿景规划、智能电网发展,分布式可再生能源以及低排放交通等"
              "领域的示范项目。", PAGE_003)
    assert ag.agreement_type == "mou"
    assert ag.parties == ["Energy Foundation China", "Wuhan"]


def test_seed003_byd_agreement_with_los_angeles():
    ag = only("中国汽车制造企业比亚迪与美国洛杉矶市政府达成合作协议——前者将为后者提供电动公交车;高盛投资集团也预测了中国新的融资机会。",
              PAGE_003)
    assert ag.agreement_type == "agreement"
    assert ag.parties == ["BYD", "Los Angeles"]
    assert "China" not in ag.parties
    assert "electric buses" in ag.topics


@pytest.mark.parametrize("sentence", [
    "来自中国的多个省、市领导及美国多州、市长参加会议,双方就解决气候变化问题发表了联合声明,其中包括多项超越国家层面预计目标的承诺。",
    "此次峰会是为落实去年11月中国国家主席习近平和美国总统贝拉克·奥巴马共同发表的《中美气候变化联合声明》,在地方层面上推动了气候变化行动与合作。",
])
def test_seed003_no_joint_statement_between_china_and_us(sentence):
    assert agreements(sentence, PAGE_003) == []


def test_seed004_co_sponsored_meeting_is_not_an_agreement():
    s = ("On November 17, 2020, a summary of the “City Emission Reduction Cooperation Project” co-sponsored by the "
         "Institute for Sustainable Development Cooperation (ISC), the National Climate Change Strategy Research and "
         "International Cooperation Center (NCSC), and the Energy Foundation (EF China) The achievement sharing "
         "meeting was successfully held in Beijing.")
    assert agreements(s, DateContext(date(2020, 11, 25))) == []


# --- new sentences ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Shanghai and Los Angeles are expected to sign an MOU next year.",
    "Seattle will sign an agreement with Shenzhen.",
    "Seattle and Shenzhen did not sign an agreement.",
    "The program implements an agreement between California and Jiangsu Province.",
    "The forum was co-hosted by the Energy Foundation, the Asia Society and the Bay Area Council.",
    "上海市与洛杉矶市将于明年签署合作协议。",
    "上海市与洛杉矶市拟签署合作备忘录。",
    "双方就气候变化问题发表了联合声明。",
])
def test_plans_references_and_meetings_are_not_agreements(sentence):
    assert agreements(sentence, PAGE_2016) == []


def test_en_mou_signed_with_date_and_topic():
    ag = only("The City of Seattle and the Shenzhen Municipal Government signed a memorandum of understanding on green "
              "ports on June 7, 2016.", PAGE_2016)
    assert (ag.agreement_type, ag.parties) == ("mou", ["Seattle", "Shenzhen"])
    assert (ag.signed_on, ag.signed_on_precision) == (date(2016, 6, 7), "day")
    assert ag.topics == ["ports"]


def test_en_mou_between_organisations():
    ag = only("The Natural Resources Defense Council and Tsinghua University signed a memorandum of understanding on "
              "clean energy.", PAGE_2016)
    assert (ag.agreement_type, ag.parties, ag.topics) == (
        "mou", ["Natural Resources Defense Council", "Tsinghua University"], ["clean energy"])


def test_en_letter_of_intent_is_an_mou_between_state_and_province():
    ag = only("Washington State and Sichuan Province signed a letter of intent.", PAGE_2016)
    assert (ag.agreement_type, ag.parties) == ("mou", ["Washington", "Sichuan Province"])


def test_en_joint_statement():
    ag = only("Seattle and Shenzhen signed a joint statement on climate cooperation.", PAGE_2016)
    assert (ag.agreement_type, ag.parties) == ("joint_statement", ["Seattle", "Shenzhen"])


def test_en_date_too_old_for_the_page_stays_none():
    ag = only("Seattle and Shenzhen signed an MOU on Sept. 15.", PAGE_2016)
    assert ag.signed_on is None


def test_zh_strategic_cooperation_agreement():
    ag = only("深圳市政府与比亚迪签署战略合作协议,推动电动公交车发展。", PAGE_2016)
    assert (ag.agreement_type, ag.parties, ag.topics) == ("agreement", ["Shenzhen", "BYD"], ["electric buses"])


def test_zh_mou_with_date_between_city_governments():
    ag = only("2016年6月7日,深圳市政府与洛杉矶市政府在洛杉矶签署了谅解备忘录。", PAGE_2016)
    assert (ag.agreement_type, ag.parties) == ("mou", ["Shenzhen", "Los Angeles"])
    assert (ag.signed_on, ag.signed_on_precision) == (date(2016, 6, 7), "day")


def test_zh_commission_parties_rendered_in_english():
    ag = only("江苏省发展和改革委员会与加州能源委员会签署了合作备忘录。", PAGE_2016)
    assert ag.parties == ["Jiangsu Provincial Development and Reform Commission", "California Energy Commission"]


def test_zh_joint_statement_by_two_named_cities():
    ag = only("北京市和洛杉矶市共同发表了联合声明。", PAGE_2016)
    assert (ag.agreement_type, ag.parties) == ("joint_statement", ["Beijing", "Los Angeles"])


def test_one_party_is_not_an_agreement():
    assert agreements("Seattle signed an MOU.", PAGE_2016) == []


def test_transportation_is_not_ports():
    ag = only("Seattle and Shenzhen signed a memorandum of understanding on public transportation.", PAGE_2016)
    assert "ports" not in ag.topics


def test_a_framework_agreement_said_again_as_the_framework_gets_its_day_and_place():
    """"The framework was signed in X on Monday" after "A has signed a ... framework agreement with B": the day and
    place of that agreement; "The framework was drawn up ..." is no signing, and with no agreement before it the
    sentence is nothing. Texts of our own."""
    from datetime import date
    from story_records import records

    def rows(text):
        return [(sorted(a["parties"]), a["signed_on"], a["city"]) for a in records(text, "agreement", date(2025, 6, 12))]
    lede = "The Asian Carbon Fund has signed a climate finance framework agreement with the Kunming Municipal People's Government."
    assert rows(lede + " The framework was signed in Kunming on Monday by the fund's chief executive and the mayor.") == \
        [(["Asian Carbon Fund", "Kunming"], date(2025, 6, 9), "Kunming")]
    assert rows("The Harbor Climate Bank has inked a green finance framework agreement with the Xining Municipal "
                "People's Government, the bank said. The framework was formally signed in Xining on Tuesday.") == \
        [(["Harbor Climate Bank", "Xining"], date(2025, 6, 10), "Xining")]
    assert rows(lede + " The framework was drawn up in Kunming on Monday by consultants.") == \
        [(["Asian Carbon Fund", "Kunming"], None, None)]
    assert rows("The framework was signed in Kunming on Monday by two officials.") == []
