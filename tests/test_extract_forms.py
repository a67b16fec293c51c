"""Hand-checked readings of number forms news uses (sentences written for these tests)."""
import pytest


def facts(extractor, text):
    return [(f.surface, f.value, f.value_max, f.unit, f.approx, f.direction) for f in extractor(text)]


@pytest.mark.parametrize("text, want", [
    ("The 71-year-old cyclist was unhurt.", [("71-year-old", 71, None, "year of age", "=", None)]),
    ("A man aged 23 was arrested.", [("23", 23, None, "year of age", "=", None)]),
    ("Police arrested Jane Roe, 45, of Leeds.", [("45", 45, None, "year of age", "=", None)]),
    ("Cases rose in New York, 12, and Ohio, 4.", [("12", 12, None, "", "=", None), ("4", 4, None, "", "=", None)]),
    ("London's FTSE 100 gained 0.6 percent.", [("0.6 percent", 0.6, None, "percent", "=", "up")]),
    ("The Standard & Poor's 500 index fell 2.39 points.", [("2.39 points", 2.39, None, "point", "=", "down")]),
    ("Call +44 20 7946 0958 or (555) 123-4567 for details.", []),
    ("Q3 2016 results beat forecasts.", []),
    ("In the first nine months of this year, revenue exceeded $10.35 billion.",
     [("$10.35 billion", 10.35e9, None, "USD", ">", None)]),
    ("The town was evacuated three weeks ago.", []),
    ("The law covers more than two dozen projects.", [("two dozen projects", 24, None, "project", ">", None)]),
    ("It would see more than half a million firms pay more.", [("half a million firms", 5e5, None, "firm", ">", None)]),
    ("The bank left its rate at minus 0.1 percent.", [("minus 0.1 percent", -0.1, None, "percent", "=", None)]),
    ("Flats sell for $640,000 to $2 million.", [("$640,000 to $2 million", 6.4e5, 2e6, "USD", "=", None)]),
    ("Estimates ranged from $12 billion to $20 billion.", [("$12 billion to $20 billion", 12e9, 20e9, "USD", "=", None)]),
    ("Brent crude added 57 cents to $52.38.", [("57 cents", 0.57, None, "USD", "=", "up"), ("$52.38", 52.38, None, "USD", "=", None)]),
    ("Consumption grew fastest from 2012 to 2014 and between 1995 and 2000.", []),
    ("Revenues dropped by 0.8 percent in 2016 to 105.7 billion euros.",
     [("0.8 percent", 0.8, None, "percent", "=", "down"), ("105.7 billion euros", 105.7e9, None, "EUR", "=", None)]),
    ("The Fed raised rates by a quarter of a percentage point.",
     [("a quarter of a percentage point", 0.25, None, "percentage point", "=", "up")]),
    ("The tax was set up nearly 50 years ago to stop avoidance.", []),
    ("China bought 11 billion euros' worth, up a strong 12.0 percent.",
     [("11 billion euros", 11e9, None, "EUR", "=", None), ("12.0 percent", 12.0, None, "percent", "=", "up")]),
    ("The decision was approved with a 9-1 vote.", []),
    ("In the second half of the year growth will exceed 2%.", [("2%", 2, None, "percent", ">", None)]),
    # index names, model names and glued letters are not quantities; glued currency codes are
    ("The S&P 500 and the Nasdaq-100 were flat; the lower-case sp 500 index too.", []),
    ("The MC-21 jet uses a PD-14 engine; G20 leaders met.", []),
    ("Sales were EUR50m and RM3.06mil.", [("EUR50m", 50e6, None, "EUR", "=", None),
                                          ("RM3.06mil", 3.06e6, None, "MYR", "=", None)]),
    ("Gas is cooled to minus-160 degrees Celsius.", [("minus-160 degrees Celsius", -160, None, "celsius", "=", None)]),
    # glued symbols, squared units, currency symbols after the amount, decades, box scores, network generations
    ("The wall is 17m long and 17m people saw it.", [("17m", 17, None, "metre", "=", None),
                                                     ("17m people", 17e6, None, "people", "=", None)]),
    ("Each bar weighs 45g and the can holds 330ml.", [("45g", 45, None, "gram", "=", None),
                                                      ("330ml", 330, None, "millilitre", "=", None)]),
    ("The flat is 32m2 and rent is 1,200€ a month.", [("32m2", 32, None, "square metre", "=", None),
                                                       ("1,200€ a month", 1200, None, "euro per month", "=", None)]),
    ("Prices in the 1990s hit people in their 40s.", []),
    ("A 1,000cc engine at 3000 rpm in 38C heat.", [("1,000cc", 1000, None, "cubic centimetre", "=", None),
                                                    ("3000 rpm", 3000, None, "revolutions per minute", "=", None),
                                                    ("38C", 38, None, "celsius", "=", None)]),
    ("He ran for 120 yds and scored 30 pts.", [("120 yds", 120, None, "yard", "=", None),
                                               ("30 pts", 30, None, "point", "=", None)]),
    ("Flags flew at half-staff after a third-party review.", []),
    ("Buyers spent more than 3.15 billion worth of yuan.", [("3.15 billion", 3.15e9, None, "", ">", None)]),
    ("Call 020 7946 0958 about section 12(3), open 24/7 since 9/11.", []),
    ("It holds 3/4 of the market.", [("3/4", 0.75, None, "", "=", None)]),
    ("1. Exports rose 5%.\n2. Imports fell.", [("5%", 5, None, "percent", "=", "up")]),
    ("The carrier parked three new 787 Dreamliner jets; tides may rise by 2150.", [("three new 787 Dreamliner jets", 3, None, "jet", "=", None)]),
    ("The town has 1 200 000 people and 1.500.000 visitors.", [("1 200 000 people", 1.2e6, None, "people", "=", None),
                                                               ("1.500.000 visitors", 1.5e6, None, "visitor", "=", None)]),
    ("It shut for a day and a half; he served two and a half years.", [
        ("a day and a half", 1.5, None, "day", "=", None), ("two and a half years", 2.5, None, "year", "=", None)]),
    ("He bought 2 and a half million shares for 50 euro cents each.", [
        ("2 and a half million shares", 2.5e6, None, "share", "=", None), ("50 euro cents", 0.5, None, "EUR", "=", None)]),
    ("Insurers can charge older people up to three times more.", [("three times", 3, None, "times", "<=", None)]),
    ("Output rose fivefold, a 10-fold gain on a manifold.", [("fivefold", 5, None, "times", "=", "up"),
                                                             ("10-fold", 10, None, "times", "=", "up")]),
    ("She averaged 21.3 ppg and 8.4 rpg; he had 1.2 WAR.", [("21.3 ppg", 21.3, None, "point per game", "=", None),
                                                            ("8.4 rpg", 8.4, None, "rebound per game", "=", None),
                                                            ("1.2 WAR", 1.2, None, "win above replacement", "=", None)]),
    # a conversion in brackets carries the hedge; an average is exact; a negative temperature is a level
    ("The geese can travel more than 800 kilometers (500 miles).", [("800 kilometers", 800, None, "kilometre", ">", None),
                                                                   ("500 miles", 500, None, "mile", ">", None)]),
    ("Tickets are set to rise by an average of 9 euros.", [("9 euros", 9, None, "EUR", "=", "up")]),
    ("Nights there reach minus 40 degrees Celsius.", [("minus 40 degrees Celsius", -40, None, "celsius", "=", None)]),
    # a later figure completes an earlier one: a suspended hyphen, a partitive "of"
    ("The tablet ships with a 10- or 11-inch display.", [("10", 10, None, "inch", "=", None), ("11-inch", 11, None, "inch", "=", None)]),
    ("It has 35m of its smart speakers in homes.", [("35m of its smart speakers", 35e6, None, "speaker", "=", None)]),
    ("Stocks rose by 2 percent but Acme fell by 1.", [("2 percent", 2, None, "percent", "=", "up"),
                                                      ("1", 1, None, "percent", "=", "down")]),
    # bounds: "no more than" is an upper bound; "the lead up to" is not one
    ("They paid no less than $5 and not more than $9.", [("$5", 5, None, "USD", ">=", None), ("$9", 9, None, "USD", "<=", None)]),
    ("Sensex +0.3%.", [("+0.3%", 0.3, None, "percent", "=", "up")]),
    ("The startup raised $12 billion; the bank raised its offer by $2 billion.", [
        ("$12 billion", 12e9, None, "USD", "=", None), ("$2 billion", 2e9, None, "USD", "=", "up")]),
    ("It raised $12 billion ($21.6 billion) Yamal project funds.", [
        ("$12 billion", 12e9, None, "USD", "=", None), ("$21.6 billion", 21.6e9, None, "USD", "=", None)]),
    ("The current account slipped to $-12.4bn in June.", [("$-12.4bn", -12.4e9, None, "USD", "=", None)]),
    ("The bond built on losses from the prior three weeks.", [("three weeks", 3, None, "week", "=", None)]),
    ("Shipments fell short of forecasts of 18,250 tractors.", [("18,250 tractors", 18250, None, "tractor", "=", None)]),
    ("Turnover topped $8 billion, on top of a 3 per cent levy.", [("$8 billion", 8e9, None, "USD", ">", None),
                                                                ("3 per cent", 3, None, "percent", "=", None)]),
    ("Networks changed in the lead up to 4G.", [("4G", 4, None, "generation wireless", "=", None)]),
    # a bare number compared with a figure that has a unit shares it
    ("Economy improved from 31 mpg in 2011 to 37 in 2021.", [("31 mpg", 31, None, "mile per gallon", "=", None),
                                                          ("37", 37, None, "mile per gallon", "=", None)]),
    ("The highest bid was 62.5 cents, while the weakest was 58.25.", [("62.5 cents", 0.625, None, "USD", "=", None),
                                                                   ("58.25", 0.5825, None, "USD", "=", None)]),
    ("About 380 bikes were stolen, compared with 97 last year.", [("380 bikes", 380, None, "bike", "~", None),
                                                                   ("97", 97, None, "bike", "=", None)]),
    ("Sales hit 5.6 million consoles, up from 4.1 million in 2019.", [
        ("5.6 million consoles", 5.6e6, None, "console", "=", None), ("4.1 million", 4.1e6, None, "console", "=", None)]),
    ("Shares rose 3% to 150 on Monday.", [("3%", 3, None, "percent", "=", "up"), ("150", 150, None, "", "=", None)]),
    ("It wants 30 gigawatts by 2030, equal to about 20 large coal plants.", [
        ("30 gigawatts", 30, None, "gigawatt", "=", None), ("20 large coal plants", 20, None, "plant", "~", None)]),
    ("Gas costs $3 a gallon, compared with $2.50 last year.", [("$3 a gallon", 3, None, "dollar per gallon", "=", None),
                                                               ("$2.50", 2.5, None, "dollar per gallon", "=", None)]),
    ("The copper contract was up $14.60 US.", [("$14.60 US", 14.6, None, "USD", "=", "up")]),
    ("It will cost 2 or 3 billion euros.", [("2", 2e9, None, "EUR", "=", None),
                                            ("3 billion euros", 3e9, None, "EUR", "=", None)]),
    ("Lunch costs eight or nine euros, for 7 or 8 inches of pizza.", [
        ("eight", 8, None, "EUR", "=", None), ("nine euros", 9, None, "EUR", "=", None),
        ("7", 7, None, "inch", "=", None), ("8 inches", 8, None, "inch", "=", None)]),
    ("The EU achieved a new all-time record of 130.7 billion euros.", [("130.7 billion euros", 130.7e9, None, "EUR", "=", None)]),
    # "by X to Y unit": a range of the change
    ("Output was cut by 2 to 3 million barrels.", [("2 to 3 million barrels", 2e6, 3e6, "barrel", "=", "down")]),
    ("Carriers are moving from 4G to 5G.", [("4G", 4, None, "generation wireless", "=", None),
                                            ("5G", 5, None, "generation wireless", "=", None)]),
    ("Demand for sub-400 sq m offices surged.", [("400 sq m", 400, None, "square metre", "<", None)]),
    ("Her now-14 month-old son slept.", [("14 month-old", 14, None, "month of age", "=", None)]),
    ("One fourth of voters stayed home.", [("One fourth", 0.25, None, "", "=", None)]),
    ("There are nine thousand four hundred and six students.",
     [("nine thousand four hundred and six students", 9406, None, "student", "=", None)]),
    ("The car has a 1.5-liter three-cylinder engine with 180bhp.",
     [("1.5-liter", 1.5, None, "litre", "=", None), ("three-cylinder", 3, None, "cylinder", "=", None),
      ("180bhp", 180, None, "brake horsepower", "=", None)]),
    ("China ended its one-child policy; the Five-Year Plan starts.", []),
    # orders of magnitude: the range [N, 10N), approximate
    ("Repairs could run to tens of millions of euros.",
     [("tens of millions of euros", 1e7, 1e8, "EUR", "~", None)]),
    ("Ash rose hundreds of miles into the sky.", [("hundreds of miles", 100, 1000, "mile", "~", "up")]),
    ("Yields fell to 1.2pc.", [("1.2pc", 1.2, None, "percent", "=", None)]),
    # rates: an amount per something is not an amount
    ("Brent settled at $61.20 a barrel.", [("$61.20 a barrel", 61.2, None, "dollar per barrel", "=", None)]),
    ("The plan costs A$12.99 per month.", [("A$12.99 per month", 12.99, None, "australian dollar per month", "=", None)]),
    ("The cartel will trim supply by 250,000 barrels per day.",
     [("250,000 barrels per day", 2.5e5, None, "barrel per day", "=", "down")]),
    ("Prices rose 3% a year.", [("3%", 3, None, "percent", "=", "up")]),
    # an equivalent after "or" is the same movement; a hedge between verb and number keeps the direction
    ("The gauge advanced 44 points, or 1.3%.", [("44 points", 44, None, "point", "=", "up"),
                                               ("1.3%", 1.3, None, "percent", "=", "up")]),
    ("Zeta rose under 4%.", [("4%", 4, None, "percent", "<", "up")]),
    ("Owners receive C $9 (US $6.60) per share.", [("C $9", 9, None, "canadian dollar per share", "=", None),
                                                    ("US $6.60", 6.6, None, "dollar per share", "=", None)]),
    # Australian style: the country letters after the "$"
    ("The miner now sees earnings of $US85 million to $US92 million.",
     [("$US85 million to $US92 million", 85e6, 92e6, "USD", "=", None)]),
    ("The float raised $A1.5 billion and $NZ300m.", [("$A1.5 billion", 1.5e9, None, "AUD", "=", None),
                                                     ("$NZ300m", 3e8, None, "NZD", "=", None)]),
    # a fraction of a group named after it; "MPs" are members of parliament, not metres per second
    ("Half the flats on the estate were empty.", [("Half", 0.5, None, "", "=", None)]),
    ("A dozen MPs wrote to the speaker; half the time nobody replied.", [("A dozen MPs", 12, None, "mp", "=", None)]),
    # fractions written with a fraction sign or a slash after a whole number
    ("The shed is 3½ metres by 2 1/4 metres, and the path ½ metre.",
     [("3½ metres", 3.5, None, "metre", "=", None), ("2 1/4 metres", 2.25, None, "metre", "=", None),
      ("½ metre", 0.5, None, "metre", "=", None)]),
    # days of a date and scores are not quantities
    ("The festival runs from June 9 to 12 and (04.07.2021) closes with fireworks.", []),
    ("The visitors held on for a narrow 2-0 win after a 3-1 defeat last week.", []),
    # a surname opening the sentence, then an age
    ("Okafor, 38, runs the clinic.", [("38", 38, None, "year of age", "=", None)]),
    # a bare number coordinated with a count counts the same thing
    ("At least nine miners died and 23 injured in the blast.",
     [("nine miners", 9, None, "miner", ">=", None), ("23", 23, None, "miner", "=", None)]),
    ("The registry lists 61 closures in 2019 and about 40 in 2020.",
     [("61 closures", 61, None, "closure", "=", None), ("40", 40, None, "closure", "~", None)]),
    # a currency named with its country; a capital "A" before "$" is the article, not Australia
    ("Each guide was paid 900 Malaysian ringgit and 2,000 Philippine pesos.",
     [("900 Malaysian ringgit", 900, None, "MYR", "=", None), ("2,000 Philippine pesos", 2000, None, "PHP", "=", None)]),
    ("A $500 fine applies.", [("$500", 500, None, "USD", "=", None)]),
    ("The survey ship logged 9,400 nautical miles.", [("9,400 nautical miles", 9400, None, "nautical mile", "=", None)]),
    # a number word reached by a movement is a level; the noun after the next number is that number's (the
    # nine is the number of cases: the subject names what it counts)
    ("The number of confirmed cases has risen to nine and about 3,000 residents have been tested.",
     [("nine", 9, None, "case", "=", None), ("3,000 residents", 3000, None, "resident", "~", None)]),
    # a change noun the tagger calls an adjective, and "loss" (not the plural of "los")
    ("Police logged a 4 percent uptick in burglaries and a 30 percent loss of bicycles.",
     [("4 percent", 4, None, "percent", "=", "up"), ("30 percent", 30, None, "percent", "=", "down")]),
    # letters glued to a number that are not a unit; ages after a name or "dies at"; "a pair of" counts the noun
    ("The 76ers signed him before the 3D film premiered.", []),
    ("Marta Ruiz, 52.", [("52", 52, None, "year of age", "=", None)]),
    ("The museum was founded by Tom LaCalamita, 67, of Ohio.", [("67", 67, None, "year of age", "=", None)]),
    ("The composer, who dies at 91, left 40 operas.",
     [("91", 91, None, "year of age", "=", None), ("40 operas", 40, None, "opera", "=", None)]),
    ("She bought a pair of boots and a couple of hats.",
     [("a pair of boots", 2, None, "boot", "=", None), ("a couple of hats", 2, None, "hat", "=", None)]),
    # a time with a spaced "a. m." and a street address with a direction letter are not quantities
    ("The ferry leaves at 7 a. m. daily.", []),
    ("The shop at 200 W. Harbor Blvd. sells 300 lamps.", [("300 lamps", 300, None, "lamp", "=", None)]),
    # "a third suspect" is an ordinal; "by a third" is the size of a movement
    ("A third suspect, a 46-year-old man, was also arrested.", [("46-year-old", 46, None, "year of age", "=", None)]),
    ("Prices rose by a fifth in March.", [("a fifth", 0.2, None, "", "=", "up")]),
    # "make up", "speed up": phrasal verbs, not rises (but "shares picked up 5%" is one)
    ("Women make up more than 47 percent of the workforce.", [("47 percent", 47, None, "percent", ">", None)]),
    ("He asked lawmakers to speed up $387 million in spending.", [("$387 million", 387e6, None, "USD", "=", None)]),
    ("Shares picked up 5% on Monday.", [("5%", 5, None, "percent", "=", "up")]),
    # one name, then where the person is from: an age
    ("He is charged with murder in the death of Kafoury, 63, of Warren.", [("63", 63, None, "year of age", "=", None)]),
    ("Cases rose in Ohio, 12, of which 4 were new.", [("12", 12, None, "", "=", None), ("4", 4, None, "", "=", None)]),
    # a second casualty verb whose object is left out; "species" is its own singular
    ("The quake killed at least six people, injured almost 50 and damaged homes.",
     [("six people", 6, None, "people", ">=", None), ("50", 50, None, "people", "~", None)]),
    ("The law protects 1,400 species.", [("1,400 species", 1400, None, "species", "=", None)]),
    ("That is what we had 20 or 30 years ago.", []),
    # earthquake magnitudes in three spellings; a version in a name; an age range of children
    ("A magnitude 6.4 tremor shook the port, the strongest since a 5.9 -magnitude quake in 2011.",
     [("6.4", 6.4, None, "magnitude", "=", None), ("5.9 -magnitude", 5.9, None, "magnitude", "=", None)]),
    ("The tremor measured 4.8 on the Richter scale.", [("4.8", 4.8, None, "magnitude", "=", None)]),
    ("Supporters of Web 2.0 met in Leeds.", []),
    ("A survey of 8-11 year-olds was published.", [("8-11 year-olds", 8, 11, "year of age", "=", None)]),
    # a web address written with spaces around its slashes (as in the ECB+ corpus)
    ("http: / / www. example. com / news / 2012 / 04 / 17 / council-votes-on-budget /", []),
    # a range open at the top; a starting level that takes the scale and currency of the level reached
    ("Analysts put the bill at anywhere from $3 billion to more than $5 billion.",
     [("$3 billion to more than $5 billion", 3e9, 5e9, "USD", ">", None)]),
    ("Public debt climbed from 18.6 to 27 billion euros.",
     [("18.6", 18.6e9, None, "EUR", "=", None), ("27 billion euros", 27e9, None, "EUR", "=", None)]),
    # the unit from what the number is about: a count of the noun after "number of", an age
    ("The number of asylum seekers in the camps reached 3.2 million last year.",
     [("3.2 million", 3.2e6, None, "seeker", "=", None)]),
    ("The median age of the crew was 41.", [("41", 41, None, "year of age", "=", None)]),
    ("Police seized 300 rifles, 120 of which were stolen.",
     [("300 rifles", 300, None, "rifle", "=", None), ("120", 120, None, "rifle", "=", None)]),
    ("Three out of five nurses said they were exhausted.",
     [("Three", 3, None, "nurse", "=", None), ("five nurses", 5, None, "nurse", "=", None)]),
    ("Women aged between 30 and 45 were invited; residents over 70 get a free pass.",
     [("30 and 45", 30, 45, "year of age", "=", None), ("70", 70, None, "year of age", ">", None)]),
    # a hyphenated percent; euro cents in words; a suspended hyphen range
    ("She owns a 15-percent share of the club.", [("15-percent", 15, None, "percent", "=", None)]),
    ("The fare will rise by ten euro cents next month.", [("ten euro cents", 0.1, None, "EUR", "=", "up")]),
    ("They signed a 10- to 15-year lease.", [("10- to 15-year", 10, 15, "year", "=", None)]),
    # a rank is not a quantity; no day of a month is 214; a share in brackets is not the unit of the count
    ("The club reached the top 10 for the first time.", []),
    ("Last August, 214 pupils sat the exam.", [("214 pupils", 214, None, "pupil", "=", None)]),
    ("Burglaries came second, with 74 (12.5 percent), after thefts.",
     [("74", 74, None, "", "=", None), ("12.5 percent", 12.5, None, "percent", "=", None)]),
    # a bare "$" in brackets after another dollar is the US dollar it converts to
    ("HONG KONG (Reuters) - The fund closed at HK$8.40 ($1.08) on Friday.",
     [("HK$8.40", 8.4, None, "HKD", "=", None), ("$1.08", 1.08, None, "USD", "=", None)]),
    # a currency name joined by a hyphen; a magnitude "of"; a weekday after a score is not what it counts
    ("The bistro offers 30-euro lunches and 50-euro dinners.",
     [("30-euro", 30, None, "EUR", "=", None), ("50-euro", 50, None, "EUR", "=", None)]),
    ("A tremor with a preliminary magnitude of 3.9 hit the valley.", [("3.9", 3.9, None, "magnitude", "=", None)]),
    ("The guard scored 24 Saturday night.", [("24", 24, None, "", "=", None)]),
    # times in capitals or with a space after the colon; a list marker after a colon; "No. 1" is a rank
    ("Posted on May 2, 2012, 6: 15 PM EDT by staff.", []),
    ("The plan rests on three pillars: 1.", [("three pillars", 3, None, "pillar", "=", None)]),
    ("The No. 3 seed lost to the No. 14 seed.", []),
    # unit letters that are currencies in a sentence about prices, and temperatures written with a spaced letter
    ("A taxi to the airport costs about 350 R.", [("350 R", 350, None, "ZAR", "~", None)]),
    ("The meal cost 420 kn, and the ferry sailed at 14 kn.",
     [("420 kn", 420, None, "HRK", "=", None), ("14 kn", 14, None, "knot", "=", None)]),
    ("Overnight temperatures fell to -7 C and water froze at 32 F.",
     [("-7 C", -7, None, "celsius", "=", None), ("32 F", 32, None, "fahrenheit", "=", None)]),
    # a bare amount before a bracketed conversion at the same rate is in the currency converted before it
    ("It lists at 3,150,000 yen ($28,700) for the hybrid and 2,980,000 ($27,150) for the petrol model.",
     [("3,150,000 yen", 3150000, None, "JPY", "=", None), ("$28,700", 28700, None, "USD", "=", None),
      ("2,980,000", 2980000, None, "JPY", "=", None), ("$27,150", 27150, None, "USD", "=", None)]),
    # "-plus" is at least; a beta number, a stock code and the year of a named event are labels
    ("She has coached for three-plus seasons.", [("three-plus seasons", 3, None, "season", ">=", None)]),
    ("The flaw was found in the Beta 3 build of the browser.", []),
    ("Acme Storage (TWSE: 2496) makes disk arrays.", []),
    ("The 2012 Olympics drew 9,000 volunteers.", [("9,000 volunteers", 9000, None, "volunteer", "=", None)]),
    ("Its customers include over than 40% of regional lenders.", [("40%", 40, None, "percent", ">", None)]),
    # phone numbers with a bracketed country code or a six-digit local part; an emergency number; a time stamp
    ("For details call (+31) 20 555 01 23 or 0800 123456 today.", []),
    ("A neighbour heard shouting and dialled 999.", []),
    ("21.40 Polls close in the north, and counting begins.", []),
    # "its growing 5G network": an adjective, not a rise; an age limit and a life expectancy are ages
    ("The carrier is adding cities to its growing 5G network.", [("5G", 5, None, "generation wireless", "=", None)]),
    ("The party scrapped its upper age limit of 75 for candidates.", [("75", 75, None, "year of age", "=", None)]),
    ("Life expectancy for men in the district is around 76.", [("76", 76, None, "year of age", "~", None)]),
    # a duration that says when is not a movement; "ages 47 and 48"; "the 12 months to June" is a period;
    # "a score of 9/10" is a rating; a spaced web address under a country domain
    ("Two weeks later, the tally had grown to more than 1,700.",
     [("Two weeks", 2, None, "week", "=", None), ("1,700", 1700, None, "", ">", None)]),
    ("Two brothers, ages 19 and 23, were arrested.",
     [("Two brothers", 2, None, "brother", "=", None), ("19", 19, None, "year of age", "=", None),
      ("23", 23, None, "year of age", "=", None)]),
    ("Net migration rose by 26,000 in the 12 months to June.", [("26,000", 26000, None, "", "=", "up")]),
    ("Critics awarded the film a score of 8/10.", []),
    ("http: / / news. example. co. uk / 2014 / 03 / 18 / storm-damage-report /", []),
    # a hyphenated fraction; the year of a price level
    ("The bank raised its rate by one-quarter point.", [("one-quarter point", 0.25, None, "percentage point", "=", "up")]),
    ("A stamp cost 5 cents in 1950, or 62 cents in 2020 dollars.",
     [("5 cents", 0.05, None, "USD", "=", None), ("62 cents", 0.62, None, "USD", "=", None)]),
    # "half a point" of a rate is half a percentage point; "half an hour"
    ("The jobless rate fell half a point to 4.1%.",
     [("half a point", 0.5, None, "percentage point", "=", "down"), ("4.1%", 4.1, None, "percent", "=", None)]),
    ("The hearing ran half an hour late.", [("half an hour", 0.5, None, "hour", "=", None)]),
    # a part of a counted whole; an age before "said"; road names, "2+2 talks" and the emergency number
    ("Four of 13 board members are women.",
     [("Four", 4, None, "member", "=", None), ("13 board members", 13, None, "member", "=", None)]),
    ("Two of the 12 jurors were ill.", [("Two", 2, None, "juror", "=", None), ("12 jurors", 12, None, "juror", "=", None)]),
    ("The plan is sound, Okoro, 44, said.", [("44", 44, None, "year of age", "=", None)]),
    ("The crash closed the 405 Freeway after 2+2 talks ended; a driver called 911.", []),
    # the level reached, named "the previous level of"; a trademark's version; street addresses and blocks
    ("The ceiling would fall back to the previous level of $18.1 trillion.",
     [("$18.1 trillion", 18.1e12, None, "USD", "=", None)]),
    ("It runs on the Acme® 10 platform.", []),
    ("Officers searched the 4500 block of 23rd Street and 40 East 5th Ave. on Friday.", []),
    # "a quarter of a billion pounds", "a quarter of one percent", AP's "euro22 billion"; a decimal after a
    # month and comma is not a day; "by 2100 thanks to"
    ("The carmaker will invest almost a quarter of a billion pounds.",
     [("a quarter of a billion pounds", 2.5e8, None, "GBP", "~", None)]),
    ("The Fed raised its benchmark rate by a quarter of one percent.",
     [("a quarter of one percent", 0.25, None, "percent", "=", "up")]),
    ("Lawmakers backed the country's euro22 billion share of the bailout.",
     [("euro22 billion", 22e9, None, "EUR", "=", None)]),
    ("Inflation should reach 2.4 percent in January, 0.3 percentage points above December.",
     [("2.4 percent", 2.4, None, "percent", "=", None), ("0.3 percentage points", 0.3, None, "percentage point", "=", None)]),
    ("Up to 60 percent of the dunes may be gone by 2100 thanks to rising seas.",
     [("60 percent", 60, None, "percent", "<=", None)]),
    # a word range shares the scale; "by half to 1.5 percent" is a movement then a level; "?1.3m" is an amount
    # whose currency sign the encoding lost; "a 25 million luxury hotel" is not 25 million hotels
    ("Sweden would have to take in six to seven million refugees.",
     [("six to seven million refugees", 6e6, 7e6, "refugee", "=", None)]),
    ("Growth could be cut by half to 1.5 percent this year.",
     [("half", 0.5, None, "", "=", "down"), ("1.5 percent", 1.5, None, "percent", "=", None)]),
    ("Regulators fined the firm $1.6m (?1.3m) last year.",
     [("$1.6m", 1.6e6, None, "USD", "=", None), ("1.3m", 1.3e6, None, "", "=", None)]),
    ("The courthouse will become a ?25 million luxury hotel.", [("25 million", 25e6, None, "", "=", None)]),
    # whole numbers before "percent" after a movement are a range; decimals more likely a from-to
    ("Rents could rise 3 to 6 percent next year.", [("3 to 6 percent", 3, 6, "percent", "=", "up")]),
    # continental formats, FT-style "Rmb40bn", glued rand and rupees, won with a large amount
    ("The bill came to 1.200,50 € and VAT was 19,5 %.",
     [("1.200,50 €", 1200.5, None, "EUR", "=", None), ("19,5 %", 19.5, None, "percent", "=", None)]),
    ("It raised Rmb40bn, R1.5bn and Rs1,500 crore less 20,000 won.",
     [("Rmb40bn", 40e9, None, "CNY", "=", None), ("R1.5bn", 1.5e9, None, "ZAR", "=", None),
      ("Rs1,500 crore", 1.5e10, None, "INR", "=", None), ("20,000 won", 20000, None, "KRW", "=", None)]),
    ("Take the R5 road; they won 20 games.", [("20 games", 20, None, "game", "=", None)]),
    # a phone number after a country code, a house number with a letter, a ratio, a year after "of"
    ("Call +1 (212) 555-0100 or visit 221B Baker Street; the ratio was 3:1 under the law of 1965.", []),
    # "TV" is not teravolts; "about 50 hurt" counts people; a role then an age; a name with "One"; an age has no
    # movement; inches in a bracket; "in the 1967 slayings" is a year
    ("Two TV crews and 30 reporters came; ten people were killed and about 50 hurt.",
     [("Two TV crews", 2, None, "crew", "=", None), ("30 reporters", 30, None, "reporter", "=", None),
      ("ten people", 10, None, "people", "=", None), ("50", 50, None, "people", "~", None)]),
    ("The singer, 26, checked in late on Thursday.", [("26", 26, None, "year of age", "=", None)]),
    ("Leaders met at the One Belt, One Road forum.", []),
    ("She lost an eight-year-old son in the 1994 floods.", [("eight-year-old", 8, None, "year of age", "=", None)]),
    ("The figurine is 19cm (7.4 in) tall.",
     [("19cm", 19, None, "centimetre", "=", None), ("7.4 in", 7.4, None, "inch", "=", None)]),
    # an order of magnitude with nothing after it (left dead: people, as "leaving 34 dead"); the finance pages' "MM"
    ("The war left tens of thousands dead.", [("tens of thousands", 1e4, 1e5, "people", "~", None)]),
    ("The club pays him $20MM a year.", [("$20MM a year", 2e7, None, "dollar per year", "=", None)]),
    # people, then their ages
    ("She is survived by two sons, 11 and 14.",
     [("two sons", 2, None, "son", "=", None), ("11", 11, None, "year of age", "=", None),
      ("14", 14, None, "year of age", "=", None)]),
    # "kms"; "turns 29"; a first name with an inner capital; a mobile number after a country code; the last part
    # of a hyphenated noun is what is counted; an all-capitals number word in a name
    ("The town is about 30 kms away; its mayor, who turns 61 on Friday, said so.",
     [("30 kms", 30, None, "kilometre", "~", None), ("61", 61, None, "year of age", "=", None)]),
    ("Relatives of DeShawn Miles, 36, were there.", [("36", 36, None, "year of age", "=", None)]),
    ("WhatsApp us on +44 7555 173285 today.", []),
    ("He is accused of shooting three co-workers at SIX Payment Services.",
     [("three co-workers", 3, None, "co-worker", "=", None)]),
    # "m" for millions once a sentence uses it; a 4×4; a year after "below"
    ("The final drew 6.1m viewers, peaking at 6.9m.",
     [("6.1m viewers", 6.1e6, None, "viewer", "=", None), ("6.9m", 6.9e6, None, "", "=", None)]),
    ("Thieves rammed a 4×4 into the shop.", []),
    ("Emissions must fall to 40 percent below 1990 levels.", [("40 percent", 40, None, "percent", "=", None)]),
    # "from 90 to 75 pounds" takes the unit after, not the weeks before; "declined to" is a refusal
    ("In nine weeks at the shelter he went from 90 to 75 pounds.",
     [("nine weeks", 9, None, "week", "=", None), ("90", 90, None, "pound", "=", None),
      ("75 pounds", 75, None, "pound", "=", None)]),
    ("But 19 states declined to expand the program.", [("19 states", 19, None, "state", "=", None)]),
    # an id in a query string or after an underscore in a file name
    ("See fullpage.html? res=9402E6D71239F937 and story_n_3695929 for details.", []),
    # a date in capitals, a time glued to "am", half time in a match
    ("FEB. 4,2009 Two years ago, the club won an award.", []),
    ("The post went up at 8:38am PST and the teams were level at half time.", []),
    # a unit written with hyphens before a noun
    ("They bought a 2,000-square-foot house behind a 5-foot-tall fence.",
     [("2,000-square-foot", 2000, None, "square foot", "=", None), ("5-foot", 5, None, "foot", "=", None)]),
    ("In 2015, 34,750 second-chance requests were filed.",
     [("34,750 second-chance requests", 34750, None, "request", "=", None)]),
    # one unit per another, written with a slash
    ("Samples held 200 mg/kg of the additive; cars emit 95 g/km.",
     [("200 mg/kg", 200, None, "milligram per kilogram", "=", None), ("95 g/km", 95, None, "gram per kilometre", "=", None)]),
    # a glued unit before a slash is a rate; bracketed list markers and coordinated years are not quantities
    ("It cruises at 140mph (225km/h).", [("140mph", 140, None, "mile per hour", "=", None),
                                         ("225km/h", 225, None, "kilometre per hour", "=", None)]),
    ("The rule covers: (1) Fresh produce; (2) Dairy; and (3) Frozen foods.", []),
    ("The bloc kept its 2020 and 2030 goals.", []),
    # names between a count and its noun
    ("The firm shipped 12,000 Galaxy S and Galaxy Z phones.",
     [("12,000 Galaxy S and Galaxy Z phones", 12000, None, "phone", "=", None)]),
    # punctuation a scraped page glued to a word is not part of a counted noun: ".-The" ends the sentence
    ("The show displays over 100 robots.-The museum opened in May.", [("100 robots", 100, None, "robot", ">", None)]),
    # currencies named with their country, or less common ones
    ("Porters earn about 300 Bangladeshi taka a day; a permit costs 20,000 birr and a meal 50,000 dong.",
     [("300 Bangladeshi taka a day", 300, None, "taka per day", "~", None), ("20,000 birr", 20000, None, "ETB", "=", None),
      ("50,000 dong", 50000, None, "VND", "=", None)]),
    # a year after a capitalised "In" is not a count of what follows
    ("In 2024 exports rose 3%.", [("3%", 3, None, "percent", "=", "up")]),
    # an age in a relative clause, or with "when"; not a company's
    ("His son, who is 12, was unhurt; the firm, which is 12, grew.",
     [("12", 12, None, "year of age", "=", None), ("12", 12, None, "", "=", None)]),
    ("She was 19 when the war began.", [("19", 19, None, "year of age", "=", None)]),
    # a won-lost pair is not a range
    ("The club has endured a disappointing 12-14 start; it hired 12-14 staff.",
     [("12-14 staff", 12, 14, "staff", "=", None)]),
    # a part of a whole has no direction, even after a losing verb
    ("The side has lost eight of 10.", [("eight", 8, None, "", "=", None), ("10", 10, None, "", "=", None)]),
    # a bare "m" before a function word is metres, not millions
    ("The hiker fell about 600m while descending; the firm lost 600m last year.",
     [("600m", 600, None, "metre", "~", "down"), ("600m", 600e6, None, "", "=", "down")]),
    # a surname with a capital inside, then an age
    ("LaSalle, 36, was charged on Friday.", [("36", 36, None, "year of age", "=", None)]),
    # "7 or 8 percent": the first number is a percentage too, not a count of "percent"
    ("Prices rose 7 or 8 percent.", [("7", 7, None, "percent", "=", "up"), ("8 percent", 8, None, "percent", "=", "up")]),
    # "three in 10 voters", "seven out of 10": both numbers count the same noun, a word number too
    ("About 3 in 10 voters agreed, with seven out of 10 saying so; he scored 2 in 10 minutes.",
     [("3", 3, None, "voter", "~", None), ("10 voters", 10, None, "voter", "=", None), ("seven", 7, None, "", "=", None),
      ("10", 10, None, "", "=", None), ("2", 2, None, "", "=", None), ("10 minutes", 10, None, "minute", "=", None)]),
    # a capital B or M set apart before a counted noun, or after a currency sign, is a scale; before "of" a byte
    ("The app has 2 M users and the archive holds 8 B of text; the round raised $3 B.",
     [("2 M users", 2e6, None, "user", "=", None), ("8 B", 8, None, "byte", "=", None),
      ("$3 B", 3e9, None, "USD", "=", None)]),
    # "years of age" and "or older" are ages; "or older/younger" bounds them like "or more"
    ("Buyers must be 21 or older; the law covers anyone under 16 years of age.",
     [("21", 21, None, "year of age", ">=", None), ("16 years of age", 16, None, "year of age", "<", None)]),
    # an amount whose currency sign the encoding lost counts no noun after it
    ("Police found an estimated ?250,000 drug haul.", [("250,000", 250000, None, "", "~", None)]),
    # the Gulf press writes dirhams "Dh"; a date spaced out by a scraper is not three numbers
    ("Posted 9 / 4 / 16: rents reached Dh8,500 a month.", [("Dh8,500 a month", 8500, None, "uae dirham per month", "=", None)]),
    # a date in capitals or a year and month in a spaced-out address is not a quantity
    ("Posted 14 MARCH, 2016 at blog. nl / 2016 / 03 / my-post.", []),
    ("Call the station on 061 41230 or the free line on 1800 555 222.", []),
    # an age before "a native of"; an age after a name opening the sentence is that person's
    ("On Monday, Lin, 23, a native of Fujian, was released.", [("23", 23, None, "year of age", "=", None)]),
    # parts of a century are years, not shares of one
    ("The party ruled for a quarter of a century; the dam is a half-century old.",
     [("a quarter of a century", 25, None, "year", "=", None), ("a half-century", 50, None, "year", "=", None)]),
    # a currency sign the encoding lost after a hyphen still keeps the counted noun out
    ("Ministers opened a new-\ufffd16.5 million centre in the town.", [("16.5 million", 16.5e6, None, "", "=", None)]),
    # a word that tallies a unit sits between the number and the unit; a date in a spaced-out address is skipped
    ("See example. com / 2016 / 04 / 12 / story: he ran 793 total yards and walked 12 extra miles.",
     [("793 total yards", 793, None, "yard", "=", None), ("12 extra miles", 12, None, "mile", "=", None)]),
    # "At 17, she ..." is an age
    ("At 17, she left school; at 21, she founded a company.",
     [("17", 17, None, "year of age", "=", None), ("21", 21, None, "year of age", "=", None)]),
    # a measure in two units side by side is one figure in the larger unit; parts set apart by commas stay apart
    ("The boy is 5ft 2in, the girl 4 feet 9 inches; the trip took 2 hours 30 minutes, then 3 hours, 10 minutes.",
     [("5ft 2in", round(5 + 2 / 12, 10), None, "foot", "=", None), ("4 feet 9 inches", 4.75, None, "foot", "=", None),
      ("2 hours 30 minutes", 2.5, None, "hour", "=", None), ("3 hours", 3, None, "hour", "=", None),
      ("10 minutes", 10, None, "minute", "=", None)]),
])
def test_number_forms(extractor, text, want):
    assert facts(extractor, text) == want


