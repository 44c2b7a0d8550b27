/**
 * A worker thread of the read pool (read-articles.ts): the run's shared settings arrive once as
 * the pool's `workerData`, each task is one input.
 */
import { Tinypool } from 'tinypool';
import type { ReadResult, ReadSettings, ReadTask } from './read-articles.ts';
import { readOne } from './read-one.ts';

const settings = Tinypool.workerData as ReadSettings;

/** Read one input (the pool calls this for each task). */
export default function readInWorker(task: ReadTask): Promise<ReadResult> {
  return readOne(task, settings);
}
