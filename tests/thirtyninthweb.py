"""A thirty-ninth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
agreements of kinds not met yet): a provincial government newsroom and a university and laboratory news site served
on 127.0.0.1, about actors no other web uses (Manitoba with Sichuan and Heilongjiang, the University of Manitoba,
Northeast Agricultural University and HAAS, Winnipeg and the Edmonton Declaration, Manitoba and the Powering Past Coal
Alliance, Argonne and QIBEBT, PNNL, the University of Washington and SARI, Queensland and Shaanxi, Brookhaven and the
Institute of Engineering Thermophysics): a premier signing in Chengdu "on behalf of" her province, a renewal "for five
years" dated "last Tuesday", three parties with one named by an acronym defined earlier, "became the 12th signatory
of", "acceded to", a letter of intent, "The two sides agreed to cooperate on ..." after a signing ceremony, and
negatives (talks, agreements "expected to be signed next month", trade deals, past agreements as background,
"formally joined" and "admitted to" as membership).

Sites live under tests/data/thirtyninthweb/sites/<site>/ as UTF-8 files (written by tests/data/thirtyninthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* mbnews  - a provincial government newsroom: breadcrumbs, "Media contacts", "Recent releases"
* labnews - a university and laboratory news site: "Posted ... by ...", a tag cloud, "Share this story", "More stories"

    with ThirtyNinthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "mbnews": {"encoding": "utf-8", "charset": "utf-8"},
    "labnews": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtyNinthWeb(GoldWeb):
    """Context manager serving every site of the thirty-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtyNinthWeb)
