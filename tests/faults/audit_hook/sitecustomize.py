"""Loaded by every Python process of a test run (app and speech worker) via PYTHONPATH.

Logs each socket-related audit event to ``$COMPANION_AUDIT_LOG`` as one JSON line, so the
test can check that the app never reaches for the network. See test_no_network.py.
"""

import json
import os
import socket
import sys

_LOG = os.environ.get("COMPANION_AUDIT_LOG")
_WATCHED = {
    "socket.__new__",
    "socket.bind",
    "socket.connect",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "urllib.Request",
    "http.client.connect",
    "ftplib.connect",
    "smtplib.connect",
}


def _family(sock):
    try:
        return int(sock.family)
    except Exception:
        return -1


def _hook(event, args):
    if event not in _WATCHED:
        return
    if event == "socket.__new__":
        entry = {"event": event, "family": int(args[1]) if args[1] is not None else -1}
    elif event in ("socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg"):
        entry = {"event": event, "family": _family(args[0]), "address": repr(args[-1])}
    else:
        entry = {"event": event, "args": repr(args)[:200]}
    entry["pid"] = os.getpid()
    entry["argv"] = sys.argv[:3]
    with open(_LOG, "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


if _LOG:
    sys.addaudithook(_hook)
    _ = socket  # imported so AF_UNIX is known to the test's reading of the log
