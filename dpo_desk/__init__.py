"""DPO Desk: the Data Protection Officer's register, on an encrypted local file."""

from importlib.metadata import PackageNotFoundError, version

try:
    # pyproject.toml holds the version; the installed (or frozen) metadata carries it here.
    __version__ = version("dpo-desk")
except PackageNotFoundError:  # a source tree on sys.path without `pip install -e .`
    __version__ = "0+unknown"
APP_NAME = "DPO Desk"
# Reverse-DNS identity: the Linux .desktop and AppStream files, the Wayland app id,
# the macOS bundle identifier (packaging/, build.spec).
APP_ID = "org.dpodesk.DPODesk"
