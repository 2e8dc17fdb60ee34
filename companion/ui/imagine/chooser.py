"""Imagine's first view: pick a script, a voice and pace, background sound, then Play."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.imagine.narration import Narration
from companion.core.imagine.scripts import format_duration
from companion.services.script_library import (
    ScriptEntry,
    ScriptLibrary,
    primary_language,
    same_language,
)
from companion.services.speech import Voice
from companion.sessions.state import AppState
from companion.ui.common.flow import flow_row
from companion.ui.common.language import ui_language
from companion.ui.common.voice_words import default_label, voice_label
from companion.ui.common.widgets import MIN_TARGET, make_button, make_checkbox, make_label
from companion.ui.imagine.script_words import skipped_text

__all__ = ["ImagineChooser", "ui_language"]

PACES = (0, 110, 120, 130, 140, 150, 165)  # words per minute; 0 = the script's own


def language_name(tag: str) -> str:
    """A script's language in words: ours translated, any other in its own name, else the tag."""
    names = {
        "en": QCoreApplication.translate("Imagine", "English", "a script's language"),
        "es": QCoreApplication.translate("Imagine", "Spanish", "a script's language"),
        "de": QCoreApplication.translate("Imagine", "German", "a script's language"),
    }
    return names.get(primary_language(tag)) or QLocale(tag).nativeLanguageName() or tag


def script_length(entry: ScriptEntry) -> float:
    """Estimated seconds to read a script aloud at its own pace."""
    return Narration(entry.script).total()


