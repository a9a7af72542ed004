import sys

from dpo_desk.cli import main

sys.exit(main())
