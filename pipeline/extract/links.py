"""How the figures of one sentence complete each other: a conversion in brackets shares its subject and
hedge, a clause without its verb ("and exports 7%") names its own figure, a bare number compared with a
figure that has a unit takes that unit, a suspended hyphen ("10- or 11-inch") takes the unit after it."""
from __future__ import annotations

import math
import re

from ..ids import stable_id
from ..schema import Fact
from .intervals import interval
from .labels import DAY_OR_MONTH_RE, MONTHS, WEEKDAYS
from .period import YEAR
from . import lexicon as lx
from . import money
from .scan import Mention

EQUIVALENT = re.compile(r"^\s*(?:,?\s*[(\[](?:\s*or\b)?|[;/](?:\s*or\b)?|[)\]]\s*(?:,|--|\u2013|\u2014)?\s*or\b|(?:,|--|\u2013|\u2014|\s-)\s*or\b"
                        r"|,?\s*equivalent to\b)\s*(?:about|around|roughly|some|nearly|almost|approx\.?|more than|over|"
                        r"less than|under|at least|up to)?\s*"
                        rf"[{re.escape(''.join(money.LOST_SIGNS))}]?$", re.I)  # ("(?44bn)": a sign the encoding lost)
# "$5 per month (or $50 a year) and $7 per month": the next item of the same list, about the same thing
SAME_LIST = re.compile(r"^\s*[)\]]?\s*,?\s*(?:and|or)\s*$", re.I)
# "imports rose 5% and exports 7%": a second figure whose verb is left out (gapping)
_GAPPED = re.compile(r"^\s*(?:,\s*(?:(?:and|while|whereas|but|with)\s+)?|(?:and|while|whereas|but|with)\s+)(?P<np>(?:[^\W\d][\w'’&.-]*(?:\s+|(?=,))){1,6}?)"
                     r",?\s*(?:(?:by|of|between|at|to)\s+)?(?:about|around|nearly|some|roughly|almost)?\s*$", re.I)
# "from 31 mpg to 37", "380 bikes, compared with 97", "62.5 cents, while the weakest was 58.25": a bare number
# in a comparison with a figure that has a unit shares that unit
_CARRY = re.compile(r"^[^.;:!?()\d]{0,70}\b(?:to|versus|vs\.?|compared with|compared to|against|while|whilst|whereas|as opposed to|"
                    r"including|than|but|from)\b[^.;:!?()\d]{0,40}$", re.I)
# "174,000 rubles for a programmer or 157,000 for a mining engineer": parallel figures, one unit
_PARALLEL_FOR = re.compile(r"^\s+for\s+[^.;:!?()\d]{1,50}?,?\s+(?:and|or|while|whereas)\s+$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MINOR = re.compile(r"(?:cents?|pence|p)$", re.I)
_GAP_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "DET", "PART"})


def shared_unit(main: Fact | None, sentence: str, offset: int, m: Mention, unit: str, dimension: str):
    """(unit, dimension, divisor) when a figure is compared with an earlier one that names the unit the
    figure leaves out: "from 31 mpg in 2011 to 37", "380 bikes, compared with 97", "62.5 cents, while the
    weakest was 58.25" ($0.5825), "$3 a gallon, compared with $2.50" (a rate too); else None."""
    if main is None or m.is_word and not re.fullmatch(r"\s+to\s+(?:(?:just|only|about|around|nearly)\s+)?",
                                                       sentence[main.end - offset:m.start]):
        return None  # (but "from 38 seats to just nine": nine seats)
    between = _YEAR.sub("Y", sentence[main.end - offset:m.start])
    if not _CARRY.match(between) and not (_PARALLEL_FOR.match(between) and re.match(r"\s+for\b", sentence[m.end:])):
        return None
    if dimension == "currency" and main.dimension == "rate" \
            and main.unit.startswith(money.rate_unit(unit, dimension, "")) \
            and abs(main.value) / 20 <= abs(m.value) <= abs(main.value) * 20:
        return main.unit, "rate", 1
    nxt = re.match(r"\s*([A-Za-z]+)", sentence[m.end:m.end + 20])
    if nxt and nxt.group(1).lower() not in _AFTER_BARE:
        return None  # "equal to about 20 large coal plants": the number counts something else
    if re.match(r"\s+to\s+(?:about\s+|nearly\s+|around\s+)?[\d.,]+\s*[A-Za-z%]", sentence[m.end:m.end + 30]):
        return None  # "went from 90 to 75 pounds": the figure after names the unit, not one before
    if dimension == "number" and (main.kind == "level" or not re.search(r"\bto\b", between)):
        div = 100 if main.dimension == "currency" and _MINOR.search(main.surface) else 1
        base = abs(main.value) * div
        if base / 20 <= abs(m.value) <= base * 20:
            return main.unit, main.dimension, div
    return None


