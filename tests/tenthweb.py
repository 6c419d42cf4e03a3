"""A tenth test web, written apart from the other webs for the fourth English round of issue 17: two English sites
served on 127.0.0.1, about real events in phrasings the other webs are thin on: the Chinese government's English
("China and the United States on Wednesday issued ...", "Huang Runqiu, minister of ecology and environment, and Gavin
Newsom ... signed", "the two sides agreed to", the NDRC, the Chinese Academy of Sciences), city-network announcements
("joined the Race to Zero", "committed to the Global Covenant of Mayors", "announced a target of net-zero by 2030"),
utility and investor releases ("signed a strategic cooperation framework agreement", "entered into a power purchase
agreement", "a $500 million green loan agreement"), pledges with "at least", "up to", "by the end of 2025", "between
2030 and 2035", "by FY2030", "in half", per-capita in kg, and negatives (talks, meetings, plans, past facts).

Sites live under tests/data/tenthweb/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL.

* cnwire   - a newswire in the Chinese government's style: meta publishdate, "(Xinhua) --" datelines, .htm pages
* netpress - a wire of city-network and company releases: <time datetime>, "CITY, Month D, YYYY –" openings

    with TenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "tenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "cnwire": {"encoding": "utf-8", "charset": "utf-8"},
    "netpress": {"encoding": "utf-8", "charset": "UTF-8"},
}


class TenthWeb(GoldWeb):
    """Context manager serving every site of the tenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml", ".txt": "text/plain"}
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TenthWeb)
