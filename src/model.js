export function emptyLaneCounts() {
    return { land: 0, queue: 0, pool: 0, discard: 0, duplicate: 0, irrelevant: 0 };
}
