import { Foundation1763870400000 } from './1763870400000-Foundation';
import { Certificates1763870500000 } from './1763870500000-Certificates';

/** Every migration, oldest first; feature modules append theirs. */
export const MIGRATIONS = [Foundation1763870400000, Certificates1763870500000];
