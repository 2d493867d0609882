"""Shapes painted on a Pillow image as matplotlib's Agg draws them: rectangles, axis-aligned lines and
their dashes crisp on the pixel grid (Agg snaps them), curves and slanted lines with smooth edges
(drawn four times larger as a coverage mask and reduced). Coordinates in inches from the bottom left;
colours RGB or RGBA tuples of floats; widths in points. Used by :mod:`chrono.render.paint`.
"""
from __future__ import annotations

from PIL import Image, ImageDraw

from .canvas import DPI, HEIGHT_IN

SUPER = 4                                          # supersampling of curved and slanted shapes


def to_px(x: float, y: float) -> tuple[float, float]:
    return x * DPI, (HEIGHT_IN - y) * DPI


def rgba(color: tuple) -> tuple[int, int, int, int]:
    alpha = color[3] if len(color) > 3 else 1.0
    return tuple(round(c * 255) for c in color[:3]) + (round(alpha * 255),)


def _smooth(img: Image.Image, color: tuple, points: list[tuple[float, float]], draw) -> None:
    """Paint a shape with smooth edges: drawn ``SUPER`` times larger as a coverage mask, reduced."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0 = int(min(xs)) - 2, int(min(ys)) - 2
    w, h = int(max(xs)) + 3 - x0, int(max(ys)) + 3 - y0
    mask = Image.new("L", (w * SUPER, h * SUPER), 0)
    draw(ImageDraw.Draw(mask), [((x - x0) * SUPER, (y - y0) * SUPER) for x, y in points])
    mask = mask.reduce(SUPER)
    c = rgba(color)
    if c[3] < 255:
        mask = mask.point(lambda v: v * c[3] // 255)
    img.paste(c[:3], (x0, y0, x0 + w, y0 + h), mask)


def _dashes(a: tuple, b: tuple, on: float, off: float) -> list[tuple[tuple, tuple]]:
    """The dashes of a straight line from ``a`` to ``b`` (pixels), ``on`` and ``off`` long."""
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    out, s = [], 0.0

    def at(t: float) -> tuple:
        return a[0] + (b[0] - a[0]) * t / length, a[1] + (b[1] - a[1]) * t / length
    while s < length:
        out.append((at(s), at(min(s + on, length))))
        s += on + off
    return out


def _stroke(img: Image.Image, color: tuple, a: tuple, b: tuple, lw_px: float, cap: float = 0.0) -> None:
    """A straight stroke ``lw_px`` wide, its ends carried on by ``cap`` pixels."""
    if abs(a[1] - b[1]) < 1e-6 or abs(a[0] - b[0]) < 1e-6:      # axis-aligned: crisp, as Agg snaps it
        half = lw_px / 2
        hx, hy = (half, cap) if abs(a[0] - b[0]) < 1e-6 else (cap, half)
        box = (min(a[0], b[0]) - hx, min(a[1], b[1]) - hy, max(a[0], b[0]) + hx, max(a[1], b[1]) + hy)
        ImageDraw.Draw(img, "RGBA").rectangle((round(box[0]), round(box[1]), max(round(box[2]) - 1, round(box[0])),
                                               max(round(box[3]) - 1, round(box[1]))), fill=rgba(color))
        return
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = (dx * dx + dy * dy) ** 0.5 or 1.0
    ox, oy = -dy / n * lw_px / 2, dx / n * lw_px / 2
    quad = [(a[0] + ox, a[1] + oy), (b[0] + ox, b[1] + oy), (b[0] - ox, b[1] - oy), (a[0] - ox, a[1] - oy)]
    _smooth(img, color, quad, lambda d, p: d.polygon(p, fill=255))


def _line(img: Image.Image, color: tuple, pts: list, lw: float, dashed: bool) -> None:
    lw_px = lw / 72 * DPI
    for a, b in zip(pts, pts[1:]):
        pieces = _dashes(a, b, 3 * lw_px, 2 * lw_px) if dashed else [(a, b)]
        for p, q in pieces:
            _stroke(img, color, p, q, lw_px, 0.0 if dashed else lw_px / 2)


def paint_shape(img: Image.Image, s) -> None:
    """One :class:`chrono.render.paint.Shape` on ``img``."""
    if s.kind == "rect":
        (x0, y1), (x1, y0) = to_px(s.points[0], s.points[1]), to_px(s.points[2], s.points[3])
        if s.fill is not None:
            left, right = sorted((round(x0), round(x1)))
            top, bottom = sorted((round(y0), round(y1)))
            # a bar narrower than a pixel (a short event in a long overview) still shows one pixel
            ImageDraw.Draw(img, "RGBA").rectangle((left, top, max(right - 1, left), max(bottom - 1, top)),
                                                  fill=rgba(s.fill))
        if s.edge is not None and s.lw:
            _line(img, s.edge, [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], s.lw, s.dashed)
    elif s.kind == "line":
        _line(img, s.edge, [to_px(x, y) for x, y in s.points], s.lw, s.dashed)
    elif s.kind == "polygon":
        pts = [to_px(x, y) for x, y in s.points]
        _smooth(img, s.fill, pts, lambda d, p: d.polygon(p, fill=255))
    elif s.kind == "circle":
        cx, cy = to_px(s.points[0], s.points[1])
        r, half = s.points[2] / 2 / 72 * DPI, s.lw / 2 / 72 * DPI
        ring = [(cx - r - half, cy - r - half), (cx + r + half, cy + r + half)]
        if s.edge is not None and s.lw:
            _smooth(img, s.edge, ring, lambda d, p: d.ellipse(p, fill=255))
        inner = max(r - half, 0.0) if s.edge is not None and s.lw else r
        if s.fill is not None and inner > 0:
            _smooth(img, s.fill, [(cx - inner, cy - inner), (cx + inner, cy + inner)],
                    lambda d, p: d.ellipse(p, fill=255))


__all__ = ["paint_shape", "rgba", "to_px"]
