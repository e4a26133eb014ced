import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as errors from '@portico/sdk/core';
import { ApiError, ConflictError, IdempotencyError, isA, NotFoundError, PorticoError, ValidationError, apiErrorFor } from '@portico/sdk/core';

type ErrorsModule = typeof import('../../packages/sdk/src/core/errors.ts');
type IsAModule = typeof import('../../packages/sdk/src/core/is-a.ts');
type ErrorClass = new (message: string, options: never) => PorticoError;

// A second copy of Portico on the same page (an npm build beside the CDN one): the same source
// loaded under another URL is another module, with classes of its own.
const copy = (await import(new URL('../../packages/sdk/src/core/errors.ts?copy=2', import.meta.url).href)) as ErrorsModule;
const copyIsA = ((await import(new URL('../../packages/sdk/src/core/is-a.ts?copy=2', import.meta.url).href)) as IsAModule).isA;

/** Every error class a module exports, by name. */
function errorClasses(module: Pick<ErrorsModule, 'PorticoError'>): Map<string, ErrorClass> {
  const classes = new Map<string, ErrorClass>();
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function' && (value === module.PorticoError || value.prototype instanceof module.PorticoError)) classes.set(name, value as ErrorClass);
  }
  return classes;
}

/** Options every error class's constructor accepts. */
const anyOptions = { status: 500, code: 'some_code', path: '', issues: [] } as never;

const ours = errorClasses(errors);
const theirs = errorClasses(copy);

describe('error classes across copies of Portico', () => {
  it('the second copy really has classes of its own', () => {
    assert.ok(ours.size >= 12, [...ours.keys()].join(', '));
    assert.deepEqual([...theirs.keys()].sort(), [...ours.keys()].sort());
    assert.notEqual(copy.ValidationError, ValidationError);
    assert.ok(!(new copy.ValidationError('x', { status: 422 }) instanceof ValidationError));
  });

  it('isA() answers for an error of the other copy exactly as for one of its own, for every pair of classes', () => {
    for (const [made, Made] of ours) {
      const own = new Made('m', anyOptions);
      const foreign = new (theirs.get(made)!)('m', anyOptions);
      for (const [asked, Asked] of ours) {
        assert.equal(isA(foreign, Asked), isA(own, Asked), `isA(their ${made}, our ${asked})`);
        assert.equal(copyIsA(own, theirs.get(asked)!), isA(own, Asked), `isA(our ${made}, their ${asked}) in the other copy`);
      }
    }
  });

  it('walks the subclass chain: their ValidationError is our ApiError and PorticoError, not our ConflictError', () => {
    const error: unknown = new copy.ValidationError('Amount too small', { status: 422, code: 'too_small' });
    assert.ok(isA(error, ValidationError) && error.status === 422 && error.fieldErrors.length === 0);
    assert.ok(isA(error, ApiError));
    assert.ok(isA(error, PorticoError));
    assert.ok(isA(error, Error));
    assert.ok(!isA(error, ConflictError));
    assert.ok(!isA(error, NotFoundError));
    const idempotency: unknown = new copy.IdempotencyError('in flight', { status: 409, code: 'idempotency_key_in_flight' });
    assert.ok(isA(idempotency, IdempotencyError) && isA(idempotency, ConflictError) && isA(idempotency, ApiError));
    assert.ok(!isA(idempotency, ValidationError));
  });

  it('every class carries its name as its brand, as its instances do', () => {
    const brand = Symbol.for('portico.error');
    for (const [name, Class] of ours) {
      assert.equal(Object.getOwnPropertyDescriptor(Class.prototype, brand)?.value, name, `${name} is branded`);
      assert.equal(new Class('m', anyOptions).name, name);
    }
  });

  it('a brand is not a name: an Error that calls itself ValidationError is not one', () => {
    assert.ok(!isA(Object.assign(new Error('x'), { name: 'ValidationError', status: 422 }), ValidationError));
    assert.ok(!isA({ name: 'ApiError', status: 500 }, ApiError));
  });

  it('classes that are not Portico errors are tested by their prototype alone, as before', () => {
    class CustomerError extends ApiError {}
    assert.ok(isA(new CustomerError('m', { status: 500 }), ApiError));
    assert.ok(isA(new CustomerError('m', { status: 500 }), CustomerError));
    assert.ok(!isA(new copy.ApiError('m', { status: 500 }), CustomerError), 'a class without a brand of its own is not matched by its parent’s');
    assert.ok(isA(new Date(0), Date));
    assert.ok(isA(new Blob([]), Blob));
    assert.ok(!isA({}, Date));
    assert.ok(!isA(null, Object));
    assert.ok(!isA('text', String));
    assert.ok(!isA(undefined, Error));
  });
});

describe('IdempotencyError', () => {
  it('is what the API’s idempotency failures become, whatever their status; other refusals keep their class', () => {
    const reused = apiErrorFor(422, 'reused', { status: 422, code: 'idempotency_key_reused' });
    const inFlight = apiErrorFor(409, 'in flight', { status: 409, problem: { code: 'idempotency_key_in_flight' } });
    for (const error of [reused, inFlight]) {
      assert.ok(isA(error, IdempotencyError) && isA(error, ConflictError), error.code);
      assert.equal(error.name, 'IdempotencyError');
    }
    assert.equal(reused.status, 422);
    assert.equal(inFlight.status, 409);
    const invalidKey = apiErrorFor(400, 'too long', { status: 400, code: 'idempotency_key_invalid' });
    assert.ok(isA(invalidKey, ValidationError) && !isA(invalidKey, IdempotencyError), 'a malformed key is a refused input');
    const conflict = apiErrorFor(409, 'postpaid', { status: 409, code: 'postpaid_account' });
    assert.ok(isA(conflict, ConflictError) && !isA(conflict, IdempotencyError));
  });
});
