"""Articles of the thirty-seventh test web (tests/thirtyseventhweb.py): feature-length stories (10-15 paragraphs:
scene-setting ledes, background, quotes, history, what comes next) about actors no other web uses: Virginia and
Wenzhou, New Jersey and Jiaxing, Rutgers University and JA Solar, The Nature Conservancy and the SEE Foundation, the
Institute for Sustainable Communities and Friends of Nature, the University of Tennessee and EVE Energy, Kentucky and
Datong, Georgia Tech and Tongwei (issue 17: an honest held-out estimate in English on agreements told in long
narrative news).

longview: a long-form magazine (a drop cap on the first letter, pull quotes, "14 min read", "More from Features");
courier: a regional newspaper (bylines, "Published ... | Updated ..." stamps, a comments count, "Trending").
Phrasings: an agreement told in paragraph 6 after a scene-setting lede, signed "last week"; an agreement told only
inside a quote; one told in the passive with its parties in the next paragraph; a memorandum "renewed for another five
years" "earlier this month"; past agreements recalled with their years; a university and a company; two NGOs.
Negatives: talks, a visit, a planned memorandum "expected to be signed in the spring", a trade mission's purchase
deals, an agreement on students only.
All people, quotes and events are invented; the institutions are real.
"""
from __future__ import annotations

