# The way in: `make site` builds the explainer, `make test` checks it. A bare `make` lists the targets.
PYTHON ?= python3
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Articles for the analysis: paths or globs, e.g. make site ARTICLES='data/raw/*.txt'. Empty = the seed article.
# A name with spaces: ARTICLES='"data/raw/my file.txt" data/raw/other.txt', or the one name alone.
ARTICLES ?=
# Conflict datasets to set beside the articles' figures, e.g. ACLED=exports/acled-syria.csv (space-separated).
ACLED ?=
UCDP ?=
# Values reach Python through the environment, never pasted into a shell command, so quotes, spaces, $ and
# backticks in them stay plain text. $(value ...) keeps make from expanding a $ in them too.
export EXPLAINER_ARTICLES := $(value ARTICLES)
export EXPLAINER_ACLED := $(value ACLED)
export EXPLAINER_UCDP := $(value UCDP)
# make add FILE=... OUTLET=... PUBLISHED=YYYY-MM-DD LICENCE=... URL=... [NAME=file name in data/raw]
export EXPLAINER_FILE := $(value FILE)
export EXPLAINER_OUTLET := $(value OUTLET)
export EXPLAINER_PUBLISHED := $(value PUBLISHED)
export EXPLAINER_LICENCE := $(value LICENCE)
export EXPLAINER_URL := $(value URL)
export EXPLAINER_NAME := $(value NAME)
# make site STRICT=1 fails (exit 2) while any claim awaits an editor's review; make review MERGE=queue.csv REVIEWER=...
export EXPLAINER_STRICT := $(value STRICT)
export EXPLAINER_MERGE := $(value MERGE)
export EXPLAINER_REVIEWER := $(value REVIEWER)
# make review ACCEPT_EXPORT=acled-syria.csv REVIEWER=... accepts every claim of one ACLED/UCDP export at once
# (REJECT_EXPORT rejects them; NOTE=... is recorded with the decision in data/review/exports.csv).
export EXPLAINER_ACCEPT_EXPORT := $(value ACCEPT_EXPORT)
# make review DISMISS=m-... REVIEWER=... records that a listed possible miss gives no casualty figure (data/review/misses.csv)
export EXPLAINER_DISMISS := $(value DISMISS)
export EXPLAINER_REJECT_EXPORT := $(value REJECT_EXPORT)
export EXPLAINER_NOTE := $(value NOTE)
# make evaluate FOLDER=path: score that one folder of annotated texts (NAME.txt and NAME.claims.csv; manifest.csv is
# optional: without it the outlet comes from a SOURCES.md beside them, as explainer/articles.py reads it) instead of
# the project's own sets, e.g. new passages annotated before the extractor has seen them.
export EXPLAINER_EVALUATE := $(value FOLDER)
# The browser the tests drive: CHROMIUM=/path/to/chromium (default /usr/bin/chromium, else Playwright's own).
export CHROMIUM

.DEFAULT_GOAL := help

$(VENV)/.installed: requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@mkdir -p build
	@echo "installing into $(VENV): $$(grep -c '^[^#]*==' requirements.txt) pinned packages from requirements.txt, then the"
	@echo "explainer package (about 90 s on a fresh machine; every line is also in build/install.log)"
	@$(PY) -m pip install --upgrade pip 2>&1 | tee build/install.log | grep -E '^Successfully' || true
	@# pip says "Collecting NAME" for a package it downloads, "Processing FILE" for one from a local wheel and
	@# "Requirement already satisfied" for one already there: count all three, so the progress reaches the number
	@# announced above.
	@set -o pipefail; $(PY) -m pip install --progress-bar off -r requirements.txt 2>&1 \
		| tee -a build/install.log | awk -v total=$$(grep -c '^[^#]*==' requirements.txt) \
		'/^Collecting /{n++; printf "  [%d/%d] %s\n", n, total, $$2; fflush()} \
		/^Processing /{n++; k=split($$2, part, "/"); printf "  [%d/%d] %s\n", n, total, part[k]; fflush()} \
		/^Requirement already satisfied: .*requirements.txt/{n++; printf "  [%d/%d] %s (already there)\n", n, total, $$4; fflush()} \
		/^(ERROR|Successfully installed)/{print "  " substr($$0, 1, 160); fflush()}' \
		|| (echo "pip failed; the end of build/install.log:"; tail -20 build/install.log; exit 1)
	@$(PY) -m pip install --no-deps --no-build-isolation -e . >> build/install.log 2>&1 \
		|| $(PY) -m pip install --no-deps -e . >> build/install.log 2>&1 || (tail -20 build/install.log; exit 1)
	@echo "installed; the environment is ready"
	@touch $@

