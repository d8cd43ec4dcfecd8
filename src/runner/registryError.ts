/**
 * # The registry's error
 *
 * Main definitions: {@link ClaimRegistryError} — a claim folder or claim file could not be
 * registered; the message is one line naming the file. Its own module, so that the registry and its
 * import check (`importCheck.ts`) use it without importing each other.
 */
import { PruningCheckError } from '../errors.js';

/** A claim folder or claim file could not be registered; the message names the file. */
export class ClaimRegistryError extends PruningCheckError {}
