import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bin/**',
      'jest.config.js',
      'eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The engine is pure: plain data in and out, no framework, storage or I/O.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'src/engine must not depend on NestJS.' },
            { group: ['@prisma/*', '.prisma/*'], message: 'src/engine must not depend on Prisma.' },
          ],
          paths: [
            {
              name: 'class-validator',
              message: 'src/engine must not validate with class-validator.',
            },
            { name: 'class-transformer', message: 'src/engine must not use class-transformer.' },
            { name: 'node:fs', message: 'src/engine does no I/O.' },
            { name: 'fs', message: 'src/engine does no I/O.' },
            { name: 'node:fs/promises', message: 'src/engine does no I/O.' },
            { name: 'node:http', message: 'src/engine does no I/O.' },
            { name: 'http', message: 'src/engine does no I/O.' },
            { name: 'node:https', message: 'src/engine does no I/O.' },
            { name: 'node:net', message: 'src/engine does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
