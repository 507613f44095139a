// Jest reporter: after the run, the ten slowest test files and the ten slowest tests, so the suite's cost stays visible.
class SlowestReporter {
  onRunComplete(_contexts, results) {
    const root = process.cwd() + '/';
    const files = results.testResults.map((f) => ({
      name: f.testFilePath.replace(root, ''),
      ms: f.perfStats.end - f.perfStats.start,
    }));
    const tests = results.testResults.flatMap((f) =>
      f.testResults.map((t) => ({ name: `${f.testFilePath.replace(root, '')} › ${t.fullName}`, ms: t.duration ?? 0 })),
    );
    const top = (rows) =>
      rows
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 10)
        .map((r) => `  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.name.length > 150 ? `${r.name.slice(0, 147)}...` : r.name}`)
        .join('\n');
    const wall = ((Date.now() - results.startTime) / 1000).toFixed(0);
    process.stderr.write(`\nSlowest test files (whole run ${wall} s):\n${top(files)}\nSlowest tests:\n${top(tests)}\n`);
  }
}

module.exports = SlowestReporter;
