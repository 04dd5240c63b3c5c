'use strict';
// An OpenAI-style client over compiled bundles (docs/client.md); the same
// surface as the Python package's `ingot.client.Client`:
//
//   const { Client } = require('ingot');
//   const client = new Client();                       // bundles under $INGOT_MODELS (~/.ingot/models)
//   const r = await client.embeddings.create({ model: 'acme/minilm', input: ['a', 'b'] });
//   r.data[0].embedding, r.usage.prompt_tokens
//   await client.models.list();
//   new Client({ baseURL: 'https://api.openai.com/v1', apiKey })   // models not found locally go there
//
// Responses are plain objects in OpenAI's shape; errors are APIError
// subclasses named as in the official `openai` package (status, error body,
// code, param, type).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const MAX_INPUTS = 2048;          // OpenAI's limit on the inputs of one request
const DEFAULT_BATCH_SIZE = 256;
const DEFAULT_TIMEOUT_MS = 600000;
const MANIFEST = 'manifest.json';
const USER_AGENT = 'ingot-client/0.1 (node)';

// ---- errors ------------------------------------------------------------------------------------------

/** Base class of the client's errors (the place of `OpenAIError`). */
class IngotClientError extends Error {
  constructor(message) {
    super(message);
    Object.defineProperty(this, 'name', { value: new.target.name, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * `status` (undefined without one), `error` (the error object: { message,
 * type, param, code }, or the raw body), `code`, `param`, `type`, `headers`.
 */
class APIError extends IngotClientError {
  constructor(status, error, message, headers) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.error = error;
    const obj = error && typeof error === 'object' ? error : null;
    this.code = obj && obj.code != null ? String(obj.code) : null;
    this.param = obj ? (obj.param ?? null) : null;
    this.type = obj ? (obj.type ?? null) : null;
    this.requestID = headers && typeof headers.get === 'function' ? headers.get('x-request-id') : null;
  }
}
class APIConnectionError extends APIError {
  constructor(message = 'Connection error.', cause) {
    super(undefined, undefined, message, undefined);
    if (cause !== undefined) this.cause = cause;
  }
}
class APIConnectionTimeoutError extends APIConnectionError {
  constructor(message = 'Request timed out.') { super(message); }
}
class BadRequestError extends APIError {}
class AuthenticationError extends APIError {}
class PermissionDeniedError extends APIError {}
class NotFoundError extends APIError {}
class ConflictError extends APIError {}
class UnprocessableEntityError extends APIError {}
class RateLimitError extends APIError {}
class InternalServerError extends APIError {}
/** A local bundle whose signature does not fit the endpoint (400). */
class UnsupportedModelError extends BadRequestError {}

const BY_STATUS = {
  400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError,
  409: ConflictError, 422: UnprocessableEntityError, 429: RateLimitError,
};

/** The error for an HTTP status, as the official client picks it. */
function statusError(status, error, message, headers) {
  const Cls = BY_STATUS[status] || (status >= 500 ? InternalServerError : APIError);
  return new Cls(status, error, `${status} ${message}`, headers);
}

/** An error the client finds itself, with OpenAI's error object. */
function invalidRequest(message, { param = null, code = null, status = 400, Cls = BadRequestError } = {}) {
  return new Cls(status, { message, type: 'invalid_request_error', param, code }, `${status} ${message}`, undefined);
}

function badResult(model, reason) {
  const message = `model '${model}' returned an unusable result: ${reason}`;
  return new InternalServerError(500, { message, type: 'server_error', param: null, code: null }, `500 ${message}`, undefined);
}

// ---- resolution --------------------------------------------------------------------------------------------

function defaultModelsDir() {
  const env = process.env.INGOT_MODELS;
  return env ? expandHome(env) : path.join(os.homedir(), '.ingot', 'models');
}

function expandHome(p) {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}

function readBundle(dir, fallbackId) {
  const file = path.join(dir, MANIFEST);
  let manifest;
  let created;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    created = Math.floor(fs.statSync(file).mtimeMs / 1000);
  } catch {
    return null;
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return null;
  const tag = typeof manifest.tag === 'string' && manifest.tag ? manifest.tag : null;
  const id = tag || fallbackId || path.basename(path.resolve(dir));
  const ownedBy = tag && tag.includes('/') ? tag.split('/', 1)[0] : 'ingot';
  return { path: path.resolve(dir), id, manifest, created, ownedBy };
}

function looksLikePath(model) {
  return path.isAbsolute(model) || model.startsWith('./') || model.startsWith('../') || model.startsWith('~') ||
    model === '.' || model === '..';
}

function subfolders(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => !e.name.startsWith('.') && e.isDirectory())
    .map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => path.join(dir, n));
}

class Resolver {
  constructor(modelsDir) {
    if (modelsDir !== undefined && modelsDir !== null) {
      this.modelsDir = path.resolve(expandHome(String(modelsDir)));
      this.source = 'modelsDir';
    } else {
      this.modelsDir = path.resolve(defaultModelsDir());
      this.source = process.env.INGOT_MODELS ? '$INGOT_MODELS' : 'the default; set $INGOT_MODELS';
    }
    this.index = null;
  }

