"""Articles of the fifty-third test web (tests/fiftythirdweb.py), written for issue 17 (an honest held-out estimate of
Chinese pages at PREFECTURE and COUNTY level): a 地级市 government portal and a county 融媒体中心 news site.

smgov: a 地级市 government portal (a 索引号/发布机构/发布日期 metadata table above the body, the only place the date is
given; 【打印】【关闭】, 扫一扫在手机打开当前页); jlrm: a county 融媒体中心 site (分享到 bar, 来源, 责任编辑 lines).
Angles: a sister-city relation concluded together with a low-carbon cooperation agreement (签约仪式上，A与B代表分别在
协议上签字: only the low-carbon agreement is a record), a 管委会's 战略合作框架协议 with a company (举行…签约仪式), a county
government and a local state enterprise 正式签约, a county's memorandum with a foreign town; a prefecture's plan
targets (非化石能源消费比重, 单位地区生产总值二氧化碳排放较2020年下降, 力争…年前碳达峰) and a county's 光伏装机 target;
and what is none of these: 十三五 achievements (下降了…%), national targets cited (国家提出), 预计, 拟签约, 意向.
"""
from __future__ import annotations

ARTICLES = [
    # --- smgov: a 地级市 government portal ------------------------------------------------------------------------
    dict(id="sm01", site="smgov", path="/zwgk/zwyw/202411/t20241111_2043318.htm", date="2024-11-11",
         title="三明市与芬兰坦佩雷市缔结友好城市关系",
         paras=["11月8日，三明市与芬兰坦佩雷市缔结友好城市关系暨低碳城市合作协议签约仪式在三明举行。",
                "签约仪式上，三明市与坦佩雷市代表分别在《三明市与坦佩雷市缔结友好城市关系协议书》和《三明市与坦佩雷市"
                "低碳城市合作协议》上签字。根据合作协议，两市将在区域供热、生物质能利用和绿色建筑等领域开展交流合作。",
                "坦佩雷市是芬兰第三大城市，已提出2030年实现碳中和的目标。",
                "“十三五”期间，三明市单位地区生产总值二氧化碳排放下降了21.6%，森林覆盖率保持在78%以上。"],
         fingerprint="区域供热、生物质能利用和绿色建筑等领域开展交流合作",
         must_contain=["低碳城市合作协议》上签字", "森林覆盖率保持在78%以上"]),
    dict(id="sm02", site="smgov", path="/zwgk/ghxx/202403/t20240315_2011957.htm", date="2024-03-15",
         title="三明市人民政府关于印发三明市碳达峰实施方案的通知",
         paras=["各县（市、区）人民政府，市直各单位：现将《三明市碳达峰实施方案》印发给你们，请认真贯彻执行。",
                "国家提出，二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。",
                "主要目标：到2025年，全市非化石能源消费比重达到32%，单位地区生产总值二氧化碳排放较2020年下降19.5%，"
                "力争2028年前实现碳达峰。",
                "预计到2025年，全市新能源汽车保有量将达到6万辆。"],
         fingerprint="现将《三明市碳达峰实施方案》印发给你们",
         must_contain=["全市非化石能源消费比重达到32%", "全市新能源汽车保有量将达到6万辆"]),
    dict(id="sm03", site="smgov", path="/zwgk/zwyw/202409/t20240926_2037504.htm", date="2024-09-26",
         title="三明高新区与远景科技集团举行零碳产业园战略合作框架协议签约仪式",
         paras=["9月25日，三明高新技术产业开发区管委会与远景科技集团举行零碳产业园战略合作框架协议签约仪式。",
                "根据协议，双方将合作建设零碳产业园，推进园区分布式光伏、储能和绿电直供项目。",
                "当天，另有4个新能源项目拟签约落地三明高新区，三明市还与两家储能企业达成合作意向。"],
         fingerprint="合作建设零碳产业园，推进园区分布式光伏",
         must_contain=["零碳产业园战略合作框架协议签约仪式", "达成合作意向"]),
    # --- jlrm: a county 融媒体中心 news site ----------------------------------------------------------------------
    dict(id="jl01", site="jlrm", path="/xw/bdxw/202401/t20240118_5182.html", date="2024-01-18",
         title="将乐县与国网三明供电公司正式签约 共建新型电力系统示范县",
         paras=["1月17日，将乐县人民政府与国网三明供电公司正式签约，双方将共建新型电力系统示范县。",
                "根据协议，国网三明供电公司将加快将乐县农村电网改造，支持全县分布式光伏和抽水蓄能项目接入。",
                "2023年，全县新能源发电量同比增长18%。"],
         fingerprint="双方将共建新型电力系统示范县",
         must_contain=["将乐县人民政府与国网三明供电公司正式签约", "全县新能源发电量同比增长18%"]),
    dict(id="jl02", site="jlrm", path="/xw/bdxw/202406/t20240605_5731.html", date="2024-06-05",
         title="将乐县发布绿色低碳发展行动方案",
         paras=["6月4日，将乐县召开新闻发布会，发布《将乐县绿色低碳发展行动方案》。",
                "方案提出，到2025年，全县光伏装机容量达到35万千瓦；力争2027年前实现碳达峰。",
                "“十三五”期间，全县单位地区生产总值能耗下降了16.2%。",
                "预计今年底，全县将建成充电桩800个。"],
         fingerprint="发布《将乐县绿色低碳发展行动方案》",
         must_contain=["全县光伏装机容量达到35万千瓦", "全县将建成充电桩800个"]),
    dict(id="jl03", site="jlrm", path="/xw/bdxw/202410/t20241016_6204.html", date="2024-10-16",
         title="将乐县与奥地利魏茨镇签署生态能源合作备忘录",
         paras=["10月15日，将乐县与奥地利魏茨镇举行生态能源合作签约仪式，双方签署《共建零碳示范镇合作备忘录》。",
                "魏茨镇位于奥地利施蒂利亚州，是欧洲知名的能源示范镇。",
                "会上，将乐县还与奥地利两家企业签订了生物质发电项目投资意向书，另有一个项目拟签约。"],
         fingerprint="魏茨镇位于奥地利施蒂利亚州",
         must_contain=["《共建零碳示范镇合作备忘录》", "另有一个项目拟签约"]),
]
