"""Sentences and per-article context shared by the claim and deployment extractors."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass, field

from . import dates
from .articles import Article, Block
from .numbers import COUNT, find_quantities
from .patterns import Folded
from .reference import Actor, Mention, NameFinder, Reference
from .tables import NOT_ATTRIBUTED  # noqa: F401 (the extraction writes it; re-exported for its rules)
from .vocabulary import VOCABULARY

# Split after . ! ? (and a closing quote or bracket) when the next sentence starts with a capital, a digit or a
# quote. Abbreviations such as "U.S." or "Gen." are kept whole.
# A full stop with no space after it ("... Assad regime’.Those wounded", "Turkey said.Another 12") still ends a
# sentence when a lower-case word ends it and a capitalised word starts the next (never "U.S.Army", "Hawarnews.com").
# The stop is matched first (the engine then scans for it alone); the boundary proper starts after it.
# ("... injuring more than 165 others.[1][2][3] The Islamic State ...": Wikipedia's reference marks after the stop)
_BOUNDARY = re.compile(r"[.!?](?P<boundary>[\"”’)]?(?:\[\d{1,3}\])*\s+(?=[\"“(]?\**[A-Z0-9])"
                       r"|(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][\"”’][.!?]))[\"”’)]?(?=[A-Z][a-z]{2}))")
# ("(b. 1984)", "(d. 2015)", "(c. 1950)": born, died, circa in brackets end no sentence)
_ABBREVIATIONS = re.compile(r"(?:\b[A-Z]\.|\((?:b|d|c)\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Brig|Adm|Cmdr|Prof|St|No|vs|Jan|Feb|Mar|Apr|Jun|"
                            r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$")


# "report that" is a plural present ("Officials report that 12 were killed") unless a determiner or a possessive makes
# "report" a noun ("Bahrain's report that", "a report that"): that noun names its speaker by other rules.
_NOUN_BEFORE_REPORT = re.compile(r"(?:['’]s|\b(?:a|an|the|this|that|its|his|her|their|our|one|another|first|new|latest))\s+$",
                                 re.IGNORECASE)


# "According to Armenian media reports, five were killed": "reports" after "according to" and its source is a noun
_ACCORDING_BEFORE_REPORT = re.compile(r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(?P<word>[\w'’-]+)\s+$")


def _report_noun(text: str, verb: re.Match) -> bool:
    if verb.group() == "claim":
        # "Syrian activists claim that" is a plural present; "Bahrain's claim that", "a claim that" are nouns
        before = _WORD_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
        return before is None or not (before["word"].lower().endswith("s")
                                      or before["word"].lower() in VOCABULARY["source_noun"]) \
            or _NOUN_BEFORE_REPORT.search(text, max(0, verb.start() - 12), verb.start()) is not None
    if not verb.group().startswith("report"):
        return False
    if verb.group() == "reports" and SPEECH_VERBS.match(text, verb.end() + 1) and text[verb.end():verb.end() + 1] == " ":
        return True  # "Media reports said", "Turkish press reports suggested": a noun, the subject of the verb after it
    if verb.group() == "report":
        # "Venezuelan authorities report", "Activists report": a verb only after a plural subject or a source noun
        # ("the 2014 Syrian detainee report Syrian officials ...": a noun)
        before = _WORD_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
        if before is None or not (before["word"].lower().endswith("s")
                                  or before["word"].lower() in VOCABULARY["source_noun"]):
            return True
    if (verb.group() == "report" or verb.group().startswith("report ")) and _NOUN_BEFORE_REPORT.search(text, max(0, verb.start() - 12), verb.start()):
        return True
    return bool(_ACCORDING_BEFORE_REPORT.search(text, max(0, verb.start() - 60), verb.start()))


def _alternation(kind: str) -> str:
    return VOCABULARY.alternation(kind)


# "put the toll at" in the vocabulary also reads "put the rebel death toll at", "raised the official figure to": up to
# two words may stand between "the" and its noun in a speech phrase (so one row serves every such wording)
# ("raised their estimated civilian death toll to": a possessive stands where "the" does)
# (each phrase written whole: "the " in it is widened below)
SPEECH_VERBS = re.compile(r"(?<![\w-])(?:" + VOCABULARY.alternation("speech_verb", tree=False).replace(
    r"the\s+", r"(?:the|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?")
                          + r")(?![\w-])")
_ACCORDING = _alternation("according_to")
# A bracket that opens with the attribution: "(per Turkey & SOHR)", "(according to the SOHR)"
_BRACKETED_SOURCE = re.compile(r"\s*(?:" + _ACCORDING + r")\s", re.IGNORECASE)
# "42 soldiers killed, 100 missing (SOHR claim)", "(SOHR and Israel claim)": a source named in brackets with the word
# for its claim, after the figures it gives (a Wikipedia table's or infobox's way of crediting)
_BRACKETED_CLAIM = re.compile(r"\((?P<who>[^()]{2,80}?)\s+(?:claims?|figures?|estimates?|counts?|tally)\)")
# Words that tie a source to a body without making it that body: "sources close to Turkey" are not Turkey
_TIES = ("linked to", "affiliated with", "close to", "loyal to", "aligned with")
# "according to sources close to Turkey", "(per other sources, close to Turkey)": the tied source, as written
_TIED_SOURCE = re.compile(r"(?<![\w-])(?:" + _ACCORDING + r")\s+(?P<who>(?:[\w'’-]+,?\s+){1,4}?(?:"
                          + "|".join(t.replace(" ", r"\s+") for t in _TIES) + r")\s+(?:the\s+)?)$", re.IGNORECASE)
# "according to X", "according to a 2020 UN report": up to four words between the phrase and the name, never a
# relative clause ("according to witnesses who spoke to the BBC": the witnesses speak, not the BBC).
# "per cent of", "per capita": "per" only names a source ("per SOHR") when no unit follows it.
# "according to the head of the Observatory": the organisation its head or spokesman speaks for.
ACCORDING_TO = re.compile(r"(?<![\w-])(?:" + _ACCORDING + r")\s+(?!(?:cent|capita|day|week|month|year)\b)"
                          r"(?:(?:the\s+|its\s+)?(?:head|director|chief|spokesman|spokeswoman|spokesperson)\s+of\s+)?"
                          # "according to a report by the UK-based war monitor the SOHR": the report's author
                          r"(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:" + _alternation("report_noun") + r")\s+"
                          # ("according to a report in May 2016 by X", "a report published on 3 June by X": its date)
                          r"(?:(?:(?:published|released|issued)\s+)?(?:in|on)\s+(?:[\w-]+\s+){1,3}?)?"
                          # ("according to pro-opposition citizen journalist group X": four words of description)
                          r"(?:by|from)\s+(?:[\w'’-]+\s+){0,5}|(?:(?!(?:who|which)\s)[\w'’-]+\s+){0,4}"
                          # "according to the volunteer rescue group known as the White Helmets": a description, then
                          # the name
                          r"|(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}(?:known\s+as|called)\s+(?:the\s+)?"
                          # "according to information obtained from Civil Defense (White Helmets) sources": the name
                          # the table knows, in brackets after the one written
                          r"|(?:[\w'’-]+\s+){0,5}[A-Z][\w'’-]*\s*\()"
                          # ("according to *The New York Times*": a name set in italics)
                          r"\**$", re.IGNORECASE)
_ACCORDING_ANYWHERE = Folded(r"(?<![\w-])(?:" + _ACCORDING + r")(?![\w-])")
_ARTICLE_WORDS: NameFinder | None = None  # see _article_words
_SPEECH_DETERMINERS = ("the", "their", "its", "his", "her")  # as SPEECH_VERBS reads them


def _article_words() -> NameFinder:
    """The four lists of words an article is scanned for before its sentences are read, found in one pass of one
    automaton, each list on its own: speech verbs (SPEECH_VERBS confirms each), "according to" forms
    (_ACCORDING_ANYWHERE confirms each), time words and outcome words. One pass, not four: each pass reads every
    character of the article. Built on first use, as the outcome words are explainer.claims', which imports this."""
    global _ARTICLE_WORDS
    if _ARTICLE_WORDS is None:
        from .claims import CANDIDATE_WORDS

        # ("put the toll at" is found as "put the": SPEECH_VERBS lets words stand between "the" and its noun)
        speech = {word.split(" the ")[0] + f" {determiner}" if " the " in word else word
                  for word in VOCABULARY["speech_verb"] for determiner in _SPEECH_DETERMINERS}
        _ARTICLE_WORDS = NameFinder(speech, VOCABULARY["according_to"], dates.TIME_WORDS, CANDIDATE_WORDS)
    return _ARTICLE_WORDS
_CONTINUATION = Folded(r"^(?:[\"“]?(?:" + _alternation("continuation") + r")(?![\w-]))|(?<![\w-])(?:"
                       + _alternation("continuation") + r")(?![\w-])")
# ("Its researchers documented four attacks": a body's own staff, the vocabulary's staff_noun words, speak for it)
# ("The statement on Friday cited", "the group issued on Monday said": the day it spoke, between it and its verb)
_ON_THE_DAY = r"(?:(?:issued|released|published)\s+)?on\s+(?:" + "|".join(day.capitalize() for day in dates.WEEKDAYS) + r")"
PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,;])(?P<p>He|She|It|They|he|she|it|they|The\s+report|the\s+report|The\s+statement|"
                             r"the\s+statement|[Tt]he\s+tweet|[Tt]he\s+post|[Ii]ts\s+(?i:" + _alternation("staff_noun")
                             + r"))\s+(?:" + _ON_THE_DAY + r"\s+)?(?:(?:\w+ly|also|further|later|"
                             r"then|again|meanwhile|went\s+on\s+to)\s+){0,2}$")


# "They also cleared the village, killing 27": a pronoun with "also" or "further" continues a source only when a
# speech verb follows ("It also reported", "He further alleged"); before another verb the pronoun is whoever acted
_PRONOUN_GOING_ON = re.compile(r"(?:it|he|she|they)\s+(?:also|further)\s+(?:\w+ly\s+)?(?P<next>[\w'’-]+)", re.IGNORECASE)
_SPEECH_FIRST_WORDS = frozenset(word.split()[0] for word in VOCABULARY["speech_verb"])


# ("Of those killed, 20 were civilians": a part of the figure before, which goes on with its source only where that
# figure was the source's own, the vocabulary's rows of value "part")
_PART_CONTINUATIONS = frozenset(w for w, value in VOCABULARY["continuation"].items() if value == "part")


def is_continuation(text: str, parts: bool = True) -> bool:
    """Whether a sentence goes on with the last source's report ("It also reported", "This brought the total");
    with ``parts`` false, a part of the figure before ("Of those killed, ...") is no continuation."""
    for match in _CONTINUATION.finditer(text[:200]):
        if not parts and " ".join(match.group().lower().lstrip("\"“").split()) in _PART_CONTINUATIONS:
            continue
        going_on = _PRONOUN_GOING_ON.match(text, match.start() + (1 if text[match.start()] in "\"“" else 0))
        if going_on is None or going_on["next"].lower() in _SPEECH_FIRST_WORDS:
            return True
    return False


@dataclass(frozen=True)
class Sentence:
    """A sentence with offsets into the article text and the block it belongs to."""

    text: str
    start: int
    end: int
    block: Block


# A bullet or number opening a list item, and the bracket opening a Markdown link around the item's text
_LIST_MARKER = re.compile(r"(?:[-+*•]\s+|\d{1,3}[.)]\s+)?(?:\[(?=[^\]\n]{3,}\]\())?")


def split_sentences(article: Article, block: Block) -> list[Sentence]:
    """Sentences of one block, each with offsets into ``article.text``."""
    text = article.text[block.start:block.end]
    sentences = []
    new = object.__new__
    for start, end in sentence_spans(text):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trimmed = piece.strip()
        marker = _LIST_MARKER.match(text, start + lead)  # (the link may close a later sentence)
        if marker.end() > marker.start() and marker.end() - marker.start() < len(trimmed):
            # "- India claims ...", "2. [Somali police say ...](/news/...)": a list marker and a link's opening
            # bracket are no part of the sentence, whose first words may name its speaker
            trimmed = trimmed[marker.end() - marker.start():]
            lead = marker.end() - start
        if trimmed:
            begin = block.start + start + lead
            # (a Sentence made as its frozen dataclass's __init__ makes it, without one object.__setattr__ per field:
            # every sentence of every article is one)
            sentence = new(Sentence)
            sentence.__dict__.update(text=trimmed, start=begin, end=begin + len(trimmed), block=block)
            sentences.append(sentence)
    return sentences


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph's text, untrimmed: the one splitter of the project."""
    spans = []
    cursor = 0
    for match in _BOUNDARY.finditer(text):
        start = match.start("boundary")
        # (a closing double quote after the stop ends the quoted sentence: 'brothers from Iraq, Australia, U.K." In
        # November ...')
        if _ABBREVIATIONS.search(text[max(cursor, start - 10):start]) and not text.startswith(('"', "”"), start):
            continue
        # A closing quote or bracket belongs to the sentence it closes.
        boundary = match["boundary"]
        closing = len(boundary) - len(boundary.lstrip("\"”’)"))
        spans.append((cursor, start + closing))
        cursor = match.end()
    spans.append((cursor, len(text)))
    return spans


# An acronym spelled out right before it in brackets, "the Armed Forces of the Philippines (AFP)": the name's
# capitals spell it (checked in _spelled_out)
_SPELLED_OUT = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|for|and|on|de|la|du)\s+)*[A-Z][\w'’.-]*){1,8})\s*\($")


def _spelled_out(text: str, mentions: list[Mention], reference: Reference) -> list[Mention]:
    """The mentions, where the passage spells an acronym out ("the Armed Forces of the Philippines (AFP)") as a body
    other than the one the actors table knows by it (the news agency AFP): that acronym, from there on, is the body
    spelled out (the table's actor where it knows the name, else the name as written). Reads only the mentions of
    an acronym in brackets, never the whole text again."""
    defined: dict[str, Actor] = {}
    changed = list(mentions)
    for index, mention in enumerate(mentions):
        acronym = mention.text
        if acronym in defined and not mention.descriptor:
            changed[index] = dataclasses.replace(mention, actor=defined[acronym])
            continue
        if mention.descriptor or not acronym.isupper() or len(acronym) < 2 or mention.actor is None \
                or not text.startswith(")", mention.end) or not text.endswith("(", 0, mention.start):
            continue
        spelled = _SPELLED_OUT.search(text, max(0, mention.start - 120), mention.start)
        if spelled is None:
            continue
        capitals = list(re.finditer(r"[A-Z][\w'’.-]*", spelled["name"]))
        # the shortest run of the name's last words whose capitals spell the acronym ("The Armed Forces of ...")
        first = next((i for i in range(len(capitals) - 1, -1, -1)
                      if "".join(w.group()[0] for w in capitals[i:]) == acronym.replace(".", "")), None)
        if first is None:
            continue
        name = spelled["name"][capitals[first].start():].strip()
        actor = reference.actors.by_name(name) or Actor(f"spelled-out:{name}", name, "unspecified", "organisation")
        if actor.actor_id == mention.actor.actor_id:
            continue  # "Agence France-Presse (AFP)": the table's own reading
        defined[acronym] = actor
        changed[index] = dataclasses.replace(mention, actor=actor)
    return changed


@dataclass
class ArticleContext:
    """What extraction needs to know about a whole article: mentions, lead place, the outlet as an actor."""

    article: Article
    reference: Reference
    mentions: list[Mention]
    lead_place: str
    outlet_name: str
    headline_place: str = ""  # the lead place when the headline names it
    _starts: list[int] | None = None
    _sentences: dict = field(default_factory=dict)
    _words: list | None = None  # _article_words' four lists of (start, end, word), from one scan of the article
    _time_hits: list[int] | None = None
    _speech_hits: list[re.Match] | None = None
    _speech_starts: list[int] | None = None
    _according_hits: list[int] | None = None
    _places: list | None = None
    _place_starts: list[int] | None = None
    _named: frozenset | None = None  # the people named by a name of their own (names_person())
    _marks: dict = field(default_factory=dict)  # where a mark ("“", "(@") stands: counted between offsets by bisection

    @classmethod
    def build(cls, article: Article, reference: Reference) -> "ArticleContext":
        mentions = _spelled_out(article.text, reference.actors.mentions(article.text), reference)
        # The lead place is the one the headline or the opening two paragraphs name (a summary line may open the
        # story before the paragraph that says where): a place first named further down is where that paragraph's
        # events happened, not the article's (a passage on strikes near Damascus that mentions Idlib in its fifth
        # paragraph is not about Idlib).
        headline = [b for b in article.blocks if b.kind == "headline"][:1]
        story_blocks = headline + [b for b in article.blocks if b.kind in ("body", "table")
                                   and len(b.text.split()) >= 8][:2]  # (a line such as "Fast News" is no paragraph)
        lead_place = ""
        context = cls(article, reference, mentions, "", "")
        for block in story_blocks:
            places = reference_places(reference, article.text[block.start:block.end], mentions, block.start,
                                      starts=context._mention_starts(), found=context.places_in(block.start,
                                                                                                 block.end))
            if places:
                lead_place = places[0]
                context.headline_place = lead_place if block.kind == "headline" else ""
                break
        outlet_actor = reference.actors.by_name(article.outlet) if article.outlet else None
        outlet_name = outlet_actor.canonical if outlet_actor else (article.outlet or _outlet_from_url(article))
        context.lead_place, context.outlet_name = lead_place, outlet_name
        return context

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """The mentions inside the sentence, found once per sentence (the speaker, source, place and deployment rules
        each ask; callers only read the list)."""
        key = ("mentions", sentence.start, sentence.end)
        found = self._sentences.get(key)
        if found is None:
            starts = self._mention_starts()
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, sentence.end)
            found = self._sentences[key] = [m for m in self.mentions[first:last] if m.end <= sentence.end]
        return found

    def names_person(self, canonical: str) -> bool:
        """Whether the article names the person ``canonical`` (a head of state, an official) by their own name
        somewhere, not only by their post ("the Turkish president")."""
        if self._named is None:
            self._named = frozenset(m.actor.canonical for m in self.mentions if m.actor is not None
                                    and not m.descriptor and m.actor.kind in PERSON_KINDS)
        return canonical in self._named

    def _mention_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        return self._starts

    def places_in(self, start: int, end: int) -> list:
        """Places named between two offsets, as (start, end, place) relative to ``start``: one scan per article."""
        if self._places is None:
            self._places = self.reference.places.find(self.article.text)
            self._place_starts = [p[0] for p in self._places]
        low = bisect.bisect_left(self._place_starts, start)
        high = bisect.bisect_left(self._place_starts, end)
        return [(s - start, e - start, place) for s, e, place in self._places[low:high] if e <= end]

    def _word_hits(self, group: int) -> list[tuple[int, int, str]]:
        if self._words is None:
            self._words = _article_words().find_each(self.article.text)
        return self._words[group]

    def outcome_word_starts(self) -> list[int]:
        """Where the outcome words of explainer.claims start in the article, in order."""
        return [start for start, _, _ in self._word_hits(3)]

    def has_time_word(self, sentence: Sentence) -> bool:
        """Whether the sentence holds a time word, from one scan of the whole article."""
        if self._time_hits is None:
            self._time_hits = dates.time_word_starts(self.article.text,
                                                     [start for start, _, _ in self._word_hits(2)])
        index = bisect.bisect_left(self._time_hits, sentence.start)
        return index < len(self._time_hits) and self._time_hits[index] < sentence.end

    def count_between(self, mark: str, start: int, end: int) -> int:
        """How often ``mark`` stands in the article's text from ``start`` to ``end``, from one scan of the article
        (a paragraph of thousands of sentences would otherwise be read again for each one)."""
        if mark not in self._marks:
            self._marks[mark] = [m.start() for m in re.finditer(re.escape(mark), self.article.text)]
        marks = self._marks[mark]
        return bisect.bisect_left(marks, end - len(mark) + 1) - bisect.bisect_left(marks, start)

    def open_quotation_between(self, start: int, end: int) -> str | None:
        """:func:`open_quotation` of the article's text from ``start`` to ``end``."""
        if self.count_between("“", start, end) > self.count_between("”", start, end):
            return "“"
        return '"' if self.count_between('"', start, end) % 2 == 1 else None

    def sentence_index(self, sentence: Sentence) -> int | None:
        """The position of ``sentence`` among its paragraph's sentences (by bisection), or None."""
        sentences = self.sentences(sentence.block)
        index = bisect.bisect_left(sentences, sentence.start, key=lambda s: s.start)
        return index if index < len(sentences) and sentences[index].start == sentence.start else None

    def may_speak(self, sentence: Sentence) -> bool:
        """Whether the sentence holds a speech verb or an "according to", from one scan of the whole article."""
        return bool(self.speech_verbs(sentence)) or self.says_according(sentence)

    def speech_verbs(self, sentence: Sentence) -> list[re.Match]:
        """The speech verbs of a sentence, in order, from one scan of the whole article.

        The word automaton finds every speech word at once; the pattern then confirms each where it stands (its
        case and its word boundaries), so the verbs are the ones ``SPEECH_VERBS`` finds in the sentence.
        """
        if self._speech_hits is None:
            text = self.article.text
            found = (SPEECH_VERBS.match(text, start) for start, _, _ in self._word_hits(0))
            # ("hosts 3.66 million registered refugees": a word right after a count is an adjective, never a verb)
            # ("the largest host of registered refugees": a participle after "of" or "the" is an adjective too)
            self._speech_hits = [m for m in found if m is not None and not _report_noun(text, m)
                                 and not (_AFTER_A_COUNT.search(text, max(0, m.start() - 12), m.start())
                                          and not _MONTH_DAY_BEFORE.search(text, max(0, m.start() - 16), m.start()))
                                 # ("a bombardment Ankara blamed on Damascus killed 33": a clause on the attack, its
                                 # object before it; who blames states no count)
                                 and not (m.group() == "blamed" and text.startswith(" on ", m.end()))
                                 # ("HTS declared war on Jund al-Aqsa", "declared a ceasefire": an act, no statement)
                                 and not (m.group() == "declared" and _DECLARED_ACT.match(text, m.end()))
                                 and not (m.group().endswith("ed")
                                          and _ADJECTIVE_AFTER.search(text, max(0, m.start() - 8), m.start()))]
            self._speech_starts = [m.start() for m in self._speech_hits]
        low = bisect.bisect_left(self._speech_starts, sentence.start)
        high = bisect.bisect_left(self._speech_starts, sentence.end)
        return [m for m in self._speech_hits[low:high] if m.end() <= sentence.end]

    def says_according(self, sentence: Sentence) -> bool:
        """Whether the sentence holds an "according to" or its like, from one scan of the whole article."""
        if self._according_hits is None:
            text = self.article.text
            self._according_hits = [start for start, _, _ in self._word_hits(1)
                                    if _ACCORDING_ANYWHERE.match(text, start)]
        return _hit_within(self._according_hits, sentence)

    def tweet_author(self, sentence: Sentence) -> Attribution | None:
        """The author of a tweet the article embeds, for a sentence of the tweet's text: the credit line that
        closes an embedded tweet ("— Syria Civil Defence (@SyriaCivilDef) March 11, 2020") after the sentence, in
        its paragraph or as the next one. None for any other sentence (a cheap test first: the "(@")."""
        text = self.article.text
        block = sentence.block
        following = [b for b in self.article.blocks if b.start >= block.end][:1]
        inside = _TWEET_CREDIT.search(text, sentence.start, sentence.end) if "(@" in sentence.text else None
        for start, end in ((sentence.start, sentence.end), (sentence.end, block.end),
                           *((b.start, b.end) for b in following)):
            if not self.count_between("(@", start, end):
                continue
            # (within the sentence: "... pic.twitter.com/x — Name (@handle) date" as one line)
            credit = inside if start == sentence.start else _TWEET_CREDIT.match(text, start, end)
            if credit is None or (start not in (sentence.start, sentence.end) and end - start > 160):
                continue
            name = " ".join(credit["name"].split())
            actor = self.reference.actors.by_name(name)
            return Attribution(actor.canonical if actor else name, f"{name} (@{credit['handle']}), in a tweet",
                               credit.start("name"))
        return None

    def sentences(self, block: Block) -> list[Sentence]:
        """The block's sentences, split once and shared by the claim and deployment extractors."""
        key = (block.start, block.end)
        if key not in self._sentences:
            self._sentences[key] = split_sentences(self.article, block)
        return self._sentences[key]

    def place_of(self, sentence: Sentence) -> str:
        """Where the sentence's events happened: the place it names, else the last place named before it in its
        paragraph, else the article's lead place.

        A place the reference table knows comes first (a town before a city); else a place it does not know, named
        after a word of place ("in Ayn Issa", "the village of Hadriyat", "near Damascus"), as written. A sentence
        naming none goes on in the place of the sentences before it in its paragraph; only a paragraph naming no
        place at all falls back to the lead place ("Idlib" must not stand for a strike the paragraph puts in Afrin).
        """
        key = ("places", sentence.block.start, sentence.block.end)
        if key not in self._sentences:
            each = self.sentences(sentence.block)
            self._sentences[key] = ({}, each, [s.start for s in each])
        # Each sentence's own place or the one carried to it, walking back from the sentence asked about to the
        # nearest that names a place (most figures' sentences name their own: the sentences before are then never
        # read), and keeping what each sentence walked over carries, so that no sentence is read twice (walking
        # back again from every sentence would take time with the square of a long paragraph's length).
        carried, each, starts = self._sentences[key]
        index = bisect.bisect_right(starts, sentence.start) - 1
        walked = []
        position = index
        while position >= 0 and position not in carried:
            named = self._named_place(each[position])
            if named:
                carried[position] = named
                break
            walked.append(position)
            position -= 1
        base = carried[position] if position >= 0 else ""
        for position in walked:
            carried[position] = base
        if index < 0:
            return self.lead_place
        # A facility named after its place ("Israeli strikes on Damascus airport killed seven") is where the sentence
        # naming it happened, before a place carried from earlier; it is carried on only where the paragraph names
        # no place (a passage whose paragraph named only the airport took the article's lead place, Idlib)
        own = self._named_place(each[index]) or self._facility(each[index])
        return own or carried[index] or self._facility_before(each, index) or self.lead_place

    def _facility_before(self, each: list[Sentence], index: int) -> str:
        """The facility named nearest before sentence ``index`` of its paragraph, or "" (each answer kept, so a
        paragraph is walked once however many of its sentences ask)."""
        def key(position: int) -> tuple:
            return "facility before", each[position].start

        first = index
        while first > 0 and key(first) not in self._sentences:
            first -= 1
        if key(first) not in self._sentences:
            self._sentences[key(first)] = ""  # (the paragraph's first sentence has none before it)
        for position in range(first + 1, index + 1):
            self._sentences[key(position)] = self._facility(each[position - 1]) or self._sentences[key(position - 1)]
        return self._sentences[key(index)]

    def _facility(self, sentence: Sentence) -> str:
        key = ("facility", sentence.start, sentence.end)
        if key not in self._sentences:
            self._sentences[key] = _facility_place(self, sentence)
        return self._sentences[key]

    def place_at(self, sentence: Sentence, position: int, place: str) -> str:
        """The place of the figure at ``position`` (an offset in the sentence): where the figure's own clause names
        a place ("ten died in Maaret Misreen, while six were killed in Idlib"), that one, chosen as a sentence's is
        (:meth:`_named_place`); else ``place``, the sentence's."""
        key = ("clause breaks", sentence.start, sentence.end)
        if key not in self._sentences:  # once a sentence, whatever the number of its figures
            self._sentences[key] = [m.start() for m in _PLACE_CLAUSE_BREAK.finditer(sentence.text)] \
                if "," in sentence.text or ";" in sentence.text or " and " in sentence.text else []
        breaks = self._sentences[key]
        if not breaks:
            return place
        index = bisect.bisect_right(breaks, position)
        low = breaks[index - 1] if index else 0
        high = breaks[index] if index < len(breaks) else len(sentence.text)
        clause = Sentence(sentence.text[low:high], sentence.start + low, sentence.start + high, sentence.block)
        return self._named_place(clause) or place

    def carried_place(self, sentence: Sentence, place: str) -> bool:
        """Whether ``place`` (the sentence's, from :meth:`place_of`) was carried from an earlier sentence: the
        sentence names no place, and the place is not the one the headline names (the article's subject)."""
        return bool(place) and place != self.headline_place and not self._named_place(sentence) \
            and not self._facility(sentence)

    def _named_place(self, sentence: Sentence) -> str:
        """The place a sentence itself names, or ""."""
        key = ("named place", sentence.start, sentence.end)
        if key not in self._sentences:
            # (a part of a place, "the Sukkari district of Aleppo", before the place it lies in; one search a sentence)
            quarter = _quarter_place(sentence.text, self.reference.places) if _QUARTER_NOUN.search(sentence.text) else ""
            if quarter:
                self._sentences[key] = quarter
                return quarter
            found = [hit for hit in self.places_in(sentence.start, sentence.end)
                     if not _spoken_from(sentence.text, hit[0])]  # "told reporters in Istanbul": where he spoke
            places = reference_places(self.reference, sentence.text, self.mentions, sentence.start, with_kind=True,
                                      starts=self._mention_starts(), found=found)
            order = {"town": 0, "city": 1}
            places.sort(key=lambda item: order.get(item[1], 2))  # (stable: the first named of a kind stays first)
            if places:
                named, start, end = places[0][0], places[0][2], places[0][3]
            else:
                named, start = _unlisted_place_at(self, sentence)
                end = start + len(named)
            if places and places[0][1] != "town":
                # "a school in Maaret Masreen in northern rural Idlib": a place the table does not know, named as
                # lying in the one it knows, is where it happened (the wider place is only where that is)
                unlisted, unlisted_start = _unlisted_place_at(self, sentence, skip_listed=True)
                within = _WITHIN.match(sentence.text, sentence.text.find(unlisted) + len(unlisted)) if unlisted else None
                if within and self.reference.places.find(within["wider"]):
                    named, start, end = unlisted, unlisted_start, unlisted_start + len(unlisted)
                elif unlisted and unlisted.split()[-1].lower() not in _country_names():
                    # "forces advancing from Aleppo killed six rebels in Tell Bajer": a place the table does not know,
                    # named after a word of place, says more than a city or province the sentence also names (a
                    # country says less: "in Syria" never replaces Aleppo)
                    named, start, end = unlisted, unlisted_start, unlisted_start + len(unlisted)
            self._sentences[key] = _as_written(self.article.text, start, end, named) if named else named
        return self._sentences[key]


