"""A ninetieth test web, written apart from the other webs for issue 17 (a held-out estimate on CORPORATE
DISCLOSURES): a Hong Kong-listed renewables company's announcements in English, a Chinese A-share wind-turbine
maker's 公告 and a European chemicals company's English newsroom, served on 127.0.0.1, about agreements of companies
with a city government (哈密, 乌兰察布, Krefeld) and with each other (an energy-storage memorandum of a subsidiary, a
provincial energy group, a power purchase agreement), a company's climate targets, and pages that conclude nothing (a
results announcement, a green note issue, a 提示性公告 of a deal not signed, a board election, a sustainability report,
talks): actors no other web uses.

Sites live under tests/data/ninetiethweb/sites/<site>/ as UTF-8 files (written by tests/data/ninetiethweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* hkir - Concord New Energy Group's "Announcements & Circulars" (a listing paged by "Next"): the HKEX disclaimer, the
  company's header, defined terms in bold quotes, "By order of the Board", a "Latest Announcements" rail
* wdir - 运达股份's 公司公告: "证券代码：... 公告编号：...", 特别提示, 甲方/乙方, 特此公告, a "相关公告" rail
* cvnews - Covestro's newsroom (RSS): "Leverkusen, March 3, 2026 –" openings, quotes, an "About Covestro" paragraph,
  forward-looking statements, a "Related news" rail

    with NinetiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "hkir": {"encoding": "utf-8", "charset": "utf-8"},
    "wdir": {"encoding": "utf-8", "charset": "utf-8"},
    "cvnews": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetiethWeb(GoldWeb):
    """Context manager serving every site of the ninetieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetiethWeb)
