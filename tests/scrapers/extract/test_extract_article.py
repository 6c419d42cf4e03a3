"""extract_mentions on the five seed articles (English and Chinese), as whole Article objects.

The seed texts are copied below as literals (plain text of each page, boilerplate included), so the tests stand alone.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

import pytest

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions, extractor_version
from warehouse.resolve import resolve

FOUR_PARTIES = ["China Beijing Environment Exchange", "Innovation Center for Energy and Transportation",
                "The Climate Registry", "Climate Action Reserve"]
ICLEI = "ICLEI – Local Governments for Sustainability"
LA_SUMMIT = "us china climate leaders summit"


def article(key: str) -> Article:
    text, page_date, language = SEEDS[key]
    return Article(url=f"https://seed.example/{key}", source=f"seed{key}", title=None, published_on=page_date,
                   language=language, text=text, fetched_at=datetime(2024, 1, 1))


@lru_cache(maxsize=None)
def _mentions(key: str) -> tuple[Mention, ...]:
    return tuple(extract_mentions(article(key)))


def of(key: str, record_type: str) -> list[Mention]:
    return [m for m in _mentions(key) if m.record_type == record_type]


def parties(key: str) -> list[list[str]]:
    return [m.fields["parties"] for m in of(key, "agreement")]


def pledges(key: str) -> set[tuple]:
    return {(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"]) for m in of(key, "commitment")}


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_mentions_carry_quote_url_and_hints(key):
    ms = _mentions(key)
    assert ms
    text, page_date, language = SEEDS[key]
    flat = " ".join(text.split())
    for m in ms:
        assert m.url == f"https://seed.example/{key}"
        assert m.quote and " ".join(m.quote.split()) in flat
        assert m.hints["page_date"] == page_date.isoformat()
        assert m.hints["language"] == language
        assert m.record_type in {"event", "agreement", "commitment"}
        if m.record_type != "event":
            assert "event_keys" in m.hints and "article_event_keys" in m.hints
        else:
            assert m.hints["key"]


@pytest.mark.parametrize("key", ["000", "003"])
def test_extraction_is_deterministic(key):
    a, b = extract_mentions(article(key)), extract_mentions(article(key))
    assert [m.key() for m in a] == [m.key() for m in b]


def test_extractor_version_names_rules_and_aliases():
    assert "+aliases." in extractor_version()


# --- seed 000: iCET news, 2015-09-22 ---------------------------------------------------------------------------

def test_s000_four_party_mou_signed_sept_15_in_la():
    full = [m for m in of("000", "agreement") if sorted(m.fields["parties"]) == sorted(FOUR_PARTIES)
            and m.fields["agreement_type"] == "mou"]
    assert len(full) == 1
    f = full[0].fields
    assert f["parties"] == FOUR_PARTIES
    assert (f["signed_on"], f["signed_on_precision"]) == (date(2015, 9, 15), "day")
    assert (f["city"], f["country"]) == ("Los Angeles", "US")


def test_s000_headline_mou_is_a_subset_of_the_four_parties():
    for ps in parties("000"):
        assert set(ps) <= set(FOUR_PARTIES) or set(ps) == {"Los Angeles", "Zhenjiang"}


def test_s000_los_angeles_and_zhenjiang_endorse_under2_not_california():
    under2 = [m for m in of("000", "agreement") if set(m.fields["parties"]) == {"Los Angeles", "Zhenjiang"}]
    assert len(under2) == 1
    assert under2[0].fields["agreement_type"] == "mou"
    assert under2[0].fields["title"] == "Subnational Global Climate Leadership Memorandum of Understanding"
    assert all("California" not in ps for ps in parties("000"))


def test_s000_commitments():
    assert pledges("000") == {
        ("Beijing", "emissions_peak", 2020), ("Guangzhou", "emissions_peak", 2020),
        ("Los Angeles", "emissions_reduction", 2050), ("Zhenjiang", "emissions_reduction", 2050),
        ("Los Angeles", "per_capita_limit", 2050), ("Zhenjiang", "per_capita_limit", 2050),
    }
    for m in of("000", "commitment"):
        f = m.fields
        if f["commitment_type"] == "emissions_reduction":
            assert (f["base_year"], f["reduction_pct_min"], f["reduction_pct_max"]) == (1990, 80, 95)
        if f["commitment_type"] == "per_capita_limit":
            assert f["per_capita_t"] == 2


def test_s000_names_the_la_summit():
    summit = [m for m in of("000", "event") if m.hints["key"] == LA_SUMMIT]
    assert summit and summit[0].fields["city"] == "Los Angeles" and summit[0].fields["country"] == "US"


# --- seed 001: ICLEI USA news, 2015-12-08 ----------------------------------------------------------------------

def test_s001_one_mou_iclei_shenzhen_foundation_at_cop21():
    ags = of("001", "agreement")
    assert len(ags) == 1  # nothing from "This agreement builds on ..."
    f = ags[0].fields
    assert f["agreement_type"] == "mou"
    assert f["parties"] == [ICLEI, "Shenzhen Low-Carbon Development Foundation"]
    assert ags[0].hints["event_keys"] == ["cop21"]


def test_s001_cop21_known_dates():
    cop = [m for m in of("001", "event") if m.fields["name"] == "COP21"]
    assert cop
    f = cop[0].fields
    assert (f["start_on"], f["end_on"], f["city"], f["country"]) == (date(2015, 11, 30), date(2015, 12, 12), "Paris",
                                                                     "FR")


def test_s001_no_commitments():
    assert of("001", "commitment") == []


# --- seed 002: ICLEI USA press release, Oakland, 2015-09-15 ----------------------------------------------------

def test_s002_ccucc_partnership_only():
    ags = of("002", "agreement")
    assert len(ags) == 1  # not the Memoranda it implements, not "developed in partnership with"
    f = ags[0].fields
    assert f["agreement_type"] == "partnership"
    assert f["parties"] == [ICLEI, "Lawrence Berkeley National Laboratory",
                            "California-China Office of Trade and Investment", "Bay Area Council", "Asia Society"]
    assert (f["signed_on"], f["signed_on_precision"]) == (date(2015, 9, 15), "day")
    assert (f["city"], f["country"]) == ("Oakland", "US")
    assert f["title"] == "California-China Urban Climate Collaborative"


def test_s002_names_the_climate_cities_summit():
    assert [m.fields["name"] for m in of("002", "event")] == ["U.S.-China Climate Cities Summit"]


def test_s002_boilerplate_yields_nothing():
    for m in _mentions("002"):
        assert "search box" not in m.quote and "iclei.org" not in m.quote


# --- seed 003: Chinese portal, a 2021 repost of the 2015 story -------------------------------------------------

def test_s003_summit_dated_2015_from_text_anchors():
    held = [m for m in of("003", "event") if m.hints["key"] == LA_SUMMIT and m.fields["city"]]
    assert len(held) == 1
    f = held[0].fields
    assert f["name"] == "U.S.-China Climate Leaders Summit"
    assert (f["start_on"], f["city"], f["country"]) == (date(2015, 9, 16), "Los Angeles", "US")
    assert held[0].hints["aliases"] == ["中美气候领导峰会"]


def test_s003_no_date_from_the_page_year():
    for m in of("003", "event"):
        assert m.fields["start_on"] is None or m.fields["start_on"].year == 2015


def test_s003_agreements_ef_wuhan_and_byd_la_only():
    got = sorted((m.fields["agreement_type"], tuple(m.fields["parties"])) for m in of("003", "agreement"))
    assert got == [("agreement", ("BYD", "Los Angeles")), ("mou", ("Energy Foundation China", "Wuhan"))]


def test_s003_no_joint_statement_between_china_and_us():
    assert all(m.fields["agreement_type"] != "joint_statement" for m in of("003", "agreement"))
    assert all(not {"China", "United States"} & set(ps) for ps in parties("003"))


def test_s003_commitments_beijing_guangzhou_peak():
    assert pledges("003") == {("Beijing", "emissions_peak", 2020), ("Guangzhou", "emissions_peak", 2020)}


def test_s003_related_articles_yield_nothing():
    for m in _mentions("003"):
        for junk in ("相关推荐", "天津展", "浙江电力", "ICIS", "热电联产", "返回顶部", "2021年"):
            assert junk not in m.quote


# --- seed 004: ISC news, 2020-11-25 ----------------------------------------------------------------------------

def test_s004_meeting_held_in_beijing():
    evs = of("004", "event")
    assert len(evs) == 1
    f = evs[0].fields
    assert f["name"] == "City Emission Reduction Cooperation Project Summary and Achievement Sharing Meeting"
    assert (f["start_on"], f["city"], f["country"]) == (date(2020, 11, 17), "Beijing", "CN")


def test_s004_no_agreement_no_commitment():
    assert of("004", "agreement") == []
    assert of("004", "commitment") == []


# --- all five resolved together --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _records():
    return resolve([m for k in SEEDS for m in _mentions(k)], {})


def _find(record_type: str, pred):
    hits = [r for r in _records() if r.record_type == record_type and pred(r.fields)]
    assert len(hits) == 1, hits
    return hits[0]


def test_seeds_resolve_to_one_la_summit_from_both_languages():
    r = _find("event", lambda f: f["name"] == "U.S.-China Climate Leaders Summit")
    assert r.fields["start_on"] in {date(2015, 9, 15), date(2015, 9, 16)}
    assert (r.fields["city"], r.fields["country"]) == ("Los Angeles", "US")
    assert {"https://seed.example/000", "https://seed.example/003"} <= set(r.source_urls)
    assert not [x for x in _records() if x.record_type == "event" and "Climate Cities Summit" in x.fields["name"]]


def test_seeds_resolve_agreements_once_each_with_events():
    ags = [r for r in _records() if r.record_type == "agreement"]
    assert len(ags) == 6
    four = _find("agreement", lambda f: set(f["parties"]) == set(FOUR_PARTIES))
    assert (four.fields["agreement_type"], four.fields["signed_on"], four.fields["city"]) == (
        "mou", date(2015, 9, 15), "Los Angeles")
    assert four.fields["event_name"] == "U.S.-China Climate Leaders Summit"
    assert len(four.evidence) == 3  # headline, body, caption
    for ps in ({"Los Angeles", "Zhenjiang"}, {"Energy Foundation China", "Wuhan"}, {"BYD", "Los Angeles"}):
        r = _find("agreement", lambda f, ps=ps: set(f["parties"]) == ps)
        assert r.fields["event_name"] == "U.S.-China Climate Leaders Summit"
    sz = _find("agreement", lambda f: "Shenzhen Low-Carbon Development Foundation" in f["parties"])
    assert (sz.fields["event_name"], sz.fields["city"]) == ("COP21", "Paris")
    _find("agreement", lambda f: f["agreement_type"] == "partnership" and f["city"] == "Oakland")


def test_seeds_resolve_peaks_across_languages():
    for city in ("Beijing", "Guangzhou"):
        r = _find("commitment", lambda f, c=city: f["actor"] == c)
        assert (r.fields["commitment_type"], r.fields["target_year"]) == ("emissions_peak", 2020)
        assert r.source_urls == ["https://seed.example/000", "https://seed.example/003"]
        assert r.fields["event_name"] == "U.S.-China Climate Leaders Summit"


def test_seeds_resolution_ids_are_stable():
    first = _records()
    previous = {k: r.record_id for r in first for k in r.mention_keys}
    again = resolve([m for k in SEEDS for m in _mentions(k)], previous)
    assert sorted(r.record_id for r in again) == sorted(r.record_id for r in first)


# --- the seed texts --------------------------------------------------------------------------------------------

SEED_000 = """\
News I iCET signed an MOU with Beijing Environmental Exchange Center (BEEC) in LA amid Xi's visit to the US

