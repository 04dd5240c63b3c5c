'use strict';
// The OpenAI-style client (lib/client.js, docs/client.md) on the placeholder
// embedding predictors of tests/client_fixtures, compiled with build/ingot
// (cached by helpers.compile) and copied into a temporary models folder;
// answers compared with calling the predictors directly, with OpenAI's
// shape, and with the Python client on the same folder. The hybrid mode
// talks to a stub OpenAI server on 127.0.0.1 started here.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ingot = require('..');
const { Client, load, BadRequestError, NotFoundError, UnsupportedModelError, AuthenticationError,
  InternalServerError, APIConnectionError, APIError } = ingot;
const { _internal, decodeBase64 } = require('../lib/client');
const { missingCompiler, compile } = require('./helpers');

const skip = missingCompiler() || false;
const REPO = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(REPO, 'tests', 'client_fixtures');
const BUNDLES = {
  hash_embedder: 'hash-embedder', plain_embedder: 'plain-embedder', single_embedder: 'single-embedder',
  word_count: 'tests/word-count', number_scaler: 'number-scaler',
};
const HASH = 'tests/hash-embedder';
const PLAIN = 'tests/plain-embedder';
const SINGLE = 'tests/single-embedder';
const TEXTS = ['The quick brown fox', 'jumps over', 'the lazy dog', 'héllo wörld ✓', 'a'];

let modelsDir = null;
function models() {
  if (modelsDir === null) {
    modelsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingot-client-models-'));
    for (const [file, folder] of Object.entries(BUNDLES)) {
      fs.cpSync(compile(path.join(FIXTURES, `${file}.py`)), path.join(modelsDir, folder), { recursive: true });
    }
  }
  return modelsDir;
}
test.after(() => { if (modelsDir) fs.rmSync(modelsDir, { recursive: true, force: true }); });

function direct(folder, args) {
  const p = load(path.join(models(), folder));
  try {
    return p(args);
  } finally {
    p.free();
  }
}

const norm = (v) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));
const reference = (row, k) => { const h = row.slice(0, k); const n = norm(h); return h.map((x) => x / n); };
function assertClose(a, b, tol = 1e-12) {
  assert.equal(a.length, b.length);
  a.forEach((x, i) => assert.ok(Math.abs(x - b[i]) <= tol * Math.max(1, Math.abs(b[i])), `[${i}] ${x} vs ${b[i]}`));
}

test('the response has exactly OpenAI\'s shape and the predictor\'s values', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  const r = await client.embeddings.create({ model: HASH, input: TEXTS });
  const [rows, counts] = direct('hash-embedder', { texts: TEXTS });
  assert.deepEqual(Object.keys(r), ['object', 'data', 'model', 'usage']);
  assert.equal(r.object, 'list');
  assert.equal(r.model, HASH);
  const total = counts.reduce((a, c) => a + c, 0);
  assert.deepEqual(r.usage, { prompt_tokens: total, total_tokens: total });
  assert.equal(total, 13);
  assert.equal(r.data.length, TEXTS.length);
  r.data.forEach((d, i) => {
    assert.deepEqual(Object.keys(d), ['object', 'index', 'embedding']);
    assert.equal(d.object, 'embedding');
    assert.equal(d.index, i);
    assert.deepEqual(d.embedding, rows[i]);
    assert.ok(Math.abs(norm(d.embedding) - 1) < 1e-12);
  });
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);  // plain data
  const one = await client.embeddings.create({ model: HASH, input: 'jumps over' });
  assert.deepEqual(one.data, [{ object: 'embedding', index: 0, embedding: rows[1] }]);
  assert.equal(one.usage.prompt_tokens, 2);
  client.close();
});

