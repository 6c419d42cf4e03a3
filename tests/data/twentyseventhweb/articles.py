"""Articles of the twenty-seventh test web (tests/twentyseventhweb.py): international bodies and foreign agencies
signing with Chinese provinces, departments, universities and a city's state-owned firm.

jl: a provincial government portal (吉林省人民政府: 索引号/发布机构/来源 table, 【字体：大 中 小】, 打印本页);
wx: WeChat-style articles of a 公众号 (原创, 点击上方蓝字关注, 阅读原文; the date in `var ct = "<unix time>"` with an
empty <em id="publish_time">, or in the <em> itself).
Angles (issue 17, agreements): 在…见证下 (a witness is no party), 双方代表分别签字, 与…签署了…合作备忘录, a three-party
agreement, a full name then a short name (以下简称…), an English name in brackets after the Chinese one, 续签, 框架协议,
意向书; negatives: 洽谈, 拟签署, a meeting (会见/会谈) only, a tourism/culture signing, a past signing recalled (回顾,
首次签署 years ago).
"""
from __future__ import annotations

ARTICLES = [
    # --- jl: a provincial government portal ---------------------------------------------------------------------
    dict(id="jl01", site="jl", path="/zw/jlyw/202306/t20230608_8712345.html", date="2023-06-08",
         title="吉林省生态环境厅与联合国开发计划署签署应对气候变化合作备忘录",
         paras=["6月7日，吉林省生态环境厅与联合国开发计划署（United Nations Development Programme）在长春签署了"
                "《应对气候变化与低碳发展合作备忘录》。",
                "根据备忘录，双方将在温室气体排放清单编制、低碳城市试点、适应气候变化能力建设等领域开展合作，"
                "联合国开发计划署将为吉林省提供技术援助和国际经验分享。",
                "在副省长刘晓东和瑞典驻华大使馆公使衔参赞的见证下，省生态环境厅厅长王建平与联合国开发计划署驻华副代表"
                "分别代表双方签字。",
                "王建平表示，吉林省将以此次合作为契机，加快推进绿色低碳转型。"],
         fingerprint="加快推进绿色低碳转型",
         must_contain=["在长春签署了《应对气候变化与低碳发展合作备忘录》"]),
    dict(id="jl02", site="jl", path="/zw/jlyw/202308/t20230826_8801122.html", date="2023-08-26",
         title="东北亚博览会能源合作签约活动举行 我省与瑞典续签清洁能源合作备忘录",
         paras=["第十四届中国—东北亚博览会8月24日至28日在长春举办。25日，博览会能源合作签约活动在长春东北亚国际博览中心举行。",
                "签约活动上，吉林省能源局与瑞典能源署（Swedish Energy Agency）续签了《清洁能源合作谅解备忘录》，"
                "双方将在生物质能供热、风电和储能等领域深化合作。",
                "回顾合作历程，双方于2017年首次签署清洁能源合作备忘录，此后共同实施了多个生物质供热示范项目。",
                "长春市城市发展投资控股（集团）有限公司（以下简称“长发集团”）与丹麦维斯塔斯风力技术公司签署了"
                "风电装备本地化合作意向书，长发集团将与维斯塔斯共同推动风电整机和叶片项目在长春落地。",
                "此外，省能源局与多家央企拟签署新能源基地开发协议，相关工作正在推进中。"],
         fingerprint="相关工作正在推进中",
         must_contain=["吉林省能源局与瑞典能源署（Swedish Energy Agency）续签了《清洁能源合作谅解备忘录》"]),
    dict(id="jl03", site="jl", path="/zw/jlyw/202310/t20231021_8899034.html", date="2023-10-21",
         title="吉林大学与瑞典查尔姆斯理工大学签署碳中和联合研究框架协议",
         paras=["当地时间10月19日，吉林大学代表团访问瑞典期间，在哥德堡与查尔姆斯理工大学"
                "（Chalmers University of Technology）签署碳中和联合研究框架协议。",
                "根据协议，两校将共建碳中和联合实验室，在氢能、碳捕集利用与封存等方向联合培养研究生。",
                "同日，吉林省文化和旅游厅与瑞典西约塔兰省旅游局签署文化旅游交流合作意向书，双方将互推旅游线路。",
                "访问期间，代表团还会见了挪威驻瑞典使馆官员，双方就海上风电和碳捕集技术合作进行了会谈，"
                "并表示拟于明年签署绿色能源合作备忘录。"],
         fingerprint="并表示拟于明年签署绿色能源合作备忘录",
         must_contain=["在哥德堡与查尔姆斯理工大学"]),
    # --- wx: a 公众号's articles ---------------------------------------------------------------------------------
    dict(id="wx01", site="wx", path="/s/Jk3mZpQ8rT2vXw1aB6cD9e", date="2023-06-09", ct="1686312900",
         title="原创｜联合国开发计划署与吉林省签署合作备忘录，聚焦低碳城市和气候适应",
         paras=["6月7日，联合国开发计划署驻华代表处与吉林省生态环境厅在长春签署合作备忘录，双方将围绕低碳城市、"
                "温室气体清单和气候适应开展为期三年的合作。",
                "这是联合国开发计划署近年来与东北地区省级生态环境部门签署的首份气候合作文件。",
                "据了解，双方此前已就合作内容进行了多轮洽谈。",
                "开发计划署方面表示，将把国际经验带到吉林的城市试点中。"],
         fingerprint="将把国际经验带到吉林的城市试点中",
         must_contain=["联合国开发计划署驻华代表处与吉林省生态环境厅在长春签署合作备忘录"]),
    dict(id="wx02", site="wx", path="/s/Qe7tYh2LmN4pRs8uVw3xZa", date="2023-07-12", ct="1689156600",
         title="宁夏、GIZ与国网宁夏电力签署三方合作协议，推动新能源消纳",
         paras=["7月11日，宁夏回族自治区发展和改革委员会、德国国际合作机构（GIZ）与国网宁夏电力有限公司在银川签署"
                "《宁夏新能源消纳与电力系统灵活性三方合作协议》。",
                "三方将围绕新能源并网、需求侧响应和储能调度开展联合研究，GIZ将引入德国能源转型经验。",
                "自治区发展改革委副主任、GIZ中国代表处首席代表和国网宁夏电力有限公司副总经理分别代表三方签字。",
                "宁夏是国家新能源综合示范区，新能源装机占比已超过一半。"],
         fingerprint="新能源装机占比已超过一半",
         must_contain=["德国国际合作机构（GIZ）与国网宁夏电力有限公司在银川签署"]),
    dict(id="wx03", site="wx", path="/s/Ab5cDe6FgH7iJk8LmN9oPq", date="2023-07-20", em="2023-07-20 21:05",
         title="亚行与贵州签署绿色低碳发展合作框架协议",
         paras=["2023生态文明贵阳国际论坛7月18日至19日在贵阳举行。",
                "7月18日，在论坛开幕式后，贵州省人民政府与亚洲开发银行（Asian Development Bank，以下简称“亚行”）"
                "签署了《绿色低碳发展合作框架协议》，双方代表分别签字。",
                "根据框架协议，亚行将支持贵州在可再生能源、绿色交通和生态保护等领域的项目准备与能力建设。",
                "回顾：2015年，亚行曾与贵州省签署城市环境改善项目贷款协议，支持贵阳等城市的污水处理设施建设。"],
         fingerprint="支持贵阳等城市的污水处理设施建设",
         must_contain=["贵州省人民政府与亚洲开发银行（Asian Development Bank，以下简称“亚行”）"]),
    dict(id="wx04", site="wx", path="/s/Xy9zAb1CdE2fGh3IjK4lMn", date="2023-11-15", ct="1700047800",
         title="浙大与代尔夫特理工签署碳中和合作备忘录",
         paras=["11月14日，浙江大学（以下简称“浙大”）与荷兰代尔夫特理工大学（Delft University of Technology，"
                "以下简称“代尔夫特理工”）在杭州签署碳中和联合研究合作备忘录。",
                "浙大副校长与代尔夫特理工副校长分别代表双方签字。",
                "根据备忘录，两校将在海上风电、氢能和城市能源系统领域共建联合研究中心，并开展博士生联合培养。",
                "双方还将就设立碳中和联合基金进行洽谈。"],
         fingerprint="双方还将就设立碳中和联合基金进行洽谈",
         must_contain=["浙江大学（以下简称“浙大”）与荷兰代尔夫特理工大学"]),
]
