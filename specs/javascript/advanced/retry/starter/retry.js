// Call task until it succeeds, at most `attempts` times, pausing delayMs between calls.
async function retry(task, attempts, delayMs = 0) {
  for (let i = 0; i < attempts; i++) {
    try {
      return task();
    } catch (err) {
      if (i === attempts - 1) {
        throw err;
      }
    }
  }
}

module.exports = { retry };
