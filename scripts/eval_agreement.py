#!/usr/bin/env python3
"""Check that `denialkb eval --pred` agrees with the reference scorer on every figure.

usage: eval_agreement.py SCORE_PY DENIALKB GOLD_DIR... [--runs N]

For each gold directory and run, writes predictions made from the gold files with random
perturbations, in every format score.py accepts (our output, `denials`, bare lists, `quote`,
`source_outlet`, values as mappings, dates as YAML dates/ints/date-times, missing files, .yml),
then compares `score.py --json` with `denialkb eval --json` key by key and the text lines
byte for byte. Needs PyYAML. Exit 1 on any disagreement.
"""
import datetime as dt
import glob
import json
import os
import random
import subprocess
import sys
import tempfile

import yaml

R = random.Random(0)

FAKE_COS = ["Bank", "PT", "Pihak Manajemen", "Kementerian BUMN", "Polri", "Grup Holding", "Telkom", "PT Maju Jaya Tbk",
            "Indonesia", "XL", "Samsung Electronics Indonesia", "ﬁrma ＡＢＣ", "Co"]
WORDS = "tidak benar kabar itu hoaks kami membantah data pengguna aman perusahaan isu".split()


def perturb_text(s):
    if not s:
        return s
    t = str(s).split()
    r = R.random()
    if r < 0.3:
        return s
    if r < 0.5:
        return " ".join(t[: max(1, len(t) // 2)])
    if r < 0.65:
        return " ".join(t + R.sample(WORDS, 5))
    if r < 0.8:
        return " ".join(R.sample(WORDS, 4))
    if r < 0.9:
        return str(s).upper()
    return ""

def perturb_company(g):
    alts = [g.get("company")] + list(g.get("company_any") or [])
    alts = [a for a in alts if a]
    r = R.random()
    c = R.choice(alts) if alts else "X"
    if r < 0.4:
        return c
    if r < 0.55:
        return "PT " + str(c) + " Tbk"
    if r < 0.65:
        return str(c).split()[0]
    if r < 0.75:
        return str(c).lower() + " (Persero)"
    if r < 0.85:
        return str(c)[:-1]
    return R.choice(FAKE_COS)

def perturb_date(g):
    alts = [g.get("date")] + list(g.get("date_any") or [])
    alts = [a for a in alts if a is not None]
    r = R.random()
    if r < 0.35 and alts:
        d = R.choice(alts)
        return d  # date / int / str as loaded
    if r < 0.45 and alts:
        return str(alts[0])[:4]
    if r < 0.5 and alts:
        return int(str(alts[0])[:4])
    if r < 0.6:
        return None
    if r < 0.7:
        return dt.date(2020, R.randint(1, 12), R.randint(1, 28))
    if r < 0.75 and alts:
        return {"iso": str(alts[0])}
    if r < 0.8 and alts:
        return str(alts[0]) + " 10:00:00"
    if r < 0.85:
        return ""
    return "2019-13"

def perturb_outlet(gold):
    alts = [gold.get("outlet")] + list(gold.get("outlet_any") or [])
    alts = [a for a in alts if a]
    r = R.random()
    if r < 0.4 and alts:
        return R.choice(alts)
    if r < 0.5 and alts:
        return "www." + str(alts[0]).lower() + ".co.id"
    if r < 0.6:
        return None
    if r < 0.65:
        return ""
    if r < 0.7:
        return {"name": R.choice(alts) if alts else "Reuters"}
    return R.choice(["Reuters", "Kompas.com", "ANTARA", "detikcom", "Tempo", "news", "Liputan6.com"])

RULES = ["company.subject", "company.speaker", "date.dateline", "date.copyright", "quote.direct", "quote.indirect",
         "allegation.object", "outlet.dateline", "outlet.header"]


def make_predictions(gold_dir, out_dir):
    for gpath in sorted(glob.glob(os.path.join(gold_dir, "*.gold.yaml"))):
        gold = yaml.safe_load(open(gpath, encoding="utf-8"))
        aid = os.path.basename(gpath)[: -len(".gold.yaml")]
        if R.random() < 0.08:
            continue  # missing file
        recs = []
        for g in gold.get("denials") or []:
            if R.random() < 0.15:
                continue
            rec = {"company": perturb_company(g)}
            qkey = "quote" if R.random() < 0.2 else "denial_quote"
            rec[qkey] = perturb_text(R.choice([g.get("quote")] + list(g.get("quote_any") or [])))
            if R.random() < 0.1:
                rec["quote"] = "tidak benar"  # shadowed when denial_quote is present
            rec["allegation"] = perturb_text(g.get("allegation"))
            rec["date"] = perturb_date(g)
            if R.random() < 0.5:
                rec["outlet" if R.random() < 0.8 else "source_outlet"] = perturb_outlet(gold)
            if R.random() < 0.3:
                rec["company"] = {"name": rec["company"]}
            rec["evidence"] = {k: {"rule": R.choice([x for x in RULES if x.startswith(k.split("_")[-1][:4]) or R.random() < 0.1] or RULES)}
                               for k in ("company", "date", "allegation", "denial_quote", "outlet")}
            recs.append(rec)
        while R.random() < 0.25:
            recs.append({"company": R.choice(FAKE_COS), "denial_quote": R.choice(WORDS), "date": 2021,
                         "evidence": {"company": {"rule": R.choice(RULES[:2])}}})
        if R.random() < 0.3:
            R.shuffle(recs)
        form = R.random()
        if form < 0.1:
            doc = recs
        elif form < 0.25:
            doc = {"denials": recs, "outlet": perturb_outlet(gold)}
        elif form < 0.3:
            doc = {"records": None, "denials": recs}
        else:
            doc = {"schema_version": 1, "article": {"id": aid, "outlet": perturb_outlet(gold),
                   "evidence": {"outlet": {"rule": R.choice(RULES[-2:])}}}, "records": recs}
            if R.random() < 0.2:
                doc["article"] = {}
                doc["outlet"] = perturb_outlet(gold)
        if R.random() < 0.03:
            doc = None
        ext = ".yml" if R.random() < 0.1 else ".yaml"
        with open(os.path.join(out_dir, aid + ext), "w", encoding="utf-8") as fh:
            yaml.safe_dump(doc, fh, allow_unicode=R.random() < 0.5, sort_keys=False)


def main():
    runs = 20
    args = sys.argv[1:]
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    score_py, denialkb, gold_dirs = args[0], args[1], args[2:]
    bad = total = 0
    for gold_dir in gold_dirs:
        for run in range(runs):
            R.seed(run)
            with tempfile.TemporaryDirectory() as out_dir:
                make_predictions(gold_dir, out_dir)
                ref_text = subprocess.run([sys.executable, score_py, gold_dir, out_dir], check=True, capture_output=True, text=True).stdout
                ref = json.loads(subprocess.run([sys.executable, score_py, gold_dir, out_dir, "--json"], check=True, capture_output=True, text=True).stdout)
                ours_text = subprocess.run([denialkb, "eval", "--gold", gold_dir, "--pred", out_dir], check=True, capture_output=True, text=True).stdout
                ours = json.loads(subprocess.run([denialkb, "eval", "--gold", gold_dir, "--pred", out_dir, "--json"], check=True, capture_output=True, text=True).stdout)
            total += 1
            diff = {k: (v, ours.get(k)) for k, v in ref.items() if ours.get(k) != v}
            text_same = ours_text.splitlines()[: len(ref)] == ref_text.splitlines()
            if diff or not text_same:
                bad += 1
                print(f"DISAGREE {gold_dir} run {run}: {diff} text_same={text_same}")
    print(f"{total} runs, {bad} disagreements")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
