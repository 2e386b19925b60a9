const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Call task until it succeeds, at most `attempts` times, pausing delayMs between calls.
async function retry(task, attempts, delayMs = 0) {
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts must be a whole number of at least 1, got ${attempts}`);
  }
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (attempt < attempts) {
        await sleep(delayMs);
      }
    }
  }
  throw lastError;
}

module.exports = { retry };
