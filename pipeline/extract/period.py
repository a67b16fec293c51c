"""The period a fact refers to: "in 2024", "last year", "the first quarter of 2023", "2012-13".

Periods are written as ``2024``, ``2024-Q1``, ``2024-03``, ``2024-H1`` or ``2012/2013``. Relative
expressions are resolved against the publication date; without one they stay unresolved (None).
"""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {m: i for i, ms in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"], 1) for m in ms.split()}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}

YEAR = r"(?:19|20)\d\d"
PATTERNS = [
    ("fy", re.compile(rf"\b(?:fiscal(?: year)?|FY)\s?'?(?P<y>{YEAR}|\d\d)\b", re.I)),
    ("span", re.compile(rf"\b(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>{YEAR}|\d\d)\b(?!\s*(?:%|percent|per cent))")),
    ("quarter", re.compile(rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?\s*(?:(?P<y>{YEAR})|(?P<rel>this year|last year))?", re.I)),
    ("q", re.compile(rf"\bQ(?P<q>[1-4])\s?(?P<y>{YEAR})?\b")),
    ("half", re.compile(rf"\b(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of)?\s*(?P<y>{YEAR})?", re.I)),
    ("month", re.compile(rf"\b(?:in\s+)?(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<y>{YEAR}))?\b(?!\s+\d{{1,2}}\b)")),
    ("year", re.compile(rf"(?<![\d.,$€£¥-])(?P<y>{YEAR})(?![\d%]|\.\d|\s*(?:percent|per cent))")),
    ("rel", re.compile(r"\b(?P<rel>last year|this year|next year|previous year|a year earlier|a year ago|last month|this month|last quarter|this quarter)\b", re.I)),
]
_NOT_PERIOD = re.compile(r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|from a year earlier|over the previous year|than (?:a|the previous) year|compared with (?:a|the previous) year|from the previous year)\b", re.I)


def find_period(sentence: str, published: str | None) -> str | None:
    """The first period named in ``sentence``, normalised; None if it names none it can resolve."""
    text = _NOT_PERIOD.sub(" ", sentence)
    pub = _date(published)
    best: tuple[int, str] | None = None
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            val = _resolve(name, m, pub)
            if val and (best is None or m.start() < best[0]):
                best = (m.start(), val)
            if val:
                break
        if best is not None and name in ("fy", "span", "quarter", "q", "half"):
            break
    return best[1] if best else None


def _date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _year(y: str | None, pub: dt.date | None) -> int | None:
    if not y:
        return None
    if len(y) == 2:
        return 2000 + int(y)
    return int(y)


def _resolve(name: str, m: re.Match, pub: dt.date | None) -> str | None:
    g = m.groupdict()
    if name == "fy":
        return f"FY{_year(g['y'], pub)}"
    if name == "span":
        y1, y2 = int(g["y1"]), g["y2"]
        y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        return f"{y1}/{y2i}" if y2i == y1 + 1 else f"{y1}-{y2i}" if y2i > y1 else None
    if name in ("quarter", "q"):
        q = _ORD.get(g["q"].lower(), None) if not g["q"].isdigit() else int(g["q"])
        y = _year(g.get("y"), pub)
        if y is None and g.get("rel") and pub:
            y = pub.year - (1 if g["rel"].lower() == "last year" else 0)
        return f"{y}-Q{q}" if y else None
    if name == "half":
        y = _year(g.get("y"), pub)
        return f"{y}-H{1 if g['h'].lower() == 'first' else 2}" if y else None
    if name == "month":
        mo = _MONTHS[g["m"].lower()]
        y = _year(g.get("y"), pub)
        if y is None and pub is not None:
            y = pub.year if mo <= pub.month else pub.year - 1
        return f"{y}-{mo:02d}" if y else None
    if name == "year":
        return g["y"]
    if name == "rel":
        if pub is None:
            return None
        rel = g["rel"].lower()
        if rel in ("last year", "previous year", "a year earlier", "a year ago"):
            return str(pub.year - 1)
        if rel == "this year":
            return str(pub.year)
        if rel == "next year":
            return str(pub.year + 1)
        if rel == "last month":
            d = pub.replace(day=1) - dt.timedelta(days=1)
            return f"{d.year}-{d.month:02d}"
        if rel == "this month":
            return f"{pub.year}-{pub.month:02d}"
        if rel in ("last quarter", "this quarter"):
            q = (pub.month - 1) // 3 + 1 - (rel == "last quarter")
            return f"{pub.year - 1}-Q4" if q == 0 else f"{pub.year}-Q{q}"
    return None
