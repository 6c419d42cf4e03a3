"""A sixty-seventh test web, written apart from the other webs for issue 17 (an honest held-out estimate of
INTERVIEWS, Q&A PAGES AND QUOTED SPEECH, English and Chinese): an English newspaper with an interview section and a
Chinese news portal with 专访 and 答记者问 pages, served on 127.0.0.1; agreements and pledges told in someone's words
(Q&A transcripts, quoted mayors, a press conference, 问：/答：, “……，”XX说。, a 专访 naming its interviewee in the
intro only), each page with one trap (a declined pledge, another city's hope, a rival's deal that never happened).

Sites live under tests/data/sixtyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/sixtyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ledger - an English newspaper: "In Conversation" kicker, "Gift this article" bar, a "More from In Conversation" rail
* nanfeng - a Chinese news portal: "来源：南风网 【纠错】【打印】" line, a "热点专题" rail, "南风网 版权所有" footer

    with SixtySeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ledger": {"encoding": "utf-8", "charset": "utf-8"},
    "nanfeng": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtySeventhWeb(GoldWeb):
    """Context manager serving every site of the sixty-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtySeventhWeb)
