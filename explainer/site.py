"""Render the site into _site/: with Quarto where it can be had, else the same pages with nbconvert.

Quarto is an external program, pinned by ``quarto-required`` in ``_quarto.yml`` (Quarto itself refuses another
version). ``render_site`` uses ``quarto`` from PATH or the project's environment; without one it tries, once per
environment, ``pip install quarto-cli==<pinned>`` (its installer downloads Quarto from GitHub, so this works only
with normal internet access; ``EXPLAINER_NO_QUARTO_INSTALL=1`` skips the attempt). Where there is no Quarto it
renders the pages listed in ``_quarto.yml`` from their stored outputs with nbconvert, with a small template of our
own whose navigation and footer are read from ``_quarto.yml``, and says so on every page. ``SITE_RENDERER``
chooses: ``auto`` (default), ``quarto`` (fail without it) or ``preview`` (nbconvert even where Quarto exists).

Either way the site is built in a temporary folder and swapped into place only when complete.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .exceptions import SiteError
from .files import atomic_write
from .paths import BUILD_DIR, PROJECT_ROOT, SITE_DIR

TEMPLATES = Path(__file__).resolve().parent / "templates"
QUARTO_CONFIG = PROJECT_ROOT / "_quarto.yml"


# The site's titles come from story.yml: written here before each render, for Quarto, which merges it into
# _quarto.yml through metadata-files; the preview merges the same values in read_config.
STORY_METADATA = BUILD_DIR / "story-site.yml"


def story_metadata(story=None) -> dict:
    """What the site's configuration takes from the story configuration: the site's name, the navbar's title, the
    site's description (the deck) and the text alternative of the picture a shared link shows."""
    from .storyconfig import load_story

    story = story or load_story()
    return {"website": {"title": story.site_title, "navbar": {"title": story.short_title}, "description": story.deck},
            "image-alt": story.share_image_alt}


def _merged(base: dict, extra: dict) -> dict:
    """``base`` with ``extra``'s keys set, dictionaries merged key by key (as Quarto merges metadata files)."""
    result = dict(base)
    for key, value in extra.items():
        result[key] = _merged(result.get(key) or {}, value) if isinstance(value, dict) else value
    return result


def read_config(path: Path = QUARTO_CONFIG, story=None) -> dict:
    """The parts of _quarto.yml both renderers use, with the titles of the story configuration (``story``, else
    story.yml) merged in, as Quarto merges them."""
    try:
        config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SiteError(f"cannot read the site configuration ({error})", path=path,
                        hint="restore _quarto.yml from git") from None
    if Path(path).name == QUARTO_CONFIG.name and isinstance(config, dict):
        config = _merged(config, story_metadata(story))
    return config


def write_story_metadata(config: dict, story=None) -> Path:
    """The story's titles as the Quarto metadata file _quarto.yml names (rewritten only when they change)."""
    listed = STORY_METADATA.relative_to(PROJECT_ROOT).as_posix()
    if listed not in (config.get("metadata-files") or []):
        raise SiteError(f"metadata-files does not list {listed}, so Quarto would not show the story's titles",
                        path=QUARTO_CONFIG, hint=f"add it: metadata-files: [{listed}]")
    text = ("# Written by make site from story.yml (explainer/site.py): edit the titles there.\n"
            + yaml.safe_dump(story_metadata(story), allow_unicode=True, sort_keys=False, width=10_000))
    if not STORY_METADATA.exists() or STORY_METADATA.read_text(encoding="utf-8") != text:
        STORY_METADATA.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(STORY_METADATA, text.encode("utf-8"))
    return STORY_METADATA


