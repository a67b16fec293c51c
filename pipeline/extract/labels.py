"""Numbers that are not quantities: dates, times, ordinals, labels ("Section 230", "the 605 Freeway"),
addresses, phone numbers, index names ("S&P 500"), list markers, web addresses. Pure text, read around
the digits before any parse; :func:`is_label` is the one question :mod:`.scan` asks."""
from __future__ import annotations

import re

MONTHS = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DAY_OR_MONTH_RE = re.compile(rf"(?:{MONTHS}|{WEEKDAYS})")  # "on Tuesday", "in March": a time, not a name or place
BEFORE_DATE_RE = re.compile(rf"\b(?:{MONTHS}|{MONTHS.upper()})\.?,?\s*$")  # "June 9", "FEB. 4"
AFTER_DATE_RE = re.compile(rf"^(?:(?:\s*|-)(?:{MONTHS}|{MONTHS.upper()})\b|\s*(?:st|nd|rd|th)\b)")  # (and "6-March",
# spaces a scraper turned into hyphens)
DAY_RANGE_RE = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|or|until)\s*$")
# "from 3 to 8 March", "on 2 and 3 May": the first day of a day range written before its month
DAY_PAIR_MONTH_RE = re.compile(rf"\s*(?:-|–|and|to|through|or|until|till)\s*\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|-)(?:{MONTHS}|{MONTHS.upper()})\b")
ORDINAL_RE = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
TIME_RE = re.compile(r"^(?:\s?[apAP]\.?\s?[mM]\.?(?!\w)|:\s?\d\d(?!\d)|\s?(?:GMT|UTC|BST|EST|EDT|PST|CET|ET)\b|\s?o'clock)")
_TIME_PAIR = re.compile(r"\s*(?:and|to|or|until|till|through|-|–)\s*\d{1,2}(?:[:.][0-5]\d)?")  # "9 and 10 p.m."
LABEL_BEFORE_RE = re.compile(
    r"\b(?:article|section|chapter|clause|no\.|nos\.|number|paragraph|page|pages|room|route|flight|"
    r"model|version|grade|phase|round|episode|season|vol\.|issue|item|rule|resolution|highway|interstate|"
    r"channel|platform|gate|terminal|apartment|suite|floor|lot|covid|type|class|category|tier|stage|part|"
    r"act|title|amendment|row|seat|bus|line|district|ward|zone|precinct|exit|pier|batch|code|ref\.?|"
    r"chart|table|figure|fig\.|appendix|annex|psalm|verse|world war|ww|formula|boeing|airbus|iphone|galaxy|"
    r"beta|alpha|week|game|matchday|hole|lap)"
    r"\s*#?\s*$",
    re.I,
)
# "iOS 6", "Windows 10", "IE 7", "USB 3": a version of a named product (capitalised: "broke windows 3 times" is a count)
_VERSION_OF = re.compile(r"\b(?:iOS|Android|Windows|Xbox|PlayStation|macOS|OS X|Internet Explorer|IE|USB|HDMI|Bluetooth|"
                         r"Thunderbolt|PCIe)\s?$")
# "will seat 500 fans", "to line 20 streets": a label word used as a verb takes a count (as does "seat 9,000")
_LABEL_WORD_AS_VERB = re.compile(r"\b(?:will|would|can|could|to|and|may|might|should|must)\s+"
                                 r"(?:seat|line|table|chart|figure|code|type|exit|round|title|part|issue)\s*$")
ADDRESS_RE = re.compile(r"^[A-Za-z]?\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){1,3}"
                        r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square)(?![a-z])"
                        r"|^\s+block\s+of\b")  # "the 12200 block of 223rd Street"
PHONE_BEFORE_RE = re.compile(r"(?:\+\d{1,3}[\s.-]?(?:\(\d+\)[\s.-]?)?(?:\d{1,4}[\s.-])*|\(\d{3}\)\s?(?:\d{3}[\s.-])?|\d{3}-\d{3}-"
                             r"|(?<![\d,.])0\d{2,4}\s|\b1[\s-]?[89]00[\s.-](?:\d{3}[\s.-])?)$")  # "067 50450", "1800 666 111"
