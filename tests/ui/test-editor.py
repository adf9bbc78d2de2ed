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
import time

import pyatspi

SKIP = 77


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def find_all(node, pred, found=None):
    if found is None:
        found = []
    if node is None:
        return found
    try:
        if pred(node):
            found.append(node)
        for i in range(node.childCount):
            find_all(node.getChildAtIndex(i), pred, found)
    except Exception:   # a node may vanish while we walk
        pass
    return found


def find(node, pred):
    hits = find_all(node, pred)
    return hits[0] if hits else None


def wait_for(what, fn, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        result = fn()
        if result:
            return result
        time.sleep(0.2)
    fail("timed out waiting for " + what)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.name == 'taskforce' and app.get_process_id() == pid:
                return app
        except Exception:
            pass
    return None


def frame(app, title):
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and child.getRoleName() == 'frame' and child.name == title:
            return child
    return None


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


def press(window, name):
    button = find(window, lambda n: n.getRoleName() == 'push button' and n.name == name)
    if button is None:
        fail("no button %r" % name)
    button.queryAction().doAction(0)


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


def private_env(tmp):
    env = dict(os.environ)
    for name in ('XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR'):
        path = os.path.join(tmp, name.lower())
        os.makedirs(path, mode=0o700, exist_ok=True)
        env[name] = path
    env.setdefault('GSETTINGS_BACKEND', 'memory')
    env['GSK_RENDERER'] = 'cairo'
    env['LC_ALL'] = 'C.UTF-8'
    env['LANGUAGE'] = 'C'
    return env


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