# "seven people were killed and 17 wounded", "83 deaths in 2015 and at least 35 in 2016", "52 million people
# would be uninsured, compared with 28 million who": a bare number coordinated with a count leaves the noun out
_ELIDED = re.compile(r"^(?:[^.;:!?()\d]{0,60}\b(?:and|including|compared (?:with|to)|versus|vs\.?)\s+|\s*,\s*)(?:(?:at least|at most|about|around|nearly|some|almost|"
                     r"more than|over|another|a further|up to)\s+)?$", re.I)

# "killed at least six people, injured almost 50", "left four people dead and injured at least 50 more": a
# second casualty verb whose object is left out
_CASUALTY_VERB = re.compile(r"^(?:[^.;:!?()\d]{0,80}?[,\s])?\s*,?\s*(?:and\s+)?(killed|injured|wounded|hurt|killing|injuring|wounding|hurting|displaced|evacuated|arrested|rescued|"
                            r"detained|hospitali[sz]ed|missing|dead)\s+(?:(?:at least|about|around|nearly|some|almost|"
                            r"more than|over|another|a further|up to)\s+)?$", re.I)


# "attacked nearly 100 vessels off the coast and hijacked nearly 40": a second verb whose object is left out
_OBJECT_VERB = re.compile(r"^[^.;:!?()\d]{0,80}?\s(?:and|but)\s+(?:then\s+|later\s+)?([a-z]+ed|lost|won|sold|bought|caught|took|held|shot|built|found|sent|stole)\s+(?:(?:at least|about|around|"
                          r"nearly|some|almost|more than|over|another|a further|up to)\s+)?$", re.I)
_NOT_OBJECT_VERBS = {"earned", "raised", "paid", "gained", "added", "dropped", "reached", "totalled", "totaled",
                     "topped", "increased", "decreased", "numbered", "scored", "rated", "ranked", "aged", "finished",
                     "ended", "closed", "opened", "returned", "recorded", "posted", "expected", "estimated"}
# "and another 1,000 demonstrated", "and another 12 were injured", "and another 4.8 million have fled"
_ANOTHER_DONE = re.compile(r"\s+(?:(?:were|was|have been|had been|have|has|had)\s+)?([a-z]+ed|"
                           + "|".join(sorted(set(lx.IRREGULAR_PARTICIPLES.values()))) + r")\b")
_ING_DONE = {"killing": "killed", "injuring": "injured", "wounding": "wounded", "hurting": "hurt"}


def _counted_plural(main: Fact) -> str:
    """The counted noun as the count wrote it ("vessels" of "nearly 100 vessels"), else its unit."""
    last = main.surface.split()[-1]
    return last.lower() if last.isalpha() else main.unit


# "16 seats, 12 more than in 2012": a bare difference set off from the count before it
_BARE_SEP = re.compile(r"\s*(?:,|;|--?|—|–)\s*")
_DIFFERENCE_AFTER = re.compile(r"\s+(?:fewer|more|less)\s+than\b")


