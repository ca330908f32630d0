"""Extract deployment facts: observation posts and their count, convoys, reinforcements, troops sent.

A deployment fact is reported like a claim: it keeps its quote, who reports it (the photo caption's agency,
"Turkish media", or the outlet in its own voice), its date when the sentence names a day, and its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .articles import Article
from .events import place_key
from .numbers import find_quantities, may_end_with_number
from .reference import Reference
from .text import NOT_ATTRIBUTED, PARTIES, ArticleContext, Sentence, attribute, day_of
from .vocabulary import VOCABULARY

_WORDS = {kind: [w for w, v in VOCABULARY["deployment_word"].items() if v == kind]
          for kind in ("observation_posts", "convoy", "reinforcements", "troops_deployed")}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Built from the vocabulary's deployment words (data/reference/vocabulary.csv, kind deployment_word).
DEPLOYMENT_PATTERNS = {
    # ("12 military observation posts": the count stands before the adjective)
    "observation_posts": re.compile(r"\b(?:military\s+)?(?:" + _alt(_WORDS["observation_posts"]) + r")\b",
                                    re.IGNORECASE),
    "convoy": re.compile(r"\b(?:military\s+)?(?:" + _alt(_WORDS["convoy"]) + r")(?:\s+of\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:vehicles|tanks|trucks|troops|soldiers|armour|armor)(?:\s+and\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:vehicles|tanks|trucks|troops|equipment))?)?\b", re.IGNORECASE),
    "reinforcements": re.compile(r"\b(?:" + _alt(_WORDS["reinforcements"]) + r")\b", re.IGNORECASE),
    # ("troops were sent", and in the active voice "has sent thousands of troops", "deployed 5,000 more soldiers")
    "troops_deployed": re.compile(r"\b(?:troops|soldiers|forces)\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
                                  r"(?:" + _alt(_WORDS["troops_deployed"]) + r")\b"
                                  r"|\b(?:" + _alt(_WORDS["troops_deployed"]) + r")\s+(?:(?:some|about|around|nearly|"
                                  r"over|more\s+than)\s+)?(?:\d[\d,.]*\s+|(?:tens\s+of\s+)?thousands\s+of\s+|"
                                  r"hundreds\s+of\s+|dozens\s+of\s+)?(?:(?:additional|more|extra|fresh)\s+)?"
                                  r"(?:troops|soldiers)\b", re.IGNORECASE),
}
_ANY_DEPLOYMENT = re.compile(r"\b(?:" + _alt([w for words in _WORDS.values() for w in words]) + r")\b",
                             re.IGNORECASE)
# The first word of every deployment phrase: a sentence holding none of them (a plain substring test) needs no
# search of the patterns above.
_FIRST_WORDS = tuple(sorted({w.split()[0].lower() for words in _WORDS.values() for w in words}))
# The same, kind by kind: in ASCII text (where case-insensitive matching is plain ASCII case), a pattern whose words'
# first words are all absent from the lower-cased sentence cannot match it.
_KIND_FIRST_WORDS = {kind: tuple(sorted({w.split()[0].lower() for w in words})) for kind, words in _WORDS.items()}
# "to establish an observation post", "plans to send reinforcements": a plan in the deployment's clause, not a
# deployment (data/reference/vocabulary.csv, kind deployment_plan)
_PLANNED = re.compile(r"(?<![\w-])(?:" + _alt(list(VOCABULARY["deployment_plan"])) + r")(?![\w-])[^.;:]{0,60}$",
                      re.IGNORECASE)
_PLAN_NEEDS = tuple(sorted({w.split()[0].lower() for w in VOCABULARY["deployment_plan"]}))
_NATIONALITY_SIDES = {"turkish": "turkey", "turkey's": "turkey", "syrian": "syria_government", "russian": "russia"}
_NATIONALITY_WORD = re.compile(r"(?<![\w-])(?:Turkish|Syrian|Russian)(?![\w-])", re.IGNORECASE)
_PARTY_NAMES = {"turkey": "Turkey", "syria_government": "Syrian government", "russia": "Russia"}
_CAPTION_AGENCY = re.compile(r"/\s*(?P<agency>[A-Z][\w ]+)$")


@dataclass
class Deployment:
    """One reported deployment of forces."""

    article_id: str
    deployment_id: str
    kind: str
    what: str
    count: int | None
    actor: str
    side: str
    claimant: str
    claimant_as_written: str
    date: str
    place: str
    quote: str
    quote_start: int
    quote_end: int
    block: str
    paragraph: int | None


def _count_before(sentence: Sentence, start: int, end: int | None = None) -> int | None:
    """An exact number directly before the deployment phrase ("12 observation posts"), or inside it ("sent 5,000
    troops")."""
    if end is not None:
        inside = [q for q in find_quantities(sentence.text[start:end]) if q.qualifier in ("exact", "approximately")]
        if inside:
            return inside[0].low
    if not may_end_with_number(sentence.text[:start]):
        return None
    for quantity in find_quantities(sentence.text[:start]):
        if quantity.end >= start - 1 and sentence.text[quantity.end:start].strip() == "" and \
                quantity.qualifier in ("exact", "approximately"):
            return quantity.low
    return None


def _deployer(actor) -> str:
    """Whose forces, as the pages name them: the state for one of its own bodies ("Turkey", never "Turkish National
    Defence Ministry") and for an official of a side that is one state; any other actor by its name (Hezbollah's
    convoy is Hezbollah's, not the Syrian government's)."""
    own_body = any(word in actor.canonical.lower() for word, side in _NATIONALITY_SIDES.items() if side == actor.side)
    official = actor.side in ("turkey", "russia") and actor.kind in ("official", "head_of_state", "ministry",
                                                                        "military", "government")
    return _PARTY_NAMES[actor.side] if own_body or official else actor.canonical


def _who(context: ArticleContext, sentence: Sentence, phrase_start: int, speaker: str | None = None,
         previous: Sentence | None = None, phrase: str = "") -> tuple[str, str]:
    """Whose forces: a nationality word in the phrase ("a convoy of Syrian troops") or just before it, else the speaker's own ("our troops", "our elements
    sent as reinforcements"), else the party named nearest before the phrase ("Erdogan wants Syrian forces to pull
    back from positions where Turkey has set up observation posts": Turkey's), else, for a sentence opening with
    "It", the party that opens the sentence before ("Turkey fears a new wave of refugees. It has 12 posts"). A party
    named only after it is no deployer: "Our troops deployed to Idlib came under the regime's attack" are not the
    regime's troops."""
    inside = _NATIONALITY_WORD.search(phrase)
    if inside:  # "a convoy of Syrian troops": the phrase names whose (a trial read it as Turkey's, named before it)
        side = _NATIONALITY_SIDES[inside.group().lower()]
        return _PARTY_NAMES[side], side
    words = sentence.text[max(0, phrase_start - 40):phrase_start].lower().split()
    for word in reversed(words[-3:]):
        if word in _NATIONALITY_SIDES:
            side = _NATIONALITY_SIDES[word]
            return _PARTY_NAMES[side], side
    # (the speaker's own: a possessive just before the phrase, or "our" a few words before it, the forces it names
    # and what they were sent as between: "our elements sent as reinforcements")
    if speaker and words and (words[-1].strip("“\"'") in ("our", "its", "their")
                              or "our" in (w.strip("“\"'") for w in words[-4:])):
        actor = context.reference.actors.by_name(speaker)
        if actor is not None and actor.side in PARTIES:
            return _deployer(actor), actor.side
    # The nearest before the phrase of a party named ("where Turkey has set up posts") and a nationality ("the
    # Turkish forces that were sent to the province as reinforcements"); a possessive names a place's country,
    # not a deployer ("in Syria's Idlib province").
    text = context.article.text
    before = [(m.start - sentence.start, _deployer(m.actor), m.actor.side)
              for m in context.mentions_in(sentence)
              if m.start - sentence.start < phrase_start and m.actor is not None and m.actor.side in PARTIES
              and not text.startswith(("'s", "’s"), m.end)]
    before += [(match.start(), _PARTY_NAMES[_NATIONALITY_SIDES[match.group().lower()]],
                _NATIONALITY_SIDES[match.group().lower()])
               for match in _NATIONALITY_WORD.finditer(sentence.text, 0, phrase_start)]
    if before:
        _, name, side = max(before)
        return name, side
    if previous is not None and sentence.text.startswith("It "):
        opening = [m.actor for m in context.mentions_in(previous)
                   if m.start == previous.start and m.actor is not None and m.actor.side in PARTIES]
        if opening:
            return _deployer(opening[0]), opening[0].side
    return "", "unspecified"



# A deployment's quote is the clause that tells it, at most this many characters either side of its phrase: a whole
# sentence of wire copy runs to 230 characters, and two of them were 38% of a short article the licence does not let
# us republish (a trial). The link to the original gives the whole sentence.
QUOTE_REACH = 80
QUOTE_SLACK = 30
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–]\s|\s-\s")


