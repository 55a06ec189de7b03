/**
 * Dates as feeds and Korean pages actually write them, turned into UTC ISO instants.
 *
 * Deliberately no fallback to `Date.parse`: it reads offset-less strings in the machine's zone and
 * accepts nonsense, which would put items on the wrong day depending on where the run happens.
 * Anything not recognised here is `undefined`, and the caller reports it.
 */
import { zonedToUtc } from '../time.js';
const MONTHS = {
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12,
};
/** Zone abbreviations in minutes east of UTC. CST/EST… keep their RFC 822 (North American) meaning. */
const ZONES = {
    z: 0, ut: 0, utc: 0, gmt: 0,
    est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
    kst: 540, jst: 540, bst: 60, cet: 60, cest: 120,
};
const ZONE = String.raw `(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})`;
const MERIDIEM = String.raw `(오전|오후|AM|PM|A\.M\.|P\.M\.)`;
/** 09:30, 09:30:15, 09:30:15.250 */
const CLOCK = String.raw `(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?`;
/** 9시, 9시 30분, 9시 30분 15초 */
const KOREAN_CLOCK = String.raw `(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분)?(?:\s*(\d{1,2})\s*초)?`;
/** (목), (Thu) after a date */
const WEEKDAY_SUFFIX = String.raw `(?:\s*\(\s*[^()\d\s]{1,9}\s*\))?`;
/** 2026-11-26 / 2026.11.26. / 2026/11/26 / 2026년 11월 26일, then an optional time, meridiem and zone. */
const NUMERIC_DATE = new RegExp('^' +
    String.raw `(\d{4})\s*(?:[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?|년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일)` +
    WEEKDAY_SUFFIX +
    String.raw `(?:(?:T|\s+|(?=[오AaPp]))` +
    `(?:${MERIDIEM}\\s*)?` +
    `(?:${CLOCK}|${KOREAN_CLOCK})` +
    `(?:\\s*${MERIDIEM})?` +
    `(?:\\s*${ZONE})?` +
    ')?$', 'i');
/** Tue, 10 Jun 2025 04:00:00 GMT (RFC 822/1123; weekday, seconds and zone optional). */
const RFC822 = new RegExp('^' +
    String.raw `(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})` +
    String.raw `(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?` +
    `(?:\\s*${ZONE})?` +
    '$', 'i');
/** November 26, 2026 9:30 AM (month-name first, as some English pages write it). */
const MONTH_FIRST = new RegExp('^' +
    String.raw `(?:[A-Za-z]{2,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})` +
    String.raw `(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(AM|PM))?)?` +
    `(?:\\s*${ZONE})?` +
    '$', 'i');
