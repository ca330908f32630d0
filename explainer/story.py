"""Text and tables for the site's pages, computed from data/processed and the story configuration (story.yml).

No sentence here asserts a fact of its own: figures, sources, dates and places come from the tables, and the words
around them from the story configuration. Every figure has its source beside it and a link to the claim's quote; an
identification the article only implies is shown as inferred. Article text is untrusted: everything taken from an
article is escaped here, for HTML and for the Markdown and shortcode syntax of both renderers.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import quote as url_quote

import pandas as pd
from IPython.display import Markdown

from . import charts, deployment_review
from .articles import quote_links, text_fragment_url  # noqa: F401 (text_fragment_url re-exported for the pages)
from .sides import SIDE_LABELS
from .dates import day_words
from .datasets import DATASET_CREDITS, event_of
from .events import (DATASET_STATUS, claim_report_dates, compared, comparison, dataset_articles, figure_changes, figures_can_all_hold,
                     in_report_order, part_of_governorate, place_tags, report_dates, towns)
from .articles import may_republish  # noqa: F401 (the licence rule lives with the other input rules)
from .notebook import (corrected_note, deployment_when, figure, figure_words, html_block, is_part, outcome_heading, outcome_words,
                       opening_words, panel_heading, safe, stacked_table)

WRAP = '<div class="table-wrap" tabindex="0" role="region" aria-label="{label}">'


def _story(story):
    from .storyconfig import load_story

    return story if story is not None else load_story()


_day = day_words  # one way to write a day for readers (explainer.dates)


def _count(n: int, one: str, many: str | None = None) -> str:
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
    return f"{words.get(n, n)} {one if n == 1 else (many or one + 's')}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


# --- news furniture ------------------------------------------------------------------------------------------------

def article_citation(row) -> str:
    """An article as a credit: outlet, headline (linked where its address is known), date, credit line."""
    outlet = safe(_text(row.get("outlet")) or "an unnamed outlet")
    headline = _text(row.get("headline"))
    url = _text(row.get("url"))
    if not url and _text(row.get("status")) == DATASET_STATUS and _text(row.get("outlet")) in DATASET_CREDITS:
        url = DATASET_CREDITS[_text(row.get("outlet"))][1]  # an export has no address of its own: its dataset's
    # (a copy without its headline: a trial read "National Post, article, published ..." as a placeholder)
    title = f"“{safe(headline)}”" if headline else "the article (its headline is not in the copy)"
    if url:
        title = f'<a href="{safe(url)}">{title}</a>'
    parts = [f"{outlet}, {title}"]
    if _text(row.get("published")):
        parts.append(f"published {_day(row['published'])}")
    credit = _text(row.get("credit_line"))
    if credit and credit.lower() != outlet.lower():
        parts.append(f"credit: {safe(credit)}")
    if not url:
        parts.append("no web address recorded")
    return ", ".join(parts)


def articles_and_datasets(articles: pd.DataFrame) -> str:
    """'one article and two datasets': an ACLED or UCDP export is a dataset, not an article, and counted as one."""
    d = len(dataset_articles(articles))
    n = len(articles) - d
    return _and([_count(n, "article")] * bool(n or not d) + [_count(d, "dataset")] * bool(d))


def updated_line(articles: pd.DataFrame, claims: pd.DataFrame | None = None, story=None) -> Markdown:
    """The page's dates and what it is based on, as a newsroom prints them under a headline."""
    story = _story(story)
    byline = f"By {safe(story.byline)}. " if story.byline else ""
    datasets = dataset_articles(articles)
    based = (f"Based on {article_citation(articles.iloc[0])}." if len(articles) == 1 and not datasets else
             f"Based on {articles_and_datasets(articles)} (listed on the <a href=\"data.html\">Data</a> page).")
    return html_block(f'<p class="dateline"><small>{byline}Published {_day(story.published)}; updated '
                      f"{_day(story.updated)}. {based} "
                      f'<a href="method.html#corrections">Corrections</a>.</small></p>')


def corrections(story=None) -> Markdown:
    """The corrections notice, from the story configuration (one place for the text and the contact)."""
    story = _story(story)
    contact = story.corrections_contact
    link = ""
    if contact:
        href = contact if contact.startswith(("http://", "https://")) else f"mailto:{contact}"
        link = f' Contact: <a href="{safe(href)}">{safe(contact)}</a>.'
    return html_block(f"<p>{safe(story.corrections_text)}{link}</p>")


# --- who says it, in the article's words ---------------------------------------------------------------------------

def source_words(row, outlets: dict[str, str]) -> str:
    """The source as the article describes it; an identification the article only implies is marked inferred."""
    if charts.outlets_own(row, outlets):
        return f"{safe(outlets.get(row['article_id'], 'the outlet'))} (in its own words)"  # brackets: lists stay clear
    if charts.named_by_editor(row):
        return f"{safe(row['claimant'])} (named by the editor who checked it)"
    if charts.is_inferred(row):
        return f"{safe(row['claimant'])} (the article says “{safe(row['claimant_as_written'])}”; the identification is ours)"
    return safe(row["claimant"])


def event_anchor(event_id: str) -> str:
    """A stable id for an event's heading on the Tracker page, written in the HTML (not added by a script)."""
    return "event-" + (re.sub(r"[^a-z0-9]+", "-", str(event_id).lower()).strip("-") or "unnamed")


def claim_link(claim_id: str, page: str = "claims.html") -> str:
    return f"{page}#claim-{safe(claim_id)}"


# --- the story page ------------------------------------------------------------------------------------------------

def lede(claims: pd.DataFrame, articles: pd.DataFrame, story=None) -> Markdown:
    """The opening paragraph, computed: the main incident, who gave figures for it, and whether they agree."""
    story = _story(story)
    key = charts.main_incident(claims, story)
    if key is None:
        return html_block(f"<p>{safe(story.deck)} The articles read for this page give no dated casualty figure."
                          "</p>")
    rows = charts.distinct_claims(charts.claims_of_incident(claims, key))
    numeric = rows[rows["qualifier"] != "vague"]
    outlets = charts.outlet_names(articles)
    datasets = dataset_articles(articles)
    # A dataset is named apart from the sources the articles quote: a trial read ACLED among "the sources" whose
    # figures differ, when only two sources quoted in the articles differed.
    from_datasets = numeric["article_id"].isin(datasets)
    sources = _sources_once(numeric[~from_datasets], outlets)
    exports = list(dict.fromkeys(numeric.loc[from_datasets, "claimant"]))
    sides = [SIDE_LABELS[s] for s in SIDE_LABELS if s in set(numeric["victim_side"])]
    differ = _differing_groups(numeric, datasets)
    clash = [g for g, holds in differ if not holds]
    allowed = [g for g, holds in differ if holds]
    changed = _changes(numeric, datasets, articles, claims, outlets)
    verdict = (f" Their figures differ for {safe(_and([charts._lower_first(g) for g in clash]))}." if clash
               else "")
    if allowed:
        # "at least 4" beside 8: different, but no contradiction (said so here as in the section below)
        verdict += (f" For {safe(_and([charts._lower_first(g) for g in allowed]))}, they give different figures, "
                    "but none rules out the others.")
    verdict += "".join(f" For {safe(group)}, {_continuing(sentence)}" for group, sentence in changed)
    # Said only when it is true: no two sources differ and no source's figure changed from one report to another.
    if not verdict:
        verdict = " No two of them give differing figures for the same people and outcome."
    return html_block(
        # The deck is the page's description (shown under the title by both renderers), not repeated here.
        f"<p>For {safe(charts.incident_label(key))}, the reporting gives figures for "
        f"{safe(_and([charts.people_words(s, '') for s in sides]))} from {_from_sources(sources, exports)}."
        f"{verdict} This page sets the figures side by side, each with its source; none has been verified here.</p>")