@pytest.mark.parametrize("text, surface, subject", [
    # whose rate, whose tax: a named clause subject is kept with the measured noun
    ("The US Federal Reserve has raised its benchmark interest rate by 0.25%.", "0.25%",
     "US Federal Reserve benchmark interest rate"),
    ("Mr Smith paid $5.3m in federal income tax.", "$5.3m", "Mr Smith federal income tax"),
    ("Greece can raise money at a coupon of 3.1pc over a decade.", "3.1pc", "Greece coupon"),
    ("The tanker will be 31 metres in length.", "31 metres", "tanker"),
    ("Dozens of other Acme investors could become millionaires.", "Dozens of other Acme investors",
     "other Acme investors"),
    ("Output rose from 12-15 mpg to 22 after 40min of tuning.", "12-15 mpg", "Output"),
    ("Acme Corp will cut 1,200 jobs this year.", "1,200 jobs", "Acme Corp jobs"),
    ("Top scorers: F Jane Roe (21.3 ppg, 8.4 rpg), G Ann Lee (11.2 ppg).", "8.4 rpg", "F Jane Roe"),
    ("In Asia: Nikkei -0.8% Kospi -1.1% Sensex +0.3%.", "-1.1%", "Kospi"),
    ("In Asia: Nikkei -0.8% Kospi -1.1% Sensex +0.3%.", "+0.3%", "Sensex"),
    ("Closing: Euro Stoxx 50 -0.4% IBEX -2.2% AEX +0.9%.", "-0.4%", "Euro Stoxx 50"),
    ("Closing: Euro Stoxx 50 -0.4% IBEX -2.2% AEX +0.9%.", "-2.2%", "IBEX"),
    ("Owners receive C $9 (US $6.60) per share in cash.", "C $9", "Owners"),
    ("Officials expect economic growth of 2.1% this year.", "2.1%", "economic growth"),
    ("The refinery will make 4.7m tonnes of diesel a year.", "4.7m tonnes", "refinery diesel"),
    ("Its software is used by 45% of the Fortune 500.", "45%", "Fortune 500"),
    # whose count: the clause subject, through "said it would" and "announced plans to"
    ("The retailer said it would close 120 stores.", "120 stores", "retailer stores"),
    ("Zenco on Tuesday unveiled plans to shed about 900 engineers.", "900 engineers", "Zenco engineers"),
    # a named possessor stays; the number of a hyphenated name stays; a priced noun is what the price is of
    ("Germany's economy grew 1.2% last year.", "1.2%", "Germany's economy"),
    ("The yield on the 10-year Treasury rose to 2.41 percent.", "2.41 percent", "yield on 10-year Treasury"),
    ("That $99.99 price point makes the phone a bargain.", "$99.99", "price point"),
    ("The airline climbed 3.4% in early trading.", "3.4%", "airline"),
    # a name set off by a dash at the start of a market report; a pronoun whose name is earlier in the sentence
    ("Norden Steel - The steelmaker sank 1.9% after a strike.", "1.9%", "Norden Steel steelmaker"),
    ("Today, Jane Roe runs her blog, where she has over 2 million readers.",
     "2 million readers", "Jane Roe readers"),
    # "with X up N", a subject the parser hung on the figure before, a share "of GDP" is not about GDP
    ("Shares rallied, with the Russell Midcap Index up 38 points.", "38 points", "Russell Midcap Index"),
    ("Tokyo's Nikkei added 1.1 percent to 24,288.28 and Seoul's Kospi rose 0.8 percent to 2,150.08.", "0.8 percent",
     "Seoul's Kospi"),
    ("The country will spend 2% of GDP on defence.", "2%", "country spending"),
    ("Acme holds 20 percent and the Silk Road Fund, 9.9 percent.", "9.9 percent", "Silk Road Fund"),
    # a phrase that says when is not part of what; "at" a named place is
    ("The export growth forecast for the quarter is 1.8%.", "1.8%", "export growth forecast"),
    ("Passenger growth at Barcelona's El-Prat Airport was 11.2% last year.", "11.2%",
     "Passenger growth at Barcelona's El-Prat Airport"),
    # a count that describes a noun is about that noun; a price paid "for" something is about it
    ("The base 3.0-liter six-cylinder motor feels strong.", "six-cylinder", "base motor"),
    ("Last spring we paid $14,260 for a 6 kW heat pump.", "$14,260", "heat pump"),
    ("Damage was found with ozone readings at 90 parts per billion.", "90 parts per billion", "ozone readings"),
    ("Acme delivered 63,000 sedans and 27,000 trucks.", "63,000 sedans", "Acme sedans"),
    ("It shipped 5,000 Model Y cars and 2,000 Model X trucks.", "2,000 Model X trucks", "Model X trucks"),
    # the level a change reaches is the level of what changed, not of the change
    ("There was a 35 basis point gain in operating margins to 18 per cent.", "18 per cent", "operating margins"),
    ("the stoxx 600 was up 0.7% and the dax slid 0.3%.", "0.7%", "stoxx 600"),
    ("The ranking is topped by a family with a net worth of 4.2 billion pounds.", "4.2 billion pounds", "net worth"),
    ("It reported a 10% drop in profit for the year.", "10%", "profit"),
    ("Exports saw a 5% rise in March.", "5%", "Exports"),
    # the next item of the same list ("... and $9.99 a month") is about the same thing; so is "(or ...)"
    ("The service costs $8.99 a month (or $89.99 a year) and $9.99 a month in Canada.", "$9.99 a month", "service"),
    ("The service costs $8.99 a month (or $89.99 a year) and $9.99 a month in Canada.", "$89.99 a year", "service"),
    ("The wreckage spread over a wide area, but most sank in calm water, only 30 feet deep.", "30 feet", "wreckage"),
    ("About 380 bikes were stolen this year, compared with 97 last year.", "97", "bikes"),
    ("Norway set a new all-time high of 40.2 billion euros ($44 billion) in 'seafood exports'.",
     "$44 billion", "Norway seafood exports"),
    # money that is the subject of "allocated for", "used to fund", "go to" is about what it is for
    ("Separately, 3 billion rupees ($36 mln) will be allocated for the construction of a clinic.",
     "3 billion rupees", "construction of clinic"),
    ("Separately, 3 billion rupees ($36 mln) will be allocated for the construction of a clinic.",
     "$36 mln", "construction of clinic"),
    ("Another $1.9 billion would be used to build new schools.", "$1.9 billion", "new schools"),
    ("Kenya will spend 700 mln euros ($760 mln) on marketing of its parks.", "700 mln euros",
     "Kenya marketing of parks"),
    ("An estimated 3.5 million people were displaced.", "3.5 million people", "people displaced"),
    # what happened to counted people tells counts apart
    ("At least 17 people were killed and more than 90 people injured.", "17 people", "people killed"),
    ("At least 17 people were killed and more than 90 people injured.", "90 people", "people injured"),
    ("About 2.1 million people displaced by the floods need shelter.", "2.1 million people", "people displaced"),
    ("Two companies agreed to the deal.", "Two companies", "companies"),
    # a clause whose verb is left out (gapping) names its own figure
    ("Imports rose 5% and exports 7% in March.", "5%", "Imports"),
    ("Imports rose 5% and exports 7% in March.", "7%", "exports"),
    ("Rent should rise between 2% and 3%, and water and power bills between 4% and 6%.", "4% and 6%",
     "water and power bills"),
    ("Half the flats on the estate were empty.", "Half", "flats on estate"),
    ("At least nine miners died and 23 injured in the blast.", "23", "miner injured"),
    ("Police logged a 4 percent uptick in burglaries and a 30 percent loss of bicycles.", "4 percent", "burglaries"),
    ("Police logged a 4 percent uptick in burglaries and a 30 percent loss of bicycles.", "30 percent", "bicycles"),
    # "profit after tax" read as a clause by the parser
    ("Profit after tax stood at $115 million last year.", "$115 million", "Profit after tax"),
    ("The quake killed at least six people, injured almost 50 and damaged homes.", "50", "people injured"),
    # whose the measured thing is: the subject of a verb that holds, earns or changes it
    ("The retailer expects an operating profit of $40 million this year.", "$40 million", "retailer operating profit"),
    ("The speaker comes with a 10 W charger.", "10 W", "speaker charger"),
    # "growth of 2.1 percent" names the growth, not who expects it
    ("Forecasters expect growth of 1.8 percent next year.", "1.8 percent", "growth"),
    # an of-phrase after the amount, hung on the verb; money earmarked "for" or pumped "into" something
    ("The pipeline will carry 12 billion cubic metres of gas a year.", "12 billion cubic metres", "gas"),
    ("The council has set aside $4m for road repairs.", "$4m", "road repairs"),
    ("The state will pump an extra $20m into school meals.", "$20m", "school meals"),
    # a name right before "with" holds the figure; "growth" named by itself; a range hung on a verb's object
    ("She ranks third, behind Acme's Jo Bloggs with $9 billion.", "$9 billion", "Acme's Jo Bloggs"),
    ("Those targets fall short of the 3% growth the minister promised.", "3%", "growth"),
    ("The bank moved its policy rate to a range of 2% to 2.25%.", "2% to 2.25%", "policy rate"),
    # a figure "compared with" an earlier one is about the same thing
    ("At least 40 migrants drowned crossing the strait, compared with 35 in the same weeks last year.", "35",
     "migrants drowned"),
    ("The ceiling would fall back to the previous level of $18.1 trillion.", "$18.1 trillion", "ceiling"),
    # what a common-noun owner has; a figure set off before "said X" is not the speaker's
    ("The president wants to cut the department's budget by 29 percent.", "29 percent", "department's budget"),
    ("Prices should rise 2.4 percent in May, 0.3 percentage points more than April, said Jo Lee, an economist.",
     "0.3 percentage points", "Prices"),
    # figures listed with one unit share what the last one names
    ("Over three years he declared $76,000, $24,000 and $118,000 in income.", "$24,000", "income"),
    # a list clause after a bare comma, its plural noun tagged as a verb
    ("Exports were 2.1 trillion yuan, imports 1.9 trillion yuan.", "1.9 trillion yuan", "imports"),
    ("Exports of goods were 2.1 trillion yuan, an increase of 8.5%; imports were 1.9 trillion yuan.", "8.5%",
     "Exports of goods"),
    # people a clause did something to are named by what was done, as when they are the subject
    ("The blast killed at least 14 people near the market.", "14 people", "people killed"),
    ("Police detained 30 fans after the match.", "30 fans", "fans detained"),
    ("The firm hired 300 engineers.", "300 engineers", "firm engineers"),
    # a participle's subject is the noun it modifies, not whoever made that noun
    ("The government issued an order banning imports from 12 countries.", "12 countries", "countries"),
    # the object a verb changes by the figure, when it is "the number of" something
    ("The study found the bill would raise the number of uninsured people by 14 million.", "14 million",
     "number of uninsured people"),
    # two counts with their own modifiers before one shared noun
    ("Coastguards detained 14 Eritrean and nine Sudanese migrants.", "14", "Eritrean migrants detained"),
    ("Coastguards detained 14 Eritrean and nine Sudanese migrants.", "nine Sudanese migrants",
     "Sudanese migrants detained"),
    # an age before the noun is another figure, not part of the subject
    ("The 36-year-old driver was fined 500 euros.", "500 euros", "driver"),
    # "with its X down N": X, and whose "its" is
    ("Two brewers cut forecasts on Monday, with their stock down 6.2%.", "6.2%", "brewers stock"),
    # a time's possessive is the period, not the owner; a place is where, not what
    ("This year's list price is $41,250 versus last year's $39,900.", "$39,900", "list price"),
    ("Officials said the median age at diagnosis is about 67 in the region.", "67", "median age at diagnosis"),
    ("Officials said turnout reached 61.2 percent in the election.", "61.2 percent", "turnout"),
    # a part of a count in a place: the count's subject there
    ("Police arrested 40 people, 12 in London and 28 in Greater Manchester.", "28", "people arrested in Greater Manchester"),
    ("Over 2 million homes lost power, including 800,000 in the Houston area.", "800,000",
     "homes in Houston area"),
    # what a conjoined object is, after the verb that has it
    ("The new coupe offers 500 hp and a peak torque of 600 Nm.", "600 Nm", "new coupe peak torque"),
    # a list item the parser leaves loose belongs to the verb of the item before it
    ("Jones scored 9 points and Smith had 12 points, 10 rebounds and four steals.", "10 rebounds", "Smith rebounds"),
    # two counts with their own modifiers, the second in digits
    ("Marines seized 12 Somali and 11 Yemeni fishermen as well as two boats.", "12", "Marines Somali fishermen"),
    # an average is not one game's or one home's figure; the average of estimates is still a count of them
    ("In five games, Jones averaged 21.4 points and 6.2 rebounds.", "6.2 rebounds", "average Jones rebounds"),
    ("Rents will rise by an average of 40 pounds a month.", "40 pounds a month", "average rents"),
    ("The forecast is the average of nine estimates.", "nine estimates", "estimates"),
    # "the percent of X" is about X; money dumped into something is for it
    ("The percent of road deaths from speeding rose to 13 percent.", "13 percent", "road deaths"),
    ("Donors are dumping an additional $2.5 million into the race.", "$2.5 million", "race"),
    # an of-phrase after a bracketed conversion names what the money is
    ("Some 40.5 billion yuan ($5.9 billion; 5.5 billion euros) of green bonds were sold.", "$5.9 billion", "green bonds"),
    # how money is paid is not what it is for
    ("Acme paid $20 million in cash and stock for the site.", "$20 million", "Acme site"),
    # but a payment split into cash and stock names each part
    ("Acme is paying $281m in cash and $53m in stock for Beta.", "$53m", "Acme stock"),
    # a bracketed conversion hedged on its own still shares the subject
    ("Nearly 140,000 square feet (more than 13,000 square meters) of reef were destroyed.", "13,000 square meters",
     "reef"),
    # people addressed or acted on are not the speaker's: a count's owner is someone who has, hires or loses them
    ("The mayor urged about 12,000 residents to stay indoors.", "12,000 residents", "residents"),
    ("The senator told some 800 supporters at a rally that she would run.", "800 supporters", "supporters"),
    ("The flood left 35 villagers homeless.", "35 villagers", "villagers"),
    ("The bakery employs 40 people.", "40 people", "bakery people"),
    # places and beneficiaries after "at", "for", "from", "into" are not the clause subject's
    ("Volunteers handed out bread at some 200 food banks.", "200 food banks", "food banks"),
    # the clause's subject named before the first count is not what a later bare count is about
    ("The coastguard rescued 40 migrants in May but 310 in June.", "310", "migrants rescued"),
    ("A plan to widen the motorway was rejected by 61 votes to 19.", "19", "votes"),
    # an age's subject is the person, without the possessive
    ("The 33-year-old singer's manager confirmed the news.", "33-year-old", "singer"),
    ("Jane Roe was born in Leeds. At 40, she opened a restaurant.", "40", "Jane Roe"),
    # a discount is on the thing it comes off (but a fall "off its high" is still about what fell)
    ("Offers this week include $120 off a Lenovo tablet.", "$120", "Lenovo tablet"),
    ("The shares traded 20% off their high.", "20%", "shares"),
    # each count in a list after a casualty verb is what the verb did (not the last noun of the item before)
    ("Gunmen killed 12 guards and drivers, some 30 villagers and four nurses.", "30 villagers", "villagers killed"),
    ("Gunmen killed 12 guards and drivers, some 30 villagers and four nurses.", "four nurses", "nurses killed"),
    # "in 9 games" is another count, not what the yards are
    ("Smith posted 410 yards in 9 games.", "410 yards", "Smith"),
    # figures listed each with its own place are about the same thing in each place (months are not places)
    ("Turnout was 61% in Leeds, 58% in York and 49% in Hull.", "58%", "Turnout in York"),
    ("Turnout was 61% in Leeds, 58% in York and 49% in Hull.", "49%", "Turnout in Hull"),
    ("Fares rose 4% in March and 6% in April.", "6%", "Fares"),
    # "NAME with N things": the name has them
    ("It was followed by Lyon with 12.4 million passengers.", "12.4 million passengers", "Lyon passengers"),
    ("The app launched on Monday with 50 new stickers.", "50 new stickers", "app new stickers"),
    # a change "to" something is a change of it, and the level it reaches ", to $X" is the same thing's
    ("The plan includes a $40 million cut to the museum's budget.", "$40 million", "museum's budget"),
    ("The city will see a $12 million increase in its budget, to $310 million.", "$310 million", "budget"),
    ("Acme Ltd, a rise of 210 percent to 4 billion yuan.", "4 billion yuan", "Acme Ltd"),
    # a number word inside a name and the index of "Standard & Poor's 500" stay in the name
    ("Capital One Financial rose $1.20 to $95.10.", "$1.20", "Capital One Financial"),
    ("The Standard & Poor's 500 index rose 12 points.", "12 points", "Standard & Poor's 500 index"),
    # a figure in a chain of nouns measures the last of them; "and 20 were wounded" counts the same people
    ("The merged group would have 35 percent client market share.", "35 percent", "merged group client market share"),
    ("Five soldiers were killed and 11 were wounded in the attack.", "11", "soldier wounded"),
    # a gapped clause with its own count: the name and the counted noun, and the first count leaves it out
    ("Tesla sold 500 cars and Ford 300 trucks.", "300 trucks", "Ford trucks"),
    ("Lebanon hosts 1.1 million Syrians and Jordan 657,000 refugees.", "1.1 million Syrians", "Lebanon Syrians"),
    # money taken from something is about that thing
    ("The scandal wiped $90 million from the bank's market value.", "$90 million", "bank's market value"),
    ("Ministers cut $4bn from the health budget.", "$4bn", "health budget"),
])
def test_subjects(extractor, text, surface, subject):
    got = {f.surface: f.subject for f in extractor(text)}
    assert got[surface] == subject