def elided_count(main: Fact | None, doc, sentence: str, offset: int, m: Mention) -> tuple[str, str] | None:
    """(unit, subject) of a bare number that counts what the count before it counts; else None."""
    if main is not None and main.dimension == "points" and m.value_max is None and m.value == int(m.value) \
            and _BARE_SEP.fullmatch(sentence[main.end - offset:m.start]) and _DIFFERENCE_AFTER.match(sentence, m.end):
        return main.unit, main.subject  # "2,282 points, eight fewer than Ford's total": points too
    if main is None or main.dimension != "count" or main.unit == "times" or m.value_max is not None \
            or m.value != int(m.value):
        return None  # (a count is whole: "half of whom", "a third of them" are parts of it)
    between = _YEAR.sub("Y", sentence[main.end - offset:m.start])
    if _BARE_SEP.fullmatch(between) and _DIFFERENCE_AFTER.match(sentence, m.end):
        return main.unit, main.subject  # "a projected 16 seats, 12 more than in 2012": seats too
    if re.match(r"\s+of\s+(?:which|whom|them|those)\b", sentence[m.end:]) \
            and re.fullmatch(r"[^.;:!?()\d]{0,60}", between):
        return main.unit, ""  # "1,031 offences were recorded, 923 of which ...": the subject from the parse
    if re.fullmatch(r"[^.;:!?()\d]{0,60}\bof\s+(?:which|whom)\s+(?:(?:at least|about|around|nearly|some|almost|"
                    r"more than|over|up to)\s+)?", between):
        return main.unit, ""  # "200,000 residents were displaced, of which more than 65,000 fled": residents too
    if re.search(r"\b(?:the|its|their)\s+(?:remaining|other)\s+$", between) and len(between) <= 90 \
            and not re.search(r"[.;:!?]", between) and re.match(r"\s*(?:[,.;)]|$|\s+(?:the\s+company|it|he|she|they)\s+said\b)",
                                                               sentence[m.end:]):
        return main.unit, main.subject  # "close 200 stores and review the remaining 1,300": 1,300 stores
    if re.fullmatch(r"[^.;:!?()\d]{0,60}\band\s+(?:now\s+|still\s+)?(?:has|have|had)\s+(?:(?:at least|about|around|nearly|"
                    r"some|almost|more than|over)\s+)?", between):
        return main.unit, main.subject  # "finished with 20 points and now has 2,302": 2,302 points
    if re.fullmatch(r"[^.;:!?()\d]{0,80}\b(?:say|says|said|claim|claims|claimed|estimate|estimates|estimated|"
                    r"report|reports|reported)\s+(?:that\s+)?(?:(?:at least|about|around|nearly|some|almost|more than|"
                    r"over|up to|as many as)\s+)?", between) \
            and re.search(r"\b(?:while|but|whereas|although|though)\b", between) \
            and re.match(r"\s+(?:were|was|are|had been|have been|died|killed|fled)\b", sentence[m.end:]):
        return main.unit, main.subject  # "police say about 500 people were arrested, while rights groups say
        # 1,000 were taken into custody": another count of the same people
    if re.search(r"\band\s+another\s+$", between) and len(between) <= 120 and not re.search(r"[.;:!?]", between) \
            and (done := _ANOTHER_DONE.match(sentence, m.end)):
        # "about 1,000 people attended in Athens and another 1,000 demonstrated", "and another 12 were injured",
        # "400,000 people have been killed ... and another 4.8 million have fled"
        return main.unit, f"{_counted_plural(main)} {done.group(1)}"
    if re.fullmatch(r"\s*,?\s+(?:compared (?:to|with)|versus|vs\.?|against)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}?"
                    r"[A-Z][\w.&-]*['’]s\s+", between):
        return main.unit, main.subject  # "a city of some 88,000 residents compared to El Dorado's 1,800"
    if re.fullmatch(r"\s+or\s+", between):
        return main.unit, main.subject  # "three or four fell outside": a second guess at the same count
    listed = re.match(r"\s+([a-z]+ed)\b", sentence[m.end:]) \
        if re.fullmatch(r"\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?[a-z]+ed\s*,\s*", between) else None
    if listed:
        return main.unit, f"{_counted_plural(main)} {listed.group(1)}"  # "309 flights have been canceled, 15 forced
        # to land elsewhere": the next item of a list of what happened to the flights
    if verb := _CASUALTY_VERB.match(between):
        done = _ING_DONE.get(verb.group(1).lower(), verb.group(1).lower())
        return main.unit, f"{main.unit} {done}"  # "killed six people, injured almost 50", "wounding 50 more"
    acted = _OBJECT_VERB.match(between)
    if acted and acted.group(1).lower() not in _NOT_OBJECT_VERBS and re.match(r"\s*(?:[,.;)]|$)", sentence[m.end:]):
        return main.unit, f"{_counted_plural(main)} {acted.group(1).lower()}"  # "attacked 100 vessels and hijacked nearly 40"
    if re.match(r"\s+more\b(?!\s+than\b)", sentence[m.end:]) and len(between) <= 100 \
            and not re.search(r"[.;:!?]", between):
        return main.unit, main.subject  # "three families here now, and we expect at least 10 more"
    if _OF_THE_WHOLE.match(sentence) and not re.search(r"[.;:!?()]", sentence[:m.start]) \
            and re.match(r"\s+(?:have|has|had|are|is|was|were|did|will|would|could|can|[a-z]+ed)\b", sentence[m.end:]):
        return main.unit, main.subject  # "Of the 288 candidates, 286 have degrees and 56 are women": candidates
    if not _ELIDED.match(between):
        return None
    nxt = next((t for t in doc if t.idx >= m.end), None)
    if nxt is not None and nxt.tag_ == "VBN" and nxt.idx == m.end + 1:
        return main.unit, f"{main.unit} {nxt.lower_}"  # "and 17 wounded" -> people wounded
    hurt = lx.CASUALTY_AFTER.match(sentence[m.end:m.end + 24])  # "... and 20 were wounded"
    if hurt:
        return main.unit, f"{main.unit} {hurt.group(1).lower()}"  # "ten people killed and about 50 hurt"
    done = re.match(r"\s+(?:were|have\s+been|had\s+been)\s+([a-z]+ed)\b", sentence[m.end:m.end + 30])
    if done and re.search(r"\band\s+(?:(?:about|around|nearly|some|almost|more than|over|another)\s+)?$", between):
        return main.unit, f"{_counted_plural(main)} {done.group(1)}"  # "500 flights were cancelled and 2,330 were delayed"
    word = re.match(r"\s*([A-Za-z]+)|\s*[.,;]|\s*$", sentence[m.end:m.end + 20])
    if word is None or word.group(1) and word.group(1).lower() not in _AFTER_BARE:
        return None  # "and 12 days later": the number counts something else
    if "," in between and not re.search(r"\b(?:and|including)\b", between) \
            and not (word.group(1) or "").lower() in ("in", "at", "from", "on"):
        return None  # "40 people, 12 in London" is a part; "two sons, 11 and 14" are ages
    place = _IN_PLACE.match(sentence, m.end)
    if place and main.subject:  # "2 million homes, including 800,000 in the Houston area"
        whole = _PLACE_AT_END.sub("", main.subject)  # "12 in London and 28 in Manchester": not "in London in"
        return main.unit, f"{whole} in {place.group(1).strip()}"
    return main.unit, main.subject


