/**
 * Dates the product writes are in the configured timezone (default Asia/Seoul); instants are UTC ISO.
 * Intl does the zone math so there is no hand-written DST logic.
 */
// Building a DateTimeFormat costs ~0.1 ms; a run formats thousands of dates in a handful of zones.
const formats = new Map();
function formatFor(timeZone) {
    let fmt = formats.get(timeZone);
    if (!fmt) {
        fmt = new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
        });
        formats.set(timeZone, fmt);
    }
    return fmt;
}
function parts(instant, timeZone) {
    const out = {};
    for (const p of formatFor(timeZone).formatToParts(instant))
        out[p.type] = p.value;
    return out;
}
/** YYYY-MM-DD of the instant in the zone. */
export function localDate(instant, timeZone) {
    const p = parts(new Date(instant), timeZone);
    return `${p.year}-${p.month}-${p.day}`;
}
/** YYYY-MM-DD HH:MM of the instant in the zone. */
export function localDateTime(instant, timeZone) {
    const p = parts(new Date(instant), timeZone);
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
/** Offset of the zone at that instant, in minutes east of UTC (Asia/Seoul → 540). */
function zoneOffsetMinutes(instant, timeZone) {
    const p = parts(instant, timeZone);
    const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}
/** The UTC instant of a wall-clock time in the zone (for dates written without an offset). */
export function zonedToUtc(y, mo, d, h, mi, s, timeZone) {
    const guess = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    const off = zoneOffsetMinutes(guess, timeZone);
    const first = new Date(guess.getTime() - off * 60_000);
    const off2 = zoneOffsetMinutes(first, timeZone);
    return off2 === off ? first : new Date(guess.getTime() - off2 * 60_000);
}
export const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
