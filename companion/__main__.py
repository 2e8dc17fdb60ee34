"""``python -m companion`` does what the ``companion`` command does."""

import sys

from companion.app import main

sys.exit(main())
