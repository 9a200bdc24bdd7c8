export { createApiClient, createLiveAvatarClient } from './client.ts';
export type { ApiClient, LiveAvatarClient } from './client.ts';
export type {
  AccessFor,
  AnyCredentials,
  CallablePath,
  CallOptions,
  CheckedOptions,
  ClientOptions,
  CredentialAccess,
  CredentialName,
  GeneratedApi,
  GivenCredentials,
  LogFields,
  Logger,
  MissingCredential,
  NoCredentials,
  OperationTable,
  SecuritySchemeEntry,
  SessionTokenSource,
  SuccessBodyKind,
  CallArgs,
  CallInit,
  OperationData,
  PageItem,
  PaginatedPath,
  ResponseDetails,
  SpecInit,
  Unwrap,
} from './types.ts';
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  LiveAvatarError,
  MiddlewareError,
  MissingCredentialError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  TimeoutError,
  UnprocessableEntityError,
} from './errors.ts';
export type { MiddlewareHook, MockViolation, OperationRef, ValidationErrorDetail } from './errors.ts';
/** openapi-fetch's middleware type, which `client.use` takes. */
export type { Middleware } from 'openapi-fetch';
export type { paths, components, operations } from '../generated/schema.d.ts';
export type { SecurityMap } from '../generated/security-map.ts';
