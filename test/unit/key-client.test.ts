// The HTTP client of the key tester against the emulator: where a key may go, redirects, timeout, cancel.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import { interpretVerifyResult, THROWAWAY_KEY, VERIFY_KEY_PATH } from '../../src/core/keyCheck';
import { postWithRootKey, RefusedUrlError } from '../../src/extension/keyTester/client';
import { startEmulator, type Emulator } from '../emulator';

const ROOT = 'unkey_3ZemuLatorVa1idRootKey12';

describe('key tester HTTP client', () => {
  let emulator: Emulator;
  let elsewhere: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator({ rootKeys: { [ROOT]: 'valid' }, slowMs: 5000 });
    elsewhere = await startEmulator({ rootKeys: { [ROOT]: 'valid' } });
  });
  afterEach(async () => {
    await emulator.close();
    await elsewhere.close();
  });

  const post = (baseUrl: string, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
    postWithRootKey({ baseUrl, path: VERIFY_KEY_PATH, rootKey: ROOT, body: { key: THROWAWAY_KEY }, ...extra });

  it('sends one POST with the bearer header and the throwaway key over loopback http', async () => {
    const result = await post(emulator.url);
    assert.equal(result.kind, 'response');
    const verdict = interpretVerifyResult(result);
    assert.equal(verdict.outcome, 'works');
    assert.ok(verdict.latencyMs! > 0 && verdict.latencyMs! < 1000, `latency ${verdict.latencyMs}`);
    assert.equal(emulator.requests.length, 1);
    const [request] = emulator.requests;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.path, '/v2/keys.verifyKey');
    assert.equal(request!.headers.authorization, `Bearer ${ROOT}`);
    assert.equal(request!.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(request!.body), { key: THROWAWAY_KEY });
  });

  it('keeps a path prefix of the base URL and accepts localhost', async () => {
    const result = await post(emulator.url.replace('127.0.0.1', 'localhost') + '/prefix/');
    assert.equal(result.kind, 'response');
    assert.equal(emulator.requests[0]!.path, '/prefix/v2/keys.verifyKey');
  });

  for (const [name, url] of [
    ['plain http to a non-loopback host', 'http://192.0.2.10:8080'],
    ['plain http to a host that only starts like loopback', 'http://127.0.0.1.nip.io:8080'],
    ['userinfo in the URL', 'http://user:secret@127.0.0.1:1'],
    ['a query in the URL', 'http://127.0.0.1:1/?to=elsewhere'],
    ['another scheme', 'ftp://127.0.0.1:1'],
  ]) {
    it(`refuses ${name} before sending anything`, async () => {
      const target = url.replace(':1', `:${emulator.port}`);
      await assert.rejects(post(target), RefusedUrlError);
      assert.equal(emulator.requests.length, 0);
    });
  }

  it('reports a redirect to another origin and does not follow it', async () => {
    const redirecting = await startEmulator({ fault: 'redirect', redirectTo: elsewhere.url });
    try {
      const verdict = interpretVerifyResult(await post(redirecting.url));
      assert.equal(verdict.outcome, 'redirect');
      assert.equal(verdict.status, 307);
      assert.ok(verdict.message.includes(elsewhere.url), verdict.message);
      assert.equal(redirecting.requests.length, 1);
      assert.equal(elsewhere.requests.length, 0, 'the redirect target must receive nothing');
    } finally {
      await redirecting.close();
    }
  });

  it('times out', async () => {
    emulator.setFault('slow');
    const result = await post(emulator.url, { timeoutMs: 150 });
    assert.deepEqual(result.kind === 'network-error' && result.error, 'timeout');
    assert.ok(result.latencyMs >= 140 && result.latencyMs < 2000, `latency ${result.latencyMs}`);
  });

  it('classifies a refused connection', async () => {
    const result = await post('http://127.0.0.1:1');
    assert.equal(result.kind === 'network-error' && result.error, 'refused');
  });

  it('is cancelled by its signal', async () => {
    emulator.setFault('slow');
    const controller = new AbortController();
    const pending = post(emulator.url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const result = await pending;
    assert.equal(result.kind === 'network-error' && result.error, 'cancelled');
    assert.equal(interpretVerifyResult(result).outcome, 'cancelled');
  });

  it('does nothing with a signal aborted already', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await post(emulator.url, { signal: controller.signal });
    assert.equal(result.kind === 'network-error' && result.error, 'cancelled');
  });

  it('opens no connection at all with a signal aborted already', async () => {
    let connections = 0;
    const server = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const controller = new AbortController();
      controller.abort();
      const { port } = server.address() as net.AddressInfo;
      const result = await post(`http://127.0.0.1:${port}`, { signal: controller.signal });
      assert.equal(result.kind === 'network-error' && result.error, 'cancelled');
      // A connection attempt would have been accepted by now; give it the same turn of the loop a real one takes.
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(connections, 0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('classifies a TLS failure (https to a plain http port)', async () => {
    const result = await post(`https://127.0.0.1:${emulator.port}`);
    assert.equal(result.kind === 'network-error' && result.error, 'tls', JSON.stringify(result));
  });

  it('classifies a DNS failure', async () => {
    const result = await post('https://no-such-host.invalid');
    assert.equal(result.kind === 'network-error' && result.error, 'dns', JSON.stringify(result));
  });

  it('reports 5xx, 429 and non-JSON answers through the mapping', async () => {
    for (const [fault, outcome] of [
      ['500', 'unreachable'],
      ['429', 'rate-limited'],
      ['nonjson', 'unreachable'],
    ] as const) {
      emulator.setFault(fault);
      assert.equal(interpretVerifyResult(await post(emulator.url)).outcome, outcome, fault);
    }
  });

  describe('answers that are not about the key: a wrong base URL or a proxy, against the emulator\'s order of checks', () => {
    /** A loopback proxy in front of the emulator that changes the request on its way. */
    async function withProxy(change: (req: { method: string; path: string; headers: http.OutgoingHttpHeaders; body: string }) => void, run: (url: string) => Promise<void>): Promise<void> {
      const proxy = http.createServer((req, res) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          const forwarded = { method: req.method ?? 'POST', path: req.url ?? '/', headers: { ...req.headers } as http.OutgoingHttpHeaders, body };
          change(forwarded);
          forwarded.headers['content-length'] = String(Buffer.byteLength(forwarded.body));
          const upstream = http.request(`${emulator.url}${forwarded.path}`, { method: forwarded.method, headers: forwarded.headers }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          });
          upstream.end(forwarded.body);
        });
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      try {
        await run(`http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`);
      } finally {
        proxy.closeAllConnections();
        await new Promise((resolve) => proxy.close(resolve));
      }
    }

    it('a base URL with /v2 in it: the router\'s 404 is "not the Unkey API", not a verdict on the key', async () => {
      const verdict = interpretVerifyResult(await post(`${emulator.url}/v2`));
      assert.equal(emulator.requests[0]!.path, '/v2/v2/keys.verifyKey');
      assert.equal(verdict.outcome, 'not-unkey-api');
      assert.equal(verdict.ok, false);
      assert.equal(verdict.status, 404);
      assert.match(verdict.message, /^This is not the Unkey API \(HTTP 404 text\/plain, "404 page not found"\): .*with no \/v2 or other path.*The key was not judged\.$/);
    });

    it('a proxy that forwards as GET: the router\'s 405', async () => {
      await withProxy((req) => (req.method = 'GET'), async (url) => {
        const verdict = interpretVerifyResult(await post(url));
        assert.equal(verdict.outcome, 'not-unkey-api');
        assert.match(verdict.message, /^This is not the Unkey API \(HTTP 405 text\/plain, "Method Not Allowed"\): the server that answered does not accept POST/);
      });
    });

    it('a proxy that drops the Authorization header: the validator\'s invalid_input, named as the proxy\'s doing', async () => {
      await withProxy((req) => delete req.headers.authorization, async (url) => {
        const verdict = interpretVerifyResult(await post(url));
        assert.equal(verdict.outcome, 'header-rejected');
        assert.equal(verdict.status, 400);
        assert.match(verdict.message, /^The request reached the API without its Authorization header \(HTTP 400, application\/invalid_input, "Authorization header for 'bearer' scheme"\) \(request req_\w+\): .*a proxy in between removed it\. The key was not judged\.$/);
      });
    });

    it('a proxy that rewrites the body: the validator\'s invalid_input with its detail', async () => {
      await withProxy((req) => (req.body = JSON.stringify({ ...JSON.parse(req.body), apiId: 'api_12345678' })), async (url) => {
        const verdict = interpretVerifyResult(await post(url));
        assert.equal(verdict.outcome, 'not-unkey-api');
        assert.match(verdict.message, /^This is not the Unkey API, or not its v2 \(HTTP 400, application\/invalid_input, "POST request body for '\/v2\/keys\.verifyKey' failed to validate schema"\)/);
      });
    });

    it('through a proxy that changes nothing, the key is judged as usual', async () => {
      await withProxy(() => undefined, async (url) => {
        assert.equal(interpretVerifyResult(await post(url)).outcome, 'works');
      });
    });
  });
});
