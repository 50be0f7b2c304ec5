export function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  persistent?: boolean;
  onLog?: (message: unknown) => void;
}): Promise<{ url: string; stop: () => Promise<void> }>;
