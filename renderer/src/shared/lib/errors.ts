import { AppError, GENERIC_ERROR_MESSAGE, type ErrorCode } from '@core/contract/errors'

/** True when `error` is an API error, optionally of the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code)
}

/** The Indonesian message to show for any error thrown by an API call or by the browser. */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message
  console.error(error)
  return GENERIC_ERROR_MESSAGE
}

/** Field path -> message from a VALIDATION/DOMAIN error; empty for other errors. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof AppError && error.fields ? { ...error.fields } : {}
}
