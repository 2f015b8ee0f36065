#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only (no imaging package needed).

color.png   192x192: a white target (two rings and a centre) on the GoalFrames accent colour.
outline.png  32x32:  the same target, white on a transparent background (every pixel is white; only alpha varies).

Run from anywhere: python3 manifests/teams/make-icons.py. The output is deterministic, so re-running changes nothing.
"""
import math
import os
import struct
import zlib

ACCENT = (0x2B, 0x57, 0x9A)  # also "accentColor" in manifest.json
HERE = os.path.dirname(os.path.abspath(__file__))


def coverage(size, x, y, samples=4):
    """How much of pixel (x, y) the target covers, 0..1, by supersampling."""
    centre = size / 2
    outer = size * 0.40
    hits = 0
    for sy in range(samples):
        for sx in range(samples):
            px = x + (sx + 0.5) / samples
            py = y + (sy + 0.5) / samples
            r = math.hypot(px - centre, py - centre) / outer
            # ring 1: 0.78..1.0, ring 2: 0.42..0.62, centre dot: < 0.22
            if 0.78 <= r <= 1.0 or 0.42 <= r <= 0.62 or r < 0.22:
                hits += 1
    return hits / (samples * samples)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def color(x, y):
    c = coverage(192, x, y)
    return tuple(round(a + (255 - a) * c) for a in ACCENT) + (255,)


def outline(x, y):
    return (255, 255, 255, round(255 * coverage(32, x, y)))


png(os.path.join(HERE, "color.png"), 192, color)
png(os.path.join(HERE, "outline.png"), 32, outline)
