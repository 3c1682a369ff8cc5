import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest global set-up: every temporary folder a test makes (databases, hub data, config files) lands in one
 * folder for the run, removed when the run ends, so repeated runs do not fill the disk.
 */
export default function scratchTmpdir(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-test-run-'));
  // Like /tmp itself: embedded PostgreSQL runs as another user when the tests run as root, and writes here.
  chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
