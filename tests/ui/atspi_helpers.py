# SPDX-License-Identifier: GPL-3.0-or-later
"""What the whole-program AT-SPI tests share: finding the program and its
widgets the way a screen reader does, waiting for them, pressing buttons,
and a private environment per run. Imported by the test-*.py scripts beside
it (Python puts a script's own folder first on its path)."""

import os
import sys
import time


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
    import pyatspi   # here: the tests that only need fail() run without it

    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.name == 'taskforce' and app.get_process_id() == pid:
                return app
        except Exception:
            pass
    return None


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


def press(window, name):
    button = find(window, lambda n: n.getRoleName() == 'push button' and n.name == name)
    if button is None:
        fail("no button %r" % name)
    button.queryAction().doAction(0)


def frame(app, title):
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and child.getRoleName() == 'frame' and child.name == title:
            return child
    return None
