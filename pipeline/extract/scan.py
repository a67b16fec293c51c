"""Find the numbers in a sentence and read their value, scale, range, currency or percent unit.

Pure text, no parse: this is the cheap first pass. What needs the parse (the counted noun, the
subject, direction from the verb) is decided later in :mod:`pipeline.extract.context`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from . import money
from .labels import PHONE_LEAD_RE, PHONE_PAREN_RE, PHONE_PLUS_RE, is_label
from .numbers import NUMERAL, SCALES, SHORT_SCALES, VAGUE, WORD_NUMBER, Number, parse_numeral, parse_word_number, scale_of

_START = (r"(?:(?<![\w.,/:#@&+-])|(?<=\$[A-Z])|(?<=(?i:minus)-)|(?<=(?i:sub|now)-)|(?<=(?i:magnitude)-)"
          r"|(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})"
          r"|(?<=\beuro)|(?<=\bRmb)|(?<=\bRs)|(?<=\bR)|(?<=\bDh)"
          # a scraped page's hyphen for a space: "government-75 million euros", "about-250 people", "Instead,-24 million"
          r"|(?:(?<=[a-z]{3}-)|(?<=[a-z][,;:]-))(?=[\d,.]+\s?(?:million|billion|trillion|mln|bln|bn|percent|per cent|%|euros?|dollars?|yuan"
          r"|pounds|people|years)\b))")
_NUM_BODY = rf"(?P<n>(?P<num>{NUMERAL})(?![\d])|(?P<word>(?i:{WORD_NUMBER}))(?!\w)(?!-(?:[a-z]+-)?(?:off|way|sided|on|one|out|liners?|stop|shot|size|fits?|thirds?|quarters?|fifths?|fourths?)\b))"
NUM_RE = re.compile(rf"{_START}(?P<sign>[-−+](?=\d))?{_NUM_BODY}")
NUM2_RE = re.compile(rf"(?P<sign>)(?<![\w.]){_NUM_BODY}")
_LONG_SCALES = "|".join(sorted((s for s in SCALES if s not in SHORT_SCALES), key=len, reverse=True))
SCALE_RE = re.compile(rf"(?:[ \u00a0-]?(?P<long>(?i:{_LONG_SCALES}))\b|(?P<short>[kKmMbB]|tr)(?![\w]))")
# a capital M or B set apart from the number, before a counted noun: "8 B people", "2 M users"
_SPACED_SCALE_RE = re.compile(r"[ \u00a0](?P<s>[MB])(?:(?=[ \u00a0]"
                              r"(?P<noun>(?!(?:of|in|on|at|to|and|or|per|for|from|with|an?|the|was|is|are)\b)[a-z]{3,}))"
                              r"|(?![\w&'-]))")
PERCENT_RE = re.compile(
    r"(?:\s|-(?=per))?(?:(?P<pp>percentage[ -]points?|pct[ .]?pts?\b|ppts?\b|pp\b)"
    r"|(?P<bp>basis[ -]points?|bps\b|bp\b)"
    r"|(?P<pc>%|per[ -]?cent\b|pct\b\.?|(?<=\d)pc\b|precent\b|percet\b|perecnt\b))",  # (and common misspellings)
    re.I,
)
NAME_RE = re.compile(rf"(?:[ \u00a0]|-(?=[a-z]))?(?P<name>{money.NAME_PATTERN})\b", re.I)
# "1,200€", "350 €": a currency symbol written after the amount (continental style)
SYMBOL_SUFFIX_RE = re.compile(r"[ \u00a0]?(?P<sym>[€£¥₹₩₽₺₪₦₱$])(?![\w$€£¥])")
ISO_SUFFIX_RE = re.compile(rf"[ \u00a0]?(?P<iso>{'|'.join(sorted(money.ISO_CODES))})\b")
MINOR_RE = re.compile(r"(?:[ \u00a0](?P<major>euro|us|u\.s\.|canadian|australian)?[ \u00a0]?(?P<minor>cents?|pence)\b"
                      r"|(?P<p>p)(?![\w])(?!\s*(?:HD|cameras?|videos?|display|screens?|resolution|streaming|recording|"
                      r"playback|footage|TVs?|monitors?|webcam|quality|mode)\b))", re.I)  # (not "a 720p camera")
_MINOR_OF = {"euro": "EUR", "us": "USD", "u.s.": "USD", "canadian": "CAD", "australian": "AUD"}
PREFIX_RE = re.compile(rf"(?P<cur>{money.PREFIX_PATTERN})[ \u00a0]?$")
RANGE_SEP_RE = re.compile(r"(?:-\s(?=to\s))?\s?(?P<sep>-to-|-|–|—|to|and)\s?")  # and "a 20- to 25-year deal", "5-to-10"

GLUED_CODE_RE = re.compile(rf"(?:^|[^A-Za-z])(?:{'|'.join(sorted(money.ISO_CODES))}|RM|Rmb|Rs|Dh)$")
_FEET_INCHES_RE = re.compile(r"-(?:foot|feet|ft)-(?P<in>\d{1,2})(?:-inch(?:es)?)?(?![\d.,])")  # a height
# "5'5\"", "6′2″", "5' 10\"", "the 5'10 guard": feet and inches marks, a height (not "45'", a football minute)
_FEET_MARKS_RE = re.compile(r"['′’](?:(?P<in>\d{1,2})(?:[\"″”]|'')?(?![\w'’.,]\w)|\s(?P<in2>\d{1,2})(?:[\"″”]|''))")
HEDGES = [  # (pattern before the number, approx, kind of bound)
    (r"(?<!\bno )(?<!\bnot )(?:more|greater|higher|larger|bigger|stronger|heavier|longer|older|wider|taller|deeper|faster|warmer|hotter"
     r"|louder|thicker) th[ae]n|over than|over the age of|(?<!\bhanded )(?<!\bhand )(?<!\bfight )"
     r"(?<!\bfought )(?<!\bfighting )(?<!\bargued )(?<!\bclash )(?<!\bclashed )over|above|in excess of|upwards of|(?<!\bnot )(?<!\bnever )(?<!n't )exceed(?:ed|ing|s)?|"
     r"surpass(?:ed|ing|es)?|(?<!\bon )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!['’]s )top(?:ped|ping|s)?|beyond|north of|just over|well over", ">"),
    (r"at least|no (?:less|fewer|lower|smaller|shorter|younger) than|a minimum of|or more", ">="),
    (r"(?<!\bno )(?:less|fewer|lower|smaller|younger|shorter|lighter|weaker|slower|cheaper|narrower|shallower|colder"
     r"|cooler|thinner|quieter) than|under the age of|under|below|just under|short of|south of", "<"),
    (r"up to|no (?:more|longer|larger|bigger|higher|greater|older|heavier|taller|wider) than|not more than|at most|a maximum of|as (?:many|much|high) as|(?:not|never|\w+n't) exceed(?:ing|s|ed)?|or less|capped at", "<="),
    (r"nearly|almost|close to|approaching|just shy of", "~-"),
    (r"about|around|approximately|approx\.|roughly|some|circa|c\.|an estimated|estimated|"
     r"or so|nearly|almost|close to|in the region of|on the order of|in the vicinity of|in the neighbou?rhood of", "~"),  # "an average of" is exact
]
# (and "about-250 people": a scraped page's hyphen for a space)
HEDGE_RES = [(re.compile(rf"\b(?:{p})(?:\s*(?:of\s*)?(?:a|an)?\s*|-)$", re.I), a) for p, a in HEDGES]


@dataclass
class Mention:
    start: int            # offsets within the scanned string
    end: int
    value: float
    value_max: float | None = None
    half_step: float = 0.5       # printed precision, fully scaled
    unit: str = ""
    dimension: str = ""          # currency, percentage, ... ("" = decided later)
    approx: str = "="
    approx_side: str = ""        # "-" for "nearly": the true value is at or below the figure
    scaled: bool = False         # a scale word was present
    is_word: bool = False        # written in words
    maybe_year: bool = False
    dash_range: bool = False     # "3-1": a range only if a unit confirms it
    phrase_end: int = -1         # the end of the size this figure is one side of ("8" in "8-by-12 feet")
    notes: list[str] = field(default_factory=list)

    @property
    def is_fraction(self) -> bool:
        """A fraction written in words: "half", "a third", "two-thirds" (not "half a million")."""
        return self.is_word and 0 < self.value < 1 and not self.scaled


def _read(m: re.Match) -> Number | None:  # noqa: D103
    if m.group("num"):
        return parse_numeral(m.group("num"))
    return parse_word_number(m.group("word"))


def _scale_at(s: str, pos: int, has_currency: bool) -> tuple[float, int]:
    if has_currency and s[pos:pos + 2] == "MM" and not s[pos + 2:pos + 3].isalnum():
        return 1e6, pos + 2  # "$20MM": the finance pages' million
    m = SCALE_RE.match(s, pos)
    if not m:
        spaced = _SPACED_SCALE_RE.match(s, pos)
        if spaced and (has_currency or spaced.group("noun")):
            return SCALES[spaced.group("s").lower()], spaced.end("s")  # "8 B people", "$2 M": not bytes or metres
        return 1.0, pos
    word = m.group("long") or m.group("short")
    if m.group("short"):
        # "5m", "$3bn", "20k": only when attached; "m" after a bare number could be metres.
        if not has_currency and word.lower() in ("m",):
            nxt = s[m.end():m.end() + 20]
            if re.match(r"\s*(?:by|x|×)\s*[\d.]+\s?m\b", nxt) \
                    or re.match(r"\s+of\b", nxt) and re.search(r"\bwithin\s+[\d.]+$", s[max(0, pos - 16):pos]) \
                    or re.search(r"\d\s?m\s*(?:by|x|×)\s*[\d.]+$", s[max(0, pos - 30):pos]):
                return 1.0, pos  # "a room 5m by 4m", "within 80m of the summit": metres, not millions
            if not re.match(r"\s+(?:[a-z]+)", nxt) or re.match(
                    r"\s+(?:long|high|deep|wide|tall|away|race|sprint|freestyle|hurdles|relay|final|heats?|event|"
                    r"backstroke|breaststroke|butterfly|medley|while|when|after|before|above|below|into|down|up|"
                    r"under|across|through|along|towards?|beneath|underground|higher|lower|further|short|"
                    r"(?:from|off|above|below)\s+the\s+(?:ground|surface|top|bottom|shore|coast|summit|floor|sea))\b", nxt):
                # "fell about 600m while climbing", "the 400m final": metres, not millions
                return 1.0, pos
    return SCALES[word.lower()], m.end()


_ONE_TIME = re.compile(r"\s+(morning|afternoon|evening|day|night)\b(?!\s+(?:a|per|each|every)\b)", re.I)
_DURATION_CUE = re.compile(r"\b(?:for|in|of|within|spent|spend|spends|lasted|lasts|lasting|stay|stays|stayed|takes?|took|"
                           r"only|just|than|about|over|after|once|another|extra|whole|entire)\s+$", re.I)
_POINT_CUE = re.compile(r"(?:^|[,;:\"“(—–]|['’]d|\b(?:until|till|then|but|when|later|that|on|will|would|could|may|might|can|should|to))\s*$", re.I)


# "in one fell swoop", "on the one hand", "on one hand", "in one go": set phrases, not counts
_SET_PHRASES = re.compile(r"\bin\s+one\s+(?:fell\s+swoop|go)\b|\bon[\s-]+(?:the\s+)?one\s+hand\b", re.I)


def _one_as_time(s: str, end: int, before: str) -> bool:
    """Whether "one" before ``s[end:]`` names a time rather than a duration: "one morning, she called", "until
    one day", "will one day find", "hopes to run it one day.", "a one night stand" (but "spent one night",
    "lasted one day", "one day after the vote")."""
    tp = _ONE_TIME.match(s, end)
    if tp is None:
        return False
    after = s[tp.end():]
    if _POINT_CUE.search(before[-10:]) or not before.strip() or re.match(r"[\s-]stands?\b", after):
        return True
    point_word = tp.group(1).lower() not in ("day", "night") or re.match(r"\s*(?:$|[.,;!?\"”])", after)
    return bool(point_word) and not _DURATION_CUE.search(before[-12:])


def _one(s: str, m: re.Match, *, check_context: bool = True) -> Mention | None:
    """Read one number at match ``m``: currency prefix, scale, percent or currency suffix."""
    number = _read(m)
    if number is None:
        return None
    start, end = m.start("n"), m.end()
    is_word = m.group("word") is not None
    before, after = s[:start], s[end:end + 40]
    if is_word and m.group("word")[:1].isupper() and before.strip() and not before.rstrip().endswith((".", '"', "“", ":")) \
            and re.match(r"\s+[A-Z][a-z]", s[end:end + 3]) \
            and (m.group("word").lower() in ("one", "two", "three", "four") or m.group("word").isupper()
                 or re.search(r"(?<![\w'’-])[a-z]+\s+$", before)):
        # "the One Belt, One Road forum", "Two Sigma", "the film Eight Days A Week": part of a name (but in a
        # headline written in capitals, "Storm Kills Seven People", a count)
        return None
    if is_word and m.group("word").lower() == "half" and re.match(r"[\s-]?time\b", after) \
            and re.search(r"\b(?:at|by|after|before|until|till|since|from|the|to)\s+$", before[-8:], re.I):
        return None  # "level at half time", "after half-time": a point in a match, not a half
    if is_word and m.group("word").lower() == "one" and _one_as_time(s, end, before):
        return None  # "one morning, she called", "until one day": a time, not a duration
    if is_word and m.group("word").lower() == "one" and _SET_PHRASES.search(s[max(0, start - 8):end + 12]):
        return None  # "in one fell swoop", "on the one hand": set phrases, not counts
    if is_word and m.group("word").lower().endswith("score") and re.match(r"\s+of\s+\d", s[end:end + 9]):
        return None  # "awarded a score of 9/10": a rating, not twenty
    if check_context and m.group("num") and re.fullmatch(r"(?:19|20)\d\d", m.group("num")) \
            and re.match(r"\s+(?:dollars|euros|pounds|prices|terms)\b", after) \
            and re.search(r"\bin\s+(?:constant\s+|real\s+)?$", before[-16:]):
        return None  # "$57.14 in 2016 dollars": the year of a price level, not an amount
    if check_context and re.fullmatch(r"\d+", s[start:end]) and before[-1:] in ('"', "“") \
            and re.match(r"[,.]?[\"”]", s[end:end + 2]):
        return None  # 'album of the year for "25,"': a title, not a quantity
    if m.group("num") and re.match(r"0\d", m.group("num")):
        return None  # "000" of "300 000" in a year's shadow, "007": not a quantity by itself
    frac = re.match(r"/([2-9]|10)\s+of\b", s[m.end():m.end() + 8]) if not is_word else None
    if frac and number.half_step == 0.5 and 0 < number.value < int(frac.group(1)) and not s[m.end() + 2:m.end() + 3].isdigit():
        return Mention(start=start, end=m.end() + 1 + len(frac.group(1)), value=number.value / int(frac.group(1)),
                       half_step=0.0, is_word=True)  # "3/4 of the market"
    if check_context and re.match(r"/\d", s[m.end():m.end() + 2]) and not is_word:
        return None  # "9/11", "24/7", "3/4/2019": dates and labels, not quantities
    if check_context and before[-1:] == "(" and re.match(r"\d{1,3}\)", s[start:start + 4]) \
            and re.search(r"[\w)]\($", before[-2:]):
        return None  # "section 12(3)": a sub-section marker
    if m.group("sign") and s[max(0, m.start() - 1):m.start()].isalnum():
        return None  # "MC-21", "PD-14": a model name, not a negative number
    if is_word and s[end:end + 1] == "-" and (number.value == 1 or m.group("word")[:1].isupper() and start > 0
                                              or number.value < 1 and not re.match(
                                                  r"-(?:hour|day|week|month|year|decade|century|mile|point|percent|"
                                                  r"cent|dozen|million|billion|inch|pound|litre|liter)", s[end:end + 10], re.I)):
        return None  # "one-child policy", "the Five-Year Plan", "third-party", "half-staff": not quantities
    glued = _glued_currency(before, s, start) if not is_word else None
    if before[-1:].isalpha() and not GLUED_CODE_RE.search(before[-5:]) and not re.search(r"\$ ?[A-Z]{1,2}$", before[-5:]) \
            and glued is None:
        return None  # "A320", "G20", "COVID19": letters glued to a number that are not a currency code
    if check_context and not is_word and is_label(s, m.group("n"), number.value, start, end):
        return None  # a date, time, ordinal, label, address, phone number, list marker: not a quantity
    cur = None
    pm = PREFIX_RE.search(before[-8:])
    if glued is not None:
        cur, start = glued[0], start - glued[1]
    elif pm and not is_word and pm.group("cur") == "COP" and not re.match(r"\s*(?:[.,]\d|[\d,]*\s*(?:bn|mn|m|k|billion|million|"
                                                                      r"thousand|trillion)\b)", s[m.end("n"):]) \
            and number.value < 100:
        return None  # "COP 21", "COP26": the UN climate conference, not 21 Colombian pesos
    elif pm and not is_word:
        cur = money.code_for_prefix(pm.group("cur"))
        start -= len(pm.group(0))
        if re.search(r"(?:^|[\s(])[-−]$", s[max(0, start - 2):start]):
            start -= 1  # "-$7.25 million"
            number = Number(-number.value, number.half_step)
    sign = -1.0 if m.group("sign") and m.group("sign") != "+" else 1.0
    if m.group("sign"):
        start = m.start()
        sm = PREFIX_RE.search(s[max(0, start - 8):start]) if cur is None and not is_word else None
        if sm:  # "$-12.4bn": the sign after the currency symbol
            cur = money.code_for_prefix(sm.group("cur"))
            start -= len(sm.group(0))
    # "?1.3m": a currency sign lost to the text's encoding ("£" read as "?" or U+FFFD) is still a currency
    scale, end = _scale_at(s, end, cur is not None or money.ends_in_lost_sign(before))
    mention = Mention(start=start, end=end, value=_clean(sign * number.value * scale),
                      half_step=number.half_step * scale, is_word=is_word, scaled=scale != 1.0)
    height = (_FEET_INCHES_RE.match(s, end) or _FEET_MARKS_RE.match(s, end)) \
        if cur is None and scale == 1.0 and 1 <= number.value < 10 and number.value == int(number.value) else None
    inches = int(height.group("in") or height.group("in2")) if height else 12
    if inches < 12:  # "the 6-foot-9 senior", "5'5\"": six feet nine inches, five feet five
        mention.value = _clean(number.value + inches / 12)
        mention.half_step, mention.end = 1 / 24, height.end()
        mention.unit, mention.dimension = "foot", "length"
        return mention
    pc = PERCENT_RE.match(s, end)
    if pc and cur is None:
        mention.end = pc.end()
        if pc.group("pp"):
            mention.unit, mention.dimension = "percentage point", "percentage"
        elif pc.group("bp"):
            mention.unit, mention.dimension = "basis point", "percentage"
        else:
            mention.unit, mention.dimension = "percent", "percentage"
        return mention
    nm = NAME_RE.match(s, end)
    iso = ISO_SUFFIX_RE.match(s, end)
    minor = MINOR_RE.match(s, end)
    if minor and minor.group("major") and minor.group("minor"):
        nm = iso = None  # "50 euro cents", "12 US cents": the minor unit decides
    if cur is None and nm and _name_ok(nm.group("name"), mention, m.group("n")):
        cur = money.code_for_name(nm.group("name"))
        mention.end = nm.end()
    elif cur is None and iso:
        cur = money.code_for_prefix(iso.group("iso"))
        mention.end = iso.end()
    elif cur is None and (sym := SYMBOL_SUFFIX_RE.match(s, end)) and not re.match(r"\s?\d", s[sym.end():sym.end() + 2]):
        cur = money.code_for_prefix(sym.group("sym"))
        mention.end = sym.end()
    elif minor and not mention.scaled and (not is_word or minor.group("minor")) and (minor.group("minor") or cur is None):
        cur = "GBP" if (minor.group("minor") or "p").lower() in ("pence", "p") else \
            _MINOR_OF.get((minor.group("major") or "us").lower(), "USD")  # "50 euro cents" -> EUR 0.50
        mention.value /= 100
        mention.half_step /= 100
        mention.end = minor.end()
    if cur == "USD" and pm is not None and pm.group("cur") == "$":
        us = re.match(r" (?:US|U\.S\.)(?=[\s.,;)]|$)(?! dollars?)", s[mention.end:mention.end + 12])
        if us:
            mention.end += us.end()  # "$14.60 US", "$61 U.S. a barrel"
    if cur:
        mention.unit, mention.dimension = cur, "currency"
    if (not mention.dimension and not mention.scaled and not is_word and number.half_step == 0.5
            and "," not in m.group("n") and (1800 <= number.value <= 2100 or 2100 < number.value <= 2300
                                             and re.search(r"\b(?:by|in|until|till|before|after|since|through)\s+$",
                                                           before[-10:], re.I)
                                             or 1000 <= number.value < 1800 and number.value == int(number.value)
                                             and re.search(r"\b(?:in|since|until|till|circa)\s+$", before[-8:], re.I))) \
            and not re.match(r"\s+(?:in|by)\s+(?:19|20)\d\d\b", s[mention.end:mention.end + 12]):
        mention.maybe_year = True  # "in 2016", "by 2120" (but "reached 1800 in 2024" is a number)
    return mention


# "passed 60 to 40", "voted 52 to 48", "by a vote of 7 to 2": "N to M" after these is a vote tally
_VOTED = re.compile(r"\b(?:vot(?:e|ed|es|ing)|passed|approved|confirmed|rejected|defeated|backed|endorsed|ruled|"
                    r"split)\s+(?:(?:of|by)\s+)?(?:an?\s+(?:vote|margin|tally)\s+of\s+)?$", re.I)


def _voted(before: str) -> bool:
    """Whether "N to M" after ``before`` is a vote tally: "passed 60 to 40", "voted by 331 to 286 to reject one
    amendment and by 335 to 287 to dismiss another" (the second tally is gapped)."""
    return bool(_VOTED.search(before[-40:]) or re.search(r"\band\s+by\s+$", before[-10:])
                and re.search(r"\bvot(?:e|ed|es|ing)\b", before[-150:], re.I))


