import autocannon from 'autocannon';

export interface HttpMeasure {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
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
  const result = await autocannon({ url, connections, duration: seconds, headers, workers: 1 });
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
