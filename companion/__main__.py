"""``python -m companion`` does what the ``companion`` command does."""

import sys

from companion.cli import main

sys.exit(main())
