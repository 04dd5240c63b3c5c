'use strict';
// Ingot for Node.js: load a bundle made by `ingot compile` and call it.
//
//   const { load } = require('ingot');        // this folder: clients/node
//   const count = load('count.bundle');
//   count({ text: 'a b a' });                  // { a: 2, b: 1 }
//   count.logs, count.latencyMs                // of the last call
//   count.free();                              // or let the GC free it
//
// See README.md for how values convert, errors, lifetimes and threads.

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { ABI_VERSION, IngotError, openLibrary } = require('./lib/abi');
const { codecFor } = require('./lib/convert');
const { parseType } = require('./lib/types');

const DEFAULT_LIBRARY = 'libpredictor.so';

/**
 * A Python exception raised by the compiled function: `name` is the Python
 * class name ('KeyError', 'ValueError', ...), `message` its str().
 */
class PredictionError extends Error {
  constructor(type, message, logs = '', latencyMs = 0) {
    super(message);
    Object.defineProperty(this, 'name', { value: type, writable: true, configurable: true, enumerable: false });
    this.type = type;
    this.logs = logs;
    this.latencyMs = latencyMs;
  }
}

// Frees the native predictor of a Predictor the GC collected. The held
// value (`cell`) never refers back to the Predictor.
const predictors = new FinalizationRegistry((cell) => freeCell(cell));

function freeCell(cell) {
  const handle = cell.handle;
  if (handle !== null) {
    cell.handle = null;
    cell.lib.predictorFree(handle);
  }
}

const STATE = Symbol('ingot.state');
const disposeSymbol = Symbol.dispose || Symbol.for('nodejs.dispose');

/**
 * A loaded bundle; a function: `predictor({ name: value, ... })` returns the
 * result or throws a PredictionError. Made by `load(dir)` (or `new Predictor(dir)`).
 */
class Predictor {
  constructor(bundle, options = {}) {
    const dir = String(bundle);
    let stat;
    try {
      stat = fs.statSync(dir);
    } catch {
      throw new IngotError(`cannot load bundle ${dir}: no such folder`);
    }
    let directory;
    let libraryName;
    if (stat.isDirectory()) {
      directory = path.resolve(dir);
      libraryName = libraryNameOf(directory);
    } else if (dir.endsWith('.so')) {
      directory = path.dirname(path.resolve(dir));
      libraryName = path.basename(dir);
    } else {
      throw new IngotError(`${dir} is not a bundle folder (a folder with ${DEFAULT_LIBRARY} and manifest.json)`);
    }
    const libraryPath = path.join(directory, libraryName);
    if (!fs.existsSync(libraryPath)) throw new IngotError(`cannot load bundle ${dir}: ${libraryPath} is missing`);
    const lib = openLibrary(libraryPath);

    const out = new BigUint64Array(1);
    const status = lib.predictorCreate(directory, out);
    if (status !== 0) throw new IngotError(`cannot load bundle ${dir}: ${lib.statusError('ingot_predictor_create', status).message}`);
    const cell = { lib, handle: out[0] };
    let manifest;
    try {
      manifest = JSON.parse(lib.predictorGetManifest(cell.handle) || '');
    } catch (e) {
      freeCell(cell);
      throw new IngotError(`cannot load bundle ${dir}: its manifest is not valid JSON: ${e.message}`);
    }
    const abi = manifest.abi_version === undefined ? ABI_VERSION : manifest.abi_version;
    if (abi !== ABI_VERSION) {
      freeCell(cell);
      throw new IngotError(`cannot load bundle ${dir}: manifest abi_version ${abi}, expected ${ABI_VERSION}`);
    }

    const parameters = Array.isArray(manifest.parameters) ? manifest.parameters : [];
    const state = {
      cell,
      codec: codecFor(lib),
      manifest,
      path: directory,
      entry: String(manifest.entry || 'predictor'),
      names: new Set(parameters.map((p) => String(p.name))),
      required: parameters.filter((p) => !('default' in p)).map((p) => String(p.name)),
      types: Object.fromEntries(parameters.map((p) => [String(p.name), parseType(p.type)])),
      echoLogs: Boolean(options.echoLogs),
      logs: '',
      latencyMs: 0,
    };

    const predictor = function predictor(args) {
      return predictor.run(args).result();
    };
    Object.setPrototypeOf(predictor, new.target.prototype);
    Object.defineProperty(predictor, 'name', { value: state.entry });
    Object.defineProperty(predictor, STATE, { value: state });
    predictors.register(predictor, cell, cell);
    return predictor;
  }

  /**
   * Runs the function once and returns a Prediction ({ value, error, logs,
   * latencyMs }) instead of throwing the function's exception. Arguments
   * that are missing, unknown or cannot be converted still throw (TypeError
   * or RangeError); so does a freed predictor.
   */
  run(args) {
    const state = this[STATE];
    const handle = state.cell.handle;
    if (handle === null) throw new IngotError(`${state.entry}(): the predictor has been freed`);
    const bound = bind(state, args);
    const outcome = state.codec.predict(handle, bound, state.types);
    state.logs = outcome.logs;
    state.latencyMs = outcome.latencyMs;
    if (outcome.logs && state.echoLogs) process.stdout.write(outcome.logs);
    const error = outcome.errorType === null ? null
      : new PredictionError(outcome.errorType, outcome.errorMessage, outcome.logs, outcome.latencyMs);
    return new Prediction(outcome.value, error, outcome.logs, outcome.latencyMs);
  }

