"""A forty-ninth test web, written apart from the other webs for issue 17 (an honest held-out estimate of
BILINGUAL and MIXED-SCRIPT pages): a Macao government press-release portal printing each release in English above its
traditional-Chinese copy, and a university news site whose English stories carry a 中文摘要 box, Chinese names glossed
in brackets and, once, a Chinese headline. Each article holds one agreement or pledge told in both languages.

Sites live under tests/data/fortyninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortyninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* mogov - 繁體 | 简体 | Português | English switch, English release then its Chinese copy, Print | Top, related releases
* unews - byline, 中文摘要 box in the story, Share this story, Related news traps, campus footer

    with FortyninthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "mogov": {"encoding": "utf-8", "charset": "utf-8"},
    "unews": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortyninthWeb(GoldWeb):
    """Context manager serving every site of the forty-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortyninthWeb)
