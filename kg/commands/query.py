"""`kg query --sparql Q | --cypher Q`: ask the embedded stores, a SPARQL server or Neo4j.

Q is a file, a named query from queries/ (e.g. `visits-by-official`), or the
query text.  Parameters (`--param name=value`) are bound by the engine.
The build folder is `--store` (or `--from`); `kg query out`, or a run with
no query, says which stores the folder holds and how to ask each (how_to_ask).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from kg.errors import UsageError
from kg.stores import named
from kg.stores.errors import QueryError, StoreError
from kg.stores.positions import placed
from kg.stores.results import Table, render


def register(p) -> None:
    """The arguments of `kg query` on its parser `p` (kg.cli makes it, with its help line)."""
    # not required by argparse: a run without a query says what the folder holds and how to ask it (run)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--sparql", metavar="Q", help="SPARQL: a file, a named query, or the text")
    which.add_argument("--cypher", metavar="Q", help="Cypher: a file, a named query, or the text")
    which.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.add_argument("--store", "--from", dest="store", type=Path, default=None,
                   help="build folder or store path for the embedded stores (default: out); --from, as kg export, "
                        "kg remove and kg load name the build folder they read, says the same")
    p.add_argument("--endpoint", metavar="URL", help="SPARQL query endpoint instead of the embedded store")
    p.add_argument("--neo4j", metavar="URI", help="Bolt URI (bolt://host:7687) instead of the embedded Cypher store")
    p.add_argument("--user", default="neo4j", help="Neo4j user (default: neo4j); password from NEO4J_PASSWORD or a prompt")
    p.add_argument("--database", default=None, help="Neo4j database (default: the server's default)")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="a query parameter (repeatable)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    # `kg query out visits-by-official`: a folder given as kg view takes it, a named question as --sparql (_take_given)
    p.add_argument("given", nargs="*", type=Path, help=argparse.SUPPRESS)
    p.epilog = ("exit codes: 0 answered (0 rows too); 2 a usage error (no such build folder or store path, an unknown "
                "named question or parameter, a --param missing or malformed, a name several officials share); "
                "1 the query or the store failed (a syntax error the engine refused, a server down)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.list:  # the named questions are the same for every folder: `kg query out --list` lists them too
        sys.stdout.write(listing())
        return 0
    _take_given(args)
    if args.sparql is None and args.cypher is None:
        if not _answers(args.store):
            raise UsageError(how_to_ask([], args.store, args))
        # a folder that answers and no question: what it holds and the questions it answers (an answer, not an error)
        sys.stdout.write(f"{args.store}: {_holds(args.store)}\nnamed questions (--sparql NAME or --cypher NAME):\n{listing()}")
        return 0
    if args.sparql is not None and args.neo4j:
        raise UsageError("--neo4j runs Cypher; use --endpoint for a SPARQL server")
    if args.cypher is not None and args.endpoint:
        raise UsageError("--endpoint is a SPARQL server; use --neo4j for a Bolt server")
    try:
        table = execute(args)
    except StoreError as exc:
        print(f"kg query: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1  # ParameterError: what was given is at fault
    sys.stdout.write(render(table, args.format))
    return 0


def _take_given(args) -> None:
    """Read `kg query`'s words given without an option (`kg query out
    visits-by-official`) as what they are: a build folder as --store, a named
    question as --sparql (the named questions are SPARQL and Cypher both).
    Raises UsageError for more than one folder, a folder besides another
    --store, a name besides --sparql/--cypher, or a word that is neither (with
    how_to_ask's account of the folder)."""
    folders = []
    for word in args.given:
        if _is_named(str(word)) and not word.exists():
            if args.sparql is not None or args.cypher is not None:
                raise UsageError(f"{word}: a named question, but the query is already given "
                                 f"({'--sparql' if args.sparql is not None else '--cypher'}); give one")
            if str(word) in named.available("sparql"):
                args.sparql = str(word)
            else:
                args.cypher = str(word)
        elif word.is_file() and not _is_build_file(word):
            raise UsageError(f"{word}: a file, not a build folder; a query's file is given as --sparql {word} "
                             f"or --cypher {word}")
        elif not word.exists() and any(folder.is_dir() for folder in args.given if folder != word):
            raise UsageError(f"{word}: neither a folder nor a named question (kg query --list lists them); "
                             f"a query's text or file is given with --sparql or --cypher")
        else:
            folders.append(word)
    if len(folders) > 1 or (folders and args.store is not None and args.store != folders[0]):
        raise UsageError(how_to_ask(folders + [args.store] * (args.store is not None), args.store or folders[0], args))
    if folders and not folders[0].is_dir():
        raise UsageError(how_to_ask(folders, folders[0], args))
    args.store = folders[0] if folders else args.store if args.store is not None else DEFAULT_STORE


# the build folder kg build writes by default (kg build --out)
DEFAULT_STORE = Path("out")


def _is_build_file(path: Path) -> bool:
    """Is `path` a file of a build folder or a LadybugDB store (graph.ttl,
    store/ladybug.db)?  Those go on to the messages that name the folder."""
    from kg.corpus.manifest import MANIFEST

    return (path.parent / MANIFEST).is_file() or (path.parent.parent / MANIFEST).is_file()


def _is_named(word: str) -> bool:
    """Is `word` the name of a stored question (queries/*.rq or *.cypher)?"""
    return word in named.available("sparql") or word in named.available("cypher")


def _answers(folder: Path) -> bool:
    """Does `folder` hold a store kg query reads (a build folder with one, or an Oxigraph store)?"""
    from kg.corpus.manifest import MANIFEST
    from kg.stores.oxigraph_store import is_store_folder
    from kg.stores.source import LADYBUG_FILE, OXIGRAPH_DIR

    if (folder / MANIFEST).is_file():
        return (folder / OXIGRAPH_DIR).exists() or (folder / LADYBUG_FILE).exists()
    return folder.is_dir() and is_store_folder(folder)


def how_to_ask(given: list[Path], store: Path, args=None) -> str:
    """The message for `kg query` run without a query, or with folders given
    without `--store` (`kg query out`): which stores the build folder holds
    (kg.stores.source's layout: SPARQL in store/oxigraph, Cypher in
    store/ladybug.db), and the command that asks each; for a folder that is
    no build, the build folders inside it, or how to make one.  Raises nothing.

    >>> how_to_ask([Path("no/such")], Path("out"))
    'no/such: kg query takes the build folder as --store (--from), and a query; no/such: does not exist; kg build REPORTS --out no/such makes a build folder there'
    """
    from kg.corpus.manifest import MANIFEST

    folder = given[0] if given else store
    query = [(flag, q) for flag, q in (("--sparql", getattr(args, "sparql", None)), ("--cypher", getattr(args, "cypher", None))) if q]
    if len(given) > 1:
        head = f"{', '.join(map(str, given))}: kg query reads one build folder, given as --store (--from); {folder}"
    elif given and query and (folder / MANIFEST).is_file():  # all but the spelling is right: say the command
        flag, q = query[0]
        return (f"{folder}: kg query takes the build folder as --store (--from): "
                f"kg query --store {shlex.quote(str(folder))} {flag} {shlex.quote(q)}")
    elif given:
        head = f"{folder}: kg query takes the build folder as --store (--from), and a query; {folder}"
    else:
        head = f"no query given (--sparql Q, --cypher Q, or --list for the named questions; the build folder is --store, default: out); {folder}"
    return f"{head}: {_holds(folder)}"


def _holds(folder: Path) -> str:
    """What the folder holds to ask, and the command for each, to follow
    `{folder}: ` in a message (how_to_ask, --store naming no build folder)."""
    from kg.corpus.manifest import MANIFEST, Manifest, is_build_folder
    from kg.stores.oxigraph_store import is_store_folder
    from kg.stores.source import LADYBUG_FILE, OXIGRAPH_DIR

    if not folder.exists():
        return f"does not exist; kg build REPORTS --out {folder} makes a build folder there"
    if not (folder / MANIFEST).is_file() and (folder.parent / MANIFEST).is_file():  # out/store
        return f"inside the build folder {folder.parent}; --store takes the build folder itself: --store {folder.parent}"
    if not (folder / MANIFEST).is_file():
        if is_store_folder(folder):
            return f"an Oxigraph store: kg query --store {folder} --sparql Q"
        inside = sorted(p for p in folder.iterdir() if p.is_dir() and is_build_folder(p)) if folder.is_dir() else []
        if inside:
            shown = ", ".join(str(p) for p in inside[:5]) + (", ..." if len(inside) > 5 else "")
            return (f"no build folder, but holds {len(inside)} build folder{'s' * (len(inside) > 1)}: {shown}; pick one with --store "
                    f"(kg query --store {inside[0]} --sparql visits-by-official)")
        return f"neither a build folder (no {MANIFEST}) nor an Oxigraph store; --store names the folder kg build wrote (default: out)"
    manifest = Manifest.open(folder)
    try:
        outputs = manifest.outputs
    finally:
        manifest.close()
    stores = [f"{kind} in {folder / path} (kg query --store {folder} --{flag} Q)"
              for kind, output, path, flag in (("SPARQL", "store", OXIGRAPH_DIR, "sparql"), ("Cypher", "cypher", LADYBUG_FILE, "cypher"))
              if output in outputs or (folder / path).exists()]
    if not stores:
        return (f"built with --no-store, so it holds no store to query; run the same kg build again "
                f"without --no-store (nothing is extracted again)")
    return (f"holds {len(stores)} store{'s' * (len(stores) > 1)}: " + "; ".join(stores)
            + "; Q is a named question (kg query --list), a file or the query text, e.g. "
            f"kg query --store {folder} --{'sparql' if stores[0].startswith('SPARQL') else 'cypher'} visits-by-official")


def _store_is_a_folder(store: Path) -> None:
    """Raise UsageError for --store naming a file of a build folder (graph.ttl,
    manifest.json): --store takes the build folder itself, whose stores are
    inside it; a LadybugDB file (store/ladybug.db, or one of its own) passes."""
    from kg.stores.source import LADYBUG_FILE, is_build_layout

    folder = store.parent
    if store.is_file() and is_build_layout(folder) and store.name != LADYBUG_FILE.name:
        raise UsageError(f"--store {store}: a file of the build folder {folder}; --store takes the build folder "
                         f"itself (--store {folder}), whose stores kg query reads")


def execute(args) -> Table:
    """The table `args` asks for (kg query's options).  Raises StoreError; a
    QueryError (the query's own text at fault) is placed in the user's text,
    file and line:column (kg.stores.positions.placed)."""
    if not (args.endpoint if args.sparql is not None else args.neo4j):
        _store_is_a_folder(args.store)
    given = named.parse_assignments(args.param)
    query = named.resolve(args.sparql if args.sparql is not None else args.cypher, "sparql" if args.sparql is not None else "cypher")
    sent = [query.text]  # the text the engine got, once bound (_run): where its errors are placed from
    try:
        if args.sparql is not None:
            named.check_prefixes(query.text)
            named.bind_sparql(query, given)  # a bad value is refused before any store is opened
        return _run(args, query, given, sent)
    except QueryError as exc:  # where the user wrote it, not where govkg's PREFIX line or VALUES moved it
        raise QueryError(placed(str(exc), sent[0], query.text, query.source)) from None


def _run(args, query, given: dict[str, str], sent: list[str]) -> Table:
    """The answer on the engine `args` names, once an official's name given
    in part is taken as the one official it means (kg.stores.names.resolved)."""
    if args.sparql is not None:
        _warn_unknown_terms(query.text)
        if args.endpoint:
            from kg.stores import sparql_endpoint

            def ask(lookup: str) -> Table:
                return sparql_endpoint.query(args.endpoint, lookup)
        else:
            from kg.stores import oxigraph_store

            _built_with_store(args.store, "store")
            _warn_unfinished(args.store)
            store = oxigraph_store.open_store(args.store)

            def ask(lookup: str) -> Table:
                return oxigraph_store.query(store, lookup)
        given = _resolve_names(query, given, ask)
        sent[0] = named.bind_sparql(query, given)
        return _warn_unmatched(query, given, ask(sent[0]), ask)

    named.values(query, given)  # a bad value is refused before any store or server is asked
    if args.neo4j:
        from kg.stores import neo4j_store

        _warn_unknown_names(query.text)
        with neo4j_store.session(args.neo4j, args.user, neo4j_store.password(), args.database) as s:
            def ask(lookup: str) -> Table:
                return neo4j_store.query(s, lookup)
            given = _resolve_names(query, given, ask)
            parameters = named.cypher_parameters(named.values(query, given))
            return _warn_unmatched(query, given, neo4j_store.query(s, query.text, parameters), ask)
    from kg.stores import ladybug_store

    _built_with_store(args.store, "cypher")
    _warn_unfinished(args.store)

    def ask(lookup: str) -> Table:
        return ladybug_store.query(args.store, lookup)
    given = _resolve_names(query, given, ask)
    parameters = named.cypher_parameters(named.values(query, given))
    return _warn_unmatched(query, given, ladybug_store.query(args.store, query.text, parameters), ask)


def _resolve_names(query, given: dict[str, str], ask) -> dict[str, str]:
    """`given` with an official's name given in part resolved (kg.stores.names.resolved), each change a warning line."""
    from kg.stores.names import resolved

    given, lines = resolved(query, given, ask)
    for line in lines:
        print(f"kg query: warning: {line}", file=sys.stderr)
    return given


def _warn_unmatched(query, given: dict[str, str], table: Table, ask) -> Table:
    """`table`, after a warning line for each name given that names nothing (kg.stores.names.unmatched_lines)."""
    from kg.stores.names import unmatched_lines

    for line in unmatched_lines(query, given, table, ask):
        print(f"kg query: warning: {line}", file=sys.stderr)
    return table


def _built_with_store(folder: Path, output: str) -> None:
    """Raise UsageError when `folder` is a build folder built without its
    embedded stores (`kg build --no-store`): say so, and how to add them.
    A store `kg load` put into such a folder is queried, with a warning that
    no build keeps it in step with the graph."""
    from kg.corpus.manifest import MANIFEST, Manifest

    if not (folder / MANIFEST).is_file():
        from kg.stores.oxigraph_store import is_store_folder

        if folder.is_dir() and not (folder / "store").is_dir() and not (output == "store" and is_store_folder(folder)):
            # a folder of builds, a build's store/ folder: which to give instead (LadybugDB's store is a file)
            raise UsageError(f"{folder}: {_holds(folder)}")
        return  # a store path, or no build at all: the store's own error says which
    if output in Manifest.open(folder).outputs:
        return
    from kg.stores.source import LADYBUG_FILE, OXIGRAPH_DIR

    loaded = folder / (OXIGRAPH_DIR if output == "store" else LADYBUG_FILE)
    if not loaded.exists():
        raise UsageError(f"{folder}: built with --no-store, so it has no store to query; run the same "
                         f"kg build again without --no-store (nothing is extracted again)")
    # put there by `kg load` into a --no-store build: queryable, but no build keeps it in step
    print(f"kg query: warning: {loaded} was loaded by kg load, not written by kg build (the folder is built with "
          f"--no-store): it holds what was loaded then, which may differ from {folder / 'graph.ttl'}", file=sys.stderr)


def unfinished_build(store: Path) -> str | None:
    """One line when the build folder of `store` (the folder, or a store inside
    it) is being built now, or its last build did not finish (killed or
    interrupted while writing its outputs): the SPARQL and Cypher stores may
    then disagree with each other and with graph.ttl until a build finishes.
    None otherwise.  Read from the folder's lock (kg.fsutil.lock_holder).
    Example: `"out: its last build (pid 4242, started 2026-12-01T02:17:00Z) did
    not finish (killed or interrupted): ..."`."""
    from kg.corpus.manifest import build_folder_of
    from kg.fsutil import lock_holder

    store = Path(store)
    folder = store if (store / ".lock").is_file() else build_folder_of(store)
    if folder is None:
        return None
    line, running = lock_holder(folder / ".lock")
    if line is None:
        return None
    if running:
        return (f"{folder}: a build is running here ({line}): the stores may change during this query "
                f"and disagree with each other until it finishes")
    return (f"{folder}: its last build ({line}) did not finish (killed or interrupted): the SPARQL and Cypher "
            f"stores may disagree with each other and with graph.ttl; run the same kg build again to repair them")


def _warn_unknown_terms(text: str) -> None:
    # a misspelt gov: term is valid SPARQL that answers 0 rows; say why before it does
    from kg.stores.vocabulary import warning

    if line := warning(text):
        print(f"kg query: warning: {line}", file=sys.stderr)


def _warn_unknown_names(text: str) -> None:
    # a Bolt server answers 0 rows for a label or type nobody wrote (LadybugDB refuses it, with a hint)
    from kg.stores.cypher_schema import warning
    from kg.stores.mapping import schema

    graph = schema()
    if line := warning(text, sorted(graph.nodes), {r.type: r.pairs() for r in graph.rel_tables()}):
        print(f"kg query: warning: {line}", file=sys.stderr)


def _warn_unfinished(store: Path) -> None:
    if line := unfinished_build(store):
        print(f"kg query: warning: {line}", file=sys.stderr)


def listing() -> str:
    lines = []
    for name in named.available("sparql"):
        query = named.resolve(name, "sparql")
        # one --param per parameter, as the option takes them
        params = " ".join(f"--param {p.name}={p.default or '<' + p.type + '>'}" for p in query.params.values())
        lines.append(f"{name}: {query.description}" + (f"  [{params}]" if params else ""))
    return "\n".join(lines) + "\n"