# The line closing an embedded tweet: "— Name (@handle) March 11, 2020" (a dash, the author, the handle)
_TWEET_CREDIT = re.compile(r"\s*(?:pic\.twitter\.com/\w+\s*)?(?<![\w-])[—–-]\s*(?P<name>[^()@\n—–]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)")


# Where a figure's clause ends for its place: "X died in A, while Y were killed in B", "...; ...", ", and N"
_PLACE_CLAUSE_BREAK = re.compile(r",\s+(?:while|whilst|whereas|but|and|as)\s+|;\s|,\s+(?=\d)"
                                 # "killed five people in Kafranbel and four in Saraqib": each count its own place
                                 r"|,?\s+and\s+(?=(?:" + COUNT + r")\s+(?:[a-z]+\s+){0,2}?(?:in|at|near)\s+[A-Z])")


# After a place: the wider one it lies in ("in Maaret Masreen in northern rural Idlib", "in Kafr Nabl, Idlib")
_WITHIN = re.compile(r"(?:\s*,\s*|\s+in\s+|\s+of\s+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<wider>[A-Z][\w'’-]+)")


# A place the reference table does not know, after a word of place: "in Ayn Issa", "near the town of al-Bab",
# "on the outskirts of Jibeen", "in the Hadriyat village" is left alone (its name comes before the noun).
# "the village of Qasabiyeh" names a place whatever word comes before it ("an advance on the village of X").
_COMPASS = (r"(?:northern|southern|eastern|western|central|north-western|northwestern|north-eastern|"
            r"northeastern|south-western|southwestern|south-eastern|southeastern|"
            # ("in northwest Syria", "in north-east Syria": the compass point alone)
            r"north|south|east|west|northwest|north-west|northeast|north-east|southwest|south-west|southeast|"
            r"south-east)")
_DIRECTIONS = r"(?:" + _COMPASS + r"\s+)?"
_PLACE_NOUN_OF = r"(?:[A-Z][\w'’-]+\s+)?(?:" + _alternation("place_noun") + r")\s+of\s+(?:the\s+)?"
# (an Arabic name's article or particle may be written apart and in lower case: "Sahel al Rouj", "Deir ez Zor";
# never an English word: "in Idlib as Turkish troops")
_NAME_PARTICLE = r"(?:\s+(?:al|el|ar|ash|az|ez|es|ed|bin|ibn|abu)(?=\s+[A-Z]))?"
_PLACE_NAMED = re.compile(r"(?<![\w-])(?:(?:in|near|outside|around|inside|at|into|throughout)\s+(?:the\s+)?"
                          + _DIRECTIONS + "(?:" + _PLACE_NOUN_OF + r")?|the\s+" + _DIRECTIONS + _PLACE_NOUN_OF + ")"
                          r"(?P<name>(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?:" + _NAME_PARTICLE
                          # ("Deir ez-Zor", "Ras al-Ain": a later word may open with its article in lower case)
                          + r"\s+(?:[Aa]l-|[Ee]l-|(?:ez|es|ed|ad|an|ar|as|ash|az|at|ul|un)-)?[A-Z][\w'’-]+){0,2})")
# The compass point written right before a country's name ("in northwest Syria"): a region, kept as written, and the
# place only where the sentence names none more precise ("in northwest Colombia near Medellin" is Medellin)
_REGION_BEFORE = re.compile(_COMPASS + r"\s+$", re.IGNORECASE)
# "in Israeli missile strikes", "outside the Somalian capital": a country's adjective says whose, never where
_ADJECTIVE_OF_NATION = re.compile(r"[A-Z][a-z]+(?:i|an|ese|ish)")


@functools.cache
def _country_names() -> frozenset[str]:
    """Every country's name, lower-cased (ISO 3166, from pycountry): read once, on the first adjective asked about."""
    import pycountry

    return frozenset(getattr(country, attribute).lower() for country in pycountry.countries
                     for attribute in ("name", "common_name", "official_name") if getattr(country, attribute, None))


def country_name(word: str) -> bool:
    """Whether ``word`` is a country's name of one word ("Iraq", "Myanmar", "Sudan")."""
    return word.lower() in _country_names()


def nation_adjective(word: str) -> bool:
    """Whether ``word`` is a country's adjective: "Israeli", "Malian", "Lebanese", "Afghan" (its stem names a
    country); never a place's own name that happens to end alike ("Hayyan", "Kobani", "Qamishli")."""
    if not _ADJECTIVE_OF_NATION.fullmatch(word):
        return False
    lowered = word.lower()
    stems = (lowered[:-1], lowered[:-2], lowered[:-3], lowered[:-3] + "a", lowered[:-4] + "a", lowered[:-3] + "on",
             lowered + "istan", lowered[:-3] + "e")  # ("Ukrainian": Ukraine)
    return any(len(stem) >= 4 and stem in _country_names() for stem in stems)


# "in Israeli-controlled areas", "in Turkish-backed ranks": whose hands, not a place
_HELD_BY = re.compile(r"[A-Z][\w'’]*-(?!(?:al|el|ar|ash|az|ez|es|ed|bin|ibn|abu)\b)[a-z]+")
_NEXT_WORD = re.compile(r"['’]?s?\s+([a-z][\w-]*)")
_SIDE_WORDS = set(VOCABULARY["side_word"])
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
# A country's adjective and one of these is an event or a body ("the Syrian Civil War"); with another name it is a
# region ("in Iraqi Kurdistan")
_NOT_PLACE_LAST = {"War", "Conflict", "Crisis", "Revolution", "Uprising", "Army", "Forces", "Government", "Regime"}
_NOT_PLACE_NAMES = {"Operation", "Battle", "Siege", "Offensive", "Campaign", "Brigade", "Army", "The"}
_NOT_PLACE_WORDS = {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "which", "some", "many"}


# Where a source spoke, not where the events happened: a place right after a speaking word ("Erdogan said in
# Ankara that ...", "told reporters in Moscow", "told AFP in Beirut", "at a news conference in Sochi"), with at most a
# few small words, a weekday or (after "told") a name between them.
_SPOKEN_FROM = re.compile(
    r"(?<![\w-])(?:told(?:\s+[A-Z][\w.&'’-]*){1,3}|(?i:" + _alternation("speaking_word") + r"))(?![\w-])"
    r"(?:\s+(?:(?:to|on|late|early|at|during|a|an|the|his|her|their|its|reporters|journalists|press|media|lawmakers|"
    r"parliament|supporters|joint|televised|news|weekly|daily)|[A-Z][a-z]+day)(?![\w-])){0,5}"
    r"\s+(?:in|at)\s+(?:the\s+)?$")


# Where a reporting body works from: "a monitoring group based in Britain", "the Observatory, headquartered in
# Coventry" (units stay where they are: "soldiers based in Kilis were killed" keeps Kilis)
_SEAT_OF_SOURCE = re.compile(r"(?<![\w-])(?i:" + _alternation("seat_noun") + r")(?:\s*\([^()]{1,40}\))?,?"
                             r"\s+(?:which\s+is\s+|that\s+is\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?$")


def _spoken_from(text: str, name_start: int) -> bool:
    """Whether the place named at ``name_start`` is where a source spoke (:data:`_SPOKEN_FROM`) or where a reporting
    body works from (:data:`_SEAT_OF_SOURCE`)."""
    window = text[max(0, name_start - 90):name_start]
    return window.endswith(("in ", "at ", "the ")) and (_SPOKEN_FROM.search(window) is not None
                                                       or _SEAT_OF_SOURCE.search(window) is not None)


# A facility named after its place: "Damascus International Airport", "the Abu al-Duhur military airport", "Shayrat
# airbase" (the place's name, up to four words, then a word of the vocabulary's kind `facility_noun`)
_FACILITY = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ar|ash|az|ez|es|ed|ad|as)-)?[A-Z][\w'’-]*){0,3}?)"
                       r"\s+(?P<facility>(?i:" + _alternation("facility_noun") + r"))(?![\w-])")


def _facility_place(context: ArticleContext, sentence: Sentence) -> str:
    """A facility the sentence names after its place, as written ("Damascus International Airport"), or ""."""
    text = context.article.text
    for match in _FACILITY.finditer(text, sentence.start, sentence.end):
        words = list(re.finditer(r"\S+", match["name"]))
        while words and (re.search(r"['’]s$", words[0][0]) or nation_adjective(words[0][0])
                         or words[0][0].lower() in _NOT_PLACE_WORDS):
            words = words[1:]  # "NATO's Bagram Airfield", "the Russian Hmeimim Air Base": the facility's own name
        # ("a Syrian airbase", "The airport", "an Army-controlled airbase", "an SDF airbase": whose or which, not
        # where; "the T-4 airbase" is a name)
        if not words or any(_HELD_BY.fullmatch(w[0]) for w in words) \
                or (words[0][0].isupper() and not any(c.isdigit() for c in words[0][0])) \
                or any(w[0].lower() in dates.MONTHS or w[0].lower() in dates.WEEKDAYS for w in words):
            continue
        start = match.start("name") + words[0].start()
        if _spoken_from(text, start):
            continue  # ("told reporters at Damascus airport": where a source spoke)
        if any(m.start <= start < m.end and m.actor is not None and m.actor.kind != "government"
               for m in context.mentions_in(sentence)):
            continue
        return _with_nearness(text, start, text[start:match.end("facility")])
    return ""


# A part of a place named before a word of the vocabulary's kind `quarter_noun`, with the place it lies in: "the
# Sukkari district of Aleppo", "in al-Hamidiyah neighbourhood", "the Sabaa Bahrat and al-Hezwania neighbourhoods in
# Manbij" (as written, "the" included where the text writes it, as the corpora's annotators write it; the city
# alone said less than the sentence does)
_QUARTER_NOUN = re.compile(r"(?<![\w-])(?i:" + _alternation("quarter_noun") + r")(?![\w-])")
_QUARTER_NAME = r"(?:(?:al|el|ar|as|ash|az|ad|ed|ez)-)?[A-Z][\w'’-]*"
_QUARTER = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>" + _QUARTER_NAME + r"(?:(?:\s+|,\s+|,?\s+and\s+)" + _QUARTER_NAME
    + r"){0,5}?)\s+(?i:" + _alternation("quarter_noun") + r")(?![\w-])"
    r"(?:\s+(?:of|in)\s+(?:" + _COMPASS + r"\s+)?(?P<wider>[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ar|ez)-)?[A-Z][\w'’-]*){0,2})"
    r"(?:\s+(?:city|province))?(?![\w-]))?")


def _quarter_place(text: str, places) -> str:
    """The part of a place a sentence names (:data:`_QUARTER`), as written, or "" (``places``: the places table)."""
    for match in _QUARTER.finditer(text):
        start = match.start()
        words = match["name"].replace(",", " ").split()
        while words and (_HELD_BY.fullmatch(words[0]) or words[0].lower() in _SIDE_WORDS
                         or nation_adjective(words[0])):
            words = words[1:]  # "the Kurdish Sheikh Maqsood neighbourhood", "ISIL-held neighbourhoods": whose
            start = match.start("name") + match["name"].find(words[0]) if words else start
        if not words or match["name"].isupper() or words[0] in _NOT_PLACE_NAMES or any(
                w.lower() in dates.MONTHS or w.lower() in dates.WEEKDAYS for w in words):
            continue  # "the SDF district", "in Operation X neighbourhood", "YPG-held district": no name of a place
        if text.endswith(" of ", 0, start) and start == match.start("name"):
            continue  # "Qasalti village of Goranboy District": the village is where, not the district it lies in
        if len(words) == 1 and match.group().endswith("s") and places.find(words[0]):
            continue  # "to other Aleppo neighbourhoods": the city's parts, unnamed (the city is where)
        if not match["wider"] and _NEXT_CAPITAL.match(text, match.end()):
            continue  # "the head of the Tartar District Executive Power": a body's name
        wider = (match["wider"] or "").split()
        if wider and (wider[0].lower() in dates.MONTHS or wider[0].lower() in dates.WEEKDAYS):
            # ("the al-Arabi district in January": a time, not the place it lies in)
            return text[start:_QUARTER_NOUN.search(text, match.end("name")).end()]
        if wider and len(words) == 1 and text.startswith(" of", _QUARTER_NOUN.search(text, match.end("name")).end()) \
                and places.find(words[0]):
            return match["wider"]  # "the Damascus neighbourhood of Tadamon": the city's part is named after "of"
        return text[start:match.end()]
    return ""


def _unlisted_place(context: ArticleContext, sentence: Sentence) -> str:
    """A place named in the sentence that the reference table does not know, as written, or ""."""
    return _unlisted_place_at(context, sentence)[0]


def _unlisted_place_at(context: ArticleContext, sentence: Sentence, skip_listed: bool = False) -> tuple[str, int]:
    """:func:`_unlisted_place`, and where its name starts in the article (-1 where none is named); ``skip_listed``
    passes over a name the places table knows (but a capital, which it keeps for the government)."""
    text = context.article.text
    broad, broad_start = "", -1
    for match in _PLACE_NAMED.finditer(text, sentence.start, sentence.end):
        # "in Afrin's city centre": the place is Afrin; "_War in Somalia_": Markdown's italics are no part of it
        name = re.sub(r"['’]s$", "", match["name"].strip("_")).strip("_")
        words = name.split()
        if words[0].lower() in _NOT_PLACE_WORDS or any(w.lower().rstrip(".,") in dates.MONTHS
                                                       or w.lower() in dates.WEEKDAYS for w in words):
            continue  # "in January", "on Monday"
        if _HELD_BY.fullmatch(words[0]):
            if len(words) == 1:
                continue  # "in Israeli-controlled territory", "in Kurdish-held areas": whose, not where
            words = words[1:]  # "in the Houthi-held Saada Governorate": the place is Saada Governorate
            name = " ".join(words)
        # (a country's own name is a place whatever follows it: "in Syria on Monday")
        side = words[0].split("-")[0].lower() in _SIDE_WORDS and name.lower() not in _country_names()
        if side and (_NEXT_WORD.match(text, match.end("name")) or "-" in words[0]):
            continue  # "in Turkish custody", "in Syrian territory": whose, not where
        if nation_adjective(words[0]) and (len(words) == 1 or words[-1] in _NOT_PLACE_LAST):
            continue  # "in Israeli missile strikes", "the Somalian capital", "in the Syrian Civil War": not a place
        if name.isupper() or words[0] in _NOT_PLACE_NAMES or _NEXT_CAPITAL.match(text, match.end("name")):
            continue  # "in PYD", "in Operation Olive Branch", "in Ba'ath Syrian Regional Branch": a body, not a place
        start = match.start("name")
        if _spoken_from(text, start):
            continue  # "Erdogan said in Ankara": where he spoke
        if any(m.start <= start < m.end and m.actor is not None and m.actor.kind != "government"
               for m in context.mentions_in(sentence)):
            continue  # "in Hayat Tahrir al-Sham's ranks", "at Al-Masdar News": an actor, not a place
        if skip_listed and any(place.kind != "capital" for _, _, place in context.reference.places.find(name)):
            continue  # ("in Idlib province, ... at Kafr Tuma": the place the table does not know is asked for)
        if name.lower() in _country_names():
            # "in northwest Syria", "in Syria": a country or a region of it, the place only where the sentence names
            # none more precise ("killed six in Syria's Hama, in Syria" is Hama)
            compass = _REGION_BEFORE.search(text, match.start(), match.start("name"))
            if not broad:
                broad = f"{compass.group().strip()} {name}" if compass else name
                broad_start = compass.start() if compass else start
            continue
        return name, start
    return broad, broad_start


# Nearness written right before a place ("near Damascus", "in and near Jisr al-Shughur", "near the Damascus
# International Airport"): the text puts the events by the place, not in it, and the place is kept as written with
# its word of nearness (the vocabulary's kind `near_word`). "near the town of al-Bab" keeps al-Bab: annotators wrote
# the town alone twice as often as the whole phrase.
_NEAR_BEFORE = re.compile(r"(?<![\w-])(?i:" + _alternation("near_word") + r")\s+(?:the\s+)?$")


# A word written right after a place's name that says which of its senses the text means ("Idlib province", "Raqqa
# city"): kept as written (the vocabulary's kind `sense_noun`)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:" + _alternation("sense_noun") + r")(?![\w-])")


# ("northwestern Idlib" says where Idlib lies in its country, "eastern Aleppo" which part of Aleppo: only the four
# points and "central" are read as a part)
PART_POINT = r"(?:(?:north|south|east|west)(?:ern)?|central)"
_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?P<point>" + PART_POINT + r")\s+$")


def _as_written(text: str, start: int, end: int, name: str) -> str:
    """``name`` (named from ``start`` to ``end`` in ``text``) with the word of nearness and the compass point written
    before it and the word of place written after it, if any (:data:`_NEAR_BEFORE`, :data:`_COMPASS_BEFORE`,
    :data:`_PLACE_NOUN_AFTER`)."""
    after = _PLACE_NOUN_AFTER.match(text, end) if end > start >= 0 else None
    name = name + " " + after.group().strip() if after else name
    # ("in southern Idlib": the part of the place the compass point names, as written)
    compass = _COMPASS_BEFORE.search(text, max(0, start - 20), start) if start > 0 and text[start - 1] == " " else None
    if compass:
        name, start = f"{compass['point']} {name}", compass.start()
    return _with_nearness(text, start, name)


def _with_nearness(text: str, start: int, name: str) -> str:
    """``name`` (named at ``start`` in ``text``) with the word of nearness written before it, if any."""
    window = text[max(0, start - 40):start] if start > 0 else ""
    near = _NEAR_BEFORE.search(window) if window.endswith(" ") else None
    return " ".join(window[near.start():].split() + [name]) if near else name


def _hit_within(starts: list[int], sentence: Sentence) -> bool:
    index = bisect.bisect_left(starts, sentence.start)
    return index < len(starts) and starts[index] < sentence.end


def _outlet_from_url(article: Article) -> str:
    """The outlet named by the article's address, else the file: never the literal words "the outlet"."""
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", article.url or "")
    if host:
        return host.group(1)
    return f"publisher of {article.path.name}"


def reference_places(reference: Reference, text: str, mentions: list[Mention], offset: int,
                     with_kind: bool = False, starts: list[int] | None = None, found: list | None = None) -> list:
    """Places named in ``text`` where they stand for a place, not a government ("Damascus said")."""
    places = found if found is not None else reference.places.find(text)
    found = []
    starts = starts if starts is not None else [m.start for m in mentions]
    for start, end, place in places:
        if place.kind == "capital":
            continue  # capitals in this coverage stand for governments ("attacks by Damascus and Moscow")
        # The mentions that could contain this place start at most 80 characters before it (bisect, not a scan).
        low = bisect.bisect_left(starts, offset + start - 80)
        high = bisect.bisect_right(starts, offset + start)
        if any(m.start <= offset + start and offset + end <= m.end and not m.text.lower() == place.name.lower()
               for m in mentions[low:high]):
            continue  # part of an actor's name ("Syrian Observatory ... in Idlib" stays a place)
        found.append((place.name, place.kind, offset + start, offset + end) if with_kind else place.name)
    return found


class SpeakerNeeded(Exception):
    """Raised when an attribution asked with :data:`UNREAD` turns out to need the last speaker (control flow only)."""


class _Unread:
    """Stands for the last speaker while it is not yet worked out (see explainer.claims' _State.speaker_for).

    Any use of it that could change an answer (its truth, an attribute) raises :class:`SpeakerNeeded`, so an answer
    given with it never depended on the last speaker: it is the answer for every last speaker. Identity, hashing and
    ``is None`` still work (a cache key may hold it; ``is not None`` is always followed by a read where it matters).
    """

    __slots__ = ()

    def __bool__(self):
        raise SpeakerNeeded

    def __getattr__(self, name):
        raise SpeakerNeeded


UNREAD = _Unread()


@dataclass(frozen=True)
class Attribution:
    claimant: str
    claimant_as_written: str
    start: int | None = None  # offsets of the attribution phrase in the article
    inferred: bool = False  # read from a description, a pronoun or a continuing sentence, not a name


# "Amnesty and *Airwars*": emphasis is markup; "Amnesty International and monitoring group Airwars": a short
# description before the second name
# ("X and the Office of the UN High Commissioner": a name the table lists without its article joins as one with it)
_NAME_JOINER = re.compile(r"\**\s*(?:,|and(?:\s+the)?|&|,\s*and(?:\s+(?:the\s+)?(?:monitoring|rights|news|activist|watchdog|"
                          r"research|media)\s+(?:group|organi[sz]ation|agency|outlet|network))?|"
                          r"and\s+(?:the\s+)?(?:monitoring|rights|news|activist|watchdog|research|media)\s+"
                          r"(?:group|organi[sz]ation|agency|outlet|network))\s*\**")
