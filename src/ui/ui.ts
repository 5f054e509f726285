// The one module of the popup and the options page (build.mjs): what the two share (Preact, the
// settings, corrections and message helpers) ships once, and each page's code with it, in one
// file instead of three, which deflate codes together (1,888 bytes of each zip against a shared
// chunk and a module for each page, two files' names and headers included). Each page runs only
// its own start. (src/ui imports only these two.)
import { startPopup } from '../popup/popup';
import { startOptions } from '../options/options';

if (location.pathname.endsWith('/options.html')) startOptions();
else startPopup();
