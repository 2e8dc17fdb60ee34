"""Write the controls' icons in each theme's colours: ``python tools/make_icons.py``.

A check mark (drawn on the accent fill of a ticked box, in the theme's accent-text colour)
and a drop-down chevron (in the text colour), as small SVG files under assets/icons/ui/.
They are drawn here, for this project.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.ui.common.theme import THEMES, icon_path

CHECK = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
    '<path d="M5 12.5 L10 17.5 L19 7" fill="none" stroke="{colour}" stroke-width="3.2" '
    'stroke-linecap="round" stroke-linejoin="round"/></svg>\n'
)
CHEVRON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
    '<path d="M3 6 L8 11 L13 6" fill="none" stroke="{colour}" stroke-width="2.4" '
    'stroke-linecap="round" stroke-linejoin="round"/></svg>\n'
)


def main() -> None:
    for theme in THEMES.values():
        for kind, svg, colour in (
            ("check", CHECK, theme.on_accent),
            ("chevron", CHEVRON, theme.text),
        ):
            path = icon_path(kind, theme)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(svg.format(colour=colour), encoding="utf-8")
            print(path)


if __name__ == "__main__":
    main()
