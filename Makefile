# Candor: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed

.PHONY: run test lint format screenshots bench dist clean translations

# `make run` installs the app alone; `make test` (and the tools) add the test extra.
# The bytecode is compiled at install, so no start of the window pays for compiling.
$(APP_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	$(PY) -m compileall -q -j 0 main.py cli domain exporters importers resources storage ui
	touch $(APP_STAMP)

$(STAMP): $(APP_STAMP)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(APP_STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

screenshots: $(STAMP)
	$(PY) tools/screenshots.py

bench: $(STAMP)
	$(PY) -m bench.run

# A one-folder app in dist/candor (PyInstaller), then a smoke run of what was built.
dist: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dist]"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller bundle/candor.spec
	$(PY) tools/smoke_dist.py dist/candor

# The interface's translations: the domain's texts listed for lupdate (and formatted, as
# `make lint` checks), every tr() in ui/ into resources/translations/candor_<code>.ts
# (translated there), then the .qm files.
LANGS := de
translations: $(STAMP)
	$(PY) tools/i18n_domain.py
	$(VENV)/bin/ruff format --quiet ui/i18n_domain.py
	$(VENV)/bin/pyside6-lupdate -extensions py ui -no-obsolete -locations relative \
		$(foreach l,$(LANGS),-ts resources/translations/candor_$(l).ts)
	$(foreach l,$(LANGS),$(VENV)/bin/pyside6-lrelease resources/translations/candor_$(l).ts \
		-qm resources/translations/candor_$(l).qm;)

clean:
	rm -rf $(VENV) .pytest_cache
