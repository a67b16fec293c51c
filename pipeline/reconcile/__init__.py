"""Reconcile: facts in, :class:`~pipeline.schema.Finding` verdicts out.

Facts from different sources about the same subject, period, kind and dimension are compared as
intervals (printed precision and hedge, see :mod:`pipeline.extract.intervals`); money is converted
at an offline reference rate with a band for the rate the writer may have used. Overlap means
``agree``; disjoint intervals mean ``conflict``. Conflicts come first.
"""
from __future__ import annotations

import itertools
import logging
from collections import defaultdict
from typing import Iterable

from ..ids import stable_id
from ..schema import Fact, Finding
from . import currency, fmt

log = logging.getLogger(__name__)
COMPARABLE_KINDS = {"level", "change", "growth", "share"}

__all__ = ["reconcile"]


def _source(f: Fact) -> str:
    return f.source or f.doc_id or "unknown source"


def _group_key(f: Fact):
    return (f.subject_key, f.period, f.kind, "currency" if f.dimension == "currency" else f.unit)


def reconcile(facts: Iterable[Fact]) -> list[Finding]:
    """Compare facts across sources; return findings, conflicts first."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.subject_key and f.period and f.kind in COMPARABLE_KINDS and (f.low is not None or f.high is not None):
            groups[_group_key(f)].append(f)
    findings: list[Finding] = []
    for key, members in groups.items():
        for a, b in itertools.combinations(sorted(members, key=lambda f: (_source(f), f.start)), 2):
            if _source(a) == _source(b) or a.doc_id == b.doc_id:
                continue
            finding = compare(a, b)
            if finding is not None:
                findings.append(finding)
    findings.sort(key=lambda x: (x.verdict != "conflict", x.subject_key, x.period or "", x.finding_id))
    return findings


def _convert(f: Fact, dst: str):
    """f's interval in currency ``dst`` (widened by the rate band), and the rate used."""
    if f.dimension != "currency" or f.unit == dst:
        return f.low, f.high, None
    r = currency.rate(f.unit, dst, f.period, f.published)
    if r is None:
        return None
    lo = None if f.low is None else f.low * r.rate * (1 - currency.RATE_BAND)
    hi = None if f.high is None else f.high * r.rate * (1 + currency.RATE_BAND)
    return lo, hi, r


def compare(a: Fact, b: Fact) -> Finding | None:
    """A verdict on two facts reporting the same quantity, or None if they cannot be compared."""
    unit = a.unit
    conv = _convert(b, unit)
    if conv is None:
        return None
    b_lo, b_hi, rate = conv
    lo = max(x for x in (a.low, b_lo, float("-inf")) if x is not None)
    hi = min(x for x in (a.high, b_hi, float("inf")) if x is not None)
    agree = lo <= hi
    one_sided = any(x is None for x in (a.low, a.high, b.low, b.high))
    if agree:
        how = "one-sided bound satisfied" if one_sided else "within rounding"
    else:
        how = "outside rounding and hedges"
    if rate is not None:
        how += f", after conversion at {rate.describe()}, ±{currency.RATE_BAND:.0%}"
    verdict = "agree" if agree else "conflict"
    sa, sb = _source(a), _source(b)
    period = f" in {a.period}" if a.period else ""
    what = {"growth": "growth of", "change": "change in", "share": "share of"}.get(a.kind, "")
    subject = f"{what} {a.subject}".strip()
    b_shown = f"{b.surface}" + (f" (≈ {fmt.interval(b_lo, b_hi, unit)})" if rate is not None else "")
    if agree:
        explanation = (f"{sa} and {sb} agree on {subject}{period}: {sa} reports {a.surface!s}, {sb} reports "
                       f"{b_shown}; {how}.")
    else:
        explanation = (f"{sa} and {sb} disagree on {subject}{period}: {sa} reports {a.surface} "
                       f"(consistent with {fmt.interval(a.low, a.high, unit)}), {sb} reports {b_shown} "
                       f"(consistent with {fmt.interval(b_lo, b_hi, unit)}); the ranges do not overlap.")
    ids = sorted([a.fact_id, b.fact_id])
    return Finding(
        finding_id=stable_id("cross_source", *ids), check="cross_source", verdict=verdict,
        subject=a.subject, subject_key=a.subject_key, period=a.period, kind=a.kind, fact_ids=ids,
        sources=sorted({sa, sb}), detail=how, explanation=explanation,
    )
