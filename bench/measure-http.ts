import autocannon from 'autocannon';

export interface HttpMeasure {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export const WARMUP_SECONDS = 2;

// autocannon 9 takes a warm-up run before the measure; its published types do not say so yet.
interface WarmUp {
  warmup: { connections: number; duration: number };
}

/** Drives one URL with autocannon for a few seconds and answers its rate and latencies (ms). */
export async function measureHttp(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<HttpMeasure> {
  // The load comes from a worker thread: on the main thread it would take its turns on
  // the same event loop as the application it measures.
  // Two unmeasured seconds first at the same load, for the app and the floor alike: the
  // measure starts with the code compiled by the JIT and every pooled connection open, its
  // backend's caches loaded, as on a server that has been up a while.
  const options: autocannon.Options & WarmUp = {
    url,
    connections,
    duration: seconds,
    headers,
    workers: 1,
    warmup: { connections, duration: WARMUP_SECONDS },
  };
  const result = await autocannon(options);
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