def _quote(sentence: Sentence, match: re.Match) -> dict:
    """The quote of a deployment found at ``match`` in ``sentence``: its clause (see :func:`clause_quote`)."""
    return clause_quote(sentence.text, sentence.start, match.start(), match.end())


def clause_quote(text: str, offset: int, start: int, stop: int) -> dict:
    """The clause of ``text`` (a sentence at ``offset`` in the article) that tells the deployment written at
    ``start``:``stop``, cut at a word within QUOTE_REACH: what the pages quote of it, for the machine's deployments
    and for those an editor adds alike."""
    low = max(0, start - QUOTE_REACH)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, low, start)]
    # (with no clause break in reach, a cut that would leave a few words of the sentence out takes them in:
    # "... to prevent a Syrian government" read as a phrase of its own)
    begin = breaks[-1] if breaks else (0 if low <= QUOTE_SLACK else text.find(" ", low, start) + 1)
    high = min(len(text), stop + QUOTE_REACH)
    after = _CLAUSE_BREAK.search(text, stop, high)
    end = after.start() if after else (len(text) if len(text) - high <= QUOTE_SLACK
                                       else text.rfind(" ", stop, high))
    if end <= stop:
        end = stop
    elif not after and end < len(text):
        end = _without_dangling_words(text, stop, end)
    begin, end = _balanced(text, begin, end, start, stop)
    quoted = text[begin:end].rstrip(" ,;:")
    return {"quote": quoted, "quote_start": offset + begin, "quote_end": offset + begin + len(quoted)}


