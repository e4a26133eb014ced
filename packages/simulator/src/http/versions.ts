import { Problem } from './problem.ts';

/**
 * The version an update names in `If-Match` must be the record's: a change made meanwhile is
 * a 412, not overwritten unseen.
 */
export function requireVersion(request: Request, version: number, what: string): void {
  const ifMatch = request.headers.get('if-match');
  if (!ifMatch) throw new Problem(428, 'if_match_required', `Send If-Match with the version of the ${what} you are changing, so that no change is lost unseen.`);
  if (ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(version)) {
    throw new Problem(412, 'version_mismatch', `The ${what} was changed meanwhile (it is at version ${version}). Load it again and reapply your change.`);
  }
}
