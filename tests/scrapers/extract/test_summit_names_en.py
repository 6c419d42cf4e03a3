"""Gatherings named the way official records name them (first met on the ninety-first test web), each shown on
sentences written for this test: a "Ministerial Meeting" read whole, a meeting of a treaty's parties ("Meeting of the
Parties to the ... Protocol"), a name whose topics are a list with commas ("on Climate, Energy and Environment"), a
headline's frame words before a name ("Results of the ...", "Close of ..."), a sentence opened by a participle on the
bare head word ("Opening the Summit, ..."), and a gathering called virtual by the word before its name. Negatives:
a comma after a topic that starts no list, "online" before words that name no gathering."""
from __future__ import annotations

import pytest

from scrapers.extract.event_phrases_en import held_online
from story_records import records


def names(text: str) -> list[str]:
    return sorted({r["name"] for r in records(text, "event")})


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile signed a memorandum of understanding on green hydrogen at the APEC Energy Ministerial Meeting "
     "in Seattle on 15 August 2023.", ["APEC Energy Ministerial Meeting"]),
    ("Ghana and Togo signed a memorandum on cooling at the Thirty-First Meeting of the Parties to the Montreal "
     "Protocol, which opened in Rome on 4 November 2019.", ["Thirty-First Meeting of the Parties to the Montreal "
                                                            "Protocol"]),
    ("The G20 Ministerial Meeting on Environment, Climate and Oceans was held in Naples, where a communiqué was "
     "adopted.", ["G20 Ministerial Meeting on Environment, Climate and Oceans"]),
])
def test_whole_names_of_ministerial_and_treaty_meetings(text, expected):
    assert names(text) == expected


def test_a_comma_after_a_topic_starts_no_list():
    assert names("At the Asia Summit on Climate, Thailand signed a memorandum with Laos.") == ["Asia Summit on Climate"]


@pytest.mark.parametrize("title, text, expected", [
    ("Results of the Nordic Ministers' Meeting on Energy", "The Nordic Ministers' Meeting on Energy was held in "
     "Oslo on 3 May 2023, where the ministers adopted a joint declaration.", ["Nordic Ministers' Meeting on Energy"]),
    ("Minister, at Close of Pacific Ocean Summit, Welcomes Declaration", "The Pacific Ocean Summit adopted a "
     "declaration in Suva on 12 May 2023.", ["Pacific Ocean Summit"]),
])
def test_a_headlines_frame_words_are_no_part_of_the_name(title, text, expected):
    assert names(title + "\n" + text) == expected


def test_a_participle_opener_on_the_bare_head_word_names_no_gathering():
    text = ("Ten leaders took part in the Baltic Energy Summit convened by the Estonian Prime Minister on 5 May 2023. "
            "Opening the Summit, the Prime Minister said Estonia would cut emissions by 70 per cent below 1990 levels "
            "by 2030.")
    assert names(text) == ["Baltic Energy Summit"]


@pytest.mark.parametrize("text, online", [
    ("Forty leaders took part in the virtual Leaders Summit on Climate convened on Thursday.", True),
    ("Ministers met at the online Clean Energy Dialogue on Monday.", True),
    ("The agreement was posted online at the Climate Conference website.", False),
    ("Virtual power plants were the theme of the Summit.", False),
])
def test_a_gathering_called_virtual_before_its_name(text, online):
    assert held_online(text) is online


def test_a_bracketed_acronym_before_the_rest_of_a_name_opens_it():
    text = ("On 5 May 2023, the Mekong River Commission (MRC) Leaders Summit was held in Vientiane, where Laos and "
            "Cambodia signed a memorandum.")
    assert names(text) == ["MRC Leaders Summit"]