def _range_ok(sep: str, before: str) -> bool:
    if sep == "and":
        return bool(re.search(r"\bbetween\s+(?:\S+\s?)?$", before[-30:], re.I))
    if sep == "to":
        if re.search(r"\brang(?:e|es|ed|ing)\s+from\s+(?:\S+\s?)?$", before[-30:], re.I):
            return True  # "prices range from $5 to $7"
        if re.search(r"\bfrom\s+(?:\S+\s?)?$", before[-30:], re.I):
            # "flats from $640,000 to $2 million" is a range; "sales rose from 5 to 7" is a movement, and so
            # are the gapped pairs after it ("raised its stake in A from 12% to 25%; in B from 12% to 24%")
            moves = _MOVE_WORDS.replace("from|", "")
            clause = re.split(r",\s+(?:but|while|whereas|although)\s|;", before[-90:])[-1]
            if re.search(moves, clause, re.I):
                return False
            pair = re.search(r"\bfrom\s+\S+\s+to\s+\S+\s*;", before, re.I)
            return not (pair and re.search(moves, before[:pair.start()], re.I))
        return not re.search(_MOVES, before[-30:], re.I)
    return True


# A number after these is a change or a starting level, so "X to Y" is a movement, not a range.
_MOVE_WORDS = (r"\b(?:from|rose|rise|rises|rising|fell|fall|falls|falling|increased|decreased|grew|climbed|dropped|"
          r"jumped|declined|raised|cut|lowered|boosted|reduced|added|gained|advanced|soared|surged|slipped|slid|"
          r"edged|plunged|tumbled|sank|lost|shed|eased|dipped|rallied|slumped|upgraded|downgraded|lifted|"
          r"trimmed|hiked|up|down|increases?|increasing|decreases?|decreasing|grows?|growing|climbs?|climbing|"
          r"drops?|dropping|jumps?|jumping|declines?|declining|raises?|raising|cuts|cutting|lowers?|lowering|"
          r"reduces?|reducing|adds?|adding|gains?|gaining|boosts?|boosting|lifts?|lifting|trims?|trimming|"
          r"hikes?|hiking)\s+(?:by\s+)?")
