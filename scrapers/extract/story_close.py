"""The end of reading one story: what only the whole story settles, once every sentence has been read.

`close_story` takes the mentions `extract_mentions` gathered sentence by sentence and the story's counts of its
gatherings, and returns the records: an edition the story only recalls is dropped, a gathering's short name joins
its full one, a headline that restates a body agreement in shorthand gives no record of its own, a body that signs
is no gathering, an agreement signed "at the summit" or on a day of the story's gathering takes that gathering's
city, each agreement and pledge learns the story's gatherings told before it, and only what the tracker is for is
kept (topic.keep_records). Pure: the story's mentions and counts in, its records out.
"""
from __future__ import annotations

from collections import Counter

from pactwatch.gazetteer import gazetteer
from pactwatch.jurisdictions import jurisdiction
from pactwatch.models import Mention
from scrapers import lazy_re as re
from scrapers.extract.side_homes import side_homes
from scrapers.extract.agreements import EVENT_ANAPHORA
from scrapers.extract.attended_gatherings import attended_only, tied_at
from scrapers.extract.clauses_en import shares_actor
from scrapers.extract.event_rules import latest_editions
from scrapers.extract.online_gatherings import signed_remotely
from scrapers.extract.place_references import signed_during, signed_elsewhere
from scrapers.extract.same_signing import fold_partnerships
from scrapers.extract.short_names import is_short_form, opening_country, opening_region
from scrapers.extract.story_context import event_short_names, told_head
from scrapers.extract.summit_anaphora import at_named_later
from scrapers.extract.topic import keep_records


def close_story(mentions: list[Mention], pending: list[tuple[Mention, list[str]]], event_counts: Counter[str],
                event_heads: dict[str, str], first_seen: dict[str, int], text: str, title: str | None,
                all_sentences: list[str]) -> list[Mention]:
    """The story's records from its events (`mentions`) and its agreements and pledges with their sentences' event
    keys (`pending`); `event_counts`, `event_heads` and `first_seen` are how often, by which head word and from
    which sentence each gathering is named."""
    mentions = latest_editions(mentions)  # "The first ... Forum was held in ..." beside the third: history
    remap = event_short_names(mentions)
    for key, new in remap.items():
        event_counts[new] += event_counts.pop(key, 0)
        event_heads.pop(key, None)
    for m, keys in pending:
        keys[:] = [remap.get(k, k) for k in keys]
    for key, new in remap.items():
        first_seen[new] = min(first_seen.get(new, 10**9), first_seen.pop(key, 10**9))
    # bare "the summit" / "峰会" later in the text counts for the named event with that head word
    for key, head in event_heads.items():
        event_counts[key] += len(re.findall(rf"\b{head}\b" if head.isascii() else head, text, re.I))
    article_keys = [k for k, _ in sorted(event_counts.items(), key=lambda kv: -kv[1])]
    headline = (title or "").strip()
    bodies = [{jurisdiction(p) for p in m.fields["parties"]} | set(m.fields["parties"])
              for m, _ in pending if m.record_type == "agreement" and m.quote.strip() != headline]
    body = [m for m, _ in pending if m.record_type == "agreement" and m.quote.strip() != headline]
    body_names, body_titles = [m.fields["parties"] for m in body], {m.fields["title"] for m in body}

    def restated(parties: list[str]) -> bool:
        """Every place of the headline stands in one body agreement, itself or as the state it is in."""
        places = [jurisdiction(p) for p in parties]
        return any(all(p in b or (gazetteer().place(p) and gazetteer().place(p).region in b) or
                       any(is_short_form(p, q) or p in (opening_country(q), opening_region(q)) for q in b) for p in places)
                   for b in bodies)

    def shorthand(m: Mention) -> bool:
        """The headline names an actor of a body agreement, in full or shortened, and no instrument of its own (a
        title no body agreement has, "Sichuan and Jiangsu endorse the Under2 MOU"): it tells the body's news."""
        # (a title the headline only writes in title case, "Power Purchase Agreement" for the body's "a power purchase
        # agreement", is the body's instrument, not one of its own)
        own_title = m.fields["title"] and m.fields["title"] not in body_titles and \
            not any(m.fields["title"].lower() in b.quote.lower() for b in body)
        return not own_title and any(shares_actor(m.fields["parties"], b) for b in body_names)
    # the headline's shorthand ("Xiamen, Baltimore ports sign ...") restates an agreement the body states in full
    pending = [(m, k) for m, k in pending if not (m.record_type == "agreement" and m.quote.strip() == headline and
                                                  (restated(m.fields["parties"]) or shorthand(m)))]
    # "signed an agreement with ... the Nigeria Governors' Forum": a party of a signing is a body, not an event
    signers = {p for m, _ in pending if m.record_type == "agreement" for p in m.fields["parties"]}
    mentions = [m for m in mentions if not (m.record_type == "event" and
                                            any(m.fields["name"].endswith(p) for p in signers if " " in p))]
    places: dict[str, dict] = {}  # where each event was held: as first told (a later mention may be another edition)
    for m in mentions:
        if m.record_type == "event" and m.fields.get("city"):
            places.setdefault(m.hints["key"], m.fields)
    pending = fold_partnerships(pending)  # "formalized a partnership" + "A memorandum ... was signed by"
    # (a body that signs is no gathering: "…与尼日利亚州长论坛签署" names no forum the signing was at)
    names = {m.hints["key"]: m.fields["name"] for m in mentions if m.record_type == "event" and
             m.fields["name"] not in signers}
    events = [m for m in mentions if m.record_type == "event"]
    attended = attended_only(events, all_sentences)  # "took part in the ... Dialogue": no default gathering
    for m, keys in pending:
        m.hints["event_keys"] = keys
        if m.record_type == "agreement":
            m.hints.update(side_homes(m.fields["parties"], text))  # whose each side is (warehouse/recalled_sides.py)
        # "通过视频连线签署", "signed virtually": made at a distance, not where the gathering was held (online_gatherings)
        remote = m.record_type == "agreement" and signed_remotely(m.quote)
        if m.record_type == "agreement" and m.fields["city"] is None and not remote and (
                EVENT_ANAPHORA.search(m.quote) or m.hints.pop("_gathering", False)):
            # "On the opening day, A, alongside B, endorsed ...": signed where the story's event was held
            at = m.hints["_at"]
            named = keys or [k for k in article_keys if first_seen.get(k, 10**9) <= at]
            if (head := told_head(m.quote)) and len(set(named)) > 1:
                # "…同样在论坛期间与…签署": the forum among the story's gatherings (a roundtable told first is not it);
                # where none has that head word, as before
                named = [k for k in named if (event_heads.get(k) or "").lower() == head] or named
            if named and named[0] in places:
                m.fields["city"], m.fields["country"] = places[named[0]]["city"], places[named[0]]["country"]
        if (first := m.hints.pop("_occasion_of", None)) is not None and m.fields["city"] is None and not remote:
            m.fields["city"], m.fields["country"] = first.fields["city"], first.fields["country"]  # "also signed": there
        if m.record_type == "agreement" and m.fields["city"] is None and not remote and (here := signed_during(
                m.fields, keys or [k for k in article_keys if first_seen.get(k, 10**9) <= m.hints["_at"]],
                [e for e in mentions if e.record_type == "event"])):
            m.fields["city"], m.fields["country"] = here  # signed on a day of the story's gathering (place_references)
        # the story's event, if named before this sentence (or in it): a seminar the delegates went on to attend
        # that afternoon is not where the morning's agreement was signed
        at = m.hints.pop("_at")
        m.hints.pop("_gathering", None)
        m.hints["article_event_keys"] = [(k, event_counts[k]) for k in article_keys if first_seen.get(k, 0) <= at
                                         and not signed_elsewhere(m, places.get(k))]  # (place_references)
        if not keys and (later := at_named_later(m.quote, article_keys, event_heads, m.hints["article_event_keys"])):
            m.hints["article_event_keys"] = [(later, event_counts[later])]  # "at the Shantou summit", named below
        if head := told_head(m.quote):
            # "At the forum, A and B signed ...", "论坛上，…": the story's forum, not its expo named with it or more often
            keys[:] = [k for k in keys if _headed(names.get(k, ""), head)] or keys
            m.hints["article_event_keys"] = [kv for kv in m.hints["article_event_keys"]
                                             if _headed(names.get(kv[0], ""), head)] or m.hints["article_event_keys"]
        if attended and not keys:  # a gathering only taken part in, unless this record is told made at it
            m.hints["article_event_keys"] = [kv for kv in m.hints["article_event_keys"] if kv[0] not in attended or
                                             _made_at(m, kv[0], events)]
        mentions.append(m)
    # only what the tracker is for: climate/energy agreements, and events where one was signed or a pledge made
    return keep_records(mentions, all_sentences, title, attended)


