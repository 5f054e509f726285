// The reader's view of one page: title and counts, then speakers with their quotes and the
// figures with their claimants. Page text is only ever rendered as text (Preact escapes it).
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { ContentRequest, PageReport } from '../shared/messages';

type Load = { status: 'loading' } | { status: 'unreachable' } | { status: 'loaded'; report: PageReport };

async function ask(tabId: number, request: ContentRequest): Promise<PageReport | null> {
  return (await browser.tabs.sendMessage(tabId, request)) as PageReport | null;
}

export function App({ tabId }: { tabId: number | null }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    if (tabId === null) { setLoad({ status: 'unreachable' }); return; }
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const report = await ask(tabId, { type: 'get-report' });
        if (cancelled) return;
        if (!report) { setLoad({ status: 'unreachable' }); return; }
        setLoad({ status: 'loaded', report });
        if (report.state === 'working') timer = setTimeout(poll, 150);
      } catch {
        if (!cancelled) setLoad({ status: 'unreachable' });
      }
    };
    void poll();
    return () => { cancelled = true; clearTimeout(timer); };
  }, [tabId]);

  useEffect(() => {
    document.getElementById('app')?.setAttribute('aria-busy', String(load.status === 'loading'));
    if (load.status !== 'loading') document.body.dataset.ready = 'true';
  }, [load]);

  if (load.status === 'loading') return <p class="state">Reading the page…</p>;
  if (load.status === 'unreachable') return <p class="state">Quote Lens cannot read this page.</p>;
  const { report } = load;
  const a = report.annotations;
  if (!a) return <p class="state">No article found on this page.</p>;
  const speakers = [...a.speakers].sort((x, y) => y.quoteCount - x.quoteCount);
  return (
    <div>
      <h1>{report.title}</h1>
      <p class="counts">{speakers.length} speakers · {a.quotes.length} quotes · {a.figures.length} figures</p>
      <h2>Speakers</h2>
      <ul class="speakers">
        {speakers.map((s) => (
          <li class="speaker" key={s.id}>
            <strong class="speaker-name">{s.name}</strong>
            <ul>
              {a.quotes.filter((q) => q.speaker?.id === s.id).map((q) => <li class="quote">{q.text}</li>)}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
