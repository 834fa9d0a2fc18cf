// Harbor's promises (promises.mjs) in Firefox, with one browser.
import { promises } from './promises.mjs';

promises('firefox');
