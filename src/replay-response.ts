/**
 * A Response standing in for one whose body was already read as text: `text()` and `json()` answer from that
 * text at once, and every other way of reading it (`body`, `arrayBuffer()`, …) from a real Response made on
 * first use. Reading the body once and handing this on costs a few µs a call, where `response.clone()` (a
 * stream tee, read twice) measured ~90 µs of CPU. Status, status text and headers are the original's.
 * A subclass, not an instance with its methods redefined: `Object.defineProperties` on each Response cost
 * ~10 µs of CPU a call (bench/validation-cost.ts), methods on a prototype cost nothing per call.
 */
export function replayResponse(original: Response, text: string): Response {
  return new ReplayResponse(text, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
}

class ReplayResponse extends Response {
  readonly #text: string;
  readonly #init: ResponseInit;
  #full: Response | undefined;

  constructor(text: string, init: ResponseInit) {
    super(null, init);
    this.#text = text;
    this.#init = init;
  }

  #real(): Response {
    return (this.#full ??= new Response(this.#text, this.#init));
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#text);
  }

  override json(): Promise<unknown> {
    return Promise.resolve().then(() => JSON.parse(this.#text) as unknown);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#real().arrayBuffer();
  }

  override blob(): Promise<Blob> {
    return this.#real().blob();
  }

  override formData(): Promise<FormData> {
    return this.#real().formData();
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#real()
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer));
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#real().body;
  }

  override get bodyUsed(): boolean {
    return this.#full?.bodyUsed ?? false;
  }

  override clone(): Response {
    return new ReplayResponse(this.#text, this.#init);
  }
}
