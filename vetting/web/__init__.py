"""The reviewers' web pages (FastAPI, Jinja2 templates, HTMX); see :mod:`vetting.web.app`."""
