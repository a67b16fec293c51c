"""Reconcile: facts in, :class:`~pipeline.schema.Finding` verdicts out.

1. Alignment (:mod:`.align`): facts from different sources that report the same quantity (same kind,
   comparable unit, compatible period, and the same subject or the same words around the number).
2. Comparison: each number is an interval (:mod:`.bounds`: printed precision, hedge, round numbers);
   money is converted at an offline ECB reference rate with a band for the rate the writer may have
   used (:mod:`.currency`). Overlap means ``agree``. A ``conflict`` is only reported between two facts
   that are each other's closest match and neither of which agrees with anything the other source says
   about that quantity, so one article's "$38 million" is not set against another's "$103 million" income.
3. Arithmetic audit inside each article and implied previous-year levels across articles (:mod:`.arith`).
4. Wire copies are marked as not independent (:mod:`.wire`); the same pair of values reported twice
   gives one finding. Conflicts come first.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from typing import Iterable

from ..ids import stable_id
from ..schema import Fact, Finding
from . import align, arith, currency, fmt
from .bounds import bounds, ends, overlap
from .wire import WireIndex

log = logging.getLogger(__name__)
COMPARABLE_KINDS = {"level", "change", "growth", "share"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# Numbers inside dates and web addresses ("12 / 19 / 2005", "com / 2005 / 12") are not quantities.
_DATE_OR_PATH = re.compile(r"\d+\s*/\s*\d+|/\s*\d+\s*/|\bcom\s*/")

__all__ = ["reconcile", "compare"]


def _source(f: Fact) -> str:
    return f.source or f.doc_id or "unknown source"


def comparable(f: Fact) -> bool:
    """A fact the reconciler can compare: a kind it knows, a bound, and not a calendar year."""
    if f.kind not in COMPARABLE_KINDS or (f.low is None and f.high is None):
        return False
    if not (f.subject_key or f.sentence):
        return False
    if f.value_max is not None and f.value_max < f.value:
        return False  # a score or a label ("44-26", "AK-47"), not a range
    if f.dimension != "currency" and _YEAR.match((f.surface or "").split(" ")[0]):
        return False
    i = f.sentence.find(f.surface) if f.surface else -1
    if i >= 0 and _DATE_OR_PATH.search(f.sentence[max(0, i - 12):i + len(f.surface) + 12]):
        return False
    return True


def reconcile(facts: Iterable[Fact]) -> list[Finding]:
    """Compare facts across sources and audit each article's arithmetic; conflicts first."""
    facts = align.qualify(list(facts))
    wire = WireIndex(facts)
    findings = _cross_source([f for f in facts if comparable(f)], wire)
    findings += _arithmetic(facts, wire)
    out, seen = [], set()
    for f in findings:
        if f.finding_id not in seen:
            seen.add(f.finding_id)
            out.append(f)
    # conflicts first; among them, outlets disagreeing with each other before an article's own sums
    out.sort(key=lambda x: (x.verdict != "conflict", x.check != "cross_source", x.subject_key, x.period or "",
                            x.finding_id))
    return out