PHONE_AFTER_RE = re.compile(r"^(?:[\s.-]\d{2,4})+[\s.-]\d{4,6}\b(?![.,]\d)|^-\d{3}-\d{4}\b|^\)\s?\d{3}[\s.-]\d{4}\b")
# "020 7946 0958", "0044 20 7946 0958": a number that starts with 0 and goes on in digit groups
PHONE_LEAD_RE = re.compile(r"0\d{1,4}(?:[\s.-]\d{2,4}){2,4}\b|0\d{3}\s\d{6,7}\b")  # and "0800 555111"
PHONE_PLUS_RE = re.compile(r"\+\d{1,3}[\s.-]?\(\d{1,4}\)[\s.-]?\d{2,4}[\s.-]?\d{2,4}\b")  # "+1 (212) 555-0100"
PHONE_PAREN_RE = re.compile(r"\(\+\d{1,3}\)(?:[\s.-]?\d{1,4}){2,6}\b")  # "(+46) 8 796 53 00"
QUARTER_BEFORE_RE = re.compile(r"\b(?:Q[1-4]|H[12]|FY|FY'?)\s?$")
# "S&P 500", "the FTSE 100", "Nasdaq-100", "Russell 2000": the number is part of an index's name
INDEX_BEFORE_RE = re.compile(
    r"\b(?:S\s?&\s?P(?:/(?:ASX|TSX))?|S\s?P|Standard\s?&\s?Poor[’']s|Nasdaq|NASDAQ|FTSE|Stoxx|STOXX|Euro Stoxx|Russell|Nikkei|Dow|"
    r"Fortune|DAX|CAC|ASX|Hang Seng|Sensex|Nifty|MSCI \w+|Topix|KOSPI|IBEX|AEX|SMI|FTSE MIB)[ -]?$", re.I)
INDEX_SIZES = {10, 20, 25, 30, 35, 40, 50, 100, 150, 200, 225, 250, 300, 350, 400, 500, 600, 1000, 2000, 3000, 5000}
# a web address written with spaces ("http: / / www. x. com / video / 5212"), as in the ECB+ corpus
_URL_CUE = re.compile(r"https?:|www\.|(?:^|\.\s?)(?:com|org|net|uk|de|fr|au|ca|ie|nz|za|in)\s*/|(?:\s/\s[a-z][\w.-]*){2,}\s/")
_URL_PATH_BEFORE = re.compile(r"(?:/\s*[A-Za-z][\w.-]*|(?:^|\.\s?)(?:com|org|net|uk|de|fr|au|ca|ie|nz|za|in))\s*/(?:\s*[\w.-]+\s*/)*\s*$")
LIST_MARKER_RE = re.compile(r"(?:^|\n|:)\s*$")  # and "three factors: 1. ..."


