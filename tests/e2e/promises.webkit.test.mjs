// Harbor's promises (promises.mjs) in WebKit, with one browser.
import { promises } from './promises.mjs';

promises('webkit');
