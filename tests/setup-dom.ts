// DOM test setup: jest-dom matchers, and the bits of browser API jsdom lacks that our components touch.
import '@testing-library/jest-dom/vitest';

if (!('ResizeObserver' in globalThis)) {
  class RO {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (globalThis as unknown as { ResizeObserver: typeof RO }).ResizeObserver = RO;
}