_POSSESSIVE = re.compile(r"['’]s\b")
# (up to 250 characters: "Airwars, which \"maintains a database of ... since August 2014\", reports")
_RELATIVE_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:which|who)\b[^,]{0,250},")


# A bracketed abbreviation right after a name: "the SNHR (SNHR) and": the joiner is what follows it
_ABBREVIATION_FIRST = re.compile(r"^\s*\([A-Z][A-Za-z.&-]{1,11}\)")


def _joins(text: str, left: Mention, right: Mention) -> bool:
    """Whether the text between two names joins them as co-claimants ("X and Y", "X (XA) and the Y")."""
    gap = text[left.end:right.start]
    if "(" in gap or ")" in gap:
        # (after a bracketed abbreviation, "X (XA) and", or after the abbreviation itself, "(XA) and the Y")
        gap = _ABBREVIATION_FIRST.sub("", gap, count=1).removeprefix(")").replace(" and the ", " and ")
    return _NAME_JOINER.fullmatch(gap) is not None


# "the SDF (of which the YPG are a component) and Russia accused": a bracketed relative clause after a name, then the
# joiner; the names inside the brackets describe the first name and are no co-claimants
_ASIDE_THEN_JOINER = re.compile(r"[^()]*\)\s*,?\s*and\s+(?:the\s+)?")
_BRACKETED_RELATIVE = re.compile(r"\(\s*(?:of\s+|in\s+|to\s+)?(?:which|whom|whose)\b")


def _joined(mentions: list[Mention], index: int, text: str) -> tuple[str, str, int]:
    """Canonical and as-written names of a subject, joining "Turkey and the SOHR" into one claimant."""
    first = index
    aside = set()  # names inside a bracketed relative clause between two joined names
    # At most five names joined ("Turkey, Russia and the SOHR"): "Turkey and Turkey and ..." is not one claimant.
    while first > 0 and index - first < 5:
        if _ASIDE_THEN_JOINER.fullmatch(text, mentions[first - 1].end, mentions[first].start):
            opening = text.rfind("(", max(0, mentions[first - 1].start - 200), mentions[first - 1].start)
            outer = next((k for k in range(first - 2, max(-1, first - 5), -1)
                          if mentions[k].end <= opening and not text[mentions[k].end:opening].strip()), None)
            if opening >= 0 and outer is not None and _BRACKETED_RELATIVE.match(text, opening):
                aside.update(range(outer + 1, first))
                first = outer
                continue
        if text[mentions[first - 1].end:mentions[first].start].strip() == "(" \
                and mentions[first].actor is not None and mentions[first].actor is mentions[first - 1].actor:
            # "Amnesty International (AI) and the Syrian Network for Human Rights (SNHR) stated": a bracketed
            # abbreviation after a name is that name; the names before it join as they would without brackets
            # (the first name's own abbreviation is kept with it only once another name has joined)
            if first < index or (first > 1 and _joins(text, mentions[first - 2], mentions[first - 1])):
                first -= 1
                continue
            break
        if not _joins(text, mentions[first - 1], mentions[first]):
            break
        if first == index and text[mentions[first - 1].end:mentions[first].start].strip() == "," \
                and (mentions[first].actor or mentions[first].text) != (mentions[first - 1].actor or mentions[first - 1].text):
            # "eight fighters loyal to the Syrian regime, the Observatory said": a list of co-claimants ends in
            # "and" ("Turkey, Russia and the SOHR"); a name before a comma alone is the clause's, not the speaker's
            break
        if mentions[first].descriptor and mentions[first].actor != mentions[first - 1].actor \
                and text[mentions[first - 1].end:mentions[first].start].strip() == ",":
            # "shelling in northern Syria, a war monitor reported": a description after a comma that stands for
            # another actor opens the speaker's clause; it does not list the name before it as a co-claimant.
            break
        if mentions[first - 1].descriptor and mentions[first - 1].actor is not None \
                and mentions[first - 1].actor.kind == "ministry" and mentions[first].actor is not None \
                and mentions[first].actor.kind in PERSON_KINDS \
                and text[mentions[first - 1].end:mentions[first].start].strip() == ",":
            # "Turkish Defense Minister, Hulusi Akar, said": the post, then the one who holds it; the person speaks
            # in their own name, as "Turkish Defense Minister Hulusi Akar" does
            break
        if text[mentions[first - 1].end:mentions[first].start].strip() == "," \
                and _REPORTS_NEXT.match(text, mentions[index].end) \
                and ACCORDING_TO.search(text[max(0, mentions[first - 1].start - 100):mentions[first - 1].start]):
            # "according to the White Helmets, CNN reported": the source, then the outlet that reports it; two
            # layers of one report, not two co-claimants
            break
        if mentions[first - 1].actor is not None and mentions[first - 1].actor.kind == "government" \
                and text[mentions[first - 1].end:mentions[first].start].strip() == "," \
                and _PLACE_BEFORE.search(text, max(0, mentions[first - 1].start - 30), mentions[first - 1].start):
            # "an attack in northwestern Syria, Turkey's Defence Ministry said": the country is where, not who
            break
        first -= 1
    group = [m for k, m in enumerate(mentions[first:index + 1], first) if k not in aside]
    # "the SOHR, a Britain-based war monitor," names one source twice: it is one claimant.
    canonical = " and ".join(dict.fromkeys(m.actor.canonical if m.actor else m.text for m in group))
    as_written = text[group[0].start:group[-1].end]
    if as_written.count("(") > as_written.count(")") and text.startswith(")", group[-1].end):
        as_written += ")"  # (the bracketed abbreviation closing the names)
    return canonical, as_written, group[0].start


# A person's name right after a descriptor and before the verb ("Russian defence minister Sergey Shoygu said")
_NAME_AFTER_DESCRIPTOR = re.compile(r",?\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w'’.-]+){1,3})\s*,?\s+"
                                    r"(?:(?:also|later|then|further|again)\s+)?")
_REPORTS_NEXT = re.compile(r"\s+(?:also\s+)?(?:reported|reports|said|says|added|stated|announced|claimed)\b")
PERSON_KINDS = ("head_of_state", "official")
# A country or body named inside another noun phrase, after a count or a preposition, is no antecedent of "it"
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:in|inside|into|on|by|from|against|at|near|with|over|across|toward|towards|"
                              r"two|three|four|five|six|seven|eight|nine|ten|several|dozens|\d+)\s+(?:the\s+)?)$",
                              re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:said|says|has|have|had|is|was|were|are|will|would|also|later|then|claimed|reported|"
                         r"stated|announced|added|and|or|but)\b)[a-z]")
_NAME_AS_MODIFIER = re.compile(r"(?:['’]s)?\s+(?:regime|government|administration|forces|troops|army|loyalists)\b")


def _last_named(context: ArticleContext, before: int, pronoun: str) -> Attribution | None:
    """The last actor named before ``before`` that the pronoun can stand for ("he": a person, "it": a body)."""
    wants_person = pronoun in ("he", "she")
    starts = context._mention_starts()
    index = bisect.bisect_left(starts, before) - 1
    # Look back a bounded number of mentions: an antecedent is named close by.
    for mention in reversed(context.mentions[max(0, index - 40):index + 1]):
        if mention.end <= before and mention.actor is not None and (mention.actor.kind in PERSON_KINDS) == wants_person:
            if wants_person and _NAME_AS_MODIFIER.match(context.article.text, mention.end):
                continue  # "the Assad regime", "Erdogan's government": the name qualifies a body, no one speaks
            if not wants_person and _NOUN_AFTER.match(context.article.text, mention.end) and _MODIFIER_BEFORE.search(
                    context.article.text, max(0, mention.start - 20), mention.start):
                continue  # "shooting down three Syrian government warplanes", "inside Syrian territory": a modifier
            return Attribution(mention.actor.canonical, mention.text, mention.start, True)
    return None


# "Leila Haddad, a nurse in Idlib, ..." / "..., Dr Omar Saleh said": a person the actors table does not know, named
# in full with who they are (or as the speaker), for a later "she said" with no other antecedent
_DESCRIBED_PERSON = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?: (?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,2})\**"
                               r"(?:, (?:a|an|the) [a-z]|,? (?:said|says|told|added)\b)")


# "A local doctor, Omar Haddad, described ...": the role first, then the name between commas
_ROLE_THEN_PERSON = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s+[a-z][\w'’ -]{2,60},\s+(?P<name>[A-Z][a-z][\w'’-]*"
                               r"(?: (?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,2}),")


_STATEMENT_WHERE = re.compile(r"\b(?:statement|interview|speech|remarks|briefing|video|message|address|conference)"
                              r"\s+where\s+$")
# "Omar Haddad, a spokesman for the Civil Defence,": the body the person speaks for
_SPEAKS_FOR = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|director|head|chief|"
                         r"representative)\s+(?:for|of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})")


def _last_described_person(text: str, before: int, actors=None) -> Attribution | None:
    """The last person named with an apposition or as a speaker in the 600 characters before ``before`` (the body a
    spokesman or director speaks for, where the actors table knows it)."""
    window_start = max(0, before - 600)
    last = None
    for last in _DESCRIBED_PERSON.finditer(text, window_start, before):
        pass
    role_first = None
    if ", " in text[window_start:before]:  # a cheap test first
        for role_first in _ROLE_THEN_PERSON.finditer(text, window_start, before):
            pass
    if role_first is not None and (last is None or role_first.start("name") > last.start("name")):
        last = role_first
    if last is None:
        return None
    body = _SPEAKS_FOR.match(text, last.end("name")) if actors is not None else None
    actor = actors.by_name(body["body"]) if body else None
    if body and actor is None:  # "the Civil Defence": a body the table knows by a description
        actor = next((m.actor for m in actors.mentions("the " + body["body"]) if m.actor is not None), None)
    if actor is not None:
        return Attribution(actor.canonical, last["name"], last.start("name"), True)
    return Attribution(last["name"], last["name"], last.start("name"), True)


# "a spokesman for the Northern Command, Ivan Petrov, reported": the post and the body first, the name in apposition,
# right before the verb
_SPOKESMAN_THEN_NAME = re.compile(r"(?<![\w-])spokes(?:man|men|woman|women|person|people)\s+(?:for|of)\s+(?:the\s+)?"
                                  r"(?P<body>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})\s*,\s+"
                                  r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3})\s*,\s+"
                                  r"(?:(?:also|later|then|had|has)\s+)?$")


# ("..., before activists reported": the conjunction opening the clause is not the subject's)
# ("..., although the militias only confirmed one": a clause's own subject, an adverb before its verb)
# "Ahmed al-Shamri of Nineveh Operations Command stated": a name of two to four words, "of", a body's capitalised name,
# right before the verb
_NAME_OF_BODY = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn)){1,3})"
                           r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5}\s+"
                           r"(?:(?:had|has|have)\s+)?(?:also\s+|later\s+)?$")


def _a_person_of_body(context: ArticleContext, name: str) -> bool:
    """Whether a name before "of <body>" is a person's: no body the actors table knows, no title ("Prime Minister of
    Iraq" is read by the title rules), no institution or state body ("the Turkish Ministry of Defence", "the Free
    Syrian Army of ..."), no abbreviation ("UN Commission of Inquiry"), no article."""
    words = name.lower().split()
    return context.reference.actors.by_name(name) is None and words[0] not in ("the", "a", "an") \
        and not name.split()[0].isupper() \
        and not any(w in VOCABULARY["title_word"] or w in VOCABULARY["institution_word"]
                    or w in VOCABULARY["state_body_word"] or w in VOCABULARY["source_noun"] for w in words) \
        and not nation_adjective(name.split()[0])


_CLAUSE_SUBJECT = re.compile(r",\s+(?:(?:in|on|by|during)\s+[^,]{3,40},\s+)?(?:(?:before|after|when|while|whilst|until|"
                             r"once|because|as|and|but|although|though|whereas)\s+)?(?:the\s+)?(?P<who>(?:[\w'’-]+\s+){0,2}"
                             r"(?:opposition|media|sources|activists|"
                             r"officials|rebels|monitors|witnesses|residents|militias))\s+(?:only\s+|also\s+|later\s+)?$")
# "..., according to X, and displaced ...": a source after its figure, then a comma and a new clause of the sentence
_CLOSED_BY_SOURCE = re.compile(r"[^,;.()]{1,80}?,\s+(?:and|or)\s")
_RIGHT_AFTER_FIGURE = re.compile(r"[\w.,–-]+\s*,?\s+according\s+to\s+(?:the\s+)?", re.IGNORECASE)
_AFTER_FIGURE_ACCORDING = re.compile(r",\s+according\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# ("a list from the morgue while Prime Minister X had claimed 1,260": with no comma, a capital after "while" opens a
# clause with a subject of its own, where "killed while escaping" does not)
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whilst|whereas|but|though|although)\s+|;\s|\s(?:while|whereas)\s+(?=[A-Z])")  # ("though": "X was reportedly killed, though other sources said he died")
# "were reported", "was widely reported": a passive speech verb hedges the outlet's own voice and names no speaker
# (read by the speaker search, and by the review's check for speakers it did not name).
PASSIVE_HEDGE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_STATES_NOUN = re.compile(r"\s+(?:have|had|has|were|are|which|who|that\s+have)\b")
# "claimed the lives of", "has claimed at least 70 lives": a toll, not a report
_NOT_A_REPORT = re.compile(r"\s+(?:the\s+)?(?:responsibility|credit|lives)\b"
                           # ("acknowledged responsibility for 326 deaths": a count owned up to is a figure reported)
                           r"(?!\s+for\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|up\s+to)\s+)?"
                           r"(?:\d|dozens|hundreds|thousands))"
                           # "Videos showed this, and 62 people were killed": the report is only the word before
                           # the comma; the clause after "and" is the text's own
                           r"|\s+(?:this|that|it|so)\s*,\s+(?:and|but)\s"
                           r"|\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost|around|up\s+to)\s+)?"
                           r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+"
                           r"(?:(?:civilian|innocent|more|other|human)\s+)?lives\b", re.IGNORECASE)
# "burns that they said were ...": a relative clause on something else; "a statement in which they claimed" is the
# statement's own content and keeps its speaker.
_RELATIVE_BEFORE = re.compile(r"(?<!\bin\s)(?<!\bof\s)(?<!\bby\s)\b(?:that|which|where|whom)\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|one\s+of\s+the)\s+[^,;.]{1,80},\s*(?:\w+\s+){0,2}")
# Estimates of no one named, by their age or kind only ("according to current estimates")
# or no one's basis at all ("according to available information", "according to social media": vocabulary kind
# unsourced_basis), the outlet's own hedge as "reportedly" is
_OWN_ESTIMATES = re.compile(r"(?:the\s+)?(?:(?:current|latest|initial|early|recent|preliminary|rough|conservative|some|"
                            r"first|new)\s+estimates?|(?:" + _alternation("unsourced_basis") + r"))", re.IGNORECASE)
# A clause whose subject is reports by no one named: "; however, some reports put the toll at ..."
_REPORTS_OWN_CLAUSE = re.compile(r"[\s,]*(?:(?:however|but|yet|though|meanwhile|still),?\s+)?(?:(?:some|other|several|"
                                 r"unconfirmed|unverified|initial|early|local|conflicting|later)\s+)+reports\s+(?:have\s+)?"
                                 r"(?:put|puts|placed|places|said|say|says|suggested|suggest|claimed|claim|gave|give)\b",
                                 re.IGNORECASE)


def _reports_own_clause(text: str, sentence: Sentence, position: int) -> bool:
    """Whether the figure at ``position`` is in a clause after a semicolon opened by reports no one is named for."""
    cut = text.rfind(";", sentence.start, position) + 1
    return cut > 0 and "reports" in text[cut:position] and _REPORTS_OWN_CLAUSE.match(text, cut, position) is not None
# "according to them": a pronoun for a source named before (see attribute)
_OBJECT_PRONOUNS = ("them", "him", "her", "it")
_SOURCE_FIGURES = (r"(?:own\s+|latest\s+|official\s+)?(?:records|figures|numbers|data|count|tally|report|reports|"
                   r"estimates?|statement|documentation|statistics)")
_POSSESSIVE_SOURCE = re.compile(r"(?:its|their)\s+" + _SOURCE_FIGURES + "$", re.IGNORECASE)
# "according to Turkey's numbers", "according to the SOHR's figures": the owner of the figures is the source
_FIGURES_OWNER = re.compile(r"(?P<owner>[A-Z][^,;:]{0,60}?)['’]s\s+" + _SOURCE_FIGURES)
_ACCORDING_OPENING = re.compile(r"\s*[Aa]ccording\s+to\s+(?P<whose>(?:its|their)\s+[^,]{2,40})")
_OWNER_AFTER = re.compile(r",\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})")
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?")
_WINDOW = 160  # how far before a speech verb its subject may be named (plus a relative clause between them)
_PARTICIPLE = re.compile(r"\w+ing\b")
_SPOKESMAN_FOR = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}?(?:[A-Z][\w'’-]*),\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                            r"(?:spokesman|spokeswoman|spokesperson|director|head|chief|representative)\s+"
                            r"(?:for|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}")
_INFINITIVE = re.compile(r"(?<!\bon )(?<!\bable )\bto\s+$")  # ("she went on to say", "X was able to confirm": X said it)
_FRAMING = re.compile(r"(?:Speaking|Addressing|Commenting|Talking|Writing)\b")
# "an estimated 120,000", "initial reports placed the toll at": after these words a speech verb is a noun or an
# adjective, and names no speaker.
# The subject of a sentence's first verb, up to an "and" right before a later speech verb (see its use)
_OPENING_SUBJECT_VERB = re.compile(r"(?:(?:However|Later|Meanwhile|Then|Instead),\s+)?(?:[Tt]he\s+)?(?P<who>(?:[\w'’-]+\s+){0,2}?"
                                   r"(?:" + _alternation("source_noun") + r"))\s+(?:\w+ly\s+)?(?:[a-z]+ed|did\s+not\s+[a-z]+|didn['’]t\s+[a-z]+)\b"
                                   r"[^,;:]{0,80}?(?:,?\s+(?:and|but)\s+|(?P<participle>,\s+))$")
# The same for a subject named by its name, after a day or an opening adverb: "On 12 October, the al-Nusra Front and
# Ahrar al-Sham attacked the barracks and claimed to have killed 32 soldiers" (one name, or two joined by "and")
_NAME_WORDS = r"(?:[Aa]l-)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?:al|ash|as|ad|an|ar|at|el)-[\w'’-]+)){0,5}"
_OPENING_NAME_VERB = re.compile(r"(?:(?:On|In|By|During|After|Before)\s+[^,]{3,40},\s+)?(?:(?:However|Later|Meanwhile|Then|"
                                r"Instead),\s+)?(?:[Tt]he\s+)?(?P<who>" + _NAME_WORDS + r"(?:\s+and\s+(?:the\s+)?"
                                + _NAME_WORDS + r")?)\s+(?:\w+ly\s+)?[a-z]+ed\b[^,;:]{0,80}?,?\s+(?:and|but)\s+$")
# The parties to the war whose own people a speaker may count ("our soldiers"): one list for every rule
PARTIES = ("turkey", "syria_government", "russia", "rebels")
_DEMONYM_BEFORE = re.compile(r"(?P<word>[A-Z][a-z]+)\s+$")
_SHARED_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|but)(?:\s+(?:then|later|also|subsequently))?\s+$")
# (never a year: "The report for 2019 recorded", "a study released in February 2016 estimated")
_OBJECT_AFTER_VERB = re.compile(r"(?<![\w'’-])(?:had|has|have|would|will|did|does|which|who)\s+\Z", re.IGNORECASE)
_ADJECTIVE_AFTER = re.compile(r"(?<![\w'’-])(?:of|the|these|those)\s+\Z")
_DECLARED_ACT = re.compile(r"\s+(?:war|an?|victory|martial|independence|its|their|his|her)\b")
# ("The ministry on Nov. 23 said": the count before the verb is a day of a month, and the verb is one)
_MONTH_DAY_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+\Z")
# (a comma after a figure ends it: "... between December 1 and January 9, said UNOCHA", "wounding 20, said the
# governor": the verb after it is a verb)
_AFTER_A_COUNT = re.compile(r"(?:\b(?:million|thousand|hundred)|(?<![\w,.])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?)\s+\Z")
_NOUN_BEFORE = Folded(r"(?<![\w'’-])(?:" + _alternation("speech_noun_before") + r")\s+$")


# "..., while another four were killed, the Observatory added.": a speech verb closing the sentence after all its
# figures speaks for every clause (the verb, then at most a few words and the sentence's end)
_FINAL_TAG = re.compile(r"[a-z]+(?:\s+[^\s\d,;:]+){0,3}?[\s.\"”’)]*$")
# "AFP reports: ...": a speech verb and a colon, introducing the copy relayed after it
_LEAD_IN_VERB = re.compile(r"[a-z]+:\s")
_TAG_SPEAKER = re.compile(r",[\"”’]?\s+(?!(?:though|although|but|while|whereas|and|as|if|when|since)\b)[^,;:]{2,60}$", re.IGNORECASE)


# "according to Reuters, which cited a medical source in the area saying six others were wounded": the one cited
_WHICH_CITED = re.compile(r",\s+which\s+(?:cited|quoted)\s+(?P<cited>[^,.;:]{2,80}?)\s+(?:as\s+)?saying\b")
_CITED_UNNAMED = re.compile(r"(?:(?:an?|one|two|several)\s+)?(?:(?:unnamed|anonymous|local|senior)\s+)?(?:(?P<kind>[a-z]+)\s+)?"
                            r"sources?\b")


def _cited_after_source(context: ArticleContext, sentence: Sentence, relayer: Mention, end: int
                        ) -> tuple[int, Attribution] | None:
    """The source an "according to" source cites for the figures after its "saying" (placed there, so that they are
    nearer it than the source that cites it): a body the table knows, or an unnamed source via the one citing it."""
    text = context.article.text
    match = _WHICH_CITED.match(text, end, sentence.end)
    if match is None or relayer.actor is None:
        return None
    named = [m for m in context.mentions_in(sentence) if match.start("cited") <= m.start and m.end <= match.end("cited")
             and m.actor is not None]
    if named:
        return match.end(), Attribution(named[0].actor.canonical, named[0].text, named[0].start, named[0].descriptor)
    unnamed = _CITED_UNNAMED.match(match["cited"])
    if unnamed is None:
        return None
    kind = f"unnamed {unnamed['kind']} source" if unnamed["kind"] else "unnamed source"
    return match.end(), Attribution(f"{kind} (via {relayer.actor.canonical})", match["cited"], match.start("cited"))


