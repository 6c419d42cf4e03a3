"""Read records out of an article's main text: events, agreements with their parties, and commitments.

`extract_mentions(article)` is pure: text in, mentions out, each with the sentence it was read from. Resolution
(warehouse.resolve) later merges mentions of one fact across sentences, pages and languages.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from collections import Counter
from datetime import timedelta

from pactwatch.models import Article, Mention
from scrapers.extract.signings_en import place_named_before
from scrapers.extract.agreements import EVENT_ANAPHORA, find_agreements, instrument_kind
from scrapers.extract.both_sides_zh import both_sides, meeting_day_place, pair_word_fits, same_day_place, signed_by_both
from scrapers.extract.instruments_zh import signing_pair
from scrapers.extract.off_topic_zh import other_field_venue
from scrapers.extract.two_sentences_en import complete, first_signing, listed, restate
from scrapers.extract.two_sides_en import documents_signed_in, separate, separate_ceremony, two_sides
from scrapers.extract.place_anaphora_en import StorySigners, the_place_signs
from scrapers.extract.signers_zh import ZH_BEFORE, held_ceremony, held_session
from scrapers.extract.clauses_en import SAME_SESSION, bodies_of_people, people_bodies, principal_places, upcoming
from scrapers.extract.minister_ministries_en import story_country
from scrapers.extract.closing_outcomes import closing_day
from scrapers.extract.summit_results_zh import at_gathering, first_day_signings, listed_item
from scrapers.extract.sentence_pledges import sentence_pledges
from scrapers.extract.own_province_units_zh import own_province_units
from scrapers.extract.possessive_parties_en import owned_by_place
from scrapers.extract.dates import DateContext, explicit_dates, find_dates, settle, text_year
from scrapers.extract.named_years import sentence_context
from scrapers.extract.day_references import MONTH_DAY, bare_day_of, last_of_span, restated_day, zh_told_day
from scrapers.extract.closing_ceremonies_zh import closing_ceremony
from scrapers.extract.closing_days_zh import closing_told_day  # (the day a later 同日 or 签约仪式上 means)
from scrapers.extract.dates_numeric import page_order
from scrapers.extract.entities import find_entities
from scrapers.extract.event_rules import cop_head, last_from_first, other_edition
from scrapers.extract.edition_names import same_edition
from scrapers.extract.events import HELD, find_events
from scrapers.extract.told_sentences import tell_sentences
from scrapers.extract.corrections import apply_corrections
from scrapers.extract.held_elsewhere import closed_date, held_date, held_place
from scrapers.extract.anaphor_days import anaphor_days, opening_told
from scrapers.extract.online_gatherings import signed_remotely
from scrapers.extract.event_places import place_event
from pactwatch.gazetteer import CJK
from scrapers.extract.clause_readers_en import another_instrument, gathering_city
from scrapers.extract.pledges_en import SAME_BASE
from scrapers.extract.regions_en import place_kind
from scrapers.extract.body_anaphora_en import body_anaphors
from scrapers.extract.body_meetings import next_sentence, signed_at
from scrapers.extract.signing_place_en import signing_place_told
from scrapers.extract.listed_en import inline_items
from scrapers.extract.event_phrases_en import held_online, several_days
from scrapers.extract.orgs import aliases
from scrapers.extract.datelines import dateline
from scrapers.extract.lede_days_en import lede_day, parent_gathering
from scrapers.extract.digest_items import digest_items, digest_mentions
from scrapers.extract.further import further, set_apart
from scrapers.extract.joining_en import completes_joining, membership_in
from scrapers.extract.occasion import quoted, remarks, same_occasion, told_day
from scrapers.extract.target_owners import target_owner
from scrapers.extract.state_media_en import ALSO_SIGNED, occasion_signing
from scrapers.extract.pledge_scope_zh import scope_owner
from scrapers.extract.text import Sentence, simplified, split_sentences
from scrapers.extract.headline_clauses_zh import clause_read, restore_quotes
from scrapers.extract.story_close import close_story
from scrapers.extract.story_cues import (EN_HEAD_WORD, FINAL_DAY, NEXT_DAY, RECALLED, SIGNED_IN, ZH_HEAD_WORD,
                                         ZH_TOLD_AFTER_NAME)
from scrapers.extract.story_context import first_published, principals_of
from scrapers.extract.trip_principal import dateline_host, elsewhere_city, trip_principals

EXTRACTOR_VERSION = "2026.12.08-9"


def extractor_version() -> str:
    """Version of the extraction rules and curated data together; stored with every record."""
    return f"{EXTRACTOR_VERSION}+aliases.{aliases().version}"


def extract_mentions(article: Article) -> list[Mention]:
    """Every event, agreement and commitment mention in one article, with its quote and resolution hints."""
    text = article.text or ""
    if (items := digest_items(text)) is not None:  # a digest page: each item a story of its own
        return digest_mentions(article, items, extract_mentions)
    title = article.title if article.title and article.title.strip() not in text[:300] else None
    title, text, heads = clause_read(title, text)  # "…举行 我局与…签署…": a headline by its clauses (headline_clauses_zh)
    sentences = split_sentences(text, title)
    # "The agreements signed today included: a memorandum ...; an agreement ...": read as an opening and its items
    sentences = [Sentence(piece, sent.index, sent.paragraph) for sent in sentences
                 for piece in (inline_items(sent.text) or [sent.text])]
    ctx = DateContext(first_published(text, article.published_on), text_year(simplified(text)), explicit_dates(text),
                      page_order(text))  # "12/03/2026" read by the page's own convention (dates_numeric)
    trip = trip_principals(text)  # "Governor X of Y" then "X and Z signed", "the governor also signed"
    url = article.url
    base_hints = {"page_date": article.published_on.isoformat() if article.published_on else None,
                  "language": article.language}

    mentions: list[Mention] = []
    pending: list[tuple[Mention, list[str]]] = []  # agreements/commitments with their sentence's event keys
    event_counts: Counter[str] = Counter()
    event_heads: dict[str, str] = {}
    last_parties: list[str] = []
    last_agreement: Mention | None = None
    occasion_of: Mention | None = None  # the signing an "also signed" one shares its occasion with
    last_kind: str | None = None  # the kind of instrument last said to be signed: what "the document" is
    half = None  # (a signing that named one party or none, or a session of several, its sentence)
    people: dict[str, str] = {}  # person -> the body the text says they lead
    last_agreement_keys: list[str] = []
    last_actor: str | None = None  # who pledged last: "The plan also sets ..."
    recent_places: dict[str, str] = {}  # the last city, state and province named: "the city", "该市"
    story_signers = StorySigners()  # the places named and those told signing: "The province also signed" (place_anaphora_en)
    last_base: dict[str, int] = {}  # actor -> the base year of its last cut: "from the same base"
    recent_day = None  # the last day the text named: "at the opening ceremony" in the next sentence means that day
    recent_end = None  # the last day of the span of days it named with it ("Nov. 12-14"), if it named a span
    told_md = None  # (month, day) of the last "5月20日" the text named, its year settled or not
    ceremony = None  # (title, city, country, day, position) of the last named instrument's ceremony told as held
    session = None  # (day, city, country, position) of the last signing session (签约活动) told as held on a day
    occasion = None  # (position, day or None, (city, country), event keys, sentence) of the sentence before
    all_sentences = [s.text for s in sentences]
    told = tell_sentences(sentences, text, ctx, trip)
    if told is None:
        return []  # no gathering, instrument or target named anywhere: no record, whoever the actors are
    analysed, dated_lede, unpledged, local = told.analysed, told.dated_lede, told.unpledged, told.local
    line = dateline(text, ctx)
    principals = principals_of([e for _, _, ents in analysed for e in ents])
    principals["strict"] = principal_places([(s, ents) for _, s, ents in analysed])
    principals["home"] = story_country([(s, ents) for _, s, ents in analysed])  # a bare minister's country
    first_seen: dict[str, int] = {}  # event key -> the sentence it is first named in
    elsewhere = place_named_before(analysed, line[0])  # "... on Monday in Beijing" under a "BERKELEY —" dateline
    for position, (quote, s, ents) in enumerate(analysed):
        sctx = sentence_context(s, ctx)  # "At the 2024 ... Dialogue, convened ... on March 14": its name's year
        evs = find_events(s, ents, sctx)
        if position in dated_lede and any(ev.start_on is None and ev.month is None for ev in evs) and \
                not several_days(s):  # "LONDON, March 3 - ... at the ..., a two-day online meeting": any of its days
            # an event of a dated lede is dated as if the dateline's day stood in its sentence (as it does)
            whole = dated_lede[position]
            days = {ev.key: ev.start_on for ev in find_events(whole, find_entities(whole, local), ctx)}
            for ev in evs:  # ("met ... on Friday": the Friday before; "one of the forums of the Expo": not its day)
                if ev.start_on is None and ev.month is None and not parent_gathering(s, ev.span[0]):
                    ev.start_on = lede_day(s, days[ev.key]) if days.get(ev.key) else None
        sentence_keys = []
        for ev in evs:
            online = ev.city is None and held_online(s)
            if online:
                ev.country = None  # "a two-day virtual event co-hosted by the United Kingdom and Canada": no place
            if upcoming(s, ev.span[0]) or other_edition(s, ev.span[0], ev.start_on is not None):
                continue  # "ahead of COP28", "the next Forum will be held in ...": not where this news happened
            if CJK.search(ev.name) and other_field_venue(s, ev.name):
                continue  # "…推介会上，A与B签署了《文化旅游交流合作协议》": a gathering of another field
            if ev.standing_body and not signed_at(s, ev.span[1], next_sentence(analysed, position)):
                continue  # a standing body's meeting where nothing was signed: no gathering of the tracker's
            if membership_in(s, ev.span[0]):
                continue  # "was admitted to the Arctic Mayors' Forum as an observer": a body joined, no gathering
            if ev.start_on is None and ev.month and article.published_on and \
                    (article.published_on - ev.month).days > 120 or ev.recalled:
                continue  # "the first summit, in September last year": history the story recalls, not its news
            surface = ev.aliases[0] if ev.aliases else ev.name
            if ev.start_on is None and ev.month is None and HELD.search(s) and \
                    ZH_TOLD_AFTER_NAME.match(s, ev.span[1]):
                ev.start_on = zh_told_day(s, ctx.page_date)  # "…论坛昨日在苏州揭幕": yesterday, by the page's date
                if ev.start_on and ev.end_on is None:
                    ev.end_on = last_from_first(ev.start_on, s)  # "…」昨（19）日于…开幕，为期两天": its last day
            if ev.start_on is None and ev.month is None:  # a month of its own: another edition, not today's
                head = ZH_HEAD_WORD.search(surface) or EN_HEAD_WORD.search(surface) or cop_head(ev.name)
                told = same_edition(all_sentences, head.group(1), ev.edition) if head else []  # not the first's
                if head and not (position in dated_lede and several_days(s)) and \
                        not parent_gathering(s, ev.span[0]) and (d := held_date(told, ctx, head.group(1))):
                    ev.start_on = d
                if head and ev.city is None and (where := held_place(told, head.group(1))):
                    ev.city, ev.country = where  # "The two-day forum opened Monday in Brussels"
            if ev.start_on and ev.end_on is None and CJK.search(s) and (zh_head := ZH_HEAD_WORD.search(surface)):
                ev.end_on = closed_date(all_sentences, ctx, zh_head.group(1), ev.start_on)  # "…，11月9日闭幕。"
            place_event(ev, analysed, position, line, elsewhere, online, ctx.page_date)  # (event_places)
            event_counts[ev.key] += 1
            first_seen.setdefault(ev.key, position)
            sentence_keys.append(ev.key)
            head = ZH_HEAD_WORD.search(surface) or EN_HEAD_WORD.search(surface)
            if head:
                event_heads.setdefault(ev.key, head.group(1))
            mentions.append(Mention("event", url, quote, {
                "name": ev.name, "start_on": ev.start_on, "end_on": ev.end_on, "city": ev.city,
                "country": ev.country}, {**base_hints, "key": ev.key, "aliases": list(ev.aliases),
                                        "month": ev.month.isoformat() if ev.month else None}))
            if ev.edition:
                mentions[-1].hints["_edition"] = ev.edition
        where = SIGNED_IN.search(s)
        if where and last_agreement is not None:
            # "The agreement was signed in Beijing ...": where the agreement just reported was signed
            place = next((e for e in ents if e.start >= where.end() - 1 and e.kind != "org"), None)
            if place and place.kind == "city" and (CJK.search(where.group()) or where.group().rstrip().endswith("in")):
                # (not "signed at City Hall by ... Lanzhou Vice Mayor ...": a signer's city)
                last_agreement.fields["city"], last_agreement.fields["country"] = place.name, place.country
            if CJK.search(s) and last_agreement.fields["signed_on_precision"] != "day" and \
                    (day := restated_day(s, ctx)) is not None:
                # "该备忘录于10月24日在南京签署。": the day of the one just reported
                last_agreement.fields["signed_on"], last_agreement.fields["signed_on_precision"] = day, "day"
            # "... on the sidelines of the ... Summit": the event it was signed at
            last_agreement_keys.extend(k for k in sentence_keys if k not in last_agreement_keys)
        if last_agreement is not None and (at := documents_signed_in(s)) is not None and \
                (place := next((e for e in ents if e.start >= at), None)) and place.kind == "city":
            for told, _ in pending:  # "The documents were signed in Yichang": each signing of the sentences before
                if told.fields["city"] is None and position - told.hints["_at"] <= 3:
                    told.fields["city"], told.fields["country"] = place.name, place.country
        if recent_day and NEXT_DAY.search(s):
            recent_day = recent_day + timedelta(days=1)  # "On the second day" of what the text just dated
        if FINAL_DAY.search(s):
            recent_day = recent_end  # "On the final day" of the days just told ("ran Nov. 12-14"); none known: no day
        people.update(people_bodies(s, ents))
        pair, met_in = both_sides(s, ents, analysed[position - 1][1:] if position else None)  # (both_sides_zh)
        pair = pair or (signing_pair(pending, position) if signed_by_both(s) else None)  # "双方还签署了"
        if pair is None and pair_word_fits(s, (two := signing_pair(pending, position)), analysed[position - 1][2]):
            pair = two  # "两市还签署了…": the two cities of the signing just before (both_sides_zh)
        ents = owned_by_place(s, ents, recent_places)  # "the state's Department of ...": the state's own
        ents = own_province_units(s, ents, recent_places)  # "省商务厅与…签署": the story's province's own
        ents = the_place_signs(s, ents, story_signers)  # "..., weeks after the state signed ...": Vermont signed
        found = find_agreements(s, ents, sctx, line, recent_day, principals, last_kind, partial=True,
                                previous=last_parties, pair_before=pair,
                                before=analysed[position - 1][1] if position else "")
        if not found and last_agreement is not None:  # "... signed the plan at a ceremony at a San Francisco hotel"
            signing_place_told(s, ents, last_agreement, position)
        if last_agreement is not None and last_agreement.fields["signed_on_precision"] == "day" and separate_ceremony(s):
            for ag in found:  # "In a separate ceremony, ..." after "X today signed ...": that signing's day
                if ag.signed_on is None:
                    ag.signed_on, ag.signed_on_precision = last_agreement.fields["signed_on"], "day"
        if pair:
            meeting_day_place(found, pair, *met_in, ctx, recent_day)
        if last_agreement is not None and CJK.search(s):
            same_day_place(s, found, last_agreement.fields)
        first_day_signings(found, s, analysed[position - 1][1] if position else "", recent_day)  # "论坛第一天，…"
        closing_ceremony(found, s, analysed[max(0, position - 3):position], ctx)  # "结业式上，…" (closing_ceremonies_zh)
        if found and position and EVENT_ANAPHORA.search(s):  # "On the first day A and B signed ...": where it was held
            gathering_city(found, *analysed[position - 1][1:])
        for ag in found:
            closing_day(ag, s, ctx)  # "released ... at the close of the talks" of days told: the last (closing_outcomes)
            if ag.signed_on and told_md and (bare := bare_day_of(s)) and bare >= told_md[1] and \
                    ag.signed_on.month != told_md[0]:
                # "5月20日，论坛开幕。" + "21日，A与B签署…": the 21st of the month just named, not of the page's
                same = recent_day if recent_day and recent_day.month == told_md[0] else None
                ag.signed_on = same.replace(day=bare) if same else None
                ag.signed_on_precision = "day" if same else None
            if ceremony and ag.title == ceremony[0] and ag.signed_on is None and position - ceremony[4] <= 2:
                # "《X》签署仪式1日在香港举行。" + "A、B…共同签署了《X》。": the day and place of that ceremony
                ag.signed_on, ag.signed_on_precision = ceremony[3], "day" if ceremony[3] else None
                ag.city, ag.country = ag.city or ceremony[1], ag.country if ag.city else ceremony[2]
        half_keys: list[str] = []  # the events of the sentence a half-told signing was begun in
        if half and position - half[1] <= 4 and (wholes := listed(half[0], s, ents)):
            # "... signed the Charter on Tuesday." + "Among the first to sign were ..." ("The first ..., and the second
            # by ...": one each)
            found, half_keys, half = wholes, half[2], None
        for ag in found:
            if not ag.parties and not ag.weak and last_agreement is not None and (sides := two_sides(s, (
                    last_agreement.fields["parties"] if position - last_agreement.hints["_at"] <= 3 else
                    story_signers.pair()))):  # (further back: the one pair the story told signing, place_anaphora_en)
                ag.parties = sides  # "The same day, the two sides signed a separate ...": the two of the signing before
            if people:
                # "signed by Gamal El-Dien and ...": a person the text said leads a body signs for it (and is no body)
                ag.parties = [p for p in ag.parties if p not in people]
                if len(ag.parties) < 2:
                    ag.parties = list(dict.fromkeys(ag.parties + bodies_of_people(s, people)))
            if half and position - half[1] <= 2 and not ag.weak and completes_joining(half[0].joined, ag.parties) \
                    and (whole := complete(half[0], ag)):
                ag, half_keys, half = whole, half[2], None  # "X joined the Under2 Coalition" + "... signed the Under2 MOU"
            elif (len(ag.parties) < 2 and not ag.definite) or ag.weak:
                half = (ag, position, sentence_keys)  # one party named or none: a sentence after may name the others
                continue
            if ag.definite and half and position - half[1] <= 2 and (whole := complete(half[0], ag)):
                # "... inked an MoU with A." + "The MoU was signed by ..., chief of B"
                ag, half_keys, half = whole, half[2], None
            elif ag.definite and last_agreement is not None and position - last_agreement.hints["_at"] <= 3 and \
                    not another_instrument(ag.agreement_type, ag.parties, last_agreement.fields) and \
                    not first_signing(last_agreement.fields, ag):  # "The pact, inked by" (not "first signed ... 2020")
                if not RECALLED.search(s):  # (not "... the MOU the two cities signed in Xining earlier this month")
                    restate(last_agreement.fields, ag)  # "The memorandum was signed on Thursday by ..."
                continue
            if len(ag.parties) < 2:
                continue
            if ag.signed_on is None and half and half[0].weak and half[0].signed_on and position - half[1] <= 6 and \
                    not RECALLED.search(s):
                # "X signed two deals on Tuesday." + "X's chairman signed a framework agreement with Y": that day
                ag.signed_on, ag.signed_on_precision = half[0].signed_on, half[0].signed_on_precision
                ag.city, ag.country = ag.city or half[0].city, ag.country if ag.city else half[0].country
                half_keys = half[2]
            elif last_agreement is not None and ag.signed_on in (None, last_agreement.fields["signed_on"]) and \
                    SAME_SESSION.search(s):  # (its day may be in already: the last day told was that signing's)
                f = last_agreement.fields  # "At the same ceremony X signed ...": that ceremony's day and place
                ag.signed_on, ag.signed_on_precision = f["signed_on"], f["signed_on_precision"]
                if "same day" not in s:  # ("... the same day": that day, not that place)
                    ag.city, ag.country = ag.city or f["city"], ag.country if ag.city else f["country"]
            elif ag.signed_on is None and occasion and occasion[0] == position - 1 and same_occasion(s, occasion[4]) and \
                    not RECALLED.search(s) and (occasion_day := occasion[1] or told_day(occasion[4], ctx, line[2])):
                # "On Monday the leaders met in Brussels." + "The two sides also signed ...": that day and meeting
                ag.signed_on, ag.signed_on_precision = occasion_day, "day"
                ag.city, ag.country = (ag.city, ag.country) if ag.city else occasion[2]
                half_keys = occasion[3]
            elif ag.signed_on is None and session and position - session[3] <= 6 and recent_day == session[0] and \
                    CJK.search(s) and not ZH_BEFORE.search(s):
                # "25日，…签约活动在长春举行。" + "…A与B签署了…意向书。": listed after it, signed there that day
                ag.signed_on, ag.signed_on_precision = session[0], "day"
            elif ag.signed_on is None and not CJK.search(s) and not RECALLED.search(s) and (told := occasion_signing(
                    s, {m.fields["start_on"] for m in mentions if m.record_type == "event"}, line[2],
                    last_agreement.fields if last_agreement else None,
                    position - last_agreement.hints["_at"] if last_agreement else 99)):
                # "During the forum, A signed ..." filed on its opening day; "A and B also signed ...": that day
                ag.signed_on, ag.signed_on_precision = told[0], told[1]
                ag.city, ag.country = (ag.city, ag.country) if ag.city else told[2:]
            if trip.by_title and ag.city and ALSO_SIGNED.search(s) and elsewhere_city(ents, ag.city):
                ag.city = None  # "The governor also signed ... with the B municipal government": not where the last was
            if trip.by_title and ag.city is None and dateline_host(ag.parties, ents, line[0]):
                ag.city, ag.country = line[:2]  # "DALIAN, June 10 - ... Pask and Dalian Mayor Shen signed": there
            if ag.city is None and last_agreement is not None and ag.signed_on and \
                    ag.signed_on == last_agreement.fields["signed_on"] and ALSO_SIGNED.search(s) and \
                    not (trip.by_title and elsewhere_city(ents, last_agreement.fields["city"])):  # (trip_principal)
                occasion_of = last_agreement  # "A and B also signed ...": where the signing before was, once known
            if session and ag.signed_on == session[0] and ag.city is None and position - session[3] <= 6:
                ag.city, ag.country = session[1:3]  # "签约活动上，A与B续签了…": there too
            if ag.city and signed_remotely(s) and not any(e.name == ag.city for e in ents):
                ag.city, ag.country = None, None  # "通过视频连线签署": made at a distance, not at the gathering's city
            last_parties = ag.parties
            m = Mention("agreement", url, quote, {
                "agreement_type": ag.agreement_type, "title": ag.title, "signed_on": ag.signed_on,
                "signed_on_precision": ag.signed_on_precision, "city": ag.city, "country": ag.country,
                "parties": ag.parties, "topics": ag.topics}, dict(base_hints))
            m.hints["_at"] = position
            # told at the gathering: an anaphor in the clause a list item stands for ("闭幕式，二、…"), its first day
            m.hints["_gathering"] = bool(EVENT_ANAPHORA.search(s)) or \
                at_gathering(s, analysed[position - 1][1] if position else "")
            if occasion_of is not None and ag.city is None:
                m.hints["_occasion_of"] = occasion_of  # its place, once the first signing's is known
            occasion_of = None
            if further(quote) or set_apart(quote) or listed_item(quote) or separate(quote):  # (二、A与B签署…)
                m.hints["further"] = True  # "also signed": another instrument than one the page told before
            keys = sentence_keys + [k for k in half_keys if k not in sentence_keys]
            pending.append((m, keys))
            last_agreement, last_agreement_keys = m, keys
            if half and not half[0].weak:
                half = None  # a signing reported in full: an earlier half-told one is not what follows completes
        last_kind = instrument_kind(s) or last_kind
        here = last_agreement if last_agreement is not None and last_agreement.hints.get("_at") == position else None
        day = here.fields["signed_on"] if here and here.fields["signed_on_precision"] == "day" else None
        if (quoted(s) or remarks(s)) and here is None:  # (a quote, or the occasion's speeches: occasion)
            # a quote ("We signed this agreement today," the minister said.) tells no occasion of its own; what
            # follows it may go on with the one told before it
            occasion = (position, *occasion[1:]) if occasion and occasion[0] == position - 1 else None
        else:
            # the occasion this sentence tells, for a further signing in the next one; the day it gives is read
            # (told_day on the sentence, the last item) only if such a signing follows
            occasion = (position, day, (here.fields["city"], here.fields["country"]) if here else (None, None),
                        sentence_keys, s)
        spans = [(d, dm) for dm in find_dates(s) if (d := settle(dm, ctx))[1] == "day"]
        days = [d for d, _ in spans]
        if not days and (bare := zh_told_day(s, ctx.page_date)):
            days = [(closing_told_day(s, ctx.page_date, bare) or bare, "day")]  # "8日，…开幕", "…开幕，昨日闭幕" (the last)
        if days:
            recent_day = days[0][0]
            recent_end = last_of_span(s, spans[0][1], recent_day) if spans else None
        elif day:
            recent_day = day  # "... signed a pact on Wednesday." + "On the same day, ...": the day that signing was told
        elif opened := opening_told(s, evs, ctx.page_date):
            recent_day, recent_end = opened, None  # "... Conference opened in Chengdu on Tuesday." + "At the opening ceremony"
        if "月" in s and (told := MONTH_DAY.findall(s)):
            told_md = tuple(map(int, told[-1]))
        if held := held_ceremony(s, ents):
            ceremony = (*held, days[0][0] if days else None, position)
        elif days and (place := held_session(s, ents)):
            session = (days[0][0], *place, position)
        last_actor = target_owner(s, ents) or last_actor  # "国务院印发《…方案》" + "方案提出，到2025年…"
        around = (analysed[position - 1][2] if position else []) + ents  # "their ports": named just before
        gatherings = {name for ev in evs for name in (ev.name, *ev.aliases)}
        previous = analysed[position - 1][1] if position else ""
        for cm in sentence_pledges(s, ents, previous, last_parties, recent_places, last_actor, around):
            if position in unpledged:
                break
            cm.actor = scope_owner(cm.actor, s, ents)  # "某省发改委负责人介绍，到2025年，全省…": the province's target
            if cm.actor in gatherings:
                continue  # "The Clean Grid Ministerial opened ..., and Denmark pledged ...": a gathering pledges nothing
            if cm.base_year == SAME_BASE:  # "... from the same base": the base of the actor's cut just stated
                cm.base_year = last_base.get(cm.actor)
                if cm.base_year is None:
                    continue
            if cm.base_year:
                last_base[cm.actor] = cm.base_year
            last_actor = cm.actor
            m = Mention("commitment", url, quote, {
                "actor": cm.actor, "commitment_type": cm.commitment_type, "target_year": cm.target_year,
                "base_year": cm.base_year, "reduction_pct_min": cm.reduction_pct_min,
                "reduction_pct_max": cm.reduction_pct_max, "per_capita_t": cm.per_capita_t,
                "share_pct": cm.share_pct}, dict(base_hints))
            m.hints["_at"] = position
            pending.append((m, sentence_keys))
        recent_places.update({k: e.name for e in ents if (k := place_kind(e.kind, e.name))})
        story_signers.add(ents, [m.fields["parties"] for m, _ in pending if m.hints["_at"] == position and
                                 m.record_type == "agreement"])
        recent_places.update(body_anaphors(ents))  # "the county", "the university": named last (body_anaphora_en)
    anaphor_days(mentions, [s for _, s, _ in analysed], first_seen, ctx)  # "The week, organised from 13 to 17 ..."
    told = close_story(mentions, pending, event_counts, event_heads, first_seen, text, article.title, all_sentences)
    # "Correction: ... Tuesday, April 15, not Monday, April 14" (corrections); quotes as the page wrote them
    return restore_quotes(apply_corrections(told, text, ctx), heads)


__all__ = ["extract_mentions", "extractor_version", "HELD"]
