'use strict';
// Parses the type strings of manifest.json ("int", "list[tuple[int, str]]",
// "Optional[str]", "int | None", "np.ndarray", ...) into small trees that
// steer the conversion of JS values: JS has one number type, so whether 3
// crosses as an int or a float, and whether an array is a list, a tuple or a
// set, is read from the parameter's declared type.
//
// A type is { k, args }: k one of 'any', 'none', 'bool', 'int', 'float',
// 'str', 'bytes', 'list', 'tuple' (fixed items: args), 'vartuple'
// (tuple[T, ...]: args[0]), 'set', 'dict' (args[0] key, args[1] value),
// 'union' (args: the members), 'tensor'. Anything not understood is 'any'
// (the value's own JS type decides, and the library checks it).

const ANY = Object.freeze({ k: 'any', args: [] });

const SIMPLE = {
  int: 'int', float: 'float', bool: 'bool', str: 'str', bytes: 'bytes', bytearray: 'bytes',
  None: 'none', NoneType: 'none', Any: 'any', object: 'any',
};
const GENERIC = {
  list: 'list', List: 'list', Sequence: 'list',
  tuple: 'tuple', Tuple: 'tuple',
  set: 'set', Set: 'set', frozenset: 'set', FrozenSet: 'set',
  dict: 'dict', Dict: 'dict', Mapping: 'dict',
  Optional: 'optional', Union: 'union',
};
const TENSOR_NAMES = new Set(['ndarray', 'NDArray']);

function tokenize(text) {
  const tokens = [];
  const re = /\s*(\.\.\.|[A-Za-z_][A-Za-z_0-9.]*|[\[\],|]|\S)/y;
  let m;
  while (re.lastIndex < text.length && (m = re.exec(text)) !== null) tokens.push(m[1]);
  return tokens;
}

function parseType(text) {
  if (typeof text !== 'string' || text.trim() === '') return ANY;
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  function union() {
    const members = [atom()];
    while (peek() === '|') {
      next();
      members.push(atom());
    }
    return members.length === 1 ? members[0] : makeUnion(members);
  }

  function atom() {
    const name = next();
    if (name === undefined) throw new Error('unexpected end');
    let args = null;
    if (peek() === '[') {
      next();
      args = [];
      if (peek() !== ']') {
        args.push(union());
        while (peek() === ',') {
          next();
          args.push(union());
        }
      }
      if (next() !== ']') throw new Error('expected ]');
    }
    if (name === '...') return { k: '...', args: [] };
    const base = name.slice(name.lastIndexOf('.') + 1);  // typing.List, np.ndarray, npt.NDArray
    if (TENSOR_NAMES.has(base)) return { k: 'tensor', args: [] };
    if (SIMPLE[base] !== undefined && args === null) return SIMPLE[base] === 'any' ? ANY : { k: SIMPLE[base], args: [] };
    const generic = GENERIC[base];
    if (generic === undefined) return ANY;
    args = args || [];
    switch (generic) {
      case 'list':
      case 'set':
        return { k: generic, args: [args[0] || ANY] };
      case 'dict':
        return { k: 'dict', args: [args[0] || ANY, args[1] || ANY] };
      case 'tuple':
        if (args.length === 2 && args[1].k === '...') return { k: 'vartuple', args: [args[0]] };
        if (args.length === 0) return { k: 'vartuple', args: [ANY] };  // bare `tuple`
        return { k: 'tuple', args };
      case 'optional':
        return makeUnion([args[0] || ANY, { k: 'none', args: [] }]);
      default:
        return makeUnion(args);
    }
  }

  try {
    const t = union();
    return i === tokens.length ? t : ANY;
  } catch {
    return ANY;
  }
}

function makeUnion(members) {
  const flat = [];
  for (const m of members) {
    if (m.k === 'any') return ANY;
    for (const x of m.k === 'union' ? m.args : [m]) flat.push(x);
  }
  return flat.length === 1 ? flat[0] : { k: 'union', args: flat };
}

module.exports = { parseType, ANY };
