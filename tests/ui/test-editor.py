#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""New case: a bad CPR number is refused under its field; good data is saved.

Usage: test-editor.py PATH/TO/taskforce

Opens the editor with the "New case" button, types a CPR number with a
thirteenth month, clicks Save and expects the complaint directly under the
CPR field and nothing written to the store. Then types a valid number,
saves, and expects the editor to close, one more young person in the store
and the new case's window to open. Needs a display and a session bus.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

from atspi_helpers import fail, find_all, find, wait_for, find_app, private_env, press, frame

SKIP = 77


def field(window, name):
    node = find(window, lambda n: n.getRoleName() == 'text' and n.name == name)
    if node is None:
        fail("no field %r in the editor" % name)
    return node


def type_into(window, name, text):
    field(window, name).queryEditableText().setTextContents(text)


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def row_after(window, name):
    """The row right after the field @name in its list, if any."""
    node = field(window, name)
    parent = node.parent
    index = node.getIndexInParent()
    if index + 1 >= parent.childCount:
        return None
    return parent.getChildAtIndex(index + 1)


def count_young_people(db):
    with sqlite3.connect('file:%s?mode=ro' % db, uri=True) as connection:
        return connection.execute('SELECT count(*) FROM young_person').fetchone()[0]


def main():
    if len(sys.argv) != 2:
        fail("usage: test-editor.py PATH/TO/taskforce")
    program = sys.argv[1]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print("No display: skipping (run under xvfb-run).")
        sys.exit(SKIP)

    tmp = tempfile.mkdtemp(prefix='taskforce-editor-')
    env = private_env(tmp)
    db = os.path.join(tmp, 'editor.db')
    proc = None
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '5', '--seed', '3'],
                              env=env, capture_output=True, text=True, timeout=60)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))
        before = count_young_people(db)

        proc = subprocess.Popen([program, '--database', db], env=env)
        def started():
            if proc.poll() is not None:
                fail("the program exited with status %d before showing a window" % proc.returncode)
            return find_app(proc.pid)
        app = wait_for("the program on the accessibility bus", started)
        main_window = wait_for("the main window", lambda: frame(app, 'Taskforce'))
        press(main_window, 'New case')
        editor = wait_for("the New Case editor", lambda: frame(app, 'New Case'))

        # A CPR number with a thirteenth month.
        type_into(editor, 'First name', 'Testa')
        type_into(editor, 'Last name', 'Testesen')
        type_into(editor, 'CPR number', '311399-1234')
        press(editor, 'Save')

        def cpr_complaint():
            row = row_after(editor, 'CPR number')
            if row is None or row.getRoleName() == 'text' or not row.name:
                return None
            return row
        complaint = wait_for("a message under the CPR field", cpr_complaint)
        print("under the CPR field: %r" % complaint.name)
        if frame(app, 'New Case') is None:
            fail("the editor closed although the CPR number is invalid")
        if count_young_people(db) != before:
            fail("a young person was written although the CPR number is invalid")

        # A valid number fills the birth date and saves.
        type_into(editor, 'CPR number', '120410-4237')
        birth = text_of(field(editor, 'Birth date'))
        if birth != '12.4.2010':
            fail("the birth date shows %r after a valid CPR number, expected '12.4.2010'" % birth)
        press(editor, 'Save')
        wait_for("the editor to close", lambda: frame(app, 'New Case') is None)
        after = count_young_people(db)
        if after != before + 1:
            fail("the store has %d young people, expected %d" % (after, before + 1))
        wait_for("the new case's window", lambda: frame(app, 'Testa Testesen'))
        print("saved: %d young people, case window open" % after)
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
