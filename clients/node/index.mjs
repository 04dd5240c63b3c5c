// ESM entry: the same objects as the CommonJS entry (index.js).
import ingot from './index.js';

export const { load, Predictor, Prediction, PredictionError, IngotError, ABI_VERSION } = ingot;
export const {
  Client, APIError, APIConnectionError, APIConnectionTimeoutError, BadRequestError, AuthenticationError,
  PermissionDeniedError, NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError,
  InternalServerError, UnsupportedModelError,
} = ingot;
export default ingot;
