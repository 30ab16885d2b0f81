import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSameOriginJson, PageDataError } from '../../utils/content/fetch-same-origin-json';

const ORIGIN = 'https://www.netflix.com';
const URL_OF_DATA = `${ORIGIN}/nq/website/memberapi/release/metadata?movieid=80100174`;

function stubFetch(response: Response) {
  const fetchStub = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response);
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the content script’s same-origin request', () => {
  it("asks the page's own origin with the user's session, and parses the JSON", async () => {
    const fetchStub = stubFetch(new Response('{"video":{"id":1}}', { status: 200 }));
    await expect(fetchSameOriginJson(URL_OF_DATA, ORIGIN)).resolves.toEqual({ video: { id: 1 } });
    expect(fetchStub).toHaveBeenCalledTimes(1);
    const [url, init] = fetchStub.mock.calls[0] ?? [];
    expect(url).toBe(URL_OF_DATA);
    expect(init).toMatchObject({ credentials: 'include', redirect: 'error' });
  });

  it.each([
    ['another origin', 'https://evil.example/nq/website/memberapi/release/metadata?movieid=1'],
    ['a look-alike host', 'https://www.netflix.com.evil.example/x'],
    ['plain http', 'http://www.netflix.com/x'],
  ])('refuses %s without a request', async (_what, url) => {
    const fetchStub = stubFetch(new Response('{}'));
    await expect(fetchSameOriginJson(url, url.startsWith('http:') ? 'http://www.netflix.com' : ORIGIN)).rejects.toThrow(
      PageDataError,
    );
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('fails on an HTTP error, an oversized body or a body that is not JSON', async () => {
    stubFetch(new Response('nope', { status: 403 }));
    await expect(fetchSameOriginJson(URL_OF_DATA, ORIGIN)).rejects.toThrow('HTTP 403');
    stubFetch(new Response(`"${'x'.repeat(2_000_001)}"`, { status: 200 }));
    await expect(fetchSameOriginJson(URL_OF_DATA, ORIGIN)).rejects.toThrow('too large');
    stubFetch(new Response('<html>sign in</html>', { status: 200 }));
    await expect(fetchSameOriginJson(URL_OF_DATA, ORIGIN)).rejects.toThrow(SyntaxError);
  });
});
