"""The unlock's SQL compiled ahead, on an empty database in memory (storage/first_reads)."""

from __future__ import annotations

import os

import sqlalchemy

from dpo_desk.storage import first_reads
from dpo_desk.storage.first_reads import FIRST_READS, compile_first_reads


def test_every_first_read_runs_in_memory_and_writes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = []
    real = sqlalchemy.create_engine

    def watched(url, *args, **kwargs):
        made.append(str(url))
        return real(url, *args, **kwargs)

    monkeypatch.setattr(first_reads, "create_engine", watched)
    assert compile_first_reads() == len(FIRST_READS)
    assert made == ["sqlite://"]  # SQLite's in-memory database: no path
    assert os.listdir(tmp_path) == []


def test_it_stops_between_two_reads_when_asked():
    asked = []

    def stop() -> bool:
        asked.append(True)
        return len(asked) > 3

    assert compile_first_reads(stop) == 3
    assert compile_first_reads(lambda: True) == 0
