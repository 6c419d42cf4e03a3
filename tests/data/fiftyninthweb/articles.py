"""Articles of the fifty-ninth test web (tests/fiftyninthweb.py), written for issue 17 (an honest held-out estimate of
Chinese SIGNING CLAUSES with several parties or several instruments): a provincial 发改委/能源局 portal and an energy
state enterprise's news site in GBK.

xzdrc: a provincial 发展和改革委员会（能源局） portal (信息来源/阅读次数 line, 视力保护色 and 网站纠错 tools,
适老化/无障碍 links); crpnews: an energy SOE's 新闻中心 in GBK (文章来源/点击数 line, 集团要闻 crumb, 返回顶部).
Angles: "A分别与B、C签署了…协议" (two records), "A与B、C三方共同签署…" (one record, three parties), "A与B签署了《X》和
《Y》两份协议" (two instruments), "在A和B的共同见证下，C与D签约" (witnesses are no party), "A代表与B代表分别在协议上
签字", "由A和B联合签署的…", "A与B签订…框架协议及…补充协议" (two), "双方还签署了…" after a named pair, "A与B续签…"
(a renewal is a signing), "签约仪式由C主持" (the host is no party); negatives: "拟于…签署", "就…达成共识" (no
instrument: no record), "商签" (negotiating), "签约项目总投资" (an investment total), "此前已签署" (history).
"""
from __future__ import annotations

ARTICLES = [
    # --- xzdrc: a provincial 发改委/能源局 portal -------------------------------------------------------------------
    dict(id="xz01", site="xzdrc", path="/xwzx/nyyw/202405/t20240521_418802.html", date="2024-05-21",
         title="自治区能源局与两家央企签署清洁能源开发合作协议",
         paras=["5月20日，西藏自治区能源局分别与中核汇能有限公司、华润电力控股有限公司签署了清洁能源开发合作协议。",
                "根据协议，双方将在光伏、光热和储能等领域加大投资，共同推进“藏电外送”清洁能源基地建设。",
                "签约仪式由自治区发展改革委副主任次仁顿珠主持。",
                "会上，自治区能源局与西藏开发投资集团有限公司还就水风光一体化基地建设达成共识。"],
         fingerprint="共同推进“藏电外送”清洁能源基地建设",
         must_contain=["中核汇能有限公司、华润电力控股有限公司签署了清洁能源开发合作协议", "达成共识"]),
    dict(id="xz02", site="xzdrc", path="/xwzx/nyyw/202408/t20240822_427315.html", date="2024-08-22",
         title="日喀则光伏治沙示范基地项目签约",
         paras=["8月21日，在自治区发展改革委和国家能源局西藏监管办公室的共同见证下，日喀则市人民政府与华润电力西藏有限公司"
                "签约，共建光伏治沙示范基地。",
                "当天还发布了由西藏自治区能源局和林芝市人民政府联合签署的《林芝市绿色电力示范城市建设合作协议》。",
                "日喀则市与华润电力西藏有限公司拟于10月签署配套储能项目投资协议。"],
         fingerprint="共建光伏治沙示范基地",
         must_contain=["国家能源局西藏监管办公室的共同见证下", "拟于10月签署配套储能项目投资协议"]),
    dict(id="xz03", site="xzdrc", path="/xwzx/nyyw/202411/t20241126_433590.html", date="2024-11-26",
         title="自治区能源局与国网西藏电力续签电力保供战略合作协议",
         paras=["11月25日，西藏自治区能源局与国网西藏电力有限公司续签《电力保供战略合作协议》。",
                "双方还签署了《藏中电网新能源消纳合作备忘录》，将共同提升电网对新能源的接纳能力。",
                "目前，自治区能源局正与青海省能源局商签跨省区电力互济协议。"],
         fingerprint="将共同提升电网对新能源的接纳能力",
         must_contain=["续签《电力保供战略合作协议》", "商签跨省区电力互济协议"]),
    # --- crpnews: an energy SOE's news centre (GBK) -------------------------------------------------------------
    dict(id="cr01", site="crpnews", path="/xwzx/jtyw/202406/t20240613_7731.html", date="2024-06-13",
         title="华润电力与酒泉市三方共同签署风光储一体化项目合作协议",
         paras=["6月12日，华润电力与酒泉市人民政府、酒泉市新能源投资集团有限公司三方共同签署《百万千瓦风光储一体化项目"
                "合作协议》。",
                "签约项目总投资约56亿元，建成后每年可提供清洁电力约30亿千瓦时。"],
         fingerprint="签约项目总投资约56亿元",
         must_contain=["三方共同签署《百万千瓦风光储一体化项目合作协议》", "每年可提供清洁电力约30亿千瓦时"]),
    dict(id="cr02", site="crpnews", path="/xwzx/jtyw/202409/t20240910_8016.html", date="2024-09-10",
         title="华润电力与武威市签署两份合作协议",
         paras=["9月9日，华润电力与武威市人民政府签署了《新能源项目开发协议》和《清洁供暖合作协议》两份协议。",
                "签约仪式由武威市副市长马宏伟主持。",
                "双方此前已签署战略合作框架协议，此次签约标志着合作进入项目落地阶段。"],
         fingerprint="此次签约标志着合作进入项目落地阶段",
         must_contain=["《清洁供暖合作协议》两份协议", "双方此前已签署战略合作框架协议"]),
    dict(id="cr03", site="crpnews", path="/xwzx/jtyw/202412/t20241211_8342.html", date="2024-12-11",
         title="华润电力在宁夏中卫、固原签约绿电项目",
         paras=["12月10日，华润电力与中卫市人民政府举行绿电制氢一体化项目签约仪式。",
                "华润电力代表与中卫市人民政府代表分别在《绿电制氢一体化项目投资协议》上签字。",
                "同日，华润电力与固原市人民政府签订新能源战略合作框架协议及抽水蓄能项目补充协议。"],
         fingerprint="分别在《绿电制氢一体化项目投资协议》上签字",
         must_contain=["华润电力代表与中卫市人民政府代表", "抽水蓄能项目补充协议"]),
]
