"""`kg view GRAPH_OR_DIR [--out FILE]`: an interactive HTML page of a graph or a slice of it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import Graph

from kg.errors import UsageError
from kg.options import written_path
from kg.read import PAGE_MARKER  # first line of kg/views/page.js, inlined in every page (kg.read.is_own_page)
from kg.views.vocabulary import LANGS


HTML_SUFFIXES = (".html", ".htm")  # what kg view writes: such a file is replaced without --force


def register(p) -> None:
    """The arguments of `kg view` on its parser `p` (kg.cli makes it, with its help line)."""
    p.add_argument("graph", type=Path, metavar="GRAPH_OR_DIR", help="a graph file (graph.ttl) or a kg build output folder")
    p.add_argument("--out", type=written_path("--out"), default=None,
                   help="HTML file to write (default: view.html beside the graph, view-NAME.html for a slice)")
    p.add_argument("--focus", action="append", default=[], metavar="NAME", help="an official and their trail (repeatable)")
    p.add_argument("--place", action="append", default=[], metavar="NAME", help="a place and what happened there (repeatable)")
    p.add_argument("--issue", action="append", default=[], metavar="NAME", help="an issue or issue category (repeatable); a name found inside issue labels also draws the issues "
                   "of the categories whose label holds it or that have it as another name (托育: 教育与托育)")
    p.add_argument("--depth", type=int, default=None, metavar="N", help="edges to follow from the chosen names (default 2)")
    p.add_argument("--lang", choices=LANGS, default="zh", help="language of classes and edge labels (default zh)")
    p.add_argument("--all", dest="everything", action="store_true", help="never aggregate big graphs into one node per subdistrict")
    p.add_argument("--force", action="store_true", help="replace --out even when it is a file that is not an .html page")
    p.set_defaults(func=run)


def check_target(path: Path, option: str, what: str, suffixes: tuple[str, ...] = (), force: bool = False,
                 build: Path | None = None, marker: str | None = None) -> None:
    """Raise UsageError, before anything is written, when writing the file `path`
    given to `option` would lose something or go astray: it is a folder, an
    output of a build folder (graph.ttl, the stores...), a file already there
    that is not an earlier output of this kind (its suffix is none of
    `suffixes`, e.g. a report.txt given as --out of kg view) unless `force`,
    or it lies in a folder that does not exist (never made on the way: a
    mistyped path would otherwise grow folders).  Also, even with `force`, a
    report the build folder `build` was built from (its manifest's sources);
    and unless `force`, a file with the right suffix that lacks `marker`, the text every
    earlier output of this kind holds (kg view's pages: the page script's
    first line), so a page govkg did not write is not replaced (an empty file holds nothing to lose).
    Example: `check_target(Path("a.txt"), "--out", "the HTML file to write", (".html",))`
    raises `--out a.txt: a file is already there (.txt, not .html) ...` when a.txt exists."""
    from kg.corpus.manifest import build_folder_of

    if path.is_dir():
        raise UsageError(f"{option} {path}: is a folder; {option} names {what}")
    if folder := build_folder_of(path):
        raise UsageError(f"{option} {path}: is an output of the build folder {folder}, which kg build writes; "
                         f"name another file")
    parent = path.parent
    if not parent.is_dir():
        raise UsageError(f"{option} {path}: the folder {parent} does not exist; make it first, or name a file in a folder that does")
    if not path.exists():
        return
    if build is not None and _built_from(build, path):  # not even with --force: the build's own input
        raise UsageError(f"{option} {path}: is a report the build {build} was built from, which writing {what} "
                         f"would replace; name another file")
    if force:
        return
    if suffixes and path.suffix.lower() not in suffixes:
        raise UsageError(f"{option} {path}: a file is already there ({path.suffix or 'no suffix'}, not {' or '.join(suffixes)}), "
                         f"which writing {what} would replace; name another file, or give --force to replace it")
    if marker is not None and path.stat().st_size and marker.encode("utf-8") not in path.read_bytes():  # empty: nothing to lose
        raise UsageError(f"{option} {path}: a file is already there that govkg did not write, which writing {what} "
                         f"would replace; name another file, or give --force to replace it")




def _built_from(build: Path, path: Path) -> bool:
    """Is `path` a report file the build folder `build` read (its manifest's sources)?"""
    from kg.corpus.manifest import MANIFEST, Manifest

    if not (Path(build) / MANIFEST).is_file():
        return False
    manifest = Manifest.open(build)
    try:
        return manifest.key_of_source(path) is not None
    finally:
        manifest.close()


# characters a file name cannot hold on some system (Windows' reserved ones, the separators, control characters)
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\s]+')


def default_page(graph: Path, selectors, drawn: dict | None = None) -> Path:
    """The page `kg view` writes when no --out is given: `view.html` beside
    the graph file (in the build folder), `view-吕鸣.html` for a slice (the
    names chosen, in order: the name of what each drew, `drawn`, as
    kg.views.select.page_name gives it, else the name typed), so that one
    view never silently replaces another's page, nor the build's own
    graph.html, and `--focus 吕` drawing 吕鸣 writes view-吕鸣.html.  Raises nothing.

    >>> from kg.views.select import Selector
    >>> default_page(Path("out/graph.ttl"), ()).as_posix(), default_page(Path("out/graph.ttl"), (Selector("--focus", "吕鸣", ()),)).as_posix()
    ('out/view.html', 'out/view-吕鸣.html')
    >>> lv = Selector("--focus", "吕", ())
    >>> default_page(Path("out/graph.ttl"), (lv,), {lv: "吕鸣"}).as_posix()
    'out/view-吕鸣.html'
    """
    drawn = drawn or {}
    names = "-".join(_UNSAFE.sub("_", drawn.get(s, s.name)) for s in selectors)[:80]
    return graph.parent / (f"view-{names}.html" if names else "view.html")


def graph_file(path: Path, command: str = "view") -> Path:
    """The graph file `kg COMMAND` (view, validate) reads for `path`, a graph
    file or a build folder (its graph.ttl).  Raises UsageError naming the path
    and what it is when there is none: a file that does not exist (an RDF
    suffix: `no such graph file`, another: `no such file`), a folder that does not exist or holds no
    build (kg.corpus.manifest.not_a_build_folder: what to run), or a build
    folder without graph.ttl.

    >>> graph_file(Path("no/such"))
    Traceback (most recent call last):
    kg.errors.UsageError: no/such: does not exist, so it is not a build folder; kg build REPORTS --out no/such makes one there
    """
    from kg.corpus.manifest import MANIFEST, not_a_build_folder
    from rdflib.util import guess_format

    if path.is_file():
        return path
    if path.is_dir() and (path / "graph.ttl").is_file():
        return path / "graph.ttl"
    if not path.exists() and path.suffix:  # out/graph.ttl mistyped: a file was meant
        what = "graph file" if guess_format(str(path)) else "file"
        raise UsageError(f"{path}: no such {what} (kg {command} reads a graph file or a build folder)")
    if path.is_dir() and (path / MANIFEST).is_file():
        raise UsageError(f"{path}: a build folder without graph.ttl (its last build did not write it); "
                         f"kg build REPORTS --out {path} writes it")
    raise not_a_build_folder(path)


def load(path: Path) -> Graph:
    """Any RDF file govkg writes (kg.rdffile); datasets (TriG, N-Quads) are drawn as the union of their graphs."""
    return read_or_report(path, "view")[0]


def read_or_report(path: Path, command: str, **options):
    """kg.rdffile.read_graph(path, **options), and when no RDF reader reads the
    file and it is a report (a.txt, a.md, a.html: kg.corpus.manifest.is_report_file),
    a UsageError saying so and what to run first, for `kg COMMAND`, or, when
    kg build could not read it either (empty, binary: kg.corpus.manifest.unreadable_report),
    why.  A .txt holding Turtle is read as before.
    Example: `read_or_report(Path("r.txt"), "validate")` raises `r.txt: not a
    readable RDF file, but a report: kg build r.txt --out OUT builds its graph, then kg validate OUT`."""
    from kg.corpus.manifest import is_report_file, unreadable_report
    from kg.rdffile import read_graph

    try:
        return read_graph(path, **options)
    except UsageError:
        if is_report_file(path) and (why := unreadable_report(path)):
            raise UsageError(f"{path}: not a readable RDF file, nor a report kg build can read ({why})") from None
        if is_report_file(path):
            raise UsageError(f"{path}: not a readable RDF file, but a report: kg build {path} --out OUT builds "
                             f"its graph, then kg {command} OUT") from None
        raise


def run(args) -> int:
    # imported here: the page's libraries (pyvis, networkx for big layouts) would slow every `kg` start
    from kg.fsutil import atomic_write_text
    from kg.views.html import ViewOptions, render
    from kg.views.select import PartialName, Selector, SharedName

    if args.depth is not None and args.depth < 0:
        raise UsageError("--depth must be 0 or more")
    from kg.repair import spellings

    # a name as the user typed it, and normalised like the reports (Traditional -> Simplified)
    selectors = tuple(
        Selector(flag, name, spellings(name)) for flag, names in (("--focus", args.focus), ("--place", args.place), ("--issue", args.issue))
        for name in names
    )
    if args.depth is not None and not selectors:
        raise UsageError("--depth needs --focus, --place or --issue")
    options = ViewOptions(lang=args.lang, selectors=selectors, depth=args.depth, everything=args.everything,
                          warn=lambda line: print(f"kg view: warning: {line}", file=sys.stderr))
    path = graph_file(args.graph)
    named = args.out is not None
    # checked before the graph is read (a mistyped --out costs nothing); a page named by
    # default is named after what was drawn, known once drawn, and checked then
    check_target(args.out or default_page(path, selectors), "--out", "the HTML file to write", HTML_SUFFIXES, args.force,
                 build=path.parent, marker=PAGE_MARKER)
    graph = load(path)
    if not len(graph):
        raise UsageError(f"{path}: holds no RDF statements: nothing to draw")
    try:
        page = render(graph, options)
    except (PartialName, SharedName):  # the officials the name may mean are listed: said as it is
        raise
    except UsageError:
        if said := other_flag_hint(graph, selectors, args.lang):
            raise UsageError(said) from None
        raise
    target = Path(args.out) if named else default_page(path, selectors, options.drawn)
    if not named:
        check_target(target, "--out", "the HTML file to write", HTML_SUFFIXES, args.force, build=path.parent, marker=PAGE_MARKER)
    atomic_write_text(target, page)
    print(f"html: {target}")
    return 0


# what each flag selects, for messages
FLAG_WHAT = {"--focus": "official", "--place": "place", "--issue": "issue"}


def other_flag_hint(graph, selectors, lang: str = "zh") -> str | None:
    """For a selector whose name names nothing of its flag's kind but names a
    node another flag selects (`--focus 新华居民区`, a place), the message that
    says so and the option to use: `"--focus '新华居民区': no official of that
    name; 新华居民区 is a place (ResidentsCommittee) in the graph: use --place
    新华居民区"`; None when every name is of its flag's kind or of none.  Read
    from `graph` (RDF) as kg.views reads it (kg.views.select.seeds, flag_for).
    Raises nothing.

    >>> from kg.views.select import Selector
    >>> other_flag_hint(Graph(), (Selector("--focus", "新华居民区"),)) is None
    True
    """
    from kg.views.model import read_view_untipped
    from kg.views.select import Selector, flag_for, seeds
    from kg.views.vocabulary import Vocabulary

    view = None
    for selector in selectors:
        view = view or read_view_untipped(graph, Vocabulary(lang))[0]
        if _found(view, selector):
            continue
        for flag in FLAG_WHAT:
            other = Selector(flag, selector.name, selector.also)
            if flag != selector.flag and _found(view, other):
                kinds = sorted({view.nodes[k].kind.split(":", 1)[0] for k in seeds(view, other)})
                what = f"a place ({', '.join(kinds)})" if flag == "--place" else f"an {FLAG_WHAT[flag]}"
                if kinds == ["Post"]:  # named only as a post's area (kg.views.select.matches)
                    what = "the area (gov:jurisdiction) of a post"
                return (f"{selector.flag} {selector.name!r}: no {FLAG_WHAT[selector.flag]} of that name; "
                        f"{selector.name} is {what} in the graph: use {flag} {selector.name}")
    return None


def _found(view, selector) -> bool:
    from kg.views.select import seeds

    try:
        return bool(seeds(view, selector))
    except UsageError:
        return False
