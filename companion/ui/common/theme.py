"""Themes: light (default), a dim warm night theme for a dark room, and high contrast.

The colours are the design brief's (shared/DESIGN.md §2), with their WCAG ratios computed
by a test from these values *and* measured from rendered pixels by the walk of every view.
Text size scales the whole type scale, every target and the spacing together (§3, §4).
Controls are drawn by one style sheet: a 2 px boundary on every field, box and secondary
button; filled primary buttons (amber-outlined at night); a 3 px focus ring with no inner box.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from companion.services.paths import assets_dir

FONT_FAMILY = "Atkinson Hyperlegible"  # drawn for low vision (OFL, assets/fonts)
FALLBACK_FAMILIES = ("Noto Sans", "DejaVu Sans")
BODY_PX = 19  # 14 pt at 96 dpi
MIN_TARGET_PX = 48  # above WCAG 2.5.5's 44 px, for tremor and tired hands

# The type scale at 100 % (px at 96 dpi), §3.
TYPE_PX = {
    "display": 40,
    "title": 32,
    "caption": 29,
    "count": 27,
    "heading": 24,
    "lead": 20,
    "body": BODY_PX,
    "small": 16,
}


@dataclass(frozen=True)
class Theme:
    """The colours of one theme (names as the design brief gives them)."""

    name: str
    page: str  # window background
    surface: str  # cards, fields, lists
    text: str
    muted: str  # hints and meta, ≥ 4.5:1 on page and surface
    accent: str  # primary fill (light, HC), marks, slider fill, circle edge, quiet links
    on_accent: str  # text and marks on accent
    boundary: str  # the 2 px edge of every field, box, secondary button: ≥ 3:1
    focus: str  # the 3 px focus ring: ≥ 3:1 on page, surface and the primary fill
    notice: str
    on_notice: str
    notice_bar: str
    danger: str  # destructive text and border, errors
    selected: str  # the tint behind a chosen row or chip (plus an accent edge)
    primary_fill: str
    primary_text: str
    primary_border: str
    chart: str  # chart bars and shading: ≥ 3:1 against surface
    circle: str  # breathing circle fill (its edge carries the 3:1)
    circle_edge: str
    card_line: str  # a hairline round cards, in light only ('' for none)

    @property
    def window(self) -> str:
        """The page background (the old name)."""
        return self.page

    @property
    def border(self) -> str:
        """The control boundary (the old name)."""
        return self.boundary


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        page="#F5F2EC",
        surface="#FFFFFF",
        text="#1E2A2F",
        muted="#4D5B60",
        accent="#2C6A6E",
        on_accent="#FFFFFF",
        boundary="#6B7F80",
        focus="#000000",  # the ink #0B1417 would be 3.01:1 on the teal fill: too close
        notice="#FFF1CC",
        on_notice="#3B2F00",
        notice_bar="#7A5C1E",
        danger="#A3302A",
        selected="#DCEBE9",
        primary_fill="#2C6A6E",
        primary_text="#FFFFFF",
        primary_border="#2C6A6E",
        chart="#2C6A6E",
        circle="#8CC2C0",
        circle_edge="#2C6A6E",
        card_line="#E4DED3",
    ),
    # Warm, dim and low in blue light: for a dark room at night. No bright fills anywhere.
    "night": Theme(
        name="night",
        page="#121010",
        surface="#1C1917",
        text="#D9CCBA",
        muted="#AFA291",
        accent="#B08A62",
        on_accent="#140F0B",
        boundary="#8A7763",
        focus="#F3E6D3",
        notice="#3A2E1A",
        on_notice="#F0E2CE",
        notice_bar="#B08A62",
        danger="#E39A86",
        selected="#3A2D20",
        primary_fill="#3A2D20",
        primary_text="#F0E2CE",
        primary_border="#B08A62",
        chart="#B08A62",
        circle="#5A4632",
        circle_edge="#B08A62",
        card_line="",
    ),
    "contrast": Theme(
        name="contrast",
        page="#000000",
        surface="#000000",
        text="#FFFFFF",
        muted="#E6E6E6",
        accent="#FFE04A",
        on_accent="#000000",
        boundary="#FFFFFF",
        focus="#C000C0",  # cyan was 1.2:1 on the yellow of a focused button
        notice="#FFFFFF",
        on_notice="#000000",
        notice_bar="#000000",
        danger="#FF8A80",
        selected="#000000",
        primary_fill="#FFE04A",
        primary_text="#000000",
        primary_border="#FFE04A",
        chart="#FFE04A",
        circle="#FFE04A",
        circle_edge="#FFFFFF",
        card_line="",
    ),
}


def theme_named(name: str) -> Theme:
    """The theme called ``name``, or light."""
    return THEMES.get(name, THEMES["light"])


_current: list[Theme] = [THEMES["light"]]
_scale: list[int] = [100]


def current_theme() -> Theme:
    """The theme applied last (drawings read their colours from it as they paint)."""
    return _current[0]


def current_scale() -> int:
    """The text size applied last, in percent (100–200)."""
    return _scale[0]


def px(style: str, scale: int | None = None) -> int:
    """The pixel size of a type style (see :data:`TYPE_PX`) at ``scale`` percent."""
    return round(TYPE_PX[style] * (current_scale() if scale is None else scale) / 100)


def icon_path(kind: str, theme: Theme) -> Path:
    """A control icon drawn in the theme's colours (``check`` or ``chevron``), as an SVG file."""
    return assets_dir() / "icons" / "ui" / f"{kind}-{theme.name}.svg"


