import { writeFileSync } from 'node:fs';

const { max, min, round } = Math; // hot loop: avoid global lookups (slow under jest's sandbox)

/** 16-bit PCM WAV bytes of a mono signal in -1..1 (clipped). */
export function encodeWav(samples: Float32Array, sampleRate: number): Buffer {
  const dataBytes = samples.length * 2;
  const buf = Buffer.alloc(44 + dataBytes);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + dataBytes, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const s = max(-1, min(1, samples[i]));
    buf.writeInt16LE(round(s * 32767), 44 + i * 2);
  }
  return buf;
}

export function writeWav(path: string, samples: Float32Array, sampleRate: number): void {
  writeFileSync(path, encodeWav(samples, sampleRate));
}
