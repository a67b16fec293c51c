"""Read a mention in its parsed sentence: counted noun or physical unit, direction, kind, subject."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from . import quantulum
from .scan import Mention

_CLIMB_DEPS = {"pobj", "prep", "appos", "nummod", "compound", "quantmod", "conj", "npadvmod", "nmod",
               "amod", "advmod", "dobj", "attr", "oprd", "acomp", "dep", "cc", "punct", "pcomp", "meta"}
_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_DROP_CHILD_DEPS = {"det", "poss", "relcl", "acl", "appos", "punct", "advmod", "case", "predet",
                    "nummod", "quantmod", "parataxis", "neg", "aux", "auxpass", "mark", "advcl"}
_KEEP_PREPS = {"of", "in", "for", "from", "on"}


@dataclass
class Reading:
    unit: str
    dimension: str
    unit_end: int          # end offset in the sentence, after the counted noun or unit
    direction: str | None
    kind: str
    subject: str
    keep: bool = True


def span_tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _anchor(span: Span) -> Token:
    for t in span:
        if t.head == t or not (span.start <= t.head.i < span.end):
            return t
    return span.root


def _counted_noun(span: Span, mention: Mention) -> Token | None:
    """The noun a bare number counts: "14 people", "3,000 new jobs", "two million barrels"."""
    doc = span.doc
    for t in span:
        h = t.head
        if t.dep_ in ("nummod", "quantmod", "compound", "amod") and h.i >= span.end and h.i - span.end <= 3 \
                and h.pos_ in ("NOUN", "PROPN") and h.tag_ not in ("NNP",) and not _is_time_word(h):
            return h
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.pos_ == "NOUN" and not _is_time_word(nxt):
            return nxt
    return None


def _is_time_word(t: Token) -> bool:
    return t.lower_ in {"january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "am", "pm", "a.m.", "p.m."}


def read(doc: Doc, mention: Mention) -> Reading | None:
    """Interpret a scanned mention with the parse of its sentence; None drops it (not a quantity)."""
    span = span_tokens(doc, mention.start, mention.end)
    if span is None or len(span) == 0:
        return None
    text = doc.text
    unit, dimension, unit_end = mention.unit, mention.dimension, mention.end
    anchor = _anchor(span)
    if not dimension:
        u = quantulum.unit_after(text, mention.end)
        if u is not None:
            unit, dimension, unit_end = u.name, u.dimension, mention.end + u.length
        else:
            noun = _counted_noun(span, mention)
            if noun is not None:
                unit, dimension, unit_end = noun.lemma_.lower(), "count", noun.idx + len(noun)
                anchor = noun
            elif mention.maybe_year or mention.dash_range:
                return None  # a year, or a score like "3-1"
            elif mention.is_word and not mention.scaled and not re.match(r"\s+(?:of|percent|per cent)\b", text[mention.end:]):
                return None  # "one of them", "two" as a pronoun
            else:
                dimension = "number"
    if mention.maybe_year and dimension == "count" and unit in ("year", "season", "election", "census"):
        return None
    direction, change_like = _direction(doc, span, anchor, mention)
    if mention.value < 0 and direction is None:
        direction = "down"
    kind = _kind(doc, span, mention, unit, dimension, direction, change_like)
    subject = _subject(doc, span, anchor, dimension)
    return Reading(unit, dimension, unit_end, direction, kind, subject)


_HEDGE_WORDS = r"(?:about|nearly|almost|some|around|roughly|more than|over|less than|just|only|an?|another|a further)"
_UP_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(lx.UP_FORMS, key=len, reverse=True))})\s+(?:by\s+)?(?:of\s+)?(?:{_HEDGE_WORDS}\s+)*$")
_DOWN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(lx.DOWN_FORMS, key=len, reverse=True))})\s+(?:by\s+)?(?:of\s+)?(?:{_HEDGE_WORDS}\s+)*$")


def _direction(doc: Doc, span: Span, anchor: Token, mention: Mention) -> tuple[str | None, bool]:
    """("up"|"down"|None, whether the number is itself the change rather than the level reached)."""
    before = doc.text[max(0, mention.start - 40):mention.start].lower()
    after = doc.text[mention.end:mention.end + 25].lower()
    if _UP_BEFORE.search(before):
        return "up", True
    if _DOWN_BEFORE.search(before):
        return "down", True
    if re.match(r"\s*(?:higher|more than|increase|rise|jump|gain|up)\b", after):
        return "up", True
    if re.match(r"\s*(?:lower|less than|fewer than|decrease|decline|drop|fall|down|cut)\b", after):
        return "down", True
    t = anchor
    for _ in range(5):
        h = t.head
        if h == t:
            break
        lemma = h.lemma_.lower()
        if h.pos_ in ("VERB", "AUX"):
            prep = t.lower_ if t.dep_ == "prep" else ""
            to_level = prep in ("to", "at", "from")
            if lemma in lx.UP_VERBS:
                return "up", not to_level
            if lemma in lx.DOWN_VERBS:
                return "down", not to_level
            break
        if h.pos_ in ("NOUN", "PROPN"):
            if lemma in lx.UP_NOUNS:
                return "up", True
            if lemma in lx.DOWN_NOUNS:
                return "down", True
            if lemma not in lx.QUANTITY_NOUNS and not (span.start <= h.i < span.end):
                break
        elif h.pos_ == "ADP" and h.lower_ not in ("of", "by", "to", "at", "from"):
            break
        t = h
    return None, False


def _kind(doc, span, mention, unit, dimension, direction, change_like) -> str:
    low = doc.text.lower()
    after = low[mention.end:mention.end + 30]
    before = low[max(0, mention.start - 40):mention.start]
    if unit in ("percentage point", "basis point"):
        return "change"
    if dimension == "percentage":
        if re.match(r"\s*(?:of|share)\b", after) or re.search(r"\b(?:accounted for|accounting for|account for|accounts for|represent\w*|made up|makes up|make up|share of|proportion of|stake of|stake)\s+(?:about\s+|nearly\s+|some\s+|around\s+|over\s+)?$", before):
            return "share"
        if direction is not None and change_like:
            return "growth"
        if any(c in low for c in lx.GROWTH_CUES) and re.search(r"\b(?:growth|grow|grew|rise|rose|increase|expan|gain|decline|fell|fall|drop|up|down)", low):
            return "growth" if direction is not None or re.search(r"\b(?:growth|rate)\b", before) else "level"
        return "level"
    if direction is not None and change_like:
        return "change"
    return "level"


def _subject(doc: Doc, span: Span, anchor: Token, dimension: str) -> str:
    t = anchor
    if dimension == "count" and anchor.pos_ in ("NOUN", "PROPN") and not (span.start <= anchor.i < span.end):
        return _phrase(anchor, span)
    seen = 0
    while seen < 12:
        seen += 1
        h = t.head
        if h == t:
            subj = _verb_subject(t)
            return _phrase(subj, span) if subj is not None else ""
        if h.pos_ in ("VERB", "AUX"):
            if t.dep_ in _SUBJ_DEPS:
                # the number is the subject ("5% were ..."): nothing names what it measures
                return ""
            subj = _verb_subject(h)
            if subj is not None:
                return _join(_phrase(subj, span), _verb_noun(h) if t.dep_ in ("dobj", "npadvmod", "attr") else "")
            if h.dep_ in ("acl", "relcl") and h.head.pos_ in ("NOUN", "PROPN"):
                return _phrase(h.head, span)
            t = h
            continue
        if h.pos_ in ("NOUN", "PROPN", "PRON") and not (span.start <= h.i < span.end):
            lemma = h.lemma_.lower()
            if lemma in lx.QUANTITY_NOUNS or h.lower_ in lx.QUANTITY_NOUNS or h.like_num:
                t = h
                continue
            if h.pos_ == "PRON":
                return ""
            return _phrase(h, span)
        t = h
    return ""


VERB_NOUNS = {"export": "exports", "import": "imports", "sell": "sales", "spend": "spending",
              "invest": "investment", "earn": "earnings", "produce": "production", "borrow": "borrowing"}


def _verb_noun(v: Token) -> str:
    """"services exported 5 billion": the measured thing is the services' exports."""
    verbs = [v] + [c for c in v.children if c.dep_ == "conj"] + ([v.head] if v.dep_ == "conj" else [])
    nouns = []
    for x in sorted(verbs, key=lambda x: x.i):
        n = VERB_NOUNS.get(x.lemma_.lower())
        if n and n not in nouns:
            nouns.append(n)
    return " and ".join(nouns)


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if a and b else a or b


