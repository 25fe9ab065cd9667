"""govkg: knowledge graphs of officials, visits, places and residents' issues
from Chinese local-government reports.

Data flows one way: read -> repair -> extract -> resolve -> emit RDF -> load
stores -> render.  `kg.pipeline.Pipeline` wires the first five together.
"""

__version__ = "0.1.0"
