/** Which build this code is in, set by build.mjs (esbuild `define`): some browser differences
 * cannot be feature-detected (e.g. how the popup is opened in tests). */
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
