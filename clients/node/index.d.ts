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

// ---- the OpenAI-style client (lib/client.js, docs/client.md) ----

export interface ClientOptions {
  /** An OpenAI-compatible server for the models not found locally, e.g. 'https://api.openai.com/v1'. */
  baseURL?: string | null;
  /** Its Bearer token (default: $OPENAI_API_KEY when baseURL is set). */
  apiKey?: string | null;
  /** The folder of bundles (default: $INGOT_MODELS, else ~/.ingot/models). */
  modelsDir?: string;
  /** Timeout of remote requests, in milliseconds (default 600000). */
  timeout?: number;
  /** Texts per predictor call (default 256). */
  batchSize?: number;
  defaultHeaders?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
}

export interface EmbeddingCreateParams {
  /** A bundle's tag (or a path to a bundle folder), or a remote model. */
  model: string;
  /** A string or a list of strings (token-id arrays: remote models only). */
  input: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  /** Shortened embeddings (Matryoshka): local models must declare a `dimensions` parameter. */
  dimensions?: number | null;
  user?: string | null;
}

export interface Embedding {
  /** The vector, or (encoding_format 'base64') the base64 of its little-endian float32 bytes. */
  embedding: number[] | string;
  index: number;
  object: 'embedding';
}

export interface CreateEmbeddingResponse {
  object: 'list';
  data: Embedding[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

export interface Model {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}

export interface ModelsPage {
  object: 'list';
  data: Model[];
}

export interface RequestOptions {
  /** Milliseconds, for a remote server. */
  timeout?: number;
}

export class Client {
  constructor(options?: ClientOptions);
  readonly baseURL: string | null;
  readonly apiKey: string | null;
  readonly timeout: number;
  /** The folder searched for bundles. */
  readonly modelsDir: string;
  embeddings: {
    create(params: EmbeddingCreateParams, options?: RequestOptions): Promise<CreateEmbeddingResponse>;
  };
  models: {
    list(options?: RequestOptions): Promise<ModelsPage>;
    retrieve(model: string, options?: RequestOptions): Promise<Model>;
  };
  /** Frees the loaded predictors (loaded again when used). */
  close(): void;
}

/** The client's errors, named as in the official `openai` package. */
export class APIError extends Error {
  /** The HTTP status (400 / 404 for errors the client finds in a local request); undefined for connection errors. */
  status: number | undefined;
  /** The error object ({ message, type, param, code }) or the raw body. */
  error: unknown;
  code: string | null;
  param: string | null;
  type: string | null;
  headers: Headers | undefined;
  requestID: string | null;
}
export class APIConnectionError extends APIError {}
export class APIConnectionTimeoutError extends APIConnectionError {}
export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}
/** A local bundle whose signature does not fit embeddings (400). */
export class UnsupportedModelError extends BadRequestError {}

declare const ingot: {
  load: typeof load;
  Predictor: typeof Predictor;
  Prediction: typeof Prediction;
  PredictionError: typeof PredictionError;
  IngotError: typeof IngotError;
  ABI_VERSION: number;
  Client: typeof Client;
  APIError: typeof APIError;
  APIConnectionError: typeof APIConnectionError;
  APIConnectionTimeoutError: typeof APIConnectionTimeoutError;
  BadRequestError: typeof BadRequestError;
  AuthenticationError: typeof AuthenticationError;
  PermissionDeniedError: typeof PermissionDeniedError;
  NotFoundError: typeof NotFoundError;
  ConflictError: typeof ConflictError;
  UnprocessableEntityError: typeof UnprocessableEntityError;
  RateLimitError: typeof RateLimitError;
  InternalServerError: typeof InternalServerError;
  UnsupportedModelError: typeof UnsupportedModelError;
};
export default ingot;
