"""Measuring a family's music: tags first, else one real decoding (soundfile and the BS.1770
meter), in the real worker process; kept in a real SQLite file so a track is measured once."""

from __future__ import annotations

import math
import os
import sqlite3
from pathlib import Path

import mutagen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mutagen.apev2 import APEv2
from mutagen.id3 import ID3, TXXX

from companion.core.listen.levels import Source, TrackLevel, calmward_order
from companion.core.listen.playlists import Track
from companion.services.audio.analysis import AnalysisError, analyse_file
from companion.services.listen.gain_tags import parse_gain, tagged_level
from companion.services.listen.measure import (
    InProcessMeasurer,
    MeasureUnavailable,
    WorkerMeasurer,
    level_from_json,
    level_to_json,
    measure_track,
)
from companion.services.listen.track_data import TrackData
from companion.services.store import SCHEMA_VERSION, Store
from companion.sessions.levels import TrackLevels
from tests.helpers.audio_files import track


@pytest.mark.parametrize("suffix", [".wav", ".flac", ".ogg", ".opus", ".mp3"])
def test_every_format_is_measured_at_its_loudness(tmp_path: Path, suffix: str) -> None:
    path = track(tmp_path / f"piece{suffix}", lufs=-30.0, seconds=5.0)
    result = analyse_file(path)
    assert result.lufs == pytest.approx(-30.0, abs=0.5), suffix  # lossy codecs move it a little
    assert 0 < result.peak < 1 and result.seconds == pytest.approx(5.0, abs=0.1)
    assert result.energy is not None


def test_two_tracks_twenty_db_apart_read_twenty_lu_apart(tmp_path: Path) -> None:
    loud = measure_track(track(tmp_path / "loud.flac", lufs=-12.0))
    quiet = measure_track(track(tmp_path / "quiet.flac", lufs=-32.0))
    assert (loud.source, quiet.source) == (Source.MEASURED, Source.MEASURED)
    assert loud.lufs - quiet.lufs == pytest.approx(20.0, abs=0.2)


def test_a_lively_piece_has_more_energy_than_a_slow_one(tmp_path: Path) -> None:
    lively = measure_track(track(tmp_path / "a.ogg", -18.0, 8.0, pulses_per_s=6.0), energy=True)
    slow = measure_track(track(tmp_path / "b.ogg", -18.0, 8.0, pulses_per_s=0.5), energy=True)
    still = measure_track(track(tmp_path / "c.ogg", -18.0, 8.0, pulses_per_s=0.0), energy=True)
    assert lively.energy and slow.energy and still.energy
    assert lively.energy.onsets_per_s > slow.energy.onsets_per_s > still.energy.onsets_per_s
    assert lively.energy.onsets_per_s == pytest.approx(6.0, abs=1.0)
    assert calmward_order([slow, still, lively]) == [2, 0, 1]


