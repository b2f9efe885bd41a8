// Entry of the node bundle built by scripts/build-tools.mjs.
export { main } from './main';
export { buildBundledData } from '../db/bundled';