# a sentence that opens by naming the whole its figures are parts of: "Of the 288 candidates, 286 have ..."
_OF_THE_WHOLE = re.compile(r"\s*(?:of|out of)\s+(?:the|these|those|its|their|all)\s+(?:about\s+|nearly\s+|some\s+)?\d", re.I)
_PLACE_WORDS = "|".join(sorted(lx.PLACE_NOUNS))  # "the Los Angeles region", "the Houston area"
_PLACE_AT_END = re.compile(rf"\s+in\s+(?:[A-Z][\w'’.-]*\s*)+(?:{_PLACE_WORDS})?$")
_IN_PLACE = re.compile(rf"\s+in\s+(?:the\s+)?(?!(?:{MONTHS}|{WEEKDAYS})\b)((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*(?:\s+(?:{_PLACE_WORDS}))?)\b")


# a subject that only says when ("last year", "the same period", "today")
TIME_PHRASE = re.compile(r"^(?:(?:last|this|next|same|previous|past|the|a|an|early|late|short|long|medium)\s+)*(?:years?|months?|weeks?|"
                         r"days?|quarters?|periods?|times?|decades?|sessions?|night|morning|evening|run|term|"
                         r"today|tonight|yesterday|tomorrow|now|currently)$", re.I)
# words that may follow a number that leaves its unit out ("to 37 in 2021", "97 during the same weeks")
_AFTER_BARE = {"in", "for", "to", "at", "on", "during", "last", "this", "next", "a", "an", "the", "and", "or", "but",
               "while", "with", "by", "from", "per", "each", "of", "over", "since", "until", "as", "than", "year",
               "years", "respectively", "combined", "overall", "apiece", "so", "now", "then", "before", "after", "who"}
