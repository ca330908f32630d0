"""Extract attributed casualty claims from a cleaned article.

A claim is a figure someone states about people killed, wounded, captured or displaced. Every word the rules
match comes from ``data/reference/vocabulary.csv`` (see :mod:`explainer.vocabulary`). The rules, in order:

1. One scan of the article with every outcome word compiled into one pattern finds the sentences that can hold a
   claim; the detailed rules run only there.
2. Figures: quantities (see :mod:`explainer.numbers`), "a soldier", "all its crew", followed within four
   modifier words by a noun for people ("four Turkish soldiers", "five Syrians"), by an outcome noun ("2,730
   civilian deaths", "12 casualties") or by nothing ("wounding three", "30 were injured"). "12 observation
   posts", "151 tanks", "6 sites" are about things, so are not claims; neither is a figure of zero.
3. Outcome: a passive or intransitive verb after the people ("were killed", "had reportedly been killed", "are
   said to have died", "fell", "lost their lives"), over a list or an aside ("16 civilians, including 11
   children, were killed"); an active verb or a nominal before them ("killed six soldiers", "killing and wounding
   several", "resulted in the death of 35", "injury of 109"); an outcome noun; a toll or total ("the toll rose
   to 33", "the number of displaced people exceeds 300,000", "the dead were three soldiers and four members");
   refugees hosted or sheltered (displaced). "killed or wounded" and "casualties" are ``other``; "wounded and
   captured" gives two claims. A subset ("including five children", "8 of whom") takes its parent's outcome.
4. Side: the people's own words and the group after them ("fighters of Hayat Tahrir al-Sham", "members of
   Iran's Revolutionary Guard"), else the person named before them ("nine others", "30 more").
5. Claimant: see :func:`explainer.text.attribute`. A figure in the article's own voice is the outlet's claim.
6. Date: a day named in the sentence, else the last day named earlier in the article; a period, a total or a
   vague time leaves it empty. ``scope`` says whether the figure is one incident's or a total over a period.
"""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice

from . import dates
from .articles import Article, Block
from .numbers import COUNT, NO_NUMBER, Quantity, find_quantities
from .patterns import Folded
from .reference import NameFinder, Reference
from .text import (NOT_ATTRIBUTED, PARTIES, UNREAD, ArticleContext, Attribution, Sentence, SpeakerNeeded, attribute,
                   SPEECH_VERBS, country_name, day_of, is_continuation, is_role_speaker, nation_adjective,
                   open_quotation, quotation_speaker, speaks_only_after)
from .vocabulary import OUTCOMES, SIDES, VOCABULARY

V = VOCABULARY
MONTH_WORDS = set(dates.MONTHS)
PERSON_NOUNS: dict[str, str] = V["person_noun"]
SIDE_WORDS: dict[str, str] = V["side_word"]
CONTINUING_WORDS = set(V["continuing_word"])
OUTCOME_NOUNS: dict[str, str] = V["outcome_noun"]
PARTICIPLES: dict[str, str] = V["outcome_participle"]
INTRANSITIVES: dict[str, str] = V["outcome_intransitive"]
TRANSITIVES: dict[str, str] = V["outcome_transitive"]
NOMINALS: dict[str, str] = V["outcome_nominal"]
STOCK_VERBS: dict[str, str] = V["stock_verb"]
PLACE_NOUNS = set(V["place_noun"])
INSTITUTION_WORDS = frozenset(V["institution_word"])
CIVILIAN_HEADS = {w for w, side in PERSON_NOUNS.items() if side == "civilians"}
# Heads that stand for the people named before them ("nine others", "the crew").
INHERITING_HEADS = {"others", "contractors", "contractor", "staff", "workers", "worker", "employees", "members",
                    "member", "crew", "personnel", "officers", "officer", "pilots", "pilot", "men", "leaders",
                    "commanders", "colonel"} | CONTINUING_WORDS
# Side priority when the people's words name several (a "Turkish-backed Syrian rebel" is a rebel).
# A side added in data/reference/sides.csv comes after the parties and before "unspecified".
_SIDE_ORDER = ("civilians", "rebels", "russia", "turkey", "syria_government")
_SIDE_ORDER += tuple(s for s in SIDES if s not in _SIDE_ORDER + ("unspecified",)) + ("unspecified",)

OUTCOME_NOTES = {
    "other": "'neutralised', 'casualties', 'killed or wounded': killed, wounded or captured together; not a death toll",
}

# The words that lump outcomes together ("neutralised", "casualties"): a claim's note keeps the one its sentence
# used where its quote leaves it out ("Some 2,557 Syrian regime troops, two drones, ... have been neutralized")
_OTHER_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
    {w for kind in ("outcome_participle", "outcome_transitive", "outcome_intransitive", "outcome_noun")
     for w, v in VOCABULARY[kind].items() if v == "other"}, key=len, reverse=True)) + r")(?![\w-])", re.I)


def _outcome_note(text: str, link) -> str:
    """The note on an outcome that lumps several together, with the source's word where the sentence gives one."""
    word = _OTHER_WORD.search(text, link.phrase.start) if link.outcome == "other" else None
    note = OUTCOME_NOTES[link.outcome]
    return f"the source's word: '{' '.join(word.group().split())}'; {note}" if word else note


_WORDS = re.compile(r"[\w’'*-]+|[^\w\s]")
_EDITORIAL_INSERT = re.compile(r"\[[A-Za-z][\w'’ -]{0,30}\]")
# Words that end a noun phrase: a modifier between a number and its noun is never one of these.
_STOP = {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "and", "or", "but", "of", "in",
         "on", "at", "by", "to", "from", "the", "a", "an", "with", "for", "that", "which", "who", "whom", "as",
         "than", "into", "since", "after", "before", "during", "while", "said", "says", "within", "when", "per",
         "including", "among", "against", "across", "over", "under", "near", "this", "these", "those", "it",
         "belonging", "loyal", "whose", "there", "here", "so", "far", "altogether", "each", "respectively",
         "their", "its", "his", "her", "they", "he", "she", "we", "i", "you", "out", "up", "more", "percent",
         "per cent", "times", "years", "year", "days", "day", "hours", "km", "miles", "according",
         # ("killing a soldier inside": where the one person was, not a word of the noun)
         "inside", "outside", "behind", "beside"}
_STOP |= set(PARTICIPLES) | set(INTRANSITIVES) | set(TRANSITIVES)
_AFTER_VERBS = {**PARTICIPLES, **INTRANSITIVES}  # the verbs that follow the people they count
_INJURY_DEGREES = set(V["injury_degree"])  # "seriously", "critically": how badly, never a noun of the people


def _words_pattern(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# "cost 330,000 lives", "claimed the 96 lives": a verb that takes lives, right before the figure
LIFE_VERBS: dict[str, str] = V["life_verb"]
_LIFE_VERB_BEFORE = re.compile(r"(?<![\w-])(?P<verb>" + _words_pattern(LIFE_VERBS) + r")\s+(?:the\s+|some\s+)?$",
                               re.IGNORECASE)

# Every outcome word: the one-pass scan of an article (ArticleContext.outcome_word_starts) finds candidate sentences;
# CANDIDATE finds them in any other text.
CANDIDATE_WORDS = (
    list(PARTICIPLES) + list(INTRANSITIVES) + list(TRANSITIVES) + list(OUTCOME_NOUNS) + list(NOMINALS)
    + list(STOCK_VERBS) + list(V["toll_word"]) + [w.capitalize() for w in [*PARTICIPLES, *INTRANSITIVES,
                                                                         *TRANSITIVES, *OUTCOME_NOUNS]]
    + ["refugees", "displaced", "hostage", "hostages", "lives", "prisoner", "captive", "captives", "human shield",
       "human shields", "estimate"]
    # a subset in a sentence of its own ("Among them were 8 children", "18 of them were civilians")
    + ["Among them", "Among those", "Among these", "Of them", "Of those", "Of these", "of them were",
       "These included", "They included", "Those included"]
    # a verb with "from their homes" after its object ("has driven 300,000 people from their homes")
    + ["from their homes"]
    # deaths counted again by who caused them ("Another 58 were caused by non-state actors")
    + ["attributable to", "attributed to", "were caused by", "were blamed on"]
    # the count just given, grown ("By January, this had risen to 400,000": see _RISEN_TO)
    + ["had risen to", "has risen to", "had grown to", "has grown to"])
CANDIDATE = NameFinder(CANDIDATE_WORDS)

# Words that may stand between the people and their verb: auxiliaries, adverbs and the vocabulary's hedges
# ("were reportedly killed", "are said to have died", "was reported to be killed").
_HEDGE_WORDS = {w for phrase in V["hedge"] for w in phrase.split()}
# An adverb before the verb ("were reportedly killed"), never the first word of a verb of the vocabulary ("was
# mortally wounded" is killed, not wounded)
_ADVERB = r"(?!(?:" + "|".join(sorted({w.split()[0] for w in {**PARTICIPLES, **INTRANSITIVES}
                                       if " " in w and w.split()[0].endswith("ly")})) + r")\s)\w+ly"
_FILLERS = (r"(?:" + "|".join(sorted(_HEDGE_WORDS | {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get", "gets", "would",
    # ("with 10,000 people having fled since February", "with 40 soldiers having been killed": an absolute clause)
    "having",
    # ("2,500 civilians had by now fled")
    "by now", "so far",  # ("5,500 civilians had so far fled the pocket")
    # ("many more will die": a prediction, never a count; "will" is no filler before the verb)
    "may", "might", "to", "also", "all", "either", "still", "later", "said", "thought", "believed", "feared",
    "confirmed", "estimated", "known", "presumed", "announced", "now", "subsequently", "ultimately", "both", "then", "since", "previously", "already", "just",
    "initially", "eventually", "among", "those", "there",
    # ("Eight civilians were found dead", "two bodies were found burned": how the dead were found)
    "found",
    # ("Twelve militants were meanwhile reported on 8 July to have been killed": a connective, and the day of the
    # report, between the people and their verb)
    "meanwhile"}, key=len, reverse=True))
    + r"|on\s+\d{1,2}\s+(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")" + r"|" + _ADVERB + r")")
# (Folded: searched in lower-cased text, faster; the verbs they capture are read lower-cased)
_PASSIVE = Folded(
    # ("Around 300,000 of those have fled": a partitive of a figure given before, as "of them")
    r"[\"'”’]?\s*,?\s*[\"“]?(?:(?:who|which|that)\s+|of\s+(?:whom|which|them|those|these)\s+)?(?:" + _FILLERS + r"\s+){0,7}[\"“]?"
    r"(?:" + _ADVERB + r"\s+)?[\"'“‘]?"
    r"(?P<verb>" + _words_pattern(list(PARTICIPLES) + list(INTRANSITIVES)) + r")(?![\w-])[\"'”’]?"
    r"(?P<more>(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*,\s*or\s+|\s*,\s*and\s+)(?:" + _words_pattern(PARTICIPLES)
    + r")(?![\w-]))*")
_PARTITIVE_OF = re.compile(r"\s+of\s+(?:them|those|whom|these)(?![\w-])", re.IGNORECASE)
# An aside between the people and their verb: ", including 11 children," or "(Heyva Sor)" or "in Idlib".
_ASIDE = re.compile(r"\s+(?i:on\s+(?:both|either|each|all)\s+sides?)"
                    # "324 civilians – of which were 113 children and 72 women – had died": the part the dashes
                    # (read as commas) set off, between the people and their verb
                    r"|\s*,\s*(?i:of\s+(?:which|whom)\s+(?:were|was)|among\s+(?:them|whom)\s+(?:were|was))\s+[^,.;:]{1,80},"
                    r"(?=\s+(?i:were|was|had|have|has)\b)"
                    # "two civilians on the Turkish side were wounded": whose side the people were on
                    r"|\s+on\s+the\s+[A-Z][\w'’-]*\s+side(?![\w-])"
                    # "a Dutch national named Yusuf was killed", "a man called Abu Omar was wounded": the person's
                    # name, after the noun counting them
                    r"|\s+(?:named|called)\s+[A-Z][\w'’-]*(?:\s+(?:al-|bin\s+)?[A-Z][\w'’-]*){0,3}(?=\s+(?i:were|was|had|has)\b)"
                    # "three soldiers, all members of the 5th Corps, were killed": who the people all were, between
                    # them and their verb (no figure inside)
                    r"|\s*,\s*(?i:all|both)\s+(?:of\s+them\s+)?(?:[^,.;:\d()\"“”]|\d+(?:st|nd|rd|th)\b){2,80},(?=\s+(?i:were|had|have)\b)"
                    # "two people on the ground were killed" (under a falling aircraft)
                    r"|\s+on\s+the\s+ground(?![\w-])"
                    # "13 people at a hospital in Afrin were killed": where they were, with no commas, up to the
                    # auxiliary (no figure, no second clause inside: "in a town where three soldiers were killed")
                    r"|\s+(?i:at|in|inside|near)\s+(?i:a|an|the)\s+(?:(?!(?i:where|which|who|whom|when|that|and|but|while)"
                    r"(?![\w-]))[^,.;:\d\"“”]){1,50}?(?=\s+(?i:were|was|had|have|has)\b)"
                    # "Six crew members as well as 33 passengers, all of them military personnel, were killed": who
                    # they all were, between commas
                    # ("900,000 people, more than half of whom are children, have fled": a share of them)
                    r"|\s*,\s*(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:all|most|many|both|each|half|"
                    r"the\s+majority)\s+of\s+(?:them|whom)\s+[^,.;:]{1,40},(?=\s+(?i:were|was|had|have|has)\b)"
                    # "five children, aged between 6 and 13, were killed", "four men aged 20 to 30 were detained": ages
                    r"|\s*,\s*(?:all\s+)?aged\s+[^,.;:]{1,40},(?=\s+(?i:were|was|had|have|has)\b)"
                    r"|\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:and|to|-|–)\s*\d{1,3})?(?:\s+years(?:\s+old)?)?(?![\w-])"
                    # "All soldiers on board were killed", "five passengers aboard the plane died": where they were
                    # ("the four members on board the second helicopter were killed": a word may describe it)
                    r"|\s+(?:on\s+board|aboard)(?:\s+(?:the|its|their)(?:\s+(?!(?:were|was|had|have|has)\b)"
                    r"[\w'’-]+){1,2})?(?![\w-])"
                    # "36 paramedics, in uniform on authorised missions, have been killed": a phrase between commas
                    r"|\s*,\s*(?:in|on|at|from|with|without|while|during)\s+[^,.;:]{1,60},(?=\s+(?i:were|was|had|have|has)\b)"
                    # "Two ISIS leaders, Ahmad al-Zawi and Ahmad al-Jughayfi, were killed": names in apposition
                    r"|\s*,\s*(?:(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|'[A-Z][\w'’-]*|and)(?:\s+|\s*,\s*)){1,14}"
                    r"(?:[A-Z][\w'’.-]*|al-[\w'’-]+)\s*,"
                    # (', including a "commander" were killed': a comma before "including" and none after)
                    # (also a list of counts: "80 people including 28 soldiers, at least 40 militants and 14
                    # civilians were killed", each comma opening another count)
                    # (a figure's own separator is no break: "50,000 people including 20,000 children have fled")
                    # (or a list of kinds with no counts, up to five words each and no auxiliary: "20 fighters,
                    # including guards, police and medics were killed"; never a count after a comma: ", including 11
                    # children, and six fighters" goes on)
                    r"|,?\s+(?i:including)\s+(?:[^,.;:]|(?<=\d)[,.](?=\d)){1,60}?(?:,\s+(?:(?i:(?:at\s+least|more\s+than|"
                    r"over|about|around|some|nearly|up\s+to)\s+)?(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"a|an)\s)(?:[^,.;:]|(?<=\d)[,.](?=\d)){0,60}?|(?!(?i:and\s+)?(?:at\s+least|more\s+than|over|about|around|"
                    r"some|nearly|up\s+to|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s)(?:(?!(?:were|was|had|have|has)\b)"
                    r"[A-Za-z'’-]+\s+){0,4}?(?!(?:were|was|had|have|has)\b)[A-Za-z'’-]+)){0,4}"
                    r"(?=\s+(?i:were|was|had|have)\b)"
                    # "one civilian working for the Turkish military had died": a participle clause, up to its verb
                    r"|\s+(?i:" + _words_pattern(V["aside_participle"]) + r")\s+(?i:for|with|in|at|by|alongside|on|"
                    r"near|inside|under|to)\s+[^,.;:]{1,50}?(?=\s+(?i:were|was|had|have|has|are|is)\b)"
                    # ... or with its object: "two soldiers guarding the post were killed" (rows valued "object")
                    r"|\s+(?i:" + _words_pattern([w for w, v in V["aside_participle"].items() if v == "object"])
                    + r")\s+(?!(?i:were|was|had|have|has)\b)[^,.;:]{1,70}?(?=\s+(?i:were|was|had|have|has)\b)"
                    # "24 journalists writing columns against the operation had been arrested": any participle
                    # clause with its object, up to an auxiliary and a passive verb (never "during", "according")
                    r"|\s+(?!(?i:during|according|including|following|regarding|concerning|morning|evening|building|"
                    r"bombing|shelling|fighting|something|nothing|being|having)\b)[a-z]+ing\s+[^,.;:()]{1,50}?"
                    r"(?=\s+(?i:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?i:" + _words_pattern(PARTICIPLES) + r")\b)"
                    # ("200 civilians, primarily women and children, were taken hostage": who they mostly were)
                    r"|\s*,\s*(?i:including|among\s+them|mostly|primarily|mainly|largely|predominantly|most\s+of\s+them|many\s+of\s+them|"
                    # "four fighters, one of them a German volunteer, were killed"
                    r"(?:one|two|three|four|five|some|several|\d+)\s+of\s+(?:them|whom))\s+(?:[^,.;:]|(?<=\d)[,.](?=\d)){1,120},"
                    # a relative clause: "ten soldiers, who were trying to reach the town, were killed"
                    r"|\s*,\s*(?i:who)\s+[^,.;:]{1,80},"
                    # ... whose closing comma is missing: "two fighters, who were guarding the post were killed"
                    r"|\s*,\s*(?i:who)\s+[^,.;:]{1,80}?(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                    r"(?:\w+ly\s+)?(?i:" + _words_pattern(PARTICIPLES) + r")\b|\s+(?:died|perished)\b)"
                    # ... or with no comma at all: "two fighters who had been involved in the raid were later captured"
                    r"|\s+who\s+(?:had|have|has|was|were)\s+(?!(?:\w+ly\s+)?(?i:" + _words_pattern(PARTICIPLES) + r")\b)"
                    # (no count and no second "who" inside: "4 who were named and 4 others who were arrested")
                    r"(?:(?!\bwho\b|\band\b)[^,.;:\d]){1,80}?(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|later|then|also)\s+)?(?i:"
                    + _words_pattern(PARTICIPLES) + r")\b)"
                    # a participle clause opened by a comma and not closed: "three civilians, attached to the army were
                    # killed"
                    r"|\s*,\s*(?i:attached|assigned|" + _words_pattern(V["aside_participle"]) + r")\s+(?i:to|for|with|in|at|"
                    r"by|alongside|on|near|inside|under)\s+[^,.;:]{1,50}?(?=\s+(?:were|was|had\s+been|have\s+been|"
                    r"has\s+been)\s+(?:\w+ly\s+)?(?i:" + _words_pattern(PARTICIPLES) + r")\b)"
                    # ... without commas, up to the people's own verb: "2 million civilians who escaped from attacks
                    # were forced to migrate" (a clause in "who were ..." is the people's outcome itself)
                    r"|\s+(?i:who)\s+(?!(?i:were|was|had|have|has|are|is)\s+(?!\w+ing\b))[^,.;:]{1,60}?(?=\s+(?i:were|was|"
                    r"had\s+been|have\s+been|has\s+been)\b)"
                    # a participle or "with" aside: "13 guards, representing the whole garrison, were killed",
                    # "3,500 soldiers, with an additional battalion, were taken prisoner"
                    r"|\s*,\s*(?:[a-z]+ing|with)\s+[^,.;:]{1,80},(?=\s+(?i:were|was|had|have)\b)"
                    # an apposition: "eight fighters of the SDF — the de facto army of the region — were killed"
                    # ("109 terrorists, a term he uses for the YPG, had so far been killed": a word of time between)
                    r"|\s*,\s*(?:the|a|an)\s+[^,.;:]{1,80},(?=\s+(?i:were|was|(?:had|have|has)\s+(?:(?:so\s+far|already|"
                    r"now|since|also)\s+)?been)\b)"
                    # a quoted aside: 'three men, "acting in self-defence", were killed'
                    r"|\s*,\s*[\"“][^\"”]{1,60}[\"”]\s*,"
                    # "350 people, both military and civilian, had died": the kinds of the people counted
                    r"|\s*,\s*both\s+[a-z]+\s+and\s+[a-z]+\s*,"
                    r"|\s*\([^()]{0,80}\)|\s+(?i:in|near|from|at|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                    r"|\s+(?i:in|on)\s+\d{1,2}\s+[A-Z][a-z]+|\s+(?i:in|on|near)\s+(?:the\s+)?[a-z]+\s+(?:"
                    + _words_pattern(PLACE_NOUNS) + r")s?"
                    # "two fighters of the SDF in northeastern Syria were killed": a region named by a compass word
                    r"|\s+(?i:in|near)\s+(?:the\s+)?[a-z-]*(?:north|south|east|west)[a-z-]*\s+[A-Z][\w'’-]*"
                    r"(?:\s+[A-Z][\w'’-]*){0,2}")
# a month's full name (Folded patterns read the text lower-cased)
_MONTH_NAMES = "(?:" + "|".join(sorted((m for m in MONTH_WORDS if len(m) > 4 or m in ("may", "june", "july")),
                                       key=len, reverse=True)) + ")"
# ("killed or wounded 40 civilians": two verbs joined by "or" are one outcome, other, as "40 killed or wounded")
_ACTIVE = Folded(r"(?<![\w-])(?P<verb>" + _words_pattern(TRANSITIVES) + r")(?P<more>\s+(?:and|or)\s+(?:"
                 + _words_pattern(TRANSITIVES) + r"))?[\"'”’]?"
                 # ("claimed to have killed, on the same day, more than 100": when, set off by commas)
                 r"(?:,\s+(?:on|in|during|over|within)\s+[^,;.\d]{1,30},)?\s+"
                 # "killed between February and April 2016 at least 83 civilians": when, between verb and object
                 r"(?:(?:between\s+" + _MONTH_NAMES + r"\s+and\s+|in\s+|during\s+)" + _MONTH_NAMES
                 + r"(?:\s+\d{4})?,?\s+)?"
                 # "killed what it said were over 100 loyalists": the figure is the speaker's, inside the object
                 r"(?:what\s+(?:[\w'’-]+\s+){1,4}?(?:said|says|claimed|claims|called|calls|described\s+as|"
                 r"describes\s+as)\s+(?:(?:were|was|are|is)\s+)?)?"
                 # "killing him and several police officers", "kills X, a commander, and two other militants": a
                 # first object with no count (a pronoun, a name, one person named by role) before the counted people
                 r"(?:(?:him|her|them|(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|"
                 # (a name, never a place after a preposition nor a count: "killed at Khan Tuman and two of their
                 # tanks", "seized two more villages and another two")
                 r"(?!(?:at|in|on|near|from|to|by|with|during|after|before|for|of|over|under|while|when|as|since|"
                 r"across|around|outside|inside|into|one|two|three|four|five|six|seven|eight|nine|ten|another|more|"
                 r"several|dozens|hundreds|scores|many|some|all|both|up|what)\b)[A-Z][\w'’-]+"
                 # ("killing the imam as well as three others", "killing a sheikh who led a militia as well as
                 # three others": "as well as" joins the list as "and" does, after a relative clause too)
                 r"(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){0,3})(?:\s*,\s*[^,;.]{3,60},|\s+who\s+[^,;.\"“”]{3,60}?"
                 r"(?=\s+as\s+well\s+as\s))?\s+(?:and|as\s+well\s+as)\s+)?"
                 # ("killing a family of four": the family's members)
                 # ("killing an estimated 217–329 soldiers": a range's estimate, not in the range's own text)
                 # ("killing an alleged total of 1,483 people": a hedge or an estimate before the total)
                 r"(?:(?:another|a\s+further|an\s+additional|an?\s+(?:(?:alleged|reported|estimated|combined)\s+)?"
                 r"total(?:\s+of)?|an?\s+family\s+of|an\s+estimated|"
                 r"some|all|only|just|at\s+least|the|his|her|their|its|our)\s+)?[\"“]?$")
_NOMINAL = Folded(r"(?<![\w-])(?P<verb>" + _words_pattern(NOMINALS) + r")(?:(?P<more>\s+and\s+(?:"
                  + _words_pattern(NOMINALS) + r"))|\s+and\s+(?:torture|abuse|detention))?(?:\s+in\s+(?:combat|action|battle|captivity|custody))?"  # "the death in combat of"
                  r"\s+of\s+(?:(?:another|a\s+further|some|all|the)\s+)?$")  # ("the killing and torture of": a second abuse)
_THE_DEAD = Folded(r"\b(?:the|those)\s+(?P<verb>dead|killed|wounded|injured|victims|casualties)\s+"
                   # "the dead soldiers included two officers": the people's noun after the outcome word
                   r"(?:(?:" + _words_pattern(PERSON_NOUNS) + r")\s+)?(?:were|was|included|include|are|numbered)\s+"
                   # "those killed were in the hundreds": a vague count given as a range the dead fall in
                   r"(?:in\s+the\s+)?$")
_STOCK = re.compile(r"(?<![\w-])(?:" + _words_pattern(STOCK_VERBS) + r"|for|with)\s+(?:(?:some|about|nearly|over|"
                    r"more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
_PLAN = Folded(r"(?<![\w-])(?:" + _words_pattern(V["plan_word"]) + r")(?![\w-])")
_TOLL = Folded(
    r"(?<![\w-])(?P<word>" + _words_pattern(V["toll_word"]) + r")(?![\w-])(?P<who>(?:\s+[“\"‘]?[\w'’*/-]+[”\"]?){0,14}?)(?:\s*,[^,;.]{1,60},)?\s*,?\s+"
    r"(?:(?:has|had|have|now|further|then)\s+)?(?P<verb>rose|risen|rise|rising|climbed|increased|reached|reaching|"
    # "the camp's population soared past 50,000", "had swelled to 74,000": a count growing
    r"soared\s+past|soared|swelled|grew|"
    # "rebel casualties were reported to have surpassed 70": a hedged count passing a bound
    r"(?:(?:were|was)\s+(?:reported|said|believed)\s+to\s+have\s+)?(?:surpassed|surpassing)|"
    # "the number of soldiers killed was later updated to 105": a count corrected is still a count
    r"(?:(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+)?)?(?:updated|revised|raised)|"
    # "the number of fighters killed may be as high as 1,200": a hedged count
    r"(?:may|might|could)\s+(?:have\s+)?(?:be|been|reach|reached)|"
    # "the death toll varied from 120 to 250", "estimates ranged between 40 and 60", "reports of the toll range from
    # 20 to 54": a range
    r"(?:varied|varies|vary|ranged|ranges|range)(?:\s+from)?|"
    r"stands\s+at|stood\s+at|jumped|hit|numbered|numbers|totals|totalled|totaled|amounted\s+to|amounts\s+to|(?:is|was|were)\s+estimated\s+(?:to\s+be|at)|is|was|were|are|included|includes|"
    # ("the deaths of 203 civilians, including ... at least 25 women": the "at" of a bound is no verb of the toll)
    r"exceeds|exceeded|exceeding|to|at(?!\s+(?:least|most)(?![\w-]))|as|"
    # "the toll of 2,140 includes 500 children": a toll's own figure right after it, in digits
    # ("the toll of 11 has now risen to 21": the toll's verb gives its figure, as before)
    r"of(?=\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|at\s+least)\s+)?\d[\d,]*(?![\d,]|\s+(?:(?:has|had|"
    r"have|now|since|then|later)\s+)*(?:risen|rose|rise|climbed|increased|reached|jumped|grown|grew|soared|swelled|"
    r"surpassed|exceeded|been\s+(?:raised|revised|updated)|(?:was|were)\s+(?:raised|revised|updated)))))(?![\w-])"  # whole words: "to" is not "town"
    r"(?:\s+to)?\s*[\"“]?")
# Where the people counted end: an agent after 'by', or the subject of a clause about them ("the number of terrorists
# Turkey has neutralized", "the number of people who have fled")
_TOLL_AGENT = re.compile(r"\s+by\s+|\s+(?=[\w'’-]+\s+(?:has|have|had)\s)")
_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,2}$")  # the words right before a toll word, in its clause
_REPLACED_COUNT = re.compile(r"\s*from\s+[\w,.-]+\s+to\s+", re.IGNORECASE)  # "rose from 11 to 21"
# Every match of _TOLL starts with a toll word (keep them in step): a sentence with none of their first words is not
# searched.
_TOLL_FIRST_WORDS = sorted({w.lower().split()[0] for w in V["toll_word"]})
_OUTCOME_IN = Folded(r"(?<![\w-])(?:" + _words_pattern(
    list(PARTICIPLES) + list(INTRANSITIVES) + list(OUTCOME_NOUNS) + list(NOMINALS)) + r")(?![\w-])")
# (Folded: searched in lower-cased text, as fast as a case-sensitive pattern; every caller lower-cases the words)
_SIDE_PATTERN = Folded(r"(?<![\w-])(?:" + _words_pattern(SIDE_WORDS) + r")(?![\w-])")
_GROUP_AFTER = re.compile(r"\s+(?:of|from|between|belonging\s+to|loyal\s+to|with|in|on\s+the\s+side\s+of|fighting\s+for|"
                          # "eight fighters operating in pro-Iran militias", "serving with": the group they fight in
                          r"(?:operating|serving|fighting)\s+(?:in|with|among)|"
                          # "30 casualties on the Syrian side": whose side, named after the people
                          r"on\s+the(?=\s+(?:[\w'’-]+\s+){1,2}side\b))\s+(?:the\s+)?(?P<group>[^,.;:()\"“”]{1,60})",
                          re.IGNORECASE)
# (a colon may open the list: "more than 470 dead, including: 241 militants, 127 soldiers and 105 civilians")
_SUBSET_BEFORE = re.compile(r"(?:\bincluding|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+which|\bincluded):?\s+$"
                            # "took the death toll to 52 — 29 troops and 23 militants": a breakdown after a dash
                            r"|\d(?:\s*[—–]|\s+--?)\s*$"
                            # "left three dead -- a woman and her two children", "three civilians (two children and a
                            # woman) were killed": the figure's noun, then a dash or a bracket
                            r"|(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))"
                            r"\s+[a-z]+(?:\s*[—–]|\s+--?|\s*\()\s*$",
                            re.IGNORECASE)
# How a text _SUBSET_BEFORE matches can end, its final spaces aside (keep them in step): most windows before a figure
# end with none of them, and are not searched (a plain test first; exact for ASCII, where case-insensitive matching
# is plain ASCII case)
_DATELINE_DAY = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True))
                           + r")\.?\s+\d{1,2}(?:\s*[—–]|\s+--?)\s*$", re.IGNORECASE)
_SUBSET_BEFORE_WORDS = ("including", "them", "whom", "which", "included", ":", "-", "(")
# "13 civilians consisting of seven Syrians and six Iraqis": the parts of the people counted before (never "a group
# consisting of 300 members", which counts no casualty)
_CONSISTING_OF = re.compile(r"(?P<noun>[\w'’-]+)\s+(?:consisting\s+of|comprising)\s+$", re.IGNORECASE)


# "kidnapping 49 employees, including the Consul General, three children, and several soldiers": a list after
# "including" that opens with one person named by post (no count) before the counted subsets
_SUBSET_AFTER_FIRST = re.compile(r"\bincluding:?\s+(?:the|an?|his|her|its|their)\s+[^,.;:\d()]{1,50},\s+(?:and\s+)?$",
                                 re.IGNORECASE)


def _consisting_of(window: str) -> bool:
    match = _CONSISTING_OF.search(window)
    return match is not None and match["noun"].lower() in PERSON_NOUNS


def _subset_before(window: str) -> bool:
    if window.isascii() and not window.rstrip().lower().endswith(_SUBSET_BEFORE_WORDS):
        return False
    match = _SUBSET_BEFORE.search(window)
    if match is not None and _DATELINE_DAY.search(window):
        return False  # "IDLIB, Feb 3 - Eight soldiers were killed": a dateline's day before the dash, not a toll
    return bool(match)


# What a quote does not reach over to take in a total's words: another clause or sentence part
_QUOTE_BREAK = re.compile(r"[;:.!?]|\s(?:while|whereas|but)\s")
_CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|$)|\s(?:while|whereas|but|and)\s")
_PERFECT_DISPLACEMENT = re.compile(r"(?:\s+of\s+[\w'’-]+)?\s+(?:have|has)\s+(?:now\s+|already\s+)?(?:been\s+)?"
                                   r"(?:fled|displaced|forced|uprooted|driven|made\s+homeless)\b")
# ("Dozens were killed", "the monitor said dozens had been injured", "warning that hundreds were wounded": a vague
# word opening its clause, as the subject of a verb of casualties, counts people; after a comma it may be "of them")
_VAGUE_SUBJECT_OPENS = re.compile(r"\b(?:that|said|says)\s+$")
# ... whose verb follows it at once ("a large number of those injured had surgery": the people are named after it)
_VAGUE_SUBJECT_VERB = re.compile(r"\s+(?:were|was|had|have|has|are|is|died|perished)\b")
# ... a word that counts a crowd ("dozens", "hundreds"), never one that only says more than one ("Many were killed")
_VAGUE_CROWD = re.compile(r"(?:tens|hundreds|thousands|millions|dozens|scores)(?:\s+(?:and|or)\s+\w+)?", re.IGNORECASE)
_SPAN_GOES_ON = re.compile(r"\s*(?:to|until|till|through|and|[-–])\s")
_PERIOD_WORDS = Folded(r"\b(?:total|so\s+far|since|as\s+of|in\s+all|altogether|cumulative|overall|annual|"
                           r"over\s+the\s+same\s+period|(?:during|over|in)\s+the\s+(?:previous|past|last)(?!\s+day\b)|in\s+recent\s+(?:days|"
                           r"weeks|months|years)|within\s+(?:two|three|"
                           r"\d+)\s+days|per\s+year|each\s+year|by\s+(?:the\s+)?(?:end|beginning|start)\b|by\s+\d{4}|"
                           r"as\s+of|"
                           # ("21 soldiers were killed this month": a running total; "killed earlier this month": a day)
                           r"(?<!earlier\s)(?<!later\s)this\s+(?:week|month|year))\b")
# ("a suicide car-bomber": the noun may close a hyphened word)
# ("a further 62 servicemen": a count between the article and the noun is the figure, never one of its own; "a 10
# year-old child" is an age)
_SINGLE = Folded(r"(?<![\w-])(an?|one)\s+(?=(?:(?!\d[\d,]*\s(?!year))[\w'’-]+\s+){0,3}?(?:[\w'’]+-)?(?:" + _words_pattern(
    [w for w in PERSON_NOUNS if not w.endswith("s") or w in ("serviceman", "policeman")] + ["soldier's"])
    + r")(?![\w-]))")
# "a Tunisian was killed", "an Iraqi and two Syrians were wounded": one person of an origin the person nouns do not list
# (a capitalised singular of origin, then a verb or a list; "a Tunisian fighter" is read by _SINGLE)
_SINGLE_DEMONYM = re.compile(r"(?<![\w-])([Aa]n?)\s+(?=[A-Z][a-z]{2,}(?:ian|ean|an|ese|i)\s+(?:was|had|has|and|who)\s)")
_ON_THE_SIDE = re.compile(r" on the (?P<who>[\w'’-]+(?: [\w'’-]+)?) side\b")
_FROM_THE_FORCES = re.compile(r" from the (?P<who>[\w'’-]+(?: [\w'’-]+)?) (?:forces|army|armed forces|troops|ranks|"
                              r"militias?|units?)(?![\w'’-])")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
# An ordinal before people ("the first Turkish soldier", "a 34th soldier"), never a share ("a third of the dead")
_ORDINAL_ONE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?:" + "|".join(_ORDINAL_WORDS) + r"|\d+(?:st|nd|rd|th))\b")
_ONE_PERSON = {w for w in PERSON_NOUNS if not w.endswith("s") or w.endswith("ss")}  # "soldier", not "soldiers"
# "Two more civilians were killed ... A third was killed in Jisr al-Shughur": "a" and an ordinal with a singular passive,
# the person's noun left out, are one more person ("a third of them were killed", "a third were": a share)
_ONE_MORE_PASSIVE = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:" + _words_pattern(PARTICIPLES)
                               + r")(?![\w-])")
_ALL_OF = Folded(r"\ball\s+(?:(?:its|their|the|of\s+the)\s+)?(?=(?:crew|passengers|occupants|members|soldiers)\b)")
# One person named only by the post they held in a vehicle or aircraft ("the pilot was killed", "killing the
# driver"): a figure of one, as "a pilot" is (posts held by one person only; "the commander" may be anyone named
# before, so is left out)
_DEFINITE_POSTS = ("pilot", "copilot", "co-pilot", "driver", "navigator", "gunner")
# ("the Russian pilot's death": a capitalised word of nationality or side may stand between)
_DEFINITE_ONE = Folded(r"(?<![\w-])(?P<det>the|its|their)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?=(?P<post>"
                       + "|".join(_DEFINITE_POSTS) + r")(?![\w-]))")
# "including the mayor, two children and a doctor", "including the Consul General, three children": one person
# named by a post, first in a list of the people counted (a post held by one: after "including" it is among them)
_INCLUDING_POSTS = sorted(_ONE_PERSON, key=len, reverse=True)
# (never "the company's commander", whose company may be counted before, nor "the commander, X," whose name the
# named-person rule reads)
_INCLUDING_THE = re.compile(r"\bincluding:?\s+the\s+(?=(?:[\w-]+\s+){0,2}?(?P<post>" + "|".join(map(re.escape, _INCLUDING_POSTS))
                            + r")(?![\w'’-])\s*(?:,(?!\s*(?-i:[A-Z]))|;|\.|\)|and\s|of\s|$))", re.IGNORECASE)
# "Both pilots were killed", "both soldiers died": two people (never "both sides", nor "both Syrian and Turkish
# soldiers", two groups)
_BOTH = Folded(r"(?<![\w-])both\s+(?=(?:(?!(?:and|or|after|before|of|in|on|at|to|from|by|with|while|when|as|sides?)\b)"
               r"[\w'’-]+\s+){0,2}?(?:" + _words_pattern(
    [w for w in PERSON_NOUNS if w.endswith(("s", "men")) and w not in ("police", "personnel", "people")]) + r")(?![\w-]))")
# "X and Y became separated. Both were captured and executed": two people named before, the noun left out
# The people's noun and a comma right before "both" ("two journalists, both ..."): "both" describes them
_PEOPLE_THEN_COMMA = re.compile(r"(?P<noun>[A-Za-z-]+)\s*,\s*$")
_BOTH_SUBJECT = re.compile(r"(?<![\w-])(?P<q>[Bb]oth)(?=\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:"
                           + _words_pattern(PARTICIPLES) + r")(?![\w-]))")
