"""Streaming runner: worker processes and --resume give the same outputs as a plain run."""
import csv
import json

from conftest import CORPUS
from pipeline.batch import WORK_DIR, run


def _facts(out):
    with open(out / "facts.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _findings(out):
    with open(out / "findings.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_workers_and_resume_match_plain_run(tmp_path):
    plain = run([CORPUS], tmp_path / "plain")
    two = run([CORPUS], tmp_path / "two", workers=2, batch_size=4)
    assert _facts(tmp_path / "two") == _facts(tmp_path / "plain")
    assert _findings(tmp_path / "two") == _findings(tmp_path / "plain")
    assert len(two.facts) == len(plain.facts) > 0
    assert not (tmp_path / "two" / WORK_DIR).exists()  # journal removed after a complete run

    # Simulate an interrupted run: a journal holding the first document and a line cut short.
    out = tmp_path / "resumed"
    work = out / WORK_DIR
    work.mkdir(parents=True)
    first = next(d for d in plain.documents if d.status == "ok" and d.n_facts)
    rows = [json.loads(json.dumps(r)) for r in
            (dict(vars(f)) for f in plain.facts if f.doc_id == first.doc_id)]
    with (work / "journal.jsonl").open("w") as fh:
        fh.write(json.dumps({"key": f"{first.doc_id}:{first.content_hash}", "facts": rows}) + "\n")
        fh.write('{"key": "cut sho')
    run([CORPUS], out, workers=1, resume=True)
    assert _facts(out) == _facts(tmp_path / "plain")
    assert _findings(out) == _findings(tmp_path / "plain")


def _blas_threads():
    import numpy  # noqa: F401  (the BLAS numpy loads is the one the model's matrix products use)
    from threadpoolctl import threadpool_info

    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]


def test_each_worker_process_runs_one_blas_thread():
    # N workers each starting a BLAS thread per core would oversubscribe the machine
    import multiprocessing as mp

    from pipeline.engines.local import _one_blas_thread

    with mp.get_context("spawn").Pool(1, initializer=_one_blas_thread) as pool:
        threads = pool.apply(_blas_threads)
    assert threads and all(n == 1 for n in threads), threads