def test_an_equivalent_in_brackets_shares_the_subject(extractor):
    fs = extractor("Japan's exports to China reached 12 trillion yen ($105 billion) in 2016.")
    assert [f.surface for f in fs] == ["12 trillion yen", "$105 billion"]
    assert fs[0].subject == fs[1].subject != ""


def test_a_gapped_clause_keeps_the_movement(extractor):
    fs = {f.surface: f for f in extractor("Imports rose 5% and exports 7% in March; rents are set to climb between 2% and 3%.")}
    assert fs["7%"].direction == "up" and fs["7%"].kind == "growth"
    assert fs["2% and 3%"].direction == "up"


def test_a_pronoun_subject_is_carried_from_the_previous_sentence(extractor):
    fs = extractor("Travel services grew fastest last year.\n\nThey rose 38 percent to 1.2 trillion yuan.")
    assert [(f.surface, f.subject) for f in fs] == [("38 percent", "Travel services"),
                                                    ("1.2 trillion yuan", "Travel services")]
    # reported speech: what was said is about the prices, not the minister
    fs = extractor("Food prices rose sharply in March, the minister said. They are up 12% this year.")
    assert [(f.surface, f.subject) for f in fs] == [("12%", "Food prices")]


def test_a_subject_is_never_only_a_time(extractor):
    fs = extractor("Planners expect inflation of 3.4% this year and next year before easing to 2.6% in 2027.")
    assert [f.surface for f in fs] == ["3.4%", "2.6%"]
    assert all(f.subject not in ("next year", "this year", "") for f in fs), [f.subject for f in fs]


