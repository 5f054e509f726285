import { badgeText, handleCommand, handleMessage, type BackgroundApi } from './background-core';
import type { ContentRequest } from '../shared/messages';

function fakeApi(activeTab: number | null = 3) {
  const badges: [number, string][] = [];
  const sent: [number, ContentRequest][] = [];
  const api: BackgroundApi = {
    extensionId: 'our-id',
    setBadge: async (tabId, text) => {
      badges.push([tabId, text]);
    },
    activeTabId: async () => activeTab,
    sendToTab: async (tabId, request) => {
      sent.push([tabId, request]);
    },
  };
  return { api, badges, sent };
}

describe('badgeText', () => {
  test.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
    [123456, '999+'],
  ])('%i -> %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('handleMessage', () => {
  const ours = { id: 'our-id', tab: { id: 5 } };
  test("sets the sender tab's badge from a quote count", () => {
    const f = fakeApi();
    handleMessage(f.api, { type: 'quote-count', count: 12 }, ours);
    handleMessage(f.api, { type: 'quote-count', count: 0 }, ours);
    expect(f.badges).toEqual([
      [5, '12'],
      [5, ''],
    ]);
  });

  test.each<[string, unknown, { id?: string; tab?: { id?: number } }]>([
    ['a malformed count', { type: 'quote-count', count: '12' }, ours],
    ['a negative count', { type: 'quote-count', count: -4 }, ours],
    ['an unknown type', { type: 'set-badge', text: 'PWNED' }, ours],
    ['a non-object', 'quote-count', ours],
    ['another extension', { type: 'quote-count', count: 3 }, { id: 'evil-id', tab: { id: 5 } }],
    ['no sender id', { type: 'quote-count', count: 3 }, { tab: { id: 5 } }],
    ['no tab (an extension page)', { type: 'quote-count', count: 3 }, { id: 'our-id' }],
    ['a tab id the browser never uses', { type: 'quote-count', count: 3 }, { id: 'our-id', tab: { id: -1 } }],
  ])('ignores %s', (_, message, sender) => {
    const f = fakeApi();
    handleMessage(f.api, message, sender);
    expect(f.badges).toEqual([]);
  });

  test('a message cannot choose which tab it changes', () => {
    const f = fakeApi();
    handleMessage(f.api, { type: 'quote-count', count: 2, tabId: 99 }, ours);
    expect(f.badges).toEqual([[5, '2']]);
  });
});

describe('handleMessage: analysis for our content scripts', () => {
  const ours = { id: 'our-id', tab: { id: 5 } };
  const text = '“We will rebuild the bridge by spring,” Mayor Ana Torres said. It will cost $48 million.';
  const blocks = [{ start: 0, end: text.length, kind: 'paragraph' as const }];

  test("answers an article's text with its annotations, and never touches the badge", () => {
    const f = fakeApi();
    const answer = handleMessage(f.api, { type: 'analyze', text, blocks }, ours);
    expect(answer?.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['“We will rebuild the bridge by spring,”', 'Ana Torres'],
    ]);
    expect(answer?.figures.map((f) => f.text)).toContain('$48 million');
    expect(f.badges).toEqual([]);
  });

  test.each<[string, unknown, { id?: string; tab?: { id?: number } }]>([
    ['another extension', { type: 'analyze', text, blocks }, { id: 'evil-id', tab: { id: 5 } }],
    ['an extension page (no tab)', { type: 'analyze', text, blocks }, { id: 'our-id' }],
    ['text that is not a string', { type: 'analyze', text: 42, blocks }, ours],
    [
      'a block past the end of the text',
      { type: 'analyze', text, blocks: [{ start: 0, end: text.length + 1, kind: 'paragraph' }] },
      ours,
    ],
    [
      'blocks out of order',
      {
        type: 'analyze',
        text,
        blocks: [
          { start: 10, end: 20, kind: 'paragraph' },
          { start: 0, end: 5, kind: 'paragraph' },
        ],
      },
      ours,
    ],
    ['an unknown block kind', { type: 'analyze', text, blocks: [{ start: 0, end: 5, kind: 'script' }] }, ours],
    ['text past the cap (1 M characters)', { type: 'analyze', text: '“'.repeat(1_000_001), blocks: [] }, ours],
  ])('does not answer %s', (_, message, sender) => {
    expect(handleMessage(fakeApi().api, message, sender)).toBeUndefined();
  });
});

describe('handleMessage: warming up the engine', () => {
  const ours = { id: 'our-id', tab: { id: 5 } };

  test('a warm-up gets no answer and touches no badge, and the analyses after it are answered as before', () => {
    const f = fakeApi();
    expect(handleMessage(f.api, { type: 'warm-up' }, ours)).toBeUndefined();
    expect(handleMessage(f.api, { type: 'warm-up' }, ours)).toBeUndefined();
    const text = '“The river is still rising,” Fire Chief Lena Ortiz said on Monday.';
    const blocks = [{ start: 0, end: text.length, kind: 'paragraph' as const }];
    const answer = handleMessage(f.api, { type: 'analyze', text, blocks }, ours);
    expect(answer?.quotes.map((q) => q.speaker?.name)).toEqual(['Lena Ortiz']);
    expect(f.badges).toEqual([]);
  });
});

describe('handleCommand', () => {
  test('toggle-highlights goes to the active tab', async () => {
    const f = fakeApi(8);
    await handleCommand(f.api, 'toggle-highlights');
    expect(f.sent).toEqual([[8, { type: 'toggle-highlights' }]]);
  });

  test.each(['unknown', '_execute_action', '__proto__', 'constructor'])('ignores %s', async (command) => {
    const f = fakeApi(8);
    await handleCommand(f.api, command);
    expect(f.sent).toEqual([]);
  });

  test('no active tab, or a tab that does not answer, is not an error', async () => {
    const none = fakeApi(null);
    await expect(handleCommand(none.api, 'toggle-highlights')).resolves.toBeUndefined();
    const f = fakeApi(8);
    f.api.sendToTab = async () => {
      throw new Error('Receiving end does not exist');
    };
    await expect(handleCommand(f.api, 'toggle-highlights')).resolves.toBeUndefined();
  });
});
