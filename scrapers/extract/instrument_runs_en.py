"""Several instruments one signer signed in one English clause, each with its own counterparts (issue 17, the
ninety-fifth web): "Sichuan signed an agreement establishing friendly province relations with A, and memorandums of
understanding on friendly cooperative relations with B, C and D", "The city also signed a memorandum with E, and an
action plan for 2025-2027 with F". Read as one clause, every counterpart became a party of the first instrument (one
agreement of five places). Each instrument after ", and" takes the counterparts named after it, before the next one,
with its own kind; a plural one ("memorandums") is one instrument per counterpart, as the clause reader does for a
whole clause. Nothing changes unless every instrument has counterparts of its own.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.agreement_fields import plural_instrument

# ", and memorandums of understanding", " and an action plan", ", and also a letter of intent": another instrument of
# the same signer, joined to the first by "and"
_NEXT = re.compile(r",?\s+and\s+(?:also\s+)?(?:(?:an?|one|two|three|four|five|six)\s+)?(?P<inst>memorand(?:um|a|ums)\b"
                   r"|MOUs?\b|MoUs?\b|agreements?\b|accords?\b|declarations?\b|action\s+plans?\b|protocols?\b"
                   r"|letters?\s+of\s+intent\b"
                   # "a memorandum with A and another with B": the same kind of instrument again, its word left out
                   r"|(?<=and\s)(?:another|a\s+second|a\s+third|one\s+more)(?=\s+with\b))")
_ELIDED = re.compile(r"another|a\s+second|a\s+third|one\s+more", re.I)
_KINDS = (("memorand", "mou"), ("mou", "mou"), ("letter", "mou"), ("declaration", "declaration"))


def _kind(word: str) -> str:
    """The record kind of an instrument word: memorandums and letters of intent are MOUs, declarations declarations,
    agreements, accords, action plans and protocols agreements."""
    w = word.lower()
    return next((k for head, k in _KINDS if w.startswith(head)), "agreement")


def instrument_runs(sentence: str, inst: re.Match, kind: str, own: list[str],
                    counterparts: list[tuple[int, str]]) -> list[tuple[str, list[str]]] | None:
    """(kind, parties) of each instrument the clause lists after its first (`inst`, of kind `kind`), the signer(s)
    `own` with the counterparts (`counterparts`: each one's offset and name) written between that instrument and the
    next (without a signer the clause names, each counterpart alone, as the clause reader leaves "The delegation signed
MOUs with B and C"); None when the clause lists one instrument, or one of them has no counterpart of its own."""
    counterparts = sorted(set(counterparts))  # (a name read from two overlapping spans: once)
    if not counterparts:
        return None
    bounds = list(_NEXT.finditer(sentence, inst.end()))
    bounds = [b for b in bounds if any(at > b.end() for at, _ in counterparts)]
    if not bounds:
        return None
    words = [inst.group()] + [b.group("inst") for b in bounds]
    starts = [inst.start()] + [b.start("inst") for b in bounds] + [len(sentence)]
    out: list[tuple[str, list[str]]] = []
    for i, word in enumerate(words):
        names = list(dict.fromkeys(n for at, n in counterparts if starts[i] <= at < starts[i + 1] and n not in own))
        if not names:
            return None
        k = kind if i == 0 else out[-1][0] if _ELIDED.match(word) else _kind(word)
        out += [(k, own + [n]) for n in names] if plural_instrument(word) else [(k, own + names)]
    return out


# between one counterpart and the next "with": the first's place or time ("in Beijing", "on the last day of the trip")
# and a comma or "and": "with A in Beijing, with B in Guangzhou, and with C"
_CHAINED = re.compile(r"(?:\s+(?:in|at|on|during)\s+(?:the\s+)?[\w'’ -]{1,40}?)?\s*,?\s*(?:and\s+)?")


def chained_with(sentence: str, last_end: int, with_at: int) -> bool:
    """Whether a "with" at `with_at` opens another counterpart of the same instrument, the previous counterpart list
    ending at `last_end`: right after it, or after only its place or time ("signed memorandums with A in Beijing,
    with B in Guangzhou, and with C")."""
    if with_at - last_end < 8 or (with_at - last_end < 60 and _CHAINED.fullmatch(sentence, last_end, with_at)):
        return True
    # ", and an action plan for 2026-2028 with B": another instrument of the signer, with its topic (instrument_runs)
    # (the list before may end at the instrument or after it: ", and an action plan" closes it, or "for" does)
    return any(nxt.start() <= last_end <= nxt.end() + 1 and _TOPIC.fullmatch(sentence, nxt.end(), with_at)
               for nxt in _NEXT.finditer(sentence, max(0, last_end - 60), with_at))


_TOPIC = re.compile(r"(?:\s+(?:of\s+understanding\s+)?(?:on|for|establishing|to\s+establish)\s+[\w'’()/ ,-]{1,100}?)?\s+")


_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def run_places(sentence: str, groups: list[list[str]], entities: list, place: tuple) -> list[tuple]:
    """(city, country) of each counterpart group where a "with" opens each one with its own place ("with A in
    Beijing, with B in Guangzhou, and with C on the last day"): the city named right after a group's counterpart,
    before the next "with", or none (C was not signed in Guangzhou) unless the clause opened with its place; where
    no counterpart has one, or the list has no "with" of each, the clause's one `place` for all."""
    if len(groups) < 2 or sentence.count(" with ") < len(groups):
        return [place] * len(groups)
    names = [g[-1] for g in groups]
    at = [next((e for e in entities if e.name == n), None) for n in names]
    if any(a is None for a in at) or any(at[i].start >= at[i + 1].start for i in range(len(at) - 1)):
        return [place] * len(groups)
    out = []
    for i, a in enumerate(at):
        end = at[i + 1].start if i + 1 < len(at) else len(sentence)
        if i + 1 < len(at) and " with " not in sentence[a.end:end]:
            return [place] * len(groups)  # "with A, B and C in Beijing": one place for the list
        here = next((e for e in entities if a.end <= e.start < end and e.kind == "city" and
                     _IN_PLACE.search(sentence[:e.start])), None)
        out.append((here.name, here.country) if here else None)
    if all(o is None for o in out):
        return [place] * len(groups)  # no counterpart with a place of its own: the clause's place is all of theirs
    # "In Wuhan, A signed: with B ..., with C in Xiaogan": a place before the first counterpart holds for the others
    opening = any(e.name == place[0] and e.start < at[0].start for e in entities)
    return [o or (place if opening else (None, None)) for o in out]
