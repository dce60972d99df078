interface Waiting<I, O> {
  item: I;
  resolve(out: O): void;
  reject(error: unknown): void;
}

/**
 * Work on one hot row (a card's ledger), gathered per key within this process: while one batch of
 * a key is being written, what arrives for that key waits and goes as the next batch, in arrival
 * order (at most `max` at a time). PostgreSQL then sees one request per key and process at a time
 * instead of a crowd of backends woken by every commit to fight for the row lock, and one commit
 * serves a whole batch. Correctness still rests on the database's own locks.
 */
export class KeyedBatcher<I, O> {
  private readonly queues = new Map<string, Waiting<I, O>[]>();

  /** @param write answers one outcome per item, in order; a throw fails the whole batch. */
  constructor(
    private readonly write: (key: string, items: I[]) => Promise<O[]>,
    private readonly max = 100,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** Keys with work queued or being written. */
  get size(): number {
    return this.queues.size;
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length) {
      const batch = queue.splice(0, this.max);
      // the next arrivals queue behind this batch: the array stays registered while it is written
      try {
        const outs = await this.write(
          key,
          batch.map((w) => w.item),
        );
        if (outs.length !== batch.length)
          throw new Error(`${outs.length} outcomes for ${batch.length} items`);
        batch.forEach((w, i) => w.resolve(outs[i]));
      } catch (e) {
        for (const w of batch) w.reject(e);
      }
    }
    this.queues.delete(key);
  }
}
