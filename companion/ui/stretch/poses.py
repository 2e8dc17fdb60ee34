"""The figure's poses: one function per movement turns a :class:`Motion` into a :class:`Pose`.

Pure arithmetic on angles and offsets (no drawing): :mod:`.figure` paints the pose.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from companion.core.stretch.timing import SchedulePoint


@dataclass(frozen=True)
class Motion:
    """Where a repetition is: ``lift`` 0 (rest) .. 1 (furthest), ``cycle`` 0..1, ``side`` 0/1."""

    lift: float = 0.0
    cycle: float = 0.0
    side: int = 0
    breath: float = 0.0  # 0 (breathed out) .. 1 (breathed in): the chest rises with it


@dataclass(frozen=True)
class Pose:
    """Joint positions of the figure; angles in degrees."""

    view: str = "front"  # "front", "side" or "bed" (side view, propped up in bed)
    lean: float = 0.0  # torso sideways (+ towards the viewer's right) / forwards in side view
    twist: float = 0.0  # -1..1 upper body turn (front view)
    head_tilt: float = 0.0
    head_turn: float = 0.0  # -1..1
    chin_tuck: float = 0.0  # 0..1 (side view)
    shrug: float = 0.0  # shoulders up, in units
    roll: float = 0.0  # shoulders back (side view) / down-and-back (front), 0..1
    arm: tuple[float, float] = (12.0, 12.0)  # upper arms (left, right) from hanging down
    elbow: tuple[float, float] = (72.0, 72.0)  # bend towards the lap
    knee_lift: tuple[float, float] = (0.0, 0.0)  # marching, units
    ankle: float = 0.0  # foot angle, + toes up (side view)
    foot_turn: float = 0.0  # -1..1 ankle circles: the foot seen turning
    heel: float = 0.0  # heel slide 0..1 (bed view)
    hand: str | None = None  # close-up of a hand: "palm-up" or "palm-down"
    hand_open: float = 1.0  # 0 soft fist .. 1 open
    spread: float = 0.0  # 0..1 fingers fanned
    wrist: float | None = None  # wrist circle angle (radians), close-up
    breath: float = 0.0  # 0..1: the chest rises and the torso lengthens with the in-breath


def _ease(x: float) -> float:
    """Smooth start and end, like an unhurried movement."""
    x = min(1.0, max(0.0, x))
    return 0.5 - 0.5 * math.cos(math.pi * x)


def motion_at(point: SchedulePoint | None, breath: float = 0.0) -> Motion:
    """The figure's motion for a point of the routine schedule, breathing ``breath``."""
    if point is None or point.phase == "done":
        return Motion()
    if point.phase == "rest":
        return Motion(breath=breath)
    side = (point.repetition - 1) % 2
    if point.phase == "move":
        return Motion(_ease(point.progress), 0.5 * point.progress, side, breath)
    if point.phase == "stay":
        return Motion(1.0, 0.5, side, breath)
    return Motion(1.0 - _ease(point.progress), 0.5 + 0.5 * point.progress, side, breath)


def _signed(m: Motion) -> float:
    return m.lift if m.side == 0 else -m.lift


def _pair(value: float, rest: float, m: Motion) -> tuple[float, float]:
    """``value`` on the moving side only, ``rest`` on the other."""
    return (value, rest) if m.side == 0 else (rest, value)


POSES: dict[str, Callable[[Motion], Pose]] = {
    "neck_tilt": lambda m: Pose(head_tilt=22.0 * _signed(m)),
    "shoulder_roll": lambda m: Pose(
        shrug=9.0 * math.sin(math.pi * min(1.0, 2 * m.cycle)) if m.lift else 0.0,
        roll=math.sin(math.pi * m.cycle) if m.lift else 0.0,
    ),
    "side_reach": lambda m: Pose(
        lean=-13.0 * _signed(m),
        arm=_pair(12.0 + 156.0 * m.lift, 25.0, m),
        elbow=_pair(72.0 - 62.0 * m.lift, 25.0, m),
        head_tilt=-6.0 * _signed(m),
    ),
    "seated_twist": lambda m: Pose(
        twist=_signed(m), head_turn=_signed(m), arm=(12.0, 12.0), elbow=(72.0, 72.0)
    ),
    "seated_march": lambda m: Pose(knee_lift=_pair(15.0 * m.lift, 0.0, m)),
    "arm_raise": lambda m: Pose(
        view="side", arm=(25.0 + 65.0 * m.lift,) * 2, elbow=(65.0 - 55.0 * m.lift,) * 2
    ),
    "chin_tuck": lambda m: Pose(view="side", chin_tuck=m.lift),
    "ankle_pump": lambda m: Pose(view="side", ankle=-16.0 + 42.0 * m.lift),
    "ankle_circle": lambda m: Pose(
        view="side",
        ankle=14.0 * math.cos(2 * math.pi * m.cycle) if m.lift else 0.0,
        foot_turn=math.sin(2 * math.pi * m.cycle) if m.lift else 0.0,
    ),
    "heel_slide": lambda m: Pose(view="bed", heel=m.lift),
    "wrist_circle": lambda m: Pose(
        hand="palm-down", wrist=2 * math.pi * m.cycle, hand_open=0.8, elbow=(80.0, 80.0)
    ),
    "hand_open_close": lambda m: Pose(hand="palm-up", hand_open=0.25 + 0.75 * m.lift),
    "finger_spread": lambda m: Pose(hand="palm-down", spread=m.lift),
}


def pose_for(illustration: str, motion: Motion) -> Pose:
    """The pose for ``illustration`` (an unknown key gives the resting figure, gently rising),
    its chest rising with the breath."""
    make = POSES.get(illustration)
    pose = Pose(shrug=2.0 * motion.lift) if make is None else make(motion)
    return replace(pose, breath=motion.breath)


# -- drawing --------------------------------------------------------------------------------