test('base64 is little-endian float32', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  const f = await client.embeddings.create({ model: HASH, input: TEXTS });
  const b = await client.embeddings.create({ model: HASH, input: TEXTS, encoding_format: 'base64' });
  assert.deepEqual(b.usage, f.usage);
  b.data.forEach((d, i) => {
    assert.equal(typeof d.embedding, 'string');
    const raw = Buffer.from(d.embedding, 'base64');
    assert.equal(raw.length, 4 * f.data[i].embedding.length);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    f.data[i].embedding.forEach((x, j) => assert.equal(view.getFloat32(4 * j, true), Math.fround(x)));
    assert.deepEqual(decodeBase64(d.embedding), f.data[i].embedding.map(Math.fround));
  });
  client.close();
});

test('str-input predictors and results without token counts', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  const r = await client.embeddings.create({ model: SINGLE, input: ['x', 'yy', 'zzz'] });
  assert.deepEqual(r.data.map((d) => d.embedding), ['x', 'yy', 'zzz'].map((t) => direct('single-embedder', { text: t })));
  assert.deepEqual(r.usage, { prompt_tokens: 0, total_tokens: 0 });
  const p = await client.embeddings.create({ model: PLAIN, input: TEXTS });
  assert.deepEqual(p.data.map((d) => d.embedding), direct('plain-embedder', { texts: TEXTS }));
  assert.deepEqual(p.usage, { prompt_tokens: 0, total_tokens: 0 });
  client.close();
});

test('dimensions: truncated and renormalised, by the predictor or by the client', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  const hashFull = (await client.embeddings.create({ model: HASH, input: TEXTS })).data.map((d) => d.embedding);
  const plainFull = direct('plain-embedder', { texts: TEXTS });
  for (const [model, full, ks] of [[HASH, hashFull, [1, 3, 8, 16]], [PLAIN, plainFull, [1, 5, 8]]]) {
    for (const k of ks) {
      const r = await client.embeddings.create({ model, input: TEXTS, dimensions: k });
      r.data.forEach((d, i) => {
        assert.equal(d.embedding.length, k);
        assertClose(d.embedding, reference(full[i], k));
        assert.ok(Math.abs(norm(d.embedding) - 1) < 1e-12);
      });
    }
  }
  await assert.rejects(client.embeddings.create({ model: SINGLE, input: 'x', dimensions: 2 }),
    (e) => e instanceof BadRequestError && e.status === 400 && e.param === 'dimensions' &&
      /does not support 'dimensions'.*declares no 'dimensions' parameter/.test(e.message));
  await assert.rejects(client.embeddings.create({ model: PLAIN, input: 'x', dimensions: 9 }),
    { name: 'BadRequestError', message: "400 'dimensions' is 9, larger than the 8 dimensions of model 'tests/plain-embedder'" });
  await assert.rejects(client.embeddings.create({ model: HASH, input: 'x', dimensions: 17 }),
    { name: 'ValueError', message: 'dimensions must be between 1 and 16, got 17' });  // the predictor's own exception
  for (const bad of [0, -1, 1.5, true, '4']) {
    await assert.rejects(client.embeddings.create({ model: HASH, input: 'x', dimensions: bad }),
      (e) => e instanceof BadRequestError && /'dimensions' must be a positive integer/.test(e.message));
  }
  client.close();
});

test('bad input: clear errors, as OpenAI\'s API gives them', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  const cases = [
    [[1, 2, 3], /token ids/], [[[1, 2], [3]], /token ids/], [5, /a string or a list of strings, not a number \(5\)/],
    [null, /not null/], [undefined, /not undefined/], [[['a']], /input\[0\] is an array \(nested arrays are not texts\)/],
    [['a', 3], /input\[1\] is a number/], [[], /must not be an empty list/], ['', /must not be an empty string/],
    [['a', ''], /must not contain empty strings: input\[1\]/], [{ a: 1 }, /not a Object/],
  ];
  for (const [input, message] of cases) {
    await assert.rejects(client.embeddings.create({ model: HASH, input }), (e) => {
      assert.ok(e instanceof BadRequestError && e instanceof APIError && e instanceof Error, String(e));
      assert.equal(e.status, 400);
      assert.equal(e.param, 'input');
      assert.equal(e.type, 'invalid_request_error');
      assert.match(e.message, message);
      return true;
    });
  }
  await assert.rejects(client.embeddings.create({ model: HASH, input: 'x', encoding_format: 'hex' }),
    { message: "400 'encoding_format' must be 'float' or 'base64', not 'hex'" });
  client.close();
});

