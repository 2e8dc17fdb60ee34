"""One-switch scanning: every control, one after another, and one switch to choose.

For a person whose only movement is one switch (motor neurone disease may end there). With
scanning on (Settings, or ``companion --switch-access``) a large ring steps through the
controls of the window in Tab order, at the person's speed, optionally saying each name:

- a **press** (Space or Enter: what USB switch interfaces send) chooses what the ring is
  on: presses a button, goes into a group (a card, a row of choices) or a list, opens a
  small panel for a slider, a drop-down or a text field (:mod:`.scan_panels`);
- a **long press** goes back: out of a group or panel, closes a sheet, stops a session, or
  does what Esc does on the page (Home);
- while a **session runs**, scanning rests: the ring stays on Pause (nothing moves but the
  guide), a press pauses, a long press stops; once paused it offers Resume and Stop only.

Sheets and dialogs are scanned like the window. A switch that bounces is held to the
tremor rule (:class:`~companion.ui.common.press_guard.PressGuard`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QDialog,
    QScrollArea,
    QWidget,
)

from companion.core.preferences import Preferences
from companion.ui.common.page import Page, Services
from companion.ui.common.press_guard import PressGuard
from companion.ui.common.widgets import ScrollView
from companion.ui.shell.scan_items import (
    Kind,
    ScanItem,
    build_items,
    focus_chain,
    name_of,
    row_items,
)
from companion.ui.shell.scan_panels import ScanPanel, adjust_panel, choose_panel, keyboard_panel
from companion.ui.shell.scan_ring import ScanRing

LONG_PRESS_MS = 1200  # held this long, the switch goes back (or stops a session)
SWITCH_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


@dataclass(eq=False)
class _Mode:
    """Inside something: a group, a list's rows, or a panel."""

    kind: Kind  # GROUP, ROWS or (for a panel) TYPE
    window: QWidget
    container: QWidget
    came_from: ScanItem  # the item to rest on when it is left
    panel: ScanPanel | None = None

    def valid(self) -> bool:
        return shiboken6.isValid(self.container) and self.container.isVisible()


