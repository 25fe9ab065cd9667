"""The repair step as a pipeline component."""

from kg.pipeline import Doc, component
from kg.repair import PAGE_REPAIRS, REPAIRS, repair


@component("repair", requires=("raw",), assigns=("text",))
def repair_component(doc: Doc) -> None:
    # (an HTML page's lines are its blocks: no wrapped lines to join, `PAGE_REPAIRS`)
    doc.text = repair(doc.raw.text, PAGE_REPAIRS if doc.raw.form == "HTML" else REPAIRS)