_MOVES = _MOVE_WORDS + r"(?:(?!of\b)\S+\s?)?$"  # but "cuts of 3% to 6%" is a range


VAGUE_RE = re.compile(r"\b(?P<a>tens|dozens|hundreds|thousands|millions|billions)\s+of(?:\s+(?P<b>thousands|millions|"
                      r"billions)(?:\s+of(?=\s+[$€£\w]))?(?!\w)|(?=\s+[$€£\w]))", re.I)  # and "tens of thousands dead"


# "Hundreds were killed", "thousands marched": a bare order of magnitude that counts people by what they did or
# what was done to them (without "of", "hundreds" is as often a pronoun of anything: "hundreds more were sold")
BARE_VAGUE_RE = re.compile(r"\b(?P<a>dozens|hundreds|thousands|millions)(?=\s+(?:more\s+)?(?:(?:have|had|were|are|was)\s+"
                           rf"(?:been\s+|reportedly\s+)?)?(?:{'|'.join(lx.CASUALTIES)}|died|fled|marched|protested|"
                           r"demonstrated|rioted|perished|drowned|arrested|detained|evacuated|displaced)\b)", re.I)


def _vague_mention(s: str, m: re.Match, lo: float, hi: float | None) -> Mention:
    """An approximate range read from a phrase of number words, with the currency named right after it."""
    mention = Mention(start=m.start(), end=m.end(), value=lo, value_max=hi, half_step=0.0, approx="~", is_word=True,
                      scaled=True)
    nm = NAME_RE.match(s, m.end())
    if nm and money.code_for_name(nm.group("name")) and nm.group("name").lower() not in ("pound", "pounds"):
        mention.unit, mention.dimension, mention.end = money.code_for_name(nm.group("name")), "currency", nm.end()
    return mention  # (not "hundreds of pounds": a weight as often as money)


