import type { DialPlanConflict } from '@portico/sdk/telephony';
import { describeConflict } from '../../data/telephony/dial-plan.ts';
import { Problem } from '../../http/problem.ts';

/** A change refused because of what it would break: one field error per conflict, with what it collides with. */
export function dialPlanProblem(conflicts: readonly DialPlanConflict[]): Problem {
  return new Problem(422, 'validation_failed', `The change would break the dial plan: ${conflicts.map(describeConflict).join(' ')}`, {
    errors: conflicts.map((c) => ({ pointer: c.pointer, code: c.code, detail: describeConflict(c), params: { number: c.number, entry: c.entry } })),
  });
}