_SUSPENDED = re.compile(r"^-?\s*(?:-|–|or|and|to)\s*$")


def share_backwards(facts: list[Fact], text: str) -> None:
    """What a later figure says about an earlier one in the same sentence: "a 10- or 11-inch display" (the
    10 is in inches too), "C $9 (US $6.60) per share" (the C $9 is per share too), "rose from 12 to 15 people"."""
    for a, b in zip(facts, facts[1:]):
        gap = text[a.end:b.start]
        moved = b.dimension == "count" and re.fullmatch(r"\s*to\s*", gap) and re.search(r"\bfrom\s+$", text[max(0, a.start - 8):a.start])
        measured = b.dimension == "count" and (a.value != int(a.value) or b.value != int(b.value))  # "7.6 and 7.5
        # magnitude quakes": a noun that takes fractions is a scale, shared like a unit
        if a.dimension == "number" and (b.dimension not in ("number", "count") or moved or measured) and _SUSPENDED.match(gap) \
                and not (abs(a.value) < 1 and not any(ch.isdigit() for ch in a.surface)) \
                and b.value_max is None and not text[b.start:b.start + 1] in "$€£¥" \
                and abs(b.value) / 10 <= abs(a.value) <= abs(b.value) * 10:
            a.unit, a.dimension = b.unit, b.dimension
        elif measured and a.dimension == "count" and a.unit != b.unit and _SUSPENDED.match(gap) and b.value_max is None:
            a.unit = b.unit  # (the parse may give the 7.6 the quakes, skipping the scale between)
        elif a.dimension == "currency" and b.dimension == "rate" and EQUIVALENT.match(gap) and " per " in b.unit:
            a.unit, a.dimension = money.rate_unit(a.unit, "currency", b.unit.split(" per ", 1)[1]), "rate"


def list_subject(facts: list[Fact], text: str) -> None:
    """"$76,210, $24,594 and $118,530 in income": figures listed with the same unit share what the last names."""
    i = 0
    while i < len(facts):
        j = i
        while j + 1 < len(facts) and facts[j + 1].unit == facts[i].unit and facts[j + 1].dimension == facts[i].dimension \
                and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s*", text[facts[j].end:facts[j + 1].start]):
            j += 1
        if j > i and facts[j].subject:
            for f in facts[i:j]:
                if not f.subject:
                    f.subject = facts[j].subject
        if j == i + 1 and re.fullmatch(r"\s+or\s+", text[facts[i].end:facts[j].start]) \
                and facts[i].direction == facts[j].direction:
            facts[i].kind = facts[j].kind  # "rose 7 or 8 percent": one reading, two values
        i = j + 1


