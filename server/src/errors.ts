import { errors } from './strapi-utils';

/**
 * 409: the request is understood but the state of the data forbids it (deleting a site that has published,
 * withdrawing a version already in force). Strapi's error classes have no 409; its error middleware answers any
 * HttpError with the error's own status, name and message, so this one passes as such.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);
