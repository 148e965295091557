// Screen words in Vietnamese (the council's working language) and English.
// The Vietnamese terms follow the shared vocabulary so that tablet, console,
// chair display and minutes say the same thing.

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
  },
};

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
