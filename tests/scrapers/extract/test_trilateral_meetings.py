"""The yearly environment ministers' meeting of China, Japan and South Korea (TEMM) as a known recurring series
(pactwatch/data/known_events.yaml): the Chinese and the English telling of one meeting carry one English name, so the
two pages give one event; a meeting of two of them only is no such series."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def names(text: str, day: date) -> list[str]:
    return [r["name"] for r in records(text, "event", day)]


def test_the_environment_ministers_meeting_in_both_languages():
    zh = "6月23日至24日，第二十次中日韩环境部长会议在江苏苏州举行，三国部长签署了联合公报。"
    en = ("The 20th Tripartite Environment Ministers Meeting among China, Japan and Korea was held in Suzhou on June 23 "
          "and 24, where the three ministers signed a joint communiqué.")
    assert names(zh, date(2018, 6, 25)) == names(en, date(2018, 6, 25)) == ["Tripartite Environment Ministers Meeting"]


def test_a_bilateral_meeting_is_not_the_series():
    got = names("6月23日，中日环境部长会议在北京举行，双方签署了合作备忘录。", date(2018, 6, 25))
    assert "Tripartite Environment Ministers Meeting" not in got
