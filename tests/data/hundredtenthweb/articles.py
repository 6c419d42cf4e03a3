"""Articles of the hundred-and-tenth test web (tests/hundredtenthweb.py), written for issue 17 (a held-out estimate of
THE OUTCOMES OF CLIMATE SUMMITS AND MINISTERIALS OUTSIDE THE COP): regional summits, a city network's world congress,
a founding conference of a South-South alliance and a Gulf forum, where declarations were adopted by named
governments, a partnership was launched on the sidelines and national and city pledges were announced (neutrality,
a share of renewables, GW, % below a base year), told by an English UN-style news site, a city network's news and a
Chinese state-media-style portal; the same summit and pledge in English and Chinese is one row. Pages that conclude
nothing: a summit preview, a report launch, a keynote without a pledge, a target a city only considers, a training
course. Actors no other web uses.

The frames are real (the Summit of the Amazon in Belem, 8-9 August 2023, and its Belem Declaration by the eight ACTO
members; the Saudi Green Initiative Forum in Riyadh, 23 October 2021, and the 2060 net-zero and 50% renewable
electricity targets; the International Solar Alliance Founding Conference in New Delhi, 11 March 2018, co-hosted by
Modi and Macron, and India's 175 GW by 2022; the Summit for a New Global Financing Pact in Paris, 22-23 June 2023,
and Senegal's Just Energy Transition Partnership with 40% renewables in its capacity by 2030; the ICLEI World
Congress in Malmo, 11-13 May 2022; Sweden's 2045 net-zero and 63% non-ETS targets). Quotes, some officials' remarks,
the report of un06, the keynote of ic02, the council debate of ic03 and the training course of ls05 are written for
the test and stand for a kind of sentence, not for a record to look up.

unclimate: an English UN-style news site ("Climate and Environment", a paginated listing). iclei: a city network's
English news (RSS). lvsilu: 绿色丝路网, a Chinese state-media-style portal (GBK labelled gb2312, a sitemap).
"""
from __future__ import annotations

