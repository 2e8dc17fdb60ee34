"""A tiny screen reader for tests: what Companion announces, heard through AT-SPI.

Run with the *system* Python (it needs PyGObject and Atspi from the distribution:
``python3-gi gir1.2-atspi-2.0``) inside a private D-Bus session (``dbus-run-session``)::

    dbus-run-session -- python3 atspi_listener.py OUT SECONDS -- companion-command...

It starts the accessibility bus, listens for ``object:announcement`` events (and name
changes, which announcements replace), starts the command given after ``--`` with Qt's
AT-SPI bridge on, writes one JSON line per event to OUT, and after SECONDS stops the
command with SIGTERM. Nothing here imports Companion.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def main() -> int:
    out_path, seconds = sys.argv[1], float(sys.argv[2])
    command = sys.argv[sys.argv.index("--") + 1 :]
    launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"])
    time.sleep(1.0)
    out = open(out_path, "w", buffering=1)  # noqa: SIM115 - kept open for the callbacks

    def heard(event: Atspi.Event) -> None:
        try:
            source = event.source.get_name() if event.source is not None else ""
        except GLib.Error:
            source = ""
        data = event.any_data if isinstance(event.any_data, str) else ""
        record = {"type": event.type, "detail1": event.detail1, "text": data, "source": source}
        out.write(json.dumps(record) + "\n")

    listener = Atspi.EventListener.new(heard)
    for kind in ("object:announcement", "object:property-change:accessible-name"):
        listener.register(kind)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(command, env=env)
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()
    app.send_signal(signal.SIGTERM)
    try:
        code = app.wait(timeout=30)
    except subprocess.TimeoutExpired:
        app.kill()
        code = -9
    launcher.terminate()
    launcher.wait(timeout=10)
    out.write(json.dumps({"type": "exit", "detail1": code, "text": "", "source": ""}) + "\n")
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
