"""Visits and issues (placeholder, filled in next)."""

from kg.pipeline import Doc, component


@component("events")
def events_component(doc: Doc) -> None:
    doc.state.setdefault("visits", [])
    doc.state.setdefault("issues", [])
