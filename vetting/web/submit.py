"""Submitting batches: the submitters' pages and the JSON API for regional HR systems.

Submitters (and tokens) learn only an outcome per candidate: cleared, under review, or
not cleared (contact the focal point); never a record, a score or an explanation.
Screening of a new batch runs after the response, in this process, with the same
functions the ``screen-batch`` flow calls.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal

from fastapi import (
    BackgroundTasks,
    Depends,
    FastAPI,
    File,
    Form,
    Header,
    HTTPException,
    Request,
    UploadFile,
)
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from sqlmodel import Session

from matching.dates import DateOrder
from vetting.batches import screen_all, submit_batch
from vetting.errors import InputFileError, StateError, VettingError
from vetting.intake import candidates_csv, store_upload
from vetting.models import Batch, Office, Region, Role
from vetting.queries import office_batches, outcomes
from vetting.settings import Settings
from vetting.tokens import TokenScope, check_token
from vetting.users import Account

log = logging.getLogger("vetting.web")


class CandidateIn(BaseModel):
    """One candidate in a JSON submission (the file contract's columns)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    candidate_id: str = Field(min_length=1, max_length=200)
    full_name: str = Field(max_length=300)
    date_of_birth: str = Field(default="", max_length=50)
    nationality: str = Field(default="", max_length=200)
    gender: str = Field(default="", max_length=20)


class BatchIn(BaseModel):
    """A JSON batch: the candidates, a reference, and the order of slashed dates if any."""

    model_config = ConfigDict(extra="forbid")

    reference: str = Field(default="api-batch", max_length=100)
    date_format: Literal["DMY", "MDY"] | None = None
    candidates: list[CandidateIn] = Field(min_length=1, max_length=500_000)


def screen_later(db: Engine, batch_id: int, settings: Settings) -> None:
    """Screen a stored batch (after the response); failures are logged, the batch resumes.

    With a Dask scheduler configured (``VETTING_DASK_ADDRESS``), the chunks run there
    through the ``screen-stored-batch`` flow, as ``vetting screen --dask-address`` does, so
    uploads from every region at once do not all match inside the web server. The workers
    read the database from their own environment.
    """
    try:
        if settings.dask_address:
            from flows.screen_batch import screen_stored_on  # noqa: PLC0415 - Prefect loads only when used

            screen_stored_on(settings.dask_address)(batch_id)
        else:
            screen_all(db, batch_id, settings)
    except VettingError as exc:
        log.warning("batch %s not screened yet: %s", batch_id, exc)


def _office_row(db: Engine, office_id: int) -> tuple[Office, Region]:
    with Session(db) as session:
        office = session.get(Office, office_id)
        region = session.get(Region, office.region_id) if office is not None else None
        if office is None or region is None:
            raise HTTPException(status_code=404, detail="office not found")
        return office, region


def _batch_for(db: Engine, batch_id: int, office_id: int | None) -> Batch:
    with Session(db) as session:
        batch = session.get(Batch, batch_id)
    if batch is None or (office_id is not None and batch.office_id != office_id):
        raise HTTPException(status_code=404, detail=f"no batch {batch_id} for your office")
    return batch


def register(
    app: FastAPI,
    *,
    db: Engine,
    settings: Settings,
    page: Callable[..., HTMLResponse],
    current: Callable[[Request], Account],
    checked: Callable[[Request, str | None], None],
) -> None:
    """Add the submitter pages and the JSON API to ``app``."""
    uploads = Path(settings.upload_dir)

    def submitter(user: Annotated[Account, Depends(current)]) -> Account:
        if user.role not in (Role.SUBMITTER, Role.ADMIN):
            raise HTTPException(status_code=403, detail="Only submitters and admins submit.")
        if user.role is Role.SUBMITTER and user.office_id is None:
            raise HTTPException(status_code=403, detail="Your account has no office.")
        return user

    @app.get("/batches", response_class=HTMLResponse)
    def batches_page(
        request: Request, user: Annotated[Account, Depends(submitter)]
    ) -> HTMLResponse:
        rows = office_batches(db, user.office_id if user.role is Role.SUBMITTER else None)
        return page(request, "batches.html", batches=rows, error=None)

    @app.post("/batches/upload", response_model=None)
    def upload(
        request: Request,
        background: BackgroundTasks,
        user: Annotated[Account, Depends(submitter)],
        file: Annotated[UploadFile, File()],
        csrf: Annotated[str | None, Form()] = None,
        date_format: Annotated[str, Form()] = "",
    ) -> Response:
        checked(request, csrf)
        if user.office_id is None:
            raise HTTPException(status_code=403, detail="Only an office's submitters upload.")
        limit = int(settings.max_file_mb * 1024 * 1024)
        data = file.file.read(limit + 1)
        office, region = _office_row(db, user.office_id)
        path: Path | None = None
        try:
            path = store_upload(
                data, file.filename or "upload.csv", folder=uploads, max_mb=settings.max_file_mb
            )
            order = DateOrder(date_format) if date_format in ("DMY", "MDY") else None
            submission = submit_batch(
                db, path, region=region.code, office=office.code, settings=settings,
                submitted_by=user.username, date_order=order,
            )  # fmt: skip
        except (InputFileError, StateError) as exc:
            if path is not None and isinstance(exc, InputFileError):
                path.unlink(missing_ok=True)  # a refused file keeps no personal data
            rows = office_batches(db, user.office_id)
            return page(request, "batches.html", 400, batches=rows, error=str(exc))
        background.add_task(screen_later, db, submission.batch_id, settings)
        request.session["flash"] = (
            f"Batch {submission.batch_id}: {submission.candidates} candidate(s) received"
            + (f", {submission.rejected} row(s) rejected" if submission.rejected else "")
            + ("" if submission.created else " (this file was submitted before)")
        )
        return RedirectResponse(f"/batches/{submission.batch_id}", status_code=303)

    @app.get("/batches/{batch_id}", response_class=HTMLResponse)
    def batch_page(
        request: Request, batch_id: int, user: Annotated[Account, Depends(submitter)]
    ) -> HTMLResponse:
        batch = _batch_for(db, batch_id, user.office_id if user.role is Role.SUBMITTER else None)
        return page(request, "batch.html", batch=batch, outcomes=outcomes(db, batch_id))

    # --- JSON API --------------------------------------------------------------------

    def token_scope(authorization: Annotated[str | None, Header()] = None) -> TokenScope:
        scheme, _, token = (authorization or "").partition(" ")
        found = check_token(db, token.strip()) if scheme.lower() == "bearer" else None
        if found is None:
            raise HTTPException(
                status_code=401,
                detail="a valid API token is required (Authorization: Bearer ...)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return found

    @app.post("/api/v1/batches", status_code=202)
    def api_submit(
        request: Request,
        body: BatchIn,
        background: BackgroundTasks,
        scope: Annotated[TokenScope, Depends(token_scope)],
    ) -> JSONResponse:
        office, region = _office_row(db, scope.office_id)
        data = candidates_csv([c.model_dump() for c in body.candidates])
        path: Path | None = None
        try:
            path = store_upload(
                data, f"{body.reference}.csv", folder=uploads, max_mb=settings.max_file_mb
            )
            submission = submit_batch(
                db, path, region=region.code, office=office.code, settings=settings,
                submitted_by=f"token:{scope.name}",
                date_order=DateOrder(body.date_format) if body.date_format else None,
            )  # fmt: skip
        except InputFileError as exc:
            if path is not None:
                path.unlink(missing_ok=True)
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        background.add_task(screen_later, db, submission.batch_id, settings)
        rejected = [
            {"index": p.line - 2, "field": p.column, "problem": p.message, "severity": p.severity}
            for p in submission.problems
        ]
        return JSONResponse(
            {
                "batch_id": submission.batch_id,
                "created": submission.created,
                "candidates": submission.candidates,
                "rejected": submission.rejected,
                "problems": rejected,
                "status_url": str(request.url_for("api_batch", batch_id=submission.batch_id)),
            },
            status_code=202,
        )

    @app.get("/api/v1/batches/{batch_id}", name="api_batch")
    def api_batch(
        batch_id: int, scope: Annotated[TokenScope, Depends(token_scope)]
    ) -> dict[str, object]:
        batch = _batch_for(db, batch_id, scope.office_id)
        return {
            "batch_id": batch_id,
            "status": batch.status,
            "submitted_at": batch.submitted_at.isoformat(),
            "completed_at": batch.completed_at.isoformat() if batch.completed_at else None,
            "candidates": [{"candidate_id": c, "outcome": o} for c, o in outcomes(db, batch_id)],
        }
