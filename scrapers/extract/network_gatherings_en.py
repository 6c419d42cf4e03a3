"""A city network's gathering called by its kind (issue 17, the ninety-second web): a network's news calls its own
annual conference "the network's annual conference", "Eurocities' annual conference", "the association's annual
meeting" once the network is named. network_declarations names "the X Alliance's annual meeting" as the event rules
want it ("X Alliance Annual Meeting"); here "the network's" (alliance's, association's, coalition's) stands for the ONE
network the story names, and a network whose name ends in "s" may take a bare apostrophe ("Eurocities' annual").
A story naming no network, or two, keeps its words (no name is guessed).

The networks are those whose names end on a network's head word (Network, Alliance, Association, Coalition,
Covenant ...) and the city networks known by a name of their own (Eurocities, ICLEI, C40, Energy Cities ...: general
knowledge, the names they give themselves). Cheap: a literal "annual " check before one precompiled pattern."""
from __future__ import annotations

from scrapers import lazy_re as re

# city networks known by a name with no head word (general knowledge: the names each gives itself)
_OWN_NAMES = r"Eurocities|EUROCITIES|ICLEI|C40|Energy\s+Cities|Climate\s+Alliance|Metropolis|CEMR|Polis|UCLG"
# a network named with a head word: "the Carbon Neutral Cities Alliance", "the Covenant of Mayors"
_HEADED = (r"(?:[A-Z][\w&-]*\s+){1,5}(?:Network|Alliance|Association|Coalition|Federation|League|Union)|"
           r"(?:Global\s+)?Covenant\s+of\s+Mayors(?:\s+for\s+Climate\s+(?:&|and)\s+Energy)?")
NETWORK = re.compile(rf"\b(?:{_OWN_NAMES}|{_HEADED})\b")
_HEADS = r"meeting|congress|conference|forum|summit|general\s+assembly"
# "the network's annual conference", "Eurocities' annual conference"
BY_KIND = re.compile(rf"\bthe\s+(?:network|alliance|association|coalition|federation)['’]s\s+annual\s+(?P<head>{_HEADS})\b")
BARE_APOSTROPHE = re.compile(rf"\b(?P<body>{_OWN_NAMES}|{_HEADED})['’]\s+annual\s+(?P<head>{_HEADS})\b")


def story_network(text: str) -> str | None:
    """The one city network a story names (its name as written), or None where it names none or several."""
    names = {re.sub(r"\s+", " ", m.group()) for m in NETWORK.finditer(text)}
    names = {n.removeprefix("The ") for n in names}
    return names.pop() if len(names) == 1 else None


def network_gathering(sentence: str, network: str | None) -> str:
    """The sentence with a network's annual gathering named as its own ("<Network> Annual Conference") where it is
    called by its kind ("the network's annual conference", the story naming that one network) or with a bare
    apostrophe ("Eurocities' annual conference"); else the sentence itself."""
    if "annual " not in sentence:
        return sentence
    if network and (m := BY_KIND.search(sentence)):
        return f"{sentence[:m.start()]}the {network} Annual {_title(m.group('head'))}{sentence[m.end():]}"
    if m := BARE_APOSTROPHE.search(sentence):
        return f"{sentence[:m.start()]}{m.group('body')} Annual {_title(m.group('head'))}{sentence[m.end():]}"
    return sentence


def _title(head: str) -> str:
    return " ".join(w.capitalize() for w in head.split())
