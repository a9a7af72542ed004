"""DPO Desk: the Data Protection Officer's register, on an encrypted local file."""

# A literal, not importlib.metadata: reading the installed metadata cost about 30 ms of
# every start-up. pyproject.toml takes the distribution's version from here.
__version__ = "0.1.0"
APP_NAME = "DPO Desk"
# Reverse-DNS identity: the Linux .desktop and AppStream files, the Wayland app id,
# the macOS bundle identifier (packaging/, build.spec).
APP_ID = "org.dpodesk.DPODesk"

# Zone data comes from the pinned tzdata package, never the OS's files, which may be
# years behind Morocco's rules (dpo_desk/domain/zones.py). Done here, the first thing
# any entry point (app, CLI, frozen launcher, tests) imports, so that even a library's
# own ZoneInfo(...) reads the package.
from dpo_desk.domain.zones import pin_search_path as _pin_search_path  # noqa: E402

_pin_search_path()
