import { Foundation1763870400000 } from './1763870400000-Foundation';

/** Every migration, oldest first; feature modules append theirs. */
export const MIGRATIONS = [Foundation1763870400000];
