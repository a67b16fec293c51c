"""What a number is about: the words naming the measured thing, read from the dependency parse."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from . import numbers
from .phrase import TIME_NOUNS, TIME_WORDS, holds, in_period_on_period, phrase
from .labels import DAY_OR_MONTH_RE, INDEX_SIZES

_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def find_subject(doc: Doc, span: Span, anchor: Token, dimension: str) -> str:
    text = lx.sentence_text(doc)
    if dimension == "time" and _OFFSET.match(text, span.end_char) \
            and not re.search(r"\bfor\s+(?:\w+\s+)?$", text[max(0, span.start_char - 20):span.start_char]):
        return _offset_subject(span)  # "the nomination came one day after Puzder withdrew"
    if dimension == "percentage" and _OPINION_AFTER.match(text, span.end_char):
        return ""  # "only 17% think corruption has worsened": a share of the people asked, whom it does not name
    worth = _worth_of(doc, span)
    if worth is not None:
        return phrase(worth, span)  # "seized $2 million worth of drugs": what is worth it
    listed = _market_name(doc, span) or _with_name(doc, span) or _field_label(doc, span)
    if listed:  # "IBEX -2.2% AEX +0.9%", "with the Russell Midcap up 38 points", "Weight: 8.75g":
        return listed  # the name before the figure
    subject = _UNIT_OF.sub("", _find_subject(doc, span, anchor, dimension))  # "percent of drug deaths" -> "drug deaths"
    if subject and "average" not in subject.lower() and _averaged(doc, span, anchor):
        first = subject.split(" ", 1)
        if len(doc) and first[0] == doc[0].text and doc[0].pos_ != "PROPN":
            subject = " ".join([first[0].lower()] + first[1:])  # "Car prices" opening the sentence
        subject = f"average {subject}"  # "averaged 7.2 rebounds", "up by an average of 1,500": not one game's
    part = _PAID_IN.match(text, span.end_char) if dimension == "currency" else None
    if part and part.group(1) not in subject.split():
        subject = f"{subject} {part.group(1)}".strip()  # "$281m in cash and $53m in stock": the two parts
    label = _lead_label(doc, span)
    if label and label.lower() not in subject.lower():
        return f"{label} {subject}".strip()  # "Acme — Shares of the retailer rose 4%" -> "Acme Shares of the retailer"
    return subject


# a share followed by a verb of opinion: the tagger may read "17% think" as a noun compound, "think" as the subject
# (but a preposition after it makes it the noun: "from 3 percent support to 11", "45% support among men")
_OPINION_AFTER = re.compile(r"\s+(?:think|believe|say|want|agree|disagree|support|oppose|expect|feel|fear|prefer|"
                            r"favou?r|approve|disapprove|trust)\s+(?!(?:to|for|among|in|from|of|at|on|and|or|with|by)\b)\w")
_OFFSET = re.compile(r"\s+(?:after|before|later|earlier|on(?=\s*[,;]|\s+(?:since|from)\b))\b", re.I)


def _worth_of(doc: Doc, span: Span) -> Token | None:
    """The noun after "worth of" right after the figure ("$580 billion worth of assets" -> assets)."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].lower_ != "worth" or doc[i + 1].lower_ != "of":
        return None
    return next((c for c in doc[i + 1].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) \
        or next((t for t in doc[i + 2:i + 6] if t.pos_ in ("NOUN", "PROPN")), None)


def _offset_subject(span: Span) -> str:
    """What happened that long after or before something: the subject of the clause the offset sits in ("the
    nomination came one day after Puzder withdrew" -> "nomination"; "two years later, BOEM identified ..." ->
    "BOEM"), never what it happened after; "" when the clause names nothing."""
    t = span.root
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head == t:
            break
        t = t.head
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in t.children):
        t = t.head  # "came one day after Puzder withdrew": the parse hangs the offset on the later clause
    who = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None) \
        if t.pos_ in ("VERB", "AUX") else None
    return phrase(who, span) if who is not None else ""


# a part of a payment ("in cash", "in stock"), not the whole ("in cash and stock"); see _FORM_NOUNS
_PAID_IN = re.compile(r"\s+in\s+(cash|stock|shares)\b(?!\s+(?:and|or|&)\s+(?:cash|stock|shares)\b)")
_UNIT_OF = re.compile(r"^(?:per ?cent|percent|pct|%)\s+of\s+(?=\S)", re.I)
_AVERAGE_BEFORE = re.compile(r"\ban\s+average\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)


def _averaged(doc: Doc, span: Span, anchor: Token) -> bool:
    """Whether the figure is an average: "an average of 70 days", "averaged 22.8 points and 7.2 rebounds"."""
    if _AVERAGE_BEFORE.search(lx.sentence_text(doc)[max(0, span.start_char - 30):span.start_char]):
        return True
    t = anchor
    for _ in range(4):
        if t.dep_ not in ("dobj", "conj", "appos", "nummod", "npadvmod") or t.head == t:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return lx.lemma(t) == "average"
    return False


def pronoun_subject(doc: Doc) -> bool:
    """Whether the sentence's main clause has a pronoun for its subject ("They rose 38 percent")."""
    for t in doc:
        if t.dep_ == "ROOT":
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _CARRY_PRONOUNS for c in t.children)
    return False


def clause_subject(doc: Doc) -> str:
    """The subject of a sentence's main clause, as words, when it is not a pronoun: what a following
    sentence's "it" or "they" most likely stands for."""
    for t in doc:
        if t.dep_ == "ROOT":
            if lx.lemma(t) in _SPEECH_VERBS:  # "Prices rose, the minister said": what was said is about prices
                t = next((c for c in t.children if c.dep_ == "ccomp"), t)
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in lx.PRONOUNS and c.pos_ in ("NOUN", "PROPN"):
                    return phrase(c, doc[0:0])
            return ""
    return ""


_SPEECH_VERBS = {"say", "tell", "add", "note", "report", "state", "announce", "explain", "warn", "write"}
_SAY_VERBS = _SPEECH_VERBS - {"add", "tell", "warn"}  # not "add": "Brent added 57 cents"


_CARRY_PRONOUNS = {"it", "they", "he", "she", "this", "these", "that"}


def _market_name(doc: Doc, span: Span) -> str:
    """In market lists ("Euro Stoxx 50 -0.4% IBEX -2.2% AEX +0.9%") a signed figure follows the name it is about;
    the parse of such lists is unreliable, so the name is read from the words right before the figure."""
    if not doc[span.start].text[:1] in "+-−" or span.start == 0 or not doc[span.start - 1].whitespace_:
        return ""
    i = span.start - 1
    words = []
    while i >= 0 and len(words) < 4:
        t = doc[i]
        if t.text[:1].isupper() and (t.is_alpha or "&" in t.text) or words == [] and t.text.isdigit() and \
                int(t.text) in INDEX_SIZES and i > 0 and doc[i - 1].text[:1].isupper():
            words.insert(0, t)
            i -= 1
            continue
        break
    if not words or words[-1].is_digit and len(words) == 1:
        return ""
    return doc[words[0].i:words[-1].i + 1].text


_WITH_NAME = re.compile(r"\bwith\s+(?:the\s+)?(?P<name>(?:[A-Z][\w&'.-]*\s+){1,5})(?:was\s+|were\s+)?"
                        r"(?:up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|around\s+)?$")


def _with_name(doc: Doc, span: Span) -> str:
    """"..., with the Russell Midcap Index up 38 points": the absolute "with" names what moved."""
    m = _WITH_NAME.search("".join(t.text_with_ws for t in doc[max(0, span.start - 12):span.start]))
    return m.group("name").strip() if m else ""