def _from_sources(sources: list[str], exports: list[str]) -> str:
    """'three sources: A, B and C, and from the ACLED dataset': the articles' sources, then any dataset apart."""
    named = [f"{_count(len(sources), 'source')}: {_and(sources)}"] if sources else []
    if exports:
        named.append(f"the {safe(_and(exports))} {'dataset' if len(exports) == 1 else 'datasets'}")
    return ", and from ".join(named)


def _continuing(sentence: str) -> str:
    """A sentence of _changes after "For <people>, ": its first word in lower case unless it is a source's name."""
    return sentence[0].lower() + sentence[1:] if sentence.startswith(("Reports ", "Figures ")) else sentence


def _sources_once(rows: pd.DataFrame, outlets: dict[str, str]) -> list[str]:
    """Each source once, in order: by the article's own name for it where any claim names it, else as inferred."""
    words: dict[str, str] = {}
    inferred: dict[str, bool] = {}
    for _, row in rows.iterrows():
        # An outlet's own words and a figure it is named for are one source (its release naming itself).
        outlet = outlets.get(row["article_id"], "")
        key = (f"source:{charts._name_key(row['claimant'])}" if not charts.outlets_own(row, outlets)
               else f"source:{charts._name_key(outlet)}" if outlet and outlet != charts.UNNAMED_OUTLET
               else f"article:{row['article_id']}")
        if key not in words or (inferred[key] and not charts.is_inferred(row)):
            words[key], inferred[key] = source_words(row, outlets), charts.is_inferred(row)
    return list(words.values())


def _differing_groups(numeric: pd.DataFrame, datasets: set[str]) -> list[tuple[str, bool]]:
    """Side-and-outcome groups of one incident where two sources give different figures (events.comparison), each
    with whether every figure allows one count (events.figures_can_all_hold: no contradiction)."""
    return [(f"{SIDE_LABELS[side]} {outcome}", figures_can_all_hold(compared(group)))
            for (side, outcome), group in numeric.groupby(["victim_side", "outcome"], sort=False)
            if comparison(group, datasets) == "differ"]


def change_sentence(rows: pd.DataFrame, outlets: dict[str, str], labels: dict[str, str] | None = None) -> str:
    """'Syrian Observatory for Human Rights gave different figures in different reports: 13 (Reuters, 10 February
    2020), then at least 15 (Al Jazeera, 11 February 2020).' (rows: one source's figures in report order,
    events.figure_changes); "and" rather than "then" where the reports' order is not known."""
    labels = labels or {}
    figures = [safe(figure(row)) + (f" ({safe(labels[row['article_id']])})" if labels.get(row["article_id"]) else "")
               for _, row in rows.iterrows()]
    joined = ", then ".join(figures) if in_report_order(rows) else _and(figures)
    guessed = [row for _, row in rows.iterrows() if charts.is_inferred(row)]
    if guessed:
        # One source in our reading only: "a monitor group" in one article and "a Syrian war monitor" in another are
        # the same source by our identification, never by the articles' (a trial read "SOHR gave different figures
        # in different reports" of two articles neither of which named it)
        written = _and([f"“{safe(row['claimant_as_written'])}”" for row in guessed])
        said = f"the articles say {written}" if len(guessed) == len(rows) else _and([
            # (where another article names the source, only the ones that do not are said to word it otherwise: a
            # trial read "the articles say 'a monitor group'" of an article naming the Observatory)
            f"{safe(outlets.get(row['article_id'], row['article_id']))} says “{safe(row['claimant_as_written'])}”"
            for row in guessed])
        return (f"Figures we attribute to {safe(rows.iloc[0]['claimant'])} differ between reports ({said}; the "
                f"identification is ours): {joined}.")
    if _compatible(rows) and _same_numbers(rows):
        # "4" in one report and "at least 4" in another: worded differently, not a figure that changed
        # (the reports word it differently, not the source: a trial read "the ministry gave the figure in different
        # words" as a sentence no source says)
        return f"Reports give the figure of {source_words(rows.iloc[0], outlets)} in different words: {joined}."
    if _compatible(rows):
        # "at least 4", then 8: a new number, but the later one does not contradict the earlier (a trial read "in
        # different words" of it)
        return f"{source_words(rows.iloc[0], outlets)} gave different figures in different reports, none ruling " \
               f"out the others: {joined}."
    return f"{source_words(rows.iloc[0], outlets)} gave different figures in different reports: {joined}."


def _same_numbers(rows: pd.DataFrame) -> bool:
    """Whether every figure writes the same number ("4", "at least 4", "four"): its bounds aside, one number."""
    return len({value for column in ("number_low", "number_high") for value in rows[column].dropna()}) <= 1


def _compatible(rows: pd.DataFrame) -> bool:
    """Whether one number fits every figure ("4" and "at least 4"; not "13" and "at least 15")."""
    lows, highs = [], []
    for _, row in rows.iterrows():
        low, high = row["number_low"], row["number_high"]
        low = 0 if pd.isna(low) else float(low)
        high = float("inf") if pd.isna(high) else float(high)
        qualifier = row.get("qualifier")
        if qualifier == "more_than":
            low, high = low + 1, float("inf")
        elif qualifier == "at_least":
            high = float("inf")
        elif qualifier == "at_most":
            low = 0
        lows.append(low)
        highs.append(high)
    return max(lows) <= min(highs)


def _changes(group: pd.DataFrame, datasets: set[str], articles: pd.DataFrame, claims: pd.DataFrame,
             outlets: dict[str, str]) -> list[tuple[str, str]]:
    """For each side and outcome of ``group``: the sentence for each source whose figure changed between reports
    (a dataset's events are events of their own, never a change)."""
    reported = report_dates(articles, claims)
    # An unstated side's figures may be about different events (events.comparison): never read as a change.
    rows = group[~group["article_id"].isin(datasets) & (group["victim_side"] != "unspecified")]
    found = []
    for (side, outcome), figures in rows.groupby(["victim_side", "outcome"], sort=False):
        for _, changed in figure_changes(figures, reported):
            found.append((charts.people_words(SIDE_LABELS[side], outcome),
                          change_sentence(changed, outlets, charts.article_labels(articles))))
    return found


def _agreement(group: pd.DataFrame, datasets: set[str], outlets: dict[str, str],
               changes: list[str] | None = None) -> str:
    """What the page may say of one incident's figures for one side and outcome: 'Sources differ' only when two
    sources give different figures about the same people (events.comparison), never of unstated sides or of a
    dataset's separate events."""
    verdict = comparison(group, datasets)
    if verdict == "separate":
        names = _and(sorted({safe(outlets.get(a, a)) for a in group["article_id"] if a in datasets}))
        return (f"{names} records these as separate events; they are not set against each other or against other "
                "figures.")
    if verdict == "totals":
        return ("Some of these figures are totals (for the day or a longer period) and others are for one incident: "
                "a total may include the incident's figure, so they are not compared.")
    if verdict == "places":
        return (f"These figures are given for different places ({safe(_and(towns(group)))}): separate incidents, not "
                "compared.")
    said = {"differ": "Sources differ.", "same": "The sources give the same figure.", "one": "One source only.",
            "changed": "One source only, whose figure differs between reports.",
            "unstated": "The side hit is not stated, so these figures may be about different events and are not "
                        "compared.",
            "part": "Each figure here is part of a larger figure given with it (\"including five children\"): not "
                    "compared."}[verdict]
    if verdict == "differ" and figures_can_all_hold(compared(group)):
        # "at least 4" beside 8: different figures, but no contradiction (a trial read "Sources differ" as one)
        said = ("Sources give different figures, but none rules out the others: a bound such as \u201cat least\u201d "
                "or a range allows the other figures.")
    wider = part_of_governorate(group) if verdict in ("differ", "same") else None
    if wider:
        # "in Saraqeb" beside "in Idlib": the town's figure may be a part of the governorate's, not another count
        said += f" The figure for {safe(wider[0])} may be part of the figures given for {safe(wider[1])}."
    # A changed figure is said once, with its figures, rather than twice.
    return " ".join(([] if verdict == "changed" and changes else [said]) + (changes or []))


