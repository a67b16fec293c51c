"""The interval of true values a printed number is consistent with, from its precision and hedge."""
from __future__ import annotations

# How far "about"/"nearly" stretch beyond the printed precision, relative to the value.
HEDGE_SLACK = 0.05


def interval(value: float, value_max: float | None, half_step: float, approx: str,
             approx_side: str = "") -> tuple[float | None, float | None]:
    """(low, high); None is unbounded. "7.5 trillion" -> [7.45, 7.55] trillion."""
    lo_v, hi_v = (value, value_max) if value_max is not None else (value, value)
    lo, hi = lo_v - half_step, hi_v + half_step
    if approx == "~":
        slack_lo = max(half_step, HEDGE_SLACK * abs(lo_v))
        slack_hi = max(half_step, HEDGE_SLACK * abs(hi_v))
        lo, hi = lo_v - slack_lo, (hi_v + half_step if approx_side == "-" else hi_v + slack_hi)
    elif approx == ">":
        lo, hi = lo_v, None
    elif approx == ">=":
        lo, hi = lo_v - half_step, None
    elif approx == "<":
        lo, hi = None, hi_v
    elif approx == "<=":
        lo, hi = None, hi_v + half_step
    return _tidy(lo), _tidy(hi)


def _tidy(x: float | None) -> float | None:
    """Drop binary noise: 14.450000000000001 -> 14.45."""
    return None if x is None else float(f"{x:.12g}")
