#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list shows a store's cases, narrows them as one types, and
follows changes made at another desk.

Usage: test-case-list.py PATH/TO/taskforce

Fills a temporary store with demo data through the command line, starts the
program on it and reads the list through AT-SPI, the way a screen reader
does. Needs a display and a session bus (the suite runs under
`xvfb-run -a dbus-run-session`).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

from atspi_helpers import fail, find_all, find, wait_for, find_app, private_env

SKIP = 77


def case_rows(table):
    """The rows of the column view that show a case: table rows holding table
    cells with text (a row widget the view keeps spare has none)."""
    rows = find_all(table, lambda n: n.getRoleName() == 'table row' and
                    n.childCount > 0 and n.getChildAtIndex(0).getRoleName() == 'table cell')
    return [row for row in rows if any(t.strip() for t in row_texts(row))]


def row_texts(row):
    return [label.name for label in find_all(row, lambda n: n.getRoleName() == 'label')]


def footer_label(app):
    return find(app, lambda n: n.getRoleName() == 'label' and
                re.fullmatch(r'\d+ young (person|people)', n.name or '') is not None)


def main():
    if len(sys.argv) != 2:
        fail("usage: test-case-list.py PATH/TO/taskforce")
    program = sys.argv[1]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print("No display: skipping (run under xvfb-run).")
        sys.exit(SKIP)

    tmp = tempfile.mkdtemp(prefix='taskforce-case-list-')
    env = private_env(tmp)
    db = os.path.join(tmp, 'demo.db')
    proc = None
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '60', '--seed', '7'],
                              env=env, capture_output=True, text=True, timeout=60)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))
        if 'Filled' not in fill.stdout:
            fail("demo-data printed no summary: %r" % fill.stdout)

        proc = subprocess.Popen([program, '--database', db], env=env)
        def started():
            if proc.poll() is not None:
                fail("the program exited with status %d before showing a window" % proc.returncode)
            return find_app(proc.pid)
        app = wait_for("the program on the accessibility bus", started)
        table = wait_for("the table labelled 'Cases'",
                         lambda: find(app, lambda n: n.name == 'Cases' and 'table' in n.getRoleName()))
        rows = wait_for("rows in the case list", lambda: case_rows(table))
        first = row_texts(rows[0])
        if not first or not first[0].strip():
            fail("the first row shows no name: %r" % first)
        name = first[0]
        last_name = name.split()[-1]
        before_rows = len(rows)
        footer = wait_for("the footer count", lambda: footer_label(app))
        before_footer = footer.name
        if before_footer != '60 young people':
            fail("footer says %r, expected '60 young people'" % before_footer)
        print("list shows %d rows, first %r, footer %r" % (before_rows, name, before_footer))

        entry = find(app, lambda n: n.name == 'Search cases')
        if entry is None:
            fail("no 'Search cases' entry")
        entry.queryEditableText().setTextContents(last_name)

        def narrowed():
            current = case_rows(table)
            label = footer_label(app)
            if label is None or label.name == before_footer or len(current) >= before_rows:
                return None
            return current, label.name
        after, after_footer = wait_for("the list to narrow to %r" % last_name, narrowed)
        for row in after:
            texts = row_texts(row)
            if not any(last_name.lower() in t.lower() for t in texts):
                fail("row %r does not contain %r" % (texts, last_name))
        count = int(after_footer.split()[0])
        if count != len(after):
            fail("footer %r disagrees with %d rows shown" % (after_footer, len(after)))
        print("searching %r: %d rows, footer %r" % (last_name, len(after), after_footer))

        # Another desk adds young people: the list follows within seconds.
        entry.queryEditableText().setTextContents('')
        wait_for("the full list again",
                 lambda: (footer_label(app) or footer).name == before_footer)
        more = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '3', '--seed', '8'],
                              env=env, capture_output=True, text=True, timeout=60)
        if more.returncode != 0:
            fail("the second demo-data run failed (%d): %s" % (more.returncode, more.stderr))
        wait_for("the footer to show another desk's 3 new young people",
                 lambda: (footer_label(app) or footer).name == '63 young people', timeout=15)
        print("another desk's changes showed up: '63 young people'")
        print("PASS")
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