def bracket_currency(facts: list[Fact], text: str) -> None:
    """A bare amount followed by a bracketed conversion, after an amount in a currency converted the same way:
    "1,990,000 yen ($18,300) for the base car and 2,150,000 ($19,800) for the hybrid" -- the 2,150,000 is yen too."""
    for i, (f, g) in enumerate(zip(facts, facts[1:])):
        if f.dimension != "number" or f.unit or g.dimension != "currency" \
                or not re.fullmatch(r"\s*\(\s*", text[f.end:g.start]):
            continue
        for e, e2 in zip(facts[:i], facts[1:i]):
            if e.dimension == "currency" and e2.unit == g.unit != e.unit \
                    and re.fullmatch(r"\s*\(\s*", text[e.end:e2.start]) and e2.value and g.value \
                    and abs(math.log((f.value / g.value) / (e.value / e2.value))) < 0.2:  # the same exchange rate
                f.unit, f.dimension = e.unit, "currency"
                break


_GAPPED_PLACE = re.compile(r"^\s*,\s*(?:and\s+|while\s+|but\s+)?in\s+(?:the\s+)?(?P<place>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
                           r"\s+(?:by\s+|at\s+|to\s+)?(?:(?:about|around|nearly|some|roughly|almost)\s+)?$")
_PLACE_IN_SUBJECT = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*$")


def gapped_place(subject: str, gap: str) -> str:
    """"Services in Egypt were down by 80 percent, in India by 65 percent": a gapped clause that only
    names another place is about the same thing there ("services in India"); else ""."""
    m = _GAPPED_PLACE.match(gap)
    if m is None or _NOT_PLACE.match(m.group("place")) or not _PLACE_IN_SUBJECT.search(subject):
        return ""
    return f"{_PLACE_IN_SUBJECT.sub('', subject)} in {m.group('place')}"


def gapped_subject(doc, gap: str, gap_start: int) -> str:
    """The noun phrase of a clause whose verb is left out, as in "... rose 5% and exports 7%" -> "exports"."""
    m = _GAPPED.match(gap)
    if m is None:
        return ""
    span = doc.char_span(gap_start + m.start("np"), gap_start + m.end("np"), alignment_mode="expand")
    # "..., imports 4.3 trillion yuan": a plural noun the tagger took for a verb, right before the figure
    nounish = [t for t in span if t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VBZ" and t.pos_ == "VERB"
               and t.i == span.end - 1 and t.lower_ not in ("has", "is", "does", "says", "gets", "makes")]
    if span is None or not nounish \
            or any(t.pos_ not in _GAP_POS and not t.is_space and t not in nounish for t in span):
        return ""
    if any(t.dep_ == "conj" and t.head.tag_ == "NNS" and t.head.idx + len(t.head) == gap_start for t in nounish):
        return ""  # "killed 100 soldiers and police, 20 civilians": the list of what was counted goes on
    if any(lx.lemma(t) in lx.QUANTITY_NOUNS or lx.lemma(t) == "age" for t in nounish) \
            or not re.search(r"\b(?:and|while|whereas|but|with)\b", gap) and any(t.pos_ == "DET" for t in span) \
            and not all(t.pos_ == "PROPN" for t in nounish):  # (but ", the Orioles $140 million": a name)
        return ""  # "..., an increase of 18.2%", "two girls, ages 12 and 15": about the figure before, not a new subject
    words = [t for t in span if t.pos_ != "DET" and not t.is_space]
    while words and words[0].pos_ in ("CCONJ", "PART"):
        words.pop(0)
    return "".join(t.text_with_ws for t in words).strip()


def bare_dollar(sentence: str, m: Mention) -> bool:
    head = sentence[m.start:m.start + 2]
    if re.search(r" (?:US|U\.S\.)$", sentence[m.start:m.end]):
        return False  # "$14.60 US": said to be US dollars
    return head.startswith("$") or sentence[max(0, m.start - 1):m.start] == "$"


