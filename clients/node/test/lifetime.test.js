'use strict';
// Lifetimes: explicit free (idempotent, Symbol.dispose), predictors freed by
// the GC (FinalizationRegistry), tensors borrowed and viewed across GC, and
// memory that stays flat over many calls and loads.
//
// The GC tests run in a child process with --expose-gc, so that they can
// force collections whatever flags the test runner was started with.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { load, IngotError } = require('..');
const { missingCompiler, compile } = require('./helpers');

const skip = missingCompiler() || false;

test('free() is idempotent; calls after it throw; Symbol.dispose frees', { skip }, () => {
  const dir = compile('word_count');
  const count = load(dir);
  assert.equal(count.freed, false);
  count.free();
  count.free();
  assert.equal(count.freed, true);
  assert.throws(() => count({ text: 'a' }), { name: 'IngotError', message: /has been freed/ });
  assert.throws(() => count.run({ text: 'a' }), IngotError);
  const other = load(dir);
  const dispose = Symbol.dispose || Symbol.for('nodejs.dispose');
  other[dispose]();
  assert.equal(other.freed, true);
  other.free();
});

function runChild(script, bundle) {
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', script, bundle], {
    encoding: 'utf8', cwd: path.join(__dirname, '..'), timeout: 120000,
  });
  assert.equal(child.status, 0, `child failed:\n${child.stdout}\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

const GC_PRELUDE = `
  const { load } = require('.');
  const abi = require('./lib/abi');
  const bundle = process.argv[1];
  const settle = async () => {
    for (let i = 0; i < 10; i++) { global.gc(); await new Promise((r) => setTimeout(r, 5)); }
  };
  const rssMiB = () => process.memoryUsage().rss / 1048576;
`;

test('predictors nobody references are freed by the GC', { skip }, (t) => {
  const result = runChild(`${GC_PRELUDE}
    (async () => {
      // Count native frees by wrapping the library's ingot_predictor_free.
      const lib = abi.openLibrary(require('path').join(bundle, 'libpredictor.so'));
      let frees = 0;
      const realFree = lib.predictorFree;
      lib.predictorFree = (h) => { frees++; realFree(h); };
      (() => { for (let i = 0; i < 50; i++) load(bundle)({ text: 'a b' }); })();
      await settle();
      const collected = frees;
      const kept = load(bundle);
      await settle();
      const afterKept = frees;
      kept.free();
      kept.free();
      await settle();
      console.log(JSON.stringify({ collected, afterKept, final: frees, works: kept.freed }));
    })();`, compile('word_count'));
  t.diagnostic(JSON.stringify(result));
  assert.ok(result.collected >= 45, `GC freed ${result.collected} of 50 predictors`);
  assert.equal(result.afterKept, result.collected, 'a referenced predictor is not freed');
  assert.equal(result.final, result.collected + 1, 'free() frees once, and the GC does not free it again');
});

test('borrowed input tensors are released; viewed results live as long as their arrays', { skip }, () => {
  const result = runChild(`${GC_PRELUDE}
    (async () => {
      const p = load(bundle);
      const start = abi.borrowedCount();
      let view = p._roundTrip({ data: new Float64Array(1 << 16).fill(3), shape: [256, 256] });
      p.free();                       // the result does not depend on the predictor
      await settle();
      const whileViewed = abi.borrowedCount() - start;
      const sum = view.data.reduce((a, b) => a + b, 0);
      view = null;
      await settle();
      console.log(JSON.stringify({ whileViewed, sum, after: abi.borrowedCount() - start }));
    })();`, compile('word_count'));
  assert.equal(result.whileViewed, 1);
  assert.equal(result.sum, 3 * 65536);
  assert.equal(result.after, 0, 'released once the view was collected');
});

test('memory stays flat over 10,000 calls and 500 loads and frees', { skip }, (t) => {
  const result = runChild(`${GC_PRELUDE}
    (async () => {
      const p = load(bundle);
      const text = 'the quick brown fox jumps over the lazy dog '.repeat(20);
      const round = () => { for (let i = 0; i < 10000; i++) p({ text, min_count: 1 }); };
      round();
      await settle();
      const before = rssMiB();
      round(); round(); round();
      for (let i = 0; i < 500; i++) load(bundle).free();
      for (let i = 0; i < 200; i++) p._roundTrip({ data: new Float32Array(4096), shape: [64, 64] });
      await settle();
      console.log(JSON.stringify({ growth: rssMiB() - before, borrowed: abi.borrowedCount() }));
    })();`, compile('word_count'));
  t.diagnostic(JSON.stringify(result));
  assert.ok(result.growth < 20, `RSS grew by ${result.growth.toFixed(1)} MiB over 30,000 calls`);
  assert.equal(result.borrowed, 0);
});