  /** Every bundle of the models folder, sorted by id (rebuilds the index). */
  scan() {
    const found = [];
    for (const entry of subfolders(this.modelsDir)) {
      const bundle = readBundle(entry, path.relative(this.modelsDir, entry));
      if (bundle) {
        found.push(bundle);
        continue;
      }
      for (const inner of subfolders(entry)) {  // owner/name layout
        const b = readBundle(inner, path.relative(this.modelsDir, inner).split(path.sep).join('/'));
        if (b) found.push(b);
      }
    }
    const key = (b) => `${b.id}\u0000${b.path}`;
    found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const index = new Map();
    for (const b of found) {
      if (!index.has(b.id)) index.set(b.id, []);
      index.get(b.id).push(b);
    }
    this.index = index;
    return found;
  }

  /** The bundle named `model`, or null; throws BadRequestError when two bundles have that tag. */
  find(model) {
    if (looksLikePath(model)) return readBundle(expandHome(model));
    let matches = this.index ? this.index.get(model) : undefined;
    if (!matches || !matches.every((b) => fs.existsSync(path.join(b.path, MANIFEST)))) {
      this.scan();
      matches = this.index.get(model);
    }
    if (matches && matches.length) {
      if (matches.length > 1) {
        throw invalidRequest(`model '${model}' is ambiguous: bundles with that tag are ${matches.map((b) => b.path).join(' and ')}`,
          { param: 'model', code: 'model_ambiguous' });
      }
      return matches[0];
    }
    if (fs.existsSync(path.join(model, MANIFEST))) return readBundle(model);
    return null;
  }

