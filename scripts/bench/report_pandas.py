#!/usr/bin/env python3
"""The pandas equivalent of `slm report` on a checks export (SPEC §10 benchmark): read_csv,
to_datetime, sort, group-by per monitor, then the same availability figure for "web" in May 2024:
each sample's status holds until the next sample of the same monitor; the last one holds until
the file's latest timestamp; silences longer than 10 minutes are unknown time."""
import sys

try:
    import pandas as pd
except ImportError:
    print("pandas not installed", file=sys.stderr)
    sys.exit(0)

path = sys.argv[1]
df = pd.read_csv(path, usecols=["timestamp", "monitor", "status"])
df["timestamp"] = pd.to_datetime(df["timestamp"], utc=True)
latest = df["timestamp"].max()
df = df.sort_values(["monitor", "timestamp"], kind="stable")
df["next"] = df.groupby("monitor")["timestamp"].shift(-1).fillna(latest)
start = pd.Timestamp("2024-05-01", tz="UTC")
end = pd.Timestamp("2024-06-01", tz="UTC")
lo = df["timestamp"].clip(lower=start, upper=end)
hi = df["next"].clip(lower=start, upper=end)
held = (df["next"] - df["timestamp"]) <= pd.Timedelta(minutes=10)
df["known"] = (hi - lo).where(held, pd.Timedelta(0))
df["down"] = df["known"].where(df["status"] == "down", pd.Timedelta(0))
per = df.groupby("monitor")[["known", "down"]].sum()
known = per.loc["web", "known"]
print((known - per.loc["web", "down"]) / known)
