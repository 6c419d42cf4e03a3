"""Articles of the sixty-second test web (tests/sixtysecondweb.py), written for issue 17 (a held-out estimate of
NATIONAL JOINT STATEMENTS and SUMMIT OUTCOMES, English and Chinese): invented bilateral and plurilateral outcomes
("the two countries released a joint statement", "issued the Wellington Declaration", "中墨双方发表《…联合声明》",
"共同发布"), national pledges inside them ("Canada intends to achieve an economy-wide target of reducing its emissions
by 40%-45% below its 2005 level in 2030", "力争2030年前达峰", "2060年前实现碳中和"), a ministerial and a dialogue with
their days, beside a statement recalled from years before, joint statements on trade and readouts of calls with
nothing issued.

northgate: a foreign-ministry media centre (English). dongfang: a Chinese state-media site.
"""
from __future__ import annotations

ARTICLES = [
    # --- northgate: a foreign ministry's media centre --------------------------------------------------------------
    dict(id="ng01", site="northgate", path="/media-centre/statements/2024/05/canada-mexico-climate.html",
         date="2024-05-21", title="Canada and Mexico release joint statement on climate and clean energy",
         paras=["OTTAWA, May 21, 2024 - The foreign ministers of Canada and Mexico held talks in Ottawa from May 20 "
                "to 21, and the two countries released a joint statement on climate and clean energy cooperation at "
                "the close of the talks.",
                "Under the statement, Canada and Mexico agreed to launch a working group on methane from oil and gas "
                "operations, which will meet twice a year.",
                "In the statement, Canada intends to achieve an economy-wide target of reducing its emissions by "
                "40%-45% below its 2005 level in 2030.",
                "Mexico intends to reach net-zero greenhouse gas emissions by 2050.",
                "The statement builds on the Joint Declaration on Climate Change that the two countries issued in "
                "Mexico City in 2016.",
                "\"Our two countries share a continent and a climate,\" the Canadian minister told reporters after "
                "the talks."],
         fingerprint="which will meet twice a year",
         must_contain=["the two countries released a joint statement on climate and clean energy cooperation",
                       "Mexico intends to reach net-zero greenhouse gas emissions by 2050"]),
    dict(id="ng02", site="northgate", path="/media-centre/statements/2024/03/wellington-declaration.html",
         date="2024-03-07", title="Ministers issue Wellington Declaration on Clean Power Grids",
         paras=["WELLINGTON, March 7, 2024 - Ministers from Canada, Chile and New Zealand issued the Wellington "
                "Declaration on Clean Power Grids at the close of the first Tasman Clean Power Ministerial, held in "
                "Wellington, New Zealand, from March 5 to 7.",
                "In the declaration, New Zealand intends to generate 100% of its electricity from renewable sources "
                "by 2030, and Chile intends to achieve carbon neutrality by 2050.",
                "The three countries will share grid planning data and hold joint training for grid operators.",
                "The ministers announced that Chile will host the second ministerial in Santiago next year.",
                "\"Clean grids are the backbone of every climate plan,\" said New Zealand's energy minister."],
         fingerprint="hold joint training for grid operators",
         must_contain=["issued the Wellington Declaration on Clean Power Grids",
                       "Chile will host the second ministerial"]),
    dict(id="ng03", site="northgate", path="/media-centre/readouts/2024/08/minister-call-mexico.html",
         date="2024-08-14", title="Readout: Minister's call with Mexico's Secretary of Foreign Affairs",
         paras=["Canada's Minister of Foreign Affairs spoke by phone on August 13 with Mexico's Secretary of Foreign "
                "Affairs.",
                "The two ministers discussed the methane working group and agreed to stay in close contact.",
                "Separately, Canada and Mexico released a joint statement on trade on August 12, pledging to resolve "
                "disputes over steel and aluminium tariffs.",
                "The ministers also exchanged views on regional security and migration."],
         fingerprint="exchanged views on regional security and migration",
         must_contain=["spoke by phone on August 13 with Mexico's Secretary of Foreign Affairs",
                       "released a joint statement on trade on August 12"]),
    # --- dongfang: a Chinese state-media site ----------------------------------------------------------------------
    dict(id="df01", site="dongfang", path="/world/2024-11/19/c_1130221.htm", date="2024-11-19",
         title="中墨发表关于应对气候变化合作的联合声明",
         paras=["东方新闻社北京11月19日电 中墨双方19日在北京发表《中华人民共和国和墨西哥合众国关于应对气候变化合作的"
                "联合声明》。",
                "联合声明指出，中方力争2030年前二氧化碳排放达到峰值、2060年前实现碳中和。",
                "墨方表示，将力争2050年前实现温室气体净零排放。",
                "双方同意建立气候变化联合工作组，每年至少举行一次会议。",
                "双方积极评价两国在新能源汽车、光伏等领域的合作成果。"],
         fingerprint="每年至少举行一次会议",
         must_contain=["中墨双方19日在北京发表", "墨方表示，将力争2050年前实现温室气体净零排放"]),
    dict(id="df02", site="dongfang", path="/world/2024-06/11/c_1130198.htm", date="2024-06-11",
         title="中哈气候变化部长级对话会在乌鲁木齐举行",
         paras=["东方新闻社乌鲁木齐6月11日电 首届中哈气候变化部长级对话会6月10日至11日在乌鲁木齐举行。",
                "对话会11日闭幕时，中国和哈萨克斯坦共同发布《中哈绿色低碳发展合作联合声明》。",
                "中方重申，力争2030年前达峰、2060年前实现碳中和。",
                "哈萨克斯坦力争2060年前实现碳中和。",
                "与会代表还就风电、光伏和绿色氢能等领域的合作进行了深入交流。"],
         fingerprint="绿色氢能等领域的合作进行了深入交流",
         must_contain=["首届中哈气候变化部长级对话会6月10日至11日在乌鲁木齐举行", "哈萨克斯坦力争2060年前实现碳中和"]),
    dict(id="df03", site="dongfang", path="/world/2024-09/05/c_1130210.htm", date="2024-09-05",
         title="中新两国外长通电话",
         paras=["东方新闻社北京9月5日电 外交部长4日应约同新西兰外交部长通电话。",
                "双方回顾了2019年两国发表的气候变化联合声明，表示愿继续保持沟通。",
                "双方还就经贸合作交换了意见，并于3日发表关于深化经贸合作的联合声明，同意扩大乳制品和农产品贸易。",
                "双方同意保持各层级交往。"],
         fingerprint="同意扩大乳制品和农产品贸易",
         must_contain=["外交部长4日应约同新西兰外交部长通电话", "双方同意保持各层级交往"]),
]
