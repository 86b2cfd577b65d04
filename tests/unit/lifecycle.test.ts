// Every (status × action × role) of the complaint state machine, checked against a table
// written out by hand here from the rules of the design, NOT derived from TRANSITIONS.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { ACTION_NAMES, initialStatus, transition, TRANSITIONS } from '../../core/complaints/lifecycle';
import { COMPLAINT_STATUSES, STATUS_NAMES, type ComplaintAction, type ComplaintStatus } from '../../core/complaints/model';
import type { Role } from '../../core/accounts/account';

type Actor = Role | 'system';

const STATUSES: ComplaintStatus[] = ['held', 'submitted', 'accepted', 'returned', 'in_progress', 'answered', 'closed'];
const ACTIONS: ComplaintAction[] = [
  'submit',
  'release',
  'accept',
  'return',
  'start',
  'extend',
  'answer',
  'rate',
  'reopen',
  'transfer',
  'escalate',
  'auto_close',
  'remind',
  'deadline_recomputed',
  'hotline_sent',
  'hotline_update',
  'hotline_answer',
];
const ACTORS: Actor[] = ['resident', 'cadre', 'reviewer', 'unit_staff', 'county_admin', 'system'];

/** Who may do each action at all (anyone else: FORBIDDEN, whatever the status). */
const WHO: Record<ComplaintAction, Actor[]> = {
  submit: ['resident', 'cadre', 'reviewer', 'unit_staff', 'county_admin'],
  release: ['county_admin'],
  accept: ['unit_staff'],
  return: ['unit_staff'],
  start: ['unit_staff'],
  extend: ['unit_staff'],
  answer: ['unit_staff'],
  rate: ['resident'],
  reopen: ['resident'],
  transfer: ['county_admin'],
  escalate: ['county_admin', 'system'],
  auto_close: ['system'],
  remind: ['system'],
  deadline_recomputed: ['system'],
  hotline_sent: ['system'],
  hotline_update: ['system'],
  hotline_answer: ['system'],
};

/** action  from-status  actor  -> to-status. Every allowed triple; anything else by an allowed actor is CONFLICT. */
const ALLOWED = `
release     held         county_admin  -> submitted
accept      submitted    unit_staff    -> accepted
return      submitted    unit_staff    -> returned
return      accepted     unit_staff    -> returned
start       accepted     unit_staff    -> in_progress
extend      accepted     unit_staff    -> accepted
extend      in_progress  unit_staff    -> in_progress
answer      accepted     unit_staff    -> answered
answer      in_progress  unit_staff    -> answered
rate        answered     resident      -> closed
reopen      answered     resident      -> in_progress
transfer    submitted    county_admin  -> submitted
transfer    accepted     county_admin  -> submitted
transfer    returned     county_admin  -> submitted
transfer    in_progress  county_admin  -> submitted
escalate    submitted    county_admin  -> submitted
escalate    submitted    system        -> submitted
escalate    accepted     county_admin  -> accepted
escalate    accepted     system        -> accepted
escalate    in_progress  county_admin  -> in_progress
escalate    in_progress  system        -> in_progress
auto_close  answered     system        -> closed
remind      submitted    system        -> submitted
remind      accepted     system        -> accepted
remind      in_progress  system        -> in_progress
deadline_recomputed held        system -> held
deadline_recomputed submitted   system -> submitted
deadline_recomputed accepted    system -> accepted
deadline_recomputed returned    system -> returned
deadline_recomputed in_progress system -> in_progress
deadline_recomputed answered    system -> answered
hotline_sent submitted system -> submitted
hotline_sent accepted system -> accepted
hotline_sent returned system -> returned
hotline_sent in_progress system -> in_progress
hotline_sent answered system -> answered
hotline_sent closed system -> closed
hotline_update submitted system -> submitted
hotline_update accepted system -> accepted
hotline_update returned system -> returned
hotline_update in_progress system -> in_progress
hotline_update answered system -> answered
hotline_update closed system -> closed
hotline_answer submitted system -> answered
hotline_answer accepted system -> answered
hotline_answer returned system -> answered
hotline_answer in_progress system -> answered
`;

const allowed = new Map<string, ComplaintStatus>();
for (const line of ALLOWED.trim().split('\n')) {
  const [action, from, actor, arrow, to] = line.trim().split(/\s+/);
  assert.equal(arrow, '->', line);
  const key = `${action} ${from} ${actor}`;
  assert.ok(!allowed.has(key), `duplicate line: ${line}`);
  allowed.set(key, to as ComplaintStatus);
}

type Expected = { ok: true; to: ComplaintStatus } | { ok: false; code: 'CONFLICT' | 'FORBIDDEN' };

function expected(status: ComplaintStatus, action: ComplaintAction, actor: Actor): Expected {
  if (!WHO[action].includes(actor)) return { ok: false, code: 'FORBIDDEN' };
  const to = allowed.get(`${action} ${status} ${actor}`);
  return to ? { ok: true, to } : { ok: false, code: 'CONFLICT' };
}

function outcome(r: ReturnType<typeof transition>): Expected {
  return r.ok ? { ok: true, to: r.to } : { ok: false, code: r.code };
}

