'use strict';
// The functions of include/ingot.h, declared with koffi for one loaded
// libpredictor.so. Every bundle's library exports the same functions; a
// value made by one library must be used and freed by that same library, so
// each library gets its own table, shared by all predictors loaded from it.
// Libraries are never unloaded (values and results may outlive a predictor).
//
// Pointers are BigInts (koffi 3); NULL comes back as null. Out-parameters
// are passed as typed-array views of a scratch buffer (koffi passes a typed
// array as a pointer to its memory, without copying) and read right after
// the call.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const koffi = require('koffi');

const ABI_VERSION = 1;
// The ABI additions this package knows (INGOT_ABI_MINOR_VERSION).
const ABI_MINOR_VERSION = 1;

const KIND = Object.freeze({
  NONE: 0, BOOL: 1, INT64: 2, FLOAT64: 3, STRING: 4, BYTES: 5,
  LIST: 6, TUPLE: 7, SET: 8, DICT: 9, TENSOR: 10,
});

const STATUS_OK = 0;
const STATUS_OUT_OF_MEMORY = 3;

// ingot_dtype codes, by numpy's dtype name.
const DTYPES = Object.freeze({
  bool: 0, int8: 1, int16: 2, int32: 3, int64: 4, uint8: 5, uint16: 6,
  uint32: 7, uint64: 8, float16: 9, float32: 10, float64: 11,
});
const DTYPE_NAMES = Object.keys(DTYPES);

class IngotError extends Error {
  constructor(message) {
    super(message);
    this.name = 'IngotError';
  }
}

const DECLARATIONS = [
  'uint32_t ingot_abi_version()',
  'const char* ingot_status_string(int status)',
  'const char* ingot_last_error_message()',
  'void* ingot_value_create_none()',
  'void* ingot_value_create_bool(bool value)',
  'void* ingot_value_create_int64(int64_t value)',
  'void* ingot_value_create_float64(double value)',
  'void* ingot_value_create_string(const char* data, size_t size)',
  'void* ingot_value_create_bytes(const void* data, size_t size)',
  'void* ingot_value_create_container(int kind)',
  'void* ingot_value_create_tensor(int dtype, const void* shape, int32_t ndim, void* data, ingot_release_fn* release, void* context)',
  'void ingot_value_free(void* value)',
  'int ingot_value_get_kind(void* value)',
  'int ingot_value_get_bool(void* value, void* out)',
  'int ingot_value_get_int64(void* value, void* out)',
  'int ingot_value_get_float64(void* value, void* out)',
  'int ingot_value_get_data(void* value, void* data, void* size)',
  'int ingot_value_get_length(void* value, void* out)',
  'int ingot_value_get_item(void* value, size_t index, void* out)',
  'int ingot_value_get_pair(void* value, size_t index, void* key, void* item)',
  'int ingot_value_append(void* container, void* item)',
  'int ingot_value_dict_set(void* dict, void* key, void* item)',
  'int ingot_value_get_tensor(void* value, void* dtype, void* shape, void* ndim, void* data)',
  'void* ingot_value_map_create()',
  'void ingot_value_map_free(void* map)',
  'int ingot_value_map_set(void* map, const char* name, void* value)',
  'int ingot_predictor_create(const char* bundle_dir, void* out)',
  'void ingot_predictor_free(void* predictor)',
  'const char* ingot_predictor_get_manifest(void* predictor)',
  'int ingot_predictor_predict(void* predictor, void* inputs, void* out)',
  'void ingot_prediction_free(void* prediction)',
  'void* ingot_prediction_get_result(void* prediction)',
  'void* ingot_prediction_take_result(void* prediction)',
  'const char* ingot_prediction_get_error_type(void* prediction)',
  'const char* ingot_prediction_get_error_message(void* prediction)',
  'const char* ingot_prediction_get_logs(void* prediction)',
  'double ingot_prediction_get_latency_ms(void* prediction)',
];

// [since 1.1] packed lists: bound when the library has all of them.
const PACKED_DECLARATIONS = [
  'void* ingot_value_create_float64_list(const void* data, size_t count)',
  'void* ingot_value_create_int64_list(const void* data, size_t count)',
  'void* ingot_value_create_bool_list(const void* data, size_t count)',
  'void* ingot_value_create_string_list(const void* data, const void* offsets, size_t count)',
  'int ingot_value_get_packed_kind(void* value, void* out)',
  'int ingot_value_get_float64_array(void* list, void* data, void* count)',
  'int ingot_value_get_int64_array(void* list, void* data, void* count)',
  'int ingot_value_get_bool_array(void* list, void* data, void* count)',
  'int ingot_value_get_string_array(void* list, void* data, void* offsets, void* count)',
];