def _made_at(record: Mention, key: str, events: list[Mention]) -> bool:
    """A record told made at a gathering by its head word ("On the sidelines of the forum", 论坛期间), or an agreement
    signed on one of its days (its first day alone where no last is told), in its city where both have one."""
    told = [e for e in events if e.hints.get("key") == key]
    if any(tied_at(record.quote, e) for e in told):
        return True
    day, f = record.fields.get("signed_on"), record.fields
    if record.record_type != "agreement" or day is None or f.get("signed_on_precision") != "day":
        return False
    starts = [e.fields["start_on"] for e in told if e.fields.get("start_on")]
    ends = [e.fields["end_on"] for e in told if e.fields.get("end_on")] or starts
    cities = {e.fields["city"] for e in told if e.fields.get("city")}
    return bool(starts) and min(starts) <= day <= max(ends) and (f.get("city") is None or f["city"] in cities)



# a Chinese head word's English words, for a name the reader rendered in English ("C40 City Mayors Summit")
_HEAD_EN = {"峰会": "summit", "大会": "conference|congress|assembly", "论坛": "forum", "年会": "annual meeting",
            "博览会": "expo|exposition|fair", "研讨会": "seminar|symposium|workshop", "对话": "dialogue"}


def _headed(name: str, head: str) -> bool:
    """Whether a gathering's name is one of the kind a head word says ("forum": "China-Africa Forum on Green
    Development ...", "论坛": "中阿绿色低碳发展论坛" or a name rendered in English, "... Forum"): the word in an English
    name, the end of a Chinese one."""
    words = head if head.isascii() else _HEAD_EN.get(head)
    return name.endswith(head) or bool(words and re.search(rf"\b(?:{words})\b", name, re.I))
