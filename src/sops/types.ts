// The shape of an SOP module. The engine (services/permohonan) owns the type, since it is the one reading it; an SOP
// folder builds one value of it and src/sops/registry.ts registers it.
export type { SopDocument, SopModule, SopStepHandler, StepResult } from '../services/permohonan/sop-module'
export type { SopDefinition, SopStep, StepKind } from '../domain/sop'
