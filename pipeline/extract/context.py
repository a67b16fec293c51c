"""Read a mention in its parsed sentence: counted noun or physical unit, direction, kind (the subject is read by :mod:`.subject`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from . import money, numbers, quantulum
from .labels import MONTHS
from .scan import Mention
from .subject import change_verb_of_by, find_subject, fronted_whole, people_counted

@dataclass
class Reading:
    unit: str
    dimension: str
    unit_end: int          # end offset in the sentence, after the counted noun or unit
    direction: str | None
    kind: str
    subject: str
    per: str | None = None  # "$75 per barrel", "325,000 barrels a day": the unit is a rate per this
    people: str | None = None  # a bare number harm was done to counts people: "killed at least 34" -> "killed"
    approx: str | None = None  # the parse overrules the scanned hedge: "took over four ports" is no "more than"


def span_tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _with_lost_sign(span: Span) -> Span:
    """The span with the currency sign the text's encoding lost right before it ("\ufffd1.3m"), when the
    parser hung the amount on that sign (as it does on "$"); else the span."""
    doc = span.doc
    sign = doc[span.start - 1] if span.start > 0 else None
    if sign is not None and sign.text in money.LOST_SIGNS and not sign.whitespace_ and any(t.head == sign for t in span):
        return doc[span.start - 1:span.end]
    return span


def _anchor(span: Span) -> Token:
    for t in span:
        if t.head == t or not (span.start <= t.head.i < span.end):
            return t
    return span.root


# what a won-lost pair written with a dash describes
_RECORD_NOUNS = {"start", "record", "mark", "finish", "run", "season", "campaign", "streak", "stretch", "lead",
                 "win", "victory", "loss", "defeat", "draw", "deficit", "scoreline", "vote", "decision", "split"}


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "CEOs": plural nouns (not "mps", metres per second)


def _plural(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS") or _ACRONYM_PLURAL.fullmatch(t.text) is not None


# the words that may stand between a verb or preposition and its figure: "about", "more than", "a further"
_HEDGE_WORDS = (r"(?:about|nearly|almost|some|around|roughly|more than|over|less than|under|below|above|up to|as much as|"
                r"at least|well over|just under|just over|close to|"
                r"just|only|an?|another|a further|"
                r"strong|sharp|steep|modest|slight|solid|robust|whopping|massive|small|big|further)")
# "left one militant dead and three wounded": a count of people left in a state
_LEFT_DEAD = re.compile(rf"\s+(?:[a-z]+\s+)?(?P<n>[a-z]+)\s+(?:{'|'.join(lx.CASUALTIES)}|homeless|stranded)\b")
# a sentence that opens with the whole its bare numbers are parts of: "Of the alleged victims, 50 were ..."
_OF_THE_NOUNS = re.compile(r"\s*(?:Of|Among)\s+(?:the|these|those|its|their|all)\s+(?:[a-z-]+\s+){0,3}?(?P<n>[a-z]+s)\s*,")


def _counted_noun(span: Span, mention: Mention) -> Token | None:
    """The noun a bare number counts: "14 people", "3,000 new jobs", "two million barrels"."""
    doc = span.doc
    left = _LEFT_DEAD.match(lx.sentence_text(doc), span.end_char) if re.search(
        rf"\b(?:left|leaving|leaves|leave)\s+(?:{_HEDGE_WORDS}\s+)?$",
        lx.sentence_text(doc)[max(0, span.start_char - 30):span.start_char]) else None
    if left and not mention.dimension:
        noun = span_tokens(doc, left.start("n"), left.end("n"))
        if noun is not None and noun.root.pos_ in ("NOUN", "ADJ", "PROPN"):
            return noun.root  # "left one militant dead" (the parse reads "militant" as an adjective)
    whole = _OF_THE_NOUNS.match(lx.sentence_text(doc))
    if whole and span.end < len(doc) and doc[span.end].pos_ in ("AUX", "VERB") and not mention.dimension \
            and span.start_char > whole.end() - 2:
        noun = span_tokens(doc, whole.start("n"), whole.end("n"))
        if noun is not None and _plural(noun.root):
            return noun.root  # "Of the alleged victims, 50 were in the US and six in Australia": victims
    if span.start > 0 and doc[span.start - 1].text == "(" and span.end + 2 < len(doc) and doc[span.end].text == ")" \
            and doc[span.end + 1].lower_ == "of" and not mention.dimension:
        objs = [c for c in doc[span.end + 1].children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")]
        if objs:
            return objs[0]  # "around 36% (23,300) of women": the women the bracketed count counts
    if span[-1].lower_ == "of":  # "dozens of other investors"
        objs = [c for c in span[-1].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if objs and objs[0].i - span.end <= 3:
            return _hyphen_tail(objs[0])  # ("dozens of non-combatants": the combatants)
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and (
            not mention.is_word or span.text.lower() in ("a pair", "a couple", "a dozen", "a score")
            or mention.value >= 2 or doc[span.end + 1].like_num):  # "two of the jurors", "four of 13 board members"
        # "35m of its devices", "two of the deputies": a part of a counted whole
        objs = [c for c in doc[span.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if objs and (objs[0].i - span.end <= 4 or objs[0].i - span.end <= 8 and all(
                x.dep_ in ("det", "poss", "case", "amod", "advmod", "compound", "punct", "nummod") and x.text not in ",;:()"
                for x in doc[span.end + 1:objs[0].i])) and not _is_time_word(objs[0]):
            return _hyphen_tail(objs[0])  # (and "two of the UK's most trusted brands": modifiers only, however
            # many; "four of her co-workers": the workers)
        nxt = doc[span.end + 1]
        if nxt.like_num and nxt.head.pos_ == "NOUN" and 0 < nxt.head.i - nxt.i <= 3 and not _is_time_word(nxt.head):
            return nxt.head  # "four of 13 board members", parsed with "of" as a quantifier
    out_of = re.match(r"\s+(out of|in)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\s+(\w+)",
                      lx.sentence_text(doc)[span.end_char:span.end_char + 40], re.I)
    if out_of:
        i = span.end + len(out_of.group(1).split()) + 1
        if i < len(doc) and doc[i].text == out_of.group(2):
            noun = next((t for t in doc[i:i + 5] if t.tag_ in ("NNS", "NNPS")), None)
            if noun is not None and all(x.pos_ in ("NOUN", "ADJ", "PROPN") or x.text in ("-", "–")
                                        or x.tag_ in ("VBG", "VBN") for x in doc[i:noun.i]) \
                    and not _is_time_word(noun) and not quantulum.is_unit(noun.text):
                return noun  # "four out of six deals", "one in five Americans", "1 in 5 agency employees"
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("more", "fewer", "additional", "extra"):
        for h in doc[span.end + 1:span.end + 4]:  # "24 million more uninsured people" (the parse hangs it on "more")
            if h.tag_ == "NNS" and not _is_time_word(h) and not quantulum.is_unit(h.text):
                if all(x.pos_ in ("ADJ", "NOUN", "ADV") for x in doc[span.end + 1:h.i]):
                    return h
                break
            if h.pos_ not in ("ADJ", "NOUN", "ADV"):
                break
    for t in span:
        h = t.head
        if h.tag_ == "CD" and h.i == span.end and any(ch.isalpha() for ch in h.text) and h.head.pos_ == "NOUN" \
                and h.head.i > h.i:
            h = h.head  # "six MS-13 gang members": a name the tagger read as a number, between the count and its noun
        h = _adjective_head(h)
        if t.dep_ in ("nummod", "quantmod", "compound", "amod") and h.i >= span.end \
                and (h.i - span.end <= (5 if t.dep_ == "nummod" else 3)
                     or t.dep_ == "nummod" and h.i - span.end <= 8 and _modifiers_only(doc[span.end:h.i], h)) \
                and h.pos_ in ("NOUN", "PROPN") and h.tag_ not in ("NNP",) and not _is_time_word(h) \
                and not any(x.lower_ in _NOT_BETWEEN or x.text in ("(", ")", "]", ";", ":")
                            or x.text == "," and not _listed_modifier(x, h)
                            or x.pos_ == "CCONJ" and (x.nbor(1).tag_.startswith("VB") or x.nbor(1).lower_.endswith("ed"))
                            and not (x.head.dep_ == "amod" and x.head.head == h and x.nbor(1).head == x.head)
                            or x.text in ("-", "–", "—") and x.whitespace_ and doc[x.i - 1].whitespace_
                            for x in doc[span.end:h.i]) \
                and not _other_count_between(doc, span, h, mention) \
                and not _quoted_name(span, h.i):
            if h.lower_ in _NOT_COUNTED:
                return None  # "3.15 billion worth of assets": a quantity word, not what is counted
            if h.dep_ == "poss" and h.lower_ in ("women", "men", "children", "girls", "boys", "kids") \
                    and h.head.tag_ == "NNS" and h.head.i > h.i:
                h = h.head  # "five women's basketball players": a kind of player, five players
            if h.tag_ in ("NN", "VBG") and h.lower_.endswith("ing") and h.i == span.end and mention.value > 1 \
                    and h.i + 1 < len(doc) and (doc[h.i + 1].lower_ == "to" or doc[h.i + 1].pos_ == "ADP"
                                                or doc[h.i + 1].like_num or doc[h.i + 1].pos_ == "DET"):
                return None  # "among the nine voting to convict", "one of five spending 2% of GDP": a verb
            if h.tag_ == "NN" and h.dep_ == "ROOT" and h.i - 1 >= span.end and doc[h.i - 1].tag_ == "NNS" \
                    and doc[h.i - 1].dep_ == "compound" and mention.value > 1:
                return _hyphen_tail(doc[h.i - 1])  # "three billion cups land in the trash": the parse made the verb
                # a noun (the sentence's root); a count above one of a singular root after a plural counts the plural
            if h.dep_ == "compound" and h.tag_ == "NN" and h.head.i == h.i + 1 and h.head.tag_ in ("NNS", "VBZ") \
                    and not _in_name(span, mention):  # (not "AK 47 assault rifles")
                h = h.head  # "80 snow plows" hung on "snow": the plows (even tagged a verb) are counted (but
                # "a 12 page document" counts pages)
            if h.i > span.end and (quantulum.is_unit(h.text) and not _ACRONYM_PLURAL.fullmatch(h.text)
                                   or h.lower_ in money.NAMES
                                   or h.lower_ in ("percent", "pct", "cent", "points")) \
                    and not all(x.tag_ in ("JJ", "VBG", "VBN", "NN") and x.lower_ not in ("square", "cubic")
                                and not x.like_num for x in doc[span.end:h.i]) \
                    and doc[span.end:h.i].text.lower() not in ("or more", "or fewer", "or less", "or longer"):
                return None  # "7 or 8 inches", "2 or 3 billion euros": a unit further on, not a counted noun (but
                # "548 rushing yards", "80 or more yards": the unit of this number)
            return _hyphen_tail(_shared_head(h, mention))
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.pos_ == "NOUN" and not _is_time_word(nxt) and nxt.lower_ not in _NOT_COUNTED \
                and not (nxt.tag_ == "NN" and nxt.lower_.endswith("ing") and mention.value > 1):  # "10 saying so"
            return _hyphen_tail(nxt)
        i = span.end
        while i < len(doc) and i - span.end < 6 and _in_names(doc, i, i > span.end):
            i += 1  # "eleven Yemeni nationals", "12,000 Galaxy S and Galaxy Z phones": past the names
        if span.end < i < len(doc) and doc[i].tag_ == "NNS" and not _is_time_word(doc[i]):
            return doc[i]
        i = span.end
        while i < len(doc) and i - span.end < 4 and doc[i].pos_ in ("ADJ", "PROPN", "NOUN") and not _plural(doc[i]):
            i += 1
        if i + 1 < len(doc) and _plural(doc[i]) and doc[i + 1].text in ("-", "–", "—") \
                and not (span.text.istitle() and not span[0].is_sent_start) \
                and doc[i].whitespace_ and doc[i + 1].whitespace_:
            return doc[i]  # "two Tory MPs - Ann Lee and Tom Kay - voted": the parse hung the count past the dash
    return None


def _shared_head(noun: Token, mention: Mention) -> Token:
    """"2 million micro and small enterprises", "300 state and local officials": a singular word the parse
    made the counted noun, coordinated with the plural noun both describe; that plural is counted (but not
    in "the Note 7 device and reports have said": a second noun with no modifier of its own)."""
    if noun.tag_ != "NN" or mention.value < 2:
        return noun
    return _coordinated_plural(noun, [c for c in noun.rights if c.dep_ == "conj"]) or noun


def _adjective_head(head: Token) -> Token:
    """"the 4.3M digital and physical sales": the parse made the first of two coordinated adjectives the
    count's head, and the noun either its conjunct or its head; the noun both adjectives describe is counted."""
    if head.pos_ != "ADJ":
        return head
    nouns = [c for c in head.rights if c.dep_ == "conj"] + ([head.head] if head.dep_ == "amod" else [])
    return _coordinated_plural(head, nouns) or head


