"""Per-subject interval charts as inline SVG (no scripts, no fonts beyond the page's own).

One chart per *measure* of a subject (kind + dimension, e.g. "growth, percent" or "level, money"):
every fact is one line, grouped by outlet, drawn as its interval [low, high] in a common unit.
Money is converted with :func:`pipeline.reconcile.currency.rate` and the rate used is named.
Unbounded ends are drawn as arrows running to the edge of the plot.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import Sequence

from ...reconcile import currency, fmt
from ...schema import Fact

WIDTH, LEFT, RIGHT, ROW, TOP, BOTTOM = 780, 150, 250, 22, 8, 30
MAX_LINES, MAX_OUTLETS = 40, 40   # beyond MAX_LINES values, one line per outlet (values overlaid)


@dataclass
class Bar:
    fact: Fact
    outlet: str
    low: float | None
    high: float | None
    rate: currency.Rate | None = None


@dataclass
class Measure:
    kind: str
    unit: str                      # the common unit of the chart
    bars: list[Bar] = field(default_factory=list)
    rates: list[currency.Rate] = field(default_factory=list)
    unconverted: list[Fact] = field(default_factory=list)

    @property
    def title(self) -> str:
        unit = fmt.CURRENCY_WORDS.get(self.unit, self.unit) or "no unit"
        return f"{self.kind}, {unit}"


def outlet(f: Fact) -> str:
    return f.source or f.doc_id or "unknown source"


def measures(facts: Sequence[Fact]) -> list[Measure]:
    """Split one subject's facts into comparable measures, converting money into one currency."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        key = (f.kind, "currency" if f.dimension == "currency" else (f.unit or f.dimension or ""))
        groups.setdefault(key, []).append(f)
    out = []
    for (kind, unit_key), fs in groups.items():
        if unit_key == "currency":
            common = Counter(f.unit for f in fs).most_common()
            # most frequent currency; ties go to USD, then alphabetical, so the choice is stable
            best = max(n for _, n in common)
            tied = sorted(u for u, n in common if n == best)
            unit = "USD" if "USD" in tied else tied[0]
        else:
            unit = unit_key
        m = Measure(kind, unit)
        for f in sorted(fs, key=lambda f: (outlet(f), f.start)):
            r = None
            if f.dimension == "currency" and f.unit != unit:
                r = currency.rate(f.unit, unit, f.period, f.published)
                if r is None:
                    m.unconverted.append(f)
                    continue
                if r not in m.rates:
                    m.rates.append(r)
            k = r.rate if r else 1.0
            m.bars.append(Bar(f, outlet(f), None if f.low is None else f.low * k,
                              None if f.high is None else f.high * k, r))
        out.append(m)
    return out


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    if hi <= lo:
        return [lo]
    import math

    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = min((s * mag for s in (1, 2, 5, 10) if s * mag >= raw), default=raw)
    first = math.ceil(lo / step) * step
    out, x = [], first
    while x <= hi + step * 1e-9:
        out.append(round(x, 12))
        x += step
    return out


def _label(x: float, unit: str, step: float) -> str:
    """A tick label with just enough decimals to tell neighbouring ticks apart."""
    import math

    scale, word = 1.0, ""
    if unit != "percent":
        for s, w in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
            if abs(x) >= s or step >= s:
                scale, word = s, w
                break
    decimals = max(0, math.ceil(-math.log10(step / scale) - 1e-9)) if step > 0 else 0
    text = f"{x / scale:,.{decimals}f}{word}"
    return text + ("%" if unit == "percent" else "")


