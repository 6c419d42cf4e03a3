"""English announcement grammar first met on the fourth test web (tests/fourthweb.py), each rule shown on two
sentences written for this test: idioms of signing, nominal and passive signings, "on behalf of", a bare
"Governor X" beside another signer, bodies named by an office, regions and short names a story introduces, events
met in / held ahead of, and pledges stated for several actors or by reference ("do so by").
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.agreements import find_agreements
from scrapers.extract.commitments import find_commitments
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.names_en import local_regions, office_bodies, short_forms

PAGE = DateContext(date(2024, 5, 17))  # a Friday


def parties(sentence: str) -> list[list[str]]:
    return [a.parties for a in find_agreements(sentence, find_entities(sentence), PAGE)]


def mentions(text: str, kind: str, day: date = date(2024, 5, 17)) -> list:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text, datetime(2024, 5, 18))
    return [m for m in extract_mentions(art) if m.record_type == kind]


def pledges(sentence: str, last_parties: list[str] | None = None) -> list[tuple]:
    return [(c.actor, c.commitment_type, c.target_year) for c in
            find_commitments(sentence, find_entities(sentence), last_parties or [])]


# --- idioms of signing ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Goldwind Group and Xcel Energy put pen to paper on a memorandum of understanding on battery storage.",
     ["Goldwind Group", "Xcel Energy"]),
    ("Envision Energy put pen to paper on a memorandum with the Port of Rotterdam on offshore wind logistics.",
     ["Envision Energy", "Port of Rotterdam"]),
])
def test_put_pen_to_paper_concludes_an_instrument(sentence, expected):
    assert [sorted(p) for p in parties(sentence)] == [sorted(expected)]


@pytest.mark.parametrize("sentence,expected", [
    ("Xcel Energy inked a deal with Goldwind Group on Thursday to supply turbines for a wind farm.",
     ["Xcel Energy", "Goldwind Group"]),
    ("Southern Company signed a deal with Envision Energy to study battery storage.",
     ["Southern Company", "Envision Energy"]),
])
def test_a_deal_put_in_writing_is_an_agreement(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Negotiators for the two countries reached a deal on tariffs on Thursday.",
    "Xcel Energy struck a deal to sell its gas stations, the company said.",
])
def test_a_deal_reached_or_struck_is_not_a_signing(sentence):
    assert parties(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("The Port of Oakland and the Port of Qingdao have entered into a partnership on shore power.",
     ["Port of Oakland", "Port of Qingdao"]),
    ("Siemens Energy said on Monday that Siemens Energy had entered into a partnership with Tsinghua University on "
     "hydrogen.",
     ["Siemens Energy", "Tsinghua University"]),
])
def test_entered_into_a_partnership(sentence, expected):
    assert parties(sentence) == [expected]


# --- nominal and passive signings -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("The signing of a cooperation agreement between Peking University and the Rocky Mountain Institute on Monday "
     "opened a joint research program on building efficiency.",
     ["Peking University", "Rocky Mountain Institute"]),
    ("The signing of a partnership agreement between Stanford University and Fudan University on Tuesday created a "
     "joint center for climate research.",
     ["Stanford University", "Fudan University"]),
])
def test_nominal_signing_between(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "The signing of an agreement between Arizona and Sichuan Province is planned for June.",
    "The signing of a memorandum between the Port of Tacoma and the Port of Dalian was postponed until autumn.",
])
def test_a_nominal_signing_still_to_come(sentence):
    assert parties(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A memorandum on clean buses was signed today by the Port of Long Beach and, on behalf of the Shenzhen Bus Group, "
    "its chairman Wang Lei.",
    "The agreement was signed by the Port of Long Beach and, on behalf of the Shenzhen Bus Group, Vice President "
    "Chen Hua, to electrify harbor shuttles.",
])
def test_on_behalf_of_names_the_party(sentence):
    assert [sorted(p) for p in parties(sentence)] == [["Port of Long Beach", "Shenzhen Bus Group"]]


# --- people by office: the bare governor, a minister's office, a title in apposition ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Oregon will expand its clean fuels program next year.\n\nGovernor Kate Brown and Li Wei, Vice Chairman of the "
     "National Energy Administration, today put pen to paper on a memorandum on clean energy.",
     ["National Energy Administration", "Oregon"]),
    ("Michigan has set a carbon cap.\n\nGovernor Gretchen Whitmer and Sichuan Governor Yin Li signed a memorandum "
     "of understanding on low-carbon development.",
     ["Michigan", "Sichuan Province"]),
])
def test_bare_governor_stands_for_the_story_state(text, expected):
    assert [sorted(m.fields["parties"]) for m in mentions(text, "agreement")] == [expected]


@pytest.mark.parametrize("text", [
    # the story names only the other governor's province and a counterpart: no state for "Governor Brown"
    "Governor Jerry Brown and Sichuan Governor Yin Li signed a memorandum of understanding on clean energy.\n\n"
    "He is expected to sign a similar agreement with Jiangsu Province on Wednesday.",
    "Governor Jerry Brown and Hubei Governor Wang Xiaodong signed a memorandum on clean energy.\n\n"
    "Talks with Guangdong Province continue.",
])
def test_bare_governor_never_borrows_a_province(text):
    for m in mentions(text, "agreement"):
        assert not {"Jiangsu Province", "Guangdong Province"} & set(m.fields["parties"]), m.fields["parties"]


@pytest.mark.parametrize("sentence,expected", [
    ("Governor Brown inked a deal with China's Minister of Science and Technology, Wan Gang, on clean vehicles.",
     "Ministry of Science and Technology of China"),
    ("The utility signed an agreement with Ghana's Minister of Energy and Petroleum, Ama Mensah, on solar power.",
     "Ministry of Energy and Petroleum"),
    ("The mayor signed a memorandum with Minister of Ecology and Environment Huang Runqiu on air quality.",
     "Ministry of Ecology and Environment"),
])
def test_a_ministers_office_names_the_ministry(sentence, expected):
    assert [e.name for e in office_bodies(sentence, (0, len(sentence)))] == [expected]


# --- names a story introduces -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The pact was signed by California and the German state of Baden-Württemberg.", "Baden-Württemberg"),
    ("Officials from the Austrian state of Vorarlberg attended.", "Vorarlberg"),
])
def test_regions_introduced_by_their_kind(text, name):
    assert local_regions(text) == {name: name}


@pytest.mark.parametrize("text,short,full", [
    ("Duke Energy signed two deals. Duke also agreed to study storage.", "Duke", "Duke Energy"),
    ("Exelon Corporation will build a plant. Exelon said the plant opens in 2026.", "Exelon", "Exelon Corporation"),
])
def test_short_forms_of_companies(text, short, full):
    assert short_forms(text, {}) == {short: full}


def test_short_forms_skip_places_and_generic_words():
    assert short_forms("China Energy signed. China said so. National Grid agreed. National said so.", {}) == {}


@pytest.mark.parametrize("text,expected", [
    ("Duke Energy inked a deal with China Huaneng Group this week on carbon capture.\n\nDuke also put pen to paper "
     "on a memorandum of understanding with ENN Group on smart grids.", ["Duke Energy", "ENN Group"]),
    ("Exelon Corporation signed an agreement with State Grid on Monday on grid storage.\n\nExelon also signed a "
     "memorandum with Goldwind Group on wind power.", ["Exelon Corporation", "Goldwind Group"]),
])
def test_a_short_form_signs_for_the_company(text, expected):
    assert expected in [m.fields["parties"] for m in mentions(text, "agreement")]


# --- events -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,day,city", [
    ("Mayors met in Paris on June 3 and 4 for the Global Cities Climate Summit.\n\nParis pledged to reach carbon "
     "neutrality by 2050.", date(2024, 6, 3), "Paris"),
    ("Governors gathered in Chicago from May 8 to 10 for the Midwest Clean Energy Forum.\n\nChicago pledged to reach "
     "carbon neutrality by 2040.", date(2024, 5, 8), "Chicago"),
])
def test_met_in_a_place_on_days_for_the_event(text, day, city):
    evs = mentions(text, "event", date(2024, 6, 10))
    assert [(e.fields["start_on"], e.fields["city"]) for e in evs] == [(day, city)]


@pytest.mark.parametrize("text", [
    "Denver pledged to reach carbon neutrality by 2040, days before the Global Climate Action Summit opens.",
    "Ahead of COP29, Denver pledged to reach carbon neutrality by 2040.",
    "The deals come a week before U.S. and Chinese officials meet in Washington for the first Energy Dialogue. "
    "Denver pledged to reach carbon neutrality by 2040.",
])
def test_a_gathering_still_to_come_is_not_the_storys_event(text):
    assert mentions(text, "event") == []


@pytest.mark.parametrize("text,city", [
    ("Mayors gathered in Oslo from May 6 to 8 for the Nordic Cities Climate Summit.\n\nOn the opening day, Oslo, "
     "alongside Bergen, endorsed the Clean Harbours Declaration.", "Oslo"),
    ("Leaders met in Lyon on May 13 and 14 for the European Green Cities Forum.\n\nOn the first day, Lyon, alongside "
     "Grenoble, endorsed the Clean Air Charter.", "Lyon"),
])
def test_signed_on_the_opening_day_where_the_event_was_held(text, city):
    ags = mentions(text, "agreement")
    assert [a.fields["city"] for a in ags] == [city]
    assert ags[0].fields["signed_on"] is not None


# --- pledges ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Each signatory commits to reduce greenhouse gas emissions 80 percent below 1990 levels by 2050.",
    "Each of the signatories commits to cut greenhouse gas emissions 50 percent below 2005 levels by 2030.",
])
def test_each_signatory_pledges(sentence):
    assert {a for a, _, _ in pledges(sentence, ["Oregon", "Jiangsu"])} == {"Oregon", "Jiangsu"}


@pytest.mark.parametrize("sentence,expected", [
    ("Chengdu committed to peak its emissions by 2025, while Wuhan pledged to do so by 2028.",
     {("Chengdu", "emissions_peak", 2025), ("Wuhan", "emissions_peak", 2028)}),
    ("Oslo aims to reach carbon neutrality by 2030, and Bergen plans to do so by 2035.",
     {("Oslo", "carbon_neutrality", 2030), ("Bergen", "carbon_neutrality", 2035)}),
])
def test_do_so_repeats_the_pledge_for_another_actor(sentence, expected):
    assert set(pledges(sentence)) >= expected


@pytest.mark.parametrize("sentence,actor,kind", [
    ("The United States pledged to cut its emissions 26 percent below 2005 levels by 2025, and China pledged to "
     "peak its emissions around 2030.", "China", "emissions_peak"),
    ("Oregon committed to 50 percent renewable electricity by 2040, and Hubei pledged to peak its emissions by "
     "2028.", "Hubei Province", "emissions_peak"),
])
def test_a_second_clause_pledges_for_its_own_subject(sentence, actor, kind):
    assert [a for a, k, _ in pledges(sentence) if k == kind] == [actor]


@pytest.mark.parametrize("sentence,share,year", [
    ("The bill sets Nevada on a path to 100 percent clean electricity by 2050.", 100.0, 2050),
    ("Colorado committed to 80 percent renewable power by 2040.", 80.0, 2040),
])
def test_a_share_of_clean_power(sentence, share, year):
    out = find_commitments(sentence, find_entities(sentence), [])
    assert [(c.commitment_type, c.share_pct, c.target_year) for c in out] == [("renewable_share", share, year)]


@pytest.mark.parametrize("sentence,actor", [
    ("Last month the governor issued an executive order to cut Oregon's greenhouse gas emissions 45 percent below "
     "1990 levels by 2035.", "Oregon"),
    ("The council voted a plan to cut Denver's emissions 40 percent below 2005 levels by 2030.", "Denver"),
])
def test_the_owner_of_the_emissions_pledges(sentence, actor):
    assert [a for a, k, _ in pledges(sentence) if k == "emissions_reduction"] == [actor]


@pytest.mark.parametrize("sentence", [
    "Signatories commit to hold annual per capita emissions below two metric tons by 2050.",
    "Each signatory commits to keep per capita emissions under three tonnes by 2040.",
])
def test_per_capita_caps_written_in_words(sentence):
    out = find_commitments(sentence, find_entities(sentence), ["Wales", "Oregon"])
    assert {c.per_capita_t for c in out} in ({2.0}, {3.0}) and {c.actor for c in out} == {"Wales", "Oregon"}


@pytest.mark.parametrize("sentence", [
    "Shipping lines on the route aim to reach net-zero emissions by mid-century.",
    "Mayor Garcetti said cities must reach net zero by mid-century.",
])
def test_mid_century_is_no_target_year(sentence):
    assert pledges(sentence) == []


# --- split clauses, protocols, titles after a name --------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("The agreement, signed Tuesday by Oregon and Fujian Province, covers offshore wind and grid storage.",
     ["Oregon", "Fujian Province"]),
    ("The memorandum, jointly signed on Monday by the Port of Seattle and the Port of Busan, covers shore power.",
     ["Port of Seattle", "Port of Busan"]),
])
def test_a_split_clause_names_its_signers(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The U.S. Department of Energy and China's National Energy Administration signed a protocol on clean energy.",
     ["U.S. Department of Energy", "National Energy Administration"]),
    ("The Port of Oakland signed a protocol with the Port of Qingdao on shore power.",
     ["Port of Oakland", "Port of Qingdao"]),
])
def test_a_protocol_is_an_agreement(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Jerry Brown, Governor of California, and Chinese Minister of Science and Technology Wan Gang signed an "
    "agreement on clean technology.",
    "Governor Brown of California and China's Minister of Science and Technology Wan Gang signed an agreement on "
    "clean vehicles.",
])
def test_a_ministers_country_finds_the_known_ministry(sentence):
    assert [sorted(p) for p in parties(sentence)] == [["California", "Ministry of Science and Technology of China"]]


@pytest.mark.parametrize("sentence,tons", [
    ("Shenzhen aims to reduce greenhouse gas emissions per capita to 5 tons by 2030.", 5.0),
    ("Chengdu plans to bring per capita carbon emissions down to 4.5 tonnes by 2035.", 4.5),
])
def test_per_capita_brought_to_a_level(sentence, tons):
    out = find_commitments(sentence, find_entities(sentence), [])
    assert [(c.commitment_type, c.per_capita_t) for c in out] == [("per_capita_limit", tons)]


@pytest.mark.parametrize("text,kind", [
    ("Oregon and Fujian Province signed a memorandum on clean energy on Monday.\n\nBoth sides pledged to cut "
     "emissions 40% from 1990 levels by 2030.", "emissions_reduction"),
    ("Seattle and Chongqing signed a memorandum on clean energy on Monday.\n\nThe two partners committed to reach "
     "carbon neutrality by 2050.", "carbon_neutrality"),
])
def test_both_sides_pledge_for_the_signers(text, kind):
    cms = mentions(text, "commitment", date(2020, 6, 10))
    assert len(cms) == 2 and {c.fields["commitment_type"] for c in cms} == {kind}


@pytest.mark.parametrize("sentence,expected", [
    ("The Port of Los Angeles formalized a partnership with the Port of Yokohama on clean shipping.",
     ["Port of Los Angeles", "Port of Yokohama"]),
    ("Hawaii and Okinawa exchanged a memorandum of understanding on clean energy on Monday.", ["Hawaii", "Okinawa"]),
])
def test_formalized_and_exchanged_conclude(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Under an agreement signed Monday, Utah and Zhejiang Province will share data on air quality.",
     ["Utah", "Zhejiang Province"]),
    ("Under a new memorandum inked on Friday, the Port of Houston and the Port of Rotterdam will develop a hydrogen "
     "corridor.", ["Port of Houston", "Port of Rotterdam"]),
])
def test_under_an_agreement_signed_the_main_clause_signed_it(sentence, expected):
    assert parties(sentence) == [expected]


def test_under_the_agreement_refers_back_and_signs_nothing_new():
    assert parties("Under the agreement signed in 2013, California and Jiangsu Province meet every year.") == []


@pytest.mark.parametrize("sentence,expected", [
    ("The accord was signed in Beijing on Tuesday by officials from Oregon and Guangdong Province.",
     ["Oregon", "Guangdong Province"]),
    ("Leaders from Seattle, Tacoma and Chongqing signed the Pacific Clean Ports Charter on Friday.",
     ["Seattle", "Tacoma", "Chongqing"]),
])
def test_people_from_places_sign_for_them(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("sentence,name", [
    ("Beijing's Municipal Commission of Transport and the Port of Oakland signed a memorandum on electric trucks.",
     "Beijing Municipal Commission of Transport"),
    ("The Port of Oakland signed an MOU with Jiangsu’s Department of Ecology and Environment.",
     "Jiangsu Department of Ecology and Environment"),
])
def test_a_places_own_body_is_named_without_the_possessive(sentence, name):
    assert name in parties(sentence)[0]


@pytest.mark.parametrize("sentence,expected", [
    ("SAIC Motor and General Motors signed a memorandum on electric vehicles.", ["SAIC Motor", "General Motors"]),
    ("Goldwind and Xcel Energy signed an agreement on wind power.", ["Goldwind", "Xcel Energy"]),
])
def test_two_names_joined_by_and_are_two_signers(sentence, expected):
    assert parties(sentence) == [expected]


@pytest.mark.parametrize("name", [
    "Shenzhen Science and Technology Innovation Commission", "Ministry of Ecology and Environment",
    "Procter and Gamble Company",
])
def test_one_name_with_and_stays_whole(name):
    assert [e.surface for e in find_entities(f"The {name} signed it.")] == [name]
