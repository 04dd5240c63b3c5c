'use strict';
// The embedding example (examples/embedding/predictor.py: llama.cpp inside
// the bundle) with a tiny generated BERT in place of all-MiniLM-L6-v2's
// weights: called directly and through the OpenAI-style client, compared
// with the Python client on the same bundle and with llama-cpp-python's
// token counts.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { Client, load, BadRequestError } = require('..');
const { missingCompiler } = require('./helpers');

const REPO = path.resolve(__dirname, '..', '..', '..');
const INGOT = process.env.INGOT_BIN || path.join(REPO, 'build', 'ingot');
const PYTHON = process.env.PYTHON || 'python3';
const MODEL = 'sentence-transformers/all-MiniLM-L6-v2';
const TEXTS = ['hello world', 'the cat sat on the mat', 'ünïcödé 日本語', 'a'];

/** Why these tests cannot run here, or false. */
function cannotRun() {
  const missing = missingCompiler();
  if (missing) return missing;
  const probe = spawnSync(PYTHON, ['-c', 'import llama_cpp, sys; sys.path.insert(0, "tests/models"); import tiny_gguf'],
    { cwd: REPO, encoding: 'utf8' });
  return probe.status === 0 ? false : `llama-cpp-python or the tiny GGUF writer is missing: ${probe.stderr.trim().split('\n').pop()}`;
}
const skip = cannotRun();

let work = null;
/** {models, bundle, source}: the example compiled against a tiny BERT, in a models folder. */
function example() {
  if (work) return work;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingot-embedding-'));
  const source = path.join(dir, 'predictor.py');
  fs.copyFileSync(path.join(REPO, 'examples', 'embedding', 'predictor.py'), source);
  execFileSync(PYTHON, [path.join(REPO, 'tests', 'models', 'tiny_gguf.py'), 'bert', path.join(dir, 'all-MiniLM-L6-v2.gguf')]);
  const models = path.join(dir, 'models');
  const bundle = path.join(models, 'minilm');
  const run = spawnSync(INGOT, ['compile', source, '-o', bundle, '-q'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ingot compile failed: ${run.stderr}`);
  work = { dir, models, bundle, source };
  return work;
}

test('direct call: a float32 tensor (N, D) and the token count', { skip }, () => {
  const embed = load(example().bundle);
  const [vectors, tokens] = embed({ texts: TEXTS });
  assert.ok(vectors.data instanceof Float32Array);
  assert.deepEqual(vectors.shape, [TEXTS.length, 32]);
  assert.ok(Number.isInteger(tokens) && tokens > TEXTS.length);
  for (let i = 0; i < TEXTS.length; i++) {
    const row = vectors.data.subarray(i * 32, (i + 1) * 32);
    assert.ok(Math.abs(Math.hypot(...row) - 1) < 1e-5);
  }
  assert.throws(() => embed({ texts: ['a'], dimensions: 0 }), (e) => e.name === 'ValueError' && /dimensions must be/.test(e.message));
  embed.free();
});

test('the client: OpenAI\'s shape, real token counts, the same answers as Python', { skip }, async () => {
  const { models, dir } = example();
  const client = new Client({ modelsDir: models });
  const r = await client.embeddings.create({ model: MODEL, input: TEXTS });
  assert.deepEqual(Object.keys(r), ['object', 'data', 'model', 'usage']);
  assert.equal(r.object, 'list');
  assert.equal(r.model, MODEL);
  assert.equal(r.data.length, TEXTS.length);
  r.data.forEach((d, i) => {
    assert.deepEqual(Object.keys(d), ['object', 'index', 'embedding']);
    assert.equal(d.object, 'embedding');
    assert.equal(d.index, i);
    assert.equal(d.embedding.length, 32);
  });
  const script = `
import json, os, sys
sys.path.insert(0, ${JSON.stringify(path.join(REPO, 'bindings', 'python'))})
from ingot.client import Client
import llama_cpp
texts = json.loads(sys.argv[2])
c = Client(models_dir=sys.argv[1])
out = [c.embeddings.create(model="${MODEL}", input=texts, encoding_format=f, dimensions=d).model_dump()
       for f, d in [("float", None), ("base64", None), ("float", 8)]]
m = llama_cpp.Llama(model_path=os.path.join(sys.argv[3], "all-MiniLM-L6-v2.gguf"), embedding=True, verbose=False)
out.append(sum(len(m.tokenize(t.encode())) for t in texts))
print(json.dumps(out))
`;
  const py = JSON.parse(execFileSync(PYTHON, ['-c', script, models, JSON.stringify(TEXTS), dir], { encoding: 'utf8' }));
  const ours = [];
  for (const [fmt, dims] of [['float', null], ['base64', null], ['float', 8]]) {
    ours.push(await client.embeddings.create({ model: MODEL, input: TEXTS, encoding_format: fmt, dimensions: dims }));
  }
  for (let i = 0; i < 3; i++) assert.deepEqual(ours[i], py[i]);
  assert.equal(r.usage.prompt_tokens, py[3]);  // the model's tokenizer, as llama-cpp-python counts
  assert.equal(r.usage.total_tokens, py[3]);
  assert.equal(ours[2].data[0].embedding.length, 8);
  client.close();
});

test('the client: 2,048 inputs, a single string, bad input', { skip }, async () => {
  const client = new Client({ modelsDir: example().models });
  const many = Array.from({ length: 2048 }, (_, i) => `sentence number ${i}`);
  const r = await client.embeddings.create({ model: MODEL, input: many });
  assert.equal(r.data.length, 2048);
  assert.equal(r.data[2047].index, 2047);
  const one = await client.embeddings.create({ model: MODEL, input: 'hello world' });
  assert.equal(one.data.length, 1);
  assert.deepEqual(one.data[0].embedding, r.data.length && (await client.embeddings.create({ model: MODEL, input: ['hello world'] })).data[0].embedding);
  for (const input of [42, [['a']], [], [1, 2, 3]]) {
    await assert.rejects(client.embeddings.create({ model: MODEL, input }), (e) => e instanceof BadRequestError);
  }
  client.close();
});
