"""Measuring real files, opened once: what the decoder gives reads what BS.1770 defines (mono
and stereo, 44.1 and 48 kHz, silence, files far shorter than a block), and what is not music
(a FIFO, a device, a folder, a huge file) gets its code before a byte is read, in this process
and in the worker."""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from companion.core.listen.levels import Source
from companion.services.audio.analysis import analyse_file
from companion.services.audio.music_file import MAX_FILE_BYTES, AnalysisError
from companion.services.listen.measure import WorkerMeasurer, measure_track
from tests.unit.test_loudness_reference import reference_lufs

RNG = np.random.default_rng(2026)


def _music(fs: int, seconds: float, channels: int) -> np.ndarray:
    t = np.arange(int(seconds * fs)) / fs
    tone = 0.2 * np.sin(2 * np.pi * 196 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.7 * t))
    return np.column_stack([tone + RNG.normal(0, 0.01, len(t)) for _ in range(channels)])


CASES = {
    "mono 44.1 kHz.flac": (_music(44100, 3.0, 1), 44100),
    "stereo 48 kHz.wav": (_music(48000, 2.5, 2), 48000),
    "stereo 44.1 kHz.ogg": (_music(44100, 2.0, 2), 44100),
    "mono 48 kHz, 0.2 s.wav": (_music(48000, 0.2, 1), 48000),
    "stereo, 5 ms.flac": (_music(44100, 0.005, 2), 44100),
    "silence.flac": (np.zeros((44100, 2)), 44100),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_file_reads_what_its_decoded_samples_define(tmp_path: Path, name: str) -> None:
    samples, fs = CASES[name]
    path = tmp_path / name
    sf.write(path, samples, fs)
    decoded, rate = sf.read(path, always_2d=True)  # what the measuring hears, lossy or not
    expected = reference_lufs(decoded, rate)
    result = analyse_file(path)
    assert result.seconds == pytest.approx(len(decoded) / rate)
    if expected == -math.inf:
        assert result.lufs == -math.inf and result.peak == 0.0
        assert measure_track(path).lufs == -math.inf
    else:
        assert abs(result.lufs - expected) < 0.001, (result.lufs, expected)
        assert result.peak == pytest.approx(np.abs(decoded).max(), rel=1e-6)
        assert measure_track(path).lufs == pytest.approx(result.lufs, abs=1e-9)


def _not_music(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    cases = {}
    folder = tmp_path / "folder.flac"
    folder.mkdir()
    cases["a folder"] = (folder, "not-a-file")
    huge = tmp_path / "huge.wav"
    with open(huge, "wb") as out:  # sparse: no disk used
        out.truncate(MAX_FILE_BYTES + 1)
    cases["a file over 4 GiB"] = (huge, "too-large")
    cases["nothing at all"] = (tmp_path / "gone.ogg", "missing")
    if sys.platform != "win32":
        fifo = tmp_path / "pipe.mp3"
        os.mkfifo(fifo)  # no writer: an open that waited would wait forever
        cases["a FIFO"] = (fifo, "not-a-file")
        zero = tmp_path / "zero.flac"
        zero.symlink_to("/dev/zero")  # reading it would never end
        cases["a link to /dev/zero"] = (zero, "not-a-file")
    return cases


@pytest.mark.timeout(60)
def test_what_is_not_music_gets_its_code_and_is_never_read(tmp_path: Path) -> None:
    worker = WorkerMeasurer()
    try:
        for what, (path, kind) in _not_music(tmp_path).items():
            for measure in (measure_track, worker.measure, analyse_file):
                with pytest.raises(AnalysisError) as error:
                    measure(path)
                assert error.value.kind == kind, (what, measure)
        good = tmp_path / "after.flac"
        sf.write(good, _music(44100, 1.0, 2), 44100)
        assert worker.measure(good).source == Source.MEASURED  # the worker lived on
        assert worker.started == 1
    finally:
        worker.close()
