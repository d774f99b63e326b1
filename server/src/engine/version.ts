// The package's version (package.json, inlined by the bundler): documentation links name its tag, and the
// server and the command line report it.
import { version } from '../../../package.json';

export const VERSION: string = version;
