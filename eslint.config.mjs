import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

const nodeOnly = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'typeorm', 'sqlite3', 'reflect-metadata', 'electron', 'docx', 'exceljs']

const shellOnly = ['electron', 'vue', 'vuetify', 'pinia', 'vue-router']
/** An import path that climbs out of its folder into one of `dirs` (src/<dir>/...). */
const floorRegex = (dirs) => `^(\\.\\./)+(${dirs.join('|')})(/|$)`

/**
 * The no-restricted-imports rule for one floor of src/: never a shell or the renderer, never the floors above
 * (`above`), never the given packages; imports matching the `typesOnly` regex may bring types only. Tests are exempt from
 * the floor (not from the shells) because they arrange from any floor.
 */
function coreFloor(files, above, message, packages = [], typesOnly = null) {
  const base = [{ group: ['**/renderer/**', '**/electron/**'], message: 'src/ must not depend on a shell or the renderer.' }]
  const paths = [
    ...shellOnly.map((name) => ({ name, message: 'src/ is the core: it imports neither electron nor vue.' })),
    ...packages.map((name) => ({ name, message })),
  ]
  const rule = (patterns) => ['error', { paths, patterns }]
  const floor = [
    ...(above.length ? [{ regex: floorRegex(above), message }] : []),
    ...(typesOnly ? [{ regex: typesOnly, message: `${message} From runtime/ only types (and the session).`, allowTypeImports: true }] : []),
  ]
  return [
    { files, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': rule([...base, ...floor]) } },
    { files: files.map((f) => f.replace(/\*\*\/\*\.ts$/, '**/*.test.ts')), rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': ['error', { paths: shellOnly.map((name) => ({ name, message: 'src/ is the core: it imports neither electron nor vue.' })), patterns: base }] } },
  ]
}

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
  // The core's floors, bottom to top: contract + domain (browser-safe) -> db -> documents (pure builders) -> services
  // -> runtime (Core, session) -> api (dispatch, handlers: wiring only) -> demo -> boot + server (the shells' side).
  // A floor imports only from floors below it, so a wrong import fails `npm test` (lint).
  ...coreFloor(['src/**/*.ts'], []),
  ...coreFloor(['src/db/**/*.ts'], ['services', 'documents', 'runtime', 'api', 'demo', 'boot', 'server'], 'db/ is the ground under the services: it imports neither services nor api.'),
  ...coreFloor(['src/documents/**/*.ts'], ['db', 'services', 'runtime', 'api', 'demo', 'boot', 'server'], 'documents/ holds pure builders that receive their data (load it in a service).', ['typeorm', 'sqlite3']),
  ...coreFloor(['src/services/**/*.ts'], ['api', 'demo', 'boot', 'server'], 'services/ sit under the api and the shells.', [], '^(\\.\\./)+runtime/(?!session$)'),
  ...coreFloor(['src/runtime/**/*.ts'], ['api', 'demo', 'boot', 'server'], 'runtime/ (Core, session) sits under the api and the shells.'),
  ...coreFloor(['src/api/**/*.ts'], ['db', 'demo', 'boot', 'server'], 'api/ is wiring: dispatch and handlers call services (no SQL, no rules).', ['typeorm', 'sqlite3']),
  ...coreFloor(['src/demo/**/*.ts'], ['boot', 'server'], 'The demo seed sits under the shells.'),
  // The contract and the domain also run in the browser: no node, no database.
  {
    files: ['src/contract/**/*.ts', 'src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['electron', 'vue', 'typeorm', 'sqlite3'].map((name) => ({ name, message: 'Contract and domain code runs in the renderer too.' })),
        patterns: [
          { group: nodeOnly, message: 'Contract and domain code runs in the renderer too: no Node modules.' },
          { regex: floorRegex(['db', 'services', 'server', 'documents', 'runtime', 'api', 'demo', 'boot']), message: 'Contract and domain code may not reach into the core.' },
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
          { group: ['@core/*', '!@core/contract', '!@core/contract/*', '!@core/domain', '!@core/domain/*'], message: 'The renderer imports from src/ only @core/contract and @core/domain.' },
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