def _coordinated_plural(first: Token, candidates: list[Token]) -> Token | None:
    """The plural noun among ``candidates`` that ``first`` and "and"/"or" with modifiers lead up to: "micro
    and small enterprises", "digital and physical sales"."""
    doc = first.doc
    if first.i + 2 >= len(doc) or doc[first.i + 1].pos_ != "CCONJ":
        return None
    return next((c for c in candidates if c.tag_ == "NNS" and 3 <= c.i - first.i <= 4
                 and all(x.pos_ == "ADJ" or x.dep_ in ("amod", "compound", "conj") for x in doc[first.i + 2:c.i])), None)


def _listed_modifier(comma: Token, noun: Token) -> bool:
    """Whether ``comma`` separates the adjectives of a list that modifies ``noun``: "79 African, Caribbean, and
    Pacific countries", "two new, tiny babies" (not "40 people, 12 in London")."""
    adj = comma.head
    if 0 < comma.i and comma.i + 1 < noun.i and all(
            t.pos_ == "ADJ" and t.dep_ == "amod" and t.head == noun for t in (comma.nbor(-1), comma.nbor(1))):
        return True  # "two new, tiny babies": coordinate adjectives, no "and" needed
    return adj.dep_ in ("amod", "conj") and adj.pos_ in ("ADJ", "PROPN") and noun in adj.ancestors \
        and adj.i < comma.i and comma.i + 1 < noun.i and any(t.lower_ in ("and", "or") for t in comma.doc[comma.i:noun.i])


def _modifiers_only(between: Span, noun: Token) -> bool:
    """Whether every word between a count and its noun modifies the noun: "about 20 decently sized
    coal-fired power plants" (a long run of modifiers, but no clause or punctuation other than a list of
    adjectives)."""
    return all((x.dep_ in ("amod", "advmod", "compound", "npadvmod", "nmod") or x.text == "-" and not x.whitespace_
                or x.dep_ == "conj" and x.pos_ in ("ADJ", "PROPN") or x.dep_ == "cc" and x.head.pos_ in ("ADJ", "PROPN")
                or x.text == "," and _listed_modifier(x, noun))
               and noun in x.ancestors for x in between)  # (and "African, Caribbean, and Pacific countries")


def _in_names(doc: Doc, i: int, inside: bool) -> bool:
    """Whether token ``i`` belongs to a run of names between a count and its noun: a capitalised name or
    adjective of origin, a model letter ("Model X vehicles"), and (``inside`` the run) "and" before
    another name or count, or a number in a name ("Model 3") or after "and" ("12 Somali and 11 Yemeni")."""
    t = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper():
        return True
    if t.pos_ == "NOUN" and t.text.isupper() and nxt is not None and nxt.tag_ == "NNS":
        return True
    if not inside:
        return False
    if t.pos_ == "CCONJ":
        return nxt is not None and (nxt.pos_ == "PROPN" or nxt.like_num)
    prev = doc[i - 1]
    return t.like_num and (prev.pos_ == "CCONJ" or prev.pos_ == "PROPN" and t.text.isdigit())


def _own_modifiers(span: Span, noun: Token) -> tuple[str, bool, str] | None:
    """"12 Somali and 11 Yemeni nationals": each count has its own modifiers before one shared noun.
    (this count's phrase, whether another count follows before the noun, the coordinated phrase) or None."""
    doc = noun.doc
    if noun.i <= span.end or noun.i - span.start > 10:
        return None
    between = doc[span.end:noun.i]
    cc = [t for t in between if t.pos_ == "CCONJ" and t.i + 1 < noun.i and doc[t.i + 1].like_num]
    mods_ok = lambda ts: ts and all(t.pos_ in ("ADJ", "PROPN") or t.tag_ == "JJ" for t in ts)  # noqa: E731
    if cc:  # the first count: its modifiers run to the conjunction
        mods = list(doc[span.end:cc[0].i])
        if not mods_ok(mods):
            return None
        full = doc[span.end:noun.i + 1]
        return " ".join(t.text for t in mods + [noun]), True, " ".join(t.text for t in full if not t.like_num)
    if span.start >= 3 and doc[span.start - 1].pos_ == "CCONJ":  # the second: after "Somali and"
        first_mods = []
        i = span.start - 2
        while i >= 0 and (doc[i].pos_ in ("ADJ", "PROPN") or doc[i].tag_ == "JJ") and len(first_mods) < 3:
            first_mods.insert(0, doc[i])
            i -= 1
        mods = list(between)
        if not first_mods or i < 0 or not doc[i].like_num or not mods_ok(mods):
            return None
        full = first_mods + [doc[span.start - 1]] + mods + [noun]
        return " ".join(t.text for t in mods + [noun]), False, " ".join(t.text for t in full)
    return None