# "killing the crew", "the crew were killed": the people of a vehicle or aircraft, no number given
# "captured by the rebels and later executed": a second participle after the agent, the same people's
_BY_THEN_VERB = re.compile(r"\s+by\s+[^,.;:]{1,50}?\s+and\s+(?:(?:later|then|subsequently|eventually|summarily|"
                           r"reportedly|allegedly)\s+)?(?P<verb>executed|killed|beheaded|shot\s+dead)(?![\w-])",
                           re.IGNORECASE)
# ("were ambushed and killed", "were located and killed": nothing between the first verb and "and")
_PASSIVE_CHAIN = re.compile(r"\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\s+"
                            r"(?:[^,.;:\"“”()]{0,60}?\s+)?and\s+(?:(?:later|then|subsequently|eventually|summarily)\s+)?"
                            r"(?P<verb>" + _words_pattern(PARTICIPLES) + r")(?P<more>)(?![\w-])"
                            # "The pilot ejected, and was captured", "Both pilots ejected and were captured", "The pilot
                            # ejected, but died": a first verb of their own, then the outcome
                            r"|\s+[a-z]+ed(?:\s+[^,.;:\"“”()]{1,40}?)?,?\s+(?:and|but)\s+(?:(?:later|then|subsequently|"
                            r"eventually)\s+)?(?:(?:was|were)\s+(?:(?:later|then|subsequently|eventually)\s+)?(?P<verb2>"
                            + _words_pattern(PARTICIPLES) + r")|(?P<verb3>died|perished))(?![\w-])")
_ED_WORD = re.compile(r"\s+[a-z]+ed\b")


# Past forms the vocabulary reads only as the people's own act (outcome_intransitive, never a participle), and the
# auxiliary that makes them another's act: "were evacuated" ("are fleeing" is no passive)
_ACTIVE_ONLY = frozenset(w for w in INTRANSITIVES if w.endswith("ed") and w not in PARTICIPLES)
_PASSIVE_AUXILIARY = re.compile(r"(?<![\w-])(?:were|was|been|be|being|are|is)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


class _Chain:
    """A match of :data:`_PASSIVE_CHAIN` read as the passive pattern's match is ("verb", "more", start, end)."""

    def __init__(self, match):
        self._match = match
        self._group = "verb" if match["verb"] else "verb2" if match["verb2"] else "verb3"

    def __getitem__(self, name):
        return "" if name == "more" else self._match[self._group] if name == "verb" else self._match[name]

    def start(self, name=None):
        return self._match.start(self._group) if name == "verb" else self._match.start()

    def end(self, name=None):
        return self._match.end(self._group) if name == "verb" else self._match.end()


_NAMED_CREW = re.compile(r"crew\s*,\s*[A-Z][^,;:()]{2,80}?\s+and\s+[A-Z][^,;:()]{2,80}?,\s+(?:were|had\s+been)\s")
_CREW_OF = re.compile(r"crew\s+of\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w-])",
                      re.IGNORECASE)
# "crucified some Iraqi soldiers", "captured some SMC guards": "some" before people is a vague count of them (read
# only where a noun for people follows: "some reports", "some time" and "some of the city" are no count; "some 40"
# is a number already)
_SOME = Folded(r"(?<![\w-])some(?=\s+(?!of\b|other\b|more\b|[\d,.;:])|\s+of\s+them\s+(?:very\s+)?(?:seriously|severely|"
               r"critically|badly|gravely|lightly|slightly|moderately)\b)")
# "..., some critically", "..., some of them seriously": "some" of the people just counted, how badly
_SOME_MANNER = re.compile(r"\s+(?:of\s+them\s+)?(?:very\s+)?(?:" + VOCABULARY.alternation("injury_degree")
                          + r")(?=\s*(?:[.;)]|$))")
# "nine were wounded, one of them seriously": how badly the part of the figure was hurt is who they are (the pages
# showed a bare "1 (part of a larger figure)" wounded)
_PART_DEGREE = re.compile(r"\s+of\s+(?:them|whom)\s+(?:very\s+)?(?:" + VOCABULARY.alternation("injury_degree")
                          + r")(?![\w-])", re.I)
_THE_CREW = Folded(r"(?<![\w-])(?<!all\s)(?<!of\s)(?:the|its|their)\s+(?=crew(?:\s+members)?(?![\w-]))")
# People named by a bare plural before a passive outcome verb, with no count, at the start of a clause: "Syrian
# civilians were killed in the raid", "..., civilians had been injured", "said that soldiers were wounded" (a casualty
# stated with no number). Only after a clause's start: a word before them may be a modifier ("government fighters")
# or make them a count or a reference back ("the civilians", "dozens of civilians").
_BARE_PLURAL = re.compile(r"(?<![\w'’-])(?P<noun>civilians|soldiers|troops|rebels|fighters|militants|insurgents|"
                          r"militiamen|children|women|servicemen|policemen|jihadists|gunmen)\s+(?:had\s+been|have\s+been|"
                          r"were)\s+(?:\w+ly\s+)?(?:" + _words_pattern(PARTICIPLES) + r")(?![\w-])", re.IGNORECASE)
# Kin named by a possessive before a passive outcome verb, with no count: "refugees reported that their male relatives
# had been killed", "residents said their sons were detained" (people not counted before: a casualty with no number)
_KIN_PLURAL = re.compile(r"(?<![\w'’-])(?:their|his|her)\s+(?P<people>(?:(?:male|female|young|elderly|adult|teenage)\s+)?"
                         r"(?P<noun>relatives|sons|daughters|brothers))\s+"
                         r"(?:had\s+been|have\s+been|were)\s+(?:\w+ly\s+)?(?:" + _words_pattern(PARTICIPLES) + r")(?![\w-])",
                         re.IGNORECASE)
# One person of a family after a possessive ("the airstrike killed his son", "a boy and his father were killed", "his
# son who died in combat"): a figure of one, as "the pilot" is; the possessive is the count, the noun read after it
_KIN_ONE = re.compile(r"(?<![\w'’-])(?P<det>[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:other|eldest|elder|youngest|younger)\s+)?"
                      r"(?P<noun>son|daughter|brother|sister|father|mother|wife|husband)(?![\w'’-])")
# People named by a bare plural right after an active outcome verb, with no count: "the shelling killed civilians",
# "they had killed SDF fighters", "U.S. special forces arrested suspected ISIL members" (a casualty stated with no
# number). Never after "the"/"its" ("the captured soldiers": people counted before), nor "wounded"/"injured", which
# are as often adjectives ("injured soldiers were evacuated"), nor a noun that owns something ("fighters' positions").
_BARE_TAIL = (r"(?P<mods>(?:(?!(?:the|a|an|his|her|their|its|"
                      r"these|those|this|that|all|some|both|many|several|other|others|of|in|on|at|by|with|from|and|or|to|"
                      r"for|more|over|nearly|about|around|up|least|when|while|after|before|as|because|since|but|if|"
                      r"during|near|into|across|under|who|which|where|than|then|also|later|reportedly|allegedly|there|"
                      r"was|were|had|have|has|be|been|being|is|are|not|no|only|just|even|among|between|against|inside|"
                      r"outside|through|along|alongside|without|within|according|including|last|next|each|every|"
                      r"any|such|our|your|my|we|they|he|she|it|them|him|us)\b)[a-z][\w'’.-]*\s+){0,3}?)(?P<noun>civilians|soldiers|"
                      r"troops|rebels|fighters|militants|insurgents|militiamen|children|women|servicemen|policemen|"
                      r"jihadists|gunmen|protesters|protestors|journalists|doctors|members|commanders|officers|men|people|"
                      r"syrians|kurds|activists|patients|detainees|victims|residents|villagers|christians|locals)(?![\w'’-])")
_BARE_OBJECT = Folded(r"(?<![\w'’-])(?<!the\s)(?<!its\s)(?<!their\s)(?<!of\s)(?:killing|killed|kills|wounding|injuring|injures|"
                      r"arrested|arresting|kidnapped|kidnapping|abducted|abducting|detained|detaining|executed|executing|"
                      r"massacred|massacring|assassinated|murdered|murdering|"
                      # "evicted Christians from their homes": people driven out; "gunning down civilians": killed
                      r"evicted|evicting|gunned\s+down|gunning\s+down)\s+" + _BARE_TAIL)
# Two outcomes joined before the same bare plural: "attacks that have killed and injured civilians" (a casualty of
# each kind stated with no number; "injured" alone stays an adjective, as above)
_BARE_PAIR = Folded(r"(?<![\w'’-])(?:killed|killing|kills)\s+and\s+(?:injured|wounded|injuring|wounding|maimed|"
                    r"maiming)\s+" + _BARE_TAIL)
# The same people after an outcome's noun and "of", with no count: "summary executions of civilians", "the unlawful
# killing of protesters" (a casualty stated with no number; "the killing of 12 civilians" is a count, read as one)
# ("the killing and torture of patients": a second abuse named with it)
_BARE_NOMINAL = Folded(r"(?<![\w'’-])(?:killings?|executions?|abductions?|kidnappings?|assassinations?)"
                       r"(?:\s+and\s+(?:torture|abuse|detention))?\s+of\s+"
                       + _BARE_TAIL)
# "ISIL using civilians as human shields", "used 300 villagers as human shields": the people held by force
_AS_SHIELDS = re.compile(r"\s+as\s+(?:a\s+)?human\s+shields?(?![\w-])", re.IGNORECASE)
_SHIELD_VERB = re.compile(r"(?<![\w-])(?:using|used|uses|use)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_SHIELD_OBJECT = Folded(r"(?<![\w-])(?:using|used|uses|use)\s+" + _BARE_TAIL + r"(?=\s+as\s+(?:a\s+)?human\s+shields?)")
_BARE_OBJECT_NEEDS = ("kill", "wounding", "injur", "arrest", "kidnap", "abduct", "detain", "execut", "massacr", "assassinat",
                      "murder", "evict", "gunn")


def _bare_objects(sentence: str, lowered: str) -> list:
    """The matches of _BARE_OBJECT, tried only where one of its verbs starts (found by plain string search: the
    pattern tried at every position of every sentence with an outcome word cost several per cent of the extraction)."""
    found = []
    for needle in _BARE_OBJECT_NEEDS:
        at = lowered.find(needle)
        while at != -1:
            # (the word after the verb first: a count, an article or a preposition there, as in most sentences, ends
            # it before the pattern is tried)
            space = lowered.find(" ", at)
            following = lowered[space + 1:space + 14].split(" ", 1)[0] if space != -1 else ""
            if following and not following[0].isdigit() and following not in _BARE_STOP:
                match = _BARE_OBJECT.match(sentence, at)
                if match is not None:
                    found.append(match)
            elif following == "of" or (following == "and" and lowered.startswith(("and torture of", "and abuse of",
                                                                                "and detention of"), space + 1)):
                match = _BARE_NOMINAL.match(sentence, at)
                if match is not None:
                    found.append(match)
            elif following == "and" and needle == "kill":
                match = _BARE_PAIR.match(sentence, at)
                if match is not None:
                    found.append(match)
            at = lowered.find(needle, at + len(needle))
    return sorted(found, key=lambda m: m.start())


_BARE_STOP = frozenset("the a an his her their its these those this that all some both many several other others of in "
                       "on at by with from and or to for more over nearly about around up when while after before as "
                       "during near into one two three four five six seven eight nine ten dozens hundreds scores "
                       "thousands".split())
# (never "but": "most of the dead were fighters but civilians were killed as well" speaks of the dead counted before)
_CLAUSE_OPENERS = {"that", "when", "where", "while", "whereas", "although", "though", "after", "before", "because",
                   # a speech verb opens the reported clause as "that" does: "activists claim women were abducted"
                   "said", "says", "say", "claim", "claims", "claimed", "stated", "alleged", "reported"}
_BARE_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def _bare_start(sentence: str, start: int) -> int | None:
    """Where a bare plural's phrase begins (over up to two capitalised modifiers), or None unless a clause opens there."""
    tokens = list(_BARE_TOKEN.finditer(sentence, max(0, start - 60), start))
    begin = start
    for _ in range(3):
        if not tokens:
            return begin if start - 60 <= 0 else None
        last = tokens.pop()
        word = last.group()
        if word in ",;:":
            return begin
        if word.lower() in _CLAUSE_OPENERS:
            return begin  # (never after "and": "2,000 rebels and Turkish soldiers were killed" share one count)
        if word[:1].isupper() and not word.isupper() and not _counts(word) \
                and word.lower() not in ("the", "these", "those", "some", "many", "several", "other", "all", "both"):
            begin = last.start()  # "Syrian civilians": a capitalised modifier of the people
            continue
        return None
    return None


_UNNUMBERED = Folded(r"(?<![\w-])(?:" + _words_pattern(TRANSITIVES) + r"|(?:" + _words_pattern(NOMINALS)
                     + r")\s+of)\s+(?P<q>others)\b|(?<![\w-])(?:sustain\w*|"
                     # ("the city had experienced massive casualties": as "suffered")
                     r"suffer\w*|experienc\w*|incurr?\w*|inflict\w*|result\w*\s+in|caus\w*(?:\s+by)?|"
                     # ("after taking heavy casualties", "had taken heavy losses": a loss taken, as one suffered;
                     # "gaps caused by heavy casualties": what the losses caused)
                     r"tak(?:e|es|en|ing)|took|"
                     # "retreated due to heavy casualties", "withdrew because of heavy losses"
                     r"due\s+to|because\s+of|owing\s+to|"
                     # "captured with minimal losses", "repelled with heavy casualties" (never "with no losses")
                     r"with(?=\s+(?:heavy|minimal|light|significant|serious|considerable)\s))\s+[\"“]?(?:heavy\s+|serious\s+|"
                     r"some\s+|significant\s+|minimal\s+|light\s+|considerable\s+|major\s+|huge\s+|great\s+|high\s+|severe\s+|"
                     r"substantial\s+|massive\s+|large\s+|extensive\s+)?"
                     # ("both sides are suffering high numbers of casualties": how many, in words)
                     r"(?:(?:high|large|great|significant)\s+(?:numbers?|levels?)\s+of\s+)?"
                     # "caused civilian casualties", "inflicted heavy rebel casualties": whose, before the noun
                     r"(?P<kind>(?:" + _words_pattern(SIDE_WORDS) + r")\s+)?"
                     r"(?P<q2>casualties|losses|deaths|injuries|fatalities)\b"
                     # "21 rebels were killed and others were wounded", "left seven dead and others injured"
                     # ("ten were killed while others were wounded", ", whereas others were kidnapped")
                     r"|(?:\band|,|\bwhile|\bwhilst|\bwhereas)\s+(?P<q3>others)\s+(?:(?:were|had\s+been|have\s+been)\s+)?(?=(?:"
                     + _words_pattern(PARTICIPLES) + r")(?![\w-]))")
# People named by a bare plural before "fleeing" or "who fled", with no count: "the town was shelled with citizens
# fleeing the city", "houses of local Kurds who fled from fighting" (people displaced, no number; "people" alone is left
# out: "camps for people fleeing the war" names whom camps are for; a clause's own "residents fled" is left alone, as
# news copy's "after nine civilians were killed, residents fled" tells what followed the figure)
_BARE_FLEEING = re.compile(r"(?<![\w'’-])(?P<noun>civilians|residents|citizens|villagers|kurds|syrians|christians|locals|"
                           r"inhabitants)\s+(?:who\s+(?:had\s+|have\s+)?fled|fleeing)(?![\w-])", re.IGNORECASE)
# Words before such a plural that make it people counted or named before ("the residents who fled", "dozens of
# civilians fleeing", "some Christians fleeing"): no new figure
_FLEEING_DETERMINERS = frozenset("the these those their its his her our some many several all both other most few "
                                 "more thousands hundreds dozens tens scores millions".split())
_SOME_OF = re.compile(r"\b[Ss]ome\s+of\s+(?:the|them|those|these)\b")
# Words only, no clause break, between a count and its verb ("three Israeli soldiers sustained")
_SUBJECT_GAP = re.compile(r"(?:\s+[A-Za-z'’-]+){0,3}\s+")
_ANOTHER = re.compile(r"(?<![\w-])(?:" + _words_pattern(TRANSITIVES) + r")\s+(?P<q>another)(?=\s*[,.;:)]|\s*$|\s+(?:and|but|"
                      r"in|on|at|near|during|following|after)\b)", re.IGNORECASE)
# ("another IRGC member died of his wounds": up to two words for the person, an intransitive verb too)
_ANOTHER_SUBJECT = re.compile(r"(?<![\w-])(?<!\bif\s)(?<!\bunless\s)(?P<q>[Aa]nother)(?=(?:\s+[a-z]+|\s+[A-Z]{2,}\s+[a-z]+)?\s+"
                              r"(?:(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:" + _words_pattern(PARTICIPLES)
                              + r")|(?:later\s+)?(?:" + _words_pattern(INTRANSITIVES) + r"))(?![\w-]))")
# "one soldier is reported killed and another injured": one more person, the verb left out before the participle
_ANOTHER_LISTED = re.compile(r"(?<![\w-])and\s+(?P<q>another)(?=\s+(?:[a-z][\w-]*\s+)?(?:"
                             + "|".join(sorted(_ONE_PERSON, key=len, reverse=True)) + r")(?![\w-]))")
_ANOTHER_ELLIPTIC = re.compile(r"(?<![\w-])and\s+(?P<q>another)(?=\s+(?:\w+ly\s+)?(?:" + _words_pattern(PARTICIPLES)
                               + r")(?![\w-]))", re.IGNORECASE)
# Kinds of people that come in pairs before one noun ("military and civilian casualties")
# ("seven local and international journalists": two kinds of people before one noun)
_KIND_PAIR = {"military", "civilian", "armed", "unarmed", "local", "foreign", "security", "police", "government",
              "international", "domestic"}
_MILITARY_HEADS = {"soldiers", "soldier", "troops", "servicemen", "serviceman", "personnel", "fighters", "fighter",
                   "officers", "officer", "guards", "forces", "members", "others", "men", "crew", "pilot", "pilots",
                   "specialists", "specialist", "advisers", "adviser", "advisors", "advisor",  # ("military specialists")
                   "comrades", "comrade"}  # ("two of our military comrades were killed")
_GROUP_STOP = {"were", "was", "are", "is", "had", "have", "has", "who", "which", "that", "in", "near", "at", "on",
               "by", "during", "after", "when", "while", "died", "killed", "wounded", "injured", "and", "as"}
# A group of two words joined by "and" after "of": "of Afghan and Iraqi nationalities", up to its verb.
# "1,000 civilian deaths and injuries": one figure for both outcomes
_DEATHS_AND_INJURIES = re.compile(r"\s+and\s+(?:injuries|injured)(?![\w-])")
_NON_DEMONYM = re.compile(r"(?:non|pro|anti)-[A-Z][\w'’-]*")  # "non-Syrian", "pro-Iranian": whose people, as an adjective
_GROUP_PAIR = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+and\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?=\s+(?:were|was)\s)")
# Singular nouns for people, which also stand before another noun as modifiers ("a rebel pocket").
_POSSESSIVES = {"its", "their", "our", "his", "her"}
# The first words of outcome verbs: a group named after "of" ends where its verb begins.
_VERB_STARTS = {w.split()[0] for w in INTRANSITIVES} | {w.split()[0] for w in PARTICIPLES if " " not in w} - {"fell"} \
    | {w for w in TRANSITIVES if " " not in w}
_OWN_LOSSES = Folded(r"(?<![\w-])(?:" + _words_pattern(V["own_losses_word"]) + r")(?![\w-])")
# (plurals in "-men" are no singular nouns: "31 servicemen without warning", "policemen outside the town")
_SINGULAR_NOUNS = {w for w in PERSON_NOUNS if not w.endswith("s") and not w.endswith("men") and " " not in w} - {
    "people", "police", "personnel", "crew", "staff", "militia", "men", "women", "children"} | {"prisoner"}
# ("several prisoner exchanges", "a prisoner swap": the singular outcome noun before a noun is its modifier, as a
# singular noun for people is)
# A place noun before a bare count after "captured", "seized" ("two villages ... seized one of them")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, PLACE_NOUNS), key=len, reverse=True))
                           + r"|hills?|hilltops?|positions?|farms?|checkpoints?|points?)(?![\w-])", re.IGNORECASE)
# An outcome noun with no count of its own, then a colon: what the people listed after it suffered
_OUTCOME_COLON = re.compile(r"(?<![\w-])(?P<noun>" + "|".join(sorted(map(re.escape, OUTCOME_NOUNS), key=len,
                                                                      reverse=True))
                            + r")(?:\s+[^,.;:\d]{1,30}?)?\s*:\s*$", re.IGNORECASE)
# A bare count's place when another bare count follows it in a list ("three in Latakia province and two in Hama")
_BARE_PLACE = re.compile(r"\s+(?:in|near|at)\s+(?:the\s+)?(?:(?:town|village|city|province|region|district|countryside|"
                         r"area)\s+of\s+)?[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*){0,2}(?:\s+(?:province|region|"
                         r"governorate|countryside|area|district|city|town|village|countryside))?(?![\w'’-])"
                         r"(?=\s*,?\s*(?:and\s+)?" + COUNT + r"\s+(?:in|near|at|more|others?)\b|\s*,?\s*(?:and\s+)?"
                         + COUNT + r"\s*[,.;])")
_LETTER_DASH = re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])")
_INITIALS_SLASH = re.compile(r"(?<=[A-Z])/(?=[A-Z])")
# A bare count right before a unit of time after an active verb ("had captured three days earlier") is no people
_TIME_SPAN_AFTER = re.compile(r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)(?![\w-])", re.IGNORECASE)
_AGE = re.compile(r"\d{1,3}-(?:year|month|week)s?-old")
# "aged 6 to 13", "aged between 3 and 15", "between the ages of 5 and 12": what follows is an age
_AGED_BEFORE = re.compile(r"(?<![\w-])(?:aged|ages(?:\s+of)?|the\s+ages\s+of)\s+(?:between\s+|from\s+|of\s+)?(?:\d{1,3}\s+"
                          r"(?:and|to|-|–)\s+)?$", re.IGNORECASE)
_AGE_OPEN = re.compile(r"\d{1,3}-(?:year|month|week)s?")
# "a rebel BMP-1", "a Turkish F-16": a model's name with a digit, never a person, after a person word
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]*-?\d[\w-]*")
# "a commander named Abu Omar": the word before a name, never a noun the person word modifies
_NAMING = {"named", "called", "nicknamed", "identified", "known"}
# A clause whose only source is unnamed reports, after another speaker's clause ("..., despite reports indicating
# that", ", but reports suggested"): its figures are in the outlet's voice, not that speaker's
_REPORTS_CLAUSE = re.compile(r"(?:,\s*|\b(?:despite|although|though|but|while|whereas|amid)\s+)(?:other\s+|later\s+|"
                             r"initial\s+|unconfirmed\s+|unverified\s+|some\s+)?reports\s+(?:indicating|indicated|indicate|suggesting|"
                             r"suggested|suggest|that|showing|showed)\b", re.IGNORECASE)
_TRAILING_PHRASE = re.compile(r"\s+(?:in|during|near|at|by)\s+[^,.;:\"“”]{0,120}")
_ACCORDING_TAIL = re.compile(r",\s*according to\s+[^,.;:\"“”]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# ("Among pro-government dead were", "Among those killed on the rebel side were": a side word or phrase may qualify the dead)
# ("Among those who lost their lives were", "among those who died": the dead named by a clause)
_AMONG_THOSE = re.compile(r"\bamong\s+(?:(?:those|the)\s+)?(?:[\w-]+\s+){0,2}?(?:who\s+(?:lost\s+their\s+)?)?"
                          r"(?P<verb>dead|killed|wounded|injured|died|perished|(?<=lost\stheir\s)lives)"
                          r"(?:\s+[^,.;:]{1,80}?)?\s*(?:,\s*|\s+(?:were|was|are)\s+)$",
                          re.IGNORECASE)
_TO_VERB = re.compile(r"\s+(?:to\s+(?P<verb>[a-z]+)|(?P<ing>fleeing))\b")
_FORCED_BEFORE = Folded(r"(?<![\w-])(?:forc\w*|dr[io]ve\w*|driving|compell\w*|prompt\w*|sen[dt]|sending|sends)\s+$")
_COUNTED_ITEM = r"(?:an?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|tens|hundreds|scores)\s+[^,.;:\"“”]{1,40}?"
_LIST_THEN_VERB = re.compile(r"(?P<items>(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _COUNTED_ITEM + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                             + _COUNTED_ITEM + r"){0,8}?)\s+(?:have|has|had|were|was|are)\s+(?:also\s+)?(?:been\s+)?"
                             r"(?:[a-z]+\s+(?:or|and)\s+)?(?P<verb>[a-z]+)\b")
# "on the Syrian side", "on the government's side": whose people a count after it are
_ON_A_NAMED_SIDE = re.compile(r"\bon\s+the\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+)?)\s+sides?\b", re.IGNORECASE)
# "against killing", "from killing": a deed warned against or prevented, not one done
_KEPT_FROM_BEFORE = re.compile(r"(?<![\w-])(?:against|from)\s+$", re.IGNORECASE)
# "the civilians died ... and included": people told of with no count, then counted by kind
_DIED_AND_INCLUDED = re.compile(r"(?<![\w-])(?P<verb>(?:" + _words_pattern(INTRANSITIVES) + r")|(?:were|had\s+been|"
                                r"have\s+been)\s+(?:" + _words_pattern(PARTICIPLES) + r"))(?![\w-])[^.;:]{0,100}?"
                                r"\s(?:and\s+)?included:?\s+$", re.IGNORECASE)
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the|those)\s+$", re.IGNORECASE)
# ("four children were reportedly among the dead": an adverb before "among"; "There are 15 foreigners among the
# dead", "with five children among the dead": no verb between)
_AMONG_AFTER = re.compile(r"(?:\s*(?:,|and|,\s*and)\s+[^,.;:]{1,40}?|\s+of\s+[^,.;:]{1,40}?)?(?:\s+(?:were|was|are|is)\s+(?:[a-z]+ly\s+)?|\s+(?=among))(?:among|part\s+of)\s+(?:the|those)\s+"
                          # ("were among those who lost their lives", "among those who died": the dead by a clause)
                          r"(?:[\w,-]+\s+){0,3}?(?P<verb>dead|killed|wounded|injured|victims|fatalities|casualties|"
                          r"(?<=who\s)(?:died|perished|lost\s+their\s+lives))(?![\w-])",
                          re.IGNORECASE)
# "eight civilians among 15 people have been killed", "were among 20 people wounded": a subset of a counted whole
# (the people and the outcome words are the vocabulary's: a newsroom's new noun or participle counts here too)
_AMONG_COUNTED = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?among\s+(?:the\s+)?(?:(?:at\s+least|some|about|around|"
                            r"more\s+than|over)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:"
                            + VOCABULARY.alternation("person_noun") + r")\s+(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?"
                            r"(?P<verb>" + VOCABULARY.alternation("outcome_participle", "outcome_noun") + r"|died)\b",
                            re.IGNORECASE)
_OF_THE_CASUALTIES = re.compile(r"\s+of\s+(?:the|those)\s+(?P<noun>dead|killed|wounded|injured|victims)(?![\w-])"
                                r"(?:\s+(?:civilians|people|persons|soldiers|fighters|victims))?(?![\w-])",
                                re.IGNORECASE)
# An object right after a bare participle makes it an active verb: "a bomber killed a prominent MP and six others"
# ("16 civilians killed the previous day" is still a count of the killed)
# ("has killed 160 civilians, displaced around 270,000 people": a qualified count is an object too)
# (a span of time after the bound is no object: "96 fighters killed over two days" were killed)
_ACTIVE_OBJECT = re.compile(r"\s+(?:an?|his|her|their|its|at\s+least|more\s+than|\d[\d,.]*|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten|dozens|several|scores|hundreds|(?:around|nearly|almost|roughly|approximately|some|about|"
                            r"over|up\s+to|an\s+estimated)(?=\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|"
                            r"dozens|hundreds|thousands|tens)\s))(?!\s+\S+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)"
                            r"|the\s+(?!(?:previous|same|next|following|"
                            r"day|night|week|month|year|morning|evening|afternoon|weekend)\b))(?![\w-])", re.IGNORECASE)
_ESCAPED = re.compile(r"\s+the\s+scene\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z]")
_OUT_OF = re.compile(r" out of (?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) (?P<noun>[A-Za-z-]+)")
# "2 of the 3 crew died", "two of the five soldiers": the part counts the people the outcome befell, the total after
# "of the" only says how many there were (as "out of")
_OF_THE_TOTAL = re.compile(r" of the " + COUNT + r" "
                           r"(?P<noun>[A-Za-z-]+)(?P<more> members)?(?![\w-])")
# A part of places named with or without their total: "seized two of the four villages", "seized four of the villages"
_OF_THE_THINGS = re.compile(r" of the (?:" + COUNT + r" )?(?P<noun>[A-Za-z-]+)(?![\w-])")
_PART_BEFORE_TOTAL = re.compile(COUNT + r"\s+of the $",
                                re.IGNORECASE)
_SHARE_BEFORE_TOTAL = re.compile(COUNT + r"\s+out of $",
                                 re.IGNORECASE)
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d")
_CREDIT_AFTER_DAY = re.compile(r"\s*\([A-Z][\w .&/-]{1,30}\)\s")
_SHARE_WORDS = ("many", "most", "some", "few", "a few", "all", "half")
_OF_THEM_END = re.compile(r"\s+of\s+(?:them|whom)$")
_PLAIN_MODIFIER = re.compile(r"[a-z][a-z-]{2,}")  # ("hospital", "medical": no name, no number)
# "ISIL suffering over 140 dead", "with the SDF losing 28 fighters": the subject of a loss names whose people.
# ("the Russians had suffered", "Wagner has likely suffered", "the rebels were suffering": an auxiliary or an adverb
# may stand between the loser and the verb)
_LOSER = re.compile(r"(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?:\s+(?:had|has|have|had\s+been|were|was|are|is|\w+ly))*\s+"
                    r"(?:suffer\w*|los(?:t|es|ing|e)|sustain\w*|incurr?\w*|taken)\s+"
                    r"(?:(?:over|more\s+than|at\s+least|up\s+to|about|some|nearly|heavy|great|serious|severe|significant|"
                    r"considerable|massive|huge|substantial|an\s+estimated)\s+)*$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|before|ahead\s+of|deadline\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# First words of side words that are names holding a word that ends a noun phrase ("army of conquest")
_NAME_SIDE_STARTS = {w.split()[0] for w in SIDE_WORDS if " " in w and set(w.split()[1:]) & _STOP}
_BRACKETED_SUBSET = re.compile(r"\s\((?:including|mostly|mainly|largely|chiefly|among them)\s[^()]{1,40}\)(?=\s)")
_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z]{1,6}\)")
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
_OF_WHICH_WERE = re.compile(r"\s+of\s+(?:which|whom|them)\s+(?:were|was|are)\s+(?P<who>[^,.;:()]{2,60})", re.IGNORECASE)
# "held 1,000 civilians hostage", "took 20 soldiers hostage": the people between the verb and "hostage" were captured.
# ("had taken 2,000 civilians as human shields", "using 300 residents as human shields": held by force, the same)
_HOSTAGE_VERB = re.compile(r"\b(?:held|holding|holds|hold|took|taken|taking|take|seized|kept|used|using|uses|use)\s+"
                           r"(?:(?:around|about|some|nearly|over|more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
# ("took 20 soldiers prisoner", "held 30 civilians captive", "had taken 12 guards as prisoners": the same)
_HOSTAGE_AFTER = re.compile(r"\s+(?:as\s+)?(?:hostages?|prisoners?|captives?|human\s+shields?)\b", re.IGNORECASE)
_WERE_PEOPLE = re.compile(r"\s+(?:were|was|are)\s+(?P<who>(?:[\w'’-]+\s+){0,3}(?:" + _words_pattern(PERSON_NOUNS)
                          + r"))(?![\w-])", re.IGNORECASE)
_RELEASED = re.compile(r"\b(?:freed|free|freeing|released|release|releasing|exchanged|exchange|swapped|swap)\b"
                       r"(?:\s+(?:of|the|some|about|around|nearly|over|more\s+than|at\s+least|up\s+to|hundreds\s+of|"
                       r"dozens\s+of))*\s+$", re.IGNORECASE)
# Words of captives let go ("freed", "released", "swapped", "handed over"): people held no longer
_RELEASE_WORD = re.compile(r"\b(?:fre(?:ed|e|eing)|releas\w*|exchang\w*|swap\w*|return\w*|handed\s+over)\b",
                           re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:the|these|those|its|their|his|her)\s+$", re.IGNORECASE)
_CAPTIVE_NOUNS = {"prisoners", "prisoner", "detainees", "hostages", "captives"}
# What may stand between captives and their verb: "53 prisoners of war from Mariupol were killed"
_CAPTIVES_TAIL = re.compile(r"(?:\s+of\s+war)?(?:\s+(?:from|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?")
# A rate in the figure's own clause: "50 soldiers were killed each day", "400 killed or wounded a day", "three
# wounded for every one killed" ("a day after the strike" is a time, not a rate)
_RATE_AFTER = re.compile(r"(?:(?!\swith\s)[^,.;:]){0,120}?(?<![\w-])(?:(?:per|each|every)\s+day|a\s+day(?!\s+(?:after|before|later|earlier|"
                         r"ago|of|and|or))|on\s+some\s+days|for\s+every)(?![\w-])", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?<![\w-])(?<!\d\s)(?<!\d\d\s)(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
# A day's month right after a bare number: "the Houla massacre of 25 May 2012" names a day, never 25 people
_MONTH_AFTER = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"(?![\w-])")
# A denial before casualties with no number: "the military has denied that any of its strikes have resulted in
# civilian casualties" states none
_DENIED_BEFORE = re.compile(r"(?<![\w-])den(?:y|ies|ied|ying)(?![\w-])", re.IGNORECASE)
# A capacity before casualties with no number: "their ability to inflict casualties pales beside ..." states none
_ABILITY_BEFORE = re.compile(r"(?<![\w-])(?:ability|capacity|able|unable)\s+to\s+$", re.IGNORECASE)
# Capitalised plurals of origin the person nouns do not list ("2 Malaysians", "19 Palestineans", "Sudanese"):
# people, with no side of their own (read only right after a count)
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?:ians|eans|ans|ese|is)")
# One person of an origin ("a Tunisian was killed", "a Somali was arrested"): the singular, read only after a count of
# one and, as the plural, never before a noun ("a Tunisian fighter" is a fighter)
_DEMONYM_SINGULAR = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|an|ese|i)")
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pc\b)", re.IGNORECASE)
# A list that goes on after its verb: "12 rebels were killed, as well as 40 soldiers and 3 civilians".
_LIST_AFTER_VERB = re.compile(r"\s*,?\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s+$", re.IGNORECASE)
# "X was killed along with three others": people after a verb whose subject is a name
_VERB_ALONG = re.compile(r"(?<![\w-])(?P<verb>" + _words_pattern(list(PARTICIPLES) + list(INTRANSITIVES))
                         + r")(?:\s+\w+ly)?\s*,?\s*(?:along|together)\s+with\s+(?:other\s+)?$", re.IGNORECASE)
# Coordinated nouns sharing one figure: "165 soldiers and militiamen", "108 rebels and Turkish soldiers".
_AND_NOUN = re.compile(r"\s+and\s+(?:allied\s+|other\s+)?(?P<words>(?:[\w'’-]+\s+){0,2}?)(?P<noun>"
                       + _words_pattern(PERSON_NOUNS) + r")(?![\w-])", re.IGNORECASE)
# ("a woman and her two children": a possessive may open the next item)
# ("killed a commander along with three other people": "along with" joins the list as "and" does)
# ("500 fighters on both sides and a dozen civilians were killed": whose side, then the next item)
# (", along with at least 14 YPG fighters": a comma before "along with" too)
_ADDED_AFTER_COMMA = re.compile(r"\s*,\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s", re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:\s+on\s+(?:both|either|each|all)\s+sides?)?\s*(?:,|,?\s*and(?:\s+(?:reportedly|allegedly|possibly|also))?|,?\s*as\s+well\s+as|,?\s+along\s+with|,?\s+together\s+with)\s*(?:(?:his|her|their)\s+)?")


@dataclass
class Claim:
    """One attributed casualty figure, with the exact quote it comes from."""

    article_id: str
    claim_id: str
    quote: str
    quote_start: int
    quote_end: int
    quantity_text: str
    number_low: int | None
    number_high: int | None
    qualifier: str
    outcome: str
    victim_side: str
    victim_text: str
    claimant: str
    claimant_as_written: str
    event_date: str
    place: str
    paragraph: int | None
    notes: str = ""
    source_url: str = ""
    scope: str = "incident"  # "incident" (one event) or "period" (a total over days or months)
    claimant_inferred: bool = False  # the claimant is read from a description or a pronoun, not named
    side_inherited: bool = False  # victim_side is taken from an earlier figure, not from the people's own words
    subset: bool = False  # part of a larger figure given with it ("including five children"): never a toll of its own


@dataclass
class _Victims:
    quantity: Quantity  # offsets relative to the sentence
    start: int  # sentence-relative span of quantity + modifiers + noun
    end: int
    head: str  # a person noun, an outcome noun, a continuing word, or "" for a bare number
    modifiers: list[str]
    head_outcome: str = ""  # the outcome a noun carries ("deaths": killed)
    group: str = ""  # "of Hayat Tahrir al-Sham"
    group_end: int = 0  # where that phrase ends in the sentence
    side: str = "unspecified"
    subset: bool = False
    also: list[str] = field(default_factory=list)  # a second noun sharing the figure ("soldiers and militiamen")
    named: bool = False  # a proper name among its words ("members of Jabhat Tahrir Souriya"): its own people
    side_inherited: bool = False  # the side is an earlier figure's, not read from these people's words
    possessive: bool = False  # "two of its soldiers": the speaker's own people


@dataclass
class _Link:
    phrase: _Victims
    outcome: str
    start: int
    end: int
    kind: str = "passive"  # passive, active, noun, toll, stock, subset: how the outcome was found


def _side_of_words(text: str) -> str | None:
    found = _side_words_in(text)
    for side in _SIDE_ORDER:
        if side in found:
            return side
    return None


def _bare_participle(sentence: str, end: int, verb) -> bool:
    """Whether an outcome word follows the people directly, with no auxiliary, comma or other word ("20 soldiers
    captured in the base": a reduced relative clause, "20 soldiers were captured": a verb)."""
    return not sentence[end:verb.start("verb")].strip() and verb["verb"].lower() in PARTICIPLES


def _part_of_total(window: str):
    """ "of the 3 crew died" after a part: the total's match when it counts people and the outcome is the part's
    ("2 of the 3 crew died"); None for things ("two of the four villages") and for a total with its own outcome
    ("five of the 30 soldiers killed were officers": the 30 were killed, the five a subset)."""
    total = _OF_THE_TOTAL.match(window)
    if total is None or total["noun"].lower() not in PERSON_NOUNS:
        return None
    after = window[total.end():].split(None, 1)
    if after and after[0].lower().strip(",.;:") in PARTICIPLES:
        return None
    return total


