"""Articles of the fifty-fourth test web (tests/fiftyfourthweb.py), written for issue 17 (an honest held-out estimate
in ENGLISH of agreements whose parties are told through PEOPLE, POSSESSIVES and DESCRIPTIONS).

ingov: a US state governor's press office (Indiana); zjen: a Chinese provincial English-language portal (Zhejiang).
Parties are bodies, never people: "Governor X of Y" stands for Y, "his counterpart from W" for W, "Lishui's ecology and
environment bureau" for that bureau, "the Midwestern state" / "its sister province" for the places named before.
Negatives: a person signing for a company the text does not name, a governor who witnessed or attended, a possible
agreement discussed, a letter of support.
"""
from __future__ import annotations

ARTICLES = [
    # --- ingov: the Indiana governor's press office ------------------------------------------------------------
    dict(id="in01", site="ingov", path="/gov/news/2024/04/harrow-zhejiang-mou.html", date="2024-04-10",
         title="Governor Harrow and Zhejiang leaders sign clean-energy memorandum",
         paras=["Governor Daniel Harrow of Indiana and Party Secretary Wen Qiming of Zhejiang signed a memorandum of "
                "understanding on clean-energy manufacturing and grid-scale battery storage in Indianapolis on April 9, "
                "2024.",
                "Under the memorandum, the two sides will run three battery-storage pilots and meet in a joint working "
                "group every spring.",
                "\"Indiana builds things, and Zhejiang builds them at scale,\" Governor Harrow said. Lieutenant Governor "
                "Mara Quill attended the ceremony."],
         fingerprint="run three battery-storage pilots and meet in a joint working group every spring",
         must_contain=["signed a memorandum of understanding on clean-energy manufacturing",
                       "Lieutenant Governor Mara Quill attended the ceremony."]),
    dict(id="in02", site="ingov", path="/gov/news/2024/06/idem-renewal.html", date="2024-06-18",
         title="Indiana renews air-quality cooperation with Zhejiang",
         paras=["Indiana will keep working with Zhejiang on cleaner air, Governor Daniel Harrow said on Tuesday.",
                "In Hangzhou on June 17, 2024, the state's Department of Environmental Management renewed its air-quality "
                "cooperation agreement with the Zhejiang Provincial Department of Ecology and Environment for another "
                "three years. Governor Harrow witnessed the signing.",
                "The governor also discussed a possible agreement on electric-vehicle charging with officials from "
                "Jinhua, a city in central Zhejiang."],
         fingerprint="discussed a possible agreement on electric-vehicle charging with officials from",
         must_contain=["renewed its air-quality cooperation agreement",
                       "Jinhua, a city in central Zhejiang"]),
    dict(id="in03", site="ingov", path="/gov/news/2024/10/fort-wayne-huzhou.html", date="2024-10-02",
         title="Fort Wayne and Huzhou partner on green infrastructure",
         paras=["Fort Wayne Mayor Ellen Varga inked a green-infrastructure cooperation agreement with her counterpart "
                "from Huzhou, Mayor Shen Liwei, in Indianapolis on October 1, 2024. Governor Harrow attended the "
                "signing.",
                "The two cities will share designs for permeable streets and rain gardens and exchange engineers each "
                "year.",
                "The Indiana Finance Authority issued a letter of support for the partnership's first pilot."],
         fingerprint="share designs for permeable streets and rain gardens",
         must_contain=["inked a green-infrastructure cooperation agreement",
                       "issued a letter of support"]),
    # --- zjen: the Zhejiang provincial English portal --------------------------------------------------------------
    dict(id="zj01", site="zjen", path="/en/news/202405/t20240522_88123.html", date="2024-05-22",
         title="Zhejiang and North Dakota sign hydrogen memorandum",
         paras=["Zhejiang Governor Lou Jianhua inked a memorandum on hydrogen and wind power cooperation with his "
                "counterpart from North Dakota, Governor Karl Brekke, in Hangzhou on May 21, 2024.",
                "The memorandum covers offshore wind research, green hydrogen from wind power and training for "
                "technicians.",
                "Chen Hao, chairman of a Ningbo-based electrolyzer maker, signed a supply agreement with a North Dakota "
                "partner on the same day."],
         fingerprint="offshore wind research, green hydrogen from wind power and training for technicians",
         must_contain=["inked a memorandum on hydrogen and wind power cooperation",
                       "signed a supply agreement with a North Dakota partner"]),
    dict(id="zj02", site="zjen", path="/en/news/202408/t20240808_90541.html", date="2024-08-08",
         title="Lishui extends forest-carbon cooperation with Oklahoma",
         paras=["Lishui's ecology and environment bureau and the Oklahoma Department of Environmental Quality "
                "extended their forest-carbon cooperation agreement for five years in Lishui on August 7, 2024.",
                "The agreement, first signed in 2019, covers carbon-sink monitoring in mountain forests and the exchange "
                "of field staff.",
                "Lishui, in the southwest of Zhejiang, has forests on more than 80 percent of its land."],
         fingerprint="carbon-sink monitoring in mountain forests and the exchange of field staff",
         must_contain=["extended their forest-carbon cooperation agreement for five years",
                       "has forests on more than 80 percent of its land"]),
    dict(id="zj03", site="zjen", path="/en/news/202411/t20241112_93307.html", date="2024-11-12",
         title="Zhejiang and Indiana upgrade ties to strategic partnership",
         paras=["A delegation from the Midwestern state of Indiana arrived in Hangzhou, the capital of the eastern "
                "Chinese province of Zhejiang, on Sunday.",
                "On November 11, 2024, the Midwestern state and its sister province upgraded their relationship to a "
                "strategic partnership on climate and clean energy, signing a joint statement in Hangzhou.",
                "Provincial Governor Lou Jianhua witnessed the signing and said the partnership would bring Indiana "
                "battery makers to Zhejiang's industrial parks."],
         fingerprint="bring Indiana battery makers to Zhejiang's industrial parks",
         must_contain=["upgraded their relationship to a strategic partnership on climate and clean energy",
                       "arrived in Hangzhou, the capital of the eastern Chinese province of Zhejiang"]),
]
