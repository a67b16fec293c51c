"""The words naming a noun: its modifiers and of/in/at-phrases, without determiners, clauses, times or the
numbers and units of other figures ("Germany's economy", "yield on the 10-year Treasury")."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from . import lexicon as lx
from . import money, quantulum
from .numbers import SCALES, VAGUE
from .labels import INDEX_BEFORE_RE, INDEX_SIZES

_DROP_CHILD_DEPS = {"det", "poss", "relcl", "acl", "appos", "punct", "advmod", "case", "predet",
                    "nummod", "quantmod", "parataxis", "neg", "aux", "auxpass", "mark", "advcl"}
_KEEP_PREPS = {"of", "in", "for", "from", "on", "at"}
_PERCENT_WORDS = {"%", "percent", "pct", "per", "cent", "pc", "basis", "percentage",
                  "m", "bn", "b", "k", "mn", "mln", "bln", "tn", "million", "billion", "trillion"}  # and scales
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "half", "quarter", "third", "dozen", "twenty", "thirty", "forty", "fifty", "hundred"}
_COMPARED = lx.UP_COMPARATIVES | lx.DOWN_COMPARATIVES  # "a 40% larger battery": the figure's direction
# "an estimated 5 million", "a whopping 2,200 copies", "a mere six months": how the writer sizes it, not what it is
_HEDGE_ADJ = {"estimated", "expected", "projected", "reported", "approximately", "roughly", "whopping", "mere",
              "staggering", "paltry", "measly", "astonishing", "astounding"}
_AMOUNT_TOKEN = re.compile(r"(?:Rmb|Rs|R|RM|Dh|euro|US|[A-Z]{3})?[$€£¥]?\d[\d.,]*(?:bn|m|mn|k|tn)?")
_PRE_TAX = {"tax", "taxes", "taxation", "interest", "exceptionals", "items", "provisions"}
TIME_NOUNS = {"year", "month", "week", "day", "quarter", "period", "half", "time", "decade", "season", "hour",
              "recession", "downturn", "slump", "pandemic"}  # ("fell by 2.3 million in the recession": when)
TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "today", "yesterday", "morning", "afternoon", "evening", "night", "weekend"}


_LOST = "".join(money.LOST_SIGNS)


def phrase(noun: Token, quantity: Span) -> str:
    """The words naming ``noun``: its modifiers and of/in-phrases, without determiners, clauses or numbers."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].like_num and not doc[noun.i - 2].whitespace_ \
            and not doc[noun.i - 1].whitespace_ and not quantity.start <= noun.i < quantity.end \
            and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and noun.tag_ == "NN" \
            and quantulum.is_unit(noun.text):
        return doc[noun.i - 2:noun.i + 1].text  # "the 15-inch will sell for $1499": the model named by its size
    if noun.i >= 2 and doc[noun.i - 1].lower_ in ("before", "after") and lx.lemma(noun) in _PRE_TAX \
            and doc[noun.i - 2].pos_ in ("NOUN", "PROPN") and not quantity.start <= noun.i - 2 < quantity.end:
        head = doc[noun.i - 2]  # "profit after tax" mis-parsed as a clause: the profit, after tax
        return " ".join((phrase(head, quantity) if head.i != noun.i else head.text, doc[noun.i - 1].text, noun.text))
    if noun.i + 2 < len(doc) and not noun.whitespace_ and doc[noun.i + 1].text == "-" and not doc[noun.i + 1].whitespace_ \
            and doc[noun.i + 2].pos_ in ("NOUN", "PROPN") and doc[noun.i + 2].head.i != noun.i \
            and not quantity.start <= noun.i < quantity.end and not noun.like_num \
            and not (noun.text.islower() and doc[noun.i + 2].text[:1].isupper()):  # ("conference-Thursday": a lost space)
        # "co-founder", "S&P 500 e-minis" parsed as three words: the first part's modifiers, the tail's phrases
        tail = doc[noun.i + 2]
        head, rest = _phrase(noun, quantity), phrase(tail, quantity)
        rest = rest[len(noun.text) + 1:] if rest.startswith(f"{noun.text}-") else rest  # (the tail's own prefix)
        if head.endswith(noun.text) and rest.startswith(tail.text):
            return f"{head}-{rest}"
    named = _phrase(noun, quantity)
    if _verb_read_as_noun(noun, quantity):
        return " ".join(re.sub(rf"(?<!\S){re.escape(noun.text)}(?!\S)", " ", named, count=1).split())
    prefix = lx.split_prefix(noun)
    if prefix is not None and f"-{noun.text}" not in named:
        # "non-combatants", "co-workers" split into three words: the tail keeps its prefix
        named = re.sub(rf"(?<![\w-]){re.escape(noun.text)}(?![\w-])", f"{prefix.text}-{noun.text}", named, count=1)
    return named


