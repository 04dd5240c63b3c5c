'use strict';
// Differential tests: predictors of tests/predictors compiled with
// build/ingot, called from Node on their CASES, against CPython's outcomes
// (values with their types and order, exception names and messages, logs).

const test = require('node:test');
const assert = require('node:assert/strict');
const { load, PredictionError } = require('..');
const { missingCompiler, compile, expectedOutcomes, decode, holdsHugeInt, assertSame } = require('./helpers');

// Chosen to cover every kind of value the compiler handles today: str, int,
// float (with inf / nan / -0.0), bool, bytes, None, list, tuple, set, dict
// (str and non-str keys), Optional / unions, exceptions, print().
const PREDICTORS = [
  'word_count', 'tuples', 'exceptions', 'optional_params', 'dict_ops',
  'float_math', 'bools', 'bytes_ops', 'sets', 'printing', 'int_arithmetic', 'overflow',
  'numeric_unions', 'c_nested_containers', 'c_int_edge_containers', 'c_set_ops',
  'c_dict_keyerror', 'n_exception_hierarchy', 'n_float_special', 's_split_variants',
];

const skip = missingCompiler() || false;

for (const name of PREDICTORS) {
  test(`corpus: ${name}`, { skip }, () => {
    const predictor = load(compile(name));
    const { entry, cases } = expectedOutcomes(name);
    assert.equal(predictor.entry, entry);
    assert.ok(cases.length > 0, 'the predictor has CASES');
    cases.forEach((c, i) => {
      const where = `${name} case ${i} ${JSON.stringify(c.input)}`;
      const args = decode(c.input);
      if (holdsHugeInt(c.input)) {
        assert.throws(() => predictor(args), { name: 'RangeError', message: /too large to convert to C int64/ }, where);
        return;
      }
      const prediction = predictor.run(args);
      if (c.error) {
        assert.ok(prediction.error instanceof PredictionError, `${where}: expected ${c.error[0]}, got ${prediction.value}`);
        assert.equal(prediction.error.name, c.error[0], where);
        assert.equal(prediction.error.message, c.error[1], where);
        assert.throws(() => predictor(args), { name: c.error[0], message: c.error[1] }, where);
      } else {
        assert.equal(prediction.error, null, `${where}: raised ${prediction.error && prediction.error.stack}`);
        assertSame(prediction.value, decode(c.value), where);
      }
      assert.equal(prediction.logs, c.logs, `${where}: logs`);
      assert.equal(predictor.logs, c.logs, `${where}: predictor.logs`);
      assert.ok(prediction.latencyMs >= 0 && Number.isFinite(prediction.latencyMs), `${where}: latency`);
    });
    predictor.free();
  });
}