# "Weight: 8.75g - lighter than the old coin": a fact box's field name, right before its colon
_FIELD_LABEL = re.compile(r"(?:^|(?<=[\s.;:]))(?P<label>[A-Z][\w'’]*(?:[ -][A-Za-z][\w'’]*){0,4}):\s*$")


def _field_label(doc: Doc, span: Span) -> str:
    m = _FIELD_LABEL.search(lx.sentence_text(doc)[max(0, span.start_char - 50):span.start_char])
    if m is None or m.group("label").isupper() or span.text[:1].isalpha():
        return ""  # not a dateline ("SINGAPORE: Two sisters ..."), nor a title ("The Beatles: Eight Days A Week")
    words = m.group("label").lower().split()
    if words[0] in lx.PRONOUNS or words[0] in ("i", "we", "you") or any(
            t.tag_ in ("VBZ", "VBD", "VBP", "MD") or lx.lemma(t) in _SPEECH_VERBS
            for t in doc[max(0, span.start - len(words) - 2):span.start]):
        return ""  # a sentence, not a field name: "Police added: ...", "The reason is simple: 40% ..."
    return m.group("label")


def _lead_label(doc: Doc, span: Span) -> str:
    """A name set off at the start of the sentence by a dash, as in market reports ("Acme — The retailer ...")."""
    for i, t in enumerate(doc[:7]):
        if t.text in ("—", "–", "--") or t.text == "-" and t.whitespace_ and i and doc[i - 1].whitespace_:
            words = doc[:i]
            if 0 < len(words) <= 5 and i < span.start and all(w.text[:1].isupper() or w.text in ("&", ".", "'s")
                                                                 for w in words if not w.is_punct):
                return words.text.strip()
            return ""
        if t.is_punct and t.text not in ("&", "."):
            return ""
    return ""


def _listed_ages_of(doc: Doc, span: Span) -> Token | None:
    """The people whose ages are listed after them: "two girls, ages 12 and 15", "three men, aged 20 to 31",
    "Jane Roe, age 61,"."""
    i = span.start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in ("and", ",", "to", "-", "between")):
        i -= 1
    if i >= 2 and doc[i].lower_ in ("ages", "aged", "age") and doc[i - 1].text == "," and doc[i - 2].pos_ in ("NOUN", "PROPN"):
        named = doc[i - 2]
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head
        prep = named.head if named.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("in", "at", "on", "near") and prep.head.pos_ in ("VERB", "AUX") \
                and named.tag_ not in ("NNS", "NNPS"):
            obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
            # "Betty Page has died in Los Angeles, aged 85": her age, not the place's (and the verb's object's
            # when it has one: "found two girls in the house, aged 12 and 15")
            return obj if obj is not None else _verb_subject(prep.head)
        return named
    return None


_PRICE_VERBS = {"ask", "cost", "charge", "sell", "price", "list", "retail", "start", "offer", "bid", "buy", "pay"}


