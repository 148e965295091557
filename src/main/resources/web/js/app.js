// The delegate tablet app (/). The shell (shell.js) restores the session, shows the login screen
// and runs the live socket; this page adds its screens. Later features (speakers, documents,
// notices) become modules like meeting.js and vote.js: they get { live } and subscribe to their
// own event types.

import { createShell } from './shell.js';
import { createMeetingScreen } from './meeting.js';
import { createVoteScreen } from './vote.js';

const shell = createShell({
  titleKey: 'app.tagline',
  mainScreen: 'meeting',
  loggedInOnly: '#session-bar',
  // a delegate waits at the login screen for the Wi-Fi to come back: show it as soon as it does
  pollWhenLoggedOut: true,
  onEnter(who) {
    meetingScreen.show(who);
    voteScreen.show(who);
  },
  onLeave() {
    voteScreen.hide();
    meetingScreen.hide();
  },
  onLogout() {
    voteScreen.forget(); // the tablet may pass to another delegate
  },
  relabel() {
    meetingScreen.render();
    voteScreen.render();
  },
});
const meetingScreen = createMeetingScreen({ live: shell.live });
const voteScreen = createVoteScreen({ live: shell.live });

shell.start();
