import { WARM_UP_PARAGRAPHS, badgeText, handleCommand, handleMessage, type BackgroundApi } from './background-core';
import { analyze } from '../engine/analyze';
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

  test('the page\'s byline names the writer whom "I" outside quotation marks stands for', () => {
    const column = 'I asked the council twice. “Not this year,” I told them.';
    const one = [{ start: 0, end: column.length, kind: 'paragraph' as const }];
    const named = handleMessage(
      fakeApi().api,
      { type: 'analyze', text: column, blocks: one, byline: 'Ada Lund' },
      ours,
    );
    const unnamed = handleMessage(fakeApi().api, { type: 'analyze', text: column, blocks: one }, ours);
    expect(named?.quotes.map((q) => q.speaker?.name)).toEqual(['Ada Lund']);
    expect(unnamed?.quotes.map((q) => q.speaker?.name)).toEqual(['the writer']);
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
    ['a byline that is not a string', { type: 'analyze', text, blocks, byline: ['Ada Lund'] }, ours],
    ['a byline longer than any name', { type: 'analyze', text, blocks, byline: 'A'.repeat(101) }, ours],
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

test('the warm-up paragraphs take the engine through quotes, their speakers and figures', () => {
  const found = WARM_UP_PARAGRAPHS.map((p) => analyze(p));
  expect(found[0]!.quotes.map((q) => q.speaker?.name)).toContain('Ana Torres');
  expect(found[0]!.figures.length).toBeGreaterThanOrEqual(3);
  expect(found[1]!.quotes.map((q) => q.speaker?.name)).toContain('Paul Reyes');
  expect(found[2]!.quotes.length).toBeGreaterThan(0); // reported speech
});

describe('warmUpEngine: one paragraph per task, stopped by an article', () => {
  const ours = { id: 'our-id', tab: { id: 5 } };
  /** A fresh background (its module state is one life of the worker) over an engine that only
   * records the texts it is given. */
  function freshBackground() {
    const texts: string[] = [];
    let core!: typeof import('./background-core');
    jest.isolateModules(() => {
      jest.doMock('../engine/analyze', () => ({
        analyzeBlocks: (text: string) => {
          texts.push(text);
          return { quotes: [], figures: [], speakers: [] };
        },
      }));
      core = jest.requireActual<typeof import('./background-core')>('./background-core');
    });
    return { core, texts, api: fakeApi().api };
  }
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.dontMock('../engine/analyze');
  });

  test('each paragraph runs in a task of its own, and only once in a life of the background', () => {
    const { core, texts, api } = freshBackground();
    expect(core.WARM_UP_PARAGRAPHS.length).toBeGreaterThan(1);
    core.handleMessage(api, { type: 'warm-up' }, ours);
    expect(texts).toEqual([]); // nothing in the message's own task
    jest.advanceTimersToNextTimer();
    expect(texts).toEqual(core.WARM_UP_PARAGRAPHS.slice(0, 1));
    jest.runAllTimers();
    expect(texts).toEqual(core.WARM_UP_PARAGRAPHS);
    core.handleMessage(api, { type: 'warm-up' }, ours);
    jest.runAllTimers();
    expect(texts).toEqual(core.WARM_UP_PARAGRAPHS);
  });

  test('an article that arrives between paragraphs is analysed at once and stops the rest', () => {
    const { core, texts, api } = freshBackground();
    core.handleMessage(api, { type: 'warm-up' }, ours);
    jest.advanceTimersToNextTimer();
    core.handleMessage(api, { type: 'analyze', text: 'An article.', blocks: [] }, ours);
    jest.runAllTimers();
    expect(texts).toEqual([core.WARM_UP_PARAGRAPHS[0], 'An article.']);
  });

  test('an article before any paragraph leaves no warm-up to run', () => {
    const { core, texts, api } = freshBackground();
    core.handleMessage(api, { type: 'warm-up' }, ours);
    core.handleMessage(api, { type: 'analyze', text: 'An article.', blocks: [] }, ours);
    jest.runAllTimers();
    core.handleMessage(api, { type: 'warm-up' }, ours);
    jest.runAllTimers();
    expect(texts).toEqual(['An article.']);
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
