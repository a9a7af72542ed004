"""The crash report and the log file carry code, never a person (services/logs.py)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

from dpo_desk import __version__
from dpo_desk.services import logs

NAME = "Salma Bennani"
EMAIL = "salma@example.ma"
PERSONAL = f"{NAME} {EMAIL}"


def _fail_with_a_name() -> None:
    subject = {"name": NAME, "email": EMAIL}  # a local a report must not show
    raise ValueError(f"{subject['name']} {subject['email']}")


def _caught() -> tuple[type[BaseException], BaseException, object]:
    try:
        _fail_with_a_name()
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("no exception")


def _assert_impersonal(text: str) -> None:
    for word in ("Salma", "Bennani", EMAIL, "example.ma"):
        assert word not in text
    home = str(Path.home())
    if len(home) > 1:
        assert home not in text


@pytest.fixture
def file_log(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("DPO_DESK_LOG_DIR", str(folder))
    path = logs.setup_file_log()
    yield path
    logs.close_file_log()


def test_report_names_types_files_lines_and_functions_only():
    report = logs.crash_report(*_caught(), extra={"Qt": "6.x"})
    _assert_impersonal(report)
    assert "ValueError" in report
    assert "in _fail_with_a_name" in report and "in _caught" in report
    assert '"tests/services/test_logs.py", line ' in report
    assert f"DPO Desk: {__version__}" in report
    assert "Python: " in report and "Qt: 6.x" in report and "OS: " in report
    # no source line either: the raise statement quotes the local's keys
    assert "subject" not in report and "raise" not in report


def test_a_chained_error_shows_both_types_and_no_message():
    try:
        try:
            _fail_with_a_name()
        except ValueError as error:
            raise KeyError(EMAIL) from error
    except KeyError:
        text = logs.scrubbed_traceback(*sys.exc_info())  # type: ignore[arg-type]
    _assert_impersonal(text)
    assert text.index("ValueError") < text.index("direct cause") < text.index("KeyError")
    assert text.rstrip().endswith("KeyError")


@pytest.mark.parametrize(
    ("filename", "shown"),
    [
        (
            "/home/salma/.venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py",
            "sqlalchemy/engine/base.py",
        ),
        (
            "C:\\Users\\Salma Bennani\\AppData\\Local\\Programs\\Python\\Lib\\site-packages"
            "\\PySide6\\__init__.py",
            "PySide6/__init__.py",
        ),
        ("/usr/lib/python3.11/json/decoder.py", "decoder.py"),
        ("/home/salma/Bureau/dpo_desk/ui/widgets.py", "dpo_desk/ui/widgets.py"),
        ("/home/salma bennani/notes.py", "notes.py"),
        ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap>"),
    ],
)
def test_a_file_is_named_without_the_folders_above_its_package(filename, shown):
    assert logs.code_path(filename) == shown


def test_a_file_of_this_project_is_named_from_the_project(tmp_path):
    assert logs.code_path(logs.__file__) == "dpo_desk/services/logs.py"


def test_the_log_folder_follows_its_variable_then_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DPO_DESK_LOG_DIR", str(tmp_path / "elsewhere"))
    assert logs.log_path() == tmp_path / "elsewhere" / "dpo-desk.log"
    monkeypatch.delenv("DPO_DESK_LOG_DIR")
    monkeypatch.setenv("DPO_DESK_CONFIG_DIR", str(tmp_path / "config"))
    assert logs.log_dir() == tmp_path / "config" / "log"  # tests never write the real one


def test_the_log_file_holds_an_error_without_its_message(file_log):
    logger = logging.getLogger("dpo_desk.services.anything")
    try:
        _fail_with_a_name()
    except ValueError:
        logger.exception("an operation failed")
    logs.log_crash(logs.crash_report(*_caught()))
    text = file_log.read_text(encoding="utf-8")
    _assert_impersonal(text)
    assert "an operation failed" in text
    assert text.count("ValueError") == 2 and "in _fail_with_a_name" in text
    assert "dpo_desk.crash: uncaught error" in text


def test_the_log_masks_an_address_and_the_home_folder_a_message_would_hold(file_log):
    logging.getLogger("dpo_desk.somewhere").warning(
        "careless %s in %s", EMAIL, Path.home() / "Documents" / "registre.dpodesk"
    )
    text = file_log.read_text(encoding="utf-8")
    assert EMAIL not in text and "<e-mail>" in text
    assert "~/Documents/registre.dpodesk" in text.replace(os.sep, "/")


def test_only_the_apps_own_records_reach_the_file(file_log):
    logging.getLogger("dpo_desk.session").warning("ours")
    logging.getLogger("some_library").warning("theirs: /home/salma/registre.dpodesk")
    logging.getLogger().warning("the root's")
    text = file_log.read_text(encoding="utf-8")
    assert "ours" in text
    assert "theirs" not in text and "root's" not in text


def test_the_start_line_names_the_versions(file_log):
    logs.log_start({"Qt": "6.x"})
    text = file_log.read_text(encoding="utf-8")
    assert "dpo_desk.session: started: DPO Desk: " in text and "Qt: 6.x" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_and_its_rotations_are_the_owners_only(file_log):
    assert file_log.parent.stat().st_mode & 0o777 == 0o700
    assert file_log.stat().st_mode & 0o777 == 0o600
    handler = next(
        h
        for h in logging.getLogger("dpo_desk").handlers
        if isinstance(h, logs.PrivateRotatingFileHandler)
    )
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUPS)
    handler.maxBytes = 200
    previous = os.umask(0o022)
    try:
        for number in range(20):
            logging.getLogger("dpo_desk.rotation").warning("line %d of the rotation test", number)
    finally:
        os.umask(previous)
    rotated = sorted(file_log.parent.glob("dpo-desk.log*"))
    assert len(rotated) == 1 + logs.BACKUPS
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in rotated)


def test_setting_up_twice_keeps_one_handler(file_log):
    logs.setup_file_log()
    handlers = [
        h
        for h in logging.getLogger("dpo_desk").handlers
        if isinstance(h, logs.PrivateRotatingFileHandler)
    ]
    assert len(handlers) == 1


def test_an_unwritable_folder_leaves_the_app_without_a_log(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DPO_DESK_LOG_DIR", str(blocker / "logs"))
    assert logs.setup_file_log() is None
