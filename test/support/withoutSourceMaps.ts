/**
 * Preloaded after tsx into the service processes the tests start. Node then keeps no source maps:
 * reading and indexing every loaded module's map is about a tenth of a start. Tests read such a
 * process's log lines and exit code, never its stack positions.
 */
process.setSourceMapsEnabled(false);