def _hyphen_tail(noun: Token) -> Token:
    """"co-workers" is split into "co", "-", "workers": the counted noun is the last part."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ \
            and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].pos_ == "NOUN":
        return doc[noun.i + 2]
    return noun


def _other_count_between(doc: Doc, span: Span, noun: Token, mention: Mention) -> bool:
    """"rose to five and about 10,000 people left": the noun is counted by the number nearer to it (but
    "609 and 552 billionaires" and "two or three people" count the same noun)."""
    if span.end >= noun.i or doc[span.end].lower_ not in ("and", "but", ","):
        return False
    for x in doc[span.end:noun.i]:
        if x.like_num and x.text.replace(",", "").replace(".", "", 1).isdecimal():
            other = float(x.text.replace(",", ""))
            return not (mention.value / 10 <= other <= mention.value * 10)
    return False


_NOT_COUNTED = {"worth", "total", "sum", "amount", "figure", "average", "record", "high", "low", "level", "thanks",
                *lx.CASUALTIES}  # "ten killed and about 50 hurt"
# "63 last year", "12 each month": the noun after these is a period, not what is counted
_NOT_BETWEEN = {"last", "next", "this", "that", "each", "every", "per", "previous", "a", "an", "the"}
_PERIOD_UNITS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century",
                 "seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades"}


_QUOTES = {'"', "“", "”", "``", "''"}


def _quoted_name(span: Span, end: int) -> bool:
    """Whether the number is part of a quoted name that closes before ``doc[end]``: 'another "two plus two"
    meeting', 'the "big three" agencies' (a quote glued to the word before it closes; 'five "smart" phones'
    opens one first; 'the "16 million" people' quotes the figure alone)."""
    doc, opened = span.doc, False
    for x in doc[span.end:end]:
        if x.text in _QUOTES:
            if doc[x.i - 1].whitespace_ or x.text in ("“", "``"):
                opened = True
            elif opened:
                opened = False
            else:
                return not (span.start > 0 and doc[span.start - 1].text in _QUOTES)
    return False


_PERIOD_BEFORE = re.compile(r"\b(?:first|last|past|next|previous|coming|final|initial|opening|closing)\s+$", re.I)
_AGE_AFTER = re.compile(r"[ \u00a0-]*(?P<u>years?|yrs?|months?|weeks?|days?)(?:[ \u00a0-]*olds?|\s+of\s+age)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:(?:aged|ages)(?:\s+between|\s+from)?|age|at the age of|the age of|age of|(?:died|dies|dying|dead) at"
                         r"|(?:turns|turned|turning|will turn)"
                         r"|(?:people|persons|adults|children|men|women|those|residents|workers|voters|drivers|patients)"
                         r"\s+(?:over|under|above|below|older than|younger than))\s*$", re.I)


_AGE_UNITS = {"mo": "month", "we": "week", "da": "day"}


# What an amount is per: "$61 per barrel", "$9.99 a month", "3 metres per decade", "$6.60 per share"
_RATE = re.compile(
    r"(?:\s+per\s+|\s+an?[\s-]+|\s*/\s*)(?P<d>square (?:foot|feet|metres?|meters?)|years?|months?|weeks?|days?|nights?|hours?|"
    r"barrels?|shares?|capita|person|head|tonnes?|tons?|kilograms?|kg|ounces?|oz|gallons?|litres?|liters?|"
    r"games?|century|decade|minutes?|seconds?|kilowatt[- ]hours?|kwh|megawatt[- ]hours?|mwh|unit|passenger|"
    r"employee|household|student|pupil|patient|visitor|mile|kilometre|kilometer|km|acre|hectare)\b(?![-\w])"
    r"(?!\s+(?:earlier|ago|before|later|previously|on)\b)", re.I)  # not "$10bn a year earlier", "a year on"
# "per 100,000 residents", "per million people", "per 1,000 live births": the base of a rate of occurrence
_PER_BASE = re.compile(r"\s+per\s+(?:every\s+)?(?P<base>\d{1,3}(?:,\d{3})+|[1-9]0{2,}|(?:1|one)\s+(?:million|thousand|hundred)|"
                       r"million|thousand|hundred)(?:\s+(?!(?:in|on|at|for|of|to|from|by|and|or|the|a|an|with|during|"
                       r"last|this|since|than|as|while|but|was|were|is|are)\b)(?P<noun>(?:live\s+)?[a-z]+)\b)?")
_PER_NAMES = {"square feet": "square foot", "square metres": "square metre", "square meter": "square metre",
              "square meters": "square metre", "feet": "foot", "kg": "kilogram", "oz": "ounce", "kwh": "kilowatt hour",
              "kilowatt hour": "kilowatt hour", "kilowatt hours": "kilowatt hour", "mwh": "megawatt hour",
              "megawatt hour": "megawatt hour", "megawatt hours": "megawatt hour", "liter": "litre", "liters": "litre",
              "kilometer": "kilometre", "km": "kilometre", "capita": "person", "head": "person"}


# "Jane Roe, 45, of Leeds": a bare whole number set off by commas after a name
# ("Basil al-Araj, 34,", "Ludwig van Dam, 41,": a surname with a lowercase particle)
_NAME_AGE = re.compile(r"(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bto )\b[A-Z][A-Za-z'’.-]*\s+(?:[A-Z][a-z'’.-]*\s+)?"
                       r"(?:(?:al|el|bin|ibn|abu|de|da|del|della|van|von|der|den|di|du|le|la|ter)[-\s]+)?"
                       r"[A-Z][a-z'’-]*[a-z][A-Za-z'’-]*(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))?,\s*$")

# "two sons, 11 and 14": people, then their ages
_KIN_AGES = re.compile(r"\b(?:sons|daughters|children|kids|brothers|sisters|boys|girls|grandchildren|siblings|"
                       r"teenagers|teens),\s*(?:\d{1,2}\s*(?:,|and|&)\s*)*$")
# "The actress, 26, checked in": a person named by a role, then the age
_ROLE_NOUNS = (r"(?:actress|actor|singer|woman|man|girl|boy|victim|suspect|driver|officer|student|teacher|mother|father|"
               r"son|daughter|wife|husband|player|star|teenager|pilot|nurse|doctor|worker|soldier|gunman|rapper|model|"
               r"defendant|survivor|resident|mayor)")
_ROLE_AGE = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?{_ROLE_NOUNS},\s*$")
# "the death of Kafoury, 63, of Warren": one name, then where the person is from
# "her daughter, 11, from school", "for son Oscar, 8,": one relative, then the age
_KIN = r"(?:son|daughter|child|brother|sister|grandson|granddaughter|niece|nephew|wife|husband|mother|father|partner)"
_KIN_AGE = re.compile(rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[A-Z][a-z]+['’]s)\s+(?:[a-z]+\s+)?{_KIN}(?:\s+[A-Z][a-z]+)?"
                      rf"|\b{_KIN}\s+[A-Z][a-z]+),\s*$")
_LONE_NAME_AGE = re.compile(r"(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bto )(?<!\bnear )\b[A-Z][a-z'’-]*[a-z],\s*$")
_SURNAME_AGE = re.compile(r"\s*[\"“']?[A-Z][A-Za-z'’-]*[a-z],\s*")  # "Yucel, 43, joins ...": a surname opening the sentence


_CLAUSE_END = r"\s*(?:[,;)]|\.(?:\s|$)|$)"
# (the words before a bare whole number, what may follow it) that make it an age
_AGE_CONTEXTS = [
    (re.compile(r"\b(?i:when|while|since|until|after|before)\s+(?:he|she|I|they|we)\s+(?:was|were|turned)\s+"
                r"(?:just\s+|only\s+)?$"), re.compile(_CLAUSE_END)),  # "when she was 14, after ...", "When he was 16,"
    (re.compile(r"\b(?:youngest|oldest)\b[^.;:]{0,40}\bat\s+$"),
     re.compile(rf"{_CLAUSE_END}|\s+(?:when|in|and)\b")),  # "the youngest ever Doctor at 26 when he was introduced"
    (re.compile(r"\b(?:died|dies|passed away)\b[^.;:]{0,40}\bat\s+$"), re.compile(_CLAUSE_END)),  # "died in 2013, at 88."
]


def _age(text: str, mention: Mention, span: Span | None = None) -> tuple[int, str] | None:
    """(end offset, unit) of an age expression ("a 71-year-old", "aged 23", "a 14-month-old",
    "Jane Roe, 45,"), else None."""
    m = _AGE_AFTER.match(text, mention.end)
    if m:
        return m.end(), _AGE_UNITS.get(m.group("u").lower()[:2], "year")
    # a whole number written in digits that could be an age; "bare" when punctuation follows it ("Roe, 45,")
    whole = span is not None and not mention.is_word and not mention.scaled and mention.value_max is None \
        and mention.value == int(mention.value) and 1 <= mention.value < 120
    bare = whole and (re.match(r"\s*(?:[,;)]|\.(?:\s|$)|\s--?\s|\s?[—–]|\s+and\s+(?:from|of)\s+[A-Z])",
                               text[mention.end:mention.end + 14]) or re.match(
        r"\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,\s*\d{1,3}\b", text[mention.end:mention.end + 60]))
    # (and "Andrew Lopez, 20 and Jon Carr, 24,": the first of two named people with their ages)
    if bare and (_NAME_AGE.search(text[:mention.start]) or _SURNAME_AGE.fullmatch(text[:mention.start])
                 and span.end + 1 < len(span.doc) and (span.doc[span.end + 1].pos_ in ("VERB", "AUX")
                                                       or span.doc[span.end + 1].lower_ in ("of", "from", "who", "with"))
                 or _LONE_NAME_AGE.search(text[:mention.start])
                 and re.match(r",\s+(?:(?:of|from)\s+[A-Z]|who\b|said\b|says\b|told\b|added\b|an?\s+[a-z]+\s+of\b"
                              r"|(?:had|has|was|is|will|would)\s+[a-z]+ed\b|(?:would|will|could|can|may|might|must|should)"
                              r"\s+(?:not\s+|also\s+)?[a-z]+\b|[a-z]{3,}ing\s+(?:the|a|an|his|her|their|him|them)\b)",
                              text[mention.end:])) \
            and span.start > 1 and (span.doc[span.start - 2].pos_ == "PROPN"
                                    or span.start == 2 and _SURNAME_AGE.fullmatch(text[:mention.start])):
        return mention.end, "year"
    if bare and re.search(r"\b(?:man|woman|boy|girl|person|lady|gentleman)\s+of\s+$", text[max(0, mention.start - 14):mention.start]):
        return mention.end, "year"  # "a younger woman of 40, living in the suburbs": her age
    if bare and re.search(r",\s+(?:both|all|each)\s+(?:aged\s+)?$", text[max(0, mention.start - 14):mention.start]):
        return mention.end, "year"  # "the two men, both 32, were home": their ages
    named = span.doc[span.start - 3] if span is not None and span.start > 2 else None
    if bare and re.search(r"\w\s*,\s+(?:now|then)\s+$", text[max(0, mention.start - 12):mention.start]) \
            and named is not None and (named.pos_ == "PROPN" and named.dep_ != "pobj"
                                       or re.fullmatch(rf"{_KIN}|{_ROLE_NOUNS}", named.lower_)):
        return mention.end, "year"  # "wrote Baratov, now 22.", "his son, then 12, ...": an age at a time
    if whole and re.search(r"\b(?:who|whom)\s+(?:is|was|turned|turns|had just turned)\s+$",
                           text[max(0, mention.start - 24):mention.start]) \
            and re.match(r"\s*(?:[,;)]|\.(?:\s|$)|$|\s+when\b|\s+at the time\b)", text[mention.end:mention.end + 14]):
        return mention.end, "year"  # "his son, who is 12, ...", "Maria, who was 10."
    if whole and re.search(rf"\b(?:{_KIN}|(?!model\b){_ROLE_NOUNS})\s+(?:is|was|turned|turns)\s+(?:now\s+|just\s+|only\s+)?$",
                           text[max(0, mention.start - 30):mention.start], re.I) \
            and re.match(r"\s*(?:[,;)]|\.(?:\s|$)|$|\s+and\b|\s+when\b)", text[mention.end:mention.end + 8]):
        return mention.end, "year"  # "My youngest son is 13 and is already learning", "the driver was 25."
    if whole and re.match(r"\s+(?:when|at the time)\b", text[mention.end:mention.end + 14]) \
            and re.search(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+(?:was|were|turned)\s+"
                          r"(?:just\s+|only\s+)?$", text[max(0, mention.start - 30):mention.start]):
        return mention.end, "year"  # "she was 12 when the war began", "Andrew Burns was 27 when he was killed"
    if whole and re.fullmatch(r"\s*(?:[Hh]e|[Ss]he)\s+(?:was|is)\s+(?:just\s+|only\s+)?", text[:mention.start]) \
            and re.fullmatch(r"\s*\.?\s*", text[mention.end:]):
        return mention.end, "year"  # the obituary's "He was 95."
    if whole and re.search(r"(?:^|[.;:,]\s+|\band\s+)[Aa]t\s+$", text[max(0, mention.start - 8):mention.start]) \
            and re.match(r",\s+(?:(?:he|she|I|we|they)\s+[a-z]+|[a-z]+ed)\b", text[mention.end:mention.end + 24]):
        return mention.end, "year"  # "At 17, she dated an actor", "and, at 19, married": an age
    if whole and any(before.search(text[max(0, mention.start - 60):mention.start]) and after.match(text, mention.end)
                     for before, after in _AGE_CONTEXTS):
        return mention.end, "year"  # "when she was 14,", "the youngest ever anchor at 24 when", "died in 2013, at 88."
    if whole and re.match(r"\s+(?:or|and)\s+(?:older|younger)\b", text[mention.end:mention.end + 14]):
        return mention.end, "year"  # "voters must be 18 or older"
    if bare and _ROLE_AGE.search(text[:mention.start]) \
            and re.match(r",\s+(?:who\b|was\b|is\b|has\b|had\b|said\b|says\b|told\b|[a-z]+ed\b)", text[mention.end:]):
        return mention.end, "year"  # "The actress, 26, checked in"
    aged = _AGE_BEFORE.search(text[max(0, mention.start - 20):mention.start])
    if aged and aged.group(0).lower().startswith(("turn", "will turn")) and not re.match(
            r"\s*(?:[,.;:)!?]|$|\s(?:on|in|this|next|last|when|and|later|today|tomorrow|years?\b(?!\s+(?:of|since|after)\b)))",
            text[mention.end:]):
        aged = None  # "will turn four decades of EU rules into law": a verb, not an age
    if aged \
            or re.search(r"\b(?:ages|aged|age)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:,|and|or|&)\s*$",
                         text[max(0, mention.start - 30):mention.start]) \
            or bare and any(rx.search(text[max(0, mention.start - 40):mention.start]) for rx in (_KIN_AGES, _KIN_AGE)):
        after = re.match(r"\s+years?\b", text[mention.end:])
        return mention.end + (after.end() if after else 0), "year"
    return None


def _in_name(span: Span, mention: Mention) -> bool:
    """A bare number glued to a proper name before it ("S&P 500", "Big 12", "Standard & Poor's 500")."""
    if mention.scaled or mention.is_word or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    if prev.whitespace_ == "":
        return False
    if prev.text in ("'s", "’s") and prev.i > 1:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", span.text):
            return False  # "compared to El Dorado's 1,800": a figure the place has (names are "Poor's 500")
        prev = span.doc[prev.i - 1]
    doc = span.doc
    if prev.pos_ == "ADJ" and prev.text.istitle() and prev.i > 0 and doc[prev.i - 1].lower_ == "the" \
            and (span.end >= len(doc) or doc[span.end].pos_ in ("PUNCT", "ADP", "VERB", "AUX", "CCONJ")
                 or doc[span.end].tag_ == "NN"):
        return True  # "milk from the Lower 48", "the Big 12 tournament": a name
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i > 0 and not prev.is_sent_start


def _count_unit(noun: Token) -> str:
    """The counted noun as a unit: its lemma ("jobs" -> job, "Americans" -> american, "Model 3s" -> model 3)."""
    if any(ch.isdigit() for ch in noun.text) and noun.i > 0 and noun.nbor(-1).pos_ == "PROPN":
        return f"{noun.nbor(-1).lower_} {noun.lower_.rstrip('s')}"  # "41,200 Model Ys"
    if (noun.tag_ == "NNPS" or _ACRONYM_PLURAL.fullmatch(noun.text)) and noun.lower_.endswith("s") \
            and not noun.lower_.endswith("ss"):
        return noun.lower_[:-1]  # the tagger's lemma of a plural proper noun is the plural
    prefix = lx.split_prefix(noun)
    if prefix is not None:
        return f"{prefix.lower_}-{lx.lemma(noun)}"  # "non-combatants", "co-workers": the whole word
    return lx.lemma(noun).strip("-–")  # "a 5.6 -magnitude quake", "11 million acres-"


_DIFFERENCE = re.compile(r"\s+(?:fewer|more|less)\s+than\b", re.I)
_ALTERNATIVE_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                                 r"thirty|forty|fifty))(?:\s*(?:-|–|\s(?:or|to)\s)|\s+[a-z]+\s+to\s+(?:just|only|about|"
                                 r"around|nearly)\s)\s*$", re.I)  # ("from 38 seats to just nine")
_ALTERNATIVE = re.compile(r"-?\s+(?:or|to)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"fifteen|twenty|thirty|forty|fifty|hundred)\b)", re.I)


def _is_time_word(t: Token) -> bool:
    return t.lower_ in {"january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "am", "pm", "a.m.", "p.m.",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "today", "yesterday", "tomorrow", "tonight"}  # "to six million today": not six million todays


# "the death toll rose to five": a number word reached by a movement is a level, not a pronoun
_WORD_LEVEL_BEFORE = re.compile(r"\b(?:risen|rose|rises|rising|climbed|climbs|jumped|increased|fell|fallen|dropped|"
                                r"reached|reaches)\s+(?:to\s+)?(?:about\s+|around\s+|nearly\s+|at least\s+)?$", re.I)
# "rose by a third", "cut by nearly half": a fraction that is the size of a movement
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|over\s+|around\s+)?$", re.I)
# "one in a million", "thanks a million": set phrases, not numbers
_MILLION_IDIOM = re.compile(r"(?:\b(?:one|1)\s+in|\bthanks)\s+$", re.I)
_ORDINALS = {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
# "half the condos", "a third of all voters": a fraction of a group named right after it
_FRACTION_OF = re.compile(r"\s+(?:the|its|their|his|her|our|all|these|those)\s+(?!time\b)\w")


# "6.1in", "4in": inches written against the number, unless the "in" is a preposition that lost its space
# ("came 2016in the spring", "won 5in 2019"); "a 55in TV" is inches
_GLUED_INCH = re.compile(r"in\b(?![.'’-]\w)(?!\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|which|"
                         r"what|all|each|every|order|total|part|place|time|front|case|\d))")


def _inch_mark(text: str, mention: Mention) -> int:
    """Length of an inch mark written against a number ("6.1in", "27″", 'the 13" model'), else 0."""
    if mention.is_word or mention.maybe_year or abs(mention.value) >= 1000:
        return 0
    after = text[mention.end:mention.end + 3]
    if _GLUED_INCH.match(text, mention.end):
        return 2
    if after[:1] == "″" or re.match(r'"\s+[A-Za-z]', after) and text[:mention.start].count('"') % 2 == 0:
        return 1  # (an odd count of quotes before it: a closing quote, not inches)
    return 0


_RICHTER = re.compile(r"\s+(?:on the Richter scale|in magnitude)\b")  # "7.2 on the Richter scale": a magnitude


# "a 3.0 quake": a decimal right before a quake is its magnitude ("a 6.1-magnitude quake" is read before the number)
_QUAKE_AFTER = re.compile(r"[ -](?:earth)?quakes?\b|[ -](?:tremor|temblor|aftershock)s?\b", re.I)


def read(doc: Doc, mention: Mention) -> Reading | None:
    """Interpret a scanned mention with the parse of its sentence; None drops it (not a quantity)."""
    span = span_tokens(doc, mention.start, mention.end)
    if span is None or len(span) == 0:
        return None
    span = _with_lost_sign(span)
    text = lx.sentence_text(doc)
    unit, dimension, unit_end = mention.unit, mention.dimension, mention.end
    anchor = _anchor(span)
    own = None  # a count's own modifiers before a noun it shares with the next count
    age = _age(text, mention, span) if not dimension else None
    frac = re.match(r"\s+of\s+(?:an?|one)\s+(?:(percentage[ -]points?)|(basis[ -]points?)|(percent|per cent)\b)",
                    text[mention.end:], re.I) if not dimension and mention.value < 1 else None
    if age is not None:
        unit, dimension, unit_end = f"{age[1]} of age", "age", age[0]
    elif frac is not None:  # "a quarter of a percentage point", "0.3 of a percentage point"
        unit = "percentage point" if frac.group(1) else "basis point" if frac.group(2) else "percent"
        dimension, unit_end = "percentage", mention.end + frac.end()
    elif not dimension and text[mention.start - 1:mention.start] == "(" and re.match(r" ?in\)", text[mention.end:]):
        unit, dimension = "inch", "length"  # "19cm (7.4 in)"
        unit_end = mention.end + text[mention.end:].index("in") + 2
    elif not dimension and (mark := _inch_mark(text, mention)):
        unit, dimension, unit_end = "inch", "length", mention.end + mark  # "a 6.1in screen", 'the 13" model'
    elif not dimension and (re.search(r"\bmagnitude(?: of)?[ -]$", text[max(0, mention.start - 13):mention.start], re.I)
                            or _RICHTER.match(text, mention.end)
                            or _QUAKE_AFTER.match(text, mention.end) and 1 <= mention.value < 10
                            and "." in text[mention.start:mention.end]):
        unit, dimension = "magnitude", "number"  # "a magnitude 6.1 quake", "7.2 on the Richter scale", "a 3.0 quake"
    elif mention.is_word and mention.value == 1 and re.search(r"\b(?:at|from)\s+$", text[max(0, mention.start - 6):mention.start], re.I) \
            and re.match(r"\s+(?:point|stage|time|moment)\b", text[mention.end:], re.I):
        return None  # "he laughed at one point", "at one stage": when, not a quantity
    elif not dimension and mention.is_word and span[-1].lower_ in _ORDINALS \
            and re.match(r"\s+(?:quarter|half|period|inning|round|set)\b", text[mention.end:], re.I):
        return None  # "a fourth quarter touchdown", "the third period": a period of play, not a fraction
    elif not dimension:
        u = quantulum.unit_after(text, mention.end)
        letter = re.match(r" ?(?:°\s?)?([CF])(?!\w|\.\w)", text[mention.end:mention.end + 5])
        if u is not None and u.name in _MONEY_LOOKALIKES and _MONEY_CUES.search(_clause_before(text, mention.start)):
            unit, dimension, unit_end = _MONEY_LOOKALIKES[u.name], "currency", mention.end + u.length
        elif u is None and letter and _TEMPERATURE_CUES.search(text):
            unit = "celsius" if letter.group(1) == "C" else "fahrenheit"  # "the melting point is 12 C"
            dimension, unit_end = "temperature", mention.end + letter.end()
        elif u is not None and u.name == "degree" and _RICHTER.match(text, mention.end + u.length):
            unit, dimension = "magnitude", "number"  # "aftershocks of 2.8 to 3.8 degrees on the Richter scale"
            unit_end = mention.end + u.length
        elif u is not None:
            unit, dimension, unit_end = u.name, u.dimension, mention.end + u.length
        elif re.match(r"[A-Za-z]{1,4}\b", text[mention.end:mention.end + 5]) and not re.match(r"s\b", text[mention.end:]):
            return None  # "the 76ers", "a 3D film": letters glued to a number that are not a unit
        else:
            # an amount whose currency sign the encoding lost counts no noun: "a ?2m contract"
            noun = None if money.ends_in_lost_sign(text[:mention.start]) else _counted_noun(span, mention)
            if noun is not None and not any(c.isalpha() for c in noun.text):
                noun = None  # "3.2 ´": a stray mark the tagger called a noun
            if noun is not None and noun.i == span.end and noun.text.isupper() and len(noun.text) >= 3 \
                    and noun.is_alpha and not any(t.is_alpha and len(t) > 1 and t.text.isupper()
                                                  for t in (doc[span.start - 1] if span.start else None, doc[noun.i + 1]
                                                            if noun.i + 1 < len(doc) else None) if t is not None):
                return None  # "told 1010 WINS", "on 101 EAST": a station or a show, not a count (but a headline
                # in capitals, "3 PEOPLE KILLED", counts)
            if mention.value in (19, 20) and _DECADE_AFTER.match(text, mention.end) \
                    and _DECADE_BEFORE.search(text[max(0, mention.start - 12):mention.start]):
                return None  # "the nineteen fifties", "the early nineteen-seventies": a decade (but "twenty
                # fifties were in the till")
            if mention.is_fraction and "quarter" in text[mention.start:mention.end].lower() \
                    and _PERIOD_BEFORE.search(text[max(0, mention.start - 25):mention.start]):
                return None  # "in the first three quarters of 2016": a period, not three-quarters of something
            if noun is not None and mention.is_fraction and lx.lemma(noun) not in _ORDINALS:
                noun = None  # "two-thirds work remotely", "half the staff": a fraction of a group counts nothing
            if noun is not None and mention.dash_range and (lx.lemma(noun) in _RECORD_NOUNS
                                                            or mention.value_max == mention.value):
                return None  # "a disappointing 12-14 start", "a 20-15 record": won-lost, not a range (and
                # "tied the game 13-13 heading into the fourth": a range never has equal ends)
            if noun is not None and (noun.tag_ == "NN" and (mention.maybe_year or _in_name(span, mention))
                                     and mention.value > 1
                                     or mention.dash_range and mention.value_max is None):
                return None  # "the 2015 number", "a 9-1 vote", "a 1-0 win", "the S&P 500 index": not a count
            if noun is not None and mention.maybe_year and (noun.i > span.end or noun.tag_ == "NNPS"
                                                            or noun.text.istitle() and not span[0].is_sent_start or re.search(
                    r"(?:\b(?:in|since|of|from|until|by|before|after|below|above|than)\s+(?:the\s+)?"
                    r"|\b(?:the|his|her|its|their|our|your|my|these|those)\s+|['’]s\s+"
                    r"|\b(?:19|20)\d\d\s*(?:,|and|or|to|-|–)\s*)$",
                    text[max(0, mention.start - 12):mention.start], re.I)):
                return None  # "the 2019 review - pictures", "the 2007 Oscars", "In 2024 exports", "the 2011 protests",
                # "Trump's 2005 returns": a year
            if noun is not None and span.start > 0 and doc[span.end].text[:1].isupper() and any(
                    t.like_num and all(x.pos_ == "ADJ" for x in doc[t.i + 1:span.start])
                    for t in doc[max(0, span.start - 3):span.start]):
                return None  # "three new 787 Dreamliner jets": the count is "three"; 787 is part of the name
            if noun is not None and mention.scaled and not mention.is_word and noun.tag_ == "NN" \
                    and noun.i > span.end:
                noun = None  # "a ?25 million luxury hotel": an amount describing one thing, not 25 million hotels
            if noun is not None and mention.is_word and mention.value < 1 and span[-1].lower_ in _ORDINALS \
                    and (span[-1].dep_ == "amod" and span[-1].head.i >= span.end
                         or span.end < len(doc) and doc[span.end].tag_ in ("NN", "JJ") and noun.tag_ == "NN"):
                return None  # "a third suspect", "a fifth term", "a fourth quarter touchdown": an ordinal
            if noun is not None and (re.search(r"[;:!?]|\.-|\.[A-Z]", noun.text) or any(
                    re.search(r"[;:!?]|\.-", t.text) for t in doc[span.end:noun.i])):
                noun = None  # "100 robots.-The", "one witness;-former secretary": punctuation the page glued on
            if noun is not None:
                unit, dimension, unit_end = _count_unit(noun), "count", noun.idx + len(noun)
                if span.end < len(doc) and (doc[span.end].lower_ in ("out", "in", "and", "or", "of")
                                            and any(x.like_num for x in doc[span.end:noun.i]) or doc[span.end].text == ")"):
                    unit_end = mention.end  # "four out of six deals", "609 and 552 billionaires", "36% (23,300) of
                    # women": the noun is shared
                if noun.i < span.start:
                    unit_end = mention.end  # "Of the alleged victims, 50 were ...": named before the number
                own = _own_modifiers(span, noun)
                if own is not None and own[1]:
                    unit_end = mention.end  # "12 Somali and 11 Yemeni nationals": the 11 Yemenis are the next figure
                anchor = noun
                if noun.lower_ == "times" and all(x.like_num or x.lower_ in ("or", "to", "-") for x in span.doc[span.end:noun.i]):
                    unit, dimension = "times", "ratio"  # "three times higher", "raised rates three times"
            elif mention.maybe_year or mention.dash_range:
                return None  # a year, or a score like "3-1"
            elif re.search(r"\b(?:top|bottom)\s+$", text[max(0, mention.start - 8):mention.start], re.I):
                return None  # "broke into the top 20": a rank
            elif re.search(r"\b(?:mother|father|mom|mum|dad|parents?|grandmother|grandfather)\s+of\s+$",
                           text[max(0, mention.start - 20):mention.start], re.I) and mention.value == int(mention.value) \
                    and not mention.scaled and mention.value_max is None:
                unit, dimension = "child", "count"  # "a mother of 12": her children
            elif mention.is_word and (not mention.scaled and (mention.value < 1e6 or text[mention.start].isupper()
                                                              and text[:mention.start].strip())
                                      or _MILLION_IDIOM.search(text[max(0, mention.start - 12):mention.start])) \
                    and not re.match(r"\s+(?:of|percent|per cent|(?:out of|in)\s+(?:\d+|two|three|four|five|six|seven|"
                                     r"eight|nine|ten|twenty|a hundred|every))\b", text[mention.end:], re.I) \
                    and not _WORD_LEVEL_BEFORE.search(text[max(0, mention.start - 30):mention.start]) \
                    and not (mention.value < 1 and (_FRACTION_OF.match(text, mention.end) or _BY_BEFORE.search(
                        text[max(0, mention.start - 30):mention.start]))) \
                    and not _ALTERNATIVE.match(text, mention.end) and not _DIFFERENCE.match(text, mention.end) \
                    and not _ALTERNATIVE_BEFORE.search(text[max(0, mention.start - 20):mention.start]) \
                    and not re.search(r"\bof\s+(?:which|whom)\s+$", text[max(0, mention.start - 12):mention.start]) \
                    and not (lx.CASUALTY_AFTER.match(text, mention.end)
                             and re.search(r"\band\s+$", text[max(0, mention.start - 6):mention.start])) \
                    and not (mention.value >= 2 and people_counted(span)):
                return None  # "one of them", "two" as a pronoun (but "eight or nine euros" is a price, "three or
                # four fell outside" two guesses at one count, "six fewer than last year" a difference, "one
                # dead and three wounded" and "killing three" counts of casualties, "of which four exploded" a
                # part, and "a death toll of a billion" a number as large as "one billion")
            elif _in_name(span, mention):
                return None  # "the S&P 500", "the Big 12", "Apple Watch 5": part of a name
            else:
                dimension = "number"
    if mention.maybe_year and dimension == "count" and unit in ("year", "season", "election", "census"):
        return None
    if unit in _PERIOD_UNITS and (_PERIOD_BEFORE.search(text[max(0, mention.start - 25):mention.start])
                                  or re.match(r"\s+ago\b|\s+of\s+(?:19|20)\d\d\b", text[unit_end:])
                                  or re.match(rf"\s+(?:to|ending|ended|through)\s+(?:end-)?(?:{MONTHS}|(?:19|20)\d\d)\b",
                                              text[unit_end:])):
        return None  # "the first nine months", "three weeks ago": the period of another figure
    if dimension == "count" and re.match(r"\s+ago\b", text[unit_end:]):
        return None  # "two Sundays ago", "three elections ago": when, not how many
    if dimension in ("", "number") and re.match(r"\s*(?:or|to|-|–)\s*(?:[\d,.]+|[a-z]+)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago\b",
                                  text[mention.end:]):
        return None  # the "20" of "20 or 30 years ago": a time, not a quantity
    if mention.is_word and mention.value == 1 and dimension in ("", "number", "count") \
            and re.match(r"\s+of\s", text[mention.end:]):
        return None  # "one of France's landmarks" (but "one percent of Antarctica" is a share)
    if mention.is_word and mention.value == 0.5 and re.search(r"\b(?:first|second|1st|2nd|latter|former)\s+$",
                                                              text[max(0, mention.start - 10):mention.start], re.I):
        return None  # "the second half of the year"
    per = None
    if dimension not in ("percentage", "age", "number") and not unit.endswith((" per hour", " per gallon")):
        closed = text[unit_end:unit_end + 1] == ")"  # "(US $6.60) per share": the rate covers the bracket
        rate = _RATE.match(text, unit_end + closed)
        if rate is not None:
            d = rate.group("d").lower().replace("-", " ")
            per = _PER_NAMES.get(d, d[:-1] if d.endswith("s") else d)
            unit_end = unit_end if closed else rate.end()
    if per is None and dimension in ("", "number", "count", "currency"):
        base = _PER_BASE.match(text, unit_end)
        if base is not None:  # "5 murders per 100,000 residents", "201 per million people": a rate
            per = " ".join(filter(None, (re.sub(r"^one ", "1 ", base.group("base").lower()), (base.group("noun") or "").lower())))
            unit_end = base.end()
    direction, change_like = _direction(doc, span, anchor, mention, unit_end) if dimension != "age" else (None, False)
    if direction is not None and dimension == "length" and _says_where(text, mention, max(unit_end, mention.end)):
        direction, change_like = None, False  # "some 320km from the capital", "falling 150 metres from a ridge"
    if direction is not None and unit in _CONTESTS and (
            _DEFEAT.match(text, max(unit_end, mention.end)) or _LOST_BEFORE.search(text[max(0, mention.start - 30):mention.start])):
        direction, change_like = None, False  # "a six-game loss to Detroit", "lost two games": defeats, not fewer
    if mention.value > 0 and direction is None and (dimension == "percentage" or unit == "point") \
            and text[mention.start:mention.start + 1] == "+":
        direction, change_like = "up", True  # "Sensex +0.3%"
    if mention.value < 0 and direction is None and (dimension == "percentage" or unit == "point") \
            and text[mention.start:mention.start + 1] in "-−" \
            and not _LEVEL_BEFORE.search(text[max(0, mention.start - 40):mention.start].lower()):
        direction, change_like = "down", True  # "IBEX -2.2%" (but "at minus 0.1 percent" is a level)
    kind = _kind(doc, span, mention, unit, dimension, direction, change_like, max(unit_end, mention.end))
    if not change_like:
        direction = None  # "rose 5% to $3bn": the $3bn is the level reached, not a movement
    # the words of the quantity, unit included ("12.3m tonnes"), are not what it is about
    qspan = span if dimension == "count" else _with_lost_sign(
        span_tokens(doc, mention.start, max(unit_end, mention.phrase_end)) or span)  # (all of "8-by-12 feet")
    subject = find_subject(doc, qspan, anchor if dimension == "count" else _anchor(qspan), dimension)
    if dimension == "count" and own is not None:
        tail = re.split(r"\s+(?:and|or|&)\s+", own[2])[-1]  # the second count's words, when the parse hid the first's
        subject = subject.replace(own[2], own[0]) if own[2] in subject else \
            subject.replace(tail, own[0]) if own[1] and tail in subject else subject  # -> "Somali nationals"
    if dimension == "number" and not unit and subject:
        unit, dimension = _unit_from_subject(doc, subject) or (unit, dimension)
    if dimension == "number" and not unit and not mention.is_fraction:
        part = _included_in(span)
        unit, dimension = (_count_unit(part), "count") if part is not None else (unit, dimension)
    if dimension == "number" and not unit and not mention.is_fraction and mention.value >= 1 \
            and re.fullmatch(r"(?:\S+\s+){0,2}population(?:\s+(?:in|of)\s.*)?", subject.lower()):
        unit, dimension = "people", "count"  # "with a population of approximately 1,000", not "half the population"
    people = people_counted(span) if dimension == "number" and not unit and (not mention.is_word or mention.value >= 2) \
        else None  # ("killed three", not "killed one": a pronoun's number)
    if _UNIT_WORD_FIRST.match(subject):
        subject = ""  # "percent in Egypt": the parse hung the figure on another figure's unit word
    if dimension == "age" and _SURNAME_AGE.fullmatch(text[:mention.start]) and not re.search(r"old$", text[:unit_end]):
        subject = text[:mention.start].strip(" ,\"“'")  # "Harward, 60, had been ...": whose age it is
    if unit == "point" and re.search(r"\b(?:rates?|yields?|margins?|inflation|unemployment|jobless)\b", subject, re.I):
        unit, dimension = "percentage point", "percentage"  # "raised its lending rate by a quarter point"
    approx = "=" if mention.approx == ">" and dimension not in ("time", "age") and _taken_over(span) else None
    return Reading(unit, dimension, unit_end, direction, kind, subject, per, people, approx)


# "took over", "turned over": the verb's particle, not "more than" (but "took over 20 years"); the scan's hedge
# pattern already skips "handed over", "fought over"
_OVER_VERBS = {"take", "turn"}


def _taken_over(span: Span) -> bool:
    """Whether the "over" right before the figure is the particle of take or turn over ("the LNA took over four
    ports", "turned over 300 pages"), as the parse reads it."""
    over = span.doc[span.start - 1] if span.start > 0 else None
    return over is not None and over.lower_ == "over" and over.dep_ == "prt" and over.head.i == over.i - 1 \
        and lx.lemma(over.head) in _OVER_VERBS


# a subject that starts with a percent word names another figure's unit, not what this one is about
_UNIT_WORD_FIRST = re.compile(r"^(?:percent|per cent|pct|%)(?:\s|$)", re.I)
# unit symbols that are currencies in a sentence about prices: "18 R" is rand, "150 kn" is kuna
_MONEY_LOOKALIKES = {"roentgen": "ZAR", "knot": "HRK"}
_MONEY_CUES = re.compile(r"\b(?:costs?|costing|price[sd]?|pa(?:y|id|ys)|fees?|tickets?|fares?|salar(?:y|ies)|wages?|"
                         r"worth|sp[ea]nt|spend|bought|buy|sold|sell|charge[sd]?|earn(?:s|ed)?|rent|pricey|cheap)\b", re.I)
_TEMPERATURE_CUES = re.compile(r"\b(?:temperatures?|degrees?|melt\w*|boil\w*|freez\w*|heat|cold|warm\w*|hot|"
                               r"weather|forecast|thermometer)\b", re.I)


def _clause_before(text: str, pos: int) -> str:
    """The words of the clause that leads up to ``pos`` ("the ferry sailed at" in "Dinner cost 420 kn, and
    the ferry sailed at 14 kn")."""
    before = text[max(0, pos - 80):pos]
    cut = list(re.finditer(r",\s+(?:and|but|while|whereas)\s|;", before))
    return before[cut[-1].end():] if cut else before


_COUNT_NOUNS = {"number", "total", "tally", "count"}
_DECADES = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
_DECADE_AFTER = re.compile(rf"[\s-]+(?:{'|'.join(sorted(_DECADES))})\b", re.I)
_DECADE_BEFORE = re.compile(r"\b(?:the|early|mid|late)[\s-]+$", re.I)


def _included_in(span: Span) -> Token | None:
    """The plural noun a bare number after "including" is part of: "welcomed refugees, including 1 million in
    2015" counts refugees (the parse hangs "including" on the noun or on its verb)."""
    num = span.root
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "including" or prep.i != span.start - 1:
        return None
    host = prep.head
    if host.pos_ == "VERB":
        host = next((c for c in reversed(list(host.children)) if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.i < prep.i),
                    host)
    if host.lower_ in numbers.VAGUE or host.lower_ in _COUNT_NOUNS:
        host = next((o for p in host.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), host)  # "thousands of people fled, including 300"
    return host if host.tag_ in ("NNS", "NNPS") and host.pos_ in ("NOUN", "PROPN") \
        and host.lower_ not in numbers.VAGUE \
        and not any(c.like_num for c in host.children) else None  # ("6 million homes, including 1.5 million": a link's)


def _unit_from_subject(doc: Doc, subject: str) -> tuple[str, str] | None:
    """The unit a bare number takes from what it is about: "the number of refugees ... 5.1 million" counts
    refugees; "their average age was 58" is an age."""
    words = subject.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in", "at", "among")), len(words))
    head = words[:cut]  # "life expectancy for women in Leeds" -> "life expectancy"
    if "age" in head and len(head) <= 4 or head and head[-1] == "expectancy":
        return "year of age", "age"  # "the median age of the crew was 41", "an upper age limit of 70"
    if "of" not in words or not _COUNT_NOUNS & set(words[:words.index("of")]):
        return None
    for t in doc:
        if t.lower_ in _COUNT_NOUNS:
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.tag_ == "NNS"]
                    if objs and objs[0].text in subject:
                        return _count_unit(objs[0]), "count"
    return None


