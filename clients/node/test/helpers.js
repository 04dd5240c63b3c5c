'use strict';
// Shared by the tests: compiling predictors with build/ingot (cached under
// build/node-test-bundles by source hash), CPython's expected outcomes, and
// a comparison strict about types and order.

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..', '..');
const INGOT = process.env.INGOT_BIN || path.join(REPO, 'build', 'ingot');
const PREDICTORS = path.join(REPO, 'tests', 'predictors');
const CACHE = process.env.INGOT_NODE_TEST_BUNDLES || path.join(REPO, 'build', 'node-test-bundles');

/** Why the tests that need build/ingot cannot run, or null. */
function missingCompiler() {
  return fs.existsSync(INGOT) ? null : `${INGOT} is not built (cmake --build build)`;
}

/** Compiles `source` (a path, or the name of a tests/predictors file) once; returns the bundle folder. */
function compile(source) {
  const file = source.includes('/') ? source : path.join(PREDICTORS, `${source}.py`);
  const text = fs.readFileSync(file);
  const st = fs.statSync(INGOT);
  const key = crypto.createHash('sha256').update(text).update(`${st.size}:${st.mtimeMs}`).digest('hex').slice(0, 16);
  const dir = path.join(CACHE, `${path.basename(file, '.py')}-${key}`);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    fs.mkdirSync(CACHE, { recursive: true });
    const tmp = `${dir}.tmp${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    const run = spawnSync(INGOT, ['compile', file, '-o', tmp], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`ingot compile ${file} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    try {
      fs.renameSync(tmp, dir);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true });  // another test process made it first
    }
    // bundles of older sources or compilers
    const prefix = `${path.basename(file, '.py')}-`;
    for (const old of fs.readdirSync(CACHE)) {
      if (old.startsWith(prefix) && /^[0-9a-f]{16}$/.test(old.slice(prefix.length)) && old !== path.basename(dir)) {
        fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
      }
    }
  }
  return dir;
}

/** CPython's outcomes of the CASES of tests/predictors/NAME.py (see expected.py). */
function expectedOutcomes(name) {
  const out = execFileSync(process.env.PYTHON || 'python3', [path.join(__dirname, 'expected.py'), path.join(PREDICTORS, `${name}.py`)],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/** A typed-JSON value (expected.py) as the JS value the binding gives for it. */
function decode(v) {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decode);
  if ('int' in v) {
    const n = BigInt(v.int);
    return n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n ? Number(n) : n;
  }
  if ('float' in v) {
    const special = { inf: Infinity, '-inf': -Infinity, nan: NaN };
    return v.float in special ? special[v.float] : Number(v.float);
  }
  if ('bytes' in v) return Buffer.from(v.bytes, 'base64');
  if ('tuple' in v) return v.tuple.map(decode);
  if ('set' in v) return new Set(v.set.map(decode));
  if ('dict' in v) {
    const pairs = v.dict.map(([k, x]) => [decode(k), decode(x)]);
    if (!pairs.every(([k]) => typeof k === 'string')) return new Map(pairs);
    const out = {};
    for (const [k, x] of pairs) Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    return out;
  }
  throw new Error(`cannot decode ${JSON.stringify(v)}`);
}

/** Whether a typed-JSON value holds an int outside int64. */
function holdsHugeInt(v) {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some(holdsHugeInt);
  if ('int' in v) return BigInt(v.int) < -(2n ** 63n) || BigInt(v.int) > 2n ** 63n - 1n;
  const inner = v.tuple || v.set || v.list || (v.dict && v.dict.flat());
  return Array.isArray(inner) && inner.some(holdsHugeInt);
}

/**
 * assert that `actual` is `expected` with the same types (number vs BigInt,
 * Array, Set, Map, Buffer, plain object) and the same order (object keys,
 * Map entries; Sets as sets), NaN equal to NaN and -0 distinct from 0.
 */
function assertSame(actual, expected, where = 'result') {
  const fail = (why) => assert.fail(`${where}: ${why}`);
  if (typeof expected !== typeof actual) fail(`${typeof actual} instead of ${typeof expected} (${String(actual)} vs ${String(expected)})`);
  if (expected === null || typeof expected !== 'object') {
    if (!Object.is(actual, expected)) fail(`${String(actual)} instead of ${String(expected)}`);
    return;
  }
  if (actual === null) fail('null instead of an object');
  const kind = (x) => (Buffer.isBuffer(x) ? 'Buffer' : Array.isArray(x) ? 'Array' : x instanceof Set ? 'Set'
    : x instanceof Map ? 'Map' : Object.getPrototypeOf(x) === Object.prototype ? 'object' : x.constructor.name);
  if (kind(actual) !== kind(expected)) fail(`${kind(actual)} instead of ${kind(expected)}`);
  if (Buffer.isBuffer(expected)) {
    if (!expected.equals(actual)) fail(`bytes ${actual.toString('hex')} instead of ${expected.toString('hex')}`);
  } else if (Array.isArray(expected)) {
    if (actual.length !== expected.length) fail(`length ${actual.length} instead of ${expected.length}`);
    expected.forEach((x, i) => assertSame(actual[i], x, `${where}[${i}]`));
  } else if (expected instanceof Set) {
    assert.deepStrictEqual(actual, expected, where);
  } else if (expected instanceof Map) {
    assertSame([...actual.entries()], [...expected.entries()], `${where} (Map entries)`);
  } else {
    assertSame(Object.keys(actual), Object.keys(expected), `${where} (keys)`);
    for (const k of Object.keys(expected)) assertSame(actual[k], expected[k], `${where}.${k}`);
  }
}

module.exports = { REPO, INGOT, missingCompiler, compile, expectedOutcomes, decode, holdsHugeInt, assertSame };