  where() {
    const state = fs.existsSync(this.modelsDir) ? '' : ', which does not exist';
    return `${this.modelsDir} (${this.source}${state})`;
  }
}

// ---- signatures -----------------------------------------------------------------------------------------------

const INT_OPTIONAL = new Set(['int', 'Optional[int]', 'int|None', 'None|int', 'Union[int,None]', 'Union[None,int]']);
const ARRAY = /^(np|numpy)\.ndarray$|^((npt|numpy\.typing|np\.typing)\.)?NDArray(\[(.*)\])?$/;
const FLOAT_DTYPE = /^(np\.|numpy\.)?(float16|float32|float64|floating|double|single|half|float_)$|^float$/;

function normaliseType(text) {
  if (typeof text !== 'string' || !text.trim()) return null;
  return text.replace(/\s+/g, '').replaceAll('typing.', '')
    .replaceAll('List[', 'list[').replaceAll('Tuple[', 'tuple[').replaceAll('Dict[', 'dict[');
}

function splitTop(args) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(args.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(args.slice(start));
  return parts;
}

function arrayKind(t) {
  const m = ARRAY.exec(t);
  if (!m) return null;
  const dtype = m[5];
  if (dtype === undefined || ['Any', 'np.generic', 'np.number', 'np.inexact'].includes(dtype)) return 'float';
  return FLOAT_DTYPE.test(dtype) ? 'float' : `other:${dtype}`;
}

/**
 * How to call a bundle for embeddings: { inputName, batched, dimensionsName,
 * counts: 'per_input' | 'total' | null | 'unknown' }, or UnsupportedModelError saying why not.
 */
function signatureOf(model, bundlePath, manifest) {
  const params = Array.isArray(manifest.parameters) ? manifest.parameters : [];
  const shown = params.map((p) => `${p && p.name}: ${p && p.type}`).join(', ');
  const where = `${manifest.entry || 'predictor'}(${shown}) -> ${manifest.returns ?? null}`;
  const refuse = (reason) => invalidRequest(
    `model '${model}' (bundle ${bundlePath}) cannot serve embeddings: ${reason}; its signature is ${where}`,
    { param: 'model', code: 'model_not_supported', Cls: UnsupportedModelError });

  if (!params.length || !params[0] || typeof params[0] !== 'object') {
    throw refuse('it takes no parameters (it needs the texts as its first parameter, list[str] or str)');
  }
  const first = params[0];
  const firstType = normaliseType(first.type);
  let batched;
  if (firstType === 'list[str]') batched = true;
  else if (firstType === 'str') batched = false;
  else throw refuse(`its first parameter '${first.name}' is ${first.type}, not list[str] or str (the texts to embed)`);
  let dimensionsName = null;
  for (const p of params.slice(1)) {
    if (p.name === 'dimensions') {
      if (!INT_OPTIONAL.has(normaliseType(p.type))) throw refuse(`its 'dimensions' parameter is ${p.type}, not Optional[int]`);
      dimensionsName = p.name;
      continue;
    }
    if (!('default' in p)) throw refuse(`its parameter '${p.name}' has no default, and the client has no value for it`);
  }
  const returnsText = manifest.returns ?? null;
  const returns = normaliseType(returnsText);
  const rowsType = batched ? 'list[list[float]]' : 'list[float]';
  const shape = batched ? '(N, D) floats: list[list[float]] or np.ndarray' : 'one vector of floats: list[float] or np.ndarray';
  const checkRows = (t) => {
    if (t === rowsType) return;
    const kind = arrayKind(t);
    if (kind === 'float') return;
    if (kind !== null) throw refuse(`it returns an array of ${kind.slice(6)}, not of floats`);
    throw refuse(`it returns ${returnsText}, not ${shape} (optionally with token counts: ` +
      'tuple[..., list[int]] or tuple[..., int])');
  };
  let counts;
  if (returns === null || returns === 'Any' || returns === 'object') {
    counts = 'unknown';
  } else if (returns.startsWith('tuple[') && returns.endsWith(']')) {
    const items = splitTop(returns.slice(6, -1));
    if (items.length !== 2) throw refuse(`it returns ${returnsText}: a tuple must be (embeddings, token counts)`);
    checkRows(items[0]);
    if (items[1] === 'list[int]' && batched) counts = 'per_input';
    else if (items[1] === 'int') counts = 'total';
    else throw refuse(`the second item of its result is ${items[1]}, not the token counts (${batched ? 'list[int] or int' : 'int'})`);
  } else {
    checkRows(returns);
    counts = null;
  }
  return { inputName: String(first.name), batched, dimensionsName, counts, returns: returnsText };
}

// ---- the request ---------------------------------------------------------------------------------------------

const isInt = (x) => (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint';

function kindOf(x) {
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  if (Array.isArray(x)) return x.length ? 'an array (nested arrays are not texts)' : 'an empty array';
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return `a ${typeof x} (${String(x)})`;
  if (typeof x === 'object') return `a ${x.constructor ? x.constructor.name : 'object'}`;
  return `a ${typeof x}`;
}

/** The texts of `input`, or a BadRequestError as OpenAI's API gives it. */
function textsOf(value) {
  if (typeof value === 'string') {
    if (!value) throw invalidRequest("'input' must not be an empty string", { param: 'input' });
    return [value];
  }
  if (Array.isArray(value)) {
    if (!value.length) throw invalidRequest("'input' must not be an empty list: give a string or a list of strings", { param: 'input' });
    const first = value[0];
    if (isInt(first) || (Array.isArray(first) && first.length && isInt(first[0]))) {
      if (value.every(isInt) || value.every((x) => Array.isArray(x) && x.every(isInt))) {
        throw invalidRequest("'input' holds token ids: local models take text only for now (a string or a list of " +
          'strings); token-id arrays are not supported yet', { param: 'input', code: 'unsupported_input' });
      }
    }
    value.forEach((item, i) => {
      if (typeof item !== 'string') throw invalidRequest(`'input' must be a string or a list of strings: input[${i}] is ${kindOf(item)}`, { param: 'input' });
      if (!item) throw invalidRequest(`'input' must not contain empty strings: input[${i}] is ''`, { param: 'input' });
    });
    if (value.length > MAX_INPUTS) throw invalidRequest(`'input' has ${value.length} items: at most ${MAX_INPUTS} per request`, { param: 'input' });
    return value.slice();
  }
  throw invalidRequest(`'input' must be a string or a list of strings, not ${kindOf(value)}`, { param: 'input' });
}

function checkDimensions(d) {
  if (d === undefined || d === null) return null;
  if (!(typeof d === 'number' && Number.isInteger(d)) || d < 1) {
    throw invalidRequest(`'dimensions' must be a positive integer, not ${typeof d === 'string' ? `'${d}'` : String(d)}`, { param: 'dimensions' });
  }
  return d;
}

function checkEncoding(f) {
  if (f === undefined || f === null) return 'float';
  if (f !== 'float' && f !== 'base64') {
    throw invalidRequest(`'encoding_format' must be 'float' or 'base64', not ${typeof f === 'string' ? `'${f}'` : String(f)}`, { param: 'encoding_format' });
  }
  return f;
}

// ---- running the predictor ------------------------------------------------------------------------------------

function isTensor(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && ArrayBuffer.isView(v.data) && Array.isArray(v.shape);
}

/** `value` (rows of numbers, or a float tensor {data, shape}) as n rows of finite numbers. */
function rowsOf(model, value, n, single = false) {
  let rows;
  if (isTensor(value)) {
    if (!(value.dtype === undefined || /^float(16|32|64)$/.test(value.dtype))) throw badResult(model, `an array of ${value.dtype}, not of floats`);
    if (value.dtype === 'float16') throw badResult(model, 'a float16 array (not supported by the client)');
    let shape = value.shape;
    if (single && shape.length === 1) shape = [1, shape[0]];
    if (shape.length !== 2) throw badResult(model, `an array of shape (${value.shape.join(', ')}), not (N, D)`);
    const [r, c] = shape;
    rows = [];
    for (let i = 0; i < r; i++) rows.push(Array.from(value.data.subarray(i * c, (i + 1) * c)));
  } else if (Array.isArray(value)) {
    rows = single && (!value.length || !Array.isArray(value[0])) ? [value] : value;
    rows.forEach((row, i) => {
      if (!Array.isArray(row) || !row.every((x) => typeof x === 'number')) throw badResult(model, `row ${i} is not a list of floats`);
    });
  } else {
    throw badResult(model, `a ${value === null ? 'null' : typeof value}, not (N, D) floats`);
  }
  if (rows.length !== n) throw badResult(model, `${rows.length} embeddings for ${n} inputs`);
  rows.forEach((row, i) => {
    if (!row.length) throw badResult(model, `embedding ${i} is empty`);
    if (!row.every(Number.isFinite)) throw badResult(model, `embedding ${i} has a value that is not finite`);
  });
  return rows;
}

function unpack(model, sig, result, n, single) {
  let counts;
  if (sig.counts === 'per_input' || sig.counts === 'total') {
    if (!Array.isArray(result) || result.length !== 2) throw badResult(model, 'expected (embeddings, token counts)');
    [result, counts] = result;
  }
  const rows = rowsOf(model, result, n, single);
  let tokens = 0;
  if (counts !== undefined) {
    if (isInt(counts)) tokens = Number(counts);
    else if (Array.isArray(counts) && counts.length === n && counts.every(isInt)) tokens = counts.reduce((a, c) => a + Number(c), 0);
    else throw badResult(model, `its token counts are not an int or ${n} ints`);
    if (tokens < 0) throw badResult(model, `negative token count ${tokens}`);
  }
  return { rows, tokens };
}

/** The first k components, rescaled to unit length (Matryoshka). */
function truncate(row, k) {
  const head = row.slice(0, k);
  let sum = 0;
  for (const x of head) sum += x * x;
  const norm = Math.sqrt(sum);
  return norm > 0 ? head.map((x) => x / norm) : head;
}

function embed(model, predictor, sig, texts, dimensions, batchSize) {
  if (dimensions !== null && sig.dimensionsName === null) {
    throw invalidRequest(`model '${model}' does not support 'dimensions': its predictor declares no 'dimensions' parameter ` +
      '(see docs/client.md)', { param: 'dimensions', code: 'unsupported_parameter' });
  }
  const extra = dimensions !== null ? { [sig.dimensionsName]: dimensions } : {};
  let rows = [];
  let tokens = 0;
  if (sig.batched) {
    const step = Math.max(1, batchSize);
    for (let start = 0; start < texts.length; start += step) {
      const chunk = texts.slice(start, start + step);
      const out = unpack(model, sig, predictor({ [sig.inputName]: chunk, ...extra }), chunk.length, false);
      for (const r of out.rows) rows.push(r);
      tokens += out.tokens;
    }
  } else {
    for (const text of texts) {
      const out = unpack(model, sig, predictor({ [sig.inputName]: text, ...extra }), 1, true);
      rows.push(out.rows[0]);
      tokens += out.tokens;
    }
  }
  const width = rows[0].length;
  const other = rows.find((r) => r.length !== width);
  if (other) throw badResult(model, `its rows have different lengths (${width} and ${other.length})`);
  if (dimensions !== null && width !== dimensions) {
    if (width < dimensions) {
      throw invalidRequest(`'dimensions' is ${dimensions}, larger than the ${width} dimensions of model '${model}'`, { param: 'dimensions' });
    }
    rows = rows.map((r) => truncate(r, dimensions));
  }
  return { rows, tokens };
}

/** A row as the response carries it: the numbers, or base64 of their little-endian float32 bytes. */
function encode(row, format) {
  if (format !== 'base64') return row;
  const buf = Buffer.alloc(4 * row.length);
  row.forEach((x, i) => buf.writeFloatLE(x, 4 * i));
  return buf.toString('base64');
}

/** The numbers of a base64 embedding (little-endian float32). */
function decodeBase64(text) {
  const buf = Buffer.from(text, 'base64');
  const out = new Array(buf.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readFloatLE(4 * i);
  return out;
}

// ---- remote ----------------------------------------------------------------------------------------------------

class Remote {
  constructor(baseURL, apiKey, timeoutMs, defaultHeaders, fetchImpl) {
    let url;
    try {
      url = new URL(baseURL);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new TypeError(`baseURL must be an http:// or https:// URL, not ${JSON.stringify(baseURL)}`);
    }
    this.baseURL = baseURL.replace(/\/+$/, '');
    this.apiKey = apiKey;
    this.timeoutMs = timeoutMs;
    this.defaultHeaders = { ...(defaultHeaders || {}) };
    this.fetch = fetchImpl || globalThis.fetch;
    if (typeof this.fetch !== 'function') throw new IngotClientError('no fetch(): Node.js 18 or later is needed for a remote server');
  }

  async request(method, route, body, timeoutMs) {
    const url = this.baseURL + route;
    const headers = { Accept: 'application/json', 'User-Agent': USER_AGENT, ...this.defaultHeaders };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs ?? this.timeoutMs);
    let response;
    let text;
    try {
      response = await this.fetch(url, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal,
      });
      text = await response.text();
    } catch (e) {
      if (controller.signal.aborted) throw new APIConnectionTimeoutError(`Request timed out: ${method} ${url}`);
      const reason = e && e.cause && e.cause.code ? `${e.cause.code}` : String(e && e.message);
      throw new APIConnectionError(`Connection error: ${method} ${url}: ${reason}`, e);
    } finally {
      clearTimeout(timer);
    }
    let parsed;
    let isJSON = true;
    try {
      parsed = JSON.parse(text);
    } catch {
      isJSON = false;
    }
    if (!response.ok) {
      let error = text || undefined;
      let message = text.trim() || `${method} ${url} failed with HTTP ${response.status}`;
      if (isJSON && parsed && typeof parsed === 'object') {
        const inner = 'error' in parsed ? parsed.error : parsed;
        error = inner;
        if (inner && typeof inner.message === 'string') message = inner.message;
        else if (typeof inner === 'string') message = inner;
      }
      throw statusError(response.status, error, message, response.headers);
    }
    if (!isJSON) throw new APIError(response.status, text, `${method} ${url} answered with a body that is not JSON: ${text.slice(0, 200)}`, response.headers);
    return parsed;
  }
}

// ---- the client ---------------------------------------------------------------------------------------------------

const STATE = Symbol('ingot.client');

/**
 * An OpenAI-style client whose models are compiled bundles. Options:
 * `modelsDir` (default $INGOT_MODELS, else ~/.ingot/models), `baseURL` and
 * `apiKey` (default $OPENAI_API_KEY) for a remote OpenAI-compatible server
 * that serves the models not found locally, `timeout` (ms, default 600000),
 * `batchSize` (texts per predictor call, default 256), `defaultHeaders`, `fetch`.
 */
class Client {
  constructor(options = {}) {
    const { baseURL = null, apiKey, modelsDir, timeout = DEFAULT_TIMEOUT_MS, batchSize = DEFAULT_BATCH_SIZE,
      defaultHeaders, fetch: fetchImpl } = options || {};
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
    const base = baseURL ? String(baseURL).replace(/\/+$/, '') : null;
    const key = apiKey !== undefined && apiKey !== null ? apiKey : (base ? process.env.OPENAI_API_KEY ?? null : null);
    const state = {
      resolver: new Resolver(modelsDir),
      remote: base ? new Remote(base, key, timeout, defaultHeaders, fetchImpl) : null,
      loaded: new Map(),  // bundle path -> { predictor, bundle, sig }
      names: new Map(),   // model name -> bundle path
      batchSize,
    };
    Object.defineProperty(this, STATE, { value: state });
    this.baseURL = base;
    this.apiKey = key;
    this.timeout = timeout;
    this.embeddings = new Embeddings(this);
    this.models = new Models(this);
  }

