// Preloaded (node -r) into a whole-process run of the seika command: writes the process's peak RSS to stderr as
// it exits, so the bench measures the real command without changing it.
const fs = require('fs');

process.on('exit', () => fs.writeSync(2, `\nseika-bench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
