// Setup for component tests (jsdom): Testing Library's matchers such as toBeInTheDocument, and its waits
// (findBy…, waitFor) giving up only at a hang, as every wait in the tests does (test/support/patience.ts): on a
// busy machine consolidating the seed in jsdom takes more than Testing Library's default second. jsdom has no
// TextDecoder (every browser the pane runs in has one, Shift_JIS included): Node's stands in, set here because the
// reader makes its decoder when its module loads, before a test file's own code would run.
import '@testing-library/jest-dom';
import { TextDecoder } from 'util';
import { configure } from '@testing-library/react';
import { PATIENCE_MS } from './patience';

configure({ asyncUtilTimeout: PATIENCE_MS });
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });
