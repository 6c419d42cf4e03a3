"""A story that puts any signing off to a later day tells that nothing was signed at the gathering it reports: the
gathering is no event, unless something was signed at it (scrapers/extract/signing_later.py); and a "nothing was
signed" sentence right after one naming a gathering and the week it is held in is said of both
(scrapers/extract/nothing_signed.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers import lazy_re as re  # noqa: E402
from scrapers.extract.signing_later import SIGNING_LATER  # noqa: E402


def events(text: str, day: date = date(2022, 9, 20)) -> list[str]:
    return [r["name"] for r in records(text, "event", day)]


@pytest.mark.parametrize("text", [
    "9月16日，市外办与美国俄亥俄州有关城市举行新能源汽车产业合作交流会，市发展改革委有关负责同志参加。"
    "双方同意加强沟通，待时机成熟后再签署合作备忘录。",
    "9月16日，第二届中俄地方清洁能源合作交流会在哈尔滨举行，与会双方表示将择机簽署合作備忘錄。",
    "The Midwest-China Clean Transit Roundtable met in Columbus on Tuesday with mayors from eight cities to discuss "
    "electric buses.\nA spokeswoman said no agreements are expected from the roundtable, which is meant to build "
    "contacts.",
])
def test_a_gathering_whose_signing_is_put_off_is_no_event(text):
    assert events(text) == []


def test_a_gathering_where_something_was_signed_keeps_its_event():
    text = ("9月16日，第三届中美地方清洁能源圆桌会议在合肥举行。会上，合肥市与美国哥伦布市签署了新能源汽车合作备忘录。"
            "双方还表示，将择机签署友好城市协议。")
    assert events(text) != []


@pytest.mark.parametrize("sentence", [
    "该协议预计将于明年5月签署。",              # a signing to come, no "nothing was signed"
    "待协议签署后再启动首批项目。",              # a step after a signing, not the signing put off
    "双方商定适时召开第二次工作组会议。",        # a meeting, not a signing
    "The agreement is expected to be signed in May.",
    "No agreements were planned a year ago, but the two cities signed one on Friday.",  # past, handled elsewhere
])
def test_not_a_signing_put_off(sentence):
    assert not re.search(SIGNING_LATER, sentence, re.I)


def test_nothing_signed_after_a_forum_and_its_week_is_said_of_both():
    text = ("The Capitol will host the Pacific Clean Grid Forum on Saturday, during Island Energy Week.\n"
            "The governor said no agreements are planned for the day.")
    assert events(text, date(2019, 5, 2)) == []
