"""The process itself: no core dump may carry the passphrase or decrypted pages.

A crash core of the app held the passphrase in five tries out of five (issue 21, item
6). Two locks, set first thing by the command line and the GUI:

- ``RLIMIT_CORE = 0``: the kernel writes no core file for this process (POSIX);
- ``PR_SET_DUMPABLE = 0`` (Linux): nor does a core handler such as systemd-coredump or
  apport, which ignore the limit; it also stops other processes of the same user from
  attaching a debugger or reading ``/proc/<pid>/mem``. The process still reads its own
  ``/proc/self`` (the export's unnamed files rely on it).

Both are best effort: a platform without them (Windows) keeps its own settings, and the
app runs on.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> bool:
    """Set both locks; True when every lock this platform has is set."""
    done = True
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        done = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                done = False
        except OSError:
            done = False
    if not done:
        log.warning("core dumps could not be switched off")
    return done


def dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux), None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
