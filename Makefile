# DPO Desk — every target sets up what it needs first.
# `make run` and `make test` are the two commands the README promises.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.local/share/dpo-desk/demo.dpodesk


.PHONY: run test coverage demo lint bench torture clean lock translations translations-update package package-test icons screenshots

# Translations: the .ts catalogues are the source (edited in Qt Linguist), the .qm files
# the UI loads are built from them and never committed.
LANGUAGES := fr ar en
TS_FILES  := $(foreach l,$(LANGUAGES),resources/translations/dpo_desk_$(l).ts)
QM_FILES  := $(TS_FILES:.ts=.qm)

# The pinned sets, every file with its hashes: requirements/runtime.txt is what the app
# needs (compiled from pyproject.toml, with the setuptools the editable install builds
# with), requirements/dev.txt the tools of requirements/dev.in under the runtime pins.
# The venv is rebuilt when either, or the project metadata, changes.
LOCKS := requirements/runtime.txt requirements/dev.txt
PIP   := $(BIN)/python -m pip --quiet --disable-pip-version-check

$(STAMP): $(LOCKS) pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade "pip>=24"
	$(PIP) install --require-hashes $(foreach lock,$(LOCKS),-r $(lock))
	$(PIP) install --no-deps --no-build-isolation -e .
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Re-extract every translatable string from the git-listed sources (new files too) into the
# three catalogues; strings gone from the code are dropped. Translate the new ones.
translations-update: $(STAMP)
	$(foreach l,$(LANGUAGES),$(BIN)/pyside6-lupdate -silent $$(git ls-files --cached --others --exclude-standard 'dpo_desk/*.py') -no-obsolete -source-language fr -target-language $(l) -ts resources/translations/dpo_desk_$(l).ts &&) true

# The package's bytecode, written ahead: an editable install compiles nothing, and where
# PYTHONDONTWRITEBYTECODE is set every start compiled all of dpo_desk/ from source again
# (0.1-0.2 s of start-up). Only changed files are recompiled.
BYTECODE := $(BIN)/python -m compileall -q -j 0 dpo_desk >/dev/null

run: $(STAMP) $(QM_FILES)
	@$(BYTECODE)
	$(BIN)/dpo-desk gui

# Two workers on two cores, the 20 slowest tests listed, a 10-minute limit per test: the
# options are in pyproject.toml ([tool.pytest.ini_options]).
test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Every section, case page and main dialog at 1280x720 in fr, ar and en, on a demo register
# built in a temporary folder (never the user's): docs/screenshots/<language>/<name>.png.
# The walk is the layout test's (tests/ui/layout_walk.py); what it finds is printed.
screenshots: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --out docs/screenshots

# The suite under coverage, then two figures: the layers below the GUI (domain, storage,
# services, documents, security; the goal is 85 % of their lines), weakest modules first,
# and the command line. Processes the tests start (the writer child, the few real CLI
# runs) are not measured; the CLI's in-process runs are.
COVERAGE := COVERAGE_FILE=build/coverage/data $(BIN)/python -m coverage
BELOW_UI := dpo_desk/domain/*,dpo_desk/storage/*,dpo_desk/services/*,dpo_desk/documents/*,dpo_desk/security/*

coverage: $(STAMP) $(QM_FILES)
	@mkdir -p build/coverage
	COVERAGE_FILE=build/coverage/data QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --cov=dpo_desk --cov-report=
	@echo "Below the GUI (domain, storage, services, documents, security):"
	@$(COVERAGE) report --include='$(BELOW_UI)' --skip-covered --sort=cover
	@echo "Command line (dpo_desk/cli):"
	@$(COVERAGE) report --include='dpo_desk/cli/*'

demo: $(STAMP) $(QM_FILES)
	@mkdir -p $(dir $(DEMO_DB))
	@test -f $(DEMO_DB) || DPO_DESK_PASSPHRASE="$${DPO_DESK_PASSPHRASE:-demo-passphrase-2026}" $(BIN)/dpo-desk demo --db $(DEMO_DB)
	@echo "Demo register: $(DEMO_DB) (passphrase: $${DPO_DESK_PASSPHRASE:-demo-passphrase-2026})"
	@$(BYTECODE)
	$(BIN)/dpo-desk gui $(DEMO_DB)

# Style, format, types (mypy: strict below the GUI, basic in it; pyproject.toml) and the
# layer contracts of ARCHITECTURE.md (import-linter). CI runs this before the tests.
lint: $(STAMP)
	$(BIN)/ruff check dpo_desk tests bench
	$(BIN)/ruff format --check dpo_desk tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# Figures beside their baselines, written to docs/performance.md; the 100,000-request
# register is generated once into bench/.cache/ (git-ignored) and reused.
bench: $(STAMP) $(QM_FILES)
	@$(BYTECODE)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# kill -9, full-disk and tamper rounds on real registers and processes, their figures
# printed and written to docs/reliability.md. Not part of `test`: it takes some minutes
# (the full-disk rounds mount a small tmpfs, as root only; skipped with a note otherwise).
torture: $(STAMP)
	@$(BYTECODE)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/torture.py

# The frozen app (PyInstaller, build.spec) in dist/dpo-desk/, and its smoke test. Kept out
# of `make test`: the build alone takes a minute or two (see packaging/README.md).
BUILD_STAMP := $(VENV)/.packaging
$(BUILD_STAMP): packaging/requirements-build.txt $(STAMP)
	$(PIP) install -r packaging/requirements-build.txt
	@touch $(BUILD_STAMP)

package: $(BUILD_STAMP) $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

package-test: $(STAMP)
	$(BIN)/python packaging/smoke_test.py

# The application icon in every size the installers use, from the logo (committed).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

# Re-pins after a range changed in pyproject.toml or requirements/dev.in; every pin already
# in a lock is kept. To move one package on: make lock LOCK_ARGS="--upgrade-package tzdata".
# The header of each file names this command, not pip-compile's long form.
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links $(LOCK_ARGS)

lock: $(STAMP)
	$(PIP_COMPILE) --build-deps-for editable --output-file requirements/runtime.txt pyproject.toml
	$(PIP_COMPILE) --output-file requirements/dev.txt requirements/dev.in

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