def _vague(s: str) -> list[Mention]:
    """"hundreds of miles", "tens of millions of euros": an order of magnitude, read as the range
    [N, 10N) and marked approximate."""
    out = []
    for m in VAGUE_RE.finditer(s):
        lo = VAGUE[m.group("a").lower()] * (VAGUE[m.group("b").lower()] if m.group("b") else 1.0)
        out.append(_vague_mention(s, m, lo, lo * 10))
    for m in BARE_VAGUE_RE.finditer(s):
        if not re.search(r"\b(?:tens|hundreds|dozens)\s+of\s+$", s[max(0, m.start() - 14):m.start()], re.I):
            out.append(_vague_mention(s, m, VAGUE[m.group("a").lower()], VAGUE[m.group("a").lower()] * 10))
    return out


# "several hundred people", "a few thousand euros", "a couple of million": a vague multiple, read as a range of it
SEVERAL_RE = re.compile(r"\b(?P<q>several|a\s+few|a\s+couple(?:\s+of)?)\s+(?P<a>dozen|hundred|thousand|million|billion)"
                        r"(?:\s+(?P<b>thousand|million))?(?![\w-])", re.I)
_SEVERAL = {"several": (3, 9), "a few": (2, 5), "a couple": (2, 2), "a couple of": (2, 2)}