  /** The same as calling the predictor. */
  predict(args) {
    return this.run(args).result();
  }

  /** What print() wrote during the last call. */
  get logs() { return this[STATE].logs; }

  /** Wall time of the last call in the compiled function, in milliseconds. */
  get latencyMs() { return this[STATE].latencyMs; }

  /** manifest.json, parsed. */
  get manifest() { return this[STATE].manifest; }

  get tag() { return this[STATE].manifest.tag ?? null; }

  get entry() { return this[STATE].entry; }

  get description() { return this[STATE].manifest.description ?? null; }

  /** [{ name, type, default? }] as in manifest.json. */
  get parameters() { return (this[STATE].manifest.parameters || []).map((p) => ({ ...p })); }

  get returns() { return this[STATE].manifest.returns ?? null; }

  /** The bundle folder (absolute). */
  get path() { return this[STATE].path; }

  get freed() { return this[STATE].cell.handle === null; }

  /** Frees the native predictor now (idempotent); calls afterwards throw. */
  free() {
    const cell = this[STATE].cell;
    predictors.unregister(cell);
    freeCell(cell);
  }

  [disposeSymbol]() {
    this.free();
  }

  /** Converts a JS value to an ingot value and back (for tests; `type` a manifest type string). */
  _roundTrip(value, type) {
    if (this.freed) throw new IngotError('the predictor has been freed');
    return this[STATE].codec.roundTrip(value, type === undefined ? undefined : parseType(type));
  }

  signature() {
    const state = this[STATE];
    const params = (state.manifest.parameters || []).map((p) => {
      let text = p.type ? `${p.name}: ${p.type}` : p.name;
      if ('default' in p) text += ` = ${JSON.stringify(p.default)}`;
      return text;
    });
    return `${state.entry}(${params.join(', ')})${state.manifest.returns ? ` -> ${state.manifest.returns}` : ''}`;
  }

  [util.inspect.custom]() {
    const state = this[STATE];
    return `<${this.freed ? 'freed ' : ''}ingot.Predictor ${JSON.stringify(this.tag)} ${this.signature()} at ${JSON.stringify(state.path)}>`;
  }
}
Object.setPrototypeOf(Predictor.prototype, Function.prototype);

/** The outcome of one call (Predictor.run). */
class Prediction {
  constructor(value, error, logs, latencyMs) {
    this.value = value;
    this.error = error;
    this.logs = logs;
    this.latencyMs = latencyMs;
  }

  /** The value, or throws the error. */
  result() {
    if (this.error !== null) throw this.error;
    return this.value;
  }
}

/** `args` checked against the parameters: CPython's TypeErrors for unknown and missing names. */
function bind(state, args) {
  if (args === undefined || args === null) args = {};
  else if (typeof args !== 'object' || Array.isArray(args) || args instanceof Map ||
    !(Object.getPrototypeOf(args) === Object.prototype || Object.getPrototypeOf(args) === null)) {
    throw new TypeError(`${state.entry}() takes one plain object of named arguments, ` +
      `e.g. ${state.entry}({ ${[...state.names][0] || 'name'}: ... }), not ${Array.isArray(args) ? 'an array' : typeof args}`);
  }
  const bound = {};
  for (const name of Object.keys(args)) {
    if (!state.names.has(name)) throw new TypeError(`${state.entry}() got an unexpected keyword argument '${name}'`);
    if (args[name] !== undefined) bound[name] = args[name];
  }
  const missing = state.required.filter((name) => !(name in bound));
  if (missing.length) {
    const quoted = missing.map((n) => `'${n}'`);
    const listed = quoted.length === 1 ? quoted[0]
      : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
    throw new TypeError(`${state.entry}() missing ${missing.length} required positional ` +
      `argument${missing.length === 1 ? '' : 's'}: ${listed}`);
  }
  return bound;
}

/** The library a bundle folder names in its manifest.json (default libpredictor.so). */
function libraryNameOf(directory) {
  try {
    const name = JSON.parse(fs.readFileSync(path.join(directory, 'manifest.json'), 'utf8')).library;
    if (typeof name === 'string' && name && path.basename(name) === name) return name;
  } catch {
    // no or bad manifest.json: the library reports it when loading
  }
  return DEFAULT_LIBRARY;
}

/**
 * Loads the bundle folder `dir` (made by `ingot compile`) and returns a
 * Predictor. Options: `echoLogs` (write what the function prints to
 * process.stdout after each call).
 */
function load(dir, options) {
  return new Predictor(dir, options);
}

// The OpenAI-style client (lib/client.js, docs/client.md) and its errors.
const client = require('./lib/client');

module.exports = {
  load, Predictor, Prediction, PredictionError, IngotError, ABI_VERSION,
  Client: client.Client,
  APIError: client.APIError,
  APIConnectionError: client.APIConnectionError,
  APIConnectionTimeoutError: client.APIConnectionTimeoutError,
  BadRequestError: client.BadRequestError,
  AuthenticationError: client.AuthenticationError,
  PermissionDeniedError: client.PermissionDeniedError,
  NotFoundError: client.NotFoundError,
  ConflictError: client.ConflictError,
  UnprocessableEntityError: client.UnprocessableEntityError,
  RateLimitError: client.RateLimitError,
  InternalServerError: client.InternalServerError,
  UnsupportedModelError: client.UnsupportedModelError,
};
