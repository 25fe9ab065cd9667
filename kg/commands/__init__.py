"""Subcommands of `kg`: one module each, with `register(parser)` declaring its arguments
(kg.cli names them, with their help lines, and imports only the one that runs)."""
