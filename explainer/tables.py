"""Table schemas, validation and writing.

Each table is described once, in :data:`SCHEMAS`. From that one description come the pandera checks run before
anything is written, the Frictionless Table Schema in ``datapackage.json``, and the site's data dictionary.
Tables are staged beside their targets and moved into place together only when every table is valid, so a
failure never leaves half an output behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .exceptions import ValidationError
from .files import Commit, atomic_write
from .sides import SIDES

# How a figure's low and high are read (explainer.numbers gives them; the review checks an editor's against them)
QUALIFIERS = ("exact", "range", "at_least", "more_than", "at_most", "approximately", "vague", "unspecified")

# What claims.claimant_as_written holds for a figure the article gives in its own voice, naming no source. Here, with
# the schema, so that pages and review can test for it without loading the extraction's vocabulary.
NOT_ATTRIBUTED = "(not attributed)"
# claimant_as_written of a source an editor named in words the article does not use: the pages never say "the
# article says" of an editor's words
NAMED_BY_EDITOR = "(named by an editor)"

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Frictionless type: string, integer, number, date
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None


SCHEMAS: dict[str, dict] = {
    "articles": {
        "title": "Articles read",
        "description": "One row per article file: where it came from and what the cleaner found in it.",
        "primary_key": ["article_id"],
        "fields": [
            Field("article_id", "string", "Stable id: the file name without extension.", True),
            Field("file", "string", "File name under data/raw.", True),
            Field("sha256", "string", "SHA-256 of the raw file's bytes.", True),
            Field("outlet", "string", "Publishing outlet, from the manifest or the masthead."),
            Field("headline", "string", "Headline as published."),
            Field("section", "string", "Section label on the page, if any."),
            Field("caption", "string", "Photo caption, if any."),
            Field("photo_credit", "string", "Photographer and agency from the caption."),
            Field("credit_line", "string", "The story's credit line, e.g. 'FRANCE 24 with AFP and AP'."),
            Field("url", "string", "Original address of the article, from the manifest."),
            Field("published", "string", "Publication date from the manifest (YYYY-MM-DD), if known."),
            Field("language", "string", "Language code detected from the body text (py3langid)."),
            Field("status", "string", "Whether claims were extracted, or why not (e.g. text in another language).",
                  True),
            Field("licence", "string", "Licence of the text: decides whether the site may republish it."),
            Field("reference_date", "date", "Day that relative dates ('on Monday') were resolved against."),
            Field("reference_date_source", "string", "Where the reference date came from.",
                  enum=("caption", "parameter", "manifest", "file_name", "none")),
            Field("paragraphs", "integer", "Number of body paragraphs.", True),
            Field("claims", "integer", "Number of casualty claims extracted.", True),
        ],
    },
    "paragraphs": {
        "title": "Paragraphs",
        "description": "The story's blocks with their offsets in the raw text; quotes point into these.",
        "primary_key": ["article_id", "start"],
        "fields": [
            Field("article_id", "string", "Article the block belongs to.", True),
            Field("kind", "string", "Role of the block on the page.", True,
                  enum=("headline", "caption", "subheading", "body", "credit", "table")),
            Field("paragraph", "integer", "Body paragraph number, from 1; empty for other blocks."),
            Field("start", "integer", "Offset of the block's first character in the decoded raw text.", True),
            Field("end", "integer", "Offset just after the block's last character.", True),
            Field("text", "string", "The block's text as written.", True),
        ],
    },
    "claims": {
        "title": "Casualty claims",
        "description": "Each figure a source gives for people killed, wounded, captured or displaced. "
                       "A claim is attributed and unverified; claims that disagree are kept side by side.",
        "primary_key": ["claim_id"],
        "fields": [
            Field("article_id", "string", "Article the claim was read from.", True),
            Field("claim_id", "string", "Stable id: article id and the claim's order in the article.", True),
            Field("quote", "string", "Exact words of the article that carry the claim.", True),
            Field("quote_start", "integer", "Offset of the quote in the decoded raw text.", True),
            Field("quote_end", "integer", "Offset just after the quote.", True),
            Field("quantity_text", "string", "The figure as written ('at least four', '30 to 35').", True),
            Field("number_low", "integer", "Lowest number the claim commits to; empty for 'up to N' and vague."),
            Field("number_high", "integer", "Highest number; empty for 'at least N' and vague amounts."),
            Field("qualifier", "string", "How to read low and high.", True, enum=QUALIFIERS),
            Field("outcome", "string", "What happened to the people.", True,
                  enum=("killed", "wounded", "captured", "displaced", "other")),
            Field("victim_side", "string", "Whose people they were.", True,
                  enum=SIDES),
            Field("victim_text", "string", "The people as written ('Turkish soldiers').", True),
            Field("claimant", "string", "Who makes the claim, canonical name from data/reference/actors.csv.", True),
            Field("claimant_as_written", "string", "The claimant as the article names it; (not attributed) for the "
                  "article's own voice, (named by an editor) for a source an editor named in other words.", True),
            Field("event_date", "date", "Day of the event when the text fixes it; empty otherwise."),
            Field("place", "string", "Place of the event named in the sentence, else the article's lead place."),
            Field("paragraph", "integer", "Body paragraph the quote is in."),
            Field("notes", "string", "Caveats on reading the claim."),
            Field("scope", "string", "Whether the figure is about one incident or is a total over a period "
                  "('so far', 'since the start of the operation', a toll).", enum=("incident", "period")),
            Field("claimant_inferred", "boolean", "True where the claimant is read from a description or a pronoun "
                  "('a monitor group', 'It also reported'), not named in the sentence; show it as inferred. A "
                  "person's post ('the Turkish president') is not inferred where the article names the person."),
            Field("side_inherited", "boolean", "True where victim_side is taken from an earlier figure or sentence "
                  "('all its crew'), not read from the people's own words; the review flags it."),
            Field("subset", "boolean", "True where the figure is part of a larger figure given with it ('including "
                  "five children', 'seven of them children'): shown with its people, never compared as a toll."),
            Field("governorate", "string", "Governorate of the place (a dataset's own admin-1 name where given)."),
            Field("event_id", "string", "Incident the claim is about: day, governorate and side hit.", True),
            Field("source_url", "string", "The article's address with a text fragment that scrolls to the quote."),
            Field("duplicate_of", "string", "For a syndicated copy of an earlier claim: that claim's id."),
            Field("carried_by", "string", "Outlets that carried this same claim, '; '-separated."),
        ],
    },
    "events": {
        "title": "Events",
        "description": "Events the claims are about: one per incident (a day and a governorate) and side hit.",
        "primary_key": ["event_id"],
        "fields": [
            Field("event_id", "string", "Stable id: day, governorate and side hit.", True),
            Field("event_date", "date", "Day of the incident; empty for undated claims."),
            Field("governorate", "string", "Governorate of the place named."),
            Field("victim_side", "string", "Side hit.", True,
                  enum=SIDES),
            Field("label", "string", "Readable name of the event.", True),
            Field("claims", "integer", "Distinct claims about it (syndicated copies counted once).", True),
            Field("claimants", "string", "Who makes claims about it, '; '-separated.", True),
        ],
    },
    "deployments": {
        "title": "Deployments",
        "description": "Reported deployments of forces: observation posts, convoys, reinforcements.",
        "primary_key": ["deployment_id"],
        "fields": [
            Field("article_id", "string", "Article the fact was read from.", True),
            Field("deployment_id", "string", "Stable id: article id and order.", True),
            Field("kind", "string", "Kind of deployment.", True,
                  enum=("observation_posts", "convoy", "reinforcements", "troops_deployed")),
            Field("what", "string", "The deployment as written.", True),
            Field("count", "integer", "Number stated (e.g. 12 observation posts); empty when none is."),
            Field("actor", "string", "Whose forces."),
            Field("side", "string", "Side of those forces.", True,
                  enum=tuple(s for s in SIDES if s != "civilians")),
            Field("claimant", "string", "Who reports it (the caption's agency, a named source, or the outlet).",
                  True),
            Field("claimant_as_written", "string", "The reporter as the article names it.", True),
            Field("date", "date", "Day named in the sentence, if any."),
            Field("place", "string", "Place named in the sentence, else the article's lead place."),
            Field("quote", "string", "The sentence reporting it.", True),
            Field("quote_start", "integer", "Offset of the sentence in the decoded raw text.", True),
            Field("quote_end", "integer", "Offset just after the sentence.", True),
            Field("block", "string", "Caption or body.", True, enum=("caption", "body")),
            Field("paragraph", "integer", "Body paragraph number; empty for the caption."),
        ],
    },
    "places": {
        "title": "Places named",
        "description": "Places the articles name, with sourced coordinates where the reference data has them.",
        "primary_key": ["article_id", "place"],
        "fields": [
            Field("article_id", "string", "Article naming the place.", True),
            Field("place", "string", "Canonical place name from data/reference/places.csv.", True),
            Field("kind", "string", "town, city or capital.", True),
            Field("governorate", "string", "Governorate or province."),
            Field("country", "string", "Country."),
            Field("lat", "number", "Latitude (WGS84); empty where no sourced coordinate exists."),
            Field("lon", "number", "Longitude (WGS84); empty where no sourced coordinate exists."),
            Field("mentions", "integer", "Times the article names it.", True),
            Field("source", "string", "Where the coordinate comes from.", True),
        ],
    },
    "dataset_summary": {
        "title": "Conflict datasets, summarised",
        "description": "Each ACLED or UCDP GED export given to the build, summarised by month (by year for a very "
                       "long or wide export), governorate, side hit and outcome: the dataset's own figures, "
                       "attributed to it, never mixed with the articles' claims. The events about an incident the "
                       "articles report are also in the claims table, one by one; the full import is in "
                       "data/interim/datasets/ (not published).",
        "primary_key": ["export", "period", "governorate", "victim_side", "outcome"],
        "fields": [
            Field("source", "string", "The dataset: ACLED or UCDP GED.", True),
            Field("export", "string", "The export it comes from (its row in the articles table).", True),
            Field("period", "string", "Month (YYYY-MM), or year (YYYY) where by month would be too many rows.", True),
            Field("governorate", "string", "The dataset's own admin-1 name."),
            Field("victim_side", "string", "Side hit: 'unspecified' for the event totals a dataset does not split "
                  "by side (ACLED fatalities, UCDP low to high); UCDP's deaths by side are rows of their own, not "
                  "to be added to the totals.", True, enum=SIDES),
            Field("outcome", "string", "What happened to the people.", True,
                  enum=("killed", "wounded", "captured", "displaced", "other")),
            Field("events", "integer", "The dataset's events in this row.", True),
            Field("fatalities_low", "integer", "Sum of the events' figures (their low ends for UCDP ranges).", True),
            Field("fatalities_high", "integer", "Sum of the events' high ends (the same as low for ACLED).", True),
            Field("shown_individually", "integer", "Of these events, those about an incident the articles report, "
                  "kept one by one in the claims table.", True),
            Field("review_status", "string", "The editors' decision on the whole export "
                  "(data/review/exports.csv): only accepted rows are shown on the site.", True,
                  enum=("accepted", "rejected", "awaiting")),
            Field("reviewer", "string", "Who checked the export."),
            Field("reviewed_on", "date", "Day the export was checked."),
        ],
    },
}

# Editorial review (explainer/review.py): each claim's status, who checked it, and the machine's own values beside
# any an editor corrected. Kept as one block so the extraction's columns above stay as they are.
_REVIEW_FIELDS = [
    Field("review_status", "string", "Whether an editor has checked the claim: accepted, corrected, rejected, added "
          "(a figure the extractor missed) or awaiting. Only accepted, corrected and added claims are published.",
          True, enum=("accepted", "corrected", "rejected", "added", "awaiting")),
    Field("reviewer", "string", "Who checked the claim (data/review/claims.csv)."),
    Field("reviewed_on", "date", "Day the claim was checked."),
    Field("review_note", "string", "The editor's note on the decision."),
    Field("review_flags", "string", "Why the claim needed attention: the checks that fired, '; '-separated."),
]
if not any(f.name == "scope" for f in SCHEMAS["claims"]["fields"]):
    _REVIEW_FIELDS.insert(0, Field("scope", "string", "Whether the figure is about one incident or totals a "
                                   "period (a war, a year, 'since 2011'): period totals are never placed on a day.",
                                   enum=("incident", "period")))
for _name in ("number_low", "number_high", "qualifier", "outcome", "victim_side", "claimant", "event_date", "place",
              "scope", "subset"):
    _original = next(f for f in SCHEMAS["claims"]["fields"] + _REVIEW_FIELDS if f.name == _name)
    _REVIEW_FIELDS.append(Field(f"machine_{_name}", _original.type, f"The extractor's {_name} before review "
                                "(differs from the published value where an editor corrected it).",
                                enum=_original.enum))
SCHEMAS["claims"]["fields"] = SCHEMAS["claims"]["fields"] + _REVIEW_FIELDS

# The same for deployments (explainer/deployment_review.py): decisions in data/review/deployments.csv.
_DEPLOYMENT_REVIEW_FIELDS = [
    Field("review_status", "string", "Whether an editor has checked the deployment: accepted, corrected, rejected, "
          "added (missed by the machine) or awaiting. Only accepted, corrected and added deployments are published.",
          True, enum=("accepted", "corrected", "rejected", "added", "awaiting")),
    Field("reviewer", "string", "Who checked the deployment (data/review/deployments.csv)."),
    Field("reviewed_on", "date", "Day the deployment was checked."),
    Field("review_note", "string", "The editor's note on the decision."),
    Field("review_flags", "string", "Why the deployment needs a look again (read otherwise since it was checked)."),
]
for _name in ("kind", "count", "actor", "side", "claimant", "date", "place"):
    _original = next(f for f in SCHEMAS["deployments"]["fields"] if f.name == _name)
    _DEPLOYMENT_REVIEW_FIELDS.append(Field(f"machine_{_name}", _original.type, f"The extractor's {_name} before "
                                           "review (differs from the published value where an editor corrected it).",
                                           enum=_original.enum))
SCHEMAS["deployments"]["fields"] = SCHEMAS["deployments"]["fields"] + _DEPLOYMENT_REVIEW_FIELDS

_PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "Float64", "date": "string", "boolean": "boolean"}


def pandera_schema(table: str) -> pa.DataFrameSchema:
    """The pandera check for ``table``, derived from :data:`SCHEMAS`."""
    spec = SCHEMAS[table]
    columns = {}
    for field in spec["fields"]:
        checks = []
        if field.enum:
            checks.append(pa.Check.isin(field.enum))
        if field.type == "date":
            checks.append(pa.Check.str_matches(DATE_PATTERN))
        columns[field.name] = pa.Column(_PANDAS_TYPES[field.type], checks=checks, nullable=not field.required,
                                        required=True)
    return pa.DataFrameSchema(columns, strict=True, unique=spec["primary_key"], coerce=False)


def to_frame(table: str, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Rows as a DataFrame with the table's columns, types and stable order; empty strings become missing."""
    spec = SCHEMAS[table]
    names = [f.name for f in spec["fields"]]
    frame = rows.reindex(columns=names) if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=names)
    for field in spec["fields"]:
        column = frame[field.name]
        if field.type in ("string", "date"):
            column = column.astype("string")
            column = column.mask(column == "")
        elif field.type == "integer":
            column = pd.to_numeric(column, errors="raise").astype("Int64") if len(frame) else column
        frame[field.name] = column.astype(_PANDAS_TYPES[field.type]) if len(frame) else \
            pd.Series([], dtype=_PANDAS_TYPES[field.type])
    return frame.sort_values(spec["primary_key"], kind="stable").reset_index(drop=True)


