"""The English words of an agreement sentence: instruments, the verbs that conclude them, what marks one as not (yet)
concluded or only referred to, and the topics (in both languages) an agreement is filed under. Patterns only; the
reading is in agreements.py."""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.formed_bodies_en import NAMED_BODY

# "released the Sunnylands Statement", "adopted the Kunming Declaration": a statement the page calls by its own
# capitalised name after "the" (not "a statement saying ...", not "the statement"); with two parties, a joint one
NAMED_STATEMENT = re.compile(r"(?-i:(?<=\bthe\s)(?:[A-Z][\w'’.-]*\s+){1,4}Statement)\b")
# "endorsed the Lake Erie Climate Communiqué": a communiqué the page calls by its own capitalised name, a declaration
# of those who endorse it (a "joint communiqué" of two governments stays a joint statement)
# ("the G7 Climate, Energy and Environment Ministers' Communiqué": its name may list topics with commas and "and")
NAMED_COMMUNIQUE = re.compile(r"(?-i:(?<=\bthe\s)(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?){1,6}Communiqu[eé])(?!\w)")
EN_INSTRUMENTS = [
    (NAMED_STATEMENT, "joint_statement"),
    (NAMED_COMMUNIQUE, "declaration"),
    (re.compile(r"\b(?:memorand(?:um|a|ums)(?:\s+of\s+(?:understanding|cooperation))?|MOUs?|MoUs?|"
                # "a letter / statement / memorandum / declaration of intent": a signed intent, an MOU's kind
                r"(?:letters?|statements?|declarations?)\s+of\s+intent)\b", re.I), "mou"),
    # (a "joint declaration of intent" is a declaration of intent: an MOU's kind, as above)
    # ("the U.S.-China Joint Announcement on Climate Change": a joint statement by another name)
    (re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé]|announcement)s?\b(?!\s+of\s+intent)|"
                r"\b(?:Leaders|Presidential|Ministerial)['’]?\s+Statement\b", re.I), "joint_statement"),
    (re.compile(r"\b(?:declarations?|charters?)\b", re.I), "declaration"),
    (re.compile(r"\b(?:partnership|collaborative|alliance|coalition)s?\b", re.I), "partnership"),
    (NAMED_BODY, "partnership"),  # "the Zero-Emission Freight Research Network" (formed_bodies_en)
    (re.compile(r"\b(?:agreements?|accords?|pacts?|compacts?|treaty|treaties|deal|protocols?|(?<=EPC\)\s)contracts?|"
                r"(?:EPC|construction|supply|procurement|purchase|offtake)\s+contracts?|"
                # "struck a twinning arrangement": an arrangement named by its kind (not "seating arrangements")
                r"(?:twinning|cooperation|co-operation|cooperative|sister[- ](?:city|cities|state|port|province))\s+"
                r"arrangements?)\b|"
                # "signed an arrangement on climate change cooperation": an arrangement told by its subject
                r"\barrangements?(?=\s+on\s)|"
                # "A and B signed an action plan on climate cooperation": a plan two sides sign is their agreement (a
                # plan one body signs or adopts has one party and makes no record)
                r"\baction\s+plans?|"
                # "signed contracts with X to provide four nuclear power plants": a contract to supply or build
                r"\bcontracts?(?=(?:\s+(?:with|on|worth)\s[^.;]{1,120}?)?\s+to\s+(?:provide|supply|build|construct|deliver|install)\b)",
                re.I), "agreement"),
]
# "Yangzhou, Lahti ink MOU on ...": a headline's present tense, the verb right before the instrument it signs (not ink
# the noun: "printer ink")
INK = (r"ink(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:MOUs?|MoUs?|memorand\w*|agreements?|deals?|pacts?|accords?|"
       r"contracts?|declarations?|charters?|treaty|protocols?)\b)")
# "upgraded their ties to a strategic partnership": the partnership is launched that day
UPGRADED_TO_PARTNERSHIP = (r"upgraded(?=\s+(?:their|its|the|bilateral)\s+(?:[\w-]+\s+){0,3}to\s+(?:an?\s+)?"
                           r"(?:[\w-]+\s+){0,3}partnership)")