# what a disaster or attack goes on doing in a second -ing clause ("injuring five people and damaging buildings")
_DOING = {"damaging", "destroying", "killing", "injuring", "wounding", "leaving", "causing", "triggering", "forcing",
          "knocking", "cutting", "flattening", "toppling", "sending", "prompting", "displacing", "burying", "trapping",
          "stranding", "disrupting", "closing", "shutting", "sparking"}


def _verb_read_as_noun(noun: Token, quantity: Span) -> bool:
    """Whether the sentence's head "noun" is its verb, which the parser read as a plural noun after a modifier:
    "the state minimum increases to $13.50", "the 58-year-old fears that the plant will close"."""
    if noun.dep_ != "ROOT" or noun.tag_ != "NNS" \
            or not any(c.dep_ in ("nmod", "amod", "compound") and c.i < noun.i for c in noun.children):
        return False
    if noun.lower_ in lx.UP_FORMS | lx.DOWN_FORMS \
            and any(c.dep_ == "prep" and c.lower_ in ("to", "by") and holds(c, quantity) for c in noun.children):
        return True
    return any(c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and any(
        m.dep_ == "mark" and m.lower_ in ("that", "if", "whether") and m.i == noun.i + 1 for m in c.children)
        for c in noun.children)  # a clause the "noun" reports ("fears that ...")


def in_period_on_period(tok: Token) -> bool:
    """Whether the token is part of "year-on-year", "month-over-month" (however the parse hangs its pieces)."""
    doc = tok.doc
    for start in range(max(0, tok.i - 4), tok.i + 1):
        if start + 4 < len(doc) and doc[start + 1].text == doc[start + 3].text == "-" \
                and doc[start + 2].lower_ in ("on", "over") and doc[start].lower_ == doc[start + 4].lower_ \
                and lx.lemma(doc[start]) in TIME_NOUNS:
            return True
    return False