def _cross_source(facts: list[Fact], wire: WireIndex) -> list[Finding]:
    ctx = [align.window(f) for f in facts]
    story = align.story_words(facts)
    pairs = []  # (i, j, how, score, agree)
    agree_best: dict[tuple[int, str], float] = defaultdict(lambda: -1.0)  # best agreeing match in a source
    best: dict[tuple[int, str], float] = defaultdict(lambda: -1.0)        # best match in a source
    values: dict[tuple[int, str], set] = defaultdict(set)                 # the values aligned in a source
    for i, j in align.candidate_pairs(facts):
        a, b = facts[i], facts[j]
        if _source(a) == _source(b) or a.doc_id == b.doc_id:
            continue
        how = align.aligned(a, b, ctx[i], ctx[j])
        if how is None:
            continue
        ok = _agree(a, b)
        if ok is None:
            continue
        score = align.jaccard(ctx[i], ctx[j]) + (1.0 if a.subject_key and a.subject_key == b.subject_key else 0.0)
        pairs.append((i, j, how, score, ok))
        for x, y in ((i, j), (j, i)):
            k = (x, _source(facts[y]))
            best[k] = max(best[k], score)
            values[k].add(facts[y].value)
            if ok:
                agree_best[k] = max(agree_best[k], score)
    out, seen = [], set()
    for i, j, how, score, ok in pairs:
        a, b = facts[i], facts[j]
        if not ok:
            if not align.may_conflict(a, b):
                continue
            if (len(values[(i, _source(b))]) >= _LIST or len(values[(j, _source(a))]) >= _LIST) \
                    and align.jaccard(ctx[i], ctx[j]) < align.SAME_WORDING:
                continue  # a source that gives this subject three or more values (a timeline of attacks, each
                # "killed N") says several things: pairing one of them with the other's figure needs its words
            if _far_apart(a, b) and align.jaccard(ctx[i], ctx[j]) < align.SAME_WORDING:
                continue  # "14,000 asylum seekers" and "two asylum seekers": two quantities, not a misreport
            if align.overlap(story[a.doc_id], story[b.doc_id]) < align.SAME_STORY \
                    and align.jaccard(ctx[i], ctx[j]) < align.SAME_WORDING:
                continue  # two different stories that happen to share a subject word: no evidence of a misreport
            ka, kb = (i, _source(b)), (j, _source(a))
            if agree_best[ka] >= score - 1e-9 or agree_best[kb] >= score - 1e-9:
                continue  # one of them matches, at least as closely, something the other source says
            if agree_best[ka] >= 0 and agree_best[kb] >= 0:
                continue  # each agrees with something the other source says ("a 12-year-old girl and a
                # 15-year-old girl" in both): the two report the same values, paired the wrong way round
            if score < best[ka] - 1e-9 and score < best[kb] - 1e-9:
                continue  # neither is the other's closest match: probably two different quantities
        if _source(a) > _source(b):
            a, b = b, a
        sig = (ok, _source(a), _source(b), a.subject_key, b.subject_key, a.kind, _sig(a), _sig(b))
        if sig in seen:
            continue  # the same pair of values reported again
        seen.add(sig)
        f = compare(a, b, aligned_by=how, note=wire.note(a, b))
        if f is not None:
            out.append(f)
    return out


# How many different values one source may give an aligned subject before they are a list, not one figure
_LIST = 3

# Values further apart than this factor are two different quantities unless worded the same way.
FAR_APART = 3.0


def _far_apart(a: Fact, b: Fact) -> bool:
    if a.unit != b.unit or a.value <= 0 or b.value <= 0:
        return False
    return max(a.value, b.value) / min(a.value, b.value) > FAR_APART


def _sig(f: Fact):
    lo, hi = bounds(f)
    return (f.unit, None if lo is None else float(f"{lo:.6g}"), None if hi is None else float(f"{hi:.6g}"))


def _convert(f: Fact, dst: str):
    """f's interval in currency ``dst`` (widened by the rate band), and the rate used."""
    lo, hi = bounds(f)
    if f.dimension != "currency" or f.unit == dst:
        return lo, hi, None
    r = currency.rate(f.unit, dst, f.period, f.published)
    if r is None:
        return None
    lo = None if lo is None else lo * r.rate * (1 - currency.RATE_BAND)
    hi = None if hi is None else hi * r.rate * (1 + currency.RATE_BAND)
    return lo, hi, r


def _agree(a: Fact, b: Fact) -> bool | None:
    judged = _judge(a, b)
    return None if judged is None else judged[0]