def svg(m: Measure, *, chart_id: str, fact_href) -> str:
    """The SVG for one measure. ``fact_href(fact)`` gives the link target of a bar."""
    bars = m.bars
    finite = [v for b in bars for v in (b.low, b.high) if v is not None]
    if not finite:
        return ""
    lo, hi = min(finite), max(finite)
    span = hi - lo
    pad = span * 0.08 if span > 0 else (abs(lo) * 0.05 or 1.0)
    lo, hi = lo - pad, hi + pad
    plot_w = WIDTH - LEFT - RIGHT

    def x(v: float) -> float:
        return LEFT + (v - lo) / (hi - lo) * plot_w

    # rows: one line per value, or one line per outlet (values overlaid) when there are many values
    by_outlet: dict[str, list[Bar]] = {}
    for b in bars:
        by_outlet.setdefault(b.outlet, []).append(b)
    compact = len(bars) > MAX_LINES
    if compact:
        keep = sorted(by_outlet, key=lambda o: (-len(by_outlet[o]), o))[:MAX_OUTLETS]
        rows = [(o, by_outlet[o]) for o in sorted(keep)]
    else:
        rows = [(b.outlet, [b]) for b in bars]
    hidden = len(by_outlet) - len({o for o, _ in rows})
    height = TOP + ROW * len(rows) + BOTTOM
    title = (f"{m.title}: {len(bars)} values from {len(by_outlet)} outlets"
             + (f" ({hidden} outlets with fewer values not drawn)" if hidden else ""))
    parts = [f'<svg class="chart{" compact" if compact else ""}" id="{chart_id}" role="img" '
             f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" aria-labelledby="{chart_id}-t" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<title id="{chart_id}-t">{escape(title)}</title>']
    # axis and grid
    base = TOP + ROW * len(rows)
    ticks = _ticks(lo + pad, hi - pad)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 0.0
    for t in ticks:
        tx = x(t)
        parts.append(f'<line class="grid" x1="{tx:.1f}" y1="{TOP}" x2="{tx:.1f}" y2="{base}"/>')
        parts.append(f'<text class="tick" x="{tx:.1f}" y="{base + 16}" text-anchor="middle">'
                     f'{escape(_label(t, m.unit, step))}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{LEFT + plot_w}" y2="{base}"/>')
    prev = None
    for i, (name, row_bars) in enumerate(rows):
        cy = TOP + ROW * i + ROW / 2
        if name != prev:
            if prev is not None:
                parts.append(f'<line class="sep" x1="0" y1="{TOP + ROW * i}" x2="{WIDTH}" y2="{TOP + ROW * i}"/>')
            parts.append(f'<text class="outlet" x="{LEFT - 8}" y="{cy + 4:.1f}" text-anchor="end">'
                         f'{escape(_short(name, 22))}</text>')
            prev = name
        for b in row_bars:
            parts.append(_bar(b, m, cy, x, plot_w, fact_href, label=not compact))
        if compact:
            parts.append(f'<text class="val" x="{LEFT + plot_w + 8}" y="{cy + 4:.1f}">{len(row_bars)} values</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bar(b: Bar, m: Measure, cy: float, x, plot_w: float, fact_href, *, label: bool) -> str:
    x0 = x(b.low) if b.low is not None else LEFT
    x1 = x(b.high) if b.high is not None else LEFT + plot_w
    if x1 - x0 < 4:  # a precise value: keep it visible
        mid = (x0 + x1) / 2
        x0, x1 = mid - 2, mid + 2
    f = b.fact
    shown = f"{f.surface}" + (f" ≈ {fmt.interval(b.low, b.high, m.unit)}" if b.rate else "")
    tip = f"{b.outlet}: {shown} (consistent with {fmt.interval(b.low, b.high, m.unit)})"
    cls = "bar" + (" converted" if b.rate else "")
    if not label:  # many values overlaid: plain shapes, keep the page small
        out = [f'<rect class="{cls}" x="{x0:.1f}" y="{cy - 5:.1f}" width="{x1 - x0:.1f}" height="10"/>']
        if b.low is None or b.high is None:
            out.append(f'<path class="arrow" d="M{LEFT - 2 if b.low is None else LEFT + plot_w + 2},{cy:.1f} '
                       f'l{8 if b.low is None else -8},-6 v12 z"/>')
        return "".join(out)
    out = [f'<a href="{escape(fact_href(f))}" class="bar-link"><title>{escape(tip)}</title>',
           f'<rect class="{cls}" x="{x0:.1f}" y="{cy - 5:.1f}" width="{x1 - x0:.1f}" height="10" rx="2" '
           f'data-fact="{escape(f.fact_id)}"/>']
    if b.low is None:
        out.append(f'<path class="arrow" d="M{LEFT - 2},{cy:.1f} l8,-6 v12 z"/>')
    if b.high is None:
        out.append(f'<path class="arrow" d="M{LEFT + plot_w + 2},{cy:.1f} l-8,-6 v12 z"/>')
    if label:
        text = f.surface + (" (converted)" if b.rate else "")
        out.append(f'<text class="val" x="{LEFT + plot_w + 8}" y="{cy + 4:.1f}">{escape(_short(text, 40))}</text>')
    out.append("</a>")
    return "".join(out)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