_FORECAST_NOUNS = {"estimate", "forecast", "target", "expectation", "projection", "consensus", "guidance"}
# the hedges between a phrasal verb's particle and its figure: "tracked down more than 200 cars"
_PARTICLE_HEDGES = (r"(?:(?:more|less|than|about|nearly|almost|around|some|over|under|roughly|just|only|at|least|an?|"
                    r"the|another)\s+)*\S*\s*$")
# "set up 50 years ago", "made up 5%": the particle of a phrasal verb, not a movement
_PHRASAL_UP = re.compile(r"\b(?:set|sets|setting|made|make|makes|making|sign|signed|pick|picked|give|gave|given|end|"
                         r"ended|back|backed|show|showed|shown|turn|turned|open|opened|take|took|taken|come|came|"
                         r"break|broke|build|built|line|lined|sum|summed|team|teamed|draw|drew|drawn|put|split|speed|speeds|sped|"
                         r"speeding|free|freed|frees|freeing|use|used|uses|using|tie|tied|ties|tying|snap|snapped|"
                         r"buy|bought|buying|clock|clocked|clocks|clocking|rack|racked|racks|racking|notch|notched|"
                         r"chalk|chalked|ring|rang|rung|run|ran|runs|running|cut|cuts|cutting|carve|carved|carving|"
                         r"chop|chopped|chopping|tear|tore|torn|tearing)\s+up\s+" + _PARTICLE_HEDGES)
