"""The period a fact refers to: "in 2024", "last year", "the first quarter of 2023", "2012-13".

Periods are written as ``2024``, ``2024-Q1``, ``2024-03``, ``2024-H1``, ``2012/2013`` (a split year) or
``2007-2015`` (a run of years). Relative expressions are resolved against the publication date ("a year
earlier" against the year the sentence names); without one they stay unresolved (None).

A sentence that names several periods gives each figure its own (:func:`period_of`): "$12bn in 2024,
up from $10bn in 2023" are two periods, not one.
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
    ("range", re.compile(rf"\b(?:from|between)\s+(?P<y1>{YEAR})\s+(?:to|and|through)\s+(?P<y2>{YEAR})\b(?![\d%])")),
    ("quarter", re.compile(rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?\s*(?:(?P<y>{YEAR})|(?P<rel>this year|last year))?", re.I)),
    ("q", re.compile(rf"\bQ(?P<q>[1-4])\s?(?P<y>{YEAR})?\b")),
    ("half", re.compile(rf"\b(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of)?\s*(?:(?P<y>{YEAR})|(?P<rel>this year|last year))?", re.I)),
    ("month", re.compile(rf"\b(?:in\s+)?(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<y>{YEAR}))?\b(?!\s+\d{{1,2}}\b)")),
    # (not "fell 2000ft", "a 2000 metre climb": a length)
    # (nor "news2017@example.com": part of an address; but "mid-2017", "late-2016" are years)
    ("year", re.compile(rf"(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<=end-)|(?<![\d.,$€£¥a-z-]))(?P<y>{YEAR})(?![\d%@]|\.\d|s\b|\s*(?:percent|per cent)"
                        r"|\s?(?:ft|feet|foot|m|km|kg|cc|metres?|meters?|miles?|mph|tonnes?|tons?)\b"
                        r"|\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|hrs|hours)\b)")),  # "at 2045 GMT": a time
    ("rel", re.compile(r"\b(?P<rel>last year|this year|next year|previous year|a year earlier|a year ago|last month|this month|last quarter|this quarter)\b", re.I)),
]
_NOT_PERIOD = re.compile(r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|from a year earlier|over the previous year|than (?:a|the previous) year|compared with (?:a|the previous) year|from the previous year)\b", re.I)


def find_period(sentence: str, published: str | None) -> str | None:
    """The first period named in ``sentence``, normalised; None if it names none it can resolve."""
    text = _blank(sentence)
    pub = _date(published)
    best: tuple[int, str] | None = None
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            val = _resolve(name, m, pub)
            if val and (best is None or m.start() < best[0]):
                best = (m.start(), val)
            if val:
                break
        if best is not None and name in ("fy", "span", "range", "quarter", "q", "half"):
            break
    return best[1] if best else None


# "1000 to 2000 people": the upper end of a range of numbers that are not years
_NUMBER_RANGE = re.compile(rf"(?<![\d.,])(?P<a>\d[\d,.]*)\s*(?:to|and|or|-|–)\s*(?P<b>{YEAR})\b")


def _not_a_year_end(m: re.Match) -> str:
    a = m.group("a").replace(",", "")
    try:
        first = float(a)
    except ValueError:
        return m.group(0)
    if 1500 <= first <= 2100 and first == int(first):
        return m.group(0)  # "between 1600 and 1900": years
    return m.group(0)[:m.start("b") - m.start()] + " " * len(m.group("b"))


# "a 1920 x 1200 screen", "1920x1080 pixels": the sides of a size, not years
_SIZE = re.compile(r"(?<![\d.,])\d{2,5}\s?[x×]\s?\d{2,5}(?![\d.,]\d)")


def _blank(sentence: str) -> str:
    """``sentence`` with comparisons that name no period ("year on year"), sizes ("1920 x 1200") and ranges
    of other numbers ("1000 to 2000 people") blanked out, offsets kept."""
    return _NUMBER_RANGE.sub(_not_a_year_end, _SIZE.sub(_spaces, _NOT_PERIOD.sub(_spaces, sentence)))


def _spaces(m: re.Match) -> str:
    return " " * len(m.group(0))  # (the same length: offsets stay the same)


# "from $10 billion a year earlier": a year before the sentence's own period, not before publication
_BEFORE_ANCHOR = {"a year earlier", "previous year"}
# "rose 10% from 2023", "up 5% on last year": the base a change is measured from, not its period
# ("three million more than it harvested in 2016" too)
_BASE_BEFORE = re.compile(r"\b(?:(?:from|since|than|over|on|versus|vs\.?|against|compared (?:with|to))\s+(?:(?:in|on|at)\s+)?"
                          r"|than\s+(?:[a-z]+\s+){1,3}(?:in|on|at|during)\s+)(?:the\s+)?$", re.I)


# what introduces the base of a change ("up from 48% in 2012", "than 300 in 2016")
_BASE_MARK = re.compile(r"\b(?:from|(?<!more )(?<!less )(?<!fewer )than|(?:more|less|fewer)\s+than(?!\s+[$€£¥]?\d)|"
                        r"compared (?:with|to)|versus|vs\.?)\s", re.I)  # (not the hedge "more than $340 million")
# "down 62% from its peak in June 2013": the base is a named level, and the period is that level's
_LEVEL_NAMED = re.compile(r"(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|record|level|levels|average)\b", re.I)
# a turn to another figure between a figure and a period after it
_TURN = re.compile(r"\b(?:versus|vs\.?|against|compared|while|whereas|but|and|or)\b|[,(]\s*$", re.I)


def find_periods(sentence: str, published: str | None) -> list[tuple[int, int, str]]:
    """Every period named in ``sentence`` as (start, end, normalised period), in order of position; a relative
    one that cannot be resolved ("this year" with no publication date) is ""."""
    text = _blank(sentence)
    pub = _date(published)
    taken: list[tuple[int, int, str]] = []
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < b and a < m.end() for a, b, _ in taken):
                continue  # "the first quarter of 2023" is one period, not also "2023"
            val = _resolve(name, m, pub)
            if not val and name in ("quarter", "half") and not m.group("y") and not m.groupdict().get("rel"):
                val = "{year}" + (f"-Q{_ORD[m.group('q').lower()]}" if name == "quarter"
                                  else f"-H{1 if m.group('h').lower() == 'first' else 2}")  # "the first quarter"
            if val or name == "rel":  # ("this year" with no publication date: a period, if an unknown one)
                taken.append((m.start(), m.end(), val or ""))
    taken.sort()
    anchor = next((v[:4] for _, _, v in taken if v[:4].isdigit()), None)
    out = []
    for a, b, v in taken:
        if sentence[a:b].lower() in _BEFORE_ANCHOR and anchor:
            v = str(int(anchor) - 1)
        if v.startswith("{year}"):
            if not anchor:
                continue
            v = v.replace("{year}", anchor)
        out.append((a, b, v))
    return out


def period_of(sentence: str, start: int, end: int, change: bool, periods: list[tuple[int, int, str]],
              others: list[tuple[int, int]], default: str | None) -> str | None:
    """The period of the figure at ``sentence[start:end]``: the period written right after it ("$12bn in 2024
    and $10bn in 2023", "$10bn a year earlier") or right before it with no other figure between ("last year's
    $39,900"); the sentence's period when it names one period only or none next to the figure."""
    others = [o for o in others if not any(a <= o[0] < b for a, b, _ in periods)]  # not "2023" itself
    between = lambda a, b: any(a <= o < b for o, _ in others)  # noqa: E731
    if len({v for _, _, v in periods}) < 2:
        if len(periods) == 1 and periods[0][0] >= end:
            gap = sentence[end:periods[0][0]]
            if ";" in gap.rsplit(")", 1)[-1]:  # (not the semicolons of "($247 billion; 229.7 billion euros)")
                return None  # "fell to $7.3bn; the average from 2005 to 2010 had been $14.7bn": the next clause's
            base = _BASE_MARK.search(gap if len(gap) <= 80 else gap[:30]) if ";" not in gap else None
            # (a base named right after the figure may run long: "8 percent, compared with the 6 percent
            # contraction in goods and services sold overseas in 2016")
            if base and (between(end + base.end(), periods[0][0]) or not base.group(0).lower().startswith("from")
                         or _LEVEL_NAMED.match(gap, base.end())):
                return None  # "55% had voted, up from 48% at the same time in 2012", "eight fewer than Ford's total
                # from 1974-78": the base's year, not this figure's
        return default
    for a, b, v in periods:
        if a < end:
            continue
        gap = sentence[end:a]
        if len(gap) > 30 or re.search(r"[;:]", gap) or between(end, a) or _TURN.search(gap) \
                or re.match(r"['’]s\b", sentence[b:b + 2]):
            break  # "$41,250 versus last year's $39,900": the next figure's period
        if not (change and _BASE_BEFORE.search(gap)):
            return v or None
    for a, b, v in reversed(periods):
        if b <= start:
            gap = sentence[b:start]
            if "," in gap and any(e <= a and re.fullmatch(r"\s+(?:in|for|during|by)\s+(?:the\s+)?", sentence[e:a])
                                  for _, e in others):
                return None  # "less than 160,000 in 1996, adding that 90 percent ...": the 1996 is the 160,000's
            if len(gap) <= 60 and ";" not in gap and not between(b, start) \
                    and (re.match(r"['’]s\b", gap) or not _BASE_BEFORE.search(sentence[:a])):
                return v or None  # (not "from 2023 to $12 billion": the base of the change before it)
            break
    return default


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
    if name == "range":  # "from 2007 to 2015"
        return f"{g['y1']}-{g['y2']}" if int(g["y2"]) > int(g["y1"]) else None
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
        if y is None and g.get("rel") and pub:
            y = pub.year - (1 if g["rel"].lower() == "last year" else 0)
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
