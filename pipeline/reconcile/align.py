"""Alignment: which facts from different documents report the same quantity.

Two facts are candidates when they have the same kind (level, change, growth, share), a comparable
unit (the same unit, or two currencies) and compatible periods. They are aligned when their subject
keys match (after the synonym layer in :mod:`pipeline.extract.subject_key` and the context rule
below), or when the words around the numbers say they are about the same thing.

Context rule: a bare flow word ("exports", "imports", "deficit") takes the qualifier of the trade
the paragraph is about, so "exports" after "services import and export value" is services exports.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from typing import Iterable

from ..extract import money, numbers
from ..schema import Fact

FLOW = {"export", "import", "trade", "deficit", "surplus", "balance"}
TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "minister", "prime", "secretary"}
_STOP = set("""a an the of in on at to for from by with and or but as is are was were be been being has have had
it its this that these those there their they them he she his her we our you your i me my not no than then
said says say also about after before over under up down more less most least nearly almost around some
into out which who whom what when where while would could should will can may might per year years""".split())
# A small synonym layer over subject-key words (keys are already singular, see subject_key.py).
SYNONYMS = {
    "killed": "death", "dead": "death", "died": "death", "toll": "death", "fatality": "death", "kill": "death",
    "killing": "death", "life": "death", "injured": "injury", "wounded": "injury", "hurt": "injury",
    "wounding": "injury", "aged": "age", "exported": "export", "imported": "import", "exporting": "export",
    "importing": "import", "shipment": "export", "sale": "sales", "revenue": "sales", "turnover": "sales",
    "jobless": "unemployment", "inhabitant": "population", "resident": "population",
}
_WORD = re.compile(r"[a-z][a-z'-]+")
# the words numbers, scales, percentages and currencies are spelled with
FORMAT_WORDS = frozenset(phrase.lower().split()[-1] for phrase in (
    *numbers.SCALES, *numbers.UNITS, *numbers.TENS, *numbers.FRACTIONS, *numbers.OTHER_WORDS, *money.NAMES,
    "percent", "per cent", "pct", "percentage"))  # ("australian dollars": only "dollars"; "40 people" keeps "people")
# How close the words around two numbers must be (Jaccard of content words) to align them.
SAME_WORDING = 0.5
KEY_OVERLAP_CONTEXT = 0.2
NO_KEY_CONTEXT = 0.35
MAX_POSTING = 300
# Two articles tell the same story when the words of their number-bearing sentences overlap this much
# (overlap coefficient: shared words / words of the shorter). Measured on NewsArticles: conflicts between
# articles of one story cluster all score >= 0.27, agreements in clusters >= 0.2 in 206 of 209; most
# conflicts between unrelated stories ("age 23" in a profile, "the age of 18" in a law) score less.
SAME_STORY = 0.2
# Articles published further apart than this are different stories unless subject and period match.
SAME_NEWS_DAYS = 3


def words(text: str) -> frozenset[str]:
    return frozenset(w.strip("'-") for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


def window(f: Fact, width: int = 60) -> frozenset[str]:
    """Content words close to the number (in its sentence), without the words a figure is written with:
    "65%" and "65 percent", "$2m" and "2 million dollars" are worded the same."""
    s = f.sentence
    i = s.find(f.surface) if f.surface else -1
    if i < 0:
        return words(s)
    j = i + len(f.surface)
    return words(s[max(0, i - width):i] + " " + s[j:j + width]) | (words(f.surface.replace("-", " ")) - FORMAT_WORDS)


def story_words(facts: Iterable[Fact]) -> dict[str | None, frozenset[str]]:
    """Per document, the content words of the sentences its facts come from: what the story is about."""
    acc: dict[str | None, set[str]] = defaultdict(set)
    seen: set[tuple[str | None, str]] = set()
    for f in facts:
        if (f.doc_id, f.sentence) not in seen:
            seen.add((f.doc_id, f.sentence))
            acc[f.doc_id] |= words(f.sentence or "")
    return {d: frozenset(w) for d, w in acc.items()}


def overlap(a: frozenset, b: frozenset) -> float:
    """Shared words over the words of the smaller set (a short article inside a long one scores high)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def qualify(facts: list[Fact]) -> list[Fact]:
    """Copies of ``facts`` whose bare flow keys ("export") carry the trade their paragraph is about."""
    out = []
    topic: dict[str | None, tuple[int, frozenset]] = {}
    for f in sorted(facts, key=lambda f: (f.doc_id or "", f.start)):
        toks = frozenset(f.subject_key.split())
        if toks & {"trade", "export", "import"} and toks - FLOW:
            topic[f.doc_id] = (f.start, toks - FLOW)
        elif toks and toks <= FLOW and f.doc_id in topic and f.start - topic[f.doc_id][0] < 1500:
            f = dataclasses.replace(f, subject_key=" ".join(sorted(toks | topic[f.doc_id][1])))
        out.append(f)
    return out