  /** The folder searched for bundles. */
  get modelsDir() { return this[STATE].resolver.modelsDir; }

  /** The loaded predictor of a local model (cached), or null when there is no such bundle. */
  _embedder(model) {
    const state = this[STATE];
    const known = state.names.get(model);
    if (known !== undefined) return state.loaded.get(known);
    const bundle = state.resolver.find(model);
    if (!bundle) return null;
    const sig = signatureOf(model, bundle.path, bundle.manifest);
    let entry = state.loaded.get(bundle.path);
    if (!entry) {
      const { load } = require('../index.js');  // loaded lazily: index.js requires this file
      entry = { predictor: load(bundle.path), bundle, sig };
      state.loaded.set(bundle.path, entry);
    }
    state.names.set(model, bundle.path);
    return entry;
  }

  _notFound(model) {
    const state = this[STATE];
    const known = state.resolver.scan().map((b) => b.id);
    const listed = known.length ? ` (it has: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', ...' : ''})` : ' (it has no bundles)';
    const remote = state.remote ? '' : '; no baseURL is set for a remote server';
    return invalidRequest(`The model '${model}' does not exist: no bundle with that tag under ${state.resolver.where()}${listed}${remote}`,
      { param: 'model', code: 'model_not_found', status: 404, Cls: NotFoundError });
  }

