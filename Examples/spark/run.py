#!/usr/bin/env python3
"""NewsGraph past one machine: extraction as a Spark map step, `newsgraph merge` as the reduce.

Runs PySpark in local mode on a sample corpus (the founding article and the annotated wire
texts of the test suite, as JSON Lines), pipes every partition through
`newsgraph extract - --emit fragments`, merges the fragments, and checks that the result is
byte-identical to a single-machine `newsgraph extract` of the same corpus. Exit code 0 when
they are equal.

Usage:  bash Examples/spark/run.sh      (sets up a virtual environment with pyspark, needs Java 17+)
or:     python3 Examples/spark/run.py   (with pyspark importable)
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NEWSGRAPH = os.path.join(ROOT, ".build", "release", "newsgraph")


def sample_corpus(path):
    """One JSON document per line: the founding article and the test suite's own wire texts."""
    texts = [os.path.join(ROOT, "Examples", "esper-soleimani.txt")]
    texts += sorted(glob.glob(os.path.join(ROOT, "Tests", "NewsGraphExtractionTests", "Fixtures", "corpus", "*.txt")))
    with open(path, "w", encoding="utf-8") as out:
        for text_path in texts:
            with open(text_path, encoding="utf-8") as f:
                text = f.read()
            doc_id = os.path.splitext(os.path.basename(text_path))[0]
            out.write(json.dumps({"id": doc_id, "text": text, "source": "sample"}, ensure_ascii=False) + "\n")
    return len(texts)


def main():
    if not os.access(NEWSGRAPH, os.X_OK):
        subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph"], cwd=ROOT, check=True)
    from pyspark import SparkConf, SparkContext

    work = tempfile.mkdtemp(prefix="newsgraph-spark-")
    try:
        corpus = os.path.join(work, "corpus.jsonl")
        count = sample_corpus(corpus)

        # The single-machine run.
        single = os.path.join(work, "single.graphml")
        subprocess.run([NEWSGRAPH, "extract", corpus, "-o", single, "-q"], check=True)

        # The same corpus through Spark: map = extract per partition, reduce = merge.
        conf = SparkConf().setMaster("local[2]").setAppName("newsgraph").set("spark.ui.enabled", "false")
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        try:
            fragments_dir = os.path.join(work, "fragments")
            (sc.textFile(corpus, minPartitions=4)
               .pipe(NEWSGRAPH + " extract - --emit fragments -q")
               .saveAsTextFile(fragments_dir))
        finally:
            sc.stop()
        parts = sorted(glob.glob(os.path.join(fragments_dir, "part-*")))
        spark = os.path.join(work, "spark.graphml")
        subprocess.run([NEWSGRAPH, "merge", *parts, "-o", spark, "-q"], check=True)

        with open(single, "rb") as a, open(spark, "rb") as b:
            same = a.read() == b.read()
        print(f"{count} documents, {len(parts)} partitions: Spark map/reduce "
              + ("equals" if same else "DIFFERS FROM") + " the single-machine run")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
