"""A start without make still finds its catalogue: compiled from the .ts on first run
(ui/catalogues.py), and a notice when it cannot be."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from dpo_desk.ui import catalogues, formatting, i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _finished_entry(ts: Path) -> tuple[str, str, str]:
    """One (context, source, translation) the English catalogue has finished."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                message.get("numerus") != "yes"
                and translation is not None
                and translation.get("type") is None
                and translation.text
                and translation.text != message.findtext("source")
            ):
                return (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    (translation.text),
                )
    raise AssertionError("no finished entry")


@pytest.fixture
def sources(tmp_path):
    """A translations folder holding the English .ts and no .qm, as a fresh checkout."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy2(TRANSLATIONS / "dpo_desk_en.ts", folder / "dpo_desk_en.ts")
    return folder


@pytest.fixture
def restore_language(qapp):
    locale_before = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    formatting.set_ui_language("fr")
    QLocale.setDefault(locale_before)
    i18n._current_language = "fr"


def test_the_pyside6_wheel_brings_lrelease():
    program = catalogues.lrelease_program()
    assert program is not None and program.is_file()


def test_a_missing_qm_is_compiled_into_the_cache_and_loads(qapp, sources, tmp_path):
    cache = tmp_path / "cache"
    compiled = catalogues.compiled_catalogue("en", sources, cache)
    assert compiled is not None and compiled.parent == cache and compiled.stat().st_size > 0
    assert not (sources / "dpo_desk_en.qm").exists()  # the sources are left as they are
    context, source, english = _finished_entry(sources / "dpo_desk_en.ts")
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate(context, source) == english


def test_the_cached_build_is_reused(sources, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = catalogues.compiled_catalogue("en", sources, cache)
    monkeypatch.setattr(catalogues, "compile_catalogue", lambda ts, qm: pytest.fail("rebuilt"))
    assert catalogues.compiled_catalogue("en", sources, cache) == first


def test_an_edited_ts_is_compiled_again_and_the_old_build_removed(sources, tmp_path):
    cache = tmp_path / "cache"
    first = catalogues.compiled_catalogue("en", sources, cache)
    ts = sources / "dpo_desk_en.ts"
    ts.write_text(ts.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = catalogues.compiled_catalogue("en", sources, cache)
    assert second is not None and second != first
    assert second.exists() and not first.exists()


def test_make_s_build_beside_the_ts_is_used_when_it_is_fresh(sources, tmp_path):
    beside = sources / "dpo_desk_en.qm"
    beside.write_bytes(b"built by make")
    os.utime(beside, (os.path.getmtime(sources / "dpo_desk_en.ts") + 10,) * 2)
    assert catalogues.compiled_catalogue("en", sources, tmp_path / "cache") == beside


def test_a_qm_older_than_its_ts_is_not_loaded(sources, tmp_path):
    beside = sources / "dpo_desk_en.qm"
    beside.write_bytes(b"yesterday's words")
    ts_time = os.path.getmtime(sources / "dpo_desk_en.ts")
    os.utime(beside, (ts_time - 3600, ts_time - 3600))
    compiled = catalogues.compiled_catalogue("en", sources, tmp_path / "cache")
    assert compiled is not None and compiled.parent == tmp_path / "cache"


def test_without_lrelease_a_stale_build_is_better_than_none(sources, tmp_path, monkeypatch):
    monkeypatch.setattr(catalogues, "lrelease_program", lambda: None)
    assert catalogues.compiled_catalogue("en", sources, tmp_path / "cache") is None
    beside = sources / "dpo_desk_en.qm"
    beside.write_bytes(b"stale")
    ts_time = os.path.getmtime(sources / "dpo_desk_en.ts")
    os.utime(beside, (ts_time - 3600, ts_time - 3600))
    assert catalogues.compiled_catalogue("en", sources, tmp_path / "cache") == beside


def test_the_cache_follows_the_config_override(tmp_path, monkeypatch):
    monkeypatch.delenv("DPO_DESK_CACHE_DIR", raising=False)
    monkeypatch.setenv("DPO_DESK_CONFIG_DIR", str(tmp_path / "config"))
    assert catalogues.cache_dir() == tmp_path / "config" / "cache" / "translations"


def test_start_up_without_make_shows_the_chosen_language(
    qapp, sources, monkeypatch, restore_language
):
    monkeypatch.setattr(catalogues, "source_dir", lambda: sources)
    monkeypatch.setattr(i18n, "_missing_catalogue", "")
    assert i18n.install_translators(qapp, "en") == "en"
    context, source, english = _finished_entry(sources / "dpo_desk_en.ts")
    assert QCoreApplication.translate(context, source) == english
    assert i18n.catalogue_notice() == ""
    assert list(catalogues.cache_dir().glob("dpo_desk_en-*.qm"))  # built under the config


def test_start_up_says_when_the_language_cannot_be_loaded(
    qapp, sources, monkeypatch, restore_language
):
    monkeypatch.setattr(catalogues, "source_dir", lambda: sources)
    monkeypatch.setattr(catalogues, "lrelease_program", lambda: None)
    monkeypatch.setattr(i18n, "_missing_catalogue", "")
    assert i18n.install_translators(qapp, "en") == "fr"
    notice = i18n.catalogue_notice()
    assert "English" in notice and "français" in notice
