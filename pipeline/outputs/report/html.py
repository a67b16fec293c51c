"""HTML for the report: the index page (overview, findings, subjects, documents) and document views.

Plain string building with :func:`html.escape`; every page carries its CSS, JavaScript and data inline.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape
from typing import Callable, Sequence

from ...reconcile import fmt
from ...schema import Document, Fact, Finding
from . import assets, charts

# ---------------------------------------------------------------- formatting


def exact(x: float | None) -> str:
    """A number in full, with thousands separators: 7.5238e12 -> '7,523,800,000,000'."""
    if x is None:
        return "unbounded"
    if x == int(x) and abs(x) < 1e21:
        return f"{int(x):,}"
    return f"{x:,.15g}"


def value_text(f: Fact) -> str:
    approx = {"=": "", "~": "about ", ">": "more than ", "<": "less than ", ">=": "at least ",
              "<=": "at most "}.get(f.approx or "=", f"{f.approx} ")
    v = exact(f.value) + (f" to {exact(f.value_max)}" if f.value_max is not None else "")
    return approx + v


def unit_text(f: Fact) -> str:
    word = fmt.CURRENCY_WORDS.get(f.unit)
    return f"{f.unit} ({word})" if word else (f.unit or "none")


def interval_text(f: Fact) -> str:
    """The values the text is consistent with, in full: '3,175,555,000,000 to 3,175,565,000,000 CNY'."""
    unit = "%" if f.unit == "percent" else f" {f.unit}" if f.unit else ""
    if f.low is None and f.high is None:
        return "any value"
    if f.high is None:
        return f"at least {exact(f.low)}{unit}"
    if f.low is None:
        return f"at most {exact(f.high)}{unit}"
    return f"{exact(f.low)}{unit} to {exact(f.high)}{unit}"


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (s or "none").lower()).strip("-") or "none"


def fact_anchor(f: Fact) -> str:
    return f"fact-{f.fact_id}"


def finding_anchor(g: Finding) -> str:
    return f"finding-{g.finding_id}"


def subject_anchor(key: str, period: str | None) -> str:
    return f"subject-{slug(key)}-{slug(period or 'none')}"


@dataclass(frozen=True)
class Dim:
    name: str
    tag: str
    colour: str
    style: str


def dimension_styles(facts: Sequence[Fact]) -> dict[str, Dim]:
    """A stable look per dimension: colour, underline style and text tag (never colour alone)."""
    names = sorted({f.dimension or "other" for f in facts}, key=lambda d: (d not in assets.TAGS, d))
    out = {}
    for i, name in enumerate(names):
        out[name] = Dim(name, assets.TAGS.get(name, name[:6]), assets.PALETTE[i % len(assets.PALETTE)],
                        assets.STYLES[i % len(assets.STYLES)])
    return out


def dimension_css(dims: dict[str, Dim]) -> str:
    return "".join(f"mark.fact.dim-{slug(d.name)}{{text-decoration-color:{d.colour};text-decoration-style:{d.style}}}"
                   f"mark.fact.dim-{slug(d.name)} .tag{{color:{d.colour}}}" for d in dims.values())


# ---------------------------------------------------------------- page shell


def page(title: str, body: str, *, data: dict | None = None, extra_css: str = "") -> str:
    payload = json.dumps(data or {"facts": {}, "findings": {}}, ensure_ascii=False).replace("</", "<\\/")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{assets.CSS}{extra_css}</style></head><body>"
            f"{body}<div id=\"pop\" role=\"dialog\" aria-label=\"Fact details\" tabindex=\"-1\" hidden></div>"
            f"<script type=\"application/json\" id=\"nf-data\">{payload}</script>"
            f"<script>{assets.JS}</script></body></html>\n")


# ---------------------------------------------------------------- the whole report's model


class Report:
    """Everything the pages need, indexed once."""

    def __init__(self, documents: Sequence[Document], facts: Sequence[Fact], findings: Sequence[Finding], *,
                 doc_href: Callable[[Document], str], index_href: str = ""):
        self.documents = list(documents)
        self.facts = list(facts)
        self.findings = sorted(findings, key=lambda g: (g.verdict != "conflict", g.check != "cross_source", g.subject_key, g.period or "",
                                                        g.finding_id))
        self.docs = {d.doc_id: d for d in self.documents}
        self.fact = {f.fact_id: f for f in self.facts}
        self.by_doc: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            self.by_doc[f.doc_id].append(f)
        self.findings_of: dict[str, list[Finding]] = defaultdict(list)
        for g in self.findings:
            for fid in g.fact_ids:
                self.findings_of[fid].append(g)
        self.dims = dimension_styles(self.facts)
        self._doc_href = doc_href
        self.index_href = index_href  # prefix for links from a document page back to the index

    def fact_href(self, f: Fact) -> str:
        d = self.docs.get(f.doc_id)
        return (self._doc_href(d) if d else "") + "#" + fact_anchor(f)

    def finding_href(self, g: Finding) -> str:
        return f"{self.index_href}#{finding_anchor(g)}"

    def doc_href(self, d: Document) -> str:
        return self._doc_href(d)

    # -- data for the popovers
    def fact_data(self, facts: Sequence[Fact]) -> dict:
        fs, gs = {}, {}
        for f in facts:
            fs[f.fact_id] = {
                "value": f.value, "value_max": f.value_max, "value_text": value_text(f), "unit": f.unit,
                "unit_text": unit_text(f), "surface": f.surface, "subject": f.subject or f.subject_key or "unknown",
                "subject_key": f.subject_key, "period": f.period, "kind": f.kind, "dimension": f.dimension,
                "interval": interval_text(f), "source": f.source or "unknown",
                "findings": [g.finding_id for g in self.findings_of.get(f.fact_id, [])],
            }
            for g in self.findings_of.get(f.fact_id, []):
                gs[g.finding_id] = {"verdict": g.verdict, "href": self.finding_href(g),
                                    "summary": " " + " vs ".join(g.sources) + f": {g.subject} ({g.period or 'no period'})"}
        return {"facts": fs, "findings": gs}


# ---------------------------------------------------------------- pieces


def verdict_badge(verdict: str) -> str:
    return f'<span class="verdict {escape(verdict)}">{escape(verdict.upper())}</span>'


def quoted_sentence(f: Fact) -> str:
    s = f.sentence or f.surface
    i = s.find(f.surface) if f.surface else -1
    if i < 0:
        return escape(s)
    return escape(s[:i]) + "<strong>" + escape(f.surface) + "</strong>" + escape(s[i + len(f.surface):])


def finding_item(r: Report, g: Finding) -> str:
    quotes = []
    for fid in g.fact_ids:
        f = r.fact.get(fid)
        if f is None:
            quotes.append(f"<li class=\"muted\">fact {escape(fid)} is not in the outputs</li>")
            continue
        quotes.append(f"<li><b>{escape(f.source or 'unknown')}</b>: <blockquote>“{quoted_sentence(f)}”</blockquote> "
                      f"<a class=\"ctx\" href=\"{escape(r.fact_href(f))}\">read in context →</a></li>")
    sub = f"<a href=\"{r.index_href}#{subject_anchor(g.subject_key, g.period)}\">chart of {escape(g.subject_key)}</a>"
    return (f"<li class=\"finding {escape(g.verdict)}\" id=\"{finding_anchor(g)}\" data-verdict=\"{escape(g.verdict)}\">"
            f"<p>{verdict_badge(g.verdict)}<span class=\"explanation\">{escape(g.explanation)}</span></p>"
            f"<p class=\"detail\">{escape(g.check)} · {escape(g.detail)} · {sub}</p>"
            f"<ul class=\"quotes\">{''.join(quotes)}</ul></li>")


def highlighted_text(r: Report, d: Document) -> str:
    """The document text with one focusable <mark> per fact (overlapping facts share a mark)."""
    text = d.text or ""
    facts = sorted((f for f in r.by_doc.get(d.doc_id, []) if 0 <= f.start < f.end <= len(text)),
                   key=lambda f: (f.start, -f.end))
    spans: list[list] = []  # [start, end, [facts]]
    for f in facts:
        if spans and f.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], f.end)
            spans[-1][2].append(f)
        else:
            spans.append([f.start, f.end, [f]])
    out, pos = [], 0
    for start, end, fs in spans:
        out.append(escape(text[pos:start]))
        main = fs[0]
        dim = r.dims.get(main.dimension or "other")
        conflict = any(g.verdict == "conflict" for f in fs for g in r.findings_of.get(f.fact_id, []))
        label = (f"{main.surface}: {main.dimension or 'number'} fact, {main.kind} of {main.subject or 'unknown'}"
                 f"{', ' + main.period if main.period else ''}" + (", in a conflict" if conflict else ""))
        anchors = "".join(f'<span id="{fact_anchor(f)}"></span>' for f in fs[1:])
        out.append(f'<mark class="fact dim-{slug(main.dimension or "other")}{" in-conflict" if conflict else ""}" '
                   f'id="{fact_anchor(main)}" data-fact="{" ".join(f.fact_id for f in fs)}" tabindex="0" '
                   f'role="button" aria-haspopup="dialog" aria-expanded="false" aria-label="{escape(label)}">'
                   f'{anchors}{escape(text[start:end])}<span class="tag" aria-hidden="true">'
                   f'{escape(dim.tag if dim else "?")}</span></mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def legend(r: Report) -> str:
    items = "".join(f'<li><mark class="fact dim-{slug(d.name)}" tabindex="-1">{escape(d.name)}'
                    f'<span class="tag">{escape(d.tag)}</span></mark> <span class="muted">({d.style} underline)</span></li>'
                    for d in r.dims.values())
    return f'<ul class="legend" aria-label="Highlight legend">{items}</ul>'


def document_article(r: Report, d: Document, *, heading: str = "h3") -> str:
    facts = r.by_doc.get(d.doc_id, [])
    gs = {g.finding_id: g for f in facts for g in r.findings_of.get(f.fact_id, [])}
    gs_sorted = sorted(gs.values(), key=lambda g: (g.verdict != "conflict", g.finding_id))
    meta = " · ".join(x for x in (d.source, d.published, d.url and f'<a href="{escape(d.url)}">{escape(d.url)}</a>')
                      if x)
    title = d.title or d.path or d.doc_id
    finds = "".join(
        f'<li>{verdict_badge(g.verdict)}<a href="{escape(r.finding_href(g))}">{escape(g.explanation)}</a> — quotes '
        + ", ".join(f'<a href="#{fact_anchor(r.fact[fid])}">{escape(r.fact[fid].surface)}</a>'
                    for fid in g.fact_ids if fid in r.fact and r.fact[fid].doc_id == d.doc_id)
        + "</li>" for g in gs_sorted)
    status = "" if d.status == "ok" else f'<p><b>{escape(d.status.upper())}</b>: {escape(d.reason or "")}</p>'
    return (f'<article class="doc" id="doc-{escape(d.doc_id)}"><{heading}>{escape(title)}</{heading}>'
            f'<p class="muted">{meta} · {len(facts)} facts · document {escape(d.doc_id)}</p>{status}'
            f'<div class="text">{highlighted_text(r, d)}</div>'
            f'<h4>Findings that quote this article ({len(gs_sorted)})</h4>'
            f'<ul class="doc-findings">{finds or "<li>none</li>"}</ul></article>')


def subject_section(r: Report, key: str, period: str | None, facts: list[Fact], findings: list[Finding]) -> str:
    n_conf = sum(g.verdict == "conflict" for g in findings)
    head = (verdict_badge("conflict") if n_conf else verdict_badge("agree") if findings else "")
    outlets = sorted({charts.outlet(f) for f in facts})
    parts = [f'<section class="subject" id="{subject_anchor(key, period)}" data-conflicts="{n_conf}">'
             f'<h3>{head}{escape(key)} · {escape(period or "no period")}</h3>'
             f'<p class="muted">{len(facts)} values from {len(outlets)} outlets ({escape(", ".join(outlets))}); '
             f'{len(findings)} findings, {n_conf} conflicts. '
             + " ".join(f'<a href="#{finding_anchor(g)}">{escape(g.verdict)} {i + 1}</a>'
                        for i, g in enumerate(findings[:12])) + "</p>"]
    for i, m in enumerate(charts.measures(facts)):
        chart = charts.svg(m, chart_id=f"{subject_anchor(key, period)}-c{i}", fact_href=r.fact_href)
        if not chart:
            continue
        rates = "".join(f'<p class="rate">Converted at {escape(x.describe())}; comparisons allow '
                        f'±{charts.currency.RATE_BAND:.0%} for the writer\'s rate.</p>' for x in m.rates)
        unconv = "".join(f'<p class="rate">Not drawn (no rate {escape(f.unit)}→{escape(m.unit)}): '
                         f'{escape(f.surface)}</p>' for f in m.unconverted)
        parts.append(f'<div class="measure"><h4>{escape(m.title)}</h4>{chart}{rates}{unconv}</div>')
    parts.append("</section>")
    return "".join(parts)


# ---------------------------------------------------------------- pages


def index_page(r: Report, *, inline_documents: bool, max_subjects: int = 400, max_findings: int = 2000) -> str:
    docs = r.documents
    n = Counter(d.status for d in docs)
    conflicts = [g for g in r.findings if g.verdict == "conflict"]
    agreements = [g for g in r.findings if g.verdict != "conflict"]
    by_dim = Counter(f.dimension or "other" for f in r.facts)
    bad = ' class="bad"' if conflicts else ""
    stats = (f'<ul class="stats">'
             f'<li><b data-stat="documents">{len(docs)}</b>documents</li>'
             f'<li><b data-stat="ok">{n.get("ok", 0)}</b>processed</li>'
             f'<li><b data-stat="failed">{n.get("failed", 0)}</b>failed</li>'
             f'<li><b data-stat="skipped">{n.get("skipped", 0)}</b>skipped</li>'
             f'<li><b data-stat="facts">{len(r.facts)}</b>facts</li>'
             f'<li{bad}><b data-stat="conflicts">{len(conflicts)}</b>conflicts</li>'
             f'<li><b data-stat="agreements">{len(agreements)}</b>agreements</li></ul>')
    dim_rows = "".join(
        f'<tr><td><mark class="fact dim-{slug(name)}">{escape(name)}<span class="tag">'
        f'{escape(r.dims[name].tag)}</span></mark></td><td class="num">{c}</td></tr>'
        for name, c in sorted(by_dim.items(), key=lambda x: (-x[1], x[0])))
    failed = [d for d in docs if d.status != "ok"]
    failed_html = ""
    if failed:
        failed_html = ("<h3>Documents not processed</h3><table><thead><tr><th>document</th><th>status</th>"
                       "<th>reason</th></tr></thead><tbody data-page-size=\"20\">"
                       + "".join(f"<tr><td>{escape(d.path or d.doc_id)}</td><td>{escape(d.status)}</td>"
                                 f"<td>{escape(d.reason or '')}</td></tr>" for d in failed) + "</tbody></table>")
    overview = (f'<section id="overview"><h2>Overview</h2><div class="overview-grid"><div>{stats}</div>'
                f'<div><h3>Facts by dimension</h3><table><thead><tr><th>dimension</th><th class="num">facts</th></tr>'
                f'</thead><tbody>{dim_rows}</tbody></table></div></div>{failed_html}</section>')

    def listing(gs: list[Finding], none: str) -> str:
        if not gs:
            return f"<p>{none}</p>"
        more = (f'<p>{len(gs) - max_findings} more are not shown here; all are in findings.csv.</p>'
                if len(gs) > max_findings else "")
        return (f'<ol class="findings" data-page-size="50">{"".join(finding_item(r, g) for g in gs[:max_findings])}'
                f'</ol>{more}')

    findings_html = (
        f'<section id="findings"><h2>Findings: conflicts first</h2>'
        f'<h3 id="conflicts">Conflicts ({len(conflicts)})</h3>{listing(conflicts, "No outlets disagree.")}'
        f'<h3 id="agreements">Agreements ({len(agreements)})</h3>{listing(agreements, "No agreements.")}'
        "</section>")

    # A fact is charted under the aligned subject of the findings it takes part in (the reconciler may
    # qualify "export" as "export service"), else under its own subject key.
    aligned: dict[str, set[tuple]] = defaultdict(set)
    for g in r.findings:
        for fid in g.fact_ids:
            aligned[fid].add((g.subject_key, g.period))
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in r.facts:
        keys = aligned.get(f.fact_id) or ({(f.subject_key, f.period)} if f.subject_key else set())
        for k in sorted(keys, key=lambda k: (k[0], k[1] or "")):
            groups[k].append(f)
    gfind: dict[tuple, list[Finding]] = defaultdict(list)
    for g in r.findings:
        gfind[(g.subject_key, g.period)].append(g)
    order = sorted(groups, key=lambda k: (-sum(g.verdict == "conflict" for g in gfind[k]), -len(gfind[k]),
                                         -len({charts.outlet(f) for f in groups[k]}), k[0], k[1] or ""))
    shown = order[:max_subjects]
    subjects_html = (f'<section id="subjects"><h2>Subjects ({len(groups)})</h2>'
                     '<p class="muted">Every value reported for a subject and period, one line per value, grouped by '
                     'outlet. A bar is the range of values the text is consistent with (printed precision and hedges); '
                     'an arrow means the range is open on that side. Money is drawn in one currency; dashed bars are '
                     'converted.</p>'
                     f'<div data-page-size="25">{"".join(subject_section(r, k[0], k[1], groups[k], gfind[k]) for k in shown)}</div>'
                     + (f'<p>{len(order) - len(shown)} more subjects (reported by fewer outlets) are not charted; '
                        'see facts.csv.</p>' if len(order) > len(shown) else "") + "</section>")

    n_conf_doc = Counter()
    for g in conflicts:
        for fid in g.fact_ids:
            if fid in r.fact:
                n_conf_doc[r.fact[fid].doc_id] += 1
    rows = "".join(
        f'<tr><td><a href="{escape(r.doc_href(d))}">{escape(d.title or d.path or d.doc_id)}</a></td>'
        f'<td>{escape(d.source or "")}</td><td>{escape(d.published or "")}</td><td>{escape(d.status)}</td>'
        f'<td class="num">{len(r.by_doc.get(d.doc_id, []))}</td><td class="num">{n_conf_doc.get(d.doc_id, 0)}</td></tr>'
        for d in sorted(docs, key=lambda d: (-n_conf_doc.get(d.doc_id, 0), d.source or "", d.title or d.path)))
    docs_html = (f'<section id="documents"><h2>Documents ({len(docs)})</h2>{legend(r)}'
                 '<table><thead><tr><th>title</th><th>outlet</th><th>published</th><th>status</th>'
                 '<th class="num">facts</th><th class="num">in conflicts</th></tr></thead>'
                 f'<tbody data-page-size="100">{rows}</tbody></table>')
    if inline_documents:
        docs_html += "".join(document_article(r, d) for d in docs if d.status == "ok")
    docs_html += "</section>"

    body = ('<header class="top"><h1>newsfacts audit report</h1>'
            f'<p class="muted">{len(docs)} documents, {len(r.facts)} facts, {len(conflicts)} conflicts, '
            f'{len(agreements)} agreements.</p></header>'
            '<nav class="toc" aria-label="Sections"><a href="#overview">Overview</a><a href="#findings">Findings</a>'
            '<a href="#subjects">Subjects</a><a href="#documents">Documents</a></nav>'
            f'<main>{overview}{findings_html}{subjects_html}{docs_html}</main>')
    data = r.fact_data([f for d in docs for f in r.by_doc.get(d.doc_id, [])]) if inline_documents else None
    return page("newsfacts audit report", body, data=data, extra_css=dimension_css(r.dims))


def document_page(r: Report, d: Document) -> str:
    body = (f'<header class="top"><p class="docnav"><a href="{escape(r.index_href)}">← back to the report</a> · '
            f'<a href="{escape(r.index_href)}#documents">all documents</a></p>{legend(r)}</header>'
            f'<main>{document_article(r, d, heading="h1")}</main>')
    return page(d.title or d.doc_id, body, data=r.fact_data(r.by_doc.get(d.doc_id, [])),
                extra_css=dimension_css(r.dims))
