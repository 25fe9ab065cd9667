"""Extraction components: sentences, dates, officials, places, visits and
issues.  Each registers itself with kg.pipeline.component."""
