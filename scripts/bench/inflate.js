// The physical floor of reading department workbooks, in plain JavaScript with nothing but Node (so its own
// process starts as fast as Node does): every workbook.xml, sharedStrings.xml and worksheet part of every file
// inflated with zlib and its bytes passed over once (counting tags). Prints {ms, sheets, mb, peakRssMb} as JSON;
// `npm run bench` runs it as a phase (ms inside the process) and as a whole process (its wall time).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const WANTED = /^xl\/(?:workbook\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

/** The wanted parts' compressed bytes, from the zip's central directory (no zip64: the bench's files are small). */
function* wantedParts(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  let p = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(p + 28, true);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const size = view.getUint32(p + 20, true);
    const local = view.getUint32(p + 42, true);
    if (WANTED.test(name)) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      yield { name, method: view.getUint16(p + 10, true), data: bytes.subarray(start, start + size) };
    }
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

function run(files) {
  let sheets = 0;
  let inflated = 0;
  let tags = 0;
  for (const file of files) {
    for (const part of wantedParts(fs.readFileSync(file))) {
      const xml = part.method === 8 ? zlib.inflateRawSync(part.data) : Buffer.from(part.data);
      for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) tags++;
      inflated += xml.length;
      if (part.name.startsWith('xl/worksheets/')) sheets++;
    }
  }
  return { sheets, inflated, tags };
}

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(dir, f));
const start = performance.now();
const { sheets, inflated } = run(files);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, sheets, mb: inflated / 1024 / 1024, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
