"""Interactive HTML views of a govkg graph (vis-network).

The page is rendered from an RDF graph alone, so `kg build` (graph.html) and
`kg view` (any graph.ttl, or a slice of it) share one path:

    RDF graph -> model (nodes, edges, evidence) -> select (focus / depth)
              -> aggregate (big graphs) -> layout -> html (vis-network items + own template)
"""
