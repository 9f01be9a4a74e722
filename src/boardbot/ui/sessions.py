"""Logins and sessions for the app: throttled, off the event loop, expiring, bound to their user.

Gradio's own login keeps ``token -> user`` in ``app.tokens`` forever and runs
the password check on the event loop. This module replaces three things on
Gradio's FastAPI app after launch:

* ``/login``: refuses a name or address with too many recent failures (429)
  before any hashing, runs PBKDF2 in a worker thread (at most ``HASHERS`` at
  once, so a burst of logins cannot starve the CPUs; a right password seen in
  the last minutes is recognised without it, see ``access.VerifiedLogins``),
  and issues the same cookies as Gradio's.
* ``app.tokens``: a ``Sessions`` dict whose every lookup - Gradio's on each
  page, API and queue call, and ours on the file routes - checks that the
  token has not expired and that the user still exists with the same
  password, groups and role; otherwise the session ends at once.
* a guard in front of the router: a Gradio ``session_hash`` (it keys the
  conversation state and the event stream, and shows in ``queue/data`` URLs)
  belongs to the user who first used it; another user presenting it gets 403.

It also puts ``/openapi.json`` behind the login when users are configured.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import secrets
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from fastapi import Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordRequestForm

from ..access import LoginThrottle, VerifiedLogins, authenticate
from ..errors import ConfigError

if TYPE_CHECKING:
    from .service import Service

log = logging.getLogger(__name__)

HASHERS = 2  # password checks at once; each is ~0.15 s of one core at 600k iterations
MAX_SESSION_HASHES = 100_000
_PATH_HASH = re.compile(r"/(?:heartbeat|stream)/([^/]+)")


def cookie_user(app: Any, cookies: dict[str, str]) -> str | None:
    cookie_id = getattr(app, "cookie_id", "")
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return getattr(app, "tokens", {}).get(token) if token else None


class Sessions(dict):
    """``token -> user name``, checked on every read: expired or stale sessions vanish."""

    def __init__(self, service: Service) -> None:
        super().__init__()
        self.service = service
        self.meta: dict[str, tuple[float, str]] = {}  # token -> (expires at, user fingerprint)

    def __setitem__(self, token: str, user: str) -> None:
        u = self._user(user)
        self.meta[token] = (time.time() + self.service.settings.session_ttl_s, u.fingerprint if u else "")
        super().__setitem__(token, user)

    def __delitem__(self, token: str) -> None:  # tolerant: the token may have just expired
        self.meta.pop(token, None)
        self.pop(token, None)

    def _user(self, name: str) -> Any:
        try:
            return self.service.user(name)
        except ConfigError:  # an unreadable users file fails closed
            return None

    def _valid(self, token: Any) -> bool:
        if not isinstance(token, str) or not dict.__contains__(self, token):
            return False
        expires, fingerprint = self.meta.get(token, (0.0, ""))
        u = self._user(dict.__getitem__(self, token))
        if time.time() < expires and u is not None and u.fingerprint == fingerprint:
            return True
        log.info("session of %r ended (%s)", dict.__getitem__(self, token),
                 "expired" if time.time() >= expires else "user removed or changed")
        self.pop(token, None)
        self.meta.pop(token, None)
        return False

    def get(self, token: Any, default: Any = None) -> Any:
        return dict.__getitem__(self, token) if self._valid(token) else default

    def __getitem__(self, token: str) -> str | None:  # type: ignore[override]
        # None, not KeyError, for an ended session: Gradio's logout reads every token of a list it made earlier
        return dict.__getitem__(self, token) if self._valid(token) else None

    def __contains__(self, token: object) -> bool:
        return self._valid(token)


class SessionGuard:
    """ASGI wrapper: a Gradio session hash is usable only by the user who first presented it."""

    def __init__(self, inner: Any, app: Any) -> None:
        self.inner, self.app = inner, app
        self.owners: OrderedDict[str, str] = OrderedDict()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope.get("type") not in ("http", "websocket") or not path.startswith("/gradio_api/"):
            return await self.inner(scope, receive, send)
        user = cookie_user(self.app, _cookies(scope))
        hashes = [v for v in parse_qs(scope.get("query_string", b"").decode("latin-1")).get("session_hash", [])]
        hashes += _PATH_HASH.findall(path)
        headers = dict(scope.get("headers") or [])
        if scope.get("method") == "POST" and b"json" in headers.get(b"content-type", b""):
            body, receive = await _buffer(receive)
            try:
                data = json.loads(body or b"{}")
                if isinstance(data, dict) and isinstance(data.get("session_hash"), str):
                    hashes.append(data["session_hash"])
            except ValueError:
                pass
        if user is not None:
            for h in hashes:
                owner = self.owners.setdefault(h, user)
                self.owners.move_to_end(h)
                if owner != user:
                    log.warning("user %r presented the session of %r: refused", user, owner)
                    return await JSONResponse({"detail": "this session belongs to another user"},
                                              status_code=403)(scope, receive, send)
            while len(self.owners) > MAX_SESSION_HASHES:
                self.owners.popitem(last=False)
        return await self.inner(scope, receive, send)


def _cookies(scope: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers") or []:
        if k == b"cookie":
            for part in v.decode("latin-1").split(";"):
                name, _, value = part.strip().partition("=")
                out.setdefault(name, value)
    return out


async def _buffer(receive: Any) -> tuple[bytes, Any]:
    chunks, more = [], True
    while more:
        msg = await receive()
        if msg["type"] != "http.request":
            break
        chunks.append(msg.get("body", b""))
        more = msg.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


def gradio_auth(service: Service) -> Any:
    """Gradio's ``auth`` hook, behind the throttled /login ``install`` puts in front of Gradio's own;
    async, so Gradio awaits it and the hashing runs in a worker thread, not on the event loop."""

    async def check(user: str, password: str) -> bool:
        return await asyncio.to_thread(authenticate, service.settings, user, password)

    return check


def install(app: Any, service: Service) -> None:
    """Put the throttled login, checked sessions, session guard and guarded schema on Gradio's app."""
    settings = service.settings
    app.tokens = Sessions(service)
    throttle = LoginThrottle(settings.login_max_failures, settings.login_max_failures_per_address,
                             settings.login_window_s)
    service.throttle = throttle
    hashers = asyncio.Semaphore(HASHERS)
    verified = VerifiedLogins()

    async def login(request: Request, form_data: OAuth2PasswordRequestForm = Depends()) -> JSONResponse:  # noqa: B008
        user, password = form_data.username.strip(), form_data.password
        address = request.client.host if request.client else "unknown"
        wait = throttle.retry_after(user, address)
        if wait > 0:
            log.warning("login for %r from %s refused: too many failures", user, address)
            raise HTTPException(status_code=429, headers={"Retry-After": str(math.ceil(wait))},
                                detail=f"Too many failed logins: try again in {math.ceil(wait)} s.")
        async with hashers:  # a burst of one user's logins waits here, then hits ``verified``
            ok = await asyncio.to_thread(authenticate, settings, user, password, verified)
        if not ok:
            throttle.failed(user, address)
            log.info("login refused for %r from %s", user, address)
            raise HTTPException(status_code=400, detail="Incorrect credentials.")
        throttle.succeeded(user)
        token = secrets.token_urlsafe(32)
        app.tokens[token] = user
        log.info("login ok for %r from %s", user, address)
        response = JSONResponse(content={"success": True})
        ttl = int(settings.session_ttl_s)
        response.set_cookie(key=f"access-token-{app.cookie_id}", value=token, httponly=True, samesite="none",
                            secure=True, max_age=ttl)
        response.set_cookie(key=f"access-token-unsecure-{app.cookie_id}", value=token, httponly=True,
                            max_age=ttl)
        return response

    def openapi(request: Request) -> JSONResponse:
        if service.auth_required and cookie_user(app, request.cookies) is None:
            raise HTTPException(status_code=401, detail="log in first")
        return JSONResponse(app.openapi())

    routes = app.router.routes
    routes[:] = [r for r in routes if getattr(r, "path", None) != "/openapi.json"]
    for path in ("/login", "/login/"):
        app.add_api_route(path, login, methods=["POST"], include_in_schema=False)
        routes.insert(0, routes.pop())  # ahead of Gradio's own /login
    app.add_api_route("/openapi.json", openapi, methods=["GET"], include_in_schema=False)
    app.router.middleware_stack = SessionGuard(app.router.middleware_stack, app)
