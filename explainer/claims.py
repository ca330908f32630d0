"""Extract attributed casualty claims from a cleaned article.

A claim is a figure someone states about people killed, wounded, captured or displaced. The rules, in order:

1. Find quantities (see :mod:`explainer.numbers`) followed, within three modifier words, by a noun for people
   ("four Turkish soldiers", "20 regime fighters", "hundreds of thousands of people", "nine others").
   "12 observation posts", "151 tanks" and "100's of premium titles" are not about people, so are not claims.
2. Link each to a casualty verb: after it ("were killed", "died", in lists "seven soldiers, one contractor and
   13 others were killed") or before it ("killed six Syrian soldiers", "wounded another 20").
3. Tell whose side the people are on from their modifiers ("Turkish", "regime", "rebels"), else from the
   previous person in the same list or sentence ("nine others"), else "civilians" for people, residents, ...
4. Attribute: "according to X", "X said", "said X", "He said" (see :func:`explainer.text.attribute`). With
   no attribution in the sentence the article itself makes the claim, and the outlet is the claimant.
5. Date: a day named in the sentence, else the last day named earlier in the article; a period or a vague
   time ("in recent weeks", "From 27 Feb to 5 March") leaves it empty. Place: the sentence's, else the lead's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .articles import Article
from .numbers import Quantity, find_quantities
from .reference import Reference
from .text import SPEECH_VERBS, ArticleContext, Attribution, attribute, day_of
from . import dates

MONTH_WORDS = set(dates.MONTHS)

OUTCOMES = ("killed", "wounded", "captured", "displaced", "other")
SIDES = ("turkey", "syria_government", "rebels", "civilians", "russia", "unspecified")

PERSON_NOUNS = {
    "soldier", "soldiers", "troops", "trooper", "troopers", "servicemen", "serviceman", "personnel", "fighters",
    "fighter", "militants", "militant", "rebels", "rebel", "insurgents", "jihadists", "jihadist", "militiamen",
    "militia", "militias", "members", "member", "forces", "civilians", "civilian", "people", "persons", "person",
    "residents", "children", "child", "women", "men", "others", "contractors", "contractor", "officers", "officer",
    "pilots", "pilot", "crew", "policemen", "gunmen", "combatants", "syrians", "turks", "russians", "villagers",
    "refugees", "staff", "workers", "worker", "employees", "commanders", "commander", "guards", "recruits",
}
CIVILIAN_HEADS = {"civilians", "people", "persons", "person", "residents", "children", "child", "women", "men",
                  "villagers", "refugees"}
# "30 other soldiers", "20 more troops": the same people as the figure before.
CONTINUING_WORDS = {"other", "more", "additional", "further", "another"}
INHERITING_HEADS = {"others", "contractors", "contractor", "staff", "workers", "worker", "employees", "members",
                    "member", "crew", "personnel", "officers", "officer", "pilots", "pilot"}
# Words that end a noun phrase: a modifier between a number and its noun is never one of these.
_STOP = {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "and", "or", "but", "of", "in",
         "on", "at", "by", "to", "from", "the", "a", "an", "with", "for", "that", "which", "who", "as", "than",
         "into", "since", "after", "before", "during", "while", "said", "says", "killed", "wounded", "injured"}

OUTCOME_WORDS = {
    "killed": r"killed|killing|kills|kill|died|dead|lost their lives|martyred|slain|perished|executed|shot dead",
    "wounded": r"wounded|wounding|injured|injuring|hurt",
    "captured": r"captured|capturing|taken prisoner|taken captive|abducted|kidnapped|detained",
    "displaced": r"displaced|displacing|forced to flee|fled|uprooted|made homeless",
    "other": r"neutralized|neutralised|neutralizing|neutralising|neutralize|neutralise",
}
_OUTCOME_ALTERNATION = "|".join(f"(?P<{name}>{words})" for name, words in OUTCOME_WORDS.items())
_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|had|have|has)\s+)?"
    r"(?:(?:\w+ly|also|all|reportedly)\s+)?[\"'“‘]?(?:" + _OUTCOME_ALTERNATION + r")\b"
)
_BEFORE = re.compile(
    r"\b(?:" + _OUTCOME_ALTERNATION + r")[\"'”’]?\s+(?:(?:another|a\s+further|an\s+additional|some|all)\s+)?$"
)
_ELLIPSIS = re.compile(r"\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:" + "|".join(
    ("killed", "dead", "died", "wounded", "injured", "captured")) + r")\b")
_ANY_OUTCOME = re.compile(r"\b(?:" + "|".join(OUTCOME_WORDS.values()) + r")\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*as well as)\s*")
_TRAILING_PHRASE = re.compile(r"\s+(?:in|during|near|at|by)\s+[^,.;:\"“”]*")
_ACCORDING_TAIL = re.compile(r",\s*according to\s+[^,.;:\"“”]+")
SINGULAR_PERSONS = ("soldier", "civilian", "fighter", "rebel", "officer", "pilot", "contractor", "child", "woman",
                    "man", "serviceman", "militant", "trooper", "commander", "worker", "member")
_SINGLE = re.compile(r"\b(an?)\s+(?=(?:[\w-]+\s+){0,2}(?:" + "|".join(SINGULAR_PERSONS) + r")\b)", re.IGNORECASE)
_ALL_OF = re.compile(r"\ball\s+(?:its|their|the|of\s+the)\s+(?=(?:crew|passengers|occupants|members|soldiers)\b)",
                     re.IGNORECASE)

OUTCOME_NOTES = {
    "other": "'neutralised' is the Turkish military's word for killed, wounded or captured; not a death toll",
}


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


@dataclass
class _Victims:
    quantity: Quantity  # offsets relative to the sentence
    start: int  # sentence-relative span of quantity + modifiers + noun
    end: int
    head: str
    modifiers: list[str]
    side: str = "unspecified"


def _victim_phrases(sentence: str) -> list[_Victims]:
    """Quantities followed by a noun for people, in sentence order."""
    quantities = list(find_quantities(sentence))
    for match in _SINGLE.finditer(sentence):
        # "a Turkish soldier was killed" is a figure of one, as "one soldier" is.
        if not any(q.start < match.end() and match.start() < q.end for q in quantities):
            quantities.append(Quantity(match.group(1), match.start(1), match.end(1), 1, 1, "exact"))
    for match in _ALL_OF.finditer(sentence):
        if not any(q.start < match.end() and match.start() < q.end for q in quantities):
            quantities.append(Quantity(match.group().strip(), match.start(), match.end() - 1, None, None,
                                       "unspecified"))
    phrases = []
    for quantity in sorted(quantities, key=lambda q: q.start):
        rest = sentence[quantity.end:]
        if _ELLIPSIS.match(rest):
            # "five Turkish soldiers were killed and five wounded": the people are those named before.
            phrases.append(_Victims(quantity, quantity.start, quantity.end, "others", []))
            continue
        words = list(re.finditer(r"[\w’'-]+|[^\w\s]", rest))[:5]
        modifiers: list[str] = []
        for position, word in enumerate(words):
            token = word.group()
            lowered = token.lower()
            if lowered == "of" and position == 0 and quantity.qualifier == "vague":
                continue  # "dozens of fighters", "hundreds of thousands of people"
            if lowered in PERSON_NOUNS:
                # "civilian contractor": the last of adjacent person nouns is the head.
                head, end = lowered, word.end()
                for later in words[position + 1:]:
                    if later.group().lower() not in PERSON_NOUNS or rest[end:later.start()].strip():
                        break
                    modifiers.append(head)
                    head, end = later.group().lower(), later.end()
                phrases.append(_Victims(quantity, quantity.start, quantity.end + end, head, modifiers))
                break
            if (lowered in _STOP or lowered in MONTH_WORDS or not re.match(r"[A-Za-z]", token)
                    or len(modifiers) >= 3):
                break
            modifiers.append(lowered)
    return phrases


def _side(phrase: _Victims, previous: _Victims | None) -> str:
    """Whose people these are, from their own words first, then from the person named before them."""
    words = set(phrase.modifiers) | {phrase.head}
    joined = " ".join(phrase.modifiers)
    if phrase.head in CIVILIAN_HEADS and not words & {"rebel", "rebels", "fighters"}:
        return "civilians"
    if "turkish-backed" in joined or words & {"rebel", "rebels", "opposition", "insurgents", "jihadists",
                                               "jihadist", "militants", "hts", "islamist"}:
        return "rebels"
    if words & {"russian", "russians"}:
        return "russia"
    if words & {"turkish", "turks", "turkey's"}:
        return "turkey"
    if words & {"regime", "government", "pro-government", "pro-regime", "loyalist", "assad", "syrian", "syrians",
                "army"}:
        return "syria_government"
    if previous is not None and (phrase.head in INHERITING_HEADS or not phrase.modifiers
                                 or words & CONTINUING_WORDS):
        return previous.side
    return "unspecified"


def _outcome(match: re.Match) -> str:
    return next(name for name in OUTCOME_WORDS if match.group(name))


def _link_outcomes(sentence: str, phrases: list[_Victims]) -> list[tuple[_Victims, str, int, int]]:
    """(phrase, outcome, quote start, quote end) for each phrase a casualty verb governs; others are dropped."""
    linked = []
    for index, phrase in enumerate(phrases):
        # Walk right over list items ("seven soldiers, one contractor, and 13 others") to the verb.
        right = phrase.end
        following = index + 1
        while following < len(phrases) and _LIST_GAP.fullmatch(sentence[right:phrases[following].start]):
            right = phrases[following].end
            following += 1
        after = _AFTER.match(sentence, right)
        if after:
            end = after.end()
            tail = _TRAILING_PHRASE.match(sentence, end)
            if tail and not re.search(r"\s(?:and|but)\s", tail.group()) and len(tail.group().split()) > 2:
                end = tail.end()
            # A list item that is not the last is quoted alone, as annotators quote it ("seven Turkish soldiers").
            linked.append((phrase, _outcome(after), phrase.start, end if following == index + 1 else phrase.end))
            continue
        # Walk left over list items to a verb before them ("killed six soldiers and four civilians").
        left = phrase.start
        previous = index - 1
        while previous >= 0 and _LIST_GAP.fullmatch(sentence[phrases[previous].end:left]):
            left = phrases[previous].start
            previous -= 1
        before = _BEFORE.search(sentence[:left])
        if before:
            end = phrase.end
            according = _ACCORDING_TAIL.match(sentence, end)
            if according:
                end = according.end()
            linked.append((phrase, _outcome(before), before.start() if previous == index - 1 else phrase.start,
                           end))
    return linked


_TOLL = re.compile(
    r"\b(?:death\s+)?toll(?:\s+(?:among|of|for|from))?(?P<who>(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:has\s+|had\s+)?"
    r"(?:rose|risen|climbed|increased|reached|stands\s+at|stood\s+at|jumped|hit|is|was)(?:\s+to)?|at)\s+"
    r"(?=\S)", re.IGNORECASE)


def _death_tolls(sentence: str) -> list[tuple[_Victims, str, int, int]]:
    """Death tolls ("the toll among Turkish troops rose to 33"): people killed, with no noun after the figure."""
    found = []
    for match in _TOLL.finditer(sentence):
        quantities = [q for q in find_quantities(sentence[match.end():]) if q.start == 0]
        if not quantities:
            continue
        quantity = quantities[0]
        shifted = Quantity(quantity.text, match.end(), match.end() + quantity.end, quantity.low, quantity.high,
                           quantity.qualifier)
        words = [w.lower() for w in re.findall(r"[\w'’-]+", match["who"])]
        phrase = _Victims(shifted, shifted.start, shifted.end, words[-1] if words else "", words)
        phrase.side = _side(phrase, None)
        start = sentence.lower().rfind("the ", 0, match.start())
        start = start if start >= 0 and start >= match.start() - 10 else match.start()
        found.append((phrase, "killed", start, shifted.end))
    return found


def _claimant_or_outlet(attribution: Attribution | None, context: ArticleContext) -> tuple[str, str]:
    if attribution is None:
        return context.outlet_name, "(not attributed)"
    return attribution.claimant, attribution.claimant_as_written


def extract_claims(article: Article, reference: Reference, context: ArticleContext | None = None) -> list[Claim]:
    """All casualty claims in the article's body, in text order, with stable ids.

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
    claims: list[Claim] = []
    current_day = None
    year_hint = article.reference_date.year if article.reference_date else None
    last_speaker: Attribution | None = None
    last_phrase: _Victims | None = None
    claims.extend(_table_claims(article, context))
    for block in article.blocks:
        if block.kind != "body":
            continue
        for sentence in context.sentences(block):
            year_hint = dates.latest_year(sentence.text) or year_hint
            mentions = day_of(sentence, context, year_hint)
            sentence_day = next((m.date for m in mentions if m.kind == "day"), None)
            sentence_has_time = bool(mentions)
            # Only a sentence with a casualty word can hold a claim; most have none, and skipping them is cheap.
            phrases = _victim_phrases(sentence.text) if _ANY_OUTCOME.search(sentence.text) else []
            previous: _Victims | None = None
            for phrase in phrases:
                # The first figure of a sentence may continue the last one ("30 other soldiers were wounded").
                before = previous or (last_phrase if set(phrase.modifiers) & CONTINUING_WORDS else None)
                phrase.side = _side(phrase, before)
                previous = phrase
            linked = _link_outcomes(sentence.text, phrases) + _death_tolls(sentence.text)
            if linked:
                last_phrase = linked[-1][0]
            for phrase, outcome, quote_start, quote_end in linked:
                attribution = attribute(context, sentence, sentence.start + phrase.start, last_speaker)
                claimant, as_written = _claimant_or_outlet(attribution, context)
                if sentence_has_time:
                    event_day = sentence_day
                else:
                    event_day = current_day
                start = sentence.start + quote_start
                end = sentence.start + quote_end
                quantity = phrase.quantity
                claims.append(Claim(
                    article_id=article.article_id, claim_id="", quote=article.text[start:end], quote_start=start,
                    quote_end=end, quantity_text=quantity.text, number_low=quantity.low,
                    number_high=quantity.high, qualifier=quantity.qualifier, outcome=outcome,
                    victim_side=phrase.side, victim_text=sentence.text[phrase.start:phrase.end],
                    claimant=claimant, claimant_as_written=as_written,
                    event_date=event_day.isoformat() if event_day else "", place=context.place_of(sentence),
                    paragraph=block.number, notes=OUTCOME_NOTES.get(outcome, ""),
                ))
            if SPEECH_VERBS.search(sentence.text) or "according to" in sentence.text.lower():
                speaker = attribute(context, sentence, sentence.start, last_speaker)
                if speaker is not None:
                    last_speaker = speaker
            if mentions:
                last = mentions[-1]
                current_day = last.date if last.kind == "day" else None
    claims.sort(key=lambda c: c.quote_start)
    for number, claim in enumerate(claims, start=1):
        claim.claim_id = f"{article.article_id}-c{number:03d}"
    return claims


