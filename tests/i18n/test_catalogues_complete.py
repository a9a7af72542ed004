"""The three catalogues hold a finished translation of every string in the source.

pyside6-lupdate extracts the source's strings into a scratch catalogue; each committed
``resources/translations/dpo_desk_{fr,ar,en}.ts`` must have every one of them, translated
and marked finished (French: the source itself). A string added to the code without
``make translations-update`` and a translation fails here, naming the string.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar", "en")
QT_CONTEXTS = {"QFileDialog"}

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _lupdate() -> str:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else (shutil.which("pyside6-lupdate") or "")


def _sources() -> list[str]:
    """The Python files `make translations-update` reads: git's, new ones included."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "dpo_desk/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [str(ROOT / name) for name in listed if (ROOT / name).exists()]


def _messages(path: Path) -> dict[Key, ET.Element]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def _artefact(key: Key, contexts: set[str]) -> bool:
    """A ``tr = QCoreApplication.translate`` alias misread by lupdate as QObject.tr.

    ``tr("Context", LABEL)`` then yields a message whose *source* is the context's name
    (and the real text, held in a variable, is not extracted at all): nothing a user
    ever sees. Such calls translate labels declared elsewhere with QT_TRANSLATE_NOOP.
    """
    return key[1] in contexts and (key[0] == "" or key[0].startswith("_"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[Key, ET.Element]:
    lupdate = _lupdate()
    assert lupdate, "pyside6-lupdate not found next to the interpreter nor on PATH"
    scratch = tmp_path_factory.mktemp("lupdate") / "source.ts"
    subprocess.run(
        [lupdate, "-silent", *_sources(), "-source-language", "fr", "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    messages = _messages(scratch)
    contexts = {key[0] for key in messages}
    return {key: m for key, m in messages.items() if not _artefact(key, contexts)}


def _problems(language: str, extracted: dict[Key, ET.Element]) -> list[str]:
    committed = _messages(TRANSLATIONS / f"dpo_desk_{language}.ts")
    problems = []
    for key in extracted:
        message = committed.get(key)
        label = f"{key[0]} | {key[1]!r}" + (f" ({key[2]})" if key[2] else "")
        if message is None:
            problems.append(f"missing: {label}")
            continue
        translation = message.find("translation")
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if translation is not None
            else []
        )
        text = (
            "".join(forms) if forms else (translation.text or "" if translation is not None else "")
        )
        if translation is None or translation.get("type") is not None or not text.strip():
            problems.append(f"unfinished: {label}")
        elif forms and not all(f.strip() for f in forms):
            problems.append(f"plural form missing: {label}")
        # Qt's own strings (ui/i18n.py QT_MISSING) have an English source, not French.
        elif language == "fr" and text != key[1] and not forms and key[0] not in QT_CONTEXTS:
            problems.append(f"French must equal its source: {label}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_has_a_finished_translation(language, extracted):
    assert len(extracted) > 1000  # the scan really ran over the package
    problems = _problems(language, extracted)
    assert problems == [], f"{len(problems)} string(s) in dpo_desk_{language}.ts:\n" + "\n".join(
        problems[:40]
    )


def test_a_new_string_without_translation_is_reported(extracted, tmp_path, monkeypatch):
    """The check itself: drop one translation from a copy of en.ts and it is named."""
    english = (TRANSLATIONS / "dpo_desk_en.ts").read_text(encoding="utf-8")
    broken = english.replace(
        "<translation>Requests</translation>", '<translation type="unfinished"></translation>', 1
    )
    assert broken != english
    copy = tmp_path / "dpo_desk_en.ts"
    copy.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "TRANSLATIONS", tmp_path)
    assert any("'Demandes'" in p and p.startswith("unfinished") for p in _problems("en", extracted))