# Words before "bodies" that make them institutions ("several international bodies", "UN bodies"), not the dead
_INSTITUTION_WORDS = frozenset(("international", "governing", "government", "governmental", "official", "regional",
                                "un", "judicial", "advisory", "legislative", "intergovernmental", "multilateral",
                                "monitoring", "oversight", "regulatory", "rights", "statutory", "supranational"))


_FRACTIONS = (" third", " thirds", " quarter", " quarters", " fifth", " fifths", " tenth", " tenths")


def _named_people_at(texts: list[str], lowers: list[str], at: int) -> bool:
    """Whether one to three capitalised words at ``at`` name a group whose people the next word counts."""
    for end in range(at + 1, min(at + 4, len(texts))):
        if lowers[end] in PERSON_NOUNS:
            return True
        if not (texts[end][:1].isupper() or texts[end].startswith(("al-", "el-"))):
            return False
    return False


_OPENING_QUOTES = ('"', "“")
_CLOSING_QUOTES = ('"', "”")


def _noun_phrase(sentence: str, quantity: Quantity) -> _Victims | None:
    """The people a quantity counts, or None when it counts something else ("12 observation posts")."""
    window = sentence[quantity.end:quantity.end + 90]
    if window[:1] in _CLOSING_QUOTES and sentence[quantity.start - 1:quantity.start] in _OPENING_QUOTES \
            and quantity.start:
        # 'deported "several thousand" people': a figure quoted alone counts the people after the quote (blank)
        window = " " + window[1:]
    if window.startswith(" of ") and quantity.text.endswith(_FRACTIONS):
        return None  # "a third of them women": a share of the people counted before, no count of its own
    if window.startswith(" on the "):
        side_of = _ON_THE_SIDE.match(window)
        if side_of and _side_of_words(side_of["who"]):
            # "11 soldiers and 14 on the pro-Turkey side were killed": people counted by the side they fought on
            return _Victims(quantity, quantity.start, quantity.end + side_of.end(), "people",
                            side_of["who"].lower().split())
    if window.startswith(" from the "):
        from_forces = _FROM_THE_FORCES.match(window)
        if from_forces and _side_of_words(from_forces["who"]):
            # "15 foreigners among the dead, including 12 from the Iranian forces": people counted by the forces
            # (army, ranks) they came from, whose side those words name
            return _Victims(quantity, quantity.start, quantity.end + from_forces.end(), "people",
                            from_forces["who"].lower().split())
    if window.startswith(" out of "):
        # "captured 3 out of 4 regions": a share of what the noun after the total counts; people only where it
        # names people ("two out of five hostages")
        total = _OUT_OF.match(window)
        if total is None or total["noun"].lower() not in PERSON_NOUNS:
            return None
        return _Victims(quantity, quantity.start, quantity.end + total.end(), total["noun"].lower(), [])
    if window.startswith(" of the "):
        total = _part_of_total(window)
        if total is not None:
            return _Victims(quantity, quantity.start, quantity.end + total.end(), total["noun"].lower(), [])
        things = _OF_THE_THINGS.match(window)
        if things is not None and things["noun"].lower() in PLACE_NOUNS:
            return None  # "captured two of the four villages": a part of places, no people
    if "." in window:
        window = _DOTTED.sub(lambda m: m.group().replace(".", "_"), window)  # "U.S. soldiers": one word, same offsets
    if "–" in window:
        # "several CJTF–OIR troops": an en dash between letters joins one word, as a hyphen does (same offsets)
        window = _LETTER_DASH.sub("-", window)
    if "/" in window:
        # "10 PKK/YPG terrorists": initials joined by a slash are one name, as a hyphen joins (same offsets)
        window = _INITIALS_SLASH.sub("-", window)
    if "(" in window:
        # "15 Manbij Military Council (MMC) fighters": the acronym in brackets is read as blank, same offsets.
        window = _ACRONYM.sub(lambda m: " " * len(m.group()), window)
        # "several pro-government (including Hezbollah) fighters": a subset in brackets inside the phrase, blank too
        window = _BRACKETED_SUBSET.sub(lambda m: " " * len(m.group()), window)
    if "[" in window:
        # "over 50 [Syrian] regime soldiers": words an editor added in square brackets are read as words, same offsets
        window = _EDITORIAL_INSERT.sub(lambda m: " " + m.group()[1:-1] + " ", window)
    words = list(islice(_WORDS.finditer(window), 7))  # lazily: the eighth word on is never read
    texts = [w.group() for w in words]
    lowers = [t.lower() for t in texts]
    count = len(words)
    modifiers: list[str] = []
    position = 0
    while position < count:
        word = words[position]
        token = texts[position]
        lowered = lowers[position].rstrip("*'’")  # ("'180 foreign mercenaries' were killed": a closing quote)
        if token == "IS" and position + 1 < count and lowers[position + 1] in PERSON_NOUNS:
            modifiers.append("isil")  # "13 IS militants": the Islamic State's initials, not the verb "is"
            position += 1
            continue
        if lowered in _NAME_SIDE_STARTS:
            named_group = _SIDE_PATTERN.match(window, word.start())
            if named_group is not None and " " in named_group.group():
                # "five Rouse the Believers fighters": a group's name the side words know, stop words and all
                size = len(named_group.group().split())
                modifiers.extend(lowers[position:position + size])
                position += size
                continue
        if lowered == "of" and position == 0 and quantity.qualifier == "vague":
            if count > 2 and lowers[1] in ("them", "whom") and quantity.text.lower() in _SHARE_WORDS \
                    and lowers[2] in PERSON_NOUNS:
                return None  # "23 people, many of them civilians": a share of the figure, no count of its own
            if lowers[1:2] == ["them"] and quantity.text.lower() == "some" and _SOME_MANNER.match(window):
                return _Victims(quantity, quantity.start, quantity.end, "", [])  # "..., some of them seriously"
            if count > 1 and lowers[1] in ("them", "whom") and quantity.text.lower() not in ("many", "most", "some",
                                                                                          "few", "a few"):
                # "killing and injuring dozens of them": a bare figure, as "killing 12 of them" is ("many of them":
                # a share)
                return _Victims(quantity, quantity.start, quantity.end + words[1].end(), "", [])
            if count > 2 and lowers[1] in _POSSESSIVES and any(w in PERSON_NOUNS for w in lowers[2:4]):
                position += 2
                if lowers[1] != "their":
                    # "dozens of its soldiers": the speaker's own people ("the army struck the group's depots,
                    # killing scores of their fighters": "their" is whoever was struck, not the speaker)
                    modifiers.append("(own)")
                continue
            position += 1
            continue  # "dozens of fighters", "a number of civilians"
        if lowered in _POSSESSIVES and lowered != "their" and position == 0 and quantity.qualifier == "vague" \
                and quantity.text.lower().endswith(" of") and any(w in PERSON_NOUNS for w in lowers[1:3]):
            position += 1
            modifiers.append("(own)")  # "a number of its military specialists" ("of" is in the quantity)
            continue
        if position == 0 and lowered.endswith("ly") and lowered not in PERSON_NOUNS \
                and re.match(r"\s*(?:[,.;:)]|$)", window[word.end():]):
            return _Victims(quantity, quantity.start, quantity.end, "", [])  # "including one seriously": a bare figure
        if lowered == "of" and position == 0 and count > 2 and lowers[1] == "the" and lowers[2] in PERSON_NOUNS \
                and lowers[2] not in ("dead", "killed", "wounded", "injured", "victims"):
            position += 2
            continue  # "killing at least 13 of the militants": the people counted are the militants
        if lowered == "of" and position == 0 and count > 3 and lowers[1] == "the" and texts[2][:1].isupper() \
                and _named_people_at(texts, lowers, 2):
            position += 2
            continue  # "Two of the Hamza Division fighters were captured": a group's name, then its people
        if lowered == "of" and position == 0 and count > 2 and lowers[1] in ("them", "whom") \
                and lowers[2] in PERSON_NOUNS:
            if quantity.text.lower() in _SHARE_WORDS:
                return None  # "23 people, many of them civilians": a share of the figure, no count of its own
            # "ten civilians, four of them children": the people of the figure before, counted by kind
            return _Victims(quantity, quantity.start, quantity.end + words[2].end(), lowers[2], [], subset=True)
        if lowered == "of" and position == 0 and count > 2 and lowers[1] in _POSSESSIVES \
                and any(w in PERSON_NOUNS for w in lowers[2:4]):
            position += 2
            modifiers.append("(own)")  # "two of its soldiers", "one of our soldiers": the speaker's own people
            continue
        if lowered == "of" and position == 0 and count > 3 and lowers[1] in _POSSESSIVES and _counts(texts[2]) \
                and not any(w in PERSON_NOUNS for w in lowers[3:6]):
            return None  # "lost nine of its 31 T-90A tanks": a part of a total of things, no people
        prefix, _, tail = lowered.rpartition("-")
        if prefix and lowered not in PERSON_NOUNS and tail in PERSON_NOUNS and (
                tail not in _SINGULAR_NOUNS
                # "one suicide truck-bomber blew himself up": a singular tail is the noun where no noun follows
                # ("anti-rebel militiamen": a modifier, never the noun)
                or (prefix not in ("pro", "anti", "non") and not prefix.startswith(("pro-", "anti-"))
                    and (position + 1 >= count or lowers[position + 1] not in PERSON_NOUNS))):
            modifiers.append(prefix)  # "SDF-fighters", "pro-government-militiamen": the tail is the noun
            lowered = tail
        two = lowers[position] + " " + lowers[position + 1] if position + 1 < count else lowers[position]
        if two in PERSON_NOUNS and count > position + 1:
            lowered, word = two, words[position + 1]
            position += 1  # "aid workers": one noun in two words
        following = lowers[position + 1] if position + 1 < count else ""
        stem = lowered[:-2] if lowered.endswith(("'s", "’s")) else lowered
        if stem != lowered and stem in PERSON_NOUNS and following in NOMINALS:
            # "a soldier's death": the possessive's noun is the outcome.
            return _Victims(quantity, quantity.start, quantity.end + words[position + 1].end(), stem, modifiers,
                            head_outcome=NOMINALS[following])
        if position == 0 and lowered in _INJURY_DEGREES and following in PARTICIPLES:
            # "one killed and one seriously wounded": how badly the people of a bare count were hurt stands between
            # the count and its verb (the passive reading takes the adverb)
            return _Victims(quantity, quantity.start, quantity.end, "", [])
        if lowered in PARTICIPLES and (following in PERSON_NOUNS or _side_of_words(following)
                                       # ("a captured Ukrainian soldier": a nation's adjective of no side, then the
                                       # noun for the people)
                                       or (position + 2 < count and lowers[position + 2] in PERSON_NOUNS
                                           and texts[position + 1][:1].isupper()
                                           and nation_adjective(texts[position + 1]))) \
                and not (modifiers and modifiers[-1] in _INCIDENT_NOUNS):
            # ("A drone strike killed militia leaders": after an incident's noun the participle is its verb)
            modifiers.append(lowered)  # "a captured soldier", "the wounded fighters"
            position += 1
            continue
        next_word = texts[position + 1] if position + 1 < count else ""
        if token[:1].isupper() and next_word[:1].isupper() and lowered in _SINGULAR_NOUNS:
            next_word = next_word.lower()  # "15 National Front fighters": a capitalised name, not "a national"
        if lowered in _SINGULAR_NOUNS and (re.fullmatch(r"[a-z][a-z-]+", next_word)
                                           or _MODEL_NAME.fullmatch(next_word)) \
                and next_word not in _STOP and next_word not in PERSON_NOUNS and next_word not in OUTCOME_NOUNS \
                and next_word not in V["aside_participle"] and next_word not in _NAMING and next_word not in _VERB_STARTS \
                and next_word not in ("also", "then", "later", "still", "never", "soon", "along", "together", "alongside") \
                and not next_word.endswith("ly") and next_word not in _GROUP_STOP and len(modifiers) < 4 \
                and not (next_word.endswith("ed") and len(next_word) > 4):
            # ("the pilot ejected, and was captured": a verb in the past after the person, no noun they modify)
            modifiers.append(lowered)  # "a rebel pocket", "a soldier training camp": the noun is a modifier
            position += 1
            continue
        if position == 0 and "A" <= token[0] <= "Z" and lowered not in PERSON_NOUNS \
                and (_DEMONYM_PLURAL.fullmatch(token) or quantity.low == 1 == quantity.high
                     and _DEMONYM_SINGULAR.fullmatch(token)) \
                and not _side_of_words(token) and (count == 1 or lowers[1] in _STOP or not lowers[1][:1].isalpha()):
            # (never before a noun: "six Sinhalese rice farmers" are farmers)
            lowered = "people"  # "2 Malaysians were killed": people of an origin the vocabulary does not list
        if lowered in PERSON_NOUNS or lowered in OUTCOME_NOUNS or (lowered in CONTINUING_WORDS and not modifiers):
            head, end = lowered, word.end()
            # "civilian contractor", "Syrian Army servicemen": the last of adjacent nouns is the head.
            for later in words[position + 1:]:
                later_word = later.group().lower().rstrip("*")
                if later_word not in PERSON_NOUNS and later_word not in OUTCOME_NOUNS or window[end:later.start()].strip():
                    break
                if head in PERSON_NOUNS and later_word in PARTICIPLES:
                    break  # "16 civilians dead": the adjective after the people is their outcome, not a noun
                modifiers.append(head)
                head, end = later_word, later.end()
            if head in CONTINUING_WORDS:
                # "30 more soldiers" / "wounded 30 more": the word may precede the noun.
                following = words[position + 1] if position + 1 < len(words) else None
                if following is not None and following.group().lower() in PERSON_NOUNS \
                        and not window[end:following.start()].strip():
                    modifiers.append(head)
                    head, end = following.group().lower(), following.end()
                elif following is not None and position + 2 < len(words) \
                        and (_side_of_words(following.group()) or following.group()[:1].isupper()
                             # "five other hospital staff": a plain word that describes the people
                             or _PLAIN_MODIFIER.fullmatch(following.group()) is not None
                             and following.group() not in _STOP and following.group() not in _VERB_STARTS
                             and following.group() not in PARTICIPLES and following.group() not in OUTCOME_NOUNS) \
                        and words[position + 2].group().lower() in PERSON_NOUNS \
                        and not window[end:words[position + 2].start()].replace(following.group(), "").strip():
                    # "two other Russian officers": a side word between "other" and the people
                    modifiers += [head, following.group().lower()]
                    head, end = words[position + 2].group().lower(), words[position + 2].end()
            also: list[str] = []
            both = _AND_NOUN.match(window, end) if head in PERSON_NOUNS else None
            if both and both["noun"].lower() in PERSON_NOUNS and not _has_quantity(both.group()) \
                    and not both["words"].lower().startswith("another ") \
                    and not any(w.lower() in _STOP or w.lower() in PERSON_NOUNS for w in both["words"].split()):
                # "165 Syrian soldiers and militiamen": one figure counts both nouns.
                also = [w.lower() for w in both["words"].split()] + [both["noun"].lower()]
                end = both.end()
            possessive = "(own)" in modifiers
            if possessive:
                modifiers = [m for m in modifiers if m != "(own)"]
            if head == "bodies" and _INSTITUTION_WORDS.intersection(modifiers):
                return None  # "criticised by numerous international bodies": institutions, not the dead
            head_outcome = OUTCOME_NOUNS.get(head, "") if head not in PERSON_NOUNS else ""
            if head_outcome == "killed" and window.startswith(" and inj", end):
                pair = _DEATHS_AND_INJURIES.match(window, end)
                if pair:  # "1,000 civilian deaths and injuries": one figure for both, as "killed or wounded"
                    head_outcome, end = "other", pair.end()
            phrase = _Victims(quantity, quantity.start, quantity.end + end, head, modifiers,
                              head_outcome=head_outcome, also=also, possessive=possessive)
            group = _GROUP_AFTER.match(window, end + (1 if window[end:end + 5] in ('" of ', '” of ') else 0))
            if group and (head in PERSON_NOUNS or (head_outcome and group.group().lstrip()[:7].lower() == "on the ")
                          or (head_outcome == "killed" and group.group().lstrip()[:3].lower() == "of ")):
                # ("30 casualties on the Syrian side", "40 bodies of Turkish soldiers", 'the "500 corpses" of
                # Russians': an outcome noun's people named by their side after it)
                # "fighters of Hayat Tahrir al-Sham", "members of Iran's Revolutionary Guard": up to the verb.
                kept = []
                for part in re.finditer(r"\S+", group["group"]):
                    adverb = part.group().endswith("ly") and part.group().lower() not in SIDE_WORDS  # not "family"
                    if part.group().lower() in _GROUP_STOP or adverb or len(kept) >= 8 \
                            or part.group().lower() in _VERB_STARTS \
                            or SPEECH_VERBS.fullmatch(part.group()):  # "34 soldiers of Turkey lost their lives"
                        break  # ("One activist in Saraqeb said people had fled": the group ends at its verb)
                    kept.append(part)
                # "two soldiers in the rebel stronghold of Idlib": where they were, not whose they were
                where = group.group().split()[0].lower() in ("in", "at", "near")
                a_place = where and any(p.group().lower().strip(",.;:") in PLACE_NOUNS for p in kept)
                # "wounding two others in Idlib": a capitalised name after "in" that names no side is a place
                a_place = a_place or (where and bool(kept) and kept[0].group()[:1].isupper()
                                      and not _side_of_words(" ".join(p.group() for p in kept)))
                # "militiamen of Afghan and Iraqi nationalities were killed": two names joined, up to the verb
                pair = _GROUP_PAIR.match(group["group"]) if kept and " and " in group["group"] else None
                if pair and not _PASSIVE.match(window, group.start("group") + pair.end()):
                    pair = None
                if kept and not a_place and (_side_of_words(" ".join(p.group() for p in kept))
                                             # ('the "500 corpses" of Russians': a noun for people with a side)
                                             or (head_outcome and PERSON_NOUNS.get(kept[0].group().lower()))):
                    phrase.group = pair.group() if pair else " ".join(p.group() for p in kept)
                    phrase.group_end = quantity.end + group.start("group") + (pair.end() if pair else kept[-1].end())
                elif kept and _PASSIVE.match(window, group.start("group") + kept[-1].end()):
                    # "militiamen loyal to them were killed": the phrase runs on to its verb.
                    phrase.group_end = quantity.end + group.start("group") + kept[-1].end()
                elif pair:
                    phrase.group_end = quantity.end + group.start("group") + pair.end()
                if kept and (kept[0].group()[:1].isupper() or (a_place and kept[-1].group()[:1].isupper())):
                    # ("four in the village of Kafr Nabl and two in Hass": a place named with its noun ends it too)
                    phrase.named = not a_place  # (a place still ends the phrase: "ten in Binnish, two in Sarmin")
                    phrase.group_end = phrase.group_end or quantity.end + group.start("group") + kept[-1].end()
            phrase.named = phrase.named or bool(_CAPITALISED.search(window, 0, end))
            return phrase
        if lowered in ("and", "or") and modifiers and position + 1 < len(words) and re.match(
                r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", words[position + 1].group(), re.IGNORECASE) \
                and not _side_of_words(modifiers[-1]) and _NON_DEMONYM.fullmatch(texts[position - 1]):
            # "killed three non-Syrian and two Iranian-backed Syrian fighters": the noun after the second figure is shared
            return _Victims(quantity, quantity.start, quantity.end + words[position - 1].end(), "(shared)", modifiers)
        if lowered in ("and", "or") and modifiers and position + 1 < len(words) and (
                _side_of_words(modifiers[-1])
                # "19 Azerbaijani and 14 Armenian soldiers": a name of origin the side words do not know, shared
                # with the noun after the second figure
                or (len(modifiers) == 1 and texts[position - 1][:1].isupper() and position + 3 < count
                    and texts[position + 2][:1].isupper() and lowers[position + 3] in PERSON_NOUNS)):
            if re.match(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", words[position + 1].group(),
                        re.IGNORECASE):
                # "more than 41 pro-government and 89 rebel fighters": the noun after the second figure is shared.
                return _Victims(quantity, quantity.start, quantity.end + words[position - 1].end(), "(shared)",
                                modifiers)
            modifiers.append(lowered)  # "50 Syrian Army and allied troops"
            position += 1
            continue
        if lowered == "and" and modifiers and position + 2 < count and (
                (texts[position - 1][:1].isupper() and texts[position + 1][:1].isupper()
                 and lowers[position + 2] in PERSON_NOUNS)
                or (lowers[position - 1] in _KIND_PAIR and lowers[position + 1] in _KIND_PAIR
                    and (lowers[position + 2] in PERSON_NOUNS or lowers[position + 2] in OUTCOME_NOUNS))):
            # "12 Iraqi and Afghan fighters": two names of origin before one noun; "92 military and civilian
            # casualties": two kinds of people before one noun
            modifiers.append(lowered)
            position += 1
            continue
        if lowered == "being" and position == 0 and count > 1 and not modifiers \
                and (lowers[1] in PERSON_NOUNS or _side_of_words(lowers[1])) \
                and sentence.endswith("with ", 0, quantity.start):
            position += 1  # "..., with 1,362 being civilians": the people counted come after "being"
            continue
        if _AGE.fullmatch(lowered) and position + 1 < count:
            modifiers.append(lowered)  # "a 17-year-old Syrian girl": an age describes the person
            position += 1
            continue
        if position + 2 < count and lowers[position + 1] == "old" and _AGE_OPEN.fullmatch(lowered):
            modifiers.append(lowered + " old")  # "a 30-year old pregnant woman": the age written open
            position += 2
            continue
        if position + 2 < count and lowered.isdigit() and len(lowered) <= 3 \
                and _AGE.fullmatch(lowered + "-" + lowers[position + 1]):
            modifiers.append(lowered + " " + lowers[position + 1])  # "a 10 year-old child": the age written open
            position += 2
            continue
        if position + 3 < count and lowered.isdigit() and len(lowered) <= 3 and lowers[position + 2] == "old" \
                and _AGE.fullmatch(lowered + "-" + lowers[position + 1] + "-old"):
            modifiers.append(" ".join(lowers[position:position + 3]))  # "a 14 years old girl"
            position += 3
            continue
        if lowered in ("of", "for") and modifiers and len(modifiers) < 3 and position + 1 < count \
                and texts[position - 1][:1].isupper() and texts[position + 1][:1].isupper():
            modifiers.append(lowered)  # "15 National Front for Liberation fighters": a name with 'for' or 'of' in it
            position += 1
            continue
        if lowered in _STOP or lowered in MONTH_WORDS or not ("a" <= token[0] <= "z" or "A" <= token[0] <= "Z") \
                or len(modifiers) >= 4:
            if modifiers and (token == "," or lowered == "and") and position < 3 and not _YEAR.fullmatch(quantity.text) \
                    and all(t[:1].isupper() for t in texts[:position]) and _side_of_words(" ".join(modifiers)):
                # "50 ISIL militants, 12 FSA, 11 YPG, and three other fighters": a group's name stands for its
                # fighters in a list; the noun is the list's
                return _Victims(quantity, quantity.start, quantity.end + words[position - 1].end(), "(shared)", modifiers)
            if not modifiers:
                bare = _Victims(quantity, quantity.start, quantity.end, "", [])  # a bare number
                if position == 0 and lowered in ("in", "near", "at"):
                    # "eight soldiers in Idlib, three in Latakia and two in Hama": an elided item's place runs on to
                    # the next item of the list, as a counted noun's place does
                    place = _BARE_PLACE.match(window)
                    if place:
                        bare.group_end = quantity.end + place.end()
                return bare
            return None
        if modifiers and lowered.endswith("ing") and len(lowered) > 5 and position + 2 < count \
                and lowers[position + 1] not in PERSON_NOUNS:
            # "one school sheltering displaced people": a participle after a noun opens a clause about that noun;
            # the people after it are the clause's object, never this figure's ("four young working women" stays)
            return None
        modifiers.append(lowered)
        position += 1
    return _Victims(quantity, quantity.start, quantity.end, "", []) if not modifiers else None


_LAST_QUANTITIES: list = [None, []]  # the sentence last read and its quantities: the toll rule reads it again


def _sentence_quantities(sentence: str) -> list[Quantity]:
    """:func:`find_quantities` of a sentence, read once for the figure and toll rules (callers only read the list)."""
    if sentence is not _LAST_QUANTITIES[0]:
        _LAST_QUANTITIES[:] = [sentence, find_quantities(sentence)]
    return _LAST_QUANTITIES[1]


def _victim_phrases(sentence: str) -> list[_Victims]:
    """Quantities with the people they count, in sentence order."""
    quantities = [q for q in _sentence_quantities(sentence) if q.low != 0 or q.high not in (0, None)]
    starts = [q.start for q in quantities]  # sorted: find_quantities returns them in order

    def free(start: int, end: int) -> bool:
        index = bisect.bisect_left(starts, end) - 1  # the last quantity starting before ``end``
        return index < 0 or quantities[index].end <= start

    for match in _SINGLE.finditer(sentence):
        # "a Turkish soldier was killed" is a figure of one, as "one soldier" is.
        if free(match.start(), match.end()):
            quantities.append(Quantity(sentence[match.start(1):match.end(1)], match.start(1), match.end(1), 1, 1,
                                       "exact"))
    for match in _SINGLE_DEMONYM.finditer(sentence):
        if free(match.start(), match.end()):
            quantities.append(Quantity(match.group(1), match.start(1), match.end(1), 1, 1, "exact"))
    lowered = sentence.lower()
    if any(word in lowered for word in _ORDINAL_WORDS) or ("th " in lowered and _ORDINAL_DIGITS.search(lowered)):
        for match in _ORDINAL_ONE.finditer(sentence):
            # "the first Turkish soldier was killed", "a 34th soldier later died": one person, counted by rank
            following = sentence[match.end():match.end() + 60].lower().split()[:3]
            if (any(word.strip(",.;:") in _ONE_PERSON for word in following)
                    or (match.group()[:1] in "Aa" and _ONE_MORE_PASSIVE.match(sentence, match.end()))) \
                    and free(match.start(), match.end()):
                ordinal = Quantity(match.group(), match.start(), match.end(), 1, 1, "exact")
                # ("a second soldier was wounded": the one person "a ... soldier" counted already, by the ordinal now)
                single = next((index for index in range(len(starts), len(quantities))
                               if quantities[index].start == match.start()), None)
                if single is None:
                    quantities.append(ordinal)
                else:
                    quantities[single] = ordinal
    has_among = "among" in lowered  # asked once: a sentence may hold thousands of figures
    has_rate = " day" in lowered or "for every" in lowered  # a rate ("500 killed every day") is no count
    # Substring tests first: each pattern below needs one of these words, and most sentences hold none.
    for match in (_UNNUMBERED.finditer(sentence) if "others" in lowered or "casualties" in lowered
                  or "losses" in lowered or "deaths" in lowered or "injuries" in lowered
                  or "fatalities" in lowered else ()):
        # "injuring others", "after sustaining casualties": a casualty stated with no number.
        group = "q" if match["q"] else "q2" if match["q2"] else "q3"
        if group == "q3" and not sentence.startswith(("and", ","), match.start()) \
                and _SOME_OF.search(sentence, 0, match.start()):
            continue  # "some of the dead were shot while others were killed by knives": the same dead, told apart
        if group == "q2" and _DENIED_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
            continue  # "denied that any of its strikes have resulted in civilian casualties": none stated
        if group == "q2" and _ABILITY_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            continue  # "their ability to inflict casualties": a capacity, no casualty stated
        if group == "q2" and sentence.startswith(("sustain", "suffer"), match.start()) and any(
                q.low is not None and 0 < match.start() - q.end <= 40
                and _SUBJECT_GAP.fullmatch(sentence, q.end, match.start()) for q in quantities):
            continue  # "three soldiers sustained light injuries": the counted people's own verb, read with them
        if free(match.start(), match.end()):
            # (from the side word where one stands before the noun, so that it is the people's modifier)
            at = match.start("kind") if group == "q2" and match["kind"] else match.start(group)
            quantities.append(Quantity(sentence[match.start(group):match.end(group)], at, at, None, None,
                                       "unspecified"))
    for match in ([*_ANOTHER.finditer(sentence), *_ANOTHER_SUBJECT.finditer(sentence),
                   *_ANOTHER_ELLIPTIC.finditer(sentence),
                   # "the dead included one colonel and another officer": one more person, a list's last item after
                   # a count
                   *(m for m in _ANOTHER_LISTED.finditer(sentence) if quantities and quantities[-1].end < m.start())]
                  if "another" in lowered else ()):
        # "wounded another", "one was killed and another was injured": one more person
        # (once: "and another employee was wounded" is both a listed and a subject "another"; ``free`` reads only
        # the figures found before these)
        if free(match.start("q"), match.end("q")) and not any(q.start == match.start("q") for q in quantities):
            quantities.append(Quantity(match["q"], match.start("q"), match.end("q"), 1, 1, "exact"))
    for match in (_BARE_PLURAL.finditer(sentence) if " were " in lowered or " been " in lowered else ()):
        begin = _bare_start(sentence, match.start("noun"))
        if begin is not None and free(begin, match.end("noun")):
            quantities.append(Quantity(NO_NUMBER, begin, begin, None, None, "unspecified"))
    for match in (_KIN_ONE.finditer(sentence) if ("their " in lowered or "his " in lowered or "her " in lowered)
                  else ()):
        if free(match.start(), match.end()) and not any(q.start == match.start() for q in quantities):
            quantities.append(Quantity(match.group(), match.start(), match.end("det"), 1, 1, "exact"))
    for match in (_KIN_PLURAL.finditer(sentence) if ("their " in lowered or "his " in lowered or "her " in lowered)
                  and (" were " in lowered or " been " in lowered) else ()):
        if free(match.start(), match.end("noun")):
            begin = match.start("people")
            quantities.append(Quantity(NO_NUMBER, begin, begin, None, None, "unspecified"))
    for match in (_BARE_FLEEING.finditer(sentence) if "fle" in lowered else ()):
        before = _BARE_TOKEN.findall(sentence, max(0, match.start() - 50), match.start())[-4:]
        begin = match.start()
        while before:
            word = before.pop()
            if word.lower() in _FLEEING_DETERMINERS or _counts(word) \
                    or (word.lower() == "of" and before and (before[-1].lower() in _FLEEING_DETERMINERS
                                                             or _counts(before[-1]))):
                begin = None  # "hundreds of Alawite villagers fled", "the residents who fled": counted or named before
                break
            if word[:1].isupper() or word.lower() in ("local", "civilian", "displaced"):
                begin = sentence.rfind(word, 0, begin)  # "local Kurds", "Syrian civilians": the people's words
                continue
            break
        if begin is not None and free(begin, match.end("noun")):
            quantities.append(Quantity(NO_NUMBER, begin, begin, None, None, "unspecified"))
    for match in (_SHIELD_OBJECT.finditer(sentence) if "human shield" in lowered else ()):
        begin = match.start("mods")
        if free(begin, match.end("noun")) and not any(_counts(w) for w in match["mods"].split()):
            quantities.append(Quantity(NO_NUMBER, begin, begin, None, None, "unspecified"))
    for match in _bare_objects(sentence, lowered):
        begin = match.start("mods")
        before = sentence[max(0, match.start() - 16):match.start()].split()
        if before and _counts(before[-1]):
            continue  # "at least 131 executed rebels": an adjective of people counted before it
        if free(begin, match.end("noun")) and not any(_counts(w) for w in match["mods"].split()):
            quantities.append(Quantity(NO_NUMBER, begin, begin, None, None, "unspecified"))
    for match in (_DEFINITE_ONE.finditer(sentence) if any(post in lowered for post in _DEFINITE_POSTS) else ()):
        if match["adj"] and not _side_of_words(match["adj"]):
            continue  # ("the Kurdish pilot" is read; "the Omar pilot" is no such adjective)
        if free(match.start(), match.end()):
            # (written "the driver", as annotators and the named-person rule write it; the noun stays the head, and
            # an adjective before it its modifier: the figure ends at the article)
            quantities.append(Quantity(sentence[match.start():match.end("post")], match.start(),
                                       match.end("det") if match["adj"] else match.end() - 1, 1, 1, "exact"))
    for match in (_BOTH.finditer(sentence) if "both" in lowered else ()):
        before = _PEOPLE_THEN_COMMA.search(sentence, max(0, match.start() - 40), match.start())
        if before and before["noun"].lower() in PERSON_NOUNS \
                and any(before.start() - 30 <= q.end <= before.start() for q in quantities):
            continue  # "two journalists, both employees of the agency,": the two counted before, described
        if free(match.start(), match.end()):
            quantities.append(Quantity(sentence[match.start():match.end()].strip(), match.start(), match.end() - 1,
                                       2, 2, "exact"))
    for match in (_BOTH_SUBJECT.finditer(sentence) if "both" in lowered else ()):
        if free(match.start("q"), match.end("q")):
            quantities.append(Quantity(match["q"], match.start("q"), match.end("q"), 2, 2, "exact"))
    for match in (_THE_CREW.finditer(sentence) if "crew" in lowered else ()):
        if _NAMED_CREW.match(sentence, match.end()):
            continue  # "The crew, Lt. X and Lt. Y, were killed": the two named are the figures (the named-person rule)
        if free(match.start(), match.end()):
            size = _CREW_OF.match(sentence, match.end())
            if size:
                # "killing its crew of two": the crew counted
                number = find_quantities(size["n"])
                if number and number[0].low is not None:
                    crew = Quantity(size["n"], match.start(), match.end() - 1, number[0].low, number[0].high,
                                    number[0].qualifier)
                    # (the number read alone is this count: it is replaced, one row, not two)
                    alone = next((i for i, q in enumerate(quantities) if q.start == size.start("n")), None)
                    if alone is None:
                        quantities.append(crew)
                    else:
                        quantities[alone] = crew
                    continue
            quantities.append(Quantity(sentence[match.start():match.end()].strip(), match.start(), match.end() - 1,
                                       None, None, "unspecified"))
    for match in (_INCLUDING_THE.finditer(sentence) if "including the " in lowered else ()):
        begin = match.end() - 4
        if free(begin, match.end("post")):
            quantities.append(Quantity(sentence[begin:match.end("post")], begin, match.end() - 1, 1, 1, "exact"))
    for match in (_SOME.finditer(sentence) if "some " in lowered else ()):
        if free(match.start(), match.end()):
            quantities.append(Quantity(match.group(), match.start(), match.end(), None, None, "vague"))
    for match in (_ALL_OF.finditer(sentence) if "all" in lowered else ()):
        if sentence.endswith(", ", 0, match.start()) and any(
                q.low is not None and 0 <= match.start() - q.end <= 40 for q in quantities):
            continue  # "the deaths of six people, all members of one family": who the people just counted were
        if free(match.start(), match.end()):
            quantities.append(Quantity(sentence[match.start():match.end()].strip(), match.start(), match.end() - 1,
                                       None, None,
                                       "unspecified"))
    phrases: list[_Victims] = []
    # (the word tests once a sentence: once a figure, a sentence of thousands of figures took time with its square)
    has_including = "including" in lowered
    has_consisting = "consisting" in lowered or "comprising" in lowered
    has_speech = "said" in lowered or "stated" in lowered or "told" in lowered
    has_age = "age" in lowered
    for quantity in sorted(quantities, key=lambda q: q.start):
        if not quantity.plausible:
            continue  # "999,999,999,999 soldiers" is not a count of people: refused, never published
        if _PERCENT.match(sentence, quantity.end):
            continue  # "captured 70 percent of the town": a share, never a count of people
        if quantity.start >= 2 and sentence[quantity.start - 1] == "-" and sentence[quantity.start - 2].isalpha() \
                and quantity.text[:1].isdigit():
            continue  # "a Mi-8 helicopter crew was captured": the number of a model's name, never a count of people
        if quantity.text.isdigit() and len(quantity.text) <= 2 \
                and (sentence.startswith(",", quantity.end) or _CREDIT_AFTER_DAY.match(sentence, quantity.end)) \
                and _MONTH_BEFORE.search(sentence, 0, quantity.start):
            # ("Damascus, Aug 27 (IANS) Eleven soldiers were killed": a wire dateline's day, then the agency)
            # "In a video released on May 30, abducted priest X pleaded": a day, never a count of people ("On 21
            # June 2 soldiers were killed": after a day and its month, a count)
            continue
        if quantity.text.isdigit() and len(quantity.text) <= 2 and quantity.qualifier == "exact" \
                and _MONTH_AFTER.match(sentence, quantity.end):
            continue  # "the massacre of 25 May 2012": a day, never a count of people
        if has_age and _AGED_BEFORE.search(sentence, max(0, quantity.start - 30), quantity.start):
            continue  # "five children, aged between 6 and 13, were killed": ages, never a count of people
        if has_rate and (_RATE_AFTER.match(sentence, quantity.end) or sentence.endswith("for every ", 0, quantity.start)):
            continue  # "losing 500 men killed and 900 wounded every day", "three wounded for every one killed": rates
        if quantity.start >= 8 and sentence.endswith("out of ", 0, quantity.start) \
                and _SHARE_BEFORE_TOTAL.search(sentence, max(0, quantity.start - 30), quantity.start):
            continue  # "three out of ten soldiers": the total the share is of, counted with it
        if quantity.start >= 8 and sentence.endswith("of the ", 0, quantity.start) \
                and _PART_BEFORE_TOTAL.search(sentence, max(0, quantity.start - 30), quantity.start) \
                and _part_of_total(" of the " + sentence[quantity.start:quantity.start + 90]):
            continue  # "2 of the 3 crew died": the total the part is of, counted with it
        phrase = _noun_phrase(sentence, quantity)
        if phrase is None:
            continue
        if phrase.head not in PERSON_NOUNS and quantity.text.lower() == "some" \
                and not _SOME_MANNER.match(sentence, quantity.end):
            continue  # "some reports", "some time": no people counted ("wounded, some critically" counts them)
        if has_among and _AMONG_BEFORE.search(sentence, max(0, quantity.start - 20), quantity.start):
            continue  # "were among the 10 civilians killed": the whole, counted before; the people named are new
        if not phrase.head and (_YEAR.fullmatch(quantity.text) or quantity.text.lower() in ("a", "an")
                                or _YEAR_SPAN.fullmatch(quantity.text)):
            continue  # a bare "2019" is a year ("2017-2020" a span of years); a bare "a" is an article
        if quantity.start >= 3 and sentence[quantity.start - 3:quantity.start].lower() == "no " \
                and quantity.text.lower() == "one":
            continue  # "although no one was wounded": nobody
        if quantity.start >= 5 and sentence[quantity.start - 1] in "–-" and _YEAR.fullmatch(
                sentence, quantity.start - 5, quantity.start - 1):
            continue  # "for 2003–04": the end of a span of years
        if quantity.text.lower() in ("a", "an") and has_speech and _SPEAKS_AFTER.match(sentence, phrase.end):
            continue  # "wounded 30 others, a commander in the alliance said": the speaker, not one more wounded
        phrase.subset = phrase.subset or _subset_before(sentence[max(0, quantity.start - 20):quantity.start]) \
            or (has_including and _SUBSET_AFTER_FIRST.search(sentence, max(0, quantity.start - 80),
                                                             quantity.start) is not None) \
            or (has_consisting and _consisting_of(sentence[max(0, quantity.start - 40):quantity.start])) \
            or (sentence.startswith(" being ", quantity.end) and sentence.endswith("with ", 0, quantity.start))
        described = _OF_WHICH_WERE.match(sentence, phrase.end) if not phrase.head else None
        were = _WERE_PEOPLE.match(sentence, phrase.end) \
            if phrase.subset and phrase.head in ("", "dead") and sentence.startswith(" were ", phrase.end) else None
        if were:
            # "killed 7,043 people, of which: 5,768 dead were IS fighters, 304 rebels and 90 soldiers": the part's
            # people after "were"; the list goes on after them
            # ("IS fighters": the Islamic State's initials, as the noun-group reader takes them, never the verb)
            *phrase.modifiers, phrase.head = ["isil" if w == "IS" else w.lower() for w in were["who"].split()]
            phrase.group_end = were.end()
        if described:
            # "10 were killed, seven of which were Iranian and Hezbollah militants": a subset, its people after it.
            phrase.subset, phrase.head = True, "people"
            phrase.modifiers = described["who"].lower().split()
        if phrases and phrases[-1].subset \
                and _LIST_GAP.fullmatch(sentence[max(phrases[-1].end, phrases[-1].group_end):phrase.start]) \
                and not ((phrase.head in ("others", "") and _PASSIVE.match(sentence, phrase.end))
                         or set(phrase.modifiers) & CONTINUING_WORDS
                         # ("killed, including a child, as well as two fighters": a comma closes the subsets)
                         or _ADDED_AFTER_COMMA.match(sentence, max(phrases[-1].end, phrases[-1].group_end))):
            # ("killed, including nine children, and 40 others wounded": the others are a new group, no subset, as a
            # bare count with a verb of its own is: "killed, including a girl and at least 16 were injured";
            # "including a commander and five others." with no verb of their own are in it)
            phrase.subset = True  # "including five Syrians and at least three Iranians"
        phrases.append(phrase)
    for index, phrase in enumerate(phrases):
        if phrase.head == "(shared)":
            later = next((p for p in phrases[index + 1:] if p.head and p.head != "(shared)"), None)
            phrase.head = later.head if later is not None else "people"
    return phrases


def _sides_of_words(text: str) -> set[str]:
    return set(_side_words_in(text))  # (a copy: callers add to it)


# "the Iraqi army", "the Lebanese government": a state's body named with another country's adjective is that country's,
# not the Syrian side the word stands for alone
_STATE_BODY_WORDS = frozenset(V["state_body_word"])
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
# "the 1st Guards Tank Army", "the 58th Combined Arms Army": a formation's number, up to three words of its name before
# the state's word ("the Syrian Army's 4th Division", the state's word first, keeps its side)
_ORDINAL_UNIT_BEFORE = re.compile(r"(?<![\w-])\d+(?:st|nd|rd|th)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


# Words that name whichever government the passage is about ("government troops", "the army", "regime forces"): the
# Syrian government's side only where the passage is about Syria's war (see _home_side)
_GENERIC_GOVERNMENT = frozenset(V["generic_side_word"])
# Words that place a passage in Syria's war (its name, its capital, its president, its governorates' seats)
_HOME_COUNTRY = re.compile(r"(?<![\w-])(?:" + V.alternation("home_country_word") + r")(?![\w-])", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w-])")


def _foreign_passage(context: ArticleContext) -> bool:
    """Whether the text is plainly about another country's war: it names no Syrian place, people or leader, and
    names other countries, or their peoples, twice or more ("Iraq", "Myanmar", "Sudanese"). Read once an article,
    and only when a figure's side rests on a word for any government."""
    key = ("foreign passage",)
    if key not in context._sentences:
        text = context.article.text
        foreign = 0
        if _HOME_COUNTRY.search(text) is None:
            for match in _CAPITALISED_WORD.finditer(text):
                word = match.group()
                if word.lower() not in SIDE_WORDS and (country_name(word) or nation_adjective(word)):
                    foreign += 1
                    if foreign == 2:
                        break
        context._sentences[key] = foreign >= 2
    return context._sentences[key]


# "were killed while fighting for the Islamic State", "died fighting alongside the rebels": whom the dead fought for,
# in the clause right after their outcome ("fighting against" or "with" says nothing of their side)
_FIGHTING_FOR = re.compile(r"[^,;:.()]{0,60}?\b(?:while\s+|when\s+)?fighting\s+(?:for|alongside|in\s+the\s+ranks\s+of|"
                           r"on\s+the\s+side\s+of)\s+(?:the\s+)?(?P<who>[^,;:.()]{2,40})")


def _home_side(phrase: "_Victims", context: ArticleContext) -> str:
    """The phrase's side, where a word for any government ("41 government troops", "pro-government fighters") gave
    the Syrian government's side in a passage about another country's war: that government has no side here."""
    if phrase.side != "syria_government" or phrase.side_inherited:
        return phrase.side
    words = [w for w in phrase.modifiers + [phrase.head] + phrase.also + phrase.group.lower().split()
             if w and w not in _GENERIC_GOVERNMENT]
    if "syria_government" in _side_words_in(" ".join(words)) \
            or any(PERSON_NOUNS.get(w) == "syria_government" for w in words):
        return phrase.side  # ("Iran-backed militiamen", "Hezbollah fighters": that side wherever they fight)
    return "unspecified" if _foreign_passage(context) else phrase.side


def _foreign_nation(word: str) -> bool:
    """Whether ``word`` is the adjective of a country no side word names ("Iraqi", "Lebanese"; not "Syrian")."""
    return word.lower() not in SIDE_WORDS and nation_adjective(word[:1].upper() + word[1:].lower())


@lru_cache(maxsize=8192)
def _side_words_in(text: str) -> frozenset[str]:
    """The sides a few words name ("turkish soldiers"): asked of the same short phrases again and again."""
    return frozenset(SIDE_WORDS[" ".join(m.group().lower().split())] for m in _SIDE_PATTERN.finditer(text))


@lru_cache(maxsize=8192)
def _people_sides_in(text: str) -> frozenset[str]:
    """The sides the words for people counted name, where a state's body named with the adjective of a country no
    side stands for ("the Iraqi army") names none (a name such as "Lebanese Army" still reads as a side's, never as a
    person's)."""
    found = set()
    for match in _SIDE_PATTERN.finditer(text):
        word = " ".join(match.group().lower().split())
        if word in _STATE_BODY_WORDS:
            before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before and _foreign_nation(before.group(1)):
                continue
            if _ORDINAL_UNIT_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "the 1st Guards Tank Army", "the 20th Army": a numbered formation names no state's side
        found.add(SIDE_WORDS[word])
    return frozenset(found)


def _own_side(words: list[str]) -> str | None:
    """The side a noun's own words give ("Turkish soldiers": turkey; "militiamen": none)."""
    found = _sides_of_words(" ".join(words))
    if words and PERSON_NOUNS.get(words[-1]):
        found.add(PERSON_NOUNS[words[-1]])
    return next((side for side in _SIDE_ORDER if side in found), None)


# ", killing one": a bare count after a comma and an outcome participle, and the clause before it up to 120 characters
_BARE_COUNT_AFTER_PARTICIPLE = re.compile(r"(?P<clause>[^,;:.]{1,120}),\s+(?P<verb>[a-z]+ing)\s+$")


def _attacked_people_side(scan: str, quantity_start: int) -> str | None:
    """The side of the people the clause before ", killing one" ends on ("Regime forces attacked Turkish soldiers,
    killing one": turkey), else None: the last side word there, where a noun for people follows it."""
    before = _BARE_COUNT_AFTER_PARTICIPLE.search(scan, max(0, quantity_start - 150), quantity_start)
    if before is None or before["verb"].lower() not in TRANSITIVES:
        return None
    last = None
    for last in _SIDE_PATTERN.finditer(scan, before.start("clause"), before.end("clause")):
        pass
    if last is None:
        return None
    noun = re.match(r"[\s-]*([A-Za-z]+)", scan[last.end():before.end("clause")])
    if noun is None or noun.group(1).lower() not in PERSON_NOUNS or noun.end() + last.end() != before.end("clause"):
        return None  # "attacked Turkish positions", "attacked Turkish soldiers in Idlib": no people just before
    side = SIDE_WORDS[" ".join(last.group().lower().split())]
    return side if side in PARTIES else None


def _side_named_before(scan: str, phrase: _Victims) -> str | None:
    """The one party side the same noun was given earlier in the sentence, up to 200 characters before ("pro-Turkey
    fighters ... four fighters": rebels), else None (never where it was given two)."""
    window_start = max(0, phrase.start - 200)
    sides = set()
    for earlier in re.compile(r"(?<![\w-])" + re.escape(phrase.head) + r"(?![\w-])").finditer(scan, window_start,
                                                                                                phrase.start):
        words = scan[max(window_start, earlier.start() - 40):earlier.start()].split()[-3:]
        sides |= _sides_of_words(" ".join(words))  # (a side of no party, "YPG fighters", makes two as well)
    return next(iter(sides)) if len(sides) == 1 and next(iter(sides)) in PARTIES else None


def _side(phrase: _Victims, previous: _Victims | None, outcome: str) -> str:
    """Whose people these are: their own words, the group after them, else the person named before them."""
    if phrase.also:
        # "rebels and Turkish soldiers": two parties' people in one figure have no one side.
        parts = [_own_side(phrase.modifiers + [phrase.head]), _own_side(phrase.also)]
        if None not in parts and parts[0] != parts[1]:
            return "unspecified"
    if phrase.head in CIVILIAN_HEADS and "rebels" not in _sides_of_words(" ".join(phrase.modifiers)) \
            and _own_side(phrase.also) in (None, "civilians"):
        return "civilians"
    found = set(_people_sides_in(" ".join(phrase.modifiers + [phrase.head] + phrase.also)))
    backers = {SIDE_WORDS[w] for w in phrase.modifiers if w.startswith("pro-") and w in SIDE_WORDS}
    if len(backers) == 1:
        return backers.pop()  # "pro-Assad militants": whom they fight for, not the noun's default (rebels)
    own_words = bool(found)  # the people's words name a side ("Syrian soldiers"), not just the noun's default
    if found == {"unspecified"} and PERSON_NOUNS.get(phrase.head) == "rebels":
        return "unspecified"  # "YPG militants": the group's word decides, not the noun's default
    if PERSON_NOUNS.get(phrase.head) == "rebels" and found and "rebels" not in found:
        # "Hezbollah militants", "Iran-backed militants": the group's word decides too (a bare "Syrian" does not:
        # "Syrian rebels" are rebels)
        named = _sides_of_words(" ".join(w for w in phrase.modifiers if w != "syrian"))
        if len(named) == 1 and next(iter(named)) in ("syria_government", "russia"):
            return next(iter(named))
    if phrase.possessive and not own_words:
        return "unspecified"  # "lost eight of its fighters": the possessor's people, given later by the speaker
    for noun in (phrase.head, phrase.also[-1] if phrase.also else ""):
        if PERSON_NOUNS.get(noun):
            found.add(PERSON_NOUNS[noun])
    if phrase.head in INHERITING_HEADS:
        found.discard("civilians")  # "a civilian contractor" works for the side named before
    if not found and phrase.group and not any(_foreign_nation(word) for word in phrase.modifiers):
        # ("9 Iraqi soldiers from the army's 8th Division": people of a country no side stands for are that
        # country's, whatever the body after them is called)
        found = set(_people_sides_in(phrase.group)) or {PERSON_NOUNS[word] for word in phrase.group.lower().split()[:1]
                                                        if PERSON_NOUNS.get(word)}
    if outcome == "displaced" and not own_words and phrase.head not in _MILITARY_HEADS \
            and PERSON_NOUNS.get(phrase.head) != "rebels":
        return "civilians"  # "4.8 million Syrians fled": people displaced, not a party's fighters
    own = next((side for side in _SIDE_ORDER if side in found), None)
    if own is not None:
        return own
    if outcome == "displaced" and phrase.head in ("people", "persons", "individuals", "others", ""):
        return "civilians"  # displaced people are civilians
    if phrase.named or phrase.possessive:
        # "members of Jabhat Tahrir Souriya": a group of its own; "7 of its members": the possessor's people
        # (the speaker's side is given later, where the speaker is a party), never the people named before.
        return "unspecified"
    if previous is not None and (phrase.head in INHERITING_HEADS or not phrase.head or phrase.subset
                                 or set(phrase.modifiers) & CONTINUING_WORDS or phrase.head_outcome
                                 or (phrase.head == previous.head and phrase.head in _MILITARY_HEADS)):
        if previous.possessive and not phrase.head:
            phrase.possessive = True  # "four of its soldiers were killed and nine wounded": the speaker's, too
        return previous.side
    return "unspecified"


def _outcomes(verb: str, more: str | None, table: dict[str, str]) -> list[str]:
    """One verb, or a coordination: "killed or wounded" is other; "wounded and captured" gives both."""
    first = table[" ".join(verb.lower().split())]
    if not more:
        return [first]
    others = [table.get(re.sub(r"\s+", " ", w.lower()), PARTICIPLES.get(re.sub(r"\s+", " ", w.lower()), ""))
              for w in re.findall(r"[a-z][a-z ]*[a-z]", re.sub(r"\b(?:and|or)\b|,", "|", more.lower()))]
    others = [o for o in others if o]
    if re.search(r"\bor\b", more, re.IGNORECASE):
        # ("unlawfully killed or executed": two words for one outcome are that outcome)
        return [first] if others and all(o == first for o in others) else ["other"]
    return list(dict.fromkeys([first] + others))


_LIST_GOES_ON = re.compile(r"(?:\s+[a-z]+ing\s+[^,;.]{1,40}?)?\s*,?\s+and\s+(?:at\s+least\s+|some\s+|about\s+)?"
                           r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s)")


def _new_group_after_comma(sentence: str, first: _Victims, second: _Victims) -> bool:
    """ "killing one child, four other people were wounded": a bare comma before "other"/"more" people opens a new
    clause, not a list item."""
    gap = sentence[first.end:second.start].strip()
    return (gap == "," or (gap == ", and" and first.subset)) and bool(
        ((set(second.modifiers) & CONTINUING_WORDS or second.head in CONTINUING_WORDS or second.head == "others")
         # ("258 fighters, 10 others supporting them and 20 civilians were killed": a list that goes on with "and"
         # and another count is one list, its "others" an item of it)
         and _LIST_GOES_ON.match(sentence, max(second.end, second.group_end)) is None)
        # "four fighters, one of them a volunteer, were killed": a partitive after a comma is an aside
        or (not second.head and _PARTITIVE_OF.match(sentence, second.end) and _aside_then_verb(sentence, first.end))
        # "572 personnel took part, one of which was killed": a partitive with a verb of its own is a clause on a
        # part of the people, whose verb is not the whole group's
        or ((part := _PARTITIVE_RELATIVE.match(sentence, second.quantity.end)) is not None
            and _PASSIVE.match(sentence, part.end()) is not None))


_PARTITIVE_RELATIVE = re.compile(r"\s+of\s+(?:them|whom|which)(?![\w-])", re.IGNORECASE)


def _partitive_aside(sentence: str, parent: _Victims, phrase: _Victims) -> bool:
    """ "11 civilians were killed, seven of them children, and 40 people were injured": a partitive set off by a
    comma after its figure's own verb belongs to that figure, and the next group's verb is not its own (in "nine
    soldiers, two of them officers, and three civilians were killed" one verb serves the whole list)."""
    return phrase.subset and sentence[:phrase.start].rstrip().endswith(",") \
        and bool(_PARTITIVE_OF.match(sentence, phrase.quantity.end)) \
        and not _LIST_GAP.fullmatch(sentence[max(parent.end, parent.group_end):phrase.start])


def _aside_then_verb(sentence: str, end: int) -> bool:
    aside = _ASIDE.match(sentence, end)
    return bool(aside and _PASSIVE.match(sentence, aside.end()))


def _side_of_loser(sentence: str, phrase: _Victims, verb_start: int) -> None:
    """ "ISIL suffering over 140 dead", "Turkey lost 3 soldiers": the subject of the loss is whose people they are,
    when the people's own words name no side."""
    loser = _LOSER.search(sentence[max(0, verb_start - 60):phrase.start])
    if loser is None or _own_side(phrase.modifiers + [phrase.head]) is not None:
        return
    # "Lebanese Hezbollah militant group ... had lost eight of its fighters": the group's name, not "militant"
    words = re.findall(r"[\w'’-]+", loser["who"].lower())
    if any(w[:1].isdigit() for w in words):
        # "the 3rd Guards Army lost 40 soldiers": a numbered formation's "army" names no state's side
        words = [w for i, w in enumerate(words) if w not in _STATE_BODY_WORDS
                 or not any(re.fullmatch(r"\d+(?:st|nd|rd|th)", x) for x in words[max(0, i - 4):i])]
    side = _side_of_words(" ".join(w for w in words if w not in ("militant", "militants", "syrian"))) \
        or _own_side(words)
    if side is None:
        # "Militants ... attempted to break through but had to retreat losing up to 18 men": the sentence's subject
        opening = [w.lower() for w in re.findall(r"[\w'’-]+", sentence[:60])[:3]]
        noun = next((i for i, w in enumerate(opening) if w in PERSON_NOUNS), None)
        side = (_side_of_words(" ".join(w for w in opening[:noun + 1] if w not in ("militant", "militants", "syrian")))
                or _own_side(opening[:noun + 1])) if noun is not None else None
    if side is not None:
        phrase.side = side


# "inflicted heavy losses on the Islamic State", 'inflict "heavy losses" on HTS': whom the losses were inflicted on
_TARGET_END = re.compile(r"\s+(?:near|in|at|from|during|after|before|with|while|as|when|who|which|and|outside|inside|"
                         r"around|since|for|by)\b.*$")
_INFLICTED_ON = re.compile(r"[\"”’']?\s+on\s+(?:the\s+)?(?P<who>[^,.;:()\"“”]{1,60})")


def _side_of_target(sentence: str, phrase: _Victims) -> None:
    """ "inflicted 150 casualties on the rebels": the people after "on" are whose the losses were, when the losses'
    own words name no side."""
    target = _INFLICTED_ON.match(sentence, phrase.end)
    if target is None or _own_side(phrase.modifiers + [phrase.head]) is not None:
        return
    who = _TARGET_END.sub("", target["who"].lower())  # "on the rebels near Idlib": the people, not the place
    words = re.findall(r"[\w'’-]+", who)
    side = _side_of_words(" ".join(words)) or _own_side(words)
    if side is not None:
        phrase.side = side


def _own_outcome_after_verb(sentence: str, phrase: _Victims, following: _Victims) -> bool:
    """ "lost 2,100 soldiers and 9,000 wounded", "killed 12 fighters and 30 were injured": a bare count after "and"
    with its own outcome word is a new item, so the counted people before it keep the verb before them."""
    return phrase.head in PERSON_NOUNS and not following.head \
        and sentence.endswith(" and ", 0, following.start) \
        and _PASSIVE.match(sentence, following.end) is not None \
        and _ACTIVE.search(sentence[max(0, phrase.start - 80):phrase.start]) is not None


def _breakdown_of(sentence: str, run: list[_Victims], links: list[_Link]) -> _Link | None:
    """The total a list closing the sentence breaks down ("186 fighters were killed in the fighting, 100 rebels and
    86 soldiers"): two or more counted people right after the total's clause and a comma, whose counts add up to it
    (the sum tells a breakdown from a new list of other people)."""
    owner = next((lk for lk in reversed(links) if lk.kind != "breakdown"), None)
    if owner is None or owner.kind not in ("passive", "active") or len(run) < 2 \
            or owner.phrase.quantity.low is None or owner.phrase.quantity.low != owner.phrase.quantity.high:
        return None
    gap = _BREAKDOWN_GAP.fullmatch(sentence, owner.end, run[0].start) \
        or _BRACKET_AFTER_WORDS.fullmatch(sentence, owner.end, run[0].start)
    # the list closes the sentence, or its bracket ("wounding seven (five soldiers and two civilians) in Homs"; a
    # subset of its last item may close the bracket: "(1,700 Hezbollah and 8,345 others, including 2,000 ...)")
    if gap is None or (not (sentence.startswith(")", run[-1].end) or _SUBSET_CLOSES.match(sentence, run[-1].end))
                       if gap["bracket"] else sentence[run[-1].end:].strip(" .") != ""):
        return None
    if any(p.head not in PERSON_NOUNS or p.quantity.low is None or p.quantity.low != p.quantity.high for p in run):
        return None
    return owner if sum(p.quantity.low for p in run) == owner.phrase.quantity.low else None


_YEAR_BRACKET = re.compile(r"(?<![\w-])(?:19|20)\d\d\s*\(\s*$")  # "into 2016 (": a year, then its bracket
_YEAR_COLON = re.compile(r"(?:\(|[;,]\s*)(?:19|20)\d\d\s*:\s*$")  # "(2014: 1,200 killed; 2015: 900)": a year's item


def _year_bracket_owner(sentence: str, run: list[_Victims], links: list[_Link]) -> _Link | None:
    """The figure whose outcome a year's bracket of counted people goes on with ("went on into 2016 (13,297 foreign
    fighters and 8,170 rebels)"), or "(2014: 1,200 killed; 2015: 900 fighters)": people only, the bracket closing
    right after them, a casualty figure before it in the sentence."""
    first = run[0]
    if not sentence.startswith((")", ";"), run[-1].end):
        return None
    if _YEAR_BRACKET.search(sentence, max(0, first.start - 12), first.start):
        if any(p.head not in PERSON_NOUNS for p in run):
            return None
        return next((lk for lk in reversed(links) if lk.kind != "breakdown" and lk.end <= first.start), None)
    if _YEAR_COLON.search(sentence, max(0, first.start - 12), first.start) \
            and all(p.head in PERSON_NOUNS or not p.head for p in run):
        # (a year's item after another in the same bracket: a bare count goes on with the item before it)
        owner = next((lk for lk in reversed(links) if lk.end <= first.start), None)
        if owner is not None and owner.start > sentence.rfind("(", 0, first.start) > -1:
            return owner
    return None


_ASIDE_OPENERS = frozenset(",(–—-")  # an aside set off by a comma, a bracket or a dash
# (a colon too: "killed 14 people: nine civilians and five fighters"; or a bracket: "wounded seven (five soldiers
# and two civilians)")
_BREAKDOWN_GAP = re.compile(r"\s*(?:[,:]|(?P<bracket>\())\s*")
# (a bracket may come a few words after the verb: "were killed by then (1,700 rebels and 8,345 soldiers)")
_BRACKET_AFTER_WORDS = re.compile(r"(?:\s+(?:[a-z]+|(?:19|20)\d\d)){1,3}\s*(?P<bracket>\()\s*")
_SUBSET_CLOSES = re.compile(r",\s+including\s+[^()]{1,80}\)")
_ADVERBS_ONLY = re.compile(r"[\s,]*(?:[a-z]+ly[\s,]+)*")
_PARTITIVE_MANNER = re.compile(r"\s+of\s+(?:them|whom|those)\s+(?:very\s+)?(?!reportedly|allegedly|apparently|reputedly)[a-z]+ly(?=\s*(?:[,.;)]|$))")
# "eight fighters were wounded, some critically", "nine were injured, three seriously": how badly, the noun left out
# (after the verb, up to three words before the comma: "were wounded so far, some critically")
_MANNER_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s*")
_MANNER_ONLY = re.compile(r"\s+(?:very\s+)?(?!reportedly|allegedly|apparently|reputedly|only\b)[a-z]+ly(?=\s*(?:[.;)]|$))")


# "killed 300 civilians, many of them women, and 20 rebels", "about a quarter of them children, along with ...": a
# share with no count of its own, set off by commas, stands between two items of one list
_SHARE_GAP = re.compile(r"\s*,\s*(?:(?:about|nearly|almost|around|roughly|over|more\s+than|less\s+than)\s+)?"
                        r"(?:a\s+(?:third|quarter|fifth|half|majority|minority)|half|most|many|some|several|the\s+majority)"
                        r"\s+of\s+(?:them|whom)\s+[^,.;:]{1,40}?(?=\s*,)", re.IGNORECASE)


def _list_gap(gap: str) -> bool:
    """Whether the text between two groups of people joins them in one list (a share aside may stand in it)."""
    if _LIST_GAP.fullmatch(gap):
        return True
    if " of " not in gap:
        return False
    share = _SHARE_GAP.match(gap)
    return share is not None and _LIST_GAP.fullmatch(gap, share.end()) is not None


# A word for a figure before a colon, with no outcome of its own ("a slightly lower estimate: at least 1,700 civilians")
_ESTIMATE_COLON = re.compile(r"\b(?:estimate|estimates|figure|figures|toll|tally|count)\s*:\s*(?=(?:at\s+least|more\s+than|"
                             r"over|about|around|some|nearly|up\s+to|an\s+estimated)?\s*\d)", re.IGNORECASE)
_ELIDED_GAP = re.compile(r"\s+and\s+(?P<verb>[a-z]+)\s+")
_TO_DEATH_VERB = re.compile(r"(?<![\w-])(?:tortured|stoned|burned|stabbed|starved|beaten|clubbed|strangled|bludgeoned|"
                            r"torturing|stoning|burning|stabbing|beating|clubbing|strangling|starving|beat|shot)"
                            r"(?=\s+(?!to\b)(?:(?!\band\b)[^.;:,]){1,60}?\s+to\s+death\b)", re.IGNORECASE)
# "... on Sunday after at least 34 soldiers were killed": a clause of an earlier event between a day and a figure
# (the day, "after" and the figure in one clause, no comma between: "On Monday, after nine were killed, residents
# fled" is Monday's; a day in the clause is the figure's: "... on Friday after 33 soldiers were killed on Thursday")
_AFTER_BEFORE_FIGURE = re.compile(r"[^,;]*?\safter\s(?=[^,;]*$)")
# "the July 22nd strikes in Maarrat al-Numan which killed 42", "the 3 February attack left 12 dead": a day written
# as part of the incident's name dates its figures, whatever day the sentence opens with
_WOUNDS_SUSTAINED = re.compile(r"\b(?:wounds|injuries)\s+(?:he\s+|she\s+|they\s+)?(?:had\s+)?(?:sustained|suffered|received)\b")
_DATED_INCIDENT = Folded(r"\s+(?:[\w-]+\s+){0,2}?(?:" + VOCABULARY.alternation("incident_noun") + r")\b")
# "... the 18 men who were taken prisoner the previous day", "killed 15 rebels in the previous day", "a day
# earlier": a day counted back or on from the day the sentence tells of, in the figure's own clause after it ("by
# the next day" bounds a total; "died of wounds sustained ... the previous day" dates the wounding, not the death)
_RELATIVE_AFTER_FIGURE = re.compile(r"[^.;:!?]{0,80}?\b(?<!by\s)(?:(?:in\s+|on\s+)?the\s+(?:(?P<previous>previous|preceding)|"
                                    r"(?P<next>next|following))\s+day|the\s+day\s+(?P<before>before)|"
                                    r"(?:a|one)\s+day\s+(?:(?P<earlier>earlier)|(?P<later>later)))\b"
                                    r"(?!\s+(?:than|of|on|that|to|after|before)\b)(?!['’])")
# (six letters or more, so that "uproot" fits in its place; the object up to 60 characters, no clause break)
_FROM_HOMES_VERB = re.compile(r"(?<![\w-])(?:forced|forcing|forces|driven|driving|drives)"
                              r"(?=\s+(?:(?!\b(?:and|to)\b)(?:[^.;:,]|(?<=\d)[,.](?=\d))){1,60}?\s+from\s+their\s+homes\b)",
                              re.IGNORECASE)
_RELEASED_AFTER = re.compile(r"(?:\s+of\s+(?:them|whom|those|these))?\s+(?:were|was|have\s+been|has\s+been|had\s+been|"
                             r"are|will\s+be)\s+(?:\w+ly\s+)?(?:later\s+)?(?:released|freed|set\s+free)\b")


def _link_outcomes(sentence: str, phrases: list[_Victims]) -> list[_Link]:
    """The outcome of each phrase a casualty word governs; phrases governed by none are dropped."""
    links: list[_Link] = []
    count = len(phrases)
    joined = [index + 1 < count and _list_gap(
        sentence[max(phrases[index].end, phrases[index].group_end):phrases[index + 1].start])
              and not _new_group_after_comma(sentence, phrases[index], phrases[index + 1])
              # ("killed, including a girl and at least 16 were injured": a bare count with its own verb after a
              # subset opens a clause of its own)
              and not (phrases[index].subset and not phrases[index + 1].subset and not phrases[index + 1].head
                       and _PASSIVE.match(sentence, phrases[index + 1].end))
              and not (index and _partitive_aside(sentence, phrases[index - 1], phrases[index]))
              for index in range(count)]
    # Where each list run ends and begins, computed once (walking every run from every item would be quadratic).
    run_end = list(range(1, count + 1))
    for index in range(count - 2, -1, -1):
        if joined[index] and (not phrases[index + 1].head_outcome or phrases[index + 1].head in _CAPTIVE_NOUNS) \
                and not _own_outcome_after_verb(sentence, phrases[index], phrases[index + 1]):
            run_end[index] = run_end[index + 1]
    run_start = list(range(count))
    for index in range(1, count):
        if joined[index - 1]:
            run_start[index] = run_start[index - 1]
    shields = "human shield" in sentence
    for index, phrase in enumerate(phrases):
        if shields and phrase.head in PERSON_NOUNS:
            held = _AS_SHIELDS.match(sentence, phrase.end)
            if held and _SHIELD_VERB.search(sentence, max(0, phrases[run_start[index]].start - 40),
                                            phrases[run_start[index]].start):
                # "ISIL using civilians as human shields": held by force, as hostages are
                links.append(_Link(phrase, "captured", phrase.start, held.end(), "active"))
                continue
        if phrase.head in _CAPTIVE_NOUNS:
            if _RELEASED.search(sentence[max(0, phrases[run_start[index]].start - 40):phrases[run_start[index]].start]):
                continue  # "freed 40 prisoners", "a swap of 20 prisoners": a release is no casualty
            # "120 prisoners were killed", "executed 50 prisoners": a verb says what befell the captives.
            verb = _PASSIVE.match(sentence, _CAPTIVES_TAIL.match(sentence, phrase.end).end())
            before_verb = _ACTIVE.search(sentence[max(0, phrase.start - 80):phrase.start])
            # "announced the execution of 150 prisoners": a noun of the outcome names it as a verb would
            if verb and before_verb and _bare_participle(sentence, phrase.end, verb):
                verb = None  # "executed 15 prisoners captured in the battle": the verb before says what befell them
            before_noun = None if verb or before_verb else _NOMINAL.search(
                sentence[max(0, phrase.start - 80):phrase.start])
            if verb or before_verb or before_noun:
                outcome = _outcomes(verb["verb"], verb["more"], {**PARTICIPLES, **INTRANSITIVES})[0] if verb \
                    else _outcomes(before_verb["verb"], before_verb["more"], TRANSITIVES)[0] if before_verb \
                    else _outcomes(before_noun["verb"], before_noun["more"], NOMINALS)[0]
                links.append(_Link(phrase, outcome, phrase.start, verb.end() if verb else phrase.end,
                                   "passive" if verb else "active"))
                continue
        if phrase.head == "lives":
            # "has cost more than 330,000 lives", "claimed 96 civilian lives"; never "saved 96 lives"
            taken = _LIFE_VERB_BEFORE.search(sentence, max(0, phrase.start - 40), phrase.start)
            if taken:
                links.append(_Link(phrase, LIFE_VERBS[taken["verb"].lower()], phrase.start, phrase.end, "active"))
                continue
        if phrase.head_outcome:
            # "2,730 civilian deaths", "12 casualties": the noun is the outcome.
            _side_of_loser(sentence, phrase, phrase.start)
            if "inflict" in sentence[max(0, phrase.start - 40):phrase.start].lower():
                _side_of_target(sentence, phrase)
            links.append(_Link(phrase, phrase.head_outcome, phrase.start, phrase.end, "noun"))
            continue
        # Walk right over list items ("seven soldiers, one contractor, and 13 others") to the verb.
        following = run_end[index]
        right = phrases[following - 1].end
        if following < count and phrases[following].head_outcome and phrase.head in PERSON_NOUNS \
                and phrases[following].head not in _CAPTIVE_NOUNS \
                and joined[following - 1]:
            # "26 security forces and 6 civilian deaths": the list shares the outcome noun at its end.
            links.append(_Link(phrase, phrases[following].head_outcome, phrase.start, phrase.end, "noun"))
            continue
        if phrases[following - 1].group_end > right:
            right = phrases[following - 1].group_end  # "40 fighters of Hayat Tahrir al-Sham were killed"
        aside = _ASIDE.match(sentence, right)
        if aside is None and sentence.startswith(" of ", right):
            # "Ten of them, including four children, died": the aside comes after the partitive
            partitive = _PARTITIVE_OF.match(sentence, right)
            aside = _ASIDE.match(sentence, partitive.end()) if partitive else None
        # "Five civilians who fled the town were killed": a relative clause's verb tells who they were; the people's
        # own verb comes after it
        later = aside is not None and sentence[aside.start():aside.end()].lstrip().lower().startswith("who ") \
            and _PASSIVE.match(sentence, aside.end())
        after = later or _PASSIVE.match(sentence, right) or (aside and _PASSIVE.match(sentence, aside.end()))
        if not after and aside is not None and index + 1 < count and aside.group().lstrip()[:1] in _ASIDE_OPENERS:
            # "At least 40 civilians, including 11 children, and six fighters were killed": the list goes on after the
            # aside set off by punctuation ("6 in Azaz and 15 civilians were killed" is two groups); the verb after its
            # last item is the first item's too (the next phrases only, never the whole sentence again)
            later_item = next((j for j in range(index + 1, count) if phrases[j].start >= aside.end()), None)
            if later_item is not None and _LIST_GAP.fullmatch(sentence, aside.end(), phrases[later_item].start):
                at = max(phrases[run_end[later_item] - 1].end, phrases[run_end[later_item] - 1].group_end)
                last_aside = _ASIDE.match(sentence, at)  # "and six fighters allied to Turkey were killed"
                after = _PASSIVE.match(sentence, at) or (last_aside and _PASSIVE.match(sentence, last_aside.end()))
        if not after and phrase.head and (" and " in sentence[right:right + 90] or " but " in sentence[right:right + 60]):
            # "a soldier was given a mock trial and executed on the spot": a first verb that is no outcome, then the
            # outcome after "and", the same people's (also after names in apposition: "Both pilots, X and Y, ejected
            # and were captured")
            for at in (right, aside.end() if aside else None):
                if at is None or not (sentence.startswith((" was ", " were ", " had been ", " have been "), at)
                                      or _ED_WORD.match(sentence, at)):
                    continue
                chain = _PASSIVE_CHAIN.match(sentence, at)
                if chain and not _ACTIVE_OBJECT.match(sentence, chain.end()):
                    after = _Chain(chain)
                    break
        if not after and aside:
            # two asides in a row: "ten soldiers (including an officer), who were trying to reach the town, were killed"
            second = _ASIDE.match(sentence, aside.end())
            if second is None and sentence.endswith(",", 0, aside.end()):
                # "A photojournalist, Jeroen Oerlemans, who was covering the offensive, also died": the comma that
                # closes the names opens the relative clause after them
                second = _ASIDE.match(sentence, aside.end() - 1)
            after = second and _PASSIVE.match(sentence, second.end())
        if after and after["verb"] in _ACTIVE_ONLY and _PASSIVE_AUXILIARY.search(sentence, after.start(),
                                                                                 after.start("verb")):
            # "12,000 people were evacuated": a verb the vocabulary reads as the people's own act ("9,000 people had
            # evacuated the enclave") is another's act in the passive (a convoy's passengers; the corpora annotate
            # no figure there)
            after = None
        if after and run_start[index] == index and following == index + 1 and _bare_participle(sentence, right, after) \
                and _ACTIVE.search(sentence[max(0, phrase.start - 80):phrase.start]):
            # "executed more than 20 soldiers captured in the base": a participle right after the object of a
            # verb of outcome only says who they were; the verb before is what befell them (the walk left finds it)
            after = None
        if after and not later and sentence[after.start():after.start("verb")].lstrip(" ,\"'”’“").startswith(
                ("who ", "that ", "which ")) and _ACTIVE.search(
                sentence, max(0, phrases[run_start[index]].start - 80), phrases[run_start[index]].start):
            # "executed fifteen soldiers who were captured in Tikrit": the verb before the people governs them, the
            # relative clause after them only tells who they were (as "executed a captured soldier")
            after = None
        if after and _ADVERBS_ONLY.fullmatch(sentence, right, after.start("verb")) \
                and _ACTIVE_OBJECT.match(sentence, after.end()):
            # "a suicide bomber killed a prominent MP", "an officer allegedly killed a commander": the people did it,
            # they were not killed
            after = None
        if after and _ESCAPED.match(sentence, after.end()) and after["verb"].lower().startswith("fle"):
            after = None  # "three fled the scene": they got away, they were not displaced
        if after and phrase.head:
            end = after.end()
            tail = _TRAILING_PHRASE.match(sentence, end)
            # "were killed in the counterattack": the quote reads as a clause; a phrase cut by the outlet's
            # quotation marks ('by Syrian "regime forces"') is left out whole rather than cut mid-phrase
            if tail and not re.search(r"\s(?:and|but)\s", tail.group()) and len(tail.group().split()) > 2 \
                    and not sentence.startswith(('"', "“", "”"), tail.end()):
                end = tail.end()
            outcomes = _outcomes(after["verb"], after["more"], _AFTER_VERBS)
            then = _BY_THEN_VERB.match(sentence, after.end()) if " and " in sentence[after.end():after.end() + 80] else None
            if then and PARTICIPLES[" ".join(then["verb"].lower().split())] not in outcomes \
                    and outcomes[0] in ("captured", "wounded") and not _ACTIVE_OBJECT.match(sentence, then.end()):
                # "The pilot was captured by the rebels and later executed": one verb phrase, both outcomes
                outcomes = outcomes + [PARTICIPLES[then["verb"].lower()]]
            for outcome in outcomes:
                # A list item that is not the last is quoted alone, as annotators quote it.
                links.append(_Link(phrase, outcome, phrase.start, end if following == index + 1 else phrase.end))
            continue
        if after and not phrase.head and right == phrase.end and (
                phrase.quantity.qualifier != "vague" or (links and sentence.endswith("and ", 0, phrase.start))
                # ("1,000 soldiers, hundreds of them wounded": a part of the people just counted)
                or (sentence.endswith(", ", 0, phrase.start) and _OF_THEM_END.search(sentence, phrase.start, phrase.end))
                or sentence.endswith(("left ", "leaving "), 0, phrase.start)
                or _outcomes(after["verb"], after["more"], _AFTER_VERBS) == ["displaced"]
                or ((phrase.start == 0 or _VAGUE_SUBJECT_OPENS.search(sentence, max(0, phrase.start - 6), phrase.start))
                    and _VAGUE_SUBJECT_VERB.match(sentence, phrase.end) and _VAGUE_CROWD.fullmatch(phrase.quantity.text))):
            # (a vague "several" or "dozens" only right after "and" in a sentence that already counted people:
            # "33 soldiers were killed and several were seriously injured"; or as the people a blast "left
            # dozens wounded"; or as people uprooted, whom no other reading fits: "thousands fled their homes")
            # "and 30 were injured": a bare number before its verb counts the people named before.
            # ("Both were captured and executed": each outcome of the one verb phrase, as for counted people)
            for outcome in _outcomes(after["verb"], after["more"], _AFTER_VERBS):
                links.append(_Link(phrase, outcome, phrase.start, after.end()))
            continue
        # Walk left over list items to a verb before them ("killed six soldiers and four civilians").
        previous = run_start[index] - 1
        left = phrases[previous + 1].start
        before_text = sentence[max(0, left - 80):left]
        offset = max(0, left - 80)
        found = None
        for pattern, table in ((_ACTIVE, TRANSITIVES), (_NOMINAL, NOMINALS), (_THE_DEAD, None)):
            match = pattern.search(before_text)
            if match:
                if table is None:
                    outcome_word = match["verb"].lower()
                    found = (["killed"] if outcome_word in ("dead", "killed", "victims") else
                             ["wounded"] if outcome_word in ("wounded", "injured") else ["other"], match)
                else:
                    found = (_outcomes(match["verb"], match["more"], table), match)
                break
        if found and not phrase.head and found[0] == ["captured"] and _PARTITIVE_OF.match(sentence, phrase.end):
            places = list(_PLACE_BEFORE.finditer(before_text))
            if places and not any(w.lower() in PERSON_NOUNS
                                  for w in re.findall(r"[\w'’-]+", before_text[places[-1].end():])):
                found = None  # "captured two villages, and the army seized one of them": a place, not a person
        if found and not phrase.head and _TIME_SPAN_AFTER.match(sentence, phrase.end):
            found = None  # "the base the army had captured three days earlier": a span of time, not people
        if found and found[1]["verb"].lower().endswith("ing") \
                and _KEPT_FROM_BEFORE.search(before_text, max(0, found[1].start() - 12), found[1].start()):
            found = None  # "warned the regime against killing thousands", "to stop them from killing 20": never done
        if found:
            outcomes, match = found
            start = offset + match.start() if previous == index - 1 else phrase.start
            own = match["verb"].lower() in ("losing", "lost")  # "while losing 11 servicemen": the speaker's own
            if own:
                _side_of_loser(sentence, phrase, offset + match.start())
            according = _ACCORDING_TAIL.match(sentence, phrase.end)
            end = according.end() if according else phrase.end  # the quote keeps its ", according to X"
            for outcome in outcomes:
                links.append(_Link(phrase, outcome, start, end, "own" if own else "active"))
            continue
        if ":" in before_text and phrases[run_start[index]].head in PERSON_NOUNS:
            colon = _OUTCOME_COLON.search(sentence, max(0, left - 60), left)
            if colon:
                # "heavy casualties on both sides: six civilians in one town and seven in another": the people
                # listed after the colon are what the noun before it counts
                links.append(_Link(phrase, OUTCOME_NOUNS[colon["noun"].lower()], phrase.start, phrase.end, "breakdown"))
                continue
        breakdown = _breakdown_of(sentence, phrases[run_start[index]:run_end[index]], links) \
            if links and phrase.head in PERSON_NOUNS else None
        if breakdown is not None:
            # "186 fighters were killed in the fighting, 100 rebels and 86 soldiers": the parts of the total after it
            links.append(_Link(phrase, breakdown.outcome, phrase.start, phrase.end, "breakdown"))
            continue
        yearly = _year_bracket_owner(sentence, phrases[run_start[index]:run_end[index]], links) \
            if links and "(" in sentence and (phrase.head in PERSON_NOUNS or not phrase.head) else None
        if yearly is not None:
            # "killed in 2015 ..., a trend that went on into 2016 (13,000 foreign fighters and 8,000 rebels)": the
            # people counted in a year's brackets, no verb of their own, are counted as the figure before them was
            links.append(_Link(phrase, yearly.outcome, phrase.start, phrase.end, "breakdown"))
            continue
        first = phrases[run_start[index]]
        if links and phrase.head in PERSON_NOUNS and index \
                and phrases[index - 1].subset and not phrase.subset and joined[index - 1] \
                and _ADDED_AFTER_COMMA.match(sentence, max(phrases[index - 1].end, phrases[index - 1].group_end)):
            # "seven civilians were killed, including a child, as well as two fighters": more people with the
            # outcome of the group whose subsets the comma closed
            links.append(_Link(phrase, links[-1].outcome, phrase.start, phrase.end, "listed"))
            continue
        if links and phrase.head in PERSON_NOUNS and (
                (links[-1].kind == "passive" and _LIST_AFTER_VERB.fullmatch(sentence, links[-1].end, first.start))
                or (links[-1].kind == "listed" and index and joined[index - 1]
                    and links[-1].phrase is phrases[index - 1])):
            # "616 rebels were killed, as well as 91 militiamen and 96 soldiers": the list shares the verb.
            links.append(_Link(phrase, links[-1].outcome, phrase.start, phrase.end, "listed"))
            continue
        if links and not phrase.head and "of " in sentence[phrase.end:phrase.end + 5]:
            manner = _PARTITIVE_MANNER.match(sentence, phrase.end)
            if manner and _BREAKDOWN_GAP.fullmatch(sentence, links[-1].end, phrase.start):
                # "more than 900 people were wounded, 175 of them seriously": a subset of the people counted just
                # before, with their outcome and only how badly
                phrase.subset = True
                links.append(_Link(phrase, links[-1].outcome, phrase.start, manner.end(), "subset"))
                continue
        manner = _MANNER_ONLY.match(sentence, phrase.end) if links and not phrase.head \
            and links[-1].outcome == "wounded" else None
        if manner and _MANNER_GAP.fullmatch(sentence, links[-1].end, phrase.start):
            # "eight fighters were wounded, some critically": a subset of the wounded just counted, only how badly
            phrase.subset = True
            links.append(_Link(phrase, "wounded", phrase.start, manner.end(), "subset"))
            continue
        along = _VERB_ALONG.search(sentence, max(0, first.start - 60), first.start) \
            if phrase.head in PERSON_NOUNS and " with " in sentence[max(0, first.start - 21):first.start] else None
        if along:
            # "X was killed along with three other men": the people after the verb share it (the people before
            # it are a name, which gives no figure to list with)
            for outcome in _outcomes(along["verb"], "", _AFTER_VERBS):
                links.append(_Link(phrase, outcome, phrase.start, phrase.end, "listed"))
            continue
        among_after = _AMONG_AFTER.match(sentence, phrase.end) if phrase.head in PERSON_NOUNS else None
        if among_after:
            # "Four women and three children were among the dead": each is a subset with that outcome.
            word = among_after["verb"].lower()
            phrase.subset = True
            links.append(_Link(phrase, OUTCOME_NOUNS.get(word) or PARTICIPLES.get(word) or "killed",
                               phrase.start, phrase.end, "subset"))
            continue
        among_count = _AMONG_COUNTED.match(sentence, phrase.end) \
            if phrase.head in PERSON_NOUNS and " among " in sentence[phrase.end:phrase.end + 14] else None
        if among_count and (PARTICIPLES.get(among_count["verb"].lower()) or OUTCOME_NOUNS.get(among_count["verb"].lower())):
            # "At least eight civilians among 15 people have been killed", "three soldiers were among 20 people
            # wounded": a subset of a counted whole, with the whole's outcome
            word = among_count["verb"].lower()
            phrase.subset = True
            links.append(_Link(phrase, PARTICIPLES.get(word) or OUTCOME_NOUNS[word], phrase.start, phrase.end,
                               "subset"))
            continue
        forced = _TO_VERB.match(sentence, phrase.end)
        verb_word = (forced["verb"] or "flee").lower() if forced else ""
        if forced and verb_word in INTRANSITIVES \
                and _FORCED_BEFORE.search(sentence, max(0, phrase.start - 16), phrase.start):
            # "forcing tens of thousands to flee", "sent 5,000 people fleeing": the people are displaced
            links.append(_Link(phrase, INTRANSITIVES[verb_word], phrase.start, forced.end(), "active"))
            continue
        shared = _LIST_THEN_VERB.match(sentence, phrase.end) if phrase.head in PERSON_NOUNS else None
        if shared and shared["verb"].lower() in PARTICIPLES and not any(
                w in PERSON_NOUNS for w in re.findall(r"[\w'’-]+", shared["items"].lower())) \
                and not _PARTITIVE_RELATIVE.search(shared["items"]):
            # ("572 personnel, one of which was killed": the verb is the part's, not a list's)
            # "Some 2,200 troops, a drone, eight helicopters and 103 tanks have been neutralised": the people
            # share the verb of a list of equipment after them.
            links.append(_Link(phrase, PARTICIPLES[shared["verb"].lower()], phrase.start, phrase.end, "passive"))
            continue
        # ("Among the dead were a medic's wife and three children": every item of the list after it)
        first = phrases[run_start[index]].start
        among = _AMONG_THOSE.search(sentence[max(0, first - 120):first]) \
            if "mong" in sentence[max(0, first - 120):first] else None
        if among:
            # "Among those injured were twelve tourists", "among the dead, two were children": a subset.
            word = among["verb"].lower()
            phrase.subset = True
            links.append(_Link(phrase, OUTCOME_NOUNS.get(word) or PARTICIPLES.get(word) or "killed",
                               phrase.start - len(among.group()) if first == phrase.start else phrase.start,
                               phrase.end, "subset"))
            continue
        hostage = _HOSTAGE_AFTER.match(sentence, phrase.end)
        if hostage and phrase.head in PERSON_NOUNS and _HOSTAGE_VERB.search(sentence, max(0, phrase.start - 30),
                                                                             phrase.start):
            links.append(_Link(phrase, "captured", phrase.start, hostage.end(), "active"))
            continue
        of_the = _OF_THE_CASUALTIES.match(sentence, phrase.end)
        if of_the and not phrase.head:
            # "three of the injured had light wounds", "two of the dead were children": a subset, its outcome named.
            described = _WERE_PEOPLE.match(sentence, of_the.end())
            if described:
                *phrase.modifiers, phrase.head = described["who"].lower().split()  # "16 of the dead were soldiers"
            verb = _PASSIVE.match(sentence, of_the.end())
            outcome = _outcomes(verb["verb"], verb["more"], {**PARTICIPLES, **INTRANSITIVES})[0] if verb else \
                OUTCOME_NOUNS.get(of_the["noun"].lower()) or PARTICIPLES[of_the["noun"].lower()]
            links.append(_Link(phrase, outcome, phrase.start, verb.end() if verb else of_the.end(), "noun"))
            continue
        described = next((PARTICIPLES[m] for m in phrase.modifiers if PARTICIPLES.get(m) in ("killed", "wounded")), "")
        if not described and phrase.modifiers[:1] == ["captured"] and phrase.quantity.low is not None \
                and not _RELEASE_WORD.search(sentence) \
                and not _DEFINITE_BEFORE.search(sentence, max(0, phrase.start - 8), phrase.start):
            # "an interview with a captured mercenary", "a video of two captured soldiers": people held, with no verb
            # of their own (captives freed or swapped are no casualty, "the three captured journalists" were counted
            # before; "executed a captured soldier" is read above)
            described = "captured"
        if described and phrase.head in PERSON_NOUNS:
            # "evacuated 30 injured people": with no verb of its own, the adjective is the outcome.
            links.append(_Link(phrase, described, phrase.start, phrase.end, "noun"))
            continue
        stock = _STOCK.search(sentence[max(0, phrase.start - 40):phrase.start])
        hosted = stock is not None and not re.match(r"for|with", stock.group(), re.IGNORECASE) \
            and phrase.head in PERSON_NOUNS
        if (hosted or phrase.head in ("refugees", "idps", "asylum-seekers", "asylum seekers")
                or "displaced" in phrase.modifiers) and not _PLAN.search(sentence[max(0, phrase.start - 60):phrase.end + 40]):
            # A stock of refugees or displaced people ("hosts 3.6 million refugees", "300,000 displaced people").
            start = phrase.start - 40 + stock.start() if stock and phrase.start >= 40 else \
                (stock.start() if stock else phrase.start)
            links.append(_Link(phrase, "displaced", max(0, start), phrase.end, "stock"))
    if count > 2 and links:
        _place_parts(sentence, phrases, links)
    if count > 1 and links:
        _counts_confirmed(sentence, phrases, links)
        _appositive_parts(sentence, phrases, links)
        _gapped_last_item(sentence, phrases, links)
    # "captured three more" is as often towns as people: a bare continuing word counts only the killed and wounded.
    # ("the driver fled": one person getting away, never a displacement)
    # ("millions more were displaced", "displacing thousands more": the word "displaced" itself names people uprooted,
    # as "forced millions more to flee" does)
    return [lk for lk in links if not (lk.phrase.head in CONTINUING_WORDS and lk.outcome in ("captured", "displaced")
                                       and not (lk.outcome == "displaced"
                                                and ("displac" in sentence[lk.start:lk.end + 1].lower()
                                                     or _FORCED_BEFORE.search(sentence, max(0, lk.phrase.start - 16),
                                                                              lk.phrase.start))))
            and not (lk.outcome == "displaced" and lk.phrase.quantity.text.lower().startswith(("the", "its", "their")))
            # "could send 800,000 people fleeing", "potentially displacing hundreds of thousands": a forecast in the
            # figure's own clause ("94,000 have returned, while 100,000 are still displaced" is a count)
            and not (lk.outcome == "displaced" and _PLAN.search(_clause_before(sentence, lk)))]


# "Eleven soldiers were killed, seven in Saraqib, three in Binnish and one in Taftanaz": bare counts, each with its place,
# that add up to the total just given are its parts (the noun and the verb left out)
_PART_FIRST_GAP = re.compile(r"(?:\s+[^,.;:]{1,40}?)?\s*,\s*")
_PART_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_PART_PLACE = re.compile(r"\s+(?:in|at|near|on|from|around|inside|outside)\s+(?:the\s+)?"
                         # ("six in the village of Sartana": the kind of place, then its name)
                         r"(?:(?:" + _words_pattern(V["place_noun"]) + r")\s+of\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|of|ash-[\w'’-]+|as-[\w'’-]+))*")


def _place_parts(sentence: str, phrases: list[_Victims], links: list[_Link]) -> None:
    linked = {id(lk.phrase) for lk in links}
    starts = [phrase.start for phrase in phrases]  # (in order: the phrases after a total are found by bisection, not
    # by reading every phrase again for every total, which took a sentence of thousands of figures its square)
    for owner in [lk for lk in links if lk.kind in ("passive", "active")]:
        total = owner.phrase.quantity
        if total.low is None or total.low != total.high:
            continue
        parts, at, ends = [], owner.end, []
        for index in range(bisect.bisect_left(starts, at), len(phrases)):
            phrase = phrases[index]
            if phrase.start < at:
                continue  # (inside the place of the part before it)
            if id(phrase) in linked or phrase.head or phrase.quantity.low is None \
                    or phrase.quantity.low != phrase.quantity.high:
                break
            gap = _PART_FIRST_GAP if not parts else _PART_GAP
            place = _PART_PLACE.match(sentence, phrase.end) if gap.fullmatch(sentence, at, phrase.start) else None
            if place is None:
                break
            parts.append(phrase)
            ends.append(place.end())
            at = place.end()
        if len(parts) >= 2 and sum(p.quantity.low for p in parts) == total.low and sentence[at:].strip(" .") == "":
            for phrase, end in zip(parts, ends):
                phrase.subset = True
                phrase.side = _side(phrase, owner.phrase, owner.outcome)
                links.append(_Link(phrase, owner.outcome, phrase.start, end, "subset"))
            return



# "two Christians were killed in Qamishli, and one other civilian in Ras al-Ain": the sentence's last item, people and
# their place only, after "and", takes the verb of the clause before it (the verb left out)
_GAP_BEFORE_ITEM = re.compile(r"(?:" + _PART_PLACE.pattern + r")?\s*,?\s+and\s+")


def _gapped_last_item(sentence: str, phrases: list[_Victims], links: list[_Link]) -> None:
    last = phrases[-1]
    if last.head not in PERSON_NOUNS or any(lk.phrase is last for lk in links):
        return
    place = _PART_PLACE.match(sentence, last.end)
    if place is None or sentence[place.end():].strip(" .") != "":
        return
    owner = max((lk for lk in links if lk.end <= last.start), key=lambda lk: lk.end, default=None)
    if owner is None or owner.kind not in ("passive", "active") \
            or not _GAP_BEFORE_ITEM.fullmatch(sentence, owner.end, last.start):
        return
    links.append(_Link(last, owner.outcome, last.start, place.end(), "passive"))


# "the number of refugees reached 750,000, with 135,519 in Turkey; 54,000 in Iraq and about 9,000 in the rest of Iraq",
# "more than 3 million had fled to countries such as Lebanon (1.1 million), Jordan (600,000) and Turkey (800,000)": a
# figure broken down by place, each part a bare count (the noun and the verb left out; the parts need not add up)
_BY_PLACE_WITH = re.compile(r"\s*,?\s*with\s+$")
_BY_PLACE_GAP = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+")
_BY_PLACE_PLACE = re.compile(r"\s+(?:in|into)\s+(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?[A-Z][\w'’-]*"
                              r"(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|of))*")
# "hosts 130,371 refugees, compared to 114,911 in August 2016 and 122,213 in August 2017": the same count at other times
_COMPARED = re.compile(r"\s*,?\s*(?:compared\s+(?:to|with)|up\s+from|down\s+from)\s+$")
_COMPARED_TIME = re.compile(r"\s+(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+(?:(?:early|mid|late|mid-)\s*)?"
                            r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|\s+(?:a|one|the)\s+(?:year|month|week)\s+(?:before|earlier)")
_COMPARED_CLOSE = re.compile(r"\s*(?:[).;:]|,\s|$)")
_BRACKET_PART = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:such\s+as|including|like)\s+|\s+(?:to|in)\s+)"
                           r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*\($")


def _by_place_parts(sentence: str, phrases: list[_Victims], links: list[_Link]) -> None:
    linked = {id(lk.phrase) for lk in links}
    starts = [phrase.start for phrase in phrases]  # (the phrases after a figure by bisection, as in _place_parts)
    for owner in [lk for lk in links if lk.kind in ("passive", "active", "toll", "stock", "noun")]:
        parts, at, ends, bracket, compared = [], owner.phrase.end, [], False, False
        for index in range(bisect.bisect_left(starts, at), len(phrases)):
            phrase = phrases[index]
            if phrase.start < at:
                continue
            if not parts and owner.kind == "passive" and owner.phrase.end < owner.end <= phrase.start \
                    and _COMPARED.match(sentence[owner.end:phrase.start]):
                at = owner.end  # "2,746 fighters were killed compared to 5,852 rebels": after the figure's verb
            if id(phrase) in linked or phrase.quantity.low is None or (phrase.head and not (
                    not parts and phrase.head in PERSON_NOUNS and _COMPARED.match(sentence[at:phrase.start])
                    and _COMPARED_CLOSE.match(sentence, phrase.end))):
                # ("killed 2,746 fighters compared to 5,852 rebels": people named after "compared to", their
                # clause closing on them, are counted as the figure before them was)
                break
            if (compared or not parts) and (_COMPARED.match(sentence[at:phrase.start]) if not parts
                                            else _BY_PLACE_GAP.fullmatch(sentence, at, phrase.start)):
                # (each earlier count with its time, if any)
                time = _COMPARED_TIME.match(sentence, phrase.end)
                if not parts and not compared and time is None and not sentence[phrase.end:].lstrip().startswith(
                        (",", ".", ";", ")")) and sentence[phrase.end:].strip():
                    break
                compared = True
                parts.append(phrase)
                ends.append(time.end() if time else phrase.end)
                at = ends[-1]
                continue
            if compared:
                break
            if not parts and _BY_PLACE_WITH.match(sentence[at:phrase.start]):
                place = _BY_PLACE_PLACE.match(sentence, phrase.end)
            elif parts and not bracket and _BY_PLACE_GAP.fullmatch(sentence, at, phrase.start):
                place = _BY_PLACE_PLACE.match(sentence, phrase.end)
            elif (bracket or not parts) and _BRACKET_PART.search(sentence[at:phrase.start]) \
                    and sentence[at:phrase.start].count("(") == 1 and sentence.startswith(")", phrase.end):
                bracket, place = True, None
                parts.append(phrase)
                ends.append(phrase.end)
                at = phrase.end + 1
                continue
            else:
                break
            if place is None:
                break
            parts.append(phrase)
            ends.append(place.end())
            at = place.end()
        if len(parts) >= 2 or (compared and parts):
            for phrase, end in zip(parts, ends):
                phrase.subset = not phrase.head  # (people named after "compared to" are a count of their own)
                phrase.side = _side(phrase, owner.phrase, owner.outcome)
                links.append(_Link(phrase, owner.outcome, phrase.start, end, "subset"))
                linked.add(id(phrase))


# "At least 11 civilians were killed, seven children, and more than 40 people were injured": a smaller count set off
# by commas right after the verb names part of the figure before it, with its outcome (not the next verb's people)
_APPOSITION_OPEN = re.compile(r"\s*,\s*")
_APPOSITION_CLOSE = re.compile(r"\s*,\s*(?:and|while|but)\s")


def _appositive_parts(sentence: str, phrases: list[_Victims], links: list[_Link]) -> None:
    starts = [phrase.start for phrase in phrases]

    def owner_verb_after(link: _Link) -> bool:
        return link.end > max(link.phrase.end, link.phrase.group_end) and sentence[link.end - 1:link.end].isalpha()

    # (only where the verb stands between the figure and the part: "seven soldiers, one contractor, and 13 others
    # were killed" is a list)
    for owner in [lk for lk in links if lk.kind == "passive" and lk.phrase.quantity.low
                  and owner_verb_after(lk)]:
        index = bisect.bisect_left(starts, owner.end)
        if index >= len(phrases):
            continue
        part = phrases[index]
        if part.quantity.low is None or part.quantity.high is None or part.quantity.high >= owner.phrase.quantity.low \
                or part.head not in PERSON_NOUNS or not _APPOSITION_OPEN.fullmatch(sentence, owner.end, part.start) \
                or not _APPOSITION_CLOSE.match(sentence, max(part.end, part.group_end)):
            continue
        links[:] = [lk for lk in links if lk.phrase is not part]
        part.subset = True
        part.side = _side(part, owner.phrase, owner.outcome)
        links.append(_Link(part, owner.outcome, part.start, part.end, "subset"))


# "At least 17 militants were reported killed, although the militias only confirmed one", "while the rebels admitted
# six": another source's count of the same people, the noun and the verb left out, closing the sentence
_CONFIRMED_COUNT = re.compile(r"(?:,\s*|\s+)(?:although|though|while|whereas|but)\s+(?:the\s+)?[\w'’ -]{2,60}?\s+"
                              r"(?:only\s+)?(?:confirmed|acknowledged|admitted|reported|claimed)\s+(?:only\s+)?$")


def _counts_confirmed(sentence: str, phrases: list[_Victims], links: list[_Link]) -> None:
    linked = {id(lk.phrase) for lk in links}
    for phrase in phrases:
        if id(phrase) in linked or phrase.head or phrase.quantity.low is None \
                or sentence[phrase.end:].strip(" .") != "":
            continue
        owner = next((lk for lk in reversed(links) if lk.end <= phrase.start and lk.kind in ("passive", "active")), None)
        if owner is not None and _CONFIRMED_COUNT.search(sentence, owner.end, phrase.start):
            phrase.side = owner.phrase.side
            links.append(_Link(phrase, owner.outcome, phrase.start, phrase.end, "listed"))


def _clause_before(sentence: str, link: _Link) -> str:
    window = sentence[max(0, min(link.start, link.phrase.start) - 40):link.phrase.start]
    return window[window.rfind(",") + 1:]


def _toll_links(sentence: str, taken: list[tuple[int, int]]) -> list[_Link]:
    """Tolls and totals ("the toll among Turkish troops rose to 33", "the number of displaced people exceeds
    300,000", "brought the total number of Turkish soldiers killed to four"): the figure has no noun after it."""
    found = []
    quantities = None
    if sentence.isascii():
        lowered = sentence.lower()  # (once: not once per word tried)
        if not any(word in lowered for word in _TOLL_FIRST_WORDS):
            return found  # (a substring test first: most sentences name no toll; exact for ASCII, as _TOLL is Folded)
    for match in _TOLL.finditer(sentence):
        if quantities is None:
            quantities = _sentence_quantities(sentence)
        starts = [q.start for q in quantities]
        index = bisect.bisect_left(starts, match.start("verb"))
        if index >= len(quantities) or (quantities[index].start > match.end() + 2 and not _REPLACED_COUNT.fullmatch(
                sentence, match.end(), quantities[index].start)):
            continue  # ("the toll rose from 11 to 21": the count it replaced stands between, see explainer/numbers.py)
        quantity = quantities[index]
        if any(s <= quantity.start < e for s, e in taken) or not quantity.plausible:
            continue
        who = match["who"]
        word = match["word"].lower()
        if match["verb"] == "of" and ("toll" not in word or who.strip()):
            continue  # ("a total of 23 joint patrols", "the number of 300 villages": only a toll gives its figure so)
        if word in ("number", "total", "count", "tally", "figure") and who.lstrip().lower().startswith("of "):
            counted = [w.strip('“”"‘’') for w in who.lower().split()[1:]]  # ('terrorists Turkey has “neutralized”')
            verb_at = next((i for i, w in enumerate(counted) if _OUTCOME_IN.fullmatch(w)), None)
            # ("the number of those killed was updated to 40": 'those' are people)
            # ("the number of Azerbaijani dead at 20": one name of origin before the outcome names whose people)
            origin = verb_at == 1 and sentence[match.start("who"):match.end("who")].split()[1][:1].isupper()
            if verb_at and not origin and not any(w in PERSON_NOUNS or w == "those" or _side_of_words(w)
                                                  for w in counted[:verb_at]):
                continue  # "the number of villages captured had risen to nine": things counted, not people
        if word in ("figure", "figures") and not _OUTCOME_IN.search(who):
            # "the displaced figure had risen to 100,000": the outcome is the word before the figure
            before_figure = re.search(r"([\w'’-]+)\s+$", sentence[max(0, match.start() - 30):match.start()])
            who = (before_figure.group(1) + " " + who) if before_figure else who
        outcome_word = _OUTCOME_IN.search(who)
        if outcome_word:
            text = re.sub(r"\s+", " ", outcome_word.group().lower())
            outcome = {**NOMINALS, **INTRANSITIVES, **OUTCOME_NOUNS, **PARTICIPLES}.get(text, "killed")
        elif "toll" in word or "toll" in who.lower():
            outcome = "killed"
        elif word in OUTCOME_NOUNS:
            outcome = OUTCOME_NOUNS[word]  # "rebel fatalities had reached 100": the toll word names the outcome
        elif V["toll_word"].get(word):
            outcome = V["toll_word"][word]  # "the casualty figure for the army was 314": its row names the outcome
        elif re.search(r"\b(?:refugees?|displaced)\b", who if word != "population" else
                       sentence[max(0, match.start() - 30):match.end("who")], re.IGNORECASE):
            # ("the population of the refugee camp", "the refugee camp population": a camp's people, the words
            # before the toll word included)
            outcome = "displaced"
        elif sentence.endswith(("that ", "this ", "That ", "This "), 0, match.start()) \
                and (earlier := list(_OUTCOME_IN.finditer(sentence, 0, match.start()))):
            # "at least 137 bodies were recovered, but by 27 March, that number had risen to 531": the count before
            text = re.sub(r"\s+", " ", earlier[-1].group().lower())
            outcome = {**NOMINALS, **INTRANSITIVES, **OUTCOME_NOUNS, **PARTICIPLES}.get(text, "killed")
        else:
            continue  # "a total of 23 joint patrols": a total, but not of people
        if match["verb"] == "as" and _noun_phrase(sentence, quantity) is None:
            continue  # "heavy casualties as 40 rockets hit the town": the figure counts things, not people
        # "the number of soldiers captured by the rebels": the agent after 'by' is not whose people they are
        # ("the number of terrorists Turkey has neutralized": the subject of the clause after the people likewise)
        words = [w.lower() for w in re.findall(r"[\w'’-]+", _TOLL_AGENT.split(who, maxsplit=1)[0]
                                               if outcome_word else who)]
        before = re.search(r"([\w'’-]+)\s+$", sentence[max(0, match.start() - 30):match.start()])
        if before and _side_of_words(before.group(1)):
            words.insert(0, before.group(1).lower())  # "rebel casualties had reached 70": whose, before the word
        head = next((w for w in reversed(words) if w in PERSON_NOUNS), "")
        own = _noun_phrase(sentence, quantity) if not head else None
        if own is not None and own.head in PERSON_NOUNS:
            # "the death toll included three children": the people counted are named after the figure
            head, words = own.head, words + own.modifiers
        before = _WORDS_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
        if before:  # "rebel fatalities numbered 490", "the civilian death toll rose to 30": whose toll it is
            words = before.group().lower().split() + words
        phrase = _Victims(quantity, quantity.start, quantity.end, head, words)
        phrase.side = _side(phrase, None, outcome)
        start = sentence.lower().rfind("the ", max(0, match.start() - 12), match.start())
        found.append(_Link(phrase, outcome, start if start >= 0 else match.start(), quantity.end, "toll"))
    if " to " in sentence and ("toll" in sentence or "number" in sentence):  # a cheap test first
        for match in _TOLL_FIGURE_FIRST.finditer(sentence):
            # "..., bringing to 28 the civilian death toll": the figure before the toll it makes (wire copy's order)
            if quantities is None:
                quantities = _sentence_quantities(sentence)
            quantity = next((q for q in quantities if q.start == match.start("q")), None)
            if quantity is None or not quantity.plausible or any(s <= quantity.start < e for s, e in taken):
                continue
            words = match["who"].lower().split()
            phrase = _Victims(quantity, quantity.start, quantity.end, next((w for w in reversed(words)
                                                                            if w in PERSON_NOUNS), ""), words)
            phrase.side = _side(phrase, None, "killed")
            found.append(_Link(phrase, "killed", match.start(), match.end(), "toll"))
    return found


# A second source's figure for the same people, written with no noun and no verb of its own: "the Observatory put
# the figure at seven", "five were killed according to X, and seven according to Y", "...; according to Y, seven."
_PUT_AT = Folded(r"(?<![\w-])(?:put|puts|putting|placed|places|placing|set|sets|setting|gave|gives|giving)\s+"
                 r"(?:the|its|their|his|her)\s+(?:own\s+)?(?:figure|number|count|tally|estimate)\s+at\s+$")
_ELIDED_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|or|while|but|whereas)\s+(?:only\s+|just\s+)?$")
_ELIDED_AFTER = re.compile(r"\s*,?\s+according\s+to\s+\S")
_ELIDED_SOURCE_FIRST = re.compile(r";\s*(?:while\s+|but\s+)?according\s+to\s+[^,;.]{1,60},\s*$")
_ELIDED_END = re.compile(r"\s*(?:[.;]|$)")
# "300,000 fled. By January, this had risen to 400,000", "84 died. This number was raised to 100": the count just
# given, grown, with no noun or verb of its own (the figure of the sentence right before is its model)
_RISEN_TO = re.compile(r"(?:^|,\s*)(?:[Tt]his|[Tt]hat)\s+(?:(?:number|figure|toll|count|total)\s+)?(?:had\s+|has\s+)?"
                       r"(?:since\s+|later\s+)?(?:risen|rose|grown|grew|climbed|increased|(?:was|had\s+been)\s+"
                       r"(?:raised|revised|updated))\s+to\s+$")