def attribute(context: ArticleContext, sentence: Sentence, position: int, last_speaker: Attribution | None,
              figure: bool | None = None) -> Attribution | None:
    """Who the sentence says claims what is at ``position`` (an article offset), or None for the outlet's voice.

    In order: "according to X" (the nearest to the claim); "X said" / "said X" / "X told reporters";
    "He said" / "It further alleged" resolved to the last speaker; a descriptor ("the ministry", "a monitor group")
    resolved by the reference table (marked ``inferred``); a source the table does not know, kept as written.
    A passive "were reported" is a hedge in the outlet's own voice, not a speaker.

    ``last_speaker`` may be :data:`UNREAD` (see :class:`_Unread`): a rule that reads it must use its truth or an
    attribute (which raise :class:`SpeakerNeeded`), never decide on ``is None`` alone; the claim tests compare
    every text with the last speaker always worked out (test_the_last_speaker_read_only_when_needed_...).
    """
    text = context.article.text
    if figure is None:
        figure = position != sentence.start  # asked from the sentence's start: does anyone speak in it at all?
    key = ("according", sentence.start, sentence.end)
    if key not in context._sentences:
        mentions = context.mentions_in(sentence)
        found = []
        if context.says_according(sentence):
            for index, mention in enumerate(mentions):
                if _POSSESSIVE.match(text, mention.end, mention.end + 2):
                    continue  # "according to Turkey's Anadolu Agency": the owner, not the source
                if text[mention.start - 1:mention.start] == "(" and (mention.actor is None
                                                                     or mention.actor.kind == "government"):
                    continue  # "according to reports from Idlib (Syria)": a country in brackets is where
                if ACCORDING_TO.search(text[max(sentence.start, mention.start - 100):mention.start]) \
                        or _UNLISTED_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start):
                    tied = _TIED_SOURCE.search(text, max(sentence.start, mention.start - 100), mention.start)
                    if tied:
                        who = " ".join((tied["who"] + text[mention.start:mention.end]).replace(",", "").split())
                        found.append((mention.start, Attribution(who, who, tied.start("who"), False)))
                        continue
                    last = index
                    # "per the White Helmets, the Syrian Civil Defense, and the SOHR": every name of the list
                    while last + 1 < len(mentions) and last - index < 4 and _NAME_JOINER.fullmatch(
                            text[mentions[last].end:mentions[last + 1].start].replace(", the ", ", ").replace(
                                " and the ", " and ")):
                        last += 1
                    # "According to SOHR, ISIL executed 160 soldiers": a bare comma after the source opens the
                    # reported clause, whose subject is no co-source; a list of sources ends in "and".
                    while last > index and text[mentions[last - 1].end:mentions[last].start].strip(" *") == ",":
                        last -= 1
                    canonical, as_written, start = _joined(mentions, last, text)
                    # extend over "X and Y" after "according to"
                    # "according to activists and the SOHR", "according to the SOHR and local medics": sources the
                    # actors table does not know, joined to a named one, claim the figure with it
                    before = _UNLISTED_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start)
                    after = _UNLISTED_AFTER.match(text, mentions[last].end, sentence.end)
                    if before:  # (the named source first: it is the one the pages and the side rules know)
                        canonical, as_written = f"{canonical} and {before['who']}", \
                            f"{before['who']} and {as_written}"
                    if after:
                        canonical, as_written = f"{canonical} and {after['who']}", \
                            f"{as_written} and {after['who']}"
                    found.append((mention.start, Attribution(canonical, as_written, start, mention.descriptor)))
                    if "which cited" in sentence.text or "which quoted" in sentence.text:
                        cited = _cited_after_source(context, sentence, mentions[last],
                                                    after.end() if after else mentions[last].end)
                        if cited is not None:
                            found.append(cited)
        if "(" in sentence.text:
            for bracket in _BRACKETED_CLAIM.finditer(text, sentence.start, sentence.end):
                # each name of "(SOHR and Israel claim)" by its canonical name where the actors table knows it, as
                # written where not; one known name at least (a bare "(Turkish figures)" names no one)
                parts = [part for part in re.split(r"\s*(?:,|&|\band\b)\s*", bracket["who"]) if part]
                actors = [context.reference.actors.by_name(part) for part in parts]
                if any(actors) and all(a is not None or part[:1].isupper() for a, part in zip(actors, parts)):
                    canonical = " and ".join(a.canonical if a else part for a, part in zip(actors, parts))
                    found.append((bracket.start("who"), Attribution(canonical, bracket["who"], bracket.start("who"))))
        context._sentences[key] = found
    candidates = []
    for start, attribution in context._sentences[key]:
        opened = text.rfind("(", sentence.start, start) if figure and start < position else -1
        if opened != -1 and ")" in text[start:position] and opened > text.rfind(")", sentence.start, start) \
                and (_BRACKETED_SOURCE.match(text, opened + 1, start) or _BRACKETED_CLAIM.match(text, opened)):
            # "34 killed (per Turkey & SOHR) 50–70 killed (per other sources)": a source in brackets speaks for
            # the figure before it, not for the ones after the bracket closes ("According to Civil Defense (White
            # Helmets) sources, 1 civilian died": the brackets hold a name, not the attribution)
            continue
        if abs(start - position) > 600 or (figure and position < start and _CLAUSE_BREAK.search(text, position, start)):
            # "X killed five, while Y escaped according to Z": Z speaks for its own clause only (asked from the
            # sentence's start, Z still speaks in the sentence: the figures of its clause are Z's)
            continue
        if figure and start < position:
            split = _CLAUSE_BREAK.search(text, start, position)
            if split and any(split.end() <= verb < position and not speaker.inferred
                             for verb, speaker in _speakers_once(context, sentence, last_speaker)):
                # "According to X, 6,000 were killed, while Y stated 4,000 had died": Y speaks for its own clause
                continue
        candidates.append((abs(start - position), attribution))
    if figure and len(candidates) > 1:
        # "five were killed according to X, and seven according to Y": the source written right after a figure of
        # one word is that figure's, however near the one before it stands
        right_after = [a for _, a in candidates if a.start is not None and position < a.start <= position + 40
                       and _RIGHT_AFTER_FIGURE.fullmatch(text, position, a.start)]
        if right_after:
            return right_after[0]
    if candidates:
        nearest_source = min(candidates, key=lambda item: item[0])[1]
        if figure and len(candidates) > 1 and nearest_source.start is not None and nearest_source.start < position \
                and _CLOSED_BY_SOURCE.match(text, nearest_source.start, position) \
                and _AFTER_FIGURE_ACCORDING.search(text, max(sentence.start, nearest_source.start - 30),
                                                   nearest_source.start):
            # "killed 900 civilians, according to the SOHR, and displaced 400,000 people according to the UN": the
            # first source closes its own clause; the figure after it is the source's that follows it
            later = [item for item in candidates if item[1].start is not None and item[1].start > position]
            if later:
                return min(later, key=lambda item: item[0])[1]
        if figure and nearest_source.start is not None and nearest_source.start < position \
                and ";" in text[nearest_source.start:position] and _reports_own_clause(text, sentence, position):
            return None  # "According to X, ...; however, some reports put the toll at ...": the text's own hedge
        if nearest_source.start is not None and nearest_source.start > position:
            # "Two soldiers were killed, the ministry said, Trend reports citing Turkish media": the speaker
            # nearest the figure claims it; the outlet's own sourcing comes after.
            speakers = _speakers_once(context, sentence, last_speaker)
            inner = [s for v, s in speakers if position < v < nearest_source.start and s.start is not None
                     and not s.inferred and s.claimant != nearest_source.claimant]
            if inner:
                return inner[0]
            if _relays(context, nearest_source):
                # "Activists said a bomb went off, killing 18, as was reported by AP": the outlet after the figure
                # reports the speaker whose words hold the figure; it is a layer of the report, not its source
                inner = [s for v, s in speakers if sentence.start <= v < position and s.start is not None
                         and not s.inferred and not _CLAUSE_BREAK.search(text, v, position)]
                if inner:
                    return inner[-1]
        return nearest_source

    def speaker_of(last: Attribution | None):
        # (the sentence's speaker for a given last speaker; asked first without one, see _per_last_speaker)
        speakers = _speakers_once(context, sentence, last)
        found = speakers or _unlisted_source(sentence, context.reference.actors)
        if isinstance(found, Attribution) and ("citing" in sentence.text or "quoting" in sentence.text) \
                and found.start is not None:
            found = _relayed(context, text, sentence, found.start, found)  # "X, citing private sources, reported"
        if isinstance(found, Attribution) and context.reference.actors.by_name(found.claimant):
            # "the UN's updated figure": a source the table knows goes by its canonical name
            found = Attribution(context.reference.actors.by_name(found.claimant).canonical, found.claimant_as_written,
                                found.start, found.inferred)
        elif isinstance(found, Attribution) and last is not None \
                and found.claimant_as_written[:4].lower() == "the " and found.claimant_as_written[4:5].islower() \
                and last.claimant_as_written.lower().endswith(found.claimant.rsplit(None, 1)[-1].lower()):
            # "Medics said ... . Nine were children, according to the medics": "the" + the noun the last speaker
            # was named by refers back to that speaker
            found = Attribution(last.claimant, found.claimant_as_written, found.start, True)
        elif isinstance(found, Attribution) and last is not None and found.start is not None \
                and _ROLE_SPEAKER.fullmatch(found.claimant_as_written) and last.start is not None \
                and last.start < found.start and not _is_person(context, last):
            # "A doctor of the Kurdish Red Crescent told us ... . '3 died,' the official said": a post that speaks
            # for a body (the vocabulary's role_speaker words), with "the", stands for the body heard last
            found = Attribution(last.claimant, found.claimant_as_written, found.start, True)
        elif isinstance(found, Attribution) and last is not None \
                and re.match(r"(?:these|those|the\s+same)\s+sources?$", found.claimant, re.IGNORECASE):
            # "The Syrian opposition reported a strike. According to these sources, it killed 13": the sources
            # named last
            found = Attribution(last.claimant, found.claimant_as_written, found.start, True)
        elif isinstance(found, Attribution) and found.start is not None \
                and _ANAPHOR_SOURCE.fullmatch(found.claimant_as_written) is not None:
            # "The SOHR said ... . According to the group, the raids killed 700": the body named or heard last
            owner = _antecedent(context, found.start, last)
            found = Attribution(owner.claimant, found.claimant_as_written, found.start, True) if owner else found
        elif isinstance(found, Attribution) and found.claimant in _OBJECT_PRONOUNS and found.start is not None:
            # "Turkish officials said ... . According to them, six soldiers were killed": the pronoun stands for the
            # last speaker, else for the last body ("them", "it") or person ("him", "her") named before it
            person = found.claimant in ("him", "her")
            owner = last if last is not None and last.start is not None and last.start < found.start else (
                _last_named(context, found.start, "he") if person else _antecedent(context, found.start, last))
            found = Attribution(owner.claimant, found.claimant_as_written, found.start, True) if owner else found
        if isinstance(found, Attribution) and _POSSESSIVE_SOURCE.match(found.claimant):
            # "According to its records": the body whose records they are, named or heard just before; opening
            # the sentence, the body named right after it ("According to its own reports, the YPG lost 7")
            opening = _ACCORDING_OPENING.match(text, sentence.start) if found.start is not None \
                and found.start <= sentence.start + 20 else None
            after = _OWNER_AFTER.match(text, opening.end()) if opening \
                and opening["whose"] == found.claimant_as_written else None
            actor = context.reference.actors.by_name(after["who"]) if after else None
            owner = Attribution(actor.canonical, after["who"], after.start("who"), True) if actor else \
                _antecedent(context, found.start or sentence.start, last, PERSON_KINDS)
            found = Attribution(owner.claimant, found.claimant_as_written, found.start, True) if owner else found
        return found

    found = _per_last_speaker(context, ("speaker", sentence.start, sentence.end), last_speaker, speaker_of)
    if not isinstance(found, list):
        if found is not None and figure and found.start is not None and found.start > position \
                and _in_own_bracket(text, position, found.start, sentence.end):
            return None
        if found is not None and figure and found.claimant_as_written and " that" in text[position:sentence.end]:
            # "... have claimed the lives of dozens, and on Monday the ministry announced that ...": a verb with
            # "that" speaks for the clause after it, not for a figure before its subject
            at = text.find(found.claimant_as_written, position, sentence.end)
            then = _SPEAKER_THEN_THAT.match(text, at + len(found.claimant_as_written)) if at > position else None
            if then and SPEECH_VERBS.fullmatch(then["verb"]):
                return None
        if found is not None and figure and ";" in text[sentence.start:position]:
            # "According to Armenian media, five were killed; according to Azerbaijani media, about 30": a clause
            # after a semicolon with a source of its own is that source's
            cut = text.rfind(";", sentence.start, position) + 1
            if "according to" in text[cut:sentence.end].lower():
                own = _unlisted_source(Sentence(text[cut:sentence.end], cut, sentence.end, sentence.block),
                                       context.reference.actors)
                found = own or found
            elif _reports_own_clause(text, sentence, position):
                # "X says 270,000 were killed; however, some reports put the toll as high as 470,000": reports by no
                # one named, in a clause of their own, are the text's own hedge, not X's words
                found = None
        return _known_officer(context, found)
    # "X said five were killed, while Y reported ten": a figure is claimed by the last speaker before it in the
    # sentence; a figure before every speech verb ("Five were killed, X said") by the first.
    if "people" in context._sentences:
        found = [(verb_start, _known_officer(context, speaker)) for verb_start, speaker in found]
    earlier = [speaker for verb_start, speaker in found if verb_start <= position]
    if earlier and ", where " in text[sentence.start:position]:
        # "X said Syria will pay for attacking troops in Idlib, where 13 soldiers have been killed": a clause on the
        # place, after the speaker's words, is the article's own background
        earlier = [speaker for verb_start, speaker in found if verb_start <= position
                   and ", where " not in text[verb_start:position]]
        if not earlier:
            return None
    if earlier and figure and ";" in text[sentence.start:position] and _reports_own_clause(text, sentence, position):
        return None  # (see the same test for one speaker above)
    if ":" in text[sentence.start:sentence.start + 40] and len(found) > 1:
        lead_in = [verb for verb, speaker in found if verb < sentence.start + 40
                   and _LEAD_IN_VERB.match(text, verb) and _relays(context, speaker)]
        tags = [speaker for verb, speaker in found if lead_in and verb > max(lead_in[0], position)
                and _FINAL_TAG.match(text, verb, sentence.end)
                and _TAG_SPEAKER.search(text, max(sentence.start, verb - 60), verb)]
        if tags:
            # "AFP reports: ... have killed 1,000 civilians, a monitor has said": the outlet's colon opening the
            # sentence introduces the copy it relays; the speaker the copy names at its end claims the figure
            return tags[0]
    if earlier:
        return earlier[-1]
    if figure and found and " said " in text[sentence.start:position] \
            and all(_relays(context, speaker) for _, speaker in found):
        # "The X Centre, an activist collective, said 15 were killed ..., AP reported": a source the table does not
        # know speaks before the figure; the outlet after it only reports that source
        own = _unlisted_source(Sentence(text[sentence.start:position], sentence.start, position, sentence.block),
                               context.reference.actors)
        if own is not None and not _relays(context, own):
            return own
    if figure and found and position < found[0][0] and all(_relays(context, speaker) for _, speaker in found):
        # "... left eight dead, according to local activists, Anadolu Agency reported": the source the table does
        # not know, named between the figure and the outlet, claims it; the outlet only reports that source (as
        # in "... were killed, activist groups said, Al Jazeera reported": a speaker of its own before the outlet,
        # read up to its verb)
        named = found[0][1].start if found[0][1].start is not None and position < found[0][1].start else found[0][0]
        # ("activist groups said Al Jazeera reported", no comma: "said Al Jazeera" is read as the outlet’s verb, so
        # the speaker's verb is looked for before the outlet's name)
        said = None if "according to" in text[position:found[0][0]].lower() \
            else SPEECH_VERBS.search(text, position, named)
        end = said.end() if said else found[0][0]
        own = _unlisted_source(Sentence(text[position:end], position, end, sentence.block),
                               context.reference.actors) \
            if said or "according to" in text[position:found[0][0]].lower() else None
        if own is not None and not _relays(context, own):
            return own
    if figure and found and position < found[0][0] and "according to" in text[position:found[0][0]].lower():
        at = position + text[position:found[0][0]].lower().index("according to")
        split = _CLAUSE_BREAK.search(text, at, found[0][0])
        if split:
            # "Twelve were killed according to local sources, while the army said ten died": a source the actors
            # table does not know, in the figure's own clause, claims it; the later clause's speaker does not
            own = _unlisted_source(Sentence(text[position:split.start()], position, split.start(), sentence.block),
                                   context.reference.actors)
            if own is not None:
                return own
    # A figure before every speech verb: "Dozens died, some sources claiming that 30 were killed": a participle
    # speaks for what follows it only; "13 were killed, prompting Erdogan to say ...": an infinitive is the
    # speaker's reaction, not the figure's source; "Speaking after eight soldiers were killed, X said ...": the
    # opening clause is the article's own framing. (Asked from the sentence's start, the question is whether
    # anyone speaks in it at all.)
    # "19 soldiers were killed, while the army claimed 60": the speaker of a later clause does not speak for it
    later = [speaker for verb_start, speaker in found
             if (not figure or not ((_PARTICIPLE.match(text, verb_start) and text[verb_start - 3:verb_start] != "as ")
                                    or (_CLAUSE_BREAK.search(text, position, verb_start)
                                        and not (_FINAL_TAG.match(text, verb_start, sentence.end)
                                                 and _TAG_SPEAKER.search(text, max(sentence.start, verb_start - 60),
                                                                         verb_start)))))
             and not _INFINITIVE.search(text, max(sentence.start, verb_start - 4), verb_start)
             # "attacks that have claimed the lives of many soldiers, and today X announced that ...": a verb with
             # "that" speaks for the clause after it, not for a figure before it
             and not (figure and _SAYS_THAT.match(text, verb_start))
             and not (figure and _RELATIVE_SPEECH.search(text, max(sentence.start, verb_start - 30), verb_start))
             and not (figure and verb_start > position and _in_own_bracket(text, position, verb_start, sentence.end))]
    # "Reuters quoted a Turkish official as saying": the one quoted speaks, not the one quoting
    later = [speaker for verb_start, speaker in found if text[verb_start - 3:verb_start] == "as "
             and speaker in later] + later
    if not later or (_FRAMING.match(sentence.text) and later[0].start is not None
                     and sentence.start < position < later[0].start):
        return None
    return later[0]


def _in_own_bracket(text: str, position: int, at: int, end: int) -> bool:
    """Whether ``at`` is inside a bracket opened after the figure at ``position`` that holds a figure of its own:
    "Tens of thousands more were killed (the SDF alone claimed to have killed 25,336)": the bracket's speaker speaks
    for the bracket ("Five were killed (the ministry said)" holds none: its speaker is the figure's)."""
    opened = text.rfind("(", position, at)
    if opened == -1 or text.rfind(")", position, at) > opened:
        return False
    closed = text.find(")", at, end)
    inside = text[opened:closed if closed != -1 else end]
    # (a day in the bracket is no figure: "(the ministry said on 3 March)")
    return any(c.isdigit() for c in inside) and any(q.text[:1].isdigit() for q in find_quantities(inside))


# "the official said", "the spokesman added": a post, with "the", for one who speaks for a body (role_speaker words)
_ROLE_SPEAKER = re.compile(r"[Tt]he\s+(?:" + _alternation("role_speaker") + r")")


def is_role_speaker(words: str) -> bool:
    """Whether ``words`` name a post with "the" ("the official", "The reporter"), which stands for the body heard
    last (the vocabulary's role_speaker words)."""
    return _ROLE_SPEAKER.fullmatch(words) is not None


def _is_person(context: ArticleContext, attribution: Attribution) -> bool:
    """Whether the actors table knows the attribution's claimant as a person (a president, a minister)."""
    actor = context.reference.actors.by_name(attribution.claimant)
    return actor is not None and actor.kind in PERSON_KINDS


