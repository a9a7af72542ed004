"""``dpo-desk notice``: the information notice from the demo register, as a web page
and as a PDF, written owner-only, never over a file unless ``--force``."""

from __future__ import annotations

import stat

import pytest
from pypdf import PdfReader

from tests.cli.runner import run_cli
from tests.conftest import TEST_PASSPHRASE, make_frozen_clock


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory, register_template) -> bytes:
    from dpo_desk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("notice-cli")
    path = folder / "demo.dpodesk"
    with pytest.MonkeyPatch.context() as patcher:
        patcher.setenv("DPO_DESK_CONFIG_DIR", str(folder / "config"))
        with register_template.creating():
            build_demo(path, TEST_PASSPHRASE, clock=make_frozen_clock()).close()
    return path.read_bytes()


@pytest.fixture
def db(demo_bytes, tmp_path):
    path = tmp_path / "demo.dpodesk"
    path.write_bytes(demo_bytes)
    path.chmod(0o600)
    return path


def owner_only(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_notice_is_written_as_a_web_page(db, tmp_path):
    out = tmp_path / "notice.html"
    done = run_cli("notice", "--db", db, "--lang", "ar", "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    html = out.read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert "D-W-318/2025" in html
    assert owner_only(out)
    # What the register lacks is listed for the DPO, not printed in the page.
    assert "À compléter dans le registre" in done.stderr
    assert "« Support client » : aucune durée de conservation n'est inscrite." in done.stderr
    assert "À compléter" not in html


def test_the_notice_is_written_as_a_pdf(db, tmp_path):
    out = tmp_path / "notice.PDF"
    done = run_cli("notice", "--db", db, "--lang", "fr", "--out", out)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    reader = PdfReader(out)
    assert len(reader.pages) > 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "D-W-318/2025" in text
    assert owner_only(out)


def test_french_is_the_default_language(db, tmp_path):
    out = tmp_path / "notice.htm"
    assert run_cli("notice", "--db", db, "--out", out).returncode == 0
    assert '<html lang="fr" dir="ltr">' in out.read_text(encoding="utf-8")


def test_an_existing_file_is_kept_unless_forced(db, tmp_path):
    out = tmp_path / "notice.html"
    out.write_text("the website's page", encoding="utf-8")
    done = run_cli("notice", "--db", db, "--out", out)
    assert done.returncode == 4
    assert "existe déjà" in done.stderr
    assert out.read_text(encoding="utf-8") == "the website's page"
    forced = run_cli("notice", "--db", db, "--out", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert owner_only(out)


def test_another_extension_is_a_usage_error_and_writes_nothing(db, tmp_path):
    out = tmp_path / "notice.docx"
    done = run_cli("notice", "--db", db, "--out", out)
    assert done.returncode == 2
    assert ".html ou .pdf" in done.stderr
    assert not out.exists()


def test_a_wrong_passphrase_writes_nothing(db, tmp_path):
    out = tmp_path / "notice.html"
    done = run_cli("notice", "--db", db, "--out", out, passphrase="not the passphrase")
    assert done.returncode == 3
    assert not out.exists()
