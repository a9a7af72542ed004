"""Tamper: bytes flipped in random pages of a copy are reported, never read as data.

Every SQLCipher page carries an HMAC. Whatever page is hit (the header and its salt,
the schema, a table, an index, the journal, a free page), either opening fails with a
typed error, or the file opens and ``verify`` names the damage; every read then gives
either the true data or a typed "endommagé" error, never something else.
"""

from __future__ import annotations

import os
import random
import shutil

import pytest

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.letters import CaseKind
from dpo_desk.services import attachments
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import requests as request_service
from dpo_desk.services.register_file import verify_register
from dpo_desk.storage.database import PAGE_SIZE, open_register
from dpo_desk.storage.errors import IntegrityFailure, RegisterDamaged, RegisterError
from dpo_desk.storage.requests import RequestFilter
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import open_request

TRIALS = 24


def _everything(register) -> list:
    """What the app can show: every request in full, its attachments, the journal."""
    rows = request_service.list_requests(register, RequestFilter(), limit=1000)
    shown = []
    for row in rows:
        req = request_service.get_request(register, row.id)
        shown.append(req)
        for info in attachments.of_request(register, req):
            shown.append(attachments.read(register, CaseKind.REQUEST, info.id))
        shown.append([(e.action, e.changes) for e in request_service.journal_for(register, req)])
    return shown


@pytest.fixture
def sound_file(register, frozen_clock, tmp_path):
    for n in range(25):
        req = open_request(
            register, frozen_clock, requester_name=f"Personne {n}", notes=f"note {n} " * 200
        )
        attachments.add_to_request(
            register, req, f"piece-{n}.pdf", os.urandom(3000), clock=frozen_clock
        )
    truth = _everything(register)
    path = register.path
    register.close()
    return path, truth


def test_flipped_bytes_are_reported_never_shown(sound_file, tmp_path):
    path, truth = sound_file
    size = path.stat().st_size
    pages = size // PAGE_SIZE
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    outcomes = {"refused at opening": 0, "opened, verify failed": 0}
    for trial in range(TRIALS):
        copy = tmp_path / f"copie-{trial}.dpodesk"
        shutil.copyfile(path, copy)
        data = bytearray(copy.read_bytes())
        page = 0 if trial == 0 else rng.randrange(pages)  # page 1 (header, salt) once at least
        for _ in range(rng.randint(1, 3)):
            offset = page * PAGE_SIZE + rng.randrange(PAGE_SIZE)
            data[offset] ^= rng.randrange(1, 256)
        copy.write_bytes(bytes(data))
        where = f"trial {trial}, page {page + 1}/{pages}, seed {seed}"

        try:
            opened = open_register(copy, TEST_PASSPHRASE)
        except RegisterError:
            outcomes["refused at opening"] += 1
            continue
        try:
            with pytest.raises(IntegrityFailure):
                verify_register(opened)
            try:
                shown = _everything(opened)
            except RegisterDamaged:
                pass
            except UserError as other:  # pragma: no cover — any other refusal is a bug here
                raise AssertionError(f"{where}: {other!r}") from None
            else:
                assert shown == truth, f"{where}: wrong data shown"
            # What the app offers next: the damage message points at a backup.
            assert "sauvegarde" in RegisterDamaged(name=copy.name).message()
        finally:
            opened.close()
        outcomes["opened, verify failed"] += 1
    print(outcomes)
    assert sum(outcomes.values()) == TRIALS
    assert outcomes["refused at opening"] >= 1  # the header trial


def test_damaged_register_offers_its_daily_backups(register, frozen_clock):
    upkeep.daily_backup_if_due(register, frozen_clock)
    offered = upkeep.available_backups(register.path)
    assert len(offered) == 1 and offered[0].parent.name == "registre-sauvegardes"
