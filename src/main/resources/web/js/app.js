// The delegate tablet app (/). The shell (shell.js) restores the session, shows the login screen
// and runs the live socket; this page adds its screens: the meeting, the floor (floor.js: check-in,
// speakers, opinions, notices, in sections) and the vote that covers them all. Each gets { live }
// and subscribes to its own event types.

import { createShell } from './shell.js';
import { createMeetingScreen } from './meeting.js';
import { createVoteScreen } from './vote.js';
import { createFloor } from './floor.js';
import { createServerClock } from './countdown.js';

const shell = createShell({
  titleKey: 'app.tagline',
  mainScreen: 'meeting',
  loggedInOnly: '#session-bar',
  // a delegate waits at the login screen for the Wi-Fi to come back: show it as soon as it does
  pollWhenLoggedOut: true,
  onEnter(who) {
    floor.show(who);
    meetingScreen.show(who);
    voteScreen.show(who);
  },
  onLeave() {
    voteScreen.hide();
    meetingScreen.hide();
    floor.hide();
  },
  onLogout() {
    voteScreen.forget(); // the tablet may pass to another delegate
    floor.forget();
  },
  relabel() {
    meetingScreen.render();
    floor.render();
    voteScreen.render();
  },
});
const floor = createFloor({ live: shell.live, clock: createServerClock(shell.live) });
const meetingScreen = createMeetingScreen({ live: shell.live, onMeeting: (m) => floor.meetingLoaded(m) });
const voteScreen = createVoteScreen({ live: shell.live });

shell.start();
