"""A bare signing "the Ministry of <portfolio>" on a ministry's own English newsroom (home_ministries_en): read as the
ministry of the one country the story names, when it also names a city of that country. Negatives: two countries
named, no city of the one named, the country named in the signing sentence, a ministry with its country, a ministry
that does not sign."""
from __future__ import annotations

from scrapers.extract.home_ministries_en import home_country, qualified

STORY = ("The Tashkent International Energy Forum opened in Tashkent on May 14.\n"
         "On May 14, the Ministry of Energy signed the following documents with Gulf companies:\n"
         "1) Memorandum of Understanding with China Huadian Overseas on a wind farm.\n"
         "Uzbekistan aims to raise the share of renewables to 40 percent by 2030.")


def test_the_one_country_a_story_names_with_a_city_of_it_is_its_home():
    assert home_country(STORY) == "Uzbekistan"  # "China" begins a company's name: no country of its own


def test_a_bare_signing_ministry_is_written_as_the_home_country_s():
    assert qualified("On May 14, the Ministry of Energy signed a memorandum with Masdar.", "Uzbekistan") == \
        "On May 14, Uzbekistan's Ministry of Energy signed a memorandum with Masdar."
    assert qualified("The Ministry of Mining and Geology has signed an agreement with ACWA Power.", "Serbia") == \
        "Serbia's Ministry of Mining and Geology has signed an agreement with ACWA Power."


def test_no_home_where_the_story_names_two_countries_or_no_city_of_its_one():
    assert home_country(STORY + "\nKazakhstan attended.") is None
    assert home_country(STORY.replace("Tashkent International Energy Forum opened in Tashkent", "forum opened")) is None
    assert home_country("Uzbekistan's president met investors.") is None  # no ministry, no city


def test_a_ministry_with_its_country_or_one_that_does_not_sign_or_a_sentence_naming_the_country_stays():
    for s in ["The Ministry of Energy of Uzbekistan signed a memorandum with Masdar.",
              "Oman's Ministry of Energy and Minerals signed agreements with Masdar.",
              "The agency under the Ministry of Energy signed an agreement with Masdar.",
              "The Ministry of Energy will sign a memorandum with Masdar.",
              "The Ministry of Energy signed a memorandum with Uzbekistan's Masdar unit."]:
        assert qualified(s, "Uzbekistan") == s
    assert qualified("The Ministry of Energy signed a memorandum with Masdar.", None) == \
        "The Ministry of Energy signed a memorandum with Masdar."