def respectively(doc, facts: list[Fact], offset: int) -> None:
    """"China and the US have 609 and 552 billionaires, respectively": the n-th figure is about the n-th
    name of the coordinated list (and a bare figure takes the unit of the first). Figures between the names
    ("Jose Torres, 26, and Kayla Norton, 25, ... 20 and 15 years") are their own and do not break the list."""
    text = lx.sentence_text(doc)
    if len(facts) < 2 or "respective" not in text.lower() \
            or not any(t.lower_ in ("respectively", "respective") for t in doc):
        return  # (the word is rare: the text test spares a walk over every token)
    copies = {id(b): a for a, b in zip(facts, facts[1:]) if EQUIVALENT.match(text[a.end - offset:b.start - offset])}
    mains = [f for f in facts if id(f) not in copies]
    resp = next(t for t in doc if t.lower_ in ("respectively", "respective"))
    before = [f for f in mains if f.start - offset < resp.idx]
    _paired_years(text, mains, offset)
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            continue
        items, x = [tok], tok
        while True:
            nxt = [c for c in x.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            if not nxt:
                break
            x = nxt[0]
            items.append(x)
        paired = mains if len(items) == len(mains) else before[-len(items):] if len(before) >= len(items) >= 2 else []
        # ("609 and 552 respective billionaires, ... half of them": the figures before the word are the ones it pairs)
        if len(items) != len(paired) or any(t.dep_ not in ("cc", "punct", "det", "compound", "amod", "poss", "case")
                                           and not any(f.start <= offset + t.idx < f.end for f in facts)
                                           for a, b in zip(items, items[1:]) for t in doc[a.i + 1:b.i]) \
                or any(f.start <= offset + t.idx < f.end for t in items for f in facts):
            continue
        for f, item in zip(paired, items):
            words = [t for t in item.lefts if t.dep_ in ("compound", "amod")] + [item]
            f.subject = " ".join(t.text for t in words)
            if f.dimension == "number" and paired[0].dimension != "number":
                f.unit, f.dimension = paired[0].unit, paired[0].dimension
        for f in facts:
            if id(f) in copies:
                f.subject = copies[id(f)].subject  # "5.4 billion rand ($300 million)": the same thing
        return


_YEAR_LIST = re.compile(rf"\b({YEAR})((?:\s*,\s*{YEAR})*)\s*,?\s*(?:and|&)\s+({YEAR})\b")


def _paired_years(text: str, facts: list[Fact], offset: int) -> None:
    """"In 2015 and 2016 it earned $5m and $7m, respectively": the n-th figure of each list is the n-th year's."""
    m = _YEAR_LIST.search(text)
    if m is None:
        return
    years = [m.group(1), *re.findall(YEAR, m.group(2)), m.group(3)]
    runs, run = [], facts[:1]
    for a, b in zip(facts, facts[1:]):
        if b.unit == a.unit and re.fullmatch(r"\s*(?:,|,?\s+and)\s*", text[a.end - offset:b.start - offset]):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    for run in runs:
        if len(run) == len(years) and not any(m.start() <= f.start - offset < m.end() for f in run):
            for f, year in zip(run, years):
                f.period = year


# a measure written in two units, larger first: "3 feet 9 inches", "2 hours 35 minutes", "7 pounds 4 ounces"
_SMALLER = {"foot": ("inch", 12), "hour": ("minute", 60), "minute": ("second", 60), "pound": ("ounce", 16),
            "metre": ("centimetre", 100), "year": ("month", 12)}
_GLUED_INCHES = re.compile(r"(?P<n>\d{1,2}(?:\.\d+)?)(?:\s?(?:in\b\.?|ins\b)|\s?\")")  # "6ft 2in", 6'2"


def compound_measures(facts: list[Fact], text: str, doc_key: str) -> list[Fact]:
    """One fact for a measure written in two units side by side: "nearly 3 feet 9 inches" is 3.75 feet, not 3 feet
    and 9 inches; the smaller part must be less than one of the larger unit. Parts set apart by commas ("24 hours,
    39 minutes, and 35 seconds") stay separate figures, as NewsQuant annotates them."""
    out: list[Fact] = []
    i = 0
    while i < len(facts):
        f = facts[i]
        smaller = _SMALLER.get(f.unit) if f.value_max is None and f.value >= 0 else None
        part = None
        if smaller is not None:
            nxt = facts[i + 1] if i + 1 < len(facts) else None
            if nxt is not None and nxt.unit == smaller[0] and nxt.value_max is None and nxt.approx == "=" \
                    and 0 <= nxt.value < smaller[1] and text[f.end:nxt.start] in ("", " "):
                part = (nxt.value, nxt.end, (nxt.high - nxt.low) / 2 if nxt.high is not None else 0.5)
                i += 1
            elif f.unit == "foot" and (m := _GLUED_INCHES.match(text, f.end + (text[f.end:f.end + 1] == " "))) \
                    and float(m.group("n")) < 12:
                part = (float(m.group("n")), m.end(), 0.5)
                while i + 1 < len(facts) and facts[i + 1].start < m.end():
                    i += 1  # the inches read on their own, if they were
        if part is not None:
            value, end, half = part
            f.value = round(f.value + value / smaller[1], 10)
            f.end, f.surface = end, text[f.start:end]
            f.low, f.high = interval(f.value, None, half / smaller[1], f.approx)
            f.fact_id = stable_id(doc_key, f.start, f.end, f.surface)  # a new surface, a new id
        out.append(f)
        i += 1
    return out


# "11.2% at Barcelona's airport, 9.2% at Schiphol and 7.7% at Madrid": each figure's place right after it
_PLACE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?P<prep>in|at|with|to|from)\s+(?:the\s+)?"
                          r"(?P<place>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|de|of|the))*)")