_SPEAKER_THEN_THAT = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)(?:\s+(?:on\s+[A-Z][a-z]+|today|"
                                r"yesterday|earlier|later|also|again))?\s+that\b")
_SAYS_THAT = re.compile(r"[a-z]+(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday|earlier|later|also|again))?\s+that\b")


def speaks_only_after(text: str, attribution: Attribution | None, position: int) -> bool:
    """Whether the speaker, named after ``position``, speaks with "that" ("and on Monday the ministry announced
    that ..."): its words are the clause after the verb, never a figure before the speaker."""
    if attribution is None or attribution.start is None or attribution.start <= position \
            or not attribution.claimant_as_written:
        return False
    at = text.find(attribution.claimant_as_written, attribution.start, attribution.start + 200)
    then = _SPEAKER_THEN_THAT.match(text, at + len(attribution.claimant_as_written)) if at >= 0 else None
    return then is not None and SPEECH_VERBS.fullmatch(then["verb"]) is not None


def _relays(context: ArticleContext, attribution: Attribution | None) -> bool:
    """Whether the claimant is an outlet or news agency, which may relay another source's words."""
    actor = context.reference.actors.by_name(attribution.claimant) if attribution is not None else None
    return actor is not None and actor.kind in ("outlet", "news_agency", "media")


def _known_officer(context: ArticleContext, attribution: Attribution | None) -> Attribution | None:
    """A surname the article introduced as an officer of a body ("Oleg Yegorov, deputy chief of the Russian
    Centre for Reconciliation, said"): later "according to Yegorov" is that body's claim too."""
    people = context._sentences.get("people")
    if not people or attribution is None:
        return attribution
    body = people.get(attribution.claimant.strip().lower())
    if body is None:
        return attribution
    return Attribution(body, attribution.claimant_as_written, attribution.start, True)


_QUOTE_CLOSES = re.compile(r"[,.!?]?[\"”]\s*,?\s*")
# the end of a quotation right before a pronoun that speaks ('...," it added')
_CLOSED_QUOTE_BEFORE = re.compile(r"[,.!?]?[\"”]\s*$")


def open_quotation(before: str) -> str | None:
    """The quotation mark of a quotation ``before`` (a paragraph's text up to a sentence) leaves open, or None."""
    if before.count("“") > before.count("”"):
        return "“"
    if before.count('"') % 2 == 1:
        return '"'
    return None


def _next_paragraph_sentences(context: ArticleContext, block, opener: str) -> list[Sentence]:
    """The sentences of the paragraph after ``block`` when it goes on with a quotation ``block`` leaves open.

    A page saved one line a paragraph may cut a quotation at a line break with no new opening mark ('"Two of our
    soldiers were killed ... in the area.' / 'Fire is directed at their positions," the ministry said.'); a
    paragraph that opens a quotation of its own is not that one going on.
    """
    blocks = context.article.blocks
    index = bisect.bisect_right(blocks, block.start, key=lambda b: b.start)
    following = blocks[index] if index < len(blocks) else None
    if following is None or following.kind != "body" or following.text.lstrip()[:1] in "“\"" \
            or context.open_quotation_between(block.start, block.end) != opener:
        return []
    return context.sentences(following)


def quotation_speaker(context: ArticleContext, sentence: Sentence, last_speaker: Attribution | None
                      ) -> Attribution | None:
    """The speaker of a quotation that opens ``sentence`` and closes in a later sentence of its paragraph.

    '"Two were killed. Five were wounded," the ministry said': the first sentence names no one; the speaker is
    named right after the closing quote mark. None when the quotation closes in the sentence itself or no speaker
    follows its close. A sentence inside a quotation opened earlier in its paragraph ('"The bombing goes on. I saw
    ten people killed. We are afraid," a resident said') is read the same way.
    """
    opener = sentence.text[0]
    if opener not in "“\"":
        opener = context.open_quotation_between(sentence.block.start, sentence.start)
        if opener is None:
            return None
    closer = "”" if opener == "“" else '"'
    if closer in sentence.text[1:]:
        return None  # closed in this sentence: its own speaker search has read it
    for later in context.sentences(sentence.block) + _next_paragraph_sentences(context, sentence.block, opener):
        if later.start <= sentence.start:
            continue
        close = later.text.find(closer)
        if close < 0:
            if opener in later.text:
                return None  # a new quotation opens before this one closes: not a quotation over sentences
            continue
        after = _QUOTE_CLOSES.match(later.text, close + 1) if closer == "”" else \
            _QUOTE_CLOSES.match(later.text, close)
        position = later.start + (after.end() if after else close + 1)
        found = attribute(context, later, position, last_speaker)
        if found is not None and found.start == later.start and position > later.start \
                and later.text.find(found.claimant_as_written, close) > 0:
            # a speaker the actors table does not know is read from the whole sentence: named after the close
            found = Attribution(found.claimant, found.claimant_as_written, later.start + later.text.find(
                found.claimant_as_written, close), found.inferred)
        if found is None or found.start is None or found.start < position:
            return None  # the speaker must be named after the closing mark ('," X said')
        return Attribution(found.claimant, found.claimant_as_written, found.start, True)
    return None


_REPORTING_KINDS = ("monitor", "outlet", "news_agency", "media", "ngo", "humanitarian", "international_organisation",
                    "think_tank", "civil_defence")
_BY_AGENT = re.compile(r"[^,;:()]{0,80}\bby\s+(?:the\s+)?\**$")


def _reporting_agent(text: str, sentence: Sentence, mentions: list, mention_starts: list[int], after: int):
    """The monitor or outlet named as the agent of a passive report ("were reported ... by the SOHR"), or None."""
    if " by " not in text[after:min(sentence.end, after + 100)]:
        return None
    index = bisect.bisect_left(mention_starts, after)
    if index < len(mentions) and mentions[index].actor is not None \
            and (mentions[index].actor.kind in _REPORTING_KINDS or _BY_NEXT.fullmatch(text, after, mentions[index].start)) \
            and _BY_AGENT.fullmatch(text, after, mentions[index].start):
        # ("were reported by the army": the agent right after the verb reports, whatever kind of body it is)
        return mentions[index]
    return None


# "45 injuries were reported by the Armenian army": the agent right after a passive speech verb is who reports
_BY_NEXT = re.compile(r"\s+by\s+(?:the\s+)?\**")
# ... and one the actors table does not know, kept as written (up to a preposition or the clause's end)
# (four words before the name: "by Odesa Oblast representative Serhiy Bratchuk")
_BY_UNLISTED = re.compile(r"\s+by\s+(?:the\s+)?(?P<who>(?:[\w'’-]+\s+){0,4}?(?:[A-Z][\w'’-]*|"
                          + _alternation("source_noun") + r"))(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|during|after|as|and|while|but)\b)")


def _per_last_speaker(context: ArticleContext, key: tuple, last_speaker, work):
    """``work(last_speaker)`` for one sentence, cached in ``context``: asked first with :data:`UNREAD`, so that an
    answer which never reads the last speaker (most: "X said" names its own) is worked out once and serves every
    last speaker (the claim rules', the waiting sentences', the deployment rules' None); else once per last speaker.
    """
    cache = context._sentences
    answer = cache.get(key + (last_speaker,), _MISSING)
    if answer is not _MISSING:
        return answer
    answer = cache.get(key + (UNREAD,), _MISSING)
    if answer is not _MISSING:
        return answer
    reads = key + ("reads the last speaker",)
    if reads not in cache:
        try:
            answer = cache[key + (UNREAD,)] = work(UNREAD)
            return answer
        except SpeakerNeeded:
            cache[reads] = True
    if last_speaker is UNREAD:
        raise SpeakerNeeded
    answer = cache[key + (last_speaker,)] = work(last_speaker)
    return answer


_MISSING = object()


def _speakers_once(context: ArticleContext, sentence: Sentence, last_speaker: Attribution | None
                   ) -> list[tuple[int, Attribution]]:
    """:func:`_speakers`, read once per sentence (and last speaker, where it reads it; callers only read the list)."""
    def speakers(last: Attribution | None) -> list[tuple[int, Attribution]]:
        found = _speakers(context, sentence, last)
        text = context.article.text
        if found and ("citing" in sentence.text or " told " in sentence.text or "quoting" in sentence.text):
            # (a cheap word test first)
            found = [(verb, _relayed(context, text, sentence, verb, speaker)) for verb, speaker in found]
        return found

    return _per_last_speaker(context, ("speakers", sentence.start, sentence.end), last_speaker, speakers)


# "SANA says, citing a military source": the unnamed source speaks, through the outlet that relays it
_CITING_UNNAMED = re.compile(r",\s*citing\s+(?:an?\s+|one\s+)?(?:(?:unnamed|anonymous|local|private|informed)\s+)?"
                             r"(?:(?P<kind>military|security|medical|hospital|government|intelligence)\s+)?sources?\b")
# "..., citing the head of Aleppo's forensic unit": the head speaks for the body named
_CITING_HEAD = re.compile(r",\s*citing\s+(?:the\s+)?(?:head|director|chief|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?"
                          r"(?P<body>[A-Z][^,.;:()]{2,60}?)(?=\s*[,.;:]|\s*$)")
_TOLD_OUTLET = re.compile(r"told\s+(?:the\s+)?$")
_CITED_BEFORE = re.compile(r"\b(?:citing|quoting)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+)?$")


def _relayed(context: ArticleContext, text: str, sentence: Sentence, verb: int, speaker: Attribution) -> Attribution:
    """An unnamed source and the outlet it spoke through: "unnamed military source (via Al-Masdar News)"."""
    if not speaker.claimant.startswith("unnamed"):
        # ("Al Khaleej Online, citing private sources, reported": the citing may stand before the verb)
        citing = _CITING_UNNAMED.search(text, min(verb, speaker.start if speaker.start is not None else verb), sentence.end)
        if citing and speaker.start is not None:
            kind = f"unnamed {citing['kind'].lower()} source" if citing["kind"] else "unnamed source"
            written = citing.group().split("citing", 1)[1].strip()
            return Attribution(f"{kind} (via {speaker.claimant})", written, citing.start())
        relayer = context.reference.actors.by_name(speaker.claimant)
        if relayer is not None and relayer.kind in ("outlet", "news_agency", "media") and speaker.start is not None:
            # "..., Anadolu Agency reported, quoting the ministry": an outlet relays what a body it names told it
            for mention in context.mentions_in(sentence):
                if mention.start > min(verb, speaker.start) and mention.actor is not None \
                        and mention.actor is not relayer and _CITED_BEFORE.search(text, max(0, mention.start - 30),
                                                                              mention.start):
                    return Attribution(mention.actor.canonical, mention.text, mention.start, mention.descriptor)
        head = _CITING_HEAD.search(text, verb, sentence.end)
        if head and speaker.start is not None:
            body = head["body"].strip()
            actor = context.reference.actors.by_name(body)
            return Attribution(actor.canonical if actor else body, head.group().split("citing", 1)[1].strip(),
                               head.start("body"), True)
        return speaker
    if text.startswith("told ", verb):
        # "an unnamed military source told Al-Masdar News that": the outlet relays the source
        mentions = context.mentions_in(sentence)
        outlet = next((m for m in mentions if m.start >= verb and _TOLD_OUTLET.fullmatch(text, verb, m.start)), None)
        if outlet is not None and outlet.actor is not None and outlet.actor.kind in ("outlet", "news_agency", "media"):
            return Attribution(f"{speaker.claimant} (via {outlet.actor.canonical})", speaker.claimant_as_written,
                               speaker.start, speaker.inferred)
    return speaker


# A body named by capitalised words ending in a plural, opening a sentence as the subject of its verb
_PLURAL_OPENING = re.compile(r"(?:(?:However|Meanwhile|Later|Then|Also),\s+)?(?:The\s+)?(?P<who>(?:[A-Z][\w'’-]+\s+){0,3}"
                             r"[A-Z][\w'’-]*[a-z]s)\s+(?:had|have|has|were|also|later|then|[a-z]+ed)\b")


def _previous_opening_subject(context: ArticleContext, sentence: Sentence, last_speaker: Attribution | None
                              ) -> Attribution | None:
    """The plural body opening the sentence before ``sentence`` in its paragraph, if no one spoke since it opened."""
    previous = None
    for other in context.sentences(sentence.block):
        if other.start >= sentence.start:
            break
        previous = other
    if previous is None or (last_speaker is not None and last_speaker.start is not None
                            and last_speaker.start >= previous.start):
        return None
    opening = _PLURAL_OPENING.match(previous.text)
    if opening is None:
        return None
    who = opening["who"]
    actor = context.reference.actors.by_name(who)
    return Attribution(actor.canonical if actor else who, who, previous.start + opening.start("who"), True)


def _speakers(context: ArticleContext, sentence: Sentence, last_speaker: Attribution | None
              ) -> list[tuple[int, Attribution]]:
    """(where its verb starts, the subject) of each speech verb in the sentence whose subject can be named."""
    found: list[tuple[int, Attribution]] = []
    text = context.article.text
    mentions = context.mentions_in(sentence)
    mention_starts = [m.start for m in mentions]
    relayed_end = -1
    for verb in context.speech_verbs(sentence):
        if verb.start() < relayed_end:
            continue
        if PASSIVE_HEDGE.search(text[max(sentence.start, verb.start() - 24):verb.start()]):
            agent = _reporting_agent(text, sentence, mentions, mention_starts, verb.end())
            if agent is not None:
                # "283 militants were reported killed during the offensive by the SOHR": the passive's agent
                # reports (only a monitor, outlet or agency: "killed by the army" names who killed)
                found.append((verb.start(), Attribution(agent.actor.canonical, agent.text, agent.start)))
            elif text.startswith(" by ", verb.end()):
                unlisted = _BY_UNLISTED.match(text, verb.end(), sentence.end)
                if unlisted and unlisted["who"].lower() not in ("it", "them", "him", "her"):
                    # "... were reported by the Armenian army": who reports, known to the actors table or not
                    actor = context.reference.actors.by_name(unlisted["who"])
                    # ("reported by regional governor X as killed": a titled person speaks in their own name)
                    titled = _TITLE_THEN_NAME.search(text, unlisted.start("who"), unlisted.end("who")) \
                        if actor is None and any(word in unlisted["who"].lower() for word in _TITLE_WORDS) else None
                    found.append((verb.start(), Attribution(actor.canonical if actor else
                                                            titled["name"] if titled else unlisted["who"],
                                                            unlisted["who"], unlisted.start("who"))))
            continue
        if _NOUN_BEFORE.search(text[max(sentence.start, verb.start() - 20):verb.start()]):
            continue
        if found and text.endswith(("and ", "but ", "then ", "later "), sentence.start, verb.start()) \
                and _SHARED_SUBJECT.search(text, max(sentence.start, verb.start() - 20), verb.start()):
            # "Russian officials confirmed 63 dead, but raised the toll to 89": a verb with no subject of its own,
            # joined to the speech verb before it, shares that verb's subject
            found.append((verb.start(), found[-1][1]))
            continue
        participle = verb.group().endswith("ing") and text.endswith(", ", sentence.start, verb.start())
        if not found and participle:
            # "Russian defence media presented another version of events, claiming that 82 ...": the participle
            # after the sentence's first clause is its subject's, as a verb joined by "and" is
            opening = _OPENING_SUBJECT_VERB.match(text, sentence.start, verb.start())
            if opening and opening["participle"] and context.reference.actors.by_name(opening["who"]) is None \
                    and not re.fullmatch(r"(?:he|she|it|they|we|i|this|that|there)", opening["who"], re.IGNORECASE):
                found.append((verb.start(), Attribution(opening["who"], opening["who"], opening.start("who"))))
                continue
        if not found and text.endswith((" and ", " but "), sentence.start, verb.start()):
            opening = _OPENING_SUBJECT_VERB.match(text, sentence.start, verb.start())
            if opening and context.reference.actors.by_name(opening["who"]) is None \
                    and not re.fullmatch(r"(?:he|she|it|they|we|i|this|that|there)", opening["who"], re.IGNORECASE):
                # "However, the rebels repelled the attack and claimed to have killed more than 10": a speech verb
                # joined to the sentence's first verb shares that verb's subject
                found.append((verb.start(), Attribution(opening["who"], opening["who"], opening.start("who"))))
                continue
            named = _OPENING_NAME_VERB.match(text, sentence.start, verb.start()) if opening is None else None
            if named and not re.fullmatch(r"(?:He|She|It|They|We|I|This|That|There)", named["who"]) \
                    and not any(w.lower() in VOCABULARY["title_word"] for w in named["who"].split()):
                # (a titled person, "Foreign Minister X condemned ... and said", is read by the title rules)
                actor = context.reference.actors.by_name(named["who"])
                found.append((verb.start(), Attribution(actor.canonical if actor else named["who"], named["who"],
                                                        named.start("who"), False)))
                continue
        if text.startswith("states", verb.start()) and _STATES_NOUN.match(text, verb.end()):
            continue  # "the Coalition states have conducted 34,464 strikes": the states, not a statement
        if _NOT_A_REPORT.match(text, verb.end()):
            continue  # "claiming responsibility for the bombing" states no figure
        quoted = _QUOTED_AS.search(text, max(sentence.start, verb.start() - 90), verb.start()) \
            if text[verb.start() - 3:verb.start()] == "as " else None
        if quoted is None and text[verb.start() - 1] == " " and text.startswith("ing", verb.end() - 3) \
                and ("quoted" in text[max(sentence.start, verb.start() - 90):verb.start()]
                     or "cited" in text[max(sentence.start, verb.start() - 90):verb.start()]):
            # "Daily Sabah quoted a Syrian opposition claiming the killing of 18": the one quoted speaks, as with
            # "quoted ... as saying"
            quoted = _QUOTED_ING.search(text, max(sentence.start, verb.start() - 90), verb.start())
        if quoted is None and text[verb.start() - 2:verb.start()] == ", " and text.startswith("ing", verb.end() - 3):
            # "Anadolu cited the news agency Hawzah, reporting that ...": the one cited speaks, as when quoted
            quoted = _CITED.search(text, max(sentence.start, verb.start() - 90), verb.start())
        if quoted is None and text[verb.start() - 2:verb.start()] == ", " \
                and ("quoting" in text[max(sentence.start, verb.start() - 90):verb.start()]
                     or "citing" in text[max(sentence.start, verb.start() - 90):verb.start()]):
            # "the BBC, quoting Western officials, estimated 2,000 killed": the one quoted speaks, the innermost source
            quoted = _QUOTING_ASIDE.search(text, max(sentence.start, verb.start() - 90), verb.start())
            if quoted and re.search(r"\bsources?$", quoted["who"]):
                quoted = None  # ("citing local sources": unnamed, read below as the relaying outlet's unnamed source)
        if quoted is None and text.startswith(" reports by ", verb.end(), verb.end() + 13) \
                or text.startswith((" claims by ", " the reports by ", " the claims by ", " estimates by "),
                                   verb.end(), verb.end() + 17):
            # "the ISW reiterated reports by the British MoD that ...": the reports' author speaks, the innermost
            # source, as the one quoted does
            quoted = _REPORTS_BY.match(text, verb.end())
            if quoted:
                relayed_end = quoted.end()  # ("reports" inside it is the noun, no verb of its own)
        if quoted:
            # "SANA quoted a military source as saying", "the agency quoted the regime's officials as saying": the
            # one quoted speaks, whether or not the actors table knows the words
            who = quoted["who"]
            unnamed = _UNNAMED_SOURCE.match(who + " ")
            # ("quoted the Turkish Defence Ministry as saying": the name the table knows, after its article)
            actor = None if unnamed else context.reference.actors.by_name(who) or context.reference.actors.by_name(
                re.sub(r"^[Tt]he\s+", "", who))
            canonical = actor.canonical if actor else (
                (f"unnamed {unnamed['kind'].lower()} source" if unnamed["kind"] else "unnamed source") if unnamed
                else re.sub(r"^(?:an?|the)\s+", "", who) if quoted.re in (_QUOTED_ING, _QUOTING_ASIDE, _REPORTS_BY)
                else who)
            found.append((verb.start(), Attribution(canonical, who, quoted.start("who"))))
            continue
        unnamed = _UNNAMED_SOURCE.search(text, max(sentence.start, verb.start() - 80), verb.start())
        if unnamed:
            # "with one source stating", "some sources claiming", ", a military source told": a source the text
            # does not name is the subject right before the verb, whatever actor opens the sentence
            kind = f"unnamed {unnamed['kind'].lower()} source" if unnamed["kind"] else "unnamed source"
            found.append((verb.start(), Attribution(kind, unnamed.group().strip(), unnamed.start())))
            continue
        the_source = _THE_SOURCE.search(text, max(sentence.start, verb.start() - 24), verb.start()) \
            if "source" in text[max(sentence.start, verb.start() - 24):verb.start()] else None
        if the_source:
            # "..., were brought to Turkey, the source added": "the source" is the source heard last (never a body
            # named before it in the sentence); with none heard, an unnamed source
            heard = last_speaker if last_speaker else None
            found.append((verb.start(), Attribution(heard.claimant if heard else "unnamed source",
                                                    the_source["who"], the_source.start("who"), heard is not None)))
            continue
        if text[max(sentence.start, verb.start() - 16):verb.start()].rstrip().lower().endswith(_UNNAMED_SPEAKER_ENDS) \
                and "ccording to" not in text[sentence.start:verb.start()]:
            # ("According to one report, one was killed, while another said three": the source the text does not
            # name, read with "according to" as a whole, speaks for both clauses, as the annotations have it)
            quantifier = _UNNAMED_SPEAKER.search(text[max(sentence.start, verb.start() - 60):verb.start()])
            if quantifier:
                # "Another claimed that his unit lost 20 men", "..., while others said 40 were wounded": one or more
                # speakers counted, never named, are an unnamed source (not a name "Another", nor the last speaker)
                found.append((verb.start(), Attribution("unnamed source", quantifier["who"],
                                                        verb.start() - len(quantifier.group()) + quantifier.start("who"))))
                continue
        inquiry = (_INQUIRY_SUBJECT.search(text, max(sentence.start, verb.start() - 120), verb.start()) or
                   _OWNED_INQUIRY.search(text, max(sentence.start, verb.start() - 120), verb.start())) \
            if _names_report(text[max(sentence.start, verb.start() - 120):verb.start()]) else None
        if inquiry and not any(inquiry.end("who") <= m.start < verb.start()
                               or (m.start == inquiry.start("who") and m.end == inquiry.end("who")) for m in mentions):
            # (an author the actors table knows, or joined to another name, is read below with the names joined)
            # "a study by the Syrian Centre for Policy Research released in 2016 estimated": the author of the study
            who = inquiry["who"]
            actor = context.reference.actors.by_name(who)
            # (covering the words read as the author: "the Damascus Centre for Research" is no "Damascus")
            opening = next((m for m in mentions if m.start <= inquiry.start("who") and inquiry.end("who") <= m.end
                            and m.actor is not None), None)
            if actor is None and opening is not None:
                # "a statement by the Syrian army saying": a name the table knows opens the author's words
                actor, who = opening.actor, opening.text
            if actor is None and opening is None and who.endswith(("'s", "’s")):
                # "a statement from Prime Minister Recep Tayyip Erdogan's office said": the office speaks for the one
                # whose office it is, when the table knows them (the words read on to the office's noun)
                owned = _OWNED_NOUN.match(text, inquiry.end("who"), verb.start())
                holder = next((m for m in mentions if inquiry.start("who") <= m.start and m.end <= inquiry.end("who")
                               and m.actor is not None), None)
                who = text[inquiry.start("who"):owned.end()] if owned else who
                actor = holder.actor if holder is not None else None
            found.append((verb.start(), Attribution(actor.canonical if actor else who, who, inquiry.start("who"))))
            continue
        # A speaker is the subject of the verb: right before it ("X said", "X on Sunday reported") or opening the
        # sentence ("X called it ... and said"); never a possessive ("Turkey's Hatay province") or an object.
        reach = _WINDOW
        if "which" in text[max(sentence.start, verb.start() - _WINDOW):verb.start()] or "who" in \
                text[max(sentence.start, verb.start() - _WINDOW):verb.start()]:
            clause = _RELATIVE_CLAUSE.search(text, max(sentence.start, verb.start() - _WINDOW - 260), verb.start())
            reach += len(clause.group()) if clause else 0
        low = bisect.bisect_left(mention_starts, max(sentence.start, verb.start() - reach))
        high = bisect.bisect_left(mention_starts, verb.start())
        # Only the nearest qualifying mention is read: look from the verb backwards and stop there.
        nearest = next((i for i in range(high - 1, low - 1, -1) if mentions[i].end <= verb.start()
                        and _could_be_speaker(text, sentence, mentions[i], verb.start())), None)
        if high > low and ("ead of " in text[max(sentence.start, verb.start() - 80):verb.start()]
                           or "eader of " in text[max(sentence.start, verb.start() - 80):verb.start()]):
            # "Head of the DPR Denis Pushilin claimed": the head of a state or government the actors table lists
            # speaks in their own name, as "Denis Pushilin, the head of the DPR," does (a cheap word test first)
            state = mentions[high - 1]
            named = _NAME_BEFORE_VERB.fullmatch(text, state.end, verb.start()) \
                if state.actor is not None and state.actor.kind == "government" and _HEAD_OF_BEFORE.search(
                    text, max(sentence.start, state.start - 16), state.start) else None
            if named and context.reference.actors.by_name(named["name"]) is None:
                found.append((verb.start(), Attribution(named["name"], named["name"], named.start("name"))))
                continue
        if "office" in text[max(sentence.start, verb.start() - 30):verb.start()] \
                and "spokes" in text[max(sentence.start, verb.start() - 100):verb.start()]:  # (a cheap word test first)
            office = _SPOKESMAN_FOR_OFFICE.search(text, max(sentence.start, verb.start() - 100), verb.start())
            if office:
                # "a spokesman for the Mariupol mayor's office announced": the office speaks, not the mayor named
                # before it, nor the text
                found.append((verb.start(), Attribution(office["body"], office.group().strip(), office.start("body"),
                                                        True)))
                continue
        pronoun = PRONOUN_SUBJECT.search(text[max(sentence.start, verb.start() - 40):verb.start()])
        if pronoun:
            at = max(sentence.start, verb.start() - 40) + pronoun.start("p")
            if _RELATIVE_BEFORE.search(text, max(sentence.start, at - 12), at) \
                    and not _STATEMENT_WHERE.search(text, max(sentence.start, at - 40), at):
                continue  # "burns that they said were caused by ...": a relative clause speaks of something else
                # ("gave a statement where he said": the statement's own content, as "in which")
        if pronoun and (nearest is None
                        or mentions[nearest].end <= verb.start() - len(pronoun.group()) + pronoun.start("p")):
            # "X claimed he counted 98 bodies": the pronoun is the speaker named earlier in this sentence, if any.
            # "The SOHR gave a similar number: it registered ...": a body named earlier in the sentence comes
            # before the last speaker of an earlier one.
            here = _last_named(context, at, pronoun.group("p").lower())
            here = here if here is not None and here.start is not None and here.start >= sentence.start else None
            if here is not None and _CLOSED_QUOTE_BEFORE.search(text, max(sentence.start, at - 4), at):
                # '"Four SDF fighters were killed too," it added': a name inside the quoted words is what the
                # speaker speaks of; only one named before the quotation opens can be the pronoun
                opening = max(text.rfind("“", sentence.start, at), text.rfind('"', sentence.start, at - 3))
                here = here if opening < 0 or here.start < opening else None
            if pronoun.group("p").lower().startswith("the "):
                here = None  # "the statement said": the last speaker's statement, not a body it names
            # ("the tweet reads": a tweet is a speaker's, never a body's named before it)
            if not found and here is None and pronoun.group("p") == "They" and at == sentence.start:
                # "The Philippine Marines had recovered ... They also reported that ...": a sentence opening with
                # "They" speaks for the body opening the sentence before, when no one spoke since it
                here = _previous_opening_subject(context, sentence, last_speaker)
            antecedent = (found[-1][1] if found else None) or here or last_speaker \
                or (None if pronoun.group("p").lower()[4:] in ("tweet", "post") else
                    _last_named(context, sentence.start, pronoun.group("p").lower())) \
                or (_last_described_person(text, at, context.reference.actors)
                    if pronoun.group("p").lower() in ("he", "she")
                    else None)
            if antecedent is not None:
                # (its start is the pronoun's own: a quotation going on after '," he said.' is read from there)
                found.append((verb.start(), Attribution(antecedent.claimant, pronoun.group("p"), at, True)))
                continue
            if pronoun.group("p").lower()[4:] in ("tweet", "post"):
                continue  # a tweet whose author is not named: no one else in the sentence wrote it
        told = text[verb.start():verb.end()].lower() == "told"  # "X told AFP": AFP is told, never the speaker
        inverted = bisect.bisect_left(mention_starts, verb.end())
        office = None
        if not told and inverted < len(mentions) and _INVERTED_BEFORE.search(text, max(sentence.start, verb.start() - 3),
                                                                verb.start()) \
                and (text[verb.end():mentions[inverted].start].strip().lower() in ("", "the")
                     or (office := _OFFICE_OF.fullmatch(text, verb.end(), mentions[inverted].start)) is not None) \
                and not _CLAUSE_VERB_AFTER.match(text, mentions[inverted].end, sentence.end):
            # "..., said a ministry statement", "..., said the Observatory": the subject follows its verb, and no
            # name earlier in the sentence ("Assad regime attacks ...") is the speaker; "..., said the director of
            # the Britain-based group": who holds a post in a body speaks for the body.
            mention = mentions[inverted]
            name = mention.actor.canonical if mention.actor else mention.text
            written = text[office.start("office"):mention.end] if office else mention.text
            found.append((verb.start(), Attribution(name, written, mention.start, mention.descriptor)))
            continue
        # (a spokesman for a body the actors table knows is read below, where the body is found by its name)
        known_after = bisect.bisect_left(mention_starts, verb.end())
        for_known_body = known_after < len(mentions) and mentions[known_after].actor is not None \
            and _SPOKESMAN_FOR.fullmatch(text, verb.end(), mentions[known_after].start)
        person = None if told or for_known_body or not _INVERTED_BEFORE.search(
            text, max(sentence.start, verb.start() - 3), verb.start()) else _INVERTED_PERSON.match(text, verb.end())
        if person and person.end() <= sentence.end:
            # "..., said John Smith, a spokesman for the Red Crescent": a person the table does not know, named after
            # an inverted verb; a spokesman speaks for the body, anyone else in their own name
            body = person["body"]
            actor = context.reference.actors.by_name(body or person["name"])
            who = actor.canonical if actor else (body or person["name"])
            found.append((verb.start(), Attribution(who, person.group().strip(" ,"), person.start("name"),
                                                    body is not None)))
            continue
        surname = None if told or person or for_known_body else _QUOTE_CLOSED_BY_SURNAME.match(text, verb.end())
        if surname and _QUOTATION_BEFORE_VERB.search(text, max(sentence.start, verb.start() - 4), verb.start()) \
                and surname["name"].lower() not in _NOT_A_SURNAME and surname.end() <= sentence.end:
            # '"Eleven civilians were killed," said Colville.': a quotation closed by its speaker's surname alone;
            # the claim rules read the full name the article gave earlier, if any ("Rupert Colville")
            found.append((verb.start(), Attribution(surname["name"], surname["name"], surname.start("name"))))
            continue
        spokesman = _SPOKESMAN_THEN_NAME.search(text, max(sentence.start, verb.start() - 140), verb.start()) \
            if "spokes" in text[max(sentence.start, verb.start() - 140):verb.start()] else None
        if spokesman:
            # "a spokesman for the Northern Command, Ivan Petrov, reported": the spokesman speaks for the body, known
            # to the actors table or kept as written; "Petrov stated" later in the article is the body's claim too
            body = spokesman["body"]
            actor = context.reference.actors.by_name(body) or next(
                (m.actor for m in context.reference.actors.mentions("the " + body) if m.actor is not None), None)
            who = actor.canonical if actor is not None else body
            context._sentences.setdefault("people", {})[spokesman["name"].split()[-1].lower()] = who
            found.append((verb.start(), Attribution(who, spokesman.group().strip(" ,"), spokesman.start("body"), True)))
            continue
        of_body = _NAME_OF_BODY.search(text, max(sentence.start, verb.start() - 120), verb.start()) \
            if " of " in text[max(sentence.start, verb.start() - 120):verb.start()] else None
        if of_body and _a_person_of_body(context, of_body["name"]):
            # "Ahmed al-Shamri of Nineveh Operations Command stated": a person named with the body they serve, and no
            # role, speaks in their own name (as "Maj. Gen. X of the Iraqi Army" does); the body stays as written
            found.append((verb.start(), Attribution(of_body["name"], of_body.group().strip(), of_body.start("name"))))
            continue
        clause_subject = _CLAUSE_SUBJECT.search(text, max(sentence.start, verb.start() - 60), verb.start())
        if clause_subject and (nearest is None or mentions[nearest].end <= clause_subject.start()):
            # "While state media reported none, the Syrian opposition stated nine": the clause's own subject, not
            # the name that opens the sentence
            who = clause_subject["who"]
            found.append((verb.start(), Attribution(who, who, clause_subject.start("who"))))
            continue
        if nearest is not None and text.endswith("ing", verb.start(), verb.end()) \
                and (text.endswith("while ", sentence.start, verb.start()) or text.endswith(", ", sentence.start,
                                                                                           verb.start())):
            # "ISIL released photos of dead SDF fighters, while claiming that 70 were killed": a participle's
            # subject is the subject of its sentence, not the last name before it
            # ("..., while the SOHR had other figures, reporting 135": the subject of the participle's own clause)
            clause = max((b.end() for b in _CLAUSE_BREAK.finditer(text, sentence.start, verb.start())
                          if b.end() < verb.start()), default=sentence.start)
            nearest = next((i for i in range(high) if clause <= mentions[i].start and mentions[i].end <= verb.start()
                            and len(_OPENING_PHRASE.sub("", text[clause:mentions[i].start]).split()) <= 1
                            and _could_be_speaker(text, sentence, mentions[i], verb.start())), nearest)
        if nearest is not None and mentions[nearest].descriptor and mentions[nearest].actor is not None \
                and "minister" in mentions[nearest].text.lower():  # (a chief or spokesman speaks for the body)
            named = _NAME_AFTER_DESCRIPTOR.fullmatch(text, mentions[nearest].end, verb.start())
            if named:
                # "Russian defence minister Sergey Shoygu said": the minister named speaks in their own name; the
                # post alone ("the Russian defence minister said") stands for the ministry
                found.append((verb.start(), Attribution(named["name"], named["name"], named.start("name"))))
                continue
        titled_after = _titled_person(text, sentence, verb.start()) if nearest is not None else None
        if titled_after and titled_after.start() >= mentions[nearest].end:
            # "AP obtained a list of 9,606 dead, while Prime Minister X had claimed 1,260": a person named with their
            # title after the last body named, right before the verb, is its subject, not that body
            name = titled_after["name"]
            actor = context.reference.actors.by_name(name)
            found.append((verb.start(), Attribution(actor.canonical if actor else name, name, titled_after.start("name"))))
            continue
        if nearest is not None and mentions[nearest].actor is not None and mentions[nearest].actor.kind == "government":
            titled_person = _titled_person(text, sentence, verb.start())
            if titled_person and titled_person.start() <= mentions[nearest].start \
                    and mentions[nearest].end <= titled_person.start("name") \
                    and context.reference.actors.by_name(titled_person["name"]) is None:
                # "UN envoy to Syria Staffan de Mistura stated": the country is part of the title, the person speaks
                name = titled_person["name"]
                found.append((verb.start(), Attribution(name, name, titled_person.start("name"))))
                continue
        if nearest is not None:
            chosen = nearest
            if mentions[nearest].actor is not None and mentions[nearest].actor.kind == "international_organisation" \
                    and any(word in text[mentions[nearest].end:verb.start()].lower() for word in _TITLE_WORDS):
                titled_official = _TITLE_THEN_NAME.search(text, mentions[nearest].end, verb.start())
                if titled_official and re.fullmatch(r"(?:['’]s)?(?:\s+[A-Z][\w-]*){0,3}\s+",
                                                    text[mentions[nearest].end:titled_official.start()]):
                    # "The UN High Commissioner for Human Rights Zeid Ra'ad Al Hussein said": the official of an
                    # international body named by title and name speaks in their own name, as Michelle Bachelet does
                    found.append((verb.start(), Attribution(titled_official["name"], titled_official["name"],
                                                            titled_official.start("name"))))
                    continue
            if "," in text[max(sentence.start, mentions[nearest].start - 60):mentions[nearest].start]:
                named = _NAME_TITLE.search(text, max(sentence.start, verb.start() - 250), verb.start())
                if named and named.start("title") <= mentions[nearest].start and mentions[nearest].actor is not None \
                        and _ROLE_WORD.search(named["title"]):
                    # ", Oleg Petrov, deputy chief of the Russian Centre for Reconciliation, said": remember the officer
                    context._sentences.setdefault("people", {})[named["name"].split()[-1].lower()] = \
                        mentions[nearest].actor.canonical
                named = named or _OPENING_NAME_TITLE.match(text, sentence.start, verb.start())
                if named and named.start("title") <= mentions[nearest].start and mentions[nearest].actor is not None \
                        and mentions[nearest].actor.kind in _PERSON_KINDS and "spokes" not in named["title"] \
                        and context.reference.actors.by_name(named["name"]) is None:
                    # ", Ivan Petrenko, an adviser to President X, said": a person the title names is whom the
                    # speaker serves, not who speaks (a spokesman for a person speaks for them, as for a body)
                    found.append((verb.start(), Attribution(named["name"], named["name"], named.start("name"))))
                    continue
            if chosen > low and _APPOSITION.fullmatch(text, mentions[chosen - 1].end, verb.start()) \
                    and not (mentions[chosen - 1].descriptor and not mentions[chosen].descriptor):
                # "SANA, a Syrian state media agency, reported": the name, not its description ("The UK-based
                # monitor, the Syrian Observatory for Human Rights, said": the name after the description)
                chosen -= 1
            elif chosen > 0 and _OF_BETWEEN.fullmatch(text, mentions[chosen - 1].end, mentions[chosen].start):
                chosen -= 1  # "The Anadolu Agency of Turkey wrote": the agency, not its country
            canonical, as_written, start = _joined(mentions, chosen, text)
            mention = mentions[chosen]
            if mention.actor is not None and not any(ch.isupper() for ch in mention.text[1:]):
                # "Russian state media claimed": a generic name another country's word qualifies is that country's
                # outlets, kept as written, not the actor the words stand for alone
                owner = _DEMONYM_BEFORE.search(text, max(sentence.start, mention.start - 25), mention.start)
                own_side = mention.actor.side if mention.actor.side in PARTIES else \
                    VOCABULARY["side_word"].get(mention.actor.canonical.split()[0].lower())
                if owner and own_side and VOCABULARY["side_word"].get(owner["word"].lower()) not in (None, "", own_side):
                    written = owner["word"] + " " + mention.text.removeprefix("the ").removeprefix("The ")
                    found.append((verb.start(), Attribution(written, written, owner.start("word"))))
                    continue
            if " and " in text[max(sentence.start, start - 60):verb.start()]:  # a cheap test first
                # "Activists and the SOHR said", "the SOHR and local medics said": sources the actors table does not
                # know, joined to a named one as the subject, claim the figure with it (as after "according to")
                before = _UNLISTED_SUBJECT_BEFORE.search(text[max(sentence.start, start - 60):start])
                after = _UNLISTED_SUBJECT_AFTER.fullmatch(text, mentions[chosen].end, verb.start())
                if before:
                    for written in filter(None, (before["first"], before["who"])):
                        # ("A Kurdish official and the monitor said": a source named with no name, without its article)
                        who = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+(?=[a-zA-Z])", "", _plain_source(written))
                        if who.split()[0].lower() in VOCABULARY["source_noun"] or who.split()[0] in ("Local", "Opposition"):
                            who = who[0].lower() + who[1:]  # "Activists and the SOHR said": a capital opening the sentence
                        canonical = f"{canonical} and {who}"
                    as_written = (f"{before['first']}, " if before["first"] else "") + f"{before['who']} and {as_written}"
                if after:
                    canonical, as_written = f"{canonical} and {after['who']}", f"{as_written} and {after['who']}"
            found.append((verb.start(), Attribution(canonical, as_written, start, mention.descriptor)))
            continue
        titled = _NAME_TITLE.search(text, max(sentence.start, verb.start() - 250), verb.start())
        if titled:
            # "..., Vadim Kulit, deputy chief of the Russian Centre for Reconciliation, said": a spokesman or officer
            # speaks for the body the title names; a person whose title names none speaks in their own name.
            body = next((m for m in mentions if titled.start("title") <= m.start and m.end <= titled.end("title")
                         and m.actor is not None and not _POSSESSIVE.match(text, m.end, m.end + 2)
                         and not _ASIDE_AROUND(text, sentence, m, verb.start())), None)
            if body is not None and _ROLE_WORD.search(titled["title"]):
                found.append((verb.start(), Attribution(body.actor.canonical, titled.group("name"), body.start, True)))
                # "According to Yegorov" later in the article: the same officer, speaking for the same body
                context._sentences.setdefault("people", {})[titled["name"].split()[-1].lower()] = body.actor.canonical
            else:
                found.append((verb.start(), Attribution(titled["name"], titled["name"], titled.start("name"))))
            continue
        if "source" in text[max(sentence.start, verb.start() - 30):verb.start()]:  # a cheap word test first
            back = _SOURCE_ANAPHOR.search(text, max(sentence.start, verb.start() - 40), verb.start())
            previous = found[-1][1] if found else last_speaker
            if back and previous is not None:
                # "..., the source added": the one who spoke last (a named source, a monitor or a person alike)
                found.append((verb.start(), Attribution(previous.claimant, back["who"], back.start(), True)))
                continue
        anaphor = _ANAPHOR.search(text, max(sentence.start, verb.start() - 130), verb.start())  # (a title inside)
        if anaphor:
            antecedent = _antecedent(context, anaphor.start(), found[-1][1] if found else last_speaker,
                                     kinds=_OUTLET_KINDS if anaphor["outlet"] else None)
            if antecedent is not None:
                # "The group said", "the same group reported": the body that spoke or was named last
                written = anaphor.group().replace(anaphor["relative"] or "\0", "").strip()  # (the clause is no name)
                found.append((verb.start(), Attribution(antecedent.claimant, written, anaphor.start(), True)))
                continue
        if "s " in text[max(sentence.start, verb.start() - 80):verb.start()]:  # a cheap test first
            owned = _OWNER_ROLE.search(text, max(sentence.start, verb.start() - 80), verb.start())
            owner = None
            if owned:
                # "the Britain-based monitor's head Rami Abdel Rahman reported", "the charity's France president
                # said": the head speaks for the body described, named by the table or named last
                owner = next((m.actor for m in context.reference.actors.mentions("the " + owned["owner"])
                              if m.actor is not None), None)
                if owner is None and owned["owner"].split()[-1].lower() in _BODY_WORDS:
                    before = _antecedent(context, owned.start(), found[-1][1] if found else last_speaker)
                    owner = context.reference.actors.by_name(before.claimant) if before is not None else None
            if owner is not None:
                found.append((verb.start(), Attribution(owner.canonical, owned.group().strip(), owned.start(), True)))
                continue
        its_role = _ITS_ROLE.search(text, max(sentence.start, verb.start() - 80), verb.start()) \
            if "ts " in text[max(sentence.start, verb.start() - 80):verb.start()] else None
        if its_role:
            # "The Northern Command said ... Its spokesman Ivan Petrov stated": the spokesman or head speaks for the body
            # "its" stands for, the last speaker or body named (an army or ministry too, never a person)
            body = _antecedent(context, its_role.start(), found[-1][1] if found else last_speaker,
                               not_kinds=("head_of_state", "official"))
            if body is not None:
                if its_role["name"]:
                    context._sentences.setdefault("people", {})[its_role["name"].split()[-1].lower()] = body.claimant
                found.append((verb.start(), Attribution(body.claimant, its_role.group().strip(" ,"), its_role.start(),
                                                        True)))
                continue
        titled_person = _titled_person(text, sentence, verb.start())
        if titled_person:
            # "France's defence minister Jean-Yves Le Drian stated", "the Defence Minister, Kevin Andrews, said": a
            # minister, general or envoy named with their title speaks in their own name
            name = titled_person["name"]
            actor = context.reference.actors.by_name(name)
            found.append((verb.start(), Attribution(actor.canonical if actor else name, name,
                                                    titled_person.start("name"))))
            continue
        subject_end = verb.start()
        subject = _SUBJECT.search(text[max(sentence.start, verb.start() - 80):verb.start()])
        if subject is None and text[verb.start() - 2:verb.start()] == ", " and (
                "which" in text[max(sentence.start, verb.start() - 160):verb.start()]
                or "who" in text[max(sentence.start, verb.start() - 160):verb.start()]):
            clause = _RELATIVE_END.search(text, max(sentence.start, verb.start() - 160), verb.start())
            if clause:
                # "The Lebanese Al Mayadeen network, which is affiliated with Hezbollah, reported": the subject
                # stands before the relative clause
                subject_end = clause.start()
                subject = _SUBJECT.search(text[max(sentence.start, subject_end - 80):subject_end] + " ")
                subject_end += 1
        if subject is None and text[verb.start() - 2:verb.start()] == ", ":
            apposed = _APPOSITION_BEFORE_VERB.search(text, max(sentence.start, verb.start() - 100), verb.start())
            if apposed:
                # "the Free Burma Rangers, one of the few aid groups in the area, said": the subject stands before
                # the apposition that describes it
                subject_end = apposed.start()
                subject = _SUBJECT.search(text[max(sentence.start, subject_end - 80):subject_end] + " ")
                subject_end += 1
        if subject and not re.fullmatch(r"(?:he|she|it|they|we|i|this|that|there|as|on|in|by|at|but|and|also|"
                                        r"however|meanwhile|later|earlier|then|while|"
                                        # "Following reports about ...": a preposition, the noun no speaker's verb
                                        r"following|despite|amid|amidst|after|before|during|with|without|among|"
                                        # ("Several reports said": a word that counts is no speaker before "reports")
                                        r"several|some|many|most|few|numerous|other|"
                                        # "Reports suggested that", "Media reports said": reports by no one named
                                        # are the text's own voice, hedged (the dev corpus's convention)
                                        r"(?:(?:media|initial|early|first|unconfirmed|unverified|local)\s+)?reports)",
                                        subject["who"], re.IGNORECASE):
            who = subject["who"].replace("*", "").strip()  # "Pro-ISIL *Wafa Media*": emphasis is markup
            who = _TRAILING_DAY.sub("", who)  # "UNICEF on Thursday confirmed": the day is when, not who
            who = _RANK_ABBREVIATIONS.sub("", who)  # "Brig. Gen. X stated": the rank is no part of the name
            if re.match(r"(?:one)\s+\S+\s+\S", who, re.IGNORECASE):
                who = who.split(None, 1)[1]  # "One activist source": the source, not the count
            who = _plain_source(who)
            # "the pro-PYD Hawar News Agency": a name keeps no leaning in front of it
            who = re.sub(r"^[Pp]ro-[\w'’-]+\s+(?=[A-Z])", "", who)
            # "Jordanian armed forces spokesman stated": a spokesman or press office speaks for the body it names
            who = re.sub(r"(?<=\w)\s+(?:spokes(?:man|woman|person)|media\s+office|press\s+office)$", "", who)
            # ("a senior Syrian official": one word of a country after the adjectives is the body)
            body = re.fullmatch(r"(?:(?i:senior|top|high-ranking|unnamed)\s+)+(?P<body>[A-Z][\w'’-]+)\s+officials?", who) \
                or re.fullmatch(r"(?:(?i:senior|top|high-ranking|unnamed)\s+)*(?P<body>(?:[\w.'’-]+\s+)+[\w.'’-]+)\s+"
                                r"officials?", who)
            opens = body is not None and subject_end - len(subject.group()) + subject.start("who") + body.start("body") \
                == sentence.start  # ("Local emergency officials stated": a sentence's capital is no name's)
            if body and " and " not in body["body"] and re.search(r"[A-Z]", body["body"][1:] if opens else body["body"]):
                who = body["body"]  # "a senior US military official told CNN": the official speaks for the body
                if " " not in who:
                    # "a senior Syrian official": the country's officials speak for it, as the actors table names
                    # them, else as officials ("a senior Iraqi official": Iraqi officials, never "Iraqi")
                    country = context.reference.actors.by_name(who + " officials")
                    who = country.canonical if country is not None else who + " officials"
            elif re.fullmatch(r"[A-Z][\w'’-]+\s+official", who) and not opens:
                # "a Western official had increased this figure": one official speaks for the officials of the
                # country or body the adjective names, as "Western officials" would
                country = context.reference.actors.by_name(who + "s")
                who = country.canonical if country is not None else who + "s"
            person = _ROLE_AND_NAME.fullmatch(who)
            if person:
                who = person["name"]  # "Pro-opposition activist Cédric Labrousse" speaks in his own name
            found.append((verb.start(), Attribution(who, subject["who"].strip(),
                                                    subject_end - len(subject.group()) + subject.start("who"))))
            continue
        # ("the administration which had warned Iran": after an auxiliary or a relative pronoun the verb's subject
        # came before it, and the name after it is its object, never the speaker)
        after_index = bisect.bisect_left(mention_starts, verb.end()) if not told and not _OBJECT_AFTER_VERB.search(
            text, max(sentence.start, verb.start() - 8), verb.start()) else len(mentions)
        if after_index < len(mentions) and text[verb.end():mentions[after_index].start].strip().lower() in ("", "the"):
            mention = mentions[after_index]
            name = mention.actor.canonical if mention.actor else mention.text
            found.append((verb.start(), Attribution(name, mention.text, mention.start, mention.descriptor)))
        elif after_index < len(mentions) and mentions[after_index].actor is not None \
                and _SPOKESMAN_FOR.fullmatch(text, verb.end(), mentions[after_index].start):
            # "..., said David Swanson, spokesman for OCHA": a spokesman speaks for the organisation.
            mention = mentions[after_index]
            found.append((verb.start(), Attribution(mention.actor.canonical, mention.text, mention.start, True)))
    return found


# A word of a person's name after its first: capitalised, "al-Assad", "bin"/"ibn", or a particle before a capitalised
# word ("Staffan de Mistura", "Ursula von der Leyen")
_NAME_WORD = r"(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn|(?:de|van|von|der|da|di|del|dos|du|le|la)(?=\s+(?:[A-Z]|der\s|la\s)))"
# "Head of the DPR Denis Pushilin claimed", "the leader of the LPR, Ivan Petrov, said": a head's post before a state's
# name, then the head's name right before the verb
_HEAD_OF_BEFORE = re.compile(r"(?<![\w-])(?i:head|leader)\s+of\s+(?:the\s+)?$")
_NAME_BEFORE_VERB = re.compile(r"\s*,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){1,3})\s*,?\s*"
                               r"(?:also\s+|later\s+|then\s+|had\s+|has\s+)?")


# "a spokesman for the Mariupol mayor's office said": a holder's office, in lower case after its place, right before
# the verb
_SPOKESMAN_FOR_OFFICE = re.compile(r"(?<![\w-])(?i:spokes(?:man|woman|person))\s+for\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+)"
                                   r"{0,3}[a-z][\w-]*['’]s\s+office)\s*,?\s+(?:also\s+|later\s+|has\s+|had\s+)?$")


def _titled_person(text: str, sentence: Sentence, verb_start: int) -> re.Match | None:
    """A person named with their title right before the speech verb ("France's defence minister Jean-Yves Le
    Drian stated"), unless the title is an object ("a commander in the militia backing President X said")."""
    window = text[max(sentence.start, verb_start - 120):verb_start].lower()
    if not any(word in window for word in _TITLE_WORDS):  # a cheap word test first
        return None
    titled = _TITLE_THEN_NAME.search(text, max(sentence.start, verb_start - 120), verb_start)
    if titled and (_BACKED_BY_SPEAKER.search(text, max(sentence.start, titled.start() - 60), titled.start())
                   or _OBJECT_BEFORE.search(text, max(sentence.start, titled.start() - 50), titled.start())):
        return None
    return titled


# ("a list from the morgue while Prime Minister X had claimed": "while" opens a clause with a subject of its own)
_OBJECT_BEFORE = re.compile(r"\b(?:of|by|to|with|for|against|under|from|in)\s+(?:the\s+)?"
                            r"(?:(?!\b(?:while|whereas)\s)[^,;]){0,40}$", re.IGNORECASE)
_TITLE_WORDS = tuple(VOCABULARY["title_word"])
# A person's title right before their name and the verb: "U.S. Deputy Secretary of State Antony Blinken stated",
# "the Australian Defence Minister, Kevin Andrews, stated" (a title word, then two to four capitalised words)
_TITLE_THEN_NAME = re.compile(r"(?<![\w-])(?i:" + _alternation("title_word") + r")(?:\s+of\s+(?:State|Defen[cs]e|Foreign\s+Affairs|the\s+[A-Z]\w+)|\s+for\s+(?:Human\s+Rights|Refugees|Humanitarian\s+Affairs|Syria)"
                              # ("UN envoy to Syria Staffan de Mistura": the country an envoy is sent to)
                              r"|\s+to\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                              r"\s*,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){1,3})"
                              # ("Foreign Minister X condemned the attack and said, "...", "X condemned the attack in a
                              # statement saying": what the minister did first, then the speech verb)
                              r"(?:\s+(?:condemned|censured|denounced|deplored|expressed|extended|extends|issued|called)\b"
                              r"[^.;:\"“”]{0,80}?(?:\s+and|\s+in\s+a\s+statement|,))?"
                              # ("while Prime Minister X had claimed 1,260 deaths": an auxiliary before the verb)
                              r"\s*,?\s*(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$")


