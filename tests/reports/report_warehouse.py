"""A small real warehouse for report tests: known records in English and Chinese, and hostile scraped markup
(a script, an event handler, a `javascript:` URL) in titles, parties, quotes and evidence links."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from warehouse.db import connect

# Each payload would mark the page if it ever ran; the tests look for that mark.
HOSTILE = '<script>document.body.dataset.pwned="1"</script><img src=x onerror="document.body.dataset.pwned=2">'
HOSTILE_URL = "javascript:document.body.dataset.pwned=3"
EN_URL = "http://127.0.0.1:9/news/wuhan-la-mou.html"
ZH_URL = "http://127.0.0.1:9/zh/36912.html"
ZH_QUOTE = "武汉市政府与洛杉矶市政府签署了《低碳城市合作谅解备忘录》。"
T0 = datetime(2026, 1, 1, 12, 0, 0)
T1 = datetime(2026, 2, 1, 12, 0, 0)


def build(path: Path) -> Path:
    """Create the warehouse at `path` through the real migrations and fill it with parameterised inserts."""
    con = connect(path)
    try:
        con.executemany("INSERT INTO pages (url, source, title, published_on, language, text, fetched_at,"
                        " first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                            [EN_URL, "alpha", HOSTILE + " Wuhan and Los Angeles sign MOU", date(2021, 4, 23), "en",
                             "text", T0, T0],
                            [ZH_URL, "beta", "武汉与洛杉矶签署谅解备忘录", date(2021, 4, 24), "zh", "正文", T0, T0],
                            [HOSTILE_URL, "alpha", "odd link", None, "en", "text", T1, T1],
                        ])
        con.executemany("INSERT INTO events (event_id, name, start_on, end_on, city, country, source_urls,"
                        " first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                            ["ev_a", "Summit A", date(2021, 4, 22), date(2021, 4, 23), "Wuhan", "CN", [EN_URL], T0, T0],
                            ["ev_b", "Forum B", None, None, None, None, [ZH_URL], T0, T0],
                        ])
        con.executemany("INSERT INTO agreements (agreement_id, agreement_type, title, signed_on,"
                        " signed_on_precision, city, country, event_name, parties, topics, source_urls,"
                        " first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                            ["ag_1", "mou", "Low-Carbon City MOU", date(2021, 4, 22), "day", "Wuhan", "CN", "Summit A",
                             ["Wuhan", "Los Angeles"], ["low-carbon development"], [EN_URL, ZH_URL], T0, T0],
                            ["ag_2", "agreement", None, None, None, None, None, "Summit A",
                             ["Wuhan", "Los Angeles", "Energy Foundation China"], [], [EN_URL], T0, T0],
                            ["ag_3", "partnership", HOSTILE, date(2019, 3, 1), "month", "Los Angeles", "US", None,
                             ["Energy Foundation China", "Los Angeles"], ["electric buses"], [EN_URL], T1, T1],
                        ])
        con.executemany("INSERT INTO commitments (commitment_id, actor, commitment_type, target_year, base_year,"
                        " reduction_pct_min, reduction_pct_max, per_capita_t, share_pct, event_name, source_urls,"
                        " first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                            ["cm_1", "Wuhan", "emissions_peak", 2025, None, None, None, None, None, "Summit A",
                             [ZH_URL], T0, T0],
                            ["cm_2", "Wuhan", "emissions_reduction", 2030, 2005, 60.0, 65.0, None, None, None,
                             [ZH_URL], T0, T0],
                            ["cm_3", "Los Angeles", "carbon_neutrality", 2045, None, None, None, None, None,
                             "Summit A", [EN_URL], T0, T0],
                            ["cm_4", "Los Angeles", "per_capita_limit", 2050, None, None, None, 2.0, None, None,
                             [EN_URL], T1, T1],
                            ["cm_5", "Los Angeles", "renewable_share", 2045, None, None, None, None, 100.0, None,
                             [EN_URL], T1, T1],
                        ])
        con.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?)", [
            ["agreement", "ag_1", EN_URL, "Wuhan and Los Angeles signed a Low-Carbon City MOU at Summit A."],
            ["agreement", "ag_1", ZH_URL, ZH_QUOTE],
            ["agreement", "ag_2", EN_URL, "An agreement was signed by Wuhan, Los Angeles and Energy Foundation."],
            ["agreement", "ag_3", EN_URL, HOSTILE + " launched a partnership."],
            ["agreement", "ag_3", HOSTILE_URL, "Quoted from an odd link."],
            ["event", "ev_a", EN_URL, "Summit A was held in Wuhan on April 22-23."],
            ["event", "ev_b", ZH_URL, "论坛B举行。"],
            ["commitment", "cm_1", ZH_URL, "武汉力争2025年碳排放达峰。"],
            ["commitment", "cm_2", ZH_URL, "到2030年比2005年下降60%至65%。"],
            ["commitment", "cm_3", EN_URL, "Los Angeles will be carbon neutral by 2045."],
            ["commitment", "cm_4", EN_URL, "Two tonnes per person by 2050."],
            ["commitment", "cm_5", EN_URL, "100% renewable electricity by 2045."],
        ])
        con.execute("INSERT INTO ingest_runs (run_id, started_at, ended_at, status) VALUES (?, ?, ?, ?)",
                    ["run-1", T1, T1, "completed"])
    finally:
        con.close()
    return path


# A denser warehouse for the layout tests: cities close together on both sides of the Pacific, parties known only
# by a Chinese name, long English names, and a party named with hostile markup (drawn in the network's SVG).
DENSE_CITIES = ["Beijing", "Tianjin", "Shanghai", "Suzhou", "Wuxi", "Hangzhou", "Ningbo", "Nanjing", "Zhenjiang",
                "Hefei", "Wuhan", "Changsha", "Guangzhou", "Shenzhen", "Dongguan", "Foshan", "Xiamen", "Qingdao",
                "Jinan", "Dalian", "Shenyang", "Chengdu", "Chongqing", "Kunming", "Los Angeles", "San Francisco",
                "Oakland", "Sacramento", "San Diego", "Seattle", "Portland", "Chicago", "Houston"]
ZH_PARTIES = ["深圳市低碳发展基金会", "中国气候变化事务特别代表办公室", "北京绿色交易所", "上海环境能源交易所",
              "广东省生态环境厅", "江苏省发展和改革委员会"]
LONG_PARTIES = ["The Global Alliance of Subnational Governments for Ambitious Climate Action and Clean Energy",
                "California-China Climate Institute at the University of California, Berkeley", HOSTILE]


def build_dense(path: Path) -> Path:
    """A warehouse of 60 agreements among the parties above (deterministic pairs and triples)."""
    parties = DENSE_CITIES + ZH_PARTIES + LONG_PARTIES
    con = connect(path)
    try:
        rows = []
        for i in range(60):
            n = len(parties)
            group = sorted({parties[i % n], parties[(i * 7 + 3) % n],
                            parties[(i * 13 + 5) % n] if i % 3 == 0 else parties[(i * 7 + 3) % n]})
            city = DENSE_CITIES[(i * 5) % len(DENSE_CITIES)]
            rows.append([f"ag_d{i}", "mou", f"合作备忘录 {i}", date(2015 + i % 10, 1 + i % 12, 1), "day", city,
                         None, None, group, [], [EN_URL], T0, T0])
        con.executemany("INSERT INTO agreements (agreement_id, agreement_type, title, signed_on,"
                        " signed_on_precision, city, country, event_name, parties, topics, source_urls,"
                        " first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("INSERT INTO pages (url, source, title, published_on, language, text, fetched_at, first_seen_at)"
                    " VALUES (?, 'alpha', '合作', DATE '2021-01-01', 'zh', '正文', ?, ?)", [EN_URL, T0, T0])
        con.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?)",
                        [["agreement", r[0], EN_URL, "、".join(r[8]) + "签署合作备忘录。"] for r in rows])
    finally:
        con.close()
    return path
