"""Articles of the twenty-first test web (tests/twentyfirstweb.py): real events, retold in the words of the sites' kinds.

zf: a provincial government portal (Simplified; 发布日期 and 来源 under the title, 【责任编辑】【打印本页】【关闭窗口】);
nyw: an energy news portal that reposts (Simplified, GBK bytes labelled gb2312; 来源 and 作者 in one line);
hk: a Hong Kong news site in Traditional Chinese (a date line with the weekday, 熱門新聞 chrome).
Angles: a provincial commission and a German Land's ministry signing in the presence of their heads (witnesses, no
parties) at a forum; a city signing with two foreign cities in one sentence (分别与); the same forum retold a day later
("昨日") in Traditional Chinese and two days later by the reposting portal (签约仪式上…签订); talks, a consensus and
a joint initiative with no signatories (no records); a province's carbon-peaking plan (peak, a non-fossil share, a
CO2-intensity cut against 2005, a capacity target, a target with no number); a governor's meeting with a Japanese
prefecture's head, a memorandum to be signed (拟签署) and the friendship of 1980 recalled (background); a private
battery maker and a French carmaker (双方签署了), told by two sites; private firms' pledges (RE100 by 2028, carbon
neutrality 2022 and 2028) beside a certification already obtained (a result); a wind-turbine maker and an Italian
developer (上周); the meteorological administration and a UN body (近日, Traditional).
"""
from __future__ import annotations

