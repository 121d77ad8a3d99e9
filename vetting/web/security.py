"""Sessions, CSRF tokens and security headers for the server-rendered pages.

The session cookie is signed (Starlette's ``SessionMiddleware``), HTTP-only and SameSite
Lax; every state-changing form carries a per-session CSRF token checked before anything
else happens.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
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
