/**
 * apiErrorResponse from liveavatar-client/msw: the live API's error envelope for per-test overrides, with the
 * status, code and message given.
 */
import { describe, expect, it } from 'vitest';
import { apiErrorResponse, ERROR_CODES } from '../../src/msw/index.ts';

describe('apiErrorResponse', () => {
  it('answers the {code, data: null, message} envelope as JSON with the given status', async () => {
    const response = apiErrorResponse(429, ERROR_CODES.rateLimited, 'Slow down');
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      code: ERROR_CODES.rateLimited,
      data: null,
      message: 'Slow down',
    });
  });
});