_NOT_PLACE = re.compile(rf"(?:{DAY_OR_MONTH_RE.pattern}|Q[1-4]|H[12])\b")  # "5% in March": a time
_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s+and|,?\s+while|,?\s+but)\s+(?:(?:about|around|some|nearly|almost)\s+)?")


def place_list(facts: list[Fact], text: str) -> None:
    """Figures listed each with its own place are about the same thing in each place: "sales rose 5% in France,
    3% in Germany and 2% in Italy" -> "Sales in France", "Sales in Germany", "Sales in Italy" (and "exports
    rose 5% to Japan and 3% to Korea", "59% of calls with Chile, 44% with Peru": each partner's own)."""
    i = 0
    while i < len(facts):
        run, j = [], i
        while j < len(facts) and facts[j].dimension not in ("count", "number") and facts[j].unit == facts[i].unit:
            m = _PLACE_AFTER.match(text, facts[j].end)
            if m is None or _NOT_PLACE.match(m.group("place")) \
                    or run and not _LIST_GAP.fullmatch(text, run[-1][1].end(), facts[j].start):
                break
            run.append((facts[j], m))
            j += 1
        if len(run) >= 2 and run[0][0].subject:
            base = re.sub(r"\s+(?:in|at|with|to|from)\s+[A-Z].*$", "", run[0][0].subject)
            for f, m in run:
                place = re.sub(r"(?:\s+(?:de|of|the))+$", "", m.group("place"))
                f.subject = f"{base} {m.group('prep')} {place}"
                if run[0][0].kind == "share" and f.kind == "level":
                    f.kind = "share"  # the same part of each partner's whole
        i = max(j, i + 1)


# "compared with 63", "versus 30 percent": a figure set against the one before it
COMPARED = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|against)\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
# "sold at 511 outlets, down 29 percent", "$3 billion, up 14.4 percent": how the figure before it moved
MOVED = re.compile(r"^\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more than\s+)?$",
                   re.I)
# ", to $43.8 billion": the level a change reaches
REACHED = re.compile(r"\bto\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.I)


def said_before(subject: str, main: Fact, sentence: str, offset: int) -> bool:
    """Whether ``subject`` is the clause's subject named before the figure ``main`` (whose own subject does not
    already include it): "the RCMP intercepted 68 people in 2014 but 430 this year"."""
    found = re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", sentence)
    return found is not None and found.start() < main.start - offset and subject not in main.subject \
        and main.subject.lower().rstrip("s") != main.unit.rstrip("s")  # not when it names only what it counts
