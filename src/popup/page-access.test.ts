import { whyUnreachable } from './page-access';

describe('whyUnreachable', () => {
  test.each([
    [null, 'browser-page'],
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://example.org/', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['not a url', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/category', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://chrome.google.com/search', 'not-loaded'],
    ['https://example.org/report.PDF', 'pdf'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['file:///home/me/page.html', 'local-file'],
    ['https://example.org/news/1', 'not-loaded'],
  ] as const)('%s -> %s', (url, reason) => {
    expect(whyUnreachable(url)).toBe(reason);
  });

  test.each([
    ['https://example.org/news/1', 'loading'],
    ['http://127.0.0.1:8080/story', 'loading'],
    [null, 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.org/report.pdf', 'pdf'],
    ['file:///home/me/page.html', 'local-file'],
  ] as const)('still loading: %s -> %s', (url, reason) => {
    expect(whyUnreachable(url, true)).toBe(reason);
  });
});
