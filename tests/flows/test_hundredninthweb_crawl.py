"""Crawl the hundred-and-ninth test web (tests/hundredninthweb.py: a Chinese energy portal in GBK labelled gb2312, a
Chinese city's investment-promotion news and an English energy trade-press site, about clean-energy cooperation
agreements of local governments, agencies and companies) with the ingest flow into a temporary DuckDB and check it
against tests/data/hundredninthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredninthweb`): agreements P 0.50 R 0.80 F1 0.61 (tp 4, fp 4, fn 1, 2
duplicates), commitments P 1.00 R 1.00 (tp 4: Air Liquide's 33% below 2020 by 2035 and 2050 neutrality, Toyota's
2050, Jilin's peak before 2030), no events (none in the gold, none read): macro F1 over the relations present 0.807
(the scorer's own 0.538), wrong values 0. Miss: A-DEA-CNREC-2012, its lede "Denmark's energy agency signed a
cooperation agreement on Thursday with the China National Renewable Energy Centre" stored the description "Denmark's
energy agency" as a party (a false row) though the story names "the Danish Energy Agency (DEA)". False rows and
duplicates: cc03's recalled "2021年4月，吉电股份与国家电投集团氢能公司、中韩（长春）国际合作示范区签署…" read as
吉电股份, 国家电投集团 and "Changchun" (the group's hydrogen company cut at 集团, the zone's bracketed city kept for the
zone); lq02's "丰田汽车公司执行董事、丰田中国董事长上田达郎与海马汽车董事长景柱代表双方签约" a second row of Toyota and
海马汽车 beside the 简称's 丰田汽车（中国）投资有限公司 (not joined); ap01's English report of the Shanghai hydrogen-base
agreement (Air Liquide, Shenergy Group, Shanghai Chemical Industry Park Investment Co) not joined to lq01's Chinese
one. ap02 ("Toyota Motor Corp's China unit signed ... with Haima Automobile") read nothing: "Haima Automobile" was
no name and the unit glued to "Toyota Motor Corp's China". The crawl test also found the gold wrongly requiring a
city for lq04 and cc01, which name no place of signing (corrected: null accepted, as the development webs do).
NOW: agreements tp 5, fn 0, 2 duplicates (macro F1 over the relations present 0.916), commitments unchanged, wrong
values 0. Rules: scrapers/extract/compound_names_zh.py (zones with a bracketed city, a known group's business
company, a known body's bracketed China company and its 简称), named_roles_en.py (a country's "energy agency" named
later), unit_possessives_en.py ("X's China unit"), orgs.EN_HEADS "Automobile", entities_zh.ZH_GENERIC_ORG (trade
words and a legal form name no one), the bare 液化空气 for Air Liquide; tests in
tests/scrapers/extract/test_compound_names_zh.py, test_named_roles_en.py, test_carmaker_names_en.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredninthweb import GOLD_PATH, HundredNinthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_SHH2 = ("ap01's 'Air Liquide, Shenergy Group and Shanghai Chemical Industry Park Investment Co' and lq01's "
         "上海化学工业区投资实业有限公司, 液化空气（中国）投资有限公司 (Air Liquide), 上海申能能创能源发展有限公司 and the "
         "park's committee share one side by name: the cross-language join (warehouse/crosslang.py) needs two, and a "
         "Shenergy company or a park investor glossed in part is none; two rows, the English one without a city")
KNOWN_GAPS: dict[str, str] = {
    **{f"agreements:A-SHH2BASE-2022:{check}": _SHH2 for check in ("fields", "evidence", "no_duplicate")},
    "agreements:A-CCH2BASE-2021:no_duplicate": "cc03 recalls the agreement by the 简称 cc01 defined (吉电股份, "
                                               "国家电投集团氢能公司, 中韩（长春）国际合作示范区) with its month only; the "
                                               "resolver joins no Chinese short name to its full name across pages",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredNinthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"lqny", "ccinvest", "apledger"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
