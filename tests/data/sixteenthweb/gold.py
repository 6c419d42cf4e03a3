"""Gold records of the sixteenth test web, written from the texts of articles.py before the extractor was run on them.

Negatives (no record may come from them): d03 whole (talks, "is expected to sign"); "after the country said in April
it would ease limits" (no instrument); "The plant is Tesla's first outside the United States"; the plants' sites and
sizes (no pledge). One memorandum told twice: the paper's "with the government of Ordos" and the company's "with the
Chinese government" (one row). Optional: Shaw as a third side of the AP1000 contracts.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from webbuild import agreement, gold_document  # noqa: E402

TESLA = ["Tesla", "Tesla Inc", "Tesla, Inc.", "特斯拉"]
SHANGHAI = ["Shanghai", "Shanghai municipal government", "Shanghai Municipal Government", "Shanghai government",
            "上海市", "上海市人民政府", "上海"]
FIRST_SOLAR = ["First Solar", "First Solar Inc", "First Solar, Inc."]
ORDOS = ["Ordos", "Ordos City", "Ordos government", "government of Ordos", "鄂尔多斯", "鄂尔多斯市", "China",
         "Chinese government", "中国"]
WESTINGHOUSE = ["Westinghouse", "Westinghouse Electric Company", "Westinghouse Electric"]
SNPTC = ["State Nuclear Power Technology Corporation", "SNPTC", "China's State Nuclear Power Technology Corporation",
         "国家核电技术公司"]
SHAW = ["The Shaw Group", "Shaw Group", "Shaw"]

AGREEMENTS = [
    agreement("A-TESLA-SH", ["agreement"], [TESLA, SHANGHAI], "2018-07-10", ["Shanghai", None], ["d01"]),
    agreement("A-FS-ORDOS", ["mou"], [FIRST_SOLAR, ORDOS], "2009-09-08", [None, "Beijing"], ["d02", "n02"]),
    agreement("A-AP1000", ["agreement"], [WESTINGHOUSE, SNPTC], "2007-07-24", [None, "Beijing"], ["n01"],
              parties_optional=[SHAW]),
]
for _a in AGREEMENTS:
    if _a["event"] is None:
        del _a["event"]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    about = ("Expected records for the sixteenth test web (tests/sixteenthweb.py: daily, newsroom), written by hand "
             "from the texts (tests/data/sixteenthweb/articles.py) before the extractor was run; format of "
             "shared/gold/seeds.json. d03 holds no record; see gold.py for the negatives.")
    return gold_document(about, "en", articles, traps, chrome, {"events": [], "agreements": AGREEMENTS,
                                                                 "commitments": []})
