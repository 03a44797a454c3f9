#!/usr/bin/env python3
"""Tests of score_acts.py on a synthetic article and predictions, and a
check of every gold file's offsets against its article.

usage: python3 tests/acts/test_score_acts.py   (exit 0 when all pass)
"""
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # the source tree may be read-only (distcheck)
sys.path.insert(0, HERE)
import score_acts  # noqa: E402

# Invented sentences (not from any corpus).
ARTICLE = ("ودعا وزير الصحة إلى هدنة إنسانية في المدينة.\n"
           "وهدد قائد الفصيل بتوسيع العمليات.\n"
           "ونفت الوزارة استهداف القافلة.\n"
           "وزار الوفد المستشفى صباحا.\n")


def span(text, s, after=0):
    b = text.encode("utf-8")
    i = b.find(s.encode("utf-8"), after)
    assert i >= 0, s
    return {"start": i, "end": i + len(s.encode("utf-8")), "text": s}


def gold_doc():
    t = ARTICLE
    return {
        "article": "synth/a1.txt",
        "speakers": {"minister": ["وزير الصحة"],
                     "commander": ["قائد الفصيل"],
                     "ministry": ["الوزارة"]},
        "acts": [
            {"class": "call", "verb": span(t, "ودعا"),
             "object": span(t, "هدنة إنسانية في المدينة"),
             "speaker": "minister", "stance": "de-escalation"},
            {"class": "threat", "verb": span(t, "وهدد"),
             "object": span(t, "بتوسيع العمليات"),
             "speaker": "commander", "stance": "escalation"},
            {"class": "denial", "verb": span(t, "ونفت"),
             "object": span(t, "استهداف القافلة"),
             "speaker": "ministry", "stance": "neutral",
             "stance_alt": "de-escalation"},
        ]}


def pred_act(g, **kw):
    a = {"class": g["class"], "verb": dict(g["verb"]),
         "object": dict(g["object"]),
         "speaker": {"name": kw.pop("name", "")} if "name" in kw else None,
         "stance": {"label": g["stance"], "score": 0.0}}
    a.update(kw)
    return a