def _judge(a: Fact, b: Fact):
    """(agree, both are stated ranges, b's interval in a's unit, the rate used) or None if incomparable.
    Two stated ranges agree when both their ends do, not when they merely overlap."""
    conv = _convert(b, a.unit)
    if conv is None:
        return None
    b_lo, b_hi, rate = conv
    a_ends, b_ends = ends(a), ends(b)
    if a_ends is not None and b_ends is not None:
        k = 1.0 if rate is None else rate.rate
        return all(overlap(x, (y[0] * k, y[1] * k), strict=True) for x, y in zip(a_ends, b_ends)), True, (b_lo, b_hi), rate
    return overlap(bounds(a), (b_lo, b_hi), strict=True), False, (b_lo, b_hi), rate


def compare(a: Fact, b: Fact, *, aligned_by: str = "same subject", note: str = "") -> Finding | None:
    """A verdict on two facts reporting the same quantity, or None if they cannot be compared."""
    unit = a.unit
    judged = _judge(a, b)
    if judged is None:
        return None
    agree, both_ranges, (b_lo, b_hi), rate = judged
    a_lo, a_hi = bounds(a)
    one_sided = None in (a_lo, a_hi, b_lo, b_hi)
    if agree:
        how = ("both ends within rounding" if both_ranges else
               "one-sided bound satisfied" if one_sided else "within rounding")
    else:
        how = "the ends of the two ranges differ" if both_ranges else "outside rounding and hedges"
    if rate is not None:
        how += f", after conversion at {rate.describe()}, ±{currency.RATE_BAND:.0%}"
    if aligned_by != "same subject":
        how += f"; aligned by {aligned_by}"
    if note:
        how += f"; {note}"
    verdict = "agree" if agree else "conflict"
    sa, sb = _source(a), _source(b)
    period = f" in {a.period}" if a.period else ""
    what = {"growth": "growth of", "change": "change in", "share": "share of"}.get(a.kind, "")
    subject = f"{what} {a.subject or b.subject}".strip()
    b_shown = f"“{b.surface}”" + (f" (≈ {fmt.interval(b_lo, b_hi, unit)})" if rate is not None else "")
    if agree:
        explanation = (f"{sa} and {sb} agree on {subject}{period}: {sa} reports “{a.surface}”, {sb} reports "
                       f"{b_shown}; {how}.")
    else:
        explanation = (f"{sa} and {sb} disagree on {subject}{period}: {sa} reports “{a.surface}” "
                       f"(consistent with {fmt.interval(a_lo, a_hi, unit)}), {sb} reports {b_shown} "
                       f"(consistent with {fmt.interval(b_lo, b_hi, unit)}); "
                       + ("the ranges overlap but their ends differ." if both_ranges and overlap(
                           (a_lo, a_hi), (b_lo, b_hi), strict=True) else "the ranges do not overlap."))
    ids = sorted([a.fact_id, b.fact_id])
    return Finding(
        finding_id=stable_id("cross_source", *ids), check="cross_source", verdict=verdict,
        subject=a.subject or b.subject, subject_key=a.subject_key or b.subject_key, period=a.period or b.period,
        kind=a.kind, fact_ids=ids, sources=sorted({sa, sb}), detail=how, explanation=explanation,
    )


def _arithmetic(facts: list[Fact], wire: WireIndex) -> list[Finding]:
    by_doc: dict[str | None, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc_id].append(f)
    out: list[Finding] = []
    implied = []
    for doc_facts in by_doc.values():
        out.extend(arith.audit_document(doc_facts))
        implied.extend(arith.implied_previous(doc_facts))
    groups = defaultdict(list)
    for item in implied:
        lvl = item[0]
        groups[(lvl.subject_key, lvl.period, lvl.unit)].append(item)
    for items in groups.values():
        for x in range(len(items)):
            for y in range(x + 1, len(items)):
                a, b = items[x], items[y]
                if _source(a[0]) == _source(b[0]) or a[0].doc_id == b[0].doc_id:
                    continue
                out.append(arith.compare_previous(a, b, wire.note(a[0], b[0])))
    return out