def _priced_item(doc: Doc, span: Span) -> str:
    """What an amount is the price of, written right after it: "$1,099 for the base 13-inch version and
    $1,799 for a 15-inch version" -> "base version", "version"; "£5 for adults and £3 for children". Only
    where the clause's verb prices things or another amount in the sentence is also "for" something."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "for":
        return ""
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    others = [t for t in doc if t.lower_ == "for" and t.i != i and t.i > 0
              and (doc[t.i - 1].like_num or doc[t.i - 1].pos_ == "SYM") and doc[t.i - 1].i not in range(span.start, span.end)]
    if not (verb is not None and lx.lemma(verb) in _PRICE_VERBS or others):
        return ""
    j = i + 1 + (doc[i + 1].pos_ == "DET")
    words: list[Token] = []
    k = j
    while k < len(doc) and k - j < 6 and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[k].text == "-"):
        words.append(doc[k])
        k += 1
    if not words or words[-1].pos_ not in ("NOUN", "PROPN") or lx.lemma(words[-1]) in TIME_NOUNS \
            or words[-1].lower_ in TIME_WORDS or k < len(doc) and doc[k].pos_ not in ("PUNCT", "CCONJ", "ADP"):
        return ""
    keep = [w for w in words if not w.like_num and w.text != "-" and not doc[w.i - 1].like_num
            and not (w.i >= 2 and doc[w.i - 1].text == "-" and doc[w.i - 2].like_num)]  # not "13-inch", "6 kW"
    return " ".join(w.text for w in keep)


_COMPASS = lx.COMPASS_POINTS | {"away", "inland", "offshore"}


def _noun_after_bracket(doc: Doc, span: Span) -> Token | None:
    """"China's $800 billion (762.56 billion euros) sovereign wealth fund", "the 2,400m (7,800ft) mountain": a
    figure and its bracketed equivalent that modify the noun after the bracket, which the parse loses."""
    i = span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(len(doc), i + 16)) if doc[k].text == ")"), None)
    if close is None or not any(t.like_num for t in doc[i + 1:close]):
        return None
    j = close + 1
    while j < len(doc) and j - close <= 5 and (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or doc[j].text == "-"):
        j += 1
    last = doc[j - 1]
    if j == close + 1 or last.pos_ not in ("NOUN", "PROPN") or lx.lemma(last) in TIME_NOUNS | lx.QUANTITY_NOUNS \
            or last.lower_ in TIME_WORDS or lx.lemma(last) in _COMPASS \
            or j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    return last


def _whole_before(doc: Doc, span: Span) -> Token | None:
    """"30,803 women and 23,102 children - a third of whom were unaccompanied": a part "of whom"/"of which"
    right after a plural noun and a comma or dash is a part of that noun, where the parse hangs it on an
    earlier one."""
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].lower_ in ("whom", "which"):
        i = span.start - 1
        if i >= 1 and doc[i].text in (",", "-", "–", "—") and doc[i - 1].tag_ in ("NNS", "NNPS"):
            noun = doc[i - 1]
            if span.root.dep_ != "appos" or span.root.head == noun:
                return None  # (only where the parse makes the part an apposition of an earlier noun)
            if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not any(t.like_num for t in doc[noun.head.i:noun.i]):
                return None  # "3,144 children and adults, 1,650 of whom": one whole of both nouns
            return noun
    return None


def _find_subject(doc: Doc, span: Span, anchor: Token, dimension: str) -> str:
    t = anchor
    if dimension == "age" and (people := _listed_ages_of(doc, span)) is not None:
        return phrase(people, span)
    if dimension == "age" and span.start > 2 and doc[span.start - 1].lower_ in ("now", "then") \
            and doc[span.start - 2].text == "," and doc[span.start - 3].pos_ in ("NOUN", "PROPN"):
        return phrase(doc[span.start - 3], span)  # "wrote Baratov, now 22.": the age of the person named before it
    if dimension == "age" and span.start > 1 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ == "PROPN" \
            and doc[span.start - 2].dep_ != "compound" and not span.text.lower().endswith("old"):
        # (not "in Baldwin County, Alabama, 52-year-old Peggy Broz": that age is the name's after it)
        return phrase(doc[span.start - 2], span)  # "Mark Reyes, 19 and Tomas Ortega, 23,": each name's own age
    named = _bracketed_name(doc, span)
    if named:
        return named  # "F Jane Roe (21.3 ppg, 8.4 rpg)": the figures in brackets describe the name before them
    item = _priced_item(doc, span) if dimension == "currency" else ""
    if item:
        return item  # "$1,099 for the base version and $1,799 for the larger one": what each price is for
    bracketed = _noun_after_bracket(doc, span) if dimension != "age" else None
    if bracketed is not None:  # "China's $800 billion (762 billion euros) sovereign wealth fund"
        k = span.start - 1
        if k > 0 and doc[k].lower_ in ("'s", "’s") and doc[k - 1].pos_ in ("PROPN", "NOUN"):
            first = _name_start(doc, k - 1) if doc[k - 1].pos_ == "PROPN" else k - 1
            return f"{doc[first:k].text}'s {phrase(bracketed, span)}"
        return phrase(bracketed, span)
    whole = _whole_before(doc, span)
    if whole is not None:
        return phrase(whole, span)  # "30,803 women and 23,102 children - a third of whom": of the children
    if dimension == "count" and anchor.pos_ in ("NOUN", "PROPN") and not (span.start <= anchor.i < span.end):
        if anchor.dep_ in ("compound", "amod", "nmod") and anchor.head.i > anchor.i \
                and (anchor.head.pos_ == "NOUN" or anchor.head.pos_ == "PROPN" and doc[anchor.i - 1].text == "-"
                     and anchor.head.text[:1].isupper()) \
                and (anchor.i + 1 == anchor.head.i or anchor.nbor(1).pos_ in ("ADJ", "NOUN", "PROPN")):
            # "a four-cylinder engine", "a three course meal", "the 100-seat Senate": the count describes the noun
            # it modifies
            return _owned(anchor.head, doc[span.start:anchor.i + 1])
        moved = _moved_object(anchor)
        if moved is not None:
            return _owned(moved, span)  # "reduced his suspension to two games": the suspension, in games
        holder = _with_holder(doc, span)
        if holder:
            mods = [c.text for c in anchor.lefts if c.dep_ in ("amod", "compound") and not c.like_num
                    and not span.start <= c.i < span.end]
            return " ".join([holder, *mods, anchor.text])  # "Frankfurt with 60.7 million passengers"
        done_to = _done_to(anchor)
        if done_to:
            return f"{phrase(anchor, span)} {done_to}"  # "the quake killed six people" -> "people killed"
        return _join(_owned(anchor, span, count=True), _what_happened(anchor))  # "Acme Corp jobs", "people killed"
    if dimension != "count" and span[-1].pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                    for c in span[-1].rights):
        poss = next((c for c in span[-1].lefts if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")
                     and not span.start <= c.i < span.end and lx.lemma(c) not in TIME_NOUNS
                     and c.lower_ not in TIME_WORDS), None) if dimension != "currency" else None
        if poss is not None:  # "scored five of Creighton's first eight points": whose points they are
            return f"{phrase(poss, span)} {span[-1].lower_}"
    if dimension != "count":
        holder = _with_holder(doc, span)
        if holder:
            return holder  # "just behind Wang Jianlin with $30 billion"
        measured = _of_phrase(span, dimension)
        if measured is not None:
            return _owned(measured, span)  # "12 tonnes of jet fuel", "60% of the companies"
        change = next((c for c in span[-1].rights if c.dep_ == "acl" and c.i == span.end and c.tag_ in ("VBN", "VBD")), None)
        changed = _changed_thing(change, span) if change is not None else None
        if changed is not None:
            return _owned(changed, span)  # "proposed a 31 percent cut to the agency's budget", the noun "cut"
            # parsed as a participle
        taken_from = _taken_from(span, dimension)
        if taken_from is not None:
            return phrase(taken_from, span)
    if dimension in ("", "number") and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i > span.end \
            and any(x.lower_ in ("and", "but") for x in doc[span.end:t.head.i]) \
            and any(x.like_num for x in doc[span.end:t.head.i]):
        # "the death toll has risen to five and about 10,000 people have left": the parse hangs the bare number
        # on the next count's noun; it is the level reached in the clause before
        verb = next((a for a in t.head.ancestors if a.pos_ in ("VERB", "AUX") and a.i < span.start), None)
        subj = _verb_subject(verb) if verb is not None else None
        return phrase(subj, span) if subj is not None else ""
    seen = 0
    while seen < 12:
        seen += 1
        h = t.head
        if h.lower_ in ("up", "down", "higher", "lower") and h.pos_ in ("ADV", "ADP", "ADJ") and h != t:
            absolute = _absolute(h, span)
            if absolute:
                return absolute  # "..., with its stock down 6.2%"
        if h == t:
            subj = _verb_subject(t)
            return phrase(subj, span) if subj is not None else ""
        if h.pos_ in ("VERB", "AUX"):
            if (t.dep_ == "dobj" or t.dep_ == "npadvmod" and dimension == "currency" and _pays(h)) \
                    and dimension != "percentage":  # not "climbed 3.4% in early trading" (but "proposed $1.5bn
                # (£1.2bn) for his wall", parsed as an adverbial)
                named = _in_after(h, span)
                if named is not None:
                    return _owned(named, span)  # "paid $5.3m in federal income tax"
            before = doc[t.i - 1] if t.i > 0 else t
            if t.dep_ == "prep" and t.lower_ == "at" and before.pos_ == "NOUN" and before.dep_ == "pobj" \
                    and lx.lemma(before) not in TIME_NOUNS and before.lower_ not in TIME_WORDS \
                    and before.head.lower_ not in ("versus", "against", "vs", "vs.", "than", "on", "in"):
                return _owned(before, span)  # "found with ozone readings at 90 ppb"
            if dimension == "age" and t.dep_ == "prep" and t.lower_ == "at":
                subj = _verb_subject(h)  # "At 17, she dated an actor": her age, not the actor's
                return phrase(subj, span) if subj is not None else ""
            if t.lower_ == "by" and t.dep_ == "prep" and lx.lemma(h) in lx.OVERSHOOT_VERBS | lx.UNDERSHOOT_VERBS:
                subj = _verb_subject(h)  # "revenue exceeded last year's figure by 900 million euros": the revenue's
                if subj is not None:
                    return phrase(subj, span)
            if t.dep_ in ("prep", "npadvmod", "advmod", "oprd") or t.dep_ == "dobj" and t.lower_ in ("%", "percent"):
                moved = change_verb_of_by(t) if dimension == "percentage" else None
                obj = _verb_object(h if moved is None else moved, span, dimension)
                if obj is not None:
                    return _owned(obj, span)
            if t.dep_ in _SUBJ_DEPS and _swallowed(t, h) is not None:
                subj = _verb_subject(_first_clause(h))  # "The deficit was 3% of GDP and debt was 90%": the deficit's
                return phrase(subj, span) if subj is not None else ""
            if t.dep_ in _SUBJ_DEPS:
                # the number is the subject: money "allocated for X" / "used to fund X" is about X; "Of the 186
                # sanctions ..., 46% were" is about the sanctions; otherwise ("5% were ...") nothing names what it measures
                whole = fronted_whole(t) if dimension == "percentage" else None
                if whole is not None:
                    return _owned(whole, span)
                purpose = _purpose(h) if dimension == "currency" else None
                return phrase(purpose, span) if purpose is not None else ""
            if lx.lemma(h) in _SAY_VERBS and t.dep_ in ("ccomp", "npadvmod", "advmod", "advcl", "parataxis"):
                return ""  # "..., 0.3 points higher than December, said the economist": not the speaker's
            subj = _verb_subject(h)
            if subj is not None:
                return _join(phrase(subj, span), _verb_noun(h) if t.dep_ in ("dobj", "npadvmod", "attr") else "")
            if h.dep_ in ("acl", "relcl") and h.head.pos_ in ("NOUN", "PROPN"):
                return phrase(h.head, span)
            t = h
            continue
        if h.pos_ == "ADJ" and lx.lemma(h) in (lx.UP_NOUNS | lx.DOWN_NOUNS) and not (span.start <= h.i < span.end):
            changed = _changed_thing(h, span)  # "a 3 percent uptick in crime", the change noun tagged ADJ
            if changed is not None:
                return _owned(changed, span)
        if h.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ == "nummod" and h.i > t.i and t.i + 1 < len(doc) \
                and doc[t.i + 1].text == "," and h.dep_ in ("attr", "dobj", "appos"):
            t = h  # "his level was 0.41, five times the limit": a misparse across the comma; 0.41 is the level's
            continue
        if h.pos_ in ("NOUN", "PROPN", "PRON") and not (span.start <= h.i < span.end):
            while t.dep_ in ("compound", "nummod") and h.dep_ == "compound" and h.head.pos_ in ("NOUN", "PROPN") \
                    and h.head.i > h.i:
                h = h.head  # "35 percent client market share": the share, not the client
            lemma = lx.lemma(h)
            if dimension == "age" and lemma == "age":
                # "died at the age of 27", "was sent to an academy at the age of 13": the age of the clause's subject
                if h.head.lower_ != "at" and h.head.head.pos_ in ("NOUN", "PROPN") and h.head.head.i < h.i:
                    return phrase(h.head.head, span)  # "children under the age of five"
                verb = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None)
                subj = _verb_subject(verb) if verb is not None else None
                return phrase(subj, span) if subj is not None else ""
            if _named_change(h, span):
                return phrase(h, span)
            if dimension == "currency" and lemma == "loss" and t.dep_ == "prep" and t.lower_ == "of":
                return _owned(h, span)  # "Acme reported losses of $916m": Acme's losses, an amount
            changed = _changed_thing(h, span)
            if changed is not None:
                return _owned(changed, span)  # "a 5% increase in sales", "a 35 basis point gain in margins"
            if lemma in _SELF_NAMED and (t.dep_ == "prep" and t.lower_ == "of" or t.dep_ in ("nummod", "compound", "amod")) \
                    and all(c.dep_ == "det" or span.start <= c.i < span.end or c.dep_ in ("nummod", "compound") and holds(c, span)
                            for c in h.lefts):
                return phrase(h, span)  # "officials expect growth of 2.1 percent": the growth, not the officials
            if lemma in lx.PACE_NOUNS and t.lower_ == "of" and h.dep_ == "pobj" and h.head.lower_ == "at" \
                    and lx.lemma(h.head.head) in lx.UP_VERBS | lx.DOWN_VERBS:
                t = h.head  # "sales grew at a rate of 12%": the rate of the sales' growth
                continue
            if lemma == "range" and t.lower_ == "of" and all(c.dep_ in ("det", "poss") for c in h.lefts):
                t = h  # "raised its rate target to a range of 0.75% to 1%": the target, further up
                continue
            if (lemma in lx.QUANTITY_NOUNS or h.lower_ in lx.QUANTITY_NOUNS or h.like_num) and not any(
                    (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.lower_ != "time"
                     or c.dep_ == "amod" and c.pos_ == "ADJ"
                     and c.lower_ not in _INTENSITY and c.lower_ not in _LEVEL_ADJ)
                    and not span.start <= c.i < span.end and lx.lemma(c) not in lx.QUANTITY_NOUNS for c in h.lefts):
                t = h  # "a record 5%", "the $5 billion total": the noun is a quantity word, go on up
                continue
            if h.pos_ == "PRON":
                return ""
            return _owned(h, span)
        t = h
    return ""


# change nouns that name a measure by themselves ("growth of 2.1%" is economic growth)
_SELF_NAMED = {"growth", "inflation", "unemployment", "deflation"}

# "18 meters in depth": the dimension measured, not the thing measured
_DIMENSION_NOUNS = {"length", "depth", "height", "width", "diameter", "size", "area", "volume", "weight",
                    "total", "value", "length", "thickness", "radius", "circumference", "altitude", "distance"}
# "$5.4 billion in cash and stock", "5% in annual terms": how it is paid or reckoned, not what it is
_FORM_NOUNS = {"cash", "stock", "terms", "kind", "total"}
# "2% of GDP": the base a share is taken of, not the thing measured (that is the spending, the deficit...)
_BASE_NOUNS = {"gdp", "gnp", "gni", "product", "output"}


def _with_holder(doc: Doc, span: Span) -> str:
    """"Dalian Wanda's Wang Jianlin with $30 billion": the name right before "with" holds the figure."""
    i = span.start - 1
    while i > 0 and doc[i].lower_ in ("about", "some", "nearly", "almost", "around", "over", "more", "than", "roughly"):
        i -= 1
    if i < 1 or doc[i].text != "with" or doc[i - 1].pos_ != "PROPN" or not doc[i - 1].text[:1].isupper():
        return ""
    first = i - 1
    while first > 0 and (doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper()
                         or doc[first - 1].text in ("'s", "’s") and first > 1
                         or doc[first - 1].lower_ in _NAME_PARTICLES and first > 1 and doc[first - 2].pos_ == "PROPN") \
            and i - first < 6:
        first -= 1
    name = doc[first:i].text
    return "" if DAY_OR_MONTH_RE.fullmatch(name) else name  # not "on Tuesday with 100 new emojis"


_NAME_PARTICLES = {"de", "of", "la", "van", "von", "del", "da", "di"}  # "Paris Charles de Gaulle"


def _bracketed_name(doc: Doc, span: Span) -> str:
    i = span.start - 1
    while i >= 0 and doc[i].text not in ("(", ")", "[", "]") and span.start - i <= 12:
        i -= 1
    if i < 1 or doc[i].text != "(" or doc[i - 1].pos_ != "PROPN" or not doc[i - 1].text[:1].isupper():
        return ""
    if any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:span.start]):
        return ""
    return doc[_name_start(doc, i - 1):i].text


def _name_start(doc: Doc, last: int) -> int:
    """Where the run of capitalised proper nouns that ends at token ``last`` starts (at most five tokens):
    "China National Chemical Corp" before "'s", "Jane Roe" before "(21.3 ppg)"."""
    first = last
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() and last - first < 4:
        first -= 1
    return first


_REMOVE_VERBS = {"wipe", "knock", "shave", "strip", "erase", "cut", "trim", "slash", "remove", "take", "lop", "chop",
                 "pare", "withdraw", "siphon", "embezzle", "steal"}
_EXTREMES = {"high", "peak", "low", "record", "top", "bottom", "level"}


def _taken_from(span: Span, dimension: str) -> Token | None:
    """What money or a share comes off: "$300 off a Dell laptop" (a discount on it), "wiped $340 million from
    the company's value", "cut $2bn from the defence budget" (but not "fell 5% off its peak")."""
    doc = span.doc
    if dimension not in ("currency", "percentage") or span.end >= len(doc) \
            or doc[span.end].lower_ not in ("off", "from"):
        return None
    prep, verb = doc[span.end], lx.lemma(span.root.head)
    if verb not in _REMOVE_VERBS and (prep.lower_ == "from" or verb in lx.UP_VERBS | lx.DOWN_VERBS):
        return None
    item = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if item is None or lx.lemma(item) in _EXTREMES \
            or prep.lower_ == "off" and any(c.dep_ == "poss" for c in item.children):
        return None
    return item


