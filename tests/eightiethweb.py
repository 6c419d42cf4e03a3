"""An eightieth test web, written apart from the other webs for issue 17 (a held-out estimate on the RESULTS OF
CLIMATE SUMMITS): an international city network's newsroom (English, paginated), a Hong Kong news site (Traditional
Chinese, UTF-8) and a UN-style press-release set (English, found through its sitemap) served on 127.0.0.1, about
declarations signed at summits by groups of mayors and regional leaders (the Good Food and Clean Air Cities
Declarations of the 2019 C40 World Mayors Summit, the Mexico City Pact of 2010, the Bonn-Fiji Commitment of 2017, the
Paris City Hall Declaration of 2015), a summit's outcome list (CHAMP at the 2023 Local Climate Action Summit), pledges
told to a summit (Toronto, North Rhine-Westphalia, Scotland), summits announced for later, a visit that signed
nothing and a stocktake restating old pledges.

Sites live under tests/data/eightiethweb/sites/<site>/ as UTF-8 files (written by tests/data/eightiethweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* metroalliance - a city network's newsroom: "Newsroom / Summits" trail, "Filed under", "Share this story",
  "Latest from the network", a newsletter box; /newsroom/ -> /newsroom/page/2/
* hkgreen - a Hong Kong news site: 【綠色香港報】, "發佈時間：... 記者：...", "分享：", 熱門新聞
* unpress - UN-style press releases (*.doc.htm) listed in /sitemap.xml with an about page: "Press Release | ENV/DEV/...",
  "For information media. Not an official record.", "Related news"

    with EightiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "metroalliance": {"encoding": "utf-8", "charset": "utf-8"},
    "hkgreen": {"encoding": "utf-8", "charset": "utf-8"},
    "unpress": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightiethWeb(GoldWeb):
    """Context manager serving every site of the eightieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightiethWeb)