test('the test knows every status and action of the model', () => {
  assert.deepEqual([...STATUSES].sort(), [...COMPLAINT_STATUSES].sort());
  assert.deepEqual([...ACTIONS].sort(), Object.keys(TRANSITIONS).sort());
  assert.deepEqual([...ACTIONS].sort(), Object.keys(ACTION_NAMES).sort());
  // Sanity of the hand table: every allowed line is by an actor WHO allows.
  for (const key of allowed.keys()) {
    const [action, , actor] = key.split(' ') as [ComplaintAction, string, Actor];
    assert.ok(WHO[action].includes(actor), key);
  }
});

test('every (status × action × role) matches the hand-written table', () => {
  let checked = 0;
  let ok = 0;
  for (const status of STATUSES) {
    for (const action of ACTIONS) {
      for (const actor of ACTORS) {
        const r = transition(status, action, actor);
        assert.deepEqual(outcome(r), expected(status, action, actor), `${status} ${action} ${actor}`);
        if (!r.ok) assert.ok(r.message.length > 0 && /[\u4e00-\u9fff]/.test(r.message), `Chinese message: ${status} ${action} ${actor}`);
        checked += 1;
        if (r.ok) ok += 1;
      }
    }
  }
  assert.equal(checked, 7 * 17 * 6);
  assert.equal(ok, allowed.size);
});

test('a status conflict says the status and the action in Chinese', () => {
  const r = transition('closed', 'accept', 'unit_staff');
  assert.deepEqual(r, { ok: false, code: 'CONFLICT', message: '该诉求当前状态为“已办结”，不能签收' });
  const s = transition('held', 'answer', 'unit_staff');
  assert.ok(!s.ok && s.message === `该诉求当前状态为“${STATUS_NAMES.held}”，不能答复`);
  const f = transition('submitted', 'accept', 'resident');
  assert.ok(!f.ok && f.code === 'FORBIDDEN');
});

test('FORBIDDEN comes before CONFLICT: a role that may never act learns nothing of the status', () => {
  assert.equal(outcome(transition('closed', 'transfer', 'unit_staff')).ok, false);
  assert.deepEqual(outcome(transition('closed', 'transfer', 'unit_staff')), { ok: false, code: 'FORBIDDEN' });
  assert.deepEqual(outcome(transition('closed', 'transfer', 'county_admin')), { ok: false, code: 'CONFLICT' });
});

test('submit never acts on an existing complaint; new complaints start by the content check', () => {
  for (const status of STATUSES) {
    assert.deepEqual(outcome(transition(status, 'submit', 'resident')), { ok: false, code: 'CONFLICT' });
    assert.deepEqual(outcome(transition(status, 'submit', 'system')), { ok: false, code: 'FORBIDDEN' });
  }
  assert.equal(initialStatus('pass'), 'submitted');
  assert.equal(initialStatus('review'), 'held');
});

test('reopen only once', () => {
  assert.deepEqual(transition('answered', 'reopen', 'resident', { reopenedBefore: false }), { ok: true, to: 'in_progress' });
  assert.deepEqual(transition('answered', 'reopen', 'resident', { reopenedBefore: true }), {
    ok: false,
    code: 'CONFLICT',
    message: '每件诉求只能重新办理一次',
  });
  // The once-only guard of extend does not block a reopen.
  assert.deepEqual(transition('answered', 'reopen', 'resident', { extendedBefore: true }), { ok: true, to: 'in_progress' });
  // A second reopen is impossible, so the resident can only rate (or the sweep auto-closes).
  assert.deepEqual(transition('answered', 'rate', 'resident', { reopenedBefore: true }), { ok: true, to: 'closed' });
});

test('extend only once', () => {
  for (const status of ['accepted', 'in_progress'] as const) {
    assert.deepEqual(transition(status, 'extend', 'unit_staff', { extendedBefore: false }), { ok: true, to: status });
    assert.deepEqual(transition(status, 'extend', 'unit_staff', { extendedBefore: true }), {
      ok: false,
      code: 'CONFLICT',
      message: '每件诉求只能延期一次',
    });
    assert.deepEqual(transition(status, 'extend', 'unit_staff', { reopenedBefore: true }), { ok: true, to: status });
  }
});

test('the guards change nothing else: every combination with both flags set', () => {
  for (const status of STATUSES) {
    for (const action of ACTIONS) {
      for (const actor of ACTORS) {
        const r = outcome(transition(status, action, actor, { reopenedBefore: true, extendedBefore: true }));
        let want = expected(status, action, actor);
        if (want.ok && (action === 'reopen' || action === 'extend')) want = { ok: false, code: 'CONFLICT' };
        assert.deepEqual(r, want, `${status} ${action} ${actor}`);
      }
    }
  }
});

test('action names as residents and staff read them', () => {
  assert.deepEqual(ACTION_NAMES, {
    submit: '提交',
    release: '审核通过',
    accept: '签收',
    return: '退单',
    start: '开始办理',
    extend: '延期',
    answer: '答复',
    rate: '评价',
    reopen: '重新办理',
    transfer: '改派',
    escalate: '督办',
    auto_close: '自动办结',
    remind: '催办提醒',
    deadline_recomputed: '期限重算',
    hotline_sent: '转12345热线',
    hotline_update: '12345热线办理',
    hotline_answer: '12345热线办结',
  });
});