test('2,048 inputs in batches; 2,049 is an error', { skip }, async () => {
  const texts = Array.from({ length: 2048 }, (_, i) => `sentence number ${i} ${'x'.repeat(i % 17)}`);
  const small = new Client({ modelsDir: models(), batchSize: 100 });
  const big = new Client({ modelsDir: models(), batchSize: 4096 });
  const a = await small.embeddings.create({ model: HASH, input: texts });
  const b = await big.embeddings.create({ model: HASH, input: texts });
  assert.equal(a.data.length, 2048);
  assert.deepEqual(a.data.map((d) => d.index), texts.map((_, i) => i));
  assert.deepEqual(a, b);
  assert.equal(a.usage.prompt_tokens, texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0));
  await assert.rejects(small.embeddings.create({ model: HASH, input: [...texts, 'one more'] }), { message: /2049 items: at most 2048/ });
  small.close();
  big.close();
});

test('the same answers as the Python client', { skip }, async () => {
  const script = `
import json, sys
sys.path.insert(0, ${JSON.stringify(path.join(REPO, 'bindings', 'python'))})
from ingot.client import Client
c = Client(models_dir=sys.argv[1])
out = []
for model, fmt, dims in [("${HASH}", "float", None), ("${HASH}", "base64", None), ("${HASH}", "float", 5),
                         ("${PLAIN}", "float", 3), ("${SINGLE}", "base64", None)]:
    out.append(c.embeddings.create(model=model, input=json.loads(sys.argv[2]), encoding_format=fmt, dimensions=dims).model_dump())
out.append(c.models.list().model_dump())
print(json.dumps(out))
`;
  const py = JSON.parse(execFileSync(process.env.PYTHON || 'python3', ['-c', script, models(), JSON.stringify(TEXTS)], { encoding: 'utf8' }));
  const client = new Client({ modelsDir: models() });
  const ours = [];
  for (const [model, fmt, dims] of [[HASH, 'float', null], [HASH, 'base64', null], [HASH, 'float', 5], [PLAIN, 'float', 3], [SINGLE, 'base64', null]]) {
    ours.push(await client.embeddings.create({ model, input: TEXTS, encoding_format: fmt, dimensions: dims }));
  }
  ours.push(await client.models.list());
  for (let i = 0; i < 5; i++) {
    if (i === 3) {  // truncated by the client: its sum of squares may differ in the last bit
      ours[i].data.forEach((d, j) => assertClose(d.embedding, py[i].data[j].embedding));
      ours[i].data.forEach((d) => { d.embedding = null; });
      py[i].data.forEach((d) => { d.embedding = null; });
    }
    assert.deepEqual(ours[i], py[i]);
  }
  assert.deepEqual(ours[5], py[5]);
  client.close();
});

