"""DPO Desk: the Data Protection Officer's register, on an encrypted local file."""

# A literal, not importlib.metadata: reading the installed metadata cost about 30 ms of
# every start-up. pyproject.toml takes the distribution's version from here.
__version__ = "0.1.0"
APP_NAME = "DPO Desk"
# Reverse-DNS identity: the Linux .desktop and AppStream files, the Wayland app id,
# the macOS bundle identifier (packaging/, build.spec).
APP_ID = "org.dpodesk.DPODesk"
