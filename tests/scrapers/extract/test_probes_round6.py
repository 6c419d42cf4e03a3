"""The sixth round of held-out probes (docs/held-out-probes.md): a country adjective before a kind after an ordinal
("the first U.S. state to commit"), climate networks known by a name without a climate word, an action plan two
sides sign, and a list of states whose first item is also a city's name."""
from __future__ import annotations

from datetime import date

from story_records import records

DAY = date(2024, 6, 1)


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


def _actors(text: str) -> list[str]:
    return [r["actor"] for r in records(text, "commitment", DAY)]


# --- "the first U.S. state to commit": a kind of actor, none named -----------------------------------------------
def test_an_ordinal_before_a_country_adjective_and_a_kind_names_no_country():
    assert _actors("Hawaii became the first U.S. state to commit to 100 percent renewable electricity by 2045.") == \
        ["Hawaii"]
    assert _actors("Shenzhen was the only Chinese city to pledge to peak its emissions by 2020.") == ["Shenzhen"]
    assert _actors("Austin is the largest Texas city to commit to carbon neutrality by 2040.") == ["Austin"]


def test_a_country_that_acts_after_the_first_is_kept():
    # "the first" before a country that is itself the subject's name stays a country
    assert _actors("Costa Rica pledged to reach net-zero emissions by 2050.") == ["Costa Rica"]


# --- climate networks known by a name without a climate word ----------------------------------------------------
def test_a_c40_summit_where_something_was_signed_is_an_event():
    for text in ("The C40 World Mayors Summit was held in Buenos Aires from October 19 to 21, 2022. Mayors signed the "
                 "Clean Construction Declaration at the summit.",
                 "More than 40 mayors gathered in Buenos Aires from October 19 to 21, 2022 for the C40 World Mayors "
                 "Summit, where they signed the Clean Construction Declaration."):
        events = records(text, "event", DAY)
        assert [(e["name"], str(e["start_on"]), e["city"]) for e in events] == \
            [("C40 World Mayors Summit", "2022-10-19", "Buenos Aires")]


def test_an_iclei_congress_is_on_topic():
    events = records("The ICLEI World Congress was held in Rotterdam from May 11 to 13, 2021.", "event", DAY)
    assert [e["name"] for e in events] == ["ICLEI World Congress"]


def test_a_gathering_of_another_field_stays_no_event():
    assert records("The World Mayors Summit on Tourism was held in Buenos Aires from October 19 to 21, 2022.",
                   "event", DAY) == []


# --- an action plan two sides sign ------------------------------------------------------------------------------
def test_an_action_plan_two_sides_sign_is_their_agreement():
    assert _parties("Oregon and Fujian signed an action plan on climate cooperation in Salem on May 10, 2023.") == \
        [["Oregon", "Fujian Province"]]
    assert _parties("2023年5月10日，福建省与美国俄勒冈州在福州签署了应对气候变化合作行动计划。") == \
        [["Fujian Province", "Oregon"]]
    rows = records("The governors of Oregon and California signed a joint action plan on zero-emission trucks on "
                   "March 2, 2024.", "agreement", DAY)
    assert [(r["parties"], r["agreement_type"]) for r in rows] == [(["Oregon", "California"], "agreement")]


def test_a_plan_one_side_signs_or_issues_is_no_agreement():
    assert _parties("Governor Kotek signed the state's Climate Action Plan on Monday.") == []
    assert _parties("The mayor signed an action plan on heat resilience on May 4, 2023.") == []
    assert _parties("2023年5月10日，福建省印发《福建省碳达峰行动计划》。") == []


# --- a list of states whose first item is also a city's name ----------------------------------------------------
def test_a_state_after_a_city_of_another_state_is_a_side_of_the_list():
    assert _parties("Washington, Oregon, California and British Columbia signed a memorandum on climate in San "
                    "Francisco on October 28, 2013.") == [["Washington", "Oregon", "California", "British Columbia"]]
    assert _parties("The governors of Washington, Oregon and California signed a climate pact with the premier of "
                    "British Columbia in San Francisco on October 28, 2013.") == \
        [["Washington", "Oregon", "California", "British Columbia"]]


def test_a_city_and_its_own_state_stay_one_side():
    assert _parties("Los Angeles, California and Guangzhou signed a memorandum on clean ports on May 2, 2023.") == \
        [["Los Angeles", "Guangzhou"]]
    assert _parties("Portland, Oregon, and Suzhou signed a memorandum on climate cooperation on May 2, 2023.") == \
        [["Portland", "Suzhou"]]
    # a namesake in the state named: "Peoria, Illinois" (the gazetteer's first Peoria is Arizona's)
    assert _parties("Peoria, Illinois and Galway signed a memorandum on heat networks on March 12, 2024.") == \
        [["Peoria", "Galway"]]


# --- a region named after its city, in Chinese ------------------------------------------------------------------
def test_a_foreign_region_named_after_its_city_is_kept_as_written_never_the_city():
    assert _parties("2024年4月18日，黑龙江省与俄罗斯莫斯科州签署了绿色发展合作协议。") == \
        [["Heilongjiang Province", "莫斯科州"]]
    assert _parties("2024年4月18日，陕西省与哈萨克斯坦阿拉木图州在西安签署了生态环境保护合作协议。") == \
        [["Shaanxi Province", "阿拉木图州"]]


def test_a_city_state_and_a_known_region_keep_their_names():
    assert _parties("2024年4月18日，上海市与德国汉堡州签署了氢能合作备忘录。") == [["Shanghai", "Hamburg"]]
    assert _parties("2024年4月18日，河南省与澳大利亚新南威尔士州签署了清洁能源合作备忘录。") == \
        [["Henan Province", "New South Wales"]]
    assert _parties("2024年4月18日，广东省与巴西圣保罗州签署了应对气候变化合作备忘录。") == \
        [["Guangdong Province", "São Paulo State"]]

