#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A start keeps the repeating meeting series planned half a year ahead.

Usage: test-series-extend.py PATH/TO/taskforce

Fills a temporary store with demo data, removes the planned meetings of
its series after three weeks from today (as if the program had not been
started for months), starts the program and waits for the meetings to come
back: after the main window's first frame the application calls
tf_meeting_series_extend() once. A second start adds nothing.
"""

import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from atspi_helpers import fail, private_env

SKIP = 77
HORIZON_DAYS = 183   # TF_MEETING_SERIES_HORIZON_DAYS


def series_meetings(db):
    """(count, last day) of the series' meetings, cancelled ones too."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*), max(held_on) FROM meeting "
                            "WHERE series_id IS NOT NULL").fetchone()


def run_until(program, db, env, done, timeout=30.0):
    """Starts the program, waits for done() (or the timeout), stops it."""
    proc = subprocess.Popen([program, '--database', db], env=env)
    try:
        end = time.time() + timeout
        while time.time() < end:
            if proc.poll() is not None:
                fail("the program exited with status %d" % proc.returncode)
            if done():
                return True
            time.sleep(0.5)
        return False
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main():
    if len(sys.argv) != 2:
        fail("usage: test-series-extend.py PATH/TO/taskforce")
    program = sys.argv[1]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print("No display: skipping (run under xvfb-run).")
        sys.exit(SKIP)

    tmp = tempfile.mkdtemp(prefix='taskforce-series-extend-')
    env = private_env(tmp)
    db = os.path.join(tmp, 'demo.db')
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '10', '--seed', '7'],
                              env=env, capture_output=True, text=True, timeout=120)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))

        cutoff = (datetime.date.today() + datetime.timedelta(days=21)).isoformat()
        with sqlite3.connect(db) as conn:
            # Their participants and agenda items go with them.
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("DELETE FROM meeting WHERE series_id IS NOT NULL AND status = 'planned' "
                         "AND held_on > ?", (cutoff,))
        before, last_before = series_meetings(db)
        if last_before is None or last_before > cutoff:
            fail("the demo store has no series to extend (last %r)" % last_before)
        print("before the start: %d series meetings, the last on %s" % (before, last_before))

        horizon = (datetime.date.today() + datetime.timedelta(days=HORIZON_DAYS - 14)).isoformat()
        extended = run_until(program, db, env,
                             lambda: (series_meetings(db)[1] or '') >= horizon)
        after, last_after = series_meetings(db)
        if not extended:
            fail("the start did not plan the series ahead: the last meeting is on %s, "
                 "expected after %s" % (last_after, horizon))
        print("after the first start: %d series meetings, the last on %s" % (after, last_after))

        # A second start finds the series kept and makes nothing more.
        run_until(program, db, env, lambda: False, timeout=8.0)
        again, _ = series_meetings(db)
        if again != after:
            fail("a second start changed the series' meetings: %d → %d" % (after, again))
        print("a second start added nothing")
        print("PASS")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
