"""Offline exchange rates (ECB reference rates shipped by the ``currencyconverter`` package)."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

# How far a writer's rate may sit from the reference rate (different day, source or rounding).
RATE_BAND = 0.03


@dataclass(frozen=True)
class Rate:
    src: str
    dst: str
    rate: float           # 1 src = rate dst
    basis: str            # what the rate is: "2024 average of ECB reference rates", "ECB rate on 2025-02-03"

    def describe(self) -> str:
        return f"1 {self.src} = {self.rate:.4g} {self.dst} ({self.basis})"


@functools.lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def known(code: str) -> bool:
    return code in _converter().currencies


@functools.lru_cache(maxsize=4096)
def rate(src: str, dst: str, period: str | None, published: str | None) -> Rate | None:
    """The rate to convert ``src`` into ``dst`` for a fact of ``period`` published on ``published``."""
    if src == dst:
        return Rate(src, dst, 1.0, "same currency")
    c = _converter()
    if src not in c.currencies or dst not in c.currencies:
        return None
    year = _year(period)
    if year is not None:
        first, last = c.bounds[src].first_date, c.bounds[src].last_date
        days = [dt.date(year, m, 15) for m in range(1, 13)]
        days = [d for d in days if first <= d <= last and (c.bounds[dst].first_date <= d <= c.bounds[dst].last_date)]
        if days:
            vals = [c.convert(1, src, dst, date=d) for d in days]
            return Rate(src, dst, sum(vals) / len(vals), f"{year} average of ECB reference rates")
    if published:
        try:
            d = dt.date.fromisoformat(published[:10])
            return Rate(src, dst, c.convert(1, src, dst, date=d), f"ECB reference rate on {d.isoformat()}")
        except (ValueError, Exception):  # outside the data's range: fall back to the latest rate
            pass
    return Rate(src, dst, c.convert(1, src, dst), "latest ECB reference rate")


def _year(period: str | None) -> int | None:
    if period and period[:4].isdigit():
        return int(period[:4])
    if period and period.startswith("FY") and period[2:6].isdigit():
        return int(period[2:6])
    return None
