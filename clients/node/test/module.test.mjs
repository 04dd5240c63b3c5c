// The package loads both ways: ESM import and CommonJS require, with the same objects.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ingot, { load, Predictor, PredictionError, IngotError, ABI_VERSION } from '../index.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

test('ESM import and require() give the same package', async () => {
  const cjs = require(path.join(here, '..'));
  assert.equal(load, cjs.load);
  assert.equal(ingot.load, cjs.load);
  assert.equal(Predictor, cjs.Predictor);
  assert.equal(PredictionError, cjs.PredictionError);
  assert.equal(IngotError, cjs.IngotError);
  assert.equal(ABI_VERSION, 1);
  const viaExports = await import(path.join(here, '..', 'index.mjs'));
  assert.equal(viaExports.load, cjs.load);
});

test('package.json exports and types', () => {
  const pkg = require('../package.json');
  assert.equal(pkg.exports['.'].import, './index.mjs');
  assert.equal(pkg.exports['.'].require, './index.js');
  assert.equal(pkg.exports['.'].types, './index.d.ts');
  assert.match(pkg.dependencies.koffi, /^\d+\.\d+\.\d+$/, 'pinned');
});
