"""Sides of an agreement compared by name key (warehouse.party_names): a company's name with and without the comma
before its legal form is one company; a company's signing told by one report "with the Chinese government" and by
another with a city's government, on the same day, is one agreement. Fresh names throughout."""
from __future__ import annotations

from datetime import date

import pytest

from test_resolve import commitment
from test_resolve_dated import agreement as dated_agreement
from test_resolve_dated import agreements
from warehouse.incremental import links
from warehouse.party_names import name_key
from warehouse.resolve import resolve

DAY = date(2021, 5, 11)


def agreement(url: str, parties: list[str], signed_on: date | None = DAY):
    """An MOU report (test_resolve_dated's), signed on DAY unless told otherwise."""
    return dated_agreement(url, parties, signed_on)


@pytest.mark.parametrize("a, b", [
    ("Harbor Wind, Inc.", "Harbor Wind Inc"),
    ("Harbor Wind Inc.", "Harbor Wind Inc"),
    ("Qingshan Battery Co., Ltd.", "Qingshan Battery Co. Ltd"),
    ("Ridgeway Power, LLC", "Ridgeway Power LLC."),
    ("Kestrel Thermal Power Limited", "Kestrel Thermal Power Ltd"),  # one form spelled out and shortened
    ("Qingshan Battery Co., Ltd.", "Qingshan Battery Co."),  # a Chinese company limited, shortened
])
def test_a_name_with_and_without_the_comma_before_its_legal_form_has_one_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Harbor Wind, Inc.", "Harbor Solar, Inc."),  # two companies
    ("Harbor Wind", "Harbor Wind Inc"),            # only punctuation is dropped, never the legal form itself
    ("Harbor Wind Inc", "Harbor Wind Ltd"),
])
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_other_names_are_their_own_key():
    assert [name_key(n) for n in ("Ningbo", "Inc.", "深圳能源股份有限公司")] == ["Ningbo", "Inc.", "深圳能源股份有限公司"]


@pytest.mark.parametrize("a, b", [
    ("晋能控股集团有限公司", "晋能控股集团"),  # a Chinese group by its registered name and by its name alone
    ("深圳能源集团股份有限公司", "深圳能源集团"),
])
def test_a_chinese_group_and_its_registered_name_have_one_key(a, b):
    assert name_key(a) == name_key(b)


def test_a_chinese_company_that_is_no_group_keeps_its_form():
    assert name_key("运达股份有限公司") != name_key("运达股份")


@pytest.mark.parametrize("a, b", [
    ("Harbor Wind, Inc.", "Harbor Wind Inc"),
    ("Qingshan Battery Co., Ltd.", "Qingshan Battery Co. Ltd"),
])
def test_two_sites_naming_one_company_with_and_without_its_comma_make_one_record(a, b):
    recs = agreements([agreement("http://a.test/1", [a, "Ningbo"]), agreement("http://b.test/2", [b, "Ningbo"])])
    assert len(recs) == 1
    parties = recs[0].fields["parties"]
    assert len(parties) == 2 and parties[1] == "Ningbo" and parties[0] in (a, b)  # a form the text gave
    assert len(recs[0].evidence) == 2


def test_two_different_companies_with_one_partner_stay_two_records():
    recs = agreements([agreement("http://a.test/1", ["Harbor Wind, Inc.", "Ningbo"]),
                       agreement("http://b.test/2", ["Harbor Solar Inc", "Ningbo"])])
    assert sorted(r.fields["parties"][0] for r in recs) == ["Harbor Solar Inc", "Harbor Wind, Inc."]


def test_a_country_and_a_city_in_it_on_one_day_are_one_side_of_a_companys_signing():
    recs = agreements([agreement("http://a.test/1", ["Harbor Wind, Inc.", "China"]),
                       agreement("http://b.test/2", ["Harbor Wind Inc", "Ningbo"])])
    assert len(recs) == 1
    assert recs[0].fields["parties"] in (["Harbor Wind, Inc.", "Ningbo"], ["Harbor Wind Inc", "Ningbo"])


def test_a_state_and_its_country_join_the_same_way():
    recs = agreements([agreement("http://a.test/1", ["Qingshan Battery Co., Ltd.", "United States"]),
                       agreement("http://b.test/2", ["Qingshan Battery Co. Ltd", "Nevada"])])
    assert len(recs) == 1 and recs[0].fields["parties"][1] == "Nevada"


