// The project's folder: stages run there, and the benchmark names files relative to it.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
