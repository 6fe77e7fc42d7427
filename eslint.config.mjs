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

/**
 * The import rule of code that also runs in the browser (contract, domain, an SOP's common/ folder): no node, no
 * database, no core floor; `extra` adds patterns.
 */
function browserSafeRule(extra = []) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', {
      paths: ['electron', 'vue', 'typeorm', 'sqlite3'].map((name) => ({ name, message: 'Contract and domain code runs in the renderer too.' })),
      patterns: [
        { group: nodeOnly, message: 'Contract and domain code runs in the renderer too: no Node modules.' },
        { regex: floorRegex(['db', 'services', 'server', 'documents', 'runtime', 'api', 'demo', 'boot']), message: 'Contract and domain code may not reach into the core.' },
        ...extra,
      ],
    }],
  }
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
  // -> sops (one folder per SOP) -> runtime (Core, session) -> api (dispatch, handlers: wiring only) -> demo -> boot +
  // server (the shells' side).
  // A floor imports only from floors below it, so a wrong import fails `npm test` (lint).
  ...coreFloor(['src/**/*.ts'], []),
  ...coreFloor(['src/db/**/*.ts'], ['services', 'sops', 'documents', 'runtime', 'api', 'demo', 'boot', 'server'], 'db/ is the ground under the services: it imports neither services nor api.'),
  ...coreFloor(['src/documents/**/*.ts'], ['db', 'services', 'sops', 'runtime', 'api', 'demo', 'boot', 'server'], 'documents/ holds pure builders that receive their data (load it in a service).', ['typeorm', 'sqlite3']),
  ...coreFloor(['src/services/**/*.ts'], ['sops', 'api', 'demo', 'boot', 'server'], 'services/ sit under the SOPs, the api and the shells (the engine finds SOPs through its registry).', [], '^(\\.\\./)+runtime/(?!session$)'),
  ...coreFloor(['src/sops/**/*.ts'], ['db', 'runtime', 'api', 'demo', 'boot', 'server'], 'sops/ sit on the services (the engine, its stores) and under the api: no tables of their own, no api.', ['sqlite3'], '^(\\.\\./)+runtime/(?!session$)'),
  // An SOP's .docx builders (src/sops/<sop>/docx) are pure like documents/: they receive their data.
  ...coreFloor(['src/sops/*/docx/**/*.ts'], ['db', 'services', 'runtime', 'api', 'demo', 'boot', 'server'], "An SOP's docx/ holds pure builders that receive their data (its documents.ts loads it).", ['typeorm', 'sqlite3']),
  ...coreFloor(['src/runtime/**/*.ts'], ['api', 'demo', 'boot', 'server'], 'runtime/ (Core, session) sits under the api and the shells.'),
  ...coreFloor(['src/api/**/*.ts'], ['db', 'demo', 'boot', 'server'], 'api/ is wiring: dispatch and handlers call services (no SQL, no rules).', ['typeorm', 'sqlite3']),
  ...coreFloor(['src/demo/**/*.ts'], ['boot', 'server'], 'The demo seed sits under the shells.'),
  // Queries go through TypeORM's repositories and QueryBuilder, the same code on both engines (issue 9). Hand-written
  // SQL lives in src/db only: what differs per engine in db/engines, the move's copying in db/move.
  {
    files: ['src/services/**/*.ts', 'src/sops/**/*.ts', 'src/api/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression > MemberExpression.callee[property.name='query']", message: 'No hand-written SQL here: use a repository or QueryBuilder, or an engine function in src/db.' },
        { selector: "CallExpression > MemberExpression.callee[computed=true][property.value='query']", message: 'No hand-written SQL here: use a repository or QueryBuilder, or an engine function in src/db.' },
        { selector: "ImportDeclaration[source.value='sqlite3'], ImportExpression[source.value='sqlite3']", message: 'The SQLite driver is used in src/db only (db/engines, db/move, the backup).' },
      ],
    },
  },
  // The contract, the domain and each SOP's common/ folder also run in the browser: no node, no database.
  {
    files: ['src/contract/**/*.ts', 'src/domain/**/*.ts', 'src/sops/*/common/**/*.ts', 'src/sops/testing/*/common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: browserSafeRule(),
  },
  // An SOP's common/ folder also stays out of its own SOP's node side (handlers, documents, device effects).
  {
    files: ['src/sops/*/common/**/*.ts', 'src/sops/testing/*/common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: browserSafeRule([{ regex: '^\\.\\./(?!\\.\\./)', message: "An SOP's common/ part is browser-safe: not its SOP's node side." }]),
  },
  // The renderer talks to the core only through the typed API; from src/ it may import schemas, types and pure domain helpers.
  {
    files: ['renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            // An SOP's browser-safe part is its common/ folder (src/sops/<sop>/common, src/sops/testing/<sop>/common).
            regex: '^@core/(?!(contract|domain)(/|$)|sops/(testing/)?[a-z0-9-]+/common(/|$))',
            message: "The renderer imports from src/ only @core/contract, @core/domain and an SOP's browser-safe common/ folder.",
          },
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
