"""A minister named by title and name in a signing's party slot stands for his ministry, written "Ministry of
<portfolio> of <country>", where the title carries the country or the story names only one
(scrapers/extract/minister_ministries_en.py). Negatives: a minister of an unnamed country or of one of two, a former
minister, a minister who only witnessed, a Prime Minister. The texts are our own."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.minister_ministries_en import story_country
from scrapers.extract.entity_kinds import Entity
from story_records import records

DAY = date(2025, 3, 12)


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", day=DAY)]


@pytest.mark.parametrize("text, ministry", [
    ("On March 10, Kazakhstan's Energy Minister Almasadam Satkaliyev and PowerChina Vice President Li Yan signed a "
     "memorandum of understanding on pumped storage in Astana.", "Ministry of Energy of Kazakhstan"),
    # "Georgia" is also a U.S. state: no country the title carries
    ("On March 10, Georgia's Energy Minister Levan Davitashvili and PowerChina Vice President Li Yan signed a "
     "memorandum of understanding on pumped storage in Tbilisi.", None),
    ("On March 10, Kenyan Minister of Environment Aden Duale and Masdar signed an agreement on solar power in "
     "Nairobi.", "Ministry of Environment of Kenya"),
    ("On March 10, Minister of Energy and Mines Karim Haddad of Morocco's government and ACWA Power signed an "
     "agreement on wind power in Rabat.", None),  # the country after the name: read by no rule here
])
def test_the_title_carries_the_country(text, ministry):
    found = _parties(text)
    if ministry is None:
        assert not any(p.startswith("Ministry of Energy") and "Morocco" not in p for ps in found for p in ps)
        return
    assert found and ministry in found[0]
    assert not any("'s Energy" in p for p in found[0])  # ("Georgia's Energy": no body)


STORY = ("Kazakhstan signed two documents on renewable energy with Chinese companies on Monday.\n"
         "On March 10, Minister of Energy Almasadam Satkaliyev and PowerChina Chairman Ding Yanzhang "
         "signed a memorandum of understanding on a solar power plant near Almaty.\n")


def test_a_bare_title_stands_for_the_one_country_the_story_names():
    (parties,) = _parties(STORY)
    assert parties == ["Ministry of Energy of Kazakhstan", "Power Construction Corporation of China"]


def test_a_bare_title_in_a_story_of_a_visit_abroad_drops_the_counterparts_country():
    text = ("During the visit of President Abdel Fattah el-Sisi to the People's Republic of China, agreements were "
            "signed with Chinese firms.\nOn May 4, Minister of Environment Yasmine Fouad and Chairman of China "
            "Huadian Corporation Jiang Yi signed a memorandum of understanding on waste-to-energy in Egypt.\n")
    (parties,) = _parties(text)
    assert "Ministry of Environment of Egypt" in parties


def test_no_ministry_where_the_country_is_unknown_or_one_of_two():
    none = ("On March 10, Minister of Energy Almasadam Satkaliyev and PowerChina Chairman Ding Yanzhang signed a "
            "memorandum of understanding on a solar power plant.")
    assert not any(p.startswith("Ministry") for ps in _parties(none) for p in ps)
    two = STORY.replace("with Chinese companies", "with companies from Egypt")
    assert not any(p.startswith("Ministry") for ps in _parties(two) for p in ps)


@pytest.mark.parametrize("text", [
    STORY.replace("Minister of Energy Almasadam", "former Minister of Energy Almasadam"),
    STORY.replace("Minister of Energy Almasadam Satkaliyev and PowerChina Chairman Ding Yanzhang signed",
                  "China Energy Engineering and Masdar signed").replace("Almaty.", "Almaty, witnessed by Minister of "
                                                                            "Energy Almasadam Satkaliyev."),
    STORY.replace("Minister of Energy Almasadam", "Prime Minister Almasadam"),
])
def test_a_former_witnessing_or_prime_minister_stands_for_no_ministry(text):
    assert not any(p.startswith("Ministry") for ps in _parties(text) for p in ps)


def test_story_country_counts_the_countries_named_less_the_counterparts():
    jo = Entity("Jordan", "country", "JO", 0, 6, "Jordan")
    cn = Entity("China", "country", "CN", 0, 5, "China")
    assert story_country([("Jordan signed with Chinese firms.", [jo]), ("in China", [cn])]) == "Jordan"
    assert story_country([("Jordan signed.", [jo]), ("in China", [cn])]) is None
    assert story_country([("nothing", [])]) is None


def test_a_bare_minister_in_a_story_of_regions_is_the_regions_own():
    text = ("Saxony and Ontario signed a joint declaration on green hydrogen in Toronto.\n"
            "On March 10, Minister of Economic Affairs and Energy Martin Dulig and Ontario's Minister of Energy Todd "
            "Smith signed the declaration in Toronto.\n")
    assert not any(p.startswith("Ministry") for ps in _parties(text) for p in ps)


def test_a_ministry_the_alias_file_knows_keeps_its_own_name():
    from scrapers.extract.minister_ministries_en import minister_bodies
    s = "On May 4, Minister of Ecology and Environment Huang Runqiu and Masdar signed an agreement."
    (body,) = minister_bodies(s, (0, len(s)), "China")
    assert body.name == "Ministry of Ecology and Environment"


@pytest.mark.parametrize("text, party", [
    ("On March 10, 2025, Peru's Energy Minister Rómulo Mucho and PowerChina Vice President Li Yan signed a "
     "memorandum of understanding on hydropower in Lima.", "Ministry of Energy of Peru"),
    ("On March 10, 2025, Colombia's Mines and Energy Minister Andrés Camacho and PowerChina signed a memorandum of "
     "understanding on hydropower in Bogotá.", "Ministry of Mines and Energy of Colombia"),
])
def test_a_minister_with_an_accented_name_stands_for_his_ministry(text, party):
    """An accented name ("Rómulo") was no person's name, so "Peru's Energy" became a made-up party."""
    (rec,) = records(text, "agreement")
    assert party in rec["parties"]


def test_an_office_whose_holder_is_not_read_is_no_party():
    """"Peru's Energy Minister and ..." names an office, not a body: no "Energy Minister" party."""
    recs = records("On March 10, 2025, Peru's Energy Minister and PowerChina Vice President Li Yan signed a "
                   "memorandum of understanding on hydropower in Lima.", "agreement")
    assert not any(p in ("Energy Minister", "Peru's Energy") for r in recs for p in r["parties"])
