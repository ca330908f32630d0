"""Every notebook of the project, once: what it reads, what it writes, in the order the build runs them.

This list is the only place that says so. The build (``make site``) runs the notebooks in this order and
fingerprints exactly these inputs and outputs; the tests and the site's page order read it too. A notebook that
writes a file not declared here stops the build (see ``explainer/build.py``).

Paths are relative to the project root. A folder stands for every file under it. Articles and datasets given as
parameters (``make site ARTICLES=...``) are added to the first notebook's inputs by the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .paths import PROJECT_ROOT

PROCESSED = "data/processed"
STORY = "story.yml"  # the story configuration: titles, names, periods (explainer/storyconfig.py)
# Every side's label, colour and legend order (explainer/sides.py): read by the schema, so by every notebook.
SIDES = "data/reference/sides.csv"
DOWNLOADS = "report/downloads"
# Git-ignored, rebuilt whole by the first notebook: the full import of each dataset export (it grows with the export,
# so the committed tables keep a summary and the claims about the articles' incidents; explainer/datasets.py).
INTERIM = "data/interim/datasets"
# The lookups the extraction reads (explainer/reference.py); observation posts and boundaries feed the map.
EXTRACTION_REFERENCE = ("data/reference/actors.csv", "data/reference/places.csv", "data/reference/boilerplate.csv",
                        "data/reference/publications.csv",
                        "data/reference/vocabulary.csv")
# The tables that name sources: the charts and pages count an outlet named for its own figures as one source by the
# actors table's canonical name (charts.outlets_own reads it through explainer.reference, which loads these three).
NAMES_REFERENCE = ("data/reference/actors.csv", "data/reference/places.csv", "data/reference/boilerplate.csv")
# The editors' decisions and the checks that flag claims for them (explainer/review.py).
REVIEW = ("data/review/claims.csv", "data/review/exports.csv", "data/review/deployments.csv",
          "data/reference/review_checks.csv")
TABLES = tuple(f"{PROCESSED}/{name}" for name in (
    "articles.csv", "paragraphs.csv", "claims.csv", "events.csv", "deployments.csv", "places.csv",
    "dataset_summary.csv", "datapackage.json"))


def charts(*names: str) -> tuple[str, ...]:
    """A chart's SVG and its phone version."""
    return tuple(f"{PROCESSED}/charts/{name}{suffix}.svg" for name in names for suffix in ("", "-narrow"))


# The words the rules match: the pages also read them, to write a figure's bound as the source did ("nearly 200")
# and to tell a deployment's own day from the day a source reported it (explainer/notebook.py).
VOCABULARY = "data/reference/vocabulary.csv"
PAGE_TABLES = (f"{PROCESSED}/articles.csv", f"{PROCESSED}/claims.csv", f"{PROCESSED}/deployments.csv", STORY, SIDES,
               VOCABULARY)


@dataclass(frozen=True)
class Step:
    notebook: str                 # the notebook, from the project root
    inputs: tuple[str, ...]       # files and folders it reads
    outputs: tuple[str, ...] = ()  # files and folders it writes, besides the notebook itself
    page: bool = False            # a page of the site (report/), else an analysis notebook

    @property
    def path(self) -> Path:
        return PROJECT_ROOT / self.notebook


STEPS: tuple[Step, ...] = (
    Step("notebooks/01_clean_article.ipynb",
         inputs=("data/raw/manifest.csv", *EXTRACTION_REFERENCE, *REVIEW, STORY, SIDES),
         outputs=(*TABLES, INTERIM)),
    Step("notebooks/02_casualty_claims.ipynb",
         inputs=(f"{PROCESSED}/claims.csv", f"{PROCESSED}/articles.csv", f"{PROCESSED}/events.csv", STORY, SIDES,
                 VOCABULARY, *NAMES_REFERENCE),
         outputs=(f"{PROCESSED}/claims_chart.csv", *charts("claims"), f"{PROCESSED}/tracker.csv",
                  *charts("tracker"))),
    Step("notebooks/03_troop_deployments.ipynb",
         inputs=(f"{PROCESSED}/deployments.csv", f"{PROCESSED}/places.csv", f"{PROCESSED}/claims.csv",
                 f"{PROCESSED}/articles.csv", "data/reference/observation_posts.csv", "data/reference/publications.csv",
                 "data/reference/boundaries", STORY, SIDES, VOCABULARY),
         outputs=(f"{PROCESSED}/map_points.csv", *charts("map"), f"{PROCESSED}/timeline.csv",
                  *charts("timeline"))),
    # The site's pages, in the order of the site.
    Step("report/index.ipynb", inputs=(*PAGE_TABLES, *charts("claims"), *NAMES_REFERENCE), page=True),
    Step("report/claims.ipynb", inputs=(*PAGE_TABLES, *charts("claims"), *NAMES_REFERENCE), page=True),
    Step("report/tracker.ipynb",
         inputs=(*PAGE_TABLES, f"{PROCESSED}/events.csv", f"{PROCESSED}/dataset_summary.csv", *charts("tracker"),
                 *NAMES_REFERENCE),
         page=True),
    Step("report/deployments.ipynb",
         inputs=(*PAGE_TABLES, f"{PROCESSED}/map_points.csv", *charts("map"),
                 f"{PROCESSED}/timeline.csv", *charts("timeline"), f"{PROCESSED}/places.csv",
                 "data/reference/observation_posts.csv", "data/reference/publications.csv"), page=True),
    # Method scores the extraction on every hand-annotated set when it is built (story.EVALUATION_SETS).
    Step("report/method.ipynb", inputs=(*PAGE_TABLES, *EXTRACTION_REFERENCE, "data/annotated",
                                        "tests/fixtures/dev-corpus", "tests/fixtures/generalisation-corpus"),
         page=True),
    # (the vocabulary too: the review module it imports groups places with their word of nearness, "near X", by it)
    Step("report/data.ipynb", inputs=(PROCESSED, "data/raw", STORY, SIDES, VOCABULARY), outputs=(DOWNLOADS,),
         page=True),
)


def step_for(notebook: str | Path) -> Step:
    """The step of a notebook, by its path from the project root (or absolute)."""
    path = Path(notebook)
    name = str(path.relative_to(PROJECT_ROOT) if path.is_absolute() else path)
    for step in STEPS:
        if step.notebook == name:
            return step
    raise KeyError(name)


def analysis_notebooks() -> list[str]:
    return [s.notebook for s in STEPS if not s.page]


def pages() -> list[str]:
    """The site's pages in the order of the site."""
    return [s.notebook for s in STEPS if s.page]


def site_order() -> list[str]:
    """Every notebook the site shows: the pages in order, then the analysis notebooks."""
    return pages() + analysis_notebooks()
