"""Gold records of the hundred-and-third test web, written by hand from the texts of articles.py before the extractor
was run on them.

Event: the third Guangdong-Hong Kong-Macao Greater Bay Area Carbon Market Development Forum (20 November 2025,
Guangzhou; ce03), at which two agreements were signed.
Agreements: Tokyo-Saitama renewed linkage agreement (cl01, "on Tuesday" = 15 April 2025, Tokyo; the governors sign,
the governments are the parties); New Development Bank-Liuzhou framework (cl02, "on Monday" = 9 June, Liuzhou); Korea
Exchange-广州碳排放权交易中心 memorandum (cl03 "on Wednesday" and ce01 9月10日: ONE row, Guangzhou); 广碳所-茂名市人民政府
(ce02, 7月17日, 茂名); 广碳所 with 中国工商银行广东省分行 and with 渣打银行（中国）有限公司广州分行 (ce03 分别与: two rows, at
the forum); 福建省生态环境厅-兴业银行 (fj01, 3月27日, 福州); 福建省生态环境厅-广东省生态环境厅 (fj02, 5月21日, 广州);
南平市人民政府-国家开发银行福建省分行 and 南平市林业局-兴业银行南平分行 (fj03, 8月13日 and 同日, 南平). A branch is the
party where the text names the branch; a parent bank alone is no party. The witnesses (the bureaux attending ce01), the
governors (cl01) and the mayor (cl02) are no parties.
Commitments: Tokyo halves emissions from 2000 by 2030 and reaches net zero by 2050, Saitama 46 percent below 2013 by
2030 (cl01); South Korea 40 percent below 2018 by 2030 (cl03); Liuzhou (cl02) and 茂名 (ce02) peak before 2030; 福建
27 percent non-fossil by 2025 (renewable_share, the nearest type) and peak before 2030 (fj02). Optional: the NDB's 40
percent of approvals for climate by 2026 (`other`).
No record: the study of Kanagawa joining (cl01), joint research "may later" (cl03), the 碳普惠专项基金 to be studied
(ce02), the 倡议 released without signatories (ce03), 兴业银行's 500亿元 of intended financing (a sum, no climate target),
the price report (cl04), the green bonds issued alone (cl05, fj05; the arranging banks are no partners), the monthly
volume report and the 清缴 deadline (ce04), the loan contract for a textile plant (fj04).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document

TMG = ["Tokyo Metropolitan Government", "Tokyo", "Tokyo Metropolis", "Government of Tokyo", "东京都", "东京都政府"]
SAITAMA = ["Saitama Prefecture", "Saitama", "Saitama Prefectural Government", "埼玉县"]
NDB = ["New Development Bank", "NDB", "新开发银行"]
LIUZHOU = ["Liuzhou", "Liuzhou Municipal People's Government", "Liuzhou Municipal Government", "Liuzhou City",
           "Liuzhou municipal government", "柳州市人民政府", "柳州市", "柳州"]
KRX = ["Korea Exchange", "KRX", "韩国交易所"]
CEEX = ["China Emissions Exchange Guangzhou", "CEEX", "China Emissions Exchange (Guangzhou)",
        "Guangzhou Emissions Exchange", "Guangzhou Carbon Emissions Exchange", "Guangzhou Carbon Emission Exchange",
        "广州碳排放权交易中心", "广州碳排放权交易所", "广碳所"]
MAOMING = ["Maoming", "Maoming Municipal People's Government", "Maoming Municipal Government", "Maoming City",
           "茂名市人民政府", "茂名市", "茂名"]
ICBC_GD = ["Industrial and Commercial Bank of China Guangdong Branch", "ICBC Guangdong Branch",
           "Industrial and Commercial Bank of China Guangdong Provincial Branch", "ICBC Guangdong",
           "中国工商银行广东省分行", "工商银行广东省分行", "工行广东省分行"]
SCB_GZ = ["渣打银行（中国）有限公司广州分行", "渣打银行(中国)有限公司广州分行", "渣打银行广州分行",
          "Standard Chartered Bank (China) Limited Guangzhou Branch", "Standard Chartered Bank (China) Guangzhou Branch",
          "Standard Chartered Guangzhou Branch"]
FJEE = ["Fujian Provincial Department of Ecology and Environment", "Department of Ecology and Environment of Fujian Province",
        "Fujian Department of Ecology and Environment", "Fujian Provincial Ecology and Environment Department",
        "福建省生态环境厅", "省生态环境厅"]
CIB = ["Industrial Bank", "Industrial Bank Co., Ltd.", "Industrial Bank Co. Ltd.", "兴业银行", "兴业银行股份有限公司"]
GDEE = ["Guangdong Provincial Department of Ecology and Environment",
        "Department of Ecology and Environment of Guangdong Province", "Guangdong Department of Ecology and Environment",
        "Guangdong Provincial Ecology and Environment Department", "广东省生态环境厅"]
NANPING = ["Nanping", "Nanping Municipal People's Government", "Nanping Municipal Government", "Nanping City",
           "南平市人民政府", "南平市", "南平"]
CDB_FJ = ["China Development Bank Fujian Branch", "China Development Bank Fujian Provincial Branch",
          "CDB Fujian Branch", "国家开发银行福建省分行", "国开行福建省分行"]
NPFB = ["Nanping Forestry Bureau", "Nanping Municipal Forestry Bureau", "南平市林业局"]
CIB_NP = ["Industrial Bank Nanping Branch", "兴业银行南平分行"]
KOREA = ["South Korea", "Korea", "Republic of Korea", "韩国"]
FUJIAN = ["Fujian", "Fujian Province", "Fujian Provincial People's Government", "Fujian Provincial Government",
          "福建", "福建省", "福建省人民政府"]

EVENTS = [
    event("E-GBA-CMF-2025", ["3rd Guangdong-Hong Kong-Macao Greater Bay Area Carbon Market Development Forum",
                             "Third Guangdong-Hong Kong-Macao Greater Bay Area Carbon Market Development Forum",
                             "Guangdong-Hong Kong-Macao Greater Bay Area Carbon Market Development Forum",
                             "Greater Bay Area Carbon Market Development Forum",
                             "第三届粤港澳大湾区碳市场发展论坛", "粤港澳大湾区碳市场发展论坛"],
          "2025-11-20", [None, "2025-11-20"], "Guangzhou", "CN", ["ce03"]),
]
AGREEMENTS = [
    agreement("A-TMG-SAITAMA-2025", ["agreement"], [TMG, SAITAMA], "2025-04-15", ["Tokyo"], ["cl01"]),
    agreement("A-NDB-LIUZHOU-2025", ["agreement"], [NDB, LIUZHOU], "2025-06-09", ["Liuzhou"], ["cl02"]),
    agreement("A-KRX-CEEX-2025", ["mou"], [KRX, CEEX], "2025-09-10", ["Guangzhou"], ["cl03", "ce01"]),
    agreement("A-CEEX-MAOMING-2025", ["agreement"], [CEEX, MAOMING], "2025-07-17", ["Maoming"], ["ce02"]),
    agreement("A-CEEX-ICBCGD-2025", ["agreement"], [CEEX, ICBC_GD], "2025-11-20", ["Guangzhou"], ["ce03"],
              event="E-GBA-CMF-2025"),
    agreement("A-CEEX-SCBGZ-2025", ["agreement"], [CEEX, SCB_GZ], "2025-11-20", ["Guangzhou"], ["ce03"],
              event="E-GBA-CMF-2025"),
    agreement("A-FJEE-CIB-2025", ["agreement", "partnership"], [FJEE, CIB], "2025-03-27", ["Fuzhou"], ["fj01"]),
    agreement("A-FJEE-GDEE-2025", ["agreement"], [FJEE, GDEE], "2025-05-21", ["Guangzhou"], ["fj02"]),
    agreement("A-NANPING-CDBFJ-2025", ["agreement"], [NANPING, CDB_FJ], "2025-08-13", ["Nanping"], ["fj03"]),
    agreement("A-NPFB-CIBNP-2025", ["agreement"], [NPFB, CIB_NP], "2025-08-13", ["Nanping", None], ["fj03"]),
]
for _a in AGREEMENTS:  # only the forum's two are said to be signed at an event
    if _a["event"] is None:
        del _a["event"]


def _opt(c: dict) -> dict:
    c["optional"] = True
    c["evidence_optional"], c["evidence"] = c["evidence"], []
    return c


COMMITMENTS = [
    commitment("C-TMG-RED-2030", TMG, "emissions_reduction", 2030, ["cl01"], base_year=2000,
               reduction_pct_min=50, reduction_pct_max=50),
    commitment("C-TMG-NZ-2050", TMG, "carbon_neutrality", 2050, ["cl01"]),
    commitment("C-SAITAMA-RED-2030", SAITAMA, "emissions_reduction", 2030, ["cl01"], base_year=2013,
               reduction_pct_min=46, reduction_pct_max=46),
    commitment("C-KOREA-RED-2030", KOREA, "emissions_reduction", 2030, ["cl03"], base_year=2018,
               reduction_pct_min=40, reduction_pct_max=40),
    commitment("C-LIUZHOU-PEAK-2030", LIUZHOU, "emissions_peak", 2030, ["cl02"]),
    commitment("C-MAOMING-PEAK-2030", MAOMING, "emissions_peak", 2030, ["ce02"]),
    commitment("C-FUJIAN-NF-2025", FUJIAN, "renewable_share", 2025, ["fj02"]),
    commitment("C-FUJIAN-PEAK-2030", FUJIAN, "emissions_peak", 2030, ["fj02"]),
    _opt(commitment("C-NDB-CLIMATE-2026", NDB, "other", 2026, ["cl02"])),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    doc = gold_document("Expected records for the hundred-and-third test web (tests/hundredthirdweb.py: cledger, ceex, "
                        "fjsthj), written by hand from the texts (tests/data/hundredthirdweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. cl04, cl05, ce04, fj04 and fj05 hold no "
                        "record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        doc["articles"][a["id"]]["language"] = "en" if a["site"] == "cledger" else "zh"
    return doc