# The subject of a speech verb that the actors table does not know, opening its clause:
# "Rebel forces reported", "Pro-opposition media outlets reported that", "Turkish sources said".
# ("For instance, in January 2015 X announced", "As of March 2016, the Albanian Government estimates")
# ("..., with the Hamza Division alone reporting over 300 casualties": "alone" stresses the subject, as "also" does)
# ("..., it was every man for himself, as Gharawi said": "as" opens the speaker's clause, as "while" does)
_SUBJECT = re.compile(r"(?:^[\s,]*(?:(?:Also|Meanwhile|However|Later|Separately|Earlier|Moreover|Additionally|Furthermore|"
                      r"In\s+addition|For\s+instance|For\s+example|Similarly|Likewise),\s+)?(?:(?:While|Whereas|Although|Though)\s+)?(?:(?:[Oo]n|[Ii]n|[Bb]y|[Dd]uring|[Aa]fter|[Bb]efore|[Ll]ate\s+on|(?:[Ll]ater|[Ee]arlier)\s+(?:on|in)|[Aa]s\s+of|[Ss]ince|[Uu]ntil)\s+[^,]{3,60}?,?\s+"
                      r"|(?:The\s+(?:following|next|same|previous)|Later\s+that|That)\s+(?:day|week|month|morning|evening|night),?\s+){0,2}"
                      # ("...; on 23 March, rebel official X stated": a day opening the clause after a semicolon)
                      r"|[.;:][\s,]+(?:(?:[Oo]n|[Ii]n|[Bb]y|[Dd]uring|[Ss]ince|[Aa]s\s+of)\s+[^,;]{3,40},\s+)?|\s(?:[–—]|--)\s+|,\s+(?:while|and|but|with|as)\s+(?:(?:in|on|by|during)\s+[^,]{3,40},\s+)?|\bwith\s+"
                      # ("... on June 2 while the Defence Ministry reported": "while" opens a clause without a comma too)
                      r"|\s(?:while|whereas)\s+"
                      # ("In one of the most prominent cases, a report from X alleged": a long opening phrase, a comma,
                      # then a report and its source; never any noun after a comma, which may be an apposition)
                      r"|,\s+(?=(?:[Tt]he|[Aa]n?)\s+(?:\w+\s+)?reports?\s+(?:from|by)\s)"
                      # a report inside a report: "X said that US intelligence had indicated that": the innermost
                      r"|\b(?:said|says|stated|reported|claimed|added)\s+that\s+)"
                      r"(?:The\s+|the\s+|A\s+|a\s+|An\s+|an\s+)?"
                      # ("White House national security spokesperson John Kirby stated", "the regional army spokesman
                      # Ali Demir reported": up to four words of a long title before the post, then the person's name)
                      r"(?!(?:while|whereas)\s)(?P<who>(?:[A-Za-z][\w.'’-]*\s+){0,4}(?i:spokes(?:man|woman|person)|" + _alternation("title_word")
                      + r")\s+[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){1,3}(?=\s)"
                      # ("opposition activists and local witnesses have reported": two sources the table does not
                      # know, joined, one word before each at most, claim together)
                      r"|(?:[a-z][\w'’-]*\s+)?(?i:" + _alternation("source_noun") + r")\s+and\s+(?:[a-z][\w'’-]*\s+)?"
                      r"(?i:" + _alternation("source_noun") + r")(?=\s)"
                      r"|(?:[A-Za-z*][\w.'’*-]*\s+){0,3}(?:(?i:" + _alternation("source_noun") + r")"
                      # "The mayor of the city reported", "Relatives of killed soldiers stated": a source noun's own
                      # "of" phrase, in lower case (after a name, only a name: "Thousands of people" is no source)
                      r"(?:\s+of\s+(?:the\s+|a\s+)?(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*(?=\s+(?:on\s+\w+\s+|also\s+|later\s+|has\s+|have\s+|had\s+)?$))?"
                      # "Officials in the town claimed", "an activist sympathetic to the opposition told": where they
                      # are or whom they side with, in lower case, between the source noun and its verb
                      r"(?:\s+(?:in|inside|at)\s+the\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*(?=\s+(?:also\s+|later\s+|has\s+|have\s+|had\s+)?$)"
                      r"|\s+(?:sympathetic|close|loyal|linked|affiliated|aligned)\s+(?:to|with)\s+(?:the\s+)?[a-z][\w'’-]*"
                      r"(?=\s+(?:also\s+|later\s+|has\s+|have\s+|had\s+)?$))?"
                      # ("a report from *ANF* alleged": a name in italics, emphasis on both sides)
                      r"|\**[A-Z][\w'’-]+\**|[Aa]l-[A-Z][\w'’-]*)"
                      # "the State Emergency Service of Armenia stated", "the Ministry of Defence of Armenia reported"
                      r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+){0,2})"
                      # ("X on Monday said", "X on 28 September 2016 alleged", "X on Nov. 23 said": when, not who)
                      # ("X himself later admitted": two of these at most, a reflexive among them)
                      r"(?:(?:\s+(?:on\s+(?:\d{1,2}\s+)?\w+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|also|later|further|meanwhile|"
                      r"separately|has|have|had|now|initially|first|himself|herself|itself|themselves|"
                      # ("while the Ministry of Defence that same day reported": when, as "on Monday" is)
                      r"(?:that|the)\s+same\s+day|the\s+(?:next|following)\s+day|"
                      r"reportedly|subsequently|officially|publicly|alone)){1,2}"
                      # ("The rebels, for their part, have also claimed": an aside, then at most two such words)
                      r"|,\s+(?:for\s+instance|for\s+example|however|meanwhile|for\s+(?:their|its|his|her|our)\s+part|"
                      r"in\s+turn),(?:\s+(?:also|has|have|had|later|then)){0,2})?\s+$")