# "gunned down two women", "shot down 3 drones", "turned down two offers": the particle is no fall
_PHRASAL_DOWN = re.compile(r"\b(?:gun|guns|gunned|gunning|shoot|shoots|shot|shooting|mow|mowed|mown|hunt|hunted|track|"
                           r"tracked|take|took|taken|strike|struck|knock|knocked|turn|turned|hand|handed|hands|lay|laid|"
                           r"put|puts|sit|sat|tear|tore|torn|cut|cuts|felled|chop|chopped|pin|pinned|"
                           r"wash|washed|wind|wound|hose|hosed)\s+down\s+" + _PARTICLE_HEDGES)
_LEVEL_BEFORE = re.compile(r"(?<!\bup )\b(?:to|at|from|below|above|past)\s+(?:an?\s+)?(?:(?:record|new|all-time|fresh|high|low|peak)\s+)*"
                           r"(?:of\s+)?(?:about\s+|nearly\s+|around\s+|some\s+|roughly\s+|more than\s+|over\s+)?$")
# "fall back to the previous level of $18.1 trillion", "rose to a record high of 5%": the level reached
_LEVEL_OF_BEFORE = re.compile(r"\b(?:to|at)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}"
                              r"(?:level|high|low|peak|mark|total|figure|rate)\s+of\s+"
                              r"(?:about\s+|nearly\s+|around\s+|some\s+|roughly\s+|more than\s+|over\s+)?$")
