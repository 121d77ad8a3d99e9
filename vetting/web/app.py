"""The reviewers' web app: log in, the queue, the alert page, decisions.

Server-rendered (Jinja2) with HTMX for the queue filters; every page also works without
JavaScript. Handlers are thin: they call :mod:`vetting.review` and :mod:`vetting.users`
and turn the project's errors into messages a reviewer can act on. (No postponed
annotations here: FastAPI must resolve the closures used as dependencies.)
"""

import logging
import secrets
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from starlette.middleware.sessions import SessionMiddleware

from vetting.db import engine_for
from vetting.errors import (
    ForbiddenError,
    LoginRequiredError,
    NotFoundError,
    ReviewError,
    ThrottledError,
    UsageError,
)
from vetting.models import utcnow
from vetting.review import QueueFilters, age_text, alert_view, claim, decide, queue, release
from vetting.settings import Settings
from vetting.users import Account, account, authenticate
from vetting.web import auditor, submit
from vetting.web.security import BodyLimit, SecurityHeaders, csrf_ok, csrf_token

log = logging.getLogger("vetting.web")
HERE = Path(str(resources.files("vetting") / "web"))
BANDS = ("high", "medium", "low")
STATUSES = ("open", "needs_information", "awaiting_confirmation")


def create_app(settings: Settings, *, engine: Engine | None = None) -> FastAPI:
    """The web application on ``settings.database_url`` (or the engine given)."""
    db = engine if engine is not None else engine_for(settings.database_url)
    secret = (
        settings.session_secret.get_secret_value()
        if settings.session_secret is not None
        else secrets.token_urlsafe(32)
    )
    if settings.session_secret is None:
        log.warning("VETTING_SESSION_SECRET unset: sessions end when the server restarts")
    app = FastAPI(title="Vetting review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=int(settings.max_file_mb * 1024 * 1024) + 65_536)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie="vetting_session",
        max_age=8 * 3600,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["age_text"] = age_text

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("user", getattr(request.state, "account", None))
        context["csrf"] = csrf_token(request)
        context["flash"] = request.session.pop("flash", None)
        context["now"] = utcnow()
        return templates.TemplateResponse(request, name, context, status_code=status)

    def current(request: Request) -> Account:
        user_id = request.session.get("uid")
        found = account(db, user_id) if isinstance(user_id, int) else None
        if found is None:
            request.session.pop("uid", None)
            raise LoginRequiredError
        request.state.account = found
        return found

    def reviewer(user: Annotated[Account, Depends(current)]) -> Account:
        if user.role.value not in ("reviewer", "admin"):
            raise HTTPException(status_code=403, detail="Only reviewers work the review queue.")
        return user

    def checked(request: Request, token: str | None) -> None:
        if not csrf_ok(request, token):
            raise HTTPException(status_code=403, detail="The form expired; reload the page.")

    @app.exception_handler(LoginRequiredError)
    def _login(request: Request, _exc: LoginRequiredError) -> Response:
        target = "/login?next=" + quote(request.url.path)
        if request.headers.get("HX-Request"):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    @app.exception_handler(HTTPException)
    def _http(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return page(request, "error.html", exc.status_code, message=exc.detail)

    @app.exception_handler(RequestValidationError)
    def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()[:50]
        ]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=422)
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return page(request, "error.html", 422, message=message)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/", response_model=None)
    def home(user: Annotated[Account, Depends(current)]) -> RedirectResponse:
        target = {"auditor": "/metrics", "submitter": "/batches"}.get(user.role.value, "/queue")
        return RedirectResponse(target, status_code=303)

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/") -> HTMLResponse:
        return page(request, "login.html", next=next, error=None)

    @app.post("/login", response_model=None)
    def login(
        request: Request,
        username: Annotated[str, Form()],
        password: Annotated[str, Form()],
        csrf: Annotated[str | None, Form()] = None,
        next: Annotated[str, Form()] = "/",
    ) -> Response:
        checked(request, csrf)
        try:
            found = authenticate(
                db,
                username.strip(),
                password,
                max_failures=settings.login_max_failures,
                lock_minutes=settings.login_lock_minutes,
            )
        except ThrottledError as exc:
            return page(request, "login.html", 429, next=next, error=str(exc))
        if found is None:
            log.info("failed login for %r", username)
            return page(request, "login.html", 401, next=next, error="Wrong username or password.")
        request.session.clear()
        request.session["uid"] = found.id
        target = next if next.startswith("/") and not next.startswith("//") else "/"
        return RedirectResponse(target, status_code=303)

    @app.post("/logout", response_model=None)
    def logout(request: Request, csrf: Annotated[str | None, Form()] = None) -> Response:
        checked(request, csrf)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    def _filters(
        region: str | None,
        office: str | None,
        band: str | None,
        age: str | None,
        status: str | None,
    ) -> QueueFilters:
        return QueueFilters(
            region=region or None,
            office=office or None,
            band=band if band in BANDS else None,
            min_age_days=min(int(age), 3650) if age and age.isdigit() else None,
            status=status if status in STATUSES else None,
        )

    @app.get("/queue", response_class=HTMLResponse)
    def queue_page(
        request: Request,
        user: Annotated[Account, Depends(reviewer)],
        region: str | None = None,
        office: str | None = None,
        band: str | None = None,
        age: str | None = None,
        status: str | None = None,
    ) -> HTMLResponse:
        filters = _filters(region, office, band, age, status)
        items = queue(db, user, filters, separation=settings.separation_of_duties)
        template = "_rows.html" if request.headers.get("HX-Request") else "queue.html"
        return page(request, template, items=items, filters=filters, bands=BANDS, statuses=STATUSES)

    @app.get("/alerts/{alert_id}", response_class=HTMLResponse)
    def alert_page(
        request: Request, alert_id: int, user: Annotated[Account, Depends(reviewer)]
    ) -> HTMLResponse:
        try:
            view = alert_view(db, user, alert_id, separation=settings.separation_of_duties)
        except ReviewError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        return page(request, "alert.html", view=view, error=None, reason="")

    @app.post("/alerts/{alert_id}/claim", response_model=None)
    def claim_alert(
        request: Request,
        alert_id: int,
        user: Annotated[Account, Depends(reviewer)],
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        checked(request, csrf)
        try:
            until = claim(
                db,
                user,
                alert_id,
                minutes=settings.claim_minutes,
                separation=settings.separation_of_duties,
            )
            request.session["flash"] = f"You hold alert {alert_id} until {until:%H:%M} UTC."
        except ReviewError as exc:
            request.session["flash"] = str(exc)
        return RedirectResponse(f"/alerts/{alert_id}", status_code=303)

    @app.post("/alerts/{alert_id}/release", response_model=None)
    def release_alert(
        request: Request,
        alert_id: int,
        user: Annotated[Account, Depends(reviewer)],
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        checked(request, csrf)
        try:
            release(db, user, alert_id, separation=settings.separation_of_duties)
        except ReviewError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        request.session["flash"] = f"Alert {alert_id} is back in the queue."
        return RedirectResponse("/queue", status_code=303)

    @app.post("/alerts/{alert_id}/decide", response_model=None)
    def decide_alert(
        request: Request,
        alert_id: int,
        user: Annotated[Account, Depends(reviewer)],
        decision: Annotated[str, Form()] = "",
        reason: Annotated[str, Form()] = "",
        revision: Annotated[int | None, Form()] = None,
        csrf: Annotated[str | None, Form()] = None,
    ) -> Response:
        checked(request, csrf)
        try:
            outcome = decide(
                db,
                user,
                alert_id,
                decision,
                reason,
                seen_revision=revision,
                separation=settings.separation_of_duties,
            )
        except (NotFoundError, ForbiddenError) as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        except (ReviewError, UsageError) as exc:
            status = 400 if isinstance(exc, UsageError) else 409
            view = alert_view(db, user, alert_id, separation=settings.separation_of_duties)
            return page(request, "alert.html", status, view=view, error=str(exc), reason=reason)
        request.session["flash"] = (
            f"Alert {alert_id}: {decision.replace('_', ' ')} recorded; "
            f"alert is now {outcome.alert_status.replace('_', ' ')}, "
            f"candidate {outcome.candidate_status.replace('_', ' ')}."
        )
        return RedirectResponse("/queue", status_code=303)

    auditor.register(app, db=db, settings=settings, page=page, current=current)
    submit.register(app, db=db, settings=settings, page=page, current=current, checked=checked)
    return app
