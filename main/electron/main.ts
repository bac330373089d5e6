// The Electron entry (built to dist/electron/main.js, beside the preload): start the workstation.
import { start } from './start';

start(import.meta.dirname);