def _url(path: Path) -> str:
    return str(path).replace("\\", "/").replace('"', '\\"')


def stylesheet(theme: Theme, scale: int) -> str:
    """The application style sheet for ``theme`` at ``scale`` percent text size."""
    f = scale / 100.0
    s = {name: round(size * f) for name, size in TYPE_PX.items()}
    target = max(MIN_TARGET_PX, round(MIN_TARGET_PX * f))
    gap = round(16 * (1 + (f - 1) / 2))  # spacing grows by half the scale step
    t = theme
    check = _url(icon_path("check", t))
    chevron = _url(icon_path("chevron", t))
    card_line = f"border: 1px solid {t.card_line};" if t.card_line else "border: none;"
    families = ", ".join(f'"{name}"' for name in (FONT_FAMILY, *FALLBACK_FAMILIES))
    box = round(24 * f)
    return f"""
    QWidget {{
        background: {t.page}; color: {t.text}; font-size: {s["body"]}px;
        font-family: {families};
    }}
    QLabel {{ background: transparent; }}
    QLabel[role="display"], QLabel[role="phase"] {{
        font-size: {s["display"]}px; font-weight: 600;
    }}
    QLabel[role="title"] {{ font-size: {s["title"]}px; font-weight: 600; }}
    QLabel[role="caption"] {{ font-size: {s["caption"]}px; }}
    QLabel[role="count"] {{ font-size: {s["count"]}px; color: {t.muted}; }}
    QLabel[role="quiet-time"] {{
        font-size: {round(s["display"] * 1.6)}px; color: {t.muted}; font-weight: 400;
    }}
    QLabel[role="heading"] {{ font-size: {s["heading"]}px; font-weight: 600; }}
    QLabel[role="subtitle"], QLabel[role="lead"] {{ color: {t.muted}; font-size: {s["lead"]}px; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="small"] {{ color: {t.muted}; font-size: {s["small"]}px; }}
    QLabel[role="danger"] {{ color: {t.danger}; }}
    QFrame[role="card"] {{ background: {t.surface}; {card_line} border-radius: 20px; }}
    QFrame[role="card"] QLabel, QFrame[role="card"] QCheckBox {{ background: transparent; }}
    QWidget[role="row"] {{ background: transparent; }}
    QFrame[role="notice"] {{
        background: {t.notice}; border: none; border-left: 4px solid {t.notice_bar};
        border-radius: 8px;
    }}
    QFrame[role="notice"] QLabel {{ color: {t.on_notice}; }}
    QFrame[role="notice"] QPushButton {{
        background: transparent; color: {t.on_notice}; border-color: {t.on_notice};
    }}
    QFrame[role="sheet"] {{ background: {t.surface}; border: 2px solid {t.boundary};
        border-radius: 20px; }}
    QFrame[role="sheet"] QLabel {{ background: transparent; }}
    QWidget[role="scrim"] {{ background: transparent; }}

    QPushButton, QToolButton {{
        outline: none; background: {t.surface}; color: {t.text};
        border: 2px solid {t.boundary}; border-radius: 12px;
        padding: 10px 24px; min-height: {target - 24}px;
    }}
    QPushButton:focus, QToolButton:focus {{ border: 3px solid {t.focus}; padding: 9px 23px; }}
    QPushButton[role="primary"] {{
        background: {t.primary_fill}; color: {t.primary_text};
        border-color: {t.primary_border}; font-weight: 600;
    }}
    QPushButton[role="primary"]:focus {{ border: 3px solid {t.focus}; }}
    QPushButton[role="stop"], QPushButton[role="danger"] {{
        color: {t.danger}; border-color: {t.danger};
    }}
    QPushButton[role="stop"]:focus, QPushButton[role="danger"]:focus {{
        border: 3px solid {t.focus};
    }}
    QPushButton[role="number"] {{ padding: 10px 6px; min-width: {round(32 * f)}px; }}
    QPushButton[role="number"]:focus {{ padding: 9px 5px; }}
    QPushButton[role="quiet"] {{
        background: transparent; color: {t.accent}; border: 2px solid transparent;
        text-decoration: underline; padding: 10px 8px;
    }}
    QPushButton[role="quiet"]:focus {{ border: 3px solid {t.focus}; padding: 9px 7px; }}
    QPushButton[role="tile"] {{
        border: 2px solid {t.accent}; border-radius: 24px; min-height: {round(96 * f)}px;
        padding: 0px;
    }}
    QPushButton[role="tile"]:focus {{ border: 3px solid {t.focus}; }}
    QPushButton[role="tile-urgent"] {{
        background: {t.notice}; color: {t.on_notice}; border: 2px solid {t.notice_bar};
        border-radius: 24px; padding: 0px;
    }}
    QPushButton[role="tile-urgent"]:focus {{ border: 3px solid {t.focus}; }}
    QPushButton[role="tile-urgent"] QLabel {{ color: {t.on_notice}; background: transparent; }}
    QLabel[role="tile-title"] {{ font-size: {s["heading"]}px; font-weight: 600; }}
    QLabel[role="tile-text"] {{ color: {t.muted}; }}
    QPushButton:checked {{
        background: {t.selected}; color: {t.text}; border: 2px solid {t.accent};
        font-weight: 600;
    }}
    QPushButton:checked:focus {{ border: 3px solid {t.focus}; }}
    QPushButton:disabled, QPushButton[role="primary"]:disabled, QPushButton:checked:disabled {{
        background: {t.surface}; color: {t.muted}; border: 2px solid {t.boundary};
        font-weight: 400;
    }}

    QCheckBox, QRadioButton {{ min-height: {target}px; spacing: {gap}px; outline: none; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: {box}px; height: {box}px; border: 2px solid {t.boundary};
        background: {t.surface};
    }}
    QCheckBox::indicator {{ border-radius: 6px; }}
    QRadioButton::indicator {{ border-radius: {box // 2 + 2}px; }}
    QCheckBox::indicator:checked {{
        background: {t.accent}; border-color: {t.accent}; image: url("{check}");
    }}
    QRadioButton::indicator:checked {{
        background: {t.accent}; border: 2px solid {t.accent};
    }}
    QCheckBox::indicator:focus, QRadioButton::indicator:focus {{
        border: 3px solid {t.focus};
    }}
    QCheckBox:focus, QRadioButton:focus {{ color: {t.text}; }}
    QCheckBox:disabled, QRadioButton:disabled {{ color: {t.muted}; }}

    QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QLineEdit, QPlainTextEdit, QTextEdit {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.boundary};
        border-radius: 10px; padding: 8px 16px; min-height: {target - 20}px;
        selection-background-color: {t.accent}; selection-color: {t.on_accent};
    }}
    QComboBox {{ padding-right: {round(48 * f)}px; outline: none; }}
    QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus, QLineEdit:focus,
    QPlainTextEdit:focus, QTextEdit:focus {{ border: 3px solid {t.focus}; padding: 7px 15px; }}
    QComboBox:focus {{ padding-right: {round(48 * f) - 1}px; }}
    QComboBox::drop-down {{
        width: {round(40 * f)}px; border: none; border-left: 2px solid {t.boundary};
        subcontrol-origin: padding; subcontrol-position: center right;
    }}
    QComboBox::down-arrow {{ image: url("{chevron}"); width: 16px; height: 16px; }}
    QComboBox QAbstractItemView {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.boundary};
        selection-background-color: {t.selected}; selection-color: {t.text}; outline: none;
    }}
    QComboBox QAbstractItemView::item {{ min-height: {target}px; padding: 0px 16px; }}

    QSlider {{ min-height: {target}px; outline: none; }}
    QSlider::groove:horizontal {{
        height: 8px; background: {t.boundary}; border-radius: 4px;
    }}
    QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: 4px; }}
    QSlider::handle:horizontal {{
        background: {t.accent}; border: 2px solid {t.surface}; width: {round(28 * f)}px;
        height: {round(28 * f)}px; margin: -{round(10 * f)}px 0;
        border-radius: {round(16 * f)}px;
    }}
    QSlider::handle:horizontal:focus {{ border: 3px solid {t.focus}; }}
    QSlider::handle:horizontal:disabled {{ background: {t.boundary}; }}

    QTableView, QListView, QTreeView {{
        background: {t.surface}; alternate-background-color: {t.page};
        gridline-color: {t.boundary}; border: 2px solid {t.boundary}; border-radius: 10px;
        selection-background-color: {t.selected}; selection-color: {t.text}; outline: none;
    }}
    QTableView:focus, QListView:focus {{ border: 3px solid {t.focus}; }}
    QListView::item, QListWidget::item {{ padding: 8px; min-height: {round(40 * f)}px; }}
    QListView::item:selected, QTableView::item:selected {{
        background: {t.selected}; color: {t.text}; border-left: 4px solid {t.accent};
    }}
    QHeaderView::section {{
        background: {t.page}; color: {t.text}; border: none; padding: 6px; font-weight: 600;
    }}
    QScrollArea {{ border: 3px solid transparent; border-radius: 6px; }}
    QScrollArea:focus {{ border: 3px solid {t.focus}; }}
    QScrollBar:vertical {{ background: {t.page}; width: {round(16 * f)}px; margin: 0px; }}
    QScrollBar::handle:vertical {{
        background: {t.boundary}; border-radius: {round(8 * f)}px; min-height: 40px;
    }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; width: 0px; }}
    QToolTip {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.boundary}; padding: 8px;
    }}
    QMenu {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.boundary}; }}
    QMenu::item {{ padding: 12px 24px; }}
    QMenu::item:selected {{ background: {t.selected}; }}
    """


_fonts_loaded: list[bool] = []


def load_fonts() -> None:
    """Register the bundled Atkinson Hyperlegible (once; missing files are passed over)."""
    if _fonts_loaded:
        return
    _fonts_loaded.append(True)
    for name in ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"):
        path = assets_dir() / "fonts" / name
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))


def apply_theme(app: QApplication, name: str, scale: int) -> Theme:
    """Apply the named theme and text scale to the whole application."""
    load_fonts()
    theme = theme_named(name)
    _current[0] = theme
    _scale[0] = scale
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.page,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.page,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.Accent: theme.chart,  # charts.ChartStyle paints with it
        QPalette.ColorRole.HighlightedText: theme.on_accent,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Mid: theme.boundary,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPixelSize(round(BODY_PX * scale / 100))
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, scale))
    return theme


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio between two colours (``#RRGGBB`` or QColor)."""

    def luminance(colour: str | QColor) -> float:
        c = QColor(colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
