// vitest setup: hundreds of test users at the OWASP cost (about a second each here) would take minutes.
// passwords.test.ts checks the OWASP cost itself; the shells never load this file.
import { usePasswordCostForTests } from '../services/passwords'

usePasswordCostForTests({ N: 1 << 12, r: 8, p: 1 })
