import { gzipSync, constants } from 'node:zlib';

/** Bytes after gzip at its highest level: roughly what a CDN or web server sends for a static file. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).byteLength;
}
