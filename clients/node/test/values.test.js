'use strict';
// Conversions through the library without predicting (Predictor._roundTrip:
// JS → ingot value → JS) and through real predictions: numbers and BigInt
// edges, packed lists, containers, dict keys, bytes, tensors (zero copy both
// ways, every dtype).

const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('..');
const abi = require('../lib/abi');
const { missingCompiler, compile, assertSame } = require('./helpers');

const skip = missingCompiler() || false;
let p;
const predictor = () => (p ||= load(compile('word_count')));
const rt = (value, type) => predictor()._roundTrip(value, type);

test('scalars', { skip }, () => {
  for (const x of [null, true, false, 0, -1, 42, 2.5, -0.0, Infinity, -Infinity, '', 'héllo ✓ 😀', 'a\0b']) {
    assertSame(rt(x), x);
  }
  assert.ok(Number.isNaN(rt(NaN)));
  assertSame(rt(3, 'float'), 3);
});

test('int64 edges: BigInt beyond ±(2^53 - 1), numbers within', { skip }, () => {
  const max = 2n ** 63n - 1n;
  const min = -(2n ** 63n);
  assertSame(rt(max), max);
  assertSame(rt(min), min);
  assertSame(rt(2n ** 53n), 2n ** 53n);
  assertSame(rt(-(2n ** 53n)), -(2n ** 53n));
  assertSame(rt(2n ** 53n - 1n), Number.MAX_SAFE_INTEGER);  // a BigInt that fits comes back a number
  assertSame(rt(Number.MIN_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
  assertSame(rt(2 ** 60, 'int'), 2n ** 60n);                  // an exact but unsafe number
  assertSame(rt([max, 1, -5, min]), [max, 1, -5, min]);       // packed, mixed BigInt and numbers
  assertSame(rt([2 ** 53 - 1, -(2 ** 53 - 1), 0, -1]), [2 ** 53 - 1, -(2 ** 53 - 1), 0, -1]);
  assert.throws(() => rt(2n ** 63n), { name: 'RangeError', message: /too large to convert to C int64 \(in argument 'value'\)/ });
  assert.throws(() => rt([1, min - 1n]), { name: 'RangeError', message: /\(in argument 'value'\[1\]\)/ });
  assert.throws(() => rt(1e20, 'int'), { name: 'RangeError' });
  assertSame(rt(1e20), 1e20);  // an integral number too big for int64 and no type: a float
});

test('numbers follow the declared type', { skip }, () => {
  const floats = rt([1, 2, 3], 'list[float]');
  assertSame(floats, [1, 2, 3]);
  assertSame(rt({ a: 1 }, 'dict[str, float]'), { a: 1 });
  assertSame(rt([1, 2.5]), [1, 2.5]);
  assertSame(rt(new Float64Array([1.5, -2])), { data: new Float64Array([1.5, -2]), shape: [2], dtype: 'float64' });
  assertSame(rt(new Float64Array([1.5, -2]), 'list[float]'), [1.5, -2]);
  assertSame(rt(new Int32Array([1, -2]), 'list[int]'), [1, -2]);
});

test('packed lists and item-by-item lists', { skip }, () => {
  const n = 10000;
  const floats = Array.from({ length: n }, (_, i) => i / 7);
  assertSame(rt(floats), floats);
  const ints = Array.from({ length: n }, (_, i) => i * 1000003 - 5e9);
  assertSame(rt(ints), ints);
  const strs = Array.from({ length: n }, (_, i) => `s${i}é`);
  assertSame(rt(strs), strs);
  const bools = Array.from({ length: n }, (_, i) => i % 3 === 0);
  assertSame(rt(bools), bools);
  assertSame(rt([]), []);
  assertSame(rt([1, 'a', null, [true]]), [1, 'a', null, [true]]);
  assertSame(rt(['', '', 'x']), ['', '', 'x']);
});

test('containers: tuples, sets, dicts, Maps, bytes', { skip }, () => {
  assertSame(rt([1, 'a'], 'tuple[int, str]'), [1, 'a']);
  assertSame(rt(new Set([3, 1, 2])), new Set([3, 1, 2]));
  assertSame(rt([1, 2, 2], 'set[int]'), new Set([1, 2]));
  assertSame(rt({ b: 1, a: [2, { c: null }] }), { b: 1, a: [2, { c: null }] });
  // non-str keys: a Map (keys converted; tuple keys come back as arrays)
  assertSame(rt(new Map([[1, 'one'], [2.5, 'x'], ['s', [1n]]])), new Map([[1, 'one'], [2.5, 'x'], ['s', [1]]]));
  // Python equality of keys: 1 and true are one key (the first key stays, the last value wins)
  assertSame(rt(new Map([[1, 'one'], [true, 'yes']])), new Map([[1, 'yes']]));
  // plain-object keys become ints when the key type says int
  assertSame(rt({ 10: 'a', '-3': 'b' }, 'dict[int, str]'), new Map([[10, 'a'], [-3, 'b']]));
  const proto = rt(JSON.parse('{"__proto__": 1, "x": 2}'));
  assert.deepEqual(Object.keys(proto), ['__proto__', 'x']);
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
  assertSame(rt(Buffer.from([0, 1, 255])), Buffer.from([0, 1, 255]));
  assertSame(rt(new Uint8Array([7, 8]).buffer), Buffer.from([7, 8]));
  assertSame(rt(new Uint8Array(0)), Buffer.alloc(0));
  assertSame(rt(new Uint8Array([1, 2]), 'np.ndarray'), { data: new Uint8Array([1, 2]), shape: [2], dtype: 'uint8' });
});

test('unconvertible values: clear errors naming the place', { skip }, () => {
  assert.throws(() => rt([1, () => 1]), { name: 'TypeError', message: "cannot pass a value of type function to a predictor (in argument 'value'[1])" });
  assert.throws(() => rt({ a: [undefined] }), { name: 'TypeError', message: /undefined cannot be passed.*\(in argument 'value'\["a"\]\[0\]\)/ });
  assert.throws(() => rt(new Date(0)), { name: 'TypeError', message: /type Date/ });
  assert.throws(() => rt(Symbol('x')), { name: 'TypeError', message: /symbol/ });
  assert.throws(() => rt(new Set([[1]])), { name: 'TypeError', message: /unhashable|hashable/ });
  const cyclic = [];
  cyclic.push(cyclic);
  assert.throws(() => rt(cyclic), { name: 'RangeError', message: /nested more than 200 levels/ });
  if (typeof ''.isWellFormed === 'function') {
    assert.throws(() => rt(['ok', 'bad\ud800']), { name: 'TypeError', message: /unpaired surrogate.*\[1\]/ });
  }
});

const DTYPE_ARRAYS = {
  bool: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
  uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array,
  float16: Uint16Array, float32: Float32Array, float64: Float64Array,
};

test('tensors of every dtype round-trip with their shape', { skip }, () => {
  for (const [dtype, Type] of Object.entries(DTYPE_ARRAYS)) {
    const big = Type === BigInt64Array || Type === BigUint64Array;
    const data = new Type(6).map((_, i) => (big ? BigInt(i) : dtype === 'bool' ? i % 2 : i));
    const back = rt({ data, shape: [2, 3], dtype });
    assert.equal(back.dtype, dtype);
    assert.deepEqual(back.shape, [2, 3]);
    assert.ok(back.data instanceof Type, `${dtype}: ${back.data.constructor.name}`);
    assert.deepEqual(Array.from(back.data), Array.from(data));
  }
  assertSame(rt({ data: new Float32Array(0), shape: [0, 4] }), { data: new Float32Array(0), shape: [0, 4], dtype: 'float32' });
  // 0-d tensors (numpy scalars) come back as JS scalars
  assertSame(rt({ data: new Float32Array([1.5]), shape: [] }), 1.5);
  assertSame(rt({ data: new BigInt64Array([2n ** 60n]), shape: [] }), 2n ** 60n);
  assertSame(rt({ data: new BigInt64Array([5n]), shape: [] }), 5);
  assertSame(rt({ data: new Uint8Array([1]), shape: [], dtype: 'bool' }), true);
  assertSame(rt({ data: new Uint16Array([0x3e00]), shape: [], dtype: 'float16' }), 1.5);
});

test('tensors: bad shapes and dtypes are refused', { skip }, () => {
  assert.throws(() => rt({ data: new Float32Array(5), shape: [2, 3] }), { name: 'TypeError', message: /holds 6 items, its data 5/ });
  assert.throws(() => rt({ data: new Float32Array(2), shape: [2], dtype: 'float64' }), { name: 'TypeError', message: /needs its data in a Float64Array/ });
  assert.throws(() => rt({ data: new Float32Array(2), shape: [2], dtype: 'complex64' }), { name: 'TypeError', message: /unknown tensor dtype/ });
  assert.throws(() => rt({ data: new Float32Array(2), shape: [-2] }), { name: 'TypeError', message: /bad tensor shape/ });
  assert.throws(() => rt([1, 2], 'np.ndarray'), { name: 'TypeError', message: /expected a tensor/ });
});

test('tensors cross without copying, both ways', { skip }, () => {
  const before = abi.borrowedCount();
  const input = new Float32Array(1024).fill(1);
  const out = rt({ data: input, shape: [32, 32] });
  // The library borrowed the JS memory, and the result views the library's tensor: all one memory.
  input[5] = 42;
  assert.equal(out.data[5], 42);
  assert.equal(abi.borrowedCount(), before + 1, 'the JS array is kept alive while the result views it');
  assert.deepEqual(out.shape, [32, 32]);
});

test('a prediction still works after all this', { skip }, () => {
  assertSame(predictor()({ text: 'b a b' }), { b: 2, a: 1 });
});
