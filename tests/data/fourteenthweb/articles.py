"""Articles of the fourteenth test web (tests/fourteenthweb.py): real agreements and pledges, each told two to four
times by three sites in English, Simplified and Traditional Chinese, for resolution (issue 17: no duplicate).

wire: an English wire ("CITY, Mon. D --" datelines); people: a Simplified Chinese portal (人民网 style: date and
source line, 责编 after the body); cna: a Traditional Chinese news agency (（中央社記者…電）openings). What is retold
in other words: a statement released on one day in Washington and the next in Beijing; one memorandum called an MOU
by one site and 合作协议 by another, its sides named as a state, a governor, a provincial government; a pledge
restated (50 to 52 percent below 2005 / 比2005年下降50%-52% / "at least 50 percent"); a joint declaration that one
site calls a declaration (联合宣言) and another a joint one. Traps: two instruments of the same sides signed the
same day (a leaders' statement and an emissions-trading memorandum), the same two countries' statements years
apart (Shanghai 2021, Sunnylands 2023), and the same two sides' statements of 2015 and 2018 (a renewal).
"""
from __future__ import annotations

ARTICLES = [
    # --- wire: an English wire --------------------------------------------------------------------------------------
    dict(id="w01", site="wire", path="/world/2023/11/15/us-china-sunnylands-statement.html", date="2023-11-15",
         title="U.S., China release Sunnylands Statement on climate cooperation",
         paras=["WASHINGTON, Nov. 15 -- The United States and China on Tuesday released the Sunnylands Statement on "
                "Enhancing Cooperation to Address the Climate Crisis, after talks between U.S. climate envoy John "
                "Kerry and his Chinese counterpart Xie Zhenhua at the Sunnylands estate in California.",
                "The two countries agreed to operationalize a working group on enhancing climate action in the 2020s.",
                "The statement builds on the joint statement the two countries issued in Shanghai in April 2021.",
                "The United States has pledged to cut its greenhouse gas emissions by 50 to 52 percent below 2005 "
                "levels by 2030."],
         fingerprint="operationalize a working group on enhancing climate action",
         must_contain=["released the Sunnylands Statement on Enhancing Cooperation"]),
    dict(id="w02", site="wire", path="/world/2018/07/16/eu-china-summit-climate.html", date="2018-07-16",
         title="EU, China sign climate and clean energy statement at Beijing summit",
         paras=["BEIJING, July 16 -- The European Union and China on Monday adopted a Leaders' Statement on Climate "
                "Change and Clean Energy at the 20th EU-China Summit in Beijing.",
                "The European Commission and China's Ministry of Ecology and Environment also signed a memorandum of "
                "understanding to enhance cooperation on emissions trading.",
                "The statement follows the EU-China Joint Statement on Climate Change the two sides issued in "
                "Brussels in June 2015.",
                "The EU has committed to cut its greenhouse gas emissions by at least 40 percent below 1990 levels "
                "by 2030."],
         fingerprint="enhance cooperation on emissions trading",
         must_contain=["adopted a Leaders' Statement on Climate Change and Clean Energy"]),
    dict(id="w03", site="wire", path="/us/2017/06/06/brown-sichuan-clean-energy.html", date="2017-06-06",
         title="California's Brown signs clean energy pact with Sichuan",
         paras=["CHENGDU, China, June 6 -- California Governor Edmund G. Brown Jr. and Sichuan Governor Yin Li on "
                "Monday signed a memorandum of understanding to expand cooperation on clean energy and low-carbon "
                "development.",
                "Brown is on a week-long trip to China that will also take him to Nanjing and Beijing.",
                "The State of California has signed climate agreements with several Chinese provinces since 2013."],
         fingerprint="week-long trip to China that will also take him",
         must_contain=["signed a memorandum of understanding to expand cooperation on clean energy"]),
    dict(id="w04", site="wire", path="/us/2021/04/22/biden-emissions-target.html", date="2021-04-22",
         title="Biden sets new U.S. emissions target for 2030",
         paras=["WASHINGTON, April 22 -- The United States will cut its greenhouse gas emissions by at least 50 percent "
                "below 2005 levels by 2030, the White House said on Thursday.",
                "The target nearly doubles the country's previous goal."],
         fingerprint="nearly doubles the country's previous goal", must_contain=["by at least 50 percent below 2005"]),
    dict(id="w05", site="wire", path="/world/2021/11/11/us-china-glasgow-declaration.html", date="2021-11-11",
         title="U.S., China issue joint declaration on climate action",
         paras=["GLASGOW, Nov. 10 -- China and the United States on Wednesday issued a joint declaration on enhancing "
                "climate action in the 2020s.",
                "The two countries said they would establish a working group that will meet regularly."],
         fingerprint="establish a working group that will meet regularly",
         must_contain=["issued a joint declaration on enhancing climate action"]),
    # --- people: a Simplified Chinese portal ---------------------------------------------------------------------
    dict(id="p01", site="people", path="/n1/2023/1116/c1002-40119245.html", date="2023-11-16",
         title="中美发表关于加强合作应对气候危机的阳光之乡声明",
         paras=["11月15日，中美两国发表《关于加强合作应对气候危机的阳光之乡声明》。",
                "双方同意启动“21世纪20年代强化气候行动工作组”，开展对话与合作。",
                "美国承诺到2030年温室气体排放比2005年下降50%-52%。"],
         fingerprint="21世纪20年代强化气候行动工作组", must_contain=["中美两国发表《关于加强合作应对气候危机的阳光之乡声明》"]),
    dict(id="p02", site="people", path="/n1/2018/0717/c1002-30151553.html", date="2018-07-17",
         title="中欧发表领导人气候变化和清洁能源联合声明",
         paras=["7月16日，第二十次中国－欧盟领导人会晤在北京举行。",
                "会晤期间，中国和欧盟发表《中欧领导人气候变化和清洁能源联合声明》。",
                "中国生态环境部与欧盟委员会还签署了《关于加强碳排放交易合作的谅解备忘录》。",
                "欧盟承诺到2030年温室气体排放比1990年至少减少40%。"],
         fingerprint="关于加强碳排放交易合作的谅解备忘录", must_contain=["中欧领导人气候变化和清洁能源联合声明"]),
    dict(id="p03", site="people", path="/n1/2015/0630/c1002-27229010.html", date="2015-06-30",
         title="中欧发表气候变化联合声明",
         paras=["6月29日，中国和欧盟在布鲁塞尔发表《中欧气候变化联合声明》。",
                "双方决心加强在碳排放交易、低碳城市和清洁能源等领域的合作。"],
         fingerprint="双方决心加强在碳排放交易", must_contain=["中国和欧盟在布鲁塞尔发表《中欧气候变化联合声明》"]),
    dict(id="p04", site="people", path="/n1/2017/0606/c1002-29320155.html", date="2017-06-06",
         title="四川省与美国加州签署合作协议",
         paras=["6月5日，四川省人民政府与美国加利福尼亚州政府在成都签署合作协议。",
                "根据协议，双方将在清洁能源、低碳发展和电动汽车等领域加强合作。"],
         fingerprint="双方将在清洁能源、低碳发展和电动汽车", must_contain=["四川省人民政府与美国加利福尼亚州政府在成都签署合作协议"]),
    # --- cna: a Traditional Chinese news agency ------------------------------------------------------------------
    dict(id="c01", site="cna", path="/news/aopl/202311150012.aspx", date="2023-11-15",
         title="美中發表陽光之鄉聲明 加強氣候合作",
         paras=["（中央社華盛頓14日綜合外電報導）美國與中國14日發表《關於加強合作應對氣候危機的陽光之鄉聲明》。",
                "這份聲明延續兩國2021年4月在上海發表的聯合聲明。"],
         fingerprint="這份聲明延續兩國", must_contain=["美國與中國14日發表"]),
    dict(id="c02", site="cna", path="/news/aopl/201706070021.aspx", date="2017-06-07",
         title="加州州長布朗訪四川 簽署合作備忘錄",
         paras=["（中央社成都6日綜合外電報導）美國加州州長布朗5日在成都與四川省長尹力簽署清潔能源合作備忘錄。",
                "布朗此行還將前往南京和北京。"],
         fingerprint="布朗此行還將前往南京和北京", must_contain=["與四川省長尹力簽署清潔能源合作備忘錄"]),
    dict(id="c03", site="cna", path="/news/aopl/202104180005.aspx", date="2021-04-18",
         title="美中發表應對氣候危機聯合聲明",
         paras=["（中央社上海18日綜合外電報導）美國總統氣候特使凱瑞與中國氣候特使解振華15日至16日在上海會談，"
                "雙方17日發表《中美應對氣候危機聯合聲明》。",
                "雙方承諾在《巴黎協定》框架下加強合作。"],
         fingerprint="在《巴黎協定》框架下加強合作", must_contain=["雙方17日發表《中美應對氣候危機聯合聲明》"]),
    dict(id="c04", site="cna", path="/news/aopl/202111110008.aspx", date="2021-11-11",
         title="美中發表格拉斯哥聯合宣言",
         paras=["（中央社格拉斯哥10日綜合外電報導）美國與中國10日在格拉斯哥發表《中美關於在21世紀20年代強化氣候行動的格拉斯哥"
                "聯合宣言》。",
                "宣言提到，雙方將建立工作組，定期舉行會議。"],
         fingerprint="雙方將建立工作組", must_contain=["強化氣候行動的格拉斯哥"]),
]