ARTICLES = [
    # --- zf: a provincial government portal ----------------------------------------------------------------------
    dict(id="zf01", site="zf", path="/art/2023/11/9/art_60095_11065432.html", date="2023-11-09",
         title="2023国际能源变革论坛在苏州开幕 一批国际合作项目签约",
         paras=["8日，以“加快能源变革 共建清洁美丽世界”为主题的2023国际能源变革论坛在苏州开幕，来自30多个国家和地区的"
                "政府官员、国际组织代表和企业负责人约800人参会。论坛为期两天。",
                "开幕式上，在江苏省省长许昆林和德国北莱茵-威斯特法伦州州长亨德里克·维斯特见证下，江苏省发展和改革委员会与"
                "北威州经济、工业、气候保护和能源部签署《能源转型与气候保护合作谅解备忘录》。",
                "根据备忘录，双方将在海上风电、氢能、储能和工业园区低碳改造等领域开展合作。",
                "同日，南京市分别与日本名古屋市、韩国大田广域市签署低碳城市合作备忘录。",
                "论坛期间，国家能源局有关负责人与国际能源署代表举行会谈，双方就推动全球能源转型交换了意见。",
                "闭幕式上，与会各方共同发布《国际能源变革论坛苏州倡议》。"],
         fingerprint="加快能源变革 共建清洁美丽世界",
         must_contain=["江苏省发展和改革委员会与北威州经济、工业、气候保护和能源部签署"]),
    dict(id="zf02", site="zf", path="/art/2023/1/6/art_46143_10724518.html", date="2023-01-06",
         title="省政府印发江苏省碳达峰实施方案",
         paras=["近日，省政府印发《江苏省碳达峰实施方案》，明确全省碳达峰的时间表和路线图。",
                "方案提出，江苏确保2030年前实现碳达峰。",
                "到2025年，全省非化石能源消费比重达到18%，风电、光伏发电总装机容量达到9000万千瓦以上。",
                "到2030年，全省单位地区生产总值二氧化碳排放比2005年下降65%以上。",
                "“十四五”期间，确保完成国家下达的能耗强度下降目标。",
                "方案要求各设区市结合实际制定本地区碳达峰行动方案，重点行业企业研究制定达峰路径。"],
         fingerprint="明确全省碳达峰的时间表和路线图",
         must_contain=["江苏确保2030年前实现碳达峰", "单位地区生产总值二氧化碳排放比2005年下降65%以上"]),
    dict(id="zf03", site="zf", path="/art/2024/5/21/art_60095_11254107.html", date="2024-05-21",
         title="许昆林会见日本爱知县知事大村秀章",
         paras=["20日，省长许昆林在南京会见了日本爱知县知事大村秀章一行。",
                "许昆林表示，1980年江苏省与爱知县结为友好省县，40多年来双方在经贸、环保、人文等领域合作成果丰硕。",
                "大村秀章说，爱知县愿与江苏加强在氢能、新能源汽车和节能环保领域的交流。",
                "双方就深化绿色低碳合作达成广泛共识，并表示拟于明年签署新一轮友好交流合作备忘录。",
                "副省长、省外办主任等参加会见。"],
         fingerprint="爱知县愿与江苏加强在氢能、新能源汽车和节能环保领域的交流",
         must_contain=["拟于明年签署新一轮友好交流合作备忘录"]),
    # --- nyw: an energy news portal that reposts (GBK, labelled gb2312) -----------------------------------------
    dict(id="nyw01", site="nyw", path="/news/2023-11/10/content_8812034.html", date="2023-11-10",
         title="国际能源变革论坛：江苏与北威州签订能源转型合作备忘录",
         paras=["（记者 王堃）8日至9日，2023国际能源变革论坛在江苏苏州举行。",
                "江苏已明确2030年前实现碳达峰，正加快建设新型能源体系。",
                "签约仪式上，江苏省发展改革委与德国北莱茵-威斯特法伦州经济、工业、气候保护和能源部签订能源转型与气候保护"
                "合作谅解备忘录，双方将共同推进海上风电和氢能项目。",
                "北威州是德国的工业和能源重镇，目前正推进煤电退出。",
                "业内人士认为，省州层面的合作将为中德能源转型合作提供新的抓手。"],
         fingerprint="省州层面的合作将为中德能源转型合作提供新的抓手",
         must_contain=["（记者 王堃）8日至9日", "目前正推进煤电退出"]),
    dict(id="nyw02", site="nyw", path="/news/2021-06/29/content_7723590.html", date="2021-06-29",
         title="远景动力与雷诺集团签署战略合作协议 将在法国建设超级电池工厂",
         paras=["28日，远景科技集团旗下远景动力与法国雷诺集团在法国签署战略合作协议。",
                "根据协议，远景动力将在法国北部杜埃建设一座超级电池工厂，为雷诺集团的电动汽车供应动力电池。",
                "工厂计划于2024年投产，初期产能9GWh，2030年达到24GWh。",
                "双方签署了战略合作协议后，雷诺集团首席执行官卢卡·德梅奥表示，这将帮助雷诺在欧洲打造电动汽车产业中心。",
                "来源：新华网"],
         fingerprint="为雷诺集团的电动汽车供应动力电池",
         must_contain=["远景动力将在法国北部杜埃建设一座超级电池工厂"]),
    dict(id="nyw03", site="nyw", path="/news/2021-04/22/content_7655128.html", date="2021-04-22",
         title="民营新能源企业亮出碳中和时间表",
         paras=["在“双碳”目标引领下，多家民营新能源企业近期公布了自身的碳中和时间表。",
                "远景科技集团承诺，将于2022年底实现运营碳中和，2028年实现全价值链碳中和。",
                "隆基绿能已加入全球可再生能源倡议RE100，承诺到2028年实现100%使用可再生能源电力。",
                "金风科技的北京亦庄智慧园区已于2020年获得碳中和认证。",
                "分析人士认为，龙头企业带头减排，将带动上下游产业链加快绿色转型。"],
         fingerprint="多家民营新能源企业近期公布了自身的碳中和时间表",
         must_contain=["隆基绿能已加入全球可再生能源倡议RE100"]),
    dict(id="nyw04", site="nyw", path="/news/2023-03/15/content_8190377.html", date="2023-03-15",
         title="明阳智能与意大利Renexia公司签署漂浮式海上风电合作协议",
         paras=["上周，明阳智能与意大利Renexia公司在罗马签署合作协议，双方将合作开发位于西西里岛附近海域的漂浮式海上风电"
                "项目，规划装机容量约280万千瓦。",
                "根据协议，明阳智能将为项目提供风电机组，并研究在意大利南部塔兰托建设风机生产基地。",
                "2022年，由明阳智能供货的意大利首个海上风电场在塔兰托港外并网发电。",
                "来源：中国能源报"],
         fingerprint="双方将合作开发位于西西里岛附近海域的漂浮式海上风电项目",
         must_contain=["明阳智能将为项目提供风电机组"]),
    # --- hk: a Hong Kong news site in Traditional Chinese -------------------------------------------------------
    dict(id="hk01", site="hk", path="/news/20210630/00178_021.html", date="2021-06-30",
         title="遠景動力夥雷諾 法國建電池超級工廠",
         paras=["內地新能源企業遠景科技集團旗下的遠景動力，與法國雷諾集團28日簽署戰略合作協議，將在法國杜埃興建電池超級工廠。",
                "遠景科技集團早前承諾，2028年實現全價值鏈碳中和。",
                "分析指，歐洲電動車市場急速增長，中國電池企業正加快在當地設廠。"],
         fingerprint="中國電池企業正加快在當地設廠",
         must_contain=["與法國雷諾集團28日簽署戰略合作協議"]),
    dict(id="hk02", site="hk", path="/news/20231109/00176_045.html", date="2023-11-09",
         title="國際能源變革論壇蘇州揭幕 南京與名古屋大田簽低碳備忘錄",
         paras=["2023國際能源變革論壇昨日在江蘇蘇州揭幕，約800名中外嘉賓出席。",
                "在兩地首長見證下，江蘇省發展和改革委員會與德國北萊茵-威斯特法倫州經濟、工業、氣候保護和能源部簽署能源轉型"
                "合作諒解備忘錄。",
                "南京市亦分別與日本名古屋市及韓國大田廣域市簽署低碳城市合作備忘錄，三市將在綠色建築和低碳交通方面交流經驗。",
                "香港有企業代表出席論壇，介紹本港的綠色金融發展。"],
         fingerprint="三市將在綠色建築和低碳交通方面交流經驗",
         must_contain=["香港有企業代表出席論壇"]),
    dict(id="hk03", site="hk", path="/news/20230608/00180_012.html", date="2023-06-08",
         title="中國氣象局與世界氣象組織簽意向書 助力全民早期預警",
         paras=["中國氣象局近日與世界氣象組織在日內瓦簽署《關於全民早期預警倡議合作的意向書》。",
                "根據意向書，中國氣象局將為發展中國家提供氣象衛星資料和預警技術培訓。",
                "世界氣象組織第十九次大會上月在日內瓦舉行，會議通過了推進全民早期預警倡議的決議。",
                "聯合國秘書長古特雷斯此前提出，要在2027年前讓全球每個人都受到早期預警系統的保護。"],
         fingerprint="中國氣象局將為發展中國家提供氣象衛星資料和預警技術培訓",
         must_contain=["世界氣象組織第十九次大會上月在日內瓦舉行"]),
]
