/**
 * What a command is holding right now (a temporary folder, a lock, a half-written file), so an
 * interrupted CLI (Ctrl-C) can say what it left behind instead of dying silently.
 */
const held = new Map();
let next = 0;
/** Record something left behind if the process stops now; call the returned function once it is gone. */
export function holding(description) {
    const id = next++;
    held.set(id, description);
    return () => {
        held.delete(id);
    };
}
export function heldNow() {
    return [...held.values()];
}
