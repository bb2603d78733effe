/** A store's answer: at once (one instance, in memory), or once the database has answered. */
export type Answer<T> = T | Promise<T>;