A memorandum of understanding between the China Beijing Environment Exchange, iCET, the Climate Registry, and the Climate Action Reserve, was signed on September 15 in LA as part of the "Alliance of Peaking Pioneer Cities" (APPC) meeting amid Xi's visit to the US. The MOU is designed to build Beijing's carbon markets capacity and introduce California's zero-emission vehicle credit trading mechanism to China's capital. This initiative aims to equip professionals with the experience and understanding needed to create well-functioning carbon and credit markets, which are critical to encouraging the deployment of clean and renewable energy sources.


China's APPC cities and provinces have established, for the first time, peak years for carbon dioxide emissions that are earlier than the national goal to peak around 2030. Notably, Beijing and Guangzhou have committed to peak their carbon dioxide emissions by the end of or around 2020 – ten years earlier than the national target. In signing the Declaration, the Chinese cities have also stated their intention to regularly report on greenhouse gas emissions, establish climate action plans to reduce emissions, and enhance bilateral partnerships and bilateral cooperation.


(From left to right) Gary Gero (President, Climate Action Reserve), Amy Holm (Director of Programs and Operations, The Climate Registry),
Dewen Mei (President, China Beijing Environmental Exchange), and Dr. Feng An (Executive Director, Innovation Center for
Energy and Transportation) shake hands during the signing of their four-party agreement
at the US-China Climate Leaders Summit in Los Angeles, CA.


