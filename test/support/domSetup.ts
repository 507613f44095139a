// Setup for component tests (jsdom): Testing Library's matchers such as toBeInTheDocument.
import '@testing-library/jest-dom';