def test_subject_key_follows_a_subject_set_after_reading(extractor):
    fs = extractor("Norway and Chile have 310 and 290 glaciers respectively.")
    assert [(f.subject, f.subject_key) for f in fs] == [("Norway", "norway"), ("Chile", "chile")]


def test_respectively_pairs_names_with_figures_in_order(extractor):
    fs = extractor("Spain and Italy, with 31 and 27 respective medals, won half of the golds.")
    assert [(f.value, f.subject) for f in fs][:2] == [(31, "Spain"), (27, "Italy")]
    fs = extractor("China and the US have 609 and 552 billionaires respectively.")
    assert [(f.value, f.subject) for f in fs] == [(609, "China"), (552, "US")]
    fs = extractor("Revenue and earnings were 5.4 billion rand ($300 million) and 80 million, respectively.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(5.4e9, "ZAR", "Revenue"), (300e6, "USD", "Revenue"),
                                                           (80e6, "ZAR", "earnings")]


def test_a_subject_has_no_line_breaks(extractor):
    fs = extractor("The cartel agreed to trim supply\nwithin four weeks, the\nministers said.")
    assert fs and all("\n" not in f.subject and f.subject == f.subject.strip() for f in fs), [f.subject for f in fs]



def test_a_fraction_of_a_group_is_a_share_not_a_count(extractor):
    # the fraction is a part of the staff, not 0.5 staff; the count before it keeps its noun
    fs = extractor("The charity has 640 volunteers, half of whom are students.")
    assert [(f.surface, f.value, f.unit, f.kind) for f in fs] == [("640 volunteers", 640, "volunteer", "level"),
                                                                   ("half", 0.5, "", "share")]
    fs = extractor("A third of the ferries were late; two-thirds sail daily.")
    assert [(f.surface, f.unit, f.kind, f.subject) for f in fs][:1] == [("A third", "", "share", "ferries")]
    assert all(f.unit != "sail" for f in fs)
    fs = extractor("Fares were cut by a third.")
    assert [(f.surface, f.kind, f.direction) for f in fs] == [("a third", "change", "down")]


def test_electrical_units_in_plural_and_symbol_form(extractor):
    assert facts(extractor, "The pump draws 6 amps through a 470 Ω coil.") == [
        ("6 amps", 6, None, "ampere", "=", None), ("470 Ω", 470, None, "ohm", "=", None)]


def test_what_moved_a_threshold_passed_and_a_pace(extractor):
    def read(text):
        return [(f.surface, f.approx, f.direction, f.kind, f.subject) for f in extractor(text)]
    # the count that rose is not the rise; the threshold passed is a level
    assert read("Nine lenders rose more than 4%.") == [("Nine lenders", "=", None, "level", "lenders"),
                                                         ("4%", ">", "up", "growth", "lenders")]
    assert read("Support for the plan has sunk below 30 percent.") == [
        ("30 percent", "<", None, "level", "Support for plan")]
    # the pace of a movement is its growth rate, about what moves ("held at a rate of" stays a level)
    assert read("Rents grew at an annual rate of 6 percent.") == [("6 percent", "=", "up", "growth", "Rents")]
    assert read("Inflation held at a rate of 2 percent.")[0][2:4] == (None, "level")
    assert read("The clinics grew at an average of 35 percent a year.")[0][1:4] == ("=", "up", "growth")
    assert read("The new tariff shaved $3bn off exports.") == [("$3bn", "=", "down", "change", "exports")]
    # a change noun with what changed before the figure: "an increase in X of 5%" (but a loss made is a level)
    assert read("Stores reported an increase in footfall of 6%.")[0][1:4] == ("=", "up", "growth")
    assert read("It led to a devaluation in the rupee of about 8 percent.") == [
        ("8 percent", "~", "down", "growth", "rupee")]
    assert read("The firm posted a net loss in the quarter of $12 million.")[0][2:4] == (None, "level")
    # a figure "above/below the 2015 level" is the difference from it; "above sea level" is a height
    assert [r[2:4] for r in read("Sales were 3.2 billion rand, or 4 percent, above the 2015 figure.")] == [
        ("up", "change"), ("up", "growth")]
    assert read("The summit is 2,100 metres above sea level.")[0][2:4] == (None, "level")
    # "growth was 6.9 percent" is the growth (a net loss that was $5m is not a fall)
    assert read("Retail sales growth was 4.4 percent in May.")[0][2:4] == ("up", "growth")
    assert read("The net loss was $5 million.")[0][2:4] == (None, "level")
    assert read("The 15-inch has dropped $200.")[0][:4] == ("15-inch", "=", None, "level")
    # a figure after a dash and "or" restates the one before it, so it is about the same thing
    assert [r[4] for r in read("Snow cover was 190,000 square miles -- or 6% below normal.")] == ["Snow cover"] * 2
    # a figure reached that sizes a change noun is that change
    assert [r[2:4] for r in read("Exports swung from a 12 percent fall in 2019 to 4 percent growth in 2020.")] == [
        ("down", "growth"), ("up", "growth")]


def test_a_currency_sign_lost_to_the_encoding_keeps_the_scale_and_stays_out_of_the_subject(extractor):
    # U+FFFD is what a mis-decoded "£" becomes: "\ufffd18m" is 18 million of an unknown currency, not 18 metres
    fs = extractor("The new stand will cost \ufffd18m and seat 9,000 fans.")
    assert [(f.surface, f.value, f.unit) for f in fs] == [("18m", 18e6, ""), ("9,000 fans", 9000, "fan")]
    fs = extractor("Tenants in Galway now pay an average rent of \ufffd1,120 a month.")
    assert [(f.value, f.subject) for f in fs] == [(1120, "Tenants in Galway average rent")]


def test_a_label_word_used_as_a_verb_takes_a_count(extractor):
    assert facts(extractor, "The arena can seat 500 people; she sat in seat 12.") == [
        ("500 people", 500, None, "people", "=", None)]


def test_a_second_casualty_verb_after_a_longer_clause_counts_the_same_people(extractor):
    fs = extractor("Gunmen killed 12 soldiers near the border on Monday, and wounded 30.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(12, "soldier", "soldiers killed"),
                                                          (30, "soldier", "soldier wounded")]


def test_a_lost_currency_sign_keeps_the_hedge_and_money_raised_is_a_level(extractor):
    assert facts(extractor, "The fund has assets of over \ufffd2 billion.") == [("2 billion", 2e9, None, "", ">", None)]
    assert facts(extractor, "Some ?48,000 has been raised for the family.") == [("48,000", 48000, None, "", "~", None)]


def test_gapped_movements_and_listed_figures_share_the_movement(extractor):
    # after "raised ... from A to B;" the gapped pairs are movements too, not ranges
    fs = extractor("The fund raised its stake in Acme from 10% to 20%; in Zenith from 5% to 15%.")
    assert [(f.value, f.value_max) for f in fs] == [(10, None), (20, None), (5, None), (15, None)]
    # a range in a new clause stays a range
    fs = extractor("Fares rose from $4 to $5, while passes cost from $90 to $120.")
    assert [(f.value, f.value_max) for f in fs] == [(4, None), (5, None), (90, 120)]
    # "A and B lower": both figures are lower
    assert [f.direction for f in extractor("Rents and fees were 6 percent and 9 percent lower.")] == ["down", "down"]


def test_an_age_after_a_name_that_opens_the_sentence_is_that_persons(extractor):
    fs = extractor("Harward, 60, had been the leading candidate, sources said.")
    assert [(f.surface, f.unit, f.subject) for f in fs] == [("60", "year of age", "Harward")]


def test_a_compared_figure_measures_what_the_first_one_does(extractor):
    def read(text):
        return [(f.surface, f.approx, f.kind, f.subject) for f in extractor(text)]
    # "compared with 30 percent" is the same share of the same thing, unless it names its own ("of women")
    assert read("Inspectors passed 70 percent of the ferries this year, compared with 55 percent in 2019.") == [
        ("70 percent", "=", "share", "ferries"), ("55 percent", "=", "share", "ferries")]
    assert read("Nearly 12% of boys play, compared with 7% of girls.")[1][3] == "girls"
    # every conversion in the same brackets restates the first figure, hedge included
    assert read("The painting may sell for over 90,000 pounds (104,000 euros, $112,000).") == [
        ("90,000 pounds", ">", "level", "painting"), ("104,000 euros", ">", "level", "painting"),
        ("$112,000", ">", "level", "painting")]


def test_a_decade_in_words_is_not_a_count(extractor):
    assert facts(extractor, "The film covers the nineteen fifties; twenty fifties were in the till.") == [
        ("twenty fifties", 20, None, "fifty", "=", None)]


def test_the_age_of_a_person_is_read_through_at_the_age_of(extractor):
    def subjects(text):
        return [(f.surface, f.unit, f.subject) for f in extractor(text)]
    # the age belongs to the clause's subject, even when "at" hangs on a noun, and through "who"
    assert subjects("Jane Roe died at the age of 81.") == [("81", "year of age", "Jane Roe")]
    assert subjects("Roe was sent to a boarding school at the age of 9.") == [("9", "year of age", "Roe")]
    assert subjects("Tributes came for John Doe, who died on Sunday at the age of 64.") == [
        ("64", "year of age", "John Doe")]
    # "under the age of" describes the noun it follows
    assert subjects("Pupils under the age of 16 may not enter.") == [("16", "year of age", "Pupils")]


def test_a_figure_before_a_comma_is_not_the_next_nouns_count(extractor):
    fs = extractor("Her blood sugar level was 0.41, more than five times the usual limit.")
    assert [(f.surface, f.subject) for f in fs] == [("0.41", "blood sugar level"), ("five times", "usual limit")]


def test_a_number_word_that_is_a_difference_is_kept(extractor):
    # "six fewer than last year" is a change of six; the dash before it separates clauses, it is not a tally
    fs = extractor("The league is fielding 18 - six fewer than last season.")
    assert [(f.surface, f.value, f.value_max, f.direction, f.kind) for f in fs] == [
        ("18", 18, None, None, "level"), ("six", 6, None, "down", "change")]
    assert [f.surface for f in extractor("The club had 9-1 wins.")] == []  # an unspaced tally stays out


def test_a_count_in_an_in_addition_to_phrase_is_not_the_subjects(extractor):
    fs = extractor("Besides the ten ministers, in addition to the four advisers, two judges are expected.")
    assert [(f.surface, f.subject) for f in fs if f.surface == "four advisers"] == [("four advisers", "advisers")]


def test_a_percentage_before_more_or_fewer_things_is_a_relative_change(extractor):
    fs = extractor("The new clinic led to 40% fewer emergency visits.")
    assert [(f.surface, f.direction, f.kind, f.subject) for f in fs] == [("40%", "down", "growth", "emergency visits")]
    fs = extractor("Farms used 15 percent more water in the drought.")
    assert [(f.direction, f.subject) for f in fs] == [("up", "water")]


def test_a_players_line_is_all_the_players(extractor):
    # every figure of "finished with A and B" is the player's; "in a four-minute stretch" says when, not what
    fs = extractor("Roe finished with 21 points and eight rebounds, scoring 12 in a three-minute stretch.")
    assert [(f.surface, f.subject) for f in fs][:3] == [
        ("21 points", "Roe"), ("eight rebounds", "Roe rebounds"), ("12", "Roe")]


def test_cfa_francs_and_the_scale_word_of_an_earlier_figure(extractor):
    fs = extractor("Senegal's exports reached 410 billion CFA francs, while Gabon spent 90 billion Central African CFA francs.")
    assert [(f.value, f.unit) for f in fs] == [(410e9, "XOF"), (90e9, "XAF")]
    # "bln" belongs to the first figure; the second, about the same thing, does not name it
    fs = extractor("The country received $3.1 bln of foreign loans in 2023, up $420 mln from a year earlier.")
    assert [f.subject for f in fs] == ["country foreign loans", "country foreign loans"]


def test_money_raised_or_donated_for_a_cause_is_about_the_cause(extractor):
    fs = extractor("Some £2.5 million has been raised for the children's hospice appeal.")
    assert [(f.unit, f.subject) for f in fs] == [("GBP", "children's hospice appeal")]


def test_things_dropped_are_released_not_fewer(extractor):
    assert [f.direction for f in extractor("Planes dropped 3,000 leaflets over the city.")] == [None]
    assert [f.direction for f in extractor("Two bombs were dropped near the bridge.")] == [None]
    # but a rank or a seat count that drops is lower
    assert [f.direction for f in extractor("The club dropped four places in the table.")] == ["down"]


def test_a_year_on_year_change_noun_after_the_figure(extractor):
    fs = extractor("Subscribers reached 12 million in May, a 20 percent year-on-year increase.")
    assert [(f.surface, f.direction, f.kind) for f in fs] == [("12 million", None, "level"), ("20 percent", "up", "growth")]
    fs = extractor("Orders hit 4,000, representing a 15 percent year on year decline.")
    assert [(f.surface, f.direction) for f in fs][-1] == ("15 percent", "down")


def test_a_fact_box_field_names_its_figure(extractor):
    fs = extractor("Length: 4.2m - longer than the old model Weight: 1,350kg - heavier than the old model")
    assert [(f.surface, f.subject) for f in fs] == [("4.2m", "Length"), ("1,350kg", "Weight")]
    # not a sentence with a colon, a dateline or a title
    assert [f.subject for f in extractor("The answer is plain: 30% of the staff left.")] == ["staff"]
    assert [f.subject for f in extractor("LONDON: 12 trains were cancelled.")] == ["trains"]