def _several(s: str) -> list[Mention]:
    """"several hundred youths" (300 to 900), "a few thousand euros", "a couple of million": approximate."""
    out = []
    for m in SEVERAL_RE.finditer(s):
        scale = SCALES[m.group("a").lower()] * (SCALES[m.group("b").lower()] if m.group("b") else 1.0)
        lo, hi = _SEVERAL[re.sub(r"\s+", " ", m.group("q").lower())]
        out.append(_vague_mention(s, m, lo * scale, hi * scale if hi > lo else None))
    return out


_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "twenty": 20, "hundred": 100, "thousand": 1000}
FOLD_RE = re.compile(rf"\b(?:(?P<w>{'|'.join(_FOLD)})|(?P<n>\d+(?:\.\d+)?))[- ]?fold\b", re.I)


def _fold(s: str) -> list[Mention]:
    """"fivefold", "a 10-fold increase": a multiplier, in times."""
    out = []
    for m in FOLD_RE.finditer(s):
        value = float(_FOLD[m.group("w").lower()]) if m.group("w") else float(m.group("n"))
        out.append(Mention(start=m.start(), end=m.end(), value=value, half_step=0.0 if m.group("w") else 0.5,
                           unit="times", dimension="ratio", is_word=bool(m.group("w"))))
    return out


HALF_RE = re.compile(r"\b(?:an?|one)\s+(?P<u>second|minute|hour|day|week|month|year|decade|century)\s+and\s+a\s+half\b",
                     re.I)


def _and_a_half(s: str) -> list[Mention]:
    """"a day and a half", "an hour and a half": 1.5 of the unit."""
    return [Mention(start=m.start(), end=m.end(), value=1.5, half_step=0.0, unit=m.group("u").lower(),
                    dimension="time", is_word=True) for m in HALF_RE.finditer(s)]


# "a quarter of a century", "half a century", "three quarters of a century": years
CENTURY_PART_RE = re.compile(r"\b(?:(?P<n>an?|one|two|three)\s+)?(?P<part>quarters?|half)\s+(?:of\s+)?an?\s+century\b"
                             r"|\b(?P<n2>an?|one)\s+(?P<part2>quarter|half)[\s-]century\b", re.I)
_CENTURY_PARTS = {"quarter": 25, "quarters": 25, "half": 50}


def _century_parts(s: str) -> list[Mention]:
    """"a quarter of a century" is 25 years, "half a century" 50 (not a share of a century)."""
    out = []
    for m in CENTURY_PART_RE.finditer(s):
        n = (m.group("n") or m.group("n2") or "a").lower()
        years = _CENTURY_PARTS[(m.group("part") or m.group("part2")).lower()] * {"two": 2, "three": 3}.get(n, 1)
        out.append(Mention(start=m.start(), end=m.end(), value=float(years), half_step=0.0, unit="year",
                           dimension="time", is_word=True))
    return out