def _phrase(noun: Token, quantity: Span) -> str:
    doc = noun.doc
    keep: list[Token] = []

    def visit(tok: Token, top: bool) -> None:
        if quantity.start <= tok.i < quantity.end or tok.like_num and not in_name(tok) \
                or top and tok.text[:1].isdigit() and not in_name(tok) \
                or _AMOUNT_TOKEN.fullmatch(tok.text) and not in_name(tok):
            return  # a number, or another figure written as one token ("25k", "Rmb40bn")
        if tok.text in ("$", "£", "€", "¥", "₹", "US$", "A$", "C$"):
            return  # the sign of another figure: "a 110bn euro ($119bn) bailout"
        if (not top or tok.pos_ in ("NOUN", "PROPN") and quantulum.is_unit(tok.text) and tok.i > 0
                and tok.doc[tok.i - 1].like_num and not quantity.start <= tok.i - 1 < quantity.end) and (
                any(ch.isdigit() for ch in tok.text) and not in_name(tok)
                        or tok.i > 0 and tok.doc[tok.i - 1].like_num and (quantulum.is_unit(tok.text) or tok.lower_ in _PERCENT_WORDS
                                                                           or tok.lower_ in money.NAMES)
                        and tok.doc[min(tok.i + 1, len(tok.doc) - 1)].text not in ("-", "old")
                        or tok.lower_ in ("cent", "point", "points") and tok.i > 1
                        and tok.doc[tok.i - 1].lower_ in ("per", "basis", "percentage") and tok.doc[tok.i - 2].like_num):
            return  # "40min", "300 PS": another quantity and its unit
        if not top and tok.i > 1 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 1].whitespace_ == "" \
                and (tok.doc[tok.i - 2].like_num or tok.doc[tok.i - 2].lower_ in _NUMBER_WORDS) \
                and lx.lemma(tok) not in TIME_NOUNS and not quantity.start <= tok.i - 2 < quantity.end:
            return  # "a four-cylinder engine": the cylinders are another figure
        if not top and tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
                and lx.lemma(tok.doc[tok.i - 2]) in TIME_NOUNS:
            return  # "the 36-year-old driver": an age, another figure
        if not top and in_period_on_period(tok):
            return  # "the year-on-year increase": when it is compared, not what increased
        for c in tok.lefts:
            if tok.dep_ == "cc" and tok.lower_ == "as" and c.lower_ in ("as", "well"):
                keep.append(c)  # "as well as": the whole conjunction, not a bare "as"
                continue
            if c.text in ("-", "–") and c.whitespace_ == "" and 0 < c.i < len(c.doc) - 1 and c.nbor(-1).whitespace_ == "":
                if not (c.nbor(-1).like_num or c.nbor(-1).lower_ in _NUMBER_WORDS) or lx.lemma(tok) in TIME_NOUNS:
                    keep.append(c)  # the hyphen in "knowledge-intensive", "10-year" (not "four-cylinder")
                continue
            if c.like_num and c.i + 2 == tok.i and c.whitespace_ == "" and tok.doc[c.i + 1].text == "-" \
                    and tok.doc[c.i + 1].whitespace_ == "" and not quantity.start <= c.i < quantity.end \
                    and lx.lemma(tok) in TIME_NOUNS:
                keep.append(c)  # the number in "the 10-year Treasury", "a 30-day average": part of a name
                continue
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and not holds(c, quantity):
                if lx.lemma(c) not in TIME_NOUNS and c.lower_ not in TIME_WORDS:
                    visit(c, False)  # "Germany's economy", "VW's revenues": whose it is (not "this year's")
                continue
            if c.whitespace_ == "" and c.i + 2 < len(c.doc) and c.nbor(1).text == "-" and not c.like_num \
                    and c.nbor(1).whitespace_ == "" and c.pos_ in ("DET", "ADV", "ADJ"):
                keep.append(c)  # "all-time", "well-known": half of a hyphenated word
                continue
            if c.dep_ in _DROP_CHILD_DEPS and not (c.dep_ == "nummod" and in_name(c)) \
                    or c.pos_ in ("DET", "PRON") and c.dep_ != "compound" \
                    or c.dep_ == "amod" and c.lower_ in _HEDGE_ADJ \
                    or c.dep_ == "amod" and c.i == quantity.end and (c.lower_ in ("more", "fewer", "less") or c.lower_
                                                                     in _COMPARED and quantity[-1].lower_ in ("%", "percent")) \
                    or c.dep_ == "amod" and c.tag_ == "VBD" and c.i == c.head.left_edge.i:
                continue  # ("30% fewer visits": the comparative is the figure's direction, not the visits';
                # "Daqing posted crude oil production": a past-tense verb the parser hung on the noun)
            visit(c, False)
        keep.append(tok)
        if tok.dep_ == "poss" or tok.dep_ == "conj" and tok.head.dep_ == "poss":
            keep.extend(c for c in tok.rights if c.dep_ == "case")  # the "'s" of a kept possessor ("Standard & Poor's")
        rights = list(tok.rights)
        for c in rights:
            if c.dep_ == "conj" and c.i >= quantity.end and not holds(c, quantity) \
                    and any(x.like_num and not in_name(x) for x in c.subtree):
                # "four plants and three railways on the islands": what follows the next figure is not this one's
                rights = [r for r in rights if r.i < c.i or r.dep_ in ("conj", "cc")]
                break
        for c in rights:
            if c.dep_ in ("conj", "cc") and (not top or tok.dep_ not in ("ROOT",)):
                # not "imports rose 5% and exports 7%", not "63,000 sedans and 27,000 other vehicles" (or "hundreds of cats")
                if (c.i < quantity.start or tok.i >= quantity.end) and not (
                        c.dep_ == "conj" and any(x.like_num and not in_name(x) or x.lower_ in VAGUE for x in c.subtree)) \
                        and not (c.dep_ == "conj" and c.right_edge.i + 1 < len(doc)
                                 and doc[c.right_edge.i + 1].like_num and not in_name(doc[c.right_edge.i + 1])) \
                        and not (top and tok.i >= quantity.end and c.dep_ == "conj"
                                 and any(x.dep_ == "det" for x in c.children)) \
                        and not (c.dep_ == "conj" and tok.head.tag_ == "VBG" and c.left_edge.lower_ in _DOING
                                 and c.left_edge.i > tok.i):
                    # (not "injuring five people and damaging buildings": a second -ing clause, not more people)
                    # (not "... 1.1 million Syrians and Jordan 657,000": the conjunct opens a gapped clause;
                    # not "home to 20,000 people and the location of a plant": what is counted ends before it)
                    visit(c, False)
            elif c.dep_ == "prep" and c.lower_ in _KEEP_PREPS and not holds(c, quantity) and not says_when(c) \
                    and all(x.pos_ not in ("VERB", "AUX", "PUNCT") for x in tok.doc[tok.i + 1:c.i]):
                visit(c, False)
            elif c.dep_ == "pobj" or c.like_num and in_name(c) and not holds(c, quantity):
                visit(c, False)
            elif c.dep_ in ("compound", "conj", "cc") and tok.dep_ != "ROOT" and not top:
                visit(c, False)
    visit(noun, True)
    kept = {k.i for k in keep}
    keep = [k for k in keep if not (k.text in ("-", "–") and k.i - 1 not in kept)]  # "all-time" without "all"
    keep.sort(key=lambda x: x.i)
    # not the scale of a figure the parse made the head ("$4.4 bln of foreign investment" -> "foreign investment")
    words = [k for k in keep if not (k.lower_ in SCALES and k.i > 0 and k.doc[k.i - 1].like_num and k.i - 1 not in kept)]
    while words and (words[-1].dep_ in ("cc", "prep", "punct", "case") or words[-1].pos_ in ("ADP", "CCONJ")
                     or _as_well_part(words[-1])):
        words.pop()
    while words and (words[0].dep_ in ("cc", "prep", "punct") or words[0].pos_ in ("ADP", "CCONJ") or _as_well_part(words[0])):
        words.pop(0)
    # no spaces, and no lost currency sign: a token made only of characters the text's encoding lost at
    # the start of a word ("the \ufffd18m cost"; inside a word, "Beyonc\ufffd" stays)
    words = [w for w in words if not w.is_space and (
        w.text.strip(_LOST) or w.i > 0 and not w.doc[w.i - 1].whitespace_ and w.doc[w.i - 1].text not in "([")]
    out = ""
    for i, w in enumerate(words):
        out += w.text
        if i + 1 < len(words):
            out += w.whitespace_ if words[i + 1].i == w.i + 1 else " "
    return " ".join(out.split())  # no line breaks or doubled spaces from the source text