Los Angeles City Mayor Eric Garcetti (left) and California Governor Jerry Brown (third from left) look on as the City of Los Angeles,
California and the City of Zhenjiang, Jiangsu Province become the first cities to endorse
the Subnational Global Climate Leadership Memorandum of Understanding – an effort led by California Governor Jerry Brown.
Signatories commit to either reduce greenhouse gas emissions 80 to 95 percent
below 1990 levels by 2050 or achieve a per capita annual emission target of less than 2 metric tons by 2050.







Read more: https://www.whitehouse.gov/the-press-office/2015/09/15/fact-
sheet-us-%E2%80%93-china-climate-leaders-summit
"""

SEED_001 = """\
ICLEI Local Governments for Sustainability and Shenzhen Low-Carbon Development Foundation (hereon referred to as the Parties) signed a Memorandum of Understanding (MOU) at the 21st annual meeting of Conference of Parties (COP) in Paris. The climate collaborative agreement stems off of the Parties shared and firm belief that a clean environment and a strong economy can co-exist, and clean energy technology is one of the key paths to ensuring a clean environment and a prosperous future.
The MOU seeks to accelerate the use of low-carbon clean technologies to assist cities –hubs of human activities and ingenuity – to transition to a low carbon economy and cleaner environment. Among many action items, the Parties aim to construct and promote a shared Platform for international low-carbon clean technology demonstration and communication, and enhance information sharing and capacity building around low-carbon clean technology development.
This agreement builds on the Parties earlier meeting during the first U.S.-China Climate Leaders Summit back in September, where a delegation from Shenzhen including former deputy mayor Mr. Tang and Ms. Liu, Secretary General of Shenzhen Low-Carbon Development Foundation participated in the launch event of ICLEI’s newest watershed initiative – California-China Urban Climate Collaborative (CCUCC). Subsequently, Shenzhen welcomed ICLEI’s invite to join the initiative as one of the first cohort of CCUCC cities.
“CCUCC is a replicable and scalable initiative designed to facilitate long-term, action-oriented and mutual learning urban climate collaborations. The initiative is set to bring together leading cities from both sides of the pacific looking to achieve tangible emissions reduction and air pollution mitigation.” says Angie Fyfe, Director of Resource Efficiency and Renewable Energy program at ICLEIUSA. “One of the key component of the initiative is connecting clean technology industry to end user cities, which is very much in line and mutually-reinforcing with what we hope to achieve through the agreement with Shenzhen Low-Carbon Development Foundation” stated Ms. Fyfe speaking about the complementary relationship between CCUCC and the newly inked MOU.
As the first cohort of CCUCC cities, Shenzhen along with leading Californian and Chinese cities are set to take full advantage of the CCUCC network to showcase their respective low-carbon development successes and to strengthen areas where they could benefit from the network’s collective low-carbon development experience and technological knowhow.
As world leaders convene in Paris to negotiate for a blinding global climate agreement that safeguards the global community against “years of living dangerously,” leading cities and climate champion leaders are already charting the course for a cleaner and safer climate future powered by innovative low-carbon clean technologies.
"""

SEED_002 = """\
Search
Close this search box.

