"""Ministers named by office before their names, without commas, in a list of signers ("China's Minister of Ecology
and Environment Li Ganjie and Korea's Minister of Environment Cho Myung-rae signed ..."): each office is read up to
the next owner's office, so every ministry is a party; the country as the text names it finds the ministry the tables
hold ("Korea's" -> Ministry of Environment of Korea); "Minister of the Environment" keeps its article; an office
whose ministry no table knows is never made up from the minister's name (scrapers/extract/names_en.office_bodies)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

DAY = date(2026, 5, 20)


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


def test_two_owned_offices_joined_by_and_are_two_ministries():
    assert parties("On May 12, China's Minister of Ecology and Environment Huang Runqiu and Korea's Minister of "
                   "Environment Han Wha-jin signed a memorandum of understanding on fine dust.") == \
        [["Ministry of Ecology and Environment", "Ministry of Environment of Korea"]]


def test_three_offices_in_a_list_with_the_article():
    assert parties("On May 12, Japan's Minister of the Environment Nishimura Akihiro, China's Minister of Ecology and "
                   "Environment Huang Runqiu and Korea's Minister of Environment Han Wha-jin signed a joint "
                   "communiqué.") == [["Ministry of the Environment of Japan", "Ministry of Ecology and Environment",
                                      "Ministry of Environment of Korea"]]


def test_offices_named_after_the_ministry_of_a_country():
    got = parties("On May 12, Minister of Ecology and Environment of China Huang Runqiu and Minister of Environment "
                  "of Korea Han Wha-jin signed a joint statement on air quality.")
    assert got == [["Ministry of Ecology and Environment", "Ministry of Environment of Korea"]]


def test_no_ministry_is_made_up_from_a_ministers_name():
    got = parties("On May 12, Minister of the Environment Nishimura Akihiro, the mayor of Toyama, signed a memorandum "
                  "with Dalian on waste management.")
    assert all(not p.startswith("Ministry of the Environment Nishimura") for ps in got for p in ps)
    assert parties("Governor Brown of California and China's Minister of Science and Technology Wan Gang signed an "
                   "agreement on clean vehicles on May 12.") == [["California", "Ministry of Science and Technology "
                                                                  "of China"]]