def test_an_equivalent_after_a_lost_sign_and_a_bracket_then_or(extractor):
    fs = extractor("Spending will rise by $60bn (?48bn) or 8%, officials said.")
    assert [(f.value, f.unit, f.direction, f.subject) for f in fs] == [
        (60e9, "USD", "up", "Spending"), (48e9, "", "up", "Spending"), (8, "percent", "up", "Spending")]
    fs = extractor("The firm paid 50bn won ($44m;?35m) in fines.")
    assert [(f.value, f.unit) for f in fs] == [(50e9, "KRW"), (44e6, "USD"), (35e6, "")]


def test_a_year_after_a_determiner_or_possessive_is_not_a_count(extractor):
    assert extractor("She helped organise the 2011 protests in the capital.") == []
    assert extractor("Reporters obtained Smith's 2005 returns and his 2009 filings.") == []
    # a count still counts after a determiner when it is written as one ("the 2,000 workers")
    assert [(f.value, f.unit) for f in extractor("The 2,000 workers went home.")] == [(2000, "worker")]


def test_a_count_hung_on_the_first_noun_of_a_compound_counts_the_plural_head(extractor):
    fs = extractor("The city will deploy 1,600 snow plows from sanitation, plus another 80 snow plows from the transport department.")
    assert [(f.value, f.unit) for f in fs] == [(1600, "plow"), (80, "plow")]
    # a long run of modifiers before the counted noun
    fs = extractor("The new farms will produce as much power as about 20 decently sized coal-fired power plants.")
    assert [(f.value, f.unit) for f in fs] == [(20, "plant")]


def test_a_subject_leaves_out_a_conjoined_vague_count(extractor):
    fs = extractor("The island is home to around 300 people and hundreds of stray dogs.")
    assert [(f.unit, f.subject) for f in fs] == [("people", "island people"), ("dog", "stray dogs")]


@pytest.mark.parametrize("text, n", [
    ("One evening last spring, the mayor rang the station.", 0),
    ("The officers checked the bridge one morning and found nothing.", 0),
    ("She hopes to run the company one day.", 0),
    ("Until one day, the letters stopped.", 0),
    ("He denied a one night stand with the witness.", 0),
    # durations and intervals stay quantities
    ("He spent one night in a cell.", 1),
    ("The strike lasted one day.", 1),
    ("The vote came one day after the storm.", 1),
])
def test_one_day_or_one_morning_as_a_time_is_not_a_quantity(extractor, text, n):
    assert len([f for f in extractor(text) if f.value == 1]) == n


def test_counted_bases_are_bases(extractor):
    assert [f.unit for f in extractor("The plan adds three industrial bases by 2030.")] == ["base"]


def test_a_scraped_hyphen_for_a_space_before_an_amount(extractor):
    # some pages lose the space before a figure to a hyphen: the figure and its hedge are still read
    fs = extractor("The bloc pledged to give the new cabinet-90 million euros, and about-300 people came.")
    assert [(f.value, f.unit, f.approx) for f in fs] == [(90e6, "EUR", "="), (300, "people", "~")]
    # but a model name or a disease is not a figure
    assert extractor("The MC-21 and the covid-19 wards were shown.") == []


def test_a_bare_conversion_of_a_level_is_a_level(extractor):
    fs = extractor("The firm raised 600 million yuan ($87 million; 80 million euros; 70 million) from investors.")
    assert [(f.value, f.direction, f.kind) for f in fs] == [
        (600e6, None, "level"), (87e6, None, "level"), (80e6, None, "level"), (70e6, None, "level")]


def test_a_count_of_coordinated_kinds_counts_the_shared_noun(extractor):
    fs = extractor("The lender has served more than 3 million micro and small firms.")
    assert [(f.value, f.unit) for f in fs] == [(3e6, "firm")]
    # a name's number followed by "and" and a new clause counts nothing
    assert extractor("The recall of the Galaxy Note 7 device and reports have hurt sales.") == []


def test_ages_listed_after_people_are_theirs(extractor):
    fs = extractor("Police found three boys, ages 9 and 11, near the river.")
    assert [(f.unit, f.subject) for f in fs][1:] == [("year of age", "boys"), ("year of age", "boys")]


def test_magnitude_glued_by_a_hyphen_and_football_series_words(extractor):
    fs = extractor("Officials said the tremor measured magnitude-5.4, while others called it a magnitude-5.7 event.")
    assert [(f.value, f.unit) for f in fs] == [(5.4, "magnitude"), (5.7, "magnitude")]
    assert extractor("The visitors forced a three-and-out on the next drive.") == []


def test_a_relatives_age_after_a_comma(extractor):
    fs = extractor("She was late picking up her son, 9, from practice.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(9, "year of age", "son")]
    fs = extractor("He cooks for daughter Mia, 6, and son Leo, 4, every night.")
    assert [(f.value, f.unit) for f in fs] == [(6, "year of age"), (4, "year of age")]


def test_a_length_that_looks_like_a_year_is_not_a_period(extractor):
    fs = extractor("The climber slipped about 2000ft (610 metres) down the north face.")
    assert [(f.unit, f.period) for f in fs] == [("foot", None), ("metre", None)]


def test_a_spaced_web_address_split_at_its_dots_holds_no_figures(extractor):
    assert extractor("http: / / www. examplesports. com / 2014 / 3 / 9 / 4412087 / title-fight-results") == []


def test_a_rate_compared_with_an_earlier_rate_names_its_per_once(extractor):
    fs = extractor("Diesel rose a cent to $2.10 per gallon and kerosene was close to flat at $1.95 per gallon.")
    assert [f.unit for f in fs if f.value > 1] == ["dollar per gallon", "dollar per gallon"]


def test_a_full_stop_glued_to_the_next_sentence_by_a_hyphen(extractor):
    text = "The trust bought nearly 3 million acres.-The aim was to protect them."
    fs = extractor(text)
    assert [(f.surface, f.unit, text[f.start:f.end]) for f in fs] == [("3 million acres", "acre", "3 million acres")]
    assert fs[0].sentence == "The trust bought nearly 3 million acres."


def test_the_remaining_n_counts_what_the_count_before_counted(extractor):
    fs = extractor("The chain will shut about 150 branches and review the remaining 900, the company said.")
    assert [(f.value, f.unit) for f in fs] == [(150, "branch"), (900, "branch")]


def test_the_whole_a_moving_part_comes_from_did_not_move(extractor):
    fs = extractor("Of the 60 firms surveyed, 25 grew last year.")
    assert [(f.value, f.direction) for f in fs][0] == (60, None)
    fs = extractor("Of the 40 patients, 12 recovered and the other 28 stayed in hospital.")  # "of" hung on the 12
    assert [(f.value, f.direction) for f in fs][0] == (40, None)


def test_a_hyphenated_noun_the_parse_split_keeps_both_parts(extractor):
    fs = extractor("The 58-year-old co-founder of the bakery was honoured.")
    assert [f.subject for f in fs] == ["co-founder of bakery"]
    # but not a space the page lost before a name
    fs = extractor("He gave a 40-minute press conference-Monday in the capital.")
    assert [f.subject for f in fs] == ["press conference"]


def test_a_misspelt_percent_is_a_percent(extractor):
    assert [f.unit for f in extractor("Output grew 12 precent last year.")] == ["percent"]


def test_a_video_resolution_is_not_pence(extractor):
    assert extractor("The phone gets a 720p camera and 1080p video.") == []
    assert [(f.value, f.unit) for f in extractor("Shares fell 20p to 720p.")] == [(0.2, "GBP"), (7.2, "GBP")]


def test_a_dirham_amount_is_not_a_subject(extractor):
    fs = extractor("A porter who earns? 700 (Dh3,300) a month was hurt.")
    assert all("Dh" not in f.subject for f in fs)


def test_a_movement_up_to_a_level_is_not_a_cap(extractor):
    fs = extractor("Factory output growth picked up to 7.2 percent in March, and prices edged up to 2.4%.")
    assert [f.approx for f in fs] == ["=", "="]
    fs = extractor("Penalties can go up to $10,000, and rents rise by up to 8%.")
    assert [f.approx for f in fs] == ["<=", "<="]


@pytest.mark.parametrize("text, want", [
    ("The new tablet has an 11.2in screen.", [("11.2in", 11.2, "inch")]),
    ("Up to 8in of snow fell overnight.", [("8in", 8, "inch")]),
    ("The screens measure 5.9in (15cm) and 6.4in (16.3cm).",
     [("5.9in", 5.9, "inch"), ("15cm", 15, "centimetre"), ("6.4in", 6.4, "inch"), ("16.3cm", 16.3, "centimetre")]),
    # a preposition that lost its space is not an inch
    ("The plant opened 2014in the north and won 3in 2019.", []),
])
def test_inches_written_against_the_number(extractor, text, want):
    assert [(f.surface, f.value, f.unit) for f in extractor(text)] == want


def test_the_first_of_two_listed_figures_shares_the_scale_of_the_second(extractor):
    fs = extractor("Brazil and Chile export 12.6 and 8.3 million tonnes a year, respectively.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(12.6e6, "tonne per year", "Brazil"), (8.3e6, "tonne per year", "Chile")]
    # but not a year, nor a figure ten times smaller or larger
    fs = extractor("In 2016 and 3.2 million homes in 40 and 2 million cases")
    assert [f.value for f in fs] == [3.2e6, 40, 2e6]


def test_a_misspelt_scale_word_is_a_scale(extractor):
    fs = extractor("The group paid a 7.5 milion euro fine and owes US$1.1 bilion.")
    assert [(f.value, f.unit) for f in fs] == [(7.5e6, "EUR"), (1.1e9, "USD")]


def test_respectively_pairs_names_that_carry_their_ages(extractor):
    fs = extractor("Ann Lee, 31, and Tom Hart, 29, were jailed for eight years and five years, respectively.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [
        (31, "year of age", "Ann Lee"), (29, "year of age", "Tom Hart"),
        (8, "year", "Ann Lee"), (5, "year", "Tom Hart")]


def test_a_past_tense_verb_the_parser_hung_on_a_noun_is_not_in_the_subject(extractor):
    fs = extractor("Daqing posted crude oil production of 36.56 million tons and Shengli 23.9 million tons.")
    assert fs[0].subject == "crude oil production"


@pytest.mark.parametrize("text, want", [
    ("A roadside bomb in the north killed at least 21.", [(21, "people", "people killed")]),
    ("The gunmen killed 9 and wounded 14 before fleeing.", [(9, "people", "people killed"),
                                                            (14, "people", "people wounded")]),
    ("At least 40 were evacuated from the tower.", [(40, "people", "people evacuated")]),
    ("The landslide left 13 dead, officials said.", [(13, "people", "people dead")]),
    # a part of a group named elsewhere is not a new count of people
    ("The fever killed 12 of them within a week.", [(12, "", "fever")]),
])
def test_a_bare_number_that_harm_was_done_to_counts_people(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


def test_what_is_counted_ends_before_a_conjoined_phrase_with_its_own_determiner(extractor):
    fs = extractor("The town is home to some 9,000 people and the site of a large steel plant.")
    assert [(f.unit, f.subject) for f in fs] == [("people", "town people")]
    fs = extractor("He leaves four children and a wife.")
    assert [f.subject for f in fs] == ["children"]


def test_digits_in_an_email_address_or_handle_are_not_quantities(extractor):
    assert extractor("Send tips to 5newsdesk@example.org or @reporter2019.") == []
    fs = extractor("Write to desk2017@example.org with your 3 best photos.")
    assert [(f.value, f.period) for f in fs] == [(3, None)]


def test_mid_year_and_end_year_are_years(extractor):
    fs = extractor("Output fell 3% in mid-2016 and 2% by end-2017.")
    assert [f.period for f in fs] == ["2016", "2017"]


@pytest.mark.parametrize("text, want", [
    ("The club offered $140-150 million over seven years.", [(140e6, 150e6, "USD")]),
    ("The scheme will cost £3-4 billion.", [(3e9, 4e9, "GBP")]),
    ("Tickets cost €20-35.", [(20, 35, "EUR")]),
])
def test_a_currency_written_once_before_a_dashed_range(extractor, text, want):
    assert [(f.value, f.value_max, f.unit) for f in extractor(text) if f.unit != "year"] == want


@pytest.mark.parametrize("text, want", [
    ("The gunman shot down two officers outside the station.", (None, "level")),
    ("Troops gunned down 14 protesters on Friday.", (None, "level")),
    ("The states together racked up 71 electoral votes.", (None, "level")),
    ("The charity clocked up $12m in donations in a week.", (None, "level")),
    # a movement written with the particle is still one
    ("Prices came down 5% in March.", ("down", "growth")),
    ("Output picked up 2% in May.", ("up", "growth")),
])
def test_a_phrasal_verb_particle_is_not_a_movement(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)][0] == want


def test_inches_written_with_a_double_prime(extractor):
    fs = extractor('The 15" model and a 27″ monitor are on sale.')
    assert [(f.value, f.unit) for f in fs] == [(15, "inch"), (27, "inch")]
    fs = extractor('"We were only 12" when it began, she said.')  # a closing quote
    assert [f.unit for f in fs] != ["inch"]


def test_a_vote_split_in_percent_is_two_shares(extractor):
    fs = extractor("Voters backed the measure by 58-42 percent in March.")
    assert [(f.value, f.unit) for f in fs] == [(58, "percent"), (42, "percent")]
    fs = extractor("The referendum gave a 51-49% majority to leave.")
    assert [(f.value, f.unit) for f in fs] == [(51, "percent"), (49, "percent")]
    # a score is still not a range or two figures
    assert extractor("City won 3-1 at home.") == []


def test_a_full_stop_and_hyphen_before_a_spaced_sentence(extractor):
    fs = extractor("The survey covered 310 firms in the province.- Officials said the rest had closed.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(310, "firm", "firms")]
    fs = extractor("The county has the highest jobless rate in the state, at 7.4%).- Officials blamed closures.")
    assert [f.subject for f in fs] == ["county highest jobless rate in state"]


@pytest.mark.parametrize("text, subject", [
    ("PERTH - The miner earned $2.1 billion last year.", "miner earnings"),
    ("HONG KONG - The developer sold 1,200 flats in March.", "developer flats"),
    ("SEOUL, March 3 - Exports rose 4.1% in February.", "Exports"),
])
def test_a_dateline_is_not_part_of_a_subject(extractor, text, subject):
    assert [f.subject for f in extractor(text)] == [subject]


def test_a_dateline_still_names_the_dollar(extractor):
    assert [f.unit for f in extractor("PERTH - The miner earned $2.1 billion last year.")] == ["AUD"]


def test_an_age_after_a_name_with_a_lowercase_particle(extractor):
    fs = extractor("Khalid al-Masri, 41, and Jan de Vries, 37, were arrested.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(41, "year of age", "Khalid al-Masri"),
                                                          (37, "year of age", "Jan de Vries")]


def test_what_police_recover_is_found_not_a_rebound(extractor):
    fs = extractor("Detectives recovered $25,000 and 3 stolen cars, but the peso recovered 2 percent.")
    assert [(f.value, f.direction) for f in fs] == [(25000, None), (3, None), (2, "up")]


def test_a_year_is_not_the_low_end_of_a_range_to_an_amount(extractor):
    fs = extractor("The minimum wage rose from 32,400 riel in 2013 to 62,000 riel this year.")
    assert [(f.value, f.value_max, f.unit) for f in fs] == [(32400, None, "KHR"), (62000, None, "KHR")]
    fs = extractor("Applications rose 26.5% over 2015 to 67,972.")
    assert [(f.value, f.value_max) for f in fs] == [(26.5, None), (67972, None)]


def test_parallel_figures_for_different_people_share_the_unit(extractor):
    fs = extractor("The job pays 174,000 rubles for a programmer or 157,000 for a mining engineer.")
    assert [(f.value, f.unit) for f in fs] == [(174000, "RUB"), (157000, "RUB")]


def test_an_obituary_age(extractor):
    fs = extractor("The actress Ann Marsh died on Sunday in Leeds. She was 88.")
    assert [(f.value, f.unit) for f in fs] == [(88, "year of age")]
    assert [f.unit for f in extractor("The final score was 88.")] == [""]


def test_a_population_counts_people_but_a_share_of_it_does_not(extractor):
    fs = extractor("Malta, with a population of about 520,000, joined in 2004.")
    assert [(f.value, f.unit) for f in fs] == [(520000, "people")]
    fs = extractor("Half the population lives in cities.")
    assert [(f.value, f.unit, f.kind) for f in fs] == [(0.5, "", "share")]


def test_another_figures_unit_word_is_not_a_subject(extractor):
    fs = extractor("Officials told Reuters that at one point as much as 45 percent of voice traffic in Saudi Arabia, "
                   "38% in Egypt, and 71 percent in India was out of service.")
    assert [f.subject for f in fs if f.value == 38] == ["voice traffic in Egypt"]


@pytest.mark.parametrize("text, want", [
    ("The floods left nearly 3,000 homeless.", [(3000, "people", "people homeless")]),
    ("Fog left 240 stranded at the airport.", [(240, "people", "people stranded")]),
    ("Thousands have been killed and 2.1 million displaced.", [(2.1e6, "people", "people displaced")]),
])
def test_people_left_in_a_state_are_counted(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text) if f.value > 1000 or f.value == 240] == want


def test_a_count_after_more_or_fewer_counts_the_noun(extractor):
    fs = extractor("The bill would leave 18 million more uninsured people by 2026.")
    assert [(f.value, f.unit) for f in fs] == [(18e6, "people")]


def test_a_currency_named_with_its_country(extractor):
    fs = extractor("He accepted 96,000 Turkish liras ($25,600) for the flat and 40,000 Polish zlotys for the car.")
    assert [(f.value, f.unit) for f in fs] == [(96000, "TRY"), (25600, "USD"), (40000, "PLN")]


def test_a_named_person_was_n_when(extractor):
    fs = extractor("Mary Keane was 27 when she won the seat.")
    assert [(f.value, f.unit) for f in fs] == [(27, "year of age")]


@pytest.mark.parametrize("text, direction", [
    ("Rents cost 2.5 percent more.", "up"),
    ("Energy cost 4% less.", "down"),
])
def test_a_percentage_more_or_less_at_the_end_is_a_movement(extractor, text, direction):
    assert [f.direction for f in extractor(text)] == [direction]


def test_a_dash_or_equivalent_is_the_same_movement(extractor):
    fs = extractor("The number of rough sleepers increased by 254 individuals - or 3.5% - between January and February.")
    assert [(f.direction, f.kind) for f in fs] == [("up", "change"), ("up", "growth")]


@pytest.mark.parametrize("text, want", [
    ("Our goals: No 1 is to cut costs and No 2 is to grow.", []),
    ("The prime minister spoke outside No 10 on Friday.", []),
])
def test_no_n_is_a_rank_or_a_name(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ('"It changed my life," said Petrov, now 31.', [(31, "year of age", "Petrov")]),
    ("Her daughter, then 9, was at the school.", [(9, "year of age", "daughter")]),
    ("My eldest son is 16 and already drives.", [(16, "year of age", "eldest son")]),
    ("The index, now 22, is up.", [(22, "", "index")]),
    ("The model is 5 and the price is 3.", [(5, "", "model"), (3, "", "price")]),
])
def test_an_age_given_as_now_or_then_or_after_is(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, approx", [
    ("The tremor was stronger than six on the Richter scale.", ">"),
    ("Lorries heavier than 44 tonnes are banned from the bridge.", ">"),
    ("Children younger than 5 years were excluded from the trial.", "<"),
    ("The speech ran no longer than 20 minutes.", "<="),
    ("Each panel is no smaller than 2 metres.", ">="),
])
def test_comparatives_before_a_figure_bound_it(extractor, text, approx):
    assert [f.approx for f in extractor(text)] == [approx]


