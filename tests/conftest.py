import json
from pathlib import Path

import pytest

from explainer.articles import clean_article, read_manifest
from explainer.paths import ANNOTATED_DIR, RAW_DIR
from explainer.reference import load_reference

FIXTURES = Path(__file__).parent / "fixtures"
ANNOTATED = ANNOTATED_DIR
SEED = RAW_DIR / "france24-idlib-2020-02-03.txt"
EXAMPLE = RAW_DIR / "wikipedia-turkish-involvement-2020.txt"


@pytest.fixture(scope="session")
def reference():
    return load_reference()


@pytest.fixture(scope="session")
def manifest():
    return read_manifest(RAW_DIR / "manifest.csv")


@pytest.fixture(scope="session")
def seed_article(reference, manifest):
    return clean_article(SEED, reference, manifest)


@pytest.fixture(scope="session")
def seed_facts():
    return json.loads((ANNOTATED / "france24-idlib-2020-02-03.facts.json").read_text(encoding="utf-8"))


def write_article(tmp_path, text, name="article.txt"):
    """A one-off article file for a test."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def accept_every_claim(processed, ledger, reviewer="Test editor"):
    """Fill in the review queue of a built ``processed`` folder as an editor accepting every claim, and merge it."""
    from explainer import review
    from explainer.tables import read_table

    claims, articles, paragraphs = (read_table(name, processed) for name in ("claims", "articles", "paragraphs"))
    queue = review.queue_frame(claims, articles, paragraphs)
    queue["decision"], queue["reviewer"] = "accepted", reviewer
    path = review.write_queue(queue, Path(processed) / "queue.csv")
    return review.merge_queue(path, claims, articles, paragraphs, ledger)
