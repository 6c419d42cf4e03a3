"""Context rules added to extraction since e05c6e6, each on a fresh sentence (none copied from the test webs).

One positive per rule, and a negative wherever a plausible false positive exists. Rules that do not hold on a fresh
sentence are marked xfail(strict=True) with what was seen: they are findings, not product changes.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions
from scrapers.extract.dates import DateContext, explicit_dates, find_dates, settle
from scrapers.extract.day_references import relative_day
from scrapers.extract.entities import find_entities


def read(text: str, page: date | None, language: str = "en", title: str | None = None) -> list[Mention]:
    return extract_mentions(Article(url="https://fresh.example/story", source="fresh", title=title,
                                    published_on=page, language=language, text=text,
                                    fetched_at=datetime(2024, 1, 1)))


def of(ms: list[Mention], record_type: str) -> list[Mention]:
    return [m for m in ms if m.record_type == record_type]


def one_agreement(ms: list[Mention]) -> dict:
    ags = of(ms, "agreement")
    assert len(ags) == 1, [m.fields for m in ags]
    return ags[0].fields


def pledges(ms: list[Mention]) -> set[tuple]:
    return {(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"]) for m in of(ms, "commitment")}


# --- yearless days settle from full dates the text states (explicit_dates, _near_explicit) ------------------------

def test_explicit_dates_lists_every_full_date_in_both_languages():
    text = "Signed on 8 June 2016 and on June 9, 2016, also 2016年6月10日; not on June 11."
    assert explicit_dates(text) == (date(2016, 6, 8), date(2016, 6, 9), date(2016, 6, 10))


def test_yearless_day_takes_the_year_of_a_nearby_full_date_in_the_text():
    ms = read("Guangzhou and Seattle announced a new partnership on March 3, 2017.\n"
              "Officials said Guangzhou and Seattle signed a memorandum of understanding on clean ports on "
              "February 27.",
              None)
    ag = [m.fields for m in of(ms, "agreement") if m.fields["agreement_type"] == "mou"][0]
    assert (ag["signed_on"], ag["signed_on_precision"]) == (date(2017, 2, 27), "day")


def test_yearless_day_without_any_anchor_stays_undated():
    ms = read("Guangzhou and Seattle signed a memorandum of understanding on clean ports on February 27.", None)
    assert one_agreement(ms)["signed_on"] is None


def test_full_dates_in_two_years_do_not_settle_a_yearless_day():
    # December 20, 2016 and January 10, 2018 both lie within two months of some "January 5": ambiguous, so the
    # page's date decides (January 5 before a page of 2018-01-12 is 2018-01-05)
    ctx = DateContext(date(2018, 1, 12), None, (date(2016, 12, 20), date(2018, 1, 10)))
    dm = find_dates("on January 5")[0]
    assert settle(dm, ctx) == (date(2018, 1, 5), "day")


def test_background_full_date_does_not_pull_a_current_signing_back_years():
    ms = read("The Paris Agreement was adopted on December 12, 2015.\n"
              "Chengdu and Denver signed a memorandum of understanding on electric buses on December 3.",
              date(2019, 12, 5))
    assert one_agreement(ms)["signed_on"] == date(2019, 12, 3)


# --- weekdays from the page date (relative_day) -------------------------------------------------------------------

def test_on_weekday_is_the_latest_such_day_up_to_the_page_date():
    # 2019-05-17 is a Friday: "on Wednesday" is 2019-05-15
    ms = read("Chengdu and Denver signed a memorandum of understanding on Wednesday to cooperate on electric vehicles.",
              date(2019, 5, 17))
    assert (one_agreement(ms)["signed_on"], one_agreement(ms)["signed_on_precision"]) == (date(2019, 5, 15), "day")


def test_zh_weekday_is_the_latest_such_day_up_to_the_page_date():
    ms = read("成都市与丹佛市周三签署了电动汽车合作备忘录。", date(2019, 5, 17), "zh")
    assert one_agreement(ms)["signed_on"] == date(2019, 5, 15)


def test_weekday_equal_to_the_page_weekday_is_the_page_date():
    assert relative_day("Chengdu and Denver signed an MOU on Friday.", date(2019, 5, 17)) == date(2019, 5, 17)


def test_weekday_without_a_page_date_gives_no_day():
    ms = read("Chengdu and Denver signed a memorandum of understanding on Wednesday to cooperate on electric vehicles.",
              None)
    assert one_agreement(ms)["signed_on"] is None


def test_sentence_initial_on_weekday_is_dated():
    ms = read("On Tuesday, Houston and Shenzhen signed a memorandum of understanding on electric buses.",
              date(2017, 4, 20))
    assert one_agreement(ms)["signed_on"] == date(2017, 4, 18)


# --- "at the opening ceremony" / 开幕式上 takes the last named day (recent_day) ---------------------------------------

def test_opening_ceremony_takes_the_last_day_named():
    ms = read("The forum opened in Shanghai on October 9, 2018.\n"
              "At the opening ceremony, Shanghai and Seattle signed a memorandum of understanding on green buildings.",
              date(2018, 10, 15))
    assert (one_agreement(ms)["signed_on"], one_agreement(ms)["signed_on_precision"]) == (date(2018, 10, 9), "day")


def test_zh_opening_ceremony_takes_the_last_day_named():
    ms = read("2018年10月9日，论坛在上海开幕。\n开幕式上，上海市与西雅图市签署了绿色建筑合作备忘录。", date(2018, 10, 15), "zh")
    assert one_agreement(ms)["signed_on"] == date(2018, 10, 9)


def test_without_event_anaphora_the_last_day_is_not_borrowed():
    ms = read("The forum opened in Shanghai on October 9, 2018.\n"
              "Shanghai and Seattle later signed a memorandum of understanding on green buildings.",
              date(2018, 10, 15))
    assert one_agreement(ms)["signed_on"] is None


def test_a_last_day_after_the_page_date_is_not_borrowed():
    ms = read("The forum will open in Shanghai on October 19, 2018.\n"
              "At the opening ceremony, Shanghai and Seattle signed a memorandum of understanding on green buildings.",
              date(2018, 10, 15))
    assert one_agreement(ms)["signed_on"] is None


# --- "Mayor X signed" stands for the story's city other than the other side's (principals) ------------------------

def test_mayor_stands_for_the_storys_city():
    ms = read("Houston is expanding its clean energy ties with China.\n"
              "Mayor Sylvester Turner signed a memorandum of understanding with Shenzhen on electric buses "
              "on Tuesday.\n"
              "Houston officials said the deal builds on earlier work.", date(2017, 4, 20))
    ag = one_agreement(ms)
    assert ag["parties"] == ["Houston", "Shenzhen"]
    assert ag["signed_on"] == date(2017, 4, 18)


def test_governor_stands_for_the_storys_state():
    ms = read("California has led on climate for years.\n"
              "Governor Jerry Brown signed a memorandum of understanding with Jiangsu Province on clean energy.",
              date(2017, 4, 20))
    assert one_agreement(ms)["parties"] == ["California", "Jiangsu Province"]


def test_mayor_does_not_stand_for_the_other_sides_city():
    # the only city the story names is the counterpart's: no second party, so no agreement
    ms = read("Mayor Sylvester Turner signed a memorandum of understanding with Shenzhen on electric buses.",
              date(2017, 4, 20))
    assert of(ms, "agreement") == []


# --- "The agreement was signed in Beijing" sets the last agreement's city (SIGNED_IN) ------------------------------

def test_signed_in_sentence_sets_the_last_agreements_city():
    ms = read("Tianjin and Oakland signed a memorandum of understanding on port emissions on May 3, 2017.\n"
              "The agreement was signed in Beijing during a trade mission.", date(2017, 5, 10))
    ag = one_agreement(ms)
    assert (ag["city"], ag["country"]) == ("Beijing", "CN")
    assert ag["parties"] == ["Tianjin", "Oakland"]


def test_zh_signed_in_sentence_sets_the_last_agreements_city():
    ms = read("2017年5月3日，天津市与奥克兰市签署了港口合作备忘录。\n该备忘录于北京签署。", date(2017, 5, 10), "zh")
    assert one_agreement(ms)["city"] == "Beijing"


def test_signed_in_sentence_without_an_earlier_agreement_makes_nothing():
    ms = read("The agreement was signed in Beijing during a trade mission.", date(2017, 5, 10))
    assert of(ms, "agreement") == []


# --- datelines are not actors -----------------------------------------------------------------------------------

def test_dateline_with_state_and_date_is_not_a_party():
    ms = read("SACRAMENTO, CA – March 14, 2017 – California and Jiangsu Province signed a memorandum of "
              "understanding on clean energy.", date(2017, 3, 15))
    assert one_agreement(ms)["parties"] == ["California", "Jiangsu Province"]


def test_dateline_with_day_month_year_is_not_a_party():
    ms = read("SEATTLE – 14 March 2017 – Guangzhou and Tianjin signed a memorandum of understanding on clean shipping.",
              date(2017, 3, 15))
    assert one_agreement(ms)["parties"] == ["Guangzhou", "Tianjin"]


def test_dateline_city_is_where_an_agreement_announced_today_was_signed():
    ms = read("BOSTON, MA — Hangzhou and Shenzhen signed a memorandum of understanding on electric buses today.",
              date(2017, 3, 15))
    ag = one_agreement(ms)
    assert ag["parties"] == ["Hangzhou", "Shenzhen"]
    assert (ag["city"], ag["signed_on"]) == ("Boston", date(2017, 3, 15))


def test_dateline_is_not_a_pledge_actor():
    ms = read("PITTSBURGH, PA – March 14, 2017 – Wuhan will cut greenhouse gas emissions 50 percent below 2005 levels "
              "by 2030.", date(2017, 3, 15))
    assert pledges(ms) == {("Wuhan", "emissions_reduction", 2030)}


def test_opening_city_that_is_a_party_stays_a_party():
    ms = read("Seattle and Guangzhou signed a memorandum of understanding on clean shipping on March 14, 2017.",
              date(2017, 3, 15))
    assert one_agreement(ms)["parties"] == ["Seattle", "Guangzhou"]


def test_opening_city_before_a_dash_appositive_stays_a_party():
    ms = read("Shenzhen – China's electric bus capital – and Los Angeles signed a memorandum of understanding on "
              "electric buses on March 14, 2017.", date(2017, 3, 15))
    assert one_agreement(ms)["parties"] == ["Shenzhen", "Los Angeles"]


# --- 在/于 places are where, not parties; 江苏省镇江市 is Zhenjiang ------------------------------------------------

@pytest.mark.parametrize("prep", ["在", "于"])
def test_zh_place_after_zai_or_yu_is_not_a_party(prep):
    ms = read(f"2017年3月14日，武汉市与匹兹堡市{prep}北京签署了合作备忘录。", date(2017, 3, 15), "zh")
    assert one_agreement(ms)["parties"] == ["Wuhan", "Pittsburgh"]


def test_zh_party_after_a_date_with_yu_stays_a_party():
    ms = read("武汉市于3月14日与匹兹堡市签署了合作备忘录。", date(2017, 3, 15), "zh")
    assert one_agreement(ms)["parties"] == ["Wuhan", "Pittsburgh"]


def test_zh_province_before_its_city_is_a_qualifier():
    ms = read("2017年3月14日，江苏省镇江市与加州签署了合作备忘录。", date(2017, 3, 15), "zh")
    assert one_agreement(ms)["parties"] == ["Zhenjiang", "California"]


def test_zh_province_and_city_joined_by_yu_are_both_parties():
    ms = read("2017年3月14日，江苏省与镇江市签署了合作备忘录。", date(2017, 3, 15), "zh")
    assert one_agreement(ms)["parties"] == ["Jiangsu Province", "Zhenjiang"]


# --- pledges in possessive and object position ---------------------------------------------------------------------

def test_possessive_owner_of_a_plan_is_the_pledge_actor():
    ms = read("Seattle's climate plan calls for a 58 percent cut in greenhouse gas emissions below 2008 levels "
              "by 2035.",
              date(2017, 3, 15))
    [c] = of(ms, "commitment")
    assert (c.fields["actor"], c.fields["commitment_type"], c.fields["target_year"], c.fields["base_year"],
            c.fields["reduction_pct_min"]) == ("Seattle", "emissions_reduction", 2035, 2008, 58.0)


def test_possessive_reduction_from_base_year():
    ms = read("Denver's roadmap calls for a 40 percent reduction in carbon emissions from 2005 levels by 2030.",
              date(2017, 3, 15))
    assert pledges(ms) == {("Denver", "emissions_reduction", 2030)}


def test_possessive_plan_owner_not_an_earlier_place():
    ms = read("Visitors from Seattle heard that Portland's plan calls for a 50 percent cut in carbon emissions below "
              "1990 levels by 2040.", date(2017, 3, 15))
    assert pledges(ms) == {("Portland", "emissions_reduction", 2040)}


def test_object_of_committing_is_the_pledge_actor():
    ms = read("The governor issued a directive committing Oregon to carbon neutrality by 2050.", date(2019, 3, 15))
    assert pledges(ms) == {("Oregon", "carbon_neutrality", 2050)}


def test_share_of_a_places_electricity_is_that_places_pledge():
    ms = read("The new law requires 50 percent of Nevada's electricity to come from renewable sources by 2030.",
              date(2019, 3, 15))
    [c] = of(ms, "commitment")
    assert (c.fields["actor"], c.fields["commitment_type"], c.fields["target_year"], c.fields["share_pct"]) == \
        ("Nevada", "renewable_share", 2030, 50.0)


# --- "the city" / 该市 is the last city named ----------------------------------------------------------------------

def test_the_city_is_the_last_city_named():
    ms = read("Officials from Chengdu visited Denver last week.\n"
              "The city has pledged to reach carbon neutrality by 2040.", date(2017, 3, 15))
    assert pledges(ms) == {("Denver", "carbon_neutrality", 2040)}


def test_the_city_after_a_comma_is_the_last_city_named():
    ms = read("Officials from Chengdu visited Denver last week.\n"
              "Under its new plan, the city will cut greenhouse gas emissions 80 percent below 2005 levels by 2050.",
              date(2017, 3, 15))
    assert pledges(ms) == {("Denver", "emissions_reduction", 2050)}


def test_the_city_after_an_opening_phrase_without_comma():
    ms = read("Officials from Chengdu visited Denver last week.\n"
              "Under its new plan the city will cut greenhouse gas emissions 80 percent below 2005 levels by 2050.",
              date(2017, 3, 15))
    assert pledges(ms) == {("Denver", "emissions_reduction", 2050)}


def test_zh_gaishi_is_the_last_city_named():
    ms = read("上周，美国洛杉矶市代表团访问了成都市。\n该市提出力争2025年实现碳排放达峰。", date(2017, 3, 15), "zh")
    assert pledges(ms) == {("Chengdu", "emissions_peak", 2025)}


def test_the_state_is_not_a_city_named_before():
    ms = read("Denver is growing fast.\nThe state has pledged to reach carbon neutrality by 2050.", date(2017, 3, 15))
    assert of(ms, "commitment") == []


def test_zh_gaisheng_is_not_a_city_named_before():
    ms = read("上周，美国洛杉矶市代表团访问了成都市。\n该省提出力争2025年实现碳排放达峰。", date(2017, 3, 15), "zh")
    assert of(ms, "commitment") == []


def test_the_city_with_no_city_named_makes_no_pledge():
    assert of(read("The city will reach carbon neutrality by 2040.", date(2017, 3, 15)), "commitment") == []


# --- a year that is another's target ("well before China's national target of around 2030") ------------------------

def test_year_of_anothers_target_is_theirs():
    ms = read("Shenzhen and Guangzhou aim to peak their emissions well before China's national target of around 2030.",
              date(2016, 6, 15))
    assert pledges(ms) == {("China", "emissions_peak", 2030)}


def test_own_year_stays_own_beside_anothers_target():
    ms = read("Several Chinese cities, including Wuhan, aim to peak carbon emissions by 2022, well ahead of China's "
              "national goal of 2030.", date(2016, 6, 15))
    assert pledges(ms) == {("Wuhan", "emissions_peak", 2022)}


# --- Chinese organisation names: a country before a known org; 与 inside a name ------------------------------------

def test_zh_country_before_a_known_org_is_that_org():
    [org, city] = find_entities("美国落基山研究所与深圳市签署了合作备忘录。")
    assert (org.name, org.kind, org.surface) == ("Rocky Mountain Institute", "org", "美国落基山研究所")
    assert city.name == "Shenzhen"
    ms = read("2017年3月14日，美国落基山研究所与成都市签署了合作备忘录。", date(2017, 3, 15), "zh")
    assert one_agreement(ms)["parties"] == ["Rocky Mountain Institute", "Chengdu"]


def test_zh_country_before_an_unknown_org_is_not_a_known_org():
    org = find_entities("美国某某研究所与深圳市签署了合作备忘录。")[0]
    # an unknown name stays as written (never pinyin, never the known institute it ends like)
    assert org.kind == "org" and org.name == "美国某某研究所"


def test_zh_yu_between_topics_stays_inside_a_known_name():
    ms = read("2017年3月14日，清华大学气候变化与可持续发展研究院与加州签署了合作备忘录。", date(2017, 3, 15), "zh")
    assert one_agreement(ms)["parties"] == [
        "Tsinghua University Institute of Climate Change and Sustainable Development", "California"]


def test_zh_yu_between_topics_stays_inside_a_name_by_shape():
    ents = find_entities("北京市环境与发展研究院与西雅图市签署了合作备忘录。")
    assert [(e.name, e.kind) for e in ents] == [
        ("北京市环境与发展研究院", "org"), ("Seattle", "city")]  # one name; no made-up English for it


def test_zh_yu_between_two_organisations_still_separates_them():
    ents = find_entities("世界资源研究所与中国环境科学研究院签署了合作备忘录。")
    assert [e.kind for e in ents] == ["org", "org"]
    assert ents[0].name == "World Resources Institute" and ents[1].surface == "中国环境科学研究院"