def _dataset_event(row, datasets: set[str]) -> str:
    """' (event SYR100001)' for a dataset's figure, so its events read as events; nothing for an article's."""
    return f" (event {safe(event_of(row['claim_id']))})" if row["article_id"] in datasets else ""


def _other_said(row) -> str:
    """After a figure under a heading that says what "other" means: the source's own word, " ('neutralised')"."""
    words, heading = outcome_words(row), outcome_heading(row["outcome"])
    return f" {safe(words[len(heading):].strip())}" if words != heading else ""


def claim_sentences(claims: pd.DataFrame, articles: pd.DataFrame | None = None, page: str = "claims.html",
                    incident: str | None = None, story=None) -> Markdown:
    """One paragraph per side and outcome of the main incident: each source's figure, linked to its quote.

    'Sources differ' is said only of figures about the same incident, side and outcome.
    """
    articles = articles if articles is not None else pd.DataFrame(columns=["article_id", "outlet"])
    key = incident or charts.main_incident(claims, story)
    rows = charts.distinct_claims(charts.claims_of_incident(claims, key))
    numeric = rows[rows["qualifier"] != "vague"]
    if numeric.empty:
        return html_block("<p><em>The articles give no dated casualty figures.</em></p>")
    outlets = charts.outlet_names(articles)
    labels = charts.article_labels(articles)
    several = numeric["article_id"].nunique() > 1
    datasets = dataset_articles(articles)
    order = {side: i for i, side in enumerate(SIDE_LABELS)}
    paragraphs = []
    groups = sorted(numeric.groupby(["victim_side", "outcome"]), key=lambda item: (order[item[0][0]], item[0][1]))
    places = place_tags(numeric)  # " in Binnish": which figure is which, where they are for different places
    for (side, outcome), group in groups:
        tolls, parts = [], []
        for _, row in group.iterrows():
            # A dataset's figure is named by the dataset and its event; "(ACLED, “ACLED export ...”)" would repeat it.
            where = f" ({safe(labels.get(row['article_id'], ''))})" if several and row["article_id"] not in datasets \
                else ""
            # (the other outlets that carried the same figure, as the Tracker says: a trial read "One source only"
            # under a figure two articles carried with no word of the second)
            said = (f"{source_words(row, outlets)}{_dataset_event(row, datasets)}{where}: "
                    f"<strong>{safe(figure(row) + places.get(row.name, ''))}</strong>{corrected_note(row, inline=True)}"
                    f"{_other_said(row)} "
                    f"(<a href=\"{claim_link(row['claim_id'], page)}\">quote</a>){_also_carried(row, articles)}")
            (parts if is_part(row) else tolls).append(said)
        changes = [sentence for _, sentence in _changes(group, datasets, articles, claims, outlets)]
        agreement = _agreement(group, datasets, outlets, changes)
        # A part of a larger figure ("one of them seriously") comes after the tolls, said to be one: a trial read "the
        # Post: 1" beside another outlet's 9 as the Post's count of the wounded
        apart = (" Given as part of a larger figure, not compared: " + "; ".join(parts) + ".") if parts and tolls \
            else ""
        paragraphs.append(f"<p><strong>{safe(panel_heading(SIDE_LABELS[side], outcome))}:</strong> "
                          + "; ".join(tolls or parts)
                          + f". {agreement}{apart}</p>")
    return html_block("\n".join(paragraphs))


def other_incidents(claims: pd.DataFrame, story=None, articles: pd.DataFrame | None = None) -> Markdown:
    """The other dated incidents in the reporting, in date order, pointing to the Tracker, each with who gives its
    figures: the articles, a dataset (ACLED, UCDP GED, named), or both; never "the articles" for a dataset's alone."""
    key = charts.main_incident(claims, story)
    table = charts.incidents(claims)
    table = table[table["incident"] != key]
    datasets = dataset_articles(articles)
    # "The article reports" for one article (a new user read "The articles report" under a one-article story).
    read = set(articles["article_id"]) if articles is not None else set(claims["article_id"])
    one = len(read - datasets) == 1
    the_articles = "the article" if one else "the articles"
    the_datasets = "the dataset" if len(datasets) == 1 else "the datasets"
    if table.empty:
        return html_block(f"<p>{the_articles.capitalize()} report{'s' if one else ''} no other dated incident.</p>"
                          if not datasets else
                          f"<p>Neither {the_articles} nor {the_datasets} give{'s' if one and len(datasets) == 1 else ''}"
                          " figures for another dated incident.</p>")
    dated = charts.distinct_claims(claims).dropna(subset=["event_date"])
    dated = dated.assign(incident=dated.apply(charts._incident_key, axis=1))
    givers, items = set(), []
    outlets = charts.outlet_names(articles) if articles is not None else {}
    for r in table.itertuples():
        rows = dated[dated["incident"] == r.incident]
        from_data = rows["article_id"].isin(datasets)
        names = sorted(set(rows.loc[from_data, "claimant"].astype(str)))
        # ("given by one article": a trial read "given by the articles" of an incident one article alone reports)
        from_articles = rows.loc[~from_data, "article_id"].nunique()
        who = ([the_articles if one else _count(from_articles, "article")] if from_articles else []) + names
        givers.update([the_articles] if (~from_data).any() else [])
        givers.update([the_datasets] if names else [])
        given = f"given by {_and(who)}{' only' if len(who) == 1 and names else ''}" if datasets else ""
        # which sources, where few enough to name (a new-user trial could not tell whose figures these were)
        words = list(dict.fromkeys(source_words(row, outlets) for _, row in rows.iterrows()))
        named = f" ({_and(words)})" if 0 < len(words) <= 3 and not given else ""
        # whether its sources differ, said as the lead says it of the main incident (a trial read "five figures from
        # three sources" of "as many as 33" beside "at least 34" with no word that they disagree)
        numeric = rows[rows["qualifier"] != "vague"]
        clash = [group for group, holds in _differing_groups(numeric, datasets) if not holds]
        differ = f"; their figures differ for {safe(_and([charts._lower_first(g) for g in clash]))}" if clash else ""
        items.append(f"<li>{safe(r.label)}: {_count(int(r.claims), 'figure')} from {_count(int(r.sources), 'source')}"
                     f"{named}{', ' + safe(given) if given else ''}{differ}</li>")
    subject = _and(sorted(givers)).capitalize() if givers else the_articles.capitalize()
    gives = "gives" if len(givers) <= 1 and (givers or {the_articles}) <= {"the article", "the dataset"} else "give"
    return html_block(f"<p>{safe(subject)} also {gives} figures for {_count(len(table), 'other incident')}, shown on "
                      f'the <a href="tracker.html">Tracker</a>:</p><ul>{"".join(items)}</ul>')


