"""Small helpers the notebooks call, so cells stay short and the logic stays testable here.

Pages show their content as Markdown outputs only (``text/markdown``, which may carry escaped HTML such as tables
and chart images with alt text), never as ``text/html`` or ``application/javascript`` outputs: Quarto adds
require.js and jQuery from a third-party CDN to any page with one of those (its Jupyter "widget" support), and
shows bare image outputs without alt text. ``tests/test_page_outputs.py`` checks every committed notebook.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from .exceptions import ParameterError
from .paths import PROJECT_ROOT

# HTML's own characters, and those that mean something to Markdown, Pandoc, shortcodes or math, as entities,
# in one pass so that no entity is escaped twice.
# The colon and line breaks too: "http://..." in text would become a live link (Markdown autolinks), and a blank
# line would end the HTML block the text sits in.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'$" + "{}`*_[]\\@#|~^" + ":\n\r"})
_BARE_WWW = re.compile(r"(?i)\b(www)\.")
# A list marker opening the text ("18. hilltop near Qaminas", "- a bullet"): text that starts a table cell or a
# paragraph would become a list in Quarto, which reads the HTML blocks' contents as Markdown (the preview does not)
_LIST_MARKER = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)|^(\s*)([-+])(?=\s)")


def safe(text) -> str:
    """Article text made inert: HTML-escaped, and Markdown, shortcode, math and autolink characters as entities."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    text = _BARE_WWW.sub(r"\1&#46;", str(text).translate(_INERT))
    return _LIST_MARKER.sub(lambda m: f"{m[1]}&#{ord(m[2])};" if m[1] is not None else f"{m[3]}&#{ord(m[4])};",
                            text, count=1)