# "X was executed by ISIL, who claimed it was in retaliation": a speaker brought in by a relative pronoun after
# the figure speaks of something else (a motive, a denial), not of the figure before it
# ", one of the few aid groups in the area, " right before a speech verb (", a local newspaper, " and ", a spokeswoman
# for X, " are the unlisted sources' own patterns: "Daily Courier, a local newspaper" is the claimant as written)
_APPOSITION_BEFORE_VERB = re.compile(r",\s+one\s+of\s+the\s+[^,;.()\"“”]{2,80},\s+$")
_RELATIVE_SPEECH = re.compile(r",\s*(?:who|which)\s+(?:(?:also|later|then|\w+ly)\s+)?$")
_RANK_ABBREVIATIONS = re.compile(r"^(?:(?:Maj|Gen|Lt|Col|Brig|Capt|Sgt|Adm|Cmdr)\.\s+)+")
_TRAILING_DAY = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_CITED = re.compile(r"\bcit(?:ed|es|ing)\s+(?P<who>[^,.;:\"“”()]{2,70}?)\s*,\s*$")
# ", quoting Western officials, estimated": an aside naming whom the subject quotes, right before its verb
# "reiterated reports by the British MoD that": whose reports, right after the verb
_REPORTS_BY = re.compile(r"\s+(?:the\s+)?(?:reports|claims|estimates)\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4})(?=\s+that\b)")
_QUOTING_ASIDE = re.compile(r",\s+(?:quoting|citing)\s+(?P<who>[^,.;:\"“”()]{2,70}?)\s*,\s+$")
# "Reuters quoted a Turkish official as saying", "Anadolu cited security sources as saying": the one quoted speaks
_QUOTED_ING = re.compile(r"\b(?:quoted|cited)\s+(?P<who>[^,.;:\"“”()]{2,70}?)\s+$")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<who>[^,.;:\"“”()]{2,70}?)\s+as\s+$")
# ("A Syrian source present on the battle scene explained": a nationality before it, where it was after it)
_UNNAMED_SOURCE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ss]ome|[Oo]ther|[Ss]everal|[Uu]nnamed|[Aa]nonymous)\s+"
                             r"(?:(?:unnamed|anonymous|other|local|field|Syrian|Turkish|Russian|Iranian|Kurdish)\s+)?"
                             r"(?:(?P<kind>military|security|medical|hospital|"
                             r"diplomatic|intelligence|government|opposition|rebel)\s+)?"
                             r"sources?(?:\s+(?:present|close|familiar)\s+(?:on|at|in|to|with)\s+[^,.;:\"“”]{1,40}?"
                             # ("a medical source in the area saying", "a source on the ground said": where it is)
                             r"|\s+(?:in|on)\s+the\s+(?:area|ground|region|city|town|field)|\s+at\s+the\s+scene)?\s+$")  # ("some reports put": no one speaks)
# ", the source added", ", the sources said": the subject right before the verb is a source already heard, unnamed
_THE_SOURCE = re.compile(r"(?:^|,\s+|\.\s+)(?P<who>[Tt]he\s+(?:same\s+)?sources?)\s+(?:(?:also|later|further)\s+)?$")
# "Another claimed", "Others said", ", while others reported": a speaker counted by a word, named by none (the
# vocabulary's unnamed_speaker words), opening the sentence or its clause right before the speech verb
_UNNAMED_SPEAKER = re.compile(r"(?:^|[,;:]\s+(?:(?:while|whereas|and|but|yet)\s+)?|\b(?:while|whereas)\s+)(?P<who>(?i:"
                              + _alternation("unnamed_speaker") + r"))\s+(?:(?:also|later|further|then)\s+)?$")
_UNNAMED_SPEAKER_ENDS = tuple(sorted({w for w in VOCABULARY["unnamed_speaker"]}
                                     | {w + " " + adverb for w in VOCABULARY["unnamed_speaker"]
                                        for adverb in ("also", "later", "further", "then")}))
# "one report", "some accounts", "other sources": a source named by no name, as a whole unlisted claimant
# (bare "according to sources" too)
# ("one other report", "some other sources": two such words)
_UNNAMED_REPORT = re.compile(r"(?:(?:an?|one|some|other|another|several|unnamed|anonymous|unconfirmed|unverified|later)\s+){0,2}"
                             r"(?:reports?|accounts?|sources?)", re.IGNORECASE)
# "the group", "the same group", "the organisation", "the reports": a body named or heard just before, never a person
# ("the international charity said": one word may describe it; a charity or an NGO is the body named last, too)
# ("Paragraph 48 of the Report indicates": a report named with a capital, as a document's own title for itself)
# ("The newspaper reported", "the paper added": the outlet named or heard last, never another kind of body)
# ("the local monitoring group said", "the independent rights group said": a group of a reporting kind, described)
_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:same\s+)?(?:[A-Za-z][\w-]+\s+)?(?:(?:monitoring|rights)\s+group|group|organi[sz]ation|"
                      r"monitor|watchdog|charity|NGO|[Rr]eports?|study|investigation|(?P<outlet>newspaper|paper))"
                      # ("The report, titled *Punished for Daesh's crimes*, alleges": its title between commas)
                      r"(?:\s*,\s*(?:titled|entitled|called|published|released|issued)\s+[^,;.]{1,80},)?"
                      # ("The group, which relies on a network of sources, said": a relative clause between commas)
                      r"(?P<relative>\s*,\s*(?:which|who)\s+[^,;.\"“”]{1,100},)?"
                      r"(?:\s+" + _ON_THE_DAY + r")?(?:\s+(?:also|later|further|then|\w+ly))?\s+$")

# "according to the group": the same words as the object of "according to" ("According to the report": the body that
# issued it, named last)
_ANAPHOR_SOURCE = re.compile(r"[Tt]he\s+(?:same\s+)?(?:[a-z][\w-]+\s+)?(?:(?:monitoring|rights)\s+group|group|organi[sz]ation|"
                             r"monitor|watchdog|charity|NGO|reports?|study|investigation)")

# "the charity's France president", "the Britain-based monitor's head Rami Abdel Rahman": a body's officer, by the body
_OWNER_ROLE = re.compile(r"\b[Tt]he\s+(?P<owner>(?:[\w-]+\s+)?[\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?:head|director|chief|"
                         r"spokes(?:man|woman|person)|president|representative|media\s+office)"
                         r"(?:,?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?,?\s+(?:also\s+|later\s+)?$")
# "Its spokesman Ivan Petrov stated", "its head, Jane Roe, said": the officer of the body "its" stands for
_ITS_ROLE = re.compile(r"(?:^|(?<=[.;:,]\s)|(?<=\band\s))[Ii]ts\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|head|director|chief|"
                       r"commander|press\s+officer)(?:,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3}),?)?"
                       r"\s+(?:also\s+|later\s+|then\s+)?$")
_BODY_WORDS = ("group", "organisation", "organization", "monitor", "watchdog", "charity", "ngo", "agency", "observatory")

# "the source added", "the same source said": a definite source points back to the last speaker
_SOURCE_ANAPHOR = re.compile(r"(?<![\w-])(?P<who>[Tt]he\s+(?:same\s+)?sources?)(?:\s+(?:also|later|further|then|\w+ly))?\s+$")


_NOT_A_GROUP = ("head_of_state", "official", "military", "government", "ministry")


_OUTLET_KINDS = ("outlet", "news_agency", "media")


def _antecedent(context: ArticleContext, before: int, last_speaker: Attribution | None,
                not_kinds: tuple[str, ...] = _NOT_A_GROUP, kinds: tuple[str, ...] | None = None) -> Attribution | None:
    """What "the group" stands for: the later of the last speaker and the last body named, neither an army, a
    government nor a person ("SOHR reported ... killed by the army. The same group reported": the SOHR); with
    ``kinds``, only a body of those kinds (or a speaker the table does not know)."""
    options = []
    index = bisect.bisect_left(context._mention_starts(), before) - 1
    for mention in reversed(context.mentions[max(0, index - 40):index + 1]):
        if mention.end <= before and mention.actor is not None and mention.actor.kind not in not_kinds \
                and (kinds is None or mention.actor.kind in kinds):
            options.append(Attribution(mention.actor.canonical, mention.text, mention.start, True))
            break
    if last_speaker is not None and last_speaker.start is not None and last_speaker.start < before:
        actor = context.reference.actors.by_name(last_speaker.claimant)
        if actor is None or (actor.kind not in not_kinds and (kinds is None or actor.kind in kinds)):
            options.append(last_speaker)
    return max(options, key=lambda a: a.start) if options else None


# "a study by the Syrian Centre for Policy Research released in February 2016 estimated", "A major statement from NGO
# ACT Alliance found": an inquiry's author the actors table may not know, with no clause between it and the verb
_INQUIRY_SUBJECT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|joint|major|recent|later)\s+)?(?:"
                              + _alternation("report_noun") + r")\s+(?:by|from)\s+(?:the\s+)?"
                              r"(?:[Pp]ro-[\w'’-]+\s+|NGO\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|(?:for|of|on)(?![\w'’-])))*)"
                              r"[^,;.]{0,50}$")
_OWNED_NOUN = re.compile(r"\s+[a-z][\w-]*")  # ("Erdogan's office": the noun owned)
# "A US military investigation in May 2022 concluded", "a UN report released on Monday said": the body named before
# the noun is the author (capitalised: "a new report" names no one)
# ("The Project on Defense Alternatives study estimated": a body's name of up to four words; never one with an article
# or possessive in it: "The Pentagon released a statement claiming" is the Pentagon's, the noun its object)
_OWNED_INQUIRY = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s+(?P<who>[A-Z][\w.'’-]*"
                            r"(?:\s+(?!(?:a|an|the|its|their|his|her)\b)[\w.'’-]+){0,3}?)\s+(?:"
                            + _alternation("report_noun") + r")\b[^,;.]{0,50}$")
# "a joint investigation by Amnesty International and Airwars of over 200 strike sites reported"
_REPORT_FIRST_WORDS = sorted({w.lower().split()[0] for w in VOCABULARY["report_noun"]})


def _names_report(window: str) -> bool:
    """Whether a report noun may be in ``window``: a substring test before the inquiry patterns, which need one."""
    lowered = window.lower()
    return any(word in lowered for word in _REPORT_FIRST_WORDS)


_INQUIRY_BY = re.compile(r"\b(?:" + _alternation("report_noun") + r")\s+(?:by|from)\s+"
                         r"(?:[^,;]{0,60}\s+and\s+)?(?:the\s+)?\**$")


# "killed 16 ISIL fighters": a name between a count and the people it counts is no one's subject
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|"
                           r"some|more|other))\s+$", re.IGNORECASE)
_PEOPLE_AFTER = Folded(r"\s+(?:" + _alternation("person_noun") + r")(?![\w-])")
# (a spokesman or a title in title case before the name, "Presidential Spokesman Fahrettin Altun", is the same role;
# "The Daily Courier" is a newspaper's name, not the paper's kind before it)
_ROLE_AND_NAME = re.compile(r"(?:[\w'’-]+\s+){0,4}(?:activist|journalist|reporter|"
                            r"commander|official|analyst|researcher|doctor|witness|resident|photographer|correspondent|"
                            r"newspaper|daily|channel|broadcaster|website|station|(?i:spokesman|spokeswoman|spokesperson|"
                            + _alternation("title_word") + r"))\s+"
                            r"(?P<name>[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){0,3})")

# ", Vadim Kulit, deputy chief of the Russian Centre for Reconciliation (a division of ...), said": a named person and
# their title in apposition right before the verb.
_NAME_TITLE = re.compile(r",\s+(?:and\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){1,3}),\s+"
                         r"(?P<title>(?:the\s+)?[a-z][^,;]{2,200}?)\s*,\s*(?:\w+\s+)?$")
# (actors that are one person, not a body: an adviser to one speaks in their own name)
_PERSON_KINDS = frozenset({"head_of_state", "official"})
# (the same opening the sentence: "Ivan Petrenko, an adviser to the president, said")
_OPENING_NAME_TITLE = re.compile(_NAME_TITLE.pattern.removeprefix(r",\s+(?:and\s+)?"))
_ROLE_WORD = re.compile(r"\b(?:chief|head|director|manager|spokes(?:man|woman|person)|deputy|commander|official|officer|"
                        r"representative|coordinator|minister|secretary)\b", re.IGNORECASE)
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},\s*")
_DATELINE_DASH = re.compile(r"\s*(?:[–—]|--?)\s")
_INVERTED_BEFORE = re.compile(r"[,”\"]\s*$")
# ", said the director of the Observatory": the post between an inverted verb and the body it is held in
_OFFICE_OF = re.compile(r"\s+(?P<office>(?:the|a|an)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|director|head|chief|"
                        r"representative)\s+(?:of|for|at)\s+)(?:the\s+)?")
# ", stated the Syrian government has forcibly disappeared ...": a name followed by a verb of its own opens the reported
# clause (its subject), it does not speak; the inverted speaker stands alone (", said the Observatory.")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|\w+ly)\s+)?(?:has|have|had|was|were|is|are|will|would|"
                                + _alternation("outcome_transitive") + r")(?![\w-])")
# "..., said Colonel John Smith" / "..., said Karl Schembri, a spokesman in Iraq for the Norwegian Refugee Council":
# two to four capitalised words after an inverted verb, a title before them dropped, a body they speak for after
_INVERTED_PERSON = re.compile(
    r"\s+(?:(?:Colonel|Col\.|General|Gen\.|Lieutenant|Lt\.|Major|Maj\.|Brigadier|Brig\.|Captain|Capt\.|Dr\.?|Mr\.?|"
    r"Mrs\.?|Ms\.?|Sheikh)\s+)*(?P<name>[A-Z][a-z][\w'’-]*(?:\s+" + _NAME_WORD + r"){1,3})"
    r"(?:,\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|director|head|chief|representative)\s+"
    r"(?:[^,.;]{0,30}?\s)?(?:for|of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w'’-]+){0,5}))?(?=\s*[,.;]|\s*$)")
# '"...," said Colville.': one capitalised word after a verb that closes a quotation, and the sentence or clause
# ends there (two or more words are _INVERTED_PERSON's)
_QUOTE_CLOSED_BY_SURNAME = re.compile(r"\s+(?P<name>[A-Z][a-z][\w'’-]+)(?=\s*[,.;]|\s*$)")
_QUOTATION_BEFORE_VERB = re.compile(r"[,.!?]?[\"”]\s*$")
# (words that may follow an inverted "said" and name no one: '"...," said Thursday', '"...," said He')
_NOT_A_SURNAME = frozenset({"he", "she", "it", "they", "we", "i", "one", "another", "someone", "today", "yesterday",
                            "tonight", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday"})
# ("of North and East Syria", "in north-eastern Syria": a direction, or two joined by "and", before the country)
_NAME_PLACE_TAIL = re.compile(r"\s*\([A-Z][A-Za-z]{1,6}\)|\s+(?:of|in)\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,4}(?=\S|$)")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|of|from|into|across|bordering|near|inside|outside|toward|towards|"
                           # ("the UN envoy for Syria said", "OCHA for Syria stated": the country the office serves;
                           # "a spokesman for Damascus said" is the government speaking)
                           r"(?<!spokesman\s)(?<!spokeswoman\s)(?<!spokesperson\s)for|"
                           r"against|throughout)\s+(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?"
                           r"(?:\s+and\s+(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?)?\s+)?$"
                           # "in Idlib, northwestern Syria,": a compass word before the country after a comma
                           r"|,\s+(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$"
                           # "the Kurdish-led force holding northeast Syria said": a compass word before a country
                           # makes it a region, a place (the subject is named before it)
                           # ("north west Syria" in two words, as British copy writes it)
                           r"|(?<![\w-])(?:north|south)(?:[\s-]?(?:east|west))(?:ern)?\s+$"
                           r"|(?<![\w-])(?:north|south|east|west)ern\s+$", re.IGNORECASE)


def _ASIDE_AROUND(text: str, sentence: Sentence, mention: Mention, verb_start: int) -> bool:
    """Whether the mention sits in brackets that close before the verb and hold more than the name itself."""
    opening = text.rfind("(", max(sentence.start, mention.start - 120), mention.start)
    if opening < 0 or ")" in text[opening:mention.start]:
        return False
    closing = text.find(")", mention.end, verb_start)
    return closing >= 0 and text[opening + 1:closing].strip() != mention.text


# "In February 2018, the SNHR, a UK-based group, published a report alleging": a time phrase before the subject
_OPENING_PHRASE = re.compile(r"^(?:(?:On|In|By|During|After|Before|Since|Late\s+on|Early\s+on)\s+[^,]{3,40},\s*)")


# "However, the pro-opposition activist group the SOHR denied ... and stated": a description in apposition before the
# name opens the sentence, so the name is still its subject (no preposition or clause word puts it in an object)
_APPOSITION_OPENING = re.compile(r"(?:(?:However|Meanwhile|But|Later|Separately),\s+)?(?:[Tt]he|[Aa]n?)\s+"
                                 r"(?:(?!(?:of|in|on|at|by|near|from|to|into|with|for|against|and|or|but|that|which|"
                                 r"who|whose|after|before|during|over|under|between|than|as)\b)[a-z][\w'’-]*\s+){1,4}")


_BACKED_BY_SPEAKER = re.compile(r"\b(?:backing|supporting|allied\s+(?:with|to)|loyal\s+to|close\s+to|opposed\s+to|"
                                r"fighting|(?:backed|supported|funded|armed)\s+by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
                                re.IGNORECASE)


_RELATIVE_END = re.compile(r",\s*(?:which|who)\s[^,;:]{0,150},\s*$")
_IN_RELATIVE = re.compile(r",\s*(?:which|who)\s[^,;:]{0,110}$")


# ", quoted by X,", ", cited by X,", ", as carried by X,", ", quoted in X," before the verb: an aside on who relays it
_RELAYED_BY = re.compile(r",\s+(?:as\s+)?(?:quoted|cited|carried|reported)\s+(?:by|in)\s+(?:the\s+)?$")


# A body's head named in an aside after it: "the Office of the High Commissioner, led by X, said" is the office's
_LED_BY = re.compile(r",\s*(?:led|headed|chaired|run|directed)\s+by\s+[^,;:()]{0,45}$")
_LED_BY_ASIDE = re.compile(r",\s*(?:led|headed|chaired|run|directed)\s+by\s+[^,;:]{1,60},")


# A participle whose agent "by" names ("killed by", "shelled by", "targeted by"): a verb ending -ed or -en, or an
# irregular past participle, right before "by"
_AGENT_VERB_BEFORE = re.compile(r"\b(?P<verb>\w+(?:ed|en)|hit|shot|struck|slain|caught|held|led|fought)\s+by\s+$")


def _could_be_speaker(text: str, sentence: Sentence, mention: Mention, verb_start: int) -> bool:
    if " by " in text[max(sentence.start, mention.start - 70):mention.start] \
            and _LED_BY.search(text, max(sentence.start, mention.start - 70), mention.start):
        return False  # "the Office ..., led by Prince Zeid bin Ra'ad, said": the head in an aside is no subject
    if _POSSESSIVE.match(text, mention.end, mention.end + 2):
        # an owner is no speaker, unless what it owns is its mouthpiece ("the ministry's press department said")
        return verb_start - mention.end < 50 and bool(_MOUTHPIECE.match(text[mention.end:verb_start].rstrip()))
    if mention.actor is not None and mention.actor.kind == "government" \
            and _PLACE_BEFORE.search(text, max(sentence.start, mention.start - 30), mention.start):
        return False  # "the governor of Hatay, bordering Syria, said": a country after a preposition is a place
    if _DATELINE_CITY.fullmatch(text, sentence.start, mention.start):
        return False  # "QAMISHLI, Syria (AP) — ...": the country of the dateline is where, not who
    if mention.start == sentence.start and text.startswith(",", mention.end) and mention.actor is not None \
            and mention.actor.kind == "government" and mention.text.isupper():
        return False  # "DAMASCUS, Syria, Feb. 8 (UPI) -- ...": a capital in capitals opening a dateline is where, not who
    if text.startswith(")", mention.end) and _DATELINE_DASH.match(text, mention.end + 1):
        return False  # "IDLIB, Syria (AP) — Activists say": the agency of the dateline is not the subject
    if _ASIDE_AROUND(text, sentence, mention, verb_start):
        return False  # "X, deputy chief of Y (a division of the Russian defence ministry), said": an aside
    if _COUNT_BEFORE.search(text, max(sentence.start, mention.start - 12), mention.start) \
            and _PEOPLE_AFTER.match(text, mention.end):
        return False
    if _BACKED_BY_SPEAKER.search(text, max(sentence.start, mention.start - 60), mention.start):
        return False  # "a commander in the alliance backing President Assad said": the one backed is not speaking
    if text.endswith((" by ", " in "), 0, mention.start) and _RELAYED_BY.search(text, max(sentence.start,
                                                                                          mention.start - 16),
                                                                            mention.start):
        return False  # "The ministry, quoted by Anadolu Agency, said": the one quoting relays the speaker
    if text[mention.end:verb_start].strip() == "," and _IN_RELATIVE.search(
            text, max(sentence.start, mention.start - 120), mention.start):
        return False  # "Al Mayadeen, which is affiliated with Hezbollah, reported": the clause's object is no speaker
    # "Airwars, which monitors reports of casualties, had documented": a relative clause does not break the link.
    between = _RELATIVE_CLAUSE.sub(" ", text[mention.end:verb_start])
    if "by" in between:
        between = _LED_BY_ASIDE.sub(" ", between)  # "the Office ..., led by Prince Zeid, said": the head is an aside
    if "(" in between or " of " in between or " in " in between:
        # "the SDF (SDF) of North and East Syria announced": an acronym and a place name add no words to the subject
        between = _NAME_PLACE_TAIL.sub(" ", between)
        if " in the " in between:  # "the rescue group in the war-weary country said": where it works, not who
            between = _IN_THE_PLACE_BETWEEN.sub(" ", between)
    agent = _AGENT_VERB_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start) \
        if ", " in between and text.endswith(" by ", 0, mention.start) else None
    if agent and agent["verb"].lower() not in VOCABULARY["speech_verb"]:
        # "Six civilians were killed by the army in the town, the governor said": the passive's agent is who
        # killed, and a clause break parts it from the verb, whose subject comes after the comma ("confirmed by X,
        # who claimed": one who confirms speaks)
        return False
    if len(between.split()) <= 4:
        return True  # (the usual case: the opening of the sentence need not be read)
    opening = _OPENING_PHRASE.sub("", text[sentence.start:mention.start])
    return len(opening.split()) <= 1 or bool(_APPOSITION_OPENING.fullmatch(opening)) or \
        ("," not in between and bool(_INQUIRY_BY.search(text, max(sentence.start, mention.start - 100), mention.start)))


# Each pattern with the words one of which any text it matches holds (lower-cased): a text holding none of them
# is not searched (most sentences asked name no source at all). Exact for ASCII text, where case-insensitive
# matching is plain ASCII case.
_SAYS = ("said", "says", "say", "told", "stated", "added", "confirmed", "announced", "claimed", "reported",
         "estimated", "explained")
