/**
 * Turning a value as a claim file writes it ({ quantity: "nearly $12 billion" },
 * { date: "Friday" }, { members: [...], list: closed }, ...) into a normalized
 * model value. Problems come back as values with the path of the offending
 * key, so the loader can point at it.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { z } from 'zod';
import type { PublishedAt } from '../model/source.js';
import { ValueSchema, type EntityRef, type Value } from '../model/value.js';
import { parseDate, parseQuantity, type EntityResolver } from '../normalize/index.js';
import {
  BooleanShorthandSchema,
  CountShorthandSchema,
  DateShorthandSchema,
  EntityShorthandSchema,
  ListShorthandSchema,
  QuantityShorthandSchema,
  TextShorthandSchema,
} from './file-schemas.js';

export interface ValueProblem {
  /** Path inside the value, e.g. ["quantity"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly hint?: string;
}

export interface FileValueContext {
  readonly publishedAt: PublishedAt;
  readonly resolver: EntityResolver;
}

const SHORTHAND_KEYS = ['entity', 'members', 'quantity', 'date', 'boolean', 'text', 'count'] as const;

const issuesToProblems = (issues: readonly z.core.$ZodIssue[]): ValueProblem[] =>
  issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));

/** An entity reference with its canonical id when the alias tables know the name. */
export const entityRef = (name: string, resolver: EntityResolver): EntityRef => {
  const id = resolver.resolve(name);
  return id === undefined ? { name } : { name, id };
};

const leftMessage = (left: unknown): string => {
  if (left && typeof left === 'object' && 'message' in left && typeof left.message === 'string') return left.message;
  return String(left);
};

/**
 * Normalize one file value.
 *
 * @example
 * fileValueToValue({ quantity: 'nearly $12 billion' }, context)
 * // Right({ type: 'quantity', low: 10.8e9, high: 12e9, lowInclusive: true, highInclusive: true, currency: 'USD', raw: 'nearly $12 billion' })
 */
export const fileValueToValue = (raw: unknown, context: FileValueContext): E.Either<ValueProblem[], Value> => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return E.left([
      {
        path: [],
        message: 'a value is a mapping such as { entity: ... }, { quantity: "..." } or { date: "..." }',
        hint: 'see the table of value shorthands in docs/claim-files.md',
      },
    ]);
  }
  if ('type' in raw) {
    const parsed = ValueSchema.safeParse(raw);
    return parsed.success ? E.right(parsed.data) : E.left(issuesToProblems(parsed.error.issues));
  }
  const key = SHORTHAND_KEYS.find((k) => k in raw && !(k === 'count' && 'members' in raw));
  switch (key) {
    case 'entity': {
      const p = EntityShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      return E.right({ type: 'entity', ...entityRef(p.data.entity, context.resolver) });
    }
    case 'members': {
      const p = ListShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      const members = p.data.members.map((m) => entityRef(m, context.resolver));
      const value = {
        type: 'entity-set' as const,
        mode: p.data.list,
        members,
        ...(p.data.count !== undefined ? { count: p.data.count } : {}),
      };
      const checked = ValueSchema.safeParse(value);
      return checked.success ? E.right(checked.data) : E.left(issuesToProblems(checked.error.issues));
    }
    case 'count': {
      const p = CountShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      return E.right({
        type: 'entity-set',
        mode: 'count',
        members: [],
        count: p.data.count,
        ...(p.data.unit !== undefined ? { unit: p.data.unit } : {}),
      });
    }
    case 'quantity': {
      const p = QuantityShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      const words = String(p.data.quantity);
      const parsed = parseQuantity(words);
      if (E.isLeft(parsed)) {
        return E.left([{ path: ['quantity'], message: leftMessage(parsed.left), hint: 'write the amount as the source words it, e.g. "nearly $12 billion", "over 50", "54–55%"' }]);
      }
      return E.right({
        ...parsed.right,
        ...(p.data.unit !== undefined ? { unit: p.data.unit } : {}),
        ...(p.data.currency !== undefined ? { currency: p.data.currency } : {}),
        raw: words,
      });
    }
    case 'date': {
      const p = DateShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      const parsed = parseDate(p.data.date, { publishedAt: context.publishedAt });
      if (E.isLeft(parsed)) {
        return E.left([{ path: ['date'], message: leftMessage(parsed.left), hint: 'write the date as the source words it, e.g. "Friday", "Dec 12, 2025", "February 4, 2026"' }]);
      }
      return E.right({ ...parsed.right, raw: p.data.date });
    }
    case 'boolean': {
      const p = BooleanShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      return E.right({ type: 'boolean', value: p.data.boolean });
    }
    case 'text': {
      const p = TextShorthandSchema.safeParse(raw);
      if (!p.success) return E.left(issuesToProblems(p.error.issues));
      return E.right({ type: 'text', text: p.data.text });
    }
    default:
      return E.left([
        {
          path: [],
          message: `unknown value form with keys ${Object.keys(raw).map((k) => JSON.stringify(k)).join(', ') || '(none)'}`,
          hint: 'use one of entity, members + list, count, quantity, date, boolean, text (docs/claim-files.md)',
        },
      ]);
  }
};
