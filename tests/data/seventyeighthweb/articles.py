"""Articles of the seventy-eighth test web (tests/seventyeighthweb.py), written for issue 17 (a held-out estimate of
RESEARCH INSTITUTIONS AND COMPANIES NAMED IN CHINESE): agreements of a university's faculty, a key laboratory, a
design institute, a group's research institute and a company with US and other foreign universities and labs named
in Chinese (普渡大学, 橡树岭国家实验室) or glossed in English in brackets, names with 与/和 inside them, a parent body
(中国能源建设集团, 美国能源部) and a city (泰州) beside the party, and a visit listing institutions that signed
nothing. Actors no other web uses.

kmdx: a Chinese university news site (昆明理工大学新闻网). nyzx: a Chinese energy-industry portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- kmdx: a Chinese university news site -------------------------------------------------------------------
    dict(id="km01", site="kmdx", path="/info/1021/58213.htm", date="2026-04-16",
         title="我校冶金与能源工程学院与美国普渡大学签署合作备忘录",
         paras=["4月15日，昆明理工大学冶金与能源工程学院与美国普渡大学在呈贡校区签署《低碳冶金联合研究合作备忘录》。"
                "双方将在氢冶金、余热回收和冶金固废资源化等方向开展联合研究。",
                "同日，昆明理工大学与普渡大学还签署了《本科生联合培养协议》，每年互派20名本科生交流学习。",
                "普渡大学代表团一行还参观了学院的冶金节能实验平台。"],
         fingerprint="普渡大学代表团一行还参观了学院的冶金节能实验平台",
         must_contain=["双方将在氢冶金、余热回收和冶金固废资源化等方向开展联合研究"]),
    dict(id="km02", site="kmdx", path="/info/1021/58377.htm", date="2026-06-09",
         title="云南省清洁能源与低碳冶金重点实验室与美国橡树岭国家实验室签署合作协议",
         paras=["6月8日，美国能源部橡树岭国家实验室代表团访问我校。访问期间，云南省清洁能源与低碳冶金重点实验室与"
                "橡树岭国家实验室（Oak Ridge National Laboratory）在昆明签署储能材料联合研究协议。",
                "根据协议，双方将共建固态电池材料联合测试平台，并联合培养博士研究生。",
                "该重点实验室依托我校建设，现有固定研究人员60余人。"],
         fingerprint="该重点实验室依托我校建设，现有固定研究人员60余人",
         must_contain=["双方将共建固态电池材料联合测试平台"]),
    dict(id="km03", site="kmdx", path="/info/1021/58502.htm", date="2026-09-24",
         title="海外学者到访我校交流储能材料研究",
         paras=["9月23日，来自美国加州大学戴维斯分校、亚利桑那州立大学、新加坡国立大学和中国科学院广州能源研究所的十余位"
                "学者到访我校，参观了云南省清洁能源与低碳冶金重点实验室。",
                "座谈中，各方介绍了各自在储能材料领域的研究进展，表示今后将探讨开展合作的可能。",
                "来访学者还为我校研究生作了学术报告。"],
         fingerprint="来访学者还为我校研究生作了学术报告",
         must_contain=["表示今后将探讨开展合作的可能"]),
    # --- nyzx: a Chinese energy-industry portal --------------------------------------------------------------------
    dict(id="ny01", site="nyzx", path="/gjhz/202605/t20260521_88121.html", date="2026-05-21",
         title="浙江院与美国德克萨斯农工大学签署海上风电技术合作谅解备忘录",
         paras=["5月20日，中国能源建设集团浙江省电力设计院有限公司与美国德克萨斯农工大学在杭州签署海上风电技术合作"
                "谅解备忘录。",
                "根据备忘录，双方将在漂浮式海上风电基础设计、海洋环境监测等领域开展联合研究和人才交流。",
                "浙江省电力设计院近年来承担了多个海上风电项目的勘察设计任务。"],
         fingerprint="浙江省电力设计院近年来承担了多个海上风电项目的勘察设计任务",
         must_contain=["双方将在漂浮式海上风电基础设计、海洋环境监测等领域开展联合研究和人才交流"]),
    dict(id="ny02", site="nyzx", path="/gjhz/202607/t20260715_89004.html", date="2026-07-15",
         title="泰州一氢能企业与美国、德国科研机构签约",
         paras=["7月14日，江苏泰州澜启氢能科技有限公司与美国加州大学尔湾分校（University of California, Irvine）在泰州"
                "签署燃料电池联合研发协议，双方将合作开发低铂燃料电池催化剂。",
                "同日，澜启氢能还与德国弗劳恩霍夫太阳能系统研究所（Fraunhofer ISE）签署了光伏制氢合作谅解备忘录。",
                "澜启氢能成立于2019年，主要从事氢燃料电池电堆研发和生产。"],
         fingerprint="澜启氢能成立于2019年，主要从事氢燃料电池电堆研发和生产",
         must_contain=["双方将合作开发低铂燃料电池催化剂"]),
    dict(id="ny03", site="nyzx", path="/gjhz/202610/t20261029_90316.html", date="2026-10-29",
         title="中国石化石油勘探开发研究院与美方机构签署CCUS合作协议",
         paras=["10月28日，中国石化石油勘探开发研究院与美国北达科他大学能源与环境研究中心（Energy & Environmental "
                "Research Center，EERC）在北京签署二氧化碳捕集、利用与封存（CCUS）技术合作协议。",
                "双方将围绕咸水层封存监测和二氧化碳驱油开展联合研究。",
                "能源与环境研究中心长期从事二氧化碳地质封存研究。"],
         fingerprint="能源与环境研究中心长期从事二氧化碳地质封存研究",
         must_contain=["双方将围绕咸水层封存监测和二氧化碳驱油开展联合研究"]),
]
