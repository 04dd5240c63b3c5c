'use strict';
// Exceptions of the compiled code as JS Errors, and bad input: a clear
// error, and the predictor stays usable.

const test = require('node:test');
const assert = require('node:assert/strict');
const { load, PredictionError, IngotError } = require('..');
const { missingCompiler, compile } = require('./helpers');

const skip = missingCompiler() || false;

test('Python exceptions become Errors named after their class', { skip }, () => {
  const ratio = load(compile('exceptions'));
  let error;
  try {
    ratio({ table: { a: 1000000, b: 1 }, num: 'a', den: 'b' });
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof PredictionError && error instanceof Error);
  assert.equal(error.name, 'KeyError');
  assert.equal(error.message, "'overflow'");
  assert.equal(error.type, 'KeyError');
  assert.match(error.stack, /^KeyError: 'overflow'\n/);
  assert.equal(String(error), "KeyError: 'overflow'");
  assert.throws(() => ratio({ table: { a: -10, b: 3 }, num: 'a', den: 'b' }),
    { name: 'ValueError', message: 'negative ratio -4 for a/b' });
  // run() returns the error instead of throwing it
  const prediction = ratio.run({ table: {}, num: 'x', den: 'y' });
  assert.equal(prediction.value, 'missing \'x\'');
  assert.equal(prediction.error, null);
  const failed = ratio.run({ table: { a: -10, b: 3 }, num: 'a', den: 'b' });
  assert.equal(failed.error.name, 'ValueError');
  assert.throws(() => failed.result(), { name: 'ValueError' });
});

test("numpy's AxisError keeps its class name", { skip }, () => {
  const axisError = load(compile('npr_axis_error'));
  const a = { data: new Float64Array([0, 1, 2, 3, 4, 5]), shape: [2, 3], dtype: 'float64' };
  assert.throws(() => axisError({ a, axis: 2, op: 0 }),
    { name: 'AxisError', type: 'AxisError', message: 'axis 2 is out of bounds for array of dimension 2' });
  // caught inside the predictor by `except ValueError`
  const [asValue, asIndex, expanded] = axisError({ a, axis: 2, op: 2 });
  assert.equal(asValue, 'ValueError: axis 2 is out of bounds for array of dimension 2');
  assert.equal(asIndex, 'ok');
  assert.deepEqual(expanded.shape, [2, 3, 1]);
});

test('bad input: clear errors, and the predictor stays usable', { skip }, () => {
  const count = load(compile('word_count'));
  const ok = () => assert.deepEqual(count({ text: 'a b a' }), { a: 2, b: 1 });
  ok();
  const cases = [
    [undefined, { name: 'TypeError', message: "word_counts() missing 1 required positional argument: 'text'" }],
    [{}, { name: 'TypeError', message: "word_counts() missing 1 required positional argument: 'text'" }],
    [{ text: undefined }, { name: 'TypeError', message: /missing 1 required/ }],
    [{ text: 'a', colour: 1 }, { name: 'TypeError', message: "word_counts() got an unexpected keyword argument 'colour'" }],
    [{ text: 1 }, { name: 'TypeError', message: "argument 'text': expected str, got int" }],
    [{ text: ['a'] }, { name: 'TypeError', message: "argument 'text': expected str, got list" }],
    [{ text: 'a', min_count: 1.5 }, { name: 'TypeError', message: "argument 'min_count': expected int, got float" }],
    [{ text: 'a', min_count: 2n ** 64n }, { name: 'RangeError', message: "Python int too large to convert to C int64 (in argument 'min_count')" }],
    [{ text: 'a', min_count: () => 1 }, { name: 'TypeError', message: "cannot pass a value of type function to a predictor (in argument 'min_count')" }],
    ['a b', { name: 'TypeError', message: /takes one plain object of named arguments/ }],
    [['a b'], { name: 'TypeError', message: /takes one plain object of named arguments/ }],
    [new Map([['text', 'a']]), { name: 'TypeError', message: /takes one plain object/ }],
  ];
  for (const [args, expected] of cases) {
    assert.throws(() => count(args), expected, require('node:util').inspect(args));
    ok();
  }
  // BigInt arguments are ints
  assert.deepEqual(count({ text: 'a a b', min_count: 2n }), { a: 2 });
  // several required parameters missing: CPython's wording
  const ratio = load(compile('exceptions'));
  assert.throws(() => ratio({ num: 'a' }), { name: 'TypeError', message: "ratio() missing 2 required positional arguments: 'table' and 'den'" });
});

test('loading something that is not a bundle', { skip }, () => {
  assert.throws(() => load('/nonexistent/bundle'), { name: 'IngotError', message: /no such folder/ });
  assert.throws(() => load(__filename), IngotError);
  assert.throws(() => load(__dirname), { name: 'IngotError', message: /libpredictor\.so is missing/ });
});

test('logs and latency', { skip }, () => {
  const printing = load(compile('printing'));
  const prediction = printing.run({ names: ['ann', 'bob'], scores: [3, 4] });
  assert.equal(prediction.value, 7);
  assert.equal(prediction.logs, "0 | ann | 3\n1 | bob | 4\ntotal: 7\n\n1.5 True None [1, 2] ('a',) {'k': 2.0}\n");
  assert.equal(printing.logs, prediction.logs);
  assert.ok(prediction.logs.length > 0, 'printing prints');
  assert.equal(printing.latencyMs, prediction.latencyMs);
  assert.ok(prediction.latencyMs > 0);
});