def test_a_tied_score_is_not_a_range(extractor):
    assert extractor("A late field goal tied it 20-20 heading into overtime.") == []
    assert [(f.value, f.value_max) for f in extractor("The flat has 3-4 bedrooms.")] == [(3, 4)]


def test_today_is_not_a_counted_noun(extractor):
    fs = extractor("Cases fell from 9 million a decade ago to four million today.")
    assert [f.unit for f in fs if f.value == 4e6] == [""]


def test_put_his_net_worth_at_names_the_worth(extractor):
    fs = extractor("Analysts, such as those at Forbes, put her net worth at $2.1 billion.")
    assert [f.subject for f in fs] == ["net worth"]


def test_a_semicolon_outside_brackets_starts_the_next_item(extractor):
    fs = extractor("Sales included 90,000 Hondas, up 8.5 percent; 35,000 Nissans, up 2.1 percent.")
    assert [(f.value, f.direction, f.kind) for f in fs] == [
        (90000, None, "level"), (8.5, "up", "growth"), (35000, None, "level"), (2.1, "up", "growth")]
    fs = extractor("It raised 400 million yuan ($57.6 million; 47 million euros).")
    assert len({f.subject for f in fs}) == 1


def test_a_part_of_a_group_with_many_modifiers_counts_the_noun(extractor):
    fs = extractor("The bank works with two of the country's most trusted retail brands.")
    assert [(f.value, f.unit) for f in fs] == [(2, "brand")]


@pytest.mark.parametrize("text, approx", [
    ("The plan will cost $337 billion over 10 years.", "="),
    ("Payments were spread over three years.", "="),
    ("The festival ran over four days in June.", "="),
    ("She has lived in Lyon for over 30 years.", ">"),
    ("It was the worst flood in over 25 years.", ">"),
    ("He spent over 12 years in prison.", ">"),
])
def test_over_a_span_of_time_is_when_not_more_than(extractor, text, approx):
    assert [f.approx for f in extractor(text) if f.unit in ("year", "day")] == [approx]


def test_name_comma_age_n_is_that_persons_age(extractor):
    fs = extractor("Detectives arrested Mary Doyle, age 58, on Tuesday.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(58, "year of age", "Mary Doyle")]


def test_a_participle_after_a_percentage_makes_it_a_change(extractor):
    fs = extractor("Walking daily was linked to a 19% reduced risk of dementia and smoking to a 40% increased risk.")
    assert [(f.value, f.direction) for f in fs] == [(19, "down"), (40, "up")]


def test_the_first_three_quarters_is_a_period(extractor):
    fs = extractor("Output grew 4.1 percent in the first three quarters of 2019.")
    assert [f.value for f in fs] == [4.1]
    assert [f.value for f in extractor("Three quarters of voters agreed.")] == [0.75]


def test_a_spaced_dash_ends_the_counted_phrase(extractor):
    fs = extractor("An estimated 2.3 million Syrians - comprising Kurds, Arabs and Armenians - live in the region.")
    assert [f.unit for f in fs] != ["kurd"] and len(fs) == 1


def test_two_named_people_with_ages_joined_by_and(extractor):
    fs = extractor("Police charged Mark Reyes, 19 and Tomas Ortega, 23, with robbery.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(19, "year of age", "Mark Reyes"),
                                                          (23, "year of age", "Tomas Ortega")]


@pytest.mark.parametrize("text, want", [
    ("Just three Labour MPs - Ann Cole and two others - voted against.", [(3, "mp")]),
    ("Only 40 Syrian refugees - mostly women - arrived on Monday.", [(40, "refugee")]),
])
def test_a_count_before_a_spaced_dash_counts_the_noun_before_it(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text) if f.value > 2] == want


def test_an_acronym_plural_is_counted_not_read_as_a_unit(extractor):
    assert [(f.value, f.unit) for f in extractor("Three Labour MPs voted against.")] == [(3, "mp")]


def test_a_second_level_reached_after_by_year_and(extractor):
    fs = extractor("The deficit grows to $1.1 trillion by 2022 and $1.4 trillion by 2028, the office said.")
    assert [(f.value, f.direction, f.kind) for f in fs] == [(1.1e12, None, "level"), (1.4e12, None, "level")]
    fs = extractor("Sales rose 5% to $3bn in 2015 and 7% in 2016.")
    assert [(f.value, f.direction) for f in fs if f.unit == "percent"] == [(5, "up"), (7, "up")]


def test_a_count_the_parse_hung_on_a_verb_read_as_a_noun(extractor):
    fs = extractor("Nearly two million bottles land in landfill every year.")
    assert [(f.value, f.unit) for f in fs] == [(2e6, "bottle")]
    assert [f.unit for f in extractor("It hired 300 sales staff.")] == ["staff"]


def test_a_bare_number_compared_with_a_count_counts_the_same_noun(extractor):
    fs = extractor("The study found 41 million people lacked cover, compared with 23 million who lacked it in 2010.")
    assert [(f.value, f.unit) for f in fs] == [(41e6, "people"), (23e6, "people")]


def test_from_n_to_m_counted_nouns_after_a_movement(extractor):
    fs = extractor("The number of victims rose from 12 to 15 people.")
    assert [(f.value, f.unit) for f in fs] == [(12, "people"), (15, "people")]


def test_a_count_reached_by_a_movement_is_about_what_moved(extractor):
    fs = extractor("Smart speaker sales in Europe rose 35% in 2019 to 2.4 million speakers.")
    assert [f.subject for f in fs] == ["Smart speaker sales in Europe", "Smart speaker sales in Europe speakers"]


def test_a_number_that_owns_something_is_a_name(extractor):
    assert extractor("Nokia says the 6600's battery lasts longer.") == []
    assert [f.value for f in extractor("Nokia says the 6600's battery lasts 12 hours.")] == [12]


def test_a_surname_and_age_opening_a_sentence_before_with(extractor):
    fs = extractor("Lowe, 41, with two convictions already, was refused bail.")
    assert [(f.value, f.unit) for f in fs][:1] == [(41, "year of age")]


def test_a_loose_second_verb_shares_the_first_ones_subject(extractor):
    fs = extractor("Ortiz scored 20 points in the second half, grabbed eleven rebounds and blocked four shots.")
    assert [f.subject for f in fs if f.unit == "rebound"] == ["Ortiz rebounds"]


def test_whose_points_a_possessive_names(extractor):
    fs = extractor("Diaz scored four of Creighton's first nine points in the second half.")
    assert [(f.value, f.unit, f.subject) for f in fs][1:] == [(9, "point", "Creighton points")]
    assert [f.unit for f in fs][:1] == ["point"]
    fs = extractor("The dollar weakened to 113.29 yen from Monday's 113.38 yen.")
    assert [f.subject for f in fs] == ["dollar", "dollar"]


def test_ages_listed_after_a_word_age(extractor):
    fs = extractor("He was convicted of assaulting two boys, aged fourteen and 11, in 2009.")
    assert [(f.value, f.unit) for f in fs if f.unit != "boy"] == [(14, "year of age"), (11, "year of age")]


def test_league_is_a_football_league_not_a_length(extractor):
    assert [(f.value, f.unit) for f in extractor("Kane now has 21 league goals.")] == [(21, "goal")]


def test_top_after_a_possessive_is_a_rank(extractor):
    assert [f.approx for f in extractor("It wants to join the country's top 50 companies.")] == ["="]


