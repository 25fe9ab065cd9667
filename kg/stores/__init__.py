"""Stores: the embedded Oxigraph (SPARQL) and LadybugDB (Cypher) stores that
`kg build` fills, loaders for Neo4j over Bolt and SPARQL 1.1 servers, and the
named queries in queries/.

Every loader reads one RDF dataset (kg.stores.source) and is idempotent:
loading the same data twice leaves the same counts as loading it once.
"""