def home_front_matter(nb: nbformat.NotebookNode, story=None) -> nbformat.NotebookNode:
    """The home page's front matter with the story's title and deck (story.yml), its other keys kept: both
    renderers take a page's title and description from there, so the build writes them, never a person."""
    import json

    from .storyconfig import load_story

    story = story or load_story()
    meta, index = front_matter(nb)
    rest = {key: value for key, value in meta.items() if key not in ("title", "description")}
    # JSON strings are YAML double-quoted scalars: any title, quotes and all, reads back as written.
    source = (f"---\ntitle: {json.dumps(story.title, ensure_ascii=False)}\n"
              f"description: {json.dumps(story.deck, ensure_ascii=False)}\n"
              + (yaml.safe_dump(rest, allow_unicode=True, sort_keys=False, width=10_000) if rest else "") + "---")
    if index is None:
        nb.cells.insert(0, nbformat.v4.new_raw_cell(source))
    else:
        nb.cells[index].source = source
    return nb


RENDERERS = ("auto", "quarto", "preview")


def requested_renderer() -> str:
    """The renderer asked for in SITE_RENDERER: auto (Quarto if found, else the preview), quarto or preview."""
    choice = os.environ.get("SITE_RENDERER", "auto").strip().lower() or "auto"
    if choice not in RENDERERS:
        raise SiteError(f"SITE_RENDERER={choice!r} is not one of {', '.join(RENDERERS)}", value=choice,
                        hint="e.g. SITE_RENDERER=quarto make site")
    return choice


def pinned_quarto_version(config: dict | None = None) -> str:
    """The Quarto version the site is published with: _quarto.yml's quarto-required."""
    pinned = str((config or read_config()).get("quarto-required", "")).strip()
    if not re.fullmatch(r"\d+\.\d+\.\d+", pinned):
        raise SiteError(f"quarto-required must be one exact version such as 1.10.18, not {pinned!r}",
                        path=QUARTO_CONFIG, hint="pin the Quarto version the site is published with")
    return pinned


def _installed_quarto() -> str | None:
    venv_bin = Path(sys.executable).parent
    for candidate in (shutil.which("quarto"), venv_bin / "quarto"):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def find_quarto(try_install: bool = True) -> str | None:
    """A quarto executable: on PATH, in the project's environment, or installed there with pip if possible.

    The pip attempt is made once per environment (a marker in the environment records it), so builds on machines
    that cannot download Quarto do not pay for it every time; delete the marker to try again.
    """
    found = _installed_quarto()
    if found or not try_install or os.environ.get("EXPLAINER_NO_QUARTO_INSTALL"):
        return found
    marker = Path(sys.prefix) / ".quarto-install-tried"
    if marker.exists():
        return None
    version = pinned_quarto_version()
    print(f"site: no quarto on PATH; trying pip install quarto-cli=={version} (once for this environment)",
          flush=True)
    try:
        result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", f"quarto-cli=={version}"],
                                capture_output=True, text=True, timeout=600)
        output, ok = result.stdout + result.stderr, result.returncode == 0
    except subprocess.TimeoutExpired as error:
        output, ok = f"timed out after {error.timeout} s", False
    log = BUILD_DIR / "quarto-install.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(output, encoding="utf-8")
    found = _installed_quarto()
    marker.write_text(f"pip install quarto-cli=={version}: {'installed' if ok and found else 'failed'}; "
                      f"log {log}\n", encoding="utf-8")
    if not found:
        print(f"site: pip could not install quarto-cli (its installer downloads Quarto from GitHub); details in "
              f"{log}; not tried again in this environment (delete {marker} to retry)", flush=True)
    return found


def quarto_version(quarto: str) -> str:
    result = subprocess.run([quarto, "--version"], capture_output=True, text=True)
    return result.stdout.strip()


def check_quarto_version(quarto: str, config: dict | None = None) -> str:
    """Stop with a clear message when the Quarto found is not the pinned one (Quarto would refuse each page)."""
    pinned, found = pinned_quarto_version(config), quarto_version(quarto)
    if found != pinned:
        raise SiteError(f"{quarto} is Quarto {found or '(unknown version)'}, but the site is published with "
                        f"Quarto {pinned} (quarto-required in _quarto.yml)", path=QUARTO_CONFIG,
                        hint=f"install Quarto {pinned} (see README), or SITE_RENDERER=preview make site")
    return found