.PHONY: help
## Show this list of targets
help:
	@awk '/^## /{desc=substr($$0,4)} /^[a-z-]+:/{if(desc){sub(":.*","",$$1); printf "  make %-12s %s\n",$$1,desc; desc=""}}' $(MAKEFILE_LIST)

.PHONY: requirements
## Create .venv and install the pinned requirements
requirements: $(VENV)/.installed

.PHONY: data
## Extract claims from ARTICLES (default: the seed) into data/processed
data: $(VENV)/.installed
	$(PY) -m explainer extract --out data/processed $(if $(ARTICLES),,data/raw/france24-idlib-2020-02-03.txt)

.PHONY: notebooks
## Run the notebooks that changed (papermill), without rendering the site
notebooks: $(VENV)/.installed
	$(PY) -m explainer build --no-site

.PHONY: site
## Run changed notebooks, then render _site/ (Quarto if available, else the nbconvert preview)
site: $(VENV)/.installed
	$(PY) -m explainer build

.PHONY: add
## Add an article: make add FILE=path OUTLET=... PUBLISHED=YYYY-MM-DD LICENCE=... [URL=https://...]
add: $(VENV)/.installed
	@if [ -z "$$EXPLAINER_FILE" ]; then \
		echo "usage: make add FILE=path OUTLET=name PUBLISHED=YYYY-MM-DD LICENCE='terms' [URL=https://...] [NAME=outlet-date.txt]" >&2; \
		echo "  e.g. make add FILE=~/Downloads/reuters-idlib.txt OUTLET=Reuters PUBLISHED=2020-02-04 \\" >&2; \
		echo "       LICENCE='All rights reserved: quote briefly and link' URL=https://www.reuters.com/..." >&2; \
		exit 2; fi
	@# the values travel in the environment (shell-quoting a path or a licence here would break on quotes)
	@echo "adding $$EXPLAINER_FILE (outlet: $$EXPLAINER_OUTLET; published: $$EXPLAINER_PUBLISHED)"
	@$(PY) -m explainer add

.PHONY: diff
## How the tables differ from the last commit, claim by claim; which charts and notebooks changed
diff: $(VENV)/.installed
	$(PY) -m explainer diff

.PHONY: review
## List claims awaiting review, write data/review/queue.csv; MERGE=file merges it; ACCEPT_EXPORT=file accepts an export; DISMISS=key dismisses a possible miss
review: $(VENV)/.installed
	@# Echo what runs: MERGE=..., REVIEWER=... reach Python through the environment, never a shell command line.
	@printf '%s -m explainer review' '$(PY)'; \
	for option in merge reviewer accept-export reject-export dismiss note; do \
		variable="EXPLAINER_$$(tr a-z- A-Z_ <<< "$$option")"; \
		if [ -n "$${!variable}" ]; then printf ' --%s %q' "$$option" "$${!variable}"; fi; \
	done; echo
	@$(PY) -m explainer review

.PHONY: test
## Every test (CI runs this): unit tests, builds in copies of the project, the committed run, the browser
test: $(VENV)/.installed
	$(PY) -m pytest tests -p no:cacheprovider

.PHONY: check
## The quick tests for the edit-test loop (about 2 minutes): everything but builds and the browser
check: $(VENV)/.installed
	$(PY) -m pytest tests -p no:cacheprovider -m "not slow" -q

.PHONY: bench
## Print build, throughput and page-weight figures
bench: $(VENV)/.installed
	$(PY) -m explainer.bench

.PHONY: evaluate
## Score extraction on the annotated texts: per text and pooled precision, recall, F1, field accuracy (FOLDER=path: NAME.txt + NAME.claims.csv, manifest.csv optional)
EVALUATE_SETS := data/annotated tests/fixtures/generalisation-corpus tests/fixtures/dev-corpus
evaluate: $(VENV)/.installed
	@# Echo what runs: FOLDER=... replaces the project's sets (it reaches Python through the environment).
	@if [ -n "$$EXPLAINER_EVALUATE" ]; then printf '%s -m explainer.evaluate %q\n' '$(PY)' "$$EXPLAINER_EVALUATE"; \
		else echo '$(PY) -m explainer.evaluate $(EVALUATE_SETS)'; fi
	@$(PY) -m explainer.evaluate $(EVALUATE_SETS)

.PHONY: lint
## Check style with ruff (if installed)
lint: $(VENV)/.installed
	$(PY) -m ruff check explainer tests

.PHONY: clean
## Remove build state and the rendered site (never data/raw)
clean:
	rm -rf build _site .quarto
