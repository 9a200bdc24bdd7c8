/**
 * What the mock answers, transport-neutral: a status and a JSON body. The HTTP mock writes it to a socket, MSW
 * handlers turn it into a `Response`. Bodies are LiveAvatar's `{code, data, message}` envelope, errors included.
 */
export interface MockAnswer<Data = unknown> {
  status: number;
  body: Envelope<Data>;
}

export interface Envelope<Data = unknown> {
  code: number;
  data: Data;
  message: string;
}

/** The envelope code of every success, as the real API sends it (the official web SDK accepts nothing else). */
export const SUCCESS_CODE = 1000;

/**
 * Envelope codes of errors. 4003 (403, "Not authenticated") and 4000 (422, request validation) are the codes
 * seen in public reports of the live API; the others follow the same pattern (4000 + the status's last digits)
 * or are the mock's own, so a UI can tell the session errors apart. The live API does not publish its list.
 */
export const ERROR_CODES = {
  badRequest: 4000,
  unauthenticated: 4001,
  forbidden: 4003,
  notFound: 4004,
  validation: 4000,
  rateLimited: 4029,
  internal: 5000,
  sessionNotStarted: 4007,
  sessionExpired: 4008,
  sessionEnded: 4009,
  sessionAlreadyStarted: 4010,
} as const;

export function success<Data>(status: number, data: Data, message = 'Success'): MockAnswer<Data> {
  return { status, body: { code: SUCCESS_CODE, data, message } };
}

export function failure(status: number, code: number, message: string): MockAnswer<null> {
  return { status, body: { code, data: null, message } };
}