def renderer_identity() -> str:
    """What will render the site, cheaply (no subprocess): part of the site's fingerprint, so a Quarto that
    appears, disappears or changes makes the next build render again."""
    if requested_renderer() == "preview":
        return "nbconvert"
    quarto = _installed_quarto()
    if quarto is None:
        return "nbconvert"
    resolved = Path(quarto).resolve()
    # Quarto's bin/quarto is a launcher script; its share/version file names the version it launches.
    version_file = resolved.parent.parent / "share" / "version"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else \
        str(resolved.stat().st_mtime_ns)
    return f"quarto {resolved} {version}"


def front_matter(nb: nbformat.NotebookNode) -> tuple[dict, int | None]:
    """YAML front matter from the notebook's first raw cell, and that cell's index."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "raw" and cell.source.lstrip().startswith("---"):
            body = cell.source.strip().strip("-")
            try:
                return yaml.safe_load(body) or {}, index
            except yaml.YAMLError:
                return {}, index
        if cell.cell_type != "raw":
            break
    return {}, None


def _first_heading(nb: nbformat.NotebookNode) -> tuple[str, int | None]:
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
            if first.startswith("# "):
                return first[2:].strip(), index
            return "", None
    return "", None


def _nav(config: dict, current: str) -> list[dict]:
    def entry(item):
        href = item.get("href", "")
        return {"text": item.get("text", Path(href).stem), "href": str(Path(href).with_suffix(".html")),
                "current": href == current}

    items = []
    for item in config.get("website", {}).get("navbar", {}).get("left", []):
        if "menu" in item:
            items.append({"text": item.get("text", ""), "menu": [entry(sub) for sub in item["menu"]]})
        else:
            items.append(entry(item))
    return items


def _plain(markdown_text: str) -> str:
    """Footer text from _quarto.yml without Markdown link syntax."""
    import re

    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown_text or "")


def _accessible(body: str) -> str:
    """Alt text for each SVG chart (nbconvert embeds them as images) and keyboard access to scrolling regions."""
    import base64
    import re

    from bs4 import BeautifulSoup

    soup = BeautifulSoup(body, features="html.parser")
    for image in soup.select('img[src^="data:image/svg+xml;base64,"]:not([alt])'):
        svg = base64.b64decode(image["src"].split(",", 1)[1]).decode("utf-8", errors="replace")
        label = re.search(r'^<svg[^>]*\saria-label="([^"]*)"', svg)
        image["alt"] = html.unescape(label.group(1)) if label else "Chart; its text alternative follows it."
    # Regions that scroll sideways on a phone must be reachable from the keyboard.
    for region in soup.select("pre, div.table-wrap, div.output_html"):
        region["tabindex"] = "0"
    return str(soup)


def _folder_metadata(folder: Path) -> dict:
    """Quarto's directory metadata (_metadata.yml beside the page), which both renderers apply."""
    path = folder / "_metadata.yml"
    return (read_config(path) or {}) if path.exists() else {}


