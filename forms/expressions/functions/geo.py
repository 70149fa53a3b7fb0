"""Geographic functions over ODK's coordinate text: ``area``, ``distance``, ``geofence``.

A geopoint is "lat lon [altitude [accuracy]]" in decimal degrees; a geotrace
or geoshape is geopoints joined by ';'.  The formulas are JavaRosa's and the
ODK specification's: Earth is a sphere with the equatorial radius of WGS84
(6,378,100 m as JavaRosa and Enketo round it); ``distance`` adds the
great-circle lengths (spherical law of cosines, as JavaRosa) of consecutive
points, ``area`` is the spherical polygon's area, and altitude is ignored.
An argument can be one geotrace or geoshape text, a node-set of geopoints (a
geopoint question in a repeat), or several geopoints.  Text that is not
coordinates gives NaN (as Enketo does) rather than stopping the form;
``geofence`` is then false.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from ..context import EvaluationContext
from ..values import NodeSet, Value, string_to_number, to_string
from .registry import function

EARTH_RADIUS_METRES = 6_378_100.0

Point = tuple[float, float]


def parse_point(text: str) -> Point | None:
    """(latitude, longitude) of a geopoint text, or None when it is not one."""
    parts = text.split()
    if not 2 <= len(parts) <= 4:
        return None
    numbers = [string_to_number(part) for part in parts]
    if any(not math.isfinite(number) for number in numbers):
        return None
    latitude, longitude = numbers[0], numbers[1]
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return latitude, longitude


def parse_points(text: str) -> list[Point] | None:
    """The points of a geopoint, geotrace or geoshape text (a trailing ';' allowed)."""
    pieces = text.strip().split(";")
    if pieces and not pieces[-1].strip():
        pieces.pop()
    points = [parse_point(piece) for piece in pieces]
    if not points or any(point is None for point in points):
        return None
    return [point for point in points if point is not None]


def _points(args: Sequence[Value]) -> list[Point] | None:
    """One shape text, one node-set of geopoints, or several geopoints."""
    texts: list[str] = []
    for arg in args:
        texts.extend(arg.values if isinstance(arg, NodeSet) else [to_string(arg)])
    if len(texts) == 1:
        return parse_points(texts[0])
    points = [parse_point(text) for text in texts]
    if not points or any(point is None for point in points):
        return None
    return [point for point in points if point is not None]


def great_circle(first: Point, second: Point) -> float:
    """Metres between two points on JavaRosa's sphere (spherical law of cosines)."""
    lat1, lat2 = math.radians(first[0]), math.radians(second[0])
    delta = math.radians(first[1] - second[1])
    cosine = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(delta)
    return math.acos(min(1.0, max(-1.0, cosine))) * EARTH_RADIUS_METRES


def polygon_area(points: Sequence[Point]) -> float:
    """Square metres enclosed by ``points`` (closed implicitly) on the sphere.

    The spherical polygon ("ring") area, sum of (lon2 - lon1)(2 + sin lat1 +
    sin lat2) * R^2 / 2 over the edges: Enketo's formula to the centimetre,
    and within JavaRosa's own test tolerance of its local projection.
    """
    if len(points) < 3:
        return 0.0
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(points, [*points[1:], points[0]], strict=True):
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return abs(total * EARTH_RADIUS_METRES**2 / 2.0)


@function("area", 1, None)
def _area(ctx: EvaluationContext, *shape: Value) -> float:
    points = _points(shape)
    return math.nan if points is None else polygon_area(points)


function("enclosed-area", 1, None)(_area)


@function("distance", 1, None)
def _distance(ctx: EvaluationContext, *trace: Value) -> float:
    points = _points(trace)
    if points is None:
        return math.nan
    return math.fsum(great_circle(a, b) for a, b in itertools.pairwise(points))


@function("geofence", 2)
def _geofence(ctx: EvaluationContext, point: Value, shape: Value) -> bool:
    """Whether the geopoint lies inside the geoshape (even-odd ray casting)."""
    where = parse_point(to_string(point))
    fence = _points((shape,))
    if where is None or fence is None or len(fence) < 3:
        return False
    lat, lon = where
    inside = False
    for (lat1, lon1), (lat2, lon2) in zip(fence, fence[1:] + fence[:1], strict=True):
        if (lat2 > lat) != (lat1 > lat) and lon < (lon1 - lon2) * (lat - lat2) / (
            lat1 - lat2
        ) + lon2:
            inside = not inside
    return inside
