"""Chinese signing clauses to agreement mentions: one per agreement a clause concludes (agreements_zh reads the
clause), dated by the clause that holds the signing and placed by 在 + a city before its verb, or a ceremony held
in a city after it. Split from agreements.py, which reads the English ones and calls this for a Chinese sentence."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.agreement_fields import AgreementMention, signing_date
from scrapers.extract.agreement_words import TOPICS
from scrapers.extract.agreements_zh import CEREMONY, ZH_SIGN, find_agreements_zh
from scrapers.extract.homonyms_zh import doubtful_city
from scrapers.extract.qualified_places_zh import placed_after_at
from scrapers.extract.place_references import venue_city

# "继2015年签署友好合作协议后", "继2015年结为友好省州之后": what came before the signing the sentence reports
PRIOR = re.compile(r"继[^，。；]{1,40}?(?:之后|以后|后)")


def read_zh(sentence, entities, ctx, previous=None, pair_before=None) -> list[AgreementMention]:
    """Chinese signing clauses (see agreements_zh): one mention per agreement the clause concludes; `previous`
    are the parties of the agreement the sentence before reported ("…；与X签订…" goes on with its subject)."""
    out: list[AgreementMention] = []
    for kind, title, parties, a in find_agreements_zh(sentence, entities, (previous or [None])[0], pair_before):
        # the day the signing clause gives wins over one an earlier clause gives ("…15日至16日在上海会谈，双方17日发表
        # 《…》": the talks' days, then the statement's); else the sentence's date
        verb = ZH_SIGN.search(sentence, a)
        signed_on, precision = signing_date(_signing_clause(sentence, a, verb), ctx, (None, None, None))
        if precision != "day":  # (not the day of what a 继…后 clause says came before: "继2015年签署…后，A与B再次签署")
            signed_on, precision = signing_date(PRIOR.sub(lambda m: " " * len(m.group()), sentence), ctx, (None, None, None))
        # where: 在 + a city before the verb, or in "…签约仪式在南京举行" after it
        limit = (verb.end() + (c.end() if (c := CEREMONY.match(sentence[verb.end():])) else 0)) if verb else len(sentence)
        where = [e for e in entities if a <= e.start < limit and venue_city(e) and  # (新加坡: a city-state's city)
                 placed_after_at(sentence, e, entities) and not doubtful_city(e, entities)]  # 在(美国…州)X市
        out.append(AgreementMention(kind, title, parties, signed_on, precision,
                                    venue_city(where[-1]) if where else None, where[-1].country if where else None,
                                    topics(sentence)))
    return out


def _signing_clause(sentence: str, start: int, verb: re.Match | None) -> str:
    """The Chinese clause that holds the signing: from its start to the first clause mark after the verb that no
    title in 《》 holds ("…，双方17日发表《…》。" but not "…签署备忘录，此前两市市长15日…会谈")."""
    if verb is None:
        return sentence[start:]
    depth, i = 0, verb.end()
    while i < len(sentence):
        ch = sentence[i]
        depth += (ch == "《") - (ch == "》")
        if depth <= 0 and ch in "，；。,;":
            break
        i += 1
    return sentence[start:i]


def topics(sentence: str) -> list[str]:
    """The fields an agreement's sentence names it is about (clean energy, ports ...)."""
    return [tag for rx, tag in TOPICS if re.search(rx, sentence, re.I)]
