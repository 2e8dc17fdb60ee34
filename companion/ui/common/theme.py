"""Themes: light (default), a dim night theme for a dark room, and high contrast.

Colours are chosen for WCAG 2.2 contrast (≥ 4.5:1 text, ≥ 7:1 in high contrast); a test
computes the ratios from these palettes. Text size scales every font and target together.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_FONT_PX = 18
MIN_TARGET_PX = 48  # above WCAG 2.5.5's 44 px, for tremor and tired hands


@dataclass(frozen=True)
class Theme:
    """The colours of one theme."""

    name: str
    window: str  # page background
    surface: str  # cards and tiles
    text: str
    muted: str  # secondary text, still ≥ 4.5:1 on window and surface
    accent: str  # primary buttons' background
    on_accent: str  # text on accent
    border: str
    focus: str  # the focus ring: ≥ 3:1 against window, surface and accent (filled buttons)
    chart: str  # chart bars and shading: ≥ 3:1 against surface
    circle: str  # breathing circle fill
    circle_edge: str
    notice: str  # notice banner background
    on_notice: str


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        window="#F5F2EC",
        surface="#FFFFFF",
        text="#1E2A2F",
        muted="#4D5B60",
        accent="#2C6A6E",
        on_accent="#FFFFFF",
        border="#B9C4C4",
        focus="#000000",  # orange (#B04A1E) vanished against the teal of a focused Start
        chart="#2C6A6E",
        circle="#8CC2C0",
        circle_edge="#2C6A6E",
        notice="#FFF1CC",
        on_notice="#3B2F00",
    ),
    # Warm, dim and low in blue light: for a dark room at night.
    "night": Theme(
        name="night",
        window="#121010",
        surface="#1C1917",
        text="#D9CCBA",
        muted="#AFA291",
        accent="#4A3A2C",
        on_accent="#F0E2CE",
        border="#4A4038",
        focus="#E0A060",
        chart="#A78460",  # the accent brown was 1.6:1 on the cards
        circle="#5A4632",
        circle_edge="#A78460",
        notice="#3A2E1A",
        on_notice="#F0E2CE",
    ),
    "contrast": Theme(
        name="contrast",
        window="#000000",
        surface="#000000",
        text="#FFFFFF",
        muted="#FFFFFF",
        accent="#FFE04A",
        on_accent="#000000",
        border="#FFFFFF",
        focus="#C000C0",  # cyan was 1.2:1 on the yellow of a focused button
        chart="#FFE04A",
        circle="#FFE04A",
        circle_edge="#FFFFFF",
        notice="#FFFFFF",
        on_notice="#000000",
    ),
}


def theme_named(name: str) -> Theme:
    """The theme called ``name``, or light."""
    return THEMES.get(name, THEMES["light"])


_current: list[Theme] = [THEMES["light"]]


def current_theme() -> Theme:
    """The theme applied last (drawings read their colours from it as they paint)."""
    return _current[0]


def stylesheet(theme: Theme, scale: int) -> str:
    """The application style sheet for ``theme`` at ``scale`` percent text size."""
    f = scale / 100.0
    px = round(BASE_FONT_PX * f)
    target = max(MIN_TARGET_PX, round(MIN_TARGET_PX * f))
    t = theme
    return f"""
    QWidget {{ background: {t.window}; color: {t.text}; font-size: {px}px; }}
    QLabel {{ background: transparent; }}
    QLabel[role="title"] {{ font-size: {round(34 * f)}px; font-weight: 600; }}
    QLabel[role="subtitle"] {{ color: {t.muted}; font-size: {round(20 * f)}px; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="phase"] {{ font-size: {round(40 * f)}px; font-weight: 600; }}
    QLabel[role="count"] {{ font-size: {round(28 * f)}px; color: {t.muted}; }}
    QFrame[role="card"] {{
        background: {t.surface}; border: 2px solid {t.border}; border-radius: 14px;
    }}
    QFrame[role="card"] QLabel {{ background: transparent; }}
    QFrame[role="notice"] {{ background: {t.notice}; border-radius: 8px; }}
    QFrame[role="notice"] QLabel {{ color: {t.on_notice}; }}
    QPushButton, QToolButton {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
        border-radius: 10px; padding: 8px 18px; min-height: {target - 20}px;
        min-width: {target}px;
    }}
    QPushButton[role="primary"] {{
        background: {t.accent}; color: {t.on_accent}; border-color: {t.accent};
        font-weight: 600;
    }}
    QPushButton[role="tile"] {{
        border-width: 3px; border-color: {t.accent}; min-height: {round(96 * f)}px;
    }}
    QLabel[role="tile-title"] {{ font-size: {round(28 * f)}px; font-weight: 600; }}
    QLabel[role="tile-text"] {{ color: {t.muted}; }}
    QPushButton:checked {{ background: {t.accent}; color: {t.on_accent}; }}
    QPushButton:focus, QToolButton:focus, QComboBox:focus, QSlider:focus, QCheckBox:focus,
    QRadioButton:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus, QLineEdit:focus,
    QTableView:focus, QListView:focus {{
        border: 3px solid {t.focus};
    }}
    QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
    QPushButton[role="primary"]:disabled, QPushButton:checked:disabled {{
        background: {t.surface}; color: {t.muted}; border-color: {t.border};
    }}
    QCheckBox, QRadioButton {{ min-height: {target}px; spacing: 12px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: {round(26 * f)}px; height: {round(26 * f)}px;
    }}
    QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QLineEdit {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
        border-radius: 8px; padding: 6px 10px; min-height: {target - 16}px;
    }}
    QSlider {{ min-height: {target}px; }}
    QSlider::groove:horizontal {{ height: 8px; background: {t.border}; border-radius: 4px; }}
    QSlider::handle:horizontal {{
        background: {t.accent}; border: 2px solid {t.text}; width: {round(28 * f)}px;
        margin: -12px 0; border-radius: {round(14 * f)}px;
    }}
    QTableView, QListView {{
        background: {t.surface}; alternate-background-color: {t.window};
        gridline-color: {t.border}; border: 2px solid {t.border}; border-radius: 8px;
    }}
    QListWidget {{ min-height: {round(200 * f)}px; }}
    QListWidget::item {{ padding: 4px; }}
    QHeaderView::section {{
        background: {t.window}; color: {t.text}; border: none; padding: 6px;
        font-weight: 600;
    }}
    QScrollArea {{ border: none; }}
    """


def apply_theme(app: QApplication, name: str, scale: int) -> Theme:
    """Apply the named theme and text scale to the whole application."""
    theme = theme_named(name)
    _current[0] = theme
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.window,
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
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPixelSize(round(BASE_FONT_PX * scale / 100))
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, scale))
    return theme


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours."""

    def luminance(hex_colour: str) -> float:
        c = QColor(hex_colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