# "lost eight of 10": a count of a whole before the figure
_PART_OF_BEFORE = re.compile(rf"\b(?:\d+|{'|'.join(w for w, v in numbers.UNITS.items() if 1 <= v <= 12)})"
                             r"\s+(?:out\s+)?of\s+(?:the\s+|their\s+|its\s+)?(?:last\s+)?$")
# "grew at a rate of 12%", "shrinking at an annual pace of 2%": the speed of the movement, not a level
_PACE_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+at\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}"
                          rf"(?:{'|'.join(lx.PACE_NOUNS)})\s+of\s+(?:about\s+|nearly\s+|around\s+|some\s+|roughly\s+|more than\s+|over\s+)?$")
# "an increase in sales of 5%" (not "a net loss in the quarter of $167 million": a loss made is a level)
_RELATIVE_TO = re.compile(r"(?:,\s+or\s+[^,;()]{1,30},)?\s+(?P<d>above|below|higher than|lower than|under)\s+"
                          r"(?!(?:the\s+)?(?:sea|ground|street|water)\s+level)(?:the\s+|its\s+|their\s+|last\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?"
                          r"(?:(?:levels?|figures?|numbers?|totals?|average|mark|forecasts?|estimates?|target|norm|normal)\b"
                          r"|(?<=\s)(?:those|that)\s+(?:of|in|for|a)\s)", re.I)  # ("60 percent above those in July")
_MOVE_NOUNS = "|".join(sorted(lx.UP_NOUNS | lx.DOWN_NOUNS - {"loss"}))
_CHANGE_OF_THING = re.compile(rf"\b(?:an?|the|its|their)\s+(?:[a-z-]+\s+)?(?P<n>{_MOVE_NOUNS})"
                              rf"\s+(?:in|of|for|to)\s+(?:[\w'’&.-]+\s+){{1,5}}?of\s+(?:{_HEDGE_WORDS}\s+)*$")
# ("up this year by 4%": when, between the movement and its size)
_MOVED_WHEN = r"(?:(?:this|last|so\s+far\s+this)\s+(?:year|month|week|quarter|season)\s+)?"
_UP_BEFORE = re.compile(rf"(?<!\bon )\b(?:{'|'.join(sorted(lx.UP_FORMS, key=len, reverse=True))})\s+{_MOVED_WHEN}(?:by\s+)?(?:an?\s+average\s+)?(?:of\s+)?(?:between\s+)?(?:{_HEDGE_WORDS}\s+)*$")
_LOSS_OF_BEFORE = re.compile(rf"\b(?:(?:net|pre-?tax|operating|annual|quarterly|total|combined|trading)\s+)?"
                             rf"loss(?:es)?\s+of\s+(?:{_HEDGE_WORDS}\s+)*$")
_RAISED_BEFORE = re.compile(rf"\b(?:raise|raised|raises|raising)\s+(?:{_HEDGE_WORDS}\s+)*$")
_DOWN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(lx.DOWN_FORMS, key=len, reverse=True))})\s+{_MOVED_WHEN}(?:by\s+)?(?:an?\s+average\s+)?(?:of\s+)?(?:between\s+)?(?:{_HEDGE_WORDS}\s+)*$")


def _moved_by(doc: Doc, pattern: re.Pattern, before: str, mention: Mention) -> bool:
    """Whether ``pattern`` finds a word of movement right before the figure that the parse reads as one: a noun
    spelt like a movement verb is not one ("new contracts over 40 MW", "garden sheds of 6 feet")."""
    found = pattern.search(before)
    if not found:
        return False
    word = span_tokens(doc, mention.start - len(before) + found.start(), mention.start - len(before) + found.start() + 1)
    return word is None or word.root.pos_ not in ("NOUN", "PROPN") or \
        lx.lemma(word.root) in lx.UP_NOUNS | lx.DOWN_NOUNS | {"up", "down", "higher", "lower"}


# "grew at 6.7 percent": a growth verb, then the rate it grew at
_GREW_AT = re.compile(r"\b(grow|grew|grown|growing|grows|expand(?:ed|ing|s)?|contract(?:ed|ing|s)?|shr[iau]nk(?:ing|s)?|shrank)"
                      r"\s+(?:by\s+)?(?:an?\s+(?:annual|annualized|annualised|yearly)\s+)?at\s+"
                      rf"(?:(?:{_HEDGE_WORDS}|annual|annualized|annualised|yearly|seasonally-adjusted)\s+)*$")
# the next figure of a list and the movement both share: "were 11.5 percent and 24 percent lower"
_LISTED_MOVE = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:,\s*|\s+)(?:and|or)\s+(?:about\s+|nearly\s+)?[\d.,]+\s*"
                          r"(?:%|percent|per cent|percentage points?|points?)\s+(higher|lower|up|down|more|less)\b", re.I)


# what a count can drop by: "dropped three places", "dropped 12 seats"
_RANKS = {"place", "spot", "position", "rank", "seat", "notch", "rung", "slot", "point", "pound"}


# "grows to 21 million by 2020 and 24 million by 2026": the second figure is a level reached too
_GAPPED_TO = re.compile(r"\bto\s+(?P<to>[^,;]{1,30}?)\s+(?:by|in)\s+(?:the end of\s+)?(?:19|20)\d\d\s*,?\s+and\s+(?:to\s+)?$")
# games or matches lost are defeats, not fewer games: "a six-game loss to Detroit", "lost two games"
_CONTESTS = {"game", "match", "set", "round", "inning", "innings", "leg", "frame", "series", "bout", "fight"}
_DEFEAT = re.compile(r"\s+(?:loss|losses|defeat)\b")
_LOST_BEFORE = re.compile(r"\b(?:lose|loses|lost|losing)\s+(?:[\w'’]+\s+){0,2}$", re.I)
# "a 24% reduced risk", "a 12% increased risk": a participle that says the figure is a change of the noun after it
_CHANGED_ADJ = {"reduced": "down", "decreased": "down", "lowered": "down", "increased": "up", "elevated": "up",
                "heightened": "up"}


# "320km from the capital", "35 miles southwest of the port": a distance that says where
_WHERE_AFTER = re.compile(rf"\s+(?:from|away|off|outside|inland|(?:{'|'.join(sorted(lx.COMPASS_POINTS, key=len, reverse=True))})"
                          r"(?:ern)?\s+of)\b", re.I)
