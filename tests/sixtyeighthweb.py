"""A sixty-eighth test web, written apart from the other webs for issue 17 (an honest held-out estimate of
CORRECTIONS, UPDATES AND PAGES WITH MANY DATES, English and Chinese): an English local newspaper and a Chinese city
government portal served on 127.0.0.1, whose pages carry dates that are not the event's (update stamps, corrections
that change a day, "Originally published" lines, editor's notes, 发布时间 beside 更新时间, notices signed off with a date
in Chinese numerals, 附件 lists), each with one agreement, pledge or event of invented actors.

Sites live under tests/data/sixtyeighthweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtyeighthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* timptribune - an English local newspaper: "Updated ... | Published ..." date line, meta modified time only, a
  "Send us a tip" box, an "Across the valley" rail
* xinangov - a Chinese city government portal: "发布时间：... 更新时间：... 来源：..." line, "【我要留言】" bar, a
  "政策解读" rail, "新安政务网" footer

    with SixtyEighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "timptribune": {"encoding": "utf-8", "charset": "utf-8"},
    "xinangov": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtyEighthWeb(GoldWeb):
    """Context manager serving every site of the sixty-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtyEighthWeb)
