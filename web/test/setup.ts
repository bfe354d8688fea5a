import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks what the router needs from the platform.
Object.assign(globalThis, { TextEncoder, TextDecoder });
// Chinese first, as the app starts for a new visitor.
window.localStorage.clear();
