// Writes the add-in's icons (assets/icon-{16,32,64,80,128}.png) with Node alone: a blue rounded square with a
// white check mark, no lettering. Run with `npm run icons`; the PNGs are committed.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x5f, 0xad];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from point p to the segment a–b. */
function distance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** RGBA of one pixel, in coordinates where the icon spans 0..1; 4× supersampled for smooth edges. */
function pixel(size, x, y) {
  const samples = 4;
  let inside = 0;
  let mark = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      const p = [(x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size];
      const r = 0.18; // corner radius
      const cx = Math.min(Math.max(p[0], r), 1 - r);
      const cy = Math.min(Math.max(p[1], r), 1 - r);
      if (Math.hypot(p[0] - cx, p[1] - cy) > r) continue;
      inside++;
      const check = Math.min(distance(p, [0.24, 0.52], [0.43, 0.71]), distance(p, [0.43, 0.71], [0.77, 0.31]));
      if (check < 0.085) mark++;
    }
  }
  const n = samples * samples;
  const mix = mark / Math.max(inside, 1);
  const rgb = BLUE.map((c, k) => Math.round(c * (1 - mix) + WHITE[k] * mix));
  return [...rgb, Math.round((255 * inside) / n)];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter: none
    for (let x = 0; x < size; x++) row.push(...pixel(size, x, y));
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(dir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
}
