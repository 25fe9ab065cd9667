"""Subcommands of `kg`: one module each, with `register(subparsers)`."""
