"""A real PDF with a text layer, one text line per entry: the eval sets' and the tests' fixture papers.

Helvetica with WinAnsi encoding, so '£', '–', '’' and '•' survive extraction. Written with
pypdf alone, so a fixture needs no other PDF library.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def write_pdf(path: Path, pages: list[list[str]], size: int = 10, leading: int = 14,
              top: tuple[int, int] = (56, 790)) -> Path:
    """``pages`` of text lines -> an A4 PDF at ``path``: ``size``-point text, ``leading`` points a line."""
    w = PdfWriter()
    font = w._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    for lines in pages:
        page = w.add_blank_page(width=595, height=842)
        ops = ["BT", f"/F1 {size} Tf", f"{leading} TL", f"{top[0]} {top[1]} Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = w._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        w.write(fh)
    return path
