// Load every id at the same time; results in the order of ids.
async function loadAll(ids, load) {
  const results = [];
  ids.forEach(async (id) => {
    results.push(await load(id));
  });
  return results;
}

// Load every id at the same time; one report per id, never rejects.
async function loadAllSettled(ids, load) {
  const reports = [];
  for (const id of ids) {
    reports.push({ id, ok: true, value: await load(id) });
  }
  return reports;
}

module.exports = { loadAll, loadAllSettled };
