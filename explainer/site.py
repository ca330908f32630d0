"""Render the site into _site/: with Quarto where it can be had, else the same pages with nbconvert.

Quarto is an external program. ``render_site`` uses ``quarto`` from PATH; without one it tries
``pip install quarto-cli`` into the project's environment (which works with normal internet access). Where neither
works, it renders the pages listed in ``_quarto.yml`` from their stored outputs with nbconvert, with a small
template of our own whose navigation and footer are read from ``_quarto.yml``, and says so on every page.

Either way the site is built in a temporary folder and swapped into place only when complete.
"""

from __future__ import annotations

import functools
import html
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import nbformat
import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .exceptions import ExplainerError
from .paths import PROJECT_ROOT, SITE_DIR

TEMPLATES = Path(__file__).resolve().parent / "templates"
# Debian's chromium, started as the workplace's checks start it: no background traffic to other hosts.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUARTO_CONFIG = PROJECT_ROOT / "_quarto.yml"


class SiteError(ExplainerError):
    """Raised when the site cannot be rendered."""

    exit_code = 1


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve_folder(folder: Path):
    """Serve ``folder`` from 127.0.0.1 on a free port for the duration of the block; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


def read_config(path: Path = QUARTO_CONFIG) -> dict:
    """The parts of _quarto.yml both renderers use."""
    try:
        config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SiteError(f"cannot read the site configuration ({error})", path=path,
                        hint="restore _quarto.yml from git") from None
    return config


def find_quarto(try_install: bool = True) -> str | None:
    """A quarto executable: on PATH, in the project's environment, or installed there with pip if possible."""
    venv_bin = Path(sys.executable).parent
    for candidate in (shutil.which("quarto"), venv_bin / "quarto"):
        if candidate and Path(candidate).exists():
            return str(candidate)
    if not try_install or os.environ.get("EXPLAINER_NO_QUARTO_INSTALL"):
        return None
    print("site: no quarto on PATH; trying pip install quarto-cli", flush=True)
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "quarto-cli"], capture_output=True,
                            text=True, timeout=600)
    if result.returncode == 0 and (venv_bin / "quarto").exists():
        return str(venv_bin / "quarto")
    log = Path(tempfile.gettempdir()) / "explainer-quarto-install.log"
    log.write_text(result.stdout + result.stderr, encoding="utf-8")
    print(f"site: pip could not install quarto-cli (its installer downloads Quarto from GitHub); details in {log}",
          flush=True)
    return None


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
        page={"title": title or source.stem, "description": meta.get("description") or website.get("description", ""),
              "download": download},
        site={"title": website.get("title", ""), "nav": _nav(config, str(relative)),
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


def render_with_nbconvert(out_dir: Path, config: dict | None = None) -> Path:
    """The preview: every page in _quarto.yml's render list, from stored outputs, into ``out_dir``."""
    config = config or read_config()
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    pages = config.get("project", {}).get("render", [])
    if not pages:
        raise SiteError("project.render lists no pages", path=QUARTO_CONFIG, hint="list the report notebooks there")
    for page in pages:
        source = PROJECT_ROOT / page
        if not source.exists():
            raise SiteError(f"page {page} is listed but does not exist", path=QUARTO_CONFIG)
        render_page(source, config, environment, out_dir)
    (out_dir / "assets").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(TEMPLATES / "site.css", out_dir / "assets" / "site.css")
    _copy_resources(config, out_dir)
    _home_redirect(config, out_dir)
    return out_dir


def render_site(site_dir: Path = SITE_DIR, allow_quarto: bool = True) -> str:
    """Render the whole site into ``site_dir`` atomically; return the name of the renderer used."""
    config = read_config()
    site_dir = Path(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    try:
        quarto = find_quarto() if allow_quarto else None
        if quarto:
            result = subprocess.run([quarto, "render", "--output-dir", str(staging)], cwd=PROJECT_ROOT,
                                    capture_output=True, text=True)
            if result.returncode != 0:
                raise SiteError(f"quarto render failed: {result.stderr.strip()[-400:]}", path=QUARTO_CONFIG)
            _home_redirect(config, staging)
            renderer = "Quarto"
        else:
            render_with_nbconvert(staging, config)
            renderer = "nbconvert (preview rendered without Quarto)"
        previous = site_dir.with_name(site_dir.name + ".old")
        if site_dir.exists():
            site_dir.rename(previous)
        staging.rename(site_dir)
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return renderer
