"""Extraction components: sentences, dates, officials, places, events (visits
and issues).  Each registers itself with kg.pipeline.component."""
