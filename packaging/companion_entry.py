"""Entry point of the frozen (PyInstaller) app: ``companion …``, its speech worker and its
music-measuring worker.

The speech service starts its worker as ``sys.executable -m companion.services.speech.worker
--worker``, the track levels theirs as ``sys.executable -m
companion.services.listen.measure_worker``. In a frozen app ``sys.executable`` is this
program, which has no ``-m``, so those command lines are recognised here and handed to the
workers' main functions.
"""

import sys


def _main() -> int:
    if sys.argv[1:3] == ["-m", "companion.services.speech.worker"]:
        from companion.services.speech.worker import worker_main

        return worker_main(sys.argv)
    if sys.argv[1:3] == ["-m", "companion.services.listen.measure_worker"]:
        from companion.services.listen.measure_worker import main as measure_main

        return measure_main()
    from companion.cli import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_main())
