"""The frozen app's entry point, shared by its two executables.

`dpo-desk` is the command line (and `dpo-desk gui` the desktop app, as from source).
`dpo-desk-gui` is the same program built without a console on Windows and as the macOS
bundle's executable: launched from a menu, a Finder or Explorer double-click, it starts the
desktop app, with the register file it was given if any. One script for both keeps the
build to one analysis; the executable's own name tells them apart.
"""

import sys
from pathlib import Path

from dpo_desk.cli import main

if __name__ == "__main__":
    gui = Path(sys.executable).stem.lower().endswith("-gui")
    sys.exit(main(["gui", *sys.argv[1:]] if gui else None))
