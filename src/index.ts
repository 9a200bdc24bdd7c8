export { createLiveAvatarClient } from './liveavatar.ts';
export type { LiveAvatarClient } from './liveavatar.ts';
export { createApiClient } from './client.ts';
export type { ApiClient, GeneratedApi } from './client.ts';
export type { CallOptions, ClientOptions, LogFields, Logger, SessionTokenSource } from './options.ts';
export type {
  AccessFor,
  AnyCredentials,
  CallablePath,
  CheckedOptions,
  CredentialAccess,
  CredentialName,
  GivenCredentials,
  MissingCredential,
  NoCredentials,
} from './credential-types.ts';
export type { OperationTable, SecuritySchemeEntry, SuccessBodyKind } from './operation-table.ts';
export type {
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
