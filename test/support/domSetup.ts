// Setup for component tests (jsdom): Testing Library's matchers such as toBeInTheDocument, and its waits
// (findBy…, waitFor) giving up only at a hang, as every wait in the tests does (test/support/patience.ts): on a
// busy machine consolidating the seed in jsdom takes more than Testing Library's default second.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { PATIENCE_MS } from './patience';

configure({ asyncUtilTimeout: PATIENCE_MS });