New Partnership Pairs U.S. and Chinese Cities to Reduce Carbon Pollution

Tuesday, September 15, 2015

Oakland, CA — ICLEI – Local Governments for Sustainability announced today the launch of the California-China Urban Climate Collaborative (CCUCC), a new partnership with Lawrence Berkeley National Laboratory, the California-China Office of Trade and Investment, the Bay Area Council, and the Asia Society.

The CCUCC is a dynamic new long-term exchange between cities in California and China seeking to reduce carbon and air pollution and advance the clean energy economy.  This public commitment by cities will include a strong engagement with the private sector.

Through the CCUCC, participating cities will receive tools and technical support, access to a panel of leading experts, and networking opportunities to drive emissions reductions through proven climate action planning processes and technology solutions. Ten California and 10 Chinese cities will make up the initial cohort and will be selected using various indicators and detailed research and analysis. Selection of the initial cohort will be made by ICLEI in the next month.

The CCUCC was conceived in close coordination with the State of California led by CalEPA, the California Energy Commission, and the office of Governor Jerry Brown as a strategy to implement a series of Memoranda of Understanding between California, provincial leaders, and China’s National Development and Reform Commission.  The intent of the program is to help achieve the strategic goals of those agreements and build a long-term technically focused information and collaboration network between cities on climate change measures.

The program components were developed in partnership with Lawrence Berkeley National Laboratory (Berkeley Lab), the California-China Office of Trade and Investment, the Bay Area Council and the Asia Society.

Berkeley Lab brings decades of on-the-ground technical experience to the collaborative and is widely recognized for its leadership in China for developing strategies to implement greenhouse gas reductions.  Strong private sector engagement, with a focus on cleantech and finance, is a key part of the program. The Bay Area Council brings leadership from Silicon Valley and California, and the Governor’s China Trade and Investment Office brings corresponding connections to some of the largest Chinese firms in the space.  The Energy Foundation China generously provided seed funding to launch the program.

“We are honored to contribute to the success of the U.S.-China Climate Cities Summit with the formal announcement of the CCUCC,” ICLEI USA Executive Director Michael Schmitz said, “and to have the opportunity to work closely with our ICLEI colleagues in the ICLEI East Asia Secretariat and China office, who will provide services to the cities participating in China.”

ABOUT ICLEI – LOCAL GOVERNMENTS FOR SUSTAINABILITY

ICLEI – Local Governments for Sustainability is the leading global network of local governments dedicated to sustainability, resilience, and climate action, with more than 1,000 cities, towns, and counties around the globe. We connect leaders to share solutions and accelerate progress, and our cutting-edge tools and technical guidance help local governments reach their ambitious goals. For more information please visit www.icleiusa.org and www.eastasia.iclei.org.

Contact: Angie Fyfe, ICLEI USA Director, Resource Efficiency and Renewable Energy 303-908-3250 angie.fyfe@iclei.org

Share
"""

SEED_003 = """\
logo搜索

中美两国主要城市共同承诺应对气候变化

时间:2021-04-08 14:28:42 作者:本站整理 来源:网络

当地时间9月16日,“中美气候领导峰会”在美国加利福尼亚州洛杉矶举行。来自中国的多个省、市领导及美国多州、市长参加会议,双方就解决气候变化问题发表了联合声明,其中包括多项超越国家层面预计目标的承诺。

此次峰会是为落实去年11月中国国家主席习近平和美国总统贝拉克·奥巴马共同发表的《中美气候变化联合声明》,在地方层面上推动了气候变化行动与合作。

峰会上,来自中美两国的各地方政府针对气候变化签署了一系列详实的行动宣言。美国亚特兰大、波士顿、洛杉矶、休斯顿、盐湖城、得梅因等城市,以及中国北京、广州、武汉、镇江、深圳等城市将参与行动。位居中国最大的城市之列的北京和广州,均承诺在2020年左右碳排放达到峰值,比国家目标提早了10年。

“这是非常好的消息。我们也希望本周习主席访美期间,两国可以推进更多与低碳相关的行动“,能源基金会中国可持续城市项目主任何东全博士表示,“通过签署一系列谅解备忘录,两国政府、私人企业以及非政府组织之间的合作得以加强。这些举措都为在12月的巴黎气候大会上达成共识做了很好的铺垫。”

