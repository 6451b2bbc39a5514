/** The document store: atomic saves, conflicts, autosave journal, advisory locks. */
export { DocumentStore, localTime, type StoreOptions, type SaveOptions } from './documentStore.js';
export { nodeFileSystem, type FileSystem, type FileStat, type WritableFile } from './fileSystem.js';
export { writeFileAtomic, AtomicWriteError, type WriteStep } from './atomicWrite.js';
export { acquireLock, releaseLock, refreshLock, readLock, isStale, lockPathFor, type LockInfo, type LockState, type LockOwner } from './lock.js';
export { readJournals, writeJournal, deleteJournal, journalDir, type JournalRecord } from './journal.js';
export { StoreJournal } from './storeJournal.js';
export { readStamp, sameStamp, type FileStamp } from './stamp.js';