def _elided_figure_links(sentence: str, links: list[_Link], state: "_State", follows_figure: bool,
                         models: dict[int, _Victims]) -> list[_Link]:
    """Figures a second source gives for the people an earlier figure counts, with no noun or verb of their own:
    each takes the outcome and the people of the figure before it in the sentence (or, after "put the figure at",
    of the last figure of the sentence just before, ``follows_figure``), its side marked as inherited for the editor. ``models``
    gets, for each new phrase, the phrase whose people it counts."""
    taken = {lk.phrase.quantity.start for lk in links}
    found: list[_Link] = []
    for quantity in _sentence_quantities(sentence):
        if quantity.start in taken or not quantity.plausible or quantity.low is None:
            continue
        before = sentence[max(0, quantity.start - 100):quantity.start]
        put_at = _PUT_AT.search(before) is not None
        elided = not put_at and (
            (_ELIDED_BEFORE.search(before) is not None and _ELIDED_AFTER.match(sentence, quantity.end) is not None)
            or (_ELIDED_SOURCE_FIRST.search(before) is not None and _ELIDED_END.match(sentence, quantity.end)))
        risen = not (put_at or elided) and follows_figure and _RISEN_TO.search(before) is not None
        if not (put_at or elided or risen):
            continue
        earlier = [lk for lk in links + found if lk.phrase.quantity.end <= quantity.start]
        if risen:
            if earlier or state.last_phrase is None or not state.last_outcome:
                continue
            model, outcome = state.last_phrase, state.last_outcome
        elif earlier:
            before = max(earlier, key=lambda lk: lk.phrase.start)
            model, outcome = before.phrase, before.outcome
        elif put_at and follows_figure and state.last_phrase is not None and state.last_outcome:
            model, outcome = state.last_phrase, state.last_outcome  # "Five soldiers died. X put the figure at 7."
        else:
            continue
        # (a bare figure: the people are the model's, whose side is read with the model's once that is known, as
        # "martyred one soldier and wounded nine" reads the nine: see ``elided_models``)
        phrase = _Victims(quantity, quantity.start, quantity.end, "", [])
        found.append(_Link(phrase, outcome, quantity.start, quantity.end, "elided"))
        models[id(phrase)] = model
    return found