@pytest.mark.parametrize("a, url_a, b, url_b, day_b", [
    # another country's government
    (["Harbor Wind Inc", "United States"], "http://a.test/1", ["Harbor Wind Inc", "Ningbo"], "http://b.test/2", DAY),
    # a month apart: two signings
    (["Harbor Wind Inc", "China"], "http://a.test/1", ["Harbor Wind Inc", "Ningbo"], "http://b.test/2",
     date(2021, 6, 15)),
    # one page naming both: two instruments
    (["Harbor Wind Inc", "China"], "http://a.test/1", ["Harbor Wind Inc", "Ningbo"], "http://a.test/1", DAY),
    # the side in common is a place: a state's agreements with a country and with one of its cities are two
    (["Texas", "China"], "http://a.test/1", ["Texas", "Ningbo"], "http://b.test/2", DAY),
])
def test_a_country_and_a_place_stay_apart_otherwise(a, url_a, b, url_b, day_b):
    assert len(agreements([agreement(url_a, a), agreement(url_b, b, signed_on=day_b)])) == 2


def test_an_undated_report_at_another_level_is_not_joined():
    recs = agreements([agreement("http://a.test/1", ["Harbor Wind Inc", "China"], signed_on=None),
                       agreement("http://b.test/2", ["Harbor Wind Inc", "Ningbo"])])
    assert len(recs) == 2


def test_one_companys_pledge_with_and_without_its_comma_is_one_commitment():
    recs = [r for r in resolve([commitment("http://a.test/1", "Harbor Wind, Inc.", "net_zero", 2040),
                                commitment("http://b.test/2", "Harbor Wind Inc", "net_zero", 2040),
                                commitment("http://b.test/3", "Harbor Solar Inc", "net_zero", 2040)], {})
            if r.record_type == "commitment"]
    assert sorted(len(r.evidence) for r in recs) == [1, 2]
    assert {r.fields["actor"] for r in recs} <= {"Harbor Wind, Inc.", "Harbor Wind Inc", "Harbor Solar Inc"}


def test_incremental_blocking_meets_both_kinds_of_join():
    """A stored record and a new report that full resolution joins share a blocking key (warehouse.incremental)."""
    def shared(a: list[str], b: list[str]) -> set[str]:
        return set(links(agreement("http://a.test/1", a))) & set(links(agreement("http://b.test/2", b)))

    assert shared(["Harbor Wind, Inc.", "Ningbo"], ["Harbor Wind Inc", "Ningbo"])
    assert shared(["Harbor Wind, Inc.", "China"], ["Harbor Wind Inc", "Ningbo"])
    assert not shared(["Harbor Wind Inc", "China"], ["Harbor Solar Inc", "Ningbo"])
    pledges = [set(links(commitment(f"http://a.test/{n}", actor, "net_zero", 2040)))
               for n, actor in enumerate(("Harbor Wind, Inc.", "Harbor Wind Inc"))]
    assert pledges[0] & pledges[1]


def test_a_name_closed_by_its_own_acronym_is_keyed_by_the_acronym():
    from warehouse.party_names import name_key
    # "Espoo Circular Services ECS" in one report, "ECS" (a Chinese gloss: 埃斯波循环服务公司（ECS）) in another
    assert name_key("Espoo Circular Services ECS") == name_key("ECS") == "ECS"
    assert name_key("Nanjing Time BTV") == "Nanjing Time BTV"  # the acronym does not open with the place's initial
    assert name_key("Port of Oulu") == "Port of Oulu"


def test_a_countrys_ministry_named_with_its_country_first_is_one_key():
    """"Cambodia's Ministry of Environment" (an English report) and "Ministry of Environment of Cambodia" (the name a
    Chinese report's 柬埔寨环境部 is built as, scrapers/extract/foreign_bodies_zh.py) are one side; a region's stays."""
    from warehouse.party_names import name_key
    assert name_key("Cambodia's Ministry of Environment") == name_key("Ministry of Environment of Cambodia")
    assert name_key("Kenya Ministry of Energy") == "Ministry of Energy of Kenya"
    assert name_key("Quebec's Ministry of Energy") == "Quebec's Ministry of Energy"
    assert name_key("Ministry of Energy") == "Ministry of Energy"