class ScoreActs(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = self.tmp.name
        os.makedirs(os.path.join(root, "synth"))
        os.makedirs(os.path.join(root, "gold"))
        with open(os.path.join(root, "synth", "a1.txt"), "w",
                  encoding="utf-8") as f:
            f.write(ARTICLE)
        self.gold = gold_doc()
        with open(os.path.join(root, "gold", "a1.acts.json"), "w",
                  encoding="utf-8") as f:
            json.dump(self.gold, f, ensure_ascii=False)
        self.root = root

    def tearDown(self):
        self.tmp.cleanup()

    def run_scorer(self, doc, *extra):
        pred = os.path.join(self.root, "pred.json")
        with open(pred, "w", encoding="utf-8") as f:
            json.dump({"qawl": "1", "documents": [doc]}, f, ensure_ascii=False)
        out = io.StringIO()
        with redirect_stdout(out):
            rc = score_acts.main([os.path.join(self.root, "gold"), pred,
                                  "--json", "--eval-root", self.root,
                                  *extra])
        text = out.getvalue()
        res = json.loads(text[text.index("{"):text.rindex("}") + 1])
        return rc, res, text

    def test_no_acts_key_scores_zero(self):
        rc, res, _ = self.run_scorer({"path": "x/a1.txt", "quotes": []})
        self.assertEqual(rc, 0)
        self.assertEqual(res["gold_acts"], 3)
        self.assertEqual(res["pred_acts"], 0)
        self.assertEqual(res["detect_f1"], 0.0)
        self.assertEqual(res["attrib_f1"], 0.0)

    def test_perfect(self):
        g = self.gold["acts"]
        names = ["وزير الصحة", "قائد الفصيل", "الوزارة"]
        acts = [pred_act(a, name=n) for a, n in zip(g, names)]
        rc, res, _ = self.run_scorer({"path": "a1.txt", "acts": acts})
        for k in ("detect_f1", "class_acc", "attrib_f1", "stance_acc",
                  "exact_object", "verb_ok"):
            self.assertAlmostEqual(res[k], 1.0, msg=k)
        self.assertEqual(res["per_class"]["threat"]["match"], 1)

    def test_errors_and_partial_credit(self):
        g = self.gold["acts"]
        a1 = pred_act(g[0], name="وزير الصحة")
        # object runs on over the full stop: trimmed, still exact
        a1["object"]["end"] += len(".".encode("utf-8"))
        a1["object"]["text"] += "."
        a2 = pred_act(g[1], name="الوزارة")          # wrong speaker
        a2["class"] = "warning"                       # wrong class
        # text only, no offsets; object = the subject: the act span
        # (ونفت الوزارة) overlaps the gold denial by more than half of the
        # shorter span, so it matches, with the wrong class and speaker
        # (gold ministry, predicted null); its stance is the gold's alt
        a3 = {"class": "call", "verb": {"text": "ونفت"},
              "object": {"text": "الوزارة"}, "speaker": None,
              "stance": "de-escalation"}
        rc, res, text = self.run_scorer({"path": "a1.txt",
                                         "acts": [a1, a2, a3]}, "--errors")
        self.assertEqual(rc, 0)
        self.assertEqual(res["pred_acts"], 3)
        self.assertAlmostEqual(res["detect_f1"], 1.0)
        self.assertAlmostEqual(res["class_acc"], 1 / 3)
        self.assertAlmostEqual(res["speaker_acc"], 1 / 3)
        self.assertAlmostEqual(res["attrib_f1"], 1 / 3)
        self.assertAlmostEqual(res["stance_acc"], 1.0)
        self.assertAlmostEqual(res["exact_object"], 2 / 3)
        self.assertAlmostEqual(res["object_overlap"], 2 / 3)
        self.assertIn("speaker 'الوزارة' should be 'commander'", text)
        self.assertIn("class 'warning' should be 'threat'", text)

    def test_miss_and_spurious(self):
        g = self.gold["acts"]
        spur = {"class": "announcement", "verb": span(ARTICLE, "وزار"),
                "object": span(ARTICLE, "المستشفى صباحا"),
                "speaker": {"name": "الوفد"}, "stance": "neutral"}
        wrong = pred_act(g[2], name="الوزارة")
        wrong["stance"] = {"label": "escalation"}
        acts = [pred_act(g[0], name="وزير الصحة"), wrong, spur]
        rc, res, text = self.run_scorer({"path": "a1.txt", "acts": acts},
                                        "--errors", "--min", "detect_f1=0.9")
        self.assertEqual(rc, 1)       # below the floor
        self.assertAlmostEqual(res["detect_p"], 2 / 3)
        self.assertAlmostEqual(res["detect_r"], 2 / 3)
        self.assertAlmostEqual(res["stance_acc"], 1 / 2)
        self.assertIn("missed threat: وهدد", text)
        self.assertIn("spurious announcement: وزار", text)
        self.assertIn("stance 'escalation' should be 'neutral'", text)

    def test_list(self):
        out = io.StringIO()
        with redirect_stdout(out):
            score_acts.main(["--list", os.path.join(self.root, "gold"),
                             "--eval-root", self.root])
        self.assertTrue(out.getvalue().strip().endswith("synth/a1.txt"))

    def test_bad_gold_offsets_stop(self):
        bad = gold_doc()
        bad["acts"][0]["verb"]["end"] += 2
        with open(os.path.join(self.root, "gold", "a1.acts.json"), "w",
                  encoding="utf-8") as f:
            json.dump(bad, f, ensure_ascii=False)
        with self.assertRaises(SystemExit):
            score_acts.load_gold(os.path.join(self.root, "gold"), self.root)


class GoldFiles(unittest.TestCase):
    """Every committed gold file loads: offsets give the text fields, classes,
    stances and speaker keys are valid, acts are in text order."""

    def test_gold_set(self):
        gdir = os.path.join(HERE, "gold")
        if not os.path.isdir(score_acts.DEFAULT_ROOT):
            self.skipTest("../shared/eval not present")
        docs = score_acts.load_gold(gdir, score_acts.DEFAULT_ROOT)
        self.assertGreaterEqual(len(docs), 1)
        for name, doc in docs.items():
            starts = [a["verb"]["start"] for a in doc["acts"]]
            self.assertEqual(starts, sorted(starts), name)

    def test_cli_runs_without_acts(self):
        """The scorer, run as a program on real qawl-like output that has
        no "acts" key, prints zeros and exits 0."""
        gdir = os.path.join(HERE, "gold")
        if not os.path.isdir(score_acts.DEFAULT_ROOT):
            self.skipTest("../shared/eval not present")
        docs = score_acts.load_gold(gdir, score_acts.DEFAULT_ROOT)
        with tempfile.NamedTemporaryFile("w", suffix=".json",
                                         delete=False) as f:
            json.dump({"documents": [{"path": n, "quotes": []}
                                     for n in docs]}, f)
        try:
            r = subprocess.run([sys.executable,
                                os.path.join(HERE, "score_acts.py"), gdir,
                                f.name], capture_output=True, text=True)
        finally:
            os.unlink(f.name)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("acts F1 0.000", r.stdout)


if __name__ == "__main__":
    unittest.main()
