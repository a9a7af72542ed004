# DPO Desk — every target sets up what it needs first.
# `make run` and `make test` are the two commands the README promises.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.local/share/dpo-desk/demo.dpodesk


.PHONY: run test demo lint bench torture clean lock translations translations-update package package-test icons

# Translations: the .ts catalogues are the source (edited in Qt Linguist), the .qm files
# the UI loads are built from them and never committed.
LANGUAGES := fr ar en
TS_FILES  := $(foreach l,$(LANGUAGES),resources/translations/dpo_desk_$(l).ts)
QM_FILES  := $(TS_FILES:.ts=.qm)

# The venv is rebuilt when the pinned set or the project metadata changes.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
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

test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

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
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r packaging/requirements-build.txt
	@touch $(BUILD_STAMP)

package: $(BUILD_STAMP) $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

package-test: $(STAMP)
	$(BIN)/python packaging/smoke_test.py

# The application icon in every size the installers use, from the logo (committed).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude pip --exclude pyinstaller --exclude pyinstaller-hooks-contrib --exclude altgraph > requirements.lock.new && mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
