"""A story's gathering named by its head word elsewhere takes no day or place from a sentence telling another
edition ("The first summit was held in Seattle", "首届论坛在温哥华举行": scrapers/extract/edition_names.py); a
sentence of its own edition, or of none given, still tells them."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.edition_names import same_edition  # noqa: E402


def test_sentences_of_another_edition_are_left_out():
    ss = ["The first summit was held in Seattle in 2023.", "The summit opened Monday in Busan.",
          "The second summit drew 300 delegates."]
    assert same_edition(ss, "summit", 2) == ss[1:]
    assert same_edition(ss, "Summit", None) == ss  # the story's own edition untold: any may be it
    assert same_edition(["首届论坛在温哥华举行。", "论坛在宁德开幕。"], "论坛", 2) == ["论坛在宁德开幕。"]


def test_the_story_edition_takes_no_place_of_the_first():
    en = records("Mayors from twelve cities gathered for the second Pacific Clean Ports Summit.\n\nAt the summit, "
                 "Tacoma and Busan signed a memorandum of understanding on shore power.\n\nThe first summit was held "
                 "in Seattle in 2023.", "event", day=date(2024, 5, 7))
    en = [e for e in en if "Ports" in e["name"]]
    assert en and all(e["city"] != "Seattle" for e in en), en
    zh = records("第二届中加绿色港口城市论坛本周举行。论坛期间，宁波市与哈利法克斯市签署港口合作谅解备忘录。首届论坛在温哥华举行。",
                 "event", day=date(2024, 5, 7))
    zh = [e for e in zh if "Port" in e["name"]]
    assert zh and all(e["city"] != "Vancouver" for e in zh), zh
