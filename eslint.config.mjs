import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

const nodeOnly = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'typeorm', 'sqlite3', 'reflect-metadata', 'electron', 'docx', 'exceljs']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/valid-v-slot': ['error', { allowModifiers: true }],
    },
  },
  // The core runs in either shell: it knows neither Electron nor Vue.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'vue', 'vuetify', 'pinia', 'vue-router'].map((name) => ({ name, message: 'src/ is the core: it imports neither electron nor vue.' })),
        patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'src/ must not depend on a shell or the renderer.' }],
      }],
    },
  },
  // The contract and the domain also run in the browser: no node, no database.
  {
    files: ['src/api/contract/**/*.ts', 'src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'vue', 'typeorm', 'sqlite3'].map((name) => ({ name, message: 'Contract and domain code runs in the renderer too.' })),
        patterns: [
          { group: nodeOnly, message: 'Contract and domain code runs in the renderer too: no Node modules.' },
          { group: ['**/db/**', '**/services/**', '**/server/**', '**/documents/**', '../dispatch', '../core', '../handlers/**'], message: 'Contract and domain code may not reach into the core.' },
        ],
      }],
    },
  },
  // The renderer talks to the core only through the typed API; from src/ it may import schemas, types and pure domain helpers.
  {
    files: ['renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@core/*', '!@core/api', '!@core/api/contract', '!@core/api/contract/*', '!@core/domain', '!@core/domain/*'], message: 'The renderer imports from src/ only @core/api/contract and @core/domain.' },
          { group: ['**/src/**', '../../src/*', '**/electron/**'], message: 'Use the @core alias (contract and domain only).' },
          { group: nodeOnly, message: 'The renderer runs sandboxed: no Node or database modules.' },
        ],
      }],
    },
  },
  // One place opens external links: electron/security.ts.
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/security.ts', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'shell', property: 'openExternal', message: 'Use safeOpenExternal from electron/security.ts.' },
        { object: 'shell', property: 'openPath', message: 'Use safeOpenPath from electron/security.ts.' }],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
