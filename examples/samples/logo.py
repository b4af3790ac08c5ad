"""Makes input/texte/logo.png, the samples' example logo, with Python's zlib alone (another
program than bestand): a rounded square emblem and three bars in the built-in blue on a
transparent ground, 360 x 120 pixels. Run from the repository root: python3 examples/samples/logo.py
"""
import struct
import zlib

W, H = 360, 120
BLUE = (0x0B, 0x3C, 0x5D, 255)
rows = []
for y in range(H):
    row = bytearray([0])
    for x in range(W):
        in_square = 10 <= x < 110 and 10 <= y < 110 and not (
            (x - 10 < 12 or x >= 98) and (y - 10 < 12 or y >= 98)
        )
        bar = (
            130 <= x < 350
            and any(a <= y < b for a, b in [(22, 42), (52, 72), (82, 102)])
            and x < 350 - (0 if y < 42 else 60 if y < 72 else 120)
        )
        if in_square:
            px = (0xFF, 0xFF, 0xFF, 255) if 40 <= x < 80 and 40 <= y < 80 else BLUE
        elif bar:
            px = BLUE
        else:
            px = (0, 0, 0, 0)
        row += bytes(px)
    rows.append(bytes(row))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = (
    b"\x89PNG\r\n\x1a\n"
    + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
    + chunk(b"IEND", b"")
)
with open("input/texte/logo.png", "wb") as f:
    f.write(png)