# "Five soldiers were killed and as many wounded", "... and as many were injured": the figure before, once more, for
# another outcome ("as many as 20", a bound, has no participle right after "as many")
_AS_MANY = re.compile(r"\band\s+as\s+many\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:(?:seriously|"
                      r"severely|critically|badly|lightly)\s+)?(?P<verb>" + _words_pattern(PARTICIPLES) + r")\b")


def _as_many_links(sentence: str, links: list[_Link], models: dict[int, _Victims]) -> list[_Link]:
    """Figures written "as many" after a figure: the figure before it in the sentence counts as many people again, for
    the participle after it ("six soldiers were killed and as many wounded"). ``models`` gets, for each new phrase, the
    phrase whose figure and people it repeats, as an elided figure's does."""
    found: list[_Link] = []
    for match in _AS_MANY.finditer(sentence):
        earlier = [lk for lk in links if lk.phrase.quantity.end <= match.start() and lk.phrase.quantity.low is not None]
        if not earlier:
            continue
        model = max(earlier, key=lambda lk: lk.phrase.start).phrase
        outcome = PARTICIPLES[match["verb"].lower()]
        start, end = match.start() + len(match.group().split("as")[0]), match.start("verb") - 1
        quantity = Quantity(sentence[start:end].rstrip(), start, start + len(sentence[start:end].rstrip()),
                            model.quantity.low, model.quantity.high, model.quantity.qualifier)
        phrase = _Victims(quantity, quantity.start, quantity.end, "", [])
        found.append(_Link(phrase, outcome, quantity.start, match.end(), "elided"))
        models[id(phrase)] = model
    return found


_TOLL_FIGURE_FIRST = re.compile(r"\b(?:bringing|taking|raising|pushing|brought|took|raised|pushed)\s+to\s+(?P<q>[\d,]+)\s+"
                                r"the\s+(?P<who>(?:[\w'’-]+\s+){0,3}?)(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths))\b",
                                re.IGNORECASE)


# One named person killed or wounded: "Abu Hamza al-Ansari, an ISIL commander, was killed", "Sevda Çağdaş died",
# "the death of U.S. volunteer Jordan MacTaggart", "executed Hevrin Khalaf". Only outcomes that befall people (a
# town is "captured", never "killed"), and never a name the actors or places tables know.
# (of the captured, only words for people: "X was arrested"; "X was captured" is as often a town)
_PERSON_OUTCOMES = {w: o for w, o in {**PARTICIPLES, **INTRANSITIVES}.items()
                    if (o in ("killed", "wounded", "other") or w in ("arrested", "detained", "abducted", "kidnapped"))
                    and w not in ("dead", "fell", "fell victim", "hurt")}
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|an?|one)\b)[^,.;:]{0,60},"
                             r"\s*(?:[^,.;:]{0,80}\band\s+)?$", re.IGNORECASE)
# " with his top aide", " along with his driver" right after a passive outcome: one more person, named by role
_WITH_ONE_PERSON = re.compile(r"\s+(?:along\s+with|together\s+with|with)\s+(?P<who>(?:his|her)\s+[a-z][\w'’-]*\s+"
                              r"(?P<noun>[a-z]+))(?![\w'’-])")
_WITH_ONE_PERSON_BARE = re.compile(r"\s+(?:along\s+with|together\s+with|with)\s+(?P<who>(?:his|her)\s+(?P<noun>[a-z]+))(?![\w'’-])")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$")
# " and his driver": one person named by role after a named person ("X and his driver were killed")
_AND_ONE_PERSON = re.compile(r"\s+and\s+(?P<who>(?:his|her|their|the)\s+(?:[a-z][\w'’-]*\s+)?(?P<noun>[a-z]+))$")
# "23 July, ": a day of a month before a name, not a count of the people named
_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\b\.?\s*(?:\d{4})?\s*,",
                        re.IGNORECASE)


# A day written month first or a year, then the comma that ends it: "On June 13, X", "On October 16, 2019, X", "In 2015, X"
_DATE_NUMBER_FIRST = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*(?P<year>\d{4}))?|(?P<bare_year>(?:19|20)\d\d))\s*,")
_MONTH_JUST_BEFORE = re.compile(r"(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\.?\s+$", re.IGNORECASE)


def _counted_before(text: str, start: int) -> bool:
    """Whether a count of the people stands before the name at ``start`` ("On 23 July, X", "On June 13, X",
    "In 2015, X": a day or a year, no count)."""
    counted = _COUNTED_BEFORE.search(text, max(0, start - 80), start)
    if not counted or _DAY_FIRST.match(counted.group()):
        return False
    date_number = _DATE_NUMBER_FIRST.match(counted.group())
    if date_number and counted.group()[date_number.end():].strip() == "" and (
            date_number["bare_year"] or _MONTH_JUST_BEFORE.search(text, max(0, counted.start() - 12), counted.start())):
        return False
    return True


