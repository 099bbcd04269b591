/**
 * The one result shape of claimtrace's core functions: every function that
 * can meet a problem returns a `Result`, which carries every message it
 * collected (warnings too when it succeeds). `ok` is true exactly when no
 * message is an error. A function that still produces something useful when
 * parts fail (the loader loads every valid claim, the reconciler runs every
 * rule that does not throw) returns that as `partial` on failure.
 *
 * fp-ts is used inside stages that chain steps (`Either`); `fromEither`
 * wraps such a chain at the stage's boundary, so callers see one style.
 */
import * as E from 'fp-ts/lib/Either.js';
import { hasErrors, type Message } from './message.js';

export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
  /** Warnings and notes met on the way (no errors). */
  readonly messages: readonly Message[];
}

export interface Failed<P = undefined> {
  readonly ok: false;
  /** Every message, at least one of them an error. */
  readonly messages: readonly Message[];
  /** What could still be produced (`undefined` for functions that produce nothing on failure). */
  readonly partial: P;
}

/** A value and its messages, or the messages and (for `P`) what could still be produced. */
export type Result<T, P = undefined> = Ok<T> | Failed<P>;

/** A success. */
export const ok = <T>(value: T, messages: readonly Message[] = []): Ok<T> => ({ ok: true, value, messages });

/** A failure; `messages` should hold at least one error. */
export const failed = (messages: readonly Message[]): Failed => ({ ok: false, messages, partial: undefined });

/**
 * A value that is whole when no message is an error, else the partial result.
 *
 * @example
 * collected({ corpus, claimLocations }, diagnostics) // ok unless a diagnostic is an error
 */
export const collected = <T>(value: T, messages: readonly Message[]): Result<T, T> =>
  hasErrors(messages) ? { ok: false, messages, partial: value } : ok(value, messages);

/** The value of a result that always produces one: the whole value, or the partial one. */
export const settled = <T>(result: Result<T, T>): T => (result.ok ? result.value : result.partial);

/** Wrap an fp-ts chain at a stage's boundary: `Left` messages fail, `Right` succeeds. */
export const fromEither = <T>(either: E.Either<Message | readonly Message[], T>): Result<T> =>
  E.isRight(either) ? ok(either.right) : failed(Array.isArray(either.left) ? either.left : [either.left as Message]);

/** The value, or `undefined` when the result failed. */
export const valueOrUndefined = <T, P>(result: Result<T, P>): T | undefined => (result.ok ? result.value : undefined);
