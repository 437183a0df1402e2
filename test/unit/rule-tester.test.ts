// The harness must itself fail bad tables, or a green rule test would prove nothing.
import * as assert from 'node:assert/strict';
import { checkInvalidCase, checkValidCase } from './ruleTester';

const code = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n';
const message = 'Unkey will reject this request (application/invalid_input, HTTP 400, "Authorization header for \'bearer\' scheme"): POST /v2/keys.createKey needs an "Authorization: Bearer <root key>" header.';
const fixed = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n';
const error = { message, line: 1, column: 7, endLine: 1, endColumn: 54 };

describe('rule-test harness', () => {
  it('accepts a correct case', () => {
    checkInvalidCase('missing-authorization', { code, errors: [error], output: fixed });
  });
  it('rejects a wrong message or range', () => {
    assert.throws(() => checkInvalidCase('missing-authorization', { code, errors: [{ ...error, message: 'x' }], output: fixed }));
    assert.throws(() => checkInvalidCase('missing-authorization', { code, errors: [{ ...error, endColumn: 53 }], output: fixed }));
  });
  it('rejects a wrong or missing fixed output', () => {
    assert.throws(() => checkInvalidCase('missing-authorization', { code, errors: [error], output: code.replace('POST', 'PUT') }));
    assert.throws(() => checkInvalidCase('missing-authorization', { code, errors: [error], output: null }));
  });
  it('rejects an output equal to the input', () => {
    assert.throws(() => checkInvalidCase('missing-authorization', { code, errors: [error], output: code }), /must differ/);
  });
  it('rejects an invalid case that expects nothing, and a valid case that reports', () => {
    assert.throws(() => checkInvalidCase('missing-authorization', { code, errors: [], output: null }));
    assert.throws(() => checkValidCase('missing-authorization', { code }));
  });
});
