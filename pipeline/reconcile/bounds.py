"""Intervals for reconciliation: a fact's range of true values, and interval arithmetic on them.

The extractor gives ``Fact.low``/``Fact.high`` from printed precision and hedge. One more thing is
decided here: trailing zeros of a round number are not precision. "1,500,000" is what a writer prints
for "1.5 million", and "$72,000 million" for "$72 billion", so an unhedged integer with two or more
trailing zeros is widened to the place of its last non-zero digit, capped at ``ROUND_CAP`` of the value.
"""
from __future__ import annotations

import math
import re

from ..schema import Fact

ROUND_CAP = 0.05
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")

Interval = tuple  # (low | None, high | None); None is unbounded


def bounds(f: Fact) -> Interval:
    lo, hi = f.low, f.high
    if f.approx != "=" or lo is None or hi is None:
        return lo, hi
    m = _DIGITS.search(f.surface or "")
    if not m or "." in m.group(0):
        return lo, hi
    digits = m.group(0).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 2 or int(digits) == 0:
        return lo, hi
    scale = f.value / int(digits) if f.value_max is None else 1.0
    half = min(0.5 * 10 ** zeros * scale, ROUND_CAP * abs(f.value))
    return min(lo, f.value - half), max(hi, (f.value_max or f.value) + half)


def ends(f: Fact) -> tuple[Interval, Interval] | None:
    """For a stated range ("$140 million to $150 million"), the intervals of its low and its high end
    (each as wide as the range's own slack at that end); None for a single value or an open bound."""
    lo, hi = bounds(f)
    if f.value_max is None or lo is None or hi is None:
        return None
    return (lo, f.value + (f.value - lo)), (f.value_max - (hi - f.value_max), hi)


def overlap(a: Interval, b: Interval, *, strict: bool = False) -> bool:
    """Do the intervals share a value? ``strict``: ranges that only touch do not count.

    Rounding ranges are half-open ("15" is 14.5 up to but not including 15.5), so "15 minutes" and
    "16 minutes", which touch at 15.5, do not agree. Arithmetic results are closed, so they may touch.
    """
    lo = max(x for x in (a[0], b[0], -math.inf) if x is not None)
    hi = min(x for x in (a[1], b[1], math.inf) if x is not None)
    if math.isinf(lo) or math.isinf(hi):
        return lo <= hi
    eps = 1e-9 * max(1.0, abs(hi))  # binary noise
    if strict and not _point(a) and not _point(b):
        return lo < hi - eps
    return lo <= hi + eps


def _point(a: Interval) -> bool:
    return a[0] is not None and a[0] == a[1]


def add(a: Interval, b: Interval) -> Interval:
    return (None if a[0] is None or b[0] is None else a[0] + b[0],
            None if a[1] is None or b[1] is None else a[1] + b[1])


def sub(a: Interval, b: Interval) -> Interval:
    return (None if a[0] is None or b[1] is None else a[0] - b[1],
            None if a[1] is None or b[0] is None else a[1] - b[0])


def neg(a: Interval) -> Interval:
    return (None if a[1] is None else -a[1], None if a[0] is None else -a[0])


def previous(level: Interval, growth_pct: Interval) -> Interval | None:
    """The level a year earlier implied by ``level`` after growth of ``growth_pct`` percent (positive levels)."""
    if None in level or None in growth_pct or level[0] <= 0:
        return None
    g_lo, g_hi = 1 + growth_pct[0] / 100, 1 + growth_pct[1] / 100
    if g_lo <= 0:
        return None
    return level[0] / g_hi, level[1] / g_lo


def scale(a: Interval, lo_factor: float, hi_factor: float) -> Interval:
    """Multiply by a positive factor known to lie in [lo_factor, hi_factor]."""
    return (None if a[0] is None else (a[0] * lo_factor if a[0] >= 0 else a[0] * hi_factor),
            None if a[1] is None else (a[1] * hi_factor if a[1] >= 0 else a[1] * lo_factor))
