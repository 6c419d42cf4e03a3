"""Articles of the sixty-fifth test web (tests/sixtyfifthweb.py), written for issue 17 (a held-out estimate of ONE
SUMMIT TOLD BY MANY PAGES, English and Chinese): an invented bilateral summit series, the U.S.-China Green Harbor Cities
Summit (first edition in Norfolk, Virginia, September 10-11, 2024; second in Shantou, October 14-15, 2025), named in
many ways ("the second U.S.-China Green Harbor Cities Summit", "the Shantou summit", "last week's summit",
"第二届中美绿色港湾城市峰会", "本届峰会"), dated in many ways ("October 14-15", "Oct. 14", "last week", "10月14日至15日"),
an edition recalled from another page ("the first summit, held in Norfolk in September 2024"), and on each page one
agreement or pledge made at the summit.

harborlink: an English city-network news site. gangwan: a Chinese news portal.
"""
from __future__ import annotations

ARTICLES = [
    # --- harborlink: an English city-network news site ---------------------------------------------------------------
    dict(id="hl01", site="harborlink", path="/network-news/2025/10/second-green-harbor-summit-opens.html",
         date="2025-10-15", title="Shantou hosts second U.S.-China Green Harbor Cities Summit",
         paras=["Mayors and port officials from fourteen American and Chinese cities met in Shantou, Guangdong "
                "Province, on October 14-15, 2025 for the second U.S.-China Green Harbor Cities Summit.",
                "On the opening day of the summit, Charleston, South Carolina, and Nantong signed a memorandum of "
                "understanding on offshore wind supply chains, covering port logistics and crew training.",
                "The first summit was held in Norfolk, Virginia, in September 2024.",
                "Delegates toured the city's container terminal, where cranes now run on shore power."],
         fingerprint="cranes now run on shore power",
         must_contain=["for the second U.S.-China Green Harbor Cities Summit",
                       "signed a memorandum of understanding on offshore wind supply chains"]),
    dict(id="hl02", site="harborlink", path="/network-news/2025/10/norfolk-port-pledge.html",
         date="2025-10-22", title="Norfolk sets port emissions goal after Shantou summit",
         paras=["Norfolk's mayor used last week's summit in Shantou to set a new goal for the city's waterfront.",
                "Speaking at the Shantou summit on Oct. 14, the mayor said Norfolk will cut greenhouse gas emissions "
                "from its port operations by 50% below 2019 levels by 2035.",
                "The Green Harbor Cities Summit brings together coastal cities of both countries every year.",
                "City staff will report progress to the council each spring."],
         fingerprint="report progress to the council each spring",
         must_contain=["used last week's summit in Shantou",
                       "by 50% below 2019 levels by 2035"]),
    dict(id="hl03", site="harborlink", path="/network-news/2024/09/inaugural-green-harbor-summit.html",
         date="2024-09-12", title="Norfolk and Shantou sign green port partnership at inaugural summit",
         paras=["The inaugural U.S.-China Green Harbor Cities Summit took place in Norfolk, Virginia, on September "
                "10 and 11, 2024, drawing mayors from nine coastal cities.",
                "At the summit on September 11, Norfolk and Shantou signed a green port partnership agreement on "
                "shore power and electric harbor craft.",
                "Organizers said the second summit will be held in China next year.",
                "A reception aboard a retired battleship closed the gathering."],
         fingerprint="reception aboard a retired battleship",
         must_contain=["The inaugural U.S.-China Green Harbor Cities Summit took place in Norfolk",
                       "signed a green port partnership agreement"]),
    # --- gangwan: a Chinese news portal ---------------------------------------------------------------------------
    dict(id="gw01", site="gangwan", path="/news/2025/1014/c8812.html", date="2025-10-14",
         title="第二届中美绿色港湾城市峰会在汕头开幕",
         paras=["第二届中美绿色港湾城市峰会10月14日至15日在广东汕头举行，来自两国14个港口城市的市长和港口负责人出席。",
                "峰会首日，江苏南通市与美国查尔斯顿市签署海上风电产业链合作谅解备忘录。",
                "与会代表参观了汕头港岸电设施。"],
         fingerprint="与会代表参观了汕头港岸电设施",
         must_contain=["第二届中美绿色港湾城市峰会10月14日至15日在广东汕头举行",
                       "签署海上风电产业链合作谅解备忘录"]),
    dict(id="gw02", site="gangwan", path="/news/2025/1016/c8840.html", date="2025-10-16",
         title="汕头承诺2028年前实现碳达峰",
         paras=["在本届中美绿色港湾城市峰会上，汕头市承诺力争2028年前实现碳排放达峰。",
                "汕头峰会于10月15日闭幕。首届峰会于2024年9月在美国弗吉尼亚州诺福克市举行。",
                "汕头市将加快港口岸电和电动拖轮建设。"],
         fingerprint="汕头市将加快港口岸电和电动拖轮建设",
         must_contain=["汕头市承诺力争2028年前实现碳排放达峰", "首届峰会于2024年9月在美国弗吉尼亚州诺福克市举行"]),
    dict(id="gw03", site="gangwan", path="/news/2024/0911/c5120.html", date="2024-09-11",
         title="首届中美绿色港湾城市峰会在诺福克举行",
         paras=["首届中美绿色港湾城市峰会9月10日至11日在美国弗吉尼亚州诺福克市举行。",
                "峰会期间，汕头市与诺福克市签署绿色港口伙伴关系协议，双方将在岸电和电动港作船舶方面开展合作。",
                "主办方表示，第二届峰会明年将在中国举行。"],
         fingerprint="双方将在岸电和电动港作船舶方面开展合作",
         must_contain=["首届中美绿色港湾城市峰会9月10日至11日在美国弗吉尼亚州诺福克市举行", "签署绿色港口伙伴关系协议"]),
]
