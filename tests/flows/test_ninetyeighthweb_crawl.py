"""Crawl the ninety-eighth test web (tests/ninetyeighthweb.py: a central-SOE energy news portal in GBK, the English
newsroom of Azerbaijan's Ministry of Energy and an English wire, about Chinese power and solar companies' signings
abroad and their targets) with the ingest flow into a temporary DuckDB and check it against
tests/data/ninetyeighthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them (commit a1e0cfe). FIRST RUN (the held-out
estimate, before any fix; `bench/ownwebs.py --webs ninetyeighthweb`): events P 1.00 R 1.00 (tp 2), agreements P 0.77
R 0.59 F1 0.67 (tp 10, fp 3, fn 7, 1 duplicate), commitments P 0.82 R 0.82 F1 0.82 (tp 9, fp 2, fn 2): macro F1 over
the relations present 0.828, wrong values 0; the GBK portal (sitemap), the paged newsroom and the feed read whole.
Misses: "Colombia's Ministry of Mines and Energy and ... Envision Energy signed a memorandum" (a ministry of two
portfolios cut at "and" into "Colombia's Ministry of Mines" and "Energy": a false row of three parties instead);
"Oman's Ministry of Energy and Minerals signed agreements with China Huadian Corp, China Three Gorges International and
Envision Energy" (the same cut, and the group's arm read as "China Three Gorges Corporation": one false row of five
parties instead of three); mn02's "the Ministry of Energy signed the following documents with Chinese companies:" +
"1) Memorandum of Understanding with China Datang Overseas Investment Co., Ltd. on ...;" (three, the newsroom's own
ministry never named with its country); "... said the agreements were part of the sultanate's plan to reach net zero
emissions by 2050" (C-OMAN-NZ-2050); "... would support Malaysia's target of raising renewable energy to 70 percent
of installed capacity by 2050" (C-MY-RE-2050). False rows: China Huadian's peak by 2030 and neutrality by 2060 from
"集团将坚决落实国家“力争2030年前实现碳达峰、2060年前实现碳中和”的目标要求" (the nation's goals); the duplicate: mn01's
"SOCAR and China Power International Development Limited ... signed a Framework Agreement" beside zq02's
"中国电力国际发展有限公司与阿塞拜疆国家石油公司签署" (the Chinese names unknown). The crawl test also found
"《X协议》《Y备忘录》和《Z协议》" read as three memoranda (titles back to back), TNB-Datang without its city ("The
agreements were exchanged in Kuala Lumpur" lent it to the last signing only), zq02's three documents without Beijing
(told in the lede: "…与阿塞拜疆有关方面在北京签署三项能源合作文件。此次签署的合作文件包括："), and "Co., Ltd." read as a
party "HMM" (an alias file entry "HMM Co., Ltd." unquoted in a YAML list: "Ltd." its alias).
NOW: events 1.00, agreements P 0.93 R 0.82 F1 0.88 (tp 14, fp 1, fn 3, 1 duplicate), commitments P 1.00 R 0.91 F1 0.95
(tp 10, fn 1): macro F1 over the relations present 0.942, wrong values 0. Rules: portfolios_en (two portfolios joined
by "and"), company_regions_en.overseas_arms ("<group> International/Overseas ..."), organisations.yaml (the legal
forms quoted; national oil companies and the listed power units and arms abroad of China's power groups),
agreements_zh._instruments (titles back to back), national_frames_zh (落实/服务国家…目标), commitments and
body_anaphora_en ("the sultanate/kingdom" of the country whose body was named), coordinated_en (a legal form's comma
inside a clause), agency_owners_en.subordinate_agencies ("<agency> under the Ministry of ..."), two_sides_en ("The
memorandums were exchanged in <city>"), signers_zh (a lede's "在<city>签署N项…文件" as a session); tests in
tests/scrapers/extract/test_portfolios_en.py, test_company_regions_en.py, test_instruments_zh.py,
test_national_frames_zh.py, test_body_anaphora_en.py, test_coordinated_en.py, test_agency_owners_en.py,
test_two_sides_en.py, test_zh_signing_session.py. Then (helper listfixer): agreements P 0.94 R 1.00 F1 0.97 (tp 17, fp 1,
fn 0, 1 duplicate), macro 0.974: mn02's three memoranda by signer_lists (a list under an active opening, "the Ministry
of Energy signed the following documents ...:" + "1) Memorandum of Understanding with X on ...;") and
home_ministries_en (a bare signing "the Ministry of Energy" is the one country the story names, with a city of it);
tests in test_signer_lists.py, test_home_ministries_en.py. Then (helper bodyfixer): mn01's "Minister of Energy Parviz
Shahbazov and Chairman of ... SPIC ... signed" stands for the "Ministry of Energy of Azerbaijan" (minister_ministries_en:
a minister by title and name, the country the title's or the story's one, less its counterparts' "Chinese companies"),
and zq02's 阿塞拜疆共和国能源部 is built whole in English (foreign_bodies_zh: a country, one portfolio word, 部), so
the English reports join the Chinese ones; tests in test_minister_ministries_en.py, test_foreign_bodies_zh.py. The
merger left 署 unbuilt (an agency names itself by its country's adjective as often as by its name: "Swedish Energy
Agency"), so _SEP stays. What is left: KNOWN_GAPS.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from ninetyeighthweb import GOLD_PATH, NinetyEighthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_SEP = ("mn01's 'the Azerbaijan Renewable Energy Agency under the Ministry of Energy and Shanghai Electric Power Co., "
        "Ltd. signed an Agreement' is read, but zq02 names the agency 阿塞拜疆可再生能源署 (a foreign agency kept as "
        "written: 署 is built in no one English form): two rows")
_DATELINE = ("a wire's dateline ('{city}, ... (OrientWire) -') is where the story was filed: a signing whose sentence "
             "names no place is left without a city (no rule reads a dateline as the signing's place unless a party "
             "is that city)")
KNOWN_GAPS: dict[str, str] = {
    "agreements:A-SEP-AREA-2025:evidence": _SEP,
    "agreements:A-SEP-AREA-2025:no_duplicate": _SEP,
    "agreements:A-COMINENERGIA-ENVISION-2024:fields": _DATELINE.format(city="BOGOTA"),
    **{f"agreements:{k}:fields": _DATELINE.format(city="MUSCAT") for k in ("A-OMMEM-HUADIAN-2025",
                                                                           "A-OMMEM-CTGI-2025",
                                                                           "A-OMMEM-ENVISION-2025")},
    **{f"commitments:C-MY-RE-2050:{c}": "'TNB ... said the studies would support Malaysia's target of raising "
                                         "renewable energy to 70 percent of installed capacity by 2050': a goal named "
                                         "as the frame of another's work ('support X's target') is read as no pledge "
                                         "(pledge_forms_en.context_goal; devweb-c keeps such a goal optional: mr01's "
                                         "Egypt 42%); the gold, written first, made it required"
       for c in ("found", "fields", "evidence")},
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(NinetyEighthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"zqnw", "minenergy", "orientwire"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