def render_page(source: Path, config: dict, environment: Environment, out_dir: Path,
                relative: Path | None = None) -> Path:
    """One notebook to one HTML page, from its stored outputs (nothing is executed).

    ``relative`` is the page's place in the site (default: its path in the project).
    """
    from nbconvert import HTMLExporter

    relative = Path(relative) if relative is not None else source.relative_to(PROJECT_ROOT)
    nb = nbformat.read(source, as_version=4)
    meta, raw_index = front_matter(nb)
    title = meta.get("title")
    if raw_index is not None:
        del nb.cells[raw_index]
    if not title:
        title, heading_index = _first_heading(nb)
        if heading_index is not None:
            lines = nb.cells[heading_index].source.strip().splitlines()[1:]
            nb.cells[heading_index].source = "\n".join(lines)
    story_page = meta.get("execute", {}).get("echo") is False
    for cell in nb.cells:
        if cell.cell_type == "code":  # Quarto's cell options (#| column: page) are read by Quarto, never shown
            cell.source = re.sub(r"\A(?:#\|[^\n]*\n)+", "", cell.source)
    folder_meta = _folder_metadata(source.parent)
    # The parameters cell is plumbing, not content.
    nb.cells = [c for c in nb.cells if "parameters" not in c.get("metadata", {}).get("tags", []) or not story_page]
    exporter = HTMLExporter(template_name="basic", exclude_input=story_page, exclude_input_prompt=True,
                            exclude_output_prompt=True, anchor_link_text="")
    exporter.log.setLevel("ERROR")  # missing alt text is supplied just below, from each chart's own label
    body, _ = exporter.from_notebook_node(nb)
    body = _accessible(body)
    depth = len(relative.parts) - 1
    root = "../" * depth
    website = config.get("website", {})
    footer = website.get("page-footer", {})
    download = None
    if not story_page:
        download = source.name
    page = environment.get_template("page.html.j2").render(
        page={"title": title or source.stem, "download": download,
              "description": meta.get("description") or folder_meta.get("description") or website.get("description", "")},
        site={"title": website.get("title", ""), "nav": _nav(config, str(relative)),
              "navbar_title": website.get("navbar", {}).get("title") or website.get("title", ""),
              "image": (website.get("site-url", "").rstrip("/") + config["image"]) if config.get("image") else "",
              "image_alt": config.get("image-alt", ""),
              "footer_left": _plain(footer.get("left", "")), "footer_right": _plain(footer.get("right", ""))},
        root=root, body=body)
    target = out_dir / relative.with_suffix(".html")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    if download:
        shutil.copyfile(source, target.parent / source.name)
    return target


def _copy_resources(config: dict, out_dir: Path) -> None:
    for resource in config.get("project", {}).get("resources", []):
        resource = resource.lstrip("/")  # "/x" is Quarto's way of saying "x at the project root only"
        source = PROJECT_ROOT / resource
        if source.is_dir():
            shutil.copytree(source, out_dir / resource, dirs_exist_ok=True)
        elif source.exists():
            (out_dir / resource).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, out_dir / resource)


def _home_redirect(config: dict, out_dir: Path) -> None:
    """A root index.html that sends readers to the story page, where the renderer made none."""
    if (out_dir / "index.html").exists():
        return
    home = str(Path(config["website"]["navbar"]["left"][0]["href"]).with_suffix(".html"))
    title = html.escape(config.get("website", {}).get("title", ""))
    (out_dir / "index.html").write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta http-equiv="refresh" content="0; url={home}"></head>'
        f'<body><p><a href="{home}">{title}</a></p></body></html>\n', encoding="utf-8")


def render_with_nbconvert(out_dir: Path, config: dict | None = None, pages: list[str] | None = None) -> Path:
    """The preview: every page in _quarto.yml's render list (or only ``pages``), from stored outputs."""
    config = config or read_config()
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    listed = config.get("project", {}).get("render", [])
    if not listed:
        raise SiteError("project.render lists no pages", path=QUARTO_CONFIG, hint="list the report notebooks there")
    for page in pages or listed:
        source = PROJECT_ROOT / page
        if not source.exists():
            raise SiteError(f"page {page} is listed but does not exist", path=QUARTO_CONFIG)
        render_page(source, config, environment, out_dir)
    (out_dir / "assets").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(TEMPLATES / "site.css", out_dir / "assets" / "site.css")
    shutil.copyfile(TEMPLATES / "tables.css", out_dir / "assets" / "tables.css")
    _copy_resources(config, out_dir)
    image = config.get("image")
    if image and write_share_image():
        (out_dir / image.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PROJECT_ROOT / image.lstrip("/"), out_dir / image.lstrip("/"))
    _home_redirect(config, out_dir)
    return out_dir


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


SHARE_IMAGE = BUILD_DIR / "share" / "claims.png"


