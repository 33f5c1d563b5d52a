/**
 * MessageReader.pipelineAhead: what the client sent after the message taken, as far as it has
 * arrived, which decides whether an Execute opens a pipeline's implicit transaction.
 */
import { describe, expect, it } from 'vitest';
import { MessageReader } from '../../wire/frames.js';

function frame(type: string, body = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** A reader past startup holding `frames`, the first one taken (the Execute being run). */
function readerAfterFirst(...frames: Buffer[]): MessageReader {
  const reader = new MessageReader(1 << 20);
  reader.startupPhase = false;
  reader.authenticated = true;
  reader.push(Buffer.concat(frames));
  expect(reader.next()).toBeDefined();
  return reader;
}

const execute = frame('E', Buffer.from('\0\0\0\0\0'));

describe('MessageReader.pipelineAhead', () => {
  it('is sync when a Sync follows before any Execute (Close and Describe between do not count)', () => {
    expect(readerAfterFirst(execute, frame('C', Buffer.from('P\0')), frame('S')).pipelineAhead()).toBe('sync');
    expect(readerAfterFirst(execute, frame('Q', Buffer.from('SELECT 1\0'))).pipelineAhead()).toBe('sync');
  });

  it('is execute when another Execute comes first, even split across chunks', () => {
    const reader = readerAfterFirst(execute, frame('B', Buffer.from('\0\0\0\0\0\0\0\0')));
    expect(reader.pipelineAhead()).toBeNull();
    const rest = Buffer.concat([execute, frame('S')]);
    reader.push(rest.subarray(0, 3));
    expect(reader.pipelineAhead()).toBe('execute');
    reader.push(rest.subarray(3));
    expect(reader.pipelineAhead()).toBe('execute');
  });

  it('is null when nothing more, or only a Flush, has arrived', () => {
    expect(readerAfterFirst(execute).pipelineAhead()).toBeNull();
    expect(readerAfterFirst(execute, frame('H')).pipelineAhead()).toBeNull();
  });
});
