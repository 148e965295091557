// The chair's projector display (/display): the meeting with the quorum line, the item under
// discussion with the speaker, the speaking time and who is next (display-floor-state.js), and during a
// vote its countdown and how many have voted; after close the result against the total number of
// delegates, a bar chart, the outcome, each delegate's choice for open votes, and the audit hash.
// The shell (shell.js) restores the session and runs the login screen and the live socket; what
// the display knows is display-state.js's, how it looks display-view.js's.

import { createShell } from './shell.js';
import { createServerClock } from './countdown.js';
import { createDisplayView } from './display-view.js';
import { createDisplayState } from './display-state.js';
import { createDisplayFloorState } from './display-floor-state.js';

const shell = createShell({
  titleKey: 'display.name',
  mainScreen: 'display',
  loggedInOnly: '#logout',
  // a delegate's or guest's session is of no use on the projector PC
  roles: new Set(['DISPLAY', 'CHAIR']),
  wrongRoleKey: 'display.wrongRole',
  onEnter() {
    state.start();
    floorState.start();
  },
  onLeave() {
    floorState.stop();
    state.stop();
    view.stop();
  },
  onLogout() {
    state.forgetResult();
  },
  relabel() {
    state.render();
  },
});
const floorState = createDisplayFloorState({
  live: shell.live,
  onAttendance: () => view.renderQuorum(),
  onFloor: () => view.renderFloor(),
});
const view = createDisplayView({ clock: createServerClock(shell.live), floorState: () => floorState.current });
const state = createDisplayState({ live: shell.live, view });

shell.start();
