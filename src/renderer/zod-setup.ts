/**
 * Imported first by main.tsx, before any module that builds a zod schema. zod 4 decides at schema
 * construction whether it may compile fast parsers with `new Function`; under our CSP
 * (script-src 'self') that probe is refused and reported as a policy violation, so switch it off
 * before the shared schemas are created.
 */
import { z } from 'zod';

z.config({ jitless: true });
