const DEFAULTS = { host: "localhost", port: 8080, debug: false };

// Read a JSON config and fill in the defaults for missing fields.
function parseConfig(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`config is not valid JSON: ${err.message}`, { cause: err });
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error("config must be an object");
  }
  const config = {
    host: raw.host ?? DEFAULTS.host,
    port: raw.port ?? DEFAULTS.port,
    debug: raw.debug ?? DEFAULTS.debug,
  };
  const { port } = config;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`port must be a whole number from 0 to 65535, got ${JSON.stringify(port)}`);
  }
  return config;
}

module.exports = { parseConfig };