中美气候领导峰会的政治意义巨大,有效推动了两国省、州、市层面应对气候变化的积极性,形成两国地方政府间良性的交流、合作、竞争的长期机制,对真正落实减排承诺有深远影响。

在峰会期间,能源基金会中国项目成员主持了低碳城市规划及低碳能源环节,并且在基金会支持的午餐会上着重强调了能源基金会在可持续城市规划设计、绿色建筑、可再生能源及空气质量方面的工作。此次,能源基金会也与武汉市政府签订了谅解备忘录,支持其在低碳愿景规划、智能电网发展,分布式可再生能源以及低排放交通等领域的示范项目。这份协议将推动能源基金会中国及其资助方充分运用在低碳领域的专业技术和最佳实践经验,帮助中国一些充满活力的大型城市在发展过程中减少排放。

在峰会闭幕式上,美国副总统拜登与中国国务委员杨洁篪共同强调了此次会议对中美双方的重要影响。峰会上所达成的强有力而积极的地方行动协议将为巴黎气候大会创造良好势头。同时,两国企业也在为推进绿色经济议程寻求市场机会。中国汽车制造企业比亚迪与美国洛杉矶市政府达成合作协议——前者将为后者提供电动公交车;高盛投资集团也预测了中国新的融资机会。参与行动计划制定的两国省、市、州长均对推动气候变化行动议程的进行充满信心。

获取更多关于洛杉矶中美气候领导峰会的信息,请关注网站。

关于能源基金会中国

能源基金会中国于1999年在北京成立,是从事中国可持续能源发展的非营利公益组织,总部位于美国旧金山。机构的宗旨是推动能源效率的提高和可再生能源的发展,帮助中国过渡到可持续能源的未来。能源基金会通过资助中国的相关机构开展政策研究、加强标准制定,推动能力建设和传播最佳实践,助力中国应对能源挑战,其资助领域包括低碳发展之路、建筑节能、工业节能、电力、可再生能源、可持续城市,交通节能和环境管理八个方面。





阅读全文

相关推荐

上一篇: 四川电力首座500千伏智能变电站智能组件改造工程圆满完成

下一篇: 华峰氨纶拟投不超4亿建热电联产项目

相关文章

ICIS:两会“30·60”目标将加速能源化工行业产业链规范与创新
2021年03月26日关于ICIS:两会“30·60”目标将加速能源化工行业产业链规范与创新的最新消息:中国上海,(2021年3月24日)当两会热词"碳达峰"与"碳中和"加速出圈后,自2013年就进入中国碳市场的ICIS中国市场开发总监徐蓉表示,"30·60"目标将进一ICIS:两会“30·60”目标将加速能源化工行业产业链规范与创新
ICIS:两会“30·60”目标将加速能源化工行业产业链规范与创新2021-04-093
监测电化学储能技术的创新:一种基于专利的方法
2021年03月24日关于监测电化学储能技术的创新:一种基于专利的方法的最新消息:导读慕尼黑工业大学的一项新研究表明,亚洲开发商在储能系统方面处于领先地位,并远远超过美国和欧洲的竞争对手。慕尼黑工业大学(TUM)的一项新研究显示,近年来电化学储能技术的专利申请数监测电化学储能技术的创新:一种基于专利的方法
监测电化学储能技术的创新:一种基于专利的方法2021-04-092
天津展抢先剧透,骑幻重磅产品矩阵线上揭幕
天津展抢先剧透,骑幻重磅产品矩阵线上揭幕, 作为电动车行业最大规模性的行业展会,时隔一年,天津展再度回归。懂行的经销商们早已安排好行程,准备在天津展一窥“后疫情时代”的行业动向。天津展抢先剧透,骑幻重磅产品矩阵线上揭幕
天津展抢先剧透,骑幻重磅产品矩阵线上揭幕2021-04-092
现状:华北热电联产供热设备容量超东北
2021年03月26日关于现状:华北热电联产供热设备容量超东北的最新消息:热电联产是一种有效的能源利用方法,具有良好的经济和社会效益。在政策推动下,各地区热电联产不断发展。2019年华北地区热电联产供热设备容量首次超过东北地区,主要是山西省太原市加大清洁现状:华北热电联产供热设备容量超东北
现状:华北热电联产供热设备容量超东北2021-04-093
四段颠覆性新品“亮剑” 赢合科技再引锂电设备新趋势
全球电池行业规模最大的展览会——“第十四届中国国际电池技术交流会/展览会(CIBF2021)”在深圳会展中心盛大开幕!来自全球1300余家电池、设备、材料及相关配套企业参展,集中展示近三年来全球范围内电池行业所取得的优异成果。四段颠覆性新品“亮剑” 赢合科技再引锂电设备新趋势
四段颠覆性新品“亮剑” 赢合科技再引锂电设备新趋势2021-04-092
浙江电力市场化改革再深化
2021年03月26日关于浙江电力市场化改革再深化的最新消息:近日,浙江省发展改革委、省能源局、省能源监管办联合印发《2021年浙江省电力直接交易工作方案》(下称《工作方案》),我省今年电力市场化交易正式拉开序幕。《工作方案》显示,2021年浙江电力市场化改革再深化
浙江电力市场化改革再深化2021-04-092
返回顶部
"""

SEED_004 = """\
Skip to Main Content