EN_SIGN = re.compile(
    r"\b(?:signed|signs|sign|signing|co-signed|put\s+their\s+names\s+to|put\s+pen\s+to\s+paper|exchanged|"
    # "put their signatures to the Agreement", "put its signature to the MOU", "put their signatures on a letter of intent"
    r"puts?\s+(?:its|their|his|her)\s+signatures?\s+(?:to|on)|bec(?:ame|omes?)\s+(?:a\s+)?signator(?:y|ies)\s+(?:to|of)|"
    # "became the 12th signatory of", "acceded to the declaration of ...": a joiner signs a body's instrument
    r"bec(?:ame|omes?)\s+the\s+(?:\d+(?:st|nd|rd|th)|latest|newest)\s+signatory\s+(?:to|of)|acced(?:ed|es?)\s+to|"
    # "adhered to the Accord", "adheres to the charter": a joiner signs an instrument others made (not "adhered to
    # the principles of the Paris Agreement": no "of" before the instrument)
    r"adher(?:ed|es?)\s+to(?=\s+(?:the\s+)?(?:(?!of\s)[\w'’-]+\s+){0,4}(?:[Aa]ccords?|[Cc]harters?|[Dd]eclarations?|"
    r"[Cc]ovenants?|[Cc]ompacts?|[Pp]ledges?|[Aa]greements?|[Pp]rotocols?)\b)|"
    # "have agreed to cooperate under a new memorandum": a memorandum they have, not one still to come
    r"agreed\s+to\s+(?:cooperate|co-operate|collaborate|work\s+together)\s+under(?=\s+(?:a|the)\s+new\b)|"
    # "finalized a climate pact", "clinched an agreement" (not "finalized the text of an agreement")
    r"(?:finali[sz]ed|clinched)(?=\s+(?:a|an|the|their|its)\s+(?:(?!text|draft|terms|details|negotiations|wording)"
    r"[\w'’-]+\s+){0,4}(?:agreements?|memorand\w+|MOUs?|MoUs?|pacts?|accords?|deals?|partnerships?)\b)|"
    r"formali[sz]ed|formali[sz]es|renewed|renews|joined|joins|inked|inks|" + INK + r"|extended(?=\s+(?:their|its)\s)|"
    r"endorsed|endorses|endorse|concluded|entered\s+into|enters\s+into|struck|reached|forged|sealed|established|"
    r"establish|launched|launches|launch|formed|unveiled|issued|issues|"
    r"released|adopted|adopts|" + UPGRADED_TO_PARTNERSHIP + r")\b", re.I)
STATEMENT_ONLY = {"issued", "issues", "released", "adopted", "adopts"}  # verbs that conclude statements only
EN_PARTNERSHIP_SIGN = re.compile(r"\b(?:launched|launches|launch|formed|established|unveiled|announced|signed|signs|"
                                 r"sign|signing|inked|inks|" + INK + r"|sealed|forged|struck|entered\s+into|enters\s+into|"
                                 r"puts?\s+(?:its|their|his|her)\s+signatures?\s+(?:to|on)|"
                                 r"bec(?:ame|omes?)\s+(?:a\s+)?signator(?:y|ies)\s+(?:to|of)|"
                                 r"formali[sz]ed|formali[sz]es|"
                                 r"put\s+pen\s+to\s+paper|upgraded)\b", re.I)  # (upgraded: as EN_SIGN found it)
# "a deal" is an instrument only where it was put in writing ("inked a deal with"), not "reached a (trade) deal"
DEAL_SIGN = re.compile(r"signed|signs|inked|inks|sealed|put\s+pen\s+to\s+paper", re.I)
# people standing for the bodies they come from: "officials from A and B", "representatives of A"
ROLE_OF = re.compile(r"\b(?:[Oo]fficials|[Rr]epresentatives|[Dd]elegates|[Dd]elegations|[Ll]eaders|[Ee]xecutives|[Ee]nvoys|"
                     r"[Hh]eads)\s+(?:from|of)\s+(?:the\s+)?")
