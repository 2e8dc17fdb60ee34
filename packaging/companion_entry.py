"""Entry point of the frozen (PyInstaller) app: ``companion …``, and its speech worker.

The speech service starts its worker as ``sys.executable -m companion.services.speech.worker
--worker``. In a frozen app ``sys.executable`` is this program, which has no ``-m``, so that
command line is recognised here and handed to the worker's main function.
"""

import sys


def _main() -> int:
    if sys.argv[1:3] == ["-m", "companion.services.speech.worker"]:
        from companion.services.speech.worker import worker_main

        return worker_main(sys.argv)
    from companion.cli import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_main())
