"""Articles of the sixty-ninth test web (tests/sixtyninthweb.py), written for issue 17 (a held-out estimate of
INSTRUMENTS NAMED BY THEIR TITLES, English and Chinese): each page names its agreement by its title with the parties
inside it ("the Memorandum of Understanding between the State of West Virginia and the City of Tangshan on ...", "the
West Virginia-Handan Clean Energy Partnership", "The Morgantown–Qinhuangdao Low-Carbon Cities Action Plan was signed",
《秦皇岛市与美国新罕布什尔州关于加强气候变化合作的谅解备忘录》, 《秦皇岛市-霍巴特市低碳发展合作框架协议》, "签署了《…合作协议》"),
later sentences recall it by a short name ("the memorandum", "the partnership", "该协议"), and one trap: a plan's
title in 书名号 (《秦皇岛市碳达峰实施方案》) that is no agreement, holding a pledge.

wvgov: an English state governor's newsroom. qhdwb: a Chinese city 外事办公室 portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- wvgov: an English state governor's newsroom --------------------------------------------------------------
    dict(id="wv01", site="wvgov", path="/newsroom/2025/05/climate-memorandum-tangshan.html",
         date="2025-05-21", title="Governor's delegation signs climate cooperation memorandum in China",
         paras=["The Memorandum of Understanding between the State of West Virginia and the City of Tangshan on "
                "Cooperation in Addressing Climate Change was signed in Tangshan, Hebei Province, on May 20, 2025.",
                "The memorandum commits the two sides to share methods for capturing coal mine methane and to "
                "exchange energy audits of steel plants.",
                "State energy officials will lead the work under the memorandum, with a first progress report due "
                "next spring.",
                "The delegation also toured a steel mill that runs on recovered furnace gas."],
         fingerprint="toured a steel mill that runs on recovered furnace gas",
         must_contain=["between the State of West Virginia and the City of Tangshan",
                       "The memorandum commits the two sides"]),
    dict(id="wv02", site="wvgov", path="/newsroom/2025/09/handan-clean-energy-partnership.html",
         date="2025-09-10", title="State launches clean energy partnership with Chinese city",
         paras=["West Virginia and Handan launched the West Virginia-Handan Clean Energy Partnership on September "
                "9, 2025, at a ceremony at the State Capitol in Charleston.",
                "The partnership will pair two West Virginia community colleges with vocational schools in Handan to "
                "train solar and battery technicians.",
                "Under the partnership, Handan will also send a group of grid engineers to the state next year.",
                "Students from both colleges performed a bluegrass set after the ceremony."],
         fingerprint="performed a bluegrass set after the ceremony",
         must_contain=["launched the West Virginia-Handan Clean Energy Partnership",
                       "The partnership will pair two West Virginia community colleges"]),
    dict(id="wv03", site="wvgov", path="/newsroom/2025/11/morgantown-qinhuangdao-action-plan.html",
         date="2025-11-05", title="University city and Chinese port sign low-carbon action plan",
         paras=["The Morgantown–Qinhuangdao Low-Carbon Cities Action Plan was signed on November 3, 2025, by the "
                "mayors of the two cities during a visit by a Qinhuangdao delegation to Morgantown.",
                "The action plan sets out joint projects on district heating, electric buses and building retrofits "
                "through 2028.",
                "The governor welcomed the visitors at a lunch hosted by the university's energy institute."],
         fingerprint="a lunch hosted by the university's energy institute",
         must_contain=["Low-Carbon Cities Action Plan was signed on November 3, 2025",
                       "joint projects on district heating"]),
    # --- qhdwb: a Chinese city 外事办公室 portal ------------------------------------------------------------------------
    dict(id="qw01", site="qhdwb", path="/wsdt/202506/t20250613_3321.html", date="2025-06-13",
         title="我市与美国新罕布什尔州签署气候变化合作谅解备忘录",
         paras=["6月12日，《秦皇岛市与美国新罕布什尔州关于加强气候变化合作的谅解备忘录》在秦皇岛签署。",
                "根据该备忘录，双方将在海上风电、森林碳汇和气候适应领域开展交流合作。",
                "代表团还参观了秦皇岛港码头岸电改造项目。"],
         fingerprint="代表团还参观了秦皇岛港码头岸电改造项目",
         must_contain=["《秦皇岛市与美国新罕布什尔州关于加强气候变化合作的谅解备忘录》在秦皇岛签署",
                       "根据该备忘录"]),
    dict(id="qw02", site="qhdwb", path="/wsdt/202508/t20250827_3390.html", date="2025-08-27",
         title="《秦皇岛市-霍巴特市低碳发展合作框架协议》签署",
         paras=["8月26日，《秦皇岛市-霍巴特市低碳发展合作框架协议》在澳大利亚塔斯马尼亚州霍巴特市签署。",
                "该协议提出，两市将在港口减排、海洋生态保护等方面开展务实合作。",
                "今年3月，秦皇岛市印发《秦皇岛市碳达峰实施方案》，提出力争2029年前实现碳达峰。",
                "访问期间，代表团还考察了霍巴特港南极科考补给基地。"],
         fingerprint="代表团还考察了霍巴特港南极科考补给基地",
         must_contain=["在澳大利亚塔斯马尼亚州霍巴特市签署", "提出力争2029年前实现碳达峰"]),
    dict(id="qw03", site="qhdwb", path="/wsdt/202510/t20251016_3452.html", date="2025-10-16",
         title="秦皇岛市与安克雷奇市开展港口绿色低碳合作",
         paras=["10月15日，秦皇岛市与美国阿拉斯加州安克雷奇市以视频方式签署了《秦皇岛市与安克雷奇市港口绿色低碳发展合作协议》。",
                "按照协议，双方将共同推动港口岸电、液化天然气加注和极地航运减排技术交流。",
                "两市于2016年结为友好交流城市。"],
         fingerprint="两市于2016年结为友好交流城市",
         must_contain=["以视频方式签署了《秦皇岛市与安克雷奇市港口绿色低碳发展合作协议》", "按照协议"]),
]
