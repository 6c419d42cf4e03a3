"""A signing "during the expo" (展会期间, 博览会上, "during the expo") was made where the story's expo was held, as one
"during the forum" (agreements.EVENT_ANAPHORA)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


@pytest.mark.parametrize("text", [
    "为期三天的2024中国国际清洁能源博览会于10日在北京闭幕。展会期间，北京市与德国柏林市签署了能源转型合作备忘录。",
    "The China International Clean Energy Expo opened in Beijing on Monday. During the expo, Beijing and Berlin "
    "signed a memorandum on energy transition.",
])
def test_signed_where_the_expo_was_held(text):
    assert [r["city"] for r in records(text, "agreement", date(2024, 9, 16))] == ["Beijing"]


def test_an_expo_elsewhere_gives_no_city():
    text = ("The China International Clean Energy Expo opened in Beijing on Monday. Separately, Shanghai and Berlin "
            "signed a memorandum on energy transition in a video call.")
    assert [r["city"] for r in records(text, "agreement", date(2024, 9, 16))] == [None]