@pytest.mark.parametrize("text, want", [
    ("The Bears scored a fourth quarter touchdown to win.", []),
    ("Comedian Tina Fey picked to host 2013 Globes", []),
    ("Three jurors were among the ten voting to acquit.", [(3, "juror")]),
])
def test_ordinals_events_and_gerunds_are_not_counts(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_a_name_with_a_suffix_then_an_age(extractor):
    fs = extractor("Robert Hale III, 52, was charged on Monday.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(52, "year of age", "Robert Hale III")]


def test_one_percent_of_is_a_share(extractor):
    fs = extractor("Less than one percent of the forest is protected.")
    assert [(f.value, f.unit, f.approx, f.kind) for f in fs] == [(1, "percent", "<", "share")]
    assert extractor("It is one of the oldest forests.") == []


def test_a_scraped_hyphen_after_a_comma_is_not_a_minus(extractor):
    fs = extractor("Instead,-18 million people stand to lose coverage.")
    assert [(f.value, f.unit) for f in fs] == [(18e6, "people")]


def test_bpd_is_barrels_per_day(extractor):
    fs = extractor("Output fell to 900,000 bpd from 1.1 million barrels per day.")
    assert [f.unit for f in fs] == ["barrel per day", "barrel per day"]


def test_listed_years_pair_with_listed_figures_respectively(extractor):
    fs = extractor("In 2011, 2012 and 2013, the firm reported $4.1m, $5.3m and $6.8m in profit, respectively.")
    assert [(f.value, f.period) for f in fs] == [(4.1e6, "2011"), (5.3e6, "2012"), (6.8e6, "2013")]
    fs = extractor("Exports were $9bn and $11bn in 2018 and 2019, respectively.")
    assert [f.period for f in fs] == ["2018", "2019"]


def test_over_after_fight_or_hand_is_a_preposition(extractor):
    assert [f.approx for f in extractor("The families fought over 20 acres of farmland.")] == ["="]
    assert [f.approx for f in extractor("He won over 60% of the vote.")] == [">"]


def test_a_height_in_feet_and_inches_with_hyphens(extractor):
    fs = extractor("The 6-foot-9 center scored 22 points.")
    assert [(round(f.value, 3), f.unit) for f in fs][:1] == [(6.75, "foot")]


def test_at_one_point_is_when(extractor):
    assert extractor("At one point the hearing was halted.") == []
    assert [(f.value, f.unit) for f in extractor("The index rose one point.")] == [(1, "point")]


def test_pounds_converting_a_mass_are_weight_not_sterling(extractor):
    fs = extractor("Farmers expect to grow 180 million kilograms (397 million pounds) of tobacco.")
    assert [f.unit for f in fs] == ["kilogram", "pound"]
    fs = extractor("The transfer cost 5 million euros (4.2 million pounds).")
    assert [f.unit for f in fs] == ["EUR", "GBP"]


def test_a_measure_lower_than_after_its_unit_is_a_difference(extractor):
    fs = extractor("Stocks stood at 21.5 million tons, 2.3 million tons lower than in June.")
    assert [(f.value, f.direction, f.kind) for f in fs] == [(21.5e6, None, "level"), (2.3e6, "down", "change")]


def test_a_year_before_the_verb_won_is_not_korean_won(extractor):
    assert extractor("The novel in 2004 won the Booker prize.") == []
    assert [(f.value, f.unit) for f in extractor("A coffee costs 4,500 won.")] == [(4500, "KRW")]


@pytest.mark.parametrize("text, want", [
    ("The Jets lost to the Bills in week 11.", []),
    ("He scored twice in game 6 of the series.", []),
])
def test_week_and_game_numbers_are_labels(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


def test_a_down_payment_is_not_a_fall(extractor):
    fs = extractor("The phone is $49.99 down with 24 monthly payments of $15.")
    assert [(f.value, f.direction) for f in fs if f.unit == "USD"] == [(49.99, None), (15, None)]


def test_ages_listed_after_age(extractor):
    fs = extractor("Two of her children, girls age 5 and 9, watched.")
    assert [(f.value, f.unit) for f in fs][1:] == [(5, "year of age"), (9, "year of age")]


@pytest.mark.parametrize("text, want", [
    # the parser hangs the second clause's subject on the apposition or on the first clause's noun
    ("Tech, this years best performing sector, gained 1.2%, while energy, last years worst performing sector, "
     "lost 0.5%.", "energy"),
    ("The capacitance of the cell was 2.5 F and the voltage across it was 3 volts.", "voltage"),
])
def test_a_coordinated_clause_keeps_its_own_subject(extractor, text, want):
    assert extractor(text)[-1].subject == want


def test_a_finite_verb_after_an_infinitive_clause_shares_the_main_subject(extractor):
    fs = extractor("The new Ioniq 7 is the first electric model to come from the plant and offers 320 hp.")
    assert [f.value for f in fs] == [320]
    assert "Ioniq" in fs[0].subject and "model" not in fs[0].subject


@pytest.mark.parametrize("text, want", [
    # the parser makes "3 percent of GDP and debt" the subject of the second "was"
    ("The deficit was 3 percent of GDP and debt was 90 percent.", ["deficit", "debt"]),
    ("The load carried by the beam was 40 kN and the deflection under it was 12 mm.", ["load", "deflection"]),
])
def test_a_first_clause_figure_is_not_the_second_clause_subject(extractor, text, want):
    assert [f.subject for f in extractor(text)] == want


def test_a_spaced_dollar_us_prefix(extractor):
    fs = extractor("Damage to the hall was put at $ US2 million, officials said.")
    assert [(f.surface, f.value, f.unit) for f in fs] == [("$ US2 million", 2e6, "USD")]


def test_a_clock_time_in_gmt_is_not_a_year(extractor):
    fs = extractor("The fire broke out at about 1945 GMT and 40 firefighters attended.")
    assert [(f.value, f.period) for f in fs] == [(40, None)]


def test_a_second_casualty_verb_after_other_words_counts_people(extractor):
    fs = extractor("The crash left three people dead and injured at least 20 more, 12 of whom were children.")
    assert [(f.value, f.unit, f.approx) for f in fs] == [(3, "people", "="), (20, "people", ">="), (12, "people", "=")]
    assert fs[1].subject == "people injured"


def test_a_part_of_whom_after_a_dash_is_a_part_of_the_noun_before_it(extractor):
    fs = extractor("Some 98,000 migrants were recorded in Chad, including 20,500 women and 14,200 children - a third "
                   "of whom were unaccompanied.")  # (the parse hangs "a third" on the women)
    assert [(f.value, f.subject) for f in fs][-1] == (pytest.approx(1 / 3), "children")


def test_a_gapped_clause_led_by_a_name_with_the(extractor):
    fs = extractor("The CDU is polling at roughly 30 percent, the SPD at 21 percent.")
    assert [(f.value, f.subject) for f in fs][1] == (21, "SPD")


@pytest.mark.parametrize("text, want", [
    ("Jane Cole added 18 points for the Wildcats.", [(18, None)]),
    ("Okafor added 11 points and nine rebounds.", [(11, None), (9, None)]),
    ("Mills added 64 yards on the ground.", [(64, None)]),
    ("The Nasdaq added 45 points.", [(45, "up")]),  # an index's points move
])
def test_a_players_added_points_are_a_tally_not_a_rise(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == want


def test_a_bare_level_before_and_another_count_belongs_to_its_own_clause(extractor):
    fs = extractor("Officials say the death toll from the storm has risen to seven and about 3,000 people have fled.")
    assert [(f.value, f.subject) for f in fs][0] == (7, "death toll from storm")


@pytest.mark.parametrize("text, want", [
    ("Allied aircraft dropped about 9,000 tonnes of bombs on the city.", None),
    ("Helicopters dropped 12 tons of food and water.", None),
    ("Copper output dropped 9,000 tonnes in March.", "down"),
])
def test_tonnes_of_bombs_dropped_are_released_not_a_fall(extractor, text, want):
    assert [f.direction for f in extractor(text)] == [want]


def test_figures_listed_each_with_its_partner_are_about_that_partner(extractor):
    fs = extractor("The same holds for 61% of calls with Chile, 45% with Peru and 38% with Bolivia.")
    assert [(f.value, f.subject, f.kind) for f in fs] == [
        (61, "calls with Chile", "share"), (45, "calls with Peru", "share"), (38, "calls with Bolivia", "share")]
    fs = extractor("Shipments rose 6% to Japan, 4% to Korea and 2% to Vietnam.")
    assert [f.subject for f in fs] == ["Shipments to Japan", "Shipments to Korea", "Shipments to Vietnam"]


def test_a_further_fall_by_more_keeps_its_direction(extractor):
    fs = extractor("Trade with the bloc fell by 35% in 2015 and by 12% more last year.")
    assert [(f.value, f.direction) for f in fs] == [(35, "down"), (12, "down")]


def test_an_equivalent_in_brackets_after_a_comma_shares_the_subject(extractor):
    # (and the "$" of the bracketed figure is not a word of the subject)
    fs = extractor("The Irish Prime Minister, Enda Kenny, committed to an 85bn euro, ($92bn) bailout by the troika.")
    assert [(f.unit, f.subject) for f in fs] == [("EUR", "Irish Prime Minister bailout"),
                                                  ("USD", "Irish Prime Minister bailout")]


def test_lost_three_out_of_four_is_a_part_not_a_fall(extractor):
    fs = extractor("The network has lost three out of four cables.")
    assert [(f.value, f.direction) for f in fs] == [(3, None), (4, None)]


def test_a_model_number_after_a_product_name_is_not_millions(extractor):
    assert extractor("The laptop uses an Nvidia GeForce 9400M chip.") == []
    assert [f.value for f in extractor("The service now has 650M users.")] == [650e6]


def test_capital_acronyms_are_not_the_units_their_lower_case_spells(extractor):
    assert [(f.value, f.unit) for f in extractor("Regulators approved 55 GM crops for import.")] == [(55, "crop")]
    assert [(f.value, f.unit) for f in extractor("The bag weighs 450 gm.")] == [(450, "gram")]


def test_the_youngest_at_a_number_is_an_age(extractor):
    fs = extractor("She replaced Ann Cole, the youngest ever anchor at 24 when she was hired in 2010.")
    assert [(f.value, f.unit) for f in fs] == [(24, "year of age")]


def test_a_bare_number_and_more_counts_what_the_count_before_it_counts(extractor):
    fs = extractor("We have four families in the hall now, and we are expecting at least 12 more tonight.")
    assert [(f.value, f.unit, f.approx) for f in fs] == [(4, "family", "="), (12, "family", ">=")]


def test_on_day_n_of_a_trial_is_which_day(extractor):
    assert extractor("The prosecution wrote to the defence on day 61 of the trial.") == []
    assert [f.value for f in extractor("Every day 3,000 people cross the bridge.")] == [3000]


def test_a_casualty_verb_in_ing_names_the_elided_count(extractor):
    fs = extractor("A car bomb exploded in the market, killing at least 12 people and wounding 40 more.")
    assert [(f.value, f.unit, f.subject) for f in fs][1] == (40, "people", "people wounded")


def test_a_hyphenated_counted_noun_keeps_its_prefix(extractor):
    fs = extractor("The raid killed dozens of non-combatants.")
    assert [(f.unit, f.subject) for f in fs] == [("non-combatant", "raid non-combatants")]


def test_a_gerund_with_an_object_after_a_number_is_a_verb(extractor):
    assert [f.unit for f in extractor("It is one of only four spending 2% of GDP on defence.")] == ["percent"]


def test_a_mother_of_twelve_counts_children(extractor):
    fs = extractor("Two men are accused of killing a Houston mother of 7 in 2011.")
    assert [(f.value, f.unit) for f in fs] == [(2, "man"), (7, "child")]


@pytest.mark.parametrize("text", ["The show was cancelled in the wake of the 9/11 attacks.",
                                  "The show was cancelled in the wake of the 9 / 11 attacks."])
def test_nine_eleven_names_an_event(extractor, text):
    assert extractor(text) == []


def test_died_at_a_number_is_an_age(extractor):
    assert [(f.value, f.unit) for f in extractor("She died in 2009, at 91.")] == [(91, "year of age")]


def test_a_decade_is_not_a_year_period(extractor):
    fs = extractor("The mill has employed people since the late 1970s, with a workforce of over 500 at its height.")
    assert [(f.value, f.period) for f in fs] == [(500, None)]


def test_each_price_is_for_the_item_named_after_it(extractor):
    fs = extractor("Dell will ask $899 for the base 14-inch model and $1,299 for a 16-inch model.")
    assert [(f.value, f.subject) for f in fs if f.unit == "USD"] == [(899, "base model"), (1299, "model")]
    fs = extractor("He paid $9,400 for a 5 kW heat pump.")
    assert fs[0].subject == "heat pump"


def test_a_second_verb_with_a_bare_number_counts_the_first_verbs_noun(extractor):
    fs = extractor("Rebels have seized nearly 90 trucks on the road and burned about 30, officials said.")
    assert [(f.value, f.unit, f.subject) for f in fs][1] == (30, "truck", "trucks burned")


@pytest.mark.parametrize("text, want", [
    ("Acme reported losses of $640m last year.", (None, "level", "Acme losses")),
    ("The group posted a loss of $12m.", (None, "level", "group loss")),
])
def test_a_loss_of_an_amount_is_the_amount_lost(extractor, text, want):
    f = extractor(text)[0]
    assert (f.direction, f.kind, f.subject) == want


def test_a_loss_in_market_value_is_still_a_fall(extractor):
    assert [f.direction for f in extractor("The bank suffered a loss of $3bn in market value.")] == ["down"]


def test_shares_that_tanked_fell(extractor):
    assert [(f.value, f.direction) for f in extractor("Shares tanked 7 percent on Monday.")] == [(7, "down")]


def test_degrees_on_the_richter_scale_are_magnitudes(extractor):
    fs = extractor("Aftershocks ranged from 3.1 to 4.2 degrees on the Richter scale.")
    assert [(f.value, f.value_max, f.unit) for f in fs] == [(3.1, 4.2, "magnitude")]


def test_a_possessors_growing_network_is_not_a_rise(extractor):
    fs = extractor("The phone cannot use Verizon's growing 5G network.")
    assert [(f.value, f.direction) for f in fs] == [(5, None)]


def test_and_n_were_done_counts_the_noun_before(extractor):
    fs = extractor("On Sunday about 300 trains were cancelled and 1,200 were delayed.")
    assert [(f.value, f.unit, f.subject) for f in fs][1] == (1200, "train", "trains delayed")


@pytest.mark.parametrize("text, want", [
    ("The new chips are 40 percent faster than the old ones.", "up"),
    ("The new model is 15% cheaper than last year's.", "down"),
])
def test_a_percentage_comparative_after_the_figure_is_a_difference(extractor, text, want):
    assert [f.direction for f in extractor(text)] == [want]


def test_a_count_before_a_womens_team_counts_the_players(extractor):
    fs = extractor("A clinic gave free care to six women's soccer players.")
    assert [(f.value, f.unit) for f in fs] == [(6, "player")]


def test_a_gapped_clause_naming_another_place_is_about_the_same_thing_there(extractor):
    fs = extractor("Mobile services in Chile were down by 70 percent, in Peru by 45 percent.")
    assert [(f.value, f.direction, f.subject) for f in fs] == [
        (70, "down", "Mobile services in Chile"), (45, "down", "Mobile services in Peru")]


def test_a_model_code_after_a_count_is_not_a_unit(extractor):
    assert [f.unit for f in extractor("More than 580,000 H6 were sold in the year.")] == ["h6"]


def test_metres_from_the_ground_are_a_height_not_millions(extractor):
    fs = extractor("The cable car stopped roughly 60m from the ground.")
    assert [(f.value, f.unit) for f in fs] == [(60, "metre")]
    assert [(f.value, f.unit) for f in extractor("The club paid 60m for him.")] == [(60e6, "")]


@pytest.mark.parametrize("text", ["It became cheaper to ship milk from the Lower 48.",
                                  "The Big 12 tournament starts on Friday.",
                                  "Police told 1010 WINS that she had died."])
def test_numbers_in_names_are_not_quantities(extractor, text):
    assert extractor(text) == []


def test_a_headline_in_capitals_still_counts(extractor):
    assert [(f.value, f.unit) for f in extractor("3 PEOPLE KILLED IN CRASH")] == [(3, "people")]


def test_the_top_of_a_range_of_numbers_is_not_a_year(extractor):
    fs = extractor("The company plans to hire 1000 to 2000 people.")
    assert [(f.value, f.value_max, f.period) for f in fs] == [(1000, 2000, None)]


@pytest.mark.parametrize("text, want", [
    ("At least 40 reported injured after the quake struck.", (40, "people")),
    ("Seismologists first rated the quake as 5.2 in magnitude.", (5.2, "magnitude")),
    ("The court heard a tape of him talking to the girl when she was 14, after a hearing.", (14, "year of age")),
])
def test_elided_people_magnitudes_and_ages_after_when(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == [want]


@pytest.mark.parametrize("text, want", [
    ("The union cut a 10-year deal with the city.", (10, None)),
    ("Acme added a 500-worker plant in Ohio.", (500, None)),
    ("Smith added a 30 degree homer in the sixth.", (30, None)),
    ("Acme cut 2,000 jobs.", (2000, "down")),  # controls: the figure itself moves
    ("Sales posted a 30% rise.", (30, "up")),
])
def test_a_figure_that_sizes_the_object_does_not_take_the_verbs_direction(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == [want]


def test_a_second_stat_in_a_loosely_parsed_list_keeps_the_players_name(extractor):
    fs = extractor("Smith scored 20 points and 10 rebounds.")
    assert [(f.value, f.subject) for f in fs] == [(20, "Smith"), (10, "Smith rebounds")]


def test_words_after_the_next_figure_of_a_list_are_not_this_figures_subject(extractor):
    fs = extractor("The bank paid for dams, including four coal power plants and three coal transport railways on the "
                   "islands of Java and Bali - and no solar farms are planned.")
    assert [(f.value, f.subject) for f in fs][0] == (4, "coal power plants")


@pytest.mark.parametrize("text, want", [
    ("Police are trying to track down more than 200 cars.", (200, ">", None)),
    ("I bought bonds with yields of some 7 or 8 percent.", (8, "~", None)),
])
def test_hedges_reach_past_a_phrasal_particle_and_across_or(extractor, text, want):
    assert [(f.value, f.approx, f.direction) for f in extractor(text)][-1] == want


def test_a_verb_the_parser_read_as_a_noun_is_not_part_of_the_subject(extractor):
    fs = extractor("The state minimum increases to $13.50 in 2020.")
    assert [(f.value, f.subject) for f in fs] == [(13.5, "state minimum")]


def test_up_to_after_a_figure_starts_the_next_bound_not_a_rise(extractor):
    fs = extractor("Estimates ranged from about six or seven million up to 15 million.")
    assert [(f.value, f.direction) for f in fs] == [(6e6, None), (7e6, None), (15e6, None)]


@pytest.mark.parametrize("text", ["More than 200,000 residents have been displaced, of which more than 65,000 fled.",
                                  "The firm hired 300 residents, of whom 120 were women."])
def test_a_part_after_of_which_counts_what_the_whole_counts(extractor, text):
    assert [f.unit for f in extractor(text)] == ["resident", "resident"]


@pytest.mark.parametrize("text, want", [
    ("The nomination comes one day after Andy Puzder withdrew.", "nomination"),
    ("Two years later, the agency identified 311 square miles of sea.", "agency"),
    ("The official who revealed himself 30 years after he tipped off reporters has died.", ""),
])
def test_a_time_offset_is_about_what_happened_not_what_it_happened_after(extractor, text, want):
    assert [f.subject for f in extractor(text)][0] == want


@pytest.mark.parametrize("text, feet", [("He is described as 1.65m (5'5\") in height.", 5 + 5 / 12),
                                        ("The suspect is 5'10 and slim.", 5 + 10 / 12),
                                        ("He is 6′2″ tall.", 6 + 2 / 12)])
def test_feet_and_inch_marks_are_one_height(extractor, text, feet):
    fs = [f for f in extractor(text) if f.unit == "foot"]
    assert [(round(f.value, 4), f.unit) for f in fs] == [(round(feet, 4), "foot")]
    assert len(extractor(text)) == (2 if "1.65m" in text else 1)


def test_a_closing_quote_glued_to_the_next_word_ends_the_subject(extractor):
    fs = extractor('It is unwise given the burden of our $20 trillion debt,"?he said.')
    assert [f.subject for f in fs] == ["debt"]


@pytest.mark.parametrize("text, want", [
    ("Police recorded 937,000 more roadside tests than had been carried out.", ("up", "change")),
    ("The party won eight fewer seats than in 2012.", ("down", "change")),
    ("Here's one more thing to worry about.", (None, "level")),
    ("He will serve two more years.", (None, "level")),
    ("There could be two more rate hikes this year.", (None, "level")),
])
def test_n_more_or_fewer_things_is_a_difference(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)] == [want]


@pytest.mark.parametrize("text", ["He came to America in 1607 with his brother.", "The shrine, built in 1356, is old."])
def test_a_year_before_1800_after_in_is_not_a_quantity(extractor, text):
    assert extractor(text) == []


def test_an_age_before_a_name_after_a_place_is_the_names(extractor):
    fs = extractor("In Baldwin County, Alabama, 52-year-old Peggy Broz was found.")
    assert [(f.value, f.subject) for f in fs] == [(52, "Peggy Broz")]


def test_a_count_of_another_thing_does_not_inherit_the_last_subject(extractor):
    fs = extractor("There are two problems: one million breath tests were logged but never happened; and secondly, "
                   "15,000 convictions, people prosecuted in court, that should not have happened.")
    assert fs[-1].unit == "conviction" and "test" not in fs[-1].subject


@pytest.mark.parametrize("text, want", [
    ("Cells are 8-by-12 feet, with concrete walls.", [(8, "foot", "Cells"), (12, "foot", "Cells")]),
    ("He was held in an 8-by-10-foot cell.", [(8, "foot", "cell"), (10, "foot", "cell")]),
    ("The box is 2 x 3 x 4.5 m.", [(2, "metre", "box"), (3, "metre", "box"), (4.5, "metre", "box")]),
])
def test_each_side_of_a_size_is_a_length_in_the_unit_at_the_end(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


def test_parts_of_a_whole_named_at_the_start_count_what_it_counts(extractor):
    fs = extractor("Of the 288 candidates, 286 have degrees and 202 are lawyers.")
    assert [(f.value, f.unit) for f in fs] == [(288, "candidate"), (286, "candidate"), (202, "candidate")]


def test_in_addition_to_is_a_connective_not_a_subject(extractor):
    fs = extractor("He had 918 yards in addition to 96 touchdowns.")
    assert fs[0].subject != "addition"


@pytest.mark.parametrize("text, want", [
    ('It provides "About 25 jobs"?and "generates no revenue."', (25, "job")),
    ('They pledged to grow the park lands by roughly 11 million acres-"?an area twice that size.', (11e6, "acre")),
])
def test_a_quote_mark_lost_to_the_encoding_separates_words(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)][0] == want


@pytest.mark.parametrize("text", ["A dozen or so women were singing.", "The fire destroyed 50 or so homes."])
def test_or_so_after_a_figure_is_a_hedge(extractor, text):
    assert [f.approx for f in extractor(text)] == ["~"]


def test_a_move_after_a_count_is_the_counts(extractor):
    fs = extractor("Fireworks will be sold at 511 outlets, down 29 percent from last year.")
    assert [(f.value, f.direction, f.subject) for f in fs] == [(511, None, "outlets"), (29, "down", "outlets")]


@pytest.mark.parametrize("text, want", [("Police seized $2 million worth of drugs.", "drugs"),
                                        ("We must protect 7 million people and $580 billion worth of assets.", "assets")])
def test_money_worth_of_things_is_about_the_things(extractor, text, want):
    assert extractor(text)[-1].subject == want


def test_day_n_of_at_the_start_of_a_sentence_is_not_a_quantity(extractor):
    assert extractor("On day 62 of the action the judge struck out many claims.") == []


@pytest.mark.parametrize("text, want", [
    ("One in five Americans has diabetes.", [(1, "american"), (5, "american")]),
    ("Officials plan to cut 1 in 5 agency employees.", [(1, "employee"), (5, "employee")]),
    ("Seven out of eight maize-producing provinces had outbreaks.", [(7, "province"), (8, "province")]),
    ("Membership rose from 274 to 335 in the Lords.", [(274, ""), (335, "")]),  # control: not "one in five"
])
def test_n_in_m_things_counts_the_things_both_times(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("When she was 16, she slipped off a springboard.", (16, "year of age", "")),
    ("Factory employment dropped by an additional 2.3 million in the recession.", (2.3e6, "", "Factory employment")),
])
def test_a_capitalised_age_clause_and_a_recession_that_says_when(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == [want]


@pytest.mark.parametrize("text, want", [
    ("The added juice comes from a 40% larger battery.", ("up", "growth")),
    ("The new chip is 30 percent faster.", ("up", "growth")),
    ("The bank's 5% longer-dated bonds fell.", (None, "level")),  # a compound adjective, not a comparison
])
def test_a_percentage_before_a_comparative_is_a_relative_difference(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)] == [want]


def test_a_dollar_conversion_of_yuan_is_us_dollars_even_in_a_hong_kong_story(extractor):
    fs = extractor("Profits of firms from Hong Kong rose to 1.5 trillion yuan ($216.8 billion) in Hong Kong.")
    assert [(f.value, f.unit) for f in fs] == [(1.5e12, "CNY"), (216.8e9, "USD")]
    assert [f.unit for f in extractor("Hong Kong firms in Hong Kong paid $5 million.")] == ["HKD"]  # control


@pytest.mark.parametrize("text, want", [
    ("Profits of foreign groups - as well as companies from Macau - grew by 10.8 percent.",
     "Profits of foreign groups as well as companies from Macau"),
    ("As well as the two excavators, only three ambulance workers were at the site.", "excavators"),
])
def test_as_well_as_is_kept_whole_or_not_at_all(extractor, text, want):
    assert extractor(text)[0].subject == want


@pytest.mark.parametrize("text, want", [
    ("Andrew Pusar added 13, while Doug Miller scored eight points.", (13, None)),
    ("The Dow added 13 to close at 25,000.", (13, "up")),  # control: an index's points move
])
def test_a_bare_tally_beside_scored_points_is_not_a_rise(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)][0] == want


def test_a_time_adverb_is_not_a_subject(extractor):
    fs = extractor("These include old theatre scripts, which have been passed down for generations and can today cost "
                   "up to $1,000.")
    assert [(f.value, f.subject) for f in fs] == [(1000, "")]


def test_a_screen_size_in_pixels_is_not_a_year(extractor):
    fs = extractor("Every 17-inch MacBook Pro now comes with the 1920 x 1200 screen.")
    assert [(f.value, f.unit, f.period) for f in fs] == [(17, "inch", None)]


@pytest.mark.parametrize("text, want", [
    ("The utility will consider new contracts over 40 MW.", (None, "level")),
    ("Output contracted by 2%.", ("down", "growth")),  # control: the verb still moves the figure
])
def test_a_noun_spelt_like_a_movement_verb_is_no_movement(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)] == [want]


@pytest.mark.parametrize("text, want", [
    ("The 58-year-old fears that the plant will close.", ""),
    ("Fears that the 30-year-old plant will close grew.", "plant"),  # control
])
def test_a_verb_read_as_the_head_noun_is_not_the_subject(extractor, text, want):
    assert [f.subject for f in extractor(text)] == [want]


@pytest.mark.parametrize("text, want", [
    ("The award went to the film Eight Days A Week.", []),
    ("This week brings the end of the Six Nations.", []),
    ("Storm Kills Seven People In Texas", [7]),  # a headline in capitals: a count
])
def test_a_capitalised_number_word_after_a_lowercase_word_is_part_of_a_name(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("GDP growth stood at 6.9% in 2016.", ("up", "growth")),
    ("In 2016, the contraction in output amounted to 0.2%.", ("down", "growth")),
    ("Sales growth slowed to 6.5%.", ("up", "growth")),  # still a growth of 6.5%
    ("The net loss amounted to $5 million.", (None, "level")),  # control: a loss made is a level
    ("Sales rose to $5 million.", (None, "level")),  # control: the level reached
])
def test_a_figure_linked_to_a_subject_naming_a_change_is_that_change(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)] == [want]


