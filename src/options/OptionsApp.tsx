// The options page: what is highlighted, how, when Quote Lens runs, and where it never runs.
// Every change is saved at once to storage.sync, from where the content script of every open
// tab picks it up (content.ts listens to storage.onChanged).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { disableSite, HIGHLIGHT_STYLES, MAX_DISABLED_SITES, type RunMode, type Settings } from '../shared/settings';
import type { SettingsStore } from '../shared/settings-store';
import { CorrectionsSection, type CorrectionsSectionProps } from './CorrectionsSection';

type KindKey = keyof Settings['kinds'];
const KINDS: readonly KindKey[] = ['direct', 'reported', 'figures', 'dates'];
const RUN_MODES: readonly RunMode[] = ['auto', 'on-click'];
/** Message keys may hold only [A-Za-z0-9_] (Chrome refuses to load the extension otherwise). */
const RUN_MODE_KEYS: Record<RunMode, string> = { auto: 'optionsRun_auto', 'on-click': 'optionsRun_onClick' };

export function OptionsApp({ store, corrections }: { store: SettingsStore; corrections?: CorrectionsSectionProps }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');

  useEffect(() => {
    let live = true;
    void store.load().then((s) => {
      if (live) setSettings(s);
    });
    const unsubscribe = store.subscribe((s) => setSettings(s));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);

  useEffect(() => {
    if (settings) document.body.dataset.ready = 'true';
  }, [settings]);

  if (!settings) return <p role="status">{t('stateLoading')}</p>;

  const save = async (next: Settings) => {
    setSettings(next);
    try {
      await store.save(next);
      setStatus(t('optionsSaved'));
    } catch {
      setStatus(t('optionsSaveFailed'));
    }
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const result = disableSite(settings, site);
    if (!result.ok) {
      setSiteError(result.reason === 'full' ? t('sitesFull', MAX_DISABLED_SITES) : t('siteInvalid', site));
      return;
    }
    setSite('');
    setSiteError('');
    void save(result.settings);
  };

  return (
    <div>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsKindsLegend')}</legend>
        {KINDS.map((kind) => (
          <label class="choice" key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(e) =>
                save({ ...settings, kinds: { ...settings.kinds, [kind]: (e.target as HTMLInputElement).checked } })
              }
            />
            {t(`optionsKind_${kind}`)}
          </label>
        ))}
      </fieldset>
      <RadioGroup
        legend={t('optionsStyleLegend')}
        name="style"
        values={HIGHLIGHT_STYLES}
        chosen={settings.style}
        label={(style) => t(`optionsStyle_${style}`)}
        onChoose={(style) => save({ ...settings, style })}
      />
      <RadioGroup
        legend={t('optionsRunLegend')}
        name="run-mode"
        values={RUN_MODES}
        chosen={settings.runMode}
        label={(mode) => t(RUN_MODE_KEYS[mode])}
        onChoose={(runMode) => save({ ...settings, runMode })}
      />
      <fieldset>
        <legend>{t('optionsSitesLegend')}</legend>
        <p class="hint" id="sites-hint">
          {t('optionsSitesHint')}
        </p>
        {settings.disabledSites.length === 0 ? (
          <p class="empty">{t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="sites" aria-label={t('optionsSitesLegend')}>
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span class="site">{host}</span>
                <button
                  type="button"
                  class="remove-site"
                  aria-label={t('optionsRemoveSiteLabel', host)}
                  onClick={() => save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== host) })}
                >
                  {t('optionsRemoveSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSite}>
          <label for="new-site">{t('optionsAddSiteLabel')}</label>
          <input
            id="new-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={site}
            placeholder="example.com"
            aria-describedby="sites-hint site-error"
            aria-invalid={siteError ? true : undefined}
            onInput={(e) => {
              setSite((e.target as HTMLInputElement).value);
              setSiteError('');
            }}
          />
          <button type="submit">{t('optionsAddSite')}</button>
        </form>
        <p class="error" id="site-error" role="alert">
          {siteError}
        </p>
      </fieldset>
      {corrections && <CorrectionsSection {...corrections} />}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** One setting chosen among a few values, as a fieldset of radio buttons. */
function RadioGroup<V extends string>({
  legend,
  name,
  values,
  chosen,
  label,
  onChoose,
}: {
  legend: string;
  name: string;
  values: readonly V[];
  chosen: V;
  label: (value: V) => string;
  onChoose: (value: V) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label class="choice" key={value}>
          <input type="radio" name={name} value={value} checked={chosen === value} onChange={() => onChoose(value)} />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}
