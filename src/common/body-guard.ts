import { Injectable } from '@nestjs/common';
import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { loneSurrogateAt, stripNonCharacters } from '../engine';
import { BODY_LIMITS } from '../config/limits';
import type { FieldError } from './problem';
import { ProblemException, problem } from './problem';

/** Keys that name an object's prototype machinery; never data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Runs before the validation pipe on every body and query: the checks a DTO cannot express,
 * applied to the raw parsed value, without recursion (a body nested 100,000 deep is one loop).
 * Refused (400 validation-failed, naming the field): nesting past BODY_LIMITS.maxJsonDepth,
 * arrays longer than BODY_LIMITS.maxArrayItems,
 * prototype keys (`__proto__` would otherwise be dropped silently), NUL characters and lone
 * surrogates. Stripped in place: non-characters and C0 controls (see engine/text/unicode.ts), so
 * both databases store the same text.
 */
@Injectable()
export class BodyGuardPipe implements PipeTransform {
  public transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const errors = guard(value, metadata.type === 'body' ? '' : 'query.');
    if (errors.length > 0) {
      throw new ProblemException(
        problem(400, 'validation-failed', 'The request is invalid.', errors.slice(0, 20)),
      );
    }
    return value;
  }
}

type Container = Record<string, unknown> | unknown[];

export function guard(root: unknown, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string): void => {
    errors.push({ field: field === '' ? '(body)' : field, messages: [message] });
  };
  const stack: { holder: Container; key: string | number; path: string; depth: number }[] = [];
  const wrapper: Container = { root };
  stack.push({ holder: wrapper, key: 'root', path: prefix.replace(/\.$/u, ''), depth: 0 });
  while (stack.length > 0 && errors.length < 20) {
    const { holder, key, path, depth } = stack.pop()!;
    const value = (holder as Record<string | number, unknown>)[key];
    if (typeof value === 'string') {
      const text = checkText(value);
      if (typeof text === 'string') (holder as Record<string | number, unknown>)[key] = text;
      else fail(path, text.error);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= BODY_LIMITS.maxJsonDepth) {
      fail(path, `nested more than ${BODY_LIMITS.maxJsonDepth} levels deep`);
      continue;
    }
    const join = (k: string | number): string => (path === '' ? String(k) : `${path}.${k}`);
    if (Array.isArray(value)) {
      if (value.length > BODY_LIMITS.maxArrayItems) {
        fail(path, `holds more than ${BODY_LIMITS.maxArrayItems} items`);
        continue;
      }
      value.forEach((_, i) =>
        stack.push({ holder: value, key: i, path: join(i), depth: depth + 1 }),
      );
      continue;
    }
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) {
        fail(join(k), `property ${k} is not allowed`);
        continue;
      }
      const text = checkText(k);
      if (typeof text !== 'string' || text !== k) {
        fail(path === '' ? '(body)' : path, 'a property name holds characters that are not text');
        continue;
      }
      stack.push({ holder: value as Container, key: k, path: join(k), depth: depth + 1 });
    }
  }
  return errors;
}

function checkText(s: string): string | { error: string } {
  if (s.includes('\0')) return { error: 'must not contain NUL characters (U+0000)' };
  const at = loneSurrogateAt(s);
  if (at >= 0) return { error: `holds a lone UTF-16 surrogate at offset ${at}; not valid text` };
  return stripNonCharacters(s);
}