_HEADER_OUTCOMES = [(re.compile(r"killed|dead|deaths|fatalities|died|toll", re.I), "killed"),
                    (re.compile(r"wounded|injured|injuries", re.I), "wounded"),
                    (re.compile(r"captured|prisoners", re.I), "captured"),
                    (re.compile(r"displaced", re.I), "displaced"),
                    (re.compile(r"neutrali[sz]ed", re.I), "other")]
_SOURCE_HEADER = re.compile(r"^(?:source|sources|claimed by|according to|claimant|reported by)$", re.I)
_DATE_HEADER = re.compile(r"^(?:date|day|when)$", re.I)


def _cells(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The cells of a Markdown table row as (text, start, end), offsets into the article."""
    cells = []
    position = text.index("|") + 1
    for part in text.strip().strip("|").split("|"):
        start = text.index(part, position - 1) if part else position
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((stripped, offset + start + lead, offset + start + lead + len(stripped)))
        position = start + len(part) + 1
    return cells


def _table_claims(article: Article, context: ArticleContext) -> list[Claim]:
    """Claims in Markdown tables: a number in a column whose header names an outcome ("Killed", "Wounded")."""
    claims: list[Claim] = []
    header: list[str] | None = None
    previous_kind = None
    for block in article.blocks:
        if block.kind != "table":
            previous_kind = block.kind
            continue
        cells = _cells(article.text[block.start:block.end], block.start)
        if previous_kind != "table":
            header = [c[0] for c in cells]  # the first row of a table is its header
            previous_kind = "table"
            continue
        if all(re.fullmatch(r":?-{2,}:?", c[0]) for c in cells if c[0]):
            continue  # the |---|---| separator
        row = dict(zip(header or [], cells))
        # Who the row is about: the cells that are neither a count, a source nor a date ("Turkish soldiers").
        label = " ".join(text for name, (text, _, _) in row.items()
                         if not (_SOURCE_HEADER.match(name) or _DATE_HEADER.match(name)
                                 or any(p.search(name) for p, _ in _HEADER_OUTCOMES)))
        claimant, as_written = context.outlet_name, "(not attributed)"
        day = ""
        for name, (text, _, _) in row.items():
            if _SOURCE_HEADER.match(name) and text:
                mentions = context.reference.actors.mentions(text)
                claimant = mentions[0].actor.canonical if mentions and mentions[0].actor else text
                as_written = text
            if _DATE_HEADER.match(name) and text:
                found = [m for m in dates.find_dates(text, article.reference_date, article.reference_date_source,
                                                      article.reference_date.year if article.reference_date else None)
                         if m.kind == "day"]
                day = found[0].date.isoformat() if found else ""
        for name, (text, start, end) in row.items():
            outcome = next((o for pattern, o in _HEADER_OUTCOMES if pattern.search(name)), None)
            if outcome is None:
                continue
            for quantity in find_quantities(text):
                words = (name + " " + label).lower().replace(",", " ").split()
                phrase = _Victims(quantity, 0, 0, words[-1] if words else "", words)
                side = _side(phrase, None)
                claims.append(Claim(
                    article_id=article.article_id, claim_id="", quote=article.text[block.start:block.end],
                    quote_start=block.start, quote_end=block.end, quantity_text=quantity.text,
                    number_low=quantity.low, number_high=quantity.high, qualifier=quantity.qualifier, outcome=outcome,
                    victim_side=side, victim_text=f"{label} ({name})".strip(), claimant=claimant,
                    claimant_as_written=as_written, event_date=day, place=context.lead_place, paragraph=None,
                    notes="from a table row" + (f"; {OUTCOME_NOTES[outcome]}" if outcome in OUTCOME_NOTES else ""),
                ))
    return claims