def _moved_object(noun: Token) -> Token | None:
    """The object a movement verb changes, when the counted noun only says to or from what: "reduced his
    suspension to two games", "cut the staff from 40 people to ten" (not "cut 40 jobs": the jobs are the object)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "from") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or lx.lemma(verb) not in lx.UP_VERBS | lx.DOWN_VERBS | {"extend", "shorten", "change"}:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.like_num
                 and not any(x.like_num for x in c.children)), None)


def _what_happened(noun: Token) -> str:
    """What the counted people or things did or had done to them, when they are the clause's subject or carry
    a participle: "48 people were killed" -> "killed", "17.9 million babies born" -> "born"."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and lx.lemma(noun.head) in _EVENTS:
        v = noun.head
        obj = [c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not list(c.children)]
        return " ".join([v.text] + [o.text for o in obj[:1]]).lower()
    for c in noun.rights:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i <= noun.i + 3 and lx.lemma(c) in _EVENTS:
            return c.text.lower()  # "people displaced", "babies born"
    return ""


_NOT_DONE_TO = {"face", "test", "treat", "admit", "miss", "fire", "hire", "affect", "bear"}  # "the firm hired 300 engineers"
_PARTICIPLES = {**lx.IRREGULAR_PARTICIPLES, "bear": "born", "stab": "stabbed", "kidnap": "kidnapped", "trap": "trapped",
                "strand": "stranded", "hospitalize": "hospitalized", "hospitalise": "hospitalised", "bury": "buried",
                "die": "dead"}


