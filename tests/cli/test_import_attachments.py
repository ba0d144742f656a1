"""``intake import``: a column of file paths and a signature count, read as the API reads them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import Comment
from tests.documents import aaln_letter, docx_document, text_pdf


def test_rows_bring_their_files_and_signatures(
    run_cli: Callable[..., Result], item: dict[str, Any], session: Session, tmp_path: Path
) -> None:
    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / "aaln.pdf").write_bytes(text_pdf(aaln_letter()))
    (letters / "aaln.docx").write_bytes(docx_document(aaln_letter()))
    (letters / "program.exe").write_bytes(b"MZ\x90\x00 not a letter")
    path = tmp_path / "old.csv"
    path.write_text(
        "id,comment,name,email,signatures,attachments\n"
        "1,Our congregation sends the attached letter.,Ana Reyes,ana@example.org,300,"
        "letters/aaln.pdf\n"
        "2,Our tenants union endorses the attached letter.,Tom Nguyen,tom@example.org,,"
        "letters/aaln.docx\n"
        "3,A program is no letter.,Eve Kim,eve@example.org,,letters/program.exe\n"
        "4,A missing file.,Gus Hill,gus@example.org,,letters/nowhere.pdf\n"
        "5,Not a number.,Fay Ito,fay@example.org,many,\n",
        encoding="utf-8",
    )
    out = run_cli("import", str(path), "--item", item["id"], "--no-progress").stdout
    assert "imported     2" in out and "errors       3" in out, out
    assert "line 4: attachments.0: Not a PDF" in out
    assert "line 5: attachments.0: No file letters/nowhere.pdf." in out
    assert "line 6: signatures:" in out

    stored = session.scalars(select(Comment).order_by(Comment.id)).all()
    assert [c.signatures for c in stored] == [300, 1]
    assert [[a.media_type for a in c.attachments] for c in stored] == [
        ["application/pdf"],
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ]
    # The same letter as a PDF and as a Word file: one campaign, each cover note its own.
    assert {c.kind for c in stored} == {"form_letter"}
    assert stored[0].campaign_id == stored[1].campaign_id
    assert stored[1].personal_text is not None and "tenants union" in stored[1].personal_text

    again = run_cli("import", str(path), "--item", item["id"], "--no-progress").stdout
    assert "imported     0" in again
