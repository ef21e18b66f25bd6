// An in-memory IndexedDB so database code runs in Node exactly as in a browser.
import 'fake-indexeddb/auto';
