// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const frameworkImports = [
  'dexie',
  'preact',
  'preact/*',
  '@preact/*',
  'astro',
  'astro:*',
  'astro/*',
  'chart.js',
  'chart.js/*',
  'nanostores',
  '@nanostores/*',
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Inline style attributes break the Content Security Policy: use a class.',
        },
      ],
    },
  },
  {
    // The domain core stays pure: plain data in, plain data out, runnable without a browser.
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: frameworkImports, message: 'src/lib and src/schemas stay pure: no storage, UI or framework imports.' },
            {
              group: ['**/db/*', '**/stores/*', '**/components/*', '**/build/*'],
              message: 'src/lib and src/schemas depend on nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser code may use schema types freely, but runtime validators only through a lazy import,
    // so zod is loaded on the pages and moments that need it.
    files: ['src/components/**/*.{ts,tsx}', 'src/stores/**/*.ts', 'src/db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/schemas/*', '!**/schemas/enums', '!**/schemas/frameworks', '!**/schemas/limits'],
              allowTypeImports: true,
              message:
                'Import schema types with `import type`; load validators with `await import(...)`; plain lists come from schemas/enums (framework tags from schemas/frameworks) and text limits from schemas/limits.',
            },
            { group: ['**/build/*'], message: 'src/build runs at build time only.' },
          ],
        },
      ],
    },
  },
  {
    // Storage is reached only through src/db; components render stores and call actions.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', '**/db/*'], message: 'Components call store actions; only src/stores and src/db touch storage.' },
          ],
        },
      ],
    },
  },
  {
    // Storage knows nothing of the screen: src/db imports no stores or components.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/stores/*', '**/stores/**', '**/components/*', '**/components/**'],
              message: 'src/db sits below stores and components.',
            },
          ],
        },
      ],
    },
  },
  {
    // Stores hold state and actions; what is drawn lives in components.
    files: ['src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/*', '**/components/**'], message: 'Stores import no components.' }] },
      ],
    },
  },
);
