// Types of the ingot Node.js package (clients/node). See README.md.

/** numpy's dtype names, as the ABI's ingot_dtype. */
export type Dtype =
  | 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'float16' | 'float32' | 'float64';

export type TensorData =
  | Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | BigInt64Array
  | Uint8Array | Uint8ClampedArray | Uint16Array | Uint32Array | BigUint64Array;

/**
 * An n-dimensional array (numpy.ndarray). Results view the library's memory
 * without copying (kept alive as long as `data` or its buffer is reachable);
 * bool is a Uint8Array of 0/1, float16 a Uint16Array of raw bits.
 */
export interface Tensor<D extends TensorData = TensorData> {
  data: D;
  shape: number[];
  dtype: Dtype;
}

/** What a predictor returns: Python's values as JS values. */
export type Value =
  | null | boolean | number | bigint | string | Buffer
  | Value[] | Set<Value> | Map<Value, Value> | { [key: string]: Value }
  | Tensor;

/** What a predictor accepts (see README.md: numbers follow the declared type). */
export type Input =
  | null | boolean | number | bigint | string
  | Uint8Array | ArrayBuffer | DataView | TensorData
  | readonly Input[] | Set<Input> | Map<Input, Input> | { [key: string]: Input }
  | { data: TensorData; shape: readonly number[]; dtype?: Dtype };

export type Arguments = { [name: string]: Input | undefined };

/** A parameter as manifest.json describes it. */
export interface Parameter {
  name: string;
  type: string | null;
  default?: unknown;
}

/** A Python exception raised by the compiled function: `name` is its class ('KeyError'), `message` its str(). */
export class PredictionError extends Error {
  constructor(type: string, message: string, logs?: string, latencyMs?: number);
  /** The Python class name (the same as `name`). */
  type: string;
  /** What print() wrote before the exception. */
  logs: string;
  latencyMs: number;
}

/** Ingot itself failed: a bundle that cannot be loaded, an ABI mismatch, a library call that failed. */
export class IngotError extends Error {
  code?: string;
}

/** The outcome of one call (Predictor.run). */
export class Prediction<R = Value> {
  /** The result, or undefined when the function raised. */
  value: R | undefined;
  error: PredictionError | null;
  /** What print() wrote during the call. */
  logs: string;
  /** Wall time of the call in the compiled function, in milliseconds. */
  latencyMs: number;
  /** The value, or throws the error. */
  result(): R;
}

export interface LoadOptions {
  /** Write what the function prints to process.stdout after each call. */
  echoLogs?: boolean;
}

/** A loaded bundle. Call it with one object of named arguments. */
export interface Predictor<R = Value> {
  (args?: Arguments): R;
  /** The same as calling the predictor. */
  predict(args?: Arguments): R;
  /** Runs once and returns the outcome instead of throwing the function's exception. */
  run(args?: Arguments): Prediction<R>;
  /** What print() wrote during the last call. */
  readonly logs: string;
  /** Wall time of the last call, in milliseconds. */
  readonly latencyMs: number;
  /** manifest.json, parsed. */
  readonly manifest: Record<string, unknown>;
  readonly tag: string | null;
  /** The compiled function's name (also `name`). */
  readonly entry: string;
  readonly description: string | null;
  readonly parameters: Parameter[];
  readonly returns: string | null;
  /** The bundle folder (absolute). */
  readonly path: string;
  readonly freed: boolean;
  /** `entry(name: type = default, ...) -> returns` */
  signature(): string;
  /** Frees the native predictor now; idempotent. Calls afterwards throw an IngotError. */
  free(): void;
  [Symbol.dispose](): void;
}

export const Predictor: {
  new <R = Value>(dir: string, options?: LoadOptions): Predictor<R>;
  prototype: Predictor;
};

/** Loads a bundle folder made by `ingot compile` (or the .so inside it). */
export function load<R = Value>(dir: string, options?: LoadOptions): Predictor<R>;

/** The C ABI version this package speaks (INGOT_ABI_VERSION). */
export const ABI_VERSION: number;

declare const ingot: {
  load: typeof load;
  Predictor: typeof Predictor;
  Prediction: typeof Prediction;
  PredictionError: typeof PredictionError;
  IngotError: typeof IngotError;
  ABI_VERSION: number;
};
export default ingot;