  /** Frees the loaded predictors (they are loaded again when used). */
  close() {
    const state = this[STATE];
    for (const { predictor } of state.loaded.values()) predictor.free();
    state.loaded.clear();
    state.names.clear();
  }
}

class Embeddings {
  constructor(client) { Object.defineProperty(this, '_client', { value: client }); }

  /**
   * `{ model, input, encoding_format = 'float', dimensions, user }` →
   * `{ object: 'list', data: [{ object: 'embedding', index, embedding }], model, usage: { prompt_tokens, total_tokens } }`.
   * Options (second argument): `{ timeout }` in ms for a remote server.
   */
  async create(params, options = {}) {
    const client = this._client;
    const state = client[STATE];
    if (!params || typeof params !== 'object') throw new TypeError('embeddings.create() takes one object: { model, input, ... }');
    const { model, input, encoding_format: encodingFormat, dimensions, user } = params;
    if (typeof model !== 'string' || !model) throw invalidRequest(`'model' must be a non-empty string, not ${kindOf(model)}`, { param: 'model' });
    const local = client._embedder(model);
    if (!local) {
      if (!state.remote) throw client._notFound(model);
      const body = { model, input, encoding_format: encodingFormat ?? 'float' };
      if (dimensions !== undefined && dimensions !== null) body.dimensions = dimensions;
      if (user !== undefined && user !== null) body.user = user;
      return state.remote.request('POST', '/embeddings', body, options.timeout);
    }
    const texts = textsOf(input);
    const format = checkEncoding(encodingFormat);
    const k = checkDimensions(dimensions);
    if (user !== undefined && user !== null && typeof user !== 'string') throw invalidRequest(`'user' must be a string, not ${kindOf(user)}`, { param: 'user' });
    const { rows, tokens } = embed(model, local.predictor, local.sig, texts, k, state.batchSize);
    return {
      object: 'list',
      data: rows.map((row, index) => ({ object: 'embedding', index, embedding: encode(row, format) })),
      model: local.bundle.manifest.tag || model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    };
  }
}

class Models {
  constructor(client) { Object.defineProperty(this, '_client', { value: client }); }