ARTICLES = [
    # --- unclimate: an English UN-style news site ---------------------------------------------------------------
    dict(id="un01", site="unclimate", path="/en/story/2023/08/1139612", date="2023-08-09",
         title="Amazon nations adopt Belém Declaration, but stop short of a shared deforestation deadline",
         paras=["The eight countries that share the Amazon rainforest adopted a joint declaration on Tuesday at the "
                "Summit of the Amazon in the Brazilian city of Belém, pledging to work together to keep the forest "
                "from reaching what scientists call a point of no return.",
                "The Belém Declaration was signed by Bolivia, Brazil, Colombia, Ecuador, Guyana, Peru, Suriname and "
                "Venezuela, the members of the Amazon Cooperation Treaty Organization (ACTO), on the first day of the "
                "two-day meeting. It creates an Amazon alliance to combat deforestation, a scientific panel modelled "
                "on the Intergovernmental Panel on Climate Change and a regional centre for police cooperation "
                "against environmental crime.",
                "The text does not, however, set a common date for ending deforestation, a gap that several "
                "environmental groups attending the summit described as a missed opportunity.",
                "Brazilian President Luiz Inácio Lula da Silva, who hosted the gathering, restated his government's "
                "commitment to end illegal deforestation in the Brazilian Amazon by 2030. “The Amazon is not a "
                "sanctuary to be kept untouched, nor is it a reserve to be plundered,” he told delegates.",
                "A proposal by Colombian President Gustavo Petro to halt new oil exploration in the region was "
                "discussed but did not make it into the final text.",
                "In a video message, the Secretary-General said that protecting the Amazon was “essential for the "
                "whole planet” and encouraged the countries to turn the declaration into action on the ground.",
                "ACTO was set up under a treaty first concluded in 1978. It is the only intergovernmental body in "
                "the region dedicated to the Amazon basin."],
         fingerprint="a scientific panel modelled on the Intergovernmental Panel on Climate Change",
         must_contain=["It creates an Amazon alliance to combat deforestation"]),
    dict(id="un02", site="unclimate", path="/en/story/2021/10/1103752", date="2021-10-24",
         title="Saudi Arabia sets 2060 net-zero goal at Riyadh green forum",
         paras=["Saudi Arabia, the world's largest oil exporter, will aim to reach net-zero greenhouse gas emissions "
                "by 2060, Crown Prince Mohammed bin Salman announced on Saturday at the opening of the Saudi Green "
                "Initiative Forum in Riyadh.",
                "The Kingdom will also seek to generate 50 per cent of its electricity from renewable sources by "
                "2030, with natural gas supplying the rest, and to cut carbon emissions by 278 million tonnes a year "
                "by the end of the decade, more than double its previous goal.",
                "The Crown Prince said that more than 60 initiatives, worth over 700 billion riyals, would be "
                "launched as a first wave. “The Kingdom will reach net zero through a carbon circular economy "
                "approach, in line with its development plans,” he said.",
                "Energy Minister Prince Abdulaziz bin Salman told reporters that the target date allowed the "
                "country to make the transition “smoothly” without harming its economy.",
                "The forum comes a week before world leaders gather in Glasgow. The Crown Prince will host the "
                "Middle East Green Initiative Summit in the capital on Monday, with leaders from across the region "
                "expected to attend.",
                "Climate analysts welcomed the announcement but said the details of how the Kingdom would cut "
                "emissions from its own oil use would matter most."],
         fingerprint="through a carbon circular economy approach, in line with its development plans",
         must_contain=["will aim to reach net-zero greenhouse gas emissions by 2060"]),
    dict(id="un03", site="unclimate", path="/en/story/2018/03/1004762", date="2018-03-12",
         title="International Solar Alliance holds Founding Conference in New Delhi",
         paras=["Leaders and ministers from dozens of sun-rich countries gathered in New Delhi on Sunday for the "
                "Founding Conference of the International Solar Alliance, co-hosted by Indian Prime Minister "
                "Narendra Modi and French President Emmanuel Macron.",
                "Participants adopted the Delhi Solar Agenda, which calls for the deployment of solar energy at "
                "scale and for lowering the cost of finance and technology for member countries.",
                "Mr. Modi said India would reach 175 gigawatts of electricity generation from renewable sources by "
                "2022, 100 gigawatts of it from solar power, and set out a ten-point plan for the alliance, ranging "
                "from affordable technology to a common bank of solar projects.",
                "Mr. Macron announced that France would commit an additional 700 million euros to solar projects "
                "in member countries by 2022. The alliance as a whole aims to mobilize more than $1 trillion of "
                "investment in solar energy by 2030.",
                "The alliance was launched at the Paris climate conference in 2015. Its framework agreement "
                "entered into force in December 2017, making it the first treaty-based international organization "
                "headquartered in India.",
                "The Assistant Secretary-General for climate change, who attended the conference, said solar "
                "power was now the cheapest source of new electricity in many of the alliance's member countries."],
         fingerprint="set out a ten-point plan for the alliance, ranging from affordable technology",
         must_contain=["Participants adopted the Delhi Solar Agenda"]),
    dict(id="un04", site="unclimate", path="/en/story/2023/06/1138047", date="2023-06-23",
         title="Senegal and partners launch energy transition partnership on sidelines of Paris finance summit",
         paras=["Senegal on Thursday launched a Just Energy Transition Partnership with France, Germany, the "
                "European Union, Canada and the United Kingdom, announced on the sidelines of the Summit for a New "
                "Global Financing Pact in Paris.",
                "The partners will mobilize an initial 2.5 billion euros in new and additional financing over three "
                "to five years. In return, Senegal commits to raising the share of renewable energy in its "
                "installed electricity capacity to 40 per cent by 2030.",
                "President Macky Sall called the partnership “a milestone” for a country that is about to begin "
                "producing oil and gas, and said access to electricity for all Senegalese remained his priority.",
                "The two-day summit, convened by President Emmanuel Macron, brought together more than 40 heads of "
                "state and government, as well as the heads of the World Bank and the International Monetary Fund. "
                "It closed on Friday with a roadmap for reforming the international financial system.",
                "Prime Minister Mia Mottley of Barbados, whose Bridgetown Initiative helped to shape the agenda, "
                "urged the lenders present to move faster."],
         fingerprint="a country that is about to begin producing oil and gas",
         must_contain=["The partners will mobilize an initial 2.5 billion euros in new and additional financing"]),
    dict(id="un05", site="unclimate", path="/en/story/2023/08/1139472", date="2023-08-04",
         title="Amazon leaders head to Belém for first summit in 14 years",
         paras=["Presidents and ministers from the eight Amazon countries are expected in the Brazilian city of Belém "
                "next week for the first summit of the Amazon Cooperation Treaty Organization since 2009.",
                "Diplomats said the draft text under negotiation addresses deforestation, organized crime and "
                "scientific cooperation, but that no agreement had yet been reached on a common target.",
                "“We hope the region will speak with one voice,” said an official of the host country's foreign "
                "ministry, speaking on condition of anonymity.",
                "Indigenous organizations are holding the Amazon Dialogues in the city this weekend and plan to "
                "present their proposals to the heads of state.",
                "Outcomes will be announced at the close of the meeting."],
         fingerprint="the first summit of the Amazon Cooperation Treaty Organization since 2009",
         must_contain=["no agreement had yet been reached on a common target"]),
    dict(id="un06", site="unclimate", path="/en/story/2024/05/1149803", date="2024-05-16",
         title="New report: Latin American cities lag on climate adaptation finance",
         paras=["Cities in Latin America and the Caribbean receive less than a tenth of the climate finance they "
                "need to adapt to heat, floods and drought, according to a report launched on Thursday in Panama "
                "City by the regional office of the UN Environment Programme.",
                "The report estimates adaptation needs at several billion dollars a year and recommends that "
                "national governments channel more of their climate budgets to local authorities.",
                "“Cities are on the front line of the climate crisis but at the back of the queue for money,” "
                "the report's lead author said at the launch.",
                "The report does not rank cities and makes no recommendations on emission targets. It will be "
                "presented to environment ministers of the region later this year."],
         fingerprint="at the back of the queue for money",
         must_contain=["national governments channel more of their climate budgets to local authorities"]),
    # --- iclei: a city network's English news (RSS) ---------------------------------------------------------------
    dict(id="ic01", site="iclei", path="/news/malmo-congress-closes-with-malmo-commitment/", date="2022-05-13",
         title="ICLEI World Congress closes in Malmö with the Malmö Commitment",
         paras=["MALMÖ, Sweden – The ICLEI World Congress 2022 closed on Friday after three days in which more than "
                "1,000 local and regional leaders, national officials and partners met in person and online to set "
                "the network's course until 2027.",
                "ICLEI members adopted the Malmö Commitment and Strategic Vision 2021-2027, which sets out five "
                "pathways for sustainable urban development: low emission, nature-based, equitable and "
                "people-centred, resilient and circular.",
                "Host city Malmö, one of the cities selected for the EU mission for climate-neutral and smart "
                "cities, restated its goal of becoming climate neutral by 2030. “We have shown that a former "
                "shipyard town can be rebuilt on clean energy,” said Katrin Stjernfeldt Jammeh, chair of the "
                "Malmö municipal executive board.",
                "Annika Strandhäll, Sweden's Minister for Climate and the Environment, told the opening plenary that "
                "Sweden would reach net-zero greenhouse gas emissions by 2045 and that emissions from sectors outside "
                "the EU emissions trading system would be cut by 63 percent below 1990 levels by 2030.",
                "The congress also elected ICLEI's new Global Executive Committee.",
                "The next ICLEI World Congress is expected to take place in 2024."],
         fingerprint="a former shipyard town can be rebuilt on clean energy",
         must_contain=["which sets out five pathways for sustainable urban development"]),
    dict(id="ic02", site="iclei", path="/news/keynote-heat-is-the-new-normal-for-cities/", date="2022-05-12",
         title="Keynote: heat is the new normal for cities, mayor tells congress",
         paras=["MALMÖ, Sweden – Extreme heat will shape city budgets for decades, the mayor of Freetown, Yvonne "
                "Aki-Sawyerr, told delegates at the ICLEI World Congress on Thursday.",
                "In a keynote on the second day of the congress, she described how Freetown appointed Africa's first "
                "chief heat officer and planted hundreds of thousands of trees on the hills above the city.",
                "“Our residents do not ask us for targets. They ask us for shade, water and drains that work,” she "
                "said.",
                "The mayor did not announce new commitments, but invited other cities to share data on heat-related "
                "illness through the network."],
         fingerprint="They ask us for shade, water and drains that work",
         must_contain=["appointed Africa's first chief heat officer"]),
    dict(id="ic03", site="iclei", path="/news/council-weighs-tougher-2030-goal/", date="2023-11-20",
         title="Council weighs tougher 2030 goal after network peer review",
         paras=["The city of Tampere is considering whether to tighten its climate goal after a peer review by "
                "fellow members of the network, a council working group said this week.",
                "Options before the council include a target of 80 percent below 1990 levels by 2030, up from the "
                "current plan, but no decision has been taken and the council will not vote before next spring.",
                "“We want to be sure that every option is costed before we put a number on it,” the chair of the "
                "working group said.",
                "The peer review, carried out by officials from three other member cities, also looked at the city's "
                "tram network and district heating."],
         fingerprint="every option is costed before we put a number on it",
         must_contain=["no decision has been taken and the council will not vote before next spring"]),
    # --- lvsilu: 绿色丝路网, a Chinese state-media-style portal (GBK labelled gb2312) --------------------------------
    dict(id="ls01", site="lvsilu", path="/gjhz/2023-08/10/content_4418203.htm", date="2023-08-10",
         title="亚马孙峰会在巴西贝伦举行 八国签署《贝伦宣言》",
         paras=["8月8日至9日，亚马孙合作条约组织峰会在巴西北部城市贝伦举行。这是该组织14年来首次举行峰会。",
                "8日，玻利维亚、巴西、哥伦比亚、厄瓜多尔、圭亚那、秘鲁、苏里南和委内瑞拉八个成员国签署《贝伦宣言》，"
                "决定建立亚马孙打击毁林联盟，设立亚马孙科学小组，并加强在打击环境犯罪等领域的合作。",
                "巴西总统卢拉在峰会上表示，巴西将在2030年前消除亚马孙地区的非法毁林。他说：“亚马孙雨林不是要原封不动的"
                "圣地，也不是任人掠夺的资源库。”",
                "分析人士指出，宣言未就停止毁林设定共同时间表，成员国在石油开采等问题上仍存在分歧。",
                "亚马孙合作条约组织成立于1995年，总部设在巴西利亚。"],
         fingerprint="这是该组织14年来首次举行峰会",
         must_contain=["决定建立亚马孙打击毁林联盟，设立亚马孙科学小组"]),
    dict(id="ls02", site="lvsilu", path="/gjhz/2021-10/24/content_4217719.htm", date="2021-10-24",
         title="沙特宣布2060年实现净零排放",
         paras=["新华社利雅得10月23日电 沙特阿拉伯王储穆罕默德·本·萨勒曼23日在首都利雅得举行的“沙特绿色倡议”论坛"
                "开幕式上宣布，沙特将力争于2060年实现温室气体净零排放。",
                "穆罕默德王储表示，到2030年，沙特可再生能源发电占比将达到50%，其余电力由天然气提供。沙特还将把每年减少"
                "的碳排放量提高到2.78亿吨。",
                "沙特能源大臣阿卜杜勒-阿齐兹表示，这一目标将使沙特在不损害经济的前提下“平稳”转型。",
                "据悉，“中东绿色倡议”峰会将于25日在利雅得举行，地区多国领导人将出席。"],
         fingerprint="其余电力由天然气提供",
         must_contain=["沙特将力争于2060年实现温室气体净零排放"]),
    dict(id="ls03", site="lvsilu", path="/gjhz/2018-03/12/content_3620548.htm", date="2018-03-12",
         title="国际太阳能联盟成立大会在新德里举行",
         paras=["国际太阳能联盟成立大会11日在印度首都新德里举行。印度总理莫迪和法国总统马克龙共同主持大会，二十多个国家"
                "的国家元首和政府首脑出席。",
                "大会通过了《德里太阳能议程》，呼吁大规模部署太阳能，降低成员国的融资和技术成本。",
                "莫迪在讲话中说，到2022年，印度可再生能源发电装机将达到1.75亿千瓦，其中太阳能发电1亿千瓦。",
                "国际太阳能联盟由印度和法国于2015年共同发起，总部设在印度古尔冈。联盟的目标是到2030年动员超过1万亿美元"
                "的太阳能投资。"],
         fingerprint="二十多个国家的国家元首和政府首脑出席",
         must_contain=["呼吁大规模部署太阳能，降低成员国的融资和技术成本"]),
    dict(id="ls04", site="lvsilu", path="/gjhz/2023-06/24/content_4376631.htm", date="2023-06-24",
         title="塞内加尔与西方伙伴建立公正能源转型伙伴关系",
         paras=["新全球融资契约峰会6月22日至23日在法国巴黎举行。峰会期间，塞内加尔与法国、德国、欧盟、加拿大和英国于22日"
                "宣布建立“公正能源转型伙伴关系”。",
                "根据协议，各伙伴方将在3至5年内为塞内加尔筹集25亿欧元资金。塞内加尔承诺，到2030年将可再生能源在电力装机"
                "中的占比提高到40%。",
                "塞内加尔总统萨勒表示，实现全民用电仍是政府的优先事项。",
                "此前，南非、印度尼西亚和越南已分别与发达国家建立了类似的伙伴关系。"],
         fingerprint="塞内加尔总统萨勒表示，实现全民用电仍是政府的优先事项",
         must_contain=["各伙伴方将在3至5年内为塞内加尔筹集25亿欧元资金"]),
    dict(id="ls05", site="lvsilu", path="/gjhz/2019-06/18/content_3910264.htm", date="2019-06-18",
         title="应对气候变化南南合作培训班在京开班",
         paras=["6月17日，2019年应对气候变化南南合作培训班在北京开班。来自埃塞俄比亚、斯里兰卡、萨摩亚等15个发展中国家"
                "的40余名官员和技术人员参加培训。",
                "培训为期两周，内容包括低碳发展规划、温室气体清单编制、可再生能源技术和气候适应等。学员还将赴江苏考察"
                "光伏企业和低碳示范社区。",
                "主办方表示，培训班旨在帮助发展中国家提升应对气候变化能力，今后将继续举办。",
                "本次培训不涉及合作协议的签署。"],
         fingerprint="学员还将赴江苏考察光伏企业和低碳示范社区",
         must_contain=["内容包括低碳发展规划、温室气体清单编制"]),
]
