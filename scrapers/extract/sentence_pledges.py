"""Every pledge one sentence states, from each pledge reader in turn: the general forms (commitments), capacity and
fleet targets (English and Chinese), a summit's output shares, and a Chinese share continued from the sentence before.
What `extract_mentions` gives an owner, an event and a quote; split from extract/__init__.py."""
from __future__ import annotations

from scrapers.extract.capacity import capacity_pledges
from scrapers.extract.commitments import CommitmentMention, find_commitments
from scrapers.extract.entities import Entity
from scrapers.extract.fleet_zh import fleet_pledges as fleet_pledges_zh
from scrapers.extract.fleets_en import fleet_pledges as fleet_pledges_en
from scrapers.extract.shares_zh import continued_share_zh
from scrapers.extract.summit_results_zh import output_share_pledges


def sentence_pledges(s: str, ents: list[Entity], previous: str, last_parties: list[str],
                     recent_places: dict[str, str], last_actor: str | None,
                     around: list[Entity]) -> list[CommitmentMention]:
    """The pledges of sentence `s` (its actors `ents`; `previous` the sentence before, `around` the actors of both),
    in the order the readers give them."""
    return [*find_commitments(s, ents, last_parties, recent_places, last_actor, around),
            *capacity_pledges(s, ents, last_actor, recent_places), *fleet_pledges_zh(s, ents, last_actor),
            *fleet_pledges_en(s, ents, recent_places), *output_share_pledges(s, ents),
            *[CommitmentMention(**f) for f in continued_share_zh(s, previous, last_actor)]]
