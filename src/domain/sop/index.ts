// The generic shape of an SOP declaration. The SOPs themselves live in src/sops/<sop>/ (their browser-safe part in
// common/); the engine finds them through its registry.
export * from './types'
export * from './plain-step'