_DANGLING_WORD = re.compile(r"\s+(?:%s)$" % VOCABULARY.alternation("dangling_word"), re.IGNORECASE)
# a word that opens a clause or an infinitive, and the one lower-case word after it that the cut left ("to back")
_DANGLING_CLAUSE = re.compile(r"\s+(?:%s)\s+(?-i:[a-z])[\w'’-]*$" % "|".join(
    re.escape(word) for word, value in VOCABULARY["dangling_word"].items() if value == "clause"), re.IGNORECASE)


def _without_dangling_words(text: str, stop: int, end: int) -> int:
    """A cut at a word drops the words a phrase never ends on ("... to Idlib as", "... province to back" read as cut
    off mid-phrase to trials), never into the deployment's own words; a name after "to" stays ("to Idlib")."""
    while end > stop and (dangling := _DANGLING_WORD.search(text, stop, end)
                          or _DANGLING_CLAUSE.search(text, stop, end)):
        end = dangling.start()
    return max(end, stop)


def _balanced(text: str, begin: int, end: int, phrase_start: int, phrase_stop: int) -> tuple[int, int]:
    """A clause cut inside a quotation starts after its opening mark, or ends before its closing one, so that the
    page never shows a mark it does not close (a trial read 'carried out "against our elements ... in Idlib')."""
    part, start, stop = text[begin:end], phrase_start - begin, phrase_stop - begin
    straight = [i for i, c in enumerate(part) if c == '"'] if '"' in part else []  # (a loop only where one stands)
    if len(straight) % 2:
        before = [i for i in straight if i < start]
        lone = before[-1] if len(before) % 2 else next((i for i in straight if i >= stop), None)
    elif part.count("“") > part.count("”"):
        lone = part.rindex("“")
    elif part.count("”") > part.count("“"):
        lone = part.index("”")
    else:
        return begin, end
    if lone is None or start <= lone < stop:
        return begin, end  # (a mark inside the deployment's own words: left as it is)
    return (begin + lone + 1, end) if lone < start else (begin, begin + lone)