class ImagineChooser(QWidget):
    """The script list, its actions, and how it will sound.

    Signals:
        play_requested(str): play the script with this id (double-click, Enter on the list).
        selection_changed(): another script (or none) was chosen.
        new_requested(), edit_requested(str), copy_requested(str), import_requested(),
        record_requested(str): record this script in a loved one's voice.
    """

    play_requested = Signal(str)
    selection_changed = Signal()
    new_requested = Signal()
    edit_requested = Signal(str)
    copy_requested = Signal(str)
    import_requested = Signal()
    record_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.library = ScriptLibrary()
        self._tracks: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(16)  # no two targets close together (tremor)
        layout.addWidget(make_label(self.tr("Imagine"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "A calm voice reads a short guided imagery script, with the words on "
                    "screen. Listen with your eyes open or closed; there is nothing to do."
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scripts"))
        self.list.setAccessibleDescription(self.tr("Choose a script, then press Play"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(6)
        self.list.setMinimumHeight(200)
        layout.addWidget(self.list, 1)
        self.problems = make_label("", "muted")
        layout.addWidget(self.problems)

        self.new_button = make_button(self.tr("Write a new one"), self.tr("Open the editor"))
        self.edit_button = make_button(self.tr("Edit"), self.tr("Change your own script"))
        self.copy_button = make_button(
            self.tr("Make my own copy"),
            self.tr("Copy this script to personalise it with favourite places and people"),
        )
        self.import_button = make_button(
            self.tr("Import…"), self.tr("Add a script from a text file")
        )
        self.record_button = make_button(
            self.tr("Record in your voice"),
            self.tr("A loved one reads this script aloud, line by line"),
        )
        layout.addWidget(
            flow_row(
                [
                    self.new_button,
                    self.edit_button,
                    self.copy_button,
                    self.import_button,
                    self.record_button,
                ],
                [],
            )
        )

        self.voice_box = QComboBox()
        self.voice_box.setAccessibleName(self.tr("Voice"))
        self.voice_box.setMinimumHeight(MIN_TARGET)
        self.pace_box = QComboBox()
        self.pace_box.setAccessibleName(self.tr("Pace"))
        self.pace_box.setAccessibleDescription(self.tr("How fast the voice speaks"))
        self.pace_box.setMinimumHeight(MIN_TARGET)
        self.only_this = make_checkbox(
            self.tr("Use this voice and pace for this script only"),
            self.tr("Otherwise they apply to every script"),
        )
        self.music_box = make_checkbox(
            self.tr("Soft background sound"), self.tr("A quiet soundscape under the voice")
        )
        self.track_box = QComboBox()
        self.track_box.setAccessibleName(self.tr("Background sound"))
        self.track_box.setMinimumHeight(MIN_TARGET)
        self.sound_button = make_button(
            self.tr("Voice and sound…"), self.tr("The voice, its pace and the soft background")
        )
        self.sound_button.setProperty("role", "quiet")
        self.sound_button.setCheckable(True)
        layout.addWidget(self.sound_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sound_card = QFrame()
        self.sound_card.setProperty("role", "card")
        card = QVBoxLayout(self.sound_card)
        card.setContentsMargins(24, 24, 24, 24)
        for widget in (
            make_label(self.tr("Voice")),
            self.voice_box,
            make_label(self.tr("Pace")),
            self.pace_box,
            self.only_this,
            self.music_box,
            self.track_box,
        ):
            card.addWidget(widget)
        self.sound_card.setVisible(False)
        self.sound_button.toggled.connect(self.sound_card.setVisible)
        layout.addWidget(self.sound_card)
        self.speech_status = make_label("", "muted")
        layout.addWidget(self.speech_status)

        self.list.itemActivated.connect(lambda _item: self._play())
        self.list.currentItemChanged.connect(lambda *_: self._on_selection())
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for(self.edit_requested))
        self.copy_button.clicked.connect(lambda: self._emit_for(self.copy_requested))
        self.record_button.clicked.connect(lambda: self._emit_for(self.record_requested))
        self.voice_box.activated.connect(lambda _i: self._save_voice())
        self.pace_box.activated.connect(lambda _i: self._save_voice())
        self.only_this.toggled.connect(lambda _on: self._save_voice())
        self.music_box.toggled.connect(lambda on: state.update(imagine_music=on))
        self.track_box.activated.connect(
            lambda i: state.update(imagine_track=self.track_box.itemData(i))
        )
        state.changed.connect(lambda _prefs: self._show_prefs())
        self.set_voices([])

    # -- contents ----------------------------------------------------------------------

    def set_library(self, library: ScriptLibrary, select: str | None = None) -> None:
        """Show these scripts (keeping or setting the selection)."""
        keep = select or self.selected_id()
        self.library = library
        self.list.clear()
        language = ui_language()
        for entry in library.ordered_for(language):  # the interface language's scripts first
            script = entry.script
            mine = "" if entry.bundled else "  " + self.tr("(yours)")
            other = not same_language(script.language, language)
            tag = "  \u00b7 " + language_name(script.language) if other else ""
            text = f"{script.title}  ({format_duration(script_length(entry))}){tag}{mine}"
            if script.description:
                text += "\n" + script.description
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.problems.setText(
            self.tr("Some scripts could not be used:")
            + "\n"
            + "\n".join(skipped_text(p) for p in library.problems)
            if library.problems
            else ""
        )
        self._on_selection()

    def set_tracks(self, tracks: list[tuple[str, str]]) -> None:
        """The background sounds to offer, as (id, title)."""
        self._tracks = tracks
        self.track_box.clear()
        for track_id, title in tracks:
            self.track_box.addItem(title, track_id)
        self._show_prefs()

    def set_voices(
        self, voices: list[Voice], reason: str = "", default: Voice | None = None
    ) -> None:
        """The voices for the UI language (natural ones first) and the one that speaks when
        none is chosen; ``reason`` says why there is no voice at all."""
        self.voice_box.clear()
        self.voice_box.addItem(default_label(default), "")
        for voice in sorted(voices, key=lambda v: not v.natural):
            self.voice_box.addItem(voice_label(voice), voice.id)
        self.voice_box.setEnabled(not reason)
        self.pace_box.setEnabled(not reason)
        self.speech_status.setText(
            reason + " " + self.tr("The words will still appear on screen, at a calm pace.")
            if reason
            else ""
        )
        self._show_prefs()

    def selected_id(self) -> str | None:
        """The id of the chosen script."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> ScriptEntry | None:
        """The chosen script."""
        script_id = self.selected_id()
        return None if script_id is None else self.library.get(script_id)

    # -- reactions ---------------------------------------------------------------------

    def _play(self) -> None:
        script_id = self.selected_id()
        if script_id is not None:
            self.play_requested.emit(script_id)

    def _emit_for(self, signal: SignalInstance) -> None:
        script_id = self.selected_id()
        if script_id is not None:
            signal.emit(script_id)

    def _on_selection(self) -> None:
        entry = self.selected()
        self.selection_changed.emit()
        self.copy_button.setEnabled(entry is not None)
        self.record_button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None and not entry.bundled)
        self._show_prefs()

    def _show_prefs(self) -> None:
        prefs = self._state.prefs
        entry = self.selected()
        script_id = entry.id if entry else ""
        voice, pace = prefs.script_voice(script_id)
        own_pace = entry.script.pace_wpm if entry else 140
        self.pace_box.blockSignals(True)
        self.pace_box.clear()
        for value in PACES:
            label = (
                self.tr("The script's own pace ({0} words a minute)").format(own_pace)
                if value == 0
                else self.tr("{0} words a minute").format(value)
            )
            self.pace_box.addItem(label, value)
        self.pace_box.setCurrentIndex(max(0, self.pace_box.findData(pace)))
        self.pace_box.blockSignals(False)
        self.voice_box.setCurrentIndex(max(0, self.voice_box.findData(voice)))
        self.only_this.blockSignals(True)
        self.only_this.setChecked(any(e.script == script_id for e in prefs.imagine_per_script))
        self.only_this.setEnabled(entry is not None)
        self.only_this.blockSignals(False)
        self.music_box.blockSignals(True)
        self.music_box.setChecked(prefs.imagine_music)
        self.music_box.blockSignals(False)
        self.track_box.setEnabled(prefs.imagine_music)
        self.track_box.setCurrentIndex(max(0, self.track_box.findData(prefs.imagine_track)))

    def _save_voice(self) -> None:
        voice = str(self.voice_box.currentData() or "")
        pace = int(self.pace_box.currentData() or 0)
        entry = self.selected()
        prefs = self._state.prefs
        if entry is not None and self.only_this.isChecked():
            changed = prefs.with_script_voice(entry.id, voice, pace)
            self._state.update(imagine_per_script=changed.imagine_per_script)
        elif entry is not None:
            changed = prefs.with_script_voice(entry.id, voice, None)
            self._state.update(
                imagine_per_script=changed.imagine_per_script,
                imagine_voice=voice,
                imagine_pace=pace,
            )
        else:
            self._state.update(imagine_voice=voice, imagine_pace=pace)
