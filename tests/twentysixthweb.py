"""A twenty-sixth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
agreements): a state government newsroom and a university news office served on 127.0.0.1, about U.S. states beyond
California (Massachusetts, Pennsylvania, Connecticut, Illinois), their agencies, a public utility commission and a
state university's institute, with Chinese provinces, a city agency, a provincial academy and universities, and U.S.
NGOs (actors no other web uses): a sister-state agreement signed by two governors on behalf of their governments, a
forum where several pairs signed, three-party agreements, a letter of intent, parties told in the sentence after, a
renewal, witnesses, and negatives (talks, planned signings, soybean purchases, an education-only agreement).

Sites live under tests/data/twentysixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentysixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* mass - a state government newsroom: "For immediate release: 9/20/2018", "BOSTON -", "###", "About ..."
* illinews - a university news office: bylines, <time>, photo captions, "Editor's notes", "Related stories"

    with TwentySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "mass": {"encoding": "utf-8", "charset": "utf-8"},
    "illinews": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentySixthWeb(GoldWeb):
    """Context manager serving every site of the twenty-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentySixthWeb)
