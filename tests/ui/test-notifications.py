#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminders arrive as desktop notifications, once, and not at all when
turned off.

Usage: test-notifications.py PATH/TO/taskforce

Runs the real program on a temporary demo store, with a stand-in
notification server (python3-dbusmock's notification_daemon template) on
the session bus the suite runs under (`dbus-run-session`), and reads what
the program sent from the stand-in's call log:
  0. without a notification server, a start records nothing as sent;
  1. the first start sends at most five notifications: the most urgent
     reminders, each with an "open" action when it has a case, and one that
     counts the rest;
  2. a second start sends only what became due in between;
  3. with the "notifications" setting off, a start sends nothing and
     records nothing as sent;
  4. on a store where the person at the desk coordinates every open case
     (a flood of statutory deadlines from the authority plugin), with a
     task due today and a meeting tomorrow: the task and the meeting get
     notifications of their own, one more counts the rest by kind, and the
     task's "open" action (ActionInvoked from the server) opens its case —
     seen in the audit log, where opening a case window records a view.
"""

import datetime
import os
import pwd
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from atspi_helpers import fail

SKIP = 77
APP_ID = 'dk.norddjurs.Taskforce'
BUS_NAME = 'org.freedesktop.Notifications'
OBJECT_PATH = '/org/freedesktop/Notifications'
MOCK_IFACE = 'org.freedesktop.DBus.Mock'

try:
    import dbus
    import dbusmock  # noqa: F401 — only that it is there
except ImportError as e:
    print("python3-dbusmock is missing (%s): skipping." % e)
    sys.exit(SKIP)


def private_env(tmp):
    env = dict(os.environ)
    for name in ('XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR'):
        path = os.path.join(tmp, name.lower())
        os.makedirs(path, mode=0o700, exist_ok=True)
        env[name] = path
    # A settings file in the private config folder: `gsettings set` of one
    # process is what the next start reads (the memory backend forgets).
    env['GSETTINGS_BACKEND'] = 'keyfile'
    env['GSK_RENDERER'] = 'cairo'
    env['LC_ALL'] = 'C.UTF-8'
    env['LANGUAGE'] = 'C'
    env.pop('TASKFORCE_EXIT_AFTER_FIRST_FRAME', None)
    return env


def notify_calls(mock):
    """The Notify calls so far, as dicts."""
    calls = []
    for _, method, args in mock.GetCalls(dbus_interface=MOCK_IFACE):
        if method != 'Notify':
            continue
        calls.append({
            'app_name': str(args[0]),
            'icon': str(args[2]),
            'summary': str(args[3]),
            'body': str(args[4]),
            'actions': [str(a) for a in args[5]],
            'urgency': int(args[6].get('urgency', -1)),
        })
    return calls


def wait_for_calls(mock, proc, timeout=20.0, settle=2.0):
    """Waits until Notify calls arrived and no more came for @settle seconds."""
    end = time.time() + timeout
    seen, since = 0, time.time()
    while time.time() < end:
        if proc.poll() is not None:
            fail("the program exited with status %d" % proc.returncode)
        n = len(notify_calls(mock))
        if n != seen:
            seen, since = n, time.time()
        elif n > 0 and time.time() - since >= settle:
            return notify_calls(mock)
        time.sleep(0.2)
    if seen > 0:
        return notify_calls(mock)
    fail("no Notify call within %d s" % timeout)


def stop(proc):
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def add_task(db, staff_id, case_id, what, due_on):
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO task (case_id, what, staff_id, due_on, author_id, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (case_id, what, staff_id, due_on, staff_id, int(time.time())))


def sent_count(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM reminder_sent").fetchone()[0]


def prepare_desk(db, today):
    """Makes the person at the desk (this OS login) the coordinator of six
    open cases whose follow-up date has passed, with a task long overdue on
    the first: more than five reminders, the task the most urgent."""
    login = pwd.getpwuid(os.getuid()).pw_name
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO staff_member (login, name, sort_key, role, created_at) "
                     "VALUES (?, 'Desk Person', 'person desk', 'coordinator', ?) "
                     "ON CONFLICT (login) DO UPDATE SET role = 'coordinator', active = 1",
                     (login, int(time.time())))
        me = conn.execute("SELECT id FROM staff_member WHERE login = ?", (login,)).fetchone()[0]
        cases = [row[0] for row in conn.execute(
            "SELECT id FROM cases WHERE status NOT IN ('closed', 'declined', 'not-relevant') "
            "ORDER BY id LIMIT 6")]
        if len(cases) < 6:
            fail("the demo store has only %d open cases" % len(cases))
        passed = (today - datetime.timedelta(days=3)).isoformat()
        conn.executemany("UPDATE cases SET coordinator_id = ?, next_follow_up = ? WHERE id = ?",
                         [(me, passed, c) for c in cases])
    add_task(db, me, cases[0], 'Call the school about the notification test', '2001-01-02')
    return me, cases


def prepare_flood(db, today):
    """The person at the desk coordinates every open case, none with a
    follow-up date reached; a task of theirs is due today on one of them
    and a taskforce meeting is planned for tomorrow. The authority plugin's
    youth plan deadline (from age 16) is overdue on every case of a young
    person of 16 or more that has no youth plan."""
    login = pwd.getpwuid(os.getuid()).pw_name
    later = (today + datetime.timedelta(days=60)).isoformat()
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO staff_member (login, name, sort_key, role, created_at) "
                     "VALUES (?, 'Desk Person', 'person desk', 'coordinator', ?) "
                     "ON CONFLICT (login) DO UPDATE SET role = 'coordinator', active = 1",
                     (login, int(time.time())))
        me = conn.execute("SELECT id FROM staff_member WHERE login = ?", (login,)).fetchone()[0]
        conn.execute("UPDATE cases SET coordinator_id = ?, next_follow_up = ? "
                     "WHERE status NOT IN ('closed', 'declined', 'not-relevant')", (me, later))
        case = conn.execute("SELECT id FROM cases WHERE status NOT IN ('closed', 'declined', "
                            "'not-relevant') ORDER BY id LIMIT 1").fetchone()[0]
        # The demo hands the person at the desk a task due today and two
        # overdue ones; here the only task due today is ours.
        conn.execute("UPDATE task SET due_on = ? WHERE staff_id = ? AND done_on IS NULL",
                     (later, me))
        # One meeting tomorrow, ours: the demo's own would be the first of the kind.
        conn.execute("UPDATE meeting SET status = 'cancelled' WHERE held_on = ? "
                     "AND status = 'planned'", (tomorrow,))
        conn.execute("INSERT INTO meeting (kind, held_on, start_time, place, author_id, created_at, updated_at) "
                     "VALUES ('taskforce', ?, '09:30', 'Flood test room', ?, ?, ?)",
                     (tomorrow, me, int(time.time()), int(time.time())))
    add_task(db, me, case, 'Flood test task due today', today.isoformat())
    return case


def views_of(db, case_id):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_event WHERE action = 'view' "
                            "AND entity = 'case' AND case_id = ?", (case_id,)).fetchone()[0]


def start_server(bus):
    server = subprocess.Popen(['/usr/bin/python3', '-m', 'dbusmock',
                               '--template', 'notification_daemon'],
                              stdout=subprocess.DEVNULL)
    end = time.time() + 20
    while not bus.name_has_owner(BUS_NAME):
        if time.time() > end or server.poll() is not None:
            fail("the stand-in notification server did not start")
        time.sleep(0.1)
    return server


def flood(program, bus, tmp):
    """Step 4, on a store of its own and a fresh stand-in server (whose
    notification ids then start at 1)."""
    env = private_env(os.path.join(tmp, 'flood'))
    db = os.path.join(tmp, 'flood.db')
    today = datetime.date.today()
    server = proc = None
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '80', '--seed', '11'],
                              env=env, capture_output=True, text=True, timeout=180)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))
        case = prepare_flood(db, today)
        server = start_server(bus)
        mock = bus.get_object(BUS_NAME, OBJECT_PATH)
        proc = subprocess.Popen([program, '--database', db], env=env)
        calls = wait_for_calls(mock, proc)
        summaries = [c['summary'] for c in calls]
        if len(calls) != 5:
            fail("expected 5 notifications, got %d: %r" % (len(calls), summaries))
        more = calls[-1]
        if re.fullmatch(r'And (\d+) more reminders?', more['summary']) is None:
            fail("the last notification does not count the rest: %r" % more['summary'])
        m = re.search(r'(\d+) statutory deadlines?', more['body'])
        if m is None or int(m.group(1)) < 5:
            fail("the summary should count a flood of statutory deadlines: %r" % more['body'])
        if 'open' not in more['actions'][::2]:
            fail("the summary has no action to open the reminder list: %r" % more['actions'])
        task = [i for i, c in enumerate(calls) if 'Flood test task due today' in c['summary']]
        if not task:
            fail("the task due today drowned in the flood: %r" % summaries)
        if not any(c['summary'].startswith('Taskforce meeting tomorrow') and
                   'Flood test room' in c['body'] for c in calls):
            fail("the meeting tomorrow drowned in the flood: %r" % summaries)

        # The server says the user chose "open" on the task's notification.
        before = views_of(db, case)
        mock.EmitSignal('org.freedesktop.Notifications', 'ActionInvoked', 'us',
                        [dbus.UInt32(task[0] + 1), 'open'], dbus_interface=MOCK_IFACE)
        end = time.time() + 20
        while views_of(db, case) == before:
            if time.time() > end or proc.poll() is not None:
                fail("the task's 'open' action did not open case %d" % case)
            time.sleep(0.2)
    finally:
        stop(proc)
        stop(server)


def main():
    if len(sys.argv) != 2:
        fail("usage: test-notifications.py PATH/TO/taskforce")
    program = sys.argv[1]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print("No display: skipping (run under xvfb-run).")
        sys.exit(SKIP)
    if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        print("No session bus: skipping (run under dbus-run-session).")
        sys.exit(SKIP)

    bus = dbus.SessionBus()
    if bus.name_has_owner(BUS_NAME):
        print("A notification server already runs on this bus: skipping.")
        sys.exit(SKIP)

    tmp = tempfile.mkdtemp(prefix='taskforce-notifications-')
    env = private_env(tmp)
    db = os.path.join(tmp, 'demo.db')
    today = datetime.date.today()
    server = proc = None
    try:
        fill = subprocess.run([program, 'demo-data', '--database', db,
                               '--young-people', '60', '--seed', '7'],
                              env=env, capture_output=True, text=True, timeout=120)
        if fill.returncode != 0:
            fail("demo-data failed (%d): %s" % (fill.returncode, fill.stderr))
        me, cases = prepare_desk(db, today)

        # 0. No server on the bus: nothing is lost. The program says so in
        # a debug message, which is also how we know it got that far.
        if not bus.name_has_owner(BUS_NAME):
            log_path = os.path.join(tmp, 'no-server.log')
            with open(log_path, 'w') as log:
                proc = subprocess.Popen([program, '--database', db],
                                        env=dict(env, G_MESSAGES_DEBUG='taskforce-app'),
                                        stdout=log, stderr=subprocess.STDOUT)
            end = time.time() + 20
            while 'No notification server took the reminders' not in open(log_path).read():
                if time.time() > end or proc.poll() is not None:
                    fail("without a server, the program did not report the failed send:\n"
                         + open(log_path).read())
                time.sleep(0.2)
            stop(proc)
            if sent_count(db) != 0:
                fail("without a notification server, %d reminders were recorded as sent"
                     % sent_count(db))

        server = subprocess.Popen(['/usr/bin/python3', '-m', 'dbusmock',
                                   '--template', 'notification_daemon'],
                                  stdout=subprocess.DEVNULL)
        end = time.time() + 20
        while not bus.name_has_owner(BUS_NAME):
            if time.time() > end or server.poll() is not None:
                fail("the stand-in notification server did not start")
            time.sleep(0.1)
        mock = bus.get_object(BUS_NAME, OBJECT_PATH)

        # 1. The first start: a burst, capped.
        proc = subprocess.Popen([program, '--database', db], env=env)
        calls = wait_for_calls(mock, proc)
        if len(calls) != 5:
            fail("expected 5 notifications (4 reminders and the rest counted), got %d: %r"
                 % (len(calls), [c['summary'] for c in calls]))
        for c in calls:
            if c['icon'] != APP_ID or c['app_name'] != 'Taskforce':
                fail("a notification names %r / %r, not Taskforce" % (c['app_name'], c['icon']))
        more = calls[-1]
        m = re.fullmatch(r'And (\d+) more reminders?', more['summary'])
        if m is None:
            fail("the last notification does not count the rest: %r" % more['summary'])
        n_more = int(m.group(1))
        if n_more < 3:
            fail("six follow-ups, a task and more should leave at least 3 counted, not %d" % n_more)
        task = [c for c in calls if 'Call the school about the notification test' in c['summary']]
        if not task:
            fail("the overdue task is not among the first four: %r" % [c['summary'] for c in calls])
        if 'open' not in task[0]['actions'][::2]:
            fail("the task's notification has no 'open' action: %r" % task[0]['actions'])
        if task[0]['urgency'] != 2:
            fail("an overdue task should be critical (2), not %d" % task[0]['urgency'])
        stop(proc)
        sent = sent_count(db)
        if sent < 4 + n_more:
            fail("%d reminders recorded as sent, expected %d" % (sent, 4 + n_more))

        # 2. A second start sends only the task that became due since.
        mock.ClearCalls(dbus_interface=MOCK_IFACE)
        add_task(db, me, cases[1], 'Second start task', today.isoformat())
        proc = subprocess.Popen([program, '--database', db], env=env)
        calls = wait_for_calls(mock, proc, settle=3.0)
        if len(calls) != 1:
            fail("the second start sent more than the new task: %r" % [c['summary'] for c in calls])
        if 'Second start task' not in calls[0]['summary']:
            fail("the second start did not send the new task: %r" % calls[0]['summary'])
        if calls[0]['urgency'] != 1:
            fail("a task due today should be normal (1), not %d" % calls[0]['urgency'])
        stop(proc)
        sent = sent_count(db)

        # 3. Turned off: nothing sent, nothing recorded.
        mock.ClearCalls(dbus_interface=MOCK_IFACE)
        off = subprocess.run(['gsettings', 'set', APP_ID, 'notifications', 'false'],
                             env=env, capture_output=True, text=True, timeout=30)
        if off.returncode != 0:
            fail("gsettings set failed: %s" % off.stderr)
        add_task(db, me, cases[2], 'Task while notifications are off', today.isoformat())
        proc = subprocess.Popen([program, '--database', db], env=env)
        time.sleep(8)
        if proc.poll() is not None:
            fail("the program exited with status %d" % proc.returncode)
        calls = notify_calls(mock)
        if calls:
            fail("notifications turned off, yet sent: %r" % [c['summary'] for c in calls])
        if sent_count(db) != sent:
            fail("notifications turned off, yet reminders were recorded as sent")
        stop(proc)
        stop(server)
        server = None

        flood(program, bus, tmp)
        print("OK: 5 notifications on the first start, 1 on the second, none when off; "
              "a flood of deadlines leaves the task and the meeting in sight, and "
              "a notification's open action opens the case")
    finally:
        stop(proc)
        stop(server)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
