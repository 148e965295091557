// The floor on the delegate tablet, put together: the sections and their bottom bar (tabs.js),
// check-in (attendance.js), who speaks now (floor-now.js), asking to speak and the queue
// (speak-panel.js), a respondent's questions (questions.js), opinions to the chair (opinions.js),
// notices (notices.js) and the session documents with their reader (docs.js). app.js starts and
// stops it with the meeting screen.

import { createTabs } from './tabs.js';
import { createAttendance } from './attendance.js';
import { createFloorNow } from './floor-now.js';
import { createSpeakPanel } from './speak-panel.js';
import { createQuestions } from './questions.js';
import { createOpinions } from './opinions.js';
import { createNotices } from './notices.js';
import { createDocs } from './docs.js';

const SECTIONS = [
  { name: 'agenda', panel: '#tab-agenda', heading: '#meeting-title' },
  { name: 'docs', panel: '#tab-docs', heading: '#docs-heading' },
  { name: 'speak', panel: '#tab-speak', heading: '#speak-heading' },
  { name: 'opinions', panel: '#tab-opinions', heading: '#opinions-heading' },
  { name: 'notices', panel: '#tab-notices', heading: '#notices-heading' },
];

/** Which sections a role has: guests and officials send no opinions to the chair. */
function sectionsFor(who) {
  const speaks = (who.role === 'DELEGATE' || who.role === 'CHAIR') && who.delegateId != null;
  return speaks ? ['agenda', 'docs', 'speak', 'opinions', 'notices'] : ['agenda', 'docs', 'speak', 'notices'];
}

export function createFloor({ live, clock }) {
  const tabs = createTabs({ sections: SECTIONS });
  const attendance = createAttendance({ live });
  const floorNow = createFloorNow({ live, clock });
  const speak = createSpeakPanel({ live });
  const questions = createQuestions({ live });
  const opinions = createOpinions({ live });
  const notices = createNotices({ live });
  const docs = createDocs({ live });
  const parts = [attendance, floorNow, speak, questions, opinions, notices, docs];

  tabs.onChange((name) => {
    floorNow.setSection(name);
    docs.setSection(name);
  });

  return {
    show(who) {
      tabs.only(sectionsFor(who));
      floorNow.setSection(tabs.current);
      docs.setSection(tabs.current);
      parts.forEach((p) => p.show(who));
    },
    hide() {
      parts.forEach((p) => p.hide());
    },
    /** A deliberate logout: nothing of this delegate stays for the next one on this tablet. */
    forget() {
      speak.forget();
    },
    render() {
      tabs.render();
      parts.forEach((p) => p.render());
    },
    /** The meeting screen loaded a snapshot of the meeting (it carries the attendance). */
    meetingLoaded(meeting) {
      attendance.meetingLoaded(meeting);
    },
  };
}