def test_files_that_cannot_be_measured(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(b"\x00not music\xff" * 500)
    failed = measure_track(junk)
    assert failed.source == Source.FAILED and math.isnan(failed.lufs)
    with pytest.raises(AnalysisError) as missing:
        measure_track(tmp_path / "gone.flac")
    assert missing.value.kind == "missing"
    (tmp_path / "folder.ogg").mkdir()
    with pytest.raises(AnalysisError) as folder:
        measure_track(tmp_path / "folder.ogg")
    assert folder.value.kind == "not-a-file"
    silent = tmp_path / "silence.wav"
    track(silent, -30.0)
    import numpy as np

    from tests.helpers.audio_files import write

    write(silent, np.zeros((44100 * 2, 2), dtype=np.float32))
    level = measure_track(silent)
    assert level.lufs == -math.inf and level_from_json(level_to_json(level)).lufs == -math.inf


# -- tags ----------------------------------------------------------------------------------


def test_replaygain_in_id3_and_apev2(tmp_path: Path) -> None:
    mp3 = track(tmp_path / "a.mp3", -12.0, 2.0)
    tags = ID3()
    tags.add(TXXX(encoding=3, desc="replaygain_track_gain", text=["-4.50 dB"]))
    tags.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_PEAK", text=["0.891"]))
    tags.save(mp3)
    level = tagged_level(mp3)
    assert level is not None and level.source == Source.TAG
    assert level.lufs == pytest.approx(-13.5) and level.peak == pytest.approx(0.891)
    gained = track(tmp_path / "b.mp3", -12.0, 2.0)
    ape = APEv2()
    ape["REPLAYGAIN_TRACK_GAIN"] = "+2,00 dB"  # mp3gain; a decimal comma is read too
    ape.save(gained)
    level = tagged_level(gained)
    assert level is not None and level.lufs == pytest.approx(-20.0) and level.peak is None


@pytest.mark.parametrize("suffix", [".flac", ".ogg", ".wav"])
def test_replaygain_in_vorbis_comments_and_wav(tmp_path: Path, suffix: str) -> None:
    path = track(tmp_path / f"a{suffix}", -12.0, 2.0)
    audio = mutagen.File(path)
    if suffix == ".wav":
        audio.add_tags()
        audio.tags.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_GAIN", text=["\u22123.1 dB"]))
    else:
        audio["REPLAYGAIN_TRACK_GAIN"] = "-3.10 dB"
    audio.save()
    level = tagged_level(path)
    assert level is not None and level.lufs == pytest.approx(-14.9)


def test_opus_r128_gain_wins_over_replaygain(tmp_path: Path) -> None:
    path = track(tmp_path / "a.opus", -12.0, 2.0)
    audio = mutagen.File(path)
    audio["R128_TRACK_GAIN"] = "-1280"  # Q7.8: -5 dB, relative to -23 LUFS
    audio["REPLAYGAIN_TRACK_GAIN"] = "+1.00 dB"
    audio.save()
    level = tagged_level(path)
    assert level is not None and level.lufs == pytest.approx(-18.0)


def test_a_tagged_track_is_not_decoded_unless_its_energy_is_wanted(tmp_path: Path) -> None:
    path = track(tmp_path / "a.flac", -12.0, 3.0)
    audio = mutagen.File(path)
    audio["REPLAYGAIN_TRACK_GAIN"] = "-4.00 dB"
    audio.save()
    assert measure_track(path).energy is None
    with_energy = measure_track(path, energy=True)
    assert with_energy.lufs == pytest.approx(-14.0) and with_energy.energy is not None


@pytest.mark.parametrize(
    "text", ["", "loud", "dB", "-4.5.1 dB", "99 dB", "-65 dB", "1e3", "nan", "- -3", "+"]
)
def test_gains_that_are_not_gains_are_ignored(text: str) -> None:
    assert parse_gain(text) is None


@given(st.floats(-64, 64, allow_nan=False).map(lambda v: round(v, 2)), st.sampled_from(
    ["{:+.2f} dB", "{:.2f} dB", "{:.2f}", "{:.2f} LU", "  {:.2f}dB  "]
))  # fmt: skip
def test_every_written_gain_is_read_back(value: float, form: str) -> None:
    assert parse_gain(form.format(value)) == pytest.approx(value)


# -- the worker process ---------------------------------------------------------------------


def test_the_worker_process_measures_and_survives_bad_files(tmp_path: Path) -> None:
    loud = track(tmp_path / "loud.ogg", -10.0, 4.0)
    junk = tmp_path / "junk.flac"
    junk.write_bytes(b"fLaC" + b"\x00" * 4000)
    measurer = WorkerMeasurer()
    try:
        level = measurer.measure(loud, energy=True)
        assert level.lufs == pytest.approx(-10.0, abs=0.5) and level.energy is not None
        assert measurer.measure(junk).source == Source.FAILED
        with pytest.raises(AnalysisError):
            measurer.measure(tmp_path / "gone.ogg")
        assert measurer.measure(loud).source == Source.MEASURED
        assert measurer.started == 1  # one process for all of it
    finally:
        measurer.close()


# -- kept in the database ---------------------------------------------------------------------


def test_levels_are_kept_with_the_track_and_measured_once(qtbot, tmp_path: Path) -> None:
    """A track without tags is measured once and not again (until its file changes)."""
    piece = track(tmp_path / "Grandad \udcff.flac", -15.0, 3.0)  # a name that is not UTF-8
    db = tmp_path / "history.db"
    store = Store.open(db)
    levels = TrackLevels(store, InProcessMeasurer)
    song = Track(str(piece), "Song")
    assert levels.level(song) is None
    with qtbot.waitSignal(levels.changed, timeout=20000):
        levels.request([song])
    assert levels.level(song).lufs == pytest.approx(-15.0, abs=0.3)
    assert levels.measurements == 1
    levels.request([song])
    assert not levels.busy and levels.measurements == 1
    levels.close()
    store.close()

    again = Store.open(db)  # the next start of the app
    fresh = TrackLevels(again, InProcessMeasurer)
    fresh.request([song])
    assert not fresh.busy and fresh.measurements == 0
    assert fresh.level(song).lufs == pytest.approx(-15.0, abs=0.3)
    fresh.close()

    st_ = piece.stat()
    os.utime(piece, ns=(st_.st_atime_ns, st_.st_mtime_ns + 10**9))  # the file changed
    changed = TrackLevels(again, InProcessMeasurer)
    assert changed.level(song) is None
    with qtbot.waitSignal(changed.changed, timeout=20000):
        changed.request([song])
    assert changed.measurements == 1
    changed.close()
    rows = sqlite3.connect(db).execute("SELECT typeof(path), source FROM track_levels").fetchall()
    assert rows == [("blob", "measured")]


def test_an_older_history_gains_the_music_tables(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    from companion.services.store import MIGRATIONS

    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = Store.open(db)
    assert store.schema_version == SCHEMA_VERSION
    data = TrackData(store)
    assert data.levels(["/x.ogg"]) == {} and data.unsettled_marks() == {}
    store.close()


def test_a_track_asked_for_while_it_is_measured_is_measured_once(qtbot, tmp_path: Path) -> None:
    """The player asks for the whole playlist, then for the track it starts: one measurement."""
    piece = Track(str(track(tmp_path / "a.ogg", -20.0, 3.0)))
    other = Track(str(track(tmp_path / "b.ogg", -10.0, 3.0)))
    levels = TrackLevels(None, InProcessMeasurer)
    levels.request([piece, other])
    levels.request([piece], first=True)  # under way already
    qtbot.waitUntil(lambda: not levels.busy, timeout=30000)
    assert levels.measurements == 2
    levels.close()


def test_two_worker_processes_share_a_library_and_one_track_needs_one(qtbot, tmp_path) -> None:
    """Two measuring processes take tracks from one queue: each track is measured once, the
    track asked for first starts before those that waited; a single track starts one."""
    made: list[WorkerMeasurer] = []
    asked: list[str] = []

    class Asked(WorkerMeasurer):
        def measure(self, path: Path, energy: bool = False) -> TrackLevel:
            asked.append(str(path))
            return super().measure(path, energy)

    def make() -> WorkerMeasurer:
        made.append(Asked())
        return made[-1]

    tracks = [Track(str(track(tmp_path / f"{i}.flac", -30.0 + 3 * i, 2.0))) for i in range(6)]
    levels = TrackLevels(None, make, measurers=2)
    done: list[str] = []
    levels.changed.connect(done.append)
    levels.request(tracks)
    levels.request([tracks[-1]], first=True)  # the one about to play
    with qtbot.waitSignal(levels.idle, timeout=60000):
        pass
    assert sorted(done) == sorted(t.path for t in tracks) and levels.measurements == 6
    # one may have been under way on each worker, and the other may take the next at once
    assert tracks[-1].path in asked[:4] and len(asked) == 6
    assert [m.started for m in made] == [1, 1]
    for i, t in enumerate(tracks):
        assert levels.level(t).lufs == pytest.approx(-30.0 + 3 * i, abs=0.3)
    levels.close()

    alone = TrackLevels(None, make, measurers=2)
    with qtbot.waitSignal(alone.idle, timeout=30000):
        alone.request([Track(str(track(tmp_path / "alone.ogg", -20.0, 2.0)))])
    assert len(made) == 3 and made[-1].started == 1
    alone.close()


HEADERS = [b"fLaC", b"OggS\x00\x02", b"ID3\x04\x00", b"\xff\xfb\x90", b"RIFF\x00\x10\x00\x00WAVE"]


@settings(max_examples=25)
@given(
    st.sampled_from(list(zip(HEADERS, [".flac", ".ogg", ".mp3", ".mp3", ".wav"], strict=True))),
    st.binary(min_size=0, max_size=4000),
)
def test_hostile_files_never_break_the_measuring(tmp_path_factory, head, body: bytes) -> None:
    """A damaged or disguised file gives a failed level (or at worst "not now"), never an
    error the app does not expect, and the worker carries on."""
    header, suffix = head
    path = tmp_path_factory.mktemp("hostile") / f"track{suffix}"
    path.write_bytes(header + body)
    try:
        level = HOSTILE.measure(path)
    except MeasureUnavailable:  # the worker died on it: the next request starts another
        return
    assert level.source in (Source.FAILED, Source.MEASURED, Source.TAG)


HOSTILE = WorkerMeasurer()


@pytest.fixture(autouse=True, scope="module")
def _close_the_hostile_worker():
    yield
    HOSTILE.close()
