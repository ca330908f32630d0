"""How the site is rendered, without a real Quarto: the renderer choice, the pinned version, the one pip attempt,
Quarto's warnings, and rendering only the pages that changed (checked with the nbconvert preview)."""

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from explainer import site
from explainer.build import site_fingerprint
from explainer.paths import PROJECT_ROOT
from explainer.site import SiteError


def _fake_quarto(folder: Path, version: str, render_script: str = "") -> Path:
    """An executable called quarto that prints ``version`` and runs ``render_script`` for ``quarto render``."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "quarto"
    script.write_text(f"""#!/bin/sh
if [ "$1" = "--version" ]; then echo {version}; exit 0; fi
{render_script}
""", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.fixture
def no_quarto(monkeypatch, tmp_path):
    """PATH and the environment without any quarto; the environment's folder moved to tmp_path."""
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", f"{bare}:/usr/bin:/bin")
    monkeypatch.setattr(sys, "executable", str(bare / "python"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    monkeypatch.delenv("EXPLAINER_NO_QUARTO_INSTALL", raising=False)
    monkeypatch.delenv("SITE_RENDERER", raising=False)
    return bare


def test_quarto_appearing_on_path_changes_the_site_fingerprint(no_quarto, monkeypatch):
    without = site_fingerprint()
    assert site.renderer_identity() == "nbconvert"
    _fake_quarto(no_quarto, site.pinned_quarto_version())
    assert site.renderer_identity().startswith("quarto ")
    assert site_fingerprint() != without
    monkeypatch.setenv("SITE_RENDERER", "preview")
    assert site.renderer_identity() == "nbconvert" and site_fingerprint() == without


def test_pip_install_is_tried_once_per_environment_and_pinned(no_quarto, monkeypatch):
    calls = []

    def fake_run(command, **kwargs):
        calls.append(command)
        return subprocess.CompletedProcess(command, 1, "", "could not download Quarto from GitHub")

    monkeypatch.setattr(site.subprocess, "run", fake_run)
    assert site.find_quarto() is None
    assert site.find_quarto() is None
    assert len(calls) == 1 and calls[0][-1] == f"quarto-cli=={site.pinned_quarto_version()}"
    assert "failed" in (Path(sys.prefix) / ".quarto-install-tried").read_text(encoding="utf-8")
    monkeypatch.setenv("EXPLAINER_NO_QUARTO_INSTALL", "1")
    (Path(sys.prefix) / ".quarto-install-tried").unlink()
    assert site.find_quarto() is None and len(calls) == 1


def test_another_quarto_version_is_refused_with_the_pinned_one_named(no_quarto, tmp_path):
    quarto = _fake_quarto(no_quarto, "1.4.550")
    with pytest.raises(SiteError, match=r"Quarto 1\.4\.550.*published with Quarto 1\.10\.18"):
        site.render_with_quarto(str(quarto), tmp_path / "out", log=tmp_path / "log")


def test_quarto_warnings_are_returned_and_failures_name_the_log(no_quarto, tmp_path):
    pinned = site.pinned_quarto_version()
    warns = _fake_quarto(no_quarto, pinned, 'echo "WARN: a link to nowhere.html" >&2; exit 0')
    out = tmp_path / "out"
    out.mkdir()
    assert site.render_with_quarto(str(warns), out, log=tmp_path / "log") == ["WARN: a link to nowhere.html"]
    fails = _fake_quarto(tmp_path / "bin2", pinned, 'echo "ERROR: bad YAML" >&2; exit 1')
    with pytest.raises(SiteError, match="bad YAML.*whole output is in"):
        site.render_with_quarto(str(fails), out, log=tmp_path / "log")


def test_quarto_reads_the_story_titles_from_the_file_quarto_yml_names(no_quarto, tmp_path):
    """Quarto merges build/story-site.yml (written from story.yml before each render) into _quarto.yml: the
    fake Quarto sees the story's titles there, as the real one does through metadata-files."""
    import yaml

    from explainer.storyconfig import load_story

    seen = tmp_path / "seen.yml"
    quarto = _fake_quarto(no_quarto, site.pinned_quarto_version(), f'cp build/story-site.yml "{seen}"')
    out = tmp_path / "out"
    out.mkdir()
    site.render_with_quarto(str(quarto), out, log=tmp_path / "log")
    story = load_story()
    assert yaml.safe_load(seen.read_text(encoding="utf-8")) == {
        "website": {"title": story.site_title, "navbar": {"title": story.short_title}, "description": story.deck},
        "image-alt": story.share_image_alt}
    quarto_yml = (PROJECT_ROOT / "_quarto.yml").read_text(encoding="utf-8")
    assert story.deck not in quarto_yml and story.share_image_alt not in quarto_yml  # said once, in story.yml
    config = site.read_config()
    assert (config["website"]["title"], config["website"]["navbar"]["title"]) == (story.site_title,
                                                                                  story.short_title)
    assert config["website"]["navbar"]["left"]  # merged into, not replaced
    with pytest.raises(SiteError, match="metadata-files does not list build/story-site.yml"):
        site.write_story_metadata({**config, "metadata-files": []})


def test_unknown_renderer_is_refused(monkeypatch):
    monkeypatch.setenv("SITE_RENDERER", "hugo")
    with pytest.raises(SiteError, match="SITE_RENDERER='hugo'"):
        site.requested_renderer()


def test_only_the_changed_page_is_rendered_again(monkeypatch, tmp_path):
    """The preview stands in for Quarto: the same decision picks the pages either renderer renders."""
    monkeypatch.setenv("SITE_RENDERER", "preview")
    out = tmp_path / "_site"
    site.render_site(out, incremental=True)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.html")}
    rendered = []
    real = site.render_with_nbconvert
    monkeypatch.setattr(site, "render_with_nbconvert",
                        lambda staging, config, pages=None: rendered.append(pages) or real(staging, config, pages))
    page = "report/claims.ipynb"
    current = site._render_inputs(site.read_config())
    current["pages"][page] = "0" * 64  # as if the page had been edited
    monkeypatch.setattr(site, "_render_inputs", lambda config: {**current, "pages": dict(current["pages"])})
    record = out.with_name(out.name + ".pages.json")
    stored = json.loads(record.read_text(encoding="utf-8"))
    stored["pages"][page] = "1" * 64
    record.write_text(json.dumps(stored), encoding="utf-8")
    site.render_site(out, incremental=True)
    assert rendered == [[page]]
    after = {p: p.stat().st_mtime_ns for p in out.rglob("*.html")}
    assert after.keys() == before.keys()
    assert [p.name for p in after if after[p] != before[p]] == ["claims.html"]
    # A changed template, configuration or renderer renders every page.
    stored["base"] = "changed"
    record.write_text(json.dumps(stored), encoding="utf-8")
    site.render_site(out, incremental=True)
    assert rendered[-1] is None


def test_gitignore_holds_what_quarto_would_add():
    """Quarto appends these lines to .gitignore when missing, leaving the tree dirty after a build."""
    lines = [line.strip() for line in (site.PROJECT_ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()]
    assert "/.quarto/" in lines and "**/*.quarto_ipynb" in lines


def test_sitemap_keeps_the_date_of_pages_whose_html_is_unchanged(tmp_path):
    base = site.read_config()["website"]["site-url"].rstrip("/")
    entry = "<url>\n    <loc>{}/report/{}.html</loc>\n    <lastmod>{}</lastmod>\n  </url>"
    for folder, stamp, claims in (("old", "2026-01-01T00:00:00.000Z", "a"), ("new", "2026-02-02T00:00:00.000Z", "b")):
        (tmp_path / folder / "report").mkdir(parents=True)
        (tmp_path / folder / "report" / "index.html").write_text("same", encoding="utf-8")
        (tmp_path / folder / "report" / "claims.html").write_text(claims, encoding="utf-8")
        (tmp_path / folder / "sitemap.xml").write_text(
            "\n".join(entry.format(base, page, stamp) for page in ("index", "claims")), encoding="utf-8")
    site._stable_sitemap(site.read_config(), tmp_path / "old", tmp_path / "new")
    text = (tmp_path / "new" / "sitemap.xml").read_text(encoding="utf-8")
    assert text == "\n".join([entry.format(base, "index", "2026-01-01T00:00:00.000Z"),
                              entry.format(base, "claims", "2026-02-02T00:00:00.000Z")])