# "The signing of a partnership agreement between A, B and C": a signing told as a noun
NOMINAL_SIGNING = re.compile(r"\bsigning\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
NOMINAL_NOT_DONE = re.compile(r"\b(?:is|are|was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:planned|scheduled|expected|"
                              r"set|due|postponed|delayed|cancell?ed|called\s+off|put\s+off)\b|\b(?:will|would)\s",
                              re.I)
EN_NOT_DONE = re.compile(
    r"\b(?:expected|plans?|planned|planning|intends?|intended|hopes?|hoped|aims?|set|scheduled|going|likely|"
    r"proposed|preparing|prepare|considering|seeks?|seeking|agreed|invitations?|invited|ready|willing|keen|eager|"
    r"wants?|wanted|promised|vowed|offered|decided)\s+to\s+(?:\w+\s+){0,2}$|"
    # ("may" the verb, never the month: "A and B on 3 May 2022 signed", "in May launched")
    r"\b(?:will|would|could|(?-i:may)|might|shall|can)\s+(?:\w+\s+)?$|\b(?:not|never|yet\s+to)\s+(?:\w+\s+)?$|"
    # kept from signing: "a bill would have barred state agencies from signing agreements with ...", "warned against
    # signing" (a prohibition or a warning, no signing)
    r"\b(?:bar|bars|barred|barring|ban|bans|banned|banning|prohibit\w*|forbid\w*|block\w*|prevent\w*|stop\w*|"
    r"restrict\w*|refrain\w*)\s+(?:[\w-]+\s+){0,4}from\s+$|\bagainst\s+$", re.I)
# "The agreements to be signed include: ...", "an MoU to be inked next week": still to come; not "the first
# agreement to be signed under the programme was ..." (one of a series, told as done)
TO_BE_SIGNED = re.compile(r"^(?!.*\b(?:first|second|third|last|latest|only|next)\s+(?:[\w-]+\s+){0,3}$)"
                          r".*\bto\s+be\s+$", re.I | re.S)
# "a signing" as a thing that may happen ("no date has been set for a signing"), not "the signing of" / "signing ceremony"
SIGNING_NOUN = re.compile(r"\b(?:a|the|any|no)\s+$", re.I)
# an instrument still being written or talked over: "are drafting a memorandum", "in talks on an agreement"
IN_THE_MAKING = re.compile(r"\b(?:drafting|negotiating|discussing|finali[sz]ing|preparing|working\s+on|talks\s+(?:on|over|"
                           r"about|for))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
EN_REFERENCE = re.compile(r"\b(?:implement(?:s|ed|ing)?|under|pursuant\s+to|builds?\s+on|based\s+on|in\s+line\s+with|"
                          r"following|in\s+support\s+of|of)\s+(?:the\s+|a\s+|an\s+)?(?:series\s+of\s+)?(?:\w+\s+){0,3}$",
                          re.I)
TOPICS = [
    (r"carbon market|emissions? trading|碳市场|碳交易|碳排放权交易", "carbon market"),
    (r"zero[- ]emission vehicle|ZEV|零排放汽车", "zero-emission vehicles"),
    (r"electric bus|电动公交|电动大巴", "electric buses"),
    (r"electric vehicle|\bEVs?\b|电动汽车|新能源汽车", "electric vehicles"),
    (r"low[- ]carbon|低碳", "low-carbon development"),
    (r"clean (?:energy|tech)|清洁能源|清洁技术", "clean energy"),
    (r"renewable|可再生能源", "renewable energy"),
    (r"smart grid|智能电网", "smart grid"),
    (r"energy efficiency|节能|能效", "energy efficiency"),
    (r"green building|绿色建筑", "green buildings"),
    (r"air (?:quality|pollution)|空气质量|大气污染", "air quality"),
    (r"peak(?:ing)? (?:carbon )?emissions|达峰", "emissions peaking"),
    (r"capacity building|能力建设", "capacity building"),
    (r"\bports?\b|港口", "ports"),
    (r"financ|融资|投资", "finance"),
]
# "the foundation said on Monday", "the Energy Commission announced today": when the news was told, not when what it
# reports was done
REPORTING = (r"\b(?:said|says|announced|announces|reported|confirmed|stated)\s+(?:on\s+[A-Z][a-z]+day|today|"
             r"yesterday)")
REPORTED_ON = re.compile(REPORTING + r"(?=\s*(?:[,.;]|$))")  # "..., the foundation said on Monday.": at a clause's end


# a signing told at the gathering the story reports, by an anaphor of it ("会上", "during the forum", "After the
# meeting", "on the final day"): the gathering's city (and day, where it has one) are the signing's
EVENT_ANAPHORA = re.compile(r"会上|仪式上|儀式上|(?:展会|博览会|年会|研讨会|对话会|洽谈会|交流会|推介会)(?:期间|上)|"
                            r"(?:签约|签字)活动(?:上|中)|会见中|会见后|会谈中|会谈后|见证下|会后|会议期间|峰会期间|论坛期间|大会期间|活动期间|活动上|气候周期间|开幕式|闭幕式|签约仪式|峰会上|论坛上|当天|同日|"
                            r"\b[Aa]fter\s+the\s+(?:meeting|talks|ceremony|forum|summit|conference)\b|"  # as 会后: that gathering's day
                            r"\b(?:in|at)\s+the\s+(?:same|largest|biggest|main|first|final|last|other)\s+"
                            r"(?:signing|ceremony|session)\b|\b(?:at|during)\s+the\s+"
                            r"(?:summit|conference|forum|meeting|dialogue|roundtable|symposium|congress|ceremony|opening|signing ceremony|event|closing|expo|exhibition|"
                            r"opening session|closing session|plenary)\b|\bthe\s+same\s+(?:day|morning|afternoon|evening)\b|"
    r"\b(?:on\s+)?(?:the|its)\s+(?:second|next|following)\s+day\b|\bon\s+(?:the|its)\s+(?:opening|first|final|last|"
    r"closing)\s+day\b|"
    r"第二天|次日|最后一天|(?:此次|本次|这次)新(?:增|结好|缔结)|"  # "此次新增的5对友好城市分别为…" (sister_pairs_zh)
    r"\b(?:on|in)\s+the\s+(?:sidelines|margins)\s+of\s+the\s+(?:summit|conference|forum|meeting)\b|"
    # "On the sidelines, A and B signed ...": of the gathering just reported
    r"\b(?:on|in)\s+the\s+(?:sidelines|margins)\b(?!\s+of\b)",
                            re.I)