def write_share_image(chart: Path = PROJECT_ROOT / "data" / "processed" / "charts" / "claims.svg",
                      target: Path = SHARE_IMAGE) -> Path | None:
    """The picture shown when a page is shared (``image`` in _quarto.yml): the claims chart as a PNG, since
    sharing cards take no SVG. Quarto would otherwise pick the first chart's data: URI, which no card can load."""
    if not chart.exists():
        return None
    import vl_convert

    png = vl_convert.svg_to_png(chart.read_text(encoding="utf-8"), scale=1.0)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_bytes() != png:
        atomic_write(target, png)
    return target


def render_with_quarto(quarto: str, out_dir: Path, config: dict | None = None, pages: list[str] | None = None,
                       log: Path | None = None) -> list[str]:
    """``quarto render`` (the whole project, or only ``pages``) into ``out_dir``; returns Quarto's warnings.

    Quarto runs with --log-level warning, so what it prints is what needs reading: warnings (``WARN:``) and
    Pandoc's ``[WARNING]`` lines. The full output goes to ``log`` (default build/quarto-render.log).
    """
    config = config or read_config()
    check_quarto_version(quarto, config)
    write_share_image()
    write_story_metadata(config)
    command = [quarto, "render", *(pages or []), "--output-dir", str(out_dir), "--log-level", "warning"]
    result = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"})
    output = _ANSI.sub("", result.stdout + result.stderr)
    log = log or BUILD_DIR / "quarto-render.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(" ".join(command) + "\n" + output, encoding="utf-8")
    if result.returncode != 0:
        raise SiteError(f"quarto render failed: {output.strip()[-600:]}", path=QUARTO_CONFIG,
                        hint=f"the whole output is in {log}")
    _home_redirect(config, out_dir)
    return [line.rstrip() for line in output.splitlines() if line.strip()]


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _render_inputs(config: dict) -> dict:
    """What each page's HTML depends on: ``base`` (renderer, configuration, templates, resources), shared by all
    pages, and each page notebook's own hash. Read to decide whether one changed page can be rendered alone."""
    import hashlib

    digest = hashlib.sha256(renderer_identity().encode())
    digest.update(repr(story_metadata()).encode())  # the titles every page shows
    listed = config.get("project", {}).get("render", [])
    shared = [QUARTO_CONFIG, Path(__file__).resolve(), *sorted(TEMPLATES.rglob("*")),
              *sorted({(PROJECT_ROOT / page).parent / "_metadata.yml" for page in listed})]
    for resource in config.get("project", {}).get("resources", []):
        folder = PROJECT_ROOT / resource.lstrip("/")
        shared += sorted(folder.rglob("*")) if folder.is_dir() else [folder]
    for path in shared:
        if path.is_file():
            digest.update(f"{path.relative_to(PROJECT_ROOT)}\0{_sha256(path)}\0".encode())
    pages = {page: _sha256(PROJECT_ROOT / page) for page in listed if (PROJECT_ROOT / page).exists()}
    return {"base": digest.hexdigest(), "pages": pages}


RENDER_RECORD = BUILD_DIR / "fingerprints" / "site-pages.json"


def _render_record(site_dir: Path) -> Path:
    """Where what a site was rendered from is recorded: build/fingerprints for _site, beside any other folder."""
    return RENDER_RECORD if site_dir == SITE_DIR else site_dir.with_name(site_dir.name + ".pages.json")


