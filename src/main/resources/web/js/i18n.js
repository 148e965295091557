// Screen words in Vietnamese (the council's working language) and English.
// The Vietnamese terms follow the shared vocabulary so that tablet, console,
// chair display and minutes say the same thing.

import { SUBJECT_STRINGS } from './i18n-subjects.js';
import { FLOOR_STRINGS } from './i18n-floor.js';
import { NOTE_STRINGS } from './i18n-notes.js';
import { DOC_STRINGS } from './i18n-docs.js';

const STRINGS = {
  vi: {
    'app.name': 'Diên Hồng',
    'app.tagline': 'Kỳ họp không giấy',
    'lang.switch': 'English',
    'conn.online': 'Đã kết nối',
    'conn.offline': 'Mất kết nối – đang kết nối lại…',
    'conn.checking': 'Đang kết nối…',
    'loading': 'Đang tải dữ liệu kỳ họp…',
    'login.heading': 'Đăng nhập',
    'login.intro': 'Nhập tên đăng nhập và mã PIN được cấp cho bạn.',
    'login.username': 'Tên đăng nhập',
    'login.pin': 'Mã PIN',
    'login.showPin': 'Hiện mã PIN',
    'login.hidePin': 'Ẩn mã PIN',
    'login.submit': 'Đăng nhập',
    'login.busy': 'Đang đăng nhập…',
    'login.missing': 'Vui lòng nhập tên đăng nhập và mã PIN.',
    'login.wrong': 'Tên đăng nhập hoặc mã PIN không đúng. Vui lòng kiểm tra và thử lại.',
    'login.throttled': 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau {n} phút hoặc liên hệ kỹ thuật viên.',
    'login.network': 'Mất kết nối – đang kết nối lại… Chưa gửi được yêu cầu đăng nhập. Vui lòng kiểm tra Wi-Fi và thử lại.',
    'login.expired': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    'login.loggedOut': 'Bạn đã đăng xuất.',
    'error.generic': 'Đã có lỗi xảy ra. Vui lòng thử lại hoặc liên hệ kỹ thuật viên.',
    'meeting.logout': 'Đăng xuất',
    'meeting.user': 'Người dùng',
    'meeting.demo': 'DEMO – dữ liệu minh họa',
    'meeting.term': 'khóa {term}',
    'meeting.dates': 'Từ {from} đến {to}',
    'meeting.oneDay': 'Ngày {from}',
    'meeting.sitting': 'Phiên họp',
    'meeting.opensAt': 'khai mạc lúc {time}',
    'meeting.noSitting': 'Chưa bắt đầu phiên họp.',
    'meeting.current': 'Nội dung đang thảo luận',
    'meeting.noCurrent': 'Chưa có nội dung đang thảo luận.',
    'meeting.agenda': 'Chương trình kỳ họp',
    'meeting.emptyAgenda': 'Chương trình kỳ họp chưa được công bố.',
    'meeting.itemNumber': 'Nội dung {n}',
    'meeting.presenter': 'Trình bày: {name}',
    'meeting.minutes': '{n} phút',
    'meeting.nowDiscussing': 'Đang thảo luận',
    'meeting.changed': 'Nội dung đang thảo luận: {n}. {title}',
    'meeting.none': 'Hiện chưa có kỳ họp nào.',
    'meeting.loadFailed': 'Chưa tải được dữ liệu kỳ họp. Thiết bị sẽ tự thử lại.',
    'vote.kicker': 'Biểu quyết',
    'vote.form.OPEN': 'Biểu quyết công khai',
    'vote.form.SECRET': 'Bỏ phiếu kín',
    'vote.inProgress': 'Đang biểu quyết',
    'vote.timeLeft': 'Thời gian còn lại',
    'vote.secondsLeft': 'Còn {n} giây để biểu quyết.',
    'vote.choice.APPROVE': 'Tán thành',
    'vote.choice.REJECT': 'Không tán thành',
    'vote.choice.ABSTAIN': 'Không biểu quyết',
    'vote.chooseHint': 'Chọn một trong ba lựa chọn dưới đây.',
    'vote.choices': 'Lựa chọn biểu quyết',
    'vote.confirmQuestion': 'Xác nhận lựa chọn: {choice}?',
    'vote.confirm': 'Xác nhận',
    'vote.chooseAgain': 'Chọn lại',
    'vote.noChange': 'Sau khi xác nhận, bạn không thể thay đổi lựa chọn.',
    'vote.sending': 'Đang gửi…',
    'vote.sendingOffline': 'Đang gửi… (mất kết nối, đang thử lại)',
    'vote.sendingServer': 'Đang gửi… (máy chủ chưa trả lời, đang thử lại)',
    'vote.notYetRecorded': 'Phiếu chưa được ghi nhận. Xin đừng tắt máy tính bảng.',
    'vote.recorded': 'Đã ghi nhận biểu quyết',
    'vote.yourChoice': 'Lựa chọn của bạn:',
    'vote.receipt': 'Mã biên nhận:',
    'vote.secretNote': 'Bỏ phiếu kín: lựa chọn này chỉ hiện trên máy tính bảng của bạn.',
    'vote.waitResult': 'Kết quả sẽ được công bố khi kết thúc biểu quyết.',
    'vote.alreadyVoted': 'Bạn đã biểu quyết',
    'vote.alreadyVotedFull': 'Bạn đã biểu quyết nội dung này.',
    'vote.tooLate': 'Biểu quyết đã kết thúc trước khi phiếu được ghi nhận.',
    'vote.refused': 'Phiếu chưa được ghi nhận.',
    'vote.watchOnly': 'Bạn theo dõi biểu quyết, không tham gia bỏ phiếu.',
    'vote.closed': 'Đã kết thúc biểu quyết',
    'vote.line': '{label}: {n}/{total} đại biểu ({pct}%)',
    'vote.tookPart': 'Tham gia biểu quyết',
    'vote.notVoted': 'Không tham gia biểu quyết',
    'vote.passed': 'Nghị quyết được thông qua',
    'vote.failed': 'Nghị quyết không được thông qua',
    'vote.threshold.MAJORITY_OF_TOTAL': 'quá nửa tổng số đại biểu',
    'vote.threshold.TWO_THIRDS_OF_TOTAL': 'ít nhất hai phần ba tổng số đại biểu',
    'vote.threshold.MAJORITY_OF_PRESENT': 'quá nửa số đại biểu có mặt',
    'vote.needs': 'Điều kiện thông qua: {threshold} tán thành.',
    'vote.back': 'Quay lại chương trình',
    'vote.cancelled': 'Biểu quyết “{title}” đã bị hủy.',
    'vote.opened': 'Đang biểu quyết: {title}',
    'vote.gone': 'Biểu quyết “{title}” không còn mở.',
    'display.name': 'Màn hình Chủ tọa',
    'display.wrongRole': 'Tài khoản này không dùng cho màn hình Chủ tọa. Vui lòng đăng nhập bằng tài khoản màn hình (display) hoặc tài khoản Chủ tọa.',
    'display.progress': 'Đã biểu quyết: {n}/{total} đại biểu',
    'display.present': 'Có mặt: {n}/{total} đại biểu',
    'display.ballots': 'Biểu quyết của từng đại biểu',
    'display.audit': 'Mã kiểm chứng:',
    'display.auditFull': 'Mã kiểm chứng đầy đủ: {hash}',
    'display.thresholdMark': 'Ngưỡng thông qua',
    'display.chart': 'Biểu đồ kết quả biểu quyết',
    'display.noVote': 'Không tham gia',
    'display.cancelled': 'Biểu quyết “{title}” đã bị hủy.',
  },
  en: {
    'app.name': 'Diên Hồng',
    'app.tagline': 'Paperless council session',
    'lang.switch': 'Tiếng Việt',
    'conn.online': 'Connected',
    'conn.offline': 'Connection lost – reconnecting…',
    'conn.checking': 'Connecting…',
    'loading': 'Loading the session…',
    'login.heading': 'Log in',
    'login.intro': 'Enter the username and PIN you were given.',
    'login.username': 'Username',
    'login.pin': 'PIN',
    'login.showPin': 'Show PIN',
    'login.hidePin': 'Hide PIN',
    'login.submit': 'Log in',
    'login.busy': 'Logging in…',
    'login.missing': 'Please enter your username and PIN.',
    'login.wrong': 'The username or PIN is not correct. Please check them and try again.',
    'login.throttled': 'Too many wrong attempts. Please try again in {n} minutes or ask the technician.',
    'login.network': 'Connection lost – reconnecting… The login was not sent. Please check the Wi-Fi and try again.',
    'login.expired': 'Your session has expired. Please log in again.',
    'login.loggedOut': 'You have logged out.',
    'error.generic': 'Something went wrong. Please try again or ask the technician.',
    'meeting.logout': 'Log out',
    'meeting.user': 'User',
    'meeting.demo': 'DEMO – sample data',
    'meeting.term': '(term {term})',
    'meeting.dates': 'From {from} to {to}',
    'meeting.oneDay': 'On {from}',
    'meeting.sitting': 'Sitting',
    'meeting.opensAt': 'opens at {time}',
    'meeting.noSitting': 'No sitting has started yet.',
    'meeting.current': 'Now under discussion',
    'meeting.noCurrent': 'Nothing is under discussion yet.',
    'meeting.agenda': 'Session agenda',
    'meeting.emptyAgenda': 'The agenda has not been published yet.',
    'meeting.itemNumber': 'Item {n}',
    'meeting.presenter': 'Presented by: {name}',
    'meeting.minutes': '{n} min',
    'meeting.nowDiscussing': 'Under discussion',
    'meeting.changed': 'Now under discussion: {n}. {title}',
    'meeting.none': 'There is no session yet.',
    'meeting.loadFailed': 'The session could not be loaded yet. The tablet will keep trying.',
    'vote.kicker': 'Vote',
    'vote.form.OPEN': 'Open vote',
    'vote.form.SECRET': 'Secret ballot',
    'vote.inProgress': 'Voting in progress',
    'vote.timeLeft': 'Time left',
    'vote.secondsLeft': '{n} seconds left to vote.',
    'vote.choice.APPROVE': 'Approve',
    'vote.choice.REJECT': 'Reject',
    'vote.choice.ABSTAIN': 'Abstain',
    'vote.chooseHint': 'Choose one of the three options below.',
    'vote.choices': 'Voting options',
    'vote.confirmQuestion': 'Confirm your choice: {choice}?',
    'vote.confirm': 'Confirm',
    'vote.chooseAgain': 'Choose again',
    'vote.noChange': 'Once confirmed, your choice cannot be changed.',
    'vote.sending': 'Sending…',
    'vote.sendingOffline': 'Sending… (connection lost, retrying)',
    'vote.sendingServer': 'Sending… (the server has not answered, retrying)',
    'vote.notYetRecorded': 'Your ballot is not recorded yet. Please keep the tablet on.',
    'vote.recorded': 'Your vote is recorded',
    'vote.yourChoice': 'Your choice:',
    'vote.receipt': 'Receipt code:',
    'vote.secretNote': 'Secret ballot: this choice is shown on your tablet only.',
    'vote.waitResult': 'The result will be announced when the vote closes.',
    'vote.alreadyVoted': 'You have voted',
    'vote.alreadyVotedFull': 'You have already voted on this item.',
    'vote.tooLate': 'The vote closed before your ballot was recorded.',
    'vote.refused': 'Your ballot was not recorded.',
    'vote.watchOnly': 'You are following this vote; you do not cast a ballot.',
    'vote.closed': 'Voting closed',
    'vote.line': '{label}: {n}/{total} delegates ({pct}%)',
    'vote.tookPart': 'Took part',
    'vote.notVoted': 'Did not vote',
    'vote.passed': 'The resolution is adopted',
    'vote.failed': 'The resolution is not adopted',
    'vote.threshold.MAJORITY_OF_TOTAL': 'more than half of all delegates',
    'vote.threshold.TWO_THIRDS_OF_TOTAL': 'at least two thirds of all delegates',
    'vote.threshold.MAJORITY_OF_PRESENT': 'more than half of the delegates present',
    'vote.needs': 'To pass: {threshold} approve.',
    'vote.back': 'Back to the agenda',
    'vote.cancelled': 'The vote “{title}” was cancelled.',
    'vote.opened': 'Voting in progress: {title}',
    'vote.gone': 'The vote “{title}” is no longer open.',
    'display.name': 'Chair display',
    'display.wrongRole': 'This account cannot be used for the chair display. Please log in with the display account or the chair’s account.',
    'display.progress': 'Voted: {n}/{total} delegates',
    'display.present': 'Present: {n}/{total} delegates',
    'display.ballots': 'Each delegate’s vote',
    'display.audit': 'Verification code:',
    'display.auditFull': 'Full verification code: {hash}',
    'display.thresholdMark': 'Threshold to pass',
    'display.chart': 'Chart of the vote result',
    'display.noVote': 'Did not vote',
    'display.cancelled': 'The vote “{title}” was cancelled.',
  },
};

for (const extra of [SUBJECT_STRINGS, FLOOR_STRINGS, NOTE_STRINGS, DOC_STRINGS]) {
  Object.assign(STRINGS.vi, extra.vi);
  Object.assign(STRINGS.en, extra.en);
}

const STORAGE_KEY = 'dienhong.lang';
const listeners = new Set();
let lang = readStoredLang();

function readStoredLang() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be blocked (private mode): Vietnamese is the default anyway
  }
}

export function getLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'vi';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // the choice then lasts until reload, which is acceptable
  }
  document.documentElement.lang = lang;
  applyStatic(document);
  listeners.forEach((fn) => fn(lang));
}

export function onLangChange(fn) {
  listeners.add(fn);
}

/** Looks up a string and fills {placeholders}; an unknown key shows itself so gaps are visible in testing. */
export function t(key, params = {}) {
  const template = STRINGS[lang][key] ?? STRINGS.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Fills every [data-i18n] element under root; the markup holds the keys so static text needs no JS per element. */
export function applyStatic(root) {
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = t(node.dataset.i18n);
  });
}

document.documentElement.lang = lang;
