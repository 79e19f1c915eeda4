from __future__ import annotations

from dashboard.geo import arc, distance_km, great_circle_points, split_at_antimeridian

WASHINGTON = (38.8951, -77.0364)
BEIJING = (39.9075, 116.3972)
LIMA = (-12.0432, -77.0282)
MADRID = (40.4168, -3.7038)


def test_washington_to_beijing_does_not_cross_europe() -> None:
    points = [p for piece in arc(WASHINGTON, BEIJING) for p in piece]
    # The short way goes over Canada and the Arctic: never over the Atlantic or Europe,
    # which would mean longitudes between -60 and 60 east of Washington.
    assert not any(-60 < lon < 60 for _, lat_lon in enumerate(points) for lon in [lat_lon[1]])
    assert max(lat for lat, _ in points) > 60


def test_arc_pieces_never_jump_across_the_map() -> None:
    for a, b in [(WASHINGTON, BEIJING), (LIMA, BEIJING), ((-33.9, 151.2), (34.05, -118.24))]:
        pieces = arc(a, b)
        for piece in pieces:
            for p, q in zip(piece, piece[1:], strict=False):
                assert abs(p[1] - q[1]) < 30, (a, b, p, q)
        assert pieces[0][0] == a and pieces[-1][-1] == b


def test_crossing_is_on_the_antimeridian_from_both_sides() -> None:
    pieces = split_at_antimeridian([(10.0, 170.0), (12.0, -170.0)])
    assert len(pieces) == 2
    assert pieces[0][-1] == (11.0, 180.0)
    assert pieces[1][0] == (11.0, -180.0)


def test_a_short_arc_stays_one_piece_and_follows_the_great_circle() -> None:
    points = great_circle_points(WASHINGTON, MADRID)
    assert len(arc(WASHINGTON, MADRID)) == 1
    total = sum(distance_km(p, q) for p, q in zip(points, points[1:], strict=False))
    assert abs(total - distance_km(WASHINGTON, MADRID)) < 5