_PERSON_VERB = Folded(r"(?<![\w-])(?P<verb>" + _words_pattern(_PERSON_OUTCOMES) + r")(?![\w-])")  # verbs read lower-cased
# What may stand between a name and its verb, read backwards from the verb (anchored at the verb).
# (an apposition may hold a relative clause: "X, an ISIL commander who was linked to the Paris attacks, was killed";
# "was reported to have been killed" is the text's hedge, not another verb)
# ("X, editor of Newsweekly (a local paper) and a former councillor, was shot": a bracketed aside inside it)
# ("X ejected but was arrested", "X ejected, and was killed": a first verb of the person's own, then the outcome)
_HURT_BEFORE = re.compile(r"\s*who\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>injured|wounded)(?![\w-])")
# ("Major X (b. 1984), who was killed": a bracketed aside after the name, before ", who")
# ("with General X, the director of the unit, being killed": a participle clause's "being", as "was")
_NAMED_BEFORE_VERB = re.compile(r"(?:,\s*(?P<apposition>(?:[^,;:()]|\([^(),;:]{1,60}\)){3,150}),)?"
                                # ("commander X, was killed": a stray comma before the auxiliary, no apposition)
                                r"(?:\s*\([^(),;:]{1,30}\))?(?:,\s*who|,(?=\s+(?:was|were|had\s+been|has\s+been)\s))?"
                                r"(?:\s+(?:ejected|bailed\s+out|escaped|fled|survived|landed|surrendered)(?:\s+safely)?\s*,?\s+"
                                r"(?:and|but)(?:\s+then|\s+later)?)?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|being|"
                                r"have\s+been|(?:was|were)\s+(?:reported|said|believed|thought)\s+to\s+have\s+been|"
                                # ("X has also been reported as killed": the text's hedge, as "reported to have been")
                                r"(?:(?:has|have|had)\s+(?:also\s+)?been|was|were)\s+(?:also\s+)?reported\s+as)\s+)?"
                                # ("X was captured by the rebels and later executed": captured, then killed, a row each)
                                r"(?:(?P<first>captured|arrested|abducted|kidnapped|detained)(?:\s+by\s+[^,.;:]{1,40}?)?"
                                r"\s+and\s+)?"
                                r"(?:(?:also|reportedly|later|allegedly|then|subsequently|eventually|finally|fatally|"
                                r"seriously|severely|confirmed|summarily)\s+)*$", re.IGNORECASE)
# (the present tense of timelines and headlines too: "3 April – A drone strike kills senior commander X")
_NAMED_ACTIVE = Folded(r"(?<![\w-])(?:(?P<verb>killed|kills|kill|killing|executed|execute|executing|"
                       r"assassinated|assassinate|beheaded|behead|beheading|"
                       # "Syrian authorities detained Major general X": a named person captured (held-out round 44)
                       r"detained|arrested|abducted|kidnapped|captured|capturing|wounded|injured)|(?:the\s+)?(?P<noun>death|killing|"
                       r"execution|assassination)\s+of)\s+")
# A noun of intent before "to" and the verb: "a raid to kill X", "an operation to capture Y", "a plot to assassinate Z"
_PURPOSE_BEFORE = re.compile(r"\b(?:raid|raids|operation|operations|mission|plan|plans|plot|plots|attempt|attempts|bid|"
                             r"effort|efforts|order|orders|campaign|conspiracy|intent|intention)\s+to\s+$", re.IGNORECASE)
# Every match of _NAMED_ACTIVE holds one of these (keep them in step): a sentence with none is not searched.
_NAMED_ACTIVE_NEEDS = ("kill", "execut", "assassinat", "behead", "death", "detained", "arrested", "abducted", "kidnapped",
                       "captur", "wounded", "injured")
_NAMED_CAPTURES = {"detained": "captured", "arrested": "captured", "abducted": "captured", "kidnapped": "captured",
                   "captured": "captured",
                   "capturing": "captured"}
# "X of the Revolutionary Guards was killed": the "of" before a body's name after a person's
_OF_GROUP_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?(?P<group>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)$")
# A capture before the verb that names the person: "kidnapped and executed X", "kidnapping and killing X"
_CAPTURE_AND_BEFORE = re.compile(r"(?<![\w-])(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|"
                                 r"captur(?:ed|ing))\s+and\s+$", re.IGNORECASE)
# ("captured" takes towns as often as people: a name after it counts only behind a word for a person, "captured
# French ISIL leader X", "captured Colonel X")
_CAPTURE_VERBS = ("captured", "capturing")
# Ranks before a name ("Major General", "Lt. Col."), with the titles the vocabulary lists
_RANKS = set(V["title_word"]) | {"major", "lieutenant", "captain", "brigadier", "sergeant", "private", "corporal",
                                 "maj", "lt", "gen", "col", "capt", "brig", "sgt", "cpl", "pvt"}
_NAMED_SUBSET_VERB = re.compile(r"\s*,\s*(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<verb>"
                                + _words_pattern(PARTICIPLES) + r")(?![\w-])", re.IGNORECASE)
_NAMED_SUBSET = re.compile(r"(?:,\s+including|\b[Aa]mong\s+the\s+(?P<among>dead|killed|wounded|injured)\s+(?:was|were))\s+")
# A role after a ranked name whose closing comma the text left out, up to the verb's auxiliary: ", deputy commander of
# the 4th Battalion" (lower case first, so a clause or a place with its own capital is not read as one)
# (a noun phrase only: a clause after the name, "Except for Sgt. X, no evidence has surfaced that ... were killed", is none)
_UNCLOSED_ROLE = re.compile(r",\s*(?P<apposition>(?:the\s+|a\s+)?[a-z](?:(?!\b(?:that|which|who|whom|has|have|had|is|"
                            r"are|was|were|and|but|it|its|no|not|said|says)\b)[^,;:()]){2,150})$")


def _ranked(text: str, named: tuple[int, str]) -> bool:
    """Whether a rank opens the name or stands right before it ("Colonel X", "Lt. Col. X", "Major General X")."""
    words = text[max(0, named[0] - 25):named[0]].split()[-1:] + named[1].split()[:1]
    return any(word.strip(".,").lower() in _RANKS for word in words)


_NAME_TOKEN = re.compile(r"(?:['‘ʿ]?[^\W\d_][\w'’‘-]*|al-[\w'’‘-]+|bin|ibn|el-[\w'’‘-]+)$")
_PARTICLES = ("bin", "ibn", "al", "el", "bint")  # "Abd al Rahman al Tamimi": lower-case particles inside a name
_NOT_NAMES = {"the", "a", "an", "on", "in", "at", "by", "later", "however", "meanwhile", "also", "then", "after",
              "before", "during", "when", "while", "his", "her", "their", "its", "this", "that", "he", "she", "it",
              "they", "according", "since", "and", "but", "or", "of", "to", "with", "from", "who", "which", "as"}
_NATIONALITIES = {"turkish", "turkey's", "turkey", "syrian", "russian", "russia's", "iranian", "iran's"}


# The word a text ends with (no space after it), read as the first word of the text reversed: a search for
# r"[\w.'’-]+$" tries every position of the window (ten times slower); the same word either way.
_LAST_WORD_REVERSED = re.compile(r"[\w.'’‘ʿ-]+")


def _name_word(word: str) -> bool:
    # ("Mahmoud ‘Azazi", "Abu 'Umar": a transliterated ayn before the capital)
    return bool(_NAME_TOKEN.match(word) and (word.lstrip("'‘ʿ")[:1].isupper() or word.startswith(("al-", "el-"))
                                             or word in _PARTICLES)) and word.lower() not in _NOT_NAMES


def _name_before(text: str, end: int) -> tuple[int, str] | None:
    """The personal name ending at ``end``: two to five capitalised words (particles such as al- allowed)."""
    offset = max(0, end - 80)
    # The word right before ``end`` first: it is seldom part of a name, and then no other word need be read.
    last = _LAST_WORD_REVERSED.match(text[offset:end].rstrip()[::-1])
    if last is None or not _name_word(last.group()[::-1].rstrip(".")):
        return None
    tokens = list(re.finditer(r"[\w.'’‘ʿ-]+", text[offset:end]))
    if not tokens or text[offset + tokens[-1].end():end].strip():
        return None
    kept = []
    for token in reversed(tokens):
        if not _name_word(token.group().rstrip(".")):
            break
        if kept and text[offset + token.end():offset + kept[-1].start()].strip():
            break  # "On 23 July, Darioush Rezaeinejad was killed": a comma ends the name
        kept.append(token)
        if len(kept) == 5:
            break
    kept.reverse()
    while kept and (kept[0].group().lower() in _NOT_NAMES or kept[0].group().lower() in MONTH_WORDS):
        kept.pop(0)
    if sum(_capitalised(t.group()) for t in kept) < 2 and not (len(kept) == 1 and _FAMILY_NAME.fullmatch(kept[0].group())):
        return None
    return offset + kept[0].start(), text[offset + kept[0].start():end]


# "Al-Bilawi blew himself up": an Arabic family name with its particle is a person's name on its own (the text names
# the person in full before); a lone capitalised word is not ("Gharawi", "Monday")
_FAMILY_NAME = re.compile(r"(?:Al|El|al|el)-[A-Z][a-z]+")


# A surname alone before its verb ("Shahriari was killed", "Sergeant Walters had been executed"), after a rank or
# where the article names the person in full ("Majid Shahriari"); never a word that starts a sentence for another
# reason ("Nobody was hurt", "Everyone was killed") nor a noun for people or a side ("Soldiers", "Kurds")
_SURNAME_ALONE = re.compile(r"(?P<rank>(?:[A-Z][a-z]*\.?\s+){1,3})?(?P<name>(?:[Aa]l-|[Ee]l-)?[A-Z][a-z][\w'’-]*)$")
_NOT_SURNAMES = {"nobody", "none", "everyone", "everybody", "someone", "somebody", "one", "another", "both", "each",
                 "many", "several", "most", "some", "others", "all", "this", "that", "these", "those", "what",
                 "which", "who", "whoever", "anyone", "nothing", "everything", "it", "he", "she", "they", "we", "i",
                 "you", "also", "reportedly", "allegedly"}


def _surname_before(text: str, end: int, context: ArticleContext) -> tuple[int, str] | None:
    last = text[max(0, end - 40):end].rsplit(None, 1)[-1:]
    if not last or not last[0][:1].isupper() and not last[0].startswith(("al-", "el-")):
        return None  # (a plain test first: the word before the verb is seldom capitalised)
    match = _SURNAME_ALONE.search(text, max(0, end - 50), end)
    if match is None:
        return None
    name = match["name"]
    lowered = name.lower()
    before = text[max(0, match.start() - 20):match.start()].split()
    if before and _counts(before[-1].strip(",")):
        return None  # "2,000 Afghan had been killed": a count of people by origin, not a name
    if lowered in _NOT_SURNAMES or lowered in _NOT_NAMES or lowered in MONTH_WORDS or lowered in PERSON_NOUNS \
            or _side_of_words(name) or _counts(name):
        return None  # ("Dozens were wounded" after a headline with no full stop: a count, never a surname)
    ranks = (match["rank"] or "").split()
    if ranks and all(word.strip(".").lower() in _RANKS for word in ranks):
        return match.start("name"), name  # "Sergeant Walters": a rank names a person
    if _named_in_full(context, name):
        return match.start("name"), name  # "Majid Shahriari" named in the text: "Shahriari" is that person
    return None


def _named_in_full(context: ArticleContext, surname: str) -> bool:
    """Whether the article names someone in full with this surname ("Majid Shahriari"): read once an article and
    surname (once a verb, a page of thousands of sentences took time with its square)."""
    key = ("named in full", surname)
    found = context._sentences.get(key)
    if found is None:
        found = context._sentences[key] = re.search(r"\b[A-Z][\w'’-]+\s+" + re.escape(surname) + r"(?![\w'’-])",
                                                    context.article.text) is not None
    return found


def _capitalised(word: str) -> bool:
    """A capitalised name word, "al-Samahi" included (an Arabic family name: "Tayser al-Samahi" is two)."""
    return word.lstrip("'‘ʿ")[:1].isupper() or bool(_PARTICLE_NAME.match(word))


_PARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z]")


def _name_after(text: str, start: int) -> tuple[int, str] | None:
    """The personal name starting at ``start``: two to five capitalised words (particles such as al- allowed)."""
    kept_end, capitals = start, 0
    for token in re.finditer(r"[\w'’-]+", text[start:start + 80]):
        if text[kept_end:start + token.start()].strip():
            break
        # ("Khalid 'Aydd Ahmad": an apostrophe transliterating an Arabic letter may open a name)
        word = token.group().lstrip("'’") if token.start() else token.group()
        if not (word[:1].isupper() or word.startswith(("al-", "el-")) or word in ("bin", "ibn")) \
                or word.lower() in _NOT_NAMES:
            break
        capitals += _capitalised(word)
        kept_end = start + token.end()
    return (kept_end, text[start:kept_end]) if capitals >= 2 else None


_PLACE_PREPOSITIONS = {"on", "in", "at", "to", "near", "into", "towards", "toward", "along", "across", "outside",
                       "inside", "from"}


def _without_leading_side(named: tuple[int, str], context: ArticleContext) -> tuple[int, str]:
    """ "Russian Lieutenant General Valery Asapov", "ISIL War Minister X": the name without the side words before it,
    which describe the person (the words before a name are its descriptor), where the name alone is a person's ("the
    FSA's al-Siddiq Battalion": a possessive names whose unit it is, and the unit's name stays whole)."""
    if _a_person(named[1], context):
        return named
    start, name = named
    first = re.match(r"(\S+)\s+(\S+)", name)
    while first and len(name.split()) > 2 and _side_of_words(first[1]) and not first[1].endswith(("'s", "’s")) \
            and not _side_of_words(name[first.end(1):]):
        start, name = start + first.start(2), name[first.start(2):]
        first = re.match(r"(\S+)\s+(\S+)", name)
    return (start, name) if _a_person(name, context) else named


def _a_person(name: str, context: ArticleContext) -> bool:
    """A name that is not an actor, a place, a month or an armed group ("Syrian National Army")."""
    whole = [m for m in context.reference.actors.mentions(name) if m.start == 0 and m.end == len(name)]
    return not (whole or context.reference.places.find(name) or _side_of_words(name)
                or any(w in MONTH_WORDS for w in name.split()))


@lru_cache(maxsize=4096)
def _has_quantity(text: str) -> bool:
    """Whether a short phrase holds a number ("and militiamen", "and 30 soldiers"): phrases recur, each read once."""
    return bool(find_quantities(text))


@lru_cache(maxsize=8192)
def _counts(word: str) -> bool:
    """Whether a single word is a number ("15", "dozens"); words recur, so each is read once."""
    return bool(find_quantities(word))


def _named_pair(text: str, match, context: ArticleContext) -> list[tuple[int, int, str]]:
    """The two names of an apposition "X and Y" after a plural person noun with no count before it, or none."""
    begin, end = match.start("apposition"), match.end("apposition")
    # (the noun may have a place after it: "the archbishops of Aleppo, X and Y, were kidnapped")
    words = [w.lower().strip(",") for w in text[max(0, begin - 50):match.start()].split()[-4:]]
    if not any(w in PERSON_NOUNS and (w.endswith("s") or w == "crew") and w not in ("others", "forces") for w in words) \
            or _counted_before(text, begin):
        return []
    cut = text.rfind(" and ", begin, end)
    left_end = cut
    if text[left_end - 1:left_end] == ")":
        left_end = text.rfind("(", begin, left_end)  # "Paul (Yazigi)": a name's other form in brackets
        left_end = left_end if left_end > begin else cut
    parts = []
    for part_start, part_end in ((begin, left_end), (cut + 5, end)):
        part_end = len(text[:part_end].rstrip())
        rank = _RANKS_FIRST.match(text, part_start)
        # ("Lt. Col. Haitham Zhuneida": the name may be read with its ranks or without them)
        starts = (part_start, rank.end()) if rank else (part_start,)
        named = _name_before(text, part_end)
        if named is None and part_end < cut and _NAME_AND_OTHER.fullmatch(text, part_start, cut):
            named = (part_start, text[part_start:cut])  # "Paul (Yazigi)": a first name and the other in brackets
            part_end = cut
        if named is None or named[0] not in starts or not _a_person(named[1], context):
            return []
        parts.append((named[0], part_end, named[1]))
    return parts


_RANKS_FIRST = re.compile(r"(?:(?:Lt|Col|Capt|Maj|Gen|Brig|Sgt|Cpl|Pvt|Adm|Cmdr|Lieutenant|Colonel|Captain|Major|"
                          r"General|Brigadier|Sergeant|Corporal|Private|Admiral|Commander)\.?\s+)+")
_NAME_AND_OTHER = re.compile(r"[A-Z][\w'’-]+\s+\([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\)")


_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")
# An apposition that gives a role, not names: "a Ukrainian news producer"
_ROLE_APPOSITION = re.compile(r"(?:an?\s+\S|the\s+[a-z])")


_ROLE_WORD_BEFORE = re.compile(r"([\w-]+)\*?\s+$")


def _civilian_by_role(text: str, start: int, name: str) -> bool:
    """Whether a named person's role, the word right before the name or the name's first, is a civilian's ("American
    journalist X", "Cameraman X"), and the sentence never has them fighting ("activist X, who was fighting")."""
    if "fight" in text or " in action" in text:
        return False
    at = text.find(name, start)
    if at < 0:
        return False
    role = _ROLE_WORD_BEFORE.search(text, max(0, at - 30), at)
    return (role is not None and role.group(1).lower() in CIVILIAN_HEADS) \
        or name.split()[0].lower() in CIVILIAN_HEADS


def _named_links(text: str, context: ArticleContext, taken: list[tuple[int, int]]) -> list[_Link]:
    found = []
    subsets: set[int] = set()
    companions = " with his " in text or " with her " in text  # asked once a sentence
    for verb in _PERSON_VERB.finditer(text):
        companion = next((m for m in (_WITH_ONE_PERSON.match(text, verb.end()) if companions else None,
                                      _WITH_ONE_PERSON_BARE.match(text, verb.end()) if companions else None)
                          if m and m["noun"] in _SINGULAR_NOUNS), None)
        if companion \
                and _PASSIVE_BEFORE.search(text, max(0, verb.start() - 40), verb.start()):
            # "he was killed with his top aide", "X was killed along with his driver": one more person, named by
            # role, a row of its own (the one named or meant by the pronoun is counted, or not, by the rules below)
            found.append((companion.start("who"), companion.end("who"), verb["verb"], [], companion["who"]))
        # Verb first (a sentence holds few), then what stands before it: an auxiliary, an apposition, a name.
        window_start = max(0, verb.start() - 220)
        match = _NAMED_BEFORE_VERB.search(text, window_start, verb.start())
        if match is None:
            continue
        named = _name_before(text, match.start())
        named_first = named is not None and bool(match["apposition"]) \
            and _ROLE_APPOSITION.match(match["apposition"]) is not None
        role = ""
        definite = _AND_ONE_PERSON.search(text, window_start, match.start()) if named is None else None
        if definite and definite["noun"] in PERSON_NOUNS:
            # "Mostafa Roshan and his driver were killed": a named person and one person named by role, a row each
            first = _name_before(text, definite.start())
            if first is not None and _a_person(first[1], context) and not _counted_before(text, first[0]):
                found.append((first[0], definite.start(), verb["verb"], [], first[1]))
                found.append((definite.start("who"), verb.end(), verb["verb"], [], definite["who"]))
            continue
        if match["apposition"] and (named is None or "'s " in named[1] or "’s " in named[1]
                                    or match["apposition"].split()[0].strip(".").lower() in _RANKS
                                    or not _a_person(named[1], context)):
            # "the ISIL emir of the city, Khalil Mohameed, was killed": the name is the apposition, the role before it
            # (also after a body's name and with a rank: "the head of Syria's Air Defense, General X, died")
            alone = _name_before(text, match.end("apposition"))
            if alone is not None and any(word.strip(".").lower() not in _RANKS
                                         for word in text[match.start("apposition"):alone[0]].split()):
                alone = None  # only a whole apposition is a name ("X and Y" or a clause is not), after a rank or two
            if alone is not None:
                named = alone
                role = text[max(0, match.start() - 60):match.start()]
        if named is None and match["apposition"] and " and " in match["apposition"]:
            # "The pilots, Ali Mustafa and Sulaiman Yunes, were killed": two people named in apposition after a
            # plural noun with no count (with a count, the count is the claim), a row each
            pair = _named_pair(text, match, context)
            for name_start, name_end, name in pair:
                found.append((name_start, name_end, verb["verb"], [], name))
            if pair:
                continue
        if named is None and not match["apposition"]:
            named = _surname_before(text, match.start(), context)
        if named is None and not match["apposition"] and "," in text[window_start:match.start()]:
            unclosed = _UNCLOSED_ROLE.search(text, window_start, match.start())
            person = _name_before(text, unclosed.start()) if unclosed else None
            if person is not None and _ranked(text, person):
                # "Colonel X, deputy commander of the brigade was killed": a ranked name, then a role whose closing
                # comma the text left out; the role describes the person
                named, role = person, unclosed["apposition"]
        group = ""
        of_group = _OF_GROUP_BEFORE.search(text, max(0, match.start() - 60), match.start()) \
            if not match["apposition"] and " of " in text[max(0, match.start() - 60):match.start()] else None
        if of_group and _side_of_words(of_group["group"]):
            person = _name_before(text, of_group.start())
            person = _without_leading_side(person, context) if person is not None else None
            if person is not None and _a_person(person[1], context):
                # "General X of the Revolutionary Guards was killed": the person, then the body they served
                group, named = of_group["group"], person
        if named is not None and not group:
            named = _without_leading_side(named, context)
        if named is None or not _a_person(named[1], context):
            continue
        start = named[0]
        if _counted_before(text, start):
            continue  # "Two ISIS leaders, Ahmad al-Zawi and Ahmad al-Jughayfi, were killed": the count is the claim
        before = re.search(r"((?:[\w.'’-]+\s+){0,4})$", text[max(0, start - 60):start])
        descriptor = ((before.group(1) if before else "") + " " + (match["apposition"] or "")).lower().split()
        if role:
            descriptor = re.sub(r"[,.;:]", " ", role).lower().split()[-6:]
        descriptor += group.lower().split()
        found.append((start, verb.end(), verb["verb"], descriptor, named[1]))
        if match["first"] and verb["verb"].lower() not in _NAMED_CAPTURES:
            found.append((start, verb.end(), match["first"], descriptor, named[1]))
            subsets.add(start)  # (the same span twice: one person, two outcomes)
        hurt = _HURT_BEFORE.match(match["apposition"]) if match["apposition"] and \
            _PERSON_OUTCOMES.get(" ".join(verb["verb"].lower().split())) == "killed" else None
        if hurt:
            # "X, who was critically injured in an airstrike on 20 February, died on 3 March": wounded, then killed
            subsets.add(start)
            found.append((start, match.start("apposition") + hurt.end(), hurt["verb"], descriptor, named[1]))
        if text.endswith(" and ", 0, start) and (not match["apposition"] or named_first):
            # ("X and Y, a news producer, were killed": a role in apposition after the last name is hers alone)
            # "Omar Haddad and Samir Khalil were killed": two named people, one row each; "Rami Haddad, Samir
            # Khalil(,) and Omar Nasser were killed": each name of the list before the last, back to its first
            cut = start - 5
            for _ in range(6):
                if text[cut - 1:cut] == ",":
                    cut -= 1
                other = _name_before(text, cut)
                if other is None or not _a_person(other[1], context) or _counted_before(text, other[0]):
                    break  # (a day first is no count: "On 3 May, X, Y and Z were killed")
                found.append((other[0], cut, verb["verb"], descriptor, other[1]))
                if not text.endswith(", ", 0, other[0]):
                    break
                cut = other[0] - 2
    # (a substring test first, exact for ASCII text: most sentences hold none of the words the pattern needs)
    lowered = text.lower()
    active = not text.isascii() or any(word in lowered for word in _NAMED_ACTIVE_NEEDS)
    for match in (_NAMED_ACTIVE.finditer(text) if active else ()):
        if text.endswith(" to ", 0, match.start()) and _PURPOSE_BEFORE.search(text, max(0, match.start() - 30),
                                                                               match.start()):
            continue  # "lost during a raid to kill X": what the raid was for, not what it did
        # The name may follow a few words that describe the person: "the death of U.S. volunteer Jordan MacTaggart".
        named = None
        # ("killed Guardians of Religion Organization leaders X and Y": a group's name of up to four words and a post
        # before the name, read further than other words)
        for word in list(re.finditer(r"\S+", text[match.end():match.end() + 80]))[:7]:
            if not word.start() and word.group() in ("a", "an"):
                apposed = _ROLE_THEN_NAME.match(text, match.end())
                named = _name_after(text, apposed.end()) if apposed else None
                if named is not None and (named[0] == len(text) or text.startswith((",", ".", ";", " ("), named[0])) \
                        and apposed["noun"] not in PERSON_NOUNS:
                    # "beheaded a respected antiquarian, Khaled al-Asaad, and": one person, named after a role no
                    # person noun lists (a listed one is counted as "a" already)
                    descriptor_text = apposed.group()
                    break
                named = None
            if _counts(word.group()) or word.group().lower() in ("a", "an", "one", "and", "or"):
                # "killed 15 Manbij Military Council fighters": a count of people, not a name ("abducted and
                # executed the singer X": the name is the next verb's, which gives the capture its own row)
                break
            between = text[match.end():match.end() + word.start()]
            if word.start() and any(mark in between for mark in ',;:"“”()') and not (
                    # "wounded the battalion's commander, Colonel X": the post, a comma, then the name
                    between.count(",") == 1 and not any(mark in between for mark in ';:"“”()')
                    and all(w.lower().rstrip(".") in _RANKS for w in between.rpartition(",")[2].split())
                    and between.rpartition(",")[0].split()[-1:] != []
                    and between.rpartition(",")[0].split()[-1].lower() in PERSON_NOUNS):
                break  # 'killing civilians with "barbarity," UN chief X said': a name past a clause is the speaker
            if word.group()[:1].isupper() and (word.group().lower().rstrip(".") in _RANKS
                                               or _side_of_words(word.group())):
                continue  # "killed Russian General Andrei Simonov": a side and a rank describe the person named
            if word.group().lower() in _PLACE_PREPOSITIONS:
                break  # "were kidnapped on the road to Tell Abiad": a name after a preposition is where, not whom
            named = _name_after(text, match.end() + word.start())
            if named is not None:
                following = text[named[0]:named[0] + 40].split()[:1]
                if following and (following[0].lower() in PERSON_NOUNS or following[0].lower() in _RANKS):
                    named = None  # "killed French ISIL leader X": "French ISIL" describes the person named after
                    continue
                descriptor_text = text[match.end():match.end() + word.start()]
                break
        if named is None or not _a_person(named[1], context):
            continue
        if match["verb"] and match["verb"].lower() in _CAPTURE_VERBS and not any(
                w.strip(".,").lower() in PERSON_NOUNS or w.strip(".,").lower() in _RANKS
                for w in descriptor_text.split()):
            continue  # "captured Tal Rifaat": a place, as often as not
        apposition = re.match(r",\s*(?:an?|the)\s+([^,;:()]{3,80})", text[named[0]:])
        descriptor = (descriptor_text + " " + (apposition.group(1) if apposition else "")).lower().split()
        verb = match["verb"] or {"death": "killed", "killing": "killed", "execution": "executed",
                                 "assassination": "assassinated"}[match["noun"].lower()]
        verb = {"kill": "killed", "killing": "killed", "execute": "executed", "executing": "executed",
                "assassinate": "assassinated", "behead": "beheaded", "beheading": "beheaded"}.get(verb.lower(), verb)
        found.append((match.start(), named[0], verb, descriptor, named[1]))
        also = _AND_NAME.match(text, named[0])  # (where the first name ends)
        second = _name_after(text, also.end()) if also else None
        if second is not None and _a_person(second[1], context) and descriptor_text.strip() \
                and descriptor_text.split()[-1].lower() in PERSON_NOUNS and descriptor_text.split()[-1].endswith("s"):
            # "killed militia leaders X and Y": two people named after a plural post, a row each
            found.append((also.start(), second[0], verb, descriptor, second[1]))
        first = _CAPTURE_AND_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if first and verb.lower() not in _NAMED_CAPTURES:
            # "kidnapped and executed X", "accused of kidnapping and killing X": captured, then killed, a row each
            # (the captured row once: the capture verb may have found the name itself, "kidnapped and executed the
            # actor X")
            if not any(name == named[1] and earlier.lower() in _NAMED_CAPTURES for _, _, earlier, _, name in found):
                found.append((match.start(), named[0], "captured", descriptor, named[1]))
            subsets.add(match.start())  # (the same span twice: one person, two outcomes)
    if ", including " in text or "mong the " in text:
        # "40 soldiers were killed, including Colonel X", "Among the wounded was Major General Y": a named person
        # in a subset takes the outcome of the count before it, or the one "among" names
        for match in _NAMED_SUBSET.finditer(text):
            if match["among"]:
                verb = "killed" if match["among"].lower() in ("dead", "killed") else "wounded"
            else:
                before = [v for v in _PERSON_VERB.finditer(text, 0, match.start())]
                verb = before[-1]["verb"] if before else None
            named, skipped = None, match.end()
            for word in list(re.finditer(r"\S+", text[match.end():match.end() + 60]))[:5]:
                if (word.group()[:1].isupper() and (word.group().lower().rstrip(".") in _RANKS
                                                    or _side_of_words(word.group()))) \
                        or (verb is None and word.group() == "the"):
                    continue  # ("including the Syrian Brigadier General X, were killed")
                named = _name_after(text, match.end() + word.start())
                skipped = match.end() + word.start()
                break
            if named is None or not _a_person(named[1], context):
                continue
            if verb is None:
                # "14 soldiers, including Brigadier General X, were killed": the verb after the subset is the count's
                after = _NAMED_SUBSET_VERB.match(text, named[0])
                counted = text[max(0, match.start() - 50):match.start()].lower().replace(",", " ").split()[-4:]
                ranked = text[match.end():skipped].lower().rstrip(". ").split()
                if after is None or not (any(w in PERSON_NOUNS for w in counted)
                                         or any(w.rstrip(".") in _RANKS for w in ranked)):
                    continue  # ("three settlements, including Sheikh Barakeh, were captured": places)
                verb = after["verb"]
                subsets.add(skipped)  # (inside the count's own quote: a subset of it, no second count of it)
            descriptor = text[match.end():skipped].lower().split()
            found.append((skipped, named[0], verb, descriptor, named[1]))
    if "(" in text:
        found.extend(_death_notes(text, context))
    if " until his death" in text or " until her death" in text:
        found.extend(_commanders_until_death(text, context))
    links = []
    for start, end, verb, descriptor, name in found:
        if start not in subsets and any(s < end and start < e for s, e in taken):
            continue
        verb_key = " ".join(verb.lower().split())
        outcome = _NAMED_CAPTURES.get(verb_key) or _PERSON_OUTCOMES.get(verb_key) or TRANSITIVES[verb_key]
        side = _side_of_words(" ".join(w for w in descriptor if w not in _NATIONALITIES)) or "unspecified"
        if side == "unspecified" and _civilian_by_role(text, start, name):
            side = "civilians"  # "American journalist X was killed": a civilian by profession, as "two journalists"
        quantity = Quantity(name, start, start, 1, 1, "exact")
        phrase = _Victims(quantity, start, end, "person", descriptor)
        phrase.side = side
        taken.append((start, end))
        links.append(_Link(phrase, outcome, start, end, "named"))
    return links