def test_a_gapped_list_item_keeps_its_own_participle(extractor):
    fs = extractor("Three people were killed, 40 others injured and more than 600 houses destroyed by the floods.")
    assert [(f.value, f.subject) for f in fs] == [(3, "people killed"), (40, "others injured"), (600, "houses destroyed")]
    # control: a finite verb's object is what it did
    assert [f.subject for f in extractor("The storm damaged 40 buildings.")] == ["buildings damaged"]


@pytest.mark.parametrize("text, want", [
    ("He ran for 120 rushing yards.", (120, "yard", "rushing yards")),
    ("The port has led for 16 consecutive years.", (16, "year", "consecutive years")),
    ("It is 7 or 8 inches long.", (7, "inch", "")),  # control: the unit of the range's end
])
def test_a_unit_after_a_describing_word_is_the_number_s_own(extractor, text, want):
    f = extractor(text)[0]
    assert (f.value, f.unit, f.subject) == want


def test_a_singular_noun_ending_in_us_keeps_its_s(extractor):
    assert [f.unit for f in extractor("One impetus for the change was cost, and one focus was speed.")] == \
        ["impetus", "focus"]


@pytest.mark.parametrize("text, want", [
    ('The band won album of the year for "19," its second record.', []),
    ('Critics loved the novel “2048”.', []),
    ('He said "25 people" came.', [25]),  # control: a quoted count
])
def test_a_bare_number_in_quotes_is_a_title(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


def test_a_model_year_before_a_colour_is_no_dose_of_radiation(extractor):
    assert extractor("The cyclist was hit by a 2015 gray Corolla.") == []


@pytest.mark.parametrize("text, want", [
    ("A storm hit the coast, injuring 12 people and damaging buildings.", "people injured"),
    ("The plant is hiring 300 engineers and marketing staff.", "plant engineers and marketing staff"),  # control
])
def test_a_second_ing_clause_is_not_more_of_the_counted(extractor, text, want):
    assert extractor(text)[0].subject == want


@pytest.mark.parametrize("text, want", [
    ("The offer could double the previous club record, the $90 million paid last year to Smith.", (None, "level")),
    ("Exports grew 39.1 percent, 22.8 percent and 18.1 percent, respectively.", ("up", "growth")),  # control
])
def test_an_apposition_naming_the_moved_thing_is_a_level(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)][1 if "Exports" in text else 0] == want


@pytest.mark.parametrize("text, want", [
    ("The office is open between 9 and 10 p.m. on Fridays.", []),
    ("Between 9 and 10 people came.", [(9, 10)]),  # control: a range of people
])
def test_the_first_of_two_clock_times_is_a_time(extractor, text, want):
    assert [(f.value, f.value_max) for f in extractor(text)] == want


def test_a_field_s_value_after_a_colon_is_no_list_marker(extractor):
    assert [(f.value, f.unit) for f in extractor("Name: Jane Roe. Age: 47. Occupation: nurse.")] == [(47, "year of age")]
    assert [f.value for f in extractor("Two steps: 1. Buy low. 2. Sell high.")] == [2]  # control: list markers


@pytest.mark.parametrize("text, want", [
    ("Jones was sentenced to 12 years in prison.", "Jones"),
    ("He served ten years in office.", ""),
    ("It took two years of talks.", "talks"),  # control: an of-phrase still names what the time is of
])
def test_where_a_span_of_time_was_spent_is_not_its_subject(extractor, text, want):
    assert extractor(text)[0].subject == want


@pytest.mark.parametrize("text, want", [
    ("At least one shell hit the camp, and three or four fell outside it.", [(1, "shell"), (3, "shell"), (4, "shell")]),
    ("The new order cut the number of affected countries from seven to six.", [(7, "country"), (6, "country")]),
])
def test_the_second_of_two_number_words_is_kept(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("He had three runs of 80 or more yards.", (80, "yard", ">=")),
    ("She finished with 12 rebounds and now has 1,015 for her career.", (1015, "rebound", "=")),
])
def test_the_unit_of_a_figure_reaches_past_or_more_and_a_second_verb(extractor, text, want):
    f = extractor(text)[-1]
    assert (f.value, f.unit, f.approx) == want


def test_ages_in_a_list_split_by_semicolons(extractor):
    fs = extractor("Police named the three: Ann Lee, 19; Bo Park, 17; and Cy Diaz, 16.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [
        (19, "year of age", "Ann Lee"), (17, "year of age", "Bo Park"), (16, "year of age", "Cy Diaz")]


def test_a_number_word_after_from_n_things_to_is_that_many_things(extractor):
    fs = extractor("Support for the party plunged from 38 seats to just nine.")
    assert [(f.value, f.unit) for f in fs] == [(38, "seat"), (9, "seat")]


@pytest.mark.parametrize("text, want", [
    ("The league later reduced his ban to three games.", "league ban"),
    ("The firm cut 40 jobs.", "firm jobs"),  # control: the jobs are what was cut
])
def test_a_count_a_movement_reaches_measures_the_verb_s_object(extractor, text, want):
    assert extractor(text)[0].subject == want


@pytest.mark.parametrize("text, want", [
    ("Tom Reed, 27, confronted 20-year-old Carl Price in a car park.", "Carl Price"),
    ("Ann Cole is a 68-year-old professor of law.", "Ann Cole professor of law"),  # control: the same person
    ("Jay Moss sat with their five-year-old daughter.", "Jay Moss daughter"),  # control: whose daughter
])
def test_an_age_belongs_to_the_person_it_describes(extractor, text, want):
    assert extractor(text)[-1].subject == want


def test_how_the_writer_sizes_a_figure_is_not_its_subject(extractor):
    assert [f.subject for f in extractor("They sold a whopping 2,200 copies.")] == ["copies"]


def test_a_model_named_by_its_size_is_the_subject(extractor):
    fs = extractor("The 13-inch has dropped $100, while the 15-inch will sell for $1,499.")
    assert [(f.value, f.subject) for f in fs if f.unit == "USD"] == [(100, "13-inch"), (1499, "15-inch")]


def test_dead_at_n_is_an_age(extractor):
    assert [(f.value, f.unit) for f in extractor("Ruth Hale dead at 91")] == [(91, "year of age")]


def test_over_a_span_of_time_is_during_it(extractor):
    fs = extractor("A reporter visited the stores over a three-month period.")
    assert [(f.value, f.approx) for f in fs] == [(3, "=")]
    assert [f.approx for f in extractor("They spent over a million dollars.")] == [">"]  # control


@pytest.mark.parametrize("text, want", [
    ("Its missiles downed one fighter jet.", None),
    ("Troughs are cutting up a million square kilometres of ice.", None),
    ("The firm cut 400 jobs.", "down"),  # control
])
def test_shot_down_and_cut_up_are_no_fall(extractor, text, want):
    assert [f.direction for f in extractor(text)] == [want]


def test_a_short_code_to_text_is_no_quantity(extractor):
    assert [f.value for f in extractor("Text HELP to 70070 to give $5.")] == [5]


@pytest.mark.parametrize("text, want", [
    ("Trade between the mainland and Taiwan reached $179.6 billion in 2016.", "USD"),
    ("TAIPEI (Reuters) - The chipmaker will spend $2 billion on a new plant.", "TWD"),  # control: a dateline
])
def test_a_place_named_in_passing_does_not_change_the_dollar(extractor, text, want):
    assert [f.unit for f in extractor(text)] == [want]


def test_a_name_with_an_age_before_a_past_tense_clause(extractor):
    fs = extractor("The lawyer told the judge that Lohan, 26, had checked into a clinic.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(26, "year of age", "Lohan")]


@pytest.mark.parametrize("text, want", [
    ("Police arrived following a 999 call.", []),
    ("They received 999 calls in a week.", [999]),  # control: a count of calls
])
def test_an_emergency_number_s_call_is_no_count(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


def test_the_next_level_reached_after_and_then_is_a_level(extractor):
    fs = extractor("Performance dropped to 90% and then 85% in the autumn.")
    assert [(f.value, f.direction, f.kind) for f in fs] == [(90, None, "level"), (85, None, "level")]


def test_both_n_after_people_is_their_age(extractor):
    fs = extractor("The outings were so brief the two men, both 32, were home early.")
    assert [(f.value, f.unit) for f in fs] == [(2, "man"), (32, "year of age")]


@pytest.mark.parametrize("text, want", [
    ("Transactions in August were 60 percent above those in July.", ("up", "growth")),
    ("Highs will be 15 to 30 degrees below normal for the season.", ("down", "change")),
    ("The drone flew 300 metres above the ground.", (None, "level")),  # control
])
def test_a_figure_above_or_below_a_reference_is_a_difference(extractor, text, want):
    assert [(f.direction, f.kind) for f in extractor(text)] == [want]


def test_a_bracketed_count_before_of_counts_the_group(extractor):
    fs = extractor("Around 36% (23,300) of women who attended did not receive a scan.")
    assert [(f.surface, f.unit) for f in fs] == [("36%", "percent"), ("23,300", "woman")]


@pytest.mark.parametrize("text, want", [
    ("Jones was injured two Sundays ago at Pittsburgh.", []),
    ("He hired 12 people a year ago.", [12]),  # control
])
def test_a_count_of_things_ago_is_a_time(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Reform cannot happen in one fell swoop.", []),
    ("On the one hand, prices rose.", []),
    ("He lost one finger in the blast.", [1]),  # control
])
def test_set_phrases_with_one_are_no_counts(extractor, text, want):
    assert [f.value for f in extractor(text)] == want


def test_a_bare_number_after_a_finished_clause_counts_the_same_things(extractor):
    fs = extractor("In all 212 flights have been canceled, 15 diverted to other airports.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(212, "flight", "flights"), (15, "flight", "flights diverted")]


@pytest.mark.parametrize("text, want", [
    ("The Senate confirmed the judge in a 94-to-0 vote.", []),
    ("The bill passed 60 to 40 after a long debate.", []),
    ("MPs voted by 331 to 286 to drop a clause and by 335 to 287 to reject another.", []),
    ("The justices ruled 5 to 4 that the law stands, and 45 members abstained.", [(45, "member")]),
    ("Prices rose 5-to-10 percent.", [(5, "percent")]),  # control: a range with a unit
    ("They passed 10 to 20 laws last year.", [(10, "law")]),  # control: a range of counts
])
def test_a_vote_tally_is_no_quantity(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("A repeal would need 60 votes in the 100-seat Senate.", [("60 votes", "repeal votes"), ("100-seat", "Senate")]),
    ("The 15-member Security Council met on Monday.", [("15-member", "Security Council")]),
    ("He trained with five NBA players.", [("five NBA players", "NBA players")]),  # control: the count is of players
])
def test_a_hyphenated_count_describes_the_name_it_modifies(extractor, text, want):
    assert [(f.surface, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The operator has contracted ten buses from a private firm.", [(10, None)]),
    ("Output contracted by 2% in the quarter.", [(2, "down")]),  # control: the economy's sense
])
def test_contracting_things_is_hiring_them(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The charity found a younger woman of 40, living alone.", [(40, "year of age")]),
    ("Two pupils -- Ann Lee, 15, and Mary Roe, 16 -- were hurt.", [(2, "pupil"), (15, "year of age"), (16, "year of age")]),
    ("He is a man of 5 feet.", [(5, "foot")]),  # control
])
def test_more_ways_to_state_an_age(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Revenue rose to $7bn, up from $6bn.", [(7e9, None, "level"), (6e9, None, "level")]),
    ("The share of cash fell to 78 per cent, down from 80 per cent.", [(78, None, "level"), (80, None, "level")]),
    ("Revenue rose $1bn, up from $6bn.", [(1e9, "up", "change"), (6e9, None, "level")]),  # control
])
def test_the_figure_after_up_from_is_the_base_level(extractor, text, want):
    assert [(f.value, f.direction, f.kind) for f in extractor(text)] == want


def test_a_lone_period_after_the_base_is_the_bases_alone(extractor):
    fs = extractor("By noon 55% of voters had cast a ballot, up from 48% at the same time in 2012.")
    assert [(f.value, f.period) for f in fs] == [(55, None), (48, "2012")]


def test_a_hyphenated_noun_after_n_of_her_is_counted_whole(extractor):
    fs = extractor("She met four of her co-workers in the lounge.")
    assert [(f.surface, f.unit) for f in fs] == [("four of her co-workers", "co-worker")]


@pytest.mark.parametrize("text, want", [
    ("The city was shaken by the 7.6 and 7.5 magnitude quakes.", [(7.6, "magnitude"), (7.5, "magnitude")]),
    ("Critics gave it 3 and 4 stars.", [(3, "star"), (4, "star")]),  # control: whole numbers, counted
])
def test_a_scale_noun_with_fractions_is_shared_by_the_figure_before(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Police say about 500 people were arrested, while rights groups say 1,000 were taken into custody.",
     [(500, "people"), (1000, "people")]),
    ("Officials said 12 soldiers died but the rebels claimed 40 were killed.", [(12, "soldier"), (40, "soldier")]),
])
def test_a_rival_claim_counts_the_same_things(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_both_ends_of_a_named_growth_moving_from_one_rate_to_another_are_growth(extractor):
    fs = extractor("World growth would almost halve from 3.4 percent to 1.8 percent.")
    assert [(f.value, f.direction, f.kind) for f in fs] == [(3.4, "up", "growth"), (1.8, "up", "growth")]


@pytest.mark.parametrize("text, want", [
    ("Income tax and VAT raise 65% of the state's tax income.", [(65, None, "share")]),
    ("The bank raised its rates 5% last year.", [(5, "up", "growth")]),  # control
])
def test_a_share_raised_is_collected_not_a_rise(extractor, text, want):
    assert [(f.value, f.direction, f.kind) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Acme's $800 billion (762 billion euros) sovereign wealth fund will invest abroad.",
     ["Acme's sovereign wealth fund", "Acme's sovereign wealth fund"]),
    ("The snow came down the 2,400m (7,800ft) mountain.", ["mountain", "mountain"]),
    ("The lake lies 65 miles (105km) north of the city.", ["lake", "lake"]),  # control: a direction, not a thing
])
def test_a_figure_with_a_bracketed_equivalent_modifies_the_noun_after_the_bracket(extractor, text, want):
    assert [f.subject for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("At the COP 21 conference in Paris, China made a pledge.", []),
    ("Leaders met at COP26 in Glasgow.", []),
    ("The fine was COP 21 million.", [(21e6, "COP")]),  # control: an amount in pesos
])
def test_cop_and_a_small_number_is_the_climate_conference(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("About 1,000 people marched in Athens and another 1,000 demonstrated in Patras.",
     [(1000, "people", "people"), (1000, "people", "people demonstrated")]),
    ("Five people died and another 12 were injured.", [(5, "people", "people died"), (12, "people", "people injured")]),
])
def test_another_n_counts_the_same_things(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The bill will turn four decades of EU rules into domestic law.", [(4, "decade")]),
    ("She turns 40 on Monday.", [(40, "year of age")]),  # control
])
def test_turn_before_a_count_of_things_is_no_birthday(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_bare_numbers_after_of_the_nouns_count_those_nouns(extractor):
    fs = extractor("Of the alleged victims, 50 were in the US, up to 20 were in the UK and six were in Australia.")
    assert [(f.surface, f.unit) for f in fs] == [("50", "victim"), ("20", "victim"), ("six", "victim")]


@pytest.mark.parametrize("text, want", [
    ("A few hundred youths attacked a bank.", [("A few hundred youths", 200, 500, "youth", "~")]),
    ("Several hundred thousand refugees fled.", [("Several hundred thousand refugees", 3e5, 9e5, "refugee", "~")]),
    ("The repairs cost several million dollars.", [("several million dollars", 3e6, 9e6, "USD", "~")]),
    ("A few dozen protesters gathered.", [("A few dozen protesters", 24, 60, "protester", "~")]),
    ("He has a few friends.", []),  # control: no number word
])
def test_several_or_a_few_hundred_is_a_vague_range(extractor, text, want):
    assert [(f.surface, f.value, f.value_max, f.unit, f.approx) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("I never imagined I'd one day be on that stage.", []),
    ("I'd spent one day there.", [(1, "day")]),  # control: a duration
])
def test_contracted_would_one_day_is_a_time(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("An airstrike left one militant dead and three wounded, medics said.", [(1, "militant"), (3, "militant")]),
    ("Two people died and three were hurt.", [(2, "people"), (3, "people")]),
    ("At least 13 people were killed and some 85 were injured.", [(13, "people"), (85, "people")]),  # control
])
def test_casualties_left_dead_or_wounded_are_counted(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_in_the_vicinity_of_is_a_hedge(extractor):
    fs = extractor("Estimated damage is in the vicinity of $1 million.")
    assert [(f.value, f.approx, f.subject) for f in fs] == [(1e6, "~", "damage")]


@pytest.mark.parametrize("text, want", [
    ("China's GDP grew at 6.7 percent in the first three quarters.", [(6.7, "up", "growth")]),
    ("The economy contracted at an annualized 2% pace.", [(2, "down", "growth")]),
    ("Unemployment stood at 5%.", [(5, None, "level")]),  # control: no growth verb
])
def test_a_growth_verb_at_a_percentage_is_the_growth_rate(extractor, text, want):
    assert [(f.value, f.direction, f.kind) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Five bombs were dropped, of which four exploded.", [(5, "bomb"), (4, "bomb")]),
    ("It is a town of some 88,000 residents compared to Eldon's 1,800.", [(88000, "resident"), (1800, "resident")]),
    ("The deal means Asda's 135,000 staff can work anywhere.", [(135000, "staff")]),
    ("The Standard & Poor's 500 index rose.", []),  # control: a name
])
def test_counts_after_of_which_and_a_possessive_are_kept(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The confirmation of Gorsuch, 49, would restore the majority.", [(49, "year of age")]),
    ("Cases rose in Ohio, 4, would be the count.", [(4, "")]),  # control: a place, not a person
])
def test_a_name_then_a_bare_number_then_a_modal_verb_is_an_age(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_on_the_one_hand_glued_by_a_dash_is_no_count(extractor):
    assert extractor("He said: On-the one hand you have rebels.") == []


@pytest.mark.parametrize("text, want", [
    ("He entered the game with 2,282 points, eight fewer than Ford's total from 1974-78.",
     [(2282, "point", None), (8, "point", None)]),
    ("The party won 16 seats, 12 more than last time.", [(16, "seat", None), (12, "seat", None)]),
])
def test_a_difference_after_a_count_counts_the_same_things_and_the_base_keeps_its_period(extractor, text, want):
    assert [(f.value, f.unit, f.period) for f in extractor(text)] == want
