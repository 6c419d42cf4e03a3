"""Articles of the forty-eighth test web (tests/fortyeighthweb.py), written for issue 17 (an honest held-out estimate of
Chinese government-company signings on energy portals): a city or county 人民政府 signing a 战略合作框架协议 with a
central SOE or a private energy firm, a 集中签约 of several projects listed with amounts, signings witnessed by the
书记 and 市长, a company and a university (校企合作) on CCUS, a group's own 碳达峰/碳中和 pledge, and negatives.

bjxw: an energy-industry portal (来源, 作者 under the title; 关键词 tags, 责任编辑 and 相关推荐 under the text);
zgnyw: an energy news site (时间 and 来源 under the title, 热门文章 box, 编辑).
Negatives: a 招商推介会 with 意向 only, a project 开工 and one 并网 (results), a 洽谈, a signing about real estate and
tourism, amounts of investment (no commitment), achieved reductions (累计).
"""
from __future__ import annotations

ARTICLES = [
    # --- bjxw: an energy-industry portal ---------------------------------------------------------------------------
    dict(id="bx01", site="bjxw", path="/news/20240618/1398211.shtml", date="2024-06-19",
         title="朔州市人民政府与中国中煤能源集团签署战略合作框架协议",
         paras=["6月18日，朔州市人民政府与中国中煤能源集团有限公司在朔州签署战略合作框架协议。朔州市委书记、市长共同见证签约。",
                "根据协议，双方将在风电、光伏发电、新型储能和氢能等领域开展全方位合作，共同推进朔州晋北新能源基地建设，"
                "助力朔州市能源结构转型。",
                "签约前，双方举行了座谈。中煤集团表示，将发挥自身在煤电联营和新能源开发方面的优势，加大在朔投资力度。",
                "据悉，朔州市风光资源丰富，截至2023年底全市新能源装机已达820万千瓦。"],
         fingerprint="共同推进朔州晋北新能源基地建设",
         must_contain=["朔州市人民政府与中国中煤能源集团有限公司在朔州签署战略合作框架协议", "新能源装机已达820万千瓦"]),
    dict(id="bx02", site="bjxw", path="/news/20240629/1400547.shtml", date="2024-06-29",
         title="张掖市新能源产业项目集中签约 12个项目总投资386亿元",
         paras=["6月28日，张掖市2024年新能源产业招商引资项目集中签约仪式在张掖举行，现场集中签约项目12个，总投资386亿元。",
                "本次签约的重点项目包括：张掖市人民政府与中国节能环保集团有限公司签署零碳产业园建设合作协议；山丹县人民政府与"
                "上海电气集团股份有限公司签署风光储一体化项目投资协议，项目总投资95亿元；高台县人民政府与某文旅集团签署"
                "湿地旅游度假区开发协议，投资额18亿元。",
                "张掖市委书记、市长出席签约仪式并见证签约。",
                "近年来，张掖市新能源装机规模持续扩大，今年以来已有5个光伏项目开工建设。"],
         fingerprint="现场集中签约项目12个",
         must_contain=["零碳产业园建设合作协议", "今年以来已有5个光伏项目开工建设"]),
    dict(id="bx03", site="bjxw", path="/news/20240705/1401390.shtml", date="2024-07-05",
         title="潞安化工集团发布碳达峰碳中和行动方案",
         paras=["7月4日，潞安化工集团有限公司发布《碳达峰碳中和行动方案》。",
                "方案提出，集团力争2028年实现碳达峰，2055年前实现碳中和。到2030年，集团新能源装机规模达到500万千瓦。",
                "潞安化工集团表示，截至2023年底，集团已累计减少二氧化碳排放120万吨，煤矿瓦斯利用率提高到65%。",
                "下一步，集团将加快推进煤化工高端化、多元化、低碳化发展。"],
         fingerprint="集团力争2028年实现碳达峰",
         must_contain=["《碳达峰碳中和行动方案》", "煤矿瓦斯利用率提高到65%"]),
    # --- zgnyw: an energy news site -------------------------------------------------------------------------------
    dict(id="zn01", site="zgnyw", path="/2024/07/10/content_91822.htm", date="2024-07-10",
         title="陕煤集团与西安科技大学签署CCUS校企合作协议",
         paras=["7月9日，陕西煤业化工集团有限责任公司与西安科技大学在西安签署二氧化碳捕集利用与封存（CCUS）校企合作协议。",
                "根据协议，双方将共建CCUS联合实验室，围绕煤化工二氧化碳捕集、驱油封存和矿化利用开展技术攻关和人才培养。",
                "西安科技大学校长在致辞中表示，学校将与企业深化产学研合作。"],
         fingerprint="共建CCUS联合实验室",
         must_contain=["校企合作协议", "学校将与企业深化产学研合作"]),
    dict(id="zn02", site="zgnyw", path="/2024/08/02/content_92310.htm", date="2024-08-02",
         title="忻州市与协鑫集团签署氢能产业战略合作协议",
         paras=["8月1日，忻州市人民政府与协鑫集团在忻州签署氢能产业战略合作协议，忻州市委书记、市长见证签约。",
                "根据协议，双方将在绿氢制备、氢能重卡和加氢站网络等方面开展合作，共同打造晋北氢能产业集群。",
                "当天下午，忻州市市长与宁夏某能源企业负责人进行了洽谈，双方就光伏制氢项目交换了意见。"],
         fingerprint="共同打造晋北氢能产业集群",
         must_contain=["氢能产业战略合作协议", "双方就光伏制氢项目交换了意见"]),
    dict(id="zn03", site="zgnyw", path="/2024/08/20/content_92744.htm", date="2024-08-20",
         title="通辽市在京举办新能源产业招商推介会",
         paras=["8月19日，通辽市新能源产业招商推介会在北京举行。推介会上，通辽市与15家企业达成合作意向，意向投资额260亿元。",
                "同日，白城市100万千瓦风电项目实现全容量并网发电，阜新市200万千瓦光伏项目正式开工。",
                "此外，吴忠市人民政府与某置业集团签署城市更新和商业综合体开发合作协议。"],
         fingerprint="通辽市与15家企业达成合作意向",
         must_contain=["意向投资额260亿元", "商业综合体开发合作协议"]),
]
