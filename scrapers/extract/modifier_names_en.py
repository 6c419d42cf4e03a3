"""Names used only to qualify a scheme or programme, never as who acts: "the EU emissions trading system", "cities
selected for the EU mission for climate-neutral cities", "under the UK carbon market". The name stands before a
common noun of a programme, in a noun phrase opened by an article; such a name pledges nothing in its sentence (its
owner's own targets are told otherwise: "the EU's target", "the EU will cut")."""
from __future__ import annotations

from scrapers import lazy_re as re

# the programme nouns a name can qualify: "the EU mission", "the EU emissions trading system", "the EU taxonomy"
PROGRAMME_NOUN = re.compile(r"\s+(?:emissions?\s+trading\s+(?:system|scheme)|carbon\s+(?:market|border\s+adjustment)|"
                            r"missions?|taxonomy|directive|regulation|programmes?|programs?|scheme|fund|framework|"
                            r"grants?|label|rules|rulebook|standards?)\b")
ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.I)


def modifier_only(sentence: str, entity) -> bool:
    """Whether the entity is used only to qualify a programme noun after it ("the EU emissions trading system"): no
    actor of a pledge told in the sentence."""
    return bool(ARTICLE_BEFORE.search(sentence, max(0, entity.start - 6), entity.start) and
                PROGRAMME_NOUN.match(sentence, entity.end))


def without_modifiers(sentence: str, entities: list) -> list:
    """The entities but those used only to qualify a programme noun (modifier_only)."""
    return [e for e in entities if not modifier_only(sentence, e)]
