"""A button's measures are kept while its words, font and style stay, and taken again when
any of them changes: it never asks for the room of words it no longer shows."""

from __future__ import annotations

from PySide6.QtGui import QFont

from companion.ui.common.widgets import make_button


def _shown(qtbot, text: str, checkable: bool = True):
    button = make_button(text, checkable=checkable)
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    return button


def test_longer_words_ask_for_more_room(qtbot) -> None:
    button = _shown(qtbot, "Calm sea")
    short = (button.sizeHint().width(), button.minimumSizeHint().width())
    button.setText("Extraordinarily calm")
    assert button.sizeHint().width() > short[0]
    assert button.minimumSizeHint().width() > short[1]  # its longest word, bold
    button.setText("Calm sea")
    assert (button.sizeHint().width(), button.minimumSizeHint().width()) == short


def test_a_bigger_font_is_measured_again(qtbot) -> None:
    button = _shown(qtbot, "Gentle evening breathing")
    before = (button.sizeHint().width(), button.minimumSizeHint().width())
    font = QFont(button.font())
    font.setPixelSize(font.pixelSize() * 2 if font.pixelSize() > 0 else 40)
    button.setFont(font)
    assert button.sizeHint().width() > before[0]
    assert button.minimumSizeHint().width() > before[1]


def test_a_new_style_is_measured_again(qtbot) -> None:
    button = _shown(qtbot, "Gentle evening breathing")
    narrow = button.minimumSizeHint().width()
    tall = button.heightForWidth(narrow)
    button.setStyleSheet("QPushButton { padding: 4px 60px; }")
    assert button.minimumSizeHint().width() >= narrow + 100  # the padding, both sides
    assert button.heightForWidth(narrow + 100) >= tall


def test_a_button_made_choosable_asks_for_its_bold_words(qtbot) -> None:
    button = _shown(qtbot, "Music for sleep", checkable=False)
    plain = button.minimumSizeHint().width()
    button.setCheckable(True)
    assert button.minimumSizeHint().width() >= plain
