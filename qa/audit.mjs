// The GraphQL-over-HTTP audit (npm graphql-http's auditServer) against a running Wijkatlas.
//   node qa/audit.mjs http://localhost:8080/graphql
// Prints every audit with its result and exits non-zero on any error or warning that is not
// in ACCEPTED below (each with the reason it is accepted).
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';

// Audit ids (from graphql-http) whose warning we accept, and why. Keep this list short.
const ACCEPTED = {};

const results = await auditServer({ url });
let failed = 0;
for (const result of results) {
  // graphql-http grades MUST audits 'error', SHOULD audits 'warn' and MAY audits 'notice'.
  const counts = result.status === 'error' || result.status === 'warn';
  const accepted = counts && ACCEPTED[result.id];
  const mark = { ok: 'ok    ', notice: 'notice', warn: 'WARN  ', error: 'ERROR ' }[result.status] ?? result.status;
  console.log(`${mark} ${result.id} ${result.name}${accepted ? ` (accepted: ${accepted})` : ''}`);
  if (result.status !== 'ok' && !accepted) {
    if (counts) failed++;
    const response = result.response;
    let body = '';
    try {
      body = response ? await response.text() : '';
    } catch {
      body = '(body already read)';
    }
    console.log(`     ${result.reason}`);
    if (response) console.log(`     status ${response.status}, content-type ${response.headers.get('content-type')}: ${body.slice(0, 300)}`);
  }
}
const count = (status) => results.filter((r) => r.status === status).length;
console.log(`graphql-http audit: ${results.length} audits: ${count('ok')} ok, ${count('notice')} notices (MAY), ${count('warn')} warnings, ${count('error')} errors; ${failed} not accepted`);
process.exit(failed === 0 ? 0 : 1);
