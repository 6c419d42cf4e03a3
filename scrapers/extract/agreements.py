"""Agreements signed, endorsed or launched, as one sentence states them: type, parties, date, place, title, topics.

A sentence yields an agreement only when it names an instrument (MOU, agreement, declaration, partnership, joint
statement; 谅解备忘录, 合作协议, ...), says it was signed (not planned or merely implemented), and names two parties.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date
from functools import lru_cache

from scrapers.lead_chars import with_lead
from scrapers.extract.list_tails import blank_count_tail, blank_list_apposition
from scrapers.extract.location_trails_en import party_seats_dropped
from scrapers.extract.regions_en import is_region
from scrapers.extract.state_media_en import topic_gap
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import Entity
from pactwatch.gazetteer import CJK
from pactwatch.jurisdictions import jurisdiction
from scrapers.extract.agreement_records_zh import read_zh, topics
from scrapers.extract.gathering_signings import counted_day, told_around
from scrapers.extract.glosses import unglossed
from scrapers.extract.questions import asks
from scrapers.extract.unsigned_en import says_unsigned
from scrapers.extract.nominal_signings_en import witnessed_by
from scrapers.extract.coordinated_en import blanked, signing_clauses
from scrapers.extract.fields_en import other_field
from scrapers.extract.clause_readers_en import each_groups, each_signed, listed_counterparts, signature_verb
from scrapers.extract.instrument_runs_en import chained_with, instrument_runs, run_places
from scrapers.extract.future_signings_en import headline_future
from scrapers.extract.clauses_en import REL_SIGNERS, bare_officials, list_end, masked, outside_asides, relative_clauses, role_names
from scrapers.extract.minister_ministries_en import party_offices
from scrapers.extract.office_holders_en import people_of
from scrapers.extract.opening_place_en import opening_place
from scrapers.extract.opening_phrases_en import counted_subject, opening_background, scene_blanked
from scrapers.extract.possessive_parties_en import place_role_bodies
from scrapers.extract.quoted_signers_en import quoted_speaker
from scrapers.extract.signings_en import agreed_to_cooperate, implied_signing, officials_only, signed_for, signing_held
from scrapers.extract.acronym_parties_en import unique_parties
from scrapers.extract.between_sides_en import own_side_named
from scrapers.extract.agreement_fields import AgreementMention, instrument_title, plural_instrument, signing_date
from scrapers.extract.place_references import signed_at_reference, venue_city
from scrapers.extract.dateline_venues_en import dateline_venue
from scrapers.extract.joining_en import body_words, instrument_owner, joined_body
from scrapers.extract.instrument_titles_en import pair_entities, title_parties, titled_plan
from scrapers.extract.sister_pairs_en import split_pairs
from scrapers.extract.framed_instruments_en import framed, undated_frame
from scrapers.extract.roles import actors, en_subject, in_span, most_specific_place
from scrapers.extract.reported_signings_en import reporter_subject
from scrapers.prefilter import quick
from scrapers.extract.instrument_subject_en import (instrument_of_partnership, parties_after_instrument,
                                                    relative_signers)
from scrapers.extract.agreement_words import (EN_INSTRUMENTS, EN_SIGN, STATEMENT_ONLY,
                                              EN_PARTNERSHIP_SIGN, DEAL_SIGN, NOMINAL_SIGNING,
                                              NOMINAL_NOT_DONE, EN_NOT_DONE, SIGNING_NOUN, IN_THE_MAKING, TO_BE_SIGNED,
                                              EN_REFERENCE, REPORTED_ON, EVENT_ANAPHORA)




def _signing_noun(sentence: str, verb: re.Match) -> bool:
    """True where "signing" names a signing yet to happen ("set for a signing"), not "the signing of" a signed text."""
    return verb.group().lower() == "signing" and bool(SIGNING_NOUN.search(sentence[:verb.start()])) and \
        not re.match(r"\s+(?:of|ceremon)", sentence[verb.end():], re.I)


def find_agreements(sentence: str, entities: list[Entity], ctx: DateContext,
                    dateline: tuple[str | None, str | None, date | None] = (None, None, None),
                    recent_day: date | None = None, principals: dict[str, list[str]] | None = None,
                    anaphor_kind: str | None = None, partial: bool = False,
                    previous: list[str] | None = None, pair_before: list[str] | None = None,
                    before: str = "") -> list[AgreementMention]:
    """Agreements this sentence reports as concluded (one per instrument and counterpart).

    `recent_day` is the last day the text named before this sentence: "at the opening ceremony" means that day.
    `anaphor_kind` is the kind of the instrument the text last said was signed: what "the document" is.
    `partial`: also English signings that name one party (the other may be named in the next sentence).
    `previous`: the parties of the agreement reported just before (a Chinese clause may go on with its subject).
    `pair_before`: the two a Chinese sentence before said met (what a signing by "双方" means).
    `before`: the sentence before (a visit it dates to one day is the day of a signing "访问期间").
    """
    if asks(sentence) or says_unsigned(sentence):  # "..., no deal signed": those named met, they signed nothing
        return []  # "Will the Government inform this Council whether it has signed any agreement with ...?"
    sentence, entities = blank_list_apposition(sentence, entities)  # "A and B, the members of X, signed": not X
    sentence = blank_count_tail(sentence)  # "…和委内瑞拉八个成员国签署": the count closing the list (list_tails)
    # a Chinese sentence, a foreign person's or body's name in it included ("…秘书长Gino Van Begin…完成续约")
    bare = unglossed(sentence)  # "…与联合国开发计划署（United Nations Development Programme）签署": Chinese
    if CJK.search(sentence) and (not re.search(r"[A-Za-z]{4,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", bare) or
                                 len(CJK.findall(bare)) >= 2 * len(re.findall(r"[A-Za-z]", bare))):
        found = read_zh(sentence, entities, ctx, previous, pair_before)
    elif clauses := signing_clauses(sentence):
        # "A and B signed X, and C and D signed Y": each clause its own signing, read alone
        found = [ag for sp in clauses for ag in _find_en(blanked(sentence, sp).rstrip(), [
            e for e in entities if sp[0] <= e.start < sp[1]], ctx, dateline, principals or {}, anaphor_kind, partial)]
    else:
        found = _find_en(sentence, entities, ctx, dateline, principals or {}, anaphor_kind, partial)
    found = split_pairs(sentence, entities, found) if not CJK.search(sentence) else found  # "A and B, C and D inked"
    recent_day = recent_day or counted_day(sentence, before, ctx, dateline)  # "inked 8 agreements on Tuesday. Among them"
    return told_around(found, sentence, before, recent_day, ctx.page_date)  # its hall's city, its gathering's day


@lru_cache(maxsize=16)
def _en_instrument_hits(sentence: str) -> tuple[tuple[re.Match, str], ...]:
    """Every English instrument word of a sentence, pattern by pattern (the sentence is read twice: kept)."""
    return tuple((m, kind) for rx, kind in EN_INSTRUMENTS for m in quick(rx).finditer(sentence))


def may_report_en(sentence: str) -> bool:
    """Whether `find_agreements` can read a signing in an English sentence in some story: an instrument named (in the
    sentence or one of its coordinated clauses), a session of deals, a signing whose instrument is left unnamed, or
    its terms ("The two sides agreed to cooperate ..."), each (but the terms) with a verb of signing. Every other way
    to read one (an anaphor: "the document", "The signing ceremony took place ...") needs an instrument named as
    signed in a sentence before."""
    if agreed_to_cooperate(sentence):
        return True
    clauses = signing_clauses(sentence)
    named = _en_instrument_hits(sentence) or titled_plan(sentence) or SESSION_DEALS.search(sentence) or \
        implied_signing(sentence) or any(_en_instrument_hits(blanked(sentence, sp).rstrip()) for sp in clauses)
    # (an instrument read as signed needs a verb of signing or "the signature of"; "... is a joint undertaking of")
    return bool(named and (EN_SIGN.search(sentence) or signature_verb(sentence) or clauses or
                           quick(JOINT_OF).search(sentence)))


def instrument_kind(sentence: str) -> str | None:
    """The kind of the instrument an English sentence says was signed, whoever signed it ("The Port of Long Beach
    and four partners have sealed a memorandum"): what "the document" of the next sentence is."""
    hits = _en_instrument_hits(sentence)
    inst = min(hits, key=lambda h: h[0].start()) if hits else None
    if inst and inst[1] == "partnership" and (through := instrument_of_partnership(sentence, inst[0], hits)):
        inst = through  # "formalized their partnership with a memorandum of understanding": the memorandum
    return inst[1] if inst and EN_SIGN.search(sentence) else None


# several instruments signed at once, told one by one after: "signed two deals", "a series of cooperation deals"
SESSION_DEALS = with_lead(re.compile(r"\b(?:two|three|four|five|six|several|a\s+series\s+of|a\s+string\s+of|\d+)\s+"
                                     r"(?:[\w-]+\s+){0,3}?deals\b", re.I))
JOINT_OF = re.compile(r"\b(?:is|was|are|were)\s+(?:a|the)\s+joint\s+(?:undertaking|initiative|effort|programme|program|"
                      r"project)\s+(?:of|between|by)\s+")
ANAPHORIC_DOCUMENT = re.compile(r"(?<=\bthe\s)(?:signed\s+)?documents?\b|(?<=\bboth\s)documents\b|"
                                r"^It(?=\s+(?:was|has\s+been)\s+(?:\w+\s+)?signed\b)|"  # "It was signed in Harbin"
                                # a framework agreement said again by its short name: "The framework was signed in X"
                                r"(?<=^The\s)framework(?=\s+(?:was|has\s+been)\s+(?:\w+\s+)?signed\b)")


def _find_en(sentence, entities, ctx, dateline, principals, anaphor_kind=None, partial=False) -> list[AgreementMention]:
    entities = place_role_bodies(sentence, entities)  # "Lishui's ecology and environment bureau": the body
    entities = pair_entities(sentence, entities)  # "The A-B Clean Energy Agreement": both places (instrument_titles_en)
    hits = _en_instrument_hits(sentence)
    background = relative_clauses(sentence) if hits else []  # (only an instrument named there is background)
    scene = opening_background(sentence, [m.start() for m, _ in hits]) if len(hits) > 1 else None
    background += [scene] if scene else []  # "Following a friendship agreement signed in 2015, A and B signed an MOU"
    hits = body_words([(m, kind) for m, kind in hits if not any(a <= m.start() < b for a, b in background)],
                      sentence, entities)
    if hits and (verbs := list(EN_SIGN.finditer(sentence))):  # "... under last year's memorandum": recalled, not signed
        hits = [(m, kind) for m, kind in hits if not framed(sentence, m.start(), m.end(), verbs)]
    if not hits and (plan := titled_plan(sentence)):
        hits = [(plan, "agreement")]  # "The A–B Low-Carbon Cities Action Plan was signed": the two places' agreement
    inst = min(hits, key=lambda h: h[0].start()) if hits else None
    if inst and inst[1] == "partnership" and (through := instrument_of_partnership(sentence, inst[0], hits)):
        inst = through  # "formalized their partnership with a memorandum of understanding": the memorandum
    joint = quick(JOINT_OF).search(sentence)
    if joint and (inst or anaphor_kind) and not EN_SIGN.search(sentence[:joint.start()]):
        # "The strategy is a joint undertaking of A, B, C and D": the parties of the instrument just named
        clause_ents = outside_asides(entities, sentence)
        span = (joint.end(), list_end(sentence, joint.end(), entities))
        names = unique_parties([e.name for e in actors(in_span(clause_ents, span), sentence)])
        kind = inst[1] if inst and inst[0].start() < joint.start() else anaphor_kind
        return [AgreementMention(kind, None, names, None, None, None, None, topics(sentence))] \
            if len(names) >= 2 and kind else []
    if not inst and anaphor_kind and (doc := ANAPHORIC_DOCUMENT.search(sentence)):
        inst = (doc, anaphor_kind)  # "... signed the document in Shenzhen": the instrument just reported
    if not inst and anaphor_kind and signing_held(sentence):
        # "The signing ceremony took place in Harbin on June 6.": the day and place of the signing just reported
        signed_on, precision = signing_date(sentence, ctx, dateline)
        place = most_specific_place([e for e in entities if e.kind != "org" and re.search(r"\bin\s+$", sentence[:e.start])])
        return [AgreementMention(anaphor_kind, None, [], signed_on, precision, place.name if place and
                                 place.kind == "city" else None, place.country if place else None, definite=True)]
    weak = False
    if not inst and partial and (deal := SESSION_DEALS.search(sentence)):
        inst, weak = (deal, "agreement"), True  # "signed two green-industry deals ... on Tuesday"
    implied = not inst and partial and implied_signing(sentence)
    if implied:
        # "A's minister and B's secretary put pen to paper on Monday": a day and a place for the instrument the
        # next sentence names, with its parties (people here, named by their titles)
        inst, weak = (implied, "agreement"), True
    if not inst and partial and (terms := agreed_to_cooperate(sentence)):
        # "... attended a signing ceremony in Xi'an on Monday." + "The two sides agreed to cooperate on ...": what that
        # ceremony signed (completes the half-told signing before it; its parties, day and place are there)
        return [AgreementMention("agreement", None, [], None, None, None, None, topics(sentence), definite=True)]
    if not inst:
        return []
    m_inst, kind = inst
    if other_field(sentence, m_inst.start(), m_inst.end()):
        return []  # "an agreement on a joint degree in agricultural engineering": another field's instrument
    signs = [m for m in EN_SIGN.finditer(sentence) if not _signing_noun(sentence, m)]
    joined = None
    if kind == "partnership":
        joined = joined_body(sentence, m_inst, entities) if partial else None
        # "renewed their partnership agreement": an agreement's verbs hold for it (not "renewed their partnership")
        compound = re.match(r"\s+(?:agreement|memorandum|accord|pact)s?\b", sentence[m_inst.end():], re.I)
        signs = [m for m in signs if compound or EN_PARTNERSHIP_SIGN.match(m.group()) or
                 (joined and m.end() <= joined.start and m.group().lower().startswith("join"))] or []
    if kind not in {"joint_statement", "declaration"}:
        signs = [m for m in signs if m.group().lower() not in STATEMENT_ONLY]
    signs = signs or signature_verb(sentence)  # "the signature of the accord by A and B"
    after = EN_SIGN.match(sentence, m_inst.end() + 1) if sentence[m_inst.end():m_inst.end() + 1] == " " else None
    if after and re.match(r"\s+by\s", sentence[after.end():]):
        signs = [after]  # "the Bali Compact adopted by energy ministers": the participle concludes the instrument
    else:
        after = None
    if not signs:
        return []
    # ", first signed in 2011, was renewed on Tuesday by ...": the aside tells the original signing, not this one
    signs = [m for m in signs if not re.search(r",\s+(?:first|originally|initially)\s+$", sentence[:m.start()])] or signs
    # "A renewed memorandum ... was signed by": a participle before its noun is no verb
    signs = [m for m in signs if not re.search(r"\b(?:[Aa]n?|[Tt]he|its|their)\s+$", sentence[:m.start()])] or signs
    verb = min(signs, key=lambda m: abs(m.start() - m_inst.start()))
    nominal = NOMINAL_SIGNING.search(sentence[:m_inst.start()]) if not after else None
    if nominal:
        verb = EN_SIGN.search(sentence, nominal.start())  # "the signing of a ... agreement between ...": that signing
        if NOMINAL_NOT_DONE.search(sentence, m_inst.end()):
            return []  # "The signing of an agreement between A and B is planned for June"
    if m_inst.group().lower() == "deal" and not DEAL_SIGN.fullmatch(verb.group()):
        return []
    if EN_NOT_DONE.search(sentence[:verb.start()]) or IN_THE_MAKING.search(sentence[:m_inst.start()]) or \
            TO_BE_SIGNED.match(sentence[max(0, verb.start() - 80):verb.start()]) or \
            headline_future(sentence[:verb.start()]):  # ("Dayton to sign ... with Shaoguan": a headline's future)
        return []
    # "under a licensing agreement that Ford and CATL signed last week": the relative clause names the signers
    rel_signers = REL_SIGNERS.match(sentence, m_inst.end()) if verb.start() > m_inst.start() else None
    rel_signers = rel_signers if rel_signers and rel_signers.end() == verb.end() else None
    if not rel_signers and not nominal and EN_REFERENCE.search(sentence[:m_inst.start()]) and verb.start() > m_inst.start() and \
            re.match(r"\s*,?\s*(?:which\s+(?:was|were)\s+(?:jointly\s+|formally\s+)?)?(?:signed|reached|concluded|inked|"
                     r"sealed)\b", sentence[m_inst.end():]) is None and \
            "between" not in sentence[m_inst.end():m_inst.end() + 10]:
        return []
    keep = tuple(m.start() for m, _ in hits)
    subject = reporter_subject(sentence, en_subject(masked(sentence, keep), min(verb.start(), m_inst.start()) if
                                                    verb.start() > m_inst.start() else verb.start()))  # "said that it"
    if rel_signers:
        subject = (rel_signers.start(1), rel_signers.end(1))
    # "alongside the Pandemic Fund and the Bali Compact adopted by energy ministers": a participle right after the
    # instrument; its agents after "by" are the parties, never the clause the instrument stands in
    reduced = after is not None
    subject = (verb.start(), verb.start()) if reduced else subject
    spans, counterparts = [subject], []
    clause_ents = outside_asides(entities, sentence, keep)
    # "was signed by ...", and the participle of a split clause: "The agreement, signed Tuesday by A and B, covers"
    passive = re.search(r"\b(?:was|were|been|being)\s+(?:also\s+)?(?:co-)?(?:signed|inked|sealed|renewed)\b|"
                        r",\s+(?:jointly\s+)?(?:signed|inked|sealed)\b",
                        sentence[:verb.end() + 1]) or verb.group().lower().startswith("signature") or reduced or \
        witnessed_by(sentence, nominal, m_inst.end())  # "witnessed the signing of the X by A and B": A and B sign
    # an alliance's members: "launched an Alliance of 16 companies, among them A, B and C"
    members = r"among\s+them|including|" if (kind == "partnership" and m_inst.start() < verb.start() + 80) or \
        counted_subject(sentence, verb.start()) else ""  # "Twelve mayors signed X, including the mayors of A and B"
    owned = re.search(r"\w['’]s\s+(?:[\w-]+\s+){0,2}$", sentence[:m_inst.start()])  # "California's agreement with"
    for m in re.finditer(rf"\b(?:{members}between|with|among|and|by)\s+", sentence):
        word = re.sub(r"\s+", " ", m.group().strip())
        if word == "among" and sentence[m.end():m.end() + 4] == "them":
            continue
        if word == "and" and not (m.start() > verb.end() and m.start() < m_inst.start()):
            continue
        if word == "by" and not (passive and m.start() > verb.start()) or reduced and word != "by":
            continue
        if word in {"between", "among", "by", "among them", "including"} or \
                abs(m.start() - max(verb.end(), m_inst.end())) < 40 or (m.start() == m_inst.end() + 1 and owned) or \
                (word == "with" and m.start() > m_inst.end() > verb.start() and topic_gap(sentence, m_inst.end(), m.start())) or \
                (word == "with" and counterparts and chained_with(sentence, counterparts[-1][1], m.start())):
            sp = (m.end(), list_end(sentence, m.end(), entities, keep))
            spans.append(sp)
            if word == "with":
                counterparts.append(sp)
    for at in listed_counterparts(sentence, m_inst.end()):  # "signed three agreements: with A on ..., with B on ..."
        spans.append(sp := (at, list_end(sentence, at, entities, keep)))
        counterparts.append(sp)
    if (at := parties_after_instrument(sentence, m_inst.start(), m_inst.end())) is not None:
        # "Under an agreement signed Monday, A and B will ...", "The memorandum, signed Thursday, commits A and B to"
        spans.append((at, list_end(sentence, at, entities, keep)))
    if rel_by := relative_signers(sentence, m_inst.end()):
        spans.append(rel_by)  # "The memorandum, which was signed Tuesday by A and B, commits ...": its own signers
    for m in re.finditer(r"\bon\s+behalf\s+of\s+", sentence):
        # "signed by A and, on behalf of B, its chairman C": who a signer signs for is a party
        spans.append((m.end(), list_end(sentence, m.end(), entities, keep)))
    if (at := signed_for(sentence, m_inst.end())) and officials_only(sentence, subject, clause_ents):
        # "Governor X and Jilin Party Secretary Y signed an agreement for the State of A and B Province": whom they
        # sign for are the parties (not the places of the signers' titles)
        sp = (at, list_end(sentence, at, entities, keep))
        if len(actors(in_span(clause_ents, sp), sentence)) >= 2:
            spans = [sp] + spans[1:]
    chosen: list[Entity] = []
    for m in people_of(sentence):
        # "signed by officials from Oregon and Guangdong", "Leaders from Seattle, Tacoma and Chongqing signed": the
        # places and bodies the people come from are the parties, not where something happened
        if any(a <= m.start() < b for a, b in spans):
            at = m.end()
            plain = sentence[:m.start()] + " " * (at - m.start()) + sentence[at:]
            chosen += actors(in_span(clause_ents, (at, list_end(sentence, at, entities, keep))), plain)
    for sp in spans:
        # the signers of ", which A and B signed on Tuesday," stand in what is otherwise an aside
        pool = entities if (rel_signers and sp == subject) or sp == rel_by else clause_ents
        offices = party_offices(sentence, sp, entities, principals.get("home"))  # (minister_ministries_en)
        named = [e for e in in_span(pool, sp) + role_names(sentence, sp, entities, keep)
                 if not any(o.start <= e.start < o.end for o in offices)]
        chosen += actors(sorted(named + offices, key=lambda e: e.start), sentence)
    # "California and China's NDRC signed the first MOU between a U.S. state and China": a national body stands for
    # its country, which is its side, not a party of its own
    national = {e.country for e in chosen if e.kind == "org" and e.country}
    parties = unique_parties([e.name for e in chosen if not (e.kind == "country" and e.country in national)])
    if quoted := quoted_speaker(sentence, verb.start(), verb.end(), entities, principals, parties):
        parties = unique_parties([quoted[0], *parties])  # '"Today we signed ... with X," Governor Y of Z said'
    subject_text = sentence[subject[0]:subject[1]]
    official = re.search(r"\b(Mayor|Governor|Gov(?=\.))\b", subject_text)  # "Gov. Anne Holt": a governor
    if official and not in_span(entities, subject):
        # "Mayor Eric Garcetti today signed ...": the mayor signs for the city the story is most about, other
        # than the places the other parties stand for
        taken = {jurisdiction(p) for p in parties}
        title = {"gov": "governor"}.get(official.group(1).lower(), official.group(1).lower())
        strict = principals.get("strict", {}).get(title)
        who = next((n for n in principals.get(title, []) if n not in taken and
                    (strict is None or n in strict)), None)  # not a place with its own governor, nor a counterpart
        if who:
            parties = unique_parties([who, *parties])
    elif principals.get("strict") and (len(parties) < 2 or passive):
        # "Governor Edmund G. Brown Jr. and Xie Zhenhua, Vice Chairman of China's NDRC, put pen to paper ...": the
        # bare title stands for the story's own state, one no other official and no "with" clause claims
        taken = {jurisdiction(p) for p in parties}
        by = [sp for sp in spans[1:] if re.search(r"\bby\s+$", sentence[:sp[0]])]
        for title in [t for sp in [subject, *by] for t in bare_officials(sentence, sp, entities)]:
            if title == "minister" and any(e.kind == "org" and not is_region(e.name) for e in chosen):
                continue  # a Land's minister beside bodies the reader may have cut from titles: no guess
            who = None if own_side_named(sentence, parties, title) else next(
                (n for n in principals["strict"].get(title, []) if n not in taken), None)
            if who:
                parties = unique_parties([who, *parties])
                break
    if joined:
        parties = unique_parties(parties + [joined.name])  # "joined the Under2 Coalition": half-told, until its MOU is
    elif len(parties) < 2 and (owner := instrument_owner(sentence, m_inst, clause_ents, ctx.page_date)):
        parties = unique_parties(parties + [owner.name])  # "put its signature to the Under2 MOU": signed with Under2
    if len(parties) < 2 and officials_only(sentence, subject, clause_ents) and \
            (titled := title_parties(sentence, m_inst.start(), m_inst.end())):
        parties = titled  # "President X and President Y issued the U.S.-China Joint Statement": the title's two sides
    if len(parties) < (0 if partial else 2):
        return []
    groups = [parties]
    with_names = unique_parties([e.name for sp in counterparts for e in actors(in_span(clause_ents, sp), sentence)])
    own = [p for p in parties if p not in with_names]
    if plural_instrument(m_inst.group()) and own and len(with_names) >= 2:
        # "signed MOUs with B and C", "signed agreements with B and with C": one instrument per counterpart
        groups = [own + [w] for w in with_names]
    elif plural_instrument(m_inst.group()) and not own and len(with_names) >= 2 and len(parties) == len(with_names):
        # "He also signed agreements with B and C", "The delegation signed MOUs with B and C": each is the
        # counterpart of a signer the clause does not name, never the other's ("an MOU with B and C": one instrument,
        # B and C among its parties)
        groups = [[w] for w in with_names]
    elif each_signed(sentence) and (each := each_groups(parties, with_names)):
        groups = each  # "A and B each signed agreements with C": one per subject
    kinds = [kind] * len(groups)  # "signed an agreement with A, and memorandums with B and C": each its own
    if runs := instrument_runs(sentence, m_inst, kind, own, [(e.start, e.name) for sp in counterparts for e in actors(in_span(clause_ents, sp), sentence)]):
        kinds, groups = [k for k, _ in runs], [g for _, g in runs]
    # ", deepening cooperation agreed during the Governor's visit in June": a trailing participle clause tells of
    # something else, its dates are not the signing's
    tail = re.compile(r",\s+(?:[a-z]+ing|building\s+on|following)\b").search(sentence, max(verb.end(), m_inst.end()))
    signed_on, precision = signing_date(quoted[1], ctx, dateline) if quoted else (None, None)
    if signed_on is None:
        signed_on, precision = signing_date(scene_blanked(sentence[:tail.start()] if tail else sentence, scene), ctx, dateline)
    if undated_frame(sentence, m_inst.start(), verb.start(), signed_on):
        return []  # "Under the memorandum signed last year, A and B trained ...": recalled, on no day told
    # where: a place after "in"/"at" ("in Fuzhou", "at Seattle City Hall" — a party may host its own signing)
    # not in the purpose after the instrument ("... to build a solar power plant in Ordos City": where it will stand)
    signed_end = max(verb.end(), m_inst.end())
    place = most_specific_place(party_seats_dropped(sentence, [e for e in clause_ents if e.kind != "org" and (
        re.search(r"\b(?:in|at)\s+(?:the\s+)?$", sentence[:e.start]) or (e.name not in parties and re.search(
            r"\b(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,2}$", sentence[:e.start]))) and
        not (e.start > signed_end and PURPOSE.search(sentence, signed_end, e.start))], clause_ents))
    place = place or opening_place(sentence, entities)  # "In Hangzhou on June 17, 2024, A renewed ..."
    city = venue_city(place) if place else None  # (Singapore, Monaco: a city-state is its city)
    country = place.country if place else None
    if city and (other := next((e for e in clause_ents if e.start >= place.end), None)) and other.kind == "city" and \
            re.fullmatch(r"\s+(?:and|or|&)\s+", sentence[place.end:other.start]) and \
            re.match(r"\s*(?:[,.;]|(?:from|on|in|at|last|this|during)\b|$)", sentence[other.end:]):
        city, country = None, country if other.country == country else None  # "held in Beijing and Tianjin": which?
    city, country = signed_at_reference(sentence, signed_end, city, country)  # "in the Sichuan capital" (place_references)
    if city is None and dateline[0] and re.search(r"\b(?:today|announced|here)\b", REPORTED_ON.sub(" ", sentence),
                                                  re.I):
        city, country = dateline[0], dateline[1]  # the release's dateline: where "here" and "today" are
    elif city is None:  # "at the State Capitol", "at City Hall" under the dateline of a party's city
        city, country = dateline_venue(sentence, [n for g in groups for n in g], dateline) or (city, country)
    title = instrument_title(sentence, m_inst)
    # "the memorandum", "the renewed MoU", "The engineering, procurement and construction (EPC) contract was signed":
    # the one just reported; "the original MOU", "the 2013 agreement": another
    lead = sentence[:m_inst.start()]
    definite = m_inst.group() == "It" or title is None and bool(re.search(r"\b(?:the|this|both)\s+(?:[\w-]+\s+){0,2}$", lead, re.I) or (
        re.match(r"\s*(?:The|This)\s", lead) and len(lead.split()) <= 8 and not EN_SIGN.search(lead))) and \
        not re.search(r"\b(?:original|first|previous|earlier|initial|old|existing|expiring|former|\d{4})\s+"
                      r"(?:[\w-]+\s+)?$", sentence[:m_inst.start()], re.I) and \
        not (rel_signers and len(parties) >= 2)  # "the agreement that A and B signed last September": theirs
    # (pen put to paper by people named by their titles: the next sentence names the parties; a signing ceremony its
    # principals attended: they are the parties, the next sentence tells what they agreed)
    ceremony = implied and implied.group().endswith("ceremony")
    places = run_places(sentence, groups, clause_ents, (city, country))  # "with A in X, with B in Y" (instrument_runs_en)
    return [AgreementMention(k, None if joined else title, [] if implied and not ceremony else g, signed_on, precision, c, cc, topics(sentence),
                             definite, weak or bool(joined), joined.name if joined else None, bool(ceremony))
            for k, g, (c, cc) in zip(kinds, groups, places)]


# "... to build a plant", "to supply turbines": what the instrument is for, with the place of that work
PURPOSE = re.compile(r"\bto\s+(?:build|construct|develop|set\s+up|establish|install|operate|provide|supply)\b")
