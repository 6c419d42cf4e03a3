"""Chinese signing clauses and their parties, read by how Chinese announcements are written.

A clause concludes an agreement when it holds a concluding verb (签署, 签订, 签约, 达成, 缔结, 共同发布, 完成续约,
结好签约 ...) and, after it, an instrument (谅解备忘录, 合作协议, 合作文件, a 《title》) — or the verb 签约 alone.
The parties come from the words before the verb:
- "A与B签署", "A、B和C共同签署": one agreement of all of them;
- "A分别与B、C和D签署X和Y": one agreement per counterpart (A+B, A+C, A+D), the instruments matched in order;
- "A与B、C与D、E与F等…签约": one agreement per pair;
- "在…见证下" (witnesses), "代表" (who signs for whom: the body after it), "旗下的/所属" (the unit after it) and
  "（以下简称“X”）" are read for what they are, not as parties;
- a list item with no known name that has the shape of one (a place, then words, then an institutional head:
  斐济总理办公室, 阿尔及利亚国家大坝与调水署, 俄罗斯顿河畔罗斯托夫市) is a party kept as written.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.instruments_zh import instrument_names, signed_by
from scrapers.extract.instrument_titles_zh import opening_pair, titled_signing
from scrapers.extract.joined_names_zh import split_counterparts
from scrapers.extract.non_party_roles import attended_signing
from scrapers.extract.proposed_renewals_zh import negotiated
from scrapers.extract.remote_signing_zh import blank_manner
from scrapers.extract.sister_pairs_zh import listed_pairs
from scrapers.extract.pair_lists import signed_pairs_zh
from pactwatch.gazetteer import CJK
from scrapers.extract.signing_topics_zh import signing_as_topic
from scrapers.extract.off_topic_zh import other_field
from scrapers.extract.roles import actors
from scrapers.extract.text import clauses_zh
from scrapers.extract.parties_zh import (ADVERBIAL, WITH, country_pair, drop_adverbial, entities_in, party_items, masked_asides,
                                         party_groups, title_parties, unit_party)


# the words that name an instrument, by kind: every pattern below that looks for an instrument builds from these
INSTRUMENT_WORDS = {
    "mou": ("谅解备忘录", "合作备忘录", "备忘录", "意向书", "意向声明"),  # (联合意向声明: a declaration of intent)
    "joint_statement": ("联合声明", "共同声明", "联合公报", "(?<!意向)声明"),
    "declaration": ("宣言", "倡议》"),  # an initiative by its title: 《…倡议》
    "partnership": ("伙伴关系", "合作联盟"),
    # (合作/联合行动计划: a plan of cooperation two sides sign; a plan one side issues, 印发《…行动计划》, is none)
    "agreement": ("协议", "协定", "议定书", "合作框架", "合作文件", "合同", "合约", "合作行动计划", "联合行动计划"),
}
# the head nouns a named instrument ends on where its name stands before the verb ("…合作谅解备忘录签约仪式"); a
# ceremony held may also be a protocol's
NAMED_HEADS = ("备忘录", "协议", "协定", "合作文件")
CEREMONY_HEADS = (*NAMED_HEADS, "联合声明")
HELD_HEADS = (*NAMED_HEADS, "议定书", "联合声明")
ZH_INSTRUMENTS = [(re.compile("|".join(words)), kind) for kind, words in INSTRUMENT_WORDS.items()]
# (交换…文本: "A与B交换了…备忘录文本", the texts of an instrument exchanged at its ceremony, as 签署 is)
ZH_SIGN = re.compile(r"(?:共同|联合)(?:发起)?成立|完成续约|结好签约|共同发布|共同发表|签订|签署|签约|达成|缔结|续签|发表|发布|建立|结为|启动|"
                     r"(?<![互并和后])交换(?=了?[^，。；]{2,30}文本)")
ZH_NOT_DONE = re.compile(r"(?:将|拟|计划|预计|有望|准备|即将|将于|希望|争取|打算|或将|未|尚未|没有)[^，。；]{0,8}$")
# what the signing carries out, not a signing ("根据…签署的"); 执行 in a post (首席执行官, 执行副主席) is no verb
ZH_REFERENCE = re.compile(r"(?:落实|贯彻|执行(?![官长董副主总])|根据|按照|依据|基于|依照)[^，。；]{0,30}$")
# "A与B共同见证了…的签约", "两国领导人见证…签署": the subject witnessed (在…见证下 is an aside, masked before)
WITNESSED = re.compile(r"见证(?:了|着)?")
MAYBE = re.compile(r"探讨|商讨|磋商|讨论|酝酿|(?:研究|考虑)$")
# "签署并互换协议文本": the texts of what was signed are exchanged; "协议文本" names no instrument of its own
EXCHANGED = re.compile(r"^\s*(?:并|和|后)?\s*(?:互换|交换)了?(?:协议|合作)?文本")
AGGREGATE = re.compile(r"^\s*了?\s*(?:\d+|[一二三四五六七八九十百多]+)\s*(?:份|项|个|批)")


SUCCESSIVELY = re.compile(r"先后([与同])")


def find_agreements_zh(sentence: str, entities: list[Entity], subject_before: str | None = None,
                       pair_before: list[str] | None = None) -> list[tuple[str, str | None, list[str], int]]:
    """(type, title, parties, clause start) of every agreement a Chinese sentence reports as concluded;
    `subject_before` is who signed in the sentence before, for a clause that opens on 与 ("；与X签订…");
    `pair_before` the two the sentence before said met, for a signing by "双方" (both_sides_zh)."""
    out = []
    # "A先后与B、C、D签署…": one after another, one agreement per counterpart, as 分别与 (same length: offsets kept)
    sentence = SUCCESSIVELY.sub(r"分别\1", sentence) if "先后" in sentence else sentence
    sentence = listed_pairs(sentence)  # "新增的5对友好城市分别为A与B、C与D": each pair's signing (sister_pairs_zh)
    listed = signed_pairs_zh(sentence)  # "此次签约的…共4对，分别是：A与B，C与D": each pair's signing (pair_lists)
    # (a listed pair has no clause of its own to confirm its split at 与, and a side kept in Chinese joins no English
    # telling of the same pairing: only pairs of names read whole are taken from such a list)
    whole_names_only, sentence = listed != sentence, listed
    sentence = blank_manner(sentence)  # "以云签约方式签署": a manner, not a verb nor part of a party (remote_signing_zh)
    entities = split_counterparts(sentence, entities)  # "正泰新能源与马来西亚国家能源公司": two names, not one
    spans = clauses_zh(BRACKETED.sub(lambda m: re.sub(r"[，,；;：:]", " ", m.group()), sentence))
    for n, (a, b) in enumerate(spans):
        clause = sentence[a:b]
        if "的" in clause and ("由" in clause or "签署的" in clause or "签订的" in clause) and \
                (rel := signed_by(clause, a, sentence, entities)):  # "由A和B联合签署的《X》", "包括A与B签署的X"
            out += [((_instruments(i) or [("agreement", 0)])[0][0], t, g, a) for g, i, t in rel if not other_field(i)]
            continue
        if "》" in clause and (titled := titled_signing(clause, a, sentence, entities)) and \
                (kind := _instruments("《" + titled[0] + "》")):  # "《A与B…谅解备忘录》在X签署" (instrument_titles_zh)
            out.append((kind[0][0], titled[0], titled[1], a))
            continue
        verb = ZH_SIGN.search(clause)
        if not verb:
            continue
        before, after = clause[:verb.start()], clause[verb.end():]
        said = _unnamed(before, a, entities)  # "联合国开发计划署在长春签署": 计划 in a name plans nothing
        if ZH_NOT_DONE.search(said) or ZH_REFERENCE.search(said) or re.match(r"了?的", after) or \
                AGGREGATE.match(after) or MAYBE.search(said) or re.search(r"可能性|可行性", after) or \
                negotiated(before, after) or signing_as_topic(before, after):  # (proposed_renewals_zh, signing_topics_zh)
            continue  # planned, recalled, counted, or only explored ("探讨…缔结姊妹港协议的可能性")
        if other_field(after):
            continue  # "…签署《跨境人民币结算合作协议》": trade or finance, no record of the tracker's
        insts = _instruments(EXCHANGED.sub("", after))
        if not insts and verb.group().endswith("成立") and FOUNDED.match(after):
            insts = [("partnership", 0)]  # "A与B共同发起成立X研究院/联盟": a partnership of the founders
        ceremony = CEREMONY.match(after) if not insts and verb.group() == "签约" else None
        if ceremony and (named := NAMED_BEFORE.search(before)):
            # "江苏省—美国加利福尼亚州应对气候变化合作谅解备忘录签约仪式在南京举行": the instrument's name holds
            # its parties, joined by a dash or 与
            insts = _instruments(named.group("inst"))
            before = before[:named.start()] + named.group().replace("—", "、")
        held = HELD_CEREMONY.search(before) if not insts and verb.group() == "签约" and after.startswith("仪式") else None
        if held:
            # "A与B今日在广州举行应对气候变化合作备忘录签约仪式": the parties hold the ceremony of the instrument named
            insts, before = _instruments(held.group("inst")), before[:held.start()]
        topic = None if insts else TOPIC.match(before)
        if topic:
            # "A与B的备忘录于9月24日在上海…签署": the instrument opens the clause, its parties before 的
            insts, before = _instruments(topic.group("inst")), topic.group("who")
        if not insts and not (verb.group().endswith(("签约", "续约")) and re.fullmatch(r"\s*(?:了|仪式)?\s*[。！]?", after)):
            continue  # "签约" with no instrument concludes only where it ends the clause ("累计签约装机容量" does not)
        if not insts and attended_signing(before):
            continue  # "X副厅长刘芳、Y市长张伟出席签约仪式": who attended a signing did not sign (non_party_roles)
        subject = masked_asides(before)
        if witness := list(WITNESSED.finditer(subject)):
            rest = subject[witness[-1].end():]
            if not re.search(WITH, rest) or rest.rstrip().endswith("的"):
                continue  # "A与B共同见证了…协议的签约": who witnessed a signing is no party to it
            # "两国元首共同见证了A与B签署…": the signers follow the witnesses (blanked, offsets kept)
            subject = " " * witness[-1].end() + rest
        offset = a
        if len(re.sub(r"\s", "", subject)) <= 4 and n:  # "北京和洛杉矶，共同签署了..."
            pa, pb = spans[n - 1]
            subject, offset = masked_asides(sentence[pa:a + verb.start()]), pa
        elif n and _adverbial(subject, offset, entities) and not ADJUNCT.match(sentence[spans[n - 1][0]:spans[n - 1][1]]):
            # "A与B、C及D，昨日（12月19日）在深圳签订…": the clause before is the subject, this one says when and where
            pa, pb = spans[n - 1]
            subject, offset = masked_asides(sentence[pa:pb]), pa
        # "…，在哥德堡与B签署": where, then the bare 与 of a clause whose subject was named before
        bare = re.match(r"\s*(?:还|又|并|也|则)?(?:在[^，。；与和同]{1,8}?)?(分别)?(?:与|同)(?!会|此|其|时)", subject)
        if bare and any(e.start < offset + bare.end() <= e.end for e in entities):
            bare = None  # "11月18日，同济大学、南京大学…": the 同 opens a name (同济大学), it joins nothing
        opener = _sentence_subject(sentence, spans[0][0], a, entities) if bare and n and not out else None
        if bare and n == 1 and not out and opener is None:
            # "远景科技集团旗下的远景动力，与雷诺集团28日签署…": the clause before names the unit that signs
            opener = unit_party(sentence[spans[0][0]:spans[0][1]], spans[0][0], sentence, entities)
        if bare and (out or (subject_before and n == 0) or opener):
            # "…签订合作谅解备忘录；与太平船务、中国海油签订三方协议": the subject of the clause before goes on;
            # "A过去数日在上海及北京，分别与B、C及D签署…": the name the sentence opens with
            head = out[-1][2][0] if out else (opener or subject_before)
            objects = party_items(subject[bare.end():], offset + bare.end(), sentence, entities, True)
            groups = [[head, *o] for o in objects] if bare.group(1) else \
                [[head, *[p for o in objects for p in o if p != head]]]
        else:
            groups = party_groups(subject, offset, sentence, entities)
        k = next((i for i, (x, _) in enumerate(spans) if x == offset), n)  # the clause the subject opens
        if k and all(len(g) < 2 for g in groups) and re.match(r"\s*(?:双方|三方|四方|各方)", subject) and \
                (said := ANNOUNCED.search(sentence[spans[k - 1][0]:spans[k - 1][1]])):
            # "A与B宣布，双方就…达成一致并签署谅解备忘录", "A与B举行会谈，双方就…进行了交流，并签署了…": 双方 are
            # the two who announced it, or met, in the clause before
            pa = spans[k - 1][0]
            groups = party_groups(masked_asides(sentence[pa:pa + said.start()]), pa, sentence, entities)
        elif pair_before and all(len(g) < 2 for g in groups) and re.search(r"双方|两市|两省", subject):
            groups = [pair_before]  # "A与B…举行会谈。" + "…，双方签署了《…》": the two who met
        title = re.search(r"《([^》]+)》", after)
        t_at = a + verb.end() + title.start(1) if title else 0
        if title and len(groups) == 1 and (
                named := title_parties(title.group(1), t_at, entities, sentence) or
                (opening_pair(title.group(1), t_at, entities) if len(groups[0]) < 2 else [])):
            # "双方签署了《A与B关于…》", "…《A与B清洁能源合作谅解备忘录》": the parties the title names
            groups = [named] if len(named) >= len(groups[0]) else groups
        if title and all(len(g) < 2 for g in groups) and (re.search(r"双方|两国", subject) or not any(groups) and PERSON_PAIR.search(drop_adverbial(subject))) and \
                (pair := re.match(r"中(?P<other>[美英法德俄日韩欧加澳意])", title.group(1))) and \
                (names := country_pair(pair.group("other"))):
            # "会谈后双方共同发表《中美气候变化联合声明》", "解振华与克里共同发表《中美…联合声明》" (envoys, who name no
            # party): the two the title's compound names
            groups = [names]
        kinds = [k for k, _ in insts] or ["agreement"]
        titles = re.findall(r"《([^》]+)》", after)
        if len(groups) == 1 and len(groups[0]) >= 2 and len(insts) > 1 and EACH.search(before):
            # "A与B分别签署《X》和《Y》": one signing, one agreement per instrument
            named = len(titles) == len(insts)
            out += [(kind, titles[i] if named else None, groups[0], a) for i, kind in enumerate(kinds)]
            continue
        if len(groups) == 1 and len(groups[0]) >= 2 and len(insts) > 1 and \
                len(names := instrument_names(after) or []) == len(insts):
            out += [(kind, names[i], groups[0], a) for i, kind in enumerate(kinds)]  # "签署了《X》和《Y》两份协议"
            continue
        for i, parties in enumerate(groups):
            if len(parties) < 2:
                continue
            same = len(insts) == len(groups) and len(groups) > 1
            kind = kinds[i] if same else kinds[0]
            name = titles[i] if same and len(titles) == len(groups) else (titles[0] if len(titles) == 1 else None)
            out.append((kind, name, parties, a))
    return [o for o in out if not any(CJK.search(p) for p in o[2])] if whole_names_only else out


TOPIC = re.compile(r"^(?P<who>[^，。；的]*?(?:与|同|和)[^，。；的]*?)的(?P<inst>[^，。；的]{0,12}?(?:" + "|".join(NAMED_HEADS) + r"))"
                   r"(?=\s*(?:已|亦|也|则)?\s*(?:于|在|由))")
# "…分别签署《X》和《Y》": 分别 right before the verb distributes over the instruments, not the parties
EACH = re.compile(r"分别\s*$")
FOUNDED = re.compile(r"^[^，。；]{2,30}?(?:研究院|研究中心|研究所|实验室|中心|联盟|平台|伙伴关系|合作机制)(?=$|[，。；])")
HELD_CEREMONY = re.compile(r"(?:举行|举办)了?(?P<inst>[^，。；《》]{0,30}?(?:" + "|".join(HELD_HEADS) + r"))\s*$")
CEREMONY = re.compile(r"^仪式\s*(?:(?:在|于)[^，。；]{1,12}?)?\s*(?:隆重|正式)?\s*举行")
NAMED_BEFORE = re.compile(r"(?:^|(?<=[，。；]))\s*(?P<inst>《[^》]+》|[^，。；《》]{4,60}?(?:" + "|".join(CEREMONY_HEADS) + r"))\s*$")
# "解振华与克里（于17日）共同发表": two people named, one on each side (not 与会各方, "all present")
PERSON_PAIR = re.compile(r"(?<![与会])[\u4e00-\u9fff·]{2,5}(?:与|和|同)(?!会)[\u4e00-\u9fff·]{2,5}\s*(?:共同|一道|联合)?\s*$")
# "A与B宣布，双方…签署": the clause before says who speaks as 双方
ANNOUNCED = re.compile(r"(?:共同|联合|正式|今天|今日|日前|近日)?(?:宣布|表示|称|透露|发布消息|对外宣布)\s*$|"
                       r"(?:举行了?|进行了?)?(?:视频)?(?:会谈|会见|会晤|座谈)\s*$")
# "长滩港，联同A、B及C，于9月22日在深圳签署…": a clause that is itself an adjunct is no subject of its own
ADJUNCT = re.compile(r"^\s*(?:联同|连同|会同|携同|偕同)")
OPENER = re.compile(r"^\s*(?:【[^】]{1,10}】)?\s*")
DAY_LEAD = re.compile(r"(?:(?:当地时间|北京时间)?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚间)?\s*[，,]\s*)?")
DELEGATION = re.compile(r"^(?:代表团|一行)?\s*(?:(?:访问|出访|访|考察)[^，。；与和同]{1,12}?期间)?")


# "（Asian Development Bank，以下简称“亚行”）": a bracket's commas split no clause
BRACKETED = re.compile(r"[（(][^（()）]{1,80}[）)]")


def _unnamed(text: str, offset: int, entities: list[Entity]) -> str:
    """The words with every organisation's name as one word (某): a name's own words (计划署, 执行局) say nothing of
    whether a signing was done, and a long name is no distance between a modal word and the verb."""
    for e in sorted((e for e in entities if e.kind == "org"), key=lambda e: -e.start):
        a, b = max(e.start - offset, 0), min(e.end - offset, len(text))
        if a < b:
            text = text[:a] + "某" + text[b:]
    return text


def _adverbial(subject: str, offset: int, entities: list[Entity]) -> bool:
    """Whether the words before the verb only say when and where (昨日（12月19日）在深圳), naming no party."""
    if not subject.strip() or not ADVERBIAL.fullmatch(subject):
        return False
    m = re.search(r"(?:在|于)(.+)$", subject.strip())
    return m is None or all(e.kind != "org" for e in entities_in(entities, offset, offset + len(subject)))


def _sentence_subject(sentence: str, start: int, end: int, entities: list[Entity]) -> str | None:
    """The party a sentence opens with, when the words after it up to the clause at `end` only say when and where
    ("新加坡海事及港务管理局（海港局）过去数日在上海及北京，分别与…"): who the bare "分别与…" clause goes on with."""
    lead = OPENER.match(sentence, start).end()
    lead = DAY_LEAD.match(sentence, lead).end()  # "当地时间10月19日，吉林大学代表团…": the day first
    first = next((e for e in entities if e.start == lead), None)
    if first is None or first.kind not in {"org", "city", "province", "state"}:
        return None
    rest = masked_asides(sentence[first.end:end]).strip(" ，,")
    rest = re.sub(r"^过去(?:数|几|两|三)[日天]|^(?:近日|日前|此前|本周|上周)", "", rest)
    # "吉林大学代表团访问瑞典期间": a body's delegation on a visit acts for the body; the visit says when
    rest = DELEGATION.sub("", rest)
    if re.search(r"[与和同跟及]\s*$", rest) or not ADVERBIAL.fullmatch(re.sub(r"[及和、]", "", rest)):
        return None
    named = actors([first], sentence)
    return named[0].name if named else None


def _instruments(after: str) -> list[tuple[str, int]]:
    """Instruments named after the verb, in order: one per conjoined object ("…备忘录和…协议")."""
    text = re.sub(r"《([^》]+)》", lambda m: "《" + m.group(1).replace("和", "与") + "》", after)
    text = re.sub(r"》\s*《", "》、《", text)  # "《X协议》《Y备忘录》和《Z协议》": titles written back to back are a list
    out = []
    for part in re.split(r"和|及|以及|、", text):
        hits = [(m.start(), kind) for rx, kind in ZH_INSTRUMENTS for m in rx.finditer(part)]
        if hits:
            out.append((max(hits)[1], 0))  # the head noun ends the phrase: "…合作备忘录"
    return out