# "8-by-12 feet", "10 by 12 feet", "an 8-by-10-foot cell", "5x8 ft": each side of a size, in the unit at the end
_SIDE_UNITS = {"foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "in": "inch",
               "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre", "m": "metre",
               "centimetre": "centimetre", "centimetres": "centimetre", "centimeter": "centimetre",
               "centimeters": "centimetre", "cm": "centimetre", "millimetre": "millimetre", "millimetres": "millimetre",
               "mm": "millimetre", "yard": "yard", "yards": "yard", "mile": "mile", "miles": "mile",
               "kilometre": "kilometre", "kilometres": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
               "km": "kilometre"}
_SIDE = r"(\d+(?:\.\d+)?)"
SIZE_RE = re.compile(rf"(?<![\w.,]){_SIDE}(?:-by-|\s+by\s+|\s?[x×]\s?){_SIDE}(?:(?:-by-|\s+by\s+|\s?[x×]\s?){_SIDE})?"
                     rf"[- ]?({'|'.join(sorted(_SIDE_UNITS, key=len, reverse=True))})\b(?!-)", re.I)


def _sizes(s: str) -> list[Mention]:
    """The sides of a size: "8-by-12 feet" is 8 feet and 12 feet."""
    out = []
    for m in SIZE_RE.finditer(s):
        unit = _SIDE_UNITS[m.group(4).lower()]
        sides = [g for g in (1, 2, 3) if m.group(g)]
        for g in sides:
            end = m.end() if g == sides[-1] else m.end(g)
            out.append(Mention(start=m.start(g), end=end, value=float(m.group(g)),
                               half_step=0.5 if "." not in m.group(g) else 0.5 / 10 ** len(m.group(g).split(".")[1]),
                               unit=unit, dimension="length", phrase_end=m.end()))
    return out


SPACED_DATE_RE = re.compile(r"\d{1,2} / \d{1,2} / (?:\d{4}|\d{2})(?![\d/])|(?:19|20)\d\d / \d{1,2}(?: / \d{1,2}(?!\d)|(?= / ))")


