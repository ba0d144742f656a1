"""Letters as files, built by the tests themselves: a PDF written by hand, a DOCX by python-docx,
and hostile files (a zip bomb, deeply nested PDF objects, an encrypted PDF, a scan)."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

AALN_LETTER = Path(__file__).with_name("fixtures") / "letters" / "aaln-item-3.txt"
"""The Asian American Liberation Network's letter on item 3 (the project's seed document)."""


def aaln_letter() -> str:
    return AALN_LETTER.read_text(encoding="utf-8")


def _ascii(text: str) -> str:
    folded = (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")


def _pdf_string(line: str) -> str:
    return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_document(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def text_pdf(text: str, lines_per_page: int = 45) -> bytes:
    """A PDF whose pages show ``text`` (ASCII-folded) in Helvetica, one line per text line."""
    lines = [_ascii(line) for line in text.splitlines()]
    pages = [lines[i : i + lines_per_page] for i in range(0, max(len(lines), 1), lines_per_page)]
    first_page = 4
    kids = " ".join(f"{first_page + 2 * n} 0 R" for n in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for n, page in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "12 TL", "50 760 Td"]
        ops += [f"{_pdf_string(line)} Tj T*" for line in page]
        ops.append("ET")
        stream = "\n".join(ops).encode("ascii")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {first_page + 2 * n + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return pdf_document(objects)


def scanned_pdf() -> bytes:
    """A page with nothing on it but a drawn rectangle: no text layer, like a scan."""
    stream = b"0 0 0 rg 100 100 200 200 re f"
    return pdf_document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def nested_pdf(depth: int = 200_000) -> bytes:
    """A page whose resources hold an array nested ``depth`` levels deep."""
    nested = b"[" * depth + b"]" * depth
    stream = b"BT /F1 10 Tf 50 700 Td (nested) Tj ET"
    return pdf_document(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /X "
            + nested
            + b" >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def encrypted_pdf(text: str) -> bytes:
    """``text_pdf(text)`` encrypted with a user password (pypdf's writer)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(text_pdf(text))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="not-shared", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_document(text: str) -> bytes:
    """A Word document with one paragraph per text line (python-docx)."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb_docx(unpacked_bytes: int = 200 * 1024 * 1024) -> bytes:
    """A DOCX-shaped ZIP whose ``word/document.xml`` unpacks to ``unpacked_bytes`` of spaces."""
    out = io.BytesIO()
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(unpacked_bytes // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def scanned_letter_pdf(text: str, lines_per_page: int = 34) -> bytes:
    """``text`` drawn as pixels by Pillow (wrapped, ASCII-folded) and saved as a PDF of page
    images, as a scanner makes one: no text layer, so only OCR can read it."""
    import textwrap

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=34)
    lines = [
        wrapped
        for line in _ascii(text).splitlines()
        for wrapped in (textwrap.wrap(line, 72) or [""])
    ]
    images = []
    for start in range(0, max(len(lines), 1), lines_per_page):
        image = Image.new("L", (1700, 2200), 255)
        draw = ImageDraw.Draw(image)
        for n, line in enumerate(lines[start : start + lines_per_page]):
            draw.text((120, 150 + 56 * n), line, fill=0, font=font)
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=images[1:])
    return out.getvalue()
