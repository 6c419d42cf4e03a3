"""An instrument named as the frame of other work ("... under last year's memorandum", "as part of the agreement") is
recalled, not signed: no row, or, told signed on a day, the row of that day (scrapers/extract/framed_instruments_en.py).
Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


@pytest.mark.parametrize("text", [
    # an exchange of greetings, the training done under a memorandum signed before
    "Springfield and Ningbo marked ten years of sister-city ties on Friday. Mayor Ann Lee and a deputy mayor of Ningbo "
    "exchanged greetings and reviewed projects in ports and schools, including the training of Ningbo engineers "
    "under last year's memorandum.",
    "Austin and Wuxi exchanged views on water projects carried out in line with the memorandum.",
    "Officials of Perth and Nanjing exchanged gifts and toured the solar farm built as part of their 2021 agreement.",
    # told signed, on no day: the row it recalls, not an undated twin
    "Under the memorandum signed last year, Austin and Wuxi trained 40 engineers.",
])
def test_an_instrument_framing_other_work_is_no_signing(text):
    assert records(text, "agreement", date(2025, 10, 30)) == []


@pytest.mark.parametrize("text", [
    "根据去年签署的备忘录，青岛市与长崎市今年共同培训了40名环保官员。",
    "青岛市与长崎市代表互致问候，回顾了在去年签署的备忘录框架下开展的环保培训。",
])
def test_a_chinese_frame_is_no_signing(text):
    assert records(text, "agreement", date(2025, 10, 30)) == []


def test_a_frame_told_signed_on_its_day_is_the_row_of_that_day():
    got = records("Under the memorandum signed on June 3, 2024, Austin and Wuxi trained 40 engineers.", "agreement",
                  date(2025, 10, 30))
    assert [(set(r["parties"]), r["signed_on"]) for r in got] == [({"Austin", "Wuxi"}, date(2024, 6, 3))]


@pytest.mark.parametrize("text", [
    "Austin and Wuxi signed a memorandum of understanding on Monday under which the two cities will share data.",
    "Austin and Wuxi on Monday signed a memorandum of understanding on water reuse as part of a trade mission.",
])
def test_a_signing_beside_a_frame_is_still_a_signing(text):
    got = records(text, "agreement", date(2025, 10, 30))
    assert [(set(r["parties"]), r["signed_on"]) for r in got] == [({"Austin", "Wuxi"}, date(2025, 10, 27))]


def test_a_new_instrument_is_no_frame():
    got = records("HOBART – Tasmania and China's Fujian Province have agreed to cooperate under a new memorandum of "
                  "understanding on clean energy. It was signed in Fuzhou on June 6 by the two governments' ministers.",
                  "agreement", date(2025, 6, 7))
    assert [(set(r["parties"]), r["signed_on"], r["topics"]) for r in got] == \
        [({"Tasmania", "Fujian Province"}, date(2025, 6, 6), ["clean energy"])]