def _as_well_part(w: Token) -> bool:
    """The "as" or "well" of an "as well as" left at an end of a phrase."""
    return w.lower_ in ("as", "well") and w.head.dep_ == "cc" and w.head.lower_ == "as"


def says_when(prep: Token) -> bool:
    """A prepositional phrase that says when, not what: "for the year", "in 2016", "at the end of March"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and (lx.lemma(objs[0]) in TIME_NOUNS or objs[0].like_num or objs[0].lower_ in TIME_WORDS
                           or objs[0].lower_ in ("end", "start", "beginning") and prep.lower_ == "at")


def in_name(tok: Token) -> bool:
    """A number that is part of a name: "the FTSE 100", "Fortune 500", "Stoxx 50"."""
    if tok.like_num and tok.text.isdecimal() and int(tok.text) in INDEX_SIZES \
            and INDEX_BEFORE_RE.search("".join(t.text_with_ws for t in tok.doc[max(0, tok.i - 4):tok.i])):
        return True  # "the sp 500" in lower case too
    prev = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if prev.text in ("'s", "’s") and tok.i > 1:
        prev = tok.doc[tok.i - 2]  # "Standard & Poor's 500"
    return tok.i > 0 and prev.pos_ == "PROPN" and prev.text[:1].isupper() \
        and tok.dep_ in ("nummod", "compound", "appos", "npadvmod") and tok.head.pos_ == "PROPN"


def holds(tok: Token, quantity: Span) -> bool:
    return any(quantity.start <= t.i < quantity.end for t in tok.subtree)
