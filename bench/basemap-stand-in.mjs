// A stand-in for PDOK's basemap on loopback, so Lighthouse measures the pages with a basemap
// (as a user online sees them) on a machine without internet: every tile request gets the same
// plain 256 px PNG, made here (no file in the repository), cacheable like PDOK's tiles.
//   node bench/basemap-stand-in.mjs PORT
import { createServer } from 'node:http';
import { deflateSync, crc32 } from 'node:zlib';

const port = Number(process.argv[2]);
if (!port) {
  console.error('usage: node basemap-stand-in.mjs PORT');
  process.exit(2);
}

function chunk(type, data) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

function plainPng(size, [r, g, b]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const tile = plainPng(256, [235, 235, 230]);
createServer((request, response) => {
  response.writeHead(200, {
    'Content-Type': 'image/png',
    'Content-Length': tile.length,
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'max-age=86400',
  });
  response.end(tile);
}).listen(port, '127.0.0.1');