function num(s, fallback = 0) {
    return s === undefined || s === '' ? fallback : Number(s);
}
function millis(fraction) {
    return fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
}
/** Minutes east of UTC, `null` for an unknown zone name (the string is then not trusted at all). */
function zoneOffset(zone) {
    if (!zone)
        return undefined;
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (m) {
        const minutes = num(m[2]) * 60 + num(m[3]);
        if (num(m[2]) > 14 || num(m[3]) > 59)
            return null;
        return m[1] === '-' ? -minutes : minutes;
    }
    const named = ZONES[zone.toLowerCase()];
    return named === undefined ? null : named;
}
function meridiemOf(s) {
    if (!s)
        return undefined;
    const t = s.toLowerCase().replace(/\./g, '');
    return t === '오전' || t === 'am' ? 'am' : 'pm';
}
/** 12-hour clock: 12 오전 is midnight, 12 오후 is noon; a 24-hour value with 오후 is taken as written. */
function applyMeridiem(hour, meridiem) {
    if (!meridiem)
        return hour;
    if (hour > 12)
        return meridiem === 'pm' ? hour : undefined;
    if (meridiem === 'am')
        return hour === 12 ? 0 : hour;
    return hour === 12 ? 12 : hour + 12;
}
function fullYear(y) {
    if (y.length === 4)
        return Number(y);
    const two = Number(y);
    return two < 50 ? 2000 + two : 1900 + two;
}
function valid(w) {
    if (w.y < 1970 || w.y > 2100 || w.mo < 1 || w.mo > 12 || w.d < 1)
        return false;
    if (w.h > 23 || w.mi > 59 || w.s > 59)
        return false;
    return new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDate() === w.d;
}
function toIso(w, timezone) {
    if (!valid(w))
        return undefined;
    if (w.offset !== undefined) {
        return new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms) - w.offset * 60_000).toISOString();
    }
    const instant = zonedToUtc(w.y, w.mo, w.d, w.h, w.mi, w.s, timezone);
    return new Date(instant.getTime() + w.ms).toISOString();
}
function fromNumeric(m) {
    const [, y, mo1, d1, mo2, d2, mer1, h1, mi1, s1, frac, kh, kmi, ks, mer2, zone] = m;
    if (mer1 && mer2)
        return undefined;
    const hasClock = h1 !== undefined || kh !== undefined;
    const rawHour = num(h1 ?? kh);
    const h = hasClock ? applyMeridiem(rawHour, meridiemOf(mer1 ?? mer2)) : 0;
    const offset = zoneOffset(zone);
    if (h === undefined || offset === null)
        return undefined;
    return {
        y: num(y),
        mo: num(mo1 ?? mo2),
        d: num(d1 ?? d2),
        h,
        mi: num(mi1 ?? kmi),
        s: num(s1 ?? ks),
        ms: millis(frac),
        offset,
    };
}
function fromRfc822(m) {
    const [, d, monthName, y, h, mi, s, frac, zone] = m;
    const mo = MONTHS[(monthName ?? '').toLowerCase()];
    const offset = zoneOffset(zone);
    if (mo === undefined || offset === null)
        return undefined;
    return { y: fullYear(y ?? ''), mo, d: num(d), h: num(h), mi: num(mi), s: num(s), ms: millis(frac), offset };
}
function fromMonthFirst(m) {
    const [, monthName, d, y, h, mi, s, mer, zone] = m;
    const mo = MONTHS[(monthName ?? '').toLowerCase()];
    const offset = zoneOffset(zone);
    const hour = h === undefined ? 0 : applyMeridiem(num(h), meridiemOf(mer));
    if (mo === undefined || offset === null || hour === undefined)
        return undefined;
    return { y: num(y), mo, d: num(d), h: hour, mi: num(mi), s: num(s), ms: 0, offset };
}
/**
 * Parse a date as written by a feed or page into a UTC ISO instant. Wall times without an offset
 * (and date-only values, taken as midnight) are read in `timezone`. Unrecognised text → undefined.
 */
export function parseDate(s, timezone) {
    if (s === undefined)
        return undefined;
    const text = s.replace(/[\s\u00a0]+/g, ' ').trim();
    if (!text || text.length > 80)
        return undefined;
    let wall;
    let m;
    if ((m = NUMERIC_DATE.exec(text)))
        wall = fromNumeric(m);
    else if ((m = RFC822.exec(text)))
        wall = fromRfc822(m);
    else if ((m = MONTH_FIRST.exec(text)))
        wall = fromMonthFirst(m);
    return wall ? toIso(wall, timezone) : undefined;
}
/**
 * Date-looking runs inside free text (a page's visible text), in order; each still has to pass
 * parseDate. Matches 2026.11.26, 2026-11-26 09:30, 2026년 11월 26일 오후 3:20 and the like.
 */
export const DATE_IN_TEXT = /(?<!\d)\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?|년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)(?:\s*\(\s*[^()\d\s]{1,9}\s*\))?(?:\s*(?:오전|오후|AM|PM)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?)(?:\s*(?:AM|PM))?)?(?!\d)/gi;
