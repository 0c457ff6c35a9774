// Units of time the model converts between, and the tolerance it compares times with.

export const MINUTES_PER_HOUR = 60;
export const HOURS_PER_DAY = 24;
export const DAYS_PER_WEEK = 7;

/** Times closer than this (hours, ~4 microseconds) are the same time: float steps add up. */
export const SAME_TIME_HOURS = 1e-9;
