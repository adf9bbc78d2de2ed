#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window's reminder button as a screen reader meets it: one
button, named with the count its badge shows ("Reminders: 3").

Usage: test-reminder-button-a11y.py PATH/TO/taskforce

In GTK 4.8 a GtkMenuButton is two accessible buttons, itself and the
toggle button inside it, the inner one labelled by the outer — Orca found
two "Reminders" buttons. Fills a store with demo data, starts the program
on it and walks the window's accessibility tree: exactly one push or
toggle button may be named "Reminders…", its name carries the count of
what is overdue or due today (the number its description gives), its
description is said once, and pressing it opens the list. Needs a display
and a session bus.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

from atspi_helpers import fail, find_all, wait_for, find_app, private_env

SKIP = 77
BUTTON_ROLES = ('push button', 'toggle button', 'menu button')
NAME = re.compile(r'^Reminders(?:: ([\d.,]+))?$')


def reminder_buttons(app):
    return find_all(app, lambda n: n.getRoleName() in BUTTON_ROLES and
                    (n.name or '').startswith('Reminders'))


def counted(app):
    """The reminder buttons once the list has been read (the description
    comes with the first read, after the window's first frame)."""
    buttons = reminder_buttons(app)
    if buttons and all('overdue or due today' in (b.description or '') for b in buttons):
        return buttons
    return None


def main():
    if len(sys.argv) != 2:
        fail("usage: test-reminder-button-a11y.py PATH/TO/taskforce")
    program = sys.argv[1]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print("No display: skipping (run under xvfb-run).")
        sys.exit(SKIP)

    tmp = tempfile.mkdtemp(prefix='taskforce-reminder-button-')
    env = private_env(tmp)
    db = os.path.join(tmp, 'demo.db')
    proc = None
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '40', '--seed', '7'],
                              env=env, capture_output=True, text=True, timeout=120)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))

        proc = subprocess.Popen([program, '--database', db], env=env)

        def started():
            if proc.poll() is not None:
                fail("the program exited with status %d before showing a window" % proc.returncode)
            return find_app(proc.pid)
        app = wait_for("the program on the accessibility bus", started)
        buttons = wait_for("the reminder button with its count", lambda: counted(app), timeout=30)
        time.sleep(0.5)   # anything that would show up twice has done so by now
        buttons = reminder_buttons(app)
        if len(buttons) != 1:
            fail("%d buttons named like the reminder button, expected one: %r" %
                 (len(buttons), [(b.getRoleName(), b.name, b.parent.getRoleName()) for b in buttons]))
        button = buttons[0]
        leftover = find_all(app, lambda n: n.getRoleName() in BUTTON_ROLES and n.name == 'GtkMenuButton')
        if leftover:
            fail("a menu button without a name of its own is still a button: %d" % len(leftover))

        description = button.description
        m = re.match(r'^(\d+) reminders?, ([\d.,]+) overdue or due today$', description)
        if m is None:
            fail("the description reads %r (said twice, or not at all?)" % description)
        name = NAME.match(button.name)
        if name is None:
            fail("the button is named %r" % button.name)
        due = m.group(2)
        if due == '0':
            if name.group(1) is not None:
                fail("nothing is due, yet the button is named %r" % button.name)
        elif name.group(1) != due:
            fail("the button is named %r but %s are overdue or due today" % (button.name, due))
        print("one button %r (%s): %r" % (button.name, button.getRoleName(), description))

        # It is the button that works: pressing it opens the list.
        button.queryAction().doAction(0)
        wait_for("the reminder list",
                 lambda: find_all(app, lambda n: n.name == 'Reminders' and n.getRoleName() == 'list'
                                  and n.getState().contains(pyatspi.STATE_VISIBLE)))
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
