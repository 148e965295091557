// What the tablet knows of the speakers' queue, kept in step with the server (a snapshot, then
// speakers.changed), and the delegate's two acts on it: asking to speak and withdrawing. The queue
// holds only who waits and who speaks, so the speeches a debate may reply to are remembered here
// as they are heard (speaking now, or done since this tablet logged in); drawing is speak-panel.js's.

import * as floorApi from './api-floor.js';
import { createSnapshot } from './snapshot.js';

const SPEECHES_KEY = 'dienhong.speeches';
const SPEECHES_KEPT = 12;

/** onChange() follows every change of the queue, the officials or the remembered speeches. */
export function createSpeakers({ live, onChange, onError = () => {} }) {
  let account = null;
  let queue = [];
  let respondents = null;
  let speeches = readSpeeches();
  let speakingId = null;

  const snapshot = createSnapshot({
    fetch: () => Promise.all([floorApi.speakers(), respondents || floorApi.respondents()]),
    apply([freshQueue, officials]) {
      respondents = officials;
      setQueue(freshQueue);
    },
    isActive: () => account !== null,
    onError,
  });

  function readSpeeches() {
    try {
      const list = JSON.parse(sessionStorage.getItem(SPEECHES_KEY) || '[]');
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  function keepSpeeches() {
    try {
      sessionStorage.setItem(SPEECHES_KEY, JSON.stringify(speeches));
    } catch {
      // remembered until a reload only
    }
  }

  /** A speech heard now goes first; a debate may reply to it from now on. */
  function heard(sp) {
    if (!sp || sp.status !== 'SPEAKING') return;
    speakingId = sp.id;
    const { id, name, seat, kind, delegateId, startedAt } = sp;
    speeches = [{ id, name, seat, kind, delegateId, startedAt }, ...speeches.filter((s) => s.id !== id)].slice(0, SPEECHES_KEPT);
    keepSpeeches();
  }

  function setQueue(fresh) {
    queue = Array.isArray(fresh) ? fresh : [];
    const speaking = queue.find((r) => r.status === 'SPEAKING');
    if (speaking) heard(speaking);
    else speakingId = null;
    onChange();
  }

  live.on('speakers.changed', (data) => {
    if (!account) return;
    snapshot.changed();
    setQueue(data.queue);
  });
  live.on('floor.changed', (data) => {
    if (!account) return;
    if (data.speaker) heard(data.speaker);
    else speakingId = null;
    onChange();
  });
  live.on('resync', () => account && snapshot.refresh());
  live.on('meeting.changed', () => {
    if (!account) return;
    speeches = []; // a new meeting: its speeches start afresh, and so may its officials
    keepSpeeches();
    respondents = null;
    snapshot.refresh();
  });

  const own = (r) => account?.delegateId != null && r.delegateId === account.delegateId;

  return {
    get queue() {
      return queue;
    },
    get respondents() {
      return respondents || [];
    },
    /** The waiting requests of this delegate, in queue order. */
    get mine() {
      return queue.filter((r) => r.status === 'WAITING' && own(r));
    },
    /** Speeches of other delegates a debate may answer, the one under way first. */
    get speeches() {
      return speeches.filter((s) => !own(s)).map((s) => ({ ...s, now: s.id === speakingId }))
        .sort((a, b) => Number(b.now) - Number(a.now));
    },
    isOwn: own,
    /** May this account ask to speak at all (delegates and the chair; not guests or officials). */
    get maySpeak() {
      return Boolean(account && (account.role === 'DELEGATE' || account.role === 'CHAIR') && account.delegateId != null);
    },
    /** Sends a request ({ kind, respondentId?, replyToId?, topic? }); answers it, already in the queue. */
    async ask(request) {
      const created = await floorApi.askToSpeak(request);
      if (!queue.some((r) => r.id === created.id)) setQueue([...queue, created]);
      return created;
    },
    async withdraw(id) {
      const gone = await floorApi.withdraw(id);
      setQueue(queue.filter((r) => r.id !== id));
      return gone;
    },
    show(who) {
      account = who;
      snapshot.refresh();
    },
    hide() {
      account = null;
      queue = [];
      snapshot.stop();
    },
    /** A deliberate logout: the next delegate on this tablet starts without these speeches. */
    forget() {
      speeches = [];
      keepSpeeches();
    },
  };
}
