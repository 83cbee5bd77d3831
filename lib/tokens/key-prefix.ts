/** How a key is written where people copy it from: with the "sk-" clients send (the API returns keys without it, as new-api does). */
export const withKeyPrefix = (key: string) => `sk-${key}`;
