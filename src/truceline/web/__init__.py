"""The web reader: `create_app(store_url, token)` serves the record as pages and a JSON API (see docs/web.md)."""

from .app import create_app

__all__ = ["create_app"]