def _changed_pages(config: dict, site_dir: Path, current: dict) -> list[str] | None:
    """The pages to render again, when only page notebooks changed since the last render; None means all."""
    import json

    record = _render_record(site_dir)
    if not site_dir.exists() or not record.exists():
        return None
    try:
        previous = json.loads(record.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if previous.get("base") != current["base"] or previous.get("pages", {}).keys() != current["pages"].keys():
        return None
    changed = [page for page, digest in current["pages"].items() if previous["pages"][page] != digest]
    if len(changed) > len(current["pages"]) // 2:
        return None  # a full render is no slower then, and Quarto's cleaning of the output folder applies
    # Titles and descriptions appear on other pages (navigation, search): a changed front matter renders all.
    for page in changed:
        before = previous.get("titles", {}).get(page)
        if before != _page_heading(PROJECT_ROOT / page):
            return None
    return changed


def _page_heading(source: Path) -> str:
    nb = nbformat.read(source, as_version=4)
    meta, _ = front_matter(nb)
    return repr((meta.get("title"), meta.get("description"), _first_heading(nb)[0]))


_SITEMAP_URL = re.compile(r"(<loc>([^<]*)</loc>\s*<lastmod>)([^<]*)(</lastmod>)")


def _stable_sitemap(config: dict, old: Path, new: Path) -> None:
    """Quarto dates each page in sitemap.xml by its notebook's modification time, which changes whenever a build
    rewrites the notebook, even with the same content. A page whose HTML is unchanged keeps its previous date, so
    the date says when the published page last changed and a rebuild gives the same bytes."""
    old_map, new_map = old / "sitemap.xml", new / "sitemap.xml"
    if not old_map.exists() or not new_map.exists():
        return
    previous = {m.group(2): m.group(3) for m in _SITEMAP_URL.finditer(old_map.read_text(encoding="utf-8"))}
    base = config.get("website", {}).get("site-url", "").rstrip("/") + "/"

    def keep(match: re.Match) -> str:
        loc = match.group(2)
        page = loc[len(base):] if loc.startswith(base) else ""
        before, after = old / page, new / page
        if page and loc in previous and before.is_file() and after.is_file() and \
                before.read_bytes() == after.read_bytes():
            return match.group(1) + previous[loc] + match.group(4)
        return match.group(0)

    text = new_map.read_text(encoding="utf-8")
    stable = _SITEMAP_URL.sub(keep, text)
    if stable != text:
        new_map.write_text(stable, encoding="utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def render_site(site_dir: Path = SITE_DIR, allow_quarto: bool = True, incremental: bool = False) -> str:
    """Render the site into ``site_dir`` atomically; return the name of the renderer used.

    With ``incremental``, when only some page notebooks changed since the last render (same renderer,
    configuration, templates and resources), only those pages are rendered, into a copy of the current site.
    """
    import json

    config = read_config()
    site_dir = Path(site_dir)
    choice = requested_renderer() if allow_quarto else "preview"
    quarto = find_quarto() if choice != "preview" else None
    if choice == "quarto" and quarto is None:
        raise SiteError("SITE_RENDERER=quarto but no quarto was found on PATH or in the environment",
                        hint="install Quarto (see README), or leave SITE_RENDERER unset for the preview")
    current = _render_inputs(config)
    pages = _changed_pages(config, site_dir, current) if incremental else None
    if pages == []:
        pages = None  # nothing of the pages changed but something was asked: render all
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it 0700: the served site must be readable by the web server
    try:
        if pages:
            shutil.copytree(site_dir, staging, dirs_exist_ok=True)
            print(f"  site: only {', '.join(pages)} changed; rendering {'it' if len(pages) == 1 else 'them'}",
                  flush=True)
        if quarto:
            for line in render_with_quarto(quarto, staging, config, pages):
                print(f"  quarto: {line}", flush=True)
            _stable_sitemap(config, site_dir, staging)
            renderer = f"Quarto {pinned_quarto_version(config)}"
        else:
            render_with_nbconvert(staging, config, pages)
            renderer = "nbconvert (preview rendered without Quarto)"
        previous = site_dir.with_name(site_dir.name + ".old")
        if site_dir.exists():
            site_dir.rename(previous)
        staging.rename(site_dir)
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    current["titles"] = {page: _page_heading(PROJECT_ROOT / page) for page in current["pages"]}
    record = _render_record(site_dir)
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(current, indent=1), encoding="utf-8")
    return renderer