ARTICLES = [
    # --- longview: a long-form magazine -------------------------------------------------------------------------------
    dict(id="lv01", site="longview", path="/features/2023/06/the-wind-between-two-shores/", date="2023-06-14",
         title="The Wind Between Two Shores",
         dek="A Virginia port town and a Chinese manufacturing city are betting on the same turbines.",
         pull="“Nobody in this room builds a wind farm alone anymore.”",
         paras=["The fog comes off the Elizabeth River before dawn, and by six o'clock the cranes at Portsmouth Marine "
                "Terminal are already lifting. On most mornings they lift containers. On this one they are lifting a "
                "blade, ninety meters of white fiberglass, swinging slowly over the heads of men who have worked this "
                "waterfront for thirty years.",
                "Rhonda Selby, a crane operator whose father loaded coal on the same pier, watches it settle onto a "
                "cradle. \"My dad shipped the old energy out of here,\" she says. \"I guess I'm shipping the new one "
                "in.\"",
                "The blade came from the other side of the world. Like much of the hardware now arriving in Hampton "
                "Roads for the wind farm rising twenty-seven miles off Virginia Beach, it was cast and finished in "
                "Zhejiang province, in factories clustered around the coastal city of Wenzhou.",
                "For a decade, that supply chain was a matter for procurement officers. It has lately become a "
                "matter for governments.",
                "Wenzhou, a city of nine million better known abroad for shoes, eyeglasses and cigarette lighters, "
                "has spent the last five years turning its harbor at Dongtou into a base for offshore wind assembly. "
                "Virginia has spent the same years trying to persuade manufacturers that its ports can do more than "
                "receive.",
                "Last week, in a conference room overlooking the James River in Richmond, the two sides put their "
                "interests on paper. The Commonwealth of Virginia and the Wenzhou Municipal People's Government "
                "signed a memorandum of understanding on offshore wind supply chains, port upgrades and the "
                "training of turbine technicians.",
                "The memorandum is not a contract. It commits no money. What it does, according to people on both "
                "sides, is create a working group that will meet twice a year, swap data on installation vessels and "
                "port loads, and send technicians between the two coasts for training.",
                "\"Nobody in this room builds a wind farm alone anymore,\" Virginia's secretary of commerce, Dale "
                "Whitacre, told the delegations before the signing. \"We need their factories and they need our "
                "seabed.\"",
                "Chen Liwei, the Wenzhou vice mayor who led the Chinese delegation, spoke of a longer history. The "
                "Port of Virginia and the Port of Wenzhou signed a friendship-port agreement in 2016, he reminded "
                "the room, and container traffic between them had tripled since.",
                "That history is not entirely comfortable. Members of Virginia's congressional delegation have "
                "questioned whether Chinese components belong in critical energy infrastructure, and a bill in the "
                "General Assembly would have barred state agencies from signing agreements with Chinese "
                "governments. It died in committee.",
                "The same delegation's trade mission also signed purchase contracts worth $140 million for Virginia "
                "soybeans, hardwood lumber and poultry during its four days in the state.",
                "What comes next is less certain. The Virginia Port Authority and Wenzhou's port group are expected "
                "to sign a separate memorandum on green shipping in the spring, officials said, though neither side "
                "would say what it would contain.",
                "Back on the pier, the blade is strapped down by noon. Selby climbs out of her cab and looks at it "
                "for a while. \"Same river,\" she says. \"Different cargo.\""],
         fingerprint="My dad shipped the old energy out of here",
         must_contain=["The fog comes off the Elizabeth River before dawn",
                       "signed a memorandum of understanding on offshore wind supply chains"]),

    dict(id="lv02", site="longview", path="/features/2023/09/hydrogen-on-the-turnpike/", date="2023-09-20",
         title="Hydrogen on the Turnpike",
         dek="New Jersey wants a hydrogen economy. Its newest partner is a Chinese city an hour from Shanghai.",
         pull="“We will learn faster together than apart.”",
         paras=["At the end of a service road behind a warehouse in Linden, there is a hydrogen fueling station that "
                "almost nobody uses. Three delivery trucks fill up there on a good day. The attendant, a retired "
                "refinery worker named Walt Pruski, spends most of his shift reading.",
                "\"People drive past and think it's a propane depot,\" he says. \"I tell them to wait ten years.\"",
                "New Jersey is betting that he is right. The state has spent more than $200 million on hydrogen "
                "research, fueling stations and a hub application to the federal government that would link "
                "refineries in Linden to ports in Newark and Camden.",
                "What it lacks is scale. Fuel cells are still expensive, electrolyzers are still rare, and the people "
                "who know how to run them at industrial size are, increasingly, in China.",
                "That is why, on a humid afternoon in Trenton last week, state officials stood in the rotunda with a "
                "delegation from Jiaxing, a city of five million on the rail line between Shanghai and Hangzhou that "
                "has built one of China's densest networks of hydrogen buses and fueling stations.",
                "\"Today we signed an agreement with the Jiaxing Municipal People's Government that puts our "
                "hydrogen researchers and theirs in the same labs, our bus fleets on the same data and our ports on "
                "the same page,\" Governor Ruth Calloway of New Jersey said at the ceremony on Sept. 12. \"We will "
                "learn faster together than apart.\"",
                "Jiaxing officials described the document as a five-year framework. It calls for joint pilot "
                "projects on fuel-cell trucks at port terminals and for an annual technical workshop, alternating "
                "between the two places.",
                "Two days later, and thirty miles north, a second partnership was sealed. Rutgers University and "
                "JA Solar Technology Co., the Chinese solar panel maker, signed a research agreement in New "
                "Brunswick on Sept. 14 to develop perovskite solar cells that can feed cheap electricity to "
                "electrolyzers.",
                "\"Hydrogen is only as clean as the power that makes it,\" said Priya Natarajan, the Rutgers "
                "chemical engineer who will lead the work. JA Solar will fund two doctoral positions and send "
                "engineers to the university's clean energy lab.",
                "Not everything on the visit ended in signatures. Rutgers also signed an exchange agreement with "
                "Jiaxing University that covers undergraduate students only, and officials from the New Jersey "
                "Board of Public Utilities held talks with Jiaxing's grid company on hydrogen blending without "
                "reaching any agreement.",
                "Critics in the legislature have asked whether the partnership will send New Jersey's know-how "
                "east. Calloway's office says the agreement excludes export-controlled technology and will be "
                "reviewed by the state attorney general each year.",
                "Back in Linden, Pruski has heard about the ceremony on the radio. \"If they send buses, I'll fill "
                "them,\" he says, and goes back to his book."],
         fingerprint="People drive past and think it's a propane depot",
         must_contain=["At the end of a service road behind a warehouse in Linden",
                       "signed a research agreement in New Brunswick on Sept. 14"]),

    dict(id="lv03", site="longview", path="/features/2024/03/the-mudflat-alliance/", date="2024-03-27",
         title="The Mudflat Alliance",
         dek="Conservation groups from both countries have found common cause in the least glamorous landscape.",
         pull="“Mud doesn't make headlines. It makes oxygen and it stores carbon.”",
         paras=["Twice a day, the Yellow Sea pulls back from the coast of Jiangsu and leaves behind a plain of grey "
                "mud so wide that the horizon disappears into it. Birds arrive by the hundred thousand. Crabs come "
                "up to feed. Nobody else seems to notice.",
                "\"Mud doesn't make headlines,\" says Wang Xiaoqing, a wetland ecologist who has walked these flats "
                "for twenty years. \"It makes oxygen and it stores carbon. That should be enough.\"",
                "For most of those twenty years it was not. Sea walls, shrimp ponds and industrial parks took "
                "roughly half of China's coastal wetlands between the 1950s and the 2010s. Only recently has the "
                "government begun counting the carbon the remaining mud holds.",
                "Conservation groups have noticed, and so have their foreign partners.",
                "A five-year cooperation agreement on coastal wetlands and blue carbon was signed in Beijing on "
                "March 19.",
                "The signatories were The Nature Conservancy, the Arlington-based conservation group, and the SEE "
                "Foundation, a Chinese environmental charity founded in 2004 by a group of entrepreneurs worried "
                "about desertification.",
                "Under the agreement, the two groups will map blue carbon stocks along 1,000 kilometers of coast, "
                "restore salt marsh at three pilot sites and train local officials to measure what they have "
                "saved.",
                "\"We bring the science and the methods; they bring the people who actually live on this coast,\" "
                "said Dana Ferris, who directs the Conservancy's work in Asia. \"Neither of us could do this "
                "alone.\"",
                "The agreement joins an older partnership. Earlier this month, the Institute for Sustainable "
                "Communities and Friends of Nature renewed their memorandum of understanding for another five "
                "years. The two groups first signed it in 2019 to train community organizers in climate "
                "adaptation.",
                "Friends of Nature, founded in 1994, was one of China's first registered environmental groups. The "
                "Institute for Sustainable Communities, based in Montpelier, Vermont, has worked in China since "
                "2005.",
                "Such partnerships have become harder to sustain. A 2017 law placed foreign non-governmental "
                "groups under police supervision, and several American organizations have since closed their "
                "Beijing offices.",
                "Ferris says the Conservancy's registration was renewed last year. \"We file every report they ask "
                "for,\" she says. \"The mud doesn't care about politics, and we try not to either.\"",
                "This summer, the groups plan to hold talks with the Jiangsu forestry bureau about a fourth pilot "
                "site near Yancheng. Nothing has been signed.",
                "On the flats, Wang kneels and pushes a metal tube into the mud, then pulls out a core as dark as "
                "chocolate. \"Two thousand years of carbon,\" she says. \"All we have to do is leave it alone.\""],
         fingerprint="Mud doesn't make headlines",
         must_contain=["Twice a day, the Yellow Sea pulls back from the coast of Jiangsu",
                       "A five-year cooperation agreement on coastal wetlands and blue carbon was signed in Beijing"]),

    # --- courier: a regional newspaper --------------------------------------------------------------------------------
    dict(id="cl01", site="courier", path="/news/local/2024/05/10/ut-battery-research-deal-eve-energy/",
         date="2024-05-10", updated="2024-05-10T16:40",
         title="UT lands battery research deal with Chinese maker EVE Energy",
         byline="By Marcus Lyle", role="Knoxville Courier", comments=58,
         paras=["KNOXVILLE - On the fourth floor of the Zeanah Engineering Complex, a graduate student named Kayla "
                "Dunbar is taking apart a battery the size of a shoebox with a plastic knife.",
                "She is looking for the places where it failed. In a year, she hopes, she will be doing the same "
                "thing to cells made in Huizhou, China.",
                "The University of Tennessee signed a research agreement on Monday with EVE Energy Co., one of "
                "China's largest makers of lithium batteries, to study how storage cells age on the power grid.",
                "The deal, worth $4.5 million over three years, will pay for six doctoral students and a testing "
                "lab at the university's campus in Knoxville, officials said.",
                "\"Every utility in the Southeast is asking the same question: how long will these batteries "
                "last?\" said Ramesh Gupta, the engineering professor who will direct the lab. \"We are going to "
                "answer it with real data.\"",
                "EVE Energy, based in Huizhou in Guangdong province, supplies cells to carmakers and grid operators "
                "around the world. It has no factory in the United States.",
                "The agreement comes as Tennessee has become a center of the American battery industry, with plants "
                "under construction in Stanton and Clarksville.",
                "It also comes amid scrutiny. U.S. Rep. Tom Garrity, a Republican who represents part of East "
                "Tennessee, said in a statement that the university should \"explain how this partnership protects "
                "American research.\"",
                "University officials said the work is unclassified and that EVE Energy will have no access to "
                "federally funded projects.",
                "A state trade mission that returned from China last month signed purchase deals worth $60 million "
                "for Tennessee cotton, whiskey and hardwood, the state Department of Economic and Community "
                "Development said.",
                "Gupta said he hopes the first cells will arrive in Knoxville by August.",
                "Dunbar, meanwhile, has finished with the shoebox battery. \"It died young,\" she says. \"I'd like "
                "to know why.\""],
         fingerprint="taking apart a battery the size of a shoebox with a plastic knife",
         must_contain=["The University of Tennessee signed a research agreement on Monday with EVE Energy Co."]),

    dict(id="cl02", site="courier", path="/news/state/2024/08/22/kentucky-datong-coal-country-agreement/",
         date="2024-08-22", updated="2024-08-23T09:15",
         title="From one coal country to another: Kentucky signs clean energy pact with Chinese city",
         byline="By Jolene Barker", role="Frankfort Bureau", comments=212,
         paras=["FRANKFORT - The men who came to the Capitol on Tuesday had spent their lives around coal.",
                "Some had mined it in Pike County. Others had run it through power plants in Datong, a city in "
                "northern China's Shanxi province that calls itself the country's coal capital.",
                "By the afternoon, they had signed a piece of paper about what comes after it.",
                "Gov. Earl Whitley and Datong Mayor Li Guohua signed an agreement on Tuesday committing the "
                "Commonwealth of Kentucky and the Datong Municipal People's Government to cooperate on solar power "
                "on reclaimed mine land, retraining for coal workers and cleaning up old mine sites.",
                "\"They have been where we are,\" Whitley said. \"Their mines are closing, their young people are "
                "leaving and they are trying to figure out what to do with the land. So are we.\"",
                "Datong has built more than 3 gigawatts of solar panels on land damaged by mining, including a "
                "plant shaped, from the air, like a giant panda.",
                "Kentucky has about 150,000 acres of reclaimed mine land. A solar farm on a former strip mine in "
                "Martin County began producing power last year.",
                "Li, speaking through an interpreter, said Datong would send engineers to Eastern Kentucky this "
                "winter. \"Our land was black,\" he said. \"Now it is blue with panels.\"",
                "Not everyone was impressed. State Sen. Roy Caudill, a Republican from Hazard, said the "
                "Commonwealth \"has no business taking advice from the Chinese Communist Party about coal.\"",
                "The agreement does not commit state money, according to the governor's office.",
                "A second document is still being drafted. The University of Kentucky and Shanxi University are "
                "expected to sign a memorandum on mine-land research in the spring, a university spokesman said.",
                "Kentucky's last formal agreement with a Chinese government was a 1987 trade understanding with "
                "Jiangsu province, which lapsed in the 1990s.",
                "The delegation left Frankfort on Wednesday for a tour of the Martin County solar site."],
         fingerprint="The men who came to the Capitol on Tuesday had spent their lives around coal",
         must_contain=["Gov. Earl Whitley and Datong Mayor Li Guohua signed an agreement on Tuesday"]),

    dict(id="cl03", site="courier", path="/news/local/2024/10/03/hohhot-delegation-visits-nashville/",
         date="2024-10-03", updated="2024-10-03T18:05",
         title="Chinese wind delegation tours Nashville, talks partnership",
         byline="By Marcus Lyle", role="Knoxville Courier", comments=9,
         paras=["NASHVILLE - A delegation of 22 officials and executives from Hohhot, the capital of China's Inner "
                "Mongolia region, spent three days in Middle Tennessee this week.",
                "They toured the Tennessee Valley Authority's control center in Chattanooga, a battery recycling "
                "plant near Clarksville and the Vanderbilt University engineering school.",
                "The visit was arranged by the Tennessee-China Business Council, a nonprofit that promotes trade "
                "between the state and China.",
                "Hohhot officials held talks with the Metro Nashville government about cooperation on wind power "
                "and electric buses, but no agreement was signed.",
                "\"This was a first date,\" said Carla Benning, the council's director. \"Nobody signs anything on "
                "a first date.\"",
                "Both sides said they hope to sign a memorandum of understanding next year, possibly when Nashville "
                "officials visit Hohhot.",
                "Vanderbilt and Inner Mongolia University signed an agreement covering student exchanges only. Up "
                "to ten students a year will spend a semester at each school.",
                "Inner Mongolia has more installed wind power than any other region of China. Much of it is "
                "curtailed because the grid cannot carry it east.",
                "\"We have more wind than we can use,\" said Bao Tiemu, a deputy director of Hohhot's energy "
                "bureau. \"Tennessee has a grid that works. We want to learn how.\"",
                "The delegation leaves Friday for Atlanta."],
         fingerprint="Nobody signs anything on a first date",
         must_contain=["held talks with the Metro Nashville government about cooperation on wind power"]),

    dict(id="cl04", site="courier", path="/news/business/2024/11/14/georgia-tech-tongwei-solar-silicon/",
         date="2024-11-14", updated="2024-11-15T07:30",
         title="Georgia Tech, Chinese solar giant Tongwei team up on silicon research",
         byline="By Anita Okafor", role="Business Reporter", comments=31,
         paras=["ATLANTA - When Tongwei Co. wanted to know why its solar cells lost power in the Georgia heat, it "
                "did not send its own engineers. It called Georgia Tech.",
                "That phone call, made three years ago, has become a formal partnership.",
                "The Georgia Institute of Technology and Tongwei, the world's largest producer of polysilicon, "
                "signed a research agreement on Tuesday to study how solar cells degrade in hot, humid climates.",
                "The agreement, signed in Atlanta, runs for four years. Tongwei will fund a testing field of 2,000 "
                "panels at a Georgia Tech site in Tifton.",
                "\"Georgia is a perfect laboratory,\" said Helen Zhou, a Georgia Tech materials scientist. \"If a "
                "panel survives a summer in Tifton, it will survive almost anywhere.\"",
                "Tongwei, based in Chengdu in Sichuan province, began as a fish-feed company in the 1980s and "
                "moved into solar in 2006.",
                "The partnership is not Georgia Tech's first with a Chinese company. The university signed a "
                "research agreement with Huawei in 2015 and ended it in 2019, after the federal government placed "
                "the company on a trade blacklist.",
                "Georgia Tech officials said the Tongwei work involves no export-controlled technology and was "
                "reviewed by the university's research security office.",
                "Solar manufacturing has become big business in Georgia. The South Korean company Qcells is "
                "building a factory in Cartersville that will make ingots, wafers, cells and panels.",
                "Georgia Power, the state's largest utility, has asked regulators to approve several new solar "
                "farms in South Georgia, according to filings with the Public Service Commission.",
                "State officials also held talks with Tongwei about building a panel factory in Georgia, but the "
                "company said it has no plans to build in the United States.",
                "Zhou said the first panels would be installed in Tifton in January."],
         fingerprint="If a panel survives a summer in Tifton",
         must_contain=["signed a research agreement on Tuesday to study how solar cells degrade"]),
]
