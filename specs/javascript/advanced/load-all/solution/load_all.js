// Load every id at the same time; results in the order of ids.
function loadAll(ids, load) {
  return Promise.all(ids.map((id) => load(id)));
}

// Load every id at the same time; one report per id, never rejects.
async function loadAllSettled(ids, load) {
  const outcomes = await Promise.allSettled(ids.map((id) => load(id)));
  return outcomes.map((outcome, i) => {
    if (outcome.status === "fulfilled") {
      return { id: ids[i], ok: true, value: outcome.value };
    }
    const reason = outcome.reason;
    return { id: ids[i], ok: false, error: reason instanceof Error ? reason.message : String(reason) };
  });
}

module.exports = { loadAll, loadAllSettled };