test('resolution: unknown models, INGOT_MODELS, paths, cache, layouts', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  await assert.rejects(client.embeddings.create({ model: 'acme/nope', input: 'x' }), (e) => {
    assert.ok(e instanceof NotFoundError);
    assert.equal(e.status, 404);
    assert.equal(e.code, 'model_not_found');
    assert.ok(e.message.includes("'acme/nope'") && e.message.includes(models()) && e.message.includes(HASH), e.message);
    return true;
  });
  // a path to a bundle folder
  assert.equal((await client.embeddings.create({ model: path.join(models(), 'hash-embedder'), input: 'x' })).model, HASH);
  // cached per model
  const first = client._embedder(HASH).predictor;
  await client.embeddings.create({ model: HASH, input: 'y' });
  assert.equal(client._embedder(HASH).predictor, first);
  client.close();
  assert.ok(first.freed);
  await client.embeddings.create({ model: HASH, input: 'x' });  // loaded again
  client.close();

  const saved = { INGOT_MODELS: process.env.INGOT_MODELS, HOME: process.env.HOME };
  try {
    process.env.INGOT_MODELS = models();
    const env = new Client();
    assert.equal(env.modelsDir, models());
    assert.equal((await env.embeddings.create({ model: HASH, input: 'x' })).model, HASH);
    env.close();
    delete process.env.INGOT_MODELS;
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ingot-home-'));
    process.env.HOME = home;
    const none = new Client();
    assert.equal(none.modelsDir, path.join(home, '.ingot', 'models'));
    await assert.rejects(none.embeddings.create({ model: HASH, input: 'x' }),
      { message: /\.ingot\/models \(the default; set \$INGOT_MODELS, which does not exist\)/ });
    assert.deepEqual(await none.models.list(), { object: 'list', data: [] });
    // added later: found without a new client; two bundles with one tag: ambiguous
    const root = path.join(home, '.ingot', 'models');
    fs.cpSync(path.join(models(), 'hash-embedder'), path.join(root, 'one'), { recursive: true });
    assert.equal((await none.embeddings.create({ model: HASH, input: 'x' })).model, HASH);
    fs.cpSync(path.join(models(), 'hash-embedder'), path.join(root, 'two'), { recursive: true });
    await assert.rejects(new Client().embeddings.create({ model: HASH, input: 'x' }), { message: /is ambiguous: .*one and .*two/ });
    none.close();
    fs.rmSync(home, { recursive: true, force: true });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});

test('bundles that are not embedding models', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  for (const [model, reason] of [['tests/word-count', /it returns dict\[str, int\], not \(N, D\) floats/],
    ['tests/number-scaler', /its first parameter 'xs' is list\[float\], not list\[str\] or str/]]) {
    await assert.rejects(client.embeddings.create({ model, input: 'x' }), (e) => {
      assert.ok(e instanceof UnsupportedModelError && e instanceof BadRequestError);
      assert.match(e.message, reason);
      assert.match(e.message, /cannot serve embeddings.*its signature is/);
      assert.equal(e.code, 'model_not_supported');
      return true;
    });
  }
});

test('models.list in OpenAI\'s shape', { skip }, async () => {
  const client = new Client({ modelsDir: models() });
  const page = await client.models.list();
  assert.equal(page.object, 'list');
  assert.deepEqual(page.data.map((m) => m.id),
    ['tests/hash-embedder', 'tests/number-scaler', 'tests/plain-embedder', 'tests/single-embedder', 'tests/word-count']);
  for (const m of page.data) {
    assert.deepEqual(Object.keys(m), ['id', 'object', 'created', 'owned_by']);
    assert.equal(m.object, 'model');
    assert.equal(m.owned_by, 'tests');
    assert.ok(Number.isInteger(m.created) && m.created > 0);
  }
  assert.equal((await client.models.retrieve(HASH)).id, HASH);
});

test('signatures and results, without compiling', () => {
  const manifest = (returns, first = 'list[str]', more = []) => ({ entry: 'f', parameters: [{ name: 'texts', type: first }, ...more], returns });
  const dims = [{ name: 'dimensions', type: 'int | None', default: null }, { name: 'normalize', type: 'bool', default: true }];
  for (const [returns, counts] of [['list[list[float]]', null], ['np.ndarray', null], ['npt.NDArray[np.float32]', null],
    ['tuple[np.ndarray, list[int]]', 'per_input'], ['Tuple[List[List[float]], int]', 'total'], [null, 'unknown']]) {
    const sig = _internal.signatureOf('m', '/b', manifest(returns, 'list[str]', dims));
    assert.equal(sig.counts, counts);
    assert.equal(sig.dimensionsName, 'dimensions');
  }
  for (const [m, reason] of [[manifest('npt.NDArray[np.int64]'), /an array of np.int64, not of floats/],
    [manifest('list[list[int]]'), /it returns list\[list\[int\]\]/], [manifest('tuple[list[list[float]], str]'), /not the token counts/],
    [manifest('list[list[float]]', 'str'), /not one vector of floats/], [manifest('list[list[float]]', 'list[str]', [{ name: 'k', type: 'int' }]), /'k' has no default/],
    [{ parameters: [], returns: 'list[list[float]]' }, /takes no parameters/]]) {
    assert.throws(() => _internal.signatureOf('m', '/b', m), (e) => e instanceof UnsupportedModelError && reason.test(e.message));
  }
  const t = { data: new Float32Array([0, 1, 2, 3, 4, 5]), shape: [2, 3], dtype: 'float32' };
  assert.deepEqual(_internal.rowsOf('m', t, 2), [[0, 1, 2], [3, 4, 5]]);
  assert.deepEqual(_internal.rowsOf('m', { data: new Float64Array([1, 2]), shape: [2], dtype: 'float64' }, 1, true), [[1, 2]]);
  for (const [bad, reason] of [[{ data: new Int32Array(6), shape: [2, 3], dtype: 'int32' }, /int32, not of floats/],
    [{ data: new Float32Array(3), shape: [3], dtype: 'float32' }, /shape \(3\), not \(N, D\)/],
    [[[1], [NaN]], /not finite/], [[[1], 'x'], /row 1 is not a list of floats/], [[[1]], /1 embeddings for 2 inputs/]]) {
    assert.throws(() => _internal.rowsOf('m', bad, 2), (e) => e instanceof InternalServerError && reason.test(e.message));
  }
});