# A month named with its full name and perhaps a year ("in July 2017", "(killed in May 2017)"); capitalised, so the
# verb "may" and "a march" are not months
_MONTH_NAMED = re.compile(r"\b(?P<month>" + "|".join(m.capitalize() for m in dates.MONTHS if len(m) > 3 or m == "may")
                          + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b")


def _names_another_month(text: str, day: date) -> bool:
    """Whether ``text`` names a month (and year) other than ``day``'s, as the time of what it tells (the month of a
    statement or a report is not: "The DoD announced in February that X was killed", "An investigation in May 2022
    concluded")."""
    for named in _MONTH_NAMED.finditer(text):
        before = text[max(0, named.start() - 30):named.start()].lower().split()[-2:]
        if len(before) == 2 and before[1] in ("in", "on", "of") \
                and (before[0] in V["speech_verb"] or before[0] in V["report_noun"]):
            continue
        if dates.MONTHS[named["month"].lower()] != day.month or (named["year"] and int(named["year"]) != day.year):
            return True
    return False


# "a respected antiquarian, ": a role in lower case (up to three words before its noun), then the name after a comma
_ROLE_THEN_NAME = re.compile(r"an?\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<noun>[a-z][\w'’-]*),\s+")


# A person's fate in brackets after the name, as orders of battle and lists of commanders give it: "Abu Umar al-Almani
# (killed on 25 March)", "X ( reported killed by an airstrike on 26 November)", "X (*alias* "Y", killed on 23 April
# 2017)"; "X, Y, and Z (all killed on 4 December)" gives a row for each name of the list
_DEATH_NOTE = re.compile(r"\s*\(\s*(?P<aside>[^(),]{1,40},\s*)?(?P<all>(?:all|both)\s+)?(?:(?:reportedly|reported|allegedly|"
                         r"later)\s+)?(?P<verb>" + _words_pattern(_PERSON_OUTCOMES) + r")(?![\w-])[^()]{0,80}\)")
# "led by X until his death on 10 June 2017": a commander's command ended by his death (the vocabulary's
# command_phrase words before the name: a death in command, not a life's end told in passing)
_UNTIL_DEATH = re.compile(r"\s+until\s+(?:his|her)\s+death(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
                          r"\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?")
_COMMAND_BEFORE = re.compile(r"\b(?:" + V.alternation("command_phrase") + r")\s+(?:\w+\s+)?$", re.IGNORECASE)


def _listed_names(text: str, start: int, context: ArticleContext) -> list[tuple[int, int, str]]:
    """The names of a list ending where the name at ``start`` begins ("X, Y, and Z"), nearest first."""
    names, cut = [], start
    for _ in range(8):
        joint = re.search(r"(?:,\s+and|,|\s+and)\s+$", text[max(0, cut - 8):cut])
        if joint is None:
            break
        end = max(0, cut - 8) + joint.start()
        other = _name_before(text, end)
        if other is None or not _a_person(other[1], context):
            break
        names.append((other[0], end, other[1]))
        cut = other[0]
    return names


def _death_notes(text: str, context: ArticleContext) -> list[tuple[int, int, str, list[str], str]]:
    found = []
    for note in _DEATH_NOTE.finditer(text):
        # (no count is looked for before the name: in a list, the bracket before it holds a day, "(killed on 25
        # March), X (killed on 2 April)")
        named = _name_before(text, note.start())
        if named is None or not _a_person(named[1], context):
            continue
        descriptor = re.sub(r"[,.;:]", " ", text[max(0, named[0] - 60):named[0]]).lower().split()[-6:]
        found.append((named[0], note.end(), note["verb"], descriptor, named[1]))
        if note["all"]:
            # (each earlier name's row ends with the name: rows of one span would be taken as one figure)
            for start, end, name in _listed_names(text, named[0], context):
                found.append((start, end, note["verb"], descriptor, name))
    return found


def _commanders_until_death(text: str, context: ArticleContext) -> list[tuple[int, int, str, list[str], str]]:
    found = []
    for death in _UNTIL_DEATH.finditer(text):
        named = _name_before(text, death.start())
        if named is None or not _a_person(named[1], context) \
                or not _COMMAND_BEFORE.search(text, max(0, named[0] - 40), named[0]):
            continue
        descriptor = re.sub(r"[,.;:]", " ", text[max(0, named[0] - 60):named[0]]).lower().split()[-6:]
        found.append((named[0], death.end(), "died", descriptor, named[1]))
    return found


# "Abu Layla ... was severely injured ..., and he died of his wounds two days later": a pronoun for the person named as
# wounded just before, who later died (a second row, as two outcomes of one person get)
_PRONOUN_DIED = re.compile(r"(?<![\w-])(?P<p>[Hh]e|[Ss]he)\s+(?:later\s+|subsequently\s+|eventually\s+|then\s+|also\s+)?"
                           r"(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her)\s+(?:wounds|injuries)")


def _pronoun_died(text: str, links: list[_Link], state: _State) -> list[_Link]:
    found = []
    for match in _PRONOUN_DIED.finditer(text):
        before = [lk for lk in links if lk.end <= match.start()]
        if before:
            last = max(before, key=lambda lk: lk.start)
            # (in the same sentence, one person however written: "Abu Layla, a leading commander, was injured")
            one = last.phrase.quantity.low == 1 and last.phrase.quantity.high == 1
            person = (last.phrase.quantity.text, last.outcome, last.phrase.side) if one else None
        else:
            person = state.last_named
        if person is None or person[1] not in ("wounded", "captured"):
            continue  # (a person counted as killed already, or no one named: nothing new)
        quantity = Quantity(person[0], match.start(), match.start(), 1, 1, "exact")
        phrase = _Victims(quantity, match.start(), match.end(), "person", [])
        phrase.side = person[2]
        found.append(_Link(phrase, "killed", match.start(), match.end(), "named"))
    return found


_OPENING = re.compile(r"(?:[^,;:]{1,40},\s*)?(?:the\s+)?", re.IGNORECASE)

# "..., including: Colonel X in Yaafour, Brigadier general Y in Dummar, and Z": named people in a list after the
# people counted (or described) and their outcome; a rank before a name is no part of it
_INCLUDING_AFTER = re.compile(r"[^,.;:]{0,60}?,\s*including:?\s+")
_RANK_BEFORE = re.compile(r"(?:(?:Major|Brigadier|Lieutenant|Lt\.?|Maj\.?|Brig\.?)\s+)?(?i:general|colonel|major|captain|"
                          r"lieutenant|brigadier|commander|sergeant|col\.|gen\.|capt\.)\s+"
                          # "including IRGC officer X", "including Hezbollah member X": a group's role before a name
                          r"|(?:[A-Z][\w'’-]*\s+){1,2}(?:officer|member|commander|leader|official|operative)\s+")
_AFTER_LISTED_NAME = re.compile(r"\s*(?:(?:in|from|of|near|at)\s+[^,;]*)?[.\s]*")


# A name then a speech verb, right after it or after an apposition between commas ("Omar Haddad, a local official,
# said"): the list of people before it has ended, the name is who speaks
_NAME_THEN_VERB = re.compile(r"(?:,\s+(?:an?|the)\s+[^,;.]{1,80},)?\s+(?P<verb>[a-z]+)")


def _speaks(text: str, name_end: int) -> bool:
    verb = _NAME_THEN_VERB.match(text, name_end)
    return verb is not None and SPEECH_VERBS.fullmatch(verb["verb"]) is not None


def _included_names(text: str, context: ArticleContext, links: list[_Link]) -> list[_Link]:
    found: list[_Link] = []
    taken = [(lk.start, lk.end) for lk in links]
    for link in list(links):
        if link.outcome not in ("killed", "wounded", "captured") or link.kind == "named":
            continue
        listed = _INCLUDING_AFTER.match(text, max(link.end, link.phrase.end))
        if listed is None:
            continue
        for item in re.finditer(r"(?:(?!\s+and\s)[^,;])+", text[listed.end():]):
            start = listed.end() + item.start() + re.match(r"\s*(?:and\s+)?", item.group()).end()
            rank = _RANK_BEFORE.match(text, start)
            named = _name_after(text, rank.end() if rank else start)
            item_end = listed.end() + item.end()
            if named is not None and _speaks(text, named[0]):
                break  # "killing 14, including four children, Omar Haddad, a local official, said": the speaker
            if named is None or not _AFTER_LISTED_NAME.fullmatch(text, named[0], item_end) \
                    or not _a_person(named[1], context) or any(s < named[0] and start < e for s, e in taken):
                continue  # a count ("two officers"), a clause ("who was ..."), a place after a comma, a speaker
            name_start = named[0] - len(named[1])
            phrase = _Victims(Quantity(named[1], name_start, name_start, 1, 1, "exact"), name_start, named[0],
                              "person", text[start:name_start].lower().split())
            phrase.side = link.phrase.side
            found.append(_Link(phrase, link.outcome, name_start, named[0], "named"))
            taken.append((name_start, named[0]))
    return found


# ", including Brigadier General ": between a counted group and a person named in its list (a rank at most)
_INCLUDED_IN_GROUP = re.compile(r"\s*,?\s+including\s+(?:[A-Za-z.'’-]+\s+){0,3}")
_MEMBER_OF_BODY = re.compile(r"(?:[Tt]he\s+)?[A-Z][^,;:]{1,60}?['’]s\s+(?P<name>(?:[A-Z][\w'’-]+|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn)){1,4})")
_ROUNDEL = re.compile(r"\s*(?:[*•-]\s+)?Roundel of (?:the )?(?P<who>[A-Z][\w ]{1,30}?)\.svg")
# The crew of an aircraft, and the aircraft a sentence opens on ("A Syrian Air Force L-39 was shot down ..., with both
# pilots killed", "A Turkish F-4 fighter jet crashed"): the crew is of the party the aircraft's own words name
_CREW_HEADS = {"pilot", "pilots", "copilot", "co-pilot", "crew", "crewmen", "crew members", "airmen", "airman"}
_AIRCRAFT_SUBJECT = re.compile(r"\s*(?:[^,;.]{1,40},\s*){0,2}(?P<who>(?:[Aa]n?|[Tt]he|[Tt]wo)\s[^,;:.()]{2,60}?)\s+"
                               r"(?:was|were|had\s+been|crashed|went\s+down)(?![\w-])")
# ... named as an aircraft: a word for one, an air force, or a model's designation ("Su-24", "F-4", "Mi-8")
_AIRCRAFT_WORDS = re.compile(r"(?i:\b(?:jet|aircraft|airplane|plane|helicopter|bomber|fighter|gunship|air\s+force|drone)s?\b)"
                             r"|\b[A-Z][A-Za-z]{0,3}-\d")
_AIRCREW_HEADS = {"pilot", "pilots", "copilot", "co-pilot", "crew", "crewmen", "crew members", "members", "airmen",
                  "airman", "occupants", "soldiers", "soldier", "servicemen", "serviceman", "personnel", "officers",
                  "officer", "troops"}


# Bare nouns for a state's soldiers ("56 soldiers", "troops"): whose army they are may come from the paragraph
_SOLDIER_HEADS = frozenset({"soldiers", "soldier", "troops", "servicemen", "serviceman", "conscripts"})
# An army named by a side word and a noun for armed forces: "the Syrian army", "government forces", "Turkish troops"
# ("Syrian Democratic Forces" is no match: a word stands between)
_ARMY_MENTION = re.compile(r"(?<![\w-])(?i:(?P<side>turkish|turkey['’]s|syrian|syria['’]s|russian|russia['’]s|government|"
                           r"pro-government|regime|loyalist|assad)\s+(?:army|troops|soldiers|forces|military|"
                           r"armed\s+forces|servicemen|conscripts))(?![\w-])|(?<![\w-])(?:SAA|Syrian\s+Arab\s+Army)(?![\w-])")

# A word for a nation's people ("Israeli", "Ukrainian", "Lebanese", "Iraqi"): the side table may not know it
_DEMONYM = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:i|an|ese|ish)(?![\w'’-])")


def _paragraph_army(context: ArticleContext, sentence: Sentence) -> str | None:
    """The one army the paragraph names up to the end of this sentence, or None where it names none or two, or
    names another nation's people. Read once a sentence (a sentence of thousands of bare figures asks for each)."""
    key = ("paragraph army", sentence.start)
    if key not in context._sentences:
        context._sentences[key] = _read_paragraph_army(context, sentence)
    return context._sentences[key]


def _read_paragraph_army(context: ArticleContext, sentence: Sentence) -> str | None:
    text = context.article.text
    start = max(sentence.block.start, sentence.start - 800)
    if any(word.lower() not in SIDE_WORDS for word in _DEMONYM.findall(text, start, sentence.end)):
        return None  # "one Israeli civilian ... four soldiers wounded": another nation's soldiers may be meant
    sides = set()
    for mention in _ARMY_MENTION.finditer(text, start, sentence.end):
        word = mention["side"]
        sides.add(SIDE_WORDS[word.lower().replace("’", "'")] if word else "syria_government")
    return sides.pop() if len(sides) == 1 and next(iter(sides)) in PARTIES else None


def _subject_side(context: ArticleContext, sentence: Sentence) -> str | None:
    """The side of a party that is the sentence's subject, named first ("Turkey blamed ...", "Last week, Russia
    said ..."); None when the sentence opens with anything else."""
    mentions = context.mentions_in(sentence)
    if not mentions or mentions[0].actor is None or mentions[0].actor.side not in PARTIES:
        return None
    opening = context.article.text[sentence.start:mentions[0].start]
    return mentions[0].actor.side if _OPENING.fullmatch(opening) else None


def _claimant(attribution: Attribution | None, context: ArticleContext) -> tuple[str, str, bool]:
    if attribution is None:
        return context.outlet_name, NOT_ATTRIBUTED, False
    inferred = attribution.inferred
    if "sources" in attribution.claimant.lower():
        # "a war monitor and sources said", "..., sources said": sources the text leaves unnamed are one unnamed
        # source (as "a source" and "some sources" are), never a name "sources"
        attribution = Attribution(" and ".join("unnamed source" if _BARE_SOURCES.fullmatch(part) else part
                                               for part in attribution.claimant.split(" and ")),
                                  attribution.claimant_as_written, attribution.start, attribution.inferred)
    if _GENERIC_BODY.fullmatch(attribution.claimant):
        own = _passage_body(context, attribution.claimant)
        if own is not None:
            # "the military claimed to have killed 56 insurgents" in a passage about Iraq's war: Iraq's military (an
            # identification of ours, marked as inferred)
            return own, attribution.claimant_as_written, True
    if inferred and _DEFINITE.match(attribution.claimant_as_written) and context.names_person(attribution.claimant):
        # "the Turkish president said" in an article that names "President Recep Tayyip Erdogan": a post held by one
        # person the article names is the article's own identification, not ours (a trial). A body's description
        # stays ours ("the group" may be another group; "a monitor group" may be any), as a pronoun does ("he").
        inferred = False
    return attribution.claimant, attribution.claimant_as_written, inferred


_DEFINITE = re.compile(r"(?i:the)\s")
# A source named only by a word for any state's body ("the military", "government forces", "a military spokesman"):
# the vocabulary's generic_side_word rows, alone or before "forces" or "troops"
_GENERIC_BODY = re.compile(r"(?i:(?:the\s+)?(?:" + V.alternation("generic_side_word") + r")(?:\s+(?:forces|troops))?)")


def _passage_body(context: ArticleContext, claimant: str) -> str | None:
    """The actors table's name for a generic body of the foreign nation a passage names by its adjective more often
    than it names Syria's places, people and leader ("Iraqi" and "the military": "Iraqi military"), or None where no
    one nation's body is listed."""
    key = ("passage nations",)
    if key not in context._sentences:
        text = context.article.text
        home = len(_HOME_COUNTRY.findall(text))
        nations = collections.Counter(word for word in _CAPITALISED_WORD.findall(text)
                                      if word.lower() not in SIDE_WORDS and nation_adjective(word))
        context._sentences[key] = sorted(nation for nation, count in nations.items() if count >= 2 and count > home)
    body = re.sub(r"^the\s+", "", claimant, flags=re.IGNORECASE)
    bodies = {actor.canonical for nation in context._sentences[key]
              if (actor := context.reference.actors.by_name(f"{nation} {body}")) is not None}
    return bodies.pop() if len(bodies) == 1 else None
_BARE_SOURCES = re.compile(r"(?i:sources)")


# "Among them were 8 children", "Of those, 12 were soldiers": a subset in a sentence of its own
# ("... lost 2,100 soldiers. These included 418 officers": the people just counted, named by a pronoun)
_SUBSET_OPENING = re.compile(r"(?:Among\s+(?:them|those|these)|Of\s+(?:them|those|these))\b[^.;]{0,40}?\s+(?:were|was)\s"
                             r"|(?:These|They|Those)\s+included\s")
# ("572 of these civilians were men": a partitive of the people counted before, named again)
# (never things: "Six of those villages were emptied")
_PARTITIVE_WERE = re.compile(r"\s+of\s+(?:them|(?:these|those)(?:(?:\s+[a-z-]+)?\s+(?:" + _words_pattern(PERSON_NOUNS)
                             + r"))?)\s+were\s", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_OF_WHICH = re.compile(r"\s+of\s+which\b", re.IGNORECASE)
_COUNT_AND_NOUN = re.compile(r"(?<![\w-])\d[\d,]*\s+(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[A-Za-z][\w-]*s)\b")


def _counts_things_before(scan: str, start: int, end: int) -> bool:
    """Whether the last count between ``start`` and ``end`` counts things ("16 helicopters"), not people or days."""
    last = None
    for last in _COUNT_AND_NOUN.finditer(scan, start, end):
        pass
    return last is not None and last["noun"].lower() not in PERSON_NOUNS
# "N were attributable to", "N were caused by", "N were blamed on": a bare count of the last figure's people by cause
_BLAMED_WERE = re.compile(r"\s*[,—–]?\s+(?:were|was)\s+(?:\w+ly\s+)?(?:attributable\s+to|attributed\s+to|caused\s+by|"
                          r"blamed\s+on)\s")
# "..., 213 were women": a bare count and "were" and a noun for people, after a subset in the same sentence
_LISTED_SUBSET = re.compile(r"\s+were\s+(?:" + _words_pattern(PERSON_NOUNS) + r")(?![\w-])", re.IGNORECASE)
_OF_A_THING = re.compile(r"\s+of\s+(?:its|their|his|her|the)\s+(?!own\b)[a-z]")


@dataclass
class _State:
    """What carries from one sentence to the next.

    The day and the speaker a sentence with no outcome word carries on are read only when a later sentence asks
    for them (most are never asked: see :func:`_carry_only`); reading ``current_day`` or ``last_speaker`` first
    works out, in text order, what the sentences waiting since the last answer would have set.
    """

    _day: object = None
    year_hint: int | None = None
    _speaker: Attribution | None = None
    last_phrase: _Victims | None = None
    last_heads: dict = field(default_factory=dict)  # the last figure sentence's people by noun, with a party side
    last_outcome: str | None = None  # the outcome of the last figure: "Among them were 8 children" takes it
    last_named: tuple | None = None  # (as written, outcome, side) of the last casualty if one person: "he died of his wounds"
    section_side: str | None = None  # the one party the last heading names ("## Islamic State of Iraq and the Levant")
    claims: list = field(default_factory=list)
    # The text's dates never name its publication year but name others: a day given no year is flagged for review
    other_years_only: bool = False
    _day_yearless: bool = False  # the day carried on was written with a month but no year ("3 October")
    spoken: list = field(default_factory=list)  # (start, end, claimant) of each sentence that gave claims
    _waiting_days: list = field(default_factory=list)  # (context, sentence, year_hint) not read yet, in text order
    _waiting_speakers: list = field(default_factory=list)  # (context, sentence) not read yet, in text order
    _officer_waits: bool = False  # one of them has the three commas an officer's registration needs (see settle)
    _incident_day: str = ""  # the event date of the last incident claim among the first _claims_read claims
    _claims_read: int = 0

    def last_incident_day(self) -> str:
        """The day (ISO, or '') of the last claim of one incident so far: claims are read once, not once per
        paragraph that refers back to the incident."""
        for claim in self.claims[self._claims_read:]:
            if claim.scope == "incident":
                self._incident_day = claim.event_date
        self._claims_read = len(self.claims)
        return self._incident_day

    def _settle_day(self) -> None:
        # The last waiting sentence that names a day (a target date aside) sets it; asked from the last one back.
        waiting, self._waiting_days = self._waiting_days, []
        for context, sentence, year_hint in reversed(waiting):
            mentions = day_of(sentence, context, year_hint)
            if mentions and _carry_day(sentence.text, mentions, self):
                return

    @property
    def current_day(self):
        if self._waiting_days:
            self._settle_day()
        return self._day

    @current_day.setter
    def current_day(self, value) -> None:
        self._waiting_days = []  # a day set here overrides whatever the sentences before would have set
        self._day = value

    @property
    def current_day_yearless(self) -> bool:
        if self._waiting_days:
            self._settle_day()
        return self._day_yearless

    @current_day_yearless.setter
    def current_day_yearless(self, value: bool) -> None:
        self._waiting_days = []
        self._day_yearless = value

    @property
    def last_speaker(self) -> Attribution | None:
        if self._waiting_speakers:
            # In text order: each speaker may be read from the one before ("He said").
            waiting, self._waiting_speakers, self._officer_waits = self._waiting_speakers, [], False
            for context, sentence in waiting:
                if context.may_speak(sentence):
                    speaker = attribute(context, sentence, sentence.start, self._speaker)
                    if speaker is not None:
                        self._speaker = speaker
        return self._speaker

    @last_speaker.setter
    def last_speaker(self, value: Attribution | None) -> None:
        if self._officer_waiting():
            self.last_speaker  # (the waiting sentences are read first: reading them registers officers, see text.py)
        # Otherwise what they would have set is overridden here, unread (see speaker_for)
        self._waiting_speakers, self._officer_waits = [], False
        self._speaker = value

    def wait_for_speaker(self, context: ArticleContext, sentence: Sentence) -> None:
        """A sentence whose speaker is worked out only if a later one asks (see :func:`_carry_only`)."""
        self._waiting_speakers.append((context, sentence))
        if sentence.text.count(",") >= 3:
            self._officer_waits = True  # (kept as a flag: asking the whole list each time grew with its square)

    def _officer_waiting(self) -> bool:
        return self._officer_waits

    def speaker_later(self, context: ArticleContext, sentence: Sentence) -> None:
        """A sentence that gives no claim carries its speaker on: worked out only if a later sentence asks."""
        if context.may_speak(sentence):
            self.wait_for_speaker(context, sentence)

    def speaker_for(self, sentence: Sentence, ask):
        """``ask(last_speaker)``, without working out the last speaker when the answer does not need it.

        Asked with :data:`explainer.text.UNREAD` first: an attribution that names its own speaker ("X said") never
        reads it, and the sentences waiting since the last answer (see :func:`_carry_only`) are then never read if
        a later speaker overrides them. Only where neither this sentence nor a waiting one can register an officer
        (the rule needs three commas: ", Name, title, said"), so every officer is known, in text order, as before.
        """
        if self._waiting_speakers and sentence.text.count(",") < 3 and not self._officer_waiting():
            try:
                return ask(UNREAD)
            except SpeakerNeeded:
                pass  # (the answer reads the last speaker: worked out below, as always)
        return ask(self.last_speaker)

    def settle(self) -> None:
        """Read what no later sentence asked for where it can still matter: a speaker read in passing registers an
        officer (", Oleg Petrov, deputy chief of X, said") whom later attributions, the deployments' included, know."""
        if self._officer_waiting():
            self.last_speaker  # (the officer rule needs three commas: ", Name, title, said")


# A parenthesis between a pair of dashes ("12 civilians -- including seven children -- were killed") reads like one
# between commas. Same length, so offsets into the sentence stay true; only sentences with two such dashes.
_HYPHEN_PAIR = re.compile(r"(?<=[^\d\s])\s-\s(?!\d)(?P<inside>[^–—\n]{1,80}?)(?<![\d\s])\s-\s(?!\d)")
_DASH_PAIR = re.compile(r"\s(?:--|[–—])\s(?P<inside>[^–—]{1,80}?)\s(?:--|[–—])\s")


_COUNTERFACTUAL = re.compile(r"\b(?:could|would|might)\s+have\s+(?:\w+ly\s+)?[a-z]+\s+(?:[\w'’-]+\s+){0,2}$")


def _victim_text(text: str, phrase: _Victims) -> str:
    """The people as written; for a part of a larger figure with how badly it was hurt ("one of them seriously")."""
    degree = _PART_DEGREE.match(text, phrase.end) if phrase.subset and "of " in text[phrase.end:phrase.end + 4] \
        else None
    return text[phrase.start:degree.end() if degree else phrase.end]


def _dashes_as_commas(text: str) -> str:
    if " - " in text and text.count(" - ") >= 2:
        # '109 "terrorists" - a term he uses for the YPG - had been killed': scraped copy types its dashes as
        # hyphens between spaces (never a range's: "20 - 30")
        text = _HYPHEN_PAIR.sub(lambda m: " ," + " " * (m.start("inside") - m.start() - 2) + m["inside"] + ","
                                + " " * (m.end() - m.end("inside") - 1), text)
    if text.count("--") < 2 and text.count("—") + text.count("–") < 2:
        return text
    return _DASH_PAIR.sub(lambda m: "," + " " * (m.start("inside") - m.start() - 1) + m["inside"] + ","
                          + " " * (m.end() - m.end("inside") - 1), text)


def _sentence_claims(article: Article, context: ArticleContext, sentence: Sentence, state: _State,
                     table_day=None, table_place: str = "", paragraph: int | None = None,
                     table_source: Attribution | None = None) -> None:
    text = sentence.text
    state.year_hint = dates.latest_year(text) or state.year_hint
    year_hint = state.year_hint
    scan = _dashes_as_commas(text)
    if "**" in scan:
        scan = scan.replace("**", "  ")  # "**151,000** violent deaths": bold type, the same length, is no word
    if "“" in scan or '"' in scan or "‘" in scan or " '" in scan:
        # 'five ISIS “commanders,” among them ...': a person noun in scare quotes is the noun (the same length)
        # (words before the noun only right after a count: 'by Syrian "regime forces" in Idlib' stays quoted words)
        scan = _QUOTED_NOUN.sub(lambda m: " " + m["words"] + m["word"] + m["mark"] + " "
                                if m["word"].lower() in PERSON_NOUNS and (not m["words"] or _COUNT_BEFORE_MARK.search(
                                    m.string, max(0, m.start() - 12), m.start())) else m.group(), scan)
    if " to death" in scan:
        # "tortured a detainee to death", "stoned two women to death": the verb with "to death" after its object kills
        # (read as "killed"/"killing", the same length; "were tortured to death" is the vocabulary's own participle)
        scan = _TO_DEATH_VERB.sub(lambda m: ("killing" if m.group().endswith("ing") else "kill" if len(m.group()) == 4
                                             else "killed").ljust(len(m.group())), scan)
    if " from their homes" in scan:
        # "the offensive has driven 300,000 people from their homes": the verb with "from their homes" after its
        # object displaces them (read as "uproot", no longer than the verb; "forced from their homes" after the
        # people is the vocabulary's own participle)
        scan = _FROM_HOMES_VERB.sub(lambda m: "uproot".ljust(len(m.group())), scan)
    phrases = _victim_phrases(scan)
    links = _link_outcomes(scan, phrases)
    if links and ("could have" in scan or "would have" in scan or "might have" in scan):
        # "a collapse which could have potentially killed thousands of civilians": what might have been, no count
        links = [lk for lk in links
                 if not _COUNTERFACTUAL.search(scan, max(0, lk.phrase.start - 60), lk.phrase.start)]
    links += _toll_links(scan, [(lk.phrase.quantity.start, lk.phrase.quantity.end) for lk in links])
    elided_models: dict[int, _Victims] = {}
    if " at " in scan or "according to" in scan or (" to " in scan and ("his " in scan or "hat " in scan)):
        # (a cheap word test first)
        # (across sentences only right after the sentence that gave the last figure: "X said 360 were wounded.
        # Y said the number of evacuees was lower. Z put the figure at 10,000.": the evacuees, not the wounded)
        follows_figure = bool(state.spoken) and not article.text[state.spoken[-1][1]:sentence.start].strip()
        links += _elided_figure_links(scan, links, state, follows_figure, elided_models)
    if links and " as many " in scan:  # (a cheap word test first)
        links += _as_many_links(scan, links, elided_models)
    if links and len(phrases) > 1 and (" with " in scan or "(" in scan or " from " in scan or "compared " in scan):
        _by_place_parts(scan, phrases, links)  # (a cheap word test first: most sentences break nothing down)
    links += _named_links(text, context, [(lk.start, lk.end) for lk in links])
    if not links and ":" in text and phrases and state.last_outcome:
        colon = _ESTIMATE_COLON.search(scan)
        if colon:
            # "The SOHR issued a lower estimate: at least 1,700 civilians, including 200 children": a count given as
            # another source's figure for the outcome of the figure before it
            links = [_Link(ph, state.last_outcome, ph.start, ph.end, "breakdown") for ph in phrases
                     if ph.start >= colon.end() and ph.head in PERSON_NOUNS and not ph.subset]
    if ("died" in text or "succumbed" in text) and (state.last_named is not None or links):
        links += _pronoun_died(text, links, state)  # "X was severely injured ... he died of his wounds"
    if links:
        # the last casualty told of, if one person ("Abu Layla, a leading commander, was severely injured. ... he died
        # of his wounds"): a pronoun after it may be that person; a group after it ends that
        last = max(links, key=lambda lk: lk.start)
        one = last.phrase.quantity.low == 1 and last.phrase.quantity.high == 1
        state.last_named = (last.phrase.quantity.text, last.outcome, last.phrase.side) if one else None
    if "including" in text and links:  # a cheap word test first
        links += _included_names(text, context, links)
    links.sort(key=lambda lk: lk.phrase.start)
    if not links and " included " in scan:
        # "the civilians died between April 23 and May 23 and included 44 children and 36 women": the people said to
        # have died, counted by kind (each item of the list after "included")
        died = None
        for phrase in phrases:
            if phrase.subset and phrase.head in PERSON_NOUNS:
                died = died or _DIED_AND_INCLUDED.search(scan, max(0, phrase.start - 140), phrase.start)
                if died is not None:
                    outcome = _AFTER_VERBS[died["verb"].lower().split()[-1]]
                    phrase.side = _side(phrase, None, outcome)
                    links.append(_Link(phrase, outcome, phrase.start, phrase.end, "subset"))
    if not links and not _may_be_subset_of_last(text, phrases, state):
        # No figure here, nor a subset of the last one (see below): the sentence only carries its speaker on, worked
        # out when a later sentence asks, as a sentence with no outcome word does (see _carry_only)
        state.speaker_later(context, sentence)
        speaker_here = None
    else:
        speaker_here = state.speaker_for(sentence, lambda last: attribute(context, sentence, sentence.start, last)) \
            if links or context.may_speak(sentence) else None
    if speaker_here is None and links and (text[:1] in "\"“"
                                           or context.open_quotation_between(sentence.block.start, sentence.start)):
        # '"Two were killed on Monday. Five others were wounded," the ministry said': a quotation that runs over
        # sentences belongs to the speaker named where it closes.
        speaker_here = quotation_speaker(context, sentence, state.last_speaker)
    # (the quotation test first: reading the last speaker works out the sentences waiting since the last one)
    if speaker_here is None and links and _quotation_goes_on(context, sentence) and state.last_speaker is not None \
            and sentence.block.start <= (state.last_speaker.start or -1) < sentence.start \
            and context.open_quotation_between(sentence.block.start, state.last_speaker.start) is None:
        # '"We had to leave," says Omar, a farmer. "Four people were killed in our street."': a quotation that goes
        # on in the paragraph where its speaker was named is still that speaker's
        speaker_here = Attribution(state.last_speaker.claimant, state.last_speaker.claimant_as_written,
                                   state.last_speaker.start, True)
    if speaker_here is None and links and article.text[sentence.block.start:sentence.block.start + 1] in ("“", '"') \
            and (sentence.start == sentence.block.start
                 or context.open_quotation_between(sentence.block.start, sentence.start) is not None) \
            and state.last_speaker is not None:
        # '"We are worried," the UN aid chief said.' then a paragraph of quoted words naming no one ('"Up to 16,000
        # people have been displaced."'): the speaker quoted in the paragraph before goes on (a wire convention)
        speaker_here = _quoted_in_paragraph_before(article.text, sentence, state.last_speaker)
    if speaker_here is None and links and state.last_speaker is not None:
        # 'The statement said:' then '"... Three people were killed ..."' in the paragraphs after it: a quotation
        # opened under a speaker's colon, still open, is that speaker's (over paragraphs, as over sentences)
        colon = _colon_opening(article.text, sentence)
        if colon is not None and state.last_speaker.start is not None \
                and article.text.rfind("\n", 0, colon) < state.last_speaker.start < colon:
            speaker_here = Attribution(state.last_speaker.claimant, state.last_speaker.claimant_as_written,
                                       state.last_speaker.start, True)
    if speaker_here is None and links and ":" in text[:32]:  # a cheap test first
        # "SNHR: at least three civilians were killed ...": a source's name as the label of its own statement
        label = _LABEL.match(text)
        actor = context.reference.actors.by_name(label["who"]) if label else None
        if actor is not None and actor.kind != "government":  # ("DAMASCUS: ...": a dateline, not a speaker)
            speaker_here = Attribution(actor.canonical, label["who"], sentence.start, True)
    named_next = False
    if speaker_here is None and links:
        # "At least 19 people died. It reports the Syrian Observatory.": a sentence that is only an attribution names
        # the source of the figures told just before it
        speaker_here = _named_in_next(context, sentence)
        if speaker_here is not None and state.last_speaker is not None and is_role_speaker(
                speaker_here.claimant_as_written) and (state.last_speaker.start or 0) < (speaker_here.start or 0):
            # '“...” The reporter added.' after 'SANA reporter said': the post stands for the body heard last
            speaker_here = Attribution(state.last_speaker.claimant, speaker_here.claimant_as_written,
                                       speaker_here.start, True)
        # "These data are reported by the Idlib Health Directorate.": the next sentence names the source in so many
        # words, no identification of ours (its words only describing it, "the ministry", would be one)
        named_next = speaker_here is not None and not any(m.descriptor for m in context.mentions
                                                          if m.start == speaker_here.start)
    if speaker_here is None and links and state.last_speaker is not None and is_continuation(
            text, parts=bool(state.claims) and state.claims[-1].claimant == _claimant(state.last_speaker, context)[0]):
        # "This brought the total to four", "over the same period": the last source goes on.
        speaker_here = Attribution(state.last_speaker.claimant, state.last_speaker.claimant_as_written,
                                   state.last_speaker.start, True)
    # "The agency cited a local official, saying that ...": the one cited speaks for the figures after it, even when
    # the sentence opens with a speaker read from a description
    cited = speaker_here is not None and speaker_here.inferred and "cit" in text and _CITED_SAYING.search(text)
    if speaker_here is not None and speaker_here.inferred and not cited and len(links) > 1 \
            and (", while " in text or ", whereas " in text or ", but " in text or "; " in text
                 or text.count("according to") > 1):
        # "Five civilians were killed, while the ministry said 20 militants died": a speaker named by a description
        # in a later clause speaks for its own clause only, as a named one does (as does each source of "five
        # according to the ministry, and seven according to the Observatory")
        cited = True
    previous: _Victims | None = None
    parent: _Link | None = None
    count_after: dict[int, _Victims] = {}  # a bare count after a figure whose side is known only from its speaker
    count_after.update(elided_models)  # "five according to X, and seven according to Y": the same people
    # "20 civilians were killed, the White Helmets said. ... 'We lost seven men today,' a commander said.": a new
    # voice's "men" or "crew" are its own, not the people of the figure before (another, more: still the same)
    new_voice = speaker_here is not None and bool(state.claims) and state.last_phrase is not None \
        and _claimant(speaker_here, context)[0] != state.claims[-1].claimant
    for link in links:
        phrase = link.phrase
        continuing = set(phrase.modifiers) & CONTINUING_WORDS or phrase.head in CONTINUING_WORDS
        before = previous or (state.last_phrase if continuing or (phrase.head in INHERITING_HEADS and not new_voice)
                              else None)
        if previous is None and phrase.head in state.last_heads and link.kind == "passive" \
                and re.search(r"\balso\b", text[phrase.end:link.end]):
            # "Seven Turkish soldiers were killed. Seven soldiers were also wounded.": the same soldiers.
            before = state.last_heads[phrase.head]
        if phrase.side == "unspecified" or not phrase.head:
            phrase.side = _side(phrase, before, link.outcome)
            if phrase.side == "unspecified" and _PARTITIVE_RELATIVE.match(scan, phrase.quantity.end):
                # "26 Syrian soldiers, 8 of whom were killed by a mine": a part of the people counted just before
                host = next((p for p in reversed(phrases) if p.end <= phrase.start), None)
                if host is not None:
                    phrase.side = host.side if host.side != "unspecified" else _side(host, None, link.outcome)
            # Whose people these are came from an earlier figure, not their own words ("all its crew"): the
            # review flags it (explainer.review.flags).
            phrase.side_inherited = before is not None and phrase.side != "unspecified" \
                and _side(phrase, None, link.outcome) != phrase.side
            if phrase.side == "unspecified" and phrase.head in PERSON_NOUNS and not phrase.modifiers \
                    and not (phrase.named or phrase.possessive or phrase.also):
                named_before = _side_named_before(scan, phrase)
                if named_before is not None:
                    # "near a position of pro-Turkey fighters ..., killing four civilians and four fighters": the
                    # same noun named earlier in the sentence with one side
                    phrase.side, phrase.side_inherited = named_before, True
            if phrase.side == "unspecified" and not phrase.head and before is None:
                attacked = _attacked_people_side(scan, phrase.quantity.start)
                if attacked is not None:
                    # "Regime forces attacked Turkish soldiers, killing one": the people the attack was on
                    phrase.side, phrase.side_inherited = attacked, True
            elif phrase.side == "unspecified" and not phrase.head and before is not None:
                count_after[id(phrase)] = before  # "martyred one soldier and wounded nine": the same soldiers
            if phrase.side == "unspecified" and phrase.head in _SOLDIER_HEADS and link.kind != "active" and not (
                    phrase.named or phrase.possessive or phrase.also or phrase.subset or phrase.modifiers):
                # "At least 56 soldiers were killed" in a paragraph whose only army is Syria's: that army's soldiers
                # (marked as inherited, so the review flags it; never where the paragraph names two armies, nor
                # for a verb's object, "the artillery killed six soldiers", whose killer may be that army)
                army = _paragraph_army(context, sentence)
                if army is not None:
                    phrase.side, phrase.side_inherited = army, True
        if link.kind == "named" and phrase.side == "unspecified" and previous is not None \
                and previous.head in PERSON_NOUNS \
                and _INCLUDED_IN_GROUP.fullmatch(scan, max(previous.end, previous.group_end), phrase.start):
            # "killed six members of ISIL, including Abu X": a person named in the group's list is one of them
            phrase.side = previous.side
        if link.kind == "named" and phrase.side == "unspecified" and state.section_side is not None \
                and sentence.block.text[:2] in _LIST_ITEM:
            # " * Sub-units led by X (killed on 25 March)" under "## Islamic State of Iraq and the Levant": a person
            # listed under a heading that names one party (an order of battle) is that party's (marked as inherited,
            # so the review flags it)
            phrase.side, phrase.side_inherited = state.section_side, True
        previous = phrase
        if not phrase.subset or parent is None:
            parent = link
    if len(links) > 1 and " and " in text:
        for first, second in zip(links, links[1:]):
            if not first.phrase.head and first.phrase.side == "unspecified" and second.phrase.side != "unspecified" \
                    and second.phrase.head in PERSON_NOUNS and second.phrase.head not in CONTINUING_WORDS:
                gap = _ELIDED_GAP.fullmatch(scan, first.phrase.end, second.phrase.start)
                if gap and gap["verb"].lower() in TRANSITIVES:
                    # "killed five and injured at least ten Turkish citizens": the count before shares the people
                    # named after the second
                    first.phrase.side = second.phrase.side
    # Subsets ("including five children") not governed by a verb of their own take their parent's outcome.
    linked = {id(lk.phrase) for lk in links}
    link_starts = [lk.phrase.start for lk in links]  # sorted above
    for index, phrase in enumerate(phrases):
        if phrase.subset and id(phrase) not in linked and (phrase.head or phrase.quantity.qualifier != "vague"):
            position = bisect.bisect_left(link_starts, phrase.start)
            if position and _OF_WHICH.match(scan, phrase.quantity.end) \
                    and _counts_things_before(scan, links[position - 1].phrase.end, phrase.start):
                # "85 were wounded ... using 16 helicopters, two of which were shot down": a part of the things
                continue
            if position:
                owner = links[position - 1]
                phrase.side = _side(phrase, owner.phrase, owner.outcome)
                links.append(_Link(phrase, owner.outcome, phrase.start, phrase.end, "subset"))
                linked.add(id(phrase))

    if not links and _may_be_subset_of_last(text, phrases, state):
        # "SOHR said 30 were killed. Among them were 8 children.", "18 of them were civilians.": a subset in a
        # sentence of its own takes the outcome of the figure before it (and this sentence's own attribution)
        for phrase in phrases:
            if not phrase.head and _OF_A_THING.match(scan, phrase.end):
                continue  # "Among these were the hospital, where ISIL had one of its headquarters": a thing, no one
            opening = _SUBSET_OPENING.match(scan) and not links and scan[:phrase.start].count(",") <= 1
            # "572 of these civilians were men, 213 were women and 304 were children": the list goes on
            listed = bool(links) and not phrase.head and _LISTED_SUBSET.match(scan, phrase.end) is not None
            # "Another 58 were caused by non-state actors", "1,031 were attributable to government forces": deaths
            # counted again by who caused them
            # (the sentence's first count: "Shelling damaged 40 houses and another 12 were caused by fire" counts
            # houses)
            blamed = not phrase.head and phrase is phrases[0] and _BLAMED_WERE.match(scan, phrase.end) is not None \
                and _DIGIT.search(scan, 0, phrase.start) is None
            if opening or listed or blamed or _PARTITIVE_WERE.match(scan, phrase.end):
                phrase.subset = True
                phrase.side = _side(phrase, state.last_phrase, state.last_outcome)
                links.append(_Link(phrase, state.last_outcome, phrase.start, phrase.end, "subset"))
    if links and (" released" in text or " freed" in text):  # a cheap test first
        # "40 prisoners were released", "112 of them were freed in an exchange": captives set free are no casualty
        # (a subset's outcome is the figure's before it: "... tortured one to death. 112 of them were released")
        links = [lk for lk in links if (lk.outcome != "captured" and lk.kind != "subset")
                 or not _RELEASED_AFTER.match(scan, _CAPTIVES_TAIL.match(scan, lk.phrase.end).end())]
    if links:
        state.last_outcome = max(links, key=lambda lk: lk.phrase.start).outcome
        state.last_phrase = max(links, key=lambda lk: lk.phrase.start).phrase
        state.last_heads = {lk.phrase.head: lk.phrase for lk in links
                            if lk.phrase.head in _MILITARY_HEADS and lk.phrase.side in PARTIES}
    if not links and table_day is None and context.has_time_word(sentence) and _relative_day(text) is None:
        # Without a figure the sentence only carries its day on, read when a later sentence asks (see _State)
        state._waiting_days.append((context, sentence, year_hint))
        mentions = []
    else:
        mentions = day_of(sentence, context, year_hint)
        if mentions and any(word in text for word in _SPOKEN_WORDS):  # a cheap test first
            mentions = [m for m in mentions if not _spoken_on(text, m)]
    if table_day is None and " day" in text[:40]:
        _move_day_on(text, mentions, state)
    day_mention = next((m for m in mentions if m.kind == "day" and not _is_deadline(text, m)), None)
    if day_mention is not None and len(mentions) > 1:
        # "On 9 March, the ministry said that two soldiers were killed on 8 March": a day right after the outcome's
        # verb is the figures' day, whatever day opens the sentence (the statement's)
        day_mention = next((m for m in mentions if m.kind == "day" and m is not day_mention
                            and _DAY_AFTER_OUTCOME.search(text, max(0, m.start - 40), m.start)), day_mention)
    # ("As of 23 January 2018, at least 24 ...": the day a total is counted up to, never the day of its figures;
    # read below, after the notes on the day itself; so is a day after "since".)
    # ("461 deaths in airstrikes during the most intensive phase from 19 February": the day a period starts, when no
    # "to <day>" closes it, is no day of its figures either)
    counted_from = day_mention is not None and (
        text.endswith(("as of ", "As of "), 0, day_mention.start)
        # ("have died in total since 16 September": the day a running total counts from, never its figures' day, as
        # the annotation conventions leave cumulative totals undated)
        or text.endswith(("since ", "Since "), 0, day_mention.start)
        or (text.endswith(" from ", 0, day_mention.start) and not _SPAN_GOES_ON.match(text, day_mention.end)))
    sentence_day = day_mention.date if day_mention is not None else None
    # "On March 17, ... In July 2017, Airwars recorded 1,342 deaths": a sentence that names another month, with no
    # day, tells of that month; the last day named before is not its figures' day (read only where it would be)
    elsewhen = bool(links) and not mentions and table_day is None and state.current_day is not None \
        and _names_another_month(text, state.current_day)
    # (read only for the figures below; a span of days, "between 1 and 25 February", is a period too)
    period_words = _PERIOD_WORDS.search(text) if links else None
    period = bool(links) and (period_words is not None or any(
        m.kind == "period" and m.date is None and dates.SPAN_NEEDS.search(m.text) for m in mentions))
    has_reports = "reports " in text
    place = table_place or (context.place_of(sentence) if links else "")  # once a sentence, not once a claim
    tweet: list = []  # the author of an embedded tweet this sentence is the text of, read once a sentence if asked
    for link in sorted(links, key=lambda lk: (lk.phrase.start, OUTCOMES.index(lk.outcome))):
        phrase = link.phrase
        attribution = state.speaker_for(sentence, lambda last: attribute(
            context, sentence, sentence.start + phrase.start, last, figure=True)) \
            if speaker_here is not None and (not speaker_here.inferred or cited) else speaker_here
        if attribution is speaker_here and attribution is not None and " that" in text \
                and speaks_only_after(article.text, attribution, sentence.start + phrase.end):
            attribution = None  # "..., and on Monday the ministry announced that ...": its words come after it
        if attribution is None and table_source is not None:
            attribution = table_source  # a cell of words in a row whose source column names who claims it
        if attribution is None:
            if not tweet:
                # (once a sentence: the test reads the text to the paragraph's end, once a claim it grew with the
                # square of a sentence's figures)
                tweet.append(context.tweet_author(sentence)
                             if context.count_between("(@", sentence.start, sentence.block.end + 200) else None)
            attribution = tweet[0]  # the text of an embedded tweet is its author's
        if attribution is not None and has_reports:
            reports = _REPORTS_CLAUSE.search(scan, 0, phrase.start)
            speaker_at = (attribution.start or 0) - sentence.start
            if reports is not None and not reports.end() <= speaker_at < phrase.start:
                # "The army reported no advances, despite reports indicating that both sides had sustained
                # casualties": the reports, not the speaker before them, say it; unnamed, so the outlet's voice
                attribution = None
        claimant, as_written, inferred = _claimant(attribution, context)
        if named_next and attribution is speaker_here:
            inferred = False  # named in the next sentence in so many words
        if ("'s " in claimant or "’s " in claimant) and attribution is not None:
            # "according to the Free Syrian Army's Abu Firas Al-Halabi": a person named after the body they belong
            # to speaks in their own name (as "Pro-opposition activist X"); the body stays in the words as written
            member = _MEMBER_OF_BODY.fullmatch(claimant)
            # ("Misrata's Central Hospital reported": a body named after its place, whose name ends in the
            # vocabulary's institution words, is no person; it keeps its place)
            if member and not context.reference.actors.by_name(claimant) \
                    and member["name"].rsplit(None, 1)[-1].lower() not in INSTITUTION_WORDS:
                claimant = member["name"]
        claim_place = place if table_place else context.place_at(sentence, phrase.start, place) if place else place
        courtesy = _COURTESY.fullmatch(claimant) if attribution is not None and claimant[:1] in "MD" else None
        if courtesy:
            # "Mr Lowcock said" after "Mark Lowcock": the person named in full before, if the text named them
            full = _full_name(article.text, sentence.start, courtesy["surname"], state)
            if full != courtesy["surname"]:
                claimant, inferred = full, True
        elif attribution is not None and _SURNAME.fullmatch(claimant) \
                and not context.reference.actors.by_name(claimant) \
                and claimant.lower() not in V["source_noun"] and claimant.lower() not in SIDE_WORDS:
            # (inferred only where the article gave the full name: a surname never given in full is as written)
            full = _full_name(article.text, sentence.start, claimant, state)
            claimant, inferred = full, inferred or full != claimant
        if phrase.side == "unspecified" and " side" in text[phrase.end:phrase.end + 90]:
            # "30 to 35 casualties on the Syrian side", "35 soldiers were killed on the Syrian side": whose people
            on_side = _ON_A_NAMED_SIDE.search(text, phrase.end, phrase.end + 90)
            # (never across another count: "four were killed and 13 on the Syrian side")
            sides = _sides_of_words(on_side["words"]) if on_side \
                and not _has_quantity(text[phrase.end:on_side.start()]) else set()
            if len(sides) == 1:
                phrase.side = next(iter(sides))
        if phrase.side == "unspecified" and (phrase.head in _MILITARY_HEADS or link.kind == "own"
                                             or (not phrase.head and (link.kind == "subset" or phrase.possessive))) \
                and (link.kind in ("passive", "own", "noun", "subset") or phrase.possessive
                     or _OWN_LOSSES.search(text, link.start, link.end)) and attribution is not None \
                and not _sides_of_words(" ".join(phrase.modifiers + phrase.also + [phrase.group])) \
                and not _CAPITALISED.search(text, phrase.quantity.end, phrase.end):
            # "Syria said eight fighters were wounded": a party counting its own losses names no side.
            # ("Russian media claimed 82 Ukrainian soldiers were killed": a nation or group the side table does not
            # know names whose people they are, never the speaker's)
            actor = context.reference.actors.by_name(claimant.split(" and ")[0])
            if actor is not None and actor.side in PARTIES and actor.kind != "civil_defence":
                # (rescuers counting the dead they pulled out count no losses of their own side)
                phrase.side = actor.side
            elif actor is None:
                # "according to the governor of Turkey's Hatay province, who said 33 of our soldiers": a speaker
                # the table does not know takes the one side its own words name
                named = _sides_of_words(as_written)
                if len(named) == 1 and next(iter(named)) in PARTIES:
                    phrase.side = next(iter(named))
        counted_with = count_after.get(id(phrase))
        if phrase.side == "unspecified" and counted_with is not None and (
                counted_with.side in PARTIES or (id(phrase) in elided_models and counted_with.side != "unspecified")):
            # "attacks martyred one soldier and wounded nine, the ministry said": the soldier's side came from the
            # speaker above; the nine counted after him are the same soldiers
            phrase.side, phrase.side_inherited = counted_with.side, True
        if phrase.side == "unspecified" and phrase.possessive and attribution is None:
            # "Last week, Turkey blamed Damascus for the deaths of two of its soldiers": "its" is the subject's.
            phrase.side = _subject_side(context, sentence) or phrase.side
        line = article.text.rfind("\n", 0, sentence.start) + 1 \
            if (phrase.side == "unspecified" or phrase.side_inherited) \
            and (phrase.head in _AIRCREW_HEADS or not phrase.head) else -1
        if line >= 0 and "Roundel of " in article.text[line:line + 20]:
            # "* Roundel of Russia.svg 10 October 2017 – A Russian Su-24 crashed ... Both crew members died": a list
            # of aircraft losses names the air force by its roundel's image; the crew is that country's (the item
            # is one line)
            roundel = _ROUNDEL.match(article.text, line)
            actor = context.reference.actors.by_name(roundel["who"]) if roundel else None
            if actor is not None and actor.side in PARTIES:
                phrase.side = actor.side
        if phrase.head in _CREW_HEADS and _own_side(phrase.modifiers + [phrase.head]) is None:
            aircraft = _AIRCRAFT_SUBJECT.match(text)
            crews = _sides_of_words(aircraft["who"]) & set(PARTIES) \
                if aircraft and _AIRCRAFT_WORDS.search(aircraft["who"]) else set()
            if len(crews) == 1:
                phrase.side = crews.pop()  # "A Turkish F-4 was shot down ..., killing both pilots": Turkey's
        own_day_after = False  # the figure's own day right after its verb ("3 civilians dying on 27 January")
        if table_day is not None:
            event_day = date.fromisoformat(table_day) if table_day else None
            yearless = False
        elif mentions:
            event_day = sentence_day
            yearless = dates.names_month_without_year(day_mention)
            earlier = _AFTER_BEFORE_FIGURE.match(text[:link.end], day_mention.end) \
                if event_day is not None and day_mention is not None and day_mention.end < phrase.start \
                and dates.names_weekday(day_mention) else None
            if earlier is not None:
                # "Turkey launched the operation on Sunday after 34 soldiers were killed": the weekday is the main
                # clause's; the figure's event came before it, on the day its own clause gives, if any (a weekday
                # in news copy: a chronicle's "On 28 September, rebels took X after fighting which left 26 dead"
                # means the same day)
                own = next((m for m in mentions if m.kind == "day" and m.start > earlier.end() and m.date), None)
                event_day = own.date if own is not None else None
            elif day_mention is not None and day_mention.end < phrase.start \
                    and _AFTER_FIGURE.fullmatch(text, day_mention.end, phrase.start):
                # "Turkey launched the operation on Sunday after at least 34 soldiers were killed": the day is the
                # later event's, and the figure's own day is not given
                event_day = None
            elif day_mention is not None and len(mentions) > 1:
                own_day = _own_clause_day(text, mentions, day_mention, link)
                if own_day is not None:
                    event_day, own_day_after = own_day
        else:
            event_day = None if elsewhen else state.current_day
            yearless = state.current_day_yearless
        if table_day is None and mentions:
            named = [m for m in mentions if m.kind == "day" and m.date is not None and m.end <= phrase.start
                     and text.endswith(("the ", "The "), 0, m.start) and _DATED_INCIDENT.match(text, m.end)]
            if named:
                event_day = named[-1].date  # "the July 22nd strikes ... which killed 42": the incident's own day
        if table_day is None and event_day is not None and " day" in text:
            relative = _RELATIVE_AFTER_FIGURE.match(text, phrase.end)
            if relative is not None and not _WOUNDS_SUSTAINED.search(text, phrase.end, relative.end()):
                # "the 18 men taken prisoner the previous day": counted from the day the sentence tells of
                event_day += timedelta(days=-1 if relative["previous"] or relative["before"] or relative["earlier"]
                                       else 1)
        # "Hundreds of thousands of people have fled the offensive": a perfect tense of displacement with no day
        # is a running total, as "so far" is (trial 20)
        # ("between 25 and 29 January, with 3 civilians dying on 27 January": a figure's own day inside a span is
        # its day, not the span's total)
        scope = "period" if (period and not (own_day_after and period_words is None)) \
            or (link.outcome == "displaced" and not sentence_day
                                       and _PERFECT_DISPLACEMENT.match(text, phrase.end)) else "incident"
        notes = []
        if claim_place and claim_place == place and not table_place and context.carried_place(sentence, place):
            # "... in Saraqeb. The response left 13 soldiers dead.": the figure's sentence names no place; the
            # earlier sentence's is a guess the editor checks
            notes.append(f"place {place!r} is named only in an earlier sentence; check the source")
        latest = article.reference_date or date.today()
        if event_day is not None and event_day > latest + timedelta(days=1):
            # A report cannot tell of a day after it was published ("31 December 2099"): no date, and a note.
            if yearless:
                # "since 1 December" in a report of 27 February: the year is not written, and the reader's guess
                # is the year before, not a day to come
                notes.append(f"the text gives '{day_mention.text if day_mention else event_day.isoformat()}' no "
                             f"year; read in {event_day.year} it falls after the article's date {latest.isoformat()}, "
                             f"so it is probably {event_day.year - 1}; check the source")
            else:
                notes.append(f"the text dates it {event_day.isoformat()}, after {latest.isoformat()}; check the source")
            event_day = None
        if (counted_from and mentions) or scope == "period":
            # (a total counts up to or from a day, "On 28 April, it was reported that 2,154 people had been executed
            # since June": the day the statement was made is no day of its figures, as the README and the annotation
            # conventions say; cumulative totals are undated. Read after the note on a day past the publication's.)
            event_day = None
        if event_day is not None and mentions and day_mention is not None and article.reference_date is not None \
                and (article.reference_date - event_day).days == 6 and dates.names_weekday(day_mention):
            # "early Friday" on a page dated Thursday: six days back, as the rule reads a weekday, or the next day
            # where the story's time zone runs ahead of the page's date
            notes.append(f"'{day_mention.text}' read as {event_day.isoformat()}, six days before the article's date "
                         f"{article.reference_date.isoformat()}; it may mean the next day; check the source")
        publication_year = article.reference_date.year if article.reference_date else None
        if event_day is not None and yearless and state.other_years_only and event_day.year == publication_year:
            # "3 October" in a passage on 2016 saved in 2026: the year is the publication's, as the rule says, but
            # the text never writes that year and names others, so an editor checks it.
            notes.append(f"the text gives this day no year; {publication_year} is the publication's year, which the "
                         "text never writes (it names other years); check the source")
        start, end = sentence.start + link.start, sentence.start + link.end
        if scope == "period" and period_words is not None:
            # The quote keeps the words that make the figure a total ("Since early December 900,000 people have
            # been forced to flee"): a trial read the bare "900,000 people have been forced to flee" as one day's
            if period_words.end() <= link.start and link.start - period_words.end() <= 80 \
                    and not _QUOTE_BREAK.search(text, period_words.end(), link.start):
                start = sentence.start + period_words.start()
            elif period_words.start() >= link.end and period_words.start() - link.end <= 40 \
                    and not _QUOTE_BREAK.search(text, link.end, period_words.start()):
                # (after the figure, up to the clause's end: "killed since 18 June", never "killed since")
                clause_end = _CLAUSE_END.search(text, period_words.end())
                stop = clause_end.start() if clause_end else len(text.rstrip())
                if stop - link.end <= 80:
                    end = sentence.start + stop
        quantity = phrase.quantity
        if phrase.side in ("unspecified", "civilians") and link.outcome == "killed" and " fighting " in text \
                and (fought := _FIGHTING_FOR.match(text, link.end)) is not None \
                and (side := _own_side(_TARGET_END.sub("", fought["who"]).lower().split())) in PARTIES:
            phrase.side = side  # "two Chechens were killed while fighting for ISIL": the side they fought for
        if phrase.side == "syria_government":
            phrase.side = _home_side(phrase, context)
        if link.outcome in OUTCOME_NOTES:
            notes.insert(0, _outcome_note(text, link))
        if quantity.reversed:
            notes.append(f"range written high to low ({quantity.text!r}); check the source")
        state.claims.append(Claim(
            article_id=article.article_id, claim_id="", quote=article.text[start:end], quote_start=start,
            quote_end=end, quantity_text=quantity.text, number_low=quantity.low, number_high=quantity.high,
            qualifier=quantity.qualifier, outcome=link.outcome, victim_side=phrase.side,
            victim_text=_victim_text(text, phrase), claimant=claimant, claimant_as_written=as_written,
            event_date=event_day.isoformat() if event_day else "",
            place=claim_place, paragraph=paragraph, notes="; ".join(notes),
            scope=scope, claimant_inferred=inferred, side_inherited=phrase.side_inherited, subset=phrase.subset,
        ))
    if speaker_here is not None:
        state.last_speaker = speaker_here
    if links and state.claims:
        state.spoken.append((sentence.start, sentence.end, state.claims[-1].claimant))
    if mentions and table_day is None:
        _carry_day(text, mentions, state)


# "It reports X.", "This was reported by X.", "That is according to X.", "So says X.", "The figures come from X.",
# "These data are reported by X." (machine-translated copy):
# a whole sentence that only names who told what came before it
_NEXT_ATTRIBUTION = re.compile(
    r"(?:(?:It|This|That|These(?:\s+(?:figures|data|numbers|details))?|"
    r"The\s+(?:figures?|toll|tolls|numbers?|information|news|data|details))\s+"
    r"(?:(?:is|was|were|are|has\s+been|have\s+been)\s+)?(?:also\s+)?"
    r"(?:(?:reports?|reported|says|said|announced|stated|confirmed|released)(?:\s+by)?|according\s+to|"
    r"comes?\s+from|came\s+from)|So\s+(?:says|said|reports|reported))\s+"
    r"(?P<who>[^.;:!?,\"“”()]{2,80}?)"
    # ("This was announced by Ivan Petrov, deputy head of the Reconciliation Centre.": a person and the post held)
    r"(?:,\s+(?P<role>[^.;:!?,\"“”()]{2,120}?))?\s*\.?")
_OFFICE_WORD = re.compile(r"\b(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes(?:man|woman|person)|[Rr]epresentative|"
                          r"[Ss]ecretary|[Cc]ommander|[Oo]fficial|[Oo]fficer)\b")
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|may|by|that|which|who|did|do|does)\b")
# "The Observatory reported this.", "SANA said so.": the source, then a word that points back
_NEXT_POINTS_BACK = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][^.;:!?,\"“”()]{1,70}?)\s+(?:also\s+)?"
                               r"(?:reported|said|announced|stated|confirmed)\s+(?:this|that|it|so)\s*\.?")

# '“Four soldiers were killed.” The reporter added.': a quotation closed, then a sentence naming only its speaker
_NEXT_QUOTE_TAG = re.compile(r"(?P<who>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:also\s+)?"
                             r"(?:added|said|stated|reported|confirmed)\s*\.?")


def _named_in_next(context: ArticleContext, sentence: Sentence) -> Attribution | None:
    """The source named by the next sentence of the paragraph where that sentence is only an attribution ("It
    reports the Syrian Observatory for Human Rights."), else None. The sentence holds no figure of its own."""
    sentences = context.sentences(sentence.block)
    index = context.sentence_index(sentence)
    if index is None or index + 1 >= len(sentences):
        return None
    following = sentences[index + 1]
    if len(following.text) > 260 or not following.text[:1].isupper():  # a cheap test first
        return None
    match = _NEXT_ATTRIBUTION.fullmatch(following.text) or _NEXT_POINTS_BACK.fullmatch(following.text) or (
        _NEXT_QUOTE_TAG.fullmatch(following.text) if sentence.text.rstrip()[-1:] in "”\"" else None)
    if match is None or _has_quantity(following.text) or _CLAUSE_WORD.search(match["who"]):
        return None  # ("It said the strike was carried out by jets.": a clause, not a name)
    start = following.start + match.start("who")
    end = following.start + match.end("who")
    role = match["role"] if "role" in match.groupdict() else None
    if role and not _CLAUSE_WORD.search(role) and _OFFICE_WORD.search(role):
        # "..., deputy head of the Reconciliation Centre": who holds a post in a body speaks for the body
        body = [m for m in context.mentions_in(following) if m.start >= following.start + match.start("role")
                and m.end <= following.start + match.end("role") and m.actor is not None]
        if body:
            return Attribution(body[0].actor.canonical, match["who"] + ", " + role, start, True)
    named = [m for m in context.mentions_in(following) if start <= m.start and m.end <= end and m.actor is not None]
    # (marked inferred, so that it speaks for every figure before it; the claims say whether the words named it)
    if named:
        return Attribution(named[0].actor.canonical, match["who"], named[0].start, True)
    who = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", match["who"])
    if who.split()[0].lower() in ("it", "this", "that", "he", "she", "they", "we") \
            or not (who[:1].isupper() or who.split()[-1].lower() in V["source_noun"]):
        return None  # a pronoun, or words that name no source ("This was reported by many.")
    return Attribution(who, match["who"], start, True)


def _may_be_subset_of_last(text: str, phrases: list[_Victims], state: _State) -> bool:
    """Whether a sentence with no figure of its own may give a subset of the last one ("Among them were 8 children",
    "18 of them were civilians"): read before its speaker is worked out, and where the subsets are read."""
    return bool(phrases) and bool(state.last_outcome) and (
        text[:2] in ("Am", "Of") or text.startswith(("These incl", "They incl", "Those incl"))
        or ((" of them were " in text or " of these " in text or " of those " in text)
            and _PARTITIVE_WERE.search(text) is not None)
        or ((" attribut" in text or " caused by " in text or " blamed on " in text)
            and not phrases[0].head and _BLAMED_WERE.match(text, phrases[0].end) is not None))


def _quoted_in_paragraph_before(text: str, sentence: Sentence, speaker: Attribution) -> Attribution | None:
    """The speaker, carried on, where they were named in the paragraph just before the sentence's, after a quotation
    closed there ('"...," X said.'), else None."""
    before_end = len(text[:sentence.block.start].rstrip())
    before_start = text.rfind("\n", 0, before_end) + 1
    if speaker.start is None or not before_start <= speaker.start < before_end:
        return None
    if text.find("”", before_start, speaker.start) < 0 and text.find('"', before_start, speaker.start) < 0:
        return None  # (the speaker closed no quotation: the paragraph after may be anyone's words)
    return Attribution(speaker.claimant, speaker.claimant_as_written, speaker.start, True)


def _colon_opening(text: str, sentence: Sentence) -> int | None:
    """Where the colon ending an earlier paragraph stands, when a quotation opened right after it is still open where
    the sentence starts (a statement quoted over paragraphs), else None."""
    colon = text.rfind(":\n", max(0, sentence.block.start - 1500), sentence.block.start)
    if colon < 0:
        return None
    quoted = text[colon + 1:sentence.start]
    if quoted.lstrip()[:1] not in "“\"" or open_quotation(quoted) is None:
        return None
    return colon


# (single marks too, "394 ‘terrorists’ neutralized"; an opening mark after a letter is an apostrophe, "rebels' own")
# (up to two words before the noun inside the marks: '35 “Syrian terrorists” were killed')
_QUOTED_NOUN = re.compile(r"(?<![\w’'])[“\"‘'](?P<words>(?:[A-Za-z][\w'’-]*\s){0,2})(?P<word>[A-Za-z][a-z-]+)(?P<mark>[,.]?)"
                          r"[”\"’'](?![\w’'])")
_COUNT_BEFORE_MARK = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                                r"thousands|several))\s$", re.IGNORECASE)