def _merge_repeats(facts: list[Deployment]) -> list[Deployment]:
    """One fact per uncounted kind, side and place: a story names the same reinforcements more than once.

    The mention kept is the one with a date (the report), else the first.
    """
    kept: dict[tuple, Deployment] = {}
    counted = []
    for fact in facts:
        if fact.count is not None:
            counted.append(fact)
            continue
        key = (fact.kind, fact.side, place_key(fact.place))  # ("Idlib province" and "Idlib": one place)
        if key not in kept or (fact.date and not kept[key].date):
            kept[key] = fact
    return counted + list(kept.values())


def extract_deployments(article: Article, reference: Reference, context: ArticleContext | None = None
                        ) -> list[Deployment]:
    """Deployment facts in the caption and the body, in text order."""
    context = context or ArticleContext.build(article, reference)
    facts: list[Deployment] = []
    agency = _CAPTION_AGENCY.search(article.photo_credit or "")
    for block in article.blocks:
        if block.kind not in ("caption", "body"):
            continue
        sentences = context.sentences(block)
        for index, sentence in enumerate(sentences):
            lowered = sentence.text.lower()
            if not any(word in lowered for word in _FIRST_WORDS) or not _ANY_DEPLOYMENT.search(sentence.text):
                continue
            day = next((m.date for m in day_of(sentence, context, None) if m.kind == "day"), None)
            plain = sentence.text.isascii()
            may_plan = any(word in lowered for word in _PLAN_NEEDS)  # a plan needs one of these words
            for kind, pattern in DEPLOYMENT_PATTERNS.items():
                if plain and not any(word in lowered for word in _KIND_FIRST_WORDS[kind]):
                    continue
                for match in pattern.finditer(sentence.text):
                    if may_plan and _PLANNED.search(sentence.text, max(0, match.start() - 80), match.start()):
                        continue
                    if block.kind == "caption":
                        claimant = f"{agency['agency'].strip()} photo caption" if agency else "photo caption"
                        as_written = article.photo_credit or "(caption)"
                    else:
                        attribution = attribute(context, sentence, sentence.start + match.start(), None)
                        claimant = attribution.claimant if attribution else context.outlet_name
                        as_written = attribution.claimant_as_written if attribution else NOT_ATTRIBUTED
                    actor, side = _who(context, sentence, match.start(), claimant,
                                       sentences[index - 1] if index else None, match.group())
                    facts.append(Deployment(
                        article_id=article.article_id, deployment_id="", kind=kind, what=match.group(),
                        count=_count_before(sentence, match.start(), match.end() if kind == "troops_deployed" else None), actor=actor, side=side, claimant=claimant,
                        claimant_as_written=as_written, date=day.isoformat() if day else "",
                        place=context.place_of(sentence), **_quote(sentence, match), block=block.kind,
                        paragraph=block.number,
                    ))
    facts = _merge_repeats(facts)
    facts.sort(key=lambda f: (f.quote_start, f.kind))
    for number, fact in enumerate(facts, start=1):
        fact.deployment_id = f"{article.article_id}-d{number:03d}"
    return facts