class SwitchScanner(QObject):
    """Scans the window (and its sheets) while ``prefs.switch_access`` is on.

    Signals:
        moved(object): the ring moved to this :class:`ScanItem` (None: no ring).
    """

    moved = Signal(object)

    def __init__(
        self,
        window: QWidget,
        services: Services,
        guard: PressGuard,
        current_page: Callable[[], Page],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self._guard = guard
        self._page = current_page
        self._modes: list[_Mode] = []
        self.current: ScanItem | None = None
        self._down = False
        self._long = False
        self._moving = False
        self.stepping = True  # tests and tools step by hand (advance) instead of the timer
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self._held)
        self._installed = False
        services.state.changed.connect(self._apply)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._apply(services.state.prefs)

    # -- on and off ------------------------------------------------------------------------

    @property
    def on(self) -> bool:
        """Whether scanning is on."""
        return self._services.state.prefs.switch_access

    def _apply(self, prefs: Preferences) -> None:
        app = QApplication.instance()
        if prefs.switch_access:
            if not self._installed and app is not None:
                app.installEventFilter(self)
                self._installed = True
            self._timer.setInterval(round(prefs.scan_seconds * 1000))
            if not self._timer.isActive() and self._window.isVisible():
                self._timer.start()
                QTimer.singleShot(0, self, self.sync)
        else:
            self._timer.stop()
            self._hold.stop()
            self._down = False
            for mode in self._modes:
                if mode.panel is not None and shiboken6.isValid(mode.panel):
                    mode.panel.close_panel()
            self._modes.clear()
            self._show(None)

    # -- what the ring steps through ----------------------------------------------------------

    def active_window(self) -> QWidget | None:
        """The window the switch works on now: one of its sheets or dialogs, else the main
        window; none while the main window is hidden (closed, or in the tray)."""
        if not self._window.isVisible():
            return None
        for found in (QApplication.activeModalWidget(), QApplication.activeWindow()):
            if isinstance(found, QWidget) and found.isVisible() and self._owns(found):
                return found
        return self._window

    def _owns(self, widget: QWidget) -> bool:
        """Whether ``widget`` is the main window or a window opened from it (a sheet, a
        dialog): another window of the process is not this scanner's to work."""
        found: QWidget | None = widget
        while found is not None:
            if found is self._window:
                return True
            found = found.parentWidget()
        return False

    def _mode(self) -> _Mode | None:
        window = self.active_window()
        while self._modes and not self._modes[-1].valid():
            self._modes.pop()
        for mode in reversed(self._modes):
            if mode.window is window:
                return mode
        return None

    @property
    def depth(self) -> int:
        """How far in: 0 at the window's own items, 1 in a group, list or panel, …"""
        mode = self._mode()
        return 0 if mode is None else self._modes.index(mode) + 1

    def items(self) -> list[ScanItem]:
        """What the ring steps through now, in order."""
        window = self.active_window()
        if window is None:
            return []
        mode = self._mode()
        if mode is None:
            if window is self._window:
                keys = self._page().running_session()
                if keys is not None:  # only Pause (Resume) and Stop while a session runs
                    pause = ScanItem(Kind.PRESS, keys.pause, name_of(keys.pause))
                    stop = ScanItem(Kind.PRESS, keys.stop, name_of(keys.stop))
                    return [pause, stop] if keys.paused else [pause]
            return build_items(focus_chain(window), window)
        if mode.kind is Kind.ROWS:
            assert isinstance(mode.container, QAbstractItemView)
            return row_items(mode.container)
        inside = [w for w in focus_chain(window) if mode.container.isAncestorOf(w)]
        found = build_items(inside, mode.container)
        if mode.kind is Kind.GROUP:
            found.append(mode.came_from.children[-1])  # the group itself: leave
        return found

    def _resting(self) -> bool:
        """A session runs (not paused): the ring rests on Pause."""
        if self._mode() is not None or self.active_window() is not self._window:
            return False
        keys = self._page().running_session()
        return keys is not None and not keys.paused

    # -- stepping ----------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.stepping:
            self.advance()

    def advance(self) -> None:
        """Move the ring on to the next item (what the timer does at each step)."""
        items = self.items()
        if not items:
            self._show(None)
            return
        if self._resting():
            self._show(items[0])
            return
        at = self._index(items, self.current)
        if at is None:
            self._show(self._for_focus(items) or items[0])
        else:
            self._show(items[(at + 1) % len(items)])

    def sync(self) -> None:
        """Put the ring where it belongs now (the view changed, or scanning came on)."""
        if not self.on:
            return
        items = self.items()
        if not items:
            self._show(None)
            return
        if self._resting():
            self._show(items[0])
            return
        at = self._index(items, self.current)
        if at is not None:
            self._show(items[at])
        else:
            self._show(self._for_focus(items) or items[0])

    @staticmethod
    def _index(items: list[ScanItem], item: ScanItem | None) -> int | None:
        for i, candidate in enumerate(items):
            if candidate.same_as(item):
                return i
        return None

    def _for_focus(self, items: list[ScanItem]) -> ScanItem | None:
        """The item that holds the focused control (a page opens on its main action)."""
        focus = QApplication.focusWidget()
        window = self.active_window()
        if focus is None and window is not None:
            focus = window.focusWidget()  # the one it will have once it is active
        if focus is None:
            return None
        for item in items:
            if item.kind is Kind.ROW:
                continue
            if any(leaf.widget is focus for leaf in item.leaves()):
                return item
        return None

    def _show(self, item: ScanItem | None) -> None:
        changed = not (item is not None and item.same_as(self.current))
        self.current = item
        for window in QApplication.topLevelWidgets():
            if item is None or window is not item.widget.window():
                for ring in window.findChildren(ScanRing):
                    ring.clear()
        if item is None:
            if changed:
                self.moved.emit(None)
            return
        self._bring_into_sight(item)
        ScanRing.on(item.widget.window()).show_at(item.rect)
        if changed:
            self.moved.emit(item)
            self._say(item)

    def _bring_into_sight(self, item: ScanItem) -> None:
        widget = item.widget
        self._moving = True
        try:
            if item.kind is Kind.ROW and item.index is not None:
                assert isinstance(widget, QAbstractItemView)
                widget.scrollTo(item.index)
                row = widget.visualRect(item.index)  # in the list's viewport
                self._scroll_to(widget.viewport(), row if row.isValid() else None)
            elif item.kind in (Kind.GROUP, Kind.LEAVE):
                self._scroll_to(widget)
            else:
                if not widget.hasFocus():
                    self._stop_reveals(widget)  # the ring's choice wins over a settling reveal
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                self._scroll_to(widget)  # in sight even if it had the focus already
        finally:
            self._moving = False

    @staticmethod
    def _stop_reveals(widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, ScrollView):
                parent.cancel_reveal()
            parent = parent.parentWidget()

    @staticmethod
    def _scroll_to(widget: QWidget, rect: QRect | None = None) -> None:
        """Scroll the view holding ``widget`` so that it (or ``rect`` of it: a list's row,
        when the list itself is taller than the view) is in sight."""
        parent = widget.parentWidget()
        while parent is not None:
            holder = parent.parentWidget()
            if isinstance(holder, QScrollArea) and holder.viewport() is parent:
                if isinstance(holder, ScrollView):
                    holder.cancel_reveal()  # the ring's choice wins over a settling reveal
                inside = holder.widget()
                if rect is None or inside is None:
                    holder.ensureWidgetVisible(widget, 16, 16)
                    return
                centre = widget.mapTo(inside, rect.center())
                holder.ensureVisible(
                    centre.x(), centre.y(), rect.width() // 2 + 16, rect.height() // 2 + 16
                )
                return
            parent = holder

    def _say(self, item: ScanItem) -> None:
        if not self._services.state.prefs.scan_speak or not item.name:
            return
        self._services.sound.say(item.name, lambda: item.same_as(self.current))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A page moved the focus (it opened on its main action): the ring follows."""
        if self._moving or not self.on or new is None:
            return
        items = self.items()
        found = self._for_focus(items)
        if found is not None and not found.same_as(self.current):
            self._show(found)
            self._timer.start()  # a full step on the new place

    # -- the switch --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._shown_or_hidden()
            return False
        if event.type() not in _KEY_EVENTS or not self.on:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in SWITCH_KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if self.active_window() is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the switch is ours: no page shortcut takes Space
            return True
        if event.isAutoRepeat():
            return True  # a held switch is one press (or a long one)
        if kind == QEvent.Type.KeyPress:
            if self._down or not self._guard.counts(self):
                return True  # a bouncing switch presses once
            self._down, self._long = True, False
            self._hold.start()
            return True
        if self._down:
            self._down = False
            self._hold.stop()
            if not self._long:
                QTimer.singleShot(0, self, self.select)  # after this event, not inside it
        return True

    def _shown_or_hidden(self) -> None:
        """Nothing steps while the window is hidden; it starts again when the window shows."""
        if self._window.isVisible():
            self._apply(self._services.state.prefs)
        else:
            self._timer.stop()
            self._hold.stop()
            self._down = False

    def _held(self) -> None:
        if self._down:
            self._long = True
            self.back()

    def select(self) -> None:
        """What a press does: work the item the ring is on."""
        item = self.current
        if item is None or not shiboken6.isValid(item.widget):
            self.sync()
            return
        self._timer.start()  # a full step after every press
        widget, kind = item.widget, item.kind
        if kind is Kind.PRESS:
            if isinstance(widget, QAbstractButton) and widget.isEnabled():
                widget.click()
        elif kind is Kind.GROUP:
            self._enter(_Mode(Kind.GROUP, widget.window(), widget, item))
        elif kind is Kind.ROWS:
            self._enter(_Mode(Kind.ROWS, widget.window(), widget, item))
        elif kind is Kind.ROW:
            self._choose_row(item)
        elif kind is Kind.LEAVE:
            self._leave()
        elif kind is Kind.SCROLL:
            _scroll_on(widget)
        elif kind in (Kind.ADJUST, Kind.CHOOSE, Kind.TYPE):
            self._open_panel(item)
        self.sync()

    def back(self) -> None:
        """What a long press does: out of a group or panel, close a sheet, stop a session,
        or what Esc does on the page."""
        self._timer.start()
        if self._mode() is not None:
            self._leave()
            self.sync()
            return
        window = self.active_window()
        if isinstance(window, QDialog):
            window.reject()
        elif window is self._window:
            page = self._page()
            keys = page.running_session()
            if keys is not None:
                keys.stop.click()
            else:
                _escape(page)
        QTimer.singleShot(0, self, self.sync)

    def _enter(self, mode: _Mode) -> None:
        self._modes.append(mode)
        items = self.items()
        if mode.kind is Kind.ROWS:
            mode.container.setFocus(Qt.FocusReason.OtherFocusReason)
            view = mode.container
            assert isinstance(view, QAbstractItemView)
            current = view.currentIndex()
            rows = [i for i in items if i.index is not None and i.index.row() == current.row()]
            self.current = None
            self._show(rows[0] if rows and current.isValid() else items[0])
            return
        self.current = None
        self._show(items[0] if items else None)

    def _leave(self) -> None:
        mode = self._mode()
        if mode is None:
            return
        self._modes.remove(mode)
        if mode.panel is not None and shiboken6.isValid(mode.panel):
            panel, mode.panel = mode.panel, None
            panel.close_panel()
        self.current = mode.came_from  # the ring comes back to what was left
        self.sync()

    def _choose_row(self, item: ScanItem) -> None:
        view = item.widget
        assert isinstance(view, QAbstractItemView) and item.index is not None
        view.setCurrentIndex(item.index)
        flags = QItemSelectionModel.SelectionFlag
        selection = view.selectionModel()
        if selection is not None:
            behaviour = flags.ClearAndSelect | flags.Rows
            selection.select(item.index, behaviour)
        self._leave()

    def _open_panel(self, item: ScanItem) -> None:
        widget = item.widget
        mode = _Mode(Kind.TYPE, widget.window(), widget, item)

        def closed() -> None:
            if mode in self._modes:
                self._modes.remove(mode)
                self.current = item
                QTimer.singleShot(0, self, self.sync)

        if item.kind is Kind.CHOOSE and isinstance(widget, QComboBox):
            panel = choose_panel(widget, closed)
        elif item.kind is Kind.ADJUST:
            panel = adjust_panel(widget, closed)
        else:
            panel = keyboard_panel(widget, closed)
        mode.container, mode.panel = panel, panel
        self._modes.append(mode)
        self.current = None
        items = self.items()
        chosen = [i for i in items if _checked(i.widget)]  # a drop-down's option as it stands
        self._show(chosen[0] if chosen else (items[0] if items else None))

    def shutdown(self) -> None:
        """The window closes: no ring, no timers."""
        self._timer.stop()
        self._hold.stop()
        self._show(None)


def _checked(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and widget.isChecked()


def _scroll_on(widget: QWidget) -> None:
    """A page further down; from the bottom, back to the top."""
    if not isinstance(widget, QAbstractScrollArea):
        return
    bar = widget.verticalScrollBar()
    if bar.value() >= bar.maximum():
        bar.setValue(bar.minimum())
    else:
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)


def _escape(page: Page) -> None:
    """What Esc does on ``page`` (its own shortcut: stop, leave the editor, go home)."""
    escape = QKeySequence(Qt.Key.Key_Escape)
    for shortcut in page.findChildren(QShortcut):
        if shortcut.key() == escape and shortcut.isEnabled():
            shortcut.activated.emit()
            return
