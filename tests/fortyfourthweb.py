"""A forty-fourth test web, written apart from the other webs for issue 17 (an honest held-out estimate on Chinese
state media in English): a wire-style English news site and a provincial English portal served on 127.0.0.1, about
agreements of Chinese provinces, provincial departments, municipal bureaus and companies with U.S. states,
universities and state departments told with calqued names ("the People's Government of Gansu Province", "the
Department of Ecology and Environment of Qinghai Province", "Xining Municipal Bureau of Commerce"), "inked a
memorandum of understanding on ...", "The signing ceremony was witnessed by ...", "Under the agreement, the two sides
will ...", a sister-province agreement, a "3rd China-US ... Forum" that "opened on Tuesday in", and pledges told as
"strive to peak carbon emissions before 2030" of a province and of companies: actors no other web uses.

Sites live under tests/data/fortyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* huaxin   - a wire-style news site: datelines "LANZHOU, May 14 (Huaxin) --", "Editor:", "Related stories"
* sxportal - a provincial English portal: breadcrumbs, "Source: Shaanxi Daily | Updated:", "Shaanxi in Focus"

    with FortyfourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "huaxin": {"encoding": "utf-8", "charset": "utf-8"},
    "sxportal": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortyfourthWeb(GoldWeb):
    """Context manager serving every site of the forty-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortyfourthWeb)