def days_apart(a: Fact, b: Fact) -> int:
    """Days between the publication dates (0 when either is unknown)."""
    try:
        return abs((dt.date.fromisoformat(a.published[:10]) - dt.date.fromisoformat(b.published[:10])).days)
    except (TypeError, ValueError):
        return 0


def unit_class(f: Fact) -> str:
    return "currency" if f.dimension == "currency" else f.unit


def periods_compatible(a: Fact, b: Fact) -> bool:
    return a.period == b.period or a.period is None or b.period is None


def key_tokens(f: Fact) -> frozenset[str]:
    """The informative words of the subject key: no titles, and not the unit itself ("yards" of yards)."""
    unit = {f.unit.lower(), f.unit.lower().rstrip("s")} if f.unit else set()
    return frozenset(SYNONYMS.get(t, t) for t in f.subject_key.split() if t not in TITLES and t not in unit)


def aligned(a: Fact, b: Fact, ctx_a: frozenset, ctx_b: frozenset) -> str | None:
    """How ``a`` and ``b`` were aligned ("same subject", "same wording", ...) or None."""
    if a.kind != b.kind or unit_class(a) != unit_class(b) or not periods_compatible(a, b):
        return None
    ka, kb = key_tokens(a), key_tokens(b)
    if ka and ka == kb and a.period == b.period and a.period is not None:
        if days_apart(a, b) > SAME_NEWS_DAYS and len(ka) < 2:
            return None  # "age" in 2016 in two stories a month apart is not one quantity
        return "same subject" if a.subject_key == b.subject_key else "synonymous subject"
    if days_apart(a, b) > SAME_NEWS_DAYS:
        return None  # different news days: only a named subject and period can tie them
    sim = jaccard(ctx_a, ctx_b)
    if sim >= SAME_WORDING:
        return "same wording"
    if ka and kb:
        if (ka ^ kb) & FLOW or not (ka & kb):
            return None
        if (ka <= kb or kb <= ka or len(ka & kb) >= 2) and sim >= KEY_OVERLAP_CONTEXT:
            return "related subject and wording"
        return None
    if sim >= NO_KEY_CONTEXT:
        return "similar wording"
    return None


def candidate_pairs(facts: list[Fact]) -> Iterable[tuple[int, int]]:
    """Index pairs of facts from different sources that may report the same quantity (blocked, not n²)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        blocks[(f.kind, unit_class(f))].append(i)
    seen: set[tuple[int, int]] = set()
    for idx in blocks.values():
        postings: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            f = facts[i]
            for t in set(f.subject_key.split()) | set(key_tokens(f)) | {"ctx:" + w for w in window(f)}:
                postings[t].append(i)
        for plist in postings.values():
            if len(plist) > MAX_POSTING:
                continue
            for x in range(len(plist)):
                for y in range(x + 1, len(plist)):
                    i, j = plist[x], plist[y]
                    if (i, j) not in seen:
                        seen.add((i, j))
                        yield i, j


def may_conflict(a: Fact, b: Fact) -> bool:
    """Stronger evidence for a conflict than for an agreement: facts about differently named things
    ("Richard Carter" and "Seth VanDeest", both scoring points) are never set against each other, nor are
    "other" things and the things they are other than ("seven AK-47 rifles" and "three other rifles")."""
    if ("other" in a.subject_key.split()) != ("other" in b.subject_key.split()):
        return False
    na, nb = names(a.subject), names(b.subject)
    return not (na and nb and not (na & nb))


def names(subject: str) -> frozenset[str]:
    """Capitalised words of a subject (proper names), lower-cased; titles left out."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z'-]+", subject or "")
                     if w.lower() not in TITLES and w.lower() not in _STOP)
