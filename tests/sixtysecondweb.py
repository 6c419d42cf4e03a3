"""A sixty-second test web, written apart from the other webs for issue 17 (an honest held-out estimate of NATIONAL
JOINT STATEMENTS and SUMMIT OUTCOMES, English and Chinese): a foreign ministry's media centre and a Chinese
state-media site served on 127.0.0.1, about invented bilateral and plurilateral outcomes (Canada and Mexico's joint
statement, the Wellington Declaration of a ministerial, China's joint statements with Mexico and Kazakhstan), the
national pledges inside them, a ministerial and a dialogue with their days, beside a statement recalled from years
before, joint statements on trade and readouts of calls with nothing issued.

Sites live under tests/data/sixtysecondweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtysecondweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* northgate - a foreign ministry's media centre: breadcrumb, statement/readout label, "Date modified:", "Report a
  problem on this page", a "Related statements" rail
* dongfang - a Chinese state-media site: source line, duty editor, print/close bar, a "要闻速递" rail

    with SixtySecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "northgate": {"encoding": "utf-8", "charset": "utf-8"},
    "dongfang": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtySecondWeb(GoldWeb):
    """Context manager serving every site of the sixty-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtySecondWeb)