# "falling 60 metres (200 feet) from a ridge", "plunged 200 feet into a ravine": where from or to (not "from its peak")
_FELL_FROM = re.compile(r"\)?\s*(?:\([^)]*\)\s*)?(?:from|off|into|onto|down)\s+(?:a|an|the|his|her|their)\s+"
                        r"(?!(?:[\w-]+\s+)?(?:peak|high|level|record|low|average)\b)", re.I)
_FALL_BEFORE = re.compile(rf"\b(?:fall|fell|fallen|falling|falls|plunged?|plunging|tumbled?|tumbling|plummet(?:ed|ing)?)\s+"
                          rf"(?:{_HEDGE_WORDS}\s+)?$", re.I)


def _says_where(text: str, mention: Mention, end: int) -> bool:
    """Whether a distance a movement verb governs only says where: set off by a comma before a place ("Houses
    collapsed in the district, some 320km from the capital") or fallen from or into one ("died after falling 150
    metres from a ridge"), not how far a level moved ("the river fell 2 metres from its peak")."""
    before = text[max(0, mention.start - 30):mention.start]
    return bool(_WHERE_AFTER.match(text, end) and re.search(rf",\s*(?:{_HEDGE_WORDS}\s+)?$", before)
                or _FELL_FROM.match(text, end) and _FALL_BEFORE.search(before))


def _direction(doc: Doc, span: Span, anchor: Token, mention: Mention, unit_end: int = -1) -> tuple[str | None, bool]:
    """("up"|"down"|None, whether the number is itself the change rather than the level reached)."""
    text = lx.sentence_text(doc)
    before = text[max(0, mention.start - 40):mention.start].lower()
    after = text[mention.end:mention.end + 25].lower()
    if anchor.pos_ == "NOUN" and not span.start <= anchor.i < span.end and anchor.dep_ in ("dobj", "nsubjpass") \
            and lx.lemma(anchor.head) in ("drop", "down", "contract") and lx.lemma(anchor) not in _RANKS:
        return None, False  # "dropped four bombs", "2,000 leaflets were dropped", "downed one jet", "contracted ten
        # buses": released, shot down or hired, not fewer
    held = span.root
    while held.dep_ in ("nummod", "quantmod", "compound") and held.head != held:
        held = held.head
    if lx.lemma(held.head) == "drop" and held.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(lx.lemma(o) in _PAYLOADS for o in c.children)
            for c in held.children):
        return None, False  # "dropped 80,000 tonnes of bombs": released (but "output dropped 80,000 tonnes")
    if _found(anchor if not span.start <= anchor.i < span.end else span.root):
        return None, False  # "police recovered $10,000": found, not a rebound (but "the pound recovered 2 cents")
    if re.search(r"\badd(?:s|ed|ing)?\s+(?:an?\s+)?(?:(?:career|season|game|team)-high\s+)?$", before) \
            and _scored(text, mention.start, mention.end, unit_end):
        return None, False  # "Smith added 16 points and seven rebounds": a player's tally, not a rise
    pace = _PACE_BEFORE.search(before)
    if pace and pace.group("verb") in lx.UP_FORMS | lx.DOWN_FORMS:
        return ("up" if pace.group("verb") in lx.UP_FORMS else "down"), True
    noun_after = re.match(r"\s*(?:(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)\s+|y-o-y\s+|yoy\s+)?([a-z]+)",
                          text[mention.end:mention.end + 40].lower())  # "a 35 percent year on year growth"
    if noun_after and noun_after.group(1) in _CHANGED_ADJ and re.match(r"\s+[a-z]", text[noun_after.end(1) + mention.end:]):
        return _CHANGED_ADJ[noun_after.group(1)], True  # "a 24% reduced risk of heart disease"
    if noun_after and noun_after.group(1) in lx.UP_NOUNS | lx.DOWN_NOUNS:
        # "slowed to 6.5% growth", "from a 27 percent drop": the figure sizes the change noun after it
        return ("up" if noun_after.group(1) in lx.UP_NOUNS else "down"), True
    extra = re.match(r"\s+(more|fewer)\s+\S", text[mention.end:unit_end]) if unit_end > mention.end else None
    counted = next((t for t in reversed(doc) if t.idx < unit_end), None) if extra else None
    if counted is not None and lx.lemma(counted) not in _PERIOD_UNITS | lx.UP_NOUNS | lx.DOWN_NOUNS | {"time"} \
            and (mention.value != 1 or re.match(r"\s+than\b", text[unit_end:])):
        # "hire 500 more workers", "3,000 fewer deaths than" (but "one more thing to worry about", "two more
        # rate hikes": events counted, not a difference)
        return ("up" if extra.group(1) == "more" else "down"), True
    compared = re.match(r"\s*(more|fewer|less)\s+(?!than\b|last\b|this\b|next\b|in\b|on\b|by\b|over\b|during\b|"
                        r"year\b|a\s+year\b)[a-z]", after) if mention.dimension == "percentage" else None
    if compared:  # "30% more umbrellas", "75% fewer appointments": a relative difference
        return ("up" if compared.group(1) == "more" else "down"), True
    if mention.dimension == "percentage":
        comparative = _COMPARATIVE.match(after)
        if comparative:  # "graphics 60 percent faster than the previous generation", "a 40% larger battery"
            return ("up" if comparative.group(1) in lx.UP_COMPARATIVES else "down"), True
    named = _CHANGE_OF_THING.search(text[max(0, mention.start - 80):mention.start].lower())
    if named:  # "an increase in sales of 5%", "a depreciation in the pound of more than 10 percent"
        return ("up" if named.group("n") in lx.UP_NOUNS else "down"), True
    if _sizes_object(doc, mention, unit_end):
        return None, False  # "cut a 10-year deal", "added a 450-foot homer": the deal and the homer moved, not the figure
    grew_at = _GREW_AT.search(before) if mention.dimension == "percentage" else None
    if grew_at:  # "GDP grew at 6.7 percent", "the economy contracted at 2%": the rate of growth, not a level
        return ("down" if grew_at.group(1).startswith(("contract", "shr")) else "up"), True
    gapped = _GAPPED_TO.search(before)
    if gapped and bool(re.search(r"%|per\s?cent", gapped.group("to"))) != (mention.dimension == "percentage"):
        gapped = None  # "rose 5% to $3bn in 2015 and 7% in 2016": the 7% is the next rise, not a level
    if _LEVEL_BEFORE.search(before) or _LEVEL_OF_BEFORE.search(before) or gapped:
        t = anchor
        while t.head != t and t.head.pos_ not in ("VERB", "AUX") and (
                t.dep_ in ("nummod", "quantmod", "compound", "pobj") or t.dep_ == "prep" and t.head.dep_ == "prep"):
            t = t.head  # (and "halve from 3.4% to 1.8%", where the parse hangs "to" on "from")
        named = _named_change(t.head, t, mention) if t.head.pos_ in ("VERB", "AUX") else None
        if named:
            return named, True  # "GDP growth stood at 6.9%": the growth
        up = _UP_BEFORE.search(before[:before.rfind(" ", 0, len(before.rstrip()))] + " ")
        return ("up" if up else None), False  # "rose 5% to $3bn": the level reached
    if not mention.dimension and (re.match(r"\s+(?:out\s+)?of\s+(?:the\s+|their\s+|its\s+)?(?:last\s+)?(?:\d|(?:two|three|"
                                           r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b)", after)
                                  or _PART_OF_BEFORE.search(before)):
        return None, False  # "have lost eight of 10": a part of a whole, not a fall
    if (mention.dimension == "currency" or mention.dimension == "percentage"
            and re.match(r"\s*(?:%|percent|per cent)?\s+of\s", text[mention.end:])) and _RAISED_BEFORE.search(before):
        return None, False  # "it raised $12 billion", "VAT raises 65% of tax income": money raised, a level (but
        # "raised it by $2 billion" is up)
    if mention.dimension == "currency" and _LOSS_OF_BEFORE.search(before) \
            and not re.match(r"\s+in\s+(?:its\s+|their\s+|the\s+)?(?:market\s+)?(?:value|valuation|worth|capitali[sz]ation)\b",
                             text[max(mention.end, unit_end):]):
        return None, False  # "a loss of $5m", "losses of $916m": the amount lost (but "a loss of $3bn in market value")
    phrasal = _PHRASAL_UP.search(before)
    if phrasal and re.match(r"(?:pick|end)", phrasal.group(0)) and (
            mention.dimension == "percentage" or re.match(r"\s*(?:%|per ?cent|points?)\b", text[mention.end:])):
        phrasal = None  # "shares picked up 5%", "the index ended up 2%": a rise
    if re.search(r"(?:\b(?:its|the|a|an|their|his|her|our|this|that)|['’]s)\s+(?:growing|rising|falling|increasing|declining|"
                 r"shrinking|expanding|dwindling)\s+$", before):
        return None, False  # "its growing 4G portfolio": an adjective, not a movement of the number
    up_word, down_word = _moved_by(doc, _UP_BEFORE, before, mention), _moved_by(doc, _DOWN_BEFORE, before, mention)
    if up_word and not phrasal:
        return "up", True
    if down_word and not (_PHRASAL_DOWN.search(before) and mention.dimension not in ("percentage", "currency")):
        return "down", True
    if re.match(r"\s*(?:higher|more than|up(?!\s+to\b))\b", after) \
            or mention.dimension == "percentage" and re.match(r"\s*more\s*(?:[.,;)]|$)", after):  # "cost 2.5 percent more."
        return "up", True
    relative = _RELATIVE_TO.match(text, mention.end if unit_end < 0 else unit_end)
    if relative:  # "1.7 billion euros, or 1.3 percent, above the 2015 number": the difference from it
        return ("up" if relative.group("d").lower().startswith(("above", "higher")) else "down"), True
    listed = _LISTED_MOVE.match(text, mention.end)
    if listed:  # "11.5 percent and 24 percent lower": both are lower
        return ("up" if listed.group(1).lower() in ("higher", "up", "more") else "down"), True
    # (a multiple, "three times more than", is a ratio, not a difference)
    past_unit = text[unit_end:unit_end + 20].lower() if unit_end > mention.end and \
        not re.match(r"\s*times\b", text[mention.end:unit_end]) else ""
    if re.match(r"\s*(?:higher|more|greater|larger|bigger)\s+than\b", past_unit):
        return "up", True  # "300 cars more than last year": a difference
    if re.match(r"\s*(?:lower|less|fewer|smaller)\s+than\b", past_unit):
        return "down", True  # "4.91 million tons lower than in September"
    if re.match(r"\s*(?:lower|less than|fewer than|down)\b(?!\s+(?:payments?|with|and\s+\$))", after) \
            or mention.dimension == "percentage" and re.match(r"\s*(?:less|fewer)\s*(?:[.,;)]|$)", after):
        return "down", True
    t = anchor
    when = anchor if anchor.dep_ == "npadvmod" else anchor.head if anchor.dep_ == "nummod" else None
    if when is not None and when.dep_ == "npadvmod" and lx.lemma(when) in _PERIOD_UNITS:
        return None, False  # "two weeks later, it had grown to 1,700": when, not how much
    based = False  # under a "from": "rose to $7bn, up from $6bn" (the parse hangs "from" on "up")
    for _ in range(5):
        h = t.head
        if h == t:
            break
        if span.start <= h.i and h.idx < unit_end:
            t = h  # the unit of the quantity itself: "cut by 400,000 barrels"
            continue
        lemma = lx.lemma(h)
        based = based or t.dep_ == "prep" and t.lower_ == "from"
        if t.dep_ == "conj" and (h.dep_ == "pobj" and h.head.lower_ in ("to", "at") and h.head.dep_ == "prep"
                                 and any(c.like_num for c in h.subtree if c.i < t.i)
                                 or h.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < t.i
                                                             and any(x.like_num for x in c.subtree) for c in h.children)):
            return None, False  # "dropped to 90% and then 85%": the next level reached, like the first
        if t.dep_ == "appos" and lemma not in lx.UP_NOUNS | lx.DOWN_NOUNS and not any(c.like_num and c != t for c in h.children):
            break  # "could double the club record, the $90 million paid last year": the record named, not a rise
            # (but "grew 39.1 percent, 22.8 percent and 18.1 percent": the next figures of a list)
        if h.pos_ in ("VERB", "AUX"):
            if t.dep_ == "nsubj":
                break  # "five banks rose 3%", "the 13-inch has dropped $100", "of the 40 patients, 12 recovered":
                # (in) what moved, not the movement
            prep = t.lower_ if t.dep_ == "prep" else ""
            to_level = prep in ("to", "at", "from") or based
            if prep in ("of", "among"):
                break  # "Of the 40 patients, 12 recovered": the whole the movers come from, not a movement
            if lemma == "raise" and (mention.dimension == "currency" and not prep or t.dep_ == "nsubjpass"):
                return None, False  # "raised $1.5 billion", "?14.6m has been raised" (not "raised it by $2bn")
            if lemma == "decline" and any(c.dep_ == "xcomp" for c in h.children):
                break  # "19 states declined to do so": a refusal, not a fall
            if lemma in lx.DOWN_VERBS and any(c.lower_ in ("up", "open") and (c.dep_ == "prt" or c.i == h.i + 1)
                                                  for c in h.children):
                break  # "troughs cutting up a million square kilometres", "cut open the 20-foot python": cut into, not cut back
            if lemma == "add" and _scored(text, mention.start, mention.end, unit_end):
                return None, False  # "added 12 points and seven rebounds": the list's later items too
            named = _named_change(h, t, mention)
            if named:
                return named, True  # ("growth slowed to 6.5%": still a growth of 6.5%)
            if prep == "by" and lemma in lx.OVERSHOOT_VERBS | lx.UNDERSHOOT_VERBS:
                return "up" if lemma in lx.OVERSHOOT_VERBS else "down", True  # "exceeded last year's figure by 900
                # million euros", "missed its target by 2 points": the difference from what is named
            if lx.moved(lemma):
                return lx.moved(lemma), not to_level
            moved = change_verb_of_by(t) if mention.dimension == "percentage" else None
            if moved is not None:  # "cut the chance of being admitted by 40%": the parse hung "by" in the object
                return lx.moved(lx.lemma(moved)), True
            break
        if h.pos_ in ("NOUN", "PROPN") or h.pos_ == "ADJ" and t.dep_ in ("npadvmod", "nummod", "compound") \
                and h.dep_ in ("dobj", "pobj", "nsubj", "attr", "conj", "appos") \
                and lemma in (lx.UP_NOUNS | lx.DOWN_NOUNS):  # "a 3 percent uptick" tagged ADJ
            if t.dep_ == "conj" and t.pos_ == "NOUN" and lx.lemma(t) not in lx.QUANTITY_NOUNS \
                    and not quantulum.is_unit(t.text) and t.lower_ not in money.NAMES:
                break  # "40 losses and 3 glasses": the next item of a list, not the object of a change
            if t.lower_ == "from" and t.dep_ == "prep" or lemma in _FORECAST_NOUNS:
                break  # "losses from the prior three weeks", "short of forecasts of 18,250": not the change
            if lemma in lx.UP_NOUNS:
                return "up", True
            if lemma in lx.DOWN_NOUNS:
                return "down", True
            if t.lower_ == "by" and t.dep_ == "prep" and h.dep_ == "dobj" and h.head.pos_ == "VERB" \
                    and lx.moved(lx.lemma(h.head)):
                return lx.moved(lx.lemma(h.head)), True  # "expands incentives for school choice by $1.4 billion":
                # the parse hung "by" on the verb's object
            if lemma not in lx.QUANTITY_NOUNS and not (span.start <= h.i < span.end):
                break
        elif h.pos_ == "ADP" and h.lower_ not in ("of", "by", "to", "at", "from"):
            break
        t = h
    return None, False


