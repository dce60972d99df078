import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed authentications and look-ups per client key and minute, shared by all replicas. */
@Entity('throttle_counters')
export class ThrottleCounterEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  failures: number;
}