def _verb_subject(v: Token) -> Token | None:
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in lx.PRONOUNS:
                return c
            if c.dep_ in ("nsubj", "nsubjpass"):
                return None
        if v.dep_ in ("conj", "advcl", "xcomp", "ccomp", "acl") and v.head != v:
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            v = v.head
            continue
        break
    return None


def _phrase(noun: Token, quantity: Span) -> str:
    """The words naming ``noun``: its modifiers and of/in-phrases, without determiners, clauses or numbers."""
    keep: list[Token] = []

    def visit(tok: Token, top: bool) -> None:
        if quantity.start <= tok.i < quantity.end or tok.like_num:
            return
        for c in tok.lefts:
            if c.text in ("-", "–") and c.whitespace_ == "" and c.i + 1 < len(c.doc) and c.nbor(-1).whitespace_ == "":
                keep.append(c)  # the hyphen in "knowledge-intensive"
                continue
            if c.dep_ in _DROP_CHILD_DEPS or c.pos_ in ("DET", "PRON") and c.dep_ != "compound":
                continue
            visit(c, False)
        keep.append(tok)
        for c in tok.rights:
            if c.dep_ in ("conj", "cc") and (not top or tok.dep_ not in ("ROOT",)):
                visit(c, False)
            elif c.dep_ == "prep" and c.lower_ in _KEEP_PREPS and not _holds(c, quantity) \
                    and all(x.pos_ not in ("VERB", "AUX", "PUNCT") for x in tok.doc[tok.i + 1:c.i]):
                visit(c, False)
            elif c.dep_ == "pobj":
                visit(c, False)
            elif c.dep_ in ("compound", "conj", "cc") and tok.dep_ != "ROOT" and not top:
                visit(c, False)
    visit(noun, True)
    keep.sort(key=lambda x: x.i)
    words = [k for k in keep]
    while words and (words[-1].dep_ in ("cc", "prep", "punct") or words[-1].pos_ in ("ADP", "CCONJ")):
        words.pop()
    while words and (words[0].dep_ in ("cc", "prep", "punct") or words[0].pos_ in ("ADP", "CCONJ")):
        words.pop(0)
    out = ""
    for i, w in enumerate(words):
        out += w.text
        if i + 1 < len(words):
            out += w.whitespace_ if words[i + 1].i == w.i + 1 else " "
    return out


def _holds(tok: Token, quantity: Span) -> bool:
    return any(quantity.start <= t.i < quantity.end for t in tok.subtree)
