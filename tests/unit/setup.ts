// fake-indexeddb gives every unit test a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
