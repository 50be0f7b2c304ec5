import { Writable } from 'node:stream';
import { createLogger } from '../../server/logger';

/** A logger with the app's redaction whose every line the test can read back. */
export function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger(stream, 'debug'), text: () => lines.join('') };
}
