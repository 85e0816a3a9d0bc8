/**
 * @module budget-worker
 * A worker for the pool's tests: spins forever, eats its heap, echoes, fails or asks,
 * as the task says, speaking the same protocol as the prepare worker.
 */
import { parentPort } from 'node:worker_threads';

const port = parentPort;
const hoard: number[][] = [];

port?.on('message', (message: { type: string; task?: { op: string; value?: number } }) => {
  if (message.type !== 'task' || !message.task) return;
  const { op, value = 0 } = message.task;
  if (op === 'spin') for (;;) {}
  if (op === 'hog') for (;;) hoard.push(new Array(1e6).fill(hoard.length + 0.5));
  if (op === 'echo') port.postMessage({ type: 'done', value: value + 1 });
  if (op === 'fail')
    port.postMessage({ type: 'failed', error: { name: 'ReadError', message: 'bad input', code: 'x' } });
  if (op === 'ask') {
    port.once('message', (answer: { value: unknown }) => port.postMessage({ type: 'done', value: answer.value }));
    port.postMessage({ type: 'question', value: 'id?' });
  }
});
