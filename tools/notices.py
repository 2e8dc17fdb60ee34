"""Write the third-party notices from what is installed: ``python tools/notices.py [FILE]``.

Default FILE: packaging/THIRD_PARTY_NOTICES.md. ``make package`` writes the same into the
built app, so the notices it ships name exactly the versions it bundles.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.services.notices import notices_markdown

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("packaging/THIRD_PARTY_NOTICES.md")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(notices_markdown(), encoding="utf-8")
    print(target)
