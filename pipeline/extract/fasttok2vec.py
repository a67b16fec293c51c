"""The shared ``tok2vec`` of ``en_core_web_sm`` as one plain function, for inference.

thinc runs the embedding as some 40 nested layers (chain, with_array, concatenate, residual, dropout),
each with its own bookkeeping and backprop closure. For one short sentence at a time, as the extractor
parses them, that overhead is a real share of the tok2vec's time. :func:`compile_tok2vec` reads the
weights of the same layers and runs the same array operations in the same order (thinc's own
``hash``, ``gather_add``, ``maxout`` and ``seq2col`` kernels, numpy's matrix product, the same layer
norm arithmetic and the same zero padding between the sentences of a batch), so the vectors are equal
bit for bit; the test suite checks that on real text. Any other architecture gets ``None`` and the
pipeline keeps thinc's model.
"""
from __future__ import annotations

from typing import Callable

import numpy
from thinc.api import Model, NumpyOps

_EXPECTED = {"extract_features": 1, "hashembed": 6, "maxout": 5, "layernorm": 5, "expand_window": 4}


def compile_tok2vec(model: Model) -> Callable | None:
    """``forward(docs) -> list of (len(doc), width) arrays`` equal to ``model.predict(docs)``, or None."""
    nodes = list(model.walk())
    named = {name: [n for n in nodes if n.name == name] for name in _EXPECTED}
    residual = [n for n in nodes if n.name.startswith("with_array(residual")]
    if any(len(named[k]) != v for k, v in _EXPECTED.items()) or len(residual) != 1 \
            or not model.name.startswith("extract_features>>list2ragged>>with_array(ints-getitem>>hashembed"):
        return None
    ops = NumpyOps(use_blis=False)
    columns = named["extract_features"][0].attrs["columns"]
    embeds = [(n.attrs["column"], n.attrs["seed"], n.get_param("E")) for n in named["hashembed"]]
    maxouts = []
    for n in named["maxout"]:
        n_out, n_pieces, n_in = n.get_dim("nO"), n.get_dim("nP"), n.get_dim("nI")
        maxouts.append((n.get_param("W").reshape(n_out * n_pieces, n_in).T,
                        n.get_param("b").reshape(n_out * n_pieces), n_out, n_pieces))
    norms = [(n.get_param("G"), n.get_param("b")) for n in named["layernorm"]]
    pad = residual[0].attrs["pad"]
    window = named["expand_window"][0].attrs["window_size"]

    def maxout(X, layer):
        W_T, b, n_out, n_pieces = layer
        Y = numpy.dot(X, W_T)
        Y += b
        return ops.maxout(Y.reshape(Y.shape[0], n_out, n_pieces))[0]

    def layernorm(X, layer):
        G, b = layer
        mu = X.mean(axis=1, keepdims=True)
        var = X.var(axis=1, keepdims=True) + 1e-08
        Y = (X - mu) * var ** (-1.0 / 2.0) * G
        Y += b
        return Y

    def forward(docs) -> list:
        ids = [ops.asarray2i(doc.to_array(columns), dtype="uint64") for doc in docs]
        lengths = numpy.asarray([len(x) for x in ids])
        ids = numpy.concatenate(ids)
        X = numpy.hstack([ops.gather_add(E, ops.hash(ops.as_contig(ids[:, col], dtype="uint64"), seed) % E.shape[0])
                          for col, seed, E in embeds])
        X = layernorm(maxout(X, maxouts[0]), norms[0])
        # the residual blocks see the batch as one sequence with ``pad`` zero rows around each sentence
        parts = []
        for x in numpy.split(X, numpy.cumsum(lengths))[:-1]:
            if x.size:
                parts += [numpy.zeros((pad, X.shape[1]), dtype=X.dtype), x]
        X = numpy.concatenate(parts + [numpy.zeros((pad, X.shape[1]), dtype=X.dtype)])
        for i in range(1, len(maxouts)):
            X = X + layernorm(maxout(ops.seq2col(X, window), maxouts[i]), norms[i])
        padded = numpy.where(lengths > 0, lengths + pad, 0)
        return [a[pad:] for a in numpy.split(X, numpy.cumsum(padded))[:-1]]

    return forward


def install(tok2vec) -> bool:
    """Swap a Tok2Vec component's model for the compiled forward; False (nothing changed) if it does not fit."""
    forward = compile_tok2vec(tok2vec.model)
    if forward is None:
        return False
    width = tok2vec.model.get_dim("nO")
    tok2vec.model = Model("tok2vec-inference", lambda model, docs, is_train: (forward(docs), _no_backprop),
                          dims={"nO": width})
    return True


def _no_backprop(d_output):
    raise NotImplementedError("the compiled tok2vec is for inference only")