  /** `{ object: 'list', data: [{ id, object: 'model', created, owned_by }] }`: local bundles, then the remote server's other models. */
  async list(options = {}) {
    const state = this._client[STATE];
    const data = state.resolver.scan().map((b) => ({ id: b.id, object: 'model', created: b.created, owned_by: b.ownedBy }));
    if (state.remote) {
      const seen = new Set(data.map((m) => m.id));
      const page = await state.remote.request('GET', '/models', undefined, options.timeout);
      for (const item of (page && Array.isArray(page.data) ? page.data : [])) {
        if (item && typeof item === 'object' && !seen.has(item.id)) data.push(item);
      }
    }
    return { object: 'list', data };
  }

  /** One model, local or (with baseURL) remote. */
  async retrieve(model, options = {}) {
    const client = this._client;
    const state = client[STATE];
    const b = state.resolver.find(model);
    if (b) return { id: b.id, object: 'model', created: b.created, owned_by: b.ownedBy };
    if (!state.remote) throw client._notFound(model);
    return state.remote.request('GET', `/models/${encodeURIComponent(model)}`, undefined, options.timeout);
  }
}

module.exports = {
  Client,
  MAX_INPUTS,
  decodeBase64,
  IngotClientError,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  UnsupportedModelError,
  // for tests
  _internal: { signatureOf, rowsOf, textsOf, truncate },
};
