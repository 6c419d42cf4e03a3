"""Articles of the twenty-fourth test web (tests/twentyfourthweb.py): pages that report many signings at once.

nn: a city government portal (Simplified; 发布时间 and 来源 under the title, 【打印】【关闭】);
mo: a Macao news site in Traditional Chinese (本報訊, a date line, 熱門 chrome).
Angles (issue 17, lists of signings): a forum whose signings are numbered items (一、…；二、…) after a count ("共签约12个
项目，总金额…": only the named ones are records), one item signed by one firm with two counterparts (分别与A、B签署);
a promotion conference's list of "甲方与乙方签署《…》" lines with trade and finance signings among them (no records) and
a long sentence "分别与A、B和C签署" (three memoranda); a preview with projects to be signed (拟签约), a project list with
no signing and an intent (达成意向): no records; the forum retold the next day in Traditional Chinese with other names
(昨日; 越南國家電力集團（EVN）, 印尼國家電力公司（PLN）); a city and a Thai province signing two instruments at once
(分別簽署《…》和《…》: one agreement per instrument); Macao trade and finance signings and a signing planned for next
year (no records).
"""
from __future__ import annotations

ARTICLES = [
    # --- nn: a city government portal ---------------------------------------------------------------------------
    dict(id="nn01", site="nn", path="/xwzx/jrnn/t5623871.html", date="2023-09-18",
         title="2023中国—东盟新能源合作论坛在南宁举行 12个项目集中签约",
         paras=["17日，第20届中国—东盟博览会系列活动之一——2023中国—东盟新能源合作论坛在南宁举行，来自东盟10国和国内的"
                "政府部门、企业代表约500人参加。",
                "论坛现场共签约12个项目，总金额约380亿元，涵盖海上风电、光伏、储能等领域。部分签约项目如下：",
                "一、东方电气集团与越南电力集团签署《海上风电项目合作框架协议》；",
                "二、正泰新能源与马来西亚国家能源公司签署《光伏电站投资合作协议》；",
                "三、上海电气分别与印度尼西亚国家电力公司、柬埔寨电力公司签署储能项目合作谅解备忘录。",
                "其余签约项目涉及电网互联、绿色金融等领域。",
                "论坛期间，与会嘉宾还就东盟电网互联互通进行了深入交流。"],
         fingerprint="与会嘉宾还就东盟电网互联互通进行了深入交流",
         must_contain=["一、东方电气集团与越南电力集团签署《海上风电项目合作框架协议》"]),
    dict(id="nn02", site="nn", path="/xwzx/jrnn/t5624410.html", date="2023-09-19",
         title="中国（南宁）—东盟绿色能源产业投资推介会签约21个项目",
         paras=["18日，中国（南宁）—东盟绿色能源产业投资推介会在南宁国际会展中心举行，现场签约项目21个，总投资约156亿元。",
                "主要签约项目名单：",
                "晶科能源与菲律宾阿博伊蒂斯电力公司签署《光伏组件供应战略合作协议》",
                "南宁市发展和改革委员会与新加坡胜科工业签署《零碳产业园合作谅解备忘录》",
                "南宁综合保税区管理委员会与越南谅山省工贸厅签署《跨境电商贸易合作协议》",
                "中国银行南宁分行与马来亚银行签署《跨境人民币结算合作协议》",
                "此外，南宁市人民政府分别与越南海防市、马来西亚槟城州和印度尼西亚泗水市签署绿色低碳城市合作备忘录。",
                "推介会上，南宁市还发布了新能源产业招商项目清单。"],
         fingerprint="南宁市还发布了新能源产业招商项目清单",
         must_contain=["南宁市发展和改革委员会与新加坡胜科工业签署《零碳产业园合作谅解备忘录》"]),
    dict(id="nn03", site="nn", path="/xwzx/jrnn/t5619902.html", date="2023-09-12",
         title="第20届东博会将于16日开幕 一批能源合作项目拟签约",
         paras=["记者从第20届中国—东盟博览会新闻发布会获悉，本届东博会将于9月16日至19日在南宁举办。",
                "据介绍，博览会期间拟签约项目涉及新能源、电力装备等领域，其中包括一批海上风电和储能项目。",
                "重点推介项目清单：一、钦州海上风电示范项目；二、百色抽水蓄能电站项目；三、南宁零碳产业园基础设施项目。",
                "此前，南宁市与柬埔寨金边市就在新能源领域开展合作达成初步意向，双方将继续磋商。"],
         fingerprint="本届东博会将于9月16日至19日在南宁举办",
         must_contain=["拟签约项目涉及新能源、电力装备等领域"]),
    # --- mo: a Macao news site in Traditional Chinese -----------------------------------------------------------
    dict(id="mo01", site="mo", path="/news/2023-09/18/content_1710234.htm", date="2023-09-18",
         title="東盟新能源論壇簽約380億 東方電氣攜手越南國家電力集團",
         paras=["（本報訊）第20屆中國—東盟博覽會昨日在南寧舉辦中國—東盟新能源合作論壇，現場簽約12個項目。",
                "其中，中國東方電氣集團有限公司與越南國家電力集團（EVN）簽訂海上風電合作框架協議。",
                "上海電氣集團亦與印尼國家電力公司（PLN）簽署儲能合作備忘錄。",
                "分析指，東盟國家電力需求增長迅速，中資企業在區內的新能源投資持續擴大。"],
         fingerprint="中資企業在區內的新能源投資持續擴大",
         must_contain=["（本報訊）第20屆中國—東盟博覽會昨日在南寧舉辦"]),
    dict(id="mo02", site="mo", path="/news/2023-09/20/content_1710598.htm", date="2023-09-20",
         title="南寧與泰國春武里府深化綠色合作 分別簽署兩份文件",
         paras=["（本報訊）東盟博覽會閉幕當日，南寧市人民政府與泰國春武里府在南寧分別簽署《新能源汽車產業合作協議》和"
                "《綠色低碳發展合作備忘錄》。",
                "春武里府位於泰國東部經濟走廊，是當地汽車及石化產業重鎮。",
                "雙方表示，將在電動汽車製造、充電設施及工業園區減碳方面加強合作。"],
         fingerprint="是當地汽車及石化產業重鎮",
         must_contain=["分別簽署《新能源汽車產業合作協議》和"]),
    dict(id="mo03", site="mo", path="/news/2023-09/21/content_1710711.htm", date="2023-09-21",
         title="澳門機構東盟博覽會收穫多份協議",
         paras=["（本報訊）澳門貿易投資促進局日前與泰國商會簽署經貿合作協議，雙方將互設推廣窗口，協助中小企業拓展市場。",
                "大西洋銀行與印尼曼迪利銀行簽署跨境支付合作備忘錄。",
                "澳門電力股份有限公司與一家越南能源企業就光伏合作達成意向，雙方擬於明年簽署正式合作協議。",
                "業界人士認為，澳門可發揮中葡平台作用，協助內地企業開拓東盟市場。"],
         fingerprint="澳門可發揮中葡平台作用",
         must_contain=["雙方擬於明年簽署正式合作協議"]),
]
