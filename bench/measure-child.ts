import { spawn } from 'node:child_process';

export interface ChildMeasure {
  seconds: number;
  peakRssMb: number;
  output: string;
}

/**
 * Runs a bench step in its own Node process (so its memory is its own) and reads the
 * `BENCH {...}` line it prints last: wall seconds and peak resident memory.
 */
export function measureChild(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<ChildMeasure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('BENCH '));
      if (code !== 0 || !line) {
        reject(new Error(`${script} failed (exit ${code}):\n${output.slice(-2000)}`));
        return;
      }
      resolve({ ...JSON.parse(line.slice(6)), output });
    });
  });
}

/** What a measured child prints when done. */
export function reportMeasure(startedAt: bigint, extra: Record<string, unknown> = {}): void {
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `BENCH ${JSON.stringify({ seconds: Number(seconds.toFixed(2)), peakRssMb, ...extra })}\n`,
  );
}