# OWASP's CSV-injection rule: a cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return
# first, also after spaces, which some importers trim) gets a leading apostrophe. Plain numbers (-5, +3.2) stay.
_FORMULA_START = re.compile(r"^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
FORMULA_NOTE = ("In the CSV files offered for download, a cell that would begin with =, +, -, @, a tab or a carriage "
                "return (other than a plain number such as -3.5) starts with an apostrophe ('), so that a "
                "spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV injection). "
                "Remove that apostrophe to get the text as written; the tables in data/processed/ keep it exact.")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` (all text) where no cell can run as a spreadsheet formula: see FORMULA_NOTE."""
    def cell(value):
        if isinstance(value, str) and _FORMULA_START.match(value) and not _PLAIN_NUMBER.match(value):
            return "'" + value
        return value

    return frame.map(cell) if hasattr(frame, "map") else frame.applymap(cell)


def write_download_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write a table for readers to download, with formulas neutralised (the processed table stays exact)."""
    neutralise_formulas(frame).to_csv(path, index=False, lineterminator="\n")
def html_block(markup: str) -> Markdown:
    """Markup built by the package (article text in it already made inert by ``safe``) as a Markdown output.

    Markdown passes raw HTML through in both renderers, as long as the block has no blank line (which would end it)
    and no indented line (which would start a code block): both are removed here. Headings without an id get one
    from their text, so links to them (a table of contents, a shared link) point at an id written in the HTML rather
    than one Quarto's script adds after loading.
    """
    lines = [line.strip() for line in markup.splitlines()]
    return Markdown(_heading_ids("\n".join(line for line in lines if line)))


def stacked_table(css: str, headings, rows, caption: str = "") -> str:
    """A table of records that on a phone shows each row as a block of lines labelled with its headings
    (``table.stacked`` in both renderers' stylesheets), so that it never scrolls sideways. The explicit roles keep
    it a table for screen readers, which some browsers stop announcing once a table's display is changed.

    ``rows`` are ``(row id, cells)`` pairs; cells are markup already made inert (``safe``), one per heading.
    """
    headings = [safe(h) for h in headings]

    def empty(cell: str) -> str:
        return "" if str(cell).strip() else ' class="empty"'  # left out on a phone
    head = ('<thead role="rowgroup"><tr role="row">'
            + "".join(f'<th scope="col" role="columnheader">{h}</th>' for h in headings) + "</tr></thead>")
    body = "\n".join(f'<tr id="{safe(row_id)}" role="row">' + "".join(
        f'<td role="cell" data-label="{h}"{empty(cell)}>{cell}</td>' for h, cell in zip(headings, cells)) + "</tr>"
        for row_id, cells in rows)
    return (f'<table class="{css} stacked" role="table">' + (f"<caption>{safe(caption)}</caption>" if caption else "")
            + head + f'<tbody role="rowgroup">{body}</tbody></table>')


_HEADING = re.compile(r"<h([1-6])((?:(?!\sid=)[^>])*)>(.*?)</h\1>", re.S)


def _heading_ids(markup: str) -> str:
    seen: set[str] = set()

    def with_id(match: re.Match) -> str:
        import html

        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(3))).lower()
        slug = re.sub(r"[^\w]+", "-", text).strip("-_") or "section"  # as Pandoc derives ids from heading text
        unique, number = slug, 1
        while unique in seen:
            unique, number = f"{slug}-{number}", number + 1
        seen.add(unique)
        return f'<h{match.group(1)} id="{unique}"{match.group(2)}>{match.group(3)}</h{match.group(1)}>'

    return _HEADING.sub(with_id, markup)


# A committed notebook shows at most this many rows of a table; the full table is the CSV it was read from.
SHOWN_ROWS = 300


def table(frame: pd.DataFrame, caption: str | None = None, index: bool = False,
          limit: int = SHOWN_ROWS) -> Markdown:
    """A DataFrame as an escaped HTML table in a keyboard-scrollable wrapper, shown as Markdown (not text/html).

    Only the first ``limit`` rows are shown, and the caption says so: a large import must not make the committed
    notebook (and the page made from it) as large as the table.
    """
    if index:
        frame = frame.reset_index()
    if len(frame) > limit:
        shown = f"the first {limit:,} of {len(frame):,} rows; all are in the table's CSV file"
        caption = f"{caption} ({shown})" if caption else shown.capitalize()
        frame = frame.head(limit)
    head = "".join(f'<th scope="col">{safe(column)}</th>' for column in frame.columns)
    body = "\n".join("<tr>" + "".join(f"<td>{safe('' if _missing(value) else value)}</td>" for value in row) + "</tr>"
                     for row in frame.itertuples(index=False, name=None))
    title = f"<caption>{safe(caption)}</caption>" if caption else ""
    return html_block(f'<div class="table-wrap" tabindex="0">\n<table>{title}<thead><tr>{head}</tr></thead>\n'
                      f"<tbody>\n{body}\n</tbody></table>\n</div>")


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def svg_image(svg: str, description: str) -> str:
    """An <img> of the SVG as a data URI, with its text alternative as alt text (escaped like article text)."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img class="chart img-fluid" src="data:image/svg+xml;base64,{data}" alt="{safe(description)}">'


def chart_image(path: str | Path, description: str) -> Markdown:
    """A chart's stored SVG as an image with alt text, shown as Markdown (Quarto gives bare images no alt)."""
    return Markdown(svg_image(Path(path).read_text(encoding="utf-8"), description))


QUALIFIER_WORDS = {
    "exact": "{low}",
    "range": "{low} to {high}",
    "at_least": "at least {low}",
    "more_than": "more than {low}",
    "at_most": "up to {high}",
    "approximately": "about {low}",
    "vague": "{text}",
    "unspecified": "{text}",
}


def check_parameter(name: str, value, kinds: tuple[type, ...], example: str):
    """Stop the notebook at once when a parameter has the wrong type, naming it and showing a right value."""
    if not isinstance(value, kinds):
        wanted = " or ".join(k.__name__ for k in kinds)
        raise ParameterError(f"parameter {name} must be {wanted}, not {type(value).__name__} {value!r}",
                             value=value, hint=f"e.g. -p {name} {example}")
    return value


def project_path(value: str | Path, name: str) -> Path:
    """A folder parameter as an absolute path; relative paths are read from the project root."""
    check_parameter(name, value, (str, Path), "data/processed")
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path


def bound_words(qualifier: str, quantity_text) -> str | None:
    """The bound or approximation as the source wrote it ("nearly", "close to", "in excess of"): the longest
    qualifier phrase of data/reference/vocabulary.csv with this meaning that opens ``quantity_text``; None when
    the text has none (a dataset's figure), and the pages then use the plain words of QUALIFIER_WORDS."""
    if qualifier not in ("at_least", "more_than", "at_most", "approximately") or not isinstance(quantity_text, str):
        return None
    from .vocabulary import VOCABULARY

    said = quantity_text.strip().lower()
    phrases = sorted((w for w, v in VOCABULARY["qualifier"].items() if v == qualifier), key=len, reverse=True)
    return next((w for w in phrases if re.match(re.escape(w) + r"(?![\w-])", said)), None)


def deployment_when(row) -> str:
    """The day of a deployment as its sentence gives it: "on 2 February 2020" for the day it happened ("a convoy
    passes through Dana ... on February 2, 2020"), "reported on 2 February 2020" only where a named source reports
    it that day ("Turkish media on Sunday reported that ..."); '' without a day."""
    day = row.get("date")
    if not isinstance(day, str) or not day:
        return ""
    from .dates import day_words
    from .tables import NOT_ATTRIBUTED
    from .vocabulary import VOCABULARY

    def text(name: str) -> str:
        value = row.get(name)
        return value if isinstance(value, str) else ""

    quote = text("quote").lower()
    named = text("claimant_as_written") not in ("", NOT_ATTRIBUTED) and text("block") != "caption"
    speech = any(re.search(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", quote) for verb in VOCABULARY["speech_verb"])
    return f"{'reported on' if named and speech else 'on'} {day_words(day)}"


def _number(value) -> str:
    return "" if pd.isna(value) else f"{int(value):,}"  # 1,000,000: always with thousands separators


def figure(row) -> str:
    """A claim's figure in words, keeping ranges and bounds as the source gave them ("at least 4", "30 to 35",
    "nearly 200": the source's own word for a bound, never one it did not use), numbers with thousands separators.

    A figure with no number ("all its crew") is the people as written: its words alone ("all its") say nothing."""
    low, high = _number(row["number_low"]), _number(row["number_high"])
    text = row["quantity_text"] if "quantity_text" in row else None
    people = row.get("victim_text") if hasattr(row, "get") else None
    if row["qualifier"] == "unspecified" and isinstance(people, str) and isinstance(text, str) \
            and people.lower().startswith(text.lower()) and len(people) > len(text):
        text = people
    if row["qualifier"] == "vague":
        text = _vague_words(text)
    said = bound_words(row["qualifier"], text)
    if said:
        words = f"{said} {high if row['qualifier'] == 'at_most' else low}"
    else:
        words = QUALIFIER_WORDS[row["qualifier"]].format(low=low, high=high, text=text)
    return words + part_of(row, people, text)


def _vague_words(text):
    """A vague amount as a table cell reads it mid-sentence: "dozens", not "Dozens" (its capital came from the start of
    the article's sentence). Only words the number reader takes for a vague amount are lower-cased, never a name."""
    from .numbers import VAGUE_PATTERN

    if not isinstance(text, str) or not text[:1].isupper() or (len(text.split()[0]) > 1 and text.split()[0].isupper()) \
            or not VAGUE_PATTERN.match(text):
        return text
    return text[0].lower() + text[1:]


def is_part(row) -> bool:
    """Whether a claim is part of a larger figure given with it (``subset``: "including five children")."""
    subset = row.get("subset") if hasattr(row, "get") else None
    return not pd.isna(subset) and bool(subset)


def part_of(row, people, text) -> str:
    """For a figure that is part of a larger one ("seven of them children"), its people as written and what it is:
    shown bare, "7 civilians" would read as a toll of its own."""
    if not is_part(row):
        return ""
    own_words = isinstance(people, str) and people.strip() and people.strip().lower() != str(text).strip().lower()
    return f" ({people.strip()}, part of a larger figure)" if own_words else " (part of a larger figure)"


# "other" is the outcome of words that lump people together ("neutralised", "casualties", "killed or wounded"):
# pages say what it means, never the bare "other".
OUTCOME_MEANINGS = {"other": "killed, wounded or captured"}


def outcome_heading(outcome: str) -> str:
    """An outcome as a heading for figures of several sources: "killed", or what "other" means."""
    return OUTCOME_MEANINGS.get(outcome, outcome)


def panel_heading(side: str, outcome: str) -> str:
    """A heading for the figures of one side (its label) and outcome: 'Turkish forces killed'; 'People wounded (side
    not stated)', never 'Side not stated wounded' (trial 20)."""
    from .sides import SIDE_LABELS

    hit = outcome_heading(outcome)
    return f"People {hit} (side not stated)" if side == SIDE_LABELS["unspecified"] else f"{side} {hit}"


def outcome_words(row) -> str:
    """A claim's outcome in words: "killed", or for "other" its meaning and the source's own word
    ("killed, wounded or captured ('neutralised')")."""
    outcome = row["outcome"]
    if outcome not in OUTCOME_MEANINGS:
        return str(outcome)
    from .vocabulary import VOCABULARY

    quote = str(row.get("quote", "") if hasattr(row, "get") else "")
    if outcome == "other":
        # "killed or wounded": the source's own either-or, as it wrote it (never widened to "or captured")
        either = [w for w, v in VOCABULARY["outcome_participle"].items() if v != "other"]
        alternation = "|".join(re.escape(w) for w in sorted(either, key=len, reverse=True))
        found = re.search(rf"\b(?:{alternation})(?:,\s+(?:{alternation}))*,?\s+or\s+(?:{alternation})\b", quote,
                          re.IGNORECASE)
        if found:
            return " ".join(found.group().lower().split())
    words = [w for w, v in {**VOCABULARY["outcome_participle"], **VOCABULARY["outcome_transitive"],
                            **VOCABULARY["outcome_noun"]}.items() if v == outcome]
    pattern = r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) \
        + r")\b"
    found = re.search(pattern, quote, re.IGNORECASE) if words else None
    # (a quote cut before its verb, "Some 2,557 Syrian regime troops": the word is in the claim's note)
    noted = None if found else re.search(r"the source's word: '([^']+)'", str(row.get("notes", "") or "")
                                         if hasattr(row, "get") else "")
    said = f" ('{found.group()}')" if found else f" ('{noted[1]}')" if noted else ""
    return f"{OUTCOME_MEANINGS[outcome]}{said}"


def corrected_note(row, inline: bool = False) -> str:
    """Under a figure an editor corrected (or after it, ``inline`` in a sentence), a word of it and a link to what
    changed: said where the figure stands, not only on Method (a trial read a corrected "6" beside its quote "Four
    Turkish soldiers died ..." with no word; another read a day the editor gave as the article's own). A figure an
    editor added, the machine having missed it, says so the same way (a trial found it unmarked)."""
    status = row.get("review_status") if hasattr(row, "get") else None
    if status == "added":
        if inline:
            return ' <small>(added by an editor: <a href="method.html#corrections">missed by the machine</a>)</small>'
        return '<br><small>added by an editor (<a href="method.html#corrections">missed by the machine</a>)</small>'
    if status != "corrected" or not corrected_fields(row):
        return ""  # (a "correction" that leaves every field as the machine read it, "Saraqib" for its Saraqeb)
    # (where one field other than the figure was corrected, it says which: a corrected source read as a changed
    # number to a trial)
    what = f"{corrected_field(row) or ''} corrected by an editor".lstrip()
    if inline:
        return f' <small>({what}: <a href="method.html#corrections">what changed</a>)</small>'
    return f'<br><small>{what} (<a href="method.html#corrections">what changed</a>)</small>'


# The word for a field an editor corrected, where it is not the figure itself (number, qualifier, scope, subset)
CORRECTED_FIELD_WORDS = {"claimant": "source", "event_date": "day", "place": "place", "victim_side": "side",
                         "outcome": "outcome"}


def corrected_fields(row) -> set[str]:
    """The fields of a claim an editor corrected that now differ from the machine's reading (its machine_<field>
    value kept beside each); every correctable field where the row keeps no machine values."""
    from .review import CORRECTABLE

    def cell(value) -> str:
        return "" if pd.isna(value) else str(value)

    if not any(f"machine_{name}" in row for name in CORRECTABLE):
        return set(CORRECTABLE)
    return {name for name in CORRECTABLE if f"machine_{name}" in row
            and cell(row.get(name)) != cell(row.get(f"machine_{name}"))}


def corrected_field(row) -> str | None:
    """"source", "day", "place", "side" or "outcome" where that alone of a claim's fields was corrected, else None
    (the figure, or several fields, changed)."""
    words = {CORRECTED_FIELD_WORDS.get(name) for name in corrected_fields(row)}
    return words.pop() if len(words) == 1 and None not in words else None


def figure_words(row) -> str:
    """A claim's figure and outcome as a reader reads them: "at least 4 killed", "all its crew killed",
    "101 killed, wounded or captured ('neutralised')". A figure with no number is said to have none: "civilian
    casualties (no number given)" (the noun is its outcome; a trial read "deaths killed"), "civilians killed, no
    number given" (not "(no number) killed")."""
    if row["qualifier"] == "unspecified" and pd.isna(row["number_low"]) and pd.isna(row["number_high"]):
        from .numbers import NO_NUMBER
        from .vocabulary import VOCABULARY

        text, people = (value.strip() if isinstance(value, str) else "" for value in
                        (row.get("quantity_text"), row.get("victim_text")))
        if text.lower() in VOCABULARY["outcome_noun"]:
            return f"{people or text} (no number given)"
        if text == NO_NUMBER and people:
            return f"{people} {outcome_words(row)}, no number given"
    return f"{figure(row)} {outcome_words(row)}"


# What an editor's decision means for a claim on this (published) page
REVIEW_WORDS = {"accepted": "checked", "corrected": "corrected by an editor", "added": "added by an editor",
                "awaiting": "not yet checked: not published"}


def not_rejected(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims an editor has not rejected: a rejected reading is never shown on the site (a trial found the
    analysis page listing them with the machine's wrong readings)."""
    return claims[claims["review_status"] != "rejected"] if "review_status" in claims else claims


def claims_for_reading(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims table a reader checks: figure, outcome, side, claimant, date, place, the quote and the editor's
    decision; never a claim an editor rejected."""
    from .sides import SIDE_LABELS

    claims = not_rejected(claims)
    if claims.empty:
        return pd.DataFrame(columns=["claim", "figure", "outcome", "side", "claimant", "as written", "date",
                                     "place", "paragraph", "quote", "review"])
    table = pd.DataFrame({
        "claim": claims["claim_id"],
        "figure": claims.apply(figure, axis=1),
        "outcome": claims.apply(outcome_words, axis=1),
        "side": claims["victim_side"].map(lambda side: SIDE_LABELS.get(side, side)),  # "Turkish forces", not "turkey"
        "claimant": claims["claimant"],
        "as written": claims["claimant_as_written"],
        "date": claims["event_date"].fillna(""),
        "place": claims["place"].fillna(""),
        "paragraph": claims["paragraph"].astype("string").fillna(""),
        "quote": claims["quote"],
        "review": claims["review_status"].map(lambda status: REVIEW_WORDS.get(status, status))
        if "review_status" in claims else "",
    })
    return table.reset_index(drop=True)


def sentence(text: str) -> Markdown:
    """Show a computed sentence as Markdown (the figures in it come from the data, never typed by hand)."""
    return Markdown(text)


def claims_read(all_claims: pd.DataFrame, checked: pd.DataFrame, articles: pd.DataFrame) -> Markdown:
    """How many claims were read from how many articles and datasets, how many are checked, and how many dated
    incidents those are about: counted, never assumed to be one."""
    from .charts import incidents
    from .story import _count, articles_and_datasets

    dated = checked["event_date"].notna().sum() if len(checked) else 0
    return Markdown(f"{len(all_claims):,} claims from {articles_and_datasets(articles)}; {len(checked):,} checked, "
                    f"of which {dated:,} have a day and are about {_count(len(incidents(checked)), 'incident')}.")


def text_alternative(description: str) -> Markdown:
    """A chart's text alternative under it; the description names claimants from articles, so it is escaped."""
    return Markdown("*Text alternative:* " + safe(description))


def no_rows_note(frame: pd.DataFrame, what: str) -> Markdown | None:
    """A sentence saying a table is empty, so an article without claims reads as a finding, not an error."""
    if frame.empty:
        return Markdown(f"*No {what} were found in the articles given.*")
    return None


# Of an article whose licence does not let the site republish it, each block shows only its first words: enough to
# tell which paragraph it is (a trial found the first 70 characters of every paragraph gave 64% of a short article)
OPENING_WORDS = 3
# (every block but the headline and the credit line, which the pages cite: a block the cleaner took for page
# furniture may be a paragraph of the story, as a teaser repeating one was in a trial)


def opening_words(text: str) -> str:
    """Of a text the licence does not let us republish, only its first words (enough to tell which it is)."""
    words = str(text).split()
    if len(words) <= OPENING_WORDS:
        return " ".join(words)
    # (without their quotation marks: cut short, '"Our one soldier …' opened one it never closed, trial 29)
    return re.sub(r'["“”]', "", " ".join(words[:OPENING_WORDS])) + " … (not republished: licence)"


def blocks_table(articles) -> pd.DataFrame:
    """Every block of every article with its label, the text cut to 70 characters, or, but for the headline and the
    credit line, to its first words where the licence does not allow republishing."""
    from .articles import may_republish

    rows = []
    for article in articles:
        free = may_republish(article.licence)
        for block in article.blocks:
            text = " ".join(block.text.split())
            if not free and block.kind not in ("headline", "credit"):  # (both cited on every page)
                text = opening_words(text)
            rows.append({"article": article.article_id, "label": block.kind,
                         "paragraph": "" if block.number is None else block.number,
                         "text": text if len(text) <= 70 else text[:69] + "…"})
    return pd.DataFrame(rows)


def reference_date_sentences(articles) -> Markdown:
    """Which day each article's relative dates were read against, and why."""
    reasons = {"caption": "the date in its photo caption", "parameter": "the reference_date parameter",
               "manifest": "its publication date in data/raw/manifest.csv",
               "file_name": "the day in its file name (outlet-story-YYYY-MM-DD)", "none": "nothing: no date was found"}
    lines = []
    for article in articles:
        day = article.reference_date.strftime("%A %-d %B %Y") if article.reference_date else "no day"
        lines.append(f"- **{safe(article.article_id)}**: {day}, from {reasons[article.reference_date_source]}.")
    return Markdown("\n".join(lines))


def disagreement_sentences(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> Markdown:
    """For each incident (day and governorate), side and outcome, every claimant's figure in one sentence and
    whether they may be compared (events.comparison); never a sum or an average, never two incidents together."""
    from .dates import day_words
    from .datasets import event_of
    from .events import compared, comparison, dataset_articles, figures_can_all_hold
    from .sides import SIDE_LABELS

    numeric = claims[claims["qualifier"] != "vague"].dropna(subset=["event_date"])
    if numeric.empty:
        return Markdown("*No dated figures to compare.*")
    datasets = dataset_articles(articles)
    verdicts = {"differ": "sources differ", "same": "the sources give the same figure", "one": "one source only",
                "changed": "one source only, whose figure differs between reports",
                "unstated": "side not stated: not compared", "separate": "a dataset's separate events: not compared",
                "places": "different towns: not compared",
                "totals": "a total beside one incident's figures: not compared",
                "part": "part of a larger figure: not compared"}
    governorate = numeric["governorate"].fillna("") if "governorate" in numeric else pd.Series("", numeric.index)
    lines = []
    for (day, place, side, outcome), group in numeric.groupby(
            [numeric["event_date"], governorate, numeric["victim_side"], numeric["outcome"]], sort=True):
        # Claimant names can come from the article itself: escaped before they reach Markdown.
        parts = []
        for _, row in group.iterrows():
            event = f" (event {safe(event_of(row['claim_id']))})" if row["article_id"] in datasets else ""
            # (with its town where the figure is a town's: trial 30 read "Doğru Haber says 34" of 34 in Balyun)
            town = str(row.get("place") or "").strip() if not pd.isna(row.get("place")) else ""
            at = f" in {town}" if town and town.lower() != str(place).strip().lower() else ""
            parts.append(f"{safe(row['claimant'])}{event} says {safe(figure(row))}{safe(at)}")
        where = f", {place}" if place else ""
        verdict = verdicts[comparison(group, datasets)]
        if verdict == verdicts["differ"] and figures_can_all_hold(compared(group)):
            verdict += ", but none rules out the others"  # "at least 4" beside 8
        lines.append(f"- **{panel_heading(SIDE_LABELS[side], outcome)}, {day_words(day)}{safe(where)}** "
                     f"({verdict}): " + "; ".join(parts) + ".")
    return Markdown("\n".join(lines))


def scores_table(scores) -> pd.DataFrame:
    """Evaluation scores as a small table (precision, recall and F1 to two decimals)."""
    return pd.DataFrame([{"field": s.name, "precision": f"{s.precision:.2f}", "recall": f"{s.recall:.2f}",
                          "F1": f"{s.f1:.2f}", "annotated": s.annotated} for s in scores])
