// Charts and graphics drawn inside an article: their labels (axis ticks "$900", "600", "0",
// legends, tooltips, data tables behind a chart) are drawings of numbers, not sentences, and read
// as text they become figures nobody wrote. SVG, canvas and images are skipped by tag already
// (text-index's SKIPPED_TAGS); this finds the charts built of ordinary HTML elements, by what the
// page calls them.

/** Class or id words of chart containers and their parts, as whole words of the class or id
 * (split on spaces, "-" and "_"): "bar-chart", "highcharts-axis-labels", "dw-chart-body",
 * "x-axis", "tick". "chartbeat" or "paragraph" do not match. */
const CHART_WORDS =
  /(?:^|[\s_-])(?:chart|charts|graph|graphs|infographic|infographics|data-?viz|datawrapper|highcharts|recharts|plotly|flourish|vega|axis|axes|tick|ticks)(?:$|[\s_-])/i;

/** ARIA roles whose content is one image to assistive technology: its text is no prose either. */
const GRAPHIC_ROLES = new Set(['img', 'graphics-document', 'graphics-object', 'graphics-symbol']);

/** A container whose paragraphs hold this many characters is the story, whatever its class says
 * (some sites wrap a whole "graphic story" in one). */
const PROSE_CHARS = 200;

/** Whether `el` is a chart, graph or graphic whose text is not article text. */
export function isChartOrGraphic(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role !== null && GRAPHIC_ROLES.has(role)) return true;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return false;
  if (!CHART_WORDS.test(`${cls ?? ''} ${id ?? ''}`)) return false;
  return !holdsProse(el);
}

/** Whether the paragraphs under `el` add up to prose (a chart's own note is a line or two). */
function holdsProse(el: Element): boolean {
  let chars = 0;
  for (const p of el.querySelectorAll('p')) {
    chars += (p.textContent ?? '').length;
    if (chars >= PROSE_CHARS) return true;
  }
  return false;
}
