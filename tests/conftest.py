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


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: builds a copy of the project or drives the browser; `make check` "
                                       "leaves these out, `make test` (CI) runs them")


def _project_state():
    """Hash of every file git tracks, and the untracked files it would show: what `git status` reports on."""
    import hashlib
    import subprocess

    from explainer.paths import PROJECT_ROOT

    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=PROJECT_ROOT, capture_output=True)
    if listed.returncode != 0:
        return None  # not a git checkout: nothing to compare with
    state = {}
    for name in sorted(set(filter(None, listed.stdout.decode().split("\0")))):
        path = PROJECT_ROOT / name
        state[name] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    return state


def pytest_sessionstart(session):
    session.config.stash[_STATE] = _project_state()


def pytest_sessionfinish(session, exitstatus):
    """The tests must leave the project as they found it (`git status` unchanged): they work in copies."""
    before = session.config.stash.get(_STATE, None)
    after = _project_state()
    if before is None or after is None or before == after:
        return
    changed = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    message = (f"the tests changed the project (they must work in copies): {', '.join(changed[:8])}"
               f"{' ...' if len(changed) > 8 else ''}")
    if reporter:
        reporter.write_line(f"FAILED {message}", red=True, bold=True)
    session.exitstatus = 1


_STATE = pytest.StashKey[object]()


# Fixtures that build a copy of the project, render a site or start the browser: tests using them are slow.
SLOW_FIXTURES = {"project", "hostile_build", "hostile_site", "browser", "site", "rebuilt", "example_run"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