# "governor of the Turkish province of Hatay", "mayor of Turkey's Hatay province": a source noun and the place it
# serves, a place noun (kind place_noun) between capitalised or lower-case words, up to three, and a name after "of"
_ROLE_OF_PLACE = (r"(?:[a-z][\w'’-]*\s+){0,2}(?i:" + _alternation("source_noun") + r")\s+of\s+(?:the\s+)?"
                  r"(?:(?:[A-Z][\w'’-]*['’]s|[A-Za-z][\w'’-]*)\s+){0,3}?(?i:" + _alternation("place_noun") + r")"
                  r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?")
_UNLISTED = [
    # "The director of the city hospital, Sam Kerr, said": a director, head or spokesman in office, named after the
    # role, speaks for the body (as "Sam Kerr, the director of the city hospital, said" does)
    (_SAYS, re.compile(r"(?:^|,\s+)(?:[Tt]he\s+)?(?:[Dd]irector|[Hh]ead|[Ss]pokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?"
               r"(?P<who>[^,]{2,80}),\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3},\s+(?:(?:had|has|have)\s+)?"
               r"(?:also\s+|later\s+)?(?:stated|said|says|confirmed|announced|claimed|reported|told|added|estimated)\b")),
    # "An activist from the Aleppo Media Center said", "a spokesman for the Idlib Health Directorate said": one who
    # speaks for a body the actors table does not know, named by its capitalised name after the role; the body speaks
    (_SAYS, re.compile(r"(?:^|,\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[a-z][\w-]+\s+)?(?:activist|member|official|"
               r"representative|spokes(?:man|woman|person)|director|head|chief)\s+(?:from|for|of|at|with)\s+(?:the\s+)?"
               r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})\s+(?:(?:had|has|have)\s+)?"
               r"(?:also\s+|later\s+)?(?:stated|said|says|confirmed|announced|claimed|reported|told|added|estimated)\b")),
    # "President of Azerbaijan, Ilham Aliyev, confirmed", "the former director of the Service, Artur Vanetsyan, had
    # also stated": a role, then the name of the one who holds it, before the verb; the person speaks (a director
    # in office speaks for the body, as "X, the director of Y, said" does)
    (_SAYS, re.compile(r"(?:^|,\s+)(?:(?:[Tt]he|[Ss]elf-declared|[Ss]elf-proclaimed|[Ff]ormer|then)\s+){0,3}"
               r"(?:[\w'’-]+\s+){0,2}(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|(?<=[Ff]ormer\s)[Dd]irector|[Gg]overnor|[Mm]ayor|"
               r"[Cc]ommander|[Cc]hief|[Ll]eader|[Aa]mbassador|[Ss]ecretary)(?:\s+(?:of|for)\s+[^,]{2,80})?,\s+"
               r"(?P<who>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3}),\s+(?:(?:had|has|have)\s+)?"
               r"(?:also\s+|later\s+)?(?:stated|said|says|confirmed|announced|claimed|reported|told|added|estimated)\b")),
    # "the Prosecutor General's Office of the Republic of Azerbaijan stated": a body the actors table does not know,
    # named by capitalised words ending in an office's kind, with what it belongs to
    (_SAYS, re.compile(r"(?:^|,\s+)(?P<who>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:Office|Ministry|Committee|Commission|Council|"
               r"Service|Agency|Directorate|Bureau|Department)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
               r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})?)\s+(?:(?:had|has|have)\s+)?(?:also\s+|later\s+)?"
               r"(?:stated|said|says|confirmed|announced|claimed|reported|estimated|added)\b")),
    # "A media channel linked to the Hamza Division claimed the killing of ...": an outlet named by its kind and whom
    # it is tied to, opening its clause; kept as written, the tie included (not the body it is tied to)
    (_TIES,
     re.compile(r"(?:^|,\s+(?:and\s+|but\s+|while\s+)?)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<who>(?:[\w'’-]+\s+){0,2}?"
                r"(?:channel|outlet|news\s+site|website|site|network|news\s+agency|agency|newspaper|account|page)\s+"
                r"(?:linked\s+to|affiliated\s+with|close\s+to|loyal\s+to|aligned\s+with)\s+(?:the\s+)?[A-Z][^,;:.\"“”()]{1,60}?)"
                r"\s+(?:also\s+)?(?:claimed|said|says|reported|stated|announced)\b")),
    # "One report said ...", "Another report put the number at ...", "..., with one account stating ...": a single
    # report named by no source is an unnamed source (plural "Initial reports put", "some reports put" name no speaker:
    # the vocabulary's speech_noun_before words)
    # "some unconfirmed reports stated that", "several reports said that": reports counted by a word and a verb of
    # speech, as "one report", are an unnamed source (the Wikipedia annotations'); bare "Reports suggested" and the
    # formula "Some reports put the toll at" stay the text's own (the vocabulary's speech_noun_before words)
    (("reports",), re.compile(r"(?:^|,\s+(?:and\s+|but\s+|while\s+|although\s+)?|\bwhile\s+)(?P<who>(?:[Ss]ome|[Ss]everal|"
                              r"[Uu]nconfirmed|[Uu]nverified|[Oo]ther)\s+(?:(?:other|unconfirmed|unverified)\s+)?reports)\s+(?:also\s+|later\s+)?"
                              r"(?:said|say|stated|state|claimed|claim)\b")),
    (("report", "account"), re.compile(r"(?:^|,\s+(?:and\s+|but\s+|while\s+)?|\bwith\s+|\bwhile\s+)(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
               r"(?:other\s+)?(?:report|account))\s+(?:also\s+|later\s+)?(?:said|says|stated|stating|claimed|claiming|put|puts|"
               r"placed|gave|reported|estimated|suggested|indicated|added)\b")),
    # "After the fighting, reports emerged that 12 nuns had been abducted": reports by no named source
    (("emerged",), re.compile(r"(?:^|,\s+)(?P<who>[Rr]eports)\s+(?:later\s+|soon\s+|also\s+)?emerged\s+that\b")),
    # One name and who the person is: "Ahmad, a resident, told AFP", '"...," says Alaa, a media activist in Sarmin.'
    # (an asterisk marks a changed name); the person speaks in their own name
    (_SAYS, re.compile(r"(?:^|, |[,.!?][\"”] )(?P<who>[A-Z][a-z][\w'’-]*)\**, (?:a|an) [a-z][^,;]{2,80}, (?:said|says|told)\b")),
    (_SAYS, re.compile(r"(?:, |[,.!?][\"”] )(?:said|says|added|explained) (?P<who>[A-Z][a-z][\w'’-]*)\**, (?:a|an) [a-z][^,;]{2,80}"
               r"[.!]?[\"”]?$")),
    # "Rahmi Dogan, the governor of Turkey's Hatay province, said ..."
    # (not a passive: "X, an ISIL commander ..., was reported to have been killed" names no speaker)
    # ("The Democratic Union Party (PYD), the YPG's political wing, said": its abbreviation in brackets after the name)
    (_SAYS, re.compile(r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+(?: \([A-Z]{2,8}\))?, [^,]{3,80}),(?: (?!(?:was|were|is|are|been|be|had|has)\b)\w+)? (?:said|says|told|"
               r"reported|claimed|stated|announced|confirmed)\b")),
    # "One of the evacuees, Maria Haddad — the wife of a trader — confirmed that": who the person is between dashes
    (_SAYS, re.compile(r"(?:^|,\s+)(?P<who>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3}) [—–] [^—–;]{3,120}? [—–] "
               r"(?:(?:had|has|have)\s+)?(?:also\s+|later\s+)?(?:said|says|told|reported|claimed|stated|announced|confirmed|"
               r"added)\b")),
    # "According to a source the attack was beaten back": an unnamed source with no comma after it
    (("according to",), re.compile(r"\baccording to (?P<who>(?:(?:a|an|one|some|other|several|unnamed|anonymous|unconfirmed)\s+)?"
               r"(?:reports?|accounts?|sources?))\s+(?!(?:of|from|in|at|close|familiar|within|on|for|with|near|who|"
               r"that|cited|quoted|said)\b)[a-z0-9]", re.IGNORECASE)),
    # "according to the governor of Hatay province"
    # (a title in Markdown emphasis: "according to *The New York Times*")
    # ("according to a Tehrik-i-Taliban Pakistan (TTP) spokesperson": an abbreviation in brackets inside the name,
    # or closing it: "according to the Office of the High Commissioner for Human Rights (OHCHR).")
    # ("according to Maj. Gen. X": abbreviated ranks are no part of the name)
    # ("according to several U.S. officials": a dotted abbreviation inside the name is part of it; "according to the
    # U.S., it was used": and ending it, never cut at its first dot)
    (("according to", "citing"), re.compile(r"\b(?:according to|citing) \**(?:(?:Maj|Gen|Lt|Col|Brig|Capt|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof)\.\s+)*"
               r"(?P<who>(?:(?:[\w'’-]+|\([A-Z]{2,8}\)|(?:[A-Z]\.){2,3}) ){0,8}(?:(?:[A-Z]\.){2,3}|[\w'’-]+))\**(?P<abbreviation>\s+\([A-Z]{2,8}\))?(?=[,.;:)]|$)",
               re.IGNORECASE)),
    # "the UN's updated figure for the death toll had reached 80,000": whose figure it is
    (("figure", "toll", "count", "tally", "estimate", "data", "claim", "assertion", "report"), re.compile(r"\b(?P<who>(?:U\.?N\.?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))['’]s\s+(?:\w+\s+){0,2}(?:figure|figures|"
               r"toll|death\s+toll|count|tally|estimate|estimates|data|claim|claims|assertion|report)\b")),
    # "airstrikes were reported by Idlib Civil Defense to have resulted in 14 deaths": the agent reports
    (("reported by",), re.compile(r"\b(?:was|were) reported by (?:the )?(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,4}) to have\b")),
    # "the army was accused by the opposition of executing 65 people"
    (("accused",), re.compile(r"\b(?:was|were)\s+accused\s+by\s+(?:the\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+of\b")),
    # "Save the Children's media manager for the Middle East, Jane Roe said": a title before the name and its verb
    # (the body whose title it is speaks, where the actors table knows it; else the person)
    (_SAYS, re.compile(r"(?:^|, )(?P<title>[^,\"“”]{3,80}), (?P<who>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){1,2}),? "
               r"(?:said|says|told|stated|added)\b")),
    # "The governor of the Turkish province of Hatay, bordering Syria, said", "..., said the mayor of the Syrian town
    # of Tal Abyad.": a source noun, its place named by the vocabulary's place nouns with capitalised words around
    # them (an apposition on the place after it), opening the sentence or after an inverted verb closing it
    (_SAYS, re.compile(r"(?:^|,\s+)(?P<who>(?:[Tt]he|[Aa]n?)\s+" + _ROLE_OF_PLACE + r")(?:,\s+[^,;:]{2,60},)?\s+"
                       r"(?:(?:had|has|have)\s+)?(?:also\s+|later\s+)?(?:said|says|stated|told|reported|announced|"
                       r"confirmed|claimed|estimated|added)\b")),
    (_SAYS, re.compile(r"(?:, |[,.!?][\"”] )(?:said|says|added|stated|reported|confirmed|announced) "
                       r"(?P<who>(?:the|a|an) " + _ROLE_OF_PLACE + r")(?:,\s+[a-z][^,;:]{2,40})?[.!]?[\"”]?$")),
    # "..., the governor of Hatay province said."; '"...," a witness told Reuters.' (the one told, up to four
    # words, is never the speaker); "..., the official added.": a closing tag goes on from a speaker; "..., the
    # local governor of the southeastern Turkish province of Hatay said", "..., a spokesman for X has said"
    (_SAYS, re.compile(r"(?:, |[,.!?][\"”] )(?P<who>(?:[\w'’-]+ ){0,10}[\w'’-]+) (?:(?:have |has )?said|says|say|told (?:[\w'’-]+ ){0,3}[\w'’-]+|"
               r"reported|claimed|announced|added|stated|(?:have |has )?confirmed)(?: (?:early|late|earlier|later))?"
               # ("said on Twitter on Wednesday", "said in a statement", "said via Telegram"; "confirmed Monday")
               r"(?: (?:on|in|via) (?:an? )?\w+| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,2}"
               # ("The death toll had reached 100, the military confirmed Monday, including 19 civilians": the
               # subsets after the speaker are the same figure's; "..., the governor said early on Friday, raising an
               # earlier death toll": what the speaker did to a figure is the speaker's too)
               r"(?:, (?:including|raising|revising|updating|lowering|bringing|adding) [^,;:\"“”]{2,80})?[.!]?[\"”]?$")),
]


# ", Rahmi Dogan," right after a role ("according to the governor of Hatay province"): the person who holds it
_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3})\s*,")
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|be|being)$", re.IGNORECASE)
_SPOKESMAN_OF = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?spokes(?:man|woman|person)\s+(?:of|for)\s+(?:the\s+)?"
                           # ("a spokesman for the governor's office": the office, a holder's in lower case)
                           r"(?:[a-z-]+\s+)?(?=[A-Z]|[a-z][\w-]*['’]s\s+office$)")
_HEAD_OF = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+, (?:the|a|an) (?:[\w-]+ )?(?:director|head|chief|spokes(?:man|woman|person))"
                      r" (?:of|for|at) (?:the )?(?P<body>[^,]{3,80})$")
_NAME_THEN_ROLE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|al-[\w'’-]+)){1,3}), (?:(?:the|a|an) )?[a-z].*$")
# ("Sky News's correspondent on the ground reported": an outlet's reporter reports for the outlet)
_MOUTHPIECE = re.compile(r"['’]s\s+(?:media\s+(?:wing|office|cent(?:er|re))|press\s+office|(?:public\s+relations|press|media)\s+department|official\s+spokes(?:man|woman|person)|"
                         r"spokes(?:man|woman|person)|(?:[a-z]+\s+)?(?:correspondent|reporter)(?:\s+on\s+the\s+ground|\s+at\s+the\s+scene)?)$")


# "Save the Children's media manager ...": the body that owns a title
_TITLE_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][^,'’]{1,60}?)['’]s\s")
# Unnamed sources joined by "and" to a named one after "according to": lower-case words ending in a source noun
_UNLISTED_SOURCE_WORDS = r"(?P<who>(?:[a-z][\w'’-]*\s+){0,2}(?:" + _alternation("source_noun") + r"))"
_UNLISTED_BEFORE = re.compile(r"(?<![\w-])(?i:" + _ACCORDING + r")\s+(?:the\s+)?" + _UNLISTED_SOURCE_WORDS
                              # ("according to local media and the news agency Reuters": what the named one is)
                              + r"\s+and\s+(?:the\s+)?(?:(?:news|wire|state|press)\s+(?:agency|outlet|channel)\s+)?$")
# ("Activists, residents and the SOHR said": a list of three names one more unlisted source, "first")
_UNLISTED_SUBJECT_BEFORE = re.compile(r"(?:^|,\s+)(?:(?:[Tt]he\s+)?(?P<first>(?:[A-Za-z][\w'’-]*\s+){0,2}?(?i:"
                                      + _alternation("source_noun") + r")),\s+)?"
                                      r"(?:[Tt]he\s+)?(?P<who>(?:[A-Za-z][\w'’-]*\s+){0,2}?(?i:"
                                      + _alternation("source_noun") + r"))\s+and\s+(?:the\s+)?$")
_UNLISTED_SUBJECT_AFTER = re.compile(r"\s+and\s+(?:the\s+)?(?P<who>(?:[a-z][\w'’-]*\s+){0,2}(?:"
                                     + _alternation("source_noun") + r"))(?:\s+(?:also|have|has|had|on\s+[A-Z][a-z]+))?\s+")
_UNLISTED_AFTER = re.compile(r"\s+and\s+(?:the\s+)?" + _UNLISTED_SOURCE_WORDS + r"(?=\s*(?:[,.;:)]|$))")


_IN_THE_PLACE_BETWEEN = re.compile(r"\s+in\s+the\s+(?:[a-z][\w'’-]*\s+){0,2}(?:" + _alternation("place_noun") + r")(?![\w-])")
_IN_THE_PLACE = re.compile(r"(?<=\w)(?<!ing)\s+in\s+the\s+(?:[a-z][a-z-]+\s+)?(?:" + _alternation("place_noun") + r")(?:\s+of\s+[^,;:]{1,40})?$")


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "ANF on 28 September 2016 alleged", "the council on Monday said": when the source spoke, no part of its name
# ("the Committee on Refugees" keeps its "on": a month, a day or a weekday must follow it, or nothing)
# ("according to the Turkish General Staff on Feb. 14": an abbreviated month, cut at its full stop, is a day too)
_TRAILING_WHEN = re.compile(r"\s+(?:(?:late|early)\s+)?on(?:\s+(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2}|"
                            r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2})?|"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:,?\s+\d{4})?)?$")


def _heads_a_state(match: re.Match, actors) -> bool:
    """Whether a "NAME, the head of BODY" match names the head or leader of a state or government the actors table
    lists (its kind government), not a director or spokesman, nor the head of an organisation."""
    actor = actors.by_name(match["body"]) if actors is not None else None
    return actor is not None and actor.kind == "government" and re.search(r",\s+\w+\s+(?:[\w-]+\s+)?head\s+of\s",
                                                                          match.group()) is not None


# "Turkey's ruling Justice and Development Party", "the governing Baath Party": a party is named without its standing
# in government or its country's possessive ("Turkey's ruling party", with no name, stays as written)
_PARTY_STANDING = re.compile(r"^(?:[A-Z][\w-]+['’]s\s+)?(?:ruling|governing)\s+(?=[A-Z][\w'’-]+\s)")


def _plain_source(who: str) -> str:
    """A source the actors table does not know, named as a source: "Another activist" is an activist; "the SCWM
    site" or "the Step News website" is the outlet whose site it is."""
    who = _TRAILING_WHEN.sub("", who)
    # "according to the statement released by Defense Secretary X": the statement's author speaks
    who = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+(?:\w+\s+)?(?:statement|report|communiqu[eé]|announcement)\s+"
                 r"(?:released|issued|published|made|put\s+out)\s+by\s+(?:the\s+)?(?=\S)", "", who)
    # "a report from ANF alleged", "a report by the X Centre found": the report's source, a name, speaks ("reports
    # from the scene" name no source and stay as written)
    who = re.sub(r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:\w+\s+)?reports?\s+(?:from|by)\s+(?:the\s+)?(?=[A-Z])", "", who)
    who = re.sub(r"^(?:[Aa]nother|[Oo]ther)\s+(?=\S)", "", who)  # ("Other Armenian sources" are Armenian sources)
    # ("Some of the Kurds accused": the Kurds, never "of the Kurds")
    who = re.sub(r"^(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost)\s+of\s+(?:the|these|those)\s+(?=\S)", "", who)
    who = re.sub(r"^(?:[Ss]everal|[Ss]ome|[Mm]any)\s+(?=\S+\s)", "", who)  # ("several U.S. officials" are U.S. officials)
    who = re.sub(r"(?<=\bmedia)\s+outlets?$", "", who)  # "pro-opposition media outlets" are pro-opposition media
    who = _PARTY_STANDING.sub("", who)
    if " in the " in who:
        # "sources on the ground in the area of operations", "activists in the city": where they are, not who
        # ("aid agencies working in the region": the place completes a participle, kept)
        who = _IN_THE_PLACE.sub("", who)
    who = re.sub(r"(?<=\bmedia)\s+reports?$", "", who)  # "according to Armenian media reports": Armenian media
    if re.match(r"(?:[Tt]he\s+)?[A-Z0-9]", who):
        who = re.sub(r"\s+(?:web)?site$", "", who)
    return who


_RELATIVE_TAIL = re.compile(r"\s+(?:who|which)\s.*$")


# A figure or a verb inside what was read as a source's name: the name ran on into the reported clause
_CLAUSE_IN_SOURCE = re.compile(r"(?<![\w,.])\d[\d,]*(?![\w,.])(?!\s+(?:or\s+\d+\s+)?[A-Z])|\b(?:killed|killing|died|dead|wounded|injured|were|was|are|is|had|have|has)\b")
# ... which opens with a determiner or pronoun after the source's own first words
_CLAUSE_OPENER = re.compile(r"(?<=\s)(?:these|this|those|that|the|a|an|it|they|he|she|some|many|at\s+least)\s",
                            re.IGNORECASE)


def _unlisted_source(sentence: Sentence, context_actors=None) -> Attribution | None:
    """A source the sentence names but the actors table does not know: kept as written, never given to the outlet.

    An attributed figure must not read as the article's own claim just because its source is not in the table.
    """
    # Long sentences are read at their two ends only: a source is named at the start or at the end.
    text = sentence.text if len(sentence.text) <= 1200 else sentence.text[:600] + " … " + sentence.text[-600:]
    plain = text.isascii()
    lowered = text.lower()
    for needs, pattern in _UNLISTED:
        if plain and not any(word in lowered for word in needs):
            continue
        match = pattern.search(text)
        if match and "abbreviation" in pattern.groupindex and match["abbreviation"] and context_actors is not None \
                and context_actors.by_name(re.sub(r"^the\s+", "", match["who"], flags=re.IGNORECASE)) is not None:
            continue  # "according to the Syrian Observatory for Human Rights (SOHR)": a known body, read as one
        if match and not re.match(r"(?:he|she|it|they|we|i)$", match["who"], re.IGNORECASE) \
                and not _PASSIVE_END.search(match["who"]):  # "at least 7 deaths were reported": no one speaks
            # "..., the governor has said": the auxiliary is not part of the name
            written = re.sub(r"\s+(?:has|have|had)$", "", match["who"].strip())
            if _CLAUSE_IN_SOURCE.search(written) and "according to" in match.group().lower():
                # "According to the group these air raids killed 14 civilians": no comma closed the source, which
                # ends where its clause opens ("these air raids ...")
                opener = _CLAUSE_OPENER.search(written, written.find(" ") + 1) if " " in written else None
                if opener is not None:
                    written = written[:opener.start()].rstrip()
            # "..., said the Union of X said in a statement": a speech verb doubled by an edit is no part of the name
            written = re.sub(r"^(?:said|says|told|stated|added)\s+(?=\S)", "", written)
            # "according to a pro-government news site", "the PYD": the claimant is named without its article
            # ("the governor of Hatay province", a role, keeps it)
            who = _plain_source(re.sub(r"^(?:[Aa]n?\s+|[Tt]he\s+(?=[A-Z0-9]))", "", written))
            # "according to witnesses who spoke to the BBC": the relative clause says whom they spoke to; they speak
            who = _RELATIVE_TAIL.sub("", who)
            # "according to pro-rebel Syrian American Medical Society": a name keeps no leaning in front of it
            who = re.sub(r"^(?:[Tt]he\s+)?[Pp]ro-[\w'’-]+\s+(?=[A-Z])", "", who)
            if re.fullmatch(r"[Tt]he\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2}", who) and " of " not in who:
                who = who[4:]  # "according to the official press": a source named by its kind, without its article
            person = _ROLE_AND_NAME.fullmatch(re.sub(r"^[Tt]he\s+", "", who))
            who = person["name"] if person else who  # "the Kuwaiti newspaper Al-Jarida": the newspaper's name
            if match.start("who") > match.start() + 13 and "according to" in match.group().lower():
                # "according to Maj. Gen. X of the Army": a ranked officer speaks in their own name, not the unit's
                who = re.sub(r"\s+of\s+.*$", "", who)
            if "title" in match.groupdict():
                owner = _TITLE_OWNER.match(match["title"])
                body = context_actors.by_name(owner["body"]) if owner and context_actors is not None else None
                if body is not None and _ROLE_WORD.search(match["title"]):
                    who, written = body.canonical, match["title"] + ", " + match["who"]
            apposed = _APPOSED_NAME.match(text, match.end()) if who[:1].islower() else None
            if apposed:
                who, written = apposed["name"], text[match.start("who"):apposed.end("name")]  # "according to the governor of Hatay, Rahmi Dogan,": the person
            # "the 13th Division's media wing": a spokesman or media office speaks for its organisation
            who = _MOUTHPIECE.sub("", who)
            # "Jane Doe, the director of the city morgue,": a director, head or spokesman speaks for the body
            # (a body's abbreviation in brackets before its apposition is no part of its name: "X (PYD), the ...")
            # (a state's or government's head speaks in their own name, as a president does: "Denis Pushilin, the
            # head of the DPR,")
            who = _HEAD_OF.sub(lambda m: m.group().split(",")[0] if _heads_a_state(m, context_actors) else m["body"],
                               re.sub(r"(?<=\w)\s+\([A-Z]{2,8}\)(?=,)", "", who))
            # "Rahmi Dogan, the governor of Hatay province,": any other role is the person's own, who speaks in
            # their own name (the words as written keep the role)
            who = _NAME_THEN_ROLE.sub(lambda m: m["name"], who)
            # "a TTP spokesperson": a spokesman speaks for the body; the bracketed abbreviation is not its name
            who = re.sub(r"(?<=\w)\s+spokes(?:man|woman|person)$", "", re.sub(r"\s+\([A-Z]{2,8}\)", "", who))
            # "according to a military spokesman of the rebel SPLM-IO": the spokesman speaks for the body named after
            who = _PARTY_STANDING.sub("", _SPOKESMAN_OF.sub("", who))
            if _UNNAMED_REPORT.fullmatch(who):
                who = "unnamed source"  # "according to one report": a source the text does not name
            if _OWN_ESTIMATES.fullmatch(who):
                continue  # "According to current estimates, 300,000 were displaced": no one's, the text's own hedge
            owner = _FIGURES_OWNER.fullmatch(re.sub(r"^[Tt]he\s+", "", who))
            if owner:
                # "according to Turkey's numbers": Turkey's claim ("the SOHR's figures": the SOHR's)
                actor = context_actors.by_name(owner["owner"]) if context_actors is not None else None
                who = actor.canonical if actor is not None else owner["owner"]
            return Attribution(who, written, sentence.start)
    return None


def day_of(sentence: Sentence, context: ArticleContext, year_hint: int | None):
    """The sentence's time mentions, resolved against the article's reference date."""
    if not context.has_time_word(sentence):
        return []  # one scan of the whole article found no time word here
    key = ("days", sentence.start, sentence.end, year_hint)
    if key not in context._sentences:
        # Once per sentence and year: the claim and deployment rules both ask (callers only read the list).
        article = context.article
        found = dates.find_dates(sentence.text, article.reference_date, article.reference_date_source, year_hint)
        dateline = _DATELINE_DATE.match(sentence.text) if sentence.start == sentence.block.start and found else None
        if dateline:
            # "IDLIB, Feb 28 (Gulf News) - ... were killed on Thursday": the dateline's day is the report's; a day the
            # sentence names itself is the event's (the dateline's alone still dates it, as before)
            own = dates.find_dates(" " * dateline.end() + sentence.text[dateline.end():], article.reference_date,
                                   article.reference_date_source, year_hint)
            found = own or found
        context._sentences[key] = found
    return context._sentences[key]


# A wire dateline opening a paragraph: "IDLIB, Feb 28 (Gulf News) - ", "DAMASCUS, 3 March 2020 (AFP) — "
_DATELINE_DATE = re.compile(r"[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3},\s*(?:(?:" + "|".join(
    sorted(dates.MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}|\d{1,2}\s+(?:" + "|".join(
    sorted(dates.MONTHS, key=len, reverse=True)) + r"))(?:,?\s+\d{4})?\s*(?:\([^()]{1,40}\)\s*)?(?:[—–]|--?)\s",
    re.IGNORECASE)
