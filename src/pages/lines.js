/**
 * Line handling shared by the page modules. Pages are edited by character offsets so that every
 * byte outside the part being replaced (CRLF terminators, a missing final newline) survives as is.
 */
/** The terminator of the first line break; a file without any break is treated as LF. */
export function detectEol(text) {
    const i = text.indexOf('\n');
    return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
export function splitLines(text) {
    const out = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        if (nl === -1) {
            out.push({ text: text.slice(start), number, start, next: text.length });
            break;
        }
        const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
        out.push({ text: text.slice(start, end), number, start, next: nl + 1 });
        start = nl + 1;
        number++;
    }
    return out;
}
/** Body text produced with LF line breaks, converted to the file's terminator. */
export function withEol(text, eol) {
    return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}
export function toLf(text) {
    return text.replace(/\r\n/g, '\n');
}
/** Opening or closing code fence (``` or ~~~), indentation tolerated as in list items. */
const FENCE = /^\s*(`{3,}|~{3,})/;
/**
 * Tracks fenced code blocks line by line, so headings shown as code are never taken for real ones.
 */
export class FenceTracker {
    open;
    /** Feed the next line; returns true when the line is code (or a fence line). */
    push(line) {
        // Most lines hold no fence characters at all; they cannot open or close a fence.
        if (!line.includes('```') && !line.includes('~~~'))
            return this.open !== undefined;
        const m = FENCE.exec(line);
        if (this.open) {
            const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
            if (close && close[1][0] === this.open.char && close[1].length >= this.open.length)
                this.open = undefined;
            return true;
        }
        if (m) {
            // A backtick fence whose info string contains a backtick is not a fence (CommonMark).
            const rest = line.trim().slice(m[1].length);
            if (m[1][0] === '`' && rest.includes('`'))
                return false;
            this.open = { char: m[1][0], length: m[1].length };
            return true;
        }
        return false;
    }
}