def validate(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Check ``frame`` against its schema; raise ValidationError naming the column and value at fault."""
    try:
        return pandera_schema(table).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        first = errors.failure_cases.iloc[0]
        raise ValidationError(
            f"table {table}: column {first['column']!r} fails {first['check']} with value {first['failure_case']!r}",
            hint="this is a bug in extraction or in the reference data; report it with the article") from None


def datapackage(tables: list[str], sources: list[dict]) -> dict:
    """A Frictionless Data Package descriptor for the written tables."""
    resources = []
    for table in tables:
        spec = SCHEMAS[table]
        fields = []
        for field in spec["fields"]:
            entry = {"name": field.name, "type": field.type, "description": field.description}
            constraints = {}
            if field.required:
                constraints["required"] = True
            if field.enum:
                constraints["enum"] = list(field.enum)
            if constraints:
                entry["constraints"] = constraints
            fields.append(entry)
        resources.append({
            "name": table, "path": f"{table}.csv", "profile": "tabular-data-resource", "title": spec["title"],
            "description": spec["description"], "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "schema": {"fields": fields, "primaryKey": spec["primary_key"], "missingValues": [""]},
        })
    from .storyconfig import load_story

    story = load_story()  # the package's name and title are the story's (story.yml)
    return {
        "profile": "tabular-data-package",
        "name": story.package_name,
        "title": story.package_title,
        "description": "Attributed, unverified casualty figures and deployment facts extracted from news articles.",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": sources,
        "resources": resources,
    }


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path, sources: list[dict]) -> list[Path]:
    """Validate every table, then write all of them and ``datapackage.json`` into ``out_dir`` at once.

    Each file is staged beside its target and all are moved into place by one commit (explainer/files.py):
    a failure (a read-only file, a full disk) leaves every table as it was.
    """
    out_dir = Path(out_dir)
    validated = {name: validate(name, frame) for name, frame in frames.items()}
    commit = Commit()
    for name, frame in validated.items():
        commit.stage(out_dir / f"{name}.csv", content=frame.to_csv(index=False, lineterminator="\n"))
    descriptor = datapackage(list(validated), sources)
    commit.stage(out_dir / "datapackage.json", content=json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")
    return commit.apply()


def write_csv_atomic(frame: pd.DataFrame, path: Path) -> Path:
    """Write a derived table (chart data) in one move, so a reader never sees half a file."""
    return atomic_write(path, frame.to_csv(index=False, lineterminator="\n"))


def read_table(table: str, folder: Path) -> pd.DataFrame:
    """Read a processed table back with its schema's types."""
    path = Path(folder) / f"{table}.csv"
    if not path.is_file():
        from .exceptions import ParameterError

        raise ParameterError(f"{table}.csv not found in {folder}", value=str(folder),
                             hint="run notebooks/01_clean_article.ipynb (or make site) first, or fix processed_dir")
    spec = SCHEMAS[table]
    dtypes = {f.name: _PANDAS_TYPES[f.type] for f in spec["fields"]}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])
