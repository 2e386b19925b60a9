// Read a JSON config and fill in the defaults for missing fields.
function parseConfig(text) {
  const raw = JSON.parse(text);
  return {
    host: raw.host || "localhost",
    port: raw.port || 8080,
    debug: raw.debug || false,
  };
}

module.exports = { parseConfig };