def _quotation_goes_on(context: ArticleContext, sentence: Sentence) -> bool:
    """Whether the sentence is quoted words after a quotation its paragraph closed: it opens a new quotation mark, or
    a quotation opened earlier in the paragraph is still open where it starts."""
    if not (context.count_between("”", sentence.block.start, sentence.start)
            or context.count_between('"', sentence.block.start, sentence.start)):
        return False  # no quotation closed before it
    return sentence.text[:1] in "“\"" or context.open_quotation_between(sentence.block.start, sentence.start) is not None


_SPEAKS_AFTER = re.compile(r"(?:\s+[^,.;:\"“”]{0,100}?)?\s+(?:said|says|stated|told)\b")  # ("An official ... stated")
_LABEL = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+\S")  # "SNHR: ..."
_CITED_SAYING = re.compile(r"\bcit(?:ed|es|ing)\s+[^,.;:]{2,70},\s+\w+ing\b")
# (a surname may open with a particle: "Abdel Rahman", "Abu Omar", "de Mistura", "bin Salman")
_SURNAME = re.compile(r"(?:(?:Abdel|Abdul|Abd|Abu|Al|El|bin|ibn|de|van|von|da|di|del|der|al)\s+)?[A-Z][a-z][\w'’-]+")
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<surname>[A-Z][a-z][\w'’-]+)")
# Titles and roles written before a name ("Paramedic Lina Haddad" opening a sentence): not part of the name
# ("Lieutenant General Mahdi Gharawi": a rank of two words, each dropped)
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|President|Minister|Governor|Mayor|General|Colonel|"
                        r"Lieutenant|Major|Brigadier|Captain|"
                        r"Activist|Commander|Spokesman|Spokeswoman|Doctor|Paramedic|Rescuer|Resident|Witness|Journalist|"
                        r"Reporter|Correspondent|Analyst|Official|Researcher|Photographer|Director|Chief|Head|Deputy|"
                        r"Local|Opposition|Rebel|Syrian|Turkish|Russian|Kurdish|Iranian)\.?\s+)+")


def _full_name(text: str, before: int, surname: str, state: _State) -> str:
    """Who a surname alone stands for ("Cutts said" after "Mark Cutts, a UN coordinator, said"): the claimant of the
    sentence that named the person in full, else the full name; the surname itself when it was never given in full."""
    full = re.search(r"\b(?:[A-Z][\w'’-]+ ){1,3}" + re.escape(surname) + r"\b", text[:before])
    if full is None:
        return surname
    owner = next((claimant for start, end, claimant in state.spoken if start <= full.start() < end), None)
    return owner or _HONORIFIC.sub("", full.group()) or surname


def extract_claims(article: Article, reference: Reference, context: ArticleContext | None = None) -> list[Claim]:
    """All casualty claims in the article's body and tables, in text order, with stable ids.

    Parameters
    ----------
    article : Article
        A cleaned article (see :func:`explainer.articles.clean_article`).
    reference : Reference
        Actor and place lookups.

    Returns
    -------
    list of Claim
    """
    context = context or ArticleContext.build(article, reference)
    state = _State(year_hint=article.reference_date.year if article.reference_date else None)
    # One scan of the whole text finds every outcome word; only sentences holding one are read closely.
    hits = context.outcome_word_starts()
    table_rows: list[Block] = []
    publication_year = article.reference_date.year if article.reference_date else None
    heading_year = None
    undated_year = None
    # A text with no publication date whose dates all name one year ("On 30 April 2019", "in May 2019"): days
    # without a year take it, from its first full date on. With two years named, which one is meant is a guess.
    undated = publication_year is None
    if publication_year is not None and str(publication_year) in article.text:
        # (its year may be written only in front matter or a dateline: the dates of the story are what count)
        story = " ".join(b.text for b in article.blocks if b.kind in ("headline", "subheading", "body", "table"))
        written = dates.dated_years(story)
        state.other_years_only = bool(written) and publication_year not in written
    elif publication_year is not None:
        state.other_years_only = bool(dates.dated_years(article.text))
    section_day = None
    previous_item = False
    for block in article.blocks:
        if block.kind in ("headline", "subheading"):
            # "#### February 2020", "### 2020": days below the heading take its year.
            bare = re.fullmatch(r"\W*((?:19|20)\d\d)\W*", block.text)
            heading_year = int(bare.group(1)) if bare else dates.latest_year(block.text) or heading_year
            if block.text[:2] not in _LIST_ITEM:  # (a short list item read as a heading heads no section)
                sides = _sides_of_words(block.text) & set(PARTIES)
                state.section_side = sides.pop() if len(sides) == 1 else None
            named = dates.find_dates(block.text, article.reference_date, article.reference_date_source,
                                     heading_year or publication_year)
            if bare or named or dates.latest_year(block.text):
                # "### 13 October 2019": the section's figures happened that day; "### 2020": on no one day.
                state.current_day = next((m.date for m in named if m.kind == "day"), None)
                state.current_day_yearless = False  # a heading that dates its section writes the year
                section_day = state.current_day
        if block.kind == "body":
            # A day named in one paragraph does not date the next ("on Sunday" in one, a toll in the next): a new
            # paragraph starts from its section's heading day, unless it opens by referring back to the incident
            # ("The shelling ...", "Responding to the attack"). The items of a list go on as one paragraph (a
            # timeline's sub-bullets take the day of the bullet that opens their group).
            item = block.text[:2] in _LIST_ITEM
            if not (item and previous_item):
                if not _refers_back(context, block):
                    state.current_day, state.current_day_yearless = section_day, False
                elif _INCIDENT_BACK.search(opening := context.sentences(block)[0].text) \
                        and _relative_day(opening) is None and (incident_day := state.last_incident_day()):
                    # "The Observatory said the blast wounded dozens": the blast's day is that of the last figure
                    # told of, not a day named since for something else ("the president on Wednesday threatened")
                    state.current_day = date.fromisoformat(incident_day)
                    state.current_day_yearless = False
            previous_item = item
        if block.kind in ("body", "table"):
            # A day without a year takes the year of its paragraph, its heading or the publication; never a
            # year named in some earlier paragraph.
            state.year_hint = heading_year or publication_year or undated_year
            full_date_year = dates.last_full_date_year(block.text) if undated and undated_year is None else None
            if full_date_year:
                undated = False  # asked once: the whole text's dates are read only here
                undated_year = dates.only_dated_year(" ".join(
                    b.text for b in article.blocks if b.kind in ("headline", "subheading", "body", "table")),
                    dated=full_date_year)
        if block.kind == "table":
            table_rows.append(block)
            continue
        if table_rows:
            state.settle()  # (the table reads attributions: officers named before it are known to it)
            _table_claims(article, context, table_rows, state, block)
            table_rows = []
        if block.kind != "body":
            continue
        for sentence in context.sentences(block):
            first = bisect.bisect_left(hits, sentence.start)
            has_hit = first < len(hits) and hits[first] < sentence.end
            if has_hit:
                _sentence_claims(article, context, sentence, state, paragraph=block.number)
            else:
                _carry_only(context, sentence, state)
    state.settle()
    if table_rows:
        _table_claims(article, context, table_rows, state, None)
    claims = state.claims
    claims.sort(key=lambda c: c.quote_start)
    for number, claim in enumerate(claims, start=1):
        claim.claim_id = f"{article.article_id}-c{number:03d}"
    return claims


_LIST_ITEM = ("* ", "- ", "• ")
# "... launched the operation on Sunday after at least 34 soldiers were killed": all that stands between a day and
# a figure ("On 3 August, after four attackers were killed": a comma makes the day the whole sentence's)
_AFTER_FIGURE = re.compile(r"\s+after\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|up\s+to|the\s+deaths?\s+of|"
                           r"the\s+killing\s+of)\s+)?")
# "the shelling", "the Turkish strike", "the incident": the incident told of before, up to two words between
_INCIDENT_NOUNS = frozenset(V["incident_noun"])
_INCIDENT_BACK = Folded(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:" + VOCABULARY.alternation("incident_noun") + r")\b")


def _refers_back(context: ArticleContext, block: Block) -> bool:
    """Whether a paragraph's first sentence names the incident told of before ("The shelling came despite ...") or
    opens with a day counted from the one before ("The next day, ...")."""
    sentences = context.sentences(block)
    return bool(sentences) and (_INCIDENT_BACK.search(sentences[0].text) is not None
                                or _relative_day(sentences[0].text) is not None)


# "The next day, the air force bombed ...", "Two days later, ...", "On the previous day": a day counted from the day
# the text was telling of, at the start of a sentence (the dev corpus's convention resolves them). Not "a day after
# the attack" (counted from another event) nor a sentence that names its own day.
_RELATIVE_DAY = re.compile(r"\s*(?:(?:On|By|Then|And)\s+|(?:Then|But),?\s+)?(?:(?:[Tt]he\s+(?P<next>next|following)|[Tt]he\s+"
                           r"(?P<previous>previous))\s+day|(?P<count>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
                           r"[Ss]even|\d)\s+days?\s+(?P<way>later|earlier|afterwards?))\b(?!\s+(?:than|of|on|that)\b)")
# "The next day, the number of those killed was updated to 40": a toll of the incident told of, which keeps its day
_TOLL_UPDATE = re.compile(r"\b(?:toll|number\s+of\s+(?:those\s+|people\s+)?(?:killed|dead|deaths|casualties|victims))\b"
                          r"[^.;]{0,40}?\b(?:updated|revised|rose|risen|climbed|increased|reached)\b", re.IGNORECASE)
_RELATIVE_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _relative_day(text: str) -> int | None:
    """The days a sentence opening with a relative day moves on (-1 for "the previous day"), or None."""
    if " day" not in text[:40]:
        return None  # (a plain test first: most sentences open with no such words)
    match = _RELATIVE_DAY.match(text)
    if match is None:
        return None
    if match["next"]:
        return 1
    if match["previous"]:
        return -1
    count = _RELATIVE_COUNTS.get(match["count"].lower()) or int(match["count"])
    return count if match["way"].startswith(("later", "after")) else -count


def _move_day_on(text: str, mentions: list, state: _State) -> None:
    """A sentence that opens with a relative day and names none of its own moves the day it tells of on."""
    if mentions:
        return
    shift = _relative_day(text)
    if shift is not None and not _TOLL_UPDATE.search(text):
        day = state.current_day
        if day is not None:
            state.current_day = day + timedelta(days=shift)


# "..., the governor said early on Friday", "Turkey said on Monday its ...": the day the source spoke
_SPOKEN_ON = re.compile(r"\b(?:said|says|announced|reported|stated|confirmed|added|told\s+(?:reporters|journalists))"
                        r"(?:\s+(?:early|late|earlier|later))?\s*$")


def _own_clause_day(text: str, mentions: list, day_mention, link: _Link):
    """The day of one figure in a sentence that gives figures days of their own: the day right after the figure's own
    verb ("3 civilians dying on 27 January, 1 dying on 28 January"), else, where the sentence's day comes after the
    figure or an earlier one, the last day named before the figure ("On 31 January, one person was reported dead, ...
    along with one wounded on 6 February": the dead man's day is the 31st; "another attack on 29 January left 1
    dead"), with whether it is the figure's own (right after its verb, or a later day than the sentence's); None
    where the sentence's own day stands."""
    days = [m for m in mentions if m.kind == "day" and m.date is not None and not _is_deadline(text, m)]
    if len(days) < 2:
        return None
    for mention in days:
        if link.end <= mention.start <= link.end + 4 and _DAY_AFTER_OUTCOME.search(text, max(0, mention.start - 40),
                                                                                   mention.start):
            return mention.date, True
    before = [m for m in days if m.end <= link.phrase.start]
    if before and (day_mention.start > link.end or before[-1].start > day_mention.start):
        return before[-1].date, before[-1].start > day_mention.start
    return None


_DAY_AFTER_OUTCOME = re.compile(r"(?<![\w-])(?:" + _words_pattern(list(PARTICIPLES) + list(INTRANSITIVES))
                                + r")\s+on\s+$", re.IGNORECASE)
_SPOKEN_WORDS = ("said", "says", "announced", "reported", "stated", "confirmed", "added", "told")


def _spoken_on(text: str, mention) -> bool:
    """Whether a day is the day the source spoke ("said early on Friday"), which dates the statement, not the
    figures: written right after a speech verb."""
    return mention.kind == "day" and bool(_SPOKEN_ON.search(text, max(0, mention.start - 30), mention.start))


def _is_deadline(text: str, mention) -> bool:
    """ "to take the city by 15 October": a target date, not the day anything happened."""
    return bool(_DEADLINE_BEFORE.search(text, max(0, mention.start - 14), mention.start))


def _carry_day(text: str, mentions: list, state: _State) -> bool:
    """The day the next sentences are about: the last day the sentence names, a target date aside. Whether it
    named one."""
    for mention in reversed(mentions):
        if not _is_deadline(text, mention):
            state.current_day = mention.date if mention.kind == "day" else None
            state.current_day_yearless = dates.names_month_without_year(mention)
            return True
    return False


def _carry_only(context: ArticleContext, sentence: Sentence, state: _State) -> None:
    """A sentence with no outcome word still moves the day, the year and the speaker on.

    The day and the speaker are read only if a later sentence asks for them (see :class:`_State`): most sentences
    after an article's last figure, and most days, are never asked for."""
    state.year_hint = dates.latest_year(sentence.text) or state.year_hint
    if " day" in sentence.text[:40] and _relative_day(sentence.text) is not None:
        # "The next day, the army took the town.": the day moves on now (read at once: the day before is needed)
        _move_day_on(sentence.text, day_of(sentence, context, state.year_hint), state)
    elif context.has_time_word(sentence):  # (day_of finds no day in a sentence without one)
        state._waiting_days.append((context, sentence, state.year_hint))
    state.wait_for_speaker(context, sentence)


_HEADER_OUTCOMES = [(re.compile(r"killed|dead|deaths|fatalities|died|toll", re.I), "killed"),
                    (re.compile(r"wounded|injured|injuries", re.I), "wounded"),
                    (re.compile(r"captured|prisoners", re.I), "captured"),
                    (re.compile(r"displaced", re.I), "displaced"),
                    (re.compile(r"neutrali[sz]ed|casualties", re.I), "other")]
_SOURCE_HEADER = re.compile(r"^(?:source|sources|claimed by|according to|claimant|reported by)$", re.I)
_DATE_HEADER = re.compile(r"^(?:date|day|when)$", re.I)
# A date cell that spans days ("July 2012 – 22 December 2016", "3 July 2015 – ongoing") fixes no one day
_SPAN_CELL = re.compile(r"[–—]|\s-\s|\b(?:to|until|till)\b", re.I)
_PLACE_HEADER = re.compile(r"^(?:location|place|region|province|governorate|town|city|area)$", re.I)
_NUMBER_CELL = re.compile(r"^\s*\d[\d,]*\+?\s*$")  # "28+" is a count too: a lower bound


def _cells(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The cells of a Markdown table row as (text, start, end), offsets into the article."""
    cells = []
    inner_start = text.index("|") + 1
    inner_end = text.rstrip().rstrip("|")
    position = inner_start
    for part in text[inner_start:len(inner_end)].split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((stripped, offset + position + lead, offset + position + lead + len(stripped)))
        position += len(part) + 1
    return cells


def _table_claims(article: Article, context: ArticleContext, rows: list[Block], state: _State,
                  after: Block | None) -> None:
    """Claims in a Markdown table.

    A number in a column whose header names an outcome ("Killed", "Wounded") is a claim; so is a number in a
    column whose header names people ("Civilians", "Turkish forces") when the table's heading or the paragraph
    beside it says what happened to them ("death toll"). Cells of running text are read as sentences, with the
    row's date and place.
    """
    header = [c[0] for c in _cells(article.text[rows[0].start:rows[0].end], rows[0].start)]
    before = [b for b in article.blocks if b.end <= rows[0].start and b.kind in ("body", "subheading", "headline")]
    beside = " ".join(b.text for b in ([before[-1]] if before else []) + ([after] if after is not None else []))
    beside_outcome = next((o for p, o in _HEADER_OUTCOMES if p.search(beside)), None)
    beside_sentence = None
    if after is not None and after.kind == "body":
        beside_sentence = context.sentences(after)
    for block in rows[1:]:
        cells = _cells(article.text[block.start:block.end], block.start)
        if all(re.fullmatch(r":?-{2,}:?", c[0]) for c in cells if c[0]):
            continue  # the |---|---| separator
        row = list(zip(header, cells))
        claimant, as_written, inferred = context.outlet_name, NOT_ATTRIBUTED, False
        day, place = "", ""
        for name, (text, _, _) in row:
            if _SOURCE_HEADER.match(name) and text:
                text = text.replace("**", "").strip()  # "**Lancet survey**": bold type is no part of the name
                mentions = context.reference.actors.mentions(text)
                claimant = mentions[0].actor.canonical if mentions and mentions[0].actor else text
                as_written = text
            if _DATE_HEADER.match(name) and text and not _SPAN_CELL.search(text):
                found = [m for m in dates.find_dates(text, article.reference_date, article.reference_date_source,
                                                      article.reference_date.year if article.reference_date else None)
                         if m.kind == "day"]
                day = found[0].date.isoformat() if found else ""
            if _PLACE_HEADER.match(name) and text:
                place = text
        if not place and row and not _NUMBER_CELL.match(row[0][1][0]) and not _DATE_HEADER.match(row[0][0]) \
                and not _SOURCE_HEADER.match(row[0][0]):
            # The first cell names the row ("Idlib | 12 | 3"); a date or a source there is no place.
            place = row[0][1][0]
        if claimant == context.outlet_name and beside_sentence:
            # A table without a source column cites its source in the paragraph beside it.
            for sentence in beside_sentence:
                found = attribute(context, sentence, sentence.start, None)
                if found is not None and "according to" in sentence.text.lower():
                    claimant, as_written, inferred = found.claimant, found.claimant_as_written, True
                    break
        # Who the row is about: the cells that are neither a count, a source, a date nor a place.
        label = " ".join(text for name, (text, _, _) in row
                         if not (_SOURCE_HEADER.match(name) or _DATE_HEADER.match(name) or _PLACE_HEADER.match(name)
                                 or any(p.search(name) for p, _ in _HEADER_OUTCOMES)) and not _NUMBER_CELL.match(text)
                         and len(text.split()) < 8)
        for name, (text, start, end) in row:
            if len(text.split()) >= 8 or (not _NUMBER_CELL.match(text) and re.search(r"\d", text)
                                          and any(p.search(name) for p, _ in _HEADER_OUTCOMES)):
                # A cell of running text, or of words under an outcome header ("8 soldiers killed" under
                # "Casualties"): its sentences, with the row's date and place.
                pseudo = Block("table", text, start, end)
                source = Attribution(claimant, as_written, block.start, inferred) \
                    if claimant != context.outlet_name else None
                for sentence in context.sentences(pseudo):
                    _sentence_claims(article, context, sentence, state, table_day=day, table_place=place,
                                     table_source=source)
                continue
            outcome = next((o for pattern, o in _HEADER_OUTCOMES if pattern.search(name)), None)
            people_header = _side_of_words(name) is not None or any(
                w.lower().rstrip("*") in PERSON_NOUNS for w in name.split())
            if outcome is None and people_header and beside_outcome:
                outcome = beside_outcome
                words = name.lower().replace("*", "").split()
            elif outcome is not None and _side_of_words(name) is not None:
                # "Hezbollah fatalities": a column of one party's losses is that party's, whatever other
                # parties the row's cells name ("Free Syrian Army" in an "Opponents" column)
                words = name.lower().replace("*", "").split()
            elif outcome is not None:
                words = (name + " " + label).lower().replace(",", " ").split()
            else:
                continue
            if not _NUMBER_CELL.match(text):
                continue
            for quantity in find_quantities(text):
                if quantity.low == 0 or not quantity.plausible:
                    continue
                head = next((w for w in reversed(words) if w in PERSON_NOUNS), words[-1] if words else "")
                phrase = _Victims(quantity, 0, 0, head, words)
                side = _side(phrase, None, outcome)
                state.claims.append(Claim(
                    article_id=article.article_id, claim_id="", quote=article.text[block.start:block.end],
                    quote_start=block.start, quote_end=block.end, quantity_text=quantity.text,
                    number_low=quantity.low, number_high=quantity.high, qualifier=quantity.qualifier,
                    outcome=outcome, victim_side=side, victim_text=f"{label} ({name})".strip(), claimant=claimant,
                    claimant_as_written=as_written, event_date=day, place=place or context.lead_place,
                    paragraph=None, scope="incident" if day else "period", claimant_inferred=inferred,
                    notes="from a table row" + (f"; {OUTCOME_NOTES[outcome]}" if outcome in OUTCOME_NOTES else ""),
                ))


__all__ = ["Claim", "extract_claims", "OUTCOMES", "SIDES", "CANDIDATE"]
