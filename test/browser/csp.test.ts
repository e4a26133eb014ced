import { expect } from '@open-wc/testing';

interface ProbeResult {
  violations: string[];
  checks: Record<string, unknown>;
  error?: string;
}

/** Loads a page under `script-src 'self'` in an iframe and waits for its probe's report. */
function probe(page: string): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${page} did not report`)), 25_000);
    window.addEventListener('message', function onMessage(event: MessageEvent<ProbeResult & { page: string }>) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = new URL(`./fixtures/${page}`, import.meta.url).href;
    document.body.append(frame);
  });
}

describe("the SDK under a Content-Security-Policy without 'unsafe-eval'", () => {
  it('validates requests and responses with no CSP violation', async () => {
    const result = await probe('csp-sdk.html');
    expect(result.error).to.equal(undefined);
    expect(result.checks).to.deep.equal({ balance: 4203, refusedBeforeSending: true, contractError: 'available.amount', pages: 2 });
    expect(result.violations).to.deep.equal([]);
  });

  it('(control) the same page does report zod trying eval when it is not jitless', async () => {
    const result = await probe('csp-control.html');
    expect(result.violations.length).to.be.greaterThan(0);
  });
});

describe("every widget under default-src 'none'; script-src 'self'; style-src 'self'", () => {
  it('shows its content, with no inline style or script and no CSP violation', async function () {
    // Twenty-five widgets and a simulator, compiled for the page on first request.
    this.timeout(30_000);
    const result = await probe('csp-widgets.html');
    expect(result.error).to.equal(undefined);
    expect(result.checks).to.deep.equal({ notShown: [], failing: [], callLogRows: true, callLogHeight: true, violationsSoFar: 0 });
    expect(result.violations).to.deep.equal([]);
  });
});
