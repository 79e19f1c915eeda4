"""Great-circle arcs that take the short way round the world.

Leaflet draws straight lines in Web Mercator, so Washington to Beijing would cross Europe. We
sample the great circle instead and cut it where it crosses the antimeridian, so each piece stays
within -180..180 and the map never draws a line across the whole world.
"""

from __future__ import annotations

import math

from geopy.distance import great_circle

Point = tuple[float, float]  # (lat, lon)


def _to_vector(point: Point) -> tuple[float, float, float]:
    lat, lon = map(math.radians, point)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


def _to_point(vector: tuple[float, float, float]) -> Point:
    x, y, z = vector
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def distance_km(a: Point, b: Point) -> float:
    return great_circle(a, b).km


def great_circle_points(a: Point, b: Point, steps: int | None = None) -> list[Point]:
    """Points along the shorter great circle from a to b, ends included."""
    va, vb = _to_vector(a), _to_vector(b)
    dot = max(-1.0, min(1.0, sum(p * q for p, q in zip(va, vb, strict=True))))
    omega = math.acos(dot)
    if omega < 1e-9:
        return [a, b]
    if steps is None:  # about one point per 200 km, enough for a smooth curve at world zoom
        steps = max(8, min(128, int(math.degrees(omega) * 111 / 200)))
    sin_omega = math.sin(omega)
    points = []
    for i in range(steps + 1):
        t = i / steps
        fa = math.sin((1 - t) * omega) / sin_omega
        fb = math.sin(t * omega) / sin_omega
        points.append(_to_point(tuple(fa * p + fb * q for p, q in zip(va, vb, strict=True))))
    points[0], points[-1] = a, b
    return points


def split_at_antimeridian(points: list[Point]) -> list[list[Point]]:
    """Cut a path where it jumps across ±180°, adding the crossing point to both sides."""
    parts: list[list[Point]] = [[points[0]]]
    for prev, cur in zip(points, points[1:], strict=False):
        if abs(cur[1] - prev[1]) > 180:
            # unwrap the longitude of cur relative to prev to find the crossing latitude
            edge = 180.0 if prev[1] > 0 else -180.0
            cur_lon = cur[1] + (360 if prev[1] > 0 else -360)
            t = (edge - prev[1]) / (cur_lon - prev[1])
            lat = prev[0] + t * (cur[0] - prev[0])
            parts[-1].append((lat, edge))
            parts.append([(lat, -edge), cur])
        else:
            parts[-1].append(cur)
    return parts


def arc(a: Point, b: Point) -> list[list[Point]]:
    """The arc from a to b as one or more pieces, none of which crosses the antimeridian."""
    return split_at_antimeridian(great_circle_points(a, b))


def midpoint(a: Point, b: Point) -> Point:
    points = great_circle_points(a, b, steps=2)
    return points[1]
