"""The extractor's shortcuts equal the spaCy components they replace: dict-based coarse POS (fastpos.py)
vs the attribute ruler, the compiled tok2vec (fasttok2vec.py) vs thinc's, and the direct sentence split
vs the Sentencizer, on real text."""
import json

import spacy

from conftest import CCTV, ROOT, XINHUA
from pipeline.extract import DEFAULT_MODEL
from pipeline.extract.fastpos import FastPOS
from pipeline.extract.fasttok2vec import compile_tok2vec


def test_fast_pos_equals_the_attribute_ruler():
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    fast = FastPOS.from_ruler(nlp.get_pipe("attribute_ruler"))
    assert fast is not None
    texts = [XINHUA.read_text(encoding="utf-8"), CCTV.read_text(encoding="utf-8")]
    with open(ROOT / "tests" / "gold" / "gold.jsonl", encoding="utf-8") as fh:
        texts += [json.loads(line)["sentence"] for line in fh]
    texts.append("There are 5 of them here.  It's what they'd gonna do, isn't it?\n\nWhich one?")
    full = list(nlp.pipe(texts))
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        mine = [fast(d) for d in nlp.pipe(texts)]
    pairs = [(a, b) for da, db in zip(full, mine) for a, b in zip(da, db)]
    assert len(pairs) > 5000
    assert [(a.i, a.text, b.pos_) for a, b in pairs if a.pos_ != b.pos_] == []


def test_compiled_tok2vec_equals_thincs_bit_for_bit(extractor):
    import numpy

    from pipeline.extract import _use_numpy_blas

    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    _use_numpy_blas(nlp)  # the matrix products the extractor runs thinc's layers with
    thinc_model = nlp.get_pipe("tok2vec").model
    forward = compile_tok2vec(thinc_model)
    assert forward is not None
    assert extractor.nlp.get_pipe("tok2vec").model.name == "tok2vec-inference"  # the extractor runs it
    texts = [XINHUA.read_text(encoding="utf-8")[:3000], CCTV.read_text(encoding="utf-8")[:3000]]
    with open(ROOT / "tests" / "gold" / "gold.jsonl", encoding="utf-8") as fh:
        texts += [json.loads(line)["sentence"] for line in fh]
    docs = [nlp.make_doc(t) for t in texts] + [nlp.make_doc(""), nlp.make_doc("Up 5%.")]
    checked = 0
    for batch in [[d] for d in docs[:40]] + [docs[i:i + 16] for i in range(0, len(docs), 16)]:
        if not any(len(d) for d in batch):
            continue  # (the component answers an all-empty batch itself, without its model)
        want, got = thinc_model.predict(batch), forward(batch)
        assert len(want) == len(got) == len(batch)
        for a, b in zip(want, got):
            assert a.shape == b.shape and a.dtype == b.dtype
            assert numpy.array_equal(a, b)
            checked += len(a)
    assert checked > 10000


def _joined(para, sents):
    """The Sentencizer's split with the extractor's two deliberate exceptions undone: no break after a
    capitalised "No." before a number ("the No. 1 seed") or after a "?" glued to a number ("(?1.3m)",
    a currency sign lost to the text's encoding)."""
    import re

    out = []
    for start, text in sents:
        if out and re.search(r"(?:\b(?:No|Nos|Vol|Fig|Art|Sec|Ch|Pt|Para)\.|\?)$", out[-1][1]) \
                and re.match(r"\d", text) and para[start - 1:start] != " " or \
                out and re.search(r"\b(?:No|Nos|Vol|Fig|Art|Sec|Ch|Pt|Para)\.$", out[-1][1]) and re.match(r"\d", text):
            prev_start = out[-1][0]
            out[-1] = (prev_start, para[prev_start:start + len(text)])
        else:
            out.append((start, text))
    return out


def test_sentence_split_equals_spacys_sentencizer(extractor):
    import re

    ref = spacy.blank("en")
    ref.add_pipe("sentencizer")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    texts.append("Dr. Smith paid $5.3m. Then... he left?! (Really.) \"Yes.\" 3. Done")
    texts.append("The No. 1 seed lost. A fine of $2m (?1.7m) was paid. Is it 5? 6 said no.")
    n = 0
    for text in texts:
        for para in re.split(r"\n\s*\n|\n", text):
            if para.strip():
                want = _joined(para, [(s.start_char, s.text) for s in ref(para).sents])
                assert extractor._split(para) == want
                n += len(want)
    assert n > 300