# verbs that say what their subject measures ("growth stood at 6.9%", "the decline amounted to 3%")
_LINKING_VERBS = {"stand", "amount", "come", "remain", "hover", "total", "reach", "stabilize", "stabilise", "settle",
                  "hold", "steady"}


def _named_change(verb: Token, t: Token, mention: Mention) -> str | None:
    """"up"/"down" when ``verb`` links the figure (reached through ``t``) to a subject that names a change:
    "investment growth was 6.9 percent", "growth stood at 6.9%", "growth slowed to 6.5%", "the decline amounted to
    3%" (not "the net loss was $5m": a loss made is a level); or to the object it sets: "brought growth to 6.7%"."""
    lemma = lx.lemma(verb)
    links = t.dep_ == "attr" and (lemma == "be" or verb.lower_ in ("is", "was", "are", "were", "been")) \
        or t.dep_ == "prep" and t.lower_ in ("at", "to", "from") and lemma in _LINKING_VERBS | lx.UP_VERBS | lx.DOWN_VERBS \
        or t.dep_ == "dobj" and lemma in ("total", "reach", "hit")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if links else None
    if (subj is None or lx.lemma(subj) not in lx.UP_NOUNS | lx.DOWN_NOUNS - {"loss"}) \
            and t.dep_ == "prep" and t.lower_ in ("to", "at") and verb.pos_ == "VERB":
        subj = next((c for c in verb.children if c.dep_ == "dobj" and lx.lemma(c) in lx.RATE_NOUNS), None)
        # ("brought growth to 6.7%" sets a rate; "a drop to 1,350 points", "its climb to 66.6%" reach a level)
    if subj is None or lx.lemma(subj) not in lx.UP_NOUNS | lx.DOWN_NOUNS - {"loss"}:
        return None
    return "up" if (lx.lemma(subj) in lx.UP_NOUNS) == (mention.value >= 0) else "down"


# "60 percent faster than the previous generation", "a 40% larger battery": a relative difference
_COMPARATIVE = re.compile(rf"\s*({'|'.join(sorted(lx.UP_COMPARATIVES | lx.DOWN_COMPARATIVES))})\b(?!-)")
_STATS = re.compile(r"\b(?:rebounds?|assists?|yards?|goals?|touchdowns?|tackles?|saves?|steals?|blocks?|receptions?|"
                    r"catches|strikeouts?|hits?|runs?|tries|wickets?|three-pointers?|free throws?)$", re.I)
_POINTS = re.compile(r"\bpoints?$", re.I)
_SPORT_CUE = re.compile(r"\b(?:rebounds?|assists?|off the bench|in the (?:win|loss|victory|defeat)|three-pointers?|"
                        r"free throws?|field goals?)\b|\bfor the [A-Z]")


def _sizes_object(doc: Doc, mention: Mention, unit_end: int) -> bool:
    """Whether the figure and its unit only describe the noun after them ("a 10-year deal", "a 500-worker plant",
    "10-year yields"), so a verb before them moves that thing, not the figure (but "a 30% rise", "5 percent year on
    year", "2,000 jobs" keep theirs)."""
    last = next((t for t in reversed(doc) if t.idx < max(unit_end, mention.end)), None)
    if last is None or last.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = last.head
    if head.idx < max(unit_end, mention.end) or head.pos_ not in ("NOUN", "PROPN") or lx.lemma(head) in \
            lx.QUANTITY_NOUNS | _PERIOD_UNITS | _FORECAST_NOUNS or quantulum.is_unit(head.text):
        return False
    text = lx.sentence_text(doc)
    if _COMPARATIVE.match(text, max(unit_end, mention.end)) \
            or re.match(r"\s*(?:more|fewer|less)\b", text[max(unit_end, mention.end):]):
        return False  # "a 40% larger battery": the figure is how much larger
    hyphen = re.search(r"\d\s*-\s*[a-z]", text[mention.start:max(unit_end, mention.end)], re.I)
    return bool(hyphen or any(c.dep_ in ("det", "poss") and c.idx < mention.start for c in head.children))


def _scored(text: str, start: int, end: int, unit_end: int) -> bool:
    """Whether an "added" figure is a player's tally: "added 16 points for the Tar Heels", "added 82 yards"
    (but not "the Dow added 200 points": an index's points move)."""
    unit = text[start:max(end, unit_end)]
    bare_tally = unit.strip().isdigit() and re.match(r"\s*[,;]", text[max(end, unit_end):]) \
        and re.search(r"\bscored\s+(?:\w+\s+){0,2}points\b", text)  # "Pusar added 13, while Miller scored eight points"
    return bool(_STATS.search(unit) or _POINTS.search(unit) and _SPORT_CUE.search(text) or bare_tally)


_PAYLOADS = {"bomb", "leaflet", "munition", "explosive", "ordnance", "aid", "supply", "food", "water", "retardant",
             "flyer", "pamphlet", "package", "sandbag", "seed"}  # what is dropped from the air


# who recovers things rather than value: "police recovered $10,000 in stolen cash"
_FINDERS = {"police", "officer", "detective", "investigator", "agent", "authority", "official", "troop", "soldier",
            "diver", "rescuer", "searcher", "firefighter", "team", "crew", "customs", "coastguard", "investigation"}


def _found(t: Token) -> bool:
    """Whether ``t`` is what someone recovered or retrieved (an object found, not a value that rebounded)."""
    while t.dep_ in ("nummod", "compound", "quantmod", "amod") and t.head != t:
        t = t.head
    v = t.head
    return t.dep_ == "dobj" and v.pos_ == "VERB" and lx.lemma(v) in ("recover", "retrieve") and any(
        c.dep_ == "nsubj" and (c.pos_ == "PRON" and c.lower_ != "it" or lx.lemma(c) in _FINDERS) for c in v.children)


def _kind(doc, span, mention, unit, dimension, direction, change_like, end) -> str:
    low = lx.sentence_text(doc).lower()
    after = low[end:end + 30]
    before = low[max(0, mention.start - 40):mention.start]
    if unit in ("percentage point", "basis point"):
        return "change"
    if dimension == "percentage":
        if re.match(r"\s*(?:of|share)\b", after) or fronted_whole(span.root) is not None or re.search(r"\b(?:accounted for|accounting for|account for|accounts for|represent\w*|made up|makes up|make up|share of|proportion of|stake of|stake)\s+(?:about\s+|nearly\s+|some\s+|around\s+|over\s+)?$", before):
            return "share"
        if direction is not None and change_like:
            return "growth"
        if any(c in low for c in lx.GROWTH_CUES) and re.search(r"\b(?:growth|grow|grew|rise|rose|increase|expan|gain|decline|fell|fall|drop|up|down)", low):
            return "growth" if direction is not None or re.search(r"\b(?:growth|rate)\b", before) else "level"
        return "level"
    if direction is not None and change_like:
        return "change"
    if mention.is_fraction and (re.match(r"\s+of\b", after) or _FRACTION_OF.match(low, end)):
        return "share"  # "a third of them", "half the condos": a part of a group
    return "level"


