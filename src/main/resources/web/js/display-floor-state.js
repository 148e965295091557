// What the chair display knows of the floor: the attendance against the quorum, who has the floor
// and the queue, kept in step by attendance.changed, floor.changed and speakers.changed, and by a
// snapshot on login and whenever the socket could not resume. Drawing is display-floor.js's.

import * as floorApi from './api-floor.js';
import { createSnapshot } from './snapshot.js';

// Ballots check delegates in without an attendance.changed, so the count is read again while a vote
// runs, at most this often, and when it closes.
const REREAD_MS = 2000;

/** onAttendance(f) after the count changed; onFloor(f) after the speaker or the queue changed. */
export function createDisplayFloorState({ live, onAttendance, onFloor }) {
  const f = { attendance: null, floor: null, queue: [] };
  let active = false;

  const snapshot = createSnapshot({
    fetch: () => Promise.all([floorApi.attendance(), floorApi.floor(), floorApi.speakers()]),
    apply([attendance, floor, queue]) {
      const { delegates, ...counts } = attendance || {}; // the projector shows the count, not the list
      f.attendance = attendance ? counts : null;
      f.floor = floor;
      f.queue = Array.isArray(queue) ? queue : [];
      onAttendance(f);
      onFloor(f);
    },
    isActive: () => active,
  });

  live.on('attendance.changed', (data) => {
    if (!active) return;
    snapshot.changed();
    f.attendance = data;
    onAttendance(f);
  });
  live.on('floor.changed', (data) => {
    if (!active) return;
    snapshot.changed();
    f.floor = data;
    onFloor(f);
  });
  live.on('speakers.changed', (data) => {
    if (!active) return;
    snapshot.changed();
    f.queue = Array.isArray(data.queue) ? data.queue : [];
    onFloor(f);
  });
  let rereadTimer = null;
  function rereadAttendance() {
    if (!active || rereadTimer) return;
    rereadTimer = setTimeout(async () => {
      rereadTimer = null;
      try {
        const { delegates, ...counts } = await floorApi.attendance();
        if (!active) return;
        f.attendance = counts;
        onAttendance(f);
      } catch {
        // the next ballot or the next snapshot tries again
      }
    }, REREAD_MS);
  }
  live.on('vote.progress', rereadAttendance);
  live.on('vote.closed', rereadAttendance);

  const refresh = () => active && snapshot.refresh();
  live.on('resync', refresh);
  live.on('meeting.changed', refresh);

  return {
    get current() {
      return f;
    },
    start() {
      active = true;
      snapshot.refresh();
    },
    stop() {
      active = false;
      clearTimeout(rereadTimer);
      rereadTimer = null;
      Object.assign(f, { attendance: null, floor: null, queue: [] });
      snapshot.stop();
    },
  };
}
