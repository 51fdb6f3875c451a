import { Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';

/** What multer's memory storage hands the controller for the `file` part. */
export interface UploadedDocument {
  readonly originalname: string;
  readonly mimetype: string;
  readonly size: number;
  readonly buffer: Buffer;
}

/**
 * Multipart limits come from the validated config. The file is kept in memory (it is read whole
 * by the importer anyway, and never touches the disk, so a refused upload leaves nothing behind).
 */
export const UploadModule = MulterModule.registerAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    limits: {
      fileSize: config.uploadLimitBytes,
      files: 1,
      // The metadata fields of a version, with room to spare; each at most the longest (notes).
      fields: 40,
      fieldSize: 256 * 1024,
      parts: 42,
    },
  }),
});

const ARRAY_FIELDS = ['parents', 'authorParties'] as const;

/**
 * A form field is a string, or an array when repeated. The DTO wants arrays for these two, so
 * a single `parents=v28` (or `parents=v28,veu`) becomes `["v28"]` (`["v28","veu"]`). JSON
 * requests are left alone: there a string is a client error the validator reports.
 */
@Injectable()
export class MultipartArrays implements NestInterceptor {
  public intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const body = req.body as Record<string, unknown> | undefined;
    if (typeof req.is('multipart/form-data') === 'string' && body) {
      for (const key of ARRAY_FIELDS) {
        const value = body[key];
        if (typeof value === 'string') {
          body[key] = value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
        }
      }
    }
    return next.handle();
  }
}

/** Media types a client may send instead of a file name extension. */
const EXTENSION_OF_TYPE: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'application/json': '.json',
  'text/html': '.html',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

/**
 * The name the importer picks its reader by: the uploaded file's own name when it has an
 * extension, else one derived from the part's media type (curl sends no name for stdin).
 */
export function importName(file: UploadedDocument): string {
  const name = file.originalname.trim();
  if (/\.[A-Za-z0-9]+$/.test(name)) return name;
  const ext = EXTENSION_OF_TYPE[file.mimetype.split(';')[0]!.trim().toLowerCase()];
  return ext === undefined ? name : `${name || 'upload'}${ext}`;
}
