import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from './problem';
import { ProblemException, problem } from './problem';

/** Flattens nested errors into `clauses.3.label`-style field paths. */
export function toFieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const own: FieldError[] = e.constraints
      ? [{ field, messages: Object.values(e.constraints) }]
      : [];
    return [...own, ...toFieldErrors(e.children ?? [], `${field}.`)];
  });
}

/** The one validation path: unknown properties are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new ProblemException(
        problem(400, 'validation-failed', 'The request is invalid.', toFieldErrors(errors)),
      ),
  });
}
