"""Random files and options through the command line (in-process): never a traceback, a
non-zero exit with one `error:` line on refusal, counts that add up on success, and no
temporary or half-written file left behind."""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.hypothesis_budget import examples
from workbench.cli import main

HEADER = ["contact_id", "user_id", "contact_date", "contact_type", "site", "establishment_id",
          "staff_id", "duration_minutes", "interpreter_used"]
SETTINGS = settings(max_examples=examples(100), deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))

dates = st.one_of(
    st.dates().map(str), st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates().map(lambda d: d.strftime("%m/%d/%Y")), st.dates().map(lambda d: d.strftime("%Y%m%d")),
    st.sampled_from(["2024-13-01", "31/02/2024", "0001-01-01", "9999-12-31", "2024-01-05T10:00",
                     "", "yesterday", "12/31/2024", "03/04/24", "5 Jun 2024"]))
text = st.one_of(st.text(max_size=12), st.sampled_from(
    ["=1+1", "+44 7700 900123", "-5", "@x", "\t=x", "a,b", 'say "hi"', "line\nbreak", "ü", "1e300"]))
row = st.fixed_dictionaries({
    "contact_id": st.one_of(st.from_regex(r"C[0-9]{1,3}", fullmatch=True), text),
    "user_id": st.one_of(st.just("U1"), text),
    "contact_date": dates,
    "contact_type": st.sampled_from(["clinic", "Drop-in", "outreach_establishment", "sauna", ""]),
    "site": st.sampled_from(["london", "regional", "Paris", ""]),
    "establishment_id": text, "staff_id": st.sampled_from(["S1", ""]),
    "duration_minutes": st.one_of(st.integers(-10, 2000).map(str), text),
    "interpreter_used": st.sampled_from(["yes", "no", "Y", "maybe", ""]),
})
mappings = st.one_of(st.none(), st.none(), st.sampled_from([
    "", "columns: {Ref: contact_id}\n", "values: [a]\n", "dayfirst: false\n",
    'date_format: "%m/%d/%Y"\n', "date_format: {contact_date: nope}\n", "a: &a [1]\nb: [*a, *a]\n",
    "{{{", "- just\n- a list\n", "columns: {contact_date: contact_id}\n"]))


def cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:  # argparse refusing an option
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def leftovers(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.name.endswith((".tmp", ".partial"))]


def check_refusal(code: int, err: str) -> None:
    event(f"exit {code}")  # --hypothesis-show-statistics: how many runs were refused
    assert "Traceback" not in err
    if code != 0:
        assert code == 2 and err.strip().splitlines()[-1].split(": ", 1)[0].endswith("error"), err


def encode(lines: list[str], encoding: str) -> bytes:
    body = "\r\n".join(lines) + "\r\n"
    if encoding == "cp1252":
        return body.encode("cp1252", errors="replace")
    return body.encode(encoding, errors="surrogatepass") if encoding != "utf-8" else \
        body.encode("utf-8", errors="replace")


@SETTINGS
@given(rows=st.lists(row, min_size=1, max_size=8),
       widths=st.lists(st.integers(-2, 2), min_size=8, max_size=8),
       header=st.one_of(st.just("ok"), st.just("ok"), st.sampled_from(["short", "duplicate", "missing"])),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       suffix=st.one_of(st.just(".csv"), st.just(".csv"), st.sampled_from([".txt", ".xlsx", ".docx"])),
       junk=st.one_of(st.none(), st.none(), st.none(),
                      st.sampled_from([b"PK\x03\x04", b"\xff\xfe\x00", b"a,b\n\x81\x8d\n"])),
       mapping=mappings)
def test_ingest_never_shows_a_traceback_or_leaves_a_file_behind(rows, widths, header, encoding,
                                                               suffix, junk, mapping):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        names = {"ok": HEADER, "short": HEADER[:5], "duplicate": HEADER + ["site"],
                 "missing": HEADER[1:]}[header]
        lines = [",".join(names)]
        for r, w in zip(rows, widths):
            fields = ['"' + v.replace('"', '""') + '"' if re.search(r'[,"\n\r]', v) else v
                      for v in r.values()]
            fields = fields[:len(fields) + w] if w < 0 else fields + ["x"] * w
            lines.append(",".join(fields))
        src = tmp / f"export{suffix}"
        src.write_bytes(junk if junk is not None else encode(lines, encoding))
        args = ["ingest", "contacts", str(src), "--data", str(tmp / "d")]
        if mapping is not None:
            (tmp / "m.yaml").write_text(mapping)
            args += ["--mapping", str(tmp / "m.yaml")]
        code, out, err = cli(args)
        check_refusal(code, err)
        if code == 0:
            n, stored, quarantined = map(int, re.search(
                r"rows in: (\d+) = stored: (\d+) \+ quarantined: (\d+)", out).groups())
            assert n == stored + quarantined
            table = pd.read_parquet(tmp / "d" / "identifiable" / "contacts.parquet")
            assert len(table) == stored
            if quarantined:
                q, = (tmp / "d" / "identifiable" / "quarantine").glob("*.csv")
                frame = pd.read_csv(q, dtype=str, keep_default_na=False)
                assert len(frame) == quarantined
                cells = frame.drop(columns=["source_row", "reasons"]).to_numpy().ravel()
                assert not any(c.startswith(("=", "@", "\t", "\r")) for c in cells)
        else:
            assert not (tmp / "d").exists()
        assert leftovers(tmp) == []


@settings(max_examples=examples(60), deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(n=st.integers(0, 40), share=st.one_of(st.floats(0.2, 0.8), st.floats(-0.2, 1.2)),
       values=st.one_of(st.just("counts"), st.just("counts"),
                        st.sampled_from(["huge", "negative", "text", "nan", "fraction"])),
       family=st.sampled_from(["quasipoisson", "poisson", "gaussian", "negbin"]),
       errors=st.sampled_from(["auto", "model", "hac"]),
       lags=st.one_of(st.none(), st.none(), st.integers(-3, 60)),
       seasonality=st.one_of(st.just("none"), st.sampled_from(["month", "fourier:2", "fourier:x", "weekly"])),
       plot=st.one_of(st.none(), st.none(), st.sampled_from(["p.png", "missing/p.png", "p.docx"])))
def test_its_never_shows_a_traceback(n, share, values, family, errors, lags, seasonality, plot):
    change = int(round(n * share))
    rng = np.random.default_rng(n)
    counts = rng.poisson(40, n).astype(object)
    if n:
        counts[n // 2] = {"counts": counts[n // 2], "huge": 1e300, "negative": -3, "text": "lots",
                          "nan": "", "fraction": 2.5}[values]
    frame = pd.DataFrame({"month": pd.period_range("2022-01", periods=n, freq="M").astype(str),
                          "n": counts, "after": (np.arange(n) >= change).astype(int)})
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        frame.to_csv(tmp / "m.csv", index=False)
        args = ["its", str(tmp / "m.csv"), "--outcome", "n", "--time", "month",
                "--intervention", "after", "--family", family, "--errors", errors,
                "--seasonality", seasonality]
        if lags is not None:
            args += ["--hac-lags", str(lags)]
        if plot:
            args += ["--plot", str(tmp / plot)]
        code, out, err = cli(args)
        check_refusal(code, err)
        if code != 0 and plot:
            assert not (tmp / plot).exists()
