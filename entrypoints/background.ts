export default defineBackground(() => {
  // Wiring lands with the database (issue 4): the background is the only owner of IndexedDB.
});
