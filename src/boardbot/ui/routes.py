"""HTTP routes beside the Gradio app: a paper's PDF, a page image, and a few pages around a cited page.

They live on Gradio's own FastAPI app so they share its login: the caller is
found from Gradio's session cookie, exactly as Gradio's ``/gradio_api/user``
does. A paper the caller may not read answers 404, the same as one that does
not exist, so its name cannot be probed; with logins configured, no session
answers 401. Only files named in the catalogue are ever served. The excerpt
(the cited page and two either side) is what the in-browser PDF viewer loads,
so a reader never downloads a whole agenda pack to see one page; the PDF.js
library and worker are served from the package, so the viewer works offline.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse

from ..store.catalog import FileRecord
from . import cited_pages
from .service import Service
from .sessions import cookie_user

log = logging.getLogger(__name__)

PREFIX = "/boardbot"
PDFJS = Path(__file__).parent / "static" / "pdfjs"
PDFJS_FILES = ("pdf.min.mjs", "pdf.worker.min.mjs")  # PDF.js for the viewer; nothing else there is served


def current_user(app: Any, request: Request) -> str | None:
    """The logged-in user of a request to a Gradio ``App`` (None when anonymous or the session ended)."""
    return cookie_user(app, request.cookies)


def content_disposition(name: str) -> str:
    """``inline`` with an ASCII fallback name and the real one per RFC 5987 (headers are Latin-1 only)."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in name)
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def install(app: Any, service: Service) -> None:
    """Add the routes to Gradio's app (``demo.server_app``)."""

    def readable(request: Request, file: str) -> FileRecord:
        user = current_user(app, request)
        if service.auth_required and user is None:
            raise HTTPException(status_code=401, detail="log in first")
        rec = service.paper(file, user)
        if rec is None:
            raise HTTPException(status_code=404, detail="no such paper")
        return rec

    def get_pdf(file: str, request: Request) -> FileResponse:
        rec = readable(request, file)
        path = service.pdf_path(rec)
        if path is None:
            log.warning("%s: the indexed version of its PDF is no longer on disk", rec.file)
            raise HTTPException(status_code=404, detail="the indexed version of this PDF is not on disk")
        return FileResponse(
            path, media_type="application/pdf",
            headers={"Content-Disposition": content_disposition(rec.file),
                     "Cache-Control": "private, max-age=600", "X-Content-Type-Options": "nosniff"},
        )

    def get_page(file: str, page: int, request: Request) -> FileResponse:
        rec = readable(request, file)
        image = service.page_image(rec, page)
        if image is None:
            raise HTTPException(status_code=404, detail="no such page")
        return FileResponse(image, media_type="image/png",
                            headers={"Cache-Control": "private, max-age=600"})

    def get_excerpt(file: str, page: int, request: Request) -> FileResponse:
        rec = readable(request, file)
        made = cited_pages.excerpt(service, rec, page)
        if made is None:
            raise HTTPException(status_code=404, detail="no such page")
        first, last = cited_pages.excerpt_range(page, rec.pages)
        stem = rec.file[:-4] if rec.file.lower().endswith(".pdf") else rec.file
        return FileResponse(
            made[0], media_type="application/pdf",
            headers={"Content-Disposition": content_disposition(f"{stem} (pages {first}-{last}).pdf"),
                     "Cache-Control": "private, max-age=600", "X-Content-Type-Options": "nosniff"},
        )

    def get_pdfjs(name: str, request: Request) -> FileResponse:
        if service.auth_required and current_user(app, request) is None:
            raise HTTPException(status_code=401, detail="log in first")
        if name not in PDFJS_FILES:
            raise HTTPException(status_code=404, detail="no such file")
        return FileResponse(PDFJS / name, media_type="text/javascript",
                            headers={"Cache-Control": "private, max-age=86400"})

    app.add_api_route(f"{PREFIX}/excerpt/{{file}}/{{page:int}}.pdf", get_excerpt, methods=["GET", "HEAD"],
                      include_in_schema=False)
    app.add_api_route(f"{PREFIX}/static/pdfjs/{{name}}", get_pdfjs, methods=["GET", "HEAD"],
                      include_in_schema=False)
    app.add_api_route(f"{PREFIX}/pdf/{{file}}", get_pdf, methods=["GET", "HEAD"], include_in_schema=False)
    app.add_api_route(f"{PREFIX}/page/{{file}}/{{page:int}}.png", get_page, methods=["GET", "HEAD"],
                      include_in_schema=False)
