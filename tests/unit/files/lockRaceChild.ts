/**
 * One opener of the lock race (store-lockRace.test.ts), in a process of its
 * own: on {acquire: file} it takes the lock of `file` as a real Caogao would
 * (its own pid, this machine's name, the real file system) and answers with
 * the status it got. It stays alive until told to exit, so that the others
 * see the winner's process running.
 */
import { hostname } from 'node:os';
import { acquireLock } from '../../../src/node/store/lock.js';
import { nodeFileSystem } from '../../../src/node/store/fileSystem.js';

type Request = { acquire: string; round: number } | { exit: true };

process.on('message', (request: Request) => {
  if ('exit' in request) process.exit(0);
  const owner = { user: `opener-${process.pid}`, host: hostname(), pid: process.pid };
  void acquireLock(nodeFileSystem, request.acquire, { owner, now: new Date(), staleAfterMs: 60 * 60 * 1000 }).then(
    (state) => process.send?.({ round: request.round, pid: process.pid, status: state.status }),
    (error: Error) => process.send?.({ round: request.round, pid: process.pid, status: `threw ${error.message}` }),
  );
});
process.send?.({ ready: true });
