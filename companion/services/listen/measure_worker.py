"""The measuring worker process: one track's level per request, at low priority.

Started by :class:`~companion.services.listen.measure.WorkerMeasurer` as
``python -m companion.services.listen.measure_worker``; it greets with ``{"ok": true}`` and
then answers one JSON request per line on stdin: ``{"id", "path", "energy"}`` →
``{"id", "ok": true, "level": {...}}`` or ``{"id", "ok": false, "kind", "error"}``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

NICENESS = 10  # below the window and the sound, which need the other core


def handle(request: dict[str, Any]) -> dict[str, Any]:
    """Answer one request."""
    from companion.services.audio.analysis import AnalysisError
    from companion.services.listen.measure import level_to_json, measure_track

    try:
        level = measure_track(Path(str(request["path"])), bool(request.get("energy")))
    except AnalysisError as exc:
        return {"id": request.get("id"), "ok": False, "kind": exc.kind, "error": str(exc)}
    except Exception as exc:  # a codec's surprise: reported, the worker lives on
        return {"id": request.get("id"), "ok": False, "kind": "error", "error": repr(exc)}
    return {"id": request.get("id"), "ok": True, "level": level_to_json(level)}


def main() -> int:
    """Serve requests until stdin closes or a ``quit`` arrives."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(NICENESS)
    out = sys.stdout
    sys.stdout = sys.stderr  # a library that prints cannot corrupt the replies
    try:
        import companion.services.listen.measure  # noqa: F401 - mutagen with it
        from companion.services.audio.analysis import preload

        preload()  # numpy, libsndfile and mutagen load once, before the first request
    except Exception as exc:
        out.write(json.dumps({"ok": False, "error": f"cannot start: {exc!r}"}) + "\n")
        out.flush()
        return 1
    out.write(json.dumps({"ok": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        if not isinstance(request, dict):
            continue
        if request.get("op") == "quit":
            break
        out.write(json.dumps(handle(request)) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