“City Emission Reduction Cooperation Project” Summary and Achievement Sharing Meeting was successfully held in Beijing

        On November 17, 2020, a summary of the “City Emission Reduction Cooperation Project” co-sponsored by the Institute for Sustainable Development Cooperation (ISC), the National Climate Change Strategy Research and International Cooperation Center (NCSC), and the Energy Foundation (EF China) The achievement sharing meeting was successfully held in Beijing. Zeng Lei, Chief Representative of ISC China, Cao Ying, Deputy Director of NCSC Policy and Regulation Department, Lin Weiwei, EF China Low-Carbon City Project Project Manager, attended the meeting and delivered speeches from the business supervisory Chinese People’s Association for Friendship with Foreign Countries, the Pilot City Ecological Environment Bureau, and the project partner More than 50 representatives and experts from research institutions attended the meeting.
        At the meeting, ISC China Chief Representative Zeng Lei gave a detailed introduction to the overall implementation of the project. Representatives from 11 pilot provinces and cities including Changsha, Zhuzhou, Xiangtan, Jiyuan, Jiaxing, Jinhua, Wuzhong, Kunming, Tianjin, Zhongshan, and Guangdong shared their projects. Results and experience. Cao Ying, deputy director of the NCSC Policy and Regulation Department, Lin Weiwei, project director of the EF China low-carbon city project, Yang Xiu, associate researcher of the Institute of Climate Change and Sustainable Development of Tsinghua University, and Li Weiqi, director of the Sichuan Energy Research Institute of Tsinghua University, highly praised the project Achievements in the city’s mid- and long-term low-carbon development, peak roadmaps, and emission reductions in key urban industries, and proposed long-term strategic plans for low-carbon development, comprehensive consideration of the coordinated control of pollutants and greenhouse gases, and overall planning for economic development And recommendations on climate change work.
        Since the “City Emission Reduction Cooperation Project” was launched in 2017, with the joint support and efforts of all parties, the set goals of the project have been successfully completed. The pilot project involved 13 provinces, cities and regions, and 753 people from more than 20 cities participated in relevant trainings. Project achievements include carbon emissions peaking and near-zero carbon emissions in 7 provinces and cities, and medium and long-term low-carbon development research, as well as carbon emission reduction plans for key industries such as transportation, garbage classification, thermal power, and textiles in 6 cities. The first domestic publication was published. The modular design guidelines for the study of peak carbon emissions in cities provide technical and capacity building support for the work of responding to climate change in provinces and cities.
"""

SEEDS = {
    "000": (SEED_000, date(2015, 9, 22), "en"),
    "001": (SEED_001, date(2015, 12, 8), "en"),
    "002": (SEED_002, date(2015, 9, 15), "en"),
    "003": (SEED_003, date(2021, 4, 8), "zh"),
    "004": (SEED_004, date(2020, 11, 25), "en"),
}
