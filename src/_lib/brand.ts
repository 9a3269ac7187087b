/**
 * Brands under registered symbols, so that the ESM and the CommonJS builds of the package
 * (two copies of every class and of every module's state) recognise each other's errors and
 * calendars as one library would.
 *
 * A brand is a non-enumerable own property whose key is `Symbol.for('ismap-liu.<thing>')` and
 * whose value is a frozen record with a `version`: the version of the brand's format, bumped
 * only by a change that an older copy of the library could not read, which then refuses it.
 * JSON cannot carry a symbol key, so `JSON.parse` never makes a branded object.
 *
 * Reading a brand never calls a getter (it reads property descriptors) and never throws (a
 * Proxy's traps may throw: the value is then not branded).
 *
 * @internal
 * @module
 */

/** The version of the brand format this copy of the library writes and reads. */
export const BRAND_VERSION = 1;

/** The key of the brand of every error of the library: `Symbol.for('ismap-liu.error')`. */
export const ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('ismap-liu.error');

/** The key of the brand of a calendar made by `createCalendar`: `Symbol.for('ismap-liu.calendar')`. */
export const CALENDAR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('ismap-liu.calendar');

/**
 * Sets `target`'s brand under `key` to `{ version, ...data }` (frozen, non-enumerable; a
 * subclass may set it again).
 *
 * @param target - the object to brand
 * @param key - {@link ERROR_BRAND} or {@link CALENDAR_BRAND}
 * @param data - what the brand says besides its version
 */
export function setBrand(target: object, key: symbol, data: Readonly<Record<string, unknown>>): void {
  Object.defineProperty(target, key, {
    value: Object.freeze({ version: BRAND_VERSION, ...data }),
    enumerable: false,
    writable: false,
    configurable: true,
  });
}

/**
 * The brand of `value` under `key`, when it is an own data property in this version's format;
 * otherwise `undefined`. Calls no getter and never throws.
 *
 * @param value - anything
 * @param key - {@link ERROR_BRAND} or {@link CALENDAR_BRAND}
 * @returns the brand record (a null-prototype copy of its own data properties), or `undefined`
 */
export function readBrand(value: unknown, key: symbol): Readonly<Record<string, unknown>> | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    const brand: unknown = ownData(value, key);
    if (typeof brand !== 'object' || brand === null) return undefined;
    if (ownData(brand, 'version') !== BRAND_VERSION) return undefined;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(brand)) out[name] = ownData(brand, name);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * The value of `target`'s own data property `key` (`undefined` for an accessor or none).
 *
 * @param target - an object
 * @param key - the property
 * @returns its value, without calling a getter
 */
export function ownData(target: object, key: PropertyKey): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
}

/**
 * Does `error` carry the library's error brand naming `kind` (a class name) among its classes?
 * The test behind every error guard; works across the ESM and CommonJS builds.
 *
 * @param error - anything
 * @param kind - a class name, e.g. `'ValidationError'`
 * @returns `true` when the brand lists `kind`
 * @internal
 */
export function hasErrorKind(error: unknown, kind: string): boolean {
  const kinds = readBrand(error, ERROR_BRAND)?.['kinds'];
  try {
    if (!Array.isArray(kinds)) return false;
    const length = ownData(kinds, 'length');
    for (let i = 0; i < (typeof length === 'number' ? Math.min(length, 64) : 0); i += 1) {
      if (ownData(kinds, String(i)) === kind) return true;
    }
  } catch {
    // a Proxy whose traps throw
  }
  return false;
}

/**
 * Brands `error` as being of class `kind` too (after the classes it already lists). Each
 * library class calls it in its constructor, after `super`.
 *
 * @param error - the error being constructed
 * @param kind - its class name
 * @internal
 */
export function brandAs(error: { readonly code: unknown }, kind: string): void {
  const previous = readBrand(error, ERROR_BRAND)?.['kinds'];
  const kinds = Array.isArray(previous) ? [...(previous as string[]), kind] : [kind];
  setBrand(error, ERROR_BRAND, { code: error.code, kinds: Object.freeze(kinds) });
}