def _participle(v: Token) -> str:
    lemma = lx.lemma(v)
    return _PARTICIPLES.get(lemma) or lemma + ("d" if lemma.endswith("e") else "ed")


# what is done to people, not things: a bare number it takes as object counts people ("killed at least 34")
_HARM = {"kill", "injure", "wound", "hurt", "evacuate", "arrest", "detain", "rescue", "hospitalize", "hospitalise",
         "displace", "kidnap", "abduct", "maim", "execute", "hang", "behead", "murder", "massacre", "slaughter", "stab",
         "torture", "deport"}


_LEFT_STATES = frozenset(lx.CASUALTIES) | {"homeless", "stranded", "trapped", "displaced"}
# what only people do: a bare number that does it counts people ("tens of thousands marched", "two died")
_PEOPLE_ACTS = {"march", "protest", "demonstrate", "flee", "die", "riot", "chant", "perish", "drown", "gather", "attend"}


def fronted_whole(t: Token) -> Token | None:
    """The plural noun of an "Of the ..."/"Among the ..." that opens the clause whose subject ``t`` is: "Of the 186
    sanctions handed out across 22 sports, 46% went to rugby players" -> sanctions (the whole the share is of)."""
    v = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or v.pos_ not in ("VERB", "AUX"):
        return None
    prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("of", "among") and c.i < t.i), None)
    if prep is None or prep.i > 0 and not (prep.nbor(-1).is_punct or prep.nbor(-1).dep_ == "cc"):
        return None
    return next((o for o in prep.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")), None)


def people_counted(span: Span) -> str | None:
    """A bare number that counts people by what happened to them or what they did: "a car bomb killed at least
    34", "34 were killed", "leaving 12 dead", "thousands marched" -> "killed"/"dead"/"marched" (so it lines up
    with "34 people killed"); else None."""
    num = span.root
    v = num.head
    obj = num.dep_ in ("dobj", "nsubjpass") or num.dep_ == "npadvmod" and num.i > v.i and not any(
        c.dep_ == "dobj" for c in v.children)  # ("killed at least 34." parses the object as a modifier)
    if obj and v.pos_ == "VERB" and lx.lemma(v) in _HARM \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):  # (not "killed 12 of them")
        return _participle(v)
    if num.dep_ == "nsubj" and v.pos_ == "VERB" and lx.lemma(v) in _PEOPLE_ACTS and num.i < v.i:
        return _participle(v)  # "tens of thousands marched through the capital"
    after = span.end + (span.end < len(span.doc) and span.doc[span.end].lower_ == "more")  # "hundreds more wounded"
    nxt = span.doc[after] if after < len(span.doc) else None
    if nxt is not None and nxt.lower_ in _LEFT_STATES and (nxt.head.i == num.i or num.head.i == nxt.i or nxt.head.i == v.i
                                                           and lx.lemma(v) == "leave"):
        return nxt.lower_  # "leaving 34 dead", "with 60 injured", "left nearly 2,000 homeless", "left dozens wounded"
    if nxt is not None and nxt.lower_ in ("reported", "confirmed") and span.end + 1 < len(span.doc) \
            and span.doc[span.end + 1].lower_ in _LEFT_STATES:
        return span.doc[span.end + 1].lower_  # "at least 50 reported injured"
    return None


def _done_to(noun: Token) -> str:
    """What a clause did to the counted people it names as its object, as a participle: "the quake killed six
    people" -> "killed", "police arrested 12 protesters" -> "arrested" (so it lines up with "six people were
    killed" elsewhere)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head  # "killed 100 soldiers, 20 civilians and 59 tourists": each is killed
    v = noun.head
    lemma = lx.lemma(v)
    if noun.dep_ != "dobj" or v.pos_ != "VERB" or lemma not in _EVENTS or lemma in _NOT_DONE_TO:
        return ""
    if _gapped(noun):
        return ""  # "250 others injured and 800 homes destroyed": the homes were destroyed, not injured
    return _participle(v)


def _gapped(noun: Token) -> bool:
    """Whether the parser hung the next item of a gapped list on a participle as its object: "250 others injured
    and 800 homes destroyed" (the homes have their own participle; they are neither injured nor the others')."""
    v = noun.head
    return noun.dep_ == "dobj" and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
        and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 for c in noun.children)


# What happens to counted people that tells two counts apart ("48 killed" and "50 injured" are different facts)
_EVENTS = {"kill", "injure", "wound", "hurt", "die", "drown", "arrest", "detain", "evacuate", "displace", "rescue",
           "infect", "hospitalize", "hospitalise", "vaccinate", "deport", "flee", "fire", "hire", "strand", "trap",
           "kidnap", "abduct", "charge", "convict", "sentence", "affect", "face", "bear", "born", "intercept",
           "execute", "jail", "imprison", "release", "starve", "shoot", "stab", "sicken", "poison", "quarantine",
           "test", "treat", "admit", "relocate", "resettle", "strike", "miss", "maim", "burn", "bury", "destroy",
           "damage"}


_ALLOCATE = {"allocate", "use", "go", "spend", "earmark", "set", "budget", "devote", "dedicate", "direct", "provide",
             "request", "give", "assign", "channel", "invest", "put"}


# money gathered for a cause: "£14.6m has been raised for the fund", "$2m was donated to the hospital"
_GATHER = {"raise", "collect", "donate", "pledge", "gather"}


def _purpose(v: Token) -> Token | None:
    """What money that is the subject of "allocated/used/go" is for: "1.6 billion rubles will be allocated for the
    development of X" -> development of X; "$1.9 billion would be used to help fund detention" -> detention."""
    if lx.lemma(v) not in _ALLOCATE and lx.lemma(v) not in _GATHER:
        return None
    todo, seen = [v], 0
    while todo and seen < 8:
        x = todo.pop(0)
        seen += 1
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "toward", "towards"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                        return o
                    if o.dep_ in ("pcomp", "pobj") and o.pos_ == "VERB":
                        todo.append(o)  # "go to hiring more agents"
            elif c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and x is not v:
                return c
            elif c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB":
                todo.append(c)
    return None


