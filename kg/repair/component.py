"""The repair step as a pipeline component."""

from kg.pipeline import Doc, component
from kg.repair import repair


@component("repair", requires=("raw",), assigns=("text",))
def repair_component(doc: Doc) -> None:
    doc.text = repair(doc.raw.text)