// ---- hybrid: a stub OpenAI server ---------------------------------------------------------------------------

async function stubServer() {
  const requests = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : null });
      const reply = (status, body, type = 'application/json') => {
        const data = typeof body === 'string' ? body : JSON.stringify(body);
        res.writeHead(status, { 'Content-Type': type, 'x-request-id': 'req_123' });
        res.end(data);
      };
      const error = (status, message, type, code = null) => reply(status, { error: { message, type, param: null, code } });
      if (req.headers.authorization !== 'Bearer sk-test') return error(401, 'Incorrect API key provided: sk-wrong.', 'invalid_request_error', 'invalid_api_key');
      if (req.method === 'GET' && req.url === '/v1/models') {
        return reply(200, { object: 'list', data: [
          { id: 'text-embedding-3-small', object: 'model', created: 1705948997, owned_by: 'system' },
          { id: HASH, object: 'model', created: 1, owned_by: 'remote' }] });
      }
      if (req.method === 'POST' && req.url === '/v1/embeddings') {
        const body = JSON.parse(raw);
        if (body.model === 'boom') return error(500, 'The server had an error', 'server_error');
        if (body.model === 'not-json') return reply(502, '<html>bad gateway</html>', 'text/html');
        if (body.model !== 'text-embedding-3-small') {
          return error(404, `The model \`${body.model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found');
        }
        const texts = typeof body.input === 'string' ? [body.input] : body.input;
        const data = texts.map((t, index) => {
          const v = [0.5, t.length, -1.25];
          const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
          return { object: 'embedding', index, embedding };
        });
        return reply(200, { object: 'list', data, model: 'text-embedding-3-small', usage: { prompt_tokens: 7, total_tokens: 7 } });
      }
      return error(404, `Invalid URL (${req.method} ${req.url})`, 'invalid_request_error');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, requests, url: `http://127.0.0.1:${server.address().port}/v1` };
}

test('hybrid: remote models over HTTP, local ones stay local', { skip }, async () => {
  const stub = await stubServer();
  try {
    const client = new Client({ baseURL: `${stub.url}/`, apiKey: 'sk-test', modelsDir: models(), timeout: 10000 });
    const r = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['ab', 'abcd'], dimensions: 3, user: 'u-1' });
    assert.deepEqual(r, {
      object: 'list',
      data: [{ object: 'embedding', index: 0, embedding: [0.5, 2, -1.25] }, { object: 'embedding', index: 1, embedding: [0.5, 4, -1.25] }],
      model: 'text-embedding-3-small',
      usage: { prompt_tokens: 7, total_tokens: 7 },
    });
    assert.equal(stub.requests.length, 1);
    const [req] = stub.requests;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/v1/embeddings');
    assert.equal(req.headers.authorization, 'Bearer sk-test');
    assert.equal(req.headers['content-type'], 'application/json');
    assert.deepEqual(req.body, { model: 'text-embedding-3-small', input: ['ab', 'abcd'], encoding_format: 'float', dimensions: 3, user: 'u-1' });
    const b = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'abc', encoding_format: 'base64' });
    assert.deepEqual(decodeBase64(b.data[0].embedding), [0.5, 3, -1.25]);
    assert.deepEqual(stub.requests.at(-1).body, { model: 'text-embedding-3-small', input: 'abc', encoding_format: 'base64' });

    // local models never reach the server
    const before = stub.requests.length;
    const local = await client.embeddings.create({ model: HASH, input: 'x' });
    assert.deepEqual(local.data[0].embedding, direct('hash-embedder', { texts: ['x'] })[0][0]);
    await assert.rejects(client.embeddings.create({ model: HASH, input: [1, 2] }), { message: /token ids/ });
    assert.equal(stub.requests.length, before);
    // token arrays go to the server for remote models
    await client.embeddings.create({ model: 'text-embedding-3-small', input: [[1, 2]] }).catch(() => {});
    assert.deepEqual(stub.requests.at(-1).body.input, [[1, 2]]);

    // models: local first, then the remote ones not shadowed
    const page = await client.models.list();
    const ids = page.data.map((m) => m.id);
    assert.equal(ids.at(-1), 'text-embedding-3-small');
    assert.equal(ids.filter((id) => id === HASH).length, 1);
    assert.equal(ids.length, 6);
    assert.deepEqual(page.data.at(-1), { id: 'text-embedding-3-small', object: 'model', created: 1705948997, owned_by: 'system' });
    assert.equal(page.data.find((m) => m.id === HASH).owned_by, 'tests');
    assert.equal(stub.requests.at(-1).method, 'GET');

    // errors with status and message
    await assert.rejects(client.embeddings.create({ model: 'gpt-nope', input: 'x' }), (e) => {
      assert.ok(e instanceof NotFoundError);
      assert.equal(e.status, 404);
      assert.equal(e.code, 'model_not_found');
      assert.equal(e.type, 'invalid_request_error');
      assert.equal(e.requestID, 'req_123');
      assert.equal(e.message, '404 The model `gpt-nope` does not exist or you do not have access to it.');
      return true;
    });
    await assert.rejects(client.embeddings.create({ model: 'boom', input: 'x' }),
      (e) => e instanceof InternalServerError && e.status === 500 && e.message === '500 The server had an error');
    await assert.rejects(client.embeddings.create({ model: 'not-json', input: 'x' }),
      (e) => e instanceof InternalServerError && e.status === 502 && e.message === '502 <html>bad gateway</html>');
    const wrong = new Client({ baseURL: stub.url, apiKey: 'sk-wrong', modelsDir: models() });
    await assert.rejects(wrong.models.list(), (e) => e instanceof AuthenticationError && e.status === 401 &&
      e.code === 'invalid_api_key' && /^401 Incorrect API key provided/.test(e.message));

    // the key from $OPENAI_API_KEY
    const saved = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = 'sk-test';
    try {
      const envClient = new Client({ baseURL: stub.url, modelsDir: models() });
      assert.equal((await envClient.embeddings.create({ model: 'text-embedding-3-small', input: 'x' })).usage.prompt_tokens, 7);
      assert.equal(new Client({ modelsDir: models() }).apiKey, null);  // local only: no key read
    } finally {
      if (saved === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = saved;
    }
    client.close();
  } finally {
    await new Promise((resolve) => stub.server.close(resolve));
  }
});

test('an unreachable server is an APIConnectionError; local models still work', { skip }, async () => {
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  const client = new Client({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'k', modelsDir: models(), timeout: 5000 });
  await assert.rejects(client.embeddings.create({ model: 'remote-model', input: 'x' }),
    (e) => e instanceof APIConnectionError && e.message.startsWith(`Connection error: POST http://127.0.0.1:${port}/v1/embeddings`));
  assert.equal((await client.embeddings.create({ model: HASH, input: 'x' })).model, HASH);
  client.close();
});
