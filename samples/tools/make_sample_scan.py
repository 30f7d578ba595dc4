#!/usr/bin/env python3
"""Generate the sample scanned form for the dsar demo case.

Writes samples/export/Scans/trip_consent_form_9RB_scan.png: a filled-in trip
consent form as it comes off an office scanner — greyscale, 200 dpi, rotated
by about a degree, with speckle noise — so the demo exercises OCR, scan
redaction and pixel-level verification. Standard library only, plus the
`pdftoppm` command (poppler-utils) to rasterise the page; the page itself is
built with make_sample_pdf.build_pdf. Deterministic: a fixed random seed.

All people and numbers are invented (Ofcom drama-range phone numbers).

Usage:  python3 samples/tools/make_sample_scan.py [output.png]
"""

import math
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_sample_pdf as pdfgen  # noqa: E402

FORM = [
    ("title", "KESTREL MOOR ACADEMY"),
    ("small", "Moorside Lane, Hollinthorpe, Leeds LS36 5RW"),
    ("gap", ""),
    ("h1", "EDUCATIONAL VISIT - PARENT/CARER CONSENT FORM"),
    ("body", "Visit: Year 9 Art - Yorkshire Sculpture Park        Date: Thursday 8 October 2026"),
    ("gap", ""),
    ("h2", "Pupil"),
    ("body", "Pupil name:  Matilda Fenwick          Form: 9RB"),
    ("body", "Date of birth:  03/10/2012"),
    ("gap", ""),
    ("h2", "Emergency contacts during the visit"),
    ("body", "1. Joanne Fenwick (mother)          Tel: 07700 900752"),
    ("body", "2. Mrs Helen Lindqvist (family friend)    Tel: 07700 900862"),
    ("gap", ""),
    ("h2", "Medical information"),
    ("body", "Allergies / medication:  none known"),
    ("body", "Dietary requirements:  vegetarian packed lunch"),
    ("gap", ""),
    ("body", "I give consent for my child to take part in the visit described above."),
    ("gap", ""),
    ("body", "Signed:  Joanne Fenwick               Date: 21/09/2026"),
    ("gap", ""),
    ("small", "Return to Mrs Bellingham (form tutor) by Friday 25 September."),
]

DPI = 200
ANGLE_DEGREES = 0.8
NOISE = 0.004  # fraction of pixels flipped to dark or light


def read_pgm(path):
    with open(path, "rb") as fh:
        data = fh.read()
    parts = data.split(maxsplit=4)
    if parts[0] != b"P5":
        raise SystemExit("expected a binary PGM from pdftoppm")
    width, height, maxval = int(parts[1]), int(parts[2]), int(parts[3])
    if maxval != 255:
        raise SystemExit("expected 8-bit PGM")
    pixels = parts[4][: width * height]
    return width, height, bytearray(pixels)


def rotate(width, height, pixels, degrees):
    """Rotate about the centre by nearest-neighbour sampling; white fill."""
    a = math.radians(degrees)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = width / 2.0, height / 2.0
    out = bytearray(b"\xff" * (width * height))
    for y in range(height):
        dy = y - cy
        row = y * width
        for x in range(width):
            dx = x - cx
            sx = int(ca * dx + sa * dy + cx)
            sy = int(-sa * dx + ca * dy + cy)
            if 0 <= sx < width and 0 <= sy < height:
                out[row + x] = pixels[sy * width + sx]
    return out


def add_noise(pixels, rng):
    for i in range(len(pixels)):
        if rng.random() < NOISE:
            pixels[i] = rng.choice((40, 90, 235))


def write_png(path, width, height, pixels):
    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter: none
        raw += pixels[y * width:(y + 1) * width]
    ppm = int(round(DPI / 0.0254))
    png = (b"\x89PNG\r\n\x1a\n" +
           chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) +
           chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)) +
           chunk(b"IDAT", zlib.compress(bytes(raw), 9)) +
           chunk(b"IEND", b""))
    with open(path, "wb") as fh:
        fh.write(png)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "export", "Scans", "trip_consent_form_9RB_scan.png")
    target = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, "form.pdf")
        with open(pdf, "wb") as fh:
            fh.write(pdfgen.build_pdf([FORM]))
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-singlefile", pdf,
                        os.path.join(tmp, "form")], check=True)
        width, height, pixels = read_pgm(os.path.join(tmp, "form.pgm"))
    pixels = rotate(width, height, pixels, ANGLE_DEGREES)
    add_noise(pixels, random.Random(14))
    write_png(target, width, height, pixels)
    print("wrote %s (%dx%d, %d dpi)" % (target, width, height, DPI))


if __name__ == "__main__":
    main()
