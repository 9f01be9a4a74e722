"""HTTP routes beside the Gradio app: a paper's PDF (opened at ``#page=N``) and a page image.

They live on Gradio's own FastAPI app so they share its login: the caller is
found from Gradio's session cookie, exactly as Gradio's ``/gradio_api/user``
does. A paper the caller may not read answers 404, the same as one that does
not exist, so its name cannot be probed; with logins configured, no session
answers 401. Only files named in the catalogue are ever served.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse

from ..store.catalog import FileRecord
from .service import Service

log = logging.getLogger(__name__)

PREFIX = "/boardbot"


def current_user(app: Any, request: Request) -> str | None:
    """The logged-in user of a request to a Gradio ``App`` (None when anonymous)."""
    cookie_id = getattr(app, "cookie_id", "")
    token = request.cookies.get(f"access-token-{cookie_id}") or request.cookies.get(
        f"access-token-unsecure-{cookie_id}"
    )
    return getattr(app, "tokens", {}).get(token) if token else None


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
            log.warning("%s: indexed but its PDF is no longer on disk", rec.file)
            raise HTTPException(status_code=404, detail="the PDF is no longer on disk")
        return FileResponse(
            path, media_type="application/pdf",
            headers={"Content-Disposition": f'inline; filename="{rec.file}"',
                     "Cache-Control": "private, max-age=600", "X-Content-Type-Options": "nosniff"},
        )

    def get_page(file: str, page: int, request: Request) -> FileResponse:
        rec = readable(request, file)
        image = service.page_image(rec, page)
        if image is None:
            raise HTTPException(status_code=404, detail="no such page")
        return FileResponse(image, media_type="image/png",
                            headers={"Cache-Control": "private, max-age=600"})

    app.add_api_route(f"{PREFIX}/pdf/{{file}}", get_pdf, methods=["GET", "HEAD"], include_in_schema=False)
    app.add_api_route(f"{PREFIX}/page/{{file}}/{{page:int}}.png", get_page, methods=["GET", "HEAD"],
                      include_in_schema=False)
