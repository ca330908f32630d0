"""Project paths, worked out once from this file so no code depends on the working directory."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
REFERENCE_DIR = DATA_DIR / "reference"
PROCESSED_DIR = DATA_DIR / "processed"
# Rebuilt by code like processed/, but git-ignored: what grows with the inputs (full dataset imports).
INTERIM_DIR = DATA_DIR / "interim"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORT_DIR = PROJECT_ROOT / "report"
BUILD_DIR = PROJECT_ROOT / "build"
SITE_DIR = PROJECT_ROOT / "_site"

SEED_ARTICLE = RAW_DIR / "france24-idlib-2020-02-03.txt"
MANIFEST = RAW_DIR / "manifest.csv"
ANNOTATED_DIR = DATA_DIR / "annotated"  # hand annotations the Method page scores the extraction against
