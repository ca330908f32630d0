"""Small helpers the notebooks call, so cells stay short and the logic stays testable here."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from .exceptions import ParameterError
from .paths import PROJECT_ROOT

# HTML's own characters, and those that mean something to Markdown, Pandoc, shortcodes or math, as entities,
# in one pass so that no entity is escaped twice.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'$" + "{}`*_[]\\@#|~^"})


def safe(text) -> str:
    """Article text made inert: HTML-escaped, and Markdown, shortcode and math characters as entities."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return str(text).translate(_INERT)


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


QUALIFIER_WORDS = {
    "exact": "{low}",
    "range": "{low} to {high}",
    "at_least": "at least {low}",
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


def figure(row) -> str:
    """A claim's figure in words, keeping ranges and bounds as the source gave them ("at least 4", "30 to 35")."""
    low = "" if pd.isna(row["number_low"]) else int(row["number_low"])
    high = "" if pd.isna(row["number_high"]) else int(row["number_high"])
    return QUALIFIER_WORDS[row["qualifier"]].format(low=low, high=high, text=row["quantity_text"])


def claims_for_reading(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims table a reader checks: figure, outcome, side, claimant, date, place and the quote."""
    if claims.empty:
        return pd.DataFrame(columns=["claim", "figure", "outcome", "side", "claimant", "as written", "date",
                                     "place", "paragraph", "quote"])
    table = pd.DataFrame({
        "claim": claims["claim_id"],
        "figure": claims.apply(figure, axis=1),
        "outcome": claims["outcome"],
        "side": claims["victim_side"],
        "claimant": claims["claimant"],
        "as written": claims["claimant_as_written"],
        "date": claims["event_date"].fillna(""),
        "place": claims["place"].fillna(""),
        "paragraph": claims["paragraph"].astype("string").fillna(""),
        "quote": claims["quote"],
    })
    return table.reset_index(drop=True)


def sentence(text: str) -> Markdown:
    """Show a computed sentence as Markdown (the figures in it come from the data, never typed by hand)."""
    return Markdown(text)


def text_alternative(description: str) -> Markdown:
    """A chart's text alternative under it; the description names claimants from articles, so it is escaped."""
    return Markdown("*Text alternative:* " + safe(description))


def no_rows_note(frame: pd.DataFrame, what: str) -> Markdown | None:
    """A sentence saying a table is empty, so an article without claims reads as a finding, not an error."""
    if frame.empty:
        return Markdown(f"*No {what} were found in the articles given.*")
    return None


def blocks_table(articles) -> pd.DataFrame:
    """Every block of every article with its label, the text cut to 70 characters."""
    rows = []
    for article in articles:
        for block in article.blocks:
            text = " ".join(block.text.split())
            rows.append({"article": article.article_id, "label": block.kind,
                         "paragraph": "" if block.number is None else block.number,
                         "text": text if len(text) <= 70 else text[:69] + "…"})
    return pd.DataFrame(rows)


def reference_date_sentences(articles) -> Markdown:
    """Which day each article's relative dates were read against, and why."""
    reasons = {"caption": "the date in its photo caption", "parameter": "the reference_date parameter",
               "manifest": "its publication date in data/raw/manifest.csv", "none": "nothing: no date was found"}
    lines = []
    for article in articles:
        day = article.reference_date.strftime("%A %-d %B %Y") if article.reference_date else "no day"
        lines.append(f"- **{safe(article.article_id)}**: {day}, from {reasons[article.reference_date_source]}.")
    return Markdown("\n".join(lines))


def disagreement_sentences(claims: pd.DataFrame) -> Markdown:
    """For each side and outcome, every claimant's figure in one sentence; never a sum or an average."""
    from .charts import SIDE_LABELS

    numeric = claims[claims["qualifier"] != "vague"]
    if numeric.empty:
        return Markdown("*No figures to compare.*")
    lines = []
    for (side, outcome), group in numeric.groupby(["victim_side", "outcome"], sort=True):
        # Claimant names can come from the article itself: escaped before they reach Markdown.
        parts = [f"{safe(row['claimant'])} says {safe(figure(row))}" for _, row in group.iterrows()]
        verdict = "" if group["claimant"].nunique() > 1 else " (one source only)"
        lines.append(f"- **{SIDE_LABELS[side]} {outcome}**{verdict}: " + "; ".join(parts) + ".")
    return Markdown("\n".join(lines))


def scores_table(scores) -> pd.DataFrame:
    """Evaluation scores as a small table (precision, recall and F1 to two decimals)."""
    return pd.DataFrame([{"field": s.name, "precision": f"{s.precision:.2f}", "recall": f"{s.recall:.2f}",
                          "F1": f"{s.f1:.2f}", "annotated": s.annotated} for s in scores])