def _owner(v: Token) -> Token | None:
    """Whose the clause of verb ``v`` is: its subject, through "plans to cut", "said it would close"."""
    for _ in range(5):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in ("it", "they") and v.dep_ == "ccomp" and v.head.pos_ == "VERB":
            v = v.head  # "the retailer said it would close 120 stores": "it" is the retailer
            continue
        if subj:
            if subj[0].lower_ in lx.PRONOUNS or subj[0].pos_ == "PRON":
                return _antecedent(subj[0])
            return subj[0]
        if (v.dep_ in ("conj", "advcl", "xcomp", "ccomp") or v.dep_ == "dep" and v.tag_ == "VBD" and v.head.tag_ == "VBD") \
                and v.head != v:
            v = v.head  # (and "scored 11 points, grabbed eleven rebounds", the second verb parsed loose)
        elif v.dep_ == "acl" and v.tag_ != "VB":
            return None  # "signed an order banning nationals of seven nations": the order bans, not who signed it
        elif v.dep_ == "acl" and v.head.dep_ in ("dobj", "pobj") and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # "unveiled plans to shed 900 engineers"
        elif v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.dep_ == "prep" \
                and v.head.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head.head
        else:
            return None
    return None


def _owned(noun: Token, quantity: Span, count: bool = False) -> str:
    """The measured noun with whose it is, when the clause names that elsewhere: "Acme Mining lost
    40% of its market value" -> "Acme Mining market value"; "Greece can raise money at a coupon of
    3.1pc" -> "Greece coupon"."""
    named = phrase(noun, quantity)
    if quantity.text.endswith("old") and noun.dep_ != "attr" and not any(c.dep_ == "poss" for c in noun.children):
        return named  # "confronted 20-year-old Carl Gregory": his age, nobody else's (but "is a 68-year-old
        # professor", "with their five-year-old daughter" say whose)
    if lx.lemma(noun) in ("number", "share") and any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
        return named  # "the number of people without insurance" says whose it is already
    if count and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "into", "from", "for"):
        return named  # "taught at 35 schools": a place or partner the clause's subject does not have
    if count and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.dep_ == "pobj":
        return named  # "in addition to the four suspects, three men are wanted": not the men's suspects
    t = noun
    for _ in range(6):
        h = t.head
        if t.dep_ in ("conj", "appos") and (h.dep_ in ("dobj", "npadvmod") and h.head.pos_ == "VERB" or h.dep_ == "pobj"
                                              and h.head.lower_ == "with" and h.head.head.pos_ == "VERB") \
                and any(c.dep_ == "nummod" and c.like_num for c in h.children):
            t = h  # "offers 500 hp and a peak torque of 600 Nm", "finished with 16 points and nine rebounds":
            continue  # a list of figures the verb's subject has
        if t.dep_ == "dep" and t == noun and quantity.start >= 2 and t.doc[quantity.start - 1].text == "," \
                and t.doc[quantity.start - 2].dep_ in ("dobj", "conj") and t.doc[quantity.start - 2].pos_ == "NOUN":
            t = t.doc[quantity.start - 2]  # "had 11 points, 11 rebounds": a list item the parser left loose
            continue
        if h == t or t.dep_ in _SUBJ_DEPS or t.dep_ in ("appos", "conj"):
            return named
        if h.pos_ in ("VERB", "AUX"):
            if count and (lx.lemma(h) in _ADDRESS_VERBS or t == noun and _gapped(noun)):
                return named  # "the minister told 600 delegates": the delegates are not the minister's (nor are
                # "250 others injured and 800 homes destroyed" the others' homes)
            owner = _owner(h) if count else _verb_subject(h)
            if count and owner is not None and t.lower_ == "to" and t.dep_ == "prep" and owner.pos_ in ("NOUN", "PROPN") \
                    and lx.lemma(h) in lx.UP_VERBS | lx.DOWN_VERBS and lx.lemma(owner) not in lx.QUANTITY_NOUNS:
                return f"{phrase(owner, quantity)} {named}".strip()  # "headset sales rose 60% to 3.9 million headsets"
            if owner is None or owner.i in {x.i for x in noun.subtree} or noun.i in {x.i for x in owner.subtree} \
                    or holds(owner, quantity) or owner.pos_ != "PROPN" and not (
                        owner.pos_ == "NOUN" and (count or lx.lemma(h) in _HOLDER_VERBS)
                        and lx.lemma(owner) not in lx.QUANTITY_NOUNS and lx.lemma(owner) not in _NOT_OWNERS) \
                    or any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children):
                return named
            who = phrase(owner, quantity)
            if not who or who.lower() in named.lower() or len(who.split()) > 4:
                return named
            return f"{who} {named}".strip()  # (the owner alone when nothing else names it: "$75,000 for Zenith")
        t = h
    return named


# verbs whose subject holds, earns or changes the measured thing: "the company expects a net profit of ...",
# "the phone comes with a 30 W charger", "the mills increased output by 8%"
_HOLDER_VERBS = {"have", "post", "report", "book", "earn", "record", "expect", "project", "forecast", "offer", "come",
                 "sell", "produce", "increase", "raise", "lose", "target", "generate", "make", "boost", "cut",
                 "reduce", "lift", "hold", "own", "pay", "receive", "invest", "spend", "feature", "get"}
# verbs whose object is addressed, moved or acted on rather than held: "urged 30,000 people to leave"
_ADDRESS_VERBS = {"tell", "urge", "ask", "order", "warn", "advise", "address", "inform", "brief", "invite", "encourage",
                  "allow", "force", "drive", "lead", "leave", "help", "call", "persuade", "instruct", "remind",
                  "thank", "greet", "join", "meet", "visit", "attack", "threaten", "save", "protect"}
_NOT_OWNERS = {"money", "amount", "official", "people", "analyst", "economist", "expert", "report", "survey", "review",
               "analysis", "poll", "estimate", "forecast", "study", "data", "figure", "statistic", "plan", "budget",
               "bill", "law", "sale", "share", "price"}


# "in addition to", "in exchange for", "in response to": a connective, not what the figure is in
_IN_CONNECTIVES = {"addition", "exchange", "return", "response", "place", "lieu", "spite", "front", "line", "terms",
                   "favour", "favor", "light", "view", "order", "case"}