def is_label(s: str, n: str, value: float, start: int, end: int) -> bool:
    """Whether the digits ``n`` at ``s[start:end]`` name or date something rather than count or measure it."""
    before, after = s[:start], s[end:end + 40]
    if re.fullmatch(r"\d\.0", n) and re.search(r"\b[A-Z][A-Za-z]+ $", before[-20:]) \
            and not re.match(r"\s?(?:%|per)|[a-zA-Z]", after):
        return True  # "Web 2.0", "Empire 2.0": a version in a name
    if re.fullmatch(r"\d{3,5}", n) and re.match(r"[MKX](?![\w])", after) \
            and re.search(r"(?<![.!?]\s)\b[A-Z][A-Za-z]*[a-z][A-Z]?[A-Za-z]* $|\b[A-Z]{2,4} $", before[-14:]) \
            and not re.search(r"(?:['’]s|[$€£]) $", before[-4:]):
        return True  # "GeForce 9400M", "a GT 650M": a model number after a product name, not 9.4 billion
    if n in ("2", "3", "4") and re.match(r"-D\b", after):
        return True  # "view landmarks in 3-D", "a 2-D drawing": dimensions of a picture, not a count
    if n == "9" and re.match(r"\s?/\s?11\b", after) or n == "11" and re.search(r"\b9\s?/\s?$", before[-5:]):
        return True  # "9/11", "the 9 / 11 attacks": a date that names an event
    if re.search(r"\b(?:on|by|until|from|since|of|to)\s+day\s+$", before[-16:], re.I) and value <= 1000 \
            and not re.match(r"\s*(?:%|per)", after):
        return True  # "on day 61 of the trial": which day, not a count
    if re.match(r"[\w.+-]*@\w", after) or re.search(r"@[\w.-]*$", before[-30:]):
        return True  # "5liveinvestigates@bbc.co.uk", "@user123": part of an email address or a handle
    if re.match(r"\s?\.\s?html?\b", after) or re.search(r"(?:\w[A-Za-z]=|_\s?)$", before[-3:]):
        return True  # "..._n_3695929.html", "?res=9402E6D7": part of a web address or a file name
    if re.search(r"/\s*$", before[-3:]) and _URL_CUE.search(s) and _URL_PATH_BEFORE.search(before[-80:]):
        return True  # a number in a web address written with spaces ("www. x. com / video / 5212")
    if INDEX_BEFORE_RE.search(before[-16:]) and value in INDEX_SIZES and not re.match(r"\s?(?:%|per)", after):
        return True
    # Dates, times, ordinals, labels, addresses, list markers: not quantities.
    if ORDINAL_RE.match(after) or TIME_RE.match(after) or re.search(r"\d:\s?$", before[-4:]):
        return True
    pair = _TIME_PAIR.match(after) if value <= 24 else None
    if pair and TIME_RE.match(after[pair.end():]):
        return True  # "between 9 and 10 p.m.": the first of two times
    if re.search(r"\b(?:text|txt|sms)\s+(?:\S+\s+){0,3}to\s+$", before[-40:], re.I) and "," not in n and not after.startswith("%"):
        return True  # "Text POWER to 20222": a short code to send a message to
    if re.match(r":\d(?!\d)", after):
        return True  # "a ratio of 3:1"
    if re.match(r"\s?[×x]\s?\d", after) or re.search(r"\d\s?[×x]\s?$", before[-4:]):
        return True  # "a 4×4 car", "1440 x 900 pixels": a format or a vehicle, not a quantity
    if not before.strip() and re.fullmatch(r"\d{1,2}[.:][0-5]\d", n) and re.match(r"\s+[A-Z]", after):
        return True  # "18.15 With most people now leaving work": a live blog's time stamp
    if re.match(r"['’]?s\b", after) and value % 10 == 0 and (value < 100 or 1000 <= value <= 2100):
        return True  # "the 1990s", "in her 40s", "the '80s": a decade, not a quantity
    if BEFORE_DATE_RE.search(before[-12:]) and re.fullmatch(r"\d{1,2}|\d{4}", n) \
            and (1 <= value <= 31 and not re.search(r",\s*$", before) or 1000 <= value <= 2100) \
            or AFTER_DATE_RE.match(after):
        return True  # "June 9", "May 2016" (but "last July, 86 people": no day is 86)
    if value <= 31 and (DAY_RANGE_RE.search(before[-24:]) or re.fullmatch(r"\d{1,2}", n) and DAY_PAIR_MONTH_RE.match(after)
                        or re.fullmatch(r"\d{1,2}\.\d{1,2}", n) and re.match(r"\.(?:19|20)\d\d\b", after)):
        return True  # "between March 19 and 22", "19.03.2017": days of a date
    if n in ("999", "112") and re.search(r"\b(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ing|ling)?)\s+$", before[-12:], re.I) \
            or n in ("999", "112") and (re.match(r"\s?call\b", after) or re.match(r"\s?calls\b", after)
                                        and re.search(r"\b(?:of|the|more|fewer|many)\s+$", before[-8:], re.I)) \
            or n == "911" and not re.match(r"\s?(?:%|percent|per cent|people|persons)\b", after) \
            and not re.search(r"[$€£¥]\s?$", before[-3:]):
        return True  # "dialled 999", "a 999 call", "placed a call to 911": an emergency number
    if re.match(r"\s+(?:Freeway|freeway|Highway|Motorway|Expressway|Turnpike|Parkway)\b", after) \
            or re.match(r"\+\d", after) or re.search(r"\d\+$", before[-3:]):
        return True  # "the 605 Freeway", "2+2 talks": names, not quantities
    if re.search(r"[®™]\s*$", before[-3:]):
        return True  # "BlackBerry® 10": a trademark's version
    if _VERSION_OF.search(before[-20:]) and "," not in n \
            and not re.match(r"\s?(?:%|percent|per cent|million|billion|m\b|bn\b)", after):
        return True  # "iOS 6", "Windows 10", "a USB 3 port": a version, not a quantity
    if LABEL_BEFORE_RE.search(before[-25:]) and "," not in n and not _LABEL_WORD_AS_VERB.search(before[-40:]) \
            or ADDRESS_RE.match(after) or re.search(r"\([A-Z]{2,6}:\s*$", before[-10:]):
        return True  # "Section 230", "10 Downing Street", "(TWSE: 2495)"
    if re.match(r"['’]s\b", after) and not re.search(r"[$€£¥]\s?$", before[-2:]):
        return True  # "the 8900's screen", "the 1990's": a model or a decade that owns something, not an amount
    if re.search(r"\bN(?:o|O)\s?#?\s?$", before[-4:]) and not re.match(r"\s?(?:%|percent|per cent)", after):
        return True  # "No 1 is to keep costs down", "No 10": a rank or a number as a name ("no." is above)
    if PHONE_BEFORE_RE.search(before[-12:]) or PHONE_AFTER_RE.match(after) or QUARTER_BEFORE_RE.search(before[-6:]):
        return True  # "+44 20 7946 0958", "(555) 123-4567", "Q3 2016", "FY2017"
    if re.match(r"[.)](?:\s|$)", after) and LIST_MARKER_RE.search(before) and value < (10 if before.rstrip().endswith(":") else 100):
        return True  # "1. Buy low", "factors: 2." (not "Age: 63.": a field's value)
    if re.match(r"\)\s+[A-Z]", after) and re.search(r"(?:^|[\s:;,])\($", before[-2:]) and n.isdigit() and value < 30 \
            and not re.search(r"\b(?:was|were|is|are|at|of|by|to)\s+\($", before[-8:]):
        return True  # "of: (1) Agricultural produce; (2) Meat": a bracketed list marker
    return False
