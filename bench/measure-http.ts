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
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
