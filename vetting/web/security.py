"""Sessions, CSRF tokens and security headers for the server-rendered pages.

The session cookie is signed (Starlette's ``SessionMiddleware``), HTTP-only and SameSite
Lax; every state-changing form carries a per-session CSRF token checked before anything
else happens.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.responses import PlainTextResponse
from starlette.middleware.base import BaseHTTPMiddleware

CSRF_KEY = "csrf"
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def csrf_token(request: Request) -> str:
    """This session's CSRF token (created on first use)."""
    token = request.session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[CSRF_KEY] = token
    return token


def csrf_ok(request: Request, submitted: str | None) -> bool:
    """Whether a submitted form token matches the session's."""
    expected = request.session.get(CSRF_KEY)
    return (
        isinstance(expected, str)
        and submitted is not None
        and hmac.compare_digest(expected, submitted)
    )


class SecurityHeaders(BaseHTTPMiddleware):
    """Adds :data:`HEADERS` to every response."""

    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response


class BodyLimit(BaseHTTPMiddleware):
    """Refuses request bodies over ``max_bytes`` (by Content-Length) before reading them."""

    def __init__(self, app: Any, *, max_bytes: int) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        length = request.headers.get("content-length")
        if request.method in ("POST", "PUT", "PATCH"):
            if length is None or not length.isdigit():
                return PlainTextResponse("a Content-Length header is required", status_code=411)
            if int(length) > self.max_bytes:
                return PlainTextResponse("request too large", status_code=413)
        return await call_next(request)
