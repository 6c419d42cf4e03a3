"""Japanese and Korean local governments with Chinese provinces and cities (issue 17, the eighty-ninth web): the
names they write themselves by in English (scrapers/extract/east_asian_regions_en.py, mayor_cities_en.py), where a
city lies (location_trails_en.py), Korean newsrooms' "on the 12th" (ordinal_days_en.py), Japanese era dates
(scrapers/era_dates.py), a prefecture's own "the Prefecture", "virtually zero" and a share of the electricity consumed
(commitments, pledge_forms_read_en, pledges_en), a US state's Chinese short name that is a Chinese city with its 市
(state_short_cities_zh.py), a country's formal Chinese name before its region, and a release's "Inquiries:" box.
Texts of our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.chrome_lines import clean_lines
from scrapers.era_dates import era_date
from scrapers.extract import extract_mentions
from scrapers.pagemeta import date_in_text


def mentions(text: str, lang: str = "en", day: date = date(2025, 3, 12)) -> list:
    art = Article("http://127.0.0.1/p", "test", None, day, lang, text, datetime(2025, 3, 13))
    return list(extract_mentions(art))


def agreements(text: str, lang: str = "en", day: date = date(2025, 3, 12)) -> list[dict]:
    return [m.fields for m in mentions(text, lang, day) if m.record_type == "agreement"]


def pledges(text: str, day: date = date(2025, 3, 12)) -> set[tuple]:
    return {(f["actor"], f["commitment_type"], f["target_year"], f.get("share_pct") or f.get("reduction_pct_min"))
            for m in mentions(text, "en", day) if m.record_type == "commitment" for f in [m.fields]}


# --- Chinese: a US state's short name with 市 is a Chinese city; a country's formal name before its region ---------
@pytest.mark.parametrize("text,want", [
    ("5月8日，德州市人民政府与美国爱达荷州博伊西市签署新能源合作备忘录。", {"Dezhou"}),
    ("5月8日，德州市与法国图卢兹市在德州签署太阳能产业合作协议。", {"Dezhou"}),
])
def test_a_state_short_name_with_its_city_word_is_the_chinese_city(text, want):
    got = agreements(text, "zh")
    assert got and want <= set(got[0]["parties"]) and "Texas" not in got[0]["parties"]


def test_a_bare_state_short_name_stays_the_state():
    got = agreements("5月8日，江苏省与美国德州签署清洁能源合作备忘录。", "zh")
    assert got and "Texas" in got[0]["parties"]


@pytest.mark.parametrize("text,want", [
    ("5月8日，双方签署了《江苏省人民政府与日本国爱知县友好合作备忘录》。", {"Jiangsu Province", "Aichi Prefecture"}),
    ("5月8日，浙江省与日本国兵库县签署环境合作备忘录。", {"Zhejiang Province", "Hyogo Prefecture"}),
])
def test_a_countrys_formal_name_before_its_region_is_no_party(text, want):
    got = agreements(text, "zh")
    assert got and set(got[0]["parties"]) == want


# --- English: Japanese prefectures, Korean -do / -si, "<Name> City" of a mayor, where a city lies ----------------
@pytest.mark.parametrize("text,want", [
    ("Chungcheongnam-do signed an MOU on hydrogen with Hebei Province on Monday.",
     {"South Chungcheong Province", "Hebei Province"}),
    ("Suwon-si and Jinan signed an agreement on air quality on Monday.", {"Suwon", "Jinan"}),
    ("Kanagawa Prefecture and Liaoning Province concluded an agreement on environmental cooperation on Monday.",
     {"Kanagawa Prefecture", "Liaoning Province"}),
])
def test_japanese_and_korean_local_governments_by_their_own_english_names(text, want):
    got = agreements(text)
    assert got and set(got[0]["parties"]) == want


def test_a_given_name_ending_in_do_names_no_province():
    assert not agreements("Lee Jae-do signed an MOU with Hebei Province on Monday.")


@pytest.mark.parametrize("text,want", [
    ("Mayor Sato Hiroshi of Tono City and the Mayor of Jinan concluded an agreement on environmental cooperation at "
     "Tono City Hall on Monday.", {"Tono City", "Jinan"}),
    ("Incheon signed an MOU on hydrogen with Longkou City in Yantai, Shandong Province, China, on Monday.",
     {"Incheon", "Longkou City"}),
])
def test_a_city_kept_as_written_where_its_mayor_or_seat_marks_it(text, want):
    got = agreements(text)
    assert got and set(got[0]["parties"]) == want


def test_a_city_word_in_a_name_with_no_mayor_is_no_city():
    got = agreements("The Smart City Alliance signed an MOU with Shenzhen on Monday.")
    assert all("Smart City" not in f["parties"] for f in got)


@pytest.mark.parametrize("text,want", [
    ("Osaka City and Suzhou City, Jiangsu Province, China, concluded an agreement on low-carbon cooperation on "
     "Monday.", {"Osaka", "Suzhou"}),
    ("The Vice Governor of Liaoning Province, People's Republic of China, and Kanagawa Prefecture exchanged a memorandum "
     "on environmental cooperation on Monday.", {"Liaoning Province", "Kanagawa Prefecture"}),
])
def test_where_a_city_or_province_lies_is_no_party(text, want):
    got = agreements(text)
    assert got and set(got[0]["parties"]) <= want and "China" not in got[0]["parties"]


def test_a_country_listed_after_a_province_without_a_closing_comma_stays_a_party():
    got = agreements("Guangdong, China and Japan signed an agreement on hydrogen cooperation on Monday.")
    assert got and "Japan" in got[0]["parties"]


def test_where_a_party_lies_is_no_signing_place_when_the_venue_is_told():
    got = agreements("Suwon-si signed an MOU with Laiyang City in Yantai, Shandong Province, China, at Suwon City Hall "
                     "on Monday.")
    assert got and got[0]["city"] == "Suwon"
    got = agreements("Suwon signed an MOU with Jinan in Beijing on Monday.")
    assert got and got[0]["city"] == "Beijing"


# --- "on the 12th": a Korean newsroom's day of the month -----------------------------------------------------------
def test_an_ordinal_day_is_the_latest_such_day_up_to_the_story():
    got = agreements("Chungcheongnam-do signed an MOU with Hebei Province in Shijiazhuang on the 10th.",
                     day=date(2025, 3, 12))
    assert got and got[0]["signed_on"] == date(2025, 3, 10)


@pytest.mark.parametrize("text", [
    "Chungcheongnam-do signed an MOU with Hebei Province on the 10th floor of the provincial hall.",
    "Chungcheongnam-do signed an MOU with Hebei Province on the 30th anniversary of their ties.",
])
def test_an_ordinal_that_is_no_day_dates_nothing(text):
    got = agreements(text, day=date(2025, 3, 12))
    assert got and got[0]["signed_on"] is None


# --- Japanese era dates -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Press release | Reiwa 6 (2024) October 23 | Environment Policy Division", date(2024, 10, 23)),
    ("Released on March 4, Reiwa 7", date(2025, 3, 4)),
    ("Heisei 30 December 1", date(2018, 12, 1)),
])
def test_a_japanese_era_date(text, want):
    assert era_date(text) == want
    assert date_in_text(text) == want


@pytest.mark.parametrize("text", ["Reiwa 6 (2025) October 23", "The Reiwa era began in 2019.", "Reiwa 6"])
def test_no_era_date_where_the_years_disagree_or_no_day_is_told(text):
    assert era_date(text) is None


# --- a prefecture's own targets --------------------------------------------------------------------------------
def test_the_prefecture_pledges_for_the_prefecture_named_before():
    got = pledges("Kanagawa Prefecture has revised its environment plan.\nThe Prefecture aims to achieve virtually zero "
                  "emissions by 2050 and will raise the share of renewable energy in electricity used in the prefecture "
                  "to 35% by fiscal 2030.")
    assert ("Kanagawa Prefecture", "carbon_neutrality", 2050, None) in got
    assert ("Kanagawa Prefecture", "renewable_share", 2030, 35.0) in got


@pytest.mark.parametrize("text", [
    "Kanagawa Prefecture has revised its plan.\nThe new buses of the Prefecture produce virtually zero emissions.",
    "Kanagawa Prefecture has revised its plan.\nThe Prefecture raised the share of renewable energy in electricity used "
    "in the prefecture to 21% in 2022.",
])
def test_no_pledge_without_a_target_year_or_for_a_result(text):
    assert not pledges(text)


# --- a government release's contact box ---------------------------------------------------------------------------
def test_a_release_inquiries_box_is_no_text():
    body = "\n".join(["The prefecture and the province agreed to cooperate on air quality monitoring and marine "
                      "litter, and will hold a joint seminar next year in the prefectural capital."] * 3 +
                     ["Inquiries:", "Environment Policy Division, Kanagawa Prefecture. Tel: 076-444-0000"])
    out = clean_lines(body)
    assert "Inquiries" not in out and "Environment Policy Division" not in out and "joint seminar" in out


def test_an_east_asian_city_with_its_city_word_ends_the_sentence():
    got = agreements("Kanagawa Prefecture and Liaoning Province exchanged a memorandum on environmental cooperation "
                     "at the Prefectural Office in Yokohama City.")
    assert got and got[0]["city"] == "Yokohama"