def scan(s: str) -> list[Mention]:
    """Every number-bearing expression in ``s``, left to right, non-overlapping."""
    # phrases read whole, not number by number: "tens of millions", "fivefold", "a day and a half"
    vague = "s of " in s or re.search(r"(?:dozen|hundred|thousand|million)s\s", s, re.I)  # (and a bare "Hundreds died")
    phrases = (_vague(s) if vague else []) + (_fold(s) if "fold" in s else []) \
        + (_several(s) if re.search(r"\b(?:several|few|couple)\b", s, re.I) else []) \
        + (_and_a_half(s) if "a half" in s else []) + (_century_parts(s) if "century" in s else []) \
        + (_sizes(s) if re.search(r"\d(?:-by-|\s+by\s+|\s?[x×]\s?)\d", s) else [])
    out: list[Mention] = []
    pos = 0
    while True:
        m = NUM_RE.search(s, pos)
        if not m:
            break
        pos = m.end()
        phone = PHONE_LEAD_RE.match(s, m.start("n")) if s[m.start("n"):m.start("n") + 1] == "0" else None
        if phone is None and m.start() > 0 and s[m.start() - 1] == "(":
            phone = PHONE_PAREN_RE.match(s, m.start() - 1)
        if phone is None and s[m.start():m.start() + 1] == "+":
            phone = PHONE_PLUS_RE.match(s, m.start())
        if phone is None:
            phone = SPACED_DATE_RE.match(s, m.start("n"))
        if phone:
            pos = phone.end()  # "020 7946 0958", "8 / 2 / 13" (a date spaced out by a scraper): skip it whole
            continue
        first = _one(s, m)
        if first is None:
            continue
        alt = re.match(r"\s+(or|and)\s+", s[first.end:]) if not first.scaled and not first.dimension else None
        an = NUM2_RE.match(s, first.end + alt.end()) if alt else None
        if an and (nxt := _one(s, an, check_context=False)) is not None and nxt.scaled and first.value < 1000 \
                and (raw := _read(an)) is not None and raw.value \
                and (first.value <= raw.value if alt.group(1) == "or"
                     else not first.maybe_year and an.group("num") is not None  # (not "2 and a half million")
                     and raw.value / 10 <= first.value <= raw.value * 10):
            # "2 or 3 billion euros", "10.4 and 9.1 million tons, respectively": the first is in billions too
            factor = nxt.value / raw.value
            first.value = _clean(first.value * factor)
            first.half_step *= factor
            first.scaled = True
        # A range: "10 to 20 billion", "5-7%", "between 5% and 7%", "$10 to $20 billion", "2012-13".
        rm = RANGE_SEP_RE.match(s, first.end)
        open_range = False
        open_top = re.match(r"(?:more than|over|at least)\s+", s[rm.end():rm.end() + 12]) \
            if rm and rm.group("sep") == "to" else None  # "from $12 billion to more than $20 billion"
        at = rm.end() + (open_top.end() if open_top else 0) if rm else 0
        nm = (NUM2_RE.match(s, at) or _after_prefix(s, at)) if rm else None
        ok = nm and _range_ok(rm.group("sep"), s[:first.start])
        if nm and not ok and rm.group("sep") == "to" and not first.dimension and not first.scaled \
                and not (first.is_word and first.value < 1) \
                and (re.search(r"\bby\s+(?:about\s+|some\s+|roughly\s+)?$", s[max(0, first.start - 20):first.start])
                     or re.fullmatch(r"\d{1,2}", m.group("n") or "") and re.fullmatch(r"\d{1,2}", nm.group("n") or "")
                     and PERCENT_RE.match(s, nm.end())):
            # "cooled by 2 to 2.5 degrees", "could rise 2 to 5 percent": a range of the change when only the
            # second carries the unit (whole numbers: "went 2.4 to 2.9 percent" is more likely from-to)
            peek = _one(s, nm, check_context=False)
            ok = peek is not None and (peek.dimension or peek.scaled or re.match(r"\s?[A-Za-z°]", s[peek.end:peek.end + 2])) \
                and peek.value_max is None \
                and first.value < _read(nm).value <= 3 * first.value
        if nm and not ok and rm.group("sep") == "to" and not first.dimension and not first.scaled \
                and not first.maybe_year and first.value_max is None and 0 < first.value < 1000 \
                and re.search(r"\bfrom\s+$", s[max(0, first.start - 6):first.start], re.I):
            # "rose from 1.2 to 1.5 million": the starting level is in millions too
            to, raw = _one(s, nm, check_context=False), _read(nm)
            if to is not None and not to.scaled and (r2 := RANGE_SEP_RE.match(s, to.end)) \
                    and (n2 := NUM2_RE.match(s, r2.end())):
                to, raw = _one(s, n2, check_context=False), _read(n2)  # "from 18.6 to 26-28 billion euros"
            if to is not None and to.scaled and raw is not None and raw.value > 0 \
                    and raw.value / 10 <= first.value <= raw.value * 10:
                factor = to.value / raw.value
                first.value = _clean(first.value * factor)
                first.half_step *= factor
                first.scaled = True
                if to.dimension:
                    first.unit, first.dimension = to.unit, to.dimension
        if ok:
            second = _one(s, nm, check_context=False)
            dash = rm.group("sep") in ("-", "–", "—", "-to-")  # "a 94-to-0 vote" is a tally like "9-1"
            if second is not None and second.value_max is None:
                if first.maybe_year and _looks_like_years(first.value, second.value, nm.group("n")) \
                        and (dash or second.maybe_year):
                    pos = nm.end()
                    continue  # "2012-13", "from 2012 to 2014", "between 1960 and 1965": a period
                if first.maybe_year and (second.scaled or second.dimension or second.value > 3 * first.value):
                    second = None  # "in 2016 to 105.7 billion euros", "in 2013 to 62,000 riel": a year, then an amount
            if second is not None and second.value_max is None:
                # "10 to 20 billion": the scale is shared, unless the first is complete ("$640,000 to $2m")
                share = not first.scaled and second.scaled and abs(first.value) < 1000
                raw2 = _read(nm)
                factor = (abs(second.value) / raw2.value if raw2 is not None and raw2.value else
                          second.half_step / (raw2.half_step or 1) if raw2 is not None else 1.0) if share else 1.0
                if dash and second.is_word and not first.is_word and rm.group(0) != rm.group(0).strip():
                    pass  # "is running 38 - six fewer than last year": a dash between clauses
                elif dash and second.value < first.value * factor and second.unit == "percent" and not first.dimension \
                        and 99 <= first.value + second.value <= 101:
                    first.unit, first.dimension = second.unit, second.dimension  # "won by 55-45 percent": two shares
                    _hedge(s, first)
                    out.append(first)
                    first = second
                    pos = max(pos, second.end)
                elif (dash or rm.group("sep") == "to" and not first.dimension and not second.dimension
                      and _voted(s[:first.start])) and second.value < first.value * factor:
                    first.dash_range = True  # "a 9-1 vote", "won 3-1", "the bill passed 60 to 40": a tally, not a range
                    if not dash:
                        first.end = second.end
                        pos = max(pos, second.end)
                elif second.value >= first.value * factor and (not first.dimension or first.unit == second.unit
                                                               or first.dimension == "currency" and not second.dimension):
                    # ("$10-20 billion", "$140 to 150 million": the currency is written once)
                    if not first.dimension:
                        first.unit, first.dimension = second.unit, second.dimension
                    if share:
                        first.value = _clean(first.value * factor)
                        first.half_step *= factor
                        first.scaled = True
                    first.value_max = second.value
                    first.half_step = max(first.half_step, second.half_step)
                    first.end = second.end
                    first.dash_range = dash
                    first.maybe_year = False
                    open_range = bool(open_top)
        mm = re.search(r"\bminus[\s-]+$", s[max(0, first.start - 8):first.start], re.I)
        if mm and first.value > 0:
            first.start -= len(mm.group(0))  # "minus 0.1 percent"
            first.value = -first.value
            if first.value_max is not None:
                first.value_max = -first.value_max
        ah = re.match(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b", s[first.end:], re.I)
        if ah and not first.dimension and first.value_max is None and first.value == int(first.value) \
                and not first.scaled and first.value > 0:
            first.value += 0.5  # "two and a half years", "2 and a half million shares"
            first.end += ah.end()
            scale, first.end = _scale_at(s, first.end, False)
            first.value = _clean(first.value * scale)
            first.scaled = scale != 1.0
            pos = max(pos, first.end)
        a_unit = re.match(r"\s+an?(?=\s+(?:percentage\s+points?|points?|percent|per cent|mile|kilometre|metre|foot|"
                          r"inch|hour|day|week|month|year|pound|kilo|litre|cup|dollar|euro)\b)", s[first.end:], re.I)
        if a_unit and first.is_word and first.value == 0.5 and not first.dimension:
            first.end += a_unit.end()  # "half a point", "half a percentage point", "half an hour": the unit follows
            rest = PERCENT_RE.match(s, first.end)
            if rest:
                first.end = rest.end()
                first.unit, first.dimension = ("percentage point" if rest.group("pp") else "percent"), "percentage"
            pos = max(pos, first.end)
        hm = re.match(r"\s+(?:of\s+)?an?\s+(thousand|million|billion|trillion|dozen)\b", s[first.end:], re.I)
        if hm and first.is_word and first.value < 1 and not first.dimension:  # "half a million", "a quarter of a billion"
            first.value = _clean(first.value * (12 if hm.group(1).lower() == "dozen" else scale_of(hm.group(1))))
            first.end += hm.end()
            first.scaled = True
            nm = NAME_RE.match(s, first.end)
            if nm and _name_ok(nm.group("name"), first):  # "half a million dollars"
                first.unit, first.dimension = money.code_for_name(nm.group("name")), "currency"
                first.end = nm.end()
            pos = max(pos, first.end)
        _hedge(s, first)
        if open_range:
            first.approx = ">" if first.approx == "=" else first.approx  # at least the low end, no upper bound
        out.append(first)
        pos = max(pos, first.end)
    if phrases:
        out = sorted(phrases + [x for x in out if not any(v.start < x.end and x.start < v.end for v in phrases)],
                     key=lambda x: x.start)
    _same_m(s, out)
    return out


def _same_m(s: str, out: list[Mention]) -> None:
    """"watched by 6.1m people, peaking at 6.9m": once a sentence writes millions as "m", a bare "6.9m" is
    millions too, not metres."""
    if not any(x.scaled and not x.dimension and s[x.end - 1:x.end] == "m" for x in out):
        return
    for x in out:
        if not x.scaled and not x.dimension and x.value_max is None and re.match(r"m(?:[.,;:)!?]|\s*$)", s[x.end:x.end + 3]):
            x.value, x.half_step, x.scaled, x.end = _clean(x.value * 1e6), x.half_step * 1e6, True, x.end + 1


# "up to" after a verb that moves or leads somewhere: "edged up to 6.8%", "in the run up to" (not a cap)
_MOVED_UP_TO = re.compile(r"\b(?:(?:pick|edge|tick|inch|creep|move|revise|bump|push|ramp|step|jump|climb|trend|drift|firm|"
                         r"nudge|ratchet|perk|spike)(?:s|d|ed|ing)?|crept|rose|shot|went|gone|going|came|coming|"
                         r"lead|leads|leading|run|runs|running|build|builds|building)\s+up\s+to\s*[$€£¥]?$", re.I)


# "$337 billion over 10 years", "spread over two days": "over" a span of time is when, not "more than" (but "for
# over 20 years", "in just over two years", "aged over 70 years", "over 30 years ago" are more than)
_OVER_SPAN = re.compile(r"\s*-?(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|quarters?|seasons?|centuries)\b"
                        r"(?!\s+(?:old|ago|of age|and|or)\b)", re.I)
_MORE_THAN_OVER = {"for", "in", "just", "well", "little", "spent", "spend", "spends", "spending", "aged", "age", "is",
                   "was", "are", "were", "be", "been", "being", "yet", "of", "after", "lasted", "lasting", "lasts",
                   "took", "takes", "taking", "take", "waited", "served", "within", "than", "by"}
# "under a" before a figure that modifies a noun ("a five-year plan"): the figure is not the thing capped
_UNDER_A = re.compile(r"\bunder\s+an?\s+$", re.I)
_COMPOUND_FIGURE = re.compile(r"[\w.,]+-[A-Za-z]+\b")


def _hedge(s: str, mention: Mention) -> None:
    window = s[max(0, mention.start - 40):mention.start]
    if money.ends_in_lost_sign(window):
        window = window[:-1]  # "over ?1 billion": the hedge is before the lost currency sign
    if re.search(r"(?:^|[\s(])~\s?(?:[$€£¥]|[A-Z]{0,2}\$)?$", window):
        mention.approx = "~"  # "~1.2mm", "(~80%)"
        return
    if re.search(r"\bsub-$", window, re.I):
        mention.approx = "<"  # "sub-400 sq m offices"
        return
    for rx, a in HEDGE_RES:
        if rx.search(window):
            if a == "<=" and _MOVED_UP_TO.search(window):
                break  # "growth picked up to 10.8 percent", "the run up to 2020": not a cap (but "fines can go
                # up to $5,000" is)
            mention.approx, mention.approx_side = (("~", "-") if a == "~-" else (a, ""))
            break
    if mention.approx == ">" and re.search(r"\bover\s+(?:an?\s+|the\s+)?$", window, re.I) and _OVER_SPAN.match(s, mention.end):
        # ("collected over a six-year period": during it)
        word = re.search(r"([^\W\d_]+|[\d)$€£¥]|[,;:.(\[\"“-])\s*over\s+(?:an?\s+|the\s+)?$", window)
        if word is not None and word.group(1).lower() not in _MORE_THAN_OVER and word.group(1) not in ",;:.([\"“-":
            mention.approx = "="
    if mention.approx == "<" and _UNDER_A.search(window) and _COMPOUND_FIGURE.match(s, mention.start):
        mention.approx = "="  # "under a five-year plan", "under a 10-year contract": governed by, not less than
    tail = s[mention.end:mention.end + 12]
    if re.match(r"\s+or (?:more|above|higher|older|over)\b", tail):
        mention.approx = ">="
    elif re.match(r"\s+or (?:less|fewer|below|younger|under)\b", tail):
        mention.approx = "<="
    elif re.match(r"\s*\+(?!\w)", tail):
        mention.approx = ">="
    elif re.match(r"\s+or\s+so\b", tail) and mention.approx == "=":
        mention.approx = "~"  # "a dozen or so women", "$20 or so"
    elif re.match(r"-plus\b", tail) and not mention.dimension:
        mention.approx, mention.end = ">=", mention.end + 5  # "three-plus seasons"


def _after_prefix(s: str, pos: int):
    pm = re.compile(rf"(?:{money.PREFIX_PATTERN})[ \u00a0]?").match(s, pos)
    return NUM_RE.match(s, pm.end()) if pm else None


def _clean(value: float) -> float:
    """130.7 * 1e9 is 130699999999.99998 in binary floating point; the text said 130700000000."""
    return float(f"{value:.15g}")


def _looks_like_years(a: float, b: float, b_text: str) -> bool:
    if not 1800 <= a <= 2100:
        return False
    return (len(b_text.strip()) == 2 and 0 <= b < 100) or 1800 <= b <= 2100


def _glued_currency(before: str, s: str, start: int) -> tuple[str, int] | None:
    """(currency, length of its prefix) of a currency written glued to the number: AP's "euro22 billion",
    the rand's "R1.5bn", "R20,000" (but not "R2-D2" or "the R5 road")."""
    if re.search(r"(?<![A-Za-z])euro$", before[-6:]):
        return "EUR", 4
    if re.search(r"(?<![A-Za-z])R$", before[-2:]) \
            and re.match(r"\d{1,3}(?:,\d{3})+|[\d.]+\s?(?:bn|m|mn|k|million|billion|trillion)\b", s[start:start + 16]):
        return "ZAR", 1
    return None


def _name_ok(name: str, mention: Mention, digits: str = "") -> bool:
    n = name.lower()
    if n in ("pound", "pounds"):
        return mention.scaled  # "5 million pounds" is money; "5 pounds" may be weight
    if n in ("real", "won", "rand", "lira"):
        year = "," not in digits and digits.isdigit() and 1800 <= mention.value <= 2100
        return mention.scaled or n != "real" and mention.value >= 1000 and not year
        # "20,000 won" (but "they won", and "in 2004 won the prize")
    return True