def context_figures(claims: pd.DataFrame, articles: pd.DataFrame, page: str = "claims.html") -> Markdown:
    """Figures with no day of their own (period totals such as 'displacing hundreds of thousands in recent weeks'):
    listed apart from the incidents, never set beside them."""
    undated = charts.distinct_claims(claims)
    undated = undated[undated["event_date"].isna()] if not undated.empty else undated
    if undated.empty:
        return html_block("<p>Every figure in the articles is tied to a day.</p>")
    outlets = charts.outlet_names(articles)
    labels = charts.article_labels(articles)
    items = []
    for _, row in undated.iterrows():
        items.append(f"<li>{source_words(row, outlets)}: {safe(figure_words(row))}{corrected_note(row, inline=True)} "
                     f"({safe(charts._lower_first(SIDE_LABELS[row['victim_side']]))}); "
                     f"<q>{safe(row['quote'])}</q> <small>({safe(labels.get(row['article_id'], ''))}, "
                     f"<a href=\"{claim_link(row['claim_id'], page)}\">in context</a>)</small></li>")
    listing = f"<ul>{''.join(items)}</ul>"
    if len(items) > 5:  # a long list stays out of the way until opened
        listing = f"<details><summary>{_count(len(items), 'figure')} with no day</summary>{listing}</details>"
    return html_block("<p>These figures cover a period or have no day in the text. They are background, not "
                      f"counts for an incident, and are kept apart:</p>{listing}")


def how_to_read(claims: pd.DataFrame, articles: pd.DataFrame) -> Markdown:
    """Who gave the figures on this site, as the articles describe them: computed, never a fixed list."""
    # (every source of a figure the site lists, a vague one too: a trial read "six sources" that left out the
    # outlet whose own "hundreds of thousands" the same page lists)
    figures = charts.distinct_claims(claims)
    if figures.empty:
        return html_block("<p>The articles give no figures to read.</p>")
    outlets = charts.outlet_names(articles)
    sources = _sources_once(figures, outlets)
    # Up to ten named; beyond that eight and "N others" (never "1 others", nor a name hidden behind one: a trial)
    shown = sources if len(sources) <= 10 else [*sources[:8], f"{len(sources) - 8} others"]
    # ("as an article reported it" is untrue of a dataset's rows, which no article reported: a trial)
    from_data = bool(dataset_articles(articles) & set(figures["article_id"]))
    reported = "as an article reported it, or as a conflict dataset records it" if from_data else \
        "as an article reported it"
    return html_block(
        f"<p>A figure here is a <strong>claim</strong>: what a named source said, {reported}. The "
        f"figures come from {_count(len(sources), 'source')}: {_and(shown)}. Sources count at different "
        "times and in different ways; read "
        '<a href="method.html">Method and caveats</a> before using any figure.</p>')


