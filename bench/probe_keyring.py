"""A keyring for the bench's GUI probes (PYTHON_KEYRING_BACKEND=probe_keyring.EnvKeyring).

It "remembers" the bench passphrase (DPO_DESK_PASSPHRASE) for every register, so that
the `app` probe starts as a workstation does: the last file reopened with its remembered
passphrase, without a dialog. It stores nothing, and never touches a real keychain.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return os.environ.get("DPO_DESK_PASSPHRASE")

    def set_password(self, service, username, password):
        pass  # the bench's passphrase is fixed

    def delete_password(self, service, username):
        pass