def _of_phrase(quantity: Span, dimension: str = "") -> Token | None:
    """The noun of an of/in-phrase hanging on the quantity itself ("64 GB of storage" -> storage,
    "$5m in federal income tax" -> federal income tax; money "for defence spending" -> defence spending)."""
    verb = next((a for a in quantity.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    paid = dimension == "currency" and verb is not None and _pays(verb)
    # "reached 93.87 percent in the election": a percentage's in-phrase says where, not what; so does a span of
    # time's ("five years in prison", "ten years in office": where the time was spent)
    preps = ("of", "in", "for") if paid else ("of",) if dimension in ("percentage", "time") else ("of", "in")
    for tok in quantity:
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in preps and c.i >= quantity.end:
                objs = [x for x in c.children if x.dep_ == "pobj" and (x.pos_ == "NOUN" or
                        x.pos_ == "PROPN" and c.lower_ == "of") and lx.lemma(x) not in TIME_NOUNS
                        and not (c.lower_ == "in" and (x.lower_ in _DIMENSION_NOUNS or x.lower_ in _FORM_NOUNS
                                                       or x.lower_ in _IN_CONNECTIVES
                                                       or lx.lemma(x) in lx.PLACE_NOUNS))
                        and not (c.lower_ == "of" and x.lower_ in _BASE_NOUNS)
                        and not x.like_num]
                if objs:
                    return objs[0]
    doc, end = quantity.doc, quantity.end
    if end < len(doc) and doc[end].text == "(":  # "68.3 billion yuan ($9.9 billion; ...) of dim sum bonds"
        close = next((t.i for t in doc[end:end + 25] if t.text == ")"), None)
        if close is not None and close + 2 < len(doc) and doc[close + 1].lower_ == "of":
            noun = next((t for t in doc[close + 2:close + 6] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None and not noun.like_num and lx.lemma(noun) not in TIME_NOUNS:
                return noun.head if noun.dep_ == "compound" and noun.head.i > noun.i else noun
    return None


_PAY_VERBS = {"pay", "spend", "charge", "buy", "sell", "invest", "offer", "bid", "cost", "fine", "raise", "owe", "pump",
              "pour", "inject", "plough", "plow", "sink", "dump", "funnel", "channel",
              # money sought or granted for something ("proposed $16.2 billion for the department's budget")
              "propose", "approve", "seek", "award", "grant", "promise", "commit", "secure", "receive", "ask", "need"}


def _pays(v: Token) -> bool:
    """A verb that pays, spends or allocates money ("paid $5.3m in tax", "earmarked $5bn for defence")."""
    return lx.lemma(v) in _PAY_VERBS or lx.lemma(v) in _ALLOCATE


_DURATIONS = TIME_NOUNS | {"minute", "second"}


def _in_after(v: Token, quantity: Span) -> Token | None:
    """The noun of an in- (or, after paying, for-) phrase the parser hung on the verb, right after the
    quantity it names: "paid $5.3m in federal income tax", "paid $14,260 for a 6 kW heat pump"."""
    preps = ("in", "for", "on", "into", "of") if _pays(v) else ("in", "of")
    end = quantity.end
    if end < len(v.doc) and v.doc[end].text == "(":  # "130.7 billion euros ($138.4 billion) in exports"
        close = next((t.i for t in v.doc[end:end + 12] if t.text == ")"), None)
        end = close + 1 if close is not None else end
    doc = v.doc
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].lower_ in _FORM_NOUNS:
        end = doc[end].right_edge.i + 1  # "paid $20 million in cash for the site": past how it was paid
    for c in v.rights:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and end <= c.i <= end + 1:
            objs = [x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN" and lx.lemma(x) not in TIME_NOUNS
                    and not (c.lower_ == "in" and x.lower_ in _IN_CONNECTIVES)
                    and not any(n.like_num and n.i < x.i and (n.head == x and n.lower_ != "one"
                                                              or lx.lemma(n.head) in _DURATIONS)
                                for n in x.subtree)]  # not "in 14 games", "in a four-minute stretch"
            if objs and objs[0].lower_ in _FORM_NOUNS:
                end = c.right_edge.i + 1
                continue
            if objs:
                return objs[0]
    return None


def change_verb_of_by(by: Token) -> Token | None:
    """The verb of change a percentage's "by" belongs to when the parse hung it on another verb: one whose
    object holds that verb ("lowers the odds of dying from heart disease by 25 percent", "raised the number of
    people getting jobs by 12%") or one that verb governs ("helped lower the number of uninsured people by 50
    percent"); not "backed by 60 percent of voters", a share of a group."""
    verb = by.head
    if by.lower_ != "by" or verb.pos_ != "VERB" or lx.moved(lx.lemma(verb)) \
            or any(c.dep_ == "pobj" and any(x.lower_ == "of" for x in c.children) for c in by.children):
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and lx.moved(lx.lemma(c)) and any(x.dep_ == "dobj" for x in c.children):
            return c
    x = verb
    for _ in range(4):
        if x.dep_ not in ("pcomp", "acl", "relcl", "prep", "pobj"):
            return None
        x = x.head
        if x.dep_ == "dobj" and x.head.pos_ == "VERB":
            return x.head if lx.moved(lx.lemma(x.head)) else None
    return None


def _verb_object(v: Token, quantity: Span, dimension: str) -> Token | None:
    """What a verb changed, when the number says by how much or to what level: "raised its rate by
    0.25%", "increased production by 10%", "cut the price by $350 million" -> the object."""
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and not holds(c, quantity) \
                and not (dimension == "percentage" and c.lower_ in numbers.SCALES
                         and not any(x.dep_ == "prep" for x in c.children)) \
                and (lx.lemma(c) not in lx.QUANTITY_NOUNS
                     or lx.lemma(c) == "worth" and any(x.dep_ in ("poss", "amod") for x in c.lefts)  # "put his net worth at"
                     or (any(x.dep_ in ("poss", "compound") for x in c.lefts)  # "brought GDP growth to 6.7%"
                         and (lx.lemma(c) in lx.RATE_NOUNS or lx.lemma(c) not in lx.UP_NOUNS | lx.DOWN_NOUNS)  # not "its climb"
                         and not any(x.like_num or x.lower_ == "per" for x in c.children))  # (not "0.68 per cent")
                     or lx.lemma(c) in ("number", "share") and any(
                         p.dep_ == "prep" and p.lower_ == "of" for p in c.children)):
            return c  # "increase the number of people without insurance by 14 million" (not, for a percentage, the
            # bare scale of "surge 11% to $25 bln", parsed as a second object)
    return None


# "the previous level of $18.1 trillion", "a record high of 5%": a level noun that says nothing of what it measures
_LEVEL_ADJ = {"record", "all-time", "fresh", "high", "low", "previous", "prior", "current", "same", "highest", "lowest",
              "new", "former", "earlier"}
_INTENSITY = {"strong", "sharp", "steep", "modest", "slight", "small", "big", "large", "annual", "quarterly",
              "monthly", "yearly", "further", "additional", "overall", "total", "average", "solid", "robust",
              "huge", "massive", "marginal", "significant", "new", "expected", "estimated"}


# "a 2% rise on the back of strong demand", "a fall on news of ...": "on" that says why or when, not what changed
_ON_NOT_CHANGED = {"back", "basis", "news", "hopes", "hope", "fears", "fear", "concerns", "worries", "average", "par", "top",
                   "session", "figure", "forecast", "expectations"}  # (and the TIME_NOUNS: "a 2% rise on the year")


def _changed_thing(noun: Token, quantity: Span) -> Token | None:
    """The noun of "in"/"of"/"for"/"to"/"on" after a change noun: "a 5% increase in sales" -> sales; "a $1.3
    billion cut to the agency's budget" -> budget; "a one point increase on the sales tax" -> tax."""
    if lx.lemma(noun) not in (lx.UP_NOUNS | lx.DOWN_NOUNS):
        return None
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "for", "to") and holds(c, quantity):
            # "a depreciation in the pound of 10 percent": the figure hangs on the thing that changed
            x = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
            if x is not None and any(p.dep_ == "prep" and p.lower_ == "of" and holds(p, quantity) for p in x.children):
                return x
        elif c.dep_ == "prep" and c.lower_ in ("in", "of", "for", "to", "on"):
            objs = [_before_year_on_year(x) for x in c.children if x.dep_ == "pobj"]
            objs = [x for x in objs if x.pos_ in ("NOUN", "PROPN")
                    and lx.lemma(x) not in TIME_NOUNS and x.lower_ not in TIME_WORDS and not x.like_num
                    and not (c.lower_ == "to" and any(n.dep_ == "nummod" for n in x.children))  # "to 2 billion yuan"
                    and not (c.lower_ == "on" and (lx.lemma(x) in lx.QUANTITY_NOUNS or x.pos_ == "PROPN"
                                                   or x.lower_ in _ON_NOT_CHANGED))]  # "a rise on the back of"
            if objs:
                return objs[0]
    return None


def _before_year_on_year(x: Token) -> Token:
    """"growth in income year-on-year", parsed with "income" as a compound of "year": the income."""
    if in_period_on_period(x):
        return next((c for c in x.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), x)
    return x


def _named_change(noun: Token, quantity: Span) -> bool:
    """A change noun that says what changed: "GDP growth", "economic growth" (not "a sharp rise")."""
    return lx.lemma(noun) in (lx.UP_NOUNS | lx.DOWN_NOUNS) and any(
        c.dep_ in ("compound", "amod") and not holds(c, quantity) and c.lower_ not in _INTENSITY
        and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in noun.lefts)


VERB_NOUNS = {"export": "exports", "import": "imports", "sell": "sales", "spend": "spending",
              "invest": "investment", "earn": "earnings", "produce": "production", "borrow": "borrowing"}


def _verb_noun(v: Token) -> str:
    """"services exported 5 billion": the measured thing is the services' exports."""
    verbs = [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")] \
        + ([v.head] if v.dep_ == "conj" else [])
    nouns = []
    for x in sorted(verbs, key=lambda x: x.i):
        n = VERB_NOUNS.get(lx.lemma(x))
        if n and n not in nouns:
            nouns.append(n)
    return " and ".join(nouns)


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if a and b else a or b


# what each pronoun can stand for ("the wreckage spread ..., but most sank": most -> wreckage)
_ANTECEDENT_POS = {"he": ("PROPN",), "she": ("PROPN",), "it": ("PROPN", "NOUN"), "they": ("PROPN", "NOUN"),
                   "most": ("NOUN", "PROPN"), "some": ("NOUN", "PROPN"), "many": ("NOUN", "PROPN"),
                   "all": ("NOUN", "PROPN")}


def _antecedent(pron: Token) -> Token | None:
    """What "he", "she", "it" or "they" stands for, when an earlier clause of the same sentence names it:
    "Jane Roe runs her blog, where she has 2 million readers" -> Jane Roe."""
    if pron.lower_ in ("who", "which", "that") and pron.head.dep_ == "relcl" \
            and pron.head.head.pos_ in ("NOUN", "PROPN"):
        return pron.head.head  # "George Michael, who died at 53"
    want = _ANTECEDENT_POS.get(pron.lower_)
    if want is None:
        return None
    for t in reversed(pron.doc[:pron.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in want and t.lower_ not in lx.PRONOUNS:
            plural = t.tag_ in ("NNS", "NNPS")
            if pron.lower_ == "they" and t.pos_ == "NOUN" and not plural or pron.lower_ == "it" and plural:
                return None
            return t
    return None


def _absolute(h: Token, quantity: Span) -> str:
    """"Acme reported a loss, with its stock down 6.2%" -> "Acme stock": the subject of an up/down phrase,
    with the owner its "its"/"their" stands for (the subject of the clause the phrase hangs on)."""
    subj = next((c for c in h.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or holds(subj, quantity):
        return ""
    named = phrase(subj, quantity)
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
        v = h
        while v.head != v and v.pos_ not in ("VERB", "AUX"):
            v = v.head
        owner = _verb_subject(v) if v.pos_ in ("VERB", "AUX") else None
        if owner is not None and owner.pos_ in ("NOUN", "PROPN") and not holds(owner, quantity):
            named = f"{phrase(owner, quantity)} {named}"
    return named


_FINITE = ("VBD", "VBZ", "VBP")
_CLAUSE_OPENERS = {"and", "but", "while", "whereas", "although", "though", "yet"}


def _stray_subject(v: Token) -> Token | None:
    """The subject of a coordinated clause that the parser hung elsewhere: "..., while energy, last year's
    worst sector, fell 0.94%" (a noun, an apposition in commas, the verb) and "... and the voltage across
    it was 5 volts" (a noun and its prepositional phrase, the verb). The words between the clause's
    opening word and its verb must be one noun phrase, with at most those additions."""
    doc = v.doc
    i = v.i - 1
    while i >= 0 and v.i - i <= 14 and doc[i].lower_ not in _CLAUSE_OPENERS:
        if doc[i].tag_ in _FINITE or doc[i].tag_ == "MD" or doc[i].text in (";", ":", "(", ")"):
            return None
        i -= 1
    if i < 1 or doc[i].lower_ not in _CLAUSE_OPENERS or i + 1 >= v.i:
        return None
    j = i + 1
    while j < v.i and (doc[j].pos_ in ("DET", "ADJ", "NUM") or doc[j].tag_ == "POS"):
        j += 1
    head = None
    while j < v.i and doc[j].pos_ in ("NOUN", "PROPN") and not doc[j].like_num:
        head, j = doc[j], j + 1
    if head is None or lx.lemma(head) in TIME_NOUNS or head.lower_ in TIME_WORDS:
        return None
    rest = doc[j:v.i]
    if len(rest) == 0 or len(rest) >= 2 and rest[0].text == "," and rest[-1].text == "," \
            and not any(x.text == "," for x in rest[1:-1]) or rest[0].pos_ == "ADP" and rest[0].lower_ != "than" \
            and all(x.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") for x in rest[1:]) and len(rest) <= 5:
        return head
    return None


def _first_clause(v: Token) -> Token:
    """The verb of the clause before ``v`` in "X was A and Y was B": the verb ``v`` hangs on, or the one
    hung under ``v`` (the parser does either); ``v`` itself when there is none."""
    if v.dep_ in ("ccomp", "conj"):
        return v.head
    return next((c for c in v.children if c.dep_ in ("ccomp", "conj") and c.i < v.i), v)


def _swallowed(q: Token, v: Token) -> Token | None:
    """"The deficit was 3 percent of GDP and debt was 90 percent": the parser makes the first clause's
    "3 percent of GDP and debt" the subject of the second "was", hung under the first. ``q`` (the first
    quantity's noun, the subject of ``v``) then holds the second clause's real subject, returned here."""
    first = _first_clause(v)
    if first == v or not first.i < q.i < v.i or first.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "nummod" and c.like_num for c in q.children) \
            or any(c.dep_ in ("attr", "dobj", "acomp", "oprd") for c in first.children):
        return None
    cc = next((x for x in q.doc[q.i + 1:v.i] if x.pos_ == "CCONJ" and q in x.ancestors), None)
    if cc is None:
        return None
    real = next((x for x in q.doc[cc.i + 1:v.i] if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN")
                 and x.head.i < cc.i), None)
    return real


def _verb_subject(v: Token) -> Token | None:
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _swallowed(c, v) is not None:
                return _swallowed(c, v)
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in lx.PRONOUNS:
                return c
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _antecedent(c)
        if v.dep_ == "conj" and v.tag_ in _FINITE:
            stray = _stray_subject(v)
            if stray is not None:
                return stray
            if v.head.tag_ in ("VB", "VBG") and v.head.dep_ in ("relcl", "acl", "xcomp", "advcl") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.head.children):
                # "X is the first model to come from Y and offers 536 hp": a finite verb is not coordinated
                # with "to come"; it shares the subject of the clause the infinitive hangs in
                w = v.head
                while w.head != w and not (w.pos_ in ("VERB", "AUX") and w.tag_ in _FINITE):
                    w = w.head
                if w.tag_ in _FINITE:
                    v = w
                    continue
        before = v.doc[v.i - 1] if v.i > 0 else None
        if before is not None and before.text == ")" and v.i >= 4 and v.doc[v.i - 3].text == "(":
            before = v.doc[v.i - 4]  # "the country's gross domestic product (GDP) expanded 1%"
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("conj", "pobj", "appos") \
                and before.head.i < before.i and v.tag_ in ("VBD", "VBZ", "VBP") \
                and (v.dep_ in ("ccomp", "conj") or v.dep_ == "ROOT" and before.dep_ == "appos"
                     and before.left_edge.i > 0 and v.doc[before.left_edge.i - 1].text == ","):
            return before  # "... and Seoul's Kospi rose 0.8%", "According to the Cabinet Office, the country's
            # GDP expanded 1%": a subject the parser hung elsewhere
        if v.dep_ in ("conj", "advcl", "xcomp", "ccomp", "acl") and v.head != v:
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            v = v.head
            continue
        break
    return None