def _unchecked_spans(claims: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Where the claims no editor has decided yet were read, by article: (quote start, quote end)."""
    from .review import awaiting

    waiting = awaiting(claims).dropna(subset=["quote_start", "quote_end"])
    spans: dict[str, list[tuple[int, int]]] = {}
    for _, row in waiting.iterrows():
        spans.setdefault(row["article_id"], []).append((int(row["quote_start"]), int(row["quote_end"])))
    return spans


def _checked_deployments(deployments: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The deployments an editor accepted, corrected or added (the only ones told), and a sentence on those awaiting
    a decision, which are never told: their count, kind or place would be the machine's reading, unchecked."""
    waiting = len(deployment_review.awaiting(deployments))
    note = (f"{waiting} deployment{'s' if waiting != 1 else ''} the articles report "
            f"{'await' if waiting != 1 else 'awaits'} an editor's check and {'are' if waiting != 1 else 'is'} not "
            "told here.") if waiting else ""
    return deployment_review.published(deployments), note


def deployment_sentence(deployments: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame | None = None
                        ) -> Markdown:
    """The deployments the reporting mentions, each with who reports it and the day of the report; with
    ``articles``, where more than one article is read, the article each comes from (trial 20 read another day's
    deployment as part of the story's incident).

    ``claims`` are all the claims, checked or not: a deployment's sentence that also carries a casualty figure no
    editor has checked yet is not quoted (the figure would be published unchecked); the fact and its source are.
    Only deployments an editor has checked are told (``deployments`` is the whole table, with its review status).
    """
    deployments, waiting = _checked_deployments(deployments)
    if waiting:
        waiting += ' Their sentences are listed on the <a href="deployments.html">Deployments</a> page.'
    if deployments.empty:
        return html_block(f"<p><em>{waiting or 'The articles mention no deployments.'}</em></p>")
    unchecked = _unchecked_spans(claims)
    labels = charts.article_labels(articles) if articles is not None and len(articles) > 1 else {}
    parts = []
    for _, row in deployments.iterrows():
        count = "" if pd.isna(row["count"]) else f"{int(row['count'])} "
        when = f", {deployment_when(row)}" if deployment_when(row) else ""
        where = f" in {safe(row['place'])}" if isinstance(row["place"], str) and row["place"] else ""
        # (an editor's place, corrected or on a deployment an editor added, is no reading of ours)
        editors_place = row.get("review_status") == "added" or _text(row.get("machine_place", row["place"])) \
            != _text(row["place"])
        if where and row["place"].lower() not in str(row["quote"]).lower() and not editors_place:
            # "Turkey has 12 observation posts in the region": the region is the article's Idlib, said as ours
            where += " <small>(the place is read from the rest of the article)</small>"
        start, end = int(row["quote_start"]), int(row["quote_end"])
        held = any(s < end and start < e for s, e in unchecked.get(row["article_id"], []))
        quote = ("<small>(its sentence also gives a casualty figure an editor has not checked yet, so it is not "
                 "quoted here)</small>") if held else f"<small>(<q>{safe(row['quote'])}</q>)</small>"
        who = safe(_text(row["claimant"]) or "the article")
        if _text(row.get("block")) != "caption" and charts.is_inferred(row):
            # "a UK-based war monitor" read as the Syrian Observatory: our identification, said as such
            who += f" (the article says “{safe(row['claimant_as_written'])}”; the identification is ours)"
        source = f" <small>in {safe(labels[row['article_id']])}</small>" if row["article_id"] in labels else ""
        corrected = f" <small>{safe(mark.strip())}</small>" if (mark := deployment_review.editor_mark(row)) else ""
        # whose forces, where the words told do not say ("its forces" an editor added: a trial)
        whose = safe(deployment_review.whose_note(row, f"{row['what']} {row['quote']}"))
        parts.append(f"<li>{who}: {safe(count)}{safe(row['what'])}{whose}{where}{when}{corrected} {quote}{source}"
                     "</li>")
    return html_block("<p>The deployments the reporting mentions, with who reports each:</p><ul>"
                      + "".join(parts) + "</ul>" + (f"<p><small>{waiting}</small></p>" if waiting else ""))


# --- charts ----------------------------------------------------------------------------------------------------------

def _data_uri(path: Path) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def off_map(deployments: pd.DataFrame, points: pd.DataFrame) -> Markdown:
    """The checked deployments the map draws no point for, said under it: their place is an area (a province) or has
    no coordinate in the places table (a trial found three added deployments missing from the map, unsaid)."""
    drawn = charts.pinned_places(points)
    missing = []
    for _, row in deployments.iterrows():
        place = _text(row.get("place"))
        if place not in drawn:
            count = "" if pd.isna(row["count"]) else f"{int(row['count'])} "
            missing.append(f"{safe(count)}{safe(row['what'])} ({safe(place) or 'no place given'})")
    if not missing:
        return html_block("")
    return html_block("<p><small>Not drawn as a point, their place being an area or a place with no coordinate in "
                      f"the places table: {'; '.join(dict.fromkeys(missing))}.</small></p>")


def chart(path: Path, description: str, table: Markdown | str | None = None) -> Markdown:
    """A chart as an image with alt text; its phone version (``NAME-narrow.svg``) is chosen on narrow screens, and
    the data behind it is in a table the reader can open."""
    path = Path(path)
    narrow = path.with_name(path.stem + "-narrow.svg")
    source = (f'<source media="(max-width: 600px)" srcset="{_data_uri(narrow)}">' if narrow.exists() else "")
    details = ""
    if table is not None:
        inner = table.data if isinstance(table, Markdown) else table
        details = f"<details><summary>The data in this chart</summary>{inner}</details>"
    return html_block(f'<figure class="chart" style="margin: 1em 0"><picture>{source}<img class="chart img-fluid" '
                      f'src="{_data_uri(path)}" alt="{safe(description)}"></picture></figure>{details}')


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _cell_words(row: pd.Series, name: str) -> str:
    """A data table's cell as a reader reads it: a day in words ("1 October 2017"), only as precise as the row's
    ``precision`` says ("October 2017" for a post known only by its month), never an ISO date."""
    value = row[name]
    if not isinstance(value, str):
        return "" if pd.isna(value) else value
    if _ISO_DAY.fullmatch(value):
        precision = row.get("precision", "day")
        if precision == "month":
            return _period_words(value[:7])
        return value[:4] if precision == "year" else day_words(value)
    return value


def data_table(frame: pd.DataFrame, columns: dict[str, str], caption: str, note: str = "") -> Markdown:
    """The data behind a chart as a small table (``columns`` maps column names to headings), escaped; ``note``
    explains its marks (charts.marker_note)."""
    if frame.empty:
        return html_block(f"<p><em>No rows: {safe(caption)}.</em></p>")
    head = "".join(f'<th scope="col">{safe(title)}</th>' for title in columns.values())
    body = "".join("<tr>" + "".join(f"<td>{safe(_cell_words(row, name))}</td>" for name in columns)
                   + "</tr>" for _, row in frame.iterrows())
    return html_block(WRAP.format(label=safe(caption)) + f"<table><caption>{safe(caption)}</caption><thead><tr>"
                      f"{head}</tr></thead><tbody>{body}</tbody></table></div>"
                      + (f"<p><small>{safe(note)}</small></p>" if note else ""))


# --- tables ----------------------------------------------------------------------------------------------------------

CLAIM_COLUMNS = ("Figure", "Outcome", "People", "Source", "Day", "Place", "Quote")
CLAIMS_CAPTION = "Every checked claim, by day"


def claims_table(claims: pd.DataFrame, articles: pd.DataFrame) -> Markdown:
    """Every claim in a table, each row anchored and linked to its quote, paragraph and original article."""
    if claims.empty:
        return html_block("<p><em>No casualty claims were found in the articles given.</em></p>")
    outlets = charts.outlet_names(articles)
    labels = charts.article_labels(articles)
    # (within a day, the articles' claims first and a dataset's rows after them: a trial read ACLED's rows, first on
    # the day, as mixed in with the articles')
    ordered = claims.assign(_undated=claims["event_date"].isna(),
                            _dataset=claims["article_id"].isin(dataset_articles(articles))).sort_values(
        ["_undated", "event_date", "_dataset", "claim_id"], kind="stable")
    rows = []
    for (_, row), url in zip(ordered.iterrows(), quote_links(ordered, articles)):
        source = f'<a href="{safe(url)}">{safe(labels.get(row["article_id"]))}</a>' if url else \
            safe(labels.get(row["article_id"], ""))
        # The article's own words, where they differ from the name shown (an inferred name already quotes them, and
        # an editor's is said to be one by source_words: never "the article says" of an editor's words).
        plain = charts.own_voice(row) or charts.is_inferred(row) or charts.named_by_editor(row) \
            or row["claimant_as_written"] == row["claimant"]
        if plain:
            written = ""
        else:
            written = f'<br><small>the article says: “{safe(row["claimant_as_written"])}”</small>'
        paragraph = "" if pd.isna(row["paragraph"]) else f", paragraph {safe(int(row['paragraph']))}"
        cells = (safe(figure(row)) + corrected_note(row), safe(outcome_words(row)), safe(SIDE_LABELS[row["victim_side"]]),
                 source_words(row, outlets) + written,
                 safe(_day(row["event_date"]) if isinstance(row["event_date"], str) else "no day given"),
                 safe(row["place"] if isinstance(row["place"], str) else ""),
                 f'<q>{safe(row["quote"])}</q><br><small>{source}{paragraph}</small>')
        rows.append((f'claim-{row["claim_id"]}', cells))
    return html_block(WRAP.format(label="Every claim") + stacked_table("claims", CLAIM_COLUMNS, rows, CLAIMS_CAPTION)
                      + "</div>")


def deployments_table(deployments: pd.DataFrame, articles: pd.DataFrame | None = None) -> Markdown:
    """Every deployment with who reports it, when and in which article. A deployment whose sentence names no day is
    "reported on" its article's day, said as such (trial 20 read a blank cell and no article under a story on
    another day). Only deployments an editor has checked are listed (those awaiting a check are counted)."""
    deployments, waiting = _checked_deployments(deployments)
    if deployments.empty:  # (the page lists those awaiting a check under "Not yet checked", after this table)
        return html_block("<p><em>" + ("No deployment the articles report has been checked by an editor yet."
                                       if waiting else "No deployments were found in the articles given.")
                          + "</em></p>")
    labels = charts.article_labels(articles) if articles is not None else {}
    published = report_dates(articles, pd.DataFrame(columns=["article_id", "event_date"])) \
        if articles is not None else {}
    rows = []
    for _, row in deployments.iterrows():
        count = "" if pd.isna(row["count"]) else str(int(row["count"]))
        day = _day(row["date"]) if _text(row["date"]) else (
            f"{_day(published[row['article_id']])} (the article's date)" if row["article_id"] in published else "")
        cells = [_text(row["what"]) + deployment_review.editor_mark(row), count,
                 deployment_review.whose(row) or "not stated",
                 _text(row["claimant"]), day, _text(row["place"])] + ([labels.get(row["article_id"], "")] if labels else [])
        rows.append((str(row["deployment_id"]), [safe(cell) for cell in cells]))
    headings = ["What", "Count", "Whose", "Reported by", "Reported on", "Place"] + (["Article"] if labels else [])
    # On a phone each deployment is a block of labelled lines (table.stacked): seven columns scrolled sideways and
    # wrapped the article's name a word a line (trial 40)
    return html_block(WRAP.format(label="Deployments") + stacked_table("deployments", headings, rows) + "</div>")


def _source_links(sources: list[tuple[str, str]]) -> str:
    """Each publication once, linked: 'ISWNews (page 1, page 2)' for two of its pages, never 'ISWNews, ISWNews'."""
    pages: dict[str, list[str]] = {}
    for name, url in sources:
        pages.setdefault(name, []).append(url)
    return ", ".join(
        f'<a href="{safe(urls[0])}">{safe(name)}</a>' if len(urls) == 1 else
        f"{safe(name)} (" + ", ".join(f'<a href="{safe(u)}">page {i}</a>' for i, u in enumerate(urls, 1)) + ")"
        for name, urls in pages.items())


def posts_table(posts: pd.DataFrame) -> Markdown:
    """The observation posts, numbered as on the map, with the date each was set up and the publications that
    reported its date and coordinate (original publications or Wikipedia, linked)."""
    names = charts.publication_names()
    rows = []
    for _, post in charts.numbered_posts(posts).iterrows():
        placed = "yes" if post["lat"] and post["lon"] else "no: no sourced coordinate"
        date_sources = charts.citations(post["source"] + " | " + post["established"], names)
        coord_sources = charts.citations(post["coord_basis"], names) if post["lat"] else []
        links, coords = _source_links(date_sources), _source_links(coord_sources)
        sources = links + (f"<br><small>coordinate: {coords}</small>" if coords else "")
        rows.append((f"post-{post['number']}", [safe(str(post["number"])), safe(post["name"]),
                                                 safe(post["governorate"]),
                                                 safe(charts.established_words(post["established"])), safe(placed),
                                                 sources]))
    # On a phone each post is a block of labelled lines (table.stacked): as a wide table its sources column, off the
    # screen, made every row a screen tall (trial 38)
    return html_block(WRAP.format(label="Observation posts") + stacked_table(
        "posts", ["No.", "Post", "Governorate", "Set up", "On the map", "Sources"], rows) + "</div>")


def downloads(processed: Path, articles: pd.DataFrame, raw_dir: Path, target: Path) -> Markdown:
    """Copy the downloadable files into ``target`` and list them. Full texts only where the licence allows.

    CSV files get spreadsheet formulas neutralised (``notebook.FORMULA_NOTE``). A raw article is republished only
    as the very file that was read (same sha256, inside ``raw_dir``, not a link out of it), and a web page only
    as the text extracted from it: never an input's own HTML, which would run on the site's origin.
    """
    import hashlib
    import shutil

    from .articles import HTML_SUFFIXES, inside
    from .exceptions import ArticleReadError
    from .notebook import write_download_csv

    target.mkdir(parents=True, exist_ok=True)
    for old in target.iterdir():
        old.unlink()
    items = []
    for name in ("claims.csv", "events.csv", "deployments.csv", "places.csv", "articles.csv", "claims_chart.csv",
                 "tracker.csv", "map_points.csv", "timeline.csv", "dataset_summary.csv"):
        if (processed / name).exists():
            table = pd.read_csv(processed / name, dtype=str, keep_default_na=False)
            if name == "articles.csv" and "caption" in table:
                # A photo caption is the outlet's writing too: only its first words where the licence does not let
                # us republish the article (a trial found a 238-character caption of an all-rights-reserved one)
                table["caption"] = [caption if may_republish(licence) else opening_words(caption)
                                    for caption, licence in zip(table["caption"], table["licence"])]
            write_download_csv(table, target / name)
            items.append((name, "processed table"))
    if (processed / "datapackage.json").exists():
        shutil.copyfile(processed / "datapackage.json", target / "datapackage.json")
        items.append(("datapackage.json", "Frictionless Data Package: the schema of every table"))
    free = articles[articles["licence"].fillna("").map(may_republish)]
    paragraphs = pd.read_csv(processed / "paragraphs.csv", dtype=str, keep_default_na=False)
    write_download_csv(paragraphs[paragraphs["article_id"].isin(free["article_id"])], target / "paragraphs.csv")
    items.append(("paragraphs.csv", "full text, only of articles whose licence allows it"))
    for _, row in free.iterrows():
        source = Path(raw_dir) / row["file"]
        if not (source.is_file() and inside(source, raw_dir)
                and hashlib.sha256(source.read_bytes()).hexdigest() == row["sha256"]):
            raise ArticleReadError(f"is not, or is no longer, the file the tables were built from (inside "
                                   f"{Path(raw_dir).name}/, same sha256)", path=source,
                                   hint="rebuild the tables (make site) from the articles in data/raw")
        if source.suffix.lower() in HTML_SUFFIXES:
            text = "\n\n".join(paragraphs.loc[paragraphs["article_id"] == row["article_id"], "text"])
            (target / f"{row['file']}.txt").write_text(text + "\n", encoding="utf-8")
            items.append((f"{row['file']}.txt", f"text extracted from the saved page ({row['licence']}); keep the "
                          "attribution"))
        else:
            # Served as plain text whatever it holds: a Markdown file may carry HTML, which a host could render.
            name = row["file"] if source.suffix.lower() == ".txt" else f"{row['file']}.txt"
            shutil.copyfile(source, target / name)
            items.append((name, f"raw article as received ({row['licence']}); keep the attribution"))
    # The address is percent-encoded: a newline or '#' in a file name must not break the link.
    listing = "".join(f'<li><a href="downloads/{safe(url_quote(name))}">{safe(name)}</a>: {safe(what)}</li>'
                      for name, what in items)
    # (a dataset export is no article: its rows, not a text, are what the pages use; trial 21 read it among them)
    is_export = articles["status"].fillna("") == DATASET_STATUS if "status" in articles else pd.Series(False, articles.index)
    withheld = articles[~articles["article_id"].isin(free["article_id"]) & ~is_export]
    note = ""
    if not withheld.empty:
        outlets = list(dict.fromkeys(safe(o) for o in withheld["outlet"].fillna(withheld["article_id"])))
        names = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
        texts = "text" if len(withheld) == 1 else "texts"
        verb = "is" if len(withheld) == 1 else "are"
        whose = "its licence does not" if len(withheld) == 1 else "their licences do not"
        note = (f"<p>The full {texts} of {names} {verb} not republished here: {whose} allow it. The quotes "
                f"on the Claims page and in claims.csv are short extracts; read the original at the outlet.</p>")
    sources = "".join(f"<li>{article_citation(row)}; {_licence_note(row, row['article_id'] in set(free['article_id']))}"
                      "</li>" for _, row in articles[~is_export].iterrows())
    # (a dataset's terms are its publisher's, at its address: a trial found no word of them)
    exports = "".join(f"<li>{article_citation(row)}; used under the dataset's own terms of use, at its address: credit "
                      "it as its publisher asks</li>" for _, row in articles[is_export].iterrows())
    exports = f"<h2>The conflict datasets</h2><ul>{exports}</ul>" if exports else ""
    return html_block(f"<h2>The articles</h2><ul>{sources}</ul>{exports}<h2>Files</h2><ul>{listing}</ul>{note}")


def _licence_note(row, republished: bool) -> str:
    """An article's licence as the Data page lists it, and what the site does with its text under it."""
    licence = _text(row.get("licence"))
    if not licence:
        return "no licence recorded (its text is not republished; give one in the manifest's licence column)"
    return (f"licence: {safe(licence)} ({'full text republished below' if republished else 'full text not republished'})")


def data_dictionary(schemas: dict) -> Markdown:
    """The data dictionary, generated from the same schema that validates the tables."""
    from .notebook import FORMULA_NOTE

    parts = [f"<p>{safe(FORMULA_NOTE)}</p>"]
    for table, spec in schemas.items():
        # Stacked on a phone (each column a block of labelled lines): four columns of prose never fit 390 px.
        rows = [(f"column-{table}-{f.name}", [f"<code>{safe(f.name)}</code>", safe(f.type), "yes" if f.required else "",
                                      safe(f.description) + ((" One of: " + safe(", ".join(f.enum)) + ".")
                                                             if f.enum else "")])
                for f in spec["fields"]]
        parts.append(f"<h3 id=\"table-{safe(table)}\">{safe(table)}.csv: {safe(spec['title'])}</h3>\n"
                     f"<p>{safe(spec['description'])}</p>\n"
                     + stacked_table("dictionary", ["Column", "Type", "Required", "Meaning"], rows))
    return html_block("\n".join(parts))


def tracker_tables(claims: pd.DataFrame, articles: pd.DataFrame, events: pd.DataFrame) -> Markdown:
    """For each incident, in date order, its claims in the order they were reported, each linked to its quote and its
    article; undated claims are listed apart at the end."""
    if claims.empty:
        return html_block("<p><em>No claims to track.</em></p>")
    outlets = charts.outlet_names(articles)
    labels = charts.article_labels(articles)
    dated = events[events["event_date"].notna()].sort_values(["event_date", "label"], kind="stable")
    datasets = dataset_articles(articles)
    places = dict(zip(claims["claim_id"], place_tags(charts.distinct_claims(claims)).reindex(claims.index).fillna("")))
    parts = []
    for _, event in dated.iterrows():
        group = charts.distinct_claims(claims[claims["event_id"] == event["event_id"]]).copy()
        if group.empty:
            continue
        group["reported"] = claim_report_dates(group, articles)
        rows = []
        for _, row in group.sort_values(["reported", "claim_id"], kind="stable").iterrows():
            link = f' · <a href="{safe(row["source_url"])}">original</a>' if isinstance(row["source_url"], str) \
                and row["source_url"] else ""
            carried = _also_carried(row, articles)
            rows.append((f"track-{row['claim_id']}", [
                safe(_day(row['reported']) or 'not known'), f"{source_words(row, outlets)}{_dataset_event(row, datasets)}",
                safe(figure_words(row) + places.get(row["claim_id"], "")) + corrected_note(row),
                f"{safe(labels.get(row['article_id'], ''))}{carried}",
                f'<a href="{claim_link(row["claim_id"])}">quote</a>{link}']))
        # Stacked on a phone, as the Claims page's tables: five columns never fit 390 px.
        parts.append(f"<h3 id=\"{event_anchor(event['event_id'])}\">{safe(event['label'])}</h3>\n"
                     + WRAP.format(label=safe(event["label"]))
                     + stacked_table("tracker", ["Reported", "Source", "Figure", "Article", "Quote"], rows)
                     + "</div>" + _tracker_note(group, datasets))
    parts.append("<h2>Figures with no day</h2>")
    parts.append(context_figures(claims, articles).data)
    return html_block("\n".join(parts))


def _also_carried(row, articles: pd.DataFrame) -> str:
    """" (also carried by Other Daily)": the other outlets that carried the same figure from the same source about
    the same incident (events.assign_events), never the row's own outlet."""
    carried = [name.strip() for name in _text(row.get("carried_by")).split(";") if name.strip()]
    own = articles.loc[articles["article_id"] == row["article_id"], "outlet"]
    own_name = _text(own.iloc[0]) if len(own) else ""
    others = [name for name in carried if name not in (own_name, row["article_id"])]
    return f" (also carried by {safe('; '.join(others))})" if others else ""


def _tracker_note(group: pd.DataFrame, datasets: set[str]) -> str:
    """Under an event's table: why its figures are not compared, where they are not (events.comparison)."""
    numeric = group[group["qualifier"] != "vague"]
    verdicts = {comparison(rows, datasets) for _, rows in numeric.groupby("outcome", sort=False)}
    notes = []
    if "unstated" in verdicts:
        notes.append("The side hit is not stated for these figures: they may be about different events and are not "
                     "compared.")
    elif "separate" in verdicts:
        notes.append("A dataset lists several events here: each is an event of its own, and none is set against "
                     "another figure.")
    elif "totals" in verdicts:
        notes.append("Some of these figures are totals (for the day or a longer period) and others are for one "
                     "incident: a total may include the incident's figure, so they are not compared.")
    elif "places" in verdicts:
        notes.append(f"These figures are given for different places ({safe(_and(towns(numeric)))}): separate "
                     "incidents, not compared.")
    # A part beside tolls is not compared either, whatever the tolls' verdict (a trial read "1 (part of a larger
    # figure)" in a table with no word on it)
    if "part" in verdicts or any(is_part(row) for _, row in numeric.iterrows()):
        notes.append("Some of these figures are part of a larger figure given with them (as in “including five children”): "
                     "they are not compared.")
    return "".join(f"<p><small>{note}</small></p>" for note in notes)


def reported_note(articles: pd.DataFrame) -> Markdown:
    """What "Reported" means; what it means for a dataset's row only where a dataset is among the sources."""
    datasets = (" For a row of a dataset (ACLED, UCDP GED) it is the day of that event as the dataset dates it: a "
                "dataset has no publication date of its own.") if dataset_articles(articles) else ""
    return html_block("<p><small>“Reported” is the article's publication date where it is known, else the latest "
                      f"day the article covers.{datasets}</small></p>")


def safe_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


# --- conflict datasets -------------------------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _period_words(period: str) -> str:
    """'February 2020' for '2020-02'; a year stays a year."""
    if re.fullmatch(r"\d{4}-\d{2}", str(period)):
        return f"{MONTHS[int(period[5:]) - 1]} {period[:4]}"
    return str(period)


def dataset_summary_html(summary: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame) -> Markdown:
    """What the ACLED and UCDP exports record in the months and governorates of the incidents the articles report:
    the datasets' own sums, each attributed to its dataset, never set against the articles' figures. Only exports
    an editor has accepted are shown; nothing at all when no export was given."""
    if summary.empty:
        return Markdown("")
    parts = ["<h2>What the conflict datasets record</h2>"]
    waiting = summary[summary["review_status"] == "awaiting"].drop_duplicates("export")
    files = dict(zip(articles["article_id"], articles["file"].fillna("")))
    for _, row in waiting.iterrows():
        name = files.get(row["export"], row["export"])
        parts.append(f"<p>The summary of the {safe(row['source'])} export {safe(name)}"
                     " awaits an editor's decision and is not shown (<code>make review ACCEPT_EXPORT=...</code>)."
                     "</p>")
    shown = summary[summary["review_status"] == "accepted"]
    if shown.empty:
        # (a rejected export's summary is no part of the page: a heading over nothing, a trial found, is none)
        return html_block("\n".join(parts)) if len(parts) > 1 else Markdown("")
    datasets = [a for a in articles["article_id"] if a in set(shown["export"])]
    own = claims[~claims["article_id"].isin(datasets)].dropna(subset=["event_date"]) if not claims.empty else claims
    keys = {(str(day)[:7], str(gov).lower()) for day, gov in zip(own["event_date"], own["governorate"].fillna(""))} \
        if not own.empty else set()
    years = {(month[:4], gov) for month, gov in keys}
    near = shown[[(str(p), str(g).lower()) in keys or (str(p), str(g).lower()) in years
                  for p, g in zip(shown["period"], shown["governorate"].fillna(""))]]
    names = sorted(set(shown["source"]))
    credits = [f'{safe(DATASET_CREDITS[name][0])}, <a href="{safe(DATASET_CREDITS[name][1])}">'
               f'{safe(DATASET_CREDITS[name][1].split("//")[1].rstrip("/"))}</a>' for name in names if name in DATASET_CREDITS]
    # Events, not rows: a UCDP event gives a total and a figure for each side, three rows of the summary and three
    # claims (a trial read "the 5 events ... are listed" of an export of two)
    listed = len({event_of(claim) for claim in claims.loc[claims["article_id"].isin(datasets), "claim_id"]}) \
        if not claims.empty else 0
    every = int(shown.loc[shown["victim_side"] == "unspecified", "events"].sum())
    one = len(names) == 1
    parts.append(
        f"<p>What {safe(_and(names))} record{'s' if one else ''} for the months and governorates of the incidents "
        f"above: how many of {'its' if one else 'their'} events, and the sum of those events' figures (summed by "
        f"us, nothing averaged). An event's total in {'this dataset' if one else 'a dataset'} does not split the "
        "sides (“side not stated”)"
        + ("; UCDP's deaths by side are rows of their own, not to be added to its totals" if
           (shown["victim_side"] != "unspecified").any() else "")
        # (the totals: an event of a dataset with its side stated is set beside the articles' figures above, as the
        # README says; a trial read "not compared" as said of those too)
        + ". These totals are the " + ("dataset's" if one else "datasets'") + ", not the articles', and are not "
        "compared with them"
        # (which are listed depends on the export's size and on its rows with no one hit: the count says how many)
        + ((f"; every one of {'its' if one else 'their'} {_count(every, 'event')} is listed one by one above"
            if listed == every else f"; {listed:,} of {'its' if one else 'their'} {every:,} events are listed one "
                                    "by one above") if listed else "") + ".</p>")
    if credits:
        parts.append(f"<p>Data: {'; '.join(credits)}.</p>")
    if near.empty:
        parts.append("<p><em>No event of the datasets falls in the months and governorates of the incidents the "
                     "articles report.</em></p>")
    else:
        rows = []
        ordered = near.sort_values(["period", "governorate", "source", "victim_side"], kind="stable")
        for number, (_, row) in enumerate(ordered.iterrows(), start=1):
            low, high = int(row["fatalities_low"]), int(row["fatalities_high"])
            fatalities = f"{low:,}" if low == high else f"{low:,} to {high:,}"
            rows.append((f"dataset-total-{number}", [
                safe(row["source"]), safe(_period_words(row["period"])),
                safe(_text(row["governorate"]) or "not given"),
                safe(SIDE_LABELS.get(row["victim_side"], row["victim_side"])), f"{int(row['events']):,}",
                f"{fatalities} {safe(row['outcome'])}", f"{int(row['shown_individually']):,}"]))
        caption = "The datasets' own totals where the articles report incidents"
        # (each row a block of labelled lines on a phone: a trial's seven columns scrolled, "In all" cut off)
        parts.append(WRAP.format(label=safe(caption)) + stacked_table(
            "dataset-totals", ("Dataset", "Period", "Governorate", "People", "Events", "In all", "Listed above"),
            rows, caption) + "</div>")
    parts.append(f"<p>Every month and governorate of the exports ({len(shown):,} row{'' if len(shown) == 1 else 's'}) is in "
                 '<a href="data.html">dataset_summary.csv on the Data page</a>.</p>')
    return html_block("\n".join(parts))


# --- the Method page -----------------------------------------------------------------------------------------------

# The hand-annotated sets the Method page scores the extraction on, as `make evaluate` does: (folder from the
# project root, name, what it is). Only the first two can say how the rules do on new texts, and only in part:
# the rules were written on the development corpus and tuned on the generalisation corpus after it was measured.
EVALUATION_SETS = (
    ("data/annotated", "The story's article and the example",
     "the FRANCE 24 report and the Wikipedia section in data/raw"),
    ("tests/fixtures/dev-corpus", "Development corpus", "Wikipedia passages the rules were written on"),
    ("tests/fixtures/generalisation-corpus", "Generalisation corpus",
     "Wikipedia passages scored before the rules saw them, then tuned on"),
)


def extraction_scores(sets=EVALUATION_SETS) -> Markdown:
    """How the extraction does on each annotated set, computed now: finding claims (precision, recall, F1) and the
    share of annotated claims found with the right claimant (as `make evaluate` reports them, pooled)."""
    from .evaluate import claimant_right, evaluate_articles, scores_of
    from .paths import PROJECT_ROOT

    rows = []
    for folder, name, what in sets:
        results = evaluate_articles([PROJECT_ROOT / folder])
        found = scores_of(results)[0]
        right, named = claimant_right(results)
        cells = [f"{safe(name)}<br><small>{safe(what)} (<code>{safe(folder)}</code>)</small>",
                 f"{len(results):,}", f"{found.annotated:,}", f"{found.precision:.2f}", f"{found.recall:.2f}",
                 f"{found.f1:.2f}", f"{right / named:.2f}" if named else "none annotated"]
        rows.append((f"scores-{safe_id(name)}", cells))
    caption = "Finding casualty claims in hand-annotated texts, computed when this page was built"
    return html_block(WRAP.format(label=safe(caption)) + stacked_table(
        "scores", ["Annotated set", "Texts", "Claims annotated", "Precision", "Recall", "F1", "Claimant right"], rows,
        caption=caption) + "</div>")


def _editor_changes(row, fields) -> str:
    """What an editor changed in a row, field by field ("place Idlib → Saraqeb. "), from its machine_<field> values."""
    changed = []
    for name in fields:
        machine = row.get(f"machine_{name}")
        now, was = _text(str(row.get(name))) if pd.notna(row.get(name)) else "", \
            _text(str(machine)) if pd.notna(machine) else ""
        if f"machine_{name}" in row and now != was:
            changed.append(f"{safe(name.replace('_', ' '))} {safe(was or 'empty')} → {safe(now or 'empty')}")
    return ("; ".join(changed) + ". ") if changed else ""


def _reviewed_day(row) -> str:
    return _day(row["reviewed_on"]) if _text(str(row.get("reviewed_on") or "")) else "undated"


def corrections_list(claims: pd.DataFrame, articles: pd.DataFrame, deployments: pd.DataFrame | None = None
                     ) -> Markdown:
    """Every figure an editor corrected (review decision 'corrected'), with the day, the quote, what was changed
    and the editor's note; then every deployment an editor corrected or added (``deployments``); or a plain sentence
    that none is recorded."""
    from .review import CORRECTABLE

    status = claims.get("review_status", pd.Series(index=claims.index, dtype=object))
    corrected = claims[status.isin(("corrected", "added"))]
    changed_deployments = deployments[deployments["review_status"].isin(("corrected", "added"))] \
        if deployments is not None and "review_status" in deployments.columns else pd.DataFrame()
    if corrected.empty and changed_deployments.empty:
        return html_block("<p>No correction is recorded yet.</p>")
    outlets = charts.outlet_names(articles)
    html = ""
    if len(corrected):
        items = []
        for _, row in corrected.sort_values(["reviewed_on", "claim_id"], kind="stable").iterrows():
            note = safe(row.get("review_note")) if pd.notna(row.get("review_note")) else ""
            link = f"<a href=\"{claim_link(row['claim_id'])}\">“{safe(row['quote'])}”</a>"
            outlet = safe(outlets.get(row['article_id'], row['article_id']))
            what = _editor_changes(row, CORRECTABLE) if row["review_status"] == "corrected" else (
                f"Added by an editor, missed by the machine: {safe(figure_words(row))}. ")
            if row["review_status"] == "corrected" and not what:
                # (the machine's rules, improved since, read it as the editor did: the pages mark it nowhere)
                what = "The machine now reads it as the editor corrected it; nothing differs. "
            items.append(f"<li>{_reviewed_day(row)}: {link} ({outlet}). {what}{note}</li>")
        added = (corrected["review_status"] == "added").any()
        html += (f"<p>{_count(len(items), 'figure').capitalize()} corrected{' or added' if added else ''} by an editor "
                 "before publishing (review decisions in <code>data/review/claims.csv</code>):</p><ul>"
                 + "".join(items) + "</ul>")
    if len(changed_deployments):
        items = []
        for _, row in changed_deployments.sort_values(["reviewed_on", "deployment_id"], kind="stable").iterrows():
            note = safe(row.get("review_note")) if pd.notna(row.get("review_note")) else ""
            what = _editor_changes(row, deployment_review.CORRECTABLE) if row["review_status"] == "corrected" else (
                f"Added by an editor, missed by the machine: {safe(row['what'])} "
                f"({safe(str(row['kind']).replace('_', ' '))}). ")
            items.append(f"<li>{_reviewed_day(row)}: <a href=\"deployments.html\">“{safe(row['quote'])}”</a> "
                         f"({safe(outlets.get(row['article_id'], row['article_id']))}). {what}{note}</li>")
        html += (f"<p>{_count(len(items), 'deployment').capitalize()} corrected or added by an editor before "
                 "publishing (review decisions in <code>data/review/deployments.csv</code>):</p><ul>"
                 + "".join(items) + "</ul>")
    return html_block(html)
