'use strict';
// JS values <-> ingot values for one Library, and one prediction call.
//
// JS -> ingot (arguments), steered by the parameter's manifest type (types.js):
//   null → None; boolean → bool; number → int when the type says int (or
//   does not say, and the number is integral), else float; BigInt → int
//   (must fit in int64); string → str; Buffer / Uint8Array / ArrayBuffer /
//   DataView → bytes; other typed arrays and { data, shape, dtype } → tensor
//   (borrowed, not copied); Array → list, or tuple / set when the type says
//   so; Set → set; Map → dict; plain object → dict with string keys (turned
//   into ints when the key type is int). Arrays of numbers, booleans or
//   strings cross packed (one call for the whole array).
//
// ingot -> JS (results): None → null, bool → boolean, int → number (BigInt
//   beyond ±(2^53 - 1)), float → number, str → string, bytes → Buffer, list
//   and tuple → Array, set → Set, dict → plain object when every key is a
//   str (else a Map), tensor → { data: TypedArray, shape, dtype } viewing
//   the library's memory, a 0-d tensor (numpy scalar) → number / BigInt /
//   boolean.

const { KIND, DTYPES, DTYPE_NAMES, IngotError, keepAlive, koffi } = require('./abi');
const { ANY } = require('./types');

const MAX_DEPTH = 200;
const TWO32 = 4294967296;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const TWO63 = 2 ** 63;
const OVERFLOW = 'Python int too large to convert to C int64';

/** Thrown inside the converter; the path into the argument is added while unwinding. */
class ConversionError extends Error {
  constructor(ErrorClass, message) {
    super(message);
    this.ErrorClass = ErrorClass;
    this.path = [];
  }

  toError(argument) {
    const where = `argument '${argument}'${this.path.reverse().join('')}`;
    return new this.ErrorClass(`${this.message} (in ${where})`);
  }
}

// Typed array class for each dtype, and the dtypes a typed array may carry.
const ARRAY_OF_DTYPE = {
  bool: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
  uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array,
  float16: globalThis.Float16Array || Uint16Array, float32: Float32Array, float64: Float64Array,
};
function defaultDtype(array) {
  if (array instanceof Float32Array) return 'float32';
  if (array instanceof Float64Array) return 'float64';
  if (array instanceof Int8Array) return 'int8';
  if (array instanceof Int16Array) return 'int16';
  if (array instanceof Int32Array) return 'int32';
  if (array instanceof BigInt64Array) return 'int64';
  if (array instanceof Uint8Array || array instanceof Uint8ClampedArray) return 'uint8';
  if (array instanceof Uint16Array) return 'uint16';
  if (array instanceof Uint32Array) return 'uint32';
  if (array instanceof BigUint64Array) return 'uint64';
  if (globalThis.Float16Array && array instanceof globalThis.Float16Array) return 'float16';
  return null;
}

