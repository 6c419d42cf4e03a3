"""Articles of the twenty-sixth test web (tests/twentysixthweb.py): U.S. states beyond California (Massachusetts,
Pennsylvania, Connecticut, Illinois), their agencies, a public utility commission and a state university's institute,
with Chinese provinces, a city agency, a provincial academy of sciences and universities, and U.S. NGOs: actors no
other web uses (issue 17: an honest held-out estimate in English on agreements).

mass: a state government newsroom ("BOSTON -" datelines, "###" and an "About ..." paragraph closing each release, a
media contact, "Related press releases"); illinews: a university news office (bylines with the writer's beat, photo
captions, "Editor's notes", "Related stories"). Phrasings: a sister-state agreement signed by two governors "on behalf
of" their governments, a letter of intent, a forum where several pairs signed (one agreement per pair), a three-party
agreement, a framework agreement, parties told in the sentence after ("The memorandum was signed by ..."), a renewal,
officials who only witness, a dated signing "on Nov. 8". Negatives: talks, a planned signing, a trade delegation
buying soybeans, an agreement on education only, a past agreement merely recalled.
All people, quotes and most events are invented; the institutions are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- mass: a state government newsroom ---------------------------------------------------------------------------
    dict(id="ma01", site="mass", path="/news/massachusetts-and-liaoning-sign-sister-state-agreement", date="2018-09-20",
         title="Massachusetts and Liaoning Sign Sister-State Agreement on Clean Energy",
         paras=["BOSTON - Governor Ellen Whitcomb and Governor Zhao Minghe of Liaoning Province today signed a "
                "sister-state agreement on behalf of the Commonwealth of Massachusetts and Liaoning Province, "
                "committing the two governments to cooperate on offshore wind, energy efficiency and climate "
                "resilience.",
                "The ceremony at the State House closed a three-day visit by a Liaoning delegation of 40 officials "
                "and business leaders.",
                "\"Liaoning and Massachusetts both have cold winters, old industrial cities and a long coastline,\" "
                "said Governor Whitcomb. \"We can learn a great deal from each other.\"",
                "Separately, the Massachusetts Department of Energy Resources (DOER) and the Liaoning Provincial "
                "Development and Reform Commission signed a letter of intent to share data on building energy codes "
                "and heat pumps.",
                "The delegation also held talks with the Massachusetts Clean Energy Center on a possible offshore "
                "wind test facility in Dalian, but no agreement was reached.",
                "Massachusetts is committed to achieving net-zero greenhouse gas emissions by 2050.",
                "###",
                "About the Executive Office of Energy and Environmental Affairs: EEA oversees the Commonwealth's "
                "energy and environmental agencies and works with partners at home and abroad to protect the "
                "environment and build a clean energy economy."],
         fingerprint="both have cold winters, old industrial cities and a long coastline",
         must_contain=["today signed a sister-state agreement on behalf of the Commonwealth of Massachusetts"]),
    dict(id="ma02", site="mass", path="/news/states-and-provinces-sign-clean-energy-agreements-at-boston-forum",
         date="2019-05-15",
         title="States and Chinese Provinces Sign Clean Energy Agreements at Boston Forum",
         paras=["BOSTON - Leaders of four U.S. states and four Chinese provinces met in Boston on Tuesday and "
                "Wednesday for the U.S.-China Subnational Clean Energy Forum, where several pairs of states and "
                "provinces signed agreements on climate and clean energy.",
                "On Tuesday, Pennsylvania signed a framework agreement with Henan Province on capturing coal mine "
                "methane and on clean heating.",
                "Connecticut and the Guangxi Zhuang Autonomous Region signed a letter of intent on offshore wind and "
                "port electrification, and Massachusetts and Jilin Province signed a memorandum of understanding on "
                "electric buses.",
                "The Massachusetts Clean Energy Center, Jilin University and the Natural Resources Defense Council "
                "also signed a three-party agreement to study heat pumps for cold climates.",
                "Virginia and the Ningxia Hui Autonomous Region plan to sign a similar agreement on solar power later "
                "this year, officials said.",
                "The forum follows the sister-state agreement that Massachusetts and Liaoning signed last September.",
                "###",
                "About the Massachusetts Clean Energy Center: MassCEC is a state economic development agency dedicated "
                "to accelerating the growth of the clean energy sector across the Commonwealth."],
         fingerprint="several pairs of states and provinces signed agreements on climate and clean energy",
         must_contain=["signed a three-party agreement to study heat pumps for cold climates"]),
    dict(id="ma03", site="mass", path="/news/doer-and-hangzhou-renew-clean-heating-memorandum", date="2021-03-05",
         title="DOER and Hangzhou Renew Clean Heating Memorandum",
         paras=["BOSTON - A memorandum of understanding on clean heating and building energy efficiency was signed "
                "at a virtual ceremony on Thursday.",
                "The memorandum was signed by the Massachusetts Department of Energy Resources and the Hangzhou "
                "Municipal Development and Reform Commission, and renews an agreement the two agencies first signed "
                "in 2016.",
                "\"Five years of working with Hangzhou have taught us a lot about heat pumps in dense cities,\" said "
                "DOER Commissioner Dana Ferris.",
                "A Chinese trade delegation that visited the state last month signed contracts to buy $300 million "
                "of soybeans and corn from New England and Midwest growers.",
                "###",
                "About the Department of Energy Resources: DOER's mission is to create a clean, affordable and "
                "resilient energy future for the Commonwealth."],
         fingerprint="taught us a lot about heat pumps in dense cities",
         must_contain=["The memorandum was signed by the Massachusetts Department of Energy Resources"]),
    # --- illinews: a university news office --------------------------------------------------------------------------
    dict(id="il01", site="illinews", path="/news/2017/10/24/prairie-research-institute-henan-academy-carbon-capture",
         date="2017-10-24", title="Prairie Research Institute, Henan Academy of Sciences to collaborate on carbon capture",
         caption="Prairie Research Institute executive director Mark Rowan, left, and Henan Academy of Sciences "
                 "president Zhang Lixin after the signing. Photo by Tom Kessler",
         paras=["CHAMPAIGN, Ill. - The Prairie Research Institute at the University of Illinois Urbana-Champaign and "
                "the Henan Academy of Sciences signed a memorandum of understanding on Monday to work together on "
                "carbon capture and storage and on cleaner coal power.",
                "\"Henan and Illinois both burn a lot of coal, and both sit on rock that can store carbon dioxide,\" "
                "Rowan said.",
                "The institute's Illinois State Geological Survey has run a carbon storage test at Decatur since 2011.",
                "The two institutions also discussed a student exchange program, which would need approval from both "
                "universities."],
         fingerprint="both sit on rock that can store carbon dioxide",
         must_contain=["signed a memorandum of understanding on Monday to work together on carbon capture"]),
    dict(id="il02", site="illinews", path="/news/2019/11/12/illinois-guizhou-university-edf-rural-solar",
         date="2019-11-12", title="Illinois, Guizhou University and EDF team up on rural solar",
         caption="Chancellor Robert Lane, left, and President Chen Hong exchange the signed agreement in Guiyang. "
                 "Photo courtesy Guizhou University",
         paras=["URBANA, Ill. - The University of Illinois Urbana-Champaign, Guizhou University and the "
                "Environmental Defense Fund signed a three-party agreement in Guiyang on Nov. 8 to study rooftop "
                "solar and battery storage in rural villages.",
                "Chancellor Robert Lane signed for Illinois and President Chen Hong for Guizhou University; EDF was "
                "represented by its China program director, Li Na.",
                "Illinois Lieutenant Governor Maria Ortega and Guizhou Party Secretary Wang Dehai witnessed the "
                "signing.",
                "The agreement builds on a 2015 letter of intent between the two universities on faculty exchanges.",
                "Illinois has set a goal of 100 percent clean energy by 2050."],
         fingerprint="to study rooftop solar and battery storage in rural villages",
         must_contain=["signed a three-party agreement in Guiyang on Nov. 8"]),
    dict(id="il03", site="illinews", path="/news/2020/01/16/illinois-jilin-clean-energy-partnership",
         date="2020-01-16", title="University researchers to support Illinois-Jilin clean energy partnership",
         caption="Governor Thomas Keane and Party Secretary Liu Zhenhai in Springfield. Photo by Amy Brandt",
         paras=["CHAMPAIGN, Ill. - Governor Thomas Keane and Jilin Party Secretary Liu Zhenhai signed a clean energy "
                "partnership agreement for the State of Illinois and Jilin Province in Springfield on Wednesday.",
                "The Illinois Commerce Commission, the state's public utility commission, and the Jilin Provincial "
                "Energy Administration signed a letter of intent the same day on fitting wind power into the grid.",
                "Researchers from the university's Grainger College of Engineering will support both agreements.",
                "The Jilin delegation also toured a farm near Champaign and agreed to buy 500,000 tonnes of Illinois "
                "soybeans.",
                "Separately, the university and Jilin University signed an agreement on a joint undergraduate degree "
                "in agricultural engineering."],
         fingerprint="fitting wind power into the grid",
         must_contain=["signed a clean energy partnership agreement for the State of Illinois and Jilin Province"]),
    dict(id="il04", site="illinews", path="/news/2021/06/09/illinois-henan-climate-research-talks",
         date="2021-06-09", title="Illinois and Henan researchers hold climate talks, plan agreement",
         caption="Researchers from Henan and Illinois meet online. Screenshot by Tom Kessler",
         paras=["CHAMPAIGN, Ill. - Researchers from the Prairie Research Institute and Zhengzhou University held "
                "talks on Tuesday on measuring methane from farms and landfills.",
                "The two sides hope to sign a memorandum of understanding on methane research next spring, said "
                "institute director Mark Rowan.",
                "The talks follow the carbon capture memorandum the institute signed with the Henan Academy of "
                "Sciences in 2017."],
         fingerprint="measuring methane from farms and landfills",
         must_contain=["hope to sign a memorandum of understanding on methane research next spring"]),
]
