"""What the GUI reads of storage, in one place: the register handle, the list filters and
rows its tables page through, and the errors an unlock or a save can raise.

The GUI never imports ``dpo_desk.storage`` itself (an import-linter contract in
``pyproject.toml``): it calls the use cases in ``services/``, and reads through the names
below. Lists query only the page on screen (``ui/paged_model.py``), with these filters.
"""

from __future__ import annotations

from dpo_desk.storage.audit import AuditEntry, JournalFilter
from dpo_desk.storage.breaches import BreachFilter, BreachRow
from dpo_desk.storage.cipher import KeyAhead, check_register_file
from dpo_desk.storage.database import Register
from dpo_desk.storage.errors import (
    NotARegister,
    RegisterExists,
    RegisterNotFound,
    StorageIOError,
    WeakPassphrase,
    WrongPassphrase,
    from_os_error,
)
from dpo_desk.storage.first_reads import compile_first_reads
from dpo_desk.storage.records import ActivityFilter, ActivityRow, ProcessorFilter, ProcessorRow
from dpo_desk.storage.requests import AttachmentInfo, RequestFilter, RequestRow

__all__ = [
    "ActivityFilter",
    "ActivityRow",
    "AttachmentInfo",
    "AuditEntry",
    "BreachFilter",
    "BreachRow",
    "JournalFilter",
    "KeyAhead",
    "NotARegister",
    "ProcessorFilter",
    "ProcessorRow",
    "Register",
    "RegisterExists",
    "RegisterNotFound",
    "RequestFilter",
    "RequestRow",
    "StorageIOError",
    "WeakPassphrase",
    "WrongPassphrase",
    "check_register_file",
    "compile_first_reads",
    "from_os_error",
]
