// Type-level helpers for the credential type tests: which paths a client method accepts, asked the way a call
// does (signature assignability infers `Path` from the argument), and path sets read from a generated SecurityMap.
import type { FacadeMethod } from '../../../src/types.ts';

/** True when `call(path, init)` compiles for this path (init aside: `never` fits any init). */
type CanCall<Call, Path> = Call extends (path: Path, ...init: never[]) => unknown ? true : false;

/** The paths in `Paths` that the call accepts. */
export type CallablePaths<Call, Paths> = Paths extends unknown
  ? CanCall<Call, Paths> extends true
    ? Paths
    : never
  : never;

/** The paths in `Paths` that the call rejects. */
export type RejectedPaths<Call, Paths> = Exclude<Paths, CallablePaths<Call, Paths>>;

/** The verb methods of a client (or of its `withResponse`), keyed by lower-case method. */
export type VerbCalls<Surface> = {
  [Method in FacadeMethod]: Surface extends Record<Uppercase<Method>, infer Call> ? Call : never;
};

type Alternatives<Map, Path, Method> = Path extends keyof Map
  ? Method extends keyof Map[Path]
    ? Map[Path][Method]
    : never
  : never;

/** Paths that have this method in the map. */
export type MapPaths<Map, Method> = {
  [Path in keyof Map]: Method extends keyof Map[Path] ? Path : never;
}[keyof Map];

/** The map's paths for a method whose alternatives are of the given kind. */
type PathsWhere<Map, Method, Kind extends RequirementKind> = {
  [Path in keyof Map]: Method extends keyof Map[Path]
    ? IsKind<Alternatives<Map, Path, Method>, Kind> extends true
      ? Path
      : never
    : never;
}[keyof Map];

/**
 * Requirement shapes read off an operation's alternatives: `public` (none), `only:<credential>` (every
 * alternative includes it), `alone:<credential>` (one alternative is that credential by itself).
 */
type RequirementKind = 'public' | `only:${string}` | `alone:${string}`;

type EveryAlternativeHas<Alts, Credential> = Alts extends readonly []
  ? false
  : Alts extends readonly (infer Alternative)[]
    ? false extends (
        Alternative extends readonly unknown[]
          ? Credential extends Alternative[number]
            ? true
            : false
          : false
      )
      ? false
      : true
    : false;

type SomeAlternativeIs<Alts, Credential> = Alts extends readonly (infer Alternative)[]
  ? true extends (Alternative extends readonly [Credential] ? true : false)
    ? true
    : false
  : false;

type IsKind<Alts, Kind> = Kind extends 'public'
  ? Alts extends readonly []
    ? true
    : false
  : Kind extends `only:${infer Credential}`
    ? EveryAlternativeHas<Alts, Credential>
    : Kind extends `alone:${infer Credential}`
      ? SomeAlternativeIs<Alts, Credential>
      : false;

export type PublicPaths<Map, Method> = PathsWhere<Map, Method, 'public'>;
/** Operations no alternative of which works without this credential. */
export type PathsNeeding<Map, Method, Credential extends string> = PathsWhere<
  Map,
  Method,
  `only:${Credential}`
>;
/** Operations one alternative of which is this credential alone. */
export type PathsAcceptingAlone<Map, Method, Credential extends string> = PathsWhere<
  Map,
  Method,
  `alone:${Credential}`
>;
