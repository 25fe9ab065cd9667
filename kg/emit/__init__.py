"""Emit RDF from extracted facts (see kg.emit.rdf)."""