// The release callback of borrowed input tensors: ingot_value_create_tensor
// calls it exactly once when the library no longer needs the JS memory;
// until then the typed array is kept alive here, under the context number.
koffi.proto('void ingot_release_fn(void* context)');
const borrowed = new Map();
let nextBorrow = 1;
let releaseCallback = null;

function keepAlive(object) {
  if (releaseCallback === null) {
    releaseCallback = koffi.register((context) => { borrowed.delete(Number(context)); },
      koffi.pointer(koffi.type('ingot_release_fn')));
  }
  const id = nextBorrow++;
  borrowed.set(id, object);
  return [releaseCallback, id];
}

function camel(name) {
  return name.slice('ingot_'.length).replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function functionName(declaration) {
  return declaration.match(/(ingot_[a-z0-9_]+)\(/)[1];
}

class Library {
  constructor(file) {
    this.path = file;
    let handle;
    try {
      handle = koffi.load(file);
    } catch (e) {
      throw new IngotError(`cannot load ${file}: ${e.message}`);
    }
    const missing = [];
    for (const declaration of DECLARATIONS) {
      try {
        this[camel(functionName(declaration))] = handle.func(declaration);
      } catch {
        missing.push(functionName(declaration));
      }
    }
    if (missing.length) {
      throw new IngotError(`${file} is not an Ingot bundle library: it does not export ${missing.join(', ')}`);
    }
    const packed = {};
    let hasAll = true;
    for (const declaration of PACKED_DECLARATIONS) {
      try {
        packed[camel(functionName(declaration))] = handle.func(declaration);
      } catch {
        hasAll = false;
      }
    }
    // Whether the library holds lists of floats, ints, bools and strs packed.
    this.packedLists = hasAll;
    if (hasAll) Object.assign(this, packed);
    const version = this.abiVersion();
    if (version !== ABI_VERSION) {
      throw new IngotError(`${file} implements Ingot ABI version ${version}, this package speaks version ` +
        `${ABI_VERSION}: recompile the bundle with a matching ingot`);
    }
  }

  lastError() {
    return this.lastErrorMessage() || '';
  }

  /** The error for a failed call (status != OK), with the library's message. */
  statusError(what, status) {
    const text = this.statusString(status) || `status ${status}`;
    const detail = this.lastError();
    const error = new IngotError(`${what} failed: ${text}${detail ? `: ${detail}` : ''}`);
    if (status === STATUS_OUT_OF_MEMORY) error.code = 'ENOMEM';
    return error;
  }
}

const libraries = new Map();   // file identity -> Library
const loadedPaths = new Set(); // real paths dlopen()ed once

/**
 * The Library for the file at `file`, loaded once per process. dlopen()
 * hands back the library already loaded from a path even when the file has
 * since been replaced (a bundle recompiled in place); such a new file is
 * loaded from a private copy instead, so that the new code runs.
 */
function openLibrary(file) {
  let real;
  let st;
  try {
    real = fs.realpathSync(file);
    st = fs.statSync(real, { bigint: true });
  } catch (e) {
    throw new IngotError(`cannot load ${file}: ${e.message}`);
  }
  const identity = `${real}\0${st.dev}\0${st.ino}\0${st.size}\0${st.mtimeNs}`;
  let library = libraries.get(identity);
  if (library !== undefined) return library;
  let from = real;
  if (loadedPaths.has(real)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingot-lib-'));
    from = path.join(dir, path.basename(real));
    fs.copyFileSync(real, from);
  }
  library = new Library(from);
  libraries.set(identity, library);
  loadedPaths.add(real);
  return library;
}

module.exports = {
  ABI_VERSION, ABI_MINOR_VERSION, KIND, DTYPES, DTYPE_NAMES, STATUS_OK,
  IngotError, Library, openLibrary, keepAlive, koffi,
  /** How many JS tensors the libraries still borrow (for tests). */
  borrowedCount: () => borrowed.size,
};
