/** A scripted stand-in for fetch: records every request and answers from a queue (the last answer repeats). */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string | undefined;
}

export type Answer = Response | (() => Response) | ((request: RecordedRequest) => Response);

export function fakeFetch(...answers: Answer[]) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // client.raw hands fetch a real Request; the facade hands it a URL and init.
    const request: RecordedRequest =
      input instanceof Request
        ? {
            method: input.method,
            url: input.url,
            headers: input.headers,
            body: (await input.text()) || undefined,
          }
        : {
            method: init?.method ?? 'GET',
            url: String(input),
            headers: new Headers(init?.headers),
            body: typeof init?.body === 'string' ? init.body : undefined,
          };
    requests.push(request);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (answer === undefined) throw new Error('fakeFetch has no answer scripted');
    return typeof answer === 'function' ? answer(request) : answer.clone();
  };
  return { fetch: fetch, requests };
}

export const envelope = (data: unknown, init: ResponseInit & { code?: number; message?: string } = {}) =>
  Response.json({ code: init.code ?? 100, data, message: init.message ?? 'ok' }, init);

export const BASE_URL = 'https://api.example.test';
export const API_KEY = 'la-key-0123456789-TOPSECRET';
export const SESSION_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.session-token-SECRET';
export const UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
