#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting window as a screen reader meets it: every control has a name.

Usage: test-meeting-window.py PATH/TO/taskforce

Fills a store with demo data, starts the program with --meeting on the
planned meeting of tomorrow, and walks the window's accessibility tree:
every button, toggle, text field, combo box and list must have a name.
Then opens "Add item" and walks that dialog, and does the same for a
closed meeting (read-only). Needs a display and a session bus.
"""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

import pyatspi

from atspi_helpers import fail, find_all, find, wait_for, find_app, private_env, press

SKIP = 77

# Roles a user operates, which a screen reader must be able to name.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'text',
    'password text', 'entry', 'combo box', 'spin button', 'slider', 'switch',
    'list', 'list box', 'table', 'tree table', 'menu button', 'link',
}


def frame(app, title):
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and child.getRoleName() in ('frame', 'dialog') and child.name == title:
            return child
    return None


def showing(node):
    # GTK 4.8 sets "visible" on what is shown; "showing" only on windows.
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def unnamed(node):
    # With no name of its own GTK 4.8 gives a widget its type's ("GtkListBox").
    name = (node.name or '').strip()
    return not name or re.match(r'^(Gtk|Adw)[A-Z]\w*$', name) is not None


def controls_of(node, found=None, in_popup=False):
    """Controls shown in the window. The lists inside a combo box's popup
    and an expander row's inner list belong to libadwaita's widgets, which
    name them through the row around them."""
    if found is None:
        found = []
    try:
        role = node.getRoleName()
        parent_role = node.parent.getRoleName() if node.parent else ''
        inner_list = role == 'list' and parent_role in ('list item', 'panel') and \
            node.parent.parent is not None and node.parent.parent.getRoleName() in ('list item', 'combo box', 'panel') \
            and unnamed(node) and in_expander(node)
        if role in CONTROL_ROLES and showing(node) and not in_popup and not inner_list:
            found.append(node)
        for i in range(node.childCount):
            controls_of(node.getChildAtIndex(i), found, in_popup or role == 'combo box')
    except Exception:   # a node may vanish while we walk
        pass
    return found


def in_expander(node):
    """Whether @node sits in a row that is itself in a list item (an
    AdwExpanderRow's own list)."""
    up = node.parent
    while up is not None:
        if up.getRoleName() == 'list item':
            return True
        if up.getRoleName() in ('frame', 'dialog'):
            return False
        up = up.parent
    return False


def unnamed_controls(window):
    """Controls on screen without a name, described for the failure message."""
    out = []
    for node in controls_of(window):
        if unnamed(node):
            parent = node.parent
            out.append("%s %r (in %s %r)" % (node.getRoleName(), node.name,
                                             parent.getRoleName() if parent else '?',
                                             parent.name if parent else ''))
    return out


def sweep(window, what):
    controls = controls_of(window)
    if len(controls) < 3:
        fail("%s shows only %d controls: not the window expected" % (what, len(controls)))
    # A mnemonic leaking into a name ("_Save Save") reads badly too.
    leaky = [n.name for n in controls if (n.name or '').startswith('_')]
    if leaky:
        fail("%s has names with a mnemonic underscore: %r" % (what, leaky))
    missing = unnamed_controls(window)
    if missing:
        fail("%s has controls without an accessible name:\n  %s" % (what, "\n  ".join(missing)))
    print("%s: %d controls, all named" % (what, len(controls)))


def meeting_of(db, where):
    with sqlite3.connect('file:%s?mode=ro' % db, uri=True) as connection:
        row = connection.execute('SELECT id FROM meeting WHERE ' + where +
                                 ' ORDER BY held_on DESC LIMIT 1').fetchone()
    if row is None:
        fail("the demo data has no meeting where " + where)
    return row[0]


def run_window(program, env, db, meeting_id, check):
    proc = subprocess.Popen([program, '--database', db, '--meeting', str(meeting_id)], env=env)
    try:
        def started():
            if proc.poll() is not None:
                fail("the program exited with status %d before showing a window" % proc.returncode)
            return find_app(proc.pid)
        app = wait_for("the program on the accessibility bus", started)

        def meeting_frame():
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if (child is not None and child.getRoleName() == 'frame'
                        and child.name not in ('Taskforce', '')
                        and find(child, lambda n: n.name == 'Agenda')):
                    return child
            return None
        window = wait_for("the meeting window", meeting_frame)
        time.sleep(0.5)   # let the rows settle
        check(app, window)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main():
    if len(sys.argv) != 2:
        fail("usage: test-meeting-window.py PATH/TO/taskforce")
    program = sys.argv[1]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print("No display: skipping (run under xvfb-run).")
        sys.exit(SKIP)

    tmp = tempfile.mkdtemp(prefix='taskforce-meeting-window-')
    env = private_env(tmp)
    db = os.path.join(tmp, 'demo.db')
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '20', '--seed', '7'],
                              env=env, capture_output=True, text=True, timeout=120)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))
        planned = meeting_of(db, "status = 'planned' AND held_on >= date('now', 'localtime')"
                                 " AND EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = meeting.id)")
        closed = meeting_of(db, "status = 'closed'")

        def check_planned(app, window):
            if find(window, lambda n: n.name == 'Move item up') is None:
                fail("the planned meeting offers no 'Move item up'")
            sweep(window, "the planned meeting's window")
            press(window, 'Add Item…')
            dialog = wait_for("the Add Item dialog", lambda: frame(app, 'Add Item'))
            time.sleep(0.5)
            sweep(dialog, "the Add Item dialog")

        def check_closed(app, window):
            if find(window, lambda n: n.name == 'Move item up' and showing(n)) is not None:
                fail("a closed meeting still offers 'Move item up'")
            sweep(window, "the closed meeting's window")

        run_window(program, env, db, planned, check_planned)
        run_window(program, env, db, closed, check_closed)
        print("PASS")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