function isPlainObject(x) {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function isTypedArray(x) {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

/** { data: TypedArray, shape: number[], dtype?: string } */
function looksLikeTensor(x) {
  if (!isPlainObject(x) || !isTypedArray(x.data) || !Array.isArray(x.shape)) return false;
  for (const key of Object.keys(x)) if (key !== 'data' && key !== 'shape' && key !== 'dtype') return false;
  return true;
}

function typeName(x) {
  if (x === null) return 'null';
  if (typeof x !== 'object') return typeof x;
  const ctor = x.constructor;
  return ctor && ctor.name ? ctor.name : 'object';
}

function halfToNumber(h) {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

// Owners of native results viewed by JS typed arrays (zero-copy tensors):
// each viewed ArrayBuffer keeps its owner alive (WeakMap), and the result
// value is freed once the owner is collected.
const viewOwners = new WeakMap();
const resultRegistry = new FinalizationRegistry(({ lib, value }) => lib.valueFree(value));

function makeCodec(lib) {
  // Out-parameter cells (read right after each call).
  const scratch = new ArrayBuffer(32);
  const u64 = new BigUint64Array(scratch);
  const i64 = new BigInt64Array(scratch);
  const f64 = new Float64Array(scratch);
  const i32 = new Int32Array(scratch);
  const u32 = new Uint32Array(scratch);
  const u8 = new Uint8Array(scratch);
  const cell = [0, 1, 2, 3].map((i) => u64.subarray(i, i + 1));

  const created = (v) => {
    if (v === null) throw new ConversionError(IngotError, `the library could not create a value: ${lib.lastError()}`);
    return v;
  };

  // ---- JS -> ingot --------------------------------------------------------

  function toValue(x, t, depth) {
    if (t.k === 'union') t = pickMember(t, x);
    switch (typeof x) {
      case 'string':
        return stringValue(x);
      case 'number':
        return numberValue(x, t.k);
      case 'boolean':
        return created(lib.valueCreateBool(x));
      case 'bigint':
        if (x < INT64_MIN || x > INT64_MAX) throw new ConversionError(RangeError, OVERFLOW);
        return created(lib.valueCreateInt64(x));
      case 'object':
        if (x === null) return created(lib.valueCreateNone());
        return objectValue(x, t, depth);
      case 'undefined':
        throw new ConversionError(TypeError, 'undefined cannot be passed to a predictor (null is None)');
      default:
        throw new ConversionError(TypeError, `cannot pass a value of type ${typeof x} to a predictor`);
    }
  }

  function stringValue(s) {
    checkWellFormed(s);
    return created(lib.valueCreateString(s, Buffer.byteLength(s, 'utf8')));
  }

  function checkWellFormed(s) {
    if (typeof s.isWellFormed === 'function' && !s.isWellFormed()) {
      throw new ConversionError(TypeError, 'a string with an unpaired surrogate is not valid UTF-8');
    }
  }

  function numberValue(x, k) {
    if (k !== 'float' && Number.isInteger(x) && (k === 'int' || !Object.is(x, -0))) {
      if (Math.abs(x) < TWO63 || x === -TWO63) {
        return created(lib.valueCreateInt64(Number.isSafeInteger(x) ? x : BigInt(x)));
      }
      if (k === 'int') throw new ConversionError(RangeError, OVERFLOW);
    }
    return created(lib.valueCreateFloat64(x));
  }

  /** The member of a union a JS value stands for (else 'any': the library checks). */
  function pickMember(t, x) {
    const has = (k) => t.args.find((m) => m.k === k);
    let m;
    switch (typeof x) {
      case 'number':
        m = Number.isInteger(x) ? has('int') || has('float') : has('float') || has('int');
        break;
      case 'bigint':
        m = has('int');
        break;
      case 'boolean':
        m = has('bool');
        break;
      case 'string':
        m = has('str');
        break;
      case 'object':
        if (x === null) m = has('none');
        else if (Array.isArray(x)) m = has('list') || has('tuple') || has('vartuple') || has('set');
        else if (x instanceof Set) m = has('set');
        else if (x instanceof Map) m = has('dict');
        else if (x instanceof Uint8Array && !looksLikeTensor(x)) m = has('bytes') || has('tensor');
        else if (isTypedArray(x) || looksLikeTensor(x)) m = has('tensor') || has('list');
        else if (isPlainObject(x)) m = has('dict');
        break;
      default:
    }
    return m || ANY;
  }

  function objectValue(x, t, depth) {
    const k = t.k;
    if (Array.isArray(x)) {
      if (k === 'tensor') return tensorValue(x);
      if (k === 'tuple') return itemsValue(x, KIND.TUPLE, (i) => t.args[i] || ANY, depth);
      if (k === 'vartuple') return itemsValue(x, KIND.TUPLE, () => t.args[0], depth);
      if (k === 'set') return itemsValue(x, KIND.SET, () => t.args[0], depth);
      const itemType = k === 'list' ? t.args[0] : ANY;
      const packed = packedList(x, itemType);
      if (packed !== null) return packed;
      return itemsValue(x, KIND.LIST, () => itemType, depth);
    }
    if (x instanceof Set) return itemsValue(x, KIND.SET, () => (k === 'set' ? t.args[0] : ANY), depth);
    if (x instanceof Map) return dictValue(x.entries(), k === 'dict' ? t : null, depth, false);
    if (ArrayBuffer.isView(x)) {
      if (k === 'tensor') return tensorValue(x);
      if (k === 'list') return listFromTypedArray(x, t.args[0], depth);
      if (k === 'tuple' || k === 'vartuple' || k === 'set') return objectValue(Array.from(x), t, depth);
      if (x instanceof DataView || x instanceof Uint8Array || k === 'bytes') return bytesValue(x);
      return tensorValue(x);
    }
    if (x instanceof ArrayBuffer) return bytesValue(new Uint8Array(x));
    if (isPlainObject(x)) {
      if (k === 'tensor' || (k !== 'dict' && looksLikeTensor(x))) return tensorValue(x);
      return dictValue(Object.entries(x), k === 'dict' ? t : null, depth, true);
    }
    throw new ConversionError(TypeError, `cannot pass a value of type ${typeName(x)} to a predictor`);
  }

  function tooDeep() {
    return new ConversionError(RangeError,
      `the value is nested more than ${MAX_DEPTH} levels deep (does a container contain itself?)`);
  }

  function itemsValue(items, kind, typeAt, depth) {
    if (depth >= MAX_DEPTH) throw tooDeep();
    const c = created(lib.valueCreateContainer(kind));
    let index = 0;
    try {
      for (const item of items) {
        const v = toValue(item, typeAt(index), depth + 1);
        if (lib.valueAppend(c, v) !== 0) {
          const detail = lib.lastError();
          lib.valueFree(v);
          throw new ConversionError(TypeError, detail || 'ingot_value_append failed');
        }
        index++;
      }
    } catch (e) {
      lib.valueFree(c);
      if (e instanceof ConversionError) e.path.push(kind === KIND.SET ? ` (a set item, at ${index})` : `[${index}]`);
      throw e;
    }
    return c;
  }

  function dictValue(entries, t, depth, stringKeys) {
    if (depth >= MAX_DEPTH) throw tooDeep();
    const keyType = t ? t.args[0] : ANY;
    const valueType = t ? t.args[1] : ANY;
    const c = created(lib.valueCreateContainer(KIND.DICT));
    let key;
    try {
      for (const [k, item] of entries) {
        key = k;
        const kv = stringKeys ? objectKeyValue(k, keyType) : toValue(k, keyType, depth + 1);
        let v;
        try {
          v = toValue(item, valueType, depth + 1);
        } catch (e) {
          lib.valueFree(kv);
          throw e;
        }
        if (lib.valueDictSet(c, kv, v) !== 0) {
          const detail = lib.lastError();
          lib.valueFree(kv);
          lib.valueFree(v);
          throw new ConversionError(TypeError, detail || 'ingot_value_dict_set failed');
        }
      }
    } catch (e) {
      lib.valueFree(c);
      if (e instanceof ConversionError) e.path.push(`[${typeof key === 'string' ? JSON.stringify(key) : typeName(key)}]`);
      throw e;
    }
    return c;
  }

  /** A plain object's key (always a string in JS): an int or float when the key type says so. */
  function objectKeyValue(key, keyType) {
    const k = keyType.k === 'union' ? (keyType.args.find((m) => m.k === 'int' || m.k === 'float') || ANY).k : keyType.k;
    if ((k === 'int' && /^-?(0|[1-9][0-9]*)$/.test(key)) || (k === 'float' && key.trim() !== '' && !Number.isNaN(Number(key)))) {
      return k === 'int' ? toValue(BigInt(key), { k: 'int', args: [] }, 0) : created(lib.valueCreateFloat64(Number(key)));
    }
    return stringValue(key);
  }

  function bytesValue(view) {
    return created(lib.valueCreateBytes(view, view.byteLength));
  }

  function listFromTypedArray(x, itemType, depth) {
    if (lib.packedLists && x instanceof Float64Array && (itemType.k === 'float' || itemType.k === 'any')) {
      return created(lib.valueCreateFloat64List(x, x.length));
    }
    return objectValue(Array.from(x), { k: 'list', args: [itemType] }, depth);
  }

  /**
   * One packed value for an array whose items are all numbers, all BigInts
   * / integral numbers, all booleans or all strings (as the item type
   * allows); null for any other array.
   */
  function packedList(x, itemType) {
    const n = x.length;
    if (!lib.packedLists || n === 0) return null;
    const k = itemType.k;
    switch (typeof x[0]) {
      case 'number':
      case 'bigint': {
        if (k !== 'any' && k !== 'int' && k !== 'float') return null;
        let integral = k !== 'float';
        let big = false;
        for (let i = 0; i < n; i++) {
          const v = x[i];
          if (typeof v === 'number') {
            if (integral && !(Number.isSafeInteger(v) && (k === 'int' || !Object.is(v, -0)))) integral = false;
          } else if (typeof v === 'bigint' && k !== 'float') {
            big = true;
          } else {
            return null;
          }
        }
        if (big) {
          if (!integral) return null;  // BigInts and fractions: item by item
          const data = new BigInt64Array(n);
          for (let i = 0; i < n; i++) {
            const v = BigInt(x[i]);
            if (v < INT64_MIN || v > INT64_MAX) {
              const e = new ConversionError(RangeError, OVERFLOW);
              e.path.push(`[${i}]`);
              throw e;
            }
            data[i] = v;
          }
          return created(lib.valueCreateInt64List(data, n));
        }
        if (integral) {
          const words = new Int32Array(2 * n);  // little-endian int64s as (low, high) words
          for (let i = 0; i < n; i++) {
            const v = x[i];
            const high = Math.floor(v / TWO32);
            words[2 * i] = (v - high * TWO32) | 0;
            words[2 * i + 1] = high;
          }
          return created(lib.valueCreateInt64List(words, n));
        }
        if (k === 'int') return null;  // fractions in a list[int]: the library says which item is wrong
        return created(lib.valueCreateFloat64List(Float64Array.from(x), n));
      }
      case 'boolean': {
        if (k !== 'any' && k !== 'bool') return null;
        const data = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
          const v = x[i];
          if (typeof v !== 'boolean') return null;
          data[i] = v ? 1 : 0;
        }
        return created(lib.valueCreateBoolList(data, n));
      }
      case 'string': {
        if (k !== 'any' && k !== 'str') return null;
        const offsets = new Uint32Array(2 * (n + 1));  // size_t, as (low, high) words
        let total = 0;
        for (let i = 0; i < n; i++) {
          const s = x[i];
          if (typeof s !== 'string') return null;
          try {
            checkWellFormed(s);
          } catch (e) {
            e.path.push(`[${i}]`);
            throw e;
          }
          offsets[2 * i] = total % TWO32;
          offsets[2 * i + 1] = Math.floor(total / TWO32);
          total += Buffer.byteLength(s, 'utf8');
        }
        offsets[2 * n] = total % TWO32;
        offsets[2 * n + 1] = Math.floor(total / TWO32);
        const data = Buffer.from(x.join(''), 'utf8');
        return created(lib.valueCreateStringList(data, offsets, n));
      }
      default:
        return null;
    }
  }

  function tensorValue(x) {
    let data;
    let shape;
    let dtype;
    if (isTypedArray(x)) {
      data = x;
      shape = [x.length];
      dtype = defaultDtype(x);
    } else if (isPlainObject(x) && isTypedArray(x.data) && Array.isArray(x.shape)) {
      ({ data, shape } = x);
      dtype = x.dtype === undefined ? defaultDtype(data) : x.dtype;
    } else {
      throw new ConversionError(TypeError,
        `expected a tensor: a typed array or { data: TypedArray, shape: number[], dtype? }, got ${typeName(x)}`);
    }
    const code = DTYPES[dtype];
    if (code === undefined) throw new ConversionError(TypeError, `unknown tensor dtype ${JSON.stringify(dtype)}`);
    const Expected = ARRAY_OF_DTYPE[dtype];
    const fits = data instanceof Expected || (dtype === 'uint8' && data instanceof Uint8ClampedArray) ||
      (dtype === 'float16' && data instanceof Uint16Array);
    if (!fits) {
      throw new ConversionError(TypeError, `a tensor of dtype ${dtype} needs its data in a ${Expected.name}, got ${typeName(data)}`);
    }
    let count = 1;
    for (const d of shape) {
      if (!Number.isSafeInteger(d) || d < 0) throw new ConversionError(TypeError, `bad tensor shape [${shape.join(', ')}]`);
      count *= d;
    }
    if (count !== data.length) {
      throw new ConversionError(TypeError,
        `tensor shape [${shape.join(', ')}] holds ${count} items, its data ${data.length}`);
    }
    const dims = new BigInt64Array(Math.max(shape.length, 1));
    shape.forEach((d, i) => { dims[i] = BigInt(d); });
    if (data.byteLength === 0) return created(lib.valueCreateTensor(code, dims, shape.length, null, null, null));
    // Borrowed, not copied: the library calls release once it is done with
    // the memory (at the latest when the prediction's values are freed).
    void data.buffer;  // (moves a small on-heap typed array off the heap, to a fixed address)
    const [release, id] = keepAlive(data);
    return created(lib.valueCreateTensor(code, dims, shape.length, data, release, BigInt(id)));
  }

  // ---- ingot -> JS ------------------------------------------------------

  function readInt64(slot) {
    const value = i32[2 * slot + 1] * TWO32 + u32[2 * slot];
    return Number.isSafeInteger(value) ? value : i64[slot];
  }

  function check(status, what) {
    if (status !== 0) throw new IngotError(`${what} failed: ${lib.lastError()}`);
  }

  /** `owner`: the context of a result we own (tensors may view it), or null (copy tensors). */
  function fromValue(v, owner) {
    const kind = lib.valueGetKind(v);
    switch (kind) {
      case KIND.INT64:
        lib.valueGetInt64(v, cell[0]);
        return readInt64(0);
      case KIND.FLOAT64:
        lib.valueGetFloat64(v, cell[0]);
        return f64[0];
      case KIND.STRING: {
        check(lib.valueGetData(v, cell[0], cell[1]), 'ingot_value_get_data');
        const n = Number(u64[1]);
        return n ? koffi.decode.string(u64[0], n) : '';
      }
      case KIND.BOOL:
        lib.valueGetBool(v, cell[0]);
        return u8[0] !== 0;
      case KIND.NONE:
        return null;
      case KIND.LIST: {
        if (lib.packedLists) {
          check(lib.valueGetPackedKind(v, cell[0]), 'ingot_value_get_packed_kind');
          const packedKind = i32[0];
          if (packedKind !== KIND.NONE) return packedFromValue(v, packedKind);
        }
        return itemsFromValue(v, owner);
      }
      case KIND.TUPLE:
        return itemsFromValue(v, owner);
      case KIND.SET:
        return new Set(itemsFromValue(v, owner));
      case KIND.DICT:
        return dictFromValue(v, owner);
      case KIND.BYTES: {
        check(lib.valueGetData(v, cell[0], cell[1]), 'ingot_value_get_data');
        const n = Number(u64[1]);
        return n ? Buffer.from(koffi.decode(u64[0], 'uint8_t', n)) : Buffer.alloc(0);
      }
      case KIND.TENSOR:
        return tensorFromValue(v, owner);
      default:
        throw new IngotError(`the library returned a value of unknown kind ${kind}`);
    }
  }

  function itemsFromValue(v, owner) {
    check(lib.valueGetLength(v, cell[0]), 'ingot_value_get_length');
    const n = Number(u64[0]);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      check(lib.valueGetItem(v, i, cell[0]), 'ingot_value_get_item');
      out[i] = fromValue(u64[0], owner);
    }
    return out;
  }

  function dictFromValue(v, owner) {
    check(lib.valueGetLength(v, cell[0]), 'ingot_value_get_length');
    const n = Number(u64[0]);
    const keys = new Array(n);
    const values = new Array(n);
    let allStrings = true;
    for (let i = 0; i < n; i++) {
      check(lib.valueGetPair(v, i, cell[0], cell[1]), 'ingot_value_get_pair');
      const item = u64[1];
      const key = fromValue(u64[0], owner);
      keys[i] = key;
      values[i] = fromValue(item, owner);
      if (typeof key !== 'string') allStrings = false;
    }
    if (!allStrings) return new Map(keys.map((key, i) => [key, values[i]]));
    const out = {};
    for (let i = 0; i < n; i++) {
      if (keys[i] === '__proto__') {
        Object.defineProperty(out, '__proto__', { value: values[i], enumerable: true, writable: true, configurable: true });
      } else {
        out[keys[i]] = values[i];
      }
    }
    return out;
  }

  function packedFromValue(v, kind) {
    if (kind === KIND.STRING) {
      check(lib.valueGetStringArray(v, cell[0], cell[1], cell[2]), 'ingot_value_get_string_array');
      const n = Number(u64[2]);
      if (n === 0) return [];
      const dataAt = u64[0];
      const offsets = koffi.decode(u64[1], 'uint64_t', n + 1);
      const words = new Uint32Array(offsets.buffer, offsets.byteOffset, 2 * (n + 1));
      const total = words[2 * n] + words[2 * n + 1] * TWO32;
      const bytes = total ? koffi.decode(dataAt, 'uint8_t', total) : new Uint8Array(0);
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const out = new Array(n);
      for (let i = 0; i < n; i++) {
        out[i] = buffer.toString('utf8', words[2 * i] + words[2 * i + 1] * TWO32,
          words[2 * i + 2] + words[2 * i + 3] * TWO32);
      }
      return out;
    }
    let getter;
    let type;
    if (kind === KIND.FLOAT64) [getter, type] = [lib.valueGetFloat64Array, 'double'];
    else if (kind === KIND.INT64) [getter, type] = [lib.valueGetInt64Array, 'int64_t'];
    else if (kind === KIND.BOOL) [getter, type] = [lib.valueGetBoolArray, 'uint8_t'];
    else throw new IngotError(`the library returned a list packed as unknown kind ${kind}`);
    check(getter(v, cell[0], cell[1]), 'reading a packed list');
    const n = Number(u64[1]);
    if (n === 0) return [];
    const items = koffi.decode(u64[0], type, n);
    if (kind === KIND.FLOAT64) return Array.from(items);
    const out = new Array(n);
    if (kind === KIND.BOOL) {
      for (let i = 0; i < n; i++) out[i] = items[i] !== 0;
      return out;
    }
    const words = new Int32Array(items.buffer, items.byteOffset, 2 * n);
    for (let i = 0; i < n; i++) {
      const value = words[2 * i + 1] * TWO32 + (words[2 * i] >>> 0);
      out[i] = Number.isSafeInteger(value) ? value : items[i];
    }
    return out;
  }

  function tensorFromValue(v, owner) {
    check(lib.valueGetTensor(v, cell[0], cell[1], cell[2], cell[3]), 'ingot_value_get_tensor');
    const code = i32[0];
    const shapeAt = u64[1];
    const ndim = i32[4];
    const dataAt = u64[3];
    const dtype = DTYPE_NAMES[code];
    if (dtype === undefined) throw new IngotError(`the library returned a tensor of unknown dtype ${code}`);
    const shape = ndim ? Array.from(koffi.decode(shapeAt, 'int64_t', ndim), Number) : [];
    const Type = ARRAY_OF_DTYPE[dtype];
    const count = shape.reduce((a, b) => a * b, 1);
    const nbytes = count * Type.BYTES_PER_ELEMENT;
    let data;
    if (nbytes === 0 || dataAt === null) {
      data = new Type(0);
    } else if (owner !== null && ndim > 0) {
      data = viewOf(dataAt, nbytes, Type, owner);
    } else {
      const bytes = koffi.decode(dataAt, 'uint8_t', nbytes);
      data = new Type(bytes.buffer, bytes.byteOffset, count);
    }
    if (ndim === 0) {  // a numpy scalar
      const x = data[0];
      if (dtype === 'bool') return x !== 0;
      if (dtype === 'float16' && Type === Uint16Array) return halfToNumber(x);
      if (typeof x === 'bigint') return x >= -(2n ** 53n) + 1n && x <= 2n ** 53n - 1n ? Number(x) : x;
      return x;
    }
    return { data, shape, dtype };
  }

  /** A typed array over the library's memory (no copy), keeping the result alive. */
  function viewOf(dataAt, nbytes, Type, owner) {
    let buffer;
    try {
      buffer = koffi.view(dataAt, nbytes);
    } catch {  // runtimes that refuse external buffers: copy
      const bytes = koffi.decode(dataAt, 'uint8_t', nbytes);
      return new Type(bytes.buffer, bytes.byteOffset, nbytes / Type.BYTES_PER_ELEMENT);
    }
    viewOwners.set(buffer, owner);
    owner.viewed = true;
    return new Type(buffer);
  }

  /** The result of a prediction, which the caller has taken (owns). */
  function fromResult(v) {
    const owner = { viewed: false };
    let value;
    try {
      value = fromValue(v, owner);
    } catch (e) {
      if (!owner.viewed) lib.valueFree(v);
      throw e;
    }
    if (owner.viewed) resultRegistry.register(owner, { lib, value: v });
    else lib.valueFree(v);
    return value;
  }

  // ---- one prediction ---------------------------------------------------

  /**
   * Runs one prediction with `args` (name → JS value, already checked
   * against the parameters); `types` maps names to parsed types. Returns {
   * value, errorType, errorMessage, logs, latencyMs }; throws for arguments
   * that cannot be converted and for failures of the library.
   */
  function predict(handle, args, types) {
    const inputs = lib.valueMapCreate();
    if (inputs === null) throw new IngotError(`ingot_value_map_create failed: ${lib.lastError()}`);
    let failure = null;
    let prediction = null;
    try {
      for (const name in args) {
        let v;
        try {
          v = toValue(args[name], types[name] || ANY, 0);
        } catch (e) {
          if (e instanceof ConversionError) throw e.toError(name);
          throw e;
        }
        if (lib.valueMapSet(inputs, name, v) !== 0) {
          const detail = lib.lastError();
          lib.valueFree(v);
          throw new IngotError(`ingot_value_map_set failed: ${detail}`);
        }
      }
      const status = lib.predictorPredict(handle, inputs, cell[0]);
      if (status !== 0) failure = lib.statusError('ingot_predictor_predict', status);
      else prediction = u64[0];
    } finally {
      lib.valueMapFree(inputs);
    }
    if (failure !== null) throw failure;
    try {
      const logs = lib.predictionGetLogs(prediction) || '';
      const latencyMs = lib.predictionGetLatencyMs(prediction);
      const errorType = lib.predictionGetErrorType(prediction);
      if (errorType !== null) {
        const errorMessage = lib.predictionGetErrorMessage(prediction) || '';
        return { value: undefined, errorType, errorMessage, logs, latencyMs };
      }
      const result = lib.predictionTakeResult(prediction);
      if (result === null) throw new IngotError('the bundle returned neither a result nor an exception');
      return { value: fromResult(result), errorType: null, errorMessage: null, logs, latencyMs };
    } finally {
      lib.predictionFree(prediction);
    }
  }

  /** JS value → ingot value → JS value, without predicting (for tests). */
  function roundTrip(x, type) {
    let v;
    try {
      v = toValue(x, type || ANY, 0);
    } catch (e) {
      if (e instanceof ConversionError) throw e.toError('value');
      throw e;
    }
    return fromResult(v);
  }

  return { predict, roundTrip };
}

const codecs = new WeakMap();
function codecFor(lib) {
  let codec = codecs.get(lib);
  if (codec === undefined) {
    codec = makeCodec(lib);
    codecs.set(lib, codec);
  }
  return codec;
}

module.exports = { codecFor, ARRAY_OF_DTYPE };
