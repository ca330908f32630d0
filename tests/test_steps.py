"""The one list of notebooks (explainer/steps.py): complete, and followed by the site's order."""

from explainer.paths import PROJECT_ROOT
from explainer.steps import STEPS, pages


def test_every_notebook_the_build_runs_is_declared_once():
    declared = [step.notebook for step in STEPS]
    assert len(declared) == len(set(declared))
    on_disk = sorted(str(p.relative_to(PROJECT_ROOT)) for folder in ("notebooks", "report")
                     for p in (PROJECT_ROOT / folder).glob("*.ipynb"))
    assert sorted(declared) == on_disk
    assert pages()[0] == "report/index.ipynb"


def test_the_site_renders_the_pages_in_the_order_of_the_steps():
    """Quarto needs its own list in _quarto.yml: it must be the steps' order, so the order is decided once."""
    from explainer.site import read_config
    from explainer.steps import site_order

    assert read_config()["project"]["render"] == site_order(), "make _quarto.yml's project.render follow " \
        "explainer/steps.py (pages in site order, then the analysis notebooks)"
