import simpleRestProvider from 'ra-data-simple-rest';
import { httpClient } from './http-client';

/** The whole API speaks ra-data-simple-rest under /api (see CONTRACT.md). */
export const dataProvider = simpleRestProvider('/api', httpClient);
