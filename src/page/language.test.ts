/** @jest-environment jsdom */
// The language gate: what the page declares, then what its words show.
import { declaredLanguage, englishShare, isEnglishTag, looksEnglish } from './language';

const ENGLISH =
  'The council voted on Tuesday to close the old bridge to trucks, and the mayor said the town would ask the state for help with the cost. ' +
  'Engineers who inspected it last spring found cracks in two of its piers, which they said had been there for years. ' +
  'Residents have been told to expect delays of up to an hour while the work is done.';
const GERMAN =
  'Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke für Lastwagen zu sperren, und die Bürgermeisterin sagte, ' +
  'die Stadt werde das Land um Hilfe bei den Kosten bitten. Ingenieure, die sie im vergangenen Frühjahr geprüft hatten, ' +
  'fanden Risse in zwei ihrer Pfeiler. Die Anwohner sollen sich auf Verzögerungen von bis zu einer Stunde einstellen.';
const FRENCH =
  'Le conseil municipal a voté mardi la fermeture du vieux pont aux camions, et la maire a déclaré que la ville demanderait ' +
  "à l'État de l'aider à en payer le coût. Les ingénieurs qui l'ont inspecté au printemps dernier ont trouvé des fissures dans deux " +
  'de ses piles. Les habitants doivent s’attendre à des retards pouvant aller jusqu’à une heure pendant les travaux.';
const SPANISH =
  'El consejo municipal votó el martes cerrar el viejo puente a los camiones, y la alcaldesa dijo que la ciudad pediría ayuda ' +
  'al estado para pagar el costo. Los ingenieros que lo inspeccionaron la primavera pasada encontraron grietas en dos de sus pilares. ' +
  'A los vecinos se les ha dicho que esperen retrasos de hasta una hora mientras duren las obras.';

describe('declaredLanguage', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('xml:lang');
    document.head.innerHTML = '';
  });

  test('reads <html lang>, then xml:lang, then a Content-Language meta', () => {
    expect(declaredLanguage(document)).toBeNull();
    document.head.innerHTML = '<meta http-equiv="Content-Language" content="fr-FR, en">';
    expect(declaredLanguage(document)).toBe('fr-FR');
    document.documentElement.setAttribute('xml:lang', 'de');
    expect(declaredLanguage(document)).toBe('de');
    document.documentElement.setAttribute('lang', 'en-GB');
    expect(declaredLanguage(document)).toBe('en-GB');
  });

  test.each([
    ['en', true],
    ['en-US', true],
    ['EN_gb', true],
    ['de', false],
    ['fr-CA', false],
    ['eng', false],
    ['es-419', false],
  ])('%s is English: %s', (tag, english) => {
    expect(isEnglishTag(tag)).toBe(english);
  });
});

describe('looksEnglish', () => {
  test('English prose is English; German, French and Spanish prose is not', () => {
    expect(looksEnglish(ENGLISH)).toBe(true);
    expect(looksEnglish(GERMAN)).toBe(false);
    expect(looksEnglish(FRENCH)).toBe(false);
    expect(looksEnglish(SPANISH)).toBe(false);
  });

  test('the shares lie far apart, not near the threshold', () => {
    expect(englishShare(ENGLISH).share).toBeGreaterThan(0.3);
    for (const other of [GERMAN, FRENCH, SPANISH]) expect(englishShare(other).share).toBeLessThan(0.08);
  });

  test('English with a foreign quotation in it is still English', () => {
    expect(looksEnglish(`${ENGLISH} “Wir schaffen das,” she said, quoting the chancellor. ${ENGLISH}`)).toBe(true);
  });

  test('too few words to judge counts as English', () => {
    expect(looksEnglish('Brücke gesperrt')).toBe(true);
  });
});

describe('looksEnglish on long texts (the start is judged first)', () => {
  const repeat = (text: string, chars: number) =>
    Array.from({ length: Math.ceil(chars / text.length) }, () => text).join(' ');

  test('a long English or German text gets the same verdict as its whole sample gives', () => {
    for (const [text, english] of [
      [repeat(ENGLISH, 15_000), true],
      [repeat(GERMAN, 15_000), false],
      [repeat(FRENCH, 15_000), false],
    ] as const) {
      const whole = englishShare(text).share >= 0.2;
      expect(whole).toBe(english);
      expect(looksEnglish(text)).toBe(english);
    }
  });

  test('a start that is neither clearly English nor clearly not is judged on the whole sample', () => {
    // About half German, half English at the start (a share between the two first-look lines),
    // then English: the whole sample says English; then German: it says not.
    const mixed = repeat(`${GERMAN} ${GERMAN} ${ENGLISH}`, 2_000).slice(0, 2_000);
    const share = englishShare(mixed).share;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.25);
    expect(looksEnglish(`${mixed} ${repeat(ENGLISH, 10_000)}`)).toBe(true);
    expect(looksEnglish(`${mixed} ${repeat(GERMAN, 10_000)}`)).toBe(false);
  });
});
