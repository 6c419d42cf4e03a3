"""Articles of the seventy-sixth test web (tests/seventysixthweb.py), written for issue 17 (a held-out estimate on
FOREIGN REGIONS BEYOND THE US, English and Chinese): each page tells a Chinese region's or city's climate agreement
with a German Land, a Canadian province, a French region, a Brazilian state's capital, a Japanese prefecture's city
or a Korean province, the foreign side named as the text names it ("the Province of Saskatchewan", "the Occitanie
Region", 德国图林根州, 日本静冈县滨松市, 韩国忠清北道); one trap: a foreign region named only as where a company is based
(总部位于韩国京畿道的…公司).

nmgov: an English regional government newsroom (Inner Mongolia). gxfao: a Chinese provincial 外办 portal (Guangxi).
"""
from __future__ import annotations

ARTICLES = [
    # --- nmgov: an English regional government newsroom ------------------------------------------------------------
    dict(id="nm01", site="nmgov", path="/en/news/2026-05/14/c_60211.htm", date="2026-05-14",
         title="Inner Mongolia and Saskatchewan to cooperate on carbon capture",
         paras=["The Inner Mongolia Autonomous Region and the Province of Saskatchewan, Canada, signed a memorandum "
                "of understanding on carbon capture, utilization and storage in Hohhot on May 13, 2026.",
                "Under the memorandum, the two sides will share geological survey data, train engineers and study "
                "joint pilot projects at coal-fired power plants.",
                "Saskatchewan's Minister of Energy and Resources led a delegation of 20 officials and business "
                "people to the region.",
                "The visit marked the tenth anniversary of exchanges between the two regions."],
         fingerprint="The visit marked the tenth anniversary of exchanges between the two regions",
         must_contain=["signed a memorandum of understanding on carbon capture, utilization and storage",
                       "Province of Saskatchewan"]),
    dict(id="nm02", site="nmgov", path="/en/news/2026-06/25/c_60388.htm", date="2026-06-25",
         title="Region signs green hydrogen letter of intent with Occitanie",
         paras=["Inner Mongolia signed a letter of intent on green hydrogen cooperation with the Occitanie Region of "
                "France in Toulouse on Tuesday, June 23, 2026.",
                "The letter of intent covers hydrogen production from wind and solar power, fuel cell trucks and "
                "exchanges between research institutes.",
                "The delegation also visited an electrolyser factory near Montpellier.",
                "Occitanie is home to several of France's largest solar farms."],
         fingerprint="The delegation also visited an electrolyser factory near Montpellier",
         must_contain=["signed a letter of intent on green hydrogen cooperation", "Occitanie Region of France"]),
    dict(id="nm03", site="nmgov", path="/en/news/2026-09/09/c_60742.htm", date="2026-09-09",
         title="Chifeng and Brazilian city sign low-carbon city memorandum",
         paras=["Chifeng and Belo Horizonte, the capital of the Brazilian state of Minas Gerais, signed a memorandum "
                "of understanding on low-carbon urban development on September 8, 2026.",
                "The memorandum was signed by video link, with the mayors of the two cities attending from their "
                "own city halls.",
                "The two cities will exchange experience in urban solid waste treatment, bus electrification and "
                "green buildings.",
                "Chifeng has had trade ties with Minas Gerais since 2019."],
         fingerprint="Chifeng has had trade ties with Minas Gerais since 2019",
         must_contain=["signed a memorandum of understanding on low-carbon urban development",
                       "capital of the Brazilian state of Minas Gerais"]),
    # --- gxfao: a Chinese provincial 外办 portal -----------------------------------------------------------------------
    dict(id="gx01", site="gxfao", path="/xwdt/wsdt/t20260416_3318.shtml", date="2026-04-16",
         title="广西与德国图林根州签署绿色低碳合作协议",
         paras=["4月15日，广西壮族自治区人民政府与德国图林根州政府在南宁签署《关于绿色低碳发展合作的协议》。",
                "根据协议，双方将在光伏制造、氢能利用和工业节能等领域开展合作，并建立定期会晤机制。",
                "图林根州经济部长率领的代表团一行25人于14日至17日访问广西。",
                "自治区外办、发展改革委、科技厅有关负责同志参加活动。"],
         fingerprint="自治区外办、发展改革委、科技厅有关负责同志参加活动",
         must_contain=["广西壮族自治区人民政府与德国图林根州政府在南宁签署", "关于绿色低碳发展合作的协议"]),
    dict(id="gx02", site="gxfao", path="/xwdt/wsdt/t20260710_3402.shtml", date="2026-07-10",
         title="防城港市与日本滨松市签署低碳城市合作备忘录",
         paras=["7月8日，防城港市与日本静冈县滨松市在滨松市签署低碳城市建设合作备忘录。",
                "双方将在海上风电、节能建筑和新能源汽车推广等领域加强交流。",
                "访问期间，代表团还考察了当地的光伏和储能企业。"],
         fingerprint="访问期间，代表团还考察了当地的光伏和储能企业",
         must_contain=["防城港市与日本静冈县滨松市在滨松市签署低碳城市建设合作备忘录"]),
    dict(id="gx03", site="gxfao", path="/xwdt/wsdt/t20261021_3517.shtml", date="2026-10-21",
         title="广西与韩国忠清北道签署应对气候变化合作谅解备忘录",
         paras=["10月20日，广西壮族自治区与韩国忠清北道在清州签署《应对气候变化合作谅解备忘录》。",
                "根据备忘录，双方将在二次电池、太阳能电池和碳排放核算等领域开展务实合作。",
                "忠清北道是韩国重要的新能源产业基地。"],
         fingerprint="忠清北道是韩国重要的新能源产业基地",
         must_contain=["广西壮族自治区与韩国忠清北道在清州签署", "应对气候变化合作谅解备忘录"]),
    dict(id="gx04", site="gxfao", path="/xwdt/wsdt/t20261105_3544.shtml", date="2026-11-05",
         title="百色市与韩企签署储能项目投资协议",
         paras=["11月4日，百色市人民政府与总部位于韩国京畿道的韩星储能株式会社签署储能电站项目投资协议。",
                "项目总投资约12亿元，建成后将提高当地电网消纳新能源的能力。",
                "市领导会见了企业代表一行。"],
         fingerprint="项目总投资约12亿元，建成后将提高当地电网消纳新能源的能力",
         must_contain=["百色市人民政府与总部位于韩国京畿道的韩星储能株式会社签署储能电站项目投资协议"]),
]
