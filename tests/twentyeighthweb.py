"""A twenty-eighth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
commitments and events): a government's media room of readouts and fact sheets and a wire service served on
127.0.0.1, about gatherings no other web uses (the Major Economies Forum on Energy and Climate of June 2022, the
Powering Past Coal Alliance Global Summit of March 2021, the Our Ocean Conference in Palau of April 2022, the
Conference of New England Governors and Eastern Canadian Premiers of September 2023) and targets told in bullet and
table-like lists, quotes, "raised its target to", "brought forward ... from 2050 to 2045", with negatives
(achievements, forecasts, calls on others, goals without a number or year, a replaced target).

Sites live under tests/data/twentyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentyeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* gov - a government's media room: "Release date: June 17, 2022" in a definition list, bullet lists of targets
* hwr - a wire service: "BOSTON, Sept 8 (Harbor Wire) -" datelines, extensionless permalinks, "Top stories" chrome

    with TwentyEighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "gov": {"encoding": "utf-8", "charset": "utf-8"},
    "hwr": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyEighthWeb(GoldWeb):
    """Context manager serving every site of the twenty-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyEighthWeb)
