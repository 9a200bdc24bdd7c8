// Compile-time credential checking: which operations a client can call, given the credentials it was created
// with and the security map generated from the spec (generated/security-map.ts). Types only.
import type { ClientOptions } from './options.ts';

/** The client options that carry a credential; the generated security map states each operation's needs in them. */
export type CredentialName = 'apiKey' | 'sessionToken';

/**
 * The credentials an options type gives: the key is present and not typed `undefined`. An optional key (a
 * credential that may or may not be there, as in the wide `ClientOptions`) counts as given, so wide options keep
 * every operation callable and the run-time MissingCredentialError decides.
 */
export type GivenCredentials<Options> = {
  [Name in CredentialName]: Name extends keyof Options
    ? [NonNullable<Options[Name]>] extends [never]
      ? never
      : Name
    : never;
}[CredentialName];

/**
 * What a client may call: `security` is a generated SecurityMap (path → method → alternatives, each a tuple of
 * credentials needed together) and `given` the credentials the client holds.
 */
export interface CredentialAccess {
  security: object;
  given: CredentialName;
}

/** The options of a client created without any: no credential, so only public operations are callable. */
export interface NoCredentials {
  apiKey?: undefined;
  sessionToken?: undefined;
}

/** The access of a client holding the `Given` credentials, checked against `Security`. */
export interface AccessFor<Security extends object, Given extends CredentialName> {
  security: Security;
  given: Given;
}

/** A client whose credentials are unknown at compile time (wide options): every operation is callable. */
export type AnyCredentials = AccessFor<object, CredentialName>;

/**
 * The options parameter of the client factories (`Options extends ClientOptions`): keys ClientOptions lacks are
 * rejected, as an excess-property check would (inferring `Options` from the argument skips that check).
 */
export type CheckedOptions<Options> = Options & {
  [Key in Exclude<keyof Options, keyof ClientOptions>]: never;
};

/** An operation's alternatives from the map; an operation the map does not list has none to satisfy. */
type Requirement<Security, Path, Method> = Path extends keyof Security
  ? Method extends keyof Security[Path]
    ? Security[Path][Method]
    : []
  : [];

/** True when one alternative (a tuple of credentials needed together) needs only what the client holds. */
type AlternativeMet<Alternative, Given> = Alternative extends readonly unknown[]
  ? Alternative[number] extends Given
    ? true
    : false
  : false;

/** No alternatives (a public operation), or at least one the client meets. */
type Satisfied<Alternatives, Given> = Alternatives extends readonly []
  ? true
  : Alternatives extends readonly unknown[]
    ? true extends AlternativeMet<Alternatives[number], Given>
      ? true
      : false
    : true;

/** The credentials of one alternative that the client lacks, in order. */
type Missing<Alternative, Given> = Alternative extends readonly [infer Head, ...infer Rest]
  ? Head extends Given
    ? Missing<Rest, Given>
    : [Head, ...Missing<Rest, Given>]
  : [];

type Join<Items, Separator extends string> = Items extends readonly [infer Only extends string]
  ? Only
  : Items extends readonly [infer Head extends string, ...infer Rest]
    ? `${Head}${Separator}${Join<Rest, Separator>}`
    : '';

/** Each alternative's missing credentials joined by " + ", the alternatives by " or ": "apiKey or sessionToken". */
type DescribeMissing<Alternatives, Given> = Alternatives extends readonly [infer First, ...infer Rest]
  ? Rest extends readonly []
    ? Join<Missing<First, Given>, ' + '>
    : `${Join<Missing<First, Given>, ' + '>} or ${DescribeMissing<Rest, Given>}`
  : '';

/**
 * What a path argument meets when the client cannot authorize the operation; the compile error prints it, e.g.
 * `MissingCredential<"POST /v1/things needs apiKey">`. An object, so editors never offer it as a path.
 */
export interface MissingCredential<Message extends string> {
  readonly missingCredential: Message;
}

/**
 * The type a call's path argument must have: the path itself when the client can authorize the operation, else
 * MissingCredential naming what is missing. `Path` is inferred from the argument; distributing over it makes an
 * editor's completion list (the contextual type, with `Path` at its constraint) exactly the callable paths.
 */
export type CallablePath<Access extends CredentialAccess, Path, Method extends string> = [
  CredentialName,
] extends [Access['given']]
  ? Path
  : Path extends unknown
    ? Satisfied<Requirement<Access['security'], Path, Method>, Access['given']> extends true
      ? Path
      : MissingCredential<`${Uppercase<Method>} ${Path & string} needs ${DescribeMissing<
          Requirement<Access['security'], Path, Method>,
          Access['given']
        >}`>
    : never;
