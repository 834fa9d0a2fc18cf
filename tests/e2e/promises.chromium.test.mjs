// Harbor's promises (promises.mjs) in Chromium, with one browser.
import { promises } from './promises.mjs';

promises('chromium');
