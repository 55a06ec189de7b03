export const id = 343;
export const ids = [343];
export const modules = {

/***/ 67108:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ EntityDecoder),
/* harmony export */   H: () => (/* binding */ ENTITY_ACTION)
/* harmony export */ });
/* harmony import */ var _entities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57722);
// ---------------------------------------------------------------------------
// Built-in named entity map  (name → replacement string)
// No regex, no {regex,val} objects — just flat key/value pairs.
// ---------------------------------------------------------------------------



// ---------------------------------------------------------------------------
// Entity hook action constants
// ---------------------------------------------------------------------------

/**
 * Action constants for `onExternalEntity` and `onInputEntity` hooks.
 *
 * Use these instead of raw strings to avoid typos:
 *
 * @example
 * import EntityDecoder, { ENTITY_ACTION } from './EntityDecoder.js';
 * const dec = new EntityDecoder({
 *   onInputEntity: (name, value) => ENTITY_ACTION.BLOCK,
 * });
 */
const ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: 'allow',
  /** Silently skip this entity — it will not be registered. */
  BLOCK: 'block',
  /** Throw an error, aborting entity registration entirely. */
  THROW: 'throw',
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SPECIAL_CHARS = new Set('!?\\\\/[]$%{}^&*()<>|+');

/**
 * Validate that an entity name contains no dangerous characters.
 * @param {string} name
 * @returns {string} the name, unchanged
 * @throws {Error} on invalid characters
 */
function validateEntityName(name) {
  if (name[0] === '#') {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}

/**
 * Merge one or more entity maps into a flat name→string map.
 * Accepts either:
 *   - plain string values:             { amp: '&' }
 *   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
 *
 * Values containing '&' are skipped (recursive expansion risk).
 *
 * @param {...object} maps
 * @returns {Record<string, string>}
 */
function mergeEntityMaps(...maps) {
  const out = Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === 'string') {
        out[key] = raw;
      } else if (raw && typeof raw === 'object' && raw.val !== undefined) {
        // Legacy {regex,val} or {regx,val} — extract the string val only
        const val = raw.val;
        if (typeof val === 'string') {
          out[key] = val;
        }
        // function vals are not supported in the scanner — skip
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// applyLimitsTo helpers
// ---------------------------------------------------------------------------

const LIMIT_TIER_EXTERNAL = 'external'; // input/runtime + persistent external maps
const LIMIT_TIER_BASE = 'base';     // DEFAULT_XML_ENTITIES + namedEntities (system) maps
const LIMIT_TIER_ALL = 'all';      // every entity regardless of tier

/**
 * Resolve `applyLimitsTo` option into a normalised Set of tier strings.
 * Accepted values: 'external' | 'base' | 'all' | string[]
 * Default: 'external' (only untrusted injected entities are counted).
 * @param {string|string[]|undefined} raw
 * @returns {Set<string>}
 */
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return new Set([LIMIT_TIER_EXTERNAL]); // safe default for unrecognised values
}

// ---------------------------------------------------------------------------
// NCR (Numeric Character Reference) classification
// ---------------------------------------------------------------------------

// Severity order — higher number = stricter action.
// Used to enforce minimum action levels for specific codepoint ranges.
const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });

// XML 1.0 §2.2: allowed chars are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// Restricted C0: U+0001–U+001F excluding U+0009, U+000A, U+000D
const XML10_ALLOWED_C0 = new Set([0x09, 0x0A, 0x0D]);

/**
 * Parse the `ncr` constructor option into flat, hot-path-friendly fields.
 * @param {object|undefined} ncr
 * @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
 */
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1.0, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1.0;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  // 'allow' is not meaningful for null — clamp to at least 'remove'
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}

// ---------------------------------------------------------------------------
// EntityReplacer
// ---------------------------------------------------------------------------

/**
 * Single-pass, zero-regex entity replacer for XML/HTML content.
 *
 * Algorithm: scan the string once for '&', read to ';', resolve via map
 * or direct codepoint conversion, build output chunks, join once at the end.
 *
 * Entity lookup priority (highest → lowest):
 *   1. input / runtime  (DOCTYPE entities for current document)
 *   2. persistent external (survive across documents)
 *   3. base named map   (DEFAULT_XML_ENTITIES + user-supplied namedEntities)
 *
 * Both input and external resolve as the 'external' tier for limit purposes.
 * Base map entities resolve as the 'base' tier.
 *
 * Numeric / hex references (&#NNN; / &#xHH;) are resolved directly via
 * String.fromCodePoint() — no map needed. They count as 'base' tier.
 *
 * @example
 * const replacer = new EntityReplacer({ namedEntities: COMMON_HTML });
 * replacer.setExternalEntities({ brand: 'Acme' });
 *
 * const instance = replacer.reset();
 * instance.addInputEntities({ version: '1.0' });
 * instance.encode('&brand; v&version; &lt;'); // 'Acme v1.0 <'
 */
class EntityDecoder {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === 'function' ? options.postCheck : r => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    // Base map: DEFAULT_XML_ENTITIES + user-supplied extras. Immutable after construction.
    this._baseMap = mergeEntityMaps(_entities_js__WEBPACK_IMPORTED_MODULE_0__/* .XML */ ._9, options.namedEntities || null);

    // Persistent external entities — survive across documents.
    // Stored as a separate map so reset() never touches them.
    /** @type {Record<string, string>} */
    this._externalMap = Object.create(null);

    // Input / runtime entities — current document only, wiped on reset().
    /** @type {Record<string, string>} */
    this._inputMap = Object.create(null);

    // Per-document counters
    this._totalExpansions = 0;
    this._expandedLength = 0;

    // --- New: remove / leave sets ---
    /** @type {Set<string>} */
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    /** @type {Set<string>} */
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);

    // --- NCR config (parsed into flat fields for hot-path speed) ---
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;

    // --- Registration hooks ---
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onExternalEntity = typeof options.onExternalEntity === 'function'
      ? options.onExternalEntity
      : null;
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onInputEntity = typeof options.onInputEntity === 'function'
      ? options.onInputEntity
      : null;
  }

  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------

  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true; // no hook → always accept
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true; // ALLOW or any unknown return value → accept
  }

  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------

  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    // Hook present — resolve values first, then filter
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, 'external')) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }

  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === 'string' && value.indexOf('&') === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, 'external')) {
        this._externalMap[key] = value;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------

  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, 'input')) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }

  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------

  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }

  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------

  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1.0;
  }

  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------

  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== 'string' || str.length === 0) return str;
    //TODO: check if needed
    if (str.indexOf('&') === -1) return str; // fast path — no entities at all

    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0; // start of next unprocessed literal chunk
    let i = 0;

    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;

    while (i < len) {
      // Scan forward to next '&'
      if (str.charCodeAt(i) !== 38 /* '&' */) { i++; continue; }

      // --- Found '&' at position i ---

      // Scan forward to ';'
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 /* ';' */ && (j - i) <= 32) j++;

      if (j >= len || str.charCodeAt(j) !== 59) {
        // No closing ';' within window — treat '&' as literal
        i++;
        continue;
      }

      // Raw token between '&' and ';' (exclusive)
      const token = str.slice(i + 1, j);
      if (token.length === 0) { i++; continue; }

      let replacement;
      let tier; // which limit tier this entity belongs to

      if (this._removeSet.has(token)) {
        // Remove entity: replace with empty string
        replacement = '';
        // If entity was unknown (replacement undefined), we still need a tier for limits.
        // Treat as external tier because it's user-directed removal of an unknown reference.
        if (tier === undefined) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        // Do not replace — keep original &token; as literal
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35 /* '#' */) {
        // ---- Numeric / NCR reference ----
        // NCR classification always runs first — prohibited codepoints must be
        // caught regardless of numericAllowed.
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === undefined) {
          // 'leave' action — keep original &token; as-is
          i++;
          continue;
        }
        replacement = ncrResult; // '' for remove, char string for allow
        tier = LIMIT_TIER_BASE;
      } else {
        // ---- Named reference ----
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }

      if (replacement === undefined) {
        // Unknown entity — leave as-is, advance past '&' only
        i++;
        continue;
      }

      // Flush literal chunk before this entity
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1; // skip past ';'
      i = last;

      // Apply expansion limits only if this tier is being tracked
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ` +
              `${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          // delta: replacement.length minus the raw &token; length (token.length + 2 for '&' and ';')
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ` +
                `${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }

    // Flush trailing literal
    if (last < len) chunks.push(str.slice(last));

    // If nothing was replaced, chunks is empty — return original
    const result = chunks.length === 0 ? str : chunks.join('');

    return this._postCheck(result, original);
  }

  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------

  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }

  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------

  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    // input and external both count as 'external' tier for limit purposes —
    // they are injected at runtime and are the untrusted surface.
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return undefined;
  }

  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    // 1. Null
    if (cp === 0) return this._ncrNullLevel;

    // 2. Surrogates — always prohibited, minimum 'remove'
    if (cp >= 0xD800 && cp <= 0xDFFF) return NCR_LEVEL.remove;

    // 3. XML 1.0 restricted C0 controls
    if (this._ncrXmlVersion === 1.0) {
      if (cp >= 0x01 && cp <= 0x1F && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }

    return -1; // no restriction
  }

  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow: return String.fromCodePoint(cp);
      case NCR_LEVEL.remove: return '';
      case NCR_LEVEL.leave: return undefined; // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference ` +
          `&${token}; (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`
        );
      default: return String.fromCodePoint(cp);
    }
  }

  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    // Step 1: parse codepoint
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 /* x */ || second === 88 /* X */) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }

    // Step 2: out-of-range → leave as-is unconditionally
    if (Number.isNaN(cp) || cp < 0 || cp > 0x10FFFF) return undefined;

    // Step 3: classify to get minimum action level
    const minimum = this._classifyNCR(cp);

    // Step 4: if numericAllowed is false and no hard minimum → leave
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return undefined;

    // Step 5: effective action = max(configured onNCR, range minimum)
    const effective = minimum === -1
      ? this._ncrOnLevel
      : Math.max(this._ncrOnLevel, minimum);

    // Step 6: apply
    return this._applyNCRAction(effective, token, cp);
  }
}

/***/ }),

/***/ 57722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ COMMON_HTML),
/* harmony export */   UM: () => (/* binding */ CURRENCY),
/* harmony export */   _9: () => (/* binding */ XML)
/* harmony export */ });
/* unused harmony exports BASIC_LATIN, LATIN_ACCENTS, LATIN_EXTENDED, GREEK, CYRILLIC, MATH, MATH_ADVANCED, ARROWS, SHAPES, PUNCTUATION, FRACTIONS, MISC_SYMBOLS */
// ---------------------------------------------------------------------------
// Complete HTML5 named entity reference
// Organized by logical categories for easy maintenance and selective importing
// ---------------------------------------------------------------------------

/**
 * Basic Latin & Special Characters
 * @type {Record<string, string>}
 */
const BASIC_LATIN = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsquor: '‚',
  rsquor: '’',
  ldquor: '„',
  bdquo: '„',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percent: '%',
  ast: '*',
  commat: '@',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  sol: '/',
  bsol: '\\',
  lbrace: '{',
  rbrace: '}',
  lbrack: '[',
  rbrack: ']',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
  iexcl: '¡',
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  COPY: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  REG: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  half: '½',
  frac34: '¾',
  iquest: '¿',
  times: '×',
  div: '÷',
  divide: '÷',
};

/**
 * Latin Extended & Accented Letters (A-Z)
 * @type {Record<string, string>}
 */
const LATIN_ACCENTS = {
  Agrave: 'À',
  agrave: 'à',
  Aacute: 'Á',
  aacute: 'á',
  Acirc: 'Â',
  acirc: 'â',
  Atilde: 'Ã',
  atilde: 'ã',
  Auml: 'Ä',
  auml: 'ä',
  Aring: 'Å',
  aring: 'å',
  AElig: 'Æ',
  aelig: 'æ',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Egrave: 'È',
  egrave: 'è',
  Eacute: 'É',
  eacute: 'é',
  Ecirc: 'Ê',
  ecirc: 'ê',
  Euml: 'Ë',
  euml: 'ë',
  Igrave: 'Ì',
  igrave: 'ì',
  Iacute: 'Í',
  iacute: 'í',
  Icirc: 'Î',
  icirc: 'î',
  Iuml: 'Ï',
  iuml: 'ï',
  ETH: 'Ð',
  eth: 'ð',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Ograve: 'Ò',
  ograve: 'ò',
  Oacute: 'Ó',
  oacute: 'ó',
  Ocirc: 'Ô',
  ocirc: 'ô',
  Otilde: 'Õ',
  otilde: 'õ',
  Ouml: 'Ö',
  ouml: 'ö',
  Oslash: 'Ø',
  oslash: 'ø',
  Ugrave: 'Ù',
  ugrave: 'ù',
  Uacute: 'Ú',
  uacute: 'ú',
  Ucirc: 'Û',
  ucirc: 'û',
  Uuml: 'Ü',
  uuml: 'ü',
  Yacute: 'Ý',
  yacute: 'ý',
  THORN: 'Þ',
  thorn: 'þ',
  szlig: 'ß',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
};

/**
 * Latin Extended (Letters with diacritics)
 * @type {Record<string, string>}
 */
const LATIN_EXTENDED = {
  Amacr: 'Ā',
  amacr: 'ā',
  Abreve: 'Ă',
  abreve: 'ă',
  Aogon: 'Ą',
  aogon: 'ą',
  Cacute: 'Ć',
  cacute: 'ć',
  Ccirc: 'Ĉ',
  ccirc: 'ĉ',
  Cdot: 'Ċ',
  cdot: 'ċ',
  Ccaron: 'Č',
  ccaron: 'č',
  Dcaron: 'Ď',
  dcaron: 'ď',
  Dstrok: 'Đ',
  dstrok: 'đ',
  Emacr: 'Ē',
  emacr: 'ē',
  Ecaron: 'Ě',
  ecaron: 'ě',
  Edot: 'Ė',
  edot: 'ė',
  Eogon: 'Ę',
  eogon: 'ę',
  Gcirc: 'Ĝ',
  gcirc: 'ĝ',
  Gbreve: 'Ğ',
  gbreve: 'ğ',
  Gdot: 'Ġ',
  gdot: 'ġ',
  Gcedil: 'Ģ',
  Hcirc: 'Ĥ',
  hcirc: 'ĥ',
  Hstrok: 'Ħ',
  hstrok: 'ħ',
  Itilde: 'Ĩ',
  itilde: 'ĩ',
  Imacr: 'Ī',
  imacr: 'ī',
  Iogon: 'Į',
  iogon: 'į',
  Idot: 'İ',
  IJlig: 'Ĳ',
  ijlig: 'ĳ',
  Jcirc: 'Ĵ',
  jcirc: 'ĵ',
  Kcedil: 'Ķ',
  kcedil: 'ķ',
  kgreen: 'ĸ',
  Lacute: 'Ĺ',
  lacute: 'ĺ',
  Lcedil: 'Ļ',
  lcedil: 'ļ',
  Lcaron: 'Ľ',
  lcaron: 'ľ',
  Lmidot: 'Ŀ',
  lmidot: 'ŀ',
  Lstrok: 'Ł',
  lstrok: 'ł',
  Nacute: 'Ń',
  nacute: 'ń',
  Ncaron: 'Ň',
  ncaron: 'ň',
  Ncedil: 'Ņ',
  ncedil: 'ņ',
  ENG: 'Ŋ',
  eng: 'ŋ',
  Omacr: 'Ō',
  omacr: 'ō',
  Odblac: 'Ő',
  odblac: 'ő',
  OElig: 'Œ',
  oelig: 'œ',
  Racute: 'Ŕ',
  racute: 'ŕ',
  Rcaron: 'Ř',
  rcaron: 'ř',
  Rcedil: 'Ŗ',
  rcedil: 'ŗ',
  Sacute: 'Ś',
  sacute: 'ś',
  Scirc: 'Ŝ',
  scirc: 'ŝ',
  Scedil: 'Ş',
  scedil: 'ş',
  Scaron: 'Š',
  scaron: 'š',
  Tcedil: 'Ţ',
  tcedil: 'ţ',
  Tcaron: 'Ť',
  tcaron: 'ť',
  Tstrok: 'Ŧ',
  tstrok: 'ŧ',
  Utilde: 'Ũ',
  utilde: 'ũ',
  Umacr: 'Ū',
  umacr: 'ū',
  Ubreve: 'Ŭ',
  ubreve: 'ŭ',
  Uring: 'Ů',
  uring: 'ů',
  Udblac: 'Ű',
  udblac: 'ű',
  Uogon: 'Ų',
  uogon: 'ų',
  Wcirc: 'Ŵ',
  wcirc: 'ŵ',
  Ycirc: 'Ŷ',
  ycirc: 'ŷ',
  Zacute: 'Ź',
  zacute: 'ź',
  Zdot: 'Ż',
  zdot: 'ż',
  Zcaron: 'Ž',
  zcaron: 'ž',
};

/**
 * Greek Letters
 * @type {Record<string, string>}
 */
const GREEK = {
  Alpha: 'Α',
  alpha: 'α',
  Beta: 'Β',
  beta: 'β',
  Gamma: 'Γ',
  gamma: 'γ',
  Delta: 'Δ',
  delta: 'δ',
  Epsilon: 'Ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  varepsilon: 'ϵ',
  Zeta: 'Ζ',
  zeta: 'ζ',
  Eta: 'Η',
  eta: 'η',
  Theta: 'Θ',
  theta: 'θ',
  thetasym: 'ϑ',
  vartheta: 'ϑ',
  Iota: 'Ι',
  iota: 'ι',
  Kappa: 'Κ',
  kappa: 'κ',
  kappav: 'ϰ',
  varkappa: 'ϰ',
  Lambda: 'Λ',
  lambda: 'λ',
  Mu: 'Μ',
  mu: 'μ',
  Nu: 'Ν',
  nu: 'ν',
  Xi: 'Ξ',
  xi: 'ξ',
  Omicron: 'Ο',
  omicron: 'ο',
  Pi: 'Π',
  pi: 'π',
  piv: 'ϖ',
  varpi: 'ϖ',
  Rho: 'Ρ',
  rho: 'ρ',
  rhov: 'ϱ',
  varrho: 'ϱ',
  Sigma: 'Σ',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  varsigma: 'ς',
  Tau: 'Τ',
  tau: 'τ',
  Upsilon: 'Υ',
  upsilon: 'υ',
  upsi: 'υ',
  Upsi: 'ϒ',
  upsih: 'ϒ',
  Phi: 'Φ',
  phi: 'φ',
  phiv: 'ϕ',
  varphi: 'ϕ',
  Chi: 'Χ',
  chi: 'χ',
  Psi: 'Ψ',
  psi: 'ψ',
  Omega: 'Ω',
  omega: 'ω',
  ohm: 'Ω',
  Gammad: 'Ϝ',
  gammad: 'ϝ',
  digamma: 'ϝ',
};

/**
 * Cyrillic Letters
 * @type {Record<string, string>}
 */
const CYRILLIC = {
  Afr: '𝔄',
  afr: '𝔞',
  Acy: 'А',
  acy: 'а',
  Bcy: 'Б',
  bcy: 'б',
  Vcy: 'В',
  vcy: 'в',
  Gcy: 'Г',
  gcy: 'г',
  Dcy: 'Д',
  dcy: 'д',
  IEcy: 'Е',
  iecy: 'е',
  IOcy: 'Ё',
  iocy: 'ё',
  ZHcy: 'Ж',
  zhcy: 'ж',
  Zcy: 'З',
  zcy: 'з',
  Icy: 'И',
  icy: 'и',
  Jcy: 'Й',
  jcy: 'й',
  Kcy: 'К',
  kcy: 'к',
  Lcy: 'Л',
  lcy: 'л',
  Mcy: 'М',
  mcy: 'м',
  Ncy: 'Н',
  ncy: 'н',
  Ocy: 'О',
  ocy: 'о',
  Pcy: 'П',
  pcy: 'п',
  Rcy: 'Р',
  rcy: 'р',
  Scy: 'С',
  scy: 'с',
  Tcy: 'Т',
  tcy: 'т',
  Ucy: 'У',
  ucy: 'у',
  Fcy: 'Ф',
  fcy: 'ф',
  KHcy: 'Х',
  khcy: 'х',
  TScy: 'Ц',
  tscy: 'ц',
  CHcy: 'Ч',
  chcy: 'ч',
  SHcy: 'Ш',
  shcy: 'ш',
  SHCHcy: 'Щ',
  shchcy: 'щ',
  HARDcy: 'Ъ',
  hardcy: 'ъ',
  Ycy: 'Ы',
  ycy: 'ы',
  SOFTcy: 'Ь',
  softcy: 'ь',
  Ecy: 'Э',
  ecy: 'э',
  YUcy: 'Ю',
  yucy: 'ю',
  YAcy: 'Я',
  yacy: 'я',
  DJcy: 'Ђ',
  djcy: 'ђ',
  GJcy: 'Ѓ',
  gjcy: 'ѓ',
  Jukcy: 'Є',
  jukcy: 'є',
  DScy: 'Ѕ',
  dscy: 'ѕ',
  Iukcy: 'І',
  iukcy: 'і',
  YIcy: 'Ї',
  yicy: 'ї',
  Jsercy: 'Ј',
  jsercy: 'ј',
  LJcy: 'Љ',
  ljcy: 'љ',
  NJcy: 'Њ',
  njcy: 'њ',
  TSHcy: 'Ћ',
  tshcy: 'ћ',
  KJcy: 'Ќ',
  kjcy: 'ќ',
  Ubrcy: 'Ў',
  ubrcy: 'ў',
  DZcy: 'Џ',
  dzcy: 'џ',
};

/**
 * Mathematical Operators & Relations
 * @type {Record<string, string>}
 */
const MATH = {
  plus: '+',
  pm: '±',
  times: '×',
  div: '÷',
  divide: '÷',
  sdot: '⋅',
  star: '☆',
  starf: '★',
  bigstar: '★',
  lowast: '∗',
  ast: '*',
  midast: '*',
  compfn: '∘',
  smallcircle: '∘',
  bullet: '•',
  bull: '•',
  nbsp: '\u00a0',
  hellip: '…',
  mldr: '…',
  prime: '′',
  Prime: '″',
  tprime: '‴',
  bprime: '‵',
  backprime: '‵',
  minus: '−',
  minusd: '∸',
  dotminus: '∸',
  plusdo: '∔',
  dotplus: '∔',
  plusmn: '±',
  minusplus: '∓',
  mnplus: '∓',
  mp: '∓',
  setminus: '∖',
  smallsetminus: '∖',
  Backslash: '∖',
  setmn: '∖',
  ssetmn: '∖',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  colon: ':',
  Colon: '∷',
  Proportion: '∷',
  ratio: '∶',
  equals: '=',
  ne: '≠',
  nequiv: '≢',
  equiv: '≡',
  Congruent: '≡',
  sim: '∼',
  thicksim: '∼',
  thksim: '∼',
  sime: '≃',
  simeq: '≃',
  TildeEqual: '≃',
  asymp: '≈',
  approx: '≈',
  thickapprox: '≈',
  thkap: '≈',
  TildeTilde: '≈',
  ncong: '≇',
  cong: '≅',
  TildeFullEqual: '≅',
  asympeq: '≍',
  CupCap: '≍',
  bump: '≎',
  Bumpeq: '≎',
  HumpDownHump: '≎',
  bumpe: '≏',
  bumpeq: '≏',
  HumpEqual: '≏',
  le: '≤',
  LessEqual: '≤',
  ge: '≥',
  GreaterEqual: '≥',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  greater: '>',
  less: '<',
};

/**
 * Mathematical Operators (Advanced)
 * @type {Record<string, string>}
 */
const MATH_ADVANCED = {
  alefsym: 'ℵ',
  aleph: 'ℵ',
  beth: 'ℶ',
  gimel: 'ℷ',
  daleth: 'ℸ',
  forall: '∀',
  ForAll: '∀',
  part: '∂',
  PartialD: '∂',
  exist: '∃',
  Exists: '∃',
  nexist: '∄',
  nexists: '∄',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  varnothing: '∅',
  nabla: '∇',
  Del: '∇',
  isin: '∈',
  isinv: '∈',
  in: '∈',
  Element: '∈',
  notin: '∉',
  notinva: '∉',
  ni: '∋',
  niv: '∋',
  SuchThat: '∋',
  ReverseElement: '∋',
  notni: '∌',
  notniva: '∌',
  prod: '∏',
  Product: '∏',
  coprod: '∐',
  Coproduct: '∐',
  sum: '∑',
  Sum: '∑',
  minus: '−',
  mp: '∓',
  plusdo: '∔',
  dotplus: '∔',
  setminus: '∖',
  lowast: '∗',
  radic: '√',
  Sqrt: '√',
  prop: '∝',
  propto: '∝',
  Proportional: '∝',
  varpropto: '∝',
  infin: '∞',
  infintie: '⧝',
  ang: '∠',
  angle: '∠',
  angmsd: '∡',
  measuredangle: '∡',
  angsph: '∢',
  mid: '∣',
  VerticalBar: '∣',
  nmid: '∤',
  nsmid: '∤',
  npar: '∦',
  parallel: '∥',
  spar: '∥',
  nparallel: '∦',
  nspar: '∦',
  and: '∧',
  wedge: '∧',
  or: '∨',
  vee: '∨',
  cap: '∩',
  cup: '∪',
  int: '∫',
  Integral: '∫',
  conint: '∮',
  ContourIntegral: '∮',
  Conint: '∯',
  DoubleContourIntegral: '∯',
  Cconint: '∰',
  there4: '∴',
  therefore: '∴',
  Therefore: '∴',
  becaus: '∵',
  because: '∵',
  Because: '∵',
  ratio: '∶',
  Proportion: '∷',
  minusd: '∸',
  dotminus: '∸',
  mDDot: '∺',
  homtht: '∻',
  sim: '∼',
  bsimg: '∽',
  backsim: '∽',
  ac: '∾',
  mstpos: '∾',
  acd: '∿',
  VerticalTilde: '≀',
  wr: '≀',
  wreath: '≀',
  nsime: '≄',
  nsimeq: '≄',
  ncong: '≇',
  simne: '≆',
  ncongdot: '⩭̸',
  ngsim: '≵',
  nsim: '≁',
  napprox: '≉',
  nap: '≉',
  ngeq: '≱',
  nge: '≱',
  nleq: '≰',
  nle: '≰',
  ngtr: '≯',
  ngt: '≯',
  nless: '≮',
  nlt: '≮',
  nprec: '⊀',
  npr: '⊀',
  nsucc: '⊁',
  nsc: '⊁',
};

/**
 * Arrows
 * @type {Record<string, string>}
 */
const ARROWS = {
  larr: '←',
  leftarrow: '←',
  LeftArrow: '←',
  uarr: '↑',
  uparrow: '↑',
  UpArrow: '↑',
  rarr: '→',
  rightarrow: '→',
  RightArrow: '→',
  darr: '↓',
  downarrow: '↓',
  DownArrow: '↓',
  harr: '↔',
  leftrightarrow: '↔',
  LeftRightArrow: '↔',
  varr: '↕',
  updownarrow: '↕',
  UpDownArrow: '↕',
  nwarr: '↖',
  nwarrow: '↖',
  UpperLeftArrow: '↖',
  nearr: '↗',
  nearrow: '↗',
  UpperRightArrow: '↗',
  searr: '↘',
  searrow: '↘',
  LowerRightArrow: '↘',
  swarr: '↙',
  swarrow: '↙',
  LowerLeftArrow: '↙',
  lArr: '⇐',
  Leftarrow: '⇐',
  uArr: '⇑',
  Uparrow: '⇑',
  rArr: '⇒',
  Rightarrow: '⇒',
  dArr: '⇓',
  Downarrow: '⇓',
  hArr: '⇔',
  Leftrightarrow: '⇔',
  iff: '⇔',
  vArr: '⇕',
  Updownarrow: '⇕',
  lAarr: '⇚',
  Lleftarrow: '⇚',
  rAarr: '⇛',
  Rrightarrow: '⇛',
  lrarr: '⇆',
  leftrightarrows: '⇆',
  rlarr: '⇄',
  rightleftarrows: '⇄',
  lrhar: '⇋',
  leftrightharpoons: '⇋',
  ReverseEquilibrium: '⇋',
  rlhar: '⇌',
  rightleftharpoons: '⇌',
  Equilibrium: '⇌',
  udarr: '⇅',
  UpArrowDownArrow: '⇅',
  duarr: '⇵',
  DownArrowUpArrow: '⇵',
  llarr: '⇇',
  leftleftarrows: '⇇',
  rrarr: '⇉',
  rightrightarrows: '⇉',
  ddarr: '⇊',
  downdownarrows: '⇊',
  har: '↽',
  lhard: '↽',
  leftharpoondown: '↽',
  lharu: '↼',
  leftharpoonup: '↼',
  rhard: '⇁',
  rightharpoondown: '⇁',
  rharu: '⇀',
  rightharpoonup: '⇀',
  lsh: '↰',
  Lsh: '↰',
  rsh: '↱',
  Rsh: '↱',
  ldsh: '↲',
  rdsh: '↳',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  mapstoleft: '↤',
  mapstoup: '↥',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  crarr: '↵',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nrightarrow: '↛',
  nrarr: '↛',
  larrtl: '↢',
  rarrtl: '↣',
  leftarrowtail: '↢',
  rightarrowtail: '↣',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  Larr: '↞',
  Rarr: '↠',
  larrhk: '↩',
  rarrhk: '↪',
  larrlp: '↫',
  looparrowleft: '↫',
  rarrlp: '↬',
  looparrowright: '↬',
  harrw: '↭',
  leftrightsquigarrow: '↭',
  nrarrw: '↝̸',
  rarrw: '↝',
  rightsquigarrow: '↝',
  larrbfs: '⤟',
  rarrbfs: '⤠',
  nvHarr: '⤄',
  nvlArr: '⤂',
  nvrArr: '⤃',
  larrfs: '⤝',
  rarrfs: '⤞',
  Map: '⤅',
  larrsim: '⥳',
  rarrsim: '⥴',
  harrcir: '⥈',
  Uarrocir: '⥉',
  lurdshar: '⥊',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  rdldhar: '⥩',
  lrhard: '⥭',
  uharr: '↾',
  uharl: '↿',
  dharr: '⇂',
  dharl: '⇃',
  Uarr: '↟',
  Darr: '↡',
  zigrarr: '⇝',
  nwArr: '⇖',
  neArr: '⇗',
  seArr: '⇘',
  swArr: '⇙',
  nharr: '↮',
  nhArr: '⇎',
  nlarr: '↚',
  nlArr: '⇍',
  nrArr: '⇏',
  larrb: '⇤',
  LeftArrowBar: '⇤',
  rarrb: '⇥',
  RightArrowBar: '⇥',
};

/**
 * Geometric Shapes
 * @type {Record<string, string>}
 */
const SHAPES = {
  square: '□',
  Square: '□',
  squ: '□',
  squf: '▪',
  squarf: '▪',
  blacksquar: '▪',
  blacksquare: '▪',
  FilledVerySmallSquare: '▪',
  blk34: '▓',
  blk12: '▒',
  blk14: '░',
  block: '█',
  srect: '▭',
  rect: '▭',
  sdot: '⋅',
  sdotb: '⊡',
  dotsquare: '⊡',
  triangle: '▵',
  tri: '▵',
  trine: '▵',
  utri: '▵',
  triangledown: '▿',
  dtri: '▿',
  tridown: '▿',
  triangleleft: '◃',
  ltri: '◃',
  triangleright: '▹',
  rtri: '▹',
  blacktriangle: '▴',
  utrif: '▴',
  blacktriangledown: '▾',
  dtrif: '▾',
  blacktriangleleft: '◂',
  ltrif: '◂',
  blacktriangleright: '▸',
  rtrif: '▸',
  loz: '◊',
  lozenge: '◊',
  blacklozenge: '⧫',
  lozf: '⧫',
  bigcirc: '◯',
  xcirc: '◯',
  circ: 'ˆ',
  Circle: '○',
  cir: '○',
  o: '○',
  bullet: '•',
  bull: '•',
  hellip: '…',
  mldr: '…',
  nldr: '‥',
  boxh: '─',
  HorizontalLine: '─',
  boxv: '│',
  boxdr: '┌',
  boxdl: '┐',
  boxur: '└',
  boxul: '┘',
  boxvr: '├',
  boxvl: '┤',
  boxhd: '┬',
  boxhu: '┴',
  boxvh: '┼',
  boxH: '═',
  boxV: '║',
  boxdR: '╒',
  boxDr: '╓',
  boxDR: '╔',
  boxDl: '╕',
  boxdL: '╖',
  boxDL: '╗',
  boxuR: '╘',
  boxUr: '╙',
  boxUR: '╚',
  boxUl: '╜',
  boxuL: '╛',
  boxUL: '╝',
  boxvR: '╞',
  boxVr: '╟',
  boxVR: '╠',
  boxVl: '╢',
  boxvL: '╡',
  boxVL: '╣',
  boxHd: '╤',
  boxhD: '╥',
  boxHD: '╦',
  boxHu: '╧',
  boxhU: '╨',
  boxHU: '╩',
  boxvH: '╪',
  boxVh: '╫',
  boxVH: '╬',
};

/**
 * Punctuation & Diacritics
 * @type {Record<string, string>}
 */
const PUNCTUATION = {
  excl: '!',
  iexcl: '¡',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  iquest: '¿',
  nbsp: '\u00a0',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  vert: '|',
  Verbar: '‖',
  verbar: '|',
  dblac: '˝',
  circ: 'ˆ',
  caron: 'ˇ',
  breve: '˘',
  dot: '˙',
  ring: '˚',
  ogon: '˛',
  tilde: '˜',
  DiacriticalGrave: '`',
  DiacriticalAcute: '´',
  DiacriticalTilde: '˜',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  grave: '`',
};

/**
 * Currency Symbols
 * @type {Record<string, string>}
 */
const CURRENCY = {
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  euro: '€',
  dollar: '$',
  fnof: 'ƒ',
  inr: '₹',
  af: '؋',
  birr: 'ብር',
  peso: '₱',
  rub: '₽',
  won: '₩',
  yuan: '¥',
  cedil: '¸',
};

/**
 * Fractions
 * @type {Record<string, string>}
 */
const FRACTIONS = {
  frac12: '½',
  half: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
};

/**
 * Miscellaneous Symbols
 * @type {Record<string, string>}
 */
const MISC_SYMBOLS = {
  trade: '™',
  TRADE: '™',
  telrec: '⌕',
  target: '⌖',
  ulcorn: '⌜',
  ulcorner: '⌜',
  urcorn: '⌝',
  urcorner: '⌝',
  dlcorn: '⌞',
  llcorner: '⌞',
  drcorn: '⌟',
  lrcorner: '⌟',
  intercal: '⊺',
  intcal: '⊺',
  oplus: '⊕',
  CirclePlus: '⊕',
  ominus: '⊖',
  CircleMinus: '⊖',
  otimes: '⊗',
  CircleTimes: '⊗',
  osol: '⊘',
  odot: '⊙',
  CircleDot: '⊙',
  oast: '⊛',
  circledast: '⊛',
  odash: '⊝',
  circleddash: '⊝',
  ocirc: '⊚',
  circledcirc: '⊚',
  boxplus: '⊞',
  plusb: '⊞',
  boxminus: '⊟',
  minusb: '⊟',
  boxtimes: '⊠',
  timesb: '⊠',
  boxdot: '⊡',
  sdotb: '⊡',
  veebar: '⊻',
  vee: '∨',
  barvee: '⊽',
  and: '∧',
  wedge: '∧',
  Cap: '⋒',
  Cup: '⋓',
  Fork: '⋔',
  pitchfork: '⋔',
  epar: '⋕',
  ltlarr: '⥶',
  nvap: '≍⃒',
  nvsim: '∼⃒',
  nvge: '≥⃒',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvgt: '>⃒',
  nvltrie: '⊴⃒',
  nvrtrie: '⊵⃒',
  Vdash: '⊩',
  dashv: '⊣',
  vDash: '⊨',
  Vvdash: '⊪',
  nvdash: '⊬',
  nvDash: '⊭',
  nVdash: '⊮',
  nVDash: '⊯',
};

const XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: "\""
}
const COMMON_HTML = {
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  para: '\u00b6',
  sect: '\u00a7',
  deg: '\u00b0',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
}
// ---------------------------------------------------------------------------
// Note: NUMERIC_ENTITIES (&#NNN; / &#xHH;) are handled by the scanner directly
// via String.fromCodePoint() without any map lookup.
// ---------------------------------------------------------------------------

/***/ }),

/***/ 50189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ MalformedError),
/* harmony export */   I$: () => (/* binding */ DetectError),
/* harmony export */   mB: () => (/* binding */ ParseError)
/* harmony export */ });
/* unused harmony export GenerateError */
//#region src/common/errors.ts
var DetectError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "DetectError";
	}
};
var GenerateError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "GenerateError";
	}
};
var MalformedError = class extends Error {
	constructor(message, options) {
		super(message, options);
		this.name = "MalformedError";
	}
};
var ParseError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "ParseError";
	}
};
//#endregion



/***/ }),

/***/ 67359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ common_parse_parse)
});

// EXTERNAL MODULE: ./node_modules/feedsmith/dist/common/errors.mjs
var errors = __webpack_require__(50189);
;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/acast/common/config.mjs
//#region src/namespaces/acast/common/config.ts
const uris = [
	"https://schema.acast.com/1.0/",
	"http://schema.acast.com/1.0/",
	"https://schema.acast.com/1.0",
	"http://schema.acast.com/1.0"
];
const stopNodes = [
	"*.acast:showid",
	"*.acast:showurl",
	"*.acast:settings",
	"*.acast:importedfeed",
	"*.acast:episodeid",
	"*.acast:episodeurl"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/admin/common/config.mjs
//#region src/namespaces/admin/common/config.ts
const config_uris = [
	"http://webns.net/mvcb/",
	"https://webns.net/mvcb/",
	"http://webns.net/mvcb",
	"https://webns.net/mvcb"
];
const config_stopNodes = ["*.admin:errorreportsto", "*.admin:generatoragent"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/app/common/config.mjs
//#region src/namespaces/app/common/config.ts
const common_config_uris = [
	"http://www.w3.org/2007/app",
	"https://www.w3.org/2007/app",
	"http://www.w3.org/2007/app/",
	"https://www.w3.org/2007/app/"
];
const common_config_stopNodes = ["*.app:draft", "*.app:edited"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/arxiv/common/config.mjs
//#region src/namespaces/arxiv/common/config.ts
const arxiv_common_config_uris = [
	"http://arxiv.org/schemas/atom",
	"https://arxiv.org/schemas/atom",
	"http://arxiv.org/schemas/atom/",
	"https://arxiv.org/schemas/atom/"
];
const arxiv_common_config_stopNodes = [
	"*.arxiv:affiliation",
	"*.arxiv:comment",
	"*.arxiv:journal_ref",
	"*.arxiv:doi"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/atom/common/config.mjs
//#region src/namespaces/atom/common/config.ts
const atom_common_config_uris = [
	"http://www.w3.org/2005/Atom",
	"https://www.w3.org/2005/Atom",
	"http://www.w3.org/2005/Atom/",
	"https://www.w3.org/2005/Atom/",
	"http://purl.org/atom/ns#",
	"https://purl.org/atom/ns#"
];
const textConstructs = (/* unused pure expression or super */ null && ([
	"title",
	"subtitle",
	"rights",
	"summary",
	"content"
]));
const personPaths = (parent) => [
	`${parent}.name`,
	`${parent}.uri`,
	`${parent}.url`,
	`${parent}.email`
];
const feedPaths = [
	...personPaths("author"),
	"category",
	...personPaths("contributor"),
	"generator",
	"icon",
	"id",
	"link",
	"logo",
	"rights",
	"subtitle",
	"tagline",
	"title",
	"updated",
	"modified"
];
const entryPaths = [
	...personPaths("author"),
	"category",
	"content",
	...personPaths("contributor"),
	"id",
	"link",
	"published",
	"issued",
	"created",
	"rights",
	...personPaths("source.author"),
	"source.category",
	...personPaths("source.contributor"),
	"source.generator",
	"source.icon",
	"source.id",
	"source.link",
	"source.logo",
	"source.rights",
	"source.subtitle",
	"source.title",
	"source.updated",
	"source.modified",
	"summary",
	"title",
	"updated",
	"modified"
];
const prefixSegments = (path) => {
	return path.split(".").map((segment) => `atom:${segment}`).join(".");
};
const atom_common_config_stopNodes = [.../* @__PURE__ */ new Set([...feedPaths, ...entryPaths])].map((path) => {
	return `*.${prefixSegments(path)}`;
});
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/blogchannel/common/config.mjs
//#region src/namespaces/blogchannel/common/config.ts
const blogchannel_common_config_uris = [
	"http://backend.userland.com/blogChannelModule",
	"https://backend.userland.com/blogChannelModule",
	"http://backend.userland.com/blogChannelModule/",
	"https://backend.userland.com/blogChannelModule/"
];
const blogchannel_common_config_stopNodes = [
	"*.blogchannel:blogroll",
	"*.blogchannel:blink",
	"*.blogchannel:mysubscriptions"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/cc/common/config.mjs
//#region src/namespaces/cc/common/config.ts
const cc_common_config_uris = [
	"http://creativecommons.org/ns#",
	"https://creativecommons.org/ns#",
	"http://web.resource.org/cc/",
	"https://web.resource.org/cc/",
	"http://web.resource.org/cc",
	"https://web.resource.org/cc"
];
const cc_common_config_stopNodes = [
	"*.cc:license",
	"*.cc:morepermissions",
	"*.cc:attributionname",
	"*.cc:attributionurl",
	"*.cc:useguidelines",
	"*.cc:permits",
	"*.cc:requires",
	"*.cc:prohibits",
	"*.cc:jurisdiction",
	"*.cc:legalcode",
	"*.cc:deprecatedon"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/content/common/config.mjs
//#region src/namespaces/content/common/config.ts
const content_common_config_uris = [
	"http://purl.org/rss/1.0/modules/content/",
	"https://purl.org/rss/1.0/modules/content/",
	"http://purl.org/rss/1.0/modules/content",
	"https://purl.org/rss/1.0/modules/content"
];
const content_common_config_stopNodes = ["*.content:encoded"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/creativecommons/common/config.mjs
//#region src/namespaces/creativecommons/common/config.ts
const creativecommons_common_config_uris = [
	"http://backend.userland.com/creativeCommonsRssModule",
	"https://backend.userland.com/creativeCommonsRssModule",
	"http://backend.userland.com/creativeCommonsRssModule/",
	"https://backend.userland.com/creativeCommonsRssModule/",
	"http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html",
	"https://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html",
	"http://cyber.law.harvard.edu/rss/creativeCommonsRssModule",
	"https://cyber.law.harvard.edu/rss/creativeCommonsRssModule"
];
const creativecommons_common_config_stopNodes = ["*.creativecommons:license"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dc/common/config.mjs
//#region src/namespaces/dc/common/config.ts
const dc_common_config_uris = [
	"http://purl.org/dc/elements/1.1/",
	"https://purl.org/dc/elements/1.1/",
	"http://purl.org/dc/elements/1.1",
	"https://purl.org/dc/elements/1.1",
	"http://dublincore.org/documents/dcmi-namespace/",
	"https://dublincore.org/documents/dcmi-namespace/",
	"http://dublincore.org/documents/dcmi-namespace",
	"https://dublincore.org/documents/dcmi-namespace",
	"http://purl.org/dc/elements/1.0/",
	"https://purl.org/dc/elements/1.0/",
	"http://purl.org/dc/elements/1.0",
	"https://purl.org/dc/elements/1.0"
];
const dc_common_config_stopNodes = [
	"*.dc:title",
	"*.dc:creator",
	"*.dc:subject",
	"*.dc:description",
	"*.dc:publisher",
	"*.dc:contributor",
	"*.dc:date",
	"*.dc:type",
	"*.dc:format",
	"*.dc:identifier",
	"*.dc:source",
	"*.dc:language",
	"*.dc:relation",
	"*.dc:coverage",
	"*.dc:rights"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dcterms/common/config.mjs
//#region src/namespaces/dcterms/common/config.ts
const dcterms_common_config_uris = [
	"http://purl.org/dc/terms/",
	"https://purl.org/dc/terms/",
	"http://purl.org/dc/terms",
	"https://purl.org/dc/terms",
	"http://dublincore.org/documents/dcmi-terms/",
	"https://dublincore.org/documents/dcmi-terms/",
	"http://dublincore.org/documents/dcmi-terms",
	"https://dublincore.org/documents/dcmi-terms",
	"http://dublincore.org/specifications/dublin-core/dcmi-terms/",
	"https://dublincore.org/specifications/dublin-core/dcmi-terms/",
	"http://dublincore.org/specifications/dublin-core/dcmi-terms",
	"https://dublincore.org/specifications/dublin-core/dcmi-terms"
];
const dcterms_common_config_stopNodes = [
	"*.dcterms:abstract",
	"*.dcterms:accrualmethod",
	"*.dcterms:accrualperiodicity",
	"*.dcterms:accrualpolicy",
	"*.dcterms:alternative",
	"*.dcterms:audience",
	"*.dcterms:bibliographiccitation",
	"*.dcterms:contributor",
	"*.dcterms:coverage",
	"*.dcterms:creator",
	"*.dcterms:date",
	"*.dcterms:description",
	"*.dcterms:educationlevel",
	"*.dcterms:extent",
	"*.dcterms:format",
	"*.dcterms:hasformat",
	"*.dcterms:haspart",
	"*.dcterms:hasversion",
	"*.dcterms:identifier",
	"*.dcterms:instructionalmethod",
	"*.dcterms:language",
	"*.dcterms:license",
	"*.dcterms:mediator",
	"*.dcterms:medium",
	"*.dcterms:provenance",
	"*.dcterms:publisher",
	"*.dcterms:relation",
	"*.dcterms:rightsholder",
	"*.dcterms:source",
	"*.dcterms:spatial",
	"*.dcterms:subject",
	"*.dcterms:temporal",
	"*.dcterms:title",
	"*.dcterms:type",
	"*.dcterms:accessrights",
	"*.dcterms:available",
	"*.dcterms:conformsto",
	"*.dcterms:created",
	"*.dcterms:dateaccepted",
	"*.dcterms:datecopyrighted",
	"*.dcterms:datesubmitted",
	"*.dcterms:isformatof",
	"*.dcterms:ispartof",
	"*.dcterms:isreferencedby",
	"*.dcterms:isreplacedby",
	"*.dcterms:isrequiredby",
	"*.dcterms:issued",
	"*.dcterms:isversionof",
	"*.dcterms:modified",
	"*.dcterms:references",
	"*.dcterms:replaces",
	"*.dcterms:requires",
	"*.dcterms:rights",
	"*.dcterms:tableofcontents",
	"*.dcterms:valid"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/feedpress/common/config.mjs
//#region src/namespaces/feedpress/common/config.ts
const feedpress_common_config_uris = [
	"https://feed.press/xmlns",
	"http://feed.press/xmlns",
	"https://feed.press/xmlns/",
	"http://feed.press/xmlns/",
	"https://feedpress.com/xmlns",
	"http://feedpress.com/xmlns",
	"https://feedpress.com/xmlns/",
	"http://feedpress.com/xmlns/",
	"http://feedpress.it/xmlns",
	"https://feedpress.it/xmlns",
	"http://feedpress.it/xmlns/",
	"https://feedpress.it/xmlns/"
];
const feedpress_common_config_stopNodes = [
	"*.feedpress:link",
	"*.feedpress:newsletterid",
	"*.feedpress:locale",
	"*.feedpress:podcastid",
	"*.feedpress:cssfile"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/geo/common/config.mjs
//#region src/namespaces/geo/common/config.ts
const geo_common_config_uris = ["http://www.w3.org/2003/01/geo/wgs84_pos#", "https://www.w3.org/2003/01/geo/wgs84_pos#"];
const geo_common_config_stopNodes = [
	"*.geo:lat",
	"*.geo:long",
	"*.geo:alt"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/georss/common/config.mjs
//#region src/namespaces/georss/common/config.ts
const georss_common_config_uris = [
	"http://www.georss.org/georss",
	"http://www.georss.org/georss/",
	"https://www.georss.org/georss",
	"https://www.georss.org/georss/"
];
const georss_common_config_stopNodes = [
	"*.georss:point",
	"*.georss:line",
	"*.georss:polygon",
	"*.georss:box",
	"*.georss:featuretypetag",
	"*.georss:relationshiptag",
	"*.georss:featurename",
	"*.georss:elev",
	"*.georss:floor",
	"*.georss:radius"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/googleplay/common/config.mjs
//#region src/namespaces/googleplay/common/config.ts
const googleplay_common_config_uris = [
	"https://www.google.com/schemas/play-podcasts/1.0/",
	"http://www.google.com/schemas/play-podcasts/1.0/",
	"https://www.google.com/schemas/play-podcasts/1.0",
	"http://www.google.com/schemas/play-podcasts/1.0",
	"https://www.google.com/schemas/play-podcasts/1.0/play-podcasts.xsd",
	"http://www.google.com/schemas/play-podcasts/1.0/play-podcasts.xsd"
];
const googleplay_common_config_stopNodes = [
	"*.googleplay:author",
	"*.googleplay:description",
	"*.googleplay:email",
	"*.googleplay:block",
	"*.googleplay:explicit",
	"*.googleplay:image",
	"*.googleplay:new-feed-url",
	"*.googleplay:category"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/itunes/common/config.mjs
//#region src/namespaces/itunes/common/config.ts
const itunes_common_config_uris = ["http://www.itunes.com/dtds/podcast-1.0.dtd", "https://www.itunes.com/dtds/podcast-1.0.dtd"];
const itunes_common_config_stopNodes = [
	"*.itunes:author",
	"*.itunes:title",
	"*.itunes:duration",
	"*.itunes:explicit",
	"*.itunes:episode",
	"*.itunes:season",
	"*.itunes:episodetype",
	"*.itunes:block",
	"*.itunes:summary",
	"*.itunes:subtitle",
	"*.itunes:keywords",
	"*.itunes:name",
	"*.itunes:email",
	"*.itunes:type",
	"*.itunes:new-feed-url",
	"*.itunes:complete",
	"*.itunes:applepodcastsverify"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/media/common/config.mjs
//#region src/namespaces/media/common/config.ts
const media_common_config_uris = [
	"http://search.yahoo.com/mrss/",
	"https://search.yahoo.com/mrss/",
	"http://search.yahoo.com/mrss",
	"https://search.yahoo.com/mrss",
	"http://video.search.yahoo.com/mrss",
	"http://video.search.yahoo.com/mrss/",
	"https://video.search.yahoo.com/mrss",
	"https://video.search.yahoo.com/mrss/",
	"http://www.rssboard.org/media-rss",
	"http://www.rssboard.org/media-rss/",
	"https://www.rssboard.org/media-rss",
	"https://www.rssboard.org/media-rss/",
	"http://search.yahoo.com/searchmonkey/media/",
	"https://search.yahoo.com/searchmonkey/media/",
	"http://search.yahoo.com/searchmonkey/media",
	"https://search.yahoo.com/searchmonkey/media",
	"http://tools.search.yahoo.com/mrss/",
	"https://tools.search.yahoo.com/mrss/",
	"http://tools.search.yahoo.com/mrss",
	"https://tools.search.yahoo.com/mrss"
];
const media_common_config_stopNodes = [
	"*.media:rating",
	"*.media:adult",
	"*.media:title",
	"*.media:description",
	"*.media:category",
	"*.media:hash",
	"*.media:credit",
	"*.media:copyright",
	"*.media:text",
	"*.media:restriction",
	"*.media:keywords",
	"*.media:comment",
	"*.media:response",
	"*.media:backlink",
	"*.media:license",
	"*.media:location",
	"*.media:param",
	"*.media:scene.scenetitle",
	"*.media:scene.scenedescription",
	"*.media:scene.scenestarttime",
	"*.media:scene.sceneendtime"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/opensearch/common/config.mjs
//#region src/namespaces/opensearch/common/config.ts
const opensearch_common_config_uris = [
	"http://a9.com/-/spec/opensearch/1.1/",
	"https://a9.com/-/spec/opensearch/1.1/",
	"http://a9.com/-/spec/opensearch/1.0/",
	"https://a9.com/-/spec/opensearch/1.0/",
	"http://a9.com/-/spec/opensearchrss/1.0/",
	"https://a9.com/-/spec/opensearchrss/1.0/"
];
const opensearch_common_config_stopNodes = [
	"*.opensearch:totalresults",
	"*.opensearch:startindex",
	"*.opensearch:itemsperpage"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/pingback/common/config.mjs
//#region src/namespaces/pingback/common/config.ts
const pingback_common_config_uris = [
	"http://madskills.com/public/xml/rss/module/pingback/",
	"https://madskills.com/public/xml/rss/module/pingback/",
	"http://madskills.com/public/xml/rss/module/pingback",
	"https://madskills.com/public/xml/rss/module/pingback"
];
const pingback_common_config_stopNodes = [
	"*.pingback:server",
	"*.pingback:target",
	"*.pingback:to"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/podcast/common/config.mjs
//#region src/namespaces/podcast/common/config.ts
const podcast_common_config_uris = [
	"https://podcastindex.org/namespace/1.0",
	"http://podcastindex.org/namespace/1.0",
	"https://podcastindex.org/namespace/1.0/",
	"http://podcastindex.org/namespace/1.0/",
	"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
];
const podcast_common_config_stopNodes = [
	"*.podcast:locked",
	"*.podcast:funding",
	"*.podcast:soundbite",
	"*.podcast:person",
	"*.podcast:location",
	"*.podcast:season",
	"*.podcast:episode",
	"*.podcast:trailer",
	"*.podcast:license",
	"*.podcast:guid",
	"*.podcast:medium",
	"*.podcast:contentlink",
	"*.podcast:block",
	"*.podcast:txt",
	"*.podcast:updatefrequency"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/prism/common/config.mjs
//#region src/namespaces/prism/common/config.ts
const prism_common_config_uris = [
	"http://prismstandard.org/namespaces/basic/3.0/",
	"https://prismstandard.org/namespaces/basic/3.0/",
	"http://prismstandard.org/namespaces/basic/3.0",
	"https://prismstandard.org/namespaces/basic/3.0",
	"http://prismstandard.org/namespaces/basic/2.2/",
	"https://prismstandard.org/namespaces/basic/2.2/",
	"http://prismstandard.org/namespaces/basic/2.2",
	"https://prismstandard.org/namespaces/basic/2.2",
	"http://prismstandard.org/namespaces/basic/2.1/",
	"https://prismstandard.org/namespaces/basic/2.1/",
	"http://prismstandard.org/namespaces/basic/2.1",
	"https://prismstandard.org/namespaces/basic/2.1",
	"http://prismstandard.org/namespaces/basic/2.0/",
	"https://prismstandard.org/namespaces/basic/2.0/",
	"http://prismstandard.org/namespaces/basic/2.0",
	"https://prismstandard.org/namespaces/basic/2.0",
	"http://prismstandard.org/namespaces/2.0/basic/",
	"https://prismstandard.org/namespaces/2.0/basic/",
	"http://prismstandard.org/namespaces/2.0/basic",
	"https://prismstandard.org/namespaces/2.0/basic",
	"http://prismstandard.org/namespaces/1.2/basic/",
	"https://prismstandard.org/namespaces/1.2/basic/",
	"http://prismstandard.org/namespaces/1.2/basic",
	"https://prismstandard.org/namespaces/1.2/basic",
	"http://prismstandard.org/namespaces/1.1/basic/",
	"https://prismstandard.org/namespaces/1.1/basic/",
	"http://prismstandard.org/namespaces/1.1/basic",
	"https://prismstandard.org/namespaces/1.1/basic",
	"http://prismstandard.org/namespaces/1.0/basic/",
	"https://prismstandard.org/namespaces/1.0/basic/",
	"http://prismstandard.org/namespaces/1.0/basic",
	"https://prismstandard.org/namespaces/1.0/basic",
	"http://purl.org/rss/1.0/modules/prism/",
	"https://purl.org/rss/1.0/modules/prism/",
	"http://purl.org/rss/1.0/modules/prism",
	"https://purl.org/rss/1.0/modules/prism"
];
const prism_common_config_stopNodes = [
	"*.prism:publicationname",
	"*.prism:issn",
	"*.prism:eissn",
	"*.prism:isbn",
	"*.prism:issueidentifier",
	"*.prism:issuename",
	"*.prism:issueteaser",
	"*.prism:issuetype",
	"*.prism:volume",
	"*.prism:number",
	"*.prism:edition",
	"*.prism:aggregateissuenumber",
	"*.prism:aggregationtype",
	"*.prism:coverdate",
	"*.prism:coverdisplaydate",
	"*.prism:publicationdate",
	"*.prism:publicationdisplaydate",
	"*.prism:creationdate",
	"*.prism:modificationdate",
	"*.prism:datereceived",
	"*.prism:onsaledate",
	"*.prism:onsaleday",
	"*.prism:offsaledate",
	"*.prism:killdate",
	"*.prism:copyrightyear",
	"*.prism:contenttype",
	"*.prism:alternatetitle",
	"*.prism:subtitle",
	"*.prism:teaser",
	"*.prism:keyword",
	"*.prism:seriestitle",
	"*.prism:seriesnumber",
	"*.prism:bookedition",
	"*.prism:nationalcatalognumber",
	"*.prism:productcode",
	"*.prism:uspsnumber",
	"*.prism:publishingfrequency",
	"*.prism:channel",
	"*.prism:subchannel1",
	"*.prism:subchannel2",
	"*.prism:subchannel3",
	"*.prism:subchannel4",
	"*.prism:section",
	"*.prism:subsection1",
	"*.prism:subsection2",
	"*.prism:subsection3",
	"*.prism:subsection4",
	"*.prism:corporateentity",
	"*.prism:distributor",
	"*.prism:sellingagency",
	"*.prism:organization",
	"*.prism:person",
	"*.prism:platform",
	"*.prism:originplatform",
	"*.prism:device",
	"*.prism:complianceprofile",
	"*.prism:blogtitle",
	"*.prism:blogurl",
	"*.prism:link",
	"*.prism:url",
	"*.prism:bytecount",
	"*.prism:wordcount",
	"*.prism:pagecount",
	"*.prism:rating",
	"*.prism:timeperiod",
	"*.prism:versionidentifier",
	"*.prism:ticker",
	"*.prism:academicfield",
	"*.prism:event",
	"*.prism:genre",
	"*.prism:industry",
	"*.prism:location",
	"*.prism:object",
	"*.prism:profession",
	"*.prism:sport",
	"*.prism:embargodate",
	"*.prism:copyright",
	"*.prism:expirationdate",
	"*.prism:rightsagent",
	"*.prism:doi",
	"*.prism:startingpage",
	"*.prism:endingpage",
	"*.prism:pagerange",
	"*.prism:pageprogressiondirection",
	"*.prism:samplepagerange",
	"*.prism:hasalternative",
	"*.prism:hascorrection",
	"*.prism:hastranslation",
	"*.prism:isalternativeof",
	"*.prism:iscorrectionof",
	"*.prism:istranslationof",
	"*.prism:supplementtitle",
	"*.prism:supplementdisplayid",
	"*.prism:supplementstartingpage"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/psc/common/config.mjs
//#region src/namespaces/psc/common/config.ts
const psc_common_config_uris = [
	"http://podlove.org/simple-chapters",
	"https://podlove.org/simple-chapters",
	"http://podlove.org/simple-chapters/",
	"https://podlove.org/simple-chapters/"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rawvoice/common/config.mjs
//#region src/namespaces/rawvoice/common/config.ts
const rawvoice_common_config_uris = [
	"http://www.rawvoice.com/rawvoiceRssModule/",
	"https://www.rawvoice.com/rawvoiceRssModule/",
	"http://www.rawvoice.com/rawvoiceRssModule",
	"https://www.rawvoice.com/rawvoiceRssModule",
	"https://blubrry.com/developer/rawvoice-rss",
	"http://blubrry.com/developer/rawvoice-rss",
	"https://blubrry.com/developer/rawvoice-rss/",
	"http://blubrry.com/developer/rawvoice-rss/"
];
const rawvoice_common_config_stopNodes = [
	"*.rawvoice:rating",
	"*.rawvoice:liveembed",
	"*.rawvoice:flashlivestream",
	"*.rawvoice:httplivestream",
	"*.rawvoice:shoutcastlivestream",
	"*.rawvoice:livestream",
	"*.rawvoice:location",
	"*.rawvoice:frequency",
	"*.rawvoice:mycast",
	"*.rawvoice:metamark",
	"*.rawvoice:donate",
	"*.rawvoice:embed",
	"*.rawvoice:ishd"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rdf/common/config.mjs
//#region src/namespaces/rdf/common/config.ts
const rdf_common_config_uris = ["http://www.w3.org/1999/02/22-rdf-syntax-ns#", "https://www.w3.org/1999/02/22-rdf-syntax-ns#"];
const rdf_common_config_stopNodes = ["*.rdf:type", "*.rdf:value"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rss/common/config.mjs
//#region src/namespaces/rss/common/config.ts
const rss_common_config_uris = [
	"http://purl.org/rss/1.0/",
	"https://purl.org/rss/1.0/",
	"http://purl.org/rss/1.0",
	"https://purl.org/rss/1.0"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/slash/common/config.mjs
//#region src/namespaces/slash/common/config.ts
const slash_common_config_uris = [
	"http://purl.org/rss/1.0/modules/slash/",
	"https://purl.org/rss/1.0/modules/slash/",
	"http://purl.org/rss/1.0/modules/slash",
	"https://purl.org/rss/1.0/modules/slash"
];
const slash_common_config_stopNodes = [
	"*.slash:section",
	"*.slash:department",
	"*.slash:comments",
	"*.slash:hit_parade"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/source/common/config.mjs
//#region src/namespaces/source/common/config.ts
const source_common_config_uris = [
	"http://source.scripting.com/",
	"https://source.scripting.com/",
	"http://source.scripting.com",
	"https://source.scripting.com"
];
const source_common_config_stopNodes = [
	"*.source:account",
	"*.source:url",
	"*.source:startday",
	"*.source:endday",
	"*.source:filename",
	"*.source:subscriptionlist",
	"*.source:cloud",
	"*.source:blogroll",
	"*.source:self",
	"*.source:markdown",
	"*.source:outline",
	"*.source:localtime",
	"*.source:linkfull",
	"*.source:inreplyto"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/spotify/common/config.mjs
//#region src/namespaces/spotify/common/config.ts
const spotify_common_config_uris = [
	"http://www.spotify.com/ns/rss",
	"https://www.spotify.com/ns/rss",
	"http://www.spotify.com/ns/rss/",
	"https://www.spotify.com/ns/rss/"
];
const spotify_common_config_stopNodes = ["*.spotify:countryoforigin"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/sy/common/config.mjs
//#region src/namespaces/sy/common/config.ts
const sy_common_config_uris = [
	"http://purl.org/rss/1.0/modules/syndication/",
	"https://purl.org/rss/1.0/modules/syndication/",
	"http://purl.org/rss/1.0/modules/syndication",
	"https://purl.org/rss/1.0/modules/syndication"
];
const sy_common_config_stopNodes = [
	"*.sy:updateperiod",
	"*.sy:updatefrequency",
	"*.sy:updatebase"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/thr/common/config.mjs
//#region src/namespaces/thr/common/config.ts
const thr_common_config_uris = [
	"http://purl.org/syndication/thread/1.0",
	"https://purl.org/syndication/thread/1.0",
	"http://purl.org/syndication/thread/1.0/",
	"https://purl.org/syndication/thread/1.0/",
	"http://purl.org/rss/1.0/modules/threading/",
	"https://purl.org/rss/1.0/modules/threading/",
	"http://purl.org/rss/1.0/modules/threading",
	"https://purl.org/rss/1.0/modules/threading"
];
const thr_common_config_stopNodes = ["*.thr:total"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/trackback/common/config.mjs
//#region src/namespaces/trackback/common/config.ts
const trackback_common_config_uris = [
	"http://madskills.com/public/xml/rss/module/trackback/",
	"https://madskills.com/public/xml/rss/module/trackback/",
	"http://madskills.com/public/xml/rss/module/trackback",
	"https://madskills.com/public/xml/rss/module/trackback"
];
const trackback_common_config_stopNodes = ["*.trackback:ping", "*.trackback:about"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/wfw/common/config.mjs
//#region src/namespaces/wfw/common/config.ts
const wfw_common_config_uris = [
	"http://wellformedweb.org/CommentAPI/",
	"https://wellformedweb.org/CommentAPI/",
	"http://wellformedweb.org/CommentAPI",
	"https://wellformedweb.org/CommentAPI"
];
const wfw_common_config_stopNodes = ["*.wfw:comment", "*.wfw:commentrss"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/yt/common/config.mjs
//#region src/namespaces/yt/common/config.ts
const yt_common_config_uris = [
	"http://www.youtube.com/xml/schemas/2015",
	"https://www.youtube.com/xml/schemas/2015",
	"http://www.youtube.com/xml/schemas/2015/",
	"https://www.youtube.com/xml/schemas/2015/"
];
const yt_common_config_stopNodes = [
	"*.yt:videoid",
	"*.yt:channelid",
	"*.yt:playlistid"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/common/config.mjs

































//#region src/common/config.ts
const parserConfig = {
	trimValues: false,
	processEntities: false,
	htmlEntities: false,
	parseTagValue: false,
	parseAttributeValue: false,
	alwaysCreateTextNode: false,
	ignoreAttributes: false,
	ignorePiTags: true,
	ignoreDeclaration: true,
	attributeNamePrefix: "@",
	jPath: false,
	transformTagName: (name) => name.toLowerCase(),
	transformAttributeName: (name) => name.toLowerCase()
};
const builderConfig = {
	processEntities: true,
	ignoreAttributes: false,
	suppressEmptyNode: true,
	suppressBooleanAttributes: false,
	attributeNamePrefix: "@",
	format: true,
	cdataPropName: "#cdata"
};
const locales = {
	unrecognizedFeedFormat: "Unrecognized feed format",
	invalidFeedFormat: "Invalid feed format",
	invalidOpmlFormat: "Invalid OPML format",
	invalidInputOpml: "Invalid input OPML",
	invalidInputAtom: "Invalid input Atom",
	invalidInputRss: "Invalid input RSS",
	invalidInputJson: "Invalid input JSON"
};
const namespaceUris = {
	admin: config_uris,
	atom: atom_common_config_uris,
	blogChannel: blogchannel_common_config_uris,
	app: common_config_uris,
	dc: dc_common_config_uris,
	sy: sy_common_config_uris,
	content: content_common_config_uris,
	creativeCommons: creativecommons_common_config_uris,
	slash: slash_common_config_uris,
	itunes: itunes_common_config_uris,
	podcast: podcast_common_config_uris,
	psc: psc_common_config_uris,
	media: media_common_config_uris,
	georss: georss_common_config_uris,
	geo: geo_common_config_uris,
	thr: thr_common_config_uris,
	dcterms: dcterms_common_config_uris,
	wfw: wfw_common_config_uris,
	source: source_common_config_uris,
	feedpress: feedpress_common_config_uris,
	yt: yt_common_config_uris,
	googleplay: googleplay_common_config_uris,
	spotify: spotify_common_config_uris,
	rdf: rdf_common_config_uris,
	rss: rss_common_config_uris,
	rawvoice: rawvoice_common_config_uris,
	cc: cc_common_config_uris,
	opensearch: opensearch_common_config_uris,
	arxiv: arxiv_common_config_uris,
	pingback: pingback_common_config_uris,
	trackback: trackback_common_config_uris,
	prism: prism_common_config_uris,
	acast: uris
};
const namespacePrefixes = Object.entries(namespaceUris).reduce((prefixes, [prefix, uris]) => {
	for (const uri of uris) {
		const normalizedUri = uri.toLowerCase();
		prefixes[normalizedUri] = prefix.toLowerCase();
	}
	return prefixes;
}, Object.create(null));
const namespaceStopNodes = [
	...stopNodes,
	...config_stopNodes,
	...common_config_stopNodes,
	...arxiv_common_config_stopNodes,
	...atom_common_config_stopNodes,
	...blogchannel_common_config_stopNodes,
	...cc_common_config_stopNodes,
	...content_common_config_stopNodes,
	...creativecommons_common_config_stopNodes,
	...dc_common_config_stopNodes,
	...dcterms_common_config_stopNodes,
	...feedpress_common_config_stopNodes,
	...geo_common_config_stopNodes,
	...georss_common_config_stopNodes,
	...googleplay_common_config_stopNodes,
	...itunes_common_config_stopNodes,
	...media_common_config_stopNodes,
	...opensearch_common_config_stopNodes,
	...pingback_common_config_stopNodes,
	...podcast_common_config_stopNodes,
	...prism_common_config_stopNodes,
	...rawvoice_common_config_stopNodes,
	...rdf_common_config_stopNodes,
	...slash_common_config_stopNodes,
	...source_common_config_stopNodes,
	...spotify_common_config_stopNodes,
	...sy_common_config_stopNodes,
	...thr_common_config_stopNodes,
	...trackback_common_config_stopNodes,
	...wfw_common_config_stopNodes,
	...yt_common_config_stopNodes
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/is.mjs
//#region node_modules/trousse/dist/is.js
const isString = (value) => {
	return typeof value === "string";
};
const isNumber = (value) => {
	return typeof value === "number";
};
const isBoolean = (value) => {
	return typeof value === "boolean";
};
const is_isPresent = (value) => {
	return value != null;
};
const isObject = (value) => {
	return value !== null && typeof value === "object" && !Array.isArray(value);
};
const is_isPlainObject = (value) => {
	return isObject(value) && value.constructor === Object;
};
const whitespaceOnlyRegex = /^\p{White_Space}*$/u;
const is_isNonEmptyString = (value) => {
	if (!isString(value) || value === "") return false;
	const code = value.charCodeAt(0);
	if (code > 32 && code < 127) return true;
	return !whitespaceOnlyRegex.test(value);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/detect/index.mjs


//#region src/feeds/atom/detect/index.ts
const feedElementRegex = /(?:^|[\s>])<(?:\w+:)?feed[\s>]/im;
const atomElementsRegex = /(<(?:\w+:)?(entry|title|link|id|updated|summary)[\s>])/i;
const detect = (value) => {
	if (!is_isNonEmptyString(value)) return false;
	if (!feedElementRegex.test(value)) return false;
	const hasAtomNamespace = namespaceUris.atom.some((uri) => value.includes(uri));
	const hasAtomElements = atomElementsRegex.test(value);
	return hasAtomNamespace || hasAtomElements;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/coercions.mjs

//#region node_modules/trousse/dist/coercions.js
const coerceNumber = (value) => {
	if (isNumber(value)) return Number.isNaN(value) ? void 0 : value;
	if (is_isNonEmptyString(value)) {
		const numeric = +value;
		return Number.isNaN(numeric) ? void 0 : numeric;
	}
};
const trueRegex = /^\p{White_Space}*true\p{White_Space}*$/iu;
const falseRegex = /^\p{White_Space}*false\p{White_Space}*$/iu;
const coerceBoolean = (value) => {
	if (isBoolean(value)) return value;
	if (is_isNonEmptyString(value)) {
		if (trueRegex.test(value)) return true;
		if (falseRegex.test(value)) return false;
	}
};
const coerceSingular = (value) => {
	return Array.isArray(value) ? value[0] : value;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/json.mjs
//#region node_modules/trousse/dist/json.js
const isWhitespaceCode = (code) => {
	return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
};
const isJsonLike = (value) => {
	if (value.length < 2) return false;
	let start = 0;
	let end = value.length - 1;
	while (start < end && isWhitespaceCode(value.charCodeAt(start))) start++;
	while (end > start && isWhitespaceCode(value.charCodeAt(end))) end--;
	const first = value.charCodeAt(start);
	const last = value.charCodeAt(end);
	return first === 123 && last === 125 || first === 91 && last === 93;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/decode-codepoint.js
// Adapted from https://github.com/mathiasbynens/he/blob/36afe179392226cf1b6ccdb16ebbb7a5a844d93a/src/he.js#L106-L134
var _a;
const decodeMap = new Map([
    [0, 65533],
    // C1 Unicode control character reference replacements
    [128, 8364],
    [130, 8218],
    [131, 402],
    [132, 8222],
    [133, 8230],
    [134, 8224],
    [135, 8225],
    [136, 710],
    [137, 8240],
    [138, 352],
    [139, 8249],
    [140, 338],
    [142, 381],
    [145, 8216],
    [146, 8217],
    [147, 8220],
    [148, 8221],
    [149, 8226],
    [150, 8211],
    [151, 8212],
    [152, 732],
    [153, 8482],
    [154, 353],
    [155, 8250],
    [156, 339],
    [158, 382],
    [159, 376],
]);
/**
 * Polyfill for `String.fromCodePoint`. It is used to create a string from a Unicode code point.
 */
const fromCodePoint = 
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
(_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : ((codePoint) => {
    let output = "";
    if (codePoint > 65535) {
        codePoint -= 65536;
        output += String.fromCharCode(((codePoint >>> 10) & 1023) | 55296);
        codePoint = 56320 | (codePoint & 1023);
    }
    output += String.fromCharCode(codePoint);
    return output;
});
/**
 * Replace the given code point with a replacement character if it is a
 * surrogate or is outside the valid range. Otherwise return the code
 * point unchanged.
 */
function replaceCodePoint(codePoint) {
    var _a;
    if ((codePoint >= 55296 && codePoint <= 57343) ||
        codePoint > 1114111) {
        return 65533;
    }
    return (_a = decodeMap.get(codePoint)) !== null && _a !== void 0 ? _a : codePoint;
}
/**
 * Replace the code point if relevant, then convert it to a string.
 *
 * @deprecated Use `fromCodePoint(replaceCodePoint(codePoint))` instead.
 * @param codePoint The code point to decode.
 * @returns The decoded code point.
 */
function decodeCodePoint(codePoint) {
    return fromCodePoint(replaceCodePoint(codePoint));
}
//# sourceMappingURL=decode-codepoint.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/internal/decode-shared.js
/*
 * Shared base64 decode helper for generated decode data.
 * Assumes global atob is available.
 */
function decodeBase64(input) {
    const binary = 
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    typeof atob === "function"
        ? // Browser (and Node >=16)
            // eslint-disable-next-line n/no-unsupported-features/node-builtins
            atob(input)
        : // Older Node versions (<16)
            // eslint-disable-next-line n/no-unsupported-features/node-builtins
            typeof Buffer.from === "function"
                ? // eslint-disable-next-line n/no-unsupported-features/node-builtins
                    Buffer.from(input, "base64").toString("binary")
                : // eslint-disable-next-line unicorn/no-new-buffer, n/no-deprecated-api
                    new Buffer(input, "base64").toString("binary");
    const evenLength = binary.length & ~1; // Round down to even length
    const out = new Uint16Array(evenLength / 2);
    for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
        const lo = binary.charCodeAt(index);
        const hi = binary.charCodeAt(index + 1);
        out[outIndex++] = lo | (hi << 8);
    }
    return out;
}
//# sourceMappingURL=decode-shared.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/generated/decode-data-html.js
// Generated using scripts/write-decode-map.ts

const htmlDecodeTree = /* #__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");
//# sourceMappingURL=decode-data-html.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/internal/bin-trie-flags.js
/**
 * Bit flags & masks for the binary trie encoding used for entity decoding.
 *
 * Bit layout (16 bits total):
 * 15..14 VALUE_LENGTH   (+1 encoding; 0 => no value)
 * 13     FLAG13.        If valueLength>0: semicolon required flag (implicit ';').
 *                       If valueLength==0: compact run flag.
 * 12..7  BRANCH_LENGTH  Branch length (0 => single branch in 6..0 if jumpOffset==char) OR run length (when compact run)
 * 6..0   JUMP_TABLE     Jump offset (jump table) OR single-branch char code OR first run char
 */
var BinTrieFlags;
(function (BinTrieFlags) {
    BinTrieFlags[BinTrieFlags["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
    BinTrieFlags[BinTrieFlags["FLAG13"] = 8192] = "FLAG13";
    BinTrieFlags[BinTrieFlags["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
    BinTrieFlags[BinTrieFlags["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
//# sourceMappingURL=bin-trie-flags.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/decode.js




var CharCodes;
(function (CharCodes) {
    CharCodes[CharCodes["NUM"] = 35] = "NUM";
    CharCodes[CharCodes["SEMI"] = 59] = "SEMI";
    CharCodes[CharCodes["EQUALS"] = 61] = "EQUALS";
    CharCodes[CharCodes["ZERO"] = 48] = "ZERO";
    CharCodes[CharCodes["NINE"] = 57] = "NINE";
    CharCodes[CharCodes["LOWER_A"] = 97] = "LOWER_A";
    CharCodes[CharCodes["LOWER_F"] = 102] = "LOWER_F";
    CharCodes[CharCodes["LOWER_X"] = 120] = "LOWER_X";
    CharCodes[CharCodes["LOWER_Z"] = 122] = "LOWER_Z";
    CharCodes[CharCodes["UPPER_A"] = 65] = "UPPER_A";
    CharCodes[CharCodes["UPPER_F"] = 70] = "UPPER_F";
    CharCodes[CharCodes["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
/** Bit that needs to be set to convert an upper case ASCII character to lower case */
const TO_LOWER_BIT = 32;
function decode_isNumber(code) {
    return code >= CharCodes.ZERO && code <= CharCodes.NINE;
}
function isHexadecimalCharacter(code) {
    return ((code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F) ||
        (code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F));
}
function isAsciiAlphaNumeric(code) {
    return ((code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z) ||
        (code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z) ||
        decode_isNumber(code));
}
/**
 * Checks if the given character is a valid end character for an entity in an attribute.
 *
 * Attribute values that aren't terminated properly aren't parsed, and shouldn't lead to a parser error.
 * See the example in https://html.spec.whatwg.org/multipage/parsing.html#named-character-reference-state
 */
function isEntityInAttributeInvalidEnd(code) {
    return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
}
var EntityDecoderState;
(function (EntityDecoderState) {
    EntityDecoderState[EntityDecoderState["EntityStart"] = 0] = "EntityStart";
    EntityDecoderState[EntityDecoderState["NumericStart"] = 1] = "NumericStart";
    EntityDecoderState[EntityDecoderState["NumericDecimal"] = 2] = "NumericDecimal";
    EntityDecoderState[EntityDecoderState["NumericHex"] = 3] = "NumericHex";
    EntityDecoderState[EntityDecoderState["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var decode_DecodingMode;
(function (DecodingMode) {
    /** Entities in text nodes that can end with any character. */
    DecodingMode[DecodingMode["Legacy"] = 0] = "Legacy";
    /** Only allow entities terminated with a semicolon. */
    DecodingMode[DecodingMode["Strict"] = 1] = "Strict";
    /** Entities in attributes have limitations on ending characters. */
    DecodingMode[DecodingMode["Attribute"] = 2] = "Attribute";
})(decode_DecodingMode || (decode_DecodingMode = {}));
/**
 * Token decoder with support of writing partial entities.
 */
class EntityDecoder {
    constructor(
    /** The tree used to decode entities. */
    // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
    decodeTree, 
    /**
     * The function that is called when a codepoint is decoded.
     *
     * For multi-byte named entities, this will be called multiple times,
     * with the second codepoint, and the same `consumed` value.
     *
     * @param codepoint The decoded codepoint.
     * @param consumed The number of bytes consumed by the decoder.
     */
    emitCodePoint, 
    /** An object that is used to produce errors. */
    errors) {
        this.decodeTree = decodeTree;
        this.emitCodePoint = emitCodePoint;
        this.errors = errors;
        /** The current state of the decoder. */
        this.state = EntityDecoderState.EntityStart;
        /** Characters that were consumed while parsing an entity. */
        this.consumed = 1;
        /**
         * The result of the entity.
         *
         * Either the result index of a numeric entity, or the codepoint of a
         * numeric entity.
         */
        this.result = 0;
        /** The current index in the decode tree. */
        this.treeIndex = 0;
        /** The number of characters that were consumed in excess. */
        this.excess = 1;
        /** The mode in which the decoder is operating. */
        this.decodeMode = decode_DecodingMode.Strict;
        /** The number of characters that have been consumed in the current run. */
        this.runConsumed = 0;
    }
    /** Resets the instance to make it reusable. */
    startEntity(decodeMode) {
        this.decodeMode = decodeMode;
        this.state = EntityDecoderState.EntityStart;
        this.result = 0;
        this.treeIndex = 0;
        this.excess = 1;
        this.consumed = 1;
        this.runConsumed = 0;
    }
    /**
     * Write an entity to the decoder. This can be called multiple times with partial entities.
     * If the entity is incomplete, the decoder will return -1.
     *
     * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
     * entity is incomplete, and resume when the next string is written.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    write(input, offset) {
        switch (this.state) {
            case EntityDecoderState.EntityStart: {
                if (input.charCodeAt(offset) === CharCodes.NUM) {
                    this.state = EntityDecoderState.NumericStart;
                    this.consumed += 1;
                    return this.stateNumericStart(input, offset + 1);
                }
                this.state = EntityDecoderState.NamedEntity;
                return this.stateNamedEntity(input, offset);
            }
            case EntityDecoderState.NumericStart: {
                return this.stateNumericStart(input, offset);
            }
            case EntityDecoderState.NumericDecimal: {
                return this.stateNumericDecimal(input, offset);
            }
            case EntityDecoderState.NumericHex: {
                return this.stateNumericHex(input, offset);
            }
            case EntityDecoderState.NamedEntity: {
                return this.stateNamedEntity(input, offset);
            }
        }
    }
    /**
     * Switches between the numeric decimal and hexadecimal states.
     *
     * Equivalent to the `Numeric character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericStart(input, offset) {
        if (offset >= input.length) {
            return -1;
        }
        if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
            this.state = EntityDecoderState.NumericHex;
            this.consumed += 1;
            return this.stateNumericHex(input, offset + 1);
        }
        this.state = EntityDecoderState.NumericDecimal;
        return this.stateNumericDecimal(input, offset);
    }
    /**
     * Parses a hexadecimal numeric entity.
     *
     * Equivalent to the `Hexademical character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericHex(input, offset) {
        while (offset < input.length) {
            const char = input.charCodeAt(offset);
            if (decode_isNumber(char) || isHexadecimalCharacter(char)) {
                // Convert hex digit to value (0-15); 'a'/'A' -> 10.
                const digit = char <= CharCodes.NINE
                    ? char - CharCodes.ZERO
                    : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
                this.result = this.result * 16 + digit;
                this.consumed++;
                offset++;
            }
            else {
                return this.emitNumericEntity(char, 3);
            }
        }
        return -1; // Incomplete entity
    }
    /**
     * Parses a decimal numeric entity.
     *
     * Equivalent to the `Decimal character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericDecimal(input, offset) {
        while (offset < input.length) {
            const char = input.charCodeAt(offset);
            if (decode_isNumber(char)) {
                this.result = this.result * 10 + (char - CharCodes.ZERO);
                this.consumed++;
                offset++;
            }
            else {
                return this.emitNumericEntity(char, 2);
            }
        }
        return -1; // Incomplete entity
    }
    /**
     * Validate and emit a numeric entity.
     *
     * Implements the logic from the `Hexademical character reference start
     * state` and `Numeric character reference end state` in the HTML spec.
     *
     * @param lastCp The last code point of the entity. Used to see if the
     *               entity was terminated with a semicolon.
     * @param expectedLength The minimum number of characters that should be
     *                       consumed. Used to validate that at least one digit
     *                       was consumed.
     * @returns The number of characters that were consumed.
     */
    emitNumericEntity(lastCp, expectedLength) {
        var _a;
        // Ensure we consumed at least one digit.
        if (this.consumed <= expectedLength) {
            (_a = this.errors) === null || _a === void 0 ? void 0 : _a.absenceOfDigitsInNumericCharacterReference(this.consumed);
            return 0;
        }
        // Figure out if this is a legit end of the entity
        if (lastCp === CharCodes.SEMI) {
            this.consumed += 1;
        }
        else if (this.decodeMode === decode_DecodingMode.Strict) {
            return 0;
        }
        this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
        if (this.errors) {
            if (lastCp !== CharCodes.SEMI) {
                this.errors.missingSemicolonAfterCharacterReference();
            }
            this.errors.validateNumericCharacterReference(this.result);
        }
        return this.consumed;
    }
    /**
     * Parses a named entity.
     *
     * Equivalent to the `Named character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNamedEntity(input, offset) {
        const { decodeTree } = this;
        let current = decodeTree[this.treeIndex];
        // The length is the number of bytes of the value, including the current byte.
        let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
        while (offset < input.length) {
            // Handle compact runs (possibly inline): valueLength == 0 and SEMI_REQUIRED bit set.
            if (valueLength === 0 && (current & BinTrieFlags.FLAG13) !== 0) {
                const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7; /* 2..63 */
                // If we are starting a run, check the first char.
                if (this.runConsumed === 0) {
                    const firstChar = current & BinTrieFlags.JUMP_TABLE;
                    if (input.charCodeAt(offset) !== firstChar) {
                        return this.result === 0
                            ? 0
                            : this.emitNotTerminatedNamedEntity();
                    }
                    offset++;
                    this.excess++;
                    this.runConsumed++;
                }
                // Check remaining characters in the run.
                while (this.runConsumed < runLength) {
                    if (offset >= input.length) {
                        return -1;
                    }
                    const charIndexInPacked = this.runConsumed - 1;
                    const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
                    const expectedChar = charIndexInPacked % 2 === 0
                        ? packedWord & 0xff
                        : (packedWord >> 8) & 0xff;
                    if (input.charCodeAt(offset) !== expectedChar) {
                        this.runConsumed = 0;
                        return this.result === 0
                            ? 0
                            : this.emitNotTerminatedNamedEntity();
                    }
                    offset++;
                    this.excess++;
                    this.runConsumed++;
                }
                this.runConsumed = 0;
                this.treeIndex += 1 + (runLength >> 1);
                current = decodeTree[this.treeIndex];
                valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
            }
            if (offset >= input.length)
                break;
            const char = input.charCodeAt(offset);
            /*
             * Implicit semicolon handling for nodes that require a semicolon but
             * don't have an explicit ';' branch stored in the trie. If we have
             * a value on the current node, it requires a semicolon, and the
             * current input character is a semicolon, emit the entity using the
             * current node (without descending further).
             */
            if (char === CharCodes.SEMI &&
                valueLength !== 0 &&
                (current & BinTrieFlags.FLAG13) !== 0) {
                return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
            }
            this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
            if (this.treeIndex < 0) {
                return this.result === 0 ||
                    // If we are parsing an attribute
                    (this.decodeMode === decode_DecodingMode.Attribute &&
                        // We shouldn't have consumed any characters after the entity,
                        (valueLength === 0 ||
                            // And there should be no invalid characters.
                            isEntityInAttributeInvalidEnd(char)))
                    ? 0
                    : this.emitNotTerminatedNamedEntity();
            }
            current = decodeTree[this.treeIndex];
            valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
            // If the branch is a value, store it and continue
            if (valueLength !== 0) {
                // If the entity is terminated by a semicolon, we are done.
                if (char === CharCodes.SEMI) {
                    return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
                }
                // If we encounter a non-terminated (legacy) entity while parsing strictly, then ignore it.
                if (this.decodeMode !== decode_DecodingMode.Strict &&
                    (current & BinTrieFlags.FLAG13) === 0) {
                    this.result = this.treeIndex;
                    this.consumed += this.excess;
                    this.excess = 0;
                }
            }
            // Increment offset & excess for next iteration
            offset++;
            this.excess++;
        }
        return -1;
    }
    /**
     * Emit a named entity that was not terminated with a semicolon.
     *
     * @returns The number of characters consumed.
     */
    emitNotTerminatedNamedEntity() {
        var _a;
        const { result, decodeTree } = this;
        const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
        this.emitNamedEntityData(result, valueLength, this.consumed);
        (_a = this.errors) === null || _a === void 0 ? void 0 : _a.missingSemicolonAfterCharacterReference();
        return this.consumed;
    }
    /**
     * Emit a named entity.
     *
     * @param result The index of the entity in the decode tree.
     * @param valueLength The number of bytes in the entity.
     * @param consumed The number of characters consumed.
     *
     * @returns The number of characters consumed.
     */
    emitNamedEntityData(result, valueLength, consumed) {
        const { decodeTree } = this;
        this.emitCodePoint(valueLength === 1
            ? decodeTree[result] &
                ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)
            : decodeTree[result + 1], consumed);
        if (valueLength === 3) {
            // For multi-byte values, we need to emit the second byte.
            this.emitCodePoint(decodeTree[result + 2], consumed);
        }
        return consumed;
    }
    /**
     * Signal to the parser that the end of the input was reached.
     *
     * Remaining data will be emitted and relevant errors will be produced.
     *
     * @returns The number of characters consumed.
     */
    end() {
        var _a;
        switch (this.state) {
            case EntityDecoderState.NamedEntity: {
                // Emit a named entity if we have one.
                return this.result !== 0 &&
                    (this.decodeMode !== decode_DecodingMode.Attribute ||
                        this.result === this.treeIndex)
                    ? this.emitNotTerminatedNamedEntity()
                    : 0;
            }
            // Otherwise, emit a numeric entity if we have one.
            case EntityDecoderState.NumericDecimal: {
                return this.emitNumericEntity(0, 2);
            }
            case EntityDecoderState.NumericHex: {
                return this.emitNumericEntity(0, 3);
            }
            case EntityDecoderState.NumericStart: {
                (_a = this.errors) === null || _a === void 0 ? void 0 : _a.absenceOfDigitsInNumericCharacterReference(this.consumed);
                return 0;
            }
            case EntityDecoderState.EntityStart: {
                // Return 0 if we have no entity.
                return 0;
            }
        }
    }
}
/**
 * Creates a function that decodes entities in a string.
 *
 * @param decodeTree The decode tree.
 * @returns A function that decodes entities in a string.
 */
function getDecoder(decodeTree) {
    let returnValue = "";
    const decoder = new EntityDecoder(decodeTree, (data) => (returnValue += fromCodePoint(data)));
    return function decodeWithTrie(input, decodeMode) {
        let lastIndex = 0;
        let offset = 0;
        while ((offset = input.indexOf("&", offset)) >= 0) {
            returnValue += input.slice(lastIndex, offset);
            decoder.startEntity(decodeMode);
            const length = decoder.write(input, 
            // Skip the "&"
            offset + 1);
            if (length < 0) {
                lastIndex = offset + decoder.end();
                break;
            }
            lastIndex = offset + length;
            // If `length` is 0, skip the current `&` and continue.
            offset = length === 0 ? lastIndex + 1 : lastIndex;
        }
        const result = returnValue + input.slice(lastIndex);
        // Make sure we don't keep a reference to the final string.
        returnValue = "";
        return result;
    };
}
/**
 * Determines the branch of the current node that is taken given the current
 * character. This function is used to traverse the trie.
 *
 * @param decodeTree The trie.
 * @param current The current node.
 * @param nodeIdx The index right after the current node and its value.
 * @param char The current character.
 * @returns The index of the next node, or -1 if no branch is taken.
 */
function determineBranch(decodeTree, current, nodeIndex, char) {
    const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
    const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
    // Case 1: Single branch encoded in jump offset
    if (branchCount === 0) {
        return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
    }
    // Case 2: Multiple branches encoded in jump table
    if (jumpOffset) {
        const value = char - jumpOffset;
        return value < 0 || value >= branchCount
            ? -1
            : decodeTree[nodeIndex + value] - 1;
    }
    // Case 3: Multiple branches encoded in packed dictionary (two keys per uint16)
    const packedKeySlots = (branchCount + 1) >> 1;
    /*
     * Treat packed keys as a virtual sorted array of length `branchCount`.
     * Key(i) = low byte for even i, high byte for odd i in slot i>>1.
     */
    let lo = 0;
    let hi = branchCount - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const slot = mid >> 1;
        const packed = decodeTree[nodeIndex + slot];
        const midKey = (packed >> ((mid & 1) * 8)) & 0xff;
        if (midKey < char) {
            lo = mid + 1;
        }
        else if (midKey > char) {
            hi = mid - 1;
        }
        else {
            return decodeTree[nodeIndex + packedKeySlots + mid];
        }
    }
    return -1;
}
const htmlDecoder = /* #__PURE__ */ getDecoder(htmlDecodeTree);
const xmlDecoder = /* #__PURE__ */ (/* unused pure expression or super */ null && (getDecoder(xmlDecodeTree)));
/**
 * Decodes an HTML string.
 *
 * @param htmlString The string to decode.
 * @param mode The decoding mode.
 * @returns The decoded string.
 */
function decode_decodeHTML(htmlString, mode = decode_DecodingMode.Legacy) {
    return htmlDecoder(htmlString, mode);
}
/**
 * Decodes an HTML string in an attribute.
 *
 * @param htmlAttribute The string to decode.
 * @returns The decoded string.
 */
function decodeHTMLAttribute(htmlAttribute) {
    return htmlDecoder(htmlAttribute, decode_DecodingMode.Attribute);
}
/**
 * Decodes an HTML string, requiring all entities to be terminated by a semicolon.
 *
 * @param htmlString The string to decode.
 * @returns The decoded string.
 */
function decodeHTMLStrict(htmlString) {
    return htmlDecoder(htmlString, decode_DecodingMode.Strict);
}
/**
 * Decodes an XML string, requiring all entities to be terminated by a semicolon.
 *
 * @param xmlString The string to decode.
 * @returns The decoded string.
 */
function decode_decodeXML(xmlString) {
    return xmlDecoder(xmlString, decode_DecodingMode.Strict);
}

// Re-export for use by eg. htmlparser2


//# sourceMappingURL=decode.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/escape.js
const xmlCodeMap = new Map([
    [34, "&quot;"],
    [38, "&amp;"],
    [39, "&apos;"],
    [60, "&lt;"],
    [62, "&gt;"],
]);
// For compatibility with node < 4, we wrap `codePointAt`
const escape_getCodePoint = 
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
String.prototype.codePointAt == null
    ? (c, index) => (c.charCodeAt(index) & 64512) === 55296
        ? (c.charCodeAt(index) - 55296) * 1024 +
            c.charCodeAt(index + 1) -
            56320 +
            65536
        : c.charCodeAt(index)
    : // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
        (input, index) => input.codePointAt(index);
/**
 * Bitset for ASCII characters that need to be escaped in XML.
 */
const XML_BITSET_VALUE = 1342177476; // 32..63 -> 34 ("),38 (&),39 ('),60 (<),62 (>)
/**
 * Encodes all non-ASCII characters, as well as characters not valid in XML
 * documents using XML entities. Uses a fast bitset scan instead of RegExp.
 *
 * If a character has no equivalent entity, a numeric hexadecimal reference
 * (eg. `&#xfc;`) will be used.
 */
function escape_encodeXML(input) {
    let out;
    let last = 0;
    const { length } = input;
    for (let index = 0; index < length; index++) {
        const char = input.charCodeAt(index);
        // Check for ASCII chars that don't need escaping
        if (char < 0x80 &&
            (((XML_BITSET_VALUE >>> char) & 1) === 0 || char >= 64 || char < 32)) {
            continue;
        }
        if (out === undefined)
            out = input.substring(0, index);
        else if (last !== index)
            out += input.substring(last, index);
        if (char < 64) {
            // Known replacement
            out += xmlCodeMap.get(char);
            last = index + 1;
            continue;
        }
        // Non-ASCII: encode as numeric entity (handle surrogate pair)
        const cp = escape_getCodePoint(input, index);
        out += `&#x${cp.toString(16)};`;
        if (cp !== char)
            index++; // Skip trailing surrogate
        last = index + 1;
    }
    if (out === undefined)
        return input;
    if (last < length)
        out += input.substr(last);
    return out;
}
/**
 * Encodes all non-ASCII characters, as well as characters not valid in XML
 * documents using numeric hexadecimal reference (eg. `&#xfc;`).
 *
 * Have a look at `escapeUTF8` if you want a more concise output at the expense
 * of reduced transportability.
 *
 * @param data String to escape.
 */
const escape_escape = (/* unused pure expression or super */ null && (escape_encodeXML));
/**
 * Creates a function that escapes all characters matched by the given regular
 * expression using the given map of characters to escape to their entities.
 *
 * @param regex Regular expression to match characters to escape.
 * @param map Map of characters to escape to their entities.
 *
 * @returns Function that escapes all characters matched by the given regular
 * expression using the given map of characters to escape to their entities.
 */
function getEscaper(regex, map) {
    return function escape(data) {
        let match;
        let lastIndex = 0;
        let result = "";
        while ((match = regex.exec(data))) {
            if (lastIndex !== match.index) {
                result += data.substring(lastIndex, match.index);
            }
            // We know that this character will be in the map.
            result += map.get(match[0].charCodeAt(0));
            // Every match will be of length 1
            lastIndex = match.index + 1;
        }
        return result + data.substring(lastIndex);
    };
}
/**
 * Encodes all characters not valid in XML documents using XML entities.
 *
 * Note that the output will be character-set dependent.
 *
 * @param data String to escape.
 */
const escape_escapeUTF8 = /* #__PURE__ */ (/* unused pure expression or super */ null && (getEscaper(/["&'<>]/g, xmlCodeMap)));
/**
 * Encodes all characters that have to be escaped in HTML attributes,
 * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
 *
 * @param data String to escape.
 */
const escape_escapeAttribute = 
/* #__PURE__ */ getEscaper(/["&\u00A0]/g, new Map([
    [34, "&quot;"],
    [38, "&amp;"],
    [160, "&nbsp;"],
]));
/**
 * Encodes all characters that have to be escaped in HTML text,
 * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
 *
 * @param data String to escape.
 */
const escape_escapeText = /* #__PURE__ */ getEscaper(/[&<>\u00A0]/g, new Map([
    [38, "&amp;"],
    [60, "&lt;"],
    [62, "&gt;"],
    [160, "&nbsp;"],
]));
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/encode.js


/**
 * We store the characters to consider as a compact bitset for fast lookups.
 */
const HTML_BITSET = /* #__PURE__ */ new Uint32Array([
    5632, // Bits for 09,0A,0C
    4227923966, // 32..63 -> 21-2D (minus space), 2E,2F,3A-3F
    4160749569, // 64..95 -> 40, 5B-5F
    939524097, // 96..127-> 60, 7B-7D
]);
const XML_BITSET = /* #__PURE__ */ new Uint32Array([0, XML_BITSET_VALUE, 0, 0]);
/**
 * Encodes all characters in the input using HTML entities. This includes
 * characters that are valid ASCII characters in HTML documents, such as `#`.
 *
 * To get a more compact output, consider using the `encodeNonAsciiHTML`
 * function, which will only encode characters that are not valid in HTML
 * documents, as well as non-ASCII characters.
 *
 * If a character has no equivalent entity, a numeric hexadecimal reference
 * (eg. `&#xfc;`) will be used.
 */
function encode_encodeHTML(input) {
    return encodeHTMLTrieRe(HTML_BITSET, input);
}
/**
 * Encodes all non-ASCII characters, as well as characters not valid in HTML
 * documents using HTML entities. This function will not encode characters that
 * are valid in HTML documents, such as `#`.
 *
 * If a character has no equivalent entity, a numeric hexadecimal reference
 * (eg. `&#xfc;`) will be used.
 */
function encode_encodeNonAsciiHTML(input) {
    return encodeHTMLTrieRe(XML_BITSET, input);
}
function encodeHTMLTrieRe(bitset, input) {
    let out;
    let last = 0; // Start of the next untouched slice.
    const { length } = input;
    for (let index = 0; index < length; index++) {
        const char = input.charCodeAt(index);
        // Skip ASCII characters that don't need encoding
        if (char < 0x80 && !((bitset[char >>> 5] >>> char) & 1)) {
            continue;
        }
        if (out === undefined)
            out = input.substring(0, index);
        else if (last !== index)
            out += input.substring(last, index);
        let node = htmlTrie.get(char);
        if (typeof node === "object") {
            if (index + 1 < length) {
                const nextChar = input.charCodeAt(index + 1);
                const value = typeof node.next === "number"
                    ? node.next === nextChar
                        ? node.nextValue
                        : undefined
                    : node.next.get(nextChar);
                if (value !== undefined) {
                    out += value;
                    index++;
                    last = index + 1;
                    continue;
                }
            }
            node = node.value;
        }
        if (node === undefined) {
            const cp = getCodePoint(input, index);
            out += `&#x${cp.toString(16)};`;
            if (cp !== char)
                index++;
            last = index + 1;
        }
        else {
            out += node;
            last = index + 1;
        }
    }
    if (out === undefined)
        return input;
    if (last < length)
        out += input.substr(last);
    return out;
}
//# sourceMappingURL=encode.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/index.js



/** The level of entities to support. */
var EntityLevel;
(function (EntityLevel) {
    /** Support only XML entities. */
    EntityLevel[EntityLevel["XML"] = 0] = "XML";
    /** Support HTML entities, which are a superset of XML entities. */
    EntityLevel[EntityLevel["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function (EncodingMode) {
    /**
     * The output is UTF-8 encoded. Only characters that need escaping within
     * XML will be escaped.
     */
    EncodingMode[EncodingMode["UTF8"] = 0] = "UTF8";
    /**
     * The output consists only of ASCII characters. Characters that need
     * escaping within HTML, and characters that aren't ASCII characters will
     * be escaped.
     */
    EncodingMode[EncodingMode["ASCII"] = 1] = "ASCII";
    /**
     * Encode all characters that have an equivalent entity, as well as all
     * characters that are not ASCII characters.
     */
    EncodingMode[EncodingMode["Extensive"] = 2] = "Extensive";
    /**
     * Encode all characters that have to be escaped in HTML attributes,
     * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
     */
    EncodingMode[EncodingMode["Attribute"] = 3] = "Attribute";
    /**
     * Encode all characters that have to be escaped in HTML text,
     * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
     */
    EncodingMode[EncodingMode["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));
/**
 * Decodes a string with entities.
 *
 * @param input String to decode.
 * @param options Decoding options.
 */
function decode(input, options = EntityLevel.XML) {
    const level = typeof options === "number" ? options : options.level;
    if (level === EntityLevel.HTML) {
        const mode = typeof options === "object" ? options.mode : undefined;
        return decodeHTML(input, mode);
    }
    return decodeXML(input);
}
/**
 * Decodes a string with entities. Does not allow missing trailing semicolons for entities.
 *
 * @param input String to decode.
 * @param options Decoding options.
 * @deprecated Use `decode` with the `mode` set to `Strict`.
 */
function decodeStrict(input, options = EntityLevel.XML) {
    var _a;
    const normalizedOptions = typeof options === "number" ? { level: options } : options;
    (_a = normalizedOptions.mode) !== null && _a !== void 0 ? _a : (normalizedOptions.mode = DecodingMode.Strict);
    return decode(input, normalizedOptions);
}
/**
 * Encodes a string with entities.
 *
 * @param input String to encode.
 * @param options Encoding options.
 */
function encode(input, options = EntityLevel.XML) {
    const { mode = EncodingMode.Extensive, level = EntityLevel.XML } = typeof options === "number" ? { level: options } : options;
    switch (mode) {
        case EncodingMode.UTF8: {
            return escapeUTF8(input);
        }
        case EncodingMode.Attribute: {
            return escapeAttribute(input);
        }
        case EncodingMode.Text: {
            return escapeText(input);
        }
        case EncodingMode.ASCII: {
            return level === EntityLevel.HTML
                ? encodeNonAsciiHTML(input)
                : encodeXML(input);
        }
        // biome-ignore lint/complexity/noUselessSwitchCase: we get an error for the switch not being exhaustive
        case EncodingMode.Extensive: // eslint-disable-line unicorn/no-useless-switch-case
        default: {
            return level === EntityLevel.HTML
                ? encodeHTML(input)
                : encodeXML(input);
        }
    }
}



//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/common/utils.mjs





//#region src/common/utils.ts
const isNonEmptyStringOrNumber = (value) => {
	return isNumber(value) || is_isNonEmptyString(value);
};
const isXmlAttributeKey = (key) => {
	return key.charCodeAt(0) === 64;
};
const retrieveText = (value) => {
	return (value === null || value === void 0 ? void 0 : value["#text"]) ?? value;
};
const retrieveRdfResourceOrText = (value, parse) => {
	if (is_isPlainObject(value)) {
		const rdfResource = parse(value["@rdf:resource"]);
		if (is_isPresent(rdfResource)) return rdfResource;
		const resource = parse(value["@resource"]);
		if (is_isPresent(resource)) return resource;
	}
	return parse(retrieveText(value));
};
const trimArray = (value, parse) => {
	if (!Array.isArray(value) || value.length === 0) return;
	if (!parse) {
		let needsTrimming = false;
		for (const item of value) if (!is_isPresent(item)) {
			needsTrimming = true;
			break;
		}
		if (!needsTrimming) return value;
	}
	const result = [];
	for (const element of value) {
		const item = parse ? parse(element) : element;
		if (is_isPresent(item)) result.push(item);
	}
	return result.length > 0 ? result : void 0;
};
const cdataStartTag = "<![CDATA[";
const cdataEndTag = "]]>";
const commentStartTag = "<!--";
const commentEndTag = "-->";
const hasEntities = (text) => {
	const ampIndex = text.indexOf("&");
	return ampIndex !== -1 && text.indexOf(";", ampIndex) !== -1;
};
const stripComments = (text) => {
	let currentIndex = text.indexOf(commentStartTag);
	if (currentIndex === -1) return text;
	let result = "";
	let lastIndex = 0;
	while (currentIndex !== -1) {
		result += text.slice(lastIndex, currentIndex);
		const endIndex = text.indexOf(commentEndTag, currentIndex + 4);
		if (endIndex === -1) return text;
		lastIndex = endIndex + 3;
		currentIndex = text.indexOf(commentStartTag, lastIndex);
	}
	result += text.slice(lastIndex);
	return result;
};
const decodeWithCdata = (text) => {
	let currentIndex = text.indexOf(cdataStartTag);
	if (currentIndex === -1) return hasEntities(text) ? decode_decodeHTML(text) : text;
	let result = "";
	let lastIndex = 0;
	while (currentIndex !== -1) {
		const textBefore = text.slice(lastIndex, currentIndex);
		result += hasEntities(textBefore) ? decode_decodeHTML(textBefore) : textBefore;
		const endIndex = text.indexOf(cdataEndTag, currentIndex + 9);
		if (endIndex === -1) return hasEntities(text) ? decode_decodeHTML(text) : text;
		result += text.slice(currentIndex + 9, endIndex);
		lastIndex = endIndex + 3;
		currentIndex = text.indexOf(cdataStartTag, lastIndex);
	}
	const textAfter = text.slice(lastIndex);
	result += hasEntities(textAfter) ? decode_decodeHTML(textAfter) : textAfter;
	return result;
};
const parseString = (value) => {
	if (typeof value === "string") {
		if (value === "") return;
		return decodeWithCdata(stripComments(value)).trim() || void 0;
	}
	if (typeof value === "number") return value.toString();
};
const parseVerbatimString = (value) => {
	if (typeof value === "string") {
		if (value === "") return;
		return value.trim() || void 0;
	}
	if (typeof value === "number") return value.toString();
};
const parseNumber = (value) => {
	return coerceNumber(value);
};
const yesRegex = /^\p{White_Space}*yes\p{White_Space}*$/iu;
const parseBoolean = (value) => {
	return coerceBoolean(value);
};
const parseYesNoBoolean = (value) => {
	const boolean = parseBoolean(value);
	if (boolean !== void 0) return boolean;
	if (is_isNonEmptyString(value)) return yesRegex.test(value);
};
const parseDate = (value, parseDateFn) => {
	const raw = parseString(value);
	if (raw === void 0) return;
	return parseDateFn ? parseDateFn(raw) : raw;
};
const parseArray = (value) => {
	if (Array.isArray(value)) return value;
	if (!is_isPlainObject(value)) return;
	if (value.length) return Array.from(value);
	const keys = Object.keys(value);
	if (keys.length === 0) return;
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const n = Number(key);
		if (!Number.isInteger(n) || n !== i) return;
	}
	return Object.values(value);
};
const parseArrayOf = (value, parse, limit) => {
	let array = parseArray(value);
	if (!array && is_isPresent(value)) array = [value];
	if (array) return trimArray(limitArray(array, limit), parse);
};
const limitArray = (array, limit) => {
	if (limit === void 0 || limit < 0) return array;
	if (limit === 0) return [];
	return array.slice(0, limit);
};
const parseSingular = (value) => {
	return coerceSingular(value);
};
const parseSingularOf = (value, parse) => {
	return parse(parseSingular(value));
};
const parseCsvOf = (value, parse) => {
	var _parseString;
	if (!isNonEmptyStringOrNumber(value)) return;
	const items = (_parseString = parseString(value)) === null || _parseString === void 0 ? void 0 : _parseString.split(",");
	if (items) return trimArray(items, parse);
};
const generateCsvOf = (value, generate) => {
	var _trimArray;
	if (!Array.isArray(value) || value.length === 0) return;
	return (_trimArray = trimArray(value, generate)) === null || _trimArray === void 0 ? void 0 : _trimArray.join();
};
const generateXmlStylesheet = (stylesheet) => {
	const generated = trimObject({
		type: generatePlainString(stylesheet.type),
		href: generatePlainString(stylesheet.href),
		title: generatePlainString(stylesheet.title),
		media: generatePlainString(stylesheet.media),
		charset: generatePlainString(stylesheet.charset),
		alternate: generateYesNoBoolean(stylesheet.alternate)
	});
	if (!generated) return;
	let attributes = "";
	for (const key in generated) {
		const value = generated[key];
		if (value !== void 0) attributes += ` ${key}="${value}"`;
	}
	return `<?xml-stylesheet${attributes}?>`;
};
const generateXml = (builder, value, options) => {
	var _options$stylesheets;
	let body = builder.build(value);
	if (body.includes("&apos;")) body = body.replace(/&apos;/g, "'");
	let declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
	if (options === null || options === void 0 || (_options$stylesheets = options.stylesheets) === null || _options$stylesheets === void 0 ? void 0 : _options$stylesheets.length) for (const stylesheetObject of options.stylesheets) {
		const stylesheetString = generateXmlStylesheet(stylesheetObject);
		if (stylesheetString) declaration += `\n${stylesheetString}`;
	}
	return `${declaration}\n${body}`;
};
const generateRfc822Date = (value) => {
	if (!isPresent(value)) return;
	const isString = typeof value === "string";
	if (isString && !isNonEmptyString(value)) return;
	const date = isString ? new Date(value) : value;
	if (!Number.isNaN(date.getTime())) return date.toUTCString();
	if (isString) return value;
};
const generateRfc3339Date = (value) => {
	if (!isPresent(value)) return;
	const isString = typeof value === "string";
	if (isString && !isNonEmptyString(value)) return;
	const date = isString ? new Date(value) : value;
	if (!Number.isNaN(date.getTime())) return date.toISOString();
	if (isString) return value;
};
const generateBoolean = (value) => {
	if (typeof value === "boolean") return value;
};
const generateYesNoBoolean = (value) => {
	if (typeof value !== "boolean") return;
	return value ? "yes" : "no";
};
const detectNamespaces = (value, recursive = false) => {
	const namespaces = /* @__PURE__ */ new Set();
	const seenKeys = recursive ? /* @__PURE__ */ new Set() : void 0;
	const traverse = (current) => {
		if (Array.isArray(current)) {
			for (const item of current) traverse(item);
			return;
		}
		if (is_isPlainObject(current)) for (const key in current) {
			if (seenKeys === null || seenKeys === void 0 ? void 0 : seenKeys.has(key)) continue;
			seenKeys === null || seenKeys === void 0 || seenKeys.add(key);
			const keyWithoutAt = isXmlAttributeKey(key) ? key.slice(1) : key;
			const colonIndex = keyWithoutAt.indexOf(":");
			if (colonIndex > 0) namespaces.add(keyWithoutAt.slice(0, colonIndex));
			if (recursive) traverse(current[key]);
		}
	};
	traverse(value);
	return namespaces;
};
const cdataSpecialCharsRegex = /[<>&]|]]>/;
const generateCdataString = (value) => {
	if (!isNonEmptyString(value)) return;
	if (cdataSpecialCharsRegex.test(value)) return { "#cdata": value.trim() };
	return value.trim();
};
const generateTextOrCdataString = (value) => {
	const result = generateCdataString(value);
	if (!result || isPlainObject(result)) return result;
	return { "#text": result };
};
const generatePlainString = (value) => {
	if (!isNonEmptyString(value)) return;
	return value.trim();
};
const generateNumber = (value) => {
	if (typeof value === "number" && Number.isFinite(value)) return value;
};
const generateRdfResource = (value, generate) => {
	const rdfResource = generate(value);
	if (!isPresent(rdfResource)) return;
	return { "@rdf:resource": rdfResource };
};
const generateNamespaceAttrs = (value, namespaceUris) => {
	if (!isPlainObject(value)) return;
	let namespaceAttrs;
	const valueNamespaces = detectNamespaces(value, true);
	for (const prefix in namespaceUris) {
		if (!valueNamespaces.has(prefix)) continue;
		if (!namespaceAttrs) namespaceAttrs = {};
		namespaceAttrs[`@xmlns:${prefix}`] = namespaceUris[prefix][0];
	}
	return namespaceAttrs;
};
const createNamespaceResolver = (options) => {
	const { namespaceUris, namespacePrefixes, primaryNamespaces } = options;
	const primaryUris = new Set(primaryNamespaces === null || primaryNamespaces === void 0 ? void 0 : primaryNamespaces.flatMap((key) => {
		var _namespaceUris$key;
		return ((_namespaceUris$key = namespaceUris[key]) === null || _namespaceUris$key === void 0 ? void 0 : _namespaceUris$key.map((uri) => uri.toLowerCase())) ?? [];
	}));
	const resolveUri = (uri) => {
		const normalized = uri.trim().toLowerCase();
		if (primaryUris.has(normalized)) return "";
		return namespacePrefixes[normalized];
	};
	const seedScanLimit = 65536;
	const findRootIndex = (document) => {
		let index = document.indexOf("<");
		while (index !== -1) {
			const marker = document.charCodeAt(index + 1);
			if (marker !== 63 && marker !== 33) return index;
			const end = document.startsWith("<!--", index) ? document.indexOf("-->", index) : document.indexOf(">", index);
			if (end === -1) return -1;
			index = document.indexOf("<", end);
		}
		return -1;
	};
	return (document) => {
		const prefixMap = /* @__PURE__ */ new Map();
		const seededPrefixes = /* @__PURE__ */ new Set();
		let defaultCanonical;
		let hasRemapping = false;
		let tagsSeen = 0;
		const recordPrefix = (prefix, uri) => {
			if (!prefixMap.has(prefix)) {
				const canonical = resolveUri(uri);
				if (canonical !== void 0) {
					prefixMap.set(prefix, canonical);
					if (canonical !== prefix) hasRemapping = true;
				}
			}
		};
		if (document) {
			const head = document.length > seedScanLimit ? document.slice(0, seedScanLimit) : document;
			const declarationTailRegex = /([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
			let index = head.indexOf("xmlns:", findRootIndex(head));
			while (index !== -1) {
				declarationTailRegex.lastIndex = index + 6;
				const match = declarationTailRegex.exec(head);
				if (match) {
					const prefix = match[1].toLowerCase();
					recordPrefix(prefix, match[2] ?? match[3]);
					seededPrefixes.add(prefix);
				}
				index = head.indexOf("xmlns:", match ? declarationTailRegex.lastIndex : index + 6);
			}
		}
		const recordDeclaration = (rawAttrName, value) => {
			const firstCharCode = rawAttrName.charCodeAt(0);
			if (firstCharCode !== 120 && firstCharCode !== 88 || typeof value !== "string") return;
			const attrName = rawAttrName.toLowerCase();
			if (attrName === "xmlns") {
				if (tagsSeen === 1 && defaultCanonical === void 0) {
					defaultCanonical = resolveUri(value);
					if (defaultCanonical) hasRemapping = true;
				}
				return;
			}
			if (attrName.startsWith("xmlns:")) {
				const prefix = attrName.slice(6);
				if (seededPrefixes.delete(prefix)) prefixMap.delete(prefix);
				recordPrefix(prefix, value);
			}
		};
		const transformName = (name, useDefault) => {
			const lowered = name.toLowerCase();
			if (!hasRemapping) return lowered;
			const colonIndex = lowered.indexOf(":");
			if (colonIndex === -1) {
				if (useDefault && defaultCanonical) return `${defaultCanonical}:${lowered}`;
				return lowered;
			}
			const prefix = lowered.slice(0, colonIndex);
			if (prefix === "xmlns" || prefix === "xml") return lowered;
			const canonical = prefixMap.get(prefix);
			if (canonical === void 0) return lowered;
			const local = lowered.slice(colonIndex + 1);
			return canonical === "" ? local : `${canonical}:${local}`;
		};
		const transformTagName = (name) => {
			tagsSeen++;
			return transformName(name, true);
		};
		const transformAttributeName = (name) => `@${transformName(name.slice(1), false)}`;
		const attributeValueProcessor = (attrName, value) => {
			recordDeclaration(attrName, value);
			return value;
		};
		const updateTag = (tagName) => {
			if (!hasRemapping) return tagName;
			const colonIndex = tagName.indexOf(":");
			if (colonIndex === -1) return defaultCanonical ? `${defaultCanonical}:${tagName}` : tagName;
			const prefix = tagName.slice(0, colonIndex);
			const canonical = prefixMap.get(prefix);
			if (canonical === void 0 || canonical === prefix) return tagName;
			const local = tagName.slice(colonIndex + 1);
			return canonical === "" ? local : `${canonical}:${local}`;
		};
		return {
			transformTagName,
			transformAttributeName,
			attributeValueProcessor,
			updateTag
		};
	};
};
const parseJsonObject = (value) => {
	if (is_isPlainObject(value)) return value;
	if (!is_isNonEmptyString(value) || !isJsonLike(value)) return;
	try {
		const parsed = JSON.parse(value);
		if (is_isPlainObject(parsed)) return parsed;
	} catch {}
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/parse/config.mjs


//#region src/feeds/atom/parse/config.ts
const parse_config_stopNodes = [
	...namespaceStopNodes,
	...feedPaths.map((path) => `feed.${path}`),
	...entryPaths.map((path) => `feed.entry.${path}`)
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/objects.mjs

//#region node_modules/trousse/dist/objects.js
const objects_trimObject = (object, keep = is_isPresent) => {
	let hasKept = false;
	let hasDropped = false;
	for (const key in object) {
		if (keep(object[key])) hasKept = true;
		else hasDropped = true;
		if (hasKept && hasDropped) break;
	}
	if (!hasKept) return;
	if (!hasDropped) return object;
	const result = {};
	for (const key in object) {
		const value = object[key];
		if (keep(value)) result[key] = value;
	}
	return result;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/urls.mjs
//#region node_modules/trousse/dist/urls.js
const parseUrl = (value, base) => {
	if (value instanceof URL && base === void 0) return value;
	try {
		return new URL(value, base);
	} catch {}
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/admin/parse/utils.mjs



//#region src/namespaces/admin/parse/utils.ts
const retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		errorReportsTo: parseSingularOf(value["admin:errorreportsto"], (value) => retrieveRdfResourceOrText(value, parseString)),
		generatorAgent: parseSingularOf(value["admin:generatoragent"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/app/parse/utils.mjs



//#region src/namespaces/app/parse/utils.ts
const parseControl = (value) => {
	if (!is_isPlainObject(value)) return;
	const control = { draft: parseSingularOf(value["app:draft"], (value) => parseYesNoBoolean(retrieveText(value))) };
	return objects_trimObject(control);
};
const retrieveEntry = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const entry = {
		edited: parseSingularOf(value["app:edited"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		control: parseSingularOf(value["app:control"], parseControl)
	};
	return objects_trimObject(entry);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/arxiv/parse/utils.mjs



//#region src/namespaces/arxiv/parse/utils.ts
const parsePrimaryCategory = (value) => {
	if (!is_isPlainObject(value)) return;
	const primaryCategory = {
		term: parseString(value["@term"]),
		scheme: parseString(value["@scheme"]),
		label: parseString(value["@label"])
	};
	return objects_trimObject(primaryCategory);
};
const retrieveAuthor = (value) => {
	if (!is_isPlainObject(value)) return;
	const author = { affiliation: parseSingularOf(value["arxiv:affiliation"], (value) => parseString(retrieveText(value))) };
	return objects_trimObject(author);
};
const utils_retrieveEntry = (value) => {
	if (!is_isPlainObject(value)) return;
	const entry = {
		comment: parseSingularOf(value["arxiv:comment"], (value) => parseString(retrieveText(value))),
		journalRef: parseSingularOf(value["arxiv:journal_ref"], (value) => parseString(retrieveText(value))),
		doi: parseSingularOf(value["arxiv:doi"], (value) => parseString(retrieveText(value))),
		primaryCategory: parseSingularOf(value["arxiv:primary_category"], parsePrimaryCategory)
	};
	return objects_trimObject(entry);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/cc/parse/utils.mjs



//#region src/namespaces/cc/parse/utils.ts
const retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const result = {
		license: parseSingularOf(value["cc:license"], (value) => retrieveRdfResourceOrText(value, parseString)),
		morePermissions: parseSingularOf(value["cc:morepermissions"], (value) => retrieveRdfResourceOrText(value, parseString)),
		attributionName: parseSingularOf(value["cc:attributionname"], (value) => retrieveRdfResourceOrText(value, parseString)),
		attributionURL: parseSingularOf(value["cc:attributionurl"], (value) => retrieveRdfResourceOrText(value, parseString)),
		useGuidelines: parseSingularOf(value["cc:useguidelines"], (value) => retrieveRdfResourceOrText(value, parseString)),
		permits: parseSingularOf(value["cc:permits"], (value) => retrieveRdfResourceOrText(value, parseString)),
		requires: parseSingularOf(value["cc:requires"], (value) => retrieveRdfResourceOrText(value, parseString)),
		prohibits: parseSingularOf(value["cc:prohibits"], (value) => retrieveRdfResourceOrText(value, parseString)),
		jurisdiction: parseSingularOf(value["cc:jurisdiction"], (value) => retrieveRdfResourceOrText(value, parseString)),
		legalcode: parseSingularOf(value["cc:legalcode"], (value) => retrieveRdfResourceOrText(value, parseString)),
		deprecatedOn: parseSingularOf(value["cc:deprecatedon"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(result);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/creativecommons/parse/utils.mjs



//#region src/namespaces/creativecommons/parse/utils.ts
const utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = { licenses: parseArrayOf(value["creativecommons:license"], (value) => parseString(retrieveText(value))) };
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dc/parse/utils.mjs



//#region src/namespaces/dc/parse/utils.ts
const parse_utils_retrieveItemOrFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		titles: parseArrayOf(value["dc:title"], (value) => parseString(retrieveText(value))),
		creators: parseArrayOf(value["dc:creator"], (value) => parseString(retrieveText(value))),
		subjects: parseArrayOf(value["dc:subject"], (value) => parseString(retrieveText(value))),
		descriptions: parseArrayOf(value["dc:description"], (value) => parseString(retrieveText(value))),
		publishers: parseArrayOf(value["dc:publisher"], (value) => parseString(retrieveText(value))),
		contributors: parseArrayOf(value["dc:contributor"], (value) => parseString(retrieveText(value))),
		dates: parseArrayOf(value["dc:date"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		types: parseArrayOf(value["dc:type"], (value) => parseString(retrieveText(value))),
		formats: parseArrayOf(value["dc:format"], (value) => parseString(retrieveText(value))),
		identifiers: parseArrayOf(value["dc:identifier"], (value) => parseString(retrieveText(value))),
		sources: parseArrayOf(value["dc:source"], (value) => parseString(retrieveText(value))),
		languages: parseArrayOf(value["dc:language"], (value) => parseString(retrieveText(value))),
		relations: parseArrayOf(value["dc:relation"], (value) => parseString(retrieveText(value))),
		coverage: parseArrayOf(value["dc:coverage"], (value) => parseString(retrieveText(value))),
		rights: parseArrayOf(value["dc:rights"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dcterms/parse/utils.mjs



//#region src/namespaces/dcterms/parse/utils.ts
const dcterms_parse_utils_retrieveItemOrFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		abstracts: parseArrayOf(value["dcterms:abstract"], (value) => parseString(retrieveText(value))),
		accessRights: parseArrayOf(value["dcterms:accessrights"], (value) => parseString(retrieveText(value))),
		accrualMethods: parseArrayOf(value["dcterms:accrualmethod"], (value) => parseString(retrieveText(value))),
		accrualPeriodicities: parseArrayOf(value["dcterms:accrualperiodicity"], (value) => parseString(retrieveText(value))),
		accrualPolicies: parseArrayOf(value["dcterms:accrualpolicy"], (value) => parseString(retrieveText(value))),
		alternatives: parseArrayOf(value["dcterms:alternative"], (value) => parseString(retrieveText(value))),
		audiences: parseArrayOf(value["dcterms:audience"], (value) => parseString(retrieveText(value))),
		available: parseArrayOf(value["dcterms:available"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		bibliographicCitations: parseArrayOf(value["dcterms:bibliographiccitation"], (value) => parseString(retrieveText(value))),
		conformsTo: parseArrayOf(value["dcterms:conformsto"], (value) => parseString(retrieveText(value))),
		contributors: parseArrayOf(value["dcterms:contributor"], (value) => parseString(retrieveText(value))),
		coverages: parseArrayOf(value["dcterms:coverage"], (value) => parseString(retrieveText(value))),
		created: parseArrayOf(value["dcterms:created"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		creators: parseArrayOf(value["dcterms:creator"], (value) => parseString(retrieveText(value))),
		dateAccepted: parseArrayOf(value["dcterms:dateaccepted"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateCopyrighted: parseArrayOf(value["dcterms:datecopyrighted"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dates: parseArrayOf(value["dcterms:date"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateSubmitted: parseArrayOf(value["dcterms:datesubmitted"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		descriptions: parseArrayOf(value["dcterms:description"], (value) => parseString(retrieveText(value))),
		educationLevels: parseArrayOf(value["dcterms:educationlevel"], (value) => parseString(retrieveText(value))),
		extents: parseArrayOf(value["dcterms:extent"], (value) => parseString(retrieveText(value))),
		formats: parseArrayOf(value["dcterms:format"], (value) => parseString(retrieveText(value))),
		hasFormats: parseArrayOf(value["dcterms:hasformat"], (value) => parseString(retrieveText(value))),
		hasParts: parseArrayOf(value["dcterms:haspart"], (value) => parseString(retrieveText(value))),
		hasVersions: parseArrayOf(value["dcterms:hasversion"], (value) => parseString(retrieveText(value))),
		identifiers: parseArrayOf(value["dcterms:identifier"], (value) => parseString(retrieveText(value))),
		instructionalMethods: parseArrayOf(value["dcterms:instructionalmethod"], (value) => parseString(retrieveText(value))),
		isFormatOf: parseArrayOf(value["dcterms:isformatof"], (value) => parseString(retrieveText(value))),
		isPartOf: parseArrayOf(value["dcterms:ispartof"], (value) => parseString(retrieveText(value))),
		isReferencedBy: parseArrayOf(value["dcterms:isreferencedby"], (value) => parseString(retrieveText(value))),
		isReplacedBy: parseArrayOf(value["dcterms:isreplacedby"], (value) => parseString(retrieveText(value))),
		isRequiredBy: parseArrayOf(value["dcterms:isrequiredby"], (value) => parseString(retrieveText(value))),
		issued: parseArrayOf(value["dcterms:issued"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		isVersionOf: parseArrayOf(value["dcterms:isversionof"], (value) => parseString(retrieveText(value))),
		languages: parseArrayOf(value["dcterms:language"], (value) => parseString(retrieveText(value))),
		licenses: parseArrayOf(value["dcterms:license"], (value) => parseString(retrieveText(value))),
		mediators: parseArrayOf(value["dcterms:mediator"], (value) => parseString(retrieveText(value))),
		mediums: parseArrayOf(value["dcterms:medium"], (value) => parseString(retrieveText(value))),
		modified: parseArrayOf(value["dcterms:modified"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		provenances: parseArrayOf(value["dcterms:provenance"], (value) => parseString(retrieveText(value))),
		publishers: parseArrayOf(value["dcterms:publisher"], (value) => parseString(retrieveText(value))),
		references: parseArrayOf(value["dcterms:references"], (value) => parseString(retrieveText(value))),
		relations: parseArrayOf(value["dcterms:relation"], (value) => parseString(retrieveText(value))),
		replaces: parseArrayOf(value["dcterms:replaces"], (value) => parseString(retrieveText(value))),
		requires: parseArrayOf(value["dcterms:requires"], (value) => parseString(retrieveText(value))),
		rights: parseArrayOf(value["dcterms:rights"], (value) => parseString(retrieveText(value))),
		rightsHolders: parseArrayOf(value["dcterms:rightsholder"], (value) => parseString(retrieveText(value))),
		sources: parseArrayOf(value["dcterms:source"], (value) => parseString(retrieveText(value))),
		spatials: parseArrayOf(value["dcterms:spatial"], (value) => parseString(retrieveText(value))),
		subjects: parseArrayOf(value["dcterms:subject"], (value) => parseString(retrieveText(value))),
		tableOfContents: parseArrayOf(value["dcterms:tableofcontents"], (value) => parseString(retrieveText(value))),
		temporals: parseArrayOf(value["dcterms:temporal"], (value) => parseString(retrieveText(value))),
		titles: parseArrayOf(value["dcterms:title"], (value) => parseString(retrieveText(value))),
		types: parseArrayOf(value["dcterms:type"], (value) => parseString(retrieveText(value))),
		valid: parseArrayOf(value["dcterms:valid"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn))
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/geo/parse/utils.mjs



//#region src/namespaces/geo/parse/utils.ts
const geo_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const geo = {
		lat: parseSingularOf(value["geo:lat"], (value) => parseNumber(retrieveText(value))),
		long: parseSingularOf(value["geo:long"], (value) => parseNumber(retrieveText(value))),
		alt: parseSingularOf(value["geo:alt"], (value) => parseNumber(retrieveText(value)))
	};
	return objects_trimObject(geo);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/georss/parse/utils.mjs



//#region src/namespaces/georss/parse/utils.ts
const whitespaceRegex = /\s+/;
const parseLatLngPairs = (value, pairsCount) => {
	if (!is_isNonEmptyString(value)) return;
	const rawParts = value.split(whitespaceRegex);
	const numericParts = parseArrayOf(rawParts, parseNumber);
	if (!numericParts || numericParts.length % 2 !== 0 || rawParts.length !== numericParts.length) return;
	const actualPairCount = numericParts.length / 2;
	if ((pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.min) && actualPairCount < (pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.min) || (pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.max) && actualPairCount > (pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.max)) return;
	const points = [];
	for (let i = 0; i < numericParts.length; i += 2) {
		const lat = numericParts[i];
		const lng = numericParts[i + 1];
		if (is_isPresent(lat) && is_isPresent(lng)) points.push({
			lat,
			lng
		});
	}
	return points.length > 0 ? points : void 0;
};
const parsePoint = (value) => {
	var _parseLatLngPairs;
	return (_parseLatLngPairs = parseLatLngPairs(retrieveText(value), {
		min: 1,
		max: 1
	})) === null || _parseLatLngPairs === void 0 ? void 0 : _parseLatLngPairs[0];
};
const parseLine = (value) => {
	const points = parseLatLngPairs(retrieveText(value), { min: 2 });
	if (is_isPresent(points)) return { points };
};
const parsePolygon = (value) => {
	const points = parseLatLngPairs(retrieveText(value), { min: 4 });
	if (is_isPresent(points)) return { points };
};
const parseBox = (value) => {
	const points = parseLatLngPairs(retrieveText(value), {
		min: 2,
		max: 2
	});
	const lowerCorner = points === null || points === void 0 ? void 0 : points[0];
	const upperCorner = points === null || points === void 0 ? void 0 : points[1];
	if (is_isPresent(lowerCorner) && is_isPresent(upperCorner)) return {
		lowerCorner,
		upperCorner
	};
};
const georss_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		point: parseSingularOf(value["georss:point"], parsePoint),
		line: parseSingularOf(value["georss:line"], parseLine),
		polygon: parseSingularOf(value["georss:polygon"], parsePolygon),
		box: parseSingularOf(value["georss:box"], parseBox),
		featureTypeTag: parseSingularOf(value["georss:featuretypetag"], (value) => parseString(retrieveText(value))),
		relationshipTag: parseSingularOf(value["georss:relationshiptag"], (value) => parseString(retrieveText(value))),
		featureName: parseSingularOf(value["georss:featurename"], (value) => parseString(retrieveText(value))),
		elev: parseSingularOf(value["georss:elev"], (value) => parseNumber(retrieveText(value))),
		floor: parseSingularOf(value["georss:floor"], (value) => parseNumber(retrieveText(value))),
		radius: parseSingularOf(value["georss:radius"], (value) => parseNumber(retrieveText(value)))
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/googleplay/parse/utils.mjs



//#region src/namespaces/googleplay/parse/utils.ts
const parseImage = (value) => {
	if (is_isPlainObject(value) && value["@href"]) {
		const image = { href: parseString(value["@href"]) };
		return objects_trimObject(image);
	}
	const text = retrieveText(value);
	if (text) {
		const image = { href: parseString(text) };
		return objects_trimObject(image);
	}
};
const parseCategory = (value) => {
	if (is_isPlainObject(value) && value["@text"]) return parseString(value["@text"]);
	return parseString(retrieveText(value));
};
const parseExplicit = (value) => {
	var _retrieveText;
	const explicit = (_retrieveText = retrieveText(value)) === null || _retrieveText === void 0 ? void 0 : _retrieveText.trim().toLowerCase();
	if (explicit === "clean") return explicit;
	return parseYesNoBoolean(value);
};
const retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		author: parseSingularOf(value["googleplay:author"], (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value["googleplay:description"], (value) => parseString(retrieveText(value))),
		explicit: parseSingularOf(value["googleplay:explicit"], parseExplicit),
		block: parseSingularOf(value["googleplay:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		image: parseSingularOf(value["googleplay:image"], parseImage)
	};
	return objects_trimObject(item);
};
const utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		author: parseSingularOf(value["googleplay:author"], (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value["googleplay:description"], (value) => parseString(retrieveText(value))),
		explicit: parseSingularOf(value["googleplay:explicit"], parseExplicit),
		block: parseSingularOf(value["googleplay:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		image: parseSingularOf(value["googleplay:image"], parseImage),
		newFeedUrl: parseSingularOf(value["googleplay:new-feed-url"], (value) => parseString(retrieveText(value))),
		email: parseSingularOf(value["googleplay:email"], (value) => parseString(retrieveText(value))),
		categories: parseArrayOf(value["googleplay:category"], parseCategory)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/itunes/parse/utils.mjs



//#region src/namespaces/itunes/parse/utils.ts
const explicitOrYesRegex = /^\p{White_Space}*(explicit|yes)\p{White_Space}*$/iu;
const durationRegex = /^(?:(\d+):)?(\d+):(\d+)$/;
const utils_parseCategory = (value) => {
	if (!is_isPlainObject(value)) return;
	const category = {
		text: parseString(value["@text"]),
		categories: parseArrayOf(value["itunes:category"], utils_parseCategory)
	};
	return objects_trimObject(category);
};
const parseOwner = (value) => {
	if (!is_isPlainObject(value)) return;
	const owner = {
		name: parseSingularOf(value["itunes:name"], (value) => parseString(retrieveText(value))),
		email: parseSingularOf(value["itunes:email"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(owner);
};
const utils_parseExplicit = (value) => {
	const boolean = parseBoolean(value);
	if (boolean !== void 0) return boolean;
	if (typeof value === "string") return explicitOrYesRegex.test(value);
};
const parseDuration = (value) => {
	const duration = parseNumber(value);
	if (duration !== void 0) return duration;
	if (typeof value !== "string") return;
	const match = value.match(durationRegex);
	if (match) {
		const [, hours, minutes, seconds] = match;
		return Number(hours || 0) * 3600 + Number(minutes) * 60 + Number(seconds);
	}
};
const utils_parseImage = (value) => {
	if (isNonEmptyStringOrNumber(value)) return parseString(value);
	if (!is_isPlainObject(value)) return;
	return parseString(value["@href"]);
};
const utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		duration: parseSingularOf(value["itunes:duration"], (value) => parseDuration(retrieveText(value))),
		image: parseSingularOf(value["itunes:image"], utils_parseImage),
		explicit: parseSingularOf(value["itunes:explicit"], (value) => utils_parseExplicit(retrieveText(value))),
		author: parseSingularOf(value["itunes:author"], (value) => parseString(retrieveText(value))),
		title: parseSingularOf(value["itunes:title"], (value) => parseString(retrieveText(value))),
		episode: parseSingularOf(value["itunes:episode"], (value) => parseNumber(retrieveText(value))),
		season: parseSingularOf(value["itunes:season"], (value) => parseNumber(retrieveText(value))),
		episodeType: parseSingularOf(value["itunes:episodetype"], (value) => parseString(retrieveText(value))),
		block: parseSingularOf(value["itunes:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		summary: parseSingularOf(value["itunes:summary"], (value) => parseString(retrieveText(value))),
		subtitle: parseSingularOf(value["itunes:subtitle"], (value) => parseString(retrieveText(value))),
		keywords: parseSingularOf(value["itunes:keywords"], (value) => parseCsvOf(retrieveText(value), parseString))
	};
	return objects_trimObject(item);
};
const parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		image: parseSingularOf(value["itunes:image"], utils_parseImage),
		explicit: parseSingularOf(value["itunes:explicit"], (value) => utils_parseExplicit(retrieveText(value))),
		author: parseSingularOf(value["itunes:author"], (value) => parseString(retrieveText(value))),
		title: parseSingularOf(value["itunes:title"], (value) => parseString(retrieveText(value))),
		type: parseSingularOf(value["itunes:type"], (value) => parseString(retrieveText(value))),
		newFeedUrl: parseSingularOf(value["itunes:new-feed-url"], (value) => parseString(retrieveText(value))),
		block: parseSingularOf(value["itunes:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		complete: parseSingularOf(value["itunes:complete"], (value) => parseYesNoBoolean(retrieveText(value))),
		applePodcastsVerify: parseSingularOf(value["itunes:applepodcastsverify"], (value) => parseString(retrieveText(value))),
		categories: parseArrayOf(value["itunes:category"], utils_parseCategory),
		owner: parseSingularOf(value["itunes:owner"], parseOwner),
		summary: parseSingularOf(value["itunes:summary"], (value) => parseString(retrieveText(value))),
		subtitle: parseSingularOf(value["itunes:subtitle"], (value) => parseString(retrieveText(value))),
		keywords: parseSingularOf(value["itunes:keywords"], (value) => parseCsvOf(retrieveText(value), parseString))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/media/parse/utils.mjs



//#region src/namespaces/media/parse/utils.ts
const parseRating = (value) => {
	const rating = {
		value: ((value) => parseString(retrieveText(value)))(value),
		scheme: parseString(value === null || value === void 0 ? void 0 : value["@scheme"])
	};
	return objects_trimObject(rating);
};
const retrieveRatings = (value) => {
	if (!is_isPlainObject(value)) return;
	if (value["media:rating"]) return parseArrayOf(value["media:rating"], parseRating);
	if (value["media:adult"]) return [{
		value: parseBoolean(retrieveText(value["media:adult"])) ? "adult" : "nonadult",
		scheme: "urn:simple"
	}];
};
const parseTitleOrDescription = (value) => {
	const title = {
		value: ((value) => parseString(retrieveText(value)))(value),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"])
	};
	return objects_trimObject(title);
};
const parseThumbnail = (value) => {
	if (!is_isPlainObject(value)) return;
	const thumbnail = {
		url: parseString(value["@url"]),
		height: parseNumber(value["@height"]),
		width: parseNumber(value["@width"]),
		time: parseString(value["@time"])
	};
	return objects_trimObject(thumbnail);
};
const parse_utils_parseCategory = (value) => {
	const category = {
		name: ((value) => parseString(retrieveText(value)))(value),
		scheme: parseString(value === null || value === void 0 ? void 0 : value["@scheme"]),
		label: parseString(value === null || value === void 0 ? void 0 : value["@label"])
	};
	return objects_trimObject(category);
};
const parseHash = (value) => {
	const hash = {
		value: ((value) => parseString(retrieveText(value)))(value),
		algo: parseString(value === null || value === void 0 ? void 0 : value["@algo"])
	};
	return objects_trimObject(hash);
};
const parsePlayer = (value) => {
	if (!is_isPlainObject(value)) return;
	const player = {
		url: parseString(value["@url"]),
		height: parseNumber(value["@height"]),
		width: parseNumber(value["@width"])
	};
	return objects_trimObject(player);
};
const parseCredit = (value) => {
	const credit = {
		value: ((value) => parseString(retrieveText(value)))(value),
		role: parseString(value === null || value === void 0 ? void 0 : value["@role"]),
		scheme: parseString(value === null || value === void 0 ? void 0 : value["@scheme"])
	};
	return objects_trimObject(credit);
};
const parseCopyright = (value) => {
	const copyright = {
		value: ((value) => parseString(retrieveText(value)))(value),
		url: parseString(value === null || value === void 0 ? void 0 : value["@url"])
	};
	return objects_trimObject(copyright);
};
const parseText = (value) => {
	const text = {
		value: ((value) => parseString(retrieveText(value)))(value),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"]),
		lang: parseString(value === null || value === void 0 ? void 0 : value["@lang"]),
		start: parseString(value === null || value === void 0 ? void 0 : value["@start"]),
		end: parseString(value === null || value === void 0 ? void 0 : value["@end"])
	};
	return objects_trimObject(text);
};
const parseRestriction = (value) => {
	if (!is_isPlainObject(value)) return;
	const restriction = {
		value: ((value) => parseString(retrieveText(value)))(value),
		relationship: parseString(value["@relationship"]),
		type: parseString(value["@type"])
	};
	return objects_trimObject(restriction);
};
const parseCommunity = (value) => {
	if (!is_isPlainObject(value)) return;
	const community = {
		starRating: parseSingularOf(value["media:starrating"], parseStarRating),
		statistics: parseSingularOf(value["media:statistics"], parseStatistics),
		tags: parseSingularOf(value["media:tags"], parseTags)
	};
	return objects_trimObject(community);
};
const parseStarRating = (value) => {
	if (!is_isPlainObject(value)) return;
	const starRating = {
		average: parseNumber(value["@average"]),
		count: parseNumber(value["@count"]),
		min: parseNumber(value["@min"]),
		max: parseNumber(value["@max"])
	};
	return objects_trimObject(starRating);
};
const parseStatistics = (value) => {
	if (!is_isPlainObject(value)) return;
	const statistics = {
		views: parseNumber(value["@views"]),
		favorites: parseNumber(value["@favorites"])
	};
	return objects_trimObject(statistics);
};
const parseTags = (value) => {
	return parseCsvOf(value, (segment) => {
		const split = segment.split(":");
		return {
			name: parseString(split[0]) ?? "",
			weight: parseNumber(split[1]) ?? 1
		};
	});
};
const parseComments = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:comment"], (value) => parseString(retrieveText(value)));
};
const parseEmbed = (value) => {
	if (!is_isPlainObject(value)) return;
	const embed = {
		url: parseString(value["@url"]),
		width: parseNumber(value["@width"]),
		height: parseNumber(value["@height"]),
		params: parseArrayOf(value["media:param"], parseParam)
	};
	return objects_trimObject(embed);
};
const parseParam = (value) => {
	if (!is_isPlainObject(value)) return;
	const param = {
		name: parseString(value["@name"]),
		value: ((value) => parseString(retrieveText(value)))(value)
	};
	return objects_trimObject(param);
};
const parseResponses = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:response"], (value) => parseString(retrieveText(value)));
};
const parseBackLinks = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:backlink"], (value) => parseString(retrieveText(value)));
};
const parseStatus = (value) => {
	if (!is_isPlainObject(value)) return;
	const status = {
		state: parseString(value["@state"]),
		reason: parseString(value["@reason"])
	};
	return objects_trimObject(status);
};
const parsePrice = (value) => {
	if (!is_isPlainObject(value)) return;
	const price = {
		type: parseString(value["@type"]),
		info: parseString(value["@info"]),
		price: parseNumber(value["@price"]),
		currency: parseString(value["@currency"])
	};
	return objects_trimObject(price);
};
const parseLicense = (value) => {
	const license = {
		name: ((value) => parseString(retrieveText(value)))(value),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"]),
		href: parseString(value === null || value === void 0 ? void 0 : value["@href"])
	};
	return objects_trimObject(license);
};
const parseSubTitle = (value) => {
	if (!is_isPlainObject(value)) return;
	const subTitle = {
		type: parseString(value["@type"]),
		lang: parseString(value["@lang"]),
		href: parseString(value["@href"])
	};
	return objects_trimObject(subTitle);
};
const parsePeerLink = (value) => {
	if (!is_isPlainObject(value)) return;
	const peerLink = {
		type: parseString(value["@type"]),
		href: parseString(value["@href"])
	};
	return objects_trimObject(peerLink);
};
const parseRights = (value) => {
	if (!is_isPlainObject(value)) return;
	const rights = { status: parseString(value["@status"]) };
	return objects_trimObject(rights);
};
const parseScene = (value) => {
	if (!is_isPlainObject(value)) return;
	const scene = {
		title: parseSingularOf(value.scenetitle, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.scenedescription, (value) => parseString(retrieveText(value))),
		startTime: parseSingularOf(value.scenestarttime, (value) => parseString(retrieveText(value))),
		endTime: parseSingularOf(value.sceneendtime, (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(scene);
};
const parseScenes = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:scene"], parseScene);
};
const parseLocation = (value) => {
	if (isNonEmptyStringOrNumber(value) || is_isPlainObject(value)) {
		const location = { description: ((value) => parseString(retrieveText(value)))(value) };
		return objects_trimObject(location);
	}
};
const retrieveCommonElements = (value) => {
	if (!is_isPlainObject(value)) return;
	const commonElements = {
		ratings: retrieveRatings(value),
		title: parseSingularOf(value["media:title"], parseTitleOrDescription),
		description: parseSingularOf(value["media:description"], parseTitleOrDescription),
		keywords: parseSingularOf(value["media:keywords"], (value) => parseCsvOf(retrieveText(value), parseString)),
		thumbnails: parseArrayOf(value["media:thumbnail"], parseThumbnail),
		categories: parseArrayOf(value["media:category"], parse_utils_parseCategory),
		hashes: parseArrayOf(value["media:hash"], parseHash),
		player: parseSingularOf(value["media:player"], parsePlayer),
		credits: parseArrayOf(value["media:credit"], parseCredit),
		copyright: parseSingularOf(value["media:copyright"], parseCopyright),
		texts: parseArrayOf(value["media:text"], parseText),
		restrictions: parseArrayOf(value["media:restriction"], parseRestriction),
		community: parseSingularOf(value["media:community"], parseCommunity),
		comments: parseSingularOf(value["media:comments"], parseComments),
		embed: parseSingularOf(value["media:embed"], parseEmbed),
		responses: parseSingularOf(value["media:responses"], parseResponses),
		backLinks: parseSingularOf(value["media:backlinks"], parseBackLinks),
		status: parseSingularOf(value["media:status"], parseStatus),
		prices: parseArrayOf(value["media:price"], parsePrice),
		licenses: parseArrayOf(value["media:license"], parseLicense),
		subTitles: parseArrayOf(value["media:subtitle"], parseSubTitle),
		peerLinks: parseArrayOf(value["media:peerlink"], parsePeerLink),
		locations: parseArrayOf(value["media:location"], parseLocation),
		rights: parseSingularOf(value["media:rights"], parseRights),
		scenes: parseSingularOf(value["media:scenes"], parseScenes)
	};
	return objects_trimObject(commonElements);
};
const parseContent = (value) => {
	if (!is_isPlainObject(value)) return;
	const content = {
		url: parseString(value["@url"]),
		fileSize: parseNumber(value["@filesize"]),
		type: parseString(value["@type"]),
		medium: parseString(value["@medium"]),
		isDefault: parseBoolean(value["@isdefault"]),
		expression: parseString(value["@expression"]),
		bitrate: parseNumber(value["@bitrate"]),
		framerate: parseNumber(value["@framerate"]),
		samplingrate: parseNumber(value["@samplingrate"]),
		channels: parseNumber(value["@channels"]),
		duration: parseNumber(value["@duration"]),
		height: parseNumber(value["@height"]),
		width: parseNumber(value["@width"]),
		lang: parseString(value["@lang"]),
		...retrieveCommonElements(value)
	};
	return objects_trimObject(content);
};
const parseGroup = (value) => {
	if (!is_isPlainObject(value)) return;
	const group = {
		contents: parseArrayOf(value["media:content"], parseContent),
		...retrieveCommonElements(value)
	};
	return objects_trimObject(group);
};
const media_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		groups: parseArrayOf(value["media:group"], parseGroup),
		contents: parseArrayOf(value["media:content"], parseContent),
		...retrieveCommonElements(value)
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/opensearch/parse/utils.mjs



//#region src/namespaces/opensearch/parse/utils.ts
const parseQuery = (value) => {
	if (!is_isPlainObject(value)) return;
	const query = {
		role: parseString(value["@role"]),
		searchTerms: parseString(value["@searchterms"]),
		count: parseNumber(value["@count"]),
		startIndex: parseNumber(value["@startindex"]),
		startPage: parseNumber(value["@startpage"]),
		language: parseString(value["@language"]),
		inputEncoding: parseString(value["@inputencoding"]),
		outputEncoding: parseString(value["@outputencoding"])
	};
	return objects_trimObject(query);
};
const opensearch_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		totalResults: parseSingularOf(value["opensearch:totalresults"], (value) => parseNumber(retrieveText(value))),
		startIndex: parseSingularOf(value["opensearch:startindex"], (value) => parseNumber(retrieveText(value))),
		itemsPerPage: parseSingularOf(value["opensearch:itemsperpage"], (value) => parseNumber(retrieveText(value))),
		queries: parseArrayOf(value["opensearch:query"], parseQuery)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/pingback/parse/utils.mjs



//#region src/namespaces/pingback/parse/utils.ts
const parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		server: parseSingularOf(value["pingback:server"], (value) => retrieveRdfResourceOrText(value, parseString)),
		target: parseSingularOf(value["pingback:target"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(item);
};
const pingback_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = { to: parseSingularOf(value["pingback:to"], (value) => retrieveRdfResourceOrText(value, parseString)) };
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/psc/parse/utils.mjs



//#region src/namespaces/psc/parse/utils.ts
const parseChapter = (value) => {
	if (!is_isPlainObject(value)) return;
	const chapter = {
		start: parseSingularOf(value["@start"], parseString),
		title: parseSingularOf(value["@title"], parseString),
		href: parseSingularOf(value["@href"], parseString),
		image: parseSingularOf(value["@image"], parseString)
	};
	return objects_trimObject(chapter);
};
const parseChapters = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["psc:chapter"], parseChapter);
};
const psc_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = { chapters: parseSingularOf(value["psc:chapters"], parseChapters) };
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/slash/parse/utils.mjs



//#region src/namespaces/slash/parse/utils.ts
const parseHitParade = (value) => {
	return parseCsvOf(value, parseNumber);
};
const slash_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		section: parseSingularOf(value["slash:section"], (value) => parseString(retrieveText(value))),
		department: parseSingularOf(value["slash:department"], (value) => parseString(retrieveText(value))),
		comments: parseSingularOf(value["slash:comments"], (value) => parseNumber(retrieveText(value))),
		hitParade: parseSingularOf(value["slash:hit_parade"], (value) => parseHitParade(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/sy/parse/utils.mjs



//#region src/namespaces/sy/parse/utils.ts
const sy_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		updatePeriod: parseSingularOf(value["sy:updateperiod"], (value) => parseString(retrieveText(value))),
		updateFrequency: parseSingularOf(value["sy:updatefrequency"], (value) => parseNumber(retrieveText(value))),
		updateBase: parseSingularOf(value["sy:updatebase"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/thr/parse/utils.mjs



//#region src/namespaces/thr/parse/utils.ts
const parseInReplyTo = (value) => {
	if (!is_isPlainObject(value)) return;
	const inReplyTo = {
		ref: parseString(value["@ref"]),
		href: parseString(value["@href"]),
		type: parseString(value["@type"]),
		source: parseString(value["@source"])
	};
	return objects_trimObject(inReplyTo);
};
const retrieveLink = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const link = {
		count: parseNumber(value["@thr:count"]),
		updated: parseDate(value["@thr:updated"], options === null || options === void 0 ? void 0 : options.parseDateFn)
	};
	return objects_trimObject(link);
};
const thr_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		total: parseSingularOf(value["thr:total"], (value) => parseNumber(retrieveText(value))),
		inReplyTos: parseArrayOf(value["thr:in-reply-to"], parseInReplyTo)
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/trackback/parse/utils.mjs



//#region src/namespaces/trackback/parse/utils.ts
const trackback_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		ping: parseSingularOf(value["trackback:ping"], (value) => retrieveRdfResourceOrText(value, parseString)),
		abouts: parseArrayOf(value["trackback:about"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/wfw/parse/utils.mjs



//#region src/namespaces/wfw/parse/utils.ts
const wfw_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		comment: parseSingularOf(value["wfw:comment"], (value) => parseString(retrieveText(value))),
		commentRss: parseSingularOf(value["wfw:commentrss"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/xml/parse/utils.mjs



//#region src/namespaces/xml/parse/utils.ts
const xml_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		lang: parseString(value["@xml:lang"]),
		base: parseString(value["@xml:base"]),
		space: parseString(value["@xml:space"]),
		id: parseString(value["@xml:id"])
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/yt/parse/utils.mjs



//#region src/namespaces/yt/parse/utils.ts
const yt_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		videoId: parseSingularOf(value["yt:videoid"], (value) => parseString(retrieveText(value))),
		channelId: parseSingularOf(value["yt:channelid"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
const yt_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		channelId: parseSingularOf(value["yt:channelid"], (value) => parseString(retrieveText(value))),
		playlistId: parseSingularOf(value["yt:playlistid"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/util.js


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js



const defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (criticalProperties.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/xmlNode.js


let METADATA_SYMBOL;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL] !== undefined
      && lastChild[METADATA_SYMBOL].endIndex === undefined) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
}

// EXTERNAL MODULE: ./node_modules/xml-naming/src/index.js
var src = __webpack_require__(64658);
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js


class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !(0,src/* qName */.fG)(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion })

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if ((0,src/* qName */.fG)(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}
// EXTERNAL MODULE: ./node_modules/strnum/strnum.js + 2 modules
var strnum = __webpack_require__(21254);
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/Matcher.js
var Matcher = __webpack_require__(48257);
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/Expression.js
var Expression = __webpack_require__(53945);
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = __webpack_require__(89817);
// EXTERNAL MODULE: ./node_modules/@nodable/entities/src/entities.js
var entities = __webpack_require__(57722);
// EXTERNAL MODULE: ./node_modules/@nodable/entities/src/EntityDecoder.js
var src_EntityDecoder = __webpack_require__(67108);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/index.js + 8 modules
var is_unsafe_src = __webpack_require__(18450);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/contexts/html.js
var html = __webpack_require__(65053);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/contexts/xml.js
var xml = __webpack_require__(97979);
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js

///@ts-check












// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...entities/* XML */._9 };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...entities/* COMMON_HTML */.KS, ...entities/* CURRENCY */.UM };
      this.entityDecoder = new src_EntityDecoder/* default */.A({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          (0,is_unsafe_src/* isUnsafe */.zk)(value, [html/* default */.A, xml/* default */.A]) ? src_EntityDecoder/* ENTITY_ACTION */.H.BLOCK : src_EntityDecoder/* ENTITY_ACTION */.H.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher/* default */.A();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions
    this.stopNodeExpressionsSet = new ExpressionSet/* default */.A();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression/* default */.A(stopNodeExp));
        } else if (stopNodeExp instanceof Expression/* default */.A) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
const attrsRegx = new RegExp('([^\\s=]+)\\s*(=\\s*([\'"])([\\s\\S]*?)\\3)?', 'gm');

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = matches[i][4];

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (matches[i][4] !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  xmlData = xmlData.replace(/\r\n?/g, "\n"); //TODO: remove this line
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const options = this.options;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.")
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(closeIndex + 1);
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) {
          //do nothing
        } else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap
          }
          this.addChild(currentNode, childNode, this.readonlyMatcher, i);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(tagData.closeIndex + 2);
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.")
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(i + 1);
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(closeIndex + 1);
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(result.closeIndex + 1);
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"])
  if (result === false) {
    //do nothing
  } else if (typeof result === "string") {
    childNode.tagname = result
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  let attrBoundary = 0;
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (attrBoundary) {
      if (code === attrBoundary) attrBoundary = 0;
    } else if (code === 34 || code === 39) { // " or '
      attrBoundary = code;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9 && !attrBoundary) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = readTagExp(xmlData, i, false)

        if (tagData) {
          const openTagName = tagData && tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return (0,strnum/* default */.A)(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function OrderedObjParser_fromCodePoint(str, base, prefix) {
  const codePoint = Number.parseInt(str, base);

  if (codePoint >= 0 && codePoint <= 0x10FFFF) {
    return String.fromCodePoint(codePoint);
  } else {
    return prefix + str + ";";
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/node2json.js





const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[node2json_METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/validator.js




const validator_defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validate(xmlData, options) {
  options = Object.assign({}, validator_defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * A single forward-only scan can never backtrack, so it can't be made slow
 * this way no matter how much whitespace the input contains — it's always
 * proportional to the length of the string, once.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      // just this one character and try again from the next position.
      i = tokenStart + 1;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return isName(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return isName(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
/* global Uint8Array */






class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = validate(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/parse/utils.mjs



























//#region src/feeds/atom/parse/utils.ts
const createNamespaceGetter = (value, prefix) => {
	if (!prefix) return (key) => value[key];
	return (key) => value[prefix + key];
};
const xhtmlDivStartRegex = /^\s*<(?:([a-zA-Z][\w.-]*):)?div[\s/>]/;
const xhtmlDivParser = new XMLParser({
	preserveOrder: true,
	stopNodes: ["x-wrap.div"],
	processEntities: false,
	ignoreAttributes: false,
	attributeNamePrefix: "@",
	removeNSPrefix: true,
	trimValues: false,
	commentPropName: "#comment"
});
const unwrapXhtmlDiv = (value) => {
	if (!is_isNonEmptyString(value)) return value;
	const match = value.match(xhtmlDivStartRegex);
	if (!match) return value;
	let children;
	try {
		const parsed = xhtmlDivParser.parse(`<x-wrap>${value}</x-wrap>`);
		if (parsed.length !== 1 || !Array.isArray(parsed[0]["x-wrap"])) return value;
		children = parsed[0]["x-wrap"];
	} catch {
		return value;
	}
	const divTexts = [];
	for (const child of children) {
		if (Array.isArray(child.div)) {
			var _child$div$;
			divTexts.push(((_child$div$ = child.div[0]) === null || _child$div$ === void 0 ? void 0 : _child$div$["#text"]) ?? "");
			continue;
		}
		if (typeof child["#text"] === "string" && child["#text"].trim() === "") continue;
		return value;
	}
	if (divTexts.length !== 1) return value;
	const inner = divTexts[0];
	if (inner === "") return;
	const prefix = match[1];
	if (prefix) {
		const escapedPrefix = prefix.replace(/\./g, "\\.");
		return inner.replace(new RegExp(`(</?)${escapedPrefix}:`, "g"), "$1");
	}
	return inner;
};
const isXhtmlType = (type) => {
	return type === "xhtml" || type === "application/xhtml+xml";
};
const retrieveXhtmlDivXml = (value, type) => {
	if (!isXhtmlType(type)) return;
	const escaped = escapeCdataSections(retrieveText(value));
	if (!is_isNonEmptyString(escaped) || unwrapXhtmlDiv(escaped) === escaped) return;
	const children = xhtmlDivParser.parse(`<x-wrap>${escaped}</x-wrap>`)[0]["x-wrap"];
	for (const child of children) if (Array.isArray(child.div)) {
		const attributes = child[":@"];
		const xml = {
			base: parseString(attributes === null || attributes === void 0 ? void 0 : attributes["@base"]),
			lang: parseString(attributes === null || attributes === void 0 ? void 0 : attributes["@lang"])
		};
		return objects_trimObject(xml);
	}
};
const mergeXhtmlDivXml = (elementXml, divXml) => {
	if (!divXml) return elementXml;
	let base = divXml.base ?? (elementXml === null || elementXml === void 0 ? void 0 : elementXml.base);
	if (divXml.base && (elementXml === null || elementXml === void 0 ? void 0 : elementXml.base)) {
		var _parseUrl;
		base = ((_parseUrl = parseUrl(divXml.base, elementXml.base)) === null || _parseUrl === void 0 ? void 0 : _parseUrl.href) ?? base;
	}
	const merged = {
		...elementXml,
		lang: divXml.lang ?? (elementXml === null || elementXml === void 0 ? void 0 : elementXml.lang),
		base
	};
	return objects_trimObject(merged);
};
const cdataSectionRegex = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const escapeCdataSections = (value) => {
	if (!is_isNonEmptyString(value)) return value;
	return value.replace(cdataSectionRegex, (_, content) => {
		return content.replace(/&/g, "&amp;").replace(/</g, "&lt;");
	});
};
const parseTypedText = (value, type) => {
	const text = retrieveText(value);
	if (!isXhtmlType(type)) return parseString(text);
	const escaped = escapeCdataSections(text);
	const unwrapped = unwrapXhtmlDiv(escaped);
	if (unwrapped !== escaped) return parseVerbatimString(unwrapped);
	if (is_isNonEmptyString(escaped) && xhtmlDivStartRegex.test(escaped)) return parseVerbatimString(escaped);
	return parseString(text);
};
const utils_parseText = (value) => {
	if (is_isNonEmptyString(value)) {
		const parsed = parseString(value);
		return parsed ? { value: parsed } : void 0;
	}
	if (!is_isPlainObject(value)) return;
	const type = parseString(value["@type"]);
	const parsedValue = parseTypedText(value, type);
	if (!parsedValue) return;
	const text = {
		value: parsedValue,
		type,
		xml: mergeXhtmlDivXml(xml_parse_utils_retrieveItemOrFeed(value), retrieveXhtmlDivXml(value, type))
	};
	return objects_trimObject(text);
};
const utils_parseContent = (value) => {
	if (is_isNonEmptyString(value)) {
		const parsed = parseString(value);
		return parsed ? { value: parsed } : void 0;
	}
	if (!is_isPlainObject(value)) return;
	const type = parseString(value["@type"]);
	const content = {
		value: parseTypedText(value, type),
		type,
		src: parseString(value["@src"]),
		xml: mergeXhtmlDivXml(xml_parse_utils_retrieveItemOrFeed(value), retrieveXhtmlDivXml(value, type))
	};
	return objects_trimObject(content);
};
const parseLink = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = detectNamespaces(value);
	const link = {
		href: parseString(value["@href"]) ?? parseString(retrieveText(value)),
		rel: parseString(value["@rel"]),
		type: parseString(value["@type"]),
		hreflang: parseString(value["@hreflang"]),
		title: parseString(value["@title"]),
		length: parseNumber(value["@length"]),
		thr: namespaces.has("thr") ? retrieveLink(value, options) : void 0
	};
	return objects_trimObject(link);
};
const retrievePersonUri = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const uri = parseSingularOf(get("uri"), (value) => parseString(retrieveText(value)));
	const url = parseSingularOf(get("url"), (value) => parseString(retrieveText(value)));
	return uri || url;
};
const parsePerson = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : detectNamespaces(value);
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const person = {
		name: parseSingularOf(get("name"), (value) => parseString(retrieveText(value))),
		uri: retrievePersonUri(value, options),
		email: parseSingularOf(get("email"), (value) => parseString(retrieveText(value))),
		arxiv: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("arxiv")) ? retrieveAuthor(value) : void 0
	};
	return objects_trimObject(person);
};
const atom_parse_utils_parseCategory = (value) => {
	if (!is_isPlainObject(value)) return;
	const category = {
		term: parseString(value["@term"]),
		scheme: parseString(value["@scheme"]),
		label: parseString(value["@label"])
	};
	return objects_trimObject(category);
};
const retrieveGeneratorUri = (value) => {
	if (!is_isPlainObject(value)) return;
	const uri = parseString(value["@uri"]);
	const url = parseString(value["@url"]);
	return uri || url;
};
const parseGenerator = (value) => {
	const generator = {
		text: parseString(retrieveText(value)),
		uri: retrieveGeneratorUri(value),
		version: parseString(value === null || value === void 0 ? void 0 : value["@version"])
	};
	return objects_trimObject(generator);
};
const parseSource = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const source = {
		authors: parseArrayOf(get("author"), (value) => parsePerson(value, options)),
		categories: parseArrayOf(get("category"), (value) => atom_parse_utils_parseCategory(value, options)),
		contributors: parseArrayOf(get("contributor"), (value) => parsePerson(value, options)),
		generator: parseSingularOf(get("generator"), (value) => parseGenerator(value, options)),
		icon: parseSingularOf(get("icon"), (value) => parseString(retrieveText(value))),
		id: parseSingularOf(get("id"), (value) => parseString(retrieveText(value))),
		links: parseArrayOf(get("link"), (value) => parseLink(value, options)),
		logo: parseSingularOf(get("logo"), (value) => parseString(retrieveText(value))),
		rights: parseSingularOf(get("rights"), utils_parseText),
		subtitle: parseSingularOf(get("subtitle"), utils_parseText),
		title: parseSingularOf(get("title"), utils_parseText),
		updated: retrieveUpdated(value, options)
	};
	return objects_trimObject(source);
};
const retrievePublished = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const published = parseSingularOf(get("published"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	const issued = parseSingularOf(get("issued"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	const created = parseSingularOf(get("created"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	return published || issued || created;
};
const retrieveUpdated = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const updated = parseSingularOf(get("updated"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	const modified = parseSingularOf(get("modified"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	return updated || modified;
};
const retrieveSubtitle = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const subtitle = parseSingularOf(get("subtitle"), utils_parseText);
	const tagline = parseSingularOf(get("tagline"), utils_parseText);
	return subtitle || tagline;
};
const parseEntry = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : detectNamespaces(value);
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const entry = {
		authors: parseArrayOf(get("author"), (value) => parsePerson(value, options)),
		categories: parseArrayOf(get("category"), (value) => atom_parse_utils_parseCategory(value, options)),
		content: parseSingularOf(get("content"), (value) => utils_parseContent(value, options)),
		contributors: parseArrayOf(get("contributor"), (value) => parsePerson(value, options)),
		id: parseSingularOf(get("id"), (value) => parseString(retrieveText(value))),
		links: parseArrayOf(get("link"), (value) => parseLink(value, options)),
		published: retrievePublished(value, options),
		rights: parseSingularOf(get("rights"), utils_parseText),
		source: parseSingularOf(get("source"), (value) => parseSource(value, options)),
		summary: parseSingularOf(get("summary"), utils_parseText),
		title: parseSingularOf(get("title"), utils_parseText),
		updated: retrieveUpdated(value, options),
		app: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("app")) ? retrieveEntry(value, options) : void 0,
		arxiv: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("arxiv")) ? utils_retrieveEntry(value) : void 0,
		cc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("cc")) ? retrieveItemOrFeed(value) : void 0,
		dc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dc")) ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		slash: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("slash")) ? slash_parse_utils_retrieveItem(value) : void 0,
		itunes: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("itunes")) ? utils_retrieveItem(value) : void 0,
		googleplay: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("googleplay")) ? retrieveItem(value) : void 0,
		psc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("psc")) ? psc_parse_utils_retrieveItem(value) : void 0,
		media: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("media")) ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("georss")) ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		geo: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("geo")) ? geo_parse_utils_retrieveItemOrFeed(value) : void 0,
		thr: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("thr")) ? thr_parse_utils_retrieveItem(value) : void 0,
		dcterms: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dcterms")) ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		creativeCommons: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("creativecommons")) ? utils_retrieveItemOrFeed(value) : void 0,
		wfw: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("wfw")) ? wfw_parse_utils_retrieveItem(value) : void 0,
		yt: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("yt")) ? yt_parse_utils_retrieveItem(value) : void 0,
		pingback: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("pingback")) ? parse_utils_retrieveItem(value) : void 0,
		trackback: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("trackback")) ? trackback_parse_utils_retrieveItem(value) : void 0,
		xml: (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(entry);
};
const parseFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : detectNamespaces(value);
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const feed = {
		authors: parseArrayOf(get("author"), (value) => parsePerson(value, options)),
		categories: parseArrayOf(get("category"), (value) => atom_parse_utils_parseCategory(value, options)),
		contributors: parseArrayOf(get("contributor"), (value) => parsePerson(value, options)),
		generator: parseSingularOf(get("generator"), (value) => parseGenerator(value, options)),
		icon: parseSingularOf(get("icon"), (value) => parseString(retrieveText(value))),
		id: parseSingularOf(get("id"), (value) => parseString(retrieveText(value))),
		links: parseArrayOf(get("link"), (value) => parseLink(value, options)),
		logo: parseSingularOf(get("logo"), (value) => parseString(retrieveText(value))),
		rights: parseSingularOf(get("rights"), utils_parseText),
		subtitle: retrieveSubtitle(value, options),
		title: parseSingularOf(get("title"), utils_parseText),
		updated: retrieveUpdated(value, options),
		entries: parseArrayOf(get("entry"), (value) => parseEntry(value, options), options === null || options === void 0 ? void 0 : options.maxItems),
		cc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("cc")) ? retrieveItemOrFeed(value) : void 0,
		dc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dc")) ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		sy: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("sy")) ? sy_parse_utils_retrieveFeed(value, options) : void 0,
		itunes: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("itunes")) ? parse_utils_retrieveFeed(value) : void 0,
		googleplay: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("googleplay")) ? utils_retrieveFeed(value) : void 0,
		media: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("media")) ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("georss")) ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		geo: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("geo")) ? geo_parse_utils_retrieveItemOrFeed(value) : void 0,
		dcterms: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dcterms")) ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		creativeCommons: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("creativecommons")) ? utils_retrieveItemOrFeed(value) : void 0,
		opensearch: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("opensearch")) ? opensearch_parse_utils_retrieveFeed(value) : void 0,
		yt: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("yt")) ? yt_parse_utils_retrieveFeed(value) : void 0,
		admin: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("admin")) ? retrieveFeed(value) : void 0,
		pingback: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("pingback")) ? pingback_parse_utils_retrieveFeed(value) : void 0,
		xml: (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(feed);
};
const atom_parse_utils_retrieveFeed = (value, options) => {
	const notNamespaced = parseSingularOf(value === null || value === void 0 ? void 0 : value.feed, (value) => parseFeed(value, options));
	const namespaced = parseSingularOf(value === null || value === void 0 ? void 0 : value["atom:feed"], (value) => parseFeed(value, {
		...options,
		prefix: "atom:"
	}));
	return notNamespaced || namespaced;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/parse/index.mjs







//#region src/feeds/atom/parse/index.ts
const createNamespaceOptions = createNamespaceResolver({
	namespaceUris: namespaceUris,
	namespacePrefixes: namespacePrefixes,
	primaryNamespaces: ["atom"]
});
let namespaceOptions = createNamespaceOptions();
const parser = new XMLParser({
	...parserConfig,
	stopNodes: parse_config_stopNodes,
	transformTagName: (name) => namespaceOptions.transformTagName(name),
	transformAttributeName: (name) => namespaceOptions.transformAttributeName(name),
	attributeValueProcessor: (name, value) => namespaceOptions.attributeValueProcessor(name, value),
	updateTag: (name) => namespaceOptions.updateTag(name)
});
const parse = (value, options) => {
	if (!detect(value)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	let normalized;
	try {
		namespaceOptions = createNamespaceOptions(value);
		normalized = parser.parse(value);
	} catch (error) {
		throw new errors/* MalformedError */.G4(locales.invalidFeedFormat, { cause: error });
	}
	const parsed = atom_parse_utils_retrieveFeed(normalized, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/json/parse/utils.mjs



//#region src/feeds/json/parse/utils.ts
const createCaseInsensitiveGetter = (value) => {
	return (requestedKey) => {
		if (requestedKey in value) return value[requestedKey];
		const lowerKey = requestedKey.toLowerCase();
		for (const key in value) if (key.toLowerCase() === lowerKey) return value[key];
	};
};
const parseAuthor = (value) => {
	if (is_isPlainObject(value)) {
		const get = createCaseInsensitiveGetter(value);
		const author = {
			name: parseSingularOf(get("name"), parseVerbatimString),
			url: parseSingularOf(get("url"), parseVerbatimString),
			avatar: parseSingularOf(get("avatar"), parseVerbatimString)
		};
		return objects_trimObject(author);
	}
	if (isNonEmptyStringOrNumber(value)) {
		const author = { name: parseVerbatimString(value) };
		return objects_trimObject(author);
	}
};
const retrieveAuthors = (value) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const parsedAuthors = parseArrayOf(get("authors"), parseAuthor);
	const parsedAuthor = parseArrayOf(get("author"), parseAuthor);
	return (parsedAuthors === null || parsedAuthors === void 0 ? void 0 : parsedAuthors.length) ? parsedAuthors : parsedAuthor;
};
const parseAttachment = (value) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const attachment = {
		url: parseSingularOf(get("url"), parseVerbatimString),
		mime_type: parseSingularOf(get("mime_type"), parseVerbatimString),
		title: parseSingularOf(get("title"), parseVerbatimString),
		size_in_bytes: parseSingularOf(get("size_in_bytes"), parseNumber),
		duration_in_seconds: parseSingularOf(get("duration_in_seconds"), parseNumber)
	};
	return objects_trimObject(attachment);
};
const parseItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const item = {
		id: parseSingularOf(get("id"), parseVerbatimString),
		url: parseSingularOf(get("url"), parseVerbatimString),
		external_url: parseSingularOf(get("external_url"), parseVerbatimString),
		title: parseSingularOf(get("title"), parseVerbatimString),
		content_html: parseSingularOf(get("content_html"), parseVerbatimString),
		content_text: parseSingularOf(get("content_text"), parseVerbatimString),
		summary: parseSingularOf(get("summary"), parseVerbatimString),
		image: parseSingularOf(get("image"), parseVerbatimString),
		banner_image: parseSingularOf(get("banner_image"), parseVerbatimString),
		date_published: parseSingularOf(get("date_published"), (value) => parseDate(value, options === null || options === void 0 ? void 0 : options.parseDateFn)),
		date_modified: parseSingularOf(get("date_modified"), (value) => parseDate(value, options === null || options === void 0 ? void 0 : options.parseDateFn)),
		tags: parseArrayOf(get("tags"), parseVerbatimString),
		authors: retrieveAuthors(value),
		language: parseSingularOf(get("language"), parseVerbatimString),
		attachments: parseArrayOf(get("attachments"), parseAttachment)
	};
	return objects_trimObject(item);
};
const parseHub = (value) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const hub = {
		type: parseSingularOf(get("type"), parseVerbatimString),
		url: parseSingularOf(get("url"), parseVerbatimString)
	};
	return objects_trimObject(hub);
};
const utils_parseFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const feed = {
		title: parseSingularOf(get("title"), parseVerbatimString),
		home_page_url: parseSingularOf(get("home_page_url"), parseVerbatimString),
		feed_url: parseSingularOf(get("feed_url"), parseVerbatimString),
		description: parseSingularOf(get("description"), parseVerbatimString),
		user_comment: parseSingularOf(get("user_comment"), parseVerbatimString),
		next_url: parseSingularOf(get("next_url"), parseVerbatimString),
		icon: parseSingularOf(get("icon"), parseVerbatimString),
		favicon: parseSingularOf(get("favicon"), parseVerbatimString),
		language: parseSingularOf(get("language"), parseVerbatimString),
		expired: parseSingularOf(get("expired"), parseBoolean),
		hubs: parseArrayOf(get("hubs"), parseHub),
		authors: retrieveAuthors(value),
		items: parseArrayOf(get("items"), (value) => parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/json/detect/index.mjs



//#region src/feeds/json/detect/index.ts
const detect_detect = (value) => {
	const json = parseJsonObject(value);
	if (!is_isPlainObject(json)) return false;
	const get = createCaseInsensitiveGetter(json);
	const version = get("version");
	if (is_isNonEmptyString(version)) return version.includes("jsonfeed.org/version/");
	const hasTitle = is_isNonEmptyString(get("title"));
	const hasItems = Array.isArray(get("items"));
	const hasJsonFeedProps = !!(get("home_page_url") || get("feed_url") || get("authors"));
	return hasTitle && (hasItems || hasJsonFeedProps);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/json/parse/index.mjs





//#region src/feeds/json/parse/index.ts
const parse_parse = (value, options) => {
	const json = parseJsonObject(value);
	if (!detect_detect(json)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	const parsed = utils_parseFeed(json, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/detect/index.mjs


//#region src/feeds/rdf/detect/index.ts
const rssNamespaceUris = [
	"http://purl.org/rss/1.0/",
	"https://purl.org/rss/1.0/",
	"http://purl.org/rss/1.0",
	"https://purl.org/rss/1.0",
	"http://channel.netscape.com/rdf/simple/0.9/",
	"https://channel.netscape.com/rdf/simple/0.9/",
	"http://channel.netscape.com/rdf/simple/0.9",
	"https://channel.netscape.com/rdf/simple/0.9"
];
const rdfElementRegex = /(?:^|[\s>])<(?:\w+:)?rdf[\s>]/im;
const rdfElementsRegex = /(<(?:\w+:)?(channel|item|title|link|description)[\s>])/i;
const rdf_detect_detect = (value) => {
	if (!is_isNonEmptyString(value)) return false;
	if (!rdfElementRegex.test(value)) return false;
	const hasRdfNamespace = namespaceUris.rdf.some((uri) => value.includes(uri));
	const hasRssNamespace = rssNamespaceUris.some((uri) => value.includes(uri));
	const hasRdfElements = rdfElementsRegex.test(value);
	return hasRdfNamespace || hasRssNamespace || hasRdfElements;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/parse/config.mjs

//#region src/feeds/rdf/parse/config.ts
const rdf_parse_config_stopNodes = [
	...namespaceStopNodes,
	"rdf.channel.title",
	"rdf.channel.link",
	"rdf.channel.description",
	"rdf.image.title",
	"rdf.image.link",
	"rdf.image.url",
	"rdf.item.title",
	"rdf.item.link",
	"rdf.item.description",
	"rdf.textinput.title",
	"rdf.textinput.description",
	"rdf.textinput.name",
	"rdf.textinput.link"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/atom/parse/utils.mjs

//#region src/namespaces/atom/parse/utils.ts
const parse_utils_retrieveEntry = (value, options) => {
	return parseEntry(value, {
		...options,
		prefix: "atom:",
		asNamespace: true
	});
};
const namespaces_atom_parse_utils_retrieveFeed = (value, options) => {
	return parseFeed(value, {
		...options,
		prefix: "atom:",
		asNamespace: true
	});
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/content/parse/utils.mjs



//#region src/namespaces/content/parse/utils.ts
const content_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = { encoded: parseSingularOf(value["content:encoded"], (value) => parseString(retrieveText(value))) };
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rdf/parse/utils.mjs



//#region src/namespaces/rdf/parse/utils.ts
const retrieveAbout = (value) => {
	if (!is_isPlainObject(value)) return;
	const about = { about: parseString(value["@about"]) ?? parseString(value["@rdf:about"]) };
	return objects_trimObject(about);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/parse/utils.mjs
















//#region src/feeds/rdf/parse/utils.ts
const retrieveByAbout = (elements, resourceUri) => {
	if (!resourceUri) return;
	return (Array.isArray(elements) ? elements : [elements]).find((el) => (el === null || el === void 0 ? void 0 : el["@about"]) === resourceUri);
};
const findByTocReference = (value, property) => {
	if (!is_isPlainObject(value)) return;
	const channel = parseSingular(value.channel);
	const resourceRef = parseSingular(channel === null || channel === void 0 ? void 0 : channel[property]);
	const resourceUri = parseString(resourceRef === null || resourceRef === void 0 ? void 0 : resourceRef["@resource"]);
	return retrieveByAbout(value[property], resourceUri);
};
const parse_utils_parseImage = (value) => {
	if (!is_isPlainObject(value)) return;
	const image = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		url: parseSingularOf(value.url, (value) => parseString(retrieveText(value))),
		rdf: retrieveAbout(value)
	};
	return objects_trimObject(image);
};
const retrieveImage = (value) => {
	return parse_utils_parseImage(findByTocReference(value, "image")) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.image, parse_utils_parseImage);
};
const parseTextInput = (value) => {
	if (!is_isPlainObject(value)) return;
	const textInput = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		name: parseSingularOf(value.name, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		rdf: retrieveAbout(value)
	};
	return objects_trimObject(textInput);
};
const retrieveTextInput = (value) => {
	return parseTextInput(findByTocReference(value, "textinput")) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.textinput, parseTextInput);
};
const utils_parseItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = detectNamespaces(value);
	const item = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		rdf: retrieveAbout(value),
		atom: namespaces.has("atom") ? parse_utils_retrieveEntry(value, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(value) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		content: namespaces.has("content") ? content_parse_utils_retrieveItem(value) : void 0,
		slash: namespaces.has("slash") ? slash_parse_utils_retrieveItem(value) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		wfw: namespaces.has("wfw") ? wfw_parse_utils_retrieveItem(value) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(item);
};
const retrieveItems = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const channel = parseSingular(value.channel);
	const tocItems = parseSingular(channel === null || channel === void 0 ? void 0 : channel.items);
	const itemsSeq = parseSingular(tocItems === null || tocItems === void 0 ? void 0 : tocItems.seq);
	const itemUris = parseArrayOf(itemsSeq === null || itemsSeq === void 0 ? void 0 : itemsSeq.li, (li) => parseString(li === null || li === void 0 ? void 0 : li["@resource"]), options === null || options === void 0 ? void 0 : options.maxItems);
	const items = trimArray(itemUris === null || itemUris === void 0 ? void 0 : itemUris.map((uri) => retrieveByAbout(value.item, uri)), (value) => utils_parseItem(value, options));
	if (items === null || items === void 0 ? void 0 : items.length) return items;
	return parseArrayOf(value === null || value === void 0 ? void 0 : value.item, (value) => utils_parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems);
};
const parse_utils_parseFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const channel = parseSingular(value.channel);
	const namespaces = detectNamespaces(channel);
	const feed = {
		title: parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.description, (value) => parseString(retrieveText(value))),
		image: retrieveImage(value),
		items: retrieveItems(value, options),
		textInput: retrieveTextInput(value),
		rdf: retrieveAbout(channel),
		atom: namespaces.has("atom") ? namespaces_atom_parse_utils_retrieveFeed(channel, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(channel) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		sy: namespaces.has("sy") ? sy_parse_utils_retrieveFeed(channel, options) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(channel) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(channel) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		admin: namespaces.has("admin") ? retrieveFeed(channel) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(feed);
};
const rdf_parse_utils_retrieveFeed = (value, options) => {
	return parseSingularOf(value === null || value === void 0 ? void 0 : value.rdf, (value) => parse_utils_parseFeed(value, options));
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/parse/index.mjs







//#region src/feeds/rdf/parse/index.ts
const parse_createNamespaceOptions = createNamespaceResolver({
	namespaceUris: namespaceUris,
	namespacePrefixes: namespacePrefixes,
	primaryNamespaces: ["rdf", "rss"]
});
let parse_namespaceOptions = parse_createNamespaceOptions();
const parse_parser = new XMLParser({
	...parserConfig,
	stopNodes: rdf_parse_config_stopNodes,
	transformTagName: (name) => parse_namespaceOptions.transformTagName(name),
	transformAttributeName: (name) => parse_namespaceOptions.transformAttributeName(name),
	attributeValueProcessor: (name, value) => parse_namespaceOptions.attributeValueProcessor(name, value),
	updateTag: (name) => parse_namespaceOptions.updateTag(name)
});
const rdf_parse_parse = (value, options) => {
	if (!rdf_detect_detect(value)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	let normalized;
	try {
		parse_namespaceOptions = parse_createNamespaceOptions(value);
		normalized = parse_parser.parse(value);
	} catch (error) {
		throw new errors/* MalformedError */.G4(locales.invalidFeedFormat, { cause: error });
	}
	const parsed = rdf_parse_utils_retrieveFeed(normalized, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/detect/index.mjs

//#region src/feeds/rss/detect/index.ts
const rssElementRegex = /(?:^|[\s>])<(?:\w+:)?rss[\s>]/im;
const versionAttributeRegex = /version\s*=\s*["'][^"']*["']/i;
const rssElementsRegex = /(<(channel|item|title|link|description|pubDate|guid)[\s>])/i;
const rss_detect_detect = (value) => {
	if (!is_isNonEmptyString(value)) return false;
	if (!rssElementRegex.test(value)) return false;
	const hasVersionAttribute = versionAttributeRegex.test(value);
	const hasRssElements = rssElementsRegex.test(value);
	return hasVersionAttribute || hasRssElements;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/parse/config.mjs

//#region src/feeds/rss/parse/config.ts
const sharedStopNodes = [
	"image.description",
	"image.height",
	"image.link",
	"image.title",
	"image.url",
	"image.width",
	"textinput.title",
	"textinput.description",
	"textinput.name",
	"textinput.link",
	"item.title",
	"item.link",
	"item.description",
	"item.author.name",
	"item.category",
	"item.comments",
	"item.enclosure",
	"item.guid",
	"item.pubdate",
	"item.source"
];
const rss_parse_config_stopNodes = [
	...namespaceStopNodes,
	"rss.channel.title",
	"rss.channel.link",
	"rss.channel.description",
	"rss.channel.language",
	"rss.channel.copyright",
	"rss.channel.managingeditor",
	"rss.channel.webmaster",
	"rss.channel.pubdate",
	"rss.channel.lastbuilddate",
	"rss.channel.category",
	"rss.channel.generator",
	"rss.channel.docs",
	"rss.channel.cloud",
	"rss.channel.ttl",
	"rss.channel.rating",
	"rss.channel.skiphours.hour",
	"rss.channel.skipdays.day",
	...sharedStopNodes.map((node) => `rss.channel.${node}`),
	...sharedStopNodes.map((node) => `rss.${node}`)
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/acast/parse/utils.mjs



//#region src/namespaces/acast/parse/utils.ts
const parseSignature = (value) => {
	if (!is_isPlainObject(value)) return;
	const signature = {
		key: parseString(value["@key"]),
		algorithm: parseString(value["@algorithm"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(signature);
};
const parseNetwork = (value) => {
	if (!is_isPlainObject(value)) return;
	const network = {
		id: parseString(value["@id"]),
		slug: parseString(value["@slug"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(network);
};
const acast_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		showId: parseSingularOf(value["acast:showid"], (value) => parseString(retrieveText(value))),
		showUrl: parseSingularOf(value["acast:showurl"], (value) => parseString(retrieveText(value))),
		signature: parseSingularOf(value["acast:signature"], parseSignature),
		settings: parseSingularOf(value["acast:settings"], (value) => parseString(retrieveText(value))),
		network: parseSingularOf(value["acast:network"], parseNetwork),
		importedFeed: parseSingularOf(value["acast:importedfeed"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
const acast_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		episodeId: parseSingularOf(value["acast:episodeid"], (value) => parseString(retrieveText(value))),
		showId: parseSingularOf(value["acast:showid"], (value) => parseString(retrieveText(value))),
		episodeUrl: parseSingularOf(value["acast:episodeurl"], (value) => parseString(retrieveText(value))),
		settings: parseSingularOf(value["acast:settings"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/blogchannel/parse/utils.mjs



//#region src/namespaces/blogchannel/parse/utils.ts
const blogchannel_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		blogRoll: parseSingularOf(value["blogchannel:blogroll"], (value) => parseString(retrieveText(value))),
		blink: parseSingularOf(value["blogchannel:blink"], (value) => parseString(retrieveText(value))),
		mySubscriptions: parseSingularOf(value["blogchannel:mysubscriptions"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/feedpress/parse/utils.mjs



//#region src/namespaces/feedpress/parse/utils.ts
const feedpress_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		link: parseSingularOf(value["feedpress:link"], (value) => parseString(retrieveText(value))),
		newsletterId: parseSingularOf(value["feedpress:newsletterid"], (value) => parseString(retrieveText(value))),
		locale: parseSingularOf(value["feedpress:locale"], (value) => parseString(retrieveText(value))),
		podcastId: parseSingularOf(value["feedpress:podcastid"], (value) => parseString(retrieveText(value))),
		cssFile: parseSingularOf(value["feedpress:cssfile"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/podcast/parse/utils.mjs



//#region src/namespaces/podcast/parse/utils.ts
const utils_whitespaceRegex = /\s+/;
const trailingWRegex = /w$/;
const parseTranscript = (value) => {
	if (!is_isPlainObject(value)) return;
	const transcript = {
		url: parseString(value["@url"]),
		type: parseString(value["@type"]),
		language: parseString(value["@language"]),
		rel: parseString(value["@rel"])
	};
	return objects_trimObject(transcript);
};
const parseLocked = (value) => {
	const locked = {
		value: parseYesNoBoolean(retrieveText(value)),
		owner: parseString(value === null || value === void 0 ? void 0 : value["@owner"])
	};
	return objects_trimObject(locked);
};
const parseFunding = (value) => {
	if (!is_isPlainObject(value)) return;
	const funding = {
		url: parseString(value["@url"]),
		display: parseString(value["#text"])
	};
	return objects_trimObject(funding);
};
const utils_parseChapters = (value) => {
	if (!is_isPlainObject(value)) return;
	const chapters = {
		url: parseString(value["@url"]),
		type: parseString(value["@type"])
	};
	return objects_trimObject(chapters);
};
const parseSoundbite = (value) => {
	if (!is_isPlainObject(value)) return;
	const soundbite = {
		startTime: parseNumber(value["@starttime"]),
		duration: parseNumber(value["@duration"]),
		display: parseString(retrieveText(value))
	};
	return objects_trimObject(soundbite);
};
const utils_parsePerson = (value) => {
	const person = {
		display: parseString(retrieveText(value)),
		role: parseString(value === null || value === void 0 ? void 0 : value["@role"]),
		group: parseString(value === null || value === void 0 ? void 0 : value["@group"]),
		img: parseString(value === null || value === void 0 ? void 0 : value["@img"]),
		href: parseString(value === null || value === void 0 ? void 0 : value["@href"])
	};
	return objects_trimObject(person);
};
const utils_parseLocation = (value) => {
	const location = {
		display: parseString(retrieveText(value)),
		rel: parseString(value === null || value === void 0 ? void 0 : value["@rel"]),
		geo: parseString(value === null || value === void 0 ? void 0 : value["@geo"]),
		osm: parseString(value === null || value === void 0 ? void 0 : value["@osm"]),
		country: parseString(value === null || value === void 0 ? void 0 : value["@country"])
	};
	return objects_trimObject(location);
};
const parseSeason = (value) => {
	const season = {
		number: parseNumber(retrieveText(value)),
		name: parseString(value === null || value === void 0 ? void 0 : value["@name"])
	};
	return objects_trimObject(season);
};
const parseEpisode = (value) => {
	const episode = {
		number: parseNumber(retrieveText(value)),
		display: parseString(value === null || value === void 0 ? void 0 : value["@display"])
	};
	return objects_trimObject(episode);
};
const parseTrailer = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const trailer = {
		display: parseString(retrieveText(value)),
		url: parseString(value["@url"]),
		pubDate: parseDate(value["@pubdate"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		length: parseNumber(value["@length"]),
		type: parseString(value["@type"]),
		season: parseNumber(value["@season"])
	};
	return objects_trimObject(trailer);
};
const utils_parseLicense = (value) => {
	const license = {
		display: parseString(retrieveText(value)),
		url: parseString(value === null || value === void 0 ? void 0 : value["@url"])
	};
	return objects_trimObject(license);
};
const parseAlternateEnclosure = (value) => {
	if (!is_isPlainObject(value)) return;
	const alternateEnclosure = {
		type: parseString(value["@type"]),
		length: parseNumber(value["@length"]),
		bitrate: parseNumber(value["@bitrate"]),
		height: parseNumber(value["@height"]),
		lang: parseString(value["@lang"]),
		title: parseString(value["@title"]),
		rel: parseString(value["@rel"]),
		codecs: parseString(value["@codecs"]),
		default: parseBoolean(value["@default"]),
		sources: parseArrayOf(value["podcast:source"], utils_parseSource),
		integrity: parseSingularOf(value["podcast:integrity"], parseIntegrity)
	};
	return objects_trimObject(alternateEnclosure);
};
const utils_parseSource = (value) => {
	if (!is_isPlainObject(value)) return;
	const source = {
		uri: parseString(value["@uri"]),
		contentType: parseString(value["@contenttype"])
	};
	return objects_trimObject(source);
};
const parseIntegrity = (value) => {
	if (!is_isPlainObject(value)) return;
	const integrity = {
		type: parseString(value["@type"]),
		value: parseString(value["@value"])
	};
	return objects_trimObject(integrity);
};
const utils_parseValue = (value) => {
	if (!is_isPlainObject(value)) return;
	const parsed = {
		type: parseString(value["@type"]),
		method: parseString(value["@method"]),
		suggested: parseNumber(value["@suggested"]),
		valueRecipients: parseArrayOf(value["podcast:valuerecipient"], parseValueRecipient),
		valueTimeSplits: parseArrayOf(value["podcast:valuetimesplit"], parseValueTimeSplit)
	};
	return objects_trimObject(parsed);
};
const parseValueRecipient = (value) => {
	if (!is_isPlainObject(value)) return;
	const valueRecipient = {
		name: parseString(value["@name"]),
		customKey: parseString(value["@customkey"]),
		customValue: parseString(value["@customvalue"]),
		type: parseString(value["@type"]),
		address: parseString(value["@address"]),
		split: parseNumber(value["@split"]),
		fee: parseBoolean(value["@fee"])
	};
	return objects_trimObject(valueRecipient);
};
const podcast_parse_utils_parseImage = (value) => {
	if (!is_isPlainObject(value)) return;
	const image = {
		href: parseString(value["@href"]),
		alt: parseString(value["@alt"]),
		aspectRatio: parseString(value["@aspect-ratio"]),
		width: parseNumber(value["@width"]),
		height: parseNumber(value["@height"]),
		type: parseString(value["@type"]),
		purpose: parseString(value["@purpose"])
	};
	return objects_trimObject(image);
};
const parseImages = (value) => {
	const srcset = parseString(value === null || value === void 0 ? void 0 : value["@srcset"]);
	if (!srcset) return;
	const images = [];
	const segments = srcset.split(",");
	for (const segment of segments) {
		const [href, width] = segment.trim().split(utils_whitespaceRegex);
		const image = {
			href: parseString(href),
			width: parseNumber(width === null || width === void 0 ? void 0 : width.replace(trailingWRegex, ""))
		};
		images.push(image);
	}
	return trimArray(images, objects_trimObject);
};
const retrieveImages = (value) => {
	return parseArrayOf(value["podcast:image"], podcast_parse_utils_parseImage) ?? parseSingularOf(value["podcast:images"], parseImages);
};
const parseLiveItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const liveItem = {
		...podcast_parse_utils_retrieveItem(value),
		status: parseString(value["@status"]),
		start: parseDate(value["@start"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		end: parseDate(value["@end"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		contentLinks: parseArrayOf(value["podcast:contentlink"], parseContentLink)
	};
	return objects_trimObject(liveItem);
};
const parseContentLink = (value) => {
	if (!is_isPlainObject(value)) return;
	const contentLink = {
		href: parseString(value["@href"]),
		display: parseString(retrieveText(value))
	};
	return objects_trimObject(contentLink);
};
const parseSocialInteract = (value) => {
	if (!is_isPlainObject(value)) return;
	const socialInteract = {
		uri: parseString(value["@uri"]),
		protocol: parseString(value["@protocol"]),
		accountId: parseString(value["@accountid"]),
		accountUrl: parseString(value["@accounturl"]),
		priority: parseNumber(value["@priority"])
	};
	return objects_trimObject(socialInteract);
};
const parseChat = (value) => {
	if (!is_isPlainObject(value)) return;
	const chat = {
		server: parseString(value["@server"]),
		protocol: parseString(value["@protocol"]),
		accountId: parseString(value["@accountid"]),
		space: parseString(value["@space"])
	};
	return objects_trimObject(chat);
};
const parseBlock = (value) => {
	const block = {
		value: parseYesNoBoolean(retrieveText(value)),
		id: parseString(value === null || value === void 0 ? void 0 : value["@id"])
	};
	return objects_trimObject(block);
};
const parseTxt = (value) => {
	const txt = {
		display: parseString(retrieveText(value)),
		purpose: parseString(value === null || value === void 0 ? void 0 : value["@purpose"])
	};
	return objects_trimObject(txt);
};
const parseRemoteItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const remoteItem = {
		feedGuid: parseString(value["@feedguid"]),
		feedUrl: parseString(value["@feedurl"]),
		itemGuid: parseString(value["@itemguid"]),
		medium: parseString(value["@medium"]),
		title: parseString(value["@title"])
	};
	return objects_trimObject(remoteItem);
};
const parsePodroll = (value) => {
	if (!is_isPlainObject(value)) return;
	const podroll = { remoteItems: parseArrayOf(value["podcast:remoteitem"], parseRemoteItem) };
	return objects_trimObject(podroll);
};
const parseUpdateFrequency = (value, options) => {
	const updateFrequency = {
		display: parseString(retrieveText(value)),
		complete: parseBoolean(value === null || value === void 0 ? void 0 : value["@complete"]),
		dtstart: parseDate(value === null || value === void 0 ? void 0 : value["@dtstart"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		rrule: parseString(value === null || value === void 0 ? void 0 : value["@rrule"])
	};
	return objects_trimObject(updateFrequency);
};
const parsePodping = (value) => {
	if (!is_isPlainObject(value)) return;
	const podping = { usesPodping: parseBoolean(value["@usespodping"]) };
	return objects_trimObject(podping);
};
const parsePublisher = (value) => {
	if (!is_isPlainObject(value)) return;
	const publisher = { remoteItem: parseSingularOf(value["podcast:remoteitem"], parseRemoteItem) };
	return objects_trimObject(publisher);
};
const parseValueTimeSplit = (value) => {
	if (!is_isPlainObject(value)) return;
	const valueTimeSplit = {
		startTime: parseNumber(value["@starttime"]),
		duration: parseNumber(value["@duration"]),
		remoteStartTime: parseNumber(value["@remotestarttime"]),
		remotePercentage: parseNumber(value["@remotepercentage"]),
		remoteItem: parseSingularOf(value["podcast:remoteitem"], parseRemoteItem),
		valueRecipients: parseArrayOf(value["podcast:valuerecipient"], parseValueRecipient)
	};
	return objects_trimObject(valueTimeSplit);
};
const podcast_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		transcripts: parseArrayOf(value["podcast:transcript"], parseTranscript),
		chapters: parseSingularOf(value["podcast:chapters"], utils_parseChapters),
		soundbites: parseArrayOf(value["podcast:soundbite"], parseSoundbite),
		persons: parseArrayOf(value["podcast:person"], utils_parsePerson),
		locations: parseArrayOf(value["podcast:location"], utils_parseLocation),
		season: parseSingularOf(value["podcast:season"], parseSeason),
		episode: parseSingularOf(value["podcast:episode"], parseEpisode),
		license: parseSingularOf(value["podcast:license"], utils_parseLicense),
		alternateEnclosures: parseArrayOf(value["podcast:alternateenclosure"], parseAlternateEnclosure),
		values: parseArrayOf(value["podcast:value"], utils_parseValue),
		images: retrieveImages(value),
		socialInteracts: parseArrayOf(value["podcast:socialinteract"], parseSocialInteract),
		txts: parseArrayOf(value["podcast:txt"], parseTxt),
		chat: parseSingularOf(value["podcast:chat"], parseChat)
	};
	return objects_trimObject(item);
};
const podcast_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		locked: parseSingularOf(value["podcast:locked"], parseLocked),
		fundings: parseArrayOf(value["podcast:funding"], parseFunding),
		persons: parseArrayOf(value["podcast:person"], utils_parsePerson),
		locations: parseArrayOf(value["podcast:location"], utils_parseLocation),
		trailers: parseArrayOf(value["podcast:trailer"], (value) => parseTrailer(value, options)),
		license: parseSingularOf(value["podcast:license"], utils_parseLicense),
		guid: parseSingularOf(value["podcast:guid"], (value) => parseString(retrieveText(value))),
		values: parseArrayOf(value["podcast:value"], utils_parseValue),
		medium: parseSingularOf(value["podcast:medium"], (value) => parseString(retrieveText(value))),
		images: retrieveImages(value),
		liveItems: parseArrayOf(value["podcast:liveitem"], (value) => parseLiveItem(value, options)),
		blocks: parseArrayOf(value["podcast:block"], parseBlock),
		txts: parseArrayOf(value["podcast:txt"], parseTxt),
		remoteItems: parseArrayOf(value["podcast:remoteitem"], parseRemoteItem),
		podroll: parseSingularOf(value["podcast:podroll"], parsePodroll),
		updateFrequency: parseSingularOf(value["podcast:updatefrequency"], (value) => parseUpdateFrequency(value, options)),
		podping: parseSingularOf(value["podcast:podping"], parsePodping),
		chat: parseSingularOf(value["podcast:chat"], parseChat),
		publisher: parseSingularOf(value["podcast:publisher"], parsePublisher)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/prism/parse/utils.mjs



//#region src/namespaces/prism/parse/utils.ts
const prism_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		publicationName: parseSingularOf(value["prism:publicationname"], (value) => parseString(retrieveText(value))),
		issn: parseSingularOf(value["prism:issn"], (value) => parseString(retrieveText(value))),
		eIssn: parseSingularOf(value["prism:eissn"], (value) => parseString(retrieveText(value))),
		isbns: parseArrayOf(value["prism:isbn"], (value) => parseString(retrieveText(value))),
		issueIdentifier: parseSingularOf(value["prism:issueidentifier"], (value) => parseString(retrieveText(value))),
		issueName: parseSingularOf(value["prism:issuename"], (value) => parseString(retrieveText(value))),
		issueTeaser: parseSingularOf(value["prism:issueteaser"], (value) => parseString(retrieveText(value))),
		issueType: parseSingularOf(value["prism:issuetype"], (value) => parseString(retrieveText(value))),
		volume: parseSingularOf(value["prism:volume"], (value) => parseString(retrieveText(value))),
		number: parseSingularOf(value["prism:number"], (value) => parseString(retrieveText(value))),
		edition: parseSingularOf(value["prism:edition"], (value) => parseString(retrieveText(value))),
		aggregateIssueNumber: parseSingularOf(value["prism:aggregateissuenumber"], (value) => parseNumber(retrieveText(value))),
		aggregationType: parseSingularOf(value["prism:aggregationtype"], (value) => parseString(retrieveText(value))),
		coverDate: parseSingularOf(value["prism:coverdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		coverDisplayDate: parseSingularOf(value["prism:coverdisplaydate"], (value) => parseString(retrieveText(value))),
		publicationDates: parseArrayOf(value["prism:publicationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		publicationDisplayDates: parseArrayOf(value["prism:publicationdisplaydate"], (value) => parseString(retrieveText(value))),
		creationDate: parseSingularOf(value["prism:creationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		modificationDate: parseSingularOf(value["prism:modificationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateReceived: parseSingularOf(value["prism:datereceived"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		onSaleDates: parseArrayOf(value["prism:onsaledate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		onSaleDays: parseArrayOf(value["prism:onsaleday"], (value) => parseString(retrieveText(value))),
		offSaleDates: parseArrayOf(value["prism:offsaledate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		killDate: parseSingularOf(value["prism:killdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyrightYears: parseArrayOf(value["prism:copyrightyear"], (value) => parseString(retrieveText(value))),
		contentType: parseSingularOf(value["prism:contenttype"], (value) => parseString(retrieveText(value))),
		alternateTitles: parseArrayOf(value["prism:alternatetitle"], (value) => parseString(retrieveText(value))),
		subtitles: parseArrayOf(value["prism:subtitle"], (value) => parseString(retrieveText(value))),
		teasers: parseArrayOf(value["prism:teaser"], (value) => parseString(retrieveText(value))),
		keywords: parseArrayOf(value["prism:keyword"], (value) => parseString(retrieveText(value))),
		seriesTitle: parseSingularOf(value["prism:seriestitle"], (value) => parseString(retrieveText(value))),
		seriesNumber: parseSingularOf(value["prism:seriesnumber"], (value) => parseNumber(retrieveText(value))),
		bookEditions: parseArrayOf(value["prism:bookedition"], (value) => parseString(retrieveText(value))),
		nationalCatalogNumber: parseSingularOf(value["prism:nationalcatalognumber"], (value) => parseString(retrieveText(value))),
		productCodes: parseArrayOf(value["prism:productcode"], (value) => parseString(retrieveText(value))),
		uspsNumber: parseSingularOf(value["prism:uspsnumber"], (value) => parseString(retrieveText(value))),
		publishingFrequency: parseSingularOf(value["prism:publishingfrequency"], (value) => parseString(retrieveText(value))),
		channels: parseArrayOf(value["prism:channel"], (value) => parseString(retrieveText(value))),
		subchannel1: parseSingularOf(value["prism:subchannel1"], (value) => parseString(retrieveText(value))),
		subchannel2: parseSingularOf(value["prism:subchannel2"], (value) => parseString(retrieveText(value))),
		subchannel3: parseSingularOf(value["prism:subchannel3"], (value) => parseString(retrieveText(value))),
		subchannel4: parseSingularOf(value["prism:subchannel4"], (value) => parseString(retrieveText(value))),
		section: parseSingularOf(value["prism:section"], (value) => parseString(retrieveText(value))),
		subsection1: parseSingularOf(value["prism:subsection1"], (value) => parseString(retrieveText(value))),
		subsection2: parseSingularOf(value["prism:subsection2"], (value) => parseString(retrieveText(value))),
		subsection3: parseSingularOf(value["prism:subsection3"], (value) => parseString(retrieveText(value))),
		subsection4: parseSingularOf(value["prism:subsection4"], (value) => parseString(retrieveText(value))),
		corporateEntities: parseArrayOf(value["prism:corporateentity"], (value) => parseString(retrieveText(value))),
		distributor: parseSingularOf(value["prism:distributor"], (value) => parseString(retrieveText(value))),
		sellingAgencies: parseArrayOf(value["prism:sellingagency"], (value) => parseString(retrieveText(value))),
		organizations: parseArrayOf(value["prism:organization"], (value) => parseString(retrieveText(value))),
		persons: parseArrayOf(value["prism:person"], (value) => parseString(retrieveText(value))),
		platforms: parseArrayOf(value["prism:platform"], (value) => parseString(retrieveText(value))),
		originPlatforms: parseArrayOf(value["prism:originplatform"], (value) => parseString(retrieveText(value))),
		device: parseSingularOf(value["prism:device"], (value) => parseString(retrieveText(value))),
		complianceProfile: parseSingularOf(value["prism:complianceprofile"], (value) => parseString(retrieveText(value))),
		blogTitle: parseSingularOf(value["prism:blogtitle"], (value) => parseString(retrieveText(value))),
		blogURL: parseSingularOf(value["prism:blogurl"], (value) => parseString(retrieveText(value))),
		links: parseArrayOf(value["prism:link"], (value) => parseString(retrieveText(value))),
		urls: parseArrayOf(value["prism:url"], (value) => parseString(retrieveText(value))),
		byteCount: parseSingularOf(value["prism:bytecount"], (value) => parseNumber(retrieveText(value))),
		ratings: parseArrayOf(value["prism:rating"], (value) => parseString(retrieveText(value))),
		timePeriod: parseSingularOf(value["prism:timeperiod"], (value) => parseString(retrieveText(value))),
		versionIdentifier: parseSingularOf(value["prism:versionidentifier"], (value) => parseString(retrieveText(value))),
		tickers: parseArrayOf(value["prism:ticker"], (value) => parseString(retrieveText(value))),
		academicFields: parseArrayOf(value["prism:academicfield"], (value) => parseString(retrieveText(value))),
		events: parseArrayOf(value["prism:event"], (value) => parseString(retrieveText(value))),
		genres: parseArrayOf(value["prism:genre"], (value) => parseString(retrieveText(value))),
		industries: parseArrayOf(value["prism:industry"], (value) => parseString(retrieveText(value))),
		locations: parseArrayOf(value["prism:location"], (value) => parseString(retrieveText(value))),
		objects: parseArrayOf(value["prism:object"], (value) => parseString(retrieveText(value))),
		profession: parseSingularOf(value["prism:profession"], (value) => parseString(retrieveText(value))),
		sport: parseSingularOf(value["prism:sport"], (value) => parseString(retrieveText(value))),
		embargoDate: parseSingularOf(value["prism:embargodate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyright: parseSingularOf(value["prism:copyright"], (value) => parseString(retrieveText(value))),
		expirationDate: parseSingularOf(value["prism:expirationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		rightsAgent: parseSingularOf(value["prism:rightsagent"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
const prism_parse_utils_retrieveItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		publicationName: parseSingularOf(value["prism:publicationname"], (value) => parseString(retrieveText(value))),
		issn: parseSingularOf(value["prism:issn"], (value) => parseString(retrieveText(value))),
		eIssn: parseSingularOf(value["prism:eissn"], (value) => parseString(retrieveText(value))),
		doi: parseSingularOf(value["prism:doi"], (value) => parseString(retrieveText(value))),
		urls: parseArrayOf(value["prism:url"], (value) => parseString(retrieveText(value))),
		volume: parseSingularOf(value["prism:volume"], (value) => parseString(retrieveText(value))),
		number: parseSingularOf(value["prism:number"], (value) => parseString(retrieveText(value))),
		edition: parseSingularOf(value["prism:edition"], (value) => parseString(retrieveText(value))),
		section: parseSingularOf(value["prism:section"], (value) => parseString(retrieveText(value))),
		startingPage: parseSingularOf(value["prism:startingpage"], (value) => parseString(retrieveText(value))),
		endingPage: parseSingularOf(value["prism:endingpage"], (value) => parseString(retrieveText(value))),
		pageRange: parseSingularOf(value["prism:pagerange"], (value) => parseString(retrieveText(value))),
		pageCount: parseSingularOf(value["prism:pagecount"], (value) => parseNumber(retrieveText(value))),
		pageProgressionDirection: parseSingularOf(value["prism:pageprogressiondirection"], (value) => parseString(retrieveText(value))),
		samplePageRange: parseSingularOf(value["prism:samplepagerange"], (value) => parseString(retrieveText(value))),
		publicationDates: parseArrayOf(value["prism:publicationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		publicationDisplayDates: parseArrayOf(value["prism:publicationdisplaydate"], (value) => parseString(retrieveText(value))),
		creationDate: parseSingularOf(value["prism:creationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		modificationDate: parseSingularOf(value["prism:modificationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateReceived: parseSingularOf(value["prism:datereceived"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		killDate: parseSingularOf(value["prism:killdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyrightYears: parseArrayOf(value["prism:copyrightyear"], (value) => parseString(retrieveText(value))),
		contentType: parseSingularOf(value["prism:contenttype"], (value) => parseString(retrieveText(value))),
		genres: parseArrayOf(value["prism:genre"], (value) => parseString(retrieveText(value))),
		alternateTitles: parseArrayOf(value["prism:alternatetitle"], (value) => parseString(retrieveText(value))),
		subtitles: parseArrayOf(value["prism:subtitle"], (value) => parseString(retrieveText(value))),
		teasers: parseArrayOf(value["prism:teaser"], (value) => parseString(retrieveText(value))),
		keywords: parseArrayOf(value["prism:keyword"], (value) => parseString(retrieveText(value))),
		corporateEntities: parseArrayOf(value["prism:corporateentity"], (value) => parseString(retrieveText(value))),
		organizations: parseArrayOf(value["prism:organization"], (value) => parseString(retrieveText(value))),
		persons: parseArrayOf(value["prism:person"], (value) => parseString(retrieveText(value))),
		platforms: parseArrayOf(value["prism:platform"], (value) => parseString(retrieveText(value))),
		device: parseSingularOf(value["prism:device"], (value) => parseString(retrieveText(value))),
		academicFields: parseArrayOf(value["prism:academicfield"], (value) => parseString(retrieveText(value))),
		events: parseArrayOf(value["prism:event"], (value) => parseString(retrieveText(value))),
		industries: parseArrayOf(value["prism:industry"], (value) => parseString(retrieveText(value))),
		locations: parseArrayOf(value["prism:location"], (value) => parseString(retrieveText(value))),
		objects: parseArrayOf(value["prism:object"], (value) => parseString(retrieveText(value))),
		profession: parseSingularOf(value["prism:profession"], (value) => parseString(retrieveText(value))),
		sport: parseSingularOf(value["prism:sport"], (value) => parseString(retrieveText(value))),
		hasAlternatives: parseArrayOf(value["prism:hasalternative"], (value) => parseString(retrieveText(value))),
		hasCorrections: parseArrayOf(value["prism:hascorrection"], (value) => parseString(retrieveText(value))),
		hasTranslations: parseArrayOf(value["prism:hastranslation"], (value) => parseString(retrieveText(value))),
		isAlternativeOf: parseArrayOf(value["prism:isalternativeof"], (value) => parseString(retrieveText(value))),
		isCorrectionOf: parseArrayOf(value["prism:iscorrectionof"], (value) => parseString(retrieveText(value))),
		isTranslationOf: parseSingularOf(value["prism:istranslationof"], (value) => parseString(retrieveText(value))),
		supplementTitles: parseArrayOf(value["prism:supplementtitle"], (value) => parseString(retrieveText(value))),
		supplementDisplayID: parseSingularOf(value["prism:supplementdisplayid"], (value) => parseString(retrieveText(value))),
		supplementStartingPage: parseSingularOf(value["prism:supplementstartingpage"], (value) => parseString(retrieveText(value))),
		links: parseArrayOf(value["prism:link"], (value) => parseString(retrieveText(value))),
		wordCount: parseSingularOf(value["prism:wordcount"], (value) => parseNumber(retrieveText(value))),
		byteCount: parseSingularOf(value["prism:bytecount"], (value) => parseNumber(retrieveText(value))),
		ratings: parseArrayOf(value["prism:rating"], (value) => parseString(retrieveText(value))),
		timePeriod: parseSingularOf(value["prism:timeperiod"], (value) => parseString(retrieveText(value))),
		versionIdentifier: parseSingularOf(value["prism:versionidentifier"], (value) => parseString(retrieveText(value))),
		tickers: parseArrayOf(value["prism:ticker"], (value) => parseString(retrieveText(value))),
		embargoDate: parseSingularOf(value["prism:embargodate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyright: parseSingularOf(value["prism:copyright"], (value) => parseString(retrieveText(value))),
		expirationDate: parseSingularOf(value["prism:expirationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		rightsAgent: parseSingularOf(value["prism:rightsagent"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rawvoice/parse/utils.mjs



//#region src/namespaces/rawvoice/parse/utils.ts
const utils_parseRating = (value) => {
	const rating = {
		value: parseString(retrieveText(value)),
		tv: parseString(value === null || value === void 0 ? void 0 : value["@tv"]),
		movie: parseString(value === null || value === void 0 ? void 0 : value["@movie"])
	};
	return objects_trimObject(rating);
};
const parseLiveStream = (value, options) => {
	const liveStream = {
		url: parseString(retrieveText(value)),
		schedule: parseDate(value === null || value === void 0 ? void 0 : value["@schedule"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		duration: parseString(value === null || value === void 0 ? void 0 : value["@duration"]),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"])
	};
	return objects_trimObject(liveStream);
};
const parsePoster = (value) => {
	if (!is_isPlainObject(value)) return;
	const poster = { url: parseString(value["@url"]) };
	return objects_trimObject(poster);
};
const utils_parseAlternateEnclosure = (value) => {
	if (!is_isPlainObject(value)) return;
	const alternateEnclosure = {
		src: parseString(value["@src"]),
		type: parseString(value["@type"]),
		length: parseNumber(value["@length"])
	};
	return objects_trimObject(alternateEnclosure);
};
const parseSubscribe = (value) => {
	if (!is_isPlainObject(value)) return;
	const subscribe = {};
	for (const key in value) if (isXmlAttributeKey(key)) {
		const attrName = key.slice(1);
		const attrValue = parseString(value[key]);
		if (attrValue) subscribe[attrName] = attrValue;
	}
	return objects_trimObject(subscribe);
};
const parseMetamark = (value) => {
	if (!is_isPlainObject(value)) return;
	const metamark = {
		type: parseString(value["@type"]),
		link: parseString(value["@link"]),
		position: parseNumber(value["@position"]),
		duration: parseNumber(value["@duration"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(metamark);
};
const parseDonate = (value) => {
	if (!is_isPlainObject(value)) return;
	const donate = {
		href: parseString(value["@href"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(donate);
};
const rawvoice_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		poster: parseSingularOf(value["rawvoice:poster"], parsePoster),
		isHd: parseSingularOf(value["rawvoice:ishd"], (value) => parseYesNoBoolean(retrieveText(value))),
		embed: parseSingularOf(value["rawvoice:embed"], (value) => parseString(retrieveText(value))),
		webm: parseSingularOf(value["rawvoice:webm"], utils_parseAlternateEnclosure),
		mp4: parseSingularOf(value["rawvoice:mp4"], utils_parseAlternateEnclosure),
		metamarks: parseArrayOf(value["rawvoice:metamark"], parseMetamark)
	};
	return objects_trimObject(item);
};
const rawvoice_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		rating: parseSingularOf(value["rawvoice:rating"], utils_parseRating),
		liveEmbed: parseSingularOf(value["rawvoice:liveembed"], (value) => parseString(retrieveText(value))),
		flashLiveStream: parseSingularOf(value["rawvoice:flashlivestream"], (value) => parseLiveStream(value, options)),
		httpLiveStream: parseSingularOf(value["rawvoice:httplivestream"], (value) => parseLiveStream(value, options)),
		shoutcastLiveStream: parseSingularOf(value["rawvoice:shoutcastlivestream"], (value) => parseLiveStream(value, options)),
		liveStream: parseSingularOf(value["rawvoice:livestream"], (value) => parseLiveStream(value, options)),
		location: parseSingularOf(value["rawvoice:location"], (value) => parseString(retrieveText(value))),
		frequency: parseSingularOf(value["rawvoice:frequency"], (value) => parseString(retrieveText(value))),
		mycast: parseSingularOf(value["rawvoice:mycast"], (value) => parseYesNoBoolean(retrieveText(value))),
		subscribe: parseSingularOf(value["rawvoice:subscribe"], parseSubscribe),
		donate: parseSingularOf(value["rawvoice:donate"], parseDonate)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/source/parse/utils.mjs



//#region src/namespaces/source/parse/utils.ts
const parseAccount = (value) => {
	if (!is_isPlainObject(value)) return;
	const account = {
		service: parseString(value["@service"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(account);
};
const parseLikes = (value) => {
	if (!is_isPlainObject(value)) return;
	const likes = { server: parseString(value["@server"]) };
	return objects_trimObject(likes);
};
const parseArchive = (value) => {
	if (!is_isPlainObject(value)) return;
	const archive = {
		url: parseSingularOf(value["source:url"], (value) => parseString(retrieveText(value))),
		startDay: parseSingularOf(value["source:startday"], (value) => parseString(retrieveText(value))),
		endDay: parseSingularOf(value["source:endday"], (value) => parseString(retrieveText(value))),
		filename: parseSingularOf(value["source:filename"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(archive);
};
const parseSubscriptionList = (value) => {
	if (!is_isPlainObject(value)) return;
	const subscriptionList = {
		url: parseString(value["@url"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(subscriptionList);
};
const utils_parseInReplyTo = (value) => {
	const inReplyTo = {
		value: parseString(retrieveText(value)),
		isPermaLink: parseBoolean(value === null || value === void 0 ? void 0 : value["@ispermalink"])
	};
	return objects_trimObject(inReplyTo);
};
const source_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		accounts: parseArrayOf(value["source:account"], parseAccount),
		likes: parseSingularOf(value["source:likes"], parseLikes),
		archive: parseSingularOf(value["source:archive"], parseArchive),
		subscriptionLists: parseArrayOf(value["source:subscriptionlist"], parseSubscriptionList),
		cloud: parseSingularOf(value["source:cloud"], (value) => parseString(retrieveText(value))),
		blogroll: parseSingularOf(value["source:blogroll"], (value) => parseString(retrieveText(value))),
		self: parseSingularOf(value["source:self"], (value) => parseString(retrieveText(value))),
		localTime: parseSingularOf(value["source:localtime"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
const source_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		markdown: parseSingularOf(value["source:markdown"], (value) => parseString(retrieveText(value))),
		outlines: parseArrayOf(value["source:outline"], (value) => parseString(retrieveText(value))),
		linkFull: parseSingularOf(value["source:linkfull"], (value) => parseString(retrieveText(value))),
		inReplyTo: parseSingularOf(value["source:inreplyto"], utils_parseInReplyTo)
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/spotify/parse/utils.mjs



//#region src/namespaces/spotify/parse/utils.ts
const parseLimit = (value) => {
	if (!is_isPlainObject(value)) return;
	const limit = { recentCount: parseNumber(value["@recentcount"]) };
	return objects_trimObject(limit);
};
const parsePartner = (value) => {
	if (!is_isPlainObject(value)) return;
	const id = parseString(value["@id"]);
	return id ? { id } : void 0;
};
const parseSandbox = (value) => {
	if (!is_isPlainObject(value)) return;
	const enabled = parseBoolean(value["@enabled"]);
	return enabled !== void 0 ? { enabled } : void 0;
};
const parseFeedAccess = (value) => {
	if (!is_isPlainObject(value)) return;
	const access = {
		partner: parseSingularOf(value.partner, parsePartner),
		sandbox: parseSingularOf(value.sandbox, parseSandbox)
	};
	return objects_trimObject(access);
};
const parseEntitlement = (value) => {
	if (!is_isPlainObject(value)) return;
	const name = parseString(value["@name"]);
	return name ? { name } : void 0;
};
const parseItemAccess = (value) => {
	if (!is_isPlainObject(value)) return;
	const access = { entitlement: parseSingularOf(value.entitlement, parseEntitlement) };
	return objects_trimObject(access);
};
const spotify_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		limit: parseSingularOf(value["spotify:limit"], parseLimit),
		countryOfOrigin: parseSingularOf(value["spotify:countryoforigin"], (value) => parseString(retrieveText(value))),
		access: parseSingularOf(value["spotify:access"], parseFeedAccess)
	};
	return objects_trimObject(feed);
};
const spotify_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = { access: parseSingularOf(value["spotify:access"], parseItemAccess) };
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/parse/utils.mjs
































//#region src/feeds/rss/parse/utils.ts
const emailRegex = /^[^\s@()<>[\]]+@[^\s@()<>[\]]+\.[^\s@()<>[\]]+$/;
const urlRegex = /^(?:https?:\/\/|www\.)[^\s]+\.[^\s]+$/;
const mailtoRegex = /^mailto:/i;
const hasBracketsRegex = /[<[(]/;
const parse_utils_whitespaceRegex = /\s+/;
const commonSeparatorsRegex = /^[\s,\-|/:;]+|[\s,\-|/:;]+$/g;
const mailtoQueryRegex = /\?.*$/;
const stripMailto = (value) => {
	const stripped = value.replace(mailtoRegex, "");
	if (stripped !== value) return stripped.replace(mailtoQueryRegex, "");
	return stripped;
};
const closeBracketFor = (char) => {
	if (char === "<") return ">";
	if (char === "(") return ")";
	return "]";
};
const parseSimplePerson = (raw) => {
	const stripped = stripMailto(raw);
	if (urlRegex.test(stripped)) return { link: stripped };
	if (emailRegex.test(stripped)) return { email: stripped };
};
const parseUnbracketedPerson = (raw) => {
	if (raw.indexOf("@") === -1 && raw.indexOf("://") === -1 && raw.indexOf("www.") === -1) return { name: raw };
	const words = raw.split(parse_utils_whitespaceRegex);
	const nameParts = [];
	let email;
	let link;
	for (const word of words) {
		const stripped = stripMailto(word);
		if (urlRegex.test(word) && !link) link = word;
		else if (emailRegex.test(stripped) && !email) email = stripped;
		else nameParts.push(word);
	}
	if (!email && !link) return { name: raw };
	const person = {
		name: parseString(nameParts.join(" ").replace(commonSeparatorsRegex, "")),
		email,
		link
	};
	return objects_trimObject(person);
};
const parseBracketedPerson = (raw) => {
	const person = {};
	const nameParts = [];
	const length = raw.length;
	let hasUnbracketedName = false;
	let i = 0;
	while (i < length) {
		let chunk;
		let isBracketed = false;
		let openBracket = "";
		let closeBracket = "";
		const char = raw[i];
		if (char === "<" || char === "(" || char === "[") {
			openBracket = char;
			closeBracket = closeBracketFor(char);
			const start = i + 1;
			let depth = 1;
			let end = start;
			while (end < length && depth > 0) {
				if (raw[end] === openBracket) depth++;
				else if (raw[end] === closeBracket) depth--;
				end++;
			}
			if (depth === 0) {
				isBracketed = true;
				chunk = parseString(raw.slice(start, end - 1));
				i = end;
			} else {
				const literalStart = i;
				i = start;
				while (i < length && raw[i] !== "<" && raw[i] !== "(" && raw[i] !== "[") i++;
				chunk = parseString(raw.slice(literalStart, i));
			}
		} else {
			const start = i;
			while (i < length && raw[i] !== "<" && raw[i] !== "(" && raw[i] !== "[") i++;
			chunk = parseString(raw.slice(start, i));
		}
		if (!chunk) continue;
		const strippedChunk = stripMailto(chunk);
		if (urlRegex.test(chunk) && !person.link) person.link = chunk;
		else if (emailRegex.test(strippedChunk) && !person.email) person.email = strippedChunk;
		else if (isBracketed) nameParts.push(hasUnbracketedName ? `${openBracket}${chunk}${closeBracket}` : chunk);
		else {
			hasUnbracketedName = true;
			nameParts.push(chunk);
		}
	}
	person.name = parseString(nameParts.join(" "));
	return objects_trimObject(person);
};
const parse_utils_parsePerson = (value) => {
	const raw = parseSingularOf((value === null || value === void 0 ? void 0 : value.name) ?? value, (v) => parseString(retrieveText(v)));
	if (!raw) return;
	const simple = parseSimplePerson(raw);
	if (simple) return simple;
	if (!hasBracketsRegex.test(raw)) return parseUnbracketedPerson(raw);
	return parseBracketedPerson(raw);
};
const rss_parse_utils_parseCategory = (value) => {
	const category = {
		name: parseString(retrieveText(value)),
		domain: parseString(value === null || value === void 0 ? void 0 : value["@domain"])
	};
	return objects_trimObject(category);
};
const parseCloud = (value) => {
	if (!is_isPlainObject(value)) return;
	const cloud = {
		domain: parseString(value["@domain"]),
		port: parseNumber(value["@port"]),
		path: parseString(value["@path"]),
		registerProcedure: parseString(value["@registerprocedure"]),
		protocol: parseString(value["@protocol"])
	};
	return objects_trimObject(cloud);
};
const rss_parse_utils_parseImage = (value) => {
	if (!is_isPlainObject(value)) return;
	const image = {
		url: parseSingularOf(value.url, (value) => parseString(retrieveText(value))),
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		height: parseSingularOf(value.height, (value) => parseNumber(retrieveText(value))),
		width: parseSingularOf(value.width, (value) => parseNumber(retrieveText(value)))
	};
	return objects_trimObject(image);
};
const utils_parseTextInput = (value) => {
	if (!is_isPlainObject(value)) return;
	const textInput = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		name: parseSingularOf(value.name, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(textInput);
};
const utils_retrieveImage = (value) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	return parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.image, rss_parse_utils_parseImage) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.image, rss_parse_utils_parseImage);
};
const utils_retrieveTextInput = (value) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	return parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.textinput, utils_parseTextInput) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.textinput, utils_parseTextInput);
};
const utils_retrieveItems = (value, options) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	return parseArrayOf(channel === null || channel === void 0 ? void 0 : channel.item, (value) => parse_utils_parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems) ?? parseArrayOf(value === null || value === void 0 ? void 0 : value.item, (value) => parse_utils_parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems);
};
const parseSkipHours = (value) => {
	return trimArray(value === null || value === void 0 ? void 0 : value.hour, (value) => parseNumber(retrieveText(value)));
};
const parseSkipDays = (value) => {
	return trimArray(value === null || value === void 0 ? void 0 : value.day, (value) => parseString(retrieveText(value)));
};
const parseEnclosure = (value) => {
	if (!is_isPlainObject(value)) return;
	const enclosure = {
		url: parseString(value["@url"]),
		length: parseNumber(value["@length"]),
		type: parseString(value["@type"])
	};
	return objects_trimObject(enclosure);
};
const parseGuid = (value) => {
	const source = {
		value: parseString(retrieveText(value)),
		isPermaLink: parseBoolean(value === null || value === void 0 ? void 0 : value["@ispermalink"])
	};
	return objects_trimObject(source);
};
const parse_utils_parseSource = (value) => {
	const source = {
		title: parseString(retrieveText(value)),
		url: parseString(value === null || value === void 0 ? void 0 : value["@url"])
	};
	return objects_trimObject(source);
};
const parse_utils_parseItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = detectNamespaces(value);
	const item = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		authors: parseArrayOf(value.author, parse_utils_parsePerson),
		categories: parseArrayOf(value.category, rss_parse_utils_parseCategory),
		comments: parseSingularOf(value.comments, (value) => parseString(retrieveText(value))),
		enclosures: parseArrayOf(value.enclosure, parseEnclosure),
		guid: parseSingularOf(value.guid, parseGuid),
		pubDate: parseSingularOf(value.pubdate, (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		source: parseSingularOf(value.source, parse_utils_parseSource),
		atom: namespaces.has("atom") ? parse_utils_retrieveEntry(value, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(value) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		content: namespaces.has("content") ? content_parse_utils_retrieveItem(value) : void 0,
		creativeCommons: namespaces.has("creativecommons") ? utils_retrieveItemOrFeed(value) : void 0,
		slash: namespaces.has("slash") ? slash_parse_utils_retrieveItem(value) : void 0,
		itunes: namespaces.has("itunes") ? utils_retrieveItem(value) : void 0,
		podcast: namespaces.has("podcast") ? podcast_parse_utils_retrieveItem(value) : void 0,
		psc: namespaces.has("psc") ? psc_parse_utils_retrieveItem(value) : void 0,
		googleplay: namespaces.has("googleplay") ? retrieveItem(value) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		geo: namespaces.has("geo") ? geo_parse_utils_retrieveItemOrFeed(value) : void 0,
		thr: namespaces.has("thr") ? thr_parse_utils_retrieveItem(value) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		prism: namespaces.has("prism") ? prism_parse_utils_retrieveItem(value, options) : void 0,
		wfw: namespaces.has("wfw") ? wfw_parse_utils_retrieveItem(value) : void 0,
		sourceNs: namespaces.has("source") ? source_parse_utils_retrieveItem(value) : void 0,
		rawvoice: namespaces.has("rawvoice") ? rawvoice_parse_utils_retrieveItem(value) : void 0,
		spotify: namespaces.has("spotify") ? spotify_parse_utils_retrieveItem(value) : void 0,
		pingback: namespaces.has("pingback") ? parse_utils_retrieveItem(value) : void 0,
		trackback: namespaces.has("trackback") ? trackback_parse_utils_retrieveItem(value) : void 0,
		acast: namespaces.has("acast") ? acast_parse_utils_retrieveItem(value) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(item);
};
const rss_parse_utils_parseFeed = (value, options) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	if (!is_isPlainObject(channel)) return;
	const namespaces = detectNamespaces(channel);
	const feed = {
		title: parseSingularOf(channel.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(channel.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(channel.description, (value) => parseString(retrieveText(value))),
		language: parseSingularOf(channel.language, (value) => parseString(retrieveText(value))),
		copyright: parseSingularOf(channel.copyright, (value) => parseString(retrieveText(value))),
		managingEditor: parseSingularOf(channel.managingeditor, parse_utils_parsePerson),
		webMaster: parseSingularOf(channel.webmaster, parse_utils_parsePerson),
		pubDate: parseSingularOf(channel.pubdate, (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		lastBuildDate: parseSingularOf(channel.lastbuilddate, (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		categories: parseArrayOf(channel.category, rss_parse_utils_parseCategory),
		generator: parseSingularOf(channel.generator, (value) => parseString(retrieveText(value))),
		docs: parseSingularOf(channel.docs, (value) => parseString(retrieveText(value))),
		cloud: parseSingularOf(channel.cloud, parseCloud),
		ttl: parseSingularOf(channel.ttl, (value) => parseNumber(retrieveText(value))),
		image: utils_retrieveImage(value),
		rating: parseSingularOf(channel.rating, (value) => parseString(retrieveText(value))),
		textInput: utils_retrieveTextInput(value),
		skipHours: parseSingularOf(channel.skiphours, parseSkipHours),
		skipDays: parseSingularOf(channel.skipdays, parseSkipDays),
		items: utils_retrieveItems(value, options),
		atom: namespaces.has("atom") ? namespaces_atom_parse_utils_retrieveFeed(channel, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(channel) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		sy: namespaces.has("sy") ? sy_parse_utils_retrieveFeed(channel, options) : void 0,
		itunes: namespaces.has("itunes") ? parse_utils_retrieveFeed(channel) : void 0,
		podcast: namespaces.has("podcast") ? podcast_parse_utils_retrieveFeed(channel, options) : void 0,
		googleplay: namespaces.has("googleplay") ? utils_retrieveFeed(channel) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(channel) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(channel) : void 0,
		geo: namespaces.has("geo") ? geo_parse_utils_retrieveItemOrFeed(channel) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		prism: namespaces.has("prism") ? prism_parse_utils_retrieveFeed(channel, options) : void 0,
		creativeCommons: namespaces.has("creativecommons") ? utils_retrieveItemOrFeed(channel) : void 0,
		feedpress: namespaces.has("feedpress") ? feedpress_parse_utils_retrieveFeed(channel) : void 0,
		opensearch: namespaces.has("opensearch") ? opensearch_parse_utils_retrieveFeed(channel) : void 0,
		admin: namespaces.has("admin") ? retrieveFeed(channel) : void 0,
		sourceNs: namespaces.has("source") ? source_parse_utils_retrieveFeed(channel) : void 0,
		blogChannel: namespaces.has("blogchannel") ? blogchannel_parse_utils_retrieveFeed(channel) : void 0,
		rawvoice: namespaces.has("rawvoice") ? rawvoice_parse_utils_retrieveFeed(channel, options) : void 0,
		spotify: namespaces.has("spotify") ? spotify_parse_utils_retrieveFeed(channel) : void 0,
		pingback: namespaces.has("pingback") ? pingback_parse_utils_retrieveFeed(channel) : void 0,
		acast: namespaces.has("acast") ? acast_parse_utils_retrieveFeed(channel) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(feed);
};
const rss_parse_utils_retrieveFeed = (value, options) => {
	return parseSingularOf(value === null || value === void 0 ? void 0 : value.rss, (value) => rss_parse_utils_parseFeed(value, options));
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/parse/index.mjs







//#region src/feeds/rss/parse/index.ts
const rss_parse_createNamespaceOptions = createNamespaceResolver({
	namespaceUris: namespaceUris,
	namespacePrefixes: namespacePrefixes
});
let rss_parse_namespaceOptions = rss_parse_createNamespaceOptions();
const rss_parse_parser = new XMLParser({
	...parserConfig,
	stopNodes: rss_parse_config_stopNodes,
	transformTagName: (name) => rss_parse_namespaceOptions.transformTagName(name),
	transformAttributeName: (name) => rss_parse_namespaceOptions.transformAttributeName(name),
	attributeValueProcessor: (name, value) => rss_parse_namespaceOptions.attributeValueProcessor(name, value),
	updateTag: (name) => rss_parse_namespaceOptions.updateTag(name)
});
const rss_parse_parse = (value, options) => {
	if (!rss_detect_detect(value)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	let normalized;
	try {
		rss_parse_namespaceOptions = rss_parse_createNamespaceOptions(value);
		normalized = rss_parse_parser.parse(value);
	} catch (error) {
		throw new errors/* MalformedError */.G4(locales.invalidFeedFormat, { cause: error });
	}
	const parsed = rss_parse_utils_retrieveFeed(normalized, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/common/parse.mjs











//#region src/common/parse.ts
const common_parse_parse = (value, options) => {
	if (rss_detect_detect(value)) return {
		format: "rss",
		feed: rss_parse_parse(value, options)
	};
	if (detect(value)) return {
		format: "atom",
		feed: parse(value, options)
	};
	if (rdf_detect_detect(value)) return {
		format: "rdf",
		feed: rdf_parse_parse(value, options)
	};
	const json = parseJsonObject(value);
	if (detect_detect(json)) return {
		format: "json",
		feed: parse_parse(json, options)
	};
	throw new errors/* DetectError */.I$(locales.unrecognizedFeedFormat);
};
//#endregion



/***/ }),

/***/ 65053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/**
 * HTML context patterns.
 *
 * Detects XSS vectors that are dangerous when a string ends up rendered as HTML.
 * All patterns use bounded quantifiers to ensure linear-time matching (ReDoS-safe).
 *
 * Each entry is { pattern: RegExp, id: string, description: string }
 * so callers can inspect which rule fired if they need to.
 */

const HTML_PATTERNS = [
  {
    id: 'html-script-open',
    description: '<script opening tag',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'html-script-close',
    description: '</script closing tag',
    pattern: /<\/script[\s>]/i,
  },
  {
    id: 'html-javascript-protocol',
    description: 'javascript: URI scheme (with optional whitespace/encoding)',
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i,
  },
  {
    id: 'html-vbscript-protocol',
    description: 'vbscript: URI scheme',
    pattern: /vbscript[\t\n\r ]*:/i,
  },
  {
    id: 'html-data-html',
    description: 'data:text/html URI — can execute scripts in browsers',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i,
  },
  {
    id: 'html-data-xhtml',
    description: 'data:application/xhtml+xml URI',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i,
  },
  {
    id: 'html-data-svg',
    description: 'data:image/svg+xml URI — can execute scripts',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i,
  },
  {
    id: 'html-inline-event-handler',
    description: 'Inline event handler attributes: onclick=, onerror=, onload=, etc.',
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'html-entity-obfuscated-script',
    description: 'HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)',
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i,
  },
  {
    id: 'html-entity-obfuscated-javascript',
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i,
  },
  {
    id: 'html-style-expression',
    description: 'CSS expression() — IE-era code execution in style attributes',
    pattern: /style[\s\S]{0,20}expression\s*\(/i,
  },
  {
    id: 'html-object-embed',
    description: '<object or <embed tags that can load active content',
    pattern: /<(?:object|embed)[\s>/]/i,
  },
  {
    id: 'html-base-tag',
    description: '<base href= — can hijack all relative URLs on a page',
    pattern: /<base[\s>]/i,
  },
  {
    id: 'html-meta-refresh',
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i,
  },
  {
    id: 'html-srcdoc',
    description: 'srcdoc= attribute on iframes — embeds HTML that can run scripts',
    pattern: /srcdoc\s*=/i,
  },
  {
    id: 'html-iframe',
    description: '<iframe tag',
    pattern: /<iframe[\s>/]/i,
  },
  {
    id: 'html-form',
    description: '<form tag — can be used for phishing / credential harvesting injection',
    pattern: /<form[\s>/]/i,
  },
];

/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (HTML_PATTERNS);


/***/ }),

/***/ 97979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/**
 * XML context patterns.
 *
 * Detects injection vectors that are specifically dangerous when a string
 * is inserted into an XML document (not HTML rendering context).
 *
 * Key distinction from HTML: these patterns target parser-level attacks —
 * things that can confuse or subvert an XML parser, trigger external entity
 * resolution, or inject DTD content. HTML rendering concerns (XSS) belong
 * in the HTML context.
 */

const XML_PATTERNS = [
  {
    id: 'xml-cdata-injection',
    description: 'CDATA section injection: <![CDATA[ breaks out of text node context',
    pattern: /<!\[CDATA\[/i,
  },
  {
    id: 'xml-cdata-close',
    description: 'CDATA close sequence: ]]> can terminate an enclosing CDATA section',
    pattern: /\]\]>/,
  },
  {
    id: 'xml-processing-instruction',
    description: 'XML processing instruction: <?xml-stylesheet or <?php etc.',
    pattern: /<\?(?:xml[\- ]|php|asp)/i,
  },
  {
    id: 'xml-doctype-injection',
    description: 'DOCTYPE declaration embedded in content — can define entities',
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i,
  },
  {
    id: 'xml-entity-system',
    description: 'SYSTEM keyword — used in external entity declarations (XXE)',
    pattern: /\bSYSTEM\s+["']/i,
  },
  {
    id: 'xml-entity-public',
    description: 'PUBLIC keyword — used in external entity declarations (XXE)',
    pattern: /\bPUBLIC\s+["']/i,
  },
  {
    id: 'xml-entity-declaration',
    description: '<!ENTITY declaration — defines entities, potential XXE or entity expansion',
    pattern: /<!ENTITY[\s%]/i,
  },
  {
    id: 'xml-billion-laughs',
    description: 'Entity reference chaining / billion laughs: repeated &eX; style references',
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/,
  },
  {
    id: 'xml-namespace-confusion',
    description: 'xmlns: attribute injection — can redefine namespaces to confuse parsers',
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i,
  },
  {
    id: 'xml-comment-injection',
    description: '<!-- comment injection — can hide content from some parsers',
    pattern: /<!--/,
  },
  {
    id: 'xml-comment-close',
    description: '--> closes an enclosing XML comment',
    pattern: /-->/,
  },
  {
    id: 'xml-pi-close',
    description: '?> closes an enclosing processing instruction',
    pattern: /\?>/,
  },
];

/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (XML_PATTERNS);


/***/ }),

/***/ 18450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zk: () => (/* binding */ isUnsafe)
});

// UNUSED EXPORTS: HTML, LOG, NOSQL, REDOS, SHELL, SQL, SQL_STRICT, SVG, VALID_CONTEXTS, XML, allUnsafe, default, whyUnsafe

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql.js
/**
 * SQL context patterns — high-precision rules only.
 *
 * These rules have very low false-positive risk and are safe to apply to
 * general user text (names, descriptions, search queries, etc.).
 * All patterns are ReDoS-safe — unlike the `sql-injection` npm package
 * which has an active CVE on its own detection regexes.
 *
 * For exhaustive coverage including noisier heuristics (comment sequences,
 * hex literals, stacked queries with semicolons), use 'SQL-STRICT' instead.
 * Apply 'SQL-STRICT' only to strings that are specifically SQL fragments,
 * not to general free-text fields.
 */

const SQL_PATTERNS = [
  {
    id: 'sql-block-comment-open',
    description: 'SQL block comment open: /* ... */ — unusual in legitimate user text',
    pattern: /\/\*/,
  },
  {
    id: 'sql-union-select',
    description: 'UNION SELECT — most common SQL injection aggregation attack',
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i,
  },
  {
    id: 'sql-drop-table',
    description: 'DROP TABLE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}TABLE\b/i,
  },
  {
    id: 'sql-drop-database',
    description: 'DROP DATABASE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}DATABASE\b/i,
  },
  {
    id: 'sql-insert-into',
    description: 'INSERT INTO — data injection',
    pattern: /\bINSERT\s{1,20}INTO\b/i,
  },
  {
    id: 'sql-delete-from',
    description: 'DELETE FROM — data deletion injection',
    pattern: /\bDELETE\s{1,20}FROM\b/i,
  },
  {
    id: 'sql-update-set',
    description: 'UPDATE ... SET — data modification injection',
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i,
  },
  {
    id: 'sql-exec-xp',
    description: 'EXEC xp_ — MSSQL extended stored procedure execution',
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i,
  },
  {
    id: 'sql-tautology-string',
    description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i,
  },
  {
    id: 'sql-tautology-numeric',
    description: 'Numeric tautology: OR 1=1',
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i,
  },
  {
    id: 'sql-always-true-zero',
    description: 'Numeric tautology: OR 0=0',
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i,
  },
  {
    id: 'sql-sleep-benchmark',
    description: 'Time-based blind injection: SLEEP() or BENCHMARK()',
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i,
  },
  {
    id: 'sql-waitfor-delay',
    description: 'MSSQL time-based blind injection: WAITFOR DELAY',
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i,
  },
  {
    id: 'sql-char-function',
    description: 'CHAR() function — used to obfuscate injected strings',
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i,
  },
  {
    id: 'sql-information-schema',
    description: 'INFORMATION_SCHEMA — reconnaissance query for table/column enumeration',
    pattern: /\bINFORMATION_SCHEMA\b/i,
  },
];

/* harmony default export */ const sql = (SQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql-strict.js
/**
 * SQL-STRICT context patterns.
 *
 * Extends the base 'SQL' context with three additional rules that are
 * effective at detecting real injections but carry a higher false-positive
 * risk on general free-text input.
 *
 * Use 'SQL-STRICT' when:
 *   - The string is specifically a SQL fragment or database identifier
 *   - You control the input domain (e.g. a dedicated SQL search field)
 *   - You can tolerate occasional false positives in exchange for broader coverage
 *
 * Use 'SQL' (not STRICT) when:
 *   - The field is general user text (names, descriptions, comments)
 *   - False positives would block legitimate content (e.g. "see note -- above")
 *
 * Rules moved here from 'SQL' due to false-positive risk:
 *
 *   sql-line-comment   — "--" fires on "see note -- above", "value--", CSS var(--primary)
 *   sql-stacked-query  — "; SELECT" fires on legitimate prose with semicolons + SQL words
 *   sql-hex-encoding   — "0xDEAD" fires on hex values in technical docs and log output
 */



const SQL_STRICT_EXTRA = [
  {
    id: 'sql-line-comment',
    description: 'SQL line comment: -- followed by whitespace or end of string',
    pattern: /--(?:\s|$)/,
  },
  {
    id: 'sql-stacked-query',
    description: 'Stacked queries: semicolon immediately followed by a SQL keyword',
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i,
  },
  {
    id: 'sql-hex-encoding',
    description: 'Hex-encoded string injection: 0x41414141 style (MySQL)',
    pattern: /\b0x[0-9a-f]{4,}/i,
  },
];

// SQL-STRICT = all base SQL rules + the three noisy extras
const SQL_STRICT_PATTERNS = [...sql, ...SQL_STRICT_EXTRA];

/* harmony default export */ const sql_strict = (SQL_STRICT_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/util/decode-entities.js
/**
 * Decode the HTML character references that matter for markup-context
 * detection.
 *
 * Browsers decode character references in attribute values before they
 * interpret a URL, so `javascript&#58;alert(1)` in an href is the
 * `javascript:` scheme. The HTML/XML/SVG rules match literal characters, so
 * without this step such payloads slip through.
 *
 * Deliberately NOT a full entity decoder. It decodes only:
 *   - decimal refs  &#58;  &#058;  &#00000058;  &#58   (any leading zeros,
 *                   trailing ; optional — browsers accept both)
 *   - hex refs      &#x3a; &#X3A; &#x0000003a; &#x3a   (same)
 *   - named refs    &colon;  &Tab;  &NewLine;
 *       Named refs are CASE-SENSITIVE and REQUIRE the trailing ';', exactly
 *       like a browser (so `&COLON;` and `&colon` are not decoded).
 *       &Tab; / &NewLine; matter because the URL parser strips tab/newline,
 *       so `java&Tab;script:` is still a javascript: URL.
 *
 * It does NOT decode &amp; (single pass only), so double-encoded text such as
 * "&amp;lt;script&amp;gt;" stays literal — a browser renders that as text.
 *
 * All quantifiers are bounded; no ReDoS risk.
 *
 * @param {string} input
 * @returns {string}
 */
const NAMED = Object.freeze({
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
});

const ENTITY_RE =
  /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;

function decodeEntities(input) {
  if (input.indexOf('&') === -1) return input;

  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== undefined) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 0x10ffff) return match;
    return String.fromCodePoint(cp);
  });
}

// EXTERNAL MODULE: ./node_modules/is-unsafe/src/contexts/html.js
var html = __webpack_require__(65053);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/contexts/xml.js
var xml = __webpack_require__(97979);
;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/svg.js
/**
 * SVG context patterns.
 *
 * SVG is XML-based but renders in browsers, giving it a unique attack surface
 * that combines XML parser behaviour with browser rendering and JavaScript execution.
 *
 * Many of these vectors bypass HTML sanitizers that don't understand SVG semantics
 * (DOMPurify has documented bypass vulnerabilities specifically in SVG/XML context).
 */

const SVG_PATTERNS = [
  {
    id: 'svg-script-element',
    description: '<script element inside SVG executes JavaScript',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'svg-xlink-href-javascript',
    description: 'xlink:href with javascript: — classic SVG XSS via <a> or <use>',
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-href-javascript',
    description: 'href= with javascript: in SVG context (<a>, <animate>, etc.)',
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-foreignobject',
    description: '<foreignObject embeds HTML inside SVG — can execute scripts',
    pattern: /<foreignObject[\s>/]/i,
  },
  {
    id: 'svg-use-external',
    description: '<use xlink:href or href pointing to external resource (non-fragment URL)',
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i,
  },
  {
    id: 'svg-animate-href',
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i,
  },
  {
    id: 'svg-animate-xlinkhref',
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i,
  },
  {
    id: 'svg-set-javascript',
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-event-handler',
    description: 'SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.',
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i,
  },
  {
    id: 'svg-handler-generic',
    description: 'Generic on* handler catch-all for SVG attributes',
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'svg-filter-feimage',
    description: '<feImage href= — filter primitive that can load external resources',
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i,
  },
  {
    id: 'svg-image-external',
    description: '<image xlink:href with http/https or javascript protocol',
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i,
  },
  {
    id: 'svg-style-javascript',
    description: 'style= attribute containing javascript: (e.g. background:url(javascript:...))',
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i,
  },
];

/* harmony default export */ const svg = (SVG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/shell.js
/**
 * SHELL context patterns.
 *
 * Detects shell injection vectors and path traversal patterns.
 * Designed for use when a string will be passed to a shell command,
 * used as a file path, or interpolated into OS-level operations.
 */

const SHELL_PATTERNS = [
  {
    id: 'shell-path-traversal-unix',
    description: 'Unix path traversal: ../  — climbing the directory tree',
    pattern: /\.\.\//,
  },
  {
    id: 'shell-path-traversal-windows',
    description: 'Windows path traversal: ..\\ — climbing the directory tree',
    pattern: /\.\.\\/,
  },
  {
    id: 'shell-path-traversal-encoded',
    description: 'URL-encoded path traversal: %2e%2e or %2f variants',
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i,
  },
  {
    id: 'shell-null-byte',
    description: 'Null byte injection: \\x00 or %00 — truncates strings in C-backed functions',
    pattern: /\x00|%00/,
  },
  {
    id: 'shell-semicolon',
    description: 'Semicolon command separator: cmd1; cmd2',
    pattern: /;/,
  },
  {
    id: 'shell-pipe',
    description: 'Pipe operator: cmd1 | cmd2',
    pattern: /\|/,
  },
  {
    id: 'shell-and-operator',
    description: 'AND operator: cmd1 && cmd2',
    pattern: /&&/,
  },
  {
    id: 'shell-or-operator',
    description: 'OR operator: cmd1 || cmd2',
    pattern: /\|\|/,
  },
  {
    id: 'shell-backtick',
    description: 'Backtick command substitution: `cmd`',
    pattern: /`/,
  },
  {
    id: 'shell-dollar-paren',
    description: 'Dollar-paren command substitution: $(cmd)',
    pattern: /\$\(/,
  },
  {
    id: 'shell-dollar-brace',
    description: 'Dollar-brace variable expansion: ${var} — can be abused for injection',
    pattern: /\$\{/,
  },
  {
    id: 'shell-redirect-out',
    description: 'Output redirection: cmd > file or cmd >> file',
    pattern: />{1,2}/,
  },
  {
    id: 'shell-redirect-in',
    description: 'Input redirection: cmd < file',
    pattern: /</,
  },
  {
    id: 'shell-newline-injection',
    description: 'Newline injection: \\n or \\r — can inject new shell commands',
    pattern: /[\n\r]/,
  },
  {
    id: 'shell-glob-star',
    description: 'Glob expansion: * or ? — can expand to unintended files',
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/,
  },
  {
    id: 'shell-absolute-root',
    description: 'Absolute root path injection: string starting with / or \\ (Windows UNC)',
    pattern: /^(?:\/|\\\\)/,
  },
  {
    id: 'shell-windows-drive',
    description: 'Windows drive letter path injection: C:\\ or D:/',
    pattern: /^[a-zA-Z]:[/\\]/,
  },
  {
    id: 'shell-curl-wget',
    description: 'curl/wget with URL or flags — can exfiltrate data or download payloads',
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i,
  },
];

/* harmony default export */ const shell = (SHELL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/redos.js
/**
 * REDOS context patterns.
 *
 * Detects strings that, if used as regular expressions, could cause
 * catastrophic backtracking (ReDoS — Regular Expression Denial of Service).
 *
 * These patterns detect the structural forms that lead to exponential or
 * polynomial backtracking in NFA-based regex engines (V8, PCRE, Java, etc.).
 *
 * Use this context when user-supplied strings will be compiled into RegExp objects.
 */

const REDOS_PATTERNS = [
  {
    id: 'redos-nested-quantifier-plus',
    description: 'Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.',
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/,
  },
  {
    id: 'redos-nested-quantifier-star',
    description: 'Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking',
    pattern: /\([^)]*\*[^)]*\)[*+]/,
  },
  {
    id: 'redos-nested-groups',
    description: 'Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic',
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/,
  },
  {
    id: 'redos-alternation-overlap',
    description: 'Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths',
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/,
  },
  {
    id: 'redos-star-plus-concat',
    description: '(x*x)+ pattern — triggers super-linear backtracking',
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/,
  },
  {
    id: 'redos-dot-star-greedy',
    description: '(.*){n,} or (.+){n,} — repeated greedy dot quantifiers',
    pattern: /\(\.[*+]\)\{?\d/,
  },
  {
    id: 'redos-large-repetition',
    description: 'Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking',
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/,
  },
  {
    id: 'redos-catastrophic-alternation',
    description: 'Long alternation with many similar branches — polynomial backtracking risk',
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/,
  },
];

/* harmony default export */ const redos = (REDOS_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/nosql.js
/**
 * NOSQL context patterns.
 *
 * Detects injection vectors specific to NoSQL databases (primarily MongoDB)
 * and JavaScript-evaluated queries.
 *
 * Attack categories:
 *   1. MongoDB query operator injection: $where, $ne, $gt, $regex, $or, $and, etc.
 *      These operators, when injected into a JSON query object, can bypass
 *      authentication or exfiltrate data without knowing passwords.
 *
 *   2. JavaScript execution: $where clauses execute arbitrary JS server-side.
 *
 *   3. Prototype pollution: __proto__, constructor.prototype — can corrupt
 *      the prototype chain of all objects in the Node.js process.
 *
 * Pattern note: MongoDB operators appear as JSON keys. In JSON, keys are
 * quoted: {"$where": ...} so the pattern must allow an optional closing
 * quote between the operator name and the colon: /\$where["'\s]*:/
 */

// Shared suffix: optional closing quote/whitespace before the colon
// Handles: $op: (bare), "$op": (JSON), '$op': (single-quoted)
const SEP = /["'\s]*:/;
const sep = '["\'\\s]*:';

const NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: 'nosql-where-operator',
    description: '$where — executes arbitrary JavaScript server-side in MongoDB',
    pattern: new RegExp(`\\$where${sep}`, 'i'),
  },
  {
    id: 'nosql-ne-operator',
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, 'i'),
  },
  {
    id: 'nosql-gt-operator',
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, 'i'),
  },
  {
    id: 'nosql-lt-operator',
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, 'i'),
  },
  {
    id: 'nosql-regex-operator',
    description: '$regex — can be used to extract data character by character (blind injection)',
    pattern: new RegExp(`\\$regex${sep}`, 'i'),
  },
  {
    id: 'nosql-or-operator',
    description: '$or — logical OR; used to create always-true conditions',
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-and-operator',
    description: '$and — logical AND operator injection',
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-nor-operator',
    description: '$nor — logical NOR operator injection',
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-exists-operator',
    description: '$exists — can enumerate fields to determine schema',
    pattern: new RegExp(`\\$exists${sep}`, 'i'),
  },
  {
    id: 'nosql-in-operator',
    description: '$in — matches any value in a list; can enumerate values',
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-expr-operator',
    description: '$expr — allows aggregation expressions in queries (MongoDB 3.6+)',
    pattern: new RegExp(`\\$expr${sep}`, 'i'),
  },
  {
    id: 'nosql-function-operator',
    description: '$function — executes arbitrary JavaScript in MongoDB 4.4+',
    pattern: new RegExp(`\\$function${sep}`, 'i'),
  },
  {
    id: 'nosql-accumulator-operator',
    description: '$accumulator — custom aggregation with arbitrary JS execution',
    pattern: new RegExp(`\\$accumulator${sep}`, 'i'),
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: 'nosql-proto-pollution',
    description: '__proto__ — prototype pollution via object key injection',
    pattern: /__proto__/,
  },
  {
    id: 'nosql-constructor-prototype',
    description: 'constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)',
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i,
  },
  {
    id: 'nosql-proto-bracket',
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/,
  },
];

/* harmony default export */ const nosql = (NOSQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/log.js
/**
 * LOG context patterns.
 *
 * Detects injection vectors that are dangerous when a string is written
 * to a log file, passed to a logging framework, or interpolated into
 * a log message that will be parsed or displayed.
 *
 * Attack categories:
 *   1. CRLF injection — injects fake log lines by embedding newlines
 *   2. Log4Shell (CVE-2021-44228) — ${jndi:...} triggers JNDI lookup in Log4j
 *   3. SSTI in log templates — {{...}}, #{...} trigger template evaluation
 *      if the log message is passed through a template engine
 *   4. Null byte injection — truncates log entries in some implementations
 *   5. ANSI escape injection — manipulates terminal output when logs are
 *      tailed in a terminal (colour codes, cursor movement, etc.)
 *
 * Note: Newline characters (\n, \r) will produce false positives for
 * multi-line legitimate values. Use this context only for single-line
 * log field values (usernames, IDs, request parameters, etc.).
 */

const LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: 'log-crlf-injection',
    description: 'CRLF injection: literal \\r or \\n embeds fake log lines',
    pattern: /[\r\n]/,
  },
  {
    id: 'log-url-encoded-crlf',
    description: 'URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers',
    pattern: /%0[dDaA]/,
  },
  {
    id: 'log-unicode-newline',
    description: 'Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)',
    pattern: /[\u2028\u2029]/,
  },

  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: 'log-log4shell-jndi',
    description: 'Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j',
    pattern: /\$\{jndi\s*:/i,
  },
  {
    id: 'log-log4shell-obfuscated',
    description: 'Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection',
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/,
  },
  {
    id: 'log-log4j-lookup',
    description: 'Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration',
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i,
  },

  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: 'log-ssti-double-brace',
    description: 'SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.',
    pattern: /\{\{[\s\S]{0,80}\}\}/,
  },
  {
    id: 'log-ssti-hash-brace',
    description: 'SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB',
    pattern: /#\{[\s\S]{0,80}\}/,
  },
  {
    id: 'log-ssti-dollar-brace',
    description: 'SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL',
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i,
  },
  {
    id: 'log-ssti-percent-tag',
    description: 'SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP',
    pattern: /<%=[\s\S]{0,80}%>/,
  },

  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: 'log-null-byte',
    description: 'Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers',
    pattern: /\x00|%00/,
  },

  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: 'log-ansi-escape',
    description: 'ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed',
    pattern: /\x1b\[/,
  },
];

/* harmony default export */ const log = (LOG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/index.js
/**
 * is-unsafe v2
 *
 * Zero-dependency, DOM-free, pure predicate for detecting unsafe strings
 * across HTML, XML, SVG, SQL, SQL-STRICT, SHELL, REDOS, NOSQL, and LOG contexts.
 *
 * v2 change: contexts are imported as named pattern arrays rather than resolved
 * via a string-keyed registry. This makes each context independently
 * tree-shakeable — bundlers can drop any context you never import.
 *
 * @module is-unsafe
 */

// ─── Context pattern arrays (named exports) ────────────────────────────────
// Import only the ones you need. Each is independently tree-shakeable.










// SQL-STRICT needs a quoted identifier because of the hyphen



// Markup contexts are also matched against an entity-decoded copy of the input,
// because browsers decode HTML character references before interpreting a URL
// scheme (e.g. javascript&#58;… is a javascript: URL).


// ─── VALID_CONTEXTS convenience re-export ─────────────────────────────────
// Importing this pulls in ALL contexts. Use it only when you need all of them
// (e.g. for validation UI, tooling, or exhaustive audits).
// If you only need a subset, import the named contexts directly instead.










// ─── Attach labels to named contexts ──────────────────────────────────────
// Each built-in PatternList carries its canonical name so matchList can read
// list.label directly — no registry lookup needed at match time.
// Custom PatternLists default to 'CUSTOM' unless the caller sets list.label.

html/* default */.A.label       = 'HTML';
xml/* default */.A.label        = 'XML';
svg.label        = 'SVG';

// Markup contexts: also test an entity-decoded copy (see util/decode-entities.js).
// Non-markup contexts (SQL, SHELL, LOG, …) are matched byte-for-byte as supplied.
html/* default */.A.decodeEntities = true;
xml/* default */.A.decodeEntities  = true;
svg.decodeEntities  = true;
sql.label        = 'SQL';
sql_strict.label = 'SQL-STRICT';
shell.label      = 'SHELL';
redos.label      = 'REDOS';
nosql.label      = 'NOSQL';
log.label        = 'LOG';

const VALID_CONTEXTS = Object.freeze({
  HTML: html/* default */.A,
  XML: xml/* default */.A,
  SVG: svg,
  SQL: sql,
  'SQL-STRICT': sql_strict,
  SHELL: shell,
  REDOS: redos,
  NOSQL: nosql,
  LOG: log,
});

// ─── Types ────────────────────────────────────────────────────────────────

/**
 * @typedef {{ id: string, description: string, pattern: RegExp }} Rule
 */

/**
 * @typedef {Rule[]} PatternList
 */

/**
 * @typedef {Object} MatchResult
 * @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
 * @property {string} id          - Rule identifier
 * @property {string} description - Human-readable description of what was matched
 * @property {RegExp} pattern     - The pattern that matched
 */

// ─── Internal helpers ──────────────────────────────────────────────────────

/**
 * @param {unknown} value
 */
function assertString(value) {
  if (typeof value !== 'string') {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}

/**
 * @param {unknown} context
 */
function assertContext(context) {
  if (context instanceof RegExp) return;

  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError('is-unsafe: context must not be an empty array');
    }
    // Detect array-of-arrays vs flat pattern list
    if (Array.isArray(context[0])) {
      // Array of PatternLists
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            'is-unsafe: each context in the array must be a non-empty pattern array (PatternList)'
          );
        }
      }
    }
    // else: flat PatternList — trust it, no deep validation needed
    return;
  }

  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), ` +
    `an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}

/**
 * Normalise any valid context arg into an array of PatternLists.
 *
 * @param {Rule[]|Rule[][]|RegExp} context
 * @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
 */
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  // Distinguish PatternList (array of rule objects) from array of PatternLists
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}

/**
 * For markup contexts, return an entity-decoded copy of `value` to test
 * alongside the raw input, or null when there is nothing extra to test.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {string|null}
 */
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}

/**
 * Test value against a single PatternList. Returns the first MatchResult or null.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {MatchResult|null}
 */
function matchList(value, list) {
  const label = list.label ?? 'CUSTOM';
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}

// ─── Public API ───────────────────────────────────────────────────────────

/**
 * Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
 *
 * @param {string} value - The string to test
 * @param {PatternList | PatternList[] | RegExp} context
 *   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
 *   - An array of PatternLists — returns true if unsafe in **any** of them
 *   - A custom RegExp — returns true if the pattern matches
 * @returns {boolean}
 *
 * @example
 * import { isUnsafe, HTML, SQL } from 'is-unsafe';
 *
 * isUnsafe('<script>alert(1)</script>', HTML)       // true
 * isUnsafe('hello world', HTML)                     // false
 * isUnsafe('value', [HTML, SQL])                    // false
 * isUnsafe('value', /my-pattern/i)                  // false
 */
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) return regex.test(value);

  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

/**
 * Like `isUnsafe`, but returns the first `MatchResult` describing **why**
 * the value was flagged, or `null` if it is safe.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult|null}
 *
 * @example
 * import { whyUnsafe, HTML } from 'is-unsafe';
 *
 * whyUnsafe('<script>alert(1)</script>', HTML)
 * // { context: 'HTML', id: 'html-script-open', description: '...', pattern: /.../ }
 */
function whyUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) {
    return regex.test(value)
      ? { context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex }
      : null;
  }

  for (const list of lists) {
    const result = matchList(value, list);
    if (result !== null) return result;
  }
  return null;
}

/**
 * Returns **all** matching rules across the given context(s), or an empty
 * array if the value is safe. Useful for comprehensive auditing.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult[]}
 */
function allUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);
  const results = [];

  if (regex) {
    if (regex.test(value)) {
      results.push({ context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex });
    }
    return results;
  }

  for (const list of lists) {
    const label = list.label ?? 'CUSTOM';
    const decoded = decodedCopy(value, list);
    for (const rule of list) {
      if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
        results.push({ context: label, id: rule.id, description: rule.description, pattern: rule.pattern });
      }
    }
  }

  return results;
}


/* harmony default export */ const src = ((/* unused pure expression or super */ null && (isUnsafe)));


/***/ }),

/***/ 26369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony exports CommentNode, HTMLElement, Node, NodeType, TextNode, default, valid */
//#region \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod), cb = null), mod.exports);
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
//#endregion
//#region node_modules/entities/dist/decode-codepoint.js
const decodeMap = /* @__PURE__ */ new Map([
	[0, 65533],
	[128, 8364],
	[130, 8218],
	[131, 402],
	[132, 8222],
	[133, 8230],
	[134, 8224],
	[135, 8225],
	[136, 710],
	[137, 8240],
	[138, 352],
	[139, 8249],
	[140, 338],
	[142, 381],
	[145, 8216],
	[146, 8217],
	[147, 8220],
	[148, 8221],
	[149, 8226],
	[150, 8211],
	[151, 8212],
	[152, 732],
	[153, 8482],
	[154, 353],
	[155, 8250],
	[156, 339],
	[158, 382],
	[159, 376]
]);
/**
* Replace the given code point with a replacement character if it is a
* surrogate or is outside the valid range. Otherwise return the code
* point unchanged.
* @param codePoint Unicode code point to convert.
*/
function replaceCodePoint(codePoint) {
	var _decodeMap$get;
	if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) return 65533;
	return (_decodeMap$get = decodeMap.get(codePoint)) !== null && _decodeMap$get !== void 0 ? _decodeMap$get : codePoint;
}
//#endregion
//#region node_modules/entities/dist/internal/decode-shared.js
/**
* Shared base64 decode helper for generated decode data.
* Assumes global atob is available.
* @param input Input string to encode or decode.
*/
function decodeBase64(input) {
	const binary = atob(input);
	const evenLength = binary.length & -2;
	const out = new Uint16Array(evenLength / 2);
	for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
		const lo = binary.charCodeAt(index);
		const hi = binary.charCodeAt(index + 1);
		out[outIndex++] = lo | hi << 8;
	}
	return out;
}
//#endregion
//#region node_modules/entities/dist/generated/decode-data-html.js
/** Packed HTML decode trie data. */
const htmlDecodeTree = /* #__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");
//#endregion
//#region node_modules/entities/dist/internal/bin-trie-flags.js
/**
* Bit flags & masks for the binary trie encoding used for entity decoding.
*
* Bit layout (16 bits total):
* 15..14 VALUE_LENGTH   (+1 encoding; 0 => no value)
* 13     FLAG13.        If valueLength>0: semicolon required flag (implicit ';').
*                       If valueLength==0: compact run flag.
* 12..7  BRANCH_LENGTH  Branch length (0 => single branch in 6..0 if jumpOffset==char) OR run length (when compact run)
* 6..0   JUMP_TABLE     Jump offset (jump table) OR single-branch char code OR first run char
*/
var BinTrieFlags;
(function(BinTrieFlags) {
	BinTrieFlags[BinTrieFlags["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
	BinTrieFlags[BinTrieFlags["FLAG13"] = 8192] = "FLAG13";
	BinTrieFlags[BinTrieFlags["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
	BinTrieFlags[BinTrieFlags["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
//#endregion
//#region \0@oxc-project+runtime@0.147.0/helpers/esm/typeof.js
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
//#endregion
//#region \0@oxc-project+runtime@0.147.0/helpers/esm/toPrimitive.js
function toPrimitive(t, r) {
	if ("object" != _typeof(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
//#endregion
//#region \0@oxc-project+runtime@0.147.0/helpers/esm/toPropertyKey.js
function toPropertyKey(t) {
	var i = toPrimitive(t, "string");
	return "symbol" == _typeof(i) ? i : i + "";
}
//#endregion
//#region \0@oxc-project+runtime@0.147.0/helpers/esm/defineProperty.js
function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
//#endregion
//#region node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes) {
	CharCodes[CharCodes["NUM"] = 35] = "NUM";
	CharCodes[CharCodes["SEMI"] = 59] = "SEMI";
	CharCodes[CharCodes["EQUALS"] = 61] = "EQUALS";
	CharCodes[CharCodes["ZERO"] = 48] = "ZERO";
	CharCodes[CharCodes["NINE"] = 57] = "NINE";
	CharCodes[CharCodes["LOWER_A"] = 97] = "LOWER_A";
	CharCodes[CharCodes["LOWER_F"] = 102] = "LOWER_F";
	CharCodes[CharCodes["LOWER_X"] = 120] = "LOWER_X";
	CharCodes[CharCodes["LOWER_Z"] = 122] = "LOWER_Z";
	CharCodes[CharCodes["UPPER_A"] = 65] = "UPPER_A";
	CharCodes[CharCodes["UPPER_F"] = 70] = "UPPER_F";
	CharCodes[CharCodes["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
/** Bit that needs to be set to convert an upper case ASCII character to lower case */
const TO_LOWER_BIT = 32;
function isNumber(code) {
	return code >= CharCodes.ZERO && code <= CharCodes.NINE;
}
function isHexadecimalCharacter(code) {
	return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code) {
	return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z || isNumber(code);
}
/**
* Checks if the given character is a valid end character for an entity in an attribute.
*
* Attribute values that aren't terminated properly aren't parsed, and shouldn't lead to a parser error.
* See the example in https://html.spec.whatwg.org/multipage/parsing.html#named-character-reference-state
* @param code Code point to decode.
*/
function isEntityInAttributeInvalidEnd(code) {
	return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
}
var EntityDecoderState;
(function(EntityDecoderState) {
	EntityDecoderState[EntityDecoderState["EntityStart"] = 0] = "EntityStart";
	EntityDecoderState[EntityDecoderState["NumericStart"] = 1] = "NumericStart";
	EntityDecoderState[EntityDecoderState["NumericDecimal"] = 2] = "NumericDecimal";
	EntityDecoderState[EntityDecoderState["NumericHex"] = 3] = "NumericHex";
	EntityDecoderState[EntityDecoderState["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
/**
* Decoding mode for named entities.
*/
var DecodingMode;
(function(DecodingMode) {
	/** Entities in text nodes that can end with any character. */
	DecodingMode[DecodingMode["Legacy"] = 0] = "Legacy";
	/** Only allow entities terminated with a semicolon. */
	DecodingMode[DecodingMode["Strict"] = 1] = "Strict";
	/** Entities in attributes have limitations on ending characters. */
	DecodingMode[DecodingMode["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
/**
* Token decoder with support of writing partial entities.
*/
var EntityDecoder = class {
	constructor(decodeTree, emitCodePoint, errors) {
		_defineProperty(this, "decodeTree", void 0);
		_defineProperty(this, "emitCodePoint", void 0);
		_defineProperty(this, "errors", void 0);
		_defineProperty(
			this,
			/** The current state of the decoder. */
			"state",
			EntityDecoderState.EntityStart
		);
		_defineProperty(
			this,
			/** Characters that were consumed while parsing an entity. */
			"consumed",
			1
		);
		_defineProperty(
			this,
			/**
			* The result of the entity.
			*
			* Either the result index of a numeric entity, or the codepoint of a
			* numeric entity.
			*/
			"result",
			0
		);
		_defineProperty(
			this,
			/** The current index in the decode tree. */
			"treeIndex",
			0
		);
		_defineProperty(
			this,
			/** The number of characters that were consumed in excess. */
			"excess",
			1
		);
		_defineProperty(
			this,
			/** The mode in which the decoder is operating. */
			"decodeMode",
			DecodingMode.Strict
		);
		_defineProperty(
			this,
			/** The number of characters that have been consumed in the current run. */
			"runConsumed",
			0
		);
		this.decodeTree = decodeTree;
		this.emitCodePoint = emitCodePoint;
		this.errors = errors;
	}
	/**
	* Resets the instance to make it reusable.
	* @param decodeMode Entity decoding mode to use.
	*/
	startEntity(decodeMode) {
		this.decodeMode = decodeMode;
		this.state = EntityDecoderState.EntityStart;
		this.result = 0;
		this.treeIndex = 0;
		this.excess = 1;
		this.consumed = 1;
		this.runConsumed = 0;
	}
	/**
	* Write an entity to the decoder. This can be called multiple times with partial entities.
	* If the entity is incomplete, the decoder will return -1.
	*
	* Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
	* entity is incomplete, and resume when the next string is written.
	* @param input The string containing the entity (or a continuation of the entity).
	* @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
	* @returns The number of characters that were consumed, or -1 if the entity is incomplete.
	*/
	write(input, offset) {
		switch (this.state) {
			case EntityDecoderState.EntityStart:
				if (input.charCodeAt(offset) === CharCodes.NUM) {
					this.state = EntityDecoderState.NumericStart;
					this.consumed += 1;
					return this.stateNumericStart(input, offset + 1);
				}
				this.state = EntityDecoderState.NamedEntity;
				return this.stateNamedEntity(input, offset);
			case EntityDecoderState.NumericStart: return this.stateNumericStart(input, offset);
			case EntityDecoderState.NumericDecimal: return this.stateNumericDecimal(input, offset);
			case EntityDecoderState.NumericHex: return this.stateNumericHex(input, offset);
			case EntityDecoderState.NamedEntity: return this.stateNamedEntity(input, offset);
		}
	}
	/**
	* Switches between the numeric decimal and hexadecimal states.
	*
	* Equivalent to the `Numeric character reference state` in the HTML spec.
	* @param input The string containing the entity (or a continuation of the entity).
	* @param offset The current offset.
	* @returns The number of characters that were consumed, or -1 if the entity is incomplete.
	*/
	stateNumericStart(input, offset) {
		if (offset >= input.length) return -1;
		if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
			this.state = EntityDecoderState.NumericHex;
			this.consumed += 1;
			return this.stateNumericHex(input, offset + 1);
		}
		this.state = EntityDecoderState.NumericDecimal;
		return this.stateNumericDecimal(input, offset);
	}
	/**
	* Parses a hexadecimal numeric entity.
	*
	* Equivalent to the `Hexademical character reference state` in the HTML spec.
	* @param input The string containing the entity (or a continuation of the entity).
	* @param offset The current offset.
	* @returns The number of characters that were consumed, or -1 if the entity is incomplete.
	*/
	stateNumericHex(input, offset) {
		while (offset < input.length) {
			const char = input.charCodeAt(offset);
			if (isNumber(char) || isHexadecimalCharacter(char)) {
				const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
				this.result = this.result * 16 + digit;
				this.consumed++;
				offset++;
			} else return this.emitNumericEntity(char, 3);
		}
		return -1;
	}
	/**
	* Parses a decimal numeric entity.
	*
	* Equivalent to the `Decimal character reference state` in the HTML spec.
	* @param input The string containing the entity (or a continuation of the entity).
	* @param offset The current offset.
	* @returns The number of characters that were consumed, or -1 if the entity is incomplete.
	*/
	stateNumericDecimal(input, offset) {
		while (offset < input.length) {
			const char = input.charCodeAt(offset);
			if (isNumber(char)) {
				this.result = this.result * 10 + (char - CharCodes.ZERO);
				this.consumed++;
				offset++;
			} else return this.emitNumericEntity(char, 2);
		}
		return -1;
	}
	/**
	* Validate and emit a numeric entity.
	*
	* Implements the logic from the `Hexademical character reference start
	* state` and `Numeric character reference end state` in the HTML spec.
	* @param lastCp The last code point of the entity. Used to see if the
	*               entity was terminated with a semicolon.
	* @param expectedLength The minimum number of characters that should be
	*                       consumed. Used to validate that at least one digit
	*                       was consumed.
	* @returns The number of characters that were consumed.
	*/
	emitNumericEntity(lastCp, expectedLength) {
		if (this.consumed <= expectedLength) {
			var _this$errors;
			(_this$errors = this.errors) === null || _this$errors === void 0 || _this$errors.absenceOfDigitsInNumericCharacterReference(this.consumed);
			return 0;
		}
		if (lastCp === CharCodes.SEMI) this.consumed += 1;
		else if (this.decodeMode === DecodingMode.Strict) return 0;
		this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
		if (this.errors) {
			if (lastCp !== CharCodes.SEMI) this.errors.missingSemicolonAfterCharacterReference();
			this.errors.validateNumericCharacterReference(this.result);
		}
		return this.consumed;
	}
	/**
	* Parses a named entity.
	*
	* Equivalent to the `Named character reference state` in the HTML spec.
	* @param input The string containing the entity (or a continuation of the entity).
	* @param offset The current offset.
	* @returns The number of characters that were consumed, or -1 if the entity is incomplete.
	*/
	stateNamedEntity(input, offset) {
		const { decodeTree } = this;
		let current = decodeTree[this.treeIndex];
		let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
		while (offset < input.length) {
			if (valueLength === 0 && (current & BinTrieFlags.FLAG13) !== 0) {
				const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
				if (this.runConsumed === 0) {
					const firstChar = current & BinTrieFlags.JUMP_TABLE;
					if (input.charCodeAt(offset) !== firstChar) return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
					offset++;
					this.excess++;
					this.runConsumed++;
				}
				while (this.runConsumed < runLength) {
					if (offset >= input.length) return -1;
					const charIndexInPacked = this.runConsumed - 1;
					const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
					const expectedChar = charIndexInPacked % 2 === 0 ? packedWord & 255 : packedWord >> 8 & 255;
					if (input.charCodeAt(offset) !== expectedChar) {
						this.runConsumed = 0;
						return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
					}
					offset++;
					this.excess++;
					this.runConsumed++;
				}
				this.runConsumed = 0;
				this.treeIndex += 1 + (runLength >> 1);
				current = decodeTree[this.treeIndex];
				valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
			}
			if (offset >= input.length) break;
			const char = input.charCodeAt(offset);
			if (char === CharCodes.SEMI && valueLength !== 0 && (current & BinTrieFlags.FLAG13) !== 0) return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
			this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
			if (this.treeIndex < 0) return this.result === 0 || this.decodeMode === DecodingMode.Attribute && (valueLength === 0 || isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
			current = decodeTree[this.treeIndex];
			valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
			if (valueLength !== 0) {
				if (char === CharCodes.SEMI) return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
				if (this.decodeMode !== DecodingMode.Strict && (current & BinTrieFlags.FLAG13) === 0) {
					this.result = this.treeIndex;
					this.consumed += this.excess;
					this.excess = 0;
				}
			}
			offset++;
			this.excess++;
		}
		return -1;
	}
	/**
	* Emit a named entity that was not terminated with a semicolon.
	* @returns The number of characters consumed.
	*/
	emitNotTerminatedNamedEntity() {
		var _this$errors2;
		const { result, decodeTree } = this;
		const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
		this.emitNamedEntityData(result, valueLength, this.consumed);
		(_this$errors2 = this.errors) === null || _this$errors2 === void 0 || _this$errors2.missingSemicolonAfterCharacterReference();
		return this.consumed;
	}
	/**
	* Emit a named entity.
	* @param result The index of the entity in the decode tree.
	* @param valueLength The number of bytes in the entity.
	* @param consumed The number of characters consumed.
	* @returns The number of characters consumed.
	*/
	emitNamedEntityData(result, valueLength, consumed) {
		const { decodeTree } = this;
		this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13) : decodeTree[result + 1], consumed);
		if (valueLength === 3) this.emitCodePoint(decodeTree[result + 2], consumed);
		return consumed;
	}
	/**
	* Signal to the parser that the end of the input was reached.
	*
	* Remaining data will be emitted and relevant errors will be produced.
	* @returns The number of characters consumed.
	*/
	end() {
		switch (this.state) {
			case EntityDecoderState.NamedEntity: return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
			case EntityDecoderState.NumericDecimal: return this.emitNumericEntity(0, 2);
			case EntityDecoderState.NumericHex: return this.emitNumericEntity(0, 3);
			case EntityDecoderState.NumericStart:
				var _this$errors3;
				(_this$errors3 = this.errors) === null || _this$errors3 === void 0 || _this$errors3.absenceOfDigitsInNumericCharacterReference(this.consumed);
				return 0;
			case EntityDecoderState.EntityStart: return 0;
		}
	}
};
/**
* Creates a function that decodes entities in a string.
* @param decodeTree The decode tree.
* @returns A function that decodes entities in a string.
*/
function getDecoder(decodeTree) {
	let returnValue = "";
	const decoder = new EntityDecoder(decodeTree, (data) => returnValue += String.fromCodePoint(data));
	return function decodeWithTrie(input, decodeMode) {
		let lastIndex = 0;
		let offset = 0;
		while ((offset = input.indexOf("&", offset)) >= 0) {
			returnValue += input.slice(lastIndex, offset);
			decoder.startEntity(decodeMode);
			const length = decoder.write(input, offset + 1);
			if (length < 0) {
				lastIndex = offset + decoder.end();
				break;
			}
			lastIndex = offset + length;
			offset = length === 0 ? lastIndex + 1 : lastIndex;
		}
		const result = returnValue + input.slice(lastIndex);
		returnValue = "";
		return result;
	};
}
/**
* Determines the branch of the current node that is taken given the current
* character. This function is used to traverse the trie.
* @param decodeTree The trie.
* @param current The current node.
* @param nodeIndex Index immediately after the current node header.
* @param char The current character.
* @returns The index of the next node, or -1 if no branch is taken.
*/
function determineBranch(decodeTree, current, nodeIndex, char) {
	const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
	const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
	if (branchCount === 0) return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
	if (jumpOffset) {
		const value = char - jumpOffset;
		return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIndex + value] - 1;
	}
	const packedKeySlots = branchCount + 1 >> 1;
	let lo = 0;
	let hi = branchCount - 1;
	while (lo <= hi) {
		const mid = lo + hi >>> 1;
		const midKey = decodeTree[nodeIndex + (mid >> 1)] >> (mid & 1) * 8 & 255;
		if (midKey < char) lo = mid + 1;
		else if (midKey > char) hi = mid - 1;
		else return decodeTree[nodeIndex + packedKeySlots + mid];
	}
	return -1;
}
const htmlDecoder = /* #__PURE__ */ getDecoder(htmlDecodeTree);
/**
* Decodes an HTML string.
* @param htmlString The string to decode.
* @param mode The decoding mode.
* @returns The decoded string.
*/
function decodeHTML(htmlString, mode = DecodingMode.Legacy) {
	return htmlDecoder(htmlString, mode);
}
/**
* Decodes an HTML string in an attribute.
* @param htmlAttribute The string to decode.
* @returns The decoded string.
*/
function decodeHTMLAttribute(htmlAttribute) {
	return htmlDecoder(htmlAttribute, DecodingMode.Attribute);
}
//#endregion
//#region node_modules/entities/dist/escape.js
const xmlCodeMap$1 = /* @__PURE__ */ new Map([
	[34, "&quot;"],
	[38, "&amp;"],
	[39, "&apos;"],
	[60, "&lt;"],
	[62, "&gt;"]
]);
/**
* Read a code point at a given index.
* @param input Input string to encode or decode.
* @param index Current read position in the input string.
*/
const getCodePoint$1 = typeof String.prototype.codePointAt === "function" ? (input, index) => input.codePointAt(index) : (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index);
/**
* Bitset for ASCII characters that need to be escaped in XML.
*/
const XML_BITSET_VALUE = 1342177476;
/**
* Encodes all non-ASCII characters, as well as characters not valid in XML
* documents using XML entities. Uses a fast bitset scan instead of RegExp.
*
* If a character has no equivalent entity, a numeric hexadecimal reference
* (eg. `&#xfc;`) will be used.
* @param input Input string to encode or decode.
*/
function encodeXML$1(input) {
	let out;
	let last = 0;
	const { length } = input;
	for (let index = 0; index < length; index++) {
		const char = input.charCodeAt(index);
		if (char < 128 && ((1342177476 >>> char & 1) === 0 || char >= 64 || char < 32)) continue;
		if (out === void 0) out = input.substring(0, index);
		else if (last !== index) out += input.substring(last, index);
		if (char < 64) {
			out += xmlCodeMap$1.get(char);
			last = index + 1;
			continue;
		}
		const cp = getCodePoint$1(input, index);
		out += `&#x${cp.toString(16)};`;
		if (cp !== char) index++;
		last = index + 1;
	}
	if (out === void 0) return input;
	if (last < length) out += input.substr(last);
	return out;
}
/**
* Creates a function that escapes all characters matched by the given regular
* expression using the given map of characters to escape to their entities.
* @param regex Regular expression to match characters to escape.
* @param map Map of characters to escape to their entities.
* @returns Function that escapes all characters matched by the given regular
* expression using the given map of characters to escape to their entities.
*/
function getEscaper$1(regex, map) {
	return function escape(data) {
		let match;
		let lastIndex = 0;
		let result = "";
		while (match = regex.exec(data)) {
			if (lastIndex !== match.index) result += data.substring(lastIndex, match.index);
			result += map.get(match[0].charCodeAt(0));
			lastIndex = match.index + 1;
		}
		return result + data.substring(lastIndex);
	};
}
/**
* Encodes all characters not valid in XML documents using XML entities.
*
* Note that the output will be character-set dependent.
* @param data String to escape.
*/
const escapeUTF8$1 = /* #__PURE__ */ getEscaper$1(/["&'<>]/g, xmlCodeMap$1);
/**
* Encodes all characters that have to be escaped in HTML attributes,
* following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
* @param data String to escape.
*/
const escapeAttribute$1 = /* #__PURE__ */ getEscaper$1(/["&\u00A0]/g, /* @__PURE__ */ new Map([
	[34, "&quot;"],
	[38, "&amp;"],
	[160, "&nbsp;"]
]));
/**
* Encodes all characters that have to be escaped in HTML text,
* following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
* @param data String to escape.
*/
const escapeText$1 = /* #__PURE__ */ getEscaper$1(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
	[38, "&amp;"],
	[60, "&lt;"],
	[62, "&gt;"],
	[160, "&nbsp;"]
]));
//#endregion
//#region node_modules/entities/dist/internal/encode-shared.js
/**
* Parse a compact encode trie string into a Map structure used for encoding.
*
* Format per entry (ascending code points using delta encoding):
*   <diffBase36>[&name;][{<children>}]  -- diff omitted when 0
* Where diff = currentKey - previousKey - 1 (first entry stores absolute key).
* `&name;` is the entity value (already wrapped); a following `{` denotes children.
* @param serialized Serialized text fragment to encode.
*/
function parseEncodeTrie(serialized) {
	const top = /* @__PURE__ */ new Map();
	const totalLength = serialized.length;
	let cursor = 0;
	let lastTopKey = -1;
	function readDiff() {
		const start = cursor;
		while (cursor < totalLength) {
			const char = serialized.charAt(cursor);
			if ((char < "0" || char > "9") && (char < "a" || char > "z")) break;
			cursor++;
		}
		if (cursor === start) return 0;
		return Number.parseInt(serialized.slice(start, cursor), 36);
	}
	function readEntity() {
		if (serialized[cursor] !== "&") throw new Error(`Child entry missing value near index ${cursor}`);
		const start = cursor;
		const end = serialized.indexOf(";", cursor + 1);
		if (end === -1) throw new Error(`Unterminated entity starting at index ${start}`);
		cursor = end + 1;
		return serialized.slice(start, cursor);
	}
	while (cursor < totalLength) {
		const keyDiff = readDiff();
		const key = lastTopKey === -1 ? keyDiff : lastTopKey + keyDiff + 1;
		let value;
		if (serialized[cursor] === "&") value = readEntity();
		if (serialized[cursor] === "{") {
			cursor++;
			let diff = readDiff();
			let childKey = diff;
			const firstValue = readEntity();
			if (serialized[cursor] === "{") throw new Error("Unexpected nested '{' beyond depth 2");
			if (serialized[cursor] === "}") {
				top.set(key, {
					value,
					next: childKey,
					nextValue: firstValue
				});
				cursor++;
			} else {
				const childMap = /* @__PURE__ */ new Map([[childKey, firstValue]]);
				let lastChildKey = childKey;
				while (cursor < totalLength && serialized[cursor] !== "}") {
					diff = readDiff();
					childKey = lastChildKey + diff + 1;
					const childValue = readEntity();
					if (serialized[cursor] === "{") throw new Error("Unexpected nested '{' beyond depth 2");
					childMap.set(childKey, childValue);
					lastChildKey = childKey;
				}
				if (serialized[cursor] !== "}") throw new Error("Unterminated child block");
				cursor++;
				top.set(key, {
					value,
					next: childMap
				});
			}
		} else if (value === void 0) throw new Error(`Malformed encode trie: missing value at index ${cursor}`);
		else top.set(key, value);
		lastTopKey = key;
	}
	return top;
}
//#endregion
//#region node_modules/entities/dist/generated/encode-html.js
/** Compact serialized HTML encode trie (intended to stay small & JS engine friendly) */
/** HTML entity encode trie. */
const htmlTrie = /* #__PURE__ */ parseEncodeTrie("9&Tab;&NewLine;m&excl;&quot;&num;&dollar;&percnt;&amp;&apos;&lpar;&rpar;&ast;&plus;&comma;1&period;&sol;a&colon;&semi;&lt;{6he&nvlt;}&equals;{6hx&bne;}&gt;{6he&nvgt;}&quest;&commat;q&lbrack;&bsol;&rbrack;&Hat;&lowbar;&DiacriticalGrave;5{2y&fjlig;}k&lbrace;&verbar;&rbrace;y&nbsp;&iexcl;&cent;&pound;&curren;&yen;&brvbar;&sect;&die;&copy;&ordf;&laquo;&not;&shy;&circledR;&macr;&deg;&PlusMinus;&sup2;&sup3;&acute;&micro;&para;&centerdot;&cedil;&sup1;&ordm;&raquo;&frac14;&frac12;&frac34;&iquest;&Agrave;&Aacute;&Acirc;&Atilde;&Auml;&angst;&AElig;&Ccedil;&Egrave;&Eacute;&Ecirc;&Euml;&Igrave;&Iacute;&Icirc;&Iuml;&ETH;&Ntilde;&Ograve;&Oacute;&Ocirc;&Otilde;&Ouml;&times;&Oslash;&Ugrave;&Uacute;&Ucirc;&Uuml;&Yacute;&THORN;&szlig;&agrave;&aacute;&acirc;&atilde;&auml;&aring;&aelig;&ccedil;&egrave;&eacute;&ecirc;&euml;&igrave;&iacute;&icirc;&iuml;&eth;&ntilde;&ograve;&oacute;&ocirc;&otilde;&ouml;&div;&oslash;&ugrave;&uacute;&ucirc;&uuml;&yacute;&thorn;&yuml;&Amacr;&amacr;&Abreve;&abreve;&Aogon;&aogon;&Cacute;&cacute;&Ccirc;&ccirc;&Cdot;&cdot;&Ccaron;&ccaron;&Dcaron;&dcaron;&Dstrok;&dstrok;&Emacr;&emacr;2&Edot;&edot;&Eogon;&eogon;&Ecaron;&ecaron;&Gcirc;&gcirc;&Gbreve;&gbreve;&Gdot;&gdot;&Gcedil;1&Hcirc;&hcirc;&Hstrok;&hstrok;&Itilde;&itilde;&Imacr;&imacr;2&Iogon;&iogon;&Idot;&imath;&IJlig;&ijlig;&Jcirc;&jcirc;&Kcedil;&kcedil;&kgreen;&Lacute;&lacute;&Lcedil;&lcedil;&Lcaron;&lcaron;&Lmidot;&lmidot;&Lstrok;&lstrok;&Nacute;&nacute;&Ncedil;&ncedil;&Ncaron;&ncaron;&napos;&ENG;&eng;&Omacr;&omacr;2&Odblac;&odblac;&OElig;&oelig;&Racute;&racute;&Rcedil;&rcedil;&Rcaron;&rcaron;&Sacute;&sacute;&Scirc;&scirc;&Scedil;&scedil;&Scaron;&scaron;&Tcedil;&tcedil;&Tcaron;&tcaron;&Tstrok;&tstrok;&Utilde;&utilde;&Umacr;&umacr;&Ubreve;&ubreve;&Uring;&uring;&Udblac;&udblac;&Uogon;&uogon;&Wcirc;&wcirc;&Ycirc;&ycirc;&Yuml;&Zacute;&zacute;&Zdot;&zdot;&Zcaron;&zcaron;j&fnof;y&imped;1r&gacute;1t&jmath;3y&circ;&caron;g&breve;&DiacriticalDot;&ring;&ogon;&DiacriticalTilde;&dblac;1f&DownBreve;3j&Alpha;&Beta;&Gamma;&Delta;&Epsilon;&Zeta;&Eta;&Theta;&Iota;&Kappa;&Lambda;&Mu;&Nu;&Xi;&Omicron;&Pi;&Rho;1&Sigma;&Tau;&Upsilon;&Phi;&Chi;&Psi;&ohm;7&alpha;&beta;&gamma;&delta;&epsi;&zeta;&eta;&theta;&iota;&kappa;&lambda;&mu;&nu;&xi;&omicron;&pi;&rho;&sigmaf;&sigma;&tau;&upsi;&phi;&chi;&psi;&omega;7&thetasym;&Upsi;2&phiv;&piv;5&Gammad;&digamma;i&kappav;&rhov;3&epsiv;&backepsilon;a&IOcy;&DJcy;&GJcy;&Jukcy;&DScy;&Iukcy;&YIcy;&Jsercy;&LJcy;&NJcy;&TSHcy;&KJcy;1&Ubrcy;&DZcy;&Acy;&Bcy;&Vcy;&Gcy;&Dcy;&IEcy;&ZHcy;&Zcy;&Icy;&Jcy;&Kcy;&Lcy;&Mcy;&Ncy;&Ocy;&Pcy;&Rcy;&Scy;&Tcy;&Ucy;&Fcy;&KHcy;&TScy;&CHcy;&SHcy;&SHCHcy;&HARDcy;&Ycy;&SOFTcy;&Ecy;&YUcy;&YAcy;&acy;&bcy;&vcy;&gcy;&dcy;&iecy;&zhcy;&zcy;&icy;&jcy;&kcy;&lcy;&mcy;&ncy;&ocy;&pcy;&rcy;&scy;&tcy;&ucy;&fcy;&khcy;&tscy;&chcy;&shcy;&shchcy;&hardcy;&ycy;&softcy;&ecy;&yucy;&yacy;1&iocy;&djcy;&gjcy;&jukcy;&dscy;&iukcy;&yicy;&jsercy;&ljcy;&njcy;&tshcy;&kjcy;1&ubrcy;&dzcy;5gi&ensp;&emsp;&emsp13;&emsp14;1&numsp;&puncsp;&ThinSpace;&hairsp;&NegativeMediumSpace;&zwnj;&zwj;&lrm;&rlm;&dash;2&ndash;&mdash;&horbar;&Verbar;1&lsquo;&CloseCurlyQuote;&lsquor;1&ldquo;&CloseCurlyDoubleQuote;&bdquo;1&dagger;&Dagger;&bull;2&nldr;&hellip;9&permil;&pertenk;&prime;&Prime;&tprime;&backprime;3&lsaquo;&rsaquo;3&oline;2&caret;1&hybull;&frasl;a&bsemi;7&qprime;7&MediumSpace;{6bu&ThickSpace;}&NoBreak;&af;&InvisibleTimes;&ic;20&euro;1a&tdot;&DotDot;11&complexes;2&incare;4&gscr;&hamilt;&Hfr;&Hopf;&planckh;&hbar;&imagline;&Ifr;&lagran;&ell;1&naturals;&numero;&copysr;&weierp;&Popf;&Qopf;&realine;&real;&reals;&rx;3&trade;1&integers;2&mho;&zeetrf;&iiota;2&bernou;&Cayleys;1&escr;&Escr;&Fouriertrf;1&Mellintrf;&order;&alefsym;&beth;&gimel;&daleth;c&CapitalDifferentialD;&dd;&ee;&ii;a&frac13;&frac23;&frac15;&frac25;&frac35;&frac45;&frac16;&frac56;&frac18;&frac38;&frac58;&frac78;1d&larr;&ShortUpArrow;&rarr;&darr;&harr;&updownarrow;&nwarr;&nearr;&LowerRightArrow;&LowerLeftArrow;&nlarr;&nrarr;1&rarrw;{mw&nrarrw;}&Larr;&Uarr;&Rarr;&Darr;&larrtl;&rarrtl;&LeftTeeArrow;&mapstoup;&map;&DownTeeArrow;1&hookleftarrow;&hookrightarrow;&larrlp;&looparrowright;&harrw;&nharr;1&lsh;&rsh;&ldsh;&rdsh;1&crarr;&cularr;&curarr;2&circlearrowleft;&circlearrowright;&leftharpoonup;&DownLeftVector;&RightUpVector;&LeftUpVector;&rharu;&DownRightVector;&dharr;&dharl;&RightArrowLeftArrow;&udarr;&LeftArrowRightArrow;&leftleftarrows;&upuparrows;&rightrightarrows;&ddarr;&leftrightharpoons;&Equilibrium;&nlArr;&nhArr;&nrArr;&DoubleLeftArrow;&DoubleUpArrow;&DoubleRightArrow;&dArr;&DoubleLeftRightArrow;&DoubleUpDownArrow;&nwArr;&neArr;&seArr;&swArr;&lAarr;&rAarr;1&zigrarr;6&larrb;&rarrb;f&DownArrowUpArrow;7&loarr;&roarr;&hoarr;&forall;&comp;&part;{mw&npart;}&exist;&nexist;&empty;1&Del;&Element;&NotElement;1&ni;&notni;2&prod;&coprod;&sum;&minus;&MinusPlus;&dotplus;1&Backslash;&lowast;&compfn;1&radic;2&prop;&infin;&angrt;&ang;{6he&nang;}&angmsd;&angsph;&mid;&nmid;&DoubleVerticalBar;&NotDoubleVerticalBar;&and;&or;&cap;{1e68&caps;}&cup;{1e68&cups;}&int;&Int;&iiint;&conint;&Conint;&Cconint;&cwint;&ClockwiseContourIntegral;&awconint;&there4;&becaus;&ratio;&Colon;&dotminus;1&mDDot;&homtht;&sim;{6he&nvsim;}&backsim;{mp&race;}&ac;{mr&acE;}&acd;&VerticalTilde;&NotTilde;&eqsim;{mw&nesim;}&sime;&NotTildeEqual;&cong;&simne;&ncong;&ap;&nap;&ape;&apid;{mw&napid;}&backcong;&asympeq;{6he&nvap;}&bump;{mw&nbump;}&bumpe;{mw&nbumpe;}&doteq;{mw&nedot;}&doteqdot;&efDot;&erDot;&Assign;&ecolon;&ecir;&circeq;1&wedgeq;&veeeq;1&triangleq;2&equest;&ne;&Congruent;{6hx&bnequiv;}&nequiv;1&le;{6he&nvle;}&ge;{6he&nvge;}&lE;{mw&nlE;}&gE;{mw&ngE;}&lnE;{1e68&lvertneqq;}&gnE;{1e68&gvertneqq;}&ll;{mw&nLtv;5uh&nLt;}&gg;{mw&nGtv;5uh&nGt;}&between;&NotCupCap;&nless;&ngt;&nle;&nge;&lesssim;&GreaterTilde;&nlsim;&ngsim;&LessGreater;&gl;&NotLessGreater;&NotGreaterLess;&pr;&sc;&prcue;&sccue;&PrecedesTilde;&scsim;{mw&NotSucceedsTilde;}&NotPrecedes;&NotSucceeds;&sub;{6he&NotSubset;}&sup;{6he&NotSuperset;}&nsub;&nsup;&sube;&supe;&NotSubsetEqual;&NotSupersetEqual;&subne;{1e68&varsubsetneq;}&supne;{1e68&varsupsetneq;}1&cupdot;&UnionPlus;&sqsub;{mw&NotSquareSubset;}&sqsup;{mw&NotSquareSuperset;}&sqsube;&sqsupe;&sqcap;{1e68&sqcaps;}&sqcup;{1e68&sqcups;}&CirclePlus;&CircleMinus;&CircleTimes;&osol;&CircleDot;&circledcirc;&circledast;1&circleddash;&boxplus;&boxminus;&boxtimes;&dotsquare;&RightTee;&dashv;&DownTee;&bot;1&models;&DoubleRightTee;&Vdash;&Vvdash;&VDash;&nvdash;&nvDash;&nVdash;&nVDash;&prurel;1&LeftTriangle;&RightTriangle;&LeftTriangleEqual;{6he&nvltrie;}&RightTriangleEqual;{6he&nvrtrie;}&origof;&imof;&multimap;&hercon;&intcal;&veebar;1&barvee;&angrtvb;&lrtri;&bigwedge;&bigvee;&bigcap;&bigcup;&diam;&sdot;&sstarf;&divideontimes;&bowtie;&ltimes;&rtimes;&leftthreetimes;&rightthreetimes;&backsimeq;&curlyvee;&curlywedge;&Sub;&Sup;&Cap;&Cup;&fork;&epar;&lessdot;&gtdot;&Ll;{mw&nLl;}&Gg;{mw&nGg;}&leg;{1e68&lesg;}&gel;{1e68&gesl;}2&cuepr;&cuesc;&NotPrecedesSlantEqual;&NotSucceedsSlantEqual;&NotSquareSubsetEqual;&NotSquareSupersetEqual;2&lnsim;&gnsim;&precnsim;&scnsim;&nltri;&NotRightTriangle;&nltrie;&NotRightTriangleEqual;&vellip;&ctdot;&utdot;&dtdot;&disin;&isinsv;&isins;&isindot;{mw&notindot;}&notinvc;&notinvb;1&isinE;{mw&notinE;}&nisd;&xnis;&nis;&notnivc;&notnivb;6&barwed;&Barwed;1&lceil;&rceil;&LeftFloor;&rfloor;&drcrop;&dlcrop;&urcrop;&ulcrop;&bnot;1&profline;&profsurf;1&telrec;&target;5&ulcorn;&urcorn;&dlcorn;&drcorn;2&frown;&smile;9&cylcty;&profalar;7&topbot;6&ovbar;1&solbar;1o&angzarr;1f&lmoustache;&rmoustache;2&OverBracket;&bbrk;&bbrktbrk;11&OverParenthesis;&UnderParenthesis;&OverBrace;&UnderBrace;2&trpezium;4&elinters;1n&blank;4k&circledS;1j&boxh;1&boxv;9&boxdr;3&boxdl;3&boxur;3&boxul;3&boxvr;7&boxvl;7&boxhd;7&boxhu;7&boxvh;j&boxH;&boxV;&boxdR;&boxDr;&boxDR;&boxdL;&boxDl;&boxDL;&boxuR;&boxUr;&boxUR;&boxuL;&boxUl;&boxUL;&boxvR;&boxVr;&boxVR;&boxvL;&boxVl;&boxVL;&boxHd;&boxhD;&boxHD;&boxHu;&boxhU;&boxHU;&boxvH;&boxVh;&boxVH;j&uhblk;3&lhblk;3&block;8&blk14;&blk12;&blk34;d&square;8&blacksquare;&EmptyVerySmallSquare;1&rect;&marker;2&fltns;1&bigtriangleup;&blacktriangle;&triangle;2&blacktriangleright;&rtri;3&bigtriangledown;&blacktriangledown;&dtri;2&blacktriangleleft;&ltri;6&loz;&cir;w&tridot;2&bigcirc;8&ultri;&urtri;&lltri;&EmptySmallSquare;&FilledSmallSquare;8&bigstar;&star;7&phone;1d&female;1&male;t&spades;2&clubs;1&hearts;&diamondsuit;3&sung;2&flat;&natural;&sharp;4j&check;3&cross;8&malt;l&sext;x&VerticalSeparator;p&lbbrk;&rbbrk;2c&bsolhsub;&suphsol;s&LeftDoubleBracket;&RightDoubleBracket;&lang;&rang;&Lang;&Rang;&loang;&roang;7&longleftarrow;&longrightarrow;&longleftrightarrow;&DoubleLongLeftArrow;&DoubleLongRightArrow;&DoubleLongLeftRightArrow;1&longmapsto;2&dzigrarr;76&nvlArr;&nvrArr;&nvHarr;&Map;6&lbarr;&bkarow;&lBarr;&dbkarow;&drbkarow;&DDotrahd;&UpArrowBar;&DownArrowBar;2&Rarrtl;2&latail;&ratail;&lAtail;&rAtail;&larrfs;&rarrfs;&larrbfs;&rarrbfs;2&nwarhk;&nearhk;&hksearow;&hkswarow;&nwnear;&nesear;&seswar;&swnwar;8&rarrc;{mw&nrarrc;}1&cudarrr;&ldca;&rdca;&cudarrl;&larrpl;2&curarrm;&cularrp;7&rarrpl;2&harrcir;&Uarrocir;&lurdshar;&ldrushar;2&LeftRightVector;&RightUpDownVector;&DownLeftRightVector;&LeftUpDownVector;&LeftVectorBar;&RightVectorBar;&RightUpVectorBar;&RightDownVectorBar;&DownLeftVectorBar;&DownRightVectorBar;&LeftUpVectorBar;&LeftDownVectorBar;&LeftTeeVector;&RightTeeVector;&RightUpTeeVector;&RightDownTeeVector;&DownLeftTeeVector;&DownRightTeeVector;&LeftUpTeeVector;&LeftDownTeeVector;&lHar;&uHar;&rHar;&dHar;&luruhar;&ldrdhar;&ruluhar;&rdldhar;&lharul;&llhard;&rharul;&lrhard;&udhar;&duhar;&RoundImplies;&erarr;&simrarr;&larrsim;&rarrsim;&rarrap;&ltlarr;1&gtrarr;&subrarr;1&suplarr;&lfisht;&rfisht;&ufisht;&dfisht;5&lopar;&ropar;4&lbrke;&rbrke;&lbrkslu;&rbrksld;&lbrksld;&rbrkslu;&langd;&rangd;&lparlt;&rpargt;&gtlPar;&ltrPar;3&vzigzag;1&vangrt;&angrtvbd;6&ange;&range;&dwangle;&uwangle;&angmsdaa;&angmsdab;&angmsdac;&angmsdad;&angmsdae;&angmsdaf;&angmsdag;&angmsdah;&bemptyv;&demptyv;&cemptyv;&raemptyv;&laemptyv;&ohbar;&omid;&opar;1&operp;1&olcross;&odsold;1&olcir;&ofcir;&olt;&ogt;&cirscir;&cirE;&solb;&bsolb;3&boxbox;3&trisb;&rtriltri;&LeftTriangleBar;{mw&NotLeftTriangleBar;}&RightTriangleBar;{mw&NotRightTriangleBar;}b&iinfin;&infintie;&nvinfin;4&eparsl;&smeparsl;&eqvparsl;5&blacklozenge;8&RuleDelayed;1&dsol;9&bigodot;&bigoplus;&bigotimes;1&biguplus;1&bigsqcup;5&iiiint;&fpartint;2&cirfnint;&awint;&rppolint;&scpolint;&npolint;&pointint;&quatint;&intlarhk;a&pluscir;&plusacir;&simplus;&plusdu;&plussim;&plustwo;1&mcomma;&minusdu;2&loplus;&roplus;&Cross;&timesd;&timesbar;1&smashp;&lotimes;&rotimes;&otimesas;&Otimes;&odiv;&triplus;&triminus;&tritime;&intprod;2&amalg;&capdot;1&ncup;&ncap;&capand;&cupor;&cupcap;&capcup;&cupbrcap;&capbrcup;&cupcup;&capcap;&ccups;&ccaps;2&ccupssm;2&And;&Or;&andand;&oror;&orslope;&andslope;1&andv;&orv;&andd;&ord;1&wedbar;6&sdote;3&simdot;2&congdot;{mw&ncongdot;}&easter;&apacir;&apE;{mw&napE;}&eplus;&pluse;&Esim;&Colone;&Equal;1&ddotseq;&equivDD;&ltcir;&gtcir;&ltquest;&gtquest;&leqslant;{mw&nleqslant;}&geqslant;{mw&ngeqslant;}&lesdot;&gesdot;&lesdoto;&gesdoto;&lesdotor;&gesdotol;&lap;&gap;&lne;&gne;&lnap;&gnap;&lEg;&gEl;&lsime;&gsime;&lsimg;&gsiml;&lgE;&glE;&lesges;&gesles;&els;&egs;&elsdot;&egsdot;&el;&eg;2&siml;&simg;&simlE;&simgE;&LessLess;{mw&NotNestedLessLess;}&GreaterGreater;{mw&NotNestedGreaterGreater;}1&glj;&gla;&ltcc;&gtcc;&lescc;&gescc;&smt;&lat;&smte;{1e68&smtes;}&late;{1e68&lates;}&bumpE;&PrecedesEqual;{mw&NotPrecedesEqual;}&sce;{mw&NotSucceedsEqual;}2&prE;&scE;&precneqq;&scnE;&prap;&scap;&precnapprox;&scnap;&Pr;&Sc;&subdot;&supdot;&subplus;&supplus;&submult;&supmult;&subedot;&supedot;&subE;{mw&nsubE;}&supE;{mw&nsupE;}&subsim;&supsim;2&subnE;{1e68&varsubsetneqq;}&supnE;{1e68&varsupsetneqq;}2&csub;&csup;&csube;&csupe;&subsup;&supsub;&subsub;&supsup;&suphsub;&supdsub;&forkv;&topfork;&mlcp;8&Dashv;1&Vdashl;&Barv;&vBar;&vBarv;1&Vbar;&Not;&bNot;&rnmid;&cirmid;&midcir;&topcir;&nhpar;&parsim;9&parsl;{6hx&nparsl;}y7r{17ks&Ascr;1&Cscr;&Dscr;2&Gscr;2&Jscr;&Kscr;2&Nscr;&Oscr;&Pscr;&Qscr;1&Sscr;&Tscr;&Uscr;&Vscr;&Wscr;&Xscr;&Yscr;&Zscr;&ascr;&bscr;&cscr;&dscr;1&fscr;1&hscr;&iscr;&jscr;&kscr;&lscr;&mscr;&nscr;1&pscr;&qscr;&rscr;&sscr;&tscr;&uscr;&vscr;&wscr;&xscr;&yscr;&zscr;1g&Afr;&Bfr;1&Dfr;&Efr;&Ffr;&Gfr;2&Jfr;&Kfr;&Lfr;&Mfr;&Nfr;&Ofr;&Pfr;&Qfr;1&Sfr;&Tfr;&Ufr;&Vfr;&Wfr;&Xfr;&Yfr;1&afr;&bfr;&cfr;&dfr;&efr;&ffr;&gfr;&hfr;&ifr;&jfr;&kfr;&lfr;&mfr;&nfr;&ofr;&pfr;&qfr;&rfr;&sfr;&tfr;&ufr;&vfr;&wfr;&xfr;&yfr;&zfr;&Aopf;&Bopf;1&Dopf;&Eopf;&Fopf;&Gopf;1&Iopf;&Jopf;&Kopf;&Lopf;&Mopf;1&Oopf;3&Sopf;&Topf;&Uopf;&Vopf;&Wopf;&Xopf;&Yopf;1&aopf;&bopf;&copf;&dopf;&eopf;&fopf;&gopf;&hopf;&iopf;&jopf;&kopf;&lopf;&mopf;&nopf;&oopf;&popf;&qopf;&ropf;&sopf;&topf;&uopf;&vopf;&wopf;&xopf;&yopf;&zopf;}6ve&fflig;&filig;&fllig;&ffilig;&ffllig;");
//#endregion
//#region node_modules/entities/dist/encode.js
/**
* We store the characters to consider as a compact bitset for fast lookups.
*/
const HTML_BITSET = /* #__PURE__ */ new Uint32Array([
	5632,
	4227923966,
	4160749569,
	939524097
]);
const XML_BITSET = /* #__PURE__ */ new Uint32Array([
	0,
	XML_BITSET_VALUE,
	0,
	0
]);
/**
* Encodes all characters in the input using HTML entities. This includes
* characters that are valid ASCII characters in HTML documents, such as `#`.
*
* To get a more compact output, consider using the `encodeNonAsciiHTML`
* function, which will only encode characters that are not valid in HTML
* documents, as well as non-ASCII characters.
*
* If a character has no equivalent entity, a numeric hexadecimal reference
* (eg. `&#xfc;`) will be used.
* @param input Input string to encode or decode.
*/
function encodeHTML(input) {
	return encodeHTMLTrieRe(HTML_BITSET, input);
}
/**
* Encodes all non-ASCII characters, as well as characters not valid in HTML
* documents using HTML entities. This function will not encode characters that
* are valid in HTML documents, such as `#`.
*
* If a character has no equivalent entity, a numeric hexadecimal reference
* (eg. `&#xfc;`) will be used.
* @param input Input string to encode or decode.
*/
function encodeNonAsciiHTML(input) {
	return encodeHTMLTrieRe(XML_BITSET, input);
}
function encodeHTMLTrieRe(bitset, input) {
	let out;
	let last = 0;
	const { length } = input;
	for (let index = 0; index < length; index++) {
		const char = input.charCodeAt(index);
		if (char < 128 && !(bitset[char >>> 5] >>> char & 1)) continue;
		if (out === void 0) out = input.substring(0, index);
		else if (last !== index) out += input.substring(last, index);
		let node = htmlTrie.get(char);
		if (typeof node === "object") {
			if (index + 1 < length) {
				const nextChar = input.charCodeAt(index + 1);
				const value = typeof node.next === "number" ? node.next === nextChar ? node.nextValue : void 0 : node.next.get(nextChar);
				if (value !== void 0) {
					out += value;
					index++;
					last = index + 1;
					continue;
				}
			}
			node = node.value;
		}
		if (node === void 0) {
			const cp = getCodePoint$1(input, index);
			out += `&#x${cp.toString(16)};`;
			if (cp !== char) index++;
			last = index + 1;
		} else {
			out += node;
			last = index + 1;
		}
	}
	if (out === void 0) return input;
	if (last < length) out += input.substr(last);
	return out;
}
//#endregion
//#region node_modules/entities/dist/index.js
/** The level of entities to support. */
var EntityLevel;
(function(EntityLevel) {
	/** Support only XML entities. */
	EntityLevel[EntityLevel["XML"] = 0] = "XML";
	/** Support HTML entities, which are a superset of XML entities. */
	EntityLevel[EntityLevel["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
/**
* Encoding strategy used by `encode`.
*/
var EncodingMode;
(function(EncodingMode) {
	/**
	* The output is UTF-8 encoded. Only characters that need escaping within
	* XML will be escaped.
	*/
	EncodingMode[EncodingMode["UTF8"] = 0] = "UTF8";
	/**
	* The output consists only of ASCII characters. Characters that need
	* escaping within HTML, and characters that aren't ASCII characters will
	* be escaped.
	*/
	EncodingMode[EncodingMode["ASCII"] = 1] = "ASCII";
	/**
	* Encode all characters that have an equivalent entity, as well as all
	* characters that are not ASCII characters.
	*/
	EncodingMode[EncodingMode["Extensive"] = 2] = "Extensive";
	/**
	* Encode all characters that have to be escaped in HTML attributes,
	* following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
	*/
	EncodingMode[EncodingMode["Attribute"] = 3] = "Attribute";
	/**
	* Encode all characters that have to be escaped in HTML text,
	* following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
	*/
	EncodingMode[EncodingMode["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));
/**
* Encodes a string with entities.
* @param input String to encode.
* @param options Encoding options.
*/
function encode(input, options = EntityLevel.XML) {
	const { mode = EncodingMode.Extensive, level = EntityLevel.XML } = typeof options === "number" ? { level: options } : options;
	switch (mode) {
		case EncodingMode.UTF8: return escapeUTF8$1(input);
		case EncodingMode.Attribute: return escapeAttribute$1(input);
		case EncodingMode.Text: return escapeText$1(input);
		case EncodingMode.ASCII: return level === EntityLevel.HTML ? encodeNonAsciiHTML(input) : encodeXML$1(input);
		case EncodingMode.Extensive:
		default: return level === EntityLevel.HTML ? encodeHTML(input) : encodeXML$1(input);
	}
}
//#endregion
//#region src/nodes/node.ts
/**
* Node Class as base class for TextNode and HTMLElement.
*/
var Node = class {
	constructor(parentNode = null, range) {
		this.parentNode = parentNode;
		this.childNodes = [];
		Object.defineProperty(this, "range", {
			enumerable: false,
			writable: true,
			configurable: true,
			value: range !== null && range !== void 0 ? range : [-1, -1]
		});
	}
	/**
	* Remove current node
	*/
	remove() {
		if (this.parentNode) {
			const children = this.parentNode.childNodes;
			this.parentNode.childNodes = children.filter((child) => {
				return this !== child;
			});
			this.parentNode = null;
		}
		return this;
	}
	get innerText() {
		return this.rawText;
	}
	get textContent() {
		return decodeHTML(this.rawText);
	}
	set textContent(val) {
		this.rawText = encode(val);
	}
};
//#endregion
//#region src/nodes/type.ts
var NodeType = /* @__PURE__ */ function(NodeType) {
	NodeType[NodeType["ELEMENT_NODE"] = 1] = "ELEMENT_NODE";
	NodeType[NodeType["TEXT_NODE"] = 3] = "TEXT_NODE";
	NodeType[NodeType["COMMENT_NODE"] = 8] = "COMMENT_NODE";
	return NodeType;
}(NodeType || {});
//#endregion
//#region src/nodes/comment.ts
var CommentNode = class CommentNode extends Node {
	clone() {
		return new CommentNode(this.rawText, null, void 0, this.rawTagName);
	}
	constructor(rawText, parentNode = null, range, rawTagName = "!--") {
		super(parentNode, range);
		this.rawText = rawText;
		this.rawTagName = rawTagName;
		this.nodeType = 8;
	}
	/**
	* Get unescaped text value of current node and its children.
	* @return {string} text content
	*/
	get text() {
		return this.rawText;
	}
	toString() {
		return `<!--${this.rawText}-->`;
	}
};
//#endregion
//#region node_modules/domelementtype/lib/esm/index.js
/** Types of elements found in htmlparser2's DOM */
var ElementType;
(function(ElementType) {
	/** Type for the root element of a document */
	ElementType["Root"] = "root";
	/** Type for Text */
	ElementType["Text"] = "text";
	/** Type for <? ... ?> */
	ElementType["Directive"] = "directive";
	/** Type for <!-- ... --> */
	ElementType["Comment"] = "comment";
	/** Type for <script> tags */
	ElementType["Script"] = "script";
	/** Type for <style> tags */
	ElementType["Style"] = "style";
	/** Type for Any tag */
	ElementType["Tag"] = "tag";
	/** Type for <![CDATA[ ... ]]> */
	ElementType["CDATA"] = "cdata";
	/** Type for <!doctype ...> */
	ElementType["Doctype"] = "doctype";
})(ElementType || (ElementType = {}));
/**
* Tests whether an element is a tag or not.
*
* @param elem Element to test
*/
function isTag$2(elem) {
	return elem.type === ElementType.Tag || elem.type === ElementType.Script || elem.type === ElementType.Style;
}
/** Type for the root element of a document */
const Root = ElementType.Root;
/** Type for Text */
const Text = ElementType.Text;
/** Type for <? ... ?> */
const Directive = ElementType.Directive;
/** Type for <!-- ... --> */
const Comment = ElementType.Comment;
/** Type for <script> tags */
const Script = ElementType.Script;
/** Type for <style> tags */
const Style = ElementType.Style;
/** Type for Any tag */
const Tag = ElementType.Tag;
/** Type for <![CDATA[ ... ]]> */
const CDATA = ElementType.CDATA;
/** Type for <!doctype ...> */
const Doctype = ElementType.Doctype;
//#endregion
//#region \0@oxc-project+runtime@0.147.0/helpers/esm/objectSpread2.js
function ownKeys(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
//#endregion
//#region node_modules/domhandler/lib/esm/node.js
/**
* @param node Node to check.
* @returns `true` if the node is a `Element`, `false` otherwise.
*/
function isTag$1(node) {
	return isTag$2(node);
}
/**
* @param node Node to check.
* @returns `true` if the node has the type `CDATA`, `false` otherwise.
*/
function isCDATA(node) {
	return node.type === ElementType.CDATA;
}
/**
* @param node Node to check.
* @returns `true` if the node has the type `Text`, `false` otherwise.
*/
function isText(node) {
	return node.type === ElementType.Text;
}
/**
* @param node Node to check.
* @returns `true` if the node has the type `Comment`, `false` otherwise.
*/
function isComment(node) {
	return node.type === ElementType.Comment;
}
/**
* @param node Node to check.
* @returns `true` if the node has the type `ProcessingInstruction`, `false` otherwise.
*/
function isDocument(node) {
	return node.type === ElementType.Root;
}
/**
* @param node Node to check.
* @returns `true` if the node has children, `false` otherwise.
*/
function hasChildren(node) {
	return Object.prototype.hasOwnProperty.call(node, "children");
}
//#endregion
//#region node_modules/dom-serializer/node_modules/entities/lib/esm/escape.js
const xmlReplacer = /["&'<>$\x80-\uFFFF]/g;
const xmlCodeMap = /* @__PURE__ */ new Map([
	[34, "&quot;"],
	[38, "&amp;"],
	[39, "&apos;"],
	[60, "&lt;"],
	[62, "&gt;"]
]);
const getCodePoint = String.prototype.codePointAt != null ? (str, index) => str.codePointAt(index) : (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index);
/**
* Encodes all non-ASCII characters, as well as characters not valid in XML
* documents using XML entities.
*
* If a character has no equivalent entity, a
* numeric hexadecimal reference (eg. `&#xfc;`) will be used.
*/
function encodeXML(str) {
	let ret = "";
	let lastIdx = 0;
	let match;
	while ((match = xmlReplacer.exec(str)) !== null) {
		const i = match.index;
		const char = str.charCodeAt(i);
		const next = xmlCodeMap.get(char);
		if (next !== void 0) {
			ret += str.substring(lastIdx, i) + next;
			lastIdx = i + 1;
		} else {
			ret += `${str.substring(lastIdx, i)}&#x${getCodePoint(str, i).toString(16)};`;
			lastIdx = xmlReplacer.lastIndex += Number((char & 64512) === 55296);
		}
	}
	return ret + str.substr(lastIdx);
}
/**
* Creates a function that escapes all characters matched by the given regular
* expression using the given map of characters to escape to their entities.
*
* @param regex Regular expression to match characters to escape.
* @param map Map of characters to escape to their entities.
*
* @returns Function that escapes all characters matched by the given regular
* expression using the given map of characters to escape to their entities.
*/
function getEscaper(regex, map) {
	return function escape(data) {
		let match;
		let lastIdx = 0;
		let result = "";
		while (match = regex.exec(data)) {
			if (lastIdx !== match.index) result += data.substring(lastIdx, match.index);
			result += map.get(match[0].charCodeAt(0));
			lastIdx = match.index + 1;
		}
		return result + data.substring(lastIdx);
	};
}
/**
* Encodes all characters that have to be escaped in HTML attributes,
* following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
*
* @param data String to escape.
*/
const escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
	[34, "&quot;"],
	[38, "&amp;"],
	[160, "&nbsp;"]
]));
/**
* Encodes all characters that have to be escaped in HTML text,
* following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
*
* @param data String to escape.
*/
const escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
	[38, "&amp;"],
	[60, "&lt;"],
	[62, "&gt;"],
	[160, "&nbsp;"]
]));
//#endregion
//#region node_modules/dom-serializer/lib/esm/foreignNames.js
const elementNames = new Map([
	"altGlyph",
	"altGlyphDef",
	"altGlyphItem",
	"animateColor",
	"animateMotion",
	"animateTransform",
	"clipPath",
	"feBlend",
	"feColorMatrix",
	"feComponentTransfer",
	"feComposite",
	"feConvolveMatrix",
	"feDiffuseLighting",
	"feDisplacementMap",
	"feDistantLight",
	"feDropShadow",
	"feFlood",
	"feFuncA",
	"feFuncB",
	"feFuncG",
	"feFuncR",
	"feGaussianBlur",
	"feImage",
	"feMerge",
	"feMergeNode",
	"feMorphology",
	"feOffset",
	"fePointLight",
	"feSpecularLighting",
	"feSpotLight",
	"feTile",
	"feTurbulence",
	"foreignObject",
	"glyphRef",
	"linearGradient",
	"radialGradient",
	"textPath"
].map((val) => [val.toLowerCase(), val]));
const attributeNames = new Map([
	"definitionURL",
	"attributeName",
	"attributeType",
	"baseFrequency",
	"baseProfile",
	"calcMode",
	"clipPathUnits",
	"diffuseConstant",
	"edgeMode",
	"filterUnits",
	"glyphRef",
	"gradientTransform",
	"gradientUnits",
	"kernelMatrix",
	"kernelUnitLength",
	"keyPoints",
	"keySplines",
	"keyTimes",
	"lengthAdjust",
	"limitingConeAngle",
	"markerHeight",
	"markerUnits",
	"markerWidth",
	"maskContentUnits",
	"maskUnits",
	"numOctaves",
	"pathLength",
	"patternContentUnits",
	"patternTransform",
	"patternUnits",
	"pointsAtX",
	"pointsAtY",
	"pointsAtZ",
	"preserveAlpha",
	"preserveAspectRatio",
	"primitiveUnits",
	"refX",
	"refY",
	"repeatCount",
	"repeatDur",
	"requiredExtensions",
	"requiredFeatures",
	"specularConstant",
	"specularExponent",
	"spreadMethod",
	"startOffset",
	"stdDeviation",
	"stitchTiles",
	"surfaceScale",
	"systemLanguage",
	"tableValues",
	"targetX",
	"targetY",
	"textLength",
	"viewBox",
	"viewTarget",
	"xChannelSelector",
	"yChannelSelector",
	"zoomAndPan"
].map((val) => [val.toLowerCase(), val]));
//#endregion
//#region node_modules/dom-serializer/lib/esm/index.js
/**
* Mixed-case SVG and MathML tags & attributes
* recognized by the HTML parser.
*
* @see https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign
*/
const unencodedElements = /* @__PURE__ */ new Set([
	"style",
	"script",
	"xmp",
	"iframe",
	"noembed",
	"noframes",
	"plaintext",
	"noscript"
]);
function replaceQuotes(value) {
	return value.replace(/"/g, "&quot;");
}
/**
* Format attributes
*/
function formatAttributes(attributes, opts) {
	var _a;
	if (!attributes) return;
	const encode = ((_a = opts.encodeEntities) !== null && _a !== void 0 ? _a : opts.decodeEntities) === false ? replaceQuotes : opts.xmlMode || opts.encodeEntities !== "utf8" ? encodeXML : escapeAttribute;
	return Object.keys(attributes).map((key) => {
		var _a, _b;
		const value = (_a = attributes[key]) !== null && _a !== void 0 ? _a : "";
		if (opts.xmlMode === "foreign") key = (_b = attributeNames.get(key)) !== null && _b !== void 0 ? _b : key;
		if (!opts.emptyAttrs && !opts.xmlMode && value === "") return key;
		return `${key}="${encode(value)}"`;
	}).join(" ");
}
/**
* Self-enclosing tags
*/
const singleTag = /* @__PURE__ */ new Set([
	"area",
	"base",
	"basefont",
	"br",
	"col",
	"command",
	"embed",
	"frame",
	"hr",
	"img",
	"input",
	"isindex",
	"keygen",
	"link",
	"meta",
	"param",
	"source",
	"track",
	"wbr"
]);
/**
* Renders a DOM node or an array of DOM nodes to a string.
*
* Can be thought of as the equivalent of the `outerHTML` of the passed node(s).
*
* @param node Node to be rendered.
* @param options Changes serialization behavior
*/
function render(node, options = {}) {
	const nodes = "length" in node ? node : [node];
	let output = "";
	for (let i = 0; i < nodes.length; i++) output += renderNode(nodes[i], options);
	return output;
}
function renderNode(node, options) {
	switch (node.type) {
		case Root: return render(node.children, options);
		case Doctype:
		case Directive: return renderDirective(node);
		case Comment: return renderComment(node);
		case CDATA: return renderCdata(node);
		case Script:
		case Style:
		case Tag: return renderTag(node, options);
		case Text: return renderText(node, options);
	}
}
const foreignModeIntegrationPoints = /* @__PURE__ */ new Set([
	"mi",
	"mo",
	"mn",
	"ms",
	"mtext",
	"annotation-xml",
	"foreignObject",
	"desc",
	"title"
]);
const foreignElements = /* @__PURE__ */ new Set(["svg", "math"]);
function renderTag(elem, opts) {
	var _a;
	if (opts.xmlMode === "foreign") {
		elem.name = (_a = elementNames.get(elem.name)) !== null && _a !== void 0 ? _a : elem.name;
		if (elem.parent && foreignModeIntegrationPoints.has(elem.parent.name)) opts = _objectSpread2(_objectSpread2({}, opts), {}, { xmlMode: false });
	}
	if (!opts.xmlMode && foreignElements.has(elem.name)) opts = _objectSpread2(_objectSpread2({}, opts), {}, { xmlMode: "foreign" });
	let tag = `<${elem.name}`;
	const attribs = formatAttributes(elem.attribs, opts);
	if (attribs) tag += ` ${attribs}`;
	if (elem.children.length === 0 && (opts.xmlMode ? opts.selfClosingTags !== false : opts.selfClosingTags && singleTag.has(elem.name))) {
		if (!opts.xmlMode) tag += " ";
		tag += "/>";
	} else {
		tag += ">";
		if (elem.children.length > 0) tag += render(elem.children, opts);
		if (opts.xmlMode || !singleTag.has(elem.name)) tag += `</${elem.name}>`;
	}
	return tag;
}
function renderDirective(elem) {
	return `<${elem.data}>`;
}
function renderText(elem, opts) {
	var _a;
	let data = elem.data || "";
	if (((_a = opts.encodeEntities) !== null && _a !== void 0 ? _a : opts.decodeEntities) !== false && !(!opts.xmlMode && elem.parent && unencodedElements.has(elem.parent.name))) data = opts.xmlMode || opts.encodeEntities !== "utf8" ? encodeXML(data) : escapeText(data);
	return data;
}
function renderCdata(elem) {
	return `<![CDATA[${elem.children[0].data}]]>`;
}
function renderComment(elem) {
	return `<!--${elem.data}-->`;
}
//#endregion
//#region node_modules/domutils/lib/esm/stringify.js
/**
* @category Stringify
* @deprecated Use the `dom-serializer` module directly.
* @param node Node to get the outer HTML of.
* @param options Options for serialization.
* @returns `node`'s outer HTML.
*/
function getOuterHTML(node, options) {
	return render(node, options);
}
/**
* @category Stringify
* @deprecated Use the `dom-serializer` module directly.
* @param node Node to get the inner HTML of.
* @param options Options for serialization.
* @returns `node`'s inner HTML.
*/
function getInnerHTML(node, options) {
	return hasChildren(node) ? node.children.map((node) => getOuterHTML(node, options)).join("") : "";
}
/**
* Get a node's inner text. Same as `textContent`, but inserts newlines for `<br>` tags. Ignores comments.
*
* @category Stringify
* @deprecated Use `textContent` instead.
* @param node Node to get the inner text of.
* @returns `node`'s inner text.
*/
function getText$1(node) {
	if (Array.isArray(node)) return node.map(getText$1).join("");
	if (isTag$1(node)) return node.name === "br" ? "\n" : getText$1(node.children);
	if (isCDATA(node)) return getText$1(node.children);
	if (isText(node)) return node.data;
	return "";
}
/**
* Get a node's text content. Ignores comments.
*
* @category Stringify
* @param node Node to get the text content of.
* @returns `node`'s text content.
* @see {@link https://developer.mozilla.org/en-US/docs/Web/API/Node/textContent}
*/
function textContent(node) {
	if (Array.isArray(node)) return node.map(textContent).join("");
	if (hasChildren(node) && !isComment(node)) return textContent(node.children);
	if (isText(node)) return node.data;
	return "";
}
/**
* Get a node's inner text, ignoring `<script>` and `<style>` tags. Ignores comments.
*
* @category Stringify
* @param node Node to get the inner text of.
* @returns `node`'s inner text.
* @see {@link https://developer.mozilla.org/en-US/docs/Web/API/Node/innerText}
*/
function innerText(node) {
	if (Array.isArray(node)) return node.map(innerText).join("");
	if (hasChildren(node) && (node.type === ElementType.Tag || isCDATA(node))) return innerText(node.children);
	if (isText(node)) return node.data;
	return "";
}
//#endregion
//#region node_modules/domutils/lib/esm/traversal.js
/**
* Get a node's children.
*
* @category Traversal
* @param elem Node to get the children of.
* @returns `elem`'s children, or an empty array.
*/
function getChildren$1(elem) {
	return hasChildren(elem) ? elem.children : [];
}
/**
* Get a node's parent.
*
* @category Traversal
* @param elem Node to get the parent of.
* @returns `elem`'s parent node, or `null` if `elem` is a root node.
*/
function getParent$1(elem) {
	return elem.parent || null;
}
/**
* Gets an elements siblings, including the element itself.
*
* Attempts to get the children through the element's parent first. If we don't
* have a parent (the element is a root node), we walk the element's `prev` &
* `next` to get all remaining nodes.
*
* @category Traversal
* @param elem Element to get the siblings of.
* @returns `elem`'s siblings, including `elem`.
*/
function getSiblings$1(elem) {
	const parent = getParent$1(elem);
	if (parent != null) return getChildren$1(parent);
	const siblings = [elem];
	let { prev, next } = elem;
	while (prev != null) {
		siblings.unshift(prev);
		({prev} = prev);
	}
	while (next != null) {
		siblings.push(next);
		({next} = next);
	}
	return siblings;
}
/**
* Gets an attribute from an element.
*
* @category Traversal
* @param elem Element to check.
* @param name Attribute name to retrieve.
* @returns The element's attribute value, or `undefined`.
*/
function getAttributeValue$1(elem, name) {
	var _a;
	return (_a = elem.attribs) === null || _a === void 0 ? void 0 : _a[name];
}
/**
* Checks whether an element has an attribute.
*
* @category Traversal
* @param elem Element to check.
* @param name Attribute name to look for.
* @returns Returns whether `elem` has the attribute `name`.
*/
function hasAttrib$1(elem, name) {
	return elem.attribs != null && Object.prototype.hasOwnProperty.call(elem.attribs, name) && elem.attribs[name] != null;
}
/**
* Get the tag name of an element.
*
* @category Traversal
* @param elem The element to get the name for.
* @returns The tag name of `elem`.
*/
function getName$1(elem) {
	return elem.name;
}
/**
* Returns the next element sibling of a node.
*
* @category Traversal
* @param elem The element to get the next sibling of.
* @returns `elem`'s next sibling that is a tag, or `null` if there is no next
* sibling.
*/
function nextElementSibling(elem) {
	let { next } = elem;
	while (next !== null && !isTag$1(next)) ({next} = next);
	return next;
}
/**
* Returns the previous element sibling of a node.
*
* @category Traversal
* @param elem The element to get the previous sibling of.
* @returns `elem`'s previous sibling that is a tag, or `null` if there is no
* previous sibling.
*/
function prevElementSibling(elem) {
	let { prev } = elem;
	while (prev !== null && !isTag$1(prev)) ({prev} = prev);
	return prev;
}
//#endregion
//#region node_modules/domutils/lib/esm/manipulation.js
/**
* Remove an element from the dom
*
* @category Manipulation
* @param elem The element to be removed
*/
function removeElement(elem) {
	if (elem.prev) elem.prev.next = elem.next;
	if (elem.next) elem.next.prev = elem.prev;
	if (elem.parent) {
		const childs = elem.parent.children;
		const childsIndex = childs.lastIndexOf(elem);
		if (childsIndex >= 0) childs.splice(childsIndex, 1);
	}
	elem.next = null;
	elem.prev = null;
	elem.parent = null;
}
/**
* Replace an element in the dom
*
* @category Manipulation
* @param elem The element to be replaced
* @param replacement The element to be added
*/
function replaceElement(elem, replacement) {
	const prev = replacement.prev = elem.prev;
	if (prev) prev.next = replacement;
	const next = replacement.next = elem.next;
	if (next) next.prev = replacement;
	const parent = replacement.parent = elem.parent;
	if (parent) {
		const childs = parent.children;
		childs[childs.lastIndexOf(elem)] = replacement;
		elem.parent = null;
	}
}
/**
* Append a child to an element.
*
* @category Manipulation
* @param parent The element to append to.
* @param child The element to be added as a child.
*/
function appendChild(parent, child) {
	removeElement(child);
	child.next = null;
	child.parent = parent;
	if (parent.children.push(child) > 1) {
		const sibling = parent.children[parent.children.length - 2];
		sibling.next = child;
		child.prev = sibling;
	} else child.prev = null;
}
/**
* Append an element after another.
*
* @category Manipulation
* @param elem The element to append after.
* @param next The element be added.
*/
function append(elem, next) {
	removeElement(next);
	const { parent } = elem;
	const currNext = elem.next;
	next.next = currNext;
	next.prev = elem;
	elem.next = next;
	next.parent = parent;
	if (currNext) {
		currNext.prev = next;
		if (parent) {
			const childs = parent.children;
			childs.splice(childs.lastIndexOf(currNext), 0, next);
		}
	} else if (parent) parent.children.push(next);
}
/**
* Prepend a child to an element.
*
* @category Manipulation
* @param parent The element to prepend before.
* @param child The element to be added as a child.
*/
function prependChild(parent, child) {
	removeElement(child);
	child.parent = parent;
	child.prev = null;
	if (parent.children.unshift(child) !== 1) {
		const sibling = parent.children[1];
		sibling.prev = child;
		child.next = sibling;
	} else child.next = null;
}
/**
* Prepend an element before another.
*
* @category Manipulation
* @param elem The element to prepend before.
* @param prev The element be added.
*/
function prepend(elem, prev) {
	removeElement(prev);
	const { parent } = elem;
	if (parent) {
		const childs = parent.children;
		childs.splice(childs.indexOf(elem), 0, prev);
	}
	if (elem.prev) elem.prev.next = prev;
	prev.parent = parent;
	prev.prev = elem.prev;
	prev.next = elem;
	elem.prev = prev;
}
//#endregion
//#region node_modules/domutils/lib/esm/querying.js
/**
* Search a node and its children for nodes passing a test function. If `node` is not an array, it will be wrapped in one.
*
* @category Querying
* @param test Function to test nodes on.
* @param node Node to search. Will be included in the result set if it matches.
* @param recurse Also consider child nodes.
* @param limit Maximum number of nodes to return.
* @returns All nodes passing `test`.
*/
function filter(test, node, recurse = true, limit = Infinity) {
	return find(test, Array.isArray(node) ? node : [node], recurse, limit);
}
/**
* Search an array of nodes and their children for nodes passing a test function.
*
* @category Querying
* @param test Function to test nodes on.
* @param nodes Array of nodes to search.
* @param recurse Also consider child nodes.
* @param limit Maximum number of nodes to return.
* @returns All nodes passing `test`.
*/
function find(test, nodes, recurse, limit) {
	const result = [];
	/** Stack of the arrays we are looking at. */
	const nodeStack = [Array.isArray(nodes) ? nodes : [nodes]];
	/** Stack of the indices within the arrays. */
	const indexStack = [0];
	for (;;) {
		if (indexStack[0] >= nodeStack[0].length) {
			if (indexStack.length === 1) return result;
			nodeStack.shift();
			indexStack.shift();
			continue;
		}
		const elem = nodeStack[0][indexStack[0]++];
		if (test(elem)) {
			result.push(elem);
			if (--limit <= 0) return result;
		}
		if (recurse && hasChildren(elem) && elem.children.length > 0) {
			indexStack.unshift(0);
			nodeStack.unshift(elem.children);
		}
	}
}
/**
* Finds the first element inside of an array that matches a test function. This is an alias for `Array.prototype.find`.
*
* @category Querying
* @param test Function to test nodes on.
* @param nodes Array of nodes to search.
* @returns The first node in the array that passes `test`.
* @deprecated Use `Array.prototype.find` directly.
*/
function findOneChild(test, nodes) {
	return nodes.find(test);
}
/**
* Finds one element in a tree that passes a test.
*
* @category Querying
* @param test Function to test nodes on.
* @param nodes Node or array of nodes to search.
* @param recurse Also consider child nodes.
* @returns The first node that passes `test`.
*/
function findOne$1(test, nodes, recurse = true) {
	const searchedNodes = Array.isArray(nodes) ? nodes : [nodes];
	for (let i = 0; i < searchedNodes.length; i++) {
		const node = searchedNodes[i];
		if (isTag$1(node) && test(node)) return node;
		if (recurse && hasChildren(node) && node.children.length > 0) {
			const found = findOne$1(test, node.children, true);
			if (found) return found;
		}
	}
	return null;
}
/**
* Checks if a tree of nodes contains at least one node passing a test.
*
* @category Querying
* @param test Function to test nodes on.
* @param nodes Array of nodes to search.
* @returns Whether a tree of nodes contains at least one node passing the test.
*/
function existsOne$1(test, nodes) {
	return (Array.isArray(nodes) ? nodes : [nodes]).some((node) => isTag$1(node) && test(node) || hasChildren(node) && existsOne$1(test, node.children));
}
/**
* Search an array of nodes and their children for elements passing a test function.
*
* Same as `find`, but limited to elements and with less options, leading to reduced complexity.
*
* @category Querying
* @param test Function to test nodes on.
* @param nodes Array of nodes to search.
* @returns All nodes passing `test`.
*/
function findAll$1(test, nodes) {
	const result = [];
	const nodeStack = [Array.isArray(nodes) ? nodes : [nodes]];
	const indexStack = [0];
	for (;;) {
		if (indexStack[0] >= nodeStack[0].length) {
			if (nodeStack.length === 1) return result;
			nodeStack.shift();
			indexStack.shift();
			continue;
		}
		const elem = nodeStack[0][indexStack[0]++];
		if (isTag$1(elem) && test(elem)) result.push(elem);
		if (hasChildren(elem) && elem.children.length > 0) {
			indexStack.unshift(0);
			nodeStack.unshift(elem.children);
		}
	}
}
//#endregion
//#region node_modules/domutils/lib/esm/legacy.js
/**
* A map of functions to check nodes against.
*/
const Checks = {
	tag_name(name) {
		if (typeof name === "function") return (elem) => isTag$1(elem) && name(elem.name);
		else if (name === "*") return isTag$1;
		return (elem) => isTag$1(elem) && elem.name === name;
	},
	tag_type(type) {
		if (typeof type === "function") return (elem) => type(elem.type);
		return (elem) => elem.type === type;
	},
	tag_contains(data) {
		if (typeof data === "function") return (elem) => isText(elem) && data(elem.data);
		return (elem) => isText(elem) && elem.data === data;
	}
};
/**
* Returns a function to check whether a node has an attribute with a particular
* value.
*
* @param attrib Attribute to check.
* @param value Attribute value to look for.
* @returns A function to check whether the a node has an attribute with a
*   particular value.
*/
function getAttribCheck(attrib, value) {
	if (typeof value === "function") return (elem) => isTag$1(elem) && value(elem.attribs[attrib]);
	return (elem) => isTag$1(elem) && elem.attribs[attrib] === value;
}
/**
* Returns a function that returns `true` if either of the input functions
* returns `true` for a node.
*
* @param a First function to combine.
* @param b Second function to combine.
* @returns A function taking a node and returning `true` if either of the input
*   functions returns `true` for the node.
*/
function combineFuncs(a, b) {
	return (elem) => a(elem) || b(elem);
}
/**
* Returns a function that executes all checks in `options` and returns `true`
* if any of them match a node.
*
* @param options An object describing nodes to look for.
* @returns A function that executes all checks in `options` and returns `true`
*   if any of them match a node.
*/
function compileTest(options) {
	const funcs = Object.keys(options).map((key) => {
		const value = options[key];
		return Object.prototype.hasOwnProperty.call(Checks, key) ? Checks[key](value) : getAttribCheck(key, value);
	});
	return funcs.length === 0 ? null : funcs.reduce(combineFuncs);
}
/**
* Checks whether a node matches the description in `options`.
*
* @category Legacy Query Functions
* @param options An object describing nodes to look for.
* @param node The element to test.
* @returns Whether the element matches the description in `options`.
*/
function testElement(options, node) {
	const test = compileTest(options);
	return test ? test(node) : true;
}
/**
* Returns all nodes that match `options`.
*
* @category Legacy Query Functions
* @param options An object describing nodes to look for.
* @param nodes Nodes to search through.
* @param recurse Also consider child nodes.
* @param limit Maximum number of nodes to return.
* @returns All nodes that match `options`.
*/
function getElements(options, nodes, recurse, limit = Infinity) {
	const test = compileTest(options);
	return test ? filter(test, nodes, recurse, limit) : [];
}
/**
* Returns the node with the supplied ID.
*
* @category Legacy Query Functions
* @param id The unique ID attribute value to look for.
* @param nodes Nodes to search through.
* @param recurse Also consider child nodes.
* @returns The node with the supplied ID.
*/
function getElementById(id, nodes, recurse = true) {
	if (!Array.isArray(nodes)) nodes = [nodes];
	return findOne$1(getAttribCheck("id", id), nodes, recurse);
}
/**
* Returns all nodes with the supplied `tagName`.
*
* @category Legacy Query Functions
* @param tagName Tag name to search for.
* @param nodes Nodes to search through.
* @param recurse Also consider child nodes.
* @param limit Maximum number of nodes to return.
* @returns All nodes with the supplied `tagName`.
*/
function getElementsByTagName(tagName, nodes, recurse = true, limit = Infinity) {
	return filter(Checks["tag_name"](tagName), nodes, recurse, limit);
}
/**
* Returns all nodes with the supplied `className`.
*
* @category Legacy Query Functions
* @param className Class name to search for.
* @param nodes Nodes to search through.
* @param recurse Also consider child nodes.
* @param limit Maximum number of nodes to return.
* @returns All nodes with the supplied `className`.
*/
function getElementsByClassName(className, nodes, recurse = true, limit = Infinity) {
	return filter(getAttribCheck("class", className), nodes, recurse, limit);
}
/**
* Returns all nodes with the supplied `type`.
*
* @category Legacy Query Functions
* @param type Element type to look for.
* @param nodes Nodes to search through.
* @param recurse Also consider child nodes.
* @param limit Maximum number of nodes to return.
* @returns All nodes with the supplied `type`.
*/
function getElementsByTagType(type, nodes, recurse = true, limit = Infinity) {
	return filter(Checks["tag_type"](type), nodes, recurse, limit);
}
//#endregion
//#region node_modules/domutils/lib/esm/helpers.js
/**
* Given an array of nodes, remove any member that is contained by another
* member.
*
* @category Helpers
* @param nodes Nodes to filter.
* @returns Remaining nodes that aren't contained by other nodes.
*/
function removeSubsets$1(nodes) {
	let idx = nodes.length;
	while (--idx >= 0) {
		const node = nodes[idx];
		if (idx > 0 && nodes.lastIndexOf(node, idx - 1) >= 0) {
			nodes.splice(idx, 1);
			continue;
		}
		for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) if (nodes.includes(ancestor)) {
			nodes.splice(idx, 1);
			break;
		}
	}
	return nodes;
}
/**
* @category Helpers
* @see {@link http://dom.spec.whatwg.org/#dom-node-comparedocumentposition}
*/
var DocumentPosition;
(function(DocumentPosition) {
	DocumentPosition[DocumentPosition["DISCONNECTED"] = 1] = "DISCONNECTED";
	DocumentPosition[DocumentPosition["PRECEDING"] = 2] = "PRECEDING";
	DocumentPosition[DocumentPosition["FOLLOWING"] = 4] = "FOLLOWING";
	DocumentPosition[DocumentPosition["CONTAINS"] = 8] = "CONTAINS";
	DocumentPosition[DocumentPosition["CONTAINED_BY"] = 16] = "CONTAINED_BY";
})(DocumentPosition || (DocumentPosition = {}));
/**
* Compare the position of one node against another node in any other document,
* returning a bitmask with the values from {@link DocumentPosition}.
*
* Document order:
* > There is an ordering, document order, defined on all the nodes in the
* > document corresponding to the order in which the first character of the
* > XML representation of each node occurs in the XML representation of the
* > document after expansion of general entities. Thus, the document element
* > node will be the first node. Element nodes occur before their children.
* > Thus, document order orders element nodes in order of the occurrence of
* > their start-tag in the XML (after expansion of entities). The attribute
* > nodes of an element occur after the element and before its children. The
* > relative order of attribute nodes is implementation-dependent.
*
* Source:
* http://www.w3.org/TR/DOM-Level-3-Core/glossary.html#dt-document-order
*
* @category Helpers
* @param nodeA The first node to use in the comparison
* @param nodeB The second node to use in the comparison
* @returns A bitmask describing the input nodes' relative position.
*
* See http://dom.spec.whatwg.org/#dom-node-comparedocumentposition for
* a description of these values.
*/
function compareDocumentPosition(nodeA, nodeB) {
	const aParents = [];
	const bParents = [];
	if (nodeA === nodeB) return 0;
	let current = hasChildren(nodeA) ? nodeA : nodeA.parent;
	while (current) {
		aParents.unshift(current);
		current = current.parent;
	}
	current = hasChildren(nodeB) ? nodeB : nodeB.parent;
	while (current) {
		bParents.unshift(current);
		current = current.parent;
	}
	const maxIdx = Math.min(aParents.length, bParents.length);
	let idx = 0;
	while (idx < maxIdx && aParents[idx] === bParents[idx]) idx++;
	if (idx === 0) return DocumentPosition.DISCONNECTED;
	const sharedParent = aParents[idx - 1];
	const siblings = sharedParent.children;
	const aSibling = aParents[idx];
	const bSibling = bParents[idx];
	if (siblings.indexOf(aSibling) > siblings.indexOf(bSibling)) {
		if (sharedParent === nodeB) return DocumentPosition.FOLLOWING | DocumentPosition.CONTAINED_BY;
		return DocumentPosition.FOLLOWING;
	}
	if (sharedParent === nodeA) return DocumentPosition.PRECEDING | DocumentPosition.CONTAINS;
	return DocumentPosition.PRECEDING;
}
/**
* Sort an array of nodes based on their relative position in the document,
* removing any duplicate nodes. If the array contains nodes that do not belong
* to the same document, sort order is unspecified.
*
* @category Helpers
* @param nodes Array of DOM nodes.
* @returns Collection of unique nodes, sorted in document order.
*/
function uniqueSort(nodes) {
	nodes = nodes.filter((node, i, arr) => !arr.includes(node, i + 1));
	nodes.sort((a, b) => {
		const relative = compareDocumentPosition(a, b);
		if (relative & DocumentPosition.PRECEDING) return -1;
		else if (relative & DocumentPosition.FOLLOWING) return 1;
		return 0;
	});
	return nodes;
}
//#endregion
//#region node_modules/domutils/lib/esm/feeds.js
/**
* Get the feed object from the root of a DOM tree.
*
* @category Feeds
* @param doc - The DOM to to extract the feed from.
* @returns The feed.
*/
function getFeed(doc) {
	const feedRoot = getOneElement(isValidFeed, doc);
	return !feedRoot ? null : feedRoot.name === "feed" ? getAtomFeed(feedRoot) : getRssFeed(feedRoot);
}
/**
* Parse an Atom feed.
*
* @param feedRoot The root of the feed.
* @returns The parsed feed.
*/
function getAtomFeed(feedRoot) {
	var _a;
	const childs = feedRoot.children;
	const feed = {
		type: "atom",
		items: getElementsByTagName("entry", childs).map((item) => {
			var _a;
			const { children } = item;
			const entry = { media: getMediaElements(children) };
			addConditionally(entry, "id", "id", children);
			addConditionally(entry, "title", "title", children);
			const href = (_a = getOneElement("link", children)) === null || _a === void 0 ? void 0 : _a.attribs["href"];
			if (href) entry.link = href;
			const description = fetch("summary", children) || fetch("content", children);
			if (description) entry.description = description;
			const pubDate = fetch("updated", children);
			if (pubDate) entry.pubDate = new Date(pubDate);
			return entry;
		})
	};
	addConditionally(feed, "id", "id", childs);
	addConditionally(feed, "title", "title", childs);
	const href = (_a = getOneElement("link", childs)) === null || _a === void 0 ? void 0 : _a.attribs["href"];
	if (href) feed.link = href;
	addConditionally(feed, "description", "subtitle", childs);
	const updated = fetch("updated", childs);
	if (updated) feed.updated = new Date(updated);
	addConditionally(feed, "author", "email", childs, true);
	return feed;
}
/**
* Parse a RSS feed.
*
* @param feedRoot The root of the feed.
* @returns The parsed feed.
*/
function getRssFeed(feedRoot) {
	var _a, _b;
	const childs = (_b = (_a = getOneElement("channel", feedRoot.children)) === null || _a === void 0 ? void 0 : _a.children) !== null && _b !== void 0 ? _b : [];
	const feed = {
		type: feedRoot.name.substr(0, 3),
		id: "",
		items: getElementsByTagName("item", feedRoot.children).map((item) => {
			const { children } = item;
			const entry = { media: getMediaElements(children) };
			addConditionally(entry, "id", "guid", children);
			addConditionally(entry, "title", "title", children);
			addConditionally(entry, "link", "link", children);
			addConditionally(entry, "description", "description", children);
			const pubDate = fetch("pubDate", children) || fetch("dc:date", children);
			if (pubDate) entry.pubDate = new Date(pubDate);
			return entry;
		})
	};
	addConditionally(feed, "title", "title", childs);
	addConditionally(feed, "link", "link", childs);
	addConditionally(feed, "description", "description", childs);
	const updated = fetch("lastBuildDate", childs);
	if (updated) feed.updated = new Date(updated);
	addConditionally(feed, "author", "managingEditor", childs, true);
	return feed;
}
const MEDIA_KEYS_STRING = [
	"url",
	"type",
	"lang"
];
const MEDIA_KEYS_INT = [
	"fileSize",
	"bitrate",
	"framerate",
	"samplingrate",
	"channels",
	"duration",
	"height",
	"width"
];
/**
* Get all media elements of a feed item.
*
* @param where Nodes to search in.
* @returns Media elements.
*/
function getMediaElements(where) {
	return getElementsByTagName("media:content", where).map((elem) => {
		const { attribs } = elem;
		const media = {
			medium: attribs["medium"],
			isDefault: !!attribs["isDefault"]
		};
		for (const attrib of MEDIA_KEYS_STRING) if (attribs[attrib]) media[attrib] = attribs[attrib];
		for (const attrib of MEDIA_KEYS_INT) if (attribs[attrib]) media[attrib] = parseInt(attribs[attrib], 10);
		if (attribs["expression"]) media.expression = attribs["expression"];
		return media;
	});
}
/**
* Get one element by tag name.
*
* @param tagName Tag name to look for
* @param node Node to search in
* @returns The element or null
*/
function getOneElement(tagName, node) {
	return getElementsByTagName(tagName, node, true, 1)[0];
}
/**
* Get the text content of an element with a certain tag name.
*
* @param tagName Tag name to look for.
* @param where Node to search in.
* @param recurse Whether to recurse into child nodes.
* @returns The text content of the element.
*/
function fetch(tagName, where, recurse = false) {
	return textContent(getElementsByTagName(tagName, where, recurse, 1)).trim();
}
/**
* Adds a property to an object if it has a value.
*
* @param obj Object to be extended
* @param prop Property name
* @param tagName Tag name that contains the conditionally added property
* @param where Element to search for the property
* @param recurse Whether to recurse into child nodes.
*/
function addConditionally(obj, prop, tagName, where, recurse = false) {
	const val = fetch(tagName, where, recurse);
	if (val) obj[prop] = val;
}
/**
* Checks if an element is a feed root node.
*
* @param value The name of the element to check.
* @returns Whether an element is a feed root node.
*/
function isValidFeed(value) {
	return value === "rss" || value === "feed" || value === "rdf:RDF";
}
//#endregion
//#region node_modules/domutils/lib/esm/index.js
var esm_exports = /* @__PURE__ */ __exportAll({
	DocumentPosition: () => DocumentPosition,
	append: () => append,
	appendChild: () => appendChild,
	compareDocumentPosition: () => compareDocumentPosition,
	existsOne: () => existsOne$1,
	filter: () => filter,
	find: () => find,
	findAll: () => findAll$1,
	findOne: () => findOne$1,
	findOneChild: () => findOneChild,
	getAttributeValue: () => getAttributeValue$1,
	getChildren: () => getChildren$1,
	getElementById: () => getElementById,
	getElements: () => getElements,
	getElementsByClassName: () => getElementsByClassName,
	getElementsByTagName: () => getElementsByTagName,
	getElementsByTagType: () => getElementsByTagType,
	getFeed: () => getFeed,
	getInnerHTML: () => getInnerHTML,
	getName: () => getName$1,
	getOuterHTML: () => getOuterHTML,
	getParent: () => getParent$1,
	getSiblings: () => getSiblings$1,
	getText: () => getText$1,
	hasAttrib: () => hasAttrib$1,
	hasChildren: () => hasChildren,
	innerText: () => innerText,
	isCDATA: () => isCDATA,
	isComment: () => isComment,
	isDocument: () => isDocument,
	isTag: () => isTag$1,
	isText: () => isText,
	nextElementSibling: () => nextElementSibling,
	prepend: () => prepend,
	prependChild: () => prependChild,
	prevElementSibling: () => prevElementSibling,
	removeElement: () => removeElement,
	removeSubsets: () => removeSubsets$1,
	replaceElement: () => replaceElement,
	testElement: () => testElement,
	textContent: () => textContent,
	uniqueSort: () => uniqueSort
});
//#endregion
//#region node_modules/boolbase/index.js
var require_boolbase = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {
		trueFunc: function trueFunc() {
			return true;
		},
		falseFunc: function falseFunc() {
			return false;
		}
	};
}));
//#endregion
//#region node_modules/css-what/lib/commonjs/types.js
var require_types = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.AttributeAction = exports.IgnoreCaseMode = exports.SelectorType = void 0;
	(function(SelectorType) {
		SelectorType["Attribute"] = "attribute";
		SelectorType["Pseudo"] = "pseudo";
		SelectorType["PseudoElement"] = "pseudo-element";
		SelectorType["Tag"] = "tag";
		SelectorType["Universal"] = "universal";
		SelectorType["Adjacent"] = "adjacent";
		SelectorType["Child"] = "child";
		SelectorType["Descendant"] = "descendant";
		SelectorType["Parent"] = "parent";
		SelectorType["Sibling"] = "sibling";
		SelectorType["ColumnCombinator"] = "column-combinator";
	})(exports.SelectorType || (exports.SelectorType = {}));
	/**
	* Modes for ignore case.
	*
	* This could be updated to an enum, and the object is
	* the current stand-in that will allow code to be updated
	* without big changes.
	*/
	exports.IgnoreCaseMode = {
		Unknown: null,
		QuirksMode: "quirks",
		IgnoreCase: true,
		CaseSensitive: false
	};
	(function(AttributeAction) {
		AttributeAction["Any"] = "any";
		AttributeAction["Element"] = "element";
		AttributeAction["End"] = "end";
		AttributeAction["Equals"] = "equals";
		AttributeAction["Exists"] = "exists";
		AttributeAction["Hyphen"] = "hyphen";
		AttributeAction["Not"] = "not";
		AttributeAction["Start"] = "start";
	})(exports.AttributeAction || (exports.AttributeAction = {}));
}));
//#endregion
//#region node_modules/css-what/lib/commonjs/parse.js
var require_parse = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.parse = exports.isTraversal = void 0;
	var types_1 = require_types();
	var reName = /^[^\\#]?(?:\\(?:[\da-f]{1,6}\s?|.)|[\w\-\u00b0-\uFFFF])+/;
	var reEscape = /\\([\da-f]{1,6}\s?|(\s)|.)/gi;
	var actionTypes = /* @__PURE__ */ new Map([
		[126, types_1.AttributeAction.Element],
		[94, types_1.AttributeAction.Start],
		[36, types_1.AttributeAction.End],
		[42, types_1.AttributeAction.Any],
		[33, types_1.AttributeAction.Not],
		[124, types_1.AttributeAction.Hyphen]
	]);
	var unpackPseudos = /* @__PURE__ */ new Set([
		"has",
		"not",
		"matches",
		"is",
		"where",
		"host",
		"host-context"
	]);
	/**
	* Checks whether a specific selector is a traversal.
	* This is useful eg. in swapping the order of elements that
	* are not traversals.
	*
	* @param selector Selector to check.
	*/
	function isTraversal(selector) {
		switch (selector.type) {
			case types_1.SelectorType.Adjacent:
			case types_1.SelectorType.Child:
			case types_1.SelectorType.Descendant:
			case types_1.SelectorType.Parent:
			case types_1.SelectorType.Sibling:
			case types_1.SelectorType.ColumnCombinator: return true;
			default: return false;
		}
	}
	exports.isTraversal = isTraversal;
	var stripQuotesFromPseudos = /* @__PURE__ */ new Set(["contains", "icontains"]);
	function funescape(_, escaped, escapedWhitespace) {
		var high = parseInt(escaped, 16) - 65536;
		return high !== high || escapedWhitespace ? escaped : high < 0 ? String.fromCharCode(high + 65536) : String.fromCharCode(high >> 10 | 55296, high & 1023 | 56320);
	}
	function unescapeCSS(str) {
		return str.replace(reEscape, funescape);
	}
	function isQuote(c) {
		return c === 39 || c === 34;
	}
	function isWhitespace(c) {
		return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
	}
	/**
	* Parses `selector`, optionally with the passed `options`.
	*
	* @param selector Selector to parse.
	* @param options Options for parsing.
	* @returns Returns a two-dimensional array.
	* The first dimension represents selectors separated by commas (eg. `sub1, sub2`),
	* the second contains the relevant tokens for that selector.
	*/
	function parse(selector) {
		var subselects = [];
		var endIndex = parseSelector(subselects, "".concat(selector), 0);
		if (endIndex < selector.length) throw new Error("Unmatched selector: ".concat(selector.slice(endIndex)));
		return subselects;
	}
	exports.parse = parse;
	function parseSelector(subselects, selector, selectorIndex) {
		var tokens = [];
		function getName(offset) {
			var match = selector.slice(selectorIndex + offset).match(reName);
			if (!match) throw new Error("Expected name, found ".concat(selector.slice(selectorIndex)));
			var name = match[0];
			selectorIndex += offset + name.length;
			return unescapeCSS(name);
		}
		function stripWhitespace(offset) {
			selectorIndex += offset;
			while (selectorIndex < selector.length && isWhitespace(selector.charCodeAt(selectorIndex))) selectorIndex++;
		}
		function readValueWithParenthesis() {
			selectorIndex += 1;
			var start = selectorIndex;
			var counter = 1;
			for (; counter > 0 && selectorIndex < selector.length; selectorIndex++) if (selector.charCodeAt(selectorIndex) === 40 && !isEscaped(selectorIndex)) counter++;
			else if (selector.charCodeAt(selectorIndex) === 41 && !isEscaped(selectorIndex)) counter--;
			if (counter) throw new Error("Parenthesis not matched");
			return unescapeCSS(selector.slice(start, selectorIndex - 1));
		}
		function isEscaped(pos) {
			var slashCount = 0;
			while (selector.charCodeAt(--pos) === 92) slashCount++;
			return (slashCount & 1) === 1;
		}
		function ensureNotTraversal() {
			if (tokens.length > 0 && isTraversal(tokens[tokens.length - 1])) throw new Error("Did not expect successive traversals.");
		}
		function addTraversal(type) {
			if (tokens.length > 0 && tokens[tokens.length - 1].type === types_1.SelectorType.Descendant) {
				tokens[tokens.length - 1].type = type;
				return;
			}
			ensureNotTraversal();
			tokens.push({ type });
		}
		function addSpecialAttribute(name, action) {
			tokens.push({
				type: types_1.SelectorType.Attribute,
				name,
				action,
				value: getName(1),
				namespace: null,
				ignoreCase: "quirks"
			});
		}
		/**
		* We have finished parsing the current part of the selector.
		*
		* Remove descendant tokens at the end if they exist,
		* and return the last index, so that parsing can be
		* picked up from here.
		*/
		function finalizeSubselector() {
			if (tokens.length && tokens[tokens.length - 1].type === types_1.SelectorType.Descendant) tokens.pop();
			if (tokens.length === 0) throw new Error("Empty sub-selector");
			subselects.push(tokens);
		}
		stripWhitespace(0);
		if (selector.length === selectorIndex) return selectorIndex;
		loop: while (selectorIndex < selector.length) {
			var firstChar = selector.charCodeAt(selectorIndex);
			switch (firstChar) {
				case 32:
				case 9:
				case 10:
				case 12:
				case 13:
					if (tokens.length === 0 || tokens[0].type !== types_1.SelectorType.Descendant) {
						ensureNotTraversal();
						tokens.push({ type: types_1.SelectorType.Descendant });
					}
					stripWhitespace(1);
					break;
				case 62:
					addTraversal(types_1.SelectorType.Child);
					stripWhitespace(1);
					break;
				case 60:
					addTraversal(types_1.SelectorType.Parent);
					stripWhitespace(1);
					break;
				case 126:
					addTraversal(types_1.SelectorType.Sibling);
					stripWhitespace(1);
					break;
				case 43:
					addTraversal(types_1.SelectorType.Adjacent);
					stripWhitespace(1);
					break;
				case 46:
					addSpecialAttribute("class", types_1.AttributeAction.Element);
					break;
				case 35:
					addSpecialAttribute("id", types_1.AttributeAction.Equals);
					break;
				case 91:
					stripWhitespace(1);
					var name_1 = void 0;
					var namespace = null;
					if (selector.charCodeAt(selectorIndex) === 124) name_1 = getName(1);
					else if (selector.startsWith("*|", selectorIndex)) {
						namespace = "*";
						name_1 = getName(2);
					} else {
						name_1 = getName(0);
						if (selector.charCodeAt(selectorIndex) === 124 && selector.charCodeAt(selectorIndex + 1) !== 61) {
							namespace = name_1;
							name_1 = getName(1);
						}
					}
					stripWhitespace(0);
					var action = types_1.AttributeAction.Exists;
					var possibleAction = actionTypes.get(selector.charCodeAt(selectorIndex));
					if (possibleAction) {
						action = possibleAction;
						if (selector.charCodeAt(selectorIndex + 1) !== 61) throw new Error("Expected `=`");
						stripWhitespace(2);
					} else if (selector.charCodeAt(selectorIndex) === 61) {
						action = types_1.AttributeAction.Equals;
						stripWhitespace(1);
					}
					var value = "";
					var ignoreCase = null;
					if (action !== "exists") {
						if (isQuote(selector.charCodeAt(selectorIndex))) {
							var quote = selector.charCodeAt(selectorIndex);
							var sectionEnd = selectorIndex + 1;
							while (sectionEnd < selector.length && (selector.charCodeAt(sectionEnd) !== quote || isEscaped(sectionEnd))) sectionEnd += 1;
							if (selector.charCodeAt(sectionEnd) !== quote) throw new Error("Attribute value didn't end");
							value = unescapeCSS(selector.slice(selectorIndex + 1, sectionEnd));
							selectorIndex = sectionEnd + 1;
						} else {
							var valueStart = selectorIndex;
							while (selectorIndex < selector.length && (!isWhitespace(selector.charCodeAt(selectorIndex)) && selector.charCodeAt(selectorIndex) !== 93 || isEscaped(selectorIndex))) selectorIndex += 1;
							value = unescapeCSS(selector.slice(valueStart, selectorIndex));
						}
						stripWhitespace(0);
						var forceIgnore = selector.charCodeAt(selectorIndex) | 32;
						if (forceIgnore === 115) {
							ignoreCase = false;
							stripWhitespace(1);
						} else if (forceIgnore === 105) {
							ignoreCase = true;
							stripWhitespace(1);
						}
					}
					if (selector.charCodeAt(selectorIndex) !== 93) throw new Error("Attribute selector didn't terminate");
					selectorIndex += 1;
					var attributeSelector = {
						type: types_1.SelectorType.Attribute,
						name: name_1,
						action,
						value,
						namespace,
						ignoreCase
					};
					tokens.push(attributeSelector);
					break;
				case 58:
					if (selector.charCodeAt(selectorIndex + 1) === 58) {
						tokens.push({
							type: types_1.SelectorType.PseudoElement,
							name: getName(2).toLowerCase(),
							data: selector.charCodeAt(selectorIndex) === 40 ? readValueWithParenthesis() : null
						});
						continue;
					}
					var name_2 = getName(1).toLowerCase();
					var data = null;
					if (selector.charCodeAt(selectorIndex) === 40) {
						if (unpackPseudos.has(name_2)) {
							if (isQuote(selector.charCodeAt(selectorIndex + 1))) throw new Error("Pseudo-selector ".concat(name_2, " cannot be quoted"));
							data = [];
							selectorIndex = parseSelector(data, selector, selectorIndex + 1);
							if (selector.charCodeAt(selectorIndex) !== 41) throw new Error("Missing closing parenthesis in :".concat(name_2, " (").concat(selector, ")"));
							selectorIndex += 1;
						} else {
							data = readValueWithParenthesis();
							if (stripQuotesFromPseudos.has(name_2)) {
								var quot = data.charCodeAt(0);
								if (quot === data.charCodeAt(data.length - 1) && isQuote(quot)) data = data.slice(1, -1);
							}
							data = unescapeCSS(data);
						}
					}
					tokens.push({
						type: types_1.SelectorType.Pseudo,
						name: name_2,
						data
					});
					break;
				case 44:
					finalizeSubselector();
					tokens = [];
					stripWhitespace(1);
					break;
				default:
					if (selector.startsWith("/*", selectorIndex)) {
						var endIndex = selector.indexOf("*/", selectorIndex + 2);
						if (endIndex < 0) throw new Error("Comment was not terminated");
						selectorIndex = endIndex + 2;
						if (tokens.length === 0) stripWhitespace(0);
						break;
					}
					var namespace = null;
					var name_3 = void 0;
					if (firstChar === 42) {
						selectorIndex += 1;
						name_3 = "*";
					} else if (firstChar === 124) {
						name_3 = "";
						if (selector.charCodeAt(selectorIndex + 1) === 124) {
							addTraversal(types_1.SelectorType.ColumnCombinator);
							stripWhitespace(2);
							break;
						}
					} else if (reName.test(selector.slice(selectorIndex))) name_3 = getName(0);
					else break loop;
					if (selector.charCodeAt(selectorIndex) === 124 && selector.charCodeAt(selectorIndex + 1) !== 124) {
						namespace = name_3;
						if (selector.charCodeAt(selectorIndex + 1) === 42) {
							name_3 = "*";
							selectorIndex += 2;
						} else name_3 = getName(1);
					}
					tokens.push(name_3 === "*" ? {
						type: types_1.SelectorType.Universal,
						namespace
					} : {
						type: types_1.SelectorType.Tag,
						name: name_3,
						namespace
					});
			}
		}
		finalizeSubselector();
		return selectorIndex;
	}
}));
//#endregion
//#region node_modules/css-what/lib/commonjs/stringify.js
var require_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	var __spreadArray = exports && exports.__spreadArray || function(to, from, pack) {
		if (pack || arguments.length === 2) {
			for (var i = 0, l = from.length, ar; i < l; i++) if (ar || !(i in from)) {
				if (!ar) ar = Array.prototype.slice.call(from, 0, i);
				ar[i] = from[i];
			}
		}
		return to.concat(ar || Array.prototype.slice.call(from));
	};
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.stringify = void 0;
	var types_1 = require_types();
	var attribValChars = ["\\", "\""];
	var pseudoValChars = __spreadArray(__spreadArray([], attribValChars, true), ["(", ")"], false);
	var charsToEscapeInAttributeValue = new Set(attribValChars.map(function(c) {
		return c.charCodeAt(0);
	}));
	var charsToEscapeInPseudoValue = new Set(pseudoValChars.map(function(c) {
		return c.charCodeAt(0);
	}));
	var charsToEscapeInName = new Set(__spreadArray(__spreadArray([], pseudoValChars, true), [
		"~",
		"^",
		"$",
		"*",
		"+",
		"!",
		"|",
		":",
		"[",
		"]",
		" ",
		"."
	], false).map(function(c) {
		return c.charCodeAt(0);
	}));
	/**
	* Turns `selector` back into a string.
	*
	* @param selector Selector to stringify.
	*/
	function stringify(selector) {
		return selector.map(function(token) {
			return token.map(stringifyToken).join("");
		}).join(", ");
	}
	exports.stringify = stringify;
	function stringifyToken(token, index, arr) {
		switch (token.type) {
			case types_1.SelectorType.Child: return index === 0 ? "> " : " > ";
			case types_1.SelectorType.Parent: return index === 0 ? "< " : " < ";
			case types_1.SelectorType.Sibling: return index === 0 ? "~ " : " ~ ";
			case types_1.SelectorType.Adjacent: return index === 0 ? "+ " : " + ";
			case types_1.SelectorType.Descendant: return " ";
			case types_1.SelectorType.ColumnCombinator: return index === 0 ? "|| " : " || ";
			case types_1.SelectorType.Universal: return token.namespace === "*" && index + 1 < arr.length && "name" in arr[index + 1] ? "" : "".concat(getNamespace(token.namespace), "*");
			case types_1.SelectorType.Tag: return getNamespacedName(token);
			case types_1.SelectorType.PseudoElement: return "::".concat(escapeName(token.name, charsToEscapeInName)).concat(token.data === null ? "" : "(".concat(escapeName(token.data, charsToEscapeInPseudoValue), ")"));
			case types_1.SelectorType.Pseudo: return ":".concat(escapeName(token.name, charsToEscapeInName)).concat(token.data === null ? "" : "(".concat(typeof token.data === "string" ? escapeName(token.data, charsToEscapeInPseudoValue) : stringify(token.data), ")"));
			case types_1.SelectorType.Attribute:
				if (token.name === "id" && token.action === types_1.AttributeAction.Equals && token.ignoreCase === "quirks" && !token.namespace) return "#".concat(escapeName(token.value, charsToEscapeInName));
				if (token.name === "class" && token.action === types_1.AttributeAction.Element && token.ignoreCase === "quirks" && !token.namespace) return ".".concat(escapeName(token.value, charsToEscapeInName));
				var name_1 = getNamespacedName(token);
				if (token.action === types_1.AttributeAction.Exists) return "[".concat(name_1, "]");
				return "[".concat(name_1).concat(getActionValue(token.action), "=\"").concat(escapeName(token.value, charsToEscapeInAttributeValue), "\"").concat(token.ignoreCase === null ? "" : token.ignoreCase ? " i" : " s", "]");
		}
	}
	function getActionValue(action) {
		switch (action) {
			case types_1.AttributeAction.Equals: return "";
			case types_1.AttributeAction.Element: return "~";
			case types_1.AttributeAction.Start: return "^";
			case types_1.AttributeAction.End: return "$";
			case types_1.AttributeAction.Any: return "*";
			case types_1.AttributeAction.Not: return "!";
			case types_1.AttributeAction.Hyphen: return "|";
			case types_1.AttributeAction.Exists: throw new Error("Shouldn't be here");
		}
	}
	function getNamespacedName(token) {
		return "".concat(getNamespace(token.namespace)).concat(escapeName(token.name, charsToEscapeInName));
	}
	function getNamespace(namespace) {
		return namespace !== null ? "".concat(namespace === "*" ? "*" : escapeName(namespace, charsToEscapeInName), "|") : "";
	}
	function escapeName(str, charsToEscape) {
		var lastIdx = 0;
		var ret = "";
		for (var i = 0; i < str.length; i++) if (charsToEscape.has(str.charCodeAt(i))) {
			ret += "".concat(str.slice(lastIdx, i), "\\").concat(str.charAt(i));
			lastIdx = i + 1;
		}
		return ret.length > 0 ? ret + str.slice(lastIdx) : str;
	}
}));
//#endregion
//#region node_modules/css-what/lib/commonjs/index.js
var require_commonjs = /* @__PURE__ */ __commonJSMin(((exports) => {
	var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
		if (k2 === void 0) k2 = k;
		var desc = Object.getOwnPropertyDescriptor(m, k);
		if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) desc = {
			enumerable: true,
			get: function() {
				return m[k];
			}
		};
		Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
		if (k2 === void 0) k2 = k;
		o[k2] = m[k];
	}));
	var __exportStar = exports && exports.__exportStar || function(m, exports$1) {
		for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports$1, p)) __createBinding(exports$1, m, p);
	};
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.stringify = exports.parse = exports.isTraversal = void 0;
	__exportStar(require_types(), exports);
	var parse_1 = require_parse();
	Object.defineProperty(exports, "isTraversal", {
		enumerable: true,
		get: function() {
			return parse_1.isTraversal;
		}
	});
	Object.defineProperty(exports, "parse", {
		enumerable: true,
		get: function() {
			return parse_1.parse;
		}
	});
	var stringify_1 = require_stringify();
	Object.defineProperty(exports, "stringify", {
		enumerable: true,
		get: function() {
			return stringify_1.stringify;
		}
	});
}));
//#endregion
//#region node_modules/css-select/lib/esm/sort.js
var import_boolbase = /* @__PURE__ */ __toESM(require_boolbase(), 1);
var import_commonjs = require_commonjs();
const procedure = /* @__PURE__ */ new Map([
	[import_commonjs.SelectorType.Universal, 50],
	[import_commonjs.SelectorType.Tag, 30],
	[import_commonjs.SelectorType.Attribute, 1],
	[import_commonjs.SelectorType.Pseudo, 0]
]);
function isTraversal(token) {
	return !procedure.has(token.type);
}
const attributes = /* @__PURE__ */ new Map([
	[import_commonjs.AttributeAction.Exists, 10],
	[import_commonjs.AttributeAction.Equals, 8],
	[import_commonjs.AttributeAction.Not, 7],
	[import_commonjs.AttributeAction.Start, 6],
	[import_commonjs.AttributeAction.End, 6],
	[import_commonjs.AttributeAction.Any, 5]
]);
/**
* Sort the parts of the passed selector,
* as there is potential for optimization
* (some types of selectors are faster than others)
*
* @param arr Selector to sort
*/
function sortByProcedure(arr) {
	const procs = arr.map(getProcedure);
	for (let i = 1; i < arr.length; i++) {
		const procNew = procs[i];
		if (procNew < 0) continue;
		for (let j = i - 1; j >= 0 && procNew < procs[j]; j--) {
			const token = arr[j + 1];
			arr[j + 1] = arr[j];
			arr[j] = token;
			procs[j + 1] = procs[j];
			procs[j] = procNew;
		}
	}
}
function getProcedure(token) {
	var _a, _b;
	let proc = (_a = procedure.get(token.type)) !== null && _a !== void 0 ? _a : -1;
	if (token.type === import_commonjs.SelectorType.Attribute) {
		proc = (_b = attributes.get(token.action)) !== null && _b !== void 0 ? _b : 4;
		if (token.action === import_commonjs.AttributeAction.Equals && token.name === "id") proc = 9;
		if (token.ignoreCase) proc >>= 1;
	} else if (token.type === import_commonjs.SelectorType.Pseudo) {
		if (!token.data) proc = 3;
		else if (token.name === "has" || token.name === "contains") proc = 0;
		else if (Array.isArray(token.data)) {
			proc = Math.min(...token.data.map((d) => Math.min(...d.map(getProcedure))));
			if (proc < 0) proc = 0;
		} else proc = 2;
	}
	return proc;
}
//#endregion
//#region node_modules/css-select/lib/esm/attributes.js
/**
* All reserved characters in a regex, used for escaping.
*
* Taken from XRegExp, (c) 2007-2020 Steven Levithan under the MIT license
* https://github.com/slevithan/xregexp/blob/95eeebeb8fac8754d54eafe2b4743661ac1cf028/src/xregexp.js#L794
*/
const reChars = /[-[\]{}()*+?.,\\^$|#\s]/g;
function escapeRegex(value) {
	return value.replace(reChars, "\\$&");
}
/**
* Attributes that are case-insensitive in HTML.
*
* @private
* @see https://html.spec.whatwg.org/multipage/semantics-other.html#case-sensitivity-of-selectors
*/
const caseInsensitiveAttributes = /* @__PURE__ */ new Set([
	"accept",
	"accept-charset",
	"align",
	"alink",
	"axis",
	"bgcolor",
	"charset",
	"checked",
	"clear",
	"codetype",
	"color",
	"compact",
	"declare",
	"defer",
	"dir",
	"direction",
	"disabled",
	"enctype",
	"face",
	"frame",
	"hreflang",
	"http-equiv",
	"lang",
	"language",
	"link",
	"media",
	"method",
	"multiple",
	"nohref",
	"noresize",
	"noshade",
	"nowrap",
	"readonly",
	"rel",
	"rev",
	"rules",
	"scope",
	"scrolling",
	"selected",
	"shape",
	"target",
	"text",
	"type",
	"valign",
	"valuetype",
	"vlink"
]);
function shouldIgnoreCase(selector, options) {
	return typeof selector.ignoreCase === "boolean" ? selector.ignoreCase : selector.ignoreCase === "quirks" ? !!options.quirksMode : !options.xmlMode && caseInsensitiveAttributes.has(selector.name);
}
/**
* Attribute selectors
*/
const attributeRules = {
	equals(next, data, options) {
		const { adapter } = options;
		const { name } = data;
		let { value } = data;
		if (shouldIgnoreCase(data, options)) {
			value = value.toLowerCase();
			return (elem) => {
				const attr = adapter.getAttributeValue(elem, name);
				return attr != null && attr.length === value.length && attr.toLowerCase() === value && next(elem);
			};
		}
		return (elem) => adapter.getAttributeValue(elem, name) === value && next(elem);
	},
	hyphen(next, data, options) {
		const { adapter } = options;
		const { name } = data;
		let { value } = data;
		const len = value.length;
		if (shouldIgnoreCase(data, options)) {
			value = value.toLowerCase();
			return function hyphenIC(elem) {
				const attr = adapter.getAttributeValue(elem, name);
				return attr != null && (attr.length === len || attr.charAt(len) === "-") && attr.substr(0, len).toLowerCase() === value && next(elem);
			};
		}
		return function hyphen(elem) {
			const attr = adapter.getAttributeValue(elem, name);
			return attr != null && (attr.length === len || attr.charAt(len) === "-") && attr.substr(0, len) === value && next(elem);
		};
	},
	element(next, data, options) {
		const { adapter } = options;
		const { name, value } = data;
		if (/\s/.test(value)) return import_boolbase.default.falseFunc;
		const regex = new RegExp(`(?:^|\\s)${escapeRegex(value)}(?:$|\\s)`, shouldIgnoreCase(data, options) ? "i" : "");
		return function element(elem) {
			const attr = adapter.getAttributeValue(elem, name);
			return attr != null && attr.length >= value.length && regex.test(attr) && next(elem);
		};
	},
	exists(next, { name }, { adapter }) {
		return (elem) => adapter.hasAttrib(elem, name) && next(elem);
	},
	start(next, data, options) {
		const { adapter } = options;
		const { name } = data;
		let { value } = data;
		const len = value.length;
		if (len === 0) return import_boolbase.default.falseFunc;
		if (shouldIgnoreCase(data, options)) {
			value = value.toLowerCase();
			return (elem) => {
				const attr = adapter.getAttributeValue(elem, name);
				return attr != null && attr.length >= len && attr.substr(0, len).toLowerCase() === value && next(elem);
			};
		}
		return (elem) => {
			var _a;
			return !!((_a = adapter.getAttributeValue(elem, name)) === null || _a === void 0 ? void 0 : _a.startsWith(value)) && next(elem);
		};
	},
	end(next, data, options) {
		const { adapter } = options;
		const { name } = data;
		let { value } = data;
		const len = -value.length;
		if (len === 0) return import_boolbase.default.falseFunc;
		if (shouldIgnoreCase(data, options)) {
			value = value.toLowerCase();
			return (elem) => {
				var _a;
				return ((_a = adapter.getAttributeValue(elem, name)) === null || _a === void 0 ? void 0 : _a.substr(len).toLowerCase()) === value && next(elem);
			};
		}
		return (elem) => {
			var _a;
			return !!((_a = adapter.getAttributeValue(elem, name)) === null || _a === void 0 ? void 0 : _a.endsWith(value)) && next(elem);
		};
	},
	any(next, data, options) {
		const { adapter } = options;
		const { name, value } = data;
		if (value === "") return import_boolbase.default.falseFunc;
		if (shouldIgnoreCase(data, options)) {
			const regex = new RegExp(escapeRegex(value), "i");
			return function anyIC(elem) {
				const attr = adapter.getAttributeValue(elem, name);
				return attr != null && attr.length >= value.length && regex.test(attr) && next(elem);
			};
		}
		return (elem) => {
			var _a;
			return !!((_a = adapter.getAttributeValue(elem, name)) === null || _a === void 0 ? void 0 : _a.includes(value)) && next(elem);
		};
	},
	not(next, data, options) {
		const { adapter } = options;
		const { name } = data;
		let { value } = data;
		if (value === "") return (elem) => !!adapter.getAttributeValue(elem, name) && next(elem);
		else if (shouldIgnoreCase(data, options)) {
			value = value.toLowerCase();
			return (elem) => {
				const attr = adapter.getAttributeValue(elem, name);
				return (attr == null || attr.length !== value.length || attr.toLowerCase() !== value) && next(elem);
			};
		}
		return (elem) => adapter.getAttributeValue(elem, name) !== value && next(elem);
	}
};
//#endregion
//#region node_modules/nth-check/lib/esm/parse.js
const whitespace = /* @__PURE__ */ new Set([
	9,
	10,
	12,
	13,
	32
]);
const ZERO = "0".charCodeAt(0);
const NINE = "9".charCodeAt(0);
/**
* Parses an expression.
*
* @throws An `Error` if parsing fails.
* @returns An array containing the integer step size and the integer offset of the nth rule.
* @example nthCheck.parse("2n+3"); // returns [2, 3]
*/
function parse$4(formula) {
	formula = formula.trim().toLowerCase();
	if (formula === "even") return [2, 0];
	else if (formula === "odd") return [2, 1];
	let idx = 0;
	let a = 0;
	let sign = readSign();
	let number = readNumber();
	if (idx < formula.length && formula.charAt(idx) === "n") {
		idx++;
		a = sign * (number !== null && number !== void 0 ? number : 1);
		skipWhitespace();
		if (idx < formula.length) {
			sign = readSign();
			skipWhitespace();
			number = readNumber();
		} else sign = number = 0;
	}
	if (number === null || idx < formula.length) throw new Error(`n-th rule couldn't be parsed ('${formula}')`);
	return [a, sign * number];
	function readSign() {
		if (formula.charAt(idx) === "-") {
			idx++;
			return -1;
		}
		if (formula.charAt(idx) === "+") idx++;
		return 1;
	}
	function readNumber() {
		const start = idx;
		let value = 0;
		while (idx < formula.length && formula.charCodeAt(idx) >= ZERO && formula.charCodeAt(idx) <= NINE) {
			value = value * 10 + (formula.charCodeAt(idx) - ZERO);
			idx++;
		}
		return idx === start ? null : value;
	}
	function skipWhitespace() {
		while (idx < formula.length && whitespace.has(formula.charCodeAt(idx))) idx++;
	}
}
//#endregion
//#region node_modules/nth-check/lib/esm/compile.js
/**
* Returns a function that checks if an elements index matches the given rule
* highly optimized to return the fastest solution.
*
* @param parsed A tuple [a, b], as returned by `parse`.
* @returns A highly optimized function that returns whether an index matches the nth-check.
* @example
*
* ```js
* const check = nthCheck.compile([2, 3]);
*
* check(0); // `false`
* check(1); // `false`
* check(2); // `true`
* check(3); // `false`
* check(4); // `true`
* check(5); // `false`
* check(6); // `true`
* ```
*/
function compile$2(parsed) {
	const a = parsed[0];
	const b = parsed[1] - 1;
	if (b < 0 && a <= 0) return import_boolbase.default.falseFunc;
	if (a === -1) return (index) => index <= b;
	if (a === 0) return (index) => index === b;
	if (a === 1) return b < 0 ? import_boolbase.default.trueFunc : (index) => index >= b;
	const absA = Math.abs(a);
	const bMod = (b % absA + absA) % absA;
	return a > 1 ? (index) => index >= b && index % absA === bMod : (index) => index <= b && index % absA === bMod;
}
//#endregion
//#region node_modules/nth-check/lib/esm/index.js
/**
* Parses and compiles a formula to a highly optimized function.
* Combination of {@link parse} and {@link compile}.
*
* If the formula doesn't match any elements,
* it returns [`boolbase`](https://github.com/fb55/boolbase)'s `falseFunc`.
* Otherwise, a function accepting an _index_ is returned, which returns
* whether or not the passed _index_ matches the formula.
*
* Note: The nth-rule starts counting at `1`, the returned function at `0`.
*
* @param formula The formula to compile.
* @example
* const check = nthCheck("2n+3");
*
* check(0); // `false`
* check(1); // `false`
* check(2); // `true`
* check(3); // `false`
* check(4); // `true`
* check(5); // `false`
* check(6); // `true`
*/
function nthCheck(formula) {
	return compile$2(parse$4(formula));
}
//#endregion
//#region node_modules/css-select/lib/esm/pseudo-selectors/filters.js
function getChildFunc(next, adapter) {
	return (elem) => {
		const parent = adapter.getParent(elem);
		return parent != null && adapter.isTag(parent) && next(elem);
	};
}
const filters = {
	contains(next, text, { adapter }) {
		return function contains(elem) {
			return next(elem) && adapter.getText(elem).includes(text);
		};
	},
	icontains(next, text, { adapter }) {
		const itext = text.toLowerCase();
		return function icontains(elem) {
			return next(elem) && adapter.getText(elem).toLowerCase().includes(itext);
		};
	},
	"nth-child"(next, rule, { adapter, equals }) {
		const func = nthCheck(rule);
		if (func === import_boolbase.default.falseFunc) return import_boolbase.default.falseFunc;
		if (func === import_boolbase.default.trueFunc) return getChildFunc(next, adapter);
		return function nthChild(elem) {
			const siblings = adapter.getSiblings(elem);
			let pos = 0;
			for (let i = 0; i < siblings.length; i++) {
				if (equals(elem, siblings[i])) break;
				if (adapter.isTag(siblings[i])) pos++;
			}
			return func(pos) && next(elem);
		};
	},
	"nth-last-child"(next, rule, { adapter, equals }) {
		const func = nthCheck(rule);
		if (func === import_boolbase.default.falseFunc) return import_boolbase.default.falseFunc;
		if (func === import_boolbase.default.trueFunc) return getChildFunc(next, adapter);
		return function nthLastChild(elem) {
			const siblings = adapter.getSiblings(elem);
			let pos = 0;
			for (let i = siblings.length - 1; i >= 0; i--) {
				if (equals(elem, siblings[i])) break;
				if (adapter.isTag(siblings[i])) pos++;
			}
			return func(pos) && next(elem);
		};
	},
	"nth-of-type"(next, rule, { adapter, equals }) {
		const func = nthCheck(rule);
		if (func === import_boolbase.default.falseFunc) return import_boolbase.default.falseFunc;
		if (func === import_boolbase.default.trueFunc) return getChildFunc(next, adapter);
		return function nthOfType(elem) {
			const siblings = adapter.getSiblings(elem);
			let pos = 0;
			for (let i = 0; i < siblings.length; i++) {
				const currentSibling = siblings[i];
				if (equals(elem, currentSibling)) break;
				if (adapter.isTag(currentSibling) && adapter.getName(currentSibling) === adapter.getName(elem)) pos++;
			}
			return func(pos) && next(elem);
		};
	},
	"nth-last-of-type"(next, rule, { adapter, equals }) {
		const func = nthCheck(rule);
		if (func === import_boolbase.default.falseFunc) return import_boolbase.default.falseFunc;
		if (func === import_boolbase.default.trueFunc) return getChildFunc(next, adapter);
		return function nthLastOfType(elem) {
			const siblings = adapter.getSiblings(elem);
			let pos = 0;
			for (let i = siblings.length - 1; i >= 0; i--) {
				const currentSibling = siblings[i];
				if (equals(elem, currentSibling)) break;
				if (adapter.isTag(currentSibling) && adapter.getName(currentSibling) === adapter.getName(elem)) pos++;
			}
			return func(pos) && next(elem);
		};
	},
	root(next, _rule, { adapter }) {
		return (elem) => {
			const parent = adapter.getParent(elem);
			return (parent == null || !adapter.isTag(parent)) && next(elem);
		};
	},
	scope(next, rule, options, context) {
		const { equals } = options;
		if (!context || context.length === 0) return filters["root"](next, rule, options);
		if (context.length === 1) return (elem) => equals(context[0], elem) && next(elem);
		return (elem) => context.includes(elem) && next(elem);
	},
	hover: dynamicStatePseudo("isHovered"),
	visited: dynamicStatePseudo("isVisited"),
	active: dynamicStatePseudo("isActive")
};
/**
* Dynamic state pseudos. These depend on optional Adapter methods.
*
* @param name The name of the adapter method to call.
* @returns Pseudo for the `filters` object.
*/
function dynamicStatePseudo(name) {
	return function dynamicPseudo(next, _rule, { adapter }) {
		const func = adapter[name];
		if (typeof func !== "function") return import_boolbase.default.falseFunc;
		return function active(elem) {
			return func(elem) && next(elem);
		};
	};
}
//#endregion
//#region node_modules/css-select/lib/esm/pseudo-selectors/pseudos.js
const pseudos = {
	empty(elem, { adapter }) {
		return !adapter.getChildren(elem).some((elem) => adapter.isTag(elem) || adapter.getText(elem) !== "");
	},
	"first-child"(elem, { adapter, equals }) {
		if (adapter.prevElementSibling) return adapter.prevElementSibling(elem) == null;
		const firstChild = adapter.getSiblings(elem).find((elem) => adapter.isTag(elem));
		return firstChild != null && equals(elem, firstChild);
	},
	"last-child"(elem, { adapter, equals }) {
		const siblings = adapter.getSiblings(elem);
		for (let i = siblings.length - 1; i >= 0; i--) {
			if (equals(elem, siblings[i])) return true;
			if (adapter.isTag(siblings[i])) break;
		}
		return false;
	},
	"first-of-type"(elem, { adapter, equals }) {
		const siblings = adapter.getSiblings(elem);
		const elemName = adapter.getName(elem);
		for (let i = 0; i < siblings.length; i++) {
			const currentSibling = siblings[i];
			if (equals(elem, currentSibling)) return true;
			if (adapter.isTag(currentSibling) && adapter.getName(currentSibling) === elemName) break;
		}
		return false;
	},
	"last-of-type"(elem, { adapter, equals }) {
		const siblings = adapter.getSiblings(elem);
		const elemName = adapter.getName(elem);
		for (let i = siblings.length - 1; i >= 0; i--) {
			const currentSibling = siblings[i];
			if (equals(elem, currentSibling)) return true;
			if (adapter.isTag(currentSibling) && adapter.getName(currentSibling) === elemName) break;
		}
		return false;
	},
	"only-of-type"(elem, { adapter, equals }) {
		const elemName = adapter.getName(elem);
		return adapter.getSiblings(elem).every((sibling) => equals(elem, sibling) || !adapter.isTag(sibling) || adapter.getName(sibling) !== elemName);
	},
	"only-child"(elem, { adapter, equals }) {
		return adapter.getSiblings(elem).every((sibling) => equals(elem, sibling) || !adapter.isTag(sibling));
	}
};
function verifyPseudoArgs(func, name, subselect, argIndex) {
	if (subselect === null) {
		if (func.length > argIndex) throw new Error(`Pseudo-class :${name} requires an argument`);
	} else if (func.length === argIndex) throw new Error(`Pseudo-class :${name} doesn't have any arguments`);
}
//#endregion
//#region node_modules/css-select/lib/esm/pseudo-selectors/aliases.js
/**
* Aliases are pseudos that are expressed as selectors.
*/
const aliases = {
	"any-link": ":is(a, area, link)[href]",
	link: ":any-link:not(:visited)",
	disabled: `:is(
        :is(button, input, select, textarea, optgroup, option)[disabled],
        optgroup[disabled] > option,
        fieldset[disabled]:not(fieldset[disabled] legend:first-of-type *)
    )`,
	enabled: ":not(:disabled)",
	checked: ":is(:is(input[type=radio], input[type=checkbox])[checked], option:selected)",
	required: ":is(input, select, textarea)[required]",
	optional: ":is(input, select, textarea):not([required])",
	selected: "option:is([selected], select:not([multiple]):not(:has(> option[selected])) > :first-of-type)",
	checkbox: "[type=checkbox]",
	file: "[type=file]",
	password: "[type=password]",
	radio: "[type=radio]",
	reset: "[type=reset]",
	image: "[type=image]",
	submit: "[type=submit]",
	parent: ":not(:empty)",
	header: ":is(h1, h2, h3, h4, h5, h6)",
	button: ":is(button, input[type=button])",
	input: ":is(input, textarea, select, button)",
	text: "input:is(:not([type!='']), [type=text])"
};
//#endregion
//#region node_modules/css-select/lib/esm/pseudo-selectors/subselects.js
/** Used as a placeholder for :has. Will be replaced with the actual element. */
const PLACEHOLDER_ELEMENT = {};
function ensureIsTag(next, adapter) {
	if (next === import_boolbase.default.falseFunc) return import_boolbase.default.falseFunc;
	return (elem) => adapter.isTag(elem) && next(elem);
}
function getNextSiblings(elem, adapter) {
	const siblings = adapter.getSiblings(elem);
	if (siblings.length <= 1) return [];
	const elemIndex = siblings.indexOf(elem);
	if (elemIndex < 0 || elemIndex === siblings.length - 1) return [];
	return siblings.slice(elemIndex + 1).filter(adapter.isTag);
}
function copyOptions(options) {
	return {
		xmlMode: !!options.xmlMode,
		lowerCaseAttributeNames: !!options.lowerCaseAttributeNames,
		lowerCaseTags: !!options.lowerCaseTags,
		quirksMode: !!options.quirksMode,
		cacheResults: !!options.cacheResults,
		pseudos: options.pseudos,
		adapter: options.adapter,
		equals: options.equals
	};
}
const is$1 = (next, token, options, context, compileToken) => {
	const func = compileToken(token, copyOptions(options), context);
	return func === import_boolbase.default.trueFunc ? next : func === import_boolbase.default.falseFunc ? import_boolbase.default.falseFunc : (elem) => func(elem) && next(elem);
};
const subselects = {
	is: is$1,
	/**
	* `:matches` and `:where` are aliases for `:is`.
	*/
	matches: is$1,
	where: is$1,
	not(next, token, options, context, compileToken) {
		const func = compileToken(token, copyOptions(options), context);
		return func === import_boolbase.default.falseFunc ? next : func === import_boolbase.default.trueFunc ? import_boolbase.default.falseFunc : (elem) => !func(elem) && next(elem);
	},
	has(next, subselect, options, _context, compileToken) {
		const { adapter } = options;
		const opts = copyOptions(options);
		opts.relativeSelector = true;
		const context = subselect.some((s) => s.some(isTraversal)) ? [PLACEHOLDER_ELEMENT] : void 0;
		const compiled = compileToken(subselect, opts, context);
		if (compiled === import_boolbase.default.falseFunc) return import_boolbase.default.falseFunc;
		const hasElement = ensureIsTag(compiled, adapter);
		if (context && compiled !== import_boolbase.default.trueFunc) {
			const { shouldTestNextSiblings = false } = compiled;
			return (elem) => {
				if (!next(elem)) return false;
				context[0] = elem;
				const childs = adapter.getChildren(elem);
				const nextElements = shouldTestNextSiblings ? [...childs, ...getNextSiblings(elem, adapter)] : childs;
				return adapter.existsOne(hasElement, nextElements);
			};
		}
		return (elem) => next(elem) && adapter.existsOne(hasElement, adapter.getChildren(elem));
	}
};
//#endregion
//#region node_modules/css-select/lib/esm/pseudo-selectors/index.js
function compilePseudoSelector(next, selector, options, context, compileToken) {
	var _a;
	const { name, data } = selector;
	if (Array.isArray(data)) {
		if (!(name in subselects)) throw new Error(`Unknown pseudo-class :${name}(${data})`);
		return subselects[name](next, data, options, context, compileToken);
	}
	const userPseudo = (_a = options.pseudos) === null || _a === void 0 ? void 0 : _a[name];
	const stringPseudo = typeof userPseudo === "string" ? userPseudo : aliases[name];
	if (typeof stringPseudo === "string") {
		if (data != null) throw new Error(`Pseudo ${name} doesn't have any arguments`);
		const alias = (0, import_commonjs.parse)(stringPseudo);
		return subselects["is"](next, alias, options, context, compileToken);
	}
	if (typeof userPseudo === "function") {
		verifyPseudoArgs(userPseudo, name, data, 1);
		return (elem) => userPseudo(elem, data) && next(elem);
	}
	if (name in filters) return filters[name](next, data, options, context);
	if (name in pseudos) {
		const pseudo = pseudos[name];
		verifyPseudoArgs(pseudo, name, data, 2);
		return (elem) => pseudo(elem, options, data) && next(elem);
	}
	throw new Error(`Unknown pseudo-class :${name}`);
}
//#endregion
//#region node_modules/css-select/lib/esm/general.js
function getElementParent(node, adapter) {
	const parent = adapter.getParent(node);
	if (parent && adapter.isTag(parent)) return parent;
	return null;
}
function compileGeneralSelector(next, selector, options, context, compileToken) {
	const { adapter, equals } = options;
	switch (selector.type) {
		case import_commonjs.SelectorType.PseudoElement: throw new Error("Pseudo-elements are not supported by css-select");
		case import_commonjs.SelectorType.ColumnCombinator: throw new Error("Column combinators are not yet supported by css-select");
		case import_commonjs.SelectorType.Attribute:
			if (selector.namespace != null) throw new Error("Namespaced attributes are not yet supported by css-select");
			if (!options.xmlMode || options.lowerCaseAttributeNames) selector.name = selector.name.toLowerCase();
			return attributeRules[selector.action](next, selector, options);
		case import_commonjs.SelectorType.Pseudo: return compilePseudoSelector(next, selector, options, context, compileToken);
		case import_commonjs.SelectorType.Tag: {
			if (selector.namespace != null) throw new Error("Namespaced tag names are not yet supported by css-select");
			let { name } = selector;
			if (!options.xmlMode || options.lowerCaseTags) name = name.toLowerCase();
			return function tag(elem) {
				return adapter.getName(elem) === name && next(elem);
			};
		}
		case import_commonjs.SelectorType.Descendant: {
			if (options.cacheResults === false || typeof WeakSet === "undefined") return function descendant(elem) {
				let current = elem;
				while (current = getElementParent(current, adapter)) if (next(current)) return true;
				return false;
			};
			const isFalseCache = /* @__PURE__ */ new WeakSet();
			return function cachedDescendant(elem) {
				let current = elem;
				while (current = getElementParent(current, adapter)) if (!isFalseCache.has(current)) {
					if (adapter.isTag(current) && next(current)) return true;
					isFalseCache.add(current);
				}
				return false;
			};
		}
		case "_flexibleDescendant": return function flexibleDescendant(elem) {
			let current = elem;
			do
				if (next(current)) return true;
			while (current = getElementParent(current, adapter));
			return false;
		};
		case import_commonjs.SelectorType.Parent: return function parent(elem) {
			return adapter.getChildren(elem).some((elem) => adapter.isTag(elem) && next(elem));
		};
		case import_commonjs.SelectorType.Child: return function child(elem) {
			const parent = adapter.getParent(elem);
			return parent != null && adapter.isTag(parent) && next(parent);
		};
		case import_commonjs.SelectorType.Sibling: return function sibling(elem) {
			const siblings = adapter.getSiblings(elem);
			for (let i = 0; i < siblings.length; i++) {
				const currentSibling = siblings[i];
				if (equals(elem, currentSibling)) break;
				if (adapter.isTag(currentSibling) && next(currentSibling)) return true;
			}
			return false;
		};
		case import_commonjs.SelectorType.Adjacent:
			if (adapter.prevElementSibling) return function adjacent(elem) {
				const previous = adapter.prevElementSibling(elem);
				return previous != null && next(previous);
			};
			return function adjacent(elem) {
				const siblings = adapter.getSiblings(elem);
				let lastElement;
				for (let i = 0; i < siblings.length; i++) {
					const currentSibling = siblings[i];
					if (equals(elem, currentSibling)) break;
					if (adapter.isTag(currentSibling)) lastElement = currentSibling;
				}
				return !!lastElement && next(lastElement);
			};
		case import_commonjs.SelectorType.Universal:
			if (selector.namespace != null && selector.namespace !== "*") throw new Error("Namespaced universal selectors are not yet supported by css-select");
			return next;
	}
}
//#endregion
//#region node_modules/css-select/lib/esm/compile.js
/**
* Compiles a selector to an executable function.
*
* @param selector Selector to compile.
* @param options Compilation options.
* @param context Optional context for the selector.
*/
function compile$1(selector, options, context) {
	return ensureIsTag(compileUnsafe(selector, options, context), options.adapter);
}
function compileUnsafe(selector, options, context) {
	return compileToken(typeof selector === "string" ? (0, import_commonjs.parse)(selector) : selector, options, context);
}
function includesScopePseudo(t) {
	return t.type === import_commonjs.SelectorType.Pseudo && (t.name === "scope" || Array.isArray(t.data) && t.data.some((data) => data.some(includesScopePseudo)));
}
const DESCENDANT_TOKEN = { type: import_commonjs.SelectorType.Descendant };
const FLEXIBLE_DESCENDANT_TOKEN = { type: "_flexibleDescendant" };
const SCOPE_TOKEN = {
	type: import_commonjs.SelectorType.Pseudo,
	name: "scope",
	data: null
};
function absolutize(token, { adapter }, context) {
	const hasContext = !!(context === null || context === void 0 ? void 0 : context.every((e) => {
		const parent = adapter.isTag(e) && adapter.getParent(e);
		return e === PLACEHOLDER_ELEMENT || parent && adapter.isTag(parent);
	}));
	for (const t of token) {
		if (t.length > 0 && isTraversal(t[0]) && t[0].type !== import_commonjs.SelectorType.Descendant) {} else if (hasContext && !t.some(includesScopePseudo)) t.unshift(DESCENDANT_TOKEN);
		else continue;
		t.unshift(SCOPE_TOKEN);
	}
}
function compileToken(token, options, context) {
	var _a;
	token.forEach(sortByProcedure);
	context = (_a = options.context) !== null && _a !== void 0 ? _a : context;
	const isArrayContext = Array.isArray(context);
	const finalContext = context && (Array.isArray(context) ? context : [context]);
	if (options.relativeSelector !== false) absolutize(token, options, finalContext);
	else if (token.some((t) => t.length > 0 && isTraversal(t[0]))) throw new Error("Relative selectors are not allowed when the `relativeSelector` option is disabled");
	let shouldTestNextSiblings = false;
	const query = token.map((rules) => {
		if (rules.length >= 2) {
			const [first, second] = rules;
			if (first.type !== import_commonjs.SelectorType.Pseudo || first.name !== "scope") {} else if (isArrayContext && second.type === import_commonjs.SelectorType.Descendant) rules[1] = FLEXIBLE_DESCENDANT_TOKEN;
			else if (second.type === import_commonjs.SelectorType.Adjacent || second.type === import_commonjs.SelectorType.Sibling) shouldTestNextSiblings = true;
		}
		return compileRules(rules, options, finalContext);
	}).reduce(reduceRules, import_boolbase.default.falseFunc);
	query.shouldTestNextSiblings = shouldTestNextSiblings;
	return query;
}
function compileRules(rules, options, context) {
	var _a;
	return rules.reduce((previous, rule) => previous === import_boolbase.default.falseFunc ? import_boolbase.default.falseFunc : compileGeneralSelector(previous, rule, options, context, compileToken), (_a = options.rootFunc) !== null && _a !== void 0 ? _a : import_boolbase.default.trueFunc);
}
function reduceRules(a, b) {
	if (b === import_boolbase.default.falseFunc || a === import_boolbase.default.trueFunc) return a;
	if (a === import_boolbase.default.falseFunc || b === import_boolbase.default.trueFunc) return b;
	return function combine(elem) {
		return a(elem) || b(elem);
	};
}
//#endregion
//#region node_modules/css-select/lib/esm/index.js
const defaultEquals = (a, b) => a === b;
const defaultOptions = {
	adapter: esm_exports,
	equals: defaultEquals
};
function convertOptionFormats(options) {
	var _a, _b, _c, _d;
	const opts = options !== null && options !== void 0 ? options : defaultOptions;
	(_a = opts.adapter) !== null && _a !== void 0 || (opts.adapter = esm_exports);
	(_b = opts.equals) !== null && _b !== void 0 || (opts.equals = (_d = (_c = opts.adapter) === null || _c === void 0 ? void 0 : _c.equals) !== null && _d !== void 0 ? _d : defaultEquals);
	return opts;
}
function getSelectorFunc(searchFunc) {
	return function select(query, elements, options) {
		const opts = convertOptionFormats(options);
		if (typeof query !== "function") query = compileUnsafe(query, opts, elements);
		const filteredElements = prepareContext(elements, opts.adapter, query.shouldTestNextSiblings);
		return searchFunc(query, filteredElements, opts);
	};
}
function prepareContext(elems, adapter, shouldTestNextSiblings = false) {
	if (shouldTestNextSiblings) elems = appendNextSiblings(elems, adapter);
	return Array.isArray(elems) ? adapter.removeSubsets(elems) : adapter.getChildren(elems);
}
function appendNextSiblings(elem, adapter) {
	const elems = Array.isArray(elem) ? elem.slice(0) : [elem];
	const elemsLength = elems.length;
	for (let i = 0; i < elemsLength; i++) {
		const nextSiblings = getNextSiblings(elems[i], adapter);
		elems.push(...nextSiblings);
	}
	return elems;
}
/**
* @template Node The generic Node type for the DOM adapter being used.
* @template ElementNode The Node type for elements for the DOM adapter being used.
* @param elems Elements to query. If it is an element, its children will be queried..
* @param query can be either a CSS selector string or a compiled query function.
* @param [options] options for querying the document.
* @see compile for supported selector queries.
* @returns All matching elements.
*
*/
const selectAll = getSelectorFunc((query, elems, options) => query === import_boolbase.default.falseFunc || !elems || elems.length === 0 ? [] : options.adapter.findAll(query, elems));
/**
* @template Node The generic Node type for the DOM adapter being used.
* @template ElementNode The Node type for elements for the DOM adapter being used.
* @param elems Elements to query. If it is an element, its children will be queried..
* @param query can be either a CSS selector string or a compiled query function.
* @param [options] options for querying the document.
* @see compile for supported selector queries.
* @returns the first match, or null if there was no match.
*/
const selectOne = getSelectorFunc((query, elems, options) => query === import_boolbase.default.falseFunc || !elems || elems.length === 0 ? null : options.adapter.findOne(query, elems));
/**
* Tests whether or not an element is matched by query.
*
* @template Node The generic Node type for the DOM adapter being used.
* @template ElementNode The Node type for elements for the DOM adapter being used.
* @param elem The element to test if it matches the query.
* @param query can be either a CSS selector string or a compiled query function.
* @param [options] options for querying the document.
* @see compile for supported selector queries.
* @returns
*/
function is(elem, query, options) {
	const opts = convertOptionFormats(options);
	return (typeof query === "function" ? query : compile$1(query, opts))(elem);
}
//#endregion
//#region src/back.ts
function arr_back(arr) {
	return arr[arr.length - 1];
}
//#endregion
//#region src/matcher.ts
function isTag(node) {
	return node && node.nodeType === 1;
}
function getAttributeValue(elem, name) {
	return isTag(elem) ? elem.getAttribute(name) : void 0;
}
function getName(elem) {
	return (elem && elem.rawTagName || "").toLowerCase();
}
function getChildren(node) {
	return node && node.childNodes;
}
function getParent(node) {
	return node ? node.parentNode : null;
}
function getText(node) {
	return node.text;
}
function removeSubsets(nodes) {
	let idx = nodes.length;
	let node;
	let ancestor;
	let replace;
	while (--idx > -1) {
		node = ancestor = nodes[idx];
		nodes[idx] = null;
		replace = true;
		while (ancestor) {
			if (nodes.indexOf(ancestor) > -1) {
				replace = false;
				nodes.splice(idx, 1);
				break;
			}
			ancestor = getParent(ancestor);
		}
		if (replace) nodes[idx] = node;
	}
	return nodes;
}
function existsOne(test, elems) {
	return elems.some((elem) => {
		return isTag(elem) ? test(elem) || existsOne(test, getChildren(elem)) : false;
	});
}
function getSiblings(node) {
	const parent = getParent(node);
	return parent ? getChildren(parent) : [];
}
function hasAttrib(elem, name) {
	return getAttributeValue(elem, name) !== void 0;
}
function findOne(test, elems) {
	let elem = null;
	for (let i = 0, l = elems === null || elems === void 0 ? void 0 : elems.length; i < l && !elem; i++) {
		const el = elems[i];
		if (test(el)) elem = el;
		else {
			const childs = getChildren(el);
			if (childs && childs.length > 0) elem = findOne(test, childs);
		}
	}
	return elem;
}
function findAll(test, nodes) {
	const result = [];
	const stack = [];
	for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
	while (stack.length > 0) {
		const node = stack.pop();
		if (!isTag(node)) continue;
		if (test(node)) result.push(node);
		const childs = getChildren(node);
		if (childs) for (let i = childs.length - 1; i >= 0; i--) stack.push(childs[i]);
	}
	return result;
}
const matcher = {
	isTag,
	getAttributeValue,
	getName,
	getChildren,
	getParent,
	getText,
	removeSubsets,
	existsOne,
	getSiblings,
	hasAttrib,
	findOne,
	findAll
};
//#endregion
//#region src/void-tag.ts
var VoidTag = class {
	constructor(addClosingSlash = false, tags) {
		this.addClosingSlash = addClosingSlash;
		if (Array.isArray(tags)) this.voidTags = tags.reduce((set, tag) => {
			return set.add(tag.toLowerCase()).add(tag.toUpperCase()).add(tag);
		}, /* @__PURE__ */ new Set());
		else this.voidTags = [
			"area",
			"base",
			"br",
			"col",
			"embed",
			"hr",
			"img",
			"input",
			"link",
			"meta",
			"param",
			"source",
			"track",
			"wbr"
		].reduce((set, tag) => {
			return set.add(tag.toLowerCase()).add(tag.toUpperCase()).add(tag);
		}, /* @__PURE__ */ new Set());
	}
	formatNode(tag, attrs, innerHTML) {
		const addClosingSlash = this.addClosingSlash;
		const closingSpace = addClosingSlash && attrs && !attrs.endsWith(" ") ? " " : "";
		const closingSlash = addClosingSlash ? `${closingSpace}/` : "";
		return this.isVoidElement(tag.toLowerCase()) ? `<${tag}${attrs}${closingSlash}>` : `<${tag}${attrs}>${innerHTML}</${tag}>`;
	}
	isVoidElement(tag) {
		return this.voidTags.has(tag);
	}
};
//#endregion
//#region src/nodes/text.ts
/**
* TextNode to contain a text element in DOM tree.
* @param {string} value [description]
*/
var TextNode = class TextNode extends Node {
	clone() {
		return new TextNode(this._rawText, null);
	}
	constructor(rawText, parentNode = null, range) {
		super(parentNode, range);
		this.nodeType = 3;
		this.rawTagName = "";
		this._rawText = rawText;
	}
	get rawText() {
		return this._rawText;
	}
	/**
	* Set rawText and invalidate trimmed caches
	*/
	set rawText(text) {
		this._rawText = text;
		this._trimmedRawText = void 0;
		this._trimmedText = void 0;
	}
	/**
	* Returns raw text with all whitespace trimmed except single leading/trailing non-breaking space
	*/
	get trimmedRawText() {
		if (this._trimmedRawText !== void 0) return this._trimmedRawText;
		this._trimmedRawText = trimText(this.rawText);
		return this._trimmedRawText;
	}
	/**
	* Returns text with all whitespace trimmed except single leading/trailing non-breaking space
	*/
	get trimmedText() {
		if (this._trimmedText !== void 0) return this._trimmedText;
		this._trimmedText = trimText(this.text);
		return this._trimmedText;
	}
	/**
	* Get unescaped text value of current node and its children.
	* @return {string} text content
	*/
	get text() {
		return decodeHTML(this.rawText);
	}
	/**
	* Detect if the node contains only white space.
	* @return {boolean}
	*/
	get isWhitespace() {
		return /^(\s|&nbsp;)*$/.test(this.rawText);
	}
	toString() {
		return this.rawText;
	}
};
/**
* Trim whitespace except single leading/trailing non-breaking space
*/
function trimText(text) {
	let i = 0;
	let startPos;
	let endPos;
	while (i >= 0 && i < text.length) {
		if (/\S/.test(text[i])) {
			if (startPos === void 0) {
				startPos = i;
				i = text.length;
			} else {
				endPos = i;
				i = void 0;
			}
		}
		if (startPos === void 0) i++;
		else i--;
	}
	if (startPos === void 0) startPos = 0;
	if (endPos === void 0) endPos = text.length - 1;
	const hasLeadingSpace = startPos > 0 && /[^\S\r\n]/.test(text[startPos - 1]);
	const hasTrailingSpace = endPos < text.length - 1 && /[^\S\r\n]/.test(text[endPos + 1]);
	return (hasLeadingSpace ? " " : "") + text.slice(startPos, endPos + 1) + (hasTrailingSpace ? " " : "");
}
//#endregion
//#region src/nodes/html.ts
function decode(val) {
	return decodeHTML(val);
}
function decodeAttribute(val) {
	return decodeHTMLAttribute(val);
}
const Htags = [
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"header",
	"hgroup"
];
const Dtags = [
	"details",
	"dialog",
	"dd",
	"div",
	"dt"
];
const Ftags = [
	"fieldset",
	"figcaption",
	"figure",
	"footer",
	"form"
];
const tableTags = [
	"table",
	"td",
	"tr"
];
const htmlTags = [
	"address",
	"article",
	"aside",
	"blockquote",
	"br",
	"hr",
	"li",
	"main",
	"nav",
	"ol",
	"p",
	"pre",
	"section",
	"ul"
];
const kBlockElements = /* @__PURE__ */ new Set();
function addToKBlockElement(...args) {
	const addToSet = (array) => {
		for (let index = 0; index < array.length; index++) {
			const element = array[index];
			kBlockElements.add(element);
			kBlockElements.add(element.toUpperCase());
		}
	};
	for (const arg of args) addToSet(arg);
}
addToKBlockElement(Htags, Dtags, Ftags, tableTags, htmlTags);
var DOMTokenList = class {
	_validate(c) {
		if (/\s/.test(c)) throw new Error(`DOMException in DOMTokenList.add: The token '${c}' contains HTML space characters, which are not valid in tokens.`);
	}
	constructor(valuesInit = [], afterUpdate = () => null) {
		this._set = new Set(valuesInit);
		this._afterUpdate = afterUpdate;
	}
	add(c) {
		this._validate(c);
		this._set.add(c);
		this._afterUpdate(this);
	}
	replace(c1, c2) {
		this._validate(c2);
		this._set.delete(c1);
		this._set.add(c2);
		this._afterUpdate(this);
	}
	remove(c) {
		this._set.delete(c) && this._afterUpdate(this);
	}
	toggle(c) {
		this._validate(c);
		if (this._set.has(c)) this._set.delete(c);
		else this._set.add(c);
		this._afterUpdate(this);
	}
	contains(c) {
		return this._set.has(c);
	}
	get length() {
		return this._set.size;
	}
	values() {
		return this._set.values();
	}
	get value() {
		return Array.from(this._set.values());
	}
	toString() {
		return Array.from(this._set.values()).join(" ");
	}
};
/**
* HTMLElement, which contains a set of children.
*
* Note: this is a minimalist implementation, no complete tree
*   structure provided (no parentNode, nextSibling,
*   previousSibling etc).
* @class HTMLElement
* @extends {Node}
*/
var HTMLElement = class HTMLElement extends Node {
	/**
	* Quote attribute values
	* @param attr attribute value
	* @returns {string} quoted value
	*/
	quoteAttribute(attr) {
		if (attr == null) return "null";
		return `"${attr.replace(/"/g, "&quot;")}"`;
	}
	/**
	* Creates an instance of HTMLElement.
	* @param keyAttrs	id and class attribute
	* @param [rawAttrs]	attributes in string
	*
	* @memberof HTMLElement
	*/
	constructor(tagName, keyAttrs, rawAttrs = "", parentNode = null, range, voidTag = new VoidTag(), _parseOptions = {}) {
		super(parentNode, range);
		this.rawAttrs = rawAttrs;
		this.voidTag = voidTag;
		this.nodeType = 1;
		this.rawTagName = tagName;
		this.rawAttrs = rawAttrs || "";
		this._id = keyAttrs.id || "";
		this.childNodes = [];
		this._parseOptions = _parseOptions;
		this.classList = new DOMTokenList(keyAttrs.class ? keyAttrs.class.split(/\s+/) : [], (classList) => this.setAttribute("class", classList.toString()));
		if (keyAttrs.id) {
			if (!rawAttrs) this.rawAttrs = `id="${keyAttrs.id}"`;
		}
		if (keyAttrs.class) {
			if (!rawAttrs) {
				const cls = `class="${this.classList.toString()}"`;
				if (this.rawAttrs) this.rawAttrs += ` ${cls}`;
				else this.rawAttrs = cls;
			}
		}
	}
	/**
	* Remove Child element from childNodes array
	* @param {HTMLElement} node     node to remove
	*/
	removeChild(node) {
		this.childNodes = this.childNodes.filter((child) => {
			return child !== node;
		});
		return this;
	}
	/**
	* Exchanges given child with new child
	* @param {HTMLElement} oldNode     node to exchange
	* @param {HTMLElement} newNode     new node
	*/
	exchangeChild(oldNode, newNode) {
		const children = this.childNodes;
		this.childNodes = children.map((child) => {
			if (child === oldNode) return newNode;
			return child;
		});
		return this;
	}
	get tagName() {
		return this.rawTagName ? this.rawTagName.toUpperCase() : this.rawTagName;
	}
	set tagName(newname) {
		this.rawTagName = newname.toLowerCase();
	}
	get localName() {
		return this.rawTagName.toLowerCase();
	}
	get isVoidElement() {
		return this.voidTag.isVoidElement(this.localName);
	}
	get id() {
		return this._id;
	}
	set id(newid) {
		this.setAttribute("id", newid);
	}
	/**
	* Get escpaed (as-it) text value of current node and its children.
	* @return {string} text content
	*/
	get rawText() {
		if (/^br$/i.test(this.rawTagName)) return "\n";
		return this.childNodes.reduce((pre, cur) => {
			return pre += cur.rawText;
		}, "");
	}
	get textContent() {
		return decode(this.rawText);
	}
	set textContent(val) {
		const content = [new TextNode(encode(val), this)];
		this.childNodes = content;
	}
	/**
	* Get unescaped text value of current node and its children.
	* @return {string} text content
	*/
	get text() {
		return decode(this.rawText);
	}
	/**
	* Get structured Text (with '\n' etc.)
	* @return {string} structured text
	*/
	get structuredText() {
		let currentBlock = [];
		const blocks = [currentBlock];
		function dfs(node) {
			if (node.nodeType === 1) {
				if (kBlockElements.has(node.rawTagName)) {
					if (currentBlock.length > 0) blocks.push(currentBlock = []);
					node.childNodes.forEach(dfs);
					if (currentBlock.length > 0) blocks.push(currentBlock = []);
				} else node.childNodes.forEach(dfs);
			} else if (node.nodeType === 3) {
				if (node.isWhitespace) {
					if (currentBlock.length > 0) currentBlock.prependWhitespace = true;
				} else {
					let text = node.trimmedText;
					if (currentBlock.prependWhitespace) {
						text = ` ${text}`;
						currentBlock.prependWhitespace = false;
					}
					currentBlock.push(text);
				}
			}
		}
		dfs(this);
		return blocks.map((block) => {
			return block.join("").replace(/\s{2,}/g, " ").trim();
		}).join("\n").replace(/\s+$/, "");
	}
	toString() {
		return this.serialize([this]);
	}
	get innerHTML() {
		return this.serialize(this.childNodes);
	}
	serialize(nodes) {
		const out = [];
		const stack = [...nodes].reverse();
		while (stack.length > 0) {
			const item = stack.pop();
			if (typeof item === "string") out.push(item);
			else if (item instanceof HTMLElement) {
				const tag = item.rawTagName;
				if (tag) {
					const attrs = item.rawAttrs ? ` ${item.rawAttrs}` : "";
					if (item.voidTag.isVoidElement(tag.toLowerCase())) {
						out.push(item.voidTag.formatNode(tag, attrs, ""));
						continue;
					}
					out.push(`<${tag}${attrs}>`);
					stack.push(`</${tag}>`);
				}
				for (let i = item.childNodes.length - 1; i >= 0; i--) stack.push(item.childNodes[i]);
			} else out.push(item.toString());
		}
		return out.join("");
	}
	set innerHTML(content) {
		const r = parse$1(content, this._parseOptions);
		const nodes = r.childNodes.length ? r.childNodes : [new TextNode(content, this)];
		resetParent(nodes, this);
		resetParent(this.childNodes, null);
		this.childNodes = nodes;
	}
	set_content(content, options = {}) {
		if (content instanceof Node) content = [content];
		else if (typeof content == "string") {
			options = _objectSpread2(_objectSpread2({}, this._parseOptions), options);
			const r = parse$1(content, options);
			content = r.childNodes.length ? r.childNodes : [new TextNode(r.innerHTML, this)];
		}
		resetParent(this.childNodes, null);
		resetParent(content, this);
		this.childNodes = content;
		return this;
	}
	replaceWith(...nodes) {
		const parent = this.parentNode;
		const content = nodes.map((node) => {
			if (node instanceof Node) return [node];
			else if (typeof node == "string") {
				const r = parse$1(node, this._parseOptions);
				return r.childNodes.length ? r.childNodes : [new TextNode(node, this)];
			}
			return [];
		}).flat();
		const idx = parent.childNodes.findIndex((child) => {
			return child === this;
		});
		resetParent([this], null);
		parent.childNodes = [
			...parent.childNodes.slice(0, idx),
			...resetParent(content, parent),
			...parent.childNodes.slice(idx + 1)
		];
		return this;
	}
	get outerHTML() {
		return this.toString();
	}
	/**
	* Trim element from right (in block) after seeing pattern in a TextNode.
	* @param  {RegExp} pattern pattern to find
	* @return {HTMLElement}    reference to current node
	*/
	trimRight(pattern) {
		for (let i = 0; i < this.childNodes.length; i++) {
			const childNode = this.childNodes[i];
			if (childNode.nodeType === 1) childNode.trimRight(pattern);
			else {
				const index = childNode.rawText.search(pattern);
				if (index > -1) {
					childNode.rawText = childNode.rawText.substr(0, index);
					this.childNodes.length = i + 1;
				}
			}
		}
		return this;
	}
	/**
	* Get DOM structure
	* @return {string} structure
	*/
	get structure() {
		const res = [];
		let indention = 0;
		function write(str) {
			res.push("  ".repeat(indention) + str);
		}
		function dfs(node) {
			const idStr = node._id ? `#${node._id}` : "";
			const classStr = node.classList.length ? `.${node.classList.value.join(".")}` : "";
			write(`${node.rawTagName}${idStr}${classStr}`);
			indention++;
			node.childNodes.forEach((childNode) => {
				if (childNode.nodeType === 1) dfs(childNode);
				else if (childNode.nodeType === 3) {
					if (!childNode.isWhitespace) write("#text");
				}
			});
			indention--;
		}
		dfs(this);
		return res.join("\n");
	}
	/**
	* Remove whitespaces in this sub tree.
	* @return {HTMLElement} pointer to this
	*/
	removeWhitespace() {
		let o = 0;
		this.childNodes.forEach((node) => {
			if (node.nodeType === 3) {
				if (node.isWhitespace) return;
				node.rawText = node.trimmedRawText;
			} else if (node.nodeType === 1) node.removeWhitespace();
			this.childNodes[o++] = node;
		});
		this.childNodes.length = o;
		const attrs = Object.keys(this.rawAttributes).map((key) => {
			const val = this.quoteAttribute(this.rawAttributes[key]);
			if (val === "null" || val === "\"\"") return key;
			return `${key}=${val}`;
		}).join(" ");
		this.rawAttrs = attrs;
		delete this._rawAttrs;
		return this;
	}
	/**
	* Query CSS selector to find matching nodes.
	* @param  {string}         selector Simplified CSS selector
	* @return {HTMLElement[]}  matching elements
	*/
	querySelectorAll(selector) {
		return selectAll(selector, this, {
			xmlMode: true,
			adapter: matcher
		});
	}
	/**
	* Query CSS Selector to find matching node.
	* @param  {string}         selector Simplified CSS selector
	* @return {(HTMLElement|null)}    matching node
	*/
	querySelector(selector) {
		return selectOne(selector, this, {
			xmlMode: true,
			adapter: matcher
		});
	}
	/**
	* Tests whether the node matches a given CSS selector.
	* @param  {string}   selector Simplified CSS selector
	* @return {boolean}
	*/
	matches(selector) {
		return is(this, selector, {
			xmlMode: true,
			adapter: matcher
		});
	}
	/**
	* find elements by their tagName
	* @param {string} tagName the tagName of the elements to select
	*/
	getElementsByTagName(tagName) {
		const upperCasedTagName = tagName.toUpperCase();
		const re = [];
		const stack = [];
		let currentNodeReference = this;
		let index = 0;
		while (index !== void 0) {
			let child;
			do
				child = currentNodeReference.childNodes[index++];
			while (index < currentNodeReference.childNodes.length && child === void 0);
			if (child === void 0) {
				currentNodeReference = currentNodeReference.parentNode;
				index = stack.pop();
				continue;
			}
			if (child.nodeType === 1) {
				if (tagName === "*" || child.tagName === upperCasedTagName) re.push(child);
				if (child.childNodes.length > 0) {
					stack.push(index);
					currentNodeReference = child;
					index = 0;
				}
			}
		}
		return re;
	}
	/**
	* find element by it's id
	* @param {string} id the id of the element to select
	* @returns {HTMLElement | null} the element with the given id or null if not found
	*/
	getElementById(id) {
		const stack = [];
		let currentNodeReference = this;
		let index = 0;
		while (index !== void 0) {
			let child;
			do
				child = currentNodeReference.childNodes[index++];
			while (index < currentNodeReference.childNodes.length && child === void 0);
			if (child === void 0) {
				currentNodeReference = currentNodeReference.parentNode;
				index = stack.pop();
				continue;
			}
			if (child.nodeType === 1) {
				if (child._id === id) return child;
				if (child.childNodes.length > 0) {
					stack.push(index);
					currentNodeReference = child;
					index = 0;
				}
			}
		}
		return null;
	}
	/**
	* traverses the Element and its parents (heading toward the document root) until it finds a node that matches the provided selector string. Will return itself or the matching ancestor. If no such element exists, it returns null.
	* @param selector a DOMString containing a selector list
	* @returns {HTMLElement | null} the element with the given id or null if not found
	*/
	closest(selector) {
		const mapChild = /* @__PURE__ */ new Map();
		let el = this;
		let old = null;
		function findOne(test, elems) {
			let elem = null;
			for (let i = 0, l = elems.length; i < l && !elem; i++) {
				const el = elems[i];
				if (test(el)) elem = el;
				else {
					const child = mapChild.get(el);
					if (child) elem = findOne(test, [child]);
				}
			}
			return elem;
		}
		while (el) {
			mapChild.set(el, old);
			old = el;
			el = el.parentNode;
		}
		el = this;
		while (el) {
			const e = selectOne(selector, el, {
				xmlMode: true,
				adapter: _objectSpread2(_objectSpread2({}, matcher), {}, {
					getChildren(node) {
						const child = mapChild.get(node);
						return child && [child];
					},
					getSiblings(node) {
						return [node];
					},
					findOne,
					findAll() {
						return [];
					}
				})
			});
			if (e) return e;
			el = el.parentNode;
		}
		return null;
	}
	/**
	* Append a child node to childNodes
	* @param  {Node} node node to append
	* @return {Node}      node appended
	*/
	appendChild(node) {
		this.append(node);
		return node;
	}
	/**
	* Get attributes
	* @access private
	* @return {Object} parsed and unescaped attributes
	*/
	get attrs() {
		if (this._attrs) return this._attrs;
		this._attrs = {};
		const attrs = this.rawAttributes;
		for (const key in attrs) {
			const val = attrs[key] || "";
			this._attrs[key.toLowerCase()] = decodeAttribute(val);
		}
		return this._attrs;
	}
	get attributes() {
		const ret_attrs = {};
		const attrs = this.rawAttributes;
		for (const key in attrs) ret_attrs[key] = decodeAttribute(attrs[key] || "");
		return ret_attrs;
	}
	/**
	* Get escaped (as-is) attributes
	* @return {Object} parsed attributes
	*/
	get rawAttributes() {
		if (this._rawAttrs) return this._rawAttrs;
		const attrs = {};
		if (this.rawAttrs) {
			const re = /([_a-zA-Z()[\]#@$.?:][a-zA-Z0-9-._:()[\]#]*)(?:\s*=\s*((?:'[^']*')|(?:"[^"]*")|\S+))?/g;
			let match;
			while (match = re.exec(this.rawAttrs)) {
				const key = match[1];
				if (key === "__proto__") continue;
				let val = match[2] || null;
				if (val && (val[0] === `'` || val[0] === `"`)) val = val.slice(1, val.length - 1);
				attrs[key] = attrs[key] || val;
			}
		}
		this._rawAttrs = attrs;
		return attrs;
	}
	removeAttribute(key) {
		const attrs = this.rawAttributes;
		delete attrs[key];
		if (this._attrs) delete this._attrs[key];
		this.rawAttrs = Object.keys(attrs).map((name) => {
			const val = this.quoteAttribute(attrs[name]);
			if (val === "null" || val === "\"\"") return name;
			return `${name}=${val}`;
		}).join(" ");
		if (key === "id") this._id = "";
		return this;
	}
	hasAttribute(key) {
		return key.toLowerCase() in this.attrs;
	}
	/**
	* Get an attribute
	* @return {string | undefined} value of the attribute; or undefined if not exist
	*/
	getAttribute(key) {
		return this.attrs[key.toLowerCase()];
	}
	/**
	* Set an attribute value to the HTMLElement
	* @param {string} key The attribute name
	* @param {string} value The value to set, or null / undefined to remove an attribute
	*/
	setAttribute(key, value) {
		if (arguments.length < 2) throw new Error("Failed to execute 'setAttribute' on 'Element'");
		const k2 = key.toLowerCase();
		const attrs = this.rawAttributes;
		for (const k in attrs) if (k.toLowerCase() === k2) {
			key = k;
			break;
		}
		attrs[key] = String(value);
		if (this._attrs) this._attrs[k2] = decodeAttribute(attrs[key]);
		this.rawAttrs = Object.keys(attrs).map((name) => {
			const val = this.quoteAttribute(attrs[name]);
			if (val === "null" || val === "\"\"") return name;
			return `${name}=${val}`;
		}).join(" ");
		if (key === "id") this._id = value;
		return this;
	}
	/**
	* Replace all the attributes of the HTMLElement by the provided attributes
	* @param {Attributes} attributes the new attribute set
	*/
	setAttributes(attributes) {
		if (this._attrs) delete this._attrs;
		if (this._rawAttrs) delete this._rawAttrs;
		this.rawAttrs = Object.keys(attributes).map((name) => {
			const val = attributes[name];
			if (val === "null" || val === "\"\"") return name;
			return `${name}=${this.quoteAttribute(String(val))}`;
		}).join(" ");
		if ("id" in attributes) this._id = attributes["id"];
		return this;
	}
	insertAdjacentHTML(where, html) {
		if (arguments.length < 2) throw new Error("2 arguments required");
		const p = parse$1(html, this._parseOptions);
		if (where === "afterend") this.after(...p.childNodes);
		else if (where === "afterbegin") this.prepend(...p.childNodes);
		else if (where === "beforeend") this.append(...p.childNodes);
		else if (where === "beforebegin") this.before(...p.childNodes);
		else throw new Error(`The value provided ('${where}') is not one of 'beforebegin', 'afterbegin', 'beforeend', or 'afterend'`);
		return this;
	}
	/** Prepend nodes or strings to this node's children. */
	prepend(...insertable) {
		const nodes = resolveInsertable(insertable);
		resetParent(nodes, this);
		this.childNodes.unshift(...nodes);
	}
	/** Append nodes or strings to this node's children. */
	append(...insertable) {
		const nodes = resolveInsertable(insertable);
		resetParent(nodes, this);
		this.childNodes.push(...nodes);
	}
	/** Insert nodes or strings before this node. */
	before(...insertable) {
		const nodes = resolveInsertable(insertable);
		const siblings = this.parentNode.childNodes;
		resetParent(nodes, this.parentNode);
		siblings.splice(siblings.indexOf(this), 0, ...nodes);
	}
	/** Insert nodes or strings after this node. */
	after(...insertable) {
		const nodes = resolveInsertable(insertable);
		const siblings = this.parentNode.childNodes;
		resetParent(nodes, this.parentNode);
		siblings.splice(siblings.indexOf(this) + 1, 0, ...nodes);
	}
	get nextSibling() {
		if (this.parentNode) {
			const children = this.parentNode.childNodes;
			let i = 0;
			while (i < children.length) {
				const child = children[i++];
				if (this === child) return children[i] || null;
			}
			return null;
		}
	}
	get nextElementSibling() {
		if (this.parentNode) {
			const children = this.parentNode.childNodes;
			let i = 0;
			let find = false;
			while (i < children.length) {
				const child = children[i++];
				if (find) {
					if (child instanceof HTMLElement) return child || null;
				} else if (this === child) find = true;
			}
			return null;
		}
	}
	get previousSibling() {
		if (this.parentNode) {
			const children = this.parentNode.childNodes;
			let i = children.length;
			while (i > 0) {
				const child = children[--i];
				if (this === child) return children[i - 1] || null;
			}
			return null;
		}
	}
	get previousElementSibling() {
		if (this.parentNode) {
			const children = this.parentNode.childNodes;
			let i = children.length;
			let find = false;
			while (i > 0) {
				const child = children[--i];
				if (find) {
					if (child instanceof HTMLElement) return child || null;
				} else if (this === child) find = true;
			}
			return null;
		}
	}
	/** Get all childNodes of type {@link HTMLElement}. */
	get children() {
		const children = [];
		for (const childNode of this.childNodes) if (childNode instanceof HTMLElement) children.push(childNode);
		return children;
	}
	/**
	* Get the first child node.
	* @return The first child or undefined if none exists.
	*/
	get firstChild() {
		return this.childNodes[0];
	}
	/**
	* Get the first child node of type {@link HTMLElement}.
	* @return The first child element or undefined if none exists.
	*/
	get firstElementChild() {
		return this.children[0];
	}
	/**
	* Get the last child node.
	* @return The last child or undefined if none exists.
	*/
	get lastChild() {
		return arr_back(this.childNodes);
	}
	/**
	* Get the last child node of type {@link HTMLElement}.
	* @return The last child element or undefined if none exists.
	*/
	get lastElementChild() {
		return this.children[this.children.length - 1];
	}
	get childElementCount() {
		return this.children.length;
	}
	get classNames() {
		return this.classList.toString();
	}
	/** Clone this Node */
	clone() {
		return parse$1(this.toString(), this._parseOptions).firstChild;
	}
};
const kMarkupPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][-.:0-9_a-zA-Z@\xB7\xC0-\xD6\xD8-\xF6\u00F8-\u03A1\u03A3-\u03D9\u03DB-\u03EF\u03F7-\u03FF\u0400-\u04FF\u0500-\u052F\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E00-\u1E9B\u1F00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2126\u212A-\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA78E\uA790-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB5F\uAB64-\uAB65\uFB00-\uFB06\uFB13-\uFB17\uFF21-\uFF3A\uFF41-\uFF5A\x37F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*)((?:\s+[^>]*?(?:(?:'[^']*')|(?:"[^"]*"))?)*)\s*(\/?)>/gu;
const kMarkupPatternWithCDATA = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([a-zA-Z][-.:0-9_a-zA-Z@\xB7\xC0-\xD6\xD8-\xF6\u00F8-\u03A1\u03A3-\u03D9\u03DB-\u03EF\u03F7-\u03FF\u0400-\u04FF\u0500-\u052F\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E00-\u1E9B\u1F00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2126\u212A-\u212B\u2132\u214E\u2160-\u2188\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA78E\uA790-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB5F\uAB64-\uAB65\uFB00-\uFB06\uFB13-\uFB17\uFF21-\uFF3A\uFF41-\uFF5A\x37F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*)((?:\s+[^>]*?(?:(?:'[^']*')|(?:"[^"]*"))?)*)\s*(\/?)>/gu;
const kUnquotedAttributeValueAtEnd = /(?:^|\s)[^\s"'<>=\/]+\s*=\s*[^\s"'<>`]+$/;
const kAttributePattern = /(?:^|\s)(id|class)\s*=\s*((?:'[^']*')|(?:"[^"]*")|\S+)/gi;
const kElementsClosedByOpening = {
	li: {
		li: true,
		LI: true
	},
	LI: {
		li: true,
		LI: true
	},
	p: {
		p: true,
		div: true,
		P: true,
		DIV: true
	},
	P: {
		p: true,
		div: true,
		P: true,
		DIV: true
	},
	b: {
		div: true,
		DIV: true
	},
	B: {
		div: true,
		DIV: true
	},
	td: {
		td: true,
		th: true,
		tr: true,
		tbody: true,
		tfoot: true,
		TD: true,
		TH: true,
		TR: true,
		TBODY: true,
		TFOOT: true
	},
	TD: {
		td: true,
		th: true,
		tr: true,
		tbody: true,
		tfoot: true,
		TD: true,
		TH: true,
		TR: true,
		TBODY: true,
		TFOOT: true
	},
	th: {
		td: true,
		th: true,
		tr: true,
		tbody: true,
		tfoot: true,
		TD: true,
		TH: true,
		TR: true,
		TBODY: true,
		TFOOT: true
	},
	TH: {
		td: true,
		th: true,
		tr: true,
		tbody: true,
		tfoot: true,
		TD: true,
		TH: true,
		TR: true,
		TBODY: true,
		TFOOT: true
	},
	tr: {
		tr: true,
		tbody: true,
		tfoot: true,
		TR: true,
		TBODY: true,
		TFOOT: true
	},
	TR: {
		tr: true,
		tbody: true,
		tfoot: true,
		TR: true,
		TBODY: true,
		TFOOT: true
	},
	thead: {
		tbody: true,
		tfoot: true,
		TBODY: true,
		TFOOT: true
	},
	THEAD: {
		tbody: true,
		tfoot: true,
		TBODY: true,
		TFOOT: true
	},
	tbody: {
		tbody: true,
		tfoot: true,
		TBODY: true,
		TFOOT: true
	},
	TBODY: {
		tbody: true,
		tfoot: true,
		TBODY: true,
		TFOOT: true
	},
	h1: {
		h1: true,
		H1: true
	},
	H1: {
		h1: true,
		H1: true
	},
	h2: {
		h2: true,
		H2: true
	},
	H2: {
		h2: true,
		H2: true
	},
	h3: {
		h3: true,
		H3: true
	},
	H3: {
		h3: true,
		H3: true
	},
	h4: {
		h4: true,
		H4: true
	},
	H4: {
		h4: true,
		H4: true
	},
	h5: {
		h5: true,
		H5: true
	},
	H5: {
		h5: true,
		H5: true
	},
	h6: {
		h6: true,
		H6: true
	},
	H6: {
		h6: true,
		H6: true
	},
	dt: {
		dt: true,
		dd: true,
		DT: true,
		DD: true
	},
	DT: {
		dt: true,
		dd: true,
		DT: true,
		DD: true
	},
	dd: {
		dt: true,
		dd: true,
		DT: true,
		DD: true
	},
	DD: {
		dt: true,
		dd: true,
		DT: true,
		DD: true
	}
};
const kElementsClosedByClosing = {
	li: {
		ul: true,
		ol: true,
		UL: true,
		OL: true
	},
	LI: {
		ul: true,
		ol: true,
		UL: true,
		OL: true
	},
	a: {
		div: true,
		DIV: true
	},
	A: {
		div: true,
		DIV: true
	},
	b: {
		div: true,
		DIV: true
	},
	B: {
		div: true,
		DIV: true
	},
	i: {
		div: true,
		DIV: true
	},
	I: {
		div: true,
		DIV: true
	},
	p: {
		div: true,
		DIV: true
	},
	P: {
		div: true,
		DIV: true
	},
	td: {
		tr: true,
		table: true,
		thead: true,
		tbody: true,
		tfoot: true,
		TR: true,
		TABLE: true,
		THEAD: true,
		TBODY: true,
		TFOOT: true
	},
	TD: {
		tr: true,
		table: true,
		thead: true,
		tbody: true,
		tfoot: true,
		TR: true,
		TABLE: true,
		THEAD: true,
		TBODY: true,
		TFOOT: true
	},
	th: {
		tr: true,
		table: true,
		thead: true,
		tbody: true,
		tfoot: true,
		TR: true,
		TABLE: true,
		THEAD: true,
		TBODY: true,
		TFOOT: true
	},
	TH: {
		tr: true,
		table: true,
		thead: true,
		tbody: true,
		tfoot: true,
		TR: true,
		TABLE: true,
		THEAD: true,
		TBODY: true,
		TFOOT: true
	},
	tr: {
		table: true,
		thead: true,
		tbody: true,
		tfoot: true,
		TABLE: true,
		THEAD: true,
		TBODY: true,
		TFOOT: true
	},
	TR: {
		table: true,
		thead: true,
		tbody: true,
		tfoot: true,
		TABLE: true,
		THEAD: true,
		TBODY: true,
		TFOOT: true
	},
	tbody: {
		table: true,
		TABLE: true
	},
	TBODY: {
		table: true,
		TABLE: true
	},
	tfoot: {
		table: true,
		TABLE: true
	},
	TFOOT: {
		table: true,
		TABLE: true
	},
	dt: {
		dl: true,
		body: true,
		html: true,
		DL: true,
		BODY: true,
		HTML: true
	},
	DT: {
		dl: true,
		body: true,
		html: true,
		DL: true,
		BODY: true,
		HTML: true
	},
	dd: {
		dl: true,
		body: true,
		html: true,
		DL: true,
		BODY: true,
		HTML: true
	},
	DD: {
		dl: true,
		body: true,
		html: true,
		DL: true,
		BODY: true,
		HTML: true
	}
};
const kElementsClosedByClosingExcept = { p: {
	a: true,
	audio: true,
	del: true,
	ins: true,
	map: true,
	noscript: true,
	video: true
} };
const frameflag = "documentfragmentcontainer";
/**
* Parses HTML and returns a root element
* Parse a chuck of HTML source.
* @param  {string} data      html
* @return {HTMLElement}      root element
*/
function base_parse(data, options = {}) {
	var _options$voidTag, _options$voidTag2;
	const voidTag = new VoidTag(options === null || options === void 0 || (_options$voidTag = options.voidTag) === null || _options$voidTag === void 0 ? void 0 : _options$voidTag.closingSlash, options === null || options === void 0 || (_options$voidTag2 = options.voidTag) === null || _options$voidTag2 === void 0 ? void 0 : _options$voidTag2.tags);
	const hasCDATA = data.includes("<![CDATA[");
	const markupPattern = hasCDATA ? kMarkupPatternWithCDATA : kMarkupPattern;
	const elements = options.blockTextElements || {
		script: true,
		noscript: true,
		style: true,
		pre: true
	};
	const element_names = Object.keys(elements);
	const kBlockTextElements = element_names.map((it) => new RegExp(`^${it}$`, "i"));
	const kIgnoreElements = element_names.filter((it) => Boolean(elements[it])).map((it) => new RegExp(`^${it}$`, "i"));
	function element_should_be_ignore(tag) {
		return kIgnoreElements.some((it) => it.test(tag));
	}
	function is_block_text_element(tag) {
		return kBlockTextElements.some((it) => it.test(tag));
	}
	const createRange = (startPos, endPos) => [startPos - frameFlagOffset, endPos - frameFlagOffset];
	const root = new HTMLElement(null, {}, "", null, [0, data.length], voidTag, options);
	let currentParent = root;
	const stack = [root];
	let lastTextPos = -1;
	let noNestedTagIndex = void 0;
	let match;
	data = `<${frameflag}>${data}</${frameflag}>`;
	const { lowerCaseTagName, fixNestedATags } = options;
	const dataEndPos = data.length - 28;
	const frameFlagOffset = 27;
	markupPattern.lastIndex = 0;
	while (match = markupPattern.exec(data)) {
		let { 0: matchText, 1: leadingSlash, 2: tagName, 3: attributes, 4: closingSlash } = match;
		const matchLength = matchText.length;
		const tagStartPos = markupPattern.lastIndex - matchLength;
		const tagEndPos = markupPattern.lastIndex;
		if (closingSlash && !leadingSlash && kUnquotedAttributeValueAtEnd.test(attributes) && !voidTag.isVoidElement(tagName)) {
			attributes += closingSlash;
			closingSlash = "";
		}
		if (lastTextPos > -1) {
			if (lastTextPos + matchLength < tagEndPos) {
				const text = data.substring(lastTextPos, tagStartPos);
				currentParent.appendChild(new TextNode(text, null, createRange(lastTextPos, tagStartPos)));
			}
		}
		lastTextPos = markupPattern.lastIndex;
		if (hasCDATA && matchText.startsWith("<![CDATA[")) {
			currentParent.appendChild(new TextNode(matchText, null, createRange(tagStartPos, tagEndPos)));
			continue;
		}
		if (tagName === frameflag) continue;
		if (matchText[1] === "!") {
			if (options.comment) {
				const text = data.substring(tagStartPos + 4, tagEndPos - 3);
				currentParent.appendChild(new CommentNode(text, null, createRange(tagStartPos, tagEndPos)));
			}
			continue;
		}
		if (lowerCaseTagName) tagName = tagName.toLowerCase();
		if (!leadingSlash) {
			const attrs = {};
			for (let attMatch; attMatch = kAttributePattern.exec(attributes);) {
				const { 1: key, 2: val } = attMatch;
				const isQuoted = val[0] === `'` || val[0] === `"`;
				attrs[key.toLowerCase()] = isQuoted ? val.slice(1, val.length - 1) : val;
			}
			if (!closingSlash && !options.preserveTagNesting) {
				var _kElementsClosedByOpe;
				while ((_kElementsClosedByOpe = kElementsClosedByOpening[currentParent.rawTagName]) === null || _kElementsClosedByOpe === void 0 ? void 0 : _kElementsClosedByOpe[tagName]) {
					stack.pop();
					currentParent = arr_back(stack);
				}
			}
			if (fixNestedATags && (tagName === "a" || tagName === "A")) {
				if (noNestedTagIndex !== void 0) {
					stack.splice(noNestedTagIndex);
					currentParent = arr_back(stack);
				}
				noNestedTagIndex = stack.length;
			}
			const tagEndPos = markupPattern.lastIndex;
			const tagStartPos = tagEndPos - matchLength;
			currentParent = currentParent.appendChild(new HTMLElement(tagName, attrs, attributes.slice(1), null, createRange(tagStartPos, tagEndPos), voidTag, options));
			stack.push(currentParent);
			if (is_block_text_element(tagName)) {
				const closeMarkup = `</${tagName}>`;
				const closeIndex = lowerCaseTagName ? data.toLocaleLowerCase().indexOf(closeMarkup, markupPattern.lastIndex) : data.indexOf(closeMarkup, markupPattern.lastIndex);
				const textEndPos = closeIndex === -1 ? dataEndPos : closeIndex;
				if (element_should_be_ignore(tagName)) {
					const text = data.substring(tagEndPos, textEndPos);
					if (text.length > 0 && /\S/.test(text)) currentParent.appendChild(new TextNode(text, null, createRange(tagEndPos, textEndPos)));
				}
				if (closeIndex === -1) lastTextPos = markupPattern.lastIndex = data.length + 1;
				else {
					lastTextPos = markupPattern.lastIndex = closeIndex + closeMarkup.length;
					leadingSlash = "/";
				}
			}
		}
		if (leadingSlash || closingSlash || voidTag.isVoidElement(tagName)) while (true) {
			if (noNestedTagIndex != null && (tagName === "a" || tagName === "A")) noNestedTagIndex = void 0;
			if (currentParent.rawTagName === tagName) {
				currentParent.range[1] = createRange(-1, Math.max(lastTextPos, tagEndPos))[1];
				stack.pop();
				currentParent = arr_back(stack);
				break;
			} else {
				const parentTagName = currentParent.tagName;
				if (kElementsClosedByClosing[parentTagName]) {
					if (kElementsClosedByClosing[parentTagName][tagName]) {
						stack.pop();
						currentParent = arr_back(stack);
						continue;
					}
				}
				const openTag = currentParent.rawTagName ? currentParent.rawTagName.toLowerCase() : "";
				if (kElementsClosedByClosingExcept[openTag]) {
					const closingTag = tagName.toLowerCase();
					if (stack.length > 1) {
						const possibleContainer = stack[stack.length - 2];
						if (possibleContainer && possibleContainer.rawTagName && possibleContainer.rawTagName.toLowerCase() === closingTag && !kElementsClosedByClosingExcept[openTag][closingTag]) {
							currentParent.range[1] = createRange(-1, Math.max(lastTextPos, tagEndPos))[1];
							stack.pop();
							currentParent = arr_back(stack);
							continue;
						}
					}
				}
				if (options.closeAllByClosing === true) {
					let i;
					for (i = stack.length - 2; i >= 0; i--) if (stack[i].rawTagName === tagName) break;
					if (i >= 0) {
						while (stack.length > i) {
							currentParent.range[1] = createRange(-1, Math.max(lastTextPos, tagEndPos))[1];
							stack.pop();
							currentParent = arr_back(stack);
						}
						continue;
					}
				}
				break;
			}
		}
	}
	return stack;
}
/**
* Parses HTML and returns a root element
* Parse a chuck of HTML source.
*/
function parse$1(data, options = {}) {
	const stack = base_parse(data, options);
	const [root] = stack;
	while (stack.length > 1) {
		const last = stack.pop();
		const oneBefore = arr_back(stack);
		if (last.parentNode && last.parentNode.parentNode) {
			if (last.parentNode === oneBefore && last.tagName === oneBefore.tagName) {
				if (options.parseNoneClosedTags !== true) {
					oneBefore.removeChild(last);
					reparentChildren(last, oneBefore.parentNode);
					stack.pop();
				}
			} else if (options.parseNoneClosedTags !== true) {
				oneBefore.removeChild(last);
				reparentChildren(last, oneBefore);
			}
		}
	}
	return root;
}
function reparentChildren(source, parent) {
	const children = source.childNodes;
	source.childNodes = [];
	for (const child of children) {
		child.parentNode = null;
		parent.appendChild(child);
	}
}
/**
* Resolves a list of {@link NodeInsertable} to a list of nodes,
* and removes nodes from any potential parent.
*/
function resolveInsertable(insertable) {
	return insertable.map((val) => {
		if (typeof val === "string") return new TextNode(val);
		val.remove();
		return val;
	});
}
function resetParent(nodes, parent) {
	return nodes.map((node) => {
		node.parentNode = parent;
		return node;
	});
}
//#endregion
//#region src/valid.ts
/**
* Parses HTML and returns a root element
* Parse a chuck of HTML source.
*/
function valid(data, options = {}) {
	const stack = base_parse(data, options);
	return Boolean(stack.length === 1);
}
//#endregion
//#region src/index.ts
function parse(data, options = {}) {
	return parse$1(data, options);
}
parse.parse = parse$1;
parse.HTMLElement = HTMLElement;
parse.CommentNode = CommentNode;
parse.valid = valid;
parse.Node = Node;
parse.TextNode = TextNode;
parse.NodeType = NodeType;
//#endregion



/***/ }),

/***/ 53945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Expression)
/* harmony export */ });
/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}

/***/ }),

/***/ 89817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ExpressionSet)
/* harmony export */ });
/**
 * ExpressionSet - An indexed collection of Expressions for efficient bulk matching
 *
 * Instead of iterating all expressions on every tag, ExpressionSet pre-indexes
 * them at insertion time by depth and terminal tag name. At match time, only
 * the relevant bucket is evaluated — typically reducing checks from O(E) to O(1)
 * lookup plus O(small bucket) matches.
 *
 * Three buckets are maintained:
 *  - `_byDepthAndTag`  — exact depth + exact tag name  (tightest, used first)
 *  - `_wildcardByDepth` — exact depth + wildcard tag `*` (depth-matched only)
 *  - `_deepWildcards`  — expressions containing `..`  (cannot be depth-indexed)
 *
 * @example
 * import { Expression, ExpressionSet } from 'fast-xml-tagger';
 *
 * // Build once at config time
 * const stopNodes = new ExpressionSet();
 * stopNodes.add(new Expression('root.users.user'));
 * stopNodes.add(new Expression('root.config.setting'));
 * stopNodes.add(new Expression('..script'));
 *
 * // Query on every tag — hot path
 * if (stopNodes.matchesAny(matcher)) { ... }
 */
class ExpressionSet {
  constructor() {
    /** @type {Map<string, import('./Expression.js').default[]>} depth:tag → expressions */
    this._byDepthAndTag = new Map();

    /** @type {Map<number, import('./Expression.js').default[]>} depth → wildcard-tag expressions */
    this._wildcardByDepth = new Map();

    /** @type {import('./Expression.js').default[]} expressions containing deep wildcard (..) */
    this._deepWildcards = [];

    /** @type {Map<string, import('./Expression.js').default[]>} terminalTag → deep wildcard expressions */
    this._deepByTerminalTag = new Map();

    /** @type {Set<string>} pattern strings already added — used for deduplication */
    this._patterns = new Set();

    /** @type {boolean} whether the set is sealed against further additions */
    this._sealed = false;
  }

  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        'ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.'
      );
    }

    // Deduplicate by pattern string
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);

    if (expression.hasDeepWildcard()) {
      const lastSeg = expression.segments[expression.segments.length - 1];
      if (lastSeg && lastSeg.type !== 'deep-wildcard' && lastSeg.tag !== '*') {
        const tag = lastSeg.tag;
        if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
        this._deepByTerminalTag.get(tag).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }

    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;

    if (!tag || tag === '*') {
      // Can index by depth but not by tag
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      // Tightest bucket: depth + tag
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }

    return this;
  }

  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }

  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }

  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }

  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }

  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }

  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
 * Find and return the first Expression that matches the matcher's current path.
 *
 * Uses the same evaluation order as matchesAny (cheapest → most expensive):
 *  1. Exact depth + tag bucket
 *  2. Depth-only wildcard bucket
 *  3. Deep-wildcard list
 *
 * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
 * @returns {import('./Expression.js').default | null} the first matching Expression, or null
 *
 * @example
 * const expr = stopNodes.findMatch(matcher);
 * if (expr) {
 *   // access expr.config, expr.pattern, etc.
 * }
 */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();

    // 1. Tightest bucket — most expressions live here
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }

    // 2. Depth-matched wildcard-tag expressions
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }

    // 3. Deep wildcards — indexed by terminal tag, then unindexed fallback
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }

    return null;
  }
}


/***/ }),

/***/ 48257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Matcher)
/* harmony export */ });
/* unused harmony export MatcherView */


/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}


/***/ }),

/***/ 21254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ toNumber)
});

;// CONCATENATED MODULE: ./node_modules/anynum/digitTable.js
/**
 * Flat lookup table: maps Unicode code point → ASCII digit (0-9).
 * Only decimal digit characters (Unicode category Nd) are included.
 *
 * Strategy: Int32Array of size (maxCodePoint - minCodePoint + 1).
 * Value 0xFF means "not a digit". Value 0-9 is the ASCII digit value.
 * This gives O(1) lookup with no branching, no bisect, no loop.
 *
 * Memory: range is 0x0660 to 0x1FBF0 → ~129,936 entries × 1 byte = ~127 KB.
 * Acceptable for a one-time init; lookup is a single array index.
 */

// All known Unicode Nd (decimal digit) script zero code points.
// Each script has exactly 10 consecutive digits: zero+0 .. zero+9.
const SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  0x0030, // 0-9

  // Arabic scripts
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06F0, // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳

  // Indic scripts
  0x0966, // Devanagari ०१२३४५६७८९
  0x09E6, // Bengali ০১২৩৪৫৬৭৮৯
  0x0A66, // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  0x0AE6, // Gujarati ૦૧૨૩૪૫૬૭૮૯
  0x0B66, // Odia ୦୧୨୩୪୫୬୭୮୯
  0x0BE6, // Tamil ௦௧௨௩௪௫௬௭௮௯
  0x0C66, // Telugu ౦౧౨౩౪౫౬౭౮౯
  0x0CE6, // Kannada ೦೧೨೩೪೫೬೭೮೯
  0x0D66, // Malayalam ൦൧൨൩൪൫൬൭൮൯
  0x0DE6, // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯

  // Southeast Asian scripts
  0x0E50, // Thai ๐๑๒๓๔๕๖๗๘๙
  0x0ED0, // Lao ໐໑໒໓໔໕໖໗໘໙
  0x0F20, // Tibetan ༠༡༢༣༤༥༦༧༨༩
  0x1040, // Myanmar ၀၁၂၃၄၅၆၇၈၉
  0x1090, // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  0x17E0, // Khmer ០១២៣៤៥៦៧៨៩
  0x1810, // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  0x1946, // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  0x19D0, // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  0x1A80, // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  0x1A90, // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  0x1B50, // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  0x1BB0, // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  0x1C40, // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  0x1C50, // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙

  // Fullwidth (CJK context)
  0xFF10, // Fullwidth ０１２３４５６７８９

  // Mathematical digit variants (Unicode math block)
  0x1D7CE, // Mathematical Bold
  0x1D7D8, // Mathematical Double-Struck
  0x1D7E2, // Mathematical Sans-Serif
  0x1D7EC, // Mathematical Sans-Serif Bold
  0x1D7F6, // Mathematical Monospace

  // Other scripts
  0x104A0, // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  0x10D30, // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  0x11066, // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  0x110F0, // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  0x11136, // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  0x111D0, // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  0x112F0, // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  0x11450, // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  0x114D0, // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  0x11650, // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  0x116C0, // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  0x11730, // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  0x118E0, // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  0x11950, // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  0x11BF0, // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  0x11C50, // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  0x11D50, // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  0x11DA0, // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  0x11F50, // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  0x16A60, // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  0x16AC0, // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  0x16B50, // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  0x1E140, // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  0x1E2F0, // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  0x1E4F0, // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  0x1E950, // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  0x1FBF0, // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];

// Build a sparse Map for scripts above 0xFFFF (surrogate-pair range).
// These can't go into a flat Uint8Array indexed by code point efficiently.
const NOT_DIGIT = 0xFF;
const HIGH_MAP = new Map(); // codePoint → digit value (0-9)

const LOW_MAX = 0xFFFF;
const LOW_MIN = 0x0660; // first non-ASCII digit script

// Flat Uint8Array covering 0x0660 .. 0xFFFF
const TABLE_OFFSET = LOW_MIN;
const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);

for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/anynum/anynum.js




const CHAR_0 = 48; // '0'.charCodeAt(0)
const CHAR_9 = 57; // '9'.charCodeAt(0)
const CHAR_MINUS = 45; // '-'.charCodeAt(0)

// Unicode minus/hyphen variants worth normalizing to ASCII '-' in numeric context:
//   U+2212  MINUS SIGN       − (mathematically correct minus)
//   U+FF0D  FULLWIDTH HYPHEN-MINUS  － (Japanese fullwidth context)
//   U+FE63  SMALL HYPHEN-MINUS     ﹣ (small form variant)
//
// NOT normalized (deliberate):
//   U+2013  EN DASH  –  (punctuation, not a numeric sign)
//   U+2014  EM DASH  —  (punctuation)
//   U+2010  HYPHEN   ‐  (typographic hyphen)
//
// Rationale: only characters a human or locale formatter would plausibly use
// as a numeric minus sign are normalized. Dashes used for punctuation are left
// alone to avoid mangling non-numeric strings.
const MINUS_SET = new Set([0x2212, 0xFF0D, 0xFE63]);

/**
 * Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
 * and normalize Unicode minus variants to ASCII '-' (U+002D).
 *
 * Non-digit, non-minus characters are passed through unchanged.
 *
 * Performance design:
 * - Fast path: if the string has no convertible characters, return it unchanged
 *   (zero allocation).
 * - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
 * - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
 * - Minus variants: checked inline with a small fixed Set.
 *
 * @param {string} str
 * @returns {string}
 */
function anynum(str) {
  if (typeof str !== 'string') return str;

  const len = str.length;
  if (len === 0) return str;

  // Scan for first character needing conversion.
  // If none found, return original string (zero allocation).
  let firstHit = -1;

  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — already normalized, skip fast
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) continue;

    // Below first unicode digit script — check minus variants only
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) { firstHit = i; break; }
      continue;
    }

    // Surrogate pairs live in BMP range 0xD800-0xDFFF — check before TABLE
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          if (HIGH_MAP.has(cp)) { firstHit = i; break; }
        }
      }
      continue;
    }

    // BMP non-surrogate: flat table lookup; also check minus variants in this range
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }

  // Nothing to replace — return original, zero allocation
  if (firstHit === -1) return str;

  // Build result: copy unchanged prefix, then convert from firstHit onward
  const chars = [];

  if (firstHit > 0) chars.push(str.slice(0, firstHit));

  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — pass through
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }

    // Below TABLE_OFFSET — check minus variants, else pass through
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? '-' : str[i]);
      continue;
    }

    // Surrogate pairs
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          const d = HIGH_MAP.get(cp);
          if (d !== undefined) {
            chars.push(String.fromCharCode(d + 48));
            i++; // consume low surrogate
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }

    // BMP non-surrogate: flat table lookup + minus variants
    if (MINUS_SET.has(cc)) {
      chars.push('-');
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }

  return chars.join('');
}


/* harmony default export */ const anynum_anynum = (anynum);
;// CONCATENATED MODULE: ./node_modules/strnum/strnum.js
const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
const binRegex = /^0b[01]+$/;
const octRegex = /^0o[0-7]+$/;
const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;



const consider = {
    hex: true,
    binary: false,
    octal: false,
    leadingZeros: true,
    decimalPoint: "\.",
    eNotation: true,
    //skipLike: /regex/,
    infinity: "original", // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
    unicode: false,
};

function toNumber(str, options = {}) {
    options = Object.assign({}, consider, options);
    if (!str || typeof str !== "string") return str;

    let trimmedStr = str.trim();

    if (trimmedStr.length === 0) return str;
    else if (options.skipLike !== undefined && options.skipLike.test(trimmedStr)) return str;
    else if (trimmedStr === "0") return 0;

    if (options.unicode) {
        trimmedStr = anynum_anynum(trimmedStr);
        if (trimmedStr === "0") return 0; // re-check after normalization
    }
    if (options.hex && hexRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 16);
    } else if (options.binary && binRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 2);
    } else if (options.octal && octRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 8);
    } else if (!isFinite(trimmedStr)) { //Infinity or not a number
        const num = Number(trimmedStr);
        if (Number.isNaN(num)) return str; //not a number: always the original string
        return handleInfinity(str, num, options); //only +/-Infinity reaches here
    } else if (trimmedStr.includes('e') || trimmedStr.includes('E')) { //eNotation
        return resolveEnotation(str, trimmedStr, options);
    } else {
        //separate negative sign, leading zeros, and rest number
        const match = numRegex.exec(trimmedStr);
        // +00.123 => [ , '+', '00', '.123', ..
        if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]); //complete num without leading zeros
            const decimalAdjacentToLeadingZeros = sign ? // 0., -00., 000.
                trimmedStr[leadingZeros.length + 1] === "."
                : trimmedStr[leadingZeros.length] === ".";

            //trim ending zeros for floating number
            if (!options.leadingZeros //leading zeros are not allowed
                && (leadingZeros.length > 1
                    || (leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))) {
                // 00, 00.3, +03.24, 03, 03.24
                return str;
            }
            else {//no leading zeros or leading zeros are allowed
                const num = Number(trimmedStr);
                const parsedStr = String(num);

                if (num === 0) return num;
                if (parsedStr.search(/[eE]/) !== -1) { //given number is long and parsed to eNotation
                    if (options.eNotation) return num;
                    else return str;
                } else if (trimmedStr.indexOf(".") !== -1) { //floating number
                    if (parsedStr === "0") return num; //0.0
                    else if (parsedStr === numTrimmedByZeros) return num; //0.456. 0.79000
                    else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                    else return str;
                }

                let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
                if (leadingZeros) {
                    // -009 => -9
                    return (n === parsedStr) || (sign + n === parsedStr) ? num : str
                } else {
                    // +9
                    return (n === parsedStr) || (n === sign + parsedStr) ? num : str
                }
            }
        } else { //non-numeric string
            return str;
        }
    }
}

const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
    if (!options.eNotation) return str;
    const notation = trimmedStr.match(eNotationRegx);
    if (notation) {
        let sign = notation[1] || "";
        const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
        const leadingZeros = notation[2];
        const eAdjacentToLeadingZeros = sign ? // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
            : trimmedStr[leadingZeros.length] === eChar;

        if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
        else if (leadingZeros.length === 1
            && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
        } else if (leadingZeros.length > 0) {
            // Has leading zeros — only accept if leadingZeros option allows it
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
                return Number(trimmedStr); // Number() accepts leading zeros; stripping can leave a mantissa-less ".e0"
            } else return str;
        } else {
            // No leading zeros — always valid e-notation, parse it
            return Number(trimmedStr);
        }
    } else {
        return str;
    }
}

/**
 * 
 * @param {string} numStr without leading zeros
 * @returns 
 */
function trimZeros(numStr) {
    if (numStr && numStr.indexOf(".") !== -1) {//float
        //remove ending zeros without the O(n^2) backtracking that /0+$/ hits
        //when the string doesn't end in 0 but has a long internal zero-run
        let end = numStr.length;
        while (end > 0 && numStr.charCodeAt(end - 1) === 48 /* '0' */) end--;
        numStr = numStr.slice(0, end);
        if (numStr === ".") numStr = "0";
        else if (numStr[0] === ".") numStr = "0" + numStr;
        else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
        return numStr;
    }
    return numStr;
}

function parse_int(numStr, base) {
    const str = numStr.trim();
    if (base === 2 || base === 8) numStr = str.substring(2);

    if (parseInt) return parseInt(numStr, base);
    else if (Number.parseInt) return Number.parseInt(numStr, base);
    else if (window && window.parseInt) return window.parseInt(numStr, base);
    else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}

/**
 * Handle infinite values based on user option
 * @param {string} str - original input string
 * @param {number} num - parsed number (Infinity or -Infinity)
 * @param {object} options - user options
 * @returns {string|number|null} based on infinity option
 */
function handleInfinity(str, num, options) {
    const isPositive = num === Infinity;

    switch (options.infinity.toLowerCase()) {
        case "null":
            return null;
        case "infinity":
            return num; // Return Infinity or -Infinity
        case "string":
            return isPositive ? "Infinity" : "-Infinity";
        case "original":
        default:
            return str; // Return original string like "1e1000"
    }
}


/***/ }),

/***/ 64658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fG: () => (/* binding */ qName),
/* harmony export */   fH: () => (/* binding */ createValidator)
/* harmony export */ });
/* unused harmony exports name, ncName, nmToken, nmTokens, validate, validateAll, sanitize */
/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

// ---------------------------------------------------------------------------
// Boolean validators
// ---------------------------------------------------------------------------

/**
 * Returns true if the string is a valid XML Name.
 * Colons are allowed anywhere (Name production).
 * Used for: DOCTYPE entity names, notation names, DTD element declarations.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const name = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).name.test(str);

/**
 * Returns true if the string is a valid NCName (Non-Colonized Name).
 * Colons are not permitted.
 * Used for: namespace prefixes, local names, SVG id attributes.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const ncName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).ncName.test(str);

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

/**
 * Returns true if the string is a valid NMToken.
 * Like Name but no restriction on the first character.
 * Used for: DTD NMTOKEN attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmToken = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmToken.test(str);

/**
 * Returns true if the string is a valid NMTokens value.
 * A whitespace-separated list of NMToken values.
 * Used for: DTD NMTOKENS attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmTokens = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = ['name', 'ncName', 'qName', 'nmToken', 'nmTokens'];

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

// ---------------------------------------------------------------------------
// Diagnostic validator
// ---------------------------------------------------------------------------

/**
 * Validates a string against a named production and returns a detailed result.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {{ valid: boolean, production: string, input: string, reason?: string, position?: number }}
 */
const validate = (str, production, { xmlVersion = '1.0', asciiOnly = false } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const validators = { name, ncName, qName, nmToken, nmTokens };
  const isValid = validators[production](str, { xmlVersion, asciiOnly });

  if (isValid) return { valid: true, production, input: str };

  let reason = 'Does not match the production rules';
  let position;

  // Diagnostic fallback char checks must mirror the same character set the
  // boolean validator above used, or the reported reason/position could
  // contradict the `valid: false` result (e.g. flagging a char as illegal
  // that the unicode-aware check would have accepted).
  const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
  const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;

  if (str.length === 0) {
    reason = 'Input is empty';
  } else if (production === 'ncName' && str.includes(':')) {
    position = str.indexOf(':');
    reason = 'Colon is not allowed in NCName';
  } else if (production === 'qName' && str.startsWith(':')) {
    reason = 'QName cannot start with a colon';
    position = 0;
  } else if (production === 'qName' && str.endsWith(':')) {
    reason = 'QName cannot end with a colon';
    position = str.length - 1;
  } else if (production === 'qName' && (str.match(/:/g) || []).length > 1) {
    reason = 'QName can have at most one colon';
    position = str.lastIndexOf(':');
  } else if (
    ['name', 'ncName', 'qName'].includes(production) &&
    !startCharPattern.test(str[0])
  ) {
    reason = `First character "${str[0]}" is not a valid NameStartChar`;
    position = 0;
  } else {
    for (let i = 0; i < str.length; i++) {
      if (!namePattern.test(str[i])) {
        reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
        position = i;
        break;
      }
    }
  }

  return { valid: false, production, input: str, reason, position };
};

// ---------------------------------------------------------------------------
// Batch validator
// ---------------------------------------------------------------------------

/**
 * Validates an array of strings against a named production.
 *
 * @param {string[]} strings
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {Array<{ valid: boolean, production: string, input: string, reason?: string, position?: number }>}
 */
const validateAll = (strings, production, opts = {}) =>
  strings.map(str => validate(str, production, opts));

// ---------------------------------------------------------------------------
// Sanitizer
// ---------------------------------------------------------------------------

/**
 * Transforms an invalid string into the nearest valid XML name for the given production.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ replacement?: string, asciiOnly?: boolean }} [opts]
 *   asciiOnly: also replace any non-ASCII character, not just XML-illegal
 *   ones (default false).
 * @returns {string}
 */
const sanitize = (str, production = 'name', { replacement = '_', asciiOnly = false } = {}) => {
  if (!str) return replacement;

  let result = str;

  // Strip colons for NCName
  if (production === 'ncName') {
    result = result.replace(/:/g, '');
  }

  // Replace illegal characters
  const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
  result = result.replace(allowedCharPattern, replacement);

  // Fix invalid start character for Name / NCName / QName
  if (production !== 'nmToken' && production !== 'nmTokens') {
    if (/^[\-\.\d]/.test(result)) {
      result = replacement + result;
    }
  }

  return result || replacement;
};

/***/ })

};
