import pg from 'pg';

// Decided once for the whole process: calendar dates stay 'YYYY-MM-DD' strings (a JS Date
// would shift them by the time zone), money (numeric) stays a decimal string so no float
// ever touches it, and bigint counts become numbers (they are far below 2^53).
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
