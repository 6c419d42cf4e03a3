"""Articles of the sixty-first test web (tests/sixtyfirstweb.py), written for issue 17 (an honest held-out estimate of
NEGATION, MODALITY and ENDINGS of agreements and pledges, English and Chinese): real signings and pledges beside
sentences that conclude nothing.

vtledger: an English regional paper (Vermont; "e-Edition", "Subscribe", weather, "More Local News" traps, obituaries);
nyzx: a Chinese energy portal (来源 and 责任编辑, 分享到, 热点排行 traps, 免责声明).
Angles: a signing postponed, a draft MOU, a memorandum not signed, "agreed in principle", "expected to sign",
"will sign next month", "failed to reach an agreement", a memorandum suspended, withdrawn from, expired, never signed;
推迟签署, 原则上同意, 草案, 暂缓签署, 有望签署, 将于…签署, 未能签署, 退出, 到期, 终止; a target dropped and a weaker one
set (dropped its 2030 target, 放弃…目标 改为…).
"""
from __future__ import annotations

ARTICLES = [
    # --- vtledger: an English regional paper --------------------------------------------------------------------
    dict(id="vt01", site="vtledger", path="/news/local/burlington-rizhao-sign-clean-energy-memorandum/", date="2024-04-18",
         title="Burlington, Rizhao sign clean-energy memorandum",
         paras=["BURLINGTON - The City of Burlington and the Chinese port city of Rizhao signed a memorandum of "
                "understanding on clean energy cooperation on Tuesday, April 16, at City Hall.",
                "Under the memorandum, the two cities will share data on heat pumps, district heating and offshore "
                "wind, Mayor Emma Mulvaney-Stanak said.",
                "The two cities had also been expected to sign a sister-city agreement, but the signing was postponed "
                "until the fall after the Rizhao delegation cut its visit short.",
                "A draft MOU on electric buses with the city of Shanwei was circulated to councilors last month but "
                "has not been put to a vote.",
                "Burlington aims to reach net-zero greenhouse gas emissions by 2030, Mulvaney-Stanak said.",
                "Vermont did not sign a similar memorandum with Shaoguan that state officials discussed in 2023."],
         fingerprint="share data on heat pumps, district heating and offshore wind",
         must_contain=["signed a memorandum of understanding on clean energy cooperation",
                       "the signing was postponed until the fall"]),
    dict(id="vt02", site="vtledger", path="/news/state/vermont-yulin-agree-in-principle-on-energy-pact/",
         date="2024-07-09", title="Vermont, Yulin agree in principle on energy pact; signing expected in August",
         paras=["MONTPELIER - Vermont and the Chinese city of Yulin have agreed in principle on a renewable energy "
                "cooperation agreement, Gov. Phil Scott's office said Monday.",
                "The two sides are expected to sign the agreement in August, and Scott announced he will sign it "
                "next month during a trade mission to Shaanxi province.",
                "Talks between Vermont and the city of Chaozhou failed to reach an agreement on grid storage after "
                "two rounds in May.",
                "On Friday, July 5, Vermont and the Canadian province of New Brunswick signed a memorandum of "
                "understanding on clean electricity trading in Montpelier.",
                "Under state law, Vermont must cut greenhouse gas emissions 40% below 1990 levels by 2030."],
         fingerprint="failed to reach an agreement on grid storage",
         must_contain=["have agreed in principle on a renewable energy cooperation agreement",
                       "signed a memorandum of understanding on clean electricity trading"]),
    dict(id="vt03", site="vtledger", path="/news/local/montpelier-drops-2030-net-zero-goal/", date="2024-11-05",
         title="Montpelier drops 2030 net-zero goal",
         paras=["MONTPELIER - The Montpelier City Council voted Monday to drop its 2030 net-zero target, saying the "
                "city could not afford the heating upgrades it required.",
                "The city now aims to cut greenhouse gas emissions 50% below 2018 levels by 2035, Mayor Jack "
                "McCullough said.",
                "Montpelier also withdrew from its 2019 sustainability agreement with the Chinese city of Meizhou.",
                "In Burlington, the City Council suspended the memorandum with Rizhao in October pending a review of "
                "data-sharing rules.",
                "A 2015 MOU between Vermont and the city of Quzhou on biomass heating expired in 2020 and was never "
                "renewed.",
                "A proposed sister-city MOU between Winooski and Shanwei, which was never signed, has been shelved."],
         fingerprint="could not afford the heating upgrades it required",
         must_contain=["voted Monday to drop its 2030 net-zero target",
                       "expired in 2020 and was never renewed"]),
    # --- nyzx: a Chinese energy portal --------------------------------------------------------------------------
    dict(id="ny01", site="nyzx", path="/news/2024/03/14/160512.html", date="2024-03-14",
         title="东营市与毛伊县签署清洁能源合作谅解备忘录",
         paras=["3月12日，山东省东营市人民政府与美国夏威夷州毛伊县在东营签署清洁能源合作谅解备忘录，双方将在海上风电、"
                "氢能和储能领域开展合作。",
                "原定同日签署的东营市与毛伊县友好城市关系协议推迟签署，双方表示将择期另行签署。",
                "双方还就共建绿色港口原则上同意开展合作，相关合作协议草案正在征求意见。",
                "东营市提出，力争2028年前实现碳达峰。"],
         fingerprint="双方将在海上风电、氢能和储能领域开展合作",
         must_contain=["友好城市关系协议推迟签署", "力争2028年前实现碳达峰"]),
    dict(id="ny02", site="nyzx", path="/news/2024/06/21/171930.html", date="2024-06-21",
         title="榆林市与衢州市签署能源合作框架协议",
         paras=["6月19日，陕西省榆林市与浙江省衢州市在榆林签署能源合作框架协议，推动陕北绿电送往浙江。",
                "会上，榆林市与汕尾市拟签署的风电装备合作协议暂缓签署。",
                "据悉，榆林市与韩国蔚山市有望于今年下半年签署氢能合作备忘录；衢州市将于9月与揭阳市签署绿色金融合作协议。",
                "此前，榆林市与潮州市因在项目选址上存在分歧，未能签署合作协议。",
                "衢州市承诺，到2030年全市可再生能源装机占比达到60%。"],
         fingerprint="推动陕北绿电送往浙江",
         must_contain=["风电装备合作协议暂缓签署", "未能签署合作协议"]),
    dict(id="ny03", site="nyzx", path="/news/2024/10/30/183377.html", date="2024-10-30",
         title="揭阳市调整碳达峰目标 退出海上风电合作协议",
         paras=["10月28日，广东省揭阳市发展和改革局发布通知，揭阳市放弃2030年实现碳达峰的目标，改为力争2032年前实现"
                "碳达峰。",
                "通知称，揭阳市已于9月退出2021年与梅州市签署的海上风电合作协议。",
                "揭阳市与韶关市2018年签署的节能合作备忘录已于2023年到期，双方决定不再续签。",
                "揭阳市还宣布终止与汕尾市的碳普惠合作备忘录。",
                "另外，韶关市表示，将于明年与揭阳市重新签署节能合作协议。"],
         fingerprint="发展和改革局发布通知",
         must_contain=["改为力争2032年前实现碳达峰", "双方决定不再续签"]),
]
